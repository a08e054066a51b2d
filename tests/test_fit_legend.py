"""fit_legend measures a whole figure's legend tries without drawing them: the figure must come out
byte for byte as when every try was drawn (issue #15), and the legend in as many columns as fit."""

from __future__ import annotations

import matplotlib
from matplotlib.lines import Line2D

from analysis.figstyle import _renderer, fit_legend, new_figure, rc, set_axes_height
from analysis.figures import figure_bytes


def _drawn_each_try(fig, handles, names, max_ncol):
    """The fitting as it was before: a full draw of the figure for every legend width tried."""
    legend = None
    for ncol in range(max(1, min(max_ncol, len(names))), 0, -1):
        if legend is not None:
            legend.remove()
        legend = fig.legend(handles, names, loc="outside lower center", ncol=ncol, handletextpad=0.3, columnspacing=1.0)
        if legend.get_window_extent(_renderer(fig)).width <= fig.bbox.width - 2:
            break
    return legend


def _figure(fit, n_entries: int = 12):
    """A one-column dot plot with more legend entries than fit in a row, fitted by `fit`; its PNG and PDF."""
    with matplotlib.rc_context(rc("en")):
        fig = new_figure("one", 4.0)
        ax = fig.add_subplot()
        for i in range(n_entries):
            ax.plot([0.1 * i, 0.5], [i, i + 0.5], marker="o", label=f"held-out · coder vs reference {i}")
        ax.set_xlabel("Krippendorff's alpha")
        legend = fit(fig, *ax.get_legend_handles_labels(), n_entries)
    return legend, [figure_bytes(fig, fmt) for fmt in ("png", "pdf", "svg")]


def test_a_legend_fitted_without_drawing_each_try_gives_the_same_bytes_as_drawing_each():
    legend, files = _figure(fit_legend)
    reference, reference_files = _figure(_drawn_each_try)
    assert legend._ncols == reference._ncols < 12  # several widths were tried
    assert files == reference_files


def test_the_legend_takes_as_many_columns_as_fit_the_figure():
    legend, _ = _figure(fit_legend, n_entries=3)
    fig = legend.get_figure(root=True)
    assert legend.get_window_extent(_renderer(fig)).width <= fig.bbox.width - 2
    handles = [Line2D([], [], marker="o")] * 3
    wide = fig.legend(handles, ["x" * 60] * 3, loc="outside lower center", ncol=3)
    assert wide.get_window_extent(_renderer(fig)).width > fig.bbox.width  # the check can fail


def _height_drawn_each_round(fig, ax, inches: float, rounds: int = 3) -> None:
    """`set_axes_height` as it was before: a full draw of the figure to read the axes' height each round."""
    for _ in range(rounds):
        have = ax.get_window_extent(_renderer(fig)).height / fig.dpi
        if abs(have - inches) < 0.02:
            return
        fig.set_figheight(max(fig.get_figheight() + inches - have, 0.5))


def _sized(set_height, colorbar: bool) -> list[bytes]:
    """A two-column heat map (with a colour bar, or a legend) sized to 2 in of axes by `set_height`."""
    with matplotlib.rc_context(rc("en")):
        fig = new_figure("two", 3.0)
        ax = fig.add_subplot()
        if colorbar:
            image = ax.imshow([[0, 1, 2], [3, 4, 5]], aspect="auto")
            fig.colorbar(image, ax=ax, shrink=0.8, label="pairs of articles")
        else:
            for i in range(5):
                ax.plot([0, 1], [i, i + 1], marker="s", label=f"outlet number {i}")
            fit_legend(fig, *ax.get_legend_handles_labels(), 5)
        ax.set_xlabel("share of body units")
        set_height(fig, ax, 2.0)
    return [figure_bytes(fig, fmt) for fmt in ("png", "pdf", "svg")]


def test_an_axes_sized_from_the_layout_alone_gives_the_bytes_of_one_sized_by_drawing():
    for colorbar in (True, False):
        assert _sized(set_axes_height, colorbar) == _sized(_height_drawn_each_round, colorbar)
