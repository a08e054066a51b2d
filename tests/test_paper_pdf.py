"""The paper as a PDF: XeLaTeX with Noto Sans Devanagari, code hidden, same bytes twice, no dropped glyph.

A small synthetic notebook stands in for the paper (a heading, prose and a table with Hindi,
a stream output, a figure), so the test takes seconds; the font and the glyphs are checked
with poppler's `pdffonts`/`pdftotext`. Tests skip with the reason where `xelatex` (or poppler)
is not installed; the message for a missing `xelatex` is tested without it.
"""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
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
