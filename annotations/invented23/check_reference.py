"""Check annotations/reference_invented23.csv against the splitter and the design codebook's value sets.

Set W of issue #12 is coded blind: this script runs only the corpus stage (the splitter) to get the
units, never the automated coder, and prints the counts per value.

Usage: PYTHONPATH=. python annotations/invented23/check_reference.py
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.corpus import CorpusSpec, build_shard, merge_shards, plan_entries  # noqa: E402

FRAMES = ["military", "terrorism", "economy", "diplomacy", "regional", "india", "geopolitics"]
STANCES = {"favor", "against", "none"}
VOICES = {"outlet", "quoted", "reported"}
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


def splitter_units() -> pd.DataFrame:
    """Units as the project's corpus stage cuts them (config/corpora/invented23.yaml)."""
    cfg = yaml.safe_load((ROOT / "config/corpora/invented23.yaml").read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], ROOT)
    return merge_shards([build_shard(spec, plan_entries(spec))]).units


def row_problems(row: pd.Series, units: dict) -> list[str]:
    """Every way one reference row breaks the unit list or the codebook's value sets."""
    key, out = (row.doc_id, int(row.unit_id)), []
    if units.get(key) != row.text:
        out.append("text differs from the splitter's unit (or no such unit)")
    frames = [f for f in row.frames.split("|") if f]
    if frames != [f for f in FRAMES if f in frames] or len(frames) != len(set(frames)):
        out.append(f"frames {row.frames!r} not in codebook order / unknown")
    if {row.stance_ru_pk, row.stance_ru_in} - STANCES or row.voice not in VOICES:
        out.append("stance or voice outside the codebook's values")
    if (row.voice == "outlet") != (row.speaker == "") or (row.speaker == "") != (row.speaker_side == ""):
        out.append("speaker/side must be empty exactly when voice is outlet")
    if row.speaker_side and row.speaker_side not in SIDES:
        out.append(f"unknown side {row.speaker_side!r}")
    return [f"{key}: {p}" for p in out]


def main() -> int:
    ref = pd.read_csv(ROOT / "annotations/reference_invented23.csv", dtype=str, keep_default_na=False)
    units = {(d, int(u)): t for d, u, t in splitter_units()[["doc_id", "unit_id", "text"]].itertuples(index=False)}
    problems = [] if list(ref.columns) == COLUMNS else [f"columns {list(ref.columns)} != {COLUMNS}"]
    for _, row in ref.iterrows():
        problems += row_problems(row, units)
    if len(ref) != len(units):
        problems.append(f"{len(ref)} rows but the splitter gives {len(units)} units")
    print(f"units: {len(ref)}; documents: {ref.doc_id.nunique()}")
    print("frames:", dict(Counter(f for v in ref.frames for f in v.split("|") if f)))
    for col in ["stance_ru_pk", "stance_ru_in", "voice", "speaker_side"]:
        print(f"{col}:", dict(Counter(ref[col].replace("", "(outlet)"))))
    print("\n".join(problems) or "OK: every row matches a splitter unit and the codebook's value sets")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
