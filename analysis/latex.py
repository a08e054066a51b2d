r"""LaTeX tables a journal takes as they are: booktabs, human labels, exactly as wide as the line.

Each comparison table is written as `<name>.tex` next to its CSV. The CSV is the data
(ids, one column per number); the `.tex` is the presentation, built from the same plain
columns as the Markdown version (`table_columns`): headers from `analysis.labels.HEADERS`,
ids in the cells replaced by their codebook or value-set labels (`label_table`; English, or
Hindi with `figures.lang: hi`), an estimate and its interval in one cell ("0.42 [0.31, 0.55]",
formatted once, by `fmt_ci`, estimate and interval aligned apart), repeated notes collected
under the table as lettered notes.

Widths, one rule for every table: numbers and one-word ids keep their natural width; text
columns wrap, ragged right. The TeX written before each table measures, at the table's own
font size, the widest cells of the columns that do not wrap and the longest word of those
that do, and gives the wrapping columns the rest of `\linewidth` (`_measure`). A table is
therefore as wide as the line in any class or `\textwidth`, and no word sticks out of its
cell. Font size, also one rule (`SIZES`): tables are set in `\footnotesize` with 3 pt column
gaps; a table that still does not fit (its fixed columns and longest words wider than the
line) first wraps its headers word by word, then drops one size with 2 pt gaps, then breaks
ids and hyphenated words, decided by TeX at the size of the document it is pasted in. A
table with more than `WIDE_COLUMNS` columns or `PORTRAIT_CHARS` characters of unbreakable
text per row may need a landscape page: TeX measures it at the portrait sizes where it is
pasted and keeps it portrait when its wrapping columns get `PORTRAIT_ROOM` of the room their
long cells need (`\tabwidebegin`); else it is set on a landscape page in `\scriptsize`
(dropping to `\tiny` only if that does not fit). Such a table, or one of more than
`LONG_ROWS` rows: a `longtable` that breaks across pages and repeats its header.

Devanagari: a plain `fontspec` preamble silently drops Devanagari glyphs, because the
Latin text font has none. Every run of Devanagari in a cell or caption is therefore
wrapped in `\textdeva{…}`, which `preamble.tex` defines with Noto Sans Devanagari
(`Script=Devanagari`, so XeTeX's HarfBuzz shapes matras and conjuncts).

Where the font comes from: the font file of the `fontpkg-noto-sans-devanagari` package is
copied into `fonts/` next to the tables (with its OFL licence), and the preamble finds it
relative to its own folder (`\CurrentFilePath`). No absolute path of the build machine is
written, so the folder is byte-identical across clones and can be moved or zipped with a
paper; `\input{path/to/tables/preamble.tex}` works from any directory. Compile the demo with
`cd <results>/tables && xelatex all_tables.tex`.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import catalog
from analysis.labels import Labels, header, label_table

LONG_ROWS = 20  # more rows (or a landscape table): a longtable that breaks across pages
WIDE_COLUMNS = 12  # more printed columns than this, or more than PORTRAIT_CHARS characters of unbreakable
PORTRAIT_CHARS = 84  # text in a row (a 345 pt line of 8 pt type, less the gaps; TeX still has tighter headers
# and a smaller size in reserve, see `_measure`): a landscape page
# (font, column gap, the font a table drops to when it does not fit): portrait, landscape
# a table that may need a landscape page (WIDE_COLUMNS, PORTRAIT_CHARS) is set portrait when the line, at the
# portrait sizes, leaves its wrapping columns this share of the room their long cells take on one line (`_measure`'s
# weights, in digit widths): the COVID tests table "fitted" portrait with five outlet names stacked down each cell
PORTRAIT_ROOM = 0.5
SIZES = {False: (r"\footnotesize", "3pt", r"\scriptsize"), True: (r"\scriptsize", "2pt", r"\tiny")}
CANDIDATES = 6  # the longest cells of a column TeX measures (digits are of equal width; ids get 4x as many)
WRAP_CAP = 60  # characters: a wrapping column holding more asks for no more of the line than this
WRAP_QUANTILE = 0.9  # a wrapping column asks for room to set this share of its cells on one line
# a table with a row per article (`catalog` rows="article"): its LaTeX holds at most this many, the first of each
# outlet; 3,142 COVID articles made 136 landscape pages that no paper \input, and 100k would not compile
EXCERPT_ROWS = 20
MISSING = "–"  # a missing number
DIGITS = 2  # decimals of shares, balances, statistics
CI_ESTIMATES = ("share", "value", "balance")  # the columns a ci_low/ci_high pair belongs to
FLOAT_COLUMNS = (*CI_ESTIMATES, "ci_low", "ci_high", "statistic", "p_value", "cramers_v")  # never whole numbers
FONT_DIR = Path(catalog.result("tables_fonts").relpath).name
FONT_FILE = "NotoSansDevanagari.ttf"
PREAMBLE = Path(catalog.result("tables_preamble").relpath).name
DEMO = Path(catalog.result("tables_demo").relpath).name

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_\allowbreak{}",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "[": "{[}",
    "]": "{]}",  # so a cell after a line break is not read as \\[<length>]
    "<": r"$<$",
    ">": r"$>$",
    "≥": r"$\geq$",  # the notes' "≥5 articles", as a reader writes it (not ">=")
    "≤": r"$\leq$",
    "−": r"$-$",  # the minus sign of the plain-text numbers
    "→": r"$\rightarrow$",
}
_ESCAPES = str.maketrans(_LATEX_SPECIALS)
_DEVANAGARI_RUN = re.compile(
    r"[\u0900-\u097F\uA8E0-\uA8FF\u200C\u200D]+(?:[ \u0964\u0965,.\-–]+"
    r"[\u0900-\u097F\uA8E0-\uA8FF\u200C\u200D]+)*"
)


def latex_escape(text: object) -> str:
    r"""Escape LaTeX specials and mark Devanagari runs for the Devanagari font.

    >>> latex_escape("ETV_Bharat & co: 50% अमर उजाला")
    'ETV\\_\\allowbreak{}Bharat \\& co: 50\\% \\textdeva{अमर उजाला}'
    >>> latex_escape("−0.50 → <0.001")
    '$-$0.50 $\\rightarrow$ $<$0.001'
    >>> latex_escape("≥5 articles")
    '$\\geq$5 articles'
    """
    escaped = str(text).translate(_ESCAPES)  # one C pass (a table of 100k rows has a million cells)
    return _DEVANAGARI_RUN.sub(lambda m: rf"\textdeva{{{m.group(0)}}}", escaped)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, (float, np.floating)) and math.isnan(value))


def _per_distinct(fn: Callable[[object], str], values: Iterable[object]) -> tuple[str, ...]:
    """`fn` of each value, computed once per distinct string: a long table (one row per
    article) repeats a few labels and ids down a column. Numbers are not looked up, so
    0.0 and −0.0 (equal keys) keep their own formats.

    >>> _per_distinct(lambda v: f"<{v}>", ["a", "b", "a", 1.5])
    ('<a>', '<b>', '<a>', '<1.5>')
    """
    done: dict[str, str] = {}
    out = []
    for v in values:
        if isinstance(v, str):
            if v not in done:
                done[v] = fn(v)
            out.append(done[v])
        else:
            out.append(fn(v))
    return tuple(out)


def fmt_number(value: object, column: str, digits: int = DIGITS) -> str:
    """One number as every table prints it (LaTeX and Markdown): integers whole, p below 0.001
    as "<0.001", a minus sign (not a hyphen) before negatives, missing as an en dash.

    >>> fmt_number(0.41666, "share"), fmt_number(12.0, "n_units"), fmt_number(0.0002, "p_value")
    ('0.42', '12', '<0.001')
    >>> fmt_number(-0.5, "balance"), fmt_number(float("nan"), "share")
    ('−0.50', '–')
    """
    if _missing(value):
        return MISSING
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, (int, np.integer)) and column in FLOAT_COLUMNS:
        value = float(value)  # a share or statistic that happens to be whole (or read back from CSV as 1)
    if isinstance(value, (int, np.integer)):
        return str(int(value)).replace("-", "−")
    if isinstance(value, (float, np.floating)):
        if column == "p_value":
            return "<0.001" if value < 0.001 else f"{value:.3f}"
        if float(value).is_integer() and (column.startswith("n_") or column in ("count", "df")):
            return str(int(value))
        return f"{value:.{digits}f}".replace("-", "−")
    return str(value)


def fmt_ci(estimate: object, low: object, high: object, digits: int = DIGITS) -> str:
    """An estimate with its 95% interval, the one format of every table: "0.42 [0.31, 0.55]".

    >>> fmt_ci(0.4212, 0.31, 0.549), fmt_ci(1, float("nan"), float("nan")), fmt_ci(-0.5, -0.75, 0.1)
    ('0.42 [0.31, 0.55]', '1.00', '−0.50 [−0.75, 0.10]')
    """
    est, lo, hi = (fmt_number(x, "value", digits) for x in (estimate, low, high))
    return est if MISSING in (est, lo, hi) else f"{est} [{lo}, {hi}]"


def _is_number(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def _notes(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Replace the note column by letters (a, b, …) keyed to the distinct notes, listed under the table."""
    if "note" not in df:
        return df, []
    text = pd.Series(["" if _missing(t) else str(t).replace("|", ", ") for t in df["note"]], index=df.index)
    distinct = list(dict.fromkeys(t for t in text if t))
    letters = {t: chr(ord("a") + i) if i < 26 else str(i + 1) for i, t in enumerate(distinct)}
    df = df.assign(note=[letters.get(t, "") for t in text])
    return (df, [f"{letters[t]}: {t}" for t in distinct]) if distinct else (df.drop(columns="note"), [])


