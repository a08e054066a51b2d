"""Units of analysis: a sentence splitter for Hindi news and the unit table.

Off-the-shelf splitters fail on this text: Hindi news ends sentences with "।" as often as
with ".", uses "." after initials and abbreviations ("अलेक्जेंडर वी. फोमिन", "डॉ.",
"Pvt. Ltd."), closes quotations after the full stop ('है.”', 'रही।’’'), and sometimes
drops the space after a full stop (".इस दौरान"). The splitter works on character
offsets so that every unit is an exact slice of the field it came from.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from analysis.normalize import norm_seen
from analysis.vocab import DEVANAGARI_WORD, WORD_RE

TERMINATORS = "।॥?!.…"
CLOSING_QUOTES = "”’\"'»)]"
_DEVA_LETTER = re.compile(f"[{DEVANAGARI_WORD}]")  # letters and signs; not dandas
_TERMINATOR = re.compile("[" + re.escape(TERMINATORS) + "]")

# Devanagari spellings of Latin letter names and common abbreviations: a "." after these
# marks an abbreviation, not a sentence end ("एस. जयशंकर", "वी. फोमिन", "डॉ. सिंह").
DEVANAGARI_INITIALS = frozenset(
    "बी सी डी एफ जी एच जे एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू डब्लू एक्स वाई जेड जेड़ "
    "डॉ डा प्रो श्री श्रीमती मो सं कु सु जन ले".split()
)
# Also words in their own right ("आई" = came, "के" = of): an abbreviation only when
# another initial follows ("आई.ए.एस.", "के. चंद्रशेखर" is left to the writer's spacing).
AMBIGUOUS_INITIALS = frozenset("ए ई आई के".split())
_ALL_INITIALS = DEVANAGARI_INITIALS | AMBIGUOUS_INITIALS
LATIN_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr pvt ltd co inc corp no nos vs etc gen col lt capt maj sgt "
    "govt dept est approx fig vol rs smt shri sh jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


# The longest unit, in characters. Longer sentences are split at the last space before
# the limit (or cut hard where there is none), so an unpunctuated 5 MB line becomes many
# units of bounded length and no later step works on an unbounded string. Ordinary news
# sentences stay far below it (the longest in the seed and COVID corpora: under 1,000).
MAX_UNIT_CHARS = 2000
# How far back a token is looked at before a ".": abbreviations and initials are short;
# a bound keeps segmentation linear on "a.a.a.…" runs with no spaces.
_TOKEN_LOOKBACK = 64
_FOLLOWING_TOKEN = re.compile(r"\s*([^\s.]+)\.")
_TOKEN_TAIL = re.compile(r"[^\s(\"'“‘]*")  # matched on the reversed text before a "."


def _token_before(text: str, i: int) -> str:
    """The run of non-space characters ending just before index i (without leading punctuation).

    At most `_TOKEN_LOOKBACK` characters are looked at.
    """
    seg = text[max(0, i - _TOKEN_LOOKBACK) : i]
    return seg[len(seg) - _TOKEN_TAIL.match(seg[::-1]).end() :]


def _is_abbreviation_period(text: str, i: int) -> bool:
    """Whether the '.' at index i belongs to an abbreviation or number, not a sentence end."""
    tok = _token_before(text, i)
    last = tok.rpartition(".")[2]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if last.isdigit() and nxt.isdigit():
        return True  # 4.1, 1.5
    if nxt and (nxt.isascii() and nxt.isalnum()):
        return True  # U.S., www.site.com, 4.28
    if not last:
        return False
    if last.isascii() and last.isalpha():
        if len(last) == 1 and last.isupper():
            return True  # "Alexander V. Fomin"
        return last.lower() in LATIN_ABBREVIATIONS
    if last in DEVANAGARI_INITIALS:
        return True
    if last in AMBIGUOUS_INITIALS or "." in tok:
        if "." in tok and last in _ALL_INITIALS:
            return True  # ए.के.
        follow = _FOLLOWING_TOKEN.match(text, i + 1)
        return bool(follow and follow.group(1) in _ALL_INITIALS)
    return False


def sentence_spans(text: str, limit: int | None = MAX_UNIT_CHARS) -> list[tuple[int, int]]:
    """Half-open spans of the sentences in `text` (white space trimmed off each span).

    A sentence ends at ।, ॥, ?, !, …, or a '.' that is not an abbreviation; a run of
    terminators ("?!", "...") ends it once; closing quotation marks and brackets right
    after the terminator stay with the sentence they close, unless a letter follows
    directly (then the mark opens the next sentence). Text after the last terminator
    is a sentence of its own. A sentence longer than `limit` characters is split
    (`cap_span`); `limit=None` gives the sentences as found.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    while i < n:
        found = _TERMINATOR.search(text, i)  # jump to the next terminator (no per-character loop)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if not (ch == "." and _is_abbreviation_period(text, i)):
            j = i + 1
            while j < n and text[j] in TERMINATORS:
                j += 1
            k = j
            while k < n and text[k] in CLOSING_QUOTES:
                k += 1
            if k > j and k < n and not text[k].isspace() and text[k] not in TERMINATORS:
                k = j  # quote glued to the next word opens the next sentence
            if k < n and not (
                text[k].isspace()
                or text[k].isalnum()
                or _DEVA_LETTER.match(text[k])
                or text[k] in "\"'“‘(" + CLOSING_QUOTES
            ):
                i = k  # "।," or "?)": the punctuation run goes on, no boundary here
                continue
            spans.append((start, k))
            start = k
            i = k
            continue
        i += 1
    if start < n:
        spans.append((start, n))
    trimmed = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.extend(cap_span(text, a, b, limit) if limit else [(a, b)])
    return trimmed


