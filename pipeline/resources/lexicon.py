"""The one reader of `pipeline/data/`: organizations, titles, surnames, cues.

Each file is plain text in the format its consumer speaks (TSV with a header,
or one entry per line; `#` starts a comment). Entries are written in simplified
script: every matcher runs on the simplified shadow of the article
(`textnorm.shadow`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from talentflow.text.textnorm import fold_key, shadow

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


class LexiconError(ValueError):
    """A data file is malformed; the message names file, line and value."""


@dataclass(frozen=True)
class OrgEntry:
    name: str  # canonical name, also the ent_id_ of its mentions (known_entities.py)
    parent: str  # canonical name of the organization this unit belongs to, or ""
    kind: str  # company, lab, unit, university, institute, ...
    aliases: tuple[str, ...]  # every surface form, the canonical name included


@dataclass(frozen=True)
class Trigger:
    verb: str
    kind: str  # join, leave, found, intern, move
    role: str  # role the verb implies (创办 → 创始人), or ""
    note: str
    # A sentence written to show the row at work (`韩立明已加入Anthropic。`); the
    # tests run it, the matchers never read it.
    example: str = ""
    # How the verb reads beyond its kind (`switch`, `return`, …: BEHAVIOURS).
    behaviour: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Cue:
    cue: str
    value: str  # announced, reported, rumour, negated, ... (header of cues.tsv)
    example: str = ""  # as Trigger.example: `黄志诚即将加入英伟达。`
    line: int = 0  # where the row stands, for the tests' messages


def _lines(name: str) -> list[tuple[int, str]]:
    path = DATA_DIR / name
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            out.append((number, line))
    return out


def _tsv(name: str, columns: tuple[str, ...], optional: tuple[str, ...] = ()) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV with a header, each with its line number in the file.

    `optional` columns come last and may be left off a row (read as ""): a row
    added without its `example` still loads, and the data tests name it.
    """
    path = DATA_DIR / name
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        numbered = [
            (number, line) for number, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")
        ]
    reader = csv.DictReader([line for _, line in numbered], delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(reader.fieldnames or ())
    # Optional columns in order: a file may stop after any of them.
    if header not in {columns + optional[:count] for count in range(len(optional) + 1)}:
        raise LexiconError(f"{path}: header must be {'/'.join(columns + optional)}, got {reader.fieldnames}")
    for (number, _), row in zip(numbered[1:], reader):
        if None in row or any(row[column] is None for column in columns):
            raise LexiconError(f"{path}: line {number} has the wrong number of fields: {row}")
        rows.append((number, {key: (row.get(key) or "").strip() for key in columns + optional}))
    return rows


@lru_cache(maxsize=1)
def organizations() -> tuple[OrgEntry, ...]:
    entries = []
    for _, row in _tsv("orgs.tsv", ("name", "parent", "kind", "aliases")):
        aliases = tuple(dict.fromkeys([row["name"], *filter(None, row["aliases"].split("|"))]))
        entries.append(OrgEntry(row["name"], row["parent"], row["kind"], aliases))
    return tuple(entries)


@lru_cache(maxsize=1)
def org_alias_table() -> dict[str, str]:
    """fold_key(alias) → canonical name. Raises on an alias claimed twice."""
    table: dict[str, str] = {}
    for entry in organizations():
        for alias in entry.aliases:
            key = fold_key(alias)
            if table.get(key, entry.name) != entry.name:
                raise LexiconError(
                    f"{DATA_DIR / 'orgs.tsv'}: alias {alias!r} names both {table[key]!r} and {entry.name!r}"
                )
            table[key] = entry.name
    return table


@lru_cache(maxsize=1)
def org_parents() -> dict[str, str]:
    return {entry.name: entry.parent for entry in organizations() if entry.parent}


def canonical_org(name: str) -> str:
    """The canonical name of a known organization, or "" when unknown."""
    return org_alias_table().get(fold_key(name), "")


@lru_cache(maxsize=None)
def org_names_of_kind(kind: str) -> frozenset[str]:
    """Canonical names of one kind: `university`, `product`, …"""
    return frozenset(entry.name for entry in organizations() if entry.kind == kind)


def org_chain(canonical: str) -> Iterator[str]:
    """A known organization, then its parents up to the top: `TBD Lab`, `MSL`, `Meta`."""
    parents = org_parents()
    seen = {canonical}
    yield canonical
    while canonical in parents:
        canonical = parents[canonical]
        if canonical in seen:
            raise LexiconError(f"{DATA_DIR / 'orgs.tsv'}: parent cycle through {canonical!r}")
        seen.add(canonical)
        yield canonical


def root_org(canonical: str) -> str:
    """Follow parents up: `MSL` → `Meta`; the alias table decides what folds."""
    for canonical in org_chain(canonical):
        pass
    return canonical


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-per-line file (titles.txt, surnames.txt, ...), order kept."""
    return tuple(line for _, line in _lines(name))


@lru_cache(maxsize=1)
def latin_stopwords() -> frozenset[str]:
    """latin_stopwords.txt lower-cased: Latin words that name no one and nothing by
    themselves (`AI`, `Labs`, `CEO`): the person, organization and unit finders all read it."""
    return frozenset(word.lower() for word in word_list("latin_stopwords.txt"))


@lru_cache(maxsize=1)
def transliteration_chars() -> frozenset[str]:
    """The characters Chinese writes foreign names by sound with (transliteration_chars.txt:
    `约`, `翰`, `莉`, `娜`): foreign names, their pieces and brands spelled so."""
    return frozenset("".join(word_list("transliteration_chars.txt")))


# The flags of triggers.tsv's `behaviour` column (comma-separated), each read by
# the relation stage where a verb's kind alone does not say enough:
#   switch     a join that says the person came from somewhere (转投/回流到): it
#              leaves the organization the person was joined to or described by
#   return     a join back to a former employer (回归/重返): a later stint than a
#              biography's leave
#   restates   names a post (出任/担任): after a join to the same employer it
#              restates that join (加盟京东,出任京东云总裁) instead of a second move
#   transfer   a posting or a hire (调入/入职/加盟/受聘/任教于): a school after it is an
#              employer, not schooling (students do not 加盟 a university)
#   post-only  may name a post with no organization (出任CTO), and a product after
#              it is the post's scope (出任Optimus项目负责人), not an employer
#   within     a post change at the same employer (升任/复职): with no organization
#              after it, the employer describing the person (小米副总裁A升任总裁),
#              else the one the person last joined
#   needs-post a record only with a post named after the verb that is no honour
#              (当选小米集团董事长; not 当选中国工程院院士: honour_titles.txt)
#   posting    a reassignment within a group (调任/调往/调回/转任): like a switch it leaves
#              the organization describing the person (星河云总裁A调任星河集团副总裁), unless
#              it goes to that organization or one of its units (腾讯副总裁A调任腾讯云总裁)
BEHAVIOURS = frozenset({"switch", "return", "restates", "transfer", "post-only", "within", "needs-post", "posting", "away", "org-before", "moved"})


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    path = DATA_DIR / "triggers.tsv"
    out = []
    for number, row in _tsv("triggers.tsv", ("verb", "kind", "role", "note"), ("example", "behaviour")):
        behaviour = frozenset(flag.strip() for flag in row["behaviour"].split(",") if flag.strip())
        unknown = sorted(behaviour - BEHAVIOURS)
        if unknown:
            raise LexiconError(
                f"{path}: line {number}: unknown behaviour {','.join(unknown)} (known: {', '.join(sorted(BEHAVIOURS))})"
            )
        out.append(Trigger(row["verb"], row["kind"], row["role"], row["note"], row["example"], behaviour))
    return tuple(out)


@lru_cache(maxsize=None)
def verbs_with(flag: str) -> frozenset[str]:
    """The trigger verbs carrying a behaviour flag, in their shadow (simplified) form,
    for comparing with `view.simple`: `verbs_with("return")` holds 回归, which also
    stands for a traditional 回歸 once the article is shadowed."""
    if flag not in BEHAVIOURS:
        raise LexiconError(f"{DATA_DIR / 'triggers.tsv'}: unknown behaviour {flag!r}")
    return frozenset(shadow(t.verb) for t in triggers() if flag in t.behaviour)


@lru_cache(maxsize=None)
def cues(name: str) -> tuple[Cue, ...]:
    """The rows of a `cue<TAB>value<TAB>example` TSV (status cues, ...), in file order."""
    return tuple(
        Cue(row["cue"], row["value"], row["example"], number)
        for number, row in _tsv(name, ("cue", "value"), ("example",))
    )


@lru_cache(maxsize=None)
def cue_table(name: str) -> dict[str, str]:
    """cue → value of a cue TSV; only the first two columns are matched."""
    return {entry.cue: entry.value for entry in cues(name)}


@lru_cache(maxsize=1)
def org_frame_verbs() -> dict[str, str]:
    """org_frame_verbs.tsv: verb → the frame in which its object names an organization
    (`object`: 加入妙动; `post`: 担任智原策略长). Raises on a verb listed twice."""
    table: dict[str, str] = {}
    for number, row in _tsv("org_frame_verbs.tsv", ("verb", "frame", "example")):
        if row["verb"] in table:
            raise LexiconError(f"{DATA_DIR / 'org_frame_verbs.tsv'}: line {number} lists {row['verb']!r} twice")
        if row["frame"] not in ("object", "post"):
            raise LexiconError(f"{DATA_DIR / 'org_frame_verbs.tsv'}: line {number}: unknown frame {row['frame']!r}")
        table[shadow(row["verb"])] = row["frame"]
    return table


@lru_cache(maxsize=1)
def industry_heads() -> dict[str, tuple[str, str]]:
    """industry_heads.tsv: head → (family, example) (`半导体` → chips, `保险` → finance):
    the words that make the name before them a company (components/head_orgs.py).
    Raises on a head listed twice."""
    table: dict[str, tuple[str, str]] = {}
    for number, row in _tsv("industry_heads.tsv", ("head", "family", "example")):
        if row["head"] in table:
            raise LexiconError(f"{DATA_DIR / 'industry_heads.tsv'}: line {number} lists {row['head']!r} twice")
        table[row["head"]] = (row["family"], row["example"])
    return table
