"""HTML view of one coded article: units with their codes, cue spans highlighted.

For reading the coder's decisions next to the text. All corpus text is HTML-escaped
(it comes from the web and may contain markup).
"""

from __future__ import annotations

import json
from html import escape

import pandas as pd

_STYLE = """
body{font-family:'Noto Sans Devanagari',sans-serif;max-width:70em;margin:2em auto;line-height:1.6}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4em;vertical-align:top}
th{text-align:left;background:#f4f4f4}mark{padding:0 .1em;border-radius:.2em}
mark.frames{background:#cde8ff}mark.stance{background:#ffe3b3}mark.voice{background:#d9f5d0}
mark.speaker{background:#f0d0f5}mark.mention{background:#eee}mark.sensational{background:#ffc7c7}
.codes{font-size:.85em;color:#333;white-space:nowrap}.role{color:#777;font-size:.8em}
"""


def _css_class(variable: str) -> str:
    return "stance" if variable.startswith("stance_") else variable


def highlight(text: str, cues: list[dict]) -> str:
    """Escaped `text` with non-overlapping cue spans wrapped in <mark> (earliest, longest first)."""
    spans = sorted((c for c in cues if c["end"] > c["start"]), key=lambda c: (c["start"], -c["end"]))
    out, pos = [], 0
    for c in spans:
        if c["start"] < pos:
            continue
        out.append(escape(text[pos : c["start"]]))
        tip = escape(f"{c['variable']}={c['value']} ({c['pattern']})", quote=True)
        out.append(
            f'<mark class="{escape(_css_class(c["variable"]), quote=True)}" title="{tip}">'
            f"{escape(text[c['start'] : c['end']])}</mark>"
        )
        pos = c["end"]
    out.append(escape(text[pos:]))
    return "".join(out)


def render(units: pd.DataFrame, doc_id: str) -> str:
    """The page for the (already filtered, ordered) coded units of one article."""
    stance_cols = [c for c in units.columns if c.startswith("stance_")]
    rows = []
    for _, u in units.iterrows():
        cues = json.loads(u["cues"])
        codes = [f"frames: {u['frames'] or '—'}"]
        codes += [f"{c}: {u[c]}" for c in stance_cols]
        codes.append(f"voice: {u['voice']}")
        if u.get("speaker", ""):
            codes.append(f"speaker: {u['speaker']} ({u['speaker_side']})")
        rule = u.get("voice_rule", "")
        rows.append(
            "<tr>"
            f"<td class='role'>{escape(str(u['unit_id']))}<br>{escape(str(u['role']))}</td>"
            f"<td>{highlight(str(u['text']), cues)}</td>"
            f"<td class='codes'>{'<br>'.join(escape(c) for c in codes)}"
            f"<br><small>{escape(str(rule))}</small></td></tr>"
        )
    version = escape(str(units["codebook_version"].iloc[0])) if "codebook_version" in units else ""
    return (
        "<!DOCTYPE html>\n<html lang='hi'><head><meta charset='utf-8'>"
        f"<title>{escape(str(doc_id))}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(str(doc_id))}</h1><p>codebook version {version}</p>"
        "<table><tr><th>unit</th><th>text</th><th>codes</th></tr>" + "\n".join(rows) + "</table></body></html>\n"
    )
