"""Load, validate and compile a codebook file.

The codebook (config/codebook.yaml by default) is the research design in data form:
frames, stance targets, voice rules, actors, places and their cue patterns. Researchers
change the codebook, not the coder; so this module checks the file strictly (JSON schema,
then cross-references) and tells the user which key is wrong, and it compiles every cue
of every variable into one Aho–Corasick automaton, once, so coding a unit is a single
linear scan of its matching form whatever the number of cues.
"""

from __future__ import annotations

import functools
import itertools
import json
import operator
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import ahocorasick

from analysis.catalog import schema_resource
from analysis.errors import UserError
from analysis.normalize import norm
from analysis.settings import bytes_digest, read_yaml_digest
from analysis.vocab import WORD_CLASS, is_word_char

if TYPE_CHECKING:  # imported where a codebook is checked (`_validate_schema`), not by every job
    import jsonschema

SCHEMA_PATH = schema_resource("codebook")  # analysis/schemas/, read with importlib.resources
# Set by a workflow run once its start has checked the codebook (the Snakefile's `onstart`): the
# `checked_token` of the file it checked, which its jobs inherit (see `load_codebook`).
CHECKED_ENV = "HMA_CODEBOOK_CHECKED"


# ----------------------------------------------------------------------------- records
@dataclass(frozen=True)
class CueDef:
    """One cue pattern and what it stands for (kind + name, e.g. frame/military)."""

    kind: str
    name: str
    pattern: str  # as written in the codebook
    key: str  # matching form, without the trailing `*`
    prefix: bool  # word family: the match may continue into the rest of the word


class Hit(NamedTuple):
    """A cue found in a unit's matching form; span [start, end) in that form.

    A named tuple, not a frozen dataclass: a shard of 30k units makes ~130k hits, and the
    matcher builds a tuple in one C call (`_new_hit`) where a frozen dataclass sets each
    field through `object.__setattr__`. Equality and hash are the dataclass's (the fields
    in order), so sets and dicts of hits iterate as before.
    """

    kind: str
    name: str
    pattern: str
    start: int
    end: int


# what `_with_particles` appends to a listed pattern it let a particle into ("खबर है (+भी)")
PARTICLE_NOTE = " (+"


def listed_pattern(h: Hit) -> str:
    """The pattern as the codebook lists it, without the note of a particle the matcher let in.

    >>> listed_pattern(Hit("speech_verb", "report", "खबर है (+भी)", 0, 9))
    'खबर है'
    """
    return h.pattern.split(PARTICLE_NOTE)[0]


@dataclass(frozen=True)
class Frame:
    id: str
    label: dict[str, str]
    definition: str
    rules: tuple[str, ...]
    pfc: str
    mentions: tuple[str, ...]
    yields_to: tuple[str, ...] = ()  # frames whose presence silences this frame's yielding_cues


@dataclass(frozen=True)
class Target:
    id: str
    label: dict[str, str]
    definition: str
    rules: tuple[str, ...]
    parties: tuple[str, ...]


@dataclass(frozen=True)
class Actor:
    id: str
    side: str
    label: str
    country: str = ""  # a place id: naming the actor names that country too (third states)


@dataclass(frozen=True)
class Place:
    id: str
    actor: str
    label: str
    official: str = ""  # the actor of the place's unnamed officials ("रूसी राजदूत")


@dataclass(frozen=True)
class RoleGroup:
    """Role nouns that name a speaker without a name, and how they resolve to an actor.

    `resolves`: "official" → the named country's official actor, "state" → its state
    actor, "fixed" → always `default`; `default` also applies when no country is named.
    """

    id: str
    resolves: str
    default: str
    # "home": with no country named, the study's home country (v1.2); "home_named": the home
    # country only when the unit names it, else `default` (v1.3 reading of the v1.1 rule)
    no_country: str = "default"


@dataclass(frozen=True)
class VoiceRules:
    """Scalar settings of the voice/speaker rules (their patterns live in the matcher)."""

    quote_state_resets_at: str
    direct_speech_punctuation: frozenset[str]
    source_window_tokens: int
    welcome_window_tokens: int
    trailing_source_separators: frozenset[str]
    agentless_resolves_to_last_speaker: bool
    unresolved_speaker: str = ""  # actor id of an attributed unit whose speaker nothing resolves
    role_window_tokens: int = 4  # a role's country is named at most this many words before it
    home_country: str = ""  # speaker_roles.home: the place id of the outlets' own country (v1.2)
    term_max_tokens: int = 0  # quotation marks around at most this many words mark a term, not speech (v1.1)
    oblique_postpositions: frozenset[str] = frozenset()  # a word after a name that makes it no subject
    story_country: str = ""  # speakers round 12: the foreign state a story is about (`attribution.with_story`)
    scene_country: str = ""  # speakers round 22: the one foreign state the latest units name (`attribution.with_scene`)


