"""Stance round 48 (issue #12): the joint event judged positive or on course, with one party named.

A meeting's word (बातचीत, वार्ता, बैठक, मुलाक़ात …) followed within three words by a verdict of positive or on the
right course, in tatsam (सकारात्मक रही, सकारात्मक माहौल, रचनात्मक), Urdu (मुस्बत, सही सम्त में) and the English loan
(पॉजिटिव), is the praise compound: a predicate that needs a partner, so a unit naming one party of the story's pair
speaks of that pair (`stance.carry.implied_partner_families`). A bare सकारात्मक keeps its own family (a benefit,
which needs no partner): the verdict is two words.

The story's event has consequences that need its partner too: the deal's money in trouble (the payment compound
widened to funding, cost and freight in tatsam, Urdu and the loans: वित्तपोषण, फंडिंग, अदायगी, सरमाया, खर्च; with no
way found, issues left, a shortage, too high to bear), and the event proved costly to one party (महंगा साबित/सिद्ध,
beside round 20's महंगा पड़-). Not "तय नहीं" (the read sets' coders split on a payment not yet settled) nor a
project's cost (लागत): a figure not yet fixed is a report.

A unit opened by the agent pronoun of a speech lead ("उन्होंने कहा कि …", "उन्होंने बताया, "…"") and naming no state
is the same speaker going on about the pair the unit before spoke of (`stance.speaker_goes_on`): any stance predicate
counts there, not only one that needs a partner, as inside a quotation spanning units. Not a supposition (अगर, सकता).

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import code, code_article

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


@pytest.mark.parametrize(
    ("text", "pair", "target"),
    [
        # the deal's money as a consequence of the story's event: funding, cost, freight, shortage
        ("पाकिस्तानी अफ़सरों के मुताबिक़ फंडिंग में अब भी अड़चनें हैं।", PK, "ru_pk"),
        ("इस्लामाबाद के लिए गैस की ढुलाई का खर्चा काफ़ी ज्यादा पड़ता है।", PK, "ru_pk"),
        ("पाकिस्तान में धन की कमी के कारण काम शुरू नहीं हो पाया।", PK, "ru_pk"),
        ("भारतीय कंपनियों का कहना है कि अदायगी का कोई रास्ता नहीं निकला।", IN, "ru_in"),
        ("भारत के तेल शोधकों के सामने भुगतान को लेकर कुछ मसले बाकी हैं।", IN, "ru_in"),
        # proved costly to one party
        ("जानकारों का मानना है कि यह फ़ैसला पाकिस्तान के लिए महंगा साबित होगा।", PK, "ru_pk"),
        ("विश्लेषकों के अनुसार यह दौरा भारत के लिए महंगा सिद्ध हो सकता है।", IN, "ru_in"),
    ],
)
def test_the_deals_money_in_trouble_implies_the_partner(text, pair, target, cb):
    assert code(text, cb, pair=pair).stance[target] == "against", code(text, cb, pair=pair).notes


def test_a_project_cost_not_yet_fixed_is_a_report(cb):
    # a figure not yet settled is no setback (लागत is no member; "तय नहीं" is not a payment problem)
    assert code("पाकिस्तान में परियोजना की लागत अभी तय नहीं है।", cb, pair=PK).stance["ru_pk"] == "none"


SPEAKER_PK = ["रूस-पाकिस्तान तेल करार", "पाकिस्तानी ऊर्जा मंत्री ने कहा कि रूस के साथ तेल करार पर दस्तख़त हो गए हैं।"]
SPEAKER_IN = ["भारत-रूस व्यापार वार्ता", "भारतीय वाणिज्य सचिव ने कहा कि रूस के साथ व्यापार नई ऊंचाई पर है।"]


@pytest.mark.parametrize(
    ("story", "unit", "target", "expected"),
    [
        (SPEAKER_PK, "उन्होंने कहा कि अगले बरस तेल की दरामद दोगुनी हो जाएगी।", "ru_pk", "favor"),
        (SPEAKER_PK, 'उन्होंने बताया, "सस्ते ईंधन से हमारे उद्योग को बड़ी राहत मिलेगी।"', "ru_pk", "favor"),
        (SPEAKER_IN, "उन्होंने कहा कि रुपया-रूबल तंत्र अभी काग़ज़ों तक सीमित है।", "ru_in", "against"),
        (SPEAKER_IN, "उन्होंने बताया कि निर्यात में तेज़ बढ़ोतरी हुई है।", "ru_in", "favor"),
    ],
)
def test_the_speaker_goes_on_about_the_pair(story, unit, target, expected, cb):
    last = code_article([*story, unit], cb)[-1]
    assert last.stance[target] == expected, last.stance_notes


def test_a_supposition_of_the_speaker_carries_nothing(cb):
    last = code_article([*SPEAKER_IN, "उन्होंने कहा कि अगर बैंकिंग सुधरे तो निर्यात बढ़ सकता है।"], cb)[-1]
    assert last.stance["ru_in"] == "none", last.stance_notes


def test_a_state_named_by_the_speaker_is_what_the_clause_is_about(cb):
    last = code_article([*SPEAKER_PK, "उन्होंने कहा कि चीन की अर्थव्यवस्था तेज़ी से बढ़ रही है।"], cb)[-1]
    assert last.stance["ru_pk"] == "none", last.stance_notes
