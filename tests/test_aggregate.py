"""Tests for talentflow.analysis.flows (talentflow.aggregate): one move told by many articles is one row."""

from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from talentflow.analysis.flows import AggregateError, aggregate
from talentflow.resources.org_identity import identity as org_identity
from talentflow.api import extract_text
from talentflow.cli.main import app
from talentflow.batch.export import read_csv, read_table, records_frame, write_csv
from talentflow.text.textnorm import fold_key

# Articles written for these tests: the same moves told in other words, in
# simplified and traditional script, with 谷歌 for Google and a unit for Meta.
ARTICLES = {
    "n1": ("2025-03-01", "据The Information报道，谷歌研究科学家张伟或将离开谷歌，加入Meta。"),
    "n2": ("2025-03-05", "張偉已於2025年3月正式從Google跳槽至Meta，擔任研究科學家。"),
    "n3": ("2025-03-10", "Meta宣布，张伟已于本月加入公司的超级智能实验室，出任研究科学家。"),
    "n4": ("2025-03-12", "林思远2019年加入百度。2022年，林思远从百度跳槽至阿里巴巴，担任算法总监。"),
    "n5": ("2025-03-15", "林思遠於2022年離開百度，加入阿里巴巴。今年1月，她又從阿里巴巴轉投騰訊。"),
}
PUBLISHED = {doc: published for doc, (published, _) in ARTICLES.items()}


def frame(*rows: dict) -> pd.DataFrame:
    """Records as the extract CSV has them; absent fields empty."""
    columns = ("doc", "person", "from_org", "to_org", "role", "time", "status", "evidence")
    return pd.DataFrame([{column: row.get(column, "") for column in columns} for row in rows], columns=list(columns))


def move_of(result, person: str, **fields: str) -> dict:
    """The one merged row of `person` matching `fields`."""
    moves = result.moves[result.moves["person"].map(fold_key) == fold_key(person)]
    for column, value in fields.items():
        moves = moves[moves[column] == value]
    assert len(moves) == 1, moves
    return moves.iloc[0].to_dict()


# ---------------------------------------------------------------- end to end


@pytest.fixture(scope="module")
def told(nlp):
    records = [
        record
        for doc, (published, text) in ARTICLES.items()
        for record in extract_text(text, doc=doc, published=published, nlp=nlp)
    ]
    return aggregate(records_frame(records), published=PUBLISHED)


def test_one_move_told_three_ways_is_one_row(told):
    # 谷歌 / Google / Meta的超级智能实验室; 张伟 / 張偉; a rumour, then done, then done.
    move = move_of(told, "张伟")
    assert (move["from_org"], move["to_org"], move["kind"]) == ("Google", "Meta", "move")
    assert move["sources"] == 3
    assert move["docs"] == "n1|n2|n3"
    assert move["status"] == "done"  # done outranks the first article's rumour
    assert move["time"] == "2025-03"
    assert (move["first_reported"], move["last_reported"]) == ("2025-03-01", "2025-03-10")
    assert move["person"] == "张伟"  # the spelling most articles use
    assert set(move["names"].split("|")) == {"张伟", "張偉"}


def test_a_career_across_two_articles_and_scripts(told):
    assert move_of(told, "林思远", from_org="百度", to_org="阿里巴巴")["docs"] == "n4|n5"
    timeline = told.people[told.people["person"].map(fold_key) == fold_key("林思远")]
    assert list(timeline["step"]) == [1, 2, 3]
    # Typed frames: an absent organization is <NA>; fillna("") to compare with plain strings.
    timeline = timeline.fillna("")
    assert list(zip(timeline["time"], timeline["from_org"], timeline["to_org"])) == [
        ("2019", "", "百度"),
        ("2022", "百度", "阿里巴巴"),
        ("2025-01", "阿里巴巴", "腾讯"),
    ]


