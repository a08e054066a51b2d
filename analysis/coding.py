"""The general coder: frames, stance, voice and speaker for every unit, from a codebook.

Nothing about a particular study lives here: frame ids, stance targets and their
parties, speech verbs, actors, places, pronouns and sensational cues all come from the
codebook file (analysis.codebook). Coding one unit is a chain of small pure steps, each
in its own module and testable alone:

1. match cues (analysis.cues): one automaton scan of the unit's matching form;
2. frames (analysis.frames): cues and named mentions of the frame's groups;
3. stance (analysis.stance): targets spoken of, cues with negation and nearest target;
4. voice (analysis.voice): quotation, direct speech, then the reporting rules;
5. speaker (analysis.attribution): the earliest agent outside quoted words.

`code_unit` runs them and carries what the next unit of the article needs
(`ArticleState`: an open quotation, the last named speaker, the targets spoken of).
Every decision leaves its cues (pattern + span in the original text) and the name of
the rule that decided voice and speaker, so `explain` and the HTML view can show why.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis.attribution import (
    Mention,
    Speaker,
    addressed_act,
    body_anaphor,
    body_named,
    code_speaker,
    filed_from,
    introduced_names,
    learned_mentions,
    narration_subject,
    of_learned_body,
    opens_with_tag,
    referent_after,
    reports_in_the_media,
    scene_country,
    scene_left,
    scene_states,
    source_mentions,
    speaker_named,
    story_codebook,
    story_places,
    story_role_mentions,
    titled_abroad,
    trailing_source,
    unlisted_tail,
    wire_item,
    with_home,
    with_scene,
)
from analysis.codebook import Codebook, Hit
from analysis.cues import (
    CUE_ORDER,
    Cue,
    UnitText,
    dateline_cues,
    group_positions,
    kinds_read,
    match_cues,
    mention_cues,
    named_mentions,
    scan_forms,
    sensational_cues,
)
from analysis.errors import UserError
from analysis.frames import code_frames
from analysis.gcpause import no_cycle_collection
from analysis.interview import ANSWER, NAMED, interview_step, turns_by_article
from analysis.stance import (
    StanceCoding,
    background_only,
    code_stance,
    home_pair,
    inherit_referent,
    report_denied,
    speaker_as_party,
    speaker_noted,
)
from analysis.tables import (
    CORPUS_UNITS,
    coded_article_columns,
    coded_articles_spec,
    coded_unit_columns,
    coded_units_spec,
    validate,
)
from analysis.vocab import VOICE_VALUES, decide_stance
from analysis.voice import QUOTE_RE, VoiceCoding, code_voice, quote_continues


# ------------------------------------------------------------------------ records
class ArticleState(NamedTuple):
    """What carries from one unit to the next inside an article (reading order).

    A named tuple, not a frozen dataclass: every unit makes one, and a frozen dataclass sets
    each of its fields through `object.__setattr__` (COVID: 3% of coding). It is as immutable,
    and `_replace` is its `dataclasses.replace`.
    """

    quote_open: bool = False
    quote_speaker: str = ""
    last_speaker: str = ""
    last_person: str = ""  # the latest speaker or person a narrated sentence is about: what a pronoun refers to
    about: frozenset[str] = frozenset()
    para_key: tuple = ()
    pair: frozenset[str] = frozenset()  # the targets the article last named with all parties
    pairs: tuple[str, ...] = ()  # every target the article has named with all parties, most recent last
    stance: tuple[tuple[str, str], ...] = ()  # the previous unit's stance, for units that only attribute
    states_paired: frozenset[str] = frozenset()  # the two states the article last named together ("दोनों देश")
    body_seen: bool = False  # a body unit came before: only the first can open with a dateline
    names: tuple[tuple[str, str], ...] = ()  # names a role phrase introduced earlier: (name, actor)
    lead: str = ""  # the story's main pair, the first target a unit named with all its parties (`lead_pair`)
    filed: str = ""  # round 8: the state the story's dateline names (`filed_from`), read by `story_home`
    claim: tuple[tuple[str, str], ...] = ()  # round 13: the stance of the story's last claim by the media or a report
    told: tuple[str, ...] = ()  # speakers round 12: the states the headline and lead name (`story_places`)
    body: str = ""  # speakers round 20: the international body or foreign firm last named (`body_named`)
    scene: tuple[frozenset[str], ...] = ()  # speakers round 22: the states each of the latest units named
    turns: tuple[str, ...] = ()  # interview40: the turns of this and the article's later units (`article_turns`)
    interviewee: tuple = ()  # interview40: (actor, how, strength) of the person an interview's opening introduces
    opened: frozenset[str] = frozenset()  # round 46: the pairs the first body unit naming a pair named (`opened_by`)


class UnitCoding(NamedTuple):
    """All codes of one unit plus the evidence behind them (a named tuple, as `ArticleState`: one per unit)."""

    frames: tuple[str, ...]
    stance: dict[str, str]
    about: dict[str, bool]
    voice: str
    voice_rule: str
    speaker: str
    speaker_side: str
    speaker_rule: str
    cues: tuple[Cue, ...]
    stance_notes: dict[str, str]


@dataclass(frozen=True)
class QuietVoice:
    """The voice of a unit the voice rules find nothing in, computed once per shard (`quiet_voice`).

    `voice[headline]`: the coding of such a unit in the body (False) or as a headline (True);
    `kinds`: the hit kinds the rules ask such a unit for (`analysis.cues.kinds_read`).
    """

    voice: tuple[VoiceCoding, VoiceCoding]
    kinds: tuple[str, ...]


# speakers round 22: the latest units whose states say the scene (`scene_country`)
SCENE_UNITS = 3


# ------------------------------------------------------------------------ one unit
def code_unit(
    text: str,
    para_key: tuple,
    state: ArticleState,
    codebook: Codebook,
    norm: str | None = None,
    quiet: StanceCoding | None = None,
    quiet_voice: QuietVoice | None = None,
    found: Mapping[str, tuple[Hit, ...]] | None = None,
) -> tuple[UnitCoding, ArticleState]:
    """Code one unit given what the earlier units of its article left; return the new state.

    `para_key` identifies the unit's paragraph (role, paragraph number): an open
    quotation runs on only inside one paragraph unless the codebook says otherwise.
    `norm`: the unit's stored matching form, if any (`analysis.cues.reuse_form`).
    `quiet`: the stance of a unit that can speak of no target (`quiet_stance`), computed
    once per shard; given, such units skip the stance rules (`_stance_step`). `quiet_voice`:
    the same for the voice rules (`_voice_step`). `found`: the hits of `norm` by kind, when the
    caller scanned the shard's units at once (`analysis.cues.scan_forms`).
    """
    opens_story = para_key[:1] == ("body",) and not state.body_seen
    unit = match_cues(text, codebook, opens_story, norm, found)
    named = named_mentions(unit)
    groups_at = group_positions(named, codebook)
    open_before = quote_continues(state.quote_open, para_key, state.para_key, codebook.voice.quote_state_resets_at)
    pair = story_pair_for(unit, state, (codebook, groups_at) if para_key[:1] == ("body",) else None)
    # (speakers46) an interview's answer goes on about what was asked, as a quotation goes on with its speaker
    # ("प्रश्न: पाकिस्तान के साथ रूस के रिश्ते कितने गहरे हैं?" / "उत्तर: बहुत गहरे नहीं हैं।")
    answers = open_before or bool(state.turns) and state.turns[0] in (ANSWER, NAMED)
    context = (pair, state.pairs, answers, state.states_paired, state.lead, state.lead in state.opened)
    stance = _stance_step(unit, groups_at, state, codebook, quiet, context)
    frames, frame_cues = code_frames(unit, named, codebook, stance.named or state.pair)
    opening = para_key[:1] == ("headline",) or opens_story  # round 12: the units that say whom the story is about
    told = story_places(state.told, named, opening, codebook)
    filed, book = _story_step(unit, opens_story, state, codebook, told)  # round 8: whose story
    state, learned = _learned_step(unit, state)
    speaking = speaker_named(unit, named)  # round 14: the world's other states, for speakers only
    mine = scene_states(unit, speaking, codebook)
    # speakers round 22: a run of units about one foreign state, and a unit that names no state itself
    scene = "" if mine else scene_country(state.scene, codebook)
    book, heard = with_scene(book, scene), with_scene(codebook, scene)
    roles = of_learned_body(unit, story_role_mentions(unit, speaking, codebook, book), learned, codebook)
    roles = reports_in_the_media(unit, roles)  # speakers round 16: news in the media is the media's
    seen = (*state.scene, scene_left(mine, roles))[-SCENE_UNITS:]
    roles = titled_abroad(roles, learned, codebook)  # speakers round 19: a foreign title before a new name
    sources = source_mentions(unit, speaking, roles, learned)
    trailing = _trailing_step(unit, sources, para_key[:1] == ("headline",), codebook)
    voice = _voice_step(unit, sources, trailing, open_before, codebook, para_key[:1] == ("headline",), quiet_voice)
    stance = inherit_referent(unit, stance, voice.voice, dict(state.stance))
    speaker, person = _speaker_step(unit, sources, voice, trailing, open_before, state, heard)
    found = state.interviewee
    if state.turns and state.turns[0]:  # interview40: a question, an answer or an interview's opening
        last = (state.last_speaker, state.last_person)
        voice, speaker, found = interview_step(unit, state.turns[0], (voice, speaker), sources, found, last, heard)
    named_speaker = speaker.actor
    speaker = unresolved(speaker, voice.voice, codebook)
    side = codebook.actors[speaker.actor].side if speaker.actor in codebook.actors else ""
    read = (groups_at, context, codebook)  # what the stance step read, for the readings that need the speaker
    stance, claim = _speaker_readings(unit, stance, read, voice.voice, (speaker.actor, side), state)
    cues = _unit_cues(unit, named, frame_cues, (stance.cues, voice.cues, speaker.cues))
    coding = _unit_coding(frames, stance, voice, speaker, side, cues)
    introduced = tuple(n for n in introduced_names(unit, sources, codebook) if n not in state.names)
    body = body_named(sources, state.body)  # speakers round 20: the body a class noun refers back to
    story = (filed, told, claim, body, seen, found)
    return coding, _state_after(state, para_key, stance, voice, (named_speaker, person), introduced, story)


def _learned_step(unit: UnitText, state: ArticleState) -> tuple[ArticleState, list[Mention]]:
    """The names earlier units introduced, as mentions in this unit (round 4's `learned_mentions`).

    Speakers round 23: a unit that opens a wire digest's new item (`wire_item`) starts a new
    story, so the offices and names the earlier items introduced are forgotten first.
    """
    state = state._replace(names=()) if wire_item(unit.text) else state
    return state, learned_mentions(unit, state.names)


def _unit_coding(frames, stance: StanceCoding, voice: VoiceCoding, speaker, side: str, cues) -> UnitCoding:
    """One unit's codes as `code_unit` returns them, from its steps' results (one place for the field order)."""
    return UnitCoding(
        frames,
        stance.stance,
        stance.about,
        voice.voice,
        voice.rule,
        speaker.actor,
        side,
        speaker.rule,
        cues,
        stance.notes,
    )


def _story_step(
    unit: UnitText, opens_story: bool, state: ArticleState, codebook: Codebook, told: tuple[str, ...]
) -> tuple[str, Codebook]:
    """The story's dateline state and the codebook its speakers take (round 8), home again after a home speaker."""
    filed, book = story_codebook(unit, opens_story, state.filed, state.lead, codebook, told)
    return filed, home_again(book, state.last_speaker, codebook)  # speakers round 20


def home_again(book: Codebook, last_speaker: str, codebook: Codebook) -> Codebook:
    """A foreign state's story whose latest speaker is the home's own is read with the codebook (speakers round 20).

    Round 8 and round 12 side a bare office with the state a story is told from or about. A
    digest of items or a story that turns to the home ("<home office> ने कहा …", then "अधिकारी ने
    बताया …") has left that state: the bare office follows the article's latest speaker, not
    its headline, and v1.1's rule holds for it again (an unnamed official whose state the unit
    does not name → other; the home's offices by v1.2–v1.4).
    """
    if book is codebook or not last_speaker or last_speaker not in codebook.actors:
        return book
    return codebook if codebook.actors[last_speaker].side == codebook.voice.home_country else book


def _speaker_readings(
    unit: UnitText, stance: StanceCoding, read: tuple, voice: str, who: tuple[str, str], state: ArticleState
) -> tuple[StanceCoding, tuple[tuple[str, str], ...]]:
    """Round 13: the stance readings that need the speaker; (stance, the story's last reported claim after).

    A quoted speaker's "हम" is the speaker's state (`stance.speaker_as_party`); a report called false
    takes the opposite of the story's last claim by the media or a report (`stance.report_denied`),
    which a unit attributed to them sets. `read`: (the unit's mentions, the stance step's context, the codebook).
    """
    groups_at, context, codebook = read
    actor, side = who
    if (
        mine := speaker_as_party(unit, groups_at, voice, side, codebook.states, codebook.voice.home_country)
    ) is not None:
        again = inherit_referent(unit, code_stance(unit, mine, state.about, codebook, *context), voice, {})
        stance = speaker_noted(stance, again, side)
    stance = report_denied(unit, stance, dict(state.claim), state.lead)
    claimed = (side == "media" or actor == "report") and any(v != "none" for v in stance.stance.values())
    return stance, tuple(sorted(stance.stance.items())) if claimed else state.claim


def _unit_cues(unit: UnitText, named: list, frame_cues: list, decided: tuple) -> tuple[Cue, ...]:
    """Every cue that explains a unit's coding, in the one order `explain` shows them."""
    cues = [*dateline_cues(unit), *mention_cues(unit, named), *frame_cues]
    for part in decided:  # stance, voice, speaker
        cues += part
    return tuple(sorted([*cues, *sensational_cues(unit)], key=CUE_ORDER))


def _state_after(
    state: ArticleState,
    para_key: tuple,
    stance: StanceCoding,
    voice: VoiceCoding,
    spoke: tuple[str, str],
    introduced: tuple,
    story: tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], str, tuple[frozenset[str], ...], tuple],
) -> ArticleState:
    """What a unit leaves the next unit of its article (quotation, speakers, pairs, names, dateline).

    `story`: (the state the dateline names, the states the headline and lead name, the story's last
    claim, the body last named, the states of the latest units, an interview's interviewee), as the unit
    leaves them. One record per unit, every field given at
    once (a `_replace` is a second record).
    """
    named_speaker, person = spoke
    filed, told, claim, body, seen, found = story
    pairs = _pairs_after(state.pairs, stance.named)
    # the fields in `ArticleState`'s order (`_STATE_FIELDS` checks it at import), made without the named
    # tuple's Python-level `__new__` and its eighteen keywords: one record per unit
    return _new_state(
        ArticleState,
        (
            voice.open_after,  # quote_open
            named_speaker if voice.open_after else "",  # quote_speaker
            named_speaker or state.last_speaker,  # last_speaker
            person or state.last_person,  # last_person
            frozenset([t for t, spoken in stance.about.items() if spoken]),  # about
            para_key,
            stance.named or state.pair,  # pair
            pairs,
            tuple(sorted(stance.stance.items())),  # stance
            stance.states_paired or state.states_paired,  # states_paired
            state.body_seen or para_key[:1] == ("body",),  # body_seen
            state.names + introduced,  # names
            lead_pair(state.lead, pairs),  # lead: the story's lead stays once found
            filed,
            claim,
            told,
            body,
            seen,  # scene
            state.turns[1:],  # turns
            found,  # interviewee
            opened_by(state.opened, para_key, stance.named),  # opened
        ),
    )


