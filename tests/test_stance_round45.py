"""Stance round 45 (issue #12): the dealings that did not move forward.

"आगे नहीं बढ़-" (did not move forward) and "आगे नहीं आ-" (did not come forward), the negator right between
आगे and the verb of motion: the relationship's act that did not happen, the codebook's ties set back
(against), also in a unit naming no state, which speaks of the story's pair. "आगे बढ़ी" alone is no cue.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY as IN_STORY
from tests.stance_units import PK_PIPELINE_STORY as PK_STORY
from tests.stance_units import stance_after as last


@pytest.mark.parametrize(
    "unit",
    [
        "पनडुब्बी पट्टे पर बातचीत इस साल भी आगे नहीं बढ़ी।",
        "संयुक्त उत्पादन की योजना फाइलों से आगे नहीं बढ़ पाई है।",
        "अधिकारियों का कहना है कि रुपये में भुगतान तय हुए बिना कारोबार आगे नहीं बढ़ सकता।",
        "प्रतिबंधों के डर से निजी कंपनियां इस परियोजना में आगे नहीं आ रही हैं।",
    ],
)
def test_not_moving_forward_is_a_setback(unit, cb):
    assert last(IN_STORY, unit, cb)[1] == "against"


def test_not_moving_forward_urdu_register(cb):
    unit = "माहिरीन के मुताबिक़ रेलवे का मंसूबा काग़ज़ों से आगे नहीं बढ़ सका।"
    assert last(PK_STORY, unit, cb)[0] == "against"


def test_moving_forward_alone_is_no_setback(cb):
    assert last(IN_STORY, "पनडुब्बी पट्टे पर बातचीत आगे बढ़ी।", cb)[1] != "against"


# Progress not made and a problem not solved, in the perfective: the same setback, the story's pair where no
# state is named; a solution denied in general ("… का हल नहीं है") is no act of the ties.
@pytest.mark.parametrize(
    "unit",
    [
        "सूत्रों ने बताया कि रिएक्टर परियोजना पर कोई ठोस प्रगति नहीं हुई।",
        "तजज़ियाकारों के मुताबिक़ पाइपलाइन पर कोई पेशरफ़्त नहीं हो सकी।",
        "अधिकारियों ने माना कि बीमा का मसला अब तक हल नहीं हुआ है।",
    ],
)
def test_progress_not_made_is_a_setback(unit, cb):
    assert last(PK_STORY, unit, cb)[0] == "against"


def test_a_solution_denied_in_general_is_no_setback(cb):
    assert last(PK_STORY, "विशेषज्ञ ने कहा कि युद्ध किसी समस्या का हल नहीं है।", cb)[0] == "none"


def test_progress_made_is_not_against(cb):
    assert last(IN_STORY, "बैठक में रिएक्टर परियोजना पर अच्छी प्रगति हुई।", cb)[1] != "against"


# Work not begun, in the plain perfective or a headline's bare negation: the setback, also after an agreement
# named in a clause of its own (the main clause decides).
@pytest.mark.parametrize(
    "unit",
    [
        "करार तो 2016 में हुआ था, लेकिन संयंत्र का निर्माण अब तक शुरू नहीं हुआ।",
        "रेल परियोजना: समझौते के तीन साल बाद भी काम शुरू नहीं",
        "तेल शोधन कारखाने का निर्माण अभी आरंभ नहीं हुआ है।",
    ],
)
def test_work_not_begun_is_a_setback(unit, cb):
    assert last(PK_STORY, unit, cb)[0] == "against"


def test_work_begun_is_not_against(cb):
    assert last(PK_STORY, "तेल शोधन कारखाने का निर्माण शुरू हो गया है।", cb)[0] != "against"


# The means not arranged, also as the condition the ties wait on ("जब तक … नहीं होता").
@pytest.mark.parametrize(
    "unit",
    [
        "अधिकारियों के मुताबिक़ बंदरगाह के लिए अभी क़र्ज़ का कोई इंतज़ाम नहीं हो पाया है।",
        "विशेषज्ञों का कहना है कि जब तक बीमा का प्रबंध नहीं होता, जहाज़ नहीं चलेंगे।",
    ],
)
def test_means_not_arranged_is_a_setback(unit, cb):
    assert last(PK_STORY, unit, cb)[0] == "against"


def test_means_arranged_is_not_against(cb):
    assert last(PK_STORY, "अधिकारियों ने बताया कि बंदरगाह के लिए क़र्ज़ का इंतज़ाम हो गया है।", cb)[0] != "against"
