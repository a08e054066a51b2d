"""Build and check annotations/reference_invented24.csv from the blind coder's compact codes.

The codes (``codes.txt``) were written by hand, blind, from the design codebook
(/work/shared/design/codebook.md v1.1) only.  This script pairs them with the splitter's units
(the TSV printed by ``annotations/invented/units.py --config config/corpora/invented24.yaml``),
checks every value against the codebook's sets and prints the counts per value.  It reads no
coded output of the automated coder.

Usage: python annotations/invented24/build_reference.py UNITS.tsv
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "reference_invented24.csv"
FRAMES = {
    "m": "military",
    "t": "terrorism",
    "e": "economy",
    "d": "diplomacy",
    "r": "regional",
    "i": "india",
    "g": "geopolitics",
}
ORDER = list(FRAMES)
STANCE = {"f": "favor", "a": "against", "n": "none"}
VOICE = {"o": "outlet", "q": "quoted", "r": "reported"}
SIDES = {"russia", "pakistan", "india", "china", "media", "other"}
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


def read_codes(path: Path) -> dict[str, list[str]]:
    """Codes per article date (each date names one article), in unit order."""
    codes: dict[str, list[str]] = {}
    key = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if len(line) == 10 and line[4] == "-" and line[7] == "-":
            key = line
            codes[key] = []
        else:
            codes[key].append(line)
    return codes


def row_of(doc: str, unit: str, text: str, code: str) -> dict[str, str]:
    """One reference row from a compact code ``frames|pk|in|voice[|speaker|side]``."""
    parts = code.split("|")
    frames, pk, inn, voice = parts[:4]
    speaker, side = (parts[4], parts[5]) if len(parts) > 4 else ("", "")
    assert set(frames) <= set(ORDER) and len(set(frames)) == len(frames), (doc, unit, code)
    assert (voice == "o") == (speaker == ""), (doc, unit, code)
    assert speaker == "" or (side in SIDES and speaker == speaker.lower()), (doc, unit, code)
    return {
        "doc_id": doc,
        "unit_id": unit,
        "text": text,
        "coder": "ref56",
        "frames": "|".join(FRAMES[c] for c in ORDER if c in frames),
        "stance_ru_pk": STANCE[pk],
        "stance_ru_in": STANCE[inn],
        "voice": VOICE[voice],
        "speaker": speaker,
        "speaker_side": side,
    }


def main(units_tsv: str) -> None:
    units = [line.rstrip("\n").split("\t") for line in open(units_tsv, encoding="utf-8")]
    codes = read_codes(HERE / "codes.txt")
    rows, seen = [], Counter()
    for doc, unit, _role, text in units:
        date = re.search(r"_(\d{4}-\d{2}-\d{2})_", doc).group(1)
        rows.append(row_of(doc, unit, text, codes[date][seen[date]]))
        seen[date] += 1
    for date, lst in codes.items():
        assert seen[date] == len(lst), f"{date}: {seen[date]} units, {len(lst)} codes"
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} units -> {OUT}")
    for col in ["stance_ru_pk", "stance_ru_in", "voice", "speaker_side"]:
        print(col, dict(Counter(r[col] for r in rows)))
    print("frames", dict(Counter(f for r in rows for f in r["frames"].split("|") if f)))
    print("no frame", sum(1 for r in rows if not r["frames"]))
    print("speakers", dict(Counter(r["speaker"] for r in rows if r["speaker"]).most_common()))


if __name__ == "__main__":
    main(sys.argv[1])
