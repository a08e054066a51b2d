r"""The executed paper as a PDF, typeset by XeLaTeX with Noto Sans Devanagari.

Why not nbconvert's stock PDF export: it converts every Markdown cell through pandoc, which a
research machine often lacks, and it drops HTML tables. Here nbconvert's LaTeX template is
kept (figures, verbatim output, page layout) and three things are replaced:

* Markdown (cells and the paper's `text/markdown` outputs) is converted by `md_to_latex`, a
  small renderer over mistune's syntax tree (mistune ships with nbconvert) that knows what the
  paper writes: headings, paragraphs, emphasis, code spans, lists, links.
* Tables: the paper's `show()` gives each table a `text/latex` form too (`table_latex`), a
  `xltabular` that breaks across pages and wraps long text columns; the HTML page ignores it.
* The font: `fontspec` loads Noto Sans Devanagari by path, the installed font package's file
  (`fontpkg-noto-sans-devanagari`, the one the HTML embeds) copied into the LaTeX build folder
  under a name without brackets (which XeTeX would misread), with `Script=Devanagari`, so
  HarfBuzz shapes matras and conjuncts; it is the main font (it has Latin glyphs too), so a
  Hindi word anywhere in the paper is typeset, never dropped. Signs outside the font
  (α, ≥, −, …) are written as math.

The cells' code is hidden exactly as in the HTML (`show_code`). `xelatex` missing is a
`UserError` whose message says how to install it; the workflow asks for the PDF only where
`xelatex` is found (config `paper.pdf`). `SOURCE_DATE_EPOCH` (set for every rule) fixes the
PDF's dates.
"""

from __future__ import annotations

import functools
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from analysis.catalog import DETERMINISTIC_ENV
from analysis.errors import UserError
from analysis.notebook import exporter_settings
from analysis.paper_style import INTERVAL, font_file

if TYPE_CHECKING:  # nbconvert, nbformat, mistune and pandas are imported where used: the paper's
    import nbformat  # kernel imports this module for `table_latex` and typesets nothing, and the
    import pandas as pd  # paper job imports it for `PdfWorker`, before its kernel starts
    from nbconvert import PDFExporter

    from analysis.latex_passes import LatexPasses

_TEMPLATE = "hma_paper.tex.j2"
FONT_NAME = "NotoSansDevanagari.ttf"  # the font package's file, copied into the LaTeX build folder
_TEMPLATE_SRC = r"""((*- extends 'index.tex.j2' -*))
((* block packages *))
% nbconvert's template also loads conveniences the paper never uses (eurosym, ulem, soul);
% a package that is not installed is skipped instead of stopping the PDF. hyperref and mathrsfs
% are skipped always: the paper has no links and no script letters, and they need Type 1 fonts
% (pzdr, rsfs) that a minimal TeX Live lacks.
\makeatletter
\let\hmaUsePackage\usepackage
\def\hmaSkipped{,hyperref,mathrsfs,}
\renewcommand{\usepackage}[2][]{\@expandtwoargs\in@{,#2,}{\hmaSkipped}\ifin@\typeout{skipped: #2}\else
  \IfFileExists{#2.sty}{\hmaUsePackage[#1]{#2}}{\typeout{skipped: #2}}\fi}
\makeatother
((( super() )))
\let\usepackage\hmaUsePackage
\usepackage{xltabular,booktabs,array}
((* endblock packages *))
((* block definitions *))
((( super() )))
\setmainfont{((( resources.font_name )))}[Path=((( resources.font_dir ))), Script=Devanagari,
  AutoFakeBold=2.5, AutoFakeSlant=0.2]
\setsansfont{((( resources.font_name )))}[Path=((( resources.font_dir ))), Script=Devanagari, AutoFakeBold=2.5]
\setmonofont{((( resources.font_name )))}[Path=((( resources.font_dir ))), Script=Devanagari, Scale=0.9]
\tracinglostchars=2
((* endblock definitions *))
((* block commands *))
\sloppy
\geometry{verbose,tmargin=1in,bmargin=1in,lmargin=1in,rmargin=1in}
((* endblock commands *))
((* block maketitle *))((* endblock maketitle *))
((* block markdowncell scoped *))
((( cell.source | md2latex )))
((* endblock markdowncell *))
((* block data_markdown -*))
((( output.data['text/markdown'] | md2latex )))
((* endblock data_markdown *))
"""

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    # signs the text font lacks: typeset as math
    "α": r"$\alpha$",
    "≥": r"$\geq$",
    "≤": r"$\leq$",
    "−": r"$-$",
    "×": r"$\times$",
    "→": r"$\rightarrow$",
    "…": r"\ldots{}",
}
_SPECIAL_RE = re.compile("|".join(re.escape(c) for c in _SPECIAL))
# where a table cell may end a line: a space, after an underscore, after a hyphen not between digits
_WORD_BREAK = re.compile(r"\s+|(?<=_)|(?<=\D-)|(?<=-)(?!\d)")
# what a line never splits: a date or a number range ("2025-06-28"), an interval ("[0.27, 0.35]")
_UNBROKEN = re.compile(rf"\d+(?:-\d+)+|{INTERVAL}")
_HEADINGS = {1: r"\section*", 2: r"\section*", 3: r"\subsection*", 4: r"\subsubsection*"}


