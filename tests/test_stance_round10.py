"""Stance round 10 (issue #12): phrases whose parts stand apart, and their forms.

Sets I and J (development text this round) left favor units whose predicate is a light-verb
phrase split by an adverb or put in headline order ("भारत का साथ तब दिया", "रूस ने दिया भारत
का साथ", "भारत के साथ पूरी तरह खड़ा है"), the ties named as a symbol ("मैत्री का प्रतीक"), the
oblique and direct forms of "new chapter, new era", and a joint event judged a success
("बातचीत बहुत सार्थक रही"). Each is a family of the codebook (support, closeness, growth,
praise) written with its inflections and word orders (`stance.compounds`, `stance.predicates`).
Every sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})
RU_PK = frozenset({"ru_pk"})

SPLIT_SUPPORT = [
    # an adverb between the parts, the headline order, support that stayed, in both pairs
    ("संकट के समय रूस ने भारत का साथ हमेशा दिया है", N, F),
    ("संयुक्त राष्ट्र में मास्को ने दिया नई दिल्ली का साथ", N, F),
    ("क्रेमलिन ने कहा कि रूस इस लड़ाई में पाकिस्तान के साथ मजबूती से खड़ा है", F, N),
    ("रूस और भारत के कठिन दौर में भी एक-दूसरे का साथ रहा है", N, F),
    ("रूस पाकिस्तान का साथ देगा, यह वादा किया गया", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), SPLIT_SUPPORT)
def test_support_whose_parts_stand_apart_is_favor(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_support_denied_is_against(cb):
    check("इस बार रूस ने भारत का साथ बिल्कुल नहीं दिया", N, A, cb)


def test_backing_the_partners_enemy_keeps_its_longer_reading(cb):
    # the hostility compound spans more of the unit than "का साथ … दिया" and wins
    check("पाकिस्तान ने उस दौर में रूसी सेना के खिलाफ लड़ने वाले गुटों का साथ दिया था", A, N, cb)


def test_trade_with_a_partner_is_no_support(cb):
    check("पिछले साल रूस के साथ रहा व्यापार घाटे में", N, N, cb)


SYMBOL_AND_NEW_ERA = [
    ("रूस के राजदूत ने इस बिजलीघर को भारत-रूस दोस्ती का जीवंत प्रतीक कहा", N, F),
    ("पाकिस्तानी मंत्री ने कहा कि यह पाइपलाइन पाकिस्तान और रूस की मैत्री की मिसाल है", F, N),
    ("भारत और रूस के संबंधों में एक नए अध्याय की शुरुआत हुई है", N, F),
    ("रूस और पाकिस्तान के व्यापारिक रिश्तों का नया युग शुरू हुआ", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), SYMBOL_AND_NEW_ERA)
def test_the_ties_named_a_symbol_or_a_new_era_are_favor(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_symbolic_stays_a_limit(cb):
    # प्रतीकात्मक (symbolic, token) is the limit family, not the symbol of the ties
    check("भारत और रूस का यह समझौता महज प्रतीकात्मक है", N, A, cb)


def test_a_symbol_of_strain_is_no_favor(cb):
    # the relation noun is too far from प्रतीक: the strain decides
    check("भारत और रूस के रिश्तों में बढ़ते तनाव का प्रतीक है यह फैसला", N, A, cb)


EVENT_SUCCESS = [
    # one party named, the story's pair supplies the partner (carry.implied_partner_families)
    ("पाकिस्तानी विदेश मंत्रालय ने कहा कि यह दौरा बेहद कामयाब रहा", RU_PK, F, N),
    ("भारतीय रक्षा मंत्री ने बताया कि वार्ता काफी सार्थक रही", RU_IN, N, F),
    ("भारत के विदेश सचिव के अनुसार बैठक सौहार्दपूर्ण माहौल में हुई", RU_IN, N, F),
]


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), EVENT_SUCCESS)
def test_a_joint_event_judged_a_success_is_favor(text, pair, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, pair=pair)


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), EVENT_SUCCESS)
def test_without_the_storys_pair_the_success_speaks_of_nothing(text, pair, ru_pk, ru_in, cb):
    check(text, N, N, cb)


def test_a_success_of_one_partys_own_is_no_stance(cb):
    # no meeting word: a state's own campaign succeeding needs no partner
    check("भारत का टीकाकरण अभियान बेहद सफल रहा", N, N, cb, pair=RU_IN)


def test_explain_names_the_compound_and_its_family(cb):
    text = "संकट के समय रूस ने भारत का साथ हमेशा दिया है"
    out = explain(text, cb)
    assert "(trust_support)" in out and "का साथ" in out, out


def test_a_first_person_possessive_is_no_demonstrative_of_an_event(cb):
    # "हमारा" before the support phrase is the speaker, not "this" event an earlier unit reported
    check('मंत्री ने कहा, "मास्को ने हर मुश्किल घड़ी में हमारा साथ दिया है"', F, N, cb, pair=RU_PK)


def test_a_demonstrative_before_the_event_still_reads_what_is_said_of_it(cb):
    # the demonstrative reading stays for "इस": a place is logistics, none
    check("रूसी दूत ने बताया कि इस अभ्यास के लिए पहाड़ी इलाका चुना गया", N, N, cb, pair=RU_PK)


SCHEDULES = [
    # how long the event runs or until when: logistics, none (codebook "dates, logistics")
    ("संयुक्त मश्क़ अगले महीने की पांच तारीख तक चलेगी", RU_PK),
    ("पाकिस्तानी सेना के प्रवक्ता ने बताया कि अभ्यास तीन हफ्ते चलेगा", RU_PK),
    ("नौसैनिक अभ्यास 12 मार्च से 20 मार्च तक जारी रहेगा", RU_IN),
]


@pytest.mark.parametrize(("text", "pair"), SCHEDULES)
def test_the_events_schedule_supplies_no_partner(text, pair, cb):
    result = check(text, N, N, cb, pair=pair, previous=pair)
    assert "the event's schedule" in result.notes[min(pair)], result.notes


def test_the_same_event_held_is_still_favor(cb):
    # no span: the exercise held with the story's partner is favor as before
    check("संयुक्त अभ्यास शुरू हो गया है", F, N, cb, pair=RU_PK, previous=RU_PK)


def test_a_year_is_no_schedule(cb):
    # trade going on this year too is growth, not logistics
    check("रूस के साथ व्यापार इस साल भी जारी रहेगा", F, N, cb, pair=RU_PK, previous=RU_PK)


def test_a_unit_naming_its_pair_keeps_its_cues_with_a_span(cb):
    check("भारत और रूस का अभ्यास दस दिन चलेगा", N, F, cb)


ONE_PARTY_SETBACK = [
    # in a story about one pair, one of its parties met with a setback or a strain speaks of that pair
    ("इस्लामाबाद के अधिकारियों ने माना कि यह फैसला बेहद निराशाजनक है", RU_PK, A, N),
    ("रूसी कंपनी के प्रवक्ता ने माना कि परियोजना की यह कोशिश नाकाम रही", RU_IN, N, A),
    ("भारतीय अधिकारियों के मुताबिक यह दौरा नई दिल्ली के लिए कूटनीतिक शर्मिंदगी बन गया", RU_IN, N, A),
]


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), ONE_PARTY_SETBACK)
def test_one_party_with_a_setback_speaks_of_the_storys_one_pair(text, pair, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, pair=pair)


def _two_pair_story(text, cb):
    from analysis.cues import group_positions, match_cues, named_mentions
    from analysis.stance import code_stance

    unit = match_cues(text, cb)
    groups = group_positions(named_mentions(unit), cb)
    return code_stance(unit, groups, frozenset(), cb, RU_PK, ("ru_in", "ru_pk"))


def test_a_setback_in_a_story_of_two_pairs_stays_open(cb):
    result = _two_pair_story("रूसी कंपनी के प्रवक्ता ने माना कि परियोजना की यह कोशिश नाकाम रही", cb)
    assert result.stance == {"ru_pk": N, "ru_in": N}, result.notes


SETBACK_WITH_ANOTHER = [
    # the West or a third state is named: the setback may be with it or come from it
    ("पश्चिमी देशों के दबाव के चलते रूसी कंपनी की यह कोशिश नाकाम रही", RU_PK),
    ("अमेरिकी दबाव के बाद रूसी कंपनी को परियोजना से हटना पड़ा", RU_PK),
    # a pair of the unit's own ("दोनों पड़ोसी देश": the neighbours)
    ("रूसी विदेश मंत्री ने कहा कि दोनों पड़ोसी देश अपने मतभेद खुद सुलझा लेंगे", RU_IN),
]


@pytest.mark.parametrize(("text", "pair"), SETBACK_WITH_ANOTHER)
def test_a_setback_with_someone_else_in_the_unit_is_not_the_pairs(text, pair, cb):
    check(text, N, N, cb, pair=pair)


@pytest.mark.parametrize(
    "text",
    [
        "भारतीय विदेश मंत्रालय के वरिष्ठ अधिकारियों ने इस सौदे पर कड़ी आपत्ति जताई",
        "नई दिल्ली में भारतीय रक्षा मंत्रालय के अधिकारियों ने इस करार पर नाराजगी जताई है",
    ],
)
def test_an_objection_held_by_officials_of_an_indian_ministry_is_indias(text, cb):
    # the agent's noun phrase is a genitive chain: India holds the objection to the story's act
    check(text, N, A, cb, pair=RU_PK, previous=RU_PK)


def test_an_objection_held_by_another_states_officials_is_not_indias(cb):
    check(
        "भारतीय अखबारों के मुताबिक अमेरिकी विदेश विभाग के अधिकारियों ने इस सौदे पर आपत्ति जताई",
        N,
        N,
        cb,
        pair=RU_PK,
        previous=RU_PK,
    )


INFLECTIONS = [
    # the feminine perfective of "X दि*" phrases, the progressive of सुधारना, "से भी कम"
    ("रूस ने भारत के साथ नई मुद्रा व्यवस्था पर वार्ता रोक दी", N, A),
    ("पाकिस्तान ने रूस के साथ गैस परियोजना की फाइल बंद कर दी", A, N),
    ("रूस अब पाकिस्तान से अपने संबंध सुधार रहा है", F, N),
    ("भारत और रूस का सालाना व्यापार दस अरब डॉलर से भी कम है", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), INFLECTIONS)
def test_every_form_of_a_listed_phrase_counts(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def _story(texts, cb):
    from analysis.coding import ArticleState, code_unit

    state, codings = ArticleState(), []
    for i, text in enumerate(texts):
        c, state = code_unit(text, ("body", i), state, cb)
        codings.append(c)
    return codings


def test_a_unit_naming_only_russia_after_a_side_question_is_read_with_the_leads_pair(cb):
    codings = _story(
        [
            "मॉस्को में भारत और रूस के बीच रक्षा सहयोग के नए समझौते हुए",
            "एक सवाल पर रूसी मंत्री ने कहा कि पाकिस्तान को हथियार बेचने से भारत के साथ रिश्तों पर असर नहीं पड़ेगा",
            "भोपाल के कारोबारियों ने भी रूस के साथ निर्यात बढ़ने की उम्मीद जताई",
        ],
        cb,
    )
    assert codings[0].stance == {"ru_pk": N, "ru_in": F}, codings[0].stance_notes
    assert codings[2].stance == {"ru_pk": N, "ru_in": F}, codings[2].stance_notes


def test_a_pair_phrase_after_an_aside_means_the_leads_pair(cb):
    # Round 10 read "दोनों देशों" right after a unit about Russia–Pakistan as that pair, whatever the lead named,
    # and left the main pair as the open question ("What is left"); round 32 measured it over the 37 read sets:
    # the references read the lead's pair (11 units to the reference, none away), so "दोनों" goes to the lead's pair
    codings = _story(
        [
            "मॉस्को में भारत और रूस के बीच रक्षा सहयोग के नए समझौते हुए",
            "उधर रूस और पाकिस्तान ने भी एक ऊर्जा समझौते पर दस्तखत किए",
            "जानकारों के अनुसार दोनों देशों के बीच व्यापार भी बढ़ रहा है",
        ],
        cb,
    )
    assert codings[2].stance == {"ru_pk": N, "ru_in": F}, codings[2].stance_notes


HONOUR_AND_HUG = [
    ("रूसी राष्ट्रपति ने भारतीय प्रधानमंत्री को देश के सबसे बड़े सम्मान से सम्मानित किया", N, F),
    ("पाकिस्तान के सेना प्रमुख को मॉस्को में रूस के एक सैन्य पदक से नवाजा गया", F, N),
    # the hug in headline order: the verb before गले
    ("मास्को पहुंचते ही रूसी राष्ट्रपति ने भारतीय प्रधानमंत्री को लगाया गले", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), HONOUR_AND_HUG)
def test_an_honour_conferred_and_a_hug_in_either_order_are_favor(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_respected_person_is_no_honour(cb):
    # सम्मानित as an adjective ("a respected scholar") praises no one
    check("भारत के एक सम्मानित विद्वान ने रूस की यात्रा की", N, N, cb)


def test_views_that_match_with_an_adverb_between_are_favor(cb):
    check("भारत और रूस के विचार काफी हद तक मिलते हैं", N, F, cb)


def test_views_that_do_not_match_are_against(cb):
    check("रूस और पाकिस्तान के विचार बिल्कुल नहीं मिलते हैं", A, N, cb)
