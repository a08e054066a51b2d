"""Stance round 48 (issue #12): the joint event judged positive or on course, with one party named.

A meeting's word (बातचीत, वार्ता, बैठक, मुलाक़ात …) followed within three words by a verdict of positive or on the
right course, in tatsam (सकारात्मक रही, सकारात्मक माहौल, रचनात्मक), Urdu (मुस्बत, सही सम्त में) and the English loan
(पॉजिटिव), is the praise compound: a predicate that needs a partner, so a unit naming one party of the story's pair
speaks of that pair (`stance.carry.implied_partner_families`). A bare सकारात्मक keeps its own family (a benefit,
which needs no partner): the verdict is two words.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import code

PK = frozenset({"ru_pk"})
IN = frozenset({"ru_in"})


@pytest.mark.parametrize(
    ("text", "pair", "target"),
    [
        ("इस्लामाबाद में विदेश सचिव ने कहा कि वार्ता सही दिशा में आगे बढ़ रही है।", PK, "ru_pk"),
        ("पाक वित्त मंत्री के मुताबिक़ मुज़ाकिरात मुस्बत रहे।", PK, "ru_pk"),
        ("भारतीय अधिकारियों ने बताया कि बैठक बेहद सकारात्मक माहौल में संपन्न हुई।", IN, "ru_in"),
        ("नई दिल्ली ने मुलाकात को सकारात्मक बताया।", IN, "ru_in"),
        ("भारत के ऊर्जा मंत्री ने कहा कि बातचीत काफ़ी पॉजिटिव रही।", IN, "ru_in"),
        ("पाकिस्तानी सूत्रों के अनुसार वार्ता रचनात्मक रही।", PK, "ru_pk"),
    ],
)
def test_a_positive_verdict_on_the_talks_implies_the_partner(text, pair, target, cb):
    assert code(text, cb, pair=pair).stance[target] == "favor", code(text, cb, pair=pair).notes


def test_a_bare_positive_word_needs_no_partner(cb):
    # a party's own positive outlook names no meeting: no partner implied
    assert code("पाकिस्तान की अर्थव्यवस्था को लेकर माहौल सकारात्मक है।", cb, pair=PK).stance["ru_pk"] == "none"
