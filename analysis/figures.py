"""Paper-ready figures for the outlet comparisons, text reuse and coding reliability.

One function per figure takes the table(s) it plots, a language ("en" or "hi") and a
width ("one" = 3.5 in, "two" = 7.2 in column) and returns a matplotlib Figure. Every
figure has a caption function that says what is plotted and on how many articles and
units, so a figure never travels without its n.

Why the care with output bytes: a reproducible package must rebuild identical files.
`save_figure` strips creation dates and software strings from PDF, PNG and SVG, and
the style file fixes `svg.hashsalt`; rows are ordered by the tables' own stable order.

Devanagari needs a font that has it and a shaping engine that places matras and forms
conjuncts (क्ष, न्ह); matplotlib ≥ 3.11 shapes text with libraqm, and Noto Sans
Devanagari (from `fontpkg-noto-sans-devanagari`) is registered here at import. Figures
are built with `Figure()` directly (no pyplot) inside an `rc_context`, so rendering a
figure never changes global matplotlib state.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.figure import Figure

from analysis import catalog

from analysis.compare import MIN_ARTICLES
from analysis.errors import UserError
from analysis.stats import ALPHA_RELIABLE, ALPHA_TENTATIVE

STYLE = Path(__file__).with_name("paper.mplstyle")
WIDTHS = {"one": 3.5, "two": 7.2}
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
MARKERS = ["o", "s", "D", "^", "v", "P", "X", "*"]
METADATA = {
    "pdf": {"Creator": None, "Producer": None, "CreationDate": None},
    "svg": {"Date": None, "Creator": None},
    "png": {"Software": None},
}


def _register_devanagari_font() -> str:
    """Add Noto Sans Devanagari to matplotlib's font list; return its family name."""
    import fontpkg_noto_sans_devanagari as noto

    for ttf in sorted((noto.ROOT / "files").glob("*.ttf")):
        font_manager.fontManager.addfont(str(ttf))
    return noto.FAMILY


DEVANAGARI_FAMILY = _register_devanagari_font()

# Interface words of the figures; category labels (frame names, outlets) come from the
# caller, e.g. the codebook's labels, and fall back to the ids.
TEXT = {
    "en": {
        "share_units": "Share of body units", "frame": "Frame", "outlet": "Outlet",
        "balance": "Stance balance (favor − against) / stance units", "target": "Target",
        "voice": "Voice", "side": "Speaker side", "share": "Share",
        "voice_title": "Voice of body units", "side_title": "Speaker side of attributed units",
        "share_articles": "Share of articles", "measure": "Measure",
        "pairs": "Article pairs sharing text", "alpha": "Krippendorff's α", "variable": "Variable",
        "group": "Sample",
        "dominant_in_headline": "Headline carries body's dominant frame",
        "headline_frame_not_in_body": "Headline frame absent from body",
        "sensational_headline": "Sensational cue in headline",
        "stance_gap": "Headline stance differs from body",
        "favor": "favor", "against": "against", "none": "none",
        "outlet_voice": "outlet", "quoted": "quoted", "reported": "reported",
    },
    "hi": {
        "share_units": "मुख्य भाग की इकाइयों का अनुपात", "frame": "फ्रेम", "outlet": "समाचार माध्यम",
        "balance": "रुख संतुलन (पक्ष − विपक्ष) / रुख वाली इकाइयां", "target": "लक्ष्य",
        "voice": "स्वर", "side": "वक्ता पक्ष", "share": "अनुपात",
        "voice_title": "मुख्य भाग की इकाइयों का स्वर", "side_title": "उद्धृत इकाइयों का वक्ता पक्ष",
        "share_articles": "लेखों का अनुपात", "measure": "माप",
        "pairs": "साझा पाठ वाले लेख-युग्म", "alpha": "क्रिपेनडॉर्फ α", "variable": "चर",
        "group": "नमूना",
        "dominant_in_headline": "शीर्षक में मुख्य भाग का प्रमुख फ्रेम",
        "headline_frame_not_in_body": "शीर्षक का फ्रेम मुख्य भाग में नहीं",
        "sensational_headline": "शीर्षक में सनसनीखेज़ संकेत",
        "stance_gap": "शीर्षक का रुख मुख्य भाग से अलग",
        "favor": "पक्ष", "against": "विपक्ष", "none": "कोई नहीं",
        "outlet_voice": "माध्यम", "quoted": "उद्धृत", "reported": "परोक्ष कथन",
    },
}