def escape(text: str) -> str:
    r"""Plain text as LaTeX: special characters escaped, signs outside the font as math.

    >>> escape("α ≥ .8 & 50% of $x_1")
    '$\\alpha$ $\\geq$ .8 \\& 50\\% of \\$x\\_1'
    """
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(0)], text)


def md_to_latex(text: str) -> str:
    r"""Markdown as the paper writes it, as LaTeX (HTML entities decoded, then escaped).

    >>> md_to_latex("## Data\n\nThe **corpus** is `seeds` &amp; *more*.")
    '\\section*{Data}\n\nThe \\textbf{corpus} is \\texttt{\\mbox{seeds}} \\& \\emph{more}.\n\n'
    >>> md_to_latex("1. one\n2. two")
    '\\begin{enumerate}\n\\item one\n\\item two\n\\end{enumerate}\n'
    """
    import mistune

    tokens = mistune.create_markdown(renderer=None)(text)
    return "".join(_block(t) for t in tokens)


def _block(token: dict) -> str:
    kind, children = token["type"], token.get("children", [])
    if kind == "heading":
        level = token["attrs"]["level"]
        if level == 1:
            return r"{\LARGE\bfseries " + _inline(children) + "\\par}\n\\bigskip\n\n"
        return f"{_HEADINGS.get(level, _HEADINGS[4])}{{{_inline(children)}}}\n\n"
    if kind in ("paragraph", "block_text"):
        return _inline(children) + ("\n\n" if kind == "paragraph" else "\n")
    if kind == "list":
        env = "enumerate" if token["attrs"].get("ordered") else "itemize"
        return f"\\begin{{{env}}}\n" + "".join(_block(c) for c in children) + f"\\end{{{env}}}\n"
    if kind == "list_item":
        return r"\item " + "".join(_block(c) for c in children).strip() + "\n"
    if kind == "block_quote":
        return "\\begin{quote}\n" + "".join(_block(c) for c in children).strip() + "\n\\end{quote}\n\n"
    if kind == "block_code":
        return "\\begin{verbatim}\n" + token["raw"] + "\\end{verbatim}\n\n"
    if kind == "thematic_break":
        return "\\noindent\\rule{\\linewidth}{0.4pt}\n\n"
    return ""  # blank lines; raw HTML blocks are never typeset


def _inline(children: list[dict]) -> str:
    out = []
    for t in children:
        kind = t["type"]
        if kind == "text":
            out.append(_kept(html.unescape(t["raw"]), escape))
        elif kind == "codespan":
            out.append(_code(html.unescape(t["raw"])))
        elif kind == "strong":
            out.append(r"\textbf{" + _inline(t["children"]) + "}")
        elif kind == "emphasis":
            out.append(r"\emph{" + _inline(t["children"]) + "}")
        elif kind == "link":
            out.append(_inline(t["children"]))
        elif kind in ("softbreak", "linebreak"):
            out.append("\n" if kind == "softbreak" else r"\\" + "\n")
    return "".join(out)


