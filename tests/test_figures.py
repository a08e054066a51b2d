"""Figures: every figure renders in English and Hindi, at both widths, byte-identically."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib import font_manager
from matplotlib.font_manager import FontProperties

from analysis.errors import UserError
from analysis.figures import (
    DEVANAGARI_FAMILY,
    FIGURES,
    figure_bytes,
    render_all,
    render_figure,
    save_figure,
    write_figure,
)

ROOT = Path(__file__).resolve().parents[1]
OUTLETS = ["ETV Bharat", "India TV", "अमर उजाला"]
NUMBERS = {"ngram": 5}  # what captions take from the config (reuse.ngram)


def _prof(cat_col, cats, value="share", n=6):
    rows = []
    for i, o in enumerate(OUTLETS):
        for j, c in enumerate(cats):
            v = ((i + 1) * (j + 2)) % 7 / 10
            rows.append(
                {
                    "outlet": o,
                    cat_col: c,
                    "n_articles": n if i else 2,
                    "n_units": 40 + i,
                    "count": 3,
                    value: v,
                    "ci_low": np.nan if i == 0 else v - 0.05,
                    "ci_high": np.nan if i == 0 else v + 0.05,
                    "note": "descriptive only: 2 articles (<5), no CI or test" if i == 0 else "",
                }
            )
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def tables():
    sb = _prof("target", ["ru_pk", "ru_in"], "balance")
    sb["favor"], sb["against"] = 3, 1
    rel = pd.DataFrame(
        {
            "variable": ["frames", "frames", "voice", "voice"],
            "statistic": "alpha",
            "value": [0.7, 0.55, 0.9, 0.8],
            "ci_low": [0.6, np.nan, 0.85, 0.7],
            "ci_high": [0.8, np.nan, 0.95, 0.9],
            "n": [120, 30, 120, 30],
            "group": ["development", "held-out"] * 2,
            "band": "",
        }
    )
    m = pd.DataFrame([[2, 1, 0], [1, 0, 3], [0, 3, 1]], index=OUTLETS, columns=OUTLETS)
    return {
        "frame_profile": _prof("frame", ["military", "diplomacy", "regional"]),
        "stance_balance": sb,
        "voice_mix": _prof("voice", ["outlet", "quoted", "reported"]),
        "source_mix": _prof("speaker_side", ["russia", "pakistan", "india"]),
        "headline_body_by_outlet": _prof("measure", ["dominant_in_headline", "stance_gap_ru_pk"]),
        "reuse_matrix": m,
        "reliability": rel,
    }


HINDI = {"military": "सैन्य", "diplomacy": "कूटनीति", "regional": "क्षेत्रीय स्थिरता", "ru_pk": "रूस–पाकिस्तान"}


@pytest.mark.parametrize("name", sorted(FIGURES))
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_each_figure_renders_byte_identically_twice(tables, name, lang):
    for width in ("one", "two"):
        labels = HINDI if lang == "hi" else None
        fig1, cap1 = render_figure(name, tables, lang=lang, width=width, labels=labels, numbers=NUMBERS)
        fig2, cap2 = render_figure(name, tables, lang=lang, width=width, labels=labels, numbers=NUMBERS)
        assert fig1.get_figwidth() == {"one": 3.5, "two": 7.0}[width]
        assert cap1 == cap2 and ("n" in cap1)
        for fmt in ("pdf", "png", "svg"):
            b1, b2 = figure_bytes(fig1, fmt), figure_bytes(fig2, fmt)
            assert b1 == b2, f"{name} {lang} {width} {fmt} differs between builds"


def test_outputs_carry_no_dates_or_software_strings(tables, tmp_path):
    fig, cap = render_figure("frame_profile", tables, lang="hi", width="two", labels=HINDI)
    paths = save_figure(fig, tmp_path / "frame_profile", cap)
    assert sorted(p.name for p in paths) == [
        "frame_profile.caption.txt",
        "frame_profile.pdf",
        "frame_profile.png",
        "frame_profile.svg",
    ]
    pdf = (tmp_path / "frame_profile.pdf").read_bytes()
    png = (tmp_path / "frame_profile.png").read_bytes()
    svg = (tmp_path / "frame_profile.svg").read_text(encoding="utf-8")
    for token in (b"CreationDate", b"Producer", b"Creator", b"Matplotlib"):
        assert token not in pdf
    assert b"Software" not in png and b"tEXt" not in png
    assert "<dc:date>" not in svg and "Matplotlib" not in svg
    assert b"/FontFile2" in pdf and b"/Subtype /Type3" not in pdf  # TrueType embedded (fonttype 42)
    assert b"NotoSansDevanagari" in pdf  # Hindi labels use the Devanagari font
    assert int.from_bytes(png[16:20], "big") == 2100  # IHDR width: 7 in at 300 dpi
    assert "outlet" in (tmp_path / "frame_profile.caption.txt").read_text(encoding="utf-8")


def test_captions_state_n(tables):
    _, cap = render_figure("frame_profile", tables)
    assert "India TV: 6 articles, 41 units" in cap and "fewer than 5 articles" in cap
    _, cap = render_figure("reliability", tables)
    assert "Development documents: n = 120" in cap and "Held-out documents: n = 30" in cap  # as its legend names them
    _, cap = render_figure("reuse_matrix", tables, numbers=NUMBERS)
    assert "(3 in all)" in cap and "(4 in all)" in cap  # diagonal 2+0+1; off-diagonal 1+0+3


def test_captions_state_the_numbers_they_are_given(tables):
    _, cap = render_figure("reuse_matrix", tables, numbers={"ngram": 7})
    assert "(7-word shingles" in cap
    _, cap = render_figure("reliability", tables)
    assert "dotted lines at 0.667 and 0.8 (tentative and reliable conclusions)" in cap
    _, cap = render_figure("stance_balance", tables)
    assert cap.endswith(
        " Groups with fewer than 5 articles are shown descriptively (open markers, no interval, no test)."
    )


def test_caption_without_its_config_number_is_a_user_error(tables):
    with pytest.raises(UserError, match=r"reuse_matrix: its caption needs \['ngram'\]"):
        render_figure("reuse_matrix", tables)


def test_devanagari_font_registered_at_import():
    path = font_manager.findfont(FontProperties(family=DEVANAGARI_FAMILY), fallback_to_default=False)
    assert "NotoSansDevanagari" in Path(path).name


def test_same_bytes_in_a_fresh_process(tables, tmp_path):
    """SVG ids and PDF subsets must not depend on process state (hash seeds, font caches)."""
    script = (
        "import sys, pandas as pd\n"
        "from analysis.figures import render_figure, figure_bytes\n"
        "m = pd.DataFrame([[2,1],[1,0]], index=['A','B'], columns=['A','B'])\n"
        "fig, _ = render_figure('reuse_matrix', {'reuse_matrix': m}, lang='hi', width='one', numbers={'ngram': 5})\n"
        "open(sys.argv[1], 'wb').write(figure_bytes(fig, 'svg') + figure_bytes(fig, 'pdf'))\n"
    )
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        subprocess.run(
            [sys.executable, "-c", script, str(out)],
            check=True,
            cwd=ROOT,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_render_all_writes_each_family(tables, tmp_path):
    paths = render_all(tables, tmp_path, lang="en", numbers=NUMBERS)
    names = {p.name for p in paths}
    for name in FIGURES:
        assert f"{name}.pdf" in names and f"{name}.caption.txt" in names and f"{name}.tex" in names
    assert "frame_profile_onecol.png" in names and "reuse_matrix_twocol.png" not in names


def test_bad_arguments_are_user_errors(tables):
    with pytest.raises(UserError, match="language"):
        render_figure("frame_profile", tables, lang="fr")
    with pytest.raises(UserError, match="width"):
        render_figure("frame_profile", tables, width="three")
    with pytest.raises(UserError, match="missing input tables"):
        render_figure("source_mix", {"voice_mix": tables["voice_mix"]})
    with pytest.raises(UserError, match="unknown figure"):
        render_figure("pie", tables)


def test_a_figure_job_imports_no_statistics_stack():
    # MIN_ARTICLES lives in analysis.stats: drawing a figure does not import compare's scipy (~1 s a job)
    code = "import sys, analysis.figures; print([m for m in ('scipy', 'analysis.compare') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_figure_labels_are_the_loaded_codebooks_labels(cb, lang):
    from analysis.figures import figure_labels
    from analysis.labels import codebook_labels

    labels = figure_labels(ROOT / "config" / "codebook.yaml", lang)
    assert labels == codebook_labels(cb, lang)
    assert any(k.startswith("frame:") for k in labels) and any(k.startswith("target:") for k in labels)


def test_figure_labels_of_a_codebook_without_frames_names_the_file(tmp_path):
    from analysis.figures import figure_labels

    bad = tmp_path / "codebook.yaml"
    bad.write_text("version: 1\nname: x\nstance:\n  targets: []\n", encoding="utf-8")
    with pytest.raises(UserError, match="codebook.yaml"):
        figure_labels(bad, "en")


def test_figure_jobs_end_together_given_when_their_tables_come():
    from analysis import catalog
    from analysis.workflow import FIGURE_SECONDS, LATE_TABLES, figure_groups

    groups = figure_groups(list(catalog.FIGURES))
    assert sorted(f.name for g in groups for f in g) == sorted(f.name for f in catalog.FIGURES)
    waits = [{t for f in g for t in set(f.reads) & LATE_TABLES.keys()} for g in groups]
    assert all(len(w) <= 1 for w in waits)  # no job waits for both the reuse and the reliability tables
    ends = [
        max((LATE_TABLES[t] for t in w), default=0.0) + sum(FIGURE_SECONDS[f.name] for f in g)
        for g, w in zip(groups, waits)
    ]
    # the last job ends no later than with the old deal (late figures apart, the rest largest first)
    assert max(ends) <= 1.1 + 1.8 + 1.6 + 1.35 + 1e-9
    assert figure_groups(list(catalog.FIGURES)) == groups  # the same deal every time


def test_a_figure_jobs_labels_import_no_codebook_compiler():
    # the labels are read from the YAML: no schema checker, no cue automaton (~0.3 s CPU of a figure job)
    code = (
        "import sys; from analysis.figures import figure_labels; figure_labels('config/codebook.yaml', 'en'); "
        "print([m for m in ('analysis.codebook', 'jsonschema', 'ahocorasick') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def _many_pairings(k: int) -> pd.DataFrame:
    """Alpha rows of `k` coder-vs-reference pairings, one held-out sample, two variables."""
    rows = [
        {
            "variable": v,
            "statistic": "alpha",
            "value": 0.5 + i / (3 * k),
            "ci_low": 0.4,
            "ci_high": 0.9,
            "n": 135,
            "group": "held-out",
            "comparison": f"coder-vs-ref{i}",
            "band": "",
        }
        for i in range(k)
        for v in ("voice", "speaker")
    ]
    return pd.DataFrame(rows)


def test_reliability_with_many_pairings_is_a_grid_one_line_per_pairing():
    from matplotlib.image import AxesImage

    few_fig, few_cap = render_figure("reliability", {"reliability": _many_pairings(3)})
    many_fig, many_cap = render_figure("reliability", {"reliability": _many_pairings(15)})
    assert not any(isinstance(a, AxesImage) for a in few_fig.axes[0].get_children())
    assert any(isinstance(a, AxesImage) for a in many_fig.axes[0].get_children())
    grid = many_fig.axes[0]
    variables = _many_pairings(15)["variable"].nunique()
    # pairings down the page (they grow with every coding round), the variables across: one cell each
    assert (len(grid.get_yticklabels()), len(grid.get_xticklabels())) == (15, variables)
    assert len(grid.texts) == 15 * variables
    assert "15 in all" in many_cap and "95% bootstrap intervals are in the validation table" in many_cap
    assert "dotted lines" in few_cap
    cells = {t.get_text() for t in many_fig.axes[0].texts}
    assert ".50" in cells and ".81" in cells  # the values (0.5 and 0.811), as the grid prints them
    again, _ = render_figure("reliability", {"reliability": _many_pairings(15)})
    assert figure_bytes(many_fig, "png") == figure_bytes(again, "png")


def _every_cell_measured(fig):
    """The figure as it was before its inner cell numbers left the layout: every text measured."""
    for ax in fig.axes:
        for text in ax.texts:
            text.set_in_layout(True)
    return fig


def _wide_reuse_matrix(k: int = 9) -> pd.DataFrame:
    """k outlets with four-digit counts: at one column, numbers nearly as wide as their cells."""
    names = [f"outlet {i}" for i in range(k)]
    return pd.DataFrame(np.arange(k * k).reshape(k, k) * 137, index=names, columns=names)


@pytest.mark.parametrize(
    "name, grid_tables",
    [
        ("reliability", lambda t: {"reliability": _many_pairings(15)}),
        ("reuse_matrix", lambda t: {"reuse_matrix": t["reuse_matrix"]}),
        ("reuse_matrix", lambda t: {"reuse_matrix": _wide_reuse_matrix()}),
    ],
)
def test_a_grids_inner_numbers_leave_the_layout_and_no_byte_changes(tables, name, grid_tables):
    def draw():
        return render_figure(name, grid_tables(tables), width="one", numbers=NUMBERS)[0]

    fig = draw()
    grid = fig.axes[0]
    rows, cols = len(grid.get_yticklabels()), len(grid.get_xticklabels())
    measured = [t.get_in_layout() for t in grid.texts]
    assert len(measured) == rows * cols and sum(measured) == 2 * (rows + cols) - 4  # the edge cells only
    before = _every_cell_measured(draw())
    for fmt in ("png", "pdf", "svg"):
        assert figure_bytes(fig, fmt) == figure_bytes(before, fmt)


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_stance_panel_with_no_stance_anywhere_says_so_instead_of_staying_empty(tables, lang):
    from analysis.figures import stance_balance_figure
    from analysis.labels import WORDS

    none = tables["stance_balance"].assign(balance=np.nan, ci_low=np.nan, ci_high=np.nan, favor=0, against=0)
    said = [t.get_text() for t in stance_balance_figure(none, lang).axes[0].texts]
    assert said == [WORDS[lang]["no_stance"]]
    assert len(stance_balance_figure(tables["stance_balance"], lang).axes[0].texts) == 0


def test_a_stance_panel_with_no_dot_keys_no_open_marker_in_its_legend(tables):
    # a monsoon corpus of four small outlets: no unit takes a stance, so no open marker is drawn
    from analysis.figures import stance_balance_figure

    def legend(df):
        fig = stance_balance_figure(df)
        return " ".join(
            t.get_text() for lg in [*fig.legends, *(ax.get_legend() for ax in fig.axes)] if lg for t in lg.get_texts()
        )

    small = tables["stance_balance"].assign(note="descriptive only: 4 articles (<5), no CI or test")
    assert "open marker" in legend(small)
    assert "open marker" not in legend(small.assign(balance=np.nan, ci_low=np.nan, ci_high=np.nan))


def test_reliability_legend_keys_open_markers_only_when_one_is_drawn():
    from analysis.figures import reliability_figure
    from analysis.labels import WORDS

    def legend_texts(values, lows):
        rel = pd.DataFrame(
            {
                "variable": ["voice", "frame_terrorism"],
                "statistic": "alpha",
                "value": values,
                "ci_low": lows,
                "ci_high": [0.95, np.nan],
                "n": [120, 120],
                "group": "held-out",
                "band": "",
            }
        )
        return " ".join(t.get_text() for t in reliability_figure(rel).legends[0].get_texts()).replace("\n", " ")

    key = WORDS["en"]["no_ci"]
    assert key not in legend_texts([0.9, np.nan], [0.85, np.nan])  # the undefined alpha draws no dot
    assert key in legend_texts([0.9, 0.7], [0.85, np.nan])  # a drawn alpha without its interval


def test_the_source_mix_caption_speaks_of_bars_not_markers_or_whiskers(tables):
    """The source mix is stacked bars: its caption named open markers and whiskers it never draws."""
    _, cap = render_figure("source_mix", tables)
    assert "marker" not in cap and "Whisker" not in cap
    assert cap.endswith(
        " Bars draw shares only; outlets with fewer than 5 articles carry their n by their name"
        " and are shown descriptively (no interval, no test)."
    )
    large = {k: v.assign(note="") for k, v in tables.items() if k in ("voice_mix", "source_mix")}
    _, cap = render_figure("source_mix", {**tables, **large})
    assert "marker" not in cap and "Whisker" not in cap
    assert cap.endswith(
        " their 95% bootstrap intervals (articles resampled within outlet) are in the tables voice_mix and source_mix."
    )


def _coding_rounds(k: int, variables: int = 10) -> pd.DataFrame:
    """Alpha rows of `k` pairings over `variables` variables: the coder with people read while tuning
    (even ids) or not, and every third pairing two people with each other; one variable undefined in one."""
    rows = [
        {"variable": f"var{j}", "statistic": "alpha", "value": ((7 * i + 3 * j) % 20) / 20 - 0.1}
        | {"ci_low": 0.1, "ci_high": 0.9, "n": 135, "group": "held-out", "band": ""}
        | {"comparison": f"p{i}-vs-p{i + 1}" if i % 3 == 0 else f"coder-vs-p{i}"}
        for i in range(k)
        for j in range(variables)
    ]
    rows[1]["value"] = float("nan")
    return pd.DataFrame(rows)


ROUNDS_VALIDATION = {
    "development_docs": [],
    "heldout_sample": "out-of-sample",
    "development_coders": [f"p{i}" for i in range(0, 200, 2)],
}


def _texts(fig) -> list:
    """Every text the figure prints: tick labels, axis labels, cell numbers, legend entries."""
    return [t for t in fig.findobj(lambda a: hasattr(a, "get_fontsize") and hasattr(a, "get_text")) if t.get_text()]


@pytest.mark.parametrize("k, variables", [(20, 7), (20, 10), (54, 10), (120, 10), (120, 3)])
def test_a_reliability_figure_of_many_rounds_fits_a_page_unshrunk_with_type_of_6_pt(k, variables):
    """COVID's grid of 54 pairings was 12.2 in tall: the LaTeX snippet shrank it to 0.8 of the text height,
    its numbers to 2.7 pt. Any number of pairings now fits 0.8 of a one-column article's text height
    (5.8 in) at its drawn size, so no text is set below 6 pt on the page."""
    from analysis.figstyle import layout_problems
    from analysis.figures import PAGE_FIGURE_INCHES

    rel = _coding_rounds(k, variables)
    for width, page_width in (("one", 3.5), ("two", 7.0)):
        fig, _ = render_figure("reliability", {"reliability": rel}, width=width, validation=ROUNDS_VALIDATION)
        w, h = fig.get_size_inches()
        assert w == pytest.approx(page_width, abs=0.01) and h <= PAGE_FIGURE_INCHES, (width, h)
        assert min(t.get_fontsize() for t in _texts(fig)) >= 6.0
        assert layout_problems(fig) == []


def test_a_reliability_grid_that_fits_stays_a_grid_of_6_pt_numbers_one_cell_per_pairing():
    fig, cap = render_figure("reliability", {"reliability": _coding_rounds(20, 7)}, validation=ROUNDS_VALIDATION)
    grid = fig.axes[0]
    assert (len(grid.get_yticklabels()), len(grid.get_xticklabels())) == (20, 7) and len(grid.texts) == 20 * 7
    assert {t.get_fontsize() for t in grid.texts} == {6.0}
    row = grid.get_window_extent().height / fig.dpi / 20
    assert row >= 2.2 * 6.0 / 72  # a cell's number still has a line and a half of room
    assert "20 in all" in cap


@pytest.mark.parametrize("k, variables", [(54, 10), (120, 10), (20, 10)])
def test_too_many_pairings_or_variables_for_a_grid_draw_each_pairing_once_on_its_variables_row(k, variables):
    """Past a page of rows (or a column of cells) each variable gets a row, each pairing a dot on it,
    grouped by what is compared (in-sample, out-of-sample, people) with each group's median."""
    rel = _coding_rounds(k, variables)
    fig, cap = render_figure("reliability", {"reliability": rel}, validation=ROUNDS_VALIDATION)
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == variables and not ax.images
    groups = [line for line in ax.lines if line.get_label() and not line.get_label().startswith("_")]
    drawn = sum(len(line.get_xdata()) for line in groups)
    assert drawn == rel["value"].notna().sum()  # every defined alpha of every pairing, once
    people = k // 3 + (k % 3 > 0)
    in_sample = sum(1 for i in range(k) if i % 3 and i % 2 == 0)
    keyed = [t.get_text().replace("\n", " ") for t in fig.legends[0].get_texts()]
    assert keyed == [
        f"coder vs in-sample reference ({in_sample})",
        f"coder vs out-of-sample reference ({k - people - in_sample})",
        f"people with each other ({people})",
        "median of a group",
    ]
    assert f"for {k} pairings of coders, one dot per pairing" in cap and "validation table" in cap


