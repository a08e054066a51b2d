"""Relationship predicates of a unit, and the rules that set one aside for a target.

The stance step (analysis.stance) decides which targets a unit speaks of; this module
says which predicate hits count for one of them. Single cues come from the matcher,
two-part predicates ("हेलीकॉप्टर देगा", "सिर्फ … तक") are joined here (`compound_hits`);
a hit is then set aside, with a note `explain` shows, when it is about a third state's
ties, greets a person, condemns violence, is merely discussed, is a worry voiced beside
a state outside the pair, or lies nearer to a coordinated pair of other states.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Collection, Mapping, Sequence

from analysis.codebook import Codebook, Hit, StanceRules, Target
from analysis.cues import TokenIndex, UnitText, drop_contained, group_positions, inside, named_mentions


def family_of(hit: Hit) -> str:
    """The lexicon family of a shared predicate ("बढ़* (growth)" → growth); "" for a target's own cue.

    >>> family_of(Hit("favor", "ru_pk", "बढ़* (growth)", 0, 4)), family_of(Hit("favor", "ru_pk", "योगदान*", 0, 5))
    ('growth', '')
    """
    p = hit.pattern
    return p[p.rfind("(") + 1 : -1] if p.endswith(")") and "(" in p else ""


def _near(x: Hit, y: Hit, window: int, idx: TokenIndex, text: str = "") -> bool:
    """Two hits in one clause with at most `window` words between them, in either order.

    Round 24: a designation with a hyphenated number ("एमआई-17", "सुखोई-35", "जेएफ-17") is one word of
    a name, though the tokenizer splits it at the hyphen: it counts once.
    """
    a, b = (x, y) if x.end <= y.start else (y, x)
    designations = len(DESIGNATION.findall(text[a.end : b.start])) if text else 0
    return (
        a.end <= b.start
        and idx.tokens_between(a.end, b.start) - designations <= window
        and not idx.clause_break_between(a.end, b.start)
    )


DESIGNATION = re.compile(r"\S+-\d+")


def compound_hits(unit: UnitText, target_id: str, rules: StanceRules) -> list[Hit]:
    """Two-part predicates: a `first` cue, then a `then` cue within the window, in one clause.

    "हेलीकॉप्टर देगा" (goods, then a verb of giving) is supply; "सिर्फ … तक" (only … up
    to) is a limit. A compound with `either_order` also matches the headline order
    ("पाकिस्तान को मिलेगा रूसी तेल"). The hit spans the second part, so a negation before it ("हथियार नहीं
    देगा") flips it like any predicate; a first part inside a negation-exempt phrase
    ("न सिर्फ … बल्कि") is no limit. A compound whose first part is the second's object (`object_first`,
    round 21: "दोस्ती से धोखा", the friendship betrayed) spans both, so the first part's own cue is
    contained in it and counts no more. Two different compounds sharing words: the one whose two parts
    span more of the unit counts (round 10: "… लड़ने वाले मुजाहिदीन का साथ दिया" is backing the
    partner's enemy, hostility, not the support of "का साथ … दिया").
    """
    return [
        Hit(polarity, target_id, f"{first.pattern} … {then.pattern} ({family})", start, then.end)
        for first, then, family, polarity in _compound_matches(unit, rules)
        for start in [_object_start(unit, target_id, first) if rules.compounds[int(then.name)][4] else then.start]
    ]


def _compound_matches(unit: UnitText, rules: StanceRules) -> list[tuple[Hit, Hit, str, str]]:
    """`compound_hits`' (first, then, family, polarity) matches, in the order of their second parts.

    They do not depend on the target (only the hits made of them do), so they are found once per unit
    and rules and kept in the unit's `__dict__`: the stance rules ask for each target of the unit.
    """
    return _kept_per_unit(unit, "_compound_matches", (), rules, _find_compounds)


def _find_compounds(unit: UnitText, rules: StanceRules) -> list[tuple[Hit, Hit, str, str]]:
    """`_compound_matches` found (the matching of `compound_hits`)."""
    exempt = [(h.start, h.end) for h in unit.of("negation_exempt")]
    firsts = [h for h in unit.of("compound_first") if not inside(h.start, exempt)]
    idx, found = unit.index, []
    for then in unit.of("compound_then"):
        family, polarity, window, either, _, yields, dates, negated = rules.compounds[int(then.name)]
        first = next(
            (
                f
                for f in reversed(firsts)
                if f.name == then.name and (f.end <= then.start or either) and _near(f, then, window, idx, unit.text)
            ),
            None,
        )
        if first is None or (yields and _cue_between(unit, first, then, polarity)):
            continue
        if refused_between(unit, first, then):
            continue  # stance 61: "कर्ज देने से इनकार कर दिया": the second part is the refusal's light verb
        if negated and tuple(unit.text[first.end : then.start].split()) not in rules.light_verb_negators:
            continue  # round 44 (`negated_only`): "खराब नहीं कर-", the negator between predicate and light verb
        if not (dates and _of_a_date(unit, first)):
            found.append((first, then, family, polarity))
    kept: list[tuple[Hit, Hit, str, str]] = []
    for match in sorted(found, key=lambda m: min(m[0].start, m[1].start) - max(m[0].end, m[1].end)):
        if not any(k[1].name != match[1].name and _overlap(p, q) for p in match[:2] for k in kept for q in k[:2]):
            kept.append(match)
    return sorted(kept, key=lambda m: m[1].start)


WEST_TILT_REACH = 6  # words from the end of the state to the lean ("अमेरिका के साथ नई दिल्ली की बढ़ती नजदीकी")
WEST_OWNER_REACH = 2  # words from India to the state before it ("भारत अब अमेरिका …") or to its lean ("भारत की बढ़ती")


def west_tilt_hits(unit: UnitText, target_id: str, rules: StanceRules) -> list[Hit]:
    """Round 32: India's tilt or closeness toward the US or the West (`stance.west_tilt`): the ties drifting.

    The codebook's ru_in against has "ties drifting: India … turning to other suppliers instead of Russia"; a
    story about India and Russia that says India leans toward America says that of the partners, not of any
    supply ("भारत का अमेरिका की ओर बढ़ता झुकाव", "अमेरिका से भारत की बढ़ती नजदीकी"). Without this the growth and
    closeness words inside the phrase counted as the pair's favor. India must own the lean: an `owners` word
    right before the state or as the lean's possessor, so Russia's or Pakistan's tilt is no hit; "… के बीच"
    after the lean is the scene (amid that closeness), no portrayal. One against hit spans owner to lean, so
    the cues inside it count no more (`drop_contained`), and a third-state reading does not set it aside.
    """
    if target_id != rules.west_tilt_target:
        return []
    idx, text, out = unit.index, unit.text, []
    for lean in unit.of("west_leans"):
        if text[lean.end :].lstrip().startswith("के बीच"):
            continue
        for state in unit.of("west_states"):
            if not (state.end <= lean.start and _near(state, lean, WEST_TILT_REACH, idx)):
                continue
            if not any(
                m.start >= state.end and idx.tokens_between(state.end, m.start) == 0 for m in unit.of("west_toward")
            ):
                continue
            owner = next((o for o in unit.of("west_owners") if _owns(o, state, lean, idx)), None)
            if owner is not None:
                start = min(owner.start, state.start)
                pattern = f"{owner.pattern} … {state.pattern} … {lean.pattern} (west_tilt)"
                out.append(Hit("against", target_id, pattern, start, lean.end))
                break
    return out


# Round 33: "के साथ" closing its clause right after a state's name: the copula of "X के साथ है" dropped, as
# headlines and quoted headlines drop it ("रूस भारत के साथ,", "… बोले- आतंक के खिलाफ भारत के साथ")
_WITH_CLOSING = re.compile(r"\s*के\s+साथ\s*(?:$|[,।!?:;|—–]|-\s)")


def standing_with_hits(unit: UnitText, target_id: str) -> list[Hit]:
    """Round 33: a party standing with the state named right before a clause-final "के साथ": favor.

    "के साथ है" (trust_support) says a party stands with another; a headline, and the quoted words a headline
    gives a speaker, drop the copula ("पुलवामा हमला: रूस खुलकर आया भारत के साथ, …", "… बोले- आतंक के खिलाफ लड़ाई
    में रूस भारत के साथ"). "के साथ" with nothing after it in its clause cannot be a partner marker (a partner of
    what?): it is the support itself (both coders of O, W, AF, AJ favor; Z's "न भारत के साथ, न पाकिस्तान के
    ख़िलाफ़" against, the "न" negating it). A quotation mark after it opens a name ("… के साथ 'द्रुजबा' …"): no
    hit. The hit spans "के साथ", so the state right before it is whose side the party takes.
    """
    out = []
    for m in unit.of("place"):
        if _WITH_CLOSING.match(unit.text, m.end) is not None:
            start = unit.text.index("के", m.end)
            before = unit.text[: m.start].split()[-1:]
            if before and before[0] in NOT_WITH:  # "न भारत के साथ": the side refused
                out.append(Hit("against", target_id, "न … के साथ, the copula dropped (trust_support)", start, start + 6))
            else:
                out.append(Hit("favor", target_id, "… के साथ, the copula dropped (trust_support)", start, start + 6))
    return out


NOT_WITH = frozenset({"न", "ना", "नहीं"})  # a negator right before the state ("न भारत के साथ, न …"): grammar


def _owns(owner: Hit, state: Hit, lean: Hit, idx: TokenIndex) -> bool:
    """India right before the state ("भारत का अमेरिका की ओर …", "भारत अब अमेरिका की तरफ झुक …") or the lean's
    possessor after the state ("… की ओर भारत का बढ़ता झुकाव"), in the clause."""
    if owner.end <= state.start:
        return _near(owner, state, WEST_OWNER_REACH, idx)
    return state.end <= owner.start and owner.end <= lean.start and _near(owner, lean, WEST_OWNER_REACH, idx)


def _cue_between(unit: UnitText, first: Hit, then: Hit, polarity: str) -> bool:
    """Round 29 (`yields_between`): a cue of the compound's own polarity between its two parts.

    "पहले जैसा तनाव नहीं है": the negation in the second part denies the strain noun between (the tension is
    gone, favor), so the comparison with the past yields to it; an opposite cue between ("पहले जैसी गर्मजोशी
    नहीं रही") is what the compound's decline is said of, and the compound stands.
    """
    return any(first.end <= h.start and h.end <= then.start for h in unit.of(polarity))


def _of_a_date(unit: UnitText, first: Hit) -> bool:
    """Round 29 (`dates_exempt`): a date or span (`carry.schedule_spans`) within four words before `first`.

    "बैठक की तारीख के बारे में कोई फ़ैसला नहीं हुआ": a decision on when is logistics (codebook: dates, logistics
    are none), not the pair's dealings left unsettled ("भुगतान की मुद्रा पर कोई फ़ैसला नहीं हुआ").
    """
    idx = unit.index
    return any(
        s.end <= first.start
        and idx.tokens_between(s.end, first.start) <= 4
        and not idx.clause_break_between(s.end, first.start)
        for s in unit.of("schedule_span")
    )


def _object_start(unit: UnitText, target_id: str, first: Hit) -> int:
    """Where an `object_first` compound's object begins: its noun, or a favor cue right before it that
    qualifies it ("दशकों पुरानी दोस्ती से धोखा": the old friendship is what is betrayed), round 21; round 34: or a
    favor cue that holds the noun as its last word ("सैन्य अभ्यास … में हिस्सा नहीं लेगा": the exercise is the object),
    which would otherwise start first and, being leftmost, hide the compound."""
    idx = unit.index
    before = [
        h.start
        for h in unit.of("favor")
        if h.name == target_id
        and (
            (h.end <= first.start and idx.tokens_between(h.end, first.start) == 0)
            or h.start < first.start < h.end <= first.end
        )
    ]
    return min(before, default=first.start)


def _overlap(a: Hit, b: Hit) -> bool:
    """Two hits share characters."""
    return a.start < b.end and b.start < a.end


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
    "with China" says nothing about Russia–India ties, whoever else the unit names. The
    partner phrase nearest the cue decides (round 8): in "पाकिस्तान के साथ सहयोग से भारत के
    साथ रिश्तों पर कोई असर नहीं" the ties are those "with India"; Pakistan's phrase before is
    the cause. A cue that names one of the target's own parties ("भारत के खिलाफ") is about that
    party whatever partner phrase stands before it (round 13: "पाकिस्तान के साथ सहयोग भारत के
    खिलाफ नहीं है": the cooperation with Pakistan is not against India).
    """
    idx, window = unit.index, 6
    others = [s for g in groups_at if g in states and g not in target.parties for s in groups_at[g]]
    own = [s for p in target.parties for s in groups_at.get(p, ())]
    if any(cue.start <= s < cue.end for s in own):
        return None
    markers = unit.of("partner_marker")
    for m in markers:
        if not (m.end <= cue.start and idx.tokens_between(m.end, cue.start) <= window):
            continue
        if idx.clause_break_between(m.end, cue.start):
            continue
        if any(s < m.start and idx.tokens_between(s, m.start) <= 1 for s in others):
            nearer = [n for n in markers if m.end <= n.start and n.end <= cue.start]
            if any(s < n.start and idx.tokens_between(s, n.start) <= 1 for n in nearer for s in own):
                continue  # the target's own partner phrase stands nearer the cue
            return m
    return None


# Families whose noun takes its other side with से: strain ("अमेरिका से दूरी", "X से तनाव/मतभेद") and
# closeness ("चीन से बढ़ती करीबी/नज़दीकी"); for a supply, से marks the source, whom `third_partner` does not read.
SE_SIDE_FAMILIES = ("strain", "closeness")


def other_side(
    cue: Hit, target: Target, unit: UnitText, groups_at: Mapping[str, list[int]], states: Collection[str]
) -> int | None:
    """Where a state outside the target is named as the other side of a strain or closeness noun, or None.

    A noun of distance, tension or nearness takes its counterpart with से: "अमेरिका से दूरी बढ़ने के बाद
    पाकिस्तान रूस की ओर झुक रहा है" is Pakistan's distance from the US, not a strain of Russia–Pakistan ties;
    "अमेरिका से पाकिस्तान की दूरी" the same with the possessor between (round 14: G, Q, R). The state is
    named right before से (its name up to two words), and से stands up to two words before the cue, in its
    clause. A party of the target before से ("रूस से दूर हो रहा भारत") is that target's own side.
    """
    if family_of(cue) not in SE_SIDE_FAMILIES:
        return None
    idx, text = unit.index, unit.text
    for g, starts in groups_at.items():
        if g not in states or g in target.parties:
            continue
        for at in starts:
            if not at < cue.start or idx.clause_break_between(at, cue.start):
                continue
            se = text.find(" से ", at, cue.start)
            if se < 0 or idx.tokens_between(at, se) > 2 or idx.tokens_between(se + 3, cue.start) > 2:
                continue
            return at
    return None


def negated_negation(n: Hit, negations: Sequence[Hit], index: TokenIndex) -> bool:
    """A negation directly followed by another one, in its clause: the two cancel out.

    "सौदा रद्द नहीं होगा" (not cancelled), "बेचने से इनकार नहीं किया" (not refused), "खरीद
    कम नहीं करेगा": what the pair governs keeps its polarity; the second negation still
    flips the predicate the first one is part of ("इनकार नहीं": no refusal).
    """
    return any(
        m.start >= n.end
        and index.tokens_between(n.end, m.start) == 0
        and not index.clause_break_between(n.end, m.start)
        for m in negations
    )


def negation_of(cue: Hit, negations: Sequence[Hit], index: TokenIndex, rules: StanceRules) -> Hit | None:
    """The negation that flips `cue`: within the codebook's window, in the same clause.

    A negation that is itself negated (`negated_negation`) flips nothing around it; the
    one that follows it then governs only the predicate that contains the first.
    """
    first, last = index.token_index(cue.start), index.token_index(max(cue.start, cue.end - 1))
    for n in negations:
        if cue.start <= n.start < cue.end:
            continue  # a negation inside the cue's own words is part of the cue
        ni = index.token_index(n.start)
        if n.start >= cue.end and cue.pattern.endswith(CONCEDED):
            continue  # round 31: the main verb's negation denies the act, not what it is done despite
        if (
            n.start >= cue.end
            and ni - last <= rules.negation_after_tokens
            and not index.clause_break_between(cue.end, n.start)
        ):
            if negated_negation(n, negations, index):
                return None
            if any(
                o.end <= n.start and o.start >= cue.end and negated_negation(o, negations, index) for o in negations
            ):
                return None  # n is the second of a cancelling pair after the cue
            return n
        if (
            n.end <= cue.start
            and first - index.token_index(n.end - 1) <= rules.negation_before_tokens  # a phrase counts from its end
            and not index.clause_break_between(n.end, cue.start)
            and not looks_back(n)
        ):
            return n
        if n.end <= cue.start and fronted_negation(n, cue, index) and not looks_back(n):
            return n  # stance 59: "नहीं हुआ कोई बड़ा समझौता"
    return None


# Hindi grammar (stance 59): the headline order puts the negated verb first ("नहीं हुआ कोई बड़ा समझौता", "नहीं निकला
# कोई ठोस नतीजा", "नहीं मिली कोई राहत"): a negation, the verb of happening, arising or getting in its forms, then the
# negative determiner (कोई, कोई भी, एक भी) and at most two words that qualify the noun. The verb forms are grammar,
# not cues; a verb of doing (कर-) is left out ("नहीं किया कोई …" is rare, and its object may be anything).
FRONTED_VERBS = frozenset(
    {
        "हुआ", "हुई", "हुए", "हुईं", "हो", "सका", "सकी", "सके", "पाया", "पाई", "पाए", "मिला", "मिली", "मिले",
        "निकला", "निकली", "निकले", "बना", "बनी", "बने", "बन", "आया", "आई", "आए", "है", "हैं", "था", "थी", "थे",
    }
)  # fmt: skip
FRONTED_DETERMINERS = (("कोई",), ("कोई", "भी"), ("एक", "भी"))
FRONTED_QUALIFIERS = 2  # words between the determiner and the cue: "कोई बड़ा रक्षा समझौता"


def fronted_negation(n: Hit, cue: Hit, index: TokenIndex) -> bool:
    """A negation fronted before its verb and the cue's determiner: "नहीं हुआ कोई (बड़ा) समझौता"."""
    if index.clause_break_between(n.end, cue.start):
        return False
    words = index._text[n.end : cue.start].split()
    verbs = 0
    while verbs < len(words) and words[verbs] in FRONTED_VERBS:
        verbs += 1
    if not verbs:
        return False
    rest = words[verbs:]
    for det in FRONTED_DETERMINERS:
        if tuple(rest[: len(det)]) == det and len(rest) - len(det) <= FRONTED_QUALIFIERS:
            return True
    return False


# Hindi grammar (round 31): a cue that ends in a concessive postposition ("भारत की आपत्ति के बावजूद", "हमले के बाद
# भी") is an adverbial of the clause's verb: a negation after it ("… के बाद भी नहीं रुका", "… के बावजूद रद्द नहीं
# किया") denies that verb, the act done anyway, never the concession
CONCEDED = ("बाद भी", "बावजूद", "बावजूद भी", "बावुजूद", "बा-वजूद")


# Hindi grammar (round 25): "X के बजाय Y" (instead of X, Y) denies what stands before the postposition and
# affirms what follows, so it negates backwards only ("घटाने के बजाय बढ़ाएगा" will raise it).
BACKWARD_ONLY = ("बजाय", "बजाए")


def looks_back(n: Hit) -> bool:
    """A negation that governs only the words before it ("के बजाय", instead of): round 25."""
    return n.pattern.split()[-1] in BACKWARD_ONLY


# Hindi grammar (round 25): negators that stand before the clause's predicate and govern the whole of it,
# however many words come between: the correlative "न तो … न ही" (neither … nor, with "ना" and "न ही" alone)
# and "शायद ही" (hardly). The word after "न"/"ना" that makes it a correlative:
CORRELATIVE_NEG = frozenset({"तो", "ही"})


def clause_negator(n: Hit, cue: Hit, unit: UnitText) -> bool:
    """A negation that governs the rest of its clause ("न तो …", "न ही …", "शायद ही …"): round 25.

    Stance 53: the paired "न …, न …" (neither … nor) without तो/ही: a न or ना that opens its clause (after a comma,
    a conjunction or the subject) while the unit holds another of the pair ("सरकार न अमेरिका को साध पाई, न रूस से
    कोई फायदा ले पाई").
    """
    if n.pattern == "शायद ही":
        return True
    if n.pattern not in ("न", "ना"):
        return False
    after = unit.text[n.end :].split(maxsplit=1)
    if after[:1] != [] and after[0] in CORRELATIVE_NEG:
        return True
    # stance 53: a cue that spells its own negator ("न भारत के साथ, न …": round 33's `standing_with_hits`) or stands
    # right after it is the negation's own phrase (`negation_of`)
    own = cue.pattern.split(maxsplit=1)[:1] in (["न"], ["ना"])
    return not own and unit.index.tokens_between(n.end, cue.start) > 0 and paired_neither(n, unit)


def paired_neither(n: Hit, unit: UnitText) -> bool:
    """Stance 53: one "न" of a "न X, न Y" pair: the other stands in another clause of the unit, each before its verb."""
    others = [m for m in unit.of("negation") if m.pattern in ("न", "ना") and m.start != n.start]
    idx = unit.index
    return any(idx.clause_break_between(min(n.end, m.end), max(n.start, m.start)) for m in others)


# Hindi grammar (round 13), not cues of the study: the participle that makes a predicate a modifier
# of the noun after it ("असहज करने वाला कदम"), the relative pronouns that open a clause describing a
# noun of the main clause, and the correlatives that announce such a clause ("ऐसा कुछ … जो …").
PARTICIPLE = frozenset({"वाला", "वाली", "वाले"})
RELATIVE_OPENERS = frozenset({"जो", "जिससे", "जिसे", "जिनसे", "जिन्हें"})
# (stance 53) the relative pronoun in its other cases opens such a clause alike: the genitive ("ऐसे हथियार नहीं देगा
# जिनका इस्तेमाल भारत के खिलाफ हो"), the locative and the dative in -को, singular and plural
RELATIVE_OPENERS |= {"जिसका", "जिसकी", "जिसके", "जिनका", "जिनकी", "जिनके", "जिसमें", "जिनमें"}
RELATIVE_OPENERS |= {"जिसको", "जिनको", "जिसपर", "जिनपर"}
CORRELATIVES = frozenset({"ऐसा", "ऐसी", "ऐसे", "कोई", "कुछ", "किसी"})


# (round 14) the postpositions of opposition that end a cue ("भारत के खिलाफ", "भारत की कीमत पर"): the phrase is an
# adverbial of the clause's verb, so that verb's negation denies it however many words stand between (the words:
# `stance.word_lists.opposed_to`, StanceRules.opposed_to, since stance 55)
# (stance 40) Hindi's negative-polarity determiner: "कोई/किसी … नहीं" denies the whole clause ("no deal will be
# made"), so a fronted adverbial of opposition is denied even when the clause's subject stands between it and
# the negation ("भारत की कीमत पर पाकिस्तान से कोई रक्षा सौदा नहीं होगा"); bounded to the clause and eight words
NEGATIVE_DETERMINERS = frozenset({"कोई", "किसी"})
OPPOSED_NPI_REACH = 8
# (stance 40) an act of which "no mention, no announcement, no talk" is made is absent (the codebook's "a denied or
# absent agreement"): the cue, its postposition, then "कोई" and at most two modifiers before the noun of mention
# (the nouns: `stance.word_lists.mention_nouns`, StanceRules.mention_nouns)
MENTION_MARKERS = frozenset({"का", "की", "के", "पर", "में", "को", "बारे"})


def unmentioned(between: Sequence[str], rules: StanceRules) -> bool:
    """Stance 40: the words from a cue to a negation say "no mention of it": "का कोई उल्लेख", "पर कोई ठोस घोषणा"."""
    if not between or between[0] not in MENTION_MARKERS:
        return False
    rest = between[3:] if between[:3] == ["के", "बारे", "में"] else between[1:]  # "के बारे में कोई …"
    if not rest or rest[0] not in NEGATIVE_DETERMINERS:
        return False
    return any(w in rules.mention_nouns for w in rest[1:4])


def scoped_negation(cue: Hit, unit: UnitText, negations: Sequence[Hit], rules: StanceRules) -> Hit | None:
    """The main clause's negation that denies what a modifier of its noun says (round 13: clause scope).

    "रूस भारत को कभी असहज करने वाला कदम नहीं उठाएगा": the cue is a participle (वाला) qualifying
    the noun the negated verb governs, so the step that would unsettle India is denied: the
    negation, up to five words on, flips it. "रूस कभी ऐसा कुछ नहीं करेगा जो भारत के हितों के
    खिलाफ हो", "… ऐसे हथियार नहीं देगा जो भारत के लिए खतरा बनें": a relative clause (जो …)
    announced by a correlative (ऐसा, कोई, कुछ …) before the negation describes what is denied:
    the negation, right before the relative pronoun, flips the cues of that clause. Harm to a
    party denied is reassurance (the codebook's "Russia reassuring India"). Round 14: a cue ending in a
    postposition of opposition ("भारत के खिलाफ", "भारत की कीमत पर") is an adverbial of the clause's verb; the
    verb's negation up to five words on denies it ("रूस ने कभी भारत के खिलाफ वीटो का इस्तेमाल नहीं किया").
    Round 25: a correlative "न तो"/"न ही" or "शायद ही" (hardly) before the cue, in its clause, denies it.
    """
    text, idx = unit.text, unit.index
    last = idx.token_index(max(cue.start, cue.end - 1))
    words = text[cue.start : cue.end].split()
    opposed = tuple(words[-1:]) in rules.opposed_to or tuple(words[-2:]) in rules.opposed_to
    for n in negations:
        after = n.start >= cue.end and not idx.clause_break_between(cue.end, n.start)
        gap = idx.token_index(n.start) - last if after else 0
        if after and gap <= 5:
            if any(w in PARTICIPLE for w in text[cue.end : n.start].split()):
                return n
            if opposed:
                return n  # round 14: "भारत के खिलाफ वीटो का इस्तेमाल नहीं किया" (an adverbial of the negated verb)
        elif after and gap <= OPPOSED_NPI_REACH and opposed:
            if any(w in NEGATIVE_DETERMINERS for w in text[cue.end : n.start].split()):
                return n  # stance 40: "… की कीमत पर पाकिस्तान से कोई रक्षा सौदा नहीं होगा" (कोई … नहीं: no such deal)
        if after and gap <= OPPOSED_NPI_REACH and unmentioned(text[cue.end : n.start].split(), rules):
            return n  # stance 40: "हथियारों की बिक्री का कोई उल्लेख नहीं", "… पर कोई ठोस घोषणा नहीं हुई"
        if n.end <= cue.start and clause_negator(n, cue, unit) and not idx.clause_break_between(n.end, cue.start):
            return n  # round 25: "न तो … दिए", "शायद ही … देगा" (the clause's predicate denied)
        if n.end <= cue.start and denied_report(n, cue, unit, rules):
            return n  # stance 49: "उन खबरों को खारिज किया कि रूस … इंजन दे रहा है" (the report's content denied)
        if n.end <= cue.start and not any(c in SENTENCE_ENDS for c in text[n.end : cue.start]):
            between = text[n.end : cue.start].split()
            opens = next((i for i, w in enumerate(between) if w in RELATIVE_OPENERS), None)
            if opens is not None and opens <= 2 and any(w in CORRELATIVES for w in text[: n.start].split()[-4:]):
                return n
    return None


# (stance 49) Hindi grammar: a report denied (खबरों को खारिज किया, निराधार/बेबुनियाद बताया, का खंडन किया) whose content
# follows it in a complement clause opened by कि, straight after the denial or after a relative "जिनमें कहा गया
# (था) कि" that names what the reports said: the content is what is denied, so the denial flips its predicates.
# The report nouns and the negations that call an assumption premature or wrong ("यह मान लेना जल्दबाज़ी होगी कि
# रिश्ते ठहर गए हैं": they have not) are `stance.word_lists.report_nouns` and `.premature`.
REPORT_CONTENT = re.compile(
    r"^\s*(?:बताया|बताई|बताईं|बताते हुए|करार दिया|किया|की|किए|कर दिया|कर दी)?\s*[,،]?\s*"
    r"(?:(?:जिनमें|जिसमें|जिन में|जिस में)\s+(?:कहा|दावा किया|बताया)\s+(?:गया|जा रहा)\s*(?:था|है|थी)?\s*[,،]?\s*)?कि\s"
)


def denied_report(n: Hit, cue: Hit, unit: UnitText, rules: StanceRules) -> bool:
    """A report-denial negation before the cue whose complement clause (कि …) holds the cue: stance 49."""
    text = unit.text
    said = text[max(0, n.start - 40) : n.end]
    if n.pattern not in rules.premature and not any(w in said for w in rules.report_nouns):
        return False
    m = REPORT_CONTENT.match(text[n.end : cue.start])
    if m is None:
        return False
    opened, idx = n.end + m.end(), unit.index
    if any(c in SENTENCE_ENDS for c in text[opened : cue.start]) or idx.clause_break_between(opened, cue.start):
        return False
    if any(
        family_of(d) == "refusal_denial" and n.start <= d.start < opened and COMPLEMENTISER in text[d.end :].split()[:4]
        for d in unit.of("against")
    ):
        return False  # a denial of the refusal family before its कि is round 8's `denied_complement` already
    # Hindi is verb-final: the complement's own predicate is its last cue; a noun before it ("… की पुरानी मित्रता में
    # कोई दरार आ गई है") is what the denied claim is about, not the claim
    later = (h for kind in ("favor", "against") for h in unit.of(kind) if h.start >= cue.end)
    return not any(not idx.clause_break_between(cue.end, h.start) for h in later)


REFUSED_MARKERS = (("से",), ("से", "साफ"), ("से", "साफ़"))  # what a refusal governs is marked with से (grammar)


def refused_between(unit: UnitText, first: Hit, then: Hit) -> bool:
    """Stance 61: a refusal between a compound's two parts, governing through से what comes before it.

    "रूस ने पाकिस्तान को कर्ज देने से इनकार कर दिया": the goods ("कर्ज") and the verb of giving ("दिया") are
    no supply, the verb is the light verb of the refusal ("इनकार कर दिया"), and the refusal is the predicate:
    the loan, the arms, the oil held back. The compound is not formed; the refusal counts on its own.
    """
    a, b = (first, then) if first.end <= then.start else (then, first)
    for r in unit.of("against"):
        if family_of(r) != "refusal_denial" or not (a.end <= r.start and r.end <= b.start + 1):
            continue
        before = tuple(unit.text[a.end : r.start].split()[-2:])
        if any(before[-len(m) :] == m for m in REFUSED_MARKERS):
            return True
    return False


def refusal_of(cue: Hit, unit: UnitText, negations: Sequence[Hit]) -> Hit | None:
    """A refusal that governs the cue through "से", anywhere later in its clause.

    Hindi marks what is refused or held back with से: "हथियार देने से रूस का इनकार", "सौदे से
    पीछे हटने से इनकार". The refusal may stand several words after the verbal noun (the
    refuser comes between), beyond the negation window: a cue directly followed by "से"
    is governed by the first negation of the refusal family after it in the clause. So is
    a cue before the verbal noun that से marks (round 8: "इसे झटका मानने से इनकार किया", "सौदे
    को रद्द करने से इनकार": the oblique infinitive ends in -ने).
    """
    rest = unit.text[cue.end :].split(maxsplit=2)
    if rest[:1] != ["से"] and not (len(rest) > 1 and rest[0].endswith("ने") and rest[1] == "से"):
        return None
    refusals = [(a.start, a.end) for a in unit.of("against") if family_of(a) == "refusal_denial"]
    idx = unit.index
    for n in negations:
        if n.start >= cue.end and inside(n.start, refusals) and not idx.clause_break_between(cue.end, n.start):
            return None if negated_negation(n, negations, idx) else n  # "बेचने से इनकार नहीं किया": no refusal
    return None


def _kept_per_unit(unit: UnitText, memo: str, key: tuple, rules: StanceRules, find: Callable) -> object:
    """`find(unit, *key, rules)` computed once per unit, key and rules, kept in the unit's `__dict__[memo]`.

    The rules are kept with what was found from them: an `id` is never another live object's.
    """
    kept_by = unit.__dict__.setdefault(memo, {})
    kept = kept_by.get((*key, id(rules)))
    if kept is None or kept[0] is not rules:
        kept = kept_by[(*key, id(rules))] = (rules, find(unit, *key, rules))
    return kept[1]


def _per_unit(
    find: Callable[[UnitText, str, StanceRules], list[Hit]],
) -> Callable[[UnitText, str, StanceRules], list[Hit]]:
    """`find(unit, target_id, rules)` computed once per unit, target and rules, kept in the unit's `__dict__`.

    `predicate_hits` is a function of those three alone (the unit is frozen, its lazy hits the same
    whenever scanned), and the stance rules ask it from ~17 places (invented sets BH-BM: 6,588 calls for
    3,562 distinct ones): the copies they get are fresh lists of the same hits, as a second call would give.
    """

    @functools.wraps(find)
    def once(unit: UnitText, target_id: str, rules: StanceRules) -> list[Hit]:
        return list(_kept_per_unit(unit, "_predicate_hits", (target_id,), rules, find))

    return once


@_per_unit
def predicate_hits(unit: UnitText, target_id: str, rules: StanceRules) -> list[Hit]:
    """A target's favor and against hits; of overlapping ones the longest counts once.

    An intensifier ("बढ़ा" of the growth family) right after an against predicate is
    part of it ("तनाव बढ़ा": tension grew, one against), not a favor of its own; so is
    one directly before it, the participle or adjective that qualifies the noun
    ("बढ़ता तनाव", "बढ़ते मतभेद", "गहरी चिंता"). Before it, only the adjacent word counts:
    "व्यापार बढ़ा लेकिन तनाव …" keeps its growth.
    """
    talk = [(d.start, d.end) for d in unit.of("discussion")]  # "आदान-प्रदान": its प्रदान is no supply
    singles = [
        h
        for kind in ("favor", "against")
        for h in unit.of(kind)
        if h.name == target_id and not any(s <= h.start and h.end <= e for s, e in talk)
    ]
    compounds = [*compound_hits(unit, target_id, rules), *west_tilt_hits(unit, target_id, rules)]
    compounds += standing_with_hits(unit, target_id)  # round 33
    # a compound read the other way ends in a single cue: its longer phrase decides (round 14: "संतुलन … के पक्ष
    # में" is the trade tilted, not support); one of the same polarity leaves the single cue its family
    read_otherwise = {(c.start, c.end) for c in compounds if c.kind in ("favor", "against")}
    singles = [
        h
        for h in singles
        if (h.start, h.end) not in read_otherwise
        or all(c.kind == h.kind for c in compounds if (c.start, c.end) == (h.start, h.end))
    ]
    hits = drop_contained([*singles, *compounds])
    idx = unit.index
    # (stance 53) a contrastive conjunction between them ("सीमित किंतु निरंतर प्रगति", limited but steady progress)
    # makes the growth a predicate of its own, no intensifier of the against before it
    contrasts = [c.start for c in unit.of("contrast") if c.name == "main_after"]

    def intensifies(h: Hit) -> bool:
        if not any(h.pattern.endswith(f"({family})") for family in rules.intensifiers):
            return False
        return any(
            a.kind == "against"
            and (
                (a.end <= h.start and idx.tokens_between(a.end, h.start) <= rules.intensifier_window)
                or (h.end <= a.start and idx.tokens_between(h.end, a.start) == 0)
            )
            and not idx.clause_break_between(min(a.end, h.end), max(a.start, h.start))
            and not any(min(a.end, h.end) <= c < max(a.start, h.start) for c in contrasts)
            for a in hits
        )

    hits = [h for h in hits if not intensifies(h) and not conceded_size(h, unit, contrasts)]
    hits = refused_hostility(corrected(ceiling(hits, unit, target_id), unit), unit, target_id, rules)
    return enemy_aided(hits, unit)


def refused_hostility(hits: list[Hit], unit: UnitText, target_id: str, rules: StanceRules) -> list[Hit]:
    """Stance 61: a party refusing an act against the other ("रूस के खिलाफ प्रतिबंध लगाने से इनकार", "रूस के खिलाफ
    प्रस्ताव का समर्थन करने से मना किया", "भारत के विरुद्ध बयान देने से इनकार"): the act refused is hostility toward a
    party of the pair (a postposition of opposition, `opposed_to`, right after its name, in the refusal's clause),
    and the refusal governs it through a verbal noun and से: standing by the partner (favor), no refusal of the ties.
    A hostile act toward a third state ("अमेरिका के खिलाफ") is not the pair's, and the refusal keeps its reading.
    """
    parties = rules.target_parties.get(target_id, frozenset())
    idx, text, out = unit.index, unit.text, []
    places = [m for m in unit.of("place") if m.name in parties]
    for h in hits:
        words = text[: h.start].split()
        if text[h.start : h.end].split()[:1] == ["से"]:  # the cue may hold the से ("से मना")
            words = [*words, "से"]
        governs = len(words) >= 2 and words[-1] == "से" and words[-2].endswith("ने")
        if h.kind == "against" and family_of(h) == "refusal_denial" and governs:
            for m in places:
                after = text[m.end : h.start].split()
                if (
                    m.end <= h.start
                    and len(after) >= 2
                    and after[0] in ("के", "की")
                    and (after[1],) in rules.opposed_to
                    and not idx.clause_break_between(m.end, h.start)
                ):
                    h = Hit(
                        "favor",
                        target_id,
                        f"{m.name} {after[0]} {after[1]} … से {h.pattern} (trust_support)",
                        h.start,
                        h.end,
                    )
                    break
        out.append(h)
    return out


# Stance 61: the corrective "A है, B नहीं" ("मतभेद हैं, दरार नहीं", "नाराज़गी है, दुश्मनी नहीं"): the copula after
# the first, a comma, the second with its negator and the clause's end. Grammar, not a cue list.
_CORRECTED_GAP = re.compile(r"\s*(?:तो\s+)?(?:है|हैं|था|थे|थी|हो\s+सकते\s+हैं|हो\s+सकता\s+है|हो\s+सकती\s+है)\s*[,،]\s*$")
_DENIED_END = re.compile(r"\s*(?:नहीं|नही)\s*(?:[।!?,;\"'”’]|$)")


def corrected(hits: list[Hit], unit: UnitText) -> list[Hit]:
    """Stance 61: in "A है, B नहीं" with both against, A is the lesser trouble conceded and B the greater denied.

    "भारत और रूस के बीच मतभेद हैं, दरार नहीं": the ties differ but hold; the denied crack is the predicate
    (its negation flips it: favor), and the conceded differences are no against of their own.
    """
    text, drop = unit.text, set()
    against = [h for h in hits if h.kind == "against"]
    for a in against:
        for b in against:
            if b.start > a.end and _CORRECTED_GAP.fullmatch(text[a.end : b.start]) and _DENIED_END.match(text[b.end :]):
                drop.add((a.start, a.end))
    return [h for h in hits if (h.start, h.end) not in drop]


# Stance 61: a ceiling, what the ties go no further than ("अभ्यास और कुछ हेलीकॉप्टरों से आगे नहीं बढ़े", "प्रेस
# विज्ञप्ति से ज़्यादा कुछ नहीं", "तटस्थ से अधिक कुछ नहीं", "कागजी वादों के अलावा कुछ ठोस नहीं"): the comparative
# of excess (से आगे/ज़्यादा/अधिक/बढ़कर, के अलावा/सिवा/सिवाय/अतिरिक्त) then a negation, with at most "कुछ/कोई"
# and a qualifier between. Grammar of the construction, not a cue list.
_END = r"(?=[\s,।!?;:'”’)—–-]|$)"
CEILING = re.compile(
    r"(?<!\w)(?:से\s+(?:आगे|ज़्यादा|ज्यादा|अधिक|बढ़कर|बढ़ कर)|के\s+(?:अलावा|अलावे|सिवा|सिवाय|सिवाए|अतिरिक्त))"
    r"(?:\s+(?:कुछ|कोई|कहीं)(?:\s+(?:भी|और|ख़ास|खास|ठोस|बड़ा|बड़ी|बड़े))?)?\s+(?:नहीं|नही|न)" + _END
)
CEILING_REACH = 4  # words from the end of a favor predicate to the ceiling's से/के ("अभ्यास और कुछ हेलीकॉप्टरों से")


def ceiling(hits: list[Hit], unit: UnitText, target_id: str) -> list[Hit]:
    """Stance 61: favor predicates that are what a ceiling names are its measure, and the ceiling is a limit.

    "रूस-पाक रक्षा रिश्ते अभी अभ्यास और कुछ हेलीकॉप्टरों से आगे नहीं बढ़े": the exercises are how far the ties
    went, no favor of their own; the sentence says they went no further (against). A favor hit ending at most
    `CEILING_REACH` words before the ceiling, in its clause, is set aside, and the ceiling counts as a limit
    unless an against hit already covers it. A ceiling of a third thing ("ज़रूरत से ज़्यादा निर्भर") has no
    negation and is no ceiling.
    """
    idx, out = unit.index, list(hits)
    for m in CEILING.finditer(unit.text):
        measured = [
            h
            for h in out
            if h.kind == "favor"
            and h.end <= m.start()
            and idx.tokens_between(h.end, m.start()) <= CEILING_REACH
            and not idx.clause_break_between(h.end, m.start())
        ]
        if not measured:
            continue
        out = [h for h in out if h not in measured]
        if not any(h.kind == "against" and h.start < m.end() + 12 and h.end > m.start() for h in out):
            out.append(Hit("against", target_id, "से आगे नहीं (limit)", m.start(), m.end()))
    return sorted(out, key=lambda h: h.start)


ENEMY_NOUNS = ("दुश्मन", "शत्रु", "उसी देश", "उसी मुल्क")  # the heads of the ru_in list's "enemy aided" phrases
FRIEND_LABEL_FAMILIES = ("closeness", "trust_support")
AID_VERB_REACH = 3  # words from an "enemy aided" phrase to the verb that completes it ("दुश्मन को हथियार क्यों दे रहा")


def enemy_aided(hits: list[Hit], unit: UnitText) -> list[Hit]:
    """Stance 59: with India's enemy aided ("हमारा पुराना दोस्त आज दुश्मन की मदद कर रहा है", "दोस्त माना जाने वाला रूस
    दुश्मन को हथियार क्यों दे रहा है"), a friend word before it labels who does it (the friend turned), no favor of its
    own, and the verb that completes the aid (a supply's "दे") is part of it: the aid to the enemy decides."""
    idx = unit.index
    aid = [  # a target's own cue (family ""), not the shared hostility word "दुश्मन*"
        h
        for h in hits
        if h.kind == "against" and not family_of(h) and unit.text[h.start : h.end].startswith(ENEMY_NOUNS)
    ]
    if not aid:
        return hits

    def absorbed(h: Hit) -> bool:
        if h.kind != "favor":
            return False
        for a in aid:
            if h.end <= a.start and family_of(h) in FRIEND_LABEL_FAMILIES:
                return True
            if a.end <= h.start and idx.tokens_between(a.end, h.start) <= AID_VERB_REACH:
                return not idx.clause_break_between(a.end, h.start)
        return False

    return [h for h in hits if not absorbed(h)]


# ", पर …" or "… है पर …": "but" after a comma or a copula, where पर is no postposition (grammar)
_COMMA_BUT = re.compile(r"(?:[,،]|(?<!\w)(?:है|हैं|था|थी|थे))\s*(?:पर|मगर|लेकिन)(?!\w)")


# "… का एक छोटा-सा हिस्सा/अंश": a part of the genitive's whole, which is the yardstick, not the small thing (grammar)
_PARTITIVE = re.compile(r"(?<!\w)(?:का|की|के)\s+(?:एक\s+)?(?:बहुत\s+|बेहद\s+)?(?:छोटा|छोटी|छोटे|मामूली)(?!\w)")


def conceded_size(h: Hit, unit: UnitText, contrasts: Sequence[int]) -> bool:
    """Stance 59: a size word before a contrast concedes the smallness ("सौदा छोटा है, लेकिन इसके संकेत बड़े हैं",
    "डील छोटी है पर …"): what the main clause after it says decides, and a main clause with no cue of the target
    leaves no limit behind."""
    if family_of(h) != "size":
        return False
    if any(h.start < m.end() <= h.end for m in _PARTITIVE.finditer(unit.text, 0, h.end)):
        return True  # "भारत को होने वाले निर्यात का एक छोटा हिस्सा": the noun before the genitive is the yardstick
    return any(c >= h.end for c in contrasts) or bool(_COMMA_BUT.search(unit.text, h.start))


# (stance 49) the plural nouns of friendship used to address the audience ("दोस्तों, …", "मेरे प्यारे साथियों"):
# the vocative's -ओं/-ओ ending followed by a comma or an exclamation, or after an address word
# (`stance.word_lists.vocatives` and `.address_words`)


def vocative(h: Hit, unit: UnitText, rules: StanceRules) -> bool:
    """A friendship noun that addresses the reader or viewer, not a state: "लेकिन दोस्तों, आपको बता दें …"."""
    word = unit.text[h.start : h.end]
    if word not in rules.vocatives:
        return False
    after = unit.text[h.end : h.end + 2].lstrip()
    if after[:1] in {",", "!"}:
        return True
    before = unit.text[: h.start].split()
    return bool(before) and before[-1].strip(",!") in rules.address_words


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


AGENT_MARKER = " ने "  # the ergative postposition: who did the perfective act (grammar, not a cue)
ATTACKER_MARKERS = ("के", "की", "का", "द्वारा")  # "रूस के हमले", "रूस द्वारा हमले": whose attack it is


NOT_ONLY = ("न", "ना", "नहीं", "not")  # "न सिर्फ … बल्कि": not only (grammar, not a cue)
BUT_ALSO = ("बल्कि", "but also")


def restricted(h: Hit, unit: UnitText) -> Hit | None:
    """Round 17: a restrictor right before a quantity in `h`'s clause ("सिर्फ चार"); the restrictor, or None.

    "पाकिस्तान को रूस से सिर्फ चार हेलिकॉप्टर मिले": the supply is there, but its amount is what
    the unit says: the ties portrayed as limited (codebook: against, "limited ('only for …')"). Not
    "न सिर्फ/न केवल … बल्कि" (not only … but also), not a span of time ("सिर्फ दो साल में": how fast).
    """
    if h.kind != "favor" or any(b in unit.text for b in BUT_ALSO):
        return None
    idx = unit.index
    for r in unit.of("restriction_restrictors"):
        before = unit.text[: r.start].split()
        if before and before[-1] in NOT_ONLY or idx.clause_break_between(min(r.end, h.end), max(r.start, h.start)):
            continue
        q = next(
            (
                q
                for q in unit.of("restriction_quantities")
                if q.start > r.start and idx.tokens_between(r.end, q.start) == 0
            ),
            None,
        )
        if q is None:
            continue
        if any(t.start > q.start and idx.tokens_between(q.end, t.start) <= 1 for t in unit.of("restriction_times")):
            continue
        return Hit(r.kind, r.name, r.pattern, r.start, q.end)
    return None


def condemned_attack(h: Hit, unit: UnitText, rules: StanceRules) -> Hit | None:
    """Round 17: the particular attack (`stance.condemnation.attacks`) a condemnation `h` is about, or None."""
    if family_of(h) not in rules.condemn_families:
        return None
    attacks = unit.of("condemned_attack")
    if (before := _object_before(h, attacks, rules.condemn_window, unit.index)) is not None:
        return before
    if (fronted := fronted_attack(h, unit, attacks, rules)) is not None:
        return fronted
    idx = unit.index  # English puts the object after the verb ("condemned the attack")
    return next(
        (
            a
            for a in attacks
            if a.start >= h.end
            and a.pattern.isascii()
            and idx.tokens_between(h.end, a.start) <= rules.condemn_window
            and not idx.clause_break_between(h.end, a.start)
        ),
        None,
    )


OBJECT_MARKERS = ("की", "का", "के")  # the genitive object of "… की निंदा" (grammar, not a cue)
AGENT_PHRASE = 5  # words at most between a fronted object's marker and its agent's ने ("रूसी विदेश मंत्री ने")


def fronted_attack(h: Hit, unit: UnitText, attacks: Sequence[Hit], rules: StanceRules) -> Hit | None:
    """Round 36: an attack fronted before the agent ("… हमले की रूस ने कड़े शब्दों में निंदा की"), or None.

    Hindi word order is free: the condemned object, with its genitive "की", may stand before the
    agent and its ने, the condemnation then following within the usual window. Same clause only.
    """
    idx = unit.index
    for a in attacks:
        after = unit.text[a.end :].split()
        if not after or after[0] not in OBJECT_MARKERS or a.end > h.start:
            continue
        agent = unit.text.find(AGENT_MARKER, a.end, h.start)
        if agent < 0 or idx.clause_break_between(a.end, h.start):
            continue
        near = idx.tokens_between(agent + len(AGENT_MARKER), h.start) <= rules.condemn_window
        if near and idx.tokens_between(a.end, agent) <= AGENT_PHRASE:
            return a._replace(pattern=f"{a.pattern} (object first)")
    return None


def solidarity(
    h: Hit, unit: UnitText, parties: Collection[str], groups_at: Mapping[str, list[int]], rules: StanceRules
) -> Hit | None:
    """Round 17: a party of the target condemning an attack: solidarity with its partner; the attack, or None.

    Round 7 set every protest at violence aside ("no protest at the other party"); the yaml's
    trust_support family already counts the other formulas of solidarity (condolence, शोक संदेश,
    एकजुटता). Condemning a particular attack (`stance.condemnation.attacks`: हमला, धमाका, not
    terrorism in general) is the same formula when one party of the pair does it: its agent,
    named before "ने" in the clause, is a party of the target ("रूस के विदेश मंत्रालय ने … हमले
    की कड़ी निंदा की"). A passive with no agent ("घोषणा-पत्र में हमले की निंदा की गई"), a joint
    statement and a state condemning an attack by a party ("रूस के हमले की निंदा") are not. Round 36: the attack
    fronted before the agent's ने ("हमले की रूस ने … निंदा की") and a pronoun agent with no state named before it
    ("उन्होंने …", "हम … निंदा करते हैं") say the same.
    """
    if (attack := condemned_attack(h, unit, rules)) is None:
        return None
    idx = unit.index
    # the agent: before ने in Hindi; the subject before the verb in English ("Russia condemned the attack")
    agent = h.start if attack.start > h.start else unit.text.rfind(AGENT_MARKER, 0, attack.start)
    fronted = unit.text.find(AGENT_MARKER, attack.end, h.start)  # round 36: "हमले की रूस ने … निंदा की"
    if agent < 0 and attack.end <= h.start and fronted >= 0:
        return attack if _fronted_agent_is_party(unit, attack, fronted, parties, groups_at) else None
    if agent < 0 and attack.end <= h.start and _pronoun_agent(unit, attack, groups_at):
        return attack._replace(pattern=f"{attack.pattern} (pronoun agent)")
    if agent < 0 or idx.clause_break_between(agent, attack.start):
        return None
    own = [at for p in parties for at in groups_at.get(p, ()) if at < agent and not idx.clause_break_between(at, agent)]
    if not own:
        return None
    lo = h.end if agent == h.start else agent  # from the agent (Hindi) or the verb (English) to the attack
    between = [a for g in groups_at.values() for a in g if lo < a < attack.start]
    if agent == h.start and between:  # "condemned Russia's attack": a state's own attack
        return None
    for at in between:
        rest = unit.text[at : attack.start].split()
        if len(rest) > 1 and rest[1] in ATTACKER_MARKERS:
            return None
    return attack


def _fronted_agent_is_party(
    unit: UnitText, attack: Hit, agent: int, parties: Collection[str], groups_at: Mapping[str, list[int]]
) -> bool:
    """Round 36: the agent of a fronted object, between the attack and its ने, is a party of the target."""
    return any(attack.end <= at < agent for p in parties for at in groups_at.get(p, ()))


PRONOUN_AGENTS = frozenset({"उन्होंने", "उसने", "इन्होंने", "इसने", "हमने", "हम"})  # who condemns (grammar)


def _pronoun_agent(unit: UnitText, attack: Hit, groups_at: Mapping[str, list[int]]) -> bool:
    """Round 36: a pronoun agent before the attack ("उन्होंने … हमले की निंदा की", "हम … हमले की निंदा करते हैं")
    with no state named before it: the pronoun is the party the unit was found to speak of. A state named
    after the pronoun is the attack's place ("हम पहलगाम में हुए हमले की …"), not the agent."""
    words = unit.text[: attack.start].split()
    at = next((i for i, w in enumerate(words) if w.strip('"“”,.।') in PRONOUN_AGENTS), None)
    if at is None:
        return False
    pronoun = len(" ".join(words[:at]))
    return not any(g < pronoun for gs in groups_at.values() for g in gs)


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
    the ties as they are (closeness: "पुरानी भागीदारी पर बातचीत") are exempt. Round 29: a conjunction
    right after the predicate's noun joins topics ("तेल आपूर्ति और भुगतान पर चर्चा": both discussed), not
    clauses; one after a verb ("समझौता हुआ और … पर चर्चा") still separates.
    """
    if family_of(h) in rules.discussion_exempt:
        return None
    idx = unit.index
    joins = [c for c in unit.of("conjunction") if c.start >= h.end and idx.tokens_between(h.end, c.start) == 0]
    between = [*(c for c in unit.of("conjunction") if c not in joins), *unit.of("favor"), *unit.of("against")]
    for d in unit.of("discussion"):
        if not (h.end <= d.start and idx.tokens_between(h.end, d.start) <= rules.discussion_window):
            continue
        if idx.clause_break_between(h.end, d.start):
            continue
        if not any(h.end <= b.start and b.end <= d.start for b in between):
            return d
    return None


def mediated(h: Hit, unit: UnitText, rules: StanceRules) -> Hit | None:
    """Round 20: the mediation noun whose offer, readiness or refusal `h` is, or None.

    "रूस मध्यस्थता के लिए तैयार है", "भारत ने किसी तीसरे पक्ष की भूमिका से इनकार किया": mediation is a
    third state's role in the dispute of two others, so what is said of it is no tie of either with
    Russia. `h` inside the noun phrase or up to `mediation_window` words after it, in its clause.
    A request right after the noun ("… की मध्यस्थता की मांग पर कोई जवाब नहीं") makes it a plea to the
    mediator, whose answer keeps its stance.
    """
    idx = unit.index
    for m in unit.of("mediation_nouns"):
        if any(r.start >= m.end and idx.tokens_between(m.end, r.start) == 0 for r in unit.of("mediation_requests")):
            continue
        if m.start <= h.start and h.end <= m.end:
            return m
        if h.start >= m.end and idx.tokens_between(m.end, h.start) <= rules.mediation_window:
            if not idx.clause_break_between(m.end, h.start):
                return m
    return None


def any_seller(h: Hit, t: Target, unit: UnitText, groups_at: Mapping[str, list[int]]) -> Hit | None:
    """Round 20: the correlative source ("वहीं से … जहां") that makes `h`'s seller any seller, or None.

    "भारत वहीं से तेल खरीदेगा जहां से सस्ता मिलेगा": a purchase from wherever it is cheapest has no
    partner, so a supply or purchase word of a unit that does not name both of the target's parties
    speaks of no pair (the story's pair is not carried to it).
    """
    if family_of(h) != "supply_purchase" or all(p in groups_at for p in t.parties):
        return None
    there, where = unit.of("open_source_there"), unit.of("open_source_where")
    return there[0] if there and where else None


def grown_dependence(h: Hit, t: Target, unit: UnitText, groups_at: Mapping[str, list[int]]) -> Hit | None:
    """Round 20: the dependence noun a growth word `h` describes, where a third state is named; or None.

    "रूस की चीन पर बढ़ती निर्भरता भारत के साथ उसके संबंधों की सीमा तय करेगी": बढ़ती describes the
    dependence (on China), so it is no growth of Russia–India ties; what the unit says of the
    dependence decides. A dependence on the target's own party ("रूस पर भारत की बढ़ती निर्भरता") is left.
    Round 21: so is a dependence said to fall (the limit compound "निर्भरता … कम", which spans it) where
    a third state is named: "अमरीका पर इंहिसार कम करने के लिए" is the dependence on that state.
    """
    if not any(g not in t.parties for g in groups_at):
        return None
    idx = unit.index
    if family_of(h) == "limit" and " … " in h.pattern:
        d = next(
            (d for d in unit.of("dependence") if d.end <= h.start and idx.tokens_between(d.end, h.start) <= 2), None
        )
    elif family_of(h) == "growth":
        d = next(
            (d for d in unit.of("dependence") if d.start >= h.end and idx.tokens_between(h.end, d.start) == 0), None
        )
    else:
        return None
    return None if d is None or _depends_on_party(d, t, unit, groups_at) else d


DEPENDENCE_OBJECT_REACH = 4  # words from the object's "पर" to the dependence noun ("रूस पर भारत की बढ़ती निर्भरता")


def _depends_on_party(d: Hit, t: Target, unit: UnitText, groups_at: Mapping[str, list[int]]) -> bool:
    """Stance 51: the dependence noun `d` has a party of the target as its object, the nearest state before "पर".

    "रूसी हथियारों पर भारत की निर्भरता धीरे-धीरे घट रही है" is India's dependence on Russia whatever else the unit
    names (the analyst "अमरीका में रहने वाले"): the round 20 docstring's own-party case. The object is the state
    named last before a "पर" that stands within `DEPENDENCE_OBJECT_REACH` words of the noun, in its clause.
    """
    idx, text = unit.index, unit.text
    for m in re.finditer(r"(?<!\S)पर(?!\S)", text[: d.start]):
        if idx.tokens_between(m.end(), d.start) > DEPENDENCE_OBJECT_REACH or idx.clause_break_between(m.end(), d.start):
            continue
        before = [(at, g) for g, ps in groups_at.items() for at in ps if at < m.start()]
        if not before:
            continue
        at, g = max(before)
        if idx.tokens_between(at, m.start()) <= 2 and not idx.clause_break_between(at, m.start()):
            return g in t.parties
    return False


def penalised(h: Hit, unit: UnitText, hits: Sequence[Hit], groups_at: Mapping[str, list[int]]) -> Hit | None:
    """Round 20: the penalty whose reason `h` is ("रूसी तेल खरीदने पर भारत पर शुल्क लगाया"), or None.

    A supply or purchase word right before a cause marker (पर, के कारण, की वजह से) with a penalty noun
    (tariff, sanctions) after it in its clause, a word or more on (the party penalised, the amount),
    tells why a third state penalised a party: the purchase is the penalty's reason, no portrayal of
    the ties; a warning in the same unit warns of that penalty. A state is named between the marker
    and the noun (the party penalised or the one penalising: "… पर भारत पर शुल्क", "… पर अमेरिका का
    टैरिफ"): a ban on the act itself ("बेचने पर अघोषित प्रतिबंध") is the seller's restraint and keeps
    its reading, and so does buying on despite a penalty (no marker after the purchase).
    """
    at = [p for g, ps in groups_at.items() for p in ps]
    if family_of(h) == "threat_warning":
        return next((n for p in hits if (n := _penalty_of(p, unit, at)) is not None), None)
    return _penalty_of(h, unit, at)


def _penalty_of(h: Hit, unit: UnitText, at: Sequence[int]) -> Hit | None:
    """The penalty noun a purchase `h` is the reason of (`penalised`), or None."""
    if family_of(h) != "supply_purchase":
        return None
    idx = unit.index
    for c in unit.of("penalty_causes"):
        if c.start < h.end or idx.tokens_between(h.end, c.start) > 0:
            continue
        for n in unit.of("penalty_nouns"):
            if n.start >= c.end and any(c.end <= p < n.start for p in at):
                if not idx.clause_break_between(c.end, n.start):
                    return n
    return None


def requested(h: Hit, unit: UnitText, rules: StanceRules) -> Hit | None:
    """The request that governs `h`: "खरीद कम करने को कहा", "अभ्यास रद्द करने का अनुरोध किया".

    An act only requested, urged, pressed for or advised is not done: no portrayal of
    the ties (like cooperation merely discussed, codebook v1.1). Hindi puts the requested
    act before the request as a verbal noun ("करने का अनुरोध", "कम करने का दबाव": a
    `request.after` cue within the window, in its clause; coordinated verbal nouns may
    stand between), or after a request verb in a कि clause ("दबाव डाला कि वह … कम करे": a
    `request.before` cue, then कि, before it in its sentence).
    """
    idx, text = unit.index, unit.text
    for r in unit.of("request_after"):
        if h.end <= r.start and idx.tokens_between(h.end, r.start) <= rules.request_window:
            if not idx.clause_break_between(h.end, r.start):
                return r
    for r in unit.of("request_before"):
        if r.end <= h.start and " कि " in f" {text[r.end : h.start]} " and not idx.clause_break_between(r.end, h.start):
            return r
    return None


def thwarted(h: Hit, unit: UnitText, rules: StanceRules) -> Hit | None:
    """The effort or hope that favor predicate `h` is the aim of, when a setback follows it (stance 47).

    "रूस के साथ रिश्ते मजबूत करने की पाकिस्तान की कोशिशों को झटका लगा": the ties strengthened are what Pakistan
    tried for, and the attempt was dealt a blow, so the unit portrays the ties set back (codebook: against, a
    deal that did not happen, an expectation unmet), not strengthened. Hindi puts the aim before the effort
    noun as a verbal noun, the effort's owner often between ("… करने की पाकिस्तान की कोशिशों"): an effort or
    hope noun (`thwarted.efforts`) up to the window after `h` in its clause, right after a genitive postposition
    (the aim is its complement: "शांति प्रयासों के लिए झटका" names no aim), then an against predicate up to
    three words after the noun or spanning it ("को बड़ा झटका", "पर ग्रहण", "नाकाम रही", "उम्मीदें टूट गईं"). The
    setback itself still counts.
    An effort that succeeded ("कोशिशें रंग लाईं") has no against predicate after it and keeps its favor.
    """
    if h.kind != "favor" or not rules.thwarted_window:
        return None
    idx = unit.index
    for e in unit.of("thwarted_effort"):
        if h.end > e.start or idx.tokens_between(h.end, e.start) > rules.thwarted_window:
            continue
        before = unit.text[: e.start].split()  # the aim is the effort noun's genitive complement (`GENITIVES`)
        if idx.clause_break_between(h.end, e.start) or not before or before[-1] not in GENITIVES:
            continue
        for a in unit.of("against"):
            near = e.start <= a.start and idx.tokens_between(e.end, a.start) <= 3  # or spans it: उम्मीदें टूटीं
            if near and not idx.clause_break_between(e.end, a.start):
                return e
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
        if a.name != b.name and (gap in ("-", "–", "/") or gap in conj) and not distributive(unit, b):
            pairs.append((a, b))
    return pairs


# Hindi grammar (round 28): "दोनों" right after a coordination, followed by the marker of a partner or a
# recipient ("भारत और पाकिस्तान दोनों के साथ", "… दोनों को", "… दोनों से"), says "each of the two": the states are
# a third party's partners one by one, not a pair whose mutual ties the words speak of. "दोनों के बीच" (between
# the two), "दोनों देशों" and "दोनों की चिंता" (the two as possessors) are not listed.
DISTRIBUTIVE_AFTER = (("को",), ("से",), ("के", "साथ"), ("संग",))
# (stances 56 and 57) … or by the possessive of a third party, whose partners they are one by one ("भारत और पाकिस्तान दोनों
# हमारे साझेदार हैं"), or by the genitive of a noun of friendship whose possessors they are ("हम भारत और पाकिस्तान,
# दोनों के मित्र हैं": the friend of each); "दोनों के बीच/रिश्ते" stay the pair's own (grammar, not cues)
DISTRIBUTIVE_POSSESSIVES = frozenset(
    {
        "हमारे",
        "हमारी",
        "हमारा",
        "उसके",
        "उसकी",
        "उसका",
        "इसके",
        "इसकी",
        "इसका",
        "उनके",
        "उनकी",
        "उनका",
        "अपने",
        "अपना",
        "अपनी",
    }
)
FRIEND_NOUNS = frozenset(
    {"मित्र", "दोस्त", "साझेदार", "साझीदार", "सहयोगी", "भागीदार", "हितैषी", "शुभचिंतक", "पार्टनर", "हमदर्द", "करीबी", "क़रीबी"}
)


def distributive(unit: UnitText, second: Hit) -> bool:
    """A coordination closed by distributive "दोनों" + a partner's or recipient's marker (round 28)."""
    rest = [w.strip(",।\"'") for w in unit.text[second.end :].split(maxsplit=4)[:4]]
    if rest[:1] == [","] or (rest and not rest[0]):
        rest = rest[1:]
    if not rest or rest[0] not in ("दोनों", "दोनो"):
        return False
    return bool(
        any(tuple(rest[1 : 1 + len(m)]) == m for m in DISTRIBUTIVE_AFTER)
        or (len(rest) > 1 and rest[1] in DISTRIBUTIVE_POSSESSIVES)
        or (len(rest) > 2 and rest[1] in ("का", "की", "के") and rest[2] in FRIEND_NOUNS)
    )


def distributed_states(unit: UnitText, states: Collection[str]) -> set[str]:
    """The states of the unit's distributive coordinations ("भारत और पाकिस्तान दोनों के साथ"), round 28.

    What is said of them is said of each one's ties with the third party: "रूस के भारत और पाकिस्तान
    दोनों के साथ मैत्रीपूर्ण संबंध हैं" portrays Russia–India and Russia–Pakistan ties alike, so a cue
    counts for every target with one of them (`stance.count_cues`), not only the nearest.
    """
    exempt = [(h.start, h.end) for h in unit.of("place_exempt")]
    places = drop_contained([h for h in unit.of("place") if h.name in states and not inside(h.start, exempt)])
    conj = {unit.text[c.start : c.end] for c in unit.of("conjunction")}
    found: set[str] = set()
    for a, b in zip(places, places[1:]):
        gap = unit.text[a.end : b.start].strip()
        if a.name != b.name and (gap in ("-", "–", "/") or gap in conj) and distributive(unit, b):
            found |= {a.name, b.name}
    return found


def coordinated_groups(unit: UnitText, states: Collection[str]) -> list[list[Hit]]:
    """States named as one group: "रूस, चीन और पाकिस्तान", "रूस-चीन-पाक", and every pair.

    Mentions linked by a hyphen, a slash, a conjunction or a comma form a chain; a comma
    links only in a list that a conjunction or hyphen closes ("A, B और C"), so two
    clauses' names are not joined.
    """
    exempt = [(h.start, h.end) for h in unit.of("place_exempt")]
    places = drop_contained([h for h in unit.of("place") if h.name in states and not inside(h.start, exempt)])
    conj = {unit.text[c.start : c.end] for c in unit.of("conjunction")}
    groups: list[list[Hit]] = []
    links: list[str] = []
    for a, b in zip(places, places[1:]):
        gap = unit.text[a.end : b.start].strip()
        if gap in ("-", "–", "/", ",") or gap in conj:
            if not groups or groups[-1][-1] is not a:
                groups.append([a])
                links.append("")
            groups[-1].append(b)
            links[-1] += "," if gap == "," else "&"
    return [g for g, ln in zip(groups, links) if not ln.endswith(",") and len({h.name for h in g}) > 1]


# Hindi grammar: the case markers that make a noun the argument of the predicate right after it
# ("भारत का साथ", "भारत को मदद", "भारत के हितों").
ARGUMENT_MARKERS = frozenset({"का", "की", "के", "को"})


def other_pair(
    h: Hit, target: Target, unit: UnitText, groups_at: Mapping[str, list[int]], pairs: Sequence[tuple[Hit, Hit]]
) -> tuple[Hit, Hit] | None:
    """The coordinated pair of other states nearer to `h` than the target's parties are.

    "रूस ने भारत और पाकिस्तान के बीच तनाव कम करने को कहा": the tension is India–Pakistan's,
    which is no target; it counts for neither Russia–Pakistan nor Russia–India ties. At
    equal distance the coordinated pair wins: "रूस और पाकिस्तान की बढ़ती नजदीकियां, भारत
    चिंतित" is growth of Russia–Pakistan ties only. A pair inside a group that names the
    target's parties too ("रूस, चीन और पाकिस्तान के बीच नजदीकियां", `coordinated_groups`) is
    the group's, and the target's ties are among them (round 7).
    """
    if any(p not in groups_at for p in target.parties):
        return None  # the target is the article's pair or carried: its nearest party is not in the unit
    if (owned := friend_of(h, target, unit)) is not None:
        return owned
    idx, far = unit.index, (True, len(unit.text))
    paired = {x.start for pair in pairs for x in pair}
    if any(
        s < h.start
        and s not in paired
        and idx.tokens_between(s, h.start) <= 2
        and unit.text[s : h.start].split()[-1:]
        and (unit.text[s : h.start].split()[-1] in ARGUMENT_MARKERS or len(unit.text[s : h.start].split()) == 1)
        for p in target.parties
        for s in groups_at[p]
    ):
        return None  # "भारत-चीन विवाद में … भारत का साथ नहीं दे", "… जिसमें भारत सम्मिलित नहीं था" (round 11,
        # the bare subject right before it): the cue's own argument is the target's party
    groups = coordinated_groups(unit, {h.name for pair in pairs for h in pair} | set(target.parties))
    for a, b in pairs:
        if {a.name, b.name} == set(target.parties):
            continue
        if any(a in g and b in g and set(target.parties) <= {h.name for h in g} for g in groups):
            continue  # "रूस, चीन और पाकिस्तान के बीच नजदीकियां": a group with the target's parties in it
        if each_of_pair(h, a, b, unit):
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


EACH_FAMILIES = frozenset({"closeness", "trust_support"})
EACH_NOT_BETWEEN = frozenset({"बीच", "आपसी", "आपस", "एक-दूसरे", "परस्पर", "दरमियान", "between"})


def each_of_pair(h: Hit, a: Hit, b: Hit, unit: UnitText) -> bool:
    """Stance 56: "भारत और पाकिस्तान दोनों हमारे साझेदार हैं", "हम भारत और पाकिस्तान, दोनों के मित्र हैं": a pair
    followed by "दोनों" (each of the two) before a friend or backing noun is each one's tie with the owner of
    the noun (a third party: the speaker's "हमारे", "रूस के लिए"), not the pair's own tie; never with a word of
    "between" ("दोनों के बीच दोस्ती") in the span."""
    if family_of(h) not in EACH_FAMILIES:
        return False
    last = max(a.end, b.end)
    words = unit.text[last : h.start].replace(",", " ").split()
    return bool(words) and words[0] in ("दोनों", "both") and not EACH_NOT_BETWEEN.intersection(words)


def friend_of(h: Hit, target: Target, unit: UnitText) -> tuple[Hit, Hit] | None:
    """Round 41: a friend noun after a genitive whose possessor has another state right before it.

    "… अमेरिका पाकिस्तान का साथी माना जाता था": the state set bare before the possessor is whose friend it
    is (the subject, as `stance.epithet_party` reads "चीन … पाकिस्तान का दोस्त"): the companion is the
    US–Pakistan tie, no tie of the target whose party is only the possessor. Only a cue that opens with
    the genitive (`का साथी`, `का दोस्त`) and two states side by side with nothing between them.
    """
    words = unit.text[h.start : h.end].split()
    if not words or words[0] not in ("का", "के", "की"):
        return None
    idx = unit.index
    places = sorted(unit.of("place"), key=lambda p: p.start)
    owner = next((p for p in places if p.end < h.start and idx.tokens_between(p.end, h.start) == 0), None)
    if owner is None or owner.name not in target.parties:
        return None
    subject = next((p for p in places if p.end < owner.start and idx.tokens_between(p.end, owner.start) == 0), None)
    if subject is None or subject.name in target.parties or subject.name == owner.name:
        return None
    return subject, owner


def set_aside_in_clause(
    h: Hit, unit: UnitText, codebook: Codebook, held: Sequence[Hit], hits: Sequence[Hit]
) -> tuple[str, Hit, str] | None:
    """Why the clause around a predicate keeps it from the ties, whatever the target: it only
    describes a noun, it is what a party objects to, a third state's pressure conceded (round 35),
    a standoff at a border (round 35), the past before 'अब' (round 24). Split from `set_aside`, which
    asks it first and then looks at the target's pair."""
    if (m := modifier_of(h, hits, unit)) is not None:
        said, by = unit.show(h.start, h.end), unit.show(m.start, m.end)
        return f"'{said}' describes a noun (a participle); the clause's own predicate '{by}' decides", m, "set_aside"
    if (m := objected_to(h, held, unit)) is not None:
        said, by = unit.show(h.start, h.end), unit.show(m.start, m.end)
        return f"'{said}' is what '{by}' objects to, not the pair's ties", m, "set_aside"
    if (m := conceded_pressure(h, unit, codebook)) is not None:  # round 35
        said = unit.show(h.start, h.end)
        return (
            f"'{said}' is a third state's pressure conceded ('{unit.show(m.start, m.end)}'), not the ties",
            m,
            "set_aside",
        )
    if (m := border_standoff(h, unit)) is not None:  # round 35
        said, at = unit.show(h.start, h.end), unit.show(m.start, m.end)
        return f"'{said}' is a standoff at a border ('{at}'): Russia borders neither India nor Pakistan", m, "set_aside"
    if (m := past_before_now(h, unit)) is not None:  # round 24
        said = unit.show(h.start, h.end)
        return f"'{said}' is the past before 'अब' (now): background, the codebook's v1.1 rule", m, "set_aside"
    return None


def set_aside(
    h: Hit, t: Target, unit: UnitText, codebook: Codebook, groups_at: Mapping[str, list[int]], context: tuple
) -> tuple[str, Hit, str] | None:
    """Why a predicate does not count for target `t`: (note, evidence span, evidence value), or None.

    In order: a partner phrase of a third state, a greeted person, a discussion that
    governs it, a worry voiced where a state outside the pair is named (pair-only
    families: India's concern about Russia–Pakistan ties is no stance against either; a
    worry denied is reassurance and counts), a coordinated pair of other states nearer to it,
    an act only requested (`requested`, round 7), what the target's own party objects to (`objected_to`).
    `context` is the unit's (coordinated pairs, live negations, the target's objections counted against,
    every predicate hit of the target), and a participle that only describes a noun (`modifier_of`).
    """
    rules = codebook.stance
    pairs, negations, held, hits = context
    if (why := set_aside_in_clause(h, unit, codebook, held, hits)) is not None:
        return why
    if (m := third_partner(h, t, unit, groups_at, codebook.states)) is not None:
        return f"'{unit.show(m.start, m.end)}' a third state: cue about another pair", m, "third_state"
    if (at := other_side(h, t, unit, groups_at, codebook.states)) is not None:
        said, side = unit.show(h.start, h.end), unit.show(at, unit.text.find(" से ", at) + 3)
        return f"'{said}' is with '{side}', a third state (its other side): cue about another pair", h, "third_state"
    if vocative(h, unit, rules):  # stance 49
        return f"'{unit.show(h.start, h.end)}' addresses the audience (a vocative): no tie", h, "set_aside"
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
    if (why := about_another_matter(h, t, unit, codebook, groups_at, hits)) is not None:  # round 20
        return why
    outside = [g for g in groups_at if g in codebook.states and g not in t.parties]
    worry = family_of(h) in rules.pair_only_families
    if worry and outside and negation_of(h, negations, unit.index, rules) is None:
        what = "a worry" if family_of(h) == "concern" else f"a {family_of(h)}"  # stance 47: sanctions too
        return (
            f"'{unit.show(h.start, h.end)}' {what} of a state outside the pair ({', '.join(outside)})",
            h,
            "set_aside",
        )
    if (at := size_of_another(h, t, unit, groups_at, codebook, hits)) is not None:  # stance 59
        word = re.compile(r"[^\s,।]+").match(unit.text, at)
        said, named = unit.show(h.start, h.end), unit.show(at, word.end() if word else at)
        return f"'{said}' is the size of another pair's exchange ('{named}' named only after it)", h, "set_aside"
    names_own = any(h.start <= at < h.end for q in t.parties for at in groups_at.get(q, ()))  # "भारत बाहर"
    if not names_own and (pair := other_pair(h, t, unit, groups_at, pairs)) is not None:
        a, b = pair
        return f"'{unit.show(h.start, h.end)}' about the ties of {a.name}–{b.name}", a, "other_pair"
    if (m := requested(h, unit, rules)) is not None:
        return f"'{unit.show(h.start, h.end)}' only requested ('{unit.show(m.start, m.end)}'): not done", m, "set_aside"
    if (m := thwarted(h, unit, rules)) is not None:  # stance 47
        said, by = unit.show(h.start, h.end), unit.show(m.start, m.end)
        return f"'{said}' is the aim of an effort or hope ('{by}') dealt a setback: not done", m, "set_aside"
    return None


def size_of_another(
    h: Hit, t: Target, unit: UnitText, groups_at: Mapping[str, list[int]], codebook: Codebook, hits: Sequence[Hit]
) -> int | None:
    """Stance 59: a thing called small ("यह अभ्यास छोटा है और इससे भारत-रूस रिश्तों पर असर नहीं पड़ेगा") is the exchange
    of the pair whose own party is named before it or of the story's pair; a target whose own party (one no other target
    has: India, Pakistan) the unit names only after the size word, with a predicate of its own there, is not its pair:
    that predicate decides. The same pair named after the size word with nothing more said of it ("… छोटा है और इससे
    रूस-पाक रिश्तों में कोई बड़ा बदलाव नहीं आएगा") keeps the limit. The first such mention, or None."""
    if family_of(h) != "size":
        return None
    shared = {p for p in t.parties if all(p in o.parties for o in codebook.targets)}
    own = [at for p in t.parties if p not in shared for at in groups_at.get(p, ())]
    if not own or min(own) < h.start or not any(o is not h and o.start >= min(own) for o in hits):
        return None
    return min(own)


def about_another_matter(
    h: Hit, t: Target, unit: UnitText, codebook: Codebook, groups_at: Mapping[str, list[int]], hits: Sequence[Hit]
) -> tuple[str, Hit, str] | None:
    """Round 20: `h` said of a matter that is not the pair's ties: (note, evidence span, "set_aside"), or None.

    A mediation (the dispute of two others), a dependence on a third state, the reason of a
    third state's penalty, a purchase from any seller: each keeps the predicate off the target.
    """
    said = unit.show(h.start, h.end)
    if (m := mediated(h, unit, codebook.stance)) is not None:
        return (
            f"'{said}' is about a mediation ('{unit.show(m.start, m.end)}'): the dispute of two others, no tie",
            m,
            "set_aside",
        )
    if (m := grown_dependence(h, t, unit, groups_at)) is not None:
        return (
            f"'{said}' describes a dependence ('{unit.show(m.start, m.end)}') on a third state, not the ties",
            m,
            "set_aside",
        )
    if (m := penalised(h, unit, hits, groups_at)) is not None:
        return (
            f"'{said}' is the reason of a penalty ('{unit.show(m.start, m.end)}'): no portrayal of the ties",
            m,
            "set_aside",
        )
    if (m := any_seller(h, t, unit, groups_at)) is not None:
        return f"'{said}' from any seller ('{unit.show(m.start, m.end)}' … जहां): no partner named", m, "set_aside"
    if (m := of_a_vote(h, unit, codebook.stance)) is not None:  # round 31
        return f"'{said}' is said of a vote ('{unit.show(m.start, m.end)}'), not of the partner", m, "set_aside"
    return None


# Round 31: a vote, the object a distance or abstention word is said of ("मतदान से (भारत ने) दूरी बनाई", "वोटिंग
# से किनारा कर लिया"), up to five words (the subject, "एक बार फिर") between in one clause, not "मतदान से पहले"
# (before the vote); and a resolution whose words the hit is part of ("… की निंदा वाले/करने वाले प्रस्ताव", "… के खिलाफ लाए
# गए प्रस्ताव"): the body's text, not a party's act. The nouns of a vote and of a resolution are
# `stance.word_lists.vote_nouns` and `.resolution_nouns` (stance 55); the postpositions and participles are grammar.
def _alternatives(words: Sequence[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@functools.lru_cache(maxsize=8)
def _vote_patterns(votes: tuple[str, ...], resolutions: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = re.compile(rf"((?:{_alternatives(votes)})\s+(?:से|में))\s+(?!पहले|पूर्व)(?:[^\s,;:।|]+\s+){{0,5}}$")
    after = re.compile(rf"^\S*\s+(?:(?:करने\s+)?वाले|वाली|लाए\s+गए|लाये\s+गये)?\s*(?:{_alternatives(resolutions)})")
    return before, after


def of_a_vote(h: Hit, unit: UnitText, rules: StanceRules) -> Hit | None:
    """Round 31: `h` said of a vote or a resolution, not of a party: the vote's span, or None.

    Staying out of a vote ("मतदान से दूरी बनाई", "मतदान से भारत ने किनारा कर लिया") is a distance from the
    vote, no strain with any partner; round 24's compound reads the abstention as favor only where a vote
    against the partner is named before it. A condemnation that is the resolution's own words ("… आक्रमण
    की निंदा वाले प्रस्ताव पर …") is the assembly's, not the voting party's.
    """
    text = unit.text
    vote_before, resolution_after = _vote_patterns(rules.vote_nouns, rules.resolution_nouns)
    if rules.vote_nouns and (m := vote_before.search(text, max(0, h.start - 60), h.start)) is not None:
        return Hit("vote", "vote", m.group(1), m.start(1), m.end(1))
    if (
        rules.resolution_nouns
        and (m := resolution_after.match(text[h.start :])) is not None
        and m.end() <= len(text) - h.start
    ):
        return Hit("vote", "vote", m.group(0).strip(), h.start, h.start + m.end())
    return None


def modifier_of(h: Hit, hits: Sequence[Hit], unit: UnitText) -> Hit | None:
    """Round 13 (clause scope): a predicate made a participle (वाला) describes the noun after it.

    "रूस से मिलने वाली एस-400 प्रणाली की डिलीवरी अब 2026 तक टल गई है": "मिलने वाली" says which
    system (the one coming from Russia); what the clause says of it is its own predicate after
    the noun ("टल गई"). Set aside only when such a predicate follows in the clause (the hit
    returned); a participle with nothing after it keeps its reading.
    """
    words = unit.text[h.end :].split(maxsplit=2)[:2]
    if not (words[:1] and words[0] in PARTICIPLE or words[1:] and words[1] in PARTICIPLE):
        return None
    idx = unit.index
    return next(
        (o for o in hits if o.start > h.end and o is not h and not idx.clause_break_between(h.end, o.start)), None
    )


def objected_to(h: Hit, held: Sequence[Hit], unit: UnitText) -> Hit | None:
    """Round 13 (who holds a view): a favor predicate before the target's own party's objection, in its clause.

    "रूस की चीन पर बढ़ती निर्भरता भारत के हितों के लिए ठीक नहीं है": the growth is the subject of
    India's judgement, Russia's ties with China, not Russia–India ties growing; India's
    objection (`objection_reading`, counted against) is what the unit says of Russia–India.
    `held`: the target's objections counted against.
    """
    if h.kind != "favor":
        return None
    idx = unit.index
    return next((o for o in held if h.end <= o.start and not idx.clause_break_between(h.end, o.start)), None)


# Hindi grammar, not cues of the study: the words that may stand between an experiencer and its
# worry ("भारत की चिंता", "भारत के लिए चिंता", "नई दिल्ली में बेचैनी", "भारत ने अपनी आपत्ति"), and
# the agent marker ने with the pronouns that fuse it ("उसने", "उन्होंने").
EXPERIENCER_LINKS = frozenset({"की", "का", "के", "को", "में", "ने", "लिए", "भी", "अपनी", "अपना", "अपने"})
SENTENCE_ENDS = frozenset("।॥!.|")
AGENT_MARKERS = frozenset({"ने", "उसने", "उन्होंने", "इसने", "इन्होंने", "जिसने", "जिन्होंने", "हमने", "मैंने"})


def objection_holder(h: Hit, unit: UnitText, states_at: Sequence[tuple[Hit, str]]) -> str | None:
    """Whose worry or objection `h` is: the state that holds it, read from Hindi grammar.

    In its clause, in this order: (1) the state named right before it with only a case
    marker between ("भारत की चिंता", "भारत के लिए चिंता", "नई दिल्ली में बेचैनी", "भारत
    चिंतित"); (2) the agent of the clause, the state named in the noun phrase before the
    last ने ("भारत ने … पर आपत्ति जताई", "अमेरिकी विदेश विभाग ने … अपनी चिंताएं रखीं"), none
    when the agent is a pronoun or names no state; (3) else the experiencer, a state marked
    by को, में, के लिए or की तरफ/ओर ("भारत को … को लेकर आशंका है", "भारत की तरफ से इस पर
    नाराजगी"), else the state named last before it. None when no state stands before it in its clause.
    `states_at`: (mention, state) of the unit's named states, in text order.
    """
    idx, text = unit.index, unit.text
    before = [(m, g) for m, g in states_at if m.end <= h.start and not idx.clause_break_between(m.end, h.start)]
    if not before:
        return None
    last, state = before[-1]
    words = text[last.end : h.start].split()
    if len(words) <= 2 and all(w in EXPERIENCER_LINKS for w in words):
        return state
    agents = [
        (s, e)
        for s, e in zip(idx.tok_starts, idx.tok_ends)
        if e <= h.start and text[s:e] in AGENT_MARKERS and not idx.clause_break_between(e, h.start)
    ]
    if agents:
        at, end = agents[-1]
        if text[at:end] != "ने":
            return None  # a pronoun agent ("उसने"): whose worry it is, this unit does not name
        agent = [(m, g) for m, g in before if m.end <= at and agent_phrase(text[m.end : at].split())]
        return agent[-1][1] if agent else None
    dative = [g for m, g in before if text[m.end :].split(maxsplit=2)[:2][:1] in (["को"], ["में"])]
    dative += [g for m, g in before if text[m.end :].split()[:2] in (["के", "लिए"], ["की", "तरफ"], ["की", "ओर"])]
    return dative[0] if dative else state


GENITIVES = frozenset({"का", "की", "के"})


def agent_phrase(words: Sequence[str]) -> bool:
    """Whether the words between a state and ने can stand in the state's noun phrase.

    Up to three words ("भारत के अधिकारियों ने"), or up to five with a genitive among the last
    three (round 10: "भारतीय रक्षा मंत्रालय के अफ़सरान ने", "… मंत्रालय के वरिष्ठ अधिकारियों ने":
    the officials of India's ministry hold the objection, as "भारत ने" would).
    """
    return len(words) <= 3 or (len(words) <= 5 and any(w in GENITIVES for w in words[-3:]))


def voiced_jointly(h: Hit, unit: UnitText, parties: Collection[str], states: Collection[str]) -> Hit | None:
    """The pair or group that voices worry `h` together: "तीनों देशों ने … पर चिंता जताई".

    A worry or objection whose agent is the pair itself ("दोनों देशों ने", "रूस और पाकिस्तान
    ने", "तीनों मुल्कों ने"), or whose genitive owner it is ("दोनों देशों की चिंताएं"), is a
    stance the parties share about a third matter: alignment (codebook: the ties as shared
    positions), not strain between them. None when the worry is held by anyone else; a
    pair phrase right after two other states ("चीन और पाकिस्तान दोनों की चिंता") is theirs.
    """
    idx, text = unit.index, unit.text
    pairs = coordinated_pairs(unit, states)
    theirs = [b.end for a, b in pairs if {a.name, b.name} != set(parties)]  # "चीन और पाकिस्तान दोनों की"
    owners = [
        o
        for o in (*unit.of("pair_phrase"), *unit.of("group_phrase"))
        if not any(e <= o.start and idx.tokens_between(e, o.start) == 0 for e in theirs)
    ]
    owners += [b for a, b in pairs if {a.name, b.name} == set(parties)]
    for o in owners:
        if o.end > h.start or idx.clause_break_between(o.end, h.start):
            continue
        said = text[o.start : o.end].split()
        after = text[o.end : h.start].split()
        marker = said[-1] if said[-1] in ("ने", "की") else (after[0] if after else "")
        if marker == "ने" and not any(w in AGENT_MARKERS for w in after[1:]):
            return o
        if marker == "की" and len(after) <= (1 if said[-1] != "की" else 0):
            return o
        if said[0] in PAIR_SUBJECTS and _direct_subject(said, after):
            return o
    return None


# the postpositions that make a pair phrase oblique (not the clause's subject), and the reciprocals that make
# a worry one party's at the other ("दोनों देश एक-दूसरे की आलोचना करते हैं": strain, not a shared stance)
OBLIQUE = frozenset({"ने", "की", "के", "का", "को", "से", "में", "पर", "तक", "बीच", "साथ", "लिए", "दरमियान"})
PAIR_SUBJECTS = frozenset({"दोनों", "both", "the"})  # "दोनों देश", not "त्रिपक्षीय" or "तीनों देश" (H's coders: none)
RECIPROCALS = frozenset({"एक-दूसरे", "दूसरे", "आपस", "आपसी", "परस्पर", "बाहमी"})


def _direct_subject(said: Sequence[str], after: Sequence[str]) -> bool:
    """Round 21: "दोनों …" in the direct case, the subject of the worry's clause ("दोनों देश आतंकवाद के
    सभी रूपों की निंदा करते हैं", with no ने in the present): a stance voiced jointly, like "दोनों देशों ने
    …" (H, O, Z, AB); not when a postposition follows or a reciprocal stands between."""
    return (
        bool(after)
        and said[-1] not in OBLIQUE
        and after[0] not in OBLIQUE
        and not any(w in RECIPROCALS or w in AGENT_MARKERS for w in after)
    )


def irrealis(h: Hit, unit: UnitText) -> Hit | None:
    """A worry asked about or supposed, not stated: "क्या … चिंता?", "अगर …", "चिंता बढ़ा सकता है".

    A question mark in the worry's clause, or a conditional or potential word anywhere
    in the unit (`stance.objection.irrealis`: अगर, यदि, सकता, शायद …), makes the worry
    hypothetical: no portrayal of what Russia did. Round 31: not a word in a reason clause after
    the worry ("यह चिंता का विषय है, क्योंकि … प्रभाव बढ़ सकता है"): the worry is stated, its reason hedged.
    """
    q = unit.text.find("?", h.end)
    if q >= 0 and not any(c in SENTENCE_ENDS for c in unit.text[h.end : q]):
        return Hit("irrealis", "", "?", q, q + 1)
    reasons = [c.start for c in unit.of("contrast") if c.name == "reason" and c.start >= h.end]
    hits = [
        w for w in unit.of("irrealis") if not hedges_consequence(w, h, unit) and not any(r < w.start for r in reasons)
    ]
    return hits[0] if hits else None


# Hindi grammar: the potential auxiliary in the indicative ("बन सकती है", "जा सकता है") follows the verb it
# hedges; the subjunctive सके/सकें ("ताकि … हो सके", "जो … बन सके") supposes, and stays irrealis.
POTENTIAL = ("सकता", "सकती", "सकते")
# Judgements of harm to a party's interests ("के लिए चुनौती", "हितों के ख़िलाफ़"), not a feeling (चिंता):
# "भारत की चिंता बढ़ा सकता है" supposes India's reaction and stays irrealis (round 7).
CONSEQUENCE_FAMILIES = frozenset({"interest_harm"})


def hedges_consequence(w: Hit, h: Hit, unit: UnitText) -> bool:
    """Round 30: the potential that is a harm judgement's own verb hedges the consequence, not the act.

    "रूस-चीन की बढ़ती नज़दीकी भारत के लिए चुनौती बन सकती है": the closeness is stated (the
    participle, a noun of the ties); only what it means for India is hedged. The judgement's
    verb group ("बन सकती", "जा सकती") is at most two words after it, in its clause. Only
    `CONSEQUENCE_FAMILIES` (interest_harm): a worry that may grow (चिंता बढ़ा सकता) is India's
    reaction supposed, and stays irrealis as round 7 decided (the census's coders split on it).
    A potential before the judgement ("… दे सकता है, जिससे …") is the act's own and stays
    irrealis, as do अगर, यदि, शायद and a question (codebook v1.1: an act portrayed).
    """
    idx = unit.index
    if family_of(h) not in CONSEQUENCE_FAMILIES or unit.text[w.start : w.end] not in POTENTIAL:
        return False
    if w.start < h.end:
        return False  # the act's own potential
    return idx.tokens_between(h.end, w.start) <= 2 and not idx.clause_break_between(h.end, w.start)


def free_negations(negations: Sequence[Hit], hits: Sequence[Hit]) -> list[Hit]:
    """Negations not bound inside a longer favor phrase of the unit (round 8).

    Some favor phrases carry their own negation: "वादे से पीछे नहीं हटा" (not backing out),
    "रिश्तों पर कोई असर नहीं" (ties unaffected). That negation is the phrase's, so it flips
    no other predicate near it ("वादे" stays a promise). A negation inside an against
    phrase ("समझौता नहीं हो सका") stays free: there it also negates what the clause is about.
    """
    spans = [(h.start, h.end) for h in hits if h.kind == "favor"]
    return [n for n in negations if not any(s <= n.start and n.end <= e and e - s > n.end - n.start for s, e in spans)]


# Hindi grammar: the complementiser that opens what a verb of saying or denying governs.
COMPLEMENTISER = "कि"


def denied_complement(hits: Sequence[Hit], unit: UnitText) -> tuple[Hit | None, list[Hit]]:
    """A denial and the predicates of the कि clause it denies (round 8).

    "उसने इस बात से इनकार किया कि रूस परियोजना से पीछे हट रहा है": what is denied is the
    clause after कि, so its predicates flip (a setback denied portrays the ties intact) and
    the denial itself is no refusal of the partner. A denial with no predicate after its
    कि in the sentence ("उन खबरों का खंडन किया जिनमें कहा गया था कि …") stays a denial.
    """
    text, idx = unit.text, unit.index
    for d in hits:
        if family_of(d) != "refusal_denial":
            continue
        words = text[d.end :].split()
        if COMPLEMENTISER not in words[:4]:
            continue
        at = d.end + text[d.end :].find(f" {COMPLEMENTISER} ") + 1
        denied = [
            h for h in hits if h.start > at and h is not d and not any(c in SENTENCE_ENDS for c in text[at : h.start])
        ]
        if denied and not idx.clause_break_between(d.end, at):
            return d, denied
    return None, []


# Words after "अब"/"कभी" that make no turn: अब भी (still), अब तक (so far), अब से (from now),
# कभी नहीं/कभी भी (never, ever). Grammar of the language, not a cue of the study.
NO_TURN = frozenset({"भी", "तक", "से", "नहीं", "न", "still", "ever"})
PAST = frozenset({"रहे", "रहा", "रही", "रहीं", "थे", "था", "थी", "थीं"})


def past_before_now(h: Hit, unit: UnitText) -> Hit | None:
    """Round 24: an against predicate of the past, then "अब" (now): the past is background; the "अब", or None.

    "शीत युद्ध में एक-दूसरे के विरोधी रहे दोनों देश अब …", "कभी विरोधी खेमों में खड़े थे, अब …": the
    codebook's v1.1 example of a background clause ("who were once adversaries, now …") that does not
    decide. A past marker (रहे/रहा/थे/था …) within four words after the against word, then "अब" later in
    the sentence; "अब भी", "अब तक" (still, so far: `NO_TURN`) keep the past as it is ("… अविश्वास अब भी बना
    हुआ है"), and so does "रहा है" (has been, the present perfect: the contrast rule reads "…, लेकिन अब"). What follows "अब" decides as it is: a favor, a discussion (none), or nothing.
    """
    if h.kind != "against":
        return None
    words = unit.text[h.end :].split()[:4]
    stop = next((i for i, w in enumerate(words) if w.rstrip("।,;:") in PAST), None)
    if (
        stop is None
        or any(w[-1:] in "।,;:" for w in words[:stop])
        or [w.rstrip("।,;:") for w in words[stop + 1 : stop + 2]] in (["है"], ["हैं"])
    ):
        return None  # "तनाव रहा है" (has been, to this day) is no past
    past_end = unit.text.find(words[stop], h.end) + len(words[stop])
    sentence_end = unit.text.find("।", past_end)
    for n in unit.of("drift_now"):
        if n.pattern != "अब" or n.start < past_end or (0 <= sentence_end < n.start):
            continue
        if _next_word(unit, n.end) not in NO_TURN:
            return n
    return None


def _next_word(unit: UnitText, pos: int) -> str:
    rest = unit.text[pos:].split(maxsplit=1)
    return rest[0] if rest else ""


def heeded(h: Hit, unit: UnitText, negations: Sequence[Hit], others: Sequence[Hit]) -> Hit | None:
    """Round 12: an objection the act after it answers, Russia heeding it; the marker, or None.

    The objection stands in a cause or time phrase right after it (`stance.objection.heeded`:
    "भारत की आपत्ति के बाद", "… के चलते") and Russia holds back after that phrase: a negation,
    a cancellation or halt (`negations`), or an against predicate (`others`): the objection is
    the act's background and the act answers it. "For fear of" the objection
    (`stance.objection.heeding`) heeds it by itself. "के बाद भी" (even after) is defiance, no heeding;
    a "लेकिन/मगर" clause after it (`contrast.main_after`) is the main clause, and the heeding no more than
    its background (a report then denied).
    """
    for m in (*unit.of("heeding"), *unit.of("heeded")):
        if m.start < h.end or len(unit.text[h.end : m.start].split()) > 1:
            continue
        if m.kind == "heeding":
            return m
        if _next_word(unit, m.end) in NO_TURN:
            return None
        if any(c.name == "main_after" and c.start > m.end for c in unit.of("contrast")):
            return None  # "… रद्द कर दिया है, लेकिन मॉस्को ने इससे इनकार किया": the main clause is another
        if any(x.start >= m.end for x in (*negations, *(o for o in others if o.kind == "against"))):
            return m
    return None


def drifted(h: Hit, unit: UnitText, rules: StanceRules, elsewhere: Sequence[int]) -> Hit | None:
    """Round 12: a friendship in the past or in name only, then "now": the ties drifting; the turn, or None.

    An epithet: a favor word of `stance.objection.drift_families` (trust, closeness) up to
    two words before a friend noun (`drift_nouns`: दोस्त, साझेदार …) followed, in its clause,
    by a past or naming marker (`drift_past`: रहा/था, माना जाता था, कहा जाने वाला): what the
    ties were or are called. With "अब" (now) after it and a third state after that (or a
    reproachful "क्यों" and a third state after the epithet), or "कभी" (once) before it and a third state in the unit
    (`elsewhere`: where states outside the target are named), the unit says Russia is no
    longer so, turning to another: the codebook's ties portrayed as drifting. "अब भी",
    "अब तक", "कभी नहीं" are no turn (`NO_TURN`). Round 16: with no third state, "अब" then a word
    of the state taking its own course (`drift_turn`: नए समीकरण, अपने विकल्प खुले, परवाह नहीं) is the turn.
    """
    if h.kind != "favor" or family_of(h) not in rules.drift_families:
        return None
    if not elsewhere and not unit.of("drift_turn"):
        return None
    idx = unit.index
    noun = next(
        (n for n in unit.of("drift_nouns") if n.start >= h.start and idx.tokens_between(h.end, n.start) <= 2), None
    )
    if noun is None or idx.clause_break_between(h.end, noun.start):
        return None
    past = next(
        (p for p in unit.of("drift_past") if p.start >= noun.end and idx.tokens_between(noun.end, p.start) <= 1),
        None,
    )
    if past is None and _next_word(unit, noun.end) == "अब":
        past = noun  # round 15: the epithet then "अब" at once ("भारत का सबसे भरोसेमंद दोस्त अब …"): what it was
    if past is None and _apposed(unit, noun):
        past = noun  # round 24: "भरोसेमंद दोस्त रूस …": the epithet set before the state's name is what it is called
    if past is None and _bare_epithet(unit, noun):
        past = noun  # round 41: "भारत का भरोसेमंद दोस्त …" with no name of its own: what the state is called
    if past is None:
        return None
    # round 41: the turn in question ("क्या भारत का (सबसे) पुराना दोस्त (रूस) पाकिस्तान के करीब जा रहा है?"), as a
    # regard in question is none given (`stance.pressure.questions`): the friend asked to be turning to a third state
    asked = [q for q in unit.of("pressure_questions") if q.end <= h.start]
    if asked and not idx.clause_break_between(asked[-1].end, noun.start) and any(e > past.end for e in elsewhere):
        return asked[-1]
    for n in unit.of("drift_now"):
        if _next_word(unit, n.end) in NO_TURN:
            continue
        once = n.end <= h.start and n.pattern == "कभी"
        after = n.start if n.pattern != "क्यों" else past.end  # a question's verb comes last
        if once or (n.start >= past.end and n.pattern != "कभी" and any(e > after for e in elsewhere)):
            return n
        turn = next((t for t in unit.of("drift_turn") if t.start > n.end), None) if n.pattern == "अब" else None
        if turn is not None and n.start >= past.end:
            return turn  # round 16: "अब" and the state's own course after it, no third state needed
    return None


def _bare_epithet(unit: UnitText, noun: Hit) -> bool:
    """Round 41: a state's epithet standing for it with no name: "भारत का भरोसेमंद दोस्त … पाकिस्तान की …".

    A state, then a genitive, then the friend noun at most three words on, and no other state, place or
    person named before the noun: the unit names the friend only by the epithet (`stance.epithet_party` takes
    it for the story's Russia), so the epithet is what the state is called, as an apposed name is (`_apposed`).
    """
    idx = unit.index
    before = [h for h in (*unit.of("place"), *unit.of("actor")) if h.start < noun.start]
    if len(before) != 1:
        return False
    (owner,) = before
    words = unit.text[owner.end :].split(maxsplit=1)
    return bool(words) and words[0] == "का" and idx.tokens_between(owner.end, noun.start) <= 4


def _apposed(unit: UnitText, noun: Hit) -> bool:
    """Round 24: a state's name right after the friend noun ("भरोसेमंद दोस्त रूस", "'विश्वसनीय मित्र' रूस").

    The epithet stands in apposition to the name: it is what the state is called, a naming like
    `drift_past`'s "कहा जाने वाला", so "क्यों" or "अब" with a third state after it is the turn.
    """
    idx = unit.index
    return any(p.start >= noun.end and idx.tokens_between(noun.end, p.start) == 0 for p in unit.of("place"))


REFUSALS = frozenset({"refusal_denial", "cancellation_postponement"})


def pressure_refused(
    h: Hit, t: Target, unit: UnitText, states_at: Sequence[tuple[Hit, str]], rules: StanceRules
) -> Hit | None:
    """Round 21: the third state's pressure a refusal `h` rejects, or None.

    "पश्चिमी देशों ने भारत पर रूसी तेल की खरीद घटाने का दबाव बनाया है, लेकिन नई दिल्ली ने इसे खारिज कर
    दिया": what is refused is the pressure of a state outside the pair, so the refusal is the party
    holding to its ties (favor), not a refusal between the parties. The presser is the state named
    right before the pressure noun ("अमेरिकी दबाव", "अमेरिका के दबाव को"), or else the first state named
    before it in its clause, the agent ("पश्चिमी देशों ने भारत पर … का दबाव");
    when that is a party of the target ("भारत के दबाव के बावजूद रूस ने …") or no state is named, the
    refusal keeps its reading; so does a refusal of something else, a predicate standing between.
    """
    if family_of(h) not in REFUSALS:
        return None
    idx = unit.index
    preds = [x for x in predicate_hits(unit, t.id, rules) if x.end <= h.start]
    for p in unit.of("pressure_nouns"):
        if p.end > h.start:
            break
        if any(x.start >= p.end for x in preds):
            continue
        presser = presser_of(p, states_at, idx)
        if presser is not None and presser[1] not in t.parties:
            return p
    return None


def conceded_pressure(h: Hit, unit: UnitText, codebook: Codebook) -> Hit | None:
    """Round 35: the conceded pressure of a state outside every pair that `h` is part of, or None.

    "… यह करार अमेरिकी प्रतिबंधों की आशंका के बावजूद पूरा हुआ": the fear or threat conceded by "के बावजूद" is
    the third state's pressure the act went ahead against (`stance.pressure.conceded`), not a worry or
    threat between the parties; once `stance.without_pressers` has taken the presser out of the unit, the
    word would otherwise count for the story's pair. A party's own pressure conceded ("भारत की आपत्ति के
    बावजूद रूस ने …") keeps its reading: the presser is found among the unit's own namings, as round 21 does.
    """
    spans = [p for p in unit.of("pressure_conceded") if p.start <= h.start and h.end <= p.end]
    if not spans:
        return None
    mentions = named_mentions(unit)
    groups = group_positions(mentions, codebook)
    at = {m.start: m for m in mentions}
    states_at = sorted(
        ((at[s], g) for g in groups if g in codebook.states for s in groups[g] if s in at), key=lambda x: x[0].start
    )
    parties = {q for t in codebook.targets for q in t.parties}
    presser = presser_of(spans[0], states_at, unit.index)
    return spans[0] if presser is None or presser[1] not in parties else None


# Round 35: at most this many words between a border word and the strain it places ("सीमा पर जारी तनाव")
BORDER_WINDOW = 4


def border_standoff(h: Hit, unit: UnitText) -> Hit | None:
    """Round 35: the border or frontier word that places strain `h` at a border, or None.

    "सीमा पर तनाव के बीच …", "एलएसी पर गतिरोध के बाद …", "सरहद पर कशीदगी": tension, a standoff or a dispute
    at a border is one between neighbours (India and China, India and Pakistan), and Russia borders neither
    India nor Pakistan, so it is never the ties of a target pair; the unit's other predicates decide. A
    border word (`stance.border.places`) within `BORDER_WINDOW` words before the strain word, in its clause.
    """
    if family_of(h) != "strain":
        return None
    idx = unit.index
    return next(
        (
            b
            for b in unit.of("border_place")
            if b.end <= h.start
            and idx.tokens_between(b.end, h.start) <= BORDER_WINDOW
            and not idx.clause_break_between(b.end, h.start)
        ),
        None,
    )


def presser_of(noun: Hit, states_at: Sequence[tuple[Hit, str]], idx: TokenIndex) -> tuple[Hit, str] | None:
    """The state named as the one behind a pressure noun, with the hit naming it, or None.

    The state right before the noun ("अमेरिकी दबाव", "अमेरिका के दबाव को"), or else the first
    state named before it in its clause, the agent ("पश्चिमी देशों ने भारत पर … का दबाव").
    Read by `pressure_refused` (round 21) and `stance.without_pressers` (round 22).
    """
    before = [(m, g) for m, g in states_at if m.end <= noun.start and not idx.clause_break_between(m.end, noun.start)]
    owner = [(m, g) for m, g in before if idx.tokens_between(m.end, noun.start) <= 1]
    return owner[-1] if owner else before[0] if before else None


def demanded(h: Hit, unit: UnitText) -> Hit | None:
    """Round 21: the "should" (चाहिए) or "whether" (क्या) that makes a regard for the partner a demand, or None.

    "रूस को भारत की चिंताओं का ख्याल रखना चाहिए" asks of Russia what the reassurance family would
    state as done, and "सवाल यह है कि क्या रूस … हितों का ख्याल रखेगा" doubts it: a regard demanded or
    in question is none given (the codebook's strain; A, B, I: both coders against). Only the
    reassurance family, a चाहिए within three words after it or a क्या before it, in its clause.
    """
    if family_of(h) != "reassurance":
        return None
    idx = unit.index
    asked = [
        q for q in unit.of("pressure_questions") if q.end <= h.start and not idx.clause_break_between(q.end, h.start)
    ]
    if asked:
        return asked[-1]
    return next(
        (
            d
            for d in unit.of("pressure_demands")
            if d.start >= h.end
            and idx.tokens_between(h.end, d.start) <= 3
            and not idx.clause_break_between(h.end, d.start)
        ),
        None,
    )


def diplomatic_failure(unit: UnitText, target_id: str, rules: StanceRules, own_at: Sequence[int]) -> Hit | None:
    """Round 22: a failure word (setback_failure) of a party's diplomacy, or None.

    "यह भारत की कूटनीति की विफलता है", "मोदी सरकार की विदेश नीति की नाकामी", "भारत के लिए कूटनीतिक
    नाकामी": a diplomacy word (`stance.hurt.diplomacy`) at most two words before the failure, and the
    party (`own_at`: where the unit names it) at most four words before the diplomacy word, in one
    clause. A failure of something else ("ड्रोन हमलों को नाकाम करने") or a diplomacy with no party before
    it ("सरकार की कूटनीतिक नाकामी": the story's carry reads that one) is none.
    """
    idx = unit.index
    words = unit.of("hurt_diplomacy")
    for h in (h for h in predicate_hits(unit, target_id, rules) if family_of(h) == "setback_failure"):
        for d in (d for d in words if d.end <= h.start and idx.tokens_between(d.end, h.start) <= 2):
            if idx.clause_break_between(d.end, h.start):
                continue
            if any(
                s < d.start and idx.tokens_between(s, d.start) <= 4 and not idx.clause_break_between(s, d.start)
                for s in own_at
            ):
                return h
    return None