_new_state = tuple.__new__  # `_new_state(ArticleState, fields)`: an ArticleState from its fields in order
_STATE_FIELDS = (
    "quote_open quote_speaker last_speaker last_person about para_key pair pairs stance states_paired "
    "body_seen names lead filed claim told body scene turns interviewee opened"
).split()
if list(ArticleState._fields) != _STATE_FIELDS:  # `_state_after` gives them by position
    raise ImportError("ArticleState's fields changed: update _state_after's order")


def opened_by(opened: frozenset[str], para_key: tuple, named: frozenset[str]) -> frozenset[str]:
    """Round 46: the pairs the story's lead sentence names, the first body unit that names a pair.

    A headline may name a pair in passing ("… भारत की आपत्ति बेअसर"); the lead sentence states whose story
    it is. The story's main pair is read past an aside (`stance.unit_pairs`) only when the lead sentence
    named it too.
    """
    return opened if opened or para_key[:1] != ("body",) else named


def _pairs_after(pairs: tuple[str, ...], named: frozenset[str]) -> tuple[str, ...]:
    """Every target the article has named with all parties, most recent last, after a unit naming `named`."""
    if not named:
        return pairs  # most units name no pair: the article's pairs stay as they are
    return tuple([t for t in pairs if t not in named]) + tuple(sorted(named))


