"""Roles as the article writes them (pipeline/relations/roles.py): employers, whole posts, titles shared out."""

from __future__ import annotations


import pytest

from talentflow.relations.roles import employer, known_org, post_after, title_phrase


@pytest.mark.parametrize(
    ("name", "top"),
    [
        ("阿里云", "阿里巴巴"),  # a unit rolls up to its company
        ("字节Seed团队", "字节跳动"),  # a known name followed by more: the longest known prefix
        ("谷歌DeepMind", "Google"),
        ("Google", "Google"),
        ("云帆智能科技", "云帆智能科技"),  # unknown: itself, folded
    ],
)
def test_employer_is_the_top_organization(name, top):
    assert employer(name) == top


def test_known_org_is_canonical_or_a_known_prefix():
    assert known_org("谷歌") == "Google"
    assert known_org("百度美国无人车研发团队") == "百度"
    assert known_org("云帆智能科技") == ""


def test_a_post_is_quoted_whole_with_the_titles_coordinated_to_it(view):
    v = view("韩立明加入阿里，担任阿里云首席科学家和副院长。")
    last = v.titles[-1]
    verb_end = v.simple.index("担任") + 2
    assert title_phrase(v, last, verb_end) == "阿里云首席科学家和副院长"
    assert title_phrase(v, last, verb_end, coordinated=False) == "副院长"


def test_the_post_after_an_organization(view):
    v = view("韩立明加入百度，担任首席科学家。")
    (org,) = v.orgs
    post = post_after(v, org, len(v.simple), v.sentences[0])
    assert post is not None and post.text == "首席科学家"
    # No title after the organization: no post.
    v = view("韩立明加入百度。")
    assert post_after(v, v.orgs[0], len(v.simple), v.sentences[0]) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("韩立明加入百度，担任首席科学家。", "首席科学家"),
        ("研究科学家韩立明加入了亚马逊。", "研究科学家"),  # the title before the name
        ("前Waymo感知工程师韩立明入职蔚来。", ""),  # a former post elsewhere is no role of the join
        ("韩立明辞去了网易副总裁职务。", "副总裁"),  # the organization is not repeated in the role
        ("韩立明和陆嘉怡分别出任小米的感知负责人和规划负责人。", "感知负责人|规划负责人"),  # 分别: the n-th title to the n-th person
    ],
)
def test_the_role_of_a_record(extract, text, role):
    assert "|".join(record[3] for record in extract(text)) == role
