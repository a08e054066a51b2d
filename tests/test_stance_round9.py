"""Stance round 9 (issue #12): a unit whose pair is implied by its story.

News Hindi names the story's pair in the headline and the lead, then drops it for as long as
the story stays on it: "आपूर्ति एक बार फिर टल गई है" several units later, with no state named
and the unit before about something else. Such a unit speaks of the story's one pair through a
relational predicate (`stance.story_pair`); not when the story has named two pairs, the unit
names a state, a partner or an unresolved pair phrase of its own, or is about a part of the event.
Every sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import ArticleState, code_unit
from analysis.cues import group_positions, match_cues, named_mentions
from analysis.stance import code_stance
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})
RU_PK = frozenset({"ru_pk"})

NO_STATE_NAMED = [
    # a supply put off, talks halted, work not begun, differences standing: the story's pair's ties
    ("प्रधानमंत्री का दौरा एक बार फिर टल गया है", RU_IN, N, A),
    ("भुगतान के नए तंत्र पर करार फिलहाल रद्द कर दिया गया है", RU_IN, N, A),
    ("नौ बरस बाद भी इस मंसूबे पर काम शुरू नहीं हो सका है", RU_PK, A, N),
    ("जानकारों के मुताबिक कीमत पर मतभेद बरकरार हैं", RU_PK, A, N),
    # an agreement reached, a supply due: favor
    ("बंदरगाह के विकास पर भी सहमति बन गई", RU_IN, N, F),
    ("तीसरी खेप अगले महीने तक मिल जाएगी", RU_PK, F, N),
]


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), NO_STATE_NAMED)
def test_a_unit_naming_no_state_speaks_of_the_storys_one_pair(text, pair, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, pair=pair)


@pytest.mark.parametrize(("text", "pair", "ru_pk", "ru_in"), NO_STATE_NAMED)
def test_without_a_story_pair_the_same_unit_speaks_of_nothing(text, pair, ru_pk, ru_in, cb):
    check(text, N, N, cb)


def test_a_story_that_named_two_pairs_leaves_the_unit_open(cb):
    text = "प्रधानमंत्री का दौरा एक बार फिर टल गया है"
    unit = match_cues(text, cb)
    groups = group_positions(named_mentions(unit), cb)
    result = code_stance(unit, groups, frozenset(), cb, RU_IN, ("ru_pk", "ru_in"))
    assert result.stance == {"ru_pk": N, "ru_in": N}, result.notes


KEPT_NONE = [
    # a third state or an organisation takes the predicate; a partner of its own
    ("अमेरिका ने हथियारों की आपूर्ति एक बार फिर टाल दी है", RU_IN),
    ("विश्व बैंक के साथ कर्ज़ पर बातचीत फिलहाल रोक दी गई है", RU_PK),
    ("बाकी कंपनियों के साथ भी समझौते होंगे", RU_PK),
    # a part of the event (logistics): the event owns the subject
    ("अभ्यास का दूसरा चरण रेगिस्तानी इलाके में रखा जाएगा", RU_PK),
    # growth or benefit with no partner needed, and a background fact
    ("इस साल देश की अर्थव्यवस्था तेज़ी से बढ़ी", RU_IN),
    ("राजधानी में सोमवार को बारिश हुई", RU_IN),
]


@pytest.mark.parametrize(("text", "pair"), KEPT_NONE)
def test_units_about_something_else_stay_none(text, pair, cb):
    check(text, N, N, cb, pair=pair)


def test_a_pair_phrase_the_story_did_not_resolve_is_not_the_storys_pair(cb):
    # the story last named India and China together: "दोनों पक्ष" are they, not Russia–India
    text = "बैठक में दोनों पक्ष सीमा पर तनाव कम करने की योजना पर राजी हुए"
    unit = match_cues(text, cb)
    groups = group_positions(named_mentions(unit), cb)
    result = code_stance(unit, groups, frozenset(), cb, RU_IN, ("ru_in",), False, frozenset({"india", "china"}))
    assert result.stance == {"ru_pk": N, "ru_in": N}, result.notes


def test_the_note_names_the_rule(cb):
    result = code("भुगतान के नए तंत्र पर करार फिलहाल रद्द कर दिया गया है", cb, pair=RU_IN)
    assert result.notes["ru_in"].startswith("the story's pair: no state named"), result.notes
    assert any(c.value == "pair" and c.pattern.endswith("(the story's pair)") for c in result.cues)


def test_the_story_carries_its_pair_past_a_unit_about_something_else(cb):
    # through the article state: headline names the pair, a unit of background, then the setback
    state = ArticleState()
    texts = [
        "रूस ने भारत को एस-400 की दो स्क्वाड्रन देने का वादा दोहराया",
        "राजधानी में सोमवार को बारिश हुई",
        "प्रधानमंत्री का दौरा एक बार फिर टल गया है",
    ]
    codings = []
    for i, text in enumerate(texts):
        c, state = code_unit(text, ("body", i), state, cb)
        codings.append(c)
    assert [c.stance["ru_in"] for c in codings] == [F, N, A], [c.stance_notes for c in codings]
    assert "the story's pair" in codings[2].stance_notes["ru_in"]
