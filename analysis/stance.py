"""Step 3 of coding: stance toward each target relationship.

A target is spoken of when all its parties are named in the unit; when the unit opens
with a carry pronoun ("इससे …") and the previous unit spoke of it; or when the unit names
the pair of the article ("दोनों देश", or one party with a relation noun: "रूस के साथ
संबंध") and that pair is the target the article last named. Its favor and against cues
(relationship predicates by family) then count; a negation cue near a cue in the same
clause flips that cue's polarity ("न केवल" is no negation); with several targets named,
each cue goes to the target whose parties are named nearest to it; with clauses of both
polarities, the main clause decides (contrast: लेकिन, हालांकि, के बावजूद). The counts
become a stance by `analysis.vocab.decide_stance`, the one tie rule of the package. A
reported unit that only attributes its referent ("X ने यह जानकारी दी") takes the previous
unit's stance (`inherit_referent`).
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from analysis.codebook import Codebook, Hit, StanceRules, Target
from analysis.cues import Cue, Region, TokenIndex, UnitText, drop_contained, inside
from analysis.vocab import decide_stance


@dataclass(frozen=True)
class SpokenOf:
    """Which targets a unit speaks of, and how: parties named, or carried by a pronoun."""

    named: Mapping[str, bool]
    carried: Mapping[str, bool]
    carry: Hit | None  # the opening pronoun that carries, if any
    paired: Mapping[str, Hit] = field(default_factory=dict)  # target → pair phrase or relation noun
    implied: Mapping[str, Hit] = field(default_factory=dict)  # target → relational predicate, one party named

    def about(self, target_id: str) -> bool:
        return self.named[target_id] or self.carried[target_id] or target_id in self.paired or target_id in self.implied


@dataclass(frozen=True)
class StanceCoding:
    """Stance, spoken-of flags and a note per target, plus the cues behind them."""

    stance: dict[str, str]
    about: dict[str, bool]
    notes: dict[str, str]
    cues: list[Cue]
    named: frozenset[str] = frozenset()  # targets with every party named in the unit (the article's pair)


def spoken_of(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    previous_about: Collection[str],
    rules: StanceRules,
    article_pair: Collection[str] = (),
    states: Collection[str] = (),
) -> SpokenOf:
    """Targets named in the unit, carried over from the previous unit, or named as the article's pair.

    "दोनों देश" (a pair phrase) speaks of the pair the article last named with all its
    parties. So does one party named with a relation noun ("रूस के साथ रिश्ते") or a
    partner marker ("रूस के साथ करार", the other party being the article's other one),
    unless the unit names another state (`states`): "रूस और चीन के रिश्ते" is not the
    Russia–Pakistan pair, whatever the article is about.
    """
    carry = [h for h in unit.of("carry") if unit.index.token_index(h.start) < rules.carry_within_tokens]
    named = {t.id: all(p in groups_at for p in t.parties) for t in targets}
    carried = {t.id: (not named[t.id]) and bool(carry) and t.id in previous_about for t in targets}
    weak = {
        t.id: h
        for t in targets
        if not (named[t.id] or carried[t.id])
        and t.id in previous_about
        and (h := weak_carry(unit, t, groups_at, rules, states)) is not None
    }
    if len(weak) == 1:  # carried to several targets, what it refers to is unclear
        ((tid, h),) = weak.items()
        carried[tid], carry = True, carry or [h]
    paired: dict[str, Hit] = {}
    implied: dict[str, Hit] = {}
    pair_phrases = unit.of("pair_phrase")
    one_party = [*unit.of("relation_noun"), *unit.of("partner_marker")]
    for t in targets:
        if named[t.id] or carried[t.id] or t.id not in article_pair:
            continue
        others = [g for g in groups_at if g in states and g not in t.parties]
        if pair_phrases:
            paired[t.id] = pair_phrases[0]
        elif one_party and not others and any(p in groups_at for p in t.parties):
            paired[t.id] = min(one_party, key=lambda h: h.start)
        elif not others and not organisations(unit) and any(p in groups_at for p in t.parties):
            hit = implied_partner(unit, t.id, rules)
            if hit is not None:
                implied[t.id] = hit
    if len(implied) > 1:  # the named party belongs to several of the article's pairs: whose partner is unclear
        implied = {}
    return SpokenOf(named, carried, carry[0] if carry else None, paired, implied)


def weak_carry(
    unit: UnitText, target: Target, groups_at: Mapping[str, list[int]], rules: StanceRules, states: Collection[str]
) -> Hit | None:
    """An opening determiner or agent pronoun that carries the previous unit's pair, when the unit is about ties.

    "इस समझौते से …", "उन्होंने कहा कि सहयोग …" (`carry.weak_pronouns`, and the agent
    pronouns of `voice.pronouns.self_marked`) refer back to what or who the previous unit
    named. They carry its target only where the unit names no state outside the target
    and speaks of ties: a relation noun or a predicate that needs a partner. "इस साल
    पाकिस्तान की अर्थव्यवस्था बढ़ी" carries nothing; nor does a word inside a longer cue
    ("मेड इन इंडिया"). When the previous unit spoke of several targets, none is carried.
    """
    within = rules.carry_within_tokens
    longer = [(f.start, f.end) for f in unit.of("frame")]  # "मेड इन इंडिया": its इन is no pronoun
    weak = [
        h
        for h in (*unit.of("weak_carry"), *unit.of("self_marked"))
        if unit.index.token_index(h.start) < within
        and not any(s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in longer)
    ]
    if not weak or organisations(unit) or any(g in states and g not in target.parties for g in groups_at):
        return None
    if unit.of("relation_noun") or implied_partner(unit, target.id, rules) is not None:
        return min(weak, key=lambda h: h.start)
    return None


def organisations(unit: UnitText) -> tuple[Hit, ...]:
    """International organisations named (the `international` speaker role: UN, IMF, World Bank …).

    They can be the partner of a predicate ("पाकिस्तान ने आईएमएफ से कर्ज का समझौता किया"),
    so a unit naming one leaves the partner open: no implied partner, no weak carry.
    """
    return tuple(h for h in unit.of("role") if h.name == "international")


def implied_partner(unit: UnitText, target_id: str, rules: StanceRules) -> Hit | None:
    """The first predicate of a relational family: a party acting toward an unnamed partner.

    "रूस ने हेलीकॉप्टर देने का वादा किया" in a Russia–Pakistan story names one party; a
    predicate of a family that needs a partner (supply, agreement, exercises, invitation,
    commitment …: `carry.implied_partner_families`) takes the article's other party as
    that partner. Growth or benefit words ("अर्थव्यवस्था बढ़ी") need no partner and do not.
    """
    families = rules.implied_partner_families
    hits = predicate_hits(unit, target_id, rules)
    return min((h for h in hits if family_of(h) in families), key=lambda h: h.start, default=None)


def family_of(hit: Hit) -> str:
    """The lexicon family of a shared predicate ("बढ़* (growth)" → growth); "" for a target's own cue.

    >>> family_of(Hit("favor", "ru_pk", "बढ़* (growth)", 0, 4)), family_of(Hit("favor", "ru_pk", "योगदान*", 0, 5))
    ('growth', '')
    """
    p = hit.pattern
    return p[p.rfind("(") + 1 : -1] if p.endswith(")") and "(" in p else ""


def _near(x: Hit, y: Hit, window: int, idx: TokenIndex) -> bool:
    """Two hits in one clause with at most `window` words between them, in either order."""
    a, b = (x, y) if x.end <= y.start else (y, x)
    return (
        a.end <= b.start
        and idx.tokens_between(a.end, b.start) <= window
        and not idx.clause_break_between(a.end, b.start)
    )


def compound_hits(unit: UnitText, target_id: str, rules: StanceRules) -> list[Hit]:
    """Two-part predicates: a `first` cue, then a `then` cue within the window, in one clause.

    "हेलीकॉप्टर देगा" (goods, then a verb of giving) is supply; "सिर्फ … तक" (only … up
    to) is a limit. A compound with `either_order` also matches the headline order
    ("पाकिस्तान को मिलेगा रूसी तेल"). The hit spans the second part, so a negation before it ("हथियार नहीं
    देगा") flips it like any predicate; a first part inside a negation-exempt phrase
    ("न सिर्फ … बल्कि") is no limit.
    """
    exempt = [(h.start, h.end) for h in unit.of("negation_exempt")]
    firsts = [h for h in unit.of("compound_first") if not inside(h.start, exempt)]
    idx, out = unit.index, []
    for then in unit.of("compound_then"):
        family, polarity, window, either = rules.compounds[int(then.name)]
        first = next(
            (
                f
                for f in reversed(firsts)
                if f.name == then.name and (f.end <= then.start or either) and _near(f, then, window, idx)
            ),
            None,
        )
        if first is not None:
            out.append(Hit(polarity, target_id, f"{first.pattern} … {then.pattern} ({family})", then.start, then.end))
    return out


def spoken_notes(
    unit: UnitText, targets: Sequence[Target], spoken: SpokenOf, groups_at: Mapping[str, list[int]]
) -> tuple[dict[str, str], list[Cue]]:
    """Why each target is (not) spoken of, and the carry pronoun as evidence."""
    notes: dict[str, str] = {}
    cues: list[Cue] = []
    for t in targets:
        if spoken.carried[t.id]:
            h = spoken.carry
            cues.append(unit.cue(f"stance_{t.id}", "carried", h.pattern, h.start, h.end))
            notes[t.id] = f"carried from the previous unit by '{unit.text[h.start : h.end]}'"
        elif spoken.named[t.id]:
            notes[t.id] = "parties named: " + ", ".join(t.parties)
        elif t.id in spoken.paired:
            h = spoken.paired[t.id]
            cues.append(unit.cue(f"stance_{t.id}", "pair", h.pattern, h.start, h.end))
            notes[t.id] = f"the article's pair, named by '{unit.show(h.start, h.end)}'"
        elif t.id in spoken.implied:
            h = spoken.implied[t.id]
            cues.append(unit.cue(f"stance_{t.id}", "pair", f"{h.pattern} (implied partner)", h.start, h.end))
            notes[t.id] = f"the article's pair: one party named, '{unit.show(h.start, h.end)}' implies the partner"
        else:
            missing = [p for p in t.parties if p not in groups_at]
            notes[t.id] = "not spoken of (not named: " + ", ".join(missing) + ")"
    return notes, cues


def nearest_target(cue: Hit, named: Sequence[Target], groups_at: Mapping[str, list[int]], index: TokenIndex) -> bool:
    """With several targets named, a cue counts for the target(s) named nearest to it.

    A target's distance is that of its farthest party (each party at its nearest mention),
    then of its other parties: two targets sharing Russia are told apart by the party they
    do not share ("रूस ने पाकिस्तान को हथियार देकर भारत को झटका दिया": the blow is India's);
    a mention in another clause counts as farther than any in the cue's own clause, and
    in a clause a mention after the cue farther than any before it: Hindi is verb-final,
    a predicate's parties precede it ("पाकिस्तान को रूसी हथियारों की आपूर्ति पर भारत ने
    चिंता जताई": the supply is Russia–Pakistan's, India is the subject of what follows).
    Mentions are in text order (`group_positions`), so a party's nearest mention is the
    last one at or before the cue or the first one after it (`nearest_mention`): the cost
    per cue does not grow with the number of mentions in the unit.
    """
    if len(named) < 2 or cue.name not in {t.id for t in named}:
        return True

    def distance(target: Target) -> list[tuple[bool, bool, int]]:
        return sorted((nearest_mention(cue.start, groups_at[p], index) for p in target.parties), reverse=True)

    dist = {t.id: distance(t) for t in named}
    return dist[cue.name] == min(dist.values())


def nearest_mention(at: int, starts: Sequence[int], index: TokenIndex) -> tuple[bool, bool, int]:
    """(another clause?, after `at`?, token distance) of the mention nearest to position `at`.

    Equal to the minimum over every mention in `starts` (sorted): to the left of `at` the
    clause-break count and the token distance shrink as a mention comes closer, to the
    right they grow, so only the two neighbours of `at` can be the minimum.

    >>> idx = TokenIndex("a b, c d e", frozenset(","))
    >>> nearest_mention(7, [0, 2, 9], idx), nearest_mention(7, [0, 2], idx), nearest_mention(7, [5, 9], idx)
    ((False, True, 1), (True, False, 2), (False, False, 1))
    """
    pos = index.token_index(at)
    k = bisect.bisect_right(starts, at)
    neighbours = starts[max(k - 1, 0) : k + 1]
    return min((index.clause_break_between(s, at), s > at, abs(index.token_index(s) - pos)) for s in neighbours)


def third_partner(
    cue: Hit, target: Target, unit: UnitText, groups_at: Mapping[str, list[int]], states: Collection[str]
) -> Hit | None:
    """The partner phrase that gives `cue` to another pair: "चीन के साथ कोई समझौता नहीं".

    A state outside the target, named right before a partner marker ("के साथ", "संग")
    that stands before the cue in its clause, is who the predicate is with: an agreement
    "with China" says nothing about Russia–India ties, whoever else the unit names.
    """
    idx, window = unit.index, 6
    others = [s for g in groups_at if g in states and g not in target.parties for s in groups_at[g]]
    for m in unit.of("partner_marker"):
        if not (m.end <= cue.start and idx.tokens_between(m.end, cue.start) <= window):
            continue
        if idx.clause_break_between(m.end, cue.start):
            continue
        if any(s < m.start and idx.tokens_between(s, m.start) <= 1 for s in others):
            return m
    return None


def live_negations(unit: UnitText) -> list[Hit]:
    """Negation cues outside exempt phrases ("न केवल … बल्कि" negates nothing)."""
    exempt = [(h.start, h.end) for h in unit.of("negation_exempt")]
    return [n for n in unit.of("negation") if not inside(n.start, exempt)]


def _next_break(text: str, pos: int, breaks: Collection[str]) -> int:
    return next((i for i in range(pos, len(text)) if text[i] in breaks), len(text))


def _previous_break(text: str, pos: int, breaks: Collection[str]) -> int:
    return next((i + 1 for i in range(pos - 1, -1, -1) if text[i] in breaks), 0)


def subordinate_regions(unit: UnitText, rules: StanceRules) -> tuple[list[Region], Hit | None]:
    """Stretches that are not the main clause, and the contrast marker that made them.

    After "लेकिन/मगर/बल्कि" (main_after) the words before it are subordinate; a
    "हालांकि" clause (concessive) runs to the next clause break; "X के बावजूद"
    (concessive_before) makes its clause up to the marker subordinate. A concessive
    marker that opens the unit with no main_after marker after it is the discourse
    "however" of news Hindi ("हालांकि, …", "हालांकि रूस ने …"): it subordinates nothing.
    """
    text, breaks = unit.text, rules.clause_breaks
    contrast = unit.of("contrast")
    regions: list[Region] = []
    marker = None
    for h in contrast:
        if h.name == "main_after":
            regions.append((0, h.start))
        elif h.name == "concessive":
            opens = unit.index.token_index(h.start) == 0
            if opens and not any(c.name == "main_after" and c.start > h.start for c in contrast):
                continue
            regions.append((h.start, _next_break(text, h.end, breaks)))
        else:
            regions.append((_previous_break(text, h.start, breaks), h.end))
        marker = h
    return regions, marker


def negation_of(cue: Hit, negations: Sequence[Hit], index: TokenIndex, rules: StanceRules) -> Hit | None:
    """The negation that flips `cue`: within the codebook's window, in the same clause."""
    first, last = index.token_index(cue.start), index.token_index(max(cue.start, cue.end - 1))
    for n in negations:
        if cue.start <= n.start < cue.end:
            continue  # a negation inside the cue's own words is part of the cue
        ni = index.token_index(n.start)
        if (
            n.start >= cue.end
            and ni - last <= rules.negation_after_tokens
            and not index.clause_break_between(cue.end, n.start)
        ):
            return n
        if (
            n.end <= cue.start
            and first - index.token_index(n.end - 1) <= rules.negation_before_tokens  # a phrase counts from its end
            and not index.clause_break_between(n.end, cue.start)
        ):
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


def predicate_hits(unit: UnitText, target_id: str, rules: StanceRules) -> list[Hit]:
    """A target's favor and against hits; of overlapping ones the longest counts once.

    An intensifier ("बढ़ा" of the growth family) right after an against predicate is
    part of it ("तनाव बढ़ा": tension grew, one against), not a favor of its own.
    """
    talk = [(d.start, d.end) for d in unit.of("discussion")]  # "आदान-प्रदान": its प्रदान is no supply
    singles = [
        h
        for kind in ("favor", "against")
        for h in unit.of(kind)
        if h.name == target_id and not any(s <= h.start and h.end <= e for s, e in talk)
    ]
    hits = drop_contained([*singles, *compound_hits(unit, target_id, rules)])
    idx = unit.index

    def intensifies(h: Hit) -> bool:
        if not any(h.pattern.endswith(f"({family})") for family in rules.intensifiers):
            return False
        return any(
            a.kind == "against"
            and a.end <= h.start
            and idx.tokens_between(a.end, h.start) <= rules.intensifier_window
            and not idx.clause_break_between(a.end, h.start)
            for a in hits
        )

    return [h for h in hits if not intensifies(h)]


def main_clause(hits: Sequence[Hit], regions: Sequence[Region]) -> list[Hit]:
    """The hits that decide: those of the main clause when it has any, else all."""
    main = [h for h in hits if not inside(h.start, regions)]
    return main if main else list(hits)


def greeted_person(h: Hit, unit: UnitText, rules: StanceRules) -> Hit | None:
    """The person whose welcome `h` is: "लावरोव का स्वागत किया" greets a visitor, no stance.

    Ties welcomed (an agreement, a step, a statement) are favor; welcoming a person in
    person is logistics. A gazetteer actor, an official's role noun or a visitor noun
    (`stance.greeting.objects`) right before the welcome is its object.
    """
    if family_of(h) not in rules.greeting_families:
        return None
    persons = [*unit.of("actor"), *(r for r in unit.of("role") if r.name == "official"), *unit.of("greeting_object")]
    return _object_before(h, persons, rules.greeting_window, unit.index)


def condemned_violence(h: Hit, unit: UnitText, rules: StanceRules) -> Hit | None:
    """The act of violence a protest is about: "रूस ने पाकिस्तान में हुए हमले की निंदा की".

    Condemning an attack, a blast or terrorism (`stance.condemnation.objects`) is no
    protest at the other party: the ties are not portrayed as hostile.
    """
    if family_of(h) not in rules.condemn_families:
        return None
    return _object_before(h, unit.of("condemned"), rules.condemn_window, unit.index)


def _object_before(h: Hit, objects: Sequence[Hit], window: int, idx: TokenIndex) -> Hit | None:
    """The first of `objects` ending at most `window` words before `h`, in its clause."""
    return next(
        (
            p
            for p in objects
            if p.end <= h.start
            and idx.tokens_between(p.end, h.start) <= window
            and not idx.clause_break_between(p.end, h.start)
        ),
        None,
    )


def discussed(h: Hit, unit: UnitText, rules: StanceRules) -> Hit | None:
    """The discussion whose topic `h` is: "सहयोग बढ़ाने पर चर्चा की" only discusses (v1.1: none).

    A discussion cue ("पर चर्चा", "को लेकर बातचीत", "की समीक्षा") after the predicate, in
    its clause and within the window, with no conjunction or other predicate between,
    governs it: what is merely discussed is no portrayal of the ties. Families that describe
    the ties as they are (closeness: "पुरानी भागीदारी पर बातचीत") are exempt.
    """
    if family_of(h) in rules.discussion_exempt:
        return None
    idx = unit.index
    between = [*unit.of("conjunction"), *unit.of("favor"), *unit.of("against")]
    for d in unit.of("discussion"):
        if not (h.end <= d.start and idx.tokens_between(h.end, d.start) <= rules.discussion_window):
            continue
        if idx.clause_break_between(h.end, d.start):
            continue
        if not any(h.end <= b.start and b.end <= d.start for b in between):
            return d
    return None


def coordinated_pairs(unit: UnitText, states: Collection[str]) -> list[tuple[Hit, Hit]]:
    """States named as a pair: "भारत और पाकिस्तान", "भारत-पाक", "भारत व पाकिस्तान".

    Two state mentions with nothing between them but a hyphen, a slash or one conjunction
    (`stance.conjunctions`) are one pair whose ties the words around them are about (two
    names side by side, "पाकिस्तान अफगानिस्तान पर", are not).
    """
    exempt = [(h.start, h.end) for h in unit.of("place_exempt")]
    places = [h for h in unit.of("place") if h.name in states and not inside(h.start, exempt)]
    places = drop_contained(places)
    conj = {unit.text[c.start : c.end] for c in unit.of("conjunction")}
    pairs = []
    for a, b in zip(places, places[1:]):
        gap = unit.text[a.end : b.start].strip()
        if a.name != b.name and (gap in ("-", "–", "/") or gap in conj):
            pairs.append((a, b))
    return pairs


def other_pair(
    h: Hit, target: Target, unit: UnitText, groups_at: Mapping[str, list[int]], pairs: Sequence[tuple[Hit, Hit]]
) -> tuple[Hit, Hit] | None:
    """The coordinated pair of other states nearer to `h` than the target's parties are.

    "रूस ने भारत और पाकिस्तान के बीच तनाव कम करने को कहा": the tension is India–Pakistan's,
    which is no target; it counts for neither Russia–Pakistan nor Russia–India ties. At
    equal distance the coordinated pair wins: "रूस और पाकिस्तान की बढ़ती नजदीकियां, भारत
    चिंतित" is growth of Russia–Pakistan ties only.
    """
    if any(p not in groups_at for p in target.parties):
        return None  # the target is the article's pair or carried: its nearest party is not in the unit
    idx, far = unit.index, (True, len(unit.text))
    for a, b in pairs:
        if {a.name, b.name} == set(target.parties):
            continue
        # a mention bound into the other pair ("भारत-पाक") is not the target's party there
        own = max(
            nearest_mention(h.start, rest, idx)
            if (rest := [s for s in groups_at[p] if s not in (a.start, b.start)])
            else far
            for p in target.parties
        )
        theirs = max(nearest_mention(h.start, [m.start], idx) for m in (a, b))
        if theirs <= own:
            return a, b
    return None


def set_aside(
    h: Hit, t: Target, unit: UnitText, codebook: Codebook, groups_at: Mapping[str, list[int]], context: tuple
) -> tuple[str, Hit, str] | None:
    """Why a predicate does not count for target `t`: (note, evidence span, evidence value), or None.

    In order: a partner phrase of a third state, a greeted person, a discussion that
    governs it, a worry voiced where a state outside the pair is named (pair-only
    families: India's concern about Russia–Pakistan ties is no stance against either; a
    worry denied is reassurance and counts), a coordinated pair of other states nearer to it.
    `context` is the unit's (coordinated pairs, live negations).
    """
    rules = codebook.stance
    pairs, negations = context
    if (m := third_partner(h, t, unit, groups_at, codebook.states)) is not None:
        return f"'{unit.show(m.start, m.end)}' a third state: cue about another pair", m, "third_state"
    if (m := greeted_person(h, unit, rules)) is not None:
        return (
            f"'{unit.show(h.start, h.end)}' greets a person ('{unit.show(m.start, m.end)}'): no stance",
            m,
            "set_aside",
        )
    if (m := condemned_violence(h, unit, rules)) is not None:
        return (
            f"'{unit.show(h.start, h.end)}' condemns violence ('{unit.show(m.start, m.end)}'): no stance",
            m,
            "set_aside",
        )
    if (m := discussed(h, unit, rules)) is not None:
        return f"'{unit.show(h.start, h.end)}' merely discussed ('{unit.show(m.start, m.end)}')", m, "set_aside"
    outside = [g for g in groups_at if g in codebook.states and g not in t.parties]
    worry = family_of(h) in rules.pair_only_families
    if worry and outside and negation_of(h, negations, unit.index, rules) is None:
        return (
            f"'{unit.show(h.start, h.end)}' a worry of a state outside the pair ({', '.join(outside)})",
            h,
            "set_aside",
        )
    if (pair := other_pair(h, t, unit, groups_at, pairs)) is not None:
        a, b = pair
        return f"'{unit.show(h.start, h.end)}' about the ties of {a.name}–{b.name}", a, "other_pair"
    return None


def count_cues(
    unit: UnitText, codebook: Codebook, spoken: SpokenOf, groups_at: Mapping[str, list[int]]
) -> tuple[dict[str, dict[str, int]], list[Cue], dict[str, str]]:
    """Favor and against cues per spoken-of target, after the set-aside, negation and contrast rules."""
    named = [t for t in codebook.targets if spoken.named[t.id]]
    negations = live_negations(unit)
    regions, marker = subordinate_regions(unit, codebook.stance)
    pairs = coordinated_pairs(unit, codebook.states)
    counts = {t.id: {"favor": 0, "against": 0} for t in codebook.targets}
    cues: list[Cue] = []
    notes: dict[str, list[str]] = {t.id: [] for t in codebook.targets}
    for t in codebook.targets:
        if not spoken.about(t.id):
            continue
        hits = []
        for h in predicate_hits(unit, t.id, codebook.stance):
            if not nearest_target(h, named, groups_at, unit.index):
                continue
            why = set_aside(h, t, unit, codebook, groups_at, (pairs, negations))
            if why is None:
                hits.append(h)
                continue
            note, span, value = why
            notes[t.id].append(note)
            cues.append(unit.cue(f"stance_{t.id}", value, f"{h.pattern}: {note}", span.start, span.end))
        decisive = main_clause(hits, regions)
        if len(decisive) < len(hits):
            said = unit.show(marker.start, marker.end)
            notes[t.id].append(f"contrast '{said}': main clause decides ({len(hits) - len(decisive)} cue(s) set aside)")
            cues.append(unit.cue(f"stance_{t.id}", "contrast", marker.pattern, marker.start, marker.end))
        for h in decisive:
            negation = negation_of(h, negations, unit.index, codebook.stance)
            polarity, evidence = polarity_cues(unit, h, h.kind, negation)
            counts[t.id][polarity] += 1
            cues += evidence
    return counts, cues, {t: "; ".join(n) for t, n in notes.items() if n}


def code_stance(
    unit: UnitText,
    groups_at: Mapping[str, list[int]],
    previous_about: Collection[str],
    codebook: Codebook,
    article_pair: Collection[str] = (),
) -> StanceCoding:
    """Stance toward every codebook target for one unit."""
    targets = codebook.targets
    spoken = spoken_of(unit, targets, groups_at, previous_about, codebook.stance, article_pair, codebook.states)
    notes, cues = spoken_notes(unit, targets, spoken, groups_at)
    counts, count_evidence, contrast = count_cues(unit, codebook, spoken, groups_at)
    stance: dict[str, str] = {}
    for t in targets:
        favor, against = counts[t.id]["favor"], counts[t.id]["against"]
        stance[t.id] = decide_stance(favor, against, codebook.stance.on_tie)
        if spoken.about(t.id):
            notes[t.id] += f"; favor cues {favor}, against cues {against}"
            notes[t.id] += f"; {contrast[t.id]}" if t.id in contrast else ""
            notes[t.id] += f"; tie → {codebook.stance.on_tie} (vocab.decide_stance)" if favor == against > 0 else ""
    about = {t.id: spoken.about(t.id) for t in targets}
    named = frozenset(t.id for t in targets if spoken.named[t.id])
    return StanceCoding(stance, about, notes, cues + count_evidence, named)


def inherit_referent(
    unit: UnitText, coding: StanceCoding, voice: str, previous_stance: Mapping[str, str]
) -> StanceCoding:
    """v1.1: a reported unit that only attributes its referent takes the previous unit's stance.

    "विदेश मंत्रालय ने यह जानकारी दी" has no predicate of its own; what "यह" refers to
    carries one. A unit with a predicate of its own, or without a speech act, keeps its stance.
    """
    refs = unit.of("referent_only")
    if (
        voice != "reported"
        or not refs
        or any(v != "none" for v in coding.stance.values())
        or any(c.value in ("favor", "against") for c in coding.cues)
    ):
        return coding
    inherited = {t: v for t, v in previous_stance.items() if v != "none"}
    if not inherited:
        return coding
    h = refs[0]
    stance, about, notes = dict(coding.stance), dict(coding.about), dict(coding.notes)
    cues = list(coding.cues)
    for t, v in inherited.items():
        stance[t], about[t] = v, True
        notes[t] = f"only attributes its referent ('{unit.show(h.start, h.end)}'): previous unit's stance {v}"
        cues.append(unit.cue(f"stance_{t}", v, f"{h.pattern} (referent)", h.start, h.end))
    return StanceCoding(stance, about, notes, cues, coding.named)
