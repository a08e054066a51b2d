"""Held-back sentences of stance 50, written before any rule of the round (not a test module: none of its
sentences was used to write or tune a rule). Run: .venv/bin/python tests/heldback_stance50.py -v
Before the round 34/42 right, after it 36/42 (codebook 1.23.0 + stance 50)."""

import sys

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from analysis.codebook import load_codebook
from tests.stance_units import IN_DEAL_STORY as IN
from tests.stance_units import PK_PIPELINE_STORY as PK
from tests.stance_units import code_article

CASES = [
    # A: the ties under a determiner, not opening the unit
    (PK, "जानकारों के मुताबिक आने वाले दिनों में यह रिश्ता और मजबूत होगा।", "ru_pk", "favor"),
    (PK, "आने वाले वर्षों में इस दोस्ती के और गहराने की उम्मीद है।", "ru_pk", "favor"),
    (PK, "फिलहाल इन संबंधों में कोई खास गर्मजोशी नहीं दिखती।", "ru_pk", "against"),
    (PK, "पिछले कुछ महीनों में यह साझेदारी तेजी से बढ़ी है।", "ru_pk", "favor"),
    (PK, "विश्लेषकों का मानना है कि इस रिश्ते की अपनी सीमाएं हैं।", "ru_pk", "against"),
    (PK, "हालांकि अब इन रिश्तों में खटास आ गई है।", "ru_pk", "against"),
    (IN, "दशकों से यह दोस्ती हर मुश्किल में खरी उतरी है।", "ru_in", "favor"),
    (IN, "जानकार मानते हैं कि ये संबंध अब पहले जैसे नहीं रहे।", "ru_in", "against"),
    (IN, "पिछले साल से इस साझेदारी में दरार दिखने लगी है।", "ru_in", "against"),
    (IN, "आज भी इस रिश्ते की बुनियाद मजबूत है।", "ru_in", "favor"),
    (IN, "विदेश मंत्री ने कहा कि यह रिश्ता समय की हर कसौटी पर खरा उतरा है।", "ru_in", "favor"),
    (PK, "माहिरीन के मुताबिक़ आने वाले वक़्त में ये ताल्लुकात और मज़बूत होंगे।", "ru_pk", "favor"),
    (PK, "कूटनीतिक हलकों में यह माना जा रहा है कि यह मैत्री अब और प्रगाढ़ होगी।", "ru_pk", "favor"),
    (IN, "सच यह है कि इस भागीदारी में अब पहले जैसी गर्मजोशी नहीं है।", "ru_in", "against"),
    (PK, "लेकिन विशेषज्ञों को इस नज़दीकी के टिकाऊ होने पर संदेह है।", "ru_pk", "against"),
    (IN, "मुश्किल वक्त में यही दोस्ती सबसे बड़ा सहारा साबित हुई है।", "ru_in", "favor"),
    (PK, "रिश्तों की इस नई गर्मजोशी से इस्लामाबाद में उत्साह है।", "ru_pk", "favor"),
    (IN, "बदलते वैश्विक हालात में भी ये रिश्ते अटूट बने हुए हैं।", "ru_in", "favor"),
    (PK, "बीते दशक में इन रिश्तों ने लंबा सफर तय किया है।", "ru_pk", "favor"),
    (IN, "कई विश्लेषकों के अनुसार इस रिश्ते में अब ठहराव आ गया है।", "ru_in", "against"),
    (PK, "अफगान मसले पर इस तालमेल से दोनों को फायदा हुआ है।", "ru_pk", "favor"),
    (IN, "मौजूदा हालात में इस साझेदारी का महत्व और बढ़ गया है।", "ru_in", "favor"),
    (PK, "सियासी हलक़ों में इन तअल्लुक़ात को लेकर जोश है।", "ru_pk", "favor"),
    (IN, "धीरे-धीरे इस दोस्ती में दूरियां बढ़ रही हैं।", "ru_in", "against"),
    # A, none: neutral facts, another pair
    (PK, "इस रिश्ते का इतिहास सत्तर साल पुराना है।", "ru_pk", "none"),
    (PK, "अमेरिका और चीन के बीच यह रिश्ता लगातार बिगड़ रहा है।", "ru_pk", "none"),
    (IN, "इस रिश्ते पर अगले महीने दिल्ली में चर्चा होगी।", "ru_in", "none"),
    (IN, "भारत और अमेरिका के बीच यह साझेदारी तेजी से बढ़ रही है।", "ru_in", "none"),
    (PK, "इस रिश्ते की चर्चा अगले हफ्ते होने वाली बैठक में होगी।", "ru_pk", "none"),
    (IN, "इस रिश्ते पर एक किताब अगले महीने प्रकाशित होगी।", "ru_in", "none"),
    (PK, "चीन और अमेरिका के इस रिश्ते में तनाव बढ़ा है।", "ru_pk", "none"),
    # D: a party named by capital, office, government or demonym; the partner the story's
    (PK, "क्रेमलिन ने हेलीकॉप्टर देने का फैसला किया है।", "ru_pk", "favor"),
    (PK, "रावलपिंडी ने रूसी सैन्य दल का गर्मजोशी से स्वागत किया।", "ru_pk", "favor"),
    (PK, "रूसी पक्ष ने पाइपलाइन के लिए धन देने का वादा दोहराया।", "ru_pk", "favor"),
    (IN, "मॉस्को ने एस-400 की बाकी खेप समय पर देने का भरोसा दिलाया।", "ru_in", "favor"),
    (IN, "साउथ ब्लॉक ने रूसी प्रस्ताव का स्वागत किया।", "ru_in", "favor"),
    (PK, "जीएचक्यू ने रूसी जनरल की मेज़बानी की।", "ru_pk", "favor"),
    (IN, "रूसी सरकार ने भुगतान रुपये में लेने से इनकार कर दिया।", "ru_in", "against"),
    (PK, "पाकिस्तानी हुकूमत ने मॉस्को के साथ मुआहिदे पर दस्तख़त किए।", "ru_pk", "favor"),
    (IN, "रूसी रक्षा मंत्रालय ने विमानों की आपूर्ति टाल दी है।", "ru_in", "against"),
    (PK, "इस्लामाबाद ने रूसी गैस की पहली खेप खरीद ली है।", "ru_pk", "favor"),
    (PK, "नई दिल्ली ने इस सौदे पर कड़ी आपत्ति जताई है।", "ru_in", "against"),
]

if __name__ == "__main__":
    cb = load_codebook(__import__("pathlib").Path(__file__).resolve().parents[1] / "config/codebook.yaml")
    right = 0
    for story, unit, t, exp in CASES:
        got = code_article([*story, unit], cb)[-1].stance[t]
        right += got == exp
        if "-v" in sys.argv:
            print(("OK " if got == exp else "XX ") + f"{t} {exp:>7} got {got:>7}  {unit}")
    print(f"held back: {right}/{len(CASES)} right")
