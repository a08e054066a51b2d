"""Speakers, round 21 (issue #12): mechanisms of real news read in COVID round 11.

Every sentence was written for these tests from the design codebook v1.1 (Voice and speakers:
quotation marks and multi-unit quotations are quoted, speech acts reported in headlines too;
an unnamed official or source whose state the unit does not name → other; papers → media) with
v1.2's home convention, and from Hindi grammar and news typography (the finite forms of
जताना/व्यक्त करना/जाहिर करना, a request as a nominal predicate "से आग्रह है कि", a speech noun
as an event with होना, an interview's "<title> <name> :" and "जवाब :" tags, a closing clause in
single straight quotes, the short forms of district officers, people of trade in both registers).
Names of people and places are made up or generic. None is copied from a corpus, a seed or an
invented set. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.test_attribution_language import code, last, one
from tests.test_attribution_language import speaker_side as said


# ---------------------------------------------------------------- people of trade in both registers
@pytest.mark.parametrize("who", ["एक्सपोर्टर", "निर्यातक", "इंपोर्टर", "थोक विक्रेता", "ट्रेडर", "व्यवसायी"])
def test_a_trader_named_with_a_name_is_a_private_voice_of_the_home(cb, who):
    row = one(cb, f"{who} रमेश चंद ने कहा कि माल की ढुलाई रुक गई है।")
    assert (row["voice"], *said(row)) == ("reported", "india", "india")


def test_a_trader_with_a_foreign_place_is_that_state_s(cb):
    row = one(cb, "जर्मनी के एक निर्यातक ने कहा कि ऑर्डर रद्द हो रहे हैं।")
    assert row["speaker_side"] == "other"


# ---------------------------------------------------------------- expressing with any object
@pytest.mark.parametrize(
    "text",
    [
        "दुकानदारों ने किराया चुकाने में असमर्थता जताई।",
        "मरीजों के परिजनों ने इलाज में देरी पर रोष जताया है।",
        "संघ ने वेतन कटौती पर अपनी असहमति व्यक्त की।",
        "किसानों ने मंडी बंद होने पर बेबसी जाहिर की।",
    ],
)
def test_expressing_something_is_a_speech_act(cb, text):
    row = one(cb, text)
    assert row["voice"] == "reported"
    assert row["speaker_side"] == "india"


def test_agreeing_stays_the_outlet_s_narration(cb):
    row = one(cb, "दोनों पक्षों ने व्यापार बढ़ाने पर सहमति जताई।")
    assert row["voice"] == "outlet"


# ---------------------------------------------------------------- an appeal issued; a request as a predicate
def test_an_appeal_issued_with_an_article_between_is_reported(cb):
    row = one(cb, "महापौर सुनीता राव ने नागरिकों के लिए एक अपील जारी की कि वे घरों में रहें।")
    assert (row["voice"], *said(row)) == ("reported", "indian_official", "india")


def test_a_request_as_a_nominal_predicate_is_the_last_speaker_s(cb):
    row = last(
        cb,
        "जिलाधिकारी कमला सिंह ने कहा कि जिले में दो नए मरीज मिले हैं।",
        "इसलिए सभी लोगों से अनुरोध है कि बिना काम घर से न निकलें।",
    )
    assert (row["voice"], *said(row)) == ("reported", "indian_official", "india")


def test_an_announcement_as_an_event_speaks_for_no_one(cb):
    for text in ("बंदी की घोषणा होने पर मजदूर पैदल ही निकल पड़े।", "कर्फ्यू का ऐलान होते ही बाजार खाली हो गए।"):
        assert one(cb, text)["voice"] == "outlet"


# ---------------------------------------------------------------- publishing
def test_a_paper_that_published_a_study_is_the_media(cb):
    row = one(cb, "यह अध्ययन एक अमेरिकी अखबार ने प्रकाशित किया है।")
    assert (row["voice"], row["speaker_side"]) == ("reported", "media")


def test_a_study_published_somewhere_is_a_report(cb):
    row = one(cb, "इस अध्ययन को एक चिकित्सा पत्रिका ने प्रकाशित किया है।")
    assert row["voice"] == "reported"


# ---------------------------------------------------------------- the genitive of a headline's speech noun
@pytest.mark.parametrize("head", ["गोपाल प्रसाद का बड़ा एलान, कहा- ", "गोपाल प्रसाद की अपील: "])
def test_a_name_that_owns_the_headline_s_speech_noun_speaks(cb, head):
    row = one(cb, head + "सभी मजदूरों का किराया पार्टी देगी", role="headline")
    assert said(row) == ("india", "india")
    assert row["voice"] in ("reported", "quoted")


# ---------------------------------------------------------------- an official statement with no issuer
def test_an_official_statement_is_an_unnamed_official_not_the_last_speaker(cb):
    row = last(
        cb,
        "मजदूर रामू ने कहा कि हमें घर जाना है।",
        "एक आधिकारिक बयान में कहा गया कि सभी सीमाएं सील रहेंगी।",
    )
    assert (row["voice"], *said(row)) == ("reported", "unnamed_official", "other")
    assert "speakers round 21" in row["speaker_rule"]


def test_a_statement_with_an_owner_keeps_its_owner(cb):
    row = last(
        cb,
        "मजदूर रामू ने कहा कि हमें घर जाना है।",
        "राज्य सरकार के आधिकारिक बयान में कहा गया कि सभी सीमाएं सील रहेंगी।",
    )
    assert row["speaker_side"] == "india"


def test_a_bare_statement_after_a_speaker_is_still_that_speaker_s(cb):
    row = last(cb, "कलेक्टर अजय राठौर ने कहा कि दुकानें खुलेंगी।", "बयान में कहा गया कि राशन घर पहुंचेगा।")
    assert said(row) == ("indian_official", "india")


# ---------------------------------------------------------------- a closing clause in single straight quotes
def test_a_headline_s_closing_clause_in_straight_quotes_is_quoted(cb):
    row = one(cb, "शहर में मरीज 90 हुए, 'बाहर से लौटे हर व्यक्ति की जांच जरूरी'", role="headline")
    assert (row["voice"], *said(row)) == ("quoted", "unnamed_official", "other")


def test_a_title_in_straight_quotes_stays_a_term(cb):
    row = one(cb, "अभियान को 'घर में रहो सुरक्षित रहो' नाम दिया गया है।")
    assert row["voice"] == "outlet"


def test_a_name_before_the_colon_of_a_quote_speaks(cb):
    row = one(cb, 'राहत पैकेज पर बहस, मुख्यमंत्री: "हर गरीब तक मदद पहुंचेगी"', role="headline")
    assert (row["voice"], row["speaker_side"]) == ("quoted", "india")


# ---------------------------------------------------------------- an interview's answers
def test_an_answer_tagged_with_a_title_and_name_is_quoted_to_the_paragraph_s_end(cb):
    rows = code(
        cb,
        "बाहर से आए लोगों की पहचान कैसे होगी?",
        "डीसी विनोद मेहता : हर गांव में टीम बनाई गई है।",
        "आशा कार्यकर्ता घर-घर जाकर सूची बना रही हैं।",
        "जिले में बुधवार को बारिश हुई।",
        roles=["headline", "body", "body", "body"],
        paras=[0, 1, 1, 2],
    )
    assert list(rows["voice"]) == ["outlet", "quoted", "quoted", "outlet"]
    assert list(rows["speaker_side"])[1:3] == ["india", "india"]
    assert "speakers round 21" in rows.iloc[1]["voice_rule"]


def test_an_answer_tag_alone_is_quoted(cb):
    rows = code(cb, "सवाल : जांच कितनी हो रही है?", "जवाब : रोज पांच सौ नमूने लिए जा रहे हैं।", paras=[0, 1])
    assert rows.iloc[1]["voice"] == "quoted"


@pytest.mark.parametrize(
    "text",
    [
        "रांची : जिले में दस नए मरीज मिले हैं।",
        "मंत्री का दौरा : अस्पतालों का निरीक्षण किया गया।",
        "डीसी विनोद मेहता : पुलिस ने बताया कि चौकियां बढ़ाई गई हैं।",
        "कलेक्टर : अस्पतालों का निरीक्षण किया गया।",
    ],
)
def test_a_dateline_a_topic_or_a_label_with_its_own_source_is_no_answer_tag(cb, text):
    row = code(cb, "शहर की खबरें", text, roles=["headline", "body"], paras=[0, 1]).iloc[1]
    assert "answer opened by its tag" not in row["voice_rule"]


def test_the_district_officers_short_forms_are_home_officials(cb):
    for title in ("डीसी", "एसडीओ", "डीएसपी"):
        row = one(cb, f"{title} प्रकाश झा ने कहा कि नाके पर जांच होगी।")
        assert said(row) == ("indian_official", "india"), title


def test_explain_names_the_round(cb):
    text = explain("एक आधिकारिक बयान में कहा गया कि बाजार खुलेंगे।", cb)
    assert "official statement" in text


# ---------------------------------------------------------------- a term in the outlet's main clause
def test_a_term_in_marks_after_jab_to_is_the_outlet_s_not_quoted(cb):
    row = one(cb, "जब लौटे एक यात्री ने बंदरगाह के हाल बताने शुरू किए, तो लगा जैसे वह किसी ‘वीरान’ बस्ती की कहानी हो।")
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


def test_a_term_in_marks_inside_what_was_said_stays_quoted(cb):
    row = one(cb, "डॉक्टर मीना ने कहा कि अगर लोग नियम मानें, तो यह ‘अदृश्य’ खतरा टल जाएगा।")
    assert row["voice"] == "quoted"
