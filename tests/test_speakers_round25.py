"""Speakers, round 25 (issue #12): a carried unnamed official in a unit that names the home, and a
headline's speech act addressed with को/से, its agent in the genitive.

Every sentence was written for these tests from the design codebook v1.1 (Voice and speakers: speech
acts are `reported`, in headlines too; a pronoun speaker is the person it refers to; an unnamed
official whose state the unit does not name → other), v1.3's reading of the home named anywhere in a
unit, v1.2's genitive speaker of a speech noun, and from Hindi headline grammar (the agent's genitive,
the addressee in को or से, the content in the noun's own genitive). Names of people are made up.
None is copied from a corpus, a seed or an invented set. They are development text: passing them is
in-sample.
"""

from __future__ import annotations

import pytest

from analysis.attribution import addressed_act
from tests.test_attribution_language import code, last, one, said
from tests.test_attribution_language import speaker_side as who


# ---------------------------------------------------------------- rule 1: the carried official and v1.3
def test_a_pronoun_after_a_bare_ministry_takes_the_home_the_unit_names(cb):
    row = last(
        cb,
        "बाजार आज भी बंद रहे।",
        "मंत्रालय ने बताया कि जांच की रफ्तार बढ़ी है।",
        "उन्होंने कहा कि भारत को नई मशीनें मिल गई हैं।",
    )
    assert who(row) == ("indian_official", "india")
    assert "speakers round 25" in row["speaker_rule"]


def test_a_pronoun_after_unnamed_officials_takes_the_home_s_states_the_unit_names(cb):
    row = last(
        cb,
        "बाजार आज भी बंद रहे।",
        "अधिकारियों ने बताया कि जांच तेज हुई है।",
        "उन्होंने बताया कि असम, केरल और ओडिशा में कोई नया मरीज नहीं मिला।",
    )
    assert who(row) == ("indian_official", "india")


def test_the_carried_official_stays_other_when_the_unit_names_no_state(cb):
    row = last(
        cb,
        "बाजार आज भी बंद रहे।",
        "मंत्रालय ने बताया कि जांच की रफ्तार बढ़ी है।",
        "उन्होंने कहा कि लोग घरों में रहें।",
    )
    assert who(row) == ("unnamed_official", "other")


def test_home_states_beside_a_foreign_state_do_not_give_the_carried_official_the_home(cb):
    row = last(
        cb,
        "बाजार आज भी बंद रहे।",
        "अधिकारियों ने बताया कि जांच तेज हुई है।",
        "उन्होंने बताया कि केरल और नेपाल से लौटे लोग निगरानी में हैं।",
    )
    assert row["speaker_side"] == "other"


def test_the_home_beside_another_state_is_what_the_carried_official_speaks_of_not_whose_he_is(cb):
    row = last(
        cb,
        "बाजार आज भी बंद रहे।",
        "एक अधिकारी ने बताया कि बातचीत जारी है।",
        "उन्होंने कहा कि जापान अब भी भारत का करीबी साझेदार है।",
    )
    assert who(row) == ("unnamed_official", "other")


def test_a_state_inside_another_body_s_phrase_does_not_count_as_a_second_state(cb):
    row = last(
        cb,
        "बाजार आज भी बंद रहे।",
        "मंत्रालय ने बताया कि जांच की रफ्तार बढ़ी है।",
        "उन्होंने बताया कि भारत को जापान की तीन कंपनियों से दवाएं मिली हैं।",
    )
    assert who(row) == ("indian_official", "india")


def test_a_pronoun_with_nobody_named_before_stays_round_20_s_unnamed_speaker(cb):
    row = last(cb, "बाजार आज भी बंद रहे।", "उन्होंने बताया कि भारत में जांच तेज हुई है।")
    assert who(row) == ("unnamed_official", "other")
    assert "speakers round 25" not in row["speaker_rule"]