@dataclass(frozen=True)
class Column:
    """One printed column, in plain text: its header, its cells and what they hold.

    `kind` is "ci" (an estimate and its interval, "0.42 [0.31, 0.55]"), "num", "note"
    (note letters), "name" (outlet names) or "text". LaTeX and Markdown are both written from these columns, so a
    number or a label reads the same in the paper and in the README.
    """

    head: str
    cells: tuple[str, ...]
    kind: str


# headline/body comparisons print "–" for "nothing to compare" (no frame, no dominant frame), as
# numbers do; other empty text cells (a note, a byline) stay blank
_DASH_WHEN_EMPTY = ("headline_", "body_", "dominant_")
# Columns of names ("Pahadi Samachar", "गंगा टाइम्स"): set whole while the line has room (`_measure`)
NAME_COLUMNS = frozenset({"outlet", "outlet_a", "outlet_b"})


def _text(value: object, column: str, digits: int) -> str:
    if _missing(value):
        value = ""  # an empty text cell reads back from CSV as NaN: the same cell either way
    if isinstance(value, str):
        return value.replace("|", "; ") if value else MISSING if column.startswith(_DASH_WHEN_EMPTY) else ""
    return fmt_number(value, column, digits)


def _numbers_by_name(column: str) -> bool:
    """Whether a column holds numbers whatever its cells: statistics, shares and counts.

    >>> _numbers_by_name("p_value"), _numbers_by_name("n_units"), _numbers_by_name("outlets")
    (True, True, False)
    """
    return column in FLOAT_COLUMNS or column in ("df", "count") or column.startswith("n_")


