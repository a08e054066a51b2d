"""Held-back sentences of speakers round 49, written before any rule of the round (not a test module: none of
its sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_speakers49.py -v

Written from the design codebook v1.1 (an official → the state they serve; an expert, party or private body → its
country, v1.2: none named → the home; a third state → other) and Hindi news usage: the home's province named bare
before an office (राज्य के … मंत्री), trade and industry associations and their office-bearers (एसोसिएशन, संघ,
महासंघ, परिसंघ, फेडरेशन, चैंबर, व्यापार मंडल), veterans, and (second block, written before its rule) the first
person plural's possessive before a role in the outlet's own voice (हमारे/हमारी, अपने यहां के), and (third block)
an office whose portfolio is two fields joined by a conjunction (खान एवं पेट्रोलियम मंत्री). Names are invented;
none is copied from a corpus, a seed or an invented set. Each case: the article's units (one here), the expected
(voice, speaker side).

Measured (each block written before its rule): by side alone (`python -m analysis explain`), lead (065be06)
first block 15/23, second 3/9, third 1/6, fourth 3/6 (22/44); speakers49 22/23, 8/9, 6/6 and 5/6 (41/44). By
(voice, side) as this script counts, lead 21/44, speakers49 39/44. The misses: a welcome of a development ("… का
स्वागत किया", still narration to the coder, a voice question this round did not touch); two headlines "X बोले- …"
the coder makes `quoted` where these cases expected `reported` (their side is right); "हमारे एक पूर्व राजदूत",
which the rule leaves out after scoring (a former holder: coders split on one in set BG, and keeping it broke BG's
second coder by .006); "सांसद कार्यालय की ओर से", dropped after scoring for the same reason (coders split, BG).
"""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))