def test_a_named_foreign_speaker_carried_into_a_unit_naming_the_home_keeps_its_side(cb):
    row = last(
        cb,
        "बाजार आज भी बंद रहे।",
        "अमेरिकी विदेश मंत्री ने कहा कि बातचीत जारी है।",
        "उन्होंने कहा कि भारत एक अहम साझेदार है।",
    )
    assert row["speaker_side"] == "other"
    assert "speakers round 25" not in row["speaker_rule"]


def test_researchers_a_narrated_sentence_names_stay_no_one_state_s(cb):
    """A pronoun whose referent is the subject of an outlet sentence is not the carried official."""
    row = last(
        cb,
        "बाजार आज भी बंद रहे।",
        "वैज्ञानिकों ने अपने अध्ययन में पुराने आंकड़े लिए।",
        "उन्होंने बताया कि भारत में मामले घटेंगे।",
    )
    assert row["speaker"] != "indian_official"


# ---------------------------------------------------------------- rule 2: the addressed speech act
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("कोरोना: अदालत की पुलिस को सलाह, लोगों से नरमी बरतें", ("reported", "india")),  # a court, advice
        ("पुतिन की अमेरिका को चेतावनी, दखल न दे", ("reported", "russia")),  # a gazetteer name, warning
        ("राज्यपाल की जनता से घरों में रहने की अपील", ("reported", "india")),  # से, the content's own की
        ("इमरान खान की जनता से न घबराने की अपील", ("reported", "pakistan")),  # a negated content
        ("फ्रांस की नागरिकों से घर लौटने की अपील", ("reported", "other")),  # a third state as agent
        ("भारत की पाकिस्तान को दो टूक चेतावनी", ("reported", "india")),  # an intensifier before the noun
        ("मुख्यमंत्री की अफसरों को नसीहत, समय पर दफ्तर आएं", ("reported", "india")),  # addressee a role
        ("4- रमेश वर्मा का व्यापारियों को निर्देश", ("reported", "india")),  # a list number, an unlisted name
    ],
)
def test_a_headline_s_speech_act_addressed_with_ko_or_se_is_its_genitive_agent_s(cb, text, expected):
    row = one(cb, text, role="headline")
    assert said(row) == expected
    assert "speakers round 25" in row["speaker_rule"]


def test_the_addressed_act_is_read_in_a_body_unit_too_and_shows_in_explain(cb):
    row = one(cb, "पाकिस्तान के विदेश मंत्री की भारत को धमकी")
    assert who(row) == ("pakistani_official", "pakistan")
    assert "addressed" in row["voice_rule"]


@pytest.mark.parametrize(
    "text",
    [
        "चीन, ईरान और इटली की यात्रा से बचने की सलाह",  # से governed by the infinitive: no addressee
        "बारिश की वजह से लोगों को सलाह",  # a cause, not an addressee
        "आइए जानते हैं क्या है डॉक्टरों की लोगों को सलाह।",  # a teaser's question: the agent opens no clause
        "मंत्री की लोगों को सलाह पर अमल हुआ",  # the noun does not end its clause
    ],
)
def test_what_is_no_addressed_speech_act_stays_as_it_was(cb, text):
    row = one(cb, text, role="headline")
    assert "speakers round 25" not in row["speaker_rule"] + row["voice_rule"]


def test_an_agent_marked_with_ne_keeps_the_marker_s_reading(cb):
    row = one(cb, "सरकार ने कहा कि यह अदालत की पुलिस को सलाह है।")
    assert "speakers round 25" not in row["speaker_rule"]


def test_addressed_act_finds_the_span_from_the_agent_s_genitive():
    hit = addressed_act("नेता की समर्थकों से शांति की अपील, घर लौटें", ())
    assert hit is not None and hit.pattern.startswith("की समर्थकों से") and hit.pattern.endswith("अपील")
    assert addressed_act("नेता की समर्थकों से शांति की अपील", [(0, 40)]) is None  # inside quoted words


def test_the_addressed_act_of_a_headline_is_the_article_s_first_speaker(cb):
    rows = code(cb, "कोरोना: अदालत की पुलिस को सलाह", "पुलिस ने गश्त बढ़ाई।", roles=["headline", "body"])
    assert said(rows.iloc[0]) == ("reported", "india")
