"""Stance round 17 (issue #12): kinds that recur in sets U and V and in earlier rounds.

Every sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import check, code

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})
RU_PK = frozenset({"ru_pk"})

SOLIDARITY = [
    # a party of the pair (the agent before ने) condemns a particular attack: solidarity, favor
    ("रूस के राष्ट्रपति ने भारत में हुए आतंकी हमले की कड़ी निंदा की।", N, F),
    ("रूसी विदेश मंत्री ने मुंबई में हुए बम धमाकों की निंदा की और भारत को हर मदद का भरोसा दिया।", N, F),
    ("पाकिस्तान के प्रधानमंत्री ने मॉस्को में हुए हमले की कड़ी भर्त्सना की।", F, N),
    ("Russia's foreign ministry condemned the attack in India in the strongest terms.", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), SOLIDARITY)
def test_a_party_condemning_an_attack_is_solidarity(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


NO_SOLIDARITY = [
    # terrorism in general, not a particular attack: no stance (round 7)
    ("रूस ने भारत के साथ बातचीत में आतंकवाद की निंदा की।", N, N),
    # no agent (a passive, a declaration): no party condemns
    ("सम्मेलन के साझा घोषणापत्र में भारत और रूस का नाम लेकर किसी हमले की निंदा नहीं थी।", N, N),
    # the condemner is a third state
    ("अमेरिका ने भारत में हुए हमले की निंदा की, रूस ने भी बयान जारी किया।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), NO_SOLIDARITY)
def test_no_party_condemning_a_particular_attack_is_no_solidarity(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_the_story_pair_is_the_struck_partner(cb):
    # one party named; in a Russia–India story the attack struck the story's other party
    check("रूसी राष्ट्रपति ने फोन पर हुए आतंकी हमले की कड़ी निंदा की।", N, F, cb, pair=RU_IN)


def test_an_attack_at_a_place_of_a_third_state_is_not_the_story_partner(cb):
    # a Russia–Pakistan story; the attack at an Indian place (Chennai) struck India, not Pakistan
    result = code("रूसी विदेश मंत्रालय ने चेन्नई में हुए धमाके की निंदा की।", cb, pair=RU_PK)
    assert result.stance["ru_pk"] == N


def test_explain_names_the_solidarity_rule(cb):
    result = code("रूस के राष्ट्रपति ने भारत में हुए आतंकी हमले की कड़ी निंदा की।", cb)
    assert "a party of the pair condemns an attack, solidarity with its partner" in result.notes["ru_in"]


def test_a_partys_own_attack_condemned_is_no_solidarity(cb):
    # India condemning Russia's attack on a third state is not solidarity with Russia
    result = code("भारत ने यूक्रेन के शहर पर रूस के हमले की निंदा की।", cb)
    assert result.stance["ru_in"] != F
    result = code("India condemned Russia's attack on the Ukrainian city.", cb)
    assert result.stance["ru_in"] != F


REGISTERS_AND_INFLECTIONS = [
    # a stop negated in the feminine perfective (रोकी beside रोका): the supply goes on, favor
    ("संकट के दौरान भी रूस ने भारत को कच्चे तेल की आपूर्ति नहीं रोकी।", N, F),
    # the stop itself, not negated: against
    ("रूस ने पाकिस्तान को गेहूं की आपूर्ति रोकी।", A, N),
    # Urdu रद्द-ए-अमल (reaction) is speech, not a cancellation
    ("रूस ने पाकिस्तान के बयान पर अपना रद्द-ए-अमल ज़ाहिर किया।", N, N),
    # Urdu मुस्तरद (rejected) with words between the request and the verb
    ("रूस ने भारत की यह गुज़ारिश फ़िलहाल मुस्तरद कर दी।", N, A),
    # Urdu registers of favor: a new stage (मंज़िल), valued (क़द्र करना), in the interest (मफ़ाद में)
    ("रूस और पाकिस्तान का तआवुन एक नई मंज़िल पर है।", F, N),
    ("रूस भारत की कुर्बानियों की क़द्र करता है।", N, F),
    ("रूस के साथ यह समझौता पाकिस्तान के मफ़ाद में है।", F, N),
    # its negation stays the interest denied (interest_harm's longer phrase)
    ("रूस की यह नीति पाकिस्तान के मफ़ाद में नहीं है।", A, N),
    # not beyond a point; prospects and hopes low: the ties limited
    ("रूस पाकिस्तान के साथ रक्षा रिश्तों को एक हद से आगे नहीं बढ़ाएगा।", A, N),
    ("रूस और भारत के बीच नए परमाणु करार के आसार कम हैं।", N, A),
    ("पाकिस्तान को रूस से लड़ाकू विमानों की उम्मीद कम है।", A, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REGISTERS_AND_INFLECTIONS)
def test_registers_and_inflections_of_the_families(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


FORMAL_IS_NOT_MERELY_FORMAL = [
    # "formal" is a neutral fact of a meeting (codebook: "first visit in nine years" is none)
    ("रूस और भारत के नेताओं की यह तीन साल में पहली औपचारिक बैठक है।", N, N),
    ("पुतिन और शरीफ़ के बीच औपचारिक वार्ता के बाद भोज हुआ।", N, N),
    # merely formal, in both registers: the ties limited
    ("रूस और पाकिस्तान के रिश्ते अब भी महज़ औपचारिक हैं।", A, N),
    ("रूस के साथ भारत के संबंध केवल रस्मी रह गए हैं।", N, A),
    # no longer merely formal: the limit negated
    ("रूस और पाकिस्तान का रिश्ता अब सिर्फ़ रस्मी नहीं रहा।", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), FORMAL_IS_NOT_MERELY_FORMAL)
def test_formal_is_not_merely_formal(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


RESTRICTED_AMOUNTS = [
    # an amount restricted: the supply is there, the ties portrayed as limited
    ("भारत को अब तक रूस से सिर्फ दो पनडुब्बियां मिली हैं।", N, A),
    ("रूस ने पाकिस्तान को केवल चार लड़ाकू हेलिकॉप्टर दिए हैं।", A, N),
    ("Russia has supplied only two helicopters to Pakistan so far.", A, N),
    # not only … but also: no restriction
    ("रूस ने भारत को न सिर्फ दो पनडुब्बियां दीं बल्कि तकनीक भी सौंपी।", N, F),
    # a span of time is how fast, not how much
    ("रूस और पाकिस्तान के बीच सिर्फ दो साल में व्यापार दोगुना हो गया।", F, N),
    # the supply itself, unrestricted
    ("भारत को रूस से चार पनडुब्बियां मिली हैं।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), RESTRICTED_AMOUNTS)
def test_a_restricted_amount_is_the_ties_limited(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_subjunctive_receiving_is_no_supply(cb):
    # "… कि भारत को सस्ता तेल मिले" is a wish, not oil received
    check("जयशंकर ने कहा कि हमारी कोशिश है कि भारत को रूस से सस्ता तेल मिले।", N, N, cb)


def test_explain_names_the_restriction(cb):
    result = code("रूस ने पाकिस्तान को केवल चार लड़ाकू हेलिकॉप्टर दिए हैं।", cb)
    assert "'केवल चार' restricts" in result.notes["ru_pk"]


def test_a_party_named_only_in_a_concession_is_not_the_acts_partner(cb):
    # India is named in "despite India's objection"; the drill in the main clause is Russia–Pakistan's
    check("भारत की आपत्ति के बावजूद रूसी नौसेना का दस्ता संयुक्त अभ्यास के लिए कराची पहुंचा।", F, A, cb)
    check("नई दिल्ली की आपत्ति के बावजूद रूस के सैनिक साझा अभ्यास के लिए पाकिस्तान पहुंचे।", F, A, cb)


def test_a_pair_named_in_a_between_phrase_keeps_its_predicate(cb):
    # "के बीच" is background but names the pair itself: the growth stays Russia–Pakistan's
    result = code("रूस और पाकिस्तान के बीच बढ़ती नजदीकी भारत के लिए चिंता का विषय है।", cb)
    assert result.stance["ru_pk"] == F


FAMILY_GAPS = [
    # built with the partner's cooperation: cooperation done, not talked of
    ("रूस के सहयोग से बना यह बिजलीघर भारत में सबसे बड़ा है।", N, F),
    ("पाकिस्तान में रूस के तकनीकी सहयोग से निर्मित इस्पात कारखाना फिर चालू हुआ।", F, N),
    # the relation noun alone, talked of, stays none (v1.1)
    ("रूस और भारत के बीच परमाणु सहयोग पर चर्चा हुई।", N, N),
    # the tatsam friendship noun and the leaders' hug
    ("भारत-रूस मैत्री दशकों पुरानी है।", N, F),
    ("मॉस्को में मोदी-पुतिन की झप्पी, रिश्तों में नई गर्मी।", N, F),
    # support withheld in the subjunctive negation
    ("विशेषज्ञों के अनुसार संकट में रूस शायद भारत का साथ न दे।", N, A),
    # stalled for years
    ("रूस और पाकिस्तान की गैस परियोजना बरसों तक रुकी रही।", A, N),
    # credit extended (hyphenated), the goal restated
    ("भारत ने रूस के सुदूर पूर्व के लिए ऋण-सुविधा की घोषणा की।", N, F),
    ("भारत और रूस ने व्यापार बढ़ाने का लक्ष्य दोहराया।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), FAMILY_GAPS)
def test_gaps_in_the_families(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


UNANSWERED = [
    # a partner's request, appeal or invitation left unanswered or paid no heed: refusal
    ("रूस ने पाकिस्तान के न्योते पर कोई जवाब नहीं दिया।", A, N),
    ("मॉस्को ने नई दिल्ली की गुज़ारिश को कोई तवज्जो नहीं दी।", N, A),
    # a visit declared not possible: cancelled
    ("रूसी राष्ट्रपति की पाकिस्तान यात्रा संभव नहीं है।", A, N),
    # questions left unanswered are speech, not a refusal of the partner
    ("रूसी राजदूत ने भारत से जुड़े पत्रकारों के सवालों का कोई जवाब नहीं दिया।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), UNANSWERED)
def test_a_request_left_unanswered_is_refused(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)