@dataclass(frozen=True)
class FigureSpec:
    """A figure: how to draw it, how to caption it, which tables it needs and at which
    widths it is drawn (the last two from the output catalogue; the first width is the paper's)."""

    draw: Callable[..., Figure]
    caption: Callable[..., str]
    tables: tuple[str, ...]
    widths: tuple[str, ...]


def _text(lang: str) -> dict[str, str]:
    if lang not in TEXT:
        raise UserError(f"figures: language {lang!r} is not supported; use one of {sorted(TEXT)}")
    return TEXT[lang]


def _width(width: str) -> float:
    if width not in WIDTHS:
        raise UserError(f"figures: width {width!r} is not supported; use 'one' or 'two'")
    return WIDTHS[width]


def _rc(lang: str) -> dict:
    """rc settings for one rendering: the style file plus the font order for the language."""
    params = matplotlib.rc_params_from_file(str(STYLE), use_default_template=True)
    fams = [DEVANAGARI_FAMILY, "DejaVu Sans"] if lang == "hi" else ["DejaVu Sans", DEVANAGARI_FAMILY]
    params["font.family"] = fams
    params["axes.unicode_minus"] = True
    return params


def _label(labels: dict[str, str] | None, key: str, kind: str) -> str:
    """Display label: "<kind>:<id>" first (ids repeat across kinds: frame `india`,
    side `india`), then the bare id, else the id itself."""
    labels = labels or {}
    return str(labels.get(f"{kind}:{key}", labels.get(key, key)))


def codebook_labels(codebook: object, lang: str) -> dict[str, str]:
    """Namespaced labels ("frame:<id>", "target:<id>") from a codebook whose frames and
    targets carry a {lang: label} mapping; ids without a label in `lang` keep the id."""
    out: dict[str, str] = {}
    for kind, items in (("frame", getattr(codebook, "frames", ())), ("target", getattr(codebook, "targets", ()))):
        for item in items:
            label = getattr(item, "label", None)
            if isinstance(label, dict) and lang in label:
                out[f"{kind}:{item.id}"] = str(label[lang])
    return out


def _require(df: pd.DataFrame, cols: list[str], name: str) -> None:
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise UserError(f"figure input {name}: missing columns {missing}")


def _ordered(values: pd.Series, order: list[str] | None = None) -> list[str]:
    """Categories in the given order, else in first-appearance order of the table."""
    seen = list(dict.fromkeys(values.astype(str)))
    if order is None:
        return seen
    return [v for v in order if v in seen] + [v for v in seen if v not in order]


def _new_figure(width: str, height: float) -> Figure:
    return Figure(figsize=(_width(width), height), layout="constrained")


def _dot_ci(ax, y: np.ndarray, x: np.ndarray, lo: np.ndarray, hi: np.ndarray, color: str, marker: str,
            label: str, descriptive: np.ndarray) -> None:
    """Dots with CI whiskers; groups too small for a CI get an open marker."""
    has_ci = np.isfinite(lo) & np.isfinite(hi)
    if has_ci.any():
        ax.hlines(y[has_ci], lo[has_ci], hi[has_ci], color=color, linewidth=0.9)
    filled = ~descriptive
    if filled.any():
        ax.plot(x[filled], y[filled], linestyle="none", marker=marker, color=color, label=label)
    if descriptive.any():
        ax.plot(x[descriptive], y[descriptive], linestyle="none", marker=marker, markerfacecolor="white",
                color=color, label=None if filled.any() else label)


