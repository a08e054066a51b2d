"""Stance round 37 (issue #12): the favor and against families audited against the language, not a text.

For each family the codebook defines, how Hindi news writes it in every register (tatsam, Urdu with and
without nukta, English loans in Devanagari, idioms, light verbs and inflections) was listed from the
language and checked against the lexicon; what was missing or only partly covered was added. Every
sentence here was written for these tests (none is taken from a set); each names the pair, so the family
alone decides. The guards check that the new members do not take the other senses of their words.
"""

from __future__ import annotations

import pytest

from tests.stance_units import code, named_pair

F, A, N = "favor", "against", "none"


AGAINST = [
    # cancellation and postponement: the loans (कैंसिलेशन, होल्ड पर, यू-टर्न, फ्रीज, सस्पेंड), a step drawn back
    # with पीछे between, shying away (कतराना)
    "रूस ने भारत के साथ सौदे का कैंसिलेशन कर दिया।",
    "रूस और भारत के बीच रक्षा सौदे को होल्ड पर डाल दिया गया है।",
    "रूस ने पाकिस्तान के साथ समझौते पर यू-टर्न ले लिया।",
    "पाकिस्तान ने रूस के साथ गैस पाइपलाइन पर यू टर्न लिया।",
    "रूस ने पाकिस्तान के साथ गैस करार फ्रीज कर दिया।",
    "रूस ने भारत के साथ समझौता सस्पेंड कर दिया।",
    "रूस ने भारत के साथ परियोजना से हाथ पीछे खींच लिए।",
    "पाकिस्तान ने रूस के साथ करार से कदम पीछे खींच लिए।",
    "रूसी कंपनियां पाकिस्तान में पूंजी लगाने से कतरा रही हैं।",
    # refusal: the noun of मना कर-, the Urdu of अस्वीकार्य
    "रूस ने भारत के अनुरोध पर मनाही कर दी।",
    "रूस ने भारत की शर्तों को नाक़ाबिल-ए-क़बूल बताया।",
    # strain: tatsam क्षीण, शिथिल, शीतलता; the verb of दरार; feminine ठंडी; idioms and the war of words; drift
    "रूस और पाकिस्तान के संबंध क्षीण हो गए हैं।",
    "रूस और भारत के संबंधों में शिथिलता आई है।",
    "रूस और भारत के रिश्ते दरक रहे हैं।",
    "रूस और पाकिस्तान के संबंध बदतर हो गए हैं।",
    "रूस और भारत की दोस्ती ठंडी पड़ गई है।",
    "रूस और भारत के संबंधों में शीतलता आई है।",
    "रूस और भारत के रिश्तों में सर्द-मेहरी दिख रही है।",
    "रूस और पाकिस्तान के बीच मनभेद उभर आए हैं।",
    "रूस और भारत के बीच ज़ुबानी जंग छिड़ गई।",
    "रूस और पाकिस्तान के बीच वाकयुद्ध तेज हो गया।",
    "रूस और भारत के बीच ठन गई है।",
    "रूस और भारत के रिश्ते बिखर गए हैं।",
    "रूस और पाकिस्तान के रिश्ते डगमगा रहे हैं।",
    "रूस भारत से किनाराकशी कर रहा है।",
    "पाकिस्तान रूस से कन्नी काटने लगा है।",
    "रूस और भारत के बीच खाई चौड़ी होती जा रही है।",
    "अखबार ने रूस के बदलते रुख को भारत के लिए संकेत बताया।",
    # setback: बाधित, अवरुद्ध, a slowdown, backfired, the idioms of ruin, the back foot, the Urdu registers,
    # a deal or growth idiom negated inside its phrase, not suitable
    "रूस से भारत को होने वाली तेल आपूर्ति बाधित हो गई है।",
    "रूस से भारत को हथियारों की आपूर्ति अवरुद्ध हो गई है।",
    "रूस और पाकिस्तान के बीच व्यापार धीमा हो गया है।",
    "रूस के साथ करार में पाकिस्तान का दांव उल्टा पड़ गया।",
    "रूस ने भारत के साथ रक्षा परियोजना को पलीता लगा दिया।",
    "रूस और भारत के रिश्तों पर ग्रहण लग गया है।",
    "रूस के साथ सौदे में पाकिस्तान बैकफुट पर है।",
    "रूस और पाकिस्तान के कारोबार में कई दुश्वारियां हैं।",
    "पाकिस्तान को रूस के बकाये की अदायगी में दिक्कत आ रही है।",
    "रूस और पाकिस्तान के बीच तेल के सौदे पर बात नहीं बनी।",
    "रूस और भारत का निवेश सहयोग कभी परवान नहीं चढ़ पाया।",
    "पाकिस्तान ने कहा कि रूस का भारी कच्चा तेल उसके कारखानों के लिए उपयुक्त नहीं है।",
    # limit: short of a target or of what was hoped, a show, hollow
    "रूस और भारत का व्यापार लक्ष्य से काफी पीछे है।",
    "रूस और भारत का व्यापार उम्मीद से कम रहा।",
    "रूस और भारत के बीच सहयोग सिर्फ दिखावा है।",
    "रूस ने भारत को खोखले वादे किए।",
    # threat and warning: a price to pay, a lesson, a sword hanging
    "रूस ने पाकिस्तान को सबक सिखाने की बात कही।",
    "रूस को भारत से टकराने की भारी कीमत चुकानी पड़ेगी।",
    "रूस और भारत के रक्षा सौदे पर तलवार लटक रही है।",
    # anger and protest: taunts, lashing out, a dressing-down, annoyance, wrath, a strong reaction, a rebuke
    "रूस ने भारत पर तंज कसा।",
    "पाकिस्तान ने रूस पर कटाक्ष किया।",
    "रूस भारत पर बरस पड़ा।",
    "रूस ने भारत को खरी-खोटी सुनाई।",
    "रूस भारत के रवैये से चिढ़ा हुआ है।",
    "रूस भारत के फैसले से खिन्न है।",
    "रूस भारत के कदम पर आगबबूला हो गया।",
    "भारत ने रूस के फैसले पर नाक-भौं सिकोड़ी।",
    "रूस के बयान पर भारत में कड़ी प्रतिक्रिया हुई।",
    "रूस ने पाकिस्तान को आईना दिखाया।",
    "भारत ने कहा कि रूस का यह कदम गलत संदेश देता है।",
    # blow: disgrace and defeat; hostility: Urdu enmity, doubt as a predicate, neglect
    "रूस के साथ डील में पाकिस्तान को मात खानी पड़ी।",
    "रूस और पाकिस्तान के बीच पुरानी अदावत है।",
    "रूस और भारत के रिश्तों का भविष्य संदिग्ध हो गया है।",
    "रूस ने भारत के हितों की कोई परवाह नहीं की।",
    "रूस ने भारत के अनुरोध की कोई सुध नहीं ली।",
]


