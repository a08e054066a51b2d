"""End to end: the whole workflow, run on the seeds in a temporary copy of the repo.

This is what `make` does on a fresh clone, so it catches a missing file, a path outside
the repo, or a rule whose declared outputs are not what it writes.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.e2e
# two seeds per job: the five seeds make three shards, so sharding and merging are exercised
SMALL_SHARDS = ("--config", "shard_size=2")


def _project_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [line for line in out.splitlines() if line and (REPO / line).is_file()]


def copy_project(dest: Path) -> Path:
    for rel in _project_files():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, target)
    return dest


def snakemake(workdir: Path, *args: str, timeout: int = 1500) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SNAKEMAKE")}
    return subprocess.run(
        [sys.executable, "-m", "snakemake", "--cores", "2", *args],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    work = copy_project(tmp_path_factory.mktemp("rebuild") / "repo")
    run = snakemake(work, *SMALL_SHARDS)
    assert run.returncode == 0, run.stderr[-4000:]
    return work


def test_every_seed_is_an_ok_article_with_units(built: Path):
    articles = pd.read_parquet(built / "results/corpus/articles.parquet")
    seeds = sorted(p.stem for p in (built / "seeds").glob("*.txt"))
    assert sorted(articles["doc_id"]) == seeds
    assert set(articles["status"]) == {"ok"}
    units = pd.read_parquet(built / "results/corpus/units.parquet")
    assert set(units["doc_id"]) == set(seeds)
    assert (articles.set_index("doc_id")["n_units"] == units.groupby("doc_id").size()).all()


def test_every_figure_in_three_formats_with_caption(built: Path):
    from analysis import catalog

    for name in ["frame_profile", "stance_balance", "source_mix", "headline_body", "reuse_matrix", "reliability"]:
        for ext in [*catalog.FIGURE_FORMATS, catalog.CAPTION_SUFFIX, catalog.SNIPPET_SUFFIX]:
            assert (built / "figures" / f"{name}.{ext}").stat().st_size > 0, (name, ext)


def test_paper_notebook_executed_under_results_and_manifest_lists_it(built: Path):
    assert (built / "results/paper/paper.html").stat().st_size > 0
    assert not list((built / "notebooks").glob("paper.*html"))  # notebooks/ holds the source only
    manifest = (built / "results/MANIFEST.sha256").read_text(encoding="utf-8")
    assert "results/paper/paper.ipynb" in manifest and "figures/reliability.pdf" in manifest
    assert "results/config.json" in manifest
    assert "results/benchmarks" not in manifest and "results/logs" not in manifest


def test_reuse_of_the_shared_statement_is_found_and_not_called_cross_outlet(built: Path):
    # seed 000 (ETV Bharat) and seed 001 (outlet unknown) share it: 001 may come from ETV Bharat
    # itself, so the pair is outlet-unknown, neither within nor across outlets (issue #14)
    passages = pd.read_csv(built / "results/reuse/passages.csv")
    shared = passages[passages["text_a"].str.contains("क्षेत्र के सभी राज्यों के हित में है")]
    assert set(shared["scope"]) == {"outlet-unknown"}
    assert set(zip(shared["doc_a"].str[:3], shared["doc_b"].str[:3])) == {("000", "001")}


def test_reliability_reported_for_both_document_groups(built: Path):
    rel = pd.read_csv(built / "results/validation/reliability.csv")
    assert {"development", "held-out"} <= set(rel["group"])
    assert (rel.loc[rel["statistic"] == "alpha", "n"] > 0).all()


def test_coding_covers_every_unit(built: Path):
    units = pd.read_parquet(built / "results/corpus/units.parquet")
    coded = pd.read_parquet(built / "results/coding/units.parquet")
    assert len(coded) == len(units)
    assert {"frames", "stance_ru_pk", "stance_ru_in", "voice", "speaker", "cues"} <= set(coded.columns)
    assert set(coded["voice"]) <= {"outlet", "quoted", "reported"}


def test_noop_rebuild_plans_no_jobs(built: Path):
    run = snakemake(built, "--dry-run", *SMALL_SHARDS)
    assert run.returncode == 0, run.stderr
    assert "Nothing to be done" in run.stdout + run.stderr


def test_touching_one_seed_reruns_only_its_shard(built: Path, tmp_path: Path):
    work = tmp_path / "repo"
    shutil.copytree(built, work, symlinks=True)
    # Snakemake compares checksums, so a touch alone changes nothing: edit the file
    with open(work / "seeds/003_9f78bb9ca59e6774.txt", "a", encoding="utf-8") as f:
        f.write("\n")  # seeds 002+003 form shard s0001
    run = snakemake(work, "--dry-run", *SMALL_SHARDS)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "shard=s0001" in out
    assert "shard=s0000" not in out and "shard=s0002" not in out


def test_a_shard_job_reads_two_planned_files_not_every_document(built: Path):
    # Snakemake checksums every input of a job once per output: 100k article files as inputs
    # made most of its own CPU at 100k articles (issue #15)
    run = snakemake(built, "--dry-run", "--forcerun", "shard", *SMALL_SHARDS)
    assert run.returncode == 0, run.stderr
    inputs, rule = [], None
    for line in run.stdout.splitlines():
        if re.match(r"^(local)?rule \w+:", line):
            rule = line.split()[-1].rstrip(":")
        elif rule == "shard" and line.strip().startswith("input:"):
            inputs.append(line.split(":", 1)[1].strip().split(", "))
    assert len(inputs) == 3  # five seeds, two per shard
    for files in inputs:
        assert len(files) == 3 and not any(f.startswith("seeds/") for f in files)
        assert any(f.endswith(".digests.txt") for f in files) and any(f.endswith(".entries.json") for f in files)


def test_editing_one_manifest_row_reruns_only_its_shard(built: Path, tmp_path: Path):
    work = tmp_path / "repo"
    shutil.copytree(built, work, symlinks=True)
    manifest = work / "seeds/manifest.csv"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace(",fomin_pakistan_2024,", ",fomin_visit,"), encoding="utf-8")  # seed 003's event
    run = snakemake(work, "--dry-run", *SMALL_SHARDS)
    assert run.returncode == 0, run.stderr
    assert "shard=s0001" in run.stdout
    assert "shard=s0000" not in run.stdout and "shard=s0002" not in run.stdout


def _report_captions(report: Path) -> list[str]:
    """The captions a Snakemake report shows (JSON strings of HTML in the page), as plain text."""
    page = report.read_text(encoding="utf-8")
    found = [json.loads(m) for m in re.findall(r'"caption": ("(?:[^"\\]|\\.)*")', page)]
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", "", c)).split()) for c in found]


def test_report_shows_every_figure_and_table_with_the_papers_caption(built: Path, tmp_path: Path):
    from analysis import catalog

    report = tmp_path / "report.html"
    run = snakemake(built, "--report", str(report), *SMALL_SHARDS)
    assert run.returncode == 0, run.stderr[-4000:]
    captions = _report_captions(report)
    stems = [stem for fig in catalog.FIGURES for _, stem in catalog.figure_stems(fig.name)]
    for stem in stems:  # the text the paper prints under the figure, numbers filled in
        text = (built / "figures" / f"{stem}.{catalog.CAPTION_SUFFIX}").read_text(encoding="utf-8")
        assert " ".join(text.split()) in captions, stem
    for table in catalog.TABLES:
        assert table.caption in captions, table.name
    assert len(captions) == len(stems) + len(catalog.TABLES)


def test_config_with_unknown_key_stops_with_its_name(tmp_path: Path):
    work = copy_project(tmp_path / "repo")
    run = snakemake(work, "--dry-run", "--config", "shard_sise=3")
    assert run.returncode != 0
    assert "shard_sise" in run.stdout + run.stderr


def test_config_with_wrong_type_stops_with_its_name(tmp_path: Path):
    work = copy_project(tmp_path / "repo")
    run = snakemake(work, "--dry-run", "--config", "shard_size=many")
    assert run.returncode != 0
    assert "shard_size" in run.stdout + run.stderr


def test_every_catalogued_output_is_where_the_catalogue_says(built: Path):
    from analysis import catalog

    # the seeds keep their own figures/ and have a reference file (no coding sheet, no sheets to join)
    # and `make report`, not the build, writes the report
    not_for_seeds = {"figures", "coding_sheet", "coding_sheet_xlsx", "coding_guide", "sheet_reference", "report"}
    for out in catalog.RESULTS.values():
        if "{shard}" in out.relpath or out.name in not_for_seeds:
            continue
        assert (built / catalog.result_path("results", out.name)).exists(), out.name
    for out in catalog.TABLES:
        assert (built / catalog.table_path("results", out.name, "tex")).stat().st_size > 0, out.name
    for out in catalog.FIGURES:
        for path in catalog.figure_files("figures", out.name):
            assert (built / path).stat().st_size > 0, path


def test_table_captions_come_from_the_catalogue(built: Path):
    from analysis.catalog import TABLE_CAPTIONS
    from analysis.latex import latex_escape

    tex = (built / "results/tables/stance_balance.tex").read_text(encoding="utf-8")
    assert r"\caption{" + latex_escape(TABLE_CAPTIONS["stance_balance"]) + "}" in tex  # its minus sign as $-$
    caption = (built / "figures/reuse_matrix.caption.txt").read_text(encoding="utf-8")
    assert "(5-word shingles" in caption  # config reuse.ngram


def test_parsing_the_workflow_imports_no_plotting_library_and_every_rule_runs_the_one_cli(tmp_path: Path):
    from analysis.__main__ import COMMANDS

    work = copy_project(tmp_path / "repo")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SNAKEMAKE")}
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "snakemake", "--cores", "1", "--dry-run", "--printshellcmds"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if "import time:" in line}
    assert "analysis.catalog" in imported and "matplotlib" not in imported
    log = run.stdout + run.stderr
    shells = [line for line in log.splitlines() if line.startswith("Shell command:") and line != "Shell command: None"]
    commands = [line.split(" -m ", 1)[1] for line in shells]  # "None": rule all, which runs nothing
    for command in commands:
        module, name = command.split()[:2]
        assert module == "analysis" and name in COMMANDS, command
    # a few jobs, one per stage, each a command of the one CLI; the seeds are one shard, so reading,
    # coding and joining them is one `corpus` job (a corpus of several shards: shard jobs and a merge)
    stages = {"write-config", "corpus", "validate", "reuse", "compare", "figure", "paper", "manifest"}
    ran = {c.split()[1] for c in commands}
    assert ran == stages, ran  # where XeLaTeX is, the paper job typesets the PDF itself (paper --pdf)
    assert len(commands) <= 13


def test_every_table_written_matches_its_contract(built: Path):
    from analysis.codebook import load_codebook
    from analysis.tables import output_specs, validate

    specs = output_specs(load_codebook(built / "config/codebook.yaml"))
    for spec in specs:
        path = built / spec.name
        assert path.is_file(), f"{spec.name} has a contract but the build did not write it"
        df = pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)
        validate(df, spec)
    written = {
        p.relative_to(built).as_posix()
        for p in (built / "results").rglob("*")
        if p.suffix in (".parquet", ".csv") and "shards" not in p.parts and "confusion" not in p.parts
    }
    # the reuse matrix is a wide outlet × outlet table: its columns are the outlets themselves
    assert written - {s.name for s in specs} == {"results/tables/reuse_matrix.csv"}


def test_what_the_snakefile_imports_to_plan_jobs_pulls_in_no_pandas_or_plotting():
    # Snakemake itself imports pandas later (to compare rule parameters); our planning does not
    code = (
        "import sys; import analysis.catalog, analysis.settings, analysis.workflow, analysis.plan; "
        "print(sorted(m for m in ('pandas', 'numpy', 'matplotlib', 'dateparser') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.skipif(
    shutil.which("xelatex") is None or shutil.which("pdftotext") is None,
    reason="xelatex or pdftotext not installed: apt-get install texlive-xetex texlive-latex-extra poppler-utils",
)
def test_seed_tables_compile_in_english_and_hindi_without_overfull_boxes(built: Path, tmp_path: Path):
    from analysis.codebook import load_codebook
    from analysis.labels import Labels, codebook_labels
    from analysis.latex import compile_demo, write_from_csv

    tables = built / "results" / "tables"
    codebook = load_codebook(built / "config" / "codebook.yaml")
    hindi = Labels("hi", codebook_labels(codebook, "hi"))
    shutil.copytree(tables, tmp_path / "en")  # the build's own .tex files, as a user compiles them
    write_from_csv(tables, tmp_path / "hi", hindi)  # the same tables with `figures.lang: hi`
    text = {}
    for lang in ("en", "hi"):
        done = compile_demo(tmp_path / lang)
        assert done.returncode == 0 and done.errors == (), done.errors
        assert [w for w in done.overfull if w > 1.0] == [], f"{lang}: overfull boxes {done.overfull}"
        assert done.missing_glyphs == 0
        text[lang] = subprocess.run(["pdftotext", str(done.pdf), "-"], capture_output=True, text=True).stdout
    military = dict(codebook_labels(codebook, "en"))["frame:military"]
    assert military in text["en"] and "Reported speech" in text["en"]
    for raw_id in ("ru_pk", "ru_in", "frame_share", "stance_balance", "dominant_in_headline", "speaker_side"):
        assert raw_id not in text["en"], raw_id  # ids are data (CSV); the PDF shows labels
    assert hindi.of("frame", "military") in text["hi"] and hindi.of("voice", "reported") in text["hi"]
