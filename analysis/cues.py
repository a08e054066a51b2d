"""Step 1 of coding: one scan of a unit for every codebook cue, and the index to reason over it.

The later steps (frames, stance, voice, speaker) never look at raw text again: they read
the cue hits of one automaton scan of the unit's matching form (analysis.normalize), ask
`TokenIndex` how far apart two hits are and whether a clause break lies between them,
and turn the hits they use into `Cue` records whose spans point into the *original*
text, so that `explain` and the HTML view can underline what the reader sees.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from analysis.codebook import Codebook, Hit
from analysis.normalize import LazyOrigin, Normalized, normalize
from analysis.segment import dateline_end
from analysis.vocab import WORD_CLASS, WORD_RE

T = TypeVar("T")
Region = tuple[int, int]


class Cue(NamedTuple):
    """One fired pattern, for the `cues` column: span in the unit's original text.

    A named tuple, not a frozen dataclass: a shard makes ~100k, and a frozen dataclass sets
    each field through `object.__setattr__`. Equality and hash are the same (the fields in order).
    """

    variable: str
    value: str
    pattern: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {
            "variable": self.variable,
            "value": self.value,
            "pattern": self.pattern,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }

    def as_json(self) -> str:
        """`as_dict` as JSON with sorted keys, written directly (a shard encodes ~100k cues).

        The same text as `json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True)`.
        """
        s = _JSON_STR
        return (
            f'{{"end": {int(self.end)!r}, "pattern": {s(self.pattern)}, "start": {int(self.start)!r}, '
            f'"text": {s(self.text)}, "value": {s(self.value)}, "variable": {s(self.variable)}}}'
        )

    def sort_key(self) -> tuple:
        """Text order; the fields after the span only make the order total."""
        return CUE_ORDER(self)


# a JSON string literal as `json.dumps(..., ensure_ascii=False)` writes it (the C encoder when present)
_JSON_STR = json.encoder.encode_basestring
# `Cue.sort_key` as one C call, for sorting the many cues of a shard
CUE_ORDER = operator.attrgetter("start", "end", "variable", "value", "pattern")
_SPAN = operator.methodcaller("span")
_START_END = operator.attrgetter("start", "end")


_SHORT_SPAN = 64  # characters: a span this short is counted where it stands (`TokenIndex.tokens_between`)
_WORD_AT = re.compile(WORD_CLASS).match  # `_WORD_AT(text, i)`: a word character at i (None past the end)


class TokenIndex:
    """Token positions and clause breaks of a matching form, for distance rules.

    Windows in the codebook are counted in words ("a negation within 3 words"), and a
    clause break between two hits means they belong to different statements.
    """

    def __init__(self, text: str, breaks: frozenset[str]):
        # the positions are found on first use: most units never ask (no rule with a distance fires).
        # Plain attributes filled on first use, not `functools.cached_property`: its `__get__` takes a
        # lock on every first use (Python 3.11), and a shard's units ask for ~20k such first uses.
        self._text = text
        self._breaks_of = breaks
        self._spans: tuple[tuple[int, ...], tuple[int, ...]] | None = None
        self._break_at: list[int] | None = None

    @property
    def _tokens(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(starts, ends) of the tokens, found on the first use."""
        if self._spans is None:
            # one C-level pass and one transposition (zip), no Python frame per word
            spans = list(map(_SPAN, WORD_RE.finditer(self._text)))
            self._spans = tuple(zip(*spans)) if spans else ((), ())
        return self._spans

    @property
    def tok_starts(self) -> tuple[int, ...]:
        return self._tokens[0]

    @property
    def tok_ends(self) -> tuple[int, ...]:
        return self._tokens[1]

    @property
    def _breaks(self) -> list[int]:
        """Where the clause breaks are, found by one regex scan on the first use (no per-character loop)."""
        if self._break_at is None:
            self._break_at = [m.start() for m in _break_pattern(self._breaks_of).finditer(self._text)]
        return self._break_at

    def token_index(self, pos: int) -> int:
        """Index of the token that contains or follows `pos`."""
        return bisect.bisect_right(self._tokens[1], pos)

    def tokens_between(self, a: int, b: int) -> int:
        """Number of whole tokens inside [a, b).

        Most questions are about a few words between two hits (COVID: 9 in 10 spans under 54
        characters), asked before anything needs the unit's token positions: such a span is
        counted where it stands, and the positions are found only for a longer one.
        """
        if b <= a:
            return 0
        if self._spans is None and b - a <= _SHORT_SPAN:
            return self._count_between(a, b)
        starts, ends = self._tokens
        return max(0, bisect.bisect_right(ends, b) - bisect.bisect_left(starts, a))

    def _count_between(self, a: int, b: int) -> int:
        """`tokens_between` read from the span itself: its words, less a word cut at either end.

        The words are found by one `findall` (no Python step per word). Only the first can start
        at `a` (it does when `a` holds a word character) and only the last can end at `b` (when
        `b - 1` does); such a word is cut when the text's word runs on past the span's end, and a
        lone word cut at both ends is one word less, not two.
        """
        text = self._text
        n = len(WORD_RE.findall(text, a, b))
        if not n:
            return 0
        cut_first = a > 0 and _WORD_AT(text, a) is not None and _WORD_AT(text, a - 1) is not None
        cut_last = _WORD_AT(text, b - 1) is not None and _WORD_AT(text, b) is not None
        if n == 1:
            return 0 if cut_first or cut_last else 1
        return n - cut_first - cut_last

    def clause_break_between(self, a: int, b: int) -> bool:
        """True when a clause-break character lies in [min(a, b), max(a, b))."""
        lo, hi = (a, b) if a <= b else (b, a)
        breaks = self._breaks
        return bisect.bisect_left(breaks, hi) > bisect.bisect_left(breaks, lo)


