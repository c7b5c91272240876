"""talentflow.evaluation (imported as talentflow.evaluation.scoring): fact P/R/F1 by hand on tiny
cases, name folding, gold/prediction readers, report."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from talentflow.models import CareerMove
from talentflow.batch.export import records_frame, write_csv
from talentflow.evaluation.scoring import (
    AliasTable,
    GoldFormatError,
    GoldRecord,
    PredictionFormatError,
    ScoringError,
    evaluate as evaluate_with,
    org_forms,
    read_gold,
    read_predictions,
    render_report,
)

# A small alias table, so the tests do not depend on corpus/aliases.tsv.
ALIASES = AliasTable.from_groups(
    [("谷歌", "Google", "谷歌公司"), ("Meta", "脸书", "Facebook"), ("字节跳动", "字节", "ByteDance")]
)

REAL_GOLD = Path(__file__).resolve().parents[2] / "shared" / "realdev" / "gold.jsonl"


def evaluate(pred, gold, **options):
    return evaluate_with(pred, gold, aliases=ALIASES, **options)


def move(person: str, *, doc: str = "d1", from_org: str = "", to_org: str = "", **fields) -> CareerMove:
    return CareerMove(doc=doc, person=person, from_org=from_org, to_org=to_org, **fields)


def gold(person: str, *, doc: str = "d1", from_org: str = "", to_org: str = "", **fields) -> GoldRecord:
    return GoldRecord(doc=doc, person=person, from_org=from_org, to_org=to_org, **fields)


def counts(report, scope=None) -> tuple[int, int, int]:
    score = report.overall if scope is None else scope
    return score.tp, score.fp, score.fn


# ---------------------------------------------------------------- P/R/F1 by hand


def test_exact_match_is_perfect():
    report = evaluate([move("赵晟佳", to_org="Meta")], [gold("赵晟佳", to_org="Meta")])
    assert counts(report) == (1, 0, 0)
    assert (report.overall.precision, report.overall.recall, report.overall.f1) == (1.0, 1.0, 1.0)


def test_partial_match_by_hand():
    # gold: 4 facts; predicted: 2 of them plus 1 wrong one → tp 2, fp 1, fn 2.
    golds = [
        gold("甲", from_org="百度", to_org="Meta"),
        gold("乙", to_org="OpenAI"),
        gold("丙", from_org="小米"),
    ]
    preds = [move("甲", to_org="Meta"), move("乙", to_org="OpenAI"), move("丙", to_org="小米")]
    report = evaluate(preds, golds)
    assert counts(report) == (2, 1, 2)
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.overall.recall == pytest.approx(1 / 2)
    assert report.overall.f1 == pytest.approx(4 / 7)  # 2·(2/3)·(1/2) / (2/3 + 1/2)
    assert counts(report, report.by_kind["join"]) == (2, 1, 0)
    assert counts(report, report.by_kind["leave"]) == (0, 0, 2)
    assert report.by_kind["leave"].f1 == 0.0


def test_per_doc_scores():
    golds = [gold("甲", doc="a", to_org="Meta"), gold("乙", doc="b", to_org="OpenAI")]
    preds = [move("甲", doc="a", to_org="Meta"), move("乙", doc="b", to_org="Google"), move("丁", doc="c", to_org="Meta")]
    report = evaluate(preds, golds)
    assert list(report.by_doc) == ["a", "b", "c"]
    assert counts(report, report.by_doc["a"]) == (1, 0, 0)
    assert counts(report, report.by_doc["b"]) == (0, 1, 1)
    assert counts(report, report.by_doc["c"]) == (0, 1, 0)
    # The same person in another doc is another fact.
    assert counts(evaluate([move("甲", doc="b", to_org="Meta")], golds[:1])) == (0, 1, 1)


def test_alternatives_in_person_and_org():
    golds = [gold("张健|Jian Zhang", to_org="星河智能|星河智能科技有限公司")]
    assert counts(evaluate([move("Jian Zhang", to_org="星河智能科技有限公司")], golds)) == (1, 0, 0)
    assert counts(evaluate([move("张健", to_org="星河智能")], golds)) == (1, 0, 0)
    assert counts(evaluate([move("张", to_org="星河智能")], golds)) == (0, 1, 1)


def test_matching_is_one_to_one():
    # Two spellings predicted as two people: one gold fact can only be hit once.
    golds = [gold("张健|Jian Zhang", to_org="Meta")]
    report = evaluate([move("张健", to_org="Meta"), move("Jian Zhang", to_org="Meta")], golds)
    assert counts(report) == (1, 1, 0)
    assert report.overall.precision == 0.5 and report.overall.recall == 1.0
    assert report.overall.f1 == pytest.approx(2 / 3)


def test_optional_fact_present_counts_as_nothing():
    golds = [gold("Li Wen", from_org="阿里巴巴", optional=True), gold("Li Wen", to_org="字节")]
    report = evaluate([move("Li Wen", from_org="阿里巴巴", to_org="字节跳动")], golds)
    assert counts(report) == (1, 0, 0)
    assert report.errors == []


def test_optional_fact_absent_costs_nothing():
    golds = [gold("Li Wen", from_org="阿里巴巴", optional=True), gold("Li Wen", to_org="字节")]
    report = evaluate([move("Li Wen", to_org="字节")], golds)
    assert counts(report) == (1, 0, 0)
    assert counts(report, report.by_kind["leave"]) == (0, 0, 0)
    # A doc whose only gold is optional and absent scores 0/0/0, not an error.
    assert counts(evaluate([], [gold("甲", doc="x", to_org="Meta", optional=True)])) == (0, 0, 0)


def test_predicted_duplicates_count_once():
    preds = [
        move("赵晟佳", to_org="Meta"),
        move("赵晟佳", to_org="Meta"),
        move("赵晟佳", to_org="脸书"),  # an alias of the same organization
        move("赵 晟佳", from_org="OpenAI", to_org="Meta"),  # same join, written as a move
    ]
    report = evaluate(preds, [gold("赵晟佳", to_org="Meta")])
    assert counts(report) == (1, 1, 0)  # the leave of OpenAI is the one FP
    assert counts(report, report.by_kind["join"]) == (1, 0, 0)


def test_gold_duplicates_merge():
    golds = [
        gold("甲", to_org="星河智能"),
        gold("甲", to_org="星河智能|星河科技", role="CTO"),
    ]
    # The merged fact accepts the union of alternatives and is one fact.
    assert counts(evaluate([move("甲", to_org="星河科技")], golds)) == (1, 0, 0)
    assert counts(evaluate([], golds)) == (0, 0, 1)
    # The first non-empty role wins: CTO, though the first record has none.
    report = evaluate([move("甲", to_org="星河智能", role="CTO")], golds)
    assert (report.role.correct, report.role.total) == (1, 1)


def test_gold_merge_optional_only_if_all_optional():
    required_and_optional = [gold("甲", to_org="Meta", optional=True), gold("甲", to_org="Meta")]
    assert counts(evaluate([], required_and_optional)) == (0, 0, 1)
    both_optional = [gold("甲", to_org="Meta", optional=True), gold("甲|Jia", to_org="MSL", optional=True)]
    assert counts(evaluate([], both_optional)) == (0, 0, 0)


def test_gold_merge_is_transitive_through_unions():
    # A=(p1; o1), B=(p3; o1), C=(p1|p3; o1): A and B meet only through C, yet it is one move.
    golds = [gold("子", to_org="星河甲"), gold("卯", to_org="星河甲|星河"), gold("子|卯", to_org="星河甲")]
    assert counts(evaluate([], golds)) == (0, 0, 1)
    assert counts(evaluate([move("卯", to_org="星河")], golds)) == (1, 0, 0)


@pytest.mark.parametrize(
    ("predicted", "annotated"),
    [
        ("谷歌", "Google"),  # the alias table
        ("Facebook", "脸书"),
        ("google", "谷歌公司"),  # case, then the table
        ("ＢｙｔｅＤａｎｃｅ", "字节跳动"),  # full width, then the table
        ("字節跳動", "字节"),  # traditional script, then the table
        ("lumina labs", "Lumina Labs"),  # unknown to the table: the folded name
        ("Open AI", "OpenAI"),  # spaces
        ("“天工”团队", "天工团队"),  # quotes
        ("「天工」團隊", "天工团队"),  # corner quotes and script
        ("百川智能(Baichuan)", "Baichuan"),  # a bracketed alias answers to both names
        ("百川智能（Baichuan）", "百川智能"),
        ("华为车BU(智能汽车解决方案BU)", "智能汽车解决方案BU"),
        ("Meta的超级智能实验室", "Meta"),  # a unit of a named parent answers to the parent
        ("OpenAI的AI安全团队", "OpenAI"),
        ("Meta旗下机器人工作室", "Meta"),
        ("字节跳动旗下的Seed团队", "ByteDance"),  # …and the parent to its aliases
        ("Meta", "Meta的超级智能实验室"),  # either side: the gold may write the unit
        ("Meta超级智能实验室", "Meta超级智能实验室|Meta"),  # the gold lists the parent
    ],
)
def test_organization_names_that_answer(predicted, annotated):
    assert counts(evaluate([move("甲", to_org=predicted)], [gold("甲", to_org=annotated)])) == (1, 0, 0)


@pytest.mark.parametrize(
    ("predicted", "annotated"),
    [
        # No extractor lexicon: a unit written without 的/旗下 answers to its parent only
        # where the gold lists the parent, and no table here knows MSL or DeepMind.
        ("Meta超级智能实验室", "Meta"),
        ("MSL", "Meta"),
        ("谷歌", "DeepMind"),
        ("谷歌DeepMind", "谷歌"),
        ("OpenAI研究", "OpenAI"),
        ("Metaverse Labs", "Meta"),
        ("字节", "字节跳动Seed团队"),
        ("Meta的超级智能实验室", "超级智能实验室"),  # the parent answers, not the unit's bare name
    ],
)
def test_organization_names_that_do_not_answer(predicted, annotated):
    assert counts(evaluate([move("甲", to_org=predicted)], [gold("甲", to_org=annotated)])) == (0, 1, 1)


def test_org_forms():
    assert org_forms("百川智能(Baichuan)") == {"百川智能(baichuan)", "百川智能", "baichuan"}
    assert org_forms("OpenAI的AI安全团队") == {"openai的ai安全团队", "openai"}
    assert org_forms("字节跳动旗下的Seed", ALIASES) == {"字节跳动旗下的seed", "字节跳动", "字节", "bytedance"}
    assert org_forms("谷歌|Meta的MSL", ALIASES) == {"谷歌", "google", "谷歌公司", "meta的msl", "meta", "脸书", "facebook"}
    assert org_forms("的实验室") == {"的实验室"}  # nothing before 的: no parent
    assert org_forms("Lumina  Labs") == {"luminalabs"}


def test_alias_table_is_used_only_when_given():
    preds, golds = [move("甲", to_org="谷歌")], [gold("甲", to_org="Google")]
    assert counts(evaluate_with(preds, golds, aliases=None)) == (0, 1, 1)
    assert counts(evaluate_with(preds, golds, aliases=ALIASES)) == (1, 0, 0)


def test_two_units_listing_one_parent_are_two_moves():
    # 谷歌大脑 and 谷歌DeepMind both list their parent; a person who joined both made
    # two moves, and one prediction of the parent answers to one of them.
    golds = [gold("甲", to_org="谷歌大脑|谷歌"), gold("甲", to_org="谷歌DeepMind|谷歌")]
    assert counts(evaluate([], golds)) == (0, 0, 2)
    assert counts(evaluate([move("甲", to_org="谷歌")], golds)) == (1, 0, 1)
    assert counts(evaluate([move("甲", to_org="谷歌大脑"), move("甲", to_org="谷歌DeepMind")], golds)) == (2, 0, 0)


def test_one_move_written_under_two_names_is_one_hit_and_one_false_positive():
    # As for two spellings of a person: the gold fact takes one of them. Two names
    # the alias table makes one (字节 = 字节跳动) are one predicted fact.
    golds = [gold("甲", from_org="百度智能云|百度")]
    assert counts(evaluate([move("甲", from_org="百度智能云"), move("甲", from_org="百度")], golds)) == (1, 1, 0)
    assert counts(evaluate([move("甲", from_org="字节"), move("甲", from_org="字节跳动")], [gold("甲", from_org="字节")])) == (1, 0, 0)


def test_a_prediction_goes_to_the_required_fact_before_the_optional_one():
    golds = [gold("甲", to_org="OpenAI的安全团队", optional=True), gold("甲", to_org="OpenAI")]
    assert counts(evaluate([move("甲", to_org="OpenAI")], golds)) == (1, 0, 0)


@pytest.mark.parametrize(
    ("predicted", "annotated"),
    [
        ("楊震原", "杨震原"),  # traditional vs simplified
        ("萨姆·奥尔特曼", "萨姆・奥尔特曼"),  # U+00B7 vs U+30FB
        ("萨姆•奥尔特曼", "萨姆·奥尔特曼"),  # bullet
        ("萨姆.奥尔特曼", "萨姆‧奥尔特曼"),  # full stop vs U+2027
        ("AviVerma", "Avi Verma"),
        ("ＡＶＩ ＶＥＲＭＡ", "avi verma"),
    ],
)
def test_person_name_folding(predicted, annotated):
    assert counts(evaluate([move(predicted, to_org="Meta")], [gold(annotated, to_org="Meta")])) == (1, 0, 0)


def test_empty_predictions():
    golds = [gold("甲", from_org="百度", to_org="Meta")]
    for empty in ([], pd.DataFrame(), records_frame([])):
        report = evaluate(empty, golds)
        assert counts(report) == (0, 0, 2)
        assert (report.overall.precision, report.overall.recall, report.overall.f1) == (0.0, 0.0, 0.0)


def test_empty_gold():
    report = evaluate([move("甲", to_org="Meta")], [])
    assert counts(report) == (0, 1, 0)
    assert report.overall.f1 == 0.0
    assert counts(evaluate([], [])) == (0, 0, 0)


def test_one_record_with_both_orgs_equals_two_records():
    one = [move("甲", from_org="百度", to_org="字节跳动")]
    two = [move("甲", from_org="百度"), move("甲", to_org="字节跳动")]
    assert counts(evaluate(two, [gold("甲", from_org="百度", to_org="字节跳动")])) == (2, 0, 0)
    assert counts(evaluate(one, [gold("甲", from_org="百度"), gold("甲", to_org="字节跳动")])) == (2, 0, 0)


def test_attribute_accuracy():
    golds = [
        gold("甲", to_org="Meta", role="首席AI科学家", time="2025-06", status="done"),
        gold("乙", to_org="OpenAI", role="CTO|首席技术官", time="2024", status="done|reported"),
        gold("丙", from_org="Google", role="", time="", status=""),
        gold("丁", to_org="Meta", role="研究员", optional=True),  # matched but optional: not scored
    ]
    preds = [
        move("甲", to_org="Meta", role="首席 AI 科学家", time="2025-06", status="done"),  # role folds
        move("乙", to_org="OpenAI", role="cto", time="2024-03", status="reported"),  # time differs
        move("丙", from_org="谷歌", role="工程师", status="announced"),  # role, status differ
        move("丁", to_org="Meta", role="实习生"),
    ]
    report = evaluate(preds, golds)
    assert counts(report) == (3, 0, 0)
    assert (report.role.correct, report.role.total) == (2, 3)
    assert (report.time.correct, report.time.total) == (2, 3)
    assert (report.status.correct, report.status.total) == (2, 3)
    assert report.role.accuracy == pytest.approx(2 / 3)


def test_empty_predicted_status_is_done():
    frame = pd.DataFrame([{"doc": "d1", "person": "甲", "from_org": "", "to_org": "Meta", "status": ""}])
    report = evaluate(frame, [gold("甲", to_org="Meta", status="done")])
    assert (report.status.correct, report.status.total) == (1, 1)
    assert (report.role.correct, report.time.correct) == (1, 1)  # empty equals empty


def test_errors_carry_evidence_and_are_sorted_by_doc():
    golds = [
        gold("乙", doc="b", to_org="OpenAI", evidence="乙加入OpenAI。"),
        gold("甲", doc="a", to_org="Meta", evidence="甲加入Meta。"),
    ]
    preds = [move("乙", doc="b", to_org="Google", evidence="乙加入谷歌。"), move("甲", doc="a", to_org="Meta")]
    errors = evaluate(preds, golds).errors
    assert [(error.error, error.doc, error.org, error.evidence) for error in errors] == [
        ("fn", "b", "OpenAI", "乙加入OpenAI。"),
        ("fp", "b", "Google", "乙加入谷歌。"),
    ]


def test_fn_shows_all_alternatives():
    errors = evaluate([], [gold("张健|Jian Zhang", to_org="MSL|Meta超级智能实验室")]).errors
    assert (errors[0].person, errors[0].org, errors[0].kind) == ("张健|Jian Zhang", "MSL|Meta超级智能实验室", "join")


def test_evaluate_rejects_unknown_inputs():
    with pytest.raises(TypeError):
        evaluate([{"doc": "d1"}], [])
    with pytest.raises(TypeError):
        evaluate([], [{"doc": "d1"}])
    with pytest.raises(ScoringError, match="person"):
        evaluate(pd.DataFrame([{"doc": "d1", "to_org": "Meta"}]), [])


# ---------------------------------------------------------------- reading gold


GOLD_ROWS = [
    {
        "doc": "r01",
        "person": "邝远",
        "from_org": "字节Seed团队|Seed|字节",
        "to_org": "Meta",
        "role": None,
        "time": None,
        "status": "reported",
        "evidence": "邝远很可能也要走,下一站是Meta。",
        "optional": False,
    },
    {
        "doc": "r01",
        "person": "Li Wen",
        "from_org": "阿里巴巴",
        "to_org": "",
        "role": "图像检索主管",
        "time": "2024-09",
        "status": None,
        "evidence": "团队由Li Wen(曾任阿里巴巴图像检索主管)带领。",
        "optional": True,
    },
]

EXPECTED_GOLD = [
    GoldRecord(
        doc="r01",
        person="邝远",
        from_org="字节Seed团队|Seed|字节",
        to_org="Meta",
        status="reported",
        evidence="邝远很可能也要走,下一站是Meta。",
    ),
    GoldRecord(
        doc="r01",
        person="Li Wen",
        from_org="阿里巴巴",
        role="图像检索主管",
        time="2024-09",
        evidence="团队由Li Wen(曾任阿里巴巴图像检索主管)带领。",
        optional=True,
    ),
]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def write_gold_csv(path: Path, rows: list[dict], optional_values: list[str]) -> Path:
    frame = pd.DataFrame(rows).fillna("")
    frame["optional"] = optional_values
    frame.to_csv(path, index=False, encoding="utf-8-sig")
    return path


def test_read_gold_jsonl(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps(GOLD_ROWS[0], ensure_ascii=False) + "\n\n" + json.dumps(GOLD_ROWS[1], ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    assert read_gold(path) == EXPECTED_GOLD


@pytest.mark.parametrize(("no", "yes"), [("false", "true"), ("0", "1"), ("", "yes"), ("FALSE", "Yes")])
def test_read_gold_csv(tmp_path, no, yes):
    path = write_gold_csv(tmp_path / "gold.csv", GOLD_ROWS, [no, yes])
    assert read_gold(path) == EXPECTED_GOLD


def test_read_gold_csv_and_jsonl_score_alike(tmp_path):
    jsonl = write_jsonl(tmp_path / "gold.jsonl", GOLD_ROWS)
    csv_path = write_gold_csv(tmp_path / "gold.csv", GOLD_ROWS, ["false", "true"])
    preds = [move("邝远", doc="r01", from_org="字节跳动", to_org="Meta", status="reported")]
    assert evaluate(preds, jsonl) == evaluate(preds, csv_path)
    assert counts(evaluate(preds, jsonl)) == (2, 0, 0)


def test_read_gold_sniffs_format_without_suffix(tmp_path):
    assert read_gold(write_jsonl(tmp_path / "gold.txt", GOLD_ROWS)) == EXPECTED_GOLD
    assert read_gold(write_gold_csv(tmp_path / "gold.tsv.bak", GOLD_ROWS, ["0", "1"])) == EXPECTED_GOLD


@pytest.mark.parametrize("content", ["", "\n\n", "doc,person,from_org,to_org\n"])
def test_read_gold_without_a_record_is_no_gold(tmp_path, content):
    path = tmp_path / ("gold.csv" if "," in content else "gold.jsonl")
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match="no gold record"):
        read_gold(path)


GOOD_LINE = json.dumps(GOLD_ROWS[0], ensure_ascii=False)


@pytest.mark.parametrize(
    ("bad_line", "problem"),
    [
        ('{"doc": "r01", "person": "甲", "to_org": "Meta"', "not valid JSON"),
        ('["r01", "甲"]', "JSON array"),
        ('"r01"', "JSON object"),
        ('{"doc": "r01", "to_org": "Meta"}', "person"),
        ('{"person": "甲", "to_org": "Meta"}', "doc"),
        ('{"doc": "r01", "person": "", "to_org": "Meta"}', "person is empty"),
        ('{"doc": "r01", "person": "甲", "from_org": null, "to_org": ""}', "no organization"),
        ('{"doc": "r01", "person": "甲", "to_org": "Meta", "status": "rumour"}', "status"),
        ('{"doc": "r01", "person": "甲", "to_org": "Meta", "status": "done|maybe"}', "status"),
        ('{"doc": "r01", "person": "甲", "to_org": "Meta", "time": "2024年"}', "time"),
        ('{"doc": "r01", "person": "甲", "to_org": "Meta", "time": "2024-13"}', "time"),
        ('{"doc": "r01", "person": "甲", "to_org": "Meta", "optional": "maybe"}', "optional"),
        ('{"doc": "r01", "person": "甲", "to_org": "Meta", "time": 2024}', "time"),
        ('{"doc": "r01", "person": "甲", "too_org": "Meta", "to_org": "Meta"}', "too_org"),
    ],
)
def test_malformed_gold_line_names_file_and_line(tmp_path, bad_line, problem):
    path = tmp_path / "gold.jsonl"
    # Line 3: a blank line in between still counts as a line.
    path.write_text(f"{GOOD_LINE}\n\n{bad_line}\n{GOOD_LINE}\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=problem) as caught:
        read_gold(path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert (caught.value.path, caught.value.line) == (str(path), 3)
    # The underlying error travels along, except where the reader itself found the fault.
    assert problem in ("JSON array", "JSON object") or isinstance(caught.value.__cause__, ValueError)


def test_malformed_gold_csv_names_file_and_line(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text(
        "doc,person,from_org,to_org,role,time,status,evidence,optional\n"
        'r01,甲,,Meta,,,done,"第一句,\n跨两行。",false\n'  # a quoted cell spanning lines 2–3
        "r01,乙,,,,,done,,false\n",  # line 4: no organization
        encoding="utf-8",
    )
    with pytest.raises(GoldFormatError, match="no organization") as caught:
        read_gold(path)
    assert str(caught.value).startswith(f"{path}:4: ")


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("doc,person,role\nr01,甲,CTO\n", 1, "from_org"),
        ("doc,person,from_org,to_org\nr01,甲,,Meta,extra\n", 2, "more fields"),
        ("doc,person,from_org,to_org\nr01,甲\n", 2, "fewer fields"),
        ("doc,person,from_org,to_org,optional\nr01,甲,,Meta,perhaps\n", 2, "optional"),
    ],
)
def test_malformed_gold_csv_shapes(tmp_path, content, line, problem):
    path = tmp_path / "gold.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=problem) as caught:
        read_gold(path)
    assert caught.value.line == line


def test_gold_csv_from_write_csv(tmp_path):
    # A prediction CSV corrected by hand serves as gold: provenance columns dropped,
    # the formula guard undone.
    records = [move("=甲", to_org="Meta", evidence="-加入Meta。")]
    path = write_csv(records_frame(records), tmp_path / "corrected.csv")
    assert read_gold(path) == [GoldRecord(doc="d1", person="=甲", to_org="Meta", status="done", evidence="-加入Meta。")]


@pytest.mark.skipif(not REAL_GOLD.exists(), reason="../shared/realdev is not beside this clone")
def test_real_gold_parses_and_its_first_alternatives_recall_everything():
    records = read_gold(REAL_GOLD)
    # One record per non-empty line: the count follows the file as realdev grows.
    assert len(records) == sum(1 for line in REAL_GOLD.read_text(encoding="utf-8").splitlines() if line.strip())
    preds = [
        CareerMove(
            doc=record.doc,
            person=record.person.split("|")[0],
            from_org=record.from_org.split("|")[0],
            to_org=record.to_org.split("|")[0],
        )
        for record in records
    ]
    report = evaluate(preds, records)
    assert report.overall.recall == 1.0
    assert report.overall.fn == 0


# ---------------------------------------------------------------- reading predictions


def test_read_predictions_from_write_csv(tmp_path):
    records = [
        move(
            "Avi Verma", doc="r02", from_org="Meta", to_org="OpenAI", role="研究员", time="2025-07", evidence="回流到OpenAI。"
        ),
        move("=NA", doc="r01", to_org="谷歌", status="reported", evidence="+据爆料,加入谷歌。"),
    ]
    path = write_csv(records_frame(records), tmp_path / "out" / "moves.csv")
    frame = read_predictions(path)
    assert list(frame.columns[:8]) == ["doc", "person", "from_org", "to_org", "role", "time", "status", "evidence"]
    assert frame.loc[frame["doc"] == "r01", "person"].item() == "=NA"  # formula guard undone, NA kept
    assert frame.loc[frame["doc"] == "r01", "evidence"].item() == "+据爆料,加入谷歌。"
    golds = [
        gold("Avi Verma", doc="r02", from_org="Meta", to_org="OpenAI", role="研究员", time="2025-07"),
        gold("=NA", doc="r01", to_org="Google", status="reported"),
    ]
    report = evaluate(path, golds)
    assert counts(report) == (3, 0, 0)
    assert (report.role.correct, report.time.correct, report.status.correct) == (3, 3, 3)
    # The CSV carries rules and confidence columns (empty here), the records none: only by_rule and curve differ.
    same = {"exclude": {"by_rule", "curve"}}
    assert evaluate(frame, golds).model_dump(**same) == evaluate(records, golds).model_dump(**same) == report.model_dump(**same)


def test_read_predictions_jsonl(tmp_path):
    path = write_jsonl(
        tmp_path / "moves.jsonl",
        [
            {"doc": "d1", "person": "甲", "to_org": "Meta", "time": None},
            {"doc": "d1", "person": "乙", "from_org": "百度", "to_org": None, "role": "VP"},
        ],
    )
    frame = read_predictions(path)
    assert frame[["person", "from_org", "to_org", "role", "time", "status"]].values.tolist() == [
        ["甲", "", "Meta", "", "", ""],
        ["乙", "百度", "", "VP", "", ""],
    ]
    assert counts(evaluate(path, [gold("甲", to_org="Meta"), gold("乙", from_org="百度")])) == (2, 0, 0)


def test_read_predictions_errors(tmp_path):
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text('{"doc": "d1", "person": "甲", "to_org": "Meta"}\n{oops\n', encoding="utf-8")
    with pytest.raises(PredictionFormatError, match=r"bad\.jsonl:2: not valid JSON"):
        read_predictions(bad_json)
    no_person = write_jsonl(tmp_path / "np.jsonl", [{"doc": "d1", "to_org": "Meta"}])
    with pytest.raises(PredictionFormatError, match=r"np\.jsonl:1: record lacks person"):
        read_predictions(no_person)
    no_orgs = tmp_path / "no_orgs.csv"
    no_orgs.write_text("doc,person\nd1,甲\n", encoding="utf-8")
    with pytest.raises(PredictionFormatError, match="from_org or to_org"):
        read_predictions(no_orgs)


def test_read_predictions_empty_files(tmp_path):
    zero = tmp_path / "zero.csv"
    zero.write_text("", encoding="utf-8")
    header_only = write_csv(records_frame([]), tmp_path / "header.csv")
    for path in (zero, header_only):
        frame = read_predictions(path)
        assert frame.empty and {"doc", "person", "from_org", "to_org"} <= set(frame.columns)
        assert counts(evaluate(path, [gold("甲", to_org="Meta")])) == (0, 0, 1)


# ---------------------------------------------------------------- report


def test_render_report():
    golds = [gold("甲", doc="a", to_org="Meta", evidence="甲加入Meta。"), gold("乙", doc="b", from_org="百度")]
    preds = [move("甲", doc="a", to_org="脸书"), move("丙", doc="b", to_org="OpenAI", evidence="丙\n加入OpenAI。")]
    report = evaluate(preds, golds)
    text = render_report(report)
    lines = text.splitlines()
    overall = next(line for line in lines if line.startswith("overall"))
    assert overall.split() == ["overall", "1", "1", "1", "0.5000", "0.5000", "0.5000"]
    assert next(line for line in lines if line.startswith("leave")).split()[1:4] == ["0", "0", "1"]
    assert next(line for line in lines if line.startswith("role")).split() == ["role", "1.0000", "1", "1"]
    assert next(line for line in lines if line.startswith("b ")).split()[1:4] == ["0", "1", "1"]
    assert "FP" not in text and "errors" not in text

    with_errors = render_report(report, errors=True)
    assert with_errors.startswith(text.rstrip("\n"))
    error_lines = with_errors.split("errors (2)\n", 1)[1].splitlines()
    assert len(error_lines) == 2
    # Sorted by doc, then person: 丙 (U+4E19) before 乙 (U+4E59).
    assert error_lines[0].split()[:5] == ["FP", "b", "丙", "join", "OpenAI"]
    assert error_lines[0].endswith("| 丙 加入OpenAI。")  # evidence on one line
    assert error_lines[1].split()[:5] == ["FN", "b", "乙", "leave", "百度"]


def test_render_empty_report():
    text = render_report(evaluate([], []), errors=True)
    assert "overall" in text and "errors (0)" in text