def _code(raw: str) -> str:
    r"""Inline code (a path, a command, a status) as LaTeX: it may end a line at a space or after a
    slash or an underscore, and is never hyphenated, since a reader types it. A path took the
    line whole ("Validation.   2275   units", stretched to fit it) or was hyphenated ("re-sults/…").

    >>> _code("results/a_b.csv -m")
    '\\texttt{\\mbox{results/}\\allowbreak{}\\mbox{a\\_}\\allowbreak{}\\mbox{b.csv} \\mbox{-m}}'
    """
    words = [
        r"\allowbreak{}".join(rf"\mbox{{{escape(p)}}}" for p in re.split(r"(?<=[/_])", word) if p)
        for word in raw.split(" ")
    ]
    return r"\texttt{" + " ".join(words) + "}"


def table_latex(df: pd.DataFrame, na: str = "–", names: Iterable[int] = ()) -> str:
    r"""A table as a page-breaking `xltabular` that fits the text width.

    Columns of short values stay as wide as their content (`l`); longer ones wrap, each given a
    share of the free width in proportion to its longest value (`column_spec`); an underscore
    in an id may end a line, a date or an interval never does. Headers of a two-level table are joined with ": ". `names`: the
    positions of columns of names (outlets), set whole before the others share the line.

    >>> import pandas as pd
    >>> print(table_latex(pd.DataFrame({"a_b": [1.5], "t": ["x"]})))
    {\small
    \begin{xltabular}{\linewidth}{@{}l>{\raggedright\arraybackslash\hsize=1.00\hsize}X@{}}
    \toprule
    \textbf{a\_\allowbreak{}b} & \textbf{t} \\
    \midrule
    \endhead
    1.50 & x \\
    \bottomrule
    \end{xltabular}}
    """
    import pandas as pd

    heads = [": ".join(str(p) for p in c if str(p)) if isinstance(c, tuple) else str(c) for c in df.columns]
    cells = [[na if pd.isna(v) else f"{v:.2f}" if isinstance(v, float) else str(v) for v in row] for row in df.values]
    columns = [[h[:16], *(r[i] for r in cells)] for i, h in enumerate(heads)]  # a header may wrap
    longest = [max(len(c) for c in col) for col in columns]
    widest = [_column_least(col) for col in columns]
    least = [[w[tier] for w in widest] for tier in range(len(TIERS))]  # per tier, per column
    size, line = type_size(least[-1])
    spec = column_spec(longest, least[-1], line=line, whole=names, wider=least[:-1])

    lines = [
        "{" + size,
        rf"\begin{{xltabular}}{{\linewidth}}{{@{{}}{spec}@{{}}}}",
        r"\toprule",
        " & ".join(rf"\textbf{{{_cell(h)}}}" for h in heads) + r" \\",
        r"\midrule",
        r"\endhead",
        *(" & ".join(_cell(c) for c in row) + r" \\" for row in cells),
        r"\bottomrule",
        r"\end{xltabular}}",
    ]
    return "\n".join(lines)


# a table's type sizes, largest first, with the characters of a line of each (the text width of the page)
TYPE_SIZES = ((r"\small", 100), (r"\footnotesize", 112), (r"\scriptsize", 128))


def type_size(words: list[int]) -> tuple[str, int]:
    r"""The largest type in which every column's longest unbreakable piece (`words`) fits the line.

    The seed paper's data table (nine columns, 16-digit ids) needed 101 characters of least
    widths where a line of \small type holds 73 beside its column gaps: every column was set
    narrower than its longest piece and the ids ran into the outlets ("9f78bb9ca59e6774Printlines").

    >>> type_size([10, 20, 30]), type_size([16, 10, 10, 9, 9, 11, 8, 5, 6])[0]
    (('\\small', 100), '\\scriptsize')
    """
    for size, line in TYPE_SIZES:
        if sum(round(1.2 * w) for w in words) <= line - 3 * len(words):
            return size, line
    return TYPE_SIZES[-1]


