"""Reuse verified and written block by block: the same tables, the same bytes, bounded rows.

At 100k articles the passages table (4.9 million rows) held whole took most of reuse's
12.9 GB and the paper's 9.4 GB; these check that cutting it into blocks changes nothing.
"""

from __future__ import annotations

import pandas as pd

from analysis.reuse import find_reuse, iter_reuse, passages_to_show, write_reuse
from analysis.tables import REUSE_PASSAGES, write_csv

WIRE = "रूस और पाकिस्तान के बीच आतंकवाद से लड़ने में सहयोग बढ़ाने और संयुक्त नौसैन्य एवं भूमि अभ्यास करने पर सहमति बनी है."
P1 = "दोनों देश शीत युद्ध काल से एक-दूसरे के विरोधी थे और लंबे समय तक उनके संबंध ठंडे रहे."
P2 = "लावरोव ने बुधवार को इस्लामाबाद में अपने पाकिस्तानी समकक्ष के साथ प्रतिनिधिमंडल स्तरीय वार्ता की."
P3 = "मौसम विभाग ने अगले तीन दिनों में उत्तर भारत के कई हिस्सों में भारी बारिश की चेतावनी जारी की है."


def corpus() -> pd.DataFrame:
    """Eight articles in three outlets (one unknown) sharing two passages in several ways."""
    texts = [f"{P1} {WIRE}", f"{WIRE} {P3}", f"{P2} {WIRE}", P1, f"{P1} {P2}", f"{P3} {P2}", WIRE, P3]
    outlets = ["X", "Y", "X", "", "Y", "X", "", "Y"]
    ids = [f"d{i}" for i in range(8)]
    ids[3] = "=d3"  # an id a spreadsheet would run as a formula: guarded in the CSV
    return pd.DataFrame({"doc_id": ids, "outlet": outlets, "text": texts})


def test_blocks_of_any_size_give_the_same_tables_in_scope_then_id_order():
    whole_pairs, whole_passages = find_reuse(corpus(), block=10_000)
    assert len(whole_pairs) >= 10 and set(whole_pairs.scope) == {"within-outlet", "cross-outlet", "outlet-unknown"}
    ranks = whole_pairs.scope.map({"within-outlet": 0, "cross-outlet": 1, "outlet-unknown": 2})
    assert list(zip(ranks, whole_pairs.doc_a, whole_pairs.doc_b)) == sorted(
        zip(ranks, whole_pairs.doc_a, whole_pairs.doc_b)
    )
    for block in (1, 3):
        pairs, passages = find_reuse(corpus(), block=block)
        pd.testing.assert_frame_equal(pairs, whole_pairs)
        pd.testing.assert_frame_equal(passages, whole_passages)


def test_a_block_holds_at_most_its_candidates_rows():
    blocks = list(iter_reuse(corpus(), block=2))
    assert len(blocks) > 5 and all(len(pairs) <= 2 for pairs, _ in blocks)


def test_written_blocks_are_the_bytes_of_the_whole_tables(tmp_path):
    pairs, passages = find_reuse(corpus())
    write_csv(pairs, tmp_path / "pairs_whole.csv")
    write_csv(passages, tmp_path / "passages_whole.csv")
    got, n = write_reuse(iter_reuse(corpus(), block=2), tmp_path / "pairs.csv", tmp_path / "passages.csv")
    assert n == len(passages) and (passages.doc_a == "=d3").any()  # a formula-like cell, guarded
    pd.testing.assert_frame_equal(got, pairs)
    for name in ("pairs", "passages"):
        assert (tmp_path / f"{name}.csv").read_bytes() == (tmp_path / f"{name}_whole.csv").read_bytes()


def test_no_reuse_writes_the_header_alone(tmp_path):
    unrelated = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [P1, P3]})
    _, n = write_reuse(iter_reuse(unrelated), tmp_path / "pairs.csv", tmp_path / "passages.csv")
    assert n == 0 and (tmp_path / "passages.csv").read_text() == ",".join(REUSE_PASSAGES.columns) + "\n"


