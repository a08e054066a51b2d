"""Paper-ready figures for the outlet comparisons, text reuse and coding reliability.

One function per figure takes the table(s) it plots, a language ("en" or "hi") and a
width ("one" = 3.5 in, "two" = 7 in column; see `analysis.figstyle`) and returns a matplotlib Figure. Every
figure has a caption function that says what is plotted and on how many articles and
units, so a figure never travels without its n.

Why the care with output bytes: a reproducible package must rebuild identical files.
`save_figure` strips creation dates and software strings from PDF, PNG and SVG, and
the style file fixes `svg.hashsalt`; rows are ordered by the tables' own stable order.

Devanagari needs a font that has it and a shaping engine that places matras and forms
conjuncts (क्ष, न्ह); matplotlib ≥ 3.11 shapes text with libraqm, and Noto Sans
Devanagari (from `fontpkg-noto-sans-devanagari`) is registered by `analysis.figstyle` at
import. Figures are built with `Figure()` directly (no pyplot) inside an `rc_context`, so
rendering a figure never changes global matplotlib state. Words on a figure come from
`analysis.labels` (codebook labels first), never raw ids.
"""

from __future__ import annotations

import inspect
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from analysis import catalog
from analysis.errors import UserError
from analysis.figstyle import (
    DEVANAGARI_FAMILY,
    MARKERS,
    PALETTE,
    WIDTHS,
    WRAP,
    apply_scale,
    fit_labels,
    fit_legend,
    laid_out_for_saving,
    new_figure,
    rc,
    set_axes_height,
    style_params,
    width_inches,
    wrap,
)
from analysis.labels import Labels, codebook_labels, codebook_outline
from analysis.reliability_summary import config_samples, pairing_sample
from analysis.stats import ALPHA_RELIABLE, ALPHA_TENTATIVE, MIN_ARTICLES, SILENT_TARGET_NOTE
from analysis.tables import TableSpec, validate

__all__ = [
    "DEVANAGARI_FAMILY",
    "FIGURES",
    "WIDTHS",
    "codebook_labels",
    "figure_bytes",
    "figure_labels",
    "render_all",
    "render_figure",
    "save_figure",
    "write_figure",
]

METADATA = {
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None},
    "svg": {"Date": None, "Creator": None},
    "png": {"Software": None},
}
ROW_INCHES = 0.3  # height of one category row of a dot plot...
HUE_INCHES = 0.1  # ...or this much per dot stacked in it, if more (many outlets)...
LINE_INCHES = 0.125  # ...or this much per line of its label (7 pt type), if more
MIN_AXES_INCHES = 0.55  # ...and never less in all: the layout check's smallest usable axes (0.5), with room
GRID_ROW_INCHES = LINE_INCHES + 0.06  # a row of the reliability grid: one line of label, no dots


@dataclass(frozen=True)
class FigureSpec:
    """A figure: how to draw it, how to caption it, which tables it needs and at which
    widths it is drawn (the last two from the output catalogue; the first width is the paper's)."""

    draw: Callable[..., Figure]
    caption: Callable[..., str]
    tables: tuple[str, ...]
    widths: tuple[str, ...]


def _require(df: pd.DataFrame, cols: list[str], name: str) -> None:
    validate(df, TableSpec(f"figure input {name}", tuple(cols)))


def _ordered(values: pd.Series, order: list[str] | None = None) -> list[str]:
    """Categories in the given order, else in first-appearance order of the table."""
    seen = list(dict.fromkeys(values.astype(str)))
    if order is None:
        return seen
    return [v for v in order if v in seen] + [v for v in seen if v not in order]


def _descriptive(df: pd.DataFrame) -> pd.Series:
    """Rows of groups too small for an interval (the comparison marks them "descriptive …")."""
    if "note" not in df:
        return pd.Series(False, index=df.index)
    return df["note"].astype(object).fillna("").astype(str).str.startswith("descriptive")


def _outlet_names(df: pd.DataFrame, outlets: list[str], width: str) -> dict[str, str]:
    """Outlet display names, wrapped to the column; small outlets carry their n ("(n = 1)")."""
    small = df[_descriptive(df)]
    n = small.groupby(small["outlet"].astype(str))["n_articles"].max() if "n_articles" in df else {}
    return {o: wrap(f"{o} (n\u00a0=\u00a0{int(n[o])})" if o in n else o, WRAP[width]) for o in outlets}


def _cell_label(ax, cell: tuple[int, int], shape: tuple[int, int], text: str, **kwargs) -> None:
    """A grid cell's number (row i, column j of an `imshow` of `shape`), centred in its cell.

    Why only the outer rows and columns count for the layout: the layout engine measures every
    text it is given in each of its passes (a dozen per figure), and the reliability grid of
    the COVID samples holds over 300 numbers, ~15 % of its figure job (issue #15). A number
    inside the grid lies within the axes, which the layout keeps room for anyway, so leaving it
    out changes no box the layout reads: only a number on the grid's edge could reach past the
    axes (or one wider than three cells), and those are still measured. Every file is as before.
    """
    (i, j), (rows, cols) = cell, shape
    label = ax.text(j, i, text, ha="center", va="center", **kwargs)
    label.set_in_layout(i in (0, rows - 1) or j in (0, cols - 1))


COLORBAR_INCHES = 1.6  # the reuse matrix's colour-bar label ("Article pairs sharing text") set vertically


def _rows_height(n_rows: int, n_hues: int, lines: int = 1) -> float:
    """Axes height for rows: every dot of a row and every line of its (wrapped) label gets room.

    At least `MIN_AXES_INCHES`: a corpus of one outlet gave the source mix a bar 0.3 in tall, and
    the layout, asked to fit titles, axis labels and a three-row legend around it, collapsed
    (legends over the bars, 'Share' below the canvas).

    >>> _rows_height(1, 1), _rows_height(4, 1)
    (0.55, 1.2)
    """
    return max(n_rows * max(ROW_INCHES, HUE_INCHES * n_hues, LINE_INCHES * lines + 0.06), MIN_AXES_INCHES)


