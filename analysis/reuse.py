"""Text reuse between articles: shared passages, within and across outlets.

Hindi news portals copy agency copy (PTI, ANI, IANS) and each other. Shared wording is
evidence of a common source, which matters when outlets are compared: two outlets that
"agree" on a quote may simply run the same wire paragraph. So reuse is measured on its
own and kept apart from framing.

Method. Every document is turned into its matching form (`analysis.normalize`), so that
curly versus straight quotes, nukta and chandrabindu spellings do not hide a copy. The
matching form is cut into word tokens (punctuation, quotes and dandas are not tokens,
which is why "उन्होंने कहा, ‘यह …’" and "उन्होंने कहा, यह …" match). Overlapping runs of
`n` tokens (shingles) are compared between documents:

* containment_a = shared shingles / shingles of a (how much of a is found in b). A short
  wire paragraph inside a long article has containment near 1 on its own side even when
  the Jaccard index of the pair is small, so a pair is kept when either containment
  reaches `min_containment`, or when a single shared passage is at least
  `min_passage_tokens` words long (a quoted sentence two long articles both carry).
* Candidate pairs come from an inverted shingle index (exact, "all-pairs") for small
  inputs, and from MinHash-LSH (datasketch's sketches and bands, seeded; buckets found by
  sorting each band) above `lsh_min_docs` documents. Candidates are always verified on the
  exact shingle sets, many pairs per NumPy call (`_verified_batch`).
* Large groups of near-identical copies (one text printed by hundreds of papers, or
  exported hundreds of times) would make k(k-1)/2 pairs, and past `MAX_POSTING` copies
  every shingle they share would count as a stock phrase and the group would vanish.
  So a document whose wording is mostly in more than `NEAR_DUP_POSTING` documents joins
  the group of the first earlier copy that holds at least half its wording
  (`_near_duplicate_heads`): a group of k copies is reported as k - 1 pairs to its first
  copy (first by document id), each verified like any pair, and only the first copy is
  paired with other documents (a copy's own text beyond the shared one is not searched
  for reuse). Up to about `NEAR_DUP_POSTING` copies every pair is listed as before.
* Shared passages are maximal runs of consecutive shared shingles on one alignment
  (diagonal), tiled greedily longest-first so that a passage is reported once; their
  token spans are mapped back to character spans of the original text.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.compare import known_outlet
from analysis.errors import UserError
from analysis.normalize import Normalized, normalize
from analysis.tables import (
    REUSE_INPUT,
    REUSE_PAIRS,
    REUSE_PASSAGES,
    REUSE_SCOPES,
    TableSpec,
    neutral_cells,
    validate,
    write_csv,
)
from analysis.vocab import WORD_CLASS, WORD_RE

PAIR_COLUMNS = list(REUSE_PAIRS.columns)
PASSAGE_COLUMNS = list(REUSE_PASSAGES.columns)
PASSAGE_TEXT = ("doc_a", "doc_b", "scope", "text_a", "text_b")  # the rest are whole numbers
WITHIN, CROSS, UNKNOWN = REUSE_SCOPES
# A shingle found in more than this many documents is a stock phrase (a dateline, an
# agency credit, a standard caveat): its posting list is not expanded into candidate
# pairs, which would grow with the square of its length. Pairs that share any other
# shingle are still verified exactly, with the stock shingles counted; a pair whose
# ONLY shared shingles are stock phrases is not reported. No shingle of the seed or
# COVID corpora reaches the cap (COVID's most common is in 197 of 2,879 articles).
MAX_POSTING = 500
# Near-duplicate groups. A shingle in more than NEAR_DUP_POSTING documents is crowded; a
# document with at least NEAR_DUP_SHARE of its distinct shingles crowded may be one copy
# among many of one text (1,000 papers printing one wire story). Such a document joins the
# group of the first earlier one that holds NEAR_DUP_CONTAINMENT of its shingles (or
# `min_containment`, if higher); a group of k copies is reported as k - 1 pairs to its
# first copy, not k(k - 1)/2, and only the first copy is paired with other documents.
# Articles carrying a stock phrase in otherwise different text stay far below the share
# (no COVID article reaches 0.3 with shingles in more than 20 articles), so ordinary
# corpora, and copies of one text up to about 50, are paired exactly as before.
NEAR_DUP_POSTING = 50
NEAR_DUP_SHARE = 0.5
NEAR_DUP_CONTAINMENT = 0.5
MAX_LEADERS = 50  # a crowded shingle names at most this many group heads to compare against


@dataclass(frozen=True)
class Doc:
    """One document cut into tokens, with the spans needed to quote it back."""

    doc_id: str
    group: str  # the article a unit belongs to: units of one article are never paired
    outlet: str
    text: str
    normalized: Normalized
    token_spans: np.ndarray = field(repr=False, compare=False)  # (tokens, 2) int32 spans in the matching form
    # shingle at token position i (len = tokens - n + 1); empty for documents built as one
    # corpus, whose `hashes` stand for the strings exactly (no string kept per document)
    shingles: tuple[str, ...]
    hashes: np.ndarray = field(repr=False, compare=False)  # int64 hash of each shingle (position order)
    # documents of one corpus share this `Shingles`: their `hashes` are then exact ids of the
    # distinct shingle strings, so counting shared ids counts shared shingles
    corpus: Shingles | None = field(default=None, repr=False, compare=False)

    @cached_property
    def shingle_set(self) -> frozenset[str]:
        """The distinct shingles, for documents not built as one corpus (exact ids are leaner)."""
        return frozenset(self.shingles)

    @cached_property
    def distinct_hashes(self) -> np.ndarray:
        """Sorted distinct shingle hashes: the document's entries in the inverted index."""
        return np.unique(self.hashes)


@dataclass(frozen=True)
class Passage:
    """A maximal shared run: token ranges [a0, a1) and [b0, b1)."""

    a0: int
    a1: int
    b0: int
    b1: int

    @property
    def n_tokens(self) -> int:
        return self.a1 - self.a0


def tokenize(normalized_text: str) -> tuple[tuple[int, int], ...]:
    """Word token spans of a matching-form text (punctuation, quotes and dandas are not tokens)."""
    return tuple(m.span() for m in WORD_RE.finditer(normalized_text))


class Shingles:
    """The distinct shingles of one corpus, each given an exact id.

    Copied wire text repeats shingles across documents; an id per distinct string makes
    the shared count of two documents exact without a set of strings per document. A corpus
    built at once (`_docs_of_one_corpus`) numbers the shingles from word ids and never holds
    their strings (at 100k articles they were 1-2 GB); `intern` numbers strings given one
    document at a time (`make_doc`), and `release` drops them. For MinHash-LSH the one input
    it needs of each string, its SHA-1 hash (datasketch's default), is kept per id
    (`minhash_inputs`), so a sketch is the same as one built from the strings.
    """

    def __init__(self, minhash_inputs: bool = False) -> None:
        self.ids: dict[str, int] = {}
        self.sha1: array[int] | None = array("I") if minhash_inputs else None

    def intern(self, shingles: list[str]) -> np.ndarray:
        ids, sha1, known = self.ids, self.sha1, len(self.ids)
        out = [ids.setdefault(s, len(ids)) for s in shingles]  # a new string takes the next id
        if sha1 is not None and len(ids) > known:  # the new ids, in order: their first appearances
            from datasketch.hashfunc import sha1_hash32

            fresh = dict.fromkeys(s for s, i in zip(shingles, out) if i >= known)  # in id order
            sha1.extend(sha1_hash32(s.encode("utf-8")) for s in fresh)  # as `minhash_input`
        return np.array(out, dtype=np.int32 if len(ids) < 2**31 else np.int64)  # 4 bytes a shingle

    def release(self) -> None:
        """Drop the strings: the documents are built, their ids are all that is compared."""
        self.ids = {}

    def minhash_inputs(self, ids: np.ndarray) -> list[int]:
        """The hash datasketch's MinHash takes of each shingle (`ids` of this corpus)."""
        if self.sha1 is None:
            raise ValueError("corpus built without MinHash inputs")
        return np.frombuffer(self.sha1, dtype=np.uint32)[ids].tolist()


def minhash_input(shingle: str) -> int:
    """What datasketch's MinHash takes of a shingle: its default hash (`sha1_hash32`) of the UTF-8."""
    from datasketch.hashfunc import sha1_hash32

    return sha1_hash32(shingle.encode("utf-8"))


