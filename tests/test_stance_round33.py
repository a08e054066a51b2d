"""Stance round 33 (issue #12): sets AO and AP as development text, rules kept only where they recur.

A unit that names no state right after a one-sentence aside on the other pair has returned to the story's main
pair (its lead's), not to the aside's. Russia heeding India's objection ("भारत की नाराज़गी के डर से") is Russia
holding back from Pakistan: Russia–Pakistan against, beside round 12's Russia–India favor. A state named as the
measure of what another gets ("भारत जितनी छूट") is no party to the act. An effect on the ties denied with a degree
word or the cause between ("पर इसका कोई बड़ा असर नहीं") is round 8's reassurance. Every sentence here was written
for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code_article, ru_in, ru_pk

F, A, N = "favor", "against", "none"


# --- a unit past an aside goes back to the story's main pair ---------------------------------------------------


def test_a_unit_after_an_aside_returns_to_the_storys_main_pair(cb):
    units = code_article(
        [
            "रूस और पाकिस्तान के बीच हेलीकॉप्टर सौदे पर दस्तखत",
            "रूस और पाकिस्तान ने मंगलवार को चार लड़ाकू हेलीकॉप्टरों के सौदे पर दस्तखत किए।",
            "भारत अब भी रूस के हथियारों का सबसे बड़ा खरीदार है।",
            "हेलीकॉप्टरों की आपूर्ति अगले साल के अंत तक पूरी होगी।",
        ],
        cb,
    )
    assert units[-1].stance == {"ru_pk": F, "ru_in": N}


def test_a_story_of_one_pair_still_goes_on_with_the_unit_before(cb):
    units = code_article(
        [
            "भारत और रूस के बीच तेल करार",
            "भारत और रूस ने कच्चे तेल की लंबी अवधि की आपूर्ति पर करार किया।",
            "तेल की पहली खेप अगले महीने भेजी जाएगी।",
        ],
        cb,
    )
    assert units[-1].stance["ru_in"] == F


# --- India's objection heeded: Russia held back from Pakistan ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "जानकारों के अनुसार रूस ने भारत की नाराजगी के डर से पाकिस्तान को टैंक देने से परहेज किया।",
        "कहा जाता है कि मॉस्को भारत के विरोध के डर से इस्लामाबाद को लड़ाकू विमान देने से कतराता है।",
    ],
)
def test_russia_minding_india_holds_back_from_pakistan(text, cb):
    assert ru_pk(text, cb) == A
    assert ru_in(text, cb) == F


def test_the_heeding_is_shown_for_russia_pakistan(cb):
    out = explain("जानकारों के अनुसार रूस ने भारत की नाराजगी के डर से पाकिस्तान को टैंक देने से परहेज किया।", cb)
    assert "Russia holding back from this pair for India's sake" in out


def test_a_heeded_objection_in_a_story_of_russia_and_pakistan_speaks_of_it(cb):
    units = code_article(
        [
            "रूस-पाकिस्तान हेलीकॉप्टर सौदा पक्का",
            "रूस और पाकिस्तान ने चार हेलीकॉप्टरों के सौदे पर दस्तखत किए।",
            "लंबे समय तक मॉस्को ने नई दिल्ली की नाराजगी के डर से ऐसे किसी सौदे से परहेज किया था।",
        ],
        cb,
    )
    assert units[-1].stance == {"ru_pk": A, "ru_in": F}


def test_an_objection_not_heeded_is_no_holding_back(cb):
    # India objects and Russia goes ahead: round 7's objection, no restraint toward Pakistan
    assert ru_pk("भारत की नाराजगी के बावजूद रूस ने पाकिस्तान को हेलीकॉप्टर दिए।", cb) != A


# --- a state as the measure of what another gets ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "सूत्रों के अनुसार रूस ने पाकिस्तान को भारत जितनी रियायत देने से मना कर दिया।",
        "मॉस्को ने इस्लामाबाद को भारत जैसी ही छूट देने से इनकार किया है।",
    ],
)
def test_india_as_the_measure_of_a_discount_is_no_party(text, cb):
    assert ru_pk(text, cb) == A
    assert ru_in(text, cb) == N


def test_a_buyer_such_as_india_is_india(cb):
    # likeness with no noun of terms is apposition: India is the buyer
    assert ru_in("जानकार कहते हैं कि रूस भारत जैसे बड़े ग्राहक को नाराज नहीं करेगा।", cb) == F


# --- an effect denied with a degree word or the cause between ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "अधिकारियों ने कहा कि भारत-रूस संबंधों पर इसका कोई खास असर नहीं पड़ेगा।",
        "जानकारों का मानना है कि भारत और रूस के रिश्तों पर इसका बड़ा असर नहीं होगा।",
        "मंत्री ने कहा कि भारत और रूस की दोस्ती पर किसी बाहरी देश का असर नहीं पड़ता।",
    ],
)
def test_an_effect_denied_with_a_degree_word_is_reassurance(text, cb):
    assert ru_in(text, cb) == F


def test_explain_shows_the_qualified_reassurance(cb):
    out = explain("अधिकारियों ने कहा कि भारत-रूस संबंधों पर इसका कोई खास असर नहीं पड़ेगा।", cb)
    assert "पर इसका कोई … असर नहीं (reassurance)" in out


def test_an_effect_on_the_ties_said_without_no_stays_a_strain(cb):
    assert ru_in("जानकारों के मुताबिक इस सौदे का भारत और रूस के रिश्तों पर असर पड़ा है।", cb) == A


# --- a party standing with another, the copula dropped ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "आतंकी हमले के बाद रूस खुलकर भारत के साथ, पाकिस्तान को दी नसीहत",
        "पुतिन बोले- आतंक के विरुद्ध लड़ाई में भारत के साथ",
        "मॉस्को का संदेश: हर हाल में भारत के साथ!",
    ],
)
def test_a_clause_final_with_after_a_state_is_support(text, cb):
    assert ru_in(text, cb) == F


def test_neither_with_one_side_is_against(cb):
    assert ru_in("संकट पर रूस का रुख: न भारत के साथ, न किसी और के साथ", cb) == A


def test_with_before_more_words_is_a_partner_marker_not_support(cb):
    out = explain("रूस ने भारत के साथ व्यापार बढ़ाने पर बात की।", cb)
    assert "the copula dropped" not in out


def test_a_name_in_quotes_after_with_is_no_support(cb):
    out = explain("रूस हर साल पाकिस्तान के साथ 'मैत्री' नाम से अभ्यास करता है।", cb)
    assert "the copula dropped" not in out


# --- a credit named with its sum -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "मॉस्को में मोदी-पुतिन बैठक, रूस के आर्कटिक क्षेत्र के लिए दो अरब डॉलर का ऋण",
        "भारत-रूस शिखर वार्ता: साइबेरिया के विकास को पचास करोड़ डॉलर की कर्ज सुविधा",
    ],
)
def test_a_credit_with_its_sum_is_supply(text, cb):
    assert ru_in(text, cb) == F


def test_a_debt_owed_is_no_credit(cb):
    out = explain("पाकिस्तान पर विदेशी कर्ज का भारी बोझ है और रूस चुप है।", cb)
    assert "(supply_purchase)" not in out


# --- the means to trade lacking -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "जानकार मानते हैं कि पाकिस्तान के पास रूस से टैंक खरीदने के लिए पैसे ही नहीं हैं।",
        "मॉस्को ने कहा कि उसके पास इस्लामाबाद को बेचने के लिए फालतू गैस नहीं है।",
    ],
)
def test_money_or_goods_lacking_is_a_payment_problem(text, cb):
    assert ru_pk(text, cb) == A


def test_no_choice_is_no_lack_of_means(cb):
    out = explain("भारत के पास रूस के सिवा कोई विकल्प नहीं है।", cb)
    assert "(payment)" not in out


def test_the_more_clause_keeps_the_state(cb):
    # "जितना … उतना": the correlative clause's subject is a party, not a measure
    out = explain("जानकारों के अनुसार रूस जितना चीन के करीब जाएगा, भारत की चिंता उतनी बढ़ेगी।", cb)
    assert "not named: russia" not in out


def test_explain_shows_the_state_named_as_a_measure(cb):
    out = explain("सूत्रों के अनुसार रूस ने पाकिस्तान को भारत जितनी रियायत देने से मना कर दिया।", cb)
    assert "a state named only as the measure of what another gets" in out
