"""Reuse keeps its documents small: memory grows with distinct wording, not with copies.

At 10k articles reuse peaked at 1.6 GB (issue #15), most of it per-character and
per-token Python objects. These check the compact forms; test_reuse checks the results.
"""

from __future__ import annotations

import pandas as pd

from analysis.normalize import normalize
from analysis.reuse import _docs_from_frame, make_doc, tokenize

WIRE = "प्रधानमंत्री ने आज कहा कि देश में सभी लोग सुरक्षित रहें और घर पर ही रहें"


def test_copied_wording_is_stored_once_across_documents():
    df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [WIRE, "आज की खबर: " + WIRE]})
    a, b = _docs_from_frame(df, 5)
    common = set(a.shingles) & set(b.shingles)
    assert common
    by_text = {s: s for s in a.shingles}
    assert all(any(x is by_text[x] for x in b.shingles if x == s) for s in common)  # one object, shared


def test_token_spans_are_a_compact_array_equal_to_the_tokens():
    doc = make_doc("a", "a", "X", WIRE, 5)
    assert doc.token_spans.dtype.itemsize == 4 and doc.token_spans.shape == (len(tokenize(doc.normalized.text)), 2)
    assert [tuple(r) for r in doc.token_spans.tolist()] == list(tokenize(doc.normalized.text))


def test_offsets_cost_nothing_when_normalizing_changes_no_length():
    assert isinstance(normalize(WIRE).origin, range)
    edited = normalize("ज़रा  रुको")  # a nukta dropped and two spaces joined
    assert edited.origin.itemsize == 4 and list(edited.origin) == [0, 2, 3, 4, 6, 7, 8, 9]


def test_shared_counts_from_corpus_ids_equal_the_string_sets():
    from analysis.reuse import _shared

    texts = [WIRE, "आज की खबर: " + WIRE, "बिल्कुल अलग एक वाक्य जिसमें कुछ भी साझा नहीं है", WIRE + " " + WIRE]
    df = pd.DataFrame({"doc_id": list("abcd"), "outlet": list("XYXY"), "text": texts})
    as_corpus = _docs_from_frame(df, 3)
    alone = [make_doc(d.doc_id, d.group, d.outlet, d.text, 3) for d in as_corpus]  # no shared ids: string sets
    assert all(d.corpus is as_corpus[0].corpus for d in as_corpus) and alone[0].corpus is None
    for i in range(4):
        for j in range(4):
            assert _shared(as_corpus[i], as_corpus[j]) == _shared(alone[i], alone[j])
    assert _shared(as_corpus[0], as_corpus[3])[2] > 0 and _shared(as_corpus[0], as_corpus[2])[2] == 0