def _dot_ci(ax, y, x, lo, hi, color: str, marker: str, label: str, descriptive) -> None:
    """Dots with CI whiskers; groups too small for a CI get an open marker."""
    has_ci = np.isfinite(lo) & np.isfinite(hi)
    if has_ci.any():
        ax.hlines(y[has_ci], lo[has_ci], hi[has_ci], color=color, linewidth=0.9)
    filled = ~descriptive
    if filled.any():
        ax.plot(x[filled], y[filled], linestyle="none", marker=marker, color=color, label=label, clip_on=False)
    if descriptive.any():
        ax.plot(
            x[descriptive],
            y[descriptive],
            linestyle="none",
            marker=marker,
            markerfacecolor="white",
            color=color,
            label=None if filled.any() else label,
            clip_on=False,
        )


def _dodged_dotplot(
    ax,
    df: pd.DataFrame,
    row_col: str,
    hue_col: str,
    value: str,
    rows: list[str],
    hues: list[str],
    row_names: list[str],
    hue_names: list[str],
) -> None:
    """Rows of dots (one per hue, dodged vertically) with bootstrap intervals."""
    k = len(hues)
    step = 0.8 / max(k, 1)
    desc_all = _descriptive(df)
    for h_i, h in enumerate(hues):
        mask = df[hue_col].astype(str) == h
        sub = df[mask].set_index(df[mask][row_col].astype(str)).reindex(rows)
        desc = desc_all[mask].set_axis(df[mask][row_col].astype(str)).reindex(rows).fillna(False).to_numpy(bool)
        y = np.arange(len(rows), dtype=float) + (h_i - (k - 1) / 2) * step
        ok = sub[value].notna().to_numpy()
        _dot_ci(
            ax,
            y[ok],
            sub[value].to_numpy(float)[ok],
            sub["ci_low"].to_numpy(float)[ok],
            sub["ci_high"].to_numpy(float)[ok],
            PALETTE[h_i % 8],
            MARKERS[h_i % 8],
            hue_names[h_i],
            desc[ok],
        )
    ax.set_yticks(np.arange(len(rows)), row_names)
    ax.set_ylim(len(rows) - 0.5, -0.5)


def _finish(fig: Figure, ax, axes_height: float, L: Labels, small_n: str, ncol: int) -> None:
    """Legend (with the key to open markers, `small_n`, when given) fitted below, labels wrapped, axes sized."""
    handles, names = ax.get_legend_handles_labels()
    if small_n:
        handles.append(Line2D([], [], linestyle="none", marker="o", markerfacecolor="white", color="0.35"))
        names.append(wrap(L.word(small_n).format(min_articles=MIN_ARTICLES), WRAP["one"]))
    if handles:
        fit_legend(fig, handles, names, ncol)
    fit_labels(fig)
    set_axes_height(fig, ax, axes_height)


def _dot_figure(
    df: pd.DataFrame,
    row_col: str,
    hue_col: str,
    value: str,
    scale: str,
    xlabel: str,
    L: Labels,
    width: str,
    row_name: Callable[[str], str],
    hue_name: Callable[[str], str],
    rows: list[str] | None = None,
    hues: list[str] | None = None,
    low: float | None = None,
    refs: tuple[float, ...] = (),
    ref_style: str = "-",
    small_n: str = "small_n",
) -> Figure:
    """The shared dot plot: rows of categories, one dodged dot per hue, CI whiskers, fitted layout."""
    rows = rows or _ordered(df[row_col])
    hues = hues or _ordered(df[hue_col])
    row_names = [wrap(row_name(r), WRAP[width]) for r in rows]
    height = _rows_height(len(rows), len(hues), max(n.count("\n") + 1 for n in row_names))
    fig = new_figure(width, 1.0 + height)
    ax = fig.add_subplot()
    for ref in refs:
        ax.axvline(ref, color="0.6", linewidth=0.6, linestyle=ref_style, zorder=0)
    _dodged_dotplot(ax, df, row_col, hue_col, value, rows, hues, row_names, [hue_name(h) for h in hues])
    apply_scale(ax, scale, low)
    ax.set_xlabel(xlabel)
    # the key to open markers only when one is drawn: a panel with no dot (no unit takes a stance)
    # keyed a marker that is nowhere in it
    drawn_small = (_descriptive(df) & df[value].notna()).any()
    _finish(fig, ax, height, L, small_n if drawn_small else "", len(hues))
    return fig


def _n_text(df: pd.DataFrame, group: str = "outlet") -> str:
    """'O1: 12 articles, 340 units; …' from a table with n_articles and n_units."""
    g = df.groupby(group, sort=False)[["n_articles", "n_units"]].max()
    part = catalog.CAPTION_PARTS["n_outlet"]
    return "; ".join(
        part.format(
            outlet=o,
            articles=catalog.counted(int(r.n_articles), "article"),
            units=catalog.counted(int(r.n_units), "unit"),
        )
        for o, r in g.iterrows()
    )


def _intervals_text(df: pd.DataFrame, bars: bool = False) -> str:
    """The caption's closing sentence: small groups shown descriptively, or what the whiskers are.

    `bars`: the figure stacks bars (source mix); it has no open markers and no whiskers to
    explain, so the sentence says where its intervals are and how small outlets are marked.
    """
    small = _descriptive(df).any()
    key = ("bars_descriptive" if small else "bars") if bars else ("descriptive" if small else "whiskers")
    return catalog.CAPTION_PARTS[key].format(min_articles=MIN_ARTICLES)