def quiet_stance(codebook: Codebook) -> StanceCoding:
    """The stance of a unit that names no party in an article that carries no target to it.

    Every way a unit speaks of a target starts from a party it names (`groups_at`) or
    from what the article carries in (the previous unit's targets, the article's pairs):
    without either, no target is spoken of, no cue is counted and the coding does not
    depend on the unit's words. It is computed here by the stance rules themselves, on an
    empty unit, so it follows the rules when they change (the fast path's test,
    tests/test_coding_fastpath.py, codes corpora both ways and compares every row).
    """
    return code_stance(match_cues("", codebook), {}, frozenset(), codebook, frozenset(), ())


def _stance_step(
    unit: UnitText, groups_at: dict, state: ArticleState, codebook: Codebook, quiet: StanceCoding | None, context: tuple
) -> StanceCoding:
    """Step 3, or its result computed once (`quiet_stance`) when the unit can speak of no target.

    Most units of a corpus name no party of any target (COVID: about 4 in 5): for them the
    stance rules would walk every target to find nothing. The copy keeps units apart.
    """
    carried = state.about or state.pair or state.pairs or state.states_paired
    if quiet is not None and not groups_at and not carried:
        return _fresh_copy(quiet)
    return code_stance(unit, groups_at, state.about, codebook, *context)


