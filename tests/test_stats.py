"""The statistics of analysis.stats checked against small examples worked by hand."""

from __future__ import annotations

import math

import krippendorff
import numpy as np
import pytest
from scipy import stats as scipy_stats

from analysis.stats import (
    ALPHA_RELIABLE,
    ALPHA_TENTATIVE,
    BANDS,
    chi2_statistic,
    chi2_statistics,
    cramers_v,
    draw_counts,
    f_avg,
    group_tables,
    interpretation_band,
    mean_of_finite,
    nominal_alpha,
    nominal_alpha_resampled,
    nominal_alphas_resampled,
    pattern_tables,
    percentile_ci,
    percentile_cis,
    permutation_p,
    prf,
    prf_resampled,
    resample_blocks,
    resample_indices,
)

# ------------------------------------------------------------------ alpha by hand


def test_nominal_alpha_matches_hand_computed_coincidence_matrix():
    # Two coders, five units: A = 1 1 2 2 1, B = 1 2 2 2 1 (every unit pairable, m_u = 2).
    # Coincidences (each unit adds 1/(m_u-1) = 1 per ordered pair):
    #   (1,1) x2 units -> o11 = 4 ; (1,2) -> o12 = 1, o21 = 1 ; (2,2) x2 -> o22 = 4
    #   n1 = o11 + o12 = 5, n2 = 5, n = 10
    #   alpha = 1 - (n-1) * (o12 + o21) / (n1*n2 + n2*n1) = 1 - 9 * 2 / 50 = 0.64
    data = np.array([[1, 1, 2, 2, 1], [1, 2, 2, 2, 1]], dtype=float)
    value, reason = nominal_alpha(data)
    assert value == pytest.approx(0.64)
    assert reason == ""
    assert krippendorff.alpha(reliability_data=data, level_of_measurement="nominal") == pytest.approx(0.64)


def test_interval_alpha_differs_from_nominal_for_ordered_codes():
    # Codes 1/2/3; units (1,1) (2,2) (3,3) (1,2).
    #   o11 = o22 = o33 = 2, o12 = o21 = 1; n1 = 3, n2 = 3, n3 = 2, n = 8
    # nominal: sum_{c!=k} n_c n_k = 64 - (9 + 9 + 4) = 42
    #   alpha = 1 - 7 * 2 / 42 = 2/3
    # interval (delta^2 = (c-k)^2): observed sum = o12*1 + o21*1 = 2
    #   expected sum = 2*(n1 n2 * 1 + n1 n3 * 4 + n2 n3 * 1) = 2*(9 + 24 + 6) = 78
    #   alpha = 1 - 7 * 2 / 78 = 64/78 = 0.8205
    # Interval alpha calls 1-vs-2 a near miss; for unordered categories it is a miss.
    data = np.array([[1, 2, 3, 1], [1, 2, 3, 2]], dtype=float)
    nominal, _ = nominal_alpha(data)
    interval = krippendorff.alpha(reliability_data=data, level_of_measurement="interval")
    assert nominal == pytest.approx(2 / 3)
    assert interval == pytest.approx(64 / 78)
    assert interpretation_band(nominal) == "not reliable"
    assert interpretation_band(interval) == "reliable"


def test_alpha_with_missing_values_uses_only_pairable_units():
    # the third unit has one value: it cannot be paired and must not change alpha
    with_missing = np.array([[1, 1, 2, 2, 1, 2], [1, 2, np.nan, 2, 1, 2]], dtype=float)
    without = np.array([[1, 1, 2, 1, 2], [1, 2, 2, 1, 2]], dtype=float)
    assert nominal_alpha(with_missing)[0] == pytest.approx(nominal_alpha(without)[0])


def test_alpha_undefined_when_one_category_reported_not_raised():
    value, reason = nominal_alpha(np.ones((2, 5)))
    assert np.isnan(value)
    assert "one category" in reason
    value, reason = nominal_alpha(np.array([[1.0, np.nan], [np.nan, 2.0]]))
    assert np.isnan(value) and "two or more coders" in reason


