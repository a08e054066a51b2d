"""Stance round 31 (issue #12): sets AK and AL as development text, rules kept only where they recur.

A reason clause ("…, क्योंकि …") says why the main clause holds: the main clause's judgement decides, the
partner named in the reason does not outvote it. An act done even after, or despite, an attack at an Indian
place ("… हमले के बाद भी रूस … पाकिस्तान के साथ …") names India as the party hurt and is done at its cost:
Russia–India against. Staying out of a vote ("मतदान से दूरी बनाई") is a distance from the vote, and a
condemnation that is a resolution's wording is the assembly's: neither is a strain with the partner. Every
sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check, code_article, ru_in

F, A, N = "favor", "against", "none"


# --- a reason clause: the main clause decides ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("नई दिल्ली के लिए यह गहरी चिंता का विषय है, क्योंकि मॉस्को लंबे समय से उसका भरोसेमंद साझेदार रहा है।", A),
        ("भारत के लिए यह करारा झटका माना जा रहा है, क्योंकि रूस उसका सबसे पुराना दोस्त है।", A),
        ("रूस भारत को नाराज़ नहीं करेगा, क्योंकि दोनों देशों के बीच कभी मतभेद भी रहे हैं।", F),
    ],
)
def test_a_reason_clause_leaves_the_main_clause_to_decide(text, value, cb):
    assert ru_in(text, cb) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the main clause holds no cue of the pair: the reason decides, as before
        ("यह ख़बर नई दिल्ली के लिए अहम है, क्योंकि रूस भारत का सबसे बड़ा हथियार आपूर्तिकर्ता है।", F),
        ("चूंकि रूस भारत का पुराना मित्र है, इसलिए यह बैठक अहम मानी जा रही है।", F),
    ],
)
def test_a_reason_clause_decides_when_the_main_clause_has_no_cue(text, value, cb):
    assert ru_in(text, cb) == value


def test_explain_shows_the_reason_clause_set_aside(cb):
    out = explain("भारत के लिए यह बड़ा धक्का है, क्योंकि रूस उसका भरोसेमंद साझेदार रहा है।", cb)
    assert "contrast 'क्योंकि': main clause decides" in out


# --- an act done even after or despite an attack at an Indian place ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "पठानकोट हमले के बाद भी रूस पाकिस्तान के साथ संयुक्त युद्धाभ्यास करेगा।",
        "पुलवामा में आतंकी हमले के बावजूद रूसी दस्ता अभ्यास के लिए पाकिस्तान पहुंच गया।",
        "उड़ी हमले के कुछ ही दिन बाद भी मॉस्को ने इस्लामाबाद के साथ सैन्य अभ्यास शुरू किया।",
    ],
)
def test_an_act_with_pakistan_despite_an_attack_on_india_is_against(text, cb):
    result = check(text, F, A, cb)
    assert "india named by the place" in result.notes["ru_in"]


@pytest.mark.parametrize(
    ("text", "ru_pk", "value"),
    [
        # a time, no concession: the attack names no party (round 16)
        ("पठानकोट हमले के बाद रूस और पाकिस्तान का संयुक्त अभ्यास शुरू हुआ।", F, N),
        # Russia stands by India after the attack: the main clause decides
        ("पुलवामा हमले के बाद भी रूस ने भारत का साथ दिया।", N, F),
        # the attack at a Pakistani place hurts Pakistan, not India
        ("पेशावर हमले के बावजूद रूस पाकिस्तान के साथ अभ्यास करेगा।", F, N),
    ],
)
def test_an_attack_as_a_time_or_elsewhere_names_no_party_hurt(text, ru_pk, value, cb):
    check(text, ru_pk, value, cb)


def test_explain_shows_the_act_despite_the_attack(cb):
    out = explain("पहलगाम हमले के बावजूद रूसी सैनिक पाकिस्तान पहुंचे।", cb)
    assert "हमले के बावजूद" in out and "india named by the place 'पहलगाम'" in out


# --- a vote abstained from, a resolution's words -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "महासभा में पेश प्रस्ताव पर मतदान से भारत ने एक बार फिर दूरी बनाई।",
        "संयुक्त राष्ट्र में रूसी हमले की निंदा करने वाले प्रस्ताव पर भारत ने वोटिंग से किनारा कर लिया।",
        "जनरल असेंबली में रूस के विरुद्ध लाए गए प्रस्ताव पर भारत मतदान से अनुपस्थित रहा।",
    ],
)
def test_a_vote_stayed_out_of_is_no_strain_with_the_partner(text, cb):
    assert ru_in(text, cb) != A


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a distance from the partner itself keeps its reading, also after a vote named as a time
        ("भारत ने पिछले कुछ सालों में रूस से दूरी बना ली है।", A),
        ("मतदान से पहले भारत ने रूस से दूरी बना ली थी।", A),
        # round 24: staying out of a vote against the partner named before it is standing by it
        ("भारत ने रूस के ख़िलाफ़ प्रस्ताव पर मतदान से दूरी बनाए रखी।", F),
    ],
)
def test_a_distance_from_the_partner_keeps_its_reading(text, value, cb):
    assert ru_in(text, cb) == value


def test_explain_shows_the_vote(cb):
    out = explain("सुरक्षा परिषद में प्रस्ताव पर मतदान से भारत ने दूरी बनाई, रूस ने धन्यवाद दिया।", cb)
    assert "is said of a vote ('मतदान से'), not of the partner" in out


def test_a_worry_stated_keeps_its_reading_when_only_its_reason_is_hedged(cb):
    # the potential belongs to the reason clause, not to the worry (round 7's irrealis is the worry's own)
    assert ru_in("नई दिल्ली के लिए यह चिंता की बात है, क्योंकि रूस पर चीन का असर बढ़ सकता है।", cb) == A
    assert ru_in("भारत की चिंता बढ़ सकती है, क्योंकि रूस पाकिस्तान को टैंक दे रहा है।", cb) == N


def test_a_headline_naming_india_is_read_with_the_acts_pair_after_an_attack(cb):
    # the attack's place names India for the unit, not as a pair the story tells: the India-only headline is
    # still read with the story's Russia–Pakistan pair (its blow to India, as before this round)
    first, second = code_article(["भारत को तगड़ा झटका!", "पठानकोट हमले के बाद भी पाकिस्तान के साथ युद्धाभ्यास करेगा रूस"], cb)
    assert first.stance["ru_in"] == A
    assert second.stance == {"ru_pk": F, "ru_in": A}


def test_the_attacked_place_keeps_the_acts_own_cues_off_russia_india(cb):
    # "not postponed" is the drill's (Russia–Pakistan); India is named only as the place attacked
    assert ru_in("पाकिस्तान में रूसी सैनिकों का अभ्यास शुरू, पठानकोट हमले के बाद भी नहीं टला कार्यक्रम", cb) == A


@pytest.mark.parametrize(
    "text",
    [
        "पठानकोट हमले के बाद भी नहीं रुका रूस, पाकिस्तान के साथ करेगा सैन्य अभ्यास",
        "पुलवामा हमले के बावजूद रूस ने पाकिस्तान के साथ अभ्यास रद्द नहीं किया।",
        "नई दिल्ली की आपत्ति के बावजूद रूस ने पाकिस्तान को हेलिकॉप्टरों की बिक्री नहीं रोकी।",
    ],
)
def test_the_main_verbs_negation_leaves_the_concession_alone(text, cb):
    assert ru_in(text, cb) == A


def test_a_vote_in_another_clause_leaves_the_partners_thanks(cb):
    assert ru_in("महासभा में वोटिंग से भारत फिर दूर, मॉस्को ने जताया आभार", cb) == F


def test_the_act_with_another_state_after_the_concession_is_that_pairs(cb):
    # India named again (in a question): the drill "not cancelled" is the act with Pakistan, not Russia–India's
    text = "पठानकोट हमले के बाद भी रूस ने नहीं रद्द किया पाकिस्तान के साथ युद्धाभ्यास, भारत नाराज?"
    result = check(text, F, A, cb)
    assert "the act done despite the attack is another pair's" in result.notes["ru_in"]