def _dodged_dotplot(ax, df: pd.DataFrame, row_col: str, hue_col: str, value: str, rows: list[str],
                    hues: list[str], labels: dict[str, str] | None, row_kind: str, hue_kind: str) -> None:
    """Rows of dots (one per hue, dodged vertically) with bootstrap intervals."""
    k = len(hues)
    step = 0.8 / max(k, 1)
    for h_i, h in enumerate(hues):
        sub = df[df[hue_col].astype(str) == h].set_index(df[df[hue_col].astype(str) == h][row_col].astype(str))
        sub = sub.reindex(rows)
        y = np.arange(len(rows), dtype=float) + (h_i - (k - 1) / 2) * step
        desc = sub["note"].fillna("").str.startswith("descriptive").to_numpy() if "note" in sub else np.zeros(len(rows), bool)
        ok = sub[value].notna().to_numpy()
        _dot_ci(ax, y[ok], sub[value].to_numpy(float)[ok], sub["ci_low"].to_numpy(float)[ok],
                sub["ci_high"].to_numpy(float)[ok], OKABE_ITO[h_i % 8], MARKERS[h_i % 8], _label(labels, h, hue_kind), desc[ok])
    ax.set_yticks(np.arange(len(rows)), [_label(labels, r, row_kind) for r in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)


def _legend(fig: Figure, ax, ncol: int) -> None:
    handles, names = ax.get_legend_handles_labels()
    if handles:
        fig.legend(handles, names, loc="outside lower center", ncol=ncol, handletextpad=0.3, columnspacing=1.0)


def _n_text(df: pd.DataFrame, group: str = "outlet") -> str:
    """'O1: 12 articles, 340 units; …' from a table with n_articles and n_units."""
    g = df.groupby(group, sort=False)[["n_articles", "n_units"]].max()
    part = catalog.CAPTION_PARTS["n_outlet"]
    return "; ".join(part.format(outlet=o, n_articles=int(r.n_articles), n_units=int(r.n_units))
                     for o, r in g.iterrows())


def _intervals_text(df: pd.DataFrame) -> str:
    """The caption's closing sentence: small groups shown descriptively, or what the whiskers are."""
    if "note" in df and df["note"].fillna("").str.startswith("descriptive").any():
        return catalog.CAPTION_PARTS["descriptive"].format(min_articles=MIN_ARTICLES)
    return catalog.CAPTION_PARTS["whiskers"]


# --------------------------------------------------------------------------- figures
def frame_profile_figure(frame_profile: pd.DataFrame, lang: str = "en", width: str = "two",
                         labels: dict[str, str] | None = None) -> Figure:
    """Share of body units per frame (rows), one dot per outlet, with bootstrap CIs."""
    _require(frame_profile, ["outlet", "frame", "share", "ci_low", "ci_high"], "frame_profile")
    t = _text(lang)
    with matplotlib.rc_context(_rc(lang)):
        frames = _ordered(frame_profile["frame"])
        outlets = _ordered(frame_profile["outlet"])
        fig = _new_figure(width, 0.35 * len(frames) + 1.0)
        ax = fig.add_subplot()
        _dodged_dotplot(ax, frame_profile, "frame", "outlet", "share", frames, outlets, labels, "frame", "outlet")
        ax.set_xlim(0, 1)
        ax.set_xlabel(t["share_units"])
        _legend(fig, ax, ncol=min(len(outlets), 3 if width == "one" else 5))
    return fig


def frame_profile_caption(frame_profile: pd.DataFrame) -> str:
    return catalog.figure("frame_profile").render(
        n_per_outlet=_n_text(frame_profile), intervals=_intervals_text(frame_profile))


def stance_balance_figure(stance_balance: pd.DataFrame, lang: str = "en", width: str = "one",
                          labels: dict[str, str] | None = None) -> Figure:
    """Balance (favor − against)/(favor + against) per outlet, one dot per target."""
    _require(stance_balance, ["outlet", "target", "balance", "ci_low", "ci_high"], "stance_balance")
    t = _text(lang)
    with matplotlib.rc_context(_rc(lang)):
        outlets = _ordered(stance_balance["outlet"])
        targets = _ordered(stance_balance["target"])
        fig = _new_figure(width, 0.3 * len(outlets) + 1.1)
        ax = fig.add_subplot()
        ax.axvline(0, color="0.6", linewidth=0.6, zorder=0)
        _dodged_dotplot(ax, stance_balance, "outlet", "target", "balance", outlets, targets, labels, "outlet", "target")
        ax.set_xlim(-1.05, 1.05)
        ax.set_xlabel(t["balance"])
        _legend(fig, ax, ncol=len(targets))
    return fig


def stance_balance_caption(stance_balance: pd.DataFrame) -> str:
    part = catalog.CAPTION_PARTS["stance_counts"]
    parts = []
    for (o, tg), r in stance_balance.groupby(["outlet", "target"], sort=False):
        r = r.iloc[0]
        parts.append(part.format(outlet=o, target=tg, favor=int(r["favor"]), against=int(r["against"]),
                                 n_units=int(r["n_units"])))
    return catalog.figure("stance_balance").render(
        counts="; ".join(parts), intervals=_intervals_text(stance_balance))


def _stacked(ax, df: pd.DataFrame, cat_col: str, cats: list[str], outlets: list[str], outlet_names: list[str],
             names: list[str]) -> None:
    left = np.zeros(len(outlets))
    y = np.arange(len(outlets))
    for i, c in enumerate(cats):
        vals = df[df[cat_col] == c].set_index("outlet").reindex(outlets)["share"].fillna(0).to_numpy(float)
        ax.barh(y, vals, left=left, color=OKABE_ITO[i % 8], label=names[i], height=0.7, edgecolor="white",
                linewidth=0.4)
        left += vals
    ax.set_yticks(y, outlet_names)
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    ax.set_xlim(0, 1)


def source_mix_figure(voice_mix: pd.DataFrame, source_mix: pd.DataFrame, lang: str = "en", width: str = "two",
                      labels: dict[str, str] | None = None) -> Figure:
    """Two panels of 100% bars per outlet: voice (outlet/quoted/reported) and speaker side."""
    _require(voice_mix, ["outlet", "voice", "share"], "voice_mix")
    _require(source_mix, ["outlet", "speaker_side", "share"], "source_mix")
    t = _text(lang)
    with matplotlib.rc_context(_rc(lang)):
        outlets = _ordered(voice_mix["outlet"])
        voices = _ordered(voice_mix["voice"])
        sides = _ordered(source_mix["speaker_side"])
        two = width == "two"
        fig = _new_figure(width, (0.28 * len(outlets) + 1.2) * (1 if two else 2))
        axes = fig.subplots(1, 2, sharey=True) if two else fig.subplots(2, 1)
        vnames = [t.get("outlet_voice" if v == "outlet" else v, _label(labels, v, "voice")) for v in voices]
        onames = [_label(labels, o, "outlet") for o in outlets]
        _stacked(axes[0], voice_mix, "voice", voices, outlets, onames, vnames)
        _stacked(axes[1], source_mix, "speaker_side", sides, outlets, onames,
                 [_label(labels, s, "side") for s in sides])
        for ax, title in zip(axes, (t["voice_title"], t["side_title"])):
            ax.set_title(title, loc="left")
            ax.set_xlabel(t["share"])
            ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.32 if two else -0.28), ncol=3,
                      handlelength=1.0, columnspacing=0.8)
    return fig


