"""Which organization a name is: one answer for the relation stage and for
aggregation (issue 15 item 5).

`谷歌`, `Google`, `谷歌DeepMind` and `Google的AI安全团队` are one employer, Google;
`Metaverse Labs` is not Meta's. The relation stage asks `known_org` (is this a
known organization?) and `employer` (whose is it?); aggregation asks `identity`
(its key and known name, to count flows). All three read the alias table of
`data/orgs.tsv` through `lexicon`, and name units with the heads of
`data/unit_heads.tsv`. The evaluator keeps its own, smaller rules on purpose
(pipeline/evaluation): the system under test does not define its metric.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from talentflow.resources.lexicon import DATA_DIR, LexiconError, canonical_org, root_org
from talentflow.text.textnorm import fold_key, shadow

UNIT_HEADS_FILE = DATA_DIR / "unit_heads.tsv"
UNIT_USES = ("bare", "entity", "bracketed")


@cache
def unit_heads(use: str) -> tuple[str, ...]:
    """The words that head a unit of an organization, for one use:

    - `bare`: a unit named by its head alone after its owner or in a post
      (`百度的搜索团队`, `该事业群`): `团队`, `事业群`, `项目组` …;
    - `entity`: a word that may end an organization the entity patterns found
      (`阿里云智能事业部`) but never a title (`中心` ends `研究中心`);
    - `bracketed`: a head after an organization and its English name in brackets
      (`字节跳动(Speech Synthesis)团队`): the whole is one unit.
    Both forms of the script are listed (`团队`, `團隊`).
    """
    if use not in UNIT_USES:
        raise ValueError(f"unit head use {use!r}: one of {', '.join(UNIT_USES)}")
    heads: list[str] = []
    seen: set[str] = set()
    for number, line in enumerate(UNIT_HEADS_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("head\t"):
            continue
        head, _, uses = line.partition("\t")
        if head in seen:
            raise LexiconError(f"{UNIT_HEADS_FILE}:{number}: {head!r} is listed twice")
        seen.add(head)
        unknown = set(uses.split(",")) - set(UNIT_USES)
        if not uses or unknown:
            raise LexiconError(f"{UNIT_HEADS_FILE}:{number}: uses {uses!r}: one or more of {', '.join(UNIT_USES)}")
        if use in uses.split(","):
            heads.append(head)
    return tuple(heads)


@cache
def bare_unit() -> re.Pattern[str]:
    """A name ending in a bare unit head: `搜索团队`, `该事业群`."""
    return re.compile("(?:" + "|".join(map(re.escape, unit_heads("bare"))) + ")$")


def by_prefix(name: str) -> str:
    """The canonical name of the longest known organization `name` starts with, or "".

    `字节Seed团队` → 字节跳动, `百度美国无人车研发团队` → 百度, `Meta超級智慧實驗室` → Meta
    (compared on the simplified shadow). A Latin prefix must end at a word
    boundary: `Metaverse Labs` is not Meta's.
    """
    text = shadow(name.strip())
    for cut in range(len(text) - 1, 1, -1):
        if text[cut - 1].isascii() and text[cut - 1].isalnum() and text[cut].isascii() and text[cut].isalnum():
            continue
        canonical = canonical_org(text[:cut])
        if canonical:
            return canonical
    return ""


# The lexicon is fixed once loaded; the same names are asked about for every post.
@lru_cache(maxsize=4096)
def known_org(name: str) -> str:
    """The known organization `name` is, or starts with (`字节Seed团队` → 字节跳动); "" if none."""
    return canonical_org(name) or by_prefix(name)


def employer(org) -> str:
    """The top organization a mention (with `.key` and `.text`) or a name belongs
    to: `阿里iDST` → 阿里巴巴; an unknown name is its own employer (folded)."""
    return _employer_of((org,) if isinstance(org, str) else (org.key, org.text))


@lru_cache(maxsize=4096)
def _employer_of(names: tuple[str, ...]) -> str:
    for name in names:
        canonical = known_org(name)
        if canonical:
            return root_org(canonical)
    return fold_key(names[-1])


def identity(name: str) -> tuple[str, str]:
    """(key, known name) of an organization as an article writes it, for counting.

    The key is the alias table's root, so `谷歌`, `Google` and `谷歌DeepMind` all
    give `google`; the known name is the root's canonical name (`Google`), or ""
    when the table does not know it (then the key is the folded name).
    `Meta的超级智能实验室` is a unit named through its owner: the table knows the
    unit, or at least the owner.
    """
    canonical = canonical_org(name)
    if not canonical and "的" in name:
        owner, _, unit = name.rpartition("的")
        canonical = canonical_org(unit) or canonical_org(owner)
    canonical = canonical or by_prefix(name)
    if canonical:
        root = root_org(canonical)
        return fold_key(root), root
    return fold_key(name), ""
