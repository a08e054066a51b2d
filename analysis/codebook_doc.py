"""The human codebook (docs/codebook.md), written from the machine codebook.

Human coders and the coder must read the same rules, so the human codebook is generated
from config/codebook.yaml rather than kept by hand beside it: definitions, decision rules,
every cue family, the speaker roles and the gazetteer. Regenerate after editing the YAML:

    python -m analysis.codebook_doc config/codebook.yaml docs/codebook.md

A test fails when docs/codebook.md is older than the YAML.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from analysis.codebook import Codebook, load_codebook


def _cues(block: Mapping[str, list[str]] | None) -> str:
    """Cue patterns of every language, as inline code, e.g. `रक्षा*` · `defence*`."""
    items = [p for lang in sorted(block or {}) for p in block[lang]]
    return " · ".join(f"`{p}`" for p in items) or "—"


def _bullets(rules: Iterable[str]) -> list[str]:
    return [f"- {r}" for r in rules]


def _frames(raw: dict) -> list[str]:
    out = [
        "## Variable 1 — frames (multi-label)",
        "",
        "| id | label | PFC dimension | definition |",
        "|---|---|---|---|",
    ]
    out += [
        f"| `{f['id']}` | {f['label']['en']} ({f['label'].get('hi', '')}) | {f.get('pfc', '')} | {f['definition']} |"
        for f in raw["frames"]
    ]
    for f in raw["frames"]:
        out += [
            "",
            f"### `{f['id']}`",
            "",
            *_bullets(f["rules"]),
            "",
            f"Cues: {_cues(f['cues'])}",
            "",
            f"Cues in an international context only: {_cues(f.get('context_cues'))}",
            "",
            f"Cues in an international context with a state's person named: {_cues(f.get('official_cues'))}",
            "",
            *_guards(f),
            "Named places or sides that apply it: " + (", ".join(f.get("mentions", [])) or "—"),
        ]
    ctx = raw.get("frame_context")
    if ctx:
        out += [
            "",
            "### International context",
            "",
            f"A frame's context-only cues (generic words: a trip, a meeting, a border) apply when the unit "
            f"names at least {ctx['min_countries']} countries (places, demonyms, capitals, or actors of a "
            f"state), or one of these markers: {_cues(ctx['markers'])}; or when the article is about a stance "
            f"target. Cues that need a state's person besides: a gazetteer actor of a state, or a role noun of "
            f"the groups {', '.join(ctx.get('officials', [])) or '—'}. Neighbouring states (for neighbour "
            f"cues): {'; '.join('–'.join(p) for p in ctx.get('neighbours', [])) or '—'}. Frames not applied "
            f"by cues that lie only in a statement's source ('X के प्रमुख Y ने कहा'): "
            f"{', '.join(ctx.get('source_frames', [])) or '—'}.{_scene(ctx.get('scene'))}",
            "",
            'A state\'s person named before a place, then "में" and a comma ("X मॉस्को में, …"), is a stay told '
            "as a headline: the frames with place-official cues apply, in an international context.",
        ]
    return out


def _scene(scene: dict | None) -> str:
    """The places whose mention only says where something happens (round frames6), as a sentence; "" when unset."""
    if not scene:
        return ""
    return (
        f" A mention of {', '.join(scene['places'])} right before {_cues(scene['after'])} (or a place inside it, "
        f"'के … {_cues(scene.get('within', {}))}') names the scene of an event, not the state: it does not apply "
        f"{', '.join(scene['frames'])}."
    )


def _guards(frame: dict) -> list[str]:
    """The frame's optional cue lists (v1.3 error analysis), each followed by a blank line; none when absent."""
    yields = ", ".join(frame.get("yields_to", []))
    lines = {
        "yielding_cues": f"Cues in an international context unless the unit is {yields} (the content decides)",
        "exempt_cues": "Not this frame inside these phrases (a source, another sense)",
        "place_cues": "Cues right after a place name (a trip to a state), in an international context",
        "place_official_cues": "Cues right after a place name with a state's person named (a stay in, a return from a state)",
        "neighbour_cues": "Cues when two neighbouring states are named",
        "tension_cues": "Cues in an international context unless the unit names two states and no neighbours",
        "normalisation_cues": "Cues when the unit names the two states of a `frame_context.normalisation` pair and no other",
    }
    return [x for key, text in lines.items() if frame.get(key) for x in (f"{text}: {_cues(frame[key])}", "")]


