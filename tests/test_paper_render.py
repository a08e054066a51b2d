"""The paper's HTML, opened in a real browser with no Hindi font installed: no tofu, no sideways scroll.

How the check works, and why this way:

* **No Hindi font on the machine.** Chromium runs with `FONTCONFIG_FILE` pointing at a
  fontconfig whose only font is DejaVu Sans (copied from matplotlib's own data, so every
  machine has it), which has no Devanagari glyph. Devanagari can then only come from the
  `@font-face` the page embeds; the control test shows the same page without it fails.
* **Tofu is measured, not eyeballed.** A test copy of the page (the paper itself refuses
  scripts) gets a small script that, once `document.fonts.ready`, takes every run of
  Devanagari characters on the page and lays it out three times with the computed font
  (family, weight, size) of the element it sits in: as the page styles it, in the embedded
  family alone, and in a family that does not exist (the fallback: tofu boxes). A run renders
  properly when its width equals the embedded font's and differs from the fallback's. Glyph
  widths are what tofu changes; comparing pixels of a screenshot would depend on
  anti-aliasing and would not say which font drew the text.
* **Horizontal scrollbar** = the document is wider than the window
  (`scrollWidth > innerWidth`), or an element of the page scrolls sideways inside it (a table
  wider than its output area), checked at 1280 px and 800 px.

Chromium's `--dump-dom` with `--virtual-time-budget` returns the DOM after the script ran;
the test skips (with the reason) where no Chromium is installed.
"""

from __future__ import annotations

import base64
import html
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import matplotlib
import nbformat
import pytest

from analysis import notebook
from analysis.paper_style import EMBEDDED_FAMILY, FIGURE_WIDTH_PX

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (chromium --headless) to render the HTML")

HINDI = "रूस और पाकिस्तान के सैन्य अधिकारियों ने की मुलाकात"
LONG_ID = "000_70fcd1fcf208ac3d_lavrov_pakistan_2021_extra_long_identifier"

MEASURE_JS = """
<script>
document.fonts.ready.then(() => {
  const out = {innerWidth: window.innerWidth, scrollWidth: document.documentElement.scrollWidth, runs: [],
               images: [...document.images].map(i => i.getBoundingClientRect().width),
               scrollers: [...document.querySelectorAll('*')].filter(e => e.scrollWidth > e.clientWidth + 1
                 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)).map(e => e.className)};
  const probe = (text, style, family) => {
    const s = document.createElement('span');
    Object.assign(s.style, {position: 'absolute', whiteSpace: 'pre', fontFamily: family,
                            fontSize: style.fontSize, fontWeight: style.fontWeight, fontStyle: style.fontStyle});
    s.textContent = text;
    document.body.appendChild(s);
    const width = s.getBoundingClientRect().width;
    s.remove();
    return width;
  };
  const base = getComputedStyle(document.body);
  out.sample = {embedded: probe(SAMPLE, base, '"EMBEDDED"'), fallback: probe(SAMPLE, base, 'no-such-font')};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const runs = node.data.match(/[\\u0900-\\u097F]+/g);
    if (!runs || !node.parentElement) continue;
    const style = getComputedStyle(node.parentElement);
    for (const text of runs) {
      out.runs.push({text, page: probe(text, style, style.fontFamily),
                     embedded: probe(text, style, '"EMBEDDED"'), fallback: probe(text, style, 'no-such-font')});
    }
  }
  const pre = document.createElement('pre');
  pre.id = 'measure';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
""".replace("EMBEDDED", EMBEDDED_FAMILY).replace("SAMPLE", json.dumps(HINDI))


