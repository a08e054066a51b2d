"""Stance round 20 (issue #12): kinds that recur in sets Y and Z and in earlier rounds.

Mediation (a third state's role in the dispute of two others), a purchase from any seller, and
family gaps by register (the Urdu इमकानात, तरबियत, मौक़िफ़, सफ़, क़द्र; all-weather ties; slowing down).
Every sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})

MEDIATION = [
    # readiness for, offer of, refusal of a mediation: the dispute of India and Pakistan (or China), no tie
    ("क्रेमलिन ने कहा है कि वह भारत और पाकिस्तान के बीच मध्यस्थता के लिए तैयार है।", N, N),
    ("नई दिल्ली ने चीन के साथ सीमा विवाद में रूस की मध्यस्थता से इनकार कर दिया।", N, N),
    ("इस्लामाबाद ने किसी तीसरे फ़रीक़ की सालिसी को ख़ारिज नहीं किया, पर भारत ने मना किया।", N, N),
    # a plea to Russia left unanswered keeps its stance: Russia's answer to the party (refusal, against)
    ("रूस ने पाकिस्तान की मध्यस्थता की गुहार पर कोई जवाब नहीं दिया।", A, N),
    # the ties beside the mediation keep theirs ("… अहम मानता है और मध्यस्थता के लिए तैयार है")
    ("रूस पाकिस्तान के साथ अपने रिश्तों को अहम मानता है और सालिसी के लिए तैयार है।", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), MEDIATION)
def test_what_is_said_of_a_mediation_is_no_tie(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_mediation_set_aside_is_visible_in_explain(cb):
    out = explain("मॉस्को भारत और पाकिस्तान के बीच मध्यस्थता के लिए तैयार है।", cb)
    assert "is about a mediation" in out, out


ANY_SELLER = [
    # wherever it is cheapest: no seller, so no partner, in a Russia–India story too
    ("वित्त मंत्री बोले कि देश वहीं से गैस लेगा और खरीदेगा जहां वह सबसे किफायती हो।", N, N),
    ("सरकार का कहना है कि भारत वहां से कोयला खरीदता रहेगा जहाँ दाम कम होंगे।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), ANY_SELLER)
def test_a_purchase_from_any_seller_names_no_partner(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, pair=RU_IN, previous=RU_IN)


def test_the_same_purchase_naming_both_parties_keeps_its_stance(cb):
    # Russia named beside India: the purchase has its partner, the correlative only says why
    check("भारत रूस से तेल खरीदता रहेगा, क्योंकि वह वहीं से खरीदेगा जहां सस्ता मिले।", N, F, cb)


def test_a_purchase_from_any_seller_says_why_in_its_notes_and_cues(cb):
    result = check("भारत वहीं से तेल खरीदेगा जहां से सबसे सस्ता मिलेगा।", N, N, cb, pair=RU_IN, previous=RU_IN)
    assert "from any seller" in result.notes["ru_in"], result.notes
    assert any("from any seller" in c.pattern for c in result.cues), result.cues


FAMILY_GAPS = [
    # prospects low in the Urdu register (इमकानात beside आसार, संभावना)
    ("रूस और पाकिस्तान के बीच गैस मुआहिदे पर अमल के इमकानात कम हैं।", A, N),
    # training received and given; the Urdu तरबियत
    ("पाकिस्तान के नौसैनिक अब रूस में तरबियत हासिल करेंगे।", F, N),
    ("रूसी विशेषज्ञ भारतीय पायलटों को प्रशिक्षण देंगे और भारतीय तकनीशियन रूस में प्रशिक्षण लेंगे।", N, F),
    # positions alike (मौक़िफ़), standing in one row (सफ़)
    ("अफ़ग़ान मसले पर रूस और पाकिस्तान का मौक़िफ़ यकसां है।", F, N),
    ("दहशतगर्दी के मसले पर पाकिस्तान और रूस एक ही सफ़ में खड़े हैं।", F, N),
    # esteem in the Urdu idiom; all-weather ties
    ("पाकिस्तान रूस के साथ अपनी दोस्ती को क़द्र की नज़र से देखता है।", F, N),
    ("भारत और रूस के संबंध हर मौसम में खरे उतरे हैं।", N, F),
    # a supply slowing down: less than it was
    ("रूस से भारत को रक्षा उपकरणों की आपूर्ति धीमी पड़ गई है।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), FAMILY_GAPS)
def test_family_gaps_of_round_20(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


PENALTY = [
    # a purchase as the reason of a third state's penalty on a party: the penalty's cause, no tie
    ("यूरोपीय संघ ने रूसी गैस खरीदने के कारण पाकिस्तान पर भारी जुर्माना लगाने की बात कही।", N, N),
    ("रूस से हथियार खरीद पर वॉशिंगटन का नया टैरिफ भारत को भी झेलना होगा।", N, N),
    # buying on despite the penalty keeps its stance (no cause marker after the purchase)
    ("अमेरिकी टैरिफ के बावजूद भारत ने रूस से तेल खरीदना जारी रखा।", N, F),
    # a ban on the act itself is the seller's restraint (no state between): the reading of earlier rounds
    ("रूस ने पाकिस्तान को टैंक बेचने पर लगी रोक हटा ली।", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), PENALTY)
def test_a_purchase_that_is_a_penaltys_reason_is_no_tie(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


DEPENDENCE = [
    # a growing dependence on a third state is no growth of the ties; what is said of it decides
    ("जानकारों के अनुसार बीजिंग पर मॉस्को की बढ़ती निर्भरता भारत के साथ उसके रिश्तों पर असर डालेगी।", N, A),
    ("रूस की चीन पर बढ़ती निर्भरता पाकिस्तान के साथ उसके संबंधों की सीमा तय कर रही है।", A, N),
    # a dependence on Russia become a risk, read by whose it is
    ("कई अधिकारी मानते हैं कि रूस पर पाकिस्तान की निर्भरता जोखिम बनती जा रही है।", A, N),
    # growth of the ties themselves, with a third state named elsewhere, keeps its stance
    ("चीन की नाराज़गी के बावजूद भारत और रूस का व्यापार बढ़ता जा रहा है।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DEPENDENCE)
def test_a_dependence_on_a_third_state_is_no_growth_of_the_ties(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


REQUEST_NOT_GRANTED = [
    # a party's request referred back and not granted: the partner's refusal (against)
    ("पाकिस्तान ने मॉस्को से गेहूं की कीमत घटाने को कहा था, लेकिन रूस ने इसे नहीं माना।", A, N),
    ("भारत ने रूस से भुगतान रुपये में लेने की गुजारिश की थी, जिसे मॉस्को ने नहीं माना।", N, A),
    # an appeal made ineffective, like an objection overridden (round 18)
    ("रूसी नौसेना का अभ्यास पाकिस्तान में हुआ, भारत का अनुरोध बेअसर", F, A),
    # the passive "is not regarded as" is no refusal
    ("भारत को इस समूह का सदस्य नहीं माना गया, रूस ने कहा।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REQUEST_NOT_GRANTED)
def test_a_request_referred_back_and_not_granted_is_a_refusal(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


REDUCTION_NOT_PLANNED = [
    # a reduction under a negated plan or sign: the reduction is negated, the purchase stands
    ("पाकिस्तान ने रूस से गेहूं का आयात कम करने का कोई इरादा नहीं जताया।", F, N),
    ("भारत सरकार के पास रूसी तेल की खरीद में कटौती करने की कोई योजना नहीं है।", N, F),
    # the reduction itself, with no negated plan over it, stays against
    ("भारत ने रूस से तेल की खरीद घटाने का फैसला किया।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REDUCTION_NOT_PLANNED)
def test_a_reduction_under_a_negated_plan_keeps_the_purchase(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


MORE_FAMILY_GAPS = [
    # a figure crossed, the oblique of "का आंकड़ा पार"
    ("रूस और पाकिस्तान का व्यापार पहली बार पचास करोड़ डॉलर के आंकड़े को पार कर गया।", F, N),
    # an agreement or cooperation renewed (tatsam)
    ("भारत और रूस ने अंतरिक्ष अनुसंधान में सहयोग का नवीनीकरण किया।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), MORE_FAMILY_GAPS)
def test_more_family_gaps_of_round_20(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


TROOPS_ARRIVED = [
    # a party's contingent arriving where the other is named: the exercise's cooperation (favor)
    ("द्रुज़बा मश्क़ के लिए पाकिस्तानी फ़ौजी दस्ता रूस पहुंचा", F, N),
    ("रूस पहुंचे भारतीय नौसैनिक, संयुक्त गश्त की तैयारी", N, F),
    # a count arriving on a given day is logistics; a chief arriving is a person's visit
    ("रूसी थल सेना के करीब पचास जवान मंगलवार को पाकिस्तान पहुंचे।", N, N),
    ("रूसी वायुसेना प्रमुख दो दिन की यात्रा पर इस्लामाबाद पहुंचे।", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), TROOPS_ARRIVED)
def test_a_contingent_arriving_at_the_partner_is_cooperation(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)