def table_columns(
    df: pd.DataFrame, labels: Labels | None = None, digits: int = DIGITS
) -> tuple[list[Column], list[str]]:
    """The table as a reader sees it: human headers, labelled cells, formatted numbers, notes.

    Intervals join their estimate; the per-target headline and body stance columns join as
    one column per target ("None → Favor"); headline and body unit counts as "1 / 11";
    "a|b" lists print as "a; b". Ids become labels through `label_table` (the CSV keeps them).
    """
    labels = labels or Labels()
    raw, notes = _notes(df.copy())
    shown = label_table(raw, labels)
    cols: list[Column] = []
    skip: set[str] = set()
    for c in raw.columns:
        if c in skip:
            continue
        if c in CI_ESTIMATES and {"ci_low", "ci_high"} <= set(raw.columns):
            cells = [fmt_ci(v, lo, hi, digits) for v, lo, hi in zip(raw[c], raw["ci_low"], raw["ci_high"])]
            cols.append(Column(header(c), tuple(cells), "ci"))
            skip |= {"ci_low", "ci_high"}
        elif c.startswith("headline_stance_") and f"body_stance_{c[16:]}" in raw:
            t = c[16:]
            cells = [
                f"{_text(h, c, digits)} → {_text(b, c, digits)}" for h, b in zip(shown[c], shown[f"body_stance_{t}"])
            ]
            cols.append(Column(f"{labels.of('target', t)}: headline → body", tuple(cells), "text"))
            skip |= {f"body_stance_{t}", f"stance_gap_{t}"}
        elif c == "n_headline_units" and "n_body_units" in raw:
            cells = [f"{fmt_number(h, c)} / {fmt_number(b, c)}" for h, b in zip(raw[c], raw["n_body_units"])]
            cols.append(Column("Headline / body units", tuple(cells), "num"))
            skip.add("n_body_units")
        elif (_is_number(raw[c]) and raw[c].notna().any()) or _numbers_by_name(c):
            # an all-empty column is text (CSV or not), unless its name says it holds numbers:
            # a test not run prints "–" under Statistic and p as a missing number does elsewhere
            cols.append(Column(header(c), tuple(fmt_number(v, c, digits) for v in raw[c]), "num"))
        else:
            kind = "note" if c == "note" else "name" if c in NAME_COLUMNS else "text"
            cols.append(Column(header(c), _per_distinct(lambda v, c=c: _text(v, c, digits), shown[c]), kind))
    return cols, notes


def _align(cols: list[Column]) -> str:
    """One letter per column: R estimate [interval], r number, c note, L text that wraps, l one word,
    N names of several words.

    One-word text (ids) keeps its width and prose wraps; a table of ids only lets its
    widest id column wrap (at underscores), so that every table has a column to give way.
    Names wrap only when the line has no room for them whole (`_measure`); a table with no
    prose to take the rest of the line lets its names wrap as prose does.
    """
    align = "".join(
        {"ci": "R", "num": "r", "note": "c"}.get(
            c.kind, ("N" if c.kind == "name" else "L") if " " in "".join(c.cells) else "l"
        )
        for c in cols
    )
    if "L" not in align:
        align = align.replace("N", "L")
    if "L" not in align and "l" in align:
        widest = max(
            (i for i, a in enumerate(align) if a == "l"), key=lambda i: max(map(len, cols[i].cells), default=0)
        )
        align = align[:widest] + "L" + align[widest + 1 :]
    return align


def present(
    df: pd.DataFrame, digits: int = DIGITS, labels: Labels | None = None
) -> tuple[list[str], list[list[str]], list[str], str]:
    """The table as LaTeX cells: (headers, rows of cell strings, notes, column alignment string).

    An interval cell is "estimate & [low, high]", two columns aligned apart.
    """
    return present_columns(*table_columns(df, labels, digits))


def present_columns(cols: list[Column], notes: list[str]) -> tuple[list[str], list[list[str]], list[str], str]:
    """`present` from columns `table_columns` already made (`to_latex` needs both)."""
    cells = [
        [latex_escape(x).replace(" ", " & ", 1) if " " in x else latex_escape(x) + " &" for x in c.cells]
        if c.kind == "ci"
        else _per_distinct(latex_escape, c.cells)
        for c in cols
    ]
    rows = [list(r) for r in zip(*cells)] if cols else []
    return [latex_escape(c.head) for c in cols], rows, notes, _align(cols)


def markdown_table(df: pd.DataFrame, labels: Labels | None = None, digits: int = DIGITS) -> str:
    """The same table as Markdown (numbers right-aligned), for a README or a report.

    >>> print(markdown_table(pd.DataFrame({"voice": ["quoted"], "share": [0.5], "ci_low": [0.25], "ci_high": [0.75]})))
    | Voice | Share [95% CI] |
    |:---|---:|
    | Direct quotation | 0.50 [0.25, 0.75] |
    """
    cols, notes = table_columns(df, labels, digits)

    def esc(text: str) -> str:
        return text.replace("|", r"\|")

    lines = [
        "| " + " | ".join(esc(c.head) for c in cols) + " |",
        "|"
        + "|".join("---:" if c.kind in ("ci", "num") else ":---:" if c.kind == "note" else ":---" for c in cols)
        + "|",
        *("| " + " | ".join(esc(x) for x in row) + " |" for row in zip(*(c.cells for c in cols))),
    ]
    return "\n".join(lines + ([""] + [f"Notes. {'; '.join(notes)}."] if notes else []))


def _row_chars(cols: list[Column], align: str) -> int:
    """Characters a row needs at least: whole cells of columns that do not wrap, the longest
    unbreakable piece of those that do (a rough measure, to choose portrait or landscape)."""
    total = 0
    for c, a in zip(cols, align):
        texts = [*dict.fromkeys(c.cells), *c.head.split(" ")]  # distinct cells: the same maxima
        if a in "LN":
            total += max((len(piece) for t in texts for piece in _pieces(t)), default=0)
        else:
            total += max(map(len, texts), default=0)
    return total + len(align)


