"""Stance 59: India's enemy aided by Russia ("दुश्मन की मदद", "दुश्मन को हथियार", "शत्रु के हाथ मज़बूत", "उसी देश के साथ
अभ्यास") is Russia acting against India: ru_in against, the aid word inside no ru_in favor; the aid stays the
Russia–Pakistan pair's favor where Pakistan is named. A name given in the passive of 'to consider' ("दोस्त माना जाने
वाला रूस") is background to what follows, like "कहा जाने वाला".

Every sentence was written for this file (news style), none taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check

F, A, N = "favor", "against", "none"

AIDED = [
    "विपक्ष ने पूछा कि रूस भारत के दुश्मन की मदद क्यों कर रहा है।",
    "पूर्व सैनिकों ने कहा कि रूस भारत के शत्रुओं के हाथ मजबूत कर रहा है।",
    "सांसद ने कहा कि रूस भारत के दुश्मन देश के साथ युद्धाभ्यास कर रहा है।",
    "भारत के रक्षा विशेषज्ञों ने कहा कि रूस अब दुश्मन से हाथ मिला रहा है।",
]


@pytest.mark.parametrize("text", AIDED)
def test_indias_enemy_aided_by_russia_is_ru_in_against(text, cb):
    check(text, N, A, cb)


def test_the_very_state_that_hit_india_as_the_partner_of_a_drill(cb):
    check("भारत के पूर्व सैनिक बोले, हमला हुआ और रूस उसी देश के साथ अभ्यास कर रहा है।", N, A, cb)


def test_the_aid_word_stays_the_russia_pakistan_pairs_favor(cb):
    check("रूस पाकिस्तान को हथियार दे रहा है, भारत ने कहा कि रूस दुश्मन की मदद कर रहा है।", F, A, cb)
