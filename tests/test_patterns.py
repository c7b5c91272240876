"""Every rule of pipeline/data/patterns.toml accepts its examples and rejects its
counter-examples, applied as the relation stage applies it; the file's checks
(unknown lists, repeats, bad regexes) are errors naming the rule."""

from __future__ import annotations

import pytest

from talentflow.resources import patterns
from talentflow.resources.patterns import PatternFileError, rule, rule_file

LISTS, RULES = rule_file()


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_accepts_its_examples_and_rejects_its_counter_examples(rule_id):
    entry = RULES[rule_id]
    assert entry.examples, f"{rule_id} has no example"
    for example in entry.examples:
        assert entry.accepts(example), f"{rule_id} ({entry.use}) should accept {example!r}"
    for counter in entry.counter:
        assert not entry.accepts(counter), f"{rule_id} ({entry.use}) should reject {counter!r}"


def lists_read_by_name() -> set[str]:
    """The lists the code reads with `word_list("name")` or `word_set("name")` (lexicon's own lists end in .txt)."""
    import re
    from pathlib import Path

    pipeline = Path(patterns.__file__).resolve().parents[1]
    calls = re.compile(r"""word_(?:list|set)\(["']([a-z_]+)["']\)""")
    return {name for path in pipeline.rglob("*.py") for name in calls.findall(path.read_text(encoding="utf-8"))}


def test_every_list_is_used_by_a_rule_or_read_by_name():
    sources = " ".join(entry.source for entry in RULES.values())
    unused = {name for name in LISTS if f"@{name}" not in sources} - lists_read_by_name()
    assert not unused


def test_every_list_the_code_reads_by_name_is_in_the_file():
    assert lists_read_by_name() - set(LISTS) == set()


def test_a_word_set_holds_the_words_of_its_list():
    assert patterns.word_set("takeover_verbs") == frozenset(patterns.word_list("takeover_verbs"))
    with pytest.raises(KeyError, match="no_such_list"):
        patterns.word_set("no_such_list")


def test_a_rule_stands_in_for_its_compiled_pattern():
    kin = rule("kin-of")
    assert kin.match("李某之妻", 2) and not kin.match("李某之后", 2)
    assert kin.pattern == RULES["kin-of"].regex.pattern
    assert "(?:妻子|妻|" in kin.pattern  # @kin written out in the order the file gives


def test_an_unknown_rule_is_a_key_error_naming_it():
    with pytest.raises(KeyError, match="no-such-rule"):
        rule("no-such-rule").match("x")


@pytest.mark.parametrize(
    "text, reason",
    [
        ('[lists]\na = ["x"]\n[rules.r]\npattern = "@b"\nuse = "match"\napplies = ""\nwhy = ""\nexamples = []\ncounter = []\n', "unknown list @b"),
        ('[lists]\na = ["x", "x"]\n', "repeats a word"),
        ('[rules.r]\npattern = "("\nuse = "match"\napplies = ""\nwhy = ""\nexamples = []\ncounter = []\n', "rule 'r'"),
        ('[rules.r]\npattern = "x"\nuse = "scan"\napplies = ""\nwhy = ""\nexamples = []\ncounter = []\n', "use must be"),
        ('[rules.r]\npattern = "x"\n', "lacks"),
        ("[rules\n", "patterns.toml"),
    ],
)
def test_a_malformed_rule_file_is_an_error_naming_the_rule_and_reason(tmp_path, text, reason):
    path = tmp_path / "patterns.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PatternFileError, match=reason):
        patterns.rule_file(path)


def test_the_rule_file_is_not_read_at_import():
    import subprocess
    import sys

    code = "import talentflow.resources.patterns as p, talentflow.relations.moves; print(p.rule_file.cache_info().currsize)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_the_loader_imports_nothing_of_talentflow():
    # text/timex.py reads its time words through it: an import of a higher layer here would be a cycle.
    import ast

    tree = ast.parse(open(patterns.__file__, encoding="utf-8").read())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not {name for name in imported if name.startswith("talentflow")}


def test_the_kin_introducers_are_the_kin_words_as_tokens():
    # One vocabulary of relatives, two forms (patterns.toml says why): a one-character
    # word introduces a name only glued to 之 (`李某之妻马东敏`).
    kin = LISTS["kin"]
    as_tokens = {"之" + word for word in kin if len(word) == 1} | {word for word in kin if len(word) > 1}
    assert set(LISTS["kin_introducers"]) == as_tokens


def test_title_join_and_title_coordination_differ_by_the_enumeration_comma_only():
    join, coordination = RULES["title-join"], RULES["title-coordination"]
    for link in LISTS["title_links"]:
        assert join.accepts(link) and coordination.accepts(link)
    assert join.accepts("、") and not coordination.accepts("、")
