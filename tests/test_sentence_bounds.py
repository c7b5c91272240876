"""split_sentences on random strings of its marks: every clause lies in its sentence, in
order, and the clauses together cover the sentence (pipeline/text/sentences.py)."""

from __future__ import annotations

import random

from talentflow.text.sentences import split_sentences

_ALPHABET = list("中文,;: 。!?\n(「“《)」”》ab\t'\"")


def test_clauses_lie_in_their_sentence_in_order_and_cover_it():
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 16)))
        previous_end = 0
        for sentence in split_sentences(text):
            assert previous_end <= sentence.start < sentence.end <= len(text)
            assert text[sentence.start] not in " \n\t\r" and text[sentence.end - 1] not in " \n\t\r"
            assert sentence.clauses, text
            assert sentence.clauses[0].start == sentence.start and sentence.clauses[-1].end == sentence.end
            for before, after in zip(sentence.clauses, sentence.clauses[1:]):
                assert before.end == after.start
            for clause in sentence.clauses:
                assert sentence.start <= clause.start <= clause.end <= sentence.end
            previous_end = sentence.end
