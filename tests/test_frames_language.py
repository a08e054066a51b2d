"""Frame recall across the registers and inflections of Hindi news (codebook v1.1 rules).

Invented sentences, one family of the codebook's wording per test: arrivals and visits in
any verb form, invitations, condolences and gestures between governments, joint
statements (diplomacy); purchase, payment, prices and named goods (economy); helicopters,
rifles, training (military); the region named in the Urdu register and plural or oblique
forms (regional). Each family also has domestic negatives: the international-context guard
(frame_context) keeps a wedding welcome, a shop's discount or a teachers' training out.
"""

from __future__ import annotations

import pytest

from analysis.cues import match_cues, named_mentions
from analysis.frames import code_frames


def frames_of(text, cb):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb)[0]


@pytest.mark.parametrize(
    "text",
    [
        "रूसी विदेश मंत्री लावरोव इस्लामाबाद पहुंच गए हैं",  # arrival, perfect with गए
        "चीनी विदेश मंत्री वांग यी कल नई दिल्ली पहुंच रहे हैं",  # arrival, progressive
        "पुतिन भारत आएंगे, मोदी से मिलेंगे",  # arrival, future of आना
        "रूसी राष्ट्रपति पुतिन बीजिंग पधारे",  # honorific arrival
        "रूस ने भूकंप पर पाकिस्तान के प्रति शोक जताया",  # condolences between governments
        "रूस ने पाकिस्तान में बाढ़ पर संवेदना व्यक्त की",
        "पाकिस्तान और रूस ने संयुक्त बयान जारी किया",  # joint statement
        "मोदी ने पुतिन को गले लगाया",  # a gesture between leaders
        "मोदी ने पुतिन को जन्मदिन की बधाई दी",  # congratulation as praise
    ],
)
def test_diplomacy_visits_condolences_and_gestures(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "पर्यटक शिमला पहुंचे",
        "मंत्री जी कल जिले में पधारेंगे",
        "मुख्यमंत्री ने बाढ़ पीड़ितों के प्रति संवेदना जताई",
        "नेताओं ने एक दूसरे को गले लगाया",
        "जिलाधिकारी ने किसानों को बधाई दी",
    ],
)
def test_domestic_arrivals_condolences_and_greetings_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "भारत ने रूसी तेल का भुगतान रुपये में किया",
        "रूबल में भुगतान पर सहमति",  # rupee-rouble
        "रूस से डिस्काउंट पर क्रूड मिला",  # English loans
        "रूसी कंपनियां पाकिस्तान में पूंजी लगाएंगी",  # investment in other words
        "रूस पाकिस्तान को रियायती दर पर गेहूं बेचेगा",  # a discount between states
        "भारत ने रूस से क्रूड की खरीद दोगुनी की",  # purchase
        "रूस से एलएनजी की आपूर्ति पर पाकिस्तान की नजर",  # the good names the frame
    ],
)
def test_economy_purchase_payment_prices_and_goods(cb, text):
    assert "economy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    ["दुकानदार ने ग्राहकों को छूट दी", "बिजली बिल के भुगतान की अंतिम तिथि", "सब्जियों के दाम आसमान पर"],
)
def test_a_shop_discount_a_bill_or_vegetable_prices_are_no_economy(cb, text):
    assert "economy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस पाकिस्तान को एमआई-35 हेलीकॉप्टर देगा",
        "रूसी फ़ौज के अफसरों ने पाकिस्तानी जवानों को प्रशिक्षण दिया",  # Urdu register, training
        "रूसी प्रशिक्षक पाकिस्तानी पायलटों को ट्रेनिंग देंगे",  # English loan
        "भारत ने रूस से एके-203 राइफलें खरीदीं",  # plural of a weapon
        "रूसी युद्धक विमान पाकिस्तान को नहीं मिलेंगे",
    ],
)
def test_military_helicopters_rifles_and_training(cb, text):
    assert "military" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text", ["हेलीकॉप्टर से पुष्प वर्षा की गई", "अध्यापकों को प्रशिक्षण दिया गया", "स्कूल में बच्चों को खेल का प्रशिक्षण"]
)
def test_a_flower_shower_or_teachers_training_is_no_military(cb, text):
    assert "military" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने कहा कि भारत और चीन को पड़ोसियों की तरह रहना चाहिए",  # -ियों plural of पड़ोसी
        "इलाके की सुरक्षा के लिए रूस पाकिस्तान साथ",  # Urdu/colloquial region
        "अफगानों की मदद पर रूस पाक एकमत",  # demonym plural
        "भारत और पाकिस्तान के बीच सरहदी इलाकों में गोलीबारी रुकी",
        "रूस ने भारत-पाक सीमावर्ती इलाकों में तनाव पर चिंता जताई",
    ],
)
def test_regional_in_the_urdu_register_and_plural_forms(cb, text):
    assert "regional" in frames_of(text, cb)


