from __future__ import annotations

import jieba

from talentflow.components.segment import split_latin


def test_tokens_keep_the_article_characters(nlp):
    doc = nlp.make_doc("陳志傑隨即加入歡聚時代，擔任首席科學家。")
    assert "".join(token.text for token in doc) == doc.text
    assert doc._.shadow.startswith("陈志杰")


def test_user_dictionary_keeps_trigger_whole(nlp):
    words = [token.text for token in nlp.make_doc("赵晟佳入职后")]
    assert "入职" in words


def test_norm_is_simplified_lowercase(nlp):
    doc = nlp.make_doc("加入ＯｐｅｎＡＩ")
    assert [t.norm_ for t in doc][-1] == "openai"


def test_glued_latin_run_is_cut():
    assert split_latin("OpenAICTOMiraMurati", ["OpenAI", "CTO"]) == ["OpenAI", "CTO", "MiraMurati"]
    # after the known words, a glued name stays whole: Ford in LiamFord is no company
    assert split_latin("GoogleLiamFord", ["Google", "Ford"]) == ["Google", "LiamFord"]
    assert split_latin("AviVerma", []) == ["AviVerma"]
    assert split_latin("OpenAI", ["OpenAI"]) == ["OpenAI"]


def test_global_jieba_is_untouched(nlp):
    # STYLE.md 4: the segmenter owns a private dictionary. Our words cut our way
    # (纳入麾下 whole), and jieba's global, loaded in full after the pipeline has
    # run, still knows none of the user words its own dictionary lacks.
    from talentflow.components.segment import user_words

    text = "腾讯将他纳入麾下，月之暗面超级对齐团队"
    assert "纳入麾下" in [token.text for token in nlp(text)]
    jieba.dt.initialize()
    assert len(jieba.dt.FREQ) > 300_000  # the full default dictionary, not an empty one
    assert "纳入麾下" not in jieba.lcut(text)
    ours = [word for word in user_words() if word not in jieba.dt.FREQ]
    assert "纳入麾下" in ours and "超级对齐团队" in ours


def test_a_name_is_not_glued_to_the_function_word_after_it(nlp):
    # jieba reads 锐因 and 安于 as words; after a surname (compound ones too) the
    # last character is a clitic and the first belongs to the name.
    assert [t.text for t in nlp.make_doc("总监鲜于锐因违规被开除")][1:4] == ["鲜于", "锐", "因"]
    assert [t.text for t in nlp.make_doc("工程师尉迟安于2023年创业")][1:4] == ["尉迟", "安", "于"]


def test_an_unknown_three_character_name_stays_whole(nlp):
    # The HMM cut 周以|恒; a surname-led unknown pair and a lone character are one name.
    assert "周以恒" in [t.text for t in nlp.make_doc("研究员周以恒(音译,Yiheng Zhou)加入")]


def test_accented_latin_letters_stay_in_one_token(nlp):
    assert [t.text for t in nlp.make_doc("Tomás Núñez加入")][:3] == ["Tomás", " ", "Núñez"]
