"""Stance round 46 (issue #12): the story's pair past a passing mention of a third state.

In a Russia–Pakistan story whose headline and lead sentence name that pair, one sentence on India
("भारत ने … चिंता जताई थी") sets Russia–India for that sentence only: the next unit, narrating with only
Russia named, has returned to the story's pair (`stance.unit_pairs`, `stance.narrated`). A statement
after the aside (a speech verb: the answer to it; a source phrase is none) or a unit pointing back with a carry
pronoun ("यह अनुरोध") goes on with the aside's pair, as before. A headline that names India in passing
while the lead sentence names Pakistan settles nothing (`coding.opened_by`). `explain` says which pair
was read and which aside was passed over.

Every sentence here was written for the tests (none is taken from a set).
"""

from __future__ import annotations

from tests.stance_units import code_article

PK_NAVY = [
    "रूस और पाकिस्तान की नौसेनाओं का साझा अभ्यास कराची में शुरू",
    "कराची में रूस और पाकिस्तान की नौसेनाओं का पहला साझा अभ्यास मंगलवार को शुरू हुआ।",
]
INDIA_ASIDE = "भारत ने इस अभ्यास पर रूस के सामने अपनी चिंता जताई थी।"


def test_a_narrated_unit_after_the_aside_is_the_story_pair(cb):
    last = code_article([*PK_NAVY, INDIA_ASIDE, "मगर रूस ने अभ्यास तय तारीख़ पर ही शुरू किया।"], cb)[-1]
    assert last.stance == {"ru_pk": "favor", "ru_in": "none"}
    assert "not the aside's (ru_in)" in last.stance_notes["ru_pk"]


def test_a_negated_narrated_unit_after_the_aside(cb):
    unit = "रूसी कंपनियों ने लंबे समय के ठेके पर अब तक कोई वादा नहीं किया है।"
    last = code_article([*PK_NAVY, INDIA_ASIDE, unit], cb)[-1]
    assert last.about["ru_pk"] and not last.about["ru_in"]


def test_a_source_phrase_is_no_reply(cb):
    unit = "ख़बरों के मुताबिक़ रूस ने अभ्यास की जगह बदली, लेकिन अभ्यास रद्द नहीं किया।"
    last = code_article([*PK_NAVY, INDIA_ASIDE, unit], cb)[-1]
    assert last.about["ru_pk"] and not last.about["ru_in"]


def test_a_reply_to_the_aside_goes_on_with_its_pair(cb):
    reply = "रूसी दूतावास ने सफ़ाई दी कि अभ्यास किसी तीसरे देश के ख़िलाफ़ नहीं है।"
    last = code_article([*PK_NAVY, INDIA_ASIDE, reply], cb)[-1]
    assert last.about["ru_in"] and not last.about["ru_pk"]


def test_a_carry_pronoun_points_back_to_the_aside(cb):
    asked = "भारत ने रूस से यह अभ्यास टालने का आग्रह किया था।"
    last = code_article([*PK_NAVY, asked, "रूस ने यह आग्रह नहीं माना।"], cb)[-1]
    assert not last.about["ru_pk"]


def test_a_headline_naming_india_in_passing_settles_no_main_pair(cb):
    story = [
        "रूसी हेलिकॉप्टरों पर भारत की आपत्ति बेअसर",
        "रूस ने पाकिस्तान को चार लड़ाकू हेलिकॉप्टर बेचने का करार किया है।",
        INDIA_ASIDE,
        "मगर रूस ने सौदा तय समय पर ही पूरा किया।",
    ]
    last = code_article(story, cb)[-1]
    assert "not the aside's" not in " ".join(last.stance_notes.values())


def test_explain_reads_the_sentence_in_its_article(cb):
    from analysis.coding import explain

    text = explain("मगर रूस ने अभ्यास तय तारीख़ पर ही शुरू किया।", cb, [*PK_NAVY, INDIA_ASIDE])
    assert "Read after 3 earlier unit(s) of its article" in text
    assert "not the aside's (ru_in)" in text
    assert "Read after" not in explain("मगर रूस ने अभ्यास तय तारीख़ पर ही शुरू किया।", cb)
