"""Interviews (issue #12, interview40): the interviewee speaks the answers, the outlet asks the questions.

Every article below was written for these tests from the design codebook v1.1 (Voice and speakers:
every unit inside a quotation that spans several units is quoted; a pronoun or an unattributed
statement is the person it refers to; an official → the state they serve, a former official, expert
or analyst → their country; an unnamed official whose state the unit does not name → other) and from
the forms Hindi papers print interviews in: "सवाल:/जवाब:", "प्रश्न:/उत्तर:", "प्रश्न- …" with a dash,
a transcript's "<name>: …", questions and answers with no tag at all, answers over several
paragraphs, follow-up questions, in tatsam Hindi, Urdu-register Hindi and English loans. Names of
people are made up. None is copied from a corpus, a seed or an invented set: development text,
passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.interview import ANSWER, EXPLAINED, HEADLINE, NAMED, OPENING, QUESTION, article_turns, signed_turns
from tests.test_attribution_language import code


def article(cb, *paragraphs: list[str], title: str = "", standfirst: str = ""):
    """Code an article: its headline and standfirst (para 0), then body paragraphs of sentences."""
    texts, roles, paras = [], [], []
    for role, text in (("headline", title), ("standfirst", standfirst)):
        if text:
            texts.append(text), roles.append(role), paras.append(0)
    for k, sentences in enumerate(paragraphs, 1):
        for s in sentences:
            texts.append(s), roles.append("body"), paras.append(k)
    return code(cb, *texts, roles=roles, paras=paras)


def by_text(rows, start: str):
    return rows[rows["text"].str.startswith(start)].iloc[0]


# ---------------------------------------------------------------- सवाल / जवाब, a former Indian envoy
SAWAL_JAWAB = dict(
    title="रूस-पाकिस्तान की नजदीकी से घबराने की जरूरत नहीं",
    standfirst="रूस में भारत के राजदूत रह चुके अशोक वर्मा ने हमसे खास बातचीत में दोनों देशों के रिश्तों पर राय रखी।",
)
SAWAL_JAWAB_BODY = [
    ["सवाल: रूस और पाकिस्तान के बीच बढ़ती नजदीकी को आप कैसे देखते हैं?"],
    ["जवाब: देखिए, मैं इसे बहुत बड़ा खतरा नहीं मानता।", "रूस के साथ हमारे रिश्ते दशकों पुराने हैं।"],
    ["मॉस्को ने हर मुश्किल घड़ी में भारत का साथ दिया है।", "हमने भी कभी उसका भरोसा नहीं तोड़ा।"],
    ["सवाल: लेकिन पाकिस्तान को रूसी हेलीकॉप्टर मिलना चिंता की बात तो है?"],
    ["जवाब: हां, इस पर नजर रखनी होगी।", "रूसी विदेश मंत्री ने भी कहा था कि यह सौदा सीमित है।"],
]


def test_the_answers_of_a_former_indian_envoy_are_his_and_india_s(cb):
    rows = article(cb, *SAWAL_JAWAB_BODY, **SAWAL_JAWAB)
    body = rows[rows["role"] == "body"]
    answers = body[~body["text"].str.startswith("सवाल")]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker"]) == {"indian_official"}
    assert set(answers["speaker_side"]) == {"india"}


def test_an_answer_that_names_another_speaker_is_still_the_interviewee_s(cb):
    row = by_text(article(cb, *SAWAL_JAWAB_BODY, **SAWAL_JAWAB), "रूसी विदेश मंत्री ने भी")
    assert (row["voice"], row["speaker_side"]) == ("quoted", "india")


def test_the_questions_are_the_outlet_s(cb):
    rows = article(cb, *SAWAL_JAWAB_BODY, **SAWAL_JAWAB)
    questions = rows[rows["text"].str.startswith("सवाल")]
    assert list(questions["voice"]) == ["outlet", "outlet"]
    assert list(questions["speaker"]) == ["", ""]


def test_a_question_that_cites_a_named_source_still_reports_it(cb):
    rows = article(
        cb,
        ["सवाल: रूसी विदेश मंत्री ने कहा है कि पाकिस्तान से रक्षा सहयोग बढ़ेगा।", "इसे आप कैसे देखते हैं?"],
        ["जवाब: मैं इसे बहुत गंभीरता से नहीं लेता।"],
        **SAWAL_JAWAB,
    )
    cited = by_text(rows, "सवाल: रूसी")
    assert (cited["voice"], cited["speaker_side"]) == ("reported", "russia")
    assert by_text(rows, "इसे आप")["voice"] == "outlet"


# ---------------------------------------------------------------- प्रश्न / उत्तर, a retired general, tatsam
def test_a_retired_general_s_tatsam_answers_are_india_s(cb):
    rows = article(
        cb,
        [
            "लेफ्टिनेंट जनरल (सेवानिवृत्त) राकेश शर्मा भारतीय सेना के उप प्रमुख रह चुके हैं।",
            "रूस-पाकिस्तान सैन्य अभ्यास के बाद हमने उनसे विस्तार से बातचीत की।",
        ],
        ["प्रश्न: रूस और पाकिस्तान का संयुक्त सैन्य अभ्यास भारत के लिए क्या संकेत है?"],
        [
            "उत्तर: मैं समझता हूं कि इसे अधिक महत्व देने की आवश्यकता नहीं है।",
            "रूस हमारा सबसे विश्वसनीय रक्षा साझेदार है।",
        ],
        ["हमारी सेना के अधिकांश प्रमुख हथियार रूसी मूल के हैं।"],
        ["प्रश्न- क्या रूस पाकिस्तान को आधुनिक हथियार देगा?"],
        ["उत्तर – मेरे विचार में ऐसा नहीं होगा।"],
        title="साक्षात्कार: भारत-रूस संबंध समय की कसौटी पर खरे उतरे हैं",
    )
    answers = rows[rows["para"].isin([3, 4, 6])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}
    assert set(rows[rows["para"].isin([2, 5])]["voice"]) == {"outlet"}


# ---------------------------------------------------------------- a transcript's name tags
def test_a_transcript_s_name_tags_and_the_answer_s_next_paragraph(cb):
    rows = article(
        cb,
        ["पूर्व विदेश सचिव सुरेश मेहता ने लंबे समय तक मॉस्को में काम किया है।"],
        ["संवाददाता: पुतिन सरकार पाकिस्तान के साथ संबंध क्यों बढ़ा रही है?"],
        ["मेहता: रूस अपने विकल्प खुले रखना चाहता है।"],
        ["अफगानिस्तान की स्थिति के कारण रूस को पाकिस्तान की जरूरत है।", "हमें यह बात समझनी होगी।"],
        ["संवाददाता: भारत को क्या करना चाहिए?"],
        ["मेहता: हमें रूस के साथ रक्षा सहयोग और गहरा करना चाहिए।"],
        title="इंटरव्यू: 'रूस कभी भारत के खिलाफ नहीं जाएगा'",
        standfirst="पूर्व विदेश सचिव सुरेश मेहता से हमारे संवाददाता की बातचीत",
    )
    answers = rows[rows["para"].isin([3, 4, 6])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}
    assert set(rows[rows["para"].isin([2, 5])]["voice"]) == {"outlet"}
    headline = rows.iloc[0]  # the quoted headline is the interviewee's, named only below it
    assert (headline["voice"], headline["speaker_side"]) == ("quoted", "india")


# ---------------------------------------------------------------- a Russian analyst
def test_a_russian_analyst_s_answers_are_russia_s(cb):
    rows = article(
        cb,
        ["पेश है उनसे हुई बातचीत:"],
        ["सवाल: रूस पाकिस्तान के करीब क्यों जा रहा है?"],
        [
            "जवाब: हम पाकिस्तान को एक अहम क्षेत्रीय देश मानते हैं।",
            "आतंकवाद के खिलाफ लड़ाई में हमें उसका सहयोग चाहिए।",
        ],
        ["लेकिन भारत हमारा पुराना और भरोसेमंद दोस्त है।"],
        ["सवाल: भारत में इसको लेकर चिंता है।"],
        ["जवाब: मैं समझ सकता हूं।", "पर मास्को नई दिल्ली के हितों का पूरा ध्यान रखता है।"],
        title="'पाकिस्तान के साथ सहयोग किसी के खिलाफ नहीं'",
        standfirst="मॉस्को स्थित रूसी विश्लेषक अलेक्सेई पेत्रोव से विशेष बातचीत",
    )
    answers = rows[rows["para"].isin([3, 4, 6])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"russia"}
    assert (rows.iloc[0]["voice"], rows.iloc[0]["speaker_side"]) == ("quoted", "russia")


# ---------------------------------------------------------------- Urdu register, a former Pakistani envoy
def test_a_former_pakistani_envoy_s_urdu_register_answers_are_pakistan_s(cb):
    rows = article(
        cb,
        ["पाकिस्तान के पूर्व राजदूत तारिक हुसैन ने मॉस्को में कई बरस गुजारे हैं।", "हमारे नुमाइंदे ने उनसे खास बातचीत की।"],
        ["सवाल: रूस और पाकिस्तान के ताल्लुकात किस तरफ जा रहे हैं?"],
        ["जवाब: मेरा ख्याल है कि दोनों मुल्कों के रिश्ते अब पहले से कहीं बेहतर हैं।"],
        ["दिफाई तआवुन भी बढ़ा है और तिजारत भी।", "हम चाहते हैं कि यह सिलसिला जारी रहे।"],
        title="रूस से ताल्लुकात में नया दौर",
    )
    answers = rows[rows["para"].isin([3, 4])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"pakistan"}
    assert rows[rows["para"] == 2].iloc[0]["voice"] == "outlet"


# ---------------------------------------------------------------- no tags: the question asks, the answer says "मैं"
UNTAGGED = [
    ["पूर्व सेना प्रमुख जनरल विक्रम सिंह (सेवानिवृत्त) ने हमारे साथ खास बातचीत में रक्षा संबंधों पर राय रखी।"],
    ["रूस-पाकिस्तान रक्षा सहयोग को आप कैसे देखते हैं?"],
    ["मैं मानता हूं कि रूस भारत का भरोसेमंद दोस्त है।", "पाकिस्तान के साथ उसका सहयोग बहुत सीमित है।"],
    ["हमने रूस के साथ मिलकर मिसाइल बनाई है।"],
    ["क्या एस-400 की डिलीवरी में देरी चिंता की बात है?"],
    ["देखिए, थोड़ी देरी हुई है, लेकिन रूस अपना वादा निभाएगा।"],
]


def test_untagged_questions_and_first_person_answers(cb):
    rows = article(cb, *UNTAGGED, title="खास बातचीत: रूस और भारत की दोस्ती अटूट है")
    assert set(rows[rows["para"].isin([3, 4, 6])]["voice"]) == {"quoted"}
    assert set(rows[rows["para"].isin([3, 4, 6])]["speaker_side"]) == {"india"}
    assert set(rows[rows["para"].isin([2, 5])]["voice"]) == {"outlet"}


def test_a_news_story_with_a_question_is_no_interview(cb):
    """No interview named in the opening: a rhetorical question does not make the next paragraph an answer."""
    rows = article(
        cb,
        ["रूस और पाकिस्तान के बीच सैन्य अभ्यास शुरू हुआ।"],
        ["क्या इससे भारत की चिंता बढ़ेगी?"],
        ["रक्षा मंत्रालय के अधिकारियों ने कहा कि हम स्थिति पर नजर रखे हुए हैं।"],
        ["अभ्यास दो हफ्ते चलेगा।"],
        title="रूस-पाक अभ्यास शुरू, भारत की नजर",
    )
    assert rows[rows["para"] == 4].iloc[0]["voice"] == "outlet"
    assert "interview40" not in " ".join(rows["voice_rule"]) + " ".join(rows["speaker_rule"])


# ---------------------------------------------------------------- nobody introduced; a story appended after
def test_answers_with_nobody_introduced_are_an_unnamed_source_s(cb):
    rows = article(
        cb,
        ["जवाब: देश में सत्तर जगहों पर जांच हो रही है।", "हमारी कोशिश है कि जल्द इलाज मिले।"],
        ["प्रश्न- आप लोगों को क्या सलाह देंगे?"],
        ["जवाब : घर से कम निकलें।"],
        ["दूसरी खबर में, शहर में बारिश से यातायात प्रभावित हुआ।"],
        title="प्रश्न- जांच की क्या सुविधा है?",
    )
    answers = rows[rows["para"].isin([1, 3])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"other"}
    assert rows[rows["para"] == 2].iloc[0]["voice"] == "outlet"
    assert rows[rows["para"] == 4].iloc[0]["voice"] == "outlet"  # after the last answer: the paper's own story


# ---------------------------------------------------------------- the turns alone
def test_the_turns_of_a_tagged_interview():
    units = [
        ("headline", 0, "साक्षात्कार: रिश्ते मजबूत हैं"),
        ("body", 1, "पूर्व राजदूत से हमारी बातचीत के अंश:"),
        ("body", 2, "सवाल: आप क्या सोचते हैं?"),
        ("body", 3, "जवाब: मैं आशावादी हूं।"),
        ("body", 3, "रिश्ते मजबूत हैं।"),
        ("body", 4, "मेरा मानना है कि सहयोग बढ़ेगा।"),
    ]
    assert article_turns(units) == (HEADLINE, OPENING, QUESTION, ANSWER, ANSWER, ANSWER)


@pytest.mark.parametrize(
    "text",
    ["उत्तर-पूर्वी राज्यों में बारिश हुई।", "प्रश्न-पत्र लीक होने से परीक्षा रद्द।", "सवाल-जवाब का दौर चला।"],
)
def test_compounds_are_no_tags(text):
    assert article_turns([("headline", 0, "खबर"), ("body", 1, text), ("body", 2, "क्या होगा?")]) is None


def test_a_name_tag_once_after_a_question_is_a_label_not_a_transcript():
    units = [
        ("body", 1, "ऐसे कोरोना से लड़ेगा देश?"),
        ("body", 2, "कोरोना वायरस: संक्रमितों की संख्या बढ़ी"),
    ]
    assert article_turns(units) is None


def test_a_transcript_s_tags_are_named_answers():
    units = [
        ("body", 1, "संवाददाता: क्या होगा?"),
        ("body", 2, "मेहता: सब ठीक होगा।"),
        ("body", 3, "संवाददाता: और आगे?"),
        ("body", 4, "मेहता: देखते हैं।"),
    ]
    assert article_turns(units) == (QUESTION, NAMED, QUESTION, NAMED)


# ---------------------------------------------------------------- questions tagged, answers not; a bracket after the name
def test_untagged_answers_after_tagged_questions_are_the_home_officer_s(cb):
    """A former officer introduced by title and name, no state: the paper's own, not the story's Russia."""
    rows = article(
        cb,
        ["सवाल: रूस पाकिस्तान को युद्धपोत दे सकता है?"],
        ["मैं नहीं मानता कि रूस ऐसा करेगा।", "हमारी नौसेना के कई जहाज रूस में बने हैं।"],
        ["मॉस्को जानता है कि भारत उसका बड़ा ग्राहक है।"],
        ["सवाल: क्या भारत को किसी खेमे में जाना चाहिए?"],
        ['"हमें किसी एक खेमे में नहीं जाना चाहिए।', 'रणनीतिक स्वायत्तता हमारी ताकत है।"'],
        title="इंटरव्यू: रूस पर भरोसा कायम रखना होगा",
        standfirst="पूर्व नौसेना प्रमुख एडमिरल सुनील राणा (रिटायर्ड) से बातचीत",
    )
    answers = rows[rows["para"].isin([2, 3, 5])]
    assert set(answers["voice"]) == {"quoted"}
    assert set(answers["speaker_side"]) == {"india"}
    assert set(rows[rows["para"].isin([1, 4])]["voice"]) == {"outlet"}


# ---------------------------------------------------------------- signed pieces
def test_a_signed_column_s_first_person_statements_are_its_author_s(cb):
    """A byline of title and name: "मेरा मानना है कि …" is the author's (a former officer, no state: the paper's)."""
    rows = article(
        cb,
        ["पिछले कुछ सालों में रूस और पाकिस्तान के रिश्तों में गर्मजोशी आई है।"],
        ["मेरा मानना है कि रूस भारत का साथ नहीं छोड़ेगा।", "मैंने पहले भी लिखा था कि मॉस्को भरोसेमंद दोस्त है।"],
        ["रूसी विदेश मंत्री ने हाल में कहा कि भारत के साथ रिश्ते विशेष हैं।"],
        title="रूस-पाक नजदीकी: भारत को घबराने की नहीं, तैयारी की जरूरत",
        standfirst="मेजर जनरल (से.नि.) अनिल कौल",
    )
    mine = rows[rows["para"] == 2]
    assert set(mine["voice"]) == {"reported"}
    assert set(mine["speaker_side"]) == {"india"}
    other = rows[rows["para"] == 3].iloc[0]  # someone the author cites keeps their own side
    assert (other["voice"], other["speaker_side"]) == ("reported", "russia")
    assert rows[rows["para"] == 1].iloc[0]["voice"] == "outlet"  # the author's narration stays as coded


def test_a_closing_note_on_the_author_names_the_speaker(cb):
    rows = article(
        cb,
        ["शीत युद्ध के दौर से भारत और रूस के संबंध मजबूत रहे हैं।"],
        ["हमारा मानना है कि दोनों देशों को ऊर्जा सहयोग बढ़ाना चाहिए।"],
        ["लेखिका रूस में भारत की राजदूत रह चुकी हैं।"],
        title="भारत-रूस: भरोसे की पुरानी डोर",
    )
    row = rows[rows["para"] == 2].iloc[0]
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


def test_a_note_on_the_author_s_views_names_no_author():
    units = [("headline", 0, "विचार"), ("body", 1, "मेरा मानना है कि …"), ("body", 2, "(ये लेखक के अपने विचार हैं)")]
    assert signed_turns(units) is None


# ---------------------------------------------------------------- the headline "… : <interviewee>"
def test_an_interview_headline_closing_on_the_interviewee_reports_him(cb):
    """v1.1's headline "… : लावरोव" with an unlisted name: the title names no state, the opening does."""
    rows = article(
        cb,
        ["सवाल: रूस और पाकिस्तान की नजदीकी को आप कैसे देखते हैं?"],
        ["जवाब: मैं इसे बड़ा खतरा नहीं मानता।"],
        title="रूस-पाकिस्तान की नजदीकी से घबराने की जरूरत नहीं: पूर्व राजदूत अशोक वर्मा",
        standfirst=SAWAL_JAWAB["standfirst"],
    )
    headline = rows.iloc[0]
    assert (headline["voice"], headline["speaker_side"]) == ("reported", "india")


