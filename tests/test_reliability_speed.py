"""The fast reliability bootstrap gives the very floats of the slow one (issue #15).

The validate job computes Krippendorff's alpha of 2,000 resamples per variable and comparison from
value totals instead of calling the library per resample, and computes a comparison once when two
groups select the same rows. These examples check, on codes made up to hit the awkward cases (many
coders, missing values, units coded by one coder, a variable with one value, resamples where alpha is
undefined, a domain of many categories), that every value is bit for bit what the library gives.
"""

from __future__ import annotations

import krippendorff
import numpy as np
import pandas as pd
import pytest

from analysis import reliability, stats
from analysis.reference import align, split_frames
from analysis.reliability import reliability_table
from analysis.stats import draw_counts, nominal_alpha, nominal_alpha_resampled, resample_indices
from tests.test_reliability import FRAMES, TARGETS, _three_coders


def library_alpha(data: np.ndarray) -> float:
    """The old path: `krippendorff.alpha` itself, NaN where no unit has two values or one category occurs."""
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    values = data[:, pairable]
    if not pairable.any() or np.unique(values[~np.isnan(values)]).size < 2:
        return float("nan")
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def made_up_codes(rng, coders: int, units: int, categories: int, sizes=(1, 2, 3, 5)) -> np.ndarray:
    """Coders x units codes where each unit is coded by a number of coders drawn from `sizes`, NaN elsewhere."""
    data = np.full((coders, units), np.nan)
    for u in range(units):
        who = rng.choice(coders, size=min(coders, int(rng.choice(sizes))), replace=False)
        data[who, u] = rng.integers(0, categories, size=who.size)
    return data


@pytest.mark.parametrize(
    "coders,categories,units",
    [(2, 2, 16), (3, 3, 20), (5, 4, 30), (8, 3, 40), (8, 12, 60), (9, 40, 80)],
)
def test_alpha_of_every_resample_is_the_library_float_with_many_coders_and_missing_codes(coders, categories, units):
    rng = np.random.default_rng(coders * 1000 + categories)
    sizes = (1, 2, 3, 5, 9) if coders >= 9 else (1, 2, 3, 5)
    data = made_up_codes(rng, coders, units, categories, sizes)
    draws = resample_indices(rng, units, 400)
    fast = nominal_alpha_resampled(data, draws, draw_counts(draws, units).astype(float))
    slow = np.array([library_alpha(data[:, d]) for d in draws])
    np.testing.assert_array_equal(fast, slow)  # bit for bit, NaN in the same places
    assert np.isfinite(fast).sum() > 200
    assert nominal_alpha(data)[0] == library_alpha(data)


def test_resamples_of_single_coder_units_or_one_category_are_undefined_as_in_the_library():
    # units 0-2 coded by one coder only; units 3-4 coded by two who agree on category 1
    data = np.array([[0, np.nan, 2, 1, 1], [np.nan, 1, np.nan, 1, 1], [np.nan] * 5])
    rng = np.random.default_rng(4)
    draws = resample_indices(rng, 5, 500)
    fast = nominal_alpha_resampled(data, draws)
    slow = np.array([library_alpha(data[:, d]) for d in draws])
    np.testing.assert_array_equal(fast, slow)
    # pairable units carry one category whatever the draw, so alpha is undefined on every resample
    assert np.isnan(fast).all()


def test_undefined_and_defined_resamples_mix_where_a_few_units_carry_the_disagreement():
    data = np.array([[0, 0, 1, np.nan, 0, 1], [0, 1, 1, 2, np.nan, 1]])
    rng = np.random.default_rng(9)
    draws = resample_indices(rng, 6, 800)
    fast = nominal_alpha_resampled(data, draws)
    slow = np.array([library_alpha(data[:, d]) for d in draws])
    np.testing.assert_array_equal(fast, slow)
    assert np.isnan(fast).any() and np.isfinite(fast).any()


