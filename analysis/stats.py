"""The statistics the package reports, each defined once.

Validation (coder against people) and comparison (outlet against outlet) report
agreement, task scores, effect sizes and intervals. Writing each formula once, as a
pure function of arrays, means a table and a figure caption can never disagree about
what "alpha", "F1" or "95% CI" means, and each can be checked by hand (the doctests
are small worked examples).

* Krippendorff's alpha is nominal: the categories (favor/against/none,
  outlet/quoted/reported, frame present/absent) have no order, so an interval metric
  would reward "near misses" that are not near. Alpha is undefined (NaN, with the
  reason) when no unit has two values or only one category occurs.
* Task scores follow the conventions of classifier studies: precision, recall and F1
  per class, and SemEval-2016 Task 6's F_avg for stance.
* Intervals are percentile bootstrap intervals; resamples on which a statistic is
  undefined are left out and counted, never read as zero.
* Cramér's V (uncorrected) is the effect size of a contingency table; its chi-square
  statistic also drives the label-permutation test.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import krippendorff
import numpy as np

# Krippendorff (2004): draw conclusions from alpha >= .800; tentative ones from >= .667.
ALPHA_RELIABLE = 0.800
ALPHA_TENTATIVE = 0.667
# A group with fewer articles gets no interval and no test, only a description (analysis.compare);
# the figures and the paper state the same number. Here, not in compare, so that drawing a figure
# does not import compare's statistics stack (scipy: about 1 s of start-up per figure job).
MIN_ARTICLES = 5
# the note of a headline–body stance row whose target no unit of the corpus takes a stance toward
# (analysis.compare): its share is 0 by construction, so the figure leaves the row out; here for the
# same reason as MIN_ARTICLES
SILENT_TARGET_NOTE = "no unit of the corpus takes a stance toward this target"
BANDS = ("reliable", "tentative", "not reliable", "undefined")  # what `interpretation_band` returns
CI_LEVEL = 0.95  # the coverage of every percentile bootstrap interval


# ---------------------------------------------------------------------- agreement
def interpretation_band(alpha: float | None) -> str:
    """Krippendorff's (2004) reading of alpha, so tables name the band, not only the number.

    Parameters
    ----------
    alpha : float or None
        An alpha value; NaN or None when undefined.

    Returns
    -------
    str
        "reliable" (>= ALPHA_RELIABLE), "tentative" (>= ALPHA_TENTATIVE), "not reliable",
        or "undefined".

    Examples
    --------
    >>> [interpretation_band(a) for a in (0.8, 0.7999, 0.667, 0.5, float("nan"))]
    ['reliable', 'tentative', 'tentative', 'not reliable', 'undefined']
    """
    if alpha is None or not np.isfinite(alpha):
        return BANDS[3]
    if alpha >= ALPHA_RELIABLE:
        return BANDS[0]
    if alpha >= ALPHA_TENTATIVE:
        return BANDS[1]
    return BANDS[2]


def encode(*columns: np.ndarray) -> list[np.ndarray]:
    """Map string categories to integer codes shared by all columns (as floats, for alpha).

    Codes follow the sorted category names, so the same values always get the same
    codes; an empty string is a category like any other.

    Examples
    --------
    >>> [c.tolist() for c in encode(np.array(["none", "favor"]), np.array(["", "none"]))]
    [[2.0, 1.0], [0.0, 2.0]]
    """
    cats = sorted(set().union(*[set(map(str, c)) for c in columns]))
    index = {c: i for i, c in enumerate(cats)}
    return [np.array([index[str(v)] for v in c], dtype=float) for c in columns]


def nominal_alpha(data: np.ndarray) -> tuple[float, str]:
    """Krippendorff's alpha (nominal) of a coders x units array, NaN = not coded.

    Wraps ``krippendorff.alpha(level_of_measurement="nominal")`` and reports the cases
    where alpha is undefined instead of letting the library divide by zero: no unit
    has two values, or only one category occurs among the pairable values (the
    expected disagreement is zero). Where the library's sums are exact (see
    `nominal_alpha_resampled`) the value comes from the value totals, the same float
    without the library's units x categories x categories array (seconds for a
    speaker variable of 150 ids).

    Parameters
    ----------
    data : array of float, shape (coders, units)
        Category codes (see `encode`), NaN where a coder gave no value.

    Returns
    -------
    (float, str)
        Alpha and "" when defined; NaN and the reason otherwise.

    Examples
    --------
    Two coders, five units; worked by hand from the coincidence matrix: 1 - 9 * 2 / 50.

    >>> value, reason = nominal_alpha(np.array([[1, 1, 2, 2, 1], [1, 2, 2, 2, 1]], dtype=float))
    >>> round(value, 6), reason
    (0.64, '')
    >>> nominal_alpha(np.ones((2, 3)))
    (nan, 'alpha undefined: only one category occurs')
    """
    data = np.asarray(data, dtype=float)
    pairable = (~np.isnan(data)).sum(axis=0) >= 2
    if not pairable.any():
        return float("nan"), "no unit coded by two or more coders"
    values = data[:, pairable]
    if np.unique(values[~np.isnan(values)]).size < 2:
        return float("nan"), "alpha undefined: only one category occurs"
    if _dyadic(value_counts(data)[0].sum(axis=1)):
        return float(nominal_alpha_resampled(data, np.arange(data.shape[1])[None, :])[0]), ""
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")), ""


def value_counts(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per unit, how many coders gave each category: (units x categories counts, categories).

    Categories are the sorted distinct non-missing codes, as `krippendorff.alpha` finds them.

    Examples
    --------
    >>> counts, domain = value_counts(np.array([[1, 2, np.nan], [1, 1, 2]]))
    >>> counts.tolist(), domain.tolist()
    ([[2, 0], [1, 1], [0, 1]], [1.0, 2.0])
    """
    data = np.asarray(data, dtype=float)
    coded = ~np.isnan(data.T)  # units x coders
    units, values = np.nonzero(coded)[0], data.T[coded]
    domain = np.unique(values)
    cells = units * domain.size + np.searchsorted(domain, values)
    # one count per coded cell, not a units x coders x categories comparison: the COVID rounds'
    # all-coders speaker array is 40 coders x 2,793 units x 553 ids (issue #15)
    return np.bincount(cells, minlength=data.shape[1] * domain.size).reshape(data.shape[1], domain.size), domain


