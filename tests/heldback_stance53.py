"""Held-back sentences of stance 53, written before any rule of the round and before reading BD–BF's misses (not a
test module: none of its sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance53.py -v
Relationship predicates in fresh styles (issue #12): tatsam, Urdu with and without nukta, English loans, light and
compound verbs, negation and contrast, rhetorical forms; Russia–Pakistan and Russia–India. Right before the round's
rules 33/34 (the miss: a contrast whose second clause says 'not a single rupee invested'), after them 33/34."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK

CASES = [
    # growth, agreement, supply, exercises, trust, commitment (tatsam / Urdu / loans)
    (PK, "रूस और पाकिस्तान के बीच द्विपक्षीय व्यापार में उल्लेखनीय वृद्धि दर्ज की गई।", "ru_pk", "favor"),
    (PK, "मॉस्को और इस्लामाबाद ने ऊर्जा क्षेत्र में सहयोग के एक सहमति-पत्र पर हस्ताक्षर किए।", "ru_pk", "favor"),
    (PK, "रूस पाकिस्तान को एमआई-35 हेलिकॉप्टरों की सप्लाई करेगा।", "ru_pk", "favor"),
    (PK, "पाकिस्तानी और रूसी फौजों ने पहाड़ी इलाके में मुश्तरका मश्क़ें कीं।", "ru_pk", "favor"),
    (PK, "रूस ने पाकिस्तान के साथ ताल्लुकात को मज़बूत करने का अज़्म ज़ाहिर किया।", "ru_pk", "favor"),
    (PK, "इस्लामाबाद ने मॉस्को पर पूरा एतमाद जताया।", "ru_pk", "favor"),
    (PK, "रूसी कंपनी पाकिस्तान में गैस पाइपलाइन बिछाने के लिए निवेश करेगी।", "ru_pk", "favor"),
    (IN, "भारत और रूस ने अंतरिक्ष अनुसंधान में साझेदारी को नया आयाम देने का संकल्प लिया।", "ru_in", "favor"),
    (IN, "रूस ने भारत को एस-400 की चौथी खेप डिलीवर कर दी।", "ru_in", "favor"),
    (IN, "मॉस्को ने नई दिल्ली को ब्रिक्स शिखर सम्मेलन में आमंत्रित किया।", "ru_in", "favor"),
    (IN, "भारतीय नौसेना और रूसी नौसेना ने बंगाल की खाड़ी में संयुक्त अभ्यास शुरू किया।", "ru_in", "favor"),
    # cancellation, postponement, refusal, strain, limits, denial, threat, anger, protest, warning, setback, doubt
    (PK, "रूस ने पाकिस्तान के साथ प्रस्तावित सैन्य अभ्यास स्थगित कर दिया।", "ru_pk", "against"),
    (PK, "मॉस्को ने इस्लामाबाद को लड़ाकू विमान बेचने से साफ मना कर दिया।", "ru_pk", "against"),
    (PK, "पाकिस्तान स्टीम गैस पाइपलाइन परियोजना खटाई में पड़ गई है, रूस ने फंडिंग रोक दी।", "ru_pk", "against"),
    (PK, "रूस और पाकिस्तान के रिश्तों में तल्ख़ी आ गई है।", "ru_pk", "against"),
    (PK, "पाकिस्तान ने रूस के रवैये पर सख्त नाराजगी जाहिर की।", "ru_pk", "against"),
    (PK, "रूस ने पाकिस्तान को चेतावनी दी कि वह आतंकी गुटों पर लगाम कसे।", "ru_pk", "against"),
    (IN, "भारत ने रूसी तेल के आयात में भारी कटौती की है।", "ru_in", "against"),
    (IN, "रूस के साथ कामोव हेलिकॉप्टर सौदा ठंडे बस्ते में चला गया है।", "ru_in", "against"),
    (IN, "भारत ने रूस के साथ प्रस्तावित शिखर वार्ता टाल दी।", "ru_in", "against"),
    (IN, "रूस और चीन की बढ़ती नज़दीकी से भारत की बेचैनी बढ़ गई है।", "ru_in", "against"),
    (IN, "भारत और रूस के बीच भुगतान को लेकर गतिरोध बना हुआ है।", "ru_in", "against"),
    # negation and contrast scope, light verbs
    (PK, "रूस ने पाकिस्तान को हथियार देने से इनकार नहीं किया है।", "ru_pk", "favor"),
    (PK, "पाइपलाइन पर समझौता तो हुआ, लेकिन रूस ने अब तक एक रुपया भी नहीं लगाया।", "ru_pk", "against"),
    (IN, "रूस ने भारत के साथ रिश्तों में किसी तरह की खटास से इनकार किया।", "ru_in", "favor"),
    (IN, "भारत ने रूस से तेल ख़रीदना बंद नहीं किया।", "ru_in", "favor"),
    (IN, "रूस ने आश्वासन दिया कि भारत को हथियारों की आपूर्ति में कोई रुकावट नहीं आएगी।", "ru_in", "favor"),
    # rhetorical forms and none
    (PK, "क्या रूस वाकई पाकिस्तान को हथियार देगा?", "ru_pk", "none"),
    (PK, "रूसी विदेश मंत्री अगले हफ्ते इस्लामाबाद पहुंचेंगे।", "ru_pk", "none"),
    (PK, "पाकिस्तान में महंगाई दर बीस फीसदी के पार पहुंच गई है।", "ru_pk", "none"),
    (IN, "रूस और भारत के रिश्तों पर आज दिल्ली में एक संगोष्ठी हुई।", "ru_in", "none"),
    (IN, "अगर रूस ने पाकिस्तान को हथियार दिए तो भारत को चिंता होगी।", "ru_in", "none"),
    (IN, "भारत और रूस के बीच व्यापार घाटा बढ़कर पचास अरब डॉलर हो गया है।", "ru_in", "against"),
    (PK, "रूस ने पाकिस्तान के प्रधानमंत्री का गर्मजोशी से खैरमकदम किया।", "ru_pk", "favor"),
]


def main(verbose=False):
    print(f"{stance_right(CASES, codebook(), verbose)}/{len(CASES)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
