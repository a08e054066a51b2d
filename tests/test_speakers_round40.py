"""Speakers, round 40 (issue #12): speaker sides on domestic news, the information noun and the ultimatum.

Every sentence was written for these tests from the design codebook v1.1 (Voice and speakers:
speech acts such as warning are `reported`; an official → the state they serve) and v1.4's
"information given, with its giver after it", and from Hindi (सूचना, the tatsam synonym of
जानकारी, in the same frames; अल्टीमेटम, the English loan for a final warning, with the light
verb देना). Names of people and places are made up or generic. None is copied from a corpus, a
seed or an invented set. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import one, said


# ---------------------------------------------------------------- information given, tatsam सूचना
@pytest.mark.parametrize(
    "text",
    [
        "इस बात की सूचना जिले के मुख्य चिकित्सा अधिकारी ने दी।",
        "यह सूचना राज्य के स्वास्थ्य सचिव रमेश वर्मा ने दी।",
        "इसकी सूचना पुलिस अधीक्षक ने पत्रकारों को दी।",
        "ये सूचना जिलाधिकारी ने शाम को दी है।",
    ],
)
def test_information_given_in_the_tatsam_noun_is_reported_with_its_giver(cb, text):
    assert said(one(cb, text)) == ("reported", "india")


# ---------------------------------------------------------------- an ultimatum given is a warning given
@pytest.mark.parametrize(
    "text",
    [
        "नियम तोड़ने वाले दुकानदारों को जिलाधिकारी ने अल्टीमेटम दे दिया है।",
        "पुलिस आयुक्त ने लोगों को दो दिन का अल्टीमेटम दिया।",
        "राज्य सरकार ने निजी अस्पतालों को अल्टीमेटम दी है कि वे बिस्तर खाली रखें।",
    ],
)
def test_an_ultimatum_is_reported_like_a_warning(cb, text):
    assert said(one(cb, text)) == ("reported", "india")


def test_the_information_noun_alone_as_a_topic_stays_outlet(cb):
    # no giver and no light verb: the noun names the matter, not an act of speaking
    assert one(cb, "गांव में बिजली कटौती की सूचना पर लोग नाराज हैं।")["voice"] == "outlet"


# ---------------------------------------------------------------- a name that opens like a light verb
@pytest.mark.parametrize(
    "text",
    [
        "किरमानी ने कहा कि कारखाने अगले महीने खुलेंगे।",
        "किदवई ने बताया कि दुकानों पर भीड़ कम है।",
        "कियारा ने कहा कि स्कूल ऑनलाइन कक्षाएं चलाएगा।",
    ],
)
def test_a_name_opening_with_ki_is_an_unlisted_agent_not_a_known_term(cb, text):
    # the second part of a stance compound ("जारी कि*") is no word on its own: the name before
    # ने is a private voice sided with the home (v1.2), not "could not tell"
    row = one(cb, text)
    assert (row["voice"], row["speaker"], row["speaker_side"]) == ("reported", "india", "india"), row["speaker_rule"]


# ---------------------------------------------------------------- medical and research roles in more registers
@pytest.mark.parametrize(
    "text",
    [
        "शहर के चिकित्साविदों के अनुसार बुजुर्गों को घर पर रहना चाहिए।",
        "डाक्टरों का कहना है कि मरीज की हालत स्थिर है।",
        "अस्पताल की नर्सों ने बताया कि दस्ताने कम पड़ रहे हैं।",
        "स्वास्थ्यकर्मियों ने कहा कि उन्हें समय पर वेतन नहीं मिला।",
        "स्वास्थ्य कर्मियों का कहना है कि जांच किट कम हैं।",
        "फिजिशियन डॉ. नीरव सेठी ने कहा कि घबराने की जरूरत नहीं है।",
    ],
)
def test_medical_professions_in_every_register_are_local_professionals_of_the_home(cb, text):
    # v1.3: local professionals keep the v1.2 home-country rule
    assert said(one(cb, text)) == ("reported", "india")


@pytest.mark.parametrize(
    "text",
    [
        "दुनिया के जाने-माने चिकित्साविदों के अनुसार हाथ धोना सबसे जरूरी है।",
        "दुनिया के नामी-गिरामी वैज्ञानिकों का कहना है कि टीके में समय लगेगा।",
        "विश्व के जाने-माने डाक्टरों ने कहा कि भीड़ से बचें।",
    ],
)
def test_the_worlds_professionals_with_a_hyphenated_adjective_serve_no_one_state(cb, text):
    # round 7 (v1.4 note): people of the whole world serve no one state; the one word allowed
    # after the genitive may be a hyphenated compound
    assert said(one(cb, text)) == ("reported", "other")


# ---------------------------------------------------------------- questions raised with खड़ा करना; admission in headline order
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("जिलाधिकारी ने ठेकेदार के काम पर सवाल खड़े किए हैं।", "india"),
        ("पाकिस्तानी विदेश मंत्रालय ने इस फैसले पर सवाल खड़ा किया।", "pakistan"),
        ("रूसी राजदूत ने आंकड़ों पर सवालिया निशान लगाया।", "russia"),
        ("विपक्ष ने सरकार की तैयारी पर प्रश्नचिह्न लगाया है।", "india"),
    ],
)
def test_questions_raised_on_something_are_reported(cb, text, side):
    assert said(one(cb, text)) == ("reported", side)


def test_an_event_raising_questions_is_no_ones_words(cb):
    assert one(cb, "मंत्री के दौरे ने कई सवाल खड़े कर दिए हैं।")["voice"] == "outlet"


def test_an_admission_in_headline_order_is_reported(cb):
    row = one(cb, "चीन के स्वास्थ्य आयोग ने किया स्वीकार, मामले छिपाए गए", role="headline")
    assert said(row) == ("reported", "china"), row["voice_rule"]


# ---------------------------------------------------------------- gazetteer spelling variants
@pytest.mark.parametrize(
    "text",
    [
        "महानिदेशक घेबरेयेसस ने कहा कि खतरा अभी टला नहीं है।",
        "गेबरेयेसस ने बताया कि टीके सबको मिलने चाहिए।",
        "अधानोम ने चेतावनी दी कि सर्दियों में मामले बढ़ेंगे।",
    ],
)
def test_the_who_chief_in_other_spellings_is_known(cb, text):
    row = one(cb, text)
    assert (row["speaker"], row["speaker_side"]) == ("tedros", "other"), row["speaker_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "कोलरेडो स्टेट यूनिवर्सिटी के प्रोफेसर जॉन मिलर के मुताबिक टीका सुरक्षित है।",
        "कैलीफोर्निया के गवर्नर ने कहा कि स्कूल बंद रहेंगे।",
        "इलिनोइस के स्वास्थ्य अधिकारी ने बताया कि अस्पताल भर गए हैं।",
    ],
)
def test_us_states_in_other_spellings_side_their_people_with_a_third_state(cb, text):
    assert one(cb, text)["speaker_side"] == "other"


# ---------------------------------------------------------------- the state's security agencies and its regulator
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("सुरक्षा एजेंसियों ने कहा कि नकली ऐप से जानकारी चुराई जा रही है।", "other"),  # v1.1: no state named
        ("केंद्रीय सुरक्षा एजेंसियों ने जवानों को सतर्क रहने को कहा है।", "india"),  # the Union's adjective
        ("पाकिस्तानी सुरक्षा बलों ने बताया कि सीमा पर गोलीबारी हुई।", "pakistan"),
        ("नियामक संस्था ने बयान जारी कर कहा कि परीक्षण रोका गया है।", "other"),
        ("रूस के दवा नियामक ने कहा कि टीके को मंजूरी मिल गई है।", "russia"),
    ],
)
def test_security_agencies_and_regulators_are_state_bodies(cb, text, side):
    row = one(cb, text)
    assert row["speaker_side"] == side, row["speaker_rule"]
    assert row["speaker"] != "india" or side == "india"  # not an unlisted private voice of the home
