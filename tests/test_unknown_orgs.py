"""Tests for pipeline/components/unknown_orgs.py: organizations read off a verb frame alone."""

from __future__ import annotations

import pytest

import talentflow
from talentflow.resources import lexicon


def inferred(nlp, text: str) -> dict[str, str]:
    """name → rule id of the organizations the verb frames found in `text`."""
    doc = nlp(text)
    return {doc.text[start:end]: rule for (start, end), rule in (doc._.inferred_orgs or {}).items()}


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("张伟宣布离职,加入妙动。", "妙动", "org:unknown-after-verb"),
        ("李明已于上月加盟极光,出任首席技术官。", "极光", "org:unknown-after-verb"),
        ("何平近日加入深空,担任CEO。", "深空", "org:unknown-after-verb"),
        ("何平加入了深空。", "深空", "org:unknown-after-verb"),
        ("他早年任职于小霸王,后加入步步高体系。", "小霸王", "org:unknown-after-verb"),
        ("王国雍曾担任智原策略长一职。", "智原", "org:unknown-before-title"),
        ("孙浩出任云栖首席科学家。", "云栖", "org:unknown-before-title"),
        ("朗月同时宣布,王伟出任首席技术官。", "朗月", "org:unknown-announcer"),  # an adverb before the verb
        ("文件已生效。\n\n墨羽今日宣布,王伟出任首席技术官。", "墨羽", "org:unknown-announcer"),  # a paragraph opens the clause
        # A company's Latin name of two or three capitalized words after the verb.
        ("何平加入Kelda Field担任首席技术官。", "Kelda Field", "org:unknown-after-verb"),
        ("李明将加盟Vento Digitale,出任首席执行官。", "Vento Digitale", "org:unknown-after-verb"),
    ],
)
def test_a_name_in_an_organization_frame_is_an_organization(nlp, text, name, rule):
    assert inferred(nlp, text).get(name) == rule


@pytest.mark.parametrize(
    "text",
    [
        "张三加入战局。",  # everyday word: a battle, not a company
        "李四离开了北京。",  # 离开 is no organization frame: cities, crowds, people
        "赵六加入大厂。",  # not_org_objects.txt
        "钱七投奔张伟。",  # reads as a person's name
        "逯文博投奔了老同学尉迟安。",
        "漆远加入的消息传出。",  # grammar, not a name
        "岑明加入大湾区初创。",  # a description of a company
        "孙浩出任科大第四任校长。",  # an ordinal opens the post
        "周杰加入妙动科技有限公司。",  # a suffixed name: org_patterns's, not a frame guess
        "吴迪加入谷歌。",  # known
        "他同时宣布,王伟出任首席技术官。",  # a pronoun announces
        "王伟出任领军科学家。",  # 领军 modifies the title, no name
        # rule unit-before-title: a unit or a business line of the employer before the title.
        "韩立加入星河科技,出任海外部副总裁。",  # a unit's last character
        "韩立历任总装车间工程师。",
        "韩立出任無線通訊事業部總經理。",  # a title opened by a unit head
        "韩立出任同城速运业务负责人。",  # a field's head
        "韩立接替一直担任署理院长的王强。",  # title_modifiers.txt: acting
        "韩立早年在星河科技擔任製程工程師。",  # title_domains.txt: a field of the title
        "何平加入Lena Brandt的团队。",  # a person's Latin name, whose team: the clause goes on
        "何平加入Kelda is a company。",  # a lower-case word: no name of capitalized words
    ],
)
def test_no_organization_is_guessed_where_the_frame_does_not_vouch_for_one(nlp, text):
    assert inferred(nlp, text) == {}


def test_every_frame_verb_is_shown_at_work_by_its_example(nlp):
    for verb, frame in lexicon.org_frame_verbs().items():
        rows = [row for row in (line.split("\t") for line in _rows()) if row[0] == verb]
        example = rows[0][2]
        expected = "org:unknown-after-verb" if frame == "object" else "org:unknown-before-title"
        assert expected in inferred(nlp, example).values(), (verb, example)


def _rows() -> list[str]:
    path = lexicon.DATA_DIR / "org_frame_verbs.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return lines[1:]


def test_a_record_on_an_inferred_organization_names_the_rule():
    records = talentflow.extract_text("2025年4月,张伟宣布离开谷歌,加入妙动。", doc="t", published="2025-06-20")
    joins = [r for r in records if r.to_org == "妙动"]
    assert joins and "org:unknown-after-verb" in joins[0].rules.split()
    # The known organization of the same record is no guess.
    assert all("org:unknown" not in r.rules for r in talentflow.extract_text("张伟加入谷歌。", doc="t", published="2025-06-20"))


def test_traditional_script_is_read_the_same(nlp):
    assert inferred(nlp, "何平近日加入深空,擔任執行長。") == {"深空": "org:unknown-after-verb"}


def test_a_unit_named_with_its_english_name_in_brackets_is_one_unit(nlp):
    # 字节跳动 + (Speech Synthesis) + 团队: the unit, which the scorer folds to 字节跳动团队.
    text = "据悉,字节跳动(Speech Synthesis)团队的孟涛已离职。"
    assert inferred(nlp, text) == {"字节跳动(Speech Synthesis)团队": "org:bracketed-unit"}
    records = talentflow.extract_text(text, doc="t", published="2025-06-20")
    assert [(r.person, r.from_org) for r in records] == [("孟涛", "字节跳动(Speech Synthesis)团队")]
    assert "org:bracketed-unit" in records[0].rules.split()


@pytest.mark.parametrize(
    "text",
    [
        "苹果(Apple)宣布孟涛离职。",  # an alias in brackets with no unit head after it
        "字节跳动视觉智能(Visual AI)团队负责人李斌离职。",  # the bracket holds an organization of its own
        "谷歌(Google 中国)团队",  # not a Latin name alone
    ],
)
def test_a_bracket_without_a_unit_head_or_with_a_name_of_its_own_is_left_alone(nlp, text):
    assert "org:bracketed-unit" not in inferred(nlp, text).values()