def source_mix_caption(voice_mix: pd.DataFrame, source_mix: pd.DataFrame) -> str:
    return catalog.figure("source_mix").render(
        n_voice=_n_text(voice_mix), n_side=_n_text(source_mix), intervals=_intervals_text(voice_mix))


def headline_body_figure(headline_body_by_outlet: pd.DataFrame, lang: str = "en", width: str = "two",
                         labels: dict[str, str] | None = None) -> Figure:
    """Share of articles per headline–body measure (rows), one dot per outlet."""
    df = headline_body_by_outlet
    _require(df, ["outlet", "measure", "share", "ci_low", "ci_high"], "headline_body_by_outlet")
    t = _text(lang)
    with matplotlib.rc_context(_rc(lang)):
        measures = _ordered(df["measure"])
        outlets = _ordered(df["outlet"])
        names = {}
        for m in measures:
            if m.startswith("stance_gap_"):
                target = m[len("stance_gap_"):]
                names[m] = f"{t['stance_gap']}: {_label(labels, target, 'target')}"
            else:
                names[m] = t.get(m, _label(labels, m, "measure"))
        fig = _new_figure(width, 0.4 * len(measures) + 1.0)
        ax = fig.add_subplot()
        _dodged_dotplot(ax, df, "measure", "outlet", "share", measures, outlets, labels, "measure", "outlet")
        ax.set_yticks(np.arange(len(measures)), [names[m] for m in measures])
        ax.set_xlim(-0.02, 1.02)
        ax.set_xlabel(t["share_articles"])
        _legend(fig, ax, ncol=min(len(outlets), 3 if width == "one" else 5))
    return fig