def _rounds_of_coding() -> pd.DataFrame:
    """Alpha rows of the coder with eight people (ab, cd, ... read while tuning or not) and of two people together."""
    people = ["ab", "cd", "ef", "gh", "ij", "kl", "mn", "op"]
    rows = [
        {"variable": v, "statistic": "alpha", "value": 0.7, "ci_low": 0.5, "ci_high": 0.9, "n": 40, "group": g}
        | {"comparison": c, "band": ""}
        for c in [f"coder-vs-{p}" for p in people] + ["ab-vs-cd"]
        for g in ("held-out", "all")
        for v in ("voice", "speaker")
    ]
    return pd.DataFrame(rows)


def test_reliability_rows_say_in_sample_for_coders_read_while_tuning_as_the_tables_do():
    """The COVID grid stood under 'Held-out sample' while its tables called 26 of its coders in-sample."""
    from analysis.reliability_summary import config_samples, summarise

    rel = _rounds_of_coding()
    validation = {"development_docs": [], "heldout_sample": "out-of-sample", "development_coders": ["ab", "ef"]}
    fig, _ = render_figure("reliability", {"reliability": rel}, validation=validation)
    rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert rows[:3] == ["coder vs ab (in-sample)", "coder vs cd (out-of-sample)", "coder vs ef (in-sample)"]
    assert rows[-1] == "ab vs cd"  # people with each other: not the coder's agreement, no sample
    assert "sample" not in fig.axes[0].get_ylabel()  # the axis names documents: 'Held-out documents'
    samples, coders = config_samples(validation, list(dict.fromkeys(rel["group"])))
    tables = summarise(rel, "mine", samples, coders).drop_duplicates("source")
    assert [f"coder vs {s[6:-1]} ({t})" for s, t in zip(tables["source"], tables["sample"])] == rows[:-1]


