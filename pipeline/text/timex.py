"""Time expressions → `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

ANNOTATION.md: `time` is when a move happened "if the text fixes it, directly or
relative to the article's date" (`去年9月` in an article of 2025-08 is `2024-09`).
The text is the shadow (`textnorm.shadow`): ASCII digits and punctuation,
simplified script, same length as the original, so `２０２５年` arrives as
`2025年` and a mention's offsets slice the original article.

Durations and counts (`工作了10年`, `两年后`, `10个月`, `入职一月`) are never
times: every pattern needs a four-digit year, a number followed directly by 月,
or a fixed relative word (`去年`, `上个月`, `昨天`). Vague words (`日前`, `近日`,
`近期`, `此前`) fix nothing and are not matched at all.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from talentflow.resources.patterns import rule


@dataclass(frozen=True)
class TimeMention:
    start: int  # char offsets into the text
    end: int
    text: str
    value: str  # "YYYY", "YYYY-MM", "YYYY-MM-DD", or "" when not fixable
    role: str  # "point", "span_start" or "span_end"


# Crawled text spaces digits from their units (`2019 年`, `8 月 2 日`); never across a line.
_S = r"[ \t]*"
# Only 19xx/20xx: `2000人`, `1000年` and other four-digit counts are not years;
# no digit or `.` before it (`12019年`, `3.2019年`).
# Hong Kong and Taiwan print the zero of a year as a white circle (`二○一六年`,
# U+25CB) as often as 〇 (U+3007) or 零; a Chinese year starts with 一 or 二, so a
# row of placeholder circles (`○○○○年`) is no year.
_CN_DIGIT = "[〇○零一二三四五六七八九]"
_YEAR = rf"(?:19|20)(?<![\d.]\d\d)\d{{2}}|[一二](?<![\d.]{_CN_DIGIT}[一二]){_CN_DIGIT}{{3}}"
_CN_MONTH = r"十[一二]?|[一二三四五六七八九]"
_CN_DAY = r"[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_DAY = rf"(?:{_S}(?P<d>\d{{1,2}}|{_CN_DAY}){_S}[日号])?"
# Chinese month words only after a year (`二零一九年三月`): alone, `入职一月` is a duration.
_MONTH_DAY = rf"{_S}(?P<m>\d{{1,2}}|{_CN_MONTH}){_S}月{_DAY}"
# The words of time expressions are vocabulary, in data/patterns.toml under time-*:
# the parts of a year (`年初`, `去年底`), the units of an amount (`2025.4亿`), the
# relative words (`去年`, `上个月`, `本周一`, `昨天`, `那一年`), the day of the month
# and what makes it a count (`7日后`), 至今, and the marks of a month ahead (`将于`,
# `起生效`). The digits, numerals and their order stay here: they are the structure.
# A range link is punctuation but for 至/到, which the year span (`2010至2012年`) and
# _SPAN_LINK share.
_LINK = r"(?:-|–|—|~|至|到)"

# Each pattern starts with what its first character can be, and checks the
# character before the match only after that (`2(?<![\d.]2)0` rather than
# `(?<![\d.])20`): `re` then jumps in C to where a match can start instead of
# trying the lookbehind at every character (the nine scans of a news article
# went from ~14 to ~3 ms per 36,000 characters).
@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The time patterns, compiled once, on first use (the words read from the rule file)."""
    # `2025年初`, `今年年初`, `去年底` fix only the year.
    after_year = rf"(?:{_MONTH_DAY}|{rule('time-year-part').pattern})?"
    # `2025.4亿`, `2010-2012万元` are amounts, not dates.
    not_amount = rule("time-not-amount").pattern
    return (
        # `2010-2012年`, `2010至2012年`: the first year has no 年 of its own.
        ("years", re.compile(
            rf"(?P<y>(?:19|20)(?<![\d.]\d\d)\d{{2}}){_S}{_LINK}{_S}"
            rf"(?P<y2>(?:19|20)\d{{2}})(?:{_S}年)?{not_amount}")),
        # `2025年4月3日`, `二〇一九年`, `2019 年`; the typo `2022年4年` stops at `2022年`.
        ("abs", re.compile(rf"(?P<y>{_YEAR}){_S}年{after_year}")),
        # `19年3月` is 2019-03, but `10年` alone is a duration (`工作了10年`).
        ("short", re.compile(rf"(?P<y>\d(?<![\d.]\d)\d){_S}年{_MONTH_DAY}")),
        # Taiwan's official (民国) years: `民国113年`, and `114年12月` with its month
        # (a three-digit year before 年 and a month is no Gregorian one in news): year + 1911.
        ("roc", re.compile(rf"民国{_S}(?P<y>\d{{2,3}}){_S}年{after_year}")),
        ("roc", re.compile(rf"(?P<y>1(?<![\d.]1)[0-3]\d){_S}年{_MONTH_DAY}")),
        # `2025-04-03`, `2025.4`, `2025/04`; `GPT-4` and the job level `4-2` lack a year.
        ("numeric", re.compile(
            rf"(?P<y>(?:19|20)(?<![A-Za-z\d.\-/]\d\d)\d{{2}})(?P<sep>[-./])(?P<m>1[0-2]|0?[1-9])"
            rf"(?:(?P=sep)(?P<d>[0-3]?\d))?{not_amount}")),
        ("relyear", re.compile(rule("time-relative-year").pattern + after_year)),
        # `那一年的3月22日`, `在那一年的年初`: the year stated last, as 同年 (a year-in-review).
        ("thatyear", re.compile(rf"{rule('time-that-year').pattern}(?:的?(?:{_MONTH_DAY}|{rule('time-year-part').pattern}))?")),
        ("relmonth", re.compile(rule("time-relative-month").pattern + _DAY)),
        ("relweek", rule("time-relative-week").compiled),
        ("relday", rule("time-relative-day").compiled),
        # `8月2日`, `7月`: not `1-3月` (a range of months) nor `10个月` (个 sits between).
        ("monthday", re.compile(rf"(?P<m>\d(?<![\d.\-/]\d)\d?){_S}月{_DAY}")),
        # `宏达电14日公告`: a day of the article's month.
        ("day", rule("time-day-of-month").compiled),
        # `今(5)日`, `昨(4)日`: Taiwan news gives the day of the month in brackets inside
        # 今日/昨日; read as `5日`. Whole, the name before it is not glued to 今 (`王芳今`).
        ("dayword", rule("time-day-in-word").compiled),
    )


