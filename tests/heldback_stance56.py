"""Held-back sentences of stance 56, written before any rule of the round (not a test module: none of its
sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance56.py -v
Comparisons with a yardstick (के मुकाबले/मुक़ाबले, की तुलना में, के सामने): the compared-with pair is not the
subject; a small subject is against its pair, a large one favours it and belittles the yardstick's.
Right before the round's rules 7/23, after them 20/23 (misses: the three yardsticks of a large subject, written
as against; the rule leaves a yardstick none, as more of the read sets' coders do)."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK

TRADE = ["रूस और पाकिस्तान का व्यापार", "रूस और पाकिस्तान का व्यापार पिछले साल एक अरब डॉलर रहा।"]

CASES = [
    (PK, "पाकिस्तान के साथ रूस का व्यापार भारत के मुकाबले बहुत कम है।", "ru_pk", "against"),
    (PK, "भारत की तुलना में पाकिस्तान को रूस से मिलने वाले हथियार नगण्य हैं।", "ru_pk", "against"),
    (IN, "रूस के लिए भारत का बाज़ार पाकिस्तान के मुकाबले कहीं बड़ा है।", "ru_in", "favor"),
    (IN, "रूस के लिए भारत का बाज़ार पाकिस्तान के मुकाबले कहीं बड़ा है।", "ru_pk", "against"),
    (PK, "रूस-भारत रक्षा सहयोग की तुलना में रूस-पाक सहयोग मामूली है।", "ru_pk", "against"),
    (PK, "हिंदुस्तान के मुक़ाबले पाकिस्तान की रूस से तिजारत न के बराबर है।", "ru_pk", "against"),
    (IN, "रूस से भारत का तेल आयात पाकिस्तान की तुलना में बीस गुना अधिक है।", "ru_in", "favor"),
    (IN, "रूस से भारत का तेल आयात पाकिस्तान की तुलना में बीस गुना अधिक है।", "ru_pk", "against"),
    (IN, "पाकिस्तान के मुक़ाबले में भारत और रूस का रक्षा व्यापार कई गुना ज़्यादा है।", "ru_in", "favor"),
    (PK, "भारत-रूस संबंधों के सामने रूस-पाक रिश्ते बहुत छोटे हैं।", "ru_pk", "against"),
    (TRADE, "इसकी तुलना में भारत और रूस का व्यापार पिछले साल पचास अरब डॉलर रहा।", "ru_pk", "none"),
    (PK, "रूस का पाकिस्तान के साथ व्यापार भारत के मुकाबले बेहद सीमित है।", "ru_pk", "against"),
    (PK, "मास्को के लिए पाकिस्तान का महत्व भारत की तुलना में काफी कम है।", "ru_pk", "against"),
    (PK, "भारत की तुलना में पाकिस्तान रूस के लिए छोटा ग्राहक है।", "ru_pk", "against"),
    (PK, "रूसी हथियारों की ख़रीद में पाकिस्तान, भारत के मुकाबले बहुत पीछे है।", "ru_pk", "against"),
    (IN, "पाकिस्तान के मुकाबले भारत रूस का कहीं बड़ा साझेदार है।", "ru_in", "favor"),
    (PK, "इस्लामाबाद को रूस से मिली मदद नई दिल्ली की तुलना में ना के बराबर है।", "ru_pk", "against"),
    (PK, "रूस और भारत के परमाणु सहयोग की तुलना में पाकिस्तान के साथ रूस का सहयोग नाममात्र का है।", "ru_pk", "against"),
    (IN, "पाकिस्तान की तुलना में रूस भारत को कहीं ज़्यादा हथियार बेचता है।", "ru_in", "favor"),
    (IN, "पाकिस्तान की तुलना में रूस भारत को कहीं ज़्यादा हथियार बेचता है।", "ru_pk", "against"),
    (PK, "भारत के मुक़ाबले पाकिस्तान को रूसी गैस की आपूर्ति बहुत मामूली रहेगी।", "ru_pk", "against"),
    (IN, "रूस-पाक व्यापार की तुलना में भारत-रूस व्यापार पचास गुना बड़ा है।", "ru_in", "favor"),
    (PK, "भारत के मुकाबले पाकिस्तान में रूस का निवेश अब भी कम है।", "ru_pk", "against"),
]


def main(verbose=False):
    print(f"{stance_right(CASES, codebook(), verbose)}/{len(CASES)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
