"""The whole workflow on synthetic corpora of 1k, 10k, 100k articles: cost per stage beside its floor.

Three steps, each runnable alone, and the seed study's rebuild:

    python benchmarks/bench_stages.py synth --articles 10000 --out /tmp/hma-10k [--source articles.parquet]
    nice python benchmarks/bench_stages.py run --corpus /tmp/hma-10k --cores 2 --save benchmarks/runs [--set K=V]
    python benchmarks/bench_stages.py report benchmarks/runs/*.json     # writes benchmarks/performance.md
    nice python benchmarks/bench_stages.py seed --label seed-c2 --runs 3 [--rev REV] [--manifest M] --save benchmarks/runs
        [--against REV2 --against-label LABEL2]   # two commits rebuilt in turns, under the same load

`seed` clones the checkout at REV (default HEAD) under /tmp, then `runs` times: `make clean`,
`snakemake --cores 2` with every job timed as below, and the floor beside it (one job's imports,
a trivial Snakemake run, a one-cell notebook); with `--manifest`, each build's MANIFEST.sha256
is compared with M on every line but the paper's. The report shows min / median / max and the
median run job by job, which is where the critical path is read.

`synth` writes a corpus in the layout a user gives (one text file per article, in outlet and
month folders, plus manifest.csv) and a config for it, all under `--out` (never into the
repository). The articles come from a built corpus (default: the COVID build's
corpus/articles.parquet): below its size, a seeded sample of whole articles; above it, every
source article under its own id plus perturbed copies under new ids. A copy keeps a random
stretch of its source's sentences, drops ~30 % of the rest, mixes in sentences of a second
article and swaps ~5 % of the words, so text reuse stays honest (copies share passages, not
whole texts) and candidate pairs grow as in a real corpus.

`run` builds the corpus end to end with Snakemake from a clean results folder, exactly as a
user would (`snakemake --cores N --configfile <out>/config.yaml`), in a fresh clone of the
checkout's HEAD under `--corpus` (or `--repo`; results in its results/bench-<label>). Every
job's process is timed by GNU time through a `python` shim that Snakemake takes for its
interpreter (the rules run `sys.executable -m analysis`),
so each stage gets: jobs, wall span, process CPU (user + sys), peak RSS, MB/s (corpus input
MB per CPU second) and the ratio to its floor. Snakemake's own `benchmark:` CPU undercounts
the jobs (issue #15), so it is not used. The floors are measured in the same run, on the
same inputs: interpreter + imports per job, read + decode + NFC of the input files (corpus),
one raw Aho-Corasick pass with the codebook's keys over the units (coding), a trivial
Snakemake run (scheduler), a one-cell notebook (paper). A no-op rebuild follows the build.
While it runs, one progress line per interval goes to stdout and <out>/progress-<label>.log.

`report` turns saved runs (JSON) into benchmarks/performance.md, which `python -m analysis
readme` copies into the README: nothing in either is typed by hand.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parents[1]
COVID_BUILD = HERE / "results/covid5/corpus/articles.parquet"
SEED = 20210407
MARK = "@@HMA"
PROGRESS_EVERY = 30  # seconds between progress lines of a long run
# analysis sub-commands by stage (a command not listed is its own stage, named by its prefix)
STAGES = {
    "corpus+coding": ("shard", "merge", "corpus"),  # one job per byte-sized shard reads, cleans and codes
    "corpus": ("corpus-shard", "corpus-merge"),
    "coding": ("code-shard", "code-merge"),
    "validation": ("validate", "sheets-to-reference", "coding-sheet"),
    "compare": ("compare",),
    "reuse": ("reuse",),
    "figures": ("figure", "figures"),
    "paper": ("paper",),
    "bookkeeping": ("write-config", "manifest"),
}


# ------------------------------------------------------------------ synthetic corpus
def _sentences(text: str) -> list[str]:
    return [s.strip() for s in text.replace("।", "।\n").split("\n") if s.strip()]


def _perturb(text: str, other: str, rng: np.random.Generator) -> str:
    """A copy of `text` that shares a stretch with it but is not the same article (paragraphs of ~3)."""
    sents, extra = _sentences(text), _sentences(other)
    if not sents:
        return other
    a = int(rng.integers(len(sents)))
    b = min(len(sents), a + int(rng.integers(1, 6)))
    kept = sents[a:b] + [s for k, s in enumerate(sents) if not a <= k < b and rng.random() > 0.3]
    mixed = kept + [s for s in extra if rng.random() < 0.3]
    order = rng.permutation(len(mixed) - (b - a)) + (b - a)
    sentences = mixed[: b - a] + [mixed[k] for k in order]
    pool = other.split() or text.split()
    out = []
    for s in sentences:
        words = s.split(" ")
        swap = rng.random(len(words)) < 0.05
        out.append(" ".join(pool[int(rng.integers(len(pool)))] if w else x for x, w in zip(words, swap)))
    return "\n\n".join(" ".join(out[k : k + 3]) for k in range(0, len(out), 3))


def _articles(source: Path, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """doc_id, outlet, published, title, text of `n` articles made from the built corpus at `source`."""
    built = pd.read_parquet(source, columns=["doc_id", "outlet", "published", "title", "text", "status"])
    ok = built[(built["status"] == "ok") & (built["title"] != "")].reset_index(drop=True)
    if n <= len(ok):
        return ok.sample(n, random_state=int(rng.integers(2**31))).sort_values("doc_id", ignore_index=True)
    n_new = n - len(ok)
    base, other = rng.integers(len(ok), size=n_new), rng.integers(len(ok), size=n_new)
    outlets = sorted(ok["outlet"].unique())
    days = pd.date_range("2020-03-01", "2021-02-28").strftime("%Y-%m-%d")
    titles, texts = ok["title"].tolist(), ok["text"].tolist()
    copies = pd.DataFrame(
        {
            "doc_id": [f"syn{k:06d}" for k in range(n_new)],
            "outlet": [outlets[i] for i in rng.integers(len(outlets), size=n_new)],
            "published": [days[i] for i in rng.integers(len(days), size=n_new)],
            "title": [_perturb(titles[b], titles[o], rng).replace("\n\n", " ") for b, o in zip(base, other)],
            "text": [_perturb(texts[b], texts[o], rng) for b, o in zip(base, other)],
        }
    )
    return pd.concat([ok.drop(columns="status"), copies], ignore_index=True)


def synthesize(source: Path, n_articles: int, out: Path, seed: int = 1) -> Path:
    """Write `n_articles` article files, their manifest and a config under `out`; return the config."""
    if not source.is_file():
        sys.exit(f"synth: {source} not found: build the COVID corpus first or pass --source")
    arts = _articles(source, n_articles, np.random.default_rng(seed))
    corpus = out / "corpus"
    rows = []
    for a in arts.itertuples():
        rel = f"{a.outlet}/{a.published[:7] or 'undated'}/{a.doc_id}.txt"
        (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpus / rel).write_text(f"{a.title}\n\n{a.text}\n", encoding="utf-8")
        rows.append({"doc_id": a.doc_id, "file": rel, "outlet": a.outlet, "published": a.published, "event": ""})
    with (corpus / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    size = sum(len(f"{t}\n\n{x}\n".encode()) for t, x in zip(arts["title"], arts["text"]))
    print(f"synth: {len(arts)} articles ({size / 1e6:.1f} MB) in {corpus}")
    return write_config(out, f"synth{n_articles}")


def write_config(out: Path, name: str, label: str = "", settings: dict | None = None) -> Path:
    """A stand-alone config for the corpus under `out`; results in the checkout's results/bench-<label>.

    The results stay inside the checkout that runs (the checksum manifest only lists
    files under it); the default checkout is a clone under `out`, so nothing reaches the
    repository one works in.
    """
    cfg = {
        "corpus": {
            "name": name,
            "input": str(out / "corpus"),
            "manifest": str(out / "corpus/manifest.csv"),
            "layout": "article-per-file",
            "outlet_from": "manifest",
        },
        "codebook": "config/codebook.yaml",
        # the COVID hand coding: its articles keep their ids, so reliability runs on what matches
        "validation": {"reference": "annotations/reference_covid.csv", "development_docs": [], "heldout_docs": ["*"]},
        "reuse": {"lsh_min_docs": 20000},
        "statistics": {"seed": SEED},
        "paths": {"results": f"results/bench-{label or name}"},
    }
    for key, value in (settings or {}).items():  # dotted keys: "reuse.lsh_min_docs"
        *parents, last = key.split(".")
        node = cfg
        for k in parents:
            node = node.setdefault(k, {})
        node[last] = value
    path = out / f"config{'-' + label if label else ''}.yaml"
    path.write_text(json.dumps(cfg, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")  # JSON is YAML
    return path


# ------------------------------------------------------------------ timing every job
@dataclass(frozen=True)
class Job:
    """One process the workflow ran, as GNU time saw it."""

    command: str
    start: float
    wall: float
    cpu: float
    peak_mib: float
    name: str = ""  # the command with its first arguments (which figures a figure job draws)


def make_shim(where: Path) -> tuple[Path, str]:
    """A `python` that times each run with GNU time, and the real interpreter to start Snakemake with.

    Snakemake is started with argv[0] = the shim (so `sys.executable`, which the rules call, is
    the shim) but runs the real interpreter; the shim's pyvenv.cfg and site-packages link make
    it the same environment.
    """
    venv = Path(sys.prefix)
    lib = f"lib/python{sys.version_info.major}.{sys.version_info.minor}/site-packages"
    (where / "bin").mkdir(parents=True, exist_ok=True)
    (where / lib).parent.mkdir(parents=True, exist_ok=True)
    if not (where / lib).exists():
        (where / lib).symlink_to(venv / lib)
    (where / "pyvenv.cfg").write_text((venv / "pyvenv.cfg").read_text(encoding="utf-8"), encoding="utf-8")
    shim = where / "bin/python"
    fmt = f"{MARK} $(date +%s.%N) %e %U %S %M %C"
    shim.write_text(f'#!/bin/sh\nexec /usr/bin/time -a -o "$HMA_TIME_LOG" -f "{fmt}" {sys.executable} "$@"\n')
    shim.chmod(0o755)
    return shim, os.path.realpath(sys.executable)


def _command(cmdline: str) -> str:
    m = re.search(r"-m analysis (\S+)", cmdline)
    return m.group(1) if m else "other"


def _job_name(cmdline: str) -> str:
    """`figure frame_profile source_mix` for a figure job, else the sub-command (the seed's timeline)."""
    m = re.search(r"-m analysis (figures?) ((?:\w+ )+)--", cmdline)
    return f"{m.group(1)} {m.group(2).strip()}" if m else _command(cmdline)


def read_jobs(log: Path) -> list[Job]:
    """The jobs recorded so far in a shim's time log (one record per process)."""
    if not log.is_file():
        return []
    jobs = []
    for rec in log.read_text(encoding="utf-8", errors="replace").split(MARK)[1:]:
        parts = rec.split(maxsplit=6)
        if len(parts) < 7:
            continue
        start, wall, user, system, kib, cmd = float(parts[0]), *map(float, parts[1:5]), parts[6]
        jobs.append(Job(_command(cmd), start, wall, user + system, kib / 1024, _job_name(cmd)))
    return jobs


def timeline(jobs: list[Job], t0: float) -> list[dict]:
    """Each job's start (seconds after Snakemake started), wall and CPU, in start order: where the
    cores sat idle is read off it (`idle_core_seconds`)."""
    return [
        {"job": j.name, "start_s": round(j.start - t0, 1), "wall_s": round(j.wall, 1), "cpu_s": round(j.cpu, 1)}
        for j in sorted(jobs, key=lambda j: j.start)
    ]


def idle_core_seconds(jobs: list[dict], wall: float, cores: int) -> dict:
    """Core-seconds no job used during a build of `wall` seconds, by what ran meanwhile.

    "alone: <job>" is time when that job was the only one running (`cores` - 1 cores idle), "no job"
    the gaps between jobs, "snakemake" the planning before the first job and the exit after the
    last (one core runs Snakemake then). Why: `--cores 2` is worth its second core only where two
    jobs can run; this says which job holds the others back, and for how long.

    >>> idle_core_seconds([{"job": "a", "start_s": 1.0, "wall_s": 2.0}, {"job": "b", "start_s": 1.0, "wall_s": 1.0}], 4.0, 2)
    {'snakemake': 2.0, 'alone: a': 1.0}
    """
    spans = [(j["start_s"], j["start_s"] + j["wall_s"], j["job"].split()[0]) for j in jobs]
    if not spans:
        return {"snakemake": round(wall * (cores - 1), 1)}
    first, last = min(s for s, _, _ in spans), max(e for _, e, _ in spans)
    out = {"snakemake": round((first + max(0.0, wall - last)) * (cores - 1), 1)}
    points = sorted({p for s, e, _ in spans for p in (s, e)})
    for a, b in zip(points, points[1:]):
        running = [n for s, e, n in spans if s <= a and e >= b]
        if len(running) < cores:
            key = f"alone: {running[0]}" if len(running) == 1 else "no job" if not running else "some"
            out[key] = round(out.get(key, 0.0) + (b - a) * (cores - len(running)), 1)
    return out


def stage_of(command: str) -> str:
    """The stage a command belongs to (`STAGES`), else its first word."""
    return next((s for s, cmds in STAGES.items() if command in cmds), command.split("-")[0])


def _tail(path: Path, size: int = 1 << 16) -> str:
    """The end of a log that may grow large (a 100k-article build lists every job's command)."""
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - size))
        return fh.read().decode("utf-8", errors="replace")