@functools.lru_cache(maxsize=8)
def _break_pattern(breaks: frozenset[str]) -> re.Pattern:
    """A character class of the codebook's clause breaks (single characters), compiled once."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(breaks)) + "]" if breaks else "(?!)")


class HitsByKind(dict):
    """A unit's hits by cue kind; a kind with no hit (or unknown to the codebook) has none: ()."""

    def __missing__(self, kind: str) -> tuple[Hit, ...]:
        return ()


# Kinds whose cues are common words ("कि*", "है", "से", numerals): ~45% of a news shard's hits, read only by
# the stance rules of units that speak of a party and by a few speaker rules. `scan_forms` leaves them out
# of the shard's scan and a unit finds them when a rule first asks (`LazyHits`).
LAZY_KINDS = frozenset({"compound_first", "compound_then", "restriction_quantities"})


class LazyHits(HitsByKind):
    """`HitsByKind` whose `LAZY_KINDS` are scanned on the first question about one of them.

    Until then they are absent, so the dict's own lookup (`UnitText.of`, a C call) reaches
    `__missing__`; asking for all kinds at once (`values`, `items` …) scans them first. Once
    scanned it holds what `match_cues` would have put there: the hits of each lazy kind the
    codebook has, those of an opening dateline dropped (`dateline`), () for a kind without one.
    """

    def later(self, matcher, text: str, dateline: int) -> LazyHits:
        """Note what to scan (`matcher`: the lazy kinds' `Matcher`) in `text`, the unit's matching form."""
        self._later = (matcher, text, dateline)
        return self

    def __missing__(self, kind: str) -> tuple[Hit, ...]:
        if kind not in LAZY_KINDS or self._later is None:
            return ()
        self._scan()
        return dict.get(self, kind, ())

    def _scan(self) -> None:
        matcher, text, skip = self._later
        self._later = None
        found = matcher.find_by_kind(text)
        lazy = [(kind, found.get(kind, ())) for kind in matcher.kinds]
        kinds = [*dict.items(self), *((k, tuple(h for h in hits if h.start >= skip)) for k, hits in lazy)]
        dict.clear(self)
        dict.update(self, sorted(kinds))  # every kind in the codebook's order, as `match_cues` fills them

    def _all(self) -> LazyHits:
        if self._later is not None:
            self._scan()
        return self

    def values(self):
        return dict.values(self._all())

    def items(self):
        return dict.items(self._all())

    def keys(self):
        return dict.keys(self._all())

    def __iter__(self):
        return dict.__iter__(self._all())

    def __len__(self) -> int:
        return dict.__len__(self._all())

    def __contains__(self, kind: object) -> bool:
        return dict.__contains__(self._all(), kind)

    def get(self, kind: str, default=None):
        return dict.get(self._all(), kind, default)

    def __eq__(self, other: object) -> bool:
        return dict.__eq__(self._all(), other)

    def __ne__(self, other: object) -> bool:
        return dict.__ne__(self._all(), other)

    __hash__ = None  # a dict: unhashable, as `HitsByKind`


