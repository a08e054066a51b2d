"""The general coder: frames, stance, voice and speaker for every unit, from a codebook.

Nothing about a particular study lives here: frame ids, stance targets and their
parties, speech verbs, actors, places, pronouns and sensational cues all come from the
codebook file (analysis.codebook). The coder applies a few general rules to the cue hits
that one automaton scan of a unit's matching form returns:

* a frame applies when one of its cues, or a named mention of one of its `mentions`
  groups, occurs in the unit's own words (pronouns never carry frames);
* a stance target is spoken of when all its parties are named in the unit, or when the
  unit opens with a carry pronoun and the previous unit spoke of it; favor/against cues
  then count, a negation cue near a cue in the same clause flips that cue's polarity,
  and when several targets are spoken of each cue goes to the target whose parties are
  named nearest to it;
* voice: quotation marks (state carried across units of a paragraph), direct speech
  after a speech verb and comma → quoted; a speech verb, an attribution with a source,
  a welcome of a statement, a trailing ": <actor>" → reported; otherwise outlet;
* speaker: the earliest agent outside quoted words (a name before a source marker, or a
  self-marked pronoun), pronouns resolved to the most recent named speaker.

Every decision leaves its cues (pattern + span in the original text) and the name of
the rule that decided voice and speaker, so `explain` and the HTML view can show why.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.codebook import Codebook, Hit, is_word_char, load_codebook
from analysis.errors import UserError
from analysis.normalize import normalize

UNIT_INPUT_COLUMNS = ["doc_id", "unit_id", "role", "para", "text"]
_TOKEN_RE = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")
_QUOTE = '"'


# ------------------------------------------------------------------------ records
@dataclass(frozen=True)
class ArticleState:
    """What carries from one unit to the next inside an article (reading order)."""

    quote_open: bool = False
    quote_speaker: str = ""
    last_speaker: str = ""
    about: frozenset[str] = frozenset()
    para_key: tuple = ()


@dataclass(frozen=True)
class Cue:
    """One fired pattern, for the `cues` column: span in the unit's original text."""

    variable: str
    value: str
    pattern: str
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return {"variable": self.variable, "value": self.value, "pattern": self.pattern,
                "start": self.start, "end": self.end, "text": self.text}


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


@dataclass(frozen=True)
class _Mention:
    """A named entity, a speaker pronoun or an unnamed source noun in the unit."""

    kind: str  # actor | place | pronoun | source_noun
    name: str
    pattern: str
    start: int
    end: int


class _Scan:
    """Per-unit index over the matching form: tokens, clause breaks, quoted regions."""

    def __init__(self, text: str, breaks: frozenset[str]):
        self.text = text
        spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]
        self.tok_starts = [s for s, _ in spans]
        self.tok_ends = [e for _, e in spans]
        acc, count = [0], 0
        for ch in text:
            count += ch in breaks
            acc.append(count)
        self._breaks = acc

    def token_index(self, pos: int) -> int:
        """Index of the token that contains or follows `pos`."""
        return bisect.bisect_right(self.tok_ends, pos)

    def tokens_between(self, a: int, b: int) -> int:
        """Number of whole tokens inside [a, b)."""
        if b <= a:
            return 0
        return max(0, bisect.bisect_right(self.tok_ends, b) - bisect.bisect_left(self.tok_starts, a))

    def clause_break_between(self, a: int, b: int) -> bool:
        lo, hi = (a, b) if a <= b else (b, a)
        return self._breaks[hi] - self._breaks[lo] > 0


# ------------------------------------------------------------------------ helpers
def _drop_contained(items: list, key=lambda x: (x.start, x.end)) -> list:
    """Keep the longest of overlapping items (leftmost-longest), in text order."""
    ordered = sorted(items, key=lambda x: (key(x)[0], -(key(x)[1] - key(x)[0])))
    kept: list = []
    last_end = -1
    for it in ordered:
        s, e = key(it)
        if s >= last_end:
            kept.append(it)
            last_end = e
        elif e > last_end:  # partial overlap: keep the earlier one only
            continue
    return kept


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in regions)


def _quote_marks(text: str) -> list[int]:
    """Positions of quotation marks, leaving out apostrophes inside Latin words."""
    out = []
    for i, ch in enumerate(text):
        if ch != _QUOTE:
            continue
        if 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalpha() \
                and text[i + 1].isascii() and text[i + 1].isalpha():
            continue
        out.append(i)
    return out


