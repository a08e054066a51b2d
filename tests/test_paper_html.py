"""The page made cell by cell (analysis/paper_html.py) has the bytes of nbconvert's own, whatever the cells hold.

No kernel: the notebooks are built with their outputs, including HTML that is not balanced,
whitespace, `<pre>` and `<style>` outputs, images without alt text and a raw comment left open.
"""

from __future__ import annotations

import base64

import jinja2
import nbformat
import pytest
from nbconvert import HTMLExporter
from traitlets.config import Config

from analysis.notebook import (
    _OFFLINE_TEMPLATE,
    _OFFLINE_TEMPLATE_SRC,
    _html_resources,
    code_visibility,
    offline_exporter,
)
from analysis.paper_html import focus, pass_piece

PNG = base64.b64encode(bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")).decode()


def _stock() -> HTMLExporter:
    loader = jinja2.DictLoader({_OFFLINE_TEMPLATE: _OFFLINE_TEMPLATE_SRC})
    config = Config({"TemplateExporter": code_visibility(False)})
    return HTMLExporter(config=config, template_name="lab", template_file=_OFFLINE_TEMPLATE, extra_loaders=[loader])


def _output(mime: str, value: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_output("display_data", data={mime: value, "text/plain": "x"})


def _notebook(outputs: list[nbformat.NotebookNode], markdown: list[str]) -> nbformat.NotebookNode:
    cells = [nbformat.v4.new_markdown_cell(m) for m in markdown]
    cells += [nbformat.v4.new_code_cell("x", outputs=[o], execution_count=i + 1) for i, o in enumerate(outputs)]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    return nb


CASES = {
    "plain": _notebook([_output("text/html", "<table><tr><td>a &amp; b</td></tr></table>")], ["# T\n\ntext"]),
    "images": _notebook(
        [_output("image/png", PNG), _output("text/html", f'<img src="data:image/png;base64,{PNG}">')], []
    ),
    "unbalanced": _notebook([_output("text/html", "<div><p>open"), _output("text/html", "</div></main>x")], ["a"]),
    "pre and style": _notebook(
        [_output("text/html", "<pre>  a\n\n  b  </pre>"), _output("text/html", "<style>p > a {x: 1}</style>")], ["  \n"]
    ),
    "comment left open": _notebook([_output("text/html", "<b>x</b><!-- open"), _output("text/html", "<i>y</i>")], []),
    "raw markdown html": _notebook([], ["<div>\n\n*a*", "</div>", "<br></br><br/>", "x <y> & z"]),
}


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("prepared", [None, 1, -1])
def test_the_page_has_the_bytes_of_nbconverts(name: str, prepared: int | None) -> None:
    nb = CASES[name]
    want, _ = _stock().from_notebook_node(nb, resources=_html_resources("t"))
    exporter = offline_exporter()
    if prepared is not None:
        exporter.prepare(list(enumerate(nb.cells))[: prepared if prepared > 0 else len(nb.cells)], nb.metadata)
    got, _ = exporter.from_notebook_node(nb, resources=_html_resources("t"))
    assert got == want


def test_a_piece_that_might_parse_otherwise_in_the_page_is_refused() -> None:
    assert pass_piece("<div>a</div>", inside=True).text == "<div>a</div>"
    assert pass_piece('<div><img src="x"></div>', inside=True).missing_alt == 1
    for text in ("<div>", "</main><div></div>", "text<b></b>", "<b></b>text", "<b></b><!-- x", "<style>x"):
        assert pass_piece(text, inside=True) is None


def _selected(html: str, inside: bool) -> tuple[str, int]:
    """The page after nbconvert's own CSS selections (soupsieve), as `focus` was written before issue #15's walk."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, features="html.parser")
    images = soup.select("img:not([alt])")
    for elem in images:
        elem.attrs["alt"] = "No description has been provided for this image"
    for selector in ("div.jp-Cell-inputWrapper", "div.jp-OutputArea-output"):
        for elem in soup.select(selector if inside else f".jp-Notebook {selector}"):
            elem.attrs["tabindex"] = "0"
    return str(soup), len(images)


FOCUS_CASES = [
    '<div class="jp-Notebook"><div class="jp-Cell-inputWrapper">a</div><img src="x"><img alt="" src="y"></div>',
    '<div class="jp-Cell-inputWrapper"><div class="x jp-OutputArea-output y"><IMG SRC="z"></div></div>',
    '<main class="a jp-Notebook b"><section><DIV CLASS="jp-OutputArea-output">x</DIV></section></main>',
    '<div class="jp-notebook"><div class="jp-Cell-inputWrapper"></div><div class="JP-OUTPUTAREA-OUTPUT"></div></div>',
    '<div class="jp-Notebook"><span class="jp-Cell-inputWrapper"></span><img ALT="a"><img alt></div>',
    '<div class="jp-Notebook"><template><div class="jp-OutputArea-output"></div><img></template>'
    '<div class="jp-OutputArea-output"><img></div></div>',
    '<template class="jp-Notebook"><div class="jp-Cell-inputWrapper"></div></template><img src="t">',
    '<svg><img></svg><div class="jp-Notebook"><svg class="q"><div class="jp-Cell-inputWrapper"></div></svg></div>',
    '<div class="jp-Notebook jp-Cell-inputWrapper"><div class="jp-Notebook"><div class="jp-Cell-inputWrapper">'
    '<div class="jp-OutputArea-output" tabindex="1"></div></div></div></div>',
    "<p>no tags to change <b>here</b></p><!-- <img> --><pre><img></pre><style>img {}</style>",
]


@pytest.mark.parametrize("html", FOCUS_CASES)
@pytest.mark.parametrize("inside", [True, False])
def test_focus_changes_the_elements_nbconverts_selectors_find(html: str, inside: bool) -> None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, features="html.parser")
    missing = focus(soup, inside)
    assert (str(soup), missing) == _selected(html, inside)
