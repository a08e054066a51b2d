"""Headline and source-mix figures: no row or legend entry for what no unit has; legend n says what it counts."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.colors import to_hex

from analysis.figstyle import PALETTE
from analysis.figures import render_figure
from analysis.stats import SILENT_TARGET_NOTE

SMALL = "descriptive only: 4 articles (<5), no CI or test"


def _row(outlet, measure, n, share, note=""):
    ci = (np.nan, np.nan) if note.startswith("descriptive") else (share - 0.1, share + 0.1)
    return {
        "outlet": outlet,
        "measure": measure,
        "n_articles": n,
        "n_units": n,
        "count": round(share * n),
        "share": share,
        "ci_low": ci[0],
        "ci_high": ci[1],
        "note": note,
    }


def _headline_table():
    """Outlet 'दैनिक प्रकाश': 6 articles with a headline unit, 4 whose body has a dominant frame;
    nobody takes a stance toward ru_in (its rows carry the silent note)."""
    rows = []
    for outlet, n in (("दैनिक प्रकाश", 6), ("नगर समाचार", 7)):
        n_dom = 4 if n == 6 else n
        rows.append(_row(outlet, "dominant_in_headline", n_dom, 0.5, SMALL if n_dom < 5 else ""))
        rows.append(_row(outlet, "headline_frame_not_in_body", n, 0.2))
        rows.append(_row(outlet, "stance_gap_ru_pk", n, 0.3))
        rows.append(_row(outlet, "stance_gap_ru_in", n, 0.0, SILENT_TARGET_NOTE))
    return pd.DataFrame(rows)


def _legend_texts(fig):
    """Texts of the figure's legends and of its panels' (the source mix puts one under each panel)."""
    legends = [*fig.legends, *(leg for sub in fig.subfigs for leg in sub.legends)]
    return [t.get_text() for leg in legends for t in leg.get_texts()]


def test_headline_figure_leaves_out_a_target_no_unit_takes_a_stance_toward():
    fig, _ = render_figure("headline_body", {"headline_body_by_outlet": _headline_table()})
    ticks = [t.get_text().replace("\n", " ") for t in fig.axes[0].get_yticklabels()]
    assert ticks[-1] == "Headline stance differs from body: Ru pk"
    assert len(ticks) == 3 and not any("Ru in" in t for t in ticks)


def test_headline_caption_says_which_target_has_no_row_and_why():
    _, cap = render_figure(
        "headline_body", {"headline_body_by_outlet": _headline_table()}, labels={"ru_in": "A–C ties"}
    )
    assert cap.endswith(
        "No row on headline–body stance differences toward A–C ties: no unit takes a stance toward it, "
        "so its share is 0 by construction."
    )


def test_headline_legend_n_counts_headed_articles_and_names_the_dominant_frame_base():
    fig, _ = render_figure("headline_body", {"headline_body_by_outlet": _headline_table()})
    legend = " ".join(_legend_texts(fig)).replace("\n", " ").replace("\u00a0", " ")
    assert "दैनिक प्रकाश (n = 6; 4 with a dominant frame)" in legend
    assert "(n = 4)" not in legend
    assert "नगर समाचार (" not in legend  # no row of it is descriptive: no n, as in the other figures


def _mix(col, cats, counts):
    rows = []
    for outlet in ("दैनिक प्रकाश", "नगर समाचार"):
        total = sum(counts)
        for c, k in zip(cats, counts):
            rows.append(
                {"outlet": outlet, col: c, "n_articles": 6, "n_units": total, "count": k, "share": k / total}
                | {"ci_low": np.nan, "ci_high": np.nan, "note": ""}
            )
    return pd.DataFrame(rows)


def test_source_mix_legend_lists_only_sides_some_unit_has_with_stable_colours():
    sides = ["russia", "pakistan", "india", "china", "media", "other"]
    tables = {
        "voice_mix": _mix("voice", ["outlet", "quoted", "reported"], [2, 0, 8]),
        "source_mix": _mix("speaker_side", sides, [0, 0, 7, 0, 0, 3]),
    }
    fig, _ = render_figure("source_mix", tables)
    legend = _legend_texts(fig)
    assert {"India", "Other", "Outlet narration", "Reported speech"} <= set(legend)
    assert not {"Russia", "Pakistan", "China", "Media", "Direct quotation"} & set(legend)
    side_ax = fig.subfigs[1].axes[0]
    colours = {bars.get_label(): to_hex(bars.patches[0].get_facecolor()) for bars in side_ax.containers}
    assert colours["India"] == to_hex(PALETTE[2]) and colours["Other"] == to_hex(PALETTE[5])
