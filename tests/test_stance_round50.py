"""Stance round 50 (issue #12): who the relation is between, when a unit does not name both parties.

Four readings of pair resolution (`analysis.stance`), each a family of news Hindi, not of one sentence:

- "these ties": a demonstrative determining a relation noun anywhere in the unit ("यानी आने वाले साल में यह
  रिश्ता …", "इन संबंधों में …", "रिश्तों की इस नई गर्मजोशी …"), up to two adjectives between, refers to the ties
  the unit before spoke of, else to the story's (main) pair (`ties_determined`, `these_ties`). Not with a state
  outside the pair named, nor when the determiner belongs to a noun of time ("इस साल रिश्तों में …").
- two states joined and taken as the object of पर ("… अमरीका और चीन पर निर्भर") are named in passing: a later
  "दोनों देश/मुल्क" is not theirs but the pair before (`in_passing`, `last_pair`); two others as subject, possessor,
  recipients or "के बीच" stay the last pair.
- an assurance by the shared party with no addressee named (आश्वासन, भरोसा दिलाया, यक़ीन दिलाया) is given to the
  party the codebook's favor row names ("Russia reassuring India"), in a story that named that pair; a third
  party named in what is assured only when it is held back ("पाकिस्तान को हथियार न देने का भरोसा") (`assured`).
- the story's event as the object of a pair party's own evaluation or reaction ("<party> ने इसे … बताया",
  "… ने इस फैसले पर अफसोस जताया"): the pair the unit before spoke of (`evaluated_by_party`); not others' word.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY, PK_PIPELINE_STORY, code_article


def after(story, unit, cb, target):
    return code_article([*story, unit], cb)[-1].stance[target]


@pytest.mark.parametrize(
    ("story", "unit", "target", "expected"),
    [
        (PK_PIPELINE_STORY, "यानी अगले कुछ वर्षों में यह रिश्ता और मजबूत होने के आसार हैं।", "ru_pk", "favor"),
        (PK_PIPELINE_STORY, "सच तो यह है कि इन पुराने संबंधों में अब भी खटास है।", "ru_pk", "against"),
        (PK_PIPELINE_STORY, "कूटनीतिक हलकों के अनुसार आने वाले समय में ये ताल्लुक़ात और गहरे होंगे।", "ru_pk", "favor"),
        (IN_DEAL_STORY, "जानकारों के मुताबिक बीते बरसों में इस दोस्ती में दरार आई है।", "ru_in", "against"),
        (IN_DEAL_STORY, "विश्लेषकों का कहना है कि अब तक यह साझेदारी और मज़बूत हुई है।", "ru_in", "favor"),
    ],
)
def test_these_ties_anywhere_refer_to_the_pair_spoken_of(story, unit, target, expected, cb):
    assert after(story, unit, cb, target) == expected


@pytest.mark.parametrize(
    ("story", "unit", "target"),
    [
        (PK_PIPELINE_STORY, "अमेरिका और चीन के बीच यह रिश्ता लगातार बिगड़ रहा है।", "ru_pk"),
        (IN_DEAL_STORY, "भारत और फ्रांस के बीच यह साझेदारी तेजी से बढ़ रही है।", "ru_in"),
        (PK_PIPELINE_STORY, "जानकारों के अनुसार इस साल रिश्तों पर चर्चा होगी।", "ru_pk"),
    ],
)
def test_these_ties_of_another_pair_or_a_time_are_not_the_story(story, unit, target, cb):
    assert after(story, unit, cb, target) == "none"


PK_ASIDE = [
    "मॉस्को और इस्लामाबाद: करीब आते दो देश",
    "रूस और पाकिस्तान अब हथियार और ऊर्जा के सौदों से करीब आ रहे हैं।",
    "पाकिस्तान के रक्षा विशेषज्ञों का कहना है कि देश अब केवल अमरीका और चीन पर निर्भर नहीं रहना चाहता।",
]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("दोनों देशों की नौसेनाएं अगले महीने अरब सागर में संयुक्त अभ्यास करेंगी।", "favor"),
        ("व्यापार के मोर्चे पर भी दोनों मुल्क क़रीब आए हैं।", "favor"),
    ],
)
def test_the_two_past_two_others_named_in_passing_are_the_storys_pair(unit, expected, cb):
    assert code_article([*PK_ASIDE, unit], cb)[-1].stance["ru_pk"] == expected


def test_the_two_after_two_others_acting_together_are_those_two(cb):
    aside = [*PK_ASIDE[:2], "उधर भारत और चीन के बीच सीमा पर तनाव बना हुआ है।"]
    unit = "दोनों देशों ने बातचीत जारी रखने पर सहमति जताई।"
    assert code_article([*aside, unit], cb)[-1].stance["ru_pk"] == "none"


TWO_PAIRS = [
    "मॉस्को में भारत-रूस रक्षा वार्ता",
    "भारत और रूस के रक्षा मंत्रियों ने शुक्रवार को मॉस्को में मुलाकात की।",
    "इस बीच रूस और पाकिस्तान के बीच सैन्य सहयोग बढ़ रहा है।",
]


@pytest.mark.parametrize(
    "unit",
    [
        "अधिकारियों के मुताबिक रूस ने पाकिस्तान को आक्रामक हथियार न देने का भरोसा दिलाया है।",
        "सूत्रों के अनुसार रूसी पक्ष ने आश्वासन दिया कि पाकिस्तान के साथ सैन्य संपर्क सीमित रहेंगे।",
        "उनके मुताबिक मॉस्को ने लंबित सौदों की जल्द आपूर्ति का यक़ीन दिलाया।",
    ],
)
def test_an_assurance_with_no_addressee_reassures_india(unit, cb):
    assert code_article([*TWO_PAIRS, unit], cb)[-1].stance["ru_in"] == "favor"


@pytest.mark.parametrize(
    "unit",
    [
        # a promise of supply to the third party named is its own, not India's reassurance
        "अधिकारियों के मुताबिक रूस ने पाकिस्तान को गेहूं की आपूर्ति जारी रखने का भरोसा दिलाया।",
        # an addressee named right before the assurance
        "पुतिन ने पाकिस्तानी नेतृत्व को भरोसा दिलाया कि सहयोग बढ़ेगा।",
    ],
)
def test_an_assurance_to_a_named_party_is_not_indias(unit, cb):
    assert code_article([*TWO_PAIRS, unit], cb)[-1].stance["ru_in"] == "none"


@pytest.mark.parametrize(
    ("story", "unit", "target", "expected"),
    [
        (PK_PIPELINE_STORY, "पाकिस्तान के ऊर्जा मंत्री ने इसे बड़ी कामयाबी बताया।", "ru_pk", "favor"),
        (PK_PIPELINE_STORY, "पाकिस्तानी विदेश दफ़्तर ने इस फैसले पर अफसोस जताया।", "ru_pk", "against"),
        (IN_DEAL_STORY, "भारत के रक्षा मंत्री ने इसे बड़ी कामयाबी करार दिया।", "ru_in", "favor"),
    ],
)
def test_a_pair_party_evaluating_the_event_speaks_of_the_pair(story, unit, target, expected, cb):
    assert after(story, unit, cb, target) == expected


def test_others_evaluating_the_event_do_not(cb):
    assert after(PK_PIPELINE_STORY, "कुछ पश्चिमी विश्लेषक इसे ज़्यादा अहमियत नहीं देते।", cb, "ru_pk") == "none"
