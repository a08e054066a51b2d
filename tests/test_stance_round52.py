"""Stance round 52 (issue #12): the pair a relation is about when a party is named by the first person.

- a speaker's "हम" in every case (हम, हमने, हमारा/हमारे/हमारी, and the oblique हमें, हमसे, हमको) is the
  speaker's state, in quoted speech and in the reported clause after a lead ("X ने कहा कि … हमारे …"),
  not in the lead itself ("हमसे बातचीत में X ने कहा …": the newsroom) (`stance.speaker_as_party`);
- in the outlet's own voice (an editorial, a reader's letter, a column) the first person is the outlet's home
  country, not the newsroom's "we" ("हमारे संवाददाता", "इस पर हमने … से बात की") (`stance.outlet_first_person`);
- the English loan इंडिया/इंडियन names India for stance, as रशिया/रशियन name Russia (`stance.places`).

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import code_article

LETTERS = ["पाठकों के पत्र", "संपादक के नाम पत्र इस सप्ताह रक्षा नीति पर आए।"]
NEUTRAL = ["रक्षा नीति पर बहस", "इस सप्ताह संसद में रक्षा नीति पर लंबी बहस हुई।"]


def last(story, unit, cb):
    return code_article([*story, unit], cb)[-1]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ('एक भारतीय राजनयिक ने कहा, "रूस ने हमें हर अंतरराष्ट्रीय मंच पर समर्थन दिया है।"', "favor"),
        ('भारतीय वायुसेना के एक पूर्व अधिकारी ने कहा, "मॉस्को ने हमसे किया हर वादा निभाया।"', "favor"),
        ("विदेश मंत्री जयशंकर ने कहा कि रूस के साथ हमारी दोस्ती समय की कसौटी पर खरी उतरी है।", "favor"),
    ],
)
def test_a_home_speakers_first_person_in_every_case(unit, expected, cb):
    coded = last(NEUTRAL, unit, cb)
    assert coded.about["ru_in"] and coded.stance["ru_in"] == expected, coded.stance_notes


def test_a_pakistani_speakers_first_person_is_pakistan(cb):
    unit = 'पाकिस्तान के ऊर्जा मंत्री ने कहा, "रूस ने हमें सस्ती गैस देने का समझौता किया है।"'
    coded = last(NEUTRAL, unit, cb)
    assert coded.about["ru_pk"] and coded.stance["ru_pk"] == "favor", coded.stance_notes


def test_the_first_person_in_the_lead_is_not_the_speakers(cb):
    unit = "हमसे बातचीत में रूसी राजदूत ने कहा कि पाकिस्तान के साथ व्यापार बढ़ेगा।"
    assert not last(NEUTRAL, unit, cb).about["ru_in"]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("रूस ने दशकों तक हमें आधुनिक हथियार और तकनीक दी है।", "favor"),
        ("सोवियत संघ ने मुश्किल वक्त में हमारा साथ निभाया था।", "favor"),
        ("रूस हमसे तेल के बदले रुपये नहीं, डॉलर मांग रहा है, यह ठीक नहीं।", "against"),
    ],
)
def test_the_outlets_own_first_person_is_its_home(unit, expected, cb):
    coded = last(LETTERS, unit, cb)
    assert coded.about["ru_in"] and coded.stance["ru_in"] == expected, coded.stance_notes


@pytest.mark.parametrize(
    "unit",
    [
        "हमारे संवाददाता के अनुसार रूसी प्रतिनिधिमंडल कल राजधानी पहुंचेगा।",
        "इस विषय पर हमने रूसी मामलों के एक जानकार से बात की।",
        "हमारे स्टूडियो में आए विशेषज्ञ ने रूस की अर्थव्यवस्था पर चर्चा की।",
    ],
)
def test_the_newsrooms_we_is_no_party(unit, cb):
    assert not last(NEUTRAL, unit, cb).about["ru_in"]


@pytest.mark.parametrize(
    "unit",
    ["वैसे इंडिया और रशिया की दोस्ती बहुत पक्की है।", "इंडियन नेवी ने रशियन नेवी के साथ ड्रिल पूरी की।"],
)
def test_the_english_loan_names_india(unit, cb):
    coded = last(NEUTRAL, unit, cb)
    assert coded.about["ru_in"] and coded.stance["ru_in"] == "favor", coded.stance_notes


def test_a_home_storys_headline_is_read_with_the_homes_pair(cb):
    # the story never names India: its body reads with the home's pair (round 26), and so does its headline
    story = [
        "रूस से यूरिया की खेप फिर अटकी, किसानों की चिंता बढ़ी",
        "इंदौर। रूस से आने वाली यूरिया की खेप की आपूर्ति इस महीने भी टल गई है।",
        "किसान संगठनों ने कहा कि बुवाई का मौसम सिर पर है।",
    ]
    headline = code_article(story, cb)[0]
    assert headline.about["ru_in"] and headline.stance["ru_in"] == "against", headline.stance_notes


def test_a_headline_naming_a_third_state_waits_for_no_home_pair(cb):
    story = ["रूस और चीन के बीच नया व्यापार करार", "मॉस्को। रूस और चीन ने व्यापार बढ़ाने का करार किया।"]
    assert not code_article(story, cb)[0].about["ru_in"]
