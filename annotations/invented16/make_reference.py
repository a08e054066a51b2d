"""Join the coded source lines (src/part*.txt) to the splitter's units -> reference_invented16.csv.

Usage: python annotations/invented16/make_reference.py UNITS.tsv OUT.csv
UNITS.tsv is the output of `annotations/invented/units.py --config config/corpora/invented16.yaml`
(doc_id, unit_id, role, text). A unit is coded with the code of the one written sentence it holds
(a dateline the splitter glued to a sentence carries no code of its own); units the splitter cut
inside a written sentence are coded by hand in CUT below.
"""

import collections
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build import parse  # noqa: E402

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
CUT = {("tezkhabar24_2018-10-05_s400-deal", "1"): "g;0;0;o", ("tezkhabar24_2018-10-05_s400-deal", "2"): "mi;0;+;o"}


def is_dateline(sent, code):
    return len(sent) < 25 and sent.endswith("।") and code == ";0;0;o"


def code_of(doc, uid, text, sents):
    if (doc, uid) in CUT:
        return CUT[(doc, uid)]
    hits = [(s, c) for s, c in sents if s in text and not is_dateline(s, c)]
    if len(hits) != 1 or not text.endswith(hits[0][0]):
        raise SystemExit(f"unit {doc}/{uid} does not hold exactly one written sentence: {text}")
    return hits[0][1]


def row(doc, uid, text, code):
    fr, pk, inn, v = code.split(";")
    parts = v.split()
    frames = "|".join(FRAMES[k] for k in "mtedrig" if k in fr)
    speaker, side = (parts[1], parts[2]) if len(parts) == 3 else ("", "")
    return [doc, uid, text, "ref36", frames, STANCE[pk], STANCE[inn], VOICE[parts[0]], speaker, side]


def main(units_path, out_path):
    codes = {rel.replace("/", "_").removesuffix(".txt"): s for rel, s in parse()}
    units = [ln.rstrip("\n").split("\t") for ln in open(units_path, encoding="utf-8")]
    rows = [row(d, u, t, code_of(d, u, t, codes[d])) for d, u, _, t in units]
    with open(out_path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            [
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
        )
        w.writerows(rows)
    for col, i in [("stance_ru_pk", 5), ("stance_ru_in", 6), ("voice", 7), ("speaker_side", 9)]:
        print(col, dict(collections.Counter(r[i] for r in rows)))
    print("frames", dict(collections.Counter(f for r in rows for f in r[4].split("|") if f)))
    print("units", len(rows), "docs", len({r[0] for r in rows}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
