"""Step 3 of coding: stance toward each target relationship.

A target is spoken of when all its parties are named in the unit; when the unit opens
with a carry pronoun ("इससे …") and the previous unit spoke of it, or with a determiner or
agent pronoun ("इस समझौते", "उन्होंने") in a unit about ties (weak carry); or when the unit
names the pair of the article ("दोनों देश", one party with a relation noun: "रूस के साथ
संबंध", or one party with a predicate that needs a partner: "रूस ने हेलीकॉप्टर देने का
वादा किया") and that pair is the target the article last named; or, right after a unit
about that pair, when the unit names only a party the pair hurts ("यह भारत के लिए झटका",
Russia acting against India in a Russia–Pakistan story: `hurt_party`). Its favor and against
cues (relationship predicates by family, analysis.stance_predicates) then count, less
those set aside for the target (a third state's ties, a greeting, a condemned attack, a
mere discussion, another state's worry); a negation cue near a cue in the same
clause flips that cue's polarity ("न केवल" is no negation); with several targets named,
each cue goes to the target whose parties are named nearest to it; with clauses of both
polarities, the main clause decides (contrast: लेकिन, हालांकि, के बावजूद; round 8: a relative
clause, and what a thing happens amid, because of or after, are background). A denial with a
कि clause negates that clause, and a refusal the verbal noun से marks (`polarities`). The counts
become a stance by `analysis.vocab.decide_stance`, the one tie rule of the package. A
reported unit that only attributes its referent ("X ने यह जानकारी दी") takes the previous
unit's stance (`inherit_referent`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from analysis.codebook import Codebook, Hit, StanceRules, Target
from analysis.cues import Cue, Region, TokenIndex, UnitText, drop_contained, inside, named_mentions
from analysis.normalize import norm
from analysis.segment import dateline_end
from analysis.stance_predicates import (
    CONCEDED,
    FRIEND_NOUNS,
    condemned_attack,
    coordinated_groups,
    coordinated_pairs,
    demanded,
    denied_complement,
    diplomatic_failure,
    distributed_states,
    drifted,
    family_of,
    free_negations,
    heeded,
    irrealis,
    nearest_mention,
    negation_of,
    objection_holder,
    predicate_hits,
    presser_of,
    pressure_refused,
    refusal_of,
    restricted,
    scoped_negation,
    set_aside,
    solidarity,
    voiced_jointly,
    west_tilt_hits,
)
from analysis.vocab import decide_stance

__all__ = [
    "code_stance",
    "home_pair",
    "inherit_referent",
    "nearest_mention",
    "nearest_target",
    "negation_of",
    "polarity_cues",
    "report_denied",
    "speaker_as_party",
    "speaker_noted",
    "spoken_of",
]


@dataclass(frozen=True)
class SpokenOf:
    """Which targets a unit speaks of, and how: parties named, or carried by a pronoun."""

    named: Mapping[str, bool]
    carried: Mapping[str, bool]
    carry: Hit | None  # the opening pronoun that carries, if any
    paired: Mapping[str, Hit] = field(default_factory=dict)  # target → pair phrase or relation noun
    implied: Mapping[str, Hit] = field(default_factory=dict)  # target → relational predicate, one party named
    hurt: Mapping[str, Hit] = field(default_factory=dict)  # target → against predicate, its party hurt by the pair
    objected: Mapping[str, Hit] = field(default_factory=dict)  # target → its own party's objection to the act before
    from_story: frozenset[str] = frozenset()  # round 28: carried to the story's pair past a unit that spoke of none
    dual: str = ""  # round 32: the story's main pair a "दोनों …" unit speaks of (`dual_main`), else ""
    aside: tuple[str, ...] = ()  # round 46: (the story's main pair read, the aside's pair passed over), else ()

    def about(self, target_id: str) -> bool:
        return (
            self.named[target_id]
            or self.carried[target_id]
            or target_id in self.paired
            or target_id in self.implied
            or target_id in self.hurt
            or target_id in self.objected
        )


@dataclass(frozen=True)
class StanceCoding:
    """Stance, spoken-of flags and a note per target, plus the cues behind them."""

    stance: dict[str, str]
    about: dict[str, bool]
    notes: dict[str, str]
    cues: list[Cue]
    named: frozenset[str] = frozenset()  # targets with every party named in the unit (the article's pair)
    states_paired: frozenset[str] = frozenset()  # the last pair of states the unit names together (`last_pair`)


def _partnered(
    unit: UnitText, unnamed: Sequence[Target], where: tuple, others_last: bool
) -> tuple[dict[str, Hit], dict[str, Hit]]:
    """The article's pairs a unit speaks of without naming both parties (`spoken_of`): by a pair phrase or
    one party with a relation noun or partner marker (paired), or one party whose partner is implied.

    `unnamed`: the article's targets the unit neither names nor carries; `where`: (all targets, the
    unit's group positions, the stance rules, the world's states, the story's pairs). An implied partner
    that fits several pairs is unclear: none is kept.
    """
    targets, groups_at, rules, states, story_pairs = where
    paired: dict[str, Hit] = {}
    implied: dict[str, Hit] = {}
    pair_phrases = unit.of("pair_phrase") if not others_last else ()
    one_party = [*unit.of("relation_noun"), *unit.of("partner_marker")]
    for t in unnamed:
        others = other_states(unit, t, groups_at, rules, states)
        if pair_phrases:
            paired[t.id] = pair_phrases[0]
        elif one_party and not others and any(p in groups_at for p in t.parties):
            paired[t.id] = min(one_party, key=lambda h: h.start)
        elif not others and not organisations(unit) and any(p in groups_at for p in t.parties):
            hit = (
                implied_partner(
                    unit, t.id, rules, setbacks=setback_partner(unit, t, groups_at, story_pairs), parties=t.parties
                )
                or own_failure(unit, t, targets, groups_at, rules)
                or event_benefit(unit, t.id, rules)
            )
            if hit is not None:
                implied[t.id] = hit
    return paired, implied if len(implied) <= 1 else {}


def spoken_of(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    previous_about: Collection[str],
    rules: StanceRules,
    article_pair: Collection[str] = (),
    states: Collection[str] = (),
    story_pairs: Sequence[str] = (),
    others_last: bool = False,
    group: frozenset[str] = frozenset(),
    leads: tuple[str, bool] = ("", False),
    in_quote: bool = False,
) -> SpokenOf:
    """Targets named in the unit, carried over from the previous unit, or named as the article's pair.

    "दोनों देश" (a pair phrase) speaks of the pair the article last named with all its
    parties (not when `others_last`: the story last named two other states together,
    `last_pair`). So does one party with a relation noun or a partner marker ("रूस के साथ
    करार"), unless the unit names another state: "रूस और चीन के रिश्ते" is not the
    Russia–Pakistan pair. Which of the story's pairs a unit speaks of: `unit_pairs`; `leads`: the story's
    main pair (`main_pair`) and whether its lead sentence named it (round 46, `code_stance`).
    In three steps: the pairs read (`_pairs_read`), the targets named or carried (`_carried`), the
    targets paired or implied (`_paired_implied`).
    """
    dual, article_pair, aside = _pairs_read(
        unit, targets, groups_at, (previous_about, article_pair, story_pairs), others_last, leads, in_quote
    )
    named = {t.id: all(p in groups_at for p in t.parties) for t in targets}
    carried, carry, story = _carried(
        unit,
        targets,
        groups_at,
        (previous_about, story_pairs, leads[0]),
        rules,
        states,
        named,
        others_last,
        dual,
        in_quote,
    )
    paired, implied, spoken = _paired_implied(
        unit,
        targets,
        groups_at,
        (previous_about, article_pair, story_pairs, leads[0], dual),
        (rules, states),
        (named, carried),
        (others_last, group, in_quote),
    )
    hurt, objected = one_party_hurt(unit, targets, groups_at, (previous_about, article_pair), rules, states, spoken)
    from_story = frozenset(tid for tid in story if carried[tid])
    return SpokenOf(
        named, carried, carry[0] if carry else None, paired, implied, hurt, objected, from_story, dual, aside
    )


def _pairs_read(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    story: tuple[Collection[str], Collection[str], Sequence[str]],
    others_last: bool,
    leads: tuple[str, bool],
    in_quote: bool,
) -> tuple[str, frozenset[str], tuple[str, ...]]:
    """`spoken_of`'s first step, which of the story's pairs a unit that names no pair whole may speak of: (the
    main pair a "दोनों …" unit naming no party speaks of (`dual_main`), the pairs it speaks of with one party or
    none (`unit_pairs`), the main pair read past an aside (`past_aside`)).

    `story`: (the targets the unit before spoke of, the article's pair, the story's pairs).
    """
    previous_about, article_pair, story_pairs = story
    lead, lead_told = leads
    unnamed = not any(p in groups_at for t in targets for p in t.parties)
    dual = dual_main(unit, story_pairs, lead) if unnamed and not others_last else ""
    main = main_pair(story_pairs, lead) if lead_told and narrated(unit, in_quote) else ()  # round 46: past an aside
    pairs = unit_pairs(targets, groups_at, article_pair, story_pairs, previous_about, dual or (main[0] if main else ""))
    aside = past_aside(main, pairs, story_pairs, previous_about) if not dual else ()
    return dual, pairs, aside


def _carried(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    seen: tuple[Collection[str], Sequence[str], str],
    rules: StanceRules,
    states: Collection[str],
    named: Mapping[str, bool],
    others_last: bool,
    dual: str,
    in_quote: bool = False,
) -> tuple[dict[str, bool], list[Hit], frozenset[str]]:
    """`spoken_of`'s second step, the targets a pronoun carries over: (carried per target, the carrying hits,
    the story's pairs carried past a unit that spoke of none (`story_carry`)).

    `seen`: (the targets the unit before spoke of, the story's pairs, its lead's pair). A weak pronoun
    (`weak_carry`) carries only when it fits one target: carried to several, what it refers to is unclear.
    """
    previous_about, story_pairs, lead = seen
    carry = carry_pronouns(unit, rules, any(named.values()) or bool(unit.of("pair_phrase")))
    story = story_carry(unit, carry, story_pairs, lead) if not (previous_about or others_last) else frozenset()
    # round 32: a "दोनों" carrying the previous unit's pair carries only the story's main pair (`dual_main`)
    other_than_dual = bool(dual) and all(unit.text[h.start : h.end].startswith(DUAL_WORDS) for h in carry)
    carried = {
        t.id: (not named[t.id])
        and (t.id in previous_about or t.id in story)
        and not (other_than_dual and t.id != dual)
        and carries_to(unit, carry, t, groups_at, (rules, states))
        for t in targets
    }
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
    elif not weak and not any(carried.values()) and not in_quote:  # inside a quotation: `quoted_carry`
        these = these_ties(unit, targets, groups_at, (previous_about, story_pairs, lead), (rules, states), named)
        if these is not None:
            tid, h = these
            carried[tid], carry = True, [*carry, h]
    return carried, carry, story


# Stance 50: a demonstrative determining a relation noun anywhere in the unit ("यानी आने वाले साल में यह रिश्ता और
# गहराएगा", "… इस दोस्ती में दरार", "रिश्तों की इस नई गर्मजोशी …"): "these ties" are the ties just spoken of.
TIES_DETERMINERS = frozenset(
    {"यह", "ये", "इस", "इन", "यही", "इसी", "इन्हीं", "इन्ही", "वह", "वे", "उस", "उन", "वही", "उसी", "उन्हीं", "उन्ही"}
    | {"this", "these", "that", "those"}
)
# what may stand between the determiner and the noun: adjectives ("यह नया रिश्ता", "इस पुरानी दोस्ती"), never a
# postposition or a noun of time or count the determiner belongs to instead ("इस साल रिश्तों में …")
TIES_GAP = 2
TIES_NOT_BETWEEN = frozenset(
    {
        "का",
        "की",
        "के",
        "में",
        "से",
        "को",
        "पर",
        "ने",
        "तक",
        "और",
        "व",
        "तथा",
        "एवं",
        "या",
        "साल",
        "वर्ष",
        "बरस",
        "सालों",
        "वर्षों",
        "महीने",
        "माह",
        "हफ्ते",
        "सप्ताह",
        "दिन",
        "दिनों",
        "बार",
        "दौर",
        "समय",
        "वक्त",
        "वक़्त",
        "बीच",
        "दौरान",
        "मुद्दे",
        "मसले",
        "मामले",
        "बारे",
    }
)
_TIES_AFTER = re.compile(
    r"^\S*\s+(?:का|की|के)\s+(\S+)\s"
)  # "रिश्तों की इस …": the noun owns what the determiner points at


def ties_determined(unit: UnitText) -> Hit | None:
    """Stance 50: a relation noun (`carry.relation_nouns`) under a demonstrative, the first such, else None.

    The determiner stands right before the noun or up to `TIES_GAP` adjectives before it ("यह रिश्ता", "इन पुराने
    संबंधों", "ये ताल्लुकात"), or right after the noun's genitive ("रिश्तों की इस नई गर्मजोशी"): the ties are ones
    the story has spoken of. Anywhere in the unit, unlike the opening pronouns of `carry_pronouns`.
    """
    for r in unit.of("relation_noun"):
        before = unit.text[: r.start].split()[-(TIES_GAP + 1) :]
        for i, w in enumerate(before):
            if w.strip(OPENING_MARKS) in TIES_DETERMINERS and not set(before[i + 1 :]) & TIES_NOT_BETWEEN:
                return Hit("carry", "", "(these ties)", r.start, r.end)
        m = _TIES_AFTER.match(unit.text[r.start :])
        if m and m.group(1) in TIES_DETERMINERS:
            return Hit("carry", "", "(these ties)", r.start, r.end)
    return None


def these_ties(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    seen: tuple[Collection[str], Sequence[str], str],
    world: tuple[StanceRules, Collection[str]],
    named: Mapping[str, bool],
) -> tuple[str, Hit] | None:
    """Stance 50: (the target, the hit) that "these ties" (`ties_determined`) or the event a party of the pair
    evaluates (`evaluated_by_party`) refer to, else None.

    The ties the unit before spoke of when it spoke of one target, else, after a unit that spoke of none, the
    story's pair or its lead's main pair (`main_pair`). Not in a unit that names a state outside that target or
    an organisation ("भारत-अमेरिका के इस रिश्ते", "नाटो के साथ इन संबंधों"), nor one naming a pair whole.
    """
    previous_about, story_pairs, lead = seen
    rules, states = world
    if any(named.values()) or organisations(unit):
        return None
    before = [t.id for t in targets if t.id in previous_about]
    pair = before if before else list(main_pair(story_pairs, lead))
    if len(pair) != 1:
        return None
    (target,) = [t for t in targets if t.id == pair[0]]
    if any(g in states and g not in target.parties for g in groups_at):
        return None
    h = ties_determined(unit) or evaluated_by_party(unit, target, targets, groups_at)
    return (target.id, h) if h is not None else None


def evaluated_by_party(
    unit: UnitText, target: Target, targets: Sequence[Target], groups_at: Mapping[str, list[int]]
) -> Hit | None:
    """Stance 50: the story's event as the object (`event_object`) of a party of the pair the unit before spoke
    of, named before it as the agent ("<party> … ने इसे … बताया"): the party's own word on the event. Not others'
    ("पश्चिमी राजधानियों में इस दौरे पर …", "कुछ विश्लेषक इसे …"), nor the shared party's (Russia's hand in a
    meeting of others: "रूस ने इस बैठक को कराने में …")."""
    h = event_object(unit)
    if h is None:
        return None
    shared = {p for p in target.parties if all(p in t.parties for t in targets)}
    for p in target.parties:
        for at in groups_at.get(p, ()):
            if at < h.start and "ने" in unit.text[at : h.start].split() and p not in shared:
                return h
    return None


# Stance 50: the story's event as the object of an evaluation or a reaction, anywhere in the unit: the object
# pronoun ("शहबाज़ शरीफ़ ने इसे "नए दौर की शुरुआत" बताया", "… ने इसे अपनी बड़ी कामयाबी के तौर पर पेश किया") or a
# determiner with the event's noun before a case marker ("… ने इस फ़ैसले पर अफ़सोस जताया", "… ने इस क़दम का
# ख़ैरमक़दम किया"): what the unit says of it is said of the event the unit before told.
OBJECT_PRONOUNS = frozenset({"इसे", "इसको", "इन्हें", "इनको"})
_EVENT_CASE = re.compile(r"^\s*(?:को|पर|का|की|के|से)(?=\s|$)")


def event_object(unit: UnitText) -> Hit | None:
    """Stance 50: the first object pronoun (`OBJECT_PRONOUNS`) or determiner-and-event phrase of
    `carry.weak_pronouns` ("इस फैसले", "इस दौरे" …) followed by a case marker, anywhere in the unit."""
    for m in re.finditer(r"\S+", unit.text):
        if m.group().strip(OPENING_MARKS) in OBJECT_PRONOUNS:
            return Hit("carry", "", "(the event as object)", m.start(), m.end())
    for h in unit.of("weak_carry"):
        if " " in unit.text[h.start : h.end] and _EVENT_CASE.match(unit.text[h.end :]):
            return Hit("carry", "", "(the event as object)", h.start, h.end)
    return None


def _paired_implied(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    story: tuple[Collection[str], Collection[str], Sequence[str], str, str],
    world: tuple[StanceRules, Collection[str]],
    told: tuple[Mapping[str, bool], Mapping[str, bool]],
    how: tuple[bool, frozenset[str], bool],
) -> tuple[dict[str, Hit], dict[str, Hit], set[str]]:
    """`spoken_of`'s last step, the targets spoken of with a party unnamed: (paired by a pair phrase, relation
    noun, group or both partners; implied by a predicate; every target spoken of).

    `story`: (the targets the unit before spoke of, the pairs read (`_pairs_read`), the story's pairs, its
    lead's pair, the "दोनों" pair); `world`: (the stance rules, the states); `told`: (named, carried);
    `how`: (`others_last`, the group the unit names, whether it is inside a quotation).
    """
    previous_about, article_pair, story_pairs, lead, dual = story
    rules, states = world
    named, carried = told
    others_last, group, in_quote = how
    unnamed = [t for t in targets if not (named[t.id] or carried[t.id]) and t.id in article_pair]
    # round 38: a setback to one party speaks of the story's main pair in a story of two pairs too (`main_pair`)
    setback_pairs = main_pair(story_pairs, lead)
    paired, implied = _partnered(unit, unnamed, (targets, groups_at, rules, states, setback_pairs), others_last)
    paired.update(group_of(unit, targets, named, carried, group))
    paired.update(both_partners(unit, targets, groups_at, (named, carried), (group, states, rules)))
    main = (story_pairs, lead) if not in_quote else ((), "")  # round 33: a quotation goes on with its speaker
    implied.update(goes_on(unit, targets, groups_at, previous_about, rules, states, (named, carried, paired), main))
    if dual:  # round 32: "दोनों …" speaks of the story's main pair, not of the aside's going on
        implied = {tid: h for tid, h in implied.items() if tid == dual}
    spoken = {t for t in named if named[t] or carried[t] or t in paired or t in implied}
    implied.update(story_pair(unit, targets, groups_at, story_pairs, rules, states, spoken, lead))
    implied.update(heeded_main(unit, targets, groups_at, (story_pairs, lead), rules, states, spoken | set(implied)))
    implied.update(assured(unit, targets, groups_at, story_pairs, rules, spoken | set(implied)))
    spoken |= set(implied)
    return paired, implied, spoken


def past_aside(
    main: Sequence[str], article_pair: Collection[str], story_pairs: Sequence[str], previous_about: Collection[str]
) -> tuple[str, ...]:
    """Round 46: (the story's main pair, the aside's pair) when `unit_pairs` read the main pair past the aside
    the unit before spoke of, for `explain`; () otherwise."""
    previous = [t for t in story_pairs if t in previous_about]
    if len(main) != 1 or set(article_pair) != set(main) or len(previous) != 1 or previous[0] == main[0]:
        return ()
    return (main[0], previous[0])


# Round 28: "यह/ये/वह/वे" + a noun past a unit that spoke of no pair is as often the story's thing (a weapon, a
# system: "यह प्रणाली … मार गिरा सकती है") as its event; the oblique forms (इससे, इसके, इसमें …) and "दोनों" refer to
# the event or the pair, and only they carry to the story's pair (measured: "यह/ये" 6 results to the references, 6 away).
NOMINATIVE_DEMONSTRATIVES = frozenset({"यह", "ये", "वह", "वे", "this", "these", "it"})


def story_carry(unit: UnitText, carry: Sequence[Hit], story_pairs: Sequence[str], lead: str) -> frozenset[str]:
    """Round 28: the story's pair, for a carry pronoun right after a unit that spoke of no pair.

    "पाकिस्तान के वाणिज्य मंत्रालय ने इसकी अधिसूचना जारी की" after a side remark: news Hindi points back to
    the story's event past a sentence that named no pair, so the chain of carries does not break there. Only
    the oblique demonstratives and "दोनों" (`NOMINATIVE_DEMONSTRATIVES` are not: a thing, not the event), only
    in a story of one pair or a lead's main pair (`main_pair`), and not after two other states were named
    together (the caller's `others_last`).
    """
    if not carry or all(unit.text[h.start : h.end] in NOMINATIVE_DEMONSTRATIVES for h in carry):
        return frozenset()
    return frozenset(main_pair(story_pairs, lead))


# Round 26: what may stand between an opening speech verb and the clause it reports: auxiliaries of the
# verb ("का कहना है कि", "ने बताया था कि"), then the complementiser कि or a comma or colon before a quotation.
_REPORTED_AFTER = re.compile(r"\s*(?:(?:है|हैं|था|थे|थी|गया|गई|रहा|रहे|रही)\s+)*(?:कि(?=\s|$)|[,:])")
LEAD_MAX_TOKENS = 10  # an opening lead ends within the unit's first words ("<title> <name> ने बताया कि")


def reported_start(unit: UnitText) -> int:
    """Round 26: the token where the reported clause begins, after an opening attribution lead; 0 without one.

    "<source> के मुताबिक इससे …", "<title> <name> ने बताया कि इस परियोजना से …", "<experts> का कहना है
    कि यह सौदा …": in Hindi news the reported clause, not the unit, is what a pronoun opens; the
    lead before it (a source with के मुताबिक/के अनुसार, or a speech verb with कि or a comma) names who
    speaks and is no part of what is said. A source phrase ("के मुताबिक", `attribution`) is followed by
    the content directly; a speech verb only with कि, a comma or a colon after it (not "… पर अफसोस
    जताया", which ends the unit).
    """
    idx = unit.index
    leads = sorted((*unit.of("attribution"), *unit.of("speech_verb")), key=lambda h: h.start)
    for h in leads:
        if idx.token_index(h.end - 1) >= LEAD_MAX_TOKENS:
            break
        m = _REPORTED_AFTER.match(unit.text, h.end)
        if m is None and unit.text[h.start : h.end].split()[-1] not in ("मुताबिक", "अनुसार", "हवाले"):
            continue
        rest = m.end() if m else h.end
        rest += len(unit.text[rest:]) - len(unit.text[rest:].lstrip(" \"'“”‘’"))
        return idx.token_index(rest) if rest < len(unit.text) else 0
    return 0


def opens_clause(unit: UnitText, h: Hit, within: int) -> bool:
    """A carry pronoun among the first `within` words of the unit, or (round 26) a demonstrative among those
    of its reported clause.

    Not "दोनों" (both) in a reported clause: a speaker's "दोनों देश/पड़ोसी/फ़रीक़" are the two the speaker
    speaks of, most often the two others a mediator addresses ("… ने कहा कि दोनों पड़ोसी अपने मतभेद …"),
    not the pair the previous unit named (measured: 12 results to the references, 26 away); nor "वह/वे",
    which after "X ने कहा कि" is X itself ("तीनों देशों ने कहा कि वे …").
    """
    at = unit.index.token_index(h.start)
    if at < within:
        return True
    if unit.text[h.start : h.end] in PAIR_PRONOUNS:
        return False
    start = reported_start(unit)
    return 0 < start <= at < start + within


PAIR_PRONOUNS = frozenset({"दोनों", "both", "वह", "वे"})  # the pair, or the speaker: not carried after a lead


def carry_pronouns(unit: UnitText, rules: StanceRules, own_pair: bool) -> list[Hit]:
    """The unit's carry pronouns that may carry the previous unit's target.

    Among the first words of the unit or of its reported clause (`opens_clause`); not one that only
    dates the unit (round 24: "इससे पहले", `temporal`); not one that points forward to a कि-clause
    (round 34: "बड़ी बात यह है कि …", `cataphoric`); in a unit that names a pair of its own, or says
    "दोनों मुल्कों" (round 34: a pair phrase, `own_pair`), not a connective (round 26: "इसके बावजूद …",
    `connective`), whose event is background.
    """
    near = [h for h in unit.of("carry") if opens_clause(unit, h, rules.carry_within_tokens)]
    return [
        h for h in near if not temporal(unit, h) and not cataphoric(unit, h) and not (own_pair and connective(unit, h))
    ]


def carries_to(
    unit: UnitText, carry: Sequence[Hit], t: Target, groups_at: Mapping[str, list[int]], where: tuple
) -> bool:
    """Whether the unit's carry pronouns carry the previous unit's target `t`.

    A pronoun among the unit's first words carries as before. One that opens only the reported clause
    after a lead (round 26, `reported_start`) carries only where the unit names no state outside the
    target: "<source> के अनुसार यह … भारत-रूस संबंधों …" names another pair, and "पाकिस्तानी सेना ने कहा कि
    इससे …" names a state the previous unit's Russia–India pair does not have (the weak carry's guard).
    """
    rules, states = where
    if any(unit.index.token_index(h.start) < rules.carry_within_tokens for h in carry):
        return True
    return bool(carry) and not any(g in states and g not in t.parties for g in groups_at)


def home_pair(told: Sequence[str], codebook: Codebook, groups_at: Mapping[str, list[int]]) -> frozenset[str]:
    """Round 26: the pair of a story that has named none: the outlet's home with its partner.

    A regional or national paper tells its own country's dealings with Russia without naming
    its own country ("रूस से आई खाद की पहली रैक स्टेशन पहुंची", "केंद्र सरकार ने रूस के साथ करार
    किया"): the reader supplies the home, as the codebook's speakers rules do for a national office
    with no country (v1.3). So a story whose headline and lead (`told`, `attribution.story_places`)
    name Russia and no state outside the home's one target reads its body units with that target as
    the article's pair (a headline waits for the story: `coding.headline_with_story`), unless its
    dateline files it from a third state ("इस्लामाबाद :", `told` then holds it too); a unit naming Russia then speaks of it only through a predicate that
    needs a partner and with no other state named (`implied_partner`, `other_states`). A headline or
    lead naming a third state (Ukraine, China, the US) leaves the story without a pair, as before.
    Only for a unit that names a party of the target (`groups_at`): one that names none is no local
    dealing of the home's, and keeps the fast path of units about no target (`coding._stance_step`).
    """
    home = codebook.voice.home_country
    mine = [t for t in codebook.targets if home in t.parties]
    if len(mine) != 1 or not told or any(s not in mine[0].parties for s in told):
        return frozenset()
    if home in told and not set(told) - {home}:  # a story of the home alone (its own news) has no partner
        return frozenset()
    if not any(p in groups_at for p in mine[0].parties):  # a unit naming no party keeps the quiet path
        return frozenset()
    return frozenset({mine[0].id})


def temporal(unit: UnitText, h: Hit) -> bool:
    """Round 24: "इससे पहले", "इसके बाद": the pronoun dates the unit by the previous event, it is not its subject.

    A carry pronoun with "पहले" or "बाद" right after it (the postposition "से"/"के" fused or not) places
    what the unit tells before or after the event an earlier unit reported ("इससे पहले भारत और चीन ने …
    समझौता किया था"); the codebook's "timing alone is none": the unit speaks of the pair only by what it
    names itself, and the previous unit's target is not carried to it. "इसके बाद से" (since then) tells
    the event's aftermath ("इसके बाद से कोई प्रगति नहीं हुई") and keeps the carry.
    """
    after = unit.text[h.end :].split(maxsplit=2)[:2]
    return after[:1] in (["पहले"], ["पूर्व"]) or (after[:1] in AFTER_WORDS and after[1:] != ["से"])


# Round 34: the tatsam "इसके पूर्व" (before this) beside "इससे पहले", and "इसके उपरांत/पश्चात" (after this) beside
# "इसके बाद": the same temporal frames in the register of the formal papers
AFTER_WORDS = (["बाद"], ["उपरांत"], ["उपरान्त"], ["पश्चात"], ["पश्चात्"])


# Hindi connectives built on the demonstrative: despite, because of, owing to this (the postposition
# fused into the pronoun or not); the remainder of the phrase after the pronoun hit.
CONNECTIVE_AFTER = (("बावजूद",), ("चलते",), ("कारण",), ("वजह", "से"), ("सबब",), ("नतीजे", "में"))


# Hindi grammar (round 34): what may stand between a forward-pointing यह/ये and the कि-clause it announces: a
# copula, a particle, or a predicate adjective or noun of a copular or modal frame ("यह भी सत्य है कि", "यह याद
# रखना चाहिए कि"); a noun after the pronoun makes it a determiner ("यह दौरा दिखाता है कि": this visit).
CATAPHORIC_BETWEEN = frozenset(
    "है हैं था थी थे होगा होगी भी ही तो नहीं सच सत्य साफ साफ़ स्पष्ट तय जाहिर ज़ाहिर जरूरी ज़रूरी उल्लेखनीय "
    "गौरतलब ग़ौरतलब दिलचस्प अहम सही याद रखना रखें रखा चाहिए मानना समझना".split()
)


def cataphoric(unit: UnitText, h: Hit) -> bool:
    """Round 34: "बड़ी बात यह है कि …", "निष्कर्ष यह कि …", "यह भी सत्य है कि …": यह points forward.

    The demonstrative announces the कि-clause after it (Hindi's cataphoric यह/ये, the subject or
    complement of a copular or modal frame), so it names nothing of the previous unit: the clause
    after कि says what the unit speaks of, and the previous unit's target is not carried to it.
    Only यह/ये with at most four words of `CATAPHORIC_BETWEEN` before कि.
    """
    if unit.text[h.start : h.end] not in ("यह", "ये"):
        return False
    words = unit.text[h.end :].split(maxsplit=5)[:5]
    at = words.index("कि") if "कि" in words else -1
    return at >= 0 and all(w in CATAPHORIC_BETWEEN for w in words[:at])


def connective(unit: UnitText, h: Hit) -> bool:
    """Round 26: "इसके बावजूद", "इसके चलते", "इसकी वजह से": the pronoun names the previous event as what the
    unit's clause happens despite or because of, a background phrase (round 8's concessive and cause
    markers), not the clause's subject. In a unit that names a pair of its own ("इसके बावजूद पाकिस्तान
    रूस के साथ रिश्ते बढ़ाना चाहता है") the previous unit's target is not carried to it; with no pair
    named, the carry stays what gives the unit its pair.
    """
    after = tuple(unit.text[h.end :].split(maxsplit=2)[:2])
    return any(after[: len(c)] == c for c in CONNECTIVE_AFTER)


def one_party_hurt(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    context: tuple[Collection[str], Collection[str]],
    rules: StanceRules,
    states: Collection[str],
    spoken: Collection[str],
) -> tuple[dict[str, Hit], dict[str, Hit]]:
    """Targets a unit naming one party speaks of through the act before it: a blow dealt (`hurt_party`),
    or that party's objection to it (`objected_act`). `context`: (previous unit's targets, story's pairs)."""
    hurt = {
        t.id: h
        for t in targets
        if t.id not in spoken and (h := hurt_party(unit, t, targets, groups_at, context, rules, states))
    }
    objected = {
        t.id: h
        for t in targets
        if t.id not in spoken
        and t.id not in hurt
        and (h := objected_act(unit, t, targets, groups_at, context, rules, states))
    }
    return hurt, objected


def own_failure(
    unit: UnitText, t: Target, targets: Sequence[Target], groups_at: Mapping[str, list[int]], rules: StanceRules
) -> Hit | None:
    """Round 22: the diplomacy of the target's own party (India, Pakistan; not the shared Russia) called a
    failure, in a story that has named the pair: "यह भारत की कूटनीति की विफलता है" after a story of Russia's
    ties with India and Pakistan speaks of Russia–India ties (`diplomatic_failure`), where round 10's
    setback partner (`setback_partner`) takes only a story of one pair."""
    own = own_parties(t, targets)
    return diplomatic_failure(unit, t.id, rules, [s for p in own for s in groups_at.get(p, ())])


BENEFIT_FAMILIES = frozenset({"benefit_value"})


def event_benefit(unit: UnitText, target_id: str, rules: StanceRules) -> Hit | None:
    """Stance 42: a party's gain from the story's event, or its absence, speaks of the pair the event was theirs.

    "इस दौरे से पाकिस्तान को कोई ठोस फायदा नहीं मिला", "इस सौदे से पाकिस्तान को बड़ा लाभ होगा": the determiner
    with the story's event or deal (a phrase of `carry.weak_pronouns`: इस दौरे, इस यात्रा, इस सौदे …) right before
    the source postposition "से" names what the gain came from, the pair's own act, as "इस दौरे को सफल बताया" refers
    back to it; a benefit (`benefit_value`) after it is the codebook's ties "beneficial", or, denied, a visit that
    brought one party nothing (its setback). The party is named, its partner implied by the event (agreed against
    units of five read sets). A gain with no such source ("पाकिस्तान की अर्थव्यवस्था को फायदा") needs no partner.
    """
    sources = [
        h.end
        for h in unit.of("weak_carry")
        if " " in unit.text[h.start : h.end] and unit.text[h.end : h.end + 4] in (" से ", " से,")
    ]
    if not sources:
        return None
    hits = [h for h in predicate_hits(unit, target_id, rules) if family_of(h) in BENEFIT_FAMILIES]
    return next((h for h in sorted(hits, key=lambda h: h.start) if any(e < h.start for e in sources)), None)


def group_of(
    unit: UnitText,
    targets: Sequence[Target],
    named: Mapping[str, bool],
    carried: Mapping[str, bool],
    group: frozenset[str],
) -> dict[str, Hit]:
    """ "तीनों देश" speaks of every target whose parties are in the group the story last named.

    After "रूस, चीन और पाकिस्तान …", "तीनों देशों ने … पर सहमति जताई" is an agreement among
    the three, Russia and Pakistan among them: it speaks of Russia–Pakistan ties (round 7).
    Only when the story's last named group has three or more states (`last_pair`).
    """
    phrases = unit.of("group_phrase")
    if not phrases or len(group) < 3:
        return {}
    return {t.id: phrases[0] for t in targets if not (named[t.id] or carried[t.id]) and set(t.parties) <= group}


def both_partners(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    found: tuple[Mapping[str, bool], Mapping[str, bool]],
    where: tuple[frozenset[str], Collection[str], StanceRules],
) -> dict[str, Hit]:
    """Round 38: the party two targets share, named with "दोनों …" for the two others, speaks of both targets.

    After "भारत और पाकिस्तान के बीच तनाव …", "रूस दोनों देशों को अपना दोस्त मानता है", "मॉस्को ने कहा- दोनों
    हमारे दोस्त", "रूस ने दोनों देशों की सदस्यता का समर्थन किया": "the two" are the pair of states the story
    last named together (`last_pair`, as for any "दोनों देश"), and Russia, named beside them and not one of
    them, relates to each: its ties with India and its ties with Pakistan (the codebook's target is the
    relationship, spoken of with one party named and the other given by "दोनों देश"). Only when the unit names
    no state but that shared party, and the last pair named together is exactly the two states it forms a
    target with (`where`: that pair, the world's states); "the two" phrases only (`DUAL_WORDS`).
    """
    named, carried = found
    group, states, rules = where
    duals = [
        h for h in (*unit.of("pair_phrase"), *unit.of("carry")) if unit.text[h.start : h.end].startswith(DUAL_WORDS)
    ]
    named_states = {g for g in groups_at if g in states}
    if not duals or len(named_states) != 1 or len(group) != 2:
        return {}
    (shared,) = named_states
    mine = [t for t in targets if shared in t.parties]
    if shared in group or {p for t in mine for p in t.parties} - {shared} != group:
        return {}
    hit = min(duals, key=lambda h: h.start)
    label = f"{unit.text[hit.start : hit.end]} (the two the story last named, each the named party's friend)"
    return {
        t.id: Hit(hit.kind, hit.name, label, hit.start, hit.end)
        for t in mine
        if not (named[t.id] or carried[t.id])
        and any(befriends(unit, hit, p) for p in predicate_hits(unit, t.id, rules))
    }


FRIEND_WITHIN = 3  # tokens between "दोनों …" and the friend noun: "दोनों देशों को अपना दोस्त", "दोनों का दोस्त"


def befriends(unit: UnitText, dual: Hit, p: Hit) -> bool:
    """Round 38: a friendship predicate (`FRIEND_FAMILIES`) right after "दोनों …" in its clause: "the two" are
    what the party is a friend of ("दोनों का दोस्त", "दोनों हमारे दोस्त"), not the owner of an act judged
    ("दोनों देशों के प्रवेश को … ऐतिहासिक कदम बताया")."""
    idx = unit.index
    if p.start < dual.end or idx.clause_break_between(dual.end, p.start):
        return False
    if family_of(p) in BACKING_FAMILIES:
        return backs_their(unit.text[dual.end : p.start].split())
    if family_of(p) not in FRIEND_FAMILIES:
        return False
    return idx.token_index(p.start) - idx.token_index(dual.end - 1) <= FRIEND_WITHIN


# Stance 40: the named party backing what belongs to each of "the two" ("रूस ने दोनों देशों की सदस्यता का समर्थन
# किया": their membership, their bid): "the two" own the object of the backing through a genitive, so the party
# relates to each as to one whose cause it supports (the codebook's "Russia … supporting", favor). Not what lies
# between the two ("दोनों पड़ोसियों के बीच संवाद का पक्षधर", mediation between them: India–Pakistan ties) nor what
# they are brought to ("दोनों पक्षों को बातचीत की मेज पर लाने में मदद"): the owner must be marked by a genitive
# right after "दोनों …", with no word of "between" or of talks in the object.
BACKING_FAMILIES = frozenset({"trust_support"})
BACKING_WITHIN = 5  # words between "दोनों देशों" and the backing noun: "की पूर्ण सदस्यता का खुलकर"
BETWEEN_WORDS = frozenset(
    {"बीच", "मध्य", "दरमियान", "दरम्यान", "बातचीत", "वार्ता", "संवाद", "शांति", "सुलह", "समझौते", "तनाव"}
)


def backs_their(between: Sequence[str]) -> bool:
    """Stance 40: "दोनों देशों <की X का> समर्थन": a genitive right after "the two" and another closing the object."""
    if not between or len(between) > BACKING_WITHIN or between[0] not in GENITIVE or BETWEEN_WORDS & set(between):
        return False
    return any(w in GENITIVE for w in between[2:])


# Round 38: the relation that holds between the named party and each of "the two" (a friend of both), not an
# act of the two themselves ("दोनों पक्ष चाहें तो …", "दोनों पड़ोसियों को मतभेद सुलझाने चाहिए": what the two do)
FRIEND_FAMILIES = frozenset({"closeness"})


QUOTE_GOES_ON = Hit("carry", "", "(the quotation goes on)", 0, 0)


def quoted_carry(
    spoken: SpokenOf,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    previous_about: Collection[str],
    states: Collection[str],
    in_quote: bool,
) -> SpokenOf:
    """Inside a quotation that spans units, the speaker goes on about the pair of the unit before.

    "… लावरोव ने कहा, "रूस पाकिस्तान को अहम साझेदार मानता है। / हम यह सहयोग आगे बढ़ाएंगे।"":
    the second unit is the same speaker's next sentence (v1.1: every unit inside a
    quotation spanning units is quoted); its "हम", "यह", "मुझे उन पर" refer to what the
    first spoke of, wherever they stand. The previous unit's target is carried when it
    spoke of exactly one and this unit names no state outside that target; a unit that
    speaks of a target already keeps its own reading.
    """
    if not in_quote or any(spoken.about(t.id) for t in targets):
        return spoken
    before = [t for t in targets if t.id in previous_about]
    if len(before) != 1 or any(g in states and g not in before[0].parties for g in groups_at):
        return spoken
    carried = {**spoken.carried, before[0].id: True}
    return SpokenOf(
        spoken.named,
        carried,
        QUOTE_GOES_ON,
        spoken.paired,
        spoken.implied,
        spoken.hurt,
        spoken.objected,
        dual=spoken.dual,
    )


def goes_on(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    previous_about: Collection[str],
    rules: StanceRules,
    states: Collection[str],
    found: tuple[Mapping[str, bool], Mapping[str, bool], Mapping[str, Hit]],
    story: tuple[Sequence[str], str] = ((), ""),
) -> dict[str, Hit]:
    """A unit naming no state at all, right after a unit about one pair, goes on about that pair.

    "मुलाक़ात के बाद कोई समझौता नहीं हुआ", "हेलीकॉप्टरों की डिलीवरी अगले साल शुरू होगी": news
    Hindi drops both parties once the running text has named them, as it drops a pronoun.
    A predicate of a family that needs a partner (`carry.implied_partner_families`: a deal,
    a supply, a drill …) then has the previous unit's pair as its parties. Only when the
    previous unit spoke of exactly one target, and the unit names no state, no
    international organisation and no partner of its own ("बाकी देशों के साथ भी समझौते
    होंगे": a partner marker names who the deal is with).

    Round 33: not past an aside. In a story of two pairs whose lead settled one (`main_pair`), a unit
    right after a sentence on the other pair ("मॉस्को ने भारत की नाराज़गी के डर से …" in a Russia–Pakistan
    story) that names no state has returned to the story ("सप्लाई 2017 तक पूरी होगी"): the aside's pair
    does not go on, and `story_pair` reads the main pair, as round 32's `dual_main` does for "दोनों".
    Inside a quotation spanning units the speaker goes on (the caller passes no `story` there).
    """
    named, carried, paired = found
    before = [t for t in targets if t.id in previous_about]
    if len(before) != 1 or any(g in states for g in groups_at) or organisations(unit) or unit.of("partner_marker"):
        return {}
    t = before[0]
    main = main_pair(*story)
    if len(story[0]) > 1 and len(main) == 1 and main[0] != t.id:
        return {}  # round 33: the unit before was an aside; the story's main pair is read by `story_pair`
    if named[t.id] or carried[t.id] or t.id in paired:
        return {}
    hit = implied_partner(unit, t.id, rules, parties=t.parties)
    if hit is None:
        return {}
    return {t.id: Hit(hit.kind, hit.name, f"{hit.pattern} (the previous unit's pair goes on)", hit.start, hit.end)}


STORY_PAIR = "(the story's pair)"
MAIN_PAIR = "(the story's main pair)"


def main_pair(story_pairs: Sequence[str], lead: str) -> tuple[str, ...]:
    """The one pair a unit naming no state falls back on: the story's only pair, else its main pair.

    Round 19: a story that has named two pairs (a Russia–Pakistan exercise with one sentence on
    Russia–India ties) is still about one of them, the pair its lead names (`coding.lead_pair`):
    "लेकिन मॉस्को ने अभ्यास तय कार्यक्रम के अनुसार ही कराया", "दौरे के दौरान कोई बड़ा समझौता नहीं
    हुआ". Empty when no lead settles it (a lead naming two pairs at once: "-"), as before round 19.
    """
    if len(story_pairs) == 1:
        return tuple(story_pairs)
    return (lead,) if lead in story_pairs else ()


def story_pair(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    story_pairs: Sequence[str],
    rules: StanceRules,
    states: Collection[str],
    spoken: Collection[str],
    lead: str = "",
) -> dict[str, Hit]:
    """A unit naming no state, in a story about one pair, speaks of that pair through a relational predicate.

    Round 9: "आपूर्ति एक बार फिर टल गई है", "बातचीत फिलहाल रोक दी गई है" several units
    after the pair was named: news Hindi names the story's pair in the headline and the
    lead and then drops it (or names only the goods, "एस-400", or an office) for as long
    as the story stays on it. Unlike `goes_on`, the unit before need not be about the pair.
    Only when the story has named exactly one target with all its parties (its main pair:
    a story that has named two is left to the units around), the unit names no state, no
    international organisation, no partner and no pair phrase of its own, speaks of no target otherwise,
    and has a predicate of a family that needs a partner (`carry.implied_partner_families`) or
    of a setback or strain (`carry.story_pair_families`): with no state in the unit, the
    setback is the story's ("अमली काम शुरू नहीं हो सका", "मतभेद इसकी वजह रहे").
    """
    label = STORY_PAIR if len(story_pairs) == 1 else MAIN_PAIR
    story_pairs = main_pair(story_pairs, lead)  # round 19: a story of two pairs, its lead's
    if len(story_pairs) != 1 or spoken or any(g in states for g in groups_at):
        return {}
    if organisations(unit) or any(unit.of(k) for k in ("partner_marker", "pair_phrase", "group_phrase")):
        return {}  # a partner of its own, or "दोनों पक्ष" the story did not resolve to its pair (`last_pair`)
    (tid,) = story_pairs
    if tid not in {t.id for t in targets}:
        return {}
    families = rules.implied_partner_families | rules.story_pair_families
    if label == MAIN_PAIR:  # round 19: a story of two pairs names a third one too; a strain may be theirs
        families = rules.main_pair_families
    hits = [h for h in predicate_hits(unit, tid, rules) if family_of(h) in families and not possessor(unit, h)]
    if not hits or scheduled(unit):
        return {}
    hit = min(hits, key=lambda h: h.start)
    return {tid: Hit(hit.kind, hit.name, f"{hit.pattern} {label}", hit.start, hit.end)}


# Stance 50: the words of giving an assurance (the trust_support family's assurances, not its support or trust)
ASSURANCES = (
    "आश्वासन",
    "आश्वस्त",
    "भरोसा दिला",
    "भरोसा दिल",
    "भरोसा दिया",
    "यकीन दिला",
    "यक़ीन दिला",
    "विश्वास दिला",
    "यकीनदिहानी",
    "यक़ीनदिहानी",
    "assur",
)
ASSURED_FAMILIES = frozenset({"trust_support"})
# what is assured of a third party (its ties held back) is that pair's: for the reassured one, the assurance counts
ASSURED_ONLY = "(the assurance alone: what is assured is the third party's)"


def reassured(targets: Sequence[Target]) -> list[Target]:
    """Stance 50: the targets whose favor row names the shared party reassuring the other ("Russia reassuring India").

    Read from the codebook's targets once per targets object (`_REASSURED`), not once per unit.
    """
    seen = _REASSURED.get(id(targets))
    if seen is None or seen[0] is not targets:
        seen = _REASSURED[id(targets)] = (
            targets,
            [t for t in targets if any(r.startswith("favor:") and "reassuring" in r for r in t.rules)],
        )
    return list(seen[1])


# `reassured` by the id of its targets object, kept with the object itself (so its id is never another's)
_REASSURED: dict[int, tuple[Sequence[Target], list[Target]]] = {}


def assured(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    story_pairs: Sequence[str],
    rules: StanceRules,
    spoken: Collection[str],
) -> dict[str, Hit]:
    """Stance 50: an assurance given by the shared party with no addressee named is given to the reassured party.

    The codebook's ru_in favor row: "Russia reassuring India"; its ru_pk against row: "Russia reassuring India it
    will not arm Pakistan". News Hindi drops the addressee: "रक्षा मंत्रालय के एक अधिकारी ने बताया कि रूस ने
    पाकिस्तान को हथियार न बेचने का भरोसा दिलाया है", "उनके मुताबिक रूस ने एस-400 की समय पर डिलीवरी का भी आश्वासन
    दिया". In a story that has named the reassured target whole (`story_pairs`), a unit naming its shared party
    and not its other one, with an assurance (`ASSURANCES`, of `ASSURED_FAMILIES`) that has no addressee (not
    right after "को": "शोइगु ने पाकिस्तानी नेतृत्व को भरोसा दिलाया") and is not denied ("कोई आश्वासन नहीं"),
    speaks of that target. Pakistan named in what is assured is the assurance's content, not its addressee.
    """
    out: dict[str, Hit] = {}
    for t in reassured(targets):
        if t.id in spoken or t.id not in story_pairs:
            continue
        shared = [p for p in t.parties if all(p in o.parties for o in targets)]
        other = [p for p in t.parties if p not in shared]
        if not shared or not all(p in groups_at for p in shared) or any(p in groups_at for p in other):
            continue
        thirds = [
            at for o in targets if o.id != t.id for p in o.parties if p not in shared for at in groups_at.get(p, ())
        ]
        if thirds and not held_back_after(unit, min(thirds)):
            continue  # "पुतिन ने पाकिस्तान को … आगे बढ़ाने का आश्वासन दिया": assured to the party it names
        for h in predicate_hits(unit, t.id, rules):
            said = unit.text[h.start : h.end + 12]  # "भरोसा" + " दिलाया": the verb after the noun
            if family_of(h) not in ASSURED_FAMILIES or not said.startswith(ASSURANCES):
                continue
            before = unit.text[: h.start].split()[-1:]
            after = unit.text[h.end :].split()[:3]
            if before in (["को"], ["कोई"]) or "नहीं" in after:
                continue
            out[t.id] = Hit(h.kind, h.name, f"{h.pattern} {ASSURED_ONLY}", h.start, h.end) if thirds else h
            break
    return out


HOLDING_BACK = frozenset({"न", "नहीं", "ना", "सीमित", "not", "no"})


def held_back_after(unit: UnitText, at: int) -> bool:
    """Stance 50: what is assured of a third party named at `at` holds the ties with it back: a negation or a
    limit after it ("… पाकिस्तान को हथियार न बेचने का", "… पाकिस्तान के साथ सैन्य सम्बन्ध सीमित रखेगा"). A promise
    to it ("पाइपलाइन को आगे बढ़ाने का आश्वासन", "हालात को ठंडा करने में किरदार अदा करने का यक़ीन") is its own."""
    return bool(set(unit.text[at:].split()) & HOLDING_BACK)


HEEDED_MAIN = "(held back for India's sake: the story's main pair)"


def heeded_main(
    unit: UnitText,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    story: tuple[Sequence[str], str],
    rules: StanceRules,
    states: Collection[str],
    spoken: Collection[str],
) -> dict[str, Hit]:
    """Round 33: Russia heeding India's objection speaks of the story's main pair, which Russia held back from.

    "कई बरसों तक मॉस्को ने नई दिल्ली की नाराज़गी के डर से ऐसी किसी डील से परहेज़ किया था" in a story of a
    Russia–Pakistan deal names Russia and India only; what Russia held back from is the story's pair (its
    lead's, `main_pair`), which `held_back` then reads as restrained. Only when the unit names no state
    outside the two pairs' parties and India's objection is heeded "for fear of" it (`stance.objection.heeding`:
    the phrase says the restraint); after a time or cause phrase ("भारत की आपत्ति के बाद …") only what follows
    tells whether Russia held back from Pakistan ("… अभ्यास पीओके में नहीं होगा" is a clarification, none for
    both of C's coders), so there the pair must be named.
    """
    main = main_pair(*story)
    t = next((o for o in targets if main == (o.id,) and o.id not in spoken), None)
    if t is None or t.id in rules.objection_targets:
        return {}
    for o in targets:
        own = own_parties(o, targets)
        if o.id not in rules.objection_targets or own & set(t.parties) or not own & set(groups_at):
            continue
        if any(g in states and g not in set(o.parties) | set(t.parties) for g in groups_at):
            return {}
        at = states_named(unit, groups_at, states)
        for h in objections(unit, o.id, rules):
            if objection_holder(h, unit, at) not in own or irrealis(h, unit) is not None:
                continue
            m = heeded(h, unit, live_negations(unit), predicate_hits(unit, o.id, rules))
            if m is not None and m.kind == "heeding":  # "के डर से" says the restraint; "के बाद" only the order
                return {t.id: Hit("against", h.name, f"{h.pattern} {HEEDED_MAIN}", h.start, h.end)}
    return {}


GENITIVE = ("का", "की", "के")


def possessor(unit: UnitText, h: Hit) -> bool:
    """An event word opening the unit with a genitive after it: the unit is about a part of the event.

    "अभ्यास का पहला हफ्ता पहाड़ी इलाकों में रखा गया है", "डिलीवरी की तारीख तय हुई": a part, a
    date or a place of the event (logistics, which the codebook codes none); the event is the
    possessor, no predicate of the unit. Inside the unit ("इस सौदे के फ़ायदे पर सवाल") it stays one.
    """
    rest = unit.text[h.end :].split(maxsplit=1)
    return unit.index.token_index(h.start) == 0 and bool(rest) and rest[0] in GENITIVE


def unit_pairs(
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    article_pair: Collection[str],
    story_pairs: Sequence[str],
    previous_about: Collection[str] = (),
    dual: str = "",
) -> frozenset[str]:
    """Which of the pairs the story has named a unit with one party (or none) speaks of.

    A story keeps every target it has named with all its parties (`story_pairs`), not only
    the last one: one background sentence on Russia–India ties in a Russia–Pakistan story
    does not make "इस्लामाबाद ने इस फैसले का स्वागत किया" a Russia–India unit. A unit naming
    a party that belongs to only one of the story's pairs (Pakistan, its capital, leaders or
    army → Russia–Pakistan; India → Russia–India) speaks of that pair. A unit naming only a
    party the story's pairs share (Russia), or none ("दोनों देश"), is read as the pair the
    previous unit spoke of, when it spoke of one of the story's pairs, else the pair the story
    named last (`article_pair`): a reader takes it from the running text. (A headline
    before the story names its pair is read with the story: `coding.headline_with_story`.)
    Round 32: "दोनों देश" naming no party is the story's main pair (`dual`, from `dual_main`).
    Round 46: so is a unit naming only the shared party (or none) in a story whose lead settled its main
    pair (`main_pair`, passed as `dual`): a passing mention of a third state ("उरी हमले के बाद भारत ने रूस से
    अभ्यास रद्द करने का अनुरोध किया था") sets the pair of the unit that names it, not of the unit after it
    ("लेकिन मॉस्को ने अभ्यास तय कार्यक्रम के अनुसार ही कराया"): the story's pair carries over the aside.
    """
    if not story_pairs:
        return frozenset(article_pair)
    previous = [t for t in story_pairs if t in previous_about]
    own = own_pairs(targets, groups_at, story_pairs)
    if own:
        return own
    if dual in story_pairs:
        return frozenset({dual})
    return frozenset(previous) if len(previous) == 1 else frozenset(article_pair)


def narrated(unit: UnitText, in_quote: bool) -> bool:
    """Round 46: the unit narrates, with no speech verb of its own, no quotation open before it and no carry
    pronoun pointing back ("यह", "इससे": `carry`, not the weak "इस <noun>").

    A statement after an aside is most often the answer to it ("रूसी दूतावास ने सफाई दी कि …" after India's
    objection; "उन्होंने कहा, …" after an Indian official's words), and "रूस ने यह अनुरोध नहीं माना" refuses
    the aside's request: they go on with the aside's pair. A narrated unit naming only the shared party (or
    none) has returned to the story (`unit_pairs`), also with a source phrase ("खबरों के अनुसार रूस ने …",
    and "तय कार्यक्रम के अनुसार", which is none): a source is no speaker answering the aside (measured on
    the read sets: with `attribution` as a stop, 4 unit-targets fewer right, 3 more false calls).
    """
    return not (in_quote or unit.of("speech_verb") or unit.of("carry"))


DUAL_WORDS = ("दोनों", "both", "the two")  # the pair phrases that say "the two" (not द्विपक्षीय, आपसी, बाहमी)
OUR = frozenset({"हमारे", "हमारी", "हमारा", "हम", "our", "we"})  # a first-person owner right before "दोनों"
OPENING_MARKS = "\"'“”‘’«»`("  # marks that may open a quotation right before the owner ('"हमारे दोनों …')


def dual_main(unit: UnitText, story_pairs: Sequence[str], lead: str) -> str:
    """Round 32: the story's main pair for "दोनों देश/मुल्क/नेता …" in a story of two pairs, else "".

    A Russia–Pakistan story that turns for a sentence to Russia–India ties ("भारत आज भी रूस का सबसे बड़ा
    खरीदार है") and then says "दोनों मुल्कों के बीच …" has returned to its own pair: "the two" points to the
    pair the story is about, which its lead named (`main_pair`), not to the pair of the aside before it (the
    read sets' coders, A–E, G–Z, AA–AL; `unit_pairs` read the aside's pair, or both). Only the "दोनों"
    phrases (`DUAL_WORDS`): "द्विपक्षीय", "आपसी" name no two; the caller asks only for a unit that names
    no party of any target (one that does is read by its names, as before).
    """
    main = main_pair(story_pairs, lead)
    if len(story_pairs) < 2 or len(main) != 1:
        return ""
    duals = [h for h in unit.of("pair_phrase") if unit.text[h.start : h.end].startswith(DUAL_WORDS)]
    if not duals or any({w.strip(OPENING_MARKS) for w in unit.text[: h.start].split()[-1:]} & OUR for h in duals):
        return ""  # "हमारे दोनों मुल्क": the speaker's own pair, which the speaker, not the lead, settles
    return main[0]


def own_pairs(targets: Sequence[Target], groups_at: Mapping[str, list[int]], pairs: Sequence[str]) -> frozenset[str]:
    """The pairs among `pairs` with a party named in the unit that no other of them has.

    Pakistan, its capital, leaders or army belong to Russia–Pakistan alone; Russia, which
    every pair shares, names none of them.
    """
    parties = {t.id: set(t.parties) for t in targets if t.id in pairs}
    return frozenset(
        tid
        for tid, ps in parties.items()
        if any(p in groups_at and all(p not in qs for o, qs in parties.items() if o != tid) for p in ps)
    )


def hurt_party(
    unit: UnitText,
    target: Target,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    context: tuple[Collection[str], Collection[str]],
    rules: StanceRules,
    states: Collection[str],
) -> Hit | None:
    """An against predicate dealt to a party by the article's pair: Russia acting against India.

    In a Russia–Pakistan story, right after a unit about that pair, "यह भारत के लिए बड़ा
    झटका है" names India alone with a blow: the act of the pair's shared party (Russia)
    deals India the blow, so Russia–India ties are portrayed `against` (codebook: Russia
    acting against India's interests). Only an against predicate of a family that needs a
    partner (`carry.implied_partner_families`: a blow, a cancellation, a refusal) does: a
    plain worry or a welcome of India's says nothing of Russia's ties with it. The unit
    names no state but the hurt party, and the previous unit spoke of the article's pair, or
    (round 13) the unit points back to the story's event with a demonstrative ("भारत को भी इस
    बातचीत से बाहर रखा गया" after a side remark on a third state: the story's talks). Round 22: the
    party's own diplomacy called a failure ("यह भारत की कूटनीति की विफलता है": `diplomatic_failure`) is
    such a blow, with a demonstrative pointing back as well as after a unit about the pair.
    """
    previous_about, article_pair = context
    if target.id in article_pair or organisations(unit):
        return None
    named_states = {g for g in groups_at if g in states}
    pointed = bool(unit.of("carry") or unit.of("weak_carry"))  # "इस बातचीत", "इस बैठक": the story's event
    for pair in targets:
        shared = set(pair.parties) & set(target.parties)
        own = set(target.parties) - shared
        if pair.id not in article_pair or len(shared) != 1 or not own:
            continue
        failed = diplomatic_failure(unit, target.id, rules, [s for p in own for s in groups_at.get(p, ())])
        if pair.id not in previous_about and not (pointed and (failed or dealt_to(unit, groups_at, own))):
            continue
        if own <= named_states and named_states <= own:
            hit = failed or implied_partner(unit, target.id, rules, parties=target.parties)
            if hit is not None and family_of(hit) == "refusal_denial" and acts_itself(unit, groups_at, own):
                return None  # stance 40: "प्रधानमंत्री मोदी शिखर सम्मेलन में सम्मिलित नहीं हुए": its own refusal
            return hit if hit is not None and hit.kind == "against" else None
    return None


AGENT_OPENING = 2  # a party named among the unit's first words with no case marker after it is its subject


def acts_itself(unit: UnitText, groups_at: Mapping[str, list[int]], parties: Collection[str]) -> bool:
    """Stance 40: the party is the agent of the refusal, not the one it is dealt to.

    A refusal (staying away, declining, not taking part) is the act of whoever refuses: "प्रधानमंत्री मोदी इस बार
    शिखर सम्मेलन में सम्मिलित नहीं हुए", "नई दिल्ली ने भाग लेने से इनकार किया" say what India did, no blow Russia's
    act dealt it (`hurt_party`). The party is the agent when "ने" follows its name before any other case marker,
    or when it opens the unit (its first words) in the nominative, no case marker right after it. A party marked
    as the recipient ("भारत को न्योता नहीं मिला", "भारत के लिए झटका") is no agent.
    """
    idx = unit.index
    for p in parties:
        for s in groups_at.get(p, ()):
            after = unit.text[s:].split()[1:4]
            marker = next((w for w in after if w in CASE_MARKERS), None)
            if marker == "ने":
                return True
            if marker is None or after[:2] and not set(after[:2]) & CASE_MARKERS:
                if idx.token_index(s) <= AGENT_OPENING and not set(after[:1]) & CASE_MARKERS:
                    return True
    return False


def dealt_to(unit: UnitText, groups_at: Mapping[str, list[int]], parties: Collection[str]) -> bool:
    """Round 13: a party marked by को (the one something is done to: "भारत को भी … बाहर रखा गया"), not
    the agent of its own act ("नई दिल्ली ने … टिप्पणी करने से इनकार किया")."""
    return any("को" in unit.text[s:].split()[1:3] for p in parties for s in groups_at.get(p, ()))


def own_parties(target: Target, targets: Sequence[Target]) -> frozenset[str]:
    """The parties of `target` no other target has (India for Russia–India; Russia is shared)."""
    return frozenset(p for p in target.parties if all(p not in t.parties for t in targets if t.id != target.id))


def states_named(unit: UnitText, groups_at: Mapping[str, list[int]], states: Collection[str]) -> list[tuple[Hit, str]]:
    """(mention, state) of every state the unit names, in text order: who may hold a worry."""
    at = {m.start: m for m in named_mentions(unit)}
    found = [(at[s], g) for g in groups_at if g in states for s in groups_at[g] if s in at]
    return sorted(found, key=lambda x: (x[0].start, x[1]))


def objections(unit: UnitText, target_id: str, rules: StanceRules) -> list[Hit]:
    """The unit's worry and objection predicates (`stance.objection.families`) for a target."""
    return [h for h in predicate_hits(unit, target_id, rules) if family_of(h) in rules.objection_families]


def objected_act(
    unit: UnitText,
    target: Target,
    targets: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    context: tuple[Collection[str], Collection[str]],
    rules: StanceRules,
    states: Collection[str],
) -> Hit | None:
    """The target's own party objecting to the act the previous unit reported: "इससे भारत की चिंता बढ़ गई है".

    Round 7, the project's reading of codebook v1.1: India's worry, unease or objection
    at a Russian act, or at Russia's ties with a third state, portrays Russia acting
    against India's interests (ru_in against). Right after a unit about a pair with
    Russia in it, a unit that names India and no other state but the act's parties
    (round 11: "इससे पाकिस्तान की ताकत बढ़ेगी, जो भारत के हित में नहीं है") (news Hindi drops the act,
    or points at it with "इससे", "इस कदम", "इस मश्क़ पर") and whose worry India holds
    (`objection_holder`) speaks of Russia–India ties. When the previous unit spoke of no
    target, a demonstrative ("इस पर नाराज़गी", "इस अपील को लेकर") points back to the story's
    act: the story's pair must be set. Only for `stance.objection.targets`.
    `context`: (targets the previous unit spoke of, the story's pairs for this unit).
    """
    previous_about, article_pair = context
    own = own_parties(target, targets)
    named = {g for g in groups_at if g in states}
    pointed = bool(article_pair) and bool(unit.of("carry") or unit.of("weak_carry"))
    act_parties = {p for o in targets if o.id in previous_about for p in o.parties}  # round 11: the act's own
    if target.id not in rules.objection_targets or not (previous_about or pointed) or not named & own:
        return None
    if not named <= own | act_parties:
        return None
    if organisations(unit):
        return None
    at = states_named(unit, groups_at, states)
    return next((h for h in objections(unit, target.id, rules) if objection_holder(h, unit, at) in own), None)


def weak_carry(
    unit: UnitText, target: Target, groups_at: Mapping[str, list[int]], rules: StanceRules, states: Collection[str]
) -> Hit | None:
    """An opening determiner or agent pronoun that carries the previous unit's pair, when the unit is about ties.

    "इस समझौते से …", "उन्होंने कहा कि सहयोग …" (`carry.weak_pronouns`, and the agent
    pronouns of `voice.pronouns.self_marked`) refer back to what or who the previous unit
    named. They carry its target only where the unit names no state outside the target
    and speaks of ties: a relation noun or a predicate that needs a partner. "इस साल
    पाकिस्तान की अर्थव्यवस्था बढ़ी" carries nothing; nor does a word inside a longer cue
    ("मेड इन इंडिया"). A determiner with the story's event or goods as the subject ("इस दौरे
    को सफल बताया", "इन हथियारों से …": a phrase of `carry.weak_pronouns`) refers back to
    what the previous unit spoke of: any relationship predicate outside the phrase carries.
    When the previous unit spoke of several targets, none is carried.
    """
    within = rules.carry_within_tokens
    longer = [(f.start, f.end) for f in unit.of("frame")]  # "मेड इन इंडिया": its इन is no pronoun
    weak = [
        h
        for h in (*unit.of("weak_carry"), *unit.of("self_marked"))
        if opens_clause(unit, h, within)
        and not any(s <= h.start and h.end <= e and e - s > h.end - h.start for s, e in longer)
    ]
    if not weak or organisations(unit) or any(g in states and g not in target.parties for g in groups_at):
        return None
    if unit.of("relation_noun") or implied_partner(unit, target.id, rules) is not None:
        return min(weak, key=lambda h: h.start)
    if speaker_goes_on(unit, groups_at, states) and predicate_hits(unit, target.id, rules):
        return unit.of("self_marked")[0]  # stance 48: the same speaker's next sentence
    phrases = [h for h in weak if " " in unit.text[h.start : h.end]]
    spans = [(h.start, h.end) for h in phrases]
    outside = [p for p in predicate_hits(unit, target.id, rules) if not inside(p.start, spans)]
    return min(phrases, key=lambda h: h.start) if phrases and outside else None


def speaker_goes_on(unit: UnitText, groups_at: Mapping[str, list[int]], states: Collection[str]) -> bool:
    """Stance 48: a unit whose speaker is the agent pronoun that opens it, naming no state: the speaker goes on.

    "उन्होंने कहा कि अगले साल आयात बढ़ेगा", "उन्होंने बताया, "…"" after a unit in which that speaker spoke of a
    pair: the reported clause says more of what the speaker was speaking of (the codebook: a unit that only
    attributes takes its referent's stance; the pair carries over in the article), as a quotation spanning
    units does (`quoted_carry`). Any stance predicate then counts, not only one that needs a partner: the
    partner is the one the speaker named. Only with the pronoun first and a speech lead before the clause
    (`reported_start`), and no state named at all (a state named is what the clause is about); not a clause
    the speaker only supposes (`stance.objection.irrealis`: "अगर …", "… हो सकता है"), which portrays nothing done.
    """
    pronouns = unit.of("self_marked")
    if not pronouns or unit.index.token_index(pronouns[0].start) != 0 or any(g in states for g in groups_at):
        return False
    if unit.of("irrealis"):
        return False
    return reported_start(unit) > 0


def organisations(unit: UnitText) -> tuple[Hit, ...]:
    """International organisations named (the `international` speaker role: UN, IMF, World Bank …).

    They can be the partner of a predicate ("पाकिस्तान ने आईएमएफ से कर्ज का समझौता किया"),
    so a unit naming one leaves the partner open: no implied partner, no weak carry.
    """
    return tuple(h for h in unit.of("role") if h.name == "international")


def implied_partner(
    unit: UnitText, target_id: str, rules: StanceRules, setbacks: bool = False, parties: Collection[str] = ()
) -> Hit | None:
    """The first predicate of a relational family: a party acting toward an unnamed partner.

    "रूस ने हेलीकॉप्टर देने का वादा किया" in a Russia–Pakistan story names one party; a
    predicate of a family that needs a partner (supply, agreement, exercises, invitation,
    commitment …: `carry.implied_partner_families`) takes the article's other party as
    that partner. Growth or benefit words ("अर्थव्यवस्था बढ़ी") need no partner and do not.
    """
    if scheduled(unit):
        return None
    families = rules.implied_partner_families | (rules.story_pair_families if setbacks else frozenset())
    hits = predicate_hits(unit, target_id, rules)
    # round 17: condemning a particular attack is solidarity with the state it struck, a partner, unless the
    # unit names a place of a state outside the target ("उरी हमले" in a Russia–Pakistan story: India's)
    struck = bool(parties) and all(p.name in parties for p in unit.of("stance_place"))
    partnered = (h for h in hits if family_of(h) in families or (struck and condemned_attack(h, unit, rules)))
    return min(partnered, key=lambda h: h.start, default=None)


def other_states(
    unit: UnitText, t: Target, groups_at: Mapping[str, list[int]], rules: StanceRules, states: Collection[str]
) -> list[str]:
    """States named besides the target's parties that could be its party's partner.

    Round 11: states left out together with the party (`left_out_together`) are no partner of it.
    Round 13: nor is a state named only in a background phrase, what the act happens because
    of, amid or despite ("यूक्रेन युद्ध के कारण रूस समय पर आपूर्ति नहीं कर पा रहा": the war is the
    cause, not the supply's partner; `background_only`). Round 32: nor the state India leans toward
    ("भारत का अमेरिका की ओर झुकाव", `west_tilt_hits`): the lean is away from the story's partner.
    """
    start = objection_clause(unit, t.id, rules)  # round 26: "…, जिस पर भारत ने आपत्ति जताई"
    leaned = [(h.start, h.end) for h in west_tilt_hits(unit, t.id, rules)]  # round 32: what India leans toward
    others = [
        g
        for g in groups_at
        if g in states
        and g not in t.parties
        and not background_only(unit, groups_at[g], rules)
        and not (start is not None and all(p >= start for p in groups_at[g]))
        and not (leaned and all(inside(p, leaned) for p in groups_at[g]))
    ]
    if others and (out := left_out_together(unit, t.id, rules, states)) and set(t.parties) & out:
        others = [g for g in others if g not in out]
    return others


# Hindi grammar: the oblique relative with पर ("जिस पर", "जिन पर": on which) after a comma or a noun
# opens a clause about the event just named; round 8's relative list has the fused forms only.
RELATIVE_ON = re.compile(r"(?<![\w\u0900-\u097F])(?:जिस|जिन)\s?पर(?![\w\u0900-\u097F])")


def objection_clause(unit: UnitText, target_id: str, rules: StanceRules) -> int | None:
    """Round 26: where a relative clause of objection to the event before it begins, or None.

    "2016 में पहला संयुक्त अभ्यास हुआ था, जिस पर भारत ने आपत्ति जताई थी": the main clause tells the
    event (the story's pair: a drill held), the relative clause a third state's objection to it. The
    objector, named only in that clause, is no partner of the event (`other_states`), and its own
    ties with Russia take the objection, not the event (`objected_in_relative`). Only with an
    objection predicate (`stance.objection.families`) after the relative.
    """
    m = RELATIVE_ON.search(unit.text)
    if m is None or not any(h.start > m.start() for h in objections(unit, target_id, rules)):
        return None
    return m.start()


def objected_in_relative(
    unit: UnitText, h: Hit, t: Target, groups_at: Mapping[str, list[int]], codebook: Codebook
) -> bool:
    """Round 26: `h` tells the event a party of `t` objects to in a relative clause after it: not `t`'s tie.

    "… अभ्यास हुआ था, जिस पर भारत ने रूस के सामने आपत्ति जताई": the drill held is the event India objects
    to; for Russia–India ties the objection speaks (against), the drill is Russia–Pakistan's. The
    objector is the target's own party (not Russia, which every target shares) named only in the clause.
    """
    start = objection_clause(unit, t.id, codebook.stance)
    if start is None or h.end > start:
        return False
    shared = shared_parties(codebook.targets)
    own = [p for p in t.parties if p not in shared]
    return any(p in groups_at and all(q >= start for q in groups_at[p]) for p in own)


# Hindi grammar: the postpositions of cause among the background markers (`contrast.concessive_before`);
# "के बीच" is also "between" (a meeting's two sides) and "के बाद" a sequence, so only cause counts here.


def background_only(unit: UnitText, positions: Sequence[int], rules: StanceRules) -> bool:
    """Every mention at `positions` lies in a cause phrase: the clause up to "के कारण", "के चलते",
    "की वजह से" (a background phrase of round 8), which says why the main predicate happens,
    not who it is with."""
    text, breaks = unit.text, rules.clause_breaks
    regions = [
        (_previous_break(text, h.start, breaks), h.end)
        for h in unit.of("contrast")
        if h.name == "concessive_before" and h.pattern in rules.cause_markers
    ]
    return bool(regions) and all(inside(s, regions) for s in positions)


# The families of a party left out of what the other convenes ("को नहीं बुलाया", "को बुलाया ही
# नहीं", "सम्मिलित नहीं"): refusals, and an invitation under a negation.
LEFT_OUT_FAMILIES = frozenset({"refusal_denial", "invitation"})


def left_out_together(unit: UnitText, target_id: str, rules: StanceRules, states: Collection[str]) -> frozenset[str]:
    """States left out together: the group named right before a party-left-out predicate (round 11).

    "इस बैठक में भारत और अफगानिस्तान को बुलाया ही नहीं गया": India and Afghanistan are both
    the ones not invited; neither is a partner who could have invited the other, so the
    convener is the story's other party, as when India alone is named. The group is the
    coordinated states (`coordinated_groups`) or the one state whose last name ends at most
    one word before a refusal or a negated invitation. Empty when the unit has none.
    """
    text, idx = unit.text, unit.index
    live = live_negations(unit)
    found: set[str] = set()
    for h in predicate_hits(unit, target_id, rules):
        fam = family_of(h)
        if fam not in LEFT_OUT_FAMILIES or (fam == "invitation" and negation_of(h, live, idx, rules) is None):
            continue
        for group in [*coordinated_groups(unit, states), *([m] for m in unit.of("place") if m.name in states)]:
            last = group[-1]
            if last.end <= h.start and len(text[last.end : h.start].split()) <= 1:
                found |= {m.name for m in group}
    return frozenset(found)


def setback_partner(
    unit: UnitText, target: Target, groups_at: Mapping[str, list[int]], story_pairs: Sequence[str]
) -> bool:
    """Whether a setback or strain in a unit naming one party takes the story's other party.

    Round 10: "पाकिस्तानी विदेश कार्यालय ने माना कि यह फैसला निराशाजनक है", "इसे इस्लामाबाद की
    कूटनीतिक नाकामी बताया जा रहा है": in a story about one pair (`story_pairs`), one of its
    parties met with a setback speaks of that pair, as a unit naming none does (`story_pair`).
    Not when the unit names anyone else a setback could be with or come from (the West, the
    US, a third state: "पश्चिमी प्रतिबंधों के कारण … दिक्कतें") or a pair or group of its own.
    Round 38: the caller passes the story's main pair (`main_pair`), so a story of two pairs whose lead
    settles one ("पाकिस्तान के हाथ निराशा लगी" after an aside on Russia–India ties) reads the setback as
    that pair's, as `story_pair` does for a unit naming no state; a story whose lead settles neither, none.
    """
    if len(story_pairs) != 1 or target.id not in story_pairs:
        return False
    if any(unit.of(k) for k in ("pair_phrase", "group_phrase", "partner_marker")):
        return False
    if any(unit.text[h.start : h.end] == BOTH for h in unit.of("carry")):
        return False  # "दोनों पड़ोसी देश अपने मतभेद …": a pair of the unit's own, not the story's
    return all(g in target.parties or g in SPEAKER_SIDES for g in groups_at)


# Speaker sides that are no party a relationship can be with (a news agency, "other" speakers)
SPEAKER_SIDES = frozenset({"media", "other", "unknown"})
# Hindi grammar: "both", the pronoun of a pair (one of `carry.pronouns`), wherever it stands
BOTH = "दोनों"


def scheduled(unit: UnitText) -> bool:
    """The unit gives the event's schedule: a span ("दस तारीख", "तीन हफ़्ते"), then a verb of running.

    Round 10: "अभ्यास अगले महीने की दस तारीख तक चलेगा" names the event and how long it runs,
    a date or logistics, which the codebook codes none; the event word is then no predicate
    with a partner the story supplies (`implied_partner`, `story_pair`). A unit that names its
    pair keeps its cues ("रूस और पाकिस्तान का सहयोग जारी रहेगा"). `carry.schedule_spans`,
    `carry.schedule_verbs`.
    """
    verbs = unit.of("schedule_verb")
    return any(s.end <= v.start for s in unit.of("schedule_span") for v in verbs)


def spoken_notes(
    unit: UnitText,
    targets: Sequence[Target],
    spoken: SpokenOf,
    groups_at: Mapping[str, list[int]],
    rules: StanceRules | None = None,
) -> tuple[dict[str, str], list[Cue]]:
    """Why each target is (not) spoken of, and the carry pronoun as evidence."""
    notes: dict[str, str] = {}
    cues: list[Cue] = []
    for t in targets:
        if spoken.carried[t.id]:
            h = spoken.carry
            cues.append(unit.cue(f"stance_{t.id}", "carried", h.pattern, h.start, h.end))
            by = "the quotation going on" if h == QUOTE_GOES_ON else f"'{unit.text[h.start : h.end]}'"
            notes[t.id] = f"carried from the previous unit by {by}"
            if t.id in spoken.from_story:
                notes[t.id] = f"carried by {by} to the story's pair (the unit before spoke of no pair)"
        elif spoken.named[t.id]:
            notes[t.id] = "parties named: " + ", ".join(t.parties)
        elif t.id in spoken.paired:
            h = spoken.paired[t.id]
            cues.append(unit.cue(f"stance_{t.id}", "pair", h.pattern, h.start, h.end))
            notes[t.id] = f"the article's pair, named by '{unit.show(h.start, h.end)}'"
            if t.id == spoken.dual:
                notes[t.id] = f"the story's main pair (its lead's), named by '{unit.show(h.start, h.end)}'"
        elif t.id in spoken.hurt:
            h = spoken.hurt[t.id]
            cues.append(unit.cue(f"stance_{t.id}", "pair", f"{h.pattern} (party hurt by the pair)", h.start, h.end))
            notes[t.id] = f"a party hurt by the article's pair: '{unit.show(h.start, h.end)}' dealt by the shared party"
        elif t.id in spoken.objected:
            h = spoken.objected[t.id]
            cues.append(
                unit.cue(f"stance_{t.id}", "pair", f"{h.pattern} (objection to the act before)", h.start, h.end)
            )
            notes[t.id] = f"its own party objects to the previous unit's act: '{unit.show(h.start, h.end)}'"
        elif t.id in spoken.implied and spoken.implied[t.id].pattern.endswith(STORY_PAIR):
            h = spoken.implied[t.id]
            cues.append(unit.cue(f"stance_{t.id}", "pair", h.pattern, h.start, h.end))
            notes[t.id] = f"the story's pair: no state named, '{unit.show(h.start, h.end)}' needs the partners it names"
        elif t.id in spoken.implied:
            h = spoken.implied[t.id]
            cues.append(unit.cue(f"stance_{t.id}", "pair", f"{h.pattern} (implied partner)", h.start, h.end))
            notes[t.id] = f"the article's pair: one party named, '{unit.show(h.start, h.end)}' implies the partner"
        else:
            missing = [p for p in t.parties if p not in groups_at]
            notes[t.id] = "not spoken of (not named: " + ", ".join(missing) + ")"
            measured = [m for m in unit.of("place") if m.name in missing and rules is not None]
            if any(measure_of(unit.text[m.end : m.end + 40], rules) for m in measured):  # round 33
                notes[t.id] += "; a state named only as the measure of what another gets ('… जितनी छूट'): no party"
            if scheduled(unit):
                notes[t.id] += "; the event's schedule (a date or a span, logistics): no partner supplied"
    if spoken.aside and spoken.aside[0] in notes and spoken.about(spoken.aside[0]):
        main, passed = spoken.aside  # round 46: which pair, and why
        notes[main] += f"; the story's main pair (its lead's), not the aside's ({passed}) the unit before spoke of"
    return notes, cues


def nearest_target(
    cue: Hit,
    named: Sequence[Target],
    groups_at: Mapping[str, list[int]],
    index: TokenIndex,
    regions: Sequence[Region] = (),
) -> bool:
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
    Round 17: a main-clause cue does not reach a party named only in a background phrase
    (`regions`: "भारत की आपत्ति के बावजूद रूसी सेना … पाकिस्तान पहुंच गई": India is named in the
    concession, the drill is Russia–Pakistan's); such a mention counts as in another clause.
    """
    if len(named) < 2 or cue.name not in {t.id for t in named}:
        return True
    main = not inside(cue.start, regions)

    def mention(p: str) -> tuple[bool, bool, int]:
        if not (main and regions):
            return nearest_mention(cue.start, groups_at[p], index)
        outside = [s for s in groups_at[p] if not inside(s, regions)]
        if not outside:
            return (True, *nearest_mention(cue.start, groups_at[p], index)[1:])
        return nearest_mention(cue.start, outside, index)

    def distance(target: Target) -> list[tuple[bool, bool, int]]:
        return sorted((mention(p) for p in target.parties), reverse=True)

    dist = {t.id: distance(t) for t in named}
    return dist[cue.name] == min(dist.values())


def is_referent(unit: UnitText, h: Hit, carry: Hit | None, rules: StanceRules) -> bool:
    """The event noun right after an opening carry pronoun: the subject the unit refers back to.

    "यह अभ्यास दो हफ्ते तक चलेगा", "यह यात्रा ऐसे समय हो रही है …": अभ्यास, यात्रा name the
    previous unit's event, whose stance that unit coded; what this unit says of it decides
    (timing alone is none, codebook v1.1). Only a noun of a family that needs a partner (a
    deal, a supply, a drill) is an event: "यह सकारात्मक कदम है" keeps its predicate, and so
    does a unit with another predicate ("यह सौदा बढ़ते संबंधों का संकेत है").
    """
    if carry is None or carry.kind != "carry" or unit.index.token_index(carry.start) != 0:
        return False
    follows = unit.index.token_index(h.start) == unit.index.token_index(carry.end - 1) + 1
    return follows and family_of(h) in rules.implied_partner_families and not says_of_event(unit, h)


def says_of_event(unit: UnitText, h: Hit) -> bool:
    """Round 24: a cue that runs from the event noun into its own negated verb says something of the event.

    "यह अनुरोध नहीं माना", "इस आग्रह को नहीं माना गया": the determiner points back to the request an
    earlier unit reported, but the cue goes on past the noun to a negator ("नहीं", "न") and its verb, so
    it is no bare event noun: what it says (the request not granted) is what the unit says of the
    event, and decides. A cue that is itself a negating noun ("यह इनकार") starts with its negator and
    stays the event.
    """
    return any(h.start < n.start and n.end <= h.end for n in unit.of("negation"))


def demonstrated_event(unit: UnitText, h: Hit, rules: StanceRules) -> Hit | None:
    """The demonstrative right before an event noun, anywhere in the unit: the event the story named.

    "… कि यह अभ्यास पहाड़ी इलाके में होगा", "70 जवान इस ड्रिल में हिस्सा ले रहे हैं": a
    determiner (a one-word carry pronoun such as यह/ये, or a weak one such as इस/इन/उक्त; "बाकी
    खेप", the rest of a supply, is no determiner) points back to a deal, drill or supply
    an earlier unit reported and coded; this unit names it as its subject, and only what it
    says of it decides (place, date, participants are logistics: none, codebook v1.1).
    `is_referent` is the same reading for a pronoun that opens the unit; this one holds
    wherever the noun phrase stands. Only nouns of a family that needs a partner are events,
    and not those that describe the ties as they are (`discussion.exempt_families`: "इस
    क़ुर्बत", "इसकी भागीदारी" name a state of the ties, which keeps its stance).
    """
    family = family_of(h)
    if family not in rules.implied_partner_families or family in rules.discussion_exempt or says_of_event(unit, h):
        return None
    idx = unit.index
    at = idx.token_index(h.start)
    for d in (*unit.of("carry"), *unit.of("weak_carry")):
        if unit.text[d.start : d.end] in CASE_MARKED_PRONOUNS | PERSONAL_PRONOUNS:
            continue  # "इसे झटका मानने से इनकार": a pronoun with its case fused is no determiner (round 8)
        if " " not in unit.text[d.start : d.end] and d.end <= h.start and idx.token_index(d.end - 1) + 1 == at:
            return d
    return None


# Hindi grammar: pronouns with a case ending fused into them ("इसे" = इस + को, "इससे" = इस + से) stand
# for a noun phrase and cannot determine the noun after them ("इसे झटका बताया": called it a blow).
CASE_MARKED_PRONOUNS = frozenset({"इसे", "इससे", "इसमें", "उसे", "उससे", "उसमें", "इन्हें", "उन्हें", "इनसे", "उनसे"})
# (round 10) the first person ("हमारा साथ दिया", "हमारे रिश्ते") is a speaker, not a demonstrative: it
# points to no event an earlier unit reported, so the predicate after it keeps its stance.
PERSONAL_PRONOUNS = frozenset({"हम", "हमने", "हमारे", "हमारा", "हमारी"})


def objection_reading(
    h: Hit, t: Target, unit: UnitText, codebook: Codebook, at: Sequence[tuple[Hit, str]]
) -> tuple[bool, str, Hit] | None:
    """Round 7: a worry or objection is read by whose it is; (counts for `t`?, note, evidence span) or None.

    The project's reading of codebook v1.1 ("that worry is ru_in against when Russia is
    portrayed acting against India"): India's worry, unease or objection whose object
    is a Russian act or Russia's ties with a third state portrays Russia acting against
    India's interests, so it counts as ru_in against wherever Pakistan or China is
    named beside it; the same worry is no stance of Russia–Pakistan ties (their growth
    keeps its own cue). Not when the worry is asked about or supposed (`irrealis`), nor
    when its clause names a third state and not Russia (Pakistan's or China's own move).
    A worry denied or dispelled is flipped by its negation or decided by the longer
    reassurance cue. None: not a worry, or held by no state named before it (the older rules decide).
    """
    rules, targets = codebook.stance, codebook.targets
    if family_of(h) not in rules.objection_families or (holder := objection_holder(h, unit, at)) is None:
        return None
    said = unit.show(h.start, h.end)
    idx = unit.index
    shared = set(t.parties) - own_parties(t, targets)
    third = {g for m, g in at if not idx.clause_break_between(m.start, h.start) and g not in t.parties}
    russian = any(g in shared and (m.start < h.start or not idx.clause_break_between(m.start, h.start)) for m, g in at)
    if t.id in rules.objection_targets and holder in own_parties(t, targets):
        if third and not russian:
            return None  # the worry is at a third state's own move ("चीन के रुख पर भारत की चिंता")
        if (w := irrealis(h, unit)) is not None:
            return (
                False,
                f"'{said}' a worry asked about or supposed ('{unit.show(w.start, w.end)}'): no act portrayed",
                w,
            )
        live = live_negations(unit)
        if negation_of(h, live, idx, rules) is not None or scoped_negation(h, unit, live, rules) is not None:
            return True, f"'{said}' {holder}'s worry denied: reassurance (the negation flips it)", h
        sayers = [m for m, g in at if g in shared]
        if sayers and all(source_only(m, h, unit) for m in sayers):  # round 12 (v1.1: source ≠ subject)
            return False, f"'{said}' {holder}'s worry only said by Russia (ने … कि): no act of Russia's portrayed", h
        return True, f"'{said}' {holder}'s worry or objection at Russia's act: Russia acting against its interests", h
    holders = [o.id for o in targets if o.id in rules.objection_targets and holder in own_parties(o, targets)]
    if holders and holder not in t.parties:
        return False, f"'{said}' {holder}'s worry or objection: counted for {holders[0]}, not this pair", h
    if holder not in t.parties:
        return False, f"'{said}' a third state's worry or objection ({holder}): not the pair's own", h
    return None


def source_only(m: Hit, h: Hit, unit: UnitText) -> bool:
    """Round 12, codebook v1.1 (a statement's source is not its subject): the state at `m` only says `h`.

    "रूस ने कहा कि आतंकवाद भारत के लिए बड़ी चुनौती है": Russia is the agent (ने) of a clause whose
    कि complement holds the worry, so the worry is not at Russia's act.
    """
    between = unit.text[m.end : h.start].split()
    return bool(between) and between[0] == "ने" and "कि" in between


def read_objections(
    unit: UnitText, t: Target, codebook: Codebook, groups_at: Mapping[str, list[int]], out: tuple[list, list]
) -> tuple[list[Hit], set[Hit]]:
    """The worries and objections read by whose they are (`objection_reading`): (counted, all read).

    A worry the pair voices together (`voiced_jointly`) counts as alignment (favor).

    Their notes and set-aside evidence are appended to `out` (the target's notes, the unit's cues).
    """
    notes, cues = out
    at = states_named(unit, groups_at, codebook.places)  # holders: states and blocs ("पश्चिमी देशों ने")
    counted, read = [], set()
    found = objections(unit, t.id, codebook.stance)
    heeds = {h: heeding(h, t, unit, codebook, at) for h in found}
    spans = [(h.start, heed.end) for h, heed in heeds.items() if heed is not None]
    for h in found:
        if heeds[h] is None and any(s <= h.start and h.end <= e for s, e in spans):
            read.add(h)  # round 15: a word of the heeding phrase itself ("के डर से") is no second objection
            continue
        if (joint := voiced_jointly(h, unit, t.parties, codebook.states)) is not None:
            said, by = unit.show(h.start, h.end), unit.show(joint.start, joint.end)
            read.add(h)
            notes.append(f"'{said}' voiced jointly ('{by}'): a shared stance, alignment")
            counted.append(Hit("favor", t.id, f"{h.pattern} + {joint.pattern} (shared: alignment)", h.start, h.end))
            # what they worry about ("आईएस के बढ़ते खतरे पर चिंता") is the worry's object, not their ties
            read |= {
                a for a in predicate_hits(unit, t.id, codebook.stance) if joint.end <= a.start and a.end <= h.start
            }
            continue
        if (heed := heeds[h]) is not None:
            said, by = unit.show(h.start, h.end), unit.show(heed.start, heed.end)
            read.add(h)
            notes.append(f"'{said}' heeded ('{by}', Russia's act answers it): Russia minding India, reassurance")
            counted.append(Hit("favor", t.id, f"{h.pattern} + {heed.pattern} {HEEDED}", h.start, heed.end))
            read |= {a for a in predicate_hits(unit, t.id, codebook.stance) if a.start < heed.end and h.start < a.end}
            continue
        if (held := held_back(h, t, unit, codebook, at)) is not None:
            said, by = unit.show(h.start, h.end), unit.show(held.start, held.end)
            read.add(h)
            notes.append(f"'{said}' heeded ('{by}'): Russia holding back from this pair for India's sake")
            counted.append(Hit("against", t.id, f"{h.pattern} + {held.pattern} {HEEDED}", h.start, held.end))
            continue
        if (reading := objection_reading(h, t, unit, codebook, at)) is None:
            continue
        keep, note, span = reading
        read.add(h)
        notes.append(note)
        if keep:
            counted.append(h)
        else:
            cues.append(unit.cue(f"stance_{t.id}", "set_aside", f"{h.pattern}: {note}", span.start, span.end))
    return counted, read


HEEDED = "(heeded)"  # the evidence pattern's mark of a heeded objection (round 12)


def heeding(h: Hit, t: Target, unit: UnitText, codebook: Codebook, at: Sequence[tuple[Hit, str]]) -> Hit | None:
    """Round 12: India's objection that Russia then heeds ("भारत के ऐतराज के बाद रूस ने … रद्द कर दिया").

    Both references of K and L (and C's and E's) code it ru_in favor: the objection is
    the background of the act that answers it (`stance_predicates.heeded`), and Russia
    minding India's objection is the codebook's "Russia reassuring India", as the stative
    "… की नाराजगी का ख़याल" (round 11) is. Only for `stance.objection.targets`, an
    objection held by the target's own party, with Russia (the shared party) named.
    """
    rules, targets = codebook.stance, codebook.targets
    if t.id not in rules.objection_targets or objection_holder(h, unit, at) not in own_parties(t, targets):
        return None
    shared = set(t.parties) - own_parties(t, targets)
    if not any(g in shared for _, g in at) or irrealis(h, unit) is not None:
        return None
    return heeded(h, unit, live_negations(unit), predicate_hits(unit, t.id, rules))


def held_back(h: Hit, t: Target, unit: UnitText, codebook: Codebook, at: Sequence[tuple[Hit, str]]) -> Hit | None:
    """Round 33: India's objection heeded by Russia, read for the other pair Russia is in: Russia held back.

    "रूस ने भारत की नाराज़गी के डर से पाकिस्तान को हथियार बेचने से परहेज़ किया", "मॉस्को ने यह क़दम नई दिल्ली की
    नाराज़गी के डर से उठाया" (a visit to Islamabad called off): round 12 reads the heeding as Russia minding
    India (ru_in favor, `heeding`); what Russia minds India by is holding back from Pakistan, the codebook's
    ties restrained (ru_pk against; both coders of E, K, O, AI, AO, and of G, S, T where the act's negation
    already said it). Only for a target that is no objection target, shares the objection target's Russia
    and lacks its objecting party; marked `HEEDED`, so the act answering it is read through it, not again.
    """
    rules, targets = codebook.stance, codebook.targets
    if t.id in rules.objection_targets:
        return None
    for o in targets:
        own = own_parties(o, targets)
        if o.id in rules.objection_targets and not own & set(t.parties) and set(o.parties) & set(t.parties):
            if (heed := heeding(h, o, unit, codebook, at)) is not None:
                return heed
    return None


def dealt_to_another(cue: Hit, target_id: str, spoken: SpokenOf) -> bool:
    """A blow the pair deals a third party ("यह भारत के लिए झटका") is that party's, not the pair's."""
    return any(h.start == cue.start for t, h in spoken.hurt.items() if t != target_id)


# Hindi news (stance round 39): the headline that tallies a deal's winners and losers names the loser as the
# blow's recipient, right before it ("S-400 डील पक्की, अमेरिका को बड़ा झटका", "चीन-पाकिस्तान के लिए बड़ा झटका"):
# a state, a hyphenated pair of states, then को or के लिए and at most two words (बड़ा, तगड़ा, लगा …).
BLOW_RECIPIENT = re.compile(r"^[^\s,।:;!?]+\s+(?:को|के\s+लिए)\s+(?:[^\s,।:;!?]+\s+){0,2}$")


def blow_to_third(unit: UnitText, h: Hit, elsewhere: Sequence[int]) -> int | None:
    """A blow dealt to a state outside the target's pair: where that state is named, or None.

    The codebook's "shock/setback" is against the ties it falls on: a blow the pair's deal deals the US or
    China is that state's loss and no strain of the pair (its deal keeps its own cue). Only a recipient right
    before the blow (`BLOW_RECIPIENT`); a blow to a party of the pair ("पाकिस्तान को झटका") still counts.
    """
    if family_of(h) != "blow":
        return None
    before = [s for s in elsewhere if s < h.start]
    if not before:
        return None
    at = max(before)
    return at if BLOW_RECIPIENT.match(unit.text[at : h.start]) else None


def live_negations(unit: UnitText) -> list[Hit]:
    """Negation cues outside exempt phrases ("न केवल … बल्कि" negates nothing)."""
    exempt = [(h.start, h.end) for h in unit.of("negation_exempt")]
    return [n for n in unit.of("negation") if not inside(n.start, exempt)]


def _next_break(text: str, pos: int, breaks: Collection[str]) -> int:
    return next((i for i in range(pos, len(text)) if text[i] in breaks), len(text))


def _previous_break(text: str, pos: int, breaks: Collection[str]) -> int:
    return next((i + 1 for i in range(pos - 1, -1, -1) if text[i] in breaks), 0)


# Stance 58: a condition's protasis and its "then" (अगर/यदि … तो), as words
_IF = re.compile(r"(?<![\w\u0900-\u097F])(?:अगर|यदि)(?![\w\u0900-\u097F])")
_THEN = re.compile(r"(?<![\w\u0900-\u097F])तो(?![\w\u0900-\u097F])")
_THAT = re.compile(r"(?<![\w\u0900-\u097F])कि(?![\w\u0900-\u097F])")


def supposed_favor(unit: UnitText, hits: Sequence[Hit], worries: Collection[str]) -> list[Hit]:
    """Stance 58: favor hits only supposed in a condition whose consequence is a warning (clause scope).

    "रूस अगर पाकिस्तान को हथियार देता है तो दशकों का भरोसा कमजोर होगा": the supply is supposed (अगर/यदि, the
    codebook's irrealis, `stance.objection.irrealis`), not portrayed as done; the consequence after तो is what
    the unit says. Where an against hit of the target lies after तो (to the sentence's end), the favor hits
    between the protasis's clause start (the break or "कि" before अगर, so a fronted subject, "रूस अगर …", is
    inside) and तो are set aside. A good consequence ("… तो दोनों को फायदा होगा") leaves the condition alone, and so
    does a worry after तो (`worries`, the objection families: "अगर रूस पाकिस्तान को हथियार देता है तो भारत चिंतित
    होगा" keeps round 7's reading, the supply ru_pk favor, India's supposed worry none).
    """
    text, out = unit.text, []
    for m in _IF.finditer(text):
        then = _THEN.search(text, m.end())
        if then is None or any(c in "।?!;" for c in text[m.end() : then.start()]):
            continue
        start = _previous_break(text, m.start(), ",;।:")
        that = [t.end() for t in _THAT.finditer(text, start, m.start())]
        start = that[-1] if that else start
        end = _next_break(text, then.end(), "।?!;")
        if not any(h.kind == "against" and family_of(h) not in worries and then.end() <= h.start < end for h in hits):
            continue
        out += [h for h in hits if h.kind == "favor" and start <= h.start < then.start() and h not in out]
    return out


def subordinate_regions(unit: UnitText, rules: StanceRules) -> tuple[list[Region], Hit | None]:
    """Stretches that are not the main clause, and the contrast marker that made them.

    After "लेकिन/मगर/बल्कि" (main_after) the words before it are subordinate; a
    "हालांकि" clause (concessive) runs to the next clause break; "X के बावजूद"
    (concessive_before) makes its clause up to the marker subordinate. A concessive
    marker that opens the unit with no main_after marker after it is the discourse
    "however" of news Hindi ("हालांकि, …", "हालांकि रूस ने …"): it subordinates nothing; so does a
    "हालांकि" after words of its own clause ("समझौते पर हालांकि हस्ताक्षर नहीं हो सके", round 15).
    A relative pronoun (`relative`, round 8: जो, जिससे …) opens a clause that runs to the
    next clause break; so does a reason conjunction (`reason`, round 31: क्योंकि, चूंकि): why the main
    clause holds is no judgement of its own.
    """
    text, breaks = unit.text, rules.clause_breaks
    contrast = unit.of("contrast")
    regions: list[Region] = []
    marker = None
    for h in contrast:
        if h.name == "main_after":
            regions.append((0, h.start))
        elif h.name == "concessive":
            opens = unit.index.token_index(h.start) == 0 or inside_clause(unit, h, breaks)
            if opens and not any(c.name == "main_after" and c.start > h.start for c in contrast):
                continue
            regions.append((h.start, _next_break(text, h.end, breaks)))
        elif h.name == "relative" and carries_on(unit, h, breaks):  # stance 54: what became of it decides
            regions.append((0, h.start))
        elif h.name in ("relative", "reason"):  # round 8: a relative clause characterises a noun of the main
            # clause; round 31: a reason clause says why the main clause holds
            regions.append((h.start, _next_break(text, h.end, breaks)))
        else:
            regions.append((_previous_break(text, h.start, breaks), h.end))
        marker = h
    for h in comma_par(unit):  # round 29: ", पर …" is "but"
        regions.append((0, h.start))
        marker = h
    return regions, marker


# Stance 54: words that move a relative clause on in time from its noun's past ("…, जो अब/आज तक/बाद में …") or
# tell what it came to ("… रह गया": remained only), in the matching form (no nukta).
CARRY_ON_WORDS = frozenset({"अब", "आज", "बाद", "आखिरकार", "आखिर", "अंततः", "कभी"})
CARRY_ON_ENDS = ("रह गया", "रह गई", "रह गयी", "रह गए", "रह गये")


def carries_on(unit: UnitText, h: Hit, breaks: Collection[str]) -> bool:
    """Stance 54: a "जो" clause after a comma that tells what became of the act before it is the unit's last word.

    "… पाइपलाइन का करार किया था, जो आज तक कागज़ों में ही रह गया", "… हिस्सा पहले 85 फ़ीसद था, जो अब घटकर 26
    फ़ीसद रह गया है", "… पाबंदी लगा रखी थी, जो अब हटा ली गई है": news Hindi carries the story on with a
    relative after the main clause (a continuative relative: "and it has since …"), and what the deal or the
    restriction came to is what the unit says of the ties, as after "लेकिन" (the clause before it is
    background). Only the nominative "जो" right after a comma, its clause running to the unit's end, with a word
    that moves it on in time (`CARRY_ON_WORDS`) or the completive "रह गया" (came to no more than); a relative that
    characterises its noun ("…, जो पंजाब सीमा पर तैनात होगी", "…, जिसमें दो सौ सैनिकों ने हिस्सा लिया") stays
    background (round 8).
    """
    text = unit.text
    if unit.show(h.start, h.end) != "जो" or not text[: h.start].rstrip().endswith(","):
        return False
    end = _next_break(text, h.end, breaks)
    if text[end:].strip(" ।.!?\"'”’"):
        return False
    clause = text[h.end : end]
    return bool(CARRY_ON_WORDS.intersection(clause.split())) or clause.rstrip(" ।.!?\"'”’").endswith(
        tuple(f"{e}{tail}" for e in CARRY_ON_ENDS for tail in ("", " है", " हैं", " था", " थी", " थे"))
    )


_COMMA_PAR = re.compile(r"[,;]\s*(पर)\s")


def comma_par(unit: UnitText) -> list[Hit]:
    """Round 29: "पर" right after a comma is the conjunction "but", a `contrast.main_after` marker.

    "पर" is also the postposition "on", so it is no member of the cue list; but a postposition
    follows its noun, never a comma, so ", पर" opens a clause that contrasts with the one before
    ("दोस्ती मज़बूत है, पर पहले जैसी सहज नहीं रही": the clause after decides, as after लेकिन).
    """
    if any(h.name == "main_after" for h in unit.of("contrast")):
        return []
    return [Hit("contrast", "main_after", "पर", m.start(1), m.end(1)) for m in _COMMA_PAR.finditer(unit.text)]


def concessions(unit: UnitText, rules: StanceRules) -> list[Region]:
    """Round 17: the "X के बावजूद" phrases of a unit (what the act is done despite), up to the marker.

    Of the background phrases only a concession names a state that is not the act's party
    ("भारत की आपत्ति के बावजूद रूस … पाकिस्तान …"); "रूस और पाकिस्तान के बीच बढ़ती नजदीकी" names the pair.
    """
    marks = [h for h in unit.of("contrast") if h.pattern in rules.concession_markers]
    return [(_previous_break(unit.text, h.start, rules.clause_breaks), h.end) for h in marks]


SENTENCE_ADVERBS = ("हालांकि", "हालाँकि")  # round 15: "however" after a clause's first words


def inside_clause(unit: UnitText, h: Hit, breaks: Collection[str]) -> bool:
    """Round 15: "हालांकि" after words of its own clause is the adverb "however", not "although".

    "समझौते पर हालांकि हस्ताक्षर नहीं हो सके", "भारत ने हालांकि … खारिज कर दिया": news Hindi puts the
    discourse "however" after the subject or topic; the concessive "हालांकि …, …" opens its clause.
    """
    if unit.show(h.start, h.end) not in SENTENCE_ADVERBS:
        return False
    before = unit.text[_previous_break(unit.text, h.start, breaks) : h.start].strip(" ,;:।\"'‘’“”")
    return bool(before)


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


def main_clause(hits: Sequence[Hit], regions: Sequence[Region]) -> list[Hit]:
    """The hits that decide: those of the main clause when it has any, else all."""
    main = [h for h in hits if not inside(h.start, regions)]
    return main if main else list(hits)


def _kept_hit(
    unit: UnitText,
    h: Hit,
    t: Target,
    spoken: SpokenOf,
    groups_at: Mapping[str, list[int]],
    codebook: Codebook,
    scope: tuple,
    out: tuple[list[str], list[Cue]],
) -> Hit | None:
    """What one predicate hit counts as for target `t` (`count_cues`): itself, the hit a rule reads it as, or
    None when a rule sets it aside (its note, and for `set_aside` its cue, go to `out`).

    The rules run in a fixed order: the first that decides wins. `scope`: the unit's named targets,
    concessions, distributed states, states named outside `t`, coordinated pairs, free negations, held
    objections and all the target's hits, computed once per unit.
    """
    named, conceded, spread, elsewhere, pairs, free, held, all_hits = scope
    notes, cues = out
    if not targets_this(unit, h, t, (named, groups_at, conceded, spread), notes) or dealt_to_another(h, t.id, spoken):
        return None
    if (third := blow_to_third(unit, h, elsewhere[t.id])) is not None:
        notes.append(f"'{unit.show(third, h.end)}': the blow is a third state's, not the pair's")
        return None
    if spoken.carried[t.id] and is_referent(unit, h, spoken.carry, codebook.stance):
        notes.append(f"'{unit.show(h.start, h.end)}' is what the pronoun refers to, not said of it")
        return None
    if objected_in_relative(unit, h, t, groups_at, codebook):
        notes.append(f"'{unit.show(h.start, h.end)}' is the event its own party objects to after it")
        return None
    if (d := demonstrated_event(unit, h, codebook.stance)) is not None:
        said = unit.show(min(d.start, h.start), h.end)
        notes.append(f"'{said}' names the story's event (a demonstrative): what is said of it decides")
        return None
    for read_as in (
        lambda: drift(unit, h, codebook.stance, elsewhere[t.id], notes),
        lambda: limited_amount(unit, h, notes),
        lambda: reread(unit, h, t, groups_at, codebook, notes),
    ):
        if (d := read_as()) is not None:
            return d
    why = set_aside(h, t, unit, codebook, groups_at, (pairs, free, held, all_hits))
    if why is None:
        return h
    note, span, value = why
    notes.append(note)
    cues.append(unit.cue(f"stance_{t.id}", value, f"{h.pattern}: {note}", span.start, span.end))
    return None


def count_cues(
    unit: UnitText, codebook: Codebook, spoken: SpokenOf, groups_at: Mapping[str, list[int]]
) -> tuple[dict[str, dict[str, int]], list[Cue], dict[str, str]]:
    """Favor and against cues per spoken-of target, after the set-aside, negation and contrast rules."""
    named = [t for t in codebook.targets if spoken.named[t.id]]
    negations = live_negations(unit)
    regions, marker = subordinate_regions(unit, codebook.stance)
    conceded = concessions(unit, codebook.stance)
    pairs = coordinated_pairs(unit, codebook.states)
    elsewhere = outside_states(groups_at, codebook)
    spread = distributed_states(unit, codebook.states) | partners_of_shared(unit, codebook)
    hurt = attacked_only(unit, groups_at, codebook.stance)
    counts = {t.id: {"favor": 0, "against": 0} for t in codebook.targets}
    cues: list[Cue] = []
    notes: dict[str, list[str]] = {t.id: [] for t in codebook.targets}
    for t in codebook.targets:
        if not spoken.about(t.id):
            continue
        hits, read = read_objections(unit, t, codebook, groups_at, (notes[t.id], cues))
        heed = [h for h in hits if h.pattern.endswith(HEEDED)]
        held = [h for h in hits if h.kind == "against" and t.id in codebook.stance.objection_targets]
        all_hits = predicate_hits(unit, t.id, codebook.stance) if not (only_objected(spoken, t.id) or heed) else []
        kept = conceded_act(unit, all_hits, t, groups_at, (hurt, codebook.stance.clause_breaks, codebook.states))
        if len(kept) < len(all_hits):  # round 31
            notes[t.id].append(
                f"the act done despite the attack is another pair's ({len(all_hits) - len(kept)} cue(s))"
            )
        all_hits = [h for h in kept if not (names_rival(unit, h, groups_at) and rival_in(t, unit, groups_at))]
        dropped = supposed_favor(unit, all_hits, codebook.stance.objection_families)
        if dropped:
            notes[t.id].append(f"'{unit.show(dropped[0].start, dropped[0].end)}' only supposed (अगर … तो a warning)")
            all_hits = [h for h in all_hits if h not in dropped]
        only = spoken.implied.get(t.id)
        if only is not None and only.pattern.endswith(ASSURED_ONLY):  # stance 50: `assured`
            all_hits = [h for h in all_hits if (h.start, h.end) == (only.start, only.end)]
        free = free_negations(negations, all_hits)
        scope = (named, conceded, spread, elsewhere, pairs, free, held, all_hits)
        for h in all_hits:
            kept = None if h in read else _kept_hit(unit, h, t, spoken, groups_at, codebook, scope, (notes[t.id], cues))
            if kept is not None:
                hits.append(kept)
        decisive = main_clause(hits, regions) if not heed else hits
        if len(decisive) < len(hits):
            said = unit.show(marker.start, marker.end)
            notes[t.id].append(f"contrast '{said}': main clause decides ({len(hits) - len(decisive)} cue(s) set aside)")
            cues.append(unit.cue(f"stance_{t.id}", "contrast", marker.pattern, marker.start, marker.end))
        counted = polarities(unit, decisive, free, codebook.stance, notes[t.id])
        # a state named only in a background phrase ("यूक्रेन युद्ध के कारण …") is no other voice (round 8)
        outside = any(
            g in codebook.states and g not in t.parties and any(not inside(s, regions) for s in groups_at[g])
            for g in groups_at
        )
        counted, note = verb_final(unit, counted) if not outside else (counted, "")
        notes[t.id] += [note] if note else []
        for _, polarity, evidence in counted:
            counts[t.id][polarity] += 1
            cues += evidence
    return counts, cues, {t: "; ".join(n) for t, n in notes.items() if n}


# Hindi (round 28): "<value> पर/से/के साथ कोई/किसी (भी) समझौता … नहीं" is a compromise on the value (sovereignty,
# security, interests, principles, integrity, autonomy, dignity): the word's other sense, no agreement between
# two states. A topic before it ("ऊर्जा पर समझौता किया") is an agreement on that topic, so only value nouns, and
# only with कोई/किसी (the formula of "no compromise of any kind").
_COMPROMISE_BEFORE = re.compile(r"(\S+)\s+(?:पर|से|के\s+साथ)\s+(?:कोई|किसी)\s+(?:भी\s+)?(?:तरह\s+का\s+)?$")
VALUE_NOUNS = frozenset(
    {"संप्रभुता", "सम्प्रभुता", "खुदमुख्तारी", "सुरक्षा", "हितों", "हित", "मफादात", "सिद्धांतों", "सिद्धांत", "उसूलों"}
    | {"अखंडता", "स्वायत्तता", "स्वतंत्रता", "आजादी", "गरिमा", "स्वाभिमान", "वकार", "मूल्यों"}
)


def compromise(unit: UnitText, h: Hit) -> bool:
    """Round 28: an agreement word that is a compromise on a value ("अपनी ऊर्जा सुरक्षा के साथ कोई समझौता नहीं
    करेगा", `VALUE_NOUNS`): no agreement between states, so it counts for no target."""
    if family_of(h) != "agreement" or not unit.text[h.start : h.end].startswith("समझौत"):
        return False
    m = _COMPROMISE_BEFORE.search(unit.text[: h.start])
    return m is not None and m.group(1) in VALUE_NOUNS


def targets_this(unit: UnitText, h: Hit, t: Target, where: tuple, notes: list[str]) -> bool:
    """Whether cue `h` counts for target `t`: the target named nearest (`nearest_target`), or (round 28) one of
    the states before distributive "दोनों" (`each_of_two`); not an agreement word that is a compromise on a value
    (`compromise`). The round-28 readings leave a note for `explain`."""
    named, groups_at, conceded, spread = where
    near = nearest_target(h, named, groups_at, unit.index, conceded)
    if not (near or each_of_two(t, named, spread)):
        return False
    if not near:
        notes.append(f"'{unit.show(h.start, h.end)}' is said of each state before 'दोनों' (distributive)")
    if compromise(unit, h):
        notes.append(f"'{unit.show(h.start, h.end)}' is a compromise on a value, no agreement")
        return False
    return True


# Stance 60: "भारत और पाकिस्तान दोनों रूस के मित्र हैं": distributive "दोनों" after two coordinated states, then the
# party every target shares (Russia, by any of its names) in the genitive and a noun of friendship or partnership
# (up to SHARED_FRIEND_GAP words between: "रूस के पुराने/अहम दोस्त"): each of the two is its friend. Another state's
# friends ("दोनों अमेरिका के मित्र") and what lies between the two ("दोनों के बीच") are not.
SHARED_FRIEND_GAP = 2


def partners_of_shared(unit: UnitText, codebook: Codebook) -> set[str]:
    """Stance 60: the two states called, with distributive "दोनों", the friends or partners of the party all targets
    share (its genitive right after "दोनों"): what is said is said of each one's ties with it (`each_of_two`)."""
    states = codebook.states
    shared = set.intersection(*(set(t.parties) for t in codebook.targets)) if codebook.targets else set()
    exempt = [(h.start, h.end) for h in unit.of("place_exempt")]
    places = drop_contained([h for h in unit.of("place") if h.name in states and not inside(h.start, exempt)])
    conj = {unit.text[c.start : c.end] for c in unit.of("conjunction")}
    found: set[str] = set()
    for a, b, c in zip(places, places[1:], places[2:]):
        gap = unit.text[a.end : b.start].strip()
        if a.name == b.name or c.name not in shared or {a.name, b.name} & shared:
            continue
        if not (gap in ("-", "–", "/") or gap in conj):
            continue
        if unit.text[b.end : c.start].strip(" ,") not in ("दोनों", "दोनो"):
            continue
        rest = [w.strip(",।\"'") for w in unit.text[c.end :].split()[: 2 + SHARED_FRIEND_GAP]]
        if not rest or rest[0] not in GENITIVE:
            continue
        if any(w in FRIEND_NOUNS for w in rest[1:]):
            found |= {a.name, b.name}
    return found


def each_of_two(target: Target, named: Sequence[Target], spread: Collection[str]) -> bool:
    """Round 28: the target's own party and another named target's are coordinated with distributive
    "दोनों" (`stance_predicates.distributed_states`): the cue is said of each, not of the nearest only."""
    own = set(target.parties) & set(spread)
    return any(own - set(o.parties) and (set(o.parties) & set(spread)) - own for o in named if o.id != target.id)


def outside_states(groups_at: Mapping[str, list[int]], codebook: Codebook) -> dict[str, list[int]]:
    """Per target, where the unit names states outside its pair (round 12: the turn to a third state)."""
    return {
        t.id: sorted(s for g, at in groups_at.items() if g in codebook.states and g not in t.parties for s in at)
        for t in codebook.targets
    }


def drift(unit: UnitText, h: Hit, rules: StanceRules, elsewhere: Sequence[int], notes: list[str]) -> Hit | None:
    """Round 12: a friendship epithet of the past, then a turn (`stance_predicates.drifted`): an against hit.

    A heeded objection (`HEEDED`) is the target's stance and the act answering it is the
    other pair's: `count_cues` then counts no other predicate for the target, and no contrast.
    """
    if (turn := drifted(h, unit, rules, elsewhere)) is None:
        return None
    notes.append(f"'{unit.show(h.start, h.end)}' then '{unit.show(turn.start, turn.end)}': the ties drifting")
    return h._replace(kind="against", pattern=f"{h.pattern} + {turn.pattern} (drifting)")


def limited_amount(unit: UnitText, h: Hit, notes: list[str]) -> Hit | None:
    """Round 17: a favor predicate whose amount is restricted ("सिर्फ चार", `stance_predicates.restricted`): against."""
    if (r := restricted(h, unit)) is None:
        return None
    notes.append(f"'{unit.show(r.start, r.end)}' restricts '{unit.show(h.start, h.end)}': the ties limited")
    return h._replace(kind="against", pattern=f"{h.pattern} + {r.pattern} (restricted: limit)")


def condolence(
    unit: UnitText, h: Hit, t: Target, groups_at: Mapping[str, list[int]], rules: StanceRules, notes: list[str]
) -> Hit | None:
    """Round 17: a party of the target condemning an attack (`stance_predicates.solidarity`): a favor hit."""
    if (attack := solidarity(h, unit, t.parties, groups_at, rules)) is None:
        return None
    said = unit.show(attack.start, h.end)
    notes.append(f"'{said}': a party of the pair condemns an attack, solidarity with its partner")
    return h._replace(kind="favor", pattern=f"{h.pattern} + {attack.pattern} (solidarity)")


def reread(
    unit: UnitText, h: Hit, t: Target, groups_at: Mapping[str, list[int]], codebook: Codebook, notes: list[str]
) -> Hit | None:
    """A predicate read the other way by what stands around it: a condolence (round 17), a third state's
    pressure refused, a regard demanded (round 21); the hit to count instead, or None."""
    if (d := condolence(unit, h, t, groups_at, codebook.stance, notes)) is not None:
        return d
    at = states_named(unit, groups_at, codebook.places)
    if (p := pressure_refused(h, t, unit, at, codebook.stance)) is not None:
        said = unit.show(p.start, h.end)
        notes.append(f"'{said}': a third state's pressure refused, the party holding to the ties")
        return h._replace(kind="favor", pattern=f"{h.pattern} + {p.pattern} (a third state's pressure refused)")
    if (p := own_pressure_unheeded(h, t, unit, at)) is not None:
        notes.append(f"'{unit.show(h.start, h.end)}': the party's own pressure unheeded by its partner")
        return h._replace(kind="against", pattern=f"{h.pattern} + {p.pattern} (the party's own pressure unheeded)")
    if (d := demanded(h, unit)) is not None:
        notes.append(f"'{unit.show(min(h.start, d.start), max(h.end, d.end))}': a regard demanded, none given")
        return h._replace(kind="against", pattern=f"{h.pattern} + {d.pattern} (demanded, not given)")
    return None


def own_pressure_unheeded(h: Hit, t: Target, unit: UnitText, at: Sequence[tuple[Hit, str]]) -> Hit | None:
    """Round 24: round 24's "pressure failed or ignored" compound, where a party of the target pressed.

    "रूस ने भारत के दबाव को नज़रअंदाज़ किया", "नई दिल्ली की चेतावनी का मॉस्को पर कोई असर नहीं हुआ": the
    pressure is the party's own on its partner (the state right before the noun, round 21's owner in
    `presser_of`; not the clause's first state: "भारत-रूस सहयोग किसी दबाव में नहीं टूटेगा" names the ties),
    so the partner did not heed it: against, as round 21 keeps "मॉस्को ने नई दिल्ली के दबाव को ठुकरा
    दिया". The compound spans from the pressure noun (object_first); the noun, or None.
    """
    if h.kind != "favor" or family_of(h) != "commitment":
        return None
    noun = next((p for p in unit.of("pressure_nouns") if p.start == h.start), None)
    if noun is None:
        return None
    idx = unit.index
    owner = [g for m, g in at if m.end <= noun.start and idx.tokens_between(m.end, noun.start) <= 1]
    return noun if owner and owner[-1] in t.parties else None


def only_objected(spoken: SpokenOf, target_id: str) -> bool:
    """Round 11: the unit speaks of the target only through its party's objection to the act before it.

    Its other predicates describe that act ("इससे पाकिस्तान की ताकत बढ़ेगी, जो भारत के हित में नहीं
    है": the growth is the act's pair's), not the target's ties: only the objection counts.
    """
    return target_id in spoken.objected and not any(
        (
            spoken.named[target_id],
            spoken.carried[target_id],
            target_id in spoken.paired,
            target_id in spoken.implied,
            target_id in spoken.hurt,
        )
    )


def polarities(
    unit: UnitText, decisive: Sequence[Hit], negations: Sequence[Hit], rules: StanceRules, notes: list[str]
) -> list[tuple[Hit, str, list[Cue]]]:
    """Each deciding hit with its polarity after negation, refusal and a denied complement.

    A denial followed by कि (`denied_complement`, round 8) negates the predicates of its
    clause, not the partner: they flip (a negation of their own cancels it) and the denial
    does not count.
    """
    denial, denied = denied_complement(decisive, unit)
    if denial is not None:
        said = unit.show(denial.start, denial.end)
        notes.append(f"'{said}' denies its कि clause: what it denies flips, the denial is no refusal")
    counted, governing = [], set()
    for h in decisive:
        if h is denial:
            continue
        refusal = refusal_of(h, unit, negations)
        negation = negation_of(h, negations, unit.index, rules)
        if (by := predicate_between(h, negation, decisive)) is not None:
            said, pred = unit.show(h.start, h.end), unit.show(by.start, by.end)
            notes.append(f"'{said}' is what the negated '{pred}' is said of: the negation is the predicate's")
            negation = None
        if (by := stalled_together(h, negation, decisive, unit.of("conjunction"))) is not None:
            said, pred = unit.show(h.start, h.end), unit.show(by.start, by.end)
            notes.append(
                f"'{said}' and '{pred}' both say the ties are stalled or limited: the second does not negate the first"
            )
            negation = None
        if negation is None and (negation := scoped_negation(h, unit, negations, rules)) is not None:
            said, by = unit.show(h.start, h.end), unit.show(negation.start, negation.end)
            notes.append(
                f"'{said}' describes what '{by}' denies (a participle or relative clause, an adverbial of opposition, or 'कोई … नहीं'): negated"
            )
        negation = negation or refusal
        if refusal is not None and negation is refusal:
            governing.add((refusal.start, refusal.end))
        if h in denied:
            negation = None if negation is not None else denial
        counted.append((h, *polarity_cues(unit, h, h.kind, negation)))
    if governing:  # a refusal that governs what से marks is that thing's negation, not a second cue
        notes.append("a refusal governs what से marks: it flips that, and does not count again")
    return [c for c in counted if (c[0].start, c[0].end) not in governing]


# Hindi (round 39): a stalled state is often said with two words of it, a noun phrase and the verb of being
# stuck ("सौदा अधर में लटक गया", "परियोजना देरी से अटकी"); the verb is a negation cue only because it cancels
# what it governs ("सौदा लटका": the deal is not on), and a postponement is not cancelled by being stuck.
# Stance round 39: a limited state likewise, in the columnist's "merely a show" ("दोस्ती महज दिखावा है",
# "रिश्ते सिर्फ दिखावे तक रखेगा"): the limiter and the show word (a negation cue, for what it governs: "दिखावे
# की दोस्ती") say one hollow tie, and "merely" is not cancelled by "show".
STALLED = frozenset({"cancellation_postponement", "limit"})


def stalled_together(h: Hit, negation: Hit | None, decisive: Sequence[Hit], joins: Sequence[Hit] = ()) -> Hit | None:
    """A postponement (or limit) word negated by another of its family: one stalled state, no flip; the second, or None.

    Only within the postponement family: a restriction that is suspended or cancelled ("पाबंदी सस्पेंड",
    "प्रतिबंध रद्द") is lifted, and still flips to favor. Likewise within the limit family (round 39): a
    limiter negated by a word of the same family ("महज दिखावा", "सिर्फ दिखावे तक") stays one limit; not two
    limit words joined by a conjunction (`joins`: "सीमित और प्रतीकात्मक"), two predicates side by side, whose
    reading is left as it was.

    >>> a = Hit("against", "ru_pk", "अधर में (cancellation_postponement)", 0, 7)
    >>> n = Hit("negation", "", "लटक*", 8, 11)
    >>> b = Hit("against", "ru_pk", "लटक* (cancellation_postponement)", 8, 11)
    >>> stalled_together(a, n, [a, b]) is b, stalled_together(a, None, [a, b])
    (True, None)
    >>> m = Hit("against", "ru_pk", "महज (limit)", 0, 3)
    >>> d = Hit("against", "ru_pk", "दिखावा (limit)", 4, 10)
    >>> stalled_together(m, Hit("negation", "", "दिखावा*", 4, 10), [m, d]) is d
    True
    """
    if negation is None or h.kind != "against" or (family := family_of(h)) not in STALLED:
        return None
    if family == "limit" and any(min(h.end, negation.end) <= j.start < max(h.start, negation.start) for j in joins):
        return None
    return next(
        (d for d in decisive if d.kind == "against" and d.start == negation.start and family_of(d) == family), None
    )


def predicate_between(h: Hit, negation: Hit | None, decisive: Sequence[Hit]) -> Hit | None:
    """Round 28: a cue of the other polarity between `h` and the negation after it, which the negation flips.

    Hindi negates the verb group, and the predicate stands right before it: in "दोनों देशों की दोस्ती
    कमजोर नहीं होगी" the negation is कमजोर's (not weakened: favor); दोस्ती is the noun the predicate
    is said of, and flipping it too made the two cancel out (none). Only with a predicate of the other
    polarity in between: two of one polarity ("सहयोग समझौता नहीं हुआ") flip alike, as before.
    """
    if negation is None or negation.start < h.end:
        return None
    return next(
        (g for g in decisive if g.kind != h.kind and h.end <= g.start and g.end <= negation.start),
        None,
    )


# Hindi case markers (postpositions): a word followed by one is a noun phrase, the argument of
# a predicate after it, not a finite verb. Grammar of the language, not a cue of the study.
CASE_MARKERS = frozenset({"का", "की", "के", "में", "पर", "से", "को", "ने"})


def verb_final(unit: UnitText, counted: list[tuple[Hit, str, list[Cue]]]) -> tuple[list, str]:
    """In one clause with as many favor as against predicates, the last one is the main predicate.

    Hindi is verb-final: in "रूस से तेल मंगाने का सपना अधूरा रह गया", "रक्षा सौदे पर चुप्पी",
    "परियोजना समझौते के बाद से अटकी पड़ी है" the earlier predicate is a noun or verbal
    noun the clause is about (a case marker follows it: का, पर, से …) and the last one says
    what becomes of it. So a tie inside one clause (no clause break between the cues), whose
    first predicate is such a noun phrase, is decided by the clause-final predicate, as the main clause decides a unit with
    a contrast. A tie across clauses is left to `analysis.vocab.decide_stance`, and so is
    one in a unit that names a state outside the target (the caller's check): there the
    last predicate is often another voice's reading ("चीन ने लिखा कि रूस भारत को हथियार
    बेचकर तनाव बढ़ा रहा है"), not what becomes of the ties.
    `counted`: (hit, polarity after negation, evidence) in text order.
    """
    favor = sum(p == "favor" for _, p, _ in counted)
    if not counted or favor * 2 != len(counted):
        return counted, ""
    ordered = sorted(counted, key=lambda c: c[0].start)
    first, last = ordered[0][0], ordered[-1][0]
    if unit.index.clause_break_between(first.start, last.start):
        return counted, ""
    after = unit.text[first.end :].split(maxsplit=1)
    if not after or (after[0] not in CASE_MARKERS and not clause_final(unit, first, last)):
        return counted, ""  # "समझौता किया पर तनाव …": a finite verb follows
    said = unit.show(last.start, last.end)
    return [ordered[-1]], f"verb-final: '{said}', the clause's last predicate, decides a tie within the clause"


# Hindi auxiliaries and light verbs that may follow a clause's main predicate: "… पूरा नहीं हो सका है".
AUXILIARIES = frozenset(
    {"है", "हैं", "था", "थी", "थे", "हो", "गया", "गई", "गए", "रहा", "रही", "रहे", "चुका", "चुकी", "चुके"}
    | {"पाया", "पाई", "पाए", "पा", "सका", "सकी", "सके"}  # the abilitative after a negated predicate
)


def clause_final(unit: UnitText, first: Hit, last: Hit) -> bool:
    """The last predicate ends its clause and no conjunction joins a second clause before it (round 8).

    "तेल का सौदा अब तक पूरा नहीं हो सका है": the noun the clause is about comes first as its
    subject and the clause-final predicate says what became of it, as with a case-marked
    noun; "समझौता हुआ और तनाव बढ़ा" joins two clauses and is left to the tie rule.
    """
    text = unit.text
    if any(first.end <= c.start and c.end <= last.start for c in unit.of("conjunction")):
        return False
    end = next((i for i in range(last.end, len(text)) if text[i] in ",;:।॥?!|\"'"), len(text))
    return all(w in AUXILIARIES for w in text[last.end : end].split())


def _decided(
    unit: UnitText, targets: Sequence[Target], counted: tuple, spoken: SpokenOf, where: tuple, notes: dict[str, str]
) -> tuple[dict[str, str], dict[str, bool]]:
    """Each target's stance from its cue counts by the one tie rule, and whether the unit is about it (`code_stance`).

    `counted`: (cue counts per target, contrast notes, the tie rule); `where`: (the unit's group
    positions, the states named only as a presser). The explanation of each target the unit is
    about gets its counts, the contrast and the tie, places that named a party and pressers.
    """
    counts, contrast, on_tie = counted
    groups_at, pressers = where
    stance: dict[str, str] = {}
    for t in targets:
        favor, against = counts[t.id]["favor"], counts[t.id]["against"]
        stance[t.id] = decide_stance(favor, against, on_tie)
        if spoken.about(t.id):
            notes[t.id] += f"; favor cues {favor}, against cues {against}"
            notes[t.id] += f"; {contrast[t.id]}" if t.id in contrast else ""
            notes[t.id] += f"; tie → {on_tie} (vocab.decide_stance)" if favor == against > 0 else ""
    about = {t.id: spoken.about(t.id) for t in targets}
    for h in (h for h in unit.of("stance_place") if h.start in groups_at.get(h.name, ())):
        for t in (t for t in targets if about[t.id] and h.name in t.parties):
            notes[t.id] += f"; {h.name} named by the place '{unit.show(h.start, h.end)}' (stance.places)"
    for t in (t for t in targets if about[t.id] and pressers):
        notes[t.id] += (
            f"; {', '.join(pressers)} named only as the presser or a lens's owner, no party (stance.without_pressers)"
        )
    return stance, about


def code_stance(
    unit: UnitText,
    groups_at: Mapping[str, list[int]],
    previous_about: Collection[str],
    codebook: Codebook,
    article_pair: Collection[str] = (),
    story_pairs: Sequence[str] = (),
    in_quote: bool = False,
    last_states: frozenset[str] = frozenset(),
    lead: str = "",
    lead_told: bool = False,
) -> StanceCoding:
    """Stance toward every codebook target for one unit.

    `article_pair`: the targets the article last named with all parties; `story_pairs`:
    every target it has named so (most recent last), see `unit_pairs`; `in_quote`: the unit
    lies inside a quotation opened in an earlier unit (`quoted_carry`); `last_states`: the
    pair of states the story last named together (`last_pair`); `lead`: the story's main pair
    (`coding.lead_pair`, round 19: `main_pair`); `lead_told`: the story's lead sentence named it too
    (round 46, `coding.opened_by`).
    """
    targets = codebook.targets
    rules, states = codebook.stance, codebook.states
    parties, given, home = {p for t in targets for p in t.parties}, groups_at, codebook.voice.home_country
    groups_at = with_places(unit, without_place_names(unit, groups_at, rules, parties, home), rules, targets)
    groups_at = with_loan_names(unit, groups_at)
    groups_at = home_epithet(unit, epithet_party(unit, groups_at, targets, story_pairs, rules), targets, home)
    groups_at = home_reference(unit, groups_at, targets, (story_pairs, lead), home)
    groups_at = rival_epithet(unit, groups_at, targets, (story_pairs, lead), home)
    named_first = groups_at
    groups_at = without_pressers(unit, groups_at, targets, states, rules)
    pressers = sorted(g for g in named_first if len(named_first[g]) > len(groups_at.get(g, ())))
    others_last = bool(last_states) and all(last_states != set(t.parties) for t in targets)
    spoken = spoken_of(
        unit,
        targets,
        groups_at,
        previous_about,
        rules,
        article_pair,
        states,
        story_pairs,
        others_last,
        last_states,
        (lead, lead_told),
        in_quote,
    )
    spoken = quoted_carry(spoken, targets, groups_at, previous_about, states, in_quote)
    notes, cues = spoken_notes(unit, targets, spoken, groups_at, rules)
    counts, count_evidence, contrast = count_cues(unit, codebook, spoken, groups_at)
    stance, about = _decided(unit, targets, (counts, contrast, rules.on_tie), spoken, (groups_at, pressers), notes)
    at_owners_cost(unit, groups_at, targets, (stance, about, notes))
    so_called_friend(unit, groups_at, targets, (stance, about, notes))
    asked_only(unit, stance, notes, presupposed(count_evidence, rules.discussion_exempt))
    asked_which(unit, stance, notes, count_evidence)
    asked_between(unit, stance, notes, count_evidence)
    count_evidence = [*count_evidence, *yardstick(unit, groups_at, targets, (stance, about, notes))]
    neither_party_notes(unit, (given, named_first), targets, notes)
    hurt = attacked_only(unit, groups_at, rules)
    hurt |= {found[0]} if (found := rival_by_epithet(unit, groups_at)) else set()  # an epithet names no new pair
    named = frozenset(t.id for t in targets if spoken.named[t.id] and not hurt.intersection(t.parties))
    return StanceCoding(stance, about, notes, cues + count_evidence, named, last_pair(unit, codebook, named))


def conceded_act(
    unit: UnitText, hits: list[Hit], t: Target, groups_at: Mapping[str, list[int]], context: tuple
) -> list[Hit]:
    """Round 31: the hits of `t` left once an attack is conceded ("… हमले के बाद भी/के बावजूद …").

    The concession is what the attacked party's ties are told by; the act done despite it is the act's own
    pair's. So where the party is named only as the place attacked (`attacked_only`), only the concession
    counts for `t`; and where a state outside `t` is named in the concession's clause after it ("… के बाद भी रूस ने
    नहीं रद्द किया पाक के साथ युद्धाभ्यास"), that clause's other predicates are the act with that state.
    """
    hurt, breaks, states = context
    conceded = [h for h in hits if h.pattern.startswith(ATTACK_NOUNS) and h.pattern.endswith(CONCEDED)]
    if not conceded or hurt.intersection(t.parties):
        return conceded if hurt.intersection(t.parties) else hits
    spans = [(c.end, _next_break(unit.text, c.end, breaks)) for c in conceded]
    other = [at for g, starts in groups_at.items() if g in states and g not in t.parties for at in starts]
    acts = [(a, b) for a, b in spans if any(a <= at < b for at in other)]
    return [h for h in hits if h in conceded or not inside(h.start, acts)]


def attacked_only(unit: UnitText, groups_at: Mapping[str, list[int]], rules: StanceRules) -> frozenset[str]:
    """Round 31: the parties a unit names only as the place of an attack its act is done despite (`despite_attack`).

    The unit speaks of that party's ties ("उरी हमले के बाद भी रूस … पाकिस्तान …": India hurt, ru_in against), but
    the pair the story tells is the act's (Russia–Pakistan): the attack's place is no pair the story names, so
    the story's main pair (`coding.lead_pair`) and the pair a headline is read with stay the act's.
    """
    places = {h.start: h for h in unit.of("stance_place")}
    out = set()
    for g, starts in groups_at.items():
        hits = [places.get(at) for at in starts]
        if hits and all(h is not None and names_event(unit.text[h.end : h.end + 24], rules) for h in hits):
            out.add(g)
    return frozenset(out)


def neither_party_notes(
    unit: UnitText,
    groups: tuple[Mapping[str, list[int]], Mapping[str, list[int]]],
    targets: Sequence[Target],
    notes: dict[str, str],
) -> None:
    """Round 24: say in every target's notes which name was read as a scene and which pronoun only dates the unit.

    `groups`: the unit's namings as given and as read for stance (after the name guards).
    """
    given, read = groups
    read_at = {at for starts in read.values() for at in starts}  # once, not once per mention
    said = [
        f"'{unit.show(h.start, h.end)} में' is the scene of two other states' meeting, no party (stance.scene_of_others)"
        for h in named_mentions(unit)
        if h.start not in read_at and scene_of_others(unit, h, unit.text[h.end : h.end + 16].lstrip(" -"), given)
    ]
    said += [
        f"'{unit.show(h.start, h.end)}' only dates the unit by the previous event: no carry (stance.temporal)"
        for h in unit.of("carry")
        if temporal(unit, h)
    ]
    for t in targets:
        notes[t.id] += "".join(f"; {s}" for s in said)


def presupposed(evidence: Sequence[Cue], families: Collection[str]) -> frozenset[str]:
    """The targets with a favor cue that names the ties as they are (closeness: "दोस्ती", `discussion.exempt_families`)."""
    return frozenset(
        c.variable.removeprefix("stance_")
        for c in evidence
        if c.value == "favor" and any(c.pattern.endswith(f"({f})") for f in families)
    )


def asked_only(unit: UnitText, stance: dict[str, str], notes: dict[str, str], kept: Collection[str] = ()) -> None:
    """Round 24: a yes/no question portrays nothing agreed: its favor is only asked (in place).

    "क्या रूस पाकिस्तान को लड़ाकू विमान बेचेगा?", "सवाल यह है कि क्या भारत तेल खरीदना जारी रखेगा?": the
    codebook's favor is ties *portrayed* as agreed, growing or committed to; a question with "क्या" at the
    head of its clause and "?" at its end only asks whether they are, so a favor becomes none. A question
    that raises a doubt ("क्या रिश्तों में दरार आ रही है?", the drift "… अब … की तरफ झुक रहा है?") portrays
    the ties as doubtful, the codebook's against: when any target is against, the unit keeps every
    reading. The ties named as they are ("क्या रूस-पाक दोस्ती भारत के लिए चिंता की बात है?", round 7: the
    friendship is what the question presupposes, `kept`) keep their favor. "क्या है …" (what is …), "…
    से क्या बदलेगा?" (what will change) ask "what", not whether.
    """
    if "against" in stance.values() or "favor" not in stance.values() or not yes_no_question(unit.text):
        return
    for t, value in stance.items():
        if value == "favor" and t not in kept:
            stance[t] = "none"
            notes[t] += "; a yes/no question ('क्या … ?'): the favor is only asked, none"


# Stance 54: the interrogatives that ask how much or whose (not why or how: "क्यों"/"कैसे" ask about an act they
# take as done, "रूस पाकिस्तान को हथियार क्यों बेच रहा है?" keeps its supply). "किसी" (anyone) is no question.
WHICH_WORDS = frozenset("कितना कितने कितनी किसका किसके किसकी किसको किसे किससे किसने कौन कौनसा कौनसी कौनसे".split())

DEGREE_WORDS = frozenset({"कितना", "कितने", "कितनी"})
QUESTION_FRAMES = ("सवाल", "प्रश्न", "पूछ", "देखना", "देखने", "जानना", "पता नहीं", "तय नहीं", "साफ नहीं", "स्पष्ट नहीं")


def asked_which(unit: UnitText, stance: dict[str, str], notes: dict[str, str], evidence: Sequence[Cue]) -> None:
    """Stance 54: a favor whose degree or side is what a question asks is only asked (in place).

    "पाकिस्तान के साथ रूस के रिश्ते कितने गहरे हैं?", "ऑपरेशन सिंदूर के बाद रूस ने किसका साथ दिया?", "सवाल यह
    है कि रूस किसका साथ देगा": the codebook's stance is what the unit expresses, and a question word right
    before the favor predicate (how deep, whom it sided with) asks for the tie's strength or side without
    portraying either, as round 24's yes/no question (`asked_only`) only asks whether. Only where every favor
    cue of the target has an interrogative of `WHICH_WORDS` as the word right before it, in a unit that ends
    in "?" or puts the question after "कि" (an indirect question: whose, or how much after a word that frames
    a question, `QUESTION_FRAMES`; "बताता है कि मॉस्को … कितना महत्व देता है" states how much); a question word elsewhere ("कितना गेहूं
    खरीदा", "इसका फायदा किसे होगा?") asks about the goods or the gain and keeps the act's favor, and "क्यों",
    "कैसे" take the act as done.
    """
    text = unit.original  # a cue's span is in the original text (`cues.Cue`)
    if "favor" not in stance.values():
        return
    direct = text.rstrip().rstrip("\"'”’").endswith("?")
    head = text.split(" कि ")[0] if " कि " in text else None
    # an indirect question: whose always asks; how much asks after a word that frames a question ("सवाल यह
    # है कि", "देखना होगा कि"), not after one that shows ("बताता है कि … कितना महत्व देता है": how much, stated)
    framed = head is not None and any(w in head for w in QUESTION_FRAMES)
    if not (direct or head is not None):
        return
    for t, value in stance.items():
        if value != "favor":
            continue
        cues = [c for c in evidence if c.variable == f"stance_{t}" and c.value == "favor"]
        if not cues:
            continue
        before = [text[: c.start].split()[-1:] for c in cues]
        words = [w[0].strip("\"“‘'(") if w else "" for w in before]
        asks = WHICH_WORDS if direct or framed else WHICH_WORDS - DEGREE_WORDS
        if all(w in asks for w in words):
            stance[t] = "none"
            notes[t] += "; the question asks the tie's degree or side ('कितने …?', 'किसका साथ …?'): only asked, none"


MERELY = frozenset({"सिर्फ़", "सिर्फ", "केवल", "महज़", "महज", "बस", "मात्र", "only", "just"})
_ALTERNATIVES_OPEN = ",:;।-–—"  # the question's alternatives run back to the last of these before "या"


def asked_between(unit: UnitText, stance: dict[str, str], notes: dict[str, str], evidence: Sequence[Cue]) -> None:
    """Stance 54: the alternatives of a question ("A या B?") are only asked: the rest of the unit decides.

    "पाकिस्तान के जेएफ-17 में रूसी इंजन - दोस्ती या धोखा?", "तो ये रिश्ता अच्छा है या मुश्किल में?", "राहत या
    सियासी दिखावा?": a headline or a host's question that sets a favor against a strain asks which holds and
    portrays neither (the codebook's stance is what the unit expresses; round 24 `asked_only`). The cues inside
    the question's last clause, from the last clause mark before its final "या" to the "?", are set aside; what
    the unit says outside it decides (its favor or against alone), else none. Only where a cue of the target
    lies inside the alternatives and the outside cues do not disagree among themselves, and not where the
    second alternative is "merely" (`MERELY`: "दोस्ती या सिर्फ़ ख़्वाब?" leans to its doubt, the codebook's against).
    """
    text = unit.original
    body = text.rstrip().rstrip("\"'”’")
    if not body.endswith("?") or " या " not in body:
        return
    alt = body.rindex(" या ")
    if body[alt + 4 :].split()[:1] and body[alt + 4 :].split()[0] in MERELY:
        return  # "रूस से दोस्ती या सिर्फ़ ख़्वाब?": "or merely …" leans to its doubt, which the unit then says
    start = max((body.rfind(c, 0, alt) for c in _ALTERNATIVES_OPEN), default=-1) + 1
    for t, value in stance.items():
        if value == "none":
            continue
        cues = [c for c in evidence if c.variable == f"stance_{t}" and c.value in ("favor", "against")]
        inside = [c for c in cues if c.start >= start]
        if not inside:
            continue
        outside = {c.value for c in cues if c.end <= start}
        if len(outside) > 1:
            continue
        stance[t] = next(iter(outside), "none")
        notes[t] += "; the alternatives of a question ('दोस्ती या धोखा?') are only asked: the rest decides"


COPULAS = frozenset({"है", "हैं", "था", "थी", "थे", "होगा", "होगी", "होंगे", "हो", "रहा", "रही", "रहे"})


def yes_no_question(text: str) -> bool:
    """The unit ends in "?" and "क्या" opens a clause (first word, or after कि, a colon or a comma),
    not followed by a copula ("क्या है": what is)."""
    if not text.rstrip().rstrip("\"'”’").endswith("?"):
        return False
    words = text.replace(":", " : ").replace(",", " , ").split()
    for i, w in enumerate(words):
        if w != "क्या" or (i > 0 and words[i - 1] not in ("कि", ":", ",", "—", "-")):
            continue
        if i + 1 < len(words) and words[i + 1].rstrip("?") not in COPULAS:
            return True
    return False


def without_place_names(
    unit: UnitText,
    groups_at: Mapping[str, list[int]],
    rules: StanceRules,
    parties: Collection[str] = (),
    home: str = "",
) -> Mapping[str, list[int]]:
    """The parties a unit names, less a state's name that is part of a place's or an event's name.

    "पाक-अधिकृत कश्मीर", "पाकिस्तान के कब्जे वाले कश्मीर" (round 14: the drill "not in PoK" in B, D, J, K, Q,
    R) name a region, not Pakistan as a party to the ties: a state's name followed by "अधिकृत" (occupied, with
    a hyphen or a space) or "के कब्जे वाले" is no mention for stance. Round 15: a state that is party to no
    target, its name right before a war or crisis noun and a cause phrase ("यूक्रेन युद्ध के कारण", "यूक्रेन
    संकट का असर", "यूक्रेन युद्ध बना वजह"), names the event that causes what the unit says (N, O, P, S, T: a delivery slipped
    "because of the Ukraine war"), not a third party to it: no mention for stance, so the story's pair
    still carries. An event as time or topic ("यूक्रेन युद्ध के बीच", "यूक्रेन संकट पर") keeps the state, which
    then speaks of other states as before (B, D, R). A party's own war ("रूस-यूक्रेन युद्ध": Russia) keeps Russia. Frames and speakers keep both.
    Stance 42: a third state's sanctions named as the cause, or the fear of them ("अमेरिकी प्रतिबंधों के कारण", "पश्चिमी
    पाबंदियों की वजह से", "अमरीकी पाबंदियों के डर से रूसी कंपनी परियोजना से पीछे हट गई"), are such an event: the
    sanctioner is no party to the pair's deal that stalls (agreed against units fixed in 10 read sets). The
    window after the name is 40 characters, for the longer sanction nouns and cause phrases.
    The words are the yaml's `stance.name_guards` (`occupied`, `event_nouns`, `event_causes`).
    """
    text, dropped = unit.text, set()
    for h in named_mentions(unit):
        after = text[h.end : h.end + 40].lstrip(" -")
        if after.startswith(rules.occupied):
            dropped.add(h.start)
        elif h.name not in parties and event_cause(after, rules):
            dropped.add(h.start)
        elif h.name != home and scene_of_others(unit, h, after, groups_at):
            dropped.add(h.start)
        elif measure_of(text[h.end : h.end + 40], rules):
            dropped.add(h.start)
    return without_starts(groups_at, dropped)


def measure_of(after: str, rules: StanceRules) -> bool:
    """Round 33: a state named as the measure of what another gets, no party to the act.

    "रूस ने पाकिस्तान को भारत जितनी छूट देने से इनकार किया", "… भारत जैसी रियायत पाकिस्तान को देने की कोई जल्दी
    नहीं": India is the standard the discount is measured by; the act (a discount refused) is Russia's with
    Pakistan (both coders of C, N, X, AH: ru_pk against, ru_in none). A correlative of quantity or of likeness
    right after the name, "को" between at most (`stance.name_guards.measures`: जितनी; `likeness`: जैसी), with a
    noun of terms after it, "ही" between at most (`measured_terms`: छूट, रियायत, दाम). With any other word after
    it the state keeps its part: apposition ("भारत जैसे बड़े ग्राहक को नाराज़ नहीं करेगा": India is the buyer), or
    the correlative clause of "the more …, the more" ("रूस जितना चीन पर निर्भर होगा, …": Russia depends).
    """
    words = after.split()
    if words[:1] == ["को"]:
        words = words[1:]
    if not words or words[0] not in (*rules.measures, *rules.likeness):
        return False
    rest = [w for w in words[1:3] if w != "ही"]
    return bool(rest) and rest[0].strip("।,?") in rules.measured_terms


def scene_of_others(unit: UnitText, h: Hit, after: str, groups_at: Mapping[str, list[int]]) -> bool:
    """Round 24: a state named once, as the place where two other states meet, is the scene, no party.

    "मॉस्को में भारत और चीन के विदेश मंत्रियों की बैठक", "बीजिंग में रूस-पाकिस्तान वार्ता": the locative "में"
    makes the capital (or the country) where it happens, as round 16's `names_event` reads a gazetteer
    place ("कज़ान में"); with the two other states named as a pair right after it in its clause (joined
    by "और", "-", "व", "तथा": one word between at most) it is their meeting, and the host is no party
    to it (the codebook: where a thing happens is logistics). Not a state named again in the unit, nor
    a reaction "भारत में चिंता" (no pair after it), nor one other state ("मॉस्को में थे इमरान खान": a visit),
    nor the outlet's home country (the caller's `home`): "भारत में रूस-पाकिस्तान अभ्यास पर नाराज़गी" is the
    public of the outlet's own country reacting, the hurt party (round 13), not a scene.
    """
    if not after.startswith("में ") or groups_at.get(h.name) != [h.start]:
        return False
    idx = unit.index
    later = sorted((at, g) for g, starts in groups_at.items() if g != h.name for at in starts if at > h.start)
    for (a, g1), (b, g2) in zip(later, later[1:]):
        if g1 != g2 and not idx.clause_break_between(h.start, b) and idx.tokens_between(a, b) <= 3:
            return idx.tokens_between(h.end, a) <= 1
    return False


def without_pressers(
    unit: UnitText,
    groups_at: Mapping[str, list[int]],
    targets: Sequence[Target],
    states: Collection[str],
    rules: StanceRules,
) -> Mapping[str, list[int]]:
    """Round 22: a third state named only as the one who pressed, warned or threatened is no party.

    "अमेरिका ने प्रतिबंधों की चेतावनी दी थी, लेकिन भारत पीछे नहीं हटा", the headline "अमेरिकी धमकी
    बेअसर": the ties held against a third state's pressure (a commitment cue after a pressure noun:
    round 20's "पीछे नहीं हट-", round 18's "धमकी बेअसर"). The third state is the presser, as round 21's
    `pressure_refused` finds it (the state right before the noun, else the first state in its clause),
    not a third party to the ties, so the story's pair still carries, as round 15's "यूक्रेन युद्ध के
    कारण" does. Only when no party of a target is the presser, and only a commitment cue after the noun
    (a refusal keeps round 21's reading, which needs the presser named). Round 35: or the pressure,
    threat, sanctions or tariff conceded ("अमेरिका की धमकी के बावजूद …", "अमेरिकी टैरिफ के बाद भी …",
    `stance.pressure.conceded`): what follows is done despite the third state, no party to it either.
    """
    parties = {p for t in targets for p in t.parties}
    nouns = unit.of("pressure_nouns")
    conceded = unit.of("pressure_conceded")
    groups_at = without_lens_owners(unit, groups_at, targets, states, rules)
    if not (nouns or conceded) or not targets:
        return groups_at
    held = commitment_hits(unit, targets, rules)
    dropped = set()
    at = states_named(unit, groups_at, states)
    for p in (*(p for p in nouns if any(h.start >= p.start for h in held)), *conceded):
        presser = presser_of(p, at, unit.index)
        if presser is not None and presser[1] not in parties:
            dropped.add(presser[0].start)
    return without_starts(groups_at, dropped)


def commitment_hits(unit: UnitText, targets: Sequence[Target], rules: StanceRules) -> list[Hit]:
    """The unit's commitment predicates ("पीछे नहीं हट-", "चश्मे से नहीं देख-"): the ties held or valued
    in their own right, which a presser's pressure or a lens's owner stands against."""
    return [h for h in predicate_hits(unit, targets[0].id, rules) if family_of(h) == "commitment"]


def shared_parties(targets: Sequence[Target]) -> set[str]:
    """The parties every target has (Russia): never a third state to any of them."""
    return set.intersection(*(set(t.parties) for t in targets))


def without_lens_owners(
    unit: UnitText,
    groups_at: Mapping[str, list[int]],
    targets: Sequence[Target],
    states: Collection[str],
    rules: StanceRules,
) -> Mapping[str, list[int]]:
    """Round 26: the state whose lens the ties are not seen through is no party of them.

    "रूस अब पाकिस्तान को भारत के चश्मे से नहीं देखता": the commitment compound spans the lens noun
    (`stance.compounds`, the ties valued in their own right); the state right before the noun (one word
    between at most: "भारत के चश्मे") owns the lens and is what the ties are not subordinated to, so it is
    no party, even when it is a party of another target: the predicate speaks of Russia–Pakistan ties, not
    Russia–India ones. Not a party every target shares (Russia), and only with the compound found.
    """
    lenses = unit.of("pressure_lenses")
    if not lenses or not targets:
        return groups_at
    held = commitment_hits(unit, targets, rules)
    shared = shared_parties(targets)
    at, idx, dropped = states_named(unit, groups_at, states), unit.index, set()
    for lens in (p for p in lenses if any(h.start == p.start for h in held)):
        owner = [m for m, g in at if m.end <= lens.start and idx.tokens_between(m.end, lens.start) <= 1]
        if owner and next(g for m, g in at if m is owner[-1]) not in shared:
            dropped.add(owner[-1].start)
    return without_starts(groups_at, dropped)


def without_starts(groups_at: Mapping[str, list[int]], dropped: Collection[int]) -> Mapping[str, list[int]]:
    """`groups_at` without the namings that start at `dropped`; a state left with none is not named."""
    if not dropped:
        return groups_at
    kept = {g: [s for s in starts if s not in dropped] for g, starts in groups_at.items()}
    return {g: starts for g, starts in kept.items() if starts}


def with_places(
    unit: UnitText, groups_at: Mapping[str, list[int]], rules: StanceRules, targets: Sequence[Target] = ()
) -> Mapping[str, list[int]]:
    """Round 16: a city, state, region or base of a country names that country for stance.

    The codebook's Actors section: "places and demonyms map to countries". `places` holds the
    capitals and a few cities (frames and speakers read them); `stance.places` adds the general
    gazetteer of a party's major cities, states or provinces, regions and bases ("उरी हमले के बाद भी
    रूस ने पाकिस्तान के साथ अभ्यास किया": India is named by Uri, an Indian army base; "कज़ान": Russia). A
    place inside a longer mention already read (an actor's or a place's alias) adds nothing. Not a
    dateline ("भोपाल। रूस और पाकिस्तान …": v1.2, where the story was filed carries no stance), nor a place
    that names an event, as round 15's "यूक्रेन युद्ध के कारण" does: "उरी (आतंकी) हमले के बाद" is the
    attack, a time, not a party to the ties; nor a place that is only the scene ("ओरेनबर्ग क्षेत्र में
    … अभ्यास हुआ", as frame_context.scene reads "चीन में"): where a thing happens is no party to it
    (`names_event`).
    """
    read = {at for starts in groups_at.values() for at in starts}
    objections = [
        p
        for t in sorted(rules.objection_targets)
        for p in predicate_hits(unit, t, rules)
        if family_of(p) in rules.objection_families
    ]
    others = [set(t.parties) for t in targets if all(p in groups_at for p in t.parties)]  # another pair's act
    opening = max(unit.dateline, dateline_end(unit.text))  # "भोपाल।" is no gazetteer place: no dateline for cues
    extra = [
        h
        for h in unit.of("stance_place")
        if h.start not in read
        and h.start >= opening
        and (
            not names_event(unit.text[h.end : h.end + 24], rules)
            or despite_attack(unit.text[h.end : h.end + 60])
            or (any(h.name not in o for o in others) and objectors_there(unit, h, objections))
        )
    ]
    if not extra:
        return groups_at
    out = {g: list(at) for g, at in groups_at.items()}
    for h in extra:
        out.setdefault(h.name, []).append(h.start)
    return {g: sorted(at) for g, at in out.items()}


# Stance 60: a place made the scene of an objection to another pair's act ("रूस-पाक अभ्यास पर लखनऊ में नाराजगी",
# "…, पटना में भी रोष") names the people who object there: the objection is no stance of the pair whose act it is
# (a worry of a state outside the pair, `pair_only_families`), and (the coders of BD-BQ) the town's people's protest
# is no Russia-India stance either: the place names no holder of a worry (`states_named`). Only with both parties
# of another pair named: a town's worry at a Russian act alone ("रूसी कोयले का भुगतान अटका, भिलाई में चिंता")
# keeps the story's reading. The objection (a predicate of `objection_families`) within
# OBJECTORS_WITHIN words after the scene word ("में भी गहरी"), in the place's clause, no case marker between (a worry
# with a cause or experiencer of its own, "पटना में बाढ़ से लोग परेशान", is the scene's news).
OBJECTORS_WITHIN = 3


def objectors_there(unit: UnitText, place: Hit, objections: Sequence[Hit]) -> bool:
    """Stance 60: the place is followed by "में" and, within `OBJECTORS_WITHIN` words, a worry or objection."""
    after = unit.text[place.end :]
    if not after.startswith(" में"):
        return False
    scene_end = place.end + len(" में")
    idx = unit.index
    return any(
        p.start >= scene_end
        and idx.tokens_between(scene_end, p.start) <= OBJECTORS_WITHIN
        and not idx.clause_break_between(scene_end, p.start)
        and not POSTPOSITIONS & set(unit.text[scene_end : p.start].split())  # "पटना में बाढ़ से लोग परेशान": a cause
        for p in objections
    )


# Stance 52: the English loan in Devanagari names India as रशिया/रशियन name Russia in `places` (Hinglish registers:
# "रशिया ने इंडिया के साथ ड्रिल पूरी की"). Read here, for stance only, not as a cue: frames45 left it out of the
# gazetteer because any cue inside "एयर इंडिया ने कहा" stops the firm being read as a speaker
# (analysis.attribution.unlisted_agent). Not inside a firm's, paper's or programme's name.
LOAN_NAMES = {"india": frozenset({"इंडिया", "इंडियन", "इंडियंस", "इंडियन्स"})}
LOAN_FIRM_BEFORE = frozenset({"एयर", "ऑफ", "ऑफ़", "इन"})  # एयर इंडिया, टाइम्स ऑफ इंडिया, मेक इन इंडिया
LOAN_FIRM_AFTER = frozenset({"ऑयल", "ऑइल", "एक्सप्रेस", "एयरलाइंस", "एयरलाइन्स", "लिमिटेड", "टुडे", "प्रीमियर"})


def with_loan_names(unit: UnitText, groups_at: Mapping[str, list[int]]) -> Mapping[str, list[int]]:
    """Stance 52: "इंडिया", "इंडियन" … name India for stance (`LOAN_NAMES`), outside a firm's name."""
    if not any(name in unit.text for names in LOAN_NAMES.values() for name in names):
        return groups_at  # most units: no loan name in the text, so no word is one (a C substring test, no word loop)
    words = [(m.start(), m.group()) for m in WORD.finditer(unit.text)]
    out = None
    for i, (start, w) in enumerate(words):
        for party, names in LOAN_NAMES.items():
            if w not in names or start in groups_at.get(party, ()):
                continue
            if (i and words[i - 1][1] in LOAN_FIRM_BEFORE) or (
                i + 1 < len(words) and words[i + 1][1] in LOAN_FIRM_AFTER
            ):
                continue
            out = out or {g: list(at) for g, at in groups_at.items()}
            out.setdefault(party, []).append(start)
    return {g: sorted(at) for g, at in out.items()} if out else groups_at


def epithet_party(
    unit: UnitText,
    groups_at: Mapping[str, list[int]],
    targets: Sequence[Target],
    story_pairs: Sequence[str],
    rules: StanceRules,
) -> Mapping[str, list[int]]:
    """Round 15: "भारत का सबसे भरोसेमंद दोस्त" in a Russia–India story names Russia by an epithet.

    A party of a pair the story has named (`story_pairs`), then a genitive (का/के/की) and, up to three
    words on, a friend noun (`stance.objection.drift_nouns`: दोस्त, साझेदार …), with the pair's other
    party not named in the unit, is that other party: news Hindi names a state by what it is to the
    other ("भारत का सबसे पुराना दोस्त अब पाकिस्तान की मदद कर रहा है", H, I, K, T). Not when a state's name
    follows the noun ("भारत का सबसे बड़ा साझेदार अमेरिका है") or comes before the possessor ("चीन पाकिस्तान का
    सदाबहार दोस्त है"): the epithet is that state's; nor for friends in the plural or qualifying a state noun
    ("भारत के सहयोगी देश"), nor for a person's aide ("पुतिन के सहयोगी"), nor when the
    story has named no pair with the possessor.
    """
    nouns = unit.of("drift_nouns")
    if not nouns or not story_pairs:
        return groups_at
    idx, text = unit.index, unit.text
    places = {h.start for h in unit.of("place")}
    out = {g: list(at) for g, at in groups_at.items()}
    told = {p for t in targets if t.id in story_pairs for p in t.parties}  # the states the story's pairs name
    hub = set.intersection(*(set(t.parties) for t in targets)) if targets else set()
    for t in targets:
        for owner, other in (t.parties, t.parties[::-1]):
            if other in out or owner not in out:
                continue
            if t.id not in story_pairs and not (other in hub and other in told):
                continue  # round 41: India's or Pakistan's friend is the story's Russia; Russia's friend, its pair's
            for start in out[owner]:
                word = text[start:].split(maxsplit=2)
                if start not in places or len(word) < 2 or word[1] not in GENITIVE:
                    continue  # a person's aide ("पुतिन के सहयोगी") is no state's friend
                if any(at < start for g, starts in groups_at.items() if g != owner for at in starts):
                    continue  # a state named before is the epithet's subject ("चीन … पाकिस्तान का दोस्त")
                noun = next((n for n in nouns if n.start > start and idx.tokens_between(start, n.start) <= 4), None)
                if noun is None or idx.clause_break_between(start, noun.start):
                    continue
                if after_is_state(noun.end, groups_at) and not (word[1] == "का" and state_in_case(text, noun.end)):
                    continue
                if unit.show(noun.start, noun.end).endswith("ों") or text[noun.end :].split()[:1] in rules.state_nouns:
                    continue  # friends in the plural, or a noun they qualify ("भारत के सहयोगी देश"): other states
                out[other] = [noun.start]
                break
    return out


def home_epithet(
    unit: UnitText, groups_at: Mapping[str, list[int]], targets: Sequence[Target], home: str
) -> Mapping[str, list[int]]:
    """Round 24: a friend noun with no possessor set before a state's name is the outlet's home country's.

    "भरोसेमंद दोस्त रूस …", "'पुराना साथी' मॉस्को …": Hindi news names a state by what it is to the
    reader, and with no possessor the reader is the outlet's (`corpus.outlet_home`, default the
    codebook's `speaker_roles.home`; `attribution.with_home` gives each article its outlet's): the
    epithet names the home country as the other party, as round 15's `epithet_party` does for "भारत का
    दोस्त". Only a singular friend noun (`stance.objection.drift_nouns`) right before the name of a state
    that is the home's partner in a target, with no genitive or possessive pronoun in the three words
    before it ("पाकिस्तान के दोस्त रूस", "हमारे दोस्त रूस" are the possessor's), and only where the
    unit does not name the home country itself.
    """
    nouns = [n for n in unit.of("drift_nouns") if not unit.show(n.start, n.end).endswith("ों")]
    if not nouns or not home or home in groups_at:
        return groups_at
    partners = {p for t in targets if home in t.parties for p in t.parties if p != home}
    idx = unit.index
    for n in nouns:
        before = [w.strip(QUOTES) for w in unit.text[: n.start].split()[-3:]]
        if any(w in GENITIVE or w in POSSESSIVES for w in before):
            continue
        after = [
            g for g, starts in groups_at.items() for at in starts if at >= n.end and idx.tokens_between(n.end, at) == 0
        ]
        if after and after[0] in partners and not idx.clause_break_between(n.end, groups_at[after[0]][-1]):
            return {**groups_at, home: [n.start]}
    return groups_at


def home_reference(
    unit: UnitText, groups_at: Mapping[str, list[int]], targets: Sequence[Target], pairs: tuple, home: str
) -> Mapping[str, list[int]]:
    """Round 44: the outlet's home country named by its institutions unqualified.

    A home paper reports its own air force, ministry, parliament's committee or government unqualified
    (design codebook v1.3, "Indian news reports its own ministry … unqualified"; home from
    `corpus.outlet_home`, `attribution.with_home`): "वायु सेना ने संसद की एक समिति को बताया कि रूस ने …
    आपूर्ति टाल दी", "सरकार की कमजोर कूटनीति के कारण रूस …" are India's in an Indian paper's Russia–India
    story (`stance.home_reference.institutions`). Only where the story's latest pair (else its lead)
    includes the home, the unit names the home's partner in that pair and not the home itself, and no
    state is named in the two words before the noun ("रूस की सरकार", "रूसी वायुसेना", "पाकिस्तान के
    रक्षा मंत्रालय"). Tried and left out: a bare "मुल्क"/"वफ़ाक़ी हुकूमत" as the home or the story's party
    fixed no read unit: those misses lack the benefit predicate, not the party.
    """
    story_pairs, lead = pairs
    pair = story_pairs[-1] if story_pairs else lead
    target = next((t for t in targets if t.id == pair), None)
    if not home or target is None or home not in target.parties or home in groups_at:
        return groups_at
    if not (set(target.parties) - {home}) & set(groups_at):
        return groups_at
    idx = unit.index
    starts = [at for starts in groups_at.values() for at in starts]
    for n in unit.of("home_institutions"):
        if any(at < n.start and idx.tokens_between(at, n.start) <= 2 for at in starts):
            continue
        return {**groups_at, home: [n.start]}
    return groups_at


# Stance 58: the region's rival named by what it is to the other ("भारत के दुश्मन", "हमारे प्रतिद्वंद्वी", "भारत के
# पड़ोसी मुल्क"), in the tatsam, Urdu and everyday registers; singular only (plural rivals are many states), compared
# after `norm` (no nukta: पड़ोसी = पडोसी, हरीफ़ = हरीफ)
RIVAL_NOUNS = frozenset(
    norm(w)
    for w in """दुश्मन शत्रु प्रतिद्वंद्वी प्रतिद्वंदी प्रतिद्वन्द्वी बैरी हरीफ़ रक़ीब पड़ोसी पडोसी हमसाया हमसाए हमसाये
    मुख़ालिफ़""".split()
)
RIVAL_STATE_NOUNS = frozenset(norm(w) for w in "देश मुल्क राष्ट्र".split())  # "भारत के पड़ोसी मुल्क को"
RIVAL_OF = {"india": "pakistan", "pakistan": "india"}  # the codebook's two rival states of the region
RIVAL_OWNERS = frozenset({"हमारे"})  # the home's first person, oblique ("हमारा पड़ोसी नहीं": a predicate, Russia's)
# the noun in the oblique, taking a postposition (or a compound one): "हमारे दुश्मन को/के/की तरफ", "… के साथ"
RIVAL_CASES = frozenset({"को", "के", "की", "का", "से", "में", "पर", "ने", "तक"})
RIVAL_BETWEEN = 2  # qualifiers between the owner and the noun: "भारत के सबसे बड़े शत्रु", "हमारे कट्टर दुश्मन"
RIVAL_QUALIFIERS = frozenset(
    norm(w)
    for w in """सबसे बड़े बड़ा कट्टर पुराने पुराना चिर धुर पारंपरिक परंपरागत पारम्परिक पुश्तैनी जानी घोषित अघोषित असली
    पक्के पक्का प्रमुख मुख्य ऐतिहासिक नंबर एक""".split()
)


def rival_epithet(
    unit: UnitText, groups_at: Mapping[str, list[int]], targets: Sequence[Target], pairs: tuple, home: str
) -> Mapping[str, list[int]]:
    """Stance 58: India's rival named by what it is to India ("रूस भारत के दुश्मन को हथियार दे रहा है").

    Round 15's `epithet_party` reads the friend ("भारत का पुराना दोस्त" is Russia); this reads the foe: a
    singular rival noun (`RIVAL_NOUNS`: दुश्मन, शत्रु, प्रतिद्वंद्वी, पड़ोसी …, optionally with देश/मुल्क/राष्ट्र after
    it) owned by India or Pakistan ("भारत के", up to two qualifiers between) or by the home country's first person
    ("हमारे") names the other of the two (`RIVAL_OF`). Only where that state is not named in the unit, the
    unit names no third state (a neighbour beside China or Nepal may be either), the story has named a pair
    with the rival (its lead or one of its pairs: a China story's "हमारे दुश्मन" is China), and the noun is not
    followed by a postposition (the oblique singular: not a predicate, "रूस हमारा पड़ोसी नहीं", nor apposition,
    "भारत के पड़ोसी नेपाल में").
    """
    story_pairs, lead = pairs
    told = {p for t in targets if t.id in story_pairs or t.id == lead for p in t.parties}
    parties = {p for t in targets for p in t.parties}
    if set(groups_at) - parties:
        return groups_at
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(unit.text)]
    named = {at: g for g, starts in groups_at.items() for at in starts}
    idx = unit.index
    for i, (start, _end, w) in enumerate(words):
        if norm(w) not in RIVAL_NOUNS:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt and norm(nxt[2]) in RIVAL_STATE_NOUNS:
            nxt = words[i + 2] if i + 2 < len(words) else None
        if nxt is None or nxt[2] not in RIVAL_CASES:
            continue  # no postposition: a predicate ("वे भारत के दुश्मन हैं") or apposition ("भारत के पड़ोसी नेपाल में")
        owner, owner_at = None, start
        for j in range(i - 1, max(i - 2 - RIVAL_BETWEEN, -1), -1):
            wj, owner_at = words[j][2], words[j][0]
            if wj in RIVAL_OWNERS:
                owner = home
            elif wj == "के" and j:
                owner = next((g for at, g in named.items() if words[j - 1][0] <= at < words[j - 1][1] + 1), None)
                if owner is None and j > 1:  # a two-word name ("नई दिल्ली के")
                    owner = next((g for at, g in named.items() if at == words[j - 2][0]), None)
            if owner is not None or norm(wj) not in RIVAL_QUALIFIERS:
                break  # the owner, or a word that is no qualifier ("हमारा 'पुराना दोस्त' दुश्मन के …": the friend's)
        rival = RIVAL_OF.get(owner or "")
        if not rival or rival in groups_at or rival not in told:
            continue
        if idx.clause_break_between(owner_at, start):
            continue
        return {**groups_at, rival: [start]}
    return groups_at


def rival_by_epithet(unit: UnitText, groups_at: Mapping[str, list[int]]) -> tuple[str, int] | None:
    """The rival `rival_epithet` named in the unit, and where: a party of `RIVAL_OF` named by a rival noun."""
    for rival in RIVAL_OF:
        for at in groups_at.get(rival, ()):
            word = WORD.match(unit.text, at)
            if word and norm(word.group()) in RIVAL_NOUNS:
                return rival, at
    return None


def at_owners_cost(
    unit: UnitText, groups_at: Mapping[str, list[int]], targets: Sequence[Target], decided: tuple
) -> None:
    """Stance 58: Russia's favor to India's rival named as India's rival is done at India's cost (ru_in against).

    The codebook's "done despite India's objection or at its cost" (`targets[ru_in].against`): "रूस भारत के
    दुश्मन को हथियार दे रहा है", "रूस का झुकाव भारत के पड़ोसी की तरफ बढ़ रहा है" say the act and whom it hurts in one
    phrase, as "भारत की कीमत पर" does. Where `rival_epithet` named the rival and the rival's ties with a third
    party came out favor, that party's ties with the rival's owner are against (a favor cue there, such as the
    friendship the act betrays, "मित्रता का दम भरने वाला रूस …", does not outweigh it). `decided`: the unit's
    stance, about and notes per target, changed in place.
    """
    stance, about, notes = decided
    found = rival_by_epithet(unit, groups_at)
    if found is None:
        return
    rival, at = found
    owner = RIVAL_OF[rival]
    for t in targets:
        if rival not in t.parties or stance[t.id] != "favor":
            continue
        third = next(p for p in t.parties if p != rival)
        hurt = next((o for o in targets if set(o.parties) == {third, owner}), None)
        if hurt is None or stance[hurt.id] == "against":
            continue
        stance[hurt.id], about[hurt.id] = "against", True
        said = unit.show(at, at + len(WORD.match(unit.text, at).group()))
        notes[hurt.id] = f"{notes.get(hurt.id, '')}; '{said}': {t.id} favor done at {owner}'s cost → against".lstrip(
            "; "
        )


# Stance 58: a friendship named in a participle of being called, held or claimed ("भारत का दोस्त कहलाने वाला रूस",
# "भारत का साझेदार समझा जाने वाला रूस", "भारत से दोस्ती का दम भरने वाला रूस"): a participle of naming, every gender and
# number of वाला, and the friendship nouns of the claiming idiom ("… का दम भरने वाला")
_SO_CALLED = re.compile(
    r"(?:(?:दोस्त|मित्र|साथी|साझेदार|साझीदार|सहयोगी|हमदर्द|यार)\s+(?:कहलाने|कहे\s+जाने|कहा\s+जाने|माने\s+जाने|माना\s+जाने"
    r"|समझे\s+जाने|समझा\s+जाने|होने\s+का\s+दावा\s+करने|होने\s+का\s+दम\s+भरने)"
    r"|(?:दोस्ती|मित्रता|यारी|दोस्ताना)\s+का\s+दम\s+भरने)\s+वा(?:ला|ले|ली)(?![\w\u0900-\u097F])"
)
SO_CALLED_BEFORE = 6  # words between the owner's name and the participle: "भारत का सबसे भरोसेमंद दोस्त कहलाने वाला"


def so_called_friend(
    unit: UnitText, groups_at: Mapping[str, list[int]], targets: Sequence[Target], decided: tuple
) -> None:
    """Stance 58: the friendship a participle calls a state by, then its favor to the owner's rival: against.

    "भारत का भरोसेमंद दोस्त कहलाने वाला रूस पाकिस्तान को हथियार बेच रहा है", "भारत के साथ मित्रता का दम भरने
    वाला रूस …": a friendship named only as what the state is called, held or claims to be (`_SO_CALLED`) sets up
    the act as its betrayal, as round 41's bare epithet does (the friend turning to a third state, ru_in
    against; design codebook: an act "at India's cost"). Where the participle stands right before a state's
    name (the state so called), an owner state is named before it in its clause (not the reader's friend with
    no owner named: round 8 keeps that ru_in none), and that state's ties with
    the owner's rival (`RIVAL_OF`) came out favor, its ties with the owner are against. `decided`: the unit's
    stance, about and notes per target, changed in place.
    """
    stance, about, notes = decided
    idx = unit.index
    named = sorted((at, g) for g, starts in groups_at.items() for at in starts)
    for m in _SO_CALLED.finditer(unit.text):
        called = next((g for at, g in named if at > m.end() and idx.tokens_between(m.end(), at) == 0), None)
        owner = next(
            (
                g
                for at, g in reversed(named)
                if at < m.start()
                and idx.tokens_between(at, m.start()) <= SO_CALLED_BEFORE
                and not idx.clause_break_between(at, m.start())
            ),
            None,  # no owner named: none (round 8, "पुराने दोस्त कहे जाने वाले रूस ने अब पाकिस्तान को …": ru_in none)
        )
        rival = RIVAL_OF.get(owner or "")
        if called is None or rival is None or called in (owner, rival):
            continue
        tie = next((t for t in targets if set(t.parties) == {called, rival}), None)
        hurt = next((t for t in targets if set(t.parties) == {called, owner}), None)
        if tie is None or hurt is None or stance[tie.id] != "favor" or stance[hurt.id] == "against":
            continue
        stance[hurt.id], about[hurt.id] = "against", True
        said = unit.show(m.start(), m.end())
        notes[hurt.id] = f"{notes.get(hurt.id, '')}; '{said}' then {tie.id} favor: the friendship betrayed → against"
        notes[hurt.id] = notes[hurt.id].lstrip("; ")


def rival_in(t: Target, unit: UnitText, groups_at: Mapping[str, list[int]]) -> bool:
    """The target's parties include the rival named by an epithet: for the owner's ties the noun stays a cue
    ("रूस हमारे शत्रु के विमानों में जान फूंक रहा है": enmity said of India's ties, as before the round)."""
    found = rival_by_epithet(unit, groups_at)
    return found is not None and found[0] in t.parties


def names_rival(unit: UnitText, h: Hit, groups_at: Mapping[str, list[int]]) -> bool:
    """Stance 58: the hit is the rival noun `rival_epithet` read as the rival's name ("भारत के शत्रु को …"): a name,
    no hostility predicate."""
    word = WORD.match(unit.text, h.start)
    return bool(word) and norm(word.group()) in RIVAL_NOUNS and any(h.start in at for at in groups_at.values())


QUOTES = "'\"‘’“”"
# possessive pronouns: the friend is the speaker's, the subject's or a third person's, not the reader's
POSSESSIVES = frozenset(
    {
        "हमारा",
        "हमारे",
        "हमारी",
        "अपना",
        "अपने",
        "अपनी",
        "उसका",
        "उसके",
        "उसकी",
        "उनका",
        "उनके",
        "उनकी",
        "इसका",
        "इसके",
        "इसकी",
        "इनका",
        "इनके",
        "इनकी",
        "मेरा",
        "मेरे",
        "मेरी",
        "तुम्हारा",
        "आपका",
        "आपके",
    }
)


# Round 31: an attack at a place, then "even after" or "despite" ("उरी हमले के बाद भी …", "पुलवामा में आतंकी हमले
# के बावजूद …"), up to three words between the place and the attack noun
_DESPITE_ATTACK = re.compile(
    r"^[\s-]*(?:\S+\s+){0,3}?हमल(?:ा|े|ों)\s+(?:के\s+(?:(?:कुछ\s+ही|कुछ|चंद|फ़?ौरन|फौरन|तुरंत)\s+(?:दिन\s+|दिनों\s+)?)?बाद\s+भी"
    r"|के\s+बा-?वु?जूद)"
)


ATTACK_NOUNS = ("हमले", "हमलों")  # the first word of `targets[ru_in].against`'s "हमले के बाद भी/के बावजूद"


def despite_attack(after: str) -> bool:
    """Round 31: the place names the party an attack hurt when the unit's act is done even after or despite it.

    Round 16 reads "उरी हमले के बाद" as a time, the attack, no party (`names_event`); but "उरी हमले के बाद
    भी रूस … पाकिस्तान के साथ …" (even after) and "… हमले के बावजूद" (despite) tell the act as done at the
    cost of the country hit: the codebook's "done despite India's objection or at its cost", so the place
    names that country, as "भारत की आपत्ति के बावजूद" names India (`targets[ru_in].against`).
    """
    return bool(_DESPITE_ATTACK.match(after))


def names_event(after: str, rules: StanceRules) -> bool:
    """The words after a place name an event there ("उरी हमले") or make it a scene ("कज़ान में").

    Round 16's words, the yaml's `stance.name_guards.place_events` and `place_scenes`.
    """
    after = after.lstrip(" -")
    return after.startswith(rules.place_events) or after.startswith(rules.place_scenes)


# Hindi postpositions: a noun phrase in an oblique case ("पाकिस्तान की", "पाकिस्तान को", "पाकिस्तान के करीब")
POSTPOSITIONS = frozenset({"का", "की", "के", "को", "से", "में", "पर", "ने", "तक"})


def state_in_case(text: str, end: int) -> bool:
    """Round 41: the state right after a friend noun takes a postposition of its own.

    "भारत का सबसे भरोसेमंद दोस्त पाकिस्तान की मदद …": an epithet in the direct case ("का … दोस्त") followed
    by a state in an oblique one is the subject, and the state is what it acts on; a name in apposition
    would share the epithet's case ("भारत के दोस्त रूस ने …", "भारत का साझेदार अमेरिका है").
    """
    words = text[end:].split(maxsplit=2)
    return len(words) >= 2 and words[1].strip(QUOTES + ",।?") in POSTPOSITIONS


def after_is_state(end: int, groups_at: Mapping[str, list[int]]) -> bool:
    """A state's name starts right after `end` (one space between)."""
    return any(end < at <= end + 2 for starts in groups_at.values() for at in starts)


def event_cause(after: str, rules: StanceRules) -> bool:
    """The text after a state's name is an event noun and a cause phrase ("युद्ध के कारण", "संकट का असर")."""
    noun, _, rest = after.partition(" ")
    return noun in rules.event_nouns and rest.startswith(rules.event_causes)


# Stance 50: two states joined and then taken as the object of पर ("… अब सिर्फ़ अमरीका और चीन पर निर्भर नहीं"): the
# pair is what a clause depends on or bears on, not two states acting together. Only पर: "भारत और पाकिस्तान को
# सदस्यता मिली" (recipients), "… के साथ" (partners one by one) and "दोनों …" may still be what "दोनों देश" points
# to (round 40's "भारत और पाकिस्तान को …", measured: those markers broke its tests)
PASSING_AFTER = re.compile(r"^\s*(?:पर)(?=[\s,।?!]|$)")


def in_passing(unit: UnitText, second: Hit) -> bool:
    """Stance 50: the pair ending at `second` is named in passing, as what a clause depends on or bears on
    (`PASSING_AFTER`), not as two states acting together: a later "दोनों देश" does not point to it (`last_pair`).

    News Hindi's "दोनों देश" after "पाकिस्तान अब सिर्फ़ अमरीका और चीन पर निर्भर नहीं रहना चाहता" goes back to the
    story's pair (the read sets' coders, BA); after "भारत और चीन की सेनाएं सीमा पर आमने-सामने हैं" or "भारत और चीन
    के बीच …" (the pair as subject, as possessor, between) it is that pair, as before.
    """
    return bool(PASSING_AFTER.match(unit.text[second.end :]))


def last_pair(unit: UnitText, codebook: Codebook, named: Collection[str]) -> frozenset[str]:
    """The pair of states this unit names last, for what a later "दोनों देश" refers to (stance 50: not one named
    in passing, `in_passing`).

    Two states joined by a conjunction or hyphen ("भारत और चीन", "भारत-पाक":
    `coordinated_pairs`), else the parties of a target the unit names in full; empty when
    it names neither (the story's last pair then holds). A group of three or more ("रूस,
    चीन और पाकिस्तान", `coordinated_groups`) is kept whole, for "तीनों देश" (`group_of`).
    """
    groups = coordinated_groups(unit, codebook.states)
    if groups and len({h.name for h in groups[-1]}) > 2 and not in_passing(unit, groups[-1][-1]):
        return frozenset(h.name for h in groups[-1])  # "रूस, चीन और पाकिस्तान": what "तीनों देश" refers to
    pairs = [p for p in coordinated_pairs(unit, codebook.states) if not in_passing(unit, p[1])]
    if pairs:
        a, b = pairs[-1]
        return frozenset({a.name, b.name})
    full = [t for t in codebook.targets if t.id in named]
    return frozenset(full[-1].parties) if len(full) == 1 else frozenset()


def speaker_as_party(
    unit: UnitText,
    groups_at: Mapping[str, list[int]],
    voice: str,
    side: str,
    states: Collection[str],
    home: str = "",
) -> dict[str, list[int]] | None:
    """Round 13 (who holds a view): in quoted speech "हम", "हमारा" … is the speaker's state.

    "भारत हमारा रणनीतिक साझेदार है और हम उसकी चिंताओं का सम्मान करते हैं" quoted from a Russian
    official names Russia by the first person: the unit speaks of Russia–India ties as if it
    named Russia. Only for a quoted unit whose speaker's side is a state the unit does not
    name; the mentions the stance step then reads, or None.
    """
    if voice == "outlet":
        return outlet_first_person(unit, groups_at, home, states)
    if voice not in SPEAKING_VOICES or side not in states or side in groups_at:
        return None
    start = reported_start(unit)
    if voice == "reported" and not start:
        return None  # no lead before the reported clause: whose "हम" it is, is not read
    idx = unit.index
    at = [
        m.start()
        for m in WORD.finditer(unit.text)
        if m.group() in SPEAKER_PRONOUNS and idx.token_index(m.start()) >= start
    ]
    return {**groups_at, side: at} if at else None


def outlet_first_person(
    unit: UnitText, groups_at: Mapping[str, list[int]], home: str, states: Collection[str]
) -> dict[str, list[int]] | None:
    """Round 52: in the outlet's own voice (an editorial, a reader's letter, a column) "हम", "हमें", "हमारा" … is
    the outlet's home country ("रूस ने हर दौर में हमें वह तकनीक दी", "सोवियत संघ ही हमारे साथ खड़ा था").

    Not the newsroom's "we": a pronoun followed within two words by a newsroom noun ("हमारे संवाददाता",
    "हमारे स्टूडियो में", "हमारी बहस में", `NEWSROOM`), nor one in a clause with a verb of asking or talking
    ("इस पर हमने … से बात की", "हमसे बातचीत में"). Only where the unit names a state and not the home.
    """
    if not home or home not in states or home in groups_at or not groups_at:
        return None
    words = [(m.start(), m.group()) for m in WORD.finditer(unit.text)]
    at = []
    for i, (start, w) in enumerate(words):
        if w not in SPEAKER_PRONOUNS:
            continue
        if any(x in NEWSROOM for _, x in words[i + 1 : i + 3]):
            continue
        clause = unit.text[_previous_break(unit.text, start, ",;।") : _next_break(unit.text, start, ",;।")]
        if any(x in TALKING for x in WORD.findall(clause)):
            continue
        at.append(start)
    return {**groups_at, home: at} if at else None


# the outlet as a newsroom: its reporters, studio, panel, debate, readers, programme
NEWSROOM = frozenset(
    """संवाददाता संवाददाताओं प्रतिनिधि रिपोर्टर रिपोर्टरों स्टूडियो पैनल बहस चर्चा चैनल अखबार अख़बार पत्रिका पत्र
    पाठक पाठकों दर्शक दर्शकों कार्यक्रम शो टीम वेबसाइट पोर्टल सर्वे सर्वेक्षण सहयोगी साथी""".split()
)
# the newsroom asking or talking to a source ("हमने … से बात की", "हमसे बातचीत में")
TALKING = frozenset("बात बातचीत पूछा पूछे पूछने पूछी संपर्क सम्पर्क साक्षात्कार इंटरव्यू बताया बताते बताती लिखा लिखते".split())


SPEAKING_VOICES = frozenset({"quoted", "reported"})
# the first person plural in every case: nominative, agentive, genitive, and the oblique हमें/हमसे/हमको
SPEAKER_PRONOUNS = PERSONAL_PRONOUNS | {"हमें", "हमसे", "हमको"}


WORD = re.compile(r"[\w\u0900-\u097F]+")


def speaker_noted(before: StanceCoding, after: StanceCoding, side: str) -> StanceCoding:
    """`before` with the targets the speaker's "हम" made spoken of (`speaker_as_party`) taken from `after`.

    The pronoun names no pair for the story (`named`, `states_paired` stay `before`'s): a later
    "दोनों देश" still means the pair the story named.
    """
    new = {t for t in after.about if after.about[t] and not before.about[t]}
    if not new:
        return before
    notes = {**before.notes, **{t: f"'हम' of the quoted speaker is {side}; {after.notes[t]}" for t in new}}
    stance = {**before.stance, **{t: after.stance[t] for t in new}}
    about = {**before.about, **{t: True for t in new}}
    cues = [c for c in before.cues if c.variable.removeprefix("stance_") not in new]
    cues += [c for c in after.cues if c.variable.removeprefix("stance_") in new]
    return StanceCoding(stance, about, notes, cues, before.named, before.states_paired)


def denied_report(unit: UnitText) -> Hit | None:
    """Round 13: a negation on a report noun ("इन ख़बरों को ग़लत बताया", "ऐसी खबरें भ्रामक हैं", "खबर गलत").

    The report noun is the speakers' `report` role (खबर, रिपोर्ट …, `speaker_roles`); the negation
    overlaps it or follows it within three words in its clause.
    """
    idx = unit.index
    reports = [h for h in unit.of("role") if h.name == "report"]
    for n in live_negations(unit):
        for r in reports:
            near = r.start <= n.start and idx.tokens_between(r.end, n.start) <= 3
            if near and not idx.clause_break_between(r.end, n.start):
                return n
    return None


def report_denied(unit: UnitText, coding: StanceCoding, claim: Mapping[str, str], lead: str) -> StanceCoding:
    """Round 13 (reference): a report called false, with no stance of its own, denies the story's last claim.

    "ऐसी खबरें भ्रामक हैं", "लेकिन रूसी सूत्रों ने इन खबरों को पूरी तरह बेबुनियाद बताया": what the
    media or a report claimed earlier in the story (`claim`, kept by `coding`) is denied, so its stance
    flips for the story's main pair (`lead`); a claim about another pair is left alone.
    """
    if lead not in claim or claim[lead] == "none" or (n := denied_report(unit)) is None:
        return coding
    if any(v != "none" for v in coding.stance.values()) or any(c.value in ("favor", "against") for c in coding.cues):
        return coding
    value = "against" if claim[lead] == "favor" else "favor"
    note = f"'{unit.show(n.start, n.end)}' calls the story's report false: its claim ({claim[lead]}) flips"
    notes = {**coding.notes, lead: note}
    cues = [*coding.cues, unit.cue(f"stance_{lead}", value, f"{n.pattern} (report denied)", n.start, n.end)]
    return StanceCoding(
        {**coding.stance, lead: value}, {**coding.about, lead: True}, notes, cues, coding.named, coding.states_paired
    )


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
    return StanceCoding(stance, about, notes, cues, coding.named, coding.states_paired)


# Round 56: comparisons with a yardstick ("भारत-रूस व्यापार की तुलना में यह बहुत छोटा है", "रूस का भारत के साथ
# व्यापार पाकिस्तान के मुकाबले सौ गुना है"). The compared-with pair is not the subject: the clause's size word
# says how the subject's pair stands (small: against, large: favor); the yardstick's pair takes none of it.
_YARDSTICK = re.compile(
    r"(?<!\w)(?:(?:के|की|का)\s+)?(?:मुक़?ाबले|तुलना\s+में|सामने|बनिस्बत|अपेक्षा|compared\s+(?:with|to))(?:\s+में)?(?!\w)"
)
_PRONOUN_YARDSTICK = re.compile(r"(?:इस|उस|इन|उन|इन्ही|इसी|उसी)(?:की|के|का)\s*$")
YARDSTICK_NEEDS_SIZE = ("सामने", "बनिस्बत", "अपेक्षा")  # also "in front of", "expectation": only with a size word
YARDSTICK_NOT_BEFORE = ("के लिए", "में उतर", "करने", "की तैयारी")  # "आतंकवाद के मुकाबले के लिए": a contest, no yardstick
YARDSTICK_CASES = frozenset({"ने", "से", "को", "पर", "में"})  # "भारत ने रूस से आयात के मुकाबले": a clause role, not the yardstick
YARDSTICK_WITHIN = 6  # words from the yardstick's state to the marker: "भारत-रूस रक्षा व्यापार की तुलना में"
SMALL_WORDS = frozenset(
    norm(w)
    for w in {
        "छोटा", "छोटी", "छोटे", "मामूली", "कम", "नगण्य", "सीमित", "नाममात्र", "नाम-मात्र", "पीछे", "तुच्छ",
        "बौना", "बौने", "बौनी", "फीका", "फीकी", "फीके", "मामूली-सा", "मामूली-सी", "थोड़ा", "थोड़ी", "ज़रा",
        "small", "smaller", "tiny", "minor", "fraction",
    }
)  # fmt: skip
SMALL_PHRASES = (("न", "के", "बराबर"), ("ना", "के", "बराबर"), ("नहीं", "के", "बराबर"))
BIG_WORDS = frozenset(
    norm(w)
    for w in {
        "बड़ा", "बड़ी", "बड़े", "ज़्यादा", "ज्यादा", "अधिक", "गुना", "गुने", "आगे", "बढ़कर", "बढ़-चढ़कर", "विशाल",
        "कहीं-ज़्यादा", "larger", "bigger", "more", "times", "far",
    }
)  # fmt: skip
_WORD = re.compile(r"[\w\u0900-\u097F-]+")


def _size_word(unit: UnitText, start: int) -> tuple[str, int, int] | None:
    """The last size word of the clause after `start`: ("small" | "big", span); "कम से कम" (at least) is none."""
    text, found = unit.text, None
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text, start)]
    for i, (w, s, e) in enumerate(words):
        if unit.index.clause_break_between(start, s):
            break
        nxt = [x[0] for x in words[i + 1 : i + 3]]
        if w == "कम" and nxt[:2] == ["से", "कम"]:
            continue
        if w in SMALL_WORDS or any(tuple(x[0] for x in words[i : i + 3]) == p for p in SMALL_PHRASES):
            found = ("small", s, e)
        elif w in BIG_WORDS and not (w in ("आगे",) and nxt[:1] == ["भी"]):
            found = ("big", s, e)
    return found


def yardstick_of(
    unit: UnitText, groups_at: Mapping[str, list[int]], targets: Sequence[Target]
) -> tuple[str, str, str, Hit] | None:
    """(subject target, yardstick target, "small" | "big" | "", marker) of a comparison in the unit, or None.

    The yardstick is the pair of the state named last before the marker (a state every target shares,
    Russia, tells no pair), or an earlier unit's pair taken up by "इसकी/इसके तुलना में"; the subject is the
    other pair. A marker that may mean "in front of" (के सामने) counts only with a size word after it.
    """
    if len(targets) != 2:
        return None
    shared = set(targets[0].parties) & set(targets[1].parties)
    own = {p: t.id for t in targets for p in t.parties if p not in shared}
    text = unit.text
    for m in _YARDSTICK.finditer(text):
        word = m.group(0)
        if any(text[m.end() :].lstrip().startswith(x) for x in YARDSTICK_NOT_BEFORE):
            continue
        if not any(k in word for k in ("के", "की", "का", "compared")) and not _PRONOUN_YARDSTICK.search(
            text[: m.start()]
        ):
            continue
        size = _size_word(unit, m.end())
        if any(k in word for k in YARDSTICK_NEEDS_SIZE) and size is None:
            continue
        before = [
            (s, p)
            for p, starts in groups_at.items()
            if p in own
            for s in starts
            if s < m.start()
            and unit.index.tokens_between(s, m.start()) <= YARDSTICK_WITHIN
            and not unit.index.clause_break_between(s, m.start())
            and not YARDSTICK_CASES.intersection(_WORD.findall(text, s, m.start()))
        ]
        pronoun = _PRONOUN_YARDSTICK.search(text[: m.start()])
        if pronoun and not (before and max(before)[0] >= pronoun.start()):
            after = {own[p] for p, starts in groups_at.items() if p in own for s in starts if s > m.end()}
            if len(after) != 1:
                continue
            subject = next(iter(after))
            stick = next(t.id for t in targets if t.id != subject)
        elif before:
            stick = own[max(before)[1]]
            subject = next(t.id for t in targets if t.id != stick)
        else:
            continue
        return subject, stick, size[0] if size else "", Hit("yardstick", "comparison", word, m.start(), m.end())
    return share_of(unit, groups_at, own)


# Stance 60: a pair's measure told as a share of another pair's ("X-Y व्यापार भारत-रूस व्यापार के दो प्रतिशत से भी
# कम है", "…, जो भारत-रूस व्यापार का एक अंश मात्र है", "… के दसवें हिस्से से भी कम", "… का पचास गुना"): the genitive
# before the share noun names the yardstick. A share is a comparison only with a degree word: a limit before the
# share noun (महज़, मात्र, सिर्फ़, केवल, छोटा) or after it (से कम, मात्र, भर), or a multiple with the copula after it (गुना है: the subject big; "कई गुना बढ़" is growth, no yardstick).
SHARE_NOUNS = frozenset(
    norm(w)
    for w in {
        "प्रतिशत", "फ़ीसदी", "फीसदी", "फ़ीसद", "फीसद", "परसेंट", "अंश", "हिस्सा", "हिस्से", "भाग", "चौथाई", "आधा",
        "आधे", "दसवां", "दसवें", "दसवाँ", "सौवां", "सौवें", "सौवाँ",
    }
)  # fmt: skip
MULTIPLE_NOUNS = frozenset(norm(w) for w in {"गुना", "गुने", "गुणा"})
SHARE_LIMIT_BEFORE = frozenset(
    norm(w) for w in {"महज़", "महज", "मात्र", "सिर्फ़", "सिर्फ", "केवल", "छोटा", "छोटी", "छोटे", "मामूली", "ज़रा", "जरा"}
)
SHARE_LIMIT_AFTER = (("से", "कम"), ("से", "भी", "कम"), ("मात्र",), ("भर",), ("से", "नीचे"), ("से", "भी", "नीचे"))
COPULA = frozenset({"है", "हैं", "था", "थी", "थे", "रहा", "रही", "रहे", "होगा", "होगी", "होंगे", "हो"})
SHARE_YARD_WITHIN = YARDSTICK_WITHIN + 1  # from a two-word name: "नई दिल्ली के मास्को से सैन्य आयात का"
SHARE_WITHIN = 4  # words from the genitive to the share noun: "का एक छोटा सा हिस्सा"


def share_of(
    unit: UnitText, groups_at: Mapping[str, list[int]], own: Mapping[str, str]
) -> tuple[str, str, str, Hit] | None:
    """Stance 60: (subject, yardstick, "small" | "big", marker) of a share or multiple of another pair's measure, or
    None. The yardstick is the pair of the own party named last (within `SHARE_YARD_WITHIN` words) before the genitive;
    the subject, the other pair, must be named before that party in the unit (the subject comes first)."""
    text = unit.text
    words = [(m.group(0).rstrip("।॥"), m.start(), m.end()) for m in _WORD.finditer(text)]  # the danda is in the block
    for i, (w, s, e) in enumerate(words):
        multiple = w in MULTIPLE_NOUNS
        if not (multiple or w in SHARE_NOUNS):
            continue
        gen = next((j for j in range(i - 1, max(-1, i - 1 - SHARE_WITHIN), -1) if words[j][0] in GENITIVE), None)
        if gen is None or unit.index.clause_break_between(words[gen][1], s):
            continue
        between = {x[0] for x in words[gen + 1 : i]}
        after = tuple(x[0] for x in words[i + 1 : i + 4])
        if multiple:  # "का पचास गुना है", not "कई गुना बढ़ जाएगी"
            if not (after[:1] and after[0] in COPULA):
                continue
            size = "big"
        elif between & SHARE_LIMIT_BEFORE or any(after[: len(p)] == p for p in SHARE_LIMIT_AFTER):
            size = "small"
        else:
            continue
        at = words[gen][1]
        before = [
            (p0, p)
            for p, starts in groups_at.items()
            if p in own
            for p0 in starts
            if p0 < at and unit.index.tokens_between(p0, at) <= SHARE_YARD_WITHIN
        ]
        if not before:
            continue
        last, party = max(before)
        stick = own[party]
        first = [p0 for p, starts in groups_at.items() if p in own and own[p] != stick for p0 in starts if p0 < last]
        if not first:
            continue
        subject = next(v for v in own.values() if v != stick)
        return subject, stick, size, Hit("yardstick", "comparison", f"share: {w}", words[gen][1], e)
    return None


def yardstick(
    unit: UnitText,
    groups_at: Mapping[str, list[int]],
    targets: Sequence[Target],
    coded: tuple[dict[str, str], dict[str, bool], dict[str, str]],
) -> list[Cue]:
    """Round 56: a comparison decides its pairs (in place in `coded`: stance, about, notes); returns its cues.

    Small subject ("… के मुकाबले बहुत कम/मामूली/न के बराबर है"): the subject's pair against; the yardstick's
    takes no "against" from the subject's smallness (its favor, the big measure, stays). Large subject ("… की
    तुलना में सौ गुना/कहीं बड़ा"): the subject's pair favor, the yardstick's none. No size word: the
    yardstick's pair takes nothing from the subject's clause (none).
    """
    found = yardstick_of(unit, groups_at, targets)
    if found is None:
        return []
    subject, stick, size, h = found
    stance, about, notes = coded
    shown = unit.show(h.start, h.end)
    out = []
    if size:
        value = "against" if size == "small" else "favor"
        stance[subject], about[subject] = value, True
        notes[subject] = f"compared with a yardstick ('{shown}'): the subject is {size}"
        out.append(unit.cue(f"stance_{subject}", value, f"{h.pattern} ({size} subject)", h.start, h.end))
    stick_value = "none"
    if stance.get(stick) != "none" and not (size == "small" and stance.get(stick) == "favor"):
        stance[stick] = stick_value
        about[stick] = about.get(stick, False) or stick_value != "none"
        notes[stick] = f"the yardstick of a comparison ('{shown}'): {stick_value}"
        out.append(unit.cue(f"stance_{stick}", stick_value, f"{h.pattern} (yardstick)", h.start, h.end))
    return out
