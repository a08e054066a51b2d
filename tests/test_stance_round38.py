"""Stance round 38 (issue #12): target detection and carry-over from the codebook and the language.

A setback or strain met by one party of the story's pair speaks of that pair (round 10), but only in a
story of one pair. A Russia–Pakistan story that turns for a sentence to Russia–India ties has two pairs; its
lead still settles which it is about (`main_pair`, round 19), and the setback of one party of that pair is
that pair's. Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import code_article

F, A, N = "favor", "against", "none"

# a Russia–Pakistan story (its lead) with an aside on Russia–India ties
STORY = [
    "रूस ने पाकिस्तान के साथ गैस पाइपलाइन पर काम रोका",
    "रूस ने पाकिस्तान के साथ प्रस्तावित गैस पाइपलाइन पर काम रोक दिया है।",
    "भारत ने कहा कि रूस के साथ उसके रिश्ते मजबूत हैं।",
]


def _last(texts, cb):
    return code_article(texts, cb)[-1]


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान के हाथ निराशा लगी।",
        "इस्लामाबाद में सरकारी हलकों ने इस फैसले पर मायूसी जताई।",
        "पाकिस्तानी अधिकारियों ने इस कदम को निराशाजनक बताया।",
    ],
)
def test_a_setback_to_one_party_after_an_aside_is_the_main_pairs(text, cb):
    c = _last([*STORY, text], cb)
    assert c.stance["ru_pk"] == A
    assert c.stance["ru_in"] == N


def test_a_setback_with_a_third_state_is_not_the_pairs(cb):
    # the unit names the US: the setback may be with it, not with Russia
    c = _last([*STORY, "पाकिस्तान को अमेरिका से भी निराशा हाथ लगी।"], cb)
    assert c.stance["ru_pk"] == N


def test_a_story_whose_lead_settles_no_pair_reads_no_setback(cb):
    # the lead names both pairs at once: which pair the setback is of, the story does not say
    story = [
        "रूस के भारत और पाकिस्तान से रिश्ते",
        "रूस ने भारत और पाकिस्तान दोनों के साथ रक्षा समझौते किए हैं।",
        "भारत ने कहा कि रूस के साथ उसके रिश्ते मजबूत हैं।",
    ]
    c = _last([*story, "पाकिस्तान के हाथ निराशा लगी।"], cb)
    assert c.stance["ru_pk"] == N


# --- Russia named with "दोनों …" for the two states the story last named together --------------------------------

TENSION = ["भारत-पाक तनाव पर रूस का रुख", "भारत और पाकिस्तान के बीच तनाव के बीच रूस ने संयम की अपील की है।"]


@pytest.mark.parametrize(
    "text",
    [
        "रूसी विदेश मंत्रालय की प्रवक्ता ने कहा कि रूस दोनों देशों को अपना दोस्त मानता है।",
        "मॉस्को दोनों मुल्कों को अपना करीबी साझेदार समझता है।",
        "क्रेमलिन ने कहा- दोनों हमारे मित्र",
        "रूसी राजदूत ने कहा कि मॉस्को दोनों का दोस्त है।",
    ],
)
def test_russia_a_friend_of_both_speaks_of_both_targets(text, cb):
    c = _last([*TENSION, text], cb)
    assert c.stance == {"ru_pk": F, "ru_in": F}
    assert c.about["ru_pk"] and c.about["ru_in"]


@pytest.mark.parametrize(
    "text",
    [
        # "the two" act themselves: no tie of Russia's with them
        "लावरोव ने कहा कि अगर दोनों पक्ष चाहें तो मॉस्को मध्यस्थता को तैयार है।",
        "पुतिन ने कहा कि दोनों पड़ोसियों को अपने मतभेद बातचीत से सुलझाने चाहिए।",
    ],
)
def test_the_two_as_agents_are_no_ties_of_russias(text, cb):
    c = _last([*TENSION, text], cb)
    assert c.stance == {"ru_pk": N, "ru_in": N}


def test_the_two_of_a_pair_with_russia_are_not_india_and_pakistan(cb):
    # the story last named Russia and Pakistan together: "दोनों देश" are that pair, as before
    story = ["रूस और पाकिस्तान की दोस्ती", "रूस और पाकिस्तान ने रक्षा समझौता किया।"]
    c = _last([*story, "दोनों देश एक-दूसरे को भरोसेमंद दोस्त मानते हैं।"], cb)
    assert c.stance["ru_pk"] == F
    assert c.stance["ru_in"] == N


# --- a determiner with the story's act or arrangement ("इस फैसले से", "इस इंतज़ाम से") refers back -----------------

ENGINE = ["रूस देगा पाकिस्तान को इंजन", "रूस ने पाकिस्तान को जेएफ-17 के लिए इंजन देने का फैसला किया है।"]


@pytest.mark.parametrize(
    "text",
    [
        "इस फैसले से पाकिस्तानी वायुसेना को बड़ी राहत मिलेगी।",
        "इस इंतज़ाम से डॉलर की कमी से जूझ रहे पाकिस्तान को बड़ी राहत मिलेगी।",
        "पाकिस्तानी अधिकारियों के मुताबिक इस व्यवस्था से कारोबारियों को राहत मिलेगी।",
        "इस क़दम से पाकिस्तान को फ़ायदा होगा।",
    ],
)
def test_the_storys_act_under_a_determiner_carries_the_pair(text, cb):
    c = _last([*ENGINE, text], cb)
    assert c.stance["ru_pk"] == F


def test_the_storys_act_with_another_state_named_carries_nothing(cb):
    c = _last([*ENGINE, "इस फैसले से चीन को भी फायदा होगा।"], cb)
    assert c.stance["ru_pk"] == N
