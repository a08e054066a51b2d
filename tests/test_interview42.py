"""Interviews in the other formats Hindi papers print them in (issue #12, speakers42).

Every article below was written for these tests from the design codebook v1.1 (every unit inside a
quotation that spans several units is quoted; an official → the state they serve, a former official,
expert or analyst → their country; the outlet's own words are `outlet`) and from the forms papers
use for a conversation: "Q:/A:" in Latin, the short forms "प्र./उ.", the interviewer's and the
interviewee's names or initials before each turn, dash-led turns, an opening that says "से बातचीत",
"से हमारे प्रतिनिधि ने बात की", "<X> का इंटरव्यू", a headline label "इंटरव्यू: <title> <name>". Names of
people are made up; none is copied from a corpus, a seed or an invented set.
"""

from __future__ import annotations

import pytest

from analysis.interview import ANSWER, NAMED, QUESTION, _tag, article_turns
from tests.test_interview40 import article


def _body(rows):
    return rows[rows["role"] == "body"]


# ---------------------------------------------------------------- Q/A in Latin, the envoy named in the standfirst
def test_latin_q_and_a_tags_and_the_envoy_the_standfirst_names(cb):
    rows = article(
        cb,
        ["Q: रूस पाकिस्तान को हथियार क्यों दे रहा है?"],
        ["A: मेरे विचार में यह रूस की कारोबारी मजबूरी है।", "भारत को इससे घबराने की जरूरत नहीं है।"],
        ["Q: क्या भारत-रूस रिश्ते कमजोर हुए हैं?"],
        ["A: बिल्कुल नहीं, हमारे रिश्ते दशकों पुराने हैं।"],
        title="रूस-पाक नजदीकी पर पूर्व राजदूत से बातचीत",
        standfirst="रूस में भारत के पूर्व राजदूत विनय कपूर से हमारे संवाददाता की खास बातचीत",
    )
    body = _body(rows)
    answers = body[~body["text"].str.startswith("Q:")]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}  # the named envoy of the standfirst, not the headline's title
    assert set(body[body["text"].str.startswith("Q:")]["voice"]) == {"outlet"}


# ---------------------------------------------------------------- प्र./उ., a former army chief with a bracketed rank
def test_short_form_tags_and_a_retired_chief_named_after_his_bracket(cb):
    rows = article(
        cb,
        ["प्र. रूस-पाकिस्तान सैन्य अभ्यास पर भारत की चिंता कितनी जायज है?"],
        ["उ. इसे अधिक महत्व देने की आवश्यकता नहीं है।", "रूस हमारा सबसे पुराना रक्षा साझेदार है।"],
        ["प्र. भारत को आगे क्या करना चाहिए?"],
        ["उ. अपनी रक्षा जरूरतों पर ध्यान देना चाहिए।"],
        title="'रूस भरोसेमंद दोस्त': पूर्व सेना प्रमुख",
        standfirst="पूर्व सेना प्रमुख जनरल (से.नि.) अरुण मल्होत्रा से विशेष बातचीत",
    )
    body = _body(rows)
    answers = body[body["para"].isin([2, 4])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}
    assert set(rows[rows["para"].isin([1, 3])]["voice"]) == {"outlet"}


# ---------------------------------------------------------------- the interviewer's and the interviewee's names
def test_a_transcript_that_names_the_interviewer_gives_him_the_questions(cb):
    rows = article(
        cb,
        ["नीरज भाटिया लंबे समय तक मॉस्को में तैनात रहे।", "रमेश वर्मा ने उनसे बातचीत की।"],
        ["रमेश वर्मा: रूस और पाकिस्तान की बढ़ती नजदीकी का क्या मतलब है?"],
        ["नीरज भाटिया: रूस अपने विकल्प खुले रखना चाहता है।", "हमें इससे चिंतित नहीं होना चाहिए।"],
        ["रमेश वर्मा: क्या रूस भारत का साथ छोड़ देगा?"],
        ["नीरज भाटिया: ऐसा कभी नहीं होगा।"],
        title="इंटरव्यू: पूर्व विदेश सचिव नीरज भाटिया",
    )
    questions = rows[rows["text"].str.startswith("रमेश वर्मा:")]
    assert set(questions["voice"]) == {"outlet"} and set(questions["speaker"]) == {""}
    answers = rows[rows["para"].isin([3, 5])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}
    assert rows.iloc[0]["voice"] == "outlet"  # "इंटरव्यू: <title> <name>" labels the page, cites nothing


def test_initials_before_each_turn_and_a_question_on_what_he_would_say(cb):
    rows = article(
        cb,
        ["सेवानिवृत्त लेफ्टिनेंट जनरल करण सिंह से हमारे प्रतिनिधि ने बात की।"],
        ["आरवी: रूस-पाक अभ्यास से भारत को कितना खतरा है?"],
        ["केएस: मुझे कोई बड़ा खतरा नहीं दिखता।", "रूस हमारा पुराना मित्र है।"],
        ["आरवी: पाकिस्तान को रूसी हेलीकॉप्टर मिलने पर आप क्या कहेंगे?"],
        ["केएस: वह सीमित सौदा है।"],
        title="साक्षात्कार",
    )
    assert set(rows[rows["text"].str.startswith("आरवी:")]["voice"]) == {"outlet"}
    answers = rows[rows["para"].isin([3, 5])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}