# --------------------------------------------------------------------------- figures
def frame_profile_figure(
    frame_profile: pd.DataFrame, lang: str = "en", width: str = "two", labels: dict[str, str] | None = None
) -> Figure:
    """Share of body units per frame (rows), one dot per outlet, with bootstrap CIs."""
    _require(frame_profile, ["outlet", "frame", "share", "ci_low", "ci_high"], "frame_profile")
    L = Labels(lang, labels or {})
    with matplotlib.rc_context(rc(lang)):
        outlets = _outlet_names(frame_profile, _ordered(frame_profile["outlet"]), width)
        return _dot_figure(
            frame_profile,
            "frame",
            "outlet",
            "share",
            "share",
            L.word("share_units"),
            L,
            width,
            lambda f: L.of("frame", f),
            outlets.__getitem__,
        )


def frame_profile_caption(frame_profile: pd.DataFrame) -> str:
    return catalog.figure("frame_profile").render(
        n_per_outlet=_n_text(frame_profile), intervals=_intervals_text(frame_profile)
    )


def stance_balance_figure(
    stance_balance: pd.DataFrame, lang: str = "en", width: str = "one", labels: dict[str, str] | None = None
) -> Figure:
    """Balance (favor − against)/(favor + against) per outlet, one dot per target.

    A corpus where no body unit takes a stance (news the study's targets never come up in) gets
    the words in the panel: an empty panel reads as a broken figure.
    """
    _require(stance_balance, ["outlet", "target", "balance", "ci_low", "ci_high"], "stance_balance")
    L = Labels(lang, labels or {})
    with matplotlib.rc_context(rc(lang)):
        outlets = _outlet_names(stance_balance, _ordered(stance_balance["outlet"]), width)
        fig = _dot_figure(
            stance_balance,
            "outlet",
            "target",
            "balance",
            "balance",
            L.word("balance"),
            L,
            width,
            outlets.__getitem__,
            lambda t: L.of("target", t),
            refs=(0.0,),
        )
        if stance_balance["balance"].isna().all():  # no dot anywhere: say so in the panel itself
            ax = fig.axes[0]
            ax.text(0.5, 0.5, L.word("no_stance"), transform=ax.transAxes, ha="center", va="center", color="0.3")
        return fig


def stance_balance_caption(stance_balance: pd.DataFrame, labels: dict[str, str] | None = None) -> str:
    """`labels`: the codebook's, so the caption names targets as the legend does."""
    L = Labels("en", labels or {})
    part = catalog.CAPTION_PARTS["stance_counts"]
    parts = []
    for (o, tg), r in stance_balance.groupby(["outlet", "target"], sort=False):
        r = r.iloc[0]
        parts.append(
            part.format(
                outlet=o,
                target=L.of("target", tg),
                favor=int(r["favor"]),
                against=int(r["against"]),
                body_units=catalog.counted(int(r["n_units"]), "body unit"),
            )
        )
    return catalog.figure("stance_balance").render(counts="; ".join(parts), intervals=_intervals_text(stance_balance))


def _used(df: pd.DataFrame, cat_col: str) -> list[tuple[int, str]]:
    """(position in the table's categories, category) of those some unit of the corpus has.

    A side no unit has drew no bar yet had a legend entry ("Pakistan", "China" beside all-India
    bars); the position keeps each category's colour the same in every corpus.
    """
    cats = _ordered(df[cat_col])
    counts = df["count"] if "count" in df else df["share"]
    used = set(df.loc[pd.to_numeric(counts, errors="coerce").fillna(0) > 0, cat_col].astype(str))
    return [(i, c) for i, c in enumerate(cats) if c in used]


def _stacked(
    ax,
    df: pd.DataFrame,
    cat_col: str,
    cats: list[tuple[int, str]],
    outlets: list[str],
    outlet_names: list[str],
    names: list[str],
) -> None:
    left = np.zeros(len(outlets))
    y = np.arange(len(outlets))
    for k, (i, c) in enumerate(cats):
        vals = df[df[cat_col] == c].set_index("outlet").reindex(outlets)["share"].fillna(0).to_numpy(float)
        ax.barh(y, vals, left=left, color=PALETTE[i % 8], label=names[k], height=0.7, edgecolor="white", linewidth=0.4)
        left += vals
    ax.set_yticks(y, outlet_names)
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    apply_scale(ax, "share")


