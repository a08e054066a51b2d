"""Stance 57: a worry about the ties declared needless is reassurance (favor); the worry that stands is against.

Every sentence was written for this file (news style), none taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check

F, A, N = "favor", "against", "none"


CASES = [
    # the infinitive of alarm or fear under a negated modal: reassurance
    ("रूस से रिश्तों को लेकर भारत को घबराना नहीं चाहिए।", N, F),
    ("मास्को के रुख से इस्लामाबाद को डरना नहीं चाहिए, रूस पाकिस्तान का साथ देगा।", F, N),
    # … and under a modal of need, unnegated: the worry stands
    ("भारत को रूस के इस कदम से घबराना चाहिए।", N, A),
    # a worry called needless with its copula
    ("रूस के साथ रिश्तों को लेकर भारत की चिंता बेवजह है।", N, F),
    ("रूस-पाकिस्तान रिश्तों पर इस्लामाबाद की घबराहट बेमानी है।", F, N),
    # … not बेवजह as an adverb: the act stands
    ("रूस ने बेवजह पाकिस्तान की आलोचना की।", A, N),
    # the rhetorical question of need
    ("रूस से दोस्ती पर भारत को चिंता की क्या जरूरत है?", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), CASES)
def test_a_needless_worry_is_reassurance(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)