@dataclass(frozen=True)
class StanceRules:
    on_tie: str
    carry_within_tokens: int
    negation_before_tokens: int
    negation_after_tokens: int
    clause_breaks: frozenset[str]
    intensifiers: tuple[str, ...] = ()  # predicate families that intensify an against predicate before them
    intensifier_window: int = 2
    implied_partner_families: frozenset[str] = frozenset()  # name one party, the article's pair is meant
    story_pair_families: frozenset[str] = frozenset()  # name no state, in a story about one pair: that pair
    main_pair_families: frozenset[str] = frozenset()  # name no state, in a story of two pairs: its main pair
    pair_only_families: frozenset[str] = frozenset()  # count only when no outside state is named
    discussion_window: int = 0  # a predicate this many words before a discussion cue is merely discussed
    discussion_exempt: frozenset[str] = frozenset()  # families a discussion does not set aside
    greeting_families: frozenset[str] = frozenset()  # a welcome of a person is a greeting, no stance
    greeting_window: int = 1
    condemn_families: frozenset[str] = frozenset()  # protest at violence is no stance toward the ties
    condemn_window: int = 3
    objection_families: frozenset[str] = frozenset()  # a worry or objection: whose it is decides (round 7)
    objection_targets: frozenset[str] = frozenset()  # targets whose own party's objection to a shared-party act counts
    drift_families: frozenset[str] = frozenset()  # round 12: an epithet of these families in the past, then "now"
    request_window: int = 0  # a predicate this many words before a request cue is only requested (round 7)
    thwarted_window: int = 0  # a favor aim this many words before an effort dealt a setback (stance 47)
    mediation_window: int = 0  # a predicate this many words after a mediation noun is about it (round 20)
    # (family, polarity, window, either order, object first) by index; object first (round 21): the hit spans
    # both parts, so the first part's own cue ("दोस्ती" in "दोस्ती से धोखा") counts no more
    compounds: tuple[tuple[str, str, int, bool, bool, bool, bool, bool], ...] = ()
    # round 44: the word sequences that may stand between a `negated_only` compound's parts (`negation.light_verb_negators`)
    light_verb_negators: tuple[tuple[str, ...], ...] = ()
    # round 17: the plain-text word lists of `stance.name_guards` (read after a name, not matched as cues)
    occupied: tuple[str, ...] = ()  # a state's name made part of a region's ("पाक-अधिकृत")
    event_nouns: tuple[str, ...] = ()  # a state's name made part of an event's ("यूक्रेन युद्ध")
    event_causes: tuple[str, ...] = ()  # the cause phrase after such an event
    place_events: tuple[str, ...] = ()  # a place made the name of an event there ("उरी हमले")
    place_scenes: tuple[str, ...] = ()  # a place made the scene ("कज़ान में")
    state_nouns: tuple[list[str], ...] = ()  # a state noun after a friend noun ("सहयोगी देश"), one word each
    cause_markers: frozenset[str] = frozenset()  # the concessive_before markers that give a cause
    concession_markers: frozenset[str] = frozenset()  # the concessive_before markers of "despite"
    measures: tuple[str, ...] = ()  # round 33: a state as the measure ("भारत जितनी छूट"): no party
    likeness: tuple[str, ...] = ()  # round 33: "जैसी" after a state, a measure before a noun of terms
    measured_terms: frozenset[str] = frozenset()  # round 33: the nouns of terms ("छूट", "रियायत") measured
    west_tilt_target: str = ""  # round 32: the target India's tilt toward the US or the West drifts (`west_tilt`)
    # stance 53: the plain word lists of `stance.word_lists` (exact words, not matched as cues)
    mention_nouns: frozenset[str] = frozenset()  # stance 40: "का कोई उल्लेख नहीं" (an act not mentioned)
    report_nouns: tuple[str, ...] = ()  # stance 49: a report denied ("खबरों को खारिज किया कि …")
    premature: frozenset[str] = frozenset()  # stance 49: an assumption called premature ("मान लेना जल्दबाज़ी होगी कि")
    vocatives: frozenset[str] = frozenset()  # stance 49: friendship nouns addressing the audience ("दोस्तों, …")
    address_words: frozenset[str] = frozenset()  # stance 49: the words before such a vocative ("मेरे प्यारे")
    opposed_to: tuple[tuple[str, ...], ...] = ()  # stance 55: postpositions of opposition ending a cue ("के खिलाफ")
    vote_nouns: tuple[str, ...] = ()  # stance 55: a vote, the object of a distance word ("मतदान से दूरी")
    resolution_nouns: tuple[str, ...] = ()  # stance 55: a resolution whose words a hit is ("निंदा वाले प्रस्ताव")
    # each target's parties by id (the targets' own list): rules that get a target's id alone read its pair here
    target_parties: Mapping[str, frozenset[str]] = field(default_factory=dict)


_WORD_TAIL = re.compile(WORD_CLASS + "*")  # the same characters as `is_word_char`
_WORD_CHAR = re.compile(WORD_CLASS)  # `is_word_char(text[i])` as one C call: `_WORD_CHAR.match(text, i)`
# every character `is_word_char` rejects but the space (WORD_CLASS is "[...]"): what `Matcher` turns into a
# space; a matching form's many spaces are left alone rather than each replaced by itself
_NON_WORD = re.compile("[^ " + WORD_CLASS[1:])
_HIT_ORDER = operator.itemgetter(3, 4, 0, 1, 2)  # span, then kind, name, pattern (in C)
_KIND_ORDER = operator.itemgetter(0, 3, 4, 1, 2)  # kind first: within a kind, `_HIT_ORDER`
_KIND = operator.itemgetter(0)
_new_hit = tuple.__new__  # `_new_hit(Hit, fields)`: a Hit without the named tuple's Python-level __new__
# what joins the texts of one scan (`Matcher.find_by_kind_many`): no word character, no space, in no key or
# matching form (the forms fold every control character of white space to a space, and hold no other)
_SEP = "\x00"


