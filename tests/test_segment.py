"""Sentence splitter and unit table: seed cases and constructed ones."""

from pathlib import Path

import pytest

from analysis.clean import clean_article, normalize_unicode, to_lines
from analysis.segment import MAX_UNIT_CHARS, article_units, sentence_spans, split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def test_danda_full_stop_question_and_exclamation_end_sentences():
    assert split_sentences("पहला वाक्य। दूसरा वाक्य. क्या तीसरा? चौथा! पाँचवाँ") == [
        "पहला वाक्य।",
        "दूसरा वाक्य.",
        "क्या तीसरा?",
        "चौथा!",
        "पाँचवाँ",
    ]


def test_initial_with_period_does_not_end_sentence():
    # seed 003
    s = "रूस के उप रक्षामंत्री कर्नल जनरल अलेक्जेंडर वी. फोमिन की अगुवाई में एक दल पाकिस्तान यात्रा पर है."
    assert split_sentences(s) == [s]


@pytest.mark.parametrize(
    "text",
    [
        "विदेश मंत्री एस. जयशंकर ने कहा कि बातचीत अच्छी रही।",
        "डॉ. सिंह ने अस्पताल का दौरा किया।",
        "Copyright © 2024 Ushodaya Enterprises Pvt. Ltd., All Rights Reserved.",
        "Sergei V. Lavrov met Mr. Qureshi in Islamabad.",
        "आई.ए.एस. अधिकारी ने आदेश दिया।",
    ],
)
def test_abbreviation_period_does_not_end_sentence(text):
    assert split_sentences(text) == [text]


def test_decimal_number_does_not_end_sentence():
    assert split_sentences("दर प्रति 4.1 दिन है। बाकी") == ["दर प्रति 4.1 दिन है।", "बाकी"]


def test_ordinary_short_word_before_period_ends_sentence():
    # "की." and "है." are words, not initials
    assert split_sentences("वार्ता की. वार्ता के दौरान सहमति बनी है. अगला") == [
        "वार्ता की.",
        "वार्ता के दौरान सहमति बनी है.",
        "अगला",
    ]


def test_word_came_before_period_ends_sentence_unless_initials_follow():
    assert split_sentences("रिपोर्ट बुधवार को आई. इसके बाद जांच हुई.") == ["रिपोर्ट बुधवार को आई.", "इसके बाद जांच हुई."]


def test_closing_quote_stays_with_sentence():
    # seeds 001, 002, 004
    assert split_sentences("उन्होंने कहा, ‘यह क्षेत्र के हित में है.’ फिर बोले") == ["उन्होंने कहा, ‘यह क्षेत्र के हित में है.’", "फिर बोले"]
    assert split_sentences("कहा, ‘‘बातचीत व्यापक और सार्थक रही।’’ उन्होंने कहा") == [
        "कहा, ‘‘बातचीत व्यापक और सार्थक रही।’’",
        "उन्होंने कहा",
    ]
    assert split_sentences("लिखा, “योगदान देता है।” बाजवा ने कहा") == ["लिखा, “योगदान देता है।”", "बाजवा ने कहा"]
    assert split_sentences('उसने कहा, "हां।" अगला') == ['उसने कहा, "हां।"', "अगला"]


def test_quote_glued_to_next_word_opens_next_sentence():
    assert split_sentences("बात हुई.”शानदार बैठक” रही।") == ["बात हुई.", "”शानदार बैठक” रही।"]


def test_missing_space_after_full_stop_still_splits():
    # seed 003: "यात्रा पर है.इस दौरान"
    assert split_sentences("दल पाकिस्तान यात्रा पर है.इस दौरान मुलाकात की") == [
        "दल पाकिस्तान यात्रा पर है.",
        "इस दौरान मुलाकात की",
    ]


def test_two_sentence_headline_splits():
    # seed 004
    assert split_sentences("क्या चीन-रूस मिलकर कोई सैन्य समझौता कर रहे हैं? जानिए- रूसी विदेश मंत्री का जवाब") == [
        "क्या चीन-रूस मिलकर कोई सैन्य समझौता कर रहे हैं?",
        "जानिए- रूसी विदेश मंत्री का जवाब",
    ]


def test_ellipsis_is_one_terminator():
    assert split_sentences("अपने संबोधन... आगे पढ़ें?! नहीं") == ["अपने संबोधन...", "आगे पढ़ें?!", "नहीं"]


def test_spans_are_trimmed_slices():
    text = "  पहला।   दूसरा।  "
    assert [text[a:b] for a, b in sentence_spans(text)] == ["पहला।", "दूसरा।"]


