"""The closed value sets every stage shares, and the one stance tie rule.

Coding writes these values, validation compares them, comparison counts them and the
figures label them; defining them once here means a new value cannot be written by one
stage and silently dropped by another. Sets that belong to the research design (frame
ids, target ids, actor sides) live in the codebook instead and are read from it.
"""

from __future__ import annotations

import re

STANCE_VALUES = ("favor", "against", "none")
VOICE_VALUES = ("outlet", "quoted", "reported")
ROLES = ("headline", "standfirst", "subhead", "body")
STATUS_OK = "ok"
STATUS_DUPLICATE = "duplicate"  # a text its outlet already has, once decoded and normalised: set aside (copies.py)
STATUS_MANIFEST = "manifest"  # the intake row of the manifest file itself: metadata, no document

# Devanagari letters and signs (matras, virama, anusvara, nukta) plus digits: Python's
# `\w` leaves combining marks out, so a word class built on it alone would cut Hindi
# words after every consonant. Dandas (U+0964/5) stay punctuation.
DEVANAGARI_WORD = "\u0900-\u0963\u0966-\u097f"
WORD_CLASS = rf"[\w{DEVANAGARI_WORD}]"
WORD_RE = re.compile(WORD_CLASS + "+")


def is_word_char(ch: str) -> bool:
    """True for letters, digits, `_` and Devanagari signs (not dandas).

    >>> [is_word_char(c) for c in "कि।a"]
    [True, True, False, True]
    """
    return ch.isalnum() or ch == "_" or "\u0900" <= ch <= "\u0963" or "\u0966" <= ch <= "\u097f"


def decide_stance(favor: int, against: int, on_tie: str = "none") -> str:
    """The direction of a set of stance cues or units: the one tie rule of the package.

    More favor than against is `favor`, more against is `against`, none of either is
    `none`, and a tie takes the codebook's `stance.on_tie` (default `none`): a unit or
    an article that says as much for as against a relationship takes no side.

    >>> decide_stance(2, 1), decide_stance(0, 3), decide_stance(0, 0), decide_stance(1, 1)
    ('favor', 'against', 'none', 'none')
    >>> decide_stance(1, 1, on_tie="favor")
    'favor'
    """
    if favor == against == 0:
        return "none"
    if favor == against:
        return on_tie
    return "favor" if favor > against else "against"


# What each voice value means, in one line each (design codebook, variable 3): shown to
# human coders in the coding guide and to readers in figure legends.
VOICE_HELP = {
    "outlet": "the outlet's own narration (headlines and sub-headings included), no attribution of its own",
    "quoted": "direct speech: words inside quotation marks, or a unit inside a quotation spanning several units",
    "reported": "indirect speech or attribution: 'X ने कहा कि …', 'X के अनुसार', speech acts such as promising or thanking",
}
STANCE_HELP = {
    "favor": "portrays the relationship as growing, agreeing, cooperating",
    "against": "portrays the relationship as strained, refused, cancelled, threatened",
    "none": "the relationship is not spoken of, or merely discussed without direction",
}
