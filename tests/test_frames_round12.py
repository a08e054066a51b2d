"""Round frames44: diplomacy false calls the codebook rules out (invented sentences, written for the tests).

A level reached in its multiword forms ("सतह पर पहुंच गई") and goods arriving while a leader speaks in the
next clause are no arrival (v1.1 "arrivals and visits" are a state's person's); staying away from a vote in a
multilateral body is no distance between two governments (v1.1: multilateral bodies are geopolitics).
"""

from __future__ import annotations

import pytest

from analysis.cues import match_cues, named_mentions
from analysis.frames import code_frames


def frames_of(text, cb):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb)[0]


@pytest.mark.parametrize(
    "text",
    [
        "लावरोव ने कहा कि दोनों देशों का व्यापार नई ऊंचाई पर पहुंच गया है",  # a level reached
        "पाकिस्तानी राजदूत ने कहा कि रूस के साथ कारोबार रिकॉर्ड स्तर पर पहुंच रहा है",
        "रूसी गेहूं की पहली खेप ग्वादर पहुंची, प्रधानमंत्री बोले- भरोसा कायम",  # goods arrive, a leader speaks
        "भारत ने संयुक्त राष्ट्र में रूस के खिलाफ प्रस्ताव पर मतदान से दूरी बनाई",  # abstention from a vote
        "महासभा में यूक्रेन पर प्रस्ताव के दौरान पाकिस्तान ने वोटिंग से दूरी रखी",
    ],
)
def test_levels_goods_and_abstentions_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूसी राष्ट्रपति पुतिन दिल्ली पहुंचे",  # an arrival, the person in the clause
        "पुतिन पहुंचे दिल्ली, मोदी ने किया स्वागत",
        "तेल सौदे के बाद पाकिस्तानी प्रधानमंत्री मॉस्को पहुंच गए, पुतिन ने कहा- स्वागत है",
        "भारत ने रूस से दूरी बनाई",  # distance between two governments
    ],
)
def test_arrivals_of_a_states_person_and_distance_between_governments_stay_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "सम्मेलन से इतर मोदी और नवाज शरीफ की मुलाकात भी हुई",  # India's and Pakistan's leaders meet
        "भारतीय विदेश मंत्री ने पाकिस्तानी समकक्ष से भेंट की",
        "बिश्केक में मोदी का आतंकवाद पर प्रहार, इमरान से दूरी",  # keeping apart
        "जयशंकर और बिलावल के बीच कोई गुफ़्तगू नहीं हुई",  # Urdu register
    ],
)
def test_india_and_pakistan_meeting_or_keeping_apart_is_regional(cb, text):
    assert "regional" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "कज़ान में मोदी और शी जिनपिंग की मुलाकात",  # India and China: neighbours, but a meeting is no normalisation
        "लावरोव पाकिस्तानी और भारतीय समकक्षों से अलग-अलग मुलाकात करेंगे",  # a third state named
        "विदेश सचिव ने बताया कि शिखर वार्ता में पाकिस्तान का कोई प्रसंग नहीं उठा",  # India's summit with another
        "पुतिन और इमरान खान की मुलाकात",  # not the pair
    ],
)
def test_other_meetings_are_not_the_neighbours_normalisation(cb, text):
    assert "regional" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "इमरान खान मॉस्को तशरीफ़ ले गए",  # the honorific arrival of the Urdu register
        "पुतिन ने कहा कि रूस और पाकिस्तान के बीच भरोसा बढ़ा है",  # trust between states
        "फोमिन ने कहा कि पाकिस्तान रूस का अहम शरीक-ए-कार है",  # a partner in the Urdu register
        "रूस ने पाकिस्तान की मांग को कोई तवज्जो नहीं दी",  # attention paid to another state
        "अफ़ग़ानिस्तान पर रूस और पाकिस्तान एक सफ़ में",  # alignment: one row
        "रूस ने कहा कि वह पाकिस्तान के साथ रिश्तों को बहुत अहमियत देता है",  # importance given
    ],
)
def test_visits_trust_partners_and_alignment_in_more_registers_are_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "बयान में कहा गया कि अभ्यास से रूस और पाकिस्तान की सेनाओं के बीच भरोसा बढ़ेगा",  # trust between armies
        "जनरल ने कहा कि पाकिस्तान रूस के साथ अपने फौजी रिश्तों को बहुत अहमियत देता है",  # defence ties valued
        "मेहमान शादी में शरीक हुए",  # bare शरीक: taking part
    ],
)
def test_trust_and_importance_in_a_named_domain_are_that_domain(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "शी ने कहा कि चीन और रूस अच्छे पड़ोसी और भरोसेमंद साझेदार हैं",  # great powers sharing a border
        "पाकिस्तानी नौसेना के बहुराष्ट्रीय अभ्यास 'अमन' में रूस का युद्धपोत भी शामिल हुआ",  # the exercise's name
        "चीनी सीमा शुल्क विभाग के आंकड़ों के मुताबिक रूस चीन का सबसे बड़ा तेल सप्लायर बना",  # customs
    ],
)
def test_great_power_neighbours_an_exercise_and_customs_are_not_the_region(cb, text):
    assert "regional" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान ने कहा कि वह भारत के साथ अच्छे पड़ोसी जैसे रिश्ते चाहता है",  # neighbours of the region
        "राजनाथ सिंह ने रूसी समकक्ष से कहा कि भारत को पड़ोस में असाधारण सैन्यीकरण का सामना है",  # a state's neighbourhood
        "रूस ने कहा कि पाकिस्तान और उसके पड़ोसियों के बीच अमन जरूरी है",
    ],
)
def test_the_regions_neighbours_and_neighbourhood_stay_regional(cb, text):
    assert "regional" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "बैठक में रूस, चीन, पाकिस्तान, ईरान और मध्य एशियाई देशों के प्रतिनिधि शामिल हुए",  # a body's participants
        "इन मश्क़ों में चीन, ईरान और कई वस्त एशियाई मुल्कों की अफ़वाज भी शरीक हैं",
        "पुतिन ने कहा कि रूस सीमा पार आतंकवाद की कड़ी निंदा करता है",  # terrorism, a named domain
    ],
)
def test_central_asian_participants_and_cross_border_terrorism_are_not_the_region(cb, text):
    assert "regional" not in frames_of(text, cb)


