"""A stalled state said with two words of it stays `against` (issue #12, round 39).

Hindi often says a deal or project is stuck with a noun phrase and a verb of being stuck ("अधर में
लटकना", "देरी से अटकना"). Those verbs are also negation cues, because they cancel what they govern ("सौदा
लटका": the deal is not on); before this, one postponement word "negated" the other and the unit came out
`favor`. A restriction that is lifted still flips. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from tests.stance_units import code_article


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("रूस और पाकिस्तान के बीच हथियार समझौता अधर में लटक गया है।", "ru_pk"),
        ("मॉस्को और इस्लामाबाद की ऊर्जा परियोजना लंबे समय से अधर में लटकी है।", "ru_pk"),
        ("भारत और रूस का संयुक्त कारखाना देरी से अटक गया।", "ru_in"),
        ("रूस-भारत परमाणु संयंत्र का तीसरा चरण टलकर अधर में है और भुगतान भी अटका है।", "ru_in"),
    ],
)
def test_two_words_of_a_stalled_state_do_not_cancel_out(text, target, cb):
    assert code_article([text], cb)[-1].stance[target] == "against"


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("रूस ने भारत के साथ रक्षा सौदा रद्द कर दिया।", "ru_in", "against"),
        ("रूस और पाकिस्तान के बीच तनाव कम हुआ है।", "ru_pk", "favor"),
    ],
)
def test_a_cancelled_or_eased_thing_still_follows_its_negation(text, target, expected, cb):
    assert code_article([text], cb)[-1].stance[target] == expected