def test_reliability_legend_of_a_study_whose_held_out_documents_were_read_says_in_sample():
    """The seed study read its held-out documents too (heldout_sample: in-sample): its legend said 'Held-out sample'."""
    rel = _rounds_of_coding().query("comparison == 'coder-vs-ab'").copy()
    rel = pd.concat([rel, rel.query("group == 'all'").assign(group="development", n=20)], ignore_index=True)
    validation = {"development_docs": ["d1"], "heldout_sample": "in-sample", "development_coders": []}
    fig, _ = render_figure("reliability", {"reliability": rel}, validation=validation)
    keys = [t.get_text() for t in fig.legends[0].get_texts()]
    assert keys == ["Development documents (in-sample)", "Held-out documents (in-sample)", "All units (in-sample)"]
    out = {**validation, "heldout_sample": "out-of-sample"}
    fig, _ = render_figure("reliability", {"reliability": rel}, validation=out)
    keys = [t.get_text() for t in fig.legends[0].get_texts()]
    assert keys[1:] == ["Held-out documents (out-of-sample)", "All units (in- and out-of-sample)"]
    fig, _ = render_figure("reliability", {"reliability": rel}, lang="hi", validation=validation)
    assert "इन-सैंपल" in fig.legends[0].get_texts()[0].get_text()


