"""Side round 44 (issue #12): a person introduced once with their state and role keeps that state when the
article later names them by surname alone.

Every sentence was written for these tests from the design codebook v1.1 (an official serves the state they
serve) and Hindi news usage (a foreign official introduced once in narration, "<state> के <title> <first>
<last> <city> पहुंचे", the Urdu title's portfolio "वज़ीर-ए-ममलिकत बराए <portfolio> <name>", a three-word
name shortened to a family name before the last). Names of people are made up, except a gazetteer person
named in full. None is copied from a corpus, a seed or an invented set: development text, in-sample.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_language import last


# ---------------------------------------------------------------- a name ended by the place the person goes to
@pytest.mark.parametrize(
    "intro, later, side",
    [
        ("रूस के उप विदेश मंत्री आंद्रेई वासिलिएव इस्लामाबाद पहुंचे।", "वासिलिएव ने कहा कि बातचीत अच्छी रही।", "russia"),
        ("रूसी ऊर्जा मंत्री पावेल सोकोलोव कराची की यात्रा पर हैं।", "सोकोलोव ने बताया कि आपूर्ति बढ़ेगी।", "russia"),
        ("पाकिस्तान के वाणिज्य मंत्री नदीम अफ़रोज़ मॉस्को पहुंचे।", "अफ़रोज़ का कहना है कि कारोबार दोगुना होगा।", "pakistan"),
    ],
)
def test_an_official_introduced_before_a_place_speaks_later_by_surname_for_their_state(cb, intro, later, side):
    assert last(cb, intro, later)["speaker_side"] == side


# ---------------------------------------------------------------- a name ended by the light verb of leading
@pytest.mark.parametrize(
    "intro, later, side",
    [
        ("रूसी वफ़्द की क़यादत नायब वज़ीर-ए-ख़ारजा पावेल ज़ुएव कर रहे थे।", "ज़ुएव ने कहा कि बातचीत मुफ़ीद रही।", "russia"),
        ("पाकिस्तानी प्रतिनिधिमंडल का नेतृत्व वाणिज्य मंत्री फ़हद अंसारी कर रहे थे।", "अंसारी ने कहा कि व्यापार बढ़ेगा।", "pakistan"),
    ],
)
def test_the_official_leading_a_delegation_speaks_later_by_surname_for_their_state(cb, intro, later, side):
    assert last(cb, intro, later)["speaker_side"] == side


# ---------------------------------------------------------------- the Urdu title's portfolio before the name
@pytest.mark.parametrize(
    "intro",
    [
        "पाकिस्तान के वज़ीर-ए-ममलिकत बराए पेट्रोलियम सलीम अख़्तर की सदारत में इजलास हुआ।",
        "पाकिस्तान के वजीर-ए-ममलिकत बराये खजाना सलीम अख्तर की क़ियादत में वफ़्द रवाना हुआ।",
    ],
)
def test_an_official_introduced_with_an_urdu_portfolio_speaks_later_for_their_state(cb, intro):
    later = "अख़्तर ने कहा कि महंगाई पर क़ाबू पाया जाएगा।" if "अख़्तर" in intro else "अख्तर ने कहा कि बात आगे बढ़ेगी।"
    assert last(cb, intro, later)["speaker_side"] == "pakistan"


# ---------------------------------------------------------------- a three-word name shortened to its middle word
def test_a_gazetteer_person_named_in_full_speaks_later_by_the_middle_family_name(cb):
    row = last(cb, "बिलावल भुट्टो जरदारी ने कहा कि रिश्ते किसी के खिलाफ नहीं हैं।", "भुट्टो ने कहा कि बातचीत जारी रहेगी।")
    assert (row["speaker"], row["speaker_side"]) == ("bilawal", "pakistan")


# ---------------------------------------------------------------- what stays: a time phrase is no name
def test_a_time_phrase_before_the_place_is_not_learned_as_a_name(cb):
    row = last(cb, "रूसी विदेश मंत्री शुक्रवार सुबह इस्लामाबाद पहुंचे।", "सुबह प्रवक्ता ने कहा कि तैयारी पूरी है।")
    assert "'सुबह'" not in row["speaker_rule"]


# ---------------------------------------------------------------- a state, an office named in full, a title, a name
@pytest.mark.parametrize(
    "text, side",
    [
        ("रूस की संघीय परमाणु ऊर्जा एजेंसी के निदेशक इवान कोरोलेव ने बताया कि ईंधन समय पर आएगा।", "russia"),
        ("पाकिस्तान की राष्ट्रीय बिजली नियामक प्राधिकरण के प्रमुख तौसीफ़ फ़ारूक़ी ने कहा कि दरें घटेंगी।", "pakistan"),
        ("रूस की सरकारी हथियार निर्यात कंपनी के मुखिया ओलेग वासिन ने कहा कि सौदा तय है।", "russia"),
    ],
)
def test_a_person_introduced_with_the_state_the_office_and_a_title_serves_that_state(cb, text, side):
    assert last(cb, text)["speaker_side"] == side


def test_the_pronoun_after_such_an_introduction_keeps_the_state(cb):
    row = last(cb, "रूस की संघीय परमाणु ऊर्जा एजेंसी के निदेशक इवान कोरोलेव ने यह जानकारी दी।", "उन्होंने कहा कि संयंत्र सुरक्षित है।")
    assert row["speaker_side"] == "russia"