_YEAR_OFFSET = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
_MONTH_OFFSET = {"上月": -1, "上个月": -1, "本月": 0, "这个月": 0, "下月": 1, "下个月": 1}
_WEEKDAYS = "一二三四五六日"
_WEEK_OFFSET = {"上周": -7, "本周": 0, "这周": 0, "下周": 7}
_DAY_OFFSET = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1}

# `2019年3月起至2020年`: 起 before the link still opens the span.
_SPAN_LINK = re.compile(rf"{_S}起?{_S}{_LINK}{_S}")
# `2010年7月至今`: an open span, the end is "now" and fixes no date of its own.
_UNTIL_NOW = rule("time-until-now")
# Sentences end as ANNOTATION.md's evidence does: 。！？ (ASCII in the shadow) or a newline.
_SENTENCE_END = re.compile(r"[。!?\n]")
# Before or after a month still to come, which stays in the article's year.
_AHEAD_BEFORE = rule("time-ahead-before")
_AHEAD_AFTER = rule("time-ahead-after")


_CN_DIGITS = {ch: value for value, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}
# The numerals the patterns above let through: four digits read one by one
# (`二〇一九`), or tens and units around 十 (`十二`, `二十五`, `三十`).
_CN_NUMERAL = re.compile(rf"{_CN_DIGIT}{{1,4}}|(?P<tens>[一二三]?)十(?P<units>[一二三四五六七八九]?)")


