"""Held-back sentences of stance 61, written before any rule of the round and before reading any miss of BO-BQ
(not a test module: none of its sentences was used to write or tune a rule).
Run: .venv/bin/python tests/heldback_stance61.py -v
The brief's open families, written from the language: a partner that cannot be replaced ("X की जगह नहीं ले सकता",
"का स्थान कोई नहीं ले सकता", "का विकल्प नहीं"), talks without an outcome ("नहीं निकला कोई ठोस नतीजा", "बेनतीजा",
"कोई नतीजा नहीं निकला"), a loan or aid refused ("कर्ज देने से इनकार", "ऋण देने से मना", "मदद से इनकार"), a crack in a
friendship ("दोस्ती में दरार", "रिश्तों में खटास", "संबंधों में तनाव"), with controls."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK

CASES = [
    # a partner that cannot be replaced (favor): the irreplaceable friend
    (IN, "कोई भी देश भारत के लिए रूस की जगह नहीं ले सकता।", "ru_in", "favor"),
    (IN, "जयशंकर ने कहा कि रूस का स्थान कोई दूसरा देश नहीं ले सकता।", "ru_in", "favor"),
    (IN, "अमेरिका भारत के रक्षा साझेदार के तौर पर रूस की जगह नहीं ले पाएगा।", "ru_in", "favor"),
    (PK, "चीन पाकिस्तान के लिए रूस की जगह नहीं ले सकता, यह साफ़ है।", "ru_pk", "none"),
    # talks without an outcome (against)
    (PK, "रूस और पाकिस्तान की वार्ता बेनतीजा रही।", "ru_pk", "against"),
    (IN, "भारत और रूस के बीच तेल भुगतान पर बातचीत का कोई नतीजा नहीं निकला।", "ru_in", "against"),
    (IN, "रुपया-रूबल व्यापार पर दोनों देशों की बैठक बिना किसी नतीजे के खत्म हो गई।", "ru_in", "against"),
    (PK, "मास्को में हुई पाकिस्तान-रूस वार्ता नाकाम रही।", "ru_pk", "against"),
    (IN, "भारत और रूस की बातचीत से कई अहम नतीजे निकले।", "ru_in", "favor"),
    # a loan or aid refused (against)
    (PK, "रूस ने पाकिस्तान को कर्ज देने से इनकार कर दिया।", "ru_pk", "against"),
    (PK, "मॉस्को ने इस्लामाबाद को नया ऋण देने से मना कर दिया है।", "ru_pk", "against"),
    (IN, "रूस ने भारत को क्रायोजेनिक तकनीक देने से इंकार कर दिया था।", "ru_in", "against"),
    (PK, "पाकिस्तान ने रूस से गेहूं खरीदने से इनकार किया।", "ru_pk", "against"),
    (PK, "रूस ने पाकिस्तान को कर्ज देने का वादा किया।", "ru_pk", "favor"),
    (IN, "भारत ने रूस के खिलाफ प्रतिबंध लगाने से इनकार कर दिया।", "ru_in", "favor"),
    # a crack in the friendship (against)
    (IN, "भारत और रूस की दोस्ती में दरार आ गई है।", "ru_in", "against"),
    (IN, "तेल सौदे के बाद नई दिल्ली और मॉस्को के रिश्तों में खटास आई।", "ru_in", "against"),
    (PK, "रूस और पाकिस्तान के संबंधों में तनाव बढ़ गया है।", "ru_pk", "against"),
    (IN, "रूस-भारत रिश्तों में दरार डालने की अमेरिकी कोशिश नाकाम रही।", "ru_in", "favor"),
    (IN, "भारत और रूस के बीच दूरियां बढ़ती जा रही हैं।", "ru_in", "against"),
    (PK, "रूस और पाकिस्तान के बीच की दूरियां अब कम हो रही हैं।", "ru_pk", "favor"),
    (IN, "भारत-रूस संबंधों में पहले जैसी गर्मजोशी नहीं रही।", "ru_in", "against"),
]


def main(verbose=False):
    print(f"{stance_right(CASES, codebook(), verbose)}/{len(CASES)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
