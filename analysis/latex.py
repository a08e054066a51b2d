r"""LaTeX tables a journal takes as they are: booktabs, human headers, fitted to \textwidth.

Each comparison table is written as `<name>.tex` next to its CSV. The CSV is the data
(ids, one column per number); the `.tex` is the presentation: headers from
`analysis.labels.HEADERS`, an estimate and its interval in one cell ("0.42 [0.31, 0.55]",
formatted once, by `fmt_ci`), repeated notes collected under the table as lettered notes,
text columns as wrapping `X` columns of `tabularx` so the table fits the text width, and
`xltabular` (a `longtable` that breaks across pages) when there are more than `LONG_ROWS` rows.

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
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import catalog
from analysis.labels import header

LONG_ROWS = 20  # more rows (or a landscape table): a longtable that breaks across pages
WIDE_COLUMNS = 9  # more printed columns than this, or more than PORTRAIT_CHARS characters of unbreakable
PORTRAIT_CHARS = 72  # text in a row (about 345 pt of 8 pt type, less the column gaps): a landscape page
DIGITS = 2  # decimals of shares, balances, statistics
CI_ESTIMATES = ("share", "value", "balance")  # the columns a ci_low/ci_high pair belongs to
FONT_DIR = "fonts"
FONT_FILE = "NotoSansDevanagari.ttf"
PREAMBLE = "preamble.tex"
DEMO = "all_tables.tex"

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
}
_DEVANAGARI_RUN = re.compile(
    r"[\u0900-\u097F\uA8E0-\uA8FF\u200C\u200D]+(?:[ \u0964\u0965,.\-–]+"
    r"[\u0900-\u097F\uA8E0-\uA8FF\u200C\u200D]+)*"
)


def latex_escape(text: object) -> str:
    r"""Escape LaTeX specials and mark Devanagari runs for the Devanagari font.

    >>> latex_escape("ETV_Bharat & co: 50% अमर उजाला")
    'ETV\\_\\allowbreak{}Bharat \\& co: 50\\% \\textdeva{अमर उजाला}'
    """
    escaped = "".join(_LATEX_SPECIALS.get(ch, ch) for ch in str(text))
    return _DEVANAGARI_RUN.sub(lambda m: rf"\textdeva{{{m.group(0)}}}", escaped)


def fmt_number(value: object, column: str, digits: int = DIGITS) -> str:
    """One number as the tables print it: integers whole, p below 0.001 as "<0.001", missing as "--".

    >>> fmt_number(0.41666, "share"), fmt_number(12.0, "n_units"), fmt_number(0.0002, "p_value")
    ('0.42', '12', '$<$0.001')
    """
    if value is None or value is pd.NA or (isinstance(value, (float, np.floating)) and math.isnan(value)):
        return "--"
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        if column == "p_value":
            return r"$<$0.001" if value < 0.001 else f"{value:.3f}"
        if float(value).is_integer() and (column.startswith("n_") or column in ("count", "df")):
            return str(int(value))
        return f"{value:.{digits}f}".replace("-", "$-$")
    return latex_escape(value)


def fmt_ci(estimate: object, low: object, high: object, digits: int = DIGITS) -> str:
    """An estimate with its 95% interval, the one format of every table: "0.42 [0.31, 0.55]".

    >>> fmt_ci(0.4212, 0.31, 0.549), fmt_ci(0.5, float("nan"), float("nan"))
    ('0.42 [0.31, 0.55]', '0.50')
    """
    est = fmt_number(estimate, "", digits)
    lo, hi = fmt_number(low, "", digits), fmt_number(high, "", digits)
    return est if "--" in (est, lo, hi) else f"{est} [{lo}, {hi}]"


def _is_number(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def _notes(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Replace the note column by letters (a, b, …) keyed to the distinct notes, listed under the table."""
    if "note" not in df:
        return df, []
    text = df["note"].fillna("").astype(str)
    distinct = list(dict.fromkeys(t for t in text if t))
    letters = {t: chr(ord("a") + i) if i < 26 else str(i + 1) for i, t in enumerate(distinct)}
    df = df.assign(note=[letters.get(t, "") for t in text])
    return (df, [f"{letters[t]}: {t}" for t in distinct]) if distinct else (df.drop(columns="note"), [])