def test_flows_count_each_merged_move_once(told):
    pairs = {(row.from_org, row.to_org): row.moves for row in told.pairs.itertuples()}
    assert pairs[("Google", "Meta")] == 1
    assert pairs[("百度", "阿里巴巴")] == 1
    assert pairs[("阿里巴巴", "腾讯")] == 1
    balance = {row.org: (row.joins, row.leaves, row.net) for row in told.organizations.itertuples()}
    assert balance["Meta"] == (1, 0, 1)
    assert balance["Google"] == (0, 1, -1)
    assert balance["阿里巴巴"] == (1, 1, 0)
    assert balance["腾讯"] == (1, 0, 1)


def test_every_record_knows_its_move(told):
    assert (told.records["move"] != "").all()
    assert set(told.records["move"]) == set(told.moves["move"])


# ---------------------------------------------------------------- merging rules


@pytest.mark.parametrize(
    ("rows", "merged"),
    [
        # an organization left out is unknown, not different
        ([dict(to_org="Meta", time="2024"), dict(from_org="谷歌", to_org="Meta")], 1),
        # a time told at two precisions
        ([dict(from_org="Google", to_org="Meta", time="2024"), dict(to_org="Meta", time="2024-05")], 1),
        # two different times are two moves (she came back)
        ([dict(to_org="Meta", time="2019"), dict(to_org="Meta", time="2024-05")], 2),
        # leaving one place and joining another share no organization
        ([dict(from_org="谷歌"), dict(to_org="Meta")], 2),
        # different destinations
        ([dict(from_org="谷歌", to_org="Meta"), dict(from_org="谷歌", to_org="OpenAI")], 2),
        # sub-units fold into their root: 谷歌DeepMind and Google are one organization
        ([dict(from_org="谷歌DeepMind", to_org="Anthropic"), dict(from_org="Google", to_org="Anthropic")], 1),
    ],
)
def test_which_reports_are_one_move(rows, merged):
    result = aggregate(frame(*({"doc": f"d{i}", "person": "王芳", **row} for i, row in enumerate(rows))))
    assert len(result.moves) == merged


def test_a_vague_report_joins_one_move_and_never_bridges_two():
    result = aggregate(
        frame(
            dict(doc="d1", person="王芳", from_org="百度", to_org="Meta", time="2019"),
            dict(doc="d2", person="王芳", from_org="谷歌", to_org="Meta", time="2024"),
            dict(doc="d3", person="王芳", to_org="Meta", time="2024"),
            dict(doc="d4", person="王芳", to_org="Meta"),
        )
    )
    assert len(result.moves) == 2
    # d3 shares the time with d2, so d4 (no time) follows the better-attested move.
    assert move_of(result, "王芳", from_org="Google")["docs"] == "d2|d3|d4"
    assert move_of(result, "王芳", from_org="百度")["docs"] == "d1"


@pytest.mark.parametrize(
    ("statuses", "best"),
    [
        (["reported", "reported"], "reported"),
        (["reported", "announced"], "announced"),
        (["announced", "done", "reported"], "done"),
        (["reported", ""], "done"),  # empty is the contract's default, done
    ],
)
def test_the_strongest_status_wins(statuses, best):
    rows = [dict(doc=f"d{i}", person="王芳", to_org="Meta", status=status) for i, status in enumerate(statuses)]
    assert aggregate(frame(*rows)).moves.loc[0, "status"] == best


def test_best_filled_role_time_and_evidence():
    result = aggregate(
        frame(
            dict(doc="d1", person="王芳", to_org="Meta", status="reported", evidence="传王芳将加入Meta。"),
            dict(doc="d2", person="王芳", to_org="Meta", role="研究员", time="2024-05", evidence="王芳5月加入Meta任研究员。"),
            dict(doc="d3", person="王芳", from_org="谷歌", to_org="Meta", time="2024", evidence="王芳从谷歌跳槽Meta。"),
        )
    )
    move = result.moves.iloc[0].to_dict()
    assert (move["role"], move["time"], move["status"]) == ("研究员", "2024-05", "done")
    assert (move["from_org"], move["to_org"]) == ("Google", "Meta")
    # The evidence shown is a done report naming both organizations.
    assert (move["evidence"], move["evidence_doc"]) == ("王芳从谷歌跳槽Meta。", "d3")