@pytest.mark.parametrize("text", ["गांव के पड़ोसियों के बीच झगड़ा", "स्कूल के पूरे क्षेत्र में सफाई"])
def test_village_neighbours_or_a_school_area_are_not_the_region(cb, text):
    assert "regional" not in frames_of(text, cb)


def test_an_agreement_signed_alone_is_no_diplomacy_but_signing_between_states_is(cb):
    assert "diplomacy" not in frames_of("दोनों कंपनियों ने करार किया", cb)
    assert "diplomacy" in frames_of("भारत और रूस ने समझौते पर दस्तखत किए", cb)


# ------------------------------------------------ error-analysis round (issue #12, frames3)
# Invented sentences, one per cue family or guard; none is taken from a corpus or a test set.


@pytest.mark.parametrize(
    "text",
    [
        "ईरान और चीन के तअल्लुक़ात नई बुलंदियों पर हैं",  # Urdu register: relations
        "रूस ईरान को एक भरोसेमंद शराकतदार मानता है",  # Urdu register: partner
        "चीन का एक वफ़द अगले हफ्ते तेहरान में होगा",  # Urdu register: delegation
        "अमेरिका और इजरायल के बीच तबादला-ए-ख़याल हुआ",  # exchange of views
        "ईरान ने मदद के लिए रूस का शुक्रिया अदा किया",  # thanks between governments
        "चीन ने ईरान की सदस्यता का समर्थन किया",  # support between governments
        "रूस ने इजरायल और ईरान के बीच मध्यस्थता की पेशकश की",  # mediation
        "अमेरिका ने यह मुद्दा चीन के सामने उठाया",  # an issue raised with a government
        "पुतिन ने भारत के राष्ट्रपति की अगवानी की",  # receiving a visitor
        "भारत ने रूस के सामने अपनी नाराजगी दर्ज कराई",  # displeasure between governments
        "चीन और ईरान की बढ़ती नजदीकी पर अमेरिका की नजर",  # closeness as a state of the relationship
    ],
)
def test_diplomacy_in_the_urdu_register_thanks_support_and_mediation(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "दुकानदार ने ग्राहकों का शुक्रिया अदा किया",
        "पार्टी ने निर्दलीय उम्मीदवार का समर्थन किया",
        "पंचायत में दो परिवारों के बीच मध्यस्थता हुई",
    ],
)
def test_domestic_thanks_support_or_mediation_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "चीन और अमेरिका के रक्षा संबंध लंबे समय से ठप हैं",  # ties named by their domain
        "ईरान और इजरायल के सैन्य रिश्ते कभी नहीं रहे",
        "संवाददाता सम्मेलन में चीन के राजदूत ने अमेरिका के फौजी अड्डों का मुद्दा गिनाया",  # a venue
        "चीन और ईरान ने रक्षा समझौते पर हस्ताक्षर किए",  # signing with content named
    ],
)
def test_domain_ties_press_conferences_and_signed_pacts_are_military_not_diplomacy(cb, text):
    frames = frames_of(text, cb)
    assert "military" in frames and "diplomacy" not in frames


def test_a_joint_statement_as_a_source_is_no_diplomacy_but_issuing_one_is(cb):
    assert "diplomacy" not in frames_of("ईरान और चीन के संयुक्त बयान के मुताबिक तेल की आपूर्ति बढ़ेगी", cb)
    assert "diplomacy" in frames_of("ईरान और चीन ने संयुक्त बयान जारी किया", cb)


def test_signing_a_trade_deal_is_economy_and_a_bare_signing_diplomacy(cb):
    trade = frames_of("अमेरिका और चीन ने व्यापार समझौते पर हस्ताक्षर किए", cb)
    assert "economy" in trade and "diplomacy" not in trade
    assert "diplomacy" in frames_of("अमेरिका और चीन ने समझौते पर हस्ताक्षर किए", cb)


