"""Stance round 25 (issue #12): constructions completed from the language, no new set read.

How Hindi composes a change in a relation: a relation, trade or trust noun with a verb or noun of falling
(against: the ties reduced); a strain noun with a verb of softening or subsiding (favor: the strain falls);
the partner abandoned; and negators whose scope is the clause ("न तो … न ही", "शायद ही") or only what stands
before them ("के बजाय"). Every sentence here was written for the tests (none is taken from a set); each names
the pair, so the construction alone decides.
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code, named_pair

F, A, N = "favor", "against", "none"


RELATION_FELL = [
    "रूस और भारत के बीच व्यापार घट गया।",
    "रूस और भारत के कारोबार में भारी कमी आई।",
    "रूस और पाकिस्तान के बीच तिजारत सिकुड़ गई है।",
    "रूस और पाकिस्तान के बीच तिजारत लगातार घट रही है।",
    "रूस और भारत के ताल्लुकात में कमी आई है।",
    "रूस और भारत का कारोबार सिमटकर आधा रह गया।",
    "रूस और पाकिस्तान की दोस्ती कमज़ोर पड़ गई।",
    "रूस और भारत की मैत्री फीकी पड़ गई है।",
    "रूस और पाकिस्तान के बीच सहयोग में कटौती हुई।",
    "रूस और भारत का व्यापार गिरकर आधा हो गया।",
    # an effect on the ties said without "no", an eclipse over them; talks broken off
    "रूस और भारत के संबंधों पर असर पड़ा है।",
    "इस फैसले ने रूस और पाकिस्तान के सहयोग को प्रभावित किया।",
    "रूस और भारत के रिश्तों पर ग्रहण लग गया है।",
    "रूस और भारत के बीच बातचीत टूट गई।",
]


@pytest.mark.parametrize("text", RELATION_FELL)
def test_a_relation_that_fell_was_hit_or_broke_off_is_against(text, cb):
    assert named_pair(text, cb) == A


STRAIN_EASED = [
    "रूस और भारत के बीच तनाव में काफी नरमी आई है।",
    "रूस और पाकिस्तान के बीच विवाद थम गया है।",
    "रूस और भारत के बीच तल्खी अब ठंडी पड़ गई है।",
    "रूस और पाकिस्तान के बीच टकराव शांत हो गया।",
    "रूस और भारत के बीच दूरियां मिट गई हैं।",
    "रूस और पाकिस्तान के रिश्तों में खिंचाव दूर हो गया है।",
    # the ties back to normal with an adverb of return between
    "रूस और भारत के संबंध फिर से सामान्य हो गए।",
]


@pytest.mark.parametrize("text", STRAIN_EASED)
def test_a_strain_that_eased_or_ties_restored_is_favor(text, cb):
    assert named_pair(text, cb) == F


KEPT = [
    # a fall in strain inside the ties is still the strain's fall, not the ties'
    ("रूस और भारत के रिश्तों में तनाव कम हुआ है।", F),
    # a relation that did not fall, a fall only asked for, a trade only discussed
    ("रूस और भारत के बीच भरोसा कम नहीं हुआ है।", F),
    ("रूस और भारत के रिश्तों पर कोई असर नहीं पड़ा।", F),
    # an effect foreseen is a possibility, not the ties set back
    ("इस फैसले का रूस और भारत के रिश्तों पर असर पड़ेगा।", N),
    ("रूस और भारत के रिश्तों को ऐसा कदम प्रभावित कर सकता है।", N),
    ("रूस और भारत के बीच दूरी बढ़ती जा रही है।", A),
    ("अमेरिका ने भारत से रूस से तेल आयात कम करने को कहा।", N),
    ("रूस और पाकिस्तान के व्यापार पर बैठक में चर्चा हुई।", N),
    # strain growing stays against; growth in the ties stays favor
    ("रूस और भारत के बीच तनाव बढ़ गया है।", A),
    ("रूस और पाकिस्तान के व्यापार में उछाल आया।", F),
    # "न केवल … बल्कि" is no correlative negation
    ("रूस और भारत न केवल व्यापार बढ़ाएंगे, बल्कि रक्षा सहयोग भी।", F),
]


@pytest.mark.parametrize("text,expected", KEPT)
def test_other_constructions_keep_their_reading(text, expected, cb):
    assert named_pair(text, cb) == expected


def test_the_partner_abandoned_is_against(cb):
    assert named_pair("रूस ने भारत का साथ छोड़ दिया।", cb) == A


def test_abandonment_denied_is_favor(cb):
    assert named_pair("रूस भारत का साथ कभी नहीं छोड़ेगा।", cb) == F


NEGATED = [
    "रूस ने न तो पाकिस्तान को हथियार दिए, न ही कोई समझौता किया।",
    "रूस ने न तो भारत की चिंता दूर की और न ही कोई आश्वासन दिया।",
    "रूस शायद ही पाकिस्तान को हथियार देगा।",
    "रूस और पाकिस्तान के बीच शायद ही कोई समझौता हो पाएगा।",
]


@pytest.mark.parametrize("text", NEGATED)
def test_a_clause_negator_denies_the_predicate_words_away(text, cb):
    assert named_pair(text, cb) == A


def test_neither_nor_denies_an_against_predicate_too(cb):
    assert code("रूस ने न तो भारत के खिलाफ बयान दिया, न ही पाकिस्तान का पक्ष लिया।", cb).stance["ru_in"] == F


def test_instead_of_denies_only_what_stands_before_it(cb):
    assert named_pair("रूस पाकिस्तान से व्यापार घटाने के बजाय बढ़ाएगा।", cb) == F
    assert named_pair("भारत ने रूस से हथियार खरीदने के बजाय अमेरिका से खरीदे।", cb) != F


def test_explain_names_the_new_constructions(cb):
    fell = explain("रूस और भारत के बीच व्यापार घट गया।", cb)
    eased = explain("रूस और भारत के बीच तनाव में नरमी आई।", cb)
    assert "(limit)" in fell and "व्यापार" in fell
    assert "नरमी" in eased and "(closeness)" in eased
