"""Stance round 47 (issue #12): the `against` predicate families audited form by form.

Like round 43 for `favor`, each member of the codebook's `against` row (cancellation, postponement, refusal,
strain, limit, denial, threat, anger, protest, warning, setback, sanctions, payment blocked, deliveries delayed,
reduced purchases, suspicion, distance, displeasure, criticism, a deal that did not happen, an expectation
unmet) was written in the registers and light-verb forms a Hindi writer uses, with both parties named in
several ways; what the coder missed was added as a family member, not a phrase:

1. Protest: an envoy summoned (तलब), a walkout (वॉकआउट), criticism as irresponsibility (ग़ैर-ज़िम्मेदाराना),
   the tatsam निंदनीय; a warning in the loan वॉर्निंग with its candra O.
2. Sanctions and bans put on the partner (पाबंदी/प्रतिबंध/बैन लगा-, Urdu आइद, थोप-), a payment blocked (the loan
   ब्लॉक with its verb), stopping in the causative (रुकवा-, रोकवा-, बंद करवा-), delay in the bare noun with its
   verb (देर हो रही), backing out and dropping in the loans (बैकआउट, ड्रॉप कर-), a business wound up (समेट-).
3. Rupture: envoys recalled (राजदूत को वापस बुला-), expelled (निष्कासित, देश छोड़ने का आदेश); a cold welcome
   (ठंडा/फीका स्वागत: longer than the welcome in it); the loan डेडलॉक beside गतिरोध.
4. A deal that did not happen: failed in the loan (फेल हो-), all but happened (होते-होते रह-), a target not
   reached, hopes dimmed (धूमिल) or ended, a fall by a share or to a low; the paired negator न … न ("न कोई
   सौदा हुआ, न कोई करार"); on paper in the locative (कागज़ों में), terms or rules made harder; reconsidered
   (पुनर्विचार, Urdu नज़रसानी); not accepted in the progressive, approval and permission withheld.

The words that govern a favor word before them (फेल, होते-होते रह-, ब्लॉक, रुकवा-, धूमिल, कागज़ों में,
पुनर्विचार …) are negation cues too, as round 23 made the cancellation words: "डील फेल हो गई" is the deal
undone (against), not a deal (favor).

Tried and left out, by the read sets' coders: a joint statement not issued ("बैठक में कोई संयुक्त बयान जारी
नहीं हुआ": none), a stern message (सख़्त/कड़ा संदेश: said to a third state, none), keeping oneself apart
(खुद को अलग रखा: an abstention, none), diplomats taken out (राजनयिकों को निकाल-: an evacuation, none), and "will
not accept" in the future (a party's own resolve). Pressure to drop the partner stays round 7's "only
requested" (none).

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import code

F, A, N = "favor", "against", "none"


def named_pair(text, cb):
    """The stance of the pair a sentence names: Russia–India where India is named by any of its names
    (भारत, भारतीय, दिल्ली), else Russia–Pakistan."""
    india = any(w in text for w in ("भारत", "दिल्ली"))
    return code(text, cb).stance["ru_in" if india else "ru_pk"]


@pytest.mark.parametrize(
    "text",
    [
        # 1. protest, criticism, warning
        "पाक ने रूसी राजदूत को तलब किया।",
        "भारत सरकार ने रशियन राजदूत को तलब किया।",
        "नई दिल्ली ने रूसी सरकार के साथ वार्ता से वॉकआउट किया।",
        "रूसी विदेश मंत्री ने इस्लामाबाद की नीतियों को गैर-ज़िम्मेदाराना बताया।",
        "क्रेमलिन ने पाकिस्तानी सेना को वॉर्निंग दी कि वह हद में रहे।",
        # 2. sanctions, payment blocked, stopped, delayed, backed out
        "पाकिस्तान ने रूसी बैंकों पर पाबंदी लगा दी।",
        "रूस ने नई दिल्ली की कंपनियों पर बैन लगा दिया।",
        "रूसी हुकूमत ने पाकिस्तान पर पाबंदियां आइद कर दीं।",
        "भारत सरकार और मॉस्को के बीच भुगतान ब्लॉक हो गया है।",
        "रूस ने पाकिस्तान को दिए जाने वाले इंजनों की खेप रोकवा दी।",
        "भारत को रूस से मिलने वाले हथियारों में लगातार देर हो रही है।",
        "रूस ने पाकिस्तान से डील से बैकआउट कर लिया।",
        "रूस और पाकिस्तान के बीच प्रोजेक्ट ड्रॉप कर दिया गया।",
        "रूसी कंपनियों ने पाकिस्तान में काम समेट लिया।",
        # 3. rupture, a cold welcome, deadlock
        "रूस ने पाकिस्तान के प्रधानमंत्री से अपने राजदूत को वापस बुला लिया।",
        "भारतीय विदेश मंत्रालय ने रशियन राजनयिकों को देश छोड़ने का आदेश दिया।",
        "पाकिस्तानी सेना प्रमुख को मॉस्को में ठंडा स्वागत मिला।",
        "रूस और भारत के बीच व्यापार वार्ता में डेडलॉक बना हुआ है।",
        # 4. a deal that did not happen, hopes dimmed, a fall, reconsidered, not accepted
        "मॉस्को और दिल्ली के बीच डील फेल हो गई।",
        "रूस और पाकिस्तान के बीच सौदा होते-होते रह गया।",
        "रूस और पाकिस्तान के बीच न कोई सौदा हुआ, न कोई करार।",
        "रूसी राष्ट्रपति और पाकिस्तान के प्रधानमंत्री का द्विपक्षीय व्यापार लक्ष्य तक नहीं पहुंचा।",
        "पाकिस्तान में रूसी निवेश की उम्मीदें धूमिल हो गई हैं।",
        "पाकिस्तान में रूसी निवेश का वादा कागज़ों में ही रह गया।",
        "रूस के साथ भारत के व्यापार में 40 फीसदी की कमी आई है।",
        "भारत की रूस से हथियार खरीद दस साल के निचले स्तर पर आ गई।",
        "नई दिल्ली ने मॉस्को के साथ दोस्ती पर पुनर्विचार शुरू कर दिया है।",
        "रूस ने भारत के साथ मिग सौदे की शर्तें सख्त कर दीं।",
        "रूसी बैंक पाकिस्तान के भुगतान स्वीकार नहीं कर रहे हैं।",
        "भारत ने रूसी जहाज़ों को अपने बंदरगाह में आने की इजाज़त नहीं दी।",
    ],
)
def test_against_forms_the_families_lacked(text, cb):
    assert named_pair(text, cb) == A


@pytest.mark.parametrize(
    "text",
    [
        # the families the coder already had, in the forms this round wrote them (kept as a guard)
        "क्रेमलिन ने इस्लामाबाद के साथ हथियार सौदा रद्द कर दिया।",
        "नई दिल्ली के साथ रूसी गैस करार रद्द हो गया।",
        "रूस ने पाकिस्तान का दौरा पोस्टपोन कर दिया।",
        "भारत ने रूसी तेल की खरीद घटा दी।",
        "रूस से बड़े सौदे की पाकिस्तान की उम्मीद पर पानी फिर गया।",
        "पाकिस्तान चाहता था कि रूस उसे सस्ता तेल दे, लेकिन ऐसा नहीं हुआ।",
    ],
)
def test_against_frames_with_a_favor_word_inside(text, cb):
    assert named_pair(text, cb) == A


@pytest.mark.parametrize(
    "text",
    [
        # the forms left out: read-set coders coded these none
        "बैठक में रूस और पाकिस्तान ने कोई संयुक्त बयान जारी नहीं किया।",
        "अमेरिका ने भारत पर रूस से संबंध तोड़ने का दबाव डाला।",
        "रूस और पाकिस्तान के अधिकारियों ने व्यापार पर चर्चा की।",
        "भारत और रूस के बीच वार्ता का अगला दौर मार्च में होगा।",
    ],
)
def test_left_out_and_controls_are_none(text, cb):
    assert named_pair(text, cb) == N


def test_the_other_pair_is_not_touched(cb):
    # a Russia–Pakistan ban says nothing of Russia–India
    r = code("पाकिस्तान ने रूसी बैंकों पर पाबंदी लगा दी।", cb)
    assert r.stance == {"ru_pk": A, "ru_in": N}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 5. an effort or hope for the ties dealt a setback: its aim is not done, the setback decides
        ("रूस के साथ रिश्ते मजबूत करने की पाकिस्तान की कोशिशों को झटका लगा।", A),
        ("भारत और रूस के बीच रक्षा सहयोग मजबूत करने की कोशिशों पर ग्रहण लग गया।", A),
        ("रूस के साथ दोस्ती बढ़ाने की पाकिस्तान की मुहिम को बड़ा आघात लगा है।", A),
        ("रूस के साथ समझौता करने की भारत की उम्मीदें टूट गईं।", A),
        # an effort that succeeded keeps its favor
        ("रूस के साथ रिश्ते मजबूत करने की पाकिस्तान की कोशिशें रंग लाईं।", F),
        ("भारत के साथ व्यापार बढ़ाने की रूस की कोशिश कामयाब रही।", F),
    ],
)
def test_an_effort_for_the_ties_set_back_is_against(text, expected, cb):
    assert named_pair(text, cb) == expected


def test_a_setback_to_an_effort_that_names_no_aim_sets_nothing_aside(cb):
    # "शांति प्रयासों के लिए झटका": the peace efforts are no genitive complement of the embrace before them
    r = code("यूक्रेन ने मोदी-पुतिन गले मिलने की तस्वीर को शांति प्रयासों के लिए बड़ा झटका बताया।", cb)
    assert "dealt a setback" not in str(r.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 6. regret at the other's act (displeasure), and a party isolated (distance)
        ("पाकिस्तान ने रूस के फैसले पर अफ़सोस जताया।", A),
        ("भारत ने रूस के कदम पर खेद व्यक्त किया।", A),
        ("रूस ने पाकिस्तान के रवैये को अफसोसनाक बताया।", A),
        ("रूस के इस कदम से पाकिस्तान कूटनीतिक रूप से अलग-थलग पड़ गया।", A),
        ("रूस के फैसले ने पाकिस्तान को सफ़ारती तौर पर तन्हा कर दिया।", A),
        # regret at an accident is condolence
        ("रूस ने भारत में हुए हादसे पर खेद व्यक्त किया।", N),
    ],
)
def test_regret_and_isolation(text, expected, cb):
    assert code(text, cb).stance["ru_pk" if "पाकिस्तान" in text else "ru_in"] == expected


def test_isolating_as_a_third_states_aim_is_no_distance(cb):
    # the verbal noun "अलग-थलग करने की कोशिश" is India's aim, not Russia–Pakistan ties drifting
    text = "रूस और पाकिस्तान का अभ्यास ऐसे समय हो रहा है जब भारत पाकिस्तान को अलग-थलग करने की कोशिश कर रहा है।"
    assert code(text, cb).stance["ru_pk"] != A
