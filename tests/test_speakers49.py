"""Speakers round 49 (issue #12): a province's office named bare, trade and industry associations, the first
person plural's possessive before a role, and Europe as a third party.

Every sentence was written for these tests from the design codebook v1.1 (an official → the state they serve;
an expert, party or private body → its country, v1.2: none named → the home; a third state → other) and Hindi
news usage (राज्य for the home's own province, संघ/महासंघ/परिसंघ and the English loans एसोसिएशन, फेडरेशन,
चैंबर for associations, हमारे/अपने यहां in the outlet's own voice, यूरोप/यूरोपीय/यूरोपियन). Names are invented or
generic; none is copied from a corpus, a seed or an invented set. The held-back sentences of the round are in
tests/heldback_speakers49.py (not a test module).
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import one


def side(cb, text: str) -> str:
    return one(cb, text)["speaker_side"]


# ---------------------------------------------------------------- the home's province named bare
@pytest.mark.parametrize(
    "text",
    [
        "राज्य के उद्योग मंत्री ने कहा कि रूस से निवेश आएगा।",
        "राज्य के खनन मंत्री ने बताया कि संयंत्र अगले साल चालू होगा।",
        'राज्य के एक वरिष्ठ मंत्री ने कहा, "मॉस्को से बात चल रही है।"',
        "राज्यों के मुख्य सचिवों ने बताया कि तैयारी पूरी है।",
    ],
)
def test_an_office_of_the_province_named_bare_is_the_homes(cb, text):
    assert side(cb, text) == "india"


def test_a_foreign_province_keeps_its_country(cb):
    assert side(cb, "अमेरिका के एक राज्य के गवर्नर ने कहा कि रूस पर भरोसा नहीं।") == "other"
    assert side(cb, "पाकिस्तान के सूबा पंजाब के मंत्री ने कहा कि गेहूं रूस से आएगा।") == "pakistan"


# ---------------------------------------------------------------- associations and their office-bearers
@pytest.mark.parametrize(
    "text",
    [
        "एसोसिएशन के सचिव ने कहा कि रूस को निर्यात घटा है।",
        "निर्यातकों के संघ के सचिव ने बताया कि भुगतान अटका है।",
        "कपड़ा उद्योग महासंघ के प्रवक्ता ने कहा कि रूबल में व्यापार से राहत मिलेगी।",
        "फेडरेशन के महासचिव ने कहा कि मॉस्को के खरीदार लौट आए हैं।",
        "चाय संघ के आंकड़ों के मुताबिक रूस को निर्यात घटा।",
        "व्यापारी संघ के अध्यक्ष ने कहा कि पाकिस्तान से सस्ता माल आ रहा है।",
    ],
)
def test_an_association_and_its_office_bearers_are_the_homes(cb, text):
    assert side(cb, text) == "india"


@pytest.mark.parametrize(
    "text,want",
    [
        ("रूसी निर्यातक संघ के प्रमुख ने कहा कि भारत बड़ा बाजार है।", "russia"),
        ("पाकिस्तान के व्यापारी संघ के अध्यक्ष ने कहा कि रूस से गेहूं सस्ता है।", "pakistan"),
        ("यूरोपीय संघ के प्रवक्ता ने कहा कि प्रतिबंध जारी रहेंगे।", "other"),
        ("सोवियत संघ के विघटन के बाद रूस ने कहा कि वह भारत का साथ देगा।", "russia"),
    ],
)
def test_an_association_named_with_its_country_or_a_union_of_states_keeps_its_side(cb, text, want):
    assert side(cb, text) == want


# ---------------------------------------------------------------- "our" before a role, in the outlet's voice
@pytest.mark.parametrize(
    "text",
    [
        "हमारे एक वरिष्ठ राजनयिक ने कहा कि रूस पर भरोसा बना रहना चाहिए।",
        "हमारे सामरिक विश्लेषकों का मानना है कि मॉस्को भारत को नहीं छोड़ेगा।",
        "हमारी नौसेना के एक अधिकारी ने बताया कि रूसी जहाज़ समय पर आएगा।",
        "अपने यहां के जानकार कहते हैं कि रूस-पाक सौदा छोटा है।",
    ],
)
def test_a_role_after_our_possessive_is_the_homes(cb, text):
    assert side(cb, text) == "india"


def test_our_possessive_in_a_quotation_or_after_a_postposition_gives_no_country(cb):
    assert side(cb, 'रूसी राजदूत ने कहा, "हमारे विशेषज्ञ भारत के साथ काम करेंगे।"') == "russia"
    assert side(cb, "हमारे लिए अधिकारियों ने कहा कि बैठक टल गई।") == "other"


# ---------------------------------------------------------------- Europe is a third party
@pytest.mark.parametrize(
    "text",
    [
        "यूरोप के वैज्ञानिकों का कहना है कि टीका सुरक्षित है।",
        "यूरोपीय विशेषज्ञों ने कहा कि रूस पर प्रतिबंध असरदार नहीं।",
        "यूरोपियन मेडिकल एसोसिएशन ने कहा कि मास्क ज़रूरी है।",
    ],
)
def test_a_body_or_expert_of_europe_is_a_third_party(cb, text):
    assert side(cb, text) == "other"


# ---------------------------------------------------------------- a two-field portfolio keeps its state
@pytest.mark.parametrize(
    "text,want",
    [
        ("पाकिस्तान के जल एवं बिजली मंत्री ने कहा कि रूस बांध बनाएगा।", "pakistan"),
        ("रूस के विज्ञान और उच्च शिक्षा मंत्री ने कहा कि भारत के छात्र आएंगे।", "russia"),
        ("राज्य के कृषि तथा सहकारिता मंत्री ने बताया कि रूस को चावल भेजा जाएगा।", "india"),
    ],
)
def test_a_portfolio_of_two_fields_keeps_the_state_of_its_genitive(cb, text, want):
    assert side(cb, text) == want


def test_a_conjunction_of_two_clauses_still_breaks_the_link(cb):
    assert side(cb, "सौदा रूस के साथ हुआ और बाद में मंत्री ने कहा कि सब ठीक है।") == "other"


def test_our_former_office_holder_is_not_tied_by_the_possessive(cb):
    # coders split on a former holder after "हमारे" (set BG); the possessive ties serving offices only
    assert side(cb, "हमारे एक पूर्व राजदूत ने कहा कि रूस पर भरोसा ठीक नहीं।") == "other"


# ---------------------------------------------------------------- a member named by the constituency
@pytest.mark.parametrize(
    "text",
    [
        "क्षेत्र के सांसद ने कहा कि मामला विदेश मंत्रालय के सामने उठाया गया है।",
        "निर्वाचन क्षेत्र के विधायक ने बताया कि रूस से लौटे युवक घर पहुंच गए।",
    ],
)
def test_a_member_named_by_the_constituency_is_the_homes(cb, text):
    assert side(cb, text) == "india"


def test_the_regions_leaders_are_no_constituency(cb):
    assert side(cb, "क्षेत्र के नेताओं ने कहा कि तनाव बढ़ेगा।") == "other"
