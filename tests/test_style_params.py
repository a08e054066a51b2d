"""The style file is read once per process; each caller gets its own copy of the settings."""

from __future__ import annotations

import matplotlib

from analysis.figstyle import DEVANAGARI_FAMILY, STYLE, rc, style_params


def test_the_cached_style_holds_what_reading_the_file_gives():
    # but `backend`: the defaults' entry turns from "auto" to the backend once pyplot picks one, and
    # a figure never reads it (each has its own Agg canvas; rc_context leaves the backend alone)
    fresh = dict(matplotlib.rc_params_from_file(str(STYLE), use_default_template=True))
    cached = dict(style_params())
    assert {k: v for k, v in cached.items() if k != "backend"} == {k: v for k, v in fresh.items() if k != "backend"}


def test_a_font_order_set_for_one_language_does_not_reach_the_next_figure():
    assert rc("hi")["font.family"][0] == DEVANAGARI_FAMILY
    assert rc("en")["font.family"][0] == "DejaVu Sans"
    assert style_params()["font.family"] == matplotlib.rcParamsDefault["font.family"]
