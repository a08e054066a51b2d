"""A comparison's yardstick is not its subject (issue #12, stance round 56).

"भारत-रूस व्यापार की तुलना में यह बहुत छोटा है": the compared-with pair (के मुकाबले/मुक़ाबले, की तुलना में,
के सामने, की अपेक्षा) is the measure; the clause's size word says how the subject's pair stands (small, slight,
next to nothing: against; many times, far larger: favor), and the yardstick's pair takes none of it. A
comparison inside one pair ("भारत ने रूस से आयात के मुकाबले …") and "के सामने" without a size word ("in front
of") are no yardstick. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY, PK_PIPELINE_STORY, stance_after

TRADE = ["रूस और पाकिस्तान का कारोबार", "रूस और पाकिस्तान का कारोबार पिछले साल थोड़ा बढ़ा।"]


@pytest.mark.parametrize(
    "text",
    [
        "भारत के मुकाबले पाकिस्तान को रूस से मिलने वाला कर्ज़ बहुत थोड़ा है।",
        "रूस-भारत व्यापार की तुलना में रूस और पाकिस्तान का व्यापार नगण्य है।",
        "नई दिल्ली के मुक़ाबले इस्लामाबाद के साथ मास्को का रक्षा सहयोग मामूली-सा है।",
        "भारत के साथ रूसी रिश्तों के सामने पाकिस्तान से रूस की नज़दीकी फीकी है।",
    ],
)
def test_small_subject_is_against_its_pair(text, cb):
    assert stance_after(PK_PIPELINE_STORY, text, cb)[0] == "against"


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान के मुकाबले रूस भारत से कई गुना अधिक व्यापार करता है।",
        "रूस-पाक कारोबार की तुलना में भारत और रूस का कारोबार बहुत बड़ा है।",
    ],
)
def test_large_subject_favours_its_pair_and_not_the_yardsticks(text, cb):
    assert stance_after(IN_DEAL_STORY, text, cb) == ("none", "favor")


def test_pronoun_yardstick_takes_nothing_from_the_subjects_clause(cb):
    text = "इसके मुकाबले भारत और रूस का कारोबार पिछले साल चालीस अरब डॉलर पर पहुंच गया।"
    assert stance_after(TRADE, text, cb)[0] == "none"


def test_comparison_inside_one_pair_is_no_yardstick(cb):
    text = "भारत ने रूस से खरीद के मुकाबले अपनी बिक्री बहुत कम होने पर चिंता जताई।"
    assert stance_after(IN_DEAL_STORY, text, cb)[0] == "none"


def test_in_front_of_without_a_size_word_is_no_yardstick(cb):
    text = "भारत ने यह मुद्दा रूस के सामने मज़बूती से उठाया।"
    assert (
        stance_after(IN_DEAL_STORY, text, cb)[1]
        == stance_after(IN_DEAL_STORY, "भारत ने यह मुद्दा रूस से मज़बूती से उठाया।", cb)[1]
    )


@pytest.mark.parametrize(
    "text",
    [
        'रूसी प्रवक्ता ने कहा, "भारत और पाकिस्तान दोनों हमारे मित्र हैं।"',
        "मास्को ने दोहराया कि भारत और पाकिस्तान दोनों उसके करीबी साझेदार हैं।",
        'रूसी राजदूत ने कहा, "हम भारत और पाकिस्तान, दोनों के दोस्त हैं।"',
    ],
)
def test_each_of_the_two_befriended_by_a_third_owner(text, cb):
    """Stance 56: "X और Y दोनों हमारे/उसके/के मित्र" is each one's tie with the friend noun's owner, not X–Y's."""
    assert stance_after(["रूस की मध्यस्थता की पेशकश", "रूस ने बातचीत कराने की पेशकश की है।"], text, cb) == ("favor", "favor")


def test_friendship_between_the_two_stays_theirs(cb):
    text = "रूस ने कहा कि भारत और पाकिस्तान दोनों के बीच दोस्ती ज़रूरी है।"
    assert stance_after(["रूस की मध्यस्थता की पेशकश", "रूस ने बातचीत कराने की पेशकश की है।"], text, cb) == ("none", "none")