def headline_body_caption(headline_body_by_outlet: pd.DataFrame) -> str:
    return catalog.figure("headline_body").render(
        n_per_outlet=_n_text(headline_body_by_outlet), intervals=_intervals_text(headline_body_by_outlet))


def reuse_matrix_figure(matrix: pd.DataFrame, lang: str = "en", width: str = "one",
                        labels: dict[str, str] | None = None) -> Figure:
    """Outlet × outlet heat map of article pairs sharing text (diagonal: within outlet)."""
    t = _text(lang)
    if list(matrix.index) != list(matrix.columns):
        raise UserError("figure input reuse matrix: rows and columns must list the same outlets in the same order")
    with matplotlib.rc_context(_rc(lang)):
        k = len(matrix)
        size = min(_width(width), 0.55 * k + 1.6)
        fig = _new_figure(width, size)
        ax = fig.add_subplot()
        vals = matrix.to_numpy(float)
        vmax = max(vals.max(), 1.0)
        im = ax.imshow(vals, cmap="cividis", vmin=0, vmax=vmax)
        names = [_label(labels, o, "outlet") for o in matrix.index]
        ax.set_xticks(np.arange(k), names, rotation=45, ha="right", rotation_mode="anchor")
        ax.set_yticks(np.arange(k), names)
        for i in range(k):
            for j in range(k):
                v = int(vals[i, j])
                ax.text(j, i, str(v), ha="center", va="center", fontsize=6,
                        color="black" if vals[i, j] > 0.6 * vmax else "white")
        ax.spines[:].set_visible(False)
        ax.tick_params(length=0)
        fig.colorbar(im, ax=ax, shrink=0.8, label=t["pairs"])
    return fig


def reuse_matrix_caption(matrix: pd.DataFrame, ngram: int) -> str:
    """`ngram`: the shingle size the pairs were found with (config reuse.ngram)."""
    vals = matrix.to_numpy()
    within = int(np.trace(vals))
    cross = int((vals.sum() - np.trace(vals)) / 2)
    return catalog.figure("reuse_matrix").render(ngram=ngram, n_outlets=len(matrix), within=within, cross=cross)


def reliability_figure(reliability: pd.DataFrame, lang: str = "en", width: str = "one",
                       labels: dict[str, str] | None = None) -> Figure:
    """Krippendorff's alpha per variable with CIs, one dot per sample (development/held-out/all)."""
    _require(reliability, ["variable", "statistic", "value", "ci_low", "ci_high", "n", "group"], "reliability")
    t = _text(lang)
    df = reliability[reliability["statistic"] == "alpha"].copy()
    if df.empty:
        raise UserError("figure input reliability: no rows with statistic 'alpha'")
    df["note"] = np.where(df["ci_low"].isna(), "descriptive", "")
    if "comparison" in df.columns and df["comparison"].nunique() > 1:  # several coders: one dot per pairing
        df["group"] = df["group"] + " · " + df["comparison"]
    with matplotlib.rc_context(_rc(lang)):
        variables = _ordered(df["variable"])
        groups = _ordered(df["group"], ["development", "held-out", "all"])
        fig = _new_figure(width, 0.3 * len(variables) + 1.1)
        ax = fig.add_subplot()
        for ref in (ALPHA_TENTATIVE, ALPHA_RELIABLE):
            ax.axvline(ref, color="0.6", linewidth=0.6, linestyle=":", zorder=0)
        _dodged_dotplot(ax, df, "variable", "group", "value", variables, groups, labels, "variable", "group")
        lo = min(0.0, float(np.nanmin(df[["value", "ci_low"]].to_numpy(float))))
        ax.set_xlim(lo - 0.02, 1.02)
        ax.set_xlabel(t["alpha"])
        _legend(fig, ax, ncol=len(groups))
    return fig