def test_condemning_an_attack_is_terrorism_not_diplomacy_but_condemning_a_state_is(cb):
    attack = frames_of("अमेरिका ने काबुल में हुए आतंकी हमले की कड़ी निंदा की", cb)
    assert "terrorism" in attack and "diplomacy" not in attack
    assert "diplomacy" in frames_of("चीन ने अमेरिका की नीति की कड़ी निंदा की", cb)


@pytest.mark.parametrize(
    ("text", "military", "economy"),
    [
        ("ईरान ने चीन से लड़ाकू विमान खरीदने का सौदा किया", True, False),  # buying arms is supply
        ("अमेरिका ने इजरायल को मिसाइलों की बिक्री रोकी", True, False),
        ("ईरान ने चीन से गेहूं खरीदा", False, True),  # buying goods is trade
        ("चीन ने अमेरिका से सोयाबीन की खरीद बढ़ाई", False, True),
    ],
)
def test_a_purchase_is_trade_unless_what_is_bought_is_military(cb, text, military, economy):
    frames = frames_of(text, cb)
    assert ("military" in frames, "economy" in frames) == (military, economy)


@pytest.mark.parametrize(
    "text",
    ["रूस ईरान के तवानाई शोबे में सरमायाकारी करेगा", "ईरान ने चीन से दरआमद पर महसूल घटाया", "ईरान और चीन में बार्टर व्यापार"],
)
def test_economy_in_the_urdu_register_and_barter(cb, text):
    assert "economy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    ["ईरान और रूस की बहरिया ने मुश्तरका मश्क़ की", "चीन के साथ ईरान का दिफ़ाई तआवुन बढ़ेगा", "ऑपरेशन सिंदूर के बाद हालात बदले"],
)
def test_military_in_the_urdu_register_and_named_operations(cb, text):
    assert "military" in frames_of(text, cb)


def test_a_defence_expert_as_the_source_is_no_military(cb):
    assert "military" not in frames_of("रक्षा विशेषज्ञों के मुताबिक ईरान और अमेरिका की बातचीत अटकेगी", cb)
    assert "military" in frames_of("अमेरिका ईरान के पास अपनी सेना भेजेगा", cb)


def test_a_limit_is_no_border_but_a_border_is(cb):
    assert "regional" not in frames_of("ईरान और चीन की दोस्ती की कोई सीमा नहीं है", cb)
    assert "regional" not in frames_of("अमेरिका और ईरान की बातचीत की समय-सीमा तय हुई", cb)
    assert "regional" in frames_of("भारत और चीन की सीमा पर गश्त बढ़ी", cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने भारत और पाकिस्तान से संयम बरतने को कहा",  # restraint between neighbours
        "चीन चाहता है कि भारत और पाकिस्तान अपने मतभेद खुद सुलझाएं",  # settling differences
        "ईरान ने कहा कि अमेरिका के हथियार इलाके का तवाज़ुन बिगाड़ रहे हैं",  # the region's balance, Urdu
    ],
)
def test_regional_restraint_differences_and_the_balance_of_the_region(cb, text):
    assert "regional" in frames_of(text, cb)


def test_geopolitics_in_the_urdu_register_but_not_a_states_own_arms_embargo(cb):
    assert "geopolitics" in frames_of("शंघाई तआवुन तंज़ीम के इजलास में ईरान शामिल हुआ", cb)
    assert "geopolitics" in frames_of("अक़वाम-ए-मुत्तहिदा में ईरान के ख़िलाफ़ क़रारदाद", cb)
    embargo = frames_of("रूस ने अफगानिस्तान पर लगा हथियार प्रतिबंध हटाया", cb)  # no great power named
    assert "military" in embargo and "geopolitics" not in embargo


def test_a_named_attack_site_carries_terrorism_and_india(cb):
    frames = frames_of("पहलगाम हमले के बाद अमेरिका ने भारत से बात की", cb)
    assert "terrorism" in frames and "india" in frames


@pytest.mark.parametrize(
    "text",
    [
        "ईरान के राष्ट्रपति की यह पहली चीन यात्रा होगी",  # a trip to a state, no official role noun needed
        "अमेरिकी विदेश मंत्री अगले हफ्ते तेहरान जाएंगे",  # going to a capital, future
    ],
)
def test_a_trip_to_a_named_state_is_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


