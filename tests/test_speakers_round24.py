"""Speakers, round 24 (issue #12): acts told in the agentless passive, and researchers named by their field.

Every sentence was written for these tests from the design codebook v1.1 (Voice: "a unit with no
attribution of its own is `outlet`"; Speakers: "an expert, think tank or party → its country", "an
unnamed official whose state the unit does not name → `other`") and from Hindi grammar: the perfect
passive that drops its agent ("… की पुष्टि की जा चुकी है", "… की घोषणा हो चुकी है", "… के निर्देश दिए
गए हैं") and the oblique plural of the research nouns with which news cites the scientific community
("वैज्ञानिकों का कहना है", "शोधकर्ताओं ने …"). Round 24b applies the lead's two decisions (round 12's
questions 2 and 3): researchers by their field alone are `other`, and a confirmation in the agentless
passive is the outlet's. Names of people and places are made up or generic. None is copied from a
corpus, a seed or an invented set. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.codebook import Hit
from analysis.voice import act_in_passive
from tests.test_attribution_language import last, one
from tests.test_attribution_language import said as voice_side
from tests.test_attribution_language import speaker_side as said


@pytest.mark.parametrize(
    "text",
    [
        "जिले में अब तक नौ मामलों की पुष्टि की जा चुकी है।",  # confirming, completive passive (round 24b)
        "कस्बे में तीन और मरीजों में संक्रमण की शनिवार को पुष्टि की गयी।",  # a time between noun and verb
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
        "स्वास्थ्य विभाग द्वारा नौ मामलों की पुष्टि की गई है।",  # an agent keeps a confirmation attributed
        "विभाग के अनुसार नौ मामलों की पुष्टि की जा चुकी है।",  # ... and so does a source
        "अधिसूचना में नौ मामलों की पुष्टि की गई है।",  # ... and the document it is in
        "रिपोर्ट में पुष्टि की गई है कि दोनों नमूने संक्रमित हैं।",  # ... and its words in a कि clause
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


def test_a_confirmation_in_the_passive_is_the_outlets(cb):
    # codebook v1.1 "a unit with no attribution of its own is outlet"; every hand coder who met it (round 24b)
    assert one(cb, "जिले में अब तक नौ मामलों की पुष्टि की जा चुकी है।")["voice"] == "outlet"


def test_an_active_confirmation_or_one_from_a_named_side_stays_reported(cb):
    assert voice_side(one(cb, "जिलाधिकारी ने दो और मामलों की पुष्टि की है।")) == ("reported", "india")
    assert one(cb, "जिला अस्पताल की ओर से दो और मामलों की पुष्टि की गई है।")["voice"] == "reported"


def test_a_future_passive_stays_round_15s_and_an_active_act_reports(cb):
    assert one(cb, "नई तारीख की घोषणा बाद में की जाएगी।")["voice"] == "outlet"
    assert one(cb, "जिलाधिकारी ने बाजार बंद रखने की घोषणा की है।")["voice"] == "reported"


def test_the_act_s_noun_may_open_with_its_genitive_in_the_hit():
    t = "शहर में कर्फ्यू की घोषणा की गई है।"
    start = t.index("की घोषणा")
    assert act_in_passive(t, Hit("speech_verb", "की घोषणा", "की घोषणा", start, start + len("की घोषणा")))


# ---------------------------------------------------------------- researchers named by their field alone
@pytest.mark.parametrize(
    "text",
    [
        "वैज्ञानिकों का कहना है कि टीका अगले साल तक आ सकता है।",
        "शोधकर्ताओं ने कहा कि गर्मी से संक्रमण नहीं रुकेगा।",
        "नए अध्ययन पर रिसर्चर्स ने जताई चिंता",  # a headline, the light verb first
        "कुछ वैज्ञानिकों का मानना है कि वायरस बदल रहा है।",  # a quantifier is no owner
        "शोधकर्ताओं के मुताबिक मास्क से खतरा आधा रह जाता है।",  # a source marker after the field noun
    ],
)
def test_researchers_named_only_by_their_field_speak_for_no_one_state(cb, text):
    row = one(cb, text)
    assert said(row) == ("unnamed_official", "other")
    assert "field alone" in row["speaker_rule"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("आईआईटी के वैज्ञानिकों ने कहा कि किट तैयार है।", "india"),  # an owner
        ("राज्य कृषि विश्वविद्यालय के कृषि वैज्ञानिकों के अनुसार फसल बची रहेगी।", "india"),  # owner across a field word
        ("भारतीय वैज्ञानिकों ने कहा कि जांच किट सस्ती होगी।", "india"),  # a demonym: its state
        ("भारतीय शोधकर्ताओं का दावा है कि नई जांच आधे घंटे में नतीजा देगी।", "india"),  # ... with another field noun
        ("अमेरिकी शोधकर्ताओं ने कहा कि दवा असरदार है।", "other"),  # a foreign demonym: its state
        ("डॉक्टरों ने बताया कि मरीज की हालत स्थिर है।", "india"),  # doctors stay the home's (v1.2)
        ("वैज्ञानिक ने बताया कि नमूने सुरक्षित हैं।", "india"),  # a singular scientist stays the home's
    ],
)
def test_an_owner_a_country_doctors_or_one_scientist_keep_their_reading(cb, text, side):
    assert one(cb, text)["speaker_side"] == side


def test_a_demonstrative_refers_back_and_keeps_the_home_reading(cb):
    row = one(cb, "इन वैज्ञानिकों ने बताया कि दवा असरदार है।")
    assert "field alone" not in row["speaker_rule"]


def test_researchers_the_article_introduced_with_their_owner_are_whom_a_bare_field_noun_means(cb):
    row = last(
        cb,
        "नागपुर के एक संस्थान के शोधकर्ताओं ने दावा किया कि नया अणु असरदार है।",
        "अगले चरण में परीक्षण जानवरों पर होगा।",
        "शोधकर्ताओं के अनुसार दवा सस्ती होगी।",
    )
    assert said(row) == ("india", "india")
    assert "earlier unit" in row["speaker_rule"]


def test_foreign_researchers_introduced_earlier_stay_that_state_s(cb):
    row = last(cb, "अमेरिकी वैज्ञानिकों की एक टीम ने नया अनुमान लगाया है।", "वैज्ञानिकों ने कहा कि यह केवल अनुमान है।")
    assert said(row) == ("us", "other")


def test_the_whole_world_s_scientists_keep_round_7s_reading(cb):
    row = one(cb, "दुनिया भर के वैज्ञानिकों ने कहा कि खतरा अभी टला नहीं है।")
    assert row["speaker_side"] == "other"
    assert "whole world" in row["speaker_rule"]
