"""Per-stage cost of the analysis stages (compare, reliability, reuse) beside a floor.

Two steps, both runnable alone:

    python benchmarks/bench_stages.py synth --source results/covid5 --articles 10000 --out /tmp/hma-synth-10k
    python benchmarks/bench_stages.py run --inputs results/covid5 --label covid \\
        [--repo /path/to/checkout ...] [--markdown benchmarks/performance.md]

`synth` builds a synthetic results tree (corpus/articles.parquet, coding/units.parquet,
coding/articles.parquet) of N articles from a built corpus (the COVID one): every source
article is kept under its own id (so the hand-coded reference still matches) and the
rest are perturbed copies under new ids, outlets drawn at random: a copy keeps a random
stretch of its source's sentences, drops ~30 % of the rest, mixes in sentences of a second
article and swaps ~5 % of the words, so text reuse stays honest (copies share passages,
not whole texts) and the candidate pairs grow as in a real corpus. The tree is written
wherever `--out` says (never into the repository's tracked files).

`run` times each stage exactly as the workflow runs it: one `python -m analysis <command>`
per job (compare: one job per table family), each under GNU time for wall, process CPU
(user + sys) and peak RSS. The floor, measured in the same run, is a process that
imports the same modules and reads the same inputs without computing anything, so the
ratio says how far a stage is above the cost of merely starting. With several `--repo`
checkouts (e.g. main before a change and the branch after) each stage runs once per repo
on the same inputs, alternating, and the outputs are compared byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parents[1]
SEED = 20210407


# ------------------------------------------------------------------ synthetic corpus
def _perturb(text: str, other: str, rng: np.random.Generator) -> str:
    """A copy of `text` that shares a stretch with it but is not the same article."""
    sents = [s for s in text.replace("।", "।\n").split("\n") if s.strip()]
    extra = [s for s in other.replace("।", "।\n").split("\n") if s.strip()]
    if not sents:
        return other
    a = int(rng.integers(len(sents)))
    b = min(len(sents), a + int(rng.integers(1, 6)))
    kept = sents[a:b] + [s for k, s in enumerate(sents) if not a <= k < b and rng.random() > 0.3]
    mixed = kept + [s for s in extra if rng.random() < 0.3]
    order = rng.permutation(len(mixed) - (b - a)) + (b - a)
    sentences = mixed[: b - a] + [mixed[k] for k in order]
    words = " ".join(sentences).split(" ")
    pool = other.split() or words
    swap = rng.random(len(words)) < 0.05
    return " ".join(pool[int(rng.integers(len(pool)))] if s else w for w, s in zip(words, swap))


def synthesize(source: Path, n_articles: int, out: Path, seed: int = 1) -> None:
    """Write a results tree of `n_articles` articles built from the one under `source`."""
    rng = np.random.default_rng(seed)
    corpus = pd.read_parquet(source / "corpus/articles.parquet")
    units = pd.read_parquet(source / "coding/units.parquet")
    coded = pd.read_parquet(source / "coding/articles.parquet")
    if n_articles < len(corpus):  # a smaller corpus: a random subset of whole articles
        keep = set(corpus["doc_id"].sample(n_articles, random_state=seed))
        corpus, units, coded = (t[t["doc_id"].isin(keep)] for t in (corpus, units, coded))
    ok = corpus[corpus["status"] == "ok"].reset_index(drop=True)
    outlets = sorted(ok["outlet"].dropna().unique())
    n_new = max(0, n_articles - len(corpus))
    base = rng.integers(len(ok), size=n_new)
    other = rng.integers(len(ok), size=n_new)
    texts = ok["text"].tolist()
    new_ids = [f"syn{k:06d}" for k in range(n_new)]
    copies = (
        ok.iloc[base]
        .reset_index(drop=True)
        .assign(
            doc_id=new_ids,
            outlet=[outlets[i] for i in rng.integers(len(outlets), size=n_new)],
            text=[_perturb(texts[b], texts[o], rng) for b, o in zip(base, other)],
        )
    )
    rename = dict(zip(new_ids, ok["doc_id"].iloc[base].tolist()))
    by_doc = {d: g for d, g in units.groupby("doc_id", sort=False)}
    unit_copies = [by_doc[src].assign(doc_id=new) for new, src in rename.items() if src in by_doc]
    coded_by = coded.set_index("doc_id")
    coded_copies = (
        coded_by.loc[list(rename.values())].reset_index().assign(doc_id=new_ids, outlet=copies["outlet"].tolist())
    )
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    (out / "coding").mkdir(parents=True, exist_ok=True)
    pd.concat([corpus, copies], ignore_index=True).to_parquet(out / "corpus/articles.parquet")
    pd.concat([units, *unit_copies], ignore_index=True).to_parquet(out / "coding/units.parquet")
    pd.concat([coded, coded_copies], ignore_index=True).to_parquet(out / "coding/articles.parquet")
    print(f"synth: {len(corpus) + n_new} articles ({n_new} perturbed copies) in {out}")


# ------------------------------------------------------------------ measuring
def _timed(cmd: list[str], env: dict, cwd: Path) -> dict:
    """Run one process under GNU time: wall s, CPU s (user + sys), peak RSS MiB.

    `cwd` is the checkout being timed: `python -m` puts the working directory first on
    the import path, so it decides which `analysis` package runs.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats:
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats.name, *cmd],
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
        )
        if proc.returncode:
            sys.exit(f"bench: {' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
        wall, user, system, kib = stats.read().split()
    return {"wall": float(wall), "cpu": float(user) + float(system), "peak": int(kib) / 1024}


def _jobs(stage: str, inputs: Path, out: Path, reference: str | None, groups: str) -> list[list[str]]:
    """The `python -m analysis` command lines the workflow runs for `stage`."""
    cb = ["--codebook", str(HERE / "config/codebook.yaml")]
    seed, boot = ["--seed", str(SEED)], ["--n-boot", "2000"]
    if stage == "reuse":
        params = {"ngram": 5, "min_containment": 0.2, "lsh_threshold": 0.3, "num_perm": 128, "lsh_min_docs": 20000}
        return [
            ["reuse", "--articles", str(inputs / "corpus/articles.parquet"), "--params", json.dumps(params), *seed]
            + ["--pairs", str(out / "reuse/pairs.csv"), "--passages", str(out / "reuse/passages.csv")]
            + ["--matrix", str(out / "tables/reuse_matrix.csv")]
        ]
    if stage == "reliability":
        return [
            ["validate", *cb, "--coded", str(inputs / "coding/units.parquet"), "--reference", reference]
            + ["--groups", groups, *seed, *boot, "--out-dir", str(out / "validation")]
        ]
    sys.path.insert(0, str(HERE))
    from analysis.catalog import table_families

    return [
        ["compare", *cb, "--coded-units", str(inputs / "coding/units.parquet")]
        + [
            "--coded-articles",
            str(inputs / "coding/articles.parquet"),
            "--articles",
            str(inputs / "corpus/articles.parquet"),
        ]
        + ["--tables", *names, *seed, *boot, "--out-dir", str(out / "tables")]
        for names in table_families().values()
    ]


FLOOR = (
    "import sys, pandas as pd, analysis.compare, analysis.reliability, analysis.reuse; "
    "[pd.read_parquet(p) for p in sys.argv[1:]]"
)


def run(inputs: Path, repos: list[Path], stages: list[str], reference: str | None, label: str) -> list[dict]:
    """Time every stage in every repo (alternating) and the floor; check outputs agree."""
    python = os.environ.get("PYTHON", sys.executable)
    groups = json.dumps({"development": [], "held-out": ["*"]})
    reference = str(Path(reference).resolve()) if reference else None
    rows = []
    outs = {r: Path(tempfile.mkdtemp(prefix="hma-bench-")) for r in repos}
    parquet = [str(inputs / p) for p in ("corpus/articles.parquet", "coding/units.parquet", "coding/articles.parquet")]
    for stage in stages:
        if stage == "reliability" and not reference:
            continue
        for repo in repos:
            env = {**os.environ, "PYTHONPATH": str(repo), "PYTHONHASHSEED": "0", "TZ": "UTC"}
            floor = _timed([python, "-c", FLOOR, *parquet], env, repo)
            jobs = [
                _timed([python, "-m", "analysis", *cmd], env, repo)
                for cmd in _jobs(stage, inputs, outs[repo], reference, groups)
            ]
            total = {k: sum(j[k] for j in jobs) for k in ("wall", "cpu")}
            rows.append(
                {
                    "inputs": label,
                    "stage": stage,
                    "repo": repo.name,
                    "jobs": len(jobs),
                    "wall_s": round(total["wall"], 2),
                    "cpu_s": round(total["cpu"], 2),
                    "peak_mib": round(max(j["peak"] for j in jobs)),
                    "floor_s": round(floor["wall"] * len(jobs), 2),
                    "x_floor": round(total["wall"] / (floor["wall"] * len(jobs)), 2),
                }
            )
            print(rows[-1], flush=True)
    if len(repos) > 1:
        first = outs[repos[0]]
        for repo in repos[1:]:
            same = subprocess.run(["diff", "-r", "-q", str(first), str(outs[repo])], capture_output=True, text=True)
            print(f"outputs {repos[0].name} vs {repo.name}: {'identical' if not same.returncode else same.stdout}")
    for o in outs.values():
        shutil.rmtree(o, ignore_errors=True)
    return rows


def markdown(rows: list[dict]) -> str:
    """The rows as a Markdown table (the README includes this file)."""
    cols = ["inputs", "stage", "repo", "jobs", "wall_s", "cpu_s", "peak_mib", "floor_s", "x_floor"]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(str(r[c]) for c in cols) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("synth")
    s.add_argument("--source", type=Path, default=HERE / "results/covid5")
    s.add_argument("--articles", type=int, default=10000)
    s.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("run")
    r.add_argument("--inputs", type=Path, required=True, help="a results tree (built or synthetic)")
    r.add_argument("--repo", type=Path, action="append", help="checkout(s) to time (default: this one)")
    r.add_argument("--stages", nargs="+", default=["compare", "reliability", "reuse"])
    r.add_argument("--reference", default=None, help="hand-coded reference CSV (reliability runs only with one)")
    r.add_argument("--label", default=None)
    r.add_argument("--markdown", type=Path, default=None, help="append the table to this file")
    a = ap.parse_args()
    if a.cmd == "synth":
        synthesize(a.source, a.articles, a.out)
        return
    rows = run(
        a.inputs.resolve(),
        [r.resolve() for r in a.repo] if a.repo else [HERE],
        a.stages,
        a.reference,
        a.label or a.inputs.name,
    )
    if a.markdown:
        with a.markdown.open("a", encoding="utf-8") as fh:
            fh.write(markdown(rows))


if __name__ == "__main__":
    main()
