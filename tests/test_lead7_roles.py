"""Roles read where the post is written plainly (invented sentences):
- a post's name starts after the words that add one more item to a list and after
  the term of a board (patterns.toml, rule post-prefix): `甚至创始人A也已离开`
  leaves as 创始人, `第七届董事会董事长A辞职` as 董事长;
- `加入星河大学,成为一名教授`: 成为 names the post of the join before it
  (patterns.toml later_post_verbs, role:later-post-verb; `一名` is a link word);
- `前百度CTO A加入公司,出任首席科学家`: the post restated after 出任 is the one
  taken up, not the title of the past before the name (frames._restated);
- `加盟星河,后历任副总裁、总裁`: 历任 after a join names its first post, and a
  later leave takes the last (posts._served reads later_post_verbs as serving verbs);
- 副总 is a title (`营销副总`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("多名高管已离开云岫科技,甚至创始人邵明远也已离开。", "创始人"),
        ("这一年有好几位老将离开了云岫科技,就连首席技术官邵明远也已离开。", "首席技术官"),
        ("云岫科技第七届董事会董事长邵明远因个人原因辞职。", "董事长"),
        ("云岫科技第三届监事会主席邵明远辞职。", "主席"),
        ("邵明远于2016年加入云岫大学,成为一名教授。", "教授"),
        ("邵明远加入云岫大学,成为计算机系教授。", "计算机系教授"),
        ("星图科技宣布,前云岫科技首席执行官邵明远已正式加入公司,出任首席技术官。", "首席技术官"),
        ("邵明远升任云岫科技亚太区营销副总。", "亚太区营销副总"),
        ("邵明远2019年加盟云岫科技,后历任产品总监、副总裁。", "产品总监"),
        # counter-examples: words of the post itself stay (其 + 中国区总裁 is not 其中 + 国区总裁);
        # 成为 with no title after it names no post.
        ("邵明远此前担任云岫科技中国区总裁,上月离开云岫科技。", "中国区总裁"),
        ("邵明远加入云岫科技后成为了团队的焦点。", ""),
    ],
)
def test_the_role_written_plainly(extract, text, role):
    assert [record[3] for record in extract(text) if record[0] == "邵明远"] == [role]


def test_a_leave_after_posts_held_in_turn_takes_the_last(extract):
    records = extract("邵明远2019年加盟云岫科技,历任产品总监、副总裁,2023年离开。")
    assert [(r[1], r[2], r[3]) for r in records] == [("", "云岫科技", "产品总监"), ("云岫科技", "", "副总裁")]
