"""Candidate pairs verified many per NumPy call give exactly the rows of the pair-by-pair check.

At 100k articles the per-pair NumPy calls of the verification, not the work in them, took
most of reuse's time, so the pairs of one corpus are verified batch-wise (issue #15). These
examples hold the batch path to the pair-by-pair one (`_reuse_of_pair`) on invented texts
that exercise every branch: copies, partial copies, repeated passages (overlapping runs
that the greedy tiling must settle), units of one article, spelling variants whose
character spans differ from the matching form, pairs below the threshold, and batches cut
anywhere. All text here is invented, not news.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

import analysis.reuse as reuse
from analysis.reuse import _docs_from_frame, _reuse_of_pair, _verify_block, make_doc

SYLLABLES = "क ख ग घ च ज ट ड त द न प ब म य र ल व स ह".split()
VOWELS = ["ा", "ि", "ी", "ु", "ू", "े", "ो", ""]


def words(rng: np.random.Generator, size: int) -> list[str]:
    """Made-up two-syllable words from a small stock, so that short chance matches occur too."""
    c = rng.choice(SYLLABLES, size=(size, 2))
    v = rng.choice(VOWELS, size=(size, 2))
    return ["".join(a + x for a, x in zip(cs, vs)) for cs, vs in zip(c.tolist(), v.tolist())]


def invented_corpus(seed: int) -> pd.DataFrame:
    """Articles (and units of one article) built from three invented sources in many ways."""
    rng = np.random.default_rng(seed)
    s1, s2, s3 = (words(rng, 80) for _ in range(3))
    swapped = [w if rng.random() > 0.08 else words(rng, 1)[0] for w in s1]  # a copy with ~8 % of words changed
    variant = " ".join(s2[:40]).replace("ज", "ज़").replace("क", "क़")  # nukta spellings: other character spans
    rows = [
        ("a01", "X", " ".join(s1)),
        ("a02", "Y", " ".join(swapped) + ". " + " ".join(s3[:25])),
        ("a03", "X", f"‘{' '.join(s1[:30])}’, उन्होंने कहा. " + " ".join(s2)),
        ("a04", "", " ".join(s1[:20] + s2[10:30] + s1[:20] + s1[10:35])),  # repeated passages: runs overlap
        ("a05", "Z", variant + " " + " ".join(s3)),
        ("a06", "Y", " ".join(s3[40:] + words(rng, 60))),
        ("a07", "Z", " ".join(s1[5:12] + words(rng, 40) + s2[:8])),  # short matches only: below the threshold
        ("a08", "X", " ".join(words(rng, 50))),
        ("a09", "Y", " ".join(s2[:40] * 2)),  # one passage twice on one side
    ]
    frame = pd.DataFrame(rows, columns=["doc_id", "outlet", "text"])
    units = pd.DataFrame(  # two units of one article sharing text: never a pair with each other
        {"doc_id": ["u1", "u1"], "unit_id": ["1", "2"], "outlet": ["X", "X"], "text": [" ".join(s3)] * 2}
    )
    return pd.concat([frame.assign(unit_id="0"), units], ignore_index=True)


def pair_by_pair(docs, x, y, n, min_containment, min_passage_tokens):
    """The rows `_reuse_of_pair` gives, pair after pair, as the two tables."""
    pairs, passages = [], []
    for i, j in zip(x.tolist(), y.tolist()):
        found = _reuse_of_pair(docs[i], docs[j], n, min_containment, min_passage_tokens)
        if found is not None:
            pairs.append({**found[0], "method": "all-pairs"})
            passages.extend(found[1])
    return (
        pd.DataFrame(pairs, columns=reuse.PAIR_COLUMNS),
        pd.DataFrame(passages, columns=reuse.PASSAGE_COLUMNS),
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("batch", [1, 40, 500_000])  # a batch of one pair, batches cut inside a block, one batch
def test_batch_verification_gives_the_rows_of_the_pair_by_pair_check(monkeypatch, seed, batch):
    monkeypatch.setattr(reuse, "BATCH_SHINGLES", batch)
    docs = _docs_from_frame(invented_corpus(seed), 5)
    x, y = (np.array(c, dtype=np.int64) for c in zip(*itertools.combinations(range(len(docs)), 2)))
    for min_containment, min_passage in ((0.2, 10), (0.0, 1), (0.6, 30)):
        want_pairs, want_passages = pair_by_pair(docs, x, y, 5, min_containment, min_passage)
        got_pairs, got_passages = _verify_block(docs, x, y, "all-pairs", 5, min_containment, min_passage)
        pd.testing.assert_frame_equal(got_pairs, want_pairs)
        pd.testing.assert_frame_equal(got_passages, want_passages)
    assert len(want_pairs) >= 5  # the last setting still finds pairs: the check compares rows, not two empties


def test_the_invented_corpus_exercises_overlapping_runs_spelling_spans_and_units():
    docs = _docs_from_frame(invented_corpus(1), 5)
    by_id = {d.doc_id: k for k, d in enumerate(docs)}
    x, y = (np.array(c, dtype=np.int64) for c in zip(*itertools.combinations(range(len(docs)), 2)))
    pairs, passages = _verify_block(docs, x, y, "all-pairs", 5, 0.2, 10)
    a, b = docs[by_id["a01#0"]], docs[by_id["a04#0"]]
    assert len(reuse._diagonal_runs(a, b)[0]) > len(reuse.shared_passages(a, b, 5))  # the tiling dropped runs
    spelled = passages[passages.doc_b == "a05#0"]
    assert len(spelled) and (spelled.text_b.str.contains("ज़").any() or spelled.text_b.str.contains("क़").any())
    assert (spelled.text_a != spelled.text_b).any()  # the same words in the matching form, other characters
    assert not ((pairs.doc_a == "u1#1") & (pairs.doc_b == "u1#2")).any()
    assert ((pairs.doc_a == "a06#0") | (pairs.doc_b == "a06#0")).any()


def test_documents_built_one_by_one_are_still_verified_pair_by_pair():
    """Without one corpus, hashes may collide: those pairs keep the string check (`_reuse_of_pair`)."""
    frame = invented_corpus(2)
    rows = zip(frame.doc_id, frame.unit_id, frame.outlet, frame.text)
    docs = [make_doc(f"{d}#{u}", d, o, t, 5) for d, u, o, t in rows]
    x, y = (np.array(c, dtype=np.int64) for c in zip(*itertools.combinations(range(len(docs)), 2)))
    want_pairs, want_passages = pair_by_pair(docs, x, y, 5, 0.2, 10)
    got_pairs, got_passages = _verify_block(docs, x, y, "all-pairs", 5, 0.2, 10)
    assert len(want_pairs) >= 5
    pd.testing.assert_frame_equal(got_pairs, want_pairs)
    pd.testing.assert_frame_equal(got_passages, want_passages)