class Matcher:
    """Every cue of a codebook in two Aho–Corasick automata over matching forms.

    `find` reports each cue occurrence that starts and ends on a word boundary (a
    word-family cue may end inside a word; its span is then widened to the word's end).
    One pass of each automaton finds the cues of all variables at once: linear in text size.

    Keys made of word characters only (most of them, and all the short ones: "न", "व", "ने")
    are matched on the text with every other character turned into a space, each key with
    a space before it (and after it, for an exact cue): the automaton then reports only
    occurrences on word boundaries. Scanned on the text itself, "न" alone is found inside
    every other word (COVID: 188k of 297k raw matches failed the boundary test, each a
    Python step). Keys with a space, hyphen or other mark in them are matched as written.
    """

    def __init__(self, cues: Iterable[CueDef]):
        by_key: dict[str, list[CueDef]] = {}
        for cue in cues:
            by_key.setdefault(cue.key, []).append(cue)
        self._by_key = by_key
        words: dict[str, tuple] = {}
        phrases: dict[str, tuple] = {}
        for key in sorted(by_key):
            # per key, decided once and not per hit: its word-family and exact cues as Hit fields
            family = tuple((c.kind, c.name, c.pattern) for c in by_key[key] if c.prefix)
            exact = tuple((c.kind, c.name, c.pattern) for c in by_key[key] if not c.prefix)
            if _WORD_TAIL.fullmatch(key) is not None:  # every character a word character, in one C call
                # (how far before the automaton's report the text's hit starts, its cues, word family)
                if family:
                    words[" " + key] = (len(key), family, True)
                if exact:
                    words[" " + key + " "] = (len(key) + 1, exact, False)
            else:  # and whether it begins and ends with a word character
                phrases[key] = (len(key), family, exact, is_word_char(key[0]), is_word_char(key[-1]))
        self._words, self._phrases = _automaton(words), _automaton(phrases)
        self._sep_in_keys = any(_SEP in key for key in by_key)  # then texts cannot be joined by it
        self.n_patterns = sum(len(v) for v in by_key.values())
        # every kind a hit can have: a unit's hits by kind start from all of them (`analysis.cues.HitsByKind`)
        self.kinds = tuple(sorted({c.kind for v in by_key.values() for c in v}))
        # every kind without a hit: what a unit's hits by kind are copied from (a plain dict copies in C;
        # `fromkeys` on the dict subclass sets the ~40 keys one Python-level call each). Never mutated.
        self.no_hits: dict[str, tuple] = dict.fromkeys(self.kinds, ())

    @functools.cached_property
    def _automaton(self) -> ahocorasick.Automaton:
        """Every key as written in one automaton: the raw scan the benchmarks take as the coder's floor."""
        automaton = ahocorasick.Automaton()
        for key in sorted(self._by_key):
            automaton.add_word(key, key)
        if self._by_key:
            automaton.make_automaton()
        return automaton

    def split(self, kinds: frozenset[str]) -> tuple[Matcher, Matcher]:
        """(a matcher of every cue but those of `kinds`, a matcher of those), built once per `kinds`.

        Each key is found wherever it stands whatever other keys there are, so the two together
        find exactly this matcher's hits (`analysis.cues.scan_forms` scans a shard with the first).
        """
        parts = self.__dict__.setdefault("_split", {})
        if kinds not in parts:
            cues = [c for key in sorted(self._by_key) for c in self._by_key[key]]
            parts[kinds] = (
                Matcher(c for c in cues if c.kind not in kinds),
                Matcher(c for c in cues if c.kind in kinds),
            )
        return parts[kinds]

    def find(self, text: str) -> list[Hit]:
        """All cue hits in `text` (a matching form), sorted by span then kind."""
        hits = self._scan(text)
        hits.sort(key=_HIT_ORDER)
        return hits

    def find_by_kind(self, text: str) -> dict[str, tuple[Hit, ...]]:
        """`find`'s hits grouped by kind, each kind's in `find`'s order; kinds without a hit left out.

        One C sort by (kind, span, …) and `groupby` per kind: the coder wants hits by kind, and
        this leaves no Python step per hit after the scan.
        """
        return _by_kind(self._scan(text))

    def find_by_kind_many(self, texts: Sequence[str]) -> list[dict[str, tuple[Hit, ...]]]:
        """`find_by_kind` of every text, from one pass of each automaton over all of them.

        A shard's ~30k units are scanned as one text, joined by `_SEP`: no key holds it and the
        boundary tests treat it as the end of a text, so each text's hits are exactly those of
        its own scan (tests/test_codebook_scan.py), with no per-text call, padding or iterator.
        """
        joined = _SEP.join(texts)
        if not texts or joined.count(_SEP) != len(texts) - 1 or self._sep_in_keys:
            return [self.find_by_kind(t) for t in texts]  # a text holding the separator: one scan each
        bounds = list(itertools.accumulate((len(t) + 1 for t in texts), initial=0))
        return list(map(_by_kind, self._scan_joined(joined, bounds)))

    def _scan(self, text: str) -> list[Hit]:
        """The hits of one pass of each automaton over `text`, in the automata's order (unsorted)."""
        return self._scan_joined(text, [0, len(text) + 1])[0] if text else []

    def _scan_joined(self, text: str, bounds: list[int]) -> list[list[Hit]]:
        """The hits of texts joined into `text`, a list per text, spans relative to its start.

        `bounds`: where each text starts, and last the joined length + 1. No key crosses a
        text's end (`find_by_kind_many`), and the automata report hits in the order of their
        ends, so a hit belongs to the text of the previous hit or to a later one.
        """
        buckets: list[list[Hit]] = [[] for _ in bounds[1:]]
        bounds = [*bounds, len(text) + 2]  # a sentinel past every hit
        if self._words is not None:
            self._scan_words(text, bounds, buckets)
        if self._phrases is not None:
            self._scan_phrases(text, bounds, buckets)
        return buckets

    def _scan_words(self, text: str, bounds: list[int], buckets: list[list[Hit]]) -> None:
        """The word keys' pass (`__init__`) over `text` with every other character a space."""
        tail, new = _WORD_TAIL.match, _new_hit
        u, off, nxt = 0, 0, bounds[1]
        add = buckets[0].append
        # positions are the text's: the padding's leading space makes index i of the text i + 1. The
        # loop runs once per hit of the shard (~300k): its start is one subtraction (`shift`, `__init__`)
        for last, (shift, cues, family) in self._words.iter(" " + _NON_WORD.sub(" ", text) + " "):
            start = last - shift
            if start >= nxt:  # the next text (or a later one: a text may have no hit)
                u, off, nxt, add = _text_at(start, u, bounds, buckets)
            # " key": a word-family cue runs on to the end of the word (one regex step); " key ": a whole word
            end = (tail(text, last).end() if family else last - 1) - off
            start -= off
            for kind, name, pattern in cues:
                add(new(Hit, (kind, name, pattern, start, end)))

    def _scan_phrases(self, text: str, bounds: list[int], buckets: list[list[Hit]]) -> None:
        """The phrase keys' pass over `text` as written, with the word-boundary tests of `__init__`."""
        word_char, tail, new = _WORD_CHAR.match, _WORD_TAIL.match, _new_hit
        u, off, nxt = 0, 0, bounds[1]
        add = buckets[0].append
        for last, (length, family, exact, first_word, last_word) in self._phrases.iter(text):
            start, end = last - length + 1, last + 1
            if first_word and start > 0 and word_char(text, start - 1):
                continue
            if start >= nxt:
                u, off, nxt, add = _text_at(start, u, bounds, buckets)
            if family:  # a word-family cue runs on to the end of the word (one regex step)
                word_end = tail(text, end).end()
                for kind, name, pattern in family:
                    add(new(Hit, (kind, name, pattern, start - off, word_end - off)))
                closed = not last_word or word_end == end
            else:  # an exact cue needs only the next character to end a word
                closed = not last_word or not word_char(text, end)
            if closed:
                for kind, name, pattern in exact:
                    add(new(Hit, (kind, name, pattern, start - off, end - off)))


