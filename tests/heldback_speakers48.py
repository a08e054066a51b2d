"""Held-back sentences of speakers round 48, written before any rule of the round (not a test module: none of
its sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_speakers48.py -v

Written from the design codebook v1.1 (a welcome, a message, a view put forward, an issue raised are speech acts:
reported) and Hindi news usage: a welcome in the Urdu register (ख़ैरमक़दम) of an agreement or step in the Urdu
or tatsam register (मुआहिदा, क़रार, संधि, इक़दाम), a view put forward with the light verb of placing (राय/तर्क/
दलील रखी), the headline order of raising an issue (उठाया मामला/मुद्दा/सवाल), a message or letter sent
(संदेश/पत्र/चिट्ठी भेजी), and a party or leader cornering the government (सरकार/केंद्र को घेरा). Names are
invented; none is copied from a corpus, a seed or an invented set. Each case: the article's units (the last is
scored), the expected (voice, speaker side).

Measured (each block written before its rule): lead (d53fe26) 9/33 right, speakers48 21/33. First block 7/23 ->
16/23 (the message/letter family was dropped after scoring: coders split, so its 3 stay wrong; 'रूस-पाक … पर
सपा ने' still takes पाक's side; a former ambassador with no country stays unnamed_official); 'added that'
2/6 -> 5/6 (a bare उन्होंने with nobody before is the coder's unnamed_official, not unknown: the expectation was
wrong); the idioms 0/4 -> 0/4 (rule dropped: it broke COVID round 7's outlet scorn).
"""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))

STORY = "रूस ने पाकिस्तान के साथ नए रक्षा सहयोग पर बातचीत शुरू की है।"
R = ("reported", "india")
P = ("reported", "pakistan")
U = ("reported", "russia")
CASES = [
    # a welcome in the Urdu register of an agreement or a step
    ([STORY, "पाकिस्तान के वज़ीर-ए-ख़ारजा ने इस मुआहिदे का ख़ैरमक़दम किया।"], P),
    ([STORY, "पाकिस्तानी दफ़्तर-ए-ख़ारजा ने रूस के इस इक़दाम का खैरमकदम किया है।"], P),
    ([STORY, "रूसी विदेश मंत्रालय ने इस करार का स्वागत किया।"], U),
    ([STORY, "भारत के विदेश मंत्री ने इस संधि का स्वागत किया।"], R),
    ([STORY, "पाकिस्तान के वज़ीर-ए-आज़म ने रूस के साथ हुए सौदे का ख़ैर-मक़दम किया।"], P),
    # a view put forward with the light verb of placing
    ([STORY, "भोपाल के रक्षा विशेषज्ञ ने इस पर अपनी राय रखी।"], R),
    ([STORY, "पूर्व राजदूत ने संगोष्ठी में अलग राय रखी।"], R),
    ([STORY, "कांग्रेस सांसद ने सदन में अपना तर्क रखा।"], R),
    ([STORY, "भाजपा प्रवक्ता ने टीवी बहस में दलील दी कि रूस हमारा पुराना दोस्त है।"], R),
    ([STORY, "इंदौर के एक प्रोफ़ेसर ने अपनी राय रखते हुए कहा कि घबराने की ज़रूरत नहीं।"], R),
    # raising an issue in the headline order
    ([STORY, "रूस-पाक अभ्यास: कांग्रेस सांसद ने लोकसभा में उठाया मुद्दा"], R),
    ([STORY, "विधायक ने विधानसभा में उठाया मामला, सरकार से जवाब मांगा"], R),
    ([STORY, "रूस-पाक सौदे पर सपा ने उठाए सवाल"], R),
    # a message or a letter sent
    ([STORY, "रूसी राष्ट्रपति ने भारत के प्रधानमंत्री को शोक संदेश भेजा।"], U),
    ([STORY, "पाकिस्तान के प्रधानमंत्री ने पुतिन को पत्र भेजा।"], P),
    ([STORY, "भारत के राष्ट्रपति ने रूसी राष्ट्रपति को बधाई संदेश भेजा।"], R),
    ([STORY, "छात्रों के परिजनों ने विदेश मंत्री को चिट्ठी भेजी।"], R),
    # cornering the government
    ([STORY, "रूस-पाक नज़दीकी पर कांग्रेस ने मोदी सरकार को घेरा"], R),
    ([STORY, "विपक्ष ने संसद में केंद्र सरकार को घेरा।"], R),
    ([STORY, "सपा ने इस मुद्दे पर केंद्र को घेरते हुए कहा कि विदेश नीति नाकाम है।"], R),
    ([STORY, "राजद नेताओं ने रूस के फ़ैसले पर सरकार को कठघरे में खड़ा किया।"], R),
    # not speech: a physical surrounding, a parcel sent
    ([STORY, "पुलिस ने पूरे इलाके को घेरा।"], ("outlet", "")),
    ([STORY, "रूस ने पाकिस्तान को हथियारों की नई खेप भेजी।"], ("outlet", "")),
    # (written before the 'added that' rule) a statement continued with the verb of adding (जोड़ना) and its कि
    ([STORY, "रूसी राजदूत ने यह भी जोड़ा कि अभ्यास किसी तीसरे देश के ख़िलाफ़ नहीं है।"], U),
    ([STORY, "पाकिस्तान के विदेश मंत्री ने जोड़ा कि इस्लामाबाद मॉस्को से रिश्ते बढ़ाना चाहता है।"], P),
    ([STORY, "भारतीय विदेश मंत्रालय के प्रवक्ता ने साथ ही जोड़ा कि भारत स्थिति पर नज़र रखे हुए है।"], R),
    ([STORY, "उन्होंने जोड़ा कि भारत को घबराने की ज़रूरत नहीं है।"], ("reported", "unknown")),
    ([STORY, "कांग्रेस नेता ने यह जोड़ते हुए कहा कि सरकार को जवाब देना चाहिए।"], R),
    ([STORY, "रूस ने अपने बेड़े में दो नए जहाज़ जोड़े हैं।"], ("outlet", "")),
    # (written before the idiom rule) saying told by idioms: harping on (राग अलापना), trumpeting (ढिंढोरा पीटना),
    # invoking (दुहाई देना), with their कि or object
    ([STORY, "पाकिस्तान के वज़ीर-ए-आज़म हर मंच पर यह राग अलापते रहे हैं कि रूस उनका नया दोस्त है।"], P),
    ([STORY, "पाकिस्तानी हुकूमत इस सौदे का ढिंढोरा पीट रही है।"], P),
    ([STORY, "पाकिस्तान के विदेश मंत्री ने दोस्ती की दुहाई दी।"], P),
    ([STORY, "रूसी विदेश मंत्रालय पुरानी दोस्ती की दुहाई देता रहा है।"], U),
]
ONE_PARA: set[int] = set()


if __name__ == "__main__":
    from tests.heldback import codebook, speakers_right

    print(f"{speakers_right(CASES, ONE_PARA, codebook(), '-v' in sys.argv)}/{len(CASES)} right")
