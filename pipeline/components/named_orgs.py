"""A company introduced by its name: `创办了名为“星轨智能”的机器人公司`.

News about a new startup often names it once, with a naming verb and the kind of
company after it: `一家名为“星轨智能”的创业公司`, `名为北斗灵犀的具身智能公司`.
No lexicon knows the name and no suffix marks it, but the construction does: what
a naming verb (list naming_verbs: 名为, 名叫, 取名为) introduces and `的` + a company
noun (list org_heads: 公司, 企业, 团队, 实验室, also as the tail of `创业公司`,
`机器人公司`) closes is the name of an organization. The span becomes an ORG entity,
and `doc._.inferred_orgs` keeps it with the id `org:named-company`, which records
on it carry in `rules`.

Not a company: a product or a plan named the same way (`一款名为“星图”的应用`,
`名为“启明”的计划`): the noun after 的 must be a company noun; a name that is
a person's (`一位名叫张伟的工程师`) is already a PERSON entity and left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from talentflow.components.tokenlists import QUOTE_PAIRS, entities_of
from talentflow.resources.patterns import word_list

NAMED_COMPANY = "org:named-company"
# The name: Han or Latin tokens, at most this many tokens and characters.
_NAME_TOKEN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")
_MAX_TOKENS, _MAX_CHARS = 4, 10
# Between 的 and the company noun: a few words of description (`具身智能`), no punctuation.
_MAX_DESCRIPTION = 3


def named_companies(doc: Doc, norms: list[str]) -> list[Span]:
    """The organizations `doc` introduces with a naming verb and `的` + a company noun."""
    verbs = frozenset(word_list("naming_verbs"))
    at = [i for i, norm in enumerate(norms) if norm in verbs]
    if not at:
        return []
    heads = tuple(word_list("org_heads"))
    taken = set()
    for ent in entities_of(doc):
        taken.update(range(ent.start, ent.end))
    found = []
    for verb in at:
        first = verb + 1
        close = QUOTE_PAIRS.get(norms[first]) if first < len(norms) else None
        if close:
            first += 1
        end = first
        while end < len(norms) and end - first < _MAX_TOKENS and _NAME_TOKEN.fullmatch(norms[end]) and norms[end] != "的":
            end += 1
        if end == first or len("".join(norms[first:end])) > _MAX_CHARS or taken & set(range(first, end)):
            continue
        after = end
        if close:
            if after >= len(norms) or norms[after] != close:
                continue
            after += 1
        if after >= len(norms) or norms[after] != "的":
            continue
        noun = next(
            (j for j in range(after + 1, min(len(norms), after + 2 + _MAX_DESCRIPTION)) if norms[j].endswith(heads) or not _NAME_TOKEN.fullmatch(norms[j])),
            None,
        )
        if noun is None or not norms[noun].endswith(heads):
            continue
        found.append(Span(doc, first, end, label="ORG"))
        taken.update(range(first, end))
    return found
