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
