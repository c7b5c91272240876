"""Relations: trigger constructions → CareerMove records on `doc._.career_moves`.

Each trigger verb (triggers.tsv) is read in its sentence and clause:
- who: the PERSON group before it (`A、B和C加入X`), or after it when an
  organization is the subject (`Meta挖来了A`); else a pronoun or a dropped
  subject, resolved to the last person named (coref.py);
- where: the organization group after a join verb (`加入A和B`), `从A` before it,
  `在A实习`, or for a bare `离职` the organization that describes the person
  (`Meta十年老将X…即将离职`) or the one they last joined;
- role, time and status from TITLE/DATE entities and cue words around it.
What ANNOTATION.md excludes (schooling, declined offers, negated or
hypothetical moves, positions held, unnamed people) yields nothing: either no
trigger fires, or a cue in the clause vetoes it.

The stage by job, in this package: extractor.py (the spaCy component
`talentflow_moves`), frames.py (one trigger's frame), served.py (serving verbs),
subjects.py and organizations.py (the named strategies, in priority order),
attributes.py (time, status), vetoes.py, assembly.py (merges, implied leaves,
the finished record) and draft.py (the record in the making). This module keeps
the names other code imports.
"""

from __future__ import annotations

from talentflow.relations.assembly import build_move
from talentflow.relations.draft import JOIN_KINDS, LEAVE_KINDS, VETO_CUES, Draft
from talentflow.relations.extractor import MoveExtractor, make_move_extractor

__all__ = ["JOIN_KINDS", "LEAVE_KINDS", "VETO_CUES", "Draft", "MoveExtractor", "build_move", "make_move_extractor"]
