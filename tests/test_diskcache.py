"""The disk cache only ever saves time: same values, rebuilt when it cannot be used."""

from __future__ import annotations

from talentflow.resources import diskcache


def test_value_is_built_once_then_read(monkeypatch, tmp_path):
    monkeypatch.setenv(diskcache.CACHE_VARIABLE, str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"words": "甲\n乙", "total": 3}

    assert diskcache.cached("table.k1", build) == {"words": "甲\n乙", "total": 3}
    assert diskcache.cached("table.k1", build) == {"words": "甲\n乙", "total": 3}
    assert len(calls) == 1


def test_unwritable_directory_rebuilds(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(diskcache.CACHE_VARIABLE, str(blocker / "cache"))
    assert diskcache.cached("table.k1", lambda: (1, 2)) == (1, 2)
    assert diskcache.cached("table.k1", lambda: (3, 4)) == (3, 4)


def test_corrupt_entry_rebuilds(monkeypatch, tmp_path):
    monkeypatch.setenv(diskcache.CACHE_VARIABLE, str(tmp_path))
    (tmp_path / "table.k1.marshal").write_bytes(b"\xff\x00garbage")
    assert diskcache.cached("table.k1", lambda: [1]) == [1]
    assert diskcache.cached("table.k1", lambda: [2]) == [1]


def test_key_follows_file_content(tmp_path):
    source = tmp_path / "data.txt"
    source.write_text("a")
    first = diskcache.key("t", files=[source])
    diskcache._file_digest.cache_clear()
    source.write_text("b")
    assert diskcache.key("t", files=[source]) != first
