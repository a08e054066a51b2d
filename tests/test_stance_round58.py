"""Stance round 58 (issue #12): India's rival named by what it is to India (BL–BN read).

- the rival noun (दुश्मन, शत्रु, प्रतिद्वंद्वी, पड़ोसी, Urdu हरीफ़ …, with देश/मुल्क/राष्ट्र) owned by India ("भारत के", up to two
  qualifiers: "भारत के सबसे बड़े शत्रु") or by the home country's first person ("हमारे"), in the oblique with a
  postposition after it, names Pakistan in a story that has named Pakistan with Russia (`stance.rival_epithet`);
- Russia's favor to the rival so named is done at India's cost: the Russia–India ties are against
  (`stance.at_owners_cost`);
- not a plural rival, a predicate ("भारत के दुश्मन कौन हैं"), apposition, a story that never named Pakistan, a unit
  naming a third state, a rival owned by Russia ("अपने दुश्मन"); an epithet names no new pair for the story;
- a friendship named in a participle of being called, held or claimed ("भारत का दोस्त कहलाने वाला रूस", "भारत से
  दोस्ती का दम भरने वाला रूस") on a state that then favors the owner's rival: that friendship betrayed, ru_in against
  (`stance.so_called_friend`);
- the places gazetteer (`stance.places`): cantonments, bases, border posts, ranges, ordnance towns and ports of India
  and Pakistan name their country (ordinary towns stay out: a person's home town is no party);
- clause scope: a favor act only supposed in a condition (अगर/यदि … तो) whose consequence is a warning is set aside
  (`stance.supposed_favor`).

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import code, code_article

ARMS = ["रूस ने पाकिस्तान को लड़ाकू हेलीकॉप्टर बेचे", "रूस और पाकिस्तान के बीच रक्षा करार पर दस्तखत हुए।"]
INDIA_ONLY = ["भारत और रूस के बीच अंतरिक्ष सहयोग", "भारत और रूस ने अंतरिक्ष में सहयोग का समझौता किया।"]


def stance(story, unit, cb):
    r = code_article([*story, unit], cb)[-1]
    return r.stance["ru_pk"], r.stance["ru_in"]


@pytest.mark.parametrize(
    "unit",
    [
        "रूस भारत के दुश्मन को टैंक बेच रहा है।",
        "मॉस्को भारत के कट्टर प्रतिद्वंद्वी की वायुसेना को इंजन दे रहा है।",
        "रूस हमारे दुश्मन देश के साथ संयुक्त अभ्यास कर रहा है।",
        "रूस की नजदीकी अब भारत के पड़ोसी के साथ बढ़ रही है।",
        "रूस हिंदुस्तान के हरीफ़ मुल्क को सस्ता तेल दे रहा है।",
    ],
)
def test_india_rival_by_epithet_is_pakistan_and_the_favor_costs_india(unit, cb):
    assert stance(ARMS, unit, cb) == ("favor", "against")


@pytest.mark.parametrize(
    "unit",
    [
        "रूस भारत के दुश्मनों को हथियार नहीं देगा।",  # plural: many states
        "रूस अपने दुश्मन को कभी नहीं भूलता।",  # Russia's own
        "भारत के दुश्मन कौन हैं, यह रूस अच्छी तरह जानता है।",  # no postposition: a predicate
    ],
)
def test_no_rival_named(unit, cb):
    assert stance(ARMS, unit, cb)[0] == "none"


def test_a_story_that_never_named_pakistan_keeps_the_rival_unread(cb):
    assert stance(INDIA_ONLY, "रूस भारत के दुश्मन को हथियार दे रहा है।", cb)[0] == "none"


def test_a_third_state_named_keeps_the_neighbour_unread(cb):
    assert stance(ARMS, "रूस ने नेपाल में भारत के पड़ोसी को मदद दी।", cb)[0] == "none"


def test_the_epithet_names_no_new_pair_for_the_story(cb):
    r = code("रूस भारत के दुश्मन को हथियार दे रहा है।", cb, pair=frozenset({"ru_pk"}))
    assert r.stance["ru_pk"] == "favor" and "ru_pk" not in r.named


@pytest.mark.parametrize(
    "unit",
    [
        "भारत का भरोसेमंद मित्र कहलाने वाले रूस ने पाकिस्तान को टैंक बेचे।",
        "भारत का पुराना साथी माना जाने वाला मॉस्को इस्लामाबाद के साथ संयुक्त अभ्यास कर रहा है।",
        "भारत से दोस्ती का दम भरने वाला रूस पाकिस्तान को सस्ता तेल दे रहा है।",
    ],
)
def test_a_so_called_friend_favoring_the_rival_is_against_india(unit, cb):
    assert stance(ARMS, unit, cb) == ("favor", "against")


def test_a_so_called_friend_with_no_owner_named_leaves_india_unspoken(cb):
    assert stance(ARMS, "सबसे करीबी दोस्त कहे जाने वाले रूस ने पाकिस्तान को हेलीकॉप्टर सौंप दिए।", cb) == ("favor", "none")


def test_a_so_called_friend_favoring_india_stays_favor(cb):
    assert stance(ARMS, "भारत का दोस्त कहलाने वाला रूस भारत को नई पनडुब्बी दे रहा है।", cb)[1] == "favor"


@pytest.mark.parametrize(
    ("unit", "target", "expected"),
    [
        ("रूस ने आदमपुर एयरबेस के लिए नए इंजन भेजे।", "ru_in", "favor"),
        ("आवडी के कारखाने को रूस से टैंक इंजन की तकनीक मिलेगी।", "ru_in", "favor"),
        ("रूस ने मियांवाली एयरबेस को हेलीकॉप्टर सौंपे।", "ru_pk", "favor"),
    ],
)
def test_a_base_or_ordnance_town_names_its_country(unit, target, expected, cb):
    r = code_article([unit], cb)[-1]
    assert r.stance[target] == expected


@pytest.mark.parametrize(
    "unit",
    [
        "अगर रूस पाकिस्तान को पनडुब्बी देता है तो क्षेत्र में तनाव बढ़ेगा।",
        "रूस यदि पाकिस्तान के साथ नौसैनिक अभ्यास करता है तो यह भारत के लिए झटका होगा।",
    ],
)
def test_a_favor_act_only_supposed_before_a_warning_is_not_told(unit, cb):
    assert stance(ARMS, unit, cb)[0] != "favor"


def test_a_condition_with_a_good_consequence_keeps_its_favor(cb):
    assert stance(ARMS, "अगर रूस पाकिस्तान को सस्ता तेल देता है तो पाकिस्तान को बड़ी राहत मिलेगी।", cb)[0] == "favor"
