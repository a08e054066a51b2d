"""Frames on real news (round frames6): senses of a named country, bodies, and how visits are told.

Invented sentences, none taken from a corpus: each test is a family of the codebook's wording
(v1.1 frame definitions) with its negatives. COVID-era health news names China and the US as the
place where cases are counted or where a traveller went, not as great powers; West Bengal and a
"north-western" district are compass points, not the West; the WHO and the IMF are multilateral
bodies; a private trip to a country is no visit. Real relations news tells visits in headlines
("X मॉस्को में, …"), by phone calls, banquets, dialogue and quarrels.
"""

from __future__ import annotations

import pytest

from analysis.cues import match_cues, named_mentions
from analysis.frames import code_frames


def coded(text, cb):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb)


def frames_of(text, cb):
    return coded(text, cb)[0]


@pytest.mark.parametrize(
    "text",
    [
        "चीन में आज संक्रमण के 40 नए मामले सामने आए",  # the scene of cases
        "उसका भाई अमेरिका में नौकरी करता है",  # where someone lives
        "अमेरिका स्थित एक कंपनी ने जांच किट बनाई",  # where a company is
        "चीन के हुबेई प्रांत से लौटे छात्रों की जांच हुई",  # a place inside the country
        "मरीज ने हाल में अमेरिका की यात्रा की थी",  # where a traveller went
        "अमेरिका में ही सबसे ज्यादा मरीज हैं",  # a particle between
    ],
)
def test_a_great_power_named_as_a_scene_is_no_geopolitics(cb, text):
    assert "geopolitics" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "चीन ने पाकिस्तान को टीके भेजे",  # the state acts
        "भारत अमेरिका से हेलिकॉप्टर खरीदेगा",  # a supplier
        "चीन के मुकाबले भारत में मामले कम हैं",  # a comparison is not a scene
        "यूक्रेन में फंसे भारतीय छात्रों को निकाला गया",  # Ukraine is the war (codebook), not a scene
        "अमेरिका में राष्ट्रपति ट्रंप ने चीन पर आरोप लगाया",  # the scene, but the US's president acts
    ],
)
def test_a_great_power_that_acts_or_is_compared_stays_geopolitics(cb, text):
    assert "geopolitics" in frames_of(text, cb)


def test_a_scene_still_names_a_state_for_the_other_frames(cb):
    # China in a locative is no great power, but it is still a second state: the talks are diplomacy
    assert frames_of("चीन में भारत और चीन के अफसरों की बातचीत हुई", cb) == ("diplomacy", "india", "geopolitics")
    assert "diplomacy" in frames_of("नेपाल और चीन में सीमा पर बातचीत हुई", cb)


@pytest.mark.parametrize(
    "text",
    [
        "पश्चिम बंगाल में संक्रमण के 12 नए मरीज मिले",
        "उत्तर पश्चिमी दिल्ली में बाजार बंद रहे",
        "पश्चिमी विक्षोभ के कारण कल बारिश होगी",
        "राज्य के पश्चिमी हिस्से में लू चलेगी",
        "पश्चिमी उत्तर प्रदेश के जिलों में लॉकडाउन बढ़ा",
    ],
)
def test_west_as_a_compass_point_is_not_the_west(cb, text):
    assert "geopolitics" not in frames_of(text, cb)


def test_the_west_as_a_bloc_stays_geopolitics(cb):
    assert "geopolitics" in frames_of("पश्चिमी देशों ने ईरान पर नए प्रतिबंध लगाए", cb)
    assert "geopolitics" in frames_of("इस फैसले से पश्चिम में बेचैनी है", cb)


@pytest.mark.parametrize(
    "text",
    [
        "विश्व स्वास्थ्य संगठन ने नई गाइडलाइन जारी की",
        "डब्ल्यूएचओ प्रमुख ने देशों को चेतावनी दी",
        "WHO ने टीके के परीक्षण पर बयान दिया",
        "आईएमएफ ने श्रीलंका को कर्ज की नई किस्त दी",
        "एफएटीएफ की बैठक में तुर्की ग्रे सूची में बना रहा",
        "विश्व बैंक ने गरीब देशों के लिए पैकेज घोषित किया",
        "यूरेशियन आर्थिक संघ के साथ मुक्त व्यापार पर बात आगे बढ़ी",
    ],
)
def test_multilateral_bodies_are_geopolitics(cb, text):
    assert "geopolitics" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "नेपाल किसी सैन्य गुट का हिस्सा नहीं बनेगा",
        "ईरान ने कहा कि वह गुट की राजनीति में नहीं पड़ेगा",
    ],
)
def test_blocs_in_the_tatsam_register_are_geopolitics(cb, text):
    assert "geopolitics" in frames_of(text, cb)


def test_a_party_faction_is_no_bloc(cb):
    assert "geopolitics" not in frames_of("पार्टी का एक गुट टिकट बंटवारे से नाराज है", cb)


