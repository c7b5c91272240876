"""Moves between academia and industry: subjects and facts the acad rules settle.

Each rule has an invented sentence it decides and a counter-example. Sentences are
written for these tests (names, companies and wording invented).
"""

from __future__ import annotations

from fact_sets import facts


def test_a_byline_sent_from_a_place_is_no_subject(nlp):
    # byline-sent-from: `韩立明 发自 凹非寺` wrote the article; nobody is named for the retirement.
    text = "韩立明 发自 凹非寺\n星河周刊 报道\n\n从星河科技总裁之位退休,现在在北辰大学开启新人生。"
    assert not any(person == "韩立明" for person, _, _ in facts(nlp, text))


def test_a_name_before_its_byline_label_words_still_moves(nlp):
    # counter: a name followed by an ordinary verb is the subject as before.
    assert ("韩立明", "join", "北辰大学") in facts(nlp, "韩立明发布声明,宣布加入北辰大学。")


def test_a_possessor_in_a_describing_clause_is_no_topic(nlp):
    # copula-possessor: the clause after `A,` describes A; 施密特 only owns the assistant.
    got = facts(nlp, "韩立明,曾是施密特的得力助手,2019年离开百度,出任小米总裁。")
    assert {("韩立明", "leave", "百度"), ("韩立明", "join", "小米")} <= got
    assert not any(person == "施密特" for person, _, _ in got)


def test_a_named_subject_of_its_own_clause_is_kept(nlp):
    # counter: a clause with its own subject is unaffected.
    got = facts(nlp, "韩立明曾是施密特的助手,施密特2019年离开星河科技。")
    assert ("施密特", "leave", "星河科技") in got


def test_units_moved_by_a_passive_verb_move_nobody(nlp):
    # unit-passive-subject: the teams are moved; the earlier clause's person is not.
    text = "韩立明于2022年加入星河科技。2023年起,星河科技下属的语音组和视觉组先后被转入北辰团队。"
    got = facts(nlp, text)
    assert got == {("韩立明", "join", "星河科技")}


def test_a_person_moved_by_a_passive_verb_still_moves(nlp):
    # counter: 被 after a pronoun, no unit named: the person moves.
    assert ("韩立明", "join", "腾讯") in facts(nlp, "韩立明此前在百度任职。2023年,他被调入腾讯。")


def test_a_generic_people_subject_names_nobody(nlp):
    # generic-people-subject: young researchers in general, not the speaker.
    text = "韩立明2010年加入星河研究院。他说,当时的年轻研究人员能够进入北辰研究院就好比朝圣。"
    assert facts(nlp, text) == {("韩立明", "join", "星河研究院")}


def test_this_researcher_is_a_named_person(nlp):
    # counter: 该研究人员 points back to the name.
    got = facts(nlp, "韩立明2010年加入星河研究院。2020年,该研究人员离开星河研究院。")
    assert ("韩立明", "leave", "星河研究院") in got


def test_a_relative_clause_of_its_own_ends_the_group(nlp):
    # `曾任X首席科学家的A和Y视觉团队负责人的B`: X is A's past employer, not B's.
    got = facts(nlp, "其中,有曾任星河科技首席科学家的韩立明和北辰软件视觉团队负责人的祝青禾。")
    assert ("韩立明", "leave", "星河科技") in got
    assert ("祝青禾", "leave", "星河科技") not in got


def test_a_coordinated_pair_after_one_relative_clause_both_move(nlp):
    # counter: `曾任X高管的A和B`: one verb phrase, both names.
    got = facts(nlp, "曾任百度高管的韩立明和祝青禾均已加入腾讯。")
    assert {("韩立明", "leave", "百度"), ("祝青禾", "leave", "百度")} <= got


def test_a_school_after_from_is_where_a_hire_comes_from(nlp):
    # join_orgs `_hiring_org`: `从北辰大学引入A加盟`: the school is left, not joined.
    got = facts(nlp, "星河科技在2017年从北辰大学引入韩立明加盟,任职星河研究院负责人。")
    assert ("韩立明", "join", "北辰大学") not in got
    assert ("韩立明", "join", "星河科技") in got


def test_the_follower_and_the_one_followed_both_leave(nlp):
    # follow-leader: both leave; the later join is the follower's.
    got = facts(nlp, "2008年,韩立明跟着祝青禾离开了百度,加盟了腾讯。")
    assert {("韩立明", "leave", "百度"), ("祝青禾", "leave", "百度"), ("韩立明", "join", "腾讯")} <= got


