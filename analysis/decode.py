"""Bytes to text: find the encoding a researcher's file was saved in, or refuse it by name.

Files saved from browsers, word processors and spreadsheet tools arrive as UTF-8 (with
or without a byte-order mark), UTF-16 (Windows "Unicode", with or without a BOM),
UTF-32, or a Windows code page (cp1252). Each is recognised here and named in the
intake report; what cannot be decoded gets a status that says what to do, because
guessing an 8-bit code page for Hindi would turn it into confident nonsense.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import numpy as np

from analysis.vocab import STATUS_OK

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 8192
# Where the characters of a text in the scripts this package reads live: Latin,
# Arabic, the Indic blocks, general punctuation. Binary data decoded as UTF-16 lands
# mostly elsewhere (CJK, private use), which is how a UTF-16 guess is told from noise.
_PLAUSIBLE = ((0x20, 0x24F), (0x600, 0x6FF), (0x900, 0xDFF), (0x2000, 0x20CF), (0xFB50, 0xFEFF))
_NUL_NOTE_MAX = 0.01  # stray NULs in a UTF-8 text up to this share are removed, not "binary"


@dataclass(frozen=True)
class Decoded:
    """Text (None if undecodable), a status with its detail, and the encoding found."""

    text: str | None
    status: str
    detail: str = ""
    encoding: str = ""
    note: str = ""  # something done to an ok text the intake report should say


def _plausible_share(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    good = sum(1 for c in sample if c in "\n\r\t" or any(a <= ord(c) <= b for a, b in _PLAUSIBLE))
    return good / len(sample)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when the bytes read as UTF-16 LE or BE text, else None.

    The signature of UTF-16 is its high bytes: text in one script repeats one value
    (0x00 for ASCII, 0x09 for Devanagari, 0x06 for Arabic) at every second byte. Pure
    Devanagari in UTF-16 LE is even valid ASCII, so this is checked before UTF-8.
    """
    if len(data) % 2 or len(data) < 4:
        return None
    sample = data[:_SAMPLE]
    if b"\x00" not in sample and b"\x09" not in sample and b"\x06" not in sample:
        return None  # no byte of the sample is a high byte of those scripts (UTF-8 Hindi: nearly every file)
    for enc, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        # every byte value's count in one pass (not one `count` scan per distinct value: UTF-8 Hindi has
        # ~100); the first most frequent value in the set's order, as `max(set(high), key=high.count)`
        count = np.bincount(np.frombuffer(high, dtype=np.uint8), minlength=256).tolist()
        if max(count) < 0.5 * len(high):
            continue  # no value fills half (UTF-8 text: nearly every file): `top` below could not either
        top = max(set(high), key=count.__getitem__)
        if top not in (0x00, 0x06, 0x09):  # its count is the largest: at least half, by the test above
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _plausible_share(text) >= 0.95:
            return text, enc
    return None


def _undecodable(data: bytes, exc: UnicodeDecodeError, name: str) -> Decoded:
    return Decoded(
        None,
        "not-utf8",
        (
            f"{name}: bytes are not UTF-8 (first bad byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); re-save the file as UTF-8"
        ),
    )


def _with_nuls(data: bytes, name: str) -> Decoded:
    """NUL bytes that are not UTF-16: a text with stray NULs, or binary data."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    nuls = data.count(b"\x00")
    if text is not None and nuls <= max(1, _NUL_NOTE_MAX * len(text)):
        return Decoded(text.replace("\x00", ""), STATUS_OK, "", "utf-8", f"{nuls} NUL byte(s) removed")
    return Decoded(None, "binary", f"{name}: binary data (NUL bytes), not a text document")


def _not_utf8(data: bytes, exc: UnicodeDecodeError, name: str) -> Decoded:
    """Bytes that are not UTF-8 (nor UTF-16): broken UTF-8 Hindi, cp1252, or refused."""
    if b"\xe0\xa4" in data or b"\xe0\xa5" in data:  # UTF-8 Devanagari is there: the file is damaged
        return _undecodable(data, exc, name)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return Decoded(
            None,
            "not-utf8",
            (
                f"{name}: bytes are neither UTF-8, UTF-16 nor cp1252 (first non-UTF-8 byte 0x{data[exc.start]:02x} "
                f"at offset {exc.start}); re-save the file as UTF-8"
            ),
        )
    return Decoded(text, STATUS_OK, "", "cp1252", "decoded as cp1252 (Windows Western): no Devanagari possible")


def detect_text(data: bytes, name: str) -> Decoded:
    """Decode a file's bytes, naming the encoding; never raises.

    >>> detect_text("नमस्ते".encode("utf-16-le"), "a.txt").encoding
    'utf-16-le'
    >>> detect_text("“quoted”".encode("cp1252"), "a.txt").encoding
    'cp1252'
    """
    if not data.strip():  # a file of spaces and line ends is as empty, but "the file is empty" misread it
        what = "the file is empty" if not data else f"the file holds only white space ({len(data)} bytes)"
        return Decoded(None, "empty", f"{name}: {what}")
    bom = next(((b, enc) for b, enc in _BOMS if data.startswith(b)), None)
    if bom:
        try:
            text = data.decode(bom[1])
        except UnicodeDecodeError as exc:
            return Decoded(None, "not-utf8", f"{name}: {bom[1]} byte-order mark but undecodable bytes at {exc.start}")
        found = Decoded(text, STATUS_OK, "", bom[1] if bom[1] != "utf-8-sig" else "utf-8 (BOM)")
    elif utf16 := _utf16_without_bom(data):
        found = Decoded(utf16[0], STATUS_OK, "", utf16[1])
    elif b"\x00" in data:
        found = _with_nuls(data, name)
    else:
        try:
            found = Decoded(data.decode("utf-8"), STATUS_OK, "", "utf-8")
        except UnicodeDecodeError as exc:
            found = _not_utf8(data, exc, name)
    if found.text is not None and not found.text.strip():
        return Decoded(None, "empty", f"{name}: the file holds only white space", found.encoding)
    return found


def decode_bytes(data: bytes, name: str) -> tuple[str | None, str, str]:
    """Decode input bytes; return (text, status, detail) (see `detect_text`).

    >>> decode_bytes("नमस्ते".encode("utf-16"), "a.txt")[1]
    'ok'
    """
    found = detect_text(data, name)
    return found.text, found.status, found.detail
