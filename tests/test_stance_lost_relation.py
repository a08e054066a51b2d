"""Stance 57: a relation lost (the perfective of खोना, गंवाना) is no more: against.

Every sentence was written for this file (news style), none taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check
from tests.stance_units import ru_pk as ru_pk_of

F, A, N = "favor", "against", "none"


CASES = [
    ("भारत ने रूस जैसा पुराना मित्र खो दिया है।", N, A),
    ("पाकिस्तान रूस का विश्वास गंवा बैठा।", A, N),
    ("भारत ने रूस का भरोसा खो दिया।", N, A),
    # the relation kept stands
    ("भारत ने रूस जैसा पुराना मित्र बनाए रखा है।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), CASES)
def test_a_lost_relation_is_no_more(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


# (stance 57) the English cue of souring in its verb forms: "sources" is who speaks, no strain
@pytest.mark.parametrize(
    ("text", "ru_pk"),
    [("Russian sources said Pakistan and Russia will sign the deal", F), ("Russia-Pakistan ties soured this year", A)],
)
def test_sources_are_no_souring(text, ru_pk, cb):
    assert ru_pk_of(text, cb) == ru_pk