def test_a_follower_of_a_join_alone_joins(nlp):
    # counter: for a join only the follower is the subject.
    got = facts(nlp, "2008年,韩立明跟随导师祝青禾加入腾讯。")
    assert ("韩立明", "join", "腾讯") in got
    assert ("祝青禾", "join", "腾讯") not in got


def test_those_who_left_counted_name_nobody(nlp):
    # generic-after: `一起离开的有十几个人`.
    text = "韩立明2008年加入星河科技。他回忆道:“当时我们一起离开的有十几个人,原因是祝青禾。”"
    assert facts(nlp, text) == {("韩立明", "join", "星河科技")}


def test_a_long_description_of_the_first_listed_colleague(nlp):
    # titled_description: `还有他的老同事——X前副总裁兼Y负责人A、Z前CTO B`.
    text = "韩立明出任北辰大学院长。和他一同加入北辰大学的,还有他在星河的老同事——星河科技前副总裁兼人工智能(AI)实验室主任祝青禾、北辰软件前CTO林望舒。"
    got = facts(nlp, text)
    assert {("祝青禾", "join", "北辰大学"), ("林望舒", "join", "北辰大学")} <= got


def test_a_unit_and_its_company_left_once(nlp):
    # assembly `_one_employer`: MSRA and 微软 are one departure, told under the company's name.
    text = "1998年,韩立明加入微软,历任研究员、副院长。2016年,微软亚洲研究院(MSRA)副院长韩立明宣布辞职,加入星河科技。"
    leaves = [org for person, kind, org in facts(nlp, text) if person == "韩立明" and kind == "leave"]
    assert len(leaves) == 1


def test_joins_of_a_company_and_later_its_unit_stay_two(nlp):
    # counter: joins are not merged by employer (加入谷歌 … 转入谷歌DeepMind are two steps).
    got = facts(nlp, "韩立明2016年加入谷歌,2023年转入谷歌DeepMind。")
    assert ("韩立明", "join", "谷歌") in got and ("韩立明", "join", "谷歌DeepMind") in got


def test_an_ethnic_descriptor_is_no_name(nlp):
    # name_stopwords 华裔: `这位华裔科学家` points back to the name.
    got = facts(nlp, "韩立明2016年加入星河科技。这位华裔科学家去年离开了星河科技。")
    assert not any(person.startswith("华裔") for person, _, _ in got)


def test_a_move_announced_then_told_as_done_is_one_fact(nlp):
    # assembly `_statuses_agree`: announced and done, same person and school: one join.
    text = "韩立明宣布将于年底回归斯坦福大学当教授。回到斯坦福任教后,韩立明也会继续研究工作。"
    joins = [org for person, kind, org in facts(nlp, text) if person == "韩立明" and kind == "join"]
    assert len(joins) == 1


def test_a_move_reported_then_told_as_done_is_one_fact_and_done(nlp):
    # assembly `_statuses_agree`, `_surer`: a leave first reported (据知情人士透露) and
    # later told as done is one leave, and it is done.
    from talentflow.api import extract_text

    text = "有网友爆料,韩立明离开星河汽车。昨日,韩立明正式宣布从星河汽车离职。"
    leaves = [m for m in extract_text(text, nlp=nlp) if m.person == "韩立明" and m.from_org]
    assert [m.status for m in leaves] == ["done"]
    text = "知情人士透露,周以安加入北辰资本。周以安上周已正式加入北辰资本。"
    joins = [m for m in extract_text(text, nlp=nlp) if m.person == "周以安" and m.to_org]
    assert [m.status for m in joins] == ["done"]


def test_two_people_reported_and_done_stay_two_facts(nlp):
    # counter: the rule merges one person's statements only.
    got = facts(nlp, "据悉,韩立明已从星河汽车离职。周以安也宣布离开星河汽车。")
    assert {("韩立明", "leave", "星河汽车"), ("周以安", "leave", "星河汽车")} <= set(got)


def test_a_post_dated_before_the_join_just_told_is_a_leave(nlp):
    # before-this-clause: `在此之前,他在Y担任终身教授` after a join of X: Y was left.
    got = facts(nlp, "2019年,韩立明加入浙江大学,成为一名教授。在此之前,他在复旦大学担任终身教授。")
    assert ("韩立明", "leave", "复旦大学") in got


