"""Step 2 of coding: which frames a unit's own words carry.

A frame applies when one of its cues, or a named mention of one of its `mentions`
groups (a place id or an actor's side), occurs in the unit. Pronouns never carry a
frame: "हम इसका स्वागत करते हैं" is about diplomacy only, whatever the previous unit said.

Generic words have other senses in ordinary news: a यात्रा is any trip, a बैठक any
meeting, a सीमा a district's border, a छूट a shop's discount, a हेलीकॉप्टर a flower
shower. The codebook lists them as a frame's
`context_cues`: they apply the frame only in an international context, i.e. when the
unit names at least `frame_context.min_countries` countries (places, demonyms,
capitals, or actors of a state) or one of the `frame_context.markers` ("दोनों देश",
"विदेश मंत्री", "द्विपक्षीय"), or when the article is about a stance target (an earlier
unit named all its parties). The codebook's frame definitions are about relations
between states; this is that condition. A frame's `official_cues` (a trip, an arrival)
need, besides, a state's person in the unit (a gazetteer actor of a state, or an official
role noun) unless the article is about a target pair: a traveller's trip is not a visit. In a pair story a
verb of moving (arriving, leaving, coming) still needs a traveller in its clause, a state's person or a word
of `frame_context.travellers` (a delegation, a person's pronoun): goods and ships move too (round frames45).
A frame's `place_official_cues` (a stay in a state, a return from one) apply right after a
place name and only with a state's person named, in a pair story too: students in a country
or travellers back from it make no visit.
Two guards come from the codebook's v1.1 rules: a `frame_context.source_frames` frame whose
cues all lie in a statement's source phrase ("सेना के प्रमुख जनरल X ने कहा कि …") is not applied
(the source of a statement is not its subject), and a frame's `tension_cues` do not apply when
the unit names two or more states of which none are neighbours (tension between neighbours).
Round frames6 (real news) added two readings of how a state is named: a `frame_context.scene`
place right before a locative ("चीन में 80 नए मामले", "अमेरिका स्थित") is the scene of an event,
not a great power, and does not apply the scene frames; a state's person, a place, "में" and a
comma ("राजनाथ मॉस्को में, …") is a stay told as a headline, a visit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from analysis.codebook import Codebook, Hit
from analysis.cues import Cue, UnitText, groups_of
from analysis.normalize import norm


def countries_named(mentions: Sequence[Hit], codebook: Codebook) -> list[str]:
    """The states a unit names, in codebook order: places with a state actor, and actors' states.

    "the West" is a place without a state actor and does not count; an actor counts
    for its side when the side is a place ("लावरोव" → russia) and for its `country`.
    """
    named = {g for h in mentions for g in groups_of(h, codebook) if g in codebook.states}
    return [p for p in codebook.places if p in named]


def international_context(
    unit: UnitText, mentions: Sequence[Hit], codebook: Codebook, article_pair: Collection[str] = ()
) -> str:
    """Why the unit is about relations between states ("" when it is not): what context cues need.

    The article's pair (a stance target whose parties an earlier unit named) is context
    too: in a story about Russia–Pakistan ties a बातचीत is the states' talks, whoever the
    unit names (one sense per story; the frame still comes from the unit's own word).
    """
    marker = unit.of("frame_context")
    if marker:
        h = marker[0]
        return f"marker '{unit.show(h.start, h.end)}'"
    need = codebook.context_min_countries
    if need and not article_pair and _most_states(unit, mentions) < need:
        return ""  # too few names for the states needed and no pair (most units asked): no context either way
    countries = countries_named(mentions, codebook)
    countries += [s for s in states_by_place_cue(unit, codebook) if s not in countries]
    if codebook.context_min_countries and len(countries) >= codebook.context_min_countries:
        return "countries named: " + ", ".join(countries)
    if article_pair and codebook.context_min_countries:
        return "the article's pair: " + ", ".join(sorted(article_pair))
    return ""


def _most_states(unit: UnitText, mentions: Sequence[Hit]) -> int:
    """At most how many states `international_context` can count: a bound, without looking any up.

    A place names at most one state and an actor at most two (its side and its country, `groups_of`);
    a place cue adds at most one (`states_by_place_cue`). Below the codebook's minimum, the count
    itself need not be taken: it is below it too.
    """
    return len(mentions) + sum(1 for h in mentions if h.kind != "place") + len(unit.of("frame_context_cue"))


def states_by_place_cue(unit: UnitText, codebook: Codebook) -> list[str]:
    """States named by a place among the context cues of the frame that bears the state's id (round frames8).

    The `india` frame's context cues are India's states and cities the gazetteer does not hold ("उज्जैन",
    "पंजाब", "लखनऊ"); the codebook counts "an Indian place" as India. Beside another state ("इटली से
    अमृतसर लौटे", "रूसी दल इंदौर पहुंचा") such a place makes two states named: an international context.
    Alone it is a district report at home and stays without one; a dateline ("भोपाल।") names no state.
    India in another register or by an institution no other state has ("इंडिया और रशिया के रिश्ते", "इसरो और
    रूसी अंतरिक्ष एजेंसी") is such a context cue (round frames45), outside the frame's exempt phrases ("हिंद
    महासागर" is an ocean).
    """
    hits = unit.of("frame_context_cue")
    exempt = [(h.start, h.end) for h in unit.of("frame_exempt") if h.name in codebook.states]
    return sorted(
        {
            h.name
            for h in hits
            if h.name in codebook.states
            and not _opens_dateline(unit, h)
            and not _signs_off(unit, h)
            and not any(s <= h.start and h.end <= e for s, e in exempt)
        }
    )


def official_named(unit: UnitText, mentions: Sequence[Hit], codebook: Codebook) -> str:
    """A state's person named in the unit ("" when none): who makes a trip a visit.

    A gazetteer actor that stands for a state ("लावरोव", "ट्रंप"), or a role noun of the
    `frame_context.officials` groups ("मंत्री", "राजदूत", "प्रधानमंत्री").
    """
    first = next(iter(_officials(unit, mentions, codebook)), None)
    return f"'{unit.show(first.start, first.end)}'" if first else ""


_ARRIVAL = (norm("पहुं"), norm("पहुँ"))


def _arrival(hit: Hit) -> bool:
    """An arrival verb among the official cues ("पहुंचे", "पहुंच गई"): goods and troops arrive too."""
    return hit.pattern.startswith(_ARRIVAL)


_MOVING = (*_ARRIVAL, norm("रवाना"), norm("आने"), norm("आएं"))


def _moving(hit: Hit) -> bool:
    """An arrival, a departure or a coming among the official cues ("पहुंचा", "रवाना होगा", "आने की", "आएंगी")."""
    return hit.pattern.startswith(_MOVING)


_WORD = re.compile(r"[^\s।,.:;!?\"'()]+")


def _movers(unit: UnitText, mentions: Sequence[Hit], codebook: Codebook) -> list[int]:
    """Where a traveller stands: a state's person, or a word of `frame_context.travellers` (a delegation, a pronoun).

    The traveller words are read as words, not cues: a cue word before "ने" would no longer be read as an
    unlisted speaker's name (analysis.attribution.unlisted_agent), and "दल ने कहा" must stay a speaker.
    """
    people = [h.start for h in _officials(unit, mentions, codebook)]
    words = codebook.context_travellers
    return people + [m.start() for m in _WORD.finditer(unit.text) if m.group() in words] if words else people


def _travelled(unit: UnitText, hit: Hit, movers: Sequence[int]) -> bool:
    """Whether a traveller (a state's person, a delegation, a person's pronoun) is in the moving verb's own clause."""
    return any(not unit.index.clause_break_between(p, hit.start) for p in movers)


def _officials(unit: UnitText, mentions: Sequence[Hit], codebook: Codebook) -> list[Hit]:
    """Every state's person the unit names (`official_named` gives the first): gazetteer actors of a state, role nouns."""
    people = [h for h in mentions if h.kind == "actor" and set(groups_of(h, codebook)) & codebook.states]
    return people + [h for h in unit.of("role") if h.name in codebook.context_officials]


def _context_hits(
    unit: UnitText, mentions: Sequence[Hit], codebook: Codebook, article_pair: Collection[str]
) -> list[tuple[Hit, str]]:
    """Context, yielding and official cues that apply, each with the context that lets it (for `explain`).

    Yielding cues need the context of a context cue; whether their frame yields is decided
    later (`_yield`), once the unit's other frames are known.
    """
    ctx_cues = unit.of("frame_context_cue") + unit.of("frame_yielding_cue")
    off_cues, place_cues = unit.of("frame_official_cue"), unit.of("frame_place_cue")
    stays, near = unit.of("frame_place_official_cue"), unit.of("frame_neighbour_cue")
    pair_only = unit.of("frame_normalisation_cue")
    tension = unit.of("frame_tension_cue")
    # "X मॉस्को में, …"; the pattern ends in a comma or colon, so a unit without either (COVID: 7 in 10) is
    # not scanned by it: `_STAY` opens with a class the regex engine tries at every position
    told = ("," in unit.text or ":" in unit.text) and _STAY.search(unit.text) is not None
    normalised = _between_the_pair(pair_only, mentions, codebook)  # needs no international context of its own
    if not ctx_cues and not off_cues and not place_cues and not stays and not near and not tension and not told:
        return normalised
    context = international_context(unit, mentions, codebook, article_pair)
    if not context:
        return normalised
    out = [
        (h, f"{h.pattern} (in context: {context})")
        for h in ctx_cues
        if not _opens_dateline(unit, h) and not _signs_off(unit, h)
    ]
    out += _not_between_strangers(tension, mentions, codebook, context)
    out += _between_neighbours(near, mentions, codebook) + normalised
    pair = context.startswith("the article's pair")
    official = official_named(unit, mentions, codebook) if stays or told or (off_cues and not pair) else ""
    if pair:
        # in a pair story too, a verb of moving is a visit only with a traveller in its clause: a consignment, a ship
        # or prices "arrive" ("पहली खेप मार्च तक आने की उम्मीद", "जहाज ओमान के रास्ते पहुंचा") (round frames45)
        movers = _movers(unit, mentions, codebook) if off_cues else []
        out += [
            (h, f"{h.pattern} (in context: {context})")
            for h in off_cues
            if not _moving(h) or _travelled(unit, h, movers)
        ]
    elif official:
        # an arrival needs the state's person in its own clause: "तेल की पहली खेप कराची पहुंची, शहबाज़ बोले …" is goods
        # arriving, whoever speaks in the next clause (round frames44); a trip noun (यात्रा, दौरा) is a visit as before
        people = _officials(unit, mentions, codebook) if any(_arrival(h) for h in off_cues) else []
        out += [
            (h, f"{h.pattern} (in context: {context}; official {official})")
            for h in off_cues
            if not _arrival(h) or any(not unit.index.clause_break_between(p.start, h.start) for p in people)
        ]
    # a stay, a return or a genitive trip is a visit only when a state's person is named, in a pair story too
    if official:
        out += _after_place(unit, mentions, stays, f"{context}; official {official}")
        out += _headline_stay(unit, mentions, codebook, f"{context}; official {official}")
    return out + _after_place(unit, mentions, place_cues, context)  # the trip word's own evidence comes first


def _after_place(unit: UnitText, mentions: Sequence[Hit], cues: Sequence[Hit], context: str) -> list[tuple[Hit, str]]:
    """Place cues right after a place name: a trip to a state ("रूस यात्रा", "पाकिस्तान जाएंगे").

    The place names where the trip goes, so no official need be named; a bare "जाएंगे"
    elsewhere is an auxiliary ("किए जाएंगे") and applies nothing. A particle may stand between
    ("लाहौर भी जाएंगे", "मॉस्को ही लौटे").
    """
    places = [m for m in mentions if m.kind == "place"]
    out = []
    for h in cues:
        m = next((m for m in places if m.end <= h.start and _adjacent(unit, m.end, h.start)), None)
        if m is not None:
            out.append((h, f"{h.pattern} (after '{unit.show(m.start, m.end)}'; in context: {context})"))
    return out


_STAY = re.compile(rf"\s{re.escape(norm('में'))}\s*[,:]")  # "राजनाथ मॉस्को में, …": a stay told in a headline


def _headline_stay(unit: UnitText, mentions: Sequence[Hit], codebook: Codebook, context: str) -> list[tuple[Hit, str]]:
    """A stay in a state told as a headline does: a state's person, the place, "में" and a comma.

    "रक्षा मंत्री राजनाथ मॉस्को में, …" is a visit (v1.1 "arrivals and visits in any verb form"); the
    person must stand before the place in the same clause, so that "वहीं रूस में, भारत के राजदूत ने कहा …"
    (an envoy where he serves) is not. Applies the frames that have `place_official_cues` (a stay).
    """
    frames = [f["id"] for f in codebook.raw["frames"] if f.get("place_official_cues")]
    people = [h for h in mentions if h.kind == "actor" and set(groups_of(h, codebook)) & codebook.states]
    people += [h for h in unit.of("role") if h.name in codebook.context_officials]
    out = []
    for m in (m for m in mentions if m.kind == "place"):
        stay = _STAY.match(unit.text, m.end)
        who = next(
            (p for p in people if p.end <= m.start and not unit.index.clause_break_between(p.end, m.start)), None
        )
        if stay and who and frames:
            hit = Hit("frame_place_official_cue", frames[0], "X में, (a stay in a headline)", m.start, stay.end())
            why = f"{hit.pattern} ('{unit.show(who.start, who.end)}' in '{unit.show(m.start, m.end)}'; in context: {context})"
            out += [(hit._replace(name=f), why) for f in frames]
    return out


_PARTICLES = frozenset(norm(w) for w in ("भी", "ही"))


def _adjacent(unit: UnitText, end: int, start: int) -> bool:
    """Nothing but spaces, or one particle ("भी", "ही"), lies between a place and the word after it."""
    between = unit.index.tokens_between(end, start)
    return between == 0 or (between == 1 and unit.text[end:start].split() in ([p] for p in _PARTICLES))


def _between_neighbours(cues: Sequence[Hit], mentions: Sequence[Hit], codebook: Codebook) -> list[tuple[Hit, str]]:
    """Neighbour cues when the unit names two neighbouring states (`frame_context.neighbours`).

    Restraint or differences between India and Pakistan are the region's tension (v1.1);
    between Russia and the US they are not.
    """
    if not cues:
        return []
    _, pair = _neighbours_named(mentions, codebook)
    if pair is None:
        return []
    return [(h, f"{h.pattern} (neighbours named: {', '.join(pair)})") for h in cues]


def _between_the_pair(cues: Sequence[Hit], mentions: Sequence[Hit], codebook: Codebook) -> list[tuple[Hit, str]]:
    """Normalisation cues when the unit names the two states of a `frame_context.normalisation` pair and no other.

    The definition's "India–Pakistan border or normalisation" (round frames44): "मोदी और नवाज शरीफ की मुलाकात",
    "इमरान से दूरी" in a story of India's prime minister are the neighbours' relations, their tension or its
    reduction; a meeting of India and China, or Russia's talks with Pakistan watched by India, are not.
    """
    if not cues:
        return []
    named = set(countries_named(mentions, codebook))
    pairs = codebook.raw.get("frame_context", {}).get("normalisation", [])
    pair = next((p for p in pairs if set(p) == named), None)
    if pair is None:
        return []
    return [(h, f"{h.pattern} (only the pair named: {', '.join(pair)})") for h in cues]


def _neighbours_named(mentions: Sequence[Hit], codebook: Codebook) -> tuple[set[str], list[str] | None]:
    """The states the unit names, and the first `frame_context.neighbours` pair among them (None: no two neighbours)."""
    named = set(countries_named(mentions, codebook))
    pairs = codebook.raw.get("frame_context", {}).get("neighbours", [])
    return named, next((p for p in pairs if set(p) <= named), None)


_DATELINE_TAIL = re.compile(r"(?:\s*[/,][^।:]{0,30})?\s*(?:\([^)]{0,20}\))?\s*[।:]")


def _opens_dateline(unit: UnitText, hit: Hit) -> bool:
    """A context word that opens the unit as its dateline ("भोपाल।", "इंदौर/मॉस्को।", "गोवा :").

    The gazetteer's datelines are dropped when the unit is matched; a city the gazetteer
    does not hold (an Indian city as the `india` frame's context cue) says where the
    story was filed, not what it is about.
    """
    return not unit.text[: hit.start].strip(' "') and _DATELINE_TAIL.match(unit.text, hit.end) is not None


_SIGNATURE = re.compile(r"\s*[—–-]")
_SIGNATURE_TAIL = re.compile(r"[\s।.)\"']*$")


def _signs_off(unit: UnitText, hit: Hit) -> bool:
    """A context word that ends a signature: a dash, a name, a comma and the town ("— सुरेश कुमार, रोहतक") (frames15).

    A reader's letter or a column is signed with where the writer lives: like a dateline, that place says who wrote,
    not what the story is about. The unit opens with the dash and the cue ends it.
    """
    return _SIGNATURE.match(unit.text) is not None and _SIGNATURE_TAIL.match(unit.text, hit.end) is not None


def _not_between_strangers(
    cues: Sequence[Hit], mentions: Sequence[Hit], codebook: Codebook, context: str
) -> list[tuple[Hit, str]]:
    """Tension cues, unless the unit names two or more states and no two of them are neighbours.

    v1.1 puts "tension and its reduction between neighbours" in `regional`; ties strained
    between Islamabad and Moscow, or between Russia and Ukraine, are not the region's
    tension. A unit that names one state or none (a marker, the article's pair: "दोनों
    देशों के बीच तनाव" in an India–Pakistan story) keeps the cue.
    """
    if not cues:
        return []
    named, pair = _neighbours_named(mentions, codebook)
    if len(named) >= 2 and pair is None:
        return []
    return [(h, f"{h.pattern} (in context: {context}; no two states apart named)") for h in cues]


def _source_end(unit: UnitText) -> int:
    """Where the unit's source phrase ends (0 when it names none): "X ने कहा", "X के मुताबिक".

    The source is the noun phrase before an attribution ("के मुताबिक", "का कहना है") that
    no "ने" precedes (after a subject "के अनुसार" is "as per": "मॉस्को ने अभ्यास कार्यक्रम के
    अनुसार कराया"), or before the "ने" of a speech verb at most `_SOURCE_GAP` words later
    ("X ने नाम न छापने की शर्त पर बताया").
    """
    attribution = unit.of("attribution")
    ne = [h for h in unit.of("source_before") if h.pattern == "ने"]
    if attribution and not any(h.end <= attribution[0].start for h in ne):
        return attribution[0].start
    verbs = unit.of("speech_verb")
    if not verbs:
        return 0
    before = [h for h in ne if h.end <= verbs[0].start]
    if before and unit.index.tokens_between(before[-1].end, verbs[0].start) <= _SOURCE_GAP:
        return before[-1].start
    return 0


_SOURCE_GAP = 8  # words between a speaker's "ne" and the speech verb ("ने नाम न छापने की शर्त पर बताया")
# words that end a noun phrase: a case marker other than the genitive, or a time or place relation. A frame word
# followed by one of them before the "ne" is another argument ("ऑपरेशन सिंदूर पर रूस ने क्या कहा?"), not the source
_NOT_IN_SOURCE = frozenset({"ने", "पर", "में", "से", "को", "तक", "बीच", "दौरान", "बाद", "पहले", "लिए", "बारे"})


def _in_source(unit: UnitText, hit: Hit, end: int) -> bool:
    """The hit lies in the source phrase that ends at `end`: no clause break, no other argument between."""
    if hit.end > end or unit.index.clause_break_between(hit.end, end):
        return False
    return not _NOT_IN_SOURCE.intersection(unit.text[hit.end : end].split())


def _not_source_only(unit: UnitText, fired: dict[str, list[tuple[Hit, str]]], codebook: Codebook) -> None:
    """Drop a `frame_context.source_frames` frame whose cues all lie in the statement's source (in place).

    v1.1: the source of a statement is not its subject. "पाकिस्तानी सेना के प्रमुख जनरल X ने
    कहा कि …" or "ऊर्जा मंत्रालय के एक अधिकारी ने बताया …" is military or economy only when
    what is said is; a frame named after the speech verb, or outside the source phrase, stays.
    Mentions (an Indian speaker invokes India) are not cues and stay.
    """
    frames = codebook.raw.get("frame_context", {}).get("source_frames", [])
    end = _source_end(unit) if any(fired.get(f) for f in frames) else 0
    if not end:
        return
    for f in frames:
        hits = fired.get(f, [])
        if hits and all(h.kind.startswith("frame") and _in_source(unit, h, end) for h, _ in hits):
            fired[f] = []


def _not_exempt(unit: UnitText, fired: list[tuple[Hit, str]], frame: str) -> list[tuple[Hit, str]]:
    """The hits of `frame` outside its `exempt_cues` phrases.

    An exempt phrase is a source or another sense of the frame's word: "रक्षा विशेषज्ञ"
    names who speaks, not defence (v1.1: a statement's source is not its subject);
    "रक्षा संबंध" are defence ties, coded by their content, not the relationship as such.
    """
    spans = [(h.start, h.end) for h in unit.of("frame_exempt") if h.name == frame]
    if not spans:
        return fired
    return [(h, p) for h, p in fired if not any(s <= h.start and h.end <= e for s, e in spans)]


def _yield(frames: Sequence[str], fired: dict[str, list[tuple[Hit, str]]], codebook: Codebook) -> None:
    """Drop the yielding cues of a frame whose `yields_to` frames fired (in place).

    The codebook's rule for agreements: one whose content is named is coded by its content.
    Signing a defence pact is `military`, not `diplomacy`; buying weapons is the supply of
    equipment (`military`), not trade (`economy`).
    """
    for f in codebook.frames:
        if f.yields_to and fired.get(f.id) and set(f.yields_to) & set(frames):
            fired[f.id] = [(h, p) for h, p in fired[f.id] if h.kind != "frame_yielding_cue"]


@functools.lru_cache(maxsize=8)
def _scene_pattern(after: tuple[str, ...], within: tuple[str, ...]) -> re.Pattern:
    """What follows a place named as a scene: a locative ("में", "स्थित") or a place inside it ("के वुहान शहर").

    The codebook's phrases in the matching form (`norm`); "ही"/"भी" may come between ("अमेरिका में ही").
    Compiled once per codebook (the phrases are the cache key), not once per unit.
    """
    words = "|".join(re.escape(norm(a)) for a in sorted(after, key=len, reverse=True))
    inside = "|".join(re.escape(norm(w)) for w in within)
    inner = rf"|{re.escape(norm('के'))}(?:\s+\S+){{1,2}}\s+(?:{inside})" if inside else ""
    particle = "|".join(re.escape(norm(w)) for w in ("ही", "भी"))
    return re.compile(rf"\s*(?:(?:{particle})\s+)?(?:{words}{inner})(?!\S)")


def _scene_mentions(unit: UnitText, mentions: Sequence[Hit], codebook: Codebook) -> tuple[frozenset[str], set[Hit]]:
    """The `frame_context.scene` frames, and the mentions of its places that only say where something happens.

    The codebook lists China and the US under `geopolitics` as great powers; "चीन में 80 नए मामले",
    "बेटा अमेरिका में रहता है", "अमेरिका स्थित विश्वविद्यालय", "संक्रमित ने चीन की यात्रा की थी" name the
    country as the scene of an event, where someone lives or went, not as a power: such a mention does not
    apply the scene frames. It still names a state (international context) and counts for every other frame;
    "चीन ने", "चीन से सप्लाई", "चीन के मुकाबले" are not scenes.
    """
    scene = codebook.raw.get("frame_context", {}).get("scene")
    if not scene or not mentions:
        return frozenset(), set()
    frames, places, pattern = _scene_setup(scene)
    found = {h for h in mentions if h.kind == "place" and h.name in places and pattern.match(unit.text, h.end)}
    return frames, found


# `_scene_setup`'s results by the identity of the scene block they were made from (kept with them, so
# that no other object can take its id while it is remembered)
_SCENES: dict[int, tuple[dict, tuple[frozenset[str], frozenset[str], re.Pattern]]] = {}


def _scene_setup(scene: dict) -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """The scene block's frames, places and pattern (`_scene_pattern`), made once per codebook.

    Why: `_scene_mentions` runs for every unit that names something (a 9 MB shard: ~9k), and
    gathering the block's word lists into tuples to look its pattern up cost more than the match.
    """
    kept = _SCENES.get(id(scene))
    if kept is None or kept[0] is not scene:
        after = tuple(p for ps in scene["after"].values() for p in ps)
        within = tuple(p for ps in scene.get("within", {}).values() for p in ps)
        made = (frozenset(scene["frames"]), frozenset(scene["places"]), _scene_pattern(after, within))
        kept = _SCENES[id(scene)] = (scene, made)
    return kept[1]


def _named_as_context_cue(unit: UnitText, frame: str) -> set[Hit]:
    """Mentions worded exactly like one of `frame`'s context cues: they apply only as that cue does (round frames9).

    The `india` frame lists India's cities as context cues (an Indian place is India in an international
    context, a district report at home is not, frames5); a city the gazetteer also holds as India's alias
    ("दिल्ली") is the same city: "दिल्ली में 40 नए मामले" is a report at home, "दिल्ली में रूसी राजदूत …"
    names two states and the cue applies. A longer alias ("नई दिल्ली", the government's seat) is no cue and
    stays a mention. Returns a set matching mentions by span, for `code_frames` to leave out.
    """
    spans = {(h.start, h.end) for h in unit.of("frame_context_cue") if h.name == frame}
    return {h for h in unit.of("place") if (h.start, h.end) in spans} if spans else set()


def _by_frame(hits: Sequence[tuple[Hit, str]]) -> dict[str, list[tuple[Hit, str]]]:
    """Cue hits (with the pattern they show) by the frame they name, each frame's in the order given."""
    out: dict[str, list[tuple[Hit, str]]] = {}
    for hit in hits:
        out.setdefault(hit[0].name, []).append(hit)
    return out


# `_loan_setup`'s results by the identity of the loan block they were made from (as `_SCENES`)
_LOANS: dict[int, tuple[dict, tuple[dict[str, str], frozenset[str], frozenset[str]]]] = {}


def _loan_setup(block: dict) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """The loan block's words (matching form → place id) and the words that make them part of a name."""
    kept = _LOANS.get(id(block))
    if kept is None or kept[0] is not block:
        names = {norm(w): place for place, ws in block["names"].items() for w in ws}
        made = (
            names,
            frozenset(norm(w) for w in block.get("not_after", [])),
            frozenset(norm(w) for w in block.get("not_before", [])),
        )
        kept = _LOANS[id(block)] = (block, made)
    return kept[1]


def _loan_mentions(unit: UnitText, mentions: Sequence[Hit], codebook: Codebook) -> list[Hit]:
    """States named by an English loan (`frame_context.loan_names`: "इंडिया", "इंडियन"), as place mentions (frames15).

    Read as words here, not matched as cues, so that the speaker rules still read "एयर इंडिया ने कहा" as a speaker
    (a cue word before ने stops an unlisted agent, analysis.attribution.unlisted_agent): frames11 and frames45 left the
    loan out for that reason. A word already inside a mention, or next to a word that makes it part of an outlet's
    name ("टाइम्स ऑफ इंडिया", "इंडिया टुडे"), names no state here.
    """
    block = codebook.raw.get("frame_context", {}).get("loan_names")
    if not block:
        return []
    names, not_after, not_before = _loan_setup(block)
    if not any(w in unit.text for w in names):
        return []
    words = list(_WORD.finditer(unit.text))
    out = []
    for i, m in enumerate(words):
        place = names.get(m.group())
        if place is None or any(h.start <= m.start() < h.end for h in mentions):
            continue
        if (i and words[i - 1].group() in not_after) or (i + 1 < len(words) and words[i + 1].group() in not_before):
            continue
        out.append(Hit("place", place, f"{m.group()} (English loan)", m.start(), m.end()))
    return out


def code_frames(
    unit: UnitText, mentions: Sequence[Hit], codebook: Codebook, article_pair: Collection[str] = ()
) -> tuple[tuple[str, ...], list[Cue]]:
    """The frames of one unit in codebook order, and the cues that fired each."""
    mentions = [*mentions, *_loan_mentions(unit, mentions, codebook)]
    frame_hits = unit.of("frame")
    in_context = _context_hits(unit, mentions, codebook, article_pair)
    if not frame_hits and not in_context and not mentions:
        return (), []  # nothing that could fire a frame (most units): skip the loop over frames
    grouped = [(h, set(groups_of(h, codebook))) for h in mentions]  # once per mention, not per frame
    scene_frames, scenes = _scene_mentions(unit, mentions, codebook)
    fired: dict[str, list[tuple[Hit, str]]] = {}
    own, applied = _by_frame([(h, h.pattern) for h in frame_hits]), _by_frame(in_context)  # once, not per frame
    # a unit with no exempt phrase keeps every hit (`_not_exempt`), and one with no context cue worded as a
    # mention sets none aside (`_named_as_context_cue`): asked once per unit, not once per frame
    exempt, context_cues = unit.of("frame_exempt"), unit.of("frame_context_cue")
    for f in codebook.frames:
        hits = [*own.get(f.id, ()), *applied.get(f.id, ())]
        if f.mentions and grouped:
            skip = _named_as_context_cue(unit, f.id) if context_cues else set()
            skip |= scenes if f.id in scene_frames else set()
            hits += [(h, h.pattern) for h, groups in grouped if not groups.isdisjoint(f.mentions) and h not in skip]
        fired[f.id] = _not_exempt(unit, hits, f.id) if exempt else hits
    _not_source_only(unit, fired, codebook)
    _yield([f for f, hits in fired.items() if any(h.kind != "frame_yielding_cue" for h, _ in hits)], fired, codebook)
    frames = tuple(f.id for f in codebook.frames if fired[f.id])
    cues = [unit.cue("frames", f, pattern, h.start, h.end) for f in frames for h, pattern in fired[f]]
    return frames, cues
