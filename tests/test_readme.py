"""The README's validation table is generated from reliability tables, never typed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import UserError
from analysis.readme import Column, agreement_table, readme_columns, replace_block, validation_table

REPO = Path(__file__).resolve().parents[1]


def _reliability(path: Path, rows: list[tuple]) -> None:
    cols = ["variable", "statistic", "value", "ci_low", "ci_high", "n", "group", "band", "comparison", "note"]
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows, columns=cols).to_csv(path, index=False)


def test_table_has_one_labelled_column_per_build_and_group(tmp_path):
    _reliability(
        tmp_path / "a/reliability.csv",
        [
            ("voice", "alpha", 0.8123, 0.7, 0.9, 40, "dev", "", "coder-vs-ref1", ""),
            ("voice", "accuracy", 0.95, 0.9, 1, 40, "dev", "", "coder-vs-ref1", ""),
            ("frames", "macro_f1", 0.5, 0.4, 0.6, 40, "dev", "", "coder-vs-ref1", ""),
            ("voice", "alpha", 0.3, 0.1, 0.5, 40, "dev", "", "ref1-vs-ref2", ""),
        ],
    )
    cols = (
        Column("A", "a/reliability.csv", "dev", "in-sample"),
        Column("B", "b/reliability.csv", "x", "out-of-sample"),
    )
    table = validation_table(tmp_path, cols)
    assert "| variable | A, in-sample (n=40) |" in table
    assert "| voice, alpha | 0.81 [0.70, 0.90] |" in table  # coder against people, not people vs people
    assert "| voice, accuracy | 0.95 [0.90, 1.00] |" in table  # the task measure #12 sets its target in
    assert "| frames, macro-F1 | 0.50 [0.40, 0.60] |" in table
    assert "Not built here: B (`b/reliability.csv`)" in table


def test_readme_shows_the_seeds_and_every_out_of_sample_column_only():
    cols = (
        Column("seeds", "results/validation/reliability.csv", "development", "in-sample"),
        Column("read set", "r/reliability.csv", "held-out", "in-sample"),
        Column("unread set", "u/reliability.csv", "held-out", "out-of-sample"),
    )
    assert [c.label for c in readme_columns(cols)] == ["seeds", "unread set"]


def test_agreement_is_the_pair_that_coded_the_same_units_as_the_columns_coder(tmp_path):
    _reliability(
        tmp_path / "a/reliability.csv",
        [
            ("voice", "alpha", 0.9, 0.8, 1, 40, "x", "", "coder-vs-ref3", ""),
            ("voice", "alpha", float("nan"), float("nan"), float("nan"), 0, "x", "", "ref1-vs-ref3", ""),
            ("voice", "alpha", 0.96, 0.9, 1, 40, "x", "", "ref3-vs-ref4", ""),
            ("frame_economy", "alpha", 0.7, 0.6, 0.8, 40, "x", "", "ref3-vs-ref4", ""),
            ("frame_india", "alpha", 0.95, 0.9, 1, 40, "x", "", "ref3-vs-ref4", ""),
        ],
    )
    table = agreement_table(tmp_path, (Column("set", "a/reliability.csv", "x", "out-of-sample", "coder-vs-ref3"),))
    assert "| set | ref3-vs-ref4 | 0.70–0.95 | – | – | 0.96 | – |" in table  # ref1 shares no unit with ref3


def test_no_build_at_all_is_a_clear_error(tmp_path):
    with pytest.raises(UserError, match="no reliability table found; build first"):
        validation_table(tmp_path)


def test_readme_has_the_generated_block():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert replace_block(text, "validation", "x").count("<!-- BEGIN validation -->") == 1


def test_readme_lists_every_status_from_the_vocabulary():
    from analysis.intake import status_table
    from analysis.tables import INTAKE_STATUSES

    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"<!-- BEGIN statuses -->\n{status_table()}\n<!-- END statuses -->" in text
    for status in INTAKE_STATUSES:
        assert f"| `{status}` |" in text, status
