"""Check reference_invented13.csv against the splitter's units (set M, issue #12).

Why: the reference is only usable if every row is exactly a unit the project's splitter makes.
The units come from set A's corpus-stage helper (annotations/invented/units.py), which runs the
corpus stage only; nothing of the automated coder is imported or read.
Run from the worktree root with PYTHONPATH set to it.
"""

from __future__ import annotations

import collections
import csv
import subprocess
import sys

FRAMES = ["military", "terrorism", "economy", "diplomacy", "regional", "india", "geopolitics"]
STANCE = {"favor", "against", "none"}
VOICE = {"outlet", "quoted", "reported"}
SIDES = {"russia", "pakistan", "india", "china", "media", "other"}
CSV = "annotations/reference_invented13.csv"
CONFIG = "config/corpora/invented13.yaml"


def splitter_units() -> list[tuple[str, str, str]]:
    """(doc_id, unit_id, text) in reading order, as the splitter cuts them."""
    out = subprocess.run(
        [sys.executable, "annotations/invented/units.py", "--config", CONFIG],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [tuple(line.split("\t")[i] for i in (0, 1, 3)) for line in out.splitlines()]


def problems(rows: list[dict], units: list[tuple[str, str, str]]) -> list[str]:
    """Every mismatch with the splitter and every value outside the codebook's sets."""
    errs = [] if len(rows) == len(units) else [f"{len(rows)} rows but {len(units)} units"]
    for row, unit in zip(rows, units):
        key = f"{row['doc_id']} unit {row['unit_id']}"
        if (row["doc_id"], row["unit_id"], row["text"]) != unit:
            errs.append(f"{key}: does not match splitter unit {unit[:2]}")
        frames = row["frames"].split("|") if row["frames"] else []
        if frames != [f for f in FRAMES if f in frames] or len(set(frames)) != len(frames):
            errs.append(f"{key}: frames {row['frames']!r} not in codebook order/set")
        if row["stance_ru_pk"] not in STANCE or row["stance_ru_in"] not in STANCE:
            errs.append(f"{key}: stance value")
        if row["voice"] not in VOICE:
            errs.append(f"{key}: voice {row['voice']!r}")
        outlet = row["voice"] == "outlet"
        if outlet != (row["speaker"] == "") or outlet != (row["speaker_side"] == ""):
            errs.append(f"{key}: speaker/side must be empty exactly when voice is outlet")
        if not outlet and row["speaker_side"] not in SIDES:
            errs.append(f"{key}: side {row['speaker_side']!r}")
    return errs


def main() -> None:
    with open(CSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    errs = problems(rows, splitter_units())
    print("\n".join(errs) or f"{CSV}: {len(rows)} rows, all match the splitter; values valid")
    frames = collections.Counter(f for r in rows for f in r["frames"].split("|") if f)
    print("frames:", {f: frames[f] for f in FRAMES}, "| no frame:", sum(not r["frames"] for r in rows))
    for col in ("stance_ru_pk", "stance_ru_in", "voice", "speaker_side"):
        print(col + ":", dict(collections.Counter(r[col] or "(outlet)" for r in rows).most_common()))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
