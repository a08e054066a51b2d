"""Stance round 36 (issue #12): a census over every read set; solidarity in any word order, register or agent;
payments that take months.

Round 17 reads a party of the pair condemning a particular attack as solidarity with its partner (favor), but
only with a named agent before "ने" and the attack after it, and only with हमला/धमाका. Hindi also fronts the
object ("… हमले की रूस ने … निंदा की"), lets a pronoun be the agent ("उन्होंने …", "हम … निंदा करते हैं"),
and uses the tatsam आक्रमण for an attack. Every sentence here was written for the tests (none is taken from a
set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code_article, ru_in

F, A, N = "favor", "against", "none"

# a Russia–India story: the unit after it names Russia, or no state, and condemns an attack on India
STORY = ["सोपोर में आतंकी हमले पर रूस की प्रतिक्रिया", "रूस के राष्ट्रपति ने भारत के प्रधानमंत्री से फोन पर बात की।"]


def _last(texts, cb):
    return code_article(texts, cb)[-1].stance


# --- the tatsam आक्रमण is an attack like हमला ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने बारामूला में हुए आतंकी आक्रमण की कड़ी निंदा की।",
        "रूसी विदेश मंत्रालय ने सैन्य शिविर पर हुए आक्रमण की कठोर निंदा की।",
    ],
)
def test_russia_condemning_an_aakraman_on_india_is_solidarity(text, cb):
    assert _last([*STORY, text], cb)["ru_in"] == F


def test_a_resolution_condemning_russias_aakraman_is_no_protest_at_india(cb):
    # the condemnation's object is an act of violence: no stance toward the ties (round 7), not against
    text = "महासभा में रूसी आक्रमण की निंदा के प्रस्ताव पर मतदान से भारत ने दूरी रखी, यह खबर कल आई।"
    assert ru_in(text, cb) == N
    assert "condemns violence ('आक्रमण')" in explain(text, cb)


def test_an_attack_helicopter_is_no_condemned_attack(cb):
    # आक्रमणकारी (attacking) names a weapon, not an attack: the supply reads as before
    text = "रूस ने भारत को आक्रमणकारी हेलिकॉप्टरों की आपूर्ति की।"
    assert ru_in(text, cb) == F


# --- the attack fronted before the agent --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "सोपोर के आतंकी हमले की रूस ने कड़े शब्दों में निंदा की।",
        "सैन्य शिविर पर हुए हमले की रूसी विदेश मंत्री ने सख्त निंदा की है।",
    ],
)
def test_an_attack_fronted_before_russias_ne_is_solidarity(text, cb):
    assert _last([*STORY, text], cb)["ru_in"] == F


def test_a_fronted_attack_names_both_parties_and_explains_the_order(cb):
    text = "भारत में हुए आतंकी हमले की रूसी राष्ट्रपति ने कड़ी निंदा की।"
    assert ru_in(text, cb) == F
    assert "(object first) (solidarity)" in explain(text, cb)


def test_a_fronted_attack_with_no_party_as_agent_is_not_solidarity(cb):
    # the agent between the attack and ने is a third state: no party of the pair condemns it
    text = "सोपोर के आतंकी हमले की फ्रांस ने कड़े शब्दों में निंदा की।"
    assert _last([*STORY, text], cb)["ru_in"] == N


def test_a_fronted_attack_by_a_party_is_not_solidarity(cb):
    # whose attack it is ("रूस के हमले"): condemning the party's own attack is no solidarity with it
    assert ru_in("रूस के हमले की भारत ने कड़ी निंदा की।", cb) != F


# --- a pronoun as the agent ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "उन्होंने सोपोर में हुए आतंकी हमले की कठोर निंदा भी की।",
        'उन्होंने कहा, "हम सोपोर में हुए आतंकी हमले की कड़ी निंदा करते हैं।"',
    ],
)
def test_a_pronoun_agent_carried_from_russia_is_solidarity(text, cb):
    assert _last([*STORY, text], cb)["ru_in"] == F


def test_explain_names_the_pronoun_agent(cb):
    text = "उन्होंने भारत में हुए आतंकी हमले पर रूस की ओर से दुख जताया और हमले की कड़ी निंदा की।"
    assert ru_in(text, cb) == F
    assert "(pronoun agent) (solidarity)" in explain(text, cb)


def test_a_state_named_before_the_pronoun_keeps_the_named_agents_reading(cb):
    # a third state is named before the pronoun: the pronoun may be its, not a party's
    text = "फ्रांस के राष्ट्रपति ने कहा कि उन्होंने सोपोर के आतंकी हमले की निंदा की।"
    assert _last([*STORY, text], cb)["ru_in"] != F


def test_terrorism_in_general_stays_no_stance_with_a_pronoun(cb):
    # terrorism in general is no particular attack (round 17): no solidarity, whoever the agent
    assert _last([*STORY, "उन्होंने हर तरह के आतंकवाद की निंदा की।"], cb)["ru_in"] == N


# --- a payment that takes months: a payment problem (against) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "भारत के चाय निर्यातकों का कहना है कि रूस से पैसा मिलने में हफ्तों लग जाते हैं।",
        "भारतीय कारोबारियों ने बताया कि रूसी खरीदारों का भुगतान पहुंचने में कई महीने लगते हैं।",
    ],
)
def test_a_payment_that_takes_months_is_a_payment_problem(text, cb):
    assert ru_in(text, cb) == A


def test_a_payment_delay_is_explained(cb):
    text = "भारत के चाय निर्यातकों का कहना है कि रूस से पैसा मिलने में हफ्तों लग जाते हैं।"
    assert "(payment)" in explain(text, cb)


def test_a_one_off_span_of_months_is_no_delay(cb):
    # building the payment system took months: a fact of its making, not a standing delay of payments
    assert ru_in("भारत और रूस के बीच भुगतान व्यवस्था बनाने में कई महीने लगे।", cb) == N


def test_a_payment_delay_in_a_russia_india_story_implies_the_partner(cb):
    story = ["रूस को निर्यात पर भारत के कारोबारियों की राय", "भारत और रूस के बीच व्यापार बढ़ा है।"]
    assert _last([*story, "निर्यातकों के मुताबिक रूस से भुगतान आने में दो-तीन महीने लग जाते हैं।"], cb)["ru_in"] == A