@pytest.mark.parametrize(
    "alpha,band",
    [
        (0.800, "reliable"),
        (0.7999, "tentative"),
        (0.667, "tentative"),
        (0.6669, "not reliable"),
        (1.0, "reliable"),
        (-0.2, "not reliable"),
        (float("nan"), "undefined"),
    ],
)
def test_interpretation_bands_at_boundaries(alpha, band):
    assert interpretation_band(alpha) == band


# ------------------------------------------------------------- P/R/F1 and F_avg


def test_precision_recall_f1_by_hand():
    # reference 1 1 1 1 0 0, coder 1 1 0 0 1 0 -> tp = 2, fp = 1, fn = 2
    # P = 2/3, R = 2/4, F1 = 2*2 / (2*2 + 1 + 2) = 4/7
    p, r, f, n_pred, n_ref = prf(np.array([1, 1, 1, 1, 0, 0]), np.array([1, 1, 0, 0, 1, 0]))
    assert (p, r, f) == (pytest.approx(2 / 3), pytest.approx(0.5), pytest.approx(4 / 7))
    assert (n_pred, n_ref) == (3, 4)


def test_precision_undefined_without_coded_positives():
    p, r, f, _, _ = prf(np.array([1, 0]), np.array([0, 0]))
    assert np.isnan(p) and r == 0 and f == 0
    assert all(np.isnan(x) for x in prf(np.array([0, 0]), np.array([0, 0]))[:3])


def test_f_avg_by_hand():
    ref = np.array(["favor", "favor", "against", "none", "none", "against"], dtype=object)
    cod = np.array(["favor", "none", "against", "favor", "none", "none"], dtype=object)
    # favor: tp 1 (u1), fp 1 (u4), fn 1 (u2) -> F = 2/(2+1+1) = 0.5
    # against: tp 1 (u3), fp 0, fn 1 (u6)     -> F = 2/(2+0+1) = 2/3
    # F_avg = (0.5 + 2/3) / 2 = 7/12; "none" is never scored directly
    assert f_avg(ref, cod) == pytest.approx(7 / 12)


def test_f_avg_leaves_out_a_class_absent_on_both_sides():
    ref = np.array(["favor", "none", "favor"], dtype=object)
    cod = np.array(["favor", "none", "none"], dtype=object)
    # favor: tp 1, fn 1 -> 2/3; against absent from both: no F1, not counted as 0
    assert f_avg(ref, cod) == pytest.approx(2 / 3)
    assert np.isnan(f_avg(np.array(["none"], dtype=object), np.array(["none"], dtype=object)))


# ------------------------------------------------------------------ contingency tables


def test_cramers_v_hand_examples():
    assert cramers_v(np.array([[10, 0], [0, 10]])) == pytest.approx(1.0)
    assert cramers_v(np.array([[5, 5], [5, 5]])) == pytest.approx(0.0)
    # chi2 of [[10,5],[5,10]] = 30*(100-25)^2/(15^4) = 3.333..; V = sqrt(3.333/30)
    assert cramers_v(np.array([[10, 5], [5, 10]])) == pytest.approx(math.sqrt((10 / 3) / 30))


def test_cramers_v_matches_scipy_chi_square_on_a_three_by_three_table():
    table = np.array([[12, 3, 5], [4, 9, 2], [1, 6, 11]])
    chi2 = scipy_stats.chi2_contingency(table, correction=False)[0]
    assert chi2_statistic(table) == pytest.approx(chi2)
    assert cramers_v(table) == pytest.approx(math.sqrt(chi2 / (table.sum() * 2)))


def test_cramers_v_undefined_for_one_row_or_no_counts():
    assert math.isnan(cramers_v(np.array([[3, 4]])))
    assert math.isnan(cramers_v(np.zeros((2, 2))))