def _pieces(text: str, hyphens: bool = False) -> list[str]:
    """The pieces a wrapping cell cannot break: words, ids split after their underscores, and
    (`hyphens`, when a table is tight) words split after a hyphen, where TeX may break too."""
    if not _marked(text, hyphens):  # most cells: words only, no regex
        return [w for w in text.split(" ") if w]
    # the regex only where a word has a mark: a long table has a few hundred thousand words
    cut = _CUT_HYPHEN if hyphens else _CUT_ID
    return [p for word in text.split(" ") for p in (cut.split(word) if _marked(word, hyphens) else (word,)) if p]


def _marked(text: str, hyphens: bool) -> bool:
    """Whether `text` holds a place `_pieces` may break after: an underscore, or (`hyphens`) a hyphen."""
    return "_" in text or (hyphens and "-" in text)


_CUT_ID, _CUT_HYPHEN = re.compile(r"(?<=_)"), re.compile(r"(?<=[_-])")


def _typical(cells: tuple[str, ...]) -> int:
    """Characters of a column's long cells (its `WRAP_QUANTILE`), not of its one longest cell."""
    return int(np.quantile([len(c) for c in cells], WRAP_QUANTILE, method="higher")) if cells else 1


def _widest(texts: list[str], k: int = CANDIDATES) -> list[str]:
    """The `k` longest distinct texts: the ones TeX measures to find a column's width."""
    return sorted(set(texts), key=lambda t: (-len(t), t))[:k]


def _maxes(texts: list[str]) -> str:
    return "".join(rf"\tabmax{{{t}}}" for t in texts)


def _halves(head: str) -> list[str]:
    """A header cut into two lines of about equal length (one line when it is short)."""
    words = head.split(" ")
    if len(head) <= 8 or len(words) < 2:
        return [head]
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _measure(cols: list[Column], align: str) -> tuple[str, str, int]:
    r"""TeX that measures the columns at the table's font size, and the column spec that uses it.

    Columns that do not wrap take the width of their widest cell or of their header set on
    at most two lines; each wrapping column gets at least its longest unbreakable word, and
    the rest of \linewidth is shared among them by how much text they hold. So a table is
    exactly as wide as the line, in whatever class, font size or \textwidth it is pasted,
    and no word sticks out of its cell. A column of names (outlets) is given room for its
    widest name first, so "पहाड़ी समाचार" is not cut in two while a column of frame lists
    takes the line's rest; when the line has no room for the names whole, they wrap at their
    words and the room goes to the prose (part of a name's width would save no line).
    When that does not fit, headers wrap word by word
    (`\tabtighttrue`), then the table drops one font size (`SIZES`), then ids break after
    their underscores and hyphens and words after their hyphens (`\tabsplittrue`): `\tabfit`.
    """
    parts, spec, wraps, grants, ids = [], [], [], [], []
    for i, (c, a) in enumerate(zip(cols, align)):
        head = _maxes([latex_escape(h) for h in _halves(c.head)])
        tight = _maxes([latex_escape(w) for w in _widest(c.head.split(" "))])
        if a == "R":
            est = [x.split(" ", 1)[0] for x in c.cells]
            ival = [x.split(" ", 1)[1] if " " in x else "" for x in c.cells]
            est_tex, ival_tex = (_maxes([latex_escape(x) for x in _widest(v)]) for v in (est, ival))
            parts.append(rf"\tabpair{{{i}}}{{{est_tex}}}{{{ival_tex}}}{{{head}}}{{{tight}}}")
            spec.append(r"r@{\,}l")
        elif a in "LN":
            texts = dict.fromkeys((*c.cells, c.head))  # distinct: `_widest` and max read sets of words
            words = [p for t in texts for p in _pieces(t)]
            short = _maxes([latex_escape(w) for w in _widest([p for t in texts for p in _pieces(t, True)])])
            parts.append(
                rf"\tabwrap{{{i}}}{{\iftabsplit{short}\else{_maxes([latex_escape(w) for w in _widest(words)])}\fi}}"
            )
            if a == "N":  # a name is set whole before prose shares the rest of the line
                grants.append(rf"\tabgrant{{{i}}}{{{_maxes([latex_escape(x) for x in _widest(list(c.cells))])}}}")
            else:
                wraps.append((i, max(1, min(_typical(c.cells), WRAP_CAP) - max(map(len, words)))))
            spec.append(rf"P{{\tabcol{{{i}}}}}")
        elif a == "l":  # one-word ids: whole, or broken after their underscores when the table is tight
            whole = _maxes([latex_escape(x) for x in _widest(list(c.cells), 4 * CANDIDATES)])
            pieces = _maxes([latex_escape(p) for p in _widest([p for x in set(c.cells) for p in _pieces(x, True)])])
            parts.append(rf"\tabfix{{{i}}}{{\iftabsplit{pieces}\else{whole}\fi}}{{{head}}}{{{tight}}}")
            longest = max((len(p) for x in set(c.cells) for p in _pieces(x, True)), default=0)
            ids.append((i, max(1, min(_typical(c.cells), WRAP_CAP) - longest)))
            spec.append(rf"P{{\tabcol{{{i}}}}}")
        else:
            texts = [latex_escape(x) for x in _widest(list(c.cells))]
            parts.append(rf"\tabfix{{{i}}}{{{_maxes(texts)}}}{{{head}}}{{{tight}}}")
            spec.append(a)
    share = _shares(wraps, ids)
    measure = (
        rf"\def\tabmeasure{{\tabstart{{{2 * (len(cols) - 1)}}}{''.join(parts)}\tabspread{''.join(grants)}{share}}}"
    )
    return measure, "@{}" + "".join(spec) + "@{}", sum(w for _, w in wraps)


def _setup(wide: bool, measure: str = "") -> str:
    r"""The font size and column gap a table is set in, its `measure`, and `\tabfit` with the size it drops to
    (`SIZES`)."""
    size, gap, smaller = SIZES[wide]
    return rf"{size}\setlength{{\tabcolsep}}{{{gap}}}{measure}\tabfit{{{smaller}}}"


