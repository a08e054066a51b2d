"""A figure saved with one draw (`figstyle.laid_out_for_saving`) is byte for byte matplotlib's own save."""

from __future__ import annotations

import io

import matplotlib
import pytest

from analysis.figstyle import fit_labels, laid_out_for_saving, new_figure, rc, style_params
from analysis.figures import METADATA, figure_bytes


def _figure(lang: str):
    """A small laid-out figure with Hindi and English text, a legend below and wrapped labels."""
    with matplotlib.rc_context(rc(lang)):
        fig = new_figure("one", 2.5)
        ax = fig.add_subplot()
        ax.plot([0, 1, 2], [0.2, 0.6, 0.4], marker="o", label="समाचार स्रोत")
        ax.plot([0, 1, 2], [0.5, 0.3, 0.9], marker="s", label="सरकारी बयान")
        ax.set_yticks([0, 1, 2], ["पहला अख़बार", "दूसरा अख़बार", "a third outlet with a long name"])
        ax.set_xlabel("share of units that quote an official source of either country")
        fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center", ncol=2)
        fit_labels(fig)
    return fig


def _matplotlibs_own(fig, fmt: str) -> bytes:
    buf = io.BytesIO()
    with matplotlib.rc_context(style_params()):
        fig.savefig(buf, format=fmt, metadata=dict(METADATA[fmt]), dpi=300 if fmt == "png" else "figure")
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["pdf", "png", "svg"])
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_one_draw_save_gives_matplotlibs_bytes(fmt, lang):
    assert figure_bytes(_figure(lang), fmt) == _matplotlibs_own(_figure(lang), fmt)


def test_every_format_of_one_figure_after_another_gives_the_same_bytes():
    ours, theirs = _figure("hi"), _figure("hi")
    for fmt in ("pdf", "png", "svg", "pdf"):
        assert figure_bytes(ours, fmt) == _matplotlibs_own(theirs, fmt)


def test_the_layout_engine_is_back_after_the_save_even_when_it_fails():
    fig = _figure("en")
    engine = fig.get_layout_engine()
    with pytest.raises(RuntimeError), laid_out_for_saving(fig, "png", 300):
        assert fig.get_layout_engine() is None  # the save draws once, without the engine
        raise RuntimeError("the save failed")
    assert fig.get_layout_engine() is engine