def _quote_regions(text: str, marks: list[int], open_at_start: bool) -> tuple[list[tuple[int, int]], bool, list[str]]:
    """Quoted spans of a unit and whether a quote is still open at its end.

    A mark closes an open quote; otherwise it opens one, except a mark with only
    punctuation after it, which cannot open anything: it closes a quote whose opening
    mark was lost (the unit is still quoted).
    """
    regions: list[tuple[int, int]] = []
    notes: list[str] = []
    is_open, start = open_at_start, 0
    if open_at_start:
        notes.append("continues a quotation opened in an earlier unit")
    for m in marks:
        if is_open:
            regions.append((start, m))
            is_open = False
        elif not any(is_word_char(c) for c in text[m + 1:]):
            notes.append("closing quotation mark without an opening one")
        else:
            is_open, start = True, m + 1
    if is_open:
        regions.append((start, len(text)))
    return regions, is_open, notes


class _Coder:
    """Codes the units of one article in reading order (the state is passed along)."""

    def __init__(self, cb: Codebook):
        self.cb = cb

    # .................................................................. one unit
    def code(self, text: str, role: str, para_key: tuple, state: ArticleState) -> tuple[UnitCoding, ArticleState]:
        cb = self.cb
        nz = normalize(text)
        t = nz.text
        scan = _Scan(t, cb.stance.clause_breaks)
        hits = cb.matcher.find(t)
        by_kind: dict[str, list[Hit]] = {}
        for h in hits:
            by_kind.setdefault(h.kind, []).append(h)
        cues: list[Cue] = []

        def show(s: int, e: int) -> str:
            os_, oe = nz.to_original(s, e)
            return text[os_:oe]

        def cue(variable: str, value: str, pattern: str, s: int, e: int) -> None:
            os_, oe = nz.to_original(s, e) if e > s else (0, 0)
            cues.append(Cue(variable, value, pattern, os_, oe, text[os_:oe]))

        # named mentions (longest alias wins: "पाकिस्तानी सेना" over "पाकिस्तानी")
        ents = _drop_contained(by_kind.get("actor", []) + by_kind.get("place", []))
        for h in ents:
            cue("mention", f"{h.kind}:{h.name}", h.pattern, h.start, h.end)
        groups_at: dict[str, list[int]] = {}
        for h in ents:
            for g in self._groups(h):
                groups_at.setdefault(g, []).append(h.start)

        frames = self._frames(by_kind, ents, cue)
        stance, about, notes = self._stance(by_kind, scan, groups_at, state, cue)

        # ........................................................... voice
        reset = cb.voice.quote_state_resets_at
        open_before = state.quote_open and (reset == "article" or (reset == "paragraph" and para_key == state.para_key))
        marks = _quote_marks(t)
        regions, open_after, qnotes = _quote_regions(t, marks, open_before)
        voice, voice_rule = "outlet", "no quotation or attribution of its own"
        if open_before:
            voice, voice_rule = "quoted", qnotes[0]
            cue("voice", "quoted", "(open quotation)", 0, 0)
        elif marks:
            voice, voice_rule = "quoted", "quotation marks"
            for m in marks:
                cue("voice", "quoted", "quotation mark", m, m + 1)
            if qnotes:
                voice_rule += f" ({qnotes[0]})"
        speech = [h for h in by_kind.get("speech_verb", []) if not _inside(h.start, regions)]
        if voice == "outlet":
            for h in speech:
                nxt = t[h.end:].lstrip(" ")
                if nxt[:1] in cb.voice.direct_speech_punctuation and nxt[:1]:
                    voice, voice_rule = "quoted", f"direct speech after '{show(h.start, h.end)}{nxt[:1]}'"
                    cue("voice", "quoted", h.pattern, h.start, h.end)
                    regions.append((h.end + (len(t[h.end:]) - len(nxt)) + 1, len(t)))
                    break

        mentions = self._mentions(ents, by_kind)
        attributions = self._attributions(by_kind, mentions, scan, regions)
        welcome = self._welcome(by_kind, scan, regions)
        trailing = self._trailing_source(t, ents)
        if voice == "outlet":
            if speech:
                h = speech[0]
                voice, voice_rule = "reported", f"speech verb '{show(h.start, h.end)}'"
                cue("voice", "reported", h.pattern, h.start, h.end)
            elif attributions:
                h = attributions[0]
                voice, voice_rule = "reported", f"attribution '{show(h.start, h.end)}' with a source"
                cue("voice", "reported", h.pattern, h.start, h.end)
            elif welcome:
                v, o = welcome
                voice, voice_rule = "reported", f"welcome of a statement or development ('{show(o.start, o.end)}' … '{show(v.start, v.end)}')"
                cue("voice", "reported", v.pattern, v.start, v.end)
                cue("voice", "reported", o.pattern, o.start, o.end)
            elif trailing is not None:
                voice, voice_rule = "reported", "trailing source ': <actor>'"
                cue("voice", "reported", trailing.pattern, trailing.start, trailing.end)

        # ......................................................... speaker
        speaker, speaker_rule = "", ""
        if voice != "outlet":
            speaker, speaker_rule = self._speaker(
                show, mentions, by_kind, scan, regions, trailing, open_before, state, cue)
        side = cb.actors[speaker].side if speaker in cb.actors else ""
        last = speaker if speaker else state.last_speaker
        new_state = ArticleState(
            quote_open=open_after,
            quote_speaker=speaker if open_after else "",
            last_speaker=last,
            about=frozenset(k for k, v in about.items() if v),
            para_key=para_key,
        )
        for h in by_kind.get("sensational", []):
            cue("sensational", "sensational", h.pattern, h.start, h.end)
        cues.sort(key=lambda c: (c.start, c.end, c.variable, c.value, c.pattern))
        coding = UnitCoding(frames, stance, about, voice, voice_rule, speaker, side,
                            speaker_rule, tuple(cues), notes)
        return coding, new_state

    # ........................................................... parts
    def _groups(self, h: Hit) -> tuple[str, ...]:
        """The groups (place id / side) a named mention stands for."""
        if h.kind == "place":
            return (h.name,)
        return (self.cb.actors[h.name].side,)

    def _frames(self, by_kind, ents, cue) -> tuple[str, ...]:
        out = []
        for f in self.cb.frames:
            fired = False
            for h in by_kind.get("frame", []):
                if h.name == f.id:
                    cue("frames", f.id, h.pattern, h.start, h.end)
                    fired = True
            if f.mentions:
                for h in ents:
                    if set(self._groups(h)) & set(f.mentions):
                        cue("frames", f.id, h.pattern, h.start, h.end)
                        fired = True
            if fired:
                out.append(f.id)
        return tuple(out)

    def _stance(self, by_kind, scan: _Scan, groups_at, state: ArticleState, cue):
        cb = self.cb
        rules = cb.stance
        carry = [h for h in by_kind.get("carry", []) if scan.token_index(h.start) < rules.carry_within_tokens]
        named = {t.id: all(p in groups_at for p in t.parties) for t in cb.targets}
        carried = {t.id: (not named[t.id]) and bool(carry) and t.id in state.about for t in cb.targets}
        about = {t.id: named[t.id] or carried[t.id] for t in cb.targets}
        notes: dict[str, str] = {}
        for t in cb.targets:
            if carried[t.id]:
                h = carry[0]
                cue(f"stance_{t.id}", "carried", h.pattern, h.start, h.end)
                notes[t.id] = f"carried from the previous unit by '{scan.text[h.start:h.end]}'"
            elif named[t.id]:
                notes[t.id] = "parties named: " + ", ".join(t.parties)
            else:
                missing = [p for p in t.parties if p not in groups_at]
                notes[t.id] = "not spoken of (not named: " + ", ".join(missing) + ")"
        negs = by_kind.get("negation", [])
        counts = {t.id: {"favor": 0, "against": 0} for t in cb.targets}
        spoken = [t for t in cb.targets if about[t.id]]
        for kind in ("favor", "against"):
            for h in by_kind.get(kind, []):
                if not about.get(h.name):
                    continue
                if not self._cue_belongs(h, spoken, groups_at, named, scan):
                    continue
                polarity = kind
                neg = self._negation(h, negs, scan)
                if neg is not None:
                    polarity = "against" if kind == "favor" else "favor"
                    cue(f"stance_{h.name}", "negation", neg.pattern, neg.start, neg.end)
                    cue(f"stance_{h.name}", polarity, f"{h.pattern} + {neg.pattern} (negated {kind})", h.start, h.end)
                else:
                    cue(f"stance_{h.name}", polarity, h.pattern, h.start, h.end)
                counts[h.name][polarity] += 1
        stance = {}
        for t in cb.targets:
            f, a = counts[t.id]["favor"], counts[t.id]["against"]
            if not about[t.id] or f == a == 0:
                stance[t.id] = "none"
            elif f > a:
                stance[t.id] = "favor"
            elif a > f:
                stance[t.id] = "against"
            else:
                stance[t.id] = rules.on_tie
            if about[t.id]:
                notes[t.id] += f"; favor cues {f}, against cues {a}"
        return stance, about, notes

    def _cue_belongs(self, h: Hit, spoken, groups_at, named, scan: _Scan) -> bool:
        """With several targets spoken of, a cue counts for the nearest-named one(s)."""
        direct = [t for t in spoken if named[t.id]]
        if len(direct) < 2 or not named.get(h.name):
            return True
        pos = scan.token_index(h.start)

        def distance(target) -> int:
            worst = 0
            for p in target.parties:
                worst = max(worst, min(abs(scan.token_index(s) - pos) for s in groups_at[p]))
            return worst

        dist = {t.id: distance(t) for t in direct}
        return dist[h.name] == min(dist.values())

    def _negation(self, h: Hit, negs: list[Hit], scan: _Scan) -> Hit | None:
        rules = self.cb.stance
        first, last = scan.token_index(h.start), scan.token_index(max(h.start, h.end - 1))
        for n in negs:
            if h.start <= n.start < h.end:
                continue
            ni = scan.token_index(n.start)
            if n.start >= h.end and ni - last <= rules.negation_after_tokens \
                    and not scan.clause_break_between(h.end, n.start):
                return n
            if n.end <= h.start and first - ni <= rules.negation_before_tokens \
                    and not scan.clause_break_between(n.end, h.start):
                return n
        return None

    def _mentions(self, ents, by_kind) -> list[_Mention]:
        """Possible speakers: named entities, speaker pronouns, unnamed source nouns."""
        ms = [_Mention(h.kind, h.name, h.pattern, h.start, h.end) for h in ents]
        ms += [_Mention("pronoun", "", h.pattern, h.start, h.end) for h in by_kind.get("pronoun", [])]
        ms += [_Mention("source_noun", "", h.pattern, h.start, h.end) for h in by_kind.get("source_noun", [])]
        return _drop_contained(ms)

    def _near_before(self, pos: int, mentions, scan: _Scan, regions) -> _Mention | None:
        """The mention nearest before `pos` in the same clause, not in the same quote.

        A name in quotation marks right before an unquoted marker ("‘आईएसपीआर’ ने")
        is still the agent; a name inside the quoted words that contain `pos` is not.
        """
        # mentions are non-overlapping and in text order: walk back from the nearest
        i = bisect.bisect_right([m.end for m in mentions], pos) - 1
        if i >= 0:
            m = mentions[i]
            if not self._same_quote(m.start, pos, regions) \
                    and scan.tokens_between(m.end, pos) <= self.cb.voice.source_window_tokens \
                    and not scan.clause_break_between(m.end, pos):
                return m
        return None

    def _near_after(self, pos: int, mentions, scan: _Scan, regions) -> _Mention | None:
        i = bisect.bisect_left([m.start for m in mentions], pos)
        if i < len(mentions):
            m = mentions[i]
            if not self._same_quote(m.start, pos, regions) \
                    and scan.tokens_between(pos, m.start) <= self.cb.voice.source_window_tokens \
                    and not scan.clause_break_between(pos, m.start):
                return m
        return None

    @staticmethod
    def _same_quote(a: int, b: int, regions) -> bool:
        """True when positions `a` and `b` lie inside one quoted stretch."""
        return any(s <= a < e and s <= b < e for s, e in regions)

    def _attributions(self, by_kind, mentions, scan, regions) -> list[Hit]:
        """Attribution phrases ("X के अनुसार") that have a source next to them."""
        out = []
        for h in by_kind.get("attribution", []):
            if _inside(h.start, regions):
                continue
            if self._near_before(h.start, mentions, scan, regions) or self._near_after(h.end, mentions, scan, regions):
                out.append(h)
        return out

    def _welcome(self, by_kind, scan: _Scan, regions) -> tuple[Hit, Hit] | None:
        """A welcome counts as a statement only when a statement/development is welcomed."""
        w = self.cb.voice.welcome_window_tokens
        for v in by_kind.get("welcome_verb", []):
            if _inside(v.start, regions):
                continue
            for o in by_kind.get("welcome_object", []):
                if o.end <= v.start and scan.tokens_between(o.end, v.start) <= w \
                        and not scan.clause_break_between(o.end, v.start):
                    return v, o
                if o.start >= v.end and scan.tokens_between(v.end, o.start) <= w \
                        and not scan.clause_break_between(v.end, o.start):
                    return v, o
        return None

    def _trailing_source(self, t: str, ents) -> Hit | None:
        """"… : लावरोव" — a unit that ends in a separator and one actor's name."""
        seps = self.cb.voice.trailing_source_separators
        cut = max((i for i, ch in enumerate(t) if ch in seps), default=-1)
        if cut < 0:
            return None
        tail = [h for h in ents if h.start > cut and h.kind == "actor"]
        if len(tail) != 1:
            return None
        h = tail[0]
        rest = t[cut + 1:h.start] + t[h.end:]
        return h if not any(is_word_char(c) for c in rest) else None

    def _speaker(self, show, mentions, by_kind, scan, regions, trailing, open_before, state, cue):
        cb = self.cb
        cands: list[tuple[int, _Mention, str]] = []
        for h in by_kind.get("source_before", []):
            if _inside(h.start, regions):
                continue
            m = self._near_before(h.start, mentions, scan, regions)
            if m is not None:
                cands.append((m.start, m, f"name before source marker '{show(h.start, h.end)}'"))
        for h in by_kind.get("source_after", []):
            if _inside(h.start, regions):
                continue
            m = self._near_after(h.end, mentions, scan, regions)
            if m is not None:
                cands.append((m.start, m, f"name after source marker '{show(h.start, h.end)}'"))
        for h in by_kind.get("self_marked", []):
            if not _inside(h.start, regions):
                cands.append((h.start, _Mention("pronoun", "", h.pattern, h.start, h.end), "self-marked pronoun"))
        if trailing is not None:
            cands.append((trailing.start, _Mention("actor", trailing.name, trailing.pattern, trailing.start,
                                                    trailing.end), "trailing source ': <actor>'"))
        if not cands:
            verbs = [h for h in by_kind.get("speech_verb", []) if not _inside(h.start, regions)]
            if verbs:
                m = self._near_before(verbs[0].start, mentions, scan, regions) \
                    or self._near_after(verbs[0].end, mentions, scan, regions)
                if m is not None:
                    cands.append((m.start, m, f"name next to speech verb '{show(verbs[0].start, verbs[0].end)}'"))
        if cands:
            _, m, rule = min(cands, key=lambda c: (c[0], c[2]))
            if m.kind == "pronoun":
                resolved = state.last_speaker
                cue("speaker", resolved or "(unresolved)", m.pattern, m.start, m.end)
                who = resolved or "nobody named yet"
                return resolved, f"{rule}: pronoun '{show(m.start, m.end)}' → most recent named speaker ({who})"
            if m.kind == "source_noun":
                cue("speaker", "(unnamed source)", m.pattern, m.start, m.end)
                return "", f"{rule}: unnamed source '{show(m.start, m.end)}'"
            actor = m.name if m.kind == "actor" else cb.places[m.name].actor
            cue("speaker", actor or f"(place:{m.name})", m.pattern, m.start, m.end)
            return actor, f"{rule}: '{show(m.start, m.end)}'"
        if open_before and state.quote_speaker:
            return state.quote_speaker, "continues the quotation of the previous unit's speaker"
        if cb.voice.agentless_resolves_to_last_speaker and state.last_speaker:
            return state.last_speaker, "no agent named → most recent named speaker"
        return "", "no speaker named"


