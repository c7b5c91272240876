"""The frame table: for each trigger kind of triggers.tsv, which subject strategies,
which organization strategies and which attribute rules read it, by the ids the
`rules` column writes. List order is priority: the first strategy that finds
something decides (`org:after-verb` before `org:located`: `在北京加入小米` joins 小米).

    FRAMES["leave"].organizations  → ("org:latin-object", …, "org:after-verb", …, "org:describing-name", …)

The table is what the code does, not a wish: it is built from the ordered lists the
code runs, `subjects.SUBJECT_STRATEGIES`, `organizations.OBJECT_ORGS` and
`LEAVE_OBJECT_ORGS` (with `bare_leave.BARE_LEAVE_ORGS`), `join_orgs.JOIN_OBJECT_ORGS`;
the record is scored by `Frame.scored`; and tests/test_frame_table.py checks that
every id here is one the relation stage writes and every kind and behaviour of
triggers.tsv has its entry. To add a strategy: write it as a small function with
its id and a Chinese example (organizations.py, join_orgs.py, subjects.py …), put it
in its list at its priority (the frames take their ids from the lists), and test it
on an invented sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from talentflow.relations.join_orgs import JOIN_OBJECT_ORGS
from talentflow.relations.organizations import LEAVE_OBJECT_ORGS, OBJECT_ORGS
from talentflow.relations.served import POST_FRAMES
from talentflow.relations.subjects import SUBJECT_STRATEGIES


@dataclass(frozen=True)
class Frame:
    """How a trigger of one kind is read, and the example that shows it."""

    kind: str  # triggers.tsv's kind column
    scored: str  # what its record counts as: "join" or "leave"
    subjects: tuple[str, ...]  # subject strategies (subjects.py, frames.py), priority order
    organizations: tuple[str, ...]  # organization strategies (organizations.py, frames.py), priority order
    attributes: tuple[str, ...]  # role, time, status and from rules it may add
    example: str
    # Who reads it (frames.FRAME_READERS, TRIGGER_READERS): a person subject (person), an
    # organization subject (org-subject: 蔚来挖来了A), 来自X的A (origin), or a serving
    # verb's whole frames (served: served.py).
    reader: str = "person"


# A person is the subject (subjects.subject_ruled): the ids of SUBJECT_STRATEGIES, in
# their order: kin-veto (李某之妻马东敏回归: the wife, unnamed: nobody), speaker-self
# (A透露其已加入美团), after-kin, list-across-comma (A、B,以及执行总监C均辞职), clause
# (韩立明加入Anthropic), modified-by-verb-phrase (出走OpenAI的亚当·卡莱尔),
# fronted-time-clause (加入OpenAI前,沈若曦…), also-listed (与A一同加盟商汤的,还有B),
# roster-inline (多名高管离职,包括A、B和C), roster-lines (以下高管已加入公司: / - A:…),
# unnamed-veto (多位研究员加入Meta: nobody named), plural-topic (三人此前均在字节跳动任职),
# pronoun (他随后加入谷歌), possessor-unnamed (而伊瓦诺夫的离开: nobody), dropped
# (…,随后加入谷歌: the earlier clause's subject).
PERSON_SUBJECT = tuple(rule for rules, _ in SUBJECT_STRATEGIES for rule in rules)
# An organization is the subject (frames._org_subject): 蔚来从特斯拉挖来了A, A被特斯拉解雇.
ORG_SUBJECT_PEOPLE = (
    "subject:clause",  # A被公司开除 / A被特斯拉解雇: the person before the passive
    "subject:object-after-verb",  # 蔚来挖来了A
    "subject:pronoun-object",  # 提名A出任董事,并委任其为董事会主席
    "subject:object-list-comma",  # 字节挖走了智谱核心成员A,零一万物联合创始人B
    "subject:disposal-object",  # 腾讯将A纳入麾下
    "subject:disposal-pronoun",  # 星河科技把他挖到了杭州
    "subject:including-list",  # 引入多位高管,包括来自华为的A
    "subject:counted-after-colon",  # 挖走三名研究员:A、B和C
)
ORG_SUBJECT_ORGS = (
    "org:own-company-passive",  # 商务总监A被公司开除: A's own company
    "org:article-topic",
    "org:bare-passive-article-topic",  # 北辰电子的A也被挖了过来 (hirers.bare_passive)
    "org:bare-passive-away",  # 北辰电子的A被挖走了: the leave only
    "org:bare-passive-destination",  # A被挖到云帆科技: the organization after the verb
    "org:passive-agent",  # A被特斯拉解雇
    "org:disposal-destination",  # 把A挖来腾讯: the organization after the verb
    "org:subject",  # 蔚来挖来了A
    "org:bare-noun-hirer",  # 青岩研究院…。研究院聘请A为院长 (hirers.bare_noun_hirer)
    "org:bare-company-hirer",  # 星河完成融资。公司还延揽了A (hirers.bare_company_hirer)
    "org:earlier-clause-subject",  # 辉达近年…,去年更从台积电挖来A
    "org:anaphor-own",  # 会议选举A为公司董事长: the filer (governance.own_company_post)
)


def _ids(*strategies) -> tuple[str, ...]:
    """The ids of ordered lists of (ids, function), in order; an id two strategies
    write (org:anaphor-affiliation) keeps its first place."""
    return tuple(dict.fromkeys(rule for listed in strategies for rules, _ in listed for rule in rules))


# The organization a leave or a past post goes from (organizations.trigger_orgs): the
# ids of OBJECT_ORGS then LEAVE_OBJECT_ORGS, in their order: latin-object (离开ICONIQ),
# partner-before-verb (与星河科技分道扬镳), anaphor-affiliation (离开了这家公司: the
# person's known employer), anaphor-sentence-topic (数标科技被百度收购,A也离开了这家公司),
# the other anaphors (离开了该公司, 离开了公司), post-list (曾任英特尔高级工程师、高通产品总监),
# after-verb (离开华为), from-marker (从华为离职), located (在华为离职), resigned-to
# (向美团提出辞职), the bare leave's (小鹏副总裁吴新宙将离职: BARE_LEAVE_ORGS, then
# last-joined); then settled on the whole article (杨建朝离职的消息…), else none.
# `加入谷歌的竞争对手微软` adds org:related-object to whichever found 微软.
LEAVE_ORGS = _ids(OBJECT_ORGS, LEAVE_OBJECT_ORGS) + ("org:article-topic", "org:headline-topic", "org:none")
# The organization a join goes to (organizations.trigger_orgs, join_orgs.join_orgs):
# OBJECT_ORGS (加盟了Mondo Tech, 与联想签约), the verb's object (加入Anthropic), then
# JOIN_OBJECT_ORGS in their order: named-later (新公司名为"X"), intern-place (在腾讯实习),
# announcer (北辰宣布A出任CTO), by-… (X宣布…,由A出任负责人), anaphor-announcer (这家公司由A与B
# 联合创立), within-… (小米副总裁A升任总裁), the anaphors (加入了该公司, 回到母校任教), the
# bare verb's (roster-topic: 星河科技有多位新高管加入,名单如下:; 百度引入很多新鲜血液——陆奇加盟);
# else none.
JOIN_ORGS = _ids(OBJECT_ORGS, ((("org:after-verb",), None),), JOIN_OBJECT_ORGS) + ("org:none",)
ROLE = (
    "role:verb-fixed", "role:title-after-verb", "role:post-after-org", "role:title-before-name",
    "role:post-after-name", "role:title-elsewhere", "role:as-title", "role:roster-item", "role:respectively",
    "role:restated-post", "role:as-one", "role:delegated-post", "role:own-title-nearer", "role:none",
)
TIME = (
    "time:effective", "time:earlier-clause", "time:after-span", "time:clause", "time:sentence-before",
    "time:after-verb", "time:span-start", "time:earlier-join", "time:none",
)
STATUS = ("status:rumour", "status:reported-as-done", "status:reported", "status:announced", "status:done")
JOIN_FROM = ("from:from-marker", "from:describing-org", "from:respectively", "from:own-origin", "from:previous-join", "from:switched-after-join")
ATTRIBUTES = ROLE + TIME + STATUS

FRAMES: dict[str, Frame] = {
    frame.kind: frame
    for frame in (
        Frame("join", "join", PERSON_SUBJECT, JOIN_ORGS, ATTRIBUTES + JOIN_FROM, "韩立明于2024年3月加入Anthropic"),
        Frame("found", "join", PERSON_SUBJECT + ("subject:cofounders",), JOIN_ORGS, ATTRIBUTES + JOIN_FROM, "A与B联合创立灵犀引力"),
        Frame("intern", "join", PERSON_SUBJECT, JOIN_ORGS, ATTRIBUTES + JOIN_FROM, "他曾在腾讯实习"),
        Frame("move", "join", PERSON_SUBJECT, JOIN_ORGS, ATTRIBUTES + JOIN_FROM, "A从百度跳槽至腾讯"),
        Frame("leave", "leave", PERSON_SUBJECT, LEAVE_ORGS, ATTRIBUTES, "小鹏副总裁吴新宙将离职"),
        Frame("past", "leave", PERSON_SUBJECT, LEAVE_ORGS, ROLE + ("frame:past-span", "time:former-post-end", "time:span-start", "time:none") + STATUS, "曾任职于谷歌"),
        Frame("hire", "join", ORG_SUBJECT_PEOPLE, ORG_SUBJECT_ORGS, ATTRIBUTES + ("from:from-marker", "from:described-object", "from:describing-org"), "蔚来从特斯拉挖来了A", "org-subject"),
        Frame("fire", "leave", ORG_SUBJECT_PEOPLE, ORG_SUBJECT_ORGS, ATTRIBUTES, "A被特斯拉解雇", "org-subject"),
        Frame(
            "origin", "leave", ("subject:origin-modified", "subject:clause", "subject:pronoun"), ("org:after-verb", "org:before-marker"),
            ROLE + ("time:former-post-end", "time:none") + STATUS, "来自华为云的前首席架构师A", "origin",
        ),
        # Serving verbs (served.py) read whole frames, the first that fits decides; a
        # span (2019年至2021年) gives a join and a leave.
        Frame(
            "serve", "join", PERSON_SUBJECT, ("org:located", "org:after-verb", "org:post-list"),
            ("frame:served-span", "frame:served-before", *(rule for rules, _ in POST_FRAMES for rule in rules), "role:post-after-org", "role:post-list", "role:none", "time:span-start",
             "time:span-end", "time:post-date", "time:schooling-end", "from:previous-join", "from:none") + TIME + STATUS,
            "2019年至2021年在谷歌大脑担任研究工程师", "served",
        ),
    )
}

# What a verb's behaviour flag (triggers.tsv) adds to its kind's frame.
BEHAVIOURS: dict[str, tuple[str, ...]] = {
    "switch": ("from:describing-org", "from:previous-join", "from:switched-after-join"),  # 转投苹果
    "return": ("from:previous-join",),  # 回归特斯拉: a later stint
    "restates": ("role:restated-post",),  # 加盟京东,出任京东云总裁: one join
    "transfer": ("org:after-verb",),  # 从东岳理工大学调入清华大学: a school is an employer
    "post-only": ("org:after-verb", "role:title-after-verb"),  # 出任CTO: a post, no organization
    "within": ("org:within-describing", "org:within-last-joined"),  # 小米副总裁A升任总裁
    "needs-post": ("role:title-after-verb", "role:post-after-org"),  # 当选…董事长, not 当选院士
    # 鹤山证券:副总裁A调回集团总部: sent away from the organization heading the brief.
    "away": ("from:item-head-posted",),
    "org-before": ("origin:org-before",),  # 阿里巴巴出身的A: the organization before the marker
    "moved": ("origin:moved", "origin:moved-describing"),  # 星河科技技术长A挖角自X: A moved, no join needed
    "posting": ("from:describing-org", "from:posted-away", "from:item-head-posted"),  # 星河云总裁A调任星河集团副总裁; 鹤山证券:原副总裁A调任…
}
