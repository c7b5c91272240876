"""Text utilities with no spaCy state: normalization to the shadow, sentences and
clauses, time expressions (`去年9月` -> `2024-09`), lexicon phrase lookup.
"""
