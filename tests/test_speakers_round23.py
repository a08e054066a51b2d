"""Speakers, round 23 (issue #12): the home's offices an article has introduced, and a wire digest's items.

Every sentence was written for these tests from the design codebook v1.1 (Voice and speakers: an
official → the state they serve; an unnamed official whose state the unit does not name → other),
v1.3's reading of a national office in a unit that names the home, and from how Hindi news drops an
office's qualifier once it has introduced it ("केंद्रीय गृह मंत्रालय …", then "मंत्रालय ने …") and how
a wire's digest runs items of several desks in one file ("<desk><number> <slug> <place> : …").
Names of people are made up. None is copied from a corpus, a seed or an invented set. They are
development text: passing them is in-sample.
"""

from __future__ import annotations

import pytest

from analysis.attribution import wire_item
from tests.test_attribution_language import last
from tests.test_attribution_language import speaker_side as said


# ---------------------------------------------------------------- the home's office, introduced earlier
def test_a_union_ministry_after_a_dateline_is_what_a_later_bare_ministry_refers_to(cb):
    row = last(
        cb,
        "नई दिल्ली, दस मई (भाषा) केंद्रीय गृह मंत्रालय ने शनिवार को कहा कि दुकानें खुलेंगी।",
        "मंत्रालय ने बताया कि बसें भी चलेंगी।",
    )
    assert said(row) == ("india", "india")
    assert "earlier unit" in row["speaker_rule"]


def test_a_ministry_v13_gives_the_home_is_the_home_s_again_when_named_bare_later(cb):
    row = last(cb, "गृह मंत्रालय ने कहा कि भारत में दुकानें खुलेंगी।", "मंत्रालय ने यह भी बताया कि बसें चलेंगी।")
    assert said(row) == ("india", "india")


def test_a_state_s_minister_named_bare_later_is_still_that_state_s(cb):
    row = last(cb, "असम के स्वास्थ्य मंत्री ने कहा कि अस्पताल तैयार हैं।", "स्वास्थ्य मंत्री ने आगे कहा कि दवाएं पर्याप्त हैं।")
    assert said(row) == ("indian_official", "india")


def test_officials_tied_to_a_home_city_are_the_officials_a_later_unit_cites(cb):
    row = last(
        cb,
        "अधिकारियों ने बताया कि लखनऊ में चार नए मामले मिले हैं।",
        "बाजार आज भी बंद रहे।",
        "अधिकारियों ने बताया कि सभी मरीज स्थिर हैं।",
    )
    assert row["speaker_side"] == "india"


def test_a_bare_ministry_no_unit_has_tied_to_a_state_stays_v11_s_unnamed_official(cb):
    row = last(cb, "बाजार आज भी बंद रहे।", "मंत्रालय ने कहा कि दुकानें खुलेंगी।")
    assert said(row) == ("unnamed_official", "other")


def test_the_home_s_prime_minister_named_earlier_stays_that_person(cb):
    row = last(cb, "प्रधानमंत्री रमेश कुमार ने कहा कि संकट बड़ा है।", "प्रधानमंत्री ने कहा कि हम जीतेंगे।")
    assert row["speaker"] != "indian_official" or row["speaker_side"] == "india"
    row = last(cb, "प्रधानमंत्री नरेंद्र मोदी ने कहा कि संकट बड़ा है।", "प्रधानमंत्री ने कहा कि हम जीतेंगे।")
    assert said(row) == ("modi", "india")  # a title one person holds is that person, not a learned office


def test_a_foreign_ministry_introduced_later_takes_over_the_bare_noun(cb):
    row = last(
        cb,
        "विदेश मंत्रालय ने कहा कि भारत अपने नागरिकों को वापस लाएगा।",
        "ईरान के विदेश मंत्रालय ने कहा कि उड़ानें बंद हैं।",
        "मंत्रालय ने बताया कि हालात सुधर रहे हैं।",
    )
    assert row["speaker_side"] == "other"  # round 4: the most recent office learned for the noun


# ---------------------------------------------------------------- a wire digest's new item
DIGEST_HOME = "दि3 वायरस जांच नई दिल्ली : केंद्रीय स्वास्थ्य मंत्रालय ने कहा कि जांच बढ़ेगी।"


@pytest.mark.parametrize("opening", [DIGEST_HOME, DIGEST_HOME.replace("केंद्रीय स्वास्थ्य", "भारत के स्वास्थ्य")])
def test_a_digest_s_foreign_item_forgets_the_home_office_an_earlier_item_introduced(cb, opening):
    row = last(cb, opening, "वि4 वायरस नेपाल काठमांडू : नेपाल में मामले बढ़े हैं।", "स्वास्थ्य मंत्रालय ने बताया कि सीमाएं बंद रहेंगी।")
    assert said(row) == ("unnamed_official", "other")  # v1.1: the new item's office, its state not named here


def test_without_a_new_item_the_bare_ministry_is_still_the_one_introduced(cb):
    row = last(cb, DIGEST_HOME, "अस्पतालों में भीड़ कम है।", "स्वास्थ्य मंत्रालय ने बताया कि सीमाएं बंद रहेंगी।")
    assert said(row) == ("india", "india")


@pytest.mark.parametrize("text", ["वि12 वायरस जापान टोक्यो : …", "प्रादे7 बाढ़ असम …", "अर्थ2 बाजार …", "खेल15 क्रिकेट …"])
def test_a_desk_and_number_open_a_digest_item(text):
    assert wire_item(text)


@pytest.mark.parametrize("text", ["विदेश मंत्रालय ने कहा …", "दिल्ली में 12 मामले …", "वि 12 …", "रिपोर्ट12 …"])
def test_words_that_only_look_like_a_desk_open_no_item(text):
    assert not wire_item(text)
