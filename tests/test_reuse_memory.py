"""Reuse keeps its documents small: memory grows with distinct wording, not with copies.

At 10k articles reuse peaked at 1.6 GB (issue #15), most of it per-character and
per-token Python objects. These check the compact forms; test_reuse checks the results.
"""

from __future__ import annotations

import pandas as pd

from analysis.normalize import normalize
from analysis.reuse import _docs_from_frame, make_doc, tokenize

WIRE = "प्रधानमंत्री ने आज कहा कि देश में सभी लोग सुरक्षित रहें और घर पर ही रहें"


def test_documents_of_one_corpus_keep_ids_not_strings_and_copied_wording_has_one_id():
    df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [WIRE, "आज की खबर: " + WIRE]})
    a, b = _docs_from_frame(df, 5)
    assert a.shingles == () and b.shingles == ()  # the strings are dropped once the documents are built
    assert a.corpus is b.corpus and a.corpus.ids == {}
    alone = make_doc("a", "a", "X", WIRE, 5)
    assert len(a.hashes) == len(alone.shingles) == len(tokenize(normalize(WIRE).text)) - 4
    assert b.hashes[-len(a.hashes) :].tolist() == a.hashes.tolist()  # the copied shingles: the same ids
    assert len(set(b.hashes.tolist()) - set(a.hashes.tolist())) == 3  # "आज की खबर" starts 3 new shingles


def test_minhash_inputs_kept_per_id_equal_datasketchs_hash_of_the_strings():
    from datasketch.hashfunc import sha1_hash32

    from analysis.reuse import _minhash_inputs

    df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "text": [WIRE, "आज की खबर: " + WIRE]})
    for corpus_doc in _docs_from_frame(df, 5, minhash_inputs=True):
        alone = make_doc("x", "x", "X", corpus_doc.text, 5)
        expected = sorted(sha1_hash32(s.encode("utf-8")) for s in set(alone.shingles))
        assert sorted(_minhash_inputs(corpus_doc)) == expected


def test_token_spans_are_a_compact_array_equal_to_the_tokens():
    doc = make_doc("a", "a", "X", WIRE, 5)
    tokens = tokenize(normalize(WIRE).text)
    assert doc.token_spans.dtype.itemsize == 4 and doc.token_spans.shape == (len(tokens), 2)
    assert [tuple(r) for r in doc.token_spans.tolist()] == list(tokens)
    assert doc.normalized.text == ""  # only the map back to the original is kept


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


def test_documents_built_as_views_map_back_to_the_original_like_documents_built_alone():
    from analysis.reuse import char_span

    texts = [WIRE, "ज़रा  रुको, “यह” क़दम ठीक है", "", "एक", "आज की खबर: " + WIRE + "  ग़ज़ब"]
    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "outlet": "X", "text": texts})
    for doc in _docs_from_frame(df, 2):
        alone = make_doc(doc.doc_id, doc.group, doc.outlet, doc.text, 2)
        assert len(doc.hashes) == len(alone.shingles)
        assert doc.normalized.keeps_offsets  # spans in the original text: no map per character held
        spans = [
            char_span(doc, i, j) for i in range(len(doc.token_spans)) for j in range(i + 1, len(doc.token_spans) + 1)
        ]
        assert spans == [
            char_span(alone, i, j)
            for i in range(len(alone.token_spans))
            for j in range(i + 1, len(alone.token_spans) + 1)
        ]
        assert all(type(x) is int for span in spans for x in span)
