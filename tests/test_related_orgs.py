"""An organization named through another (relations/related_orgs.py): the move's
object is the organization after the relation noun. Every name here is invented."""

from __future__ import annotations

import pytest

from fact_sets import moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("余哲加入谷歌的竞争对手微软。", {("余哲", "", "微软")}, id="rival"),
        pytest.param("卢丽峰已加入阿里巴巴投资的初创公司智谱。", {("卢丽峰", "", "智谱")}, id="backed-startup"),
        pytest.param("Mira Holt离开百度的主要竞争对手腾讯。", {("Mira Holt", "腾讯", "")}, id="leave-main-rival"),
    ],
)
def test_the_object_is_the_organization_after_the_relation(nlp, text: str, expected) -> None:
    assert moves(nlp, text) == expected


def test_the_record_names_the_rule(nlp) -> None:
    from talentflow.api import extract_text

    records = extract_text("余哲加入谷歌的竞争对手微软。", doc="t", published="2025-08-26", nlp=nlp)
    assert [r.to_org for r in records] == ["微软"]
    assert "org:related-object" in records[0].rules


def test_a_unit_of_the_organization_is_no_relation(extract) -> None:
    # `Meta的实验室`: a unit stays its parent's, no second organization is read
    assert {to_org for _, _, to_org, *_ in extract("李明加入Meta的实验室。")} == {"Meta"}


def test_a_verb_describing_a_noun_takes_no_object_after_the_noun(nlp) -> None:
    # `创办的公司获得了P的投资`: P invests; nobody joins it
    assert moves(nlp, "孔志离开华为后创办的公司获得了理想汽车的投资。") == {("孔志", "华为", "")}


def test_a_verb_describing_the_organization_itself_keeps_it(nlp) -> None:
    # `加盟由X创办的Lumina Labs`: 创办的 describes the organization named right after it
    facts = moves(nlp, "王磊将离开百度,加盟由前谷歌研究员创办的Lumina Labs。")
    assert ("王磊", "百度", "Lumina Labs") in facts or ("王磊", "", "Lumina Labs") in facts
