"""Stance round 8 (issue #12): `against` in every register, and the structure around it.

Codebook v1.1: `against` is the ties portrayed as limited, set back, delayed, doubtful,
refused or strained, or Russia acting against India; a denial, a refusal and a negation
govern what they name; the main clause decides, a background or relative clause does not.
Every sentence here was written for the tests (none is taken from a development set).
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.stance_units import check, code

F, A, N = "favor", "against", "none"

COULD_NOT_BE_DONE = [
    # the negated abilitative, perfective / progressive / future; a plan unfulfilled; no result
    ("रूस और पाकिस्तान की गैस पाइपलाइन पर काम अब तक शुरू नहीं हो सका है", A, N),
    ("रूस पाकिस्तान को वादे के मुताबिक इंजन नहीं दे पाया", A, N),
    ("रूस ने भारत से कहा है कि वह इस साल टैंकों के पुर्जे पूरे नहीं कर पाएगा", N, A),
    ("भारत और रूस के रुपया-रूबल भुगतान का मसला अब तक नहीं सुलझ पाया है", N, A),
    ("रूस से भारत की तेल खरीद की उम्मीदें पूरी नहीं हुईं", N, A),
    ("रूस और पाकिस्तान की वार्ता का कोई ठोस नतीजा नहीं निकला", A, N),
    # the subject noun first, what became of it last (verb-final, clause-final predicate)
    ("रूस और पाकिस्तान का तेल सौदा अब तक पूरा नहीं हो पाया है", A, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), COULD_NOT_BE_DONE)
def test_what_could_not_be_done_is_a_setback(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


DELAYS_LIMITS_REFUSALS = [
    # delay in the Urdu register governs the signing it names
    ("रूस के साथ पाकिस्तान के बिजलीघर समझौते पर दस्तख़त में ताख़ीर हुई", A, N),
    # withdrawn from a project; affected; an adverse effect in any word order
    ("भारत रूस के साथ लड़ाकू विमान परियोजना से हट चुका है", N, A),
    ("रूस से भारत को हथियारों की आपूर्ति प्रभावित हुई है", N, A),
    ("रूस के साथ भारत के रिश्तों पर प्रतिबंधों का बुरा असर पड़ा है", N, A),
    # no interest shown; abstaining (Urdu परहेज़); a partner's word not heeded; unwilling
    ("रूस की पाकिस्तान में निवेश में कोई दिलचस्पी नहीं है", A, N),
    ("पाकिस्तान ने रूस के तेल सौदे में शामिल होने से परहेज़ किया", A, N),
    ("रूस ने भारत की बात नहीं मानी", N, A),
    ("पाकिस्तान इस शर्त के लिए तैयार नहीं है कि रूस को बंदरगाह मिले", A, N),
    # no talks at all; trade out of balance; questions standing; drifting priorities
    ("रूस और पाकिस्तान के बीच सैन्य संपर्क पर कोई बातचीत नहीं हुई", A, N),
    ("रूस और भारत के बीच व्यापार का असंतुलन बढ़ता जा रहा है", N, A),
    ("रूसी हथियारों की विश्वसनीयता को लेकर भारत में सवाल बने हुए हैं", N, A),
    ("रूस की बदलती प्राथमिकताओं से भारत के साथ उसके रिश्तों पर असर दिख रहा है", N, A),
    # words more than deeds
    ("भारत और रूस के रिश्ते भाषणों में बड़े हैं, ज़मीन पर कम", N, A),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DELAYS_LIMITS_REFUSALS)
def test_delays_limits_refusals_and_doubts_in_every_register_are_against(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


FAVOR_FAMILIES = [
    ("रूस से सस्ता गेहूं मिलने से पाकिस्तान को बड़ी राहत मिली", F, N),  # relief
    ("रूस ने पाकिस्तान को भरोसा दिया कि गैस परियोजना पर काम जल्द शुरू होगा", F, N),  # work to begin
    ("पाकिस्तान ने कहा कि रूस के साथ कपास का कारोबार आगे भी जारी रहेगा", F, N),  # continuing
    ("रूस ने कहा कि वह भारत के साथ रक्षा करारों का पालन करेगा", N, F),  # compliance
    ("रूसी राजदूत ने कहा कि भारत के प्रति रूस की नीति में कोई बदलाव नहीं आया है", N, F),  # unchanged
    ("मॉस्को ने भारतीय छात्रों की वापसी की भारत की मांग मान ली", N, F),  # a demand granted
    ("पुतिन ने कहा कि पाकिस्तान रूस का रिवायती शरीक-ए-कार है", F, N),  # Urdu register partner
    ("मोदी ने कहा कि भारत और रूस की मैत्री अडिग है", N, F),  # unshaken, tatsam
    ("रूस ने पाकिस्तान पर लगी पाबंदियां हटा लीं", F, N),  # a restriction lifted
    ("हटाई गई पाबंदियां: रूस ने पाकिस्तान को हेलीकॉप्टर बेचने पर लगी रोक हटाई", F, N),
    ("रूस ने कहा कि वह पाकिस्तान के साथ अपने समझौते से पीछे नहीं हटेगा", F, N),  # not backing out
    ("भारत ने रूसी कोयले पर लगी पश्चिमी पाबंदियों को मानने से इनकार कर दिया", N, F),  # restrictions not obeyed
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), FAVOR_FAMILIES)
def test_favor_families_by_register(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_both_navies_are_the_storys_pair(cb):
    check("अभ्यास के दौरान दोनों नौसेनाओं का तालमेल बेहतर हुआ", F, N, cb, pair=frozenset({"ru_pk"}))


def test_continuing_tension_stays_one_against(cb):
    # continuation is in the growth family: after an against predicate it intensifies it
    check("रूस और पाकिस्तान के बीच तनाव जारी रहेगा", A, N, cb)


DENIALS_AND_REFUSALS = [
    # a denial with a कि clause negates that clause: a setback denied portrays the ties intact
    ("उसने इस बात से इनकार किया कि रूस पाकिस्तान के साथ अपना रक्षा समझौता रद्द कर रहा है", F, N),
    ("रूस ने इस बात का खंडन किया कि वह भारत को एस-400 की आपूर्ति रोक रहा है", N, F),
    ("रूस ने इन खबरों का खंडन किया कि पाकिस्तान के साथ उसके रिश्ते बिगड़ रहे हैं", F, N),
    # a refusal governs the verbal noun से marks, and does not count again
    ("रूस ने पाकिस्तान के साथ सौदे से पीछे हटने से इनकार किया", F, N),
    ("पाकिस्तान ने इस फैसले को रूस की ओर से झटका मानने से इनकार किया", F, N),
    ("रूस ने पाकिस्तान को हथियार बेचने से इनकार किया", A, N),
    # declining to comment is talk, no refusal of the partner
    ("रूसी विदेश मंत्रालय ने पाकिस्तान के साथ सौदे पर टिप्पणी करने से इनकार किया", N, N),
    ("भारतीय दूतावास ने रूस के फैसले पर कोई प्रतिक्रिया देने से इनकार कर दिया", N, N),
    # deliberation in the tatsam register, and an issue raised, are talk about the thing (v1.1: none)
    ("भारत और रूस के मंत्रियों ने रक्षा उत्पादन बढ़ाने पर विस्तृत विचार-विमर्श किया", N, N),
    ("बैठक में रूस और पाकिस्तान के संयुक्त अभ्यास का मुद्दा भी उठा", N, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), DENIALS_AND_REFUSALS)
def test_a_denial_or_refusal_governs_what_it_names(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_a_refusal_itself_negated_governs_nothing(cb):
    check("रूस ने पाकिस्तान के साथ सौदे से पीछे हटने से इनकार नहीं किया", A, N, cb)


STRUCTURE = [
    # a relative clause characterises a noun of the main clause: the main clause decides
    ("रूस ने भारत को आश्वस्त किया कि वह कोई ऐसा कदम नहीं उठाएगा जिससे भारत के हितों को नुकसान हो", N, F),
    ("रूस ने भारत को जो टैंक देने का वादा किया था, उनकी खेप अब तक नहीं आई है", N, A),
    # background phrases: amid, because of, a name the thing goes by
    ("यूक्रेन संकट के बीच रूस और भारत ने व्यापार बढ़ाने का समझौता किया", N, F),
    ("चीन के साथ तनाव के चलते भारत ने रूस से हथियारों की खरीद तेज कर दी", N, F),
    ("पुराने दोस्त कहे जाने वाले रूस ने अब पाकिस्तान को लड़ाकू हेलीकॉप्टर दिए", F, N),
    # the partner phrase nearest the cue decides; a third state's phrase before it is the cause
    ("रूसी मंत्री ने कहा कि पाकिस्तान के साथ सहयोग से भारत के साथ हमारी दोस्ती पर कोई असर नहीं पड़ेगा", N, F),
    # the cue's own argument is the target's party, not the other pair's
    ("पूर्व राजनयिक ने कहा कि चीन पर निर्भरता के कारण रूस भारत-चीन विवाद में भारत का साथ नहीं देगा", N, A),
    # a negation inside a favor phrase flips nothing else ("वादे" stays a promise)
    ("रूस ने कहा कि वह पाकिस्तान से किए अपने वादे से पीछे नहीं हटा है", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), STRUCTURE)
def test_structure_decides_which_predicate_counts(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


NOT_AGAINST = [
    # a worry or setback of another pair stays theirs
    ("रूस ने भारत और पाकिस्तान से तनाव कम करने को कहा", N, N),
    # the modal "cannot" is general, not a setback of the ties
    ("रूस पाकिस्तान के साथ अपने रिश्तों को नज़रअंदाज़ नहीं कर सकता", F, N),
    # a time when, not a state of the ties
    ("दोनों देशों की दोस्ती तब मजबूत हुई जब भारत और चीन के रिश्ते तनावपूर्ण थे", N, N),
    # a contingent greeted on arrival is logistics
    ("रूसी सैन्य दल का पाकिस्तानी अधिकारियों ने स्वागत किया", N, N),
    # disaster relief is an operation, not relief to the ties
    ("रूस के आपदा राहत दल ने पाकिस्तान में बाढ़ पीड़ितों की मदद की", F, N),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), NOT_AGAINST)
def test_what_is_not_against_the_ties(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_explain_names_the_round_8_rules(cb):
    denial = code("उसने इस बात से इनकार किया कि रूस पाकिस्तान के साथ अपना रक्षा समझौता रद्द कर रहा है", cb)
    assert "denies its कि clause" in denial.notes["ru_pk"]
    refusal = code("रूस ने पाकिस्तान के साथ सौदे से पीछे हटने से इनकार किया", cb)
    assert "a refusal governs what से marks" in refusal.notes["ru_pk"]
    text = explain("रूस और पाकिस्तान का तेल सौदा अब तक पूरा नहीं हो पाया है", cb)
    assert "verb-final" in text and "setback_failure" in text
    comment = explain("रूसी विदेश मंत्रालय ने पाकिस्तान के साथ सौदे पर टिप्पणी करने से इनकार किया", cb)
    assert "merely discussed" in comment
