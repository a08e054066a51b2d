"""Round frames14: diplomacy and the region in the released sets' styles (invented sentences, written for the
tests; none is taken from a read set).

Diplomacy (v1.1 "arrivals and visits in any verb form", "praise or protest addressed by one government to another",
"the relationship as a state"): a landing of a state's person's aircraft and a departure in the tatsam register are
an arrival and a departure; a concern conveyed or an explanation demanded, views alike by the opinion, how one state
sees another, standing with a state with an adverb between, colloquial friendship, old grievances, one voice and the
counterpart in the Urdu register are the relationship; betrayal and a shared stage yield to a named domain. The
vocative that addresses a video's audience ('दोस्तों, …') is no friendship between states.
Regional (v1.1 "the region in any register", "tension and its reduction between neighbours"): restraint asked of both
sides, India's two fronts, the security situation
in the Urdu register and the English loan, Asia's security, the mediator as a person.
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
        "भारतीय विदेश मंत्री का विमान शाम को इस्लामाबाद के हवाई अड्डे पर उतरा, चीन ने नज़र रखी",  # a landing
        "रूसी रक्षा मंत्री एयरपोर्ट पर उतरते ही पाकिस्तानी सेना प्रमुख से मिले",
        "प्रधानमंत्री मोदी बुधवार सुबह मॉस्को के लिए प्रस्थान करेंगे, चीन की नजर",  # a departure (tatsam)
        "रूसी उप विदेश मंत्री दिल्ली के बाद सीधे इस्लामाबाद चले गए",  # going, the compound verb
        "पाकिस्तान ने बीजिंग से अपनी चिंता जताई कि रूस भारत को हथियार दे रहा है",  # a concern conveyed
        "भारत ने तेल की कीमतों पर रूस से स्पष्टीकरण मांगा",  # an explanation demanded
        "ब्रिटेन ने कहा कि उसने भारत को अपनी फ़िक्र से आगाह कर दिया था",
        "रूस और चीन की ईरान के मसले पर एक जैसी राय है",  # views alike by the opinion
        "अमेरिका अब पाकिस्तान को भारत के चश्मे से नहीं देखता",  # how one state sees another
        "भारत और चीन लंबे समय तक एक-दूसरे को शक की नज़र से देखते रहे",
        "फ्रांस ने कहा कि वह भारत के साथ मजबूती से खड़ा है",  # standing with an adverb between
        "रूस-चीन की यारी से अमेरिका परेशान",  # colloquial friendship
        "मिस्र के विदेश मंत्री ने अपने भारतीय हम-मंसब से टेलीफ़ोन पर गुफ़्तगू की",  # the Urdu counterpart
        "पाकिस्तान ने रूस के रुख पर खेद प्रकट किया, भारत चुप रहा",  # regret, the tatsam verb
        "भारत और जापान विकास में कंधे से कंधा मिलाकर चलेंगे",  # alignment told by the body
        "ईरान ने कहा कि वह पुराने गिले-शिकवे भूलकर सऊदी अरब से रिश्ते सुधारेगा",  # grievances put aside
        "ताशकंद में मोदी-पुतिन भेंट, चीन पर भी चर्चा",  # a meeting as the tatsam noun
        "अफ़ग़ान मसले पर चीन और रूस एक ही सुर में बोल रहे हैं",  # one voice with the particle
        "विदेश मंत्रालय ने कहा कि भारत यह मामला अमेरिका के सामने सख्ती से उठाएगा",  # raised with an adverb
        "ईरानी विदेश मंत्री बुधवार को बीजिंग के लिए प्रस्थान करेंगे, रूस भी जाएंगे",  # departure (tatsam)
    ],
)
def test_diplomacy_families_of_round14(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने भारत से कहा कि पाकिस्तान ने धोखा दिया तो भी सौदा रद्द नहीं होगा",  # betrayal, no domain
        "ब्रिक्स में पुतिन, शी और लूला एक मंच पर",  # leaders on one stage
    ],
)
def test_betrayal_and_a_shared_stage_are_the_relationship(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने भारत को धोखा देकर पाकिस्तान को लड़ाकू विमान बेच दिए",  # betrayal by arms: the domain
        "भारतीय सेना पाकिस्तानी फौज के साथ एक मंच पर नहीं आएगी",  # a platform with forces
    ],
)
def test_betrayal_and_a_stage_yield_to_a_named_domain(cb, text):
    got = frames_of(text, cb)
    assert "military" in got and "diplomacy" not in got


@pytest.mark.parametrize(
    "text",
    [
        "दोस्तों, रूस ने भारत को सस्ता तेल देना बंद कर दिया है",  # the vocative
        "नमस्कार दोस्तों, आज बात करेंगे उस गलियारे की जो चीन और पाकिस्तान बना रहे हैं",
        "तो दोस्तो, क्या अमेरिका भारत पर और टैरिफ लगाएगा?",
        "रूस से लौटे छात्र दिल्ली हवाई अड्डे पर उतरे",  # travellers land: no state's person
        "रूस और चीन के बीच सस्ते तेल का सौदा अटका, यात्री विमान उतरे",
        "इस्लामाबाद, 3 मार्च (समाचार वार्ता) रूस ने पाकिस्तान को गेहूं की नई खेप भेजी",  # an agency's byline
    ],
)
def test_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूसी हुकूमत ने अफ़ग़ानिस्तान और पाकिस्तान में सिक्योरिटी सूरतेहाल पर फ़िक्र ज़ाहिर की",  # Urdu register
        "चीन ने कहा कि एशिया की सुरक्षा के लिए भारत और रूस का साथ ज़रूरी है",  # Asia's security
        "रूस ने कहा कि भारत और चीन को किसी मध्यस्थ की जरूरत नहीं",  # the mediator as a person
        "अमेरिका ने दोनों पक्षों से संयम बरतने को कहा, पाकिस्तान ने स्वागत किया",  # restraint asked of both
        "तुर्की ने दोनों मुल्कों से तहम्मुल की अपील की",
        "इस सौदे से भारत को चीन और पाकिस्तान दोनों मोर्चों पर मदद मिलेगी",  # two fronts
    ],
)
def test_regional_families_of_round14(cb, text):
    assert "regional" in frames_of(text, cb)


def test_the_balance_of_trade_in_the_urdu_register_is_no_region(cb):
    got = frames_of("चीन और पाकिस्तान के दरमियान तिजारती तवाज़ुन चीन के हक़ में झुका है", cb)
    assert "regional" not in got
