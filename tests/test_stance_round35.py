"""Stance round 35 (issue #12): sets AS and AT as development text, rules kept only where they recur.

A third state's pressure, threat, sanctions or tariff conceded ("अमेरिका की धमकी के बावजूद …", "अमेरिकी टैरिफ के बाद
भी …") names the state the act went ahead against, not a party of the ties: the story's pair still carries, as
round 22 reads a commitment after a pressure noun. Every sentence here was written for the tests (none is taken
from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code_article, ru_in

F, A, N = "favor", "against", "none"


def _last(texts, cb):
    return code_article(texts, cb)[-1].stance


S400_STORY = ["भारत और रूस के बीच मिसाइल सौदा", "भारत और रूस ने वायु रक्षा प्रणाली के सौदे पर दस्तखत किए।"]


# --- a third state's pressure conceded: the story's pair carries -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "वॉशिंगटन की प्रतिबंधों की धमकी के बावजूद मिसाइलों की पहली खेप समय पर पहुंच गई।",
        "अमेरिकी दबाव के बावजूद प्रणाली की आपूर्ति का काम आगे बढ़ा।",
        "अमेरिका के नए टैरिफ के बाद भी कच्चे तेल की खरीद जारी रहेगी।",
    ],
)
def test_an_act_despite_a_third_states_pressure_keeps_the_storys_pair(text, cb):
    assert _last([*S400_STORY, text], cb)["ru_in"] == F


def test_a_partys_own_objection_conceded_keeps_its_reading(cb):
    # India objects: the presser is a party, so the unit is still about Russia–India and against
    assert ru_in("भारत की आपत्ति के बावजूद रूस ने पाकिस्तान को लड़ाकू विमानों के इंजन बेचे।", cb) == A


def test_a_worry_word_inside_the_concession_is_the_third_states(cb):
    # "आशंका" is the fear of US sanctions the deal went ahead despite: no worry between the parties
    text = "अमेरिकी प्रतिबंधों की आशंका के बावजूद भारत ने रूस के साथ रक्षा अनुबंध पूरा किया।"
    assert ru_in(text, cb) == F


def test_pressure_alone_without_a_concession_is_read_as_before(cb):
    # no concessive postposition: the US stays a state of the unit, as round 22 left it
    assert _last([*S400_STORY, "अमेरिका ने इस सौदे पर प्रतिबंधों की चेतावनी दी है।"], cb)["ru_in"] == N


def test_explain_names_the_conceded_pressure(cb):
    out = explain("अमेरिकी प्रतिबंधों की आशंका के बावजूद भारत ने रूस के साथ रक्षा अनुबंध पूरा किया।", cb)
    assert "third state's pressure conceded" in out


# --- strain at a border is a standoff of neighbours, never the ties of a target pair ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "एलएसी पर चल रहे गतिरोध के बीच भारत और रूस के विदेश मंत्री मिले।",
        "सरहद पर कशीदगी के बाद रूसी और हिंदुस्तानी वज़ीरों की यह पहली मुलाक़ात है।",
        "डोकलाम विवाद के दिनों में भी भारत और रूस के अधिकारी मॉस्को में बैठे।",
    ],
)
def test_strain_at_a_border_is_not_the_pairs(text, cb):
    assert ru_in(text, cb) == N


def test_border_strain_between_two_neighbours_after_a_pair_phrase_is_no_stance(cb):
    story = ["रूस में भारत के रक्षा मंत्री", "भारत के रक्षा मंत्री रूस पहुंचे और रूसी समकक्ष से मिले।"]
    text = "सीमा पर तनाव के बीच दोनों देशों के मंत्रियों की यह पहली बैठक थी।"
    assert _last([*story, text], cb) == {"ru_pk": N, "ru_in": N}


def test_strain_in_the_ties_themselves_stays_against(cb):
    assert ru_in("रूस और भारत के रिश्तों में तनाव बढ़ गया है।", cb) == A


def test_another_predicate_beside_a_border_strain_still_decides(cb):
    assert ru_in("रूस ने कहा कि सीमा पर तनाव के बावजूद भारत के साथ उसकी दोस्ती मजबूत है।", cb) == F


def test_explain_names_the_border(cb):
    out = explain("एलएसी पर गतिरोध के बीच रूस और भारत के मंत्रियों की मुलाकात हुई।", cb)
    assert "standoff at a border ('एलएसी')" in out


# --- an order received from the partner is a purchase by the partner -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "भोपाल की कपड़ा कंपनियों को रूस से बड़े ऑर्डर मिले हैं।",
        "ग्वालियर के कालीन निर्यातकों को रूस से बड़ा ऑर्डर",
        "जबलपुर की एक फैक्ट्री को रूसी कंपनी से पुर्जों का ऑर्डर मिला है।",
    ],
)
def test_an_order_received_from_russia_is_trade_with_india(text, cb):
    assert ru_in(text, cb) == F


def test_an_honours_name_is_no_order(cb):
    # "ऑर्डर ऑफ …" names a decoration: the order words need a verb of receiving or a size
    out = explain("रूस के राष्ट्रपति ने भारत के प्रधानमंत्री को 'ऑर्डर ऑफ फ्रेंडशिप' से सम्मानित किया।", cb)
    assert "ऑर्डर" not in out.split("ru_in")[1].split("Voice")[0]


def test_orders_held_back_are_not_orders_won(cb):
    assert ru_in("भारतीय रिफाइनरियों ने रूसी तेल के नए ऑर्डर रोक दिए हैं।", cb) != F


def test_explain_names_the_order_as_supply(cb):
    out = explain("भोपाल की कपड़ा कंपनियों को रूस से बड़े ऑर्डर मिले हैं।", cb)
    assert "(supply_purchase)" in out and "ऑर्डर" in out
