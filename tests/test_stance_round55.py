"""Stance round 55 (issue #12): relationship predicates in fresh styles, second wave (BG–BI read).

- code-mixed English loans: doubling and a new chapter (double हो-, new chapter, नया chapter), approval (green
  signal, clearance), a guarantee (guarantee, its negation flips it);
- emphasis laid on working together (सहयोग/साझेदारी/तआवुन पर ज़ोर/बल);
- assent as a noun, so that its negation inside the compound is one ("हामी नहीं भरी");
- the headline's fronted negated verb of receiving ("नहीं मिला समर्थन", "न मिली मदद");
- growth: a new level (नए स्तर पर ले जा-), a new dawn (नई सुबह, नई सहर), strength given with its particle (को भी बल
  मिल-), a first or concrete step in the direction, obstacles removed (अड़चनें/बाधाएं दूर), a figure gone above a mark
  with चल- (प्रतिशत से ऊपर चला गया);
- exercises in the everyday कसरत with its partner or qualifier; advocacy (पैरवी कर-); scholarships and relief
  hoped for (छात्रवृत्ति, वज़ीफ़ा, राहत की उम्मीद); the inverted order of returning empty-handed (लौटे खाली हाथ).

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY, PK_PIPELINE_STORY, code_article


def stance(story, unit, target, cb):
    return code_article([*story, unit], cb)[-1].stance[target]


def story_of(target):
    return PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("Officials का कहना है कि India और Russia का defence trade जल्द double हो सकता है।", "ru_in"),
        ("Islamabad और Moscow के रिश्तों में नया chapter शुरू हो गया है।", "ru_pk"),
        ("Russia-India space mission को सरकार से green signal मिल गया।", "ru_in"),
        ("Pakistan से Russia जाने वाली rice shipment को customs clearance मिल गई।", "ru_pk"),
        ("Russia ने India को timely supply की guarantee दी है।", "ru_in"),
        ("Experts के मुताबिक Russia-Pakistan ties अब next level पर हैं।", "ru_pk"),
    ],
)
def test_code_mixed_loans_of_growth_and_approval(unit, target, cb):
    assert stance(story_of(target), unit, target, cb) == "favor"


def test_a_guarantee_withheld_in_the_loan(cb):
    unit = "Moscow ने Islamabad को gas supply की कोई guarantee नहीं दी।"
    assert stance(PK_PIPELINE_STORY, unit, "ru_pk", cb) == "against"


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("बैठक में भारत और रूस ने ऊर्जा सहयोग पर जोर दिया।", "ru_in"),
        ("दोनों विदेश मंत्रियों ने रूस-पाकिस्तान साझेदारी पर बल दिया।", "ru_pk"),
        ("पाकिस्तानी वज़ीर ने रूस के साथ तआवुन पर ज़ोर दिया।", "ru_pk"),
    ],
)
def test_emphasis_on_working_together(unit, target, cb):
    assert stance(story_of(target), unit, target, cb) == "favor"


def test_assent_and_its_negation_inside_the_compound(cb):
    assert stance(IN_DEAL_STORY, "रूस ने भारत की इस मांग पर हामी भर दी है।", "ru_in", cb) == "favor"
    assert stance(PK_PIPELINE_STORY, "मॉस्को ने इस्लामाबाद की पेशकश पर हामी नहीं भरी।", "ru_pk", cb) == "against"


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("इस्लामाबाद को मॉस्को से नहीं मिला समर्थन", "ru_pk"),
        ("भारत को रूस से न मिली मदद, अब नई राह की तलाश", "ru_in"),
    ],
)
def test_headline_fronted_negated_receiving(unit, target, cb):
    assert stance(story_of(target), unit, target, cb) == "against"


def test_received_in_one_clause_denied_in_another_stays_favor(cb):
    unit = "पाकिस्तान को रूस से मदद मिली, ईरान को नहीं मिली।"
    assert stance(PK_PIPELINE_STORY, unit, "ru_pk", cb) == "favor"


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("भारत और रूस अंतरिक्ष सहयोग को नए स्तर पर ले जाएंगे।", "ru_in"),
        ("रूसी गेहूं पाकिस्तान के लिए एक नई सुबह लेकर आया है।", "ru_pk"),
        ("इस करार से भारत-रूस रक्षा रिश्तों को और बल मिलेगा।", "ru_in"),
        ("यह सौदा रूस-पाकिस्तान व्यापार की दिशा में पहला ठोस कदम है।", "ru_pk"),
        ("भारत और रूस ने भुगतान की अड़चनें दूर कर लीं।", "ru_in"),
        ("मॉस्को और इस्लामाबाद ने कारोबार की बाधाओं को दूर करने का फैसला किया।", "ru_pk"),
        ("भारत के उर्वरक आयात में रूस का हिस्सा 30 फीसदी से ऊपर चला गया है।", "ru_in"),
    ],
)
def test_growth_in_new_phrases(unit, target, cb):
    assert stance(story_of(target), unit, target, cb) == "favor"


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("रूसी पैराट्रूपर पाकिस्तानी फौज के साथ कसरत करेंगे।", "ru_pk"),
        ("भारत और रूस की नौसेनाओं की संयुक्त कसरत विशाखापत्तनम में होगी।", "ru_in"),
        ("रूस ने सुरक्षा परिषद में भारत की स्थायी सदस्यता की पैरवी की।", "ru_in"),
        ("रूस हर साल सौ पाकिस्तानी छात्रों को वज़ीफ़ा देगा।", "ru_pk"),
        ("रूसी खाद से भारतीय किसानों को महंगाई से राहत की उम्मीद है।", "ru_in"),
    ],
)
def test_exercises_advocacy_and_benefit(unit, target, cb):
    assert stance(story_of(target), unit, target, cb) == "favor"


def test_workout_alone_is_no_exercise(cb):
    unit = "रूस के राष्ट्रपति रोज़ सुबह कसरत करते हैं, पाकिस्तान के वज़ीर-ए-आज़म भी।"
    assert stance(PK_PIPELINE_STORY, unit, "ru_pk", cb) == "none"


def test_returning_empty_handed_in_the_inverted_order(cb):
    unit = "पाकिस्तानी वफ़द गया था रूस से गेहूं लेने, लौटा खाली हाथ।"
    assert stance(PK_PIPELINE_STORY, unit, "ru_pk", cb) == "against"


def test_opposition_vote_and_resolution_words_come_from_the_codebook(cb):
    words = cb.stance
    assert ("खिलाफ",) in words.opposed_to and ("कीमत", "पर") in words.opposed_to
    assert "मतदान" in words.vote_nouns and "राय शुमारी" in words.vote_nouns
    assert "करारदाद" in words.resolution_nouns


@pytest.mark.parametrize(
    "unit",
    [
        "रूस भारत की कीमत पर पाकिस्तान से कोई रक्षा करार नहीं करेगा।",
        "मॉस्को ने कभी नई दिल्ली के विरुद्ध वीटो का प्रयोग नहीं किया।",
        "भारत ने रूस की निंदा करने वाले संकल्प पर मतदान से किनारा कर लिया।",
    ],
)
def test_the_moved_lists_still_read_opposition_and_votes(unit, cb):
    assert stance(IN_DEAL_STORY, unit, "ru_in", cb) == "favor"


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("पाकिस्तान में रूसी निवेश के इक्का-दुक्का उदाहरण ही मिलते हैं।", "ru_pk"),
        ("रूस और पाकिस्तान के नेताओं की मुलाकातें अब तक गिनी-चुनी रही हैं।", "ru_pk"),
        ("रूस भारत से तेल का कारोबार अपनी शर्तों पर करना चाहता है।", "ru_in"),
        ("Russia भारत के साथ rupee trade अपनी शर्त पर ही करेगा।", "ru_in"),
        ("Pakistan-Russia defence ties अभी marginal हैं।", "ru_pk"),
    ],
)
def test_a_handful_and_ones_own_terms_are_limits(unit, target, cb):
    assert stance(story_of(target), unit, target, cb) == "against"


def test_small_beside_the_other_pair_is_not_yet_a_limit_of_it(cb):
    # the words of size were tried and dropped: said in comparisons, the standard is the other pair
    unit = "रूस-पाकिस्तान व्यापार भारत-रूस व्यापार के मुकाबले बहुत छोटा है।"
    assert stance(IN_DEAL_STORY, unit, "ru_in", cb) != "against"
