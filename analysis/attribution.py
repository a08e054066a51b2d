"""Sources and speakers: who a unit's words are attributed to (steps 4 and 5 of coding).

A source is a named actor or place, a speaker pronoun or an unnamed source noun
("सूत्रों"). It attributes words only when it stands next to a marker ("X ने", "X के
मुताबिक", "… : X") in the same clause, outside the quoted words. The speaker is the
earliest agent found that way; a pronoun resolves to the most recent named speaker of
the article, which the caller passes in.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.codebook import Codebook, Hit
from analysis.cues import Cue, Region, UnitText, drop_contained, inside
from analysis.vocab import is_word_char


@dataclass(frozen=True)
class Mention:
    """A named entity, a speaker pronoun or an unnamed source noun in the unit."""

    kind: str  # actor | place | pronoun | source_noun
    name: str
    pattern: str
    start: int
    end: int


@dataclass(frozen=True)
class Speaker:
    """The speaker of a unit (actor id or ""), the rule that found it and its evidence."""

    actor: str
    rule: str
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A possible agent: where it stands, who it is and which rule proposes it."""

    pos: int
    mention: Mention
    rule: str


def source_mentions(unit: UnitText, named: Sequence[Hit]) -> list[Mention]:
    """Possible sources: named entities, speaker pronouns, unnamed source nouns."""
    ms = [Mention(h.kind, h.name, h.pattern, h.start, h.end) for h in named]
    ms += [Mention("pronoun", "", h.pattern, h.start, h.end) for h in unit.of("pronoun")]
    ms += [Mention("source_noun", "", h.pattern, h.start, h.end) for h in unit.of("source_noun")]
    return drop_contained(ms)


def same_quote(a: int, b: int, regions: Sequence[Region]) -> bool:
    """True when positions `a` and `b` lie inside one quoted stretch."""
    return any(s <= a < e and s <= b < e for s, e in regions)


def near_before(unit: UnitText, pos: int, mentions: Sequence[Mention], regions: Sequence[Region],
                window: int) -> Mention | None:
    """The mention nearest before `pos` in the same clause, not in the same quote.

    A name in quotation marks right before an unquoted marker ("‘आईएसपीआर’ ने")
    is still the agent; a name inside the quoted words that contain `pos` is not.
    """
    i = bisect.bisect_right([m.end for m in mentions], pos) - 1  # mentions: disjoint, in text order
    if i < 0:
        return None
    m = mentions[i]
    if same_quote(m.start, pos, regions) or unit.index.tokens_between(m.end, pos) > window \
            or unit.index.clause_break_between(m.end, pos):
        return None
    return m


def near_after(unit: UnitText, pos: int, mentions: Sequence[Mention], regions: Sequence[Region],
               window: int) -> Mention | None:
    """The mention nearest after `pos` in the same clause, not in the same quote."""
    i = bisect.bisect_left([m.start for m in mentions], pos)
    if i >= len(mentions):
        return None
    m = mentions[i]
    if same_quote(m.start, pos, regions) or unit.index.tokens_between(pos, m.start) > window \
            or unit.index.clause_break_between(pos, m.start):
        return None
    return m


def sourced_attributions(unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region],
                         window: int) -> list[Hit]:
    """Attribution phrases ("X के अनुसार") with a source next to them, outside quotes.

    "नियम के अनुसार" (according to a rule) names no source and attributes nothing.
    """
    return [h for h in unit.of("attribution") if not inside(h.start, regions)
            and (near_before(unit, h.start, mentions, regions, window)
                 or near_after(unit, h.end, mentions, regions, window))]


def trailing_source(unit: UnitText, named: Sequence[Hit], separators: frozenset[str]) -> Hit | None:
    """"… : लावरोव" — a unit that ends in a separator and one actor's name."""
    text = unit.text
    cut = max((i for i, ch in enumerate(text) if ch in separators), default=-1)
    if cut < 0:
        return None
    tail = [h for h in named if h.start > cut and h.kind == "actor"]
    if len(tail) != 1:
        return None
    h = tail[0]
    rest = text[cut + 1:h.start] + text[h.end:]
    return h if not any(is_word_char(c) for c in rest) else None