def test_a_variable_with_one_value_has_no_alpha_on_any_resample():
    data = np.where(np.random.default_rng(1).random((3, 12)) < 0.3, np.nan, 1.0)
    draws = resample_indices(np.random.default_rng(2), 12, 50)
    assert np.isnan(nominal_alpha_resampled(data, draws)).all()
    value, reason = nominal_alpha(data)
    assert np.isnan(value) and reason == "alpha undefined: only one category occurs"


def test_a_domain_of_many_categories_split_into_blocks_gives_the_same_floats(monkeypatch):
    rng = np.random.default_rng(21)
    data = made_up_codes(rng, 8, 120, 60)  # like the speaker ids of eight coders
    draws = resample_indices(rng, 120, 300)
    whole = nominal_alpha_resampled(data, draws)
    monkeypatch.setattr(stats, "ALPHA_BLOCK_CELLS", 50)  # a few resamples at a time
    np.testing.assert_array_equal(nominal_alpha_resampled(data, draws), whole)
    np.testing.assert_array_equal(whole, np.array([library_alpha(data[:, d]) for d in draws]))


def test_units_with_four_values_go_through_the_library_resample_by_resample():
    rng = np.random.default_rng(5)
    data = made_up_codes(rng, 6, 25, 3, sizes=(2, 4))  # 1/3 is not exact in binary
    draws = resample_indices(rng, 25, 100)
    np.testing.assert_array_equal(
        nominal_alpha_resampled(data, draws), np.array([library_alpha(data[:, d]) for d in draws])
    )


# ------------------------------------------------------------------ the table


def old_wide_by_coder(rows: pd.DataFrame, coders: list[str], frames: list[str], targets: list[str]):
    """The row loop `_wide_by_coder` replaced (the slow path, kept here as the reference)."""
    units = sorted(set(zip(rows["doc_id"], rows["ref_key"])))
    col = {u: i for i, u in enumerate(units)}
    out = {}
    for v in [f"frame_{f}" for f in frames] + [f"stance_{t}" for t in targets] + ["voice", "speaker"]:
        arr = np.full((len(coders), len(units)), np.nan)
        if v.startswith("frame_"):
            values = [float(v[len("frame_") :] in split_frames(x)) for x in rows["ref_frames"]]
        else:
            (codes,) = stats.encode(rows[f"ref_{v}"].to_numpy(dtype=object))
            values = list(codes)
        for coder, doc, key, val in zip(rows["coder"], rows["doc_id"], rows["ref_key"], values):
            arr[coders.index(coder), col[(doc, key)]] = val
        out[v] = arr
    return out, len(units)


def test_wide_arrays_by_index_equal_the_row_loop_and_a_repeated_cell_keeps_the_later_row():
    ref, coded = _three_coders(seed=8)
    rows = align(ref, coded)
    rows = rows[rows["coder"] != ""]
    twice = rows.iloc[[0]].assign(ref_stance_ru_pk="against", ref_frames="economy")  # ref1 codes unit 1 again
    rows = pd.concat([rows, twice], ignore_index=True)
    coders = ["ref1", "ref2", "ref3"]
    fast, n_fast = reliability._wide_by_coder(rows, coders, FRAMES, TARGETS)
    slow, n_slow = old_wide_by_coder(rows, coders, FRAMES, TARGETS)
    assert n_fast == n_slow and list(fast) == list(slow)
    for v in slow:
        np.testing.assert_array_equal(fast[v], slow[v])
    assert np.isnan(fast["stance_ru_pk"]).any()  # some coder skipped some unit


