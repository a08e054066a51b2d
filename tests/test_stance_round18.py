"""Stance round 18 (issue #12): family gaps that recur in sets W and X and in earlier rounds.

Every sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check

F, A, N = "favor", "against", "none"

STRAIN_NOT_REMOVED = [
    # the strain's ending negated: the strain stands (the नहीं no longer flips the noun to favor)
    ("भारत और रूस के बीच व्यापार नियमों पर मतभेद अब तक दूर नहीं हो पाए हैं।", N, A),
    ("रूस और पाकिस्तान के रिश्तों में अविश्वास पूरी तरह खत्म नहीं हुआ है।", A, N),
    ("मॉस्को और नई दिल्ली के बीच भुगतान पर गतिरोध हल नहीं हो सका।", N, A),
    # the same ending, not negated, stays the strain overcome (round 15)
    ("भारत और रूस के बीच पुरानी गलतफहमियां अब दूर हो चुकी हैं।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), STRAIN_NOT_REMOVED)
def test_a_strain_not_removed_stands(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


PRESSURE_INEFFECTIVE = [
    # a third state's threat or pressure on the ties made ineffective: the ties hold
    ("पश्चिमी दबाव बेअसर, भारत और रूस ने तेल करार आगे बढ़ाया", N, F),
    ("अमेरिकी प्रतिबंधों की धमकी बेअसर रही और रूस ने पाकिस्तान को गेहूं भेजा।", F, N),
    # a party's objection made ineffective is overridden: it stays an objection (against)
    ("पाकिस्तान को रूसी हेलीकॉप्टर: भारत का विरोध बेअसर", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), PRESSURE_INEFFECTIVE)
def test_pressure_made_ineffective_is_ties_holding(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


FAMILY_GAPS = [
    # a risk "for X" (beside खतरा): the tatsam जोखिम, read by whose it is
    ("विशेषज्ञ कहते हैं कि रूस पर ज्यादा निर्भरता भारत के लिए जोखिम है।", N, A),
    ("जानकारों के मुताबिक रूस की नई नीति पाकिस्तान के लिए बड़ा जोखिम बन गई है।", A, N),
    # the tatsam अनुकूल negated beside "हित में नहीं"
    ("रूस का यह फैसला भारत के हितों के अनुकूल नहीं माना जा रहा।", N, A),
    # prospects low, the tatsam संभावना beside आसार/उम्मीद (round 17)
    ("रूस से पाकिस्तान को लड़ाकू विमान मिलने की संभावना कम है।", A, N),
    # the adjective beside the noun असंतोष
    ("मॉस्को नई दिल्ली के नए नियमों से असंतुष्ट बताया जा रहा है।", N, A),
    # talks or efforts come to a halt (the verb beside the noun ठहराव)
    ("रूस और पाकिस्तान के बीच गैस पाइपलाइन पर बातचीत ठहर गई है।", A, N),
    # an appeal left unheard, a demonstrative between (round 6 had "अनुरोध अनसुना")
    ("रूस ने पाकिस्तान की उस मांग को अनसुना कर दिया।", A, N),
    # valued: a game changer, a pillar of the ties, a meeting called pleasant
    ("रूसी हथियार प्रणाली भारत की सेना के लिए गेम चेंजर साबित होगी, दोनों देशों ने करार किया।", N, F),
    ("ऊर्जा सहयोग रूस-भारत रिश्तों का अहम स्तंभ है।", N, F),
    ("पुतिन ने कहा कि भारत के प्रधानमंत्री से मिलना सुखद रहा।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), FAMILY_GAPS)
def test_family_gaps_of_the_language(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


NOT_REACHED = [
    # a plain column (स्तंभ alone is also a newspaper column), a likelihood that is not low,
    # a halt in a visitor's stay, an ordinary "ineffective" medicine
    ("इस स्तंभ में रूस और भारत के संबंधों का इतिहास बताया गया है।", N, N),
    ("रूस और भारत के विदेश मंत्रियों की अगले महीने मुलाकात की संभावना है।", N, N),
    ("रूसी प्रतिनिधिमंडल दिल्ली के एक होटल में ठहरा, भारत के अधिकारियों से मिला।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), NOT_REACHED)
def test_near_misses_stay_none(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_explain_names_the_negated_strain_and_the_ineffective_threat(cb):
    strain = explain("भारत और रूस के बीच मतभेद दूर नहीं हो सके।", cb)
    assert "मतभेद* … दूर नहीं हो* (strain)" in strain
    threat = explain("अमेरिका की धमकी बेअसर, भारत ने रूस से तेल खरीदा।", cb)
    assert "धमकी* … बेअसर (commitment)" in threat


DEAL_CONCLUDED = [
    # the story's deal referred back, concluded at an occasion, place or year, or right after the noun
    ("यह समझौता रूसी विदेश मंत्री की दिल्ली यात्रा के दौरान भारत के साथ हुआ।", N, F),
    ("पिछले महीने कराची में रूस और पाकिस्तान के अधिकारियों के बीच यह करार हुआ।", F, N),
    ("ये सौदे मॉस्को में पाकिस्तानी रक्षा सचिव और रूसी उप मंत्री के बीच हुए।", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DEAL_CONCLUDED)
def test_the_story_deal_concluded_is_agreement(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


DEAL_NOT_CONCLUDED = [
    # timing against another event is none (v1.1); talk about the deal took place, not the deal
    ("यह सौदा भारत-पाक तनाव के कुछ ही हफ्ते बाद हुआ है, रूस और पाकिस्तान दोनों चुप हैं।", N, N),
    ("इस समझौते पर रूस और भारत के बीच लंबी चर्चा हुई।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DEAL_NOT_CONCLUDED)
def test_the_story_deal_timed_discussed_or_not_made(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)