def test_a_post_before_with_no_join_told_is_not_read_as_before_this(nlp):
    # counter: no join told of the person before, so past:before-this does not fire. (The
    # clause is still a past post by the older rules that read 此前他在X担任 as one,
    # frame:served-before, which this rule neither adds nor removes.)
    doc = nlp("韩立明是一名学者。在此之前,他在复旦大学担任终身教授。")
    assert not any("past:before-this" in move.rules for move in doc._.career_moves)


def test_a_post_before_at_the_same_employer_is_no_leave(nlp):
    # counter: the earlier post is at the employer joined: no leave of it.
    got = facts(nlp, "2019年,韩立明加入复旦大学,成为一名教授。在此之前,他在复旦大学担任讲师。")
    assert ("韩立明", "leave", "复旦大学") not in got


def test_appointed_at_a_school_without_a_preposition_is_a_join(nlp):
    # triggers.tsv 受聘: `受聘南京大学`, as 受聘于 and 受聘为 already were.
    assert ("韩立明", "join", "南京大学") in facts(nlp, "韩立明今年受聘南京大学。")


def test_a_former_post_after_the_object_is_no_unit_of_it(nlp):
    # former-post-after: `受聘X的Y前负责人A`: A joins X; Y is A's former employer, no unit of X.
    got = facts(nlp, "其中,有今年受聘南京大学的百度研究院前负责人韩立明等人。")
    assert ("韩立明", "join", "南京大学") in got
    assert not any(kind == "join" and "百度" in org for _, kind, org in got)


def test_a_unit_named_through_its_parent_is_still_one_object(nlp):
    # counter: `加入Meta的超级智能实验室` stays one organization.
    assert ("韩立明", "join", "Meta的超级智能实验室") in facts(nlp, "韩立明加入了Meta的超级智能实验室。")


def test_a_count_after_the_verb_phrase_is_what_it_modifies(nlp):
    # modified-by-verb-phrase yields to generic-after: `离开的有十几个人`, not the name later on.
    text = "2008年,祝青禾加盟了腾讯。韩立明回忆道:“当时我们一起离开的有十几个人,我们走很重要的原因是因为祝青禾。”"
    assert facts(nlp, text) == {("祝青禾", "join", "腾讯")}


def test_a_bare_join_goes_to_the_unit_the_newcomer_leads(nlp):
    # leads-unit (org:bare-verb-led-unit): `A入职,负责X团队`.
    got = facts(nlp, "今年2月,谷歌前副总裁韩立明入职,负责腾讯云业务。")
    assert ("韩立明", "join", "腾讯云") in got


def test_a_bare_join_followed_by_a_statement_stays_without_object(nlp):
    # counter: `入职,表示…` names no unit.
    assert facts(nlp, "韩立明上月入职,表示很高兴。") == set()


def test_a_bare_leave_leaves_the_organization_of_the_appositive_title(nlp):
    # org:appositive-title: `A,X的创始人,2005年离开`.
    assert ("韩立明", "leave", "百度") in facts(nlp, "韩立明,百度副总裁,去年离开了公司。")


def test_an_appositive_without_an_organization_names_none(nlp):
    # counter: `A,我的老朋友,去年离开了` names no organization.
    assert facts(nlp, "韩立明,我的老朋友,去年离开了。") == set()


def test_an_ethnic_anaphor_points_to_the_person_named_in_chinese(nlp):
    # ethnic-anaphor: `这位华裔女科学家` is not the Latin name mentioned last.
    text = "2016年,韩立明加入谷歌。谷歌宣布Mira Holt将接任她的职位。那么,这位华裔女研究员离开以后,谷歌还剩下什么?"
    got = facts(nlp, text)
    assert ("韩立明", "leave", "谷歌") in got
    assert ("Mira Holt", "leave", "谷歌") not in got


def test_a_plain_anaphor_keeps_the_last_topic(nlp):
    # counter: `这位科学家` with no such descriptor takes the earlier clause's topic as before.
    text = "2016年,韩立明加入谷歌。谷歌宣布Mira Holt将接任她的职位。这位科学家随后离开了谷歌。"
    assert ("Mira Holt", "leave", "谷歌") in facts(nlp, text)
