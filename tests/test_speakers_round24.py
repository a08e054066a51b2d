"""Speakers, round 24 (issue #12): acts told in the agentless passive with nothing said.

Every sentence was written for these tests from the design codebook v1.1 (Voice: "a unit with no
attribution of its own is `outlet`") and from Hindi grammar: the perfect passive that drops its
agent ("… की घोषणा हो चुकी है", "… की चेतावनी दी गई है", "… के निर्देश दिए गए हैं"), which round 10
read as narration for orders after an infinitive. Names of places are generic. None is copied from
a corpus, a seed or an invented set. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.codebook import Hit
from analysis.voice import act_in_passive
from tests.test_attribution_language import one
from tests.test_attribution_language import said as voice_side


@pytest.mark.parametrize(
    "text",
    [
        "शहर के बाजार बंद रखने की घोषणा हो चुकी है।",  # announcing, with हो
        "दुकानदारों को नियम तोड़ने पर जुर्माने की चेतावनी दी गई है।",  # warning, दी गई
        "पहले आधी हाजिरी का ऐलान किया गया था।",  # ऐलान, past perfect
        "सभी कर्मचारियों को मास्क पहनने का निर्देश दिया जा चुका है।",  # an order, completive passive
        "बुजुर्गों को घर में रहने की सलाह दी गयी है।",  # advice, the hit opening with its genitive
        "पूरे मामले की जांच के निर्देश दिए गए हैं।",  # an order with a noun, no infinitive (round 10 needs one)
    ],
)
def test_an_act_in_the_agentless_passive_with_nothing_said_is_the_outlets(cb, text):
    row = one(cb, text)
    assert voice_side(row) == ("outlet", "")
    assert "agentless passive, nothing said" in row["voice_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "विभाग के अनुसार बाजार बंद रखने की घोषणा हो चुकी है।",  # a source
        "प्रशासन द्वारा जुर्माने की चेतावनी दी गई है।",  # an agent
        "अधिसूचना में बाजार बंद रखने की घोषणा की गई है।",  # the document the act is in
        "इसमें यात्रियों से घर पर रहने की अपील की गई है।",  # ... named by a pronoun
        "घोषणा की गई है कि स्कूल सोमवार से खुलेंगे।",  # the words in a कि clause
        "हमने लोगों से घर में रहने की अपील की गई है, यह सही है।",  # first person: someone's own words
    ],
)
def test_an_agent_a_source_a_document_or_the_words_keep_the_act_attributed(cb, text):
    assert one(cb, text)["voice"] != "outlet"


def test_a_confirmation_in_the_passive_stays_round_10s_report(cb):
    # the codebook question of rounds 12 and 24: every COVID coder who met one coded it outlet
    assert one(cb, "जिले में अब तक नौ मामलों की पुष्टि की जा चुकी है।")["voice"] == "reported"


def test_a_future_passive_stays_round_15s_and_an_active_act_reports(cb):
    assert one(cb, "नई तारीख की घोषणा बाद में की जाएगी।")["voice"] == "outlet"
    assert one(cb, "जिलाधिकारी ने बाजार बंद रखने की घोषणा की है।")["voice"] == "reported"


def test_the_act_s_noun_may_open_with_its_genitive_in_the_hit():
    t = "शहर में कर्फ्यू की घोषणा की गई है।"
    start = t.index("की घोषणा")
    assert act_in_passive(t, Hit("speech_verb", "की घोषणा", "की घोषणा", start, start + len("की घोषणा")))
