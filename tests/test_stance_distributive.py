"""Stance 57: "X और Y दोनों" with a third party's possessive or a noun of friendship in the genitive names the third
party's partners one by one (each pair's ties), not the ties between X and Y.

Every sentence was written for this file (news style), none taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check

F, A, N = "favor", "against", "none"


CASES = [
    # the speaker's possessive after distributive दोनों
    ('रूसी विदेश मंत्री ने कहा, "भारत और पाकिस्तान दोनों हमारे करीबी साझेदार हैं।"', F, F),
    # the genitive of a noun of friendship: the friend of each
    ("क्रेमलिन ने कहा कि रूस पाकिस्तान और भारत, दोनों का मित्र है।", F, F),
    ("रूस भारत और पाकिस्तान दोनों का सहयोगी बना रहेगा।", F, F),
    # the pair's own ties (between the two) stay theirs
    ("रूस ने कहा कि भारत और पाकिस्तान दोनों के बीच दोस्ती होनी चाहिए।", N, N),
    ("रूस के मुताबिक भारत और पाकिस्तान दोनों के रिश्ते सुधरने चाहिए।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), CASES)
def test_each_of_two_states_is_the_third_partys_partner(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


# Stance 60: "दोनों" then the shared party by name in the genitive and a noun of friendship: each is its friend
SHARED_CASES = [
    ("मॉस्को ने दोहराया कि पाकिस्तान और भारत दोनों रूस के भरोसेमंद साझेदार हैं।", F, F),
    ("रूसी राजदूत बोले कि भारत और पाकिस्तान दोनों मास्को के दोस्त हैं।", F, F),
    # a third state's friends, or Russia's friends named before "दोनों": no distributive reading here
    ("विश्लेषकों के मुताबिक भारत और पाकिस्तान दोनों अमेरिका के सहयोगी हैं।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), SHARED_CASES)
def test_each_of_two_is_the_shared_partys_friend_by_name(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)
