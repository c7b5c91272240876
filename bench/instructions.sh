#!/usr/bin/env bash
# Instructions per warm pass of talentflow (or jieba.lcut) over the bench texts,
# counted by valgrind's callgrind: the same count on every run, whatever else the
# machine does. Usage, from the repository root:
#   bash bench/instructions.sh talentflow [CODE_DIR]   # CODE_DIR: a frozen copy (git archive), default: this tree
#   bash bench/instructions.sh jieba
set -euo pipefail
what=${1:?talentflow or jieba}
code=${2:-$(pwd)}
python=${PYTHON:-.venv/bin/python}
count() {
  PYTHONPATH=$(python3 bench/shim.py "$code") valgrind --tool=callgrind --callgrind-out-file=/dev/null "$python" bench/instructions.py "$what" "$1" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
zero=$(count 0)
two=$(count 2)
echo "$what ($code): $(( (two - zero) / 2 )) instructions per pass"