def _fresh_copy(quiet: StanceCoding) -> StanceCoding:
    """`quiet` with its own dicts and cue list: what `dataclasses.replace` of those four fields gives.

    The record's `__init__` only sets its fields (no `__post_init__`, no slots: `_PLAIN_STANCE`),
    so its fields are copied as they are (a field the stance rules add comes along by itself)
    and the four mutable ones replaced by copies, without `replace`'s checks per field.
    """
    if not _PLAIN_STANCE:
        return replace(
            quiet, stance=dict(quiet.stance), about=dict(quiet.about), notes=dict(quiet.notes), cues=list(quiet.cues)
        )
    copy = object.__new__(StanceCoding)
    copy.__dict__.update(
        quiet.__dict__,
        stance=dict(quiet.stance),
        about=dict(quiet.about),
        notes=dict(quiet.notes),
        cues=list(quiet.cues),
    )
    return copy


# `StanceCoding` is a plain record: an instance's fields are its `__dict__` (`_fresh_copy`)
_PLAIN_STANCE = not hasattr(StanceCoding, "__post_init__") and "__slots__" not in vars(StanceCoding)


def quiet_voice(codebook: Codebook) -> QuietVoice:
    """The voice of a unit with no quotation mark, no quotation open, no trailing source and no
    hit of the kinds the voice rules read: computed by the rules themselves on an empty unit.

    The kinds are what the rules ask that empty unit for (`kinds_read`), so a rule that comes
    to read a new kind widens the test by itself; what they read from the text (quotation
    marks), from the caller (an open quotation) or from the sources (a trailing source) is
    tested in `_voice_step`. The fast path's test codes corpora both ways and compares every row.
    """
    codings = []

    def both(unit: UnitText) -> None:
        codings.extend(code_voice(unit, [], None, False, codebook, headline=h) for h in (False, True))

    kinds = kinds_read(both, codebook)
    return QuietVoice((codings[0], codings[1]), tuple(sorted(kinds)))


def _trailing_step(
    unit: UnitText, sources: Sequence[Mention], headline: bool, codebook: Codebook
) -> Hit | Mention | None:
    """The source a unit closes on (": <actor>"), or, in a headline, a name the gazetteer does not know.

    Speakers round 18: v1.1's "… : लावरोव" headline form cites whoever stands after the colon
    (`unlisted_tail`); in the body a closing name may be a place or a byline, so only known ones.
    """
    seps = codebook.voice.trailing_source_separators
    found = trailing_source(unit, sources, seps)
    return found if found is not None or not headline else unlisted_tail(unit, seps, codebook)


def _voice_step(
    unit: UnitText,
    sources: Sequence[Mention],
    trailing: Hit | Mention | None,
    open_before: bool,
    codebook: Codebook,
    headline: bool,
    quiet: QuietVoice | None,
) -> VoiceCoding:
    """Step 4, or its result computed once (`quiet_voice`) when the voice rules can find nothing.

    Three units in four of a news corpus quote no one and name no speech act (COVID: 75%):
    the rules would look for marks, speech verbs, attributions and welcomes to find none.
    A `VoiceCoding` holds only tuples, so units may share it.
    """
    if (
        quiet is not None
        and trailing is None
        and not open_before
        and not any(map(unit.of, quiet.kinds))
        and QUOTE_RE.search(unit.text) is None
        and (headline or opens_with_tag(unit.text) < 0)  # speakers round 21: an interview's answer tag
        and addressed_act(unit.text, ()) is None  # speakers round 25: a rule that reads the text, not hits
    ):
        return quiet.voice[headline]
    return code_voice(unit, sources, trailing, open_before, codebook, headline=headline)


_NO_SPEAKER = Speaker("", "")  # the outlet's own narration (immutable: its units share one)


def _speaker_step(
    unit: UnitText,
    sources: Sequence[Mention],
    voice: VoiceCoding,
    trailing: Hit | Mention | None,
    open_before: bool,
    state: ArticleState,
    codebook: Codebook,
) -> tuple[Speaker, str]:
    """Step 5: the speaker of an attributed unit, and the person the unit names.

    The second value is what a later pronoun may refer to (v1.1): the speaker when this
    unit names it (a speaker carried over from an earlier unit names nobody), or the
    person a narrated unit is about.
    """
    if voice.voice == "outlet":
        return _NO_SPEAKER, narration_subject(unit, sources, voice.regions, codebook)
    quote_speaker = state.quote_speaker if open_before else ""
    last = (state.last_speaker, codebook, state.last_person)
    speaker = code_speaker(unit, sources, voice.regions, trailing, quote_speaker, *last)
    speaker = body_anaphor(unit, speaker, state.body, codebook) or speaker  # speakers round 20
    return speaker, referent_after(unit, speaker, sources, voice.regions, codebook)  # round 8


def unresolved(speaker: Speaker, voice: str, codebook: Codebook) -> Speaker:
    """v1.1: an attributed unit whose speaker nothing resolves gets the explicit unresolved actor.

    Its share among attributed units is then a reported figure, not a silent blank; it
    is never carried on as "the last named speaker".
    """
    if voice == "outlet" or speaker.actor or not codebook.voice.unresolved_speaker:
        return speaker
    who = codebook.voice.unresolved_speaker
    return Speaker(who, f"{speaker.rule or 'no speaker named'} → {who}", speaker.cues)


# ------------------------------------------------------------------------ tables
def story_pair_for(unit: UnitText, state: ArticleState, home: tuple | None = None) -> frozenset[str]:
    """The pair a unit that names no pair of its own falls back on: the lead's, else the last named.

    Round 10: a unit naming only the shared party (Russia) or none, after a unit about no pair
    or two, is read with the story's main pair (`lead_pair`), not with a pair a side sentence
    named last ("इंदौर के उद्योगपतियों ने भी रूस के साथ व्यापार बढ़ने की उम्मीद जताई" after a
    question about Pakistan, in a Russia–India summit story). A pair phrase ("दोनों पक्ष") still
    means the pair the story named last (`stance.unit_pairs`). Round 26: `home` (the codebook and
    the unit's mentions, for a body unit): a story that has named no pair and whose headline, lead
    and dateline name only Russia is the outlet's home's pair (`stance.home_pair`).
    """
    if state.lead in state.pairs and not unit.of("pair_phrase"):
        return frozenset({state.lead})
    if not state.pairs and home is not None:  # round 26: a body unit of a story that names no pair
        codebook, groups_at = home
        filed = state.filed or filed_from(unit, codebook)  # the first body unit holds the dateline
        if not filed and not state.told:
            return frozenset()  # nothing told of the story (most): `home_pair` of no state is no pair
        return home_pair((*state.told, filed) if filed else state.told, codebook, groups_at)
    return state.pair


