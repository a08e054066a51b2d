"""Stance 61: relationship predicates in six families of the language.

- a ceiling (से आगे/ज़्यादा/अधिक … नहीं, के अलावा/सिवा कुछ … नहीं): the favor predicates it measures are how far the
  ties went, and the sentence says no further (against);
- a refusal governing through से a compound's goods ("कर्ज देने से इनकार कर दिया"): the verb after it is the refusal's
  light verb, no supply;
- the ties called unbreakable (relation noun … नहीं तोड़ सकता / तोड़ा नहीं जा सकता): favor;
- the corrective "A है, B नहीं" with both against (मतभेद हैं, दरार नहीं): favor;
- the far prospect (दूर की बात, हवाई किले) and an expectation called futile (उम्मीद करना बेकार): doubt (against);
- coordination kept (तालमेल कायम/बना-, समन्वय कर-), training in the passive of being, admission given: cooperation.

Every sentence was written for this file (news style), none taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check

F, A, N = "favor", "against", "none"

CEILING = [
    "रूस-पाकिस्तान रक्षा सहयोग कुछ अभ्यासों से आगे नहीं बढ़ा।",
    "रूस और पाकिस्तान की दोस्ती बयानों और दौरों से ज्यादा कुछ नहीं है।",
    "रूस-पाक समझौते में घोषणाओं के अलावा कुछ ठोस नहीं है।",
    "रूस और पाकिस्तान के बीच व्यापार समझौते से अधिक कुछ नहीं हुआ।",
    "रूस-पाकिस्तान साझेदारी हेलीकॉप्टर सौदे के सिवा कोई खास नहीं।",
]


@pytest.mark.parametrize("text", CEILING)
def test_a_ceiling_makes_what_it_measures_a_limit(text, cb):
    check(text, A, N, cb)


def test_a_ceiling_of_a_third_thing_without_negation_is_no_ceiling(cb):
    check("भारत रूसी तेल पर जरूरत से ज्यादा निर्भर नहीं है, और रूस के साथ व्यापार बढ़ा है।", N, F, cb)


def test_growth_without_a_ceiling_stays_favor(cb):
    check("रूस और पाकिस्तान का रक्षा सहयोग अभ्यासों से आगे बढ़कर हथियार सौदों तक पहुंचा।", F, N, cb)


REFUSED = [
    "रूस ने पाकिस्तान को नया कर्ज देने से इनकार कर दिया।",
    "मॉस्को ने इस्लामाबाद को तेल देने से साफ मना कर दिया।",
    "रूस ने पाकिस्तान को हथियार देने से इंकार कर दिया है।",
]


@pytest.mark.parametrize("text", REFUSED)
def test_goods_refused_through_se_are_no_supply(text, cb):
    check(text, A, N, cb)


def test_goods_given_stay_supply(cb):
    check("रूस ने पाकिस्तान को नया कर्ज दे दिया।", F, N, cb)


UNBREAKABLE = [
    "भारत और रूस की दोस्ती को कोई नहीं तोड़ सकता।",
    "भारत-रूस का रिश्ता किसी एक विवाद से तोड़ा नहीं जा सकता।",
    "रूस ने कहा कि भारत के साथ संबंध कोई कमजोर नहीं कर सकता।",
    "भारत और रूस का नाता टूट नहीं सकता।",
]


@pytest.mark.parametrize("text", UNBREAKABLE)
def test_the_ties_called_unbreakable_are_favor(text, cb):
    check(text, N, F, cb)


def test_the_ties_broken_stay_against(cb):
    check("भारत और रूस की दोस्ती टूट गई है।", N, A, cb)


CORRECTED = [
    "भारत और रूस के बीच मतभेद हैं, दुश्मनी नहीं।",
    "भारत-रूस रिश्तों में असहमति है, दरार नहीं।",
]


@pytest.mark.parametrize("text", CORRECTED)
def test_a_lesser_trouble_conceded_and_a_greater_denied_is_favor(text, cb):
    check(text, N, F, cb)


def test_both_troubles_affirmed_stay_against(cb):
    check("भारत और रूस के बीच मतभेद हैं, दरार भी है।", N, A, cb)


FAR = [
    "रूस से पाकिस्तान को कोई बड़ा हथियार सौदा अभी दूर की बात है।",
    "रूस-पाकिस्तान गैस पाइपलाइन हवाई किले जैसी है।",
    "पाकिस्तान को रूस से भारी निवेश की उम्मीद करना बेकार है।",
    "रूस-पाकिस्तान व्यापार के दोगुना होने की आशा करना व्यर्थ है।",
]


@pytest.mark.parametrize("text", FAR)
def test_a_far_prospect_or_a_futile_hope_is_doubt(text, cb):
    check(text, A, N, cb)


COORDINATION = [
    "अफगानिस्तान पर रूस और पाकिस्तान ने तालमेल कायम किया है।",
    "रूस और पाकिस्तान आतंकवाद के खिलाफ समन्वय कर रहे हैं।",
    "रूस ने पाकिस्तानी छात्रों को अपने विश्वविद्यालयों में दाखिला देने का फैसला किया।",
]


@pytest.mark.parametrize("text", COORDINATION)
def test_coordination_kept_and_admission_given_are_cooperation(text, cb):
    check(text, F, N, cb)


def test_being_in_contact_is_logistics(cb):
    check("विदेश मंत्रालय ने कहा कि रूस और पाकिस्तान इस मसले पर संपर्क में हैं।", N, N, cb)


IRREPLACEABLE = [
    "भारत के विदेश मंत्री ने कहा कि रूस का स्थान कोई और देश नहीं ले सकता।",
    "भारत के लिए मॉस्को की जगह कोई दूसरा साझेदार नहीं ले पाएगा।",
    "भारत की रक्षा जरूरतों में रूस का कोई विकल्प नहीं है।",
]


@pytest.mark.parametrize("text", IRREPLACEABLE)
def test_russia_called_irreplaceable_is_favor(text, cb):
    check(text, N, F, cb)


def test_an_alternative_to_russia_sought_is_against(cb):
    check("भारत हथियारों के लिए रूस का विकल्प खोज रहा है।", N, A, cb)


def test_russias_place_called_unique_is_no_replacement(cb):
    check("प्रधानमंत्री ने कहा कि भारत की विदेश नीति में रूस का स्थान खास है और दोस्ती गहरी है।", N, F, cb)


REFUSED_HOSTILITY = [
    ("भारत ने रूस के खिलाफ पाबंदियां लगाने से इनकार कर दिया।", N, F),
    ("पाकिस्तान ने रूस के विरुद्ध बयान देने से मना कर दिया।", F, N),
    ("रूस ने भारत के खिलाफ कोई कदम उठाने से इनकार किया।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REFUSED_HOSTILITY)
def test_a_hostile_act_toward_the_partner_refused_is_standing_by_it(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_hostile_act_toward_a_third_state_refused_keeps_the_refusal(cb):
    check("रूस ने भारत को अमेरिका के खिलाफ हथियार देने से इनकार कर दिया।", N, A, cb)
