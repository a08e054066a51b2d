"""Held-back sentences of speakers round 46, written before any rule of the round's later families (not a test
module: none of its sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_speakers46.py -v

Written from the design codebook v1.1 (voice and speakers: "X ने कहा कि …" is `reported`, the outer source
speaks; an official is sided by the state they serve, an expert or analyst by their country, the home's
institutions are the home's) and Hindi news usage: home ministries named without a state word, a person
introduced by name and role and then referred to by pronoun or surname, analysts and scholars in the tatsam
register ("के मतानुसार"), agencies and magazines that report what others said, and the interviewee of a
question-and-answer piece printed in one paragraph. Names are invented or gazetteer persons; none is copied
from a corpus, a seed or an invented set. Each case: the article's units (the last is scored), the expected
(voice, speaker side).

Measured: main (9d539eb) 16/32 right, speakers46 24/32. The 28 cases outside the interview family were written
before any rule of their family: 16/28 before, 20/28 after. The four one-paragraph interview cases were written
after the first interview rule of the round (the turn split), before its later tweaks: 0/4 before, 4/4 after.
Still wrong after: the home's bare ministries and their officials (six: the rule tried for them broke as many
read units as it fixed, the coders split), a dative experiencer's fear (the rule tried broke ten read units),
a bare agency with no agency named earlier.
"""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))