def _shares(wraps: list[tuple[int, int]], ids: list[tuple[int, int]]) -> str:
    r"""TeX giving the wrapping columns the line's rest, in proportion to their weights.

    Once ids are broken after their underscores and hyphens (`\tabsplit`, a tight table), the id
    columns share the rest too: they took only their longest piece, so an article id ran
    down six lines beside a column of frame lists with room to spare.
    """

    def tex(cols: list[tuple[int, int]]) -> str:
        total = sum(w for _, w in cols)
        return "".join(rf"\tabshare{{{i}}}{{{w}}}{{{total}}}" for i, w in cols)

    return rf"\iftabsplit{tex(wraps + ids)}\else{tex(wraps)}\fi" if ids else tex(wraps)


def _header_row(heads: list[str], align: str) -> str:
    r"""Headers bottom-aligned, each a ragged paragraph as wide as its column (\tabcol).

    A header cell repeats the `@{}` of the table's outer edges, or it would add a column
    gap the measured widths do not have.
    """
    cells, last = [], len(heads) - 1
    for i, (h, a) in enumerate(zip(heads, align)):
        left, right = ("@{}" if i == 0 else ""), ("@{}" if i == last else "")
        kind = {"R": "G", "r": "F", "c": "G"}.get(a, "E")  # header boxes: centred, ragged left, ragged right
        cells.append(rf"\multicolumn{{{2 if a == 'R' else 1}}}{{{left}{kind}{{\tabcol{{{i}}}}}{right}}}{{{h}}}")
    return " & ".join(cells) + r" \\"


# A table \input without the preamble stopped at "Undefined control sequence \tabfit", naming
# neither the preamble nor the file; this line says what to do and ends the table's input.
# `{macro}`: the newest macro the table uses (a landscape-or-portrait table checks \tabwidebegin, which older
# preambles lack), so the tables that use none of the new macros keep their bytes.
PREAMBLE_GUARD = (
    r"\ifdefined\{macro}\else\errmessage{{analysis tables: \string\input\space the preamble.tex of the tables "
    r"folder after \string\documentclass\space (it defines this table's macros and its Devanagari font; "
    r"a preamble.tex from an older build lacks some)}}"
    r"\expandafter\endinput\fi"
)


def to_latex(df: pd.DataFrame, caption: str, label: str, digits: int = DIGITS, labels: Labels | None = None) -> str:
    r"""A booktabs table as wide as the line: a `table` float, or a `longtable` when long.

    Written by hand rather than with pandas' Styler so the output does not depend on
    jinja2 or pandas version formatting; the same frame always gives the same bytes.
    Needs the packages and macros `preamble()` defines.
    """
    cols, notes = table_columns(df, labels, digits)
    heads, rows, _, align = present_columns(cols, notes)
    wide = len(heads) > WIDE_COLUMNS or _row_chars(cols, align) > PORTRAIT_CHARS
    measure, spec, want = _measure(cols, align)
    head = _header_row(heads, align)
    body = [" & ".join(r) + r" \\" for r in rows]
    note_text = latex_escape("; ".join(notes))
    foot = (
        [rf"\par\smallskip\noindent\parbox{{\linewidth}}{{\footnotesize\raggedright Notes. {note_text}.}}"]
        if notes
        else []
    )
    cap = rf"\caption{{{latex_escape(caption)}}}\label{{\tablabelprefix {label}}}"
    if wide or len(rows) > LONG_ROWS:  # a longtable's notes end its last page (`_long_table`)
        foot = [_notes_row(note_text)] if notes else []
    if wide:  # TeX sets it portrait if it fits the line there, else on a landscape page (`\tabwidebegin`)
        lines = _long_table(r"\tabwidesetup", cap, head, body, foot, spec)
        room = math.ceil(want * PORTRAIT_ROOM)
        lines = [rf"\tabwidebegin{{{measure}}}{{{_setup(False)}}}{{{_setup(True)}}}{{{room}}}", *lines, r"\tabwideend"]
        lines = [r"\tablongbegin", *lines, r"\tablongend"]
    elif len(rows) > LONG_ROWS:
        lines = [r"\tablongbegin", *_long_table(_setup(False, measure), cap, head, body, foot, spec), r"\tablongend"]
    else:
        lines = _float_table(_setup(False, measure), cap, head, body, foot, spec)
    guard = PREAMBLE_GUARD.format(macro="tabwidebegin" if wide else "tabfloatbegin")
    return "\n".join([guard, *lines]) + "\n"


def _notes_row(note_text: str) -> str:
    r"""A longtable's notes, set between its rows (`\noalign`) as a paragraph as wide as the line: as a cell
    they widened the table's last column wherever the table is narrower than the line."""
    return (
        r"\noalign{\vskip\smallskipamount\vbox{\hsize\linewidth\footnotesize\raggedright\noindent "
        rf"Notes. {note_text}.\par}}}}"
    )


def _long_table(setup: str, cap: str, head: str, body: list[str], foot: list[str], spec: str) -> list[str]:
    """A `longtable` that breaks across pages and repeats its header (long or wide tables).

    Not `xltabular`: that typesets the whole body in memory to fit its X columns, and a
    per-article table of a few thousand rows exceeds TeX's memory; the widths are measured
    beforehand instead (`_measure`), so longtable can ship the rows page by page. Its notes
    (`foot`, `_notes_row`) are the foot of its last page: set after the table, a page could
    break between them (COVID's by-event notes stood alone at the top of a page).
    """
    last = [r"\bottomrule", *foot, r"\endlastfoot"] if foot else []
    return [  # in a two-column document `\tablongbegin` switches to one column: longtable needs it
        rf"\begingroup{setup}\setlength{{\LTcapwidth}}{{\linewidth}}",
        rf"\begin{{longtable}}{{{spec}}}",
        cap + r" \\",
        *(r"\toprule", head, r"\midrule", r"\endfirsthead"),
        *(r"\toprule", head, r"\midrule", r"\endhead"),
        *(r"\bottomrule", r"\endfoot"),
        *last,
        *body,
        r"\end{longtable}",
        r"\endgroup",
    ]


