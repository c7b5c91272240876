"""The data files in pipeline/data/ parse through pipeline.lexicon and keep their rules."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline import lexicon
from pipeline.textnorm import fold_key, to_simplified

KINDS = {"company", "lab", "unit", "university", "institute", "investor", "product"}
WORD_LISTS = ("titles.txt", "title_modifiers.txt", "title_domains.txt", "surnames.txt")
MINIMUM = {"titles.txt": 250, "title_domains.txt": 80, "surnames.txt": 500}


def _entries(name: str) -> list[str]:
    return list(lexicon.word_list(name))


# ---------------------------------------------------------------- every file parses


@pytest.mark.parametrize("path", sorted(lexicon.DATA_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_every_word_list_parses(path):
    entries = lexicon.word_list(path.name)
    assert entries, f"{path.name} is empty"
    assert all(entry == entry.strip() and not entry.startswith("#") for entry in entries)


def _data_lines(path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("path", sorted(lexicon.DATA_DIR.glob("*.tsv")), ids=lambda p: p.name)
def test_every_tsv_parses_into_one_entry_per_row(path):
    header, *rows = _data_lines(path)
    if path.name == "orgs.tsv":
        entries = lexicon.organizations()
    elif path.name == "triggers.tsv":
        entries = lexicon.triggers()
        assert all(entry.verb and entry.kind for entry in entries)
    elif path.name == "rule_weights.tsv":
        # The confidence model's weights (pipeline/confidence.py), one feature a row.
        from pipeline import confidence

        entries = list(confidence.load_weights(path))
        assert header == "feature\tweight" and confidence.BIAS in entries
    else:
        assert header.split("\t")[:2] == ["cue", "value"], f"{path.name}: a TSV nobody reads"
        entries = lexicon.cues(path.name)
        # One cue, one value: the table keeps every row (a cue listed twice would shrink it).
        assert len(lexicon.cue_table(path.name)) == len(entries)
        assert all(entry.cue and entry.value for entry in entries)
    assert len(entries) == len(rows) > 0


def test_a_row_without_its_optional_example_still_loads(tmp_path, monkeypatch):
    # A row added without an example loads (the data-row tests name it); a row
    # missing a required field is an error naming the file and the line.
    (tmp_path / "cues.tsv").write_text("# comment\ncue\tvalue\texample\n将\tannounced\n即将\tannounced\t黄志诚即将加入英伟达。\n", encoding="utf-8")
    (tmp_path / "bad.tsv").write_text("cue\tvalue\texample\n\n将\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA_DIR", tmp_path)
    entries = lexicon.cues.__wrapped__("cues.tsv")
    assert [(e.cue, e.value, e.example, e.line) for e in entries] == [
        ("将", "announced", "", 3),
        ("即将", "announced", "黄志诚即将加入英伟达。", 4),
    ]
    with pytest.raises(lexicon.LexiconError, match=r"bad.tsv: line 3 has the wrong number of fields"):
        lexicon.cues.__wrapped__("bad.tsv")


# ---------------------------------------------------------------- organizations


def test_org_alias_table_builds():
    table = lexicon.org_alias_table()
    assert len(lexicon.organizations()) >= 450
    assert len(table) >= len(lexicon.organizations())


def test_org_names_are_unique_and_canonical():
    names = Counter(entry.name for entry in lexicon.organizations())
    assert [name for name, count in names.items() if count > 1] == []
    for entry in lexicon.organizations():
        assert lexicon.canonical_org(entry.name) == entry.name


def test_no_alias_names_two_rows():
    owners: dict[str, set[str]] = {}
    for entry in lexicon.organizations():
        for alias in entry.aliases:
            owners.setdefault(fold_key(alias), set()).add(entry.name)
    assert {key: rows for key, rows in owners.items() if len(rows) > 1} == {}


def test_org_kinds():
    bad = [(entry.name, entry.kind) for entry in lexicon.organizations() if entry.kind not in KINDS]
    assert bad == []


def test_every_parent_is_a_row_and_no_cycles():
    names = {entry.name for entry in lexicon.organizations()}
    for entry in lexicon.organizations():
        assert entry.parent != entry.name, entry.name
        if entry.parent:
            assert entry.parent in names, f"{entry.name}: parent {entry.parent!r} is not a row"
        root = lexicon.root_org(entry.name)  # raises on a cycle
        assert root in names
        assert not lexicon.org_parents().get(root)


def test_products_have_a_parent():
    orphans = [entry.name for entry in lexicon.organizations() if entry.kind == "product" and not entry.parent]
    assert orphans == []


def test_aliases_are_long_enough():
    short = [
        (entry.name, alias)
        for entry in lexicon.organizations()
        for alias in entry.aliases
        if len(alias) < 2 or len(fold_key(alias)) < 2
    ]
    assert short == []


def test_org_entries_are_simplified():
    traditional = [
        value
        for entry in lexicon.organizations()
        for value in (entry.name, entry.parent, *entry.aliases)
        if to_simplified(value) != value
    ]
    assert traditional == []


def test_org_fields_have_no_stray_whitespace():
    for entry in lexicon.organizations():
        for value in (entry.name, entry.parent, entry.kind, *entry.aliases):
            assert value == value.strip() and "\t" not in value, entry


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("谷歌", "Google"),
        ("脸书", "Meta"),
        ("Facebook", "Meta"),
        ("微软", "Microsoft"),
        ("苹果", "Apple"),
        ("英伟达", "NVIDIA"),
        ("字节", "字节跳动"),
        ("ByteDance", "字节跳动"),
        ("阿里", "阿里巴巴"),
        ("深度求索", "DeepSeek"),
        ("Moonshot AI", "月之暗面"),
        ("智谱", "智谱AI"),
        ("斯坦福", "斯坦福大学"),
        ("麻省理工学院", "MIT"),
        ("卡内基·梅隆大学", "CMU"),
        ("领英", "LinkedIn"),
        ("小鹏", "XPeng"),
        ("蔚来", "NIO"),
        ("谷歌大脑", "Google Brain"),
        ("谷歌研究院", "Google Research"),
        ("超级智能实验室", "MSL"),
        ("Meta 超级智能实验室", "MSL"),
        ("智源研究院", "北京智源人工智能研究院"),
        ("博世", "Bosch"),
        ("采埃孚", "ZF"),
        ("瑞昱", "Realtek"),
        ("廣達電腦", "广达"),
        ("華碩", "ASUS"),
        ("大陆集团", "Continental AG"),
        ("禾赛", "Hesai"),
        ("台大", "台湾大学"),
        ("港科大", "HKUST"),
    ],
)
def test_aliases_fold_together(left, right):
    assert lexicon.canonical_org(left)
    assert lexicon.canonical_org(left) == lexicon.canonical_org(right)


@pytest.mark.parametrize(
    ("alias", "root"),
    [
        ("MSL", "Meta"),
        ("Meta超级智能实验室", "Meta"),
        ("FAIR", "Meta"),
        ("Reality Labs", "Meta"),
        ("达摩院", "阿里巴巴"),
        ("通义千问", "阿里巴巴"),
        ("支付宝", "阿里巴巴"),
        ("Google DeepMind", "Google"),
        ("DeepMind", "Google"),
        ("Waymo", "Google"),
        ("MSRA", "Microsoft"),
        ("微软亚洲研究院", "Microsoft"),
        ("LinkedIn", "Microsoft"),
        ("苹果基础模型团队", "Apple"),
        ("AWS", "Amazon"),
        ("抖音", "字节跳动"),
        ("TikTok", "字节跳动"),
        ("字节Seed", "字节跳动"),
        ("火山引擎", "字节跳动"),
        ("微信", "腾讯"),
        ("混元", "腾讯"),
        ("腾讯AI Lab", "腾讯"),
        ("百度Apollo", "百度"),
        ("文心一言", "百度"),
        ("华为海思", "华为"),
        ("华为车BU", "华为"),
        ("小米汽车", "小米"),
        ("极氪", "吉利控股集团"),
        ("自动化所", "中国科学院"),
    ],
)
def test_units_roll_up(alias, root):
    assert lexicon.root_org(lexicon.canonical_org(alias)) == root


@pytest.mark.parametrize(
    "word",
    # Ordinary words, a car model, generic institute names: only the long form is an alias.
    ["大陆", "长城", "浪潮", "曙光", "速腾", "雷诺", "社科院", "中央研究院", "工业技术研究院", "航空工业", "好未来", "黑芝麻", "斑马"],
)
def test_ambiguous_short_forms_are_not_aliases(word):
    assert lexicon.canonical_org(word) == ""


def test_spot_checks_from_the_brief():
    assert lexicon.canonical_org("谷歌") == lexicon.canonical_org("Google") != ""
    assert lexicon.root_org(lexicon.canonical_org("MSL")) == "Meta"
    assert lexicon.root_org(lexicon.canonical_org("达摩院")) == "阿里巴巴"
    assert lexicon.canonical_org("没有这个组织") == ""


def test_product_kind():
    for alias in ("抖音", "微信", "ChatGPT"):
        entry = next(e for e in lexicon.organizations() if e.name == lexicon.canonical_org(alias))
        assert entry.kind == "product" and entry.parent


# ---------------------------------------------------------------- one-per-line files


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_list_has_no_duplicates(name):
    counts = Counter(_entries(name))
    assert [entry for entry, count in counts.items() if count > 1] == []


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_list_is_simplified(name):
    assert [entry for entry in _entries(name) if to_simplified(entry) != entry] == []


@pytest.mark.parametrize("name", sorted(MINIMUM))
def test_word_list_sizes(name):
    assert len(_entries(name)) >= MINIMUM[name]


def test_titles_cover_the_basics():
    titles = set(_entries("titles.txt"))
    for title in ("CEO", "首席执行官", "首席科学家", "副总裁", "联合创始人", "研究员", "实习生",
                  "机器学习工程师", "产品经理", "Research Scientist", "VP"):
        assert title in titles


def test_former_is_not_a_title_modifier():
    modifiers = set(_entries("title_modifiers.txt"))
    assert {"高级", "资深", "首席", "副"} <= modifiers
    assert not modifiers & {"前", "原", "现任", "时任"}


def test_surnames():
    surnames = _entries("surnames.txt")
    single = [s for s in surnames if len(s) == 1]
    compound = [s for s in surnames if len(s) >= 2]
    assert len(single) >= 400 and len(compound) >= 70
    assert surnames[:5] == ["王", "李", "张", "刘", "陈"]
    # single-character surnames come first, then the compound ones
    assert surnames.index(compound[0]) > max(surnames.index(s) for s in single)
    assert {"欧阳", "司马", "上官", "诸葛", "慕容", "尉迟"} <= set(compound)
    assert all(len(s) <= 4 for s in surnames)
