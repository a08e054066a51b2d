"""The matching form of Hindi news text, with offsets back to the original.

Cue lookup must not care whether a writer typed ज़ or ज, हिन्दी or हिंदी, सम्बन्ध or
संबंध, ऑ or ओ, curly or straight quotes, "Russia" or "russia". Reports, however, must
quote the original words. So `normalize` returns the matching form together with, for
every character of it, the index of the original character it came from; any span
found in the matching form maps back with `Normalized.to_original`.

The rules are orthographic equivalences of Hindi spelling, not corpus-specific fixes:

* nukta dropped (ज़→ज, क़→क, ऱ→र), because Hindi writers use it inconsistently;
* chandrabindu → anusvara (हाँ→हां), a common variant in news text;
* a homorganic nasal consonant + virama before a stop → anusvara (न्द→ंद, म्ब→ंब,
  ङ्क→ंक, ञ्च→ंच, ण्ड→ंड), the two accepted spellings of the same sound;
* candra O (ॉ) → O (ो) and candra E (ॅ) → E (े), so loanword spellings meet;
* Devanagari digits → ASCII digits;
* every quotation mark (" “ ” „ ‘ ’ ‚ ‛ ‘‘ ’’ `` '') → a single `"`;
* dash variants → "-", any run of white space → one space, zero-width marks dropped;
* Latin letters casefolded.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

NUKTA = "\u093c"
VIRAMA = "\u094d"
ANUSVARA = "\u0902"
CHANDRABINDU = "\u0901"

# precomposed nukta letters (NFC keeps ऩ ऱ ऴ composed; the others decompose anyway)
_NUKTA_LETTERS = {
    "\u0929": "\u0928",
    "\u0931": "\u0930",
    "\u0934": "\u0933",
    "\u0958": "\u0915",
    "\u0959": "\u0916",
    "\u095a": "\u0917",
    "\u095b": "\u091c",
    "\u095c": "\u0921",
    "\u095d": "\u0922",
    "\u095e": "\u092b",
    "\u095f": "\u092f",
}
# nasal consonant -> the stops of its own class (velar, palatal, retroflex, dental, labial)
_HOMORGANIC = {
    "\u0919": set("\u0915\u0916\u0917\u0918"),
    "\u091e": set("\u091a\u091b\u091c\u091d"),
    "\u0923": set("\u091f\u0920\u0921\u0922"),
    "\u0928": set("\u0924\u0925\u0926\u0927"),
    "\u092e": set("\u092a\u092b\u092c\u092d"),
}
_VOWEL_SIGNS = {"\u0949": "\u094b", "\u0945": "\u0947", "\u0911": "\u0913", "\u090d": "\u090f"}
_QUOTES = set('"“”„‟″‘’‚‛`´«»')
_DASHES = set("‐‑‒–—―−")
_ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")


@dataclass(frozen=True)
class Normalized:
    """A matching form and, for each of its characters, the original index."""

    text: str
    # a `range` when nothing changed length (no memory per character), else a 4-byte array:
    # a tuple of ints cost ~36 bytes per character, which dominated reuse's memory
    origin: Sequence[int] = field(hash=False)
    source_length: int

    @classmethod
    def made(cls, text: str, origin: Sequence[int], source_length: int) -> Normalized:
        """`Normalized(text, origin, source_length)` without the frozen dataclass's `__init__`.

        That sets each field through `object.__setattr__`; the coder makes one per unit
        (`analysis.cues.reuse_form`), so the same attributes are filled in one `__dict__` update.
        """
        made = object.__new__(cls)
        made.__dict__.update(text=text, origin=origin, source_length=source_length)
        return made

    @property
    def keeps_offsets(self) -> bool:
        """True when every character of the form is at its original index (`origin` is `range(n)`).

        The coder's cues and reuse's passages then use a span as it is, without mapping it back.

        >>> Normalized("ab", range(2), 2).keeps_offsets, Normalized("ab", array("i", [0, 2]), 3).keeps_offsets
        (True, False)
        """
        origin = self.origin
        return isinstance(origin, range) and origin.start == 0 and origin.step == 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the matching form to a span of the original."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else self.source_length
            return pos, pos
        o_start = self.origin[start]
        o_end = self.origin[end] if end < len(self.origin) else self.source_length
        # the last matched character may stand for several original ones (ऩ, न्द)
        last = self.origin[end - 1]
        o_end = max(o_end, last + 1)
        return o_start, o_end


def _fold_char(ch: str) -> str:
    """The one-to-one part of the folding, for a single character."""
    if ch in _NUKTA_LETTERS:
        return _NUKTA_LETTERS[ch]
    if ch == CHANDRABINDU:
        return ANUSVARA
    if ch in _VOWEL_SIGNS:
        return _VOWEL_SIGNS[ch]
    if "\u0966" <= ch <= "\u096f":
        return chr(ord("0") + ord(ch) - 0x966)
    if ch in _DASHES:
        return "-"
    if ch in _QUOTES:
        return '"'
    if ch.isspace():
        return " "
    if ch.isalpha() and not ("\u0900" <= ch <= "\u097f") and len(ch.lower()) == 1:
        return ch.lower()
    return ch


def _build_table() -> dict[int, str]:
    """str.translate table for every character whose one-to-one folding changes it."""
    chars = set(_NUKTA_LETTERS) | set(_VOWEL_SIGNS) | _DASHES | _QUOTES | {CHANDRABINDU}
    chars |= {chr(c) for c in range(0x966, 0x970)}
    chars |= {chr(c) for c in range(0x41, 0x5B)} | {chr(c) for c in range(0xC0, 0x250)}
    chars |= {chr(c) for c in range(0x370, 0x530)}  # Greek, Cyrillic
    chars |= {c for c in map(chr, range(0x2100)) if c.isspace()} | {"\u3000", "\u202f", "\u205f"}
    return {ord(c): _fold_char(c) for c in sorted(chars) if _fold_char(c) != c}


_TABLE = _build_table()
# The characters `_TABLE` changes, as one character class: most units hold none or a few, so a
# regex finds them (in C) and only those are replaced; `str.translate` looks up every character.
_FOLD = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
_FOLD_TO = {chr(c): v for c, v in _TABLE.items()}
_NASAL_BEFORE_STOP = "|".join(f"{nasal}{VIRAMA}(?=[{''.join(sorted(stops))}])" for nasal, stops in _HOMORGANIC.items())
# What changes length, found on the one-to-one folded text: characters to drop, a pair of
# quotes that writers type for one (‘‘ ’’ '' ``), runs of white space, and a nasal
# consonant + virama before a stop of its own class (its stop is kept).
_EDITS = re.compile(
    "(?P<drop>["
    + NUKTA
    + "".join(sorted(_ZERO_WIDTH))
    + "])"
    + "|(?P<pair>\"\"|'')"
    + "|(?P<space>  +)"
    + "|(?P<nasal>(?:"
    + _NASAL_BEFORE_STOP
    + "))"
)
# Most units need none of those edits: one substring test per kind finds out in C, so the
# regex scan runs only on the units where one of them can match.
_EDIT_TRIGGERS = (*(NUKTA + "".join(sorted(_ZERO_WIDTH))), '""', "''", "  ", *(n + VIRAMA for n in sorted(_HOMORGANIC)))
# any of them, as one scan in C (one regex search costs less than a substring test per trigger)
_ANY_EDIT = re.compile("|".join(map(re.escape, _EDIT_TRIGGERS)))


def _fold(text: str) -> str:
    """`text.translate(_TABLE)`, replacing only the characters that change (found by `_FOLD`)."""
    if _FOLD.search(text) is None:
        return text
    return _FOLD.sub(lambda m: _FOLD_TO[m.group()], text)


def normalize(text: str) -> Normalized:
    """Return the matching form of `text` with a map back to original offsets.

    One regex substitution does the one-to-one folding (`_fold`); a single regex pass then
    handles the few edits that change length, so the cost is linear and mostly in C.
    """
    if not unicodedata.is_normalized("NFC", text):
        # callers pass cleaned (NFC) text; keep offsets honest for anything else
        raise ValueError("normalize() expects NFC text: clean it first")
    folded = _fold(text)
    if _ANY_EDIT.search(folded) is None:
        return Normalized(folded, range(len(folded)), len(text))
    parts: list[str] = []
    origin = array("i")
    pos = 0
    for m in _EDITS.finditer(folded):
        a, b = m.span()
        if a > pos:
            parts.append(folded[pos:a])
            origin.extend(range(pos, a))
        kind = m.lastgroup
        if kind == "pair":
            parts.append('"')
            origin.append(a)
        elif kind == "space":
            parts.append(" ")
            origin.append(a)
        elif kind == "nasal":
            parts.append(ANUSVARA)
            origin.append(a)
        pos = b
    if pos == 0:
        return Normalized(folded, range(len(folded)), len(text))
    parts.append(folded[pos:])
    origin.extend(range(pos, len(folded)))
    return Normalized("".join(parts), origin, len(text))


class LazyOrigin(Sequence[int]):
    """`normalize(text).origin`, built on first use (a `Normalized.origin` for a stored matching form).

    The coder scans a unit's stored matching form (`norm`); the map back to the original
    offsets is needed only when a cue is reported, and one unit in two whose edits changed
    its length reports none (COVID), so they are not normalised a second time at all.
    """

    def __init__(self, text: str):
        self._text = text
        self._origin: Sequence[int] | None = None

    def _map(self) -> Sequence[int]:
        if self._origin is None:
            self._origin = normalize(self._text).origin
        return self._origin

    def __getitem__(self, i):  # an index or a slice, as the map itself takes
        return self._map()[i]

    def __len__(self) -> int:
        return len(self._map())


_REPLACE = {"drop": "", "pair": '"', "space": " ", "nasal": ANUSVARA}  # what each of `_EDITS` becomes
_DROP = frozenset(NUKTA + "".join(_ZERO_WIDTH))  # the single characters `_EDITS` drops
_DROP_RE = re.compile("[" + "".join(map(re.escape, sorted(_DROP))) + "]")
# the triggers of the edits that are not a single dropped character (a pair of quotes, spaces, a nasal)
_OTHER_EDIT = re.compile("|".join(re.escape(t) for t in _EDIT_TRIGGERS if t not in _DROP))


def norm(text: str) -> str:
    """The matching form alone (for cue patterns, lookup keys and the units' `norm` column).

    The same text as `normalize(NFC(text)).text`, without building the offset map: the
    corpus stage calls it for every unit.
    """
    folded = _fold(unicodedata.normalize("NFC", text))
    if _ANY_EDIT.search(folded) is None:
        return folded  # most units: one C scan finds no trigger of any edit
    if _OTHER_EDIT.search(folded) is None:
        # the usual edit (a nukta): with no other trigger present the regex pass would only drop
        # these characters, so one C substitution gives its text without a Python call per match
        return _DROP_RE.sub("", folded)
    return _EDITS.sub(lambda m: _REPLACE[m.lastgroup], folded)


@functools.lru_cache(maxsize=4096)
def norm_seen(text: str) -> str:
    """`norm`, remembered for the last few thousand texts (a pure function of the text).

    The corpus stage norms every short line to test the line rules, then every unit: a
    one-sentence paragraph is both, and pages repeat their boilerplate (COVID: 3 calls in 10
    repeat a text seen shortly before), so those are looked up instead of normed again.
    """
    return norm(text)
