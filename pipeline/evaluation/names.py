"""When two names of an organization or person are the same name, for the evaluator.

ANNOTATION.md ("Names of organizations"): the gold lists every acceptable name
with `|`; the scorer folds only the form of a name, plus a small fixed alias
table that is evaluation data (`corpus/aliases.tsv`). The extractor's lexicon is
never consulted, so that the system under test does not define its own metric:
this module imports nothing from the extraction side, only OpenCC for script.

A name stands for a set of *forms*; a prediction answers to a gold name when
their forms meet. The forms of a name are its folded self and, repeatedly:

- both sides of a bracketed alias: `百川智能(Baichuan)` → `百川智能`, `baichuan`;
- the parent of a unit named through it: `OpenAI的AI安全团队` → `openai`,
  `Meta旗下机器人工作室` → `meta` (a unit written `Meta超级智能实验室` is not cut:
  where it is meant to answer to `Meta`, the gold lists `Meta`);
- every name the alias table puts on the same line: `谷歌` → `google`.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import opencc

# The bundled table, when talentflow runs from its repository (an editable install).
DEFAULT_ALIASES = Path(__file__).resolve().parents[2] / "corpus" / "aliases.tsv"

# Spaces of every width and middle dots of every kind: `萨姆・奥尔特曼` = `萨姆·奥尔特曼`
# = `萨姆.奥尔特曼` (a full stop is how crawled text often writes the dot).
_SPACES_AND_DOTS = re.compile(r"[\s\u00b7\u0387\u2022\u2027\u2219\u22c5\u30fb\uff65\u16eb\u2e31.]+")
# Quotes around a nickname or a product: `“天工”团队` = `天工团队`.
_QUOTES = re.compile(
    "[\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"  # ' ' ‚ ‛ " " „ ‟
    "\u300c\u300d\u300e\u300f\u301d\u301e\u301f"  # 「 」 『 』 〝 〞 〟
    "\u00ab\u00bb\u2039\u203a\uff02\uff07]"  # « » ‹ › ＂ ＇
)
# One bracketed part (after NFKC full-width brackets are ASCII): `华为车BU(智能汽车解决方案BU)`.
_BRACKETED = re.compile(r"[(\[【〔]([^()\[\]【】〔〕]+)[)\]】〕]")
# `X的Y` and `X旗下(的)Y`: a unit of the named parent X. The scorer's own convention
# (ANNOTATION.md), not a rule of data/patterns.toml: how answers are compared must not
# move when the extractor's rules do.
_UNIT_OF = re.compile(r"旗下的?|的")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s.json")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """The form two spellings of one name share: case, width, spaces, middle dots,
    quotes and script folded (`Ｍｅｔａ` = `meta`, `字節跳動` = `字节跳动`)."""
    text = unicodedata.normalize("NFKC", name)  # full width → ASCII, ideographic space → space
    text = _t2s().convert(text).casefold()
    return _QUOTES.sub("", _SPACES_AND_DOTS.sub("", text))


class AliasTableError(ValueError):
    """The alias table is malformed; the message is `file:line: problem`."""


@dataclass(frozen=True)
class AliasTable:
    """Names of one organization, one organization a line (`谷歌<TAB>Google`)."""

    path: str = ""
    groups: tuple[tuple[str, ...], ...] = ()
    _by_form: Mapping[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_groups(cls, groups: Iterable[Iterable[str]], *, path: str = "") -> AliasTable:
        by_form: dict[str, frozenset[str]] = {}
        kept = []
        for group in groups:
            names = tuple(name.strip() for name in group if name.strip())
            forms = frozenset(fold(name) for name in names)
            for form in forms:
                if form in by_form:
                    raise ValueError(f"{form!r} is on two lines")
                by_form[form] = forms
            kept.append(names)
        return cls(path=path, groups=tuple(kept), _by_form=by_form)

    @classmethod
    def read(cls, path: str | os.PathLike) -> AliasTable:
        """Blank lines and `#` comments are skipped; every other line has two names or more."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as err:
            raise AliasTableError(f"{path}: cannot be read as UTF-8 text ({err})") from err
        groups: list[tuple[str, ...]] = []
        seen: dict[str, int] = {}
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            names = tuple(name.strip() for name in line.split("\t") if name.strip())
            if len(names) < 2:
                raise AliasTableError(f"{path}:{number}: a line names one organization twice or more, tab-separated")
            for form in {fold(name) for name in names}:
                if form in seen:
                    raise AliasTableError(f"{path}:{number}: {form!r} is already on line {seen[form]}")
                seen[form] = number
            groups.append(names)
        return cls.from_groups(groups, path=str(path))

    def __len__(self) -> int:
        return len(self.groups)

    def same(self, form: str) -> frozenset[str]:
        """The folded names on `form`'s line, or nothing."""
        return self._by_form.get(form, frozenset())

    def identity(self, form: str) -> str:
        """One folded name for all the names on `form`'s line (`字节` and `字节跳动` give
        one), or `form` itself: two records naming one organization are one fact."""
        names = self._by_form.get(form)
        return min(names) if names else form


NO_ALIASES = AliasTable()


def person_forms(value: str) -> frozenset[str]:
    """The folded alternatives of a person (`张健|Jian Zhang`): names fold their form only."""
    return frozenset(form for form in (fold(name) for name in value.split("|")) if form)


def org_forms(value: str, aliases: AliasTable = NO_ALIASES) -> frozenset[str]:
    """Every form the organization `value` (with `|` alternatives) answers to."""
    seen: set[str] = set()
    todo = [fold(name) for name in value.split("|")]
    while todo:
        form = todo.pop()
        if not form or form in seen:
            continue
        seen.add(form)
        todo.extend(_bracket_sides(form))
        todo.extend(_parents(form))
        todo.extend(aliases.same(form))
    return frozenset(seen)


def _bracket_sides(form: str) -> list[str]:
    # 百川智能(baichuan): the name outside the brackets, and the one inside.
    match = _BRACKETED.search(form)
    if not match:
        return []
    return [form[: match.start()] + form[match.end() :], match.group(1)]


def _parents(form: str) -> list[str]:
    # openai的ai安全团队 → openai; meta旗下机器人工作室 → meta. A 的 at either end is no unit.
    return [form[: match.start()] for match in _UNIT_OF.finditer(form) if 0 < match.start() and match.end() < len(form)]
