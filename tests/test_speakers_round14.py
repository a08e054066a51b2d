"""Speakers, round 14 (issue #12): the world's states that `places` lacks, for speakers only.

Every sentence was written from the design codebook (Actors: places and demonyms map to
countries; a third state's speaker is `other`) and from Hindi grammar, never copied from a
corpus or an invented set; the states are named from general knowledge of the language.
They are development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest
import yaml

from analysis.codebook import load_codebook
from tests.conftest import ROOT
from tests.test_attribution_language import one
from tests.test_attribution_language import speaker_side as said


@pytest.fixture(scope="module")
def without_list(tmp_path_factory):
    """The study's codebook without `speaker_roles.places`: what the coder read before round 14."""
    data = yaml.safe_load((ROOT / "config" / "codebook.yaml").read_text(encoding="utf-8"))
    del data["speaker_roles"]["places"]
    path = tmp_path_factory.mktemp("cb") / "codebook.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_codebook(path)


# ---------------------------------------------------------------- a state's official, by name or spelling
@pytest.mark.parametrize(
    "text",
    [
        "न्यूजीलैंड के प्रधानमंत्री ने कहा कि सीमाएं अभी बंद रहेंगी।",
        "न्यूज़ीलैंड के प्रधानमंत्री ने कहा कि सीमाएं अभी बंद रहेंगी।",  # with nukta
        "आस्ट्रेलिया की विदेश मंत्री ने कहा कि वार्ता जारी रहेगी।",  # आ, not ऑ
        "नीदरलैंड्स के दूतावास के एक प्रवक्ता ने बताया कि उड़ानें रद्द कर दी गई हैं।",
        "नीदरलैंड के दूतावास के एक प्रवक्ता ने बताया कि उड़ानें रद्द कर दी गई हैं।",
        "दक्षिण कोरियाई अधिकारियों के मुताबिक संक्रमण के मामले घट रहे हैं।",  # demonym of two words
    ],
)
def test_an_official_of_a_state_the_places_list_lacks_is_a_third_states(cb, text):
    row = one(cb, text)
    assert said(row) == ("other_state", "other"), row["speaker_rule"]
    assert "of world" in row["speaker_rule"]


def test_a_state_the_places_list_lacks_speaks_as_a_state(cb):
    # was an unlisted agent sided like private people (the home country)
    row = one(cb, "ऑस्ट्रेलिया ने कहा कि वह अपने नागरिकों को वापस लाएगा।")
    assert said(row) == ("other_state", "other"), row["speaker_rule"]


def test_scientists_named_by_a_demonym_are_not_the_home_countrys(cb):
    # v1.2 gave an expert with no country named the home; the demonym names the state
    row = one(cb, "इतालवी वैज्ञानिकों का कहना है कि यह वायरस हवा में देर तक नहीं टिकता।")
    assert said(row) == ("other_state", "other"), row["speaker_rule"]
    assert "इतालवी वैज्ञानिकों" in row["speaker_rule"]


def test_the_government_of_such_a_state_is_that_state(cb):
    # a government resolves to its state, as for the third states `places` lists
    row = one(cb, "स्पेन की सरकार ने कहा कि स्कूल सितंबर में खुलेंगे।")
    assert said(row) == ("other_state", "other"), row["speaker_rule"]
    assert "of world" in row["speaker_rule"]


def test_a_listed_state_gets_its_missing_demonym(cb):
    row = one(cb, "जर्मन स्वास्थ्य मंत्री ने कहा कि पाबंदियां दो हफ्ते और रहेंगी।")
    assert said(row) == ("other_state", "other"), row["speaker_rule"]
    assert "of germany" in row["speaker_rule"]


def test_a_state_named_as_where_someone_lives_gives_no_speaker(cb):
    # a locative names the scene, not whose words these are: the pronoun is not Canada's; since
    # speakers round 20 a pronoun with nobody named before it is an unnamed speaker (other)
    row = one(cb, "मेरा भाई कनाडा में रहता है, उसने बताया कि वहां दुकानें खुल गई हैं।")
    assert (row["speaker"], row["speaker_side"]) == ("unnamed_official", "other"), row["speaker_rule"]


def test_a_capital_in_the_dateline_gives_no_office_its_country(cb):
    # v1.2: the dateline is where the story was filed; researchers by their field alone are no one state's
    row = one(cb, "सियोल। वैज्ञानिकों का कहना है कि टीका अगले साल आएगा।")
    # codebook v1.1 "an unnamed official whose state the unit does not name → other"; every hand coder who met it (round 24b)
    assert row["speaker_side"] == "other", row["speaker_rule"]
    assert "field alone" in row["speaker_rule"]  # not the dateline's country
    assert "of world" not in row["speaker_rule"]


# ---------------------------------------------------------------- frames and stance do not read the list
@pytest.mark.parametrize(
    "text",
    [
        "ब्राजील के एक मंत्री ने कहा कि रूस और पाकिस्तान के बीच सैन्य सहयोग बढ़ रहा है।",
        "कनाडा और मेक्सिको ने व्यापार समझौते पर बातचीत शुरू की, कनाडाई विदेश मंत्री ने बताया।",
        "स्वीडन के राजदूत ने कहा कि रूस के साथ भारत के रिश्ते मजबूत हैं।",
    ],
)
def test_frames_and_stance_are_those_of_the_codebook_without_the_list(cb, without_list, text):
    after, before = one(cb, text), one(without_list, text)
    assert after["frames"] == before["frames"]
    assert [after[c] for c in cb.stance_columns()] == [before[c] for c in cb.stance_columns()]
    assert after["speaker_side"] == "other", after["speaker_rule"]


# ---------------------------------------------------------------- a body named with its country, before an unlisted agent
@pytest.mark.parametrize(
    "text, side",
    [
        ("नॉर्वे फुटबॉल के मुख्य कार्यकारी हेनरिक लुंड ने कहा कि लीग जून में शुरू होगी।", "other"),
        ("रूसी फुटबॉल संघ के मुख्य कार्यकारी ने कहा कि लीग जून में शुरू होगी।", "russia"),
    ],
)
def test_an_unlisted_agent_of_a_body_named_with_its_country_is_that_countrys(cb, text, side):
    # v1.1: a body speaks for its country; the title is no role noun, so the agent is unlisted
    row = one(cb, text)
    assert row["speaker_side"] == side, row["speaker_rule"]
    assert "home country" not in row["speaker_rule"]


def test_a_place_left_by_a_postposition_names_no_body(cb):
    # "<place> से लौटे लोगों के …": people who came back from there are not its body
    row = one(cb, "नॉर्वे से लौटे छात्रों के अभिभावक अजय कुमार ने कहा कि सब ठीक हैं।")
    assert row["speaker_side"] == "india", row["speaker_rule"]
