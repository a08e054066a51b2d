"""Held-back sentences of stance 57, written before any rule of the round (not a test module: none of its sentences
was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance57.py -v
Worry declared needless (reassurance) in its verbal and nominal forms and registers, with controls where the worry is
real or where the cause of the worry is the pair's closeness; "X और Y दोनों" as a third party's partners; a relation
lost. Right before the round's rules 13/32, after them 27/32 (misses: the oblique घबराने/डरने before "की जरूरत नहीं",
left out as a cue; बेवजह under a negation; the verbal noun "खोने नहीं दिया")."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from tests.heldback import codebook, stance_right
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK

CASES = [
    # a worry about the ties declared needless: reassurance, favor
    (IN, "विदेश सचिव ने कहा कि रूस के रुख को लेकर भारत को घबराने की कोई ज़रूरत नहीं है।", "ru_in", "favor"),
    (IN, "रूस-भारत रिश्तों को लेकर डरने की आवश्यकता नहीं है।", "ru_in", "favor"),
    (IN, "मंत्री ने कहा कि रूस से भारत के संबंधों पर चिंता बेवजह है।", "ru_in", "favor"),
    (IN, "भारत-रूस दोस्ती को लेकर जताई जा रही आशंकाएं बेबुनियाद हैं।", "ru_in", "favor"),
    (IN, "रूस के साथ रिश्तों पर भारत को घबराना नहीं चाहिए।", "ru_in", "favor"),
    (IN, "राजदूत ने कहा, रूस और भारत के संबंधों को लेकर परेशान होने की जरूरत नहीं।", "ru_in", "favor"),
    (IN, "रूस पर भारत की फ़िक्र बेवजह है।", "ru_in", "favor"),
    (PK, "पाकिस्तानी वज़ीर ने कहा कि रूस के साथ ताल्लुकात पर घबराने की ज़रूरत नहीं।", "ru_pk", "favor"),
    (PK, "रूस-पाक रिश्तों को लेकर इस्लामाबाद को डरना नहीं चाहिए।", "ru_pk", "favor"),
    (PK, "मास्को और इस्लामाबाद के रिश्तों पर चिंता करने की जरूरत नहीं है।", "ru_pk", "favor"),
    (PK, "रूस-पाकिस्तान सहयोग को लेकर पाकिस्तान में घबराहट बेवजह है।", "ru_pk", "favor"),
    (PK, "रूस और पाकिस्तान की बढ़ती नज़दीकी पर किसी को घबराने की ज़रूरत नहीं।", "ru_pk", "favor"),
    # controls: the worry is real (against) or the closeness stands (favor)
    (IN, "रूस के रुख से भारत घबरा गया है।", "ru_in", "against"),
    (IN, "भारत को रूस के इरादों से डरना चाहिए।", "ru_in", "against"),
    (IN, "रूस के फैसले पर भारत ने गहरी चिंता जताई।", "ru_in", "against"),
    (IN, "भारत और रूस ने रक्षा सहयोग बढ़ाने का फैसला किया, इसमें घबराने की क्या बात है।", "ru_in", "favor"),
    (PK, "रूस के साथ सौदे को लेकर पाकिस्तान में बेचैनी है।", "ru_pk", "against"),
    (PK, "रूस और पाकिस्तान की नज़दीकी बढ़ रही है।", "ru_pk", "favor"),
    (PK, "पाकिस्तान रूस के रवैये से परेशान है।", "ru_pk", "against"),
    (PK, "रूस ने पाकिस्तान को बेवजह धमकी दी।", "ru_pk", "against"),
    (IN, "रूस और भारत का सौदा बेवजह नहीं टला, दोनों पक्षों में मतभेद थे।", "ru_in", "against"),
    (IN, "रूस को भारत की ज़रूरतों की चिंता है, उसने आपूर्ति तेज़ की।", "ru_in", "favor"),
    # a third party's partners one by one: "X और Y दोनों" with the speaker's possessive or "friend of both"
    (PK, 'रूसी राजदूत ने कहा, "पाकिस्तान और भारत दोनों हमारे पुराने मित्र हैं।"', "ru_pk", "favor"),
    (IN, 'रूसी राजदूत ने कहा, "पाकिस्तान और भारत दोनों हमारे पुराने मित्र हैं।"', "ru_in", "favor"),
    (IN, "पुतिन ने कहा कि रूस भारत और चीन, दोनों का दोस्त है।", "ru_in", "favor"),
    (PK, "लावरोव बोले, हम पाकिस्तान और अफगानिस्तान दोनों के साझेदार हैं।", "ru_pk", "favor"),
    (IN, "भारत और पाकिस्तान दोनों के बीच रिश्ते खराब हैं, रूस ने कहा।", "ru_in", "none"),
    # a relation lost (खोना, गंवाना): the relation is no more
    (IN, "विपक्ष ने कहा कि सरकार ने रूस जैसा भरोसेमंद साथी खो दिया है।", "ru_in", "against"),
    (PK, "पाकिस्तान ने रूस का भरोसा गंवा दिया।", "ru_pk", "against"),
    (IN, "भारत ने रूस के रूप में एक पुराना मित्र खोया।", "ru_in", "against"),
    (PK, "रूस ने पाकिस्तान में अपना एक अहम साझेदार खो दिया है।", "ru_pk", "against"),
    (IN, "रूस और भारत ने दशकों की दोस्ती को खोने नहीं दिया।", "ru_in", "favor"),
]


def main(verbose=False):
    print(f"{stance_right(CASES, codebook(), verbose)}/{len(CASES)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
