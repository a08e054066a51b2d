"""The matching form unifies Hindi spelling variants but never loses the original."""

import unicodedata

import pytest

from analysis.normalize import _TABLE, norm, normalize


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


@pytest.mark.parametrize(
    "a, b",
    [
        ("हिन्दी", "हिंदी"),  # homorganic nasal cluster vs anusvara
        ("सम्बन्ध", "संबंध"),
        ("ज़रूरी", "जरूरी"),  # nukta
        ("ख़ुश", "खुश"),
        ("औऱ", "और"),  # precomposed nukta letter
        ("हाँ", "हां"),  # chandrabindu vs anusvara
        ("लॉवरोव", "लोवरोव"),  # candra O
        ("‘‘नहीं’’", '"नहीं"'),  # doubled single quotes
        ("“Russia”", '"russia"'),  # curly quotes, Latin case
        ("२०२१", "2021"),  # Devanagari digits
        ("रूस–पाकिस्तान", "रूस-पाकिस्तान"),  # en dash
    ],
)
def test_spelling_variants_share_one_matching_form(a, b):
    assert norm(a) == norm(b)


def test_distinct_words_stay_distinct():
    assert norm("सेना") != norm("सैना")
    assert norm("अन्न") == "अन्न"  # न्न is no homorganic stop cluster
    assert norm("कम्प्यूटर") == norm("कंप्यूटर")


def test_span_in_matching_form_maps_back_to_original_words():
    text = nfc("वह हिन्दी  में “बोले”")
    n = normalize(text)
    i = n.text.index("हिंदी में")
    start, end = n.to_original(i, i + len("हिंदी में"))
    assert text[start:end] == "हिन्दी  में"


def test_every_matching_character_points_into_the_original():
    text = nfc("ख़ुश औऱ सम्बन्ध ‘‘हाँ’’ ज़्यादा")
    n = normalize(text)
    assert len(n.origin) == len(n.text)
    assert list(n.origin) == sorted(n.origin)
    assert all(0 <= o < len(text) for o in n.origin)


def test_zero_width_characters_vanish_from_the_matching_form():
    assert norm("रू\u200dस\u200b") == "रूस"


def test_non_nfc_input_is_refused_not_misaligned():
    decomposed = unicodedata.normalize("NFD", "café ऱ")  # é and ऱ decompose
    with pytest.raises(ValueError):
        normalize(decomposed)
    assert norm(decomposed) == "café र"  # the convenience form composes first


@pytest.mark.parametrize(
    "text",
    ["ज़", "क\u200bख", "''", '""', "a  b", "सम्बन्ध", "रङ्ग", "पञ्च", "कण्ठ", "भारत रूस", "भारत और रूस", ""],
)
def test_units_without_length_edits_take_the_short_path_with_the_same_result(text):
    n = normalize(nfc(text))
    # every character maps back to the one it came from; a dropped or merged one leaves a gap
    assert len(n.origin) == len(n.text) and n.source_length == len(nfc(text))
    identity = list(n.origin) == list(range(len(nfc(text))))
    assert identity == (n.text == nfc(text).translate(_TABLE))


def test_fold_changes_exactly_the_characters_of_the_table():
    """The regex fold replaces what `str.translate(_TABLE)` would, and nothing else."""
    from analysis.normalize import _fold

    every = "".join(chr(c) for c in range(0x3000) if not 0xD800 <= c < 0xE000)
    assert _fold(every) == every.translate(_TABLE)
    assert _fold("रूस ने कहा") == "रूस ने कहा"


@pytest.mark.parametrize(
    "text",
    ["हिन्दी  सम्बन्ध", "ज़\u200bरूरी", "‘‘नहीं’’ और ``यह''", "a  \u00adb", "कोई बदलाव नहीं", "", "न्"],
)
def test_norm_is_the_text_normalize_gives_for_every_kind_of_edit(text):
    """`norm` skips the offset map but must give the same matching form as `normalize`."""
    assert norm(text) == normalize(nfc(text)).text


def test_norm_equals_normalize_on_random_mixes_of_every_edit():
    """Drops beside pairs, spaces and nasal clusters: the nukta-only shortcut must not change any of them."""
    import random

    rng = random.Random(7)
    alphabet = "कखगजड़ज़फ़ऩनमङञण्ंँ़\u200b\u200c\u00ad\"'“  \tABCé१-—"
    for _ in range(5000):
        text = unicodedata.normalize("NFC", "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
        assert norm(text) == normalize(text).text, repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने ज़ोर देकर कहा कि बातचीत जारी रहेगी",
        "हाँ, हिन्दी में “सम्बन्ध” और  ‘संबंध’ एक हैं",
        "डॉक्टर ने कहा—२० मरीज़ ठीक हुए",
        "",
    ],
)
def test_remembered_norm_is_norm_on_every_call(text):
    from analysis.normalize import norm_seen

    assert norm_seen(text) == norm(text)
    assert norm_seen(text) == norm(text)  # the second call is looked up
