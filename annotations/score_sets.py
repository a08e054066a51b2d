"""Score the coder of a tree (WT) on every hand-coded set at once, in process (issue #12 rounds).

usage: WT=<tree> UNITS=<tree with results/> python annotations/score_sets.py [oos|ins|all]
       [--save F.pkl] [--against F.pkl]

Why this exists: a rule round must see, in ~30 s, what a change does to every read set (its gate) and the
lead what it does to the unread ones, without rebuilding 66 corpora; the figures equal the builds'
reliability tables (same `code_units`, `align` and metrics). `oos` needs LEAD=1: rule writers never
score unread sets. Build the units first: `snakemake results/<name>/corpus/units.parquet --configfile
config/corpora/<name>.yaml` for each corpus.

Units (segmentation) come from UNITS/results/<corpus>/corpus/{units,articles}.parquet; the code and
codebook and references come from WT. Prints per set and pooled figures for the first and second
coder. --save writes the per-unit coder values (to compare two trees: fixed/broken counts).
"""

import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

WT = Path(os.environ.get("WT", "/work/main")).resolve()
UNITS = Path(os.environ.get("UNITS", "/work/wt-lead")).resolve()
ORIG = os.getcwd()  # --save/--against paths are the caller's, not the tree's
sys.path.insert(0, str(WT))
os.chdir(WT)

from analysis.attribution import article_homes  # noqa: E402
from analysis.codebook import load_codebook  # noqa: E402
from analysis.coding import code_units  # noqa: E402
from analysis.reference import align, load_reference  # noqa: E402
from analysis.reliability import _coder_metrics, with_speaker_sides  # noqa: E402

# Unread invented sets (never opened by a rule writer): F, and every set from BR (invented70) on,
# new sets included. BD-BK (invented56-63) were released to development text in session 23,
# BL-BQ (invented64-69) in session 24.
LAST_SET = max(int(p.stem[8:] or 1) for p in (WT / "config/corpora").glob("invented*.yaml"))
OOS_SETS = [6] + list(range(70, LAST_SET + 1))
COVID_OOS = range(17, 100)  # rounds 17 on: never read by a rule writer
SHOW = [
    ("frames", "macro_f1"),
    ("stance_ru_pk", "f_avg"),
    ("stance_ru_in", "f_avg"),
    ("voice", "accuracy"),
    ("speaker_side", "accuracy_attributed"),
    ("speaker_unknown", "unknown_share"),
]