def cap_span(text: str, a: int, b: int, limit: int = MAX_UNIT_CHARS) -> list[tuple[int, int]]:
    """Split the span text[a:b] into pieces of at most `limit` characters.

    Each piece ends at the last white space before the limit; a run with no white space
    is cut at the limit, moved back off combining marks so no letter loses its vowel sign.

    >>> cap_span("aaa bbb ccc", 0, 11, limit=8)
    [(0, 7), (8, 11)]
    >>> cap_span("abcdefgh", 0, 8, limit=3)
    [(0, 3), (3, 6), (6, 8)]
    """
    pieces = []
    while b - a > limit:
        cut = a + limit
        space = max(text.rfind(" ", a + 1, cut + 1), text.rfind("\n", a + 1, cut + 1))
        if space > a:
            end, nxt = space, space + 1
        else:
            while cut > a + 1 and unicodedata.category(text[cut])[0] == "M":
                cut -= 1
            end = nxt = cut
        while end > a and text[end - 1].isspace():
            end -= 1
        pieces.append((a, end))
        a = nxt
        while a < b and text[a].isspace():
            a += 1
    if a < b:
        pieces.append((a, b))
    return pieces


def count_overlong(text: str, limit: int = MAX_UNIT_CHARS) -> int:
    """How many sentences of `text` are longer than `limit` (and so split into several units)."""
    if len(text) <= limit:
        return 0
    return sum(1 for a, b in sentence_spans(text, limit=None) if b - a > limit)


# A dateline opens a story: one to three name words (the place), optionally a comma or
# bracket with a date and an agency ("नई दिल्ली, 5 मई (भाषा)।", "मॉस्को (एजेंसी)।"), then a
# full stop, danda, colon or dash. Its words are names, never the function words, numerals
# or interjections of a sentence, so a short sentence ("नहीं।", "यह सच है।", "एक।") is not
# taken for one. A name word is matched possessively (`++`): the characters that may follow it (space,
# hyphen, slash, comma, bracket, the separators; the danda and double danda lie outside DEVANAGARI_WORD)
# are none of its own, so a shorter run could never be followed by them and giving back characters one
# by one (what a plain `+` tries on every sentence that is no dateline) finds nothing: the same matches.
_NAME_WORD = rf"[A-Za-z{DEVANAGARI_WORD}]++"
_DATELINE = re.compile(
    rf"\s*{_NAME_WORD}(?:[ \-/]{_NAME_WORD}){{0,2}}"  # the place: one to three name words
    r"(?:\s*[,(/][^।॥.:?!\n]{0,40}?)?"  # ", 5 मई (भाषा)" / " (एजेंसी)"
    r"\s*(?:[।॥.:]|\s[-–—]|[-–—]\s)"  # the separator
)
DATELINE_STOPWORDS = frozenset(
    "है हैं था थे थी ने को का की के में से पर नहीं न ना यह वह ये वे और भी तो ही हो गया गई गए किया "
    "हां हाँ जी कि जो इस उस हम आप मैं एक दो तीन ठीक अच्छा बस धन्यवाद शुक्रिया सच क्या क्यों कैसे कब कहां "
    "सुनिए देखिए जानिए".split()
)


