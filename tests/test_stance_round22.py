"""Stance round 22 (issue #12): target resolution, a third state named only as the presser.

A third state that pressed, warned or threatened, with the ties held after it (a commitment cue after
the pressure noun), is no third party to the ties: the story's pair still carries. Every sentence
here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})

HELD = [
    # the third state warned, the party did not back down: the story's pair carries (favor)
    ("वॉशिंगटन ने पाबंदियों की चेतावनी दी थी, मगर भारत पीछे नहीं हटा।", F),
    ("अमरीकी धमकी बेअसर रही!", F),
    ("अमेरिका की धमकियों के बावजूद नई दिल्ली अपने फैसले पर अडिग है।", F),
]


@pytest.mark.parametrize(("text", "ru_in"), HELD)
def test_a_third_state_named_only_as_presser_lets_the_story_pair_carry(text, ru_in, cb):
    assert code(text, cb, RU_IN, RU_IN).stance["ru_in"] == ru_in


CONTROLS = [
    # a warning with no ties held after it: the third state stays a third party
    ("अमेरिका ने भारत को प्रतिबंधों की चेतावनी दी।", N),
    # a party of the target is the presser: not set aside (both parties named, the reading is as before)
    ("यूरोप की धमकी बेअसर, यूक्रेन पीछे नहीं हटा।", N),
]


@pytest.mark.parametrize(("text", "ru_in"), CONTROLS)
def test_a_presser_without_ties_held_or_outside_the_pair_stays(text, ru_in, cb):
    assert code(text, cb, RU_IN, RU_IN).stance["ru_in"] == ru_in


def test_without_a_story_pair_the_presser_rule_opens_nothing(cb):
    assert code("अमेरिका ने चेतावनी दी थी, लेकिन भारत पीछे नहीं हटा।", cb).stance == {"ru_pk": N, "ru_in": N}


def test_the_presser_set_aside_shows_in_the_notes(cb):
    notes = code("अमेरिकी धमकी बेअसर!", cb, RU_IN, RU_IN).notes["ru_in"]
    assert "named only as the presser" in notes, notes
    out = explain("अमेरिकी धमकी के बावजूद भारत रूस के साथ करार से पीछे नहीं हटा।", cb)
    assert "named only as the presser" in out, out


FAILED = [
    # the hurt party's own diplomacy called a failure, in a Russia–Pakistan story: ru_in against
    ("विपक्षी सांसद ने कहा कि यह भारत की कूटनीति की भारी विफलता है।", A),
    ("यह मोदी सरकार की विदेश नीति की नाकामी है।", A),
    ("इसे नई दिल्ली के लिए कूटनीतिक नाकामी माना गया।", A),
    # a failure of something else, or a third state's diplomacy: nothing
    ("भारतीय सेना ने ड्रोन हमलों को नाकाम किया।", N),
    ("यह चीन की कूटनीति की विफलता है।", N),
]


@pytest.mark.parametrize(("text", "ru_in"), FAILED)
def test_the_hurt_partys_diplomacy_called_a_failure_is_against(text, ru_in, cb):
    assert code(text, cb, frozenset({"ru_pk"})).stance["ru_in"] == ru_in


def test_a_partys_diplomatic_failure_in_a_story_of_both_pairs(cb):
    both = frozenset({"ru_pk", "ru_in"})
    result = code("विपक्ष ने कहा कि यह इस्लामाबाद की सफ़ारती नाकामी है।", cb, both, both)
    assert result.stance["ru_pk"] == A, result.notes
