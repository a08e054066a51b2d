"""Round frames15: the India angle in the released sets' registers (invented sentences, written for the tests; none is
taken from a read set).

India (codebook: "India, an Indian place or an Indian actor named in the unit itself"): the English loan इंडिया/इंडियन
names India as रशिया names Russia (read by the frames as words, so that "एयर इंडिया ने कहा" stays a speaker), but not
inside an outlet's, a firm's or an institution's name; India's hill regions, pilgrim and weaving towns, more district
towns and the regions' adjectives are Indian places in an international context; the Uri attack told by its martyrs
or as a time ("उड़ी के बाद") names India. A letter's signature ("— name, town") names where the writer lives, like a
dateline; the Simla agreement names a treaty, not the town.
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
        "रशिया और इंडिया की दोस्ती पर अमरीका की नजर",
        "इंडिया ने रशिया से तेल खरीदना जारी रखा",
        "पाकिस्तान को लगता है कि इंडिया उसके खिलाफ साजिश कर रहा है",
        "इंडियन नेवी के जहाज़ व्लादिवोस्तोक पहुंचे",
        "टीम इंडिया ने मॉस्को में दोस्ताना मैच खेला",
        "इंडियन स्टूडेंट्स रूस की यूनिवर्सिटी में पढ़ते हैं",
        "इंडियन एयरफोर्स के पायलट रूस में प्रशिक्षण लेंगे",
        "रूस ने इंडिया को एस-400 की दूसरी खेप भेजी",
        "रशियन और इंडियन साइंटिस्ट मिलकर रिएक्टर बना रहे हैं",
        "अमरीका चाहता है कि इंडियंस रूसी तेल न खरीदें",
    ],
)
def test_the_english_loan_names_india(cb, text):
    assert "india" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "टाइम्स ऑफ इंडिया की रिपोर्ट के मुताबिक रूस ने पाकिस्तान को हेलीकॉप्टर दिए",
        "इंडिया टुडे के मुताबिक मॉस्को में बैठक हुई",
        "रूसी दूतावास ने इंडियन एक्सप्रेस को बताया कि सौदा जारी है",
        "कोरियाई कंपनी की सैमसंग मोटर इंडिया इकाई ने रूस से कारोबार समेटा",
        "इंडियन काउंसिल ऑफ मेडिकल रिसर्च ने चीन और रूस के आंकड़े देखे",
        "मेला इंडिया एक्सपो मार्ट में होगा, चीन और रूस की कंपनियां आएंगी",
    ],
)
def test_the_loan_inside_a_name_is_no_state(cb, text):
    assert "india" not in frames_of(text, cb)


def test_the_loan_is_no_cue_for_the_speaker_rules(cb):
    unit = match_cues("एयर इंडिया ने कहा कि मॉस्को की उड़ानें जारी रहेंगी", cb)
    assert not any("इंडिया" in unit.show(h.start, h.end) for hits in unit.hits.values() for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "रूस-पाकिस्तान अभ्यास से गढ़वाल के फौजी परिवारों में गुस्सा",
        "रूसी पर्यटक कुल्लू और मनाली की वादियों में",
        "कुमाऊंनी लोकगीतों पर झूमे रूसी मेहमान",
        "बनारसी रेशम की मांग रूस में बढ़ी",
        "रूस से आए व्यापारी करनाल की चावल मिलों में पहुंचे",
        "श्रीहरिकोटा से रूसी उपग्रह का प्रक्षेपण टला",
        "अयोध्या में रूसी श्रद्धालुओं का जत्था",
        "हरिद्वार में गंगा स्नान को पहुंचे रूसी साधक",
        "रूसी दुकानदार अब हिमाचली शॉल भी बेचते हैं",
    ],
)
def test_indian_regions_towns_and_their_adjectives_in_an_international_context(cb, text):
    assert "india" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "कुल्लू में सेब की फसल इस बार अच्छी रही",
        "हरिद्वार में कांवड़ यात्रियों की भीड़",
        "करनाल, 5 मई। मौसम विभाग ने बारिश का अनुमान जताया है।",
        "बनारसी पान की दुकान पर भीड़ लगी",
    ],
)
def test_indian_places_at_home_are_no_india_angle(cb, text):
    assert "india" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "उड़ी के बाद रूस का पाकिस्तान के साथ अभ्यास करना कई लोगों को खटका",
        "उरी के शहीदों को याद करते हुए सैनिकों ने रूस के फैसले पर सवाल उठाए",
        "उड़ी में शहीद हुए जवान के पिता ने रूस से नाराजगी जताई",
        "उरी में हमला करने वालों को पनाह देने वाले देश के साथ रूस का अभ्यास",
    ],
)
def test_uri_told_by_its_martyrs_and_as_a_time(cb, text):
    assert "india" in frames_of(text, cb)


@pytest.mark.parametrize("text", ["पतंग आसमान में उड़ी और कट गई", "चिड़िया पेड़ से उड़ी, बच्चे हंसे"])
def test_flew_is_no_uri(cb, text):
    assert "india" not in frames_of(text, cb)


@pytest.mark.parametrize("text", ["— सुरेंद्र कुमार, रोहतक", "— अनीता शर्मा, देहरादून।", "- रमेश चंद, भोपाल"])
def test_a_letters_signature_names_no_india(cb, text):
    assert "india" not in frames_of(text, cb, ("russia", "pakistan"))


def test_a_town_in_the_letter_itself_still_counts(cb):
    assert "india" in frames_of("रोहतक के लोग रूस और पाकिस्तान के अभ्यास से नाराज हैं", cb)


def test_the_simla_agreement_is_no_indian_town(cb):
    got = frames_of("रूस ने कहा कि भारत-पाक विवाद शिमला समझौते से सुलझें", cb)
    assert "regional" in got
    got = frames_of("रूस और चीन ने कहा कि विवाद शिमला समझौते से सुलझें", cb)
    assert "india" not in got


@pytest.mark.parametrize(
    "text",
    [
        "पूर्व सेनाध्यक्ष ने हमसे बातचीत में कहा कि रूस के हथियार भरोसेमंद हैं",
        "हमारे संवाददाता से बात करते हुए कर्नल ने कहा कि अभ्यास छोटा था",
        "नमस्कार, इस कार्यक्रम में आपका स्वागत है",
        "हमारे साथ फोन पर हैं रक्षा विशेषज्ञ राहुल",
        "हमने फोन पर बात की तो विशेषज्ञ ने कहा कि सौदा टलेगा",
    ],
)
def test_an_interview_told_is_no_talks_between_states(cb, text):
    assert "diplomacy" not in frames_of(text, cb, ("russia", "pakistan"))


@pytest.mark.parametrize(
    "text",
    [
        "रूसी विदेश मंत्री ने पाकिस्तानी समकक्ष से फोन पर बात की",
        "पुतिन ने मोदी का स्वागत किया",
        "बैठक में दोनों देशों ने व्यापार बढ़ाने पर सहमति जताई",
        "एससीओ बैठक से इतर लावरोव ने कहा कि रुपये अटके हैं",  # the sidelines stay (coders code them diplomacy)
    ],
)
def test_talks_and_welcomes_between_states_stay(cb, text):
    assert "diplomacy" in frames_of(text, cb, ("russia", "pakistan"))


@pytest.mark.parametrize(
    "text",
    [
        "सेंसेक्स 300 अंक चढ़कर बंद हुआ",
        "निफ्टी में आज गिरावट रही",
        "HAL का शेयर रिकॉर्ड ऊंचाई पर पहुंचा",
        "तेल कंपनियों के शेयरों पर दबाव दिखा",
        "कराची स्टॉक एक्सचेंज में तेजी लौटी",
        "विश्लेषकों ने 150 रुपये का टारगेट प्राइस दिया",
    ],
)
def test_the_stock_market_is_economy(cb, text):
    assert "economy" in frames_of(text, cb)


def test_a_post_shared_is_no_stock(cb):
    assert "economy" not in frames_of("उन्होंने वीडियो के शेयर किए जाने पर आपत्ति की", cb)
