"""Speakers, round 22 (issue #12): the scene of the latest units, from a census over COVID rounds 1–12.

Every sentence was written for these tests from the design codebook v1.1 (Voice and speakers: an
official → the state they serve; an expert → its country; a third state → other) with v1.4's
reading of a title and a name with no country (the outlets' own), and from how news runs items
about one foreign state inside a digest or a home story ("<state> में …" for a few units, then
"<title> <name> ने कहा"). Names of people are made up. None is copied from a corpus, a seed or an
invented set. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.codebook import load_codebook
from analysis.coding import ArticleState, code_unit
from tests.test_attribution_language import last
from tests.test_attribution_language import speaker_side as said

ABROAD = [
    "ईरान में बुधवार को संक्रमण के नए मामलों में गिरावट दर्ज की गई।",
    "वहां के अस्पतालों में अब पहले से कम भीड़ है।",
]


# ---------------------------------------------------------------- titled names in a foreign scene
@pytest.mark.parametrize(
    "who",
    ["प्रवक्ता फरहाद नूरी", "स्वास्थ्य मंत्रालय के प्रवक्ता फरहाद नूरी", "शीर्ष स्वास्थ्य अधिकारी फरहाद नूरी"],
)
def test_an_official_titled_and_named_after_units_about_one_foreign_state_serves_that_state(cb, who):
    row = last(cb, *ABROAD, f"{who} ने कहा कि हालात सुधर रहे हैं।")
    assert row["speaker_side"] == "other"
    assert "latest units" in row["speaker_rule"]


def test_an_expert_titled_and_named_in_a_foreign_scene_speaks_for_that_country(cb):
    row = last(cb, "चीन के एक शहर में नए मामलों की जांच तेज हुई।", "डॉक्टर वांग ली ने कहा कि यह नया संक्रमण हो सकता है।")
    assert said(row) == ("china", "china")


def test_the_scene_ends_with_its_window(cb):
    fill = ["बाजारों में भीड़ कम रही।", "लोग घरों में रहे।", "दुकानें जल्दी बंद हुईं।"]
    row = last(cb, *ABROAD, *fill, "प्रवक्ता सुरेश वर्मा ने कहा कि हालात सुधर रहे हैं।")
    assert row["speaker_side"] == "india"  # v1.4: the outlets' own official


# ---------------------------------------------------------------- what keeps the home's reading
def test_a_home_place_in_the_window_keeps_the_home_reading(cb):
    row = last(cb, "लखनऊ में ईरान से लौटे दस लोगों की जांच हुई।", "प्रवक्ता सुरेश वर्मा ने कहा कि सभी स्वस्थ हैं।")
    assert row["speaker_side"] == "india"


def test_two_states_in_the_window_name_no_scene(cb):
    row = last(cb, "ईरान और इटली में मामले बढ़े हैं।", "प्रवक्ता सुरेश वर्मा ने कहा कि सतर्कता जरूरी है।")
    assert row["speaker_side"] == "india"


def test_a_state_the_unit_itself_names_is_what_the_speaker_speaks_of(cb):
    row = last(cb, *ABROAD, "प्रवक्ता सुरेश वर्मा ने कहा कि ईरान से आने वाली उड़ानें रोकी गई हैं।")
    assert row["speaker_side"] == "india"


def test_a_trader_in_a_home_story_of_trade_with_a_foreign_state_stays_the_home_s(cb):
    row = last(cb, "चीन में कारखाने बंद होने से माल की आवक घटी है।", "थोक व्यापारी रमेश चंद ने बताया कि दाम बढ़ गए हैं।")
    assert row["speaker_side"] == "india"  # v1.2: a private voice with no country is the home's


@pytest.mark.parametrize("title", ["जिलाधिकारी", "उपायुक्त"])
def test_a_district_officer_titled_and_named_stays_the_home_s_in_a_foreign_scene(cb, title):
    row = last(cb, *ABROAD, f"{title} सुरेश वर्मा ने कहा कि जिले में सभी स्वस्थ हैं।")
    assert row["speaker_side"] == "india"  # v1.2: a local office with no country is the outlets' own


def test_a_name_the_gazetteer_lacks_stays_the_home_s_in_a_foreign_scene(cb):
    row = last(cb, *ABROAD, "सुरेश वर्मा ने बताया कि वह अगले महीने लौटेंगे।")
    assert row["speaker_side"] == "india"


def test_the_scene_is_carried_in_the_article_state():
    cb = load_codebook("config/codebook.yaml")
    state = ArticleState()
    for i, text in enumerate(ABROAD):
        _, state = code_unit(text, ("body", i), state, cb)
    assert "iran" in set().union(*state.scene)


# ---------------------------------------------------------------- speaking on behalf of a body
@pytest.mark.parametrize("behalf", ["की ओर से", "की तरफ से", "की तरफ़ से"])
def test_a_titled_name_speaking_on_behalf_of_a_home_body_is_the_speaker(cb, behalf):
    row = last(cb, f"गृह मंत्रालय {behalf} संयुक्त सचिव रमेश कुमार ने बताया कि दुकानें खुलेंगी।")
    assert said(row) == ("indian_official", "india")
    assert "on behalf of" in row["speaker_rule"]


def test_a_name_speaking_on_behalf_of_a_ministry_is_the_home_s(cb):
    row = last(cb, "मंत्रालय की ओर से सुनीता देवी ने बताया कि राशन बांटा जाएगा।")
    assert row["speaker_side"] == "india"


def test_a_spokesman_of_a_foreign_government_takes_its_state(cb):
    row = last(cb, "ईरान सरकार की ओर से प्रवक्ता अली रज़ा ने कहा कि सीमा खुली रहेगी।")
    assert row["speaker_side"] == "other"


def test_a_statement_issued_on_behalf_of_a_body_stays_the_body_s(cb):
    row = last(cb, "मंत्रालय की ओर से जारी बयान में कहा गया कि दुकानें खुलेंगी।")
    assert "on behalf of" not in row["speaker_rule"]
    assert row["speaker_side"] == "other"  # v1.1: an unnamed body, its state not named


def test_a_comma_after_the_body_ends_the_behalf_phrase(cb):
    row = last(cb, "सरकार की ओर से, बाद में मंत्री रमेश कुमार ने कहा कि दुकानें खुलेंगी।")
    assert "on behalf of" not in row["speaker_rule"]


def test_two_bodies_before_one_agent_leave_the_agent_speaking_for_the_first(cb):
    # the first body gives the agent its country; the second finds the agent already changed (this
    # once ended the whole coding job with a ValueError)
    row = last(cb, "ईरान सरकार की ओर से और इराक सरकार की ओर से प्रवक्ता ने कहा कि सीमा खुली रहेगी।")
    assert said(row) == ("other_state", "other")
    row = last(cb, "रूसी दूतावास की ओर से चीनी दूतावास की ओर से लोगों ने कहा कि सीमा खुली रहेगी।")
    assert row["speaker_side"] == "russia"
