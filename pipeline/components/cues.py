"""Trigger verbs and cue words as spans, looked up on the token norms.

`doc.spans["triggers"]`: move verbs, label = kind from triggers.tsv.
`doc.spans["cues"]`: status, negation, hypothesis, declined-offer and
schooling cues, label = value from cues.tsv.
"""

from __future__ import annotations

from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from talentflow.resources import lexicon
from talentflow.text.phrases import Match, PhraseTable, longest_first, phrase_norms
from talentflow.components.tokenlists import entity_tokens, token_lists


class CueFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        add = nlp.vocab.strings.add  # labels as hashes, see spans_of
        self.triggers = PhraseTable()
        for trigger in lexicon.triggers():
            self.triggers.add(phrase_norms(nlp, trigger.verb), add(trigger.kind))
        self.cues = PhraseTable()
        for cue, value in lexicon.cue_table("cues.tsv").items():
            self.cues.add(phrase_norms(nlp, cue), add(value))
        self.firsts = frozenset(self.triggers.firsts | self.cues.firsts)

    def __call__(self, doc: Doc) -> Doc:
        norms = token_lists(doc)[1]
        # One pass in C finds where a verb or a cue may start.
        starts = list(compress(range(len(norms)), map(self.firsts.__contains__, norms)))
        # Longest verb wins: 跳槽至 over 跳槽, 不再担任 over 担任.
        triggers = longest_first(self.triggers.matches(norms, starts), [False] * len(norms))
        # A cue inside a name is no cue: 未 in 东方未晞, 将 in 张将军.
        named = entity_tokens(doc)
        cues = [match for match in self.cues.matches(norms, starts) if not any(named[match[0] : match[1]])]
        cues = longest_first(cues, [False] * len(norms))
        doc.spans["triggers"] = _group(doc, triggers)
        doc.spans["cues"] = _group(doc, cues)
        return doc


def _group(doc: Doc, matches: list[Match]) -> SpanGroup:
    return SpanGroup(doc, spans=[Span(doc, start, end, label=label) for start, end, label in sorted(matches)])


@Language.factory("talentflow_cues", assigns=["doc.spans"])
def make_cue_finder(nlp: Language, name: str) -> CueFinder:
    return CueFinder(nlp, name)
