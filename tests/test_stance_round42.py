"""Stance round 42 (issue #12): `against` as the codebook defines it, in the families the read sets lacked.

1. A third state's sanctions named as the cause of what the pair's deal suffers, or the fear of them ("अमेरिकी
   प्रतिबंधों के कारण", "पश्चिमी पाबंदियों की वजह से", "अमरीकी पाबंदियों के डर से"), name an event, as round 15's
   "यूक्रेन युद्ध के कारण" does: the sanctioner is no party, so the story's pair takes the setback.
2. Family members in the registers and forms the lists lacked: behind schedule (तय समय से पीछे चल रही), not
   accepted or denied (स्वीकार नहीं किया, Urdu तरदीद), a request met with no answer or action, a meeting not
   granted; the ties confined or their limits laid bare (तक सिमटा, सीमा से आगे नहीं, सीमाएं उजागर); ended with no
   result, not put into practice, difficulties arisen, a problem stated; questions raised and a rebuke; a sign
   not right "for X".

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import PK_PIPELINE_STORY as PK_STORY
from tests.stance_units import code_article
from tests.stance_units import stance_after as last

F, A, N = "favor", "against", "none"

IN_STORY = ["भारत और रूस के बीच रक्षा सहयोग", "भारत और रूस ने कई रक्षा समझौतों पर दस्तखत किए हैं।"]


@pytest.mark.parametrize(
    "unit",
    [
        "अमेरिकी प्रतिबंधों के कारण रूसी कंपनी ने इस परियोजना से हाथ खींच लिया।",
        "अमरीकी पाबंदियों के डर से रूसी बैंक लेन-देन से कतरा रहे हैं।",
        "मगर अमरीकी पाबंदियों के ख़ौफ़ से काम बरसों तक अटका रहा।",
        "अमेरिकी प्रतिबंधों की आशंका से भुगतान अटक गया है।",
    ],
)
def test_a_third_states_sanctions_as_the_cause_leave_the_storys_pair(unit, cb):
    assert last(PK_STORY, unit, cb) == (A, N)


def test_sanctions_as_the_cause_in_a_russia_india_story(cb):
    assert last(IN_STORY, "अमेरिकी प्रतिबंधों की आशंका से भुगतान अटक गया है।", cb) == (N, A)


def test_sanctions_despite_which_the_pair_signs_stay_favor(cb):
    assert last(PK_STORY, "अमेरिकी पाबंदियों के बावजूद दोनों देशों ने करार पर दस्तखत किए।", cb) == (F, N)


@pytest.mark.parametrize(
    "unit",
    [
        "दस साल बाद भी यह परियोजना जमीन पर नहीं उतर सकी है।",
        "रूस ने पाकिस्तान को लड़ाकू विमान देने की खबरों की तरदीद की।",
        "दोनों देशों का व्यापार अब भी कुछ करोड़ डॉलर तक सिमटा है।",
        "रूस ने पाकिस्तान की इस पेशकश को स्वीकार नहीं किया।",
        "वार्ता बिना किसी नतीजे के खत्म हो गई।",
        "मॉस्को की ओर से इस प्रस्ताव पर कोई जवाब नहीं आया।",
        "जानकारों के मुताबिक रूस पाकिस्तान के साथ रिश्तों को एक सीमा से आगे नहीं ले जाएगा।",
    ],
)
def test_against_families_in_a_russia_pakistan_story(unit, cb):
    assert last(PK_STORY, unit, cb)[0] == A


@pytest.mark.parametrize(
    "unit",
    [
        "रक्षा आपूर्ति तय समय से पीछे चल रही है।",
        "रूस के विदेश मंत्री ने दिल्ली में प्रधानमंत्री से मुलाकात नहीं की।",
        "भुगतान को लेकर दोनों देशों के बीच कठिनाइयां बनी हुई हैं।",
        'रूसी उप प्रधानमंत्री ने कहा, "बैंकों के बीच लेन-देन अभी भी एक समस्या है।"',
        "विशेषज्ञों के अनुसार इन घटनाओं ने दोनों देशों के रिश्तों की सीमाएं उजागर कर दी हैं।",
    ],
)
def test_against_families_in_a_russia_india_story(unit, cb):
    assert last(IN_STORY, unit, cb)[1] == A


@pytest.mark.parametrize(
    "unit",
    [
        # a party's own resolve about a third state, in the future: not a partner's request refused
        "रक्षा मंत्री ने कहा कि भारत किसी बाहरी देश का दबाव स्वीकार नहीं करेगा।",
        # a party grappling with its own crisis is no setback of the ties (जूझना is not listed)
        "महंगाई से जूझ रहे पाकिस्तान को रूस से सस्ता गेहूं मिलेगा।",
    ],
)
def test_not_against(unit, cb):
    pk, ind = last(PK_STORY if "पाकिस्तान" in unit else IN_STORY, unit, cb)
    assert A not in (pk, ind)


VISIT = [
    "इमरान खान का रूस दौरा",
    "पाकिस्तान के प्रधानमंत्री इमरान खान दो दिन के दौरे पर मॉस्को पहुंचे।",
    "अमेरिका ने इस दौरे की आलोचना की है।",
]


@pytest.mark.parametrize(
    ("unit", "ru_pk"),
    [
        # a party's gain from the story's event, or its absence: the pair the event was theirs
        ("जानकारों का कहना है कि इस दौरे से पाकिस्तान को कोई ठोस फायदा नहीं मिला।", A),
        ("इस यात्रा से पाकिस्तान को कोई आर्थिक लाभ नहीं हुआ।", A),
        ("उनके मुताबिक इस सौदे से पाकिस्तान को बड़ा फायदा होगा।", F),
        # a gain with no such source needs no partner
        ("पाकिस्तान की अर्थव्यवस्था को इस साल फायदा हुआ।", N),
    ],
)
def test_a_gain_from_the_storys_event_speaks_of_its_pair(unit, ru_pk, cb):
    r = code_article([*VISIT, unit], cb)[-1]
    assert r.stance["ru_pk"] == ru_pk, r.stance_notes


@pytest.mark.parametrize(
    "unit",
    [
        # doubtful: uncertain (tatsam अनिश्चित, Urdu ग़ैर-यक़ीनी) or not easy
        "विश्लेषकों के अनुसार इस परियोजना का भविष्य अनिश्चित बना हुआ है।",
        "एक माहिर ने कहा कि इस मंसूबे का मुस्तक़बिल ग़ैर-यक़ीनी है।",
        "व्यापारियों का कहना है कि रूस के साथ इस सौदे की राह आसान नहीं होगी।",
    ],
)
def test_doubtful_in_a_russia_pakistan_story(unit, cb):
    assert last(PK_STORY, unit, cb)[0] == A


def test_brakes_put_on_in_the_headlines_verb_first_order(cb):
    assert last(PK_STORY, "रूस ने पाइपलाइन परियोजना पर लगाया ब्रेक", cb)[0] == A


def test_lagging_behind_the_date_is_a_delay(cb):
    assert last(IN_STORY, "यूक्रेन युद्ध के कारण पुर्जों की आपूर्ति तय समय से पिछड़ गई है।", cb)[1] == A
