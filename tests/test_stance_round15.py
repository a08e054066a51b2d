"""Stance round 15 (issue #12): kinds that recur over the development sets S and T and earlier sets.

Read by family and structure (counted in docs/stance_error_analysis.md): a third state named only as
the cause of what befalls the story's pair ("यूक्रेन युद्ध के कारण": an event's name, not a party); the
ties declared untouched with the cause as a demonstrative between ("पर इसका कोई असर नहीं") or the idiom
आंच; a delivery not on time ("तय समय पर नहीं": a delay); refraining (Urdu गुरेज़/परहेज़) as the negation of
what it governs; the heeding phrase's own words ("के डर से") no second objection; the ties' adjective after a
manner adverb ("असाधारण रूप से स्थिर"); the spelling साझीदार. Every sentence here was written for the
tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from analysis.cues import group_positions, match_cues, named_mentions
from analysis.stance import epithet_party
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})
RU_PK = frozenset({"ru_pk"})

EVENT_AS_CAUSE = [
    # no party named; a third state only as the name of the event that causes the setback
    ("यूक्रेन युद्ध के कारण हथियारों की आपूर्ति फिर टल गई है।", RU_IN, N, A),
    ("टैंकों की खेप में फिर देरी, यूक्रेन संकट का असर", RU_IN, N, A),
    ("यूक्रेन जंग की वजह से हेलीकॉप्टरों की डिलीवरी रुक गई है।", RU_PK, A, N),
]


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), EVENT_AS_CAUSE)
def test_a_state_named_as_the_cause_event_is_no_party(text, pair, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, pair=pair)


def test_a_state_named_as_time_or_topic_still_blocks_the_story_pair(cb):
    # "के बीच" (amid) and "पर" (about) are no cause: the unit still names a third state
    check("यूक्रेन युद्ध के बीच हथियारों की आपूर्ति फिर टल गई है।", N, N, cb, pair=RU_IN)
    check("यूक्रेन संकट पर बातचीत फिर टल गई है।", N, N, cb, pair=RU_IN)


def test_a_partys_own_war_keeps_the_party(cb):
    # Russia is a party of the target: "रूस-यूक्रेन युद्ध" still names Russia
    result = code("रूस-यूक्रेन युद्ध के कारण भारत को रूसी हथियारों की आपूर्ति टल गई है।", cb)
    assert result.stance["ru_in"] == A
    assert result.about["ru_in"]


def test_explain_names_the_story_pair_through_the_cause(cb):
    result = code("यूक्रेन युद्ध के कारण हथियारों की आपूर्ति फिर टल गई है।", cb, pair=RU_IN)
    assert "story's pair" in result.notes["ru_in"]


UNTOUCHED = [
    # the cause as a demonstrative's genitive between the postposition and the negated effect
    ("रूसी राजदूत ने कहा कि भारत और रूस के रिश्तों पर इसका कोई असर नहीं होगा।", N, F),
    ("पाकिस्तान और रूस के संबंधों पर उसका असर नहीं पड़ेगा।", F, N),
    ("भारत के मंत्री ने कहा कि रूस के साथ दोस्ती पर इसका कोई प्रभाव नहीं पड़ेगा।", N, F),
    # the idiom आंच (heat: harm) beside असर
    ("भारत और रूस की दोस्ती पर कोई आंच नहीं आएगी।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), UNTOUCHED)
def test_ties_declared_untouched_are_reassurance(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_ties_touched_stay_a_strain(cb):
    # without the negation the effect on the ties is no reassurance
    check("भारत और रूस के रिश्तों पर इसका बुरा असर पड़ेगा।", N, A, cb)


NOT_ON_TIME = [
    ("रूस से भारत को मिलने वाले टैंकों की खेप तय समय पर नहीं पहुंचेगी।", N, A),
    ("रूस पाकिस्तान को हेलीकॉप्टरों की आपूर्ति समय पर नहीं कर सका।", A, N),
    ("रूस भारत को पुर्जे निर्धारित समय पर नहीं दे पा रहा है।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), NOT_ON_TIME)
def test_a_delivery_not_on_time_is_a_delay(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_delivery_on_time_stays_favor(cb):
    check("रूस ने भारत को टैंकों की आपूर्ति तय समय पर पूरी की।", N, F, cb)


def test_explain_names_the_delay(cb):
    text = "रूस से भारत को मिलने वाले टैंकों की खेप तय समय पर नहीं पहुंचेगी।"
    assert "तय समय पर नहीं (cancellation_postponement)" in explain(text, cb)


REFRAINING = [
    # refraining governs what it refrains from: a supply refrained from is no supply
    ("रूस पाकिस्तान को लड़ाकू विमान बेचने से गुरेज़ करता है।", A, N),
    ("रूस ने पाकिस्तान को टैंक देने से परहेज किया।", A, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REFRAINING)
def test_refraining_negates_what_it_governs(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


HEEDED_FOR_FEAR = [
    # the fear phrase itself is the heeding, not a second worry at Russia's act
    ("जानकार कहते हैं कि रूस भारत की नाराजगी के डर से पाकिस्तान को टैंक देने से गुरेज़ करता है।", A, F),
    ("रूस ने भारत के ऐतराज के डर से पाकिस्तान को हथियार बेचने से परहेज किया।", A, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), HEEDED_FOR_FEAR)
def test_the_fear_phrase_is_the_heeding_not_a_second_worry(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_worry_outside_the_heeding_still_counts(cb):
    # India's worry with no heeding phrase: Russia acting against its interests (round 7)
    check("रूस के पाकिस्तान को टैंक देने से भारत की चिंता बढ़ी है।", F, A, cb)


MANNER_ADVERB = [
    ("भारत और रूस के संबंध असाधारण रूप से स्थिर रहे हैं।", N, F),
    ("पाकिस्तान और रूस के रिश्ते अभूतपूर्व रूप से मजबूत हुए हैं।", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), MANNER_ADVERB)
def test_the_ties_adjective_after_a_manner_adverb_is_closeness(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_the_spelling_sajhidar_is_a_partner(cb):
    check("भारत ने कहा कि रूस उसका सबसे बड़ा रक्षा साझीदार है।", N, F, cb)
    assert "साझीदार* (closeness)" in explain("भारत ने कहा कि रूस उसका सबसे बड़ा रक्षा साझीदार है।", cb)


STRAIN_OVERCOME = [
    # a strain of the past left behind, removed, ended or melted: the ties warming
    ("रूस और पाकिस्तान पुरानी कटुता को पीछे छोड़ चुके हैं।", F, N),
    ("भारत और रूस के बीच की गलतफहमियां अब दूर हो गई हैं।", N, F),
    ("रूस और पाकिस्तान के रिश्तों में जमी बर्फ अब पिघल रही है।", F, N),
    ("रूस और पाकिस्तान शीत युद्ध की दुश्मनी भुलाकर साथ आए।", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), STRAIN_OVERCOME)
def test_a_strain_overcome_is_the_ties_warming(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_strain_not_overcome_stays_a_strain(cb):
    check("रूस और पाकिस्तान के बीच कटुता अब भी बनी हुई है।", A, N, cb)
    check("भारत और रूस के बीच की गलतफहमियां बढ़ गई हैं।", N, A, cb)


def test_the_variant_dhachka_is_a_blow(cb):
    check("जानकार इसे रूस और पाकिस्तान के रिश्तों के लिए बड़ा धचका मानते हैं।", A, N, cb)


def test_ties_untouched_with_no_state_named_are_the_story_pairs(cb):
    # a reassurance is about ties by what it says: with no state named, the story's pair's
    check("मंत्री ने कहा कि इस विवाद से समग्र संबंधों पर कोई आंच नहीं आएगी।", N, F, cb, pair=RU_IN)
    check("मंत्री ने कहा कि इस विवाद से समग्र संबंधों पर कोई आंच नहीं आएगी।", F, N, cb, pair=RU_PK)
    # with no story pair there is nothing to carry
    check("मंत्री ने कहा कि इस विवाद से समग्र संबंधों पर कोई आंच नहीं आएगी।", N, N, cb)


VALUED = [
    ("रूस ने कहा कि पाकिस्तान के साथ दोस्ती उसके लिए बहुत मायने रखती है।", F, N),
    ("भारत और रूस का अंतरिक्ष सहयोग दोनों देशों की बड़ी उपलब्धि है।", N, F),
    ("भारत के मंत्री ने कहा कि रूस के साथ ऊर्जा सहयोग भारत के विकास में सहायक है।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), VALUED)
def test_ties_valued_as_mattering_an_achievement_or_helpful(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_an_assistant_is_no_help(cb):
    # सहायक alone is also a title ("सहायक सचिव"): no benefit
    check("रूस के सहायक विदेश मंत्री भारत पहुंचे।", N, N, cb)


EPITHET = [
    # the epithet names the story pair's other party; "अब" and a third state: drifting
    ("विपक्ष ने कहा कि भारत का सबसे पुराना मित्र अब पाकिस्तान को टैंक दे रहा है।", RU_IN, F, A),
    # no turn: the epithet's own words and the supply count for the pair
    ("पाकिस्तान का सबसे नया दोस्त उसे हेलीकॉप्टर भी दे रहा है।", RU_PK, F, N),
]


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), EPITHET)
def test_an_epithet_names_the_story_pairs_other_party(text, pair, ru_pk, ru_in, cb):
    result = check(text, ru_pk, ru_in, cb, pair=pair)
    other = {"ru_in": "ru_in", "ru_pk": "ru_pk"}[next(iter(pair))]
    assert result.about[other]


def test_an_epithet_with_its_state_named_is_that_states(cb):
    # the friend named after the noun, or before the possessor: no epithet of the story's party
    assert not code("भारत का सबसे बड़ा साझेदार अमेरिका है।", cb, pair=RU_IN).about["ru_in"]
    assert not code("अमेरिका अब भी भारत का सबसे बड़ा साझेदार है।", cb, pair=RU_IN).about["ru_in"]


def _epithet_groups(text, cb, pairs=("ru_in",)):
    unit = match_cues(text, cb)
    groups = group_positions(named_mentions(unit), cb)
    return epithet_party(unit, groups, cb.targets, pairs, cb.stance)


def test_a_persons_aide_or_plural_friends_are_no_epithet(cb):
    # the epithet adds no party: an aide of a person, friends in the plural, a noun qualified
    assert "russia" not in _epithet_groups("भारत के सहयोगी देशों ने बयान जारी किया।", cb)
    assert "russia" not in _epithet_groups("भारत के मित्रों ने बयान जारी किया।", cb)
    assert "india" not in _epithet_groups("पुतिन के सहयोगी ने यह जानकारी दी।", cb)
    assert "russia" in _epithet_groups("भारत का सबसे पुराना मित्र अब पाकिस्तान को टैंक दे रहा है।", cb)


def test_no_epithet_without_a_story_pair(cb):
    assert not code("भारत का सबसे पुराना मित्र अब पाकिस्तान को टैंक दे रहा है।", cb).about["ru_in"]


def test_disagreement_in_the_urdu_register_is_a_strain(cb):
    check("रूस और पाकिस्तान के दरमियान तेल के मुआहिदे पर इख़्तिलाफ़ात बरकरार हैं।", A, N, cb)
    check("रूस और पाकिस्तान ने पुराने इख़्तिलाफ़ात को पीछे छोड़ दिया है।", F, N, cb)


MONEY_AND_TRADE = [
    # the money itself stuck, and trade in crisis: the ties set back (a payment needs its payee)
    ("रूस ने माना कि भारत में उसके करोड़ों रुपये अटके पड़े हैं।", N, A),
    ("पाकिस्तान और रूस के गेहूं कारोबार पर संकट के बादल हैं।", A, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), MONEY_AND_TRADE)
def test_money_stuck_and_trade_in_crisis_are_set_back(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_an_amount_with_no_problem_is_no_setback(cb):
    # a deal's value in rupees is a figure, not a payment problem
    check("भारत और रूस के बीच हुआ यह सौदा 500 करोड़ रुपये का है।", N, N, cb)


def test_a_resolution_is_no_agreement(cb):
    # करारदाद (Urdu: a resolution) is not करार (an agreement); करारों still is
    assert code("पाकिस्तान ने रूस पर करारदाद का मसौदा पढ़ा।", cb).stance["ru_pk"] == N
    check("रूस और पाकिस्तान ने कई करारों पर दस्तखत किए।", F, N, cb)


def test_squadrons_given_are_a_supply(cb):
    # a unit of a weapon system as the goods, the system's name in Latin script or Devanagari
    check("समझौते के तहत रूस भारत को तीन S-400 स्क्वाड्रन भेजेगा।", N, F, cb)
    check("रूस पाकिस्तान को दो स्क्वॉड्रन देगा।", F, N, cb)


def test_however_after_the_clauses_first_words_subordinates_nothing(cb):
    # "हालांकि" after the topic is the adverb "however": its clause is the main clause
    check("भारत और रूस के नए समझौते पर हालांकि हस्ताक्षर नहीं हो सके।", N, A, cb)
    # the concessive that opens its clause still backgrounds it: the main clause after the comma decides
    check("हालांकि रूस और भारत के बीच मतभेद रहे, लेकिन दोनों ने समझौते पर हस्ताक्षर किए।", N, F, cb)