def test_groups_that_select_the_same_rows_are_computed_once_and_equal_a_separate_computation(monkeypatch):
    ref, coded = _three_coders(seed=9)
    al = align(ref, coded)
    alone = reliability_table(al, FRAMES, TARGETS, {}, seed=3, n_boot=200)  # only "all"
    calls = []
    one_go = reliability._rows
    monkeypatch.setattr(reliability, "_rows", lambda *a: calls.append(a[4]) or one_go(*a))
    both = reliability_table(al, FRAMES, TARGETS, {"held-out": ["dev", "held"]}, seed=3, n_boot=200)
    assert set(calls) == {"held-out"}  # "all" selects the same rows: reused, not recomputed
    held = both[both["group"] == "held-out"].drop(columns="group").reset_index(drop=True)
    pd.testing.assert_frame_equal(held, alone.drop(columns="group"), check_exact=True)
    pd.testing.assert_frame_equal(
        both[both["group"] == "all"].reset_index(drop=True), alone.reset_index(drop=True), check_exact=True
    )


def test_raw_agreement_counts_units_whose_coders_all_gave_one_value():
    data = np.array([[1, 1, np.nan, 2, 0], [1, 2, 3, np.nan, 0], [np.nan, 2, np.nan, 1, 0]])
    agree = reliability._intercoder_metrics({"v": data}, ["v"])[1]
    assert agree.compute(np.arange(5)) == (0.5, 4, "")  # 0 and 4 agree; 1 and 3 do not; 2 has one coder
    draws = np.array([[0, 0, 1, 2, 3], [2, 2, 2, 2, 2]])
    values = agree.resampled(draws, draw_counts(draws, 5).astype(float))
    assert values[0] == 2 / 4 and np.isnan(values[1])  # unit 0 twice, 1 and 3 once; unit 2 alone has no pair


def test_the_domain_of_each_resample_comes_from_the_value_totals_and_the_units_coded_once():
    # units coded once (their values still make alpha's domain), by two coders, and by nobody
    rng = np.random.default_rng(31)
    data = made_up_codes(rng, 5, 70, 9, sizes=(0, 1, 2, 3))
    vc, _ = stats.value_counts(data)
    m = vc.sum(axis=1)
    assert (m == 0).any() and (m == 1).any() and (m >= 2).any()
    draws = resample_indices(rng, 70, 300)
    w = draw_counts(draws, 70).astype(float)
    n_v = w[:, m >= 2] @ vc[m >= 2].astype(float)
    np.testing.assert_array_equal(stats._drawn_values(n_v, w, vc, m), (w @ (vc > 0).astype(float)) > 0)
    np.testing.assert_array_equal(
        nominal_alpha_resampled(data, draws, w), np.array([library_alpha(data[:, d]) for d in draws])
    )


def test_two_coders_who_coded_every_unit_get_the_library_floats_without_a_copy_of_the_weights():
    rng = np.random.default_rng(32)
    data = made_up_codes(rng, 2, 50, 7, sizes=(2,))  # every unit coded by both: all pairable
    draws = resample_indices(rng, 50, 300)
    np.testing.assert_array_equal(
        nominal_alpha_resampled(data, draws), np.array([library_alpha(data[:, d]) for d in draws])
    )


def test_comparisons_of_one_size_share_their_resamples_and_a_frames_scores_are_resampled_once(monkeypatch):
    ref, coded = _three_coders(seed=10)
    al = align(ref, coded)
    reliability._resamples.cache_clear()
    fresh = reliability_table(al, FRAMES, TARGETS, {}, seed=3, n_boot=200)
    first = reliability._resamples(40, 3, 200)
    assert reliability._resamples(40, 3, 200)[1] is first[1] and not first[1].flags.writeable
    np.testing.assert_array_equal(first[0], resample_indices(np.random.default_rng(3), 40, 200))
    calls = []
    slow = stats.prf_resampled
    monkeypatch.setattr(reliability, "prf_resampled", lambda *a: calls.append(1) or slow(*a))
    again = reliability_table(al, FRAMES, TARGETS, {}, seed=3, n_boot=200)  # from the kept resamples
    pd.testing.assert_frame_equal(again, fresh, check_exact=True)
    coders = len(reliability.human_coders(al["coder"]))
    # per coder: one product per frame (P, R, F1 and macro-F1 share it) and favor/against per target
    assert len(calls) == coders * (len(FRAMES) + 2 * len(TARGETS))
