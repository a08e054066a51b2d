"""Frames round 10: the invented sets' agreed units — ties named by their domain in every register, the
delegation in its halant spelling, and a return or a meeting in the future.

Invented sentences, none taken from a corpus or a set. v1.1 codes an agreement by its content and adds
`diplomacy` for "the relationship as such"; the earlier rounds listed ties named by a domain ("रक्षा संबंध",
"व्यापारिक रिश्ते") as that domain, but not the Urdu register's adjectives and spellings (फौजी, दिफ़ाई/दफ़ाई,
तिजारती, इक़्तिसादी, naval; ताल्लुक/तअल्लुक, रिश्ते, साझेदार, शराकत). The delegation (वफ़द) is also written with
the halant (वफ़्द); a return (लौटेंगे) and a meeting (से मिलेंगे) have their forms with जाना and with भी.
"""

from __future__ import annotations

import pytest

from analysis.cues import match_cues, named_mentions
from analysis.frames import code_frames


def frames_of(text, cb):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb)[0]


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("पाकिस्तान और रूस के फौजी ताल्लुकात पिछले दस बरस में गहरे हुए हैं", "military"),
        ("रूस ने कहा कि भारत उसका सबसे पुराना दिफ़ाई साझेदार है", "military"),
        ("पाकिस्तान रूस के साथ अपने तिजारती रिश्ते बढ़ाना चाहता है", "economy"),
        ("रूस और पाकिस्तान की कारोबारी ताल्लुकात पर नज़र है", "economy"),
    ],
)
def test_ties_named_by_their_domain_in_the_urdu_register_are_that_domain(cb, text, domain):
    frames = frames_of(text, cb)
    assert domain in frames
    assert "diplomacy" not in frames


def test_naval_partnership_between_states_is_not_the_relationship_as_such(cb):
    assert "diplomacy" not in frames_of("रूस और भारत की नौसैनिक साझेदारी कई दशक पुरानी है", cb)


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान और रूस के ताल्लुकात पिछले दस बरस में गहरे हुए हैं",  # the relationship as such
        "रूस और पाकिस्तान ने फौजी ताल्लुकात पर बातचीत की",  # talks about the domain: talks
        "भारत और रूस की दोस्ती की मिसाल दी जाती है",
    ],
)
def test_the_relationship_as_such_and_talks_stay_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    ["पाकिस्तानी वफ़्द की अगुवाई नायब वज़ीर करेंगे", "रूसी वफ्द में बारह अफ़सर शामिल थे"],
)
def test_the_delegation_in_its_halant_spelling_is_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


def test_a_return_to_a_state_with_jaana_is_a_visit(cb):
    text = "भारत में दो दिन रहने के बाद रूसी विदेश मंत्री शुक्रवार को मॉस्को लौट जाएंगे"
    assert "diplomacy" in frames_of(text, cb)


def test_meeting_with_the_particle_bhi_is_a_meeting(cb):
    assert "diplomacy" in frames_of("रूसी विदेश मंत्री इस्लामाबाद में पाकिस्तानी सेना प्रमुख से भी मिलेंगे", cb)


@pytest.mark.parametrize(
    "text",
    ["छुट्टियां खत्म होने पर छात्र घर लौट जाएंगे", "मेले में बच्चे अपने पुराने शिक्षकों से भी मिलेंगे"],
)
def test_a_return_or_a_meeting_without_states_is_no_visit(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "भारत और रूस ने खनन और रेल से संबंधित तीन समझौते किए",
        "रूस ने कहा कि कश्मीर के संबंध में भारत का फैसला उसका अंदरूनी मामला है",
        "पाकिस्तान और रूस के बीच भुगतान संबंधी दिक्कतें बनी हुई हैं",
    ],
)
def test_sambandh_as_related_to_is_no_ties(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


def test_ties_as_such_still_diplomacy_beside_the_related_to_sense(cb):
    assert "diplomacy" in frames_of("रूस ने कहा कि भारत के साथ उसके संबंध हमेशा मजबूत रहेंगे", cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूसी नौसेना ने कहा कि इस अभ्यास से पाकिस्तान की नौसेना के साथ तालमेल बेहतर होगा",
        "भारत और रूस की सेनाओं ने आतंकवाद-रोधी अभियानों में समन्वय पर अभ्यास किया",
    ],
)
def test_coordination_in_a_named_domain_is_that_domain(cb, text):
    frames = frames_of(text, cb)
    assert "military" in frames
    assert "diplomacy" not in frames


def test_coordination_between_governments_as_such_stays_diplomacy(cb):
    assert "diplomacy" in frames_of("भारत और रूस के विदेश मंत्रालयों के बीच तालमेल बढ़ा है", cb)


@pytest.mark.parametrize(
    "text",
    [
        "चीन की नाराजगी के बावजूद भारत ने रूस से गेहूं खरीदा",
        "रूस ने भारत की नाराज़गी के डर से पाकिस्तान को विमान नहीं बेचे",
        "अमेरिका की आपत्तियों के बावजूद पाकिस्तान ने रूस से तेल मंगाया",
    ],
)
def test_displeasure_as_the_circumstance_of_another_act_is_no_protest(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


def test_displeasure_made_known_to_another_government_stays_diplomacy(cb):
    assert "diplomacy" in frames_of("भारत ने रूस के सामने अपनी नाराजगी जताई", cb)


@pytest.mark.parametrize(
    "text",
    [
        "भारत-रूस समझौते पर सेवानिवृत्त सैन्य अधिकारियों की राय बंटी",
        "रिटायर्ड एयर मार्शल ने रूस और चीन की नजदीकी को भारत के लिए चुनौती बताया",
        "रूस से दोस्ती पर पूर्व सैनिकों की अलग-अलग राय",
    ],
)
def test_a_retired_officer_or_veteran_as_the_speaker_is_no_forces(cb, text):
    assert "military" not in frames_of(text, cb)


def test_what_a_retired_officer_says_about_forces_stays_military(cb):
    text = "सेवानिवृत्त कर्नल ने कहा कि रूस पाकिस्तान को हथियार दे रहा है"
    assert "military" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    ["उरी आतंकी हमले के कुछ दिन बाद रूसी दल पाकिस्तान पहुंचा", "उरी आक्रमण के पश्चात रूस ने पाकिस्तान से बात की"],
)
def test_the_uri_attack_told_with_its_adjective_or_in_tatsam_names_india(cb, text):
    assert "india" in frames_of(text, cb)


def test_udi_as_flew_names_no_place(cb):
    assert "india" not in frames_of("रूसी विमान मॉस्को से उड़ी और इस्लामाबाद में उतरी", cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस और पाकिस्तान ने वस्तु-विनिमय की व्यवस्था पर सहमति जताई",
        "रूसी अधिकारी ने कहा कि पाकिस्तान को यह फैसला व्यावसायिक आधार पर बताया गया",
        "पाकिस्तानी माहिरीन के मुताबिक रूस के साथ इस सौदे से कोई माली फ़ायदा नहीं होगा",
        "रूस जाने वाले भारतीय जहाजों के बीमा की दिक्कत अभी बनी है",
    ],
)
def test_barter_commerce_gain_and_insurance_between_states_are_economy(cb, text):
    assert "economy" in frames_of(text, cb)


def test_a_gardener_is_no_finance(cb):
    assert "economy" not in frames_of("रूसी दूतावास के माली ने बगीचे में नए पौधे लगाए", cb)