def test_permutation_p_small_when_groups_differ_and_large_when_not():
    labels = np.array(["A"] * 6 + ["B"] * 6)
    apart = np.array([[4, 0]] * 6 + [[0, 4]] * 6)
    mixed = np.array([[2, 2]] * 12)
    assert permutation_p(labels, apart, np.random.default_rng(1), 199) < 0.01
    assert permutation_p(labels, mixed, np.random.default_rng(1), 199) == 1.0  # every labelling ties
    # the observed labelling counts as one permutation: p is never 0
    assert permutation_p(labels, apart, np.random.default_rng(1), 9) >= 1 / 10


def _permutation_p_one_at_a_time(labels, counts, rng, n_perm):
    """The test as first written: one table and one statistic per permutation."""
    names, inv = np.unique(labels, return_inverse=True)
    counts = np.asarray(counts, dtype=float)

    def stat(lbl):
        tab = np.zeros((len(names), counts.shape[1]))
        for g, row in zip(lbl, counts):
            tab[g] += row
        return chi2_statistic(tab)

    observed = stat(inv)
    hits = sum(stat(rng.permutation(inv)) >= observed - 1e-12 for _ in range(n_perm))
    return (hits + 1) / (n_perm + 1)


@pytest.mark.parametrize("block", [1 << 22, 37])
def test_permutation_p_tabulated_in_blocks_equals_one_permutation_at_a_time(monkeypatch, block):
    import analysis.stats as stats_module

    monkeypatch.setattr(stats_module, "PERM_BLOCK_CELLS", block)  # 37 cells: one permutation a block
    rng = np.random.default_rng(3)
    for n_groups, n_cats in [(2, 2), (4, 3), (6, 5)]:
        labels = rng.integers(0, n_groups, 60).astype(str)
        counts = rng.integers(0, 4, size=(60, n_cats))
        counts[labels == "0", 0] += 2  # one group leans to one category
        got = permutation_p(labels, counts, np.random.default_rng(9), 299)
        assert got == _permutation_p_one_at_a_time(labels, counts, np.random.default_rng(9), 299)


def test_chi2_statistics_of_a_stack_equal_each_table_alone():
    tables = np.random.default_rng(4).integers(0, 9, size=(50, 3, 4))
    tables[0, 1] = 0  # an empty row adds nothing
    want = [chi2_statistic(t) for t in tables]
    np.testing.assert_allclose(chi2_statistics(tables), want, rtol=0, atol=1e-12)


# ------------------------------------------------------------------------ bootstrap


def test_resample_indices_are_seeded_and_within_range():
    a = resample_indices(np.random.default_rng(5), 7, 20)
    assert a.shape == (20, 7) and a.min() >= 0 and a.max() <= 6
    assert (a == resample_indices(np.random.default_rng(5), 7, 20)).all()
    assert resample_indices(np.random.default_rng(5), 7, 0).size == 0


def test_percentile_ci_leaves_out_and_counts_undefined_resamples():
    values = np.r_[np.arange(101, dtype=float), [np.nan, np.inf]]  # 0..100 plus two undefined
    lo, hi, undefined = percentile_ci(values)
    assert (lo, hi) == (pytest.approx(2.5), pytest.approx(97.5))
    assert undefined == 2
    lo, hi, undefined = percentile_ci(np.array([np.nan, np.nan]))
    assert math.isnan(lo) and math.isnan(hi) and undefined == 2


def test_bands_are_the_documented_thresholds():
    assert (ALPHA_TENTATIVE, ALPHA_RELIABLE) == (0.667, 0.800)
    assert {interpretation_band(a) for a in (0.9, 0.7, 0.1, float("nan"))} == set(BANDS)


# ------------------------------------------------- the bootstrap as resample weights


def _random_codes(rng, coders, units, categories, missing):
    data = rng.integers(0, categories, size=(coders, units)).astype(float)
    data[rng.random(data.shape) < missing] = np.nan
    return data


