"""Outlet comparisons on small hand-built tables whose answers can be worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from analysis.compare import MIN_ARTICLES, comparison_tables, outlet_test, ratio_bootstrap, write_tables
from analysis.errors import UserError

FRAMES = ["military", "diplomacy", "economy"]
TARGETS = ["ru_pk", "ru_in"]
SIDES = ["russia", "pakistan", "india", "china", "media", "other"]


def unit(doc, uid, role, frames="", voice="outlet", side="", **stance):
    row = {
        "doc_id": doc,
        "unit_id": uid,
        "role": role,
        "para": uid,
        "text": "x",
        "norm": "x",
        "start": 0,
        "end": 1,
        "frames": frames,
        "voice": voice,
        "speaker": "",
        "speaker_side": side,
        "cues": "[]",
        "codebook_version": "1",
    }
    for t in stance.pop("targets", TARGETS):
        row[f"stance_{t}"] = stance.get(t, "none")
    return row


def two_article_corpus():
    """Outlet A: one article, 4 body units; outlet B: one article, 2 body units."""
    units = pd.DataFrame(
        [
            unit("a1", 1, "headline", "economy", ru_pk="against"),
            unit("a1", 2, "body", "military|diplomacy", "quoted", "russia", ru_pk="favor"),
            unit("a1", 3, "body", "military", "reported", "pakistan", ru_pk="favor"),
            unit("a1", 4, "body", "", "outlet", ru_pk="against"),
            unit("a1", 5, "body", "diplomacy", "outlet"),
            unit("b1", 1, "headline", "diplomacy"),
            unit("b1", 2, "body", "diplomacy", "reported", "india", ru_in="favor"),
            unit("b1", 3, "body", "", "outlet"),
        ]
    )
    articles = pd.DataFrame(
        {
            "doc_id": ["a1", "b1"],
            "outlet": ["A", "B"],
            "status": ["ok", "ok"],
            "event": ["visit", "visit"],
            "published": ["2021-04-07", "2021-04-08"],
        }
    )
    return units, articles


@pytest.fixture(scope="module")
def small_tables():
    units, articles = two_article_corpus()
    return comparison_tables(units, None, articles, FRAMES, TARGETS, SIDES, seed=3, n_boot=50)


def test_frame_share_is_body_units_with_frame_over_body_units(small_tables):
    fp = small_tables["frame_profile"].set_index(["outlet", "frame"])
    assert fp.loc[("A", "military"), "share"] == pytest.approx(2 / 4)
    assert fp.loc[("A", "diplomacy"), "share"] == pytest.approx(2 / 4)
    assert fp.loc[("A", "economy"), "share"] == 0  # the headline's frame is not a body frame
    assert fp.loc[("B", "diplomacy"), "share"] == pytest.approx(1 / 2)
    assert fp.loc[("A", "military"), "n_units"] == 4 and fp.loc[("A", "military"), "n_articles"] == 1


def test_dominant_frame_ties_go_to_first_codebook_frame(small_tables):
    dom = small_tables["dominant_frame"].set_index(["outlet", "frame"])
    # A: military 2, diplomacy 2 -> military (listed first)
    assert dom.loc[("A", "military"), "n_dominant"] == 1
    assert dom.loc[("A", "diplomacy"), "n_dominant"] == 0
    assert dom.loc[("B", "diplomacy"), "share"] == 1.0


def test_stance_balance_counts_only_units_taking_a_stance(small_tables):
    sb = small_tables["stance_balance"].set_index(["outlet", "target"])
    a = sb.loc[("A", "ru_pk")]
    assert (a["favor"], a["against"], a["none"]) == (2, 1, 1)
    assert a["balance"] == pytest.approx((2 - 1) / 3)
    assert math.isnan(sb.loc[("B", "ru_pk"), "balance"])
    assert sb.loc[("B", "ru_in"), "balance"] == 1.0


def test_voice_and_source_mix(small_tables):
    vm = small_tables["voice_mix"].set_index(["outlet", "voice"])
    assert vm.loc[("A", "outlet"), "share"] == pytest.approx(0.5)
    assert vm.loc[("A", "quoted"), "share"] == pytest.approx(0.25)
    sm = small_tables["source_mix"].set_index(["outlet", "speaker_side"])
    assert sm.loc[("A", "russia"), "share"] == pytest.approx(0.5)  # of the 2 attributed units
    assert sm.loc[("A", "russia"), "n_units"] == 2
    assert list(small_tables["source_mix"]["speaker_side"].unique()) == SIDES


def test_groups_below_five_articles_are_descriptive_without_p_values(small_tables):
    for name in ("frame_profile", "dominant_frame", "stance_balance", "voice_mix", "source_mix"):
        df = small_tables[name]
        assert df["note"].str.startswith("descriptive only").all(), name
        assert df["ci_low"].isna().all() and df["ci_high"].isna().all(), name
    tests = small_tables["tests"]
    assert tests["p_value"].isna().all()
    assert tests["note"].str.contains("descriptive only").all()


def test_headline_body_gap_per_article(small_tables):
    gap = small_tables["headline_body_gap"].set_index("doc_id")
    assert gap.loc["a1", "headline_frames"] == "economy"
    assert gap.loc["a1", "headline_frames_not_in_body"] == "economy"
    assert gap.loc["a1", "dominant_in_headline"] == False  # noqa: E712
    assert gap.loc["a1", "headline_stance_ru_pk"] == "against"
    assert gap.loc["a1", "body_stance_ru_pk"] == "favor"
    assert gap.loc["a1", "stance_gap_ru_pk"] == True  # noqa: E712
    assert gap.loc["b1", "dominant_in_headline"] == True  # noqa: E712
    by = small_tables["headline_body_by_outlet"].set_index(["outlet", "measure"])
    assert by.loc[("A", "stance_gap_ru_pk"), "share"] == 1.0


def test_headline_body_stance_tie_follows_the_codebook_on_tie_rule():
    # body of a1 on ru_pk: one favor and one against unit (a tie); the headline takes no stance
    units, articles = two_article_corpus()
    units.loc[(units["doc_id"] == "a1") & (units["unit_id"].isin([1, 3])), "stance_ru_pk"] = "none"

    def gap(**kw):
        return comparison_tables(
            units, None, articles, FRAMES, TARGETS, SIDES, seed=3, n_boot=0, only=["headline_body_gap"], **kw
        )["headline_body_gap"].set_index("doc_id")

    default = gap()
    assert default.loc["a1", "body_stance_ru_pk"] == "none"  # as the coder decides a tie by default
    assert default.loc["a1", "stance_gap_ru_pk"] == False  # noqa: E712  (headline none, body none)
    favor = gap(on_tie="favor")
    assert favor.loc["a1", "body_stance_ru_pk"] == "favor"
    assert favor.loc["a1", "stance_gap_ru_pk"] == True  # noqa: E712


def test_comparison_rejects_a_stance_value_outside_the_vocabulary():
    units, articles = two_article_corpus()
    units.loc[0, "stance_ru_pk"] = "mixed"
    with pytest.raises(UserError, match=r"units\.parquet: column stance_ru_pk has values \['mixed'\]"):
        comparison_tables(units, None, articles, FRAMES, TARGETS, SIDES, 1, 10)


def test_by_event_pools_outlets(small_tables):
    ev = small_tables["by_event"]
    row = ev[(ev["measure"] == "frame_share") & (ev["category"] == "diplomacy")].iloc[0]
    assert row["grouping"] == "event" and row["group"] == "visit"
    assert row["value"] == pytest.approx(3 / 6)


def big_corpus(n_a: int, n_b: int, frames=FRAMES, targets=TARGETS):
    """Outlet A always military + favor; outlet B always diplomacy + against."""
    rows, arts = [], []
    for outlet, n, fr, st in (("A", n_a, frames[0], "favor"), ("B", n_b, frames[1], "against")):
        for i in range(n):
            d = f"{outlet}{i:03d}"
            arts.append({"doc_id": d, "outlet": outlet, "status": "ok", "published": f"2020-03-0{1 + i % 2}"})
            rows.append(unit(d, 1, "headline", fr, targets=targets))
            stance = {targets[0]: st}
            rows.append(unit(d, 2, "body", fr, "quoted", "russia", targets=targets, **stance))
            rows.append(unit(d, 3, "body", fr if i % 2 else "", "outlet", targets=targets))
    return pd.DataFrame(rows), pd.DataFrame(arts)


def test_large_groups_get_cis_and_tests():
    units, arts = big_corpus(14, 12)
    t = comparison_tables(units, None, arts, FRAMES, TARGETS, SIDES, seed=1, n_boot=200)
    fp = t["frame_profile"]
    assert fp["note"].eq("").all()
    row = fp[(fp.outlet == "A") & (fp.frame == "military")].iloc[0]
    assert row["ci_low"] <= row["share"] <= row["ci_high"]
    assert row["ci_low"] < row["ci_high"]  # articles differ (1 or 2 framed body units)
    tests = t["tests"].set_index("variable")
    dom = tests.loc["dominant_frame"]
    # perfect separation, 2x2 table [[14,0],[0,12]]: smallest expected 12*12/26 > 5 -> chi-square
    assert dom["test"] == "chi-square"
    assert dom["cramers_v"] == pytest.approx(1.0)
    assert dom["p_value"] == pytest.approx(stats.chi2_contingency([[14, 0], [0, 12]], correction=False)[1])
    st = tests.loc["stance_ru_pk"]
    assert st["test"].startswith("chi-square, article-permutation")
    assert st["p_value"] < 0.05 and st["n_units"] == 52
    assert math.isnan(tests.loc["stance_ru_in", "p_value"])  # only 'none' observed: no test
    # same seed, same numbers
    t2 = comparison_tables(units, None, arts, FRAMES, TARGETS, SIDES, seed=1, n_boot=200)
    pd.testing.assert_frame_equal(t["tests"], t2["tests"])
    pd.testing.assert_frame_equal(t["frame_profile"], t2["frame_profile"])
    assert t["by_event"]["grouping"].iloc[0] == "period"


def test_small_outlet_left_out_of_test_and_named():
    units, arts = big_corpus(12, 10)
    extra_u = pd.DataFrame([unit("C0", 1, "headline"), unit("C0", 2, "body", "economy")])
    extra_a = pd.DataFrame([{"doc_id": "C0", "outlet": "C", "status": "ok", "published": ""}])
    t = comparison_tables(pd.concat([units, extra_u]), None, pd.concat([arts, extra_a]), FRAMES, TARGETS, SIDES, 1, 50)
    dom = t["tests"].set_index("variable").loc["dominant_frame"]
    assert dom["outlets"] == "A|B" and "left out: C" in dom["note"]
    assert not math.isnan(dom["p_value"])


def test_fisher_for_sparse_two_by_two():
    # 5 + 5 articles, dominant frame yes/no: expected counts < 5 -> Fisher exact
    outlets = np.array(["A"] * 5 + ["B"] * 5)
    counts = np.array([[1, 0]] * 4 + [[0, 1]] + [[0, 1]] * 5)
    rec = outlet_test("x", "article", outlets, counts, ["yes", "no"], seed=1, n_perm=10)
    assert rec["test"] == "Fisher exact"
    assert rec["p_value"] == pytest.approx(stats.fisher_exact([[4, 1], [0, 5]])[1])


def test_ratio_bootstrap_resamples_articles():
    num = np.array([[1.0], [1.0], [1.0], [1.0], [1.0]])
    den = np.array([2.0, 2.0, 2.0, 2.0, 2.0])
    ci = ratio_bootstrap(num, den, np.random.default_rng(0), 100)[0]
    assert ci.low == pytest.approx(0.5) and ci.high == pytest.approx(0.5)
    small = ratio_bootstrap(num[: MIN_ARTICLES - 1], den[: MIN_ARTICLES - 1], np.random.default_rng(0), 100)[0]
    assert math.isnan(small.low)


def test_second_codebook_with_other_ids():
    frames, targets, sides = ["alpha", "beta", "gamma"], ["us_cn"], ["usa", "chn"]
    units, arts = big_corpus(6, 6, frames=frames, targets=targets)
    units["speaker_side"] = units["speaker_side"].replace({"russia": "usa"})
    t = comparison_tables(units, None, arts, frames, targets, sides, seed=2, n_boot=20)
    assert list(t["frame_profile"]["frame"].unique()) == frames
    assert list(t["stance_balance"]["target"].unique()) == targets
    assert "stance_gap_us_cn" in t["headline_body_gap"].columns
    assert list(t["source_mix"]["speaker_side"].unique()) == sides


def test_unknown_frame_and_missing_column_are_user_errors():
    units, arts = two_article_corpus()
    bad = units.copy()
    bad.loc[1, "frames"] = "military|sports"
    with pytest.raises(UserError, match="sports"):
        comparison_tables(bad, None, arts, FRAMES, TARGETS, SIDES, 1, 10)
    with pytest.raises(UserError, match="units.parquet.*stance_ru_in"):
        comparison_tables(units.drop(columns="stance_ru_in"), None, arts, FRAMES, TARGETS, SIDES, 1, 10)
    with pytest.raises(UserError, match="not in the articles table"):
        comparison_tables(units, None, arts.iloc[:1], FRAMES, TARGETS, SIDES, 1, 10)


def test_write_tables_is_byte_stable(tmp_path, small_tables):
    write_tables(small_tables, tmp_path / "a")
    write_tables(small_tables, tmp_path / "b")
    names = sorted(p.name for p in (tmp_path / "a").iterdir() if p.is_file())
    assert "frame_profile.csv" in names and "tests.tex" in names
    for n in names:
        assert (tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes()


def _gap_by_article_loop(units, frames, targets, on_tie):
    """The headline–body gap as first written: one filter per article (the definition the
    vectorised `headline_body_gap` must reproduce exactly)."""
    from analysis.compare import dominant_frames
    from analysis.vocab import decide_stance

    dom = dominant_frames(units, None, frames)
    rows = []
    fcols = [f"f_{f}" for f in frames]
    for (outlet, doc), sub in units.groupby(["outlet", "doc_id"], sort=True):
        head, body = sub[sub["role"] == "headline"], sub[sub["role"] == "body"]
        h = [f for f, c in zip(frames, fcols) if head[c].any()]
        b = [f for f, c in zip(frames, fcols) if body[c].any()]
        rec = {
            "doc_id": doc,
            "outlet": outlet,
            "n_headline_units": len(head),
            "n_body_units": len(body),
            "headline_frames": "|".join(h),
            "body_frames": "|".join(b),
            "body_dominant_frame": dom.get(doc, ""),
            "headline_frames_not_in_body": "|".join(f for f in h if f not in b),
            "dominant_in_headline": (dom.get(doc, "") in h) if len(head) and dom.get(doc, "") else pd.NA,
        }
        for t in targets:
            col = f"stance_{t}"
            hs = decide_stance(int((head[col] == "favor").sum()), int((head[col] == "against").sum()), on_tie)
            bs = decide_stance(int((body[col] == "favor").sum()), int((body[col] == "against").sum()), on_tie)
            rec[f"headline_stance_{t}"] = hs if len(head) else ""
            rec[f"body_stance_{t}"] = bs
            rec[f"stance_gap_{t}"] = (hs != bs) if len(head) else pd.NA
        rec["sensational_cues"] = pd.NA
        rec["note"] = "" if len(head) else "no headline unit"
        rows.append(rec)
    return pd.DataFrame(rows)


def random_corpus(seed: int, n_articles: int = 60):
    """Articles with 0-2 headline and 0-6 body units, random frames, stances and outlets."""
    rng = np.random.default_rng(seed)
    rows, arts = [], []
    for k in range(n_articles):
        doc = f"d{k:03d}"
        arts.append(
            {"doc_id": doc, "outlet": "ABC"[rng.integers(3)], "status": "ok", "event": "", "published": "2021-04-07"}
        )
        roles = ["headline"] * rng.integers(0, 3) + ["body"] * rng.integers(0, 7)
        for uid, role in enumerate(roles or ["body"], start=1):
            frames = "|".join(f for f in FRAMES if rng.random() < 0.3)
            stance = {t: ("favor", "against", "none")[rng.integers(3)] for t in TARGETS}
            rows.append(unit(doc, uid, role, frames, **stance))
    return pd.DataFrame(rows), pd.DataFrame(arts)


@pytest.mark.parametrize("seed,on_tie", [(0, "none"), (1, "favor"), (2, "against")])
def test_headline_body_gap_by_group_by_equals_the_per_article_loop(seed, on_tie):
    from analysis.compare import headline_body_gap, prepare_units

    units, articles = random_corpus(seed)
    prepared = prepare_units(units, articles, FRAMES, TARGETS, SIDES)
    fast = headline_body_gap(prepared, None, FRAMES, TARGETS, on_tie)
    slow = _gap_by_article_loop(prepared, FRAMES, TARGETS, on_tie)
    pd.testing.assert_frame_equal(fast, slow)
    assert (fast["n_headline_units"] == 0).any() and fast["dominant_in_headline"].isna().any()


def test_tables_from_only_the_columns_the_comparison_reads_are_the_same(tmp_path):
    from analysis.compare import input_columns
    from analysis.tables import read_parquet_columns, write_parquet

    units, arts = big_corpus(14, 12)
    arts = arts.assign(text="body text", title="t")  # columns the comparison never reads
    coded = pd.DataFrame({"doc_id": arts["doc_id"], "dominant_frame": FRAMES[0], "sensational_cues": 1, "x": 0})
    write_parquet(units, tmp_path / "units.parquet")
    write_parquet(arts, tmp_path / "articles.parquet")
    write_parquet(coded, tmp_path / "coded.parquet")
    cols = input_columns(TARGETS)
    narrow = [
        read_parquet_columns(tmp_path / f"{name}.parquet", cols[key])
        for name, key in (("units", "coded_units"), ("coded", "coded_articles"), ("articles", "articles"))
    ]
    assert "text" not in narrow[0].columns and "text" not in narrow[2].columns and "x" not in narrow[1].columns
    whole = comparison_tables(units, coded, arts, FRAMES, TARGETS, SIDES, seed=1, n_boot=50)
    read = comparison_tables(*narrow, FRAMES, TARGETS, SIDES, seed=1, n_boot=50)
    assert whole.keys() == read.keys()
    for name in whole:
        pd.testing.assert_frame_equal(whole[name], read[name], check_dtype=False)


def test_a_column_the_file_lacks_is_named_by_validation(tmp_path):
    from analysis.compare import input_columns
    from analysis.tables import read_parquet_columns, write_parquet

    units, arts = big_corpus(2, 2)
    write_parquet(units.drop(columns="voice"), tmp_path / "units.parquet")
    narrow = read_parquet_columns(tmp_path / "units.parquet", input_columns(TARGETS)["coded_units"])
    with pytest.raises(UserError, match="missing columns.*voice"):
        comparison_tables(narrow, None, arts, FRAMES, TARGETS, SIDES, 1, 10)


def test_ratio_bootstrap_summed_a_few_resamples_at_a_time_gives_the_same_intervals(monkeypatch):
    import analysis.compare as compare

    rng = np.random.default_rng(5)
    num, den = rng.integers(0, 4, size=(40, 3)).astype(float), rng.integers(1, 6, size=40).astype(float)
    whole = ratio_bootstrap(num, den, np.random.default_rng(1), 300)
    monkeypatch.setattr(compare, "BOOT_BLOCK_CELLS", 40 * 3 * 7)  # 7 resamples a block: 43 blocks
    assert ratio_bootstrap(num, den, np.random.default_rng(1), 300) == whole


def _intervals_drawn_at_once(num, den, seed, n_boot):
    """The intervals as first written: every resample drawn at once, each total a plain sum."""
    from analysis.compare import Interval
    from analysis.stats import percentile_ci, resample_indices

    idx = resample_indices(np.random.default_rng(seed), num.shape[0], n_boot)
    dens = den[idx].sum(axis=1)
    vals = num[idx].sum(axis=1) / (dens[:, None] if dens.ndim == 1 else dens)
    return [Interval(*percentile_ci(vals[:, j])[:2]) for j in range(num.shape[1])]


@pytest.mark.parametrize("columns", [1, 3, 8])
@pytest.mark.parametrize("denominator", ["ones", "row sums", "other", "per category"])
def test_ratio_bootstrap_gives_the_intervals_of_plain_sums_of_all_resamples(columns, denominator):
    """Whichever way the totals are made (gather, weight matrix, a constant or partitioning
    denominator not drawn again), the intervals are those of the plain sums, to the bit."""
    rng = np.random.default_rng(columns)
    num = rng.integers(0, 4, size=(60, columns)).astype(float)
    den = {
        "ones": np.ones(60),
        "row sums": num.sum(axis=1),
        "other": num.sum(axis=1) + rng.integers(0, 3, size=60),
        "per category": num + rng.integers(0, 3, size=(60, columns)),
    }[denominator]
    assert ratio_bootstrap(num, den, np.random.default_rng(9), 250) == _intervals_drawn_at_once(num, den, 9, 250)


def test_ratio_bootstrap_of_fractional_values_takes_the_gather_path_with_the_same_draws():
    rng = np.random.default_rng(6)
    num, den = rng.integers(0, 4, size=(30, 2)).astype(float), rng.integers(1, 6, size=30).astype(float)
    whole = ratio_bootstrap(num, den, np.random.default_rng(2), 200)
    halves = ratio_bootstrap(num / 2, den / 2, np.random.default_rng(2), 200)  # not whole: summed as drawn
    np.testing.assert_allclose([i.low for i in halves], [i.low for i in whole], rtol=1e-12)
    np.testing.assert_allclose([i.high for i in halves], [i.high for i in whole], rtol=1e-12)


def test_doc_counts_is_the_crosstab_reindexed_to_documents_and_values():
    from analysis.compare import doc_counts

    rng = np.random.default_rng(7)
    docs = pd.Series(rng.choice(["d1", "d2", "d3", "x"], 200))
    vals = pd.Series(rng.choice(["favor", "against", "none", "other"], 200))
    index, columns = pd.Index(["d3", "d1", "d2", "d9"]), ["none", "favor", "against"]
    want = pd.crosstab(docs, vals).reindex(index=index, columns=columns, fill_value=0).fillna(0).to_numpy(float)
    assert doc_counts(docs, vals, index, columns).tolist() == want.tolist()
