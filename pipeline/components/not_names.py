"""Candidates the name stage drops again: strings in a name's place that name nobody.

Tech news names many people and things; a few things read like a name where a
name would stand. Each check is a pattern of the language, on the token norms
around the candidate (no spaCy object is built), with its rule id:

- `name:eponym`: a name that an eponymous term holds (`非霍奇金氏淋巴瘤`,
  `帕金森氏症`, `唐氏综合征`): followed by 氏 or a term's head, it names a disease
  or a law, not a person in the story;
- `name:surname-address`: a surname and a form of address alone (`胡先生`,
  `李女士`, `李氏`), as court reports and anonymised stories write: nobody is named
  (ANNOTATION.md: unnamed people give no record), unless the article names a
  person of that surname, whom the address then stands for (`韦建国…韦先生`);
- `name:place-of-place`: a run after `在…州的`, `位于…省的` (`在加利福尼亚州的
  帕洛阿尔托`): a town inside a region, not a partner of the verb;
  so is one right after `在`/`位于` and a city (`在深圳石岩创立`);
- `name:place-before-site`: a candidate right before a site of an organization
  (`星河科技的埃尔朗根总部`, `星河科技的苏州园区`): a town, not a person;
- `name:inside-firm-name`: a candidate glued to a run no dictionary knows and a firm's head
  (`罗卫` in `罗卫咸达道会计师事务所`): a piece of the firm's name;
- `name:dated-post-verb`: 任 opening the line after a résumé's date line
  (`●2001年3月-2004年6月` / `任星河在线产品总监。`): the verb of the post, not the
  surname of a name it starts (`任星河`);
- `name:nationality`: a surname character and 籍 or 裔 (`台籍工程师`, `华裔女研究员`):
  a place's short form and the mark of origin, not a surname and a given name;
- `name:inside-transliteration`: a piece of a longer foreign word written by sound,
  glued to another piece of two or more sound characters (`他在雷德|蒙德工作`,
  `新掌门人狄桑|提斯此前…`): jieba cut a transliterated place or surname in two, and
  the half that opens with a surname is no Chinese name;
- `name:quoted-kind`: a quoted word a kind suffix follows (`“全栈”型管理者`, `“学院”派`):
  a trait of the person, not a person;
- `name:org-object`: the whole object of a verb that takes an employer (`从星河科技加入
  云栖桥；`, `加盟韩立资本,担任合伙人`), closing the clause or followed by a post verb:
  an organization, as name:latin-org-object reads a Latin one; `加入韩立明的团队`,
  `韩立明加入` keep the person;
- `name:subsidiary`: a candidate right after 旗下 (`星河集团旗下的哈勃投资`, `旗下韩立资本`):
  what a group holds is a company, a brand or a product, never a person (parent_links);
- `name:preposition-after-verb`: 于 opening a candidate right after a verb that takes 于 and
  a place or an employer (`起步于金鼎电子`, `毕业于金陵大学`: jieba glues `于金`): the
  preposition, not the surname 于 (yu_place_verbs); `任命于洋为总裁` keeps the person;
- `name:invitation`: 应 opening a candidate when 之邀 closes the phrase (`应老上司韩立明之邀`):
  应 means "at the invitation of", and the person is the one inside, not `应老`.
"""

from __future__ import annotations

from functools import lru_cache

from talentflow.resources import given_names, jieba_dict, lexicon, patterns

Pair = tuple[int, int]


def kept(norms: list[str], found: list[Pair], compound: frozenset[str]) -> list[Pair]:
    """`found` without the candidates that name nobody (see the module's rules)."""
    if not found:
        return found
    marks = frozenset(patterns.word_list("eponym_marks"))
    units = tuple(patterns.word_list("region_units"))
    preps = frozenset(patterns.word_list("location_preps"))
    origins = frozenset(patterns.word_list("origin_marks"))
    sites = frozenset(patterns.word_list("site_heads"))
    cities = frozenset(patterns.word_list("places_in_names"))
    city_units = tuple(patterns.word_list("place_units"))
    firm_heads = frozenset(patterns.word_list("firm_heads"))
    kinds = frozenset(patterns.word_list("kind_suffixes"))
    parents = frozenset(patterns.word_list("parent_links"))
    org_verbs, closers = frozenset(patterns.word_list("latin_org_verbs")), frozenset(patterns.word_list("after_object_name"))
    yu_verbs = frozenset(patterns.word_list("yu_place_verbs"))
    texts = ["".join(norms[start:end]) for start, end in found]
    named = {text for text in texts if _address(text, compound) is None}
    result = []
    for (start, end), text in zip(found, texts):
        if end < len(norms) and norms[end] in marks:
            continue  # name:eponym
        surname = _address(text, compound)
        if surname is not None and not any(other.startswith(surname) for other in named):
            continue  # name:surname-address
        if text[1:2] in origins and text[:2] not in compound:
            continue  # name:nationality (`台籍`, `华裔女` in 华裔女研究员)
        if _after_region(norms, start, units, preps) or _after_city(norms, start, cities, city_units, preps):
            continue  # name:place-of-place
        if end < len(norms) and norms[end] in sites:
            continue  # name:place-before-site
        if _inside_firm_name(norms, end, firm_heads):
            continue  # name:inside-firm-name
        if norms[start] == "任" and _after_date_line(norms, start):
            continue  # name:dated-post-verb
        if _sound_piece(norms, start - 1) or _sound_piece(norms, end):
            continue  # name:inside-transliteration
        if _quoted_kind(norms, start, end, kinds):
            continue  # name:quoted-kind
        if _org_object(norms, start, end, org_verbs, closers):
            continue  # name:org-object
        if _after_parent(norms, start, parents):
            continue  # name:subsidiary
        if text[0] == "于" and start > 0 and norms[start - 1] in yu_verbs:
            continue  # name:preposition-after-verb
        if text[0] == "应" and "之邀" in "".join(norms[start : start + _INVITATION_SPAN]):
            continue  # name:invitation
        result.append((start, end))
    return result


