"""Stance over whole articles in reading order: the article's context (its pair) applies.

tests/data/stance_dev_articles/articles.tsv holds fourteen short news articles written for
this file (Russia–Pakistan and Russia–India ties: arms, oil, visits, drills, S-400,
Kashmir, a summit with both pairs, stories with a background sentence on the other pair),
each sentence coded by hand per the design codebook. They are development text,
not a test set of unseen writing: the floor below guards what the rules reach on them.
"""

from __future__ import annotations

import csv

import pytest

from analysis.coding import ArticleState, code_unit
from analysis.cues import group_positions, match_cues, named_mentions
from analysis.stance import code_stance
from tests.conftest import ROOT

ARTICLES = ROOT / "tests" / "data" / "stance_dev_articles" / "articles.tsv"
TARGETS = ("ru_pk", "ru_in")
FLOOR = {"ru_pk": 33, "ru_in": 27}  # units with a non-none code the coder gets right (of 34 and 31)
PK = frozenset({"ru_pk"})


def coded_articles(cb):
    """(row, coding) per unit, a fresh article state at every new article."""
    with open(ARTICLES, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    out, state, doc = [], ArticleState(), None
    for para, row in enumerate(rows):
        if row["doc"] != doc:
            state, doc = ArticleState(), row["doc"]
        coding, state = code_unit(row["text"], (row["role"], para), state, cb)
        out.append((row, coding))
    return out


def test_stance_recall_on_whole_articles_stays_at_its_floor(cb):
    coded = coded_articles(cb)
    for t in TARGETS:
        hits = sum(1 for row, c in coded if row[t] != "none" and c.stance[t] == row[t])
        assert hits >= FLOOR[t], f"{t}: {hits} coded units right, floor {FLOOR[t]}"


def test_whole_articles_keep_third_pairs_and_domestic_news_none(cb):
    """Precision: a unit the coders left none for both targets (third pairs, domestic news) mostly stays none."""
    coded = coded_articles(cb)
    neutral = [(row, c) for row, c in coded if row["ru_pk"] == row["ru_in"] == "none"]
    wrong = [row["text"] for row, c in neutral if any(c.stance[t] != "none" for t in TARGETS)]
    assert len(neutral) >= 35
    assert len(wrong) <= 3, wrong  # a deal's date ("यह सौदा 2018 में हुआ था"), a hope ("उम्मीद थी कि रूस …")


def code(text, cb, pair=frozenset(), previous=frozenset()):
    unit = match_cues(text, cb)
    return code_stance(unit, group_positions(named_mentions(unit), cb), previous, cb, pair)


@pytest.mark.parametrize(
    "text, ru_pk, ru_in",
    [
        ("विशेषज्ञों के मुताबिक यह भारत के लिए बड़ा झटका है।", "none", "against"),
        ("यह फैसला नई दिल्ली के लिए झटका माना जा रहा है", "none", "against"),
    ],
)
def test_india_dealt_a_blow_by_the_articles_russia_pakistan_pair_is_ru_in_against(text, ru_pk, ru_in, cb):
    result = code(text, cb, PK, PK)
    assert result.stance == {"ru_pk": ru_pk, "ru_in": ru_in}, result.notes
    assert result.notes["ru_in"].startswith("a party hurt by the article's pair")


@pytest.mark.parametrize(
    "text, pair, previous",
    [
        ("यह भारत के लिए बड़ा झटका है।", PK, frozenset()),  # the previous unit was not about the pair
        ("यह भारत और चीन के लिए बड़ा झटका है।", PK, PK),  # another state named
        ("भारत ने इस फैसले का स्वागत किया", PK, PK),  # a favor word: India's welcome says nothing of Russia
        ("भारत को क्रिकेट में बड़ा झटका लगा", frozenset(), frozenset()),  # no pair in the article
    ],
)
def test_a_blow_to_india_outside_a_russia_pakistan_context_stays_none(text, pair, previous, cb):
    assert code(text, cb, pair, previous).stance["ru_in"] == "none"


def test_india_worried_by_the_development_a_russia_pakistan_unit_reported_is_ru_in_against(cb):
    # round 7 changed this case (it was in the list above, none): India's worry at the act the
    # previous unit reported portrays Russia acting against India (the project's reading of v1.1)
    result = code("भारत इस घटनाक्रम से चिंतित है", cb, PK, PK)
    assert result.stance == {"ru_pk": "none", "ru_in": "against"}, result.notes
    assert result.notes["ru_in"].startswith("its own party objects to the previous unit's act")


@pytest.mark.parametrize(
    "text, ru_pk",
    [
        ("पाकिस्तान-रूस व्यापार 1 अरब डॉलर के पार", "favor"),
        ("पाकिस्तान और रूस के बीच व्यापार 500 करोड़ के पार पहुंच गया", "favor"),
        ("रूस से पाकिस्तान का तेल आयात रिकॉर्ड स्तर पर पहुंचा", "favor"),
        ("रूस ने पाकिस्तान से सीमा के पार आतंकवाद पर बात की", "none"),  # across the border is no growth
    ],
)
def test_trade_crossing_a_mark_is_growth(text, ru_pk, cb):
    assert code(text, cb).stance["ru_pk"] == ru_pk


@pytest.mark.parametrize(
    "text, previous, ru_in",
    [
        ("बाकी खेप अगले साल तक मिलने की उम्मीद है", frozenset({"ru_in"}), "favor"),  # the rest of the supply
        ("शेष खेप की आपूर्ति अगले साल होगी", frozenset({"ru_in"}), "favor"),
        ("बाकी खेप अगले साल तक मिलने की उम्मीद है", frozenset(), "none"),  # nothing to refer back to
        ("बाकी देशों के साथ भी समझौते होंगे", frozenset({"ru_in"}), "none"),  # other states, no party
        ("उक्त सौदे पर अमल शुरू हो गया है", frozenset({"ru_in"}), "favor"),  # the said deal
    ],
)
def test_the_rest_of_a_supply_refers_back_to_the_previous_units_pair(text, previous, ru_in, cb):
    assert code(text, cb, frozenset({"ru_in"}), previous).stance["ru_in"] == ru_in


STORY = ("ru_pk", "ru_in")  # a Russia–Pakistan story with one background sentence on Russia–India, named last
IN = frozenset({"ru_in"})


@pytest.mark.parametrize(
    "text, previous, ru_pk, ru_in",
    [
        ("इस्लामाबाद ने इस फैसले का स्वागत किया है।", IN, "favor", "none"),  # Pakistan's capital → ru_pk
        ("पाकिस्तान ने रूस के साथ रक्षा सहयोग जारी रखने का वादा किया", IN, "favor", "none"),
        ("भारत ने रूस के साथ रक्षा सहयोग जारी रखने का वादा किया", PK, "none", "favor"),  # India → ru_in
        ("दोनों देशों के रक्षा संबंध और मजबूत होंगे।", PK, "favor", "none"),  # the previous unit's pair
        ("रूस ने हेलीकॉप्टर देने का वादा किया", IN, "none", "favor"),  # Russia alone: the pair named last
        ("पाकिस्तान और चीन के बीच सहयोग बढ़ा", IN, "none", "none"),  # another state named
    ],
)
def test_a_one_party_unit_speaks_of_the_storys_pair_its_party_belongs_to(text, previous, ru_pk, ru_in, cb):
    unit = match_cues(text, cb)
    result = code_stance(unit, group_positions(named_mentions(unit), cb), previous, cb, IN, STORY)
    assert result.stance == {"ru_pk": ru_pk, "ru_in": ru_in}, result.notes


@pytest.mark.parametrize(
    "text, ru_pk",
    [
        ("यह अभ्यास दो हफ्ते तक चलेगा।", "none"),  # the drill's duration: timing alone
        ("यह यात्रा ऐसे समय हो रही है जब पश्चिमी देश प्रतिबंध लगा रहे हैं।", "none"),
        ("यह सौदा दोनों देशों के बीच बढ़ते रक्षा संबंधों का संकेत है।", "favor"),  # another predicate
        ("यह समझौता क्षेत्र की स्थिरता के लिए अहम है।", "favor"),
        ("यह सकारात्मक कदम है।", "favor"),  # no event noun after the pronoun
        ("इस दौरे को बेहद सफल बताया गया।", "favor"),  # determiner + visit noun carries
        ("इन हथियारों से पाकिस्तान की ताकत बढ़ेगी।", "favor"),
        ("इस दौरे के बाद मोदी अमेरिका जाएंगे।", "none"),  # no relationship predicate, another state
        ("इस यात्रा का कार्यक्रम अभी तय नहीं है।", "none"),
    ],
)
def test_a_demonstrative_with_the_storys_event_refers_back_and_what_is_said_of_it_decides(text, ru_pk, cb):
    assert code(text, cb, PK, PK).stance["ru_pk"] == ru_pk


@pytest.mark.parametrize(
    "text, ru_pk",
    [
        ("हालांकि रूस से तेल का भुगतान अभी भी एक बड़ी समस्या बना हुआ है।", "against"),
        ("दोनों देशों के बीच तेल के भुगतान को लेकर अब भी समस्या बनी हुई है।", "against"),
        ("पाकिस्तान ने रूस को तेल का भुगतान कर दिया है", "favor"),  # paid: no problem
    ],
)
def test_a_payment_problem_with_words_between_is_against(text, ru_pk, cb):
    assert code(text, cb, PK, PK).stance["ru_pk"] == ru_pk
