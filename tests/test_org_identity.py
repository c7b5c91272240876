"""One organization identity for the relation stage and aggregation
(pipeline/resources/org_identity.py): the same name gives the same organization to both."""

from __future__ import annotations

import pytest

from talentflow.resources import org_identity
from talentflow.resources.lexicon import LexiconError
from talentflow.resources.org_identity import by_prefix, employer, identity, known_org, unit_heads
from talentflow.text.textnorm import fold_key

NAMES = ["谷歌", "Google", "谷歌DeepMind", "Google的AI安全团队", "字节Seed团队", "Meta超級智慧實驗室", "Meta的超级智能实验室"]


@pytest.mark.parametrize("name", NAMES)
def test_relations_and_aggregation_name_the_same_employer(name):
    key, known = identity(name)
    assert known, name
    assert key == fold_key(employer(name))


@pytest.mark.parametrize(
    "name, owner",
    [("字节跳动商业化团队", "字节跳动"), ("百度美国无人车研发团队", "百度"), ("Meta超級智慧實驗室", "Meta"), ("Metaverse Labs", ""), ("星轨智能", "")],
)
def test_by_prefix_compares_the_shadow_and_stops_at_latin_word_boundaries(name, owner):
    assert by_prefix(name) == owner


def test_an_unknown_name_is_its_own_employer_and_key():
    assert known_org("星轨智能") == ""
    assert employer("星轨智能") == fold_key("星轨智能")
    assert identity("星轨智能") == (fold_key("星轨智能"), "")


def test_unit_heads_come_from_one_list_in_both_scripts():
    assert {"团队", "團隊", "事业群", "项目组"} <= set(unit_heads("bare"))
    assert {"中心", "实验室", "團隊"} <= set(unit_heads("entity"))
    assert "中心" not in unit_heads("bare")  # `研究中心主任` is a title, not a bare unit
    assert {"团队", "工作室", "研究院"} <= set(unit_heads("bracketed"))  # `字节跳动(Speech Synthesis)团队`
    assert org_identity.bare_unit().search("基礎模型團隊") and not org_identity.bare_unit().search("团队负责人")
    with pytest.raises(ValueError, match="one of bare, entity"):
        unit_heads("title")


@pytest.mark.parametrize(
    "lines, reason",
    [("head\tuses\n团队\tbare\n团队\tentity\n", "listed twice"), ("head\tuses\n团队\tbar\n", "uses 'bar'"), ("head\tuses\n团队\n", "uses ''")],
)
def test_a_bad_unit_heads_row_is_an_error_naming_the_line(tmp_path, monkeypatch, lines, reason):
    path = tmp_path / "unit_heads.tsv"
    path.write_text(lines, encoding="utf-8")
    monkeypatch.setattr(org_identity, "UNIT_HEADS_FILE", path)
    unit_heads.cache_clear()
    try:
        with pytest.raises(LexiconError, match=reason):
            unit_heads("bare")
    finally:
        unit_heads.cache_clear()
