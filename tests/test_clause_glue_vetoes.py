"""Words glued to a name that make it no name: a time clause's tail after a verb's object
(org:clause-tail), an announcing verb after a company's head, a post verb or a conjunction
before 公司 (org_left_stops), 于 after a verb that takes a place (name:preposition-after-verb)
and 应 … 之邀 (name:invitation). Each with a counter-example the veto leaves alone."""

from __future__ import annotations

import pytest

from fact_sets import facts


def _labelled(nlp, text: str, label: str) -> set[str]:
    return {ent.text for ent in nlp(text).ents if ent.label_ == label}


_GLUED_ORGS = [
    # org:clause-tail: 后 or 算起 glued to the object closes a time clause.
    ("她2020年4月加盟曜星后,从总监一路做到副总裁。", "曜星后", None),
    ("从2019年5月投奔云舟算起,韩立明在这里待了六年。", "云舟算起", None),
    # counter-example: a bare name closing the clause is still read.
    ("2020年4月,韩立明加盟妙动,担任首席技术官。", None, "妙动"),
    # An announcing verb after the head is the company's clause.
    ("昨天傍晚,云帆集团发布公告,集团副总裁韩立明辞去副总裁职务。", "发布公告", "云帆集团"),
    # counter-example: a name after a description head stays.
    ("韩立明加盟了AI风控公司司南数智。", None, "司南数智"),
    # A post verb or a conjunction and a verb of running open no name before 公司.
    ("韩立明卸任该职后仍会留任公司首席财务官。", "职后仍会留任公司", None),
    ("周启航则统管公司研发。", "周启航则统管公司", None),
    # counter-example: a name before 公司 is still one.
    ("韩立明2015年创办了星岚网络公司。", None, "星岚网络公司"),
]
_FUNCTION_WORD_NAMES = [
    # name:preposition-after-verb: 于 after 起步/毕业 is the preposition.
    ("他起步于金鼎电子,之后投身华为。", "于金", None),
    ("韩立明毕业于金陵理工学院。", "于金", "韩立明"),
    # counter-example: after a verb that takes a person a name is still read.
    ("星河科技任命于弘鼎为总裁。", None, "弘鼎"),
    # name:invitation: 应 … 之邀 says at whose invitation.
    ("后来他应老同事韩立明之邀去了云帆网络。", "应老", "韩立明"),
    # counter-example: a person named 应 with no invitation.
    ("应建华已加入星河科技,担任副总裁。", None, "应建华"),
]


@pytest.mark.parametrize(
    ("label", "text", "absent", "present"),
    [("ORG", *case) for case in _GLUED_ORGS] + [("PERSON", *case) for case in _FUNCTION_WORD_NAMES],
)
def test_glued_words_make_no_entity(nlp, label, text, absent, present):
    found = _labelled(nlp, text, label)
    if absent:
        assert absent not in found
    if present:
        assert present in found


def test_a_glued_time_clause_gives_no_record(nlp):
    assert not any(org.endswith("后") for _, _, org in facts(nlp, "她早年在多家媒体任职,2020年4月加盟曜星后,从总监一路做到副总裁。"))


def test_a_rumour_clarified_gives_no_record(nlp):
    # 澄清 answers a rumour as 辟谣 does (cues.tsv, denied).
    assert facts(nlp, "不久网上流传韩立明将离开星河科技的说法,星河科技随即发文澄清。") == set()
    # counter-example: an unanswered rumour keeps its record.
    assert ("韩立明", "join", "云帆网络") in facts(nlp, "有消息称韩立明将加入云帆网络。")
