"""Held-back sentences of stance 60, written before any rule of the round (not a test module: none of its sentences
was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance60.py -v
Two families, written from the language before the rules: a pair's measure given as a share of another pair's
(प्रतिशत, फ़ीसदी, हिस्सा, अंश, भाग, "का एक अंश मात्र", "के दसवें हिस्से से भी कम", "के आधे से भी कम"; the subject is
small: against its pair; the yardstick's pair takes nothing), with controls (a share that is no comparison); and
two states coordinated with distributive "दोनों" before a named third party's genitive noun of friendship or
partnership ("भारत और पाकिस्तान दोनों रूस के मित्र हैं": each is Russia's friend), with controls (the two's own
ties, "दोनों रूस के साथ").
"""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK

CASES = [
    # a share of another pair's measure: the subject's pair small (against), the yardstick's none
    (PK, "रूस-पाकिस्तान व्यापार भारत-रूस व्यापार के पांच प्रतिशत से भी कम है।", "ru_pk", "against"),
    (PK, "रूस-पाकिस्तान व्यापार भारत-रूस व्यापार के पांच प्रतिशत से भी कम है।", "ru_in", "none"),
    (PK, "पाकिस्तान को रूसी हथियारों की बिक्री भारत को होने वाली बिक्री के दसवें हिस्से से भी कम है।", "ru_pk", "against"),
    (PK, "रूस और पाकिस्तान का कारोबार भारत और रूस के कारोबार का एक छोटा सा हिस्सा भर है।", "ru_pk", "against"),
    (PK, "मॉस्को-इस्लामाबाद तिजारत नई दिल्ली-मॉस्को तिजारत का महज़ तीन फ़ीसदी है।", "ru_pk", "against"),
    (PK, "रूस से पाकिस्तान का आयात, भारत के रूस से आयात का एक अंश मात्र है।", "ru_pk", "against"),
    (PK, "रूस-पाक रक्षा सौदे रूस-भारत रक्षा सौदों के आधे से भी कम हैं।", "ru_pk", "against"),
    (IN, "भारत-रूस व्यापार अब रूस-पाकिस्तान व्यापार का पचास गुना है।", "ru_in", "favor"),
    (IN, "भारत-रूस व्यापार अब रूस-पाकिस्तान व्यापार का पचास गुना है।", "ru_pk", "none"),
    (IN, "रूस-भारत व्यापार का बहुत छोटा भाग ही रुपये में होता है।", "ru_in", "none"),
    # controls: a share that is no comparison between the pairs
    (IN, "भारत अपने कच्चे तेल का चालीस प्रतिशत रूस से खरीदता है।", "ru_in", "favor"),
    (PK, "पाकिस्तान अपनी जरूरत का दस प्रतिशत गेहूं रूस से मंगाता है।", "ru_pk", "favor"),
    (IN, "रूस भारत के रक्षा आयात का साठ प्रतिशत हिस्सा देता है।", "ru_in", "favor"),
    # distributive "दोनों" before a named third party's genitive noun of friendship: each is its friend
    (PK, "रूसी प्रवक्ता ने कहा कि भारत और पाकिस्तान दोनों रूस के मित्र हैं।", "ru_in", "favor"),
    (PK, "रूसी प्रवक्ता ने कहा कि भारत और पाकिस्तान दोनों रूस के मित्र हैं।", "ru_pk", "favor"),
    (IN, "क्रेमलिन के मुताबिक पाकिस्तान और भारत दोनों मॉस्को के साझेदार हैं।", "ru_pk", "favor"),
    (IN, "क्रेमलिन के मुताबिक पाकिस्तान और भारत दोनों मॉस्को के साझेदार हैं।", "ru_in", "favor"),
    (PK, "लावरोव बोले, भारत व पाकिस्तान दोनों रूस के पुराने दोस्त हैं।", "ru_in", "favor"),
    (PK, "रूस ने कहा कि हिंदुस्तान और पाकिस्तान दोनों रूस के अहम सहयोगी हैं और रहेंगे।", "ru_in", "favor"),
    (PK, "रूसी दूत ने कहा कि भारत और पाकिस्तान दोनों रूस के करीबी देश हैं।", "ru_pk", "favor"),
    # controls: the two's own ties, or a third state's friends
    (PK, "रूस ने कहा कि भारत और पाकिस्तान दोनों के बीच दोस्ती होनी चाहिए।", "ru_in", "none"),
    (PK, "भारत और पाकिस्तान दोनों अमेरिका के मित्र हैं।", "ru_in", "none"),
    (PK, "भारत और पाकिस्तान दोनों चीन के साझेदार नहीं हैं।", "ru_pk", "none"),
    # (written after the share and distributive rules, before the third rule) an objection voiced in a place of India
    # ("… पर लखनऊ में नाराजगी"): the place names the objectors, India's people, not only a scene
    (PK, "रूस-पाक सैन्य अभ्यास पर लखनऊ में नाराजगी", "ru_pk", "favor"),
    (PK, "रूस-पाक सैन्य अभ्यास पर लखनऊ में नाराजगी", "ru_in", "against"),
    (PK, "रूस ने पाकिस्तान को हेलिकॉप्टर दिए, पटना में भी रोष", "ru_in", "against"),
    (PK, "रूस ने पाकिस्तान को हेलिकॉप्टर दिए, पटना में भी रोष", "ru_pk", "favor"),
    (PK, "रूसी टैंकों के पाकिस्तान पहुंचने की खबर से राजस्थान में चिंता", "ru_in", "against"),
    (PK, "मॉस्को और इस्लामाबाद के रक्षा करार पर गुजरात में गहरी नाराज़गी है।", "ru_in", "against"),
    # controls: a place that is only the scene of the act, or of a meeting
    (PK, "रूस और पाकिस्तान के अधिकारियों की बैठक लखनऊ में हुई।", "ru_in", "none"),
    (PK, "रूस ने पाकिस्तान के साथ करार किया, जबकि पटना में बाढ़ से लोग परेशान हैं।", "ru_in", "none"),
]


def main(verbose=False):
    print(f"{stance_right(CASES, codebook(), verbose)}/{len(CASES)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
