"""Trigger verbs and cue words as spans, found by spaCy's PhraseMatcher on norms.

`doc.spans["triggers"]`: move verbs, label = kind from triggers.tsv.
`doc.spans["cues"]`: status, negation, hypothesis, declined-offer and
schooling cues, label = value from cues.tsv.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, SpanGroup
from spacy.util import filter_spans

from pipeline import lexicon
from pipeline.textnorm import shadow
from pipeline.tokenlists import token_indices


class CueFinder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.triggers = PhraseMatcher(nlp.vocab, attr="NORM")
        self.cues = PhraseMatcher(nlp.vocab, attr="NORM")
        self.trigger_info = {trigger.verb: trigger for trigger in lexicon.triggers()}
        by_kind: dict[str, list[str]] = {}
        for trigger in lexicon.triggers():
            by_kind.setdefault(trigger.kind, []).append(trigger.verb)
        for kind, verbs in by_kind.items():
            self.triggers.add(kind, [nlp.make_doc(shadow(verb)) for verb in verbs])
        by_value: dict[str, list[str]] = {}
        for cue, value in lexicon.cue_table("cues.tsv").items():
            by_value.setdefault(value, []).append(cue)
        for value, cues in by_value.items():
            self.cues.add(value, [nlp.make_doc(shadow(cue)) for cue in cues])

    def __call__(self, doc: Doc) -> Doc:
        # Longest verb wins: 跳槽至 over 跳槽, 不再担任 over 担任.
        doc.spans["triggers"] = SpanGroup(doc, spans=filter_spans(self.triggers(doc, as_spans=True)))
        # A cue inside a name is no cue: 未 in 东方未晞, 将 in 张将军.
        named = token_indices(list(doc.ents))
        cues = [span for span in self.cues(doc, as_spans=True) if named.isdisjoint(range(span.start, span.end))]
        doc.spans["cues"] = SpanGroup(doc, spans=filter_spans(cues))
        return doc


@Language.factory("talentflow_cues", assigns=["doc.spans"])
def make_cue_finder(nlp: Language, name: str) -> CueFinder:
    return CueFinder(nlp, name)