def _pieces(text: str, cut: bool) -> list[str]:
    """The pieces of a cell that no line splits: words (`cut`: also split after an underscore
    and after a hyphen not between digits), with dates and intervals whole.

    >>> _pieces("2025-06-28 DJ-2020-MAR-13-020 0.31 [0.27, 0.35]", True)
    ['2025-06-28', 'DJ-', '2020-', 'MAR-', '13-020', '0.31', '[0.27, 0.35]']
    >>> _pieces("frame_india 2025-06-28", False)
    ['frame_india', '2025-06-28']
    """
    glued = _UNBROKEN.sub(lambda m: m.group().replace(" ", "\0"), text)  # an interval's space holds
    return [p.replace("\0", " ") for p in (_WORD_BREAK if cut else re.compile(r"\s+")).split(glued) if p]


# how a word may be set: whole, cut once near its middle, cut at every break (`_least`)
TIERS = ("whole", "halves", "cut")


def _column_least(cells: list[str]) -> tuple[int, ...]:
    """Per tier (`TIERS`), the characters the widest word of a column needs (`_least`).

    Each distinct word is measured once, at every tier in one go: the COVID paper's fifty
    tables cut the same ids and dates into pieces ~29k times, ~5 % of its cells' CPU (issue #15).

    >>> _column_least(["DJ-2020-MAR-13-020 a", "DJ-2020-MAR-13-020", "abcdefg"])
    (18, 10, 7)
    """
    words = {w for c in set(cells) for w in _pieces(c, cut=False)}
    least = [_leasts(w) for w in words]
    return tuple(max((each[tier] for each in least), default=0) for tier in range(len(TIERS)))


def _least(word: str, tier: str) -> int:
    """Characters the widest line of `word` needs: whole, cut once near its middle, or cut at every break.

    >>> [_least("DJ-2020-MAR-13-020", t) for t in TIERS]
    [18, 10, 6]
    """
    return _leasts(word)[TIERS.index(tier)]


def _leasts(word: str) -> tuple[int, int, int]:
    """`_least` of `word` at every tier (`TIERS`), its pieces cut once."""
    pieces = _pieces(word, cut=True)
    if len(pieces) == 1:
        return len(word), len(word), len(word)
    halves = min(max(len("".join(pieces[:k])), len("".join(pieces[k:]))) for k in range(1, len(pieces)))
    return len(word), halves, max(map(len, pieces))


def _kept(text: str, rest: Callable[[str], str]) -> str:
    r"""Text as LaTeX with its dates and intervals in boxes no line splits, `rest` for the text between.

    XeTeX breaks a line after any hyphen: "2025-" above "06-28" in a column of dates, and
    "published from 2020-03-01 to 2020-05-" above "15" in the COVID paper's prose.

    >>> _kept("from 2020-03-01 to 2020-05-15, [0.27, 0.35]", escape)
    'from \\mbox{2020-03-01} to \\mbox{2020-05-15}, \\mbox{[0.27, 0.35]}'
    """
    out, at = [], 0
    for m in _UNBROKEN.finditer(text):
        out += [rest(text[at : m.start()]), rf"\mbox{{{escape(m.group())}}}"]
        at = m.end()
    return "".join(out) + rest(text[at:])


def _cell(text: str) -> str:
    r"""A table cell as LaTeX: an id may break after its underscores; a date or an interval never breaks.

    >>> _cell("a_b 2025-06-28 [0.27, 0.35]")
    'a\\_\\allowbreak{}b \\mbox{2025-06-28} \\mbox{[0.27, 0.35]}'
    """
    return _kept(text, lambda part: escape(part).replace(r"\_", r"\_\allowbreak{}"))


