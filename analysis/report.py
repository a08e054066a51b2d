"""Captions for `snakemake --report`: the paper's captions, as files the report can read.

Snakemake's report takes a caption as a reStructuredText file named in the rule (`report(...,
caption=...)`), renders it with Jinja2 and then as RST. The captions themselves are the ones
the paper prints: a table's from the catalogue, a figure's from the `.caption.txt` its
figure command writes (the numbers filled in from the tables). This module turns that text
into RST that shows verbatim, and writes one file per table or figure stem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

# Every ASCII punctuation character is escaped: RST then reads none of them as markup
# (emphasis, references, substitutions, roles), and Jinja2 finds no `{{` or `{%` to expand.
_MARKUP = re.compile(r"([!-/:-@\[-`{-~])")


def rst_caption(text: str) -> str:
    r"""A caption as one RST paragraph that renders exactly as the text reads.

    >>> rst_caption("Stance: (favor - against) / n_units; *small* {n}")
    'Stance\\: \\(favor \\- against\\) \\/ n\\_units\\; \\*small\\* \\{n\\}\n'
    """
    return _MARKUP.sub(r"\\\1", " ".join(text.split())) + "\n"


def caption_file(captions_dir: str, stem: str) -> str:
    """Where the RST caption of a table or figure stem lies (what a rule's `report()` names)."""
    return f"{captions_dir}/{stem}.rst"


def write_captions(captions: Mapping[str, str], captions_dir: str | Path) -> list[Path]:
    """Write each caption (keyed by table name or figure stem) as `<captions_dir>/<key>.rst`."""
    out = Path(captions_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, text in sorted(captions.items()):
        path = Path(caption_file(str(out), stem))
        path.write_text(rst_caption(text), encoding="utf-8", newline="\n")
        written.append(path)
    return written
