"""Frames round 11: the invented sets' agreed units — condemnation of a named domain, a resolution of
condemnation, a dispute called bilateral between neighbours, a mill, and India in a loan word, a compound
and its industrial towns.

Invented sentences, none taken from a corpus or a set. v1.1 puts "praise or protest addressed by one
government to another" in `diplomacy`; a condemnation of terrorism or of a terror attack names its domain
(terrorism) and, like cooperation in a named domain, is that domain only. A motion of condemnation put to a
vote is a multilateral body's. "The India–Pakistan border or normalisation" and "tension between
neighbours" are `regional`: a matter the neighbours call bilateral is their dispute. A mill is a plant
(manufacturing, `economy`), and India named by an English loan, a compound or an Indian place is `india`.
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
        "रूसी विदेश मंत्री ने कहा कि रूस हर तरह के आतंकवाद की कड़ी निंदा करता है",
        "पाकिस्तान ने मॉस्को में हुए दहशतगर्द हमले की सख़्त अल्फ़ाज़ में मज़म्मत की",
        "भारत और रूस ने सरहद पार आतंकवाद की कठोर शब्दों में भर्त्सना की",
    ],
)
def test_condemning_terrorism_is_terrorism_not_protest_between_governments(cb, text):
    frames = frames_of(text, cb)
    assert "terrorism" in frames
    assert "diplomacy" not in frames


@pytest.mark.parametrize(
    "text",
    [
        "भारत ने पाकिस्तानी उच्चायुक्त के बयान की कड़ी निंदा की",
        "पाकिस्तान ने भारत के रवैये की मज़म्मत की",
    ],
)
def test_condemning_a_government_stays_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


def test_a_resolution_of_condemnation_put_to_a_vote_is_no_protest_between_two_governments(cb):
    frames = frames_of("महासभा में रूस की निंदा वाले प्रस्ताव पर मतदान में भारत ने हिस्सा नहीं लिया", cb)
    assert "diplomacy" not in frames


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने दोहराया कि यह भारत और पाकिस्तान के बीच का द्विपक्षीय मसला है",
        "मॉस्को के मुताबिक़ यह पाकिस्तान और भारत का दोतरफ़ा मामला है",
    ],
)
def test_a_matter_called_bilateral_between_neighbours_is_regional(cb, text):
    assert "regional" in frames_of(text, cb)


def test_bilateral_matters_between_states_that_are_not_neighbours_are_not_regional(cb):
    assert "regional" not in frames_of("रूस और पाकिस्तान ने द्विपक्षीय मामलों पर चर्चा की", cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूसी विशेषज्ञ कराची की उस मिल का दौरा करेंगे",
        "रूस ने पाकिस्तान की स्टील मिल को फिर से चलाने में मदद की पेशकश की",
    ],
)
def test_a_mill_between_states_is_economy(cb, text):
    assert "economy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने कहा कि पाकिस्तान को यह मिल जाएगा",
        "रूस और भारत मिल कर काम करेंगे",
    ],
)
def test_the_verb_mil_is_no_mill(cb, text):
    assert "economy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूसी कंपनी ने मेक इन इंडिया के तहत कारखाना लगाने का ऐलान किया",
        "इंडो-रशियन संयुक्त उद्यम में रूस की हिस्सेदारी 49 फ़ीसद है",
        "हिंद-पाक रिश्तों पर रूस ने चुप्पी साधी",
        "रूसी प्रतिनिधिमंडल ने मंडीदीप की फैक्टरियों का दौरा किया",
    ],
)
def test_india_named_by_a_loan_a_compound_or_an_industrial_town(cb, text):
    assert "india" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने अमेरिका की हिंद-प्रशांत रणनीति की आलोचना की",
        "मंडीदीप में बिजली कटौती से उद्योग परेशान",  # an Indian town at home: no international context
    ],
)
def test_the_indo_pacific_and_a_town_at_home_are_no_india_angle(cb, text):
    assert "india" not in frames_of(text, cb)