@functools.lru_cache(maxsize=256)
def dateline_end(text: str) -> int:
    """End of a dateline that opens `text` (0 when none): "मॉस्को।", "इस्लामाबाद :".

    The dateline is where the story was filed, not something it says: the splitter joins
    a dateline-only sentence to the sentence it opens (`article_units`), and the coder
    reads no frame, stance or speaker from it (analysis.coding). Remembered for the last
    few texts (a pure function of the text): the coder asks it of one unit several times
    (its dateline mask, its places, its stance places), and the pattern backtracks.

    >>> t = "नई दिल्ली, 5 मई (भाषा)। रूस ने कहा।"
    >>> t[: dateline_end(t)]
    'नई दिल्ली, 5 मई (भाषा)।'
    >>> dateline_end("नहीं। यह गलत है।"), dateline_end("इस्लामाबाद : पाकिस्तान ने कहा")
    (0, 12)
    """
    m = _DATELINE.match(text)
    if not m:
        return 0
    words = WORD_RE.findall(m.group(0))
    if not words or any(w in DATELINE_STOPWORDS for w in words):
        return 0
    return m.end()


def join_dateline(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with an opening dateline-only sentence joined to the sentence after it.

    >>> t = "मॉस्को। रूस ने आज कहा। यह दूसरा वाक्य है।"
    >>> [t[a:b] for a, b in join_dateline(t, sentence_spans(t))]
    ['मॉस्को। रूस ने आज कहा।', 'यह दूसरा वाक्य है।']
    """
    if len(spans) < 2:
        return spans
    (a, b), (_, d) = spans[0], spans[1]
    piece = text[a:b]
    if dateline_end(piece) != len(piece) or d - a > MAX_UNIT_CHARS:
        return spans
    return [(a, d), *spans[2:]]


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` as strings (see `sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]


class Unit(NamedTuple):
    """One row of units.parquet.

    A named tuple, not a frozen dataclass: a shard makes one per sentence (~40k per 9 MB), and
    a frozen dataclass sets each of its eight fields through `object.__setattr__`. It is as
    immutable, and the corpus stage reads it by attribute (`corpus._units_frame`).
    """

    doc_id: str
    unit_id: int
    role: str
    para: int
    text: str
    norm: str
    start: int
    end: int


def article_units(doc_id: str, title: str, standfirst: str, paragraphs: list[tuple[str, str]]) -> list[Unit]:
    """Units of one article in reading order: headline, standfirst, then the body.

    Offsets index the field a unit comes from: `title` for headline units, `standfirst`
    for standfirst units, the cleaned `text` (paragraphs joined by a blank line) for
    subhead and body units. `para` is 0 for headline and standfirst and counts the
    body's paragraphs from 1. A sub-heading is one unit whatever its punctuation (split
    only beyond `MAX_UNIT_CHARS`, like any unit). A dateline that ends in a full stop
    ("मॉस्को।") opens the first body paragraph together with its sentence (`join_dateline`).
    """
    units: list[Unit] = []

    def add(role: str, para: int, field: str, a: int, b: int) -> None:
        piece = field[a:b]
        units.append(Unit(doc_id, len(units) + 1, role, para, piece, norm_seen(piece), a, b))

    for a, b in sentence_spans(title):
        add("headline", 0, title, a, b)
    for a, b in sentence_spans(standfirst):
        add("standfirst", 0, standfirst, a, b)
    text = "\n\n".join(p for _, p in paragraphs)
    offset = 0
    for k, (role, para) in enumerate(paragraphs, 1):
        if role == "subhead":
            for a, b in cap_span(para, 0, len(para)):
                add("subhead", k, text, offset + a, offset + b)
        else:
            spans = sentence_spans(para)
            for a, b in join_dateline(para, spans) if k == 1 else spans:
                add("body", k, text, offset + a, offset + b)
        offset += len(para) + 2
    return units