def _num(numeral: str) -> int:
    """ASCII digits, or a Chinese numeral read as cn2an's "smart" mode reads it.

    The numerals the patterns admit are read here (tests/test_segment_shortcuts.py
    checks every one against cn2an); importing cn2an costs ~0.8 s of start-up,
    so it is only asked about anything else.
    """
    if numeral.isascii():
        return int(numeral)
    match = _CN_NUMERAL.fullmatch(numeral)
    if match is None:
        import cn2an

        return int(cn2an.cn2an(numeral, "smart"))
    if "十" not in numeral:
        return int("".join(str(_CN_DIGITS[ch]) for ch in numeral))
    tens, units = match["tens"], match["units"]
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def _format(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """The value, or "" for an impossible date: `2月30日` is not clamped to 2-28."""
    if year is None:
        return ""
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return ""
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _groups(match: re.Match[str]) -> tuple[int | None, int | None]:
    found = match.groupdict()
    month = _num(found["m"]) if found.get("m") else None
    day = _num(found["d"]) if found.get("d") else None
    return month, day


# A time expression found in the text before any value is worked out:
# (start, end, kind, match, role). `kind` names the pattern that matched, or is
# "abs2" for the second year of `2010-2012年` and "now" for the 至今 closing an
# open span (no match); `role` is "point", "span_start" or "span_end".
_Piece = tuple[int, int, str, "re.Match[str] | None", str]


def _candidates(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every pattern's matches, leftmost-longest and without overlaps.

    `2025年4月` also contains the bare `4月`, `今年2月` the bare `2月`: the
    longer match that starts first wins.
    """
    found = [(m.start(), m.end(), kind, m) for kind, pattern in _patterns() for m in pattern.finditer(text)]
    found.sort(key=lambda item: (item[0], item[0] - item[1]))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    for item in found:
        if not chosen or item[0] >= chosen[-1][1]:
            chosen.append(item)
    return chosen


@lru_cache(maxsize=4)
def _pieces(text: str) -> tuple[_Piece, ...]:
    """The time expressions of `text` with their span roles, but no values.

    The segmenter needs only where they are, the date finder their values too;
    kept for the last few texts, as both read the same shadow one after the other.
    """
    pieces: list[_Piece] = []
    for start, end, kind, match in _candidates(text):
        if kind == "years":
            # `2010-2012年` becomes `2010` and `2012年`, joined below like `2010年-2012年`.
            pieces.append((start, match.end("y"), "abs", match, "point"))
            pieces.append((match.start("y2"), end, "abs2", match, "point"))
        else:
            pieces.append((start, end, kind, match, "point"))
    return tuple(_link_spans(text, pieces))


def _resolve(
    kind: str, match: re.Match[str], *, published: datetime.date | None,
    sentence_year: int | None, last_year: int | None, ahead: bool = False,
) -> tuple[str, int | None]:
    """(value, the year this expression states itself, if it states one)."""
    month, day = _groups(match)
    word = match.groupdict().get("w")
    if kind in ("abs", "numeric"):
        year = _num(match["y"])
        return _format(year, month, day), year
    if kind == "roc":
        year = _num(match["y"]) + 1911
        return _format(year, month, day), year
    if kind == "short":
        # `19年3月` → 2019, `98年7月` → 1998.
        year = _num(match["y"])
        year += 2000 if year < 70 else 1900
        return _format(year, month, day), year
    if kind == "relyear":
        # `同年7月` looks back for the year; `去年9月` counts from the article date.
        if word == "同年":
            year = last_year
        elif word in ("次年", "翌年"):
            # `二〇一九年在英伟达实习,次年便加入了OpenAI`: the year after the last one stated.
            year = last_year + 1 if last_year is not None else None
        else:
            year = published.year + _YEAR_OFFSET[word] if published else None
        return _format(year, month, day), year
    if kind == "thatyear":
        return _format(last_year, month, day), last_year
    if kind == "monthday":
        # `2018年3月加入YY，9月离职`: 9月 is 2018's; a new sentence falls back on the
        # article's year, and an article of unknown date on the last year it stated
        # (`那一年的3月22日` after `2017年` in a year-in-review).
        year = sentence_year if sentence_year is not None else (published.year if published else last_year)
        if sentence_year is None and published is not None and month is not None and month > published.month and not ahead:
            # `随后10月,A离职` in an article of May: news tells what is past, so a month
            # later than the article's is last year's; `将于10月加入` is ahead.
            year -= 1
        return _format(year, month, day), None
    if published is None:
        return "", None
    if kind in ("day", "dayword"):
        # The last such day on or before the article's date: `14日` in an article of
        # the 18th is this month's, `28日` in one of the 3rd is last month's.
        index = published.year * 12 + published.month - 1 - (day > published.day)
        return _format(index // 12, index % 12 + 1, day), None
    if kind == "relmonth":
        index = published.year * 12 + published.month - 1 + _MONTH_OFFSET[word]
        return _format(index // 12, index % 12 + 1, day), None
    # `上周` of 2025-03-05 is in February: take the month of the day a week back.
    days = _WEEK_OFFSET[word] if kind == "relweek" else _DAY_OFFSET[word]
    weekday = match.groupdict().get("wd") if kind == "relweek" else None
    if weekday:
        # `本周一` of Wednesday 2024-11-20 is Monday 2024-11-18: a day, not only a month.
        days += _WEEKDAYS.index(weekday) % 7 - published.weekday() if weekday != "天" else 6 - published.weekday()
    try:
        moved = published + datetime.timedelta(days=days)
    except OverflowError:  # `昨天` of date.min: no such day
        return "", None
    return (_format(moved.year, moved.month) if kind == "relweek" and not weekday else moved.isoformat()), None


def find_times(text: str, *, published: datetime.date | None) -> list[TimeMention]:
    """Every time expression in `text`, in order, with its value and span role."""
    mentions: list[TimeMention] = []
    last_year: int | None = None
    last_year_end = -1
    for start, end, kind, match, role in _pieces(text):
        if kind == "now":
            # `至今` closes an open span and fixes no date of its own.
            mentions.append(TimeMention(start, end, text[start:end], "", role))
            continue
        same_sentence = last_year is not None and not _SENTENCE_END.search(text, last_year_end, start)
        if kind == "abs2":
            year = _num(match["y2"])
            value, stated = _format(year), year
        else:
            value, stated = _resolve(
                kind, match, published=published,
                sentence_year=last_year if same_sentence else None, last_year=last_year,
                ahead=kind == "monthday" and _is_ahead(text, start, end),
            )
        if stated is not None:
            last_year, last_year_end = stated, end
        mentions.append(TimeMention(start, end, text[start:end], value, role))
    return mentions


def _is_ahead(text: str, start: int, end: int) -> bool:
    """`将于10月1日起`, `预计9月到任`, `10月起生效`: a month told as still to come."""
    return _AHEAD_BEFORE.search(text, max(0, start - 4), start) is not None or _AHEAD_AFTER.match(text, end) is not None


def _link_spans(text: str, pieces: list[_Piece]) -> list[_Piece]:
    """Mark `A至B` / `A-B` / `A到B` pairs and open spans `A至今`."""
    out: list[_Piece] = []
    for piece in pieces:
        previous = out[-1] if out else None
        if (previous is not None and previous[4] == "point"
                and _SPAN_LINK.fullmatch(text, previous[1], piece[0])):
            out[-1] = (*previous[:4], "span_start")
            out.append((*piece[:4], "span_end"))
            continue
        out.append(piece)
    result: list[_Piece] = []
    for index, piece in enumerate(out):
        result.append(piece)
        until = _UNTIL_NOW.match(text, piece[1])
        next_start = out[index + 1][0] if index + 1 < len(out) else len(text)
        if piece[4] == "point" and until and until.end() <= next_start:
            result[-1] = (*piece[:4], "span_start")
            begin, stop = until.span("now")
            result.append((begin, stop, "now", None, "span_end"))
    return result


def time_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every time `find_times` finds in `text`, without working out their values."""
    return [(start, end) for start, end, *_ in _pieces(text)]


def normalize_time(expression: str, *, published: datetime.date | None) -> str:
    """The value of the first time in `expression` (same rules as find_times), or "".

    Lenient on purpose: `2022年4年` (a known typo) is 2022, and the start of a
    span (`2010年7月至今`) is the time it names.
    """
    mentions = find_times(expression, published=published)
    return mentions[0].value if mentions else ""
