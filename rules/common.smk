# Settings and helpers shared by every stage: where outputs go (from the catalogue), the shards
# of the corpus, and how a rule calls the `analysis` command line.
from pathlib import Path

from analysis.report import caption_file as _caption_file
from analysis.workflow import (
    corpus_mb,
    encode,
    figure_groups,
    mem_mb,
    package_fingerprint,
    plan_shards,
    shard_plan_paths,
    write_shard_plans,
)

# One software environment for every rule: requirements.lock. By default that is the venv
# running Snakemake (`make` builds it); with `--sdm conda`, Snakemake builds the same versions
# from config/envs/analysis.yaml and each rule runs that environment's `python`.
ENV = str(Path(workflow.basedir) / "config/envs/analysis.yaml")
CONDA = "CONDA" in {m.name for m in workflow.deployment_settings.deployment_method}
PY = "python" if CONDA else sys.executable
RES = config["paths"]["results"]
FIG = config["paths"]["figures"]
LOGS = catalog.result_path(RES, "logs")
BENCH = catalog.result_path(RES, "benchmarks")
CORPUS = config["corpus"]
CORPUS_MANIFEST = [CORPUS["manifest"]] if CORPUS.get("manifest") else []
with settings.exit_on_user_error("config error"):
    SHARDS = {
        s.name: s for s in plan_shards(CORPUS, Path(workflow.basedir), config["shard_bytes"], config["shard_size"])
    }
    # each shard job's only inputs: its entries and its files' digests (analysis/workflow.py)
    SHARD_ENTRIES, SHARD_DIGESTS = shard_plan_paths(RES)
    write_shard_plans(SHARDS.values(), Path(workflow.basedir), SHARD_ENTRIES, SHARD_DIGESTS)
# Input MB: the heavy jobs declare `mem_mb` from it (analysis/workflow.py), so a run capped with
# `--resources mem_mb=N` (profiles/default, Makefile) never runs jobs together beyond N.
INPUT_MB = corpus_mb(list(SHARDS.values()))
CODEBOOK = config["codebook"]
VALIDATION = config["validation"] or {}
# A reference file: the coder is validated against it (filled coding sheets are joined into
# one, see settings.reference_file). Without one, the workflow draws a coding sheet for people
# to fill in instead (and the paper says agreement is not measured).
SHEETS = VALIDATION.get("sheets") or []
REFERENCES = settings.reference_files(config)  # coding rounds as given
REFERENCE = settings.reference_file(config)  # the one file validation reads (joined if several)
PAPER = config["paper"] or {}
PROSE = [PAPER["study_prose"]] if PAPER.get("study_prose") else []
STATS = config["statistics"]


def res(name):
    """Path of a catalogued output under this config's results root."""
    return catalog.result_path(RES, name)


# Tables by name (what figures and the paper read): the comparison tables, then the reuse
# matrix and, with a reference coding, the reliability table.
COMPARISON_TABLES = [t.name for t in catalog.TABLES]
VALIDATION_TABLES = ["reliability"] if REFERENCE else []
TABLES = {t: catalog.table_path(RES, t) for t in [*COMPARISON_TABLES, "reuse_matrix", *VALIDATION_TABLES]}
# Figures whose inputs this config produces (no reliability figure without hand coding), drawn
# a few to a process: two jobs, one per core once the tables are done, dealt so that they end
# about together given when each one's tables come (the reliability table last on the seeds) and
# how much hand coding there is (the COVID rounds' reliability table comes seconds late); the
# reuse and reliability figures go to different jobs (analysis/workflow.py: figure_groups).
FIGURES = [f for f in catalog.FIGURES if set(f.reads) <= TABLES.keys()]
FIGURE_GROUPS = {
    str(i): figs for i, figs in enumerate(figure_groups(FIGURES, reference_files=len(REFERENCES) + len(SHEETS)), 1)
}
CODING_SHEET = [] if REFERENCE else [res(n) for n in ("coding_sheet", "coding_sheet_xlsx", "coding_guide")]
FIGURE_FILES = {f.name: catalog.figure_files(FIG, f.name) for f in FIGURES}
# `snakemake --report` shows every table and figure with the caption the paper prints, as RST
# files the table and figure jobs write here (see analysis/report.py).
# Tables and figures share names (frame_profile), so each kind has its own folder.
CAPTIONS = {kind: f"{res('report_captions')}/{kind}" for kind in ("tables", "figures")}


# In every command, so that a change to the package's code reruns the jobs (see package_fingerprint).
CODE = package_fingerprint(Path(workflow.basedir) / "analysis")


def cli(step):
    """A step of the `analysis` command line; its log is shown when it fails."""
    return f": code {CODE}; {PY} -m analysis {step} > {{log}} 2>&1 || {{{{ tail -n 20 {{log}} >&2; exit 1; }}}}"


def shard_outputs(name):
    return expand(res(name), shard=sorted(SHARDS))


def one_shard(name):
    """The one shard's file of a corpus of one shard (rules/corpus.smk's `corpus_tables`)."""
    return expand(res(name), shard=next(iter(SHARDS)))[0]


def final_outputs(with_manifest=True):
    out = [res("config"), res("articles"), res("coded_articles")]
    out += [TABLES[t] for t in VALIDATION_TABLES] + CODING_SHEET
    out += [TABLES[t] for t in COMPARISON_TABLES]
    out += [res("reuse_pairs"), *(f for files in FIGURE_FILES.values() for f in files)]
    if PAPER:
        out += [res("paper_ipynb"), res("paper_html")]
    if with_manifest:
        out += PAPER_PDF  # optional (needs xelatex, rules/paper.smk): built, not checksummed
        out.append(res("manifest"))
    return out


def caption_file(kind, stem):
    """The RST caption of a table or a figure stem, written by the job that makes it."""
    return _caption_file(CAPTIONS[kind], stem)


def in_report(path, kind, stem, labels):
    """An output shown by `snakemake --report`, with its caption (an absolute path: Snakemake
    resolves a relative one against the rule file's folder, not the working directory)."""
    caption = os.path.abspath(caption_file(kind, stem))
    return report(path, caption=caption, category=kind.capitalize(), labels=labels)


def table_output(name):
    """A comparison table's CSV, in the report under its catalogue title."""
    labels = {"table": catalog.result(name).title}
    return in_report(catalog.table_path(RES, name), "tables", name, labels)


def figure_outputs(fig):
    """A figure's files; its PNGs go into the report, labelled with the catalogue's title and width."""
    out = []
    for width, stem in catalog.figure_stems(fig.name):
        for f in catalog.figure_files(FIG, fig.name):
            if Path(f).name.startswith(f"{stem}.") and f.endswith(".png"):
                labels = {"figure": fig.title, "width": f"{width} column"}
                out.append(in_report(f, "figures", stem, labels))
            elif Path(f).name.startswith(f"{stem}."):
                out.append(f)
    return out


def manifest_inputs():
    out = final_outputs(with_manifest=False)
    out += [
        res("units"),
        res("cleaning_log"),
        res("intake"),
        res("coded_units"),
        res("reuse_passages"),
        res("reuse_matrix"),
        *(catalog.table_path(RES, t, "tex") for t in COMPARISON_TABLES),
    ]
    return sorted(set(out))