def test_central_asia_as_a_place_and_the_border_itself_stay_regional(cb):
    assert "regional" in frames_of("रूस और पाकिस्तान ने मध्य एशिया होते हुए रेल संपर्क पर सहमति जताई", cb)
    assert "regional" in frames_of("भारत और पाकिस्तान के बीच सीमा पर तनाव बढ़ा", cb)


@pytest.mark.parametrize(
    "text",
    [
        "केंद्र सरकार ने रूस के साथ खाद आपूर्ति का करार किया है",  # the Union government
        "विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने कहा कि रूस भरोसेमंद दोस्त है",  # the MEA's spokesman by name
    ],
)
def test_indian_actors_named_by_their_institution_are_the_india_angle(cb, text):
    assert "india" in frames_of(text, cb)


def test_pakistans_presidency_and_the_us_congress_are_no_india_angle(cb):
    assert "india" not in frames_of("पाकिस्तानी राष्ट्रपति भवन के प्रवक्ता ने रूस से सहयोग पर बात की", cb)
    assert "india" not in frames_of("अमेरिकी कांग्रेस ने रूस पर प्रतिबंध का प्रस्ताव पास किया", cb)


def test_peace_in_the_urdu_spelling_is_regional_in_an_international_context(cb):
    assert "regional" in frames_of("सिरोमोलोतोव ने कहा कि रूस पाकिस्तान को इलाक़े में अम्न के लिए अहम साझेदार समझता है", cb)
    assert "regional" not in frames_of("मोहल्ले में अम्न कायम है", cb)