def _stance(raw: dict) -> list[str]:
    st = raw["stance"]
    out = ["## Variable 2 — stance toward a target (`favor`, `against`, `none`)", ""]
    for t in st["targets"]:
        out += [
            f"### `{t['id']}` — {t['label']['en']}",
            "",
            t["definition"],
            "",
            *_bullets(t.get("rules", [])),
            "",
            f"Own favor cues: {_cues(t['favor'])}",
            "",
            f"Own against cues: {_cues(t['against'])}",
            "",
        ]
    out += ["### Relationship predicates shared by every target, by family", ""]
    for polarity in ("favor", "against"):
        for family, block in st.get("predicates", {}).get(polarity, {}).items():
            out.append(f"- **{polarity} / {family}**: {_cues(block)}")
    out += _stance_special(st)
    neg, carry = st["negation"], st["carry"]
    out += [
        "",
        "### Negation, contrast, carry-over",
        "",
        f"- Negation (within {neg['before_tokens']} word(s) before or {neg['after_tokens']} after a predicate, "
        f"same clause): {_cues(neg['cues'])}; not a negation: {_cues(neg.get('exempt'))}",
        f"- The negators alone between a `negated_only` compound's two parts: "
        f"{_cues({'hi': neg.get('light_verb_negators', [])})}",
        f"- Intensifier families (after an against predicate, no favor of their own): "
        f"{', '.join(st.get('intensifiers', [])) or '—'}",
    ]
    out += [f"- Contrast `{k}`: {_cues(v)}" for k, v in st.get("contrast", {}).items()]
    # stance 53: the plain word lists the predicates read (exact words, not cues)
    out += [f"- Word list `{k}` (exact words): {', '.join(v)}" for k, v in st.get("word_lists", {}).items()]
    out += [
        f"- Carry pronouns (unit opening): {_cues(carry['pronouns'])}",
        f"- Pair phrases: {_cues(carry.get('pair_phrases'))}",
        f"- Relation nouns: {_cues(carry.get('relation_nouns'))}",
        f"- Partner markers (one party named, no other state): {_cues(carry.get('partner_markers'))}",
        f"- Implied partner (one party of the article's pair named with a predicate of these families, "
        f"no other state): {', '.join(carry.get('implied_partner_families', [])) or '—'}",
        f"- The story's pair (no state named, the story has named one pair; round 9): those families and "
        f"{', '.join(carry.get('story_pair_families', [])) or '—'}",
        f"- The story's main pair (no state named, the story has named two pairs; round 19): "
        f"{', '.join(carry.get('main_pair_families', [])) or '—'}",
        f"- Referent-only phrases: {_cues(carry.get('referent_only'))}",
        f"- Tie: `{st.get('on_tie', 'none')}` (analysis.vocab.decide_stance)",
    ]
    return out


def _objection_lines(o: dict) -> list[str]:
    """The objection rule and its two later parts (heeded, drifting), when the codebook has them."""
    if not o:
        return []
    out = [
        f"- Whose worry or objection it is (families {', '.join(o['families'])}; the project's reading of "
        f"v1.1): held by {', '.join(o['targets'])}'s own party (India) at an act of Russia, it counts against "
        "that target wherever a third state is named, and for no other pair; asked about or supposed "
        f"(a question mark after it, or one of these in the unit) it counts for none: {_cues(o['irrealis'])}"
    ]
    if "heeded" in o:
        out.append(
            "- Russia heeding the objection (round 12): the objection right before one of these, then Russia "
            f"holding back (a negation, a cancellation, an against predicate) and no लेकिन clause after it: "
            f"{_cues(o['heeded'])}; or for fear of it: {_cues(o['heeding'])}. Reassurance (favor) for that "
            "target; the act that answers it keeps its own reading for its pair"
        )
        out.append(
            f"- Ties drifting (round 12): a favor word ({', '.join(o['drift_families'])}) before a friend noun "
            f"({_cues(o['drift_nouns'])}) followed by one of {_cues(o['drift_past'])} (a friend in the past or "
            f"in name), then {_cues(o['drift_now'])} (now, why; once before it) with a third state named: against"
        )
    return out


def _stance_special(st: dict) -> list[str]:
    """Two-part predicates and the rules that set a predicate aside (stance.compounds, discussion …)."""
    out = [
        f"- **{c['polarity']} / {c['family']}** (two parts, within {c['window_tokens']} words, one clause"
        f"{', either order' if c.get('either_order') else ''}"
        f"{', the first part its object' if c.get('object_first') else ''}"
        f"{', not over a cue of its polarity between' if c.get('yields_between') else ''}"
        f"{', not of a date' if c.get('dates_exempt') else ''}"
        f"{', only a negator between' if c.get('negated_only') else ''}): "
        f"{'the relation nouns' if c['first'] == 'relation_nouns' else _cues(c['first'])} … then {_cues(c['then'])}"
        for c in st.get("compounds", [])
    ]
    out += ["", "### Predicates set aside", ""]
    out.append(
        f"- Pair-only families (not counted where a state outside the target is named): "
        f"{', '.join(st.get('pair_only_families', [])) or '—'}"
    )
    if "discussion" in st:
        d = st["discussion"]
        out.append(
            f"- Merely discussed (a predicate up to {d['window_tokens']} words before, no conjunction or other "
            f"predicate between; not {', '.join(d.get('exempt_families', [])) or '—'}): {_cues(d['cues'])}"
        )
    if "greeting" in st:
        g = st["greeting"]
        out.append(
            f"- Greeting (families {', '.join(g['families'])} with a person up to {g['window_tokens']} words "
            f"before: a gazetteer actor, an official's role noun, or): {_cues(g['objects'])}"
        )
    if "condemnation" in st:
        c = st["condemnation"]
        out.append(
            f"- Condemned violence (families {', '.join(c['families'])} with one of these up to "
            f"{c['window_tokens']} words before): {_cues(c['objects'])}"
        )
    out += _objection_lines(st.get("objection", {}))
    if "request" in st:
        r = st["request"]
        out.append(
            f"- Only requested (an act's verbal noun up to {r['window_tokens']} words before one of these, in its "
            f"clause: {_cues(r['after'])}; or after one of these and कि: {_cues(r['before'])}): not done, none"
        )
    out.append(
        f"- Other pairs: two states joined by nothing but a hyphen or a conjunction ({_cues(st.get('conjunctions'))}) "
        "nearer to the predicate than the target's parties take it (India–Pakistan ties are no target)"
    )
    return out


