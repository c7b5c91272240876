"""`talentflow evaluate` is honest about what it was given (issue 17): inputs that are
not records stop it with one line and exit 2, never a traceback; documents only one
side names are reported; --docs/--part and --only-*-docs restrict explicitly;
--by rule scores the rules; and the evaluator imports nothing from the extraction side."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from talentflow.models import CareerMove
from talentflow.cli.main import app
from talentflow.evaluation import (
    DEFAULT_ALIASES,
    AliasTable,
    AliasTableError,
    DocListError,
    GoldFormatError,
    PredictionFormatError,
    evaluate,
    read_doc_list,
    read_gold,
    read_predictions,
)
from talentflow.batch.export import CSV_COLUMNS, records_frame, write_csv

ROOT = Path(__file__).resolve().parents[1]

GOLD_LINES = [
    {"doc": "d1", "person": "甲", "from_org": "百度", "to_org": "星河智能", "status": "done"},
    {"doc": "d2", "person": "乙", "to_org": "OpenAI", "status": "done"},
    {"doc": "d3", "person": "丙", "to_org": "谷歌", "status": "announced"},
]


@pytest.fixture
def gold(tmp_path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in GOLD_LINES), encoding="utf-8")
    return path


@pytest.fixture
def predictions(tmp_path) -> Path:
    records = [
        CareerMove(doc="d1", person="甲", from_org="百度", to_org="星河智能"),
        CareerMove(doc="d2", person="乙", to_org="OpenAI"),
        CareerMove(doc="d9", person="丁", to_org="Meta"),  # a document the gold lacks
    ]
    return write_csv(records_frame(records), tmp_path / "moves.csv")


def run(*args: str):
    return CliRunner().invoke(app, ["evaluate", *args])


def assert_one_line_error(result, *fragments: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


# ---------------------------------------------------------------- predictions that are not records


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


BAD_PREDICTIONS = [
    ("moves.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "PDF"),
    ("moves.csv", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(200)), "ZIP"),
    ("moves.csv", bytes(range(256)) * 4, "binary"),
    ("moves.csv", "doc,person,from_org,to_org\nd1,张伟,百度,星河智能\n".encode("gbk"), "not UTF-8"),
    ("moves.csv", b"doc,name,company\nd1,x,y\n", "person"),
    ("moves.csv", "doc,person,role\nd1,甲,CTO\n".encode(), "from_org or to_org"),
    ("moves.csv", "doc,person,from_org,to_org\nd1,甲,,Meta,多余\n".encode(), "more fields"),
    ("moves.csv", 'doc,person,from_org,to_org\nd1,"甲\n'.encode(), ":2: "),
    ("moves.jsonl", '{"doc": "d1", "published": "2025-08-01"}\n'.encode(), "lacks person"),
    ("moves.jsonl", '{"doc": "d1", "person": "甲", "to_org": "Meta"}\n{broken\n'.encode(), ":2: not valid JSON"),
    ("moves.json", '[{"doc": "d1", "person": "甲", "to_org": "Meta"}]\n'.encode(), "JSON array"),
    ("moves.jsonl", '{"doc": "d1", "person": "甲", "to_org": {"name": "Meta"}}\n'.encode(), "must be a string"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_PREDICTIONS)
def test_predictions_that_are_not_records(tmp_path, gold, name, data, reason):
    path = _write(tmp_path / name, data)
    with pytest.raises(PredictionFormatError, match=reason):
        read_predictions(path)
    assert_one_line_error(run("--gold", str(gold), str(path)), str(path), reason)


def test_gbk_predictions_name_the_encoding(tmp_path):
    path = _write(tmp_path / "moves.csv", "doc,person,from_org,to_org\nd1,张伟,百度,星河智能科技有限公司\n".encode("gbk"))
    with pytest.raises(PredictionFormatError, match=r"save it as UTF-8") as caught:
        read_predictions(path)
    assert "it looks like GB18030" in str(caught.value)


def test_utf16_and_bom_predictions_are_read(tmp_path, gold):
    text = "doc,person,from_org,to_org\nd2,乙,,OpenAI\n"
    for encoding, name in (("utf-16", "a.csv"), ("utf-8-sig", "b.csv")):
        path = _write(tmp_path / name, text.encode(encoding))
        assert read_predictions(path)[["doc", "person", "to_org"]].values.tolist() == [["d2", "乙", "OpenAI"]]
        assert evaluate(path, gold).overall.tp == 1


# ---------------------------------------------------------------- gold that is not gold


BAD_GOLD = [
    ("gold.jsonl", b"%PDF-1.4\n", "PDF"),
    ("gold.jsonl", bytes(range(256)), "binary"),
    ("gold.jsonl", b"", "no gold record"),
    ("gold.jsonl", '{"doc": "a01", "published": "2025-08-26", "title": "标题"}\n'.encode(), "person"),
    ("gold.csv", "doc,person,role\nd1,甲,CTO\n".encode("utf-8"), "from_org"),
    ("gold.jsonl", json.dumps({"doc": "d1", "person": "甲", "to_org": "Meta"}, ensure_ascii=False).encode("big5", "replace") + b"\xa4\xa4\n", "not UTF-8"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_GOLD)
def test_gold_that_is_not_gold(tmp_path, predictions, name, data, reason):
    path = _write(tmp_path / name, data)
    with pytest.raises(GoldFormatError, match=reason):
        read_gold(path)
    assert_one_line_error(run("--gold", str(path), str(predictions)), str(path), reason)


def test_missing_files_are_usage_errors(tmp_path, gold, predictions):
    assert_one_line_error(run("--gold", str(tmp_path / "none.jsonl"), str(predictions)), "no such file")
    assert_one_line_error(run("--gold", str(gold), str(tmp_path)), "no such file")
    assert_one_line_error(run("--gold", str(gold), str(predictions), "--part", "check"), "--part needs --docs")


# ---------------------------------------------------------------- coverage warnings and restrictions


def test_documents_only_one_side_names_are_warned_about(gold, predictions):
    report = evaluate(predictions, gold)
    assert (report.gold_only_docs, report.pred_only_docs) == (["d3"], ["d9"])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (3, 1, 1)
    result = run("--gold", str(gold), str(predictions))
    assert result.exit_code == 0
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 2
    assert warnings[0].startswith("warning: 1 gold document(s) have no prediction (d3)")
    assert "--only-pred-docs" in warnings[0]
    assert warnings[1].startswith("warning: 1 document(s) with predictions have no gold record (d9)")
    assert "--only-gold-docs" in warnings[1]
    assert "overall" in result.stdout and "warning" not in result.stdout


def test_only_gold_docs_and_only_pred_docs(gold, predictions):
    only_gold = evaluate(predictions, gold, only_gold_docs=True)
    assert (only_gold.overall.tp, only_gold.overall.fp, only_gold.overall.fn) == (3, 0, 1)
    assert (only_gold.gold_only_docs, only_gold.pred_only_docs) == (["d3"], [])
    only_pred = evaluate(predictions, gold, only_pred_docs=True)
    assert (only_pred.overall.tp, only_pred.overall.fp, only_pred.overall.fn) == (3, 1, 0)
    both = run("--gold", str(gold), str(predictions), "--only-gold-docs", "--only-pred-docs", "--json")
    assert both.exit_code == 0 and both.stderr == ""
    assert json.loads(both.stdout)["overall"] == {"tp": 3, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_docs_file_plain_and_tsv_with_part(tmp_path, gold, predictions):
    plain = tmp_path / "docs.txt"
    plain.write_text("# the first two\nd1\n\nd2\n", encoding="utf-8")
    assert read_doc_list(plain) == ["d1", "d2"]
    split = tmp_path / "split.tsv"
    split.write_text("# parts\ndoc\tpart\nd1\ttuned\nd2\tcheck\nd3\tcheck\n", encoding="utf-8")
    assert read_doc_list(split) == ["d1", "d2", "d3"]
    assert read_doc_list(split, part="check") == ["d2", "d3"]

    result = run("--gold", str(gold), str(predictions), "--docs", str(plain), "--json")
    assert result.exit_code == 0 and result.stderr == ""  # d3 and d9 are out of scope: no warning
    assert json.loads(result.stdout)["overall"]["tp"] == 3
    result = run("--gold", str(gold), str(predictions), "--docs", str(split), "--part", "check", "--json")
    scored = json.loads(result.stdout)
    assert set(scored["by_doc"]) == {"d2", "d3"}
    assert (scored["overall"]["tp"], scored["overall"]["fn"]) == (1, 1)
    assert "(d3)" in result.stderr


@pytest.mark.parametrize(
    ("content", "part", "reason"),
    [
        ("d1\nd2\n", "check", "--part needs a TSV"),
        ("doc\tpart\nd1\ttuned\n", "check", "no row has part 'check' (parts: tuned)"),
        ("doc\tsplit\nd1\ttuned\n", "tuned", "no `part` column"),
        ("doc\tpart\nd1\n", None, "1 fields where the header has 2"),
        ("# nothing\n", None, "lists no document"),
    ],
)
def test_bad_docs_files(tmp_path, gold, predictions, content, part, reason):
    path = tmp_path / "docs.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocListError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_doc_list(path, part=part)
    args = ["--gold", str(gold), str(predictions), "--docs", str(path)] + (["--part", part] if part else [])
    assert_one_line_error(run(*args), str(path))


def test_the_realdev_split_has_both_parts():
    split = ROOT / "corpus" / "realdev_split.tsv"
    tuned, check = read_doc_list(split, part="tuned"), read_doc_list(split, part="check")
    assert tuned and check and not set(tuned) & set(check)
    assert sorted(read_doc_list(split)) == sorted(tuned + check)


# ---------------------------------------------------------------- --by rule


def test_by_rule_on_a_hand_made_csv(tmp_path, gold):
    # Columns as the extractor writes them, plus the rules each record was made by.
    columns = list(CSV_COLUMNS) + ["rules"] if "rules" not in CSV_COLUMNS else list(CSV_COLUMNS)
    rows = [
        {"doc": "d1", "person": "甲", "from_org": "百度", "to_org": "星河智能", "rules": "move:从…跳槽至 subject:name"},
        {"doc": "d2", "person": "乙", "to_org": "OpenAI", "rules": "join:加入 subject:pronoun"},
        {"doc": "d2", "person": "乙", "from_org": "谷歌", "rules": "leave:离开 subject:pronoun"},  # wrong
        {"doc": "d3", "person": "丙", "to_org": "Meta", "rules": "join:加入 subject:pronoun org:after-verb"},  # wrong
        {"doc": "d3", "person": "丙", "to_org": "谷歌", "rules": ""},  # made by no rule
    ]
    path = tmp_path / "moves.csv"
    write_csv(__import__("pandas").DataFrame([{column: row.get(column, "") for column in columns} for row in rows]), path)
    report = evaluate(path, gold)
    by_rule = {rule: (score.facts, score.tp, score.fp) for rule, score in report.by_rule.items()}
    assert by_rule == {
        "subject:pronoun": (3, 1, 2),
        "join:加入": (2, 1, 1),
        "leave:离开": (1, 0, 1),
        "org:after-verb": (1, 0, 1),
        "(none)": (1, 1, 0),
        "move:从…跳槽至": (2, 2, 0),
        "subject:name": (2, 2, 0),
    }
    assert list(report.by_rule)[0] == "subject:pronoun"  # most false positives first
    assert report.by_rule["join:加入"].precision == 0.5

    result = run("--gold", str(gold), str(path), "--by", "rule")
    assert result.exit_code == 0, result.output
    table = [line for line in result.stdout.split("rule ", 1)[1].splitlines() if line.strip()]
    assert table[0].split() == ["facts", "tp", "fp", "optional", "precision"]
    assert table[1].split() == ["subject:pronoun", "3", "1", "2", "0", "0.3333"]
    assert table[-1].split()[0] in {"move:从…跳槽至", "subject:name"}
    as_json = json.loads(run("--gold", str(gold), str(path), "--by", "rule", "--json").stdout)
    assert as_json["by_rule"]["leave:离开"] == {"facts": 1, "tp": 0, "fp": 1, "optional": 0, "precision": 0.0}


def test_by_rule_from_a_frame_with_lists_of_rules(gold):
    import pandas as pd

    frame = pd.DataFrame(
        [
            {"doc": "d2", "person": "乙", "to_org": "OpenAI", "rules": ["join:加入", "subject:pronoun"]},
            {"doc": "d2", "person": "乙", "to_org": "OpenAI", "rules": ("join:加盟",)},  # the same fact again
            {"doc": "d3", "person": "丙", "to_org": "Meta", "rules": "join:加入"},
        ]
    )
    report = evaluate(frame, gold, only_pred_docs=True)
    assert {rule: (score.facts, score.tp, score.fp) for rule, score in report.by_rule.items()} == {
        "join:加入": (2, 1, 1),
        "join:加盟": (1, 1, 0),
        "subject:pronoun": (1, 1, 0),
    }


def test_by_rule_without_a_rules_column(gold, predictions, tmp_path):
    # A CSV written by another tool, without talentflow's rules column.
    bare = tmp_path / "bare.csv"
    pd.read_csv(predictions, dtype=str, keep_default_na=False, encoding="utf-8-sig").drop(columns=["rules"]).to_csv(bare, index=False)
    assert evaluate(bare, gold).by_rule is None
    assert_one_line_error(run("--gold", str(gold), str(bare), "--by", "rule"), "no `rules` column")


# ---------------------------------------------------------------- the alias table


def test_the_bundled_alias_table_parses_and_is_small():
    table = AliasTable.read(DEFAULT_ALIASES)
    assert 10 <= len(table) <= 100
    assert all(len(group) >= 2 for group in table.groups)
    assert table.same("google") == {"谷歌", "google"}
    # Facts of the world only: no unit is folded into a parent.
    assert not table.same("deepmind") and not table.same("msl")
    assert "aliases.tsv" in (ROOT / "corpus" / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "reason"),
    [("谷歌\tGoogle\n穀歌\n", ":2: a line names one organization"), ("谷歌\tGoogle\nGOOGLE\tAlphabet\n", "already on line 1")],
)
def test_bad_alias_tables(tmp_path, gold, predictions, content, reason):
    path = tmp_path / "aliases.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AliasTableError, match=reason):
        AliasTable.read(path)
    assert_one_line_error(run("--gold", str(gold), str(predictions), "--aliases", str(path)), reason)


def test_aliases_option(tmp_path, gold):
    moves = write_csv(records_frame([CareerMove(doc="d3", person="丙", to_org="Google")]), tmp_path / "moves.csv")
    empty = tmp_path / "none.tsv"
    empty.write_text("# no aliases\n", encoding="utf-8")
    with_table = json.loads(run("--gold", str(gold), str(moves), "--json", "--only-pred-docs").stdout)
    without = json.loads(run("--gold", str(gold), str(moves), "--json", "--only-pred-docs", "--aliases", str(empty)).stdout)
    assert (with_table["overall"]["tp"], without["overall"]["tp"]) == (1, 0)
    assert with_table["aliases"] == str(DEFAULT_ALIASES) and without["aliases"] == str(empty)


# ---------------------------------------------------------------- independence


def test_the_evaluator_imports_nothing_from_the_extraction_side():
    code = (
        "import sys, talentflow.evaluation.scoring, talentflow.evaluation;"
        "print('\\n'.join(sorted(m for m in sys.modules if m.startswith(('talentflow', 'pipeline', 'models', 'spacy', 'jieba')))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    allowed = {
        "talentflow",
        "talentflow.models",
        "talentflow.batch",
        "talentflow.batch.export",
        "talentflow.cli",
        "talentflow.cli.lazy_spacy",
    }
    # pipeline/__init__ installs a lazy stand-in for spaCy's command line: spacy.cli, not spaCy.
    outside = [m for m in loaded if m not in allowed and not m.startswith(("talentflow.evaluation", "talentflow.models.", "spacy.cli"))]
    assert outside == [], outside
