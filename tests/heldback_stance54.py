"""Held-back sentences of stance 54, written before any rule of the round (not a test module: none of its
sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance54.py -v
Questions in fresh styles (issue #12): a question word asking the degree or the side of a tie (कितना/कितने/
कितनी, किसका/किसके/किसकी, कौन) right before the favor it asks about, against the questions that presuppose
the act (क्यों, कैसे), yes/no questions and plain statements; tatsam, Urdu, English loans, both pairs."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK

CASES = [
    # the degree or the side of the tie asked: only asked, none
    (PK, "पाकिस्तान और रूस के संबंध आखिर कितने मज़बूत हैं?", "ru_pk", "none"),
    (PK, "रूस और पाकिस्तान की दोस्ती कितनी गहरी है?", "ru_pk", "none"),
    (PK, "मॉस्को और इस्लामाबाद के ताल्लुक़ात कितने मज़बूत हुए हैं?", "ru_pk", "none"),
    (IN, "भारत और रूस का रिश्ता कितना भरोसेमंद है?", "ru_in", "none"),
    (IN, "भारत-रूस साझेदारी कितनी मजबूत है?", "ru_in", "none"),
    (IN, "संकट की घड़ी में रूस ने किसका साथ दिया, भारत का या पाकिस्तान का?", "ru_in", "none"),
    (PK, "जंग के वक़्त रूस किसकी तरफ़ खड़ा था?", "ru_pk", "none"),
    (IN, "India और Russia के ties कितने strong हैं?", "ru_in", "none"),
    # why / how: the act is presupposed, its favor kept
    (PK, "रूस पाकिस्तान को हथियार क्यों बेच रहा है?", "ru_pk", "favor"),
    (IN, "भारत रूस से इतना सस्ता तेल क्यों खरीद रहा है?", "ru_in", "favor"),
    (PK, "रूस और पाकिस्तान इतने करीब कैसे आ गए?", "ru_pk", "favor"),
    (IN, "अमरीकी दबाव के बावजूद भारत ने रूस से एस-400 क्यों खरीदा?", "ru_in", "favor"),
    # a question word elsewhere in the unit, not on the favor
    (PK, "रूस पाकिस्तान को गेहूं दे रहा है, पर इसका फायदा किसे होगा?", "ru_pk", "favor"),
    (IN, "रूस से आया सस्ता तेल, कितनी घटेगी पेट्रोल की कीमत?", "ru_in", "favor"),
    (IN, "भारत ने रूस से रिकॉर्ड मात्रा में तेल खरीदा, जानिए कितना बचा पैसा?", "ru_in", "favor"),
    # yes/no questions (round 24) and statements
    (PK, "क्या रूस पाकिस्तान के साथ नया रक्षा समझौता करेगा?", "ru_pk", "none"),
    (IN, "क्या भारत रूस से तेल खरीदना जारी रखेगा?", "ru_in", "none"),
    (PK, "रूस और पाकिस्तान के संबंध पहले से कहीं ज़्यादा मज़बूत हैं।", "ru_pk", "favor"),
    (IN, "भारत और रूस की दोस्ती बहुत गहरी है।", "ru_in", "favor"),
    (IN, "विशेषज्ञ बताते हैं कि रूस ने हर मुश्किल में भारत का साथ दिया।", "ru_in", "favor"),
    (PK, "रूस ने पाकिस्तान के साथ संयुक्त अभ्यास रद्द कर दिया।", "ru_pk", "against"),
    (IN, "रूस ने भारत को एस-400 की डिलीवरी टाल दी।", "ru_in", "against"),
    # degree asked of a strain: a doubt, kept
    (PK, "रूस और पाकिस्तान के रिश्तों में कितनी दरार आ गई है?", "ru_pk", "against"),
    (IN, "भारत और रूस के बीच तनाव कितना बढ़ गया है?", "ru_in", "against"),
    # the side asked in an indirect question
    (PK, "सवाल यह है कि रूस किसका साथ देगा।", "ru_pk", "none"),
    (IN, "देखना होगा कि भारत-रूस रिश्ते कितने मज़बूत रहते हैं।", "ru_in", "none"),
    # other registers: Urdu without nukta, English loans in Devanagari
    (PK, "पाकिस्तान और रशिया की पार्टनरशिप कितनी मजबूत है?", "ru_pk", "none"),
    (IN, "इंडिया और रशिया की दोस्ती कितनी पक्की है?", "ru_in", "none"),
    (PK, "रूस पाकिस्तान को जेएफ-17 के इंजन क्यों दे रहा है?", "ru_pk", "favor"),
    (IN, "रूस भारत को कितने सुखोई विमान देगा?", "ru_in", "favor"),
    (PK, "पाकिस्तान ने रूस से कितना गेहूं खरीदा?", "ru_pk", "favor"),
    (IN, "रूस और भारत के बीच कौन सा नया समझौता हुआ?", "ru_in", "favor"),
]

# written before the second rule (a relative clause after a comma that carries the story on decides):
CASES_REL = [
    (PK, "रूस और पाकिस्तान ने 2016 में गैस पाइपलाइन का करार किया था, जो आज तक कागज़ों में ही रह गया।", "ru_pk", "against"),
    (PK, "मॉस्को ने इस्लामाबाद को बीस हेलिकॉप्टर देने का वादा किया था, जो अब तक पूरा नहीं हुआ।", "ru_pk", "against"),
    (PK, "दोनों देशों के बीच व्यापार पहले दो अरब डॉलर था, जो अब घटकर आधा रह गया है।", "ru_pk", "against"),
    (IN, "भारत ने रूस से बारह जहाज़ ख़रीदने का सौदा किया था, जो बाद में रद्द हो गया।", "ru_in", "against"),
    (IN, "रूस ने भारत को परमाणु पनडुब्बी लीज़ पर देने का प्रस्ताव रखा था, जो अब ठंडे बस्ते में है।", "ru_in", "against"),
    (PK, "रूस ने पाकिस्तान को हथियार न बेचने की पाबंदी लगा रखी थी, जो अब हटा ली गई है।", "ru_pk", "favor"),
    (IN, "भारत और रूस के बीच भुगतान पर गतिरोध था, जो अब सुलझ गया है।", "ru_in", "favor"),
    # characterising relatives stay background
    (PK, "रूस ने पाकिस्तान को चार हेलिकॉप्टर दिए, जो आतंकवाद विरोधी अभियानों में इस्तेमाल होंगे।", "ru_pk", "favor"),
    (IN, "रूस ने भारत को एस-400 की तीसरी खेप सौंप दी, जो पंजाब सीमा पर तैनात होगी।", "ru_in", "favor"),
    (PK, "रूस और पाकिस्तान ने संयुक्त अभ्यास किया, जिसमें दो सौ सैनिकों ने हिस्सा लिया।", "ru_pk", "favor"),
    (IN, "भारत और रूस ने व्यापार बढ़ाने का समझौता किया, जिसका मक़सद 2030 तक सौ अरब डॉलर का लक्ष्य है।", "ru_in", "favor"),
    (PK, "पाकिस्तान ने रूस से गेहूं मंगाया, जो कराची बंदरगाह पर उतरा।", "ru_pk", "favor"),
]

# written before the third rule (the alternatives of an "A या B?" question are only asked):
CASES_ALT = [
    (PK, "रूस-पाकिस्तान गैस करार: नई शुरुआत या खोखला वादा?", "ru_pk", "none"),
    (IN, "भारत-रूस रिश्ते: मज़बूत साझेदारी या बढ़ती दूरी?", "ru_in", "none"),
    (PK, "मॉस्को और इस्लामाबाद की नज़दीकी - दोस्ती या मजबूरी?", "ru_pk", "none"),
    (IN, "तो भारत और रूस का रिश्ता गहरा है या कमज़ोर हो रहा है?", "ru_in", "none"),
    (PK, "रूस ने पाकिस्तान को हेलिकॉप्टर दिए: भरोसा या दिखावा?", "ru_pk", "favor"),
    (IN, "रूस ने भारत को एस-400 सौंपा, पर आगे दोस्ती या दरार?", "ru_in", "favor"),
    (PK, "रूस ने पाकिस्तान के साथ अभ्यास रद्द किया, अब आगे क्या होगा?", "ru_pk", "against"),
    (IN, "भारत रूस से तेल खरीदेगा या नहीं?", "ru_in", "none"),
]


def main(verbose=False):
    cb = codebook()
    print(f"{stance_right(CASES, cb, verbose)}/{len(CASES)} right")
    print(f"relative clauses: {stance_right(CASES_REL, cb, verbose)}/{len(CASES_REL)} right")
    print(f"alternatives: {stance_right(CASES_ALT, cb, verbose)}/{len(CASES_ALT)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
