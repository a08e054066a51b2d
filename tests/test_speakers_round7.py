"""Voice and speaker sides, round 7 (issue #12): sentences written for these tests.

Every sentence was written from the design codebook (v1.1 "Voice and speakers", the v1.2–v1.4
side rules) and from Hindi grammar, never copied from a corpus or an invented set; names and
places in them are made up or changed. They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.coding import explain
from tests.test_attribution_language import code, one


# ---------------------------------------------------------------- voice: what is no speech
@pytest.mark.parametrize(
    "text",
    [
        "जानिए भारत ने क्या कहा।",  # a question about what was said: a teaser, no words reported
        "पढ़िए विदेश मंत्री क्या बोले",
        "आखिर सरकार ने क्या बताया?",
        "इस तरीके को ही घरेलू एकांत कहा जाता है।",  # naming: "is called"
        "पहले इस सड़क को पुराना मार्ग कहा जाता था।",
        "चीन उस प्रस्ताव का विरोध करता है जो उसकी निंदा करने वाला है।",  # a speech act in a participle
        "बयान देने वाले नेता कल दिल्ली लौटेंगे।",
    ],
)
def test_questions_names_and_participles_attribute_nothing(cb, text):
    assert one(cb, text)["voice"] == "outlet", explain(text, cb)


def test_hearsay_with_its_complementiser_still_reports(cb):
    text = "कहा जाता है कि दोनों नेता पुराने दोस्त हैं।"
    assert one(cb, text)["voice"] == "reported", explain(text, cb)


@pytest.mark.parametrize(
    "text",
    [
        "उन्होंने सीमा पर गश्त का मुद्दा भी उठाया।",  # the particle भी inside the speech act
        "मंत्री ने समय पर भुगतान का भरोसा भी दिया।",
        "विश्व स्वास्थ्य संगठन ने नई चेतावनी जारी की है कि खतरा बढ़ रहा है।",  # a warning issued
        "पिछले हफ्ते ऐसी खबरें आई थीं कि सौदा टल गया है।",  # news that came
        "कुछ तजज़िया निगारों का ख़याल है कि समझौता टिकेगा।",  # Urdu register: a view held
    ],
)
def test_round7_speech_act_families_are_reported(cb, text):
    assert one(cb, text)["voice"] == "reported", explain(text, cb)


# ---------------------------------------------------------------- speakers by role and structure
@pytest.mark.parametrize(
    "text, side",
    [
        # a place that qualifies a topic (affairs, ties) is not the expert's country
        ("रूसी मामलों के जानकार प्रोफेसर सुरेश वर्मा के अनुसार मॉस्को अपनी नीति नहीं बदलेगा।", "india"),
        ("भारत-चीन संबंधों के जानकार मानते हैं कि दोनों देश बातचीत जारी रखेंगे।", "other"),
        # a determiner after a role noun is no name, and a country in what was said is not theirs
        ("विशेषज्ञ ऐसी आशंका जता रहे हैं कि बीमारी भारत में तेजी से फैलेगी।", "other"),
        # data and research speak as documents (reports → other)
        ("सरकारी आंकड़ों के अनुसार बेरोजगारी घटी है।", "other"),
        ("एक नए शोध के मुताबिक प्रदूषण से उम्र घटती है।", "other"),
        # circles whose views are reported: commentators with no country
        ("कारोबारी हलकों का कहना है कि निर्यात घटेगा।", "other"),
        ("कुछ तजज़िया निगारों का ख़याल है कि समझौता टिकेगा।", "other"),
        # international bodies speak for no state
        ("विश्व स्वास्थ्य संगठन ने नई चेतावनी जारी की है कि खतरा बढ़ रहा है।", "other"),
    ],
)
def test_round7_speakers_resolve_by_role_and_structure(cb, text, side):
    row = one(cb, text)
    assert row["voice"] in ("reported", "quoted") and row["speaker_side"] == side, explain(text, cb)


def test_a_country_with_its_own_role_still_names_the_experts_state(cb):
    text = "रूसी विशेषज्ञों का कहना है कि आपूर्ति समय पर होगी।"  # the topic rule leaves "रूसी X" alone
    assert one(cb, text)["speaker_side"] == "russia", explain(text, cb)


def test_the_main_clause_after_to_speaks_not_the_askers(cb):
    text = "संवाददाताओं ने जब व्यापार के बारे में पूछा तो लावरोव ने कहा कि सौदा तय है।"
    row = one(cb, text)
    assert row["speaker"] == "lavrov", row["speaker_rule"]


def test_the_to_of_a_source_marker_splits_nothing(cb):
    text = "विशेषज्ञों की मानें तो रूस ने अपना रुख बदला है।"
    row = one(cb, text)
    assert row["speaker_side"] == "other", row["speaker_rule"]  # the experts, not Russia


def test_an_agent_before_a_lost_opening_quote_mark_is_what_was_said(cb):
    out = code(
        cb,
        'पाकिस्तानी मंत्री ने कहा, "यह करार हमारी मदद करेगा।',
        'रूस ने मुश्किल समय में हमारा साथ दिया है।"',
        paras=[0, 1],
    )
    assert list(out["voice"]) == ["quoted", "quoted"]
    assert list(out["speaker_side"]) == ["pakistan", "pakistan"], list(out["speaker_rule"])


@pytest.mark.parametrize(
    "text, side",
    [
        ("दुनिया भर के वैज्ञानिक चेतावनी दे रहे हैं कि खतरा बढ़ेगा।", "other"),  # of the whole world
        ("विदेशी विशेषज्ञों का कहना है कि टीका जल्द आएगा।", "other"),  # from abroad
        ("भारतीय वैज्ञानिकों का कहना है कि टीका जल्द आएगा।", "india"),  # a country named: its own
        # codebook v1.1 "an unnamed official whose state the unit does not name → other"; every hand coder who met it (round 24b)
        ("वैज्ञानिकों का कहना है कि टीका जल्द आएगा।", "other"),  # researchers by their field alone: no one state
        # a field after "अंतरराष्ट्रीय" is a subject, not a place: the titled name is the outlets' own (v1.4)
        ("भोपाल के अंतरराष्ट्रीय संबंध विशेषज्ञ प्रो. रमेश लाल कहते हैं कि रिश्ते अच्छे हैं।", "india"),
    ],
)
def test_people_of_the_whole_world_serve_no_one_state(cb, text, side):
    row = one(cb, text)
    assert row["speaker_side"] == side, explain(text, cb)


def test_the_agent_after_a_contrast_is_no_part_of_what_was_said(cb):
    text = "पहले खबर आई थी कि चीन ने दौरा रद्द किया है, लेकिन बीजिंग ने इससे इनकार किया।"
    row = one(cb, text)
    assert (row["voice"], row["speaker"]) == ("reported", "china"), row["speaker_rule"]
    first = one(cb, "मंत्री ने कहा कि बातचीत होगी, लेकिन रूस ने तारीख नहीं बताई।")
    assert first["speaker_side"] == "other", first["speaker_rule"]  # the earliest agent still speaks


@pytest.mark.parametrize(
    "text, side",
    [
        ("विपक्ष ने सरकार से पूछा कि सौदा क्यों टला।", "india"),  # a question a source puts
        ("भारत में कुछ टिप्पणीकारों ने इस भाषा को पीछे हटने के रूप में देखा।", "india"),  # a view held
        ("विश्लेषक इसे चुनाव से जोड़कर देख रहे हैं।", "other"),
    ],
)
def test_questions_put_and_views_held_by_a_source_are_reported(cb, text, side):
    row = one(cb, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", side), explain(text, cb)


def test_a_reporters_question_stays_outlet(cb):
    text = "इस बारे में पूछे जाने पर कोई जवाब नहीं मिला।"
    assert one(cb, text)["voice"] == "outlet", explain(text, cb)


def test_quotation_marks_around_the_sources_name_do_not_make_the_unit_quoted(cb):
    row = one(cb, "'डॉन' ने सिंध के स्वास्थ्य विभाग के हवाले से कहा कि दो नए मामले मिले हैं।")
    assert (row["voice"], row["speaker_side"]) == ("reported", "media"), row["voice_rule"]
    inside = one(cb, "मंत्री ने कहा कि 'ऑपरेशन शक्ति' सफल रहा।")  # a term inside what was said: quoted (v1.1)
    assert inside["voice"] == "quoted", inside["voice_rule"]


@pytest.mark.parametrize(
    "text", ["कूटनीतिक हलकों में इसे नई नीति के रूप में देखा जा रहा है।", "राजनयिक हलकों में इसे एक झटका माना जा रहा है।"]
)
def test_a_view_held_in_circles_is_the_circles(cb, text):
    row = one(cb, text)
    assert (row["voice"], row["speaker_side"]) == ("reported", "other"), explain(text, cb)


def test_a_passive_view_without_a_holder_is_the_outlets_reading(cb):
    text = "नई दिल्ली में इसे नीति में बदलाव के रूप में देखा जा रहा है।"
    assert one(cb, text)["voice"] == "outlet", explain(text, cb)


def test_circles_without_a_view_held_are_narration(cb):
    text = "भारत में इस अपील को लेकर कुछ हलकों में नाराजगी दिखी।"
    assert one(cb, text)["voice"] == "outlet", explain(text, cb)


def test_the_person_a_question_was_put_to_answers(cb):
    out = code(
        cb,
        "पाकिस्तानी विदेश मंत्री ने कहा कि सौदा जल्द होगा।",
        "विदेश मंत्रालय के प्रवक्ता अरिंदम बागची से जब इस बारे में पूछा गया तो उन्होंने जवाब देने से इनकार किया।",
        "उन्होंने केवल इतना कहा कि रूस पुराना दोस्त है।",
    )
    assert list(out["speaker_side"]) == ["pakistan", "india", "india"], list(out["speaker_rule"])
    assert "question was put to" in out.iloc[1]["speaker_rule"]
