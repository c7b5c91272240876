"""One JSON object per line, read in bounded memory: a manifest line may hold a 50 MB file's records.

`scan_line` reads the object at the handle's position a chunk at a time and
hands the elements of its big arrays (`records`, `failures`) to a callback one
by one, so no more than one element (and one chunk) is ever held, whatever the
line's size. A line cut short (a run killed while writing it: no final `\\n`)
or that is not such an object raises `BadLine` saying which.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from typing import BinaryIO

# Bytes read at a time; the most one element of a line may take (a record is
# a few hundred bytes: anything near this is not a line we wrote).
CHUNK = 1 << 16
MAX_ELEMENT = 16 << 20
_DECODER = json.JSONDecoder()
_NOT_SPACE = re.compile(r"\S")


class BadLine(ValueError):
    """A line that is not one complete JSON object; `torn` when it ends the file without its `\\n`."""

    def __init__(self, reason: str, *, torn: bool = False) -> None:
        super().__init__(reason)
        self.torn = torn


class _Line:
    """The rest of one line, decoded as it is read; `pos` is where reading is in `text`."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.text = ""
        self.pos = 0
        self.ended = False  # its `\n` was read

    def more(self) -> None:
        if self.ended:
            raise BadLine("ends in the middle of a JSON value")
        chunk = self.handle.readline(CHUNK)
        if not chunk:
            raise BadLine("cut short (no end of line: the run was killed while writing it)", torn=True)
        self.ended = chunk.endswith(b"\n")
        try:
            # What was read is dropped: the buffer holds one element and a chunk at most.
            self.text = self.text[self.pos :] + self.decoder.decode(chunk, final=self.ended)
        except UnicodeDecodeError as err:
            raise BadLine(f"not UTF-8 ({err.reason})") from err
        self.pos = 0

    def char(self) -> str:
        """The next character that is not white space, left in place."""
        while True:
            found = _NOT_SPACE.search(self.text, self.pos)
            if found:
                self.pos = found.start()
                return self.text[self.pos]
            self.pos = len(self.text)
            self.more()

    def expect(self, wanted: str) -> str:
        found = self.char()
        if found not in wanted:
            raise BadLine(f"{' or '.join(map(repr, wanted))} expected, found {found!r}")
        self.pos += 1
        return found

    def value(self) -> object:
        """The JSON value next on the line, reading more until it is whole."""
        self.char()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except (json.JSONDecodeError, RecursionError, ValueError) as err:
                if self.ended or len(self.text) - self.pos > MAX_ELEMENT:
                    raise BadLine(f"invalid JSON ({getattr(err, 'msg', err)})") from err
                self.more()
                continue
            if end == len(self.text) and not self.ended:
                self.more()  # `12` may go on as `123` in the next chunk
                continue
            self.pos = end
            return value

    def finish(self) -> None:
        """Nothing but white space up to the end of the line."""
        while True:
            rest = self.text[self.pos :].strip()
            if rest:
                raise BadLine(f"text after the JSON object: {rest[:20]!r}")
            if self.ended:
                return
            self.pos = len(self.text)
            self.more()


def scan_line(handle: BinaryIO, element: Callable[[str, object], None], streamed: frozenset[str]) -> dict:
    """The object on the line at `handle`'s position, the handle left at the next line.

    The elements of the arrays under the keys in `streamed` go to
    `element(key, value)` one at a time, in order, and are not in the dict returned.
    """
    line = _Line(handle)
    try:
        return _object(line, element, streamed)
    except BadLine as err:
        # Whatever was wrong, the handle moves on to the next line (if any).
        if not line.ended and not skip_line(handle):
            err.torn = True
        raise


def _object(line: _Line, element: Callable[[str, object], None], streamed: frozenset[str]) -> dict:
    found: dict = {}
    line.expect("{")
    if line.char() == "}":
        line.expect("}")
    else:
        while True:
            key = line.value()
            if not isinstance(key, str):
                raise BadLine("an object key is not a string")
            line.expect(":")
            if key in streamed:
                line.expect("[")
                if line.char() == "]":
                    line.expect("]")
                else:
                    while True:
                        element(key, line.value())
                        if line.expect(",]") == "]":
                            break
                found[key] = None
            else:
                found[key] = line.value()
            if line.expect(",}") == "}":
                break
    line.finish()
    return found


def skip_line(handle: BinaryIO) -> bool:
    """Move past the rest of the current line; False if the file ended without its `\\n`."""
    while chunk := handle.readline(CHUNK):
        if chunk.endswith(b"\n"):
            return True
    return False
