"""The paper as a PDF: XeLaTeX with Noto Sans Devanagari, code hidden, same bytes twice, no dropped glyph.

A small synthetic notebook stands in for the paper (a heading, prose and a table with Hindi,
a stream output, a figure), so the test takes seconds; the font and the glyphs are checked
with poppler's `pdffonts`/`pdftotext`. Tests skip with the reason where `xelatex` (or poppler)
is not installed; the message for a missing `xelatex` is tested without it.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import paper_pdf
from analysis.errors import UserError

NEEDS_TEX = pytest.mark.skipif(shutil.which("xelatex") is None, reason="needs XeLaTeX (xelatex) for the PDF")
NEEDS_POPPLER = pytest.mark.skipif(
    shutil.which("pdffonts") is None or shutil.which("pdftotext") is None, reason="needs poppler (pdffonts, pdftotext)"
)
HINDI = "रूस और पाकिस्तान के सैन्य अधिकारियों ने की मुलाकात"


def _png() -> str:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 1.5), dpi=72)
    fig.add_subplot().plot([0, 1], [1, 0])
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def synthetic_paper(extra: str = "") -> nbformat.NotebookNode:
    table = pd.DataFrame({"doc_id": ["000_70fcd1fcf208ac3d"], "शीर्षक": [HINDI], "alpha": [0.8123]})
    outputs = [
        nbformat.v4.new_output("display_data", data={"text/markdown": f"**Result.** alpha ≥ .800 in {HINDI}{extra}"}),
        nbformat.v4.new_output("display_data", data={"text/latex": paper_pdf.table_latex(table), "text/plain": "t"}),
        nbformat.v4.new_output("stream", name="stdout", text=f"stream: {HINDI}\n"),
        nbformat.v4.new_output("display_data", data={"image/png": _png(), "text/plain": "figure"}),
    ]
    return nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell(f"# हिंदी समाचार\n\n## Data\n\nThe corpus: `seeds` & *more*, {HINDI}."),
            nbformat.v4.new_code_cell("secret_code_marker = show(table)", outputs=outputs),
        ]
    )


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "paper.pdf"
    path.write_bytes(paper_pdf.to_pdf(synthetic_paper(), title="paper", source=Path("synthetic.ipynb")))
    return path


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=60).stdout


@NEEDS_TEX
@NEEDS_POPPLER
def test_pdf_is_typeset_in_the_embedded_devanagari_font_without_code(pdf: Path) -> None:
    fonts = _run("pdffonts", str(pdf))
    assert "NotoSansDevanagari" in fonts
    text = _run("pdftotext", "-enc", "UTF-8", str(pdf), "-")
    assert "secret_code_marker" not in text  # the cell's code is hidden, as in the HTML
    assert "Result." in text and "000_70fcd1fcf208ac3d" in text and "0.81" in text


@NEEDS_TEX
def test_same_notebook_same_pdf_bytes(pdf: Path) -> None:
    again = paper_pdf.to_pdf(synthetic_paper(), title="paper", source=Path("synthetic.ipynb"))
    assert again == pdf.read_bytes()


@NEEDS_TEX
def test_a_character_the_font_lacks_is_refused_not_dropped() -> None:
    with pytest.raises(UserError, match="would drop characters its font lacks: ☃"):
        paper_pdf.to_pdf(synthetic_paper(extra=" ☃"), title="paper", source=Path("synthetic.ipynb"))


def test_missing_xelatex_is_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paper_pdf.shutil, "which", lambda name: None)
    with pytest.raises(UserError, match=r"synthetic.ipynb: no PDF: `xelatex` is not installed.*paper.pdf: false"):
        paper_pdf.to_pdf(synthetic_paper(), title="paper", source=Path("synthetic.ipynb"))


def test_code_is_shown_in_the_pdf_only_when_asked() -> None:
    hidden = paper_pdf.pdf_exporter(show_code=False)
    shown = paper_pdf.pdf_exporter(show_code=True)
    assert hidden.exclude_input and not shown.exclude_input


def test_every_pass_but_the_last_skips_the_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # the draft pass only writes the .aux (table widths) the last pass reads: xdvipdfmx runs once
    exporter = paper_pdf.pdf_exporter()
    calls: list[tuple[list[str], int]] = []
    monkeypatch.setattr(
        type(exporter), "run_command", lambda self, cmd, name, n, log, fail=None: calls.append((cmd, n)) or True
    )
    exporter.run_latex("paper.tex")
    assert [cmd[:2] for cmd, _ in calls] == [
        ["xelatex", "-no-pdf"],
        ["xelatex", f"-output-driver={paper_pdf.PDF_DRIVER}"],
    ]
    assert [n for _, n in calls] == [1, 1]


@NEEDS_TEX
def test_a_draft_first_pass_gives_the_bytes_of_two_full_passes(pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the table's column widths come from the first pass's .aux: one full pass alone would differ
    from nbconvert import PDFExporter

    class CheckedPDFExporter(paper_pdf._checked_exporter()):  # nbconvert's own passes, each a PDF
        def run_latex(self, filename: str, raise_on_failure: type[Exception] | None = None) -> bool:
            return PDFExporter.run_latex(self, filename)

    monkeypatch.setattr(paper_pdf, "_checked_exporter", lambda: CheckedPDFExporter)
    assert paper_pdf.to_pdf(synthetic_paper(), title="paper", source=Path("synthetic.ipynb")) == pdf.read_bytes()


@NEEDS_TEX
def test_the_worker_typesets_the_notebook_it_is_sent_as_the_file_would_be(pdf: Path, tmp_path: Path) -> None:
    text = nbformat.writes(synthetic_paper()) + "\n"
    worker = paper_pdf.PdfWorker.start(tmp_path / "paper.pdf")
    worker.send(text)
    worker.finish()
    assert (tmp_path / "paper.pdf").read_bytes() == pdf.read_bytes()


@NEEDS_TEX
def test_a_worker_that_fails_says_why_in_one_line(tmp_path: Path) -> None:
    worker = paper_pdf.PdfWorker.start(tmp_path / "paper.pdf")
    worker.send(nbformat.writes(synthetic_paper(extra=" ☃")) + "\n")
    with pytest.raises(UserError, match=r"paper.pdf: the PDF failed: .*font lacks: ☃"):
        worker.finish()
    assert not (tmp_path / "paper.pdf").exists()


def test_a_cancelled_worker_ends_and_writes_nothing(tmp_path: Path) -> None:
    worker = paper_pdf.PdfWorker.start(tmp_path / "paper.pdf")
    worker.cancel()
    assert worker.process.returncode is not None
    assert not (tmp_path / "paper.pdf").exists()


def test_the_papers_kernel_imports_its_helpers_without_the_typesetting_stack() -> None:
    # the paper notebook imports analysis.notebook (CONFIG_ENV) and analysis.paper_pdf (table_latex)
    heavy = ("nbconvert", "nbclient", "jupytext", "mistune", "jupyter_client")
    code = f"import sys, analysis.notebook, analysis.paper_pdf; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_the_papers_kernel_imports_the_comparison_helpers_without_the_coder() -> None:
    # cell 0 takes outlet names and constants from analysis.compare; the coder is for the compare job
    code = "import sys, analysis.compare; print('analysis.coding' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_the_paper_job_starts_its_pdf_worker_without_importing_pandas() -> None:
    # the paper job imports this module for PdfWorker before its kernel starts: no pandas there
    code = "import sys, analysis.paper_pdf; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"


@NEEDS_TEX
def test_a_warmed_up_exporter_typesets_the_bytes_of_a_fresh_one(pdf: Path) -> None:
    # the worker warms its exporter up on a notebook of its own while the kernel runs
    exporter = paper_pdf.warm_exporter()
    again = paper_pdf.to_pdf(synthetic_paper(), title="paper", source=Path("synthetic.ipynb"), exporter=exporter)
    assert again == pdf.read_bytes()


def test_bibtex_runs_only_for_a_document_with_a_bibliography(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    exporter = paper_pdf.pdf_exporter()
    calls: list[list[str]] = []
    monkeypatch.setattr(type(exporter), "run_command", lambda self, cmd, name, n, log, fail=None: calls.append(cmd))
    monkeypatch.chdir(tmp_path)
    Path("paper.aux").write_text("\\relax\n\\gdef \\@abspage@last{2}\n", encoding="utf-8")
    assert exporter.run_bib("paper.tex") is False  # what bibtex's failure without \bibdata told nbconvert
    assert calls == []
    Path("paper.aux").write_text("\\relax\n\\citation{x}\n\\bibdata{refs}\n", encoding="utf-8")
    exporter.run_bib("paper.tex")
    assert calls and calls[0][0] == "bibtex"


@NEEDS_TEX
def test_a_pdf_typeset_without_the_failing_bibtex_run_has_the_same_bytes(
    pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nbconvert import PDFExporter

    class CheckedPDFExporter(paper_pdf._checked_exporter()):  # bibtex run after every typesetting, as nbconvert does
        def run_bib(self, filename: str, raise_on_failure: bool = False) -> bool:
            return PDFExporter.run_bib(self, filename, raise_on_failure)

    monkeypatch.setattr(paper_pdf, "_checked_exporter", lambda: CheckedPDFExporter)
    assert paper_pdf.to_pdf(synthetic_paper(), title="paper", source=Path("synthetic.ipynb")) == pdf.read_bytes()


def test_an_outlet_name_column_of_the_papers_pdf_is_given_its_whole_name_before_the_titles() -> None:
    import re

    table = pd.DataFrame(
        {
            "Article": ["गंगा_टाइम्स_2025-07-09_kosi_flood", "लोक_आवाज़_2025-06-30_mumbai_rain"],
            "Outlet": ["गंगा टाइम्स", "लोक आवाज़"],
            "Date": ["2025-07-09", "2025-06-30"],
            "Title": ["कोसी का जलस्तर खतरे के निशान से ऊपर, बीस गांव खाली कराए गए", "मुंबई में मूसलाधार बारिश से लोकल ट्रेनें ठप"],
            "Status": ["ok", "ok"],
        }
    )

    def widths(names: list[int]) -> list[float]:
        return [float(w) for w in re.findall(r"hsize=([0-9.]+)", paper_pdf.table_latex(table, names=names))]

    plain, named = widths([]), widths([1])
    assert named[1] / named[3] > plain[1] / plain[3]  # the outlet's share of the line grows, the title's gives way
    assert len(named) == 5


@NEEDS_TEX
@NEEDS_POPPLER
def test_dates_ids_and_intervals_of_a_data_table_stay_on_one_line(tmp_path: Path) -> None:
    """The seed paper's data table printed '2025-' above '06-28'; the COVID paper's reuse table a doc id in four lines."""
    n = 4
    table = pd.DataFrame(
        {
            "Article": [f"NT-2020-MAY-0{i}-00{i}" for i in range(1, n + 1)],
            "Outlet": ["नगर समाचार", "पहाड़ की आवाज़", "Evening Lamp", "गंगा टाइम्स"],
            "Date": [f"2025-06-2{i}" for i in range(1, n + 1)],
            "Title": [f"{HINDI} और नदी किनारे के गांवों में राहत शिविरों की तैयारी पूरी {i}" for i in range(n)],
            "Share": [f"0.3{i} [0.2{i}, 0.4{i}]" for i in range(n)],
            "Units": [12] * n,
        }
    )
    outputs = [nbformat.v4.new_output("display_data", data={"text/latex": paper_pdf.table_latex(table, names=[1])})]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("show(table)", outputs=outputs)])
    path = tmp_path / "table.pdf"
    path.write_bytes(paper_pdf.to_pdf(nb, title="table", source=Path("table.ipynb")))
    text = _run("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-")
    for i in range(1, n + 1):
        assert f"2025-06-2{i}" in text and f"NT-2020-MAY-0{i}-00{i}" in text, text
        assert f"[0.2{i - 1}, 0.4{i - 1}]" in text, text


@NEEDS_TEX
@NEEDS_POPPLER
def test_a_path_in_the_prose_ends_a_line_after_a_slash_and_is_never_hyphenated(tmp_path: Path) -> None:
    """The COVID paper printed 're-' above 'sults/covid5/corpus/intake.csv' and stretched a line around a path."""
    path = "results/mycorpus/validation/reference_from_sheets.csv"
    paragraphs = [
        f"Validation: {'x' * i} {27 + i} units of 1225 documents were coded by hand (`{path}`; 32 coders)."
        for i in range(12)
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("\n\n".join(paragraphs))])
    pdf = tmp_path / "prose.pdf"
    pdf.write_bytes(paper_pdf.to_pdf(nb, title="prose", source=Path("prose.ipynb")))
    # -layout: pdftotext would otherwise join a hyphenated line end to the next line, hiding "re-" "sults"
    lines = [line.strip() for line in _run("pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-").splitlines()]
    assert not [line for line in lines if line.endswith("-")], lines  # the prose has no hyphen but in the path
    assert "".join(lines).count(path) == len(paragraphs)  # its pieces, joined again, are the path
    assert any(line.endswith("/") for line in lines)  # a path that does not fit ends the line after a slash


@NEEDS_TEX
@NEEDS_POPPLER
def test_a_date_in_the_prose_never_ends_a_line_at_its_hyphen(tmp_path: Path) -> None:
    """The COVID paper's Data paragraph ended a line with '… to 2020-05-' and began the next with '15.'."""
    paragraphs = [
        f"The corpus is 2879 articles read from `../data/{'y' * i}corpora/hindi-news-5papers`, each listed in "
        "`../data/corpora/hindi-news-5papers/manifest.csv`, from 5 outlets (Nagar Samachar, Pahadi Awaz, Ganga "
        "Times, Lok Awaz and Evening Lamp), published from 2020-03-01 to 2020-05-15."
        for i in range(12)
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("\n\n".join(paragraphs))])
    pdf = tmp_path / "dates.pdf"
    pdf.write_bytes(paper_pdf.to_pdf(nb, title="dates", source=Path("dates.ipynb")))
    text = _run("pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-")  # -layout: no line-end hyphen is removed
    assert not [line for line in text.splitlines() if line.rstrip().endswith("-")], text
    assert text.count("2020-05-15") == len(paragraphs)


