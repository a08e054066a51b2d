"""Stance round 24 (issue #12): mechanisms read from sets AC and AD, written as sentences for the tests.

Pressure that failed or was ignored, a request referred back and refused, a friend epithet with no
possessor (the outlet's home), the larger Indian cities, a yes/no question, a capital as the scene of
two other states' meeting, a pronoun that only dates the unit, a vote abstained against the partner,
a past of enmity before "अब", and a designation with a hyphenated number. Every sentence here was
written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.attribution import with_home
from analysis.coding import explain
from analysis.stance import yes_no_question
from tests.stance_units import code

F, A, N = "favor", "against", "none"
RU_IN, RU_PK = frozenset({"ru_in"}), frozenset({"ru_pk"})

HELD = [
    # a pressure whose effect is denied, or that was ignored: the ties held (favor)
    "रूस के साथ रक्षा करार: पश्चिमी पाबंदियों की चेतावनी की अनदेखी",
    "अमेरिकी धमकियों का रूस-भारत साझेदारी पर कोई फ़र्क़ नहीं पड़ा।",
    "पाबंदियों का डर रिश्तों को प्रभावित नहीं करेगा, भारत और रूस ने कहा।",
    "भारत-रूस रक्षा सहयोग किसी दबाव में नहीं टूटेगा।",
]


@pytest.mark.parametrize("text", HELD)
def test_a_pressure_that_failed_or_was_ignored_holds_the_ties(text, cb):
    result = code(text, cb, RU_IN, RU_IN)
    assert result.stance["ru_in"] == F, result.notes
    assert any("(commitment)" in c.pattern and c.value == F for c in result.cues), result.cues


def test_a_pressure_applied_stays_what_it_was(cb):
    # no effect denied, nothing ignored: the pressure is a third state's act, as before
    result = code("अमेरिका ने भारत पर रूस से तेल न खरीदने का दबाव डाला।", cb, RU_IN, RU_IN)
    assert not any("(commitment)" in c.pattern for c in result.cues), result.cues


def test_the_partys_own_pressure_unheeded_is_against(cb):
    # India pressed Russia, and Russia ignored it: the partner did not heed the party (against)
    result = code("रूस ने भारत के दबाव को नज़रअंदाज़ किया।", cb)
    assert result.stance["ru_in"] == A
    assert "own pressure unheeded" in result.notes["ru_in"], result.notes


def test_a_request_referred_back_and_refused_is_against(cb):
    # the demonstrative points to the request, and the cue goes on to its negated verb
    assert code("मॉस्को ने यह अनुरोध नहीं माना।", cb, RU_IN, RU_IN).stance["ru_in"] == A
    assert code("रूस ने इस आग्रह को नहीं माना।", cb, RU_IN, RU_IN).stance["ru_in"] == A


def test_a_demonstrative_refusal_noun_stays_the_event(cb):
    result = code("यह इनकार पुराना है।", cb, RU_IN, RU_IN)
    assert result.stance["ru_in"] == N
    assert "what the pronoun refers to" in result.notes["ru_in"], result.notes


def test_an_epithet_with_no_possessor_is_the_outlets_home(cb):
    # an Indian outlet (the codebook's home): the trusted friend turning to Pakistan is ru_in against
    text = "विपक्ष ने पूछा कि भरोसेमंद दोस्त रूस पाकिस्तान को लड़ाकू विमान क्यों दे रहा है।"
    result = code(text, cb, RU_PK, RU_PK)
    assert result.stance["ru_in"] == A, result.notes
    assert "drifting" in result.notes["ru_in"]


def test_an_epithet_with_no_possessor_in_a_pakistani_outlet_is_pakistans(cb):
    text = "पुराना दोस्त रूस अब भारत को लड़ाकू विमान क्यों दे रहा है?"
    result = code(text, with_home(cb, "pakistan"), RU_IN, RU_IN)
    assert result.about["ru_pk"], result.notes
    assert result.stance["ru_pk"] == A, result.notes


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान के दोस्त रूस ने उसे हथियार दिए।",  # the possessor is Pakistan
        "हमारे दोस्त रूस ने पाकिस्तान को हथियार दिए।",  # the speaker's friend
    ],
)
def test_an_epithet_with_a_possessor_names_no_home(text, cb):
    assert not code(text, cb, RU_PK, RU_PK).about["ru_in"]


def test_a_large_indian_city_names_india(cb):
    result = code("ग्वालियर के कारोबारियों ने रूस के साथ व्यापार बढ़ने की उम्मीद जताई।", cb)
    assert result.about["ru_in"], result.notes


def test_an_urdu_word_like_a_city_names_nothing(cb):
    # "सूरत-ए-हाल" (the situation) is not Surat
    result = code("अफ़ग़ानिस्तान की सूरत-ए-हाल पर रूस और चीन ने बात की।", cb)
    assert not result.about["ru_in"], result.notes


ASKED = [
    # a yes/no question: the favor is only asked
    ("क्या रूस पाकिस्तान को पनडुब्बियां बेचेगा?", RU_PK, "ru_pk"),
    ("सवाल यह है कि क्या भारत रूस से तेल खरीदना जारी रखेगा?", RU_IN, "ru_in"),
]


@pytest.mark.parametrize(("text", "pair", "target"), ASKED)
def test_a_yes_no_question_asserts_no_favor(text, pair, target, cb):
    result = code(text, cb, pair, pair)
    assert result.stance[target] == N
    assert "yes/no question" in result.notes[target], result.notes


def test_a_question_keeps_the_ties_it_presupposes(cb):
    # the friendship is named as it is (closeness), not asked: round 7 keeps its favor
    assert code("क्या भारत-रूस की पुरानी दोस्ती अब भी उतनी ही गहरी है?", cb).stance["ru_in"] == F


def test_a_question_that_raises_a_doubt_keeps_its_against(cb):
    assert code("क्या भारत और रूस के रिश्तों में खटास आ रही है?", cb).stance["ru_in"] == A


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("क्या रूस पाकिस्तान को पनडुब्बियां बेचेगा?", True),
        ("विश्लेषकों ने पूछा, क्या मॉस्को बदलेगा?", True),
        ("भारत के लिए क्या है इस दोस्ती का मतलब?", False),  # "क्या है": what is
        ("रूस-पाकिस्तान की नज़दीकी से क्या बदलेगा?", False),  # "what", inside its clause
        ("क्या रूस पाकिस्तान को पनडुब्बियां बेचेगा।", False),  # no question mark
    ],
)
def test_what_counts_as_a_yes_no_question(text, asks):
    assert yes_no_question(text) is asks


def test_a_capital_as_the_scene_of_two_other_states_is_no_party(cb):
    text = "मॉस्को में भारत और चीन के रक्षा मंत्रियों की भेंट, सीमा पर तनाव घटाने पर बल"
    result = code(text, cb, RU_IN, RU_IN)
    assert result.stance["ru_in"] == N
    assert "is the scene" in result.notes["ru_in"], result.notes
    assert "is the scene" in explain(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "भारत में रूस और पाकिस्तान के अभ्यास को लेकर गहरी नाराज़गी है।",  # the home's public reacting
        "मॉस्को में थे पाकिस्तान के प्रधानमंत्री, भारत ने नज़र रखी।",  # one other state: a visit
    ],
)
def test_a_reaction_or_a_visit_is_no_scene(text, cb):
    assert "is the scene" not in code(text, cb).notes["ru_in"]


def test_a_pronoun_that_only_dates_the_unit_carries_nothing(cb):
    result = code("इससे पहले भारत और जापान ने एक व्यापार समझौता किया था।", cb, RU_IN, RU_IN)
    assert result.stance["ru_in"] == N
    assert "only dates the unit" in result.notes["ru_in"], result.notes


def test_since_then_keeps_the_carry(cb):
    result = code("इसके बाद से कोई नया करार नहीं हुआ।", cb, RU_IN, RU_IN)
    assert result.about["ru_in"], result.notes


def test_abstaining_from_a_vote_against_the_partner_is_favor(cb):
    text = "भारत ने महासभा में रूस के विरुद्ध आए प्रस्ताव पर वोटिंग से परहेज़ किया।"
    assert code(text, cb).stance["ru_in"] == F


def test_a_past_of_enmity_before_now_is_background(cb):
    text = "कभी एक-दूसरे के विरोधी रहे रूस और पाकिस्तान अब व्यापार और रक्षा सहयोग बढ़ा रहे हैं।"
    result = code(text, cb)
    assert result.stance["ru_pk"] == F, result.notes
    assert "past before 'अब'" in result.notes["ru_pk"]


def test_a_past_that_still_holds_stays_against(cb):
    text = "रूस और पाकिस्तान कभी विरोधी खेमों में थे और वह अविश्वास अब भी बना हुआ है।"
    assert code(text, cb).stance["ru_pk"] == A


def test_a_designation_with_a_number_is_one_word(cb):
    assert code("रूस पाकिस्तान को देगा छह एमआई-17 परिवहन हेलीकॉप्टर", cb).stance["ru_pk"] == F
