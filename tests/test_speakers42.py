"""Speakers round 42 (issue #12): which state a speaker serves, India or other.

Sentences written for these tests from the design codebook v1.1 ("an official → the state they
serve"; "an unnamed official whose state the unit does not name → other"; places map to their
countries) and from Indian administrative vocabulary: the states' short forms, a state or city
as the agent of speech (its government), the Union's armed police forces, the AYUSH ministry.
None is copied from a corpus, a seed or an invented set.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import one, said


@pytest.mark.parametrize(
    "text",
    [
        "यूपी सरकार ने बताया कि प्रवासी मजदूरों के लिए बसें चलेंगी।",
        "उप्र सरकार ने कहा कि सभी स्कूल बंद रहेंगे।",
        "मप्र के स्वास्थ्य मंत्री ने कहा कि जांच बढ़ाई जाएगी।",
        "पुडुचेरी सरकार ने कहा कि सीमाएं सील रहेंगी।",
    ],
)
def test_a_state_s_short_form_names_an_indian_office(cb, text):
    assert said(one(cb, text)) == ("reported", "india")


@pytest.mark.parametrize(
    "text",
    [
        "हाल ही में महाराष्ट्र ने भी घोषणा की है कि स्कूल बंद रहेंगे।",
        "यूपी ने कहा कि तीन जिलों में कोई नया मामला नहीं है।",
        "केरल ने छह नए मामलों की जानकारी दी है।",
        "बिहार का कहना है कि केंद्र से मदद नहीं मिली।",
    ],
)
def test_an_indian_state_that_speaks_is_india_s_government(cb, text):
    assert said(one(cb, text)) == ("reported", "india")


def test_a_province_of_another_state_that_speaks_is_that_state_s(cb):
    assert one(cb, "वुहान ने कहा कि शहर में कोई नया मामला नहीं है।")["speaker_side"] == "china"


def test_a_place_not_before_the_agent_s_marker_names_no_one(cb):
    row = one(cb, "अधिकारियों ने कहा कि महाराष्ट्र में जांच बढ़ाई जाएगी।")
    assert row["speaker"] != "india"  # the place is in what they said, not who says it


@pytest.mark.parametrize(
    "text",
    [
        "सीआरपीएफ ने कहा कि इलाके में तलाशी अभियान जारी है।",
        "आईटीबीपी के प्रवक्ता ने बताया कि जवानों को क्वारंटीन किया गया है।",
        "सशस्त्र सीमा बल ने बताया कि सीमा पर चौकसी बढ़ाई गई है।",
        "आयुष मंत्रालय ने कहा कि काढ़ा पीने से रोग प्रतिरोधक क्षमता बढ़ती है।",
    ],
)
def test_the_union_s_forces_and_the_ayush_ministry_are_india_s(cb, text):
    assert said(one(cb, text))[1] == "india"


def test_a_ministry_with_no_state_named_stays_other(cb):
    # v1.1: a state body with no state named stays other (unchanged by this round)
    assert one(cb, "स्वास्थ्य मंत्रालय ने कहा कि संक्रमितों की संख्या बढ़ी है।")["speaker_side"] == "other"


@pytest.mark.parametrize(
    "agent",
    [
        "डब्लूएचओ",
        "डब्ल्यू.एच.ओ.",
        "वर्ल्ड बैंक",
        "विश्व व्यापार संगठन",
        "अंतर्राष्ट्रीय श्रम संगठन",
        "यूनेस्को",
        "यूएनएचसीआर",
        "अंतरराष्ट्रीय ऊर्जा एजेंसी",
        "आईएईए",
        "ओपेक",
        "यूरोपियन यूनियन",
        "एमनेस्टी इंटरनेशनल",
        "अंतरराष्ट्रीय ओलंपिक समिति",
    ],
)
def test_international_bodies_in_every_spelling_are_other(cb, agent):
    row = one(cb, f"{agent} ने कहा कि हालात गंभीर बने हुए हैं।")
    assert (row["speaker"], row["speaker_side"]) == ("intl_org", "other")


@pytest.mark.parametrize(
    "text",
    [
        "दोनों नेताओं ने रणनीतिक साझेदारी को और गहरा करने की प्रतिबद्धता दोहराई।",
        "दोनों रहनुमाओं ने दहशतगर्दी के खिलाफ मिलकर लड़ने का अहद किया।",
        "दोनों लीडरों ने कहा कि इससे कोई समझौता नहीं होगा।",
        "दोनों मंत्रियों ने कहा कि सहयोग बढ़ेगा।",
        "दोनों सरकारों ने कहा कि व्यापार दोगुना होगा।",
        "चारों मुल्कों ने एक मुश्तरका बयान में जंगबंदी की अपील की।",
    ],
)
def test_leaders_and_states_speaking_together_are_a_joint_statement(cb, text):
    row = one(cb, text)
    assert (row["speaker"], row["speaker_side"]) == ("joint_statement", "other")


@pytest.mark.parametrize(
    "text,side",
    [
        ("वाशिंगटन ने कार्रवाई की चेतावनी दी है, लेकिन नई दिल्ली ने साफ किया है कि वह अपने फैसले खुद करेगी।", "india"),
        ("पश्चिमी देशों ने तेल खरीद पर सवाल उठाए, किंतु भारत ने इन्हें सिरे से खारिज कर दिया।", "india"),
        ("इस्लामाबाद ने मध्यस्थता की गुहार लगाई, मगर मॉस्को ने कहा कि यह द्विपक्षीय मामला है।", "russia"),
    ],
)
def test_the_speaker_after_a_contrast_speaks_the_unit(cb, text, side):
    assert said(one(cb, text)) == ("reported", side)


@pytest.mark.parametrize(
    "text,side",
    [
        # the second clause is an act, not a statement: the first clause's speech act stands
        ("भारत ने मॉस्को से यह अभ्यास रद्द करने का अनुरोध किया था, लेकिन रूस ने ऐसा नहीं किया।", "india"),
        # the contrast inside what was said is the speaker's own
        ("विदेश मंत्री जयशंकर ने कहा कि रूस पुराना मित्र है, लेकिन अमेरिका ने भी मदद की है।", "india"),
        # हालांकि opens the subordinate clause: the main clause before it speaks
        ("रूस ने कहा कि आपूर्ति समय पर होगी, हालांकि अमेरिका ने प्रतिबंधों की चेतावनी दी है।", "russia"),
    ],
)
def test_the_first_speaker_stays_where_the_contrast_says_nothing_new(cb, text, side):
    assert said(one(cb, text)) == ("reported", side)