def test_the_paper_shows_the_longest_passages_read_in_chunks(tmp_path):
    _, passages = find_reuse(corpus())
    write_csv(passages, tmp_path / "passages.csv")
    whole = pd.read_csv(tmp_path / "passages.csv", keep_default_na=False)
    longest = whole.sort_values("n_tokens", ascending=False, kind="stable").head(3)
    n, shown = passages_to_show(tmp_path / "passages.csv", 3, chunk_rows=2)
    assert n == len(whole) > 3
    assert shown[["doc_a", "doc_b", "start_a", "n_tokens"]].values.tolist() == (
        longest[["doc_a", "doc_b", "start_a", "n_tokens"]].values.tolist()
    )
    n, shown = passages_to_show(tmp_path / "passages.csv", 100, chunk_rows=2)
    assert shown["start_a"].tolist() == whole["start_a"].tolist()  # all of them, in file order
    assert "=d3" in set(shown.doc_a) and "'=d3" in (tmp_path / "passages.csv").read_text()  # restored


def test_passages_written_from_columns_quote_and_guard_cells_as_pandas_writes_the_tables(tmp_path):
    # a quoted sentence with commas, a line break and a formula-like line inside the shared passage
    quoted = 'मंत्री ने कहा, "हम कल सुबह से, यानी\n-सोमवार से, हर ज़िले में नई जाँच शुरू करेंगे," और फिर चले गए.'
    texts = [f"{P1} {quoted}", f"{quoted} {P3}", f"-{quoted}", P2]
    df = pd.DataFrame({"doc_id": ["+a", "-3.5", "@c", "d,1"], "outlet": ["X", "Y", "=Z", "X"], "text": texts})
    pairs, passages = find_reuse(df)
    write_csv(pairs, tmp_path / "pairs_whole.csv")
    write_csv(passages, tmp_path / "passages_whole.csv")
    from analysis.reuse import iter_reuse_columns

    _, n = write_reuse(iter_reuse_columns(df, block=1), tmp_path / "pairs.csv", tmp_path / "passages.csv")
    written = (tmp_path / "passages.csv").read_text()
    assert n == len(passages) >= 3 and '""' in written and "'+a" in written and ",-3.5," in written
    for name in ("pairs", "passages"):
        assert (tmp_path / f"{name}.csv").read_bytes() == (tmp_path / f"{name}_whole.csv").read_bytes()


def test_pairs_are_written_as_pandas_writes_them_floats_ids_and_an_empty_table(tmp_path):
    # ratios such as 1/3 and 2/7 print as pandas' %.6g does; no pair at all: the header alone
    pairs, _ = find_reuse(corpus())
    assert any(0 < v < 1 for v in pairs.containment_a)
    for name, table in (("some", pairs), ("none", pairs.iloc[:0])):
        from analysis.reuse import _write_pairs

        _write_pairs(table, tmp_path / f"{name}.csv")
        write_csv(table, tmp_path / f"{name}_pandas.csv")
        assert (tmp_path / f"{name}.csv").read_bytes() == (tmp_path / f"{name}_pandas.csv").read_bytes()


def test_pairs_written_a_few_rows_at_a_time_are_the_bytes_of_all_at_once(tmp_path, monkeypatch):
    import analysis.reuse as reuse

    pairs, _ = find_reuse(corpus())
    assert len(pairs) >= 3
    write_csv(pairs, tmp_path / "pandas.csv")
    for rows in (1, 2, len(pairs), 10 * len(pairs)):  # a row, a pair of rows, all, more than all
        monkeypatch.setattr(reuse, "PAIR_ROWS", rows)
        reuse._write_pairs(pairs, tmp_path / f"rows{rows}.csv")
        assert (tmp_path / f"rows{rows}.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()