def present(df: pd.DataFrame, digits: int = DIGITS) -> tuple[list[str], list[list[str]], list[str], str]:
    """The table as printed: (headers, rows of cell strings, notes, column alignment string).

    Intervals join their estimate; per-target headline/body stance columns join as
    "favor → none"; "a|b" lists print as "a, b"; numbers are right-aligned, text wraps (X).
    """
    df, notes = _notes(df.copy())
    cols: list[tuple[str, list[str], bool]] = []  # (header, cells, numeric)
    skip: set[str] = set()
    for c in df.columns:
        if c in skip:
            continue
        if c in CI_ESTIMATES and {"ci_low", "ci_high"} <= set(df.columns):
            cells = [fmt_ci(v, lo, hi, digits) for v, lo, hi in zip(df[c], df["ci_low"], df["ci_high"])]
            cols.append((header(c), [x.replace(" ", " & ", 1) if " " in x else x + " &" for x in cells], "ci"))
            skip |= {"ci_low", "ci_high"}
        elif c.startswith("headline_stance_"):
            targets = [t[16:] for t in df.columns if t.startswith("headline_stance_") and f"body_stance_{t[16:]}" in df]
            cells = [
                "; ".join(
                    rf"{latex_escape(t)}: {latex_escape(r[f'headline_stance_{t}']) or '--'} $\rightarrow$ "
                    rf"{latex_escape(r[f'body_stance_{t}']) or '--'}"
                    for t in targets
                )
                for _, r in df.iterrows()
            ]
            cols.append((r"Stance (headline $\rightarrow$ body)", cells, False))
            skip |= {f"{k}_{t}" for t in targets for k in ("headline_stance", "body_stance", "stance_gap")}
        elif c == "n_headline_units" and list(df.columns).index(c) < list(df.columns).index("n_body_units"):
            cells = [f"{fmt_number(h, c)} / {fmt_number(b, c)}" for h, b in zip(df[c], df["n_body_units"])]
            cols.append(("Units: headline / body", cells, True))
            skip.add("n_body_units")
        elif _is_number(df[c]):
            cols.append((header(c), [fmt_number(v, c, digits) for v in df[c]], True))
        else:
            cells = [
                latex_escape(str(v).replace("|", ", ")) if isinstance(v, str) else fmt_number(v, c, digits)
                for v in df[c]
            ]
            cols.append((header(c), cells, False))
    align = "".join(
        "R" if num == "ci" else "r" if num else "c" if h == "Note" else "L" if any(" " in x for x in cells) else "l"
        for h, cells, num in cols
    )  # one-word text (ids) keeps its width; prose wraps
    if "L" not in align and "l" in align:  # ids only: the longest may break (at its underscores)
        widest = max((i for i, a in enumerate(align) if a == "l"), key=lambda i: max(map(len, cols[i][1]), default=0))
        align = align[:widest] + "L" + align[widest + 1 :]
    rows = [list(r) for r in zip(*(cells for _, cells, _ in cols))] if cols else []
    return [h if "$" in h else latex_escape(h) for h, _, _ in cols], rows, notes, align


def _head(text: str, align: str) -> str:
    """A header cell; long headers of columns that do not wrap (numbers, ids) break onto two lines."""
    words = text.split(" ")
    if align in "LX" or len(text) <= 8 or len(words) < 2:
        return text
    cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return rf"\begin{{tabular}}[b]{{@{{}}{align}@{{}}}}{' '.join(words[:cut])}\\{' '.join(words[cut:])}\end{{tabular}}"


def _row_chars(heads: list[str], rows: list[list[str]], align: str) -> int:
    """Characters a row needs at least: whole cells of columns that do not wrap, the longest
    unbreakable piece of those that do (a rough measure, to choose portrait or landscape)."""

    def plain(cell: str) -> str:
        return re.sub(r"\\[a-z]+(\{\})?|\$|[{}]", "", cell)

    total = 0
    for i, a in enumerate(align):
        cells = [plain(r[i]) for r in rows] + [plain(w) for w in heads[i].split(" ")]
        if a == "L":
            total += max((len(piece) for c in cells for piece in re.split(r"[ _]", c)), default=0)
        else:
            total += max(map(len, cells), default=0)
    return total + len(align)