@pytest.mark.parametrize(
    "coders,categories,missing",
    [(2, 2, 0.0), (2, 3, 0.0), (2, 12, 0.0), (3, 4, 0.3), (3, 11, 0.2), (5, 3, 0.1), (4, 3, 0.2)],
)
def test_alpha_from_weighted_coincidences_is_exactly_krippendorff_alpha_of_each_resample(coders, categories, missing):
    rng = np.random.default_rng(coders * 100 + categories)
    for units in (3, 8, 40):
        data = _random_codes(rng, coders, units, categories, missing)
        draws = resample_indices(rng, units, 300)
        fast = nominal_alpha_resampled(data, draws)
        slow = np.array([nominal_alpha(data[:, d])[0] for d in draws])
        library = np.array(
            [
                krippendorff.alpha(reliability_data=data[:, d], level_of_measurement="nominal")
                if np.isfinite(s)
                else np.nan
                for d, s in zip(draws, slow)
            ]
        )
        np.testing.assert_array_equal(fast, slow)  # bit for bit, NaN where undefined
        np.testing.assert_array_equal(fast, library)
        assert np.isfinite(fast).any() or units < 8


def test_alpha_resampled_is_undefined_where_a_resample_has_one_category_or_no_pair():
    data = np.array([[0, 0, 1, np.nan], [0, 0, 1, 1]], dtype=float)
    draws = np.array([[0, 1, 0, 1], [3, 3, 3, 3], [0, 1, 2, 3]])
    fast = nominal_alpha_resampled(data, draws)
    assert np.isnan(fast[0]) and np.isnan(fast[1]) and fast[2] == nominal_alpha(data)[0] == 1.0


def test_draw_counts_count_each_unit_per_resample():
    draws = resample_indices(np.random.default_rng(5), 7, 50)
    counts = draw_counts(draws, 7)
    assert counts.shape == (50, 7) and (counts.sum(axis=1) == 7).all()
    assert all((np.bincount(d, minlength=7) == c).all() for d, c in zip(draws, counts))


def test_prf_from_resample_counts_equals_prf_on_each_resample():
    rng = np.random.default_rng(11)
    ref, cod = rng.random(12) < 0.3, rng.random(12) < 0.15
    draws = resample_indices(rng, 12, 400)
    fast = prf_resampled(ref, cod, draw_counts(draws, 12))
    slow = np.array([prf(ref[d], cod[d]) for d in draws], dtype=float)
    np.testing.assert_array_equal(fast, slow)
    assert np.isnan(fast[:, 0]).any()  # some resamples have no coded positive: precision undefined


def test_mean_of_finite_equals_numpy_mean_of_the_finite_values_row_by_row():
    rng = np.random.default_rng(2)
    values = rng.random((500, 13)) / 3
    values[rng.random(values.shape) < 0.3] = np.nan
    values[0] = np.nan
    expected = [np.mean(r[np.isfinite(r)]) if np.isfinite(r).any() else np.nan for r in values]
    np.testing.assert_array_equal(mean_of_finite(values), np.array(expected))


@pytest.mark.parametrize("columns", [2, 13, 70])
def test_mean_of_finite_groups_rows_alike_whatever_the_number_of_columns(columns):
    rng = np.random.default_rng(columns)
    values = rng.random((300, columns))
    values[rng.random(values.shape) < 0.02] = np.nan  # beyond 62 columns the rows' ranks group them
    expected = [np.mean(r[np.isfinite(r)]) if np.isfinite(r).any() else np.nan for r in values]
    np.testing.assert_array_equal(mean_of_finite(values), np.array(expected))


