"""Stance round 30 (issue #12): Russia–India `against` missed as `none`, a census over every read set.

A potential auxiliary that is a harm judgement's own verb hedges the consequence, not Russia's act ("… की
बढ़ती नज़दीकी भारत के लिए चुनौती बन सकती है"); a matter the story reported, raised by India before Russia
("यह मुद्दा … के सामने उठाया"), is an objection read by whose it is. (A cancellation India asks of Russia was
tried and not kept: the read sets' coders split on it.) Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import ru_in

F, A, N = "favor", "against", "none"


# --- the potential that hedges the consequence ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("चीन के साथ रूस की बढ़ती घनिष्ठता नई दिल्ली के लिए दीर्घकालिक चुनौती बन सकती है।", A),
        ("रूस और चीन का गहराता तालमेल भारत के हितों के ख़िलाफ़ जा सकता है।", A),
    ],
)
def test_a_worry_hedged_after_a_stated_act_counts(text, value, cb):
    assert ru_in(text, cb) == value


@pytest.mark.parametrize(
    "text",
    [
        "यदि रूस चीन के और क़रीब गया तो भारत की चिंता बढ़ सकती है।",
        "रूस पाकिस्तान को नए हेलिकॉप्टर दे सकता है, जिससे भारत की चिंता बढ़ सकती है।",
        "क्या रूस और चीन की दोस्ती भारत के लिए चुनौती है?",
        "मॉस्को और बीजिंग की नज़दीकी भारत की चिंता बढ़ा सकती है।",
    ],
)
def test_a_worry_with_the_act_itself_supposed_stays_none(text, cb):
    assert ru_in(text, cb) == N


def test_explain_shows_the_hedged_worry_counted(cb):
    out = explain("रूस और चीन की बढ़ती नज़दीकी भारत के लिए बड़ा ख़तरा बन सकती है।", cb)
    assert "india's worry or objection at Russia's act" in out


# --- a matter raised before the partner --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("विदेश मंत्रालय के मुताबिक भारत ने इस मामले को रूसी अधिकारियों के समक्ष उठाया है।", A),
        ("सरकार ने कहा कि भारत यह मसला मॉस्को के सामने उठाएगा।", A),
    ],
)
def test_a_matter_raised_before_russia_is_an_objection(text, value, cb):
    assert ru_in(text, cb) == value


def test_a_matter_named_in_full_is_no_objection(cb):
    assert ru_in("भारत ने सीमा पार आतंकवाद का मुद्दा रूस के सामने उठाया।", cb) == N


def test_explain_names_the_raised_matter(cb):
    out = explain("भारत ने यह मुद्दा रूस के सामने उठाया।", cb)
    assert "यह मुद्दा … के सामने उठा* (anger_protest)" in out


# --- leaders in one car ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "शिखर बैठक से पहले पुतिन और मोदी एक ही गाड़ी में सवार होकर होटल पहुंचे।",
        "रूसी राष्ट्रपति ने भारतीय प्रधानमंत्री को अपनी कार में बैठाकर सम्मेलन स्थल तक पहुंचाया।",
    ],
)
def test_leaders_sharing_a_car_is_closeness(text, cb):
    assert ru_in(text, cb) == F


def test_leaders_on_one_stage_is_no_gesture(cb):
    assert ru_in("मोदी और पुतिन एक ही मंच पर मौजूद थे।", cb) == N


def test_explain_names_the_shared_car(cb):
    out = explain("मोदी और पुतिन एक ही कार में बैठकर बैठक के लिए गए।", cb)
    assert "एक ही कार में (closeness)" in out


def test_a_harm_judgement_in_the_subjunctive_stays_supposed(cb):
    assert ru_in("रूस ऐसा कोई क़दम नहीं उठाएगा जो भारत के लिए चुनौती बन सके।", cb) != A