CASES = [
    (["राज्य के कृषि मंत्री ने कहा कि रूस को गेहूं निर्यात से किसानों को फायदा होगा।"], ("reported", "india")),
    (["राज्य के वित्त मंत्री ने बताया कि मॉस्को के साथ समझौते पर काम चल रहा है।"], ("reported", "india")),
    (["राज्य के पर्यटन मंत्री ने रूसी सैलानियों की बढ़ती संख्या का स्वागत किया।"], ("reported", "india")),
    (['राज्य के ऊर्जा मंत्री ने कहा, "रूसी कंपनी का निवेश हमारे लिए अहम है।"'], ("quoted", "india")),
    (["राज्य के एक मंत्री ने दावा किया कि पाकिस्तान से तस्करी बढ़ी है।"], ("reported", "india")),
    (["राज्य के गृह मंत्री ने कहा कि सीमा पर चौकसी बढ़ा दी गई है।"], ("reported", "india")),
    (["एसोसिएशन के अध्यक्ष ने कहा कि रूस को निर्यात आधा रह गया है।"], ("reported", "india")),
    (["निर्यातक एसोसिएशन के महासचिव ने बताया कि भुगतान अटका हुआ है।"], ("reported", "india")),
    (["चैंबर ऑफ कॉमर्स के अध्यक्ष ने कहा कि रूबल में भुगतान से मुश्किलें घटेंगी।"], ("reported", "india")),
    (["उद्योग महासंघ के प्रवक्ता ने कहा कि पाकिस्तान के साथ रूस का व्यापार चिंता का विषय है।"], ("reported", "india")),
    (["व्यापार मंडल के अध्यक्ष ने कहा कि रूसी बाजार में हमारा माल महंगा पड़ रहा है।"], ("reported", "india")),
    (["फेडरेशन के सचिव ने बताया कि रूसी खरीदार ऑर्डर टाल रहे हैं।"], ("reported", "india")),
    (['एसोसिएशन के एक पदाधिकारी ने कहा, "मॉस्को से भुगतान में देरी हो रही है।"'], ("quoted", "india")),
    (["उद्योग परिसंघ के महानिदेशक ने कहा कि रूस से व्यापार बढ़ाने की जरूरत है।"], ("reported", "india")),
    (["पूर्व सैनिकों ने कहा कि रूस ने हमेशा भारत का साथ दिया है।"], ("reported", "india")),
    (["पूर्व सैनिक बोले- रूस ने दोस्ती निभाई"], ("reported", "india")),
    (["भूतपूर्व सैनिकों का कहना है कि पाकिस्तान को हथियार देना ठीक नहीं।"], ("reported", "india")),
    (['एक पूर्व सैनिक ने कहा, "मॉस्को हमारा पुराना दोस्त है।"'], ("quoted", "india")),
    (["रूसी विदेश मंत्रालय के प्रवक्ता ने कहा कि पाकिस्तान से संबंध किसी के खिलाफ नहीं हैं।"], ("reported", "russia")),
    (["पाकिस्तान के वाणिज्य मंत्री ने कहा कि रूस से गेहूं खरीदा जाएगा।"], ("reported", "pakistan")),
    (["सोवियत संघ के विघटन के बाद रूस ने कहा कि वह भारत का साथ देगा।"], ("reported", "russia")),
    (["यूरोपीय संघ के प्रवक्ता ने कहा कि रूस पर प्रतिबंध जारी रहेंगे।"], ("reported", "other")),
    (["अमेरिका के एक राज्य के गवर्नर ने कहा कि रूस पर भरोसा नहीं किया जा सकता।"], ("reported", "other")),
    # second block: the first person plural's possessive before a role (written before its rule)
    (["हमारे एक पूर्व राजदूत ने कहा कि रूस पर आंख मूंदकर भरोसा ठीक नहीं।"], ("reported", "india")),
    (["हमारे विशेषज्ञों का कहना है कि पाकिस्तान को हथियार मिलना चिंता की बात है।"], ("reported", "india")),
    (["हमारे एक वरिष्ठ अधिकारी ने बताया कि मॉस्को से बातचीत जारी है।"], ("reported", "india")),
    (["हमारी सेना के एक पूर्व प्रमुख ने कहा कि रूस पुराना दोस्त है।"], ("reported", "india")),
    (["हमारे रक्षा जानकार बोले- रूस-पाक अभ्यास से डरने की जरूरत नहीं"], ("reported", "india")),
    (["अपने यहां के विश्लेषक मानते हैं कि रूस भारत को नहीं छोड़ेगा।"], ("reported", "india")),
    (["हमारे देश के वैज्ञानिकों ने कहा कि टीका सुरक्षित है।"], ("reported", "india")),
    (['रूसी राजदूत ने कहा, "हमारे विशेषज्ञ भारत के साथ काम करेंगे।"'], ("quoted", "russia")),
    (["पाकिस्तान के विदेश मंत्री ने कहा कि हमारे अधिकारी मॉस्को जाएंगे।"], ("reported", "pakistan")),
    # third block: a two-field portfolio joined by a conjunction (written before its rule)
    (["राज्य के खाद्य एवं आपूर्ति मंत्री ने कहा कि रूसी गेहूं से राहत मिलेगी।"], ("reported", "india")),
    (["पाकिस्तान के पेट्रोलियम और गैस मंत्री ने कहा कि रूस से तेल आएगा।"], ("reported", "pakistan")),
    (["रूस के ऊर्जा तथा खनिज मंत्री ने बताया कि भारत को गैस मिलती रहेगी।"], ("reported", "russia")),
    (["पाकिस्तान के योजना व विकास मंत्री ने कहा कि रूसी निवेश अहम है।"], ("reported", "pakistan")),
    (['रूस के उद्योग एवं व्यापार मंत्री ने कहा, "भारत हमारा अहम साझेदार है।"'], ("quoted", "russia")),
    (["भारत के वाणिज्य और उद्योग मंत्री ने कहा कि रूस को निर्यात बढ़ेगा।"], ("reported", "india")),
    # fourth block: a member named by the constituency, and the member's office (written before its rule)
    (["क्षेत्र के सांसद ने कहा कि रूस में फंसे युवकों को जल्द वापस लाया जाएगा।"], ("reported", "india")),
    (["क्षेत्र के विधायक ने बताया कि परिवार को मदद दी जाएगी।"], ("reported", "india")),
    (["संसदीय क्षेत्र के सांसद ने कहा कि रूसी कंपनी यहां कारखाना लगाएगी।"], ("reported", "india")),
    (["विधानसभा क्षेत्र के विधायक ने कहा कि किसानों को रूस से खाद मिलेगी।"], ("reported", "india")),
    (["सांसद कार्यालय की ओर से कहा गया कि रूस के साथ व्यापार शिविर लगेगा।"], ("reported", "india")),
    (["क्षेत्र के नेताओं ने कहा कि रूस-पाक अभ्यास से तनाव बढ़ेगा।"], ("reported", "other")),
]
ONE_PARA: set[int] = set()


if __name__ == "__main__":
    from tests.heldback import codebook, speakers_right

    print(f"{speakers_right(CASES, ONE_PARA, codebook(), '-v' in sys.argv)}/{len(CASES)} right")
