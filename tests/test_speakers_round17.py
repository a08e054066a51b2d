"""Speakers, round 17 (issue #12): speech, attribution and role families completed from the language.

Every sentence was written from the design codebook (voice: a source's words reported or quoted;
speaker by name or role; sides) and from Hindi grammar and registers (tatsam, Urdu with and without
nukta, English loans, headline order), never copied from a corpus or a set; the people are named
from the public record. Passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.test_attribution_language import one


def said(row) -> tuple[str, str, str]:
    return row["voice"], row["speaker"], row["speaker_side"]


# ---------------------------------------------------------------- Urdu register, with and without nukta
@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        ("इस्लामाबाद ने मुतालबा किया कि बातचीत फौरन शुरू हो।", "pakistan", "pakistan"),
        ("रूसी रक्षा मंत्रालय ने तस्दीक़ की कि दो विमान भेजे गए हैं।", "russia", "russia"),  # with nukta
        ("रूसी रक्षा मंत्रालय ने तस्दीक की कि दो विमान भेजे गए हैं।", "russia", "russia"),  # without
        ("पाकिस्तान के विदेश कार्यालय ने इन अटकलों की तरदीद की।", "pakistan", "pakistan"),
        ("चीनी दूतावास ने गुज़ारिश की कि छात्र अभी यात्रा न करें।", "china", "china"),
        ("पाकिस्तानी वज़ीर ने इल्ज़ाम आयद किया कि पानी रोका जा रहा है।", "pakistani_official", "pakistan"),
        ("रूसी राजदूत ने एतराफ़ किया कि आपूर्ति में देर हुई है।", "russian_official", "russia"),
        ("चीन ने दरख्वास्त की है कि उड़ानें दोबारा शुरू हों।", "china", "china"),
    ],
)
def test_urdu_speech_nouns_with_their_light_verbs_report_their_agent(cb, text, speaker, side):
    row = one(cb, text)
    assert said(row) == ("reported", speaker, side), row["speaker_rule"]


# ---------------------------------------------------------------- tatsam register and English loans
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("रूसी प्रवक्ता ने दलील दी कि प्रतिबंध गैरकानूनी हैं।", "russian_official"),
        ("चीन ने उत्तर दिया कि सीमा पर स्थिति सामान्य है।", "china"),
        ("रूस के विदेश मंत्री ने वक्तव्य दिया कि अभ्यास तय समय पर होगा।", "russian_official"),
        ("भारत ने पाकिस्तान को हमले के लिए जिम्मेदार ठहराया।", "india"),
        ("रूसी राजदूत ने कन्फर्म किया कि अनुबंध हो गया है।", "russian_official"),  # English loan
        ("पाकिस्तान ने निवेदन किया है कि कैदियों को रिहा किया जाए।", "pakistan"),
    ],
)
def test_tatsam_and_loan_speech_acts_report_their_agent(cb, text, speaker):
    row = one(cb, text)
    assert row["voice"] == "reported" and row["speaker"] == speaker, row["speaker_rule"]


def test_headline_order_puts_the_light_verb_first(cb):
    row = one(cb, "रूस ने किया आग्रह, बातचीत से सुलझाएं विवाद", role="headline")
    assert row["voice"] != "outlet" and row["speaker"] == "russia", row["speaker_rule"]


# ---------------------------------------------------------------- according to: tatsam and Urdu
def test_bakaul_names_its_source_after_it(cb):
    row = one(cb, "बकौल पाकिस्तानी विदेश मंत्री, भारत से बातचीत का कोई प्रस्ताव नहीं आया है।")
    assert said(row) == ("reported", "pakistani_official", "pakistan"), row["speaker_rule"]
    assert "after source marker 'बकौल'" in row["speaker_rule"]


def test_kathananusar_names_its_source_before_it(cb):
    row = one(cb, "रूसी अधिकारियों के कथनानुसार सौदे पर जल्द दस्तखत होंगे।")
    assert said(row) == ("reported", "russian_official", "russia"), row["speaker_rule"]
    assert "'के कथनानुसार'" in row["speaker_rule"]


# ---------------------------------------------------------------- role nouns of officials
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("पाकिस्तान के एनएसए ने कहा कि सीमा पर शांति जरूरी है।", "pakistani_official"),  # short form
        ("पाकिस्तानी ज़राये ने बताया कि बैठक टल गई।", "pakistani_official"),  # Urdu plural of sources
        ("रूस के रक्षामंत्री ने कहा कि सौदा पूरा होगा।", "russian_official"),  # one word
        ("चीन के राष्ट्राध्यक्ष ने कहा कि व्यापार बढ़ेगा।", "chinese_official"),  # tatsam head of state
    ],
)
def test_role_nouns_in_each_register_take_the_country_named_before_them(cb, text, speaker):
    row = one(cb, text)
    assert row["voice"] == "reported" and row["speaker"] == speaker, row["speaker_rule"]
    assert "role phrase" in row["speaker_rule"]


# ---------------------------------------------------------------- the gazetteer from the public record
@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        ("वसीली नेबेंज्या ने कहा कि रूस प्रस्ताव का समर्थन नहीं करेगा।", "nebenzya", "russia"),
        ("मुनीर अकरम ने कहा कि बातचीत होनी चाहिए।", "munir_akram", "pakistan"),  # not the army chief
        ("आईएसआई ने इन आरोपों का खंडन किया।", "isi", "pakistan"),
        ("पीएलए ने बयान जारी कर कहा कि गश्त जारी रहेगी।", "pla", "china"),
        ("जलमय खलीलजाद ने कहा कि समझौता करीब है।", "khalilzad", "other"),
        ("तरनजीत सिंह संधू ने कहा कि संबंध मजबूत हैं।", "taranjit_sandhu", "india"),
        ("रोसाटॉम ने बताया कि रिएक्टर समय पर तैयार होगा।", "rosatom", "russia"),
        ("डॉयचे वेले के मुताबिक बातचीत रुक गई है।", "dw", "media"),
    ],
)
def test_people_and_bodies_of_the_public_record_speak_for_their_side(cb, text, speaker, side):
    row = one(cb, text)
    assert said(row) == ("reported", speaker, side), row["speaker_rule"]


# ---------------------------------------------------------------- false friends stay the outlet's
@pytest.mark.parametrize(
    "text",
    [
        "मंडी में गेहूं की मांग उठाव के साथ बढ़ी।",  # उठाव: offtake, not raising a demand
        "शहर के उत्तर में कई दुकानें बंद रहीं।",  # उत्तर: the north
        "जंग के मैदान में दोनों तरफ भारी नुकसान हुआ।",  # जंग: war, not the paper
        "नासा का यान मंगल की कक्षा में पहुंच गया।",  # an agency named, nobody speaks
        "सेनाओं की वापसी के बाद इलाके में शांति लौट आई।",
    ],
)
def test_false_friends_of_the_new_members_stay_outlet(cb, text):
    assert one(cb, text)["voice"] == "outlet"


# ---------------------------------------------------------------- explain names the rule and the member
def test_explain_names_the_urdu_member_and_the_rule(cb):
    out = explain("बकौल पाकिस्तानी विदेश मंत्री, भारत से बातचीत का कोई प्रस्ताव नहीं आया है।", cb)
    assert "attribution 'बकौल' with a source" in out
    assert "name after source marker 'बकौल'" in out


def test_explain_names_a_light_verb_member(cb):
    out = explain("इस्लामाबाद ने मुतालबा किया कि बातचीत फौरन शुरू हो।", cb)
    assert "मुतालबा कि*" in out and "name before source marker 'ने'" in out


def test_bakaul_after_a_genitive_pronoun_does_not_take_the_name_after_it(cb):
    # "उनके बक़ौल" = according to him: the source stands before; the state after is the content
    row = one(cb, "उनके बक़ौल चीन इस समझौते से खुश नहीं है।")
    assert row["voice"] == "reported" and row["speaker"] != "china", row["speaker_rule"]