def lead_pair(lead: str, pairs: tuple[str, ...]) -> str:
    """The story's main pair: the first target a unit names with all its parties (the lead's pair).

    News Hindi names the story's pair in its lead sentence; `lead` is what earlier units
    found ("" until then), `pairs` the article's pairs after the unit. A unit naming two
    targets at once leaves it open.
    """
    if lead or not pairs:
        return lead
    return pairs[0] if len(pairs) == 1 else "-"


def headline_with_story(
    codings: list[UnitCoding],
    leading: list[tuple[str, tuple, str | None]],
    pair: str,
    codebook: Codebook,
    quiet: StanceCoding | None,
    quiet_voice: QuietVoice | None = None,
    stance_only: bool = False,
) -> list[UnitCoding]:
    """A headline that speaks of no target is read with the story it heads (round 6).

    "पाकिस्तान को बड़ा झटका!", "गैस पाइपलाइन मुआहिदे पर दस्तख़त": a headline names one party
    or none before the story names its pair, yet a reader reads it as the story's main
    pair (the pair its lead names: `lead_pair`). Its stance is coded again as if
    the story had named that pair just before it (one party with a predicate that needs
    a partner, no party with such a predicate: the rules of `analysis.stance`); frames,
    voice and speaker keep their first coding, and no later unit changes.
    Round 13 (pair resolution across a story): so is every body unit before the story
    first names its pair ("रूस से एस-400 की डिलीवरी तय समय पर नहीं हो पाएगी" three units before
    "रूस पर भारत की निर्भरता"): a reader knows the story's pair from the story as a whole. A body
    unit is read as if the story had named the pair, not as if the unit before spoke of it.
    `leading`: the article's units' (text, paragraph key, matching form) in order; `pair`:
    the story's main pair (`lead_pair`).
    """
    if pair in ("", "-"):
        return codings
    out = list(codings)
    for i, (first, (text, para_key, norm)) in enumerate(zip(codings, leading)):
        if any(first.about.values()):
            break  # the story speaks of a target from here on: its running text decides
        headline = para_key[:1] == ("headline",)
        seen = any(k[:1] == ("body",) for _, k, _ in leading[:i])
        if not headline and names_another_state(text, pair, codebook, norm, not seen):
            break  # the story is on other states before it names its pair: not read with it
        story = ArticleState(
            about=frozenset({pair}) if headline else frozenset(), pair=frozenset({pair}), pairs=(pair,), body_seen=seen
        )
        if stance_only:  # stance 52: the home's pair re-reads the stance alone (the voice and speakers stand)
            again = _stance_again(first, text, story, codebook, (norm, not headline and not seen))
        else:
            again, _ = code_unit(text, para_key, story, codebook, norm, quiet, quiet_voice)
        if not any(again.about.values()):
            continue
        stance_cues = [c for c in again.cues if c.variable.startswith("stance_")]
        other_cues = [c for c in first.cues if not c.variable.startswith("stance_")]
        cues = tuple(sorted([*other_cues, *stance_cues], key=CUE_ORDER))
        how = "headline" if headline else "unit before the story names its pair"
        notes = {t: f"{how} read with the story's main pair ({pair}): {n}" for t, n in again.stance_notes.items()}
        out[i] = first._replace(stance=again.stance, about=again.about, cues=cues, stance_notes=notes)
    return out


def names_another_state(text: str, pair: str, codebook: Codebook, norm: str | None, opens: bool) -> bool:
    """Round 13: the unit names a state outside `pair`, other than as a cause (`stance.background_only`).

    A story on Russia and China that names India only later is not a Russia–India story
    in its opening units: reading them with the pair it names later stops at such a unit.
    """
    parties = next((set(t.parties) for t in codebook.targets if t.id == pair), set())
    unit = match_cues(text, codebook, opens, norm)
    groups = group_positions(named_mentions(unit), codebook)
    return any(
        g in codebook.states and g not in parties and not background_only(unit, at, codebook.stance)
        for g, at in groups.items()
    )


def _code_in_order(
    df: pd.DataFrame, codebook: Codebook, fast: bool = True, homes: Mapping[str, str] | None = None
) -> list[UnitCoding]:
    """Code sorted units, starting a fresh `ArticleState` at every new document.

    `homes`: doc_id -> the home country of its outlet where it is not the codebook's
    (`corpus.outlet_home`); each such article is coded with `with_home`.

    `fast`: units that can speak of no target take the stance computed once (`quiet_stance`),
    units the voice rules find nothing in the voice computed once (`quiet_voice`); False runs
    every rule on every unit (what the fast path's test compares against).
    """
    quiet = quiet_stance(codebook) if fast else None
    voice = quiet_voice(codebook) if fast else None
    columns = [df[c].tolist() for c in ("doc_id", "role", "para", "text", "norm")]  # plain lists: fast to walk
    with no_cycle_collection():
        return _code_rows(columns, codebook, quiet, voice, homes or {})


