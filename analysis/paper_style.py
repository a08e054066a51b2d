"""How the paper looks in a browser: an embedded Devanagari font and a reading layout.

Why embed the font: a reader's machine often has no Hindi font at all (most Linux and many
Windows installs), and then every Devanagari headline, label and quotation shows as empty
boxes ("tofu"). The paper therefore carries Noto Sans Devanagari inside the page, as a
base64 `data:` URL in an `@font-face` rule, read from the installed font package
`fontpkg-noto-sans-devanagari` (the same file the figures and LaTeX tables use). A `data:`
URL in CSS loads a font; it runs nothing, so the HTML guard against executable content in
`analysis.notebook` is unchanged. The family gets its own name (`EMBEDDED_FAMILY`), so the
browser can only take it from the page, never from a font that happens to be installed.

The font also has Latin glyphs, so body text, tables and code outputs all name it: text in
one family, code in a monospace family with the embedded one after it, which the browser
falls back to per character for Devanagari.

Layout: one reading column; every figure at the same scale (`FIGURE_WIDTH_PX` for a
two-column figure, so its type matches every other figure's; less on a narrow window);
table cells and code outputs wrap, so no viewport of 800 px or more scrolls sideways; printed,
wide tables take a smaller type instead of being clipped at the page edge (a scroll box can't print).
Everything is a pure function of the font file: same package, same bytes.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

from analysis.errors import UserError

EMBEDDED_FAMILY = "Paper Noto Sans Devanagari"
FIGURE_WIDTH_PX = 720  # a two-column figure in the HTML (a one-column one: half); less on a narrow window
COLUMN_WIDTH_PX = 960  # the reading column

_TEXT_STACK = f'"{EMBEDDED_FAMILY}", sans-serif'
_CODE_STACK = f'ui-monospace, "DejaVu Sans Mono", monospace, "{EMBEDDED_FAMILY}"'

_LAYOUT_CSS = f"""
:root {{
  --jp-content-font-family: {_TEXT_STACK};
  --jp-ui-font-family: {_TEXT_STACK};
  --jp-code-font-family: {_CODE_STACK};
  --jp-code-font-family-default: {_CODE_STACK};
  --jp-cell-prompt-width: 0px;
}}
body {{ font-family: {_TEXT_STACK}; overflow-wrap: break-word; }}
main {{ max-width: {COLUMN_WIDTH_PX}px; margin: 0 auto; padding: 0 16px; box-sizing: border-box; }}
.jp-Cell, .jp-Notebook {{ padding-left: 0; padding-right: 0; }}
.jp-InputPrompt, .jp-OutputPrompt, .jp-OutputArea-prompt, .jp-Collapser {{ display: none; }}
.jp-OutputArea-output, .jp-MarkdownOutput {{ display: block; width: auto; padding-left: 0; }}
.jp-OutputArea-output {{ overflow-x: auto; }}
.jp-RenderedHTMLCommon table {{ table-layout: auto; max-width: 100%; margin-left: 0; }}
.jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th {{ overflow-wrap: break-word; }}
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td,
:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon th {{ text-align: left; }}
.jp-RenderedImage img {{ max-width: 100%; height: auto; }}
pre, code {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
span.nw {{ white-space: nowrap; }}
@media print {{
  .jp-OutputArea-output {{ overflow-x: visible; }}
  .jp-RenderedHTMLCommon table {{ font-size: 7pt; }}
  .jp-RenderedHTMLCommon td, .jp-RenderedHTMLCommon th {{ padding: 2px 3px; }}
}}
"""


def font_file() -> Path:
    """The Noto Sans Devanagari file shipped by `fontpkg-noto-sans-devanagari` (a variable TTF)."""
    import fontpkg_noto_sans_devanagari as noto

    files = sorted((noto.ROOT / "files").glob("*.ttf"))
    if not files:
        raise UserError(f"{noto.ROOT}: the font package holds no .ttf file; reinstall fontpkg-noto-sans-devanagari")
    return files[0]


@lru_cache(maxsize=1)
def font_face_css() -> str:
    """`@font-face` with the whole font inline: the page needs no file and no network."""
    data = base64.b64encode(font_file().read_bytes()).decode("ascii")
    return (
        "@font-face {\n"
        f'  font-family: "{EMBEDDED_FAMILY}";\n'
        f'  src: url("data:font/ttf;base64,{data}") format("truetype");\n'
        "  font-weight: 100 900;\n"
        "  font-stretch: 62.5% 100%;\n"
        "  font-display: block;\n"
        "}\n"
    )


def paper_css() -> str:
    """The CSS the paper's HTML adds after nbconvert's own: the font, then the layout."""
    return font_face_css() + _LAYOUT_CSS


_ALNUM = r"[^\W_]"  # a letter or digit of any script, not the underscore an id may break after
INTERVAL = r"\[−?[0-9.]+, −?[0-9.]+\]"  # an estimate's interval as tables print it: never split (HTML and PDF)
_WHOLE = re.compile(rf"{_ALNUM}+(?:-{_ALNUM}+)+|{INTERVAL}")
_TEXT = re.compile(r">([^<]+)<")


def keep_whole(table_html: str) -> str:
    """A table's HTML with its dates, hyphenated ids and intervals kept on one line each.

    A browser breaks a cell after any hyphen and at any space: the COVID paper's reuse table
    set a doc id in four lines ("DJ-" / "2020-" / "MAR-" / "13-020") and its headline-body
    table "0.31 [0.27," above "0.35]". Only text between tags is touched, and only runs that
    hold a digit ("within-outlet" may still break); an underscore still ends a piece.

    >>> keep_whole("<td>DJ-2020-MAR-13-020</td><td>0.31 [0.27, 0.35]</td><td>within-outlet</td>")
    '<td><span class="nw">DJ-2020-MAR-13-020</span></td><td>0.31 <span class="nw">[0.27, 0.35]</span></td><td>within-outlet</td>'
    >>> keep_whole("<td>गंगा_टाइम्स_2025-07-09_kosi</td>")
    '<td>गंगा_टाइम्स_<span class="nw">2025-07-09</span>_kosi</td>'
    """

    def whole(m: re.Match) -> str:
        text = m.group()
        return f'<span class="nw">{text}</span>' if any(c.isdigit() for c in text) else text

    return _TEXT.sub(lambda m: ">" + _WHOLE.sub(whole, m.group(1)) + "<", table_html)
