"""An organization named through another (relations/related_orgs.py): the move's
object is the organization after the relation noun. Every name here is invented."""

from __future__ import annotations

import pytest


def _facts(extract, text: str) -> set[tuple[str, str, str]]:
    return {(person, from_org, to_org) for person, from_org, to_org, *_ in extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("余哲加入谷歌的竞争对手微软。", {("余哲", "", "微软")}, id="rival"),
        pytest.param("卢丽峰已加入阿里巴巴投资的初创公司智谱。", {("卢丽峰", "", "智谱")}, id="backed-startup"),
        pytest.param("Mira Holt离开百度的主要竞争对手腾讯。", {("Mira Holt", "腾讯", "")}, id="leave-main-rival"),
    ],
)
def test_the_object_is_the_organization_after_the_relation(extract, text: str, expected) -> None:
    assert _facts(extract, text) == expected


def test_the_record_names_the_rule(nlp) -> None:
    from talentflow.api import extract_text

    records = extract_text("余哲加入谷歌的竞争对手微软。", doc="t", published="2025-08-26", nlp=nlp)
    assert [r.to_org for r in records] == ["微软"]
    assert "org:related-object" in records[0].rules


def test_a_unit_of_the_organization_is_no_relation(extract) -> None:
    # `Meta的实验室`: a unit stays its parent's, no second organization is read
    assert {to_org for _, _, to_org, *_ in extract("李明加入Meta的实验室。")} == {"Meta"}
