"""The one figure style of the package: sizes, fonts, scales, human labels, layout fitting and its check.

Every figure in `analysis.figures` is drawn through this module, so a journal's column
width, the colour palette, the axis range of a quantity and the words on a legend are
each defined once. Why the layout helpers: matplotlib's constrained layout makes room for
text but never shortens it, so a long outlet name or axis label runs off the canvas or
squeezes the axes to nothing. `fit_legend`, `fit_labels` and `set_axes_height` shrink the
text (fewer legend columns, wrapped labels) and grow the figure instead, and
`layout_problems` is the check the tests run on every figure: no text outside the canvas,
no two labels on top of each other.
"""

from __future__ import annotations

import functools
import math
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from matplotlib import cbook, font_manager
from matplotlib.backend_bases import _get_renderer
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from analysis.errors import UserError

STYLE = Path(__file__).with_name("paper.mplstyle")
WIDTHS = {"one": 3.5, "two": 7.0}  # journal single and double column, inches
WRAP = {"one": 22, "two": 34}  # characters per line of a category label (outlet, frame) at each width
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
MARKERS = ["o", "s", "D", "^", "v", "P", "X", "*"]


@dataclass(frozen=True)
class Scale:
    """One quantity's axis: the same range and ticks in every figure that draws it."""

    limits: tuple[float, float]
    ticks: tuple[float, ...]


SCALES = {
    "share": Scale((-0.02, 1.02), (0.0, 0.25, 0.5, 0.75, 1.0)),
    "balance": Scale((-1.05, 1.05), (-1.0, -0.5, 0.0, 0.5, 1.0)),
    "alpha": Scale((-0.02, 1.02), (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)),
}


def apply_scale(ax, quantity: str, low: float | None = None) -> None:
    """Give `ax` the x range and ticks of `quantity`; `low` extends the range below (negative α)."""
    scale = SCALES[quantity]
    lo, hi = scale.limits
    ticks = list(scale.ticks)
    if low is not None and low < lo:
        lo = math.floor(low * 5) / 5 - 0.02
        ticks = [round(lo + 0.02 + 0.2 * i, 1) for i in range(int(round((1.0 - lo - 0.02) / 0.2)) + 1)]
    ax.set_xlim(lo, hi)
    ax.set_xticks(ticks)


def _shipped_fonts() -> dict[str, list[Path]]:
    """The font files each family of the figures comes from: both ship with the lock file."""
    import fontpkg_noto_sans_devanagari as noto

    dejavu = Path(matplotlib.get_data_path(), "fonts", "ttf")
    return {
        noto.FAMILY: sorted((noto.ROOT / "files").glob("*.ttf")),
        "DejaVu Sans": [dejavu / "DejaVuSans.ttf", *sorted(dejavu.glob("DejaVuSans-*.ttf"))],
    }


def _pin_fonts() -> str:
    """Make the figures' two families resolve to the shipped files alone; return the Devanagari family.

    Why: matplotlib finds a family through a per-user cache of the machine's fonts
    (``~/.cache/matplotlib/fontlist-*.json``). A system copy of DejaVu Sans or Noto Sans
    Devanagari of another version, or a cache written without matplotlib's own fonts, then
    decides which file a PDF or SVG embeds, and every vector figure's bytes change with the
    machine. Dropping every other face of the two families and adding the shipped files makes
    the bytes depend on the lock file only.
    """
    shipped = _shipped_fonts()
    manager = font_manager.fontManager
    manager.ttflist = [face for face in manager.ttflist if face.name not in shipped]
    for files in shipped.values():
        for ttf in files:
            manager.addfont(str(ttf))
    return next(iter(shipped))


DEVANAGARI_FAMILY = _pin_fonts()


def width_inches(width: str) -> float:
    if width not in WIDTHS:
        raise UserError(f"figures: width {width!r} is not supported; use 'one' or 'two'")
    return WIDTHS[width]


@functools.cache
def _style_file() -> matplotlib.RcParams:
    return matplotlib.rc_params_from_file(str(STYLE), use_default_template=True)


def style_params() -> matplotlib.RcParams:
    """The style file's settings over matplotlib's defaults: a copy, so a caller may change it.

    Why a cache: a figure job asked for them once per figure and once per file saved, each time
    parsing the file and validating every setting anew (issue #15); the file and the defaults
    do not change while a process runs, so the copy holds the same values.
    """
    return _style_file().copy()


def rc(lang: str) -> dict:
    """rc settings for one rendering: the style file plus the font order for the language."""
    params = style_params()
    fams = [DEVANAGARI_FAMILY, "DejaVu Sans"] if lang == "hi" else ["DejaVu Sans", DEVANAGARI_FAMILY]
    params["font.family"] = fams
    params["axes.unicode_minus"] = True
    return params


