"""bench/synthetic.toml: every template names only slots it fills, and the bench
scores a filling exactly (a right reading is exact, a name read too long is not)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from bench_modules import load_bench


def _bench():
    return load_bench("synthetic")


def test_every_expectation_names_a_slot_of_its_template() -> None:
    bench = _bench()
    names, templates = bench.load()
    assert len({t.id for t in templates}) == len(templates)
    for template in templates:
        slots = set(re.findall(r"\{(\w)\}", template.text))
        known = bench.PERSON_SLOTS + bench.LATIN_SLOTS + bench.TRANSLITERATED_SLOTS + bench.DERIVED_SLOTS
        assert slots <= set(known + bench.ORG_SLOTS + bench.SCHOOL_SLOTS), template.id
        # `A|L join O`: one person written in two forms, each a slot of the text; an
        # organization that is no slot is spelled in the text (`Lumen_Vista`: `_` a space).
        for person, _, org, _ in template.expect:
            assert set(person.split("|")) <= slots and (org in slots or org.replace("_", " ") in template.text), template.id
        for person, _, org in template.optional:
            assert set(person.split("|")) <= slots and (org in slots or org.replace("_", " ") in template.text), template.id


def test_fillings_use_distinct_invented_people() -> None:
    bench = _bench()
    names, _ = bench.load()
    values = bench.fill(names, random.Random(3))
    people = [values[slot] for slot in bench.PERSON_SLOTS]
    assert len(set(people)) == len(people)
    assert all(value[0] in names["surnames"] or value[:2] in names["surnames"] for value in people)


def test_an_expectation_may_end_with_the_expected_time(tmp_path: Path) -> None:
    # `@2023-05` checks the record's time, `@` alone that it has none; the role stays the 4th word.
    bench = _bench()
    path = tmp_path / "t.toml"
    path.write_text(
        '[names]\nsurnames = ["王"]\n\n[[template]]\nid = "t"\ntext = "{A}加入{O}。"\n'
        'expect = ["A join O CTO @2023-05", "A leave P @", "B join Q ?", "B leave Q", "C join O Head of AI", "C leave P -"]\n',
        encoding="utf-8",
    )
    _, [template] = bench.load(path)
    assert template.expect == [
        ("A", "join", "O", "CTO"), ("A", "leave", "P", ""), ("B", "leave", "Q", ""),
        ("C", "join", "O", "Head of AI"), ("C", "leave", "P", "-"),  # `-`: the record must carry no role
    ]
    assert template.optional == [("B", "join", "Q")]
    assert template.times == {("A", "join", "O"): "2023-05", ("A", "leave", "P"): ""}


def test_a_malformed_time_is_refused(tmp_path: Path) -> None:
    bench = _bench()
    path = tmp_path / "t.toml"
    path.write_text('[names]\n\n[[template]]\nid = "t"\ntext = "{A}"\nexpect = ["A join O @May"]\n', encoding="utf-8")
    try:
        bench.load(path)
    except SystemExit as exit:
        assert "bad time" in str(exit)
    else:
        raise AssertionError("a time that is no date was accepted")


def test_derived_slots_write_the_same_name_compactly() -> None:
    bench = _bench()
    names, _ = bench.load()
    values = bench.fill(names, random.Random(5))
    assert "·" in values["R"] and values["U"] == values["R"].replace("·", "")
    assert " " in values["L"] and values["G"] == values["L"].replace(" ", "")


def test_unknown_organizations_are_unknown_to_the_lexicon() -> None:
    # `--orgs unknown` measures the rules on companies no lexicon of ours knows
    # (`北辰半导体`, `Quantiq`): a name the lexicon learns, or one that holds a known
    # name (`极光` in 极光科技), would quietly make the bench easier.
    from talentflow.resources import lexicon

    bench = _bench()
    names, _ = bench.load()
    known = set(lexicon.org_alias_table())
    assert len(names["unknown_orgs"]) >= len(bench.ORG_SLOTS)
    for name in names["unknown_orgs"]:
        assert not any(form in name.lower() for form in known if len(form) >= 2), name
    values = bench.fill(names, random.Random(5), "unknown_orgs")
    assert {values[slot] for slot in bench.ORG_SLOTS} <= set(names["unknown_orgs"])