def test_an_auxiliary_future_or_a_tourists_trip_is_no_visit(cb):
    assert "diplomacy" not in frames_of("ईरान और चीन के लिए नए नियम लागू किए जाएंगे", cb)
    assert "diplomacy" not in frames_of("पर्यटकों की चीन यात्रा महंगी हुई", cb)


def test_differences_are_regional_between_neighbours_only(cb):
    assert "regional" in frames_of("भारत और चीन अपने मतभेद बातचीत से सुलझाएं", cb)
    assert "regional" not in frames_of("अमेरिका और ईरान के बीच परमाणु कार्यक्रम पर मतभेद", cb)


def test_about_eight_is_no_closeness(cb):
    assert "diplomacy" not in frames_of("भारत ने ईरान से करीब आठ लाख टन चावल बेचा", cb)


def test_economic_as_an_english_loan_and_shipbuilding_are_economy(cb):
    assert "economy" in frames_of("मोदी ने ईस्टर्न इकोनॉमिक फोरम को संबोधित किया", cb)
    assert "economy" in frames_of("भारत और रूस के नेताओं ने शिपयार्ड का दौरा किया", cb)


def test_a_trilateral_format_is_diplomacy_and_a_states_membership_geopolitics(cb):
    assert "diplomacy" in frames_of("भारत, ईरान और अफगानिस्तान की त्रिपक्षीय बैठक हुई", cb)
    assert "geopolitics" in frames_of("रूस ने पाकिस्तान की सदस्यता का समर्थन किया", cb)
    assert "geopolitics" not in frames_of("विधायक ने पार्टी की सदस्यता ली", cb)


# ------------------------------------------------ error-analysis round on sets C+D (issue #12, frames4)
# Invented sentences, one per cue family or guard; none is taken from a corpus or a test set. Most pair
# states the sets do not (Iran, Turkey, Japan, the US …) so that a family, not a sentence, is tested.


def frames_in_story(text, cb, pair=("ru_pk",)):
    """Frames of a unit in an article about a target pair (the context a story gives every unit)."""
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb, article_pair=set(pair))[0]


@pytest.mark.parametrize(
    "text",
    [
        "अमेरिका ने कहा कि वह हर हाल में इजरायल का साथ देगा",  # alignment: standing by
        "ईरान का झुकाव अब चीन की तरफ है",  # a tilt towards a state
        "चीन और ईरान का गठजोड़ अमेरिका को खटक रहा है",  # an alliance
        "ईरान ने कहा कि चीन उसे दूसरों पर तरजीह देता है",  # preference between states
        "अमेरिका ने ईरान को दरकिनार कर दिया",  # sidelining a state
        "चीन ने कहा कि ईरान को अलग-थलग करना ठीक नहीं",  # isolating a state
        "ईरान ने चीन से तेल की कीमत घटाने का अनुरोध किया",  # a request between governments
        "ईरान और चीन की सोच एक जैसी है",  # views alike
        "ईरान अफगान मसले पर चीन से मशविरा करता है",  # consultation, Urdu register
        "ईरान और चीन के बीच एतमाद बढ़ा",  # trust between states, Urdu register
        "अमेरिका इजरायल के पक्ष में खड़ा है",  # standing for a state
        "ईरान ने अमेरिकी कार्रवाई की मज़म्मत की",  # condemnation, Urdu register
        "चीन और अमेरिका के रिश्तों में खटास आई",  # ties soured
    ],
)
def test_diplomacy_alignment_requests_consultation_and_soured_ties(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "किसानों ने जिलाधिकारी से सड़क बनवाने का अनुरोध किया",
        "बैंक का झुकाव छोटे कर्जों की ओर है",
        "विधायक ने कहा कि पार्टी उनका साथ देगी",
        "सास-बहू के रिश्ते में खटास आ गई",
    ],
)
def test_domestic_requests_tilts_support_and_sourness_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "तुर्की के वज़ीर-ए-ख़ारिजा ने अपने हम-मंसब से मुलाक़ात की",  # Urdu-register foreign minister
        "दफ़्तर-ए-ख़ारिजा की तर्जुमान ने बातचीत की तस्दीक की",  # foreign office, Urdu register
        "जापानी एंबेसडर ने बैठक में हिस्सा लिया",  # English loan: ambassador
    ],
)
def test_foreign_ministry_in_the_urdu_register_and_loans_is_international_context(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरानी राष्ट्रपति पिछले हफ्ते बीजिंग में थे",  # a state's person in another state's capital
        "चीनी विदेश मंत्री तेहरान से लौटे",  # returning from a state
    ],
)
def test_a_stay_in_or_a_return_from_a_foreign_capital_is_a_visit(cb, text):
    assert "diplomacy" in frames_of(text, cb)