def _progress(jobs: list[Job], smk_log: Path, t0: float) -> str:
    steps = re.findall(r"(\d+) of (\d+) steps", _tail(smk_log, 1 << 20)) if smk_log.is_file() else []
    done = f"{steps[-1][0]}/{steps[-1][1]} steps" if steps else "planning"
    per: dict[str, list[Job]] = {}
    for j in jobs:
        per.setdefault(stage_of(j.command), []).append(j)
    parts = [f"{s} {len(js)} jobs {sum(j.cpu for j in js):.0f} s CPU" for s, js in per.items()]
    return f"[{time.strftime('%H:%M:%S')} +{time.time() - t0:.0f} s] {done}; " + "; ".join(parts)


def snakemake(shim: Path, real: str, args: list[str], repo: Path, log: Path, progress: Path | None) -> dict:
    """Run Snakemake once (jobs timed by the shim); wall, CPU and peak RSS of it and all its children."""
    env = {**os.environ, "HMA_TIME_LOG": str(log.with_suffix(".time"))}
    t0 = next_report = time.time()
    with log.open("w") as err:
        proc = subprocess.Popen([str(shim), "-m", "snakemake", *args], executable=real, cwd=repo, env=env, stderr=err)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                break
            time.sleep(1)
            if progress and time.time() >= next_report:
                next_report += PROGRESS_EVERY
                line = _progress(read_jobs(log.with_suffix(".time")), log, t0)
                print(line, flush=True)
                with progress.open("a") as fh:
                    fh.write(line + "\n")
    if proc.returncode:
        sys.exit(f"bench: snakemake failed (see {log}):\n" + _tail(log, 3000))
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall": time.time() - t0, "cpu": cpu, "peak_mib": usage.ru_maxrss / 1024, "start": t0}


