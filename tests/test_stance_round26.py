"""Stance round 26 (issue #12): mechanisms read from sets AG and AH, written as sentences for the tests.

A demonstrative that opens the reported clause after an attribution lead ("<source> के मुताबिक इससे …",
"<name> ने कहा कि यह परियोजना …") refers back like one that opens the unit; the ties not seen through a
third state's lens are valued in their own right, and the lens's owner is no party; a story whose headline
and lead name only Russia is the outlet's home's dealings with it. Every sentence here was written for the
tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.attribution import with_home
from analysis.coding import explain
from analysis.cues import match_cues
from analysis.stance import opens_clause, reported_start
from tests.stance_units import code, code_article

F, A, N = "favor", "against", "none"
RU_IN, RU_PK = frozenset({"ru_in"}), frozenset({"ru_pk"})

AFTER_A_LEAD = [
    # a source phrase or a speech verb, then the demonstrative: what is said of the referent decides
    ("वाणिज्य मंत्रालय के अनुसार इससे पाकिस्तान को बड़ा फायदा होगा।", RU_PK, "ru_pk", F),
    ("वित्त मंत्री ने कहा कि इससे देश को बड़ा फायदा होगा।", RU_PK, "ru_pk", F),
    # a speech verb with कि (auxiliaries between)
    ("ऊर्जा मंत्री ने कहा कि यह पाइपलाइन देश के लिए मील का पत्थर साबित होगी।", RU_PK, "ru_pk", F),
    ("विदेश सचिव ने बताया था कि इससे भारत की ऊर्जा सुरक्षा मज़बूत हुई है।", RU_IN, "ru_in", F),
]


@pytest.mark.parametrize("text, pair, target, expected", AFTER_A_LEAD)
def test_a_demonstrative_opening_the_reported_clause_carries_the_previous_pair(text, pair, target, expected, cb):
    result = code(text, cb, pair, pair)
    assert result.about[target], result.notes
    assert result.stance[target] == expected, result.notes


def test_the_reported_clause_starts_after_the_lead(cb):
    unit = match_cues("रक्षा विशेषज्ञों का कहना है कि यह करार अहम है।", cb)
    assert unit.text.split()[reported_start(unit)] == "यह"
    assert reported_start(match_cues("यह करार अहम है।", cb)) == 0


NOT_CARRIED = [
    # the reported clause names another state: the carry after a lead is the weak carry's, guarded
    ("पाकिस्तानी फौज ने कहा कि इससे दोनों फौजों के बीच भरोसा बढ़ेगा।", RU_IN, "ru_in"),
    ("एक पूर्व राजदूत के अनुसार यह बदलाव भारत और रूस के रिश्तों को कमज़ोर नहीं करता।", RU_PK, "ru_pk"),
    # "दोनों" and "वह/वे" in a reported clause are the pair the speaker speaks of, or the speaker
    ("रूसी प्रवक्ता ने कहा कि दोनों पड़ोसी अपने विवाद खुद सुलझा सकते हैं।", RU_IN, "ru_in"),
    # a lead that ends the unit ("… पर अफसोस जताया") opens no clause
    ("सरकारी समाचार एजेंसी के मुताबिक इस साल पाकिस्तान की अर्थव्यवस्था बढ़ी।", RU_PK, "ru_pk"),
]


@pytest.mark.parametrize("text, pair, target", NOT_CARRIED)
def test_a_reported_clause_of_another_pair_or_of_the_speaker_carries_nothing(text, pair, target, cb):
    assert code(text, cb, frozenset(), pair).stance[target] == N  # the previous unit spoke of the pair


def test_the_speakers_own_pronoun_after_a_lead_opens_no_carry(cb):
    unit = match_cues("रूसी राजदूत ने कहा कि वह इस मुद्दे पर कुछ नहीं कहेंगे।", cb)
    (pronoun,) = [h for h in unit.of("carry") if unit.text[h.start : h.end] == "वह"]
    assert not opens_clause(unit, pronoun, cb.stance.carry_within_tokens)


def test_a_lead_far_into_the_unit_opens_no_clause(cb):
    text = "रूस पहुंचे एक बड़े कारोबारी प्रतिनिधिमंडल के सबसे वरिष्ठ सदस्य और उद्योग संघ के अध्यक्ष ने कहा कि यह अच्छा है।"
    assert reported_start(match_cues(text, cb)) == 0


LENS = [
    # the ties not seen or weighed through a third state's lens: valued in their own right (favor)
    ("मास्को इस्लामाबाद को नई दिल्ली के चश्मे से नहीं देखता।", "ru_pk"),
    ("रूस अब पाकिस्तान को भारत के चश्मे से नहीं देखता।", "ru_pk"),
    ("भारत ने कहा कि वह रूस के साथ अपने संबंधों को अमेरिका के नज़रिये से नहीं देखेगा।", "ru_in"),
    ("रूस और भारत के रिश्ते किसी दूसरे देश के तराजू पर नहीं तौले जाते।", "ru_in"),
    ("पाकिस्तान के साथ रिश्तों को रूस किसी तीसरे मुल्क की ऐनक से नहीं देखता।", "ru_pk"),
]


@pytest.mark.parametrize("text, target", LENS)
def test_ties_not_seen_through_a_third_states_lens_are_favor(text, target, cb):
    result = code(text, cb)
    assert result.stance[target] == F, result.notes
    other = "ru_in" if target == "ru_pk" else "ru_pk"
    assert result.stance[other] == N, result.notes


def test_the_lens_owner_is_no_party_and_explain_says_so(cb):
    text = "रूस अब पाकिस्तान को भारत के चश्मे से नहीं देखता।"
    assert "lens's owner" in code(text, cb).notes["ru_pk"]
    out = explain(text, cb)
    assert "चश्मे" in out and "commitment" in out, out


LENS_KEPT = [
    # a point of view alone is no predicate; a lens affirmed is not the negated commitment
    ("भारत के नज़रिये से रूस और पाकिस्तान का यह सौदा चिंता का विषय है।", "ru_pk", N),
    ("रूस भारत को चीन के चश्मे से देखता है।", "ru_in", N),
]


@pytest.mark.parametrize("text, target, expected", LENS_KEPT)
def test_a_point_of_view_or_an_affirmed_lens_is_no_commitment(text, target, expected, cb):
    assert code(text, cb).stance[target] == expected


LOCAL_STORY = [
    "रूस से आई यूरिया की बड़ी खेप, किसान खुश",
    "रूसी यूरिया की पहली खेप सोमवार को रतलाम स्टेशन पहुंची।",
    "केंद्र सरकार ने रूस के साथ उर्वरक आपूर्ति का दो साल का करार किया है।",
]


def test_a_story_that_names_only_russia_is_its_homes_pair(cb):
    coded = code_article(LOCAL_STORY, cb)
    assert [u.stance["ru_in"] for u in coded[1:]] == [F, F], [u.stance_notes for u in coded]
    assert all(u.stance["ru_pk"] == N for u in coded)


def test_a_pakistani_outlets_story_that_names_only_russia_is_russia_pakistan(cb):
    coded = code_article(LOCAL_STORY, with_home(cb, "pakistan"))
    assert [u.stance["ru_pk"] for u in coded[1:]] == [F, F]
    assert all(u.stance["ru_in"] == N for u in coded)


HOME_KEPT = [
    # a headline naming a third state: the story is not the home's dealings
    [
        "यूक्रेन युद्ध के बीच रूस ने बढ़ाया गैस निर्यात",
        "रूस ने पिछले महीने गैस का निर्यात बढ़ाया।",
        "रूस ने कई खरीदारों के साथ आपूर्ति के करार किए हैं।",
    ],
    # a story whose headline and lead name only the home: its own news, no partner (a rise is not ties)
    [
        "दिल्ली में संक्रमण के मामले बढ़े",
        "राजधानी में मंगलवार को नए मामलों की संख्या बढ़कर दो सौ हो गई।",
        "दिल्ली के साथ मुंबई में भी मामले तेज़ी से बढ़े हैं।",
    ],
    # a story filed from a third state's capital
    [
        "रूस के साथ तेल करार पर बातचीत",
        "इस्लामाबाद : पेट्रोलियम मंत्रालय ने बताया कि बातचीत जारी है।",
        "मंत्रालय ने रूस के साथ तेल आपूर्ति का करार किया है।",
    ],
]


@pytest.mark.parametrize("story", HOME_KEPT)
def test_a_story_of_the_home_alone_of_a_third_state_or_filed_from_one_is_no_homes_pair(story, cb):
    assert all(u.stance == {"ru_pk": N, "ru_in": N} for u in code_article(story, cb))


def test_a_quoted_speakers_we_still_names_the_speakers_state_without_the_homes_pair(cb):
    from analysis.coding import ArticleState, code_unit

    story = ArticleState()
    lead = "रूसी विदेश मंत्री सर्गेई लावरोव ने चीन में पत्रकारों से कहा कि बातचीत होगी।"
    _, story = code_unit(lead, ("body", 0), story, cb)
    coded, _ = code_unit('उन्होंने कहा, "भारत हमारा सबसे भरोसेमंद दोस्त है।"', ("body", 1), story, cb)
    assert coded.stance["ru_in"] == F, coded.stance_notes
    assert "'हम' of the quoted speaker is russia" in coded.stance_notes["ru_in"]


CONSTRUCTIONS = [
    # not capable, in the tatsam and Urdu registers (round 8 had the Urdu "काबिल नहीं"): limited, against
    ("पाकिस्तानी रिफाइनरियां रूसी तेल को साफ करने में सक्षम नहीं हैं।", "ru_pk", A),
    ("रूस ने भारत को बताया कि वह हथियारों की आपूर्ति पूरी करने में असमर्थ है।", "ru_in", A),
    ("पाकिस्तान के कारखाने रूसी कच्चे माल को संसाधित करने की सलाहियत नहीं रखते।", "ru_pk", A),
    # different or opposing camps: adversarial, against
    ("शीत युद्ध में रूस और पाकिस्तान अलग-अलग खेमों में थे।", "ru_pk", A),
    ("रूस और पाकिस्तान शीत युद्ध के दौरान परस्पर विरोधी खेमों में खड़े थे।", "ru_pk", A),
    # trade crossing or reaching a mark with a finite verb: growth, favor
    ("रूस और पाकिस्तान के बीच व्यापार पिछले साल एक अरब डॉलर पार कर गया।", "ru_pk", F),
    ("रूस और भारत का कारोबार इस वर्ष रिकॉर्ड 70 अरब डॉलर तक पहुंच गया है।", "ru_in", F),
]


@pytest.mark.parametrize("text, target, expected", CONSTRUCTIONS)
def test_inability_opposing_camps_and_trade_reaching_a_mark(text, target, expected, cb):
    assert code(text, cb).stance[target] == expected, code(text, cb).notes


CONSTRUCTIONS_KEPT = [
    # capable (not negated) of settling a third pair's dispute; a camp refused; a past camp before "अब"
    ("रूसी विदेश मंत्रालय ने कहा कि भारत और चीन अपने मतभेद सुलझाने में सक्षम हैं।", "ru_in", N),
    ("पाकिस्तान ने कहा कि वह रूस के साथ रिश्ते बढ़ाएगा पर किसी खेमे में शामिल नहीं होगा।", "ru_pk", F),
    ("कभी विरोधी खेमों में रहे रूस और पाकिस्तान अब रक्षा सहयोग बढ़ा रहे हैं।", "ru_pk", F),
    # a trade deficit past a mark stays against
    ("भारत का रूस के साथ व्यापार घाटा 40 अरब डॉलर के पार पहुंच गया है।", "ru_in", A),
]


@pytest.mark.parametrize("text, target, expected", CONSTRUCTIONS_KEPT)
def test_capability_a_camp_refused_a_past_camp_and_a_deficit_keep_their_readings(text, target, expected, cb):
    assert code(text, cb).stance[target] == expected, code(text, cb).notes


OBJECTED_IN_A_RELATIVE = [
    # the event in the main clause, a third party's objection to it in a relative clause with "जिस पर"
    ("2016 में पहला संयुक्त अभ्यास हुआ था, जिस पर भारत ने रूस के सामने आपत्ति जताई थी।", RU_PK),
    ("पाकिस्तान और रूस का पहला अभ्यास हुआ, जिस पर भारत ने आपत्ति जताई।", frozenset()),
]


@pytest.mark.parametrize("text, pair", OBJECTED_IN_A_RELATIVE)
def test_an_event_objected_to_in_a_relative_clause_is_the_story_pairs_and_the_objection_the_objectors(text, pair, cb):
    result = code(text, cb, pair, pair)
    assert result.stance == {"ru_pk": F, "ru_in": A}, result.notes


def test_explain_names_the_event_the_objector_objects_to(cb):
    text = OBJECTED_IN_A_RELATIVE[0][0]
    assert "the event its own party objects to" in code(text, cb, RU_PK, RU_PK).notes["ru_in"]


def test_a_third_states_worry_in_a_relative_clause_leaves_the_pair_its_event(cb):
    result = code("रूस और भारत ने नया समझौता किया, जिस पर अमेरिका ने चिंता जताई।", cb)
    assert result.stance["ru_in"] == F, result.notes


def test_a_connective_pronoun_does_not_carry_into_a_unit_with_its_own_pair(cb):
    # "इसके बावजूद" (despite this) names the previous event as background; the unit's own pair speaks
    result = code("इसके बावजूद पाकिस्तान रूस के साथ व्यापार बढ़ाना चाहता है।", cb, frozenset(), RU_IN)
    assert result.stance == {"ru_pk": F, "ru_in": N}, result.notes


def test_a_connective_pronoun_still_carries_into_a_unit_without_a_pair(cb):
    assert code("इसके बावजूद सौदा आगे बढ़ा।", cb, frozenset(), RU_IN).stance["ru_in"] == F


LACK = [
    ("एक व्यापारी ने कहा कि रूस और पाकिस्तान के कारोबार में अब भी भरोसे की कमी है।", "ru_pk", A),
    ("रूस और भारत के रिश्तों में विश्वास का अभाव दिख रहा है।", "ru_in", A),
    # no lack at all: the trust stays
    ("रूस और भारत के बीच भरोसे की कोई कमी नहीं है।", "ru_in", F),
]


@pytest.mark.parametrize("text, target, expected", LACK)
def test_a_lack_of_trust_is_doubt_and_no_lack_keeps_the_trust(text, target, expected, cb):
    assert code(text, cb).stance[target] == expected