def test_cooperation_as_such_is_diplomacy_but_cooperation_in_a_domain_is_the_domain(cb):
    assert "diplomacy" in frames_of("ईरान ने कहा कि चीन के साथ सहयोग के दरवाजे खुले हैं", cb)
    defence = frames_of("ईरान और चीन ने रक्षा क्षेत्र में सहयोग बढ़ाया", cb)
    assert "military" in defence and "diplomacy" not in defence
    body = frames_of("ईरान और भारत शंघाई सहयोग संगठन के सदस्य हैं", cb)  # a body's name, not cooperation
    assert "geopolitics" in body and "diplomacy" not in body


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("चीन की नौसेना की भागीदारी से ईरान का अभ्यास बड़ा हुआ", "military"),  # taking part in a drill
        ("ईरान और चीन की नौसेनाएं द्विपक्षीय अभ्यास करेंगी", "military"),  # a bilateral drill
        ("अमेरिका जापान का सबसे बड़ा रक्षा साझेदार है", "military"),  # a partner named by its domain
        ("ईरान और चीन के बीच बैंकिंग संबंध अब भी कमजोर हैं", "economy"),  # banking ties
    ],
)
def test_participation_partners_and_ties_named_by_a_domain_are_that_domain(cb, text, frame):
    frames = frames_of(text, cb)
    assert frame in frames and "diplomacy" not in frames


def test_an_issue_called_bilateral_is_no_diplomacy_but_bilateral_talks_are(cb):
    assert "diplomacy" not in frames_of("जापान ने कहा कि चीन के साथ हर मसला द्विपक्षीय है", cb)
    assert "diplomacy" in frames_of("जापान और चीन की द्विपक्षीय वार्ता हुई", cb)


def test_a_cost_or_a_benefit_reaching_people_is_no_arrival_in_a_pair_story(cb):
    assert "diplomacy" not in frames_in_story("इस परियोजना पर दो अरब डॉलर लागत आने का अनुमान है", cb)
    assert "diplomacy" not in frames_in_story("सस्ते तेल का लाभ आम लोगों तक नहीं पहुंचा", cb)
    assert "diplomacy" in frames_in_story("मंत्री के आने का कार्यक्रम तय हो गया", cb)  # the arrival sense stays


@pytest.mark.parametrize(
    "text",
    [
        "आज़ाद कश्मीर में चुनाव की तैयारी",  # Kashmir in the Pakistani register, no context needed
        "मक़बूज़ा कश्मीर पर एक और बयान",  # Urdu register
        "अनुच्छेद 370 हटाए जाने पर बहस जारी",  # Kashmir by its constitutional article
        "कश्मीर का मसला फिर उठा",  # the Kashmir issue phrased
        "तालेबान ने नई सरकार का ऐलान किया",  # spelling variant
        "डूरंड रेखा पर फिर गोलीबारी",  # the Pak-Afghan border
        "कंधार में हालात बिगड़े",  # Afghanistan by its places
        "जुनूबी एशिया में अमन की कोशिशें",  # South Asia, Urdu register
    ],
)
def test_regional_kashmir_afghanistan_and_the_region_in_other_registers(cb, text):
    assert "regional" in frames_of(text, cb)


def test_soured_or_restored_ties_are_regional_between_neighbours_only(cb):
    assert "regional" in frames_of("भारत और बांग्लादेश के रिश्तों में खटास बढ़ी", cb)
    assert "regional" in frames_of("भारत और चीन ने विश्वास बहाली के कदम उठाए", cb)
    assert "regional" not in frames_of("अमेरिका और जापान के रिश्तों में खटास बढ़ी", cb)


def test_a_controversy_at_home_or_an_envoys_title_is_not_the_region(cb):
    assert "regional" not in frames_of("भारत में इस सौदे पर विवाद खड़ा हो गया, पाकिस्तान चुप रहा", cb)
    assert "regional" not in frames_of("ईरान के अफगान मामलों के विशेष दूत ने पत्रकारों से बात की", cb)
    assert "regional" in frames_of("भारत और पाकिस्तान के बीच सीमा विवाद गहराया", cb)


