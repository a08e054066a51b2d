"""Speakers round 51 (issue #12): the home's border regions that another state claims.

Every sentence was written for these tests from the design codebook v1.1/v1.4 (an official → the state they
serve; places map to countries) and the public record: Arunachal, Ladakh, Leh and Tawang, which `stance.places`
leaves out as claimed, are the home's for speakers (`speaker_roles.places.india`), so their members, ministers
and officials are the home's; a foreign speaker who talks about them keeps its own state. Names are invented or
public office titles; none is copied from a corpus, a seed or an invented set. The held-back sentences of the
round are in tests/heldback_speakers51.py (not a test module).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import one


def side(cb, text: str) -> str:
    return one(cb, text)["speaker_side"]


@pytest.mark.parametrize(
    "text",
    [
        "अरुणाचल के एक सांसद का कहना है कि रूस को भारत की सीमा की चिंता समझनी चाहिए।",
        "अरुणांचल के एक अधिकारी ने बताया कि रूसी हेलिकॉप्टरों के पुर्जे देर से आ रहे हैं।",
        "लद्दाख के एक मंत्री ने कहा कि मास्को से पुरानी दोस्ती बनी रहेगी।",
        "लद्दाख़ के एक अफसर के मुताबिक रूसी तोपें ऊंचाई पर ठीक काम कर रही हैं।",
        "लेह के एक अधिकारी ने कहा कि हवाई अड्डे पर रूसी विमान उतरते रहे हैं।",
        "तवांग के एक अधिकारी ने बताया कि सीमा पर सड़क का काम पूरा होने वाला है।",
    ],
)
def test_an_official_of_a_claimed_home_region_is_the_homes(cb, text):
    assert side(cb, text) == "india"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("चीनी विदेश मंत्रालय के प्रवक्ता ने कहा कि अरुणाचल पर बीजिंग का रुख नहीं बदला है।", "china"),
        ("पाकिस्तानी विदेश दफ्तर के प्रवक्ता ने कहा कि लद्दाख पर भारत का फैसला मंज़ूर नहीं है।", "pakistan"),
        ("रूसी विदेश मंत्रालय के एक अधिकारी ने कहा कि लद्दाख का मसला दोनों देश आपस में सुलझाएं।", "russia"),
    ],
)
def test_a_foreign_speaker_about_a_claimed_region_keeps_its_state(cb, text, want):
    assert side(cb, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "कस्टम के अधिकारियों ने कहा कि रूस से आई मशीनों पर शुल्क माफ नहीं होगा।",
        "सीमाशुल्क विभाग के मुताबिक रूसी उर्वरक की खेप बंदरगाह पर उतर चुकी है।",
        "सीमा-शुल्क अधिकारियों ने बताया कि रूसी हीरों की खेप जब्त की गई।",
        "अप्रवासन अधिकारियों का कहना है कि रूसी छात्रों के वीजा में देरी नहीं होगी।",
        "इमिग्रेशन के एक अधिकारी ने बताया कि मास्को से आने वाले यात्रियों की जांच हुई।",
        "राजस्व खुफिया निदेशालय के अधिकारियों ने कहा कि तस्करी का सोना रूस होकर आया था।",
    ],
)
def test_the_states_border_and_revenue_services_named_bare_are_the_homes(cb, text):
    assert side(cb, text) == "india"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("रूस के कस्टम विभाग ने कहा कि भारतीय चाय की खेप रोकी नहीं गई है।", "russia"),
        ("पाकिस्तान के इमिग्रेशन अधिकारियों ने बताया कि रूसी दल लाहौर पहुंचा।", "pakistan"),
    ],
)
def test_a_border_service_named_with_a_state_keeps_it(cb, text, want):
    assert side(cb, text) == want


def test_the_loan_customer_is_no_customs_service(cb):
    assert side(cb, "कस्टमर सर्विस के एक अधिकारी ने बताया कि रूस की उड़ानें रद्द हैं।") == "other"
