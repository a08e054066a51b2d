"""Stance round 13 (issue #12): structure that recurs over the development sets M, N, O and P.

Kinds met in three or four of the four sets (and in earlier rounds), read by structure
(counted in docs/stance_error_analysis.md): harm to India denied through the scope of a
negation (a participle or a relative clause describing what the negated verb governs; a
cue naming India after a partner phrase of a third state), and a judgement "for India" whose
subject is Russia's ties with a third state (who holds the view, what it is about). Every
sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check, code, code_article

F, A, N = "favor", "against", "none"

HARM_DENIED = [
    # a participle (वाला) qualifying the noun of a negated verb: the harmful step is denied
    ("रूस ने साफ किया कि वह भारत को नाराज करने वाला कोई फैसला नहीं लेगा।", N, F),
    ("मॉस्को भारत को परेशान करने वाला कोई फैसला नहीं करेगा।", N, F),
    # a relative clause announced by a correlative (ऐसा, कोई, कुछ) describes what is denied
    ("रूसी मंत्री ने कहा कि रूस ऐसा कोई कदम नहीं उठाएगा जो भारत के हितों के विरुद्ध हो।", N, F),
    ("रूस पाकिस्तान को ऐसी कोई तकनीक नहीं बेचेगा जिससे भारत को खतरा हो।", A, F),
    # a cue naming India is about India, whatever partner phrase stands before it
    ("रूस का कहना है कि चीन के साथ उसकी साझेदारी भारत के विरुद्ध नहीं है।", N, F),
    ("रूसी दूत ने कहा कि पाकिस्तान के साथ अभ्यास हिंदुस्तान के ख़िलाफ़ नहीं है।", F, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), HARM_DENIED)
def test_harm_to_india_denied_is_reassurance(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


HARM_NOT_DENIED = [
    # no negation over the modifier: the harm stands
    ("रूस ने भारत को नाराज करने वाला फैसला लिया।", N, A),
    # a relative clause with no correlative before the negation describes no denied thing: the
    # threat for India stands (Russia acting against India)
    ("रूस पाकिस्तान को हथियार नहीं देगा, जो भारत के लिए खतरा हैं वे पहले ही दिए जा चुके हैं।", A, A),
    # a cue against India with no negation, after a partner phrase of a third state: still India's
    ("चीन के साथ रूस की साझेदारी भारत के खिलाफ है।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), HARM_NOT_DENIED)
def test_harm_not_denied_stays(text, ru_pk, ru_in, cb):
    result = code(text, cb)
    assert result.stance["ru_in"] == ru_in, result.notes
    assert result.stance["ru_pk"] == ru_pk, result.notes


def test_explain_names_the_denied_modifier(cb):
    text = "रूस ने साफ किया कि वह भारत को नाराज करने वाला कोई फैसला नहीं लेगा।"
    assert "participle or relative clause" in code(text, cb).notes["ru_in"]
    assert "participle or relative clause" in explain(text, cb)


OBJECTED_TIES = [
    # India's judgement of Russia's ties with a third state: the growth is what India objects to,
    # not Russia–India ties growing (before: favor and against, a tie)
    ("जानकारों के मुताबिक रूस की चीन से बढ़ती नजदीकी भारत के लिए अच्छा संकेत नहीं है।", N, A),
    ("चीन पर रूस की बढ़ती निर्भरता भारत के लिए दीर्घकालिक चुनौती है।", N, A),
    ("विश्लेषकों का मानना है कि पाकिस्तान से रूस का बढ़ता सहयोग भारत के लिए गंभीर खतरा है।", F, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), OBJECTED_TIES)
def test_what_india_objects_to_is_not_russia_india_ties(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_growth_of_russia_india_ties_in_another_clause_still_counts(cb):
    # the objection is in a later clause: the growth before the clause break is not its object
    result = code("रूस और भारत का व्यापार बढ़ रहा है; चीन पर रूस की निर्भरता भारत के लिए चुनौती है।", cb)
    assert "objects to" not in result.notes["ru_in"], result.notes


def test_explain_names_what_is_objected_to(cb):
    text = "चीन पर रूस की बढ़ती निर्भरता भारत के लिए दीर्घकालिक चुनौती है।"
    assert "objects to, not the pair's ties" in explain(text, cb)


REPORT_CALLED_FALSE = [
    # a report of the act called false or misleading, in either word order: the act is negated
    ("रूस ने पाकिस्तान को टैंक बेचने की खबरों को गलत बताया।", A, N),
    ("मॉस्को ने इस्लामाबाद को लड़ाकू विमान देने की ख़बरों को बताया ग़लत", A, N),
    ("रूसी दूतावास ने भारत को पनडुब्बी देने की खबरें भ्रामक बताईं।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REPORT_CALLED_FALSE)
def test_a_report_called_false_negates_what_it_reported(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


RU_IN = frozenset({"ru_in"})

CAUSE_ONLY = [
    # a third state named only in a cause phrase is why the act happens, not its partner: the story's
    # pair takes the one-party predicate
    ("अमेरिकी प्रतिबंधों के कारण रूस समय पर पुर्जों की आपूर्ति नहीं कर पा रहा है।", N, A),
    ("यूक्रेन संकट की वजह से मॉस्को ने हथियारों की डिलीवरी टाल दी है।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), CAUSE_ONLY)
def test_a_state_named_only_as_a_cause_is_no_partner(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, pair=RU_IN)


def test_a_state_named_as_the_partner_still_takes_the_predicate(cb):
    # China is who the supply is with (no cause phrase): not the story's pair
    check("रूस चीन को समय पर पुर्जों की आपूर्ति नहीं कर पा रहा है।", N, N, cb, pair=RU_IN)


def test_between_is_no_cause(cb):
    # "के बीच" (between) names the two sides of a talk: China is the partner, not background
    check("मोदी और शी जिनपिंग के बीच बातचीत के बाद चीन ने समझौता किया।", N, N, cb, pair=RU_IN)


# ------------------------------------------------------------------ the story's pair before the story names it
def test_units_before_the_story_names_its_pair_are_read_with_it(cb):
    story = [
        "टैंकों की आपूर्ति में फिर देरी",
        "रूस से आने वाले टैंकों की आपूर्ति अगले साल तक टल गई है।",
        "अधिकारियों ने बताया कि रूस समय पर हथियारों की आपूर्ति नहीं कर पा रहा है।",
        "जानकारों के मुताबिक रूस पर भारत की रक्षा निर्भरता पर अब सवाल उठ रहे हैं।",
    ]
    coded = code_article(story, cb)
    assert coded[1].stance == {"ru_pk": N, "ru_in": A}, coded[1].stance_notes
    assert coded[2].stance == {"ru_pk": N, "ru_in": A}, coded[2].stance_notes
    assert "before the story names its pair" in coded[1].stance_notes["ru_in"]


def test_a_story_on_other_states_first_is_not_read_with_a_pair_it_names_later(cb):
    story = [
        "चीन और रूस के बीच नया गैस सौदा",
        "रूस ने चीन को गैस की आपूर्ति बढ़ाने का समझौता किया।",
        "रूस अगले साल से आपूर्ति शुरू करेगा।",
        "भारत और रूस के व्यापारिक रिश्ते भी अच्छे हैं।",
    ]
    coded = code_article(story, cb)
    assert coded[2].stance == {"ru_pk": N, "ru_in": N}, coded[2].stance_notes


def test_a_participle_describing_the_subject_is_not_the_clause_predicate(cb):
    # "मिलने वाली" says which system; what becomes of it is "टल गई"
    text = "रूस से मिलने वाली मिसाइल प्रणाली की डिलीवरी अब अगले साल तक टल गई है।"
    result = code(text, cb, pair=RU_IN)
    assert result.stance["ru_in"] == A, result.notes
    assert "describes a noun (a participle)" in result.notes["ru_in"]


RU_PK = frozenset({"ru_pk"})


@pytest.mark.parametrize(
    "text",
    [
        "भारत को भी इस बैठक से बाहर रखा गया।",
        "भारत को भी इस सम्मेलन में शामिल नहीं किया गया।",
    ],
)
def test_a_party_left_out_of_the_storys_event_is_hurt_by_its_pair(text, cb):
    # a demonstrative points back to the story's event (the pair's meeting), even after a side remark
    check(text, N, A, cb, pair=RU_PK)


def test_a_party_declining_on_its_own_is_not_hurt(cb):
    # the party is the agent (ने) of its own refusal: no blow dealt to it
    check("भारत ने इस पर टिप्पणी करने से इनकार किया।", N, N, cb, pair=RU_PK)


def test_a_headline_leaving_india_out_is_not_another_pairs_cue(cb):
    # "भारत बाहर" names India: a coordinated pair of other states before it does not take it
    check("सीरिया पर रूस, ईरान और तुर्की की बैठक, भारत बाहर", N, A, cb)


def test_the_companion_noun_with_a_genitive_is_closeness(cb):
    check("राष्ट्रपति ने कहा कि रूस हर संकट में भारत का साथी रहा है।", N, F, cb)


def test_a_colleague_is_no_companion_of_a_state(cb):
    # bare साथी (colleagues) with no genitive of a party: no closeness of the ties
    check("रूसी मंत्री और उनके भारतीय समकक्ष अपने साथियों के साथ पहुंचे।", N, N, cb)


# ------------------------------------------------------------------ the quoted speaker's "हम"
def test_a_quoted_speakers_we_is_the_speakers_state(cb):
    from analysis.coding import ArticleState, code_unit

    story = ArticleState()
    _, story = code_unit("रूसी विदेश मंत्री सर्गेई लावरोव ने मंगलवार को पत्रकारों से कहा कि बातचीत होगी।", ("body", 0), story, cb)
    coded, _ = code_unit('उन्होंने कहा, "भारत हमारा सबसे भरोसेमंद दोस्त है।"', ("body", 1), story, cb)
    assert coded.speaker_side == "russia"
    assert coded.stance["ru_in"] == F, coded.stance_notes
    # round 26: a story whose lead names only Russia is the home's pair, which the unit's "भारत" with
    # "भरोसेमंद" now speaks of first; the "हम" reading itself: test_stance_round26 (a lead naming a third state)
    assert (
        "'हम' of the quoted speaker is russia" in coded.stance_notes["ru_in"]
        or "the article's pair" in (coded.stance_notes["ru_in"])
    )


def test_we_in_the_outlets_own_narration_names_no_state(cb):
    from analysis.coding import ArticleState, code_unit

    coded, _ = code_unit("हमारा मानना है कि भारत को सतर्क रहना चाहिए।", ("body", 0), ArticleState(), cb)
    assert coded.stance["ru_in"] == N, coded.stance_notes


@pytest.mark.parametrize(
    "text",
    [
        "जानकारों के मुताबिक मॉस्को का झुकाव बीजिंग की तरफ बढ़ रहा है, भारत सतर्क है।",
        "नई दिल्ली के जानकारों का कहना है कि क्रेमलिन का झुकाव पाकिस्तान की तरफ बढ़ता जा रहा है।",
    ],
)
def test_russias_tilt_toward_a_third_state_by_its_capital_or_in_either_order_is_drifting(text, cb):
    assert code(text, cb).stance["ru_in"] == A, code(text, cb).notes


# ------------------------------------------------------------------ a report referred back and called false
def test_a_report_called_false_denies_the_storys_last_claim(cb):
    story = [
        "रूस और पाकिस्तान के बीच हथियार सौदे की चर्चा",
        "रूस और पाकिस्तान के रक्षा मंत्रियों ने मॉस्को में मुलाकात की।",
        "एक अखबार ने दावा किया कि रूस पाकिस्तान को लड़ाकू विमान बेचेगा।",
        "लेकिन रूसी अधिकारियों ने इन खबरों को गलत बताया।",
    ]
    coded = code_article(story, cb)
    assert coded[2].stance["ru_pk"] == F, coded[2].stance_notes
    assert coded[3].stance == {"ru_pk": A, "ru_in": N}, coded[3].stance_notes
    assert "calls the story's report false" in coded[3].stance_notes["ru_pk"]


def test_a_report_called_false_with_no_claim_before_stays_none(cb):
    story = [
        "रूस और पाकिस्तान के रक्षा मंत्रियों की मुलाकात",
        "रूस और पाकिस्तान के रक्षा मंत्रियों ने मॉस्को में मुलाकात की।",
        "रूसी अधिकारियों ने इन खबरों को गलत बताया।",
    ]
    assert code_article(story, cb)[2].stance == {"ru_pk": N, "ru_in": N}
