"""Stance round 53 (issue #12): relationship predicates in fresh styles.

- the word lists of the language that stance rounds 40 and 49 kept in code (nouns of mention, report nouns, an
  assumption called premature, vocatives and address words) are read from `stance.word_lists`;
- closeness: the embrace in the everyday गलबहियां, the tilt as a participle before its noun ("रूस की ओर झुका
  पाकिस्तान"), ties that stood the test (खरा/खरे/खरी उतर-), a bridge between the two (के बीच पुल/सेतु);
- alignment: positions that match with the verb of meeting (रुख़/नज़रिया मिलता), one and the same thinking (एक ही सोच);
- limit: on paper in the singular (काग़ज़ पर/तक); postponement in the tatsam noun (का स्थगन, not the parliament's
  स्थगन प्रस्ताव); growth: a share gone above a percentage (प्रतिशत/फ़ीसदी से ऊपर पहुंच-);
- grammar: the relative pronoun in its other cases (जिनका, जिसमें …) opens the clause a correlative before the
  negation announces ("ऐसे हथियार नहीं देगा जिनका इस्तेमाल भारत के खिलाफ हो": the harm is denied).

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

import pytest

from tests.stance_units import IN_DEAL_STORY, PK_PIPELINE_STORY, code_article


def stance(story, unit, target, cb):
    return code_article([*story, unit], cb)[-1].stance[target]


def test_word_lists_come_from_the_codebook(cb):
    words = cb.stance
    assert "दोस्तों" in words.vocatives and "प्यारे" in words.address_words
    assert "उल्लेख" in words.mention_nouns and "खबर" in words.report_nouns
    assert "जल्दबाजी होगी" in words.premature


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("रूस और पाकिस्तान के नेताओं की गलबहियां चर्चा में रहीं।", "ru_pk"),
        ("शिखर बैठक में मोदी और पुतिन की गलबहियाँ फिर दिखीं।", "ru_in"),
        ("अमेरिका से नाराज़ पाकिस्तान अब रूस की ओर झुका हुआ दिखता है।", "ru_pk"),
        ("रूस की तरफ झुकी पाकिस्तानी विदेश नीति पर बहस छिड़ी।", "ru_pk"),
        ("भारत-रूस दोस्ती हर संकट में खरी उतरी है।", "ru_in"),
        ("रूस और भारत के रिश्ते वक्त के हर इम्तिहान में खरे उतरे।", "ru_in"),
        ("ईरान रूस और पाकिस्तान के बीच पुल का काम कर सकता है।", "ru_pk"),
        ("मध्य एशिया भारत और रूस के बीच सेतु बनेगा।", "ru_in"),
    ],
)
def test_closeness_in_everyday_words(unit, target, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == "favor"


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("सीरिया के मसले पर मॉस्को और इस्लामाबाद का रुख़ काफी मिलता है।", "ru_pk"),
        ("पश्चिम एशिया के मामलों में इस्लामाबाद और मॉस्को का रुख मिलता है।", "ru_pk"),
        ("आतंकवाद पर भारत और रूस की एक ही सोच है।", "ru_in"),
        ("बहुध्रुवीय दुनिया को लेकर भारत और रूस का नज़रिया मिलता है।", "ru_in"),
    ],
)
def test_positions_that_match(unit, target, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == "favor"


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("रूस-पाकिस्तान ऊर्जा सहयोग अभी सिर्फ़ काग़ज़ पर है।", "ru_pk"),
        ("भारत और रूस का अंतरिक्ष समझौता काग़ज़ तक रह गया।", "ru_in"),
        ("पुतिन की पाकिस्तान यात्रा का स्थगन दोनों देशों के रिश्तों की हकीकत बताता है।", "ru_pk"),
        ("भारत-रूस शिखर वार्ता का स्थगन कई सवाल खड़े करता है।", "ru_in"),
    ],
)
def test_limits_and_postponement(unit, target, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == "against"


def test_a_share_above_a_percentage_is_growth(cb):
    unit = "भारत के रक्षा आयात में रूस की हिस्सेदारी 60 प्रतिशत से ऊपर पहुंच गई।"
    assert stance(IN_DEAL_STORY, unit, "ru_in", cb) == "favor"


@pytest.mark.parametrize(
    "unit",
    [
        "संसद में स्थगन प्रस्ताव पर रूस और पाकिस्तान के मुद्दे पर चर्चा हुई।",
        "पाकिस्तान की आबादी का पचास प्रतिशत से ऊपर हिस्सा युवा है, रूस में उलटा है।",
    ],
)
def test_not_the_ties(unit, cb):
    assert stance(PK_PIPELINE_STORY, unit, "ru_pk", cb) == "none"


@pytest.mark.parametrize(
    "unit",
    [
        "रूस ने आश्वस्त किया कि वह पाकिस्तान को ऐसे हथियार नहीं देगा जिनका इस्तेमाल भारत के खिलाफ हो सके।",
        "रूस कभी ऐसे कदम नहीं उठाएगा जिनके नतीजे भारत के खिलाफ हों।",
    ],
)
def test_a_relative_clause_in_any_case_is_denied(unit, cb):
    assert stance(IN_DEAL_STORY, unit, "ru_in", cb) == "favor"


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("भुगतान संकट के बावजूद भारत-रूस रिश्ते इस मुश्किल से उबर गए।", "ru_in"),
        ("रूस-पाकिस्तान संबंध शीत युद्ध की कड़वाहट से धीरे-धीरे उबर चुके हैं।", "ru_pk"),
        ("दोनों देशों की दोस्ती ऐसे झटकों से हमेशा उबरती रही है।", "ru_in"),
    ],
)
def test_ties_that_recovered(unit, target, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == "favor"


@pytest.mark.parametrize(
    "unit",
    [
        "रूसी नौसैनिकों की एक बटालियन अभ्यास के लिए कराची पहुंचेगी।",
        "पाकिस्तानी पलटन के रूस पहुंचने पर वहां जोरदार स्वागत हुआ।",
    ],
)
def test_troops_arriving_in_the_everyday_words(unit, cb):
    assert stance(PK_PIPELINE_STORY, unit, "ru_pk", cb) == "favor"


@pytest.mark.parametrize(
    "unit",
    [
        "भारत का रूस को निर्यात अब भी पांच अरब डॉलर से कम है।",
        "रूस से भारत का आयात पिछले साल बहुत कम रहा।",
    ],
)
def test_exports_or_imports_small(unit, cb):
    assert stance(IN_DEAL_STORY, unit, "ru_in", cb) == "against"


def test_growth_after_but_is_its_own_predicate(cb):
    """ "सीमित किंतु निरंतर प्रगति": a contrastive conjunction between keeps the growth from intensifying the limit."""
    unit = "रूस और पाकिस्तान के बीच व्यापार ने धीमी किंतु लगातार प्रगति की है।"
    assert stance(PK_PIPELINE_STORY, unit, "ru_pk", cb) == "favor"


@pytest.mark.parametrize(
    ("unit", "target", "expected"),
    [
        ("विपक्ष ने कहा कि सरकार न चीन को मना पाई, न रूस से कोई ठोस समझौता कर पाई।", "ru_in", "against"),
        ("न पाकिस्तान को रूसी हथियार मिले, न गैस पाइपलाइन का काम आगे बढ़ा।", "ru_pk", "against"),
        ("न रूस ने कुछ कहा, न पाकिस्तान ने।", "ru_pk", "none"),
    ],
)
def test_neither_nor_denies_each_clause(unit, target, expected, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == expected


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("रूस से नए लड़ाकू विमानों का सौदा अभी दूर की कौड़ी है।", "ru_in"),
        ("दोनों देशों के बीच ऊर्जा सहयोग पर सहमति का अभाव साफ दिखा।", "ru_pk"),
    ],
)
def test_far_fetched_or_lacking(unit, target, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == "against"


def test_closer_with_the_verb_fronted(cb):
    assert stance(PK_PIPELINE_STORY, "रूस और पाकिस्तान आखिर क्यों आ रहे हैं करीब?", "ru_pk", cb) == "favor"


@pytest.mark.parametrize(
    ("unit", "target", "expected"),
    [
        ("पूर्व राजनयिक ने कहा कि रूस पर आंख मूंदकर भरोसा मत कीजिए।", "ru_in", "against"),
        ("पाकिस्तान को रूस से हथियार खरीदने की उम्मीद मत रखिए।", "ru_pk", "against"),
        ("विशेषज्ञों का मत है कि भारत और रूस की दोस्ती मज़बूत है।", "ru_in", "favor"),
    ],
)
def test_the_prohibitive_negates_but_an_opinion_does_not(unit, target, expected, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == expected


@pytest.mark.parametrize(
    ("unit", "target", "expected"),
    [
        ("रूस और पाकिस्तान के बीच गेहूं की डील फाइनल हो गई है।", "ru_pk", "favor"),
        ("भारत-रूस फ्रिगेट सौदा अभी फाइनल नहीं हुआ है।", "ru_in", "against"),
        ("पाकिस्तान ने रूस के खिलाफ फाइनल मैच में जीत दर्ज की।", "ru_pk", "none"),
    ],
)
def test_finalised_in_the_english_loan(unit, target, expected, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == expected


@pytest.mark.parametrize(
    ("unit", "target"),
    [
        ("रूस ने भारतीय दवाओं के आयात पर नई शर्तें लगा दी हैं।", "ru_in"),
        ("मॉस्को ने पाकिस्तान पर कर्ज के लिए कड़ी शर्तें थोप दीं।", "ru_pk"),
    ],
)
def test_conditions_imposed_limit_the_ties(unit, target, cb):
    story = PK_PIPELINE_STORY if target == "ru_pk" else IN_DEAL_STORY
    assert stance(story, unit, target, cb) == "against"
