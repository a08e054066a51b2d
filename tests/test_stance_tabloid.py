"""Tabloid and TV-desk Hindi: verb-first headlines and everyday idioms (issue #12, stance round 39).

Headlines put the verb before its object ("अभ्यास से खींचे हाथ", "भारत की उड़ी नींद"), and everyday Hindi
says going back on one's word with पलटी मारना beside मुकरना, and a strain left behind intransitively
("तल्ख़ी पीछे छूट गई" beside "… को पीछे छोड़ दिया"). Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from tests.stance_units import code_article


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("रूस ने पाकिस्तान के साथ नौसैनिक अभ्यास से खींचे हाथ", "ru_pk", "against"),
        ("रूस ने भारत से हथियार सौदे पर पलटी मार दी।", "ru_in", "against"),
        ("रूस और पाकिस्तान के बीच शीत युद्ध की तल्खी अब पीछे छूट गई है।", "ru_pk", "favor"),
        ("भारत और रूस के रिश्तों में तल्खी पीछे छूट चुकी है।", "ru_in", "favor"),
        ("रूस-पाकिस्तान की बढ़ती नजदीकी से भारत की उड़ी नींद", "ru_in", "against"),
        ("रूस और पाकिस्तान की बढ़ती नजदीकी ने भारत की नींद हराम कर दी है।", "ru_in", "against"),
    ],
)
def test_headline_order_and_everyday_idioms(text, target, expected, cb):
    assert code_article([text], cb)[-1].stance[target] == expected


def test_left_behind_alone_is_no_stance(cb):
    # "पीछे छूट-" with no strain word before it is no warming ("lagged behind")
    assert code_article(["रूस और पाकिस्तान व्यापार की दौड़ में पीछे छूट गए।"], cb)[-1].stance["ru_pk"] != "favor"


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        # the loser named right before the blow is a third state: the pair's deal keeps its own cue
        ("भारत और रूस के बीच हथियार सौदा पक्का, अमेरिका को तगड़ा झटका", "ru_in", "favor"),
        ("रूस-पाकिस्तान गैस समझौता तय, भारत के लिए बड़ा झटका", "ru_pk", "favor"),
        # a blow to a party of the pair still counts
        ("पाकिस्तान को बड़ा झटका, रूस ने हेलीकॉप्टर सौदा रद्द किया", "ru_pk", "against"),
    ],
)
def test_a_blow_to_a_third_state_is_not_the_pairs(text, target, expected, cb):
    assert code_article([text], cb)[-1].stance[target] == expected


@pytest.mark.parametrize(
    "text",
    ["रूस धीरे-धीरे भारत का साथ छोड़ रहा है।", "विशेषज्ञों के मुताबिक मॉस्को अब नई दिल्ली का साथ छोड़ रहा था।"],
)
def test_leaving_a_partners_side_in_the_progressive_is_against(text, cb):
    # "का साथ … छोड़ रहा है" is as long as the support pair "का साथ … रहा है" and must be found first
    assert code_article([text], cb)[-1].stance["ru_in"] == "against"
