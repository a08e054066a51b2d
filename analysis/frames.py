"""Step 2 of coding: which frames a unit's own words carry.

A frame applies when one of its cues, or a named mention of one of its `mentions`
groups (a place id or an actor's side), occurs in the unit. Pronouns never carry a
frame: "हम इसका स्वागत करते हैं" is about diplomacy only, whatever the previous unit said.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.codebook import Codebook, Hit
from analysis.cues import Cue, UnitText, groups_of


def code_frames(unit: UnitText, mentions: Sequence[Hit], codebook: Codebook) -> tuple[tuple[str, ...], list[Cue]]:
    """The frames of one unit in codebook order, and the cues that fired each."""
    frames: list[str] = []
    cues: list[Cue] = []
    for f in codebook.frames:
        fired = [h for h in unit.of("frame") if h.name == f.id]
        if f.mentions:
            fired += [h for h in mentions if set(groups_of(h, codebook)) & set(f.mentions)]
        cues += [unit.cue("frames", f.id, h.pattern, h.start, h.end) for h in fired]
        if fired:
            frames.append(f.id)
    return tuple(frames), cues
