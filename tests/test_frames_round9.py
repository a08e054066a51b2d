"""Frames round 9: real news where both COVID coders agree — states named that are no great power, Europe as
a scene, Delhi at home.

Invented sentences, none taken from a corpus or a set. v1.1 lists China, the US, the West and Ukraine for
`geopolitics`; Iran and Israel named alone (rain in Tehran, a university in Israel) apply no frame, while their
sanctions, the UN or a bloc still do. Europe before a locative is where something happens, like China or the US
as a scene (round frames6); Europe that acts is the bloc. Delhi, the city and state, is an Indian city like the
others (frames5): India in an international context only; नई दिल्ली, the government's seat, names India.
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
        "तेहरान में आज भारी बारिश से कई सड़कें बंद रहीं",
        "ईरान ने अपने नागरिकों के लिए नए पहचान पत्र जारी किए",
        "ईरान से लौटे छात्रों ने अपने अनुभव सुनाए",
        "इजराइल के एक विश्वविद्यालय ने धान की नई किस्म विकसित की",
    ],
)
def test_iran_or_israel_named_alone_is_no_great_power(cb, text):
    assert "geopolitics" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पश्चिमी देशों ने ईरान पर नए प्रतिबंध लगाए",  # a sanction: still geopolitics
        "अमेरिका ने ईरान से बातचीत की पेशकश की",  # the US: a great power
        "संयुक्त राष्ट्र में इजराइल के खिलाफ प्रस्ताव पेश हुआ",  # the UN
    ],
)
def test_iran_or_israel_with_a_great_power_or_the_un_stays_geopolitics(cb, text):
    assert "geopolitics" in frames_of(text, cb)


def test_europe_as_the_scene_of_an_event_is_not_the_bloc(cb):
    assert "geopolitics" not in frames_of("यूरोप में इस सर्दी बर्फबारी ने पुराना रिकॉर्ड तोड़ा", cb)


@pytest.mark.parametrize(
    "text",
    ["यूरोप रूस पर नए प्रतिबंध लगाने की तैयारी में है", "यूरोपीय संघ के देशों में गैस की कीमतों पर बैठक हुई"],
)
def test_europe_that_acts_stays_geopolitics(cb, text):
    assert "geopolitics" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "दिल्ली में आज बारिश के बाद कई सड़कों पर पानी भर गया",
        "दिल्ली सरकार ने स्कूलों की छुट्टियां एक हफ्ता बढ़ाईं",
    ],
)
def test_delhi_at_home_is_a_city_report_not_the_india_angle(cb, text):
    assert "india" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "दिल्ली में जापानी प्रतिनिधिमंडल ने व्यापार पर बातचीत की",  # Delhi beside another state
        "नई दिल्ली ने इस प्रस्ताव पर अपनी आपत्ति दर्ज कराई",  # the government's seat
        "भारत में बारिश का मौसम शुरू हो गया",  # India by name
    ],
)
def test_delhi_beside_another_state_or_the_capital_as_government_stays_india(cb, text):
    assert "india" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "त्योहार से पहले जापानी सामान की मांग घट गई",  # a state's goods: its trade
        "बंदरगाह पर ईरान का माल कई दिनों से अटका है",
        "दुकानों पर अमेरिकी उत्पादों की जगह देसी ब्रांड दिख रहे हैं",
    ],
)
def test_a_states_goods_are_its_trade(cb, text):
    assert "economy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "चाय में चीनी कम डालने की सलाह दी गई",  # sugar, no goods
        "भारत ने रूस में बने युद्धपोत को नौसेना में शामिल किया",  # a warship made in a state: military, not trade
    ],
)
def test_sugar_and_arms_made_abroad_are_not_trade(cb, text):
    assert "economy" not in frames_of(text, cb)