def test_a_join_role_outranks_the_post_left():
    result = aggregate(
        frame(
            dict(doc="d1", person="王芳", from_org="谷歌", role="副总裁"),
            dict(doc="d2", person="王芳", from_org="谷歌", to_org="Meta", role="首席科学家"),
        )
    )
    assert result.moves.loc[0, "role"] == "首席科学家"


def test_reports_are_ordered_by_published_dates_else_by_doc_order():
    rows = [dict(doc="b", person="王芳", to_org="Meta"), dict(doc="a", person="王芳", to_org="Meta")]
    dated = aggregate(frame(*rows), published={"a": "2025-01-02", "b": "2025-01-01"}).moves.iloc[0]
    assert (dated["docs"], dated["first_reported"], dated["last_reported"]) == ("b|a", "2025-01-01", "2025-01-02")
    undated = aggregate(frame(*rows)).moves.iloc[0]
    assert (undated["docs"], undated["first_reported"], undated["last_reported"]) == ("b|a", "b", "a")
    column = aggregate(frame(*rows).assign(published=["2025-02-01", "2025-01-01"])).moves.iloc[0]
    assert column["docs"] == "a|b"


def test_timeline_places_undated_moves_by_the_organizations_they_chain_through():
    result = aggregate(
        frame(
            dict(doc="d1", person="王芳", from_org="阿里巴巴", to_org="腾讯", time="2023"),
            dict(doc="d1", person="王芳", from_org="百度"),  # 此前任职于百度: before she joined 阿里巴巴?
            dict(doc="d1", person="王芳", to_org="百度", time="2015"),
            dict(doc="d1", person="王芳", to_org="阿里巴巴"),  # undated: before the move that leaves it
            dict(doc="d1", person="王芳", to_org="字节跳动"),  # chains to nothing: last
        )
    )
    people = result.people.fillna("")
    steps = list(zip(people["from_org"], people["to_org"]))
    assert steps == [("", "百度"), ("百度", ""), ("", "阿里巴巴"), ("阿里巴巴", "腾讯"), ("", "字节跳动")]
    assert list(result.people["step"]) == [1, 2, 3, 4, 5]


def test_moves_inside_one_organization_are_a_flow_but_no_join_or_leave():
    result = aggregate(frame(dict(doc="d1", person="王芳", from_org="谷歌大脑", to_org="DeepMind")))
    assert list(zip(result.pairs["from_org"], result.pairs["to_org"], result.pairs["moves"])) == [
        ("Google", "Google", 1)
    ]
    assert result.organizations.empty


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("谷歌", "google"),
        ("Google", "google"),
        ("谷歌DeepMind", "google"),
        ("Meta的超级智能实验室", "meta"),  # a unit named through its owner
        ("Meta超級智慧實驗室", "meta"),  # traditional, and Taiwan's 智慧, by the owner's prefix
        ("理想汽车基座模型团队", "理想汽车"),
        ("Metaverse Labs", "metaverselabs"),  # a Latin prefix ends at a word boundary
        ("Lumina Labs", "luminalabs"),  # unknown: folded as written
    ],
)
def test_organization_keys(name, key):
    assert org_identity(name)[0] == key


def test_missing_columns_are_an_error():
    with pytest.raises(AggregateError, match="person"):
        aggregate(pd.DataFrame([{"doc": "a", "to_org": "Meta"}]))


def test_empty_input_gives_empty_frames_with_their_columns(tmp_path):
    result = aggregate(frame())
    assert result.moves.empty and result.people.empty and result.flows.empty
    for path in result.write(tmp_path):
        assert read_csv(path).empty


