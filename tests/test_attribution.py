"""Step 5 of coding: the speaker is the earliest agent a unit marks outside quoted words."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.attribution import code_speaker, near_before, role_mentions, source_mentions
from analysis.cues import match_cues, named_mentions
from analysis.voice import quotation

ROOT = Path(__file__).resolve().parent.parent


def speaker_of(text, cb, regions=(), quote_speaker="", last_speaker=""):
    unit = match_cues(text, cb)
    named = named_mentions(unit)
    mentions = source_mentions(unit, named, role_mentions(unit, named, cb))
    return code_speaker(unit, mentions, regions, None, quote_speaker, last_speaker, cb)


def test_sources_are_names_roles_and_pronouns(cb):
    unit = match_cues("सूत्रों के मुताबिक उन्होंने जयशंकर से बात की", cb)
    named = named_mentions(unit)
    kinds = [(m.kind, m.name) for m in source_mentions(unit, named, role_mentions(unit, named, cb))]
    # round 4: unnamed sources are their own role group (anonymous: sided only by a country named with them)
    assert kinds == [("role", "sources"), ("pronoun", ""), ("actor", "jaishankar")]


def test_a_name_before_ne_is_near_but_not_across_a_comma(cb):
    unit = match_cues("बागची ने कहा", cb)
    mentions = source_mentions(unit, named_mentions(unit))
    (marker,) = unit.of("source_before")
    assert near_before(unit, marker.start, mentions, (), cb.voice.source_window_tokens).name == "bagchi"
    unit = match_cues("बागची, सचिव ने कहा", cb)
    mentions = source_mentions(unit, named_mentions(unit))
    (marker,) = unit.of("source_before")
    assert near_before(unit, marker.start, mentions, (), cb.voice.source_window_tokens) is None


def test_a_place_speaks_as_its_actor(cb):
    sp = speaker_of("चीन ने कहा कि वह तैयार है", cb)
    assert sp.actor == "china" and sp.rule == "name before source marker 'ने': 'चीन'"
    assert [(c.variable, c.value, c.text) for c in sp.cues] == [("speaker", "china", "चीन")]


def test_a_pronoun_resolves_to_the_last_named_speaker(cb):
    sp = speaker_of("उन्होंने बताया कि बैठक टल गई", cb, last_speaker="bagchi")
    assert sp.actor == "bagchi" and sp.rule.endswith("→ most recent named speaker (bagchi)")
    # speakers round 20: with nobody named before, the pronoun is an unnamed speaker (v1.1: state not named → other)
    alone = speaker_of("उन्होंने बताया कि बैठक टल गई", cb)
    assert alone.actor == "unnamed_official" and "nobody named earlier in the article" in alone.rule
    assert alone.cues[0].value == "unnamed_official"


def test_unnamed_sources_without_a_country_are_an_unnamed_official_of_side_other(cb):
    # v1.1: "an unnamed official whose state the unit does not name → other"
    sp = speaker_of("सूत्रों ने बताया कि बैठक टल गई", cb, last_speaker="bagchi")
    assert sp.actor == "unnamed_official" and cb.actors[sp.actor].side == "other"
    assert sp.rule == (
        "name before source marker 'ने': role phrase 'सूत्रों' → sources role, no country named: unnamed_official"
    )


def test_a_name_inside_the_quoted_words_is_not_the_speaker(cb):
    text = 'हमने "मोदी ने कहा था" वाली बात सुनी'
    quoted = quotation(match_cues(text, cb).text, open_at_start=False).regions
    # speakers round 21: quoted words with nobody named are an unnamed source's (was "")
    assert speaker_of(text, cb, regions=quoted).actor == "unnamed_official"
    assert speaker_of(text, cb).actor == "modi"  # the same words unquoted


def test_without_an_agent_a_continued_quotation_keeps_its_speaker(cb):
    sp = speaker_of("हम पीछे नहीं हटेंगे", cb, quote_speaker="lavrov", last_speaker="qureshi")
    assert (sp.actor, sp.rule) == ("lavrov", "continues the quotation of the previous unit's speaker")


def test_without_an_agent_the_codebook_may_fall_back_to_the_last_speaker(cb):
    assert cb.voice.agentless_resolves_to_last_speaker
    sp = speaker_of("बैठक की घोषणा की गई", cb, last_speaker="qureshi")
    assert (sp.actor, sp.rule) == ("qureshi", "no agent named → most recent named speaker")
    # speakers round 18: with nobody named earlier, an agentless passive statement is an unnamed
    # source (v1.1: an unnamed official whose state is not named → other), never the fallback
    sp = speaker_of("बैठक की घोषणा की गई", cb)
    assert sp.actor == "unnamed_official" and "most recent" not in sp.rule
    assert speaker_of("उन्होंने घोषणा की", cb).actor == "unnamed_official"  # speakers round 20: no fallback either


# ---------------------------------------------------------------- v1.2: more roles (invented sentences)


@pytest.mark.parametrize(
    "text,actor",
    [
        # v1.2 convention: a local office with no country named serves the home country (india)
        ("जिलाधिकारी ने बताया कि स्कूल कल खुलेंगे", "indian_official"),  # a district official, no country
        ("अधिकारियों ने बताया कि स्कूल कल खुलेंगे", "unnamed_official"),  # a national-level official stays other
        ("पाकिस्तान के मुख्यमंत्री ने कहा कि बिजली आएगी", "pakistani_official"),  # a country named before the role
        ("भारतीय वैज्ञानिकों का कहना है कि टीका सुरक्षित है", "india"),  # experts speak for their country
        ("विश्व स्वास्थ्य संगठन ने चेतावनी दी कि खतरा टला नहीं", "intl_org"),  # an international organisation
        ("डब्ल्यूएचओ के मुताबिक मामले घटे हैं", "intl_org"),  # its short form
        # v1.2 convention: private people are sided like experts, with their (here: the home) country
        ("ग्रामीणों ने बताया कि सड़क टूटी है", "india"),  # unnamed people
        ("चश्मदीदों के अनुसार आग सुबह लगी", "india"),  # Urdu register
        ("काबुल के निवासियों ने बताया कि सड़क टूटी है", "other_state"),  # a foreign country named with them
    ],
)
def test_roles_of_every_level_resolve_to_a_speaker(cb, text, actor):
    sp = speaker_of(text, cb)
    assert sp.actor == actor
    sides = {"pakistani_official": "pakistan", "india": "india", "indian_official": "india"}
    assert cb.actors[actor].side == sides.get(actor, "other")