def _float_table(setup: str, cap: str, head: str, body: list[str], foot: list[str], spec: str) -> list[str]:
    r"""A `table` float holding a `tabular`: short tables.

    `\tabfloatbegin` opens the float with `setup` (font size and measurement): a `table`,
    except in a two-column document where the table does not fit `\columnwidth` at its own
    size: there a `table*` across both columns (a plain `table` would shrink to tiny type
    or stick out into the other column).
    """
    return [
        rf"\tabfloatbegin{{{setup}}}",
        cap,
        rf"\begin{{tabular}}{{{spec}}}",
        *(r"\toprule", head, r"\midrule", *body, r"\bottomrule"),
        r"\end{tabular}",
        *foot,
        r"\tabfloatend",
    ]


# The measuring macros of `_measure` (see the module docstring). \tabfit runs the table's
# \tabmeasure, and while the table does not fit: again with headers wrapped word by word
# (\iftabtight), then one font size smaller, then with ids and hyphenated words broken (\iftabsplit).
_MACROS = r"""\newlength\tabfixed\newlength\tabwidest\newlength\tabcell\newlength\tabspare\newlength\tabpairw
\newif\iftabtight\newif\iftabsplit\newif\iftabtrial\newif\iftabwasdouble\newif\iftabsizetrial\newif\iftabland
\newcolumntype{P}[1]{>{\raggedright\arraybackslash}p{#1}}
\newcolumntype{E}[1]{>{\raggedright\arraybackslash}b{#1}}
\newcolumntype{F}[1]{>{\raggedleft\arraybackslash}b{#1}}
\newcolumntype{G}[1]{>{\centering\arraybackslash}b{#1}}
\newcommand\tabmax[1]{\settowidth\tabcell{#1}\ifdim\tabcell>\tabwidest\setlength\tabwidest{\tabcell}\fi}
\newcommand\tabkeep[1]{\addtolength\tabfixed{\tabwidest}\expandafter\edef\csname tabw#1\endcsname{\the\tabwidest}}
\newcommand\tabstart[1]{\setlength\tabfixed{#1\tabcolsep}}
\newcommand\tabfix[4]{\setlength\tabwidest{0pt}#2\iftabtight#4\else#3\fi\tabkeep{#1}}
\newcommand\tabwrap[2]{\setlength\tabwidest{0pt}#2\tabkeep{#1}}
\newcommand\tabpair[5]{\setlength\tabwidest{0pt}#2\setlength\tabpairw{\tabwidest}%
  \setlength\tabwidest{0pt}#3\addtolength\tabpairw{\tabwidest}\settowidth\tabcell{\,}%
  \addtolength\tabpairw{\tabcell}\setlength\tabwidest{0pt}\iftabtight#5\else#4\fi
  \ifdim\tabwidest<\tabpairw\setlength\tabwidest{\tabpairw}\fi\tabkeep{#1}}
\newcommand\tabspread{\setlength\tabspare{\dimexpr\linewidth-\tabfixed\relax}}
\newcommand\tabshare[3]{\expandafter\edef\csname tabw#1\endcsname{\the\dimexpr
  \csname tabw#1\endcsname+\ifdim\tabspare>0pt \tabspare*#2/#3\else0pt\fi\relax}}
\newcommand\tabgrant[2]{\setlength\tabwidest{0pt}#2\setlength\tabcell{\dimexpr\tabwidest-\tabcol{#1}\relax}%
  \ifdim\tabcell>\tabspare\else\ifdim\tabcell>0pt
  \expandafter\edef\csname tabw#1\endcsname{\the\tabwidest}\addtolength\tabspare{-\tabcell}\fi\fi}
\newcommand\tabcol[1]{\csname tabw#1\endcsname}
\newcommand\tabfit[1]{\tabtightfalse\tabsplitfalse\tabmeasure
  \ifdim\tabspare<0pt\relax\tabtighttrue\tabmeasure\fi
  \iftabtrial\else
  \ifdim\tabspare<0pt\relax#1\setlength\tabcolsep{2pt}\tabmeasure\fi
  \iftabsizetrial\else
  \ifdim\tabspare<0pt\relax\tabsplittrue\tabmeasure\fi
  \ifdim\tabspare<0pt\relax\typeout{analysis tables: a table is wider than the line by \the\dimexpr-\tabspare\relax}\fi
  \fi\fi}
\makeatletter
\newcommand\tabfloatbegin[1]{\gdef\tabenv{table}\if@twocolumn\begingroup\tabtrialtrue#1%
  \ifdim\tabspare<0pt\relax\gdef\tabenv{table*}\fi\endgroup\fi
  \expandafter\begin\expandafter{\tabenv}[htbp]\centering#1}
\newcommand\tabfloatend{\expandafter\end\expandafter{\tabenv}}
\newcommand\tablongbegin{\if@twocolumn\global\tabwasdoubletrue\onecolumn\else\global\tabwasdoublefalse\fi}
\newcommand\tablongend{\iftabwasdouble\twocolumn\relax\fi}
\newenvironment{tabportrait}{}{}
\newcommand\tabwidebegin[4]{\global\tablandfalse\begingroup\tabsizetrialtrue#1#2\settowidth\tabcell{0}%
  \ifdim\tabspare<\dimexpr\tabcell*#4\relax\global\tablandtrue\fi\endgroup
  \iftabland\gdef\tabwideenv{landscape}\gdef\tabwidesetup{#1#3}\else
  \gdef\tabwideenv{tabportrait}\gdef\tabwidesetup{#1#2}\fi
  \expandafter\begin\expandafter{\tabwideenv}}
\newcommand\tabwideend{\expandafter\end\expandafter{\tabwideenv}}
\makeatother"""