def marker_candidates(unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region],
                      window: int) -> list[Candidate]:
    """Agents next to a source marker: a name before "ने"/"के मुताबिक", or after "according to"."""
    out = []
    for h in unit.of("source_before"):
        m = None if inside(h.start, regions) else near_before(unit, h.start, mentions, regions, window)
        if m is not None:
            out.append(Candidate(m.start, m, f"name before source marker '{unit.show(h.start, h.end)}'"))
    for h in unit.of("source_after"):
        m = None if inside(h.start, regions) else near_after(unit, h.end, mentions, regions, window)
        if m is not None:
            out.append(Candidate(m.start, m, f"name after source marker '{unit.show(h.start, h.end)}'"))
    return out


def speaker_candidates(unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region],
                       trailing: Hit | None, window: int) -> list[Candidate]:
    """Every agent the unit marks; a name next to a speech verb only when nothing else is marked."""
    cands = marker_candidates(unit, mentions, regions, window)
    cands += [Candidate(h.start, Mention("pronoun", "", h.pattern, h.start, h.end), "self-marked pronoun")
              for h in unit.of("self_marked") if not inside(h.start, regions)]
    if trailing is not None:
        t = trailing
        cands.append(Candidate(t.start, Mention("actor", t.name, t.pattern, t.start, t.end),
                               "trailing source ': <actor>'"))
    verbs = [h for h in unit.of("speech_verb") if not inside(h.start, regions)]
    if not cands and verbs:
        v = verbs[0]
        m = near_before(unit, v.start, mentions, regions, window) or near_after(unit, v.end, mentions, regions, window)
        if m is not None:
            cands.append(Candidate(m.start, m, f"name next to speech verb '{unit.show(v.start, v.end)}'"))
    return cands


def resolve(unit: UnitText, chosen: Candidate, last_speaker: str, codebook: Codebook) -> Speaker:
    """The actor a chosen agent stands for: pronouns → last named speaker, places → their actor."""
    m, rule = chosen.mention, chosen.rule
    said = unit.show(m.start, m.end)
    if m.kind == "pronoun":
        cue = unit.cue("speaker", last_speaker or "(unresolved)", m.pattern, m.start, m.end)
        who = last_speaker or "nobody named yet"
        return Speaker(last_speaker, f"{rule}: pronoun '{said}' → most recent named speaker ({who})", (cue,))
    if m.kind == "source_noun":
        cue = unit.cue("speaker", "(unnamed source)", m.pattern, m.start, m.end)
        return Speaker("", f"{rule}: unnamed source '{said}'", (cue,))
    actor = m.name if m.kind == "actor" else codebook.places[m.name].actor
    cue = unit.cue("speaker", actor or f"(place:{m.name})", m.pattern, m.start, m.end)
    return Speaker(actor, f"{rule}: '{said}'", (cue,))


def code_speaker(unit: UnitText, mentions: Sequence[Mention], regions: Sequence[Region], trailing: Hit | None,
                 quote_speaker: str, last_speaker: str, codebook: Codebook) -> Speaker:
    """The speaker of a quoted or reported unit.

    The earliest marked agent wins; without one, a quotation continued from the previous
    unit keeps its speaker (`quote_speaker`, "" when no quotation continues), and, if the
    codebook says so, an agentless statement goes to the most recent named speaker.
    """
    cands = speaker_candidates(unit, mentions, regions, trailing, codebook.voice.source_window_tokens)
    if cands:
        return resolve(unit, min(cands, key=lambda c: (c.pos, c.rule)), last_speaker, codebook)
    if quote_speaker:
        return Speaker(quote_speaker, "continues the quotation of the previous unit's speaker")
    if codebook.voice.agentless_resolves_to_last_speaker and last_speaker:
        return Speaker(last_speaker, "no agent named → most recent named speaker")
    return Speaker("", "no speaker named")