class _ReadLog(HitsByKind):
    """Hits by kind, all empty, that note every kind a rule asks for (`kinds_read`).

    Asking for all of them at once (`values`, `items`, iterating) notes every kind.
    """

    def __init__(self, kinds: Sequence[str]):
        super().__init__(dict.fromkeys(kinds, ()))
        self.read: set[str] = set()

    def __getitem__(self, kind: str) -> tuple[Hit, ...]:
        self.read.add(kind)
        return super().__getitem__(kind)

    def get(self, kind: str, default=None):
        self.read.add(kind)
        return super().get(kind, default)

    def _all(self) -> None:
        self.read.update(self.keys())

    def values(self):
        self._all()
        return super().values()

    def items(self):
        self._all()
        return super().items()

    def __iter__(self):
        self._all()
        return super().__iter__()


def kinds_read(rule: Callable[[UnitText], object], codebook: Codebook) -> frozenset[str]:
    """The hit kinds `rule` asks for when it codes a unit where the scan found nothing.

    A unit that has no hit of any of these kinds takes the same path through the rule as
    that empty unit (the rule asked for nothing else), so a result computed once for the
    empty unit is its result too, as far as the rule reads hits: what a shard-level fast
    path may skip is derived from the rule itself, not listed by hand. Whatever the rule
    reads from the text directly (quotation marks, say) the caller must test as well.
    """
    log = _ReadLog(codebook.matcher.kinds)
    rule(UnitText("", normalize(""), TokenIndex("", codebook.stance.clause_breaks), log))
    return frozenset(log.read)


@dataclass(frozen=True)
class UnitText:
    """One unit as the coding steps see it: original text, matching form, hits by kind.

    `of(kind)`: the hits of one cue kind (e.g. "speech_verb"), in text order. The rules ask
    it about a million times per 30k units, so it is the dict's own lookup (a C call, no
    Python frame): `hits` holds every kind of the codebook, () for those without a hit.
    `text`: the matching form (`form.text`): every hit span and token position refers to
    it; an attribute, not a property, for the same reason.
    """

    original: str
    form: Normalized
    index: TokenIndex
    hits: Mapping[str, tuple[Hit, ...]]
    dateline: int = 0  # end of an opening dateline in the matching form (its hits are dropped)

    def __post_init__(self) -> None:
        hits = self.hits if isinstance(self.hits, HitsByKind) else HitsByKind(self.hits)
        object.__setattr__(self, "hits", hits)
        object.__setattr__(self, "of", hits.__getitem__)
        object.__setattr__(self, "text", self.form.text)
        object.__setattr__(self, "same", _same_offsets(self.form))

    @classmethod
    def made(
        cls,
        original: str,
        form: Normalized,
        index: TokenIndex,
        hits: HitsByKind,
        dateline: int,
        same: int | None = None,
    ) -> UnitText:
        """`UnitText(original, form, index, hits, dateline)` for `hits` already a `HitsByKind`.

        The frozen dataclass's `__init__` sets each field through `object.__setattr__`, and
        `__post_init__` three more: `match_cues` makes one per unit (and per unit coded again),
        so it fills the same attributes, in the same order, in one `__dict__` update.
        """
        unit = object.__new__(cls)
        unit.__dict__.update(
            original=original,
            form=form,
            index=index,
            hits=hits,
            dateline=dateline,
            of=hits.__getitem__,
            text=form.text,
            same=_same_offsets(form) if same is None else same,  # `same`: the caller's `_same_offsets(form)`
        )
        return unit

    def show(self, start: int, end: int) -> str:
        """The original text behind a span of the matching form (for rule descriptions)."""
        if start < end <= self.same:  # offsets the original's own (`_same_offsets`)
            return self.original[start:end]
        o_start, o_end = self.form.to_original(start, end)
        return self.original[o_start:o_end]

    def cue(self, variable: str, value: str, pattern: str, start: int, end: int) -> Cue:
        """Evidence for a code; an empty span (a state carried in) is recorded as 0:0.

        Most units' matching forms are as long as their text (`reuse_form`): a span is then
        the original's own, with no call to map it back (a shard reports ~100k cues).
        """
        if end <= start:
            o_start = o_end = 0
        elif end <= self.same:
            o_start, o_end = start, end
        else:
            o_start, o_end = self.form.to_original(start, end)
        return Cue(variable, value, pattern, o_start, o_end, self.original[o_start:o_end])


