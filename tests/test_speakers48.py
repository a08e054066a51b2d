"""Speakers round 48 (issue #12): a welcome in the Urdu register of an agreement or step in the Urdu or tatsam
register, a view or argument put forward with the light verb of placing, an issue raised in headline order,
and a party cornering the government in words.

Every sentence was written for these tests from the design codebook v1.1 (a welcome, a view, an issue raised
are speech acts: reported; a party with no country named → the home) and Hindi news usage. Names are invented;
none is copied from a corpus, a seed or an invented set. The held-back sentences of the round are in
tests/heldback_speakers48.py (not a test module).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import last

STORY = "रूस और पाकिस्तान ने संयुक्त सैन्य अभ्यास का एलान किया है।"


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तानी वज़ीर-ए-ख़ारजा ने रूस के साथ हुए मुआहिदे का ख़ैरमक़दम किया।",
        "पाकिस्तान के वज़ीर-ए-दाख़िला ने इस क़रार का खैर-मकदम किया है।",
        "पाकिस्तान के सदर ने रूसी हुकूमत के इस इक़दाम का ख़ैरमक़दम किया।",
        "पाकिस्तान के वज़ीर-ए-आज़म ने गैस पाइपलाइन के मंसूबे का ख़ैर मक़दम किया।",
    ],
)
def test_an_urdu_welcome_of_an_agreement_or_step_is_reported(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "pakistan")


@pytest.mark.parametrize(
    "text",
    [
        "भारत के रक्षा मंत्री ने इस संधि का स्वागत किया।",
        "भारतीय विदेश मंत्रालय ने रूस के साथ हुए अनुबंध का स्वागत किया।",
    ],
)
def test_a_welcome_of_a_treaty_or_contract_in_the_tatsam_register_is_reported(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


@pytest.mark.parametrize(
    "text",
    [
        "लखनऊ के एक रक्षा विश्लेषक ने कार्यक्रम में अपनी राय रखी।",
        "भाजपा सांसद ने चर्चा में अपना तर्क रखा।",
        "कांग्रेस प्रवक्ता ने दलील दी कि यह विदेश नीति की चूक है।",
        "सपा विधायक ने तर्क दिया कि किसानों को सस्ता तेल मिलना चाहिए।",
    ],
)
def test_a_view_or_argument_put_forward_is_reported(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


@pytest.mark.parametrize(
    "text",
    [
        "पटना के सांसद ने संसद में उठाया मुद्दा",
        "कांग्रेस विधायक ने सदन में उठाए सवाल",
        "भाजपा सांसद ने लोकसभा में उठाया मामला",
    ],
)
def test_an_issue_raised_in_headline_order_is_reported(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


@pytest.mark.parametrize(
    "text",
    [
        "अभ्यास पर सियासत, तृणमूल ने केंद्र को घेरा",
        "कांग्रेस ने इस मुद्दे पर मोदी सरकार को घेरा।",
        "विपक्ष ने रूस नीति पर सरकार को कठघरे में खड़ा किया।",
    ],
)
def test_a_party_cornering_the_government_is_reported(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


@pytest.mark.parametrize(
    "text",
    [
        "सुरक्षा बलों ने पूरे गांव को घेरा।",
        "रूस ने पाकिस्तान को हेलीकॉप्टरों की नई खेप भेजी।",
        "बैठक में दोनों देशों ने एक समान दृष्टिकोण रखा।",
    ],
)
def test_a_place_surrounded_a_parcel_sent_or_a_view_held_alike_is_the_outlets(cb, text):
    assert last(cb, STORY, text)["voice"] == "outlet"


@pytest.mark.parametrize(
    "text",
    [
        "भारत के रक्षा मंत्री ने जोड़ा कि रूस से आपूर्ति समय पर होगी।",
        "भाजपा सांसद ने यह भी जोड़ा कि देश की सुरक्षा से समझौता नहीं होगा।",
    ],
)
def test_a_statement_continued_with_added_that_is_reported(cb, text):
    row = last(cb, STORY, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "india")


def test_a_thing_added_is_no_speech(cb):
    assert last(cb, STORY, "भारतीय नौसेना ने अपने बेड़े में तीन नए जहाज़ जोड़े हैं।")["voice"] == "outlet"
