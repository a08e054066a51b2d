"""Step 3 of coding: stance toward each target relationship.

A target is spoken of when all its parties are named in the unit, or when the unit
opens with a carry pronoun ("इससे …") and the previous unit spoke of it. Its favor and
against cues then count; a negation cue near a cue in the same clause flips that cue's
polarity; with several targets named, each cue goes to the target whose parties are
named nearest to it. The counts become a stance by `analysis.vocab.decide_stance`, the
one tie rule of the package.
"""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from analysis.codebook import Codebook, Hit, StanceRules, Target
from analysis.cues import Cue, TokenIndex, UnitText
from analysis.vocab import decide_stance


@dataclass(frozen=True)
class SpokenOf:
    """Which targets a unit speaks of, and how: parties named, or carried by a pronoun."""

    named: Mapping[str, bool]
    carried: Mapping[str, bool]
    carry: Hit | None  # the opening pronoun that carries, if any

    def about(self, target_id: str) -> bool:
        return self.named[target_id] or self.carried[target_id]


@dataclass(frozen=True)
class StanceCoding:
    """Stance, spoken-of flags and a note per target, plus the cues behind them."""

    stance: dict[str, str]
    about: dict[str, bool]
    notes: dict[str, str]
    cues: list[Cue]


def spoken_of(unit: UnitText, targets: Sequence[Target], groups_at: Mapping[str, list[int]],
              previous_about: Collection[str], rules: StanceRules) -> SpokenOf:
    """Targets named in the unit, and targets carried over from the previous unit."""
    carry = [h for h in unit.of("carry") if unit.index.token_index(h.start) < rules.carry_within_tokens]
    named = {t.id: all(p in groups_at for p in t.parties) for t in targets}
    carried = {t.id: (not named[t.id]) and bool(carry) and t.id in previous_about for t in targets}
    return SpokenOf(named, carried, carry[0] if carry else None)


def spoken_notes(unit: UnitText, targets: Sequence[Target], spoken: SpokenOf,
                 groups_at: Mapping[str, list[int]]) -> tuple[dict[str, str], list[Cue]]:
    """Why each target is (not) spoken of, and the carry pronoun as evidence."""
    notes: dict[str, str] = {}
    cues: list[Cue] = []
    for t in targets:
        if spoken.carried[t.id]:
            h = spoken.carry
            cues.append(unit.cue(f"stance_{t.id}", "carried", h.pattern, h.start, h.end))
            notes[t.id] = f"carried from the previous unit by '{unit.text[h.start:h.end]}'"
        elif spoken.named[t.id]:
            notes[t.id] = "parties named: " + ", ".join(t.parties)
        else:
            missing = [p for p in t.parties if p not in groups_at]
            notes[t.id] = "not spoken of (not named: " + ", ".join(missing) + ")"
    return notes, cues


def nearest_target(cue: Hit, named: Sequence[Target], groups_at: Mapping[str, list[int]],
                   index: TokenIndex) -> bool:
    """With several targets named, a cue counts for the target(s) named nearest to it.

    A target's distance is that of its farthest party (each party at its nearest mention).
    """
    if len(named) < 2 or cue.name not in {t.id for t in named}:
        return True
    pos = index.token_index(cue.start)

    def distance(target: Target) -> int:
        return max(min(abs(index.token_index(s) - pos) for s in groups_at[p]) for p in target.parties)

    dist = {t.id: distance(t) for t in named}
    return dist[cue.name] == min(dist.values())


def negation_of(cue: Hit, negations: Sequence[Hit], index: TokenIndex, rules: StanceRules) -> Hit | None:
    """The negation that flips `cue`: within the codebook's window, in the same clause."""
    first, last = index.token_index(cue.start), index.token_index(max(cue.start, cue.end - 1))
    for n in negations:
        if cue.start <= n.start < cue.end:
            continue  # a negation inside the cue's own words is part of the cue
        ni = index.token_index(n.start)
        if n.start >= cue.end and ni - last <= rules.negation_after_tokens \
                and not index.clause_break_between(cue.end, n.start):
            return n
        if n.end <= cue.start and first - ni <= rules.negation_before_tokens \
                and not index.clause_break_between(n.end, cue.start):
            return n
    return None


def polarity_cues(unit: UnitText, h: Hit, kind: str, negation: Hit | None) -> tuple[str, list[Cue]]:
    """A favor/against cue's polarity after negation, and its evidence rows."""
    var = f"stance_{h.name}"
    if negation is None:
        return kind, [unit.cue(var, kind, h.pattern, h.start, h.end)]
    flipped = "against" if kind == "favor" else "favor"
    return flipped, [
        unit.cue(var, "negation", negation.pattern, negation.start, negation.end),
        unit.cue(var, flipped, f"{h.pattern} + {negation.pattern} (negated {kind})", h.start, h.end),
    ]


def count_cues(unit: UnitText, codebook: Codebook, spoken: SpokenOf,
               groups_at: Mapping[str, list[int]]) -> tuple[dict[str, dict[str, int]], list[Cue]]:
    """Favor and against cues per spoken-of target, after negation and nearest-target rules."""
    named = [t for t in codebook.targets if spoken.named[t.id]]
    negations = unit.of("negation")
    counts = {t.id: {"favor": 0, "against": 0} for t in codebook.targets}
    cues: list[Cue] = []
    for kind in ("favor", "against"):
        for h in unit.of(kind):
            if not spoken.about(h.name) or not nearest_target(h, named, groups_at, unit.index):
                continue
            polarity, evidence = polarity_cues(unit, h, kind, negation_of(h, negations, unit.index, codebook.stance))
            counts[h.name][polarity] += 1
            cues += evidence
    return counts, cues


def code_stance(unit: UnitText, groups_at: Mapping[str, list[int]], previous_about: Collection[str],
                codebook: Codebook) -> StanceCoding:
    """Stance toward every codebook target for one unit."""
    targets = codebook.targets
    spoken = spoken_of(unit, targets, groups_at, previous_about, codebook.stance)
    notes, cues = spoken_notes(unit, targets, spoken, groups_at)
    counts, count_evidence = count_cues(unit, codebook, spoken, groups_at)
    stance: dict[str, str] = {}
    for t in targets:
        favor, against = counts[t.id]["favor"], counts[t.id]["against"]
        stance[t.id] = decide_stance(favor, against, codebook.stance.on_tie)
        if spoken.about(t.id):
            notes[t.id] += f"; favor cues {favor}, against cues {against}"
    about = {t.id: spoken.about(t.id) for t in targets}
    return StanceCoding(stance, about, notes, cues + count_evidence)
