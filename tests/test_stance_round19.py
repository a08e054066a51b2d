"""Stance round 19 (issue #12): the story's main pair in a story that has named two pairs.

A story about one pair often names a second one in passing (a Russia–Pakistan exercise, one sentence
on Russia–India ties). A later unit naming no state, with a predicate that needs a partner or a
setback, speaks of the story's main pair (the pair its lead names), as it would in a story of one
pair (round 9); not a strain, which in such a story may be the third pair's (India–Pakistan).
Every sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

from dataclasses import replace

from tests.stance_units import code_article

F, A, N = "favor", "against", "none"


TWO_PAIRS = [
    "रूस और पाकिस्तान की सेनाओं का साझा अभ्यास शुरू",
    "रूस और पाकिस्तान के सैनिक पहाड़ी इलाके में दो हफ्ते तक साझा अभ्यास करेंगे।",
    "भारत ने इस पर आपत्ति जताई, जबकि रूस और भारत के रिश्ते पुराने हैं।",
    "पहाड़ी इलाके में इन दिनों मौसम ठंडा है।",  # about no pair: the side pair does not go on
]


def test_a_setback_with_no_state_in_a_story_of_two_pairs_is_the_main_pairs(cb):
    coded = code_article([*TWO_PAIRS, "जानकारों के मुताबिक भुगतान की दिक्कतों से हेलीकॉप्टर सौदा फिर अटक गया है।"], cb)
    assert coded[4].stance == {"ru_pk": A, "ru_in": N}, coded[4].stance_notes
    assert any("(the story's main pair)" in c.pattern for c in coded[4].cues), coded[4].cues
    # without the round's families the same unit is none: the main pair is what decides
    off = replace(cb, stance=replace(cb.stance, main_pair_families=frozenset()))
    unit = "जानकारों के मुताबिक भुगतान की दिक्कतों से हेलीकॉप्टर सौदा फिर अटक गया है।"
    assert code_article([*TWO_PAIRS, unit], off)[4].stance == {"ru_pk": N, "ru_in": N}


def test_a_supply_with_no_state_in_a_story_of_two_pairs_is_the_main_pairs(cb):
    coded = code_article([*TWO_PAIRS, "अधिकारियों ने बताया कि गेहूं की पहली खेप अगले हफ्ते भेजी जाएगी।"], cb)
    assert coded[4].stance == {"ru_pk": F, "ru_in": N}, coded[4].stance_notes


def test_the_same_unit_in_a_story_of_one_pair_is_read_as_in_round_9(cb):
    # a story of one pair: round 9's rule reads it, unchanged
    one_pair = [
        TWO_PAIRS[0],
        TWO_PAIRS[1],
        TWO_PAIRS[3],
        "जानकारों के मुताबिक भुगतान की दिक्कतों से हेलीकॉप्टर सौदा फिर अटक गया है।",
    ]
    coded = code_article(one_pair, cb)
    assert coded[3].stance == {"ru_pk": A, "ru_in": N}, coded[3].stance_notes


def test_a_strain_with_no_state_in_a_story_of_two_pairs_stays_none(cb):
    # two pairs name a third (India–Pakistan): a tension with no party named may be theirs
    coded = code_article([*TWO_PAIRS, "विशेषज्ञों का कहना है कि बढ़ता तनाव पूरे इलाके के लिए चिंता की बात है।"], cb)
    assert coded[4].stance == {"ru_pk": N, "ru_in": N}, coded[4].stance_notes


def test_a_third_state_named_keeps_the_unit_off_the_main_pair(cb):
    coded = code_article([*TWO_PAIRS, "चीन ने भी इस क्षेत्र में हथियारों की आपूर्ति बढ़ा दी है।"], cb)
    assert coded[4].stance == {"ru_pk": N, "ru_in": N}, coded[4].stance_notes


def test_a_unit_naming_no_predicate_stays_none(cb):
    coded = code_article([*TWO_PAIRS, "अभ्यास का पहला चरण पहाड़ी इलाके में होगा।"], cb)
    assert coded[4].stance == {"ru_pk": N, "ru_in": N}, coded[4].stance_notes