# ---------------------------------------------------------------- dash-led turns under "बातचीत के प्रमुख अंश"
def test_dash_led_turns_under_an_interview_s_opening(cb):
    rows = article(
        cb,
        ["पूर्व राजदूत सुधा मेनन से बातचीत के प्रमुख अंश:"],
        ["- रूस पाकिस्तान के करीब क्यों जा रहा है?"],
        ["- देखिए, रूस को नए बाजार चाहिए।", "इसका मतलब यह नहीं कि वह भारत से दूर हो रहा है।"],
        ["– भारत को क्या करना चाहिए?"],
        ["– हमें रूस के साथ संवाद बनाए रखना चाहिए।"],
        title="पूर्व राजदूत बोले- रूस कभी भारत के खिलाफ नहीं जाएगा",
    )
    assert set(rows[rows["para"].isin([2, 4])]["voice"]) == {"outlet"}
    answers = rows[rows["para"].isin([3, 5])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}


def test_a_list_of_dash_led_points_is_no_conversation():
    units = [
        ("headline", 0, "बजट की मुख्य बातें"),
        ("body", 1, "सरकार ने सोमवार को बजट पेश किया।"),
        ("body", 2, "- किसानों के लिए नई योजना"),
        ("body", 3, "- क्या महंगाई घटेगी?"),
        ("body", 4, "- रक्षा बजट में बढ़ोतरी"),
    ]
    assert article_turns(units) is None  # no interview announced before the dash-led question


# ---------------------------------------------------------------- a former diplomat by title, "<X> का इंटरव्यू"
def test_a_former_diplomat_the_paper_interviews_is_its_own_country_s(cb):
    rows = article(
        cb,
        ["सवाल - रूस पाकिस्तान को हथियार देगा?"],
        ["जवाब - मुझे ऐसा नहीं लगता।"],
        ["सवाल - भारत की चिंता क्या है?"],
        ["जवाब - हमारी चिंता सीमा पार आतंकवाद है।"],
        title="रूस पर खास बातचीत",
        standfirst="पूर्व राजनयिक अनिल त्रिपाठी का इंटरव्यू",
    )
    answers = rows[rows["text"].str.startswith("जवाब")]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}


def test_a_foreign_diplomat_named_with_his_state_keeps_it(cb):
    rows = article(
        cb,
        ["Q: क्या रूस भारत से दूर जा रहा है?"],
        ["A: मैं ऐसा नहीं मानता, हमारे दोनों देशों की दोस्ती पुरानी है।"],
        ["Q: पाकिस्तान के साथ सैन्य अभ्यास का क्या अर्थ है?"],
        ["A: यह आतंकवाद के विरुद्ध सहयोग है।"],
        title="रूसी राजदूत से खास बातचीत",
        standfirst="भारत में रूस के राजदूत इगोर पेत्रोव से हमारे संवाददाता की बातचीत",
    )
    answers = rows[rows["text"].str.startswith("A:")]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"russia"}


# ---------------------------------------------------------------- tags
@pytest.mark.parametrize(
    "text,tag",
    [
        ("प्र. आप इसे कैसे देखते हैं?", "q"),
        ("प्रश्न.: आप क्या सोचते हैं?", "q"),
        ("Q. क्या रूस साथ देगा?", "q"),
        ("उ. मैं ऐसा नहीं मानता।", "a"),
        ("A: रूस पुराना मित्र है।", "a"),
        ("A – रूस पुराना मित्र है।", "a"),
        ("Ans. बिल्कुल नहीं।", "a"),
        ("उ.प्र. सरकार ने कहा कि स्कूल बंद रहेंगे।", ""),  # Uttar Pradesh, not an answer
        ("उ. प्रदेश में बारिश हुई।", ""),
        ("A. K. शर्मा ने कहा कि …", ""),  # initials
    ],
)
def test_short_form_tags(text, tag):
    assert _tag(text) == tag


def test_a_label_back_over_questions_alone_is_no_interviewer():
    units = [
        ("headline", 0, "सात सवाल"),
        ("body", 1, "बड़ा सवाल: क्या रूस पाकिस्तान को हथियार देगा?"),
        ("body", 2, "सरकार ने इस पर कुछ नहीं कहा है।"),
        ("body", 3, "बड़ा सवाल: क्या भारत चुप रहेगा?"),
        ("body", 4, "विपक्ष ने सरकार से जवाब मांगा है।"),
    ]
    turns = article_turns(units)
    assert turns is None or QUESTION not in turns