def test_intervals_of_many_statistics_at_once_are_each_ones_own_interval():
    rng = np.random.default_rng(12)
    values = rng.random((40, 2000)) * rng.integers(1, 5, size=(40, 1))
    values[3, :7] = np.nan  # a statistic undefined on a few resamples
    values[5] = np.nan  # and one never defined
    values[8] = np.round(values[8], 1)  # ties
    for level in (0.95, 0.5):
        together = percentile_cis(values, level)
        alone = [percentile_ci(v, level) for v in values]
        np.testing.assert_array_equal(np.array(together), np.array(alone))  # the same floats, NaN where NaN
        assert np.isnan(together[5][0]) and together[3][2] == 7
    assert percentile_cis(np.empty((0, 2000))) == []


@pytest.mark.parametrize("n", [1, 3, 7, 1001])
def test_resamples_drawn_in_blocks_are_the_draws_made_all_at_once(n):
    """Odd block sizes too: a generator that dropped half a 64-bit draw between calls would differ."""
    whole = resample_indices(np.random.default_rng([5, n]), n, 41)
    for rows in (1, 2, 5, 40, 41, 100):
        blocks = list(resample_blocks(np.random.default_rng([5, n]), n, 41, rows))
        assert np.array_equal(np.concatenate(blocks), whole)
    assert list(resample_blocks(np.random.default_rng(0), 0, 41, 5)) == []


def test_tables_from_distinct_count_rows_equal_tables_summed_cluster_by_cluster():
    rng = np.random.default_rng(4)
    counts = rng.integers(0, 3, size=(300, 3)).astype(float)
    labels = rng.integers(0, 4, size=(25, 300))
    patterns, which = np.unique(counts, axis=0, return_inverse=True)
    assert np.array_equal(pattern_tables(labels, which.ravel(), patterns, 4), group_tables(labels, counts, 4))


@pytest.mark.parametrize("categories,top", [(2, 20), (7, 5), (1, 1)])
def test_permutation_p_is_the_share_of_permutations_made_one_by_one_with_a_statistic_as_large(categories, top):
    """The p-value of a loop of `rng.permutation` and a table per permutation, whichever way it is tabulated."""
    rng = np.random.default_rng(categories)
    labels = np.array(["A", "B", "C"])[rng.integers(0, 3, 400)]
    counts = rng.integers(0, top + 1, size=(400, categories))
    names, inv = np.unique(labels, return_inverse=True)
    draws = np.random.default_rng(11)
    observed = chi2_statistic(group_tables(inv[None, :], counts.astype(float), 3)[0])
    stats_ = [
        chi2_statistic(group_tables(draws.permutation(inv)[None, :], counts.astype(float), 3)[0]) for _ in range(99)
    ]
    expected = (sum(s >= observed - 1e-12 for s in stats_) + 1) / 100
    assert permutation_p(labels, counts, np.random.default_rng(11), 99) == expected


@pytest.mark.parametrize("level", [0.95, 0.5])
def test_alphas_for_intervals_give_the_intervals_of_the_exact_alphas(level):
    """Only the resamples an interval reads are exact (`_exact_where_read`): its bounds are the same floats."""
    rng = np.random.default_rng(7)
    for coders, units, categories, missing in [(2, 135, 40, 0.0), (2, 60, 2, 0.0), (3, 300, 60, 0.3), (2, 8, 3, 0.0)]:
        datas = [_random_codes(rng, coders, units, c, missing) for c in (categories, 2, 3)]
        datas[1][1] = datas[1][0]  # a variable with ties: every defined resample agrees fully
        draws = resample_indices(rng, units, 2000)
        exact = nominal_alphas_resampled(datas, draws)
        for_ci = nominal_alphas_resampled(datas, draws, level=level)
        np.testing.assert_array_equal(np.isnan(np.vstack(for_ci)), np.isnan(np.vstack(exact)))
        assert np.nanmax(np.abs(np.vstack(for_ci) - np.vstack(exact))) < 1e-12
        np.testing.assert_array_equal(
            np.array(percentile_cis(np.vstack(for_ci), level)), np.array(percentile_cis(np.vstack(exact), level))
        )
