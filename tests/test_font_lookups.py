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


def test_figures_written_with_reused_text_metrics_are_the_bytes_written_without():
    from analysis.font_lookups import reused_text_metrics

    for lang in ("en", "hi"):  # the two font orders: a measurement under one must not serve the other
        alone = _all_formats(lang)
        with reused_text_metrics() as kept:
            reused = _all_formats(lang)
            again = _all_formats(lang)  # new renderers of the same kinds: measured before, not again
        assert reused == alone == again
        kinds = {key[0].__name__ for key in kept}
        assert kinds == {"RendererAgg", "RendererPdf", "RendererSVG"}


def test_a_measurement_is_kept_per_renderer_kind_and_dpi():
    from analysis.font_lookups import reused_text_metrics

    with reused_text_metrics() as kept:
        _all_formats("en")
    texts = {key[3] for key in kept}
    assert set(TEXTS) <= texts
    agg = {key[1] for key in kept if key[0].__name__ == "RendererAgg"}
    assert agg == {300.0}  # the PNG's renderer; the PDF's and SVG's measure at 72 dpi whatever the figure's


def test_the_metrics_hook_is_gone_after_the_block():
    from matplotlib import text

    from analysis.font_lookups import reused_text_metrics

    before = text._get_text_metrics_with_cache
    with reused_text_metrics():
        assert text._get_text_metrics_with_cache is not before
    assert text._get_text_metrics_with_cache is before
