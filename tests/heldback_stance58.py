"""Held-back sentences of stance 58, written before any rule of the round (not a test module: none of its sentences
was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance58.py -v
India's rival named by what it is to India, not by its name ("हमारे दुश्मन", "भारत के प्रतिद्वंद्वी", "भारत के पड़ोसी
मुल्क"), in a story that has named Russia and Pakistan, in the tatsam, Urdu and everyday registers; controls where
the rival is China, is plural, is a person's or a party's opponent, or is Russia's own. Right before the round's rule 15/22, after it
20/22 (misses: the refusal "कर्ज देने से इनकार" and "पाइपलाइन बिछा", predicates the round does not read)."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import PK_PIPELINE_STORY as PK

PK_ARMS = ["रूस पाकिस्तान को हेलीकॉप्टर देगा", "रूस और पाकिस्तान के बीच हेलीकॉप्टर सौदे पर दस्तखत हुए।"]
CN_STORY = ["गलवान में चीन से तनाव, रूस से हथियारों की मांग", "भारत और चीन के सैनिकों में लद्दाख में झड़प हुई।"]

CASES = [
    # India's rival by an epithet: Russia helps or arms it (ru_pk favor)
    (PK_ARMS, "विपक्ष ने कहा कि रूस हमारे दुश्मन को हथियार दे रहा है।", "ru_pk", "favor"),
    (PK_ARMS, "रूस भारत के सबसे बड़े शत्रु को लड़ाकू विमान बेच रहा है।", "ru_pk", "favor"),
    (PK_ARMS, "मॉस्को अब भारत के प्रतिद्वंद्वी की सेना को प्रशिक्षण दे रहा है।", "ru_pk", "favor"),
    (PK_ARMS, "रूस हमारे पड़ोसी मुल्क के साथ सैन्य अभ्यास कर रहा है।", "ru_pk", "favor"),
    (PK_ARMS, "पूर्व सेनाध्यक्ष बोले, रूस हमारे कट्टर दुश्मन की मदद कर रहा है।", "ru_pk", "favor"),
    (PK_ARMS, "क्रेमलिन ने भारत के पड़ोसी देश के साथ रक्षा समझौता कर लिया है।", "ru_pk", "favor"),
    (PK, "रूस भारत के दुश्मन मुल्क को सस्ती गैस देने जा रहा है।", "ru_pk", "favor"),
    (PK, "रूसी कंपनियां हमारे पड़ोसी देश में पाइपलाइन बिछा रही हैं।", "ru_pk", "favor"),
    (PK_ARMS, "रूस ने हमारे प्रतिद्वंदी के साथ आतंकवाद-रोधी सहयोग पर करार किया।", "ru_pk", "favor"),
    (PK_ARMS, "रूस और हमारे दुश्मन के बीच नजदीकी बढ़ रही है।", "ru_pk", "favor"),
    (PK, "मॉस्को ने हिंदुस्तान के दुश्मन को कर्ज देने से इनकार कर दिया।", "ru_pk", "against"),
    (PK_ARMS, "रूस हमारे शत्रु देश को कोई हथियार नहीं देगा।", "ru_pk", "against"),
    # controls: the rival is China (a China story or China named), plural, a person's, or Russia's own
    (CN_STORY, "रूस हमारे दुश्मन को भी हथियार बेचता है।", "ru_pk", "none"),
    (PK_ARMS, "रूस ने कहा कि चीन भारत का पड़ोसी है और हम उसके भी मित्र हैं।", "ru_pk", "none"),
    (PK_ARMS, "रूस भारत के दुश्मनों को हथियार नहीं देगा, रूसी राजदूत ने कहा।", "ru_pk", "none"),
    (PK_ARMS, "मंत्री ने कहा कि विपक्ष हमारे प्रतिद्वंद्वी की भाषा बोल रहा है।", "ru_pk", "none"),
    (PK_ARMS, "रूस अपने दुश्मन को कभी माफ नहीं करता।", "ru_pk", "none"),
    (PK_ARMS, "भारत के पड़ोसी नेपाल में रूस ने एक दूतावास खोला।", "ru_pk", "none"),
    # the named rival stays what it is
    (PK_ARMS, "रूस पाकिस्तान को हथियार दे रहा है, जो हमारा दुश्मन है।", "ru_pk", "favor"),
    (PK_ARMS, "रूस हमारे दुश्मन पाकिस्तान को हेलीकॉप्टर दे रहा है।", "ru_pk", "favor"),
    # the story's Russia–India ties where India's friend arms the rival: drift, ru_in against
    (PK_ARMS, "भारत का पुराना दोस्त रूस हमारे दुश्मन को हथियार दे रहा है।", "ru_in", "against"),
    (PK_ARMS, "रूस ने भारत के प्रतिद्वंद्वी को हेलीकॉप्टर देकर भारत को नाराज़ किया।", "ru_in", "against"),
]

# Second family, written before its rule: a friendship named only to be betrayed, in a participle of being called,
# held or claiming ("दोस्त कहलाने वाला", "मित्र माना जाने वाला", "दोस्ती का दम भरने वाला") on the state that then favors
# India's rival: the Russia–India ties against; controls where the act is toward India or no third state. Right
# before its rule 2/8, after it 7/8 (miss: the refusal to arm Pakistan, a control coded none, not favor).
SO_CALLED = [
    (PK_ARMS, "भारत का सच्चा दोस्त कहलाने वाला रूस पाकिस्तान को लड़ाकू हेलीकॉप्टर दे रहा है।", "ru_in", "against"),
    (PK_ARMS, "भारत का मित्र माने जाने वाले रूस ने पाकिस्तान के साथ रक्षा करार किया।", "ru_in", "against"),
    (PK_ARMS, "हिंदुस्तान से दोस्ती का दम भरने वाला मॉस्को इस्लामाबाद को टैंक बेच रहा है।", "ru_in", "against"),
    (PK_ARMS, "भारत का रणनीतिक साझेदार समझा जाने वाला रूस पाकिस्तानी सेना के साथ अभ्यास कर रहा है।", "ru_in", "against"),
    (PK_ARMS, "भारत का करीबी दोस्त कहे जाने वाले रूस ने पाकिस्तान को कर्ज दिया।", "ru_in", "against"),
    (PK_ARMS, "भारत का दोस्त कहलाने वाला रूस पाकिस्तान को हेलीकॉप्टर देगा, रिपोर्ट में कहा गया।", "ru_pk", "favor"),
    (PK_ARMS, "भारत का सबसे भरोसेमंद दोस्त कहलाने वाला रूस भारत को एस-400 दे रहा है।", "ru_in", "favor"),
    (PK_ARMS, "भारत का पुराना दोस्त कहलाने वाला रूस पाकिस्तान को हथियार देने से इनकार कर चुका है।", "ru_in", "favor"),
]

# Third family, written before its rule: a favor act only supposed in a conditional ("अगर/यदि … तो") whose consequence is
# a warning (an against predicate after तो): the act is not portrayed, the warning decides; controls where the
# consequence is good, or the act is told as done. Right before its rule 6/7, after it 6/7 (miss: "दोस्ती में दरार",
# friendship and its crack, a tie; the rule changed none of the seven).
SUPPOSED = [
    (PK_ARMS, "अगर रूस पाकिस्तान को टैंक देता है तो दोनों देशों के बीच तनाव बढ़ेगा।", "ru_pk", "against"),
    (PK_ARMS, "रूस यदि पाकिस्तान के साथ अभ्यास करता है तो भारत से उसके रिश्ते कमजोर होंगे।", "ru_in", "against"),
    (PK_ARMS, "यदि मॉस्को इस्लामाबाद को हथियार बेचता है तो नई दिल्ली का भरोसा टूटेगा।", "ru_in", "against"),
    (
        PK_ARMS,
        "विशेषज्ञों ने कहा कि अगर रूस पाकिस्तान को विमान देता है तो भारत के साथ उसकी दोस्ती में दरार आएगी।",
        "ru_in",
        "against",
    ),
    (PK_ARMS, "अगर रूस और पाकिस्तान का व्यापार बढ़ता है तो दोनों देशों को फायदा होगा।", "ru_pk", "favor"),
    (PK_ARMS, "अगर रूस पाकिस्तान को गेहूं देता है तो वहां की महंगाई कम होगी।", "ru_pk", "favor"),
    (PK_ARMS, "रूस ने पाकिस्तान को टैंक दिए, तो भारत ने नाराजगी जताई।", "ru_pk", "favor"),
]


def main(verbose=False):
    print(f"{stance_right(CASES, codebook(), verbose)}/{len(CASES)} right")
    print(f"so-called friend: {stance_right(SO_CALLED, codebook(), verbose)}/{len(SO_CALLED)} right")
    print(f"supposed act: {stance_right(SUPPOSED, codebook(), verbose)}/{len(SUPPOSED)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
