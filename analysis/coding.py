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
from dataclasses import dataclass, field

import pandas as pd

from analysis.attribution import Speaker, code_speaker, role_mentions, source_mentions, trailing_source
from analysis.codebook import Codebook
from analysis.cues import (
    Cue,
    dateline_cues,
    group_positions,
    match_cues,
    mention_cues,
    named_mentions,
    sensational_cues,
)
from analysis.errors import UserError
from analysis.frames import code_frames
from analysis.stance import code_stance, inherit_referent
from analysis.tables import (
    CORPUS_UNITS,
    coded_article_columns,
    coded_articles_spec,
    coded_unit_columns,
    coded_units_spec,
    validate,
)
from analysis.vocab import VOICE_VALUES, decide_stance
from analysis.voice import code_voice, quote_continues


# ------------------------------------------------------------------------ records
@dataclass(frozen=True)
class ArticleState:
    """What carries from one unit to the next inside an article (reading order)."""

    quote_open: bool = False
    quote_speaker: str = ""
    last_speaker: str = ""
    about: frozenset[str] = frozenset()
    para_key: tuple = ()
    pair: frozenset[str] = frozenset()  # the targets the article last named with all parties
    stance: tuple[tuple[str, str], ...] = ()  # the previous unit's stance, for units that only attribute
    body_seen: bool = False  # a body unit came before: only the first can open with a dateline


@dataclass(frozen=True)
class UnitCoding:
    """All codes of one unit plus the evidence behind them."""

    frames: tuple[str, ...]
    stance: dict[str, str]
    about: dict[str, bool]
    voice: str
    voice_rule: str
    speaker: str
    speaker_side: str
    speaker_rule: str
    cues: tuple[Cue, ...]
    stance_notes: dict[str, str] = field(default_factory=dict)


# ------------------------------------------------------------------------ one unit
def code_unit(text: str, para_key: tuple, state: ArticleState, codebook: Codebook) -> tuple[UnitCoding, ArticleState]:
    """Code one unit given what the earlier units of its article left; return the new state.

    `para_key` identifies the unit's paragraph (role, paragraph number): an open
    quotation runs on only inside one paragraph unless the codebook says otherwise.
    """
    opens_story = para_key[:1] == ("body",) and not state.body_seen
    unit = match_cues(text, codebook, opens_story)
    named = named_mentions(unit)
    groups_at = group_positions(named, codebook)
    stance = code_stance(unit, groups_at, state.about, codebook, state.pair)
    frames, frame_cues = code_frames(unit, named, codebook, stance.named or state.pair)
    open_before = quote_continues(state.quote_open, para_key, state.para_key, codebook.voice.quote_state_resets_at)
    sources = source_mentions(unit, named, role_mentions(unit, named, codebook))
    trailing = trailing_source(unit, named, codebook.voice.trailing_source_separators)
    voice = code_voice(unit, sources, trailing, open_before, codebook)
    stance = inherit_referent(unit, stance, voice.voice, dict(state.stance))
    speaker = Speaker("", "")
    if voice.voice != "outlet":
        quote_speaker = state.quote_speaker if open_before else ""
        speaker = code_speaker(unit, sources, voice.regions, trailing, quote_speaker, state.last_speaker, codebook)
    named_speaker = speaker.actor
    speaker = unresolved(speaker, voice.voice, codebook)
    side = codebook.actors[speaker.actor].side if speaker.actor in codebook.actors else ""
    cues = [
        *dateline_cues(unit),
        *mention_cues(unit, named),
        *frame_cues,
        *stance.cues,
        *voice.cues,
        *speaker.cues,
        *sensational_cues(unit),
    ]
    coding = UnitCoding(
        frames,
        stance.stance,
        stance.about,
        voice.voice,
        voice.rule,
        speaker.actor,
        side,
        speaker.rule,
        tuple(sorted(cues, key=Cue.sort_key)),
        stance.notes,
    )
    after = ArticleState(
        quote_open=voice.open_after,
        quote_speaker=named_speaker if voice.open_after else "",
        last_speaker=named_speaker or state.last_speaker,
        about=frozenset(t for t, spoken in stance.about.items() if spoken),
        para_key=para_key,
        pair=stance.named or state.pair,
        stance=tuple(sorted(stance.stance.items())),
        body_seen=state.body_seen or para_key[:1] == ("body",),
    )
    return coding, after


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
def _code_in_order(df: pd.DataFrame, codebook: Codebook) -> list[UnitCoding]:
    """Code sorted units, starting a fresh `ArticleState` at every new document."""
    out: list[UnitCoding] = []
    prev_doc, state = None, ArticleState()
    for doc_id, role, para, text in zip(df["doc_id"], df["role"], df["para"], df["text"]):
        if doc_id != prev_doc:
            state, prev_doc = ArticleState(), doc_id
        c, state = code_unit("" if pd.isna(text) else str(text), (str(role), int(para)), state, codebook)
        out.append(c)
    return out


def _unit_row(c: UnitCoding, codebook: Codebook) -> dict:
    """The coded columns of one unit (cues as JSON with sorted keys: byte-stable)."""
    row: dict = {"frames": "|".join(c.frames)}
    row.update({f"stance_{t}": c.stance[t] for t in codebook.target_ids})
    row.update({f"about_{t}": bool(c.about[t]) for t in codebook.target_ids})
    row.update(
        voice=c.voice,
        voice_rule=c.voice_rule,
        speaker=c.speaker,
        speaker_side=c.speaker_side,
        speaker_rule=c.speaker_rule,
        cues=json.dumps([x.as_dict() for x in c.cues], ensure_ascii=False, sort_keys=True),
        codebook_version=codebook.version,
    )
    return row


