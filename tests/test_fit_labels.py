"""fit_labels places the axis labels and titles from a layout pass, not a full draw of the figure:
the labels wrap as when every round drew the figure, and the files come out byte for byte the same
(issue #15: the COVID reliability grid drew two thousand cell labels once more per width)."""

from __future__ import annotations

import matplotlib
import pytest
from matplotlib.figure import Figure

from analysis.figstyle import _inside, _renderer, fit_labels, new_figure, rc, wrap
from analysis.figures import figure_bytes


def _drawn_each_round(fig, rounds: int = 6) -> None:
    """`fit_labels` as it was before: a full draw of the figure before each round's measurement."""
    for _ in range(rounds):
        renderer = _renderer(fig)
        loose = [
            t
            for ax in fig.axes
            for t in (ax.xaxis.label, ax.yaxis.label, ax.title, ax._left_title)
            if t.get_text() and not _inside(t.get_window_extent(renderer), fig.bbox)
        ]
        if not loose:
            return
        for t in loose:
            longest = max(len(line) for line in t.get_text().split("\n"))
            t.set_text(wrap(t.get_text().replace("\n", " "), int(longest * 0.8)))


def _figure(fit, hidden_x: bool = False):
    """A one-column grid of cell labels whose axis labels and title are too long for the column."""
    with matplotlib.rc_context(rc("en")):
        fig = new_figure("one", 2.5)
        ax = fig.add_subplot()
        ax.imshow([[0, 1, 2], [2, 1, 0]], aspect="auto")
        for i in range(2):
            for j in range(3):
                ax.text(j, i, f".{i}{j}", ha="center", va="center", fontsize=5)
        ax.set_xlabel("share of the units where the automated coder and the reference coder agree on it")
        ax.set_ylabel("pairing of coders in the held-out sample of every coding round")
        ax.set_title("Krippendorff's alpha of every variable and every pairing of coders, by round")
        ax.xaxis.set_visible(not hidden_x)
        fit(fig)
    labels = [ax.xaxis.label.get_text(), ax.yaxis.label.get_text(), ax.title.get_text()]
    return labels, [figure_bytes(fig, fmt) for fmt in ("png", "pdf", "svg")]


@pytest.mark.parametrize("hidden_x", [False, True])
def test_labels_fitted_from_the_layout_wrap_and_save_as_when_each_round_drew_the_figure(hidden_x):
    labels, files = _figure(fit_labels, hidden_x)
    reference, reference_files = _figure(_drawn_each_round, hidden_x)
    assert labels == reference
    assert any("\n" in label for label in labels)  # some label was too long and got wrapped
    assert files == reference_files


def test_fitting_the_labels_of_a_laid_out_figure_draws_nothing(monkeypatch):
    drawn = []
    draw = Figure.draw
    monkeypatch.setattr(Figure, "draw", lambda self, renderer: drawn.append(self) or draw(self, renderer))
    with matplotlib.rc_context(rc("en")):
        fig = new_figure("one", 2.5)
        ax = fig.add_subplot()
        ax.plot([0, 1], [0, 1])
        ax.set_ylabel("a label far too long for one column of a journal page, however small the type is")
        fit_labels(fig)
    assert drawn == []
    assert "\n" in ax.yaxis.label.get_text()
