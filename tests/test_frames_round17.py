"""Round frames17: labour and its pay between states (invented sentences, written for the tests; none is taken from
a read set).

Jobs are economy (codebook v1.1 and frames7); so are the wages and salary that labour earns, in the tatsam, Urdu (with
and without nukta), colloquial and English-loan registers (वेतन, तनख्वाह/तनख़्वाह, पगार, मेहनताना, मजदूरी, सैलरी),
the workers who earn them (मजदूर, कामगार, श्रमिक) and a livelihood (रोजी-रोटी, आजीविका). They are everyday words, so
they apply only in an international context. A workers' union or its leader names who acts or speaks (the source is
not the subject), not labour.
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
        "रूस में काम करने वाले भारतीय कामगारों का वेतन दो महीने से अटका है।",
        "मास्को की निर्माण कंपनियों में पाकिस्तानी मज़दूरों को बेहतर तनख़्वाह मिलती है।",
        "रूस गए पंजाब के कामगारों की तनख्वाह रूबल में आती है।",
        "रूसी ठेकेदारों ने भारतीय श्रमिकों की मजदूरी बढ़ा दी।",
        "रूस ने कहा कि वह भारत से आने वाले श्रमिकों का कोटा दोगुना करेगा।",
        "मॉस्को के अस्पतालों में भारतीय नर्सों की सैलरी अच्छी है।",
        "रूस-भारत संयंत्र से हजारों परिवारों की रोज़ी-रोटी जुड़ी है।",
        "पाकिस्तान चाहता है कि रूस में उसके कामगारों का मेहनताना बढ़े।",
        "रूसी परियोजना ने कराची के मछुआरों को आजीविका का नया जरिया दिया।",
    ],
)
def test_labour_and_its_pay_between_states_is_economy(cb, text):
    assert "economy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "गांव के मजदूर ने कहा कि इस साल बारिश कम हुई।",
        "दफ्तर के बाबू की तनख्वाह इस महीने देर से आई।",
        "मास्टरजी का वेतन बढ़ गया तो मोहल्ले में मिठाई बंटी।",
    ],
)
def test_pay_and_workers_without_states_are_no_economy(cb, text):
    assert "economy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस और भारत के प्रधानमंत्रियों की मुलाकात का मज़दूर संगठनों ने स्वागत किया।",
        "श्रमिक संघ के नेता ने कहा कि पुतिन की दिल्ली यात्रा अहम है।",
        "कामगार यूनियन ने रूस के राष्ट्रपति के दौरे पर बयान जारी किया।",
    ],
)
def test_a_workers_union_that_speaks_is_no_labour(cb, text):
    assert "economy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पेशावर के एक व्यापारी ने फोन पर कहा कि रूसी गेहूं सस्ता पड़ता है।",
        "एक पाकिस्तानी अफसर ने फ़ोन पर बताया कि रूसी इंजन पुराने हो चुके हैं।",
        "मॉस्को में पढ़ रहे उनके बेटे टेलीफोन पर कहते हैं कि वहां सब ठीक है।",
        "दिल्ली विश्वविद्यालय में अंतरराष्ट्रीय संबंध पढ़ाने वाली प्रोफेसर ने कहा कि रूस पाकिस्तान को टैंक देगा।",
        "कराची विश्वविद्यालय के अंतर्राष्ट्रीय संबंध विभाग के अध्यक्ष ने कहा कि रूसी तेल से पाकिस्तान को राहत मिलेगी।",
        "अंतरराष्ट्रीय संबंधों के विशेषज्ञ डॉ. सिन्हा का मानना है कि भारत रूसी तेल खरीदता रहेगा।",
    ],
)
def test_the_telephone_and_the_discipline_of_relations_name_who_speaks(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पुतिन और शहबाज शरीफ ने फोन पर बात की।",
        "मोदी ने पुतिन से टेलीफ़ोन पर बातचीत की।",
        "भारत और रूस के विदेश मंत्रियों ने फोन पर कहा कि दोनों देशों की दोस्ती अटूट है।",
        "भारत और रूस के अंतरराष्ट्रीय संबंध नई ऊंचाई पर हैं।",
    ],
)
def test_calls_between_leaders_and_the_relationship_stay_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने एचईसी के कारखाने के लिए नई मशीनें भेजने का वादा किया।",
        "ओएनजीसी विदेश ने रूसी तेल क्षेत्र में निवेश बढ़ाया।",
        "एनटीपीसी रूस से कोयला खरीदने पर विचार कर रही है।",
        "बीईएल रूसी कंपनी के साथ मिलकर रडार बनाएगी।",
        "रूसी विशेषज्ञ आयुध निर्माणी में नई लाइन लगाएंगे।",
    ],
)
def test_indias_public_firms_and_factories_are_indian_actors(cb, text):
    assert "india" in frames_of(text, cb)
