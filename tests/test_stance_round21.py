"""Stance round 21 (issue #12): kinds that recur in sets AA and AB and in earlier rounds.

Family gaps by register and inflection (regard for the partner in ख्याल/खयाल and its nouns, the tatsam
अप्रसन्नता, a promise not gone back on), structures (the friendship as what is betrayed or doubted, a
dependence or share falling, the past's shadow left, a third state's pressure refused, a regard
demanded, a condemnation voiced by the pair as subject). Every sentence here was written for the tests
(none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check

F, A, N = "favor", "against", "none"
RU_IN = frozenset({"ru_in"})
RU_PK = frozenset({"ru_pk"})

REGARD = [
    # feelings, sensitivity, concerns, interests minded, in ख्याल/खयाल and "… को ध्यान में रखते हुए"
    ("पूर्व सेनाध्यक्ष बोले कि मॉस्को ने हर मौके पर भारत की भावनाओं का ख्याल रखा है।", N, F),
    ("जानकारों के मुताबिक रूस नई दिल्ली की संवेदनशीलता का पूरा ध्यान रखता है।", N, F),
    ("रूसी अधिकारी ने कहा कि मॉस्को भारत की संवेदनशीलता को ध्यान में रखकर ही कोई कदम उठाएगा।", N, F),
    ("क्रेमलिन भारत के हितों का खयाल रखता आया है।", N, F),
    # no third state coming between the ties
    ("रूसी उप विदेश मंत्री ने कहा कि कोई बाहरी ताकत भारत और रूस की दोस्ती के बीच नहीं आ सकती।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REGARD)
def test_a_regard_for_the_partner_in_every_form_is_reassurance(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


DEMANDED = [
    # asked of Russia, or in question: none given (strain)
    ("विपक्ष के नेता ने कहा कि रूस को भारत की सुरक्षा चिंताओं का ख्याल रखना चाहिए।", N, A),
    ("असली सवाल यह है कि क्या रूस भारत के हितों का ध्यान रखेगा।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DEMANDED)
def test_a_regard_demanded_or_in_question_is_none_given(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_regard_demanded_says_so_in_explain(cb):
    out = explain("रूस को भारत की भावनाओं का ख्याल रखना चाहिए।", cb)
    assert "demanded, not given" in out, out


BETRAYED = [
    # the friendship is what is betrayed or doubted, not asserted
    ("पूर्व राजदूत ने कहा कि रूस का यह कदम भारत के साथ पुरानी मित्रता से विश्वासघात है।", N, A),
    ("कई भारतीय सांसदों ने इसे रूस की दोस्ती पर सवाल के रूप में देखा।", N, A),
    # a favor word qualifying the friendship betrayed is part of what is betrayed
    ("विश्लेषक ने लिखा कि मॉस्को का यह फैसला नई दिल्ली के साथ ऐतिहासिक मैत्री से विश्वासघात है।", N, A),
    # the tatsam displeasure of India at Russia's act
    ("भारत ने रूस के इस कदम पर अप्रसन्नता प्रकट की।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), BETRAYED)
def test_the_friendship_betrayed_or_doubted_is_against(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_friendship_asserted_beside_it_keeps_its_favor(cb):
    # control: the friendship noun alone, with no betrayal after it
    check("रूस ने भारत के साथ पुरानी मित्रता को फिर दोहराया।", N, F, cb)


SHARE = [
    # a dependence on the partner or its share falling (an adverb between), or still the largest
    ("जानकार मानते हैं कि रूस पर भारत की सैन्य निर्भरता तेजी से कम हो रही है।", N, A),
    ("भारत के रक्षा आयात में रूस की हिस्सेदारी लगातार घटी है।", N, A),
    ("भारत के तेल आयात में रूस की हिस्सेदारी अब भी सबसे ज्यादा है।", N, F),
    ("जानकारों के अनुसार भारत आज भी रूस का सबसे बड़ा रक्षा ग्राहक बना हुआ है।", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), SHARE)
def test_a_dependence_or_share_falling_or_largest(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_dependence_on_a_third_state_falling_is_no_tie(cb):
    # the dependence is on the US; Pakistan turning to Russia is what the unit says of the pair
    check("कुछ जानकारों के मुताबिक अमेरिका पर निर्भरता घटाने के लिए पाकिस्तान रूस से करीबी बढ़ा रहा है।", F, N, cb)


def test_a_request_to_reduce_the_dependence_stays_only_requested(cb):
    check("अमेरिका ने भारत से रूस पर निर्भरता कम करने का आग्रह किया है।", N, N, cb)


PAST_LEFT = [
    # the past's shadow or burden left, a new chapter after a strain
    ("इस्लामाबाद में रूसी राजदूत ने कहा कि पाकिस्तान और रूस अतीत के बोझ से आगे निकल चुके हैं।", F, N),
    ("पाकिस्तानी मंत्री बोले कि रूस के साथ हमारे ताल्लुकात माज़ी के साये से बाहर आ गए हैं।", F, N),
    ("रूस और पाकिस्तान के रक्षा रिश्ते: लंबे वैमनस्य के बाद नया अध्याय", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), PAST_LEFT)
def test_the_past_left_behind_is_closeness(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


PROMISE = [
    # a promise not gone back on, the negation inside the phrase; a trade deficit in one party's favour
    ("रूसी राजनयिक बोले कि हम किसी दबाव में भारत से किए अपने वादे से नहीं हटेंगे।", N, F),
    ("भारत और रूस के व्यापार में घाटा रूस के पक्ष में झुका हुआ है।", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), PROMISE)
def test_a_promise_kept_and_a_deficit(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


PRESSURE = [
    # a third state's pressure or warning refused: the party holds to the ties
    ("पश्चिमी देशों ने भारत पर रूसी गैस की खरीद कम करने का दबाव डाला, पर नई दिल्ली ने उसे ठुकरा दिया।", N, F),
    # the presser named right before the noun, whoever the agent is
    ("मॉस्को के साथ गैस पाइपलाइन पर पाकिस्तान ने अमेरिकी दबाव को खारिज कर दिया।", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), PRESSURE)
def test_a_third_states_pressure_refused_is_favor(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_partys_own_pressure_refused_keeps_the_refusal(cb):
    # India presses Russia: for Russia–India the refusal is no holding to the ties
    result = check("मॉस्को ने नई दिल्ली के दबाव को ठुकरा दिया।", N, A, cb)
    assert "pressure refused" not in result.notes["ru_in"], result.notes


def test_a_pressure_refused_says_so_in_explain(cb):
    out = explain("अमेरिका ने भारत पर रूस से तेल न खरीदने का दबाव डाला, लेकिन भारत ने उसे ठुकरा दिया।", cb)
    assert "pressure refused" in out, out


def test_a_condemnation_by_the_pair_as_subject_is_alignment(cb):
    # no ने in the present tense: the pair phrase is the clause's subject
    check("साझा बयान के मुताबिक दोनों देश आतंकवाद की कड़ी निंदा करते हैं।", N, F, cb, pair=RU_IN, previous=RU_IN)


def test_a_reciprocal_criticism_of_the_pair_is_no_alignment(cb):
    result = check("दोनों देश एक-दूसरे की नीतियों की आलोचना करते हैं।", N, A, cb, pair=RU_IN, previous=RU_IN)
    assert "voiced jointly" not in result.notes.get("ru_in", ""), result.notes