def test_written_csvs_round_trip_with_empty_cells_for_absent_counts(tmp_path):
    result = aggregate(
        frame(dict(doc="d1", person="王芳", from_org="谷歌", to_org="Meta"), dict(doc="d2", person="NA", to_org="Meta"))
    )
    result.write(tmp_path)
    moves = read_table(tmp_path / "moves.csv")
    assert "NA" in set(moves["person"])  # a name, not a missing value
    flows = read_table(tmp_path / "flows.csv")
    flow = flows[flows["kind"] == "flow"].iloc[0]
    assert (flow["from_org"], flow["to_org"], flow["moves"], flow["net"]) == ("Google", "Meta", "1", "")
    meta = flows[(flows["kind"] == "org") & (flows["org"] == "Meta")].iloc[0]
    assert (meta["joins"], meta["leaves"], meta["net"], meta["moves"]) == ("2", "0", "2", "")
    assert list(read_table(tmp_path / "people.csv").columns)[:3] == ["person", "step", "time"]


def test_aggregate_command_writes_three_csvs(tmp_path):
    records = write_csv(
        frame(
            dict(doc="n1", person="张伟", from_org="谷歌", to_org="Meta", status="reported"),
            dict(doc="n2", person="張偉", from_org="Google", to_org="Meta", time="2025-03"),
        ),
        tmp_path / "moves.csv",
    )
    meta = tmp_path / "meta.jsonl"
    meta.write_text('{"doc": "n1", "published": "2025-03-01"}\n{"doc": "n2", "published": "2025-03-05"}\n')
    result = CliRunner().invoke(app, ["aggregate", str(records), "-o", str(tmp_path / "out"), "--meta", str(meta)])
    assert result.exit_code == 0, result.output
    moves = read_table(tmp_path / "out" / "moves.csv")
    assert len(moves) == 1
    assert (moves.loc[0, "sources"], moves.loc[0, "first_reported"], moves.loc[0, "status"]) == ("2", "2025-03-01", "done")
    assert (tmp_path / "out" / "people.csv").exists() and (tmp_path / "out" / "flows.csv").exists()


def test_aggregate_command_usage_errors(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["aggregate", str(tmp_path / "none.csv"), "-o", str(tmp_path)]).exit_code == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("doc,to_org\na,Meta\n", encoding="utf-8")
    result = runner.invoke(app, ["aggregate", str(bad), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "person" in result.stderr


def test_the_role_shown_is_the_one_its_evidence_states(nlp):
    # Two invented articles disagree on the post: the earlier one says 首席科学家,
    # the later (and dated, so its sentence is the evidence) says 算法总监.
    told = {
        "x1": ("2024-04-01", "周明远已从百度跳槽至阿里巴巴，出任首席科学家。"),
        "x2": ("2024-04-09", "周明远于2024年3月离开百度，加入阿里巴巴担任算法总监。"),
    }
    records = [
        record
        for doc, (published, text) in told.items()
        for record in extract_text(text, doc=doc, published=published, nlp=nlp)
    ]
    assert sorted(record.role for record in records) == ["算法总监", "首席科学家"]
    result = aggregate(records_frame(records), published={doc: published for doc, (published, _) in told.items()})
    move = move_of(result, "周明远")
    assert (move["evidence_doc"], move["time"], move["status"]) == ("x2", "2024-03", "done")
    # Role, time and status all come from the record whose sentence is shown.
    assert move["role"] == "算法总监" and move["role"] in move["evidence"]
    assert move["sources"] == 2


def test_a_witness_without_a_role_takes_the_role_most_reports_give():
    result = aggregate(
        frame(
            dict(doc="d1", person="王芳", to_org="Meta", role="研究员", evidence="王芳加入Meta任研究员。"),
            dict(doc="d2", person="王芳", to_org="Meta", role="研究员", evidence="王芳出任Meta研究员。"),
            dict(doc="d3", person="王芳", to_org="Meta", role="总监", evidence="王芳加入Meta任总监。"),
            dict(doc="d4", person="王芳", from_org="谷歌", to_org="Meta", evidence="王芳从谷歌跳槽Meta。"),
        )
    )
    move = result.moves.iloc[0].to_dict()
    assert (move["evidence_doc"], move["role"]) == ("d4", "研究员")