def _text_at(start: int, u: int, bounds: list[int], buckets: list[list[Hit]]) -> tuple[int, int, int, Callable]:
    """The joined text a hit starting at `start` belongs to, from text `u` on (hits come in order):
    (its index, its start, the next text's start, its bucket's append). Called once per text
    with hits, not once per hit, by both passes of `Matcher._scan_joined`."""
    while start >= bounds[u + 1]:
        u += 1
    return u, bounds[u], bounds[u + 1], buckets[u].append


def _by_kind(hits: list[Hit]) -> dict[str, tuple[Hit, ...]]:
    """Hits grouped by kind, each kind's sorted by span then kind, name, pattern (`find_by_kind`)."""
    if not hits:
        return {}
    hits.sort(key=_KIND_ORDER)
    return {kind: tuple(group) for kind, group in itertools.groupby(hits, _KIND)}


def _automaton(entries: dict[str, tuple]) -> ahocorasick.Automaton | None:
    """An automaton of `entries` (key → value), or None when there are none."""
    if not entries:
        return None
    automaton = ahocorasick.Automaton()
    for key, value in entries.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True)
class Codebook:
    """A validated codebook: its records plus the compiled matcher."""

    path: str
    version: str
    name: str
    sides: tuple[str, ...]
    frames: tuple[Frame, ...]
    targets: tuple[Target, ...]
    actors: dict[str, Actor]
    places: dict[str, Place]
    stance: StanceRules
    voice: VoiceRules
    raw: dict[str, Any] = field(repr=False, compare=False)
    matcher: Matcher = field(repr=False, compare=False)
    roles: dict[str, RoleGroup] = field(default_factory=dict)
    context_min_countries: int = 0  # frame_context.min_countries (0: no frame has context cues)
    context_officials: tuple[str, ...] = ()  # frame_context.officials: role groups that name a state's person
    # frame_context.travellers (round frames45): words, not cues, so that no speaker rule reads them as vocabulary
    context_travellers: frozenset[str] = frozenset()

    @property
    def frame_ids(self) -> list[str]:
        return [f.id for f in self.frames]

    @functools.cached_property
    def states(self) -> frozenset[str]:
        """Place ids that are states (a place with a state actor; "the West" is none).

        Cached: the coder asks for every unit, and the places never change after loading.
        """
        return frozenset(p.id for p in self.places.values() if p.actor)

    @functools.cached_property
    def place_actors(self) -> frozenset:
        """The actor of every place (a state's government, the EU …): what a pronoun never refers to.

        Cached, as `states`: `analysis.attribution.is_person` asks for each mention it tests.
        """
        return frozenset(p.actor for p in self.places.values())

    @functools.cached_property
    def fixed_defaults(self) -> frozenset[str]:
        """The default actor of every role group that resolves to a fixed one (reports, joint statements).

        Cached, as `states`: the speaker rules ask for most units (`is_person`, `referent_after`).
        """
        return frozenset(g.default for g in self.roles.values() if g.resolves == "fixed")

    @functools.cached_property
    def home_copies(self) -> dict[str, Codebook]:
        """This codebook read with another home country, by country (filled by `attribution.with_home`).

        Kept here so a story told from another country costs one copy per codebook, not one per unit.
        """
        return {}

    @property
    def target_ids(self) -> list[str]:
        return [t.id for t in self.targets]

    def stance_columns(self) -> list[str]:
        return [f"stance_{t}" for t in self.target_ids]


