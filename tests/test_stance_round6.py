"""Stance rules of the sixth round (issue #12): kinds that recur across development sets A–D.

docs/stance_error_analysis.md (round 6) puts every miss of sets C and D into a kind of
construction and compares them with A and B; rules answer the kinds found in all four
sets, from the codebook ("Russia reassuring India" is favor; "Russia acting against
India's interests" is against) and Hindi grammar. Every sentence was written for this
file, in news style; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.stance_units import check, code, code_article

F, A, N = "favor", "against", "none"
PK, IN = frozenset({"ru_pk"}), frozenset({"ru_in"})


def explained(result, target):
    return " | ".join(c.pattern for c in result.cues if c.variable == f"stance_{target}")


# ------------------------------------------------------------------ Russia reassuring India
REASSURANCE = [
    # the ties declared untouched by a third state, by pressure, by a deal with another
    ("रूसी राजनयिक ने कहा कि भारत से हमारे रिश्ते किसी तीसरे देश पर निर्भर नहीं करते", N, F),
    ("मॉस्को ने दोहराया कि भारत के साथ संबंध किसी से प्रभावित नहीं होंगे", N, F),
    ("रूस का कहना है कि पाकिस्तान से करार का भारत के साथ रिश्तों पर कोई असर नहीं पड़ेगा", F, F),
    ("रूसी मंत्री बोले, भारत से हमारी दोस्ती दबाव से तय नहीं होती", N, F),
    ("रूसी दूत ने कहा कि भारत के साथ संबंधों में कोई बदलाव नहीं आया", N, F),
    ("रूस ने कहा कि उसका फैसला भारत के हितों के खिलाफ नहीं है", N, F),
    # a partner's concerns understood and minded (the worry inside is no strain)
    ("रूस ने कहा कि वह भारत की चिंताओं को अच्छी तरह समझता है", N, F),
    ("क्रेमलिन भारत की भावनाओं का पूरा ध्यान रखता है, रूसी प्रवक्ता ने कहा", N, F),
    # Urdu register
    ("रूसी सफ़ीर ने कहा कि भारत के साथ ताल्लुक़ात किसी तीसरे मुल्क पर मुनहसिर नहीं", N, F),
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), REASSURANCE)
def test_russia_reassuring_india_is_favor(text, ru_pk, ru_in, cb):
    result = check(text, ru_pk, ru_in, cb)
    assert "(reassurance)" in explained(result, "ru_in")


def test_plain_independence_from_russia_stays_india_turning_away(cb):
    # "रूस पर निर्भर नहीं रहना चाहता" is India reducing its reliance: not listed as reassurance
    result = code("भारत अब हथियारों के लिए रूस पर निर्भरता कम करना चाहता है", cb)
    assert result.stance["ru_in"] == A
    assert "reassurance" not in explained(result, "ru_in")


def test_reassurance_negation_is_part_of_the_cue_not_a_flip(cb):
    result = check("रूस ने कहा कि भारत के साथ रिश्तों में कोई कमी नहीं है", N, F, cb)
    assert "negated" not in explained(result, "ru_in")


# ------------------------------------------------------------------ Russia acting against India
AGAINST_INDIA = [
    # India's request not granted, or overridden
    ("इस बार रूस ने भारत का अनुरोध नहीं माना", N, A),
    ("भारत के आग्रह के बावजूद रूस ने पाकिस्तान को विमान इंजन भेजे", F, A),
    # India left out of what Russia convenes
    ("रूस ने अफगानिस्तान पर बैठक बुलाई, भारत को न्योता नहीं", N, A),
    ("मॉस्को की क्षेत्रीय वार्ता से भारत बाहर, रूस ने बताया", N, A),
    ("रूस ने इस मंच में भारत को शामिल नहीं किया", N, A),
    ("इस बैठक में भारत को नहीं बुलाया गया", N, A),  # one party: the exclusion implies the partner
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), AGAINST_INDIA)
def test_russia_acting_against_india_is_against(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb, pair=IN)


def test_a_granted_request_is_favor(cb):
    check("रूस ने भारत का अनुरोध मान लिया और आपूर्ति जल्दी होगी", N, F, cb)


# ------------------------------------------------------------------ register gaps of shared families
def test_urdu_agreement_with_kar_and_bhi_counts(cb):
    check("रूस और पाकिस्तान ने बिजली के नए मंसूबे पर इत्तिफ़ाक़ कर लिया", F, N, cb)
    check("पाक-रूस गैस पाइपलाइन पर भी इत्तिफ़ाक़", F, N, cb)


def test_barter_is_a_trade_with_a_partner(cb):
    check("पाकिस्तान और रूस के बीच बार्टर व्यापार शुरू हुआ", F, N, cb)
    # it needs a partner: one party named in a Russia–Pakistan story speaks of the pair
    check("पाकिस्तान ने चावल के बदले वस्तु-विनिमय का रास्ता चुना", F, N, cb, pair=PK)


# ------------------------------------------------------------------ the headline read with its story
def test_headline_naming_one_party_is_read_with_the_story_main_pair(cb):
    story = [
        "पाकिस्तान को तगड़ा झटका!",
        "रूस ने पाकिस्तान को सस्ता तेल देने से इनकार कर दिया है।",
        "रूस और पाकिस्तान के बीच बातचीत पिछले महीने हुई थी।",
    ]
    head = code_article(story, cb)[0]
    assert head.stance == {"ru_pk": A, "ru_in": N}
    assert "main pair (ru_pk)" in head.stance_notes["ru_pk"]
    assert any(c.variable == "stance_ru_pk" and c.value == A for c in head.cues)


def test_headline_naming_no_party_takes_the_story_pair_for_a_partner_predicate(cb):
    story = ["गैस पाइपलाइन समझौते पर दस्तखत", "मॉस्को में रूस और पाकिस्तान ने पाइपलाइन समझौते पर हस्ताक्षर किए।"]
    assert code_article(story, cb)[0].stance == {"ru_pk": F, "ru_in": N}


def test_headline_outside_a_story_with_a_pair_stays_none(cb):
    # no unit of the story speaks of a target: no main pair, the headline keeps its coding
    story = ["भारत को क्रिकेट में बड़ा झटका लगा", "टीम पहले ही मैच में हार गई।"]
    assert code_article(story, cb)[0].stance == {"ru_pk": N, "ru_in": N}
    # a lead naming both pairs at once leaves the story's pair open: the headline keeps its coding
    both = ["बड़ा झटका!", "रूस ने भारत और पाकिस्तान दोनों से समझौते रद्द किए।"]
    assert code_article(both, cb)[0].stance == {"ru_pk": N, "ru_in": N}


def test_the_lead_names_the_main_pair_not_the_later_count(cb):
    story = [
        "बड़ा झटका!",
        "रूस ने पाकिस्तान के साथ समझौता रद्द कर दिया।",
        "भारत और रूस के संबंध पुराने हैं।",
        "भारत और रूस ने पिछले साल भी बात की थी।",
    ]
    assert code_article(story, cb)[0].stance == {"ru_pk": A, "ru_in": N}


def test_a_party_alone_without_partner_predicate_stays_none(cb):
    # growth needs no partner ("पाकिस्तान की अर्थव्यवस्था बढ़ी"): no pair is implied
    story = ["पाकिस्तान की अर्थव्यवस्था तेजी से बढ़ी", "रूस और पाकिस्तान ने व्यापार समझौता किया।"]
    assert code_article(story, cb)[0].stance == {"ru_pk": N, "ru_in": N}


def test_ties_merely_a_dream_are_a_limit(cb):
    result = check("पाकिस्तान और रूस की साझेदारी अब तक महज ख़्वाब है", A, N, cb)
    assert "(limit)" in explained(result, "ru_pk")


URDU_ROUND6 = [
    ("पाकिस्तान और रूस के दरमियान एतमाद लगातार बढ़ रहा है", F, N),  # trust (एतमाद)
    ("अफ़ग़ान मसले पर रूस और पाकिस्तान की सोच एक जैसी है", F, N),  # shared thinking
    ("रूसी वज़ीर ने कहा कि पाकिस्तान के साथ यह मुआहिदा संग-ए-मील है", F, N),  # milestone
]


@pytest.mark.parametrize(("text", "ru_pk", "ru_in"), URDU_ROUND6)
def test_urdu_register_gaps_of_round6(text, ru_pk, ru_in, cb):
    check(text, ru_pk, ru_in, cb)


def test_both_armies_in_urdu_is_the_story_pair(cb):
    check("दोनों फ़ौजों के दरमियान रिश्ते और गहरे हुए", F, N, cb, pair=PK)


def test_a_stop_negated_keeps_what_it_governs(cb):
    # "बंद नहीं करेगा" (will not stop): the purchase goes on, no flip to against
    check("भारत ने कहा कि वह रूस से गैस खरीदना बंद नहीं करेगा", N, F, cb)
    # a plain negation still flips
    check("भारत रूस से गैस नहीं खरीदेगा", N, A, cb)
