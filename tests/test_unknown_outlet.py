"""Articles whose outlet is not known form one group, not one outlet each (issue #14).

2,000 unattributed files beside two named outlets must give three groups in every table and
figure, stay out of outlet tests, and never make a reuse pair "within" or "across" outlets.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.text import Text

from analysis.compare import UNKNOWN_OUTLET, comparison_tables, known_outlet, outlet_labels
from analysis.figures import render_figure
from analysis.reuse import find_reuse, reuse_matrix

FRAMES = ["military", "diplomacy"]
TARGETS = ["ru_pk"]
SIDES = ["russia", "pakistan", "other"]
N_UNKNOWN = 2000
WIRE = "रूस और पाकिस्तान के बीच आतंकवाद से लड़ने में सहयोग बढ़ाने और संयुक्त नौसैन्य एवं भूमि अभ्यास करने पर सहमति बनी है."


def _unit(doc: str, uid: int, role: str, frames: str) -> dict:
    return {
        "doc_id": doc,
        "unit_id": uid,
        "role": role,
        "para": uid,
        "text": "x",
        "norm": "x",
        "start": 0,
        "end": 1,
        "frames": frames,
        "voice": "outlet",
        "speaker": "",
        "speaker_side": "",
        "cues": "[]",
        "codebook_version": "1",
        "stance_ru_pk": "none",
    }


@pytest.fixture(scope="module")
def many_unattributed():
    """Two named outlets of 6 articles each, and 2,000 tiny articles with no outlet (empty or missing)."""
    arts, units = [], []
    for outlet in ("A", "B"):
        for i in range(6):
            arts.append({"doc_id": f"{outlet}{i}", "outlet": outlet})
    for i in range(N_UNKNOWN):
        arts.append({"doc_id": f"u{i:04d}", "outlet": None if i % 2 else " "})
    for k, a in enumerate(arts):
        units += [_unit(a["doc_id"], 1, "headline", ""), _unit(a["doc_id"], 2, "body", FRAMES[k % 2])]
    articles = pd.DataFrame(arts).assign(status="ok", event="", published="2021-04-07")
    tables = comparison_tables(pd.DataFrame(units), None, articles, FRAMES, TARGETS, SIDES, seed=1, n_boot=20)
    return articles, tables


def test_articles_without_an_outlet_share_one_label():
    arts = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["X", "", None, "  "]})
    assert outlet_labels(arts).tolist() == ["X", UNKNOWN_OUTLET, UNKNOWN_OUTLET, UNKNOWN_OUTLET]
    assert not known_outlet(UNKNOWN_OUTLET) and known_outlet("X")


def test_two_thousand_unattributed_files_are_one_group_in_every_table(many_unattributed):
    _, tables = many_unattributed
    sample = tables["sample"].set_index("outlet")
    assert sample.index.tolist() == ["A", "B", UNKNOWN_OUTLET]
    assert sample.loc[UNKNOWN_OUTLET, "n_articles_total"] == N_UNKNOWN
    for name in ("frame_profile", "dominant_frame", "stance_balance", "voice_mix", "headline_body_by_outlet"):
        assert sorted(tables[name]["outlet"].unique()) == ["A", "B", UNKNOWN_OUTLET], name


def test_the_unknown_group_is_counted_but_not_tested_as_an_outlet(many_unattributed):
    _, tables = many_unattributed
    dom = tables["tests"].set_index("variable").loc["dominant_frame"]
    assert dom["outlets"] == "A|B" and dom["n_articles"] == 12
    assert f"{N_UNKNOWN} articles of {UNKNOWN_OUTLET} left out" in dom["note"]


def test_the_frame_profile_figure_has_three_groups_not_two_thousand(many_unattributed):
    _, tables = many_unattributed
    fig, caption = render_figure("frame_profile", {"frame_profile": tables["frame_profile"]}, width="one")
    try:
        texts = [t.get_text().replace("\n", " ") for t in fig.findobj(Text) if t.get_text()]
        outlets = [t for t in texts if t.split(" (n")[0] in {"A", "B", UNKNOWN_OUTLET}]
        assert len(outlets) == 3, texts
        assert any(t.startswith(UNKNOWN_OUTLET) for t in outlets)
    finally:
        plt.close(fig)


def test_reuse_between_unattributed_articles_is_outlet_unknown():
    arts = pd.DataFrame(
        [
            {"doc_id": "u1", "outlet": "", "text": WIRE},
            {"doc_id": "u2", "outlet": None, "text": WIRE},
            {"doc_id": "n1", "outlet": "X", "text": WIRE},
        ]
    )
    arts["outlet"] = outlet_labels(arts)  # as the reuse command labels them
    pairs, _ = find_reuse(arts)
    assert len(pairs) == 3 and set(pairs["scope"]) == {"outlet-unknown"}
    matrix = reuse_matrix(pairs, sorted(arts["outlet"].unique()))
    # the outlet × outlet matrix has a row per named outlet only: these pairs are neither diagonal nor off it
    assert matrix.index.tolist() == ["X"] and int(matrix.to_numpy().sum()) == 0