@pytest.mark.parametrize("text", AGAINST)
def test_against_members(text, cb):
    assert named_pair(text, cb) == A, code(text, cb).notes


FAVOR = [
    # growth: the Urdu मुक़ाम, tatsam संवर्धन and नवीन, revived, the idioms of a leap and of wings
    "रूस और भारत के रिश्ते नए मुकाम पर पहुंच गए हैं।",
    "रूस और भारत के संबंधों का संवर्धन हो रहा है।",
    "रूस और भारत ने संबंधों को पुनर्जीवित किया।",
    "रूस और भारत के व्यापार में ऊंची छलांग लगी है।",
    "रूस और पाकिस्तान के व्यापार को पंख लग गए हैं।",
    "रूस और पाकिस्तान के संबंधों में नवीन अध्याय जुड़ा।",
    "रूस और पाकिस्तान का व्यापार पांच अरब डॉलर से ऊपर पहुंच गया।",
    # agreement, supply: the everyday contract, the participle of हस्तांतरण, the loans, the large importer
    "रूसी कंपनी को भारत में रेल डिब्बे बनाने का ठेका मिला।",
    "रूस ने भारत को हथियार हस्तांतरित किए।",
    "रूस भारत को कच्चा तेल एक्सपोर्ट करता है।",
    "पाकिस्तान ने रूस से गेहूं इम्पोर्ट किया।",
    "भारत रूसी कोयले का सबसे बड़ा आयातक बन गया है।",
    # exercises, welcome, benefit and value, support, closeness
    "रूस और पाकिस्तान की सेनाओं ने संयुक्त सैन्य कवायद की।",
    "रूस ने भारत के लिए पलक-पांवड़े बिछा दिए।",
    "रूस का तेल भारत के लिए संजीवनी साबित हुआ।",
    "रूस के साथ सहयोग भारत के लिए कारगर साबित हुआ।",
    "रूस और पाकिस्तान का सहयोग फलदायक रहा।",
    "रूस और भारत के रिश्ते आज और भी प्रासंगिक हो गए हैं।",
    "रूस के साथ नए करार से भारतीय निर्यातकों में उत्साह है।",
    "रूस पाकिस्तान का हमदर्द है।",
    "रूस ने भारत का खुलकर पक्ष लिया।",
    "रूस ने कहा कि पाकिस्तान उसका अहम शरीक है।",
    "रूस ने कहा कि भारत उसका अहम साथी है।",
    # the strain ended: grievances removed
    "रूस और भारत के बीच गिले-शिकवे दूर हो गए।",
]


@pytest.mark.parametrize("text", FAVOR)
def test_favor_members(text, cb):
    assert named_pair(text, cb) == F, code(text, cb).notes


GUARDS = [
    # तंज exact: Tanzania is no taunt
    "रूस और भारत के प्रतिनिधि तंजानिया में एक सम्मेलन में मिले।",
    # listed forms of दरकना: दरकार is a need
    "रूस और पाकिस्तान के बीच नए व्यापारिक रास्तों की दरकार है।",
    # पर बरस- listed: बरसों is years
    "रूस और भारत की मुलाकात पर बरसों से नजर थी।",
    # संदिग्ध with its verb: a suspect named is no doubt about the ties
    "रूस और भारत की एजेंसियों ने एक संदिग्ध आतंकी को पकड़ा।",
    # शिथिल with the verb of becoming: rules relaxed are no strain
    "रूस और भारत के अधिकारियों ने वीजा नियम शिथिल करने पर बात की।",
    # ठेका exact: a contractor is no contract
    "रूस और भारत के अधिकारी एक ठेकेदार से मिले।",
    # साथी and शरीक only with an adjective: a colleague, taking part
    "रूस और पाकिस्तान के मंत्री अपने साथी अफसरों के साथ बैठक में शरीक हुए।",
]


@pytest.mark.parametrize("text", GUARDS)
def test_other_senses_stay_none(text, cb):
    assert named_pair(text, cb) == N, code(text, cb).notes


def test_cancelling_loan_governs_the_deal(cb):
    """सस्पेंड, होल्ड पर, बाधित are negation cues like निलंबित, रोक and बाधा: the deal or supply under them is not on."""
    for text in (
        "रूस और भारत का रक्षा समझौता सस्पेंड हो गया।",
        "रूस और पाकिस्तान का तेल सौदा होल्ड पर है।",
        "रूस से भारत को गैस की आपूर्ति बाधित हुई।",
    ):
        assert named_pair(text, cb) == A, code(text, cb).notes
