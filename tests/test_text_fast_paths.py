"""The fast text helpers equal the plain per-character / per-line forms they replaced, on any input.

`normalize_unicode`, `dup_key` and `looks_like_legacy_font` run on every file and paragraph
of a corpus, so they use whole-text regex passes and `str.replace` scans; these reference
forms are the readable definitions, compared on random text drawn from the characters
each rule is about (Devanagari marks, every kind of space and line break, quotes, KrutiDev
tokens).
"""

import random
import re
import unicodedata

from analysis.clean import normalize_unicode
from analysis.clean_rules import dup_key
from analysis.script import _MIN_LETTERS, _MIN_SHARE, check_language, looks_like_legacy_font, script_counts

ALPHABET = (
    "अआकखगघ़ँंािीुेैो्।॥ \t\n\r\u00a0\u2028\u2029\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202f\u3000"
    "\u2003\x0b\x0c\x1c\x85abcXYZß“”‘’'\"dsUnz gS dk ,.()"
    "روسپاکবাংলাਪੰਜਾਬੀગુજરાતીрус\ua8f2\U0001f600\ud800½²"
)
TOKENS = "gS dk ds dh esa us ls vkSj fd Hkh ;g dks ij abc xyz है".split()


def _strings(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 120))) for _ in range(n)]
    out += [" ".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 300))) for _ in range(n // 10)]
    return out


def _normalize_per_line(text: str) -> str:
    text = unicodedata.normalize(
        "NFC", text.translate(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f")))
    )
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    spaces = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
    danda = re.compile(r"[ ]+(?=[।॥])")
    return "\n".join(danda.sub("", spaces.sub(" ", line)).strip() for line in text.split("\n"))


def _dup_key_table(line: str) -> str:
    table = str.maketrans({"\u093c": None, "\u0901": "\u0902", "“": '"', "”": '"', "‘": '"', "’": '"', "'": '"'})
    return line.translate(table).casefold()


def test_normalize_unicode_equals_cleaning_each_line():
    for s in _strings(3000, 1):
        assert normalize_unicode(s) == _normalize_per_line(s), repr(s)


def test_dup_key_equals_the_translate_table():
    for s in _strings(3000, 2):
        assert dup_key(s) == _dup_key_table(s), repr(s)


def test_legacy_font_counts_letters_not_runs():
    def by_letter(text: str) -> bool:
        sample = text[:20000]
        latin, deva = len(re.findall(r"[A-Za-z]", sample)), len(re.findall(r"[\u0900-\u097f]", sample))
        if latin < 20 or deva > 0.2 * latin:
            return False
        words = sample.split()
        hits = sum(1 for w in words if w.strip(",.\"'()") in {t for t in TOKENS if t.isascii()} - {"abc", "xyz"})
        return hits >= 3 and hits / max(len(words), 1) >= 0.05

    seen = set()
    for s in _strings(3000, 3):
        assert looks_like_legacy_font(s) == by_letter(s), repr(s)
        seen.add(by_letter(s))
    assert seen == {True, False}  # the sample reaches both answers


def test_check_language_fast_path_gives_the_counted_answer():
    def counted(text: str, language: str) -> str:
        counts = script_counts(text)
        letters, expected = sum(counts.values()), {"hi": "Devanagari", "ur": "Arabic", "en": "Latin"}[language]
        return "ok" if letters < _MIN_LETTERS or counts.get(expected, 0) >= _MIN_SHARE * letters else "other-script"

    answers = set()
    rng = random.Random(4)
    for s in _strings(3000, 4):
        s = s * rng.randint(1, 5)
        for language in ("hi", "ur", "en"):
            status, _ = check_language(s, language, "x.txt")
            if status != "legacy-font-encoding":
                assert status == counted(s, language), (language, repr(s))
                answers.add(status)
    assert answers == {"ok", "other-script"}