ALPHA_BLOCK_CELLS = 1 << 17  # resamples x categories^2 held at a time in `nominal_alpha_resampled`: 1 MB, in cache


def nominal_alpha_resampled(data: np.ndarray, draws: np.ndarray, counts: np.ndarray | None = None) -> np.ndarray:
    """`nominal_alpha` of every bootstrap resample at once: NaN where it is undefined.

    Row b of `draws` lists the units (columns of `data`) of resample b; `counts` (see
    `draw_counts`; whole numbers, as integers or floats) says how often each unit was
    drawn. Nominal alpha is 1 - D_o / D_e, and a resample enters it only through two
    sums over its units weighted by the draw counts: the values' totals over pairable
    units (n_v) and the observed disagreement D_o (each unit's off-diagonal
    coincidences), so two matrix products give them for every resample, never a
    categories x categories matrix per resample. Both are exact (whole numbers, and
    dyadic fractions while 1/(m-1) is exact: at most 3, 5 or 9 values per unit), so
    they equal the library's sums whatever the order; D_e, which rounds, is summed
    over the categories that occur in the resample (its value domain, as in
    `krippendorff.alpha`) in the library's own order (`_alpha_of_totals`). Each value
    is therefore the very float ``nominal_alpha(data[:, draws[b]])`` returns. Where
    some unit has another number of values, each resample goes through the library.

    Examples
    --------
    >>> data = np.array([[1, 1, 2, 2, 1], [1, 2, 2, 2, 1]], dtype=float)
    >>> nominal_alpha_resampled(data, np.array([[0, 1, 2, 3, 4], [0, 0, 4, 4, 0]])).round(6).tolist()
    [0.64, nan]
    """
    return nominal_alphas_resampled([data], draws, counts)[0]


