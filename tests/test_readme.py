"""README's examples are run, not trusted: the example table is what the
extractor writes today, and the Python API block runs as written."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _examples_module():
    spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "docs" / "readme_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_output_table_is_what_the_extractor_writes_now():
    examples = _examples_module()
    current = README.read_text(encoding="utf-8")
    assert examples.with_table(current, examples.table()) == current, "README is stale: run .venv/bin/python docs/readme_examples.py"


def test_with_table_replaces_only_the_marked_block():
    examples = _examples_module()
    text = f"intro\n{examples.BEGIN}\nold | row\n{examples.END}\noutro\n"
    assert examples.with_table(text, "new") == f"intro\n{examples.BEGIN}\nnew\n{examples.END}\noutro\n"


def test_python_api_example_runs_as_written(tmp_path, monkeypatch):
    block = re.search(r"## Python API\n\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)
    # Run where a user would, in a checkout, but write moves.csv into a scratch folder.
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(block.replace("extract_paths([", "extract_paths(workers=1, paths=["), "README.md", "exec"), namespace)
    frame = namespace["frame"]
    assert len(frame) > 500 and namespace["report"].overall.f1 > 0.9
    assert (tmp_path / "moves.csv").exists()
    assert namespace["records"][0].to_org == "Meta"
