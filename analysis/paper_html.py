"""The paper's HTML page, its last pass made cell by cell while the kernel runs the next cells.

Why (issue #15): nbconvert's HTML exporter ends by parsing the whole page with BeautifulSoup
(`html.parser`) and writing it out again, to give images an alt text and cells a `tabindex`:
most of the page's CPU, after the last cell, on the paper job's critical path (a corpus without
a PDF waits for nothing else). `PagedExporter` makes that pass on each cell's HTML in a thread
while the kernel runs the next cells (`prepare`); the page, rendered whole once the notebook is
done, is then put together from the passed pieces, and only cells not passed yet are passed then.

Why the bytes are nbconvert's: `html.parser` builds the tree from start and end tags alone (no
HTML5 insertion rules), so a piece whose every end tag closes the tag it opened, which ends with
no tag, comment or raw text left open and which starts with a tag, parses the same inside the
page as alone (`pass_piece` checks all of it); so does the page without its cells
(`skeleton`: the cells' place marked by an element, outside any `<pre>`, `<style>` ...).
Anything else (a cell whose HTML is not balanced, a page not made of its cells' HTML) is passed
whole, as nbconvert does. tests/test_paper_html.py compares the pages with nbconvert's.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bs4 import BeautifulSoup
    from nbconvert import HTMLExporter
    from nbformat import NotebookNode

MARK = "<hma-cells></hma-cells>"  # where the cells go in the page without them
END = "<hma-end></hma-end>"  # after a piece: parsed as a tag only if the piece left nothing open
_ALT = "No description has been provided for this image"  # nbconvert's
_FOCUSABLE = ("div.jp-Cell-inputWrapper", "div.jp-OutputArea-output")  # given tabindex="0", in a .jp-Notebook
_TAG_START = re.compile(r"<[a-zA-Z]")
_SPACES = re.compile(r"[ \t\n\r\f]*")  # BeautifulSoup's ASCII whitespace


@dataclass(frozen=True)
class Piece:
    """One cell's HTML after the pass, and how many of its images were given an alt text."""

    text: str
    missing_alt: int


@functools.cache
def _checked_soup() -> type[BeautifulSoup]:
    """BeautifulSoup that notes an end tag closing anything but the innermost open tag."""
    from bs4 import BeautifulSoup

    class CheckedSoup(BeautifulSoup):
        balanced = True

        def handle_endtag(self, name: str, nsprefix: str | None = None) -> None:
            if self.currentTag.name != name or self.currentTag.prefix != nsprefix:
                self.balanced = False
            super().handle_endtag(name, nsprefix)

    return CheckedSoup


def focus(soup: BeautifulSoup, inside: bool) -> int:
    """nbconvert's edits (`HTMLExporter.from_notebook_node`), in place; the number of images given alt text.

    `inside`: `soup` is a piece of a page, placed inside its `.jp-Notebook` element.

    nbconvert selects with CSS (`soup.select`: "img:not([alt])", `_FOCUSABLE` under
    ".jp-Notebook"); the same elements are found here in one walk of the tree. Why (issue #15):
    soupsieve compiles its selector parser's patterns on its first `select` in a process, ~0.17 s
    CPU of each paper job, and walks the whole tree once per selector. As soupsieve matches in an
    HTML tree: tag and attribute names ignore ASCII case, a class is one of the whitespace-separated
    words of the `class` attribute (case kept), and a `<template>`'s contents are not searched nor
    is a `.jp-Notebook` looked for above one (tests/test_paper_html.py holds the two against each other).
    """
    from bs4 import Tag

    images = 0
    stack = [(soup, inside)]  # an element whose children are to be visited, and whether it is in a .jp-Notebook
    while stack:
        parent, notebook = stack.pop()
        for elem in parent.contents:
            if not isinstance(elem, Tag):
                continue
            name = _ascii_lower(elem.name)
            if name == "img":
                if _attribute(elem, "alt") is None:
                    elem.attrs["alt"] = _ALT
                    images += 1
            elif name == "div" and notebook and not _FOCUSABLE_CLASSES.isdisjoint(_classes(elem)):
                elem.attrs["tabindex"] = "0"
            if name != "template":
                stack.append((elem, notebook or _NOTEBOOK_CLASS in _classes(elem)))
    return images


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_CLASS_WORD = re.compile(r"[^ \t\r\n\f]+")  # soupsieve's words of a class attribute given as one string
_FOCUSABLE_CLASSES = frozenset(selector.split(".", 1)[1] for selector in _FOCUSABLE)  # each a `div.<class>`
_NOTEBOOK_CLASS = "jp-Notebook"


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def _attribute(elem: Any, name: str) -> Any:
    """The value of `elem`'s first attribute named `name` in any ASCII case ("" for one without a value), or None."""
    for key, value in elem.attrs.items():
        if _ascii_lower(key) == name:
            return "" if value is None else value
    return None


