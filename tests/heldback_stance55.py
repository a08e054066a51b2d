"""Held-back sentences of stance 55, written before any rule of the round and before reading BG–BI's misses (not a
test module: none of its sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance55.py -v
Relationship predicates in fresh styles (issue #12): tatsam, Urdu with and without nukta, English loans, light and
compound verbs, negation and contrast; Russia–Pakistan and Russia–India. Right before the round's rules 32/36 (misses: a
welcome with its adjective भव्य, a reactor built by a company, an intention not given up, a conditional harm), after
them 32/36 (the same four)."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK

CASES = [
    # growth, agreement, supply/purchase, exercises, welcome, trust, commitment, benefit, invitation
    (PK, "रूस और पाकिस्तान के आपसी कारोबार में पिछले साल तीस फीसदी का इज़ाफ़ा हुआ।", "ru_pk", "favor"),
    (PK, "पाकिस्तान ने रूस से दस लाख टन गेहूं मंगवाया है।", "ru_pk", "favor"),
    (PK, "रूस और पाकिस्तान ने आतंकवाद-रोधी सहयोग बढ़ाने पर रज़ामंदी जताई।", "ru_pk", "favor"),
    (PK, "रूसी राष्ट्रपति ने पाकिस्तानी प्रधानमंत्री का भव्य स्वागत किया।", "ru_pk", "favor"),
    (PK, "मास्को ने इस्लामाबाद को शंघाई सहयोग संगठन की बैठक का न्योता भेजा।", "ru_pk", "favor"),
    (PK, "पाकिस्तान को रूसी कच्चे तेल से अरबों रुपये का फायदा हुआ।", "ru_pk", "favor"),
    (PK, "रूस ने पाकिस्तान के साथ रक्षा संबंध प्रगाढ़ करने की प्रतिबद्धता दोहराई।", "ru_pk", "favor"),
    (PK, "दोनों देशों की थल सेनाओं ने तरबेला के पास संयुक्त युद्धाभ्यास किया।", "ru_pk", "favor"),
    (IN, "भारत ने रूस से रियायती दर पर कच्चे तेल की खरीद जारी रखी।", "ru_in", "favor"),
    (IN, "रूस ने भारत को भरोसेमंद दोस्त बताया।", "ru_in", "favor"),
    (IN, "भारत और रूस ने रुपये-रूबल में व्यापार पर सहमति बना ली।", "ru_in", "favor"),
    (IN, "रूसी कंपनी रोसाटॉम भारत में छह नए रिएक्टर लगाएगी।", "ru_in", "favor"),
    (IN, "नई दिल्ली ने रूसी राष्ट्रपति की यात्रा का तहे-दिल से इस्तक़बाल किया।", "ru_in", "favor"),
    # cancellation, postponement, refusal, strain, limits, denial, threat, anger, protest, warning, setback, doubt, drift
    (PK, "रूस ने पाकिस्तान के साथ गैस पाइपलाइन का करार रद्द कर दिया।", "ru_pk", "against"),
    (PK, "पाकिस्तान ने रूसी गेहूं की खेप लेने से इंकार कर दिया।", "ru_pk", "against"),
    (PK, "रूस-पाकिस्तान वार्ता बिना किसी नतीजे के ख़त्म हो गई और दोनों पक्षों में मतभेद उभर आए।", "ru_pk", "against"),
    (PK, "पाकिस्तान ने रूसी राजदूत को तलब कर कड़ा विरोध दर्ज कराया।", "ru_pk", "against"),
    (PK, "रूस ने पाकिस्तान को गंभीर नतीजे भुगतने की धमकी दी।", "ru_pk", "against"),
    (PK, "रूस पर पाकिस्तान का भरोसा डगमगा गया है।", "ru_pk", "against"),
    (PK, "पाकिस्तान को रूसी तेल सौदे से भारी नुकसान उठाना पड़ा।", "ru_pk", "against"),
    (IN, "भारत ने रूस के साथ होने वाली सालाना शिखर बैठक मुल्तवी कर दी।", "ru_in", "against"),
    (IN, "भारत और रूस के बीच दूरियां बढ़ती जा रही हैं।", "ru_in", "against"),
    (IN, "भारत ने रूस से हथियारों की खरीद घटा दी है।", "ru_in", "against"),
    (IN, "रूस ने भारत के रुख पर गहरी नाखुशी जताई।", "ru_in", "against"),
    (IN, "भारत ने रूस के साथ लड़ाकू विमान सौदे से हाथ खींच लिया।", "ru_in", "against"),
    (IN, "रूस से एस-400 की आपूर्ति में लगातार देरी हो रही है।", "ru_in", "against"),
    # negation and contrast scope, light verbs
    (PK, "रूस ने पाकिस्तान के साथ समझौता रद्द नहीं किया है।", "ru_pk", "favor"),
    (PK, "पाकिस्तान ने रूस से तेल खरीदने का इरादा नहीं छोड़ा।", "ru_pk", "favor"),
    (IN, "भारत ने रूस की आलोचना करने से इनकार कर दिया।", "ru_in", "favor"),
    (IN, "रूस ने भारत को हथियार देने में कोई कोताही नहीं बरती।", "ru_in", "favor"),
    (IN, "करार पर दस्तख़त तो हो गए, मगर रूस ने भारत को एक भी इंजन नहीं भेजा।", "ru_in", "against"),
    # rhetorical forms and none
    (PK, "क्या पाकिस्तान रूस से सस्ता तेल खरीद पाएगा?", "ru_pk", "none"),
    (PK, "रूसी प्रतिनिधिमंडल कल कराची पहुंचा।", "ru_pk", "none"),
    (IN, "रूस में इस साल भीषण गर्मी पड़ी।", "ru_in", "none"),
    (IN, "भारतीय विदेश मंत्री ने संसद में रूस से जुड़े सवालों के जवाब दिए।", "ru_in", "none"),
    (IN, "अगर रूस ने आपूर्ति रोकी तो भारत को नुकसान होगा।", "ru_in", "none"),
]


def main(verbose=False):
    print(f"{stance_right(CASES, codebook(), verbose)}/{len(CASES)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