# pdfLaTeX: fontspec (and so the Devanagari font) is XeTeX/LuaTeX only. Loading it stopped at
# "fontspec requires either XeTeX or LuaTeX", even for tables with no Devanagari at all; now only
# a Devanagari cell stops, once, with an error naming the fix (its text is left out of the PDF).
_NO_DEVANAGARI = r"""\newcommand\textdeva[1]{\tabnodeva}
\newcommand\tabnodeva{\PackageError{analysis tables}{Devanagari text in a table needs XeLaTeX: compile
  with xelatex (or lualatex)}{pdfLaTeX cannot load the Devanagari font (Noto Sans Devanagari, through
  fontspec). This table's Devanagari cells are left out of the PDF.}\gdef\tabnodeva{?}}"""


def preamble(font_dir: str = FONT_DIR, font_file: str = FONT_FILE) -> str:
    r"""`preamble.tex`: the packages and macros the tables need and the Devanagari font, found next to this file."""
    return "\n".join(
        [
            r"% Preamble for the tables in this folder (written by the table step).",
            r"% Use: \input{<this folder>/preamble.tex} after \documentclass, then \input{<this folder>/<table>.tex}.",
            r"% Engine: XeLaTeX (or LuaLaTeX). Devanagari runs in the tables (outlet names, Hindi labels) are",
            r"% marked \textdeva{...} and set in the copy of Noto Sans Devanagari in fonts/ (SIL OFL 1.1) through",
            r"% fontspec. pdfLaTeX cannot load that font: tables without Devanagari compile under pdfLaTeX too,",
            r"% and a Devanagari cell stops with an error that says to use xelatex.",
            r"% Packages: booktabs, array, longtable, pdflscape (and fontspec under XeLaTeX/LuaLaTeX).",
            r"% Two-column papers: a table that does not fit \columnwidth becomes a table* (both columns), and a",
            r"% long table (longtable, which cannot run in two columns) is set on one-column pages. A table with",
            r"% many columns is set portrait when it fits the line with room for its text, else on a landscape page.",
            r"% The \tab... macros measure each table's columns so that it is as wide as \linewidth.",
            r"% Labels are tab:<name>; tables of two corpora in one paper: \renewcommand\tablabelprefix{covid-}",
            r"% before a corpus's tables gives covid-tab:<name> (and covid-fig:<name> for its figures' <name>.tex).",
            r"% A second preamble.tex \input is skipped.",
            r"\ifdefined\tabfloatbegin\expandafter\endinput\fi",
            r"\providecommand\tablabelprefix{}",
            r"\usepackage{iftex}",
            r"\usepackage{booktabs,array,longtable,pdflscape}",
            r"\ifPDFTeX",
            _NO_DEVANAGARI,
            r"\else",
            r"\usepackage{fontspec}",
            r"\makeatletter",
            r"\edef\analysistablesdir{\ifx\CurrentFilePath\@empty\else\CurrentFilePath/\fi}",
            r"\makeatother",
            rf"\newfontfamily\devanagarifont{{{font_file}}}[Path=\analysistablesdir {font_dir}/, Script=Devanagari"
            r"\ifLuaTeX, Renderer=HarfBuzz\fi]",
            r"\DeclareTextFontCommand{\textdeva}{\devanagarifont}",
            r"\fi",
            _MACROS,
            "",
        ]
    )


def demo_document(names: list[str]) -> str:
    """`all_tables.tex`: a document that inputs every table (compile it inside the tables folder)."""
    inputs = [rf"\input{{{name}.tex}}" for name in names]
    return "\n".join(
        [r"\documentclass{article}", r"\input{preamble.tex}", r"\begin{document}", *inputs, r"\end{document}", ""]
    )


# A figure's LaTeX (`figure_tex`): the PDF next to the snippet, at its drawn size (its type is 7-8 pt there),
# shrunk only to fit the line and FIGURE_HEIGHT of the page, so a tall figure (the COVID reliability grid) and its
# caption still fit one page. Found through \CurrentFilePath, as the tables' preamble finds its font.
FIGURE_HEIGHT = "0.8\\textheight"
_FIGURE_MACRO = (
    r"\providecommand\analysisfigure[1]{\begingroup"
    r"\edef\analysisfigurefile{\ifx\CurrentFilePath\empty\else\CurrentFilePath/\fi#1}"
    r"\sbox0{\includegraphics{\analysisfigurefile}}"
    rf"\ifdim\wd0>\linewidth\def\analysisfit{{}}\fi\ifdim\ht0>{FIGURE_HEIGHT}\def\analysisfit{{}}\fi"
    rf"\ifdefined\analysisfit\includegraphics[width=\linewidth,height={FIGURE_HEIGHT},keepaspectratio]"
    r"{\analysisfigurefile}\else\usebox0\fi\endgroup}"
)
_FIGURE_GUARD = (
    r"\ifdefined\includegraphics\else\errmessage{analysis figures: \string\usepackage{graphicx} before "
    r"\string\input\space a figure}\expandafter\endinput\fi"
)
_DEVANAGARI_GUARD = (
    r"\ifdefined\textdeva\else\errmessage{analysis figures: this caption has Devanagari: \string\input\space the "
    r"preamble.tex of the tables folder after \string\documentclass\space (its Devanagari font, under XeLaTeX)}"
    r"\expandafter\endinput\fi"
)