def test_a_headline_whose_tail_is_a_phrase_stays_the_outlet_s(cb):
    rows = article(
        cb,
        ["सवाल: रिश्ते किस तरफ जा रहे हैं?"],
        ["जवाब: मेरा ख्याल है कि रिश्ते बेहतर हैं।"],
        title="रूस से ताल्लुकात में नया दौर: पाकिस्तान के पूर्व राजदूत से गुफ्तगू",
        standfirst="पाकिस्तान के पूर्व राजदूत तारिक हुसैन से खास बातचीत",
    )
    assert "interview40" not in rows.iloc[0]["voice_rule"]
    assert set(rows[rows["para"] == 2]["speaker_side"]) == {"pakistan"}


# ---------------------------------------------------------------- an explainer answers in the paper's voice
EXPLAINER = dict(
    title="आसान भाषा में समझिए: रूस-पाकिस्तान गैस पाइपलाइन का पूरा मामला",
    standfirst="रूस के ऊर्जा मंत्री अगले हफ्ते कराची जाएंगे।",
)
EXPLAINER_BODY = [
    ["सवाल: यह पाइपलाइन क्या है?"],
    ["जवाब: यह कराची से लाहौर तक गैस ले जाने वाली परियोजना है।", "इसकी लागत करीब ढाई अरब डॉलर आंकी गई है।"],
    ["प्रश्न: इसमें देरी क्यों हुई?"],
    ["उत्तर: पैसों के इंतज़ाम और पाबंदियों के कारण काम रुका रहा।"],
    ["सवाल: भारत पर इसका क्या असर होगा?"],
    ["जवाब: विदेश मंत्रालय के प्रवक्ता ने कहा है कि भारत हालात पर नज़र रखे हुए है।"],
]


def test_an_explainer_s_tagged_answers_are_the_outlet_s_own_words(cb):
    rows = article(cb, *EXPLAINER_BODY, **EXPLAINER)
    own = rows[rows["para"].isin([2, 4])]
    assert set(own["voice"]) == {"outlet"}
    assert set(own["speaker"]) == {""}  # not the minister the standfirst names


def test_the_turns_of_an_explainer():
    units = [("headline", 0, EXPLAINER["title"]), ("standfirst", 0, EXPLAINER["standfirst"])]
    units += [("body", k, s) for k, p in enumerate(EXPLAINER_BODY, 1) for s in p]
    turns = article_turns(units)
    assert turns is not None
    assert [t for t in turns if t not in ("", QUESTION)] == [EXPLAINED] * 4
    assert turns[:2] == ("", "")  # an explainer introduces no interviewee