def nominal_alphas_resampled(
    datas: list[np.ndarray], draws: np.ndarray, counts: np.ndarray | None = None, level: float | None = None
) -> list[np.ndarray]:
    """`nominal_alpha_resampled` of several variables on the same resamples: their D_e in one pass.

    Why: a comparison of the coder with one person has a dozen variables (frames, stances,
    voice, speaker), most of two categories, and the COVID rounds make sixty comparisons; each
    variable's resamples went through the block loop on its own, some twenty small array
    operations each (issue #15). Their rows of value totals go through it together, padded with
    categories no resample has, so each row gives the very float it gave alone.

    With `level`, the values are for `percentile_cis(values, level)` only: the resamples its
    bounds read get their very float, the others the closed form (`_exact_where_read`).
    """
    outs = [np.full(draws.shape[0], np.nan) for _ in datas]
    if draws.size == 0:
        return outs
    w = None
    found = []  # (output, value totals, observed disagreement, domain of each resample, resamples defined)
    for data, out in zip(datas, outs):
        data = np.asarray(data, dtype=float)
        vc, domain = value_counts(data)
        m = vc.sum(axis=1)
        if domain.size < 2 or not (m >= 2).any():
            continue
        if not _dyadic(m):
            out[:] = [nominal_alpha(data[:, d])[0] for d in draws]
            continue
        if w is None:
            w = np.asarray(draw_counts(draws, data.shape[1]) if counts is None else counts, dtype=float)
        found.append((out, *_resampled_totals(w, vc, m)))
    if level is not None:
        found = [_exact_where_read(t, level) for t in found]
    for width in sorted({t[1].shape[1] for t in found}):  # variables of as many categories together
        _alphas_of_totals([t for t in found if t[1].shape[1] == width])
    return outs


def _resampled_totals(w: np.ndarray, vc: np.ndarray, m: np.ndarray) -> tuple[np.ndarray, ...]:
    """One variable's value totals, observed disagreement, domains and defined rows per resample (see
    `nominal_alpha_resampled`)."""
    pair = m >= 2
    # a unit with fewer than two values adds no coincidence: its row is zeroed, not its weights'
    # column dropped (a copy of the weights per variable, 40 MB for the COVID rounds' all-coders)
    vp = (vc if pair.all() else np.where(pair[:, None], vc, 0)).astype(float)
    mp = np.where(pair, m, 2)  # a zeroed row divides by 1, not by 0, and adds nothing
    n_v = w @ vp  # a unit's coincidences of value c sum to its count of c
    d_o = w @ np.where(pair, (mp * mp - (vp * vp).sum(axis=1)) / (mp - 1), 0.0)  # its off-diagonal coincidences
    present = _drawn_values(n_v, w, vc, m)
    # every resample draws some unit, so one with only pairable units draws a pairable one
    drawn = True if pair.all() else (w @ pair.astype(float)) > 0
    return n_v, d_o, present, np.flatnonzero(drawn & ((n_v > 0).sum(axis=1) >= 2))


# how far the closed form of D_e may take a resample's alpha from the library's float, relative
# to 1 + |1 - alpha|: the library rounds each of its k^2 terms and sums them pairwise (a few
# dozen roundings of 2^-53 each), so 2^-30 leaves a margin of some ten thousand
CLOSED_FORM_MARGIN = 2.0**-30


def _exact_where_read(t: tuple[np.ndarray, ...], level: float) -> tuple[np.ndarray, ...]:
    """One variable's resamples (`_resampled_totals`, output first): the closed form of alpha written
    to every defined one, and the rows a percentile interval at `level` reads kept for the exact pass.

    Why: the exact D_e sums the domain x domain matrix of each resample (a speaker variable of
    40-450 ids: 2,000 x 450^2 terms), two thirds of the validate job's bootstrap (issue #15), and an
    interval reads two order statistics per tail. The closed form (n^2 - sum of n_v^2) / (n - 1),
    whole numbers and one division, is within `CLOSED_FORM_MARGIN` / 2 of the exact value; every
    resample whose closed form lies within the margin of a read order statistic's gets its exact
    value. The exact order statistics then lie within half the margin of the closed form's, so
    each resample left out is on the same side of them in both arrays: the interval's order
    statistics, hence its bounds, are the exact array's, bit for bit (tests/test_stats.py).
    """
    out, n_v, d_o, present, rows = t
    nv = n_v[rows]
    n = nv.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        closed = 1 - d_o[rows] / ((n * n - (nv * nv).sum(axis=1)) / (n - 1))
    out[rows] = closed
    if rows.size == 0:
        return t
    ordered = np.sort(closed)
    margin = CLOSED_FORM_MARGIN * (1 + np.abs(1 - ordered).max())
    read = np.zeros(rows.size, bool)
    tail = (1 - level) / 2
    for q in (tail, 1 - tail):
        at = math.floor(q * (rows.size - 1))  # np.quantile's order statistics (and one more either side)
        lo, hi = ordered[max(at - 1, 0)], ordered[min(at + 2, rows.size - 1)]
        read |= (closed >= lo - margin) & (closed <= hi + margin)
    return out, n_v, d_o, present, rows[read]


