"""A figure job looks a text's font up once; the figures it writes are byte for byte the same."""

from __future__ import annotations

import matplotlib
from matplotlib.figure import Figure

from analysis.figstyle import rc
from analysis.figures import figure_bytes
from analysis.font_lookups import reused_font_lookups

# Written for this test: Latin and Devanagari (a conjunct, matras), at two sizes and in bold.
TEXTS = ("share of units", "स्वास्थ्य मंत्री ने कहा", "क्षेत्र में टीकाकरण")


def _figure() -> Figure:
    fig = Figure(figsize=(3, 1.5), layout="constrained")
    ax = fig.add_subplot()
    ax.set_xlabel(TEXTS[0])
    ax.set_title(TEXTS[1], fontweight="bold")
    fig.text(0.05, 0.05, TEXTS[2], fontsize=6)
    return fig


def _all_formats(lang: str) -> list[bytes]:
    with matplotlib.rc_context(rc(lang)):
        fig = _figure()
        return [figure_bytes(fig, fmt) for fmt in ("pdf", "png", "svg")]


def test_figures_written_with_reused_lookups_are_the_bytes_written_without():
    for lang in ("en", "hi"):  # the two font orders: a lookup under one must not serve the other
        alone = _all_formats(lang)
        with reused_font_lookups() as found:
            reused = _all_formats(lang)
        assert reused == alone
        assert found  # the lookups went through the reuse


def test_a_lookup_under_other_font_settings_is_made_again():
    with reused_font_lookups() as found:
        _all_formats("en")
        en = set(found)
        _all_formats("hi")
    assert set(found) - en  # the Hindi font order is another key, not the English one's answer


def test_the_hooks_are_gone_after_the_block_even_nested():
    from matplotlib import text

    before = text.get_font
    with reused_font_lookups():
        hooked = text.fontManager._find_fonts_by_props
        with reused_font_lookups():
            pass
        assert text.fontManager._find_fonts_by_props is hooked  # the outer block's hook again
        assert text.get_font is not before
    assert text.get_font is before
    assert "_find_fonts_by_props" not in vars(text.fontManager)