def code_units(units: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Code every unit; rows sorted by (doc_id, unit_id), context carried within a doc.

    Returns the input columns plus frames ("|"-joined, codebook order), one
    `stance_<target>` column per target, `about_<target>` (target spoken of), voice,
    voice_rule, speaker, speaker_side, speaker_rule, cues (JSON) and codebook_version
    (`analysis.tables.coded_units_spec`).
    """
    validate(units, CORPUS_UNITS)
    df = units.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True)
    rows = [_unit_row(c, codebook) for c in _code_in_order(df, codebook)]
    extra = pd.DataFrame(rows, columns=coded_unit_columns(codebook))
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


def _frame_measures(body: pd.DataFrame, codebook: Codebook) -> dict:
    nb = len(body)
    body_frames = [set(f.split("|")) if f else set() for f in body["frames"]]
    shares = {f: (sum(f in fs for fs in body_frames) / nb) if nb else float("nan") for f in codebook.frame_ids}
    row: dict = {f"share_{f}": s for f, s in shares.items()}
    row["dominant_frame"] = dominant_frame(shares, codebook.frame_ids)
    return row


def _stance_measures(body: pd.DataFrame, codebook: Codebook) -> dict:
    row: dict = {}
    for tid in codebook.target_ids:
        spoken = body[body[f"about_{tid}"]]
        fav = int((spoken[f"stance_{tid}"] == "favor").sum())
        ag = int((spoken[f"stance_{tid}"] == "against").sum())
        row[f"n_about_{tid}"] = len(spoken)
        row[f"balance_{tid}"] = (fav - ag) / len(spoken) if len(spoken) else float("nan")
    return row


def _voice_measures(body: pd.DataFrame, codebook: Codebook) -> dict:
    nb = len(body)
    row = {f"voice_{v}": float((body["voice"] == v).sum() / nb) if nb else float("nan") for v in VOICE_VALUES}
    with_side = body[body["speaker_side"] != ""]
    n_side = len(with_side)
    for s in codebook.sides:
        row[f"side_{s}"] = float((with_side["speaker_side"] == s).sum() / n_side) if n_side else float("nan")
    return row


def _headline_measures(head: pd.DataFrame, codebook: Codebook) -> dict:
    hf: set[str] = set()
    for f in head["frames"]:
        hf |= set(f.split("|")) if f else set()
    row: dict = {"headline_frames": "|".join(f for f in codebook.frame_ids if f in hf)}
    for tid in codebook.target_ids:
        col = head[f"stance_{tid}"]
        row[f"headline_stance_{tid}"] = (
            decide_stance(int((col == "favor").sum()), int((col == "against").sum()), codebook.stance.on_tie)
            if len(head)
            else ""
        )
    row["sensational_cues"] = int(
        sum(sum(1 for c in json.loads(x) if c["variable"] == "sensational") for x in head["cues"])
    )
    return row


def _article_row(doc: str, outlet: str, units: pd.DataFrame, codebook: Codebook) -> dict:
    body = units[units["role"] == "body"]
    row: dict = {"doc_id": doc, "outlet": outlet, "n_units": len(units), "n_body_units": len(body)}
    row.update(_frame_measures(body, codebook))
    row.update(_stance_measures(body, codebook))
    row.update(_voice_measures(body, codebook))
    row.update(_headline_measures(units[units["role"] == "headline"], codebook))
    row["codebook_version"] = codebook.version
    return row


def article_measures(coded: pd.DataFrame, articles: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Per-article aggregates of body units, plus the headline beside them.

    share_<frame>: body units with the frame ÷ body units; dominant_frame: largest share
    (`dominant_frame`); balance_<target>: (favor − against) ÷ body units speaking of the
    target (NaN when none do); voice_<v>: shares of body units; side_<s>: shares of body
    units with a speaker side; headline_frames and headline_stance_<target> from headline
    units; sensational_cues: codebook cues in the headline.
    """
    validate(coded, coded_units_spec(codebook))
    meta = articles[["doc_id"] + (["outlet"] if "outlet" in articles.columns else [])].drop_duplicates("doc_id")
    doc_ids = sorted(set(meta["doc_id"]) | set(coded["doc_id"]))
    outlet = dict(zip(meta["doc_id"], meta["outlet"])) if "outlet" in meta.columns else {}
    groups = {k: g for k, g in coded.groupby("doc_id", sort=True)}
    rows = [_article_row(doc, outlet.get(doc, ""), groups.get(doc, coded.iloc[0:0]), codebook) for doc in doc_ids]
    return validate(pd.DataFrame(rows, columns=coded_article_columns(codebook)), coded_articles_spec(codebook))


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


def explain(sentence: str, codebook: Codebook) -> str:
    """Human-readable coding of one sentence: every cue that fired and every rule used."""
    c, _ = code_unit(sentence, ("body", 0), ArticleState(), codebook)
    head = [f"Sentence: {sentence}", f"Codebook: {codebook.name} v{codebook.version} ({codebook.path})"]
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
