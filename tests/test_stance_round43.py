"""Stance round 43 (issue #12): the `favor` predicate families audited form by form.

Each family of the codebook's favor row (growth, agreement, supply, exercises, welcome, trust, commitment,
benefit, invitation, partnership) was tried in the forms a Hindi writer uses; what the coder missed is added
as a family, not a phrase:

1. Growth: a height or peak reached (ऊंचाई/शिखर पर), a multiple reached (N गुना हो-), a new record in both
   spellings, a figure risen with चढ़- after its measure.
2. Exercises: the sandhi compounds सैन्याभ्यास, नौसैन्याभ्यास.
3. Alignment: the loan idiom of one page (एक/एक ही पेज पर); cooperation: साझा उपक्रम/उद्यम beside संयुक्त.
4. Commitment: Urdu ख़्वाहाँ, पुरअज़्म; tatsam कृतसंकल्प, प्रण; the loan कमिटमेंट.
5. Benefit: opportunities opened (नए अवसर/मौक़े, अवसर पैदा, दरवाज़े/रास्ता खुल-, रास्ता साफ़, नया बाज़ार); a
   saving in the perfective (बचत हुई).
6. An exchange of views is talk (none); an exchange of things is no talk, so it no longer sets an agreement
   aside as "merely discussed" ("समझौते में सूचनाओं के आदान-प्रदान … का प्रावधान है").
7. Supply portrayed by its arrival: equipment reaching the partner, or the first ship or cargo. The joint
   undertaking called the largest (सबसे बड़ा … निवेश/पैकेज/मंसूबा); the ties wanted (… शराकत चाहते हैं);
   the story's deal concluded (संपन्न हुआ) or concluded despite a threat (के बावजूद हुआ).
8. The partner given by the language: the spellings of दोतरफ़ा (दुतरफ़ा, दो तरफ़ा) and द्वि-पक्षीय as pair
   phrases. (Imports from and exports to a party, "से … आयात", were tried as a supply and left out: a trade
   named by its source is as often a neutral fact, "भारत का रूस से आयात मुख्य रूप से तेल का है".)

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import code, code_article, named_pair

F, A, N = "favor", "against", "none"
PK_STORY = "रूस और पाकिस्तान के रिश्ते: इस्लामाबाद में बैठक"
IN_STORY = "रूस और भारत के रिश्ते: नई दिल्ली में बैठक"


@pytest.mark.parametrize(
    "text",
    [
        # 1. growth
        "रूस और भारत के बीच सहयोग अभूतपूर्व ऊंचाई पर है।",
        "रूस और भारत के संबंध शिखर पर हैं।",
        "रूस और पाकिस्तान का व्यापार चार गुना हो गया है।",
        "रूस और पाकिस्तान के व्यापार ने नया रिकॉर्ड बनाया।",
        "रूस और पाकिस्तान का व्यापार बीस फीसदी चढ़ा।",
        # 2. exercises
        "रूस और पाकिस्तान की सेनाओं ने पहला सैन्याभ्यास किया।",
        "रूस और पाकिस्तान ने अरब सागर में नौसैन्याभ्यास किया।",
        # 3. alignment, cooperation
        "अफगानिस्तान पर रूस और पाकिस्तान एक ही पेज पर हैं।",
        "रूस और भारत का साझा उपक्रम अमेठी में राइफलें बनाएगा।",
        # 4. commitment
        "रूस पाकिस्तान के साथ हर क्षेत्र में सहयोग का ख़्वाहाँ है।",
        "रूस पाकिस्तान के साथ सहयोग बढ़ाने के लिए पुरअज़्म है।",
        "रूस भारत के साथ रिश्ते बढ़ाने को कृतसंकल्प है।",
        "रूस ने भारत के साथ दोस्ती निभाने का प्रण लिया।",
        "रूस ने भारत के साथ अपना कमिटमेंट दोहराया।",
        # 5. benefit
        "रूस और पाकिस्तान के बीच व्यापार के नए अवसर पैदा हुए हैं।",
        "रूस और भारत के बीच सहयोग के नए मौक़े खुले हैं।",
        "रूस और पाकिस्तान के समझौते से निवेश का रास्ता खुल गया है।",
        "रूसी तेल से भारत को अरबों डॉलर की बचत हुई।",
        # 6. an exchange of things under an agreement
        "रूस और पाकिस्तान के समझौते में सूचनाओं के आदान-प्रदान और प्रशिक्षण का प्रावधान है।",
        # 7. equipment arrived
        "रूस के हेलीकॉप्टर पाकिस्तान पहुंच गए।",
        "रूस का एस-400 अगले साल भारत पहुंचेगा।",
        "रूसी तेल का पहला जहाज़ कराची पहुंचा।",
        # the largest undertaking, the ties wanted, broadened, valued
        "यह पाकिस्तान में रूस का अब तक का सबसे बड़ा निवेश होगा।",
        "रूस और पाकिस्तान के बीच यह सबसे बड़ा आर्थिक पैकेज है।",
        "पाकिस्तान रूस के साथ तिजारत में शराकत चाहता है।",
        "पाकिस्तान रूस के साथ नए रिश्ते बनाना चाहता है।",
        "पाकिस्तान रूस के साथ अपने संबंधों को व्यापक बनाना चाहता है।",
        "रूस और पाकिस्तान के कारोबारी संबंधों में अपार संभावनाएं हैं।",
        "रक्षा के क्षेत्र में रूस और भारत का सहयोग अनुकरणीय है।",
    ],
)
def test_favor_forms_the_families_lacked(text, cb):
    assert named_pair(text, cb) == F


@pytest.mark.parametrize(
    "text",
    [
        "रूस और पाकिस्तान ने सहयोग पर विचारों का आदान-प्रदान किया।",
        "रूस और पाकिस्तान ने व्यापार बढ़ाने के तरीक़ों पर ख़यालात का तबादला किया।",
        "रूस और भारत ने रक्षा सहयोग बढ़ाने पर विचार-विनिमय किया।",
    ],
)
def test_an_exchange_of_views_is_talk(text, cb):
    assert named_pair(text, cb) == N


@pytest.mark.parametrize(
    "text",
    [
        # a ship that merely arrives, by a route, is logistics; a leader's plane is a visit
        "रूस से गेहूं लेकर आया जहाज़ ओमान के रास्ते कराची पहुंचा।",
        "पाकिस्तान के प्रधानमंत्री का विमान मॉस्को पहुंचा।",
        # a price reaching a mark is no supply
        "रूसी तेल की कीमत भारत में सौ डॉलर तक पहुंच गई।",
    ],
)
def test_arrivals_that_are_no_supply(text, cb):
    assert named_pair(text, cb) == N


@pytest.mark.parametrize(
    ("story", "unit", "target"),
    [
        (PK_STORY, "दुतरफ़ा तिजारत में इज़ाफ़ा हुआ।", "ru_pk"),
        (PK_STORY, "दो तरफा व्यापार बढ़ा।", "ru_pk"),
        (IN_STORY, "द्वि-पक्षीय व्यापार बढ़ा।", "ru_in"),
    ],
)
def test_the_partner_given_by_the_language(story, unit, target, cb):
    assert code_article([story, unit], cb)[1].stance[target] == F


@pytest.mark.parametrize(
    "text",
    [
        "भारत का रूस से तेल आयात घटा।",
        "पाकिस्तान ने रूस से आयात रोक दिया।",
    ],
)
def test_a_trade_cut_stays_against(text, cb):
    assert named_pair(text, cb) == A


def test_ties_wanted_weakened_or_limited_are_no_favor(cb):
    # a third state wanting the ties weakened, and ties kept limited, are not the ties wanted
    assert named_pair("पश्चिमी देश रूस और भारत के रिश्तों को कमजोर करना चाहते हैं।", cb) != F
    assert named_pair("रूस पाकिस्तान के साथ बहुत सीमित सैन्य रिश्ते ही रखना चाहता है।", cb) == A


@pytest.mark.parametrize(
    "unit",
    [
        "लगभग पांच अरब डॉलर का यह अनुबंध अमेरिकी प्रतिबंधों की आशंका के बावजूद संपन्न हुआ।",
        "यह सौदा अमेरिकी धमकियों के बावजूद हुआ।",
    ],
)
def test_the_storys_deal_concluded(unit, cb):
    assert code_article([IN_STORY, unit], cb)[1].stance["ru_in"] == F


def test_imports_from_a_third_state_are_no_tie(cb):
    assert code("भारत ने अमेरिका से आयात बढ़ाया।", cb).stance == {"ru_pk": N, "ru_in": N}
