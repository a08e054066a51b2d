"""Speaker sides, round 8 (issue #12): whose story it is. Sentences written for these tests.

Every sentence was written from the design codebook (v1.1 "an official → the state they serve",
the v1.2–v1.4 home-country rules) and from Hindi grammar, never copied from a corpus or an
invented set; names and places in them are made up. They are development text: passing them
is in-sample.
"""

from __future__ import annotations

from analysis.attribution import story_home
from analysis.coding import explain
from tests.test_attribution_language import code

_HEAD = ["headline", "body", "body", "body"]


def _article(cb, *texts: str):
    return code(cb, *texts, roles=_HEAD[: len(texts)], paras=list(range(len(texts))))


# ---------------------------------------------------------------- the pair's own state, filed from it
def test_a_titled_official_of_a_pair_story_filed_from_one_of_the_pair_is_that_states(cb):
    texts = (
        "पाक-रूस व्यापार वार्ता का दूसरा दौर पूरा",
        "इस्लामाबाद : पाकिस्तान और रूस के बीच व्यापार वार्ता का दूसरा दौर बुधवार को पूरा हुआ।",
        "वाणिज्य मंत्री करीम बख़्श ने कहा कि अगले महीने नया समझौता होगा।",
        "उन्होंने कहा कि गेहूं का सौदा भी जल्द तय होगा।",
    )
    out = _article(cb, *texts)
    assert list(out["speaker_side"].iloc[2:]) == ["pakistan", "pakistan"], explain(texts[2], cb)


def test_a_pair_story_filed_from_moscow_gives_its_titled_officials_to_russia(cb):
    texts = (
        "रूस-पाकिस्तान रक्षा सहयोग पर नई बातचीत",
        "मॉस्को : रूस और पाकिस्तान ने रक्षा सहयोग पर नई बातचीत शुरू की।",
        "उप रक्षा मंत्री सेर्गेई वोल्कोव ने कहा कि इससे दोनों देशों के रिश्ते मजबूत होंगे।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "russia"


def test_a_titled_analyst_of_a_pair_story_filed_abroad_stays_the_outlets(cb):
    # the dateline says whose the story's officials are, not whose its commentators are
    texts = (
        "रूस-पाकिस्तान रक्षा सहयोग पर नई बातचीत",
        "मॉस्को : रूस और पाकिस्तान ने रक्षा सहयोग पर नई बातचीत शुरू की।",
        "रक्षा विश्लेषक डॉ. अनिल सहगल का कहना है कि भारत को इस पर नजर रखनी होगी।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "india"


def test_a_country_named_with_the_title_still_decides(cb):
    texts = (
        "पाक-रूस व्यापार वार्ता का दूसरा दौर पूरा",
        "इस्लामाबाद : पाकिस्तान और रूस के बीच व्यापार वार्ता का दूसरा दौर बुधवार को पूरा हुआ।",
        "रूसी उप मंत्री इवान पेत्रोव ने कहा कि अगले महीने नया समझौता होगा।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "russia"


# ---------------------------------------------------------------- where the story's home stays the outlets'
def test_a_moscow_filed_story_of_india_and_russia_keeps_its_titled_experts_indian(cb):
    texts = (
        "भारत-रूस ऊर्जा वार्ता में नए सौदे पर सहमति",
        "मॉस्को : भारत और रूस के बीच ऊर्जा वार्ता में नए सौदे पर सहमति बनी।",
        "ऊर्जा विशेषज्ञ डॉ. अनिल सहगल ने कहा कि इससे तेल की आपूर्ति स्थिर रहेगी।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "india"


def test_a_pair_story_without_a_dateline_keeps_the_codebooks_home(cb):
    texts = (
        "पाक-रूस व्यापार वार्ता का दूसरा दौर पूरा",
        "पाकिस्तान और रूस के बीच व्यापार वार्ता का दूसरा दौर बुधवार को पूरा हुआ।",
        "वाणिज्य मंत्री करीम बख़्श ने कहा कि अगले महीने नया समझौता होगा।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "india"


def test_a_dateline_outside_the_pair_keeps_the_codebooks_home(cb):
    texts = (
        "पाक-रूस व्यापार वार्ता का दूसरा दौर पूरा",
        "नई दिल्ली : पाकिस्तान और रूस के बीच व्यापार वार्ता का दूसरा दौर बुधवार को पूरा हुआ।",
        "वाणिज्य मंत्री करीम बख़्श ने कहा कि अगले महीने नया समझौता होगा।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "india"


def test_story_home_needs_a_pair_without_the_home_country_and_a_dateline_inside_it(cb):
    assert story_home("pakistan", "ru_pk", cb) == "pakistan"
    assert story_home("russia", "ru_pk", cb) == "russia"
    assert story_home("russia", "ru_in", cb) == ""  # the home country is one of the pair
    assert story_home("india", "ru_pk", cb) == ""  # filed outside the pair
    assert story_home("", "ru_pk", cb) == ""  # no dateline
    assert story_home("pakistan", "", cb) == ""  # no pair named yet


# ---------------------------------------------------------------- a pronoun after an agency's report
def test_a_pronoun_after_an_agencys_report_is_the_person_the_report_has_speaking(cb):
    texts = (
        "समाचार एजेंसी पीटीआई के मुताबिक रूसी उप विदेश मंत्री इगोर मार्कोव ने नई योजना की आलोचना की।",
        'उन्होंने कहा, "हम किसी नए गुट में शामिल नहीं होंगे।"',
    )
    out = code(cb, *texts, paras=[0, 1])
    assert out["speaker_side"].iloc[0] == "media"  # the outer source speaks the reported unit
    assert out["speaker_side"].iloc[1] == "russia", explain(texts[1], cb)


def test_a_pronoun_after_an_agency_that_names_no_person_stays_with_the_agency(cb):
    texts = (
        "समाचार एजेंसी पीटीआई के मुताबिक सौदे पर अगले महीने दस्तखत होंगे।",
        "उसने कहा कि इसकी तैयारी पूरी है।",
    )
    assert code(cb, *texts, paras=[0, 1])["speaker_side"].iloc[1] == "media"


def test_an_official_in_a_unit_naming_the_home_country_stays_the_home_countrys(cb):
    # a local angle inside a story filed from Karachi: the unit names India, so v1.3 decides
    texts = (
        "पाक-रूस व्यापार वार्ता का दूसरा दौर पूरा",
        "कराची। पाकिस्तान और रूस के बीच व्यापार वार्ता का दूसरा दौर बुधवार को पूरा हुआ।",
        "कानपुर की एक कपड़ा मिल से जुड़े एक अधिकारी ने बताया कि भारतीय निर्यातक इस पर नजर रखे हुए हैं।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "india"


def test_explain_says_the_official_was_sided_by_the_story(cb):
    texts = (
        "पाक-रूस व्यापार वार्ता का दूसरा दौर पूरा",
        "इस्लामाबाद : पाकिस्तान और रूस के बीच व्यापार वार्ता का दूसरा दौर बुधवार को पूरा हुआ।",
        "वाणिज्य मंत्री करीम बख़्श ने कहा कि अगले महीने नया समझौता होगा।",
    )
    rule = _article(cb, *texts)["speaker_rule"].iloc[2]
    assert "the state the story is filed from" in rule and "pakistan" in rule
