"""Voice and speakers, round 11 (issue #12): forms of Hindi news. Sentences written for these tests.

Every sentence was written from the design codebook (Variable 3, the v1.1 voice and speaker
rules) and from Hindi grammar, never copied from a corpus or an invented set; names, bodies
and places in them are made up. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import code, one


# ---------------------------------------------------------------- साफ करना: making clear, not cleaning
def test_cleaning_is_no_speech_act(cb):
    row = one(cb, "बच्चों को रोज दांत साफ करते रहना चाहिए।")
    assert row["voice"] == "outlet", row["voice_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री ने साफ किया कि योजना जारी रहेगी।",
        "रूस ने साफ कर दिया है कि वह बातचीत के लिए तैयार है।",
        "रूस ने इस मुद्दे पर अपना रुख साफ किया।",
    ],
)
def test_making_clear_is_still_a_speech_act(cb, text):
    assert one(cb, text)["voice"] == "reported"


# ---------------------------------------------------------------- a speech noun as the topic of a clause
def test_an_announcement_as_the_object_of_attention_is_narration(cb):
    row = one(cb, "अगले हफ्ते की घोषणा पर टिकी व्यापारियों की निगाहें", role="headline")
    assert row["voice"] == "outlet", row["voice_rule"]


def test_an_announcement_as_the_time_of_another_act_is_narration(cb):
    out = code(cb, "मंत्री की घोषणा के बाद बाजार में तेजी आई।", "रूस के बयान से बाजार में हलचल मची।")
    assert list(out["voice"]) == ["outlet", "outlet"], list(out["voice_rule"])


def test_an_announcement_made_or_cited_is_still_reported(cb):
    out = code(
        cb,
        "सरकार ने नई नीति की घोषणा की।",
        "मंत्रालय के बयान के अनुसार बैठक कल होगी।",
        "रूस की चेतावनी, पाकिस्तान को हथियार नहीं",
        roles=["body", "body", "headline"],
        paras=[0, 1, 2],
    )
    assert list(out["voice"]) == ["reported"] * 3, list(out["voice_rule"])


# ---------------------------------------------------------------- information and news that are
def test_information_that_is_is_reported_from_reports(cb):
    row = one(cb, "गांव में दो और लोगों के बीमार होने की सूचना है।")
    assert (row["voice"], row["speaker"], row["speaker_side"]) == ("reported", "report", "other"), row["speaker_rule"]


def test_news_that_is_after_what_it_tells_is_reported(cb):
    row = one(cb, "पुल के टूटने की खबर है।")
    assert row["voice"] == "reported", row["voice_rule"]


def test_no_information_is_no_attribution(cb):
    row = one(cb, "हादसे में किसी के घायल होने की सूचना नहीं है।")
    assert row["voice"] == "outlet", row["voice_rule"]


# ---------------------------------------------------------------- expressing in headline order
def test_expressing_in_headline_order_with_its_agent_is_reported(cb):
    row = one(cb, "परीक्षा रद्द, छात्रों ने जताई दोबारा मौका देने की मांग", role="headline")
    assert (row["voice"], row["speaker_side"]) == ("reported", "india"), row["speaker_rule"]


# ---------------------------------------------------------------- a person by honorific before "according to"
@pytest.mark.parametrize(
    "text",
    ["डॉ. रमेश वर्मा के मुताबिक, यह अध्ययन तीन शहरों में चल रहा है।", "प्रो. सुनील के अनुसार नतीजे अगले महीने आएंगे।"],
)
def test_a_person_by_honorific_is_a_source_the_gazetteer_need_not_know(cb, text):
    row = one(cb, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india"), row["speaker_rule"]


def test_according_to_a_rule_still_cites_no_one(cb):
    row = one(cb, "नए नियम के मुताबिक दुकानें शाम तक खुलेंगी।")
    assert row["voice"] == "outlet", row["voice_rule"]


# ---------------------------------------------------------------- documents and their owners
def test_a_local_offices_figures_are_that_offices_words(cb):
    # v1.4: a report is its owner's words; v1.2: a local office with no country named is the outlets' own
    row = one(cb, "नगर निगम के आंकड़ों के अनुसार शहर में सौ नए मकान बने।")
    assert (row["voice"], row["speaker_side"]) == ("reported", "india"), row["speaker_rule"]
    assert row["speaker"] != "report"


def test_unowned_figures_stay_an_unnamed_report(cb):
    row = one(cb, "आंकड़ों के अनुसार शहर में सौ नए मकान बने।")
    assert (row["speaker"], row["speaker_side"]) == ("report", "other"), row["speaker_rule"]


def test_a_notification_is_a_document_source(cb):
    row = one(cb, "नई अधिसूचना के अनुसार, दुकानें शाम तक खुलेंगी।")
    assert (row["voice"], row["speaker"]) == ("reported", "report"), row["speaker_rule"]


def test_a_papers_report_in_the_passive_is_the_papers_words(cb):
    row = one(cb, "रॉयटर्स की एक रिपोर्ट में इन आंकड़ों पर सवाल उठाया गया है।")
    assert (row["voice"], row["speaker_side"]) == ("reported", "media"), row["speaker_rule"]


# ---------------------------------------------------------------- converbs: the main clause decides
def test_a_speech_verb_as_the_manner_of_another_act_is_narration(cb):
    row = one(cb, "अदालत ने मामले को गंभीर बताते हुए आरोपी को जेल भेज दिया।")
    assert row["voice"] == "outlet", row["voice_rule"]


def test_a_converb_before_a_speech_verb_or_with_ki_still_reports(cb):
    out = code(
        cb,
        "मंत्री ने आंकड़ों का जिक्र करते हुए कहा कि हालात सुधरे हैं।",
        "विधायक ने यह कहते हुए इस्तीफा दे दिया कि उनकी बात नहीं सुनी गई।",
    )
    assert list(out["voice"]) == ["reported", "reported"], list(out["voice_rule"])


# ---------------------------------------------------------------- figures given
def test_figures_given_by_a_foreign_spokesman_are_his_states_words(cb):
    row = one(cb, "रूस के स्वास्थ्य मंत्रालय के प्रवक्ता ने एक संवाददाता सम्मेलन में यह आंकड़ा दिया।")
    assert (row["voice"], row["speaker_side"]) == ("reported", "russia"), row["speaker_rule"]


def test_a_condemnation_in_the_converb_is_still_a_speech_act(cb):
    # v1.1: condemning is reported; only calling something something is a manner of the main act
    row = one(cb, "राष्ट्रपति ने हमले की कड़ी निंदा करते हुए शोक संदेश भेजा।")
    assert row["voice"] == "reported", row["voice_rule"]


def test_news_of_a_thing_is_the_outlets_news_not_a_report(cb):
    row = one(cb, "सूखे से परेशान किसानों के लिए बारिश से राहत की खबर है।")
    assert row["voice"] == "outlet", row["voice_rule"]


# ---------------------------------------------------------------- a body's abbreviation is no name
def test_a_bodys_bracketed_abbreviation_is_no_personal_name(cb):
    # v1.4 gives a title and a name with no country the outlets' own official; a body's abbreviation
    # in brackets is no name, so a commission with no state named stays the unnamed official (v1.1)
    # (speakers49: "राज्य" before a body is the home's province, v1.2 → the home; the commission here is bare)
    row = one(cb, "जल आयोग (सीडब्ल्यूसी) ने बताया कि बांध सुरक्षित है।")
    assert row["speaker_side"] == "other", row["speaker_rule"]
    # a province's commission is the home's own body (v1.2), its abbreviation still no name
    row = one(cb, "राज्य जल आयोग (आरजेए) ने बताया कि बांध सुरक्षित है।")
    assert (row["speaker"], row["speaker_side"]) == ("india", "india"), row["speaker_rule"]


def test_a_rank_in_brackets_before_a_name_is_still_a_name(cb):
    row = one(cb, "सेना के पूर्व अधिकारी ब्रिगेडियर (सेवानिवृत्त) अजय राठी ने कहा कि सीमा शांत है।")
    assert row["speaker_side"] == "india", row["speaker_rule"]


def test_alerting_is_a_speech_act(cb):
    row = one(cb, "रूस के एक वरिष्ठ अधिकारी ने सचेत किया है कि सर्दी में मामले बढ़ सकते हैं।")
    assert (row["voice"], row["speaker_side"]) == ("reported", "russia"), row["speaker_rule"]