def to_latex(df: pd.DataFrame, caption: str, label: str, digits: int = DIGITS) -> str:
    r"""A booktabs table that fits \textwidth: a `table` float with `tabularx`, or `xltabular` when long.

    Written by hand rather than with pandas' Styler so the output does not depend on
    jinja2 or pandas version formatting; the same frame always gives the same bytes.
    Needs the packages `preamble()` loads (fontspec, booktabs, tabularx, xltabular).
    """
    heads, rows, notes, align = present(df, digits)
    head = (
        " & ".join(rf"\multicolumn{{2}}{{c}}{{{h}}}" if a == "R" else _head(h, a) for h, a in zip(heads, align))
        + r" \\"
    )
    body = [" & ".join(r) + r" \\" for r in rows]
    spec = "@{}" + align.replace("R", r"r@{\,}l") + "@{}"  # an estimate and its [interval]: aligned apart
    env, width = ("tabularx", r"{\linewidth}") if "L" in align else ("tabular", "")
    note_text = latex_escape("; ".join(notes))
    foot = (
        [rf"\par\smallskip\noindent\parbox{{\linewidth}}{{\footnotesize\raggedright Notes. {note_text}.}}"]
        if notes
        else []
    )
    cap = rf"\caption{{{latex_escape(caption)}}}\label{{{label}}}"
    wide = len(heads) > WIDE_COLUMNS or _row_chars(heads, rows, align) > PORTRAIT_CHARS
    if len(rows) > LONG_ROWS or wide:
        lines = _long_table(cap, head, body, foot, spec, wide)
    else:
        lines = _float_table(cap, head, body, foot, spec, env, width)
    if wide:
        lines = [r"\begin{landscape}", *lines, r"\end{landscape}"]
    return "\n".join(lines) + "\n"


def _long_table(cap: str, head: str, body: list[str], foot: list[str], spec: str, wide: bool) -> list[str]:
    """An `xltabular` that breaks across pages and repeats its header (long or wide tables)."""
    size, sep = (r"\scriptsize", "2pt") if wide else (r"\footnotesize", "3pt")
    return [
        rf"\begingroup{size}\setlength{{\tabcolsep}}{{{sep}}}",
        rf"\begin{{xltabular}}{{\linewidth}}{{{spec}}}",
        cap + r" \\",
        *(r"\toprule", head, r"\midrule", r"\endfirsthead"),
        *(r"\toprule", head, r"\midrule", r"\endhead"),
        *(r"\bottomrule", r"\endfoot"),
        *body,
        r"\end{xltabular}",
        *foot,
        r"\endgroup",
    ]


def _float_table(cap: str, head: str, body: list[str], foot: list[str], spec: str, env: str, width: str) -> list[str]:
    """A `table` float holding a `tabular(x)`: short tables."""
    return [
        r"\begin{table}[htbp]",
        r"\centering\footnotesize\setlength{\tabcolsep}{3pt}",
        cap,
        rf"\begin{{{env}}}{width}{{{spec}}}",
        *(r"\toprule", head, r"\midrule", *body, r"\bottomrule"),
        rf"\end{{{env}}}",
        *foot,
        r"\end{table}",
    ]


def preamble(font_dir: str = FONT_DIR, font_file: str = FONT_FILE) -> str:
    r"""`preamble.tex`: the packages the tables need and the Devanagari font, found next to this file."""
    return "\n".join(
        [
            r"% Preamble for the tables in this folder (written by the table step; XeLaTeX or LuaLaTeX).",
            r"% Use: \input{<this folder>/preamble.tex} after \documentclass. Devanagari runs in the tables",
            r"% are marked \textdeva{...}; the font is the copy of Noto Sans Devanagari in fonts/ (SIL OFL 1.1).",
            r"\usepackage{fontspec}",
            r"\usepackage{booktabs,array,tabularx,xltabular,pdflscape}",
            r"\makeatletter",
            r"\edef\analysistablesdir{\ifx\CurrentFilePath\@empty\else\CurrentFilePath/\fi}",
            r"\makeatother",
            rf"\newfontfamily\devanagarifont{{{font_file}}}[Path=\analysistablesdir {font_dir}/, Script=Devanagari]",
            r"\DeclareTextFontCommand{\textdeva}{\devanagarifont}",
            r"\newcolumntype{L}{>{\raggedright\arraybackslash}X}",
            "",
        ]
    )


def demo_document(names: list[str]) -> str:
    """`all_tables.tex`: a document that inputs every table (compile it inside the tables folder)."""
    inputs = [rf"\input{{{name}.tex}}" for name in names]
    return "\n".join(
        [r"\documentclass{article}", r"\input{preamble.tex}", r"\begin{document}", *inputs, r"\end{document}", ""]
    )


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


def write_tex(df: pd.DataFrame, name: str, out_dir: str | Path) -> Path:
    """`<out_dir>/<name>.tex` with the catalogue's caption."""
    path = Path(out_dir) / f"{name}.tex"
    caption = catalog.TABLE_CAPTIONS.get(name, name.replace("_", " "))
    path.write_text(to_latex(df, caption, f"tab:{name}"), encoding="utf-8", newline="\n")
    return path