def figure_tex(name: str, stem: str, span: bool, caption: str) -> str:
    r"""`<stem>.tex`: the figure as a LaTeX user \input's it: a `figure` (`figure*` when `span`, the
    full-width version) with `<stem>.pdf` and the caption, escaped, labelled `fig:<name>`; the
    catalogue's title is the short caption a list of figures prints.

    Why: figures had only a plain-text caption, which `\caption` cannot take as it is (`_`, `%`,
    Devanagari); each user escaped it by hand. The caption is the one `.caption.txt` holds, written
    from the same string. The label takes `\tablabelprefix` as the tables do (two corpora, one paper).
    """
    env = "figure*" if span else "figure"
    text = latex_escape(caption.strip())
    lines = [
        rf"% Figure {name} ({stem}.pdf): \input{{<this folder>/{stem}.tex}} in a document that loads graphicx.",
        r"% Set at its drawn size (shrunk only to fit the line and the page); label fig:<name>, after",
        r"% \renewcommand\tablabelprefix{<corpus>-} <corpus>-fig:<name>. Plain caption: " + f"{stem}.caption.txt.",
        _FIGURE_GUARD,
        *([_DEVANAGARI_GUARD] if r"\textdeva" in text else []),
        r"\providecommand\tablabelprefix{}",
        _FIGURE_MACRO,
        rf"\begin{{{env}}}[htbp]",
        r"\centering",
        rf"\analysisfigure{{{stem}.pdf}}",
        rf"\caption[{latex_escape(catalog.figure(name).title)}]{{{text}}}\label{{\tablabelprefix fig:{name}}}",
        rf"\end{{{env}}}",
    ]
    return "\n".join(lines) + "\n"


def _write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename: the table rules run in parallel and all write these files."""
    if path.exists() and path.read_bytes() == data:
        return
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def write_support(out_dir: str | Path) -> list[Path]:
    """Write preamble.tex, all_tables.tex and fonts/ (Noto Sans Devanagari and its licence) into `out_dir`."""
    import fontpkg_noto_sans_devanagari as noto

    out = Path(out_dir)
    (out / FONT_DIR).mkdir(parents=True, exist_ok=True)
    ttf = sorted((noto.ROOT / "files").glob("*.ttf"))[0]
    files = {
        out / PREAMBLE: preamble().encode("utf-8"),
        out / DEMO: demo_document([t.name for t in catalog.TABLES]).encode("utf-8"),
        out / FONT_DIR / FONT_FILE: ttf.read_bytes(),
        out / FONT_DIR / "OFL.txt": (noto.ROOT / "LICENSE").read_bytes(),
    }
    for path, data in files.items():
        _write_atomic(path, data)
    return list(files)


def excerpt(df: pd.DataFrame, name: str, rows: int = EXCERPT_ROWS) -> tuple[pd.DataFrame, str]:
    """The rows of table `name` its LaTeX holds, and the sentence its caption adds about the rest.

    Why: a table with a row per article grows with the corpus (COVID: 3,142 rows, 136 landscape
    pages), and nobody pastes that into a paper. Its LaTeX holds the first articles of each outlet
    (in the CSV's order), `rows` in all, and its caption says how many of how many and which file
    has them all; the CSV keeps every row. Tables with a row per outlet, event or month are set whole.

    >>> df = pd.DataFrame({"doc_id": list("abcdef"), "outlet": ["X", "X", "X", "Y", "Y", "Z"]})
    >>> part, note = excerpt(df, "headline_body_gap", rows=3)
    >>> list(part["doc_id"]), note
    (['a', 'd', 'f'], ' Shown: the first article of each outlet (3 of 6); all 6 are in headline_body_gap.csv.')
    >>> excerpt(df, "sample", rows=3)[0] is df
    True
    """
    out = catalog.result(name)
    if not out.rows or len(df) <= rows:
        return df, ""
    groups = df.groupby("outlet", sort=False, dropna=False) if "outlet" in df else None
    first = max(1, rows // (groups.ngroups if groups is not None else 1))
    part = (groups.head(first) if groups is not None else df).head(rows)
    note = catalog.CAPTION_PARTS["excerpt"].format(
        first=catalog.counted(first, out.rows) if first > 1 else out.rows,
        shown=len(part),
        total=len(df),
        csv=Path(out.relpath).name,
    )
    return part, note


def write_tex(df: pd.DataFrame, name: str, out_dir: str | Path, labels: Labels | None = None) -> Path:
    """`<out_dir>/<name>.tex` with the catalogue's caption, cells labelled by `labels` (English by default)."""
    path = Path(out_dir) / f"{name}.tex"
    shown, more = excerpt(df, name)
    caption = catalog.TABLE_CAPTIONS.get(name, name.replace("_", " ")) + more
    path.write_text(to_latex(shown, caption, f"tab:{name}", labels=labels), encoding="utf-8", newline="\n")
    return path


def write_from_csv(tables_dir: str | Path, out_dir: str | Path, labels: Labels | None = None) -> list[Path]:
    """Write the `.tex` tables (and preamble, demo, font) again from the CSVs of a finished build.

    For tables in another language (`Labels("hi", …)`) or another folder, without running
    the comparison again: the CSVs hold everything the LaTeX shows.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for t in catalog.TABLES:
        src = Path(tables_dir) / f"{t.name}.csv"
        if src.is_file():
            written.append(write_tex(pd.read_csv(src, keep_default_na=False, na_values=[""]), t.name, out, labels))
    return [*written, *write_support(out)]


@dataclass(frozen=True)
class Compiled:
    """What XeLaTeX said about the demo document: errors, overfull boxes (pt), the PDF."""

    returncode: int
    errors: tuple[str, ...]
    overfull: tuple[float, ...]
    missing_glyphs: int
    pdf: Path


def compile_demo(folder: str | Path, runs: int = 2, timeout: int = 600) -> Compiled:
    """Compile `all_tables.tex` in `folder` with XeLaTeX (twice, as longtable needs) and read its log.

    The check a table change must pass: no error, no overfull box over 1 pt, no missing glyph.
    """
    import subprocess

    folder = Path(folder)
    run = None
    for _ in range(runs):
        run = subprocess.run(
            ["xelatex", "-interaction=nonstopmode", "-halt-on-error", DEMO],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    log = (folder / DEMO).with_suffix(".log").read_text(encoding="utf-8", errors="replace")
    return Compiled(
        run.returncode if run else -1,
        tuple(re.findall(r"^! .*", log, re.M)),
        tuple(float(x) for x in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)),
        log.count("Missing character"),
        (folder / DEMO).with_suffix(".pdf"),
    )