def column_spec(
    longest: list[int],
    words: list[int] | None = None,
    line: int = 100,
    cap: int = 60,
    whole: Iterable[int] = (),
    wider: Iterable[list[int]] = (),
) -> str:
    r"""Column types for a table whose columns hold at most `longest` characters (`words`: longest word).

    A table that fits the line (about `line` characters of small type, less the gaps between
    columns) keeps every column as wide as its content but the last, which takes the rest.
    Otherwise every column wraps: each first gets its longest word (an id must not overflow
    into its neighbour), then the width left is shared by what each still needs to reach its
    full length (capped at `cap`, so one long text column does not squeeze the rest). Columns
    of names (`whole`: outlets) get their full length first when the others' longest words
    still fit beside them: "गंगा टाइम्स" broke in two while a title column had room. `wider`:
    least widths to take instead of `words`, the first that fits the line (ids whole, then ids
    cut once: "DJ-2020-MAR-13-020" stood in four lines of a doc-id column, one per hyphen).

    >>> column_spec([4, 10])
    'l>{\\raggedright\\arraybackslash\\hsize=1.00\\hsize}X'
    >>> re.findall(r"hsize=([0-9.]+)", column_spec([20, 5, 60, 80], [16, 5, 9, 12]))  # all wrap
    ['0.88', '0.27', '1.38', '1.46']
    >>> [re.findall(r"hsize=([0-9.]+)", column_spec([20, 14, 80, 60], [16, 8, 12, 10], whole=w)) for w in ([], [1])]
    [['0.88', '0.52', '1.33', '1.27'], ['0.88', '0.64', '1.27', '1.21']]
    """
    budget = line - 3 * len(longest)
    words = next((w for w in wider if sum(round(1.2 * n) for n in w) <= budget), words)
    words = [round(1.2 * w) for w in (words or [0] * len(longest))]  # ids' digits are wider than average text
    if sum(longest) <= budget:
        return "l" * (len(longest) - 1) + r">{\raggedright\arraybackslash\hsize=1.00\hsize}X"
    need = [max(min(n, cap), w) for n, w in zip(longest, words, strict=True)]
    names = [i for i in whole if 0 <= i < len(need)]
    if names and sum(need[i] for i in names) + sum(w for i, w in enumerate(words) if i not in names) <= budget:
        words = [need[i] if i in names else w for i, w in enumerate(words)]  # a name's least width is all of it
    slack = sum(need) - sum(words)
    share = min(1.0, max(0.0, (budget - sum(words)) / slack)) if slack else 0.0
    widths = [w + (n - w) * share for n, w in zip(need, words, strict=True)]
    mean = sum(widths) / len(widths)
    return "".join(rf">{{\raggedright\arraybackslash\hsize={w / mean:.2f}\hsize}}X" for w in widths)


# XeTeX's own driver as it runs it (`xdvipdfmx -q -E`), but its image streams compressed without
# the PNG predictor (`-C 0x20`) at zlib level 6, not 9. Why (issue #15): the driver decodes every
# figure and compresses it again, at the very end of the paper job; the predictor and level 9
# were ~1.0 of its ~1.1 s CPU on the seeds. The paper's figures are flat colours, which compress
# better without the predictor: the PDF is ~12 % smaller, its pages the same pixels and text.
PDF_DRIVER = "xdvipdfmx -q -E -C 0x20 -z 6"

# fancyvrb sets up the visible-space sign (U+2423) for every Verbatim block (verbatim output);
# it is printed only with `showspaces`, which the paper never uses: not a dropped character.
_PROBED_ONLY = {"\u2423"}