# ------------------------------------------------------------------ floors, measured beside the run
def _process_cpu(cmd: list[str], cwd: Path) -> float:
    """CPU seconds (user + sys, children included) of one process, the least of three runs."""
    best = float("inf")
    for _ in range(3):
        proc = subprocess.run(
            ["/usr/bin/time", "-f", f"{MARK} %U %S", *cmd], cwd=cwd, capture_output=True, text=True, check=True
        )
        user, system = proc.stderr.rsplit(MARK, 1)[1].split()
        best = min(best, float(user) + float(system))
    return best


TRIVIAL_SNAKEFILE = 'rule all:\n    output: "done.txt"\n    shell: "touch {output}"\n'
ONE_CELL = (
    "import nbformat, nbclient; "
    "nbclient.NotebookClient(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('1')])).execute()"
)


def process_floors(repo: Path, scratch: Path) -> dict:
    """Process CPU of one job's imports, a trivial Snakemake run and a one-cell notebook, measured now."""
    py = sys.executable
    (scratch / "trivial").mkdir(parents=True, exist_ok=True)
    (scratch / "trivial/Snakefile").write_text(TRIVIAL_SNAKEFILE)
    (scratch / "trivial/done.txt").unlink(missing_ok=True)
    out = {
        "startup_s": _process_cpu(
            [py, "-c", "import pandas, pyarrow.parquet, analysis.codebook, analysis.tables"], repo
        ),
        "snakemake_s": _process_cpu([py, "-m", "snakemake", "--cores", "1", "-q", "--forceall"], scratch / "trivial"),
        "notebook_s": _process_cpu([py, "-c", ONE_CELL], scratch),
    }
    return out