def _same_offsets(form: Normalized) -> int:
    """The form's length when its offsets are the original's (its map is `range(n)`), else -1.

    `Normalized.to_original(start, end)` of such a form is `(start, end)` for every span with
    `start < end <= n`: the map is the identity and the form as long as the original, so the
    end maps to `origin[end] = end` or, at `n`, to `source_length = n`, and no last character
    stands for several. `UnitText.cue` and `show` then take the span as it is.
    """
    n = len(form.text)
    return n if form.keeps_offsets and len(form.origin) == n and form.source_length == n else -1


def dateline_mask(text: str, hits: Sequence[Hit]) -> int:
    """End of the opening dateline of a story's first unit (0 when there is none).

    A dateline ("मॉस्को।", "इस्लामाबाद :", "नई दिल्ली, 5 मई (भाषा)।") says where the story
    was filed: it carries no frame, stance or speaker. Its name words must all be a
    gazetteer place, so a label prefix ("Russia-Pakistan Relations:") or a headline
    formula ("पुतिन बोले- …") still codes like any other words. A hyphen inside a compound
    ("रूस-पाक संबंध:", "Russia-Pakistan Relations:") joins name words; only a dash with a space
    beside it separates a dateline ("मॉस्को- …").
    """
    end = dateline_end(text)
    if not end:
        return 0
    head = re.split(r"[,(/।॥.:]|\s[-–—]|[-–—](?:\s|$)", text[:end], maxsplit=1)[0]
    places = [(h.start, h.end) for h in hits if h.kind == "place"]
    words = list(WORD_RE.finditer(head))
    covered = all(any(s <= w.start() and w.end() <= e for s, e in places) for w in words)
    return end if words and covered else 0


def match_cues(
    text: str,
    codebook: Codebook,
    opens_story: bool = False,
    norm: str | None = None,
    found: Mapping[str, tuple[Hit, ...]] | None = None,
) -> UnitText:
    """Scan one unit once for the cues of every variable (one automaton pass).

    In the unit that opens a story's body (`opens_story`), the hits of its dateline are
    dropped (`dateline_mask`): every later step sees the sentence alone. `norm`: the
    unit's matching form as the corpus stage stored it (`analysis.normalize.norm`), so a
    unit is not normalised twice (`reuse_form`). `found`: the hits of that form by kind, as
    `Matcher.find_by_kind` gives them, when the caller scanned every unit at once (`scan_forms`).
    """
    form = reuse_form(text, norm)
    # a stored form as long as its text is `range(n)` over it (`reuse_form`): `_same_offsets` would give n
    same = len(text) if norm is not None and len(norm) == len(text) else _same_offsets(form)
    by_kind = codebook.matcher.find_by_kind(form.text) if found is None else found
    skip = dateline_mask(form.text, by_kind.get("place", ())) if opens_story else 0
    if skip:
        by_kind = {k: kept for k, hits in by_kind.items() if (kept := tuple(h for h in hits if h.start >= skip))}
    if found is None:
        of_kind = HitsByKind(codebook.matcher.no_hits)  # every kind, () until a hit says otherwise
    else:  # `scan_forms` left `LAZY_KINDS` out: found when a rule first asks for one
        eager, lazy = codebook.matcher.split(LAZY_KINDS)
        of_kind = LazyHits(eager.no_hits).later(lazy, form.text, skip)
    of_kind.update(by_kind)
    return UnitText.made(text, form, TokenIndex(form.text, codebook.stance.clause_breaks), of_kind, skip, same)


