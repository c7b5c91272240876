"""Unknown companies named by a name word or two and an industry head (rule org:name-and-head).

`加入北辰半导体`, `星桥保险宣布…`, `鹿角百货总经理李某`: news names a company no lexicon
knows by a word of its own and the industry it works in. The heads are data
(industry_heads.tsv, by family: chips, tech, life, finance, retail, vehicles …: `星驰汽车`),
and so are the guards (patterns.toml head_field_words, head_continuations,
head_frame_words). The name before a head is
- one or two tokens, at most four Han characters, that no lexicon knows (`北辰`, `岚图|远航`);
- no description, field, place, title, count, verb or head (`新能源|汽车`, `消费|电子`,
  `上海|医疗`, `两家|银行`, `生物|医药`);
- no everyday word (`鹿角`) and no two single characters (`霁|青`), except where an
  organization is expected: after a verb or preposition of head_frame_words, a trigger
  verb, a break or the article's start (`加入|鹿角|百货`, `从|霁|青|医疗`);
and the phrase ends at the head: a field word after it (`半导体|行业`, `智能|硬件`) or an
organization suffix (`北辰半导体|公司`, which the suffix rule reads whole) leaves it alone.
A known group right before a carmaker's name leads it (`华晨|金杯|汽车`); before another
head it makes a unit, not a company (`瑞银|亚太|半导体`); a known name alone before a head
stays that name (`华为|汽车` is 华为).
The short form of such a name (`北辰` after 北辰半导体) is read by entities.py.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from talentflow.resources import jieba_dict, lexicon, patterns

HEAD_ORG = "org:name-and-head"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_AND = frozenset({"与", "和", "及"})  # two organizations of one post (unknown_orgs.py)
# `四家|银行`, `两款|汽车`: a count, not a name.
_COUNT = re.compile(r"[\d一二两三四五六七八九十百千几多数]+[家个所款台辆位名]")
# A name before the head: one or two tokens, at most four characters (`岚图远航汽车`).
_MAX_NAME_TOKENS, _MAX_NAME_CHARS = 2, 4


class HeadNames:
    """Finds `name + industry head` organizations; `stops`, `descriptors`, `titles`,
    `places` and `suffixes` are the sets of entities.py's OrgPatternFinder."""

    def __init__(self, *, stops: frozenset[str], descriptors: frozenset[str], titles: frozenset[str], places: frozenset[str], suffixes: frozenset[str]) -> None:
        self.heads = frozenset(lexicon.industry_heads())
        # A head jieba does not know whole is cut in two (`会员|店`): its last piece is a candidate too.
        self.tails = self.heads | frozenset(head[k:] for head in self.heads if not jieba_dict.is_word(head) for k in range(2, len(head)))
        # `A股上市公司|云杉|数据`, `AI公司|和|风|软件`: after a description's company head a name
        # is expected in apposition (described_orgs.py); the head itself is no name word.
        company_heads = frozenset(patterns.word_list("company_heads"))
        # `设计厂|鼎硕|半导体`, `券商|云岫|证券`: a kind of company glued before the name is no word of it.
        kinds = frozenset(word.lower() for word in patterns.word_list("kind_before_name_heads"))
        self.not_names = stops | descriptors | titles | places | self.heads | frozenset(patterns.word_list("head_field_words")) | company_heads | kinds
        # `干线物流|自动驾驶`: a description after the head makes the phrase one too.
        self.after_stops = suffixes | descriptors | frozenset(patterns.word_list("head_continuations")) | frozenset(patterns.word_list("sector_words"))
        # A known group's name leads only a carmaker's (`华晨|金杯|汽车`), not a team's (`瑞银|亚太|半导体`).
        self.grouped = frozenset(head for head, (family, _) in lexicon.industry_heads().items() if family == "vehicles")
        self.post_verbs = frozenset(verb for verb, frame in lexicon.org_frame_verbs().items() if frame == "post")
        # `和|风|软件`: characters of grammar that open names too (given_opening_chars).
        self.openers = frozenset(patterns.word_list("given_opening_chars"))
        self.frame_words = (
            frozenset(patterns.word_list("head_frame_words")) | frozenset(lexicon.org_frame_verbs()) | {t.verb for t in lexicon.triggers()}
            | company_heads
        )

    def find(self, doc: Doc, norms: list[str], end: int, ent_of: dict) -> Span | None:
        """The organization whose head ends at token `end`, or None."""
        if norms[end] in self.heads:
            head = end
        elif end > 0 and norms[end - 1] + norms[end] in self.heads:
            head = end - 1
        else:
            return None
        # `霁青|医疗董事长`: a composed title took the head as its field; the head title after
        # it stays a title (entities.py's _title_heads), the head is the name's.
        title = ent_of.get(head)
        if title is not None and title.label_ == "TITLE" and title.start == head and title.end > end + 1:
            ent_of = {i: ent for i, ent in ent_of.items() if ent is not title}
        if head in ent_of or end in ent_of or end + 1 < len(norms) and norms[end + 1] in self.after_stops:
            return None  # `软件工程师` is a title; `半导体|行业` a field; `北辰半导体|公司` the suffix rule's
        start = head
        while start > 0 and head - start < _MAX_NAME_TOKENS and self._name_word(norms, start - 1, ent_of):
            start -= 1
        if (
            start == head - 1 and len(norms[start]) == 1 and start > 0 and norms[start - 1] in self.openers
            and (start == 1 or norms[start - 2] in self.frame_words or not _HAN.fullmatch(norms[start - 2]))
        ):
            start -= 1  # `加入|和|风|软件`: a character of grammar may open a name right after a verb
        if start == head or start > 0 and self._name_word(norms, start - 1, ent_of):
            return None  # no name, or a name running on to the left (unsure where it starts)
        name = norms[start:head]
        if len("".join(name)) > _MAX_NAME_CHARS:
            return None
        prev = norms[start - 1] if start else ""
        coded = end + 2 < len(norms) and norms[end + 1] == "(" and norms[end + 2][:1].isdigit()
        if coded or end + 1 < len(norms) and prev in self.post_verbs and norms[end + 1] in _AND:
            # `晨曦通信(00981.HK)`, `担任青禾智造与远帆天工的顾问`: the numeric stock code and the post
            # frame read these names under their own rules (listed_orgs.py, unknown_orgs.py).
            return None
        framed = not prev or prev in self.frame_words or not _HAN.fullmatch(prev)
        short = [len(word) < 2 for word in name]
        if any(short) and not (all(short) and len(name) == 2 and framed):
            return None  # `霁|青|医疗` only where an organization is expected
        if any(word in jieba_dict.common_words() for word in name) and not (framed and len(name) == 1):
            return None  # `鹿角|百货` only where an organization is expected
        parent = ent_of.get(start - 1)
        if parent is not None and parent.label_ == "ORG" and parent.end == start:
            if norms[head] not in self.grouped:
                return None  # `瑞银|亚太|半导体`: a team of the known one
            start = parent.start  # `华晨|金杯|汽车`: a known group's name leads the company's
        return Span(doc, start, end + 1, label="ORG")

    @staticmethod
    def inside_longer(norms: list[str], headed: list[Span], found: list[Span]) -> list[Span]:
        """The found names and heads whose words stand inside a longer name found elsewhere
        (`衡翼|智能` of 衡翼智能科技有限公司): the later mention is that name's short form."""
        longer = ["\t".join(norms[span.start : span.end]) + "\t" for span in found if span not in headed]
        return [span for span in headed if any("\t".join(norms[span.start : span.end]) + "\t" in name and name.count("\t") > span.end - span.start for name in longer)]

    def _name_word(self, norms: list[str], i: int, ent_of: dict) -> bool:
        word = norms[i]
        return not (
            i in ent_of or word in self.not_names or word in jieba_dict.common_verbs()
            or not _HAN.fullmatch(word) or _COUNT.fullmatch(word)
        )