def reliability_caption(reliability: pd.DataFrame) -> str:
    df = reliability[reliability["statistic"] == "alpha"]
    sample_n = catalog.CAPTION_PARTS["sample_n"]
    parts = [sample_n.format(group=g, n=int(n)) for g, n in df.groupby("group", sort=False)["n"].max().items()]
    return catalog.figure("reliability").render(
        tentative=ALPHA_TENTATIVE, reliable=ALPHA_RELIABLE, units="; ".join(parts))


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


def render_figure(name: str, tables: dict[str, pd.DataFrame], lang: str = "en", width: str = "two",
                  labels: dict[str, str] | None = None,
                  numbers: dict[str, object] | None = None) -> tuple[Figure, str]:
    """Draw the named figure from a dict of tables; return (figure, caption text).

    `numbers` holds what the caption states that the tables cannot tell (e.g. the n-gram
    size of the reuse search; see `catalog.config_numbers`).
    """
    if name not in FIGURES:
        raise UserError(f"figures: unknown figure {name!r}; known: {sorted(FIGURES)}")
    spec = FIGURES[name]
    missing = [t for t in spec.tables if t not in tables]
    if missing:
        raise UserError(f"figure {name}: missing input tables {missing}")
    given = numbers or {}
    needed = sorted(catalog.caption_fields(catalog.figure(name)) & catalog.CONFIG_NUMBERS.keys())
    if any(k not in given for k in needed):
        raise UserError(f"figure {name}: its caption needs {needed} from the config")
    args = [tables[t] for t in spec.tables]
    caption = spec.caption(*args, **{k: given[k] for k in needed})
    return spec.draw(*args, lang=lang, width=width, labels=labels), caption


def figure_bytes(fig: Figure, fmt: str) -> bytes:
    """The file content of `fig` in one format, with no dates or software strings."""
    if fmt not in METADATA:
        raise UserError(f"figures: format {fmt!r} not supported; use pdf, png or svg")
    buf = io.BytesIO()
    with matplotlib.rc_context(matplotlib.rc_params_from_file(str(STYLE), use_default_template=True)):
        fig.savefig(buf, format=fmt, metadata=dict(METADATA[fmt]), dpi=300 if fmt == "png" else "figure")
    return buf.getvalue()


def save_figure(fig: Figure, out_stem: str | Path, caption: str | None = None,
                formats: tuple[str, ...] = catalog.FIGURE_FORMATS) -> list[Path]:
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


def write_figure(name: str, tables: dict[str, pd.DataFrame], out_dir: str | Path, lang: str = "en",
                 labels: dict[str, str] | None = None, numbers: dict[str, object] | None = None) -> list[Path]:
    """One figure at each of its widths, under the stems the catalogue names; return the paths."""
    written: list[Path] = []
    for width, stem in catalog.figure_stems(name):
        fig, cap = render_figure(name, tables, lang=lang, width=width, labels=labels, numbers=numbers)
        written += save_figure(fig, Path(out_dir) / stem, cap)
    return written


def render_all(tables: dict[str, pd.DataFrame], out_dir: str | Path, lang: str = "en",
               labels: dict[str, str] | None = None, numbers: dict[str, object] | None = None) -> list[Path]:
    """Every figure whose tables are present (see `write_figure`)."""
    written: list[Path] = []
    for name in sorted(FIGURES):
        if all(t in tables for t in FIGURES[name].tables):
            written += write_figure(name, tables, out_dir, lang=lang, labels=labels, numbers=numbers)
    return written