def floors(repo: Path, corpus: Path, units: Path, scratch: Path) -> dict:
    """What a stage cannot go below on this machine now: start-up, scheduler, notebook, reading, scanning."""
    out = process_floors(repo, scratch)
    t = time.process_time()
    n_bytes = 0
    for path in sorted(corpus.rglob("*.txt")):
        raw = path.read_bytes()
        n_bytes += len(raw)
        unicodedata.normalize("NFC", raw.decode("utf-8"))
    out["input_mb"] = n_bytes / 1e6
    out["read_nfc_mb_s"] = out["input_mb"] / max(time.process_time() - t, 1e-9)
    sys.path.insert(0, str(repo))
    from analysis.codebook import load_codebook

    automaton = load_codebook(repo / "config/codebook.yaml").matcher._automaton  # the coder's own keys
    forms = pd.read_parquet(units, columns=["norm"])["norm"].tolist()
    t = time.process_time()
    for text in forms:
        for _ in automaton.iter(text):
            pass
    out["units_mb"] = sum(len(x.encode()) for x in forms) / 1e6
    out["scan_mb_s"] = out["units_mb"] / max(time.process_time() - t, 1e-9)
    return out


def stage_floor(stage: str, n_jobs: int, fl: dict) -> float:
    """A stage's floor in CPU seconds: start-up per job plus the data floor of what it must do."""
    data = {
        "corpus": fl["input_mb"] / fl["read_nfc_mb_s"],
        "coding": fl["units_mb"] / fl["scan_mb_s"],
        "paper": fl["notebook_s"],
    }
    data["corpus+coding"] = data["corpus"] + data["coding"]
    return n_jobs * fl["startup_s"] + data.get(stage, 0.0)


def stage_rows(jobs: list[Job], fl: dict) -> list[dict]:
    """One row per stage: jobs, wall span, CPU, peak, MB/s of corpus input per CPU s, floor, ratio."""
    by: dict[str, list[Job]] = {}
    for j in jobs:
        by.setdefault(stage_of(j.command), []).append(j)
    rows = []
    for stage, js in sorted(by.items(), key=lambda kv: min(j.start for j in kv[1])):
        cpu, floor = sum(j.cpu for j in js), stage_floor(stage, len(js), fl)
        rows.append(
            {
                "stage": stage,
                "jobs": len(js),
                "span_s": round(max(j.start + j.wall for j in js) - min(j.start for j in js), 1),
                "cpu_s": round(cpu, 1),
                "peak_mib": round(max(j.peak_mib for j in js)),
                "mb_s": round(fl["input_mb"] / cpu, 2) if cpu else None,
                "floor_s": round(floor, 1),
                "x_floor": round(cpu / floor, 1) if floor else None,
            }
        )
    return rows


# ------------------------------------------------------------------ one run
def _clone(repo: Path, dest: Path, rev: str = "HEAD") -> Path:
    """A clean clone of `repo` at `rev`: the benchmark times committed code, whatever the work tree holds."""
    sha = subprocess.run(["git", "-C", str(repo), "rev-parse", rev], capture_output=True, text=True, check=True)
    if not dest.exists():
        subprocess.run(["git", "clone", "--quiet", "--no-checkout", str(repo), str(dest)], check=True)
    subprocess.run(["git", "-C", str(dest), "fetch", "--quiet", str(repo), sha.stdout.strip()], check=True)
    subprocess.run(["git", "-C", str(dest), "checkout", "--quiet", "--detach", sha.stdout.strip()], check=True)
    return dest


