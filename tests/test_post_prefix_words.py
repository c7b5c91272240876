"""A post's name starts after the words that add one more item to a list and after
the term of a board (patterns.toml, rule post-prefix): `甚至创始人A也已离开` leaves
as 创始人, `第七届董事会董事长A辞职` as 董事长. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("多名高管已离开云岫科技,甚至创始人邵明远也已离开。", "创始人"),
        ("这一年有好几位老将离开了云岫科技,就连首席技术官邵明远也已离开。", "首席技术官"),
        ("云岫科技第七届董事会董事长邵明远因个人原因辞职。", "董事长"),
        ("云岫科技第三届监事会主席邵明远辞职。", "主席"),
        # counter-examples: words of the post itself stay (其 + 中国区总裁 is not 其中 + 国区总裁).
        ("邵明远此前担任云岫科技中国区总裁,上月离开云岫科技。", "中国区总裁"),
    ],
)
def test_a_post_starts_after_list_words_and_a_board_term(extract, text, role):
    roles = [record[3] for record in extract(text) if record[0] == "邵明远"]
    assert roles and roles[0] == role
