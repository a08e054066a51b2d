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

import unicodedata
from dataclasses import dataclass

NUKTA = "\u093c"
VIRAMA = "\u094d"
ANUSVARA = "\u0902"
CHANDRABINDU = "\u0901"

# precomposed nukta letters (NFC keeps ऩ ऱ ऴ composed; the others decompose anyway)
_NUKTA_LETTERS = {
    "\u0929": "\u0928", "\u0931": "\u0930", "\u0934": "\u0933",
    "\u0958": "\u0915", "\u0959": "\u0916", "\u095a": "\u0917", "\u095b": "\u091c",
    "\u095c": "\u0921", "\u095d": "\u0922", "\u095e": "\u092b", "\u095f": "\u092f",
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
_QUOTES = set("\"“”„‟″‘’‚‛`´«»")
_APOSTROPHE_PAIRS = {"''", "``", "‘‘", "’’", "““", "””"}
_DASHES = set("‐‑‒–—―−")
_ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")


@dataclass(frozen=True)
class Normalized:
    """A matching form and, for each of its characters, the original index."""

    text: str
    origin: tuple[int, ...]
    source_length: int

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
    if ch.isascii():
        return ch.lower()
    if ch.isalpha() and not ("\u0900" <= ch <= "\u097f"):
        return ch.casefold()
    return ch


def normalize(text: str) -> Normalized:
    """Return the matching form of `text` with a map back to original offsets."""
    src = unicodedata.normalize("NFC", text) if not unicodedata.is_normalized("NFC", text) else text
    if src != text:
        # callers pass cleaned (NFC) text; keep offsets honest for anything else
        raise ValueError("normalize() expects NFC text: clean it first")
    out: list[str] = []
    origin: list[int] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == NUKTA or ch in _ZERO_WIDTH:
            i += 1
            continue
        pair = text[i : i + 2]
        if pair in _APOSTROPHE_PAIRS:
            out.append('"')
            origin.append(i)
            i += 2
            continue
        if ch in _QUOTES:
            out.append('"')
            origin.append(i)
            i += 1
            continue
        if ch.isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
            out.append(" ")
            origin.append(i)
            i = j
            continue
        if (
            ch in _HOMORGANIC
            and i + 2 < n
            and text[i + 1] == VIRAMA
            and _fold_char(text[i + 2]) in _HOMORGANIC[ch]
        ):
            out.append(ANUSVARA)
            origin.append(i)
            i += 2  # the stop itself is emitted on the next turn
            continue
        out.append(_fold_char(ch))
        origin.append(i)
        i += 1
    return Normalized("".join(out), tuple(origin), n)


def norm(text: str) -> str:
    """The matching form alone (for cue patterns and lookup keys)."""
    return normalize(unicodedata.normalize("NFC", text)).text
