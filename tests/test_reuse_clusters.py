"""Reuse on large groups of near-identical copies: found, linear in the copies, never dropped.

Issue #14: 1,000 copies of one text gave no pairs at all (every shingle was over the stock
phrase cap) and 500 copies gave 124,750 pairs. All text here is invented, not news.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.reuse import MAX_POSTING, NEAR_DUP_POSTING, find_reuse

PARAGRAPH = (
    "पहाड़ी गाँव के पुराने पुस्तकालय में हर शनिवार को बच्चे कहानियाँ पढ़ने आते हैं और "
    "बुज़ुर्ग लाइब्रेरियन उन्हें नदी, जंगल और तारों के बारे में लंबी कथाएँ सुनाते हैं. "
    "पिछले महीने स्वयंसेवकों ने नई अलमारियाँ बनाईं, दीवारों पर रंगीन चित्र बनाए और "
    "बरामदे में बैठने के लिए लकड़ी की बेंचें रखीं ताकि बारिश के दिनों में भी पढ़ाई चलती रहे."
)
STOCK = "हमारे चैनल से जुड़े रहिए और हर ताज़ा जानकारी के लिए घंटी का बटन दबाना न भूलें"
SYLLABLES = "क ख ग घ च छ ज झ ट ठ ड त थ द ध न प फ ब भ म य र ल व स ह".split()
VOWELS = ["ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ", ""]


def invented_words(rng: np.random.Generator, size: int) -> list[str]:
    """Made-up three-syllable words (~20 million of them): different documents share no
    word next to the stock phrase, hence no 5-word run, by chance."""
    c = rng.choice(SYLLABLES, size=(size, 3))
    v = rng.choice(VOWELS, size=(size, 3))
    return ["".join(a + x for a, x in zip(cs, vs)) for cs, vs in zip(c.tolist(), v.tolist())]


def copies(k: int, outlet: str = "", prefix: str = "c") -> list[tuple[str, str, str]]:
    """k copies of PARAGRAPH, each with a word of its own at the end."""
    return [(f"{prefix}{i:05d}", outlet, f"{PARAGRAPH} चिह्न{i}") for i in range(k)]


def different(k: int, seed: int, stock: bool) -> list[tuple[str, str, str]]:
    """k documents of invented words, unrelated to each other, each with STOCK if asked."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(k):
        body = " ".join(invented_words(rng, 40))
        rows.append((f"d{i:05d}", "XY"[i % 2], f"{STOCK}. {body}" if stock else body))
    return rows


def frame(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["doc_id", "outlet", "text"])


@pytest.mark.parametrize("k,lsh_min_docs", [(1000, 20000), (2000, 20000), (1200, 200)])
def test_a_large_group_of_copies_is_reported_as_pairs_to_its_first_copy(k, lsh_min_docs):
    pairs, passages = find_reuse(frame(copies(k)), lsh_min_docs=lsh_min_docs)
    assert len(pairs) == k - 1  # not k(k-1)/2, and not 0
    assert set(pairs.doc_a) == {"c00000"} and set(pairs.doc_b) == {f"c{i:05d}" for i in range(1, k)}
    assert (pairs.containment_a > 0.9).all() and (pairs.scope == "outlet-unknown").all()
    assert len(passages) == k - 1 and passages.text_a.str.startswith("पहाड़ी गाँव").all()
    assert set(pairs.method) == {"all-pairs" if lsh_min_docs > k else "minhash-lsh"}


def test_copies_each_with_a_paragraph_of_their_own_are_still_one_group():
    rng = np.random.default_rng(6)
    own = [f"{t} " + " ".join(invented_words(rng, 30)) for _, _, t in copies(1000)]  # ~40 % of each is its own
    pairs, _ = find_reuse(frame([(f"c{i:05d}", "", t) for i, t in enumerate(own)]), lsh_min_docs=20000)
    assert len(pairs) == 999 and set(pairs.doc_a) == {"c00000"}
    assert (pairs.containment_b < 0.7).all()


def test_more_own_text_than_shared_text_leaves_the_shared_text_a_stock_phrase():
    rng = np.random.default_rng(7)
    own = [f"{t} " + " ".join(invented_words(rng, 80)) for _, _, t in copies(MAX_POSTING + 100)]
    pairs, _ = find_reuse(frame([(f"c{i:05d}", "", t) for i, t in enumerate(own)]), lsh_min_docs=20000)
    assert pairs.empty  # otherwise different articles: the stock-phrase rule, as before


def test_copies_up_to_the_crowding_limit_keep_every_pair():
    k = NEAR_DUP_POSTING
    pairs, _ = find_reuse(frame(copies(k)))
    assert len(pairs) == k * (k - 1) // 2


def test_a_stock_phrase_in_many_different_documents_makes_no_pair():
    n = MAX_POSTING + 100
    pairs, passages = find_reuse(frame(different(n, seed=3, stock=True)), lsh_min_docs=20000)
    assert pairs.empty and passages.empty
    plain, _ = find_reuse(frame(different(40, seed=3, stock=True)), lsh_min_docs=20000)
    assert len(plain) == 40 * 39 // 2  # below the cap the same phrase is a shared passage


def test_copies_beside_a_stock_phrase_are_found_and_the_phrase_still_makes_no_pair():
    rows = copies(700, outlet="X") + different(600, seed=4, stock=True)
    rows[:700] = [(i, o, f"{STOCK}. {t}") for i, o, t in rows[:700]]  # the copies carry the phrase too
    pairs, _ = find_reuse(frame(rows), lsh_min_docs=20000)
    assert len(pairs) == 699 and set(pairs.doc_a) == {"c00000"}
    assert not pairs.doc_b.str.startswith("d").any()


def test_an_article_quoting_the_copied_text_is_paired_with_the_first_copy():
    rng = np.random.default_rng(5)
    quoting = ("q", "Y", " ".join(invented_words(rng, 120)) + f". {PARAGRAPH}")
    pairs, passages = find_reuse(frame([*copies(800, outlet="X"), quoting]), lsh_min_docs=20000)
    assert len(pairs) == 800 and len(passages) == 800
    hit = pairs[pairs.doc_b == "q"]
    assert list(hit.doc_a) == ["c00000"] and hit.iloc[0].scope == "cross-outlet"
    assert hit.iloc[0].containment_a > 0.9  # the whole paragraph of the first copy is in q


def test_edited_copies_join_the_group_and_row_order_does_not_matter():
    rows = copies(600)
    words = PARAGRAPH.split()
    for i in range(0, 600, 7):  # every seventh copy has one word changed, at a place of its own
        edited = words.copy()
        edited[i % len(words)] = "बदला"
        rows[i] = (rows[i][0], "", " ".join(edited) + f" चिह्न{i}")
    pairs, passages = find_reuse(frame(rows), lsh_min_docs=20000)
    again, passages_again = find_reuse(frame(rows[::-1]), lsh_min_docs=20000)
    pd.testing.assert_frame_equal(pairs, again)
    pd.testing.assert_frame_equal(passages, passages_again)
    assert len(pairs) == 599 and set(pairs.doc_a) == {"c00000"}  # the edited copies joined the group too
    assert (pairs[pairs.doc_b == "c00007"].containment_b < 1).all()