@pytest.mark.parametrize(
    "text",
    [
        "संक्रमित युवक ने ईरान की यात्रा की थी, उसके पिता पाकिस्तान में रहते हैं",
        "सलाह दी गई है कि भारतीय लोग चीन की यात्रा से बचें",
        "पाकिस्तान में सभी मरीजों ने ईरान का सफर किया था",
    ],
)
def test_a_private_trip_to_a_country_is_no_visit(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "भारतीय प्रधानमंत्री ने ईरान की यात्रा की",  # a state's person named: a visit
        "नेपाल के प्रधानमंत्री अगले हफ्ते बीजिंग जाने वाले हैं",
        "ईरानी विदेश मंत्री का दो दिन का दिल्ली प्रवास",
        "चीनी विदेश मंत्री दिल्ली के बाद काबुल भी जाएंगे",
        "तुर्की के राष्ट्रपति ने कहा कि इस साल ईरान जाना जरूरी है",
    ],
)
def test_visits_in_more_verb_forms(cb, text):
    assert "diplomacy" in frames_of(text, cb)


def test_migrants_make_no_stay(cb):
    assert "diplomacy" not in frames_of("प्रवासी मजदूर दिल्ली और नेपाल से लौटे", cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरानी राष्ट्रपति बीजिंग में, व्यापार समझौते की उम्मीद",
        "जापान के विदेश मंत्री नई दिल्ली में, कई मुद्दों पर होगी बात",
    ],
)
def test_a_stay_told_as_a_headline_is_a_visit(cb, text):
    frames, cues = coded(text, cb)
    assert "diplomacy" in frames
    assert any("a stay in a headline" in c.pattern for c in cues if c.value == "diplomacy")


def test_a_place_before_a_comma_without_a_person_before_it_is_no_stay(cb):
    # an envoy where he serves: the person comes after the place, not before it
    frames, cues = coded("वहीं चीन में, भारत के राजदूत ने कहा कि छात्र सुरक्षित हैं", cb)
    assert not any("a stay in a headline" in c.pattern for c in cues)
    assert "diplomacy" not in frames


@pytest.mark.parametrize(
    "text",
    [
        "सीमा के नक्शे पर भारत और नेपाल के बीच ठनी",
        "अमेरिका और चीन में व्यापार को लेकर खींचतान जारी है",
        "ईरान और सऊदी अरब के बीच अनबन पुरानी है",
        "ट्रंप ने मोदी को फोन किया",
        "जापानी प्रधानमंत्री ने चीनी राष्ट्रपति को फोन कर बधाई दी",
        "ईरान और भारत के बीच संवाद जारी रहेगा",
        "तुर्की के विदेश मंत्री ने कहा कि ईरान के साथ हमारा तालमेल अच्छा है",
        "चीनी राष्ट्रपति ने नेपाली प्रधानमंत्री के सम्मान में भोज दिया",
        "नेपाल ने अपनी चिंता भारत के सामने रख दी है",
        "नेपाल ने चीन के सामने चिंता जाहिर की",
        "सभी सार्क देशों के स्वास्थ्य मंत्रियों की वार्ता हुई",  # the members of a body are states
    ],
)
def test_the_relationship_told_by_quarrels_calls_dialogue_and_hospitality(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पति-पत्नी में अनबन के बाद मामला थाने पहुंचा",
        "मरीज के परिजनों ने हेल्पलाइन पर फोन किया",
        "जिलाधिकारी ने ग्रामीणों से संवाद किया",
        "शादी में भोज का आयोजन हुआ",
        "संवाद सूत्र, मेरठ : जिले में पांच नए मरीज मिले",
        "दोनों देशों की नौसेनाओं के बीच तालमेल बढ़ा",  # coordination named by a domain is that domain
    ],
)
def test_quarrels_calls_dialogue_at_home_and_bylines_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


def test_a_news_service_byline_is_no_dialogue(cb):
    _, cues = coded("मॉस्को, 5 मई (संवाद सेवा)। रूस और चीन ने व्यापार बढ़ाने का फैसला किया", cb)
    assert not any("संवाद" in c.text for c in cues)


def test_gilgit_baltistan_as_the_place_of_cases_is_no_region(cb):
    assert "regional" not in frames_of("गिलगित-बाल्टिस्तान में कोरोना के 30 नए मामले मिले", cb)
    assert "regional" in frames_of("भारत ने गिलगित-बाल्टिस्तान में पाकिस्तान के चुनाव का विरोध किया", cb)


@pytest.mark.parametrize(
    "text, frame",
    [
        ("ईरान ने कहा कि चीन इस क्षेत्र में उसका अहम साझेदार है", "regional"),  # v1.1: क्षेत्र, the region
        ("रूस पाकिस्तान को उपकरण देगा", "military"),  # equipment between states
    ],
)
def test_the_region_and_equipment_between_states(cb, text, frame):
    assert frame in frames_of(text, cb)


@pytest.mark.parametrize(
    "text, frame",
    [
        ("पुलिस ने कहा कि इस क्षेत्र में कर्फ्यू रहेगा", "regional"),
        ("अस्पताल को चिकित्सा उपकरण मिले", "military"),
        ("ईरान और चीन ने बिना सीमा की दोस्ती का एलान किया", "regional"),  # सीमा as a limit
    ],
)
def test_the_area_at_home_hospital_equipment_and_a_limit_are_not_those_frames(cb, text, frame):
    assert frame not in frames_of(text, cb)
