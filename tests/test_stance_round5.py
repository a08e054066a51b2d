"""Stance rules of the fifth round (issue #12): the kinds of construction the error analysis found.

docs/stance_error_analysis.md classifies every miss of the two development sets by kind
of construction; each rule here answers one kind, from the codebook and Hindi grammar.
Every sentence was written for this file (news style), none taken from a corpus: the
Urdu register written in Devanagari, predicate adjectives of the ties, an obstacle in a
deal, India's concerns overridden, a demonstrative naming the story's event, a quotation
that spans units, a unit that drops both parties once the running text has named them.
"""

from __future__ import annotations

import pytest

from analysis.coding import ArticleState, code_unit
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"
PK, IN = frozenset({"ru_pk"}), frozenset({"ru_in"})


def explained(result, target):
    """Every pattern of the cues behind one target's value (what `explain` prints)."""
    return " | ".join(c.pattern for c in result.cues if c.variable == f"stance_{target}")


# ------------------------------------------------------------------ Urdu register, every family
URDU = [
    ("रूस और पाकिस्तान के तअल्लुक़ात में पिछले साल अच्छी पेशरफ़्त हुई", F, N),  # growth: progress
    ("पाकिस्तान और रूस के बीच तिजारत नई बुलंदियों तक पहुंचने की उम्मीद है", F, N),  # growth: heights
    ("रूस ने पाकिस्तान को दो मालवाहक जहाज़ फ़राहम किए हैं", F, N),  # supply: provided
    ("रूस पाकिस्तान के बिजली शोबे में सरमायाकारी करेगा", F, N),  # supply: investment
    ("पाकिस्तान ने रूस के साथ मुश्तरका मश्क़ों पर इत्तिफ़ाक़ किया", F, N),  # agreement as a predicate
    ("भारत रूस को एक क़ीमती शराकतदार मानता है", N, F),  # partner, valuable
    ("सर्द जंग में रूस और पाकिस्तान एक-दूसरे के मुख़ालिफ़ थे", A, N),  # hostility: opponents
    ("मॉस्को और इस्लामाबाद के दरमियान राब्ते जारी रहेंगे", F, N),  # contacts continue; between
    ("पाकिस्तान ने रूस के साथ दोस्ताना तअल्लुक़ात का ख़ैर-मक़दम किया", F, N),  # welcome, hyphenated
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), URDU)
def test_urdu_register_members_of_every_family_count(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


MATCHING = [
    # इत्तफ़ाक़ से is "by chance": only the predicate (पर इत्तिफ़ाक़, इत्तिफ़ाक़ किया/हुआ) is agreement
    ("इत्तफ़ाक़ से रूस और पाकिस्तान के वज़ीर एक ही होटल में ठहरे", N, N),
    # वज़ीर-ए-ख़ारिजा is "foreign minister": no cancellation in it
    ("भारत के वज़ीर-ए-ख़ारिजा ने रूस के सफ़ीर से मुलाक़ात की", N, N),
    # बैरल (barrel) is no enmity; करीब आठ (about eight) no closeness
    ("भारत ने रूस से इस महीने करीब आठ लाख बैरल तेल मंगाया", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), MATCHING)
def test_a_cue_does_not_run_into_another_word(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


# ------------------------------------------------------------------ the ties described, begun anew
DESCRIBED = [
    ("भारत और रूस के रिश्ते बेहद खास हैं", N, F),  # predicate adjective after the relation noun
    ("रूस और भारत के पुराने संबंध किसी दबाव में नहीं आएंगे", N, F),  # attributive, before the noun
    ("रूस और पाकिस्तान के संबंधों की नई शुरुआत हो रही है", F, N),  # a relation noun, then a beginning
    ("रूस और पाकिस्तान के संबंध अब केवल औपचारिक नहीं रहे", F, N),  # a limit negated
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DESCRIBED)
def test_the_ties_described_by_an_adjective_or_a_beginning_are_favor(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


# ------------------------------------------------------------------ an obstacle governs the deal it names
def test_an_obstacle_in_a_deal_makes_it_against_not_a_tie(cb):
    result = check("रूस और पाकिस्तान के गैस सौदे में नई अड़चन आ गई है", A, N, cb)
    assert "negated favor" in explained(result, "ru_pk")


def test_no_obstacle_left_in_a_deal_keeps_it_favor(cb):
    check("रूस और पाकिस्तान के बीच गैस सौदे में अब कोई बाधा नहीं है", F, N, cb)


# ------------------------------------------------------------------ India's concerns overridden
def test_a_deal_signed_despite_indias_concerns_is_russia_acting_against_india(cb):
    result = check("भारत की चिंताओं के बावजूद रूस ने पाकिस्तान के साथ रक्षा समझौता किया", F, A, cb)
    assert "भारत की चिंताओं के बावजूद" in explained(result, "ru_in")


def test_a_plain_worry_of_india_at_a_russian_act_is_ru_in_against(cb):
    # round 7 changed this test: the project reads v1.1 so that India's worry at a Russian act
    # portrays Russia acting against India (round 5 kept it none)
    check("रूस के पाकिस्तान को हेलीकॉप्टर बेचने पर भारत ने चिंता जताई", F, A, cb)


def test_a_danger_for_india_after_a_russia_pakistan_unit_is_a_hurt_party(cb):
    result = check("जानकारों के अनुसार यह भारत की सुरक्षा के लिए खतरा है", N, A, cb, PK, PK)
    assert result.notes["ru_in"].startswith("a party hurt by the article's pair")


# ------------------------------------------------------------------ a demonstrative names the story's event
EVENTS = [
    # logistics of the event the story reported: place, date, participants, aim
    ("सेना के प्रवक्ता ने बताया कि यह अभ्यास पहाड़ी इलाके में होगा", N),
    ("दोनों सेनाओं के करीब सौ जवान इस ड्रिल में हिस्सा लेंगे", N),
    ("यह समझौता सौ पन्नों का है और इसकी भाषा अंग्रेज़ी है", N),
    # (round 18, deliberately) the deal concluded is agreement, not logistics: every first coder of
    # H, I, N, P, R, S, U, V, W, X codes "… के दौरान यह समझौता हुआ" favor
    ("मंत्री की यात्रा के दौरान यह समझौता हुआ", F),
    # what the unit says of it decides
    ("विश्लेषकों के अनुसार यह अभ्यास दोनों देशों की बढ़ती दोस्ती का संकेत है", F),
    ("इस करार से दोनों देशों के रिश्ते मजबूत होंगे", F),
    ("इस सौदे में भुगतान को लेकर बड़ी अड़चन है", A),
]


@pytest.mark.parametrize(("text", "ru_pk"), EVENTS)
def test_a_demonstrative_before_an_event_noun_names_the_storys_event(text, ru_pk, cb):
    result = code(text, cb, PK, PK)
    assert result.stance["ru_pk"] == ru_pk, result.notes


def test_the_event_note_says_which_noun_phrase_refers_back(cb):
    result = code("सेना के प्रवक्ता ने बताया कि यह अभ्यास पहाड़ी इलाके में होगा", cb, PK, PK)
    assert "'यह अभ्यास' names the story's event" in result.notes["ru_pk"]


def test_a_state_of_the_ties_after_a_demonstrative_keeps_its_stance(cb):
    # closeness is no event: "इस दोस्ती" still portrays the ties
    assert code("रूस और पाकिस्तान की इस दोस्ती पर सबकी नजर है", cb).stance["ru_pk"] == F


# ------------------------------------------------------------------ a quotation spanning units
def test_inside_a_quotation_spanning_units_the_speaker_goes_on_about_the_pair(cb):
    text = "आने वाले वर्षों में यह रिश्ता और गहरा होगा।"  # growth: no partner needed, no opening pronoun
    inside = code(text, cb, PK, PK, in_quote=True)
    assert inside.stance["ru_pk"] == F, inside.notes
    assert "the quotation going on" in inside.notes["ru_pk"]
    # stance 50: outside a quotation "यह रिश्ता" anywhere in the unit refers to the ties spoken of (`these_ties`);
    # round 5 had the same words, not in a quote, none (no opening pronoun)
    outside = code(text, cb, PK, PK, in_quote=False)
    assert outside.stance["ru_pk"] == F and "the quotation going on" not in outside.notes["ru_pk"]


def test_the_quotation_carry_reaches_the_stance_through_code_unit(cb):
    state = ArticleState()
    first, state = code_unit('लावरोव ने कहा, "रूस पाकिस्तान को एक अहम साझेदार मानता है।', ("body", 1), state, cb)
    second, _ = code_unit('आने वाले वर्षों में यह रिश्ता और गहरा होगा।"', ("body", 1), state, cb)
    assert first.stance["ru_pk"] == F
    assert (second.voice, second.stance["ru_pk"]) == ("quoted", F), second.stance_notes


def test_a_quotation_naming_another_state_carries_nothing(cb):
    assert code("चीन पर हमें पूरा भरोसा है।", cb, PK, PK, in_quote=True).stance == {"ru_pk": N, "ru_in": N}


# ------------------------------------------------------------------ both parties dropped once named
BOTH = frozenset({"ru_pk", "ru_in"})
GOES_ON = [  # (text, the story's pairs, the previous unit's targets, ru_pk)
    ("हेलीकॉप्टरों की पहली खेप अगले महीने पहुंचेगी", PK, PK, F),  # a supply
    ("बैठक के बाद किसी समझौते पर दस्तखत नहीं हुए", PK, PK, A),  # an absent agreement
    # nothing named before (round 9: a story that has named one pair keeps it, `story_pair`)
    ("हेलीकॉप्टरों की पहली खेप अगले महीने पहुंचेगी", frozenset(), frozenset(), N),
    ("हेलीकॉप्टरों की पहली खेप अगले महीने पहुंचेगी", BOTH, BOTH, N),  # which pair?
    ("आईएमएफ से कर्ज का समझौता अगले महीने होगा", PK, PK, N),  # an organisation can be the partner
]


@pytest.mark.parametrize(("text", "story", "previous", "ru_pk"), GOES_ON)
def test_a_unit_naming_no_state_goes_on_about_the_previous_units_pair(text, story, previous, ru_pk, cb):
    result = code(text, cb, story, previous)
    assert result.stance["ru_pk"] == ru_pk, result.notes


def test_the_pair_that_goes_on_is_shown_by_explain(cb):
    result = code("हेलीकॉप्टरों की पहली खेप अगले महीने पहुंचेगी", cb, PK, PK)
    assert "(the previous unit's pair goes on)" in explained(result, "ru_pk")


# ------------------------------------------------------------------ discussion and solidarity formulas
def test_talks_in_detail_are_discussion_not_growth(cb):
    check("रूसी उप मंत्री इस्लामाबाद में, रक्षा सहयोग पर विस्तृत वार्ता", N, N, cb, PK, PK)


SOLIDARITY = [
    ("रूस ने कहा कि आतंकी हमले के बाद वह भारत के साथ एकजुटता से खड़ा है", N, F),
    ("रूस ने कहा कि भारत को आत्मरक्षा का अधिकार है", N, F),
    ("रूस ने कश्मीर को भारत का आंतरिक मामला बताया", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), SOLIDARITY)
def test_solidarity_and_backing_formulas_of_diplomacy_are_favor(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


# ------------------------------------------------------------------ verb-final: a tie inside one clause
VERB_FINAL = [
    ("रूस से सस्ती गैस मंगाने का पाकिस्तान का सपना अधूरा रह गया", A),  # the wish, then what became of it
    ("रूस और पाकिस्तान की परियोजना पुराने समझौते के बावजूद अटकी पड़ी है", A),
    ("रूस और पाकिस्तान के रक्षा सौदे पर चुप्पी बनी हुई है", A),  # silence kept on the deal
]


@pytest.mark.parametrize(("text", "ru_pk"), VERB_FINAL)
def test_a_tie_inside_one_clause_is_decided_by_its_last_predicate(text, ru_pk, cb):
    result = code(text, cb)
    assert result.stance["ru_pk"] == ru_pk, result.notes
    assert "verb-final" in result.notes["ru_pk"] or "contrast" in result.notes["ru_pk"]


def test_a_tie_across_clauses_stays_a_tie(cb):
    result = code("रूस और पाकिस्तान ने समझौता किया, पर तनाव बना रहा", cb)  # पर is no contrast marker here
    assert "verb-final" not in result.notes["ru_pk"]


def test_a_tie_in_a_unit_naming_another_state_is_left_to_the_tie_rule(cb):
    # China's reading of Russia's sale to India: the last predicate is another voice's, not the ties'
    result = code("चीन ने लिखा कि रूस भारत को हथियार बेचकर क्षेत्र में तनाव बढ़ा रहा है", cb)
    assert "verb-final" not in result.notes["ru_in"]


def test_declining_the_risk_of_anger_negates_it(cb):
    check("विशेषज्ञों के मुताबिक रूस भारत को नाराज करने का जोखिम नहीं उठाएगा", N, F, cb)


# ------------------------------------------------------------------ negation: a fronted verb, a refusal through से
def test_a_headline_fronting_the_negated_verb_negates_what_follows(cb):
    check("रूस बोला- पाकिस्तान के साथ नहीं होगा कोई युद्धाभ्यास", A, N, cb)


def test_a_refusal_governs_what_se_marks_however_far_it_stands(cb):
    result = check("पाकिस्तान को टैंक बेचने से रूस सरकार का साफ इनकार", A, N, cb)
    assert "negated favor" in explained(result, "ru_pk")


def test_se_without_a_refusal_negates_nothing(cb):
    check("पाकिस्तान को टैंक बेचने से रूस को अच्छी कमाई होगी", F, N, cb)


# ------------------------------------------------------------------ "दोनों देश" refers to the last pair named together
def test_both_countries_after_a_pair_of_other_states_is_no_target(cb):
    state = ArticleState()
    _, state = code_unit("रूस और पाकिस्तान के बीच रक्षा समझौता हुआ।", ("body", 1), state, cb)
    _, state = code_unit("उधर भारत और चीन की सेनाएं सीमा पर आमने-सामने हैं।", ("body", 2), state, cb)
    after_other, _ = code_unit("दोनों देशों ने बातचीत से तनाव कम करने पर सहमति जताई।", ("body", 3), state, cb)
    assert after_other.stance == {"ru_pk": N, "ru_in": N}, after_other.stance_notes


def test_both_countries_after_the_target_pair_is_that_pair(cb):
    state = ArticleState()
    _, state = code_unit("रूस और पाकिस्तान के बीच रक्षा समझौता हुआ।", ("body", 1), state, cb)
    after_pair, _ = code_unit("दोनों देशों ने संयुक्त अभ्यास पर भी सहमति जताई।", ("body", 2), state, cb)
    assert after_pair.stance["ru_pk"] == F, after_pair.stance_notes
