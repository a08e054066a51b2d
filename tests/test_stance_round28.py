"""Stance round 28 (issue #12): mechanisms found on sets AE and AF, written as rules of the language.

Distributive "दोनों" after a coordination (each state a third party's partner, not a pair); the negation of a
verb group belongs to the predicate right before it, not to the noun the predicate is said of; an expectation in
the past tense is one left unmet; a party widening its own options (drift); interests not put at risk
(reassurance); the formula of an internal matter with विषय and Urdu अंदरूनी. Every sentence here was written for
the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check, code, code_article, ru_in

F, A, N = "favor", "against", "none"


# --- distributive "दोनों": each state on its own --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "मॉस्को के पाकिस्तान और भारत दोनों के साथ गहरे रिश्ते हैं।",
        "रूस भारत और पाकिस्तान दोनों को हथियार बेचता रहा है।",
        "रूसी मंत्री ने कहा कि उनका देश भारत व पाकिस्तान दोनों के साथ दोस्ती निभाता है।",
    ],
)
def test_a_cue_after_distributive_both_counts_for_each_pair(text, cb):
    check(text, F, F, cb)


def test_both_between_them_stays_the_pair_of_its_own(cb):
    # "दोनों के बीच" is the mutual ties of the two states named: no Russia, no target
    check("भारत और पाकिस्तान दोनों के बीच तनाव फिर बढ़ गया है।", N, N, cb)


def test_both_as_possessors_is_not_distributive(cb):
    # the worry of the two states outside the pair is no portrayal of Russia–India ties
    result = code("रूस और भारत के सौदे से चीन और पाकिस्तान दोनों की चिंता बढ़ेगी।", cb)
    assert "distributive" not in "; ".join(result.notes.values())


def test_explain_names_the_distributive_reading(cb):
    out = explain("रूस के भारत और पाकिस्तान दोनों के साथ अच्छे रिश्ते हैं।", cb)
    assert "is said of each state before 'दोनों' (distributive)" in out


# --- the negation is the predicate's ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "भारत और रूस की मित्रता कमजोर नहीं होगी।",
        "रूस और भारत का भरोसा कमज़ोर नहीं पड़ा है।",
        "भारत-रूस दोस्ती फीकी नहीं पड़ी।",
    ],
)
def test_a_negated_predicate_of_the_other_polarity_keeps_its_noun(text, cb):
    assert ru_in(text, cb) == F


def test_two_predicates_of_one_polarity_still_flip_together(cb):
    assert ru_in("भारत और रूस का सहयोग समझौता नहीं हो सका।", cb) == A


def test_explain_says_whose_negation_it_is(cb):
    out = explain("भारत और रूस की मित्रता कमजोर नहीं होगी।", cb)
    assert "the negation is the predicate's" in out


# --- an expectation in the past tense is unmet ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "भारतीय राजनयिकों को रूस से खुले समर्थन की अपेक्षा थी।",
        "नई दिल्ली को मॉस्को से मदद की उम्मीद थी।",
        "भारत को रूस से स्पष्ट समर्थन की आशा थी।",
    ],
)
def test_support_expected_in_the_past_is_against(text, cb):
    assert ru_in(text, cb) == A


def test_a_hope_in_the_present_is_no_unmet_expectation(cb):
    assert ru_in("भारत को रूस से समर्थन की उम्मीद है।", cb) == F


def test_explain_names_the_unmet_expectation(cb):
    out = explain("भारत को रूस से मदद की उम्मीद थी।", cb)
    assert "की उम्मीद थी (negated favor)" in out


# --- a party widening its own options: drift --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "रूस अब भारत के अलावा अपने विकल्पों का विस्तार कर रहा है।",
        "भारत ने कहा कि वह रूस के मामले में अपने विकल्प खुले रखेगा।",
    ],
)
def test_widening_its_own_options_is_drift_against(text, cb):
    assert ru_in(text, cb) == A


def test_two_states_seeking_ways_to_pay_is_no_drift(cb):
    assert ru_in("भारत और रूस भुगतान के नए विकल्प तलाश रहे हैं।", cb) != A


# --- interests not put at risk; an internal matter ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "रूस पाकिस्तान की खातिर भारत से जुड़े अपने हितों को जोखिम में नहीं डालेगा।",
        "मॉस्को भारत के साथ अपने रिश्तों को दांव पर नहीं लगाएगा।",
    ],
)
def test_interests_not_put_at_risk_is_favor(text, cb):
    assert ru_in(text, cb) == F


def test_interests_put_at_risk_stays_against(cb):
    assert ru_in("रूस ने भारत के हितों को जोखिम में डाल दिया है।", cb) == A


@pytest.mark.parametrize(
    "text",
    [
        "रूसी प्रवक्ता ने कहा कि लद्दाख का सवाल भारत का आंतरिक विषय है।",
        "क्रेमलिन: जम्मू-कश्मीर भारत का अंदरूनी मामला",
        "रूस ने कहा कि भारत का फैसला उसके संविधान के अंतर्गत है।",
    ],
)
def test_an_internal_matter_in_other_words_is_favor(text, cb):
    assert ru_in(text, cb) == F


# --- a carry past a unit that spoke of no pair ------------------------------------------------------------------

STORY = [
    "रूस और पाकिस्तान के बीच गेहूं का नया सौदा",
    "रूस ने पाकिस्तान को दस लाख टन गेहूं बेचने का करार किया है।",
    "कराची में मौसम इन दिनों साफ है।",
]


def test_an_oblique_demonstrative_carries_the_story_pair_past_a_side_remark(cb):
    coded = code_article([*STORY, "इससे आटे की किल्लत दूर होने में मदद मिलेगी।"], cb)
    assert coded[-1].about["ru_pk"]
    assert "to the story's pair" in coded[-1].stance_notes["ru_pk"]


def test_a_nominative_demonstrative_does_not_carry_past_a_side_remark(cb):
    # "यह" + a thing (a system, a ship) is as often the story's object as its event
    coded = code_article([*STORY, "यह जहाज दुश्मन की पनडुब्बियों को भी मार गिरा सकता है।"], cb)
    assert not coded[-1].about["ru_pk"]


# --- the event's closing date is logistics ----------------------------------------------------------------------

EXERCISE = ["रूस और पाकिस्तान का संयुक्त सैन्य अभ्यास शुरू", "रूसी और पाकिस्तानी सैनिक पहाड़ों में साझा अभ्यास कर रहे हैं।"]


@pytest.mark.parametrize(
    "text",
    ["अभ्यास 12 दिसंबर को खत्म होगा।", "अभ्यास का समापन अगले हफ्ते होगा।", "बैठकें तीन दिन तक जारी रहेंगी।"],
)
def test_when_the_event_ends_or_how_long_it_runs_is_none(text, cb):
    coded = code_article([*EXERCISE, text], cb)
    assert coded[-1].stance["ru_pk"] == N


def test_a_unit_naming_its_pair_keeps_its_cue_with_a_date(cb):
    coded = code_article([*EXERCISE, "रूस और पाकिस्तान का अगला अभ्यास मार्च में होगा।"], cb)
    assert coded[-1].stance["ru_pk"] == F


def test_an_effect_denied_on_the_partners_ties_is_reassurance(cb):
    text = "रूसी राजदूत ने भरोसा दिलाया कि चीन से करीबी का असर भारत के साथ रिश्तों पर नहीं पड़ेगा।"
    assert ru_in(text, cb) == F
    assert "का असर … पर नहीं पड़* (reassurance)" in explain(text, cb)


# --- "समझौता" as a compromise on a value -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "विदेश मंत्री ने कहा कि भारत रूस के मामले में अपनी संप्रभुता पर कोई समझौता नहीं करेगा।",
        "रूस ने कहा कि वह भारत के साथ रिश्तों में अपने सिद्धांतों से किसी भी तरह का समझौता नहीं करेगा।",
    ],
)
def test_no_compromise_on_a_value_is_no_agreement_refused(text, cb):
    assert ru_in(text, cb) == N
    assert "is a compromise on a value, no agreement" in explain(text, cb)


def test_no_agreement_with_a_party_stays_against(cb):
    assert code("रूस पाकिस्तान के साथ कोई समझौता नहीं करेगा।", cb).stance["ru_pk"] == A


def test_an_agreement_on_a_topic_stays_an_agreement(cb):
    assert ru_in("भारत और रूस ने ऊर्जा पर समझौता किया।", cb) == F


# --- ties at the top of a superlative, ties that will not change --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "लावरोव बोले- भारत के साथ संबंध आज सबसे मजबूत दौर में हैं",
        "रूसी राजदूत ने कहा कि भारत से उनके रिश्ते किसी भी दबाव में नहीं बदलेंगे।",
        "रूस और भारत के संबंध हालात से नहीं बदले हैं।",
    ],
)
def test_ties_at_their_strongest_or_unchanged_are_favor(text, cb):
    assert ru_in(text, cb) == F


def test_ties_said_not_stable_are_against(cb):
    assert ru_in("भारत और रूस के रिश्ते अब सबसे स्थिर नहीं रहे।", cb) == A
