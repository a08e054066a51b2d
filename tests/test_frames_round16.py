"""Round frames16: talk in the public, a conversation as a statement's venue, a reply demanded of a state, and the
Indian Army's regiments (invented sentences, written for the tests; none is taken from a read set).

Diplomacy is talks between governments (codebook: "visits, talks, meetings, discussions"): hearsay ("चर्चा है कि"),
a matter in the news ("चर्चा में है", "चर्चा का विषय") and chatter among a public named by its place ("गांवों में
चर्चा") are talk in the public, and a private or informal conversation in which a person said something ("ने निजी
बातचीत में कहा") is the statement's venue, like an interview. A reply demanded of a state named right before ("मॉस्को
से जवाब मांगा") is a demand between governments, like the explanation demanded. India needs an Indian actor: the
regiments that only India's army bears name one.
"""

from __future__ import annotations

import pytest

from analysis.cues import match_cues, named_mentions
from analysis.frames import code_frames


def frames_of(text, cb, pair=()):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb, pair)[0]


@pytest.mark.parametrize(
    "text",
    [
        "चर्चा है कि रूस पाकिस्तान को सस्ता डीज़ल देगा।",
        "चर्चा थी कि चीन रूस से और गैस खरीदेगा।",
        "चर्चा यह भी है कि पाकिस्तान रूसी गेहूं का नया ऑर्डर देगा।",
        "पाकिस्तान को रूसी तेल की पहली खेप आजकल चर्चा में है।",
        "रूस और चीन का नया बंदरगाह समझौता चर्चा का विषय बना है।",
        "सीमावर्ती गांवों में रूस-पाक युद्धाभ्यास की चर्चा गर्म है।",
        "कराची के बाज़ारों में रूसी चीनी की खूब चर्चा है।",
        "इस्लामाबाद के सियासी हलकों में चर्चा है कि रूस पाकिस्तान में रिफाइनरी लगाएगा।",
    ],
)
def test_talk_in_the_public_is_no_talks_between_states(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस और पाकिस्तान के रक्षा मंत्रियों ने हथियारों की खरीद पर चर्चा की।",
        "भारत और रूस के बीच तेल के भुगतान पर चर्चा हुई।",
        "चर्चा है कि पुतिन अगले साल पाकिस्तान की यात्रा करेंगे।",
    ],
)
def test_talks_and_visits_told_as_hearsay_stay_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "एक रूसी अफसर ने निजी बातचीत में माना कि पाकिस्तान को इंजन मिलेंगे।",
        "पाकिस्तानी अधिकारियों ने अनौपचारिक बातचीत में बताया कि रूसी तेल महंगा पड़ रहा है।",
        "एक भारतीय अफसर ने ऑफ द रिकॉर्ड बातचीत में कहा कि रूस से पुर्जे देर से आ रहे हैं।",
        "इस्लामाबाद में एक अफसर ने ग़ैर-रस्मी बातचीत में माना कि रूसी टैंक पुराने हैं।",
    ],
)
def test_a_private_conversation_is_a_statements_venue_not_talks(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पुतिन और शहबाज़ शरीफ़ के बीच अनौपचारिक बातचीत एक घंटे चली।",
        "भारत और रूस के विदेश मंत्रियों ने अनौपचारिक बातचीत की।",
    ],
)
def test_informal_talks_between_leaders_stay_talks(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "नई दिल्ली ने इस सौदे पर मॉस्को से जवाब मांगा है।",
        "पाकिस्तान ने काबुल से लिखित जवाब मांगा।",
        "भारत ने रूस से औपचारिक जवाब मांगा है।",
    ],
)
def test_a_reply_demanded_of_a_state_is_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "विपक्ष ने सरकार से जवाब मांगा कि रूस पाकिस्तान को टैंक क्यों दे रहा है।",
        "अदालत ने रूसी कंपनी से जवाब मांगा है।",
    ],
)
def test_a_reply_demanded_at_home_is_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "सिख रेजिमेंट की एक कंपनी रूस में अभ्यास के लिए पहुंची।",
        "रूसी सैनिकों के साथ जाट रेजिमेंट के जवानों ने गश्त की।",
        "राजपूताना राइफल्स के अफसर रूसी टैंकों का प्रशिक्षण ले रहे हैं।",
        "लद्दाख स्काउट्स ने रूसी पर्वतीय ब्रिगेड के साथ अभ्यास किया।",
    ],
)
def test_indian_regiments_name_india(cb, text):
    assert "india" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान की पंजाब रेजिमेंट के जवान रूस पहुंचे।",
        "रूस की एस-400 रेजिमेंट अब चीन में तैनात है।",
    ],
)
def test_regiments_other_armies_bear_are_no_india(cb, text):
    assert "india" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस से मुरादाबाद के पीतल कारीगरों को बड़ा ऑर्डर मिला।",
        "रूसी खरीदारों ने पानीपत के कंबलों के आर्डर दोगुने कर दिए।",
        "चेन्नई से व्लादिवोस्तोक जाने वाले कंटेनरों की संख्या बढ़ी।",
        "कराची और सेंट पीटर्सबर्ग के बीच मालवाहक जहाज चलेगा।",
        "रूस और पाकिस्तान के बीच फ्रेट सेवा पर बात आगे बढ़ी।",
        "पाकिस्तान और रूस के बीच माल-बरदार जहाज़ों की आमद बढ़ी।",
    ],
)
def test_commercial_orders_and_merchant_shipping_are_economy(cb, text):
    assert "economy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पुतिन ने मोदी को ऑर्डर ऑफ सेंट एंड्रयू से सम्मानित किया।",
        "पाकिस्तान सरकार ने नया ऑर्डर जारी कर रूस की उड़ानें रोक दीं।",
        "रूसी युद्धपोत कराची बंदरगाह पहुंचा।",
    ],
)
def test_an_honour_a_decree_and_a_warship_are_no_trade(cb, text):
    assert "economy" not in frames_of(text, cb)