def make_doc(doc_id: str, group: str, outlet: str, text: str, n: int, corpus: Shingles | None = None) -> Doc:
    """Normalize, tokenize and shingle one document (with `corpus`: exact shingle ids)."""
    nz = normalize(text)
    spans = tokenize(nz.text)
    words = [nz.text[s:e] for s, e in spans]
    shingles = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    if corpus is not None:
        shingles, hashes = (), corpus.intern(shingles)
    else:
        shingles = tuple(shingles)
        hashes = np.fromiter(map(hash, shingles), dtype=np.int64, count=len(shingles))
    flat = np.fromiter(itertools.chain.from_iterable(spans), np.int32, 2 * len(spans))
    token_spans = flat.reshape(len(spans), 2)  # 8 bytes a token instead of a tuple's ~100
    origin = Normalized("", nz.origin, nz.source_length)  # only its map back to the original is used
    return Doc(doc_id, group, outlet, text, origin, token_spans, shingles, hashes, corpus)


def _docs_from_frame(df: pd.DataFrame, n: int, minhash_inputs: bool = False) -> list[Doc]:
    """Check the input table and build documents in a stable (doc id) order (with
    `minhash_inputs`, each shingle's MinHash input is kept for `_candidates_lsh`).

    Units may be passed instead of articles: with a `unit_id` column, each unit is a
    document named "<doc_id>#<unit_id>" and units of the same article are not paired.
    """
    return _docs_from_columns(_frame_columns(df, n), n, minhash_inputs)


def _docs_from_columns(columns: tuple[list[str], ...], n: int, minhash_inputs: bool) -> list[Doc]:
    """The documents of `_frame_columns`' lists (ids, groups, outlets, texts), in doc id order."""
    docs = _docs_of_one_corpus(*columns, n, Shingles(minhash_inputs))
    return sorted(docs, key=lambda d: d.doc_id)


def _frame_columns(df: pd.DataFrame, n: int) -> tuple[list[str], ...]:
    """The checked input table as lists of Python strings: ids, groups, outlets, texts.

    Why apart: a caller that drops the table after this frees its texts before the documents
    are built (their peak), since the documents keep these strings, not the table's.
    """
    validate(df, REUSE_INPUT)
    if n < 1:
        raise UserError(f"reuse: shingle size n must be at least 1, got {n}")
    if "unit_id" in df.columns:
        ids = df["doc_id"].astype(str) + "#" + df["unit_id"].astype(str)
    else:
        ids = df["doc_id"].astype(str)
    dup = ids[ids.duplicated()]
    if len(dup):
        raise UserError(
            f"reuse input: duplicate document ids {sorted(set(dup))[:5]}; "
            "pass one row per article (or include unit_id for units)"
        )
    # every long-lived string is made before any shingle (see `_docs_of_one_corpus`)
    columns = (ids, df["doc_id"].astype(str), df["outlet"].fillna("").astype(str), df["text"].fillna("").astype(str))
    return tuple(list(c) for c in columns)


def _docs_of_one_corpus(
    ids: list[str], groups: list[str], outlets: list[str], texts: list[str], n: int, corpus: Shingles
) -> list[Doc]:
    """Documents whose shingles are ids of one `corpus`, as `make_doc` makes them, in two passes.

    No shingle string is made: each word gets an id (a corpus has tens of thousands of
    distinct words, but millions of distinct shingles), and the shingle ids are computed
    from the word ids of the whole corpus at once (`_ngram_ids`), the same ids, in the same
    first-appearance order, that `Shingles.intern` gives the strings. Joining and hashing a
    string per shingle was most of the time and, at 100k articles, 1-2 GB. The first pass
    keeps each document's numbers in a few flat buffers; the documents are views into them.
    Token spans are kept in the original text (`_TokenSpans` maps them back as it goes), so
    no document keeps a map per character: passages only ever map token bounds back, and
    the maps were the documents' largest part (4 bytes a character: 34 MB at 10k articles).
    """
    vocab: dict[str, int] = {}
    words, spans, sizes = array("i"), _TokenSpans(), array("q")
    for text in texts:
        nz = normalize(text)
        parts = _WORD_SPLIT.split(nz.text)  # gap, word, gap, ..., word, gap: no Match object per token
        tokens = parts[1::2]
        words.extend([vocab.setdefault(t, len(vocab)) for t in tokens])
        spans.add(parts, nz.origin, nz.source_length)  # spans mapped back to the original text
        n_sh = max(len(tokens) - n + 1, 0)  # as `make_doc`: one shingle per start of n tokens
        sizes.extend((n_sh, len(tokens), nz.source_length))
    w, sp = (np.frombuffer(b, dtype=np.int32) for b in (words, spans.done()))
    n_sh, n_tok, source = np.frombuffer(sizes, dtype=np.int64).reshape(-1, 3).T
    starts = _run_positions(np.cumsum(n_tok) - n_tok, n_sh)  # each shingle's first word in `w`
    h = _ngram_ids(w, starts, n)
    if corpus.sha1 is not None:
        for chunk in _first_ngram_sha1(w, starts, h, n, list(vocab)):
            corpus.sha1.frombytes(chunk.astype("I").tobytes())  # the array's own item type
    h = h.astype(np.int32)  # ids < 2**31: one per distinct shingle
    corpus.release()
    ends = [np.cumsum(x).tolist() for x in (n_sh, 2 * n_tok)]
    docs = []
    for k, (doc_id, group, outlet, text, length) in enumerate(zip(ids, groups, outlets, texts, source.tolist())):
        (h0, h1), (s0, s1) = ((e[k - 1] if k else 0, e[k]) for e in ends)
        nz = Normalized("", range(length), length)  # the spans are in the original already
        docs.append(Doc(doc_id, group, outlet, text, nz, sp[s0:s1].reshape(-1, 2), (), h[h0:h1], corpus))
    return docs


# WORD_RE with its match kept: `split` gives the gaps and the words in turn, all in C
_WORD_SPLIT = re.compile(f"({WORD_CLASS}+)")


class _TokenSpans:
    """The token spans `tokenize` gives, (start, end) flat as int32, of many documents, from the
    pieces `_WORD_SPLIT.split` cuts each into (gap, word, gap, ..., word, gap): a word starts
    where the pieces before it end. The lengths are read by one `map` per document and turned
    into spans by NumPy a few thousand documents at a time, so no Match object or tuple is made
    per token (at 30k articles, five million of each) and no corpus-wide array of lengths is held.

    Given a document's map back to the original (`Normalized.origin`, `source_length`), its spans
    are mapped back as `Normalized.to_original` maps a token, so only a few documents' maps are
    ever held: a passage's span is then its first token's start and its last token's end.
    """

    def __init__(self, flush_at: int = 1 << 20) -> None:
        self.spans, self.flush_at = array("i"), flush_at
        self.lengths, self.pieces = array("i"), array("q")  # of documents not yet turned into spans
        self.maps, self.origins = array("q"), array("i")  # (map length, is an array, source length) a document

    def add(self, parts: list[str], origin=None, source_length: int = -1) -> None:
        """One document's pieces; with `origin`, spans are mapped back to the original text."""
        self.lengths.extend(map(len, parts))
        self.pieces.append(len(parts))
        identity = origin is None or (isinstance(origin, range) and origin.start == 0 and origin.step == 1)
        if not identity:
            self.origins.extend(origin)
        size = sum(map(len, parts)) if origin is None else len(origin)
        self.maps.extend((size, not identity, size if origin is None else source_length))
        if len(self.lengths) >= self.flush_at:
            self._flush()

    def done(self) -> array:
        self._flush()
        return self.spans

    def _flush(self) -> None:
        if not self.pieces:
            return
        lengths = np.frombuffer(self.lengths, dtype=np.int32).astype(np.int64)
        pieces = np.frombuffer(self.pieces, dtype=np.int64)
        ends = np.cumsum(lengths)
        first = np.cumsum(pieces) - pieces  # each document's first piece
        ends -= np.repeat(ends[first] - lengths[first], pieces)  # offsets within the document
        odd = np.arange(lengths.size) - np.repeat(first, pieces)
        words = np.flatnonzero(odd % 2 == 1)
        doc = np.repeat(np.arange(pieces.size), pieces)[words]
        start, end = _to_original(ends[words] - lengths[words], ends[words], doc, self.maps, self.origins)
        self.spans.frombytes(np.column_stack([start, end]).astype(np.int32).tobytes())
        self.lengths, self.pieces, self.maps, self.origins = array("i"), array("q"), array("q"), array("i")


