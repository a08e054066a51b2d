"""Copies of one article in one outlet: found by a fingerprint of the words, set aside, counted once.

A researcher's folder often holds a story more than once: saved twice ("a (1).txt"), as the
HTML page and as the text copied out of it, re-saved in another encoding (UTF-8 with a BOM,
UTF-16) or with Windows line ends, with spaces or quote marks retyped, with a closing agency
credit added, or again under a later date. Each copy was coded and counted, so its frames,
stances and voices weighed double in its outlet's shares; only byte-identical files were
caught.

`text_key` is the fingerprint of what a document says once it is decoded and normalised as
the corpus already normalises it (`clean.normalize_unicode`, the cleaner's title and body,
`clean_rules.dup_key`'s folding of nukta, chandrabindu, quote style and Latin case), read as
its sequence of words (punctuation and white space are not words) and without a closing
agency credit line ("(एजेंसी इनपुट के साथ)", "- पीटीआई"). The corpus stage stores it per
document (`text_sha256`), so finding copies is one grouping by hash: linear in the corpus,
no pairwise comparison.

The rule (`same_text_copies`): two documents are copies when their outlet is the same (where
no outlet is known, their folder) and their fingerprints are equal; a document with no body
(`headline-only`) is a copy only in a file saved twice byte for byte (a recurring headline is
not a recurring article). The same text under two
outlets is not a copy: a wire story carried by two papers is two outlets' articles, and the
text-reuse analysis (`analysis.reuse`) measures it; a story that shares a paragraph or most
of its text with another is two documents too (reuse lists the pair). Of a group of copies
the document published first is kept (undated ones last), then the one from the shortest
path ("a.txt" before "a (1).txt"), then the first path and doc_id in code-point order: data
decide, never the order of files on disk. The others get status `duplicate` and a reason
naming their file and the one kept; they keep their article row (outlet, date) but lose
their units, so nothing is counted twice and nothing is lost without a word.
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd

from analysis.clean_rules import dup_key
from analysis.vocab import DEVANAGARI_WORD, STATUS_DUPLICATE, STATUS_OK, WORD_CLASS

# What stands between words: anything but a letter, a digit or a combining mark (a vowel sign is
# part of its word; Python's \w alone would cut "किसान" at its matras), so punctuation, quote
# marks, dashes, the danda and every kind of space and line end are one separator.
_BETWEEN_WORDS = re.compile(rf"[^\w{DEVANAGARI_WORD}\u0980-\u0dff\u0300-\u036f\u064b-\u065f\u0670]+")
# A closing credit: a short line in brackets or after a dash that names a news agency or the
# agencies' "inputs". It says where the text came from, not what the article says; a copy with
# or without it is the same article. Matched on `dup_key` text (casefolded, nukta dropped).
_AGENCIES = (
    "एजेंसी|एजेंसियों|एजेंसियां|एजेन्सी|एजेन्सियों|इनपुट|इनपुट्स|भाषा|पीटीआई|पीटीआइ|एएनआई|आईएएनएस|यूएनआई|"
    "वार्ता|यूनीवार्ता|रॉयटर्स|एएफपी|एपी|agency|agencies|inputs?|pti|ani|ians|uni|reuters|afp|ap"
)
_CREDIT = re.compile(r"^(?:\(.+\)|\[.+\]|[-–—].+)$")  # the whole line bracketed, or led by a dash
_AGENCY_WORD = re.compile(rf"(?<!{WORD_CLASS})(?:{_AGENCIES})(?!{WORD_CLASS})")
_CREDIT_MAX_WORDS = 8


def is_credit_line(line: str) -> bool:
    """A closing agency credit ("(एजेंसी इनपुट के साथ)", "— पीटीआई", "(With inputs from agencies)").

    >>> [is_credit_line(x) for x in ["(एजेंसी इनपुट के साथ)", "- भाषा", "(भाषा पर बहस कल होगी।)"]]
    [True, True, False]
    >>> is_credit_line("बैठक में पीटीआई के संवाददाता भी मौजूद थे।")
    False
    """
    line = dup_key(line.strip())
    return (
        bool(_CREDIT.match(line))
        and len(_BETWEEN_WORDS.sub(" ", line).split()) <= _CREDIT_MAX_WORDS
        and _AGENCY_WORD.search(line) is not None
        and not line.rstrip(")]").endswith(("।", "."))  # a sentence in brackets is not a credit
    )


def text_key(title: str, standfirst: str, body: str) -> str:
    """sha256 of the document's words once decoded and normalised; "" when it has none.

    `body` is the cleaned body (paragraphs separated by a blank line), whose last paragraph is
    dropped when it is an agency credit.

    >>> a = text_key("नदी में उफान", "", "गांव में पानी भरा।\\n\\nलोग सुरक्षित हैं।")
    >>> a == text_key("नदी  में उफान", "", "गांव में पानी भरा ।\\n\\nलोग सुरक्षित हैं!\\n\\n(एजेंसी इनपुट के साथ)")
    True
    >>> a == text_key("नदी में उफान", "", "गांव में पानी भरा।\\n\\nलोग सुरक्षित है।")  # another word: another text
    False
    >>> text_key("", "", " । ")
    ''
    """
    paragraphs = body.split("\n\n") if body else []
    if paragraphs and is_credit_line(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    words = _BETWEEN_WORDS.sub(" ", dup_key("\n".join([title, standfirst, *paragraphs]))).strip()
    return hashlib.sha256(words.encode("utf-8")).hexdigest() if words else ""


_READ = (STATUS_OK, "headline-only")  # a document not read (empty, binary …) has nothing to count twice


def same_text_copies(articles: pd.DataFrame) -> dict[str, str]:
    """doc_id -> why it is set aside, for each document that repeats an earlier one of its outlet.

    See the module's docstring for the rule and the copy kept. A headline-only document is a copy
    only of one in a file with the same bytes (saved twice): a headline alone is too little to call
    two documents one article, as a standing headline ("आज की बड़ी खबरें") recurs day after day
    over items whose bodies were not kept. Needs doc_id, source_path, sha256, text_sha256, outlet,
    published and status; linear (one sort and one grouping by hash).

    >>> a = pd.DataFrame({"doc_id": ["a", "b", "c", "d", "e"], "status": "ok",
    ...     "source_path": ["x/1.txt", "x/1 copy.txt", "y/1.txt", "x/2.txt", "x/1.html"],
    ...     "sha256": ["h1", "h1", "h1", "h2", "h3"], "text_sha256": ["t1", "t1", "t1", "t2", "t1"],
    ...     "outlet": ["x", "x", "y", "x", "x"], "published": ["2024-03-05", "2024-03-05", "", "", "2024-03-05"]})
    >>> got = same_text_copies(a)
    >>> sorted(got), got["b"]
    (['b', 'e'], 'x/1 copy.txt: the same bytes as x/1.txt, a file of the same outlet (x); set aside so that the article counts once')
    >>> got["e"].split(" once")[0]
    'x/1.html: the same text as x/1.txt'
    >>> sorted(same_text_copies(a.assign(published=["2024-03-06", "2024-03-05", "", "", "2024-03-07"])))
    ['a', 'e']
    >>> sorted(same_text_copies(a.iloc[::-1])) == sorted(got)  # the order of the rows does not decide
    True
    """
    read = articles.loc[articles["status"].isin(_READ) & articles["text_sha256"].ne("")]
    if not read["text_sha256"].duplicated().any():  # no two documents say the same (none at all, too)
        return {}
    read = _grouped(read)
    read = read.assign(
        key=read["text_sha256"].where(read["status"].eq(STATUS_OK), read["sha256"] + " " + read["text_sha256"]),
    )
    if not read.duplicated(["group", "key"]).any():
        return {}
    read = _in_keeping_order(read, articles)
    first = read.drop_duplicates(["group", "key"]).set_index(["group", "key"])
    kept = first[["doc_id", "source_path", "sha256", "published", "several"]].add_prefix("kept_")
    copies = read[read.duplicated(["group", "key"])].join(kept, on=["group", "key"])
    # a headline alone is a copy only in a file saved twice, not beside the same headline in its own file
    copies = copies[copies["status"].eq(STATUS_OK) | copies["source_path"].ne(copies["kept_source_path"])]
    return {r.doc_id: _why(r) for r in copies.itertuples()}


def _grouped(read: pd.DataFrame) -> pd.DataFrame:
    """The rows with `group`: whose copies they can be (their outlet; where none is known, their folder)."""
    folder = read["source_path"].str.rpartition("/")[0]
    return read.assign(group=read["outlet"].where(read["outlet"].ne(""), "\0" + folder))


def _in_keeping_order(read: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The rows in the order that decides which copy is kept (the first): earliest, shortest path, path, doc_id."""
    per_file = articles["source_path"].value_counts()
    return read.assign(
        undated=read["published"].eq(""),
        length=read["source_path"].str.len(),
        several=read["source_path"].map(per_file).gt(1),
    ).sort_values(["undated", "published", "length", "source_path", "doc_id"], kind="stable")


