"""The family of origin markers (origins.py, triggers.tsv kind `origin`), on invented
sentences: where a person who joins came from, written with 来自于, 出自, X出身,
转投自, 延揽自/延攬自, 挖角自, 跳槽自, 此前为, 原为, a bracket after the name, or
`分别出自X和Y`; a pronoun subject; and what gives no leave: a data source, a
product's maker, schooling, a visitor, a thing the person owns."""

from __future__ import annotations

import pytest

from fact_sets import facts, records, rules_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("韩立明来自于阿里巴巴,今年加盟小米集团。", {("韩立明", "leave", "阿里巴巴"), ("韩立明", "join", "小米集团")}),
        ("韩立明出自阿里巴巴,今年初加入小米集团。", {("韩立明", "leave", "阿里巴巴"), ("韩立明", "join", "小米集团")}),
        ("出自京东的陆嘉怡已于上月加盟美团。", {("陆嘉怡", "leave", "京东"), ("陆嘉怡", "join", "美团")}),
        ("京东出身的韩立明上月正式加盟美团。", {("韩立明", "leave", "京东"), ("韩立明", "join", "美团")}),
        ("韩立明是京东出身,去年加入美团。", {("韩立明", "leave", "京东"), ("韩立明", "join", "美团")}),
        ("韓立明是京東出身,去年加入美團。", {("韓立明", "leave", "京東"), ("韓立明", "join", "美團")}),
        ("小米集团新任技术长韩立明转投自阿里巴巴。", {("韩立明", "leave", "阿里巴巴"), ("韩立明", "join", "小米集团")}),
        ("华为首席科学家陆嘉怡挖角自腾讯。", {("陆嘉怡", "leave", "腾讯"), ("陆嘉怡", "join", "华为")}),
        ("小米集团新任技術長韓立明延攬自阿里巴巴,原任副總經理。", {("韓立明", "leave", "阿里巴巴"), ("韓立明", "join", "小米集团")}),
        ("韩立明跳槽自阿里巴巴,目前负责小米集团的手机业务。", {("韩立明", "leave", "阿里巴巴")}),
        ("小米集团任命韩立明为副总裁,他出自阿里巴巴。", {("韩立明", "join", "小米集团"), ("韩立明", "leave", "阿里巴巴")}),
        ("小米集团任命韩立明为首席财务官,韩立明此前为阿里巴巴的财务总监。", {("韩立明", "join", "小米集团"), ("韩立明", "leave", "阿里巴巴")}),
        ("百度任命陆嘉怡为副总裁。陆嘉怡原为京东的研发总监。", {("陆嘉怡", "join", "百度"), ("陆嘉怡", "leave", "京东")}),
        (
            "韩立明与陆嘉怡分别出自阿里巴巴和华为,二人均于上月加入小米集团。",
            {("韩立明", "leave", "阿里巴巴"), ("陆嘉怡", "leave", "华为"), ("韩立明", "join", "小米集团"), ("陆嘉怡", "join", "小米集团")},
        ),
    ],
)
def test_origin_markers_give_the_leave(nlp, text, expected):
    assert expected <= facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "小米集团表示,相关数据来自阿里巴巴的公开报告。",
        "消息来自阿里巴巴内部人士,韩立明尚未回应。",
        "该芯片出自阿里巴巴之手,韩立明对此表示认可。",
        "来自阿里巴巴的代表韩立明出席了发布会。",
        "韩立明出身于书香门第,2019年加入小米集团。",
        "韩立明出自清华大学,博士毕业后加入小米集团。",
        "清华大学出身的韩立明上月加盟小米集团。",
        "韩立明的新书出自中信出版社,他上月加入了小米集团。",
    ],
)
def test_origins_that_are_no_employer_left(nlp, text):
    assert not {fact for fact in facts(nlp, text) if fact[1] == "leave"}


def test_a_moved_marker_stands_without_a_join(nlp):
    # 延揽自: recruited away, so the leave stands though no join verb is written.
    text = "星河大学公布新一届管理团队,副校长韩立明(延揽自北辰研究院,原任副院长)负责科研。"
    assert ("韩立明", "北辰研究院", "", "副院长") in {r[:4] for r in records(nlp, text)}
    assert "origin:moved" in rules_text(nlp, text)


def test_the_new_post_is_no_role_of_the_origin(nlp):
    # 技术长 is the post at 小米集团, not the one 韩立明 held at 阿里巴巴.
    leaves = [r for r in records(nlp, "小米集团新任技术长韩立明转投自阿里巴巴。") if r[1] == "阿里巴巴"]
    assert leaves and all(r[3] == "" for r in leaves)


def test_the_organization_before_the_marker_is_read(nlp):
    assert "origin:org-before" in rules_text(nlp, "韩立明是京东出身,去年加入美团。")