def _to_original(start: np.ndarray, end: np.ndarray, doc: np.ndarray, maps: array, origins: array):
    """`Normalized.to_original(start, end)` of non-empty spans of documents `doc`, whose
    (map length, map is an array, source length) are `maps`, the arrays joined in `origins`."""
    o_len, mapped, source = np.frombuffer(maps, dtype=np.int64).reshape(-1, 3).T
    held = np.where(mapped == 1, o_len, 0)
    at = (np.cumsum(held) - held)[doc]  # each span's document's map in `origins`
    origin = np.r_[np.frombuffer(origins, dtype=np.int32).astype(np.int64), 0]  # never an empty array
    o_len, mapped, source = o_len[doc], mapped[doc] == 1, source[doc]

    def back(k: np.ndarray) -> np.ndarray:  # origin[k] of each one's document
        return np.where(mapped, origin[np.where(mapped, at + k, -1)], k)

    o_end = np.where(end < o_len, back(np.minimum(end, o_len - 1)), source)
    # the last matched character may stand for several original ones (as `Normalized.to_original`)
    return back(start), np.maximum(o_end, back(end - 1) + 1)


def _run_positions(offsets: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """offsets[k], offsets[k] + 1, ..., offsets[k] + counts[k] - 1 of every k, concatenated."""
    total = int(counts.sum())
    return np.repeat(offsets - (np.cumsum(counts) - counts), counts) + np.arange(total, dtype=np.int64)


def _ngram_ids(words: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
    """Exact ids of the n-grams of word ids `words[s : s + n]` of every s in `starts`, numbered
    in order of first appearance (as `Shingles.intern` numbers the joined strings: words hold
    no space, so equal n-grams and equal strings are the same thing).

    Word ids are packed into one int64 key while the key fits; when the next word would
    overflow it, the keys are renumbered (`pd.factorize`, a hash table in C) and packing goes
    on. A Python dict of the joined strings did the same at a string and a dict entry each.
    """
    vocab = int(words.max()) + 1 if words.size else 1
    key, span = words[starts].astype(np.int64), vocab
    for k in range(1, n):
        if span * vocab >= 2**63:
            key = pd.factorize(key)[0].astype(np.int64, copy=False)
            span = int(key.max()) + 1 if key.size else 1
        key, span = key * vocab + words[starts + k], span * vocab
    return pd.factorize(key)[0].astype(np.int64, copy=False)


def _first_ngram_sha1(
    words: np.ndarray, starts: np.ndarray, ids: np.ndarray, n: int, vocab: list[str], chunk: int = 1 << 16
) -> Iterator[np.ndarray]:
    """MinHash inputs (`minhash_input` of the joined string) of each distinct n-gram, in id
    order, a chunk at a time: each string is joined once, from the words of its first appearance."""
    if not ids.size:
        return
    firsts = np.flatnonzero(np.r_[True, ids[1:] > np.maximum.accumulate(ids)[:-1]])  # ids appear in order
    word = [w.encode("utf-8") for w in vocab].__getitem__  # the UTF-8 of a joined string is the joined UTF-8
    for lo in range(0, firsts.size, chunk):
        at = starts[firsts[lo : lo + chunk]]
        columns = [map(word, words[at + k].tolist()) for k in range(n)]  # k-th words, no list per row
        yield _sha1_32([b" ".join(row) for row in zip(*columns)])


def _sha1_32(data: list[bytes]) -> np.ndarray:
    """datasketch's `sha1_hash32` of each of `data` (the first 4 bytes of its SHA-1, little-endian
    uint32), as one array: the digests are cut and joined in C and read at once, not unpacked
    one by one (at 30k articles the two million calls were a sixth of the reuse job)."""
    sha1 = hashlib.sha1
    return np.frombuffer(b"".join([sha1(d).digest()[:4] for d in data]), dtype="<u4")


def _postings(docs: list[Doc]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The inverted index as flat arrays: document of each entry, grouped by shingle hash,
    the start of each shingle's group (plus the end), and the hash of each entry."""
    lengths = np.array([d.distinct_hashes.size for d in docs], dtype=np.int64)
    keys = np.concatenate([d.distinct_hashes for d in docs]) if len(docs) else np.empty(0, np.int64)
    owner = np.repeat(np.arange(len(docs), dtype=np.int32), lengths)  # < 2**31 documents
    order = np.argsort(keys, kind="stable")  # stable: each posting lists documents in order
    keys, owner = keys[order], owner[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if keys.size else np.empty(0, np.int64)
    return owner, np.r_[starts, keys.size], keys


def _shared_counts(owner: np.ndarray, bounds: np.ndarray, n_docs: int, max_posting: int) -> tuple[np.ndarray, ...]:
    """Pairs (x < y) sharing a non-stock shingle, with how many they share, and each
    document's count of stock shingles (postings longer than `max_posting`).

    Postings of equal length k are stacked and expanded at once into their k(k-1)/2
    pairs; the pair keys x * n_docs + y are counted by sorting, never by a Python set.
    """
    sizes = np.diff(bounds)
    stock = np.bincount(owner[np.repeat(sizes > max_posting, sizes)], minlength=n_docs)
    keys = _pair_keys_in_groups(owner, bounds, n_docs, max_posting)
    if not keys.size:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.int64), stock
    pair, shared = np.unique(keys, return_counts=True)
    return pair // n_docs, pair % n_docs, shared, stock


def _pair_keys_in_groups(members: np.ndarray, bounds: np.ndarray, n_docs: int, max_size: int) -> np.ndarray:
    """Every pair x < y of documents in one group (members[bounds[g]:bounds[g + 1]], groups of at
    most `max_size`) as the key x * n_docs + y, once per group that holds both.

    Groups of equal size k are stacked and expanded at once into their k(k-1)/2 pairs.
    """
    sizes = np.diff(bounds)
    keys = [np.empty(0, np.int64)]
    for k in np.unique(sizes[(sizes >= 2) & (sizes <= max_size)]).tolist():
        rows = members[bounds[:-1][sizes == k][:, None] + np.arange(k)].astype(np.int64)  # the groups of size k
        x, y = np.triu_indices(k, 1)
        low, high = np.minimum(rows[:, x], rows[:, y]), np.maximum(rows[:, x], rows[:, y])
        keys.append((low * n_docs + high).ravel())
    return np.concatenate(keys)


def _candidates_all_pairs(
    docs: list[Doc],
    n: int = 5,
    min_containment: float = 0.0,
    min_passage_tokens: int = 1,
    max_posting: int = MAX_POSTING,
) -> list[tuple[int, int]]:
    """Pairs that can reach the reuse threshold, from an inverted index (exact).

    Shared shingles are counted while the postings are scanned; a pair is verified only
    if that count, plus the stock shingles it might also share, could make either
    containment reach `min_containment` or allow a passage of `min_passage_tokens` words
    (the same test `_reuse_of_pair` applies to the exact count, so no pair is lost).
    """
    owner, bounds, _ = _postings(docs)
    x, y, shared, stock = _shared_counts(owner, bounds, len(docs), max_posting)
    sizes = np.array([d.distinct_hashes.size for d in docs], dtype=np.int64)
    most = shared + np.minimum(stock[x], stock[y])  # an upper bound of the exact count
    with np.errstate(divide="ignore", invalid="ignore"):
        reach = np.maximum(most / sizes[x], most / sizes[y]) >= min_containment
    keep = reach | (most >= min_passage_tokens - n + 1)
    return list(zip(x[keep].tolist(), y[keep].tolist()))


def _crowded_shingles(docs: list[Doc]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Documents that may be one copy among many (see NEAR_DUP_SHARE), in document order,
    with the hashes of each one's crowded shingles."""
    owner, bounds, keys = _postings(docs)
    crowded = np.repeat(np.diff(bounds) > NEAR_DUP_POSTING, np.diff(bounds))
    owner, keys = owner[crowded], keys[crowded]
    order = np.argsort(owner, kind="stable")
    owner, keys = owner[order], keys[order]
    counts = np.bincount(owner, minlength=len(docs))
    sizes = np.array([d.distinct_hashes.size for d in docs], dtype=np.int64)
    copies = np.flatnonzero((counts > 0) & (counts >= NEAR_DUP_SHARE * sizes))
    starts = np.searchsorted(owner, copies, "left")
    return copies, [keys[s : s + counts[x]] for s, x in zip(starts.tolist(), copies.tolist())]


def _near_duplicate_heads(docs: list[Doc], min_containment: float) -> np.ndarray:
    """The first copy of each document's near-duplicate group (itself when in none).

    Documents are taken in order; each candidate copy is compared with the group head
    that shares most of its crowded shingles (ties: the earliest) and joins that group
    when the head holds NEAR_DUP_CONTAINMENT and `min_containment` of the copy's
    shingles, so its pair with the head is always reported; otherwise it heads a group
    of its own. A copy that is half the shared text and half its own still joins: were it
    a head, the shared text would be a stock phrase among the heads and lost. A
    copy meets at most MAX_LEADERS heads per shingle, so the work grows with the
    copies, not with their square. Units of one article never join each other.
    """
    heads = np.arange(len(docs))
    need = max(NEAR_DUP_CONTAINMENT, min_containment)
    index: dict[int, list[int]] = {}
    for x, crowded in zip(*_crowded_shingles(docs)):
        mine = crowded.tolist()
        votes: dict[int, int] = {}
        for h in mine:
            for head in index.get(h, ()):
                votes[head] = votes.get(head, 0) + 1
        if votes:
            best = min(votes, key=lambda head: (-votes[head], head))
            a, b = docs[best], docs[x]
            _, n_b, shared = _shared(a, b)
            if (a.group != b.group or a.doc_id == a.group) and shared >= need * n_b:
                heads[x] = best
                continue
        for h in mine:
            listed = index.setdefault(h, [])
            if len(listed) < MAX_LEADERS:
                listed.append(int(x))
    return heads


def _candidates_lsh(docs: list[Doc], threshold: float, num_perm: int, seed: int) -> list[tuple[int, int]]:
    """Pairs whose estimated Jaccard passes `threshold` (MinHash-LSH, seeded).

    LSH estimates Jaccard, not containment: a short passage inside a long article can
    be missed here. For large corpora pass paragraphs or units as documents. Each sketch
    is datasketch's own, fed the hashes it would take of the shingle strings (kept per id
    by `Shingles`, so no string is needed). The banding is datasketch's too (its bands for
    `threshold` and `num_perm`), but the buckets are found by sorting each band of the
    sketch matrix: two documents are a pair when they agree on a whole band, exactly the
    pairs `MinHashLSH.query` returns, without its per-document tables (at 100k articles they
    were the run's peak memory and a sixth of its time).
    """
    from datasketch import MinHashLSH

    bands = MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges
    owner = np.array([k for k, d in enumerate(docs) if d.hashes.size], dtype=np.int64)
    sketches = _sketches([docs[k] for k in owner.tolist()], num_perm, seed)
    keys = [np.empty(0, np.int64)]
    for start, end in bands:
        band = sketches[:, start:end]
        order = np.lexsort(band.T[::-1])
        band = band[order]
        new = np.r_[True, (band[1:] != band[:-1]).any(axis=1)] if owner.size else np.empty(0, bool)
        bounds = np.r_[np.flatnonzero(new), owner.size]
        keys.append(np.unique(_pair_keys_in_groups(owner[order], bounds, len(docs), owner.size)))
    pairs = np.unique(np.concatenate(keys))
    return list(zip((pairs // len(docs)).tolist(), (pairs % len(docs)).tolist()))


# MinHash inputs of one corpus permuted at a time by `_sketches` (x num_perm values: 32 MB at most)
SKETCH_INPUTS = 1 << 16


def _sketches(docs: list[Doc], num_perm: int, seed: int) -> np.ndarray:
    """datasketch's MinHash (`num_perm`, `seed`) of each document, one row each (uint64).

    A sketch is the minimum, per permutation, of the permuted inputs (`_permuted_inputs`: the
    arithmetic of `MinHash.update_batch`). Documents of one corpus have their inputs in one
    array, so many documents are permuted in one NumPy call and each one's minimum taken by
    `np.minimum.reduceat`: an object and a list of Python ints per document were, at 30k
    articles, most of finding the candidates. Other documents (or a scheme this does not
    know) are sketched one by one by datasketch itself.
    """
    from datasketch import MinHash

    template = MinHash(num_perm=num_perm, seed=seed)  # its permutations serve every sketch
    out = np.empty((len(docs), num_perm), dtype=np.uint64)
    corpus = docs[0].corpus if docs else None
    if corpus is None or corpus.sha1 is None or any(d.corpus is not corpus for d in docs):
        corpus = None
    elif _permuted_inputs(template, np.zeros(1, np.uint32)) is None:
        corpus = None
    if corpus is None:
        for row, d in enumerate(docs):
            m = MinHash(num_perm, seed, hashfunc=int, permutations=template.permutations, scheme=template.scheme)
            m.update_batch(_minhash_inputs(d))
            out[row] = m.hashvalues
        return out
    sha1 = np.frombuffer(corpus.sha1, dtype=np.uint32)
    sizes = np.array([d.distinct_hashes.size for d in docs], dtype=np.int64)
    ends = np.cumsum(sizes)
    cuts = np.searchsorted(ends, SKETCH_INPUTS * np.arange(1, ends[-1] // SKETCH_INPUTS + 1), "right") if docs else []
    bounds = np.unique(np.r_[0, cuts, len(docs)]).tolist()  # about SKETCH_INPUTS inputs a chunk
    for lo, hi in zip(bounds[:-1], bounds[1:]):
        inputs = sha1[np.concatenate([d.distinct_hashes for d in docs[lo:hi]])]
        starts = np.r_[0, np.cumsum(sizes[lo:hi])[:-1]]
        out[lo:hi] = np.minimum.reduceat(_permuted_inputs(template, inputs), starts, axis=1).T
    return out


def _permuted_inputs(template, inputs: np.ndarray) -> np.ndarray | None:
    """Each input (columns) under each of `template`'s permutations (rows), computed as
    `MinHash.update_batch` computes them on the CPU for its scheme (whole numbers that wrap
    around, so the order of the product does not matter); None for a scheme it does not have.
    The minimum of a document's columns is its sketch (the initial values are the largest
    hash, which every permuted input reaches or undercuts). Inputs as columns: the minimum
    runs along memory, 10x faster than down the rows."""
    from datasketch import minhash as dm

    a, b = template.permutations
    if template.scheme == "legacy":
        out = np.multiply.outer(a, np.asarray(inputs, dtype=np.uint64))
        out += b[:, None]
        out %= dm._mersenne_prime
        return np.bitwise_and(out, dm._max_hash, out=out)
    if template.scheme in ("affine32", "affine64"):
        hv = dm._fmix(template._hash_input_array(inputs), dm._SCHEME_WIDTHS[template.scheme])
        out = np.multiply.outer(a, hv)
        out += b[:, None]
        return out
    return None


def _minhash_inputs(d: Doc) -> list[int]:
    """The hashes datasketch's MinHash takes of a document's distinct shingles."""
    if d.corpus is not None and d.corpus.sha1 is not None:
        return d.corpus.minhash_inputs(d.distinct_hashes)
    return [minhash_input(s) for s in sorted(set(d.shingles))]


def _diagonal_runs(a: Doc, b: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Maximal runs of equal shingles on one diagonal: (length, start in a, start in b).

    Every position pair (i, j) with equal shingles is found by a sorted search on the
    hashes (ids of one corpus are exact; other hashes count only if the shingle strings
    are equal, so a hash collision cannot invent a match); sorted by diagonal j - i and then i, a run is a stretch of
    consecutive i on one diagonal.
    """
    order = np.argsort(b.hashes, kind="stable")
    sorted_b = b.hashes[order]
    lo = np.searchsorted(sorted_b, a.hashes, "left")
    count = np.searchsorted(sorted_b, a.hashes, "right") - lo
    i = np.repeat(np.arange(a.hashes.size), count)
    first = np.repeat(lo - (np.cumsum(count) - count), count)
    j = order[first + np.arange(i.size)] if i.size else np.empty(0, np.int64)
    if a.corpus is None or a.corpus is not b.corpus:  # ids of one corpus are exact; hashes may collide
        same = np.fromiter((a.shingles[p] == b.shingles[q] for p, q in zip(i.tolist(), j.tolist())), bool, i.size)
        i, j = i[same], j[same]
    diag = j - i
    by = np.lexsort((i, diag))
    i, diag = i[by], diag[by]
    start = np.r_[True, (diag[1:] != diag[:-1]) | (i[1:] != i[:-1] + 1)] if i.size else np.empty(0, bool)
    starts = np.flatnonzero(start)
    lengths = np.diff(np.r_[starts, i.size])
    return lengths, i[starts], i[starts] + diag[starts]


def shared_passages(a: Doc, b: Doc, n: int) -> list[Passage]:
    """Maximal shared passages of two documents, tiled longest-first.

    Runs of consecutive matching shingles on one diagonal (same offset between a and b)
    are one passage. A shingle repeated in a document creates several diagonals; the
    greedy tiling keeps the longest and drops runs overlapping an accepted one, so
    every stretch of text belongs to at most one passage on each side.
    """
    lengths, i0s, j0s = _diagonal_runs(a, b)
    runs = np.lexsort((j0s, i0s, -lengths))
    return _tiled(lengths[runs].tolist(), i0s[runs].tolist(), j0s[runs].tolist(), n)


def _tiled(lengths: list[int], i0s: list[int], j0s: list[int], n: int) -> list[Passage]:
    """The passages of one pair's runs (given longest first, then by start in a and b): each run
    overlapping an accepted one on either side is dropped; sorted by start in a, then b."""
    if len(lengths) == 1:  # most pairs: one run, nothing to tile
        return [Passage(i0s[0], i0s[0] + lengths[0] - 1 + n, j0s[0], j0s[0] + lengths[0] - 1 + n)]
    out: list[Passage] = []
    for length, a0, b0 in zip(lengths, i0s, j0s):
        a1, b1 = a0 + length - 1 + n, b0 + length - 1 + n  # token ranges covered by the shingles
        for p in out:
            if (a0 < p.a1 and p.a0 < a1) or (b0 < p.b1 and p.b0 < b1):
                break  # overlaps an accepted passage on one side
        else:
            out.append(Passage(a0, a1, b0, b1))
    return sorted(out, key=lambda p: (p.a0, p.b0))


def char_span(doc: Doc, t0: int, t1: int) -> tuple[int, int]:
    """Original-text character span of tokens [t0, t1)."""
    start = int(doc.token_spans[t0, 0])
    end = int(doc.token_spans[t1 - 1, 1])
    s, e = doc.normalized.to_original(start, end)
    return int(s), int(e)  # Python ints, whether the map is a range, an array or a NumPy view


def _scope(a: Doc, b: Doc) -> str:
    """within-/cross-outlet; with an unknown outlet (empty, or the unknown-outlet group of
    `analysis.compare.outlet_labels`) neither can be claimed: two unattributed articles may
    come from one outlet or from two."""
    if not known_outlet(a.outlet) or not known_outlet(b.outlet):
        return UNKNOWN
    return WITHIN if a.outlet == b.outlet else CROSS


# Candidate pairs verified per block: only one block's rows are held at a time (at 100k
# articles the 4.9 million passages, held whole, took most of 12.9 GB). A block's passages
# are Python strings and ints (about 5 a pair, 0.7 KB each): at 20,000 pairs a block was
# the job's peak (10k articles: 80 MB over the documents); the verifying NumPy calls
# take a few hundred pairs at a time (BATCH_SHINGLES) whatever the block.
BLOCK_PAIRS = 5_000


def find_reuse(
    units_or_articles: pd.DataFrame,
    n: int = 5,
    min_containment: float = 0.2,
    lsh_threshold: float = 0.3,
    num_perm: int = 128,
    lsh_min_docs: int = 200,
    seed: int = 1,
    min_passage_tokens: int = 10,
    block: int = BLOCK_PAIRS,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Find reused text between documents; return (pairs, passages).

    pairs: one row per document pair with reuse, doc_a < doc_b, sorted by scope then
    ids. passages: the aligned shared passages of those pairs with character spans into
    each document's original `text`. `min_passage_tokens` keeps a pair with low
    containment when one shared passage is at least that many words long (the default,
    10 words, is longer than the name-and-title phrases every report repeats, such as
    "रूस के विदेश मंत्री सर्गेई लावरोव ने"). A group of more than about NEAR_DUP_POSTING
    near-identical copies is reported as k - 1 pairs to its first copy, not k(k - 1)/2
    (see the module docstring), in time and output linear in k. The tables are the blocks
    of `iter_reuse` joined; `write_reuse` writes them without holding them.
    """
    kwargs = dict(n=n, min_containment=min_containment, lsh_threshold=lsh_threshold, num_perm=num_perm)
    kwargs.update(lsh_min_docs=lsh_min_docs, seed=seed, min_passage_tokens=min_passage_tokens, block=block)
    pair_blocks, passage_blocks = [], []
    for pairs, passages in iter_reuse(units_or_articles, **kwargs):
        pair_blocks.append(pairs)
        passage_blocks.append(passages)
    return _joined(pair_blocks, REUSE_PAIRS), _joined(passage_blocks, REUSE_PASSAGES)


def iter_reuse(units_or_articles: pd.DataFrame, **params) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """The blocks of `iter_reuse_columns` (same parameters) as (pairs, passages) tables."""
    for pair_cols, passage_cols in iter_reuse_columns(units_or_articles, **params):
        yield pd.DataFrame(pair_cols, columns=PAIR_COLUMNS), pd.DataFrame(passage_cols, columns=PASSAGE_COLUMNS)


def iter_reuse_columns(
    units_or_articles: pd.DataFrame,
    n: int = 5,
    min_containment: float = 0.2,
    lsh_threshold: float = 0.3,
    num_perm: int = 128,
    lsh_min_docs: int = 200,
    seed: int = 1,
    min_passage_tokens: int = 10,
    block: int = BLOCK_PAIRS,
) -> Iterator[tuple[dict[str, list], dict[str, list]]]:
    """The (pairs, passages) of `find_reuse`, `block` candidate pairs at a time, as columns
    (lists by column name; `iter_reuse` makes them tables).

    Candidates are verified in the tables' final order (scope, then ids: documents are
    in id order), so the blocks, written one after the other, are the sorted tables and
    memory holds one block's rows, not millions of passages.
    """
    if not 0 <= min_containment <= 1:
        raise UserError(f"reuse: min_containment must be in [0, 1], got {min_containment}")
    use_lsh = len(units_or_articles) > lsh_min_docs
    columns = _frame_columns(units_or_articles, n)
    del units_or_articles  # the lists hold what is used: a caller that drops its table frees its texts
    _release_arrow_pages()  # before the documents are built
    docs = _docs_from_columns(columns, n, minhash_inputs=use_lsh)
    del columns
    heads = _near_duplicate_heads(docs, min_containment)
    firsts = np.flatnonzero(heads == np.arange(len(docs)))  # every document but the later copies
    kept = [docs[i] for i in firsts.tolist()]
    if use_lsh:
        method, found = "minhash-lsh", _candidates_lsh(kept, lsh_threshold, num_perm, seed)
    else:
        method, found = "all-pairs", _candidates_all_pairs(kept, n, min_containment, min_passage_tokens)
    x, y = _in_output_order(docs, heads, firsts, found)
    for start in range(0, x.size, block):
        end = start + block
        yield _verified_columns(docs, x[start:end], y[start:end], method, n, min_containment, min_passage_tokens)


def _release_arrow_pages() -> None:
    """Hand the pages of freed Arrow buffers (a table's texts) back to the system, as
    `tables.read_parquet_columns` does: Arrow's allocator keeps them otherwise, and the
    verification that follows would peak on top of them."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


def _in_output_order(
    docs: list[Doc], heads: np.ndarray, firsts: np.ndarray, found: list[tuple[int, int]]
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs as document indices x < y: those `found` among the first copies, and
    each later copy with its first (k - 1 pairs), sorted by scope (as REUSE_SCOPES), x, y."""
    fx, fy = (np.array(c, dtype=np.int64) for c in zip(*found)) if found else (np.empty(0, np.int64),) * 2
    copies = np.flatnonzero(heads != np.arange(len(docs)))
    x, y = np.r_[firsts[fx], heads[copies]], np.r_[firsts[fy], copies]
    outlets = [d.outlet for d in docs]
    known = np.array([known_outlet(o) for o in outlets], dtype=bool)
    codes = pd.factorize(pd.Series(outlets, dtype=object))[0]
    rank = np.where(codes[x] == codes[y], REUSE_SCOPES.index(WITHIN), REUSE_SCOPES.index(CROSS))
    rank[~(known[x] & known[y])] = REUSE_SCOPES.index(UNKNOWN)  # as `_scope`
    order = np.lexsort((y, x, rank))
    return x[order], y[order]


def _verified_columns(
    docs: list[Doc], x: np.ndarray, y: np.ndarray, method: str, n: int, min_containment: float, min_passage_tokens: int
) -> tuple[dict[str, list], dict[str, list]]:
    """The pair and passage rows of candidate pairs (x, y) that share text, as columns."""
    pair_cols: dict[str, list] = {c: [] for c in PAIR_COLUMNS}
    passage_cols: dict[str, list] = {c: [] for c in PASSAGE_COLUMNS}  # columns, not a dict per row
    for pairs, passages in _verified_batches(docs, x, y, n, min_containment, min_passage_tokens):
        for c, values in pairs.items():
            pair_cols[c].extend(values)
        for c, values in passages.items():
            passage_cols[c].extend(values)
    pair_cols["method"] = [method] * len(pair_cols["doc_a"])
    return pair_cols, passage_cols


def _verify_block(
    docs: list[Doc], x: np.ndarray, y: np.ndarray, method: str, n: int, min_containment: float, min_passage_tokens: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`_verified_columns` as (pairs, passages) tables."""
    pair_cols, passage_cols = _verified_columns(docs, x, y, method, n, min_containment, min_passage_tokens)
    return pd.DataFrame(pair_cols, columns=PAIR_COLUMNS), pd.DataFrame(passage_cols, columns=PASSAGE_COLUMNS)


def _joined(blocks: list[pd.DataFrame], spec: TableSpec) -> pd.DataFrame:
    """Blocks of one table, one after the other (empty blocks are skipped: their columns have no types)."""
    full = [b for b in blocks if len(b)]
    df = pd.concat(full, ignore_index=True) if full else pd.DataFrame([], columns=list(spec.columns))
    return validate(df, spec)


def write_reuse(blocks: Iterator[tuple], pairs_path: str, passages_path: str) -> tuple:
    """Write the blocks of `iter_reuse_columns` (or `iter_reuse`): passages as they come, then
    the pairs; return (pairs, passage count).

    The bytes are those of `write_csv` over `find_reuse`'s tables: both files go straight to
    the CSV writer pandas uses (its dialect, formula-like text guarded as `write_csv` guards
    it, floats as its `%.6g`), without a table per block: at 10k articles copying the passage
    texts into Arrow columns and back out, twice, took a sixth of the job, and pandas formats
    the pairs' floats by a Python call per cell besides.
    """
    pair_blocks = []
    Path(passages_path).parent.mkdir(parents=True, exist_ok=True)
    with open(passages_path, "w", encoding="utf-8", newline="") as f:
        writer = _csv_writer(f)
        writer.writerow(neutral_cells(PASSAGE_COLUMNS))
        n_passages = 0
        for pairs, passages in blocks:
            pair_blocks.append(pairs if isinstance(pairs, pd.DataFrame) else pd.DataFrame(pairs, columns=PAIR_COLUMNS))
            n_passages += _write_passages(writer, passages)
    pairs = _joined(pair_blocks, REUSE_PAIRS)
    _write_pairs(pairs, pairs_path)
    return pairs, n_passages


def _csv_writer(f):
    """A CSV writer in the dialect of pandas' `to_csv` as `write_csv` calls it."""
    return csv.writer(f, lineterminator="\n", delimiter=",", quoting=csv.QUOTE_MINIMAL, quotechar='"')


def _write_passages(writer, passages: pd.DataFrame | dict[str, list]) -> int:
    """Rows of one block of passages (a table or columns), text cells guarded; the row count."""
    if isinstance(passages, pd.DataFrame):
        validate(passages, REUSE_PASSAGES)
        passages = {c: passages[c].tolist() for c in PASSAGE_COLUMNS}
    cols = [neutral_cells(passages[c]) if c in PASSAGE_TEXT else passages[c] for c in PASSAGE_COLUMNS]
    writer.writerows(zip(*cols))
    return len(cols[0])


def _write_pairs(pairs: pd.DataFrame, path: str) -> None:
    """`write_csv(pairs, path)`, the same bytes: text cells guarded, whole numbers as they are,
    the float columns as pandas prints them with `float_format="%.6g"` (never missing here:
    a reported pair shares a shingle, so no ratio divides by zero)."""
    floats = ("containment_a", "containment_b", "jaccard")
    if pairs[list(floats)].isna().any().any():  # not a pair `_found` makes: let pandas print it
        write_csv(pairs, path)
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = _csv_writer(f)
        writer.writerow(neutral_cells(PAIR_COLUMNS))
        for start in range(0, len(pairs), PAIR_ROWS):  # rows in turn: the same bytes as all at once
            writer.writerows(zip(*_pair_cells(pairs.iloc[start : start + PAIR_ROWS], floats)))


# Pair rows turned into Python cells at a time: about 0.6 KB a pair, so 625k pairs (100k
# articles) held at once were ~370 MB at the end of the job, beside what verifying had left.
PAIR_ROWS = 20_000


def _pair_cells(pairs: pd.DataFrame, floats: tuple[str, ...]) -> list[list]:
    """The cells of some pair rows, by column, as `write_csv` prints them (see `_write_pairs`)."""
    cols = []
    for c in PAIR_COLUMNS:
        values = pairs[c].tolist()
        if c in floats:
            values = ["%.6g" % v for v in values]  # noqa: UP031 (the operator pandas applies)
        elif pairs[c].dtype == object or pd.api.types.is_string_dtype(pairs[c]):
            values = neutral_cells(values)
        cols.append(values)
    return cols


def _shared(a: Doc, b: Doc) -> tuple[int, int, int]:
    """Distinct shingles of a, of b, and shared by both (exact: ids of one corpus, else the strings)."""
    if a.corpus is not None and a.corpus is b.corpus:
        shared = np.intersect1d(a.distinct_hashes, b.distinct_hashes, assume_unique=True).size
        return a.distinct_hashes.size, b.distinct_hashes.size, int(shared)
    sa, sb = a.shingle_set, b.shingle_set
    return len(sa), len(sb), len(sa & sb)


def _reuse_of_pair(
    a: Doc, b: Doc, n: int, min_containment: float, min_passage_tokens: int
) -> tuple[dict, list[dict]] | None:
    """The pair row (without `method`) and passage rows of two documents, or None if no reuse.

    A pair counts when either containment reaches `min_containment` or one shared
    passage is at least `min_passage_tokens` words long; units of one article are
    never a pair.
    """
    if a.group == b.group and a.doc_id != a.group:
        return None  # two units of one article are not reuse
    n_a, n_b, shared = _shared(a, b)
    if shared == 0:
        return None
    c_a, c_b = shared / n_a, shared / n_b
    if max(c_a, c_b) < min_containment and shared < min_passage_tokens - n + 1:
        return None  # a passage of L words needs L - n + 1 shared shingles: cheap pre-check
    passages = shared_passages(a, b, n)
    longest = max((p.n_tokens for p in passages), default=0)
    if max(c_a, c_b) < min_containment and longest < min_passage_tokens:
        return None
    return _found(a, b, n_a, n_b, shared, passages)


def _found(a: Doc, b: Doc, n_a: int, n_b: int, shared: int, passages: list[Passage]) -> tuple[dict, list[dict]]:
    """The pair row (without `method`) and passage rows of a pair that shares text."""
    scope = _scope(a, b)
    pair = {
        "doc_a": a.doc_id,
        "doc_b": b.doc_id,
        "outlet_a": a.outlet,
        "outlet_b": b.outlet,
        "scope": scope,
        "shared_shingles": shared,
        **_overlap(shared, n_a, n_b),
        "longest_passage_tokens": max((p.n_tokens for p in passages), default=0),
    }
    return pair, [_passage_row(a, b, scope, p) for p in passages]


def _overlap(shared: int, n_a: int, n_b: int) -> dict[str, float]:
    """Containment in a and in b and Jaccard of a pair's distinct shingles, as the pair table
    prints them (rounded by Python, so one pair and a batch give the same bytes)."""
    return {
        "containment_a": round(shared / n_a, 6),
        "containment_b": round(shared / n_b, 6),
        "jaccard": round(shared / (n_a + n_b - shared), 6),
    }


# Shingles (of both documents, by position) of the candidate pairs joined in one batch of
# NumPy calls: a batch's arrays stay at a few tens of MB whatever the block.
BATCH_SHINGLES = 500_000


def _verified_batches(
    docs: list[Doc], x: np.ndarray, y: np.ndarray, n: int, min_containment: float, min_passage_tokens: int
) -> Iterator[tuple[dict[str, list], dict[str, list]]]:
    """The pair and passage columns (pairs without `method`) of candidate pairs (x, y), in order.

    Documents of one corpus are verified many pairs per NumPy call (`_verified_batch`):
    at 100k articles the per-pair calls, not the work in them, took most of the time.
    Other documents (their hashes may collide, so strings are compared) go pair by pair.
    """
    corpus = docs[int(x[0])].corpus if x.size else None
    if corpus is None or any(docs[k].corpus is not corpus for k in np.union1d(x, y).tolist()):
        for i, j in zip(x.tolist(), y.tolist()):
            found = _reuse_of_pair(docs[i], docs[j], n, min_containment, min_passage_tokens)
            if found is not None:
                yield {c: [v] for c, v in found[0].items()}, {c: [r[c] for r in found[1]] for c in PASSAGE_COLUMNS}
        return
    weight = np.cumsum([docs[i].hashes.size + docs[j].hashes.size for i, j in zip(x.tolist(), y.tolist())])
    cuts = np.searchsorted(weight, BATCH_SHINGLES * np.arange(1, weight[-1] // BATCH_SHINGLES + 1), "right")
    bounds = np.unique(np.r_[0, cuts, x.size]).tolist()  # about BATCH_SHINGLES shingles a batch
    for start, end in zip(bounds[:-1], bounds[1:]):
        yield _verified_batch(docs, x[start:end], y[start:end], n, min_containment, min_passage_tokens)


def _verified_batch(
    docs: list[Doc], x: np.ndarray, y: np.ndarray, n: int, min_containment: float, min_passage_tokens: int
) -> tuple[dict[str, list], dict[str, list]]:
    """`_reuse_of_pair` of pairs of one corpus, the same tests on the same numbers, batch-wise:
    shared counts of all pairs at once, then the diagonal runs of the pairs that can still
    reach the threshold at once, tiled at once where no two runs of a pair overlap."""
    a_docs, b_docs = [docs[i] for i in x.tolist()], [docs[j] for j in y.tolist()]
    n_a, n_b, shared = _shared_batch(a_docs, b_docs)
    one_article = np.array([a.group == b.group and a.doc_id != a.group for a, b in zip(a_docs, b_docs)], bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        low = np.maximum(shared / n_a, shared / n_b) < min_containment
    todo = np.flatnonzero(~one_article & (shared > 0) & ~(low & (shared < min_passage_tokens - n + 1)))
    runs = _diagonal_runs_batch([a_docs[k] for k in todo.tolist()], [b_docs[k] for k in todo.tolist()])
    pas = _tiled_batch(*runs, n, todo.size)  # (pair in todo, a0, a1, b0, b1)
    longest = np.zeros(todo.size, np.int64)
    np.maximum.at(longest, pas[0], pas[2] - pas[1])
    keep = ~(low[todo] & (longest < min_passage_tokens))
    kept, pas = todo[keep], pas[:, keep[pas[0]]]
    pair_cols = _pair_columns(a_docs, b_docs, kept, n_a, n_b, shared, longest[keep])
    pas[0] = todo[pas[0]]  # pair in the batch
    return pair_cols, _passage_columns(a_docs, b_docs, pas, dict(zip(kept.tolist(), pair_cols["scope"])))


def _pair_columns(
    a_docs: list[Doc], b_docs: list[Doc], kept: np.ndarray, n_a: np.ndarray, n_b: np.ndarray, shared, longest
) -> dict[str, list]:
    """The pair columns (as `_found` makes them, Python's rounding) of the `kept` pairs of a batch."""
    cols: dict[str, list] = {c: [] for c in PAIR_COLUMNS if c != "method"}
    for k, size_a, size_b, sh, most in zip(
        kept.tolist(), n_a[kept].tolist(), n_b[kept].tolist(), shared[kept].tolist(), longest.tolist()
    ):
        a, b = a_docs[k], b_docs[k]
        for c, v in zip(cols.values(), (a.doc_id, b.doc_id, a.outlet, b.outlet, _scope(a, b), sh)):
            c.append(v)
        for c, v in _overlap(sh, size_a, size_b).items():
            cols[c].append(v)
        cols["longest_passage_tokens"].append(most)
    return cols


def _passage_columns(a_docs: list[Doc], b_docs: list[Doc], pas: np.ndarray, scopes: dict[int, str]) -> dict:
    """The passage columns (as `_passage_row` makes them) of passages (pair, a0, a1, b0, b1) of a batch."""
    s_a, e_a = _char_spans(a_docs, pas[0], pas[1], pas[2])
    s_b, e_b = _char_spans(b_docs, pas[0], pas[3], pas[4])
    pair, s_a, e_a, s_b, e_b = (v.tolist() for v in (pas[0], s_a, e_a, s_b, e_b))
    return {
        "doc_a": [a_docs[k].doc_id for k in pair],
        "doc_b": [b_docs[k].doc_id for k in pair],
        "scope": [scopes[k] for k in pair],
        "start_a": s_a,
        "end_a": e_a,
        "start_b": s_b,
        "end_b": e_b,
        "n_tokens": (pas[2] - pas[1]).tolist(),
        "text_a": [a_docs[k].text[s:e] for k, s, e in zip(pair, s_a, e_a)],
        "text_b": [b_docs[k].text[s:e] for k, s, e in zip(pair, s_b, e_b)],
    }


def _char_spans(docs: list[Doc], which: np.ndarray, t0: np.ndarray, t1: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`char_span(docs[which[k]], t0[k], t1[k])` of every k at once (tokens are never empty).

    A document whose matching form kept every character in place maps back by identity (its
    map is `range(n)`): its offsets are used as they are, and only the other documents' maps
    are joined into one array (they were all built as arrays, every batch, character by character).
    """
    used, inv = np.unique(which, return_inverse=True)
    if not used.size:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    chosen = [docs[u] for u in used.tolist()]
    maps = [d.normalized.origin for d in chosen]
    same = np.array([d.normalized.keeps_offsets for d in chosen], dtype=bool)
    o_len = np.array([len(o) for o in maps], dtype=np.int64)
    held = np.where(same, 0, o_len)  # characters of each map held in `origin` (none for the identity)
    origin = np.concatenate([np.zeros(1, np.int64), *(np.asarray(o) for o, s in zip(maps, same) if not s)])
    origin = origin.astype(np.int64, copy=False)
    tok_len = np.array([d.token_spans.shape[0] for d in chosen], dtype=np.int64)
    source = np.array([d.normalized.source_length for d in chosen], dtype=np.int64)[inv]
    spans = np.concatenate([d.token_spans for d in chosen])
    tok_at, o_at = (np.cumsum(tok_len) - tok_len)[inv], 1 + (np.cumsum(held) - held)[inv]
    o_len, same = o_len[inv], same[inv]

    def back(k: np.ndarray) -> np.ndarray:  # origin[k] of each one's document
        return np.where(same, k, origin[np.where(same, 0, o_at + k)])

    start, end = spans[tok_at + t0, 0].astype(np.int64), spans[tok_at + t1 - 1, 1].astype(np.int64)
    o_end = np.where(end < o_len, back(np.minimum(end, o_len - 1)), source)
    # the last matched character may stand for several original ones (as `Normalized.to_original`)
    return back(start), np.maximum(o_end, back(end - 1) + 1)


def _tiled_batch(pair: np.ndarray, lengths: np.ndarray, i0: np.ndarray, j0: np.ndarray, n: int, n_pairs: int):
    """(pair, a0, a1, b0, b1) of the passages of every pair, sorted by pair, a0, b0, from the runs of
    `_diagonal_runs_batch`: where no two runs of a pair overlap on either side (most pairs), every run
    is a passage; only the other pairs are tiled run by run (`_tiled`)."""
    a1, b1 = i0 + lengths - 1 + n, j0 + lengths - 1 + n
    crowded = np.zeros(n_pairs, bool)
    for lo, hi in ((i0, a1), (j0, b1)):  # sorted by start, a range overlaps a later one iff it overlaps the next
        o = np.lexsort((lo, pair))
        p, s, e = pair[o], lo[o], hi[o]
        crowded[p[1:][(p[1:] == p[:-1]) & (s[1:] < e[:-1])]] = True
    plain = ~crowded[pair]
    parts = [np.stack([pair[plain], i0[plain], a1[plain], j0[plain], b1[plain]])]
    bounds = np.searchsorted(pair, np.arange(n_pairs + 1)).tolist()
    runs = [r.tolist() for r in (lengths, i0, j0)]
    for k in np.flatnonzero(crowded).tolist():
        s, e = bounds[k], bounds[k + 1]
        tiles = _tiled(runs[0][s:e], runs[1][s:e], runs[2][s:e], n)
        parts.append(np.array([[k, t.a0, t.a1, t.b0, t.b1] for t in tiles], dtype=np.int64).reshape(-1, 5).T)
    out = np.concatenate(parts, axis=1).astype(np.int64)
    return out[:, np.lexsort((out[3], out[1], out[0]))]


def _pair_keys(arrays: list[np.ndarray], span: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One array of `arrays` joined, each value keyed by its array's index (index * span + value),
    with the index and the position within its array of each value."""
    sizes = np.array([a.size for a in arrays], dtype=np.int64)
    pair = np.repeat(np.arange(len(arrays), dtype=np.int64), sizes)
    values = np.concatenate(arrays).astype(np.int64) if arrays else np.empty(0, np.int64)
    position = np.arange(values.size, dtype=np.int64) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    return pair * span + values, pair, position


def _shared_batch(a_docs: list[Doc], b_docs: list[Doc]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`_shared` of many pairs of one corpus: each pair's distinct ids keyed by the pair are
    sorted already (ids ascending, pairs in turn), so one sorted search counts them all."""
    n_a = np.array([a.distinct_hashes.size for a in a_docs], dtype=np.int64)
    n_b = np.array([b.distinct_hashes.size for b in b_docs], dtype=np.int64)
    span = 1 + max((int(d.distinct_hashes[-1]) for d in (*a_docs, *b_docs) if d.distinct_hashes.size), default=0)
    keys_a, pair_a, _ = _pair_keys([a.distinct_hashes for a in a_docs], span)
    keys_b, _, _ = _pair_keys([b.distinct_hashes for b in b_docs], span)
    if not keys_b.size:
        return n_a, n_b, np.zeros(len(a_docs), np.int64)
    hit = keys_b[np.minimum(np.searchsorted(keys_b, keys_a), keys_b.size - 1)] == keys_a
    return n_a, n_b, np.bincount(pair_a[hit], minlength=len(a_docs))


def _matches_in_sorted(keys_b: np.ndarray, pos_b: np.ndarray, keys_a: np.ndarray) -> tuple[np.ndarray, ...]:
    """For each of `keys_a`: where its equal keys start among `keys_b` sorted (stably), how many
    there are, and the positions `pos_b` in that sorted order.

    One sorted search among the distinct keys of b does the work of a left and a right
    search among all of them (two searches of every shingle were a fifth of verifying).
    """
    order = np.argsort(keys_b, kind="stable")
    sorted_b, pos_b = keys_b[order], pos_b[order]
    if not sorted_b.size:
        return np.zeros(keys_a.size, np.int64), np.zeros(keys_a.size, np.int64), pos_b
    starts = np.flatnonzero(np.r_[True, sorted_b[1:] != sorted_b[:-1]])
    sizes = np.diff(np.r_[starts, sorted_b.size])
    g = np.minimum(np.searchsorted(sorted_b[starts], keys_a), starts.size - 1)
    hit = sorted_b[starts[g]] == keys_a
    return starts[g], np.where(hit, sizes[g], 0), pos_b


def _diagonal_runs_batch(a_docs: list[Doc], b_docs: list[Doc]) -> tuple[np.ndarray, ...]:
    """`_diagonal_runs` of many pairs of one corpus at once: (pair, length, start in a, start
    in b) of every run, sorted by pair, then as `shared_passages` takes them (longest first,
    then by start in a and in b). Matches are found by one sorted search of (pair, id) keys
    and runs by one sort of (pair, diagonal) keys, in which each pair's positions stay in order."""
    empty = np.empty(0, np.int64)
    if not a_docs:
        return empty, empty, empty, empty
    span = 1 + max((int(d.hashes.max()) for d in (*a_docs, *b_docs) if d.hashes.size), default=0)
    keys_a, pair_a, pos_a = _pair_keys([a.hashes for a in a_docs], span)
    keys_b, _, pos_b = _pair_keys([b.hashes for b in b_docs], span)
    lo, count, pos_b = _matches_in_sorted(keys_b, pos_b, keys_a)
    pair, i = np.repeat(pair_a, count), np.repeat(pos_a, count)
    first = np.repeat(lo - (np.cumsum(count) - count), count)
    diag = pos_b[first + np.arange(i.size)] - i if i.size else empty
    width = 2 * (max(max(a.hashes.size, b.hashes.size) for a, b in zip(a_docs, b_docs)) + 1)
    by = np.argsort(pair * width + diag + width // 2, kind="stable")  # by pair, diagonal, then i
    pair, i, diag = pair[by], i[by], diag[by]
    new = (pair[1:] != pair[:-1]) | (diag[1:] != diag[:-1]) | (i[1:] != i[:-1] + 1)
    starts = np.flatnonzero(np.r_[True, new]) if i.size else empty
    lengths = np.diff(np.r_[starts, i.size])
    pair, i0, j0 = pair[starts], i[starts], i[starts] + diag[starts]
    runs = np.lexsort((j0, i0, -lengths, pair))
    return pair[runs], lengths[runs], i0[runs], j0[runs]


def _passage_row(a: Doc, b: Doc, scope: str, p: Passage) -> dict:
    """One shared passage with its character spans and text in each document."""
    s_a, e_a = char_span(a, p.a0, p.a1)
    s_b, e_b = char_span(b, p.b0, p.b1)
    return {
        "doc_a": a.doc_id,
        "doc_b": b.doc_id,
        "scope": scope,
        "start_a": s_a,
        "end_a": e_a,
        "start_b": s_b,
        "end_b": e_b,
        "n_tokens": p.n_tokens,
        "text_a": a.text[s_a:e_a],
        "text_b": b.text[s_b:e_b],
    }


def reuse_matrix(pairs: pd.DataFrame, outlets: list[str]) -> pd.DataFrame:
    """Outlet-by-outlet count of reuse pairs (symmetric; diagonal = within-outlet).

    `outlets` fixes the row/column order so the figure and table are stable and show
    outlets without any reuse as zero rather than dropping them. Only named outlets have a
    row: a pair with an article of unknown outlet is neither within nor across outlets
    (scope `outlet-unknown`), so it is counted in the pairs table, not placed in the matrix.
    """
    outlets = [o for o in outlets if known_outlet(o)]
    if len(pairs):
        pairs = pairs[[known_outlet(a) and known_outlet(b) for a, b in zip(pairs["outlet_a"], pairs["outlet_b"])]]
    m = pd.DataFrame(0, index=pd.Index(outlets, name="outlet"), columns=outlets, dtype="int64")
    unknown = sorted(set(pairs["outlet_a"]).union(pairs["outlet_b"]) - set(outlets)) if len(pairs) else []
    if unknown:
        raise UserError(f"reuse matrix: outlets {unknown} in pairs but not in the outlet list")
    if len(pairs):  # counted at once: a loop over 625k pairs (100k articles) took minutes
        pos = {o: i for i, o in enumerate(outlets)}
        a, b = pairs["outlet_a"].map(pos).to_numpy(np.int64), pairs["outlet_b"].map(pos).to_numpy(np.int64)
        k = len(outlets)
        counts = np.bincount(a * k + b, minlength=k * k) + np.bincount((b * k + a)[a != b], minlength=k * k)
        m[:] = counts.reshape(k, k)
    return m


def reuse_summary(pairs: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: documents, documents in any within-/cross-outlet pair, pair counts.

    The share of an outlet's documents that share text with another outlet is the
    number a paper reports; counting documents (not pairs) keeps one syndicated story
    printed by five outlets from counting ten times.
    """
    outlets = sorted(docs["outlet"].fillna("").astype(str).unique())
    rows = []
    for o in outlets:
        n_docs = int((docs["outlet"] == o).sum())
        rec = {"outlet": o, "n_docs": n_docs}
        for scope in (WITHIN, CROSS):
            p = pairs[pairs["scope"] == scope] if len(pairs) else pairs
            ids = set(p.loc[p["outlet_a"] == o, "doc_a"]).union(p.loc[p["outlet_b"] == o, "doc_b"])
            key = scope.split("-")[0]
            rec[f"docs_{key}"] = len(ids)
            rec[f"share_docs_{key}"] = round(len(ids) / n_docs, 6) if n_docs else float("nan")
            rec[f"pairs_{key}"] = int(((p["outlet_a"] == o) | (p["outlet_b"] == o)).sum()) if len(p) else 0
        rows.append(rec)
    return pd.DataFrame(rows)


def passages_to_show(path: str, k: int, chunk_rows: int = 200_000) -> tuple[int, pd.DataFrame]:
    """(number of passages, the passages a paper shows) from the passages CSV, read in chunks.

    With at most `k` passages, all of them in file order; otherwise the `k` longest (ties in
    file order), formula-guarded cells restored. Only `k` rows are held besides one chunk:
    at 100k articles the file is 1.9 GB, read whole it took the paper job to 9.4 GB.
    """
    from analysis.tables import restore_formulas

    n, best = 0, None
    for chunk in pd.read_csv(path, keep_default_na=False, chunksize=chunk_rows):
        n += len(chunk)
        both = chunk if best is None else pd.concat([best, chunk])  # earlier rows first: ties stay in file order
        best = both.sort_values("n_tokens", ascending=False, kind="stable").head(k) if len(both) > k else both
    if best is None:
        best = pd.read_csv(path, keep_default_na=False)  # the header alone: an empty table with its columns
    return n, restore_formulas(best)
