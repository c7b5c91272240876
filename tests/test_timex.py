"""Tests for talentflow.text.timex: time expressions on the shadow text."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talentflow.text.textnorm import shadow
from talentflow.text.timex import TimeMention, find_times, normalize_time

PUB = datetime.date(2025, 8, 10)


def pairs(text: str, published: datetime.date | None = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_times(text, published=published)]


def triples(text: str, published: datetime.date | None = PUB) -> list[tuple[str, str, str]]:
    return [(m.text, m.value, m.role) for m in find_times(text, published=published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他于2025年4月3日加入谷歌", [("2025年4月3日", "2025-04-03")]),
        ("2025年4月,他跳槽至Meta", [("2025年4月", "2025-04")]),
        ("2025年,他离开", [("2025年", "2025")]),
        ("2019 年 在加入小鹏汽车之前", [("2019 年", "2019")]),
        ("8 月 2 日晚间,小鹏汽车宣布", [("8 月 2 日", "2025-08-02")]),
        ("生效日期为2025-04-03。", [("2025-04-03", "2025-04-03")]),
        ("任职时间:2025.4", [("2025.4", "2025-04")]),
        ("入职时间 2025/04 起", [("2025/04", "2025-04")]),
        ("2025/4/3入职", [("2025/4/3", "2025-04-03")]),
        ("2025年初,他加入", [("2025年初", "2025")]),
        ("2025年底离开", [("2025年底", "2025")]),
        ("2024年年底,他离开", [("2024年年底", "2024")]),
        ("2025年中,团队调整", [("2025年中", "2025")]),
        ("2025年中国AI市场", [("2025年", "2025")]),  # 年 + 中国, not 年中
        ("二〇一九年,他毕业", [("二〇一九年", "2019")]),
        ("二零一九年三月加入", [("二零一九年三月", "2019-03")]),
        # Hong Kong's white-circle zero (U+25CB), and the name before it stays a name.
        ("司馬望舒二○一七年加入", [("二○一七年", "2017")]),
        ("二○○八年五月離職", [("二○○八年五月", "2008-05")]),
        # Counter-example: placeholder circles are no year.
        ("○○○○年加入", []),
        ("2019年十二月离职", [("2019年十二月", "2019-12")]),
        ("二〇二〇年十一月二十五日", [("二〇二〇年十一月二十五日", "2020-11-25")]),
        ("19年3月加入字节", [("19年3月", "2019-03")]),
        ("98年7月毕业", [("98年7月", "1998-07")]),
        ("庞书言2022年4年加入字节", [("2022年", "2022")]),  # known typo
        ("3月16日报道", [("3月16日", "2025-03-16")]),
        ("12月25日,据蓝鲸新闻", [("12月25日", "2024-12-25")]),  # later than the article: last year
        ("7月,他离职", [("7月", "2025-07")]),
        ("9月25日离职", [("9月25日", "2024-09-25")]),
        ("8月2号宣布", [("8月2号", "2025-08-02")]),
    ],
)
def test_absolute(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    ["2025年2月30日", "2月30日", "2025-02-30", "2025年13月", "2023年2月29日"],
)
def test_invalid_dates_are_not_clamped(text: str) -> None:
    mentions = find_times(text, published=PUB)
    assert len(mentions) == 1
    assert mentions[0].value == ""


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("今年2月谷歌宣布", PUB, "2025-02"),
        ("今年年初并入", PUB, "2025"),
        ("今年初全量推送", PUB, "2025"),
        ("今年", PUB, "2025"),
        ("去年9月开始担任", PUB, "2024-09"),
        ("去年底离开", PUB, "2024"),
        ("去年年底离开", PUB, "2024"),
        ("去年", PUB, "2024"),
        ("前年", PUB, "2023"),
        ("明年", PUB, "2026"),
        ("今年3月5日", PUB, "2025-03-05"),
        ("上个月", PUB, "2025-07"),
        ("上月", PUB, "2025-07"),
        ("上个月", datetime.date(2025, 1, 15), "2024-12"),
        ("本月", PUB, "2025-08"),
        ("这个月", PUB, "2025-08"),
        ("本月15日", PUB, "2025-08-15"),
        ("下个月", PUB, "2025-09"),
        ("下个月", datetime.date(2025, 12, 1), "2026-01"),
        ("本周", PUB, "2025-08"),
        ("这周", PUB, "2025-08"),
        ("上周", PUB, "2025-08"),
        ("上周", datetime.date(2025, 3, 5), "2025-02"),
        ("今天", PUB, "2025-08-10"),
        ("就在今日", PUB, "2025-08-10"),
        ("昨天", PUB, "2025-08-09"),
        ("昨日", datetime.date(2025, 3, 1), "2025-02-28"),
        ("前天", PUB, "2025-08-08"),
    ],
)
def test_relative(text: str, published: datetime.date, expected: str) -> None:
    mentions = find_times(text, published=published)
    assert [m.value for m in mentions] == [expected]
    assert mentions[0].role == "point"


@pytest.mark.parametrize(
    "text",
    ["今年2月", "去年底", "前年", "明年", "上个月", "本月", "下个月", "本周", "上周", "今天", "昨天", "前天",
     "7月", "8月2日"],
)
def test_relative_without_published_is_unfixed(text: str) -> None:
    mentions = find_times(text, published=None)
    assert [m.value for m in mentions] == [""]


@pytest.mark.parametrize("text", ["日前,百度宣布", "近日离职", "近期加入", "此前媒体报道", "日前天猫宣布"])
def test_vague_words_are_not_times(text: str) -> None:
    assert [m.value for m in find_times(text, published=PUB) if m.value] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("庞书言2010年毕业于东南大学,同年7月,校招进入百度。",
         [("2010年", "2010"), ("同年7月", "2010-07")]),
        ("2018年他加入字节。同年,他升任总监。", [("2018年", "2018"), ("同年", "2018")]),
        ("2018年他加入字节。一年后离开,同年12月加入腾讯。", [("2018年", "2018"), ("同年12月", "2018-12")]),
        ("去年他加入字节,同年3月升职。", [("去年", "2024"), ("同年3月", "2024-03")]),
        ("同年7月加入百度", [("同年7月", "")]),
        # Same sentence: the bare month takes the year just stated.
        ("2018年3月加入YY,9月离职。", [("2018年3月", "2018-03"), ("9月", "2018-09")]),
        ("2018年3月加入YY,9月25日离职。", [("2018年3月", "2018-03"), ("9月25日", "2018-09-25")]),
        # A new sentence: back to the article's year.
        ("2018年3月加入YY。6月25日,他离职。", [("2018年3月", "2018-03"), ("6月25日", "2025-06-25")]),
        ("2018年3月加入YY\n6月,他离职。", [("2018年3月", "2018-03"), ("6月", "2025-06")]),
    ],
)
def test_context_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_bare_month_takes_sentence_year_even_without_published() -> None:
    assert pairs("2018年3月加入YY,9月离职。", None) == [("2018年3月", "2018-03"), ("9月", "2018-09")]
    assert pairs("9月离职。", None) == [("9月", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010年至2012年在微软", [("2010年", "2010", "span_start"), ("2012年", "2012", "span_end")]),
        ("2010年-2012年在微软", [("2010年", "2010", "span_start"), ("2012年", "2012", "span_end")]),
        ("2010-2012年在微软", [("2010", "2010", "span_start"), ("2012年", "2012", "span_end")]),
        ("2010至2012年在微软", [("2010", "2010", "span_start"), ("2012年", "2012", "span_end")]),
        ("2010年到2012年在微软", [("2010年", "2010", "span_start"), ("2012年", "2012", "span_end")]),
        ("2010年7月-2019年5月,庞书言在百度",
         [("2010年7月", "2010-07", "span_start"), ("2019年5月", "2019-05", "span_end")]),
        ("2019年3月至5月在谷歌实习", [("2019年3月", "2019-03", "span_start"), ("5月", "2019-05", "span_end")]),
        ("2010年7月至今", [("2010年7月", "2010-07", "span_start"), ("至今", "", "span_end")]),
        ("自2024年年底至今,蔚来", [("2024年年底", "2024", "span_start"), ("至今", "", "span_end")]),
        ("2020年 至今", [("2020年", "2020", "span_start"), ("至今", "", "span_end")]),
        ("2019年3月起至2020年", [("2019年3月", "2019-03", "span_start"), ("2020年", "2020", "span_end")]),
        ("2019年到字节", [("2019年", "2019", "point")]),
    ],
)
def test_spans(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "入职不足两年", "工作了10年", "5年以上对口工作经验", "两年后他离开", "实习了10个月", "干了3天",
        "gap了一年", "第一年", "1亿美元", "2亿美元的多年薪酬包", "2000人", "GPT-4", "职级4-2",
        "入职一月,闪电离职", "今日头条的产品", "两年前年薪百万", "近2-4年内加入苹果", "20年谷歌工作经验",
        "4个多月", "近几个月", "成立至今", "同年级", "2025.4亿元", "1000年",
    ],
)
def test_not_times(text: str) -> None:
    assert find_times(text, published=PUB) == []


def test_offsets_slice_the_original() -> None:
    original = "２０２５年４月３日，他加入。去年９月離職。"
    text = shadow(original)
    mentions = find_times(text, published=PUB)
    assert [original[m.start:m.end] for m in mentions] == ["２０２５年４月３日", "去年９月"]
    assert [m.value for m in mentions] == ["2025-04-03", "2024-09"]
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_mentions_in_order_on_a_paragraph() -> None:
    text = "庞书言2010年毕业于东南大学,同年7月,校招进入百度。2018年3月,他加入YY,仅一年半。今天,他宣布离职。"
    assert triples(text) == [
        ("2010年", "2010", "point"),
        ("同年7月", "2010-07", "point"),
        ("2018年3月", "2018-03", "point"),
        ("今天", "2025-08-10", "point"),
    ]


def test_calendar_edges_do_not_raise() -> None:
    assert pairs("昨天,上周", datetime.date.min) == [("昨天", ""), ("上周", "")]
    assert pairs("明天", datetime.date.max) == [("明天", "")]


def test_mention_is_frozen() -> None:
    mention = find_times("2025年", published=None)[0]
    assert mention == TimeMention(0, 5, "2025年", "2025", "point")
    with pytest.raises(AttributeError):
        mention.value = "2024"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("去年9月", PUB, "2024-09"),
        ("2025年4月3日", None, "2025-04-03"),
        ("2022年4年", None, "2022"),
        ("19年3月", None, "2019-03"),
        ("二零一九年三月", None, "2019-03"),
        ("2010年7月至今", None, "2010-07"),
        ("上周", datetime.date(2025, 3, 5), "2025-02"),
        ("今天", None, ""),
        ("工作了10年", PUB, ""),
        ("近日", PUB, ""),
        ("2月30日", PUB, ""),
        ("", PUB, ""),
    ],
)
def test_normalize_time(expression: str, published: datetime.date | None, expected: str) -> None:
    assert normalize_time(expression, published=published) == expected


_PIECES = st.sampled_from(
    ["2025年", "4月", "3日", "去年", "同年", "至今", "至", "-", "年", "月", "。", ",", "\n", "10", "19",
     "二〇一九", "上个月", "今天", "前天", "日前", "个", ".", "/", " ", "加入", "十二"]
)


@given(st.lists(_PIECES, max_size=12).map("".join), st.one_of(st.none(), st.dates()))
def test_mentions_are_ordered_slices_with_wellformed_values(
    text: str, published: datetime.date | None
) -> None:
    mentions = find_times(text, published=published)
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
        assert mention.role in ("point", "span_start", "span_end")
        if len(mention.value) == 10:
            datetime.date.fromisoformat(mention.value)
        else:
            assert mention.value == "" or len(mention.value) in (4, 7)
        previous_end = mention.end


def test_month_day_in_an_undated_article_takes_the_last_stated_year():
    text = "2017年是AI人才流动大年。在百度,那一年的3月22日,张三宣布离职。"
    values = [m.value for m in find_times(text, published=None)]
    assert values == ["2017", "2017-03-22"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("本周一", "2024-11-18"),  # published Wednesday 2024-11-20
        ("上周五", "2024-11-15"),
        ("本周", "2024-11"),
    ],
)
def test_weekdays_resolve_to_a_day(text, value):
    assert normalize_time(text, published=datetime.date(2024, 11, 20)) == value


def test_next_year_counts_from_the_last_stated_year():
    mentions = find_times("二〇一九年在英伟达实习,次年便加入了OpenAI。", published=None)
    assert [m.value for m in mentions] == ["2019", "2020"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Hong Kong and Taiwan news date an event by its day of the article's month.
        ("星河电子14日公告", datetime.date(2023, 5, 18), [("14日", "2023-05-14")]),
        ("星河电子 14 日公告", datetime.date(2023, 5, 18), [("14 日", "2023-05-14")]),
        ("于周日(14日)接任", datetime.date(2023, 5, 18), [("14日", "2023-05-14")]),
        ("今日(18日)举行典礼", datetime.date(2023, 5, 18), [("今日", "2023-05-18"), ("18日", "2023-05-18")]),
        # `今(5)日`, `昨（4）日`: the day in brackets inside 今日/昨日.
        ("王某今(18)日宣布离职", datetime.date(2023, 5, 18), [("今(18)日", "2023-05-18")]),
        ("陈某昨（17）日证实", datetime.date(2023, 5, 18), [("昨（17）日", "2023-05-17")]),
        # A day after the article's: the month before (`28日` in an article of 3 June).
        ("28日离职", datetime.date(2023, 6, 3), [("28日", "2023-05-28")]),
        ("28日离职", datetime.date(2023, 1, 3), [("28日", "2022-12-28")]),
        ("自14日起生效", datetime.date(2023, 5, 18), [("14日", "2023-05-14")]),
        # Inside a full date the bare day is not read again.
        ("5月14日离职", datetime.date(2023, 5, 18), [("5月14日", "2023-05-14")]),
    ],
)
def test_bare_day_of_the_articles_month(text: str, published: datetime.date, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, published) == expected


@pytest.mark.parametrize("text", ["30日内完成交接", "7日后生效", "第3日", "每日更新", "数日前", "近30日", "3号线"])
def test_counted_days_are_not_dates(text: str) -> None:
    assert find_times(text, published=PUB) == []


def test_bare_day_without_published_is_unfixed() -> None:
    assert pairs("14日公告", None) == [("14日", "")]


# time:last-year-month (timex): a month later than the article's, with no year in
# its sentence, is last year's; one told as still to come stays in the article's year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("随后11月,周明远也宣布离职。", [("11月", "2024-11")]),
        ("12月3日,林晓加入星河科技。", [("12月3日", "2024-12-03")]),
        ("7月,林晓加入星河科技。", [("7月", "2025-07")]),  # earlier than August: this year
        ("8月2日,林晓加入星河科技。", [("8月2日", "2025-08-02")]),  # the article's own month
        ("林晓将于10月加入星河科技。", [("10月", "2025-10")]),
        ("预计9月到任。", [("9月", "2025-09")]),
        ("新规定10月1日起生效。", [("10月1日", "2025-10-01")]),
        ("2023年3月加入,11月离职。", [("2023年3月", "2023-03"), ("11月", "2023-11")]),
    ],
)
def test_month_after_the_article_is_last_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


# time:that-year (timex): `那一年`, `那年` name the year stated last, as 同年 does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016年是关键一年。在那一年的年初,陈阳加入了北辰。", [("2016年", "2016"), ("那一年的年初", "2016")]),
        ("2016年回顾。那一年的3月22日,陈阳离职。", [("2016年", "2016"), ("那一年的3月22日", "2016-03-22")]),
        ("2012年他读博。那年底,他加入星河。", [("2012年", "2012"), ("那年底", "2012")]),
        ("那一年,他加入星河。", [("那一年", "")]),  # no year stated before: nothing fixed
    ],
)
def test_that_year_is_the_year_stated_last(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, published=None) == expected