def source_mix_figure(
    voice_mix: pd.DataFrame,
    source_mix: pd.DataFrame,
    lang: str = "en",
    width: str = "two",
    labels: dict[str, str] | None = None,
) -> Figure:
    """Two panels of 100% bars per outlet (side by side, or stacked at one column): voice and speaker side.

    Each panel is a subfigure with its own legend below it, so neither legend can run into
    the other panel; both panels list the outlets and share the share scale.
    """
    _require(voice_mix, ["outlet", "voice", "share"], "voice_mix")
    _require(source_mix, ["outlet", "speaker_side", "share"], "source_mix")
    L = Labels(lang, labels or {})
    with matplotlib.rc_context(rc(lang)):
        outlets = _ordered(voice_mix["outlet"])
        names = _outlet_names(voice_mix, outlets, width)
        axes_h = _rows_height(len(outlets), 1, max(n.count("\n") + 1 for n in names.values()))
        two = width == "two"
        specs = ((voice_mix, "voice", "voice", "voice_title"), (source_mix, "speaker_side", "side", "side_title"))
        # each panel: its axes, title and axis label, and its legend (three entries a row at most)
        needs = [axes_h + 1.1 + 0.25 * -(-max(1, len(_used(df, col))) // 3) for df, col, _, _ in specs]
        fig = new_figure(width, max(needs) if two else sum(needs))
        panels = fig.subfigures(1, 2) if two else fig.subfigures(2, 1, height_ratios=needs)
        axes = []
        for panel, (df, col, kind, title) in zip(panels, specs):
            cats = _used(df, col)  # a category no unit has gets no legend entry
            ax = panel.add_subplot()
            _stacked(ax, df, col, cats, outlets, [names[o] for o in outlets], [L.of(kind, c) for _, c in cats])
            panel.suptitle(L.word(title), x=0.01, ha="left", fontsize="medium")
            ax.set_xlabel(L.word("share"))
            fit_legend(panel, *ax.get_legend_handles_labels(), max_ncol=3, handlelength=1.0)
            axes.append(ax)
        fit_labels(fig)
        set_axes_height(fig, axes[0], axes_h)
        # side by side, the speaker panel's longer legend takes its bars' room: one outlet left them 0.2 in
        set_axes_height(fig, axes[1], MIN_AXES_INCHES, grow_only=True)
    return fig


def source_mix_caption(voice_mix: pd.DataFrame, source_mix: pd.DataFrame) -> str:
    return catalog.figure("source_mix").render(
        n_voice=_n_text(voice_mix), n_side=_n_text(source_mix), intervals=_intervals_text(voice_mix, bars=True)
    )


def _headline_outlet_names(df: pd.DataFrame, width: str, L: Labels) -> dict[str, str]:
    """Legend names: a small outlet's n is its articles with a headline unit, and the dominant-frame
    row's own n beside it when fewer (its base: articles whose body has a dominant frame).

    The legend once said "(n = 4)" of an outlet with 6 such articles: the largest n among its
    descriptive rows, which was the dominant-frame row's alone.
    """
    names = _outlet_names(df, _ordered(df["outlet"]), width)
    if "n_articles" not in df:
        return names
    small = set(df.loc[_descriptive(df), "outlet"].astype(str))
    for o in small:
        rows = df[df["outlet"].astype(str) == o].set_index("measure")["n_articles"]
        n_all, n_dom = int(rows.max()), int(rows.get("dominant_in_headline", rows.max()))
        tail = "" if n_dom == n_all else "; " + L.word("n_framed").format(n=n_dom)
        names[o] = wrap(f"{o} (n\u00a0=\u00a0{n_all}{tail})", WRAP[width])
    return names


def headline_body_figure(
    headline_body_by_outlet: pd.DataFrame, lang: str = "en", width: str = "two", labels: dict[str, str] | None = None
) -> Figure:
    """Share of articles per headline–body measure (rows), one dot per outlet."""
    df = headline_body_by_outlet
    _require(df, ["outlet", "measure", "share", "ci_low", "ci_high"], "headline_body_by_outlet")
    L = Labels(lang, labels or {})
    with matplotlib.rc_context(rc(lang)):
        outlets = _headline_outlet_names(df, width, L)
        # as the paper's table: no row on a target no unit takes a stance toward (0 by construction)
        df = df[~_silent_rows(df)]
        return _dot_figure(
            df,
            "measure",
            "outlet",
            "share",
            "share",
            L.word("share_articles"),
            L,
            width,
            L.measure,
            outlets.__getitem__,
        )


def _silent_rows(df: pd.DataFrame) -> pd.Series:
    """Rows on a target no unit takes a stance toward (`SILENT_TARGET_NOTE`): 0 by construction."""
    notes = df["note"] if "note" in df else pd.Series("", index=df.index)
    return notes.astype(object).fillna("").astype(str).str.contains(SILENT_TARGET_NOTE, regex=False)


def headline_body_caption(headline_body_by_outlet: pd.DataFrame, labels: dict[str, str] | None = None) -> str:
    """The caption says which targets have no row, as the paper's table does (`labels`: the codebook's)."""
    df = headline_body_by_outlet
    text = catalog.figure("headline_body").render(
        n_per_outlet=_n_text(df), intervals=_intervals_text(df[~_silent_rows(df)])
    )
    silent = list(dict.fromkeys(df.loc[_silent_rows(df), "measure"].astype(str)))
    if not silent:
        return text
    L = Labels("en", labels or {})
    names = [L.of("target", m.removeprefix("stance_gap_")) for m in silent]
    one = len(names) == 1
    return (
        f"{text} No row on headline–body stance differences toward {' or '.join(names)}: no unit takes a stance "
        f"toward {'it' if one else 'them'}, so {'its share is' if one else 'their shares are'} 0 by construction."
    )


def reuse_matrix_figure(
    matrix: pd.DataFrame, lang: str = "en", width: str = "one", labels: dict[str, str] | None = None
) -> Figure:
    """Outlet × outlet heat map of article pairs sharing text (diagonal: within outlet).

    Rows carry the outlet names; when a name is long, the columns are numbered ("1 ETV Bharat"
    on the row, "1" on the column) rather than set sideways. Cells are not forced square, so
    the rows can be as tall as their (wrapped) names need.
    """
    L = Labels(lang, labels or {})
    if list(matrix.index) != list(matrix.columns):
        raise UserError("figure input reuse matrix: rows and columns must list the same outlets in the same order")
    with matplotlib.rc_context(rc(lang)):
        k = len(matrix)
        outlet_names = [L.of("outlet", o) for o in matrix.index]
        numbered = max(map(len, outlet_names), default=0) > 12
        rows = [wrap(f"{i + 1}  {n}" if numbered else n, WRAP[width]) for i, n in enumerate(outlet_names)]
        cols = [str(i + 1) for i in range(k)] if numbered else rows
        # at least as tall as the colour bar's label, however few outlets there are
        height = max(_rows_height(k, 1, max((r.count("\n") + 1 for r in rows), default=1)), COLORBAR_INCHES)
        fig = new_figure(width, height + 1.2)
        ax = fig.add_subplot()
        vals = matrix.to_numpy(float)
        vmax = max(vals.max(), 1.0) if vals.size else 1.0
        im = ax.imshow(vals, cmap="cividis", vmin=0, vmax=vmax, aspect="auto")
        ax.set_xticks(np.arange(k), cols, rotation=0 if numbered else 90)
        ax.set_yticks(np.arange(k), rows)
        for i in range(k):
            for j in range(k):
                _cell_label(
                    ax,
                    (i, j),
                    (k, k),
                    str(int(vals[i, j])),
                    fontsize=6,
                    color="black" if vals[i, j] > 0.6 * vmax else "white",
                )
        ax.spines[:].set_visible(False)
        ax.tick_params(length=0)
        fig.colorbar(im, ax=ax, shrink=0.8, label=wrap(L.word("pairs"), 28))
        fit_labels(fig)
        set_axes_height(fig, ax, height)
    return fig


def reuse_matrix_caption(matrix: pd.DataFrame, ngram: int) -> str:
    """`ngram`: the shingle size the pairs were found with (config reuse.ngram)."""
    vals = matrix.to_numpy()
    within = int(np.trace(vals))
    cross = int((vals.sum() - np.trace(vals)) / 2)
    n_outlets = catalog.counted(len(matrix), "outlet")  # "1 outlets" under a corpus of one
    return catalog.figure("reuse_matrix").render(ngram=ngram, n_outlets=n_outlets, within=within, cross=cross)


def reliability_figure(
    reliability: pd.DataFrame,
    lang: str = "en",
    width: str = "one",
    labels: dict[str, str] | None = None,
    validation: Mapping | None = None,
) -> Figure:
    """Krippendorff's alpha per variable with CIs, one dot per document group (development/held-out/all).

    `validation`: the config's validation section, from which each row of the coder's is labelled
    in-sample or out-of-sample as the paper's tables label it (`_sample_tags`); without it rows
    name their documents only.
    """
    _require(reliability, ["variable", "statistic", "value", "ci_low", "ci_high", "n", "group"], "reliability")
    L = Labels(lang, labels or {})
    df = reliability[reliability["statistic"] == "alpha"].copy()
    if df.empty:
        raise UserError("figure input reliability: no rows with statistic 'alpha'")
    # an open marker is a drawn alpha without an interval; an undefined alpha draws nothing, so it
    # must not bring the open marker's key into the legend
    df["note"] = np.where(df["ci_low"].isna() & df["value"].notna(), "descriptive", "")
    df = _pairings(_sample_tags(df, reliability, validation))
    tags = dict(zip(df["group"], df["sample"]))
    with matplotlib.rc_context(rc(lang)):
        if _as_strips(df):
            return _alpha_strips(df, L, width, tags)
        if _as_grid(df):
            return _alpha_grid(df, L, width, tags)
        low = float(np.nanmin(df[["value", "ci_low"]].to_numpy(float)))
        return _dot_figure(
            df,
            "variable",
            "group",
            "value",
            "alpha",
            L.word("alpha"),
            L,
            width,
            L.variable,
            lambda g: _pairing_label(g, L, tags[g]),
            hues=_ordered(df["group"], ["development", "held-out", "all"]),
            low=low,
            refs=(ALPHA_TENTATIVE, ALPHA_RELIABLE),
            ref_style=":",
            small_n="no_ci",
        )


MAX_DOT_PAIRINGS = 6  # more pairings of coders than this are drawn as a grid: dodged dots stop being legible
# ...and more than this as strips: a grid's row per pairing, at a row a 6 pt number needs, past a page
# (the budget: 0.8 of a one-column article's 7.6 in (550 pt) \textheight, where the LaTeX snippet sets it unshrunk)
PAGE_FIGURE_INCHES = 5.8
GRID_MARGIN_INCHES = 1.8  # the grid's figure beyond its rows: the variables' names set vertically
MAX_GRID_PAIRINGS = int((PAGE_FIGURE_INCHES - GRID_MARGIN_INCHES) / GRID_ROW_INCHES)
GRID_CELL_PT = 6.0  # the grid's numbers: the smallest type a printed figure may hold
# ...and its columns as many as a one-column figure holds at that size: a cell wide enough for "−.31", beside
# row names such as "coder vs ref12 (out-of-sample)"
GRID_CELL_INCHES, GRID_NAMES_INCHES = 0.25, 1.6
MAX_GRID_VARIABLES = int((WIDTHS["one"] - GRID_NAMES_INCHES) / GRID_CELL_INCHES)
GRID_BANDS = ("#d9d9d9", "#f4cf9e", "#9ecae1")  # below tentative, tentative, reliable (Krippendorff's bands)


def _sample_tags(df: pd.DataFrame, reliability: pd.DataFrame, validation: Mapping | None) -> pd.DataFrame:
    """The alpha rows with a `sample` column: in-sample, out-of-sample or "" (people with each other).

    Why: the figure's rows were named by document group alone, so the COVID grid stood under
    "Held-out sample" while the tables above it called 26 of its coders in-sample (their units were
    read while rules were tuned: `validation.development_coders`). The label comes from
    `reliability_summary.pairing_sample`, the rule the tables use, and the groups are the whole
    table's, as the paper reads them. No `validation` (a figure drawn without its config): no labels.
    """
    if validation is None:
        return df.assign(sample="")
    samples, coders = config_samples(validation, list(dict.fromkeys(reliability["group"])))
    comparisons = df["comparison"] if "comparison" in df.columns else pd.Series("coder-vs-", index=df.index)
    tags = [pairing_sample(g, str(c), samples, coders) for g, c in zip(df["group"], comparisons)]
    return df.assign(sample=tags)


def _pairings(df: pd.DataFrame) -> pd.DataFrame:
    """Alpha rows keyed by what is compared: the group alone, or "group · pairing" with several coders."""
    if "comparison" in df.columns and df["comparison"].nunique() > 1:  # several coders: one dot per pairing
        df = _without_repeated_all(df)
        df = df.assign(group=df["group"] + " · " + df["comparison"])
    return df


def _as_grid(pairings: pd.DataFrame) -> bool:
    """Whether the reliability figure of these rows (`_pairings`) is the grid: its figure and caption ask here."""
    return pairings["group"].nunique() > MAX_DOT_PAIRINGS and not _as_strips(pairings)


def _as_strips(pairings: pd.DataFrame) -> bool:
    """Whether the reliability figure of these rows (`_pairings`) is the strips (`_alpha_strips`): more
    pairings than a page holds as rows, or more variables than a column holds as cells, at 6 pt."""
    many = pairings["group"].nunique() > MAX_DOT_PAIRINGS
    return many and (
        pairings["group"].nunique() > MAX_GRID_PAIRINGS or pairings["variable"].nunique() > MAX_GRID_VARIABLES
    )


def _alpha_grid(df: pd.DataFrame, L: Labels, width: str, tags: Mapping[str, str]) -> Figure:
    """Pairings of coders × variables, each cell the alpha value shaded by its band.

    Why: a corpus coded in many rounds by many people (the COVID samples: fourteen coders, twenty
    pairings) made a dot plot with a dot per pairing and variable, metres tall and with colours
    repeating; a grid keeps one line per pairing. Pairings go down the page, since they grow with every
    coding round while the variables stay a dozen: columns of a one-column figure stay wide enough for
    "1.00". Intervals are left to the validation table.
    """
    cols, rows = _ordered(df["variable"]), _ordered(df["group"], ["development", "held-out", "all"])
    vals = df.pivot_table(index="group", columns="variable", values="value", aggfunc="first", dropna=False)
    vals = vals.reindex(index=rows, columns=cols).to_numpy(float)
    bands = np.digitize(vals, [ALPHA_TENTATIVE, ALPHA_RELIABLE]).astype(float)
    bands[np.isnan(vals)] = np.nan
    samples = {r.partition(" · ")[0] for r in rows}
    one_sample = len(samples) == 1  # one sample: it names the axis, the rows name the pairings
    row_names = [
        _tagged(_comparison_label(r.partition(" · ")[2]), tags[r], L) if one_sample else _pairing_label(r, L, tags[r])
        for r in rows
    ]
    # a row holds one line of text, not a dot plot's row: the COVID grid's 48 pairings at a dot
    # row's height made a figure 16.6 in tall, which a page shrank to half, its numbers to 2.7 pt
    rows_h = len(rows) * GRID_ROW_INCHES
    fig = new_figure(width, rows_h + GRID_MARGIN_INCHES)
    ax = fig.add_subplot()
    cmap = ListedColormap(GRID_BANDS).with_extremes(bad="white")
    ax.imshow(np.ma.masked_invalid(bands), cmap=cmap, vmin=-0.5, vmax=2.5, aspect="auto")
    for (i, j), v in np.ndenumerate(vals):
        _cell_label(ax, (i, j), vals.shape, _cell_text(v), fontsize=GRID_CELL_PT)
    ax.set_xticks(np.arange(len(cols)), [L.variable(c) for c in cols], rotation=90)
    ax.set_yticks(np.arange(len(rows)), row_names)
    if one_sample:
        ax.set_ylabel(L.of("group", samples.pop()))
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)
    fit_labels(fig)
    set_axes_height(fig, ax, rows_h)
    return fig


def _pairs_kind(group: str, sample: str) -> str:
    """What a pairing compares, as the strips group it: the coder's sample, the coder untagged, or people.

    >>> [_pairs_kind(g, t) for g, t in [("held-out · coder-vs-r1", "in-sample"), ("held-out · coder-vs-r2", ""),
    ...  ("held-out · r1-vs-r2", ""), ("held-out", "")]]
    ['in-sample', 'coder', 'people', 'coder']
    """
    comparison = group.partition(" · ")[2]
    if sample:
        return sample
    return "coder" if not comparison or comparison.startswith("coder-vs-") else "people"


def _strip_groups(df: pd.DataFrame, tags: Mapping[str, str], L: Labels) -> tuple[pd.Series, dict[str, str]]:
    """Each alpha row's group of pairings (set of documents, what is compared) and each group's key label."""
    docs = df["group"].str.partition(" · ")[0]
    kinds = [_pairs_kind(g, tags[g]) for g in df["group"]]
    several = docs.nunique() > 1
    keys = pd.Series([f"{d} · {k}" if several else k for d, k in zip(docs, kinds)], index=df.index)
    names = {}
    for key, part in df.groupby(keys, sort=False):
        doc, _, kind = key.rpartition(" · ")
        if kind in ("coder", "people"):
            label = L.word(f"pairs_{kind}")
        else:
            label = L.word("pairs_coder_sample").format(sample=L.of("sample", kind))
        label = f"{L.of('group', doc)} · {label}" if doc else label
        names[key] = L.word("pairs_n").format(label=label, n=part["group"].nunique())
    order = ["in-sample", "out-of-sample", "coder", "people"]
    ranked = sorted(names, key=lambda k: (k.rpartition(" · ")[0], order.index(k.rpartition(" · ")[2])))
    return keys, {k: names[k] for k in ranked}


def _alpha_strips(df: pd.DataFrame, L: Labels, width: str, tags: Mapping[str, str]) -> Figure:
    """Coded variables down the page, one dot per pairing of coders on its variable's row.

    Why: the grid's row per pairing outgrew a page (the COVID samples: 54 pairings, 12.2 in tall,
    which the LaTeX snippet shrank to 0.8 of the text height, its numbers to 2.7 pt). A reader of
    a paper asks how well the coder agrees with people, in-sample and out-of-sample, next to how
    well people agree with each other: rows are the variables (a dozen, fixed by the codebook), so
    the figure's size no longer grows with coding rounds, every pairing is still drawn once, and a
    bar marks each group's median. Each pairing's alpha stays in the validation table.
    """
    keys, names = _strip_groups(df, tags, L)
    rows, hues = _ordered(df["variable"]), list(names)
    height = _rows_height(len(rows), len(hues))
    fig = new_figure(width, 1.2 + height)
    ax = fig.add_subplot()
    for ref in (ALPHA_TENTATIVE, ALPHA_RELIABLE):
        ax.axvline(ref, color="0.6", linewidth=0.6, linestyle=":", zorder=0)
    step = 0.8 / len(hues)
    for h_i, hue in enumerate(hues):
        part = df[(keys == hue) & df["value"].notna()]
        y = (
            part["variable"].map({v: i for i, v in enumerate(rows)}).to_numpy(float)
            + (h_i - (len(hues) - 1) / 2) * step
        )
        color, marker = PALETTE[h_i % 8], MARKERS[h_i % 8]
        ax.plot(
            part["value"],
            y,
            linestyle="none",
            marker=marker,
            markersize=3.2,
            markerfacecolor="none",
            markeredgewidth=0.6,
            color=color,
            alpha=0.8,
            label=names[hue],
            clip_on=False,
        )
        med = part.groupby("variable", sort=False)["value"].median()
        my = np.array([rows.index(v) for v in med.index], float) + (h_i - (len(hues) - 1) / 2) * step
        ax.plot(
            med.to_numpy(float),
            my,
            linestyle="none",
            marker="|",
            markersize=7,
            markeredgewidth=1.4,
            color="black",
            zorder=3,
            clip_on=False,
        )
    ax.set_yticks(np.arange(len(rows)), [wrap(L.variable(v), WRAP[width]) for v in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    low = float(np.nanmin(df["value"].to_numpy(float)))
    apply_scale(ax, "alpha", low)
    ax.set_xlabel(L.word("alpha"))
    handles, labels = ax.get_legend_handles_labels()
    handles.append(Line2D([], [], linestyle="none", marker="|", markersize=7, markeredgewidth=1.4, color="black"))
    labels.append(L.word("median"))
    fit_legend(fig, handles, [wrap(n, WRAP["one"]) for n in labels], 1 if width == "one" else 2)
    fit_labels(fig)
    set_axes_height(fig, ax, height)
    return fig


def _cell_text(value: float) -> str:
    """An alpha as a grid cell prints it: two decimals without the leading zero, '–' when undefined.

    >>> [_cell_text(v) for v in (0.8149, -0.004, -0.31, 1.0, float("nan"))]
    ['.81', '.00', '−.31', '1.00', '–']
    """
    if np.isnan(value):
        return "–"
    text = f"{abs(value):.2f}".removeprefix("0")
    return "−" + text if round(value, 2) < 0 else text


def _without_repeated_all(df: pd.DataFrame) -> pd.DataFrame:
    """Drop a comparison's "all" dots where they repeat its only group (every unit held out).

    >>> d = pd.DataFrame({"comparison": ["c"] * 2, "group": ["held-out", "all"], "n": [84, 84]})
    >>> list(_without_repeated_all(d)["group"])
    ['held-out']
    """
    is_all = (df["group"] == "all").to_numpy(bool)
    seen: dict[object, tuple[set, set, set]] = {}  # comparison -> its other groups, their n, the "all" rows' n
    for comparison, group, n, a in zip(df["comparison"], df["group"], df["n"], is_all):
        groups, n_others, n_all = seen.setdefault(comparison, (set(), set(), set()))
        (n_all if a else n_others).add(n)
        if not a:
            groups.add(group)
    # one pass over the rows, not a selection per comparison: the COVID table has sixty (issue #15)
    repeated = {c for c, (groups, n_others, n_all) in seen.items() if len(groups) == 1 and n_others == n_all}
    return df[~(is_all & df["comparison"].isin(repeated).to_numpy(bool))]


def _pairing_label(group: str, L: Labels, sample: str = "") -> str:
    """'Held-out documents · coder vs ref1 (in-sample)' for a group, the pairing it compares and its sample.

    >>> _pairing_label("held-out · coder-vs-ref1", Labels("en", {}), "in-sample")
    'Held-out documents · coder vs ref1 (in-sample)'
    >>> _pairing_label("development", Labels("en", {}))
    'Development documents'
    """
    name, _, comparison = group.partition(" · ")
    label = L.of("group", name)
    return _tagged(f"{label} · {_comparison_label(comparison)}" if comparison else label, sample, L)


def _tagged(label: str, sample: str, L: Labels) -> str:
    """A row's label with its sample in brackets, when it has one (`_sample_tags`)."""
    return f"{label} ({L.of('sample', sample)})" if sample else label


def _comparison_label(comparison: str) -> str:
    """'coder vs ref1' for 'coder-vs-ref1': ids as people read them."""
    return comparison.replace("-vs-", " vs ")


def reliability_caption(reliability: pd.DataFrame, validation: Mapping | None = None) -> str:
    """The figure's caption, naming its rows as the figure does.

    Why: it said "by sample" and counted units of "held-out" and "all" while the figure labels its
    rows "Held-out documents · coder vs ref1 (in-sample)" and, on COVID, draws no "all" row. Now the
    sets of documents are named by the figure's labels, only those it draws, and where the figure
    labels the coder's rows in-sample or out-of-sample (`validation` given) the caption says what
    that means.
    """
    df = reliability[reliability["statistic"] == "alpha"]
    tagged = _sample_tags(df, reliability, validation)
    pairings = _pairings(tagged)
    drawn = set(pairings["group"].str.partition(" · ")[0])  # the sets of documents the figure draws
    sample_n, L = catalog.CAPTION_PARTS["sample_n"], Labels("en", {})
    counts = df[df["group"].isin(drawn)].groupby("group", sort=False)["n"].max()
    parts = [sample_n.format(group=L.of("group", g), n=int(n)) for g, n in counts.items()]
    numbers = {
        "tentative": ALPHA_TENTATIVE,
        "reliable": ALPHA_RELIABLE,
        "units": "; ".join(parts),
        "samples": catalog.CAPTION_PARTS["sample_tags"] if tagged["sample"].ne("").any() else "",
    }
    if _as_strips(pairings):
        return catalog.CAPTION_PARTS["reliability_strips"].format(pairings=pairings["group"].nunique(), **numbers)
    if _as_grid(pairings):
        return catalog.CAPTION_PARTS["reliability_grid"].format(pairings=pairings["group"].nunique(), **numbers)
    return catalog.figure("reliability").render(**numbers)


_DRAWN = {
    "frame_profile": (frame_profile_figure, frame_profile_caption),
    "stance_balance": (stance_balance_figure, stance_balance_caption),
    "source_mix": (source_mix_figure, source_mix_caption),
    "headline_body": (headline_body_figure, headline_body_caption),
    "reuse_matrix": (reuse_matrix_figure, reuse_matrix_caption),
    "reliability": (reliability_figure, reliability_caption),
}
FIGURES: dict[str, FigureSpec] = {
    f.name: FigureSpec(*_DRAWN[f.name], tables=f.reads, widths=f.widths) for f in catalog.FIGURES
}


def read_tables(paths: list[str | Path]) -> dict[str, pd.DataFrame]:
    """A build's table CSVs by name, as the figures draw them.

    Outlet names come back as the corpus gave them (the CSVs carry a ' before formula-like
    text, see `tables.restore_formulas`), and the outlet × outlet reuse matrix gets its
    first column back as the index.
    """
    from analysis.tables import restore_formulas

    tables = {Path(t).stem: restore_formulas(pd.read_csv(t, keep_default_na=False, na_values=[""])) for t in paths}
    if "reuse_matrix" in tables:
        tables["reuse_matrix"] = tables["reuse_matrix"].set_index("outlet")
    return tables


def figure_labels(codebook: str | Path, lang: str) -> dict[str, str]:
    """The codebook's frame and target labels in `lang` (`codebook_labels`), without compiling its
    cues (`codebook_outline`: labels are all a figure job takes from the codebook)."""
    return codebook_labels(codebook_outline(codebook), lang)


def render_figure(
    name: str,
    tables: dict[str, pd.DataFrame],
    lang: str = "en",
    width: str = "two",
    labels: dict[str, str] | None = None,
    numbers: dict[str, object] | None = None,
    validation: Mapping | None = None,
) -> tuple[Figure, str]:
    """Draw the named figure from a dict of tables; return (figure, caption text).

    `numbers` holds what the caption states that the tables cannot tell (e.g. the n-gram
    size of the reuse search; see `catalog.config_numbers`); `validation`, the config's section
    of that name, what a figure of agreement labels in-sample or out-of-sample.
    """
    if name not in FIGURES:
        raise UserError(f"figures: unknown figure {name!r}; known: {sorted(FIGURES)}")
    spec = FIGURES[name]
    width_inches(width)  # an unknown width is a UserError before any drawing
    missing = [t for t in spec.tables if t not in tables]
    if missing:
        raise UserError(f"figure {name}: missing input tables {missing}")
    given = numbers or {}
    needed = sorted(catalog.caption_fields(catalog.figure(name)) & catalog.CONFIG_NUMBERS.keys())
    if any(k not in given for k in needed):
        raise UserError(f"figure {name}: its caption needs {needed} from the config")
    args = [tables[t] for t in spec.tables]
    wants = inspect.signature(spec.caption).parameters
    extra = {k: v for k, v in (("labels", labels), ("validation", validation)) if k in wants}
    caption = spec.caption(*args, **{k: given[k] for k in needed}, **extra)
    drawn = {"validation": validation} if "validation" in inspect.signature(spec.draw).parameters else {}
    return spec.draw(*args, lang=lang, width=width, labels=labels, **drawn), caption


def figure_bytes(fig: Figure, fmt: str) -> bytes:
    """The file content of `fig` in one format, with no dates or software strings."""
    if fmt not in METADATA:
        raise UserError(f"figures: format {fmt!r} not supported; use pdf, png or svg")
    buf = io.BytesIO()
    dpi = 300 if fmt == "png" else "figure"
    with matplotlib.rc_context(style_params()), laid_out_for_saving(fig, fmt, dpi):
        fig.savefig(buf, format=fmt, metadata=dict(METADATA[fmt]), dpi=dpi)
    return buf.getvalue()


def save_figure(
    fig: Figure, out_stem: str | Path, caption: str | None = None, formats: tuple[str, ...] = catalog.FIGURE_FORMATS
) -> list[Path]:
    """Write out_stem.pdf/.png/.svg (and out_stem.caption.txt) byte-stably; return the paths."""
    stem = Path(out_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = stem.with_name(f"{stem.name}.{fmt}")
        path.write_bytes(figure_bytes(fig, fmt))
        written.append(path)
    if caption is not None:
        path = stem.with_name(f"{stem.name}.{catalog.CAPTION_SUFFIX}")
        path.write_text(caption.rstrip() + "\n", encoding="utf-8", newline="\n")
        written.append(path)
    return written


def write_figure(
    name: str,
    tables: dict[str, pd.DataFrame],
    out_dir: str | Path,
    lang: str = "en",
    labels: dict[str, str] | None = None,
    numbers: dict[str, object] | None = None,
    validation: Mapping | None = None,
) -> list[Path]:
    """One figure at each of its widths, under the stems the catalogue names, each with its LaTeX
    (`latex.figure_tex`: the `.caption.txt`'s caption, escaped); return the paths."""
    from analysis.latex import figure_tex

    written: list[Path] = []
    for width, stem in catalog.figure_stems(name):
        fig, cap = render_figure(
            name, tables, lang=lang, width=width, labels=labels, numbers=numbers, validation=validation
        )
        written += save_figure(fig, Path(out_dir) / stem, cap)
        tex = Path(out_dir) / f"{stem}.{catalog.SNIPPET_SUFFIX}"
        tex.write_text(figure_tex(name, stem, width == "two", cap), encoding="utf-8", newline="\n")
        written.append(tex)
    return written


def render_all(
    tables: dict[str, pd.DataFrame],
    out_dir: str | Path,
    lang: str = "en",
    labels: dict[str, str] | None = None,
    numbers: dict[str, object] | None = None,
) -> list[Path]:
    """Every figure whose tables are present (see `write_figure`)."""
    written: list[Path] = []
    for name in sorted(FIGURES):
        if all(t in tables for t in FIGURES[name].tables):
            written += write_figure(name, tables, out_dir, lang=lang, labels=labels, numbers=numbers)
    return written
