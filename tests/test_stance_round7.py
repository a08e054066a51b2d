"""Stance round 7 (issue #12): India's worry or objection at Russia's act, read by whose it is.

The project reads codebook v1.1 ("that worry is ru_in against when Russia is portrayed acting
against India") so that India's worry, unease or objection whose object is a Russian act or
Russia's ties with a third state portrays Russia acting against India: ru_in against, while
the unit keeps its ru_pk. Every sentence here was written for the tests.
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from analysis.cues import group_positions, match_cues, named_mentions
from analysis.stance import code_stance, last_pair
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"
PK = frozenset({"ru_pk"})
IN = frozenset({"ru_in"})

WORRY_AT_A_RUSSIAN_ACT = [
    # the worry family, every register and inflection; ru_pk keeps its own cue
    ("रूस के पाकिस्तान को टैंक बेचने से भारत परेशान है", F, A),
    ("रूस और पाकिस्तान के साझा सैन्य अभ्यास पर नई दिल्ली ने गहरी चिंता जताई", F, A),
    ("रूस-पाक रक्षा करार से भारत में बेचैनी है", F, A),
    ("पाकिस्तान को रूसी लड़ाकू विमान मिलने की खबर से भारत असहज है", F, A),
    ("रूस के चीन के साथ नौसैनिक अभ्यास से भारत चौकन्ना हो गया है", N, A),
    ("मॉस्को और इस्लामाबाद की बढ़ती नजदीकी भारत को खटक रही है", F, A),
    ("रूस के इस रुख पर भारत ने अपनी फ़िक्र ज़ाहिर की", N, A),  # Urdu register, nukta
    ("पाकिस्तान के साथ रूस की मश्क़ पर हिंदुस्तान को तशवीश है", F, A),
    # objection, protest, displeasure
    ("भारत ने पाकिस्तान को रूसी हेलीकॉप्टरों की आपूर्ति पर कड़ी आपत्ति दर्ज कराई", F, A),
    ("पाकिस्तान से रूस के हथियार सौदे पर नई दिल्ली ने ऐतराज जताया", F, A),
    ("रूस के पाकिस्तान के साथ युद्धाभ्यास करने पर भारत की नाराजगी सामने आई", F, A),
    ("भारत ने रूस के फैसले पर असंतोष जताया", N, A),
    # fear: India fears Russia's tilt toward Pakistan
    ("भारत को डर है कि रूस पाकिस्तान के करीब आ रहा है", F, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), WORRY_AT_A_RUSSIAN_ACT)
def test_indias_worry_or_objection_at_a_russian_act_is_ru_in_against(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


NOT_AGAINST = [
    # denied, dispelled or answered: the reassurance family or the negation decides (favor)
    ("रूस ने कहा कि पाकिस्तान के साथ अभ्यास से भारत को चिंता करने की जरूरत नहीं है", F, F),
    ("रूसी राजदूत ने भारत की चिंताओं को दूर करने की कोशिश की", N, F),
    ("रूस ने कहा कि पाकिस्तान से सौदे को लेकर भारत के लिए चिंता की कोई बात नहीं है", F, F),
    # the object is not a Russian act: Pakistan's own move, China alone
    ("भारत ने पाकिस्तान के मिसाइल परीक्षण पर चिंता जताई", N, N),
    ("चीन के रुख पर भारत की चिंता बढ़ी", N, N),
    # watching or studying a development is no worry
    ("भारत रूस-पाकिस्तान रक्षा संपर्कों पर नजर रखे हुए है", N, N),
    # asked about or supposed
    ("क्या रूस-पाक दोस्ती भारत के लिए चिंता की बात है?", F, N),  # the friendship keeps its favor
    ("अगर रूस पाकिस्तान को हथियार देता है तो भारत चिंतित होगा", F, N),
    ("रूस का पाकिस्तान से सौदा भारत की चिंता बढ़ा सकता है", F, N),
    # someone else's worry: the US, Pakistan
    ("अमेरिका ने कहा कि उसने भारत से रूस के साथ रिश्तों पर अपनी चिंता जताई है", N, N),
    ("रूस-भारत रक्षा सौदे से पाकिस्तान चिंतित है", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), NOT_AGAINST)
def test_a_worry_denied_supposed_or_not_at_a_russian_act_is_not_ru_in_against(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


@pytest.mark.parametrize(
    "text",
    [
        "इससे भारत की चिंता बढ़ गई है",
        "इस फैसले पर नई दिल्ली ने आपत्ति जताई",
        "भारत में इस कदम को लेकर बेचैनी है",
    ],
)
def test_the_act_the_previous_unit_reported_carries_to_indias_worry(text, cb):
    result = check(text, N, A, cb, PK, PK)
    assert result.notes["ru_in"].startswith("its own party objects to the previous unit's act")


@pytest.mark.parametrize(
    ("text", "pair", "previous"),
    [
        ("इससे भारत की चिंता बढ़ गई है", frozenset(), frozenset()),  # no act before it
        ("इससे भारत और चीन की चिंता बढ़ी", PK, PK),  # another state named beside India
        ("इससे विशेषज्ञों की चिंता बढ़ी", PK, PK),  # not India's worry
        ("भारत चिंतित है", PK, frozenset()),  # the story's act, but nothing points back to it
    ],
)
def test_no_carry_without_an_act_before_or_with_another_holder(text, pair, previous, cb):
    assert code(text, cb, pair, previous).stance["ru_in"] == "none"


def test_the_worry_is_held_by_the_experiencer_not_the_recipient(cb):
    # "पाकिस्तान को" is the recipient of the supply, "भारत ने" the agent who worries
    check("भारत ने पाकिस्तान को रूसी हथियार मिलने पर चिंता जताई", F, A, cb)
    # the dative experiencer holds it ("भारत को … आशंका है"), not the pair named in the object
    check("भारत को रूस-पाकिस्तान गठजोड़ को लेकर आशंका है", N, A, cb)


def test_a_worry_in_a_list_of_states_is_still_at_russias_act(cb):
    # a comma inside the list does not hide Russia from the worry's clause
    check("मॉस्को में रूस, चीन और पाकिस्तान की बैठक ने भारत की चिंता बढ़ा दी", N, A, cb)


def test_unease_is_no_sale(cb):
    # बेचैनी (unease) once matched the selling prefix बेच*: now selling is listed by form
    result = code("इस खबर से भारत में बेचैनी है", cb, IN, IN)
    assert result.stance["ru_in"] == "against", result.notes
    assert all("supply_purchase" not in c.value and "बेच" not in c.value for c in result.cues if c.value == "favor")
    check("रूस पाकिस्तान को हथियार बेचेगा", F, N, cb)


def test_explain_names_the_rule(cb):
    out = explain("रूस-पाक नजदीकी से भारत चिंतित है", cb)
    assert "india's worry or objection at Russia's act: Russia acting against its interests" in out
    out = explain("रूस-पाक नजदीकी पर भारत की चिंता वाजिब है?", cb)
    assert "a worry asked about or supposed ('?')" in out


# ------------------------------------------------------------------ an act only requested (round 7, kind 2)
REQUESTED = [
    # the act as a verbal noun before the request: not done, no portrayal of the ties
    ("फ्रांस ने भारत से रूसी गैस की खरीद घटाने को कहा है", N, N),
    ("भारत ने रूस से पाकिस्तान के साथ संयुक्त अभ्यास टालने का आग्रह किया", N, N),
    ("रूस ने दोनों पड़ोसियों से तनाव कम करने और विवाद सुलझाने की अपील की", N, N),
    # a request verb, then कि and the act
    ("यूरोपीय देशों ने भारत पर दबाव डाला कि वह रूस से हथियार खरीदना बंद करे", N, N),
    # the request granted or refused is the partner's act: it keeps its stance
    ("रूस ने भारत का अनुरोध नहीं माना", N, A),
    ("रूस ने भारत का आग्रह मान लिया", N, F),
    # reported speech with कहा कि is no request: the assurance stands
    ("रूस ने भारत से कहा कि वह पाकिस्तान को हथियार नहीं देगा", A, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REQUESTED)
def test_an_act_only_requested_portrays_no_state_of_the_ties(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_explain_names_the_request(cb):
    out = explain("अमेरिका ने भारत से रूसी तेल की खरीद कम करने को कहा", cb)
    assert "only requested ('को कहा'): not done" in out


# ------------------------------------------------------------------ ru_in favor recall (round 7, kind 3)
BACKING = [
    # a converb clause ("-ते हुए") is background: the verb it leads to, and what was said, decide
    ("रूसी उप मंत्री ने किसी गुट की अटकलों को नकारते हुए कहा कि भारत रूस का भरोसेमंद दोस्त है", N, F),
    ("रूस ने विरोध जताते हुए कहा कि पाकिस्तान के साथ सहयोग जारी रहेगा", F, N),
    # standing with the partner, as a predicate; a decision declared within its constitution
    ("रूसी राष्ट्रपति ने कहा कि रूस इस मुश्किल घड़ी में भारत के साथ है", N, F),
    ("रूस ने कहा कि भारत का यह कदम उसके संविधान के दायरे में उठाया गया है", N, F),
    # the partner marker alone is no backing: "भारत के साथ" before another predicate keeps that predicate
    ("रूस ने भारत के साथ व्यापार पर बातचीत की", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), BACKING)
def test_backing_the_partner_and_background_converb_clauses(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


# ------------------------------------------------------------------ groups of three (round 7, wrong or third pair)
def test_a_pair_inside_a_group_with_the_targets_parties_is_the_groups(cb):
    # "चीन और पाकिस्तान" is the tail of a list that names Russia too: the ties grow among all three
    check("पिछले दशक में रूस, चीन और पाकिस्तान के बीच सहयोग तेजी से बढ़ा है", F, N, cb)
    check("रूस-चीन-पाकिस्तान की नजदीकी बढ़ी", F, N, cb)
    # a pair of other states alone keeps the older reading
    check("रूस ने कहा कि चीन और पाकिस्तान के बीच सहयोग बढ़ा है", N, N, cb)


def test_the_three_states_speak_of_the_target_among_them(cb):
    unit = "तीनों देशों ने क्षेत्र में शांति के लिए मिलकर काम करने पर सहमति जताई"

    def after(group):
        u = match_cues(unit, cb)
        return code_stance(u, group_positions(named_mentions(u), cb), frozenset(), cb, frozenset(), (), False, group)

    assert after(frozenset({"russia", "china", "pakistan"})).stance == {"ru_pk": F, "ru_in": N}
    assert after(frozenset({"russia", "china", "india"})).stance == {"ru_pk": N, "ru_in": F}
    assert after(frozenset({"china", "pakistan"})).stance == {"ru_pk": N, "ru_in": N}  # no group of three named


def test_the_story_keeps_the_last_group_of_three(cb):
    assert last_pair(match_cues("रूस, चीन और पाकिस्तान की बैठक हुई", cb), cb, ()) == {"russia", "china", "pakistan"}
    assert last_pair(match_cues("भारत और चीन की बैठक हुई", cb), cb, ()) == {"india", "china"}


JOINT = [
    # a worry the pair voices together is a shared stance: alignment (favor)
    ("रूस और पाकिस्तान ने अफगानिस्तान में बढ़ते आतंकवाद पर चिंता जताई", F, N),
    ("भारत और रूस ने कहा कि क्षेत्र में अस्थिरता को लेकर दोनों की चिंताएं एक जैसी हैं", N, F),
    # "X और Y दोनों की चिंता": the pair phrase is theirs, not the target's
    ("इससे चीन और पाकिस्तान दोनों की चिंता बढ़ेगी", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), JOINT)
def test_a_worry_voiced_jointly_is_alignment(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, IN, IN)


TRADE_LIMIT = [
    # trade or investment described as small or below a figure: the ties limited (against)
    ("रूस और पाकिस्तान का व्यापार अब भी एक अरब डॉलर से कम है", A, N),
    ("भारत के मुकाबले रूस के साथ पाकिस्तान का कारोबार बहुत कम है", A, N),
    # not a limit: "बहुत कम समय में" (in very little time), a growth
    ("रूस और पाकिस्तान का व्यापार बहुत कम समय में दोगुना हो गया", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), TRADE_LIMIT)
def test_trade_described_as_small_is_a_limit(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_backing_those_who_fight_the_partner_is_hostility(cb):
    # the support goes to the partner's enemy: against, not the support's favor
    check("शीत युद्ध में पाकिस्तान ने रूसी सेना के खिलाफ लड़ने वाले गुटों का साथ दिया", A, N, cb)
    check("रूसी फौजों के खिलाफ लड़ने वाले लड़ाकों को पाकिस्तान से मदद मिलती थी", A, N, cb)
    # plain support keeps its favor
    check("पाकिस्तान ने इस मुद्दे पर रूस का साथ दिया", F, N, cb)


QUESTIONS_AND_THIRD_STATES = [
    # questions raised are an objection, read by whose they are
    ("भारत में रूस के पाकिस्तान को इंजन बेचने पर सवाल उठे हैं", F, A),
    ("पाकिस्तान को रूसी टैंक : भारत में उठे सवाल", N, A),  # no supply verb: ru_pk none
    # a third state's or bloc's objection is not the pair's own portrayal
    ("अमेरिका ने रूस से भारत की तेल खरीद पर सवाल उठाए हैं", N, F),
    ("पश्चिमी देशों ने रूस के साथ भारत के रक्षा सौदे पर आपत्ति जताई", N, F),
    ("अमेरिका ने रूस-पाकिस्तान अभ्यास पर नाराजगी जताई", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), QUESTIONS_AND_THIRD_STATES)
def test_questions_raised_and_third_state_objections_are_read_by_whose_they_are(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)
