"""Stance round 44 (issue #12): the home country named by its institutions unqualified.

A home paper reports its own air force, ministry or government unqualified (design codebook v1.3) and
introduces a foreign one with its state: in a Russia–India story of an Indian paper (the codebook's home),
"वायुसेना", "रक्षा मंत्रालय", "सरकार" with Russia named are India; "रूसी वायुसेना", "रूस की सरकार" stay Russia's.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import code_article

IN_STORY = ["भारत और रूस के बीच रक्षा सौदा", "भारत और रूस ने पांच स्क्वाड्रन खरीदने का समझौता किया था।"]
PK_STORY = ["रूस और पाकिस्तान के बीच गैस पाइपलाइन पर करार", "रूस और पाकिस्तान ने पाइपलाइन बनाने का समझौता किया था।"]


def last(story, unit, cb):
    r = code_article([*story, unit], cb)[-1]
    return r.stance["ru_pk"], r.stance["ru_in"]


@pytest.mark.parametrize(
    "unit",
    [
        "थल सेना ने संसदीय समिति को बताया कि रूस ने कलपुर्जों की आपूर्ति टाल दी है।",
        "नौसेना के अधिकारियों ने कहा कि रूस ने युद्धपोत की डिलीवरी फिर टाल दी है।",
    ],
)
def test_home_institution_with_russia_is_india(unit, cb):
    assert last(IN_STORY, unit, cb)[1] == "against"


@pytest.mark.parametrize(
    "unit",
    [
        "रूसी वायुसेना ने कहा कि अभ्यास की तारीख टाल दी गई है।",
        "रूस की सरकार ने कहा कि अभ्यास की तारीख टाल दी गई है।",
    ],
)
def test_foreign_institution_names_no_home(unit, cb):
    assert code_article([*IN_STORY, unit], cb)[-1].stance["ru_pk"] == "none"


def test_no_home_institution_outside_a_home_pair(cb):
    # a Russia–Pakistan story: an unqualified ministry in an Indian paper's story of another pair names no India
    unit = "रक्षा मंत्रालय ने कहा कि रूस ने पाकिस्तान के साथ अभ्यास टाल दिया है।"
    assert last(PK_STORY, unit, cb)[1] == "none"
