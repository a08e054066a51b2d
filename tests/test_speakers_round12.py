"""Speaker sides, round 12 (issue #12): the country a story is about. Sentences written for these tests.

Every sentence was written from the design codebook (v1.1 "an official → the state they serve",
the v1.3 home-named offices) and from Hindi grammar, never copied from a corpus or an invented
set; bodies, figures and places in them are made up. They are development text: passing them
is in-sample.
"""

from __future__ import annotations

from analysis.attribution import story_country
from analysis.coding import explain
from tests.test_attribution_language import code

_HEAD = ["headline", "body", "body", "body"]


def _article(cb, *texts: str):
    return code(cb, *texts, roles=_HEAD[: len(texts)], paras=list(range(len(texts))))


# ---------------------------------------------------------------- a bare office in a story about one foreign state
def test_a_bare_commission_in_a_china_story_is_chinas(cb):
    texts = (
        "चीन में नए मामलों में फिर बढ़ोतरी",
        "चीन के कई प्रांतों में बुखार के नए मामले सामने आए हैं।",
        "स्वास्थ्य आयोग ने रविवार को बताया कि चालीस नए मरीज मिले हैं।",
    )
    out = _article(cb, *texts)
    assert out["speaker_side"].iloc[2] == "china", explain(texts[2], cb)


def test_a_bare_ministry_in_a_pakistan_story_is_pakistans(cb):
    texts = (
        "पाकिस्तान में गेहूं के दाम आसमान पर",
        "पाकिस्तान के कई शहरों में आटे की किल्लत बनी हुई है।",
        "मंत्रालय ने कहा कि अगले हफ्ते से आपूर्ति सुधर जाएगी।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "pakistan"


def test_a_spokesman_in_a_russia_story_who_names_russia_as_the_place_is_russias(cb):
    texts = (
        "रूस में बाढ़ से भारी तबाही",
        "रूस के पूर्वी इलाके में बाढ़ से सैकड़ों घर डूब गए।",
        "प्रवक्ता ने बताया कि रूस में अब तक बारह लोगों की जान गई है।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "russia"


def test_a_spokesman_who_names_the_storys_state_as_an_agent_keeps_the_v11_reading(cb):
    texts = (
        "पाकिस्तान की ओर से फिर गोलाबारी",
        "पाकिस्तान की सेना ने सीमा पर फिर गोले दागे।",
        "एक प्रवक्ता ने बताया कि पाकिस्तान ने सुबह बिना उकसावे के गोलीबारी की।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "other"


# ---------------------------------------------------------------- what the story's country does not decide
def test_an_office_in_a_unit_naming_another_state_keeps_the_v11_reading(cb):
    texts = (
        "चीन में नए मामलों में फिर बढ़ोतरी",
        "चीन के कई प्रांतों में बुखार के नए मामले सामने आए हैं।",
        "मंत्रालय ने कहा कि पाकिस्तान से आने वाली उड़ानें रोकी जाएंगी।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "other"


def test_an_office_in_a_unit_naming_the_home_country_is_the_homes(cb):
    texts = (
        "चीन में नए मामलों में फिर बढ़ोतरी",
        "चीन के कई प्रांतों में बुखार के नए मामले सामने आए हैं।",
        "मंत्रालय ने कहा कि भारत से जाने वाली उड़ानें जारी रहेंगी।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "india"


def test_a_state_named_with_the_office_decides_over_the_story(cb):
    texts = (
        "चीन में नए मामलों में फिर बढ़ोतरी",
        "चीन के कई प्रांतों में बुखार के नए मामले सामने आए हैं।",
        "रूसी विदेश मंत्रालय ने कहा कि उड़ानें जारी रहेंगी।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "russia"


def test_a_home_story_naming_a_foreign_state_once_keeps_bare_offices_unowned(cb):
    texts = (
        "भारत में टीके की नई खेप पहुंची, चीन से भी आएगी मदद",
        "भारत के कई राज्यों में टीकाकरण तेज हो गया है।",
        "मंत्रालय ने कहा कि अगले हफ्ते और खुराकें बांटी जाएंगी।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] != "china"


def test_a_pair_story_is_left_to_the_pair_rules(cb):
    texts = (
        "रूस और पाकिस्तान के बीच नया व्यापार समझौता",
        "रूस और पाकिस्तान ने व्यापार बढ़ाने के समझौते पर दस्तखत किए।",
        "मंत्रालय ने कहा कि इससे निर्यात बढ़ेगा।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "other"


def test_a_state_named_only_later_in_the_body_makes_no_story_country(cb):
    texts = (
        "बुखार के नए मामलों से चिंता बढ़ी",
        "कई शहरों में बुखार के नए मामले सामने आए हैं।",
        "चीन में भी मामले बढ़े हैं।",
        "आयोग ने कहा कि जांच तेज होगी।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[3] == "other"


def test_story_country_is_the_only_state_the_headline_and_lead_name(cb):
    assert story_country(("china", "china"), cb) == "china"
    assert story_country(("pakistan", "china", "china"), cb) == ""  # two states: a story of relations
    assert story_country(("india", "china", "china"), cb) == ""  # the home country named: not a foreign story
    assert story_country((), cb) == ""


def test_a_story_of_two_foreign_states_leaves_a_bare_ministry_to_the_v11_rule(cb):
    texts = (
        "रूस में चीन के व्यापारियों का बड़ा मेला",
        "रूस के एक शहर में चीन के सैकड़ों व्यापारी जुटे।",
        "मंत्रालय ने कहा कि मेला हर साल लगेगा।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "other"


def test_a_person_of_another_state_in_the_lead_makes_a_story_of_two_states(cb):
    texts = (
        "मॉस्को में व्यापार मेले की तैयारी",
        "शहबाज शरीफ अगले महीने मॉस्को में व्यापार मेले का उद्घाटन करेंगे।",
        "प्रवक्ता ने कहा कि कार्यक्रम तय हो चुका है।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] != "russia"


def test_a_story_filed_from_another_foreign_state_is_a_story_of_two_states(cb):
    texts = (
        "रूस के साथ कोई नया समझौता नहीं",
        "इस्लामाबाद : मंत्रालय ने रूस के साथ नए समझौते की खबरों को गलत बताया।",
        "प्रवक्ता ने कहा कि अभी सिर्फ बातचीत चल रही है।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] != "russia"


def test_a_title_and_a_name_in_a_foreign_story_keep_the_v14_home_reading(cb):
    texts = (
        "रूस में हथियारों की नई खेप तैयार",
        "रूस में बने हथियारों की नई खेप अगले महीने रवाना होगी।",
        "वायुसेना प्रमुख करण देव ने कहा कि खेप का इंतजार है।",
    )
    assert _article(cb, *texts)["speaker_side"].iloc[2] == "india"


def test_explain_says_the_office_was_sided_by_the_story(cb):
    texts = (
        "चीन में नए मामलों में फिर बढ़ोतरी",
        "चीन के कई प्रांतों में बुखार के नए मामले सामने आए हैं।",
        "स्वास्थ्य आयोग ने रविवार को बताया कि चालीस नए मरीज मिले हैं।",
    )
    rule = _article(cb, *texts)["speaker_rule"].iloc[2]
    assert "story" in rule, rule