def test_reliability_caption_names_its_rows_as_the_figure_labels_them():
    """It said 'by sample' and 'held-out: n = …; all: n = …' under rows labelled 'coder vs ab (in-sample)'
    on a grid that draws no 'all' row."""
    rel = _rounds_of_coding()
    validation = {"development_docs": [], "heldout_sample": "out-of-sample", "development_coders": ["ab"]}
    _, cap = render_figure("reliability", {"reliability": rel}, validation=validation)
    assert "by sample" not in cap and "all: n" not in cap and "All units" not in cap
    assert cap.endswith("Units: Held-out documents: n = 40.")
    assert "in-sample where its units were read while the rules were tuned, out-of-sample where not" in cap
    _, untagged = render_figure("reliability", {"reliability": rel})  # no config: the figure labels no sample
    assert "in-sample" not in untagged
    _, grid = render_figure("reliability", {"reliability": _many_pairings(12)}, validation=validation)
    assert "per pairing of coders (rows, 12 in all) and coded variable (columns); the coder's agreement" in grid


@pytest.mark.skipif(
    shutil.which("xelatex") is None,
    reason="xelatex not installed: apt-get install texlive-xetex texlive-latex-extra (CI does)",
)
def test_a_figure_tex_compiles_with_its_caption_escaped_labelled_and_fitted_to_the_page(tables, tmp_path):
    """A figure had only a plain-text caption: its outlet names in Devanagari, '_' and '%' broke \\caption."""
    from analysis.latex import compile_demo, latex_escape, write_support

    paths = write_figure("frame_profile", tables, tmp_path / "figs")
    snippet = (tmp_path / "figs/frame_profile.tex").read_text(encoding="utf-8")
    caption = (tmp_path / "figs/frame_profile.caption.txt").read_text(encoding="utf-8").strip()
    assert tmp_path / "figs/frame_profile_onecol.tex" in paths and r"\begin{figure*}" in snippet  # 7 in: both columns
    assert latex_escape(caption) in snippet and r"\textdeva{अमर उजाला}" in snippet  # the one caption, escaped
    write_support(tmp_path / "tables")
    write_figure("reliability", {"reliability": _many_pairings(60)}, tmp_path / "figs")  # taller than a page
    (tmp_path / "all_tables.tex").write_text(
        "\\documentclass[twocolumn]{article}\\usepackage{graphicx}\\input{tables/preamble.tex}\\begin{document}"
        "\\input{figs/frame_profile.tex}\\input{figs/frame_profile_onecol.tex}\\input{figs/reliability.tex}"
        "Figure~\\ref{fig:frame_profile}.\\end{document}\n",
        encoding="utf-8",
    )
    done = compile_demo(tmp_path)
    log = (tmp_path / "all_tables.log").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0 and done.errors == () and done.missing_glyphs == 0, log[-2000:]
    assert [w for w in done.overfull if w > 1.0] == [] and "Float too large" not in log
    assert "newlabel{fig:frame_profile}" in (tmp_path / "all_tables.aux").read_text(encoding="utf-8")