def scan_forms(forms: Sequence[str | None], codebook: Codebook) -> list[Mapping[str, tuple[Hit, ...]] | None]:
    """The hits by kind of every stored matching form, from one scan of them all (None: no form).

    `match_cues` takes each as its `found`: a shard's units are scanned in one pass of the
    automata (`Matcher.find_by_kind_many`) instead of one call each. Each distinct form is
    scanned once (news repeats its boilerplate, datelines and agency lines: a synthetic 9 MB
    shard 15% of its units): the hits are a function of the form alone, and the units that
    share a form share its read-only mapping (`match_cues` copies it, never changes it).
    """
    distinct = dict.fromkeys(f for f in forms if isinstance(f, str))  # first-seen order
    eager = codebook.matcher.split(LAZY_KINDS)[0]  # the common words' kinds are scanned per unit, if asked
    found = dict(zip(distinct, eager.find_by_kind_many(list(distinct))))
    return [found[f] if isinstance(f, str) else None for f in forms]


def reuse_form(text: str, norm: str | None) -> Normalized:
    """`normalize(text)`, its text taken from the stored matching form.

    The corpus stage stores `norm(text)`, which is `normalize(text).text`. Folding maps one
    character to one (`analysis.normalize`); only the edits shorten the text. A stored form
    as long as its text therefore had none, and its offsets are the original ones. Otherwise
    the map back to the original offsets (not stored) is rebuilt when a span is first mapped
    back (`LazyOrigin`): most such units report no cue and never need it.
    """
    if norm is None:
        return normalize(text)
    if len(norm) == len(text):
        return Normalized.made(norm, range(len(norm)), len(text))
    return Normalized.made(norm, LazyOrigin(text), len(text))


def drop_contained(items: Sequence[T], span: Callable[[T], Region] | None = None) -> list[T]:
    """Keep the longest of overlapping items (leftmost-longest), in text order.

    `span`: an item's (start, end); by default its `start` and `end` attributes.

    >>> drop_contained([(0, 3), (0, 9), (4, 6), (8, 12), (12, 13)], span=lambda x: x)
    [(0, 9), (12, 13)]
    """
    if len(items) < 2:
        return list(items)  # nothing can overlap (spans start at 0 or later)
    spans = list(map(span or _START_END, items))  # one call per item (the attribute getter is C)
    keys = [(s, s - e) for s, e in spans]  # leftmost, then longest
    kept: list[T] = []
    last_end = -1
    for i in sorted(range(len(items)), key=keys.__getitem__):  # a stable sort, as of the items themselves
        start, end = spans[i]
        if start >= last_end:
            kept.append(items[i])
            last_end = end
    return kept


def words_after(text: str, pos: int, n: int) -> list[str]:
    """The first `n` words from `pos` on: `WORD_RE.findall(text, pos)[:n]`, without finding the rest.

    >>> words_after("उसने कारण नहीं बताया", 4, 2)
    ['कारण', 'नहीं']
    >>> words_after("उसने कारण नहीं बताया", 14, 1), words_after("उसने।", 4, 1)
    (['बताया'], [])
    """
    if n == 1:  # the rules' usual question, the next word: one regex search, no iterator
        m = WORD_RE.search(text, pos)
        return [m.group()] if m is not None else []
    return [m.group() for m in itertools.islice(WORD_RE.finditer(text, pos), n)]


_LOOK_BACK = 64  # characters `last_word_before` reads first: a word ends within them, nearly always


