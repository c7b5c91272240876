"""Generalization bench: sentence templates we wrote, filled with invented names.

The real dev set's check part is small (18 articles) and must not be read for
errors; this bench gives the rules a second, larger kind of unseen text. Each
template in bench/synthetic.toml states one construction of career-move prose
(`{A}与{B}均已从{O}离职。`) and the records it makes (`A leave O`, `B leave O`; an organization that is no slot is
written as the template spells it, `_` for a space: `A join Lumen_Vista`).
The bench fills it many times with invented people (a surname from one list, one
or two given characters from another, Latin names from a third) and real company
names, in simplified and in traditional script, runs the pipeline and counts, per
template, the fillings whose (person, kind, organization) set is exactly right,
the spurious records and the missing ones. A 4th word of an expectation is the
expected role (`-`: none); a last word `@2023-05` the expected time (`@` alone: no time), read
against the fixed article date PUBLISHED (`上月` is 2025-05). A name read one character too long
(`石华均` for 石华 before 均已) shows as one spurious and one missing record.

The names here are drawn from lists in the TOML file, not from the name model's
data, so the bench does not grade the model on its own statistics.

    .venv/bin/python bench/synthetic.py                 # 20 fillings a template, both scripts
    .venv/bin/python bench/synthetic.py -n 50 --show 3  # print up to 3 failures a template
    .venv/bin/python bench/synthetic.py --only name:    # the templates whose id starts so
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "synthetic.toml"
PERSON_SLOTS = ("A", "B", "C")
LATIN_SLOTS = ("L", "M")
# {R}: a transliterated name with its middle dot (`米拉·霍尔特`).
TRANSLITERATED_SLOTS = ("R",)
# {U} and {G}: {R} without its dot (`米拉霍尔特`), as compact text often writes it, and
# {L} without its space (`MiraHolt`); {K}: {R}'s part after its last dot (`霍尔特`), as a
# later mention writes the surname alone.
DERIVED_SLOTS = ("U", "G", "K")
ORG_SLOTS = ("O", "P", "Q")
# Every filling is an article of this date: relative times (`去年底`, `上月`) are read against it.
PUBLISHED = datetime.date(2025, 6, 18)
SCHOOL_SLOTS = ("S", "T")  # universities, for the academic templates


@dataclass
class Template:
    id: str
    text: str
    expect: list[tuple[str, str, str, str]]  # (person slot, kind, org slot, role or "")
    optional: list[tuple[str, str, str]]  # facts that count neither way (`A join O ?`)
    times: dict[tuple[str, str, str], str]  # (person slot, kind, org slot) → expected time (`@2023-05`)
    scripts: tuple[str, ...]


@dataclass
class Tally:
    runs: int = 0
    exact: int = 0
    spurious: int = 0
    missing: int = 0
    role_right: int = 0
    role_asked: int = 0
    time_right: int = 0
    time_asked: int = 0
    failures: list[str] = field(default_factory=list)


def load(path: Path = TEMPLATES) -> tuple[dict, list[Template]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    templates = []
    for entry in data["template"]:
        expect, optional, times = [], [], {}
        for line in entry["expect"]:
            parts = line.split()
            time = parts.pop()[1:] if len(parts) > 3 and parts[-1].startswith("@") else None
            if time is not None:
                if not re.fullmatch(r"(\d{4}(-\d\d){0,2})?", time):
                    sys.exit(f"{path}: template {entry['id']}: bad time in {line!r} (want @YYYY, @YYYY-MM, @YYYY-MM-DD or @)")
                times[(parts[0], parts[1], parts[2])] = time
            if len(parts) > 4 and parts[-1] == "?":
                sys.exit(f"{path}: template {entry['id']}: an optional fact takes no role: {line!r} (want `A join O ?`)")
            if len(parts) > 4:
                parts[3:] = [" ".join(parts[3:])]  # a Latin title: `A join O Head of Research`
            if len(parts) not in (3, 4) or parts[1] not in ("join", "leave"):
                sys.exit(f"{path}: template {entry['id']}: bad expectation {line!r} (want `A join O [role|?] [@time]`)")
            if parts[-1] == "?":
                optional.append((parts[0], parts[1], parts[2]))
            else:
                expect.append((parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else ""))
        scripts = tuple(entry.get("scripts", ["s", "t"]))
        templates.append(Template(entry["id"], entry["text"], expect, optional, times, scripts))
    return data["names"], templates


def fill(names: dict, rng: random.Random, orgs: str = "orgs") -> dict[str, str]:
    values: dict[str, str] = {}
    used: set[str] = set()
    for slot in PERSON_SLOTS:
        while True:
            name = rng.choice(names["surnames"]) + "".join(rng.choice(names["given"]) for _ in range(rng.choice((1, 2, 2))))
            if name not in used:
                break
        used.add(name)
        values[slot] = name
    latin = rng.sample(names["latin"], len(LATIN_SLOTS))
    values.update(zip(LATIN_SLOTS, latin))
    transliterated = rng.sample(names.get("transliterated", []) or [""], len(TRANSLITERATED_SLOTS))
    values.update(zip(TRANSLITERATED_SLOTS, transliterated))
    values["U"] = values["R"].replace("·", "")
    values["G"] = values["L"].replace(" ", "")
    values["K"] = values["R"].rsplit("·", 1)[-1]
    values.update(zip(ORG_SLOTS, rng.sample(names[orgs], len(ORG_SLOTS))))
    values.update(zip(SCHOOL_SLOTS, rng.sample(names["schools"], len(SCHOOL_SLOTS))))
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=20, help="fillings per template and script")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="", help="only templates whose id starts with this")
    parser.add_argument("--show", type=int, default=0, help="print up to this many failures a template")
    parser.add_argument(
        "--orgs",
        choices=("known", "unknown"),
        default="known",
        help="fill {O} {P} {Q} with companies the lexicon knows, or with invented ones it does not (unknown_orgs)",
    )
    args = parser.parse_args()

    import opencc

    from talentflow.api import default_nlp
    from talentflow.evaluation import fold as name_form

    names, templates = load()
    templates = [t for t in templates if t.id.startswith(args.only)]
    nlp = default_nlp()
    to_traditional = opencc.OpenCC("s2tw")
    # Records are compared in simplified script: opencc writes 台積電 alone but 臺積電
    # inside a sentence, and both are the article's form.
    fold = opencc.OpenCC("t2s").convert
    rng = random.Random(args.seed)
    tallies: dict[str, Tally] = {}
    for template in templates:
        tally = tallies.setdefault(template.id, Tally())
        for script in template.scripts:
            for _ in range(args.n):
                values = fill(names, rng, "orgs" if args.orgs == "known" else "unknown_orgs")
                text = template.text.format(**values)
                if script == "t":
                    text = to_traditional.convert(text)
                # People compare as the scorer folds them: `MiraHolt` is `Mira Holt`; an
                # expectation `A|L` names one person written in two forms (`{A}({L})`).
                person = {p: name_form(values[p.split("|")[0]]) for p, *_ in template.expect + template.optional}
                person.update({p: name_form(values[p.split("|")[0]]) for (p, _, _) in template.times})
                same = {name_form(values[alt]): person[p] for p in person for alt in p.split("|")[1:]}
                want = Counter((person[p], kind, values.get(o, o.replace("_", " "))) for p, kind, o, _ in template.expect)
                maybe = {(person[p], kind, values.get(o, o.replace("_", " "))) for p, kind, o in template.optional}
                # `-` as the role: the record must carry none (`前O研究员A加入P`: the title is O's).
                roles = {(person[p], kind, values.get(o, o.replace("_", " "))): "" if role == "-" else role for p, kind, o, role in template.expect if role}
                times = {(person[p], kind, values.get(o, o.replace("_", " "))): time for (p, kind, o), time in template.times.items()}
                got: Counter = Counter()
                got_roles: dict = {}
                got_times: dict = {}
                doc = nlp.make_doc(text)
                doc._.published = PUBLISHED
                for move in nlp(doc)._.career_moves or []:
                    for kind, org in (("leave", move.from_org), ("join", move.to_org)):
                        name = name_form(move.person)
                        key = (same.get(name, name), kind, fold(org))
                        if org and key not in maybe:
                            got[key] = 1
                            got_roles[key] = fold(move.role or "")
                            got_times[key] = move.time or ""
                spurious, missing = got - want, want - got
                tally.runs += 1
                tally.exact += not spurious and not missing
                tally.spurious += sum(spurious.values())
                tally.missing += sum(missing.values())
                for key, role in roles.items():
                    tally.role_asked += 1
                    tally.role_right += got_roles.get(key, "") == role
                for key, time in times.items():
                    tally.time_asked += 1
                    tally.time_right += got_times.get(key) == time
                if (spurious or missing) and len(tally.failures) < args.show:
                    tally.failures.append(f"    {text}  +{sorted(spurious)} -{sorted(missing)}")
    print(f"{'template':40} {'exact':>7} {'spur':>5} {'miss':>5} {'role':>7} {'time':>7}")
    total = Tally()
    for template_id, tally in tallies.items():
        role = f"{tally.role_right}/{tally.role_asked}" if tally.role_asked else ""
        time = f"{tally.time_right}/{tally.time_asked}" if tally.time_asked else ""
        print(f"{template_id:40} {tally.exact / tally.runs:7.2f} {tally.spurious:5d} {tally.missing:5d} {role:>7} {time:>7}")
        for failure in tally.failures:
            print(failure)
        for name in ("runs", "exact", "spurious", "missing", "role_right", "role_asked", "time_right", "time_asked"):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    role = f"{total.role_right / total.role_asked:.3f}" if total.role_asked else "-"
    time = f"{total.time_right / total.time_asked:.3f}" if total.time_asked else "-"
    print(
        f"{'all (' + str(len(tallies)) + ' templates)':40} {total.exact / max(total.runs, 1):7.3f} "
        f"{total.spurious:5d} {total.missing:5d} {role:>7} {time:>7}"
    )


if __name__ == "__main__":
    main()
