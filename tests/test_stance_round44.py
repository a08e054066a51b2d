"""Stance round 44 (issue #12): the home country named by its institutions unqualified.

A home paper reports its own air force, ministry or government unqualified (design codebook v1.3) and
introduces a foreign one with its state: in a Russia–India story of an Indian paper (the codebook's home),
"वायुसेना", "रक्षा मंत्रालय", "सरकार" with Russia named are India; "रूसी वायुसेना", "रूस की सरकार" stay Russia's.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY as IN_STORY
from tests.stance_units import PK_PIPELINE_STORY as PK_STORY
from tests.stance_units import code_article
from tests.stance_units import stance_after as last


@pytest.mark.parametrize(
    "unit",
    [
        "थल सेना ने संसदीय समिति को बताया कि रूस ने कलपुर्जों की आपूर्ति टाल दी है।",
        "नौसेना के अधिकारियों ने कहा कि रूस ने युद्धपोत की डिलीवरी फिर टाल दी है।",
    ],
)
def test_home_institution_with_russia_is_india(unit, cb):
    assert last(IN_STORY, unit, cb)[1] == "against"


@pytest.mark.parametrize(
    "unit",
    [
        "रूसी वायुसेना ने कहा कि अभ्यास की तारीख टाल दी गई है।",
        "रूस की सरकार ने कहा कि अभ्यास की तारीख टाल दी गई है।",
    ],
)
def test_foreign_institution_names_no_home(unit, cb):
    assert code_article([*IN_STORY, unit], cb)[-1].stance["ru_pk"] == "none"


def test_no_home_institution_outside_a_home_pair(cb):
    # a Russia–Pakistan story: an unqualified ministry in an Indian paper's story of another pair names no India
    unit = "रक्षा मंत्रालय ने कहा कि रूस ने पाकिस्तान के साथ अभ्यास टाल दिया है।"
    assert last(PK_STORY, unit, cb)[1] == "none"


# Negated setbacks: the negation is the verb's ("सप्लाई नहीं रुकेगी": the stop negated, the supply going on), and a
# setback named only as the cause ("… रद्द होने से") is background to what the main clause says follows from it.
@pytest.mark.parametrize(
    "unit",
    [
        "रूसी राजदूत ने कहा कि प्रतिबंधों के बावजूद हथियारों की आपूर्ति नहीं रुकेगी।",
        "मंत्री ने कहा कि बैठक टलने के बाद भी दोनों देशों का सहयोग नहीं थमेगा।",
        "प्रवक्ता ने कहा कि दौरा रद्द होने से दोनों देशों के संबंधों पर कोई असर नहीं पड़ेगा।",
    ],
)
def test_negated_setbacks_are_the_ties_holding(unit, cb):
    assert last(IN_STORY, unit, cb)[1] == "favor"


@pytest.mark.parametrize(
    "unit",
    [
        "युद्ध के कारण भारत को रूसी तेल की सप्लाई रुकेगी।",
        "यूक्रेन युद्ध के कारण पुर्जों की आपूर्ति थम गई है।",
    ],
)
def test_a_stop_not_negated_stays_against(unit, cb):
    assert last(IN_STORY, unit, cb)[1] == "against"


# The negator between a compound predicate's adjective or noun and its light verb is the light verb's: the
# predicate is denied ("रिश्ते खराब नहीं करेगा", "नींव नहीं हिलेगी"), and so is a refusal ("से मना नहीं किया").
@pytest.mark.parametrize(
    "unit",
    [
        "उनका कहना है कि रूस भारत के साथ अपने रिश्ते खराब नहीं करना चाहता।",
        "दोनों देशों के संबंध ठंडे नहीं पड़ेंगे।",
        "रूस ने भारत की मांग अनसुनी नहीं की।",
        "विशेषज्ञों का कहना है कि इससे भारत-रूस रिश्तों की नींव नहीं हिलेगी।",
        "भारत ने कहा कि रूस ने कभी तकनीक देने से मना नहीं किया।",
        "रूस ने भारत को आश्वस्त किया कि करार नहीं टूटेगा।",
    ],
)
def test_the_negator_before_the_light_verb_denies_the_predicate(unit, cb):
    assert last(IN_STORY, unit, cb)[1] == "favor"


@pytest.mark.parametrize(
    "unit",
    [
        "दोनों देशों के संबंध ठंडे पड़ गए हैं।",
        "रूस ने भारत की मांग अनसुनी कर दी।",
        "रूस ने भारत को तकनीक देने से मना कर दिया।",
    ],
)
def test_the_predicate_not_negated_stays_against(unit, cb):
    assert last(IN_STORY, unit, cb)[1] == "against"


def test_a_word_between_that_is_no_negator_makes_no_compound(cb):
    # "सर्द जंग की …": the cold war's (a genitive), no light verb of सर्द
    unit = "सर्द जंग की तल्खी भूलकर करीब आ रहे हैं रूस और भारत"
    assert last(IN_STORY, unit, cb)[1] == "favor"


# The same scope for the favor members of that build: denied by the negator before their light verb.
@pytest.mark.parametrize(
    "unit",
    [
        "रूस और पाकिस्तान के बीच कीमत पर अब तक कोई इत्तिफ़ाक़ नहीं हुआ।",
        "रूस और पाकिस्तान के संबंधों में कोई सुधार नहीं हुआ।",
        "पाकिस्तान ने अब तक रूस को कोई नया ऑर्डर नहीं दिया है।",
    ],
)
def test_a_favor_compound_denied_is_against(unit, cb):
    assert last(PK_STORY, unit, cb)[0] == "against"


def test_a_favor_compound_not_negated_stays_favor(cb):
    assert last(PK_STORY, "रूस और पाकिस्तान के बीच कीमत पर इत्तिफ़ाक़ हुआ।", cb)[0] == "favor"
