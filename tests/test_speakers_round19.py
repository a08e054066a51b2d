"""Speakers, round 19 (issue #12): the home's own offices and foreign bodies, from the language.

Every sentence was written for these tests from the design codebook v1.1 (Voice and speakers:
an official → the state they serve; an expert, think tank or party → its country; a third
state → other; an unnamed official whose state the unit does not name → other; a pronoun
resolves to the person it refers to) with v1.2's home convention, from Hindi grammar (the
genitive pronoun before a title) and from the public record (which offices and bodies are
India's, which firms and institutes are foreign). Names of people are made up. None is copied
from a corpus, a seed or an invented set. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.test_attribution_language import code, one
from tests.test_attribution_language import speaker_side as said


# ---------------------------------------------------------------- the home's offices named without the country
@pytest.mark.parametrize(
    "text",
    [
        "मुख्य सचिव ने बताया कि सभी जिलों को राशि भेज दी गई है।",
        "अपर मुख्य सचिव ने कहा कि नए केंद्र अगले हफ्ते खुलेंगे।",
        "प्रमुख सचिव (गृह) ने बताया कि सीमाएं बंद रहेंगी।",
        "स्वास्थ्य सचिव ने कहा कि हर जिले में जांच होगी।",
        "मुख्य चिकित्सा अधिकारी ने बताया कि बीस नमूने भेजे गए हैं।",
        "मुख्य चिकित्साधिकारी ने कहा कि टीमें गांवों में जाएंगी।",
        "अपर जिलाधिकारी ने बताया कि मंडी सुबह खुलेगी।",
        "पुलिस आयुक्त ने कहा कि रात में गश्त बढ़ेगी।",
        "नीति आयोग के सदस्य रमन पांडे ने बताया कि योजना तैयार है।",
        "चुनाव आयोग ने कहा कि मतदान तय समय पर होगा।",
        "सेबी ने कहा कि बाजार पर कड़ी नजर रखी जा रही है।",
        "डीजीसीए ने बताया कि घरेलू उड़ानें अगले महीने शुरू होंगी।",
        "प्रवर्तन निदेशालय ने कहा कि खातों की जांच चल रही है।",
        "पीआईबी ने बताया कि यह संदेश फर्जी है।",
    ],
)
def test_the_homes_own_offices_without_the_country_are_the_homes(cb, text):
    row = one(cb, text)
    assert row["voice"] == "reported"
    assert row["speaker_side"] == "india", explain(text, cb)


def test_a_foreign_secretary_of_health_named_with_the_country_stays_that_countrys(cb):
    row = one(cb, "ब्रिटेन के स्वास्थ्य सचिव ने कहा कि अस्पतालों में बिस्तर बढ़ेंगे।")
    assert row["speaker_side"] == "other", row["speaker_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "कांग्रेस प्रवक्ता ने कहा कि सरकार ने देर से कदम उठाए।",
        "भाजपा प्रवक्ता ने कहा कि विपक्ष अफवाह फैला रहा है।",
        "पार्टी के प्रवक्ता ने बताया कि बैठक टल गई है।",
    ],
)
def test_a_party_spokesperson_speaks_for_the_party_of_the_home(cb, text):
    row = one(cb, text)
    assert row["speaker_side"] == "india", row["speaker_rule"]


# ---------------------------------------------------------------- foreign firms, agencies and institutes
@pytest.mark.parametrize(
    "text",
    [
        "मूडीज के मुताबिक इस साल विकास दर घटेगी।",
        "फिच के अनुसार अगले साल सुधार होगा।",
        "गोल्डमैन सैक्स के मुताबिक निवेश घटेगा।",
        "जॉन्स हॉपकिन्स विश्वविद्यालय के अनुसार संक्रमितों की संख्या बढ़ी है।",
        "ऑक्सफोर्ड विश्वविद्यालय के वैज्ञानिकों ने बताया कि परीक्षण सफल रहा।",
    ],
)
def test_a_foreign_firm_or_institute_after_a_source_marker_is_other(cb, text):
    row = one(cb, text)
    assert row["voice"] == "reported", explain(text, cb)
    assert said(row) == ("foreign_body", "other"), row["speaker_rule"]


def test_a_home_rating_agency_is_the_homes(cb):
    row = one(cb, "क्रिसिल के मुताबिक खेती की पैदावार बढ़ेगी।")
    assert row["voice"] == "reported"
    assert row["speaker_side"] == "india", row["speaker_rule"]


# ---------------------------------------------------------------- foreign officials by title and an unknown name
@pytest.mark.parametrize(
    "text",
    [
        "न्यूयॉर्क के गवर्नर पीटर ब्लेक ने कहा कि अस्पताल भर चुके हैं।",
        "कैलिफोर्निया के गवर्नर ने बताया कि घर से निकलने पर रोक है।",
        "इतालवी प्रधानमंत्री मार्को फेरी ने कहा कि दुकानें बंद रहेंगी।",
        "अमेरिकी विदेश मंत्री जॉन हार्पर ने कहा कि बातचीत जारी रहेगी।",
        "स्पेन की स्वास्थ्य अधिकारी मारिया लोपेज ने बताया कि संक्रमण की दर घटी है।",
    ],
)
def test_a_title_naming_a_foreign_state_decides_the_side_whatever_the_name(cb, text):
    row = one(cb, text)
    assert row["speaker_side"] == "other", row["speaker_rule"]


# ---------------------------------------------------------------- the genitive pronoun before a title
def test_his_spokesperson_is_the_office_of_the_person_he_refers_to(cb):
    rows = code(
        cb,
        "पाकिस्तानी विदेश मंत्री ने कहा कि बातचीत होगी।",
        "उनके प्रवक्ता ने बताया कि तारीख अभी तय नहीं है।",
    )
    assert rows.iloc[1]["speaker_side"] == "pakistan", rows.iloc[1]["speaker_rule"]
    assert "pronoun 'उनके प्रवक्ता'" in rows.iloc[1]["speaker_rule"]


def test_their_government_is_the_referents_state(cb):
    rows = code(
        cb,
        "रूसी राजदूत ने कहा कि उड़ानें जल्द शुरू होंगी।",
        "उनकी सरकार ने कहा कि फंसे नागरिकों को वापस लाया जाएगा।",
    )
    assert rows.iloc[1]["speaker_side"] == "russia", rows.iloc[1]["speaker_rule"]


def test_his_spokesperson_with_nobody_named_before_stays_an_unnamed_official(cb):
    row = one(cb, "उनके प्रवक्ता ने बताया कि वे स्वस्थ हैं।")
    assert said(row) == ("unnamed_official", "other"), row["speaker_rule"]


def test_a_genitive_pronoun_before_an_expert_is_left_to_the_expert_rule(cb):
    rows = code(
        cb,
        "चीनी प्रवक्ता ने कहा कि हालात काबू में हैं।",
        "उनके डॉक्टर ने बताया कि वे ठीक हैं।",
    )
    assert "pronoun 'उनके डॉक्टर'" not in rows.iloc[1]["speaker_rule"]


# ---------------------------------------------------------------- a foreign title learned earlier, then with a new name
def test_a_foreign_title_introduced_earlier_keeps_its_state_before_an_unknown_name(cb):
    rows = code(
        cb,
        "पुर्तगाल के प्रधानमंत्री ने कहा कि सीमाएं खुली रहेंगी।",
        "प्रधानमंत्री कोस्टेला ने यह भी कहा कि स्कूल अगले माह खुलेंगे।",
    )
    assert rows.iloc[1]["speaker_side"] == "other", rows.iloc[1]["speaker_rule"]
    assert "as an earlier unit introduced it" in rows.iloc[1]["speaker_rule"]


def test_a_title_with_an_unknown_name_and_nothing_learned_stays_the_homes(cb):
    row = one(cb, "प्रधानमंत्री कोस्टेला ने कहा कि स्कूल अगले माह खुलेंगे।")
    assert row["speaker_side"] == "india", row["speaker_rule"]


def test_the_homes_health_minister_by_name_after_a_foreign_one_stays_the_homes(cb):
    rows = code(
        cb,
        "इटली के स्वास्थ्य मंत्री ने कहा कि अस्पतालों पर भारी दबाव है।",
        "स्वास्थ्य मंत्री हर्षवर्धन ने कहा कि देश में घबराने की जरूरत नहीं है।",
    )
    assert (rows.iloc[1]["speaker"], rows.iloc[1]["speaker_side"]) == ("harsh_vardhan", "india")


# ---------------------------------------------------------------- the home's ministers and chief ministers by name
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("गृह मंत्री अमित शाह ने कहा कि राज्यों को पूरी मदद मिलेगी।", "amit_shah"),
        ("मुख्यमंत्री केजरीवाल ने कहा कि राजधानी में बिस्तर पर्याप्त हैं।", "kejriwal"),
        ("उद्धव ठाकरे ने कहा कि लोकल ट्रेनें अभी नहीं चलेंगी।", "uddhav"),
        ("मुख्यमंत्री योगी आदित्यनाथ ने कहा कि हर गांव में निगरानी समिति बनेगी।", "yogi"),
    ],
)
def test_the_homes_ministers_and_chief_ministers_are_named(cb, text, speaker):
    row = one(cb, text)
    assert (row["speaker"], row["speaker_side"]) == (speaker, "india"), row["speaker_rule"]


def test_a_headline_closing_on_a_chief_ministers_surname_is_his(cb):
    row = one(cb, "दिल्ली में बाजार खुलेंगे: केजरीवाल", role="headline")
    assert row["voice"] == "reported"
    assert row["speaker"] == "kejriwal"


def test_a_home_spokesman_by_an_unknown_name_after_a_foreign_one_stays_the_homes(cb):
    rows = code(
        cb,
        "अमेरिकी विदेश विभाग के प्रवक्ता ने कहा कि प्रतिबंधों पर विचार होगा।",
        "प्रवक्ता सुरेश मेहरा ने कहा कि सौदा किसी देश के खिलाफ नहीं है।",
    )
    assert rows.iloc[1]["speaker_side"] == "india", rows.iloc[1]["speaker_rule"]
