"""The bootstrap's column sums, packed into int64 words, are the sums a gather per column gives."""

from __future__ import annotations

import numpy as np

from analysis.compare import _packing, _whole_sums


def test_packed_sums_equal_a_float_gather_per_column_with_negatives_and_many_words():
    rng = np.random.default_rng(3)
    n = 400
    values = np.column_stack(
        [
            rng.integers(0, 3, n),  # a 0/1/2 count
            rng.integers(-5, 6, n),  # favor minus against: negative too
            np.full(n, 7),  # a constant column (no spread: one bit)
            *(rng.integers(0, 2000, n) for _ in range(6)),  # wide columns: more than one word
        ]
    ).astype(float)
    _, words, fields = _packing(values)
    assert len(words) > 1 and sorted(j for f in fields for j, _, _ in f) == list(range(values.shape[1]))
    idx = rng.integers(0, n, size=(50, n))
    expected = np.column_stack([np.take(values[:, j], idx).sum(axis=1) for j in range(values.shape[1])])
    got = _whole_sums(values)(idx)
    assert got.dtype == expected.dtype and np.array_equal(got, expected)


def test_packed_sums_of_a_resample_that_draws_one_article_every_time():
    values = np.array([[0.0, 3.0], [4.0, -1.0], [1.0, 0.0]])
    idx = np.array([[1, 1, 1], [0, 2, 2]])
    assert _whole_sums(values)(idx).tolist() == [[12.0, -3.0], [2.0, 3.0]]