def _code_rows(
    columns: list[list],
    base: Codebook,
    quiet: StanceCoding | None,
    voice: QuietVoice | None,
    homes: Mapping[str, str],
) -> list[UnitCoding]:
    """`_code_in_order` over the units' (doc_id, role, para, text, norm) columns."""
    out: list[UnitCoding] = []
    article: list[UnitCoding] = []
    prev_doc, state, leading, lead = None, ArticleState(), [], ""
    codebook = base
    doc_ids, roles, paras = columns[:3]
    # a missing value (the columns are strings otherwise): no text, no stored form
    texts = [t if isinstance(t, str) else "" if pd.isna(t) else str(t) for t in columns[3]]
    forms = [f if isinstance(f, str) else None if pd.isna(f) else str(f) for f in columns[4]]
    turns = turns_by_article((doc_ids, roles, paras, texts))  # interview40: the interviews' questions and answers
    for doc_id, role, para, text, form, found in zip(doc_ids, roles, paras, texts, forms, scan_forms(forms, base)):
        key = (str(role), int(para))
        if doc_id != prev_doc:
            article, lead = _interview_again(
                article, (leading, lead), state, codebook, (quiet, voice, turns.get(prev_doc, ()))
            )
            out += _with_story(article, leading, lead, state, codebook, (quiet, voice))
            state, prev_doc, article, leading, lead = ArticleState(turns=turns.get(doc_id, ())), doc_id, [], [], ""
            codebook = with_home(base, homes.get(doc_id, ""))  # one copy per home country (`home_copies`)
        c, state = code_unit(text, key, state, codebook, form, quiet, voice, found)
        leading.append((text, key, form))  # round 13: units before the lead are read with it
        lead = state.lead  # the story's main pair so far (`lead_pair`, kept by `code_unit`)
        article.append(c)
    article, lead = _interview_again(article, (leading, lead), state, codebook, (quiet, voice, turns.get(prev_doc, ())))
    return out + _with_story(article, leading, lead, state, codebook, (quiet, voice))


def _with_story(
    article: list[UnitCoding], leading: list, lead: str, state: ArticleState, codebook: Codebook, fast: tuple
) -> list[UnitCoding]:
    """`headline_with_story` with the story's main pair, else (stance 52) with the home's pair (`home_lead`), whose
    re-reading is of the stance alone (`_stance_again`: voice and speakers as first coded, no second voice pass)."""
    home = "" if lead else home_lead(state, codebook)
    return headline_with_story(article, leading, lead or home, codebook, *fast, stance_only=bool(home))


def _stance_again(first: UnitCoding, text: str, story: ArticleState, codebook: Codebook, form: tuple) -> UnitCoding:
    """Stance 52: a unit's stance read again with the story's pair (`story`), its other codes as first read.

    `form`: (the unit's stored matching form, whether it opens the story: its dateline carries no stance).
    """
    norm, opens = form
    unit = match_cues(text, codebook, opens, norm)
    groups_at = group_positions(named_mentions(unit), codebook)
    (pair,) = story.pairs
    context = (story.pair, story.pairs, False, frozenset(), pair, False)
    stance = code_stance(unit, groups_at, story.about, codebook, *context)
    cues = tuple(c for c in stance.cues if c.variable.startswith("stance_"))
    return first._replace(stance=stance.stance, about=stance.about, cues=cues, stance_notes=stance.notes)


def home_lead(state: ArticleState, codebook: Codebook) -> str:
    """Stance 52: the main pair of a home story that never names its pair (`stance.home_pair`), for its headline.

    "रूसी बाज़ार में पहुंचेगा किन्नौरी सेब, बाग़वानों में ख़ुशी" heads a home paper's story whose body reads with the
    home's pair (round 26): the headline waits for the story (`headline_with_story`) and is read with that pair
    too, as a headline is with the pair its lead names. Only where the story's headline, lead and dateline
    (`told`, `filed`) name Russia and no state outside the home's one target.
    """
    told = (*state.told, state.filed) if state.filed else state.told
    pair = home_pair(told, codebook, dict.fromkeys(told, [0]))
    return next(iter(pair)) if len(pair) == 1 else ""


def _interview_again(
    article: list[UnitCoding], read: tuple[list, str], state: ArticleState, codebook: Codebook, fast: tuple
) -> tuple[list[UnitCoding], str]:
    """An interview whose opening introduced its interviewee is coded again knowing it from the start (interview40).

    A quoted headline ("'… नहीं जाएगा'") comes before the standfirst that names who said it: the
    second reading gives such opening units the interviewee, and every answer the interviewee the
    opening named most clearly. Only interviews (`analysis.interview.article_turns`) are read twice.
    `read`: the article's units (text, paragraph key, matching form) and its lead pair; `fast`: the
    quiet stance and voice (`_code_in_order`) and the article's turns.
    """
    leading, lead = read
    if not state.interviewee:
        return article, lead
    quiet, voice, turns = fast  # `turns`: the article's (`article_turns`)
    story = ArticleState(turns=turns, interviewee=state.interviewee)
    again = []
    for text, key, form in leading:
        c, story = code_unit(text, key, story, codebook, form, quiet, voice)
        again.append(c)
    return again, story.lead


def _coded_columns(codings: list[UnitCoding], codebook: Codebook) -> dict[str, list]:
    """The coded columns of the units, one list each (cues as JSON with sorted keys: byte-stable).

    The cues column is `json.dumps([cue.as_dict(), ...], ensure_ascii=False, sort_keys=True)`
    per unit, written by `Cue.as_json` without building a dict per cue.

    Column by column, not a dict per row: pandas then reads each list once.
    """
    cols: dict[str, list] = {"frames": ["|".join(c.frames) for c in codings]}
    cols.update({f"stance_{t}": [c.stance[t] for c in codings] for t in codebook.target_ids})
    cols.update({f"about_{t}": [bool(c.about[t]) for c in codings] for t in codebook.target_ids})
    for name in ("voice", "voice_rule", "speaker", "speaker_side", "speaker_rule"):
        cols[name] = [getattr(c, name) for c in codings]
    cols["cues"] = ["[" + ", ".join([x.as_json() for x in c.cues]) + "]" for c in codings]
    cols["codebook_version"] = [codebook.version] * len(codings)
    return cols