def _voice(raw: dict) -> list[str]:
    v = raw["voice"]
    out = [
        "## Variable 3 — voice (`outlet`, `quoted`, `reported`) and speaker",
        "",
        f"- Quotation marks: {' '.join(v['quote_marks'])}; an open quotation runs on to the end of its "
        f"{v.get('quote_state_resets_at', 'paragraph')}.",
        f"- Speech verbs and speech acts: {_cues(v['speech_verbs'])}",
        f"- The outlet's own formulas, not attribution: {_cues(v.get('speech_exempt'))}",
        f"- Attribution phrases (with a source next to them): {_cues(v['attributions'])}",
        f"- Source markers before the source: {_cues(v['source_markers'].get('before'))}",
        f"- Speaker pronouns: {_cues(v['pronouns']['speaker'])}",
        f"- Unresolved speaker: `{v.get('unresolved_speaker', '')}`",
        "",
        "### Speaker roles",
        "",
        "| group | resolves to | without a country | role nouns |",
        "|---|---|---|---|",
    ]
    roles = raw.get("speaker_roles", {})
    home = f"home country `{roles.get('home', '')}`"
    named = f"{home} when the unit names it, else `{{}}`"
    out += [
        f"| `{g['id']}` | {g['resolves']} | "
        f"{home if g.get('no_country') == 'home' else named.format(g['default']) if g.get('no_country') == 'home_named' else '`' + g['default'] + '`'} "
        f"| {_cues(g['cues'])} |"
        for g in roles.get("groups", [])
    ]
    return out


def _gazetteer(raw: dict) -> list[str]:
    out = ["## Gazetteer", "", "| actor | side | label | aliases |", "|---|---|---|---|"]
    out += [f"| `{a['id']}` | {a['side']} | {a.get('label', '')} | {_cues(a['aliases'])} |" for a in raw["actors"]]
    out += ["", "| place | speaks as | officials | aliases |", "|---|---|---|---|"]
    out += [
        f"| `{p['id']}` | {p.get('actor', '') or '—'} | {p.get('official', '') or '—'} | {_cues(p['aliases'])} |"
        for p in raw["places"]
    ]
    if raw.get("place_exempt"):
        out += ["", f"A place alias inside these phrases names a thing, not the country: {_cues(raw['place_exempt'])}"]
    return out + _speaker_places(raw)


def _speaker_places(raw: dict) -> list[str]:
    """The states only speakers read (speakers round 14), as a table; [] when unset.

    Listed apart from the places so that a reader sees these names move no frame and no stance.
    """
    places = raw.get("speaker_roles", {}).get("places", {})
    if not places:
        return []
    out = [
        "",
        "Read by speakers only (frames and stance never count these names): a speaker tied to one is that place's.",
        "",
        "| place | aliases |",
        "|---|---|",
    ]
    return out + [f"| `{p}` | {_cues(block)} |" for p, block in places.items()]


def render(codebook: Codebook) -> str:
    """docs/codebook.md for one codebook (deterministic: same YAML, same bytes)."""
    raw = codebook.raw
    rules = raw.get("decision_rules", {})
    head = [
        f"# Codebook v{codebook.version} — {raw['name']}",
        "",
        "<!-- generated by `python -m analysis.codebook_doc` from config/codebook.yaml: edit the YAML -->",
        "",
        raw.get("description", ""),
        "",
        "Unit of analysis: the sentence (headline, standfirst, sub-headings and body sentences, each with "
        'its role). A dateline that opens a story ("मॉस्को।", "इस्लामाबाद :") is part of the sentence it '
        "opens and is not coded. Speaker sides: " + ", ".join(f"`{s}`" for s in codebook.sides) + ".",
        "",
        "## Decision rules added in v1.1",
        "",
    ]
    for var in ("frames", "stance", "voice"):
        head += [f"**{var}**", "", *_bullets(rules.get(var, [])), ""]
    body = _frames(raw) + [""] + _stance(raw) + [""] + _voice(raw) + [""] + _gazetteer(raw)
    return "\n".join(head + body) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    src, dst = (args + ["config/codebook.yaml", "docs/codebook.md"][len(args) :])[:2]
    Path(dst).parent.mkdir(parents=True, exist_ok=True)
    Path(dst).write_text(render(load_codebook(src)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