# ----------------------------------------------------------------------- validation
def _key_path(parts: Iterable[Any]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


def _describe(schema: Any) -> str:
    """Say in words what a schema fragment expects (for error messages)."""
    if not isinstance(schema, dict):
        return "a valid value"
    if "enum" in schema:
        return "one of " + ", ".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
    t = schema.get("type")
    if t == "array":
        items = schema.get("items", {})
        it = items.get("type") if isinstance(items, dict) else None
        if it == "string" or (isinstance(items, dict) and items.get("$ref", "").endswith("/id")):
            return "a list of strings"
        if it == "object":
            return "a list of mappings"
        return "a list"
    if t == "object" or "additionalProperties" in schema or "properties" in schema:
        return "a mapping"
    if t == "string":
        if "pattern" in schema:
            return f"a string matching {schema['pattern']} (lower-case id)"
        return "a non-empty string" if schema.get("minLength") else "a string"
    if t == "integer":
        return "a whole number" + (" >= 0" if schema.get("minimum") == 0 else "")
    if t == "boolean":
        return "true or false"
    return "a valid value"


def _schema_message(err: jsonschema.ValidationError) -> str:
    path = _key_path(err.absolute_path)
    v = err.validator
    if v == "required":
        missing = [k for k in err.validator_value if k not in (err.instance or {})]
        return f"{path}: missing required key '{missing[0] if missing else '?'}'"
    if v == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        return f"{path}: unknown key '{extra[0] if extra else '?'}'"
    if v == "propertyNames":
        return f"{path}: unknown key {err.instance!r} (expected a language code such as hi or en)"
    if v == "minItems":
        return f"{path}: expected at least {err.validator_value} item(s)"
    if v == "minProperties":
        return f"{path}: expected at least {err.validator_value} language list(s), e.g. hi: [...]"
    if v == "minLength":
        return f"{path}: expected a non-empty string"
    if v == "uniqueItems":
        return f"{path}: expected unique items"
    if v == "maxLength":
        return f"{path}: expected a single character"
    if v == "minimum":
        return f"{path}: expected a number >= {err.validator_value}"
    return f"{path}: expected {_describe(err.schema)}, got {json.dumps(err.instance, ensure_ascii=False)[:60]}"


def _validate_schema(data: Any, where: str) -> None:
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    if errors:
        first = jsonschema.exceptions.best_match(errors)
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise UserError(f"{where}: {_schema_message(first)}{more}")


def _compile_pattern(raw: str, kind: str, name: str, where: str) -> CueDef:
    prefix = raw.endswith("*")
    body = raw[:-1] if prefix else raw
    if "*" in body:
        raise UserError(f"{where}: pattern {raw!r}: '*' is allowed only at the end (word family)")
    key = norm(body).strip()
    if not key:
        raise UserError(f"{where}: pattern {raw!r} is empty after normalisation")
    return CueDef(kind, name, raw, key, prefix)


def _name_guards(block: dict[str, list[str]]) -> dict[str, Any]:
    """Round 17: `stance.name_guards` as the StanceRules fields of the same names (plain text, not cues)."""
    out: dict[str, Any] = {k: tuple(block.get(k, ())) for k in ("occupied", "event_nouns", "event_causes")}
    out |= {k: tuple(block.get(k, ())) for k in ("place_events", "place_scenes")}
    out["state_nouns"] = tuple([w] for w in block.get("state_nouns", ()))
    out["cause_markers"] = frozenset(block.get("cause_markers", ()))
    out["concession_markers"] = frozenset(block.get("concession_markers", ()))
    out |= {k: tuple(block.get(k, ())) for k in ("measures", "likeness")}
    out["measured_terms"] = frozenset(block.get("measured_terms", ()))
    return out


def _word_lists(block: dict[str, list[str]]) -> dict[str, Any]:
    """Stance 53: `stance.word_lists` as the StanceRules fields of the same names (plain words, not cues)."""
    out: dict[str, Any] = {k: frozenset(block.get(k, ())) for k in ("mention_nouns", "premature", "vocatives")}
    out["address_words"] = frozenset(block.get("address_words", ()))
    out["report_nouns"] = tuple(block.get("report_nouns", ()))
    out["opposed_to"] = tuple(tuple(p.split()) for p in block.get("opposed_to", ()))  # stance 55: as word sequences
    out["vote_nouns"] = tuple(block.get("vote_nouns", ()))
    out["resolution_nouns"] = tuple(block.get("resolution_nouns", ()))
    return out


def _patterns(block: dict[str, list[str]], kind: str, name: str, where: str) -> list[CueDef]:
    out = []
    for lang in sorted(block):
        for i, raw in enumerate(block[lang]):
            out.append(_compile_pattern(raw, kind, name, f"{where}.{lang}[{i}]"))
    return out


def _unique(items: list[dict], what: str, where: str) -> None:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item["id"] in seen:
            raise UserError(f"{where}: {what}[{i}].id: duplicate id '{item['id']}'")
        seen.add(item["id"])


def _check_ids(data: dict[str, Any], where: str) -> None:
    """Ids are unique per list, and every actor's side is a declared side."""
    for name in ("frames", "actors", "places"):
        _unique(data[name], name, where)
    _unique(data["stance"]["targets"], "stance.targets", where)
    sides = data["sides"]
    for i, a in enumerate(data["actors"]):
        if a["side"] not in sides:
            raise UserError(f"{where}: actors[{i}].side: '{a['side']}' is not one of sides {list(sides)}")
    actor_ids = {a["id"] for a in data["actors"]}
    for i, p in enumerate(data["places"]):
        for key in ("actor", "official"):
            if p.get(key) and p[key] not in actor_ids:
                raise UserError(f"{where}: places[{i}].{key}: '{p[key]}' is not an actor id")
    _check_actor_refs(data, actor_ids, where)


def _check_actor_refs(data: dict[str, Any], actor_ids: set[str], where: str) -> None:
    """Role defaults, the unresolved speaker and actor countries name declared ids."""
    for i, g in enumerate(data.get("speaker_roles", {}).get("groups", [])):
        if g["default"] not in actor_ids:
            raise UserError(f"{where}: speaker_roles.groups[{i}].default: '{g['default']}' is not an actor id")
    group_ids = {g["id"] for g in data.get("speaker_roles", {}).get("groups", [])}
    for j, g in enumerate(data.get("frame_context", {}).get("officials", [])):
        if g not in group_ids:
            raise UserError(f"{where}: frame_context.officials[{j}]: '{g}' is not a speaker_roles group id")
    roles = data.get("speaker_roles", {})
    if roles.get("home") and roles["home"] not in {p["id"] for p in data["places"]}:
        raise UserError(f"{where}: speaker_roles.home: '{roles['home']}' is not a place id")
    for i, g in enumerate(roles.get("groups", [])):
        if g.get("no_country") in ("home", "home_named") and not roles.get("home"):
            raise UserError(
                f"{where}: speaker_roles.groups[{i}].no_country: '{g['no_country']}' needs speaker_roles.home"
            )
    unresolved = data["voice"].get("unresolved_speaker")
    if unresolved and unresolved not in actor_ids:
        raise UserError(f"{where}: voice.unresolved_speaker: '{unresolved}' is not an actor id")
    place_ids = {p["id"] for p in data["places"]}
    for i, a in enumerate(data["actors"]):
        if a.get("country") and a["country"] not in place_ids:
            raise UserError(f"{where}: actors[{i}].country: '{a['country']}' is not a place id")


def _check_groups(data: dict[str, Any], where: str) -> None:
    """Frame mentions and target parties name a place or a side; a frame can fire."""
    groups = {p["id"] for p in data["places"]} | set(data["sides"])
    for i, f in enumerate(data["frames"]):
        for j, m in enumerate(f.get("mentions", [])):
            if m not in groups:
                raise UserError(f"{where}: frames[{i}].mentions[{j}]: '{m}' is not a place id or side")
        for j, y in enumerate(f.get("yields_to", [])):
            if y not in {g["id"] for g in data["frames"]}:
                raise UserError(f"{where}: frames[{i}].yields_to[{j}]: '{y}' is not a frame id")
        guarded = (
            "context_cues",
            "official_cues",
            "yielding_cues",
            "place_cues",
            "place_official_cues",
            "neighbour_cues",
            "tension_cues",
            "normalisation_cues",
        )
        for key in guarded:
            if f.get(key) and "frame_context" not in data:
                raise UserError(f"{where}: frames[{i}].{key}: needs a top-level frame_context (when they apply)")
        if not any(f["cues"].values()) and not f.get("mentions"):
            raise UserError(f"{where}: frames[{i}].cues: frame '{f['id']}' has no cues and no mentions")
    for i, t in enumerate(data["stance"]["targets"]):
        for j, m in enumerate(t["parties"]):
            if m not in groups:
                raise UserError(f"{where}: stance.targets[{i}].parties[{j}]: '{m}' is not a place id or side")
    for country in data["stance"].get("places", {}):  # round 16: places of a country, for stance
        if country not in groups:
            raise UserError(f"{where}: stance.places.{country}: '{country}' is not a place id")
    for place in data.get("speaker_roles", {}).get("places", {}):  # speakers round 14
        if place not in {p["id"] for p in data["places"]}:
            raise UserError(f"{where}: speaker_roles.places.{place}: '{place}' is not a place id")


# The per-frame cue blocks beyond `cues`, `context_cues` and `official_cues`, with the kind each gives.
_FRAME_BLOCKS = (
    ("yielding_cues", "frame_yielding_cue"),
    ("exempt_cues", "frame_exempt"),
    ("place_cues", "frame_place_cue"),
    ("place_official_cues", "frame_place_official_cue"),
    ("neighbour_cues", "frame_neighbour_cue"),
    ("tension_cues", "frame_tension_cue"),
    ("normalisation_cues", "frame_normalisation_cue"),
)
# `stance.carry` lists and the kind of cue each gives (the order is the automaton's key order).
_CARRY_BLOCKS = (
    ("pronouns", "carry"),
    ("pair_phrases", "pair_phrase"),
    ("group_phrases", "group_phrase"),
    ("relation_nouns", "relation_noun"),
    ("referent_only", "referent_only"),
    ("partner_markers", "partner_marker"),
    ("weak_pronouns", "weak_carry"),
    ("schedule_spans", "schedule_span"),
    ("schedule_verbs", "schedule_verb"),
)
# Other `stance:` blocks, one line each: (kind, path of keys inside `stance`, where it is named in
# messages). The rounds that added them are in docs/stance_error_analysis.md; the order is kept.
_STANCE_BLOCKS = (
    ("conjunction", ("conjunctions",), "conjunctions"),
    ("discussion", ("discussion", "cues"), "discussion.cues"),
    ("greeting_object", ("greeting", "objects"), "greeting"),
    ("condemned", ("condemnation", "objects"), "condemnation"),
    ("condemned_attack", ("condemnation", "attacks"), "condemnation"),
    ("irrealis", ("objection", "irrealis"), "objection"),
    *(
        (k, ("objection", k), f"objection.{k}")
        for k in ("heeded", "heeding", "drift_nouns", "drift_past", "drift_now", "drift_turn")
    ),
    *((f"restriction_{k}", ("restriction", k), "restriction") for k in ("restrictors", "quantities", "times")),
    *((f"mediation_{k}", ("mediation", k), "mediation") for k in ("nouns", "requests")),
    *((f"penalty_{k}", ("penalty", k), "penalty") for k in ("causes", "nouns")),
    ("dependence", ("dependence", "nouns"), "dependence"),
    ("home_institutions", ("home_reference", "institutions"), "home_reference"),
    ("hurt_diplomacy", ("hurt", "diplomacy"), "hurt"),
    *((f"pressure_{k}", ("pressure", k), "pressure") for k in ("nouns", "demands", "questions", "lenses", "conceded")),
    *((f"open_source_{k}", ("open_source", k), "open_source") for k in ("there", "where")),
    *((f"request_{k}", ("request", k), f"request.{k}") for k in ("after", "before")),
    ("thwarted_effort", ("thwarted", "efforts"), "thwarted"),
    *((f"west_{k}", ("west_tilt", k), "west_tilt") for k in ("states", "toward", "leans", "owners")),
    ("border_place", ("border", "places"), "border"),
)


def _dig(block: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """`block[k1][k2]…`, or {} where a key is absent (every optional stance block)."""
    for key in keys:
        block = block.get(key, {})
    return block


def _content_cues(data: dict[str, Any], where: str) -> list[CueDef]:
    """Cues of frames, stance targets (favor, against, negation, carry), actors and places."""
    cues = _frame_cues(data, where) + _stance_cues(data["stance"], f"{where}: stance")
    for i, a in enumerate(data["actors"]):
        cues += _patterns(a["aliases"], "actor", a["id"], f"{where}: actors[{i}].aliases")
    return cues + _place_cues(data, where)


def _frame_cues(data: dict[str, Any], where: str) -> list[CueDef]:
    """Each frame's cue blocks, then the place exemptions and the frame-context markers."""
    cues: list[CueDef] = []
    for i, f in enumerate(data["frames"]):
        at = f"{where}: frames[{i}]"
        cues += _patterns(f["cues"], "frame", f["id"], f"{at}.cues")
        cues += _patterns(f.get("context_cues", {}), "frame_context_cue", f["id"], f"{at}.context_cues")
        cues += _patterns(f.get("official_cues", {}), "frame_official_cue", f["id"], f"{at}.official_cues")
        for key, kind in _FRAME_BLOCKS:
            cues += _patterns(f.get(key, {}), kind, f["id"], f"{at}.{key}")
    cues += _patterns(data.get("place_exempt", {}), "place_exempt", "", f"{where}: place_exempt")
    ctx = data.get("frame_context", {"markers": {}})
    return cues + _patterns(ctx["markers"], "frame_context", "", f"{where}: frame_context.markers")


def _stance_cues(st: dict[str, Any], at: str) -> list[CueDef]:
    """The stance block's cues: targets, shared predicates, negation, carry, the other blocks, compounds."""
    cues: list[CueDef] = []
    for i, t in enumerate(st["targets"]):
        cues += _patterns(t["favor"], "favor", t["id"], f"{at}.targets[{i}].favor")
        cues += _patterns(t["against"], "against", t["id"], f"{at}.targets[{i}].against")
    cues += _predicate_cues(st, [t["id"] for t in st["targets"]], f"{at}.predicates")
    cues += _patterns(st["negation"]["cues"], "negation", "", f"{at}.negation.cues")
    cues += _patterns(st["negation"].get("exempt", {}), "negation_exempt", "", f"{at}.negation.exempt")
    for key, kind in _CARRY_BLOCKS:
        cues += _patterns(st["carry"].get(key, {}), kind, "", f"{at}.carry.{key}")
    for kind, keys, name in _STANCE_BLOCKS:
        cues += _patterns(_dig(st, keys), kind, "", f"{at}.{name}")
    for i, c in enumerate(st.get("compounds", [])):
        for part in ("first", "then"):
            block = st["carry"].get("relation_nouns", {}) if c[part] == "relation_nouns" else c[part]
            cues += _patterns(block, f"compound_{part}", str(i), f"{at}.compounds[{i}].{part}")
    for key, block in st.get("contrast", {}).items():
        cues += _patterns(block, "contrast", key, f"{at}.contrast.{key}")
    return cues


def _place_cues(data: dict[str, Any], where: str) -> list[CueDef]:
    """Place aliases, which every variable reads, and the places that name a country for stance only.

    Round 16: `stance.places` (kind `stance_place`, name = the place id) holds cities, states and
    bases; frames and speakers keep reading `places` alone, so their outputs do not move.
    Speakers round 14: `speaker_roles.places` (kind `speaker_place`) the world's other states,
    which only speakers read (`analysis.attribution.speaker_named`).
    """
    cues: list[CueDef] = []
    for i, p in enumerate(data["places"]):
        cues += _patterns(p["aliases"], "place", p["id"], f"{where}: places[{i}].aliases")
    for country, block in data["stance"].get("places", {}).items():
        cues += _patterns(block, "stance_place", country, f"{where}: stance.places.{country}")
    for place, block in data.get("speaker_roles", {}).get("places", {}).items():
        # speakers round 14: the world's other states, read by speakers alone (kind `speaker_place`)
        cues += _patterns(block, "speaker_place", place, f"{where}: speaker_roles.places.{place}")
    return cues


def _predicate_cues(st: dict[str, Any], target_ids: list[str], where: str) -> list[CueDef]:
    """Shared relationship predicates: one cue per target, the family shown with the pattern.

    "बढ़* (growth)" in the evidence says which lexicon family decided a stance.
    """
    cues: list[CueDef] = []
    for polarity in ("favor", "against"):
        for family, block in st.get("predicates", {}).get(polarity, {}).items():
            for cue in _patterns(block, polarity, "", f"{where}.{polarity}.{family}"):
                cues += [replace(cue, name=t, pattern=f"{cue.pattern} ({family})") for t in target_ids]
    return cues


def _role_cues(data: dict[str, Any], where: str) -> list[CueDef]:
    """Role nouns of the speaker roles ("राजदूत", "प्रवक्ता", "मीडिया"): kind role, name = group id."""
    cues: list[CueDef] = []
    for i, g in enumerate(data.get("speaker_roles", {}).get("groups", [])):
        cues += _patterns(g["cues"], "role", g["id"], f"{where}: speaker_roles.groups[{i}].cues")
    return cues


def _voice_cues(data: dict[str, Any], where: str) -> list[CueDef]:
    """Cues of the voice and speaker rules, plus the sensational cues."""
    v = data["voice"]
    w = f"{where}: voice"
    cues = _patterns(v["speech_verbs"], "speech_verb", "", f"{w}.speech_verbs")
    cues += with_particles(cues)
    cues += _patterns(v.get("speech_exempt", {}), "speech_exempt", "", f"{w}.speech_exempt")
    cues += _patterns(v["attributions"], "attribution", "", f"{w}.attributions")
    for side in ("before", "after"):
        cues += _patterns(v["source_markers"].get(side, {}), f"source_{side}", "", f"{w}.source_markers.{side}")
    cues += _patterns(v.get("source_nouns", {}), "source_noun", "", f"{w}.source_nouns")
    welcome = v.get("welcome", {"verbs": {}, "statement_objects": {}})
    cues += _patterns(welcome["verbs"], "welcome_verb", "", f"{w}.welcome.verbs")
    cues += _patterns(welcome["statement_objects"], "welcome_object", "", f"{w}.welcome.statement_objects")
    cues += _patterns(v["pronouns"]["speaker"], "pronoun", "", f"{w}.pronouns.speaker")
    cues += _patterns(v["pronouns"].get("self_marked", {}), "self_marked", "", f"{w}.pronouns.self_marked")
    cues += _patterns(data["sensational_cues"], "sensational", "", f"{where}: sensational_cues")
    return cues


# (speakers round 18) the focus particles Hindi puts between a noun and its light verb ("आग्रह भी
# किया", "पुष्टि ही की"), and the words that cannot open such a noun phrase (a postposition)
_PARTICLES = ("भी", "ही")
_NOT_A_HEAD = frozenset("के का की में ने से को पर".split())


def with_particles(cues: list[CueDef]) -> list[CueDef]:
    """Each speech phrase of two or more words again with a focus particle before its last word.

    Speakers round 18: "उन्होंने … का आग्रह भी किया", "मंत्री ने इसकी पुष्टि भी की" are the same
    speech acts as without the particle (v1.1: speech acts are reported); Hindi places भी/ही
    after the focused noun, inside the noun + light-verb compound, so a listed phrase would
    miss them. Only phrases that open with a content word (not "में कहा", "का आरोप") and end in
    a separate word; the pattern shown is the listed one with the particle.
    """
    out = []
    for c in cues:
        words = c.key.split()
        if len(words) < 2 or words[0] in _NOT_A_HEAD or words[-2] in _PARTICLES:
            continue
        for p in _PARTICLES:
            key = " ".join([*words[:-1], p, words[-1]])
            out.append(CueDef(c.kind, c.name, f"{c.pattern}{PARTICLE_NOTE}{p})", key, c.prefix))
    return out


def _stance_rules(st: dict[str, Any]) -> StanceRules:
    return StanceRules(
        on_tie=st.get("on_tie", "none"),
        carry_within_tokens=st["carry"]["within_tokens"],
        negation_before_tokens=st["negation"]["before_tokens"],
        negation_after_tokens=st["negation"]["after_tokens"],
        clause_breaks=frozenset(st["negation"].get("clause_breaks", [",", ";", ":", "।", "?", "!"])),
        light_verb_negators=tuple(tuple(w.split()) for w in st["negation"].get("light_verb_negators", ())),
        intensifiers=tuple(st.get("intensifiers", ())),
        intensifier_window=st.get("intensifier_window", 2),
        implied_partner_families=frozenset(st["carry"].get("implied_partner_families", ())),
        story_pair_families=frozenset(st["carry"].get("story_pair_families", ())),
        main_pair_families=frozenset(st["carry"].get("main_pair_families", ())),
        pair_only_families=frozenset(st.get("pair_only_families", ())),
        discussion_window=st.get("discussion", {}).get("window_tokens", 0),
        discussion_exempt=frozenset(st.get("discussion", {}).get("exempt_families", ())),
        greeting_families=frozenset(st.get("greeting", {}).get("families", ())),
        greeting_window=st.get("greeting", {}).get("window_tokens", 1),
        condemn_families=frozenset(st.get("condemnation", {}).get("families", ())),
        condemn_window=st.get("condemnation", {}).get("window_tokens", 3),
        **_name_guards(st.get("name_guards", {})),
        **_word_lists(st.get("word_lists", {})),
        objection_families=frozenset(st.get("objection", {}).get("families", ())),
        objection_targets=frozenset(st.get("objection", {}).get("targets", ())),
        drift_families=frozenset(st.get("objection", {}).get("drift_families", ())),
        request_window=st.get("request", {}).get("window_tokens", 0),
        thwarted_window=st.get("thwarted", {}).get("window_tokens", 0),
        mediation_window=st.get("mediation", {}).get("window_tokens", 0),
        west_tilt_target=st.get("west_tilt", {}).get("target", ""),
        target_parties={t["id"]: frozenset(t["parties"]) for t in st["targets"]},
        compounds=tuple(
            (
                c["family"],
                c["polarity"],
                c["window_tokens"],
                c.get("either_order", False),
                c.get("object_first", False),
                c.get("yields_between", False),
                c.get("dates_exempt", False),
                c.get("negated_only", False),
            )
            for c in st.get("compounds", [])
        ),
    )


def _voice_rules(v: dict[str, Any]) -> VoiceRules:
    return VoiceRules(
        quote_state_resets_at=v.get("quote_state_resets_at", "paragraph"),
        direct_speech_punctuation=frozenset(v.get("direct_speech_punctuation", [])),
        source_window_tokens=v.get("source_window_tokens", 3),
        welcome_window_tokens=v.get("welcome", {}).get("window_tokens", 3),
        trailing_source_separators=frozenset(v.get("trailing_source_separators", [])),
        agentless_resolves_to_last_speaker=v.get("agentless_resolves_to_last_speaker", False),
        unresolved_speaker=v.get("unresolved_speaker", ""),
        term_max_tokens=v.get("term_max_tokens", 0),
        oblique_postpositions=frozenset(norm(w) for w in v.get("oblique_postpositions", [])),
    )


def _build(data: dict[str, Any], where: str) -> Codebook:
    """Cross-check a schema-valid codebook, compile its cues and make its records."""
    _check_ids(data, where)
    _check_groups(data, where)
    cues = _content_cues(data, where) + _voice_cues(data, where) + _role_cues(data, where)
    roles = data.get("speaker_roles", {})
    return Codebook(
        path=where,
        version=str(data["version"]),
        name=data["name"],
        sides=tuple(data["sides"]),
        frames=tuple(
            Frame(
                f["id"],
                dict(f["label"]),
                f["definition"],
                tuple(f["rules"]),
                f.get("pfc", ""),
                tuple(f.get("mentions", [])),
                tuple(f.get("yields_to", [])),
            )
            for f in data["frames"]
        ),
        targets=tuple(
            Target(t["id"], dict(t["label"]), t["definition"], tuple(t.get("rules", [])), tuple(t["parties"]))
            for t in data["stance"]["targets"]
        ),
        actors={
            a["id"]: Actor(a["id"], a["side"], a.get("label", a["id"]), a.get("country", "")) for a in data["actors"]
        },
        places={
            p["id"]: Place(p["id"], p.get("actor", ""), p.get("label", p["id"]), p.get("official", ""))
            for p in data["places"]
        },
        stance=_stance_rules(data["stance"]),
        voice=replace(
            _voice_rules(data["voice"]),
            role_window_tokens=roles.get("window_tokens", 4),
            home_country=roles.get("home", ""),
        ),
        raw=data,
        matcher=Matcher(cues),
        roles={
            g["id"]: RoleGroup(g["id"], g["resolves"], g["default"], g.get("no_country", "default"))
            for g in roles.get("groups", [])
        },
        context_min_countries=data.get("frame_context", {}).get("min_countries", 0),
        context_officials=tuple(data.get("frame_context", {}).get("officials", [])),
        context_travellers=frozenset(norm(w) for w in data.get("frame_context", {}).get("travellers", [])),
    )


def load_codebook(path: str | Path) -> Codebook:
    """Read, validate and compile a codebook file.

    Any problem raises `UserError` naming the file and the key path
    (e.g. "config/codebook.yaml: frames[2].cues.hi: expected a list of strings").
    """
    p = Path(path)
    token = os.environ.get(CHECKED_ENV)  # set only inside a workflow run: elsewhere nothing is hashed
    data, digest = read_yaml_digest(p, "codebook", digest=token is not None)  # one read, one hash
    where = str(path)
    if not isinstance(data, dict):
        raise UserError(f"{where}: (top level): expected a mapping of codebook keys")
    if token is None or token != _token(digest):  # checked already by this run's start: same bytes
        _validate_schema(data, where)
    return _build(data, where)


def checked_token(path: str | Path) -> str:
    """What a codebook file and the schema it is checked against are, byte for byte (SHA-256).

    Why: a workflow run checks its codebook against the schema before any job (the Snakefile's
    `onstart`), and each job that loads it checked it again, ~0.2 s of a job's CPU with the
    import of jsonschema (issue #15). The run puts this token of the file it checked in its
    jobs' environment (`CHECKED_ENV`); a job whose file and schema have the same bytes skips
    only the schema check, everything else (parsing, building, the cues' own checks) runs as
    ever, and any other caller checks as before.
    """
    return _token(bytes_digest(Path(path).read_bytes()))


def _token(digest: str) -> str:
    """`checked_token` of a codebook whose bytes have this digest (`settings.bytes_digest`): the
    digest the job has already taken to find the run's parsed copy, then the schema's."""
    return f"{digest}.{bytes_digest(SCHEMA_PATH.read_bytes())}"
