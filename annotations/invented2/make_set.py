"""Build blind test set B (issue #12): write the invented articles and align the hand codes.

The hand codes live beside each sentence in source_*.txt (``text ## frames pk in voice [speaker side]``);
this script writes one article file per story, runs the project's corpus stage (through
annotations/invented/units.py, which runs only the splitter) and carries each sentence's code over
to the unit(s) the splitter cut, so the reference CSV holds the splitter's text verbatim.
Usage: python annotations/invented2/make_set.py articles | csv
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FRAMES = {
    "m": "military",
    "t": "terrorism",
    "e": "economy",
    "d": "diplomacy",
    "r": "regional",
    "i": "india",
    "g": "geopolitics",
}
STANCE = {"+": "favor", "-": "against", "0": "none"}
VOICE = {"o": "outlet", "q": "quoted", "r": "reported"}
COLUMNS = [
    "doc_id",
    "unit_id",
    "text",
    "coder",
    "frames",
    "stance_ru_pk",
    "stance_ru_in",
    "voice",
    "speaker",
    "speaker_side",
]
# Units the splitter cut differently from the written sentences: coded by hand, see INVENTED2.md.
OVERRIDES: dict[tuple[str, str], str] = {
    ("tez_khabar_tv_2018-10-05_s400-deal", "2"): "mi 0 + o",  # standfirst merged with first sentence
    ("tez_khabar_tv_2023-04-04_pak-russian-oil", "1"): "- - 0 o",  # headline cut at "!"
    ("tez_khabar_tv_2023-04-04_pak-russian-oil", "2"): "e - 0 o",
    ("tez_khabar_tv_2017-09-28_druzhba2-sochi", "1"): "mi + - o",  # headline cut at "?"
    ("tez_khabar_tv_2017-09-28_druzhba2-sochi", "2"): "- 0 0 o",
    ("rashtriya_prahari_2015-08-20_mi35-deal", "2"): "mi + - o",  # standfirst + dateline
    ("rashtriya_prahari_2015-08-20_mi35-deal", "3"): "m + 0 o",  # body sentence without its dateline
}


def parse_sources() -> dict[str, list[tuple[str, str]]]:
    """Return {outlet/file: [(sentence, code), ...]} in file order."""
    stories: dict[str, list[tuple[str, str]]] = {}
    key = ""
    for path in sorted(HERE.glob("source_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("=== "):
                key = line[4:].strip()
                stories[key] = []
            elif " ## " in line:
                text, code = line.split(" ## ")
                stories[key].append((text.strip(), code.strip()))
    return stories


def write_articles(stories: dict[str, list[tuple[str, str]]]) -> None:
    """Headline, blank line, then body paragraphs of up to three sentences."""
    for key, sents in stories.items():
        out = HERE / "articles" / f"{key}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        body = [s for s, _ in sents[1:]]
        paras = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
        out.write_text(sents[0][0] + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")


def splitter_units() -> list[list[str]]:
    """doc_id, unit_id, role, text rows from the corpus stage only."""
    res = subprocess.run(
        [
            sys.executable,
            "annotations/invented/units.py",
            "--root",
            str(ROOT),
            "--config",
            "config/corpora/invented2.yaml",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return [line.split("\t", 3) for line in res.stdout.splitlines() if line.count("\t") >= 3]


def decode(code: str) -> dict[str, str]:
    """Expand the compact code into the reference columns."""
    parts = code.split()
    frames = [] if parts[0] in "-0" else [FRAMES[c] for c in parts[0]]
    order = list(FRAMES.values())
    row = {
        "frames": "|".join(sorted(frames, key=order.index)),
        "stance_ru_pk": STANCE[parts[1]],
        "stance_ru_in": STANCE[parts[2]],
        "voice": VOICE[parts[3]],
        "speaker": "",
        "speaker_side": "",
    }
    if row["voice"] != "outlet":
        row["speaker"], row["speaker_side"] = parts[4], parts[5]
    return row


def align(sents: list[tuple[str, str]], units: list[list[str]]) -> list[tuple[list[str], str, str]]:
    """Map each unit to the written sentence(s) it overlaps (whitespace ignored)."""
    joined, spans, pos = "", [], 0
    for text, _ in sents:
        t = "".join(text.split())
        spans.append((pos, pos + len(t)))
        joined += t
        pos += len(t)
    out, cursor = [], 0
    for unit in units:
        u = "".join(unit[3].split())
        start = joined.find(u, cursor)
        if start < 0:
            out.append((unit, sents[0][1], "NOT FOUND"))
            continue
        end, cursor = start + len(u), start + len(u)
        hit = [i for i, (a, b) in enumerate(spans) if a < end and b > start]
        note = "" if len(hit) == 1 and spans[hit[0]] == (start, end) else f"cut {hit}"
        out.append((unit, sents[hit[0]][1], note))
    return out


def write_csv(stories: dict[str, list[tuple[str, str]]]) -> None:
    """Write annotations/reference_invented2.csv and print every unit the splitter cut otherwise."""
    by_doc: dict[str, list[list[str]]] = {}
    for row in splitter_units():
        by_doc.setdefault(row[0], []).append(row)
    rows = []
    for key, sents in stories.items():
        doc = key.replace("/", "_")
        for unit, code, note in align(sents, by_doc.pop(doc)):
            ident = (unit[0], unit[1])
            if note:
                print(f"{note}\t{ident}\t{unit[3]}\t[{OVERRIDES.get(ident, code)}]")
            rec = {"doc_id": unit[0], "unit_id": unit[1], "text": unit[3], "coder": "ref6"}
            rec.update(decode(OVERRIDES.get(ident, code)))
            rows.append(rec)
    assert not by_doc, f"docs without source: {sorted(by_doc)}"
    with open(ROOT / "annotations" / "reference_invented2.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(len(rows), "units written")


def check() -> None:
    """Every row is a splitter unit verbatim; values in the codebook's sets; one side per speaker."""
    units = {(r[0], r[1]): r[3] for r in splitter_units()}
    with open(ROOT / "annotations" / "reference_invented2.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(units), (len(rows), len(units))
    sides: dict[str, set[str]] = {}
    for r in rows:
        assert units[(r["doc_id"], r["unit_id"])] == r["text"], r["unit_id"]
        assert all(f in FRAMES.values() for f in r["frames"].split("|") if f), r
        assert {r["stance_ru_pk"], r["stance_ru_in"]} <= set(STANCE.values()), r
        assert r["voice"] in VOICE.values() and (r["voice"] == "outlet") == (r["speaker"] == ""), r
        assert (r["speaker"] == "") == (r["speaker_side"] == ""), r
        assert r["speaker_side"] in {"", "russia", "pakistan", "india", "china", "media", "other"}, r
        sides.setdefault(r["speaker"], set()).add(r["speaker_side"])
    assert all(len(v) == 1 for v in sides.values()), {k: v for k, v in sides.items() if len(v) > 1}
    print("ok:", len(rows), "units in", len({r["doc_id"] for r in rows}), "documents")


if __name__ == "__main__":
    src = parse_sources()
    {"articles": write_articles, "csv": write_csv}.get(sys.argv[1], lambda _: check())(src)
