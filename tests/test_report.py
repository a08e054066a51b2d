"""Captions for `snakemake --report`: the paper's text, shown verbatim, found where the Makefile looks."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.report import rst_caption, write_captions

REPO = Path(__file__).resolve().parents[1]


def _as_snakemake_shows_it(rst: str) -> str:
    """What Snakemake's report does with a caption file: Jinja2, then RST to HTML (then we read the text)."""
    jinja2 = pytest.importorskip("jinja2")
    core = pytest.importorskip("docutils.core")
    body = core.publish_parts(jinja2.Environment().from_string(rst).render(), writer="html")["body"]
    return html.unescape(re.sub(r"<[^>]+>", "", body)).strip()


@pytest.mark.parametrize(
    "caption",
    [
        "Stance balance: (favor − against) / (favor + against); n_units of ru_pk_ and *all* outlets.",
        "Counts: {n} and {{ not a template }} nor {% a tag %}; `code`, |sub|, [1]_ and http://x.org/a_b.",
        "रूस–पाकिस्तान: 3 लेख; 1 article.\n\nA second paragraph joins the first.",
    ],
)
def test_a_caption_shows_in_the_report_exactly_as_the_paper_prints_it(caption: str):
    assert _as_snakemake_shows_it(rst_caption(caption)) == " ".join(caption.split())


def test_captions_are_written_one_file_per_stem(tmp_path: Path):
    paths = write_captions({"b": "Second.", "a": "First."}, tmp_path / "captions")
    assert [p.name for p in paths] == ["a.rst", "b.rst"]
    assert (tmp_path / "captions/a.rst").read_text(encoding="utf-8") == "First\\.\n"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=REPO, capture_output=True, text=True)


def test_the_report_path_follows_the_corpus_config():
    assert _cli("path", "report").stdout.strip() == "results/report/report.html"
    covid = _cli("path", "report", "--config", "config/corpora/covid5.yaml")
    assert covid.stdout.strip() == "results/covid5/report/report.html"


def test_an_unknown_output_name_is_one_line_naming_it():
    run = _cli("path", "raport")
    assert run.returncode == 1 and "raport" in run.stderr and "Traceback" not in run.stderr
