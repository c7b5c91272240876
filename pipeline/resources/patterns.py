"""The relation stage's vocabulary-bearing patterns, read from `data/patterns.toml`.

A pattern such as `已(?:经|相继|确认|正式)?\\s*$` (`已相继离职`: stated as done) is
vocabulary: which adverbs mark a finished act is a fact of the language, not of
the code. Each lives in the rule file under an id, with the word lists it shares
with other rules (`@later_openers`), where the code applies it, why, and invented
examples and counter-examples that tests/test_patterns.py runs.

The file is read once, on first use (never at import), and every rule compiled
then: `rule("completed")` gives a stand-in that the relation stage uses as it
would a compiled `re.Pattern`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

RULES_FILE = Path(__file__).resolve().parents[1] / "data" / "patterns.toml"
USES = ("match", "search", "fullmatch")
_LIST_REF = re.compile(r"@([a-z_]+)")


class PatternFileError(ValueError):
    """The rule file is malformed: names the file, the rule and the reason."""


@dataclass(frozen=True)
class PatternRule:
    id: str
    source: str  # as written, with @lists
    regex: re.Pattern[str]  # compiled, lists expanded
    use: str
    applies: str
    why: str
    examples: tuple[str, ...]
    counter: tuple[str, ...]

    def accepts(self, text: str) -> bool:
        """Does the rule fire on `text`, applied as the code applies it (`use`)?"""
        return getattr(self.regex, self.use)(text) is not None


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


@cache
def rule_file(path: Path = RULES_FILE) -> tuple[dict[str, tuple[str, ...]], dict[str, PatternRule]]:
    """(word lists, rules by id), checked: unknown or unused lists, duplicate words
    in a list, a bad regex or `use`, a missing field are errors naming the rule."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise PatternFileError(f"{path}: {err}") from err
    lists: dict[str, tuple[str, ...]] = {}
    for name, words in data.get("lists", {}).items():
        if not isinstance(words, list) or not all(isinstance(word, str) and word for word in words):
            raise PatternFileError(f"{path}: list {name!r} must be a list of non-empty strings")
        if len(set(words)) != len(words):
            raise PatternFileError(f"{path}: list {name!r} repeats a word")
        lists[name] = tuple(words)
    used: set[str] = set()
    rules: dict[str, PatternRule] = {}
    for rule_id, spec in data.get("rules", {}).items():
        missing = {"pattern", "use", "applies", "why", "examples", "counter"} - set(spec)
        if missing:
            raise PatternFileError(f"{path}: rule {rule_id!r} lacks {', '.join(sorted(missing))}")
        if spec["use"] not in USES:
            raise PatternFileError(f"{path}: rule {rule_id!r}: use must be one of {', '.join(USES)}")

        def expand(found: re.Match[str], rule_id: str = rule_id) -> str:
            name = found.group(1)
            if name not in lists:
                raise PatternFileError(f"{path}: rule {rule_id!r} names an unknown list @{name}")
            used.add(name)
            return _alternation(list(lists[name]))

        try:
            regex = re.compile(_LIST_REF.sub(expand, spec["pattern"]))
        except re.error as err:
            raise PatternFileError(f"{path}: rule {rule_id!r}: {err}") from err
        rules[rule_id] = PatternRule(
            rule_id, spec["pattern"], regex, spec["use"], spec["applies"], spec["why"], tuple(spec["examples"]), tuple(spec["counter"])
        )
    return lists, rules


def word_list(name: str) -> tuple[str, ...]:
    """A shared word list of the rule file (`school_suffixes`)."""
    lists, _ = rule_file()
    if name not in lists:
        raise KeyError(f"{RULES_FILE.name} has no list {name!r}")
    return lists[name]


@cache
def word_set(name: str) -> frozenset[str]:
    """A shared word list as a set, for the membership tests of hot paths (`takeover_verbs`)."""
    return frozenset(word_list(name))


class _Rule:
    """A rule used as a compiled pattern, compiled on first use:
    `rule("kin-of").match(text, pos)`. After the first call its methods are the
    compiled pattern's own, so the relation stage pays nothing per call."""

    def __init__(self, rule_id: str) -> None:
        self.id = rule_id

    @property
    def compiled(self) -> re.Pattern[str]:
        _, rules = rule_file()
        if self.id not in rules:
            raise KeyError(f"{RULES_FILE.name} has no rule {self.id!r}")
        return rules[self.id].regex

    def __getattr__(self, name: str):
        # Only reached while the name is not yet on the instance.
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"rule({self.id!r})"


def rule(rule_id: str) -> _Rule:
    """The rule `rule_id` of data/patterns.toml, used as a compiled pattern."""
    return _Rule(rule_id)