# ------------------------------------------------------------------------ public API
def _check_units(units: pd.DataFrame) -> None:
    missing = [c for c in UNIT_INPUT_COLUMNS if c not in units.columns]
    if missing:
        raise UserError(f"units table: missing columns {missing} (expected the corpus units contract)")


def code_units(units: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Code every unit; rows sorted by (doc_id, unit_id), context carried within a doc.

    Returns the input columns plus frames ("|"-joined, codebook order), one
    `stance_<target>` column per target, `about_<target>` (target spoken of), voice,
    voice_rule, speaker, speaker_side, speaker_rule, cues (JSON) and codebook_version.
    """
    _check_units(units)
    df = units.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True)
    coder = _Coder(codebook)
    rows: list[dict] = []
    prev_doc = None
    state = ArticleState()
    for doc_id, role, para, text in zip(df["doc_id"], df["role"], df["para"], df["text"]):
        if doc_id != prev_doc:
            state, prev_doc = ArticleState(), doc_id
        c, state = coder.code("" if pd.isna(text) else str(text), str(role), (str(role), int(para)), state)
        row = {"frames": "|".join(c.frames)}
        for tid in codebook.target_ids:
            row[f"stance_{tid}"] = c.stance[tid]
        for tid in codebook.target_ids:
            row[f"about_{tid}"] = bool(c.about[tid])
        row.update(voice=c.voice, voice_rule=c.voice_rule, speaker=c.speaker, speaker_side=c.speaker_side,
                   speaker_rule=c.speaker_rule,
                   cues=json.dumps([x.as_dict() for x in c.cues], ensure_ascii=False, sort_keys=True),
                   codebook_version=codebook.version)
        rows.append(row)
    extra = pd.DataFrame(rows, columns=_coded_columns(codebook))
    for col in extra.columns:
        if col.startswith("about_"):
            extra[col] = extra[col].astype(bool)
    base = df.drop(columns=[c for c in extra.columns if c in df.columns])
    return pd.concat([base, extra], axis=1)


def _coded_columns(cb: Codebook) -> list[str]:
    return (["frames"] + cb.stance_columns() + [f"about_{t}" for t in cb.target_ids]
            + ["voice", "voice_rule", "speaker", "speaker_side", "speaker_rule", "cues", "codebook_version"])


def _decide(favor: int, against: int, on_tie: str) -> str:
    if favor == against == 0:
        return "none"
    if favor == against:
        return on_tie
    return "favor" if favor > against else "against"


def article_measures(coded: pd.DataFrame, articles: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Per-article aggregates of body units, plus the headline beside them.

    share_<frame>: body units with the frame ÷ body units; dominant_frame: largest share
    (codebook order breaks ties; "" when no frame); balance_<target>: (favor − against) ÷
    body units speaking of the target (NaN when none do); voice_<v>: shares of body units;
    side_<s>: shares of body units with a speaker side; headline_frames and
    headline_stance_<target> from headline units; sensational_cues: codebook cues in the
    headline.
    """
    meta = articles[["doc_id"] + (["outlet"] if "outlet" in articles.columns else [])].drop_duplicates("doc_id")
    doc_ids = sorted(set(meta["doc_id"]) | set(coded["doc_id"]))
    outlet = dict(zip(meta["doc_id"], meta["outlet"])) if "outlet" in meta.columns else {}
    groups = {k: g for k, g in coded.groupby("doc_id", sort=True)}
    rows = []
    for doc in doc_ids:
        g = groups.get(doc, coded.iloc[0:0])
        body = g[g["role"] == "body"]
        head = g[g["role"] == "headline"]
        nb = len(body)
        row: dict = {"doc_id": doc, "outlet": outlet.get(doc, ""), "n_units": len(g), "n_body_units": nb}
        body_frames = [set(f.split("|")) if f else set() for f in body["frames"]]
        shares = {}
        for fid in codebook.frame_ids:
            shares[fid] = (sum(fid in fs for fs in body_frames) / nb) if nb else float("nan")
            row[f"share_{fid}"] = shares[fid]
        best = max((shares[f] for f in codebook.frame_ids if nb), default=0.0)
        row["dominant_frame"] = next((f for f in codebook.frame_ids if nb and best > 0 and shares[f] == best), "")
        for tid in codebook.target_ids:
            spoken = body[body[f"about_{tid}"]]
            fav = int((spoken[f"stance_{tid}"] == "favor").sum())
            ag = int((spoken[f"stance_{tid}"] == "against").sum())
            row[f"n_about_{tid}"] = len(spoken)
            row[f"balance_{tid}"] = (fav - ag) / len(spoken) if len(spoken) else float("nan")
        for v in ("outlet", "quoted", "reported"):
            row[f"voice_{v}"] = float((body["voice"] == v).sum() / nb) if nb else float("nan")
        with_side = body[body["speaker_side"] != ""]
        for s in codebook.sides:
            row[f"side_{s}"] = float((with_side["speaker_side"] == s).sum() / len(with_side)) if len(with_side) else float("nan")
        hf: set[str] = set()
        for f in head["frames"]:
            hf |= set(f.split("|")) if f else set()
        row["headline_frames"] = "|".join(f for f in codebook.frame_ids if f in hf)
        for tid in codebook.target_ids:
            col = head[f"stance_{tid}"]
            row[f"headline_stance_{tid}"] = _decide(int((col == "favor").sum()), int((col == "against").sum()),
                                                    codebook.stance.on_tie) if len(head) else ""
        row["sensational_cues"] = int(sum(sum(1 for c in json.loads(x) if c["variable"] == "sensational")
                                          for x in head["cues"]))
        row["codebook_version"] = codebook.version
        rows.append(row)
    return pd.DataFrame(rows)


def code_corpus(units_path: str | Path, articles_path: str | Path, codebook_path: str | Path,
                out_units: str | Path, out_articles: str | Path) -> None:
    """Pipeline step: corpus units/articles Parquet → results/coding/{units,articles}.parquet."""
    from analysis.tables import write_parquet

    cb = load_codebook(codebook_path)
    units = pd.read_parquet(units_path)
    articles = pd.read_parquet(articles_path)
    coded = code_units(units, cb)
    write_parquet(coded, out_units)
    write_parquet(article_measures(coded, articles, cb), out_articles)


def explain(sentence: str, codebook: Codebook) -> str:
    """Human-readable coding of one sentence: every cue that fired and every rule used."""
    units = pd.DataFrame({"doc_id": ["explain"], "unit_id": [1], "role": ["body"], "para": [0],
                          "text": [sentence]})
    row = code_units(units, codebook).iloc[0]
    cues = json.loads(row["cues"])
    lines = [f"Sentence: {sentence}", f"Codebook: {codebook.name} v{codebook.version} ({codebook.path})"]
    mentions = [c for c in cues if c["variable"] == "mention"]
    lines.append("Mentions: " + (", ".join(f"{c['value']} ← \"{c['text']}\" [{c['start']}:{c['end']}]"
                                             for c in mentions) or "none"))
    lines.append("Frames: " + (", ".join(row["frames"].split("|")) if row["frames"] else "none"))
    for fid in codebook.frame_ids:
        for c in cues:
            if c["variable"] == "frames" and c["value"] == fid:
                lines.append(f"  {fid:<12} ← \"{c['text']}\" [{c['start']}:{c['end']}] (pattern {c['pattern']})")
    lines.append("Stance:")
    coder = _Coder(codebook)
    detail, _ = coder.code(sentence, "body", ("body", 0), ArticleState())
    for t in codebook.targets:
        lines.append(f"  {t.id} ({t.label.get('en', t.id)}): {row['stance_' + t.id]} — {detail.stance_notes[t.id]}")
        for c in cues:
            if c["variable"] == f"stance_{t.id}":
                lines.append(f"      {c['value']:<8} ← \"{c['text']}\" [{c['start']}:{c['end']}] (pattern {c['pattern']})")
    lines.append(f"Voice: {row['voice']} — rule: {row['voice_rule']}")
    for c in cues:
        if c["variable"] == "voice" and c["end"] > c["start"]:
            lines.append(f"      ← \"{c['text']}\" [{c['start']}:{c['end']}] (pattern {c['pattern']})")
    side = f" (side {row['speaker_side']})" if row["speaker_side"] else ""
    lines.append(f"Speaker: {row['speaker'] or '—'}{side}" + (f" — rule: {row['speaker_rule']}" if row["speaker_rule"] else ""))
    sens = [c for c in cues if c["variable"] == "sensational"]
    if sens:
        lines.append("Sensational cues: " + ", ".join(f"\"{c['text']}\"" for c in sens))
    return "\n".join(lines)


def render_article_html(coded: pd.DataFrame, doc_id: str) -> str:
    """One coded article as a self-contained HTML page, cue spans highlighted.

    Every piece of corpus text (unit text, cue text, ids) is HTML-escaped.
    """
    from analysis.explain_html import render

    g = coded[coded["doc_id"] == doc_id].sort_values("unit_id", kind="mergesort")
    if g.empty:
        raise UserError(f"coded units: no units for doc_id {doc_id!r}")
    return render(g, doc_id)


__all__ = ["code_units", "article_measures", "explain", "render_article_html", "code_corpus",
           "ArticleState", "UnitCoding", "Cue"]
