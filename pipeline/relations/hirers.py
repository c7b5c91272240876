"""The hirer a poaching verb leaves unsaid (frames._org_subject): a passive with no
agent (`北辰电子的工程师A也被挖了过来`). News writes it of the company it is about,
so the hirer is the article's organization (draft.article_org); and a poached
person leaves the organization that describes them (`北辰电子的工程师A`)."""

from __future__ import annotations

from talentflow.relations.coref import Mention
from talentflow.relations.docview import DocView
from talentflow.relations.draft import OrgsFound, article_org
from talentflow.relations.groups import group_before
from talentflow.relations.posts import describing_org
from talentflow.relations.subjects import subject_ruled, topic_people
from talentflow.relations.topic import filer
from talentflow.resources.org_identity import employer
from talentflow.resources.patterns import rule, word_set
from talentflow.text.sentences import Clause, Sentence

_BARE_PASSIVE = rule("bare-passive")
_DISPOSAL = rule("disposal")
_MOVED_PRONOUN = rule("disposal-pronoun")
_BARE_NOUN_HIRER = rule("bare-noun-hirer")
_BARE_COMPANY_HIRER = rule("bare-company-hirer")


def bare_passive(view: DocView, sentence: Sentence, clause: Clause, start: int) -> tuple[list[Mention], OrgsFound] | None:
    """`A也被挖了过来,出任副总裁`: 被 right before a poaching verb (poach_verbs), no agent
    between; A is the subject, hired by the article's organization when the verb comes
    toward it (hither_hire_verbs: org:bare-passive-article-topic), or by the organization
    named right after the verb (`被挖到云帆科技`: org:bare-passive-destination). `京东的A被挖走了`
    goes away from where A was, to someone unsaid: only the leave (org:bare-passive-away)."""
    end = view.triggers.starting(start, start + 1)[0].end_char
    verb = view.simple[start:end]
    if verb not in word_set("poach_verbs") or not _BARE_PASSIVE.search(view.simple, max(clause.start, start - 1), start):
        return None
    named = view.persons.inside(clause.start, start)
    people, how = (group_before(named, view.simple), "subject:clause") if named else subject_ruled(view, sentence, clause, start)
    # 2022年被挖到云帆科技: the organization right after the verb is where A goes, not the article's.
    destination = [o for o in view.orgs.starting(end, end + 3) if not view.simple[end : o.start].strip("了到至 ")][:1] if people else []
    hirer = destination or (article_org(view, start) if people and verb in word_set("hither_hire_verbs") else [])
    origin = poached_from(view, verb, people, hirer)
    place = "org:bare-passive-destination" if destination else "org:bare-passive-article-topic"
    rules = [how, place if hirer else "org:bare-passive-away"]
    return people, OrgsFound(hirer, origin, rules + (["from:describing-org"] if origin else []))


def poached_from(view: DocView, verb: str, people: list[Mention], hirer: list[Mention]) -> list[Mention]:
    """`北辰电子的工程师A被星河科技挖走`: poaching (patterns.toml poach_verbs) takes A
    from the organization describing A, unless that is the hirer itself."""
    if not people or verb not in word_set("poach_verbs"):
        return []
    origin = describing_org(view, people[0])
    if origin and hirer and employer(origin[0]) == employer(hirer[0]):
        return []
    return origin


def disposed(view: DocView, clause: Clause, start: int, end: int, before: list[Mention]):
    """`腾讯将A纳入麾下`, `星河科技把他挖到了杭州`: the person moved stands between 将/把
    and the verb (subject:disposal-object; a pronoun there, 他/她, stands for the person an
    earlier clause is about: subject:disposal-pronoun). Returns (people, rule id, the
    organizations when the one right after the verb is where A goes, else None, and the
    hirers left: those before 将/把, not those describing A after it)."""
    marker = _DISPOSAL.search(view.simple, clause.start, start)
    if not marker:
        return [], "subject:disposal-object", None, before
    moved = view.persons.inside(marker.start() + 1, start)
    people, how = (group_before(moved, view.simple) if moved else []), "subject:disposal-object"
    if not people and _MOVED_PRONOUN.match(view.simple, marker.end()):
        # 2019年,星河科技把他挖到了杭州: 他 is the one the earlier clauses are about.
        people, how = topic_people(view, clause.start)[:1], "subject:disposal-pronoun"
    if not people:
        return [], how, None, before
    # 把星河创始人A挖来腾讯: the organization right after the verb is where A goes;
    # those after 把 describe A (org:disposal-destination).
    destination = [o for o in view.orgs.starting(end, end + 3) if not view.simple[end : o.start].strip("了到至 ")]
    if destination:
        return people, how, OrgsFound(destination[:1], [], [how, "org:disposal-destination"]), before
    return people, how, None, [o for o in before if o.end <= marker.start()]


def bare_noun_hirer(view: DocView, clause: Clause, start: int) -> list[Mention]:
    """`青岩研究院今年成立。研究院聘请A为首任院长`: a clause opening on a bare head noun
    (institute_suffixes: 研究院, 实验室 …) and its hiring verb; the noun stands for the last
    organization named before whose name ends in it (org:bare-noun-hirer). Not any other
    organization: `北辰电子…。研究院聘请A` names none that fits, so nobody hires."""
    noun = _BARE_NOUN_HIRER.fullmatch(view.simple, clause.start, start)
    if noun is None:
        return []
    return [o for o in view.orgs.inside(0, clause.start) if view.simple[o.start : o.end].endswith(noun.group("noun"))][-1:]


def bare_company_hirer(view: DocView, sentence: Sentence, clause: Clause, start: int) -> list[Mention]:
    """`云杉半导体完成B轮融资。公司今年还延揽了前北辰电子财务总监A出任CFO`: a clause opening
    on a bare 公司/该公司 and its hiring verb; the company is the one the article is about,
    as a filing's 公司 is read (topic.filer: the announcer, the filer, the most-named, the
    headline's) (org:bare-company-hirer). None named that way: nobody hires."""
    if _BARE_COMPANY_HIRER.fullmatch(view.simple, clause.start, start) is None:
        return []
    return filer(view, sentence.start, start)
