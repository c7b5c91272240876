"""talentflow's `nlp` as spaCy's own tools use it: DocBin, to_disk/load, `spacy apply`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from importlib.metadata import version

import spacy
from spacy.tokens import Doc, DocBin

import talentflow.components.factories
from talentflow.models import LocatedMove
from talentflow.text.timex import TimeMention

# Invented: a dated move and a relative date (去年) resolved against `published`.
TEXTS = [
    "周明远于2024年3月离开百度，加入阿里巴巴担任算法总监。",
    "林思远去年加入腾讯，出任研究科学家。",
]


def _parsed(nlp, text: str, doc_id: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    doc._.published = dt.date(2025, 5, 1)
    return nlp(doc)


def test_meta_names_talentflow_and_its_version(nlp):
    assert nlp.meta["name"] == "talentflow"
    assert nlp.meta["version"] == version("talentflow")


def test_docbin_with_user_data_round_trips_every_custom_attribute(nlp):
    docs = [_parsed(nlp, text, f"d{index}") for index, text in enumerate(TEXTS)]
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    back = list(DocBin().from_bytes(data).get_docs(spacy.blank("zh").vocab))
    for before, after in zip(docs, back):
        assert after.text == before.text
        assert after._.doc_id == before._.doc_id
        assert after._.published == dt.date(2025, 5, 1)
        # msgpack reads sequences back as tuples: same items, same types.
        assert list(after._.career_moves) == before._.career_moves
        assert all(isinstance(move, LocatedMove) for move in after._.career_moves)
        assert list(after._.times) == before._.times
        assert all(isinstance(time, TimeMention) for time in after._.times)
        assert [(e.text, e.label_, e._.time_value) for e in after.ents] == [
            (e.text, e.label_, e._.time_value) for e in before.ents
        ]
    assert back[1]._.career_moves[0].time == "2024"  # 去年 against 2025-05-01


def test_doc_to_bytes_keeps_a_users_own_maps_untouched(nlp):
    doc = _parsed(nlp, TEXTS[0], "d0")
    doc.user_data["mine"] = {"v": [1, 2], "type": "date"}
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    mine = again.user_data["mine"]
    assert (list(mine["v"]), mine["type"]) == ([1, 2], "date")
    assert again._.career_moves[0].role == "算法总监"
    assert again._.published == dt.date(2025, 5, 1)
    assert [e._.time_value for e in again.ents if e.label_ == "DATE"] == ["2024-03"]


def test_spacy_apply_runs_the_saved_pipeline(nlp, tmp_path):
    model = tmp_path / "model"
    nlp.to_disk(model)
    assert json.loads((model / "meta.json").read_text(encoding="utf-8"))["name"] == "talentflow"
    source = tmp_path / "news.jsonl"
    source.write_text("".join(json.dumps({"text": text}, ensure_ascii=False) + "\n" for text in TEXTS), encoding="utf-8")
    out = tmp_path / "out.spacy"
    # A fresh process: the factories come from the --code file, as a user would run it.
    command = [sys.executable, "-m", "spacy", "apply", str(model), str(source), str(out)]
    run = subprocess.run([*command, "--code", talentflow.components.factories.__file__], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    docs = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert [doc.text for doc in docs] == TEXTS
    first = docs[0]._.career_moves[0]
    assert (first.person, first.from_org, first.to_org, first.role, first.time) == ("周明远", "百度", "阿里巴巴", "算法总监", "2024-03")
    assert docs[0]._.times[0] == TimeMention(4, 11, "2024年3月", "2024-03", "point")