@NEEDS_TEX
@NEEDS_POPPLER
def test_a_data_table_too_wide_for_small_type_is_set_smaller_and_no_id_runs_into_the_next_column(
    tmp_path: Path,
) -> None:
    """The seed paper's nine-column data table printed '9f78bb9ca59e6774Printlines': the id overran its column."""
    ids = ["3a9c51e07d4b8f26", "9f78bb9ca59e6774", "c8b743e923a71395"]
    table = pd.DataFrame(
        {
            "Article": [f"00{i}_{h}" for i, h in enumerate(ids)],
            "Outlet": ["The Evening", "Printlines", "Lamp Times"],
            "Date": ["2021-04-08", "unknown", "2024-11-27"],
            "Published source": ["manifest", "text", "manifest"],
            "Event": ["visit_pakistan_2021", "visit_pakistan_2024", "visit_india_2021"],
            "Title": [HINDI, f"{HINDI} और आगे की बातचीत", HINDI],
            "Byline": ["", "Kushwaha", ""],
            "Units": [14, 20, 19],
            "Status": ["ok"] * 3,
        }
    )
    latex = paper_pdf.table_latex(table, names=[1])
    assert latex.startswith(r"{\scriptsize")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("show(t)", outputs=[
        nbformat.v4.new_output("display_data", data={"text/latex": latex, "text/plain": "t"})
    ])])  # fmt: skip
    pdf = tmp_path / "data.pdf"
    pdf.write_bytes(paper_pdf.to_pdf(nb, title="data", source=Path("data.ipynb")))
    text = _run("pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-")
    for h in ids:
        assert re.search(rf"{h}(\s|$)", text, flags=re.M), text  # the id ends before its neighbour begins


