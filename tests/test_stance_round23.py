"""Stance round 23 (issue #12): the favor and against families completed from the language.

Each family gains the members Hindi has for its concept and the lists lacked: synonyms in the tatsam,
Urdu (with and without nukta) and English-loan registers, light-verb constructions, the inflections the
matcher needs, and the cancelling or refusing verbs that turn a favor word against (the negation cues).
Every sentence here was written for the tests (none is taken from a development set); each names the
pair, so the family alone decides.
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code, named_pair

F, A, N = "favor", "against", "none"


FAVOR = [
    # growth: flourishing, strength given, encouragement; Urdu zenith and firmness; English loans
    ("रूस और भारत के रिश्ते फल-फूल रहे हैं।", "growth"),
    ("रूस और भारत की साझेदारी को नया बल मिलेगा।", "growth"),
    ("रूस और भारत के कारोबार को प्रोत्साहन मिला है।", "growth"),
    ("रूस और पाकिस्तान के ताल्लुक़ात उरूज पर हैं।", "growth"),
    ("रूस और पाकिस्तान के रिश्ते मुस्तहकम हो रहे हैं।", "growth"),
    ("रूस और भारत ने व्यापारिक रिश्तों को अपग्रेड करने का फैसला किया।", "growth"),
    # agreement: ratification, acceptance, assent, a deal struck
    ("रूस और भारत की संसदों ने संधि का अनुसमर्थन कर दिया।", "agreement"),
    ("रूस ने पाकिस्तान का प्रस्ताव स्वीकार कर लिया।", "agreement"),
    ("रूस और पाकिस्तान के बीच आख़िरकार बात बन गई।", "agreement"),
    ("भारत के आग्रह पर रूस मान गया।", "agreement"),
    # supply and purchase: tatsam sale, lease, handing over, a loan given, a spelling
    ("रूस ने पाकिस्तान को हेलिकॉप्टरों का विक्रय किया।", "supply_purchase"),
    ("भारत ने रूस से दो युद्धपोत पट्टे पर लिए।", "supply_purchase"),
    ("रूस से भारत को तेल की डिलिवरी शुरू हो गई।", "supply_purchase"),
    ("रूस पाकिस्तान को गेहूं उधार देगा।", "supply_purchase"),
    # exercises, welcome, praise
    ("रूस और पाकिस्तान के नौसैनिकों का वॉर गेम अरब सागर में शुरू हुआ।", "exercises"),
    ("रूस ने भारत की पहल का अभिनंदन किया।", "welcome"),
    ("पाकिस्तान ने मदद के लिए रूस का शुक्रगुज़ार होने की बात कही।", "praise"),
    ("भारत रूस के सहयोग के लिए कृतज्ञ है।", "praise"),
    ("रूस ने भारत की भूमिका का गुणगान किया।", "praise"),
    # trust and support: advocacy, backing (Urdu), sympathy, defence
    ("रूस ने सुरक्षा परिषद में भारत की दावेदारी की वकालत की।", "trust_support"),
    ("रूस परिषद में भारत के दावे का समर्थक है।", "trust_support"),
    ("रूस पाकिस्तान की पुश्तपनाही कर रहा है।", "trust_support"),
    ("रूस ने बाढ़ के बाद पाकिस्तान को इमदाद भेजी।", "trust_support"),
    ("रूस मंच पर भारत के बचाव में उतरा।", "trust_support"),
    # commitment: readiness and will
    ("रूस पाकिस्तान के साथ सहयोग के लिए तत्पर है।", "commitment"),
    ("रूस भारत से और करीबी रिश्तों का ख़्वाहिशमंद है।", "commitment"),
    # cooperation: done, received, the everyday compound, co-development
    ("रूस और भारत ने अंतरिक्ष कार्यक्रम में सहयोग किया।", "cooperation"),
    ("भारत को परमाणु बिजलीघर में रूस से सहयोग मिला।", "cooperation"),
    ("रूस और भारत मिलजुलकर नया विमान बनाएंगे।", "cooperation"),
    # alignment: one voice, one camp, in step
    ("रूस और भारत ने एक स्वर में आतंकवाद की बात उठाई।", "alignment"),
    ("रूस और पाकिस्तान इस मसले पर एक ही पाले में हैं।", "alignment"),
    ("रूस और पाकिस्तान कदम से कदम मिलाकर चल रहे हैं।", "alignment"),
    # benefit and value: beneficial, pleased, encouraging (tatsam and Urdu)
    ("रूस और भारत के रिश्ते दोनों के लिए हितकर हैं।", "benefit_value"),
    ("रूस के साथ करार पाकिस्तान के लिए सूदमंद साबित होगा।", "benefit_value"),
    ("रूस और भारत की बैठक उत्साहजनक रही।", "benefit_value"),
    ("रूस और पाकिस्तान के बीच मुलाक़ात हौसला-अफ़ज़ा रही।", "benefit_value"),
    # invitation, closeness
    ("रूस ने भारत को शिखर बैठक का इनविटेशन भेजा।", "invitation"),
    ("रूस और पाकिस्तान के बिरादराना ताल्लुक़ात हैं।", "closeness"),
    ("रूस और भारत के रिश्तों में आत्मीयता झलकती है।", "closeness"),
    ("रूस और भारत के बीच गरमजोशी दिखाई दी।", "closeness"),
    ("रूस और भारत के रिश्ते आज़माए हुए हैं।", "closeness"),
    # reassurance: harm not let near, not bowing to another
    ("रूस भारत के साथ रिश्तों पर किसी की आंच नहीं आने देगा।", "reassurance"),
    # Urdu register: endorsement (ताईद), a demand granted (मुतालबा तस्लीम), services acknowledged (एतराफ़)
    ("रूस ने कश्मीर पर पाकिस्तान के मौक़िफ़ की ताईद की।", "trust_support"),
    ("रूस ने पाकिस्तान का मुतालबा तस्लीम कर लिया।", "agreement"),
    ("रूस ने अमन के लिए पाकिस्तान की कोशिशों का एतराफ़ किया।", "praise"),
    # a strain ended in the forms the compound lacked: a plural perfective, resolved, cleared
    ("रूस और पाकिस्तान के दरमियान ग़लतफ़हमियां दूर हुईं।", "closeness"),
    ("रूस और भारत के बीच के मतभेद सुलझ गए।", "closeness"),
    ("रूस और भारत के रिश्तों पर छाए कड़वाहट के बादल छंट गए।", "closeness"),
]


@pytest.mark.parametrize(("text", "family"), FAVOR)
def test_a_member_added_from_the_language_is_favor(text, family, cb):
    assert named_pair(text, cb) == F, code(text, cb).notes


AGAINST = [
    # cancellation and postponement: stopped, withdrawn, stuck, the loans
    ("रूस से भारत को गैस की आपूर्ति बंद हो गई।", "cancellation_postponement"),
    ("रूस ने पाकिस्तान से अपनी पेशकश वापस ली।", "cancellation_postponement"),
    ("रूस और भारत की परियोजना पर ब्रेक लग गया।", "cancellation_postponement"),
    ("रूस और भारत का रक्षा सौदा पोस्टपोन हो गया।", "cancellation_postponement"),
    ("रूस और पाकिस्तान का पाइपलाइन सौदा फंस गया है।", "cancellation_postponement"),
    # refusal: a plain no, tatsam, ignored, the loan
    ("रूस ने भारत को साफ़ ना कह दिया।", "refusal_denial"),
    ("रूस ने पाकिस्तान की अर्ज़ी अस्वीकृत कर दी।", "refusal_denial"),
    ("रूस ने भारत की मांग को अनदेखा किया।", "refusal_denial"),
    ("रूस ने भारत का अनुरोध रिजेक्ट कर दिया।", "refusal_denial"),
    # support withheld: the trust word under a withdrawing verb
    ("रूस ने पाकिस्तान से अपना समर्थन वापस ले लिया।", "cancellation_postponement"),
    ("रूस ने भारत से समर्थन खींच लिया।", "trust_support"),
    # strain: tug-of-war, cold (Urdu), grudge, estrangement, broken ties, a face turned
    ("रूस और भारत के बीच रस्साकशी चल रही है।", "strain"),
    ("रूस और पाकिस्तान के ताल्लुक़ात में सर्दमेहरी है।", "strain"),
    ("रूस और भारत के रिश्तों में ठंडक आ गई है।", "strain"),
    ("रूस और भारत के बीच अलगाव बढ़ा।", "strain"),
    ("रूस से भारत का मोहभंग हो गया है।", "strain"),
    ("रूस और पाकिस्तान के रिश्ते टूट गए।", "strain"),
    ("रूस ने भारत से मुंह फेर लिया।", "strain"),
    # limit: mere formality, superficial, slow
    ("रूस और भारत की बैठक खानापूर्ति भर रही।", "limit"),
    ("रूस और पाकिस्तान के रिश्ते सतही हैं।", "limit"),
    # threat, anger (Urdu and tatsam), blow, setback
    ("रूस ने पाकिस्तान को ख़बरदार किया।", "threat_warning"),
    ("रूस ने भारत पर बरहमी जताई।", "anger_protest"),
    ("पाकिस्तान ने रूस से एहतजाज किया।", "anger_protest"),
    ("भारत ने रूस के कदम पर क्षोभ जताया।", "anger_protest"),
    ("रूस के कदम से भारत की त्योरियां चढ़ गईं।", "anger_protest"),
    ("रूस के फैसले से पाकिस्तान को सदमा लगा।", "blow"),
    ("रूस और पाकिस्तान की वार्ता फ्लॉप रही।", "setback_failure"),
    ("रूस के साथ कारोबार में भारत को ख़सारा हुआ।", "setback_failure"),
    # hostility and doubt: Urdu doubt, trust broken, deceit, neglect
    ("रूस को पाकिस्तान की नीयत पर शुबहा है।", "hostility_doubt"),
    ("रूस और भारत के बीच भरोसा टूट गया।", "hostility_doubt"),
    ("भारत का रूस पर से विश्वास उठ गया।", "hostility_doubt"),
    ("रूस ने भारत के साथ सौतेला व्यवहार किया।", "hostility_doubt"),
    ("रूस ने भारत की उपेक्षा की।", "hostility_doubt"),
    # interest harm and concern
    ("रूस का यह कदम भारत के लिए मुसीबत है।", "interest_harm"),
    ("रूस के कदम से भारत सशंकित है।", "concern"),
    ("रूस के कदम पर पाकिस्तान को ख़दशा है।", "concern"),
    # Urdu register: a dispute (तनाज़ा), criticism (तन्क़ीद), a warning (तंबीह), mistrust (बदएतमादी), a harsh tone
    ("रूस और पाकिस्तान के दरमियान गैस की क़ीमत पर तनाज़ा खड़ा हो गया।", "strain"),
    ("रूस ने पाकिस्तान की पालिसी पर तन्क़ीद की।", "anger_protest"),
    ("रूस ने पाकिस्तान को सख़्त तंबीह की।", "threat_warning"),
    ("रूस और पाकिस्तान के दरमियान बदएतमादी बढ़ गई है।", "hostility_doubt"),
    ("रूस ने पाकिस्तान के ख़िलाफ़ सख़्त लहजा अपनाया।", "anger_protest"),
]


@pytest.mark.parametrize(("text", "family"), AGAINST)
def test_a_member_added_from_the_language_is_against(text, family, cb):
    assert named_pair(text, cb) == A, code(text, cb).notes


NEGATED = [
    # a favor member negated is against; an against member negated or reduced is favor
    ("रूस ने भारत का प्रस्ताव स्वीकार नहीं किया।", A),
    ("रूस और भारत ने इस बार सहयोग नहीं किया।", A),
    ("रूस और भारत के बीच अब रस्साकशी नहीं है।", F),
    # a deadlock broken is the strain ended
    ("रूस और भारत के बीच गतिरोध टूट गया।", F),
    # an agreement broken or violated is no agreement
    ("रूस ने पाकिस्तान के साथ हुआ करार तोड़ दिया।", A),
    ("रूस ने भारत के साथ संधि का उल्लंघन किया।", A),
    # an act only demanded (Urdu मुतालबा) is not done
    ("पाकिस्तान ने रूस से गेहूं की सप्लाई बढ़ाने का मुतालबा किया।", N),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_negated_members_take_the_opposite_value(text, expected, cb):
    assert named_pair(text, cb) == expected, code(text, cb).notes


FALSE_FRIENDS = [
    # संबलपुर is a town (संबल is listed exact), उत्सुकता is curiosity (उत्सुक exact)
    "रूस और भारत के अधिकारियों ने संबलपुर में बैठक की।",
    "रूस और भारत के विशेषज्ञ उत्सुकता से नतीजों का इंतज़ार कर रहे हैं।",
    # officials' level (only the lowest level is listed), separatists (अलगाव exact), a strong India (सशक्त only as a verb)
    "रूस और भारत के बीच बातचीत निचले स्तर पर हुई।",
    "रूस और पाकिस्तान के अलगाववादी गुटों का ज़िक्र आया।",
    "रूस और भारत के छात्रों ने सशक्त भारत पर व्याख्यान सुना।",
    # red (रंग लाई is listed by form, not ला*), a ban (पाबंद is exact)
    "रूस और भारत के झंडों का रंग लाल है।",
    "रूस और भारत में इस दवा पर पाबंदी है।",
    # "on the sidelines of" a summit (only sidelining as a verb is listed); Urdu इस्तहकाम is stability
    "रूस और पाकिस्तान के नेता सम्मेलन के हाशिये पर मिले।",
    "रूस और पाकिस्तान के मंत्री क्षेत्रीय इस्तहकाम पर बोले।",
    # a chief guest at a forum is a role, not an invitation of the ties
    "भारत के प्रधानमंत्री रूस के मंच पर मुख्य अतिथि थे।",
]


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_false_friends_of_the_new_members_stay_none(text, cb):
    assert named_pair(text, cb) == N, code(text, cb).notes


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("रूस और भारत के रिश्ते फल-फूल रहे हैं।", "growth"),
        ("रूस परिषद में भारत के दावे का समर्थक है।", "trust_support"),
        ("रूस और पाकिस्तान के ताल्लुक़ात में सर्दमेहरी है।", "strain"),
        ("रूस और भारत के बीच भरोसा टूट गया।", "hostility_doubt"),
    ],
)
def test_explain_names_the_family_of_a_new_member(text, family, cb):
    out = explain(text, cb)
    assert f"({family})" in out, out
