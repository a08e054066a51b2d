"""Held-back sentences of stance 59, written before any rule of the round (not a test module: none of its sentences
was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance59.py -v
The brief's open families, written from the language before reading any miss: a partner replaced ("X की जगह ले-",
"के स्थान पर", "की जगह"), size words as limits (मामूली, नाममात्र, न के बराबर, बहुत कम), a message or letter sent
between governments (पत्र/चिट्ठी/ख़त/संदेश/पैगाम लिख-/भेज-), a fronted negation with an adjective between ("नहीं
हुआ कोई बड़ा करार"), talks on the sidelines (से इतर, के हाशिये पर, के मौके पर मुलाकात), with controls; then six on India's enemy aided
(written after the size rule, before the enemy rule)."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK

CASES = [
    # a partner replaced: Russia's place taken by another (against), or Russia taking another's place (favor)
    (IN, "अमेरिका ने भारत के सबसे बड़े हथियार आपूर्तिकर्ता के रूप में रूस की जगह ले ली है।", "ru_in", "against"),
    (IN, "भारत अब रूस के स्थान पर फ्रांस से लड़ाकू विमान खरीदेगा।", "ru_in", "against"),
    (IN, "रूस ने भारत को तेल बेचने में सऊदी अरब की जगह ले ली।", "ru_in", "favor"),
    (PK, "पाकिस्तान ने अमेरिकी गेहूं की जगह रूसी गेहूं खरीदना शुरू किया।", "ru_pk", "favor"),
    (PK, "पाकिस्तान ने रूसी तेल की जगह अब खाड़ी देशों से तेल लेने का फैसला किया।", "ru_pk", "against"),
    # size words as limits
    (PK, "रूस और पाकिस्तान के बीच व्यापार अब भी मामूली है।", "ru_pk", "against"),
    (PK, "दोनों देशों का रक्षा सहयोग नाममात्र का रहा है।", "ru_pk", "against"),
    (IN, "रूस से भारत का निवेश न के बराबर है।", "ru_in", "against"),
    (IN, "रूस और भारत के बीच व्यापार में मामूली बढ़ोतरी हुई।", "ru_in", "favor"),
    # a message or letter sent between governments
    (IN, "पुतिन ने प्रधानमंत्री मोदी को पत्र लिखकर जन्मदिन की बधाई दी।", "ru_in", "favor"),
    (PK, "रूसी राष्ट्रपति ने पाकिस्तानी प्रधानमंत्री को एक चिट्ठी भेजी है।", "ru_pk", "favor"),
    (PK, "शहबाज़ शरीफ़ ने पुतिन को ख़त लिखा और सहयोग बढ़ाने की इच्छा जताई।", "ru_pk", "favor"),
    (IN, "भारत के विदेश मंत्री ने लावरोव को संदेश भेजा।", "ru_in", "favor"),
    (IN, "रूस ने भारत को कड़ा संदेश भेजा है कि वह अमेरिका से दूरी बनाए।", "ru_in", "against"),
    # a fronted negation with an adjective between
    (PK, "रूस और पाकिस्तान के बीच नहीं हुआ कोई बड़ा समझौता", "ru_pk", "against"),
    (IN, "पुतिन की यात्रा में भारत के साथ नहीं हुई कोई अहम डील", "ru_in", "against"),
    (PK, "रूस के साथ बातचीत में नहीं निकला कोई ठोस नतीजा", "ru_pk", "against"),
    (IN, "रूस-भारत वार्ता में कोई नया करार नहीं हुआ।", "ru_in", "against"),
    (IN, "न कोई नया सौदा हुआ, न कोई बड़ी घोषणा।", "ru_in", "against"),
    # talks on the sidelines
    (IN, "एससीओ शिखर सम्मेलन से इतर मोदी और पुतिन ने द्विपक्षीय बातचीत की।", "ru_in", "favor"),
    (PK, "संयुक्त राष्ट्र महासभा के हाशिये पर पाकिस्तान और रूस के विदेश मंत्रियों की मुलाकात हुई।", "ru_pk", "favor"),
    (PK, "ब्रिक्स बैठक के इतर लावरोव ने पाकिस्तानी समकक्ष से भेंट की।", "ru_pk", "favor"),
    (IN, "जी20 सम्मेलन के मौके पर जयशंकर ने लावरोव से मुलाकात की।", "ru_in", "favor"),
    (IN, "सम्मेलन से इतर भारत ने रूस की आलोचना की।", "ru_in", "against"),
    # (written after the size rule, before the enemy rule) India's enemy aided by Russia, the friend turned
    (IN, "पूर्व सेनाध्यक्ष ने कहा कि रूस भारत के दुश्मन को हथियार दे रहा है।", "ru_in", "against"),
    (IN, "सांसद बोले, हमारा पुराना मित्र आज हमारे शत्रु की मदद कर रहा है।", "ru_in", "against"),
    (IN, "विपक्ष ने कहा कि दोस्त रूस दुश्मन देश के साथ सैन्य अभ्यास कर रहा है।", "ru_in", "against"),
    (IN, "पूर्व राजदूत ने पूछा कि मॉस्को भारत के दुश्मनों के हाथ क्यों मज़बूत कर रहा है।", "ru_in", "against"),
    (IN, "रूस और भारत ने साझा दुश्मन आतंकवाद के खिलाफ मिलकर लड़ने का संकल्प लिया।", "ru_in", "favor"),
    (IN, "भारत ने रूस से कहा कि आतंकवाद दोनों देशों का दुश्मन है।", "ru_in", "favor"),
]


def main(verbose=False):
    print(f"{stance_right(CASES, codebook(), verbose)}/{len(CASES)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
