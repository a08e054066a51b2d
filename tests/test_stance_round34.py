"""Stance round 34 (issue #12): sets AQ and AR as development text, rules kept only where they recur.

A party's silence on a matter ("… पर कोई टिप्पणी नहीं की", "प्रतिक्रिया देने से मना कर दिया", a question left
unanswered in the tatsam "प्रश्न का उत्तर देने से इनकार") portrays no tie: round 8's declined comment in its negated
and मना forms; what the silence is about is merely talked of. Every sentence here was written for the tests (none is
taken from a set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import code_article, ru_in, ru_pk

F, A, N = "favor", "against", "none"


# --- no comment: silence on a matter is no portrayal of the ties ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "मॉस्को ने पाकिस्तान के साथ हथियार सौदे की ख़बरों पर कोई टिप्पणी नहीं की।",
        "इस्लामाबाद ने रूस से गैस आपूर्ति पर अभी कोई आधिकारिक प्रतिक्रिया नहीं दी है।",
        "पाकिस्तानी दफ्तर-ए-खारजा ने रूसी वफ़द का दौरा मुल्तवी होने पर कोई तबसिरा नहीं किया।",
        "रूसी प्रवक्ता ने पाकिस्तान के साथ रिश्तों पर पूछे गए प्रश्न का उत्तर देने से इनकार कर दिया।",
    ],
)
def test_a_comment_withheld_on_russia_pakistan_matters_is_no_stance(text, cb):
    assert ru_pk(text, cb) == N


@pytest.mark.parametrize(
    "text",
    [
        "नई दिल्ली ने रूस के साथ करार पर प्रतिक्रिया देने से मना कर दिया।",
        "रूसी प्रवक्ता ने भारत के साथ रिश्तों पर पूछे गए सवाल का जवाब देने से मना कर दिया।",
        "भारतीय अधिकारियों ने रूस से मिसाइलों की डिलीवरी पर कोई टिप्पणी नहीं की।",
    ],
)
def test_a_reaction_declined_on_russia_india_matters_is_no_stance(text, cb):
    assert ru_in(text, cb) == N


def test_a_refusal_of_the_partner_itself_keeps_its_reading(cb):
    # the refusal is of the supply, not of a comment: the comment clause after it changes nothing
    assert ru_in("रूस ने भारत को टैंक देने से इनकार किया और इस पर कोई टिप्पणी नहीं की।", cb) == A


def test_a_stance_in_another_clause_after_the_silence_still_counts(cb):
    text = "रूस ने पाकिस्तान के साथ अभ्यास पर कोई टिप्पणी नहीं की, लेकिन दोनों देशों की दोस्ती मजबूत बताई।"
    assert ru_pk(text, cb) == F


def test_explain_names_the_silence(cb):
    out = explain("इस्लामाबाद ने रूस के साथ सौदे पर कोई टिप्पणी नहीं की।", cb)
    assert "merely discussed ('टिप्पणी नहीं')" in out


# --- a meal given for the guest is hospitality ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "पुतिन ने अपने आवास पर मोदी के लिए निजी रात्रिभोज का आयोजन किया।",
        "राष्ट्रपति पुतिन ने क्रेमलिन में प्रधानमंत्री मोदी के सम्मान में राजकीय भोज दिया।",
        "मॉस्को में पुतिन ने मेहमान मोदी के लिए डिनर रखा।",
    ],
)
def test_a_dinner_the_host_gives_the_guest_is_hospitality(text, cb):
    assert ru_in(text, cb) == F


def test_a_dinner_as_the_time_of_talk_gives_nothing(cb):
    assert ru_in("पुतिन और मोदी ने रात्रिभोज के दौरान कुछ देर बात की।", cb) == N


def test_explain_names_the_dinner_as_hospitality(cb):
    assert "(hospitality)" in explain("पुतिन ने मोदी के लिए रात्रिभोज का आयोजन किया।", cb)


# --- a demonstrative that does not point back carries nothing -------------------------------------------------


def _last(texts, cb):
    return code_article(texts, cb)[-1].stance


INDIA_STORY = ["भारत और रूस के बीच रक्षा करार", "भारत और रूस ने नए रक्षा करार पर दस्तखत किए।"]


@pytest.mark.parametrize(
    "text",
    [
        "खास बात यह है कि रूस ने पाकिस्तान को अब तक कोई बड़ा हथियार नहीं बेचा है।",
        "यह भी सच है कि रूस और पाकिस्तान का व्यापार अभी बहुत कम है।",
        "नतीजा यह कि रूस ने पाकिस्तान को टैंक देने से मना कर दिया।",
    ],
)
def test_a_forward_pointing_yah_does_not_carry_the_previous_pair(text, cb):
    assert _last([*INDIA_STORY, text], cb)["ru_in"] == N


def test_a_determiner_yah_still_carries(cb):
    # "यह करार" points back to the deal just told: the previous unit's pair goes on
    assert _last([*INDIA_STORY, "यह करार दिखाता है कि दोस्ती कितनी गहरी है।"], cb)["ru_in"] == F


def test_the_tatsam_before_this_dates_the_unit(cb):
    text = "इसके पूर्व रूसी सैनिक पाकिस्तान में एक संयुक्त अभ्यास कर चुके हैं।"
    assert _last([*INDIA_STORY, text], cb) == {"ru_pk": F, "ru_in": N}


def test_despite_this_with_a_pair_phrase_is_the_phrases_pair(cb):
    story = [
        "पाकिस्तान और रूस के बीच सैन्य अभ्यास",
        "पाकिस्तान और रूस की सेनाएं इस साल फिर संयुक्त अभ्यास करेंगी।",
        "एक अफसर ने कहा कि मॉस्को नई दिल्ली को नाराज नहीं करना चाहता।",
        "इसके बावजूद दोनों मुल्कों की सालाना मश्क जारी रहेगी।",
    ]
    assert _last(story, cb) == {"ru_pk": F, "ru_in": N}


# --- the ties gone slack (tatsam शिथिल/शिथिलता after a relation noun) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "जानकारों के अनुसार भारत और रूस के संबंधों में एक तरह की शिथिलता आ गई है।",
        "कई वर्षों तक भारत-रूस रिश्ते शिथिल बने रहे।",
    ],
)
def test_ties_gone_slack_are_strain(text, cb):
    assert ru_in(text, cb) == A


def test_rules_relaxed_are_no_slack_ties(cb):
    # शिथिल said of visa rules, not of a relation noun: no strain
    assert ru_in("रूस ने भारतीय कंपनियों के लिए वीज़ा नियम शिथिल किए।", cb) != A


# --- a party keeping out of an exercise -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "भारत ने रूस में होने वाले बहुराष्ट्रीय सैन्य अभ्यास 'शांति-2030' में अपनी टुकड़ी न भेजने का फैसला किया।",
        "रूस में अगले महीने होने वाले सैन्य अभ्यास 'सेतु-2031' में भारत हिस्सा नहीं लेगा।",
        "रूस के एक बड़े युद्धाभ्यास से भारत ने अपना नाम वापस लिया",
    ],
)
def test_keeping_out_of_the_partners_exercise_is_a_withdrawal(text, cb):
    assert ru_in(text, cb) == A


def test_taking_part_in_an_exercise_stays_favor(cb):
    assert ru_in("भारत और रूस की सेनाएं संयुक्त अभ्यास में हिस्सा लेंगी।", cb) == F


def test_explain_spans_the_drill_and_the_withdrawal(cb):
    out = explain("रूस में होने वाले सैन्य अभ्यास में भारत हिस्सा नहीं लेगा।", cb)
    assert "अभ्यास … हिस्सा नहीं ले* (cancellation_postponement)" in out