def letter(n: int) -> str:
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def config(name: str) -> dict:
    path = WT / ("config/config.yaml" if name == "seeds" else f"config/corpora/{name}.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def refs(cfg: dict) -> list[str]:
    r = cfg["validation"]["reference"]
    return [r] if isinstance(r, str) else list(r)


def aligned_for(name: str, cb, ref_files: list[str]) -> pd.DataFrame:
    cfg = config(name)
    res = UNITS / "results" / ("seeds" if name == "seeds" else name)
    if name == "seeds":
        res = UNITS / "results"
    frames, targets = cb.frame_ids, cb.target_ids
    loaded = [
        load_reference(WT / f, frames, targets).assign(_rank=i % 2 if name == "covid5" else i)
        for i, f in enumerate(ref_files)
    ]
    reference = pd.concat(loaded, ignore_index=True)
    docs = sorted(set(reference["doc_id"]))
    units = pd.read_parquet(res / "corpus/units.parquet", filters=[("doc_id", "in", docs)])
    arts = pd.read_parquet(res / "corpus/articles.parquet", columns=["doc_id", "outlet"])
    homes = article_homes(dict(zip(arts["doc_id"], arts["outlet"])), cfg["corpus"].get("outlet_home") or {})
    coded = code_units(units, cb, homes=homes)
    rank = dict(zip(reference["coder"], reference["_rank"]))
    al = align(reference.drop(columns="_rank"), coded)
    al = with_speaker_sides(al, {a.id: a.side for a in cb.actors.values()}, name)
    al = al[al["status"] == "matched"].copy()
    al["rank"] = al["coder"].map(rank)
    return al


def figures(part: pd.DataFrame, cb) -> dict:
    part = part.reset_index(drop=True)
    out = {}
    for m in _coder_metrics(part, cb.frame_ids, cb.target_ids):
        key = (m.variable, m.statistic)
        if key in SHOW:
            out[key[0]] = m.compute(np.arange(len(part)))[0]
    return out


def line(label: str, part: pd.DataFrame, cb) -> str:
    f = [figures(part[part["rank"] == r], cb) for r in (0, 1)]
    cells = " ".join(f"{k[:10]:>10} {f[0].get(k, np.nan):.3f}/{f[1].get(k, np.nan):.3f}" for k, _ in SHOW)
    return f"{label:<14} n={len(part[part['rank'] == 0]):>5} {cells}"


def sets(which: str) -> list[tuple[str, str, list[str]]]:
    """(label, corpus, reference files) of the sets to score."""
    out = []
    oos = set(OOS_SETS)
    if which == "oos" and not os.environ.get("LEAD"):
        sys.exit("oos: scored by the lead only (rule writers never score unread sets)")
    for n in range(1, LAST_SET + 1):
        name = "invented" if n == 1 else f"invented{n}"
        if (which == "oos") == (n in oos) or which == "all":
            out.append((letter(n), name, refs(config(name))))
    covid = refs(config("covid5"))
    rounds = {}
    for f in covid:
        stem = Path(f).stem.replace("reference_covid", "").split("_")[0]
        rounds.setdefault(int(stem or 1), []).append(f)
    for r, files in sorted(rounds.items()):
        if ((which == "oos") == (r in COVID_OOS) or which == "all") and len(files) == 2:
            out.append((f"covid-r{r}", "covid5", files))
    if which in ("ins", "all"):
        out.append(("seeds", "seeds", refs(config("seeds"))))
    return out


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "oos"
    cb = load_codebook(WT / "config/codebook.yaml")
    allal = []
    for label, name, files in sets(which):
        al = aligned_for(name, cb, files).assign(set=label)
        allal.append(al)
        print(line(label, al, cb), flush=True)
    pooled = pd.concat(allal, ignore_index=True)
    inv = pooled[~pooled["set"].str.startswith(("covid", "seeds"))]
    cov = pooled[pooled["set"].str.startswith("covid")]
    print(f"codebook {cb.version}, tree {WT}")
    print(line("POOLED-invent", inv, cb))
    if len(cov):
        print(line("POOLED-covid", cov, cb))
    if "--save" in sys.argv:
        keep = ["set", "doc_id", "unit_id", "coder", "rank"] + [
            c for c in pooled.columns if c.startswith(("ref_", "auto_"))
        ]
        pooled[keep].to_pickle(os.path.join(ORIG, sys.argv[sys.argv.index("--save") + 1]))
    if "--against" in sys.argv:
        old = pd.read_pickle(os.path.join(ORIG, sys.argv[sys.argv.index("--against") + 1]))
        compare(old, pooled)


def compare(old: pd.DataFrame, new: pd.DataFrame) -> None:
    """Units whose coder value changed: fixed (now equal to the reference) or broken, by set and variable."""
    key = ["set", "doc_id", "unit_id", "coder"]
    m = old.merge(new, on=key, suffixes=("_o", "_n"))
    for v in ["stance_ru_pk", "stance_ru_in", "voice", "speaker_side", "frames"]:
        ref = m[f"ref_{v}_o"].astype(str)
        o, n = m[f"auto_{v}_o"].astype(str), m[f"auto_{v}_n"].astype(str)
        ch = o != n
        fixed = (ch & (n == ref)).groupby(m["set"]).sum()
        broken = (ch & (o == ref)).groupby(m["set"]).sum()
        other = (ch & (n != ref) & (o != ref)).groupby(m["set"]).sum()
        t = pd.DataFrame({"fixed": fixed, "broken": broken, "other": other})
        t = t[(t.sum(axis=1)) > 0]
        print(f"{v}: changed {int(ch.sum())}, fixed {int(t['fixed'].sum())}, broken {int(t['broken'].sum())}")
        if len(t):
            print("   " + ", ".join(f"{s} +{r.fixed}/-{r.broken}" for s, r in t.iterrows()))


if __name__ == "__main__":
    main()
