"""Speakers round 47 (issue #12): a party's officers with a qualifier between the party's genitive and the role
noun, the feminine genitive, and the home's regional parties.

Every sentence was written for these tests from the design codebook v1.1 (an expert, think tank or party → its
country; v1.2: a party with no country named → the home; an official → the state they serve) and Hindi news
usage. Names are invented; none is copied from a corpus, a seed or an invented set. The held-back sentences of
the round are in tests/heldback_speakers47.py (not a test module).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import last

STORY = "रूस और पाकिस्तान ने संयुक्त सैन्य अभ्यास का एलान किया है।"


# ---------------------------------------------------------------- a qualifier between a party and its officer
@pytest.mark.parametrize(
    "text",
    [
        "भाजपा के ज़िला नेता ने कहा कि रूस पर भरोसा बना हुआ है।",
        "कांग्रेस के युवा नेताओं ने कहा कि सरकार इस पर चुप है।",
        "सपा के पूर्व सांसद ने कहा कि भारत को सतर्क रहना चाहिए।",
        "राजद के एक वरिष्ठ विधायक ने कहा कि यह अभ्यास चिंता की बात है।",
        "भाजपा की राष्ट्रीय प्रवक्ता ने कहा कि भारत-रूस दोस्ती अटूट है।",
        "कांग्रेस की प्रवक्ता ने कहा कि विदेश नीति कमज़ोर पड़ी है।",
        "तृणमूल के कई स्थानीय नेताओं का कहना है कि केंद्र को जवाब देना चाहिए।",
    ],
)
def test_a_party_officer_with_a_qualifier_speaks_for_the_home(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


@pytest.mark.parametrize(
    "text",
    [
        "पीडीपी के विधायक ने कहा कि घाटी में लोग चिंतित हैं।",
        "नेशनल कॉन्फ्रेंस के वरिष्ठ नेता ने कहा कि रूस का रुख़ बदला है।",
        "नेकां के एक प्रवक्ता ने कहा कि केंद्र को सबको भरोसे में लेना चाहिए।",
        "रालोद नेता ने कहा कि किसानों को सस्ती खाद मिलनी चाहिए।",
        "शिअद के सांसद ने कहा कि पंजाब के पूर्व सैनिक नाराज़ हैं।",
    ],
)
def test_a_regional_party_officer_speaks_for_the_home(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


# ---------------------------------------------------------------- what stays as it was
def test_a_state_named_before_the_party_still_wins(cb):
    row = last(cb, STORY, "अमेरिकी कांग्रेस के एक वरिष्ठ नेता ने कहा कि भारत पर प्रतिबंध नहीं लगने चाहिए।")
    assert row["speaker_side"] != "india"


def test_a_ministry_official_with_a_qualifier_is_not_a_party(cb):
    row = last(cb, STORY, "विदेश मंत्रालय के एक वरिष्ठ अधिकारी ने कहा कि भारत हालात पर नज़र रखे हुए है।")
    assert row["speaker"] != "india"  # an official of the ministry, not a party's voice


def test_a_party_officer_across_a_comma_is_not_joined(cb):
    row = last(cb, STORY, "भाजपा के, एक स्थानीय नेता ने कहा कि रूस पुराना दोस्त है।")
    assert row["voice"] == "reported"


# ---------------------------------------------------------------- think tanks and brokerages by country
@pytest.mark.parametrize(
    "text",
    [
        "ओआरएफ के एक वरिष्ठ फेलो ने कहा कि भारत को अपनी ऊर्जा ख़रीद में विविधता लानी चाहिए।",
        "गेटवे हाउस के विशेषज्ञों का कहना है कि रूस का झुकाव अस्थायी है।",
        "आईडीएसए के एक शोधकर्ता के मुताबिक यह अभ्यास प्रतीकात्मक है।",
        "शेयरखान के विश्लेषकों ने कहा कि रक्षा कंपनियों के ऑर्डर बढ़ेंगे।",
        "प्रभुदास लीलाधर के एक विश्लेषक के अनुसार तेल कंपनियों का मार्जिन सुधरेगा।",
    ],
)
def test_an_analyst_of_a_home_think_tank_or_brokerage_is_the_homes(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


@pytest.mark.parametrize(
    "text",
    [
        "यूबीएस के विश्लेषकों ने कहा कि भारतीय शेयरों में उतार-चढ़ाव रहेगा।",
        "बर्नस्टीन के एक विश्लेषक के मुताबिक रूसी तेल की छूट घट रही है।",
    ],
)
def test_an_analyst_of_a_foreign_brokerage_is_no_study_states(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "other")


# ---------------------------------------------------------------- a retired officer named by rank
@pytest.mark.parametrize(
    "text",
    [
        "अंबाला के रिटायर्ड ब्रिगेडियर जसपाल सिंह ने कहा कि रूस पर अंधा भरोसा ठीक नहीं।",
        "भूतपूर्व हवलदार रणबीर सिंह के मुताबिक गांव के लोग इस ख़बर से नाराज़ हैं।",
        "सेवानिवृत्त सूबेदार मेजर हरपाल सिंह ने कहा कि रूस हमेशा साथ खड़ा रहा है।",
        "पूर्व कर्नल विनोद नेगी ने कहा कि यह अभ्यास भारत के लिए संकेत है।",
    ],
)
def test_a_retired_officer_by_rank_speaks_as_a_veteran_of_the_home(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


def test_an_unnamed_retired_major_general_stays_an_unnamed_official(cb):
    row = last(cb, STORY, "एक रिटायर्ड मेजर जनरल ने कहा कि यह नज़दीकी अभी प्रतीकात्मक है।")
    assert row["speaker_side"] == "other"


# ---------------------------------------------------------------- a private person by their home town
# (written with the rule: this family has no held-back sentences)
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("रियाद में काम करने वाले मुल्तान के इमरान अली ने कहा कि महंगाई से घर चलाना मुश्किल है।", "pakistan"),
        ("दोहा में रहने वाले क्वेटा के नसीर अहमद का कहना है कि रूसी तेल से कुछ नहीं बदला।", "pakistan"),
        ("दुबई में दुकान चलाने वाले लुधियाना के हरजीत सिंह ने कहा कि यहां सब मिलकर काम करते हैं।", "india"),
    ],
)
def test_a_private_person_introduced_by_home_town_is_of_its_country(cb, text, side):
    row = last(cb, "खाड़ी में बसे दक्षिण एशियाई कामगार महंगाई से परेशान", text)
    assert (row["voice"], row["speaker_side"]) == ("reported", side)
