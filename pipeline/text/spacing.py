"""Layout read as absent: spaces typeset between Chinese and Latin letters or digits,
carriage returns, blank lines between paragraphs.

Many outlets put a space wherever Chinese meets a Latin word or a number
(`2024 年 6 月,她加入字节跳动 Seed 团队`, `离开 B 站`). The segmenter and the rules
read such a space as a break: `字节跳动 Seed 团队` becomes the organization
`团队`-less `Seed`, `Meta 超级智能实验室` loses `Meta`. The extractor therefore reads
a compact copy of the article with those spaces taken out, and every record is
mapped back onto the article as written: its offsets and its evidence slice the
original text, and a name found whole in the original keeps the original's spaces.

Spaces anywhere else stay: between two Latin words (`Henrik Vaal`, `Mistral AI`),
between two Chinese characters, at a line's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN = "A-Za-z0-9"
# One or two spaces (ASCII or no-break) with Chinese on one side and a Latin letter or
# digit on the other: `加入 OpenAI`, `OpenAI 的`, `2024 年`, `第 3 季度`.
_GAP = re.compile(rf"(?<=[{_CJK}])[ \u00a0]{{1,2}}(?=[{_LATIN}])|(?<=[{_LATIN}%])[ \u00a0]{{1,2}}(?=[{_CJK}])")
# Layout that carries no meaning for the rules but breaks their line reading: a carriage
# return before a newline (files written on Windows), and blank lines between paragraphs,
# which web pages put between every pair (a roster `甲,首席技术官` / `乙,首席财务官` with a
# blank line between its lines is still one list).
_LAYOUT = re.compile(r"(?<=\n)[ \t\u3000\u00a0]*\r?\n|\r(?=\n)")
_GAPS = re.compile(f"{_GAP.pattern}|{_LAYOUT.pattern}")


@dataclass(frozen=True)
class Compact:
    """The article without its Chinese–Latin spaces, and where each of its characters was."""

    original: str
    text: str
    positions: tuple[int, ...]  # positions[i]: the index in `original` of text[i]

    @property
    def changed(self) -> bool:
        return len(self.text) != len(self.original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """`text[start:end]` as a span of the original (`end` exclusive)."""
        if not self.positions:
            return start, end
        if end <= start:
            at = self.positions[start] if start < len(self.positions) else len(self.original)
            return at, at
        return self.positions[start], self.positions[end - 1] + 1

    def as_written(self, piece: str, near: int = 0) -> str:
        """`piece` (a substring of the compact text) as the article writes it: the
        occurrence nearest `near`, with its spaces back (`字节跳动Seed团队` →
        `字节跳动 Seed 团队`). A piece the compact text does not hold is returned as is."""
        if not piece or not self.changed:
            return piece
        best, index = -1, self.text.find(piece)
        while index >= 0:
            if best < 0 or abs(index - near) < abs(best - near):
                best = index
            index = self.text.find(piece, index + 1)
        if best < 0:
            return piece
        start, end = self.span(best, best + len(piece))
        return self.original[start:end]


def compact(text: str) -> Compact:
    """The article with every space between Chinese and a Latin letter or digit taken out."""
    if not _GAPS.search(text):
        return Compact(text, text, ())
    pieces: list[str] = []
    positions: list[int] = []
    last = 0
    for gap in _GAPS.finditer(text):
        pieces.append(text[last : gap.start()])
        positions.extend(range(last, gap.start()))
        last = gap.end()
    pieces.append(text[last:])
    positions.extend(range(last, len(text)))
    return Compact(text, "".join(pieces), tuple(positions))
