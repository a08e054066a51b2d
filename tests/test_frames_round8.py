"""Frames round 8: an Indian place names India; families completed by register and inflection; their other senses.

Invented sentences, none taken from a corpus or a set: each pairs states the development sets do not
(Iran, Nepal, Japan, China, the US, Bangladesh …) and states one concept of the codebook's frame
definitions (v1.1) in a register or an inflection the cue lists missed: an Indian city beside another state;
talking with a state, a concern put before a government, an agenda, a forum, contact, a letter handed over, camps,
a participle of going; the economy in the Urdu register, financing, bankruptcy, joint ventures, import told by
the verb; blocs, the Cold War spelled joined, the Security Council's permanent members; deployment and aircraft
generations.
The guards are the other senses: a city alone at home, goods received from a state, a level reached, an appeal
for restraint, a dispute settled bilaterally, a seller's own ban, the world market, police posted at home.
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
        "जापान से आए व्यापारियों का दल नागपुर पहुंचा",  # an Indian city beside another state
        "ईरानी कलाकारों ने जयपुर में प्रस्तुति दी",
        "नेपाल से लौटे तीर्थयात्री वाराणसी में ठहरे",
    ],
)
def test_an_indian_city_beside_another_state_is_india(cb, text):
    assert "india" in frames_of(text, cb)


def test_an_indian_place_beside_another_state_lets_a_context_cue_apply(cb):
    # the Indian city and Japan are two states named: the delegation is between states
    assert "diplomacy" in frames_of("जापान का प्रतिनिधिमंडल नागपुर के कारखाने देखने आया", cb)


@pytest.mark.parametrize(
    "text",
    [
        "नागपुर में नए अस्पताल का उद्घाटन हुआ",  # alone: a report at home, no international context
        "नागपुर। शहर में बारिश से जनजीवन अस्त-व्यस्त रहा",  # a dateline names no state
    ],
)
def test_an_indian_city_alone_is_no_india_angle(cb, text):
    assert "india" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "जापान सरकार गैस की कीमत पर ईरान से बात कर रही है",  # talking with a state, progressive
        "नेपाल ने बीजिंग के सामने अपनी चिंता रखी और चीन से जवाब मांगा",
        "बांग्लादेश ने बांध को लेकर चीन के सामने चिंता जताई",  # a concern put before a government
        "नेपाल और जापान के एजेंडे में पनबिजली का मुद्दा सबसे ऊपर है",  # the agenda of talks
        "जापान और नेपाल के उद्यमी आर्थिक मंच में जुटे",  # a forum (tatsam) between states
        "अमेरिका और ईरान के बीच संपर्क टूट चुका है",  # contact between states
        "नेपाली विदेश मंत्री ने जापानी राजदूत को प्रधानमंत्री का एक पत्र भी सौंपा",  # a letter handed over, a particle between
        "पिछली सदी में जापान और नेपाल अलग-अलग खेमों में थे",  # camps, plural oblique
        "इस महीने नेपाल जाने वाले जापानी मंत्री तीन दिन वहां रहेंगे",  # going told by the participle, a state's person named
    ],
)
def test_talks_concerns_agendas_forums_contact_and_camps_are_diplomacy(cb, text):
    assert "diplomacy" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "ईरान को चीन से मिलने वाली टर्बाइनों की खेप में देर होगी",  # goods received from a state
        "जापान और चीन का व्यापार इस साल तीन सौ अरब डॉलर तक पहुंच गया",  # a level reached
        "चीन ने भारत और नेपाल से संयम बरतने का आग्रह किया",  # an appeal for restraint: the region's tension
        "नेपाल और भारत के मतभेद द्विपक्षीय आधार पर सुलझाए जाएंगे, यह भारत का रुख है",  # a dispute settled bilaterally
    ],
)
def test_goods_received_levels_reached_appeals_for_restraint_are_no_diplomacy(cb, text):
    assert "diplomacy" not in frames_of(text, cb)


def test_japan_meeting_its_counterpart_soon_stays_diplomacy(cb):
    # "से मिलने वाले हैं" is a meeting about to happen, not goods received
    assert "diplomacy" in frames_of("जापानी विदेश मंत्री अगले हफ्ते ईरानी समकक्ष से मिलने वाले हैं", cb)


@pytest.mark.parametrize(
    "text",
    [
        "श्रीलंका की माली हालत बहुत खराब है",  # the economic condition, Urdu register
        "ईरान ने नेपाल को माली इमदाद देने का एलान किया",  # financial aid, Urdu register
        "बांध परियोजना के वित्तपोषण पर अभी फैसला नहीं हुआ",  # financing, tatsam
        "श्रीलंका दिवालिया होने की कगार पर है",  # bankruptcy, an economic crisis
        "नेपाल का एक समूह संयुक्त उपक्रम बनाएगा",  # a joint venture
        "कारखाने ने सैकड़ों कर्मचारियों की छंटनी की",  # lay-offs
        "नेपाल ने चीन से दवाइयां मंगाई हैं",  # import told by the verb
    ],
)
def test_the_economy_in_the_urdu_register_financing_crisis_and_import_verbs_is_economy(cb, text):
    assert "economy" in frames_of(text, cb)


def test_import_by_the_verb_yields_to_military(cb):
    # buying weapons is the supply of equipment (military), not trade
    assert "economy" not in frames_of("नेपाल ने चीन से बख्तरबंद गाड़ियां मंगाई हैं", cb)


@pytest.mark.parametrize(
    "text",
    [
        "नेपाल ने जापान से कहा कि वह किसी गुट का हिस्सा नहीं बनेगा",  # a bloc, inflected
        "शीतयुद्ध के दिनों में नेपाल और जापान के रिश्ते ठंडे थे",  # the Cold War spelled joined
        "जापान ने नेपाल से कहा कि स्थायी सदस्यों की संख्या बढ़नी चाहिए",  # permanent members
    ],
)
def test_blocs_the_cold_war_and_permanent_members_are_geopolitics(cb, text):
    assert "geopolitics" in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "रूस ने नेपाल को हथियार बेचने पर लगी पाबंदी हटा ली",  # a seller's own ban, the word पाबंदी
        "नेपाल के व्यापारियों ने बताया कि जापानी चाय की कीमत आलमी मंडी से ऊंची है",  # the world market
    ],
)
def test_a_sellers_own_ban_and_the_world_market_are_no_geopolitics(cb, text):
    assert "geopolitics" not in frames_of(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "जापान ने नेपाल की सीमा के पास अपनी टुकड़ियां तैनात कीं",  # deployment between states
        "ईरान ने चीन से पांचवीं पीढ़ी के विमान खरीदने में रुचि दिखाई",  # aircraft by their generation
    ],
)
def test_deployment_and_aircraft_generations_are_military(cb, text):
    assert "military" in frames_of(text, cb)


def test_police_posted_at_home_are_no_forces(cb):
    assert "military" not in frames_of("मेले में सुरक्षा के लिए पुलिस तैनात की गई", cb)
