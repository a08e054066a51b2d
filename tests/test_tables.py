"""Table contracts and writers: one check, one message; CSV safe to open in a spreadsheet."""

from __future__ import annotations

import pandas as pd

from analysis.tables import write_csv


def test_a_formula_like_outlet_reaches_the_csv_as_text(tmp_path):
    df = pd.DataFrame(
        {"outlet": ['=HYPERLINK("http://x","y")', "@SUM(A1)", "Amar Ujala"], "balance": [-0.5, 0.25, 1.0]}
    )
    write_csv(df, tmp_path / "t.csv")
    back = pd.read_csv(tmp_path / "t.csv", dtype=str, keep_default_na=False)
    assert back["outlet"].tolist() == ['\'=HYPERLINK("http://x","y")', "'@SUM(A1)", "Amar Ujala"]
    assert back["balance"].tolist() == ["-0.5", "0.25", "1"]  # numbers are not text: left alone


def test_files_the_workflow_reads_back_keep_their_text_exactly(tmp_path):
    df = pd.DataFrame({"line": ["- विज्ञापन -", "=x"]})
    write_csv(df, tmp_path / "shard.csv", for_people=False)
    assert pd.read_csv(tmp_path / "shard.csv", dtype=str)["line"].tolist() == ["- विज्ञापन -", "=x"]