def test_the_turns_of_a_transcript_with_the_interviewer_s_initials():
    units = [
        ("headline", 0, "साक्षात्कार"),
        ("body", 1, "सेवानिवृत्त जनरल करण सिंह से हमारे प्रतिनिधि ने बात की।"),
        ("body", 2, "आरवी: खतरा कितना है?"),
        ("body", 3, "केएस: कोई बड़ा खतरा नहीं।"),
        ("body", 4, "आरवी: आगे क्या?"),
        ("body", 5, "केएस: संवाद जारी रहेगा।"),
    ]
    assert article_turns(units)[2:] == (QUESTION, NAMED, QUESTION, NAMED)


def test_the_turns_of_latin_tags():
    units = [
        ("headline", 0, "पूर्व राजदूत से बातचीत"),
        ("body", 1, "Q: रूस का रुख क्या है?"),
        ("body", 2, "A: रुख साफ है।"),
        ("body", 3, "Q: और पाकिस्तान?"),
        ("body", 4, "A: वह अलग मामला है।"),
    ]
    assert article_turns(units)[1:] == (QUESTION, ANSWER, QUESTION, ANSWER)


# ---------------------------------------------------------------- numbered questions
def test_numbered_questions_and_a_general_with_initials_in_his_name(cb):
    rows = article(
        cb,
        ["प्रश्न 1: रूस पाकिस्तान को हेलीकॉप्टर क्यों दे रहा है?"],
        ["उत्तर: रूस को अपने हथियारों के लिए बाजार चाहिए।"],
        ["प्रश्न 2: भारत की सुरक्षा पर क्या असर पड़ेगा?"],
        ["उत्तर: असर सीमित रहेगा।"],
        title="'पाकिस्तान को हथियार देना रूस की मजबूरी'",
        standfirst="पूर्व थलसेनाध्यक्ष जनरल वी.के. राठौर से हुई बातचीत के अंश",
    )
    answers = rows[rows["text"].str.startswith("उत्तर")]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}
    assert set(rows[rows["text"].str.startswith("प्रश्न")]["voice"]) == {"outlet"}
    assert rows.iloc[0]["speaker_side"] == "india"  # the quoted headline is the interviewee's


@pytest.mark.parametrize("text,tag", [("प्रश्न 1: क्या?", "q"), ("सवाल नंबर 2 - क्या?", "q"), ("उत्तर 1: हां", "a")])
def test_numbered_tags(text, tag):
    assert _tag(text) == tag


@pytest.mark.parametrize("text", ["Q4: कंपनी का मुनाफा बढ़ा", "सवाल 100 करोड़ का है", "प्रश्न 2 का उत्तर नहीं मिला"])
def test_a_quarter_or_a_number_is_no_question_tag(text):
    assert _tag(text) != "q"


# ---------------------------------------------------------------- untagged one-sentence questions, answered in turn
def test_untagged_questions_that_alternate_with_answers_under_an_announced_interview(cb):
    rows = article(
        cb,
        ["एयर मार्शल (रिटायर्ड) दिनेश पाठक ने हमसे खास बातचीत में कई सवालों के जवाब दिए।"],
        ["रूस-पाक रिश्तों का भविष्य क्या है?"],
        ["रूस अपने हित देखता है, पर भारत उसका सबसे बड़ा साझेदार बना रहेगा।"],
        ["एस-400 की आपूर्ति में देरी क्यों हो रही है?"],
        ["यूक्रेन युद्ध के कारण उत्पादन प्रभावित हुआ है।"],
        title="रूस-भारत संबंध",
    )
    assert set(rows[rows["para"].isin([2, 4])]["voice"]) == {"outlet"}
    answers = rows[rows["para"].isin([3, 5])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}


def test_a_story_about_an_interview_with_one_question_is_no_interview():
    units = [
        ("headline", 0, "पुतिन ने इंटरव्यू में पश्चिम पर साधा निशाना"),
        ("body", 1, "रूसी राष्ट्रपति ने एक टीवी इंटरव्यू में कहा कि प्रतिबंध बेअसर रहे हैं।"),
        ("body", 2, "सवाल यह है कि क्या भारत पर इसका असर पड़ेगा?"),
        ("body", 3, "विशेषज्ञ मानते हैं कि असर सीमित रहेगा।"),
    ]
    assert article_turns(units) is None


def test_questions_of_several_sentences_are_a_story_s_not_an_interview_s():
    units = [
        ("headline", 0, "खास बातचीत के बाद भी सवाल बाकी"),
        ("body", 1, "दोनों देशों की खास बातचीत सोमवार को हुई।"),
        ("body", 2, "बैठक लंबी चली।"),
        ("body", 2, "क्या इससे रिश्ते सुधरेंगे?"),
        ("body", 3, "अधिकारी आशावादी हैं।"),
        ("body", 4, "समझौता कब होगा।"),
        ("body", 4, "क्या रूस मानेगा?"),
        ("body", 5, "अभी कहना मुश्किल है।"),
    ]
    turns = article_turns(units)
    assert turns is None or ANSWER not in turns