def kept_copies(articles: pd.DataFrame) -> dict[str, str]:
    """doc_id of each document `set_aside` marked -> doc_id of the copy kept, read from the marked table.

    Why: a hand coder may have coded a unit of a document that was later set aside as a copy
    (references drawn before copies were found); the kept copy carries the same text, so the
    validation follows the row there (`analysis.reference.align`). Read back from the articles
    table as the corpus stage wrote it (no reason text is parsed): of the documents of the copy's
    outlet (or folder) with its fingerprint that were kept, the one with the same bytes first (a
    headline-only copy is one only of a file saved twice), then the first in keeping order.

    >>> a = pd.DataFrame({"doc_id": ["a", "b", "c"], "status": ["ok", "duplicate", "ok"],
    ...     "source_path": ["x/1.txt", "x/1.html", "y/1.txt"], "sha256": ["h1", "h2", "h3"],
    ...     "text_sha256": ["t1", "t1", "t1"], "outlet": ["x", "x", "y"], "published": ""})
    >>> kept_copies(a)
    {'b': 'a'}
    """
    aside = articles.loc[articles["status"].eq(STATUS_DUPLICATE) & articles["text_sha256"].ne("")]
    if aside.empty:
        return {}
    kept = articles.loc[articles["status"].isin(_READ) & articles["text_sha256"].ne("")]
    kept = _in_keeping_order(_grouped(kept), articles).assign(rank=lambda d: range(len(d)))
    pairs = _grouped(aside)[["doc_id", "group", "text_sha256", "sha256"]].merge(
        kept[["doc_id", "group", "text_sha256", "sha256", "rank"]], on=["group", "text_sha256"], suffixes=("", "_kept")
    )
    pairs = pairs.assign(other_bytes=pairs["sha256"].ne(pairs["sha256_kept"]))
    pairs = pairs.sort_values(["doc_id", "other_bytes", "rank"], kind="stable").drop_duplicates("doc_id")
    return dict(zip(pairs["doc_id"], pairs["doc_id_kept"]))


