"""Frames round 7: families completed by register and inflection, and the senses they must not take.

Invented sentences, none taken from a corpus or a set: each test pairs states the development sets
do not (Iran, Nepal, China, Japan, the US …) and states one family of the codebook's frame definitions
(v1.1) in its registers: trust, distance and alignment between states, requests and consultation in the
Urdu register, meetings, dinners and messages; restraint as the reduction of tension between neighbours;
the region as a whole; payments, banks, money, power plants, factories, jobs and corridors; warships and
regiments. The guards are the other senses: an assurance, a physical distance, defence production, the
World Bank, the West Bank, goods arriving, the world's stability.
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
        "ईरान और नेपाल के बीच आपसी भरोसे की नींव मजबूत है",  # trust between states
        "जापान ने कहा कि इस फैसले से चीन के भरोसे को ठेस पहुंची है",
        "नेपाल ने चीन से दूरी बना ली है",  # distance, the opposite of closeness
        "अमेरिका और ईरान के बीच दूरियां बढ़ती जा रही हैं",
        "सुरक्षा परिषद में चीन ने दिया ईरान का साथ",  # alignment
        "नेपाल किस ओर खड़ा होगा, इस पर जापान और चीन की नजर है",
        "ईरान ने चीन से इस मामले में मदद की गुज़ारिश की",  # a request in the Urdu register
        "अफ़ग़ानिस्तान के मसले पर ईरान और चीन की मुशावरत जारी है",  # consultation (Urdu)
        "जापान और चीन के नेताओं की भेंट हुई",  # a meeting in another form
        "ईरान और चीन की अगली निशस्त तेहरान में होगी",  # a session (Urdu)
        "शी ने ईरानी राष्ट्रपति के लिए रात्रिभोज दिया",  # a dinner between leaders
        "अमेरिका ने चीन को संदेश दिया कि वह पीछे नहीं हटेगा",  # a message to a state
        "नेपाल ने जापानी राजदूत को सर्वोच्च नागरिक पुरस्कार से सम्मानित किया",  # an honour conferred
        "ईरान और चीन की नज़दीकियों पर अमेरिका की नज़र है",  # the plural oblique of closeness
        "ईरान और सऊदी अरब माज़ी की तल्ख़ियों को भुला चुके हैं",  # the plural oblique of bitterness
        "दोनों मंत्रियों ने क्षेत्र के हालात पर विचार किया",  # two ministers as a pair; matters considered
    ],
)
def test_the_relationship_in_more_registers_and_inflections_is_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरान ने चीन को भरोसा दिलाया कि तेल मिलता रहेगा",  # an assurance is a speech act: what is assured decides
        "तेहरान से काबुल की दूरी करीब दो हजार किलोमीटर है",  # a physical distance
        "चीन के राजदूत ने बताया कि ईरानी तेल की खेप पहुंचने में देर हुई",  # goods arriving are no visit
        "बैंक के बाहर लोगों का साथ देने पहुंचे कार्यकर्ता",  # no international context
    ],
)
def test_assurances_distances_and_goods_arriving_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "तेहरान में तीन दिन बिताने के बाद जापानी विदेश मंत्री स्वदेश लौट गए",  # back home from a visit
        "चीनी राष्ट्रपति अगले महीने नेपाल आने वाले हैं",  # coming to a state, about to happen
        "ईरानी विदेश मंत्री जल्द जापान आ सकते हैं",  # coming as a possibility
    ],
)
def test_visits_told_by_coming_and_going_home_are_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


def test_tourists_who_may_come_make_no_visit(cb):
    assert "diplomacy" not in frames_of("गर्मियों में जापान से कई पर्यटक नेपाल आ सकते हैं", cb)


@pytest.mark.parametrize(
    "text",
    [
        "चीन ने दोनों देशों से संयम बरतने को कहा",  # restraint: the pair is the story's
        "भारत और नेपाल के दरमियान सालिसी की पेशकश हुई",  # mediation between neighbours (Urdu)
        "चीनी मंत्री ने कहा कि ईरान इस इलाक़े का एक अहम मुल्क है",  # a state of the region
        "जापानी राजदूत ने कहा कि यह पूरे इलाक़े के मफ़ाद में है",  # the region's interest (Urdu)
    ],
)
def test_restraint_mediation_and_the_region_as_a_whole_are_regional(cb, text):
    assert "regional" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "अमेरिका ने जापान और चीन से संयम बरतने को कहा",  # restraint between states that are no neighbours
        "चीन और अमेरिका के रिश्ते दुनिया में स्थिरता के लिए अहम हैं",  # the world's stability
    ],
)
def test_restraint_between_strangers_and_the_worlds_stability_are_not_regional(cb, text):
    assert "regional" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरान और चीन के बीच अदायगी का तरीका तय हुआ",  # payment (Urdu)
        "जापानी कंपनी नेपाल में बिजली संयंत्र लगाएगी",  # power and plants
        "ईरान में चीन की मदद से नया कारखाना खुला",  # a factory
        "जापान की मदद से नेपाल में हजारों लोगों को रोजगार मिलेगा",  # jobs
        "चीन और ईरान के बैंकों के बीच लेन-देन शुरू हुआ",  # banks
        "ईरान और चीन ने नए रेल कॉरिडोर पर काम शुरू किया",  # a corridor
        "जापान नेपाल में 900 मेगावाट का पनबिजली केंद्र बनाएगा",  # power by its unit
    ],
)
def test_payments_banks_power_factories_and_jobs_between_states_are_economy(cb, text):
    assert "economy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "चीन ईरान के साथ रक्षा उत्पादन बढ़ाएगा",  # defence production is military (as the defence industry)
        "विश्व बैंक ने नेपाल और भूटान पर रिपोर्ट जारी की",  # a multilateral body, not the economy
        "इसराइल ने वेस्ट बैंक में नई बस्तियों को मंजूरी दी, अमेरिका ने आपत्ति की",  # a place
        "शहर के बैंक में पेंशन के लिए भीड़ लगी रही",  # no international context
    ],
)
def test_defence_production_the_world_bank_and_the_west_bank_are_no_economy(cb, text):
    assert "economy" not in frames_of(text, cb)


def test_defence_production_stays_military(cb):
    assert "military" in frames_of("चीन ईरान के साथ रक्षा उत्पादन बढ़ाएगा", cb)


@pytest.mark.parametrize(
    "text",
    [
        "चीन का विमानवाहक पोत ईरान के तट के पास दिखा",  # an aircraft carrier
        "अमेरिका जापान में मिसाइल रोधी प्रणाली की दो रेजिमेंट तैनात करेगा",  # regiments
    ],
)
def test_warships_and_regiments_are_military(cb, text):
    assert "military" in frames_of(text, cb)


def test_an_indian_region_is_india_between_states(cb):
    assert "india" in frames_of("जापानी दूत ने कहा कि चीन के साथ करार से विदर्भ के किसानों को फायदा होगा", cb)
    assert "india" not in frames_of("विदर्भ में इस साल अच्छी बारिश हुई", cb)


@pytest.mark.parametrize(
    "text",
    [
        "जापान ने कहा कि चीन से दोस्ती ईरान के साथ रिश्तों की कीमत पर नहीं होगी",  # 'at the cost of': an idiom
        "नेपाल के ऊर्जा मंत्री ने चीन के राजदूत का स्वागत किया",  # a minister's title names who acts
        "ईरान की जानिब से वज़ीर-ए-तवानाई ने चीन के सफ़ीर से मुलाक़ात की",  # the same title in the Urdu register
    ],
)
def test_an_idiom_of_cost_and_an_economic_ministers_title_are_no_economy(cb, text):
    assert "economy" not in frames_of(text, cb)


def test_a_price_between_states_stays_economy(cb):
    assert "economy" in frames_of("चीन ने ईरानी तेल की कीमत पर नई शर्तें रखीं और जापान ने रियायती दाम मांगे", cb)


@pytest.mark.parametrize(
    "text",
    [
        "जानकारों के मुताबिक चीन पर निर्भरता नेपाल और जापान के रिश्तों की सीमा तय करेगी",  # the limit of ties
        "अमेरिका और जापान ने ईरानी तेल पर मूल्य सीमा लगा दी",  # a price cap
        "अमन-25 अभ्यास में चीन और ईरान के जहाज़ शरीक हुए",  # an exercise's name
    ],
)
def test_a_limit_a_price_cap_and_an_exercises_name_are_not_regional(cb, text):
    assert "regional" not in frames_of(text, cb)


def test_a_border_between_neighbours_stays_regional(cb):
    assert "regional" in frames_of("चीन और नेपाल ने सीमा पर नई चौकियां खोलने का फैसला किया", cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरान और चीन के बीच प्रतिरक्षा सहयोग बढ़ेगा",  # defence in the tatsam variant
        "जापान ने कहा कि अमेरिका से कलपुर्जों की आपूर्ति में देरी हो रही है",  # spare parts between states
        "ईरानी फ़ज़ाइया के सरबराह ने चीन का दौरा किया",  # the air force in another Urdu spelling
    ],
)
def test_defence_in_more_registers_and_spare_parts_are_military(cb, text):
    assert "military" in frames_of(text, cb)


def test_spare_parts_at_home_are_no_military(cb):
    assert "military" not in frames_of("बाजार में मोटरसाइकिल के कलपुर्जों की किल्लत है", cb)
