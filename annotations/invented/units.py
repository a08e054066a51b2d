"""Print or check the splitter's units of the invented corpus (issue #12 blind test set).

Why this exists: the blind coder must code exactly the units the project's splitter makes,
without seeing any coding. It runs only the corpus stage (analysis.corpus), as
annotations/sample_covid.py does, and never imports the coder or reads its output.

Run: .venv/bin/python annotations/invented/units.py [--config config/corpora/invented.yaml]
     [--check annotations/reference_invented.csv]
Without --check it prints doc_id, unit_id, role and text for the coder; with --check it
validates the reference CSV against the units and the codebook's value sets and prints counts.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.corpus import CorpusSpec, build_shard, merge_shards, plan_entries  # noqa: E402

# Value sets of the design codebook v1.1 (/work/shared/design/codebook.md), copied here on purpose:
# the blind coder may not import the project's vocabulary module.
FRAMES = ("military", "terrorism", "economy", "diplomacy", "regional", "india", "geopolitics")
STANCES = ("favor", "against", "none")
VOICES = ("outlet", "quoted", "reported")
SIDES = ("russia", "pakistan", "india", "china", "media", "other")
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


def corpus_units(root: Path, config: Path) -> pd.DataFrame:
    """Run only the project's corpus stage on the corpus named in `config`; return its units."""
    cfg = yaml.safe_load(config.read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], root)
    tables = merge_shards([build_shard(spec, plan_entries(spec))])
    return tables.units


def row_problems(r: pd.Series, units: dict[tuple[str, int], str]) -> list[str]:
    """Every way one reference row breaks the unit alignment or the codebook's value sets."""
    out = []
    key = (r.doc_id, int(r.unit_id))
    if key not in units:
        out.append("no such unit")
    elif units[key] != r.text:
        out.append("text differs from the splitter's unit")
    labels = [f for f in r.frames.split("|") if f] if r.frames else []
    if any(f not in FRAMES for f in labels) or labels != sorted(labels, key=FRAMES.index):
        out.append(f"frames {r.frames!r} not in codebook order/set")
    for col in ("stance_ru_pk", "stance_ru_in"):
        if r[col] not in STANCES:
            out.append(f"{col} {r[col]!r}")
    if r.voice not in VOICES:
        out.append(f"voice {r.voice!r}")
    attributed = r.voice in ("quoted", "reported")
    if attributed != bool(r.speaker) or attributed != bool(r.speaker_side):
        out.append("speaker/speaker_side must be set exactly when voice is quoted/reported")
    if r.speaker_side and r.speaker_side not in SIDES:
        out.append(f"speaker_side {r.speaker_side!r}")
    if r.speaker and (r.speaker != r.speaker.lower() or " " in r.speaker):
        out.append(f"speaker id {r.speaker!r} not a lowercase id")
    if not re.fullmatch(r"ref\d+", r.coder):  # every blind set has its own coder id (ref4, ref170, ...)
        out.append(f"coder {r.coder!r} is not a ref<number> id")
    return out


def check(ref_path: Path, units: pd.DataFrame) -> int:
    """Validate the reference CSV and print counts per value; return the number of problems."""
    ref = pd.read_csv(ref_path, dtype=str, keep_default_na=False)
    if list(ref.columns) != COLUMNS:
        print(f"{ref_path}: columns {list(ref.columns)} != {COLUMNS}")
        return 1
    lookup = {(d, int(u)): t for d, u, t in zip(units["doc_id"], units["unit_id"], units["text"])}
    bad = 0
    for r in ref.itertuples(index=False):
        for p in row_problems(pd.Series(r._asdict()), lookup):
            print(f"{ref_path}: {r.doc_id} unit {r.unit_id}: {p}")
            bad += 1
    keys = set(zip(ref["doc_id"], ref["unit_id"].astype(int)))
    missing = [k for k in lookup if k not in keys]
    if missing or ref.duplicated(["doc_id", "unit_id"]).any():
        print(
            f"{len(missing)} splitter units not coded; duplicates: {int(ref.duplicated(['doc_id', 'unit_id']).sum())}"
        )
        bad += 1
    print_counts(ref)
    return bad


def print_counts(ref: pd.DataFrame) -> None:
    """Counts per value of every coded variable (the INVENTED.md tables come from here)."""
    print(f"units: {len(ref)}; documents: {ref['doc_id'].nunique()}")
    frames = Counter(f for fs in ref["frames"] for f in fs.split("|") if f)
    print("frames:", {f: frames[f] for f in FRAMES}, "| no frame:", int((ref["frames"] == "").sum()))
    for col in ("stance_ru_pk", "stance_ru_in", "voice", "speaker_side"):
        print(f"{col}:", ref[col].replace("", "(outlet)").value_counts().to_dict())
    print("speakers:", ref.loc[ref["speaker"] != "", "speaker"].value_counts().to_dict())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--config", type=Path, default=ROOT / "config" / "corpora" / "invented.yaml")
    ap.add_argument("--check", type=Path, help="the reference CSV to validate")
    args = ap.parse_args()
    units = corpus_units(args.root, args.config)
    if args.check:
        sys.exit(1 if check(args.check, units) else 0)
    for r in units.itertuples(index=False):
        print(f"{r.doc_id}\t{r.unit_id}\t{r.role}\t{r.text}")


if __name__ == "__main__":
    main()
