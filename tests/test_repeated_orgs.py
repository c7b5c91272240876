"""Organizations named by a name word and a field word in a verb's slot (unknown_orgs.py,
`_name_and_field`), and the other mentions of a name a frame found (repeated_orgs.py,
rule org:name-again).

Every sentence here is invented; each row says the facts that must come out and the
ones that must not.
"""

from __future__ import annotations

import pytest

from fact_sets import facts, rules_text


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A name word and a field word (`视觉`, `生物`) after a verb that takes a company.
        pytest.param(
            "2019年，韩立明离开星河科技，一同创办澜峰视觉，自任董事长。",
            {("韩立明", "join", "澜峰视觉")}, set(), id="name-and-field-after-found",
        ),
        pytest.param(
            "2020年，罗振宇与同事共同创办了禾川生物，自任首席科学官。",
            {("罗振宇", "join", "禾川生物")}, set(), id="name-and-field-after-cofound",
        ),
        # A place or a field before the field word names no company.
        pytest.param(
            "韩立明离开星河科技，加入北京生物，担任副总裁。",
            {("韩立明", "leave", "星河科技")}, {("韩立明", "join", "北京生物")}, id="place-and-field",
        ),
        pytest.param(
            "韩立明离开星河科技后转而投身计算机视觉，创办了一家小公司。",
            {("韩立明", "leave", "星河科技")}, {("韩立明", "join", "计算机视觉")}, id="field-alone",
        ),
        # The name's other mention, where no frame stands, is the same company.
        pytest.param(
            "2020年，罗振宇与同事共同创办了禾川生物，自任首席科学官。禾川生物宣布，前星河科技副总裁李雪松出任首席执行官。",
            {("李雪松", "join", "禾川生物")}, set(), id="name-again-announcer",
        ),
        pytest.param(
            "韩立明2018年创办了云栖数据。云栖数据首席财务官孟凡已于上月离职。",
            {("孟凡", "leave", "云栖数据")}, set(), id="name-again-before-title",
        ),
    ],
)
def test_name_and_field_and_repeats(nlp, text, present, absent):
    found = facts(nlp, text)
    assert present <= found
    assert not absent & found


def test_a_repeat_keeps_the_rule_of_its_frame(nlp):
    """The records on a name cite the frame that found it, not its repeat."""
    text = "2020年，罗振宇与同事共同创办了禾川生物，自任首席科学官。禾川生物宣布，前星河科技副总裁李雪松出任首席执行官。"
    assert "org:unknown-after-verb" in rules_text(nlp, text)
