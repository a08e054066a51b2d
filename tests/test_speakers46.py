"""Speakers round 46 (issue #12): interviews printed in one paragraph, the talk's means, the habitual present's
bare subject, the tatsam view markers, scholars, and a named paper's article.

Every sentence was written for these tests from the design codebook v1.1 (an interview's answer is the
interviewee's direct speech, its question the outlet's; "X ने कहा कि …" is `reported`, the outer source
speaks; an expert or analyst is sided by their country, else other) and Hindi news usage. Names are invented;
none is copied from a corpus, a seed or an invented set. The held-back sentences of the round are in
tests/heldback_speakers46.py (not a test module).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import code, last


def interview(cb, *texts: str):
    """A headline, then every body unit in one paragraph: a Q&A printed run-on."""
    n = len(texts)
    return code(cb, *texts, roles=["headline"] + ["body"] * (n - 1), paras=[0] + [1] * (n - 1))


# ---------------------------------------------------------------- a Q&A whose turns share one paragraph
def test_an_interview_in_one_paragraph_has_questions_and_answers(cb):
    rows = interview(
        cb,
        '"रूस पर भरोसा बना रहेगा": पूर्व राजदूत',
        "मॉस्को में भारत के राजदूत रह चुके अजय नारंग से हमारे संवाददाता ने बात की।",
        "प्रश्न: क्या रूस पाकिस्तान के क़रीब जा रहा है?",
        "उत्तर: मुझे ऐसा नहीं लगता।",
        "रूस के साथ हमारा रिश्ता दशकों पुराना है।",
        "प्रश्न: और तेल की ख़रीद?",
        "उत्तर: वह हमारी ज़रूरत है।",
    )
    assert list(rows["voice"]) == ["quoted", "outlet", "outlet", "quoted", "quoted", "outlet", "quoted"]
    assert set(rows[rows["voice"] == "quoted"]["speaker_side"]) == {"india"}


@pytest.mark.parametrize(
    "opening, side",
    [
        ("हमने पाकिस्तान के पूर्व विदेश सचिव इमरान ज़ैदी से ईमेल के ज़रिए बात की।", "pakistan"),
        ("मॉस्को के विश्लेषक पावेल ग्रोमोव से हमने फ़ोन पर बात की।", "russia"),
        ("इस पर पाकिस्तान के पूर्व राजदूत सलीम अख़्तर से हमने टेलीफ़ोन पर बात की।", "pakistan"),
    ],
)
def test_the_talks_means_between_the_interviewee_and_the_noun(cb, opening, side):
    rows = interview(
        cb,
        '"रिश्ते किसी के ख़िलाफ़ नहीं": पूर्व राजदूत',
        "रूसी विदेश मंत्री सर्गेई लावरोव हाल में इस्लामाबाद गए थे।",
        opening,
        "प्रश्न: इस दौरे का क्या मतलब है?",
        "उत्तर: यह एक नई शुरुआत है।",
    )
    assert (rows.iloc[-1]["voice"], rows.iloc[-1]["speaker_side"]) == ("quoted", side)


def test_an_interviewees_title_with_no_state_is_the_papers_own(cb):
    rows = interview(
        cb,
        '"एस-400 ने काम किया": पूर्व सेना उप-प्रमुख',
        "इस पर हमने सेना के पूर्व उप-प्रमुख लेफ़्टिनेंट जनरल (से.)",
        "अमरजीत संधू से बात की।",
        "प्रश्न: क्या देरी चिंता की बात है?",
        "उत्तर: हां, पर रूस ने भरोसा दिया है।",
    )
    assert (rows.iloc[-1]["voice"], rows.iloc[-1]["speaker_side"]) == ("quoted", "india")


def test_an_answer_goes_on_about_what_was_asked(cb):
    rows = interview(
        cb,
        '"रिश्ते सीमित हैं": पूर्व राजदूत',
        "हमने पूर्व राजदूत अजय नारंग से बात की।",
        "प्रश्न: पाकिस्तान के साथ रूस के रिश्ते कितने गहरे हैं?",
        "उत्तर: बहुत गहरे नहीं हैं।",
    )
    assert rows.iloc[-1]["about_ru_pk"]


# ---------------------------------------------------------------- the habitual present's bare subject
@pytest.mark.parametrize(
    "text",
    [
        "हरप्रीत ढिल्लों कहते हैं कि रूस ने कभी धोखा नहीं दिया।",
        "ढिल्लों याद दिलाते हैं कि 1971 में सोवियत संघ साथ खड़ा था।",
        'अनुपमा रस्तोगी कहती हैं, "मॉस्को पर आंख मूंदकर भरोसा ठीक नहीं।"',
        "गुरदीप मान बताते हैं कि रूसी हथियारों के पुर्ज़े देर से आते हैं।",
    ],
)
def test_a_name_before_a_habitual_speech_verb_speaks(cb, text):
    assert last(cb, text)["speaker_side"] == "india"


def test_a_known_state_before_a_habitual_verb_keeps_its_side(cb):
    assert last(cb, "रूस कहता है कि पाकिस्तान के साथ सहयोग सीमित है।")["speaker_side"] == "russia"


# ---------------------------------------------------------------- the tatsam view markers and scholars
@pytest.mark.parametrize(
    "text, side",
    [
        ("विश्लेषकों के मतानुसार यह सहयोग अभी प्रतीकात्मक है।", "other"),
        ("अनेक विद्वानों के मतानुसार रूस संतुलन साधना चाहता है।", "other"),
        ("रूसी इतिहासकारों की दृष्टि में भारत सबसे पुराना मित्र है।", "russia"),
        ("पाकिस्तानी विद्वानों के विचारानुसार मॉस्को अब इस्लामाबाद को नई नज़र से देखता है।", "pakistan"),
        ("चीनी अध्येताओं के दृष्टिकोण से यह बहुध्रुवीय दुनिया का संकेत है।", "china"),
    ],
)
def test_a_view_in_the_tatsam_register_is_reported(cb, text, side):
    row = last(cb, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", side)


# ---------------------------------------------------------------- a named paper's article
@pytest.mark.parametrize(
    "text",
    [
        "अमरीकी पत्रिका द एटलांटिक के एक लेख में दावा किया गया कि रूस चीन पर निर्भर है।",
        "ब्रिटिश अख़बार द टाइम्स के संपादकीय में कहा गया कि भारत रूसी तेल ख़रीदता रहेगा।",
    ],
)
def test_a_named_papers_article_speaks_as_the_paper(cb, text):
    row = last(cb, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "media")


# ---------------------------------------------------------------- a headline's light verb first; veterans
@pytest.mark.parametrize(
    "text",
    [
        "रूस से लौटे मज़दूरों के परिवारों ने लगाई गुहार",
        "व्यापारी संगठनों ने पूछा सवाल",
        "रूस से लौटे युवकों ने सुनाई आपबीती",
        "गांव के लोगों ने लगाई फ़रियाद",
    ],
)
def test_a_plea_a_question_or_an_ordeal_told_in_headline_order_is_reported(cb, text):
    row = last(cb, text, roles=["headline"])
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


def test_a_question_put_in_the_passive_is_no_speech(cb):
    assert last(cb, "संसद में रूस से तेल ख़रीद पर सवाल पूछा गया।")["voice"] == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "गोलाबारी थमी, पूर्व सैनिक बोले: रूस हमारे साथ है",
        "भूतपूर्व सैनिकों ने कहा कि रूसी हथियार भरोसेमंद हैं।",
        "गांव के पूर्व फ़ौजी कहते हैं कि एस-400 ने आसमान बचाया।",
    ],
)
def test_veterans_speak_as_their_countrys_people(cb, text):
    assert last(cb, text)["speaker_side"] == "india"


# ---------------------------------------------------------------- a medium's noun refers back to it
def test_a_bare_agency_refers_back_to_the_agency_named_earlier(cb):
    row = last(
        cb,
        "समाचार एजेंसी रॉयटर्स के मुताबिक भारत और रूस की भुगतान वार्ता टल गई है।",
        "एजेंसी ने एक अधिकारी के हवाले से लिखा कि रूस रुपये जमा करने को तैयार नहीं है।",
        paras=[0, 1],
    )
    assert (row["voice"], row["speaker_side"]) == ("reported", "media")


def test_a_bare_agency_with_no_agency_named_earlier_is_no_medium(cb):
    assert last(cb, "एजेंसी ने कहा कि सौदा जल्द होगा।")["speaker_side"] != "media"


# ---------------------------------------------------------------- a relative clause's own speech act
@pytest.mark.parametrize(
    "text, side",
    [
        ("रूसी राष्ट्रपति ने पाकिस्तानी प्रधानमंत्री से लंबी मुलाक़ात की, जिसे पाकिस्तानी अधिकारियों ने 'ऐतिहासिक' बताया।", "pakistan"),
        ("रूस ने पाकिस्तान को हेलीकॉप्टर दिए, जिस पर भारत ने कहा कि यह चिंता की बात है।", "india"),
    ],
)
def test_the_agent_of_a_relative_clause_that_holds_the_speech_speaks(cb, text, side):
    assert last(cb, text)["speaker_side"] == side


def test_a_main_clause_that_speaks_keeps_its_agent(cb):
    assert last(cb, "पुतिन ने कहा कि रूस भारत का मित्र है, जिसे भारतीय अधिकारियों ने सराहा।")["speaker_side"] == "russia"
