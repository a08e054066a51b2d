"""Check set Q's hand coding (annotations/reference_invented17.csv) against the splitter's units.

Why: the blind set is only usable if every coded row is exactly one unit the project's splitter
cuts (same doc_id, unit_id and verbatim text) and every value is one the design codebook
(/work/shared/design/codebook.md, v1.1) allows. Only the corpus stage is run; the automated
coder is never imported. The value sets are written out here from the design codebook, not
imported from the package, so the check stays blind to the coder's own vocabulary.

Usage (from the worktree root):
    PYTHONPATH=$PWD .venv/bin/python annotations/invented17/check.py
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from analysis.corpus import CorpusSpec, build_shard, merge_shards, plan_entries  # noqa: E402

FRAMES = ("military", "terrorism", "economy", "diplomacy", "regional", "india", "geopolitics")
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


def splitter_units(root: Path, config: Path) -> pd.DataFrame:
    """Run only the corpus stage of the corpus named by ``config`` and return its units."""
    cfg = yaml.safe_load(config.read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], root)
    return merge_shards([build_shard(spec, plan_entries(spec))]).units


def row_problems(row: pd.Series) -> list[str]:
    """Every way one coded row breaks the codebook's value sets or the speaker rules."""
    out = []
    frames = [f for f in row["frames"].split("|") if f]
    if any(f not in FRAMES for f in frames) or frames != sorted(frames, key=FRAMES.index):
        out.append(f"frames {row['frames']!r} not in codebook order/set")
    for col in ("stance_ru_pk", "stance_ru_in"):
        if row[col] not in STANCES:
            out.append(f"{col} {row[col]!r}")
    if row["voice"] not in VOICES:
        out.append(f"voice {row['voice']!r}")
    outlet = row["voice"] == "outlet"
    if outlet != (row["speaker"] == "") or outlet != (row["speaker_side"] == ""):
        out.append("speaker/speaker_side must be empty exactly when voice is outlet")
    if not outlet and row["speaker_side"] not in SIDES:
        out.append(f"speaker_side {row['speaker_side']!r}")
    if row["coder"] != "ref38":
        out.append(f"coder {row['coder']!r}")
    return out


def check(ref: pd.DataFrame, units: pd.DataFrame) -> list[str]:
    """Problems of the whole file: columns, unit alignment, values."""
    if list(ref.columns) != COLUMNS:
        return [f"columns {list(ref.columns)} != {COLUMNS}"]
    want = {(d, str(u)): t for d, u, t in zip(units["doc_id"], units["unit_id"], units["text"])}
    have = {(d, u): t for d, u, t in zip(ref["doc_id"], ref["unit_id"], ref["text"])}
    problems = [f"{k}: not a splitter unit" for k in have if k not in want]
    problems += [f"{k}: splitter unit not coded" for k in want if k not in have]
    problems += [f"{k}: text differs from the splitter's" for k in have if k in want and have[k] != want[k]]
    if len(have) != len(ref):
        problems.append("duplicate (doc_id, unit_id) rows")
    for _, row in ref.iterrows():
        problems += [f"{row['doc_id']} unit {row['unit_id']}: {p}" for p in row_problems(row)]
    return problems


def print_counts(ref: pd.DataFrame) -> None:
    """The per-value counts that INVENTED17.md reports."""
    print(f"units: {len(ref)}; documents: {ref['doc_id'].nunique()}")
    frames = Counter(f for v in ref["frames"] for f in v.split("|") if f)
    print("frames:", {f: frames[f] for f in FRAMES}, "| no frame:", int((ref["frames"] == "").sum()))
    for col in ("stance_ru_pk", "stance_ru_in", "voice", "speaker_side"):
        print(f"{col}:", ref[col].replace("", "(outlet)").value_counts().to_dict())


def main() -> int:
    root = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--config", type=Path, default=root / "config/corpora/invented17.yaml")
    ap.add_argument("--reference", type=Path, default=root / "annotations/reference_invented17.csv")
    args = ap.parse_args()
    ref = pd.read_csv(args.reference, dtype=str, keep_default_na=False)
    problems = check(ref, splitter_units(root, args.config))
    for p in problems:
        print(f"{args.reference}: {p}", file=sys.stderr)
    print_counts(ref)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
