"""Stance round 12 (issue #12): commentary and reactions read by structure, over every development set.

Two kinds recur across the development sets A–E, G–L (counted in docs/stance_error_analysis.md):
Russia heeding India's objection told as a story (the objection in a cause or time phrase,
then Russia holding back: the objection is background, the act answers it, ru_in favor) and a
friendship epithet in the past or in name only followed by a turn to a third state ("once
India's closest friend, Russia now …": the codebook's ties portrayed as drifting, ru_in
against). Every sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from analysis.cues import match_cues
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"
RU_PK = frozenset({"ru_pk"})

HEEDED = [
    # the objection in a cause or time phrase, then Russia holding back: heeded (ru_in favor);
    # the act answering it keeps its own reading for Russia–Pakistan (a cancellation: against)
    ("भारत के विरोध के बाद रूस ने पाकिस्तान के साथ होने वाली नौसैनिक ड्रिल रद्द कर दी।", A, F),
    ("भारत की चिंताओं के मद्देनजर रूस ने पाकिस्तान को टैंक बेचने की योजना टाल दी।", A, F),
    ("नई दिल्ली की आपत्ति के चलते मॉस्को ने पाकिस्तान को पनडुब्बी देने से इनकार कर दिया।", A, F),
    ("भारत की आपत्ति के बाद रूसी अधिकारियों ने साफ किया कि पाकिस्तान को कोई आक्रामक हथियार नहीं मिलेगा।", A, F),
    # "for fear of" India's displeasure heeds it by itself
    ("रूस ने भारत की नाराजगी के डर से यह दौरा छोटा कर दिया।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), HEEDED)
def test_an_objection_russia_then_heeds_is_reassurance(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


NOT_HEEDED = [
    # even after the objection (के बाद भी), or no holding back after it: defiance, Russia acting against India
    ("भारत के विरोध के बाद भी रूस ने पाकिस्तान के साथ ड्रिल की।", F, A),
    ("भारत की आपत्ति के बाद रूस ने पाकिस्तान के साथ नया रक्षा समझौता किया।", F, A),
    # despite it (concessive): against, as before
    ("भारत की नाराजगी के बावजूद रूस ने पाकिस्तान को हेलिकॉप्टर दिए।", F, A),
    # a heeding reported, then denied in the main clause after लेकिन: the denial decides, no heeding
    ("खबर थी कि भारत की आपत्ति के चलते रूस ने ड्रिल टाल दी है, लेकिन रूसी दूतावास ने इसका खंडन किया।", N, A),
    # Russia not named: no heeding read (whose act answers the objection is not said)
    ("भारत की आपत्ति के बाद यह कार्यक्रम रद्द कर दिया गया।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), NOT_HEEDED)
def test_an_objection_not_heeded_stays_russia_acting_against_india(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_heeded_objection_is_named_in_the_notes(cb):
    result = code("भारत के विरोध के बाद रूस ने पाकिस्तान के साथ होने वाली नौसैनिक ड्रिल रद्द कर दी।", cb)
    assert "heeded ('के बाद'" in result.notes["ru_in"]
    assert "favor cues 1, against cues 0" in result.notes["ru_in"]


def test_a_supposed_objection_is_not_heeded(cb):
    # a worry supposed (सकता) portrays no act, heeded or not
    check("भारत की आपत्ति के बाद रूस पाकिस्तान के साथ अभ्यास टाल सकता है।", A, N, cb)


DRIFTING = [
    # a friendship epithet in the past or in name only, then a turn to a third state: drifting
    ("कभी भारत का सबसे करीबी दोस्त रहा रूस अब पाकिस्तान के साथ युद्धाभ्यास कर रहा है।", F, A),
    ("भारत का भरोसेमंद साथी कहा जाने वाला रूस अब चीन के ज़्यादा करीब है।", N, A),
    ("रूस दशकों तक भारत का विश्वसनीय मित्र रहा है, लेकिन अब वह पाकिस्तान से भी हथियार सौदे कर रहा है।", F, A),
    ("भारत का पुराना दोस्त कहलाने वाला रूस पाकिस्तान को लड़ाकू विमान क्यों दे रहा है?", F, A),
    ("चीन के साथ रूस की नजदीकी बढ़ रही है, जबकि रूस कभी भारत का सबसे भरोसेमंद साझेदार माना जाता था।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DRIFTING)
def test_a_friendship_of_the_past_then_a_turn_is_drifting(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


STILL_FRIENDS = [
    # no turn: the epithet stands (still, so far, alone), or the "now" clause names no third state
    ("रूस दशकों से भारत का सबसे भरोसेमंद दोस्त रहा है।", N, F),
    ("रूस अब भी भारत का सबसे भरोसेमंद दोस्त है।", N, F),
    ("रूस भारत का भरोसेमंद दोस्त रहा है और अब दोनों देश नई परियोजनाओं पर काम कर रहे हैं।", N, F),
    ("पाकिस्तान से बातचीत के बावजूद रूस भारत का भरोसेमंद दोस्त रहा है और अब भी है।", N, F),
    # trust given, no epithet (no friend noun): the progressive रहा is no past
    ("रूस भारत को भरोसा दिला रहा है कि अब पाकिस्तान को कोई बड़ा सौदा नहीं होगा।", A, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), STILL_FRIENDS)
def test_a_friendship_without_a_turn_stays_favor(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_explain_names_the_drift(cb):
    text = "कभी भारत का सबसे करीबी दोस्त रहा रूस अब पाकिस्तान के साथ युद्धाभ्यास कर रहा है।"
    assert "drifting" in code(text, cb).notes["ru_in"]
    shown = explain(text, cb)
    assert "drifting" in shown


def test_the_turn_words_are_codebook_cues(cb):
    unit = match_cues("कभी भारत का दोस्त रहा रूस अब पाकिस्तान के साथ है", cb)
    assert {unit.show(h.start, h.end) for h in unit.of("drift_now")} == {"कभी", "अब"}
    assert [unit.show(h.start, h.end) for h in unit.of("drift_nouns")] == ["दोस्त"]


CHALLENGE_FOR_INDIA = [
    # a commentary's judgement "a challenge / a warning for India" of Russia's ties with a third state:
    # read by whose it is (के लिए), like round 11's "not good for India": Russia acting against India
    ("रूस और पाकिस्तान की बढ़ती नजदीकी भारत के लिए बड़ी चुनौती है।", F, A),
    ("रूस और चीन की यह नजदीकी भारत के लिए एक चेतावनी है।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), CHALLENGE_FOR_INDIA)
def test_a_challenge_for_india_is_russia_acting_against_india(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_challenge_for_india_after_the_act_speaks_of_russia_india(cb):
    check("जानकारों के अनुसार यह कदम भारत के लिए चुनौती है।", N, A, cb, pair=RU_PK, previous=RU_PK)


def test_a_challenge_for_russia_is_not_indias(cb):
    check("रूस के लिए पाकिस्तान से यह सौदा एक बड़ी चुनौती है।", N, N, cb)


def test_russia_only_saying_a_challenge_for_india_is_no_act_of_its_own(cb):
    # v1.1: a statement's source is not its subject; the challenge is terrorism, not Russia's act
    result = code("रूस ने कहा कि आतंकवाद भारत के लिए बड़ी चुनौती है।", cb)
    assert result.stance["ru_in"] != A, result.notes
