"""Frame recall across the registers and inflections of Hindi news (codebook v1.1 rules).

Invented sentences, one family of the codebook's wording per test: arrivals and visits in
any verb form, invitations, condolences and gestures between governments, joint
statements (diplomacy); purchase, payment, prices and named goods (economy); helicopters,
rifles, training (military); the region named in the Urdu register and plural or oblique
forms (regional). Each family also has domestic negatives: the international-context guard
(frame_context) keeps a wedding welcome, a shop's discount or a teachers' training out.
"""

from __future__ import annotations

import pytest

from analysis.cues import match_cues, named_mentions
from analysis.frames import code_frames


def frames_of(text, cb):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb)[0]


@pytest.mark.parametrize(
    "text",
    [
        "रूसी विदेश मंत्री लावरोव इस्लामाबाद पहुंच गए हैं",  # arrival, perfect with गए
        "चीनी विदेश मंत्री वांग यी कल नई दिल्ली पहुंच रहे हैं",  # arrival, progressive
        "पुतिन भारत आएंगे, मोदी से मिलेंगे",  # arrival, future of आना
        "रूसी राष्ट्रपति पुतिन बीजिंग पधारे",  # honorific arrival
        "रूस ने भूकंप पर पाकिस्तान के प्रति शोक जताया",  # condolences between governments
        "रूस ने पाकिस्तान में बाढ़ पर संवेदना व्यक्त की",
        "पाकिस्तान और रूस ने संयुक्त बयान जारी किया",  # joint statement
        "मोदी ने पुतिन को गले लगाया",  # a gesture between leaders
        "मोदी ने पुतिन को जन्मदिन की बधाई दी",  # congratulation as praise
    ],
)
def test_diplomacy_visits_condolences_and_gestures(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पर्यटक शिमला पहुंचे",
        "मंत्री जी कल जिले में पधारेंगे",
        "मुख्यमंत्री ने बाढ़ पीड़ितों के प्रति संवेदना जताई",
        "नेताओं ने एक दूसरे को गले लगाया",
        "जिलाधिकारी ने किसानों को बधाई दी",
    ],
)
def test_domestic_arrivals_condolences_and_greetings_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "भारत ने रूसी तेल का भुगतान रुपये में किया",
        "रूबल में भुगतान पर सहमति",  # rupee-rouble
        "रूस से डिस्काउंट पर क्रूड मिला",  # English loans
        "रूसी कंपनियां पाकिस्तान में पूंजी लगाएंगी",  # investment in other words
        "रूस पाकिस्तान को रियायती दर पर गेहूं बेचेगा",  # a discount between states
        "भारत ने रूस से क्रूड की खरीद दोगुनी की",  # purchase
        "रूस से एलएनजी की आपूर्ति पर पाकिस्तान की नजर",  # the good names the frame
    ],
)
def test_economy_purchase_payment_prices_and_goods(cb, text):
    assert "economy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    ["दुकानदार ने ग्राहकों को छूट दी", "बिजली बिल के भुगतान की अंतिम तिथि", "सब्जियों के दाम आसमान पर"],
)
def test_a_shop_discount_a_bill_or_vegetable_prices_are_no_economy(cb, text):
    assert "economy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस पाकिस्तान को एमआई-35 हेलीकॉप्टर देगा",
        "रूसी फ़ौज के अफसरों ने पाकिस्तानी जवानों को प्रशिक्षण दिया",  # Urdu register, training
        "रूसी प्रशिक्षक पाकिस्तानी पायलटों को ट्रेनिंग देंगे",  # English loan
        "भारत ने रूस से एके-203 राइफलें खरीदीं",  # plural of a weapon
        "रूसी युद्धक विमान पाकिस्तान को नहीं मिलेंगे",
    ],
)
def test_military_helicopters_rifles_and_training(cb, text):
    assert "military" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text", ["हेलीकॉप्टर से पुष्प वर्षा की गई", "अध्यापकों को प्रशिक्षण दिया गया", "स्कूल में बच्चों को खेल का प्रशिक्षण"]
)
def test_a_flower_shower_or_teachers_training_is_no_military(cb, text):
    assert "military" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने कहा कि भारत और चीन को पड़ोसियों की तरह रहना चाहिए",  # -ियों plural of पड़ोसी
        "इलाके की सुरक्षा के लिए रूस पाकिस्तान साथ",  # Urdu/colloquial region
        "अफगानों की मदद पर रूस पाक एकमत",  # demonym plural
        "भारत और पाकिस्तान के बीच सरहदी इलाकों में गोलीबारी रुकी",
        "रूस ने भारत-पाक सीमावर्ती इलाकों में तनाव पर चिंता जताई",
    ],
)
def test_regional_in_the_urdu_register_and_plural_forms(cb, text):
    assert "regional" in frames_of(text, cb)


@pytest.mark.parametrize("text", ["गांव के पड़ोसियों के बीच झगड़ा", "स्कूल के पूरे क्षेत्र में सफाई"])
def test_village_neighbours_or_a_school_area_are_not_the_region(cb, text):
    assert "regional" not in frames_of(text, cb)


def test_an_agreement_signed_alone_is_no_diplomacy_but_signing_between_states_is(cb):
    assert "diplomacy" not in frames_of("दोनों कंपनियों ने करार किया", cb)
    assert "diplomacy" in frames_of("भारत और रूस ने समझौते पर दस्तखत किए", cb)
