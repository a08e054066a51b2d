"""Text reuse on constructed pairs: verbatim, partial, reordered, unrelated, quotes."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import UserError
from analysis.reuse import find_reuse, reuse_matrix, reuse_summary
from analysis.tables import REUSE_PAIRS

WIRE = "रूस और पाकिस्तान के बीच आतंकवाद से लड़ने में सहयोग बढ़ाने और संयुक्त नौसैन्य एवं भूमि अभ्यास करने पर सहमति बनी है."
P1 = "दोनों देश शीत युद्ध काल से एक-दूसरे के विरोधी थे और लंबे समय तक उनके संबंध ठंडे रहे."
P2 = "लावरोव ने बुधवार को इस्लामाबाद में अपने पाकिस्तानी समकक्ष के साथ प्रतिनिधिमंडल स्तरीय वार्ता की."
P3 = "मौसम विभाग ने अगले तीन दिनों में उत्तर भारत के कई हिस्सों में भारी बारिश की चेतावनी जारी की है."
P4 = "क्रिकेट टीम ने आखिरी ओवर में छक्का लगाकर रोमांचक मुकाबला जीत लिया और दर्शक खुशी से झूम उठे."
FILLER = (
    "राजधानी में आज सुबह से ही चहल-पहल रही और बाजारों में लोगों की भीड़ देखी गई. "
    "प्रशासन ने यातायात व्यवस्था के लिए अतिरिक्त पुलिस बल तैनात किया था. "
    "शाम को शहर के कई इलाकों में सांस्कृतिक कार्यक्रम आयोजित किए गए जिनमें बच्चों ने भाग लिया."
)


def docs(*rows):
    return pd.DataFrame([{"doc_id": d, "outlet": o, "text": t} for d, o, t in rows])


def test_verbatim_copy_is_full_containment():
    text = f"{P1}\n\n{P2}"
    pairs, passages = find_reuse(docs(("a", "X", text), ("b", "Y", text)))
    assert len(pairs) == 1
    row = pairs.iloc[0]
    assert (row.containment_a, row.containment_b, row.jaccard) == (1.0, 1.0, 1.0)
    assert row.scope == "cross-outlet" and row.method == "all-pairs"
    assert len(passages) == 1
    p = passages.iloc[0]
    assert (p.start_a, p.end_a) == (0, len(text) - 1)  # up to the last word, not the final "."
    assert p.text_a == text[:-1] == p.text_b


def test_short_wire_paragraph_inside_long_article_counts():
    long_text = f"{FILLER}\n\n{WIRE}\n\n{P3}\n\n{P4}"
    pairs, passages = find_reuse(docs(("long", "X", long_text), ("wire", "Y", WIRE)))
    assert len(pairs) == 1
    row = pairs.iloc[0]
    assert row.doc_a == "long" and row.doc_b == "wire"
    assert row.containment_b == 1.0
    assert row.containment_a < 0.35  # the long article is mostly its own text
    assert len(passages) == 1
    p = passages.iloc[0]
    assert long_text[p.start_a : p.end_a] == WIRE[:-1]
    assert p.start_a == long_text.index(WIRE)
    assert (p.start_b, p.end_b) == (0, len(WIRE) - 1)


def test_reordered_paragraphs_give_one_passage_each():
    a = f"{P1}\n\n{P2}\n\n{WIRE}"
    b = f"{WIRE}\n\n{P1}\n\n{P2}"
    pairs, passages = find_reuse(docs(("a", "X", a), ("b", "X", b)))
    assert pairs.iloc[0].scope == "within-outlet"
    assert pairs.iloc[0].containment_a > 0.8
    texts = set(passages["text_a"])
    # P1 and P2 stay adjacent in both, so they form one passage; the moved WIRE is another
    assert any(WIRE[:-1] == t for t in texts)
    assert any(t.startswith(P1[:20]) and t.endswith(P2[-10:-1]) for t in texts)
    for p in passages.itertuples():
        assert a[p.start_a : p.end_a] == p.text_a and b[p.start_b : p.end_b] == p.text_b


def test_unrelated_articles_give_no_pair():
    pairs, passages = find_reuse(docs(("a", "X", f"{P3}\n\n{FILLER}"), ("b", "Y", P4)))
    assert pairs.empty and passages.empty
    assert list(pairs.columns) == list(REUSE_PAIRS.columns)


def test_quoted_and_unquoted_statement_match_across_outlets():
    a = f"{FILLER} उन्होंने कहा, यह क्षेत्र के सभी राज्यों के हित में है. {P3}"
    b = f"{P4} लावरोव ने बात की. उन्होंने कहा, ‘यह क्षेत्र के सभी राज्यों के हित में है.’ {P2}"
    pairs, passages = find_reuse(docs(("etv", "ETV Bharat", a), ("hindi", "Hindi portal", b)))
    assert len(pairs) == 1 and pairs.iloc[0].scope == "cross-outlet"
    assert max(pairs.iloc[0].containment_a, pairs.iloc[0].containment_b) < 0.2  # kept for the passage length
    p = passages.iloc[0]
    assert p.text_a == "उन्होंने कहा, यह क्षेत्र के सभी राज्यों के हित में है"
    assert p.text_b == "उन्होंने कहा, ‘यह क्षेत्र के सभी राज्यों के हित में है"


def test_spelling_variants_match_and_quote_the_original():
    a = f"{FILLER} हिन्दी अख़बारों ने रूस के साथ सम्बन्धों पर विस्तार से लिखा और कहा कि यह दौरा अहम है."
    b = f"{P4} हिंदी अखबारों ने रूस के साथ संबंधों पर विस्तार से लिखा और कहा कि यह दौरा अहम है."
    pairs, passages = find_reuse(docs(("a", "X", a), ("b", "Y", b)))
    assert len(passages) == 1
    assert passages.iloc[0].text_a.startswith("हिन्दी अख़बारों")
    assert passages.iloc[0].text_b.startswith("हिंदी अखबारों")


def test_units_of_one_article_are_not_paired():
    units = pd.DataFrame(
        {"doc_id": ["d1", "d1", "d2"], "unit_id": [1, 2, 1], "outlet": ["X", "X", "Y"], "text": [WIRE, WIRE, WIRE]}
    )
    pairs, _ = find_reuse(units)
    assert sorted(zip(pairs.doc_a, pairs.doc_b)) == [("d1#1", "d2#1"), ("d1#2", "d2#1")]


def test_output_does_not_depend_on_row_order():
    rows = [("a", "X", f"{P1} {WIRE}"), ("b", "Y", f"{WIRE} {P3}"), ("c", "X", f"{P2} {WIRE} {P4}"), ("d", "Z", P4)]
    p1, s1 = find_reuse(docs(*rows))
    p2, s2 = find_reuse(docs(*reversed(rows)))
    pd.testing.assert_frame_equal(p1, p2)
    pd.testing.assert_frame_equal(s1, s2)
    assert list(p1.scope) == sorted(p1.scope, key=lambda s: s != "within-outlet")


def test_minhash_lsh_above_threshold_finds_near_duplicates():
    base = [P1, P2, P3, P4, FILLER, WIRE]
    rows = [(f"orig{i}", "X", t) for i, t in enumerate(base)]
    rows += [(f"copy{i}", "Y", t) for i, t in enumerate(base)]
    pairs, _ = find_reuse(docs(*rows), lsh_min_docs=5, seed=7)
    assert set(pairs.method) == {"minhash-lsh"}
    assert {(r.doc_a, r.doc_b) for r in pairs.itertuples()} == {(f"copy{i}", f"orig{i}") for i in range(6)}
    again, _ = find_reuse(docs(*rows), lsh_min_docs=5, seed=7)
    pd.testing.assert_frame_equal(pairs, again)


def test_reuse_matrix_and_summary():
    pairs = pd.DataFrame(
        {
            "doc_a": ["a", "c"],
            "doc_b": ["b", "d"],
            "outlet_a": ["X", "X"],
            "outlet_b": ["Y", "X"],
            "scope": ["cross-outlet", "within-outlet"],
        }
    )
    m = reuse_matrix(pairs, ["X", "Y", "Z"])
    assert m.loc["X", "Y"] == 1 and m.loc["Y", "X"] == 1 and m.loc["X", "X"] == 1 and m.loc["Z"].sum() == 0
    s = reuse_summary(pairs, pd.DataFrame({"outlet": ["X", "X", "X", "Y"]})).set_index("outlet")
    assert s.loc["X", "docs_cross"] == 1 and s.loc["X", "docs_within"] == 2 and s.loc["Y", "share_docs_cross"] == 1.0
    with pytest.raises(UserError, match="not in the outlet list"):
        reuse_matrix(pairs, ["X"])


def test_bad_input_is_a_user_error():
    with pytest.raises(UserError, match="missing columns"):
        find_reuse(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}))
    with pytest.raises(UserError, match="duplicate document ids"):
        find_reuse(docs(("a", "X", P1), ("a", "Y", P2)))


SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.skipif(not SEEDS.exists(), reason="seed articles absent")
def test_seed_statement_found_between_two_outlets():
    rows = []
    for k, f in enumerate(sorted(SEEDS.glob("*.txt"))):
        rows.append((f.stem, f"outlet{k}", unicodedata.normalize("NFC", f.read_text(encoding="utf-8"))))
    pairs, passages = find_reuse(docs(*rows))
    hit = passages[passages.text_a.str.contains("सभी राज्यों के हित में है")]
    assert len(hit) == 1 and hit.iloc[0].scope == "cross-outlet"
    assert "‘यह क्षेत्र" in hit.iloc[0].text_b


def test_unknown_outlet_is_neither_within_nor_cross():
    pairs, _ = find_reuse(docs(("a", "", WIRE), ("b", "", WIRE)))
    assert pairs.iloc[0].scope == "outlet-unknown"


# ------------------------------------------- the indexed path against its definition


def _passages_by_dp(a, b, n):
    """Shared passages as first written: a diagonal dynamic programme over shingle strings."""
    from analysis.reuse import Passage

    positions_b = {}
    for j, s in enumerate(b.shingles):
        positions_b.setdefault(s, []).append(j)
    runs, prev = [], {}
    for i, s in enumerate(a.shingles):
        cur = {j: prev.get(j - 1, 0) + 1 for j in positions_b.get(s, ())}
        runs += [(length, i - length, j - length + 1) for j, length in prev.items() if j + 1 not in cur]
        prev = cur
    runs += [(length, len(a.shingles) - length, j - length + 1) for j, length in prev.items()]
    used_a, used_b, out = [], [], []
    for length, i0, j0 in sorted(runs, key=lambda r: (-r[0], r[1], r[2])):
        a0, a1, b0, b1 = i0, i0 + length - 1 + n, j0, j0 + length - 1 + n
        if any(a0 < e and s < a1 for s, e in used_a) or any(b0 < e and s < b1 for s, e in used_b):
            continue
        used_a.append((a0, a1))
        used_b.append((b0, b1))
        out.append(Passage(a0, a1, b0, b1))
    return sorted(out, key=lambda p: (p.a0, p.b0))


def _random_texts(seed, n_docs, words=40):
    """Documents drawn from a small vocabulary, some carrying copied or repeated stretches."""
    import numpy as np

    rng = np.random.default_rng(seed)
    vocab = (WIRE + " " + P1 + " " + P2 + " " + P3).replace(".", "").split()[:30]
    texts = [" ".join(rng.choice(vocab, size=rng.integers(3, words))) for _ in range(n_docs)]
    for k in range(1, n_docs, 2):  # copy a stretch of an earlier document, sometimes twice
        src = texts[rng.integers(k)].split()
        start = rng.integers(len(src))
        piece = " ".join(src[start : start + rng.integers(5, 20)])
        texts[k] = f"{texts[k]} {piece} {piece if rng.random() < 0.3 else ''}".strip()
    return texts


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sorted_search_passages_equal_the_diagonal_dynamic_programme(seed):
    from analysis.reuse import make_doc, shared_passages

    texts = _random_texts(seed, 16)
    docs_ = [make_doc(str(k), str(k), "X", t, 3) for k, t in enumerate(texts)]
    checked = 0
    for a in docs_:
        for b in docs_:
            assert shared_passages(a, b, 3) == _passages_by_dp(a, b, 3)
            checked += bool(_passages_by_dp(a, b, 3))
    assert checked > 16  # not only self-pairs share text


@pytest.mark.parametrize("seed,min_containment,min_passage", [(3, 0.2, 10), (4, 0.0, 1), (5, 0.5, 6)])
def test_counted_candidates_keep_every_pair_the_exhaustive_search_reports(seed, min_containment, min_passage):
    from analysis import reuse

    frame = docs(*[(f"d{k:02d}", "XY"[k % 2], t) for k, t in enumerate(_random_texts(seed, 40))])
    fast = reuse.find_reuse(frame, n=3, min_containment=min_containment, min_passage_tokens=min_passage)
    every_pair = reuse._candidates_all_pairs
    try:  # the exhaustive search: every pair of documents is verified
        reuse._candidates_all_pairs = lambda d, *a, **k: [(x, y) for x in range(len(d)) for y in range(x + 1, len(d))]
        slow = reuse.find_reuse(frame, n=3, min_containment=min_containment, min_passage_tokens=min_passage)
    finally:
        reuse._candidates_all_pairs = every_pair
    pd.testing.assert_frame_equal(fast[0], slow[0])
    pd.testing.assert_frame_equal(fast[1], slow[1])
    assert len(fast[0]) > 3


def test_a_stock_shingle_over_the_cap_is_not_expanded_but_other_shared_text_still_counts():
    from analysis import reuse

    rows = [(f"d{k}", "X", f"{WIRE} {P1 if k < 2 else P3}") for k in range(4)]
    d = reuse._docs_from_frame(docs(*rows), 5)
    capped = reuse._candidates_all_pairs(d, 5, 0.2, 10, max_posting=3)  # WIRE's shingles are in 4 documents
    assert capped == [(0, 1), (2, 3)]  # only the pairs that also share P1 or P3 are verified
    assert reuse._candidates_all_pairs(d, 5, 0.2, 10) == [(x, y) for x in range(4) for y in range(x + 1, 4)]
