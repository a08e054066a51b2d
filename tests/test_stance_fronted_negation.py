"""Stance 59: the headline order with the negated verb first ("नहीं हुआ कोई बड़ा समझौता", "नहीं मिली कोई राहत"): the
negation, a verb of happening, arising or getting, the negative determiner and at most two qualifying words before the
predicate deny it like "कोई बड़ा समझौता नहीं हुआ". A clause break, or more words between, leaves the predicate alone.

Every sentence was written for this file (news style), none taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check

F, A, N = "favor", "against", "none"

FRONTED = [
    "रूस और पाकिस्तान के बीच नहीं हुआ कोई नया करार",
    "मॉस्को दौरा: पाकिस्तान को रूस से नहीं मिली कोई बड़ी राहत",
    "रूस-पाकिस्तान वार्ता में नहीं बनी कोई भी सहमति",
    "रूस और पाकिस्तान के बीच नहीं हो सका एक भी समझौता",
]


@pytest.mark.parametrize("text", FRONTED)
def test_a_negation_fronted_before_its_verb_and_determiner_denies_the_predicate(text, cb):
    check(text, A, N, cb)


def test_a_clause_break_keeps_the_predicate_after_it(cb):
    check("रूस और पाकिस्तान के बीच पहले करार नहीं हुआ, अब हुआ कोई नया समझौता", N, N, cb)
