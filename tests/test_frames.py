"""Step 2 of coding: a unit's own words carry its frames, in codebook order."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.codebook import load_codebook
from analysis.cues import match_cues, named_mentions
from analysis.errors import UserError
from analysis.frames import code_frames

ROOT = Path(__file__).resolve().parent.parent


def frames_of(text, cb):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb)


def test_a_frame_cue_fires_its_frame_with_evidence(cb):
    frames, cues = frames_of("किसानों ने तेल की कीमतों पर आवाज उठाई", cb)
    assert frames == ("economy",)
    assert [(c.variable, c.value, c.text) for c in cues] == [("frames", "economy", "तेल")]


def test_naming_a_group_of_the_frame_fires_it_without_any_cue(cb):
    frames, cues = frames_of("काबुल में हालात तेजी से बदल रहे हैं", cb)
    assert frames == ("regional",)
    assert cues[0].text == "काबुल"


def test_pronouns_carry_no_frame(cb):
    assert frames_of("यह फैसला अहम है", cb) == ((), [])


def test_frames_follow_codebook_order_not_text_order(cb):
    frames, _ = frames_of("निवेश के लिए सैनिक अड्डे खोले गए", cb)
    assert frames == ("military", "economy")


# ---------------------------------------------------------------- v1.2: international context
# Invented sentences. Everyday words (a trip, a meeting, a border, a ban) carry a frame
# only where the unit is about relations between states.


def test_a_trip_between_two_states_is_diplomacy_with_the_context_shown(cb):
    frames, cues = frames_of("ईरान के प्रधानमंत्री अगले हफ्ते रूस और भारत की यात्रा पर रहेंगे", cb)
    assert "diplomacy" in frames
    trip = [c for c in cues if c.value == "diplomacy"]
    assert trip[0].text == "यात्रा" and "countries named" in trip[0].pattern


def test_a_domestic_trip_or_meeting_is_no_diplomacy(cb):
    assert "diplomacy" not in frames_of("मुख्यमंत्री ने जिले की यात्रा के बाद अफसरों के साथ बैठक की", cb)[0]
    assert "diplomacy" not in frames_of("पर्यटकों की यात्रा पर रोक लगाई गई", cb)[0]


@pytest.mark.parametrize(
    "text",
    [
        "रूसी मंत्री शाम को इस्लामाबाद पहुंचे",  # arrival of an official, Russia and Pakistan named
        "दोनों देशों के नेताओं ने फोन पर बातचीत की",  # talks, a pair marker
        "विदेश मंत्री ने अपने समकक्ष को न्योता भेजा",  # invitation, counterpart
        "ढाका में दोनों देशों ने करार पर दस्तखत किए",  # signing (Urdu register)
        "चीन ने अमेरिका के इस कदम की कड़ी निंदा की",  # protest between governments
        "रूस इस मुश्किल वक्त में ईरान के साथ खड़ा है",  # alignment
        "भारत और ईरान के रिश्तों में नई गर्मजोशी दिखी",  # the relationship as such
        "अगले महीने दोनों राष्ट्राध्यक्षों की शिखर वार्ता होगी",  # summit
    ],
)
def test_diplomacy_cue_families_in_an_international_context(cb, text):
    assert "diplomacy" in frames_of(text, cb)[0]


def test_travellers_between_two_countries_make_no_visit(cb):
    assert "diplomacy" not in frames_of("चीन से लौटे भारतीय यात्री विमान से दिल्ली पहुंचे", cb)[0]
    frames, cues = frames_of("चीन के राष्ट्रपति विमान से दिल्ली पहुंचे", cb)
    assert "diplomacy" in frames
    assert any(c.text == "पहुंचे" and "official 'राष्ट्रपति'" in c.pattern for c in cues)


def test_a_diplomat_alone_is_not_diplomacy(cb):
    assert "diplomacy" not in frames_of("एक राजनयिक की कार खराब हो गई", cb)[0]


def test_words_with_only_a_diplomatic_sense_need_no_context(cb):
    assert "diplomacy" in frames_of("यह कूटनीतिक कामयाबी मानी जा रही है", cb)[0]
    assert "diplomacy" in frames_of("उन्होंने द्विपक्षीय मसलों को उठाया", cb)[0]


def test_the_article_pair_gives_the_context(cb):
    unit = match_cues("उनकी बातचीत दो घंटे चली", cb)
    assert code_frames(unit, named_mentions(unit), cb)[0] == ()
    frames, cues = code_frames(unit, named_mentions(unit), cb, article_pair={"ru_pk"})
    assert frames == ("diplomacy",) and "article's pair" in cues[0].pattern


@pytest.mark.parametrize(
    "text",
    [
        "नियंत्रण रेखा पर फिर गोलाबारी हुई",  # the LoC
        "पीओके के लोगों ने प्रदर्शन किया",  # short form
        "गलवान घाटी की घटना के बाद हालात बदले",  # a border standoff place
        "भारत और चीन की सीमा पर तनाव बना हुआ है",  # a border between neighbours
        "पाकिस्तान और अफगानिस्तान की सरहद पर गतिरोध है",  # Urdu register
        "यह दक्षिण एशिया की स्थिरता के लिए जरूरी है",  # the region named
        "पड़ोसी मुल्कों के साथ अमन जरूरी है",  # neighbours, Urdu register
    ],
)
def test_regional_cue_families(cb, text):
    assert "regional" in frames_of(text, cb)[0]


def test_a_district_border_or_personal_stress_is_not_regional(cb):
    assert "regional" not in frames_of("जिले की सीमा सील कर दी गई है", cb)[0]
    assert "regional" not in frames_of("लोगों में तनाव बढ़ रहा है", cb)[0]
    assert "regional" not in frames_of("कश्मीर में आज धूप खिली रही", cb)[0]


def test_the_field_of_cooperation_is_not_the_region(cb):
    frames, _ = frames_of("दोनों देश रक्षा के क्षेत्र में सहयोग करेंगे", cb)
    assert "military" in frames and "regional" not in frames


def test_a_lockdown_ban_or_global_pandemic_is_not_geopolitics(cb):
    assert "geopolitics" not in frames_of("शहर में आवाजाही पर प्रतिबंध लगा", cb)[0]
    assert "geopolitics" not in frames_of("वैश्विक महामारी से सब परेशान हैं", cb)[0]
    assert "geopolitics" in frames_of("ईरान पर रूस और भारत ने प्रतिबंध का विरोध किया", cb)[0]


def test_context_cues_need_a_frame_context_block(tmp_path):
    data = yaml.safe_load((ROOT / "config" / "codebook.yaml").read_text(encoding="utf-8"))
    del data["frame_context"]
    path = tmp_path / "cb.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(UserError, match="frame_context"):
        load_codebook(path)


@pytest.mark.parametrize(
    "frame,text",
    [
        ("military", "नए जंगी जहाज बेड़े में शामिल हुए"),  # Urdu register
        ("military", "आर्मी और नेवी के अफसर मौजूद थे"),  # English loans in Devanagari
        ("military", "असलहे की खेप पकड़ी गई"),  # Urdu register
        ("terrorism", "लश्कर के दो सदस्य पकड़े गए"),  # a named group, short form
        ("terrorism", "टेरर फंडिंग की जांच तेज हुई"),  # English loan
        ("economy", "दोनों मुल्कों की तिजारत घटी"),  # Urdu register
        ("economy", "इकोनॉमी को पटरी पर लाने की योजना"),  # English loan
        ("economy", "सकल घरेलू उत्पाद में गिरावट दर्ज हुई"),  # tatsam
    ],
)
def test_every_frame_has_cues_across_registers(cb, frame, text):
    assert frame in frames_of(text, cb)[0]


def test_sugar_and_a_currency_are_not_countries(cb):
    assert frames_of("बाजार में आटा, चीनी, दाल की किल्लत रही", cb)[0] == ()
    assert "geopolitics" not in frames_of("चीनी के दाम फिर चढ़ गए", cb)[0]
    assert "geopolitics" not in frames_of("एक अमेरिकी डॉलर की कीमत बढ़ी", cb)[0]
    assert "geopolitics" in frames_of("चीनी सेना सीमा से पीछे हटी", cb)[0]


def test_a_yields_to_that_names_no_frame_is_a_user_error(tmp_path):
    data = yaml.safe_load((ROOT / "config" / "codebook.yaml").read_text(encoding="utf-8"))
    data["frames"][2]["yields_to"] = ["militry"]
    path = tmp_path / "codebook.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(UserError, match=r"frames\[2\]\.yields_to\[0\]: 'militry' is not a frame id"):
        load_codebook(path)


def test_explain_names_the_place_a_trip_goes_to_and_the_neighbours(cb):
    _, cues = frames_of("ईरान के राष्ट्रपति की यह पहली चीन यात्रा होगी", cb)
    assert any("after 'चीन'" in c.pattern for c in cues if c.value == "diplomacy")
    _, cues = frames_of("भारत और पाकिस्तान संयम बरतें", cb)
    assert any("neighbours named: india, pakistan" in c.pattern for c in cues if c.value == "regional")
