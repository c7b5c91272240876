"""bench/probes.py scores a probe folder (texts/, meta.jsonl, gold.jsonl) and pools several:
on a probe written here, a missed move and a wrong one show in its row and in the pooled row."""

from __future__ import annotations

import json
from pathlib import Path

from bench_modules import load_bench


def _bench():
    return load_bench("probes")


def _probe(folder: Path, doc: str, text: str, gold: list[dict]) -> Path:
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / f"{doc}.txt").write_text(text, encoding="utf-8")
    (folder / "meta.jsonl").write_text(json.dumps({"doc": doc, "published": "2025-04-02", "url": None, "title": None}) + "\n", encoding="utf-8")
    lines = [json.dumps({"doc": doc, "role": None, "time": None, "status": "done", "evidence": text, "optional": False, **g}, ensure_ascii=False) for g in gold]
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_one_probe_and_the_pooled_row(tmp_path: Path, capsys) -> None:
    right = _probe(
        tmp_path / "alpha",
        "alpha01",
        "2024年3月,林晓舟从百度离职,加入字节跳动。",
        [{"person": "林晓舟", "from_org": "百度", "to_org": "字节跳动"}],
    )
    # The gold wants a move the text states of 腾讯; gold of another person that the text never
    # names is a miss the row must count.
    missed = _probe(
        tmp_path / "beta",
        "beta01",
        "据悉,严秋禾已于上月加入腾讯。",
        [{"person": "严秋禾", "from_org": None, "to_org": "腾讯"}, {"person": "顾南星", "from_org": "网易", "to_org": None}],
    )
    assert _bench().main([str(right), str(missed)]) == 0
    table, curve = capsys.readouterr().out.split("\n\n")
    rows = {line.split()[0]: line.split() for line in table.splitlines()[1:]}
    assert rows["alpha"][1:5] == ["1", "2", "0", "0"]
    assert rows["beta"][1:5] == ["1", "1", "0", "1"]
    assert rows["pooled"][1:5] == ["2", "3", "0", "1"]
    assert rows["pooled"][7] == "0.857"  # P 1.0, R 0.75
    # Records kept at each confidence threshold, pooled: never more than all of them.
    kept = [line.split() for line in curve.splitlines()[1:]]
    assert [k[1] for k in kept] == ["0.70", "0.80", "0.90"]
    assert all(int(k[2]) <= 2 for k in kept)


def test_no_probe_is_an_error(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "none"
    empty.mkdir()
    bench = _bench()
    bench.PROBES = empty
    assert bench.main([]) == 1
    assert "no probe found" in capsys.readouterr().err
