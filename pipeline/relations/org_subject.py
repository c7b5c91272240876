"""An organization that opens the clause is the subject of the verb after it:
`星河科技此前创立了云帆研究院`, `Meta早前加入了该联盟` state what the organization did,
so a dropped subject (the person of an earlier sentence) is no subject there
(subject:org-acts-veto). A person named in the clause (`星河科技宣布韩立明出任CTO`)
is read before this."""

from __future__ import annotations

from talentflow.relations.docview import DocView
from talentflow.resources.patterns import rule
from talentflow.text.sentences import Clause

ORG_ACTS = "subject:org-acts-veto"
_LEAD = rule("clause-lead")
_GAP = rule("org-acts-gap")


def org_acts(view: DocView, clause: Clause, start: int) -> bool:
    """Does an organization open the clause, with only adverbs of time between it and the verb?"""
    lead = _LEAD.match(view.simple, clause.start, start)
    opening = lead.end() if lead else clause.start
    for org in view.orgs.starting(opening, opening + 1):
        if org.end <= start and _GAP.fullmatch(view.simple, org.end, start):
            return True
    return False