STORY = "रूस ने पाकिस्तान के साथ नए रक्षा सहयोग पर बातचीत शुरू की है।"
CASES = [
    # the home's institutions named without a state word (an Indian paper): the home's
    ([STORY, "विदेश मंत्रालय ने कहा कि भारत इस घटनाक्रम पर नज़र रखे हुए है।"], ("reported", "india")),
    ([STORY, "रक्षा मंत्रालय के अनुसार रूस ने लंबित आपूर्ति जल्द पूरी करने का भरोसा दिया है।"], ("reported", "india")),
    ([STORY, "पेट्रोलियम मंत्रालय के अधिकारियों का कहना है कि तेल का आयात जारी रहेगा।"], ("reported", "india")),
    ([STORY, "विदेश मंत्रालय के सूत्रों ने बताया कि मॉस्को को भारत की चिंता से अवगत करा दिया गया है।"], ("reported", "india")),
    ([STORY, "प्रधानमंत्री कार्यालय की ओर से जारी बयान के मुताबिक दोनों नेताओं ने फ़ोन पर बात की।"], ("reported", "india")),
    ([STORY, "मंत्रालय ने स्पष्ट किया कि भारत की ऊर्जा ख़रीद राष्ट्रीय हित से तय होती है।"], ("reported", "india")),
    ([STORY, "वाणिज्य मंत्रालय ने बताया कि रूस के साथ व्यापार घाटा बढ़ा है।"], ("reported", "india")),
    ([STORY, "गृह मंत्रालय के एक अधिकारी ने कहा कि रूस से लौटे नागरिकों की मदद की जा रही है।"], ("reported", "india")),
    # a person introduced by name and role, then by pronoun or surname
    (
        [STORY, "सेवानिवृत्त कर्नल हरदीप सिंह गिल ने कहा कि भारत को सतर्क रहना चाहिए।", 'उन्होंने कहा, "रूस हमारा पुराना दोस्त है।"'],
        ("quoted", "india"),
    ),
    (
        [STORY, "पूर्व राजनयिक सुधा मेनन ने इसे चिंता की बात बताया।", 'मेनन कहती हैं, "मॉस्को को दोनों तरफ़ खेलने की आदत नहीं थी।"'],
        ("quoted", "india"),
    ),
    (
        [
            STORY,
            "पाकिस्तान के पूर्व विदेश सचिव आसिफ़ नक़वी ने इस बातचीत का स्वागत किया।",
            "नक़वी ने कहा कि यह रिश्ता किसी के ख़िलाफ़ नहीं है।",
        ],
        ("reported", "pakistan"),
    ),
    (
        [
            STORY,
            "जालंधर के पूर्व सैनिक बलवंत राय ने कहा कि रूस ने हमेशा साथ दिया।",
            "राय याद दिलाते हैं कि 1971 में सोवियत संघ भारत के साथ खड़ा था।",
        ],
        ("reported", "india"),
    ),
    (
        [
            STORY,
            "मॉस्को स्थित विश्लेषक इगोर पेत्रोव का मानना है कि यह संबंध सीमित रहेगा।",
            'पेत्रोव कहते हैं, "भारत हमारा विशेष साझेदार है।"',
        ],
        ("quoted", "russia"),
    ),
    (
        [
            STORY,
            "भारतीय वायुसेना के पूर्व प्रमुख ने कहा कि एस-400 ने अपना काम बख़ूबी किया।",
            "उनका कहना है कि बाक़ी खेप में देरी चिंता का विषय है।",
        ],
        ("reported", "india"),
    ),
    # analysts, scholars and experts, with or without a country
    ([STORY, "विश्लेषकों के मतानुसार यह निकटता अभी प्रतीकात्मक ही है।"], ("reported", "other")),
    ([STORY, "अनेक विद्वानों के मतानुसार रूस दोनों देशों के बीच संतुलन साधना चाहता है।"], ("reported", "other")),
    ([STORY, "विशेषज्ञों के मत में यह सहयोग भारत के लिए ख़तरा नहीं है।"], ("reported", "other")),
    ([STORY, "चीनी विशेषज्ञों के अनुसार रूस और पाकिस्तान का मेल बहुध्रुवीय दुनिया के अनुरूप है।"], ("reported", "china")),
    ([STORY, "पाकिस्तानी विश्लेषकों का मानना है कि मॉस्को अब इस्लामाबाद को नई नज़र से देखता है।"], ("reported", "pakistan")),
    ([STORY, "रूसी विशेषज्ञों ने कहा कि भारत के साथ रिश्ते पर इसका असर नहीं पड़ेगा।"], ("reported", "russia")),
    ([STORY, "कुछ निर्यातकों को आशंका है कि भुगतान की दिक़्क़तें व्यापार रोक सकती हैं।"], ("reported", "india")),
    # agencies and magazines that report what someone else said (nested: the outer source speaks)
    ([STORY, "समाचार एजेंसी रॉयटर्स ने एक भारतीय अधिकारी के हवाले से लिखा कि भुगतान पर बातचीत रुकी है।"], ("reported", "media")),
    ([STORY, "एजेंसी ने एक सरकारी अधिकारी के हवाले से बताया कि रूस रुपये जमा करने से बच रहा है।"], ("reported", "media")),
    (
        [STORY, "अमरीकी पत्रिका फ़ॉरेन पॉलिसी के एक लेख में दावा किया गया कि रूस चीन पर निर्भर होता जा रहा है।"],
        ("reported", "media"),
    ),
    ([STORY, "ब्रिटिश अख़बार द गार्डियन ने लिखा कि भारत रूसी तेल का बड़ा ख़रीदार बन गया है।"], ("reported", "media")),
    ([STORY, "पाकिस्तानी अख़बार डॉन के मुताबिक रूसी दल अभ्यास के लिए पहुंच गया है।"], ("reported", "media")),
    # an unnamed official with a state named, and a delegation's official
    ([STORY, "एक वरिष्ठ पाकिस्तानी अधिकारी ने बताया कि बातचीत सकारात्मक रही।"], ("reported", "pakistan")),
    ([STORY, "रूसी प्रतिनिधिमंडल के एक सदस्य ने कहा कि पाकिस्तान के साथ कोई सैन्य समझौता नहीं हुआ है।"], ("reported", "russia")),
    # a question-and-answer piece printed in one paragraph (the interviewee answers)
    (
        [
            '"रूस से रिश्ते हमारी ज़रूरत हैं": पूर्व नौसेना प्रमुख',
            "इस मुद्दे पर हमने पूर्व नौसेना प्रमुख एडमिरल राकेश वर्मा से बात की।",
            "प्रश्न: क्या रूस पर भरोसा किया जा सकता है?",
            "उत्तर: देखिए, रूस ने हमें पनडुब्बियां दीं जब कोई नहीं दे रहा था।",
        ],
        ("quoted", "india"),
    ),
    (
        [
            '"पाकिस्तान को रूस से बहुत उम्मीदें नहीं": पूर्व राजदूत',
            "इस्लामाबाद में पाकिस्तान के पूर्व राजदूत फ़ैसल करीम से हमने फ़ोन पर बात की।",
            "प्रश्न: इस दौरे से पाकिस्तान को क्या मिला?",
            "उत्तर: मेरे ख़याल से बहुत कुछ नहीं।",
            "हम रूस से गैस चाहते हैं, पर पैसे की दिक़्क़त है।",
        ],
        ("quoted", "pakistan"),
    ),
    (
        [
            '"भारत-रूस रिश्ता टिकाऊ है": रूसी विद्वान',
            "मॉस्को के विद्वान निकोलाई ओर्लोव से हमारे संवाददाता ने बात की।",
            "प्रश्न: रूस पाकिस्तान के क़रीब क्यों जा रहा है?",
            "उत्तर: यह कोई नई बात नहीं है, हम सबसे बात करते हैं।",
        ],
        ("quoted", "russia"),
    ),
    (
        [
            '"रूस से तेल ख़रीद सही फ़ैसला": पूर्व सचिव',
            "हमने पूर्व पेट्रोलियम सचिव अनुराधा सिन्हा से बात की।",
            "प्रश्न: क्या भारत रूसी तेल पर निर्भर हो गया है?",
            "उत्तर: नहीं, हम कई देशों से तेल ले रहे हैं।",
        ],
        ("quoted", "india"),
    ),
]
ONE_PARA = {28, 29, 30, 31}  # the interview cases: every body unit in one paragraph


if __name__ == "__main__":
    from tests.heldback import codebook, speakers_right

    print(f"{speakers_right(CASES, ONE_PARA, codebook(), '-v' in sys.argv)}/{len(CASES)} right")
