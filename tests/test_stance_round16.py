"""Stance round 16 (issue #12): parties named by place, dateline and epithet.

The codebook's Actors section: "places and demonyms map to countries". A major city, state,
region or base of a party (`stance.places`) names that party for stance; not as a dateline (v1.2:
where the story is filed carries no stance), not as the name of an event there ("उरी हमले के बाद":
the attack, a time), not as the scene of what happens ("कज़ान में"). Every sentence here was written
for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from analysis.coding import explain
from analysis.errors import UserError
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})
RU_PK = frozenset({"ru_pk"})

PLACES_NAME_PARTIES = [
    # a city of each party, with a relational predicate: the pair is named through the place
    ("मुंबई और सेंट पीटर्सबर्ग के बीच सीधी जहाज सेवा शुरू करने पर सहमति बनी।", N, F),
    ("कोलकाता और व्लादिवोस्तोक के बीच व्यापार तेजी से बढ़ा है।", N, F),
    ("पेशावर और कज़ान के बीच नई उड़ान सेवा पर समझौता हुआ।", F, N),
    ("रूस ने क्वेटा के लिए बिजली संयंत्र देने का वादा किया है।", F, N),
    ("रूसी सैन्य अभ्यास से पठानकोट के पूर्व सैनिकों में नाराजगी है।", N, A),
    # Latin spellings
    ("Russia signed a deal with Karnataka to build a helicopter plant.", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), PLACES_NAME_PARTIES)
def test_a_place_of_a_party_names_the_party(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_without_the_place_no_pair_is_named(cb):
    # the same predicates with no place of the second party: no target
    check("सेंट पीटर्सबर्ग के लिए सीधी जहाज सेवा शुरू करने पर सहमति बनी।", N, N, cb)
    check("रूस ने बिजली संयंत्र देने का वादा किया है।", N, N, cb)


def test_a_dateline_place_is_no_party(cb):
    # "भोपाल।" is where the story was filed (v1.2): Russia–Pakistan drills do not become Russia–India ties
    check("भोपाल। रूस और पाकिस्तान की सेनाओं ने संयुक्त सैन्य अभ्यास किया।", F, N, cb)
    check("चेन्नई, 4 मार्च। रूस और पाकिस्तान ने रक्षा समझौते पर हस्ताक्षर किए।", F, N, cb)


def test_a_place_naming_an_attack_there_is_no_party(cb):
    # "उरी हमले के बाद" is the attack as a time: the drill stays Russia–Pakistan's alone
    check("उरी हमले के कुछ दिन बाद रूस और पाकिस्तान ने संयुक्त सैन्य अभ्यास किया।", F, N, cb)
    check("पुलवामा में आतंकी हमले के बाद रूस ने पाकिस्तान के साथ अभ्यास किया।", F, N, cb)


def test_a_place_as_the_scene_is_no_party(cb):
    # a multilateral drill held in a Russian region: Russia is not named as India's partner by the scene
    check("ओरेनबर्ग क्षेत्र में भारत और चीन समेत कई देशों का संयुक्त अभ्यास हुआ।", N, N, cb)
    check("कज़ान में भारत और पाकिस्तान के सैनिकों ने अभ्यास किया।", N, N, cb)


def test_a_disputed_or_shared_place_names_no_party(cb):
    # Ladakh (the India–China border) and Punjab (a province of both) are left out of stance.places
    check("लद्दाख में रूस ने सहयोग बढ़ाने का वादा किया।", N, N, cb)
    check("पंजाब के साथ रूस ने व्यापार समझौते पर हस्ताक्षर किए।", N, N, cb)


def test_a_body_named_after_a_city_is_no_place(cb):
    # the SCO ("शंघाई सहयोग संगठन") names no Chinese party
    result = code("रूस और पाकिस्तान शंघाई सहयोग संगठन में सहयोग बढ़ाएंगे।", cb)
    assert result.stance["ru_pk"] == F


def test_explain_names_the_place_rule(cb):
    result = code("कोलकाता और व्लादिवोस्तोक के बीच व्यापार तेजी से बढ़ा है।", cb)
    assert "india named by the place 'कोलकाता' (stance.places)" in result.notes["ru_in"]
    assert "russia named by the place 'व्लादिवोस्तोक'" in result.notes["ru_in"]
    assert "stance.places" in explain("कोलकाता और व्लादिवोस्तोक के बीच व्यापार तेजी से बढ़ा है।", cb)


def test_a_place_list_of_an_unknown_country_is_a_clear_error(tmp_path):
    text = open("config/codebook.yaml", encoding="utf-8").read()
    bad = text.replace("  places:\n    india:\n", "  places:\n    narnia:\n", 1)
    assert bad != text
    path = tmp_path / "codebook.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(UserError, match=r"stance\.places\.narnia: 'narnia' is not a place id"):
        load_codebook(path)


DRIFT_WITHOUT_A_THIRD_STATE = [
    # a friendship epithet in the past, then "अब" and the state taking its own course: the ties drifting
    ("रूस बरसों तक भारत का सबसे भरोसेमंद दोस्त रहा है, लेकिन अब वह अपने विकल्प खुले रख रहा है।", A),
    ("भारत का सबसे पुराना साझेदार रहा रूस अब नए समीकरण बना रहा है।", A),
    ("रूस कभी भारत का भरोसेमंद मित्र था, पर अब वह भारत की उतनी परवाह नहीं करता।", A),
    # no turn: the friendship still holds, or "अब तक" (so far)
    ("रूस भारत का सबसे भरोसेमंद दोस्त रहा है और अब भी है।", F),
    ("रूस अब तक भारत का सबसे भरोसेमंद साझेदार रहा है और नए समीकरण बनाने की बात बेबुनियाद है।", F),
]


@pytest.mark.parametrize(("text", "ru_in"), DRIFT_WITHOUT_A_THIRD_STATE)
def test_a_turn_to_its_own_course_after_now_is_drift(text, ru_in, cb):
    check(text, N, ru_in, cb)


def test_explain_names_the_turn_word(cb):
    result = code("भारत का सबसे पुराना साझेदार रहा रूस अब नए समीकरण बना रहा है।", cb)
    assert "'साझेदार' then 'नए समीकरण': the ties drifting" in result.notes["ru_in"]
