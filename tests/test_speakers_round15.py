"""Voice and speakers, round 15 (issue #12): forms of Hindi news that name speech without a verb.

Every sentence was written from the design codebook (Variable 3, the v1.1 voice and speaker
rules) and from Hindi grammar, never copied from a corpus or an invented set; names, bodies
and places in them are made up or general. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import code, one, said


# ---------------------------------------------------------------- a speech act in the future passive
@pytest.mark.parametrize(
    "text",
    [
        "काम दोबारा शुरू होने पर इसकी घोषणा कर दी जाएगी।",
        "नई दरों के बारे में जानकारी दी जाएगी।",
        "परीक्षा की तारीख का ऐलान बाद में किया जायेगा।",
    ],
)
def test_a_speech_act_not_yet_made_is_the_outlets_narration(cb, text):
    row = one(cb, text)
    assert row["voice"] == "outlet", row["voice_rule"]
    assert "future passive" in row["voice_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री द्वारा कल नई योजना की घोषणा की जाएगी।",  # an agent: the act is attributed
        "सूचना में बताया जाएगा कि केंद्र कब खुलेंगे।",  # words after कि are given
        "मंत्रालय ने कहा कि नई तारीख की घोषणा की जाएगी।",  # the ministry speaks now
    ],
)
def test_a_future_act_with_an_agent_or_its_words_still_reports(cb, text):
    assert one(cb, text)["voice"] == "reported"


# ---------------------------------------------------------------- "according to" before a comma
def test_according_to_before_a_comma_is_no_direct_speech(cb):
    row = one(cb, "विज्ञप्ति के अनुसार, सभी दफ्तर सोमवार तक बंद रहेंगे।")
    assert row["voice"] == "reported", row["voice_rule"]


def test_according_to_before_first_person_words_stays_direct(cb):
    row = one(cb, "उनके बयान के मुताबिक, हम हर जिले में जांच केंद्र खोलेंगे।")
    assert row["voice"] == "quoted", row["voice_rule"]


def test_a_speech_verb_before_a_comma_stays_direct(cb):
    row = one(cb, "मंत्री ने कहा, सभी दफ्तर सोमवार तक बंद रहेंगे।")
    assert row["voice"] == "quoted", row["voice_rule"]


# ---------------------------------------------------------------- satisfaction expressed
@pytest.mark.parametrize(
    "text",
    [
        "अदालत ने अस्पतालों की तैयारी पर संतोष जताया।",
        "समिति ने राहत कार्यों पर संतोष व्यक्त किया है।",
        "आयोग ने जांच की रफ्तार पर इत्मीनान जाहिर किया।",
    ],
)
def test_satisfaction_expressed_is_reported(cb, text):
    assert one(cb, text)["voice"] == "reported"


def test_agreeing_stays_narration(cb):
    # the family is the feeling expressed, not जताना alone: an agreement reached is an act
    assert one(cb, "दोनों जिलों ने सड़क बनाने पर सहमति जताई")["voice"] == "outlet"


# ---------------------------------------------------------------- a headline's speech noun
def test_an_accusation_named_with_its_target_is_reported_and_the_genitive_speaks(cb):
    row = one(cb, "सुनील यादव का प्रशासन पर आरोप, राहत बांटने में हो रही देरी", role="headline")
    assert said(row) == ("reported", "india"), (row["voice_rule"], row["speaker_rule"])
    assert "unlisted agent" in row["speaker_rule"]


def test_the_target_of_an_accusation_is_not_its_speaker(cb):
    row = one(cb, "महामारी: पड़ोसी देश पर नया आरोप, प्रयोगशाला से फैला वायरस", role="headline")
    assert row["voice"] == "reported", row["voice_rule"]
    assert row["speaker_rule"] == "no speaker named → unknown"


def test_a_call_named_with_its_genitive_is_reported(cb):
    row = one(cb, "जिलाधिकारी का लोगों से घरों में रहने का आह्वान", role="headline")
    assert row["voice"] == "reported", row["voice_rule"]


def test_a_headline_speaker_the_gazetteer_does_not_know_speaks_before_bolin(cb):
    row = one(cb, "सख्ती के पक्ष में कई जिले, सुनीता राठौर बोलीं- केंद्र की नीति साफ नहीं", role="headline")
    assert said(row) == ("reported", "india"), row["speaker_rule"]


def test_a_converb_before_bole_is_no_speaker(cb):
    row = one(cb, "सड़क पर उतरकर बोले- हमें काम चाहिए", role="headline")
    assert row["speaker"] == "unknown", row["speaker_rule"]


# ---------------------------------------------------------------- a body in a closing tag
def test_a_figure_closing_on_a_body_named_with_an_unknown_place_is_reported(cb):
    row = one(cb, "इन 90 मामलों में 50 सक्रिय हैं और 2 मौतें शामिल हैं: हिमगिरि सरकार")
    assert row["voice"] == "reported", row["voice_rule"]


@pytest.mark.parametrize("text", ["यहां कोई नया मामला नहीं आया: जानिए क्या बोली सरकार", "नए नियम लागू: पढ़ें पूरी खबर"])
def test_a_closing_teaser_is_no_source(cb, text):
    assert one(cb, text)["voice"] == "outlet"


# ---------------------------------------------------------------- whose office a role phrase names
def test_a_title_in_an_international_body_speaks_for_the_body(cb):
    row = one(cb, "WHO के महानिदेशक रमेश कुमार ने कहा कि जांच बढ़ाई जाए।")
    assert (row["speaker"], row["speaker_side"]) == ("intl_org", "other"), row["speaker_rule"]


def test_an_international_body_in_latin_script_is_known(cb):
    row = one(cb, "UNICEF ने कहा कि स्कूल जल्द खोले जाएं।")
    assert row["speaker_side"] == "other", row["speaker_rule"]


def test_a_partys_spokesman_stays_the_home_countrys(cb):
    row = one(cb, "पार्टी के प्रवक्ता ने बताया कि बैठक टल गई है।")
    assert row["speaker_side"] == "india", row["speaker_rule"]


def test_a_second_mission_joined_by_and_shares_the_first_ones_state(cb):
    row = one(cb, "भारत में जापानी दूतावास और वाणिज्य दूतावास के मुताबिक सभी वीजा सेवाएं रोक दी गई हैं।")
    assert (row["speaker"], row["speaker_side"]) == ("other_state", "other"), row["speaker_rule"]


def test_an_airlines_officials_are_a_companys(cb):
    row = one(cb, "एयरलाइन के वरिष्ठ अधिकारियों ने बताया कि दो विमान रवाना हो गए हैं।")
    assert row["speaker_side"] == "india", row["speaker_rule"]


def test_rules_are_named_in_an_article(cb):
    out = code(
        cb,
        "सुनील यादव का प्रशासन पर आरोप, राहत बांटने में हो रही देरी",
        "उन्होंने कहा कि गांवों तक राशन नहीं पहुंचा है।",
        roles=["headline", "body"],
    )
    assert list(out["speaker_side"]) == ["india", "india"], list(out["speaker_rule"])


# ---------------------------------------------------------------- speech verbs that are not the unit's act
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("संस्था द्वारा ट्वीट किया गया यह वीडियो खूब देखा जा रहा है।", "qualifies a noun"),
        ("सरकार की अपील को स्वीकार करते हुए लोग घरों में रहे।", "accepting"),
        ("इसके बाद मुखिया ने थाने को जानकारी दी।", "nothing told"),
    ],
)
def test_a_speech_verb_that_is_not_the_units_act_is_named_in_the_outlet_rule(cb, text, label):
    row = one(cb, text)
    assert row["voice"] == "outlet" and label in row["voice_rule"], row["voice_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "संस्था द्वारा ट्वीट किया गया कि स्कूल बंद रहेंगे।",  # the participle is the finite verb: कि follows
        "उन्होंने इस बात को स्वीकार किया कि तैयारी अधूरी थी।",  # admitting, with its कि clause
        "मुखिया ने थाने को जानकारी दी कि गांव में दो मरीज हैं।",  # what was told is given
        "मुखिया ने थाने को मामले की जानकारी दी।",  # a topic in the genitive: content named
        "यह जानकारी जिला प्रशासन ने दी।",  # information referred back to
    ],
)
def test_the_same_verbs_with_their_content_still_report(cb, text):
    assert one(cb, text)["voice"] == "reported"