def code_units(
    units: pd.DataFrame, codebook: Codebook, fast: bool = True, homes: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Code every unit; rows sorted by (doc_id, unit_id), context carried within a doc.

    Returns the input columns plus frames ("|"-joined, codebook order), one
    `stance_<target>` column per target, `about_<target>` (target spoken of), voice,
    voice_rule, speaker, speaker_side, speaker_rule, cues (JSON) and codebook_version
    (`analysis.tables.coded_units_spec`). `fast=False` skips no rule for any unit (the
    same table, slower: for the test that the fast path changes nothing). `homes`: doc_id ->
    the home country of the article's outlet where the corpus config sets one
    (`corpus.outlet_home`, `analysis.attribution.article_homes`).
    """
    validate(units, CORPUS_UNITS)
    df = units.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True)
    codings = _code_in_order(df, codebook, fast, homes)
    columns = coded_unit_columns(codebook)
    # (no units: the empty frame of the row-wise constructor, whose columns are objects, not floats)
    extra = (
        pd.DataFrame(_coded_columns(codings, codebook), columns=columns)
        if codings
        else pd.DataFrame([], columns=columns)
    )
    for col in extra.columns:
        if col.startswith("about_"):
            extra[col] = extra[col].astype(bool)
    base = df.drop(columns=[c for c in extra.columns if c in df.columns])
    return validate(pd.concat([base, extra], axis=1), coded_units_spec(codebook))


# ------------------------------------------------------------------------ article measures
def dominant_frame(shares: Mapping[str, float], frame_ids: Sequence[str]) -> str:
    """The frame with the largest body share; codebook order breaks ties.

    "" when no frame has a positive share (no unit has a frame, or there are no body
    units and every share is NaN). Counts work as well as shares: only the order matters.

    >>> dominant_frame({"military": 0.25, "economy": 0.5, "india": 0.5}, ["military", "india", "economy"])
    'india'
    >>> dominant_frame({"military": 0.0, "economy": 0.0}, ["military", "economy"])
    ''
    >>> dominant_frame({"military": float("nan")}, ["military"])
    ''
    """
    values = [(shares.get(f, 0.0), f) for f in frame_ids]
    best = max((v for v, _ in values if v > 0), default=0.0)
    return next((f for v, f in values if best > 0 and v == best), "")


@dataclass(frozen=True)
class _ByArticle:
    """The coded units keyed by article position, so every measure is one `bincount`.

    `codes[i]` is the position (in `doc_ids`) of unit i's article; the masks select
    body and headline units. Counting per article is then linear in the units, with no
    per-article filtering.
    """

    units: pd.DataFrame
    codes: np.ndarray
    n: int
    body: np.ndarray
    head: np.ndarray

    @classmethod
    def of(cls, units: pd.DataFrame, doc_ids: Sequence[str]) -> _ByArticle:
        codes = pd.Index(doc_ids).get_indexer(units["doc_id"])
        role = units["role"].to_numpy(object)
        return cls(units, codes, len(doc_ids), role == "body", role == "headline")

    def count(self, mask: np.ndarray) -> np.ndarray:
        """How many units selected by `mask` each article has (int64, one per article)."""
        return np.bincount(self.codes[mask], minlength=self.n).astype("int64")

    def equals(self, col: str, value: str) -> np.ndarray:
        return self.units[col].to_numpy(object) == value


def _share(count: np.ndarray, total: np.ndarray) -> np.ndarray:
    """count ÷ total per article, NaN where total is 0 (the same float as Python's int / int)."""
    return np.divide(count, total, out=np.full(len(count), np.nan), where=total > 0)


def _frame_members(frames: pd.Series, frame_ids: Sequence[str]) -> np.ndarray:
    """Units × frames: True where the unit's "|"-joined frames name the frame.

    The few distinct frame strings are split once each, not once per unit.
    """
    codes, uniq = pd.factorize(frames.to_numpy(object))
    table = [[f in set(s.split("|")) if s else False for f in frame_ids] for s in uniq]
    return np.array(table, dtype=bool).reshape(len(uniq), len(frame_ids))[codes]


def _joined(on: np.ndarray, names: Sequence[str]) -> list[str]:
    """Per row of a boolean matrix, the names of its true columns joined by "|" (in `names` order)."""
    return ["|".join(n for n, hit in zip(names, row) if hit) for row in on.tolist()]


def _frame_measures(by: _ByArticle, n_body: np.ndarray, codebook: Codebook) -> dict:
    frame_ids = list(codebook.frame_ids)
    member = _frame_members(by.units["frames"], frame_ids)
    body = np.column_stack([by.count(by.body & member[:, k]) for k in range(len(frame_ids))])  # ≥ 1 frame (schema)
    row: dict = {f"share_{f}": _share(body[:, k], n_body) for k, f in enumerate(frame_ids)}
    # counts order the frames as the shares do (one denominator per article): first largest wins
    best, first = body.max(axis=1).tolist(), body.argmax(axis=1).tolist()
    row["dominant_frame"] = [frame_ids[k] if b > 0 else "" for k, b in zip(first, best)]
    head = [by.count(by.head & member[:, k]) > 0 for k in range(len(frame_ids))]
    row["headline_frames"] = _joined(np.column_stack(head), frame_ids)
    return row


def _stance_measures(by: _ByArticle, codebook: Codebook) -> dict:
    row: dict = {}
    for tid in codebook.target_ids:
        spoken = by.body & by.units[f"about_{tid}"].to_numpy(bool)
        n = by.count(spoken)
        fav = by.count(spoken & by.equals(f"stance_{tid}", "favor"))
        ag = by.count(spoken & by.equals(f"stance_{tid}", "against"))
        row[f"n_about_{tid}"] = n
        row[f"balance_{tid}"] = _share(fav - ag, n)
    return row


def _voice_measures(by: _ByArticle, n_body: np.ndarray, codebook: Codebook) -> dict:
    row = {f"voice_{v}": _share(by.count(by.body & by.equals("voice", v)), n_body) for v in VOICE_VALUES}
    with_side = by.body & (by.units["speaker_side"].to_numpy(object) != "")
    n_side = by.count(with_side)
    for s in codebook.sides:
        row[f"side_{s}"] = _share(by.count(with_side & by.equals("speaker_side", s)), n_side)
    return row


def _sensational_counts(cues: pd.Series) -> np.ndarray:
    """Sensational cues per unit; only the JSON that names the variable is parsed."""
    return np.array(
        [sum(c["variable"] == "sensational" for c in json.loads(x)) if '"sensational"' in x else 0 for x in cues],
        dtype="int64",
    )


def _headline_measures(by: _ByArticle, codebook: Codebook) -> dict:
    n_head = by.count(by.head).tolist()
    row: dict = {}
    for tid in codebook.target_ids:
        fav = by.count(by.head & by.equals(f"stance_{tid}", "favor")).tolist()
        ag = by.count(by.head & by.equals(f"stance_{tid}", "against")).tolist()
        on_tie = codebook.stance.on_tie
        row[f"headline_stance_{tid}"] = [decide_stance(f, a, on_tie) if n else "" for f, a, n in zip(fav, ag, n_head)]
    head_codes = by.codes[by.head]
    per_unit = _sensational_counts(by.units["cues"][by.head])
    row["sensational_cues"] = np.bincount(np.repeat(head_codes, per_unit), minlength=by.n).astype("int64")
    return row


def article_measures(coded: pd.DataFrame, articles: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Per-article aggregates of body units, plus the headline beside them.

    share_<frame>: body units with the frame ÷ body units; dominant_frame: largest share
    (`dominant_frame`); balance_<target>: (favor − against) ÷ body units speaking of the
    target (NaN when none do); voice_<v>: shares of body units; side_<s>: shares of body
    units with a speaker side; headline_frames and headline_stance_<target> from headline
    units; sensational_cues: codebook cues in the headline. Every count is one pass over
    the units (`_ByArticle`), so the cost is linear in the corpus, not articles × units.
    """
    validate(coded, coded_units_spec(codebook))
    meta = articles[["doc_id"] + (["outlet"] if "outlet" in articles.columns else [])].drop_duplicates("doc_id")
    doc_ids = sorted(set(meta["doc_id"]) | set(coded["doc_id"]))
    columns, spec = coded_article_columns(codebook), coded_articles_spec(codebook)
    if not doc_ids:
        return validate(pd.DataFrame([], columns=columns), spec)
    outlet = dict(zip(meta["doc_id"], meta["outlet"])) if "outlet" in meta.columns else {}
    by = _ByArticle.of(coded, doc_ids)
    n_body = by.count(by.body)
    col: dict = {"doc_id": doc_ids, "outlet": [outlet.get(d, "") for d in doc_ids]}
    col.update(n_units=by.count(np.ones(len(coded), dtype=bool)), n_body_units=n_body)
    col.update(_frame_measures(by, n_body, codebook))
    col.update(_stance_measures(by, codebook))
    col.update(_voice_measures(by, n_body, codebook))
    col.update(_headline_measures(by, codebook))
    col["codebook_version"] = [codebook.version] * len(doc_ids)
    return validate(pd.DataFrame(col, columns=columns), spec)


# ------------------------------------------------------------------------ explain and HTML
def _cue_line(c: Cue, indent: str) -> str:
    return f'{indent}"{c.text}" [{c.start}:{c.end}] (pattern {c.pattern})'


def _explain_frames(c: UnitCoding, codebook: Codebook) -> list[str]:
    mentions = [x for x in c.cues if x.variable == "mention"]
    lines = [f'Dateline (not coded): "{x.text}"' for x in c.cues if x.variable == "dateline"]
    lines += [
        "Mentions: " + (", ".join(f'{x.value} ← "{x.text}" [{x.start}:{x.end}]' for x in mentions) or "none"),
        "Frames: " + (", ".join(c.frames) if c.frames else "none"),
    ]
    for fid in codebook.frame_ids:
        lines += [_cue_line(x, f"  {fid:<12} ← ") for x in c.cues if x.variable == "frames" and x.value == fid]
    return lines


def _explain_stance(c: UnitCoding, codebook: Codebook) -> list[str]:
    lines = ["Stance:"]
    for t in codebook.targets:
        lines.append(f"  {t.id} ({t.label.get('en', t.id)}): {c.stance[t.id]} — {c.stance_notes[t.id]}")
        lines += [_cue_line(x, f"      {x.value:<8} ← ") for x in c.cues if x.variable == f"stance_{t.id}"]
    return lines


def _explain_voice(c: UnitCoding) -> list[str]:
    lines = [f"Voice: {c.voice} — rule: {c.voice_rule}"]
    lines += [_cue_line(x, "      ← ") for x in c.cues if x.variable == "voice" and x.end > x.start]
    side = f" (side {c.speaker_side})" if c.speaker_side else ""
    rule = f" — rule: {c.speaker_rule}" if c.speaker_rule else ""
    lines.append(f"Speaker: {c.speaker or '—'}{side}{rule}")
    sens = [x for x in c.cues if x.variable == "sensational"]
    if sens:
        lines.append("Sensational cues: " + ", ".join(f'"{x.text}"' for x in sens))
    return lines


def explain(sentence: str, codebook: Codebook, before: Sequence[str] = ()) -> str:
    """Human-readable coding of one sentence: every cue that fired and every rule used.

    Round 46: `before`, the article's units before the sentence (the first its headline, one paragraph
    each), codes it in its article, so the stance notes say which pair the carry-over chose and from where.
    """
    if before:
        rows = [
            {"doc_id": "d", "role": "headline" if i == 0 else "body", "para": i, "text": t, "norm": None}
            for i, t in enumerate([*before, sentence])
        ]
        c = _code_in_order(pd.DataFrame(rows), codebook)[-1]
    else:
        c, _ = code_unit(sentence, ("body", 0), ArticleState(), codebook)
    head = [f"Sentence: {sentence}", f"Codebook: {codebook.name} v{codebook.version} ({codebook.path})"]
    head += [f"Read after {len(before)} earlier unit(s) of its article"] if before else []
    return "\n".join(head + _explain_frames(c, codebook) + _explain_stance(c, codebook) + _explain_voice(c))


def render_article_html(coded: pd.DataFrame, doc_id: str) -> str:
    """One coded article as a self-contained HTML page, cue spans highlighted.

    Every piece of corpus text (unit text, cue text, ids) is HTML-escaped.
    """
    from analysis.explain_html import render

    g = coded[coded["doc_id"] == doc_id].sort_values("unit_id", kind="mergesort")
    if g.empty:
        raise UserError(f"coded units: no units for doc_id {doc_id!r}")
    return render(g, doc_id)


__all__ = [
    "ArticleState",
    "Cue",
    "UnitCoding",
    "article_measures",
    "code_unit",
    "code_units",
    "dominant_frame",
    "explain",
    "render_article_html",
]