@NEEDS_TEX
def test_passes_started_before_the_notebook_typeset_the_bytes_of_ordinary_passes(pdf: Path) -> None:
    # the PDF worker starts both XeLaTeX passes (their preamble) while the kernel runs
    exporter = paper_pdf.warm_exporter()
    passes = paper_pdf.prestart(exporter, "paper")
    assert passes is not None
    try:
        again = paper_pdf.to_pdf(synthetic_paper(), title="paper", source=Path("synthetic.ipynb"), exporter=exporter)
    finally:
        passes.close()
    assert [run.process.returncode for run in passes.passes] == [0, 0]  # both were used, and ended well
    assert again == pdf.read_bytes()
    assert not any(run.folder.exists() for run in passes.passes)


@NEEDS_TEX
def test_passes_started_for_another_preamble_are_left_and_the_pdf_is_typeset_as_before(pdf: Path) -> None:
    exporter = paper_pdf.warm_exporter()
    passes = paper_pdf.prestart(exporter, "another title")
    assert passes is not None
    try:
        again = paper_pdf.to_pdf(synthetic_paper(), title="paper", source=Path("synthetic.ipynb"), exporter=exporter)
        assert all(run.process.poll() is None for run in passes.passes)  # still waiting at the gate
    finally:
        passes.close()
    assert again == pdf.read_bytes()
    assert all(run.process.returncode is not None for run in passes.passes)


@NEEDS_TEX
def test_a_tex_error_in_the_body_of_a_started_pass_is_the_error_of_its_run(tmp_path: Path) -> None:
    from analysis.latex_passes import LatexPasses

    command = ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "{filename}"]
    passes = LatexPasses.start("\\documentclass{article}\n", command, {}, dict(paper_pdf.os.environ))
    (tmp_path / "notebook.tex").write_text(
        "\\documentclass{article}\n\\begin{document}\n\\hmaNoSuchCommand\n\\end{document}\n", encoding="utf-8"
    )
    try:
        with pytest.raises(RuntimeError, match=r"-no-pdf(.|\n)*Undefined control sequence"):
            passes.run(tmp_path, RuntimeError)
    finally:
        passes.close()
    assert not (tmp_path / "notebook.pdf").exists()
