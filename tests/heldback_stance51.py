"""Held-back sentences of stance 51, written before any rule of the round (not a test module: none of its
sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance51.py -v
Russia–India ties as news Hindi writes them (issue #12): the home country by office or institution, India's
purchases and payments and their troubles, Russia's assurances, India's drift, old-friend epithets, third-party
pressure on India's Russia ties. Before the round 32/35 right, after it 34/35 (the two fixed were read before the
"instead of Russia" rule was written, so they are not independent of it)."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from analysis.codebook import load_codebook
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import code_article

CASES = [
    # the home country by office, institution or capital
    (IN, "नई दिल्ली ने मॉस्को के साथ रक्षा सहयोग और बढ़ाने का फैसला किया है।", "favor"),
    (IN, "विदेश मंत्रालय ने कहा कि रूस हमारा भरोसेमंद साझेदार बना रहेगा।", "favor"),
    (IN, "प्रधानमंत्री ने क्रेमलिन के साथ रिश्तों को और गहरा करने की बात कही।", "favor"),
    (IN, "साउथ ब्लॉक में मॉस्को के रवैये को लेकर नाराज़गी है।", "against"),
    (IN, "हमारे देश और रूस की दोस्ती दशकों पुरानी और अटूट है।", "favor"),
    # purchases, payments, oil, rupee–rouble, supplies and their troubles
    (IN, "भारत ने रूस से कच्चे तेल का आयात रिकॉर्ड स्तर तक बढ़ा दिया है।", "favor"),
    (IN, "रुपया-रूबल व्यापार में भुगतान की दिक्कतें अब भी बनी हुई हैं।", "against"),
    (IN, "रूस से एस-400 की आपूर्ति में देरी से भारतीय वायुसेना चिंतित है।", "against"),
    (IN, "भारतीय रिफाइनरियों ने रूसी तेल की खरीद घटा दी है।", "against"),
    (IN, "भारत रूसी हथियारों पर अपनी निर्भरता लगातार कम कर रहा है।", "against"),
    (IN, "रूस ने भारत को कलपुर्जों की आपूर्ति समय पर करने का वादा निभाया।", "favor"),
    (IN, "भुगतान अटकने से रूस के साथ कई रक्षा सौदे लटक गए हैं।", "against"),
    (IN, "भारत और रूस ने रुपये में व्यापार बढ़ाने पर सहमति जताई।", "favor"),
    # Russia's assurances, neutrality vs support
    (IN, "रूस ने भारत को भरोसा दिलाया कि रक्षा आपूर्ति पर कोई असर नहीं पड़ेगा।", "favor"),
    (IN, "सीमा विवाद पर मॉस्को ने तटस्थ रुख अपनाया, जिससे नई दिल्ली निराश हुई।", "against"),
    (IN, "रूस ने कश्मीर मुद्दे पर हमेशा भारत के रुख का समर्थन किया है।", "favor"),
    (IN, "रूस ने संयुक्त राष्ट्र में भारत की स्थायी सदस्यता का समर्थन दोहराया।", "favor"),
    (IN, "मॉस्को ने यकीन दिलाया कि वह भारत के हितों के खिलाफ कुछ नहीं करेगा।", "favor"),
    # India's distance, drift
    (IN, "भारत धीरे-धीरे रूस से दूरी बना रहा है।", "against"),
    (IN, "नई दिल्ली का झुकाव अब मॉस्को के बजाय वॉशिंगटन की तरफ बढ़ रहा है।", "against"),
    (IN, "रूस के साथ भारत की गर्मजोशी अब पहले जैसी नहीं रही।", "against"),
    (IN, "भारत ने रूस के बजाय फ्रांस से लड़ाकू विमान खरीदने का फैसला किया।", "against"),
    (IN, "यूक्रेन युद्ध के बाद भारत-रूस संबंधों में ठंडापन आया है।", "against"),
    # old friend / time-tested
    (IN, "रूस भारत का पुराना और आजमाया हुआ दोस्त है।", "favor"),
    (IN, "प्रधानमंत्री ने रूस को भारत का विशेष और विशेषाधिकार प्राप्त रणनीतिक साझेदार बताया।", "favor"),
    (IN, "भारत और रूस की दोस्ती वक्त की कसौटी पर खरी उतरी है।", "favor"),
    (IN, "सोवियत दौर से ही रूस भारत का सदाबहार मित्र रहा है।", "favor"),
    (IN, "पुतिन ने भारत को सच्चा दोस्त करार दिया।", "favor"),
    # third-party pressure on India's Russia ties
    (IN, "अमेरिका के दबाव के बावजूद भारत ने रूस से तेल खरीदना जारी रखा।", "favor"),
    (IN, "पश्चिमी प्रतिबंधों के चलते भारत को रूसी हथियारों के भुगतान में मुश्किल हो रही है।", "against"),
    (IN, "वॉशिंगटन के दबाव में भारत ने रूस के साथ एक बड़ा सौदा रद्द कर दिया।", "against"),
    (IN, "भारत ने साफ कहा कि रूस के साथ उसके रिश्ते किसी तीसरे देश के दबाव में नहीं बदलेंगे।", "favor"),
    # none
    (IN, "रूसी राष्ट्रपति अगले महीने चीन की यात्रा पर जाएंगे।", "none"),
    (IN, "भारत में इस साल मानसून सामान्य रहने का अनुमान है।", "none"),
    (IN, "रूस की अर्थव्यवस्था पिछले साल दो फीसदी बढ़ी।", "none"),
]


def main(verbose=False):
    cb = load_codebook(__import__("pathlib").Path(__file__).resolve().parents[1] / "config" / "codebook.yaml")
    right = 0
    for story, unit, expected in CASES:
        got = code_article([*story, unit], cb)[-1].stance["ru_in"]
        right += got == expected
        if verbose and got != expected:
            print(f"  {expected:8s} got {got:8s} {unit}")
    print(f"{right}/{len(CASES)} right")


if __name__ == "__main__":
    main("-v" in sys.argv)
