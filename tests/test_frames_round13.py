"""Round frames45: diplomacy in every register and the India angle in its other names (invented sentences,
written for the tests; none is taken from a read set).

Diplomacy (v1.1): visits named by their level, a commission between governments, changing sides; a ceremony
in the Urdu register yields to a named domain and addressing one is the venue of a speech; in a pair story a
verb of moving needs a traveller in its clause.
India (codebook: "India, an Indian place or an Indian actor named in the unit itself"): the English loan, the
Urdu हिंद and India's own institutions in an international context.
"""

from __future__ import annotations

import pytest

from analysis.cues import match_cues, named_mentions
from analysis.frames import code_frames


def frames_of(text, cb, pair=()):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb, pair)[0]


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान और रूस के बीच उच्च स्तरीय यात्राओं का सिलसिला तेज हुआ है",  # a visit named by its level
        "रूस-पाकिस्तान अंतर-सरकारी आयोग का अगला सत्र कराची में होगा",  # a commission between governments
        "भारत-रूस इंटर-गवर्नमेंटल कमीशन की बैठक अगले महीने होगी",
        "रूसी विदेश मंत्री सर्गेई लावरोव कल शाम इस्लामाबाद पहुँच गये",  # the perfect spelled with य
    ],
)
def test_diplomacy_families_of_round45(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूसी सफ़ीर ने कराची में एक तक़रीब से ख़िताब करते हुए तिजारत बढ़ाने की बात कही",  # addressing a function
        "रूसी अधिकारी ने कहा कि पाकिस्तान के साथ ऐसा कोई सहयोग नहीं हो रहा",  # cooperation of a kind referred back
    ],
)
def test_named_domains_and_venues_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूसी गेहूं की अगली खेप अप्रैल तक कराची आने की उम्मीद है",  # a consignment comes
        "तेल से लदा दूसरा टैंकर अगले सप्ताह रवाना होगा",  # a ship leaves
    ],
)
def test_in_a_pair_story_goods_moving_are_no_visit(cb, text):
    assert "diplomacy" not in frames_of(text, cb, pair=("russia", "pakistan"))


@pytest.mark.parametrize(
    "text",
    [
        "कारोबारियों का दल गुरुवार को वापस रवाना होगा",  # a delegation leaves
        "मॉस्को रवाना होने से पहले उन्होंने पत्रकारों से बात की",  # a person's pronoun
    ],
)
def test_in_a_pair_story_travellers_moving_are_a_visit(cb, text):
    assert "diplomacy" in frames_of(text, cb, pair=("russia", "pakistan"))


@pytest.mark.parametrize(
    "text",
    [
        "मुबस्सिरीन के मुताबिक रूस की इस शिरकत से हिंद को एक पैगाम गया",  # the Urdu हिंद
        "जैसलमेर में रूसी पर्यटकों की संख्या बढ़ी",  # a district town beside another state
    ],
)
def test_india_in_its_other_names(cb, text):
    assert "india" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "हिंद महासागर में चीन और अमेरिका की नौसेनाएं आमने-सामने हैं",  # the ocean
    ],
)
def test_india_names_at_home_or_in_other_names_are_no_india_angle(cb, text):
    assert "india" not in frames_of(text, cb)


def test_the_urdu_name_names_india_for_the_international_context(cb):
    assert set(frames_of("हिंद और रूस के दरमियान ताल्लुक़ात हमेशा अच्छे रहे हैं", cb)) >= {"diplomacy", "india"}


def test_an_organisation_named_after_india_stays_a_speaker_name(cb):
    # no India cue inside "एयर इंडिया": analysis.attribution.unlisted_agent reads the name as a speaker
    unit = match_cues("एयर इंडिया ने कहा कि उड़ानें बंद रहेंगी", cb)
    assert not [h for hits in unit.hits.values() for h in hits if h.start < unit.text.index(" ने")]


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान ने यह मुद्दा रूसी विदेश मंत्रालय के सामने गंभीरता से उठाया",  # raised with an adverb between
        "भारत ने यह विषय रूसी पक्ष के समक्ष उठाया",  # the tatsam समक्ष
        "पाकिस्तान ने रूस की मध्यस्थता की पेशकश को ठुकरा दिया",  # an offer turned down
        "विश्लेषकों के अनुसार रूस अब धीरे-धीरे पाकिस्तान की ओर झुक रहा है",  # tilting towards a state
        "जानकार रूस और भारत के बीच बढ़ती दूरी से चिंतित हैं",  # a growing distance
        "रूस और पाकिस्तान के मेल-मिलाप पर अमेरिका की नजर है",  # rapprochement
    ],
)
def test_relationship_families_of_round45b(cb, text):
    assert "diplomacy" in frames_of(text, cb)


def test_an_offer_of_arms_is_the_domain(cb):
    assert "diplomacy" not in frames_of("पाकिस्तान ने रूसी लड़ाकू विमानों की पेशकश ठुकरा दी", cb)
