"""Stance round 51 (issue #12): Russia–India ties in the rupee trade.

- India named by its currency where it pays or trades in it ("रुपये में भुगतान", "रुपये की जगह", Urdu अदायगी),
  not by the bare amount ("40 हजार करोड़ रुपये") nor by "रुपया-रूबल", which names both currencies
  (`stance.places`).
- the seller asking to be paid in a third currency ("युआन में भुगतान मांग-", "दिरहम में अदायगी पर ज़ोर") and money
  paid that piles up or cannot be used ("रुपयों का कोई इस्तेमाल नहीं", "रुपये का भंडार जमा"): the payment trouble
  of the codebook's ru_in against (setback_failure).

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY, code_article

NEUTRAL = ["रूस के साथ व्यापार पर रिपोर्ट", "इस साल दोनों देशों के बीच व्यापार पर कई दौर की बातचीत हुई।"]


def ru_in(story, unit, cb):
    return code_article([*story, unit], cb)[-1].stance["ru_in"]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("रूसी तेल कंपनियां अब रुपये की जगह दिरहम में भुगतान मांग रही हैं।", "against"),
        ("मॉस्को ने रुपये के बजाय युआन में अदायगी पर ज़ोर दिया है।", "against"),
        ("भारत और रूस ने रुपये में कारोबार बढ़ाने का फैसला किया।", "favor"),
    ],
)
def test_the_rupee_trade_names_india(unit, expected, cb):
    assert ru_in(NEUTRAL, unit, cb) == expected


@pytest.mark.parametrize(
    "unit",
    [
        "रूसी आपूर्तिकर्ता डॉलर में भुगतान की मांग कर रहे हैं।",
        "रूस के पास जमा रुपयों का कोई उपयोग नहीं हो पा रहा है।",
        "रूसी बैंकों में रुपयों का अंबार लग गया है।",
    ],
)
def test_payment_trouble_in_the_story_of_the_pair(unit, cb):
    assert ru_in(IN_DEAL_STORY, unit, cb) == "against"


def test_an_amount_in_rupees_names_no_party(cb):
    assert ru_in(["पाकिस्तान में महंगाई पर रिपोर्ट"], "पेट्रोल का दाम 300 रुपये के पार पहुंच गया।", cb) == "none"


@pytest.mark.parametrize(
    "unit",
    [
        "रक्षा मंत्रालय ने रूस की जगह अमेरिका से हेलीकॉप्टर लेने का निर्णय लिया।",
        "हिंदुस्तान अब मास्को के बजाए यूरोप की जानिब झुक रहा है।",
        "भारतीय कंपनियों ने रूसी तेल की जगह इराकी तेल का आयात बढ़ाया।",
    ],
)
def test_instead_of_russia_governs_the_purchase_or_the_lean(unit, cb):
    assert ru_in(IN_DEAL_STORY, unit, cb) == "against"


def test_instead_of_another_supplier_russia_is_chosen(cb):
    assert ru_in(IN_DEAL_STORY, "भारत ने अमेरिका के बजाय रूस से विमान खरीदने का फैसला किया।", cb) != "against"


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("ब्रिटेन के एक थिंक टैंक के मुताबिक रूसी हथियारों पर भारत की निर्भरता कम हो रही है।", "against"),
        ("जापान में हुए सम्मेलन के बाद भी रूस पर भारत की बढ़ती निर्भरता बनी हुई है।", "favor"),
    ],
)
def test_a_dependence_on_the_partner_stays_the_ties_with_a_third_state_named(unit, expected, cb):
    assert ru_in(IN_DEAL_STORY, unit, cb) == expected


def test_a_dependence_on_a_third_state_stays_set_aside(cb):
    unit = "रूस ने कहा कि भारत अमरीका पर इंहिसार कम करने के लिए कदम उठा रहा है।"
    assert ru_in(IN_DEAL_STORY, unit, cb) == "none"


@pytest.mark.parametrize(
    "unit",
    [
        "ताज़ा आंकड़ों के मुताबिक भारत के तेल आयात में रूस की हिस्सेदारी 40 फीसदी से गिरकर 25 फीसदी रह गई।",
        "भारत के रक्षा आयात में रूस का अंश एक दशक में दो-तिहाई से घटकर आधा रह गया है।",
    ],
)
def test_the_partners_share_falling_from_one_level_to_another(unit, cb):
    assert ru_in(IN_DEAL_STORY, unit, cb) == "against"


@pytest.mark.parametrize(
    "unit",
    [
        "थलसेना की अधिकांश तोपें आज भी रूसी मूल की हैं।",
        "नौसेना का यह विमानवाहक पोत रूस निर्मित है।",
    ],
)
def test_arms_of_the_partners_make(unit, cb):
    assert ru_in(IN_DEAL_STORY, unit, cb) == "favor"


def test_a_persons_russian_descent_is_no_supply(cb):
    unit = "इस शो की मेज़बान रूसी मूल की एक अभिनेत्री हैं।"
    assert ru_in(IN_DEAL_STORY, unit, cb) == "none"