def test_no_military_solution_is_the_conflict_not_the_forces(cb):
    frames = frames_of("ईरान ने कहा कि अफगान संकट का कोई सैन्य समाधान नहीं है", cb)
    assert "regional" in frames and "military" not in frames
    assert "military" in frames_of("ईरान ने अफगान सीमा पर सेना तैनात की", cb)


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("ईरान को जेएफ-17 बेचने पर चीन राजी", "military"),  # a named aircraft
        ("एमआई-17 की नई खेप पहुंची", "military"),  # a named helicopter
        ("आईएस के बढ़ते खतरे पर ईरान चिंतित", "terrorism"),  # IS short form
        ("ईरान की बैंकिंग प्रणाली पर असर", "economy"),  # banking
        ("जापान की मदद से बने परमाणु संयंत्र में बिजली उत्पादन शुरू", "economy"),  # nuclear power
        ("मग़रिब के दबाव में नेपाल झुका नहीं", "geopolitics"),  # the West, Urdu register
        ("विश्व की बड़ी शक्तियों को अंतरराष्ट्रीय कानून मानना चाहिए", "geopolitics"),  # great powers
    ],
)
def test_named_systems_is_short_forms_banking_nuclear_power_and_great_powers(cb, text, frame):
    assert frame in frames_of(text, cb)


def test_an_ias_officer_or_a_buyer_of_arms_is_no_terror_or_trade(cb):
    assert "terrorism" not in frames_of("आईएएस अधिकारियों के तबादले हुए", cb)
    arms = frames_of("ईरान चीनी हथियारों का सबसे बड़ा खरीदार है", cb)
    assert "military" in arms and "economy" not in arms


def test_a_sellers_own_ban_is_no_sanction(cb):
    ban = frames_of("चीन ने ईरान को ड्रोन की बिक्री पर लगा अघोषित प्रतिबंध हटाया", cb)
    assert "military" in ban and "geopolitics" in ban  # China named: the great power stays
    ban = frames_of("भारत ने नेपाल को गोला-बारूद की बिक्री पर लगा अघोषित प्रतिबंध हटाया", cb)
    assert "military" in ban and "geopolitics" not in ban


def test_a_stay_or_a_return_without_a_states_person_is_no_visit(cb):
    assert "diplomacy" not in frames_of("ईरानी छात्र उस समय बीजिंग में थे", cb)  # students in a country
    assert "diplomacy" not in frames_of("जापान से लौटे चीनी पर्यटक", cb)  # travellers back from a state
    assert "diplomacy" not in frames_in_story("हजारों मजदूर उस समय मॉस्को में थे", cb)  # a pair story too
    assert "diplomacy" in frames_in_story("विदेश मंत्री उस समय मॉस्को में थे", cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरानी विदेश मंत्री कल बीजिंग आए",  # coming to a capital, past
        "जापान के प्रधानमंत्री पिछले साल तेहरान गए थे",  # going to a capital, past perfect
        "तुर्की के राष्ट्रपति इस हफ्ते चीन जा रहे हैं",  # going, progressive
    ],
)
def test_coming_or_going_to_a_state_with_a_states_person_is_a_visit(cb, text):
    assert "diplomacy" in frames_of(text, cb)


def test_coming_or_going_without_a_states_person_or_as_an_idiom_is_no_visit(cb):
    assert "diplomacy" not in frames_of("ईरानी छात्र पढ़ाई के लिए चीन गए", cb)
    assert "diplomacy" not in frames_of("विदेश मंत्री ने कहा कि पाकिस्तान आए दिन अफगान सीमा पर गोलीबारी करता है", cb)


def test_warmth_and_cordiality_between_states_are_the_relationship(cb):
    assert "diplomacy" in frames_of("ईरान और चीन के रिश्ते में नई गर्मजोशी", cb)
    assert "diplomacy" in frames_of("जापान और अमेरिका के बीच सौहार्दपूर्ण माहौल", cb)
    assert "diplomacy" not in frames_of("मेहमानों का गर्मजोशी भरा इंतजाम", cb)


def test_the_interest_of_the_region_is_regional_in_an_international_context(cb):
    assert "regional" in frames_of("ईरान ने कहा कि चीन से दोस्ती क्षेत्र के हित में है", cb)
    assert "regional" not in frames_of("किसानों के लिए यह योजना क्षेत्र के हित में है", cb)


