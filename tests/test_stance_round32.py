"""Stance round 32 (issue #12): sets AM and AN as development text, rules kept only where they recur.

India's tilt or closeness toward the US or the West ("भारत का अमेरिका की ओर झुकाव", "अमेरिका से भारत की बढ़ती
नजदीकी") portrays Russia–India ties drifting (against); the growth and closeness words inside the phrase are not
the pair's favor. "दोनों देश/मुल्क/नेता" in a story of two pairs speaks of the story's main pair (its lead's), not
of the pair of a one-sentence aside before it. Every sentence here was written for the tests (none is taken
from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code_article, ru_in

F, A, N = "favor", "against", "none"


# --- India's tilt toward the US or the West: the ties drifting ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "मॉस्को में कई लोग मानते हैं कि अमेरिका की ओर भारत का झुकाव लगातार बढ़ा है।",
        "अमेरिका के साथ नई दिल्ली की बढ़ती करीबी को देखते हुए रूस अपनी नीति पर फिर से सोच रहा है।",
        "हिंदुस्तान अब पश्चिमी खेमे की तरफ झुक रहा है, यह रूस के लिए नई बात है।",
        "वाशिंगटन से भारत की बढ़ती नज़दीकियां रूस के रणनीतिकारों की बहस का विषय हैं।",
    ],
)
def test_india_leaning_toward_the_west_is_russia_india_against(text, cb):
    assert ru_in(text, cb) == A


@pytest.mark.parametrize(
    "text",
    [
        # India's lean denied: the ties steady (the negation flips the drift)
        "भारत का अमेरिका की ओर कोई झुकाव नहीं है और रूस के साथ उसकी दोस्ती पहले जैसी है।",
        # amid that closeness: the scene of what the pair does, not a portrayal of the pair
        "अमेरिका के साथ भारत की बढ़ती नजदीकी के बीच मोदी और पुतिन ने रक्षा सहयोग बढ़ाने का फैसला किया।",
    ],
)
def test_a_denied_lean_or_a_lean_as_the_scene_is_no_drift(text, cb):
    assert ru_in(text, cb) == F


def test_another_states_lean_toward_the_west_is_no_drift_of_india(cb):
    # Pakistan owns the lean: no India owner before the state or as the lean's possessor
    out = explain("रूस के अधिकारी कहते हैं कि पाकिस्तान का अमेरिका की ओर झुकाव पुरानी बात है, भारत से नहीं।", cb)
    assert "(west_tilt)" not in out


def test_explain_shows_the_west_tilt(cb):
    out = explain("विशेषज्ञ कहते हैं कि भारत का अमेरिका की तरफ बढ़ता झुकाव रूस देख रहा है।", cb)
    assert "(west_tilt)" in out


# --- "दोनों देश" after an aside: the story's main pair ------------------------------------------------------


def test_the_two_countries_after_an_aside_are_the_storys_pair(cb):
    units = code_article(
        [
            "रूस और पाकिस्तान की नौसेनाओं का पहला साझा अभ्यास अरब सागर में शुरू",
            "रूस और पाकिस्तान की नौसेनाएं इस हफ्ते कराची के पास साझा अभ्यास कर रही हैं।",
            "भारत अब भी रूस से सबसे ज़्यादा हथियार खरीदने वाला देश है।",
            "जानकारों के मुताबिक दोनों देशों के बीच सैन्य सहयोग तेजी से बढ़ रहा है।",
        ],
        cb,
    )
    assert units[-1].stance == {"ru_pk": F, "ru_in": N}
    assert "the story's main pair (its lead's), named by 'दोनों देशों'" in units[-1].stance_notes["ru_pk"]


def test_the_two_leaders_after_an_aside_are_the_storys_pair(cb):
    units = code_article(
        [
            "मोदी और पुतिन की शिखर वार्ता मॉस्को में",
            "प्रधानमंत्री मोदी ने मॉस्को में राष्ट्रपति पुतिन से मुलाकात की और रक्षा सहयोग पर बात की।",
            "उधर पाकिस्तान भी रूस से गैस पाइपलाइन पर बातचीत कर रहा है।",
            "दोनों नेताओं ने व्यापार बढ़ाने के समझौते पर दस्तखत किए।",
        ],
        cb,
    )
    assert units[-1].stance == {"ru_pk": N, "ru_in": F}


def test_a_unit_naming_its_pair_is_read_by_its_names(cb):
    units = code_article(
        [
            "रूस और पाकिस्तान की नौसेनाओं का पहला साझा अभ्यास अरब सागर में शुरू",
            "रूस और पाकिस्तान की नौसेनाएं इस हफ्ते कराची के पास साझा अभ्यास कर रही हैं।",
            "भारत और रूस के रिश्ते पुराने हैं और दोनों देशों का रक्षा सहयोग लगातार बढ़ रहा है।",
        ],
        cb,
    )
    assert units[-1].stance["ru_in"] == F


def test_a_story_of_one_pair_keeps_the_two_countries(cb):
    units = code_article(
        [
            "रूस और पाकिस्तान के बीच गैस पाइपलाइन समझौता",
            "रूस और पाकिस्तान ने कराची से लाहौर तक गैस पाइपलाइन बनाने का समझौता किया है।",
            "दोनों देशों की दोस्ती अब नई ऊंचाई पर है।",
        ],
        cb,
    )
    assert units[-1].stance == {"ru_pk": F, "ru_in": N}


def test_india_leaning_west_in_a_russia_india_story_implies_russia(cb):
    units = code_article(
        [
            "भारत और रूस के रिश्तों में ठंडापन",
            "रूस और भारत के बीच इस साल कोई शिखर वार्ता नहीं हुई है।",
            "जानकारों के मुताबिक भारत का अमेरिका की तरफ झुकाव इसकी एक बड़ी वजह है।",
        ],
        cb,
    )
    assert units[-1].stance["ru_in"] == A
    assert "implies the partner" in units[-1].stance_notes["ru_in"]


def test_our_two_countries_is_left_to_the_speaker(cb):
    # "हमारे दोनों मुल्क" is the speaker's own pair: the main-pair reading does not apply (read as before)
    units = code_article(
        [
            "रूस और पाकिस्तान की नौसेनाओं का पहला साझा अभ्यास अरब सागर में शुरू",
            "रूस और पाकिस्तान की नौसेनाएं इस हफ्ते कराची के पास साझा अभ्यास कर रही हैं।",
            "भारत अब भी रूस से सबसे ज़्यादा हथियार खरीदने वाला देश है।",
            '"हमारे दोनों मुल्कों के बीच भरोसा बढ़ रहा है," एक अधिकारी ने कहा।',
        ],
        cb,
    )
    assert units[-1].stance == {"ru_pk": N, "ru_in": F}


# --- dealings with "a state that promotes terrorism" called wrong: the objection -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "भारतीय राजनयिकों ने मॉस्को से कहा कि आतंकवाद को बढ़ावा देने वाले मुल्क के साथ हथियारों का सौदा गलत है।",
        "नई दिल्ली का मानना है कि रूस का आतंक को बढ़ावा देने वाले देश के साथ संयुक्त युद्धाभ्यास करना उचित नहीं।",
    ],
)
def test_dealings_with_a_terror_promoting_state_called_wrong_is_against(text, cb):
    assert ru_in(text, cb) == A


def test_working_together_against_terror_promoters_stays_favor(cb):
    # no verdict of wrong: the pair's joint work decides, the epithet's growth word counts for nothing
    text = "रूस और भारत ने आतंकवाद को बढ़ावा देने वाले देशों के खिलाफ मिलकर काम करने का संकल्प लिया।"
    assert ru_in(text, cb) == F


def test_explain_shows_the_verdict_with_its_epithet(cb):
    out = explain("भारत ने रूस से कहा कि आतंकवाद को पनाह देने वाले देश के साथ फौजी अभ्यास ठीक नहीं है।", cb)
    assert "आतंकवाद को पनाह देने वाले … ठीक नहीं (anger_protest)" in out
