"""Importing this module registers everything talentflow's `nlp` is made of.

The tokenizer and pipeline factories (`talentflow_*` in config.cfg), the custom
attributes (`doc._.career_moves`, …) and their msgpack coders. A pipeline saved
with `nlp.to_disk` names these factories, so a fresh process must import this
module before `spacy.load` can build it; it is the file to give spaCy's command
line as `--code`:

    python -m spacy apply model/ news.jsonl out.spacy --code "$(python -c 'import talentflow.components.factories as f; print(f.__file__)')"
"""

from __future__ import annotations

from talentflow.components import cues, dates, entities, extensions, known_entities, persons, segment, unknown_orgs  # noqa: F401
from talentflow.relations import moves