def _address(text: str, compound: frozenset[str]) -> str | None:
    """The surname of `胡先生`, `欧阳女士`: a surname and nothing but a form of address."""
    for honorific in patterns.word_list("address_honorifics"):
        if text.endswith(honorific):
            surname = text[: -len(honorific)]
            if len(surname) == 1 or surname in compound:
                return surname
    return None


def _after_region(norms: list[str], start: int, units: tuple[str, ...], preps: frozenset[str]) -> bool:
    """`在` `加利福尼亚州` `的` CANDIDATE: a place named inside a region."""
    if start < 3 or norms[start - 1] != "的":
        return False
    region = norms[start - 2]
    # jieba may glue the preposition to the name before it (`姜波` `健在` `加利福尼亚州`).
    return len(region) > 1 and region.endswith(units) and (norms[start - 3] in preps or norms[start - 3][-1] in preps)


def _after_city(norms: list[str], start: int, cities: frozenset[str], city_units: tuple[str, ...], preps: frozenset[str]) -> bool:
    """`在` `深圳` CANDIDATE: a district named after its city (`在深圳石岩创立`)."""
    if start < 2:
        return False
    city, before = norms[start - 1], norms[start - 2]
    place = city in cities or (len(city) > 2 and city.endswith(city_units))
    return place and (before in preps or before[-1:] in preps)


def _inside_firm_name(norms: list[str], end: int, heads: frozenset[str]) -> bool:
    """CANDIDATE `咸达道` (`会计师`) `事务所`: the run after the candidate is no everyday
    word (jieba_dict.common_words: no `此前`) and no verb of a move (`转任` `星河` `集团`),
    and a firm's head (firm_heads) follows it, directly or after one more word: the
    candidate opens the firm's name."""
    if end + 1 >= len(norms):
        return False
    glued = norms[end]
    if len(glued) < 2 or not glued.isalpha() or glued in jieba_dict.common_words() or glued.isascii() or glued in _move_verbs():
        return False
    if glued in given_names.adverb_prepositions():
        return False  # `Rohan Bakshi` `已向` `公司`: a predicate opens, no firm's name

    if norms[end + 1] in heads:
        return True
    # `韩某` `即日起` `辞任` `公司…`: a verb between is the predicate, the firm its object.
    middle = norms[end + 1]
    return end + 2 < len(norms) and len(middle) >= 2 and norms[end + 2] in heads and middle not in _move_verbs() and middle not in jieba_dict.common_verbs()


@lru_cache(maxsize=1)
def _move_verbs() -> frozenset[str]:
    return frozenset(t.verb for t in lexicon.triggers()) | frozenset(lexicon.cue_table("cues.tsv"))


def _quoted_kind(norms: list[str], start: int, end: int, kinds: frozenset[str]) -> bool:
    """`“` CANDIDATE `”` `型` (`“全栈”型管理者`): a quoted word that a kind suffix turns
    into a trait; a quoted name stands before a predicate instead (`“李某”已离职`)."""
    return (
        0 < start
        and end + 1 < len(norms)
        and norms[start - 1] in patterns.word_list("quote_opens")
        and norms[end] in patterns.word_list("quote_closes")
        and norms[end + 1] in kinds
    )


def _org_object(norms: list[str], start: int, end: int, verbs: frozenset[str], closers: frozenset[str]) -> bool:
    """`加入` (`了`) CANDIDATE `；`: the candidate is the whole object of a verb whose object
    is an employer (latin_org_verbs), and the clause closes after it or a post verb follows
    (after_object_name: `加盟韩立资本担任合伙人`)."""
    before = start - 1
    if before >= 1 and norms[before] == "了":
        before -= 1
    if before < 0 or norms[before] not in verbs:
        return False
    return end >= len(norms) or norms[end] in _OBJECT_CLOSES or norms[end] in closers


def _after_parent(norms: list[str], start: int, parents: frozenset[str]) -> bool:
    """`旗下` (`的`) CANDIDATE: what a group holds (`星河集团旗下的哈勃投资`)."""
    before = start - 1
    if before >= 1 and norms[before] == "的":
        before -= 1
    return before >= 0 and norms[before] in parents


# How many tokens 应 and its 之邀 may span: `应|老|上司|韩立明|之邀` (name:invitation).
_INVITATION_SPAN = 8
# What closes a verb's object: the clause's end.
_OBJECT_CLOSES = frozenset(",，。;；!！?？、\n")


def _after_date_line(norms: list[str], start: int) -> bool:
    """`1998年8月` `\n` CANDIDATE: the candidate opens the line after one ending in a date."""
    before = start - 1
    while before >= 0 and not norms[before].strip():
        before -= 1
    return before < start - 1 and before >= 0 and norms[before] in _DATE_ENDS


def _sound_piece(norms: list[str], k: int) -> bool:
    """Is token `k` a piece of a transliteration: two or more sound characters and no
    word of the dictionary (`蒙德`, `提斯`; not `加入`, not `斯坦福`, a word itself)?"""
    if not 0 <= k < len(norms):
        return False
    token = norms[k]
    return len(token) >= 2 and lexicon.transliteration_chars().issuperset(token) and token not in jieba_dict.common_words()


# What a résumé's date line ends with (`…1998年8月`, `2004年至今`).
_DATE_ENDS = frozenset(("年", "月", "日", "今"))