@functools.cache
def _checked_exporter() -> type[PDFExporter]:
    """nbconvert's PDF exporter that also reads XeLaTeX's log for characters the font lacks.

    XeTeX drops a character no font has and only logs it ("Missing character"): the PDF's
    tofu. `missing_characters` lists them after a run, so `to_pdf` can refuse the PDF.
    A class made on first use, so importing this module does not import nbconvert.

    Every pass but the last runs with `-no-pdf`: it only writes the .aux the next pass reads
    (xltabular's column widths), so xdvipdfmx, which embeds the fonts and figures, runs once.
    The last pass is the same command as before, on the same .aux: the same PDF, byte for byte.
    Passes started before the document existed (`prestart`, analysis/latex_passes.py) are used
    instead when their preamble is this document's.
    """
    from nbconvert import PDFExporter
    from nbconvert.exporters.pdf import LatexFailed

    class CheckedPDFExporter(PDFExporter):
        missing_characters: tuple[str, ...] = ()
        prestarted: LatexPasses | None = None  # passes waiting for this document (`prestart`)

        def run_latex(self, filename: str, raise_on_failure: type[Exception] | None = None) -> bool:
            def log_error(command: list[str], out: bytes) -> None:
                self.log.critical("%s failed: %s\n%s", command[0], command, out)

            fail = raise_on_failure or LatexFailed
            passes, self.prestarted = self.prestarted, None
            if (
                passes is not None
                and self.latex_count == 2
                and passes.matches(_read(filename), latex_env(self.texinputs))
            ):
                passes.run(Path(filename).absolute().parent, fail)  # closed by whoever started them
                result = True
            else:
                draft = [self.latex_command[0], "-no-pdf", *self.latex_command[1:]]
                drafts = max(self.latex_count - 1, 0)
                result = (not drafts or self.run_command(draft, filename, drafts, log_error, fail)) and (
                    self.run_command(self.latex_command, filename, 1, log_error, fail)
                )
            log = Path(filename).with_suffix(".log")
            text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
            missing = set(re.findall(r"Missing character: There is no (\S+)", text)) - _PROBED_ONLY
            self.missing_characters = tuple(sorted(missing))
            return result

        def run_bib(self, filename: str, raise_on_failure: type[Exception] | bool = False) -> bool:
            """BibTeX only for a document with a bibliography: without one it fails, and nothing is rerun.

            Why: nbconvert runs `bibtex` after every typesetting; for a paper that cites nothing it
            reads the .aux, finds no `\\bibdata` and exits with an error, which nbconvert takes as
            "no bibliography" (no further XeLaTeX pass). Reading the .aux here gives the same answer
            without starting the program at the end of the PDF's critical path (issue #15).
            """
            aux = Path(filename).with_suffix(".aux")
            text = aux.read_text(encoding="utf-8", errors="replace") if aux.is_file() else "\\bibdata"
            if "\\bibdata" not in text and "\\@input" not in text:  # an included .aux may hold it
                return False
            return super().run_bib(filename, raise_on_failure)

    return CheckedPDFExporter


def pdf_exporter(show_code: bool = False) -> PDFExporter:
    """nbconvert's PDF exporter (XeLaTeX) with this module's template and Markdown filter."""
    import jinja2
    from traitlets.config import Config

    loader = jinja2.DictLoader({_TEMPLATE: _TEMPLATE_SRC})
    config = Config(
        {
            **exporter_settings(show_code),
            "CheckedPDFExporter": {
                "latex_count": 2,
                "latex_command": [
                    "xelatex",
                    f"-output-driver={PDF_DRIVER}",
                    "-interaction=nonstopmode",
                    "-halt-on-error",
                    "{filename}",
                ],
            },
        }
    )
    exporter = _checked_exporter()(config=config, template_file=_TEMPLATE, extra_loaders=[loader])
    exporter.register_filter("md2latex", md_to_latex)
    return exporter


def _require_xelatex(source: Path) -> None:
    if shutil.which("xelatex") is None:
        raise UserError(
            f"{source}: no PDF: `xelatex` is not installed (TeX Live: apt-get install texlive-xetex); "
            "set paper.pdf: false in the config to skip it"
        )


def warm_exporter(show_code: bool = False, exporter: PDFExporter | None = None) -> PDFExporter:
    """`pdf_exporter` (or `exporter`), with everything its first notebook would wait for done already.

    Why: the PDF worker (`PdfWorker`) calls it while the paper's kernel runs. nbconvert's first
    conversion pays for its template, filters and preprocessors (~0.2 s, besides importing
    nbconvert); converting a one-cell notebook to LaTeX (no XeLaTeX run) pays it here, off the
    paper's critical path. The warm-up leaves no state the next conversion reads: each
    conversion starts from its own notebook and resources, so the PDF's bytes are the same.
    """
    import nbformat
    from nbconvert.exporters.latex import LatexExporter

    exporter = exporter or pdf_exporter(show_code)
    output = nbformat.v4.new_output("display_data", data={"text/markdown": "*x*", "text/latex": "x", "text/plain": "x"})
    cells = [nbformat.v4.new_markdown_cell("# x\n\n`x`"), nbformat.v4.new_code_cell("x", outputs=[output])]
    LatexExporter.from_notebook_node(exporter, nbformat.v4.new_notebook(cells=cells), resources=_resources("x", b""))
    return exporter


def _read(filename: str) -> str:
    return Path(filename).read_text(encoding="utf-8")


