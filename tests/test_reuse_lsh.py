"""MinHash-LSH candidates from sorted bands equal datasketch's own index, pair for pair.

At 100k articles `MinHashLSH`'s per-document tables were reuse's peak memory, so the bands
of the sketch matrix are sorted instead (issue #15). These hold the result to datasketch's
insert/query on invented texts (not news), at thresholds that give few and many pairs.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.reuse import _candidates_lsh, _docs_from_frame, _minhash_inputs

SYLLABLES = "क ख ग घ च ज ट ड त द न प ब म य र ल व स ह".split()
VOWELS = ["ा", "ि", "ी", "ु", "ू", "े", "ो", ""]


def invented_docs(seed: int, k: int = 60) -> pd.DataFrame:
    """k documents: a few sources, copies with some words changed, and unrelated texts."""
    rng = np.random.default_rng(seed)
    vocab = ["".join(a + v for a, v in zip(rng.choice(SYLLABLES, 2), rng.choice(VOWELS, 2))) for _ in range(400)]
    sources = [rng.choice(vocab, 70).tolist() for _ in range(8)]
    texts = []
    for i in range(k):
        words = list(sources[i % 8]) if i % 3 else rng.choice(vocab, 70).tolist()
        changed = rng.random(len(words)) < rng.uniform(0.0, 0.12)
        texts.append(" ".join(w if not c else rng.choice(vocab) for w, c in zip(words, changed)))
    texts[5] = ""  # a document without shingles has no sketch
    return pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(k)], "outlet": "X", "text": texts})


def datasketch_pairs(docs, threshold: float, num_perm: int, seed: int) -> list[tuple[int, int]]:
    """The pairs `MinHashLSH.query` returns for every document (how reuse found them before)."""
    from datasketch import MinHash, MinHashLSH

    lsh, sketches = MinHashLSH(threshold=threshold, num_perm=num_perm), {}
    template = MinHash(num_perm=num_perm, seed=seed)
    for k, d in enumerate(docs):
        if d.hashes.size:
            m = MinHash(num_perm, seed, hashfunc=int, permutations=template.permutations, scheme=template.scheme)
            m.update_batch(_minhash_inputs(d))
            lsh.insert(k, m)
            sketches[k] = m
    return sorted({(min(k, o), max(k, o)) for k, m in sketches.items() for o in lsh.query(m) if o != k})


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("threshold, num_perm", [(0.3, 128), (0.5, 64), (0.1, 32)])
def test_sorted_bands_give_the_pairs_of_datasketchs_index(seed, threshold, num_perm):
    docs = _docs_from_frame(invented_docs(seed), 5, minhash_inputs=True)
    want = datasketch_pairs(docs, threshold, num_perm, seed=7)
    got = _candidates_lsh(docs, threshold, num_perm, seed=7)
    assert got == want
    assert 10 <= len(want) < len(docs) * (len(docs) - 1) // 2  # some pairs, not every pair
    assert all(5 not in pair for pair in got)  # the empty document


def datasketch_sketches(docs, num_perm: int, seed: int, scheme: str | None = None) -> np.ndarray:
    """Each document's `MinHash.update_batch` sketch, one object per document."""
    from datasketch import MinHash

    template = MinHash(num_perm=num_perm, seed=seed, scheme=scheme)
    rows = []
    for d in docs:
        m = MinHash(num_perm, seed, hashfunc=int, permutations=template.permutations, scheme=template.scheme)
        m.update_batch(_minhash_inputs(d))
        rows.append(m.hashvalues.astype(np.uint64))
    return np.array(rows)


@pytest.mark.parametrize("chunk", [1 << 16, 50])  # 50 inputs: a chunk a document or two
def test_sketches_of_many_documents_at_once_equal_datasketchs_one_by_one(monkeypatch, chunk):
    import analysis.reuse as reuse

    monkeypatch.setattr(reuse, "SKETCH_INPUTS", chunk)
    docs = [d for d in _docs_from_frame(invented_docs(3), 5, minhash_inputs=True) if d.hashes.size]
    np.testing.assert_array_equal(reuse._sketches(docs, 64, 7), datasketch_sketches(docs, 64, 7))


@pytest.mark.parametrize("scheme", ["affine32", "affine64", "legacy"])
def test_permuted_inputs_are_datasketchs_arithmetic_in_every_scheme(scheme):
    from datasketch import MinHash

    from analysis.reuse import _permuted_inputs

    docs = [d for d in _docs_from_frame(invented_docs(4), 5, minhash_inputs=True) if d.hashes.size]
    template = MinHash(num_perm=32, seed=11, scheme=scheme)
    got = np.array([_permuted_inputs(template, np.array(_minhash_inputs(d), np.uint32)).min(axis=1) for d in docs])
    np.testing.assert_array_equal(got.astype(np.uint64), datasketch_sketches(docs, 32, 11, scheme))
