"""Stance round 14 (issue #12): kinds that recur over the development sets Q and R and earlier sets.

Read by family and structure (counted in docs/stance_error_analysis.md): a delivery or a visit that
slipped to a later date (खिसकना, the postponement family), the ties or a deal declared unaffected
with the negation inside the verb phrase ("प्रभावित नहीं होगा": reassurance), and the balance of
trade tilted toward one party ("संतुलन … के पक्ष में": the trade set back, not support). Every
sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"

SLIPPED = [
    # done, to come, possible; the causative; a date or "आगे" before it
    ("पाकिस्तान को रूसी हेलीकॉप्टरों की आपूर्ति अगले साल तक खिसक गई है।", A, N),
    ("रूस और भारत की शिखर बैठक अब दिसंबर तक खिसक सकती है।", N, A),
    ("रूस और भारत ने विदेश मंत्रियों की बैठक आगे खिसका दी।", N, A),
    ("भारत को रूसी टैंकों की खेप फिर खिसक चुकी है।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), SLIPPED)
def test_a_delivery_or_meeting_slipped_is_postponed(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_explain_names_the_slip(cb):
    text = "रूस और भारत की शिखर बैठक अब दिसंबर तक खिसक सकती है।"
    assert code(text, cb).stance["ru_in"] == A
    assert "खिसक सकती (cancellation_postponement)" in explain(text, cb)


UNAFFECTED = [
    # the negation inside the verb phrase, every tense: the ties declared untouched (reassurance)
    ("रूसी राजदूत ने कहा कि इस फैसले से भारत के साथ रक्षा सहयोग प्रभावित नहीं होगा।", N, F),
    ("पाकिस्तान के साथ रूस का व्यापार प्रतिबंधों के बावजूद प्रभावित नहीं हुआ।", F, N),
    ("भारत और रूस की ऊर्जा साझेदारी किसी भी हाल में प्रभावित नहीं होती।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), UNAFFECTED)
def test_ties_declared_unaffected_are_reassurance(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_ties_affected_stay_a_strain(cb):
    # no negation: the ties hurt, as before this round
    check("प्रतिबंधों की वजह से रूस और भारत का व्यापार प्रभावित हुआ है।", N, A, cb)


TILTED = [
    # the balance of trade toward one party: the trade set back, whichever register or phrase
    ("भारत-रूस व्यापार का संतुलन रूस के पक्ष में झुका हुआ है।", N, A),
    ("रूस और पाकिस्तान के बीच तिजारत का तवाज़ुन पूरी तरह रूस के हक़ में है।", A, N),
    ("भारत और रूस के कारोबार का बैलेंस रूस की ओर झुका है।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), TILTED)
def test_trade_balance_tilted_is_against(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_support_in_favour_of_a_party_stays_favor(cb):
    # "के पक्ष में" with no balance before it is still support
    check("रूस ने सुरक्षा परिषद में भारत के पक्ष में मतदान किया।", N, F, cb)


def test_explain_names_the_tilted_balance(cb):
    text = "भारत-रूस व्यापार का संतुलन रूस के पक्ष में झुका हुआ है।"
    assert "संतुलन … के पक्ष में (payment)" in explain(text, cb)


OTHER_SIDE = [
    # a strain or closeness noun takes its other side with से: a third state there is who the
    # distance is from, not a strain of the pair the unit names
    ("जानकारों के अनुसार वाशिंगटन से बढ़ती दूरी के बीच पाकिस्तान रूस की तरफ झुक रहा है।", F, N),
    ("अमेरिका से पाकिस्तान के मतभेद गहराए, और रूस के साथ उसकी नजदीकियां बढ़ीं।", F, N),
    ("चीन से भारत के तनाव के दौर में रूस भारत का भरोसेमंद दोस्त बना रहा।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), OTHER_SIDE)
def test_a_third_state_before_se_is_the_other_side_of_the_strain(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


OWN_SIDE = [
    # a party of the target before से: the strain is the target's own
    ("भारत से रूस की दूरी बढ़ती जा रही है।", N, A),
    ("पाकिस्तान से रूस के मतभेद खुलकर सामने आए।", A, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), OWN_SIDE)
def test_the_targets_own_party_before_se_keeps_the_strain(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_explain_names_the_other_side(cb):
    text = "जानकारों के अनुसार वाशिंगटन से बढ़ती दूरी के बीच पाकिस्तान रूस की तरफ झुक रहा है।"
    assert "a third state (its other side)" in code(text, cb).notes["ru_pk"]
    assert "की तरफ झुक रहा (closeness)" in explain(text, cb)


TILT_AS_A_VERB = [
    # the tilt as a verb, a possessive inside the noun phrase, moving closer
    ("पाकिस्तान धीरे-धीरे रूस की ओर झुक गया।", F, N),
    ("रूस की ओर उसका झुकाव साफ दिखता है, यह पाकिस्तान के सेना प्रमुख के दौरे से जाहिर हुआ।", F, N),
    ("भारत अब रूस के और नजदीक जा रहा है।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), TILT_AS_A_VERB)
def test_the_tilt_toward_a_party_as_a_verb_is_closeness(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


OPPOSITION_DENIED = [
    # a phrase of opposition is an adverbial of the clause's verb: the verb's negation denies it,
    # words between (harm to India denied is reassurance)
    ("रूस ने सुरक्षा परिषद में भारत के खिलाफ कोई प्रस्ताव कभी पेश नहीं किया।", N, F),
    ("मॉस्को हिंदुस्तान के विरुद्ध अपने हथियार इस्तेमाल नहीं होने देगा, रूसी दूत ने कहा।", N, F),
    ("रूस कभी भी भारत की कीमत पर कोई फैसला नहीं लेगा।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), OPPOSITION_DENIED)
def test_opposition_to_india_under_a_negated_verb_is_denied(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_opposition_not_negated_stands(cb):
    # the negation is in another clause: the opposition stands
    check("रूस ने भारत के खिलाफ वीटो का इस्तेमाल किया, लेकिन कोई बयान नहीं दिया।", N, A, cb)


def test_explain_names_the_adverbial(cb):
    text = "रूस ने सुरक्षा परिषद में भारत के खिलाफ कोई प्रस्ताव कभी पेश नहीं किया।"
    assert "an adverbial of opposition" in code(text, cb).notes["ru_in"]


NOTHING_GAINED = [
    # a visit or a deal that brought one party nothing, and hopes dashed in headline order (setback)
    ("रूस के साथ हुए इस करार से पाकिस्तान को कुछ भी हासिल नहीं हुआ।", A, N),
    ("मॉस्को गए पाकिस्तानी वित्त मंत्री खाली हाथ लौटे, रूस ने कर्ज पर कोई वादा नहीं किया।", A, N),
    ("रूस से सस्ते हथियारों की भारत की उम्मीदों पर फिरा पानी", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), NOTHING_GAINED)
def test_nothing_gained_is_a_setback(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_state_inside_a_place_name_is_no_party(cb):
    # "पाक-अधिकृत कश्मीर" names a region (PoK), not Pakistan as a party to the ties
    for text in (
        "रूसी दूतावास ने कहा कि अभ्यास पाक-अधिकृत कश्मीर में नहीं होगा।",
        "रूस पाकिस्तान के कब्जे वाले कश्मीर में कोई परियोजना नहीं लगाएगा।",
        "रूसी अधिकारी ने बताया कि मश्क़ पाक अधिकृत कश्मीर से दूर होगी।",
    ):
        result = code(text, cb)
        assert not result.about["ru_pk"], (text, result.notes)
        assert "not named: pakistan" in result.notes["ru_pk"]


def test_the_state_named_again_as_a_party_still_counts(cb):
    # Pakistan named on its own as well: the pair's drill is spoken of
    check("रूस और पाकिस्तान का संयुक्त अभ्यास पाकिस्तान-अधिकृत कश्मीर से दूर होगा।", F, N, cb)