def run(corpus_dir: Path, cores: int, label: str, repo: Path | None, settings: dict | None = None) -> dict:
    """Build the synthetic corpus under `corpus_dir` from scratch, then a no-op rebuild; time every stage."""
    scratch = corpus_dir / f"bench-{label}"
    scratch.mkdir(parents=True, exist_ok=True)
    for old in scratch.glob("*.time"):
        old.unlink()
    repo = repo or _clone(HERE, corpus_dir / "repo")
    name = json.loads((corpus_dir / "config.yaml").read_text())["corpus"]["name"]
    config = write_config(corpus_dir, name, label, settings)
    results = repo / json.loads(config.read_text())["paths"]["results"]
    subprocess.run(["rm", "-rf", str(results)], check=True)  # a clean build, every time
    shim, real = make_shim(scratch / "shim")
    args = ["--cores", str(cores), "--configfile", str(config)]
    load = [round(x, 2) for x in os.getloadavg()]
    progress_log = corpus_dir / f"progress-{label}.log"
    build = snakemake(shim, real, args, repo, scratch / "build.log", progress_log)
    jobs = read_jobs(scratch / "build.time")
    noop = snakemake(shim, real, args, repo, scratch / "noop.log", None)
    fl = floors(repo, corpus_dir / "corpus", results / "corpus/units.parquet", scratch)
    rows = stage_rows(jobs, fl)
    job_cpu = sum(j.cpu for j in jobs)
    rows.append(
        {
            "stage": "snakemake itself",
            "jobs": 1,
            "span_s": round(build["wall"], 1),
            "cpu_s": round(build["cpu"] - job_cpu, 1),
            "peak_mib": None,
            "mb_s": None,
            "floor_s": round(fl["snakemake_s"], 1),
            "x_floor": round((build["cpu"] - job_cpu) / fl["snakemake_s"], 1),
        }
    )
    n_articles = sum(1 for _ in (corpus_dir / "corpus/manifest.csv").open(encoding="utf-8")) - 1
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return {
        "label": label,
        "articles": n_articles,
        "input_mb": round(fl["input_mb"], 1),
        "cores": cores,
        "commit": commit.stdout.strip(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load_before": load,
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "build": {k: round(v, 1) for k, v in build.items() if k != "start"},
        "noop": {k: round(v, 1) for k, v in noop.items() if k != "start"},
        "jobs": len(jobs),
        "timeline": timeline(jobs, build["start"]),
        "idle_core_s": idle_core_seconds(timeline(jobs, build["start"]), build["wall"], cores),
        "settings": settings or {},
        "stages": rows,
        "floors": {k: round(v, 3) for k, v in fl.items()},
    }


# ------------------------------------------------------------------ the seed study, rebuilt from clean
def seed_floor(repo: Path, scratch: Path) -> dict:
    """The seed rebuild's floor, measured now: one job's imports, a trivial Snakemake run, a one-cell notebook."""
    out = process_floors(repo, scratch)
    out["total_s"] = sum(out.values())
    return out


def _same_manifest(built: Path, reference: Path | None) -> bool | None:
    """Whether a build's MANIFEST matches `reference` on every line but the paper's (it prints the commit)."""
    if reference is None:
        return None
    keep = lambda path: {ln for ln in path.read_text().splitlines() if "/paper/" not in ln}  # noqa: E731
    return keep(built) == keep(reference)


def _clean(repo: Path, config: str | None) -> tuple[list[str], Path]:
    """Empty the study's results (`make clean`) or a corpus config's results folder; the
    Snakemake arguments that build it again and where its MANIFEST lands."""
    if config is None:
        subprocess.run(["make", "-s", "clean"], cwd=repo, check=True)
        return [], repo / "results"
    import yaml

    results = repo / yaml.safe_load((repo / config).read_text(encoding="utf-8"))["paths"]["results"]
    subprocess.run(["rm", "-rf", str(results)], check=True)
    return ["--configfile", config], results


def seed_once(repo: Path, scratch: Path, cores: int, reference: Path | None, config: str | None = None) -> dict:
    """One rebuild from clean (the seed study, or the corpus of `config`), every job timed; then
    the floor, measured beside it."""
    extra, results = _clean(repo, config)
    shim, real = make_shim(scratch / "shim")
    time_log = scratch / "build.time"
    time_log.unlink(missing_ok=True)
    load = [round(x, 2) for x in os.getloadavg()]
    build = snakemake(shim, real, ["--cores", str(cores), "-q", *extra], repo, scratch / "build.log", None)
    return {
        "load_before": load,
        "build": {k: round(v, 1) for k, v in build.items() if k != "start"},
        "jobs": timeline(read_jobs(time_log), build["start"]),
        "manifest_same": _same_manifest(results / "MANIFEST.sha256", reference),
        "floors": {k: round(v, 3) for k, v in seed_floor(repo, scratch).items()},
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }


def _spread(values: list[float]) -> dict:
    return {"min": min(values), "median": float(np.median(values)), "max": max(values)}


def _seed_clone(label: str, rev: str) -> Path:
    """The checkout at `rev`, cloned under /tmp/hma-seed-<label>/repo (with ../shared beside it)."""
    scratch = Path(f"/tmp/hma-seed-{label}")
    scratch.mkdir(parents=True, exist_ok=True)
    repo = _clone(HERE, scratch / "repo", rev)
    if (HERE.parent / "shared").is_dir() and not (scratch / "shared").exists():
        (scratch / "shared").symlink_to(HERE.parent / "shared")  # what ../shared means beside the checkout
    return repo


def _seed_once_in(repo: Path, cores: int, reference: Path | None, config: str | None = None) -> dict:
    os.environ["PYTHONPATH"] = str(repo)  # the clone's `analysis`, not an editable install's
    return seed_once(repo, repo.parent, cores, reference, config)


def _seed_summary(label: str, cores: int, repo: Path, each: list[dict]) -> dict:
    commit = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    walls, cpus = [r["build"]["wall"] for r in each], [r["build"]["cpu"] for r in each]
    floors_ = [r["floors"]["total_s"] for r in each]
    return {
        "kind": "seed",
        "label": label,
        "cores": cores,
        "commit": commit.stdout.strip(),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "wall": _spread(walls),
        "cpu": _spread(cpus),
        "floor": _spread(floors_),
        "x_floor_cpu": round(float(np.median([c / f for c, f in zip(cpus, floors_)])), 2),
        "x_floor_wall": round(float(np.median([w / f for w, f in zip(walls, floors_)])), 2),
        "runs": each,
    }


def seed(label: str, runs: int, cores: int, rev: str, reference: Path | None, config: str | None = None) -> dict:
    """The seed study (or the corpus of `config`, e.g. the COVID one) rebuilt from clean `runs`
    times in a clone of `rev` (wall, CPU, floor each time)."""
    repo = _seed_clone(label, rev)
    each = [_seed_once_in(repo, cores, reference, config) for _ in range(runs)]
    return {**_seed_summary(label, cores, repo, each), "corpus": config or "seeds"}


def seed_pair(
    labels: tuple[str, str],
    revs: tuple[str, str],
    runs: int,
    cores: int,
    reference: Path | None,
    config: str | None = None,
) -> list:
    """Two revisions' seed rebuilds (or rebuilds of the corpus of `config`) taken in turns
    (A B, B A, A B, ...), so both meet the same load.

    Why: on a machine shared with other work the load drifts over minutes; runs of one revision
    after the other's compare two different loads, runs in turns compare like with like.
    """
    repos = [_seed_clone(label, rev) for label, rev in zip(labels, revs)]
    each: list[list[dict]] = [[], []]
    for i in range(runs):
        for k in (0, 1) if i % 2 == 0 else (1, 0):
            each[k].append(_seed_once_in(repos[k], cores, reference, config))
    return [
        {**_seed_summary(label, cores, repo, runs_), "corpus": config or "seeds"}
        for label, repo, runs_ in zip(labels, repos, each)
    ]


# ------------------------------------------------------------------ the report
HEADER = """<!-- Generated by `python benchmarks/bench_stages.py report benchmarks/runs/*.json`: do not edit. -->
The whole workflow (`snakemake --cores N`, from an empty results folder) on synthetic corpora made
from the COVID build (`benchmarks/bench_stages.py synth`: articles in their own files, perturbed
copies beyond the sources' usable articles, never committed). Every job's process is timed by GNU time:
CPU = user + sys of the process and its children; peak = largest resident set of one process.
A floor is measured in the same run on the same inputs: interpreter + imports per job, read +
decode + NFC of the input (corpus), one raw Aho-Corasick pass with the codebook's keys (coding),
a trivial Snakemake run (scheduler), a one-cell notebook (paper); × floor = CPU ÷ floor. The
machine has 2 cores shared with other work: the load average is listed, so read CPU seconds and
ratios rather than wall time. The copies cluster around the source articles (at 100k, ~35 per
source), so reuse pairs grow with the square of the copies per source: the reuse row of a large
run is a worst case, not what a real corpus of that size shares. Runs since the lighter scheduler
use the default profile's memory cap (`mem_mb` 4000: jobs whose declared memory would pass it do
not run together). Issue #15's targets: 10k articles ≤ 3 min, 100k ≤ 20 min at ≤ 4 GB
and ≤ 40 jobs, CPU per article flat from 1k to 100k, `--cores 2` ≥ 1.7× `--cores 1`.
"""


def _table(rows: list[dict], cols: list[str], names: list[str]) -> list[str]:
    lines = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    fmt = lambda v: "" if v is None else (f"{v:,}" if isinstance(v, int) else str(v))  # noqa: E731
    return lines + ["| " + " | ".join(fmt(r.get(c)) for c in cols) + " |" for r in rows]


def _summary(runs: list[dict]) -> list[dict]:
    return [
        {
            "label": r["label"],
            "articles": r["articles"],
            "input_mb": r["input_mb"],
            "cores": r["cores"],
            "jobs": r["jobs"],
            "wall": r["build"]["wall"],
            "cpu": r["build"]["cpu"],
            "per_1k": round(r["build"]["cpu"] / r["articles"] * 1000, 1),
            "peak": round(r["build"]["peak_mib"]),
            "noop": r["noop"]["wall"],
            "commit": r["commit"],
            "load": " / ".join(str(x[0]) for x in (r["load_before"], r["load_after"])),
        }
        for r in runs
    ]


def current(runs: list[dict]) -> list[dict]:
    """The latest run of each kind (workflow runs by articles and cores, rebuilds by corpus), leaving out
    runs labelled "before": those time an older commit beside a change, not what the code does now."""
    latest: dict[tuple, dict] = {}
    for r in sorted(runs, key=lambda r: r["date"]):
        if "before" not in r["label"]:
            kind = ("seed", r.get("corpus", "seeds")) if r.get("kind") == "seed" else (r["articles"], r["cores"])
            latest[kind] = r
    return list(latest.values())


CORES_NOTE = (
    "A schedule that kept both cores busy from the first job to the last would end at the `--cores 2` CPU ÷ 2:\n"
    "the ceiling is the `--cores 1` wall over that. Two jobs at once usually cost more CPU than one after the\n"
    "other (shared caches: CPU s c1 < c2, ceiling under 2); where the `--cores 1` run spent more (ceiling over\n"
    "2), other work on this shared machine slowed it, and its speed-up overstates what the schedule gained.\n"
    "Idle core-seconds (one core waiting on Snakemake's start-up or on a job running alone) are what the\n"
    "schedule leaves of the ceiling."
)


def _cores(runs: list[dict]) -> list[str]:
    """`--cores 1` against `--cores 2` on the sizes run both ways (the latest runs), with the load
    average around each: on a shared machine a loaded `--cores 2` run has no second core to use.

    Beside the speed-up, its ceiling on this machine: the same jobs cost more CPU when two run at
    once (shared caches and memory), so even with both cores busy from first job to last the
    `--cores 2` run could not end before its CPU ÷ 2; the ceiling is the `--cores 1` wall over that
    (`ceiling`), and the core-seconds the `--cores 2` run left a core idle say how far from it the
    schedule is.
    """
    by = {(r["articles"], r["cores"]): r for r in current(runs)}
    pairs = [(n, by[(n, 1)], by[(n, 2)]) for n in sorted({n for n, _ in by}) if (n, 1) in by and (n, 2) in by]
    load = lambda r: f"{r['load_before'][0]} / {r['load_after'][0]}"  # noqa: E731
    rows = [
        {
            "articles": n,
            "c1": a["build"]["wall"],
            "c2": b["build"]["wall"],
            "x": round(a["build"]["wall"] / b["build"]["wall"], 2),
            "cpu": f"{a['build']['cpu']} / {b['build']['cpu']}",
            "ceiling": ceiling(a["build"]["wall"], b["build"]["cpu"], 2),
            "idle": round(sum(b.get("idle_core_s", {}).values()), 1),
            "load": f"{load(a)}; {load(b)}",
        }
        for n, a, b in pairs
    ]
    names = [
        "articles",
        "wall --cores 1 (s)",
        "wall --cores 2 (s)",
        "speed-up",
        "CPU s: c1 / c2",
        "ceiling (c2 CPU ÷ 2 as its wall)",
        "idle core-s in c2",
        "load before / after: c1; c2",
    ]
    return _table(rows, ["articles", "c1", "c2", "x", "cpu", "ceiling", "idle", "load"], names)


def ceiling(wall_one_core: float, cpu_many: float, cores: int) -> float:
    """The speed-up a run on `cores` cores would reach with every core busy from start to end.

    Its CPU (more than one core's: jobs running together slow each other) spread evenly over the
    cores is the shortest wall it could have.

    >>> ceiling(57.0, 69.5, 2)
    1.64
    """
    return round(wall_one_core / (cpu_many / cores), 2)


def _marginal(runs: list[dict]) -> list[str]:
    """CPU seconds per 1k articles ADDED between the sizes run with `--cores 2` (the latest run of
    each size): what more articles cost once the fixed cost every run pays once (start-up,
    figures, paper) is paid. A small run's average carries that fixed cost, so the average falls
    with size; flat added cost is what "linear in the corpus" means."""
    by = {r["articles"]: r for r in current(runs) if r["cores"] == 2}
    sizes = sorted(by)
    rows = [
        {
            "step": f"{a:,} → {b:,}",
            "added": round((by[b]["build"]["cpu"] - by[a]["build"]["cpu"]) / (b - a) * 1000, 1),
            "runs": f"{by[a]['label']} ({by[a]['commit']}) → {by[b]['label']} ({by[b]['commit']})",
        }
        for a, b in zip(sizes, sizes[1:])
    ]
    names = ["articles", "CPU s per 1k articles added", "runs (commit)"]
    return _table(rows, ["step", "added", "runs"], names)


def _seed_section(seeds: list[dict]) -> list[str]:
    """The seed rebuilds: min / median / max of wall and CPU beside the floor, then each label's
    median-wall run job by job (start, wall, CPU: the critical path is read off the starts)."""
    if not seeds:
        return []
    mmm = lambda d: f"{d['min']:.1f} / {d['median']:.1f} / {d['max']:.1f}"  # noqa: E731
    rows = [
        {
            "label": r["label"],
            "corpus": r.get("corpus", "seeds"),
            "runs": len(r["runs"]),
            "wall": mmm(r["wall"]),
            "cpu": mmm(r["cpu"]),
            "floor": mmm(r["floor"]),
            "xw": r["x_floor_wall"],
            "xc": r["x_floor_cpu"],
            "same": "yes" if all(x["manifest_same"] for x in r["runs"]) else "no",
            "commit": r["commit"],
            "load": "; ".join(f"{x['load_before'][0]} / {x['load_after'][0]}" for x in r["runs"]),
        }
        for r in seeds
    ]
    cols = ["label", "corpus", "runs", "wall", "cpu", "floor", "xw", "xc", "same", "commit", "load"]
    names = [
        "run",
        "corpus",
        "runs",
        "wall s min / median / max",
        "CPU s min / median / max",
        "floor s",
        "wall ÷ floor",
    ]
    names += ["CPU ÷ floor", "MANIFEST as main's", "commit", "load before / after, each run"]
    head = "### Rebuilds from clean (`make clean`, or a corpus's results removed; then `snakemake --cores 2`)"
    out = [head, "", *_table(rows, cols, names), ""]
    out += [
        "Floor: one job's imports + a trivial Snakemake run + a one-cell notebook (process CPU, least of three),",
        "measured after each build. MANIFEST as main's: every line but the paper's (it prints the commit).",
        "",
    ]
    for r in seeds:
        median = sorted(r["runs"], key=lambda x: x["build"]["wall"])[len(r["runs"]) // 2]
        out += [f"{r['label']}, median run ({median['build']['wall']} s wall), job by job:", ""]
        out += [*_table(median["jobs"], ["job", "start_s", "wall_s", "cpu_s"], ["job", "start s", "wall s", "CPU s"])]
        out.append("")
    return out


def report(runs: list[dict], stages_of: str = "all") -> str:
    """performance.md: the summary over runs, the cores comparison, the seed rebuilds, and the stages of
    every run (`stages_of="all"`) or of the largest run only (`"largest"`, the README's current view)."""
    seeds = sorted((r for r in runs if r.get("kind") == "seed"), key=lambda r: r["date"])
    runs = sorted((r for r in runs if r.get("kind") != "seed"), key=lambda r: (r["articles"], r["cores"], r["date"]))
    staged = runs if stages_of == "all" else [r for r in runs if r["articles"] == max(x["articles"] for x in runs)]
    cols = ["label", "articles", "input_mb", "cores", "jobs", "wall", "cpu", "per_1k", "peak", "noop", "commit", "load"]
    names = ["run", "articles", "input MB", "cores", "jobs", "wall s", "CPU s", "CPU s / 1k articles", "peak MiB"]
    names += ["no-op rebuild s", "commit", "load before / after"]
    out = [HEADER, "### Whole workflow", "", *_table(_summary(runs), cols, names), ""]
    cores = _cores(runs)
    if len(cores) > 2:
        out += ["### `--cores 1` against `--cores 2`", "", *cores, "", CORES_NOTE, ""]
    marginal = _marginal(runs)
    if len(marginal) > 2:
        out += ["### Cost of more articles (`--cores 2`)", "", *marginal, ""]
    out += _seed_section(seeds)
    stage_cols = ["stage", "jobs", "span_s", "cpu_s", "peak_mib", "mb_s", "floor_s", "x_floor"]
    stage_names = ["stage", "jobs", "wall span s", "CPU s", "peak MiB", "MB/s per CPU s", "floor s", "× floor"]
    for r in staged:
        f = r["floors"]
        settings = "".join(f", {k} = {v}" for k, v in r.get("settings", {}).items())
        out += [
            f"### {r['label']}: {r['articles']:,} articles, `--cores {r['cores']}`{settings}"
            f" ({r['date']}, {r['commit']})",
            "",
        ]
        out += [*_table(r["stages"], stage_cols, stage_names), ""]
        out += [
            f"Floors: start-up {f['startup_s']} s per process, Snakemake {f['snakemake_s']} s, one-cell notebook "
            f"{f['notebook_s']} s, read + NFC {f['read_nfc_mb_s']:.1f} MB/s, cue scan {f['scan_mb_s']:.1f} MB/s.",
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("synth", help="write a synthetic corpus and its config")
    s.add_argument("--source", type=Path, default=COVID_BUILD, help="a built corpus/articles.parquet")
    s.add_argument("--articles", type=int, default=1000)
    s.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("run", help="build a synthetic corpus end to end and time every stage")
    r.add_argument("--corpus", type=Path, required=True, help="the --out of synth")
    r.add_argument("--cores", type=int, default=2)
    r.add_argument("--label", default=None, help="default: <articles>-c<cores>")
    r.add_argument("--repo", type=Path, default=None, help="checkout to run (default: a clone of this one's HEAD)")
    r.add_argument("--save", type=Path, default=None, help="also copy the result JSON into this folder")
    r.add_argument("--set", nargs="*", default=[], help="config keys to set, KEY=JSON (e.g. shard_size=500)")
    d = sub.add_parser("seed", help="rebuild the seed study from clean a few times beside its floor")
    d.add_argument("--label", required=True)
    d.add_argument("--runs", type=int, default=3)
    d.add_argument("--cores", type=int, default=2)
    d.add_argument("--rev", default="HEAD", help="commit of this checkout to clone and run")
    d.add_argument("--manifest", type=Path, default=None, help="a MANIFEST.sha256 each build must match")
    d.add_argument("--save", type=Path, default=None, help="also copy the result JSON into this folder")
    d.add_argument("--against", default=None, help="a second commit, rebuilt in turns with --rev (same load)")
    d.add_argument("--against-label", default=None, help="the second commit's label (required with --against)")
    d.add_argument("--config", default=None, help="a corpus config to rebuild instead of the seeds (repo-relative)")
    p = sub.add_parser("report", help="performance.md from saved runs")
    p.add_argument("runs", nargs="+", type=Path)
    p.add_argument("--out", type=Path, default=HERE / "benchmarks/performance.md")
    p.add_argument(
        "--current", type=Path, default=HERE / "benchmarks/performance_current.md", help="the latest runs only (README)"
    )
    a = ap.parse_args()
    if a.cmd == "synth":
        synthesize(a.source, a.articles, a.out.resolve())
    elif a.cmd == "seed":
        reference = a.manifest.resolve() if a.manifest else None
        if a.against and not a.against_label:
            ap.error("--against needs --against-label")
        if a.against:
            results = seed_pair((a.label, a.against_label), (a.rev, a.against), a.runs, a.cores, reference, a.config)
        else:
            results = [seed(a.label, a.runs, a.cores, a.rev, reference, a.config)]
        for result in results:
            text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
            Path(f"/tmp/hma-seed-{result['label']}.json").write_text(text, encoding="utf-8")
            if a.save:
                a.save.mkdir(parents=True, exist_ok=True)
                (a.save / f"{result['label']}.json").write_text(text, encoding="utf-8")
            keys = ("label", "wall", "cpu", "floor", "x_floor_cpu", "x_floor_wall")
            print(json.dumps({k: result[k] for k in keys}))
    elif a.cmd == "report":
        runs = [json.loads(f.read_text(encoding="utf-8")) for f in a.runs]
        a.out.write_text(report(runs), encoding="utf-8")
        a.current.write_text(report(current(runs), stages_of="largest"), encoding="utf-8")
    else:
        corpus = a.corpus.resolve()
        n = sum(1 for _ in (corpus / "corpus/manifest.csv").open(encoding="utf-8")) - 1
        label = a.label or f"{n // 1000 if n >= 1000 else n}{'k' if n >= 1000 else ''}-c{a.cores}"
        settings = {k: json.loads(v) for k, v in (kv.split("=", 1) for kv in a.set)}
        result = run(corpus, a.cores, label, a.repo.resolve() if a.repo else None, settings)
        text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
        (corpus / f"bench-{label}.json").write_text(text, encoding="utf-8")
        if a.save:
            a.save.mkdir(parents=True, exist_ok=True)
            (a.save / f"{label}.json").write_text(text, encoding="utf-8")
        print(text)


if __name__ == "__main__":
    main()