def test_the_line_of_control_as_a_loan_and_the_neighbour_in_urdu_are_regional(cb):
    assert "regional" in frames_of("लाइन ऑफ कंट्रोल पर फिर गोलीबारी", cb)
    assert "regional" in frames_of("ईरान ने हमसाया मुल्क से बातचीत की", cb)


# ---------------------------------------------------------------- round frames5 (sets E+G; families, not sentences)


@pytest.mark.parametrize(
    "text, frame",
    [
        ("चीनी नौसेना के प्रवक्ता ने कहा कि दोनों देश व्यापार बढ़ाएंगे", "military"),
        ("ईरान के तेल मंत्रालय के एक अधिकारी ने नाम न छापने की शर्त पर बताया कि बातचीत जारी है", "economy"),
        ("अमेरिकी वायुसेना के पूर्व प्रमुख जनरल स्मिथ का कहना है कि चीन और भारत करीब आ रहे हैं", "military"),
    ],
)
def test_a_title_that_only_names_who_speaks_is_not_the_frame(cb, text, frame):
    assert frame not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "भारतीय सेना के प्रमुख ने कहा कि चीन के साथ संयुक्त अभ्यास होगा",  # the frame is also in what is said
        "ऑपरेशन सिंदूर पर चीन ने क्या कहा?",  # the topic before the subject is no source
        "ईरान ने अभ्यास तय कार्यक्रम के अनुसार कराया, अमेरिका नाराज",  # के अनुसार after a subject: "as per"
    ],
)
def test_a_frame_outside_the_source_phrase_stays(cb, text):
    assert "military" in frames_of(text, cb)


def test_a_civilian_general_a_think_tank_and_a_car_engine_are_no_forces(cb):
    assert "military" not in frames_of("अमेरिका में भारत के कौंसल जनरल ने चीनी छात्रों से मुलाकात की", cb)
    assert "military" not in frames_of("बीजिंग के एक थिंक टैंक ने ईरान पर रिपोर्ट जारी की", cb)
    assert "military" not in frames_of("मेरी कार का इंजन खराब हो गया", cb)


@pytest.mark.parametrize(
    "text",
    [
        "अमेरिका ने तुर्की को F-16 देने से मना किया",  # designators in Latin, any number
        "चीन ने पाकिस्तान को जे-10 विमान दिए",
        "ईरान को मिग-35 चाहिए",
        "इजरायल को दो नई स्क्वाड्रन मिलीं",
        "चीन ईरान को स्टील्थ विमान देगा",
        "रूस ईरान को विमानों के इंजन बेचेगा",  # engines between states
    ],
)
def test_aircraft_squadrons_air_defence_and_engines_between_states_are_military(cb, text):
    assert "military" in frames_of(text, cb)


def test_a_sum_in_dollars_is_economy_even_at_home(cb):
    assert "economy" in frames_of("रुपया डॉलर के मुकाबले कमजोर हुआ", cb)  # a plain cue, no context needed


def test_engines_sold_between_states_yield_the_sale_to_military(cb):
    frames = frames_of("ईरान चाहता है कि चीन उसे सीधे इंजन बेचे", cb)
    assert "military" in frames and "economy" not in frames


