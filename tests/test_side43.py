"""Side round 43 (issue #12): who speaks for which side when the unit names the speaker only beside a quotation or
only as a visiting group introduced earlier.

Every sentence was written for these tests from the design codebook v1.1 (a headline's named person is its
source; a delegation speaks as its state; an official serves the state they serve; a party and an unnamed
official whose state the unit does not name keep their rules) and Hindi news usage (a name before a colon or
after a closing quotation in headlines; "N सदस्यीय दल", "<state> से आए दल"). Names of people and groups are
made up or generic. None is copied from a corpus, a seed or an invented set: development text, in-sample.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import code, last
from tests.test_attribution_language import speaker_side as said


# ---------------------------------------------------------------- one person named beside the quoted words
@pytest.mark.parametrize(
    "text, side",
    [
        ('लावरोव की दिल्ली यात्रा: "हमारी दोस्ती किसी के खिलाफ नहीं"', "russia"),
        ('जयशंकर वॉशिंगटन में : "तेल वहीं से लेंगे जहां सस्ता मिलेगा"', "india"),
        ('"हम अपने फैसले खुद करते हैं और करते रहेंगे", लावरोव का पश्चिम को जवाब', "russia"),
    ],
)
def test_the_one_person_named_beside_a_headline_quotation_speaks(cb, text, side):
    row = code(cb, text, roles=["headline"]).iloc[0]
    assert row["voice"] == "quoted"
    assert row["speaker_side"] == side


def test_two_persons_beside_the_quotation_keep_the_unnamed_source(cb):
    row = code(cb, 'मोदी-पुतिन मुलाकात: "रिश्ते और मजबूत होंगे"', roles=["headline"]).iloc[0]
    assert row["speaker_side"] == "other"


def test_quoted_words_with_no_person_named_stay_an_unnamed_source(cb):
    row = code(cb, 'सीमा पर तनाव: "बातचीत ही एकमात्र रास्ता है"', roles=["headline"]).iloc[0]
    assert row["speaker_side"] == "other"


# ---------------------------------------------------------------- a visiting group introduced with its state
@pytest.mark.parametrize(
    "intro, side",
    [
        ("रूस के व्यापार मंत्रालय का दस सदस्यीय दल सोमवार को शहर पहुंचा।", "russia"),
        ("रूस से आए बीस सदस्यीय दल ने सोमवार को कारखाने का दौरा किया।", "russia"),
        ("पाकिस्तान से आए व्यापारियों के दल ने बुधवार को मॉस्को में बैठक की।", "pakistan"),
    ],
)
def test_the_head_of_a_visiting_group_serves_its_state(cb, intro, side):
    row = last(cb, intro, "दल के प्रमुख ने कहा कि व्यापार बढ़ाने की बहुत गुंजाइश है।")
    assert (row["voice"], row["speaker_side"]) == ("reported", side)


def test_a_pronoun_after_the_group_s_head_is_the_head(cb):
    row = last(
        cb,
        "रूस के कृषि मंत्रालय का आठ सदस्यीय दल मंगलवार को शहर पहुंचा।",
        "दल के प्रमुख ने कहा कि आयात बढ़ाया जाएगा।",
        "उन्होंने बताया कि अगले महीने एक और दल आएगा।",
    )
    assert said(row)[1] == "russia"


def test_a_party_is_no_visiting_group(cb):
    row = last(
        cb,
        "विपक्षी दल ने रूस के साथ हुए समझौते पर सवाल उठाए।",
        "दल के प्रवक्ता ने कहा कि संसद में बहस होनी चाहिए।",
    )
    assert row["speaker_side"] != "russia"


def test_a_home_group_abroad_is_not_the_host_s(cb):
    row = last(
        cb,
        "भारत का बीस सदस्यीय दल रूस के शहर कजान पहुंचा।",
        "दल के प्रमुख ने कहा कि मेले में भारतीय उत्पादों की मांग है।",
    )
    assert row["speaker_side"] != "russia"
