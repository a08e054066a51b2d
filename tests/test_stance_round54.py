"""Stance round 54 (issue #12): which clause decides and what a question only asks.

- a question word right before the favor it asks about (how much: कितना/कितने/कितनी; whose: किसका/किसके …,
  कौन) asks the tie's degree or side and portrays neither: the favor is only asked, none (`stance.asked_which`),
  in a direct question ("?") or an indirect one after "कि"; "क्यों"/"कैसे" take the act as done and keep it, and a
  question word elsewhere in the unit (on the goods, on who gains) keeps the act's favor.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY, PK_PIPELINE_STORY, code_article


def stance(story, unit, target, cb):
    return code_article([*story, unit], cb)[-1].stance[target]


@pytest.mark.parametrize(
    ("story", "unit", "target"),
    [
        (PK_PIPELINE_STORY, "आख़िर रूस और पाकिस्तान के रिश्ते कितने गहरे हैं?", "ru_pk"),
        (PK_PIPELINE_STORY, "मॉस्को के साथ इस्लामाबाद के संबंध कितने मजबूत हुए?", "ru_pk"),
        (IN_DEAL_STORY, "कारगिल की लड़ाई में रूस ने किसका साथ दिया?", "ru_in"),
        (IN_DEAL_STORY, "भारत और रूस के bilateral ties कितने strong हैं?", "ru_in"),
        (IN_DEAL_STORY, "असली सवाल यह है कि मुश्किल वक्त में रूस किसका साथ देगा।", "ru_in"),
    ],
)
def test_a_question_asking_the_ties_degree_or_side_is_only_asked(story, unit, target, cb):
    assert stance(story, unit, target, cb) == "none"


@pytest.mark.parametrize(
    ("story", "unit", "target"),
    [
        (PK_PIPELINE_STORY, "रूस पाकिस्तान को गैस क्यों बेच रहा है?", "ru_pk"),
        (IN_DEAL_STORY, "प्रतिबंधों के बावजूद भारत रूस से तेल क्यों खरीदता रहा?", "ru_in"),
        (PK_PIPELINE_STORY, "पाकिस्तान ने रूस से कितना कच्चा तेल खरीदा?", "ru_pk"),
        (IN_DEAL_STORY, "रूस भारत को तेल दे रहा है, पर इससे फायदा किसे होगा?", "ru_in"),
        (IN_DEAL_STORY, "भारत-रूस रिश्ते बहुत गहरे हैं, यह सब जानते हैं कि संकट में कौन काम आया।", "ru_in"),
    ],
)
def test_a_question_on_the_goods_the_gain_or_the_reason_keeps_the_acts_favor(story, unit, target, cb):
    assert stance(story, unit, target, cb) == "favor"


def test_a_degree_asked_of_a_strain_keeps_its_doubt(cb):
    assert stance(PK_PIPELINE_STORY, "रूस और पाकिस्तान के बीच तल्ख़ी कितनी बढ़ी है?", "ru_pk", cb) == "against"


@pytest.mark.parametrize(
    "unit",
    [
        "यह दौरा दिखाता है कि रूस भारत को कितनी अहमियत देता है।",
        "इस सौदे से साफ़ है कि भारत और रूस के रिश्ते कितने गहरे हैं।",
    ],
)
def test_how_much_after_a_word_that_shows_is_stated_not_asked(unit, cb):
    assert stance(IN_DEAL_STORY, unit, "ru_in", cb) == "favor"


@pytest.mark.parametrize(
    ("story", "unit", "target"),
    [
        (PK_PIPELINE_STORY, "रूस ने पाकिस्तान में स्टील मिल के विस्तार का करार किया था, जो कागज़ों में ही रह गया।", "ru_pk"),
        (PK_PIPELINE_STORY, "दोनों मुल्कों ने मुश्तरका मश्क़ों का ऐलान किया था, जो बाद में रद्द कर दी गईं।", "ru_pk"),
        (IN_DEAL_STORY, "भारत ने रूस के साथ हेलिकॉप्टर बनाने का समझौता किया था, जो आखिरकार रद्द हो गया।", "ru_in"),
    ],
)
def test_a_relative_after_a_comma_that_tells_what_became_of_the_deal_decides(story, unit, target, cb):
    assert stance(story, unit, target, cb) == "against"


@pytest.mark.parametrize(
    ("story", "unit", "target"),
    [
        (PK_PIPELINE_STORY, "रूस ने पाकिस्तान को दो जंगी जहाज़ दिए, जो कराची में तैनात होंगे।", "ru_pk"),
        (IN_DEAL_STORY, "भारत और रूस ने नौसैनिक अभ्यास किया, जिसमें बारह युद्धपोत शामिल हुए।", "ru_in"),
    ],
)
def test_a_relative_that_characterises_its_noun_stays_background(story, unit, target, cb):
    assert stance(story, unit, target, cb) == "favor"


@pytest.mark.parametrize(
    ("story", "unit", "target", "value"),
    [
        (PK_PIPELINE_STORY, "पाकिस्तान और रूस: भरोसा या धोखा?", "ru_pk", "none"),
        (IN_DEAL_STORY, "भारत और रूस: सच्ची दोस्ती या टूटता रिश्ता?", "ru_in", "none"),
        (PK_PIPELINE_STORY, "रूस ने पाकिस्तान को गेहूं बेचा - उम्मीद या छलावा?", "ru_pk", "favor"),
    ],
)
def test_the_alternatives_of_a_question_are_only_asked(story, unit, target, value, cb):
    assert stance(story, unit, target, cb) == value


def test_or_merely_leans_to_its_doubt(cb):
    assert stance(PK_PIPELINE_STORY, "मॉस्को से रिश्ता या महज़ एक सपना?", "ru_pk", cb) == "against"
