"""Speakers round 50 (issue #12): the home's works and plants and their officers and managements.

Every sentence was written for these tests from the design codebook v1.1/v1.2 (an expert, party, company or
institution → its country, none named → the home; an official → the state they serve) and Hindi news usage
(tatsam संयंत्र, the English loans प्लांट and शिपयार्ड, the ordnance factory's निर्माणी, a works' management
as one compound: "संयंत्र प्रबंधन"). Names are invented or generic; none is copied from a corpus, a seed or an
invented set. The held-back sentences of the round are in tests/heldback_speakers50.py (not a test module).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import one


def side(cb, text: str) -> str:
    return one(cb, text)["speaker_side"]


@pytest.mark.parametrize(
    "text",
    [
        "संयंत्र के उप महाप्रबंधक ने बताया कि रूसी इंजीनियरों का दल कल पहुंचेगा।",
        "बिजली संयंत्र के एक अधिकारी ने कहा कि रूस से टरबाइन के पुर्जे नहीं आए हैं।",
        "संयंत्रों के अधिकारियों का कहना है कि मास्को से भुगतान अटका है।",
        "सीमेंट प्लांट के एक वरिष्ठ अधिकारी के अनुसार रूसी मशीनें पुरानी पड़ चुकी हैं।",
        "प्लांट्स के प्रबंधकों ने बताया कि पाकिस्तान को निर्यात बंद है।",
        "निर्माणी के कार्य प्रबंधक ने कहा कि रूसी तोपों के पुर्जे यहीं बनेंगे।",
        "शिपयार्ड के एक अफसर ने बताया कि रूसी फ्रिगेट का काम समय पर पूरा होगा।",
    ],
)
def test_an_officer_of_a_works_with_no_state_named_is_the_homes(cb, text):
    assert side(cb, text) == "india"


@pytest.mark.parametrize(
    "text",
    [
        "संयंत्र प्रबंधन के अनुसार रूस से कोयले की नई खेप पहुंची है।",
        "प्लांट प्रबंधन का कहना है कि रूसी ऑर्डर से उत्पादन बढ़ेगा।",
        "कंपनी प्रबंधन ने बताया कि मास्को के दफ्तर में काम जारी है।",
        "मिल प्रबंधन के मुताबिक रूस से आई मशीनें लग चुकी हैं।",
    ],
)
def test_a_works_management_speaks_as_the_home(cb, text):
    assert side(cb, text) == "india"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("रूसी प्लांट के महाप्रबंधक ने कहा कि भारत को पुर्जे भेजे जाएंगे।", "russia"),
        ("पाकिस्तानी संयंत्र के एक अधिकारी ने बताया कि रूसी मदद से उत्पादन शुरू होगा।", "pakistan"),
        ("रूस के एक शिपयार्ड के अधिकारी ने कहा कि युद्धपोत समय पर मिलेगा।", "russia"),
    ],
)
def test_a_works_named_with_a_state_keeps_it(cb, text, want):
    assert side(cb, text) == want


def test_a_refinery_officer_with_no_state_named_is_left_as_before(cb):
    # refineries were left out after scoring: coders split on their unnamed officers
    assert side(cb, "एक रिफाइनरी के अधिकारी ने बताया कि रूसी तेल की खेप पहुंची।") == "other"


# ---------------------------------------------------------------- a view held, with its holder's genitive
@pytest.mark.parametrize(
    "text",
    [
        "प्रो. सुरेश नागर का आकलन था कि रूस पाकिस्तान से दूरी रखेगा।",
        "डॉ. रमा द्विवेदी का विश्लेषण है कि मॉस्को नई दिल्ली को नाराज़ नहीं करेगा।",
        "अशोक भार्गव की राय है कि रूसी तेल से महंगाई घटेगी।",
        "प्रो. विनय कपूर का विचार था कि रूस-पाक रिश्ते सीमित रहेंगे।",
    ],
)
def test_a_view_named_with_its_holders_genitive_is_reported_from_the_holder(cb, text):
    r = one(cb, text)
    assert (r["voice"], r["speaker_side"]) == ("reported", "india")


def test_a_view_keeps_the_state_named_with_its_holder(cb):
    assert side(cb, "रूसी विश्लेषक अलेक्सेई ओर्लोव का आकलन है कि भारत से रिश्ते गहरे हैं।") == "russia"
    assert side(cb, "पाकिस्तानी अर्थशास्त्री नदीम अख़्तर की राय है कि रूसी गेहूं महंगा पड़ेगा।") == "pakistan"


def test_a_possessive_pronouns_view_is_reported(cb):
    assert one(cb, "उनकी राय है कि मॉस्को इस्लामाबाद को हथियार नहीं देगा।")["voice"] == "reported"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("सामरिक चिंतक प्रमोद शुक्ला ने कहा कि रूस भारत को नहीं छोड़ेगा।", "india"),
        ("कुछ विचारकों का कहना है कि रूस-पाक निकटता अस्थायी है।", "other"),
        ("रूसी विचारक सर्गेई ग्लेबोव ने कहा कि पाकिस्तान से रिश्ते बढ़ेंगे।", "russia"),
    ],
)
def test_a_thinker_is_a_commentator(cb, text, want):
    assert side(cb, text) == want


# ---------------------------------------------------------------- a place before a field of study
@pytest.mark.parametrize(
    "text",
    [
        "रूसी अध्ययन केंद्र की प्रोफेसर सुनीता राव ने कहा कि मॉस्को किसी एक देश पर निर्भर नहीं रहेगा।",
        "रूसी भाषा विभाग की अध्यक्ष डॉ. ममता सेठी का मानना है कि रूस में भारतीय छात्रों की संख्या बढ़ेगी।",
        "पाकिस्तान अध्ययन केन्द्र के निदेशक प्रो. रवि किशन ने कहा कि इस्लामाबाद-मॉस्को सौदा कमज़ोर है।",
        "रूसी साहित्य की अध्येता ऋचा बंसल ने कहा कि दोनों देशों की दोस्ती गहरी है।",
    ],
)
def test_a_place_before_a_field_of_study_is_the_field_not_the_speakers_state(cb, text):
    assert side(cb, text) == "india"


def test_a_state_named_before_a_body_keeps_it(cb):
    assert side(cb, "रूसी विज्ञान अकादमी के निदेशक ने कहा कि भारत से सहयोग बढ़ेगा।") == "russia"
    assert side(cb, "रूसी फुटबॉल संघ के सचिव ने कहा कि पाकिस्तान से मैच होगा।") == "russia"
