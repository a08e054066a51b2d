"""Is the text in the script its language is written in?

The codebook's cues are Devanagari words, so a document in another script is coded as
saying nothing: an Urdu article (Arabic script) in a Hindi corpus, an English page, or
Hindi typed in a legacy font (KrutiDev and kin map Devanagari glyphs onto Latin code
points). Such documents get a status instead of a silent row of empty codes.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from analysis.vocab import STATUS_OK

# The script each corpus language is written in; a language not listed is not checked.
LANGUAGE_SCRIPT = {
    "hi": "Devanagari",
    "mr": "Devanagari",
    "ne": "Devanagari",
    "sa": "Devanagari",
    "ur": "Arabic",
    "en": "Latin",
    "bn": "Bengali",
    "pa": "Gurmukhi",
    "gu": "Gujarati",
}
_SCRIPT_RANGES = (
    ("Latin", 0x41, 0x24F),
    ("Arabic", 0x600, 0x6FF),
    ("Arabic", 0x750, 0x77F),
    ("Arabic", 0xFB50, 0xFEFF),
    ("Devanagari", 0x900, 0x97F),
    ("Devanagari", 0xA8E0, 0xA8FF),
    ("Bengali", 0x980, 0x9FF),
    ("Gurmukhi", 0xA00, 0xA7F),
    ("Gujarati", 0xA80, 0xAFF),
    ("Cyrillic", 0x400, 0x4FF),
)
_MIN_LETTERS = 20  # shorter texts say too little about their script
_SAMPLE = 20000  # characters looked at: the head of a text says which script it is in
_BMP = 0x10000  # tables cover the Basic Multilingual Plane; a character above it counts as U+FFFF


def _table(code_points) -> np.ndarray:
    """A lookup table over the BMP: True at the given code points (U+FFFF is never one)."""
    table = np.zeros(_BMP, dtype=bool)
    table[[o for o in code_points if o < _BMP - 1]] = True
    return table


def _code_points(sample: str) -> np.ndarray:
    """The sample's code points as an array, so counting a class of characters is one table lookup."""
    points = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.minimum(points, _BMP - 1)


# per script, its letters (`str.isalpha`), as `script_counts` counts them
_SCRIPT_LETTERS = {
    name: _table(o for s, a, b in _SCRIPT_RANGES if s == name for o in range(a, b + 1) if chr(o).isalpha())
    for name in dict.fromkeys(s for s, _, _ in _SCRIPT_RANGES)
}
_MIN_SHARE = 0.2  # below this share of its own script's letters, a text is in another script

# Frequent KrutiDev/Chanakya renderings of common Hindi words (है का के की में ने से
# और कि भी यह को पर): legacy fonts map Devanagari glyphs onto Latin code points, so the
# bytes read as Latin text in which these tokens recur.
_KRUTIDEV_TOKENS = frozenset("gS dk ds dh esa us ls vkSj fd Hkh ;g dks ij vius mUgksaus fy, x;k x;h FkkA gSA".split())
# runs, not single letters: a match (and a Python string) per word rather than per letter
_LATIN = _table(map(ord, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
_DEVANAGARI = _table(range(0x900, 0x980))  # the whole script block: this counts script, not words


def looks_like_legacy_font(text: str, points: np.ndarray | None = None) -> bool:
    """True when Hindi text was typed in a legacy font (KrutiDev and kin).

    Such text is Latin letters where Devanagari is expected ("dsUnz ljdkj us 'kfuokj
    dks" = "केंद्र सरकार ने शनिवार को"). Signal: almost no Devanagari, mostly Latin
    letters, and a noticeable share of the legacy renderings of the commonest words.
    """
    sample = text[:_SAMPLE]
    points = _code_points(sample) if points is None else points  # `points`: the caller's `_code_points(sample)`
    latin = int(np.count_nonzero(_LATIN[points]))
    if latin < 20 or int(np.count_nonzero(_DEVANAGARI[points])) > 0.2 * latin:
        return False
    words = sample.split()
    hits = sum(1 for w in words if w.strip(",.\"'()") in _KRUTIDEV_TOKENS)
    return hits >= 3 and hits / max(len(words), 1) >= 0.05


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in the first 20,000 characters (letters outside the table: "other").

    >>> script_counts("रूस and روس")
    {'Devanagari': 2, 'Latin': 3, 'Arabic': 3}
    """
    counts: dict[str, int] = {}
    # each distinct character once, in order of first appearance (so the scripts keep that order)
    for c, n in Counter(text[:_SAMPLE]).items():
        if not c.isalpha():
            continue
        o = ord(c)
        name = next((s for s, a, b in _SCRIPT_RANGES if a <= o <= b), "other")
        counts[name] = counts.get(name, 0) + n
    return counts


def check_language(text: str, language: str, name: str) -> tuple[str, str]:
    """(status, detail) for decoded text: ok, legacy-font-encoding or other-script.

    >>> check_language("پاکستان اور روس کے تعلقات پر وزیر خارجہ نے بات کی", "hi", "u.txt")[0]
    'other-script'
    """
    sample = text[:_SAMPLE]
    points = _code_points(sample)  # once for both tests (a file's first 20,000 characters)
    if language == "hi" and looks_like_legacy_font(text, points):
        return "legacy-font-encoding", (
            f"{name}: Latin gibberish where Hindi is expected (a legacy font such as "
            "KrutiDev); convert it to Unicode Devanagari first"
        )
    expected = LANGUAGE_SCRIPT.get(language)
    if expected is None:
        return STATUS_OK, ""
    if np.count_nonzero(_SCRIPT_LETTERS[expected][points]) >= _MIN_SHARE * len(sample):
        return STATUS_OK, ""  # enough even if every character were a letter: the count below would say ok
    counts = script_counts(text)
    letters = sum(counts.values())
    if expected is None or letters < _MIN_LETTERS or counts.get(expected, 0) >= _MIN_SHARE * letters:
        return STATUS_OK, ""
    main = max(counts, key=lambda s: counts[s])
    return "other-script", (
        f"{name}: the text is in {main} script ({counts[main]} of {letters} letters), "
        f"not {expected} as language {language!r} expects; it is not coded"
    )