def _alphas_of_totals(found: list[tuple[np.ndarray, ...]]) -> None:
    """Alpha of every defined resample of variables with as many categories, into their outputs: rows
    whose domains have k categories together, a block at a time (`_alpha_of_totals`)."""
    n_v = np.vstack([t[1][t[4]] for t in found])
    present = np.vstack([t[3][t[4]] for t in found])
    d_o = np.concatenate([t[2][t[4]] for t in found])
    which = np.repeat(np.arange(len(found)), [t[4].size for t in found])
    rows = np.concatenate([t[4] for t in found])
    size = present.sum(axis=1)
    values = np.empty(size.size)
    for k in np.unique(size).tolist():
        same_k = np.flatnonzero(size == k)
        for block in np.array_split(same_k, -(-len(same_k) * k * k // ALPHA_BLOCK_CELLS)):
            cats = np.nonzero(present[block])[1].reshape(len(block), k)  # each resample's domain, ascending
            values[block] = _alpha_of_totals(n_v[block[:, None], cats], d_o[block])
    for i, (out, *_) in enumerate(found):
        out[rows[which == i]] = values[which == i]


def _drawn_values(n_v: np.ndarray, w: np.ndarray, vc: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Per resample, the categories any drawn unit has (resamples x categories, bool): alpha's domain.

    Why not one product over every unit: a drawn pairable unit's categories already show in its
    value totals `n_v` (whole positive counts), so only the units coded once need a product of
    their own; two coders who coded the same units have none, and the COVID samples' all-coders
    comparison has few among its thousands (issue #15). The same booleans as `(w @ (vc > 0)) > 0`.
    """
    present = n_v > 0
    single = m == 1
    if single.any():
        present |= (w[:, single] @ (vc[single] > 0).astype(float)) > 0
    return present


def _dyadic(m: np.ndarray) -> bool:
    """Whether 1/(m-1) is exact in binary for every pairable unit (m - 1 a power of two)."""
    d = m[m >= 2] - 1
    return bool(((d & (d - 1)) == 0).all())


def _alpha_of_totals(n_v: np.ndarray, d_o: np.ndarray) -> np.ndarray:
    """Nominal alpha of resamples from their value totals (resamples x domain) and observed disagreement.

    D_e is `krippendorff.alpha`'s ``(e * d).sum()``: the expected coincidences
    n_i n_j / (n - 1), zero on the diagonal (nominal distance 0), summed row-major over
    the whole domain x domain matrix, so the rounding is the library's.

    The worked example of `nominal_alpha` (totals 5 and 5, one unit coded 1 and 2):

    >>> round(float(_alpha_of_totals(np.array([[5.0, 5.0]]), np.array([2.0]))[0]), 6)
    0.64
    """
    b, k = n_v.shape
    e = np.multiply(n_v[:, :, None], n_v[:, None, :]).reshape(b, k * k)
    e /= (n_v.sum(axis=1) - 1)[:, None]  # in place: the same quotients without a second array
    e[:, :: k + 1] = 0.0  # the diagonal
    return 1 - d_o / e.sum(axis=1)


# -------------------------------------------------------------------- task scores
def prf(reference: np.ndarray, coded: np.ndarray) -> tuple[float, float, float, int, int]:
    """Precision, recall and F1 of boolean arrays, NaN where a denominator is zero.

    Also returns the denominators of precision (coded positives) and recall (reference
    positives): they are the n behind those two figures, which a table must show.

    Examples
    --------
    Reference 1 1 1 1 0 0, coder 1 1 0 0 1 0: tp = 2, fp = 1, fn = 2.

    >>> p, r, f, n_pred, n_ref = prf([1, 1, 1, 1, 0, 0], [1, 1, 0, 0, 1, 0])
    >>> round(p, 4), r, round(f, 4), n_pred, n_ref
    (0.6667, 0.5, 0.5714, 3, 4)
    """
    ref, cod = np.asarray(reference, bool), np.asarray(coded, bool)
    tp = int((ref & cod).sum())
    fp = int((~ref & cod).sum())
    fn = int((ref & ~cod).sum())
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return p, r, f, tp + fp, tp + fn


def f_avg(reference: np.ndarray, coded: np.ndarray) -> float:
    """SemEval-2016 Task 6 stance score: the mean of F1(favor) and F1(against).

    `none` is not scored directly; it counts only as a wrong answer for the other two.
    A class absent from both reference and coder has no F1 and is left out of the
    mean; if both are absent the score is NaN.

    Examples
    --------
    >>> f_avg(["favor", "against", "none"], ["favor", "none", "none"])
    0.5
    >>> f_avg(["none"], ["none"])
    nan
    """
    ref, cod = np.asarray(reference, dtype=object), np.asarray(coded, dtype=object)
    scores = [prf(ref == c, cod == c)[2] for c in ("favor", "against")]
    finite = [s for s in scores if np.isfinite(s)]
    return float(np.mean(finite)) if finite else float("nan")


def accuracy(reference: np.ndarray, coded: np.ndarray) -> float:
    """Share of units on which the coder gives the reference value (NaN for no units).

    Examples
    --------
    >>> accuracy(["a", "b", "b", "c"], ["a", "b", "c", "c"])
    0.75
    """
    ref, cod = np.asarray(reference, dtype=object), np.asarray(coded, dtype=object)
    return float((ref == cod).mean()) if len(ref) else float("nan")


# ---------------------------------------------------------------------- bootstrap
def resample_indices(rng: np.random.Generator, n: int, n_boot: int) -> np.ndarray:
    """`n_boot` bootstrap resamples (rows) of the indices 0..n-1, drawn with replacement.

    Callers resample whatever is independent (units, or whole articles when units
    cluster in articles) and pass a generator seeded for the figure set, so each
    interval is reproducible on its own. Empty (0 x 0) when there is nothing to draw.

    Examples
    --------
    >>> resample_indices(np.random.default_rng(0), 3, 2).shape
    (2, 3)
    >>> resample_indices(np.random.default_rng(0), 0, 5).shape
    (0, 0)
    """
    if n == 0 or n_boot <= 0:
        return np.empty((0, 0), dtype=int)
    return rng.integers(0, n, size=(n_boot, n))


def draw_counts(draws: np.ndarray, n: int) -> np.ndarray:
    """How often each of `n` items occurs in each resample (a row of `draws`): the
    resample-weight matrix, so a sum over a resample is one matrix product.

    Examples
    --------
    >>> draw_counts(np.array([[0, 0, 2], [1, 2, 2]]), 3).tolist()
    [[2, 0, 1], [0, 1, 2]]
    """
    draws = np.asarray(draws)
    b = draws.shape[0]
    if b == 0 or n == 0:
        return np.zeros((b, n), dtype=np.int64)
    flat = (draws + np.arange(b)[:, None] * n).ravel()
    return np.bincount(flat, minlength=b * n).reshape(b, n)


def resample_blocks(rng: np.random.Generator, n: int, n_boot: int, rows: int) -> Iterator[np.ndarray]:
    """The resamples of `resample_indices(rng, n, n_boot)`, `rows` at a time.

    The generator hands out one stream however it is asked for it, so the blocks are the very
    draws `resample_indices` makes (tests/test_stats.py checks it); a caller that sums each
    block holds `rows` resamples, not all of them (at 100k articles, an outlet's 2,000
    resamples of 20k articles are 320 MB of indices).

    Examples
    --------
    >>> blocks = list(resample_blocks(np.random.default_rng(0), 3, 5, 2))
    >>> [b.shape for b in blocks]
    [(2, 3), (2, 3), (1, 3)]
    >>> np.array_equal(np.concatenate(blocks), resample_indices(np.random.default_rng(0), 3, 5))
    True
    """
    if n == 0 or n_boot <= 0:
        return
    for start in range(0, n_boot, max(1, rows)):
        yield rng.integers(0, n, size=(min(max(1, rows), n_boot - start), n))


def prf_resampled(reference: np.ndarray, coded: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """`prf` on every resample (row of `counts`): a (resamples, 5) array p, r, f, n_pred, n_ref.

    tp, fp and fn of a resample are the draw counts summed over the units of each kind;
    the ratios are then the same floats `prf` computes (both are correctly rounded
    quotients of the same integers).

    Examples
    --------
    >>> prf_resampled([1, 1, 0], [1, 0, 1], np.array([[1, 1, 1], [0, 3, 0]])).round(4).tolist()
    [[0.5, 0.5, 0.5, 2.0, 2.0], [nan, 0.0, 0.0, 0.0, 3.0]]
    """
    ref, cod = np.asarray(reference, bool), np.asarray(coded, bool)
    w = np.asarray(counts, dtype=float)
    tp, fp, fn = w @ (ref & cod), w @ (~ref & cod), w @ (ref & ~cod)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.where(tp + fp > 0, tp / (tp + fp), np.nan)
        r = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f = np.where(tp + fp + fn > 0, 2 * tp / (2 * tp + fp + fn), np.nan)
    return np.stack([p, r, f, tp + fp, tp + fn], axis=1)


def mean_of_finite(values: np.ndarray) -> np.ndarray:
    """Row means over the finite entries (NaN for a row with none), as ``np.mean`` of the
    finite values of each row: rows are grouped by which entries are finite so that
    every mean adds the same numbers in the same order.

    Examples
    --------
    >>> mean_of_finite(np.array([[1.0, np.nan, 2.0], [np.nan, np.nan, np.nan]])).tolist()
    [1.5, nan]
    """
    values = np.asarray(values, dtype=float)
    out = np.full(values.shape[0], np.nan)
    if values.size == 0:
        return out
    finite = np.isfinite(values)
    which = _pattern_codes(finite)
    for code in np.unique(which).tolist():
        rows = which == code
        keep = finite[np.argmax(rows)]  # the pattern of these rows
        if keep.any():
            out[rows] = np.ascontiguousarray(values[rows][:, keep]).mean(axis=1)  # row-major: pairwise sums
    return out


def _pattern_codes(mask: np.ndarray) -> np.ndarray:
    """One integer per row of a boolean matrix, equal where the rows are equal.

    Why not ``np.unique(mask, axis=0)``: it sorts the rows as opaque records, a few ms per call
    on 2,000 resamples, and the validate job asks for every coder's macro-F1 and F_avg (issue
    #15); the rows' bits as a number group them alike. Beyond 62 columns, the rows' ranks.

    >>> _pattern_codes(np.array([[True, False], [False, True], [True, False]])).tolist()
    [2, 1, 2]
    """
    if mask.shape[1] <= 62:
        return mask.astype(np.int64) @ (np.int64(1) << np.arange(mask.shape[1] - 1, -1, -1, dtype=np.int64))
    return np.unique(mask, axis=0, return_inverse=True)[1].ravel()


def percentile_cis(values: np.ndarray, level: float = CI_LEVEL) -> list[tuple[float, float, int]]:
    """`percentile_ci` of each row of `values` (statistics x resamples), rows with no undefined
    resample in one call.

    Why: the validate job takes ~1,700 intervals of 2,000 resamples each (COVID: 32 coders, 15
    pairings), and one quantile call per interval was a tenth of its bootstrap (issue #15). Each
    row's order statistics and interpolation are those of its own call, so each bound is the
    same float; a row with an undefined resample goes through `percentile_ci` itself.

    >>> percentile_cis(np.array([[0.1, 0.2, 0.3, 0.4], [0.1, 0.2, 0.3, np.nan]]), level=0.5)[1]
    (0.15000000000000002, 0.25, 1)
    """
    values = np.asarray(values, dtype=float)
    out: list[tuple[float, float, int]] = []
    whole = np.isfinite(values).all(axis=1) & (values.shape[1] > 0)
    tail = (1 - level) / 2
    bounds = np.quantile(values[whole], [tail, 1 - tail], axis=1) if whole.any() else np.empty((2, 0))
    found = iter(zip(bounds[0].tolist(), bounds[1].tolist()))
    for row, all_defined in zip(values, whole.tolist()):
        out.append((*next(found), 0) if all_defined else percentile_ci(row, level))
    return out


def percentile_ci(values: np.ndarray, level: float = CI_LEVEL) -> tuple[float, float, int]:
    """Percentile interval of bootstrap values, leaving out undefined (non-finite) ones.

    Parameters
    ----------
    values : array of float
        The statistic on each resample; NaN where it was undefined.
    level : float
        Coverage; the tails are (1 - level) / 2 each.

    Returns
    -------
    (float, float, int)
        Low and high bound (NaN if no resample is defined) and how many resamples were
        left out, which a table reports so that a CI from few resamples is visible.

    Examples
    --------
    >>> lo, hi, undefined = percentile_ci(np.array([0.1, 0.2, 0.3, 0.4, np.nan]), level=0.5)
    >>> round(lo, 6), round(hi, 6), undefined
    (0.175, 0.325, 1)
    >>> percentile_ci(np.array([np.nan]))
    (nan, nan, 1)
    """
    values = np.asarray(values, dtype=float)
    finite = values[np.isfinite(values)]
    undefined = int(values.size - finite.size)
    if finite.size == 0:
        return float("nan"), float("nan"), undefined
    tail = (1 - level) / 2
    lo, hi = np.quantile(finite, [tail, 1 - tail])
    return float(lo), float(hi), undefined


# ------------------------------------------------------------ contingency tables
def chi2_statistic(table: np.ndarray) -> float:
    """Pearson's chi-square statistic of a contingency table (no continuity correction).

    Cells whose expected count is zero (an empty row or column) add nothing, so the
    statistic is defined on any table with at least one count.

    Examples
    --------
    >>> round(chi2_statistic(np.array([[10, 5], [5, 10]])), 4)
    3.3333
    """
    return float(chi2_statistics(np.asarray(table)[None])[0])


def cramers_v(table: np.ndarray) -> float:
    """Cramér's V of a contingency table (uncorrected): 0 = no association, 1 = complete.

    NaN for an empty table or one with a single row or column. Drop empty rows and
    columns first: they count in min(rows, columns) but carry no information.

    Examples
    --------
    >>> cramers_v(np.array([[10, 0], [0, 10]])), cramers_v(np.array([[5, 5], [5, 5]]))
    (1.0, 0.0)
    >>> round(cramers_v(np.array([[10, 5], [5, 10]])), 4)
    0.3333
    """
    table = np.asarray(table, dtype=float)
    n = table.sum()
    if n == 0 or min(table.shape) < 2:
        return math.nan
    return math.sqrt(chi2_statistic(table) / (n * (min(table.shape) - 1)))


# Labels shuffled and tabulated at a time in `permutation_p` (permutations x clusters; 1 MB):
# a block stays in the cache from the shuffle through the tally, where 32 MB blocks went out to
# memory and back (2,000 permutations of 100k articles: 3.3 -> 2.4 s a test). The shuffles are
# one stream of draws however they are blocked, so the p-values are the same.
PERM_BLOCK_CELLS = 1 << 17


def chi2_statistics(tables: np.ndarray) -> np.ndarray:
    """Pearson's chi-square statistic of each table in a stack (tables x rows x columns), in one pass.

    The one home of the formula: `chi2_statistic` is this on a stack of one, so the observed
    statistic and its permutations (`permutation_p`) are computed alike.

    Examples
    --------
    >>> np.round(chi2_statistics(np.array([[[10, 5], [5, 10]], [[5, 5], [5, 5]]])), 4).tolist()
    [3.3333, 0.0]
    """
    tables = np.asarray(tables, dtype=float)
    n = tables.sum(axis=(1, 2))
    expected = tables.sum(axis=2)[:, :, None] * tables.sum(axis=1)[:, None, :] / n[:, None, None]
    with np.errstate(invalid="ignore", divide="ignore"):
        terms = np.where(expected > 0, (tables - expected) ** 2 / expected, 0.0)
    return terms.sum(axis=(1, 2))


def group_tables(labels: np.ndarray, counts: np.ndarray, n_groups: int) -> np.ndarray:
    """Group x category tables for each labelling in `labels` (labellings x clusters).

    One weighted bincount per category over (labelling, group) cells: whole counts, so the
    sums are exact whatever their order.
    """
    n_lab = labels.shape[0]
    cells = (labels + (np.arange(n_lab) * n_groups)[:, None]).ravel()
    cols = [
        np.bincount(cells, weights=np.broadcast_to(counts[:, k], labels.shape).ravel(), minlength=n_lab * n_groups)
        for k in range(counts.shape[1])
    ]
    return np.stack(cols, axis=1).reshape(n_lab, n_groups, counts.shape[1])


def pattern_tables(labels: np.ndarray, which: np.ndarray, patterns: np.ndarray, n_groups: int) -> np.ndarray:
    """`group_tables` of clusters whose count rows are `patterns[which]`, by one bincount.

    Clusters with the same counts are interchangeable in a table, so a labelling's table is
    how many clusters of each distinct row it puts in each group (one bincount over
    labelling x group x row, whatever the number of categories) times the distinct rows.
    Whole counts, so the products are the exact sums `group_tables` makes.

    Examples
    --------
    >>> counts = np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 0.0]])
    >>> patterns, which = np.unique(counts, axis=0, return_inverse=True)
    >>> labels = np.array([[0, 1, 1], [1, 0, 0]])
    >>> np.array_equal(pattern_tables(labels, which.ravel(), patterns, 2), group_tables(labels, counts, 2))
    True
    """
    return _scaled_pattern_tables(labels * patterns.shape[0], which, patterns, n_groups)


def _scaled_pattern_tables(cells: np.ndarray, which: np.ndarray, patterns: np.ndarray, n_groups: int) -> np.ndarray:
    """`pattern_tables` of labels given times the number of patterns (int64), which it adds to
    in place: their cells (labelling, group, row) in one pass, one bincount, one product.

    `permutation_p` shuffles labels already scaled (a shuffle moves values, it does not read
    them: the same draws), so each block of permutations is not multiplied again.
    """
    n_lab, u = cells.shape[0], patterns.shape[0]
    cells += which + (np.arange(n_lab) * (n_groups * u))[:, None]
    tally = np.bincount(cells.ravel(), minlength=n_lab * n_groups * u).reshape(n_lab * n_groups, u)
    return (tally.astype(float) @ patterns).reshape(n_lab, n_groups, patterns.shape[1])


def _tabulator(counts: np.ndarray, n_groups: int) -> tuple[int, Callable[[np.ndarray], np.ndarray]]:
    """The faster of `pattern_tables` and `group_tables` for these clusters: the scale to give
    the labels (int64) and the function of scaled labellings to tables (it may change them).

    Few distinct count rows (frame presence, stance, voice of an article's few units): one
    bincount over their tally; as many distinct rows as clusters: one bincount per category.
    """
    patterns, which = np.unique(counts, axis=0, return_inverse=True)
    if patterns.shape[0] * n_groups <= counts.shape[0]:  # its tally is no larger than the labels
        which = which.ravel()
        return patterns.shape[0], lambda cells: _scaled_pattern_tables(cells, which, patterns, n_groups)
    return 1, lambda labels: group_tables(labels, counts, n_groups)


def permutation_p(labels: np.ndarray, counts: np.ndarray, rng: np.random.Generator, n_perm: int) -> float:
    """P-value of the chi-square statistic with group labels permuted across clusters.

    Each row of `counts` is one cluster (an article) and its counts per category; its
    label is its group (an outlet). Permuting whole clusters keeps each article's units
    together, so the null distribution reflects their clustering, which a unit-level
    chi-square test would ignore. The +1 in numerator and denominator counts the
    observed labelling as one of the permutations, so p is never 0. The permutations are
    drawn a block at a time (`Generator.permuted` along rows: the draws of one
    `rng.permutation` per row, in order) and tabulated together (`_tabulator`): at 100k
    articles a Python loop per permutation was most of the comparison job.

    Examples
    --------
    >>> labels = np.array(["A"] * 4 + ["B"] * 4)
    >>> counts = np.array([[3, 0]] * 4 + [[0, 3]] * 4)
    >>> permutation_p(labels, counts, np.random.default_rng(0), 99) < 0.1
    True
    """
    names, inv = np.unique(labels, return_inverse=True)
    scale, tables = _tabulator(np.asarray(counts, dtype=float), len(names))
    inv = inv.ravel().astype(np.int64) * scale
    observed = chi2_statistics(tables(inv[None, :].copy()))[0]
    step = max(1, PERM_BLOCK_CELLS // max(1, inv.size))
    hits = 0
    for start in range(0, n_perm, step):
        perms = np.tile(inv, (min(step, n_perm - start), 1))
        rng.permuted(perms, axis=1, out=perms)
        hits += int((chi2_statistics(tables(perms)) >= observed - 1e-12).sum())
    return (hits + 1) / (n_perm + 1)
