"""Stance 59: the words of size as a limit. The exchange between the pair (a deal, trade, an exercise, a shipment, a
discount) called small, with its copula, as "just a small …" or "इतना छोटा … कि", is the ties limited (against); a
smallness conceded before a contrast ("छोटा है, लेकिन …") is background; a part of a larger whole ("… का एक छोटा हिस्सा")
makes the whole the yardstick; a thing called small before another pair named with a predicate of its own there is
not that pair's limit.

Every sentence was written for this file (news style), none taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check

F, A, N = "favor", "against", "none"

SMALL = [
    "विशेषज्ञों के अनुसार रूस और पाकिस्तान का यह सौदा बहुत छोटा है।",
    "रूस-पाकिस्तान सैन्य अभ्यास छोटा था और उसमें कुछ सौ सैनिक ही शामिल हुए।",
    "रूस के साथ पाकिस्तान का कारोबार इतना छोटा है कि उसका असर दिखता ही नहीं।",
    "जानकारों की राय में रूस-पाक करार बस एक छोटी शुरुआत भर है।",
    "पाकिस्तान को रूसी तेल पर मिली छूट बहुत मामूली रह गई है।",
    "रूस से पाकिस्तान की गेहूं की खरीद छोटी ही है।",
    "इस्लामाबाद के एक विश्लेषक ने कहा कि रूस-पाकिस्तान व्यापार लगभग शून्य रहा।",
]


@pytest.mark.parametrize("text", SMALL)
def test_the_pairs_exchange_called_small_is_a_limit(text, cb):
    check(text, A, N, cb)


def test_the_same_in_the_russia_india_pair(cb):
    check("रूस और भारत का रक्षा निवेश फिलहाल बेहद छोटा है।", N, A, cb)


CONCEDED = [
    "रूस और पाकिस्तान का सौदा छोटा है, लेकिन दोनों देशों ने आगे बड़े समझौतों पर सहमति जताई है।",
    "रूस-पाक डील छोटी है पर दोनों देश सहयोग बढ़ाने को तैयार हैं।",
]


@pytest.mark.parametrize("text", CONCEDED)
def test_a_smallness_conceded_before_a_contrast_leaves_the_main_clause_to_decide(text, cb):
    check(text, F, N, cb)


def test_a_small_part_of_a_larger_whole_is_no_limit_of_the_whole(cb):
    # the partitive: "भारत के साथ व्यापार का एक छोटा हिस्सा" is no small Russia–India trade (stance 60: it is the yardstick
    # of a share, and the subject, Russia–Pakistan trade, is small: against, as the coders of BI and BO code it)
    result = check("रूस का पाकिस्तान से व्यापार भारत के साथ उसके व्यापार का एक छोटा हिस्सा है।", A, N, cb)
    assert result.stance["ru_in"] != A


def test_a_small_thing_before_another_pair_with_its_own_predicate_is_not_that_pairs_limit(cb):
    check("यह अभ्यास छोटा है और इससे भारत-रूस रिश्तों पर कोई असर नहीं पड़ेगा।", N, F, cb)


def test_the_same_pair_named_after_the_small_thing_keeps_the_limit(cb):
    check("यह अभ्यास छोटा है और इससे रूस-पाकिस्तान रिश्तों में कोई बड़ा बदलाव नहीं आएगा।", A, N, cb)


NOT_SIZE = [
    # a small thing that is no exchange of the pair; small in a time phrase; "no small matter"
    ("रूस ने पाकिस्तान को बहुत कम समय में हेलीकॉप्टर सौंप दिए।", F, N),
    ("रूस के साथ पाकिस्तान के छोटे कारोबारियों ने नया समझौता किया।", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), NOT_SIZE)
def test_small_outside_the_pairs_exchange_is_no_limit(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)
