"""Every figure, for the seed study's shape and for a corpus with long outlet names, fits its canvas.

The check is `figstyle.layout_problems`: after drawing, every text artist's window extent lies
inside the figure's bbox and no two overlap; no axes is squeezed. Also: no raw id on a figure,
one axis range per quantity, small groups marked, counts in the right number.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.text import Text

from analysis.codebook import load_codebook
from analysis.compare import comparison_tables
from analysis.figstyle import layout_problems
from analysis.figures import FIGURES, read_tables, render_figure
from analysis.labels import codebook_labels
from analysis.reuse import reuse_matrix

CODEBOOK = load_codebook("config/codebook.yaml")
SEED_OUTLETS = [
    "ETV Bharat",
    "India TV",
    "The Printlines",
    "unknown outlet",  # seeds 001 and 002 name no outlet: one group
]
LONG_OUTLETS = [
    "दैनिक जागरण राष्ट्रीय संस्करण (नई दिल्ली)",
    "अमर उजाला",
    "Dainik Bhaskar & Co. (Bhopal city edition)",
    "ETV Bharat",
    "India TV",
    "Navbharat Times",
    "Hindustan (Lucknow edition)",
    "पंजाब केसरी",
]
RAW_IDS = {
    "ru_pk",
    "ru_in",
    "reported",
    "quoted",
    "russia",
    "pakistan",
    "development",
    "held-out",
    "frame_military",
    "stance_ru_pk",
    "dominant_in_headline",
}


def _corpus(outlets: list[str], per_outlet: int):
    """Coded units and articles: every outlet with `per_outlet` articles of 8 units (the first a headline)."""
    frames, targets, sides = CODEBOOK.frame_ids, CODEBOOK.target_ids, list(CODEBOOK.sides)
    units, arts = [], []
    for i, outlet in enumerate(outlets):
        for d in range(per_outlet + i % 2 * 5):  # every other outlet is large enough for intervals
            doc = f"d{i}_{d}"
            arts.append(
                {
                    "doc_id": doc,
                    "outlet": outlet,
                    "status": "ok",
                    "event": f"e{d % 2}",
                    "published": f"2021-04-{d + 1:02d}",
                }
            )
            for u in range(8):
                row = {
                    "doc_id": doc,
                    "unit_id": u,
                    "role": "headline" if u == 0 else "body",
                    "para": u,
                    "text": "x",
                    "norm": "x",
                    "start": 0,
                    "end": 1,
                    "frames": "|".join(f for k, f in enumerate(frames) if (i + d + u + k) % 4 == 0),
                    "voice": ["outlet", "quoted", "reported"][(i + u) % 3],
                    "speaker": "",
                    "speaker_side": sides[(i + d + u) % len(sides)] if u % 2 else "",
                    "cues": "[]",
                    "codebook_version": "1",
                }
                for t_i, t in enumerate(targets):
                    row[f"stance_{t}"] = ["favor", "against", "none"][(i * 2 + d + u + t_i) % 3]
                units.append(row)
    return pd.DataFrame(units), pd.DataFrame(arts)


def _reliability() -> pd.DataFrame:
    variables = [f"frame_{f}" for f in CODEBOOK.frame_ids] + [f"stance_{t}" for t in CODEBOOK.target_ids]
    rows = []
    for v_i, v in enumerate([*variables, "voice", "speaker"]):
        for g_i, g in enumerate(["development", "held-out", "all"]):
            a = 1.0 - 0.07 * ((v_i + g_i) % 5) - (0.9 if v.endswith("ru_in") and g_i == 0 else 0)
            lo, hi = (np.nan, np.nan) if (v_i + g_i) % 7 == 0 else (a - 0.2, min(a + 0.1, 1.0))
            rows.append(
                {
                    "variable": v,
                    "statistic": "alpha",
                    "value": a,
                    "ci_low": lo,
                    "ci_high": hi,
                    "n": [52, 32, 84][g_i],
                    "group": g,
                    "band": "",
                    "comparison": "coder-vs-ref1",
                    "note": "",
                }
            )
    return pd.DataFrame(rows)


def _tables(outlets: list[str], per_outlet: int) -> dict[str, pd.DataFrame]:
    units, arts = _corpus(outlets, per_outlet)
    tables = comparison_tables(
        units, None, arts, CODEBOOK.frame_ids, CODEBOOK.target_ids, list(CODEBOOK.sides), seed=1, n_boot=30
    )
    pairs = pd.DataFrame(
        {
            "outlet_a": [outlets[0], outlets[1], outlets[0]],
            "outlet_b": [outlets[1], outlets[1], outlets[-1]],
            "scope": ["cross-outlet", "within-outlet", "cross-outlet"],
        }
    )
    tables["reuse_matrix"] = reuse_matrix(pairs, sorted(outlets))
    tables["reliability"] = _reliability()
    return tables


CORPORA = {"seed": (SEED_OUTLETS, 1), "long_names": (LONG_OUTLETS, 2)}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request):
    outlets, per = CORPORA[request.param]
    return request.param, _tables(outlets, per)


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_every_figure_fits_its_canvas_with_no_overlapping_text(corpus, lang):
    name, tables = corpus
    labels = codebook_labels(CODEBOOK, lang)
    failures = {}
    for fig_name in sorted(FIGURES):
        for width in ("one", "two"):
            fig, _ = render_figure(fig_name, tables, lang=lang, width=width, labels=labels, numbers={"ngram": 5})
            problems = layout_problems(fig)
            if problems:
                failures[f"{name}/{fig_name}/{width}/{lang}"] = problems[:3]
            shown = {w.strip("()") for text in _texts(fig) for w in text.split()}
            assert not shown & RAW_IDS, f"{fig_name} {width} {lang} shows raw ids {shown & RAW_IDS}"
    assert failures == {}


def test_many_outlets_get_a_taller_figure_not_a_squashed_axis():
    few, many = _tables(SEED_OUTLETS[:2], 6), _tables(LONG_OUTLETS, 6)
    h_few = render_figure("frame_profile", few, width="two")[0].get_figheight()
    h_many = render_figure("frame_profile", many, width="two")[0].get_figheight()
    assert h_many > 1.8 * h_few


def test_the_same_quantity_has_the_same_axis_everywhere(corpus):
    _, tables = corpus
    limits = []
    for fig_name in ("frame_profile", "headline_body", "source_mix"):
        for width in ("one", "two"):
            fig, _ = render_figure(fig_name, tables, width=width)
            limits += [(ax.get_xlim(), tuple(ax.get_xticks())) for ax in fig.axes]
    assert len(set(limits)) == 1


def test_small_groups_are_marked_on_the_figure_and_counted_in_the_right_number(corpus):
    name, tables = corpus
    fig, cap = render_figure("frame_profile", tables, width="two")
    texts = _texts(fig)
    assert any("n\u00a0=\u00a01" in t or "n\u00a0=\u00a02" in t for t in texts)
    assert any(t.startswith("open marker") for t in texts)
    if name == "seed":
        assert "ETV Bharat: 1 article, " in cap and "1 articles" not in cap


ROOT = Path(__file__).resolve().parents[1]
BUILDS = {"seed": ROOT / "results", "covid5": ROOT / "results/covid5"}


@pytest.mark.parametrize("build", sorted(BUILDS))
def test_every_figure_of_a_built_corpus_fits_its_canvas(build):
    """The real corpora, not only synthetic ones: whatever a build's tables hold (COVID's 5 outlets
    with Devanagari names, the seeds' unknown-outlet group) every text stays on the canvas."""
    root = BUILDS[build]
    csvs = sorted((root / "tables").glob("*.csv")) + sorted((root / "validation").glob("reliability.csv"))
    if not (root / "tables/frame_profile.csv").is_file():
        pytest.skip(f"needs the {build} build ({root.relative_to(ROOT)}/tables/): run it first")
    tables = read_tables(csvs)
    failures = {}
    for fig_name in sorted(FIGURES):
        for width in ("one", "two"):
            labels = codebook_labels(CODEBOOK, "en")
            fig, _ = render_figure(fig_name, tables, width=width, labels=labels, numbers={"ngram": 5})
            problems = layout_problems(fig)
            if problems:
                failures[f"{build}/{fig_name}/{width}"] = problems[:3]
    assert failures == {}


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_corpus_of_one_outlet_fits_every_figure_with_bars_not_collapsed(lang):
    """One outlet gave the source mix a 0.3 in bar: its layout collapsed, legends over bars, 'Share' off the canvas."""
    outlet = "एकल समाचार"
    units, arts = _corpus([outlet], 8)
    tables = comparison_tables(
        units, None, arts, CODEBOOK.frame_ids, CODEBOOK.target_ids, list(CODEBOOK.sides), seed=1, n_boot=30
    )
    tables["reuse_matrix"] = reuse_matrix(
        pd.DataFrame({"outlet_a": [outlet], "outlet_b": [outlet], "scope": ["within-outlet"]}), [outlet]
    )
    tables["reliability"] = _reliability()
    labels = codebook_labels(CODEBOOK, lang)
    failures = {}
    for fig_name in sorted(FIGURES):
        for width in ("one", "two"):
            fig, cap = render_figure(fig_name, tables, lang=lang, width=width, labels=labels, numbers={"ngram": 5})
            if problems := layout_problems(fig):
                failures[f"{fig_name}/{width}"] = problems[:3]
            if fig_name == "reuse_matrix":
                assert "1 outlet." in cap and "1 outlets" not in cap
    assert failures == {}