def last_word_before(text: str, end: int) -> list[str]:
    """The last word before `end` (cut at `end`), or none: `WORD_RE.findall(text, 0, end)[-1:]`.

    Read from a window before `end`; only when the window holds no word, or its last word may
    begin before the window, is the text before it read too (then as `findall` reads it).

    >>> last_word_before("उसने कारण नहीं बताया", 14), last_word_before("उसने कारण नहीं बताया", 12)
    (['नहीं'], ['नह'])
    >>> last_word_before("। ", 2), last_word_before("क" * 100, 100) == ["क" * 100]
    ([], True)
    """
    start = max(0, end - _LOOK_BACK)
    window = text[start:end][::-1]  # read backwards: the window's last word is the first match from its end
    m = _LAST_WORD_REVERSED.match(window)
    if m is not None and (m.end(1) < len(window) or start == 0):
        return [m.group(1)[::-1]]  # a run of word characters that starts inside the window: the whole word
    if m is None and start == 0:
        return []  # no word before `end`
    return WORD_RE.findall(text, 0, end)[-1:]


# `last_word_before`'s window reversed: the characters after its last word, then that word (code points
# reversed: a character class asks one code point at a time, so the reversed word is the same run)
_LAST_WORD_REVERSED = re.compile("(?:(?!" + WORD_CLASS + ").)*(" + WORD_CLASS + "+)", re.DOTALL)


def inside(pos: int, regions: Sequence[Region]) -> bool:
    """True when `pos` lies in one of the half-open `regions` (a plain loop: no generator per call)."""
    for s, e in regions:
        if s <= pos < e:
            return True
    return False


def named_mentions(unit: UnitText) -> list[Hit]:
    """Actors and places named in the unit; the longest alias wins ("पाकिस्तानी सेना").

    A place alias inside a `place_exempt` phrase names a thing, not the country: "चीनी"
    in "चीनी के दाम" is sugar, "अमेरिकी" in "अमेरिकी डॉलर" a currency.
    """
    kept = unit.__dict__.get("_named_mentions")  # once per unit (the rules ask ~5 times per stance unit)
    if kept is None:
        exempt = [(h.start, h.end) for h in unit.of("place_exempt")]
        places = [h for h in unit.of("place") if not inside(h.start, exempt)]
        kept = unit.__dict__["_named_mentions"] = drop_contained([*unit.of("actor"), *places])
    return list(kept)  # a fresh list each time, as before


def groups_of(mention: Hit, codebook: Codebook) -> tuple[str, ...]:
    """The groups a named mention stands for: a place stands for itself, an actor for its side.

    An actor of a third state also stands for its country ("ट्रंप" names the US), so the
    frames and targets that test that place see it.
    """
    if mention.kind == "place":
        return (mention.name,)
    actor = codebook.actors[mention.name]
    return (actor.side, actor.country) if actor.country else (actor.side,)


def group_positions(mentions: Sequence[Hit], codebook: Codebook) -> dict[str, list[int]]:
    """Where each group (place id or side) is named: what frames and stance targets test."""
    at: dict[str, list[int]] = {}
    for h in mentions:
        for g in groups_of(h, codebook):
            at.setdefault(g, []).append(h.start)
    return at


def mention_cues(unit: UnitText, mentions: Sequence[Hit]) -> list[Cue]:
    """Evidence rows for the named mentions (shown by `explain` as "Mentions")."""
    return [unit.cue("mention", f"{h.kind}:{h.name}", h.pattern, h.start, h.end) for h in mentions]


def dateline_cues(unit: UnitText) -> list[Cue]:
    """The dateline as evidence (`explain` shows it was read and set aside)."""
    if not unit.dateline:
        return []
    return [unit.cue("dateline", "dateline", "dateline (not coded)", 0, unit.dateline)]


def sensational_cues(unit: UnitText) -> list[Cue]:
    """Sensational wording: counted in headlines by the article measures."""
    return [unit.cue("sensational", "sensational", h.pattern, h.start, h.end) for h in unit.of("sensational")]
