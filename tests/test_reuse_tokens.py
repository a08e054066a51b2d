"""The reuse job's bulk forms give what the one-at-a-time forms give: token spans cut by one
regex split per document, and MinHash inputs hashed a chunk at a time."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd

from analysis.normalize import normalize
from analysis.reuse import _WORD_SPLIT, _docs_from_frame, _sha1_32, _TokenSpans, make_doc, tokenize

# invented for these tests: punctuation at both ends, quotes, a danda, digits, Latin words,
# a line break, runs of spaces and an empty text
TEXTS = [
    "",
    "   ",
    "“सरकार ने कहा,” मंत्री बोले — ‘अब नहीं’।",
    "राज्य में 12 नए मामले; WHO ने चेताया\n\nजिला प्रशासन  सतर्क",
    "-अंत में डैश और बिंदु.",
    "क",
]


def test_token_spans_from_the_split_equal_tokenize_across_flushes():
    for flush_at in (1, 3, 1 << 20):  # a flush after every document, every few, once at the end
        spans = _TokenSpans(flush_at=flush_at)
        expected = []
        for text in TEXTS * 3:
            form = normalize(text).text
            spans.add(_WORD_SPLIT.split(form))
            expected.extend(itertools.chain.from_iterable(tokenize(form)))
        assert list(spans.done()) == expected


def test_corpus_documents_have_make_docs_token_spans_mapped_back_to_the_original_text():
    df = pd.DataFrame({"doc_id": [f"d{k}" for k in range(len(TEXTS))], "outlet": "X", "text": TEXTS})
    for doc in _docs_from_frame(df, 2):
        alone = make_doc(doc.doc_id, doc.doc_id, "X", doc.text, 2)
        expected = [list(alone.normalized.to_original(s, e)) for s, e in alone.token_spans.tolist()]
        assert doc.token_spans.tolist() == expected
        assert doc.normalized.keeps_offsets  # no map per character is kept
        assert len(doc.hashes) == len(alone.shingles)


def test_token_spans_mapped_back_in_flushes_of_any_size_equal_to_original():
    forms = [normalize(text) for text in TEXTS * 3]  # some keep every offset, some change length
    assert any(f.keeps_offsets for f in forms) and not all(f.keeps_offsets for f in forms)
    expected = [x for f in forms for s, e in tokenize(f.text) for x in f.to_original(s, e)]
    for flush_at in (1, 3, 1 << 20):
        spans = _TokenSpans(flush_at=flush_at)
        for f in forms:
            spans.add(_WORD_SPLIT.split(f.text), f.origin, f.source_length)
        assert list(spans.done()) == expected


def test_chunked_sha1_equals_datasketchs_hash_of_each_string():
    from datasketch.hashfunc import sha1_hash32

    data = [s.encode("utf-8") for s in ("", "सरकार ने कहा", "WHO ने चेताया", "a b c d e")]
    assert _sha1_32(data).tolist() == [sha1_hash32(d) for d in data]
    assert _sha1_32([]).dtype == np.dtype("<u4") and _sha1_32([]).size == 0


def test_char_spans_of_many_passages_equal_char_span_with_and_without_edits_to_the_text():
    from analysis.reuse import _char_spans, char_span

    # the second and third texts change length when matched (a double space, a nukta letter
    # written as two characters), the first keeps every character in place
    texts = ["सरकार ने आज नई योजना शुरू की", "सरकार  ने आज नई योजना शुरू की", "ज़िला प्रशासन ने आज नई योजना शुरू की"]
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": "X", "text": texts})
    docs = [make_doc(k, k, "X", text, 2) for k, text in zip(df["doc_id"], texts)]  # each keeps its map
    assert isinstance(docs[0].normalized.origin, range) and not isinstance(docs[1].normalized.origin, range)
    which, t0, t1 = [], [], []
    for k, d in enumerate(docs):
        for a in range(d.token_spans.shape[0]):
            for b in range(a + 1, d.token_spans.shape[0] + 1):
                which.append(k), t0.append(a), t1.append(b)
    starts, ends = _char_spans(docs, np.array(which), np.array(t0), np.array(t1))
    expected = [char_span(docs[k], a, b) for k, a, b in zip(which, t0, t1)]
    assert list(zip(starts.tolist(), ends.tolist())) == expected
    # documents of one corpus hold their spans in the original text: the same character spans
    starts, ends = _char_spans(_docs_from_frame(df, 2), np.array(which), np.array(t0), np.array(t1))
    assert list(zip(starts.tolist(), ends.tolist())) == expected