def latex_env(texinputs: str) -> dict[str, str]:
    """The environment nbconvert gives XeLaTeX (`PDFExporter.run_command`) in a build folder."""
    from nbconvert.exporters.pdf import prepend_to_env_search_path

    env = os.environ.copy()
    for name in ("TEXINPUTS", "BIBINPUTS", "BSTINPUTS"):
        prepend_to_env_search_path(name, texinputs, env)
    return env


def prestart(exporter: PDFExporter, title: str) -> LatexPasses | None:
    """Start `exporter`'s two XeLaTeX passes for a document titled `title`, loading the preamble now.

    Why: the PDF worker calls it while the paper's kernel runs, so the preamble (packages and
    the font, most of each pass) is off the paper's critical path (analysis/latex_passes.py).
    The preamble is that of an empty notebook with the same template, title and settings; the
    exporter uses the passes only if the real document's is the same (else it typesets as before).
    """
    import nbformat
    from nbconvert.exporters.latex import LatexExporter

    from analysis.latex_passes import LatexPasses, split

    latex, _ = LatexExporter.from_notebook_node(exporter, nbformat.v4.new_notebook(), resources=_resources(title, b""))
    parts = split(latex)
    if parts is None or exporter.latex_count != 2:
        return None
    with _environment({**DETERMINISTIC_ENV, "FORCE_SOURCE_DATE": "1"}):
        env = latex_env(os.getcwd())  # what `from_notebook_node` gives the passes in this folder
    files = {FONT_NAME: font_file().read_bytes()}
    try:
        exporter.prestarted = LatexPasses.start(parts[0], list(exporter.latex_command), files, env)
    except OSError:  # no named pipe or process here: the PDF is typeset the ordinary way
        return None
    return exporter.prestarted


def _resources(title: str, font: bytes) -> dict:
    # XeTeX reads "[...]" in a font file name as its own path syntax, and the package's file is
    # "NotoSansDevanagari[wdth,wght].ttf": its bytes go into the build folder under a plain name.
    return {"metadata": {"name": title}, "font_name": FONT_NAME, "font_dir": "./", "outputs": {FONT_NAME: font}}


def to_pdf(
    nb: nbformat.NotebookNode,
    title: str,
    source: Path,
    show_code: bool = False,
    exporter: PDFExporter | None = None,
) -> bytes:
    """Typeset an executed notebook; a missing `xelatex` or a LaTeX error is a one-line `UserError`.

    `exporter`: one made by `pdf_exporter` (or `warm_exporter`) for `show_code`; by default a new one.
    """
    from nbconvert.exporters.pdf import LatexFailed

    _require_xelatex(source)
    resources = _resources(title, font_file().read_bytes())
    exporter = exporter or pdf_exporter(show_code)
    try:
        with _environment({**DETERMINISTIC_ENV, "FORCE_SOURCE_DATE": "1"}):
            pdf, _ = exporter.from_notebook_node(nb, resources=resources)
    except LatexFailed as exc:
        errors = [ln for ln in str(exc.output).splitlines() if ln.startswith("!")]
        raise UserError(f"{source}: XeLaTeX failed: {errors[0] if errors else 'see its log'}") from None
    if exporter.missing_characters:
        raise UserError(
            f"{source}: the PDF would drop characters its font lacks: {' '.join(exporter.missing_characters)}; "
            "add them to analysis.paper_pdf.escape"
        )
    return pdf


