"""Stance round 29 (issue #12): mechanisms found on sets AI and AJ, written as rules of the language.

", पर" is the conjunction "but" (the clause after decides); a comparison with the past denied ("पहले जैसी …
नहीं रही": no longer as before, drift); ease denied ("सहज नहीं"); an adverb in the slot of "पर … सवाल उठ-";
a regard for the partner's concerns with the subject between; the ties above any other state; pressure denied
the power to decide the ties; a summit not held; topics joined by "और" all merely discussed. Every sentence here
was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import ru_in, ru_pk

F, A, N = "favor", "against", "none"


# --- ", पर": the conjunction "but" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("भारत और रूस की मित्रता गहरी है, पर अब वह पहले जैसी गर्म नहीं रही।", A),
        ("रूस और भारत के बीच कुछ मतभेद हैं, पर साझेदारी मज़बूत बनी हुई है।", F),
    ],
)
def test_the_clause_after_comma_par_decides(text, value, cb):
    assert ru_in(text, cb) == value


def test_par_as_postposition_is_no_contrast(cb):
    out = explain("रूस ने भारत के साथ रक्षा सहयोग पर समझौता किया।", cb)
    assert "contrast 'पर'" not in out


def test_explain_names_the_comma_par_contrast(cb):
    out = explain("भारत-रूस संबंध पुराने हैं, पर अब उनमें सहजता नहीं रही।", cb)
    assert "contrast 'पर': main clause decides" in out


# --- no longer as before ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "भारत और रूस के रिश्ते अब पहले जैसे घनिष्ठ नहीं रहे।",
        "रूस अब भारत को पहले जितना महत्व नहीं दे रहा।",
        "विशेषज्ञ कहते हैं कि मॉस्को और नई दिल्ली के बीच पहले वाली बात नहीं रही।",
    ],
)
def test_a_past_comparison_denied_is_drift(text, cb):
    assert ru_in(text, cb) == A


def test_a_past_comparison_affirmed_is_no_drift(cb):
    assert ru_in("रूसी मंत्री ने कहा कि भारत के साथ संबंध पहले की तरह मज़बूत हैं।", cb) == F


def test_explain_names_the_past_comparison(cb):
    out = explain("रूस और भारत के बीच अब पहले जैसा भरोसा नहीं दिखता।", cb)
    assert "पहले जैसा … नहीं दिख* (strain)" in out


# --- ease denied; an adverb in the questions slot -------------------------------------------------------------


def test_ease_denied_is_strain(cb):
    assert ru_in("रूस भारत के साथ रुपये में कारोबार को लेकर अब सहज नहीं है।", cb) == A


@pytest.mark.parametrize(
    "text",
    [
        "पाकिस्तान और रूस के ऊर्जा सौदे पर गंभीर सवाल उठ रहे हैं।",
        "रूस के साथ पाकिस्तान की साझेदारी पर फिर से सवाल उठने लगे हैं।",
    ],
)
def test_questions_raised_with_an_adverb_between(text, cb):
    assert ru_pk(text, cb) == A


# --- reassurance in other word orders --------------------------------------------------------------------------


def test_concerns_minded_with_the_subject_between(cb):
    assert ru_in("भारत की सामरिक चिंताओं का मॉस्को सदा ध्यान रखता है।", cb) == F


def test_ties_above_any_other_state(cb):
    assert ru_in("रूसी उप मंत्री बोले कि भारत से मॉस्को के संबंध किसी भी दूसरे देश से बढ़कर हैं।", cb) == F


def test_pressure_denied_the_power_to_decide(cb):
    out = explain("राजदूत ने कहा कि बाहरी दबाव रूस-भारत ऊर्जा साझेदारी का रास्ता तय नहीं कर सकता।", cb)
    assert "दबाव … तय नहीं कर सक* (reassurance)" in out


# --- a summit not held ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "इस बार भारत-रूस वार्षिक शिखर बैठक नहीं होगी।",
        "रूस और भारत का सालाना सम्मेलन भी अब नहीं होगा।",
    ],
)
def test_a_summit_not_held_is_a_cancellation(text, cb):
    assert ru_in(text, cb) == A


def test_a_topic_not_raised_at_a_meeting_is_no_cancellation(cb):
    assert ru_in("भारत और रूस की बैठक में व्यापार घाटे पर बात नहीं हुई।", cb) != A


# --- topics joined by "और" ---------------------------------------------------------------------------------------


def test_coordinated_topics_are_all_merely_discussed(cb):
    assert ru_in("भारत और रूस के मंत्रियों ने हथियारों की आपूर्ति और भुगतान पर चर्चा की।", cb) == N


def test_a_conjunction_after_a_verb_still_separates(cb):
    assert ru_in("भारत और रूस में तेल समझौता हुआ और भुगतान पर चर्चा हुई।", cb) == F


def test_a_strain_word_between_takes_the_negation(cb):
    # the tension of the past is gone: the comparison yields to the strain noun it encloses
    assert ru_in("रूस और भारत के संबंधों में अब पहले जैसी कड़वाहट नहीं रही।", cb) == F


# --- other registers: the tatsam buyer and decoration; a decision not reached --------------------------------


def test_the_largest_buyer_in_the_tatsam_word(cb):
    assert ru_in("भारत इस वर्ष रूसी कोयले का सबसे बड़ा क्रेता रहा।", cb) == F


def test_decorated_with_an_order_is_praise(cb):
    assert ru_in("रूसी राष्ट्रपति ने भारतीय प्रधानमंत्री को राजकीय पदक से अलंकृत किया।", cb) == F


def test_a_decision_not_reached_is_a_setback(cb):
    assert ru_pk("पाकिस्तान और रूस के बीच गैस की कीमत पर अभी अंतिम फैसला नहीं हुआ है।", cb) == A


def test_a_decision_not_yet_taken_on_an_offer_is_no_member(cb):
    out = explain("भारत ने रूस के प्रस्ताव पर अभी कोई फैसला नहीं लिया है।", cb)
    assert "(setback_failure)" not in out


def test_credit_given_with_its_sum_between(cb):
    assert ru_in("रूस के आर्कटिक इलाके को भारत देगा तीन अरब डॉलर का कर्ज", cb) == F


def test_a_decision_on_a_date_is_logistics(cb):
    assert ru_in("भारत और रूस के मंत्रियों की अगली भेंट की तारीख के बारे में कोई फैसला नहीं हुआ है।", cb) == N
