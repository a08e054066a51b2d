"""Voice and speakers, round 13 (issue #12): places inside a country, sub-headings, headline predicates.

Every sentence was written from the design codebook (Variable 3, the v1.1 voice and speaker
rules) and from Hindi grammar, never copied from a corpus or an invented set; names, bodies
and places in them are made up or general. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import code, one, said


# ---------------------------------------------------------------- a state or city names its country's office
@pytest.mark.parametrize(
    "text",
    [
        "कर्नाटक सरकार ने बताया कि स्कूल अगले महीने खुलेंगे।",  # a state's government, compound
        "पुणे पुलिस के अधिकारियों ने बताया कि दो लोगों को पकड़ा गया है।",  # a city's police, genitive chain
        "झारखंड के स्वास्थ्य विभाग ने कहा कि जांच केंद्र बढ़ाए जाएंगे।",  # a state added this round
    ],
)
def test_an_office_of_an_indian_state_or_city_is_indias(cb, text):
    row = one(cb, text)
    assert said(row) == ("reported", "india"), row["speaker_rule"]


def test_the_scientists_of_a_chinese_city_are_chinas(cb):
    row = one(cb, "शेनझेन के वैज्ञानिकों ने दावा किया कि टीका अगले साल तक बन जाएगा।")
    assert said(row) == ("reported", "china"), row["speaker_rule"]


def test_a_headline_closing_on_a_state_official_by_the_short_form_is_reported(cb):
    row = one(cb, "बाहर से आए चालीस लोगों को घरों में अलग रखा गया: हिमाचल के डीजीपी", role="headline")
    assert said(row) == ("reported", "india"), row["voice_rule"]


def test_a_place_elsewhere_in_the_unit_gives_no_office_its_country(cb):
    # v1.1: a bare ministry whose state the unit does not name is other; a state where cases
    # were found is what was said, not whose ministry speaks
    row = one(cb, "मंत्रालय ने कहा कि गुजरात में तीन नए मामले मिले हैं।")
    assert row["speaker_side"] == "other", row["speaker_rule"]


def test_a_city_in_the_dateline_gives_no_office_its_country(cb):
    row = one(cb, "जयपुर। मंत्रालय ने कहा कि नई सड़क अगले साल बनेगी।")
    assert row["speaker_side"] == "other", row["speaker_rule"]


# ---------------------------------------------------------------- a headline's subject before its predicate
def test_a_headline_subject_with_its_predicate_speaks_after_the_comma(cb):
    row = one(cb, "राजस्थान में बाढ़ के बाद भारत सरकार सतर्क, कहा- नदी किनारे न जाएं", role="headline")
    assert said(row) == ("quoted", "india"), row["speaker_rule"]


def test_a_state_named_after_the_subject_is_where_it_went_not_who_speaks(cb):
    row = one(cb, "इमरान खान मॉस्को पहुंचे, कहा- रिश्ते और मजबूत होंगे", role="headline")
    assert row["speaker_side"] != "russia", row["speaker_rule"]


def test_an_object_before_the_predicate_is_no_subject(cb):
    row = one(cb, "पाकिस्तान से नाराज रूस, कहा- यह ठीक नहीं", role="headline")
    assert row["speaker_side"] == "russia", row["speaker_rule"]


# ---------------------------------------------------------------- a sub-heading before a colon
def test_the_agent_of_a_sub_heading_gives_way_to_the_speaker_after_the_colon(cb):
    out = code(
        cb,
        "कंपनी ने जांच की और माल सही पाया: चीन की ओर से कहा गया कि गुणवत्ता में कोई कमी नहीं है।",
        "उसने कहा कि वह हर तरह की मदद को तैयार है।",
    )
    assert list(out["speaker_side"]) == ["china", "china"], list(out["speaker_rule"])
    assert "sub-heading" in out["speaker_rule"].iloc[0]


def test_a_colon_after_a_speech_verb_introduces_words(cb):
    row = one(cb, "मंत्री ने कहा: रूस ने भरोसा दिया है कि सौदा समय पर होगा।")
    assert row["speaker_side"] != "russia", row["speaker_rule"]


# ---------------------------------------------------------------- a command to the reader in a headline
@pytest.mark.parametrize(
    "text",
    [
        "बारिश के बीच मंत्री बोले- घबराएं नहीं, घर में रहें",  # -एं with नहीं after it
        "बाढ़ पर प्रशासन ने कहा- नदी किनारे न जाएं",  # न before -एं
        "डॉक्टर बोले- रोज पानी उबाल कर पीजिए",  # the respectful imperative
    ],
)
def test_a_command_to_the_reader_after_the_dash_is_quoted(cb, text):
    row = one(cb, text, role="headline")
    assert row["voice"] == "quoted", row["voice_rule"]
    assert "command to the reader" in row["voice_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री बोले- अगले महीने से उड़ानें शुरू होंगी",  # a plural noun in -एं/-ें is no command
        "मंत्री बोले- किसानों के लिए नई योजना आएगी",  # "के लिए" is no respectful imperative
    ],
)
def test_a_paraphrase_after_the_dash_stays_reported(cb, text):
    row = one(cb, text, role="headline")
    assert row["voice"] == "reported", row["voice_rule"]


def test_a_postposition_before_a_negation_is_no_command(cb):
    row = one(cb, "भारत को राहत, रूस बोला- सीमा में नहीं होगा कोई अभ्यास", role="headline")
    assert row["voice"] == "reported", row["voice_rule"]


def test_the_outlets_call_to_read_on_is_no_command(cb):
    row = one(cb, "नए सौदे पर भारत ने जताई चिंता – पढ़िए पूरी खबर", role="headline")
    assert row["voice"] == "reported", row["voice_rule"]
