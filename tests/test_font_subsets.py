"""A figure job cuts each font subset once; the PDFs it writes are byte for byte the same."""

from __future__ import annotations

from matplotlib.figure import Figure

from analysis.figures import figure_bytes
from analysis.font_subsets import reused_font_subsets


def _figure(text: str) -> Figure:
    fig = Figure(figsize=(2, 1))
    fig.text(0.1, 0.5, text)
    return fig


def test_pdfs_written_with_reused_subsets_are_the_bytes_written_without():
    alone = [figure_bytes(_figure(t), "pdf") for t in ("outlet share", "share outlet", "other words")]
    with reused_font_subsets() as cache:
        reused = [figure_bytes(_figure(t), "pdf") for t in ("outlet share", "share outlet", "other words")]
    assert reused == alone
    assert len(cache) == 2  # the first two texts have the same letters: one subset serves both


def test_the_hook_is_gone_after_the_block():
    from matplotlib.backends import _backend_pdf_ps as pdf_ps

    before = pdf_ps.get_glyphs_subset
    with reused_font_subsets():
        assert pdf_ps.get_glyphs_subset is not before
    assert pdf_ps.get_glyphs_subset is before
