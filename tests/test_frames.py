"""Step 2 of coding: a unit's own words carry its frames, in codebook order."""

from __future__ import annotations

from pathlib import Path

from analysis.cues import match_cues, named_mentions
from analysis.frames import code_frames

ROOT = Path(__file__).resolve().parent.parent


def frames_of(text, cb):
    unit = match_cues(text, cb)
    return code_frames(unit, named_mentions(unit), cb)


def test_a_frame_cue_fires_its_frame_with_evidence(cb):
    frames, cues = frames_of("किसानों ने तेल की कीमतों पर आवाज उठाई", cb)
    assert frames == ("economy",)
    assert [(c.variable, c.value, c.text) for c in cues] == [("frames", "economy", "तेल")]


def test_naming_a_group_of_the_frame_fires_it_without_any_cue(cb):
    frames, cues = frames_of("काबुल में हालात तेजी से बदल रहे हैं", cb)
    assert frames == ("regional",)
    assert cues[0].text == "काबुल"


def test_pronouns_carry_no_frame(cb):
    assert frames_of("यह फैसला अहम है", cb) == ((), [])


def test_frames_follow_codebook_order_not_text_order(cb):
    frames, _ = frames_of("निवेश के लिए सैनिक अड्डे खोले गए", cb)
    assert frames == ("military", "economy")
