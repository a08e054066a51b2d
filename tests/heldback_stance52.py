"""Held-back sentences of stance 52, written before any rule of the round (not a test module: none of its
sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance52.py -v
A party named by the first person (a home speaker's, a Pakistani speaker's, the outlet's own "हम/हमें/हमारा"),
and the newsroom's or a Russian speaker's "we" that names no home party. Before the round 23/32 right (17 of the
23 expected favor/against with the target spoken of), after it 24/32 (20 of 23 spoken of). The misses left are
mostly predicates not seen (पाबंदियां लगा-, संभावनाएं, अकेला छोड़-) and unplaced speakers ("एक पूर्व कर्नल ने कहा कि
… हमारे …": side other; reading them as the home was tried and dropped, see the round's report)."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from analysis.codebook import load_codebook
from tests.stance_units import code_article

H = "रूस के साथ रक्षा सौदे पर देश में बहस"
CASES = [
    # first person of a home speaker, reported or quoted
    ([H], "पूर्व सूबेदार हरीश रावत ने कहा कि रूस ने हमेशा हमारा साथ दिया है।", "ru_in", "favor"),
    ([H], 'किसान नेता ने कहा, "रूस ने हमें सस्ती खाद दी, इसके लिए हम आभारी हैं।"', "ru_in", "favor"),
    ([H], "व्यापारियों ने कहा कि मॉस्को ने हमसे वादा किया था, पर भुगतान अब तक नहीं आया।", "ru_in", "against"),
    ([H], 'पूर्व राजदूत ने कहा, "रूस हमारा सबसे भरोसेमंद साझेदार रहा है।"', "ru_in", "favor"),
    ([H], "एक पूर्व कर्नल ने कहा कि रूसी हथियार हमारे जवानों के काम आए।", "ru_in", "favor"),
    ([H], 'उन्होंने कहा, "मॉस्को ने हमें कभी धोखा नहीं दिया।"', "ru_in", "favor"),
    ([H], "निर्यातक संघ के अध्यक्ष ने कहा कि रूस ने हमारे माल पर नई पाबंदियां लगा दी हैं।", "ru_in", "against"),
    ([H], 'सांसद ने कहा, "रूस को हमारी चिंताओं का ध्यान रखना चाहिए था, उसने हमें निराश किया।"', "ru_in", "against"),
    ([H], "पूर्व वायुसेना अधिकारी ने कहा कि रूसी विमानों ने दशकों तक हमारी रक्षा की है।", "ru_in", "favor"),
    ([H], 'एक मां ने रोते हुए कहा, "रूस ने हमारे बेटों को धोखे से सेना में भर्ती कर लिया।"', "ru_in", "against"),
    # the home's outlet voice (letters, editorials)
    ([H], "रूस ने हर मुश्किल घड़ी में हमारा साथ निभाया है।", "ru_in", "favor"),
    ([H], "जिस रूस पर हम भरोसा करते थे, उसी ने हमें अकेला छोड़ दिया।", "ru_in", "against"),
    ([H], "सोवियत संघ ने 1971 में हमारी मदद की थी, यह कोई नहीं भूल सकता।", "ru_in", "favor"),
    ([H], "रूस हमें सस्ता तेल बेचता है, पर हमारा सामान नहीं खरीदता।", "ru_in", "against"),
    ([H], "मॉस्को के साथ हमारी दोस्ती आज़माई हुई है।", "ru_in", "favor"),
    # a Pakistani speaker's we in a Pakistani quotation
    (
        ["रूस-पाकिस्तान तेल सौदा"],
        'पाकिस्तानी पेट्रोलियम मंत्री ने कहा, "रूस ने हमें रियायती तेल देने का वादा किया है।"',
        "ru_pk",
        "favor",
    ),
    (["रूस-पाकिस्तान तेल सौदा"], "पाकिस्तान के वित्त मंत्री ने कहा कि रूस ने हमसे व्यापार बढ़ाने का समझौता किया है।", "ru_pk", "favor"),
    # negatives: the rule must not fire
    ([H], 'रूसी राजदूत ने कहा, "हम भारत के साथ रक्षा सहयोग बढ़ाना चाहते हैं।"', "ru_in", "favor"),
    ([H], "हमारे संवाददाता ने बताया कि रूसी प्रतिनिधिमंडल कल दिल्ली पहुंचेगा।", "ru_pk", "none"),
    ([H], "इस मुद्दे पर हमने रूस मामलों के जानकार से बात की।", "ru_in", "none"),
    ([H], "हमारे स्टूडियो में मौजूद विशेषज्ञ ने कहा कि रूस एक बड़ी ताकत है।", "ru_in", "none"),
    ([H], 'रूसी प्रवक्ता मारिया ज़ाखारोवा ने कहा, "हम अमेरिका के दबाव में नहीं झुकेंगे।"', "ru_in", "none"),
    ([H], "हमारे पाठक रूस के बारे में क्या सोचते हैं, यह जानने के लिए हमने सर्वे किया।", "ru_in", "none"),
    ([H], "रूस ने कहा कि हम यूक्रेन में अपनी कार्रवाई जारी रखेंगे।", "ru_in", "none"),
    ([H], 'रूसी कंपनी के प्रमुख ने कहा, "हमें भारतीय बाजार में बड़ी संभावनाएं दिखती हैं।"', "ru_in", "favor"),
    ([H], "उन्होंने कहा कि हम रूस से तेल खरीदना जारी रखेंगे।", "ru_in", "favor"),
    ([H], 'रूस में रह रहे भारतीय छात्रों ने कहा, "हम यहां सुरक्षित हैं।"', "ru_in", "none"),
    (["रूस-पाकिस्तान तेल सौदा"], 'रूसी ऊर्जा मंत्री ने कहा, "हम पाकिस्तान को और तेल भेजेंगे।"', "ru_pk", "favor"),
    (["रूस-पाकिस्तान तेल सौदा"], 'रूसी ऊर्जा मंत्री ने कहा, "हम पाकिस्तान को और तेल भेजेंगे।"', "ru_in", "none"),
    ([H], "पूर्व सेनाध्यक्ष ने कहा कि चीन हमारे लिए सबसे बड़ी चुनौती है।", "ru_in", "none"),
    ([H], 'विशेषज्ञ ने कहा, "रूस और चीन की बढ़ती नज़दीकी हमारे लिए चिंता की बात है।"', "ru_in", "against"),
    ([H], 'व्यापारी ने कहा, "हम रूस को चाय निर्यात करते हैं और कारोबार बढ़ रहा है।"', "ru_in", "favor"),
]


def main(verbose=False):
    cb = load_codebook(__import__("pathlib").Path(__file__).resolve().parents[1] / "config" / "codebook.yaml")
    right = spoken = wanted = 0
    for story, unit, target, expected in CASES:
        coded = code_article([*story, unit], cb)[-1]
        right += coded.stance[target] == expected
        if expected != "none":
            wanted += 1
            spoken += bool(coded.about[target])
        if verbose and coded.stance[target] != expected:
            print(f"  {target} {expected:8s} got {coded.stance[target]:8s} {unit}")
    print(f"{right}/{len(CASES)} right; {spoken}/{wanted} favor/against units with the target spoken of")


if __name__ == "__main__":
    main("-v" in sys.argv)
