"""How an input is named in messages and what a bad input raises.

Every message about an input names it with `shown` (printable, UTF-8, stable
from run to run), and a file that cannot become an article raises
`InputError` naming the file and the reason; the batch records it and goes on.
"""

from __future__ import annotations

import os


def shown(name: str | os.PathLike) -> str:
    """A file name as text that can be printed and written to UTF-8: undecodable bytes as `\\xd0`.

    Unzipping a Chinese Windows archive gives names in GBK (`新闻稿.txt` is
    b'\\xd0\\xc2\\xce\\xc5\\xb8\\xe5.txt'); Python lists them with lone surrogates,
    which no UTF-8 file or terminal accepts. A path part that is not UTF-8 has
    each of its non-ASCII bytes escaped (`\\xd0\\xc2\\xce\\xc5\\xb8\\xe5.txt`, not a
    mix of escapes and the accidental UTF-8 `Ÿ` that `\\xc5\\xb8` also is). The
    same bytes always give the same escape, so doc ids stay stable from run to
    run; UTF-8 names are unchanged.
    """
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "/".join(map(_shown_part, raw.split(b"/")))


def _shown_part(part: bytes) -> str:
    try:
        return part.decode("utf-8")
    except UnicodeDecodeError:
        return part.decode("ascii", "backslashreplace")


class InputError(ValueError):
    """An input file that cannot become an article: message names file and reason."""

    def __init__(self, path: str | os.PathLike, reason: str, *, stage: str = "read") -> None:
        super().__init__(f"{shown(path)}: {reason}")
        self.path = shown(path)
        self.reason = reason
        self.stage = stage