def _png(width_px: int) -> str:
    """A wide figure, as the paper embeds one (base64 PNG)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_px / 100, 2), dpi=100)
    fig.add_subplot().plot([0, 1], [0, 1])
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def synthetic_paper() -> nbformat.NotebookNode:
    """A small paper with what the real one shows: Hindi in headings, tables, prose and code output."""
    rows = "".join(
        f"<tr><td>{LONG_ID}_{i}</td><td>{HINDI}</td><td>0.{i}</td><td>lavrov_pakistan_2021</td></tr>" for i in range(3)
    )
    head = "<tr><th>doc_id</th><th>शीर्षक</th><th>share</th><th>event</th></tr>"
    table = f'<table class="dataframe"><thead>{head}</thead><tbody>{rows}</tbody></table>'
    outputs = [
        nbformat.v4.new_output("display_data", data={"text/markdown": f"**{HINDI}**: the frame *कूटनीतिक संपर्क*"}),
        nbformat.v4.new_output("display_data", data={"text/html": table, "text/plain": "table"}),
        nbformat.v4.new_output("stream", name="stdout", text=f"explain: {HINDI}\n"),
        nbformat.v4.new_output(
            "display_data",
            data={"image/png": _png(2100), "text/plain": "fig"},
            metadata={"image/png": {"width": FIGURE_WIDTH_PX}},
        ),
    ]
    return nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell(f"# हिंदी समाचार: {HINDI}\n\nProse with a Hindi word, भारत, inline."),
            nbformat.v4.new_code_cell("show(table)", outputs=outputs, metadata={"tags": ["hide-input"]}),
        ]
    )


@pytest.fixture(scope="module")
def no_hindi_fonts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for Chromium in which the only installed font is DejaVu Sans (no Devanagari)."""
    root = tmp_path_factory.mktemp("fonts")
    (root / "fonts").mkdir()
    shutil.copy(Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf", root / "fonts")
    conf = root / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{root / 'fonts'}</dir>\n  <cachedir>{root / 'cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(root)}


def measure(page: str, tmp_path: Path, env: dict[str, str], width: int) -> dict:
    """Open a test copy of `page` (with the measuring script) at `width` px; return the measurements."""
    test_page = tmp_path / f"measured_{width}.html"
    test_page.write_text(page.replace("</body>", MEASURE_JS + "</body>"), encoding="utf-8")
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
         f"--window-size={width},900", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", test_page.as_uri()],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    found = re.search(r'<pre id="measure">(.*?)</pre>', run.stdout, re.S)
    assert found, f"Chromium returned no measurement (exit {run.returncode}): {run.stderr[-500:]}"
    return json.loads(html.unescape(found.group(1)))


def tofu(m: dict) -> list[str]:
    """Devanagari runs not drawn by the embedded font.

    First the font must have loaded: a long sample sentence is wider or narrower in it than in
    the fallback (a short run may match the boxes' width by chance, a sentence does not). Then
    each run on the page must be exactly as wide as in the embedded font.
    """
    if abs(m["sample"]["embedded"] - m["sample"]["fallback"]) < 1:
        return [r["text"] for r in m["runs"]]
    return [r["text"] for r in m["runs"] if abs(r["page"] - r["embedded"]) > 0.5]


@pytest.fixture(scope="module")
def paper_html(tmp_path_factory: pytest.TempPathFactory) -> str:
    return notebook.to_html(synthetic_paper(), title="paper", source=Path("synthetic.py"))


@pytest.mark.parametrize("width", [1280, 800])
def test_hindi_renders_without_any_hindi_font_installed_and_page_never_scrolls_sideways(
    paper_html: str, no_hindi_fonts: dict[str, str], tmp_path: Path, width: int
) -> None:
    m = measure(paper_html, tmp_path, no_hindi_fonts, width)
    assert m["innerWidth"] == width
    assert len(m["runs"]) >= 8, "the page should show Hindi in the heading, prose, table and code output"
    assert tofu(m) == []
    assert m["scrollWidth"] <= m["innerWidth"], f"horizontal scrollbar: page {m['scrollWidth']} px wide"
    assert m["scrollers"] == [], "an output area scrolls sideways inside the page"
    assert m["images"] and all(w <= min(FIGURE_WIDTH_PX, width) for w in m["images"])


def test_without_the_embedded_font_the_check_finds_tofu(
    paper_html: str, no_hindi_fonts: dict[str, str], tmp_path: Path
) -> None:
    """The control: the same page without its @font-face shows boxes, and the test says so."""
    without = re.sub(r"@font-face \{.*?\}\n", "", paper_html, count=1, flags=re.S)
    assert without != paper_html
    m = measure(without, tmp_path, no_hindi_fonts, 1280)
    assert len(tofu(m)) == len(m["runs"]) > 0


def test_a_too_wide_element_is_reported_as_a_horizontal_scrollbar(
    paper_html: str, no_hindi_fonts: dict[str, str], tmp_path: Path
) -> None:
    wide = paper_html.replace("</main>", '<div style="width: 1500px">wide</div></main>')
    m = measure(wide, tmp_path, no_hindi_fonts, 1280)
    assert m["scrollWidth"] > m["innerWidth"]


def test_html_hides_code_and_embeds_the_font_as_data(paper_html: str) -> None:
    assert "show(table)" not in paper_html  # the cell's code
    assert f'font-family: "{EMBEDDED_FAMILY}"' in paper_html
    assert re.search(r'src: url\("data:font/ttf;base64,[A-Za-z0-9+/=]{100000,}"\)', paper_html)
    assert "<script" not in paper_html.lower()


def test_show_code_puts_the_code_back(tmp_path: Path) -> None:
    shown = notebook.to_html(synthetic_paper(), title="paper", source=Path("synthetic.py"), show_code=True)
    assert "show" in shown and "table" in shown and 'class="jp-InputArea' in shown


def test_text_whose_font_stack_misses_the_embedded_font_is_found(
    paper_html: str, no_hindi_fonts: dict[str, str], tmp_path: Path
) -> None:
    """The font loads, but code output that does not name it falls back to boxes: only those runs fail."""
    code_stack = f'monospace, "{EMBEDDED_FAMILY}"'
    assert code_stack in paper_html
    m = measure(paper_html.replace(code_stack, "monospace"), tmp_path, no_hindi_fonts, 1280)
    found = tofu(m)
    assert found and len(found) < len(m["runs"])
    assert set(found) <= set(HINDI.split())  # the stream output's words, not the prose or tables


def wide_table_paper(columns: int) -> nbformat.NotebookNode:
    """A paper whose one table is as wide as the validation table with five samples (12 columns)."""
    head = "".join(f"<th>sample {i} α [95% CI]</th>" for i in range(columns - 1)) + "<th>LASTCOLUMN</th>"
    cells = "".join("<td>0.88 [0.51, 1.00]</td>" for _ in range(columns - 1)) + "<td>LASTCELL</td>"
    table = f'<table class="dataframe"><thead><tr>{head}</tr></thead><tbody><tr>{cells}</tr></tbody></table>'
    output = nbformat.v4.new_output("display_data", data={"text/html": table, "text/plain": "table"})
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("show(t)", outputs=[output])])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils) to read the print")
def test_a_wide_table_prints_whole_instead_of_being_clipped_at_the_page_edge(
    no_hindi_fonts: dict[str, str], tmp_path: Path
) -> None:
    """On screen a wide table scrolls inside its output area; a scroll box cannot print, so the
    print style lets it out and sets it smaller: its last column must be on the printed page."""
    page = tmp_path / "wide.html"
    page.write_text(notebook.to_html(wide_table_paper(12), title="wide", source=Path("w.py")), encoding="utf-8")
    pdf = tmp_path / "wide.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, env=no_hindi_fonts, timeout=120, check=False,
    )  # fmt: skip
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "LASTCOLUMN" in text and "LASTCELL" in text


