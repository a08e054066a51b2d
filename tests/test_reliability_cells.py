"""disagreements reads the alignment column by column (`_cells`): the cells come out exactly as
iterating over each column gives them, missing text included (issue #15: Arrow-backed text columns
were boxed cell by cell)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.reliability import _cells


def _same(a: list, b: list) -> bool:
    def one(x, y) -> bool:
        if isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y):
            return True
        return x is y or (type(x) is type(y) and x == y)

    return len(a) == len(b) and all(one(x, y) for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize(
    "column",
    [
        pd.Series(["मंत्री ने कहा", None, "", "रूस"], dtype="str"),
        pd.Series(["मंत्री ने कहा", None, "रूस"], dtype=pd.StringDtype("pyarrow")),
        pd.Series(["सरकार", None], dtype=pd.StringDtype("python")),
        pd.Series([3, None, 7], dtype="Int64"),
        pd.Series([1.5, float("nan")]),
        pd.Series(["favor", None, 2], dtype=object),
    ],
    ids=["str", "string-pyarrow", "string-python", "Int64", "float", "object"],
)
def test_a_columns_cells_are_those_iterating_over_it_gives(column):
    assert _same(_cells(column), list(column))


@pytest.mark.parametrize(
    "column",
    [
        pd.Series(["राजदूत ने बताया", None, "", "पाकिस्तान"], dtype="str"),
        pd.Series(["राजदूत ने बताया", None], dtype=pd.StringDtype("pyarrow")),
        pd.Series([3, None, 7], dtype="Int64"),
        pd.Series([4, 5]),
    ],
    ids=["str", "string-pyarrow", "Int64", "int64"],
)
def test_the_alignment_reads_each_column_as_its_array_gives_it(column):
    from analysis.reference import _or_list, text_cells

    assert _same(_or_list(text_cells(column), column.array), list(column.array))