def new_figure(width: str, height: float) -> Figure:
    """A figure at a column width with an Agg canvas (so layout can be measured before saving)."""
    fig = Figure(figsize=(width_inches(width), height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def wrap(text: str, chars: int) -> str:
    """Break a label at spaces into lines of at most `chars` characters (long words stay whole).

    >>> wrap("unnamed outlet (001_e8ecfaa8)", 16)
    'unnamed outlet\\n(001_e8ecfaa8)'
    """
    return textwrap.fill(str(text), max(chars, 4), break_long_words=False, break_on_hyphens=False)


# ------------------------------------------------------------------ fitting text to the canvas
def _renderer(fig):
    """Lay out and draw the whole figure (of a subfigure, its root) without output; return the renderer."""
    root = fig.get_figure(root=True)
    root.draw_without_rendering()
    return root.canvas.get_renderer()


def _laid_out(fig):
    """Run only the layout engine of `fig`'s root (no draw of its artists); return the renderer.

    Why: a measurement that reads where the layout put an axes (not its texts) needs the layout
    pass of a draw, not the draw (issue #15). A draw changes nothing the next draw or layout
    reads but what its layout pass sets (every text's place is worked out anew in each draw and
    in each layout pass before it is read), so the figure saved is byte for byte the one drawn
    at every step. The axes' aspect is applied as a draw applies it; without a layout engine,
    a draw.
    """
    root = fig.get_figure(root=True)
    engine = root.get_layout_engine()
    if engine is None or not root.axes:
        return _renderer(fig)
    try:
        engine.execute(root)
    except ValueError:  # as `Figure.draw`: a layout that cannot be made leaves the positions as they are
        pass
    renderer = root.canvas.get_renderer()
    for ax in root.axes:
        locator = ax.get_axes_locator()
        ax.apply_aspect(locator(ax, renderer) if locator else None)
    return renderer


@contextmanager
def laid_out_for_saving(fig: Figure, fmt: str, dpi: float | str) -> Iterator[None]:
    """Within the block, `fig` holds the layout a `savefig(format=fmt, dpi=dpi)` would make, and
    its layout engine is off, so the save draws the figure once instead of twice.

    Why: with a layout engine, matplotlib's `print_figure` draws the whole figure with drawing
    switched off before the real draw, only to run the layout inside that draw: a figure job
    drew every figure twice per file, six times per figure (issue #15). Here the layout runs
    as that draw runs it (same canvas for the format, same dpi, each axes' aspect first) and
    nothing else; the real draw works out every text's place anew, so each file is byte for
    byte what it was. Where the save would also measure a tight box, nothing is changed.
    """
    engine = fig.get_layout_engine()
    saving = {k: matplotlib.rcParams[f"savefig.{k}"] for k in ("bbox", "facecolor", "edgecolor", "transparent")}
    plain = saving["bbox"] != "tight" and not saving["transparent"]
    if engine is None or not fig.axes or not plain or {saving["facecolor"], saving["edgecolor"]} != {"auto"}:
        yield  # a save this helper does not replicate: matplotlib's own path
        return
    if dpi == "figure":
        dpi = getattr(fig, "_original_dpi", fig.dpi)
    with (
        fig.canvas._switch_canvas_and_return_print_method(fmt) as print_method,
        cbook._setattr_cm(fig, dpi=dpi),
        cbook._setattr_cm(fig.canvas, _device_pixel_ratio=1),
        cbook._setattr_cm(fig.canvas, _is_saving=True),
    ):
        renderer = _get_renderer(fig, functools.partial(print_method, orientation="portrait"))
        fig._get_draw_artists(renderer)  # each axes' aspect, as `Figure.draw` applies it before the layout
        try:
            engine.execute(fig)
        except ValueError:  # as `Figure.draw`: a layout that cannot be made leaves the positions as they are
            pass
    fig.set_layout_engine(None)
    try:
        yield
    finally:
        fig.set_layout_engine(engine)


def _inside(box: Bbox, outer: Bbox, tol: float = 0.5) -> bool:
    return (
        box.x0 >= outer.x0 - tol and box.y0 >= outer.y0 - tol and box.x1 <= outer.x1 + tol and box.y1 <= outer.y1 + tol
    )


def fit_legend(fig, handles: list, names: list[str], max_ncol: int, **kwargs):
    """A legend below the axes of `fig` (a figure or subfigure) in as many columns as fit its width.

    Why a try on a whole figure is measured without drawing: a legend's width is that of its
    entries in columns, whatever the layout, and a figure's width is fixed, so the canvas's renderer
    alone tells whether it fits. A try too wide only runs the layout engine (the positions the next
    try starts from, so every output byte stays as it was), not a full draw of every artist; the
    legend kept gets the full draw, as before. With many coder pairings (COVID: over a dozen) the reliability
    figure tried that many widths, each a full draw of a tall figure (issue #15). A subfigure's
    width comes from the layout, so there each try is still drawn.
    """
    root = fig.get_figure(root=True)
    engine = root.get_layout_engine() if fig is root else None
    legend = None
    for ncol in range(max(1, min(max_ncol, len(names))), 0, -1):
        if legend is not None:
            if engine is not None:
                engine.execute(root)  # the layout pass the try's full draw would have made
            legend.remove()
        legend = fig.legend(
            handles, names, loc="outside lower center", ncol=ncol, handletextpad=0.3, columnspacing=1.0, **kwargs
        )
        renderer = root.canvas.get_renderer() if engine is not None else _renderer(fig)
        if legend.get_window_extent(renderer).width <= fig.bbox.width - 2:
            break
    if engine is not None:
        _laid_out(fig)  # the layout of the legend kept; `fit_labels` measures the labels next
    return legend


def _labels_placed(fig):
    """Run the layout of `fig`'s root and place its axes' titles and axis labels as a draw would.

    Why: `fit_labels` reads where the titles and axis labels end up, and a full draw to find out
    drew every text of the figure (the COVID reliability grid: two thousand cell labels) once more
    per width (issue #15). A draw places them from the laid-out axes and their tick labels
    (`Axes.draw`: `_update_title_position`; `Axis.draw`: `_update_label_position`), which is all
    this does after the layout pass (`_laid_out`); every text's place is worked out anew in the
    next draw, so the files saved are byte for byte the same.
    """
    root = fig.get_figure(root=True)
    renderer = _laid_out(fig)
    if root.get_layout_engine() is None or not root.axes:
        return renderer  # `_laid_out` drew the figure: everything is placed
    for ax in root.axes:
        if ax.get_visible():
            ax._update_title_position(renderer)
            for axis in (ax.xaxis, ax.yaxis):
                if axis.get_visible():  # as `Axis.draw`, which places nothing of a hidden axis
                    axis._update_label_position(renderer)
    return renderer


def fit_labels(fig: Figure, rounds: int = 6) -> None:
    """Wrap axis labels and titles that run off the canvas, a little narrower each round."""
    for _ in range(rounds):
        renderer = _labels_placed(fig)
        loose = [
            t
            for ax in fig.axes
            for t in (ax.xaxis.label, ax.yaxis.label, ax.title, ax._left_title)
            if t.get_text() and not _inside(t.get_window_extent(renderer), fig.bbox)
        ]
        if not loose:
            return
        for t in loose:
            flat = t.get_text().replace("\n", " ")
            longest = max(len(line) for line in t.get_text().split("\n"))
            t.set_text(wrap(flat, int(longest * 0.8)))


def set_axes_height(fig: Figure, ax, inches: float, rounds: int = 3, grow_only: bool = False) -> None:
    """Grow or shrink the figure until `ax` is `inches` tall, whatever the legend and labels take.

    `grow_only`: only make `ax` at least that tall (a second panel beside the one sized first).
    """
    for _ in range(rounds):
        renderer = _laid_out(fig)  # an axes' height is the layout's: no draw needed to read it
        have = ax.get_window_extent(renderer).height / fig.dpi
        if have >= inches if grow_only else abs(have - inches) < 0.02:
            return
        fig.set_figheight(max(fig.get_figheight() + inches - have + (0.01 if grow_only else 0), 0.5))


# ------------------------------------------------------------------ the check
def _drawn_texts(fig: Figure) -> list[Text]:
    """Every text the figure draws: tick labels actually shown, axis labels, titles, legends, annotations."""
    texts: list[Text] = [*fig.texts]
    for legend in fig.legends:
        texts += [*legend.get_texts(), legend.get_title()]
    for ax in fig.axes:
        texts += [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label, *ax.texts]
        for axis in (ax.xaxis, ax.yaxis):
            texts.append(axis.get_offset_text())
            for tick in axis._update_ticks():  # the ticks inside the view, i.e. those drawn
                texts += [tick.label1, tick.label2]
        if ax.get_legend() is not None:
            texts += [*ax.get_legend().get_texts(), ax.get_legend().get_title()]
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def layout_problems(fig: Figure, min_axes_inches: float = 0.5) -> list[str]:
    """What is wrong with a figure's layout, as sentences; empty when every text is on the canvas,
    no two texts overlap and every axes keeps a usable size."""
    renderer = _renderer(fig)
    canvas = fig.bbox
    texts = _drawn_texts(fig)
    boxes = [t.get_window_extent(renderer) for t in texts]
    problems = [
        f"text {t.get_text()!r} lies outside the canvas ({_fmt(b)} vs {_fmt(canvas)})"
        for t, b in zip(texts, boxes)
        if not _inside(b, canvas)
    ]
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if _overlap(boxes[i], boxes[j]) > 1.0:
                problems.append(f"texts {texts[i].get_text()!r} and {texts[j].get_text()!r} overlap")
    for ax in fig.axes:
        box = ax.get_window_extent(renderer)
        if ax.get_label() != "<colorbar>" and min(box.width, box.height) / fig.dpi < min_axes_inches:
            problems.append(f"axes squeezed to {box.width / fig.dpi:.2f} × {box.height / fig.dpi:.2f} in")
    return problems


def _overlap(a: Bbox, b: Bbox) -> float:
    """Area (px²) two boxes share."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    return w * h if w > 0 and h > 0 else 0.0


def _fmt(box: Bbox) -> str:
    return f"[{box.x0:.0f}, {box.y0:.0f}, {box.x1:.0f}, {box.y1:.0f}] px"
