"""Stance round 34 (issue #12): sets AQ and AR as development text, rules kept only where they recur.

A party's silence on a matter ("… पर कोई टिप्पणी नहीं की", "प्रतिक्रिया देने से मना कर दिया", a question left
unanswered in the tatsam "प्रश्न का उत्तर देने से इनकार") portrays no tie: round 8's declined comment in its negated
and मना forms; what the silence is about is merely talked of. Every sentence here was written for the tests (none is
taken from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import ru_in, ru_pk

F, A, N = "favor", "against", "none"


# --- no comment: silence on a matter is no portrayal of the ties ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "मॉस्को ने पाकिस्तान के साथ हथियार सौदे की ख़बरों पर कोई टिप्पणी नहीं की।",
        "इस्लामाबाद ने रूस से गैस आपूर्ति पर अभी कोई आधिकारिक प्रतिक्रिया नहीं दी है।",
        "पाकिस्तानी दफ्तर-ए-खारजा ने रूसी वफ़द का दौरा मुल्तवी होने पर कोई तबसिरा नहीं किया।",
        "रूसी प्रवक्ता ने पाकिस्तान के साथ रिश्तों पर पूछे गए प्रश्न का उत्तर देने से इनकार कर दिया।",
    ],
)
def test_a_comment_withheld_on_russia_pakistan_matters_is_no_stance(text, cb):
    assert ru_pk(text, cb) == N


@pytest.mark.parametrize(
    "text",
    [
        "नई दिल्ली ने रूस के साथ करार पर प्रतिक्रिया देने से मना कर दिया।",
        "रूसी प्रवक्ता ने भारत के साथ रिश्तों पर पूछे गए सवाल का जवाब देने से मना कर दिया।",
        "भारतीय अधिकारियों ने रूस से मिसाइलों की डिलीवरी पर कोई टिप्पणी नहीं की।",
    ],
)
def test_a_reaction_declined_on_russia_india_matters_is_no_stance(text, cb):
    assert ru_in(text, cb) == N


def test_a_refusal_of_the_partner_itself_keeps_its_reading(cb):
    # the refusal is of the supply, not of a comment: the comment clause after it changes nothing
    assert ru_in("रूस ने भारत को टैंक देने से इनकार किया और इस पर कोई टिप्पणी नहीं की।", cb) == A


def test_a_stance_in_another_clause_after_the_silence_still_counts(cb):
    text = "रूस ने पाकिस्तान के साथ अभ्यास पर कोई टिप्पणी नहीं की, लेकिन दोनों देशों की दोस्ती मजबूत बताई।"
    assert ru_pk(text, cb) == F


def test_explain_names_the_silence(cb):
    out = explain("इस्लामाबाद ने रूस के साथ सौदे पर कोई टिप्पणी नहीं की।", cb)
    assert "merely discussed ('टिप्पणी नहीं')" in out