def _classes(elem: Any) -> Sequence[str]:
    classes = _attribute(elem, "class") or ()
    return _CLASS_WORD.findall(classes) if isinstance(classes, str) else classes


def pass_piece(text: str, inside: bool) -> Piece | None:
    """The pass over one cell's HTML (no leading or trailing whitespace), or None where it might
    parse otherwise inside the page: it must open with a tag and close with one, close every
    tag it opens, innermost first, and leave nothing (a comment, a `<style>`) open."""
    if not _TAG_START.match(text):
        return None
    soup = _checked_soup()(text + END, features="html.parser")
    nodes = soup.contents
    if not soup.balanced or len(nodes) < 2 or nodes[-1].name != "hma-end" or nodes[-1].contents:
        return None
    if nodes[0].name is None or nodes[-2].name is None:  # a string or a comment next to another piece's
        return None
    missing = focus(soup, inside)
    out = str(soup)
    return Piece(out.removesuffix(END), missing) if out.endswith(END) else None


def skeleton(head: str, tail: str) -> tuple[str, str, bool, int] | None:
    """The pass over the page without its cells: (head, tail, inside `.jp-Notebook`, images given alt)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(head + MARK + tail, features="html.parser")
    marks = soup.find_all("hma-cells")
    if len(marks) != 1 or marks[0].contents:
        return None
    builder, parents = soup.builder, list(marks[0].parents)
    if any(p.name in builder.preserve_whitespace_tags or p.name in builder.string_containers for p in parents):
        return None
    inside = any("jp-Notebook" in (p.get("class") or []) for p in parents)
    missing = focus(soup, inside=False)
    out = str(soup)
    if out.count(MARK) != 1:
        return None
    before, after = out.split(MARK)
    return before, after, inside, missing


def locate(page: str, pieces: Sequence[str]) -> tuple[int, list[str], int] | None:
    r"""Where `pieces` stand in `page`, in order, apart only by whitespace: (start, the gaps, end).

    >>> locate("<a><b>1</b>\n <b>2</b></a>", ["<b>1</b>", "<b>2</b>"])
    (3, ['\n '], 21)
    >>> locate("<b>1</b>x<b>2</b>", ["<b>1</b>", "<b>2</b>"]) is None
    True
    """
    at = page.find(pieces[0]) if pieces and pieces[0] else -1
    if at < 0:
        return None
    gaps, pos = [], at + len(pieces[0])
    for piece in pieces[1:]:
        gap = _SPACES.match(page, pos).group()  # type: ignore[union-attr]  (matches the empty string)
        if not piece or not page.startswith(piece, pos + len(gap)):
            return None
        gaps.append(gap)
        pos += len(gap) + len(piece)
    return at, gaps, pos


def _collapsed(gap: str) -> str:
    """Whitespace between two tags as BeautifulSoup writes it (outside `<pre>`): one newline or space."""
    return "" if not gap else "\n" if "\n" in gap else " "


def finish(page: str, pieces: Sequence[str], ready: Mapping[tuple[str, bool], Piece], log: logging.Logger) -> str:
    """`page` (the template's output) after nbconvert's pass, from its cells' HTML `pieces` where it can.

    `ready`: pieces passed already, by (HTML, inside). Falls back to the pass over the whole page.
    """
    from bs4 import BeautifulSoup

    found = locate(page, pieces)
    parts = skeleton(page[: found[0]], page[found[2] :]) if found else None
    done = [ready.get((p, parts[2])) or pass_piece(p, parts[2]) for p in pieces] if parts else []
    if found and parts and all(done):
        gaps = [_collapsed(g) for g in found[1]] + [""]
        out = parts[0] + "".join(d.text + g for d, g in zip(done, gaps, strict=True)) + parts[1]  # type: ignore[union-attr]
        missing = parts[3] + sum(d.missing_alt for d in done)  # type: ignore[union-attr]
    else:
        soup = BeautifulSoup(page, features="html.parser")
        missing = focus(soup, inside=False)
        out = str(soup)
    if missing:
        log.warning("Alternative text is missing on %s image(s).", missing)
    return out


@functools.cache
def paged_exporter_class() -> type[HTMLExporter]:
    """nbconvert's HTML exporter whose last pass goes cell by cell (`finish`), some cells beforehand (`prepare`).

    A class made on first use, so importing this module does not import nbconvert.
    """
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class PagedExporter(HTMLExporter):
        def __init__(self, **kw: Any) -> None:
            super().__init__(**kw)
            self.ready: dict[tuple[str, bool], Piece] = {}  # passed cells, by their HTML
            self.cell_html: dict[int, tuple[NotebookNode, str]] = {}  # each cell's HTML, by index, with the cell

        def template_page(self, nb: NotebookNode, resources: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
            """What `HTMLExporter.from_notebook_node` renders before its BeautifulSoup pass (nbconvert 7)."""
            langinfo = nb.metadata.get("language_info", {})
            lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
            highlight_code = self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
            resources = self._init_resources(resources)
            data_type = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources)
            self.register_filter("highlight_code", highlight_code)
            self.register_filter("filter_data_type", data_type)
            return TemplateExporter.from_notebook_node(self, nb, resources)

        def from_notebook_node(
            self, nb: NotebookNode, resources: dict[str, Any] | None = None, **kw: Any
        ) -> tuple[str, dict[str, Any]]:
            page, resources = self.template_page(nb, resources)
            if not self.cell_html:  # nothing prepared: one pass over the page, as nbconvert's
                return finish(page, [], {}, self.log), resources
            pieces = [self.piece_html(i, cell, nb.metadata) for i, cell in enumerate(nb.cells)]
            return finish(page, pieces, self.ready, self.log), resources

        def piece_html(self, index: int, cell: NotebookNode, metadata: NotebookNode) -> str:
            """One cell's HTML, as the template writes it into the page (between `<main>` and `</main>`)."""
            known = self.cell_html.get(index)
            if known is not None and known[0] == cell:
                return known[1]
            import nbformat

            one = nbformat.v4.new_notebook(cells=[cell], metadata=metadata)
            page, _ = self.template_page(one, {"metadata": {"name": "cell"}, "paper_css": ""})
            start, end = page.find("<main>"), page.rfind("</main>")
            return page[start + len("<main>") : end].strip(" \t\n\r\f") if 0 <= start < end else ""

        def prepare(self, cells: Iterable[tuple[int, NotebookNode]], metadata: NotebookNode) -> None:
            """Pass `cells` (index, scrubbed cell) now, for a page whose cells are in its `.jp-Notebook`
            (the `lab` template's): `from_notebook_node` reuses what still matches."""
            for index, cell in cells:
                text = self.piece_html(index, cell, metadata)
                self.cell_html[index] = (cell, text)
                piece = pass_piece(text, inside=True)
                if piece is not None:
                    self.ready[(text, True)] = piece

    return PagedExporter
