"""Stance round 27 (issue #12): Russia–India ties from the codebook's ru_in row and the language, no set read.

The codebook's ru_in row: ties "close, time-tested, deepening; Russia reassuring India" (favor) against "strained,
drifting, or Russia acting against India's interests". How Hindi news says these: reassurance given in the Urdu
register and the English loan, India's concerns taken seriously, an effect on India denied with India between;
India's interests struck or set aside, India kept in the dark, India's rival backed, a protest lodged; the ties
no longer a dependence, a party turning away, ways parting, ties on the slope. Every sentence here was written
for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code, ru_in

F, A, N = "favor", "against", "none"


REASSURED = [
    "रूस ने भारत को इत्मीनान दिलाया कि उसके रिश्ते किसी तीसरे मुल्क पर टिके नहीं हैं।",
    "रूस ने भारत को इतमीनान दिलाया है।",
    "रूसी राजदूत ने भारत को तसल्ली दी।",
    "क्रेमलिन ने भारत को एश्योरेंस दिया है कि तेल की आपूर्ति चलती रहेगी।",
    "रूस ने भारत की चिंताओं को गंभीरता से लिया।",
    "रूस भारत की चिंताओं को संजीदगी से लेता है।",
    "रूस ने भारत की आपत्तियों पर गौर किया।",
    "रूस ने भारत के तहफ्फुजात का ध्यान रखा।",
    "रूस ने कहा कि पाकिस्तान से रिश्तों का असर भारत पर नहीं पड़ेगा।",
    "मॉस्को ने कहा कि इस सौदे की कोई आंच भारत पर नहीं आएगी।",
    "रूस ने भारत का हर मौके पर साथ निभाया है।",
]


@pytest.mark.parametrize("text", REASSURED)
def test_russia_reassuring_india_or_minding_its_concerns_is_favor(text, cb):
    assert ru_in(text, cb) == F


AGAINST_INDIA = [
    "रूस का यह फैसला भारत के हितों पर चोट है।",
    "रूस ने भारत के हितों को ताक पर रख दिया।",
    "रूस ने भारत के सुरक्षा हितों को दांव पर लगा दिया।",
    "रूस ने भारत को अंधेरे में रखा।",
    "रूस ने भारत को भरोसे में लिए बिना चीन से बातचीत की।",
    "रूस ने भारत के विरोधी खेमे का साथ दिया।",
    "रूस ने संयुक्त राष्ट्र में भारत के प्रतिद्वंद्वी का पक्ष लिया।",
    "भारत ने रूस के समक्ष कड़ा प्रतिवाद किया।",
    "भारत ने रूस को डिमार्श जारी किया।",
    # a worry minded, negated: the concerns given no weight
    "रूस ने भारत की चिंताओं को तवज्जो नहीं दी।",
    # betrayal with the trust word inside it; a lack of trust; behind the partner's back; the partner sidelined
    "रूस ने भारत के साथ विश्वासघात किया है।",
    "रूस का यह कदम भारत से विश्वास घात है।",
    "भारत और रूस के बीच भरोसे की कमी है।",
    "भारत और रूस के बीच एतमाद का फुकदान है।",
    "रूस ने भारत की पीठ पीछे पाकिस्तान से सौदा कर लिया।",
    "रूस ने भारत को दरकिनार कर दिया।",
    "रूस ने भारत को किनारे कर दिया।",
]


@pytest.mark.parametrize("text", AGAINST_INDIA)
def test_russia_acting_against_india_or_india_protesting_is_against(text, cb):
    assert ru_in(text, cb) == A


DRIFTING = [
    "रूस अब केवल भारत पर निर्भर नहीं रहना चाहता।",
    "भारत अब रूस पर पूरी तरह निर्भर नहीं है।",
    "भारत रूस से छिटक रहा है।",
    "रूस भारत से कन्नी काट रहा है।",
    "भारत रूस से विमुख हो रहा है।",
    "भारत और रूस अलग-अलग राह पर हैं।",
    "रूस और भारत के रास्ते अलग हो रहे हैं।",
    "भारत और रूस के संबंध उतार पर हैं।",
    "भारत और रूस के रिश्ते ढलान की ओर हैं।",
]


@pytest.mark.parametrize("text", DRIFTING)
def test_ties_no_longer_a_dependence_or_turning_away_is_drift_against(text, cb):
    assert ru_in(text, cb) == A


@pytest.mark.parametrize(
    "text", ["भारत के धुर विरोधी पाकिस्तान को रूस हथियार बेच रहा है।", "रूस भारत के प्रतिद्वंद्वी पाकिस्तान को हथियार देगा।"]
)
def test_arming_a_named_rival_of_india_stays_ru_pk_favor(text, cb):
    assert code(text, cb).stance["ru_pk"] == F


def test_russia_pakistan_growth_stays_ru_pk_favor_whatever_india_thinks(cb):
    result = code("भारत की नाराजगी के बावजूद रूस ने पाकिस्तान के साथ ऊर्जा समझौता किया।", cb)
    assert result.stance == {"ru_pk": F, "ru_in": A}, result.notes


def test_an_effect_denied_goes_to_the_state_unaffected_not_the_cause(cb):
    result = code("रूस ने कहा कि पाकिस्तान से रिश्तों का असर भारत पर नहीं पड़ेगा।", cb)
    assert result.stance == {"ru_pk": N, "ru_in": F}, result.notes


def test_a_deal_behind_indias_back_is_still_the_russia_pakistan_deal(cb):
    result = code("रूस ने भारत की पीठ पीछे पाकिस्तान से सौदा कर लिया।", cb)
    assert result.stance == {"ru_pk": F, "ru_in": A}, result.notes


KEPT = [
    # no longer dependent on a third state is no drift from Russia
    ("भारत अब खाड़ी देशों के तेल पर निर्भर नहीं रहेगा, रूस से भी तेल आएगा।", N),
    ("रूस से तेल खरीदकर भारत अब पश्चिम पर निर्भर नहीं है।", F),
    # trust not lacking; a pressure set aside stays round 24's favor; a pat on the back is praise
    ("भारत और रूस के बीच भरोसे की कमी नहीं है।", F),
    ("भारत ने अमेरिकी दबाव को दरकिनार कर रूस से तेल खरीदा।", F),
    ("रूस ने भारत की पीठ थपथपाई।", F),
    # a dependence denied without "अब" stays round 6's reassurance
    ("भारत और रूस के संबंध किसी तीसरे देश पर निर्भर नहीं हैं।", F),
    # "साथ" as "with" is no keeping faith; the noun of satisfaction alone is no reassurance
    ("भारत और रूस ने साथ मिलकर अभ्यास किया।", F),
    # backing India against a rival is no backing of India's rival
    ("रूस ने पाकिस्तान के खिलाफ भारत का साथ दिया।", F),
    # different routes of trade are no parting of ways
    ("भारत और रूस के बीच व्यापार अब नए रास्ते से होगा।", N),
    # an effect on the ties that has come about stays round 25's setback
    ("रूस और भारत के संबंधों पर असर पड़ा है।", A),
]


@pytest.mark.parametrize(("text", "want"), KEPT)
def test_readings_the_new_rules_leave_as_they_were(text, want, cb):
    assert ru_in(text, cb) == want


def test_explain_names_each_new_compound(cb):
    out = explain("रूस ने भारत को इत्मीनान दिलाया।", cb)
    assert "इत्मीनान … दिला* (trust_support)" in out
    out = explain("भारत रूस से छिटक रहा है।", cb)
    assert "से … छिटक* (strain)" in out


def test_satisfaction_expressed_is_no_reassurance_given(cb):
    assert "(trust_support)" not in explain("भारत ने रूस के जवाब पर तसल्ली जताई।", cb)
