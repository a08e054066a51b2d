"""The style file is read once per process; each caller gets its own copy of the settings."""

from __future__ import annotations

import matplotlib

from analysis.figstyle import DEVANAGARI_FAMILY, STYLE, rc, style_params


def test_the_cached_style_holds_what_reading_the_file_gives():
    assert dict(style_params()) == dict(matplotlib.rc_params_from_file(str(STYLE), use_default_template=True))


def test_a_font_order_set_for_one_language_does_not_reach_the_next_figure():
    assert rc("hi")["font.family"][0] == DEVANAGARI_FAMILY
    assert rc("en")["font.family"][0] == "DejaVu Sans"
    assert style_params()["font.family"] == matplotlib.rcParamsDefault["font.family"]
