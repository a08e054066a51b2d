"""Corpus text is data in every output: escaped in HTML, SVG and LaTeX, never a formula in a CSV or XLSX.

A corpus whose headlines, outlet names and bodies carry markup, LaTeX specials and a
spreadsheet formula is built end to end (paper on, no hand coding, so the coding sheet is
drawn too), and every HTML, SVG, .tex, CSV and XLSX output is checked. The same folder holds
a.txt and a.html: both are documents, with distinct ids (issue #14).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
import yaml
from test_workflow_e2e import copy_project, snakemake

RESULTS = "results/hostile"
HOSTILE = '=HYPERLINK("http://x.example","c") <script>alert(1)</script> & 50% \\x {y} $z$ a_b #1 ~^'
RAW_MARKUP = ("<script>alert(1)</script>", "<b>Outlet</b>")
BODY = "रूस और पाकिस्तान ने रक्षा सहयोग बढ़ाने पर सहमति जताई। {h} विदेश मंत्री ने कहा कि दोनों देशों के रिश्ते मजबूत हैं।"


def write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True)
    body = BODY.format(h=HOSTILE)
    rows = [
        {
            "id": f"r{i}",
            "title": f"खबर {i} {HOSTILE}",
            "outlet": HOSTILE if i % 2 else "Plain <b>Outlet</b> & Co",
            "text": body + f" खबर संख्या {i} में भारत का जिक्र भी है।",
            "published": "2021-04-07",
        }
        for i in range(6)
    ]
    (folder / "export.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    (folder / "a.txt").write_text(f"शीर्षक एक {HOSTILE}\n\n{body}\n", encoding="utf-8")
    escaped = body.replace("&", "&amp;").replace("<", "&lt;")
    (folder / "a.html").write_text(
        f"<html><head><title>शीर्षक दो</title></head><body><article><h1>शीर्षक दो</h1><p>{escaped}</p>"
        "<p>दूसरा अनुच्छेद रूस और भारत के संबंधों के बारे में है।</p></article></body></html>",
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    work = copy_project(tmp_path_factory.mktemp("hostile") / "repo")
    write_corpus(work / "hostile_corpus")
    cfg = {
        "corpus": {"name": "hostile", "input": "hostile_corpus"},
        "codebook": "config/codebook.yaml",
        "validation": None,
        "paths": {"results": RESULTS},
    }
    (work / "hostile.yaml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    run = snakemake(work, "--configfile", "hostile.yaml")
    assert run.returncode == 0, run.stderr[-4000:]
    return work / RESULTS


def outputs(root: Path, suffix: str) -> list[Path]:
    return sorted(p for p in root.rglob(f"*{suffix}") if "logs" not in p.parts and "benchmarks" not in p.parts)


@pytest.mark.e2e
def test_same_stem_files_are_two_documents_with_distinct_ids(built):
    articles = pd.read_parquet(built / "corpus/articles.parquet").set_index("doc_id")
    assert articles.loc["a_txt", "status"] == "ok" and articles.loc["a_html", "status"] == "ok"
    intake = pd.read_csv(built / "corpus/intake.csv", keep_default_na=False)
    assert set(intake.loc[intake["path"].isin(["a.txt", "a.html"]), "doc_id"]) == {"a_txt", "a_html"}


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside, self.scripts = False, []

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "script"

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.scripts.append(data)


@pytest.mark.e2e
def test_every_html_output_shows_the_markup_as_text(built):
    pages = outputs(built, ".html")
    assert pages, "no HTML output"
    shown = False
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for raw in RAW_MARKUP:
            assert raw not in text, (page, raw)
        parser = _Scripts()
        parser.feed(text)
        assert not any("alert(1)" in s for s in parser.scripts), page
        shown |= "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert shown, "the hostile text never reached an HTML output: the test checks nothing"


@pytest.mark.e2e
def test_every_svg_figure_is_well_formed_with_the_names_as_text(built):
    figures = outputs(built, ".svg")
    assert figures
    for svg in figures:
        ET.parse(svg)  # a raw '<' or '&' from an outlet name would break the XML
        assert "<script" not in svg.read_text(encoding="utf-8"), svg


@pytest.mark.e2e
def test_every_csv_cell_is_data_not_a_formula(built):
    found = False
    for path in outputs(built, ".csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    found |= cell.startswith("'=HYPERLINK")
                    assert not cell.startswith(("=", "@")), (path, cell)
                    if cell.startswith(("+", "-")):
                        float(cell.replace("−", "-"))  # a signed number, never text a spreadsheet would run
    assert found, "the hostile outlet never reached a CSV: the test checks nothing"


@pytest.mark.e2e
def test_the_coding_sheet_has_no_formula(built):
    import openpyxl

    book = openpyxl.load_workbook(built / "validation/coding_sheet.xlsx")
    hostile = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                # a cell starting with '=' is stored as a string cell: shown as text, never run
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                hostile += isinstance(cell.value, str) and cell.value.startswith("=HYPERLINK")
    assert hostile, "the hostile text never reached the coding sheet: the test checks nothing"


@pytest.mark.e2e
def test_every_latex_table_escapes_the_specials(built):
    tables = outputs(built / "tables", ".tex")
    text = (built / "tables/sample.tex").read_text(encoding="utf-8")
    rows = [ln for ln in text.splitlines() if "HYPERLINK" in ln and ln.rstrip().endswith("\\\\")]
    assert len(rows) == 1, rows  # the outlet's row (the column measurement above it holds single words)
    for escaped in ("50\\%", "\\#1", "\\$z\\$", "\\{y\\}", "\\&"):
        assert escaped in rows[0], (escaped, rows[0])
    assert not re.search(r"(?<!\\)[%#]", text), "a raw % or # in the table"
    if not shutil.which("xelatex"):
        pytest.skip("xelatex not installed: the .tex tables are checked by text only")
    run = subprocess.run(
        ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "all_tables.tex"],
        cwd=built / "tables",
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert len(tables) > 3


def test_a_dollar_sign_in_an_outlet_name_is_shown_as_written():
    """'$z$' in a name is text, not mathtext (which would print an italic z and drop the '$')."""
    from matplotlib.text import Text

    from analysis.figures import render_figure

    fp = pd.DataFrame(
        {"outlet": ["Cost $5 $z$ news"], "frame": ["military"], "share": [0.5], "ci_low": [float("nan")]}
    ).assign(ci_high=float("nan"), n_articles=1, n_units=2, units_with_frame=1, note="descriptive only")
    fig, _ = render_figure("frame_profile", {"frame_profile": fp}, width="one")
    texts = [t for t in fig.findobj(Text) if "$z$" in t.get_text()]
    assert texts and not any(t.get_parse_math() for t in texts)