@pytest.mark.parametrize(
    "text",
    [
        "चीन और ईरान के बीच रक्षा समझौते के हस्ताक्षर समारोह में दोनों विदेश मंत्री मौजूद थे",  # ceremony, not yielding
        "नेपाल और भारत के तिजारती मुआहिदे पर एक तक़रीब के दौरान दस्तख़त हुए",  # Urdu register
    ],
)
def test_a_signing_ceremony_is_diplomacy_whatever_was_signed(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरान के सरबराह का चीन का दौरा टल गया",  # the trip with its genitive, right after the place
        "चीन से ईरानी विदेश मंत्री सीधे तेहरान लौट गए",  # a return to a state, official named
        "चीन और ईरान के नेताओं की मौजूदगी में समझौता हुआ",  # an act in leaders' presence
        "इस दौरे में भारत और नेपाल ने पांच समझौते किए",  # a visit referred back to
        "ईरान और चीन के विचार एक समान हैं",  # views alike, other word order
        "भारत और नेपाल उच्च स्तरीय संपर्क जारी रखेंगे",  # contact kept up
        "अमेरिका ने ईरान को अपनी चिंता से अवगत करा दिया",  # a position made known
        "ईरान और चीन के राष्ट्रपति गले मिलते दिखे",  # embraces
        "ईरान अब भी इजरायल को दुश्मन की तरह देखता है",  # the enemy beside दुश्मनी
        "चीन पाकिस्तान का सबसे करीबी साथी है",  # a companion
        "नेपाल धीरे-धीरे चीन के करीब जा रहा है",  # closeness with जाना
        "विदेश मंत्रियों की बैठक कल होगी",  # the plural oblique of the minister as context
        "दोनों नेताओं ने व्यापार पर चर्चा की",
    ],
)
def test_diplomacy_families_completed_on_sets_e_and_g(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरानी राष्ट्रपति ने अमेरिकी टीवी से बातचीत में चीन के बारे में बताया",  # an interview, not talks
        "ईरान की बात करें तो वहां चुनाव होने हैं, चीन में नहीं",  # "as for Iran"
        "लावरोव ने कहा कि भारत और चीन का व्यापार रिकॉर्ड स्तर पर पहुंच गया",  # a level reached, no arrival
        "दोस्ती-7 अभ्यास में भारत और नेपाल की सेनाएं हिस्सा लेंगी",  # an exercise named friendship
        "अमेरिका के फैसले पर ईरान में नाराजगी है",  # the public's mood in a country
        "छात्र यूक्रेन से भारत लौट गए",  # a return without a state's person
    ],
)
def test_interviews_idioms_levels_exercise_names_and_public_moods_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


def test_tension_is_regional_between_neighbours_not_between_strangers(cb):
    assert "regional" not in frames_of("ईरान और अमेरिका के बीच तनाव बढ़ा", cb)
    assert "regional" not in frames_of("इस्लामाबाद और वॉशिंगटन के रिश्तों में कशीदगी है", cb)
    assert "regional" in frames_of("भारत और चीन के बीच सीमा पर तनाव", cb)
    assert "regional" in frames_of("दोनों देशों के बीच तनाव कम करने पर सहमति बनी", cb)  # a marker, no states


def test_the_india_pakistan_accords_are_regional(cb):
    assert "regional" in frames_of("चीन ने कहा कि भारत और पाकिस्तान लाहौर घोषणा के आधार पर बात करें", cb)
    assert "regional" in frames_of("अमेरिका शिमला समझौते का समर्थन करता है", cb)


def test_an_indian_state_or_city_is_india_in_an_international_context_only(cb):
    assert "india" in frames_of("चीनी राजदूत ने चेन्नई में व्यापारियों से मुलाकात की", cb)
    assert "india" in frames_of("ईरान और अमेरिका के छात्र मध्यप्रदेश में पढ़ते हैं", cb)
    assert "india" not in frames_of("भोपाल में बारिश से सड़कें डूबीं", cb)  # no international context
    assert "india" not in frames_of("भोपाल। चीन और ईरान के विदेश मंत्री मिले", cb)  # a dateline
    assert "india" not in frames_of("पंजाब प्रांत में चीन और पाकिस्तान की परियोजना", cb)  # Pakistan's Punjab


@pytest.mark.parametrize(
    "text, frame",
    [
        ("ईरान और चीन के बीच इक़्तिसादी तआवुन बढ़ेगा", "economy"),  # the Urdu register
        ("चीन की कंपनियां ईरान से पीछे हट चुकी हैं", "economy"),  # the plural direct of कंपनी
        ("ईरान और चीन के केंद्रीय बैंक संपर्क में हैं", "economy"),
        ("अमेरिका से भारत तक ढुलाई का खर्च बढ़ा", "economy"),
        ("ईरान को अपनी मुद्रा चीन की मुद्रा में बदलनी होगी", "economy"),
        ("भारत और ईरान के बीच समुद्री गलियारा बनेगा", "economy"),
        ("बदलते आलमी हालात में भारत और नेपाल करीब आ रहे हैं", "geopolitics"),
    ],
)
def test_economy_and_geopolitics_in_the_urdu_register_and_everyday_words(cb, text, frame):
    assert frame in frames_of(text, cb)


def test_economic_ties_in_the_urdu_register_are_economy_not_the_relationship(cb):
    frames = frames_of("यह समझौता ईरान और चीन के इक़्तिसादी रिश्तों में अहम क़दम है", cb)
    assert "economy" in frames and "diplomacy" not in frames


def test_a_home_cost_is_no_trade(cb):
    assert "economy" not in frames_of("घर की मरम्मत का खर्च बढ़ गया", cb)
