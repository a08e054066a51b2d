"""Stance round 11 (issue #12): Russia acting against India's interests, read by structure.

Sets K and L (development text this round) left ru_in `against` units of four kinds that
recur in earlier sets too: a consequence judged for a party ("not good for India", "not in
India's interest": the shared family `interest_harm`, read by whose interest it is, like a
worry), a party left out of what the other convenes together with a third state ("भारत और
ईरान को न्योता ही नहीं"), India's objection in a unit that also names the act's own party
(only the objection counts for Russia–India there), and a party left out as the bare subject
of a relative clause. Talks held toward an act ("खरीदने के लिए बातचीत") are merely discussed
(codebook v1.1), and drifting apart is strain. Every sentence here was written for the tests
(none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from analysis.cues import match_cues
from analysis.stance import inherit_referent
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})
RU_PK = frozenset({"ru_pk"})

INTEREST_HARM_NAMED = [
    # both parties named: the harm India holds counts for Russia–India, the act keeps its own cue
    ("रूस का यह फैसला भारत के हित में नहीं है", N, A),
    ("रूस पाकिस्तान को टैंक देगा, जो भारत के लिए अच्छा संकेत नहीं माना जा रहा", F, A),
    ("रूस का पाकिस्तान को हथियार देना भारत के हितों के खिलाफ है", F, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), INTEREST_HARM_NAMED)
def test_harm_to_indias_interest_is_russia_acting_against_india(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


INTEREST_HARM_AFTER_ACT = [
    # right after a Russia–Pakistan unit: India alone named, or with the act's own party
    ("दिल्ली के लिए यह घटनाक्रम अच्छा नहीं है", N, A),
    ("यह कदम भारत के हितों के खिलाफ है", N, A),
    ("इससे पाकिस्तानी नौसेना की ताकत बढ़ेगी, जो भारत के हित में नहीं है", F, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), INTEREST_HARM_AFTER_ACT)
def test_harm_to_india_after_a_russia_pakistan_act(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, pair=RU_PK, previous=RU_PK)


def test_only_the_objection_counts_when_the_unit_speaks_of_ru_in_through_it(cb):
    # the growth is the act's (Pakistan's navy), not a favor of Russia–India ties
    result = code("इससे पाकिस्तानी नौसेना की ताकत बढ़ेगी, जो भारत के हित में नहीं है", cb, RU_PK, RU_PK)
    assert "favor cues 0, against cues 1" in result.notes["ru_in"]


def test_harm_asked_about_is_no_act(cb):
    check("क्या यह कदम भारत के हित में नहीं है?", N, N, cb, pair=RU_PK, previous=RU_PK)


def test_no_harm_done_is_reassurance(cb):
    check("रूस ने भारत के हितों के खिलाफ कोई कदम नहीं उठाया", N, F, cb)


def test_harm_to_the_pairs_own_party_is_the_pairs_setback(cb):
    # Pakistan is a party of the story's pair: no worry of India, the older rules decide
    check("पाकिस्तान के लिए यह सौदा अच्छा नहीं रहा", A, N, cb, pair=RU_PK, previous=RU_PK)


def test_a_party_left_out_together_with_a_third_state(cb):
    check("सम्मेलन में भारत और ईरान को न्योता ही नहीं दिया गया", N, A, cb, pair=RU_IN)


def test_a_party_left_out_by_a_third_state_is_not_the_pairs(cb):
    # China convenes here: the partner is named, and it is not Russia
    check("चीन ने उस सम्मेलन में भारत को बुलाया ही नहीं", N, N, cb, pair=RU_IN)


def test_a_party_left_out_as_the_bare_subject_of_a_relative_clause(cb):
    # the nearer coordinated pair (Iran–China) does not take the cue: India is its subject
    check("रूस ने ईरान और चीन के साथ बैठक की, जिसमें भारत सम्मिलित नहीं था", N, A, cb)


def test_drifting_apart_is_strain(cb):
    check("धीरे-धीरे रूस से दूर होता जा रहा है भारत", N, A, cb)


def test_far_from_something_else_is_no_drift(cb):
    check("रूस और भारत के सैनिक सीमा से दूर रहे", N, N, cb)


TALKS_TOWARD_AN_ACT = [
    ("भारत रूस से नए टैंक खरीदने के लिए बातचीत कर रहा है", N, N),
    ("रूस ने पाकिस्तान को गैस बेचने के लिए वार्ता शुरू की", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), TALKS_TOWARD_AN_ACT)
def test_talks_held_toward_an_act_are_merely_discussed(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_the_deal_itself_keeps_its_favor(cb):
    check("भारत और रूस ने नए टैंक खरीदने का सौदा किया", N, F, cb)


def test_a_report_given_takes_its_referents_stance(cb):
    text = "एक रूसी समाचार एजेंसी ने सूत्रों के हवाले से यह खबर दी है।"
    unit = match_cues(text, cb)
    result = inherit_referent(unit, code(text, cb), "reported", {"ru_pk": F, "ru_in": N})
    assert result.stance == {"ru_pk": F, "ru_in": N}
    assert "only attributes its referent" in result.notes["ru_pk"]


def test_explain_names_the_interest_harm_family(cb):
    out = explain("रूस का यह फैसला भारत के हित में नहीं है", cb)
    assert "interest_harm" in out


HARM_DENIED = [
    # the negation stands beyond the window: the phrase of harm denied is reassurance
    ("मॉस्को भारत के हितों को नुकसान पहुंचाने वाला कोई कदम नहीं उठाएगा", N, F),
    ("रूस ने कहा कि पाकिस्तान के साथ उसके सौदे भारत के साथ दोस्ती को नुकसान नहीं पहुंचाएंगे", F, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), HARM_DENIED)
def test_harm_to_the_partner_denied_is_reassurance(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_harm_done_stays_against(cb):
    check("रूसी मंत्री ने माना कि इस फैसले से भारत के हितों को नुकसान पहुंचा है", N, A, cb)


MINDING_THE_PARTNER = [
    # Russia heeding India: its displeasure minded, its ties kept in mind (the objection word inside is
    # the longer phrase's)
    ("रूस आज भी भारत की नाराजगी का पूरा खयाल रखता है", N, F),
    ("भारत के साथ अपने रिश्तों को ध्यान में रखते हुए रूस ने पाकिस्तान को टैंक नहीं बेचे", A, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), MINDING_THE_PARTNER)
def test_the_partners_displeasure_minded_is_favor(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_displeasure_overridden_stays_against(cb):
    check("भारत की नाराजगी के बावजूद रूस ने पाकिस्तान को हथियार दिए", F, A, cb)
