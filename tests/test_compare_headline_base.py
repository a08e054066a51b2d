"""headline_body_by_outlet: each row's articles and units share one base; silent targets are noted."""

from __future__ import annotations

import pandas as pd

from analysis.compare import SILENT_TARGET_NOTE, headline_body_by_outlet, stanced_targets


def _gap():
    """One outlet, 6 articles with headline units (1 or 2 each, 9 in all); 4 bodies have a dominant frame."""
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(6)],
            "outlet": "प्रभात",
            "n_headline_units": [1, 2, 1, 2, 1, 2],
            "dominant_in_headline": [True, False, True, True, pd.NA, pd.NA],
            "headline_frames_not_in_body": ["", "economy", "", "", "", ""],
            "stance_gap_a_b": [False] * 6,
            "stance_gap_a_c": [True, False, False, False, False, False],
            "sensational_cues": [0] * 6,
        }
    )


def test_dominant_frame_row_counts_units_of_its_own_articles_only():
    by = headline_body_by_outlet(_gap(), ["a_b", "a_c"], seed=1, n_boot=20).set_index("measure")
    assert by.loc["dominant_in_headline", ["n_articles", "n_units"]].tolist() == [4, 6]  # d0–d3: 1+2+1+2
    assert by.loc["headline_frame_not_in_body", ["n_articles", "n_units"]].tolist() == [6, 9]


def test_rows_on_a_target_no_unit_takes_a_stance_toward_carry_the_silent_note():
    by = headline_body_by_outlet(_gap(), ["a_b", "a_c"], seed=1, n_boot=20, stanced=["a_c"]).set_index("measure")
    assert by.loc["stance_gap_a_b", "note"] == SILENT_TARGET_NOTE
    assert SILENT_TARGET_NOTE not in by.loc["stance_gap_a_c", "note"]


def test_stanced_targets_counts_headline_and_body_units_with_favor_or_against():
    units = pd.DataFrame({"stance_a_b": ["none", "none"], "stance_a_c": ["none", "against"]})
    assert stanced_targets(units, ["a_b", "a_c"]) == ["a_c"]