def test_a_warmed_up_html_exporter_writes_the_bytes_of_a_fresh_one() -> None:
    # the paper job warms its HTML exporter up in a thread while the kernel runs the cells
    paper = synthetic_paper()  # one notebook: nbformat draws new cell ids for every one it makes
    for show_code in (False, True):
        fresh = notebook.to_html(paper, title="paper", source=Path("synthetic.py"), show_code=show_code)
        warm = notebook.warm_html(show_code)
        assert notebook.to_html(paper, "paper", Path("synthetic.py"), show_code, exporter=warm) == fresh


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils) to read the page")
def test_dates_hyphenated_ids_and_intervals_stay_on_one_line_in_a_narrow_table_cell(
    no_hindi_fonts: dict[str, str], tmp_path: Path
) -> None:
    """The COVID paper's reuse table set a doc id in four lines and 'Share [95% CI]' cells broke at their space."""
    import pandas as pd

    from analysis.paper_style import keep_whole

    n = 3
    df = pd.DataFrame(
        {
            "Doc a": [f"NT-2020-MAY-0{i}-00{i}" for i in range(n)],
            "Date": [f"2020-05-0{i + 1}" for i in range(n)],
            "Share [95% CI]": [f"0.3{i} [0.2{i}, 0.4{i}]" for i in range(n)],
            "Text a": [" ".join([HINDI] * 6)] * n,
            "Text b": [" ".join([HINDI] * 6)] * n,
        }
    )
    table = keep_whole(df.to_html(index=False, escape=True))
    output = nbformat.v4.new_output("display_data", data={"text/html": table, "text/plain": "table"})
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("show(t)", outputs=[output])])
    page = tmp_path / "narrow.html"
    page.write_text(notebook.to_html(nb, title="narrow", source=Path("n.py")), encoding="utf-8")
    pdf = tmp_path / "narrow.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}",
         "--no-pdf-header-footer", "--window-size=800,900", f"--print-to-pdf={pdf}", page.as_uri()],
        capture_output=True, env=no_hindi_fonts, timeout=120, check=False,
    )  # fmt: skip
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for i in range(n):
        assert f"NT-2020-MAY-0{i}-00{i}" in text and f"2020-05-0{i + 1}" in text, text
        assert f"[0.2{i}, 0.4{i}]" in text, text