def _why(r) -> str:
    """The reason of one copy: its document, the one kept, what they share and whose they are."""
    this = f"{r.source_path} ({r.doc_id})" if r.several else r.source_path
    other = f"{r.kept_source_path} ({r.kept_doc_id})" if r.kept_several else r.kept_source_path
    if r.sha256 == r.kept_sha256 and r.source_path != r.kept_source_path:
        same = f"the same bytes as {other}"
    else:
        same = (
            f"the same text as {other} once both are decoded and normalised (they may differ only in encoding, "
            "line ends, white space, punctuation, page markup or a closing agency credit)"
        )
    whose = f"outlet ({r.outlet})" if r.outlet else "folder (no outlet known)"
    dated = f"; dated {r.published}, the copy kept {r.kept_published}" if r.published != r.kept_published else ""
    return f"{this}: {same}, a file of the same {whose}{dated}; set aside so that the article counts once"


def set_aside(articles: pd.DataFrame) -> pd.DataFrame:
    """The article rows with each `same_text_copies` document marked `duplicate`, its reason given.

    The document keeps its row, outlet and date (nothing is lost: the paper and intake.csv count
    it); its units go (`set_aside_ids` names it for the units, coded units and log tables, and
    `set_aside_intake` for its intake row).
    """
    dups = same_text_copies(articles)
    if not dups:
        return articles
    hit = articles["doc_id"].isin(dups)
    articles = articles.copy()
    articles.loc[hit, "status"] = STATUS_DUPLICATE
    articles.loc[hit, "status_detail"] = articles.loc[hit, "doc_id"].map(dups)
    articles.loc[hit, "n_units"] = 0
    return articles


def set_aside_ids(articles: pd.DataFrame) -> set[str]:
    """The documents `set_aside` marked: their units are not coded or counted."""
    return set(articles.loc[articles["status"] == STATUS_DUPLICATE, "doc_id"])


def set_aside_intake(intake: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The intake rows of the documents `set_aside` marked say so, with the reason their article row gives."""
    aside = articles.loc[articles["status"] == STATUS_DUPLICATE].set_index("doc_id")["status_detail"]
    if aside.empty:
        return intake
    rows = intake["doc_id"].isin(aside.index)
    intake = intake.copy()
    intake.loc[rows, "status"] = STATUS_DUPLICATE
    intake.loc[rows, "reason"] = intake.loc[rows, "doc_id"].map(aside)
    return intake