@contextmanager
def _environment(values: Mapping[str, str]) -> Iterator[None]:
    """Set environment variables for the XeLaTeX runs (nbconvert copies `os.environ`), then restore them.

    `SOURCE_DATE_EPOCH` (with `FORCE_SOURCE_DATE`) fixes the PDF's dates: same notebook, same bytes.
    """
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def write_pdf(source_ipynb: Path, out_pdf: Path, show_code: bool = False) -> None:
    """`out_pdf` from the executed notebook `source_ipynb` (the paper rule's .ipynb), written atomically.

    `source_ipynb` "-" reads the notebook from standard input once this process is ready to
    typeset, its exporter warmed up (see `PdfWorker`, `warm_exporter`).
    """
    import nbformat

    source_ipynb, out_pdf = Path(source_ipynb), Path(out_pdf)
    exporter, passes = None, None
    try:
        if str(source_ipynb) == "-":
            if shutil.which("xelatex") is not None:  # else to_pdf says so, once the notebook is read
                exporter = pdf_exporter(show_code)
                passes = prestart(exporter, out_pdf.stem)  # first: the preambles load meanwhile
                warm_exporter(show_code, exporter)
            text = sys.stdin.read()
            if not text.strip():
                raise UserError(f"{out_pdf}: no executed notebook came on standard input")
            nb = nbformat.reads(text, as_version=4)
        elif not source_ipynb.is_file():
            raise UserError(f"{source_ipynb}: executed notebook not found; build the paper first")
        else:
            nb = nbformat.read(source_ipynb, as_version=4)
        pdf = to_pdf(nb, title=out_pdf.stem, source=source_ipynb, show_code=show_code, exporter=exporter)
    finally:
        if passes is not None:
            passes.close()
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_pdf.with_name(f".{out_pdf.name}.tmp")
    tmp.write_bytes(pdf)
    tmp.replace(out_pdf)


@dataclass
class PdfWorker:
    """The PDF, typeset by a second process while the paper job does the rest.

    Started before the notebook runs, the process imports nbconvert and warms its exporter up
    (`warm_exporter`) while the kernel works; it gets the executed notebook (the .ipynb text,
    byte for byte what the paper rule writes) on its standard input and runs XeLaTeX while the paper job exports the HTML. The PDF is
    the one `write_pdf` makes from the .ipynb file: the same input, the same bytes.
    """

    process: subprocess.Popen
    out_pdf: Path
    errors: IO[bytes]
    sender: threading.Thread | None = None  # the thread writing the notebook (`send`)

    @classmethod
    def start(cls, out_pdf: Path, config: Path | None = None) -> PdfWorker:
        """Start `python -m analysis paper-pdf - OUT_PDF`; it waits for the notebook."""
        cmd = [sys.executable, "-m", "analysis", "paper-pdf", "-", str(out_pdf)]
        cmd += ["--config", str(config)] if config else []
        errors = tempfile.TemporaryFile()  # a file, not a pipe: nothing blocks whatever it logs
        process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors)
        return cls(process, Path(out_pdf), errors)

    def send(self, ipynb_text: str) -> None:
        """Hand over the executed notebook (the typesetting starts), from a thread: returns at once.

        Why a thread (issue #15): the .ipynb (~1 MB: the figures are in it) is far more than a
        pipe holds, and the worker reads it only once its exporter is warm, so a plain write held
        the paper job, and its HTML page, until then (seeds: 1-2 s of the job's wall time with a
        core idle). The bytes sent are the same; `finish` and `cancel` wait for the thread.
        """
        data = ipynb_text.encode("utf-8")
        self.sender = threading.Thread(target=self._write, args=(data,), name="pdf-send", daemon=True)
        self.sender.start()

    def _write(self, data: bytes) -> None:
        try:
            with self.process.stdin as pipe:  # type: ignore[union-attr]  (started with stdin=PIPE)
                pipe.write(data)
        except BrokenPipeError:
            pass  # the worker ended early: `finish` reports why

    def finish(self) -> None:
        """Wait for the PDF; its failure is a one-line `UserError` (the worker's own message)."""
        code = self.process.wait()
        if self.sender is not None:
            self.sender.join()  # the worker has ended: the write is done or broken
        self.errors.seek(0)
        lines = [ln for ln in self.errors.read().decode("utf-8", "replace").splitlines() if ln.strip()]
        self.errors.close()
        if code:
            last = lines[-1].removeprefix("error: ") if lines else f"exit code {code}"
            raise UserError(f"{self.out_pdf}: the PDF failed: {last}")

    def cancel(self) -> None:
        """Stop the worker (the notebook failed: there is nothing to typeset).

        An empty standard input ends it by its own error, which stops the XeLaTeX passes it
        started (`prestart`); it is killed only if it does not end soon. A notebook already sent
        (`send`) is left to its thread, which ends when the worker does.
        """
        if self.sender is None and self.process.stdin and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.sender is not None:
            self.sender.join()
        self.errors.close()
