"""Stance 60: a pair's measure told as a share or a multiple of another pair's is a comparison with a yardstick.

"रूस-पाक व्यापार भारत-रूस व्यापार के दो प्रतिशत से भी कम है": the genitive before the share noun names the yardstick
(its pair takes nothing from the subject's smallness); the subject, named first, is small (against) with a degree word
(से कम, मात्र, भर, महज़, सिर्फ़) or large with a multiple and the copula ("का बीस गुना है": favor). A share with no degree
word, growth by a multiple ("कई गुना बढ़") and a share of one state's own measure are no yardstick. Every sentence
was written for this file.
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY, PK_PIPELINE_STORY, stance_after


@pytest.mark.parametrize(
    "text",
    [
        "रूस और पाकिस्तान का व्यापार भारत-रूस व्यापार के तीन फीसदी से कम है।",
        "पाकिस्तान को रूसी गेहूं का निर्यात भारत को भेजे गए गेहूं का सिर्फ़ दसवां हिस्सा है।",
        "मास्को से इस्लामाबाद का सैन्य आयात, नई दिल्ली के मास्को से सैन्य आयात का महज़ एक अंश है।",
        "रूस-पाक निवेश रूस-भारत निवेश के एक प्रतिशत भर है।",
    ],
)
def test_small_share_of_another_pairs_measure_is_against_the_subjects_pair(text, cb):
    assert stance_after(PK_PIPELINE_STORY, text, cb)[0] == "against"


def test_the_yardsticks_pair_takes_nothing_from_the_subjects_smallness(cb):
    text = "रूस-पाकिस्तान कारोबार रूस-भारत कारोबार के दो प्रतिशत से भी कम है।"
    assert stance_after(PK_PIPELINE_STORY, text, cb) == ("against", "none")


def test_a_multiple_of_another_pairs_measure_favours_the_subjects_pair(cb):
    text = "भारत और रूस का रक्षा व्यापार रूस-पाक रक्षा व्यापार का बीस गुना है।"
    assert stance_after(IN_DEAL_STORY, text, cb) == ("none", "favor")


@pytest.mark.parametrize(
    "text",
    [
        # growth by a multiple, no yardstick
        "पाकिस्तान की सीमा पर इस तैनाती से भारत की रक्षा क्षमता कई गुना बढ़ जाएगी।",
        # a share with no degree word: no comparison said
        "रूस-पाक व्यापार भारत-रूस व्यापार का बीस प्रतिशत है।",
    ],
)
def test_no_degree_word_or_growth_is_no_yardstick(text, cb):
    assert stance_after(PK_PIPELINE_STORY, text, cb)[0] != "against"