def test_units_roles_and_offsets_in_their_fields():
    units = article_units("d", "शीर्षक है? जानिए", "सार।", [("body", "एक। दो।"), ("subhead", "उपशीर्षक"), ("body", "तीन")])
    assert [(u.role, u.para, u.text) for u in units] == [
        ("headline", 0, "शीर्षक है?"),
        ("headline", 0, "जानिए"),
        ("standfirst", 0, "सार।"),
        ("body", 1, "एक।"),
        ("body", 1, "दो।"),
        ("subhead", 2, "उपशीर्षक"),
        ("body", 3, "तीन"),
    ]
    assert [u.unit_id for u in units] == list(range(1, 8))
    text = "एक। दो।\n\nउपशीर्षक\n\nतीन"
    for u in units[3:]:
        assert text[u.start : u.end] == u.text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_offsets_slice_the_field_for_every_seed_unit(path):
    art = clean_article(to_lines(normalize_unicode(path.read_text(encoding="utf-8"))))
    units = article_units(path.stem, art.title, art.standfirst, art.paragraphs)
    fields = {"headline": art.title, "standfirst": art.standfirst, "subhead": art.text, "body": art.text}
    assert units
    for u in units:
        assert fields[u.role][u.start : u.end] == u.text
        assert u.text == u.text.strip() and u.norm


def _best_time(fn, arg, repeat=3):
    import time

    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(arg)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("run", ["ए." * 200_000, "a." * 200_000])
def test_segmentation_of_dot_runs_is_linear_not_quadratic(run):
    # Before: each "." walked back over the whole run ('a.' * 20000 alone took 180 s).
    # A same-run baseline instead of a wall-clock constant: ordinary text of the same length.
    ordinary = ("रूस के विदेश मंत्री ने पाकिस्तान की यात्रा की और कई मुद्दों पर बात की। " * 6000)[: len(run)]
    assert _best_time(sentence_spans, run, 1) < 100 * _best_time(sentence_spans, ordinary) + 0.5
    assert all(b - a <= MAX_UNIT_CHARS for a, b in sentence_spans(run))


def test_unit_length_is_capped_at_spaces_or_hard_limits():
    words = "रूस ने कहा " * 1000  # 11,000 characters, no terminator
    spans = sentence_spans(words)
    assert len(spans) > 1 and all(b - a <= MAX_UNIT_CHARS for a, b in spans)
    assert all(words[b] == " " for _, b in spans[:-1])  # cut at spaces
    assert " ".join(words[a:b] for a, b in spans) == words.strip()
    no_space = "क" * 5000
    assert [b - a for a, b in sentence_spans(no_space)] == [2000, 2000, 1000]
    assert sentence_spans(words, limit=None) == [(0, len(words) - 1)]


def test_cut_without_spaces_keeps_vowel_signs_with_their_letter():
    text = "कि" * 1500  # consonant + vowel sign pairs: a cut at 2000 would not split a pair anyway
    assert all(text[b - 1] == "ि" for a, b in sentence_spans(text)[:-1])
    odd = "क" + "कि" * 1500
    assert all(odd[b - 1] == "ि" for a, b in sentence_spans(odd)[:-1])


def test_overlong_subheading_is_capped_too():
    units = article_units("d", "", "", [("subhead", "शब्द " * 1000)])
    assert len(units) == 3 and all(u.role == "subhead" and len(u.text) <= MAX_UNIT_CHARS for u in units)


# ---------------------------------------------------------------- datelines (issue #12)
# Invented datelines and sentences.


@pytest.mark.parametrize(
    "dateline",
    ["मॉस्को।", "लखनऊ.", "नई दिल्ली, 5 मई (भाषा)।", "काठमांडू (एजेंसी)।", "बीजिंग/नई दिल्ली।", "वॉशिंगटन, एजेंसी।"],
)
def test_a_dateline_only_sentence_joins_the_sentence_it_opens(dateline):
    para = f"{dateline} बाजार में आज भारी भीड़ रही। दुकानें देर तक खुली रहीं।"
    units = article_units("d", "", "", [("body", para)])
    assert [u.text for u in units] == [f"{dateline} बाजार में आज भारी भीड़ रही।", "दुकानें देर तक खुली रहीं।"]
    assert [u.unit_id for u in units] == [1, 2]


@pytest.mark.parametrize("first", ["नहीं।", "यह सच है।", "हां जी।", "मैं वहां था।"])
def test_a_short_sentence_is_not_a_dateline(first):
    units = article_units("d", "", "", [("body", f"{first} बाकी बातें बाद में होंगी।")])
    assert len(units) == 2 and units[0].text == first


def test_only_the_story_opening_dateline_joins():
    paras = [("body", "पहला वाक्य यहां है।"), ("body", "मॉस्को। दूसरा वाक्य यहां है।")]
    units = article_units("d", "", "", paras)
    assert [u.text for u in units] == ["पहला वाक्य यहां है।", "मॉस्को।", "दूसरा वाक्य यहां है।"]


def test_a_dateline_alone_in_its_paragraph_stays_a_unit():
    units = article_units("d", "", "", [("body", "मॉस्को।"), ("body", "बाकी खबर यहां है।")])
    assert [u.text for u in units] == ["मॉस्को।", "बाकी खबर यहां है।"]


def test_a_joined_dateline_unit_is_still_a_slice_of_the_body():
    para = "इस्लामाबाद। सरकार ने नई योजना जारी की।"
    (u,) = article_units("d", "", "", [("body", para)])
    assert para[u.start : u.end] == u.text == para
