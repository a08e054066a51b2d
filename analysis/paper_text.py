"""Words for the paper: counts with the right plural, lists, date spans, and the study's own prose.

One paper template serves every corpus, so no count, outlet or date may be typed into its
prose: the template writes sentences from the outputs with these helpers. What only one
study can say (its research questions, what its manifest means, the limits of its
validation) lives in a Markdown file the config names (`paper.study_prose`), cut into
sections the template inserts where they belong.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from analysis.errors import UserError

# The places in the paper a study's prose can fill, in reading order.
PROSE_SECTIONS = ("title", "questions", "data", "method", "validation", "discussion", "limitations")
_SECTION = re.compile(r"^<!--\s*section:\s*([A-Za-z_]+)\s*-->\s*$", re.MULTILINE)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """`n` and the noun, singular for exactly one.

    >>> plural(1, "article"), plural(3, "article"), plural(0, "body unit"), plural(2, "speech", "speeches")
    ('1 article', '3 articles', '0 body units', '2 speeches')
    """
    return f"{n} {singular if n == 1 else (plural_form or singular + 's')}"


def agree(n: int, singular: str, plural_form: str) -> str:
    """The verb form that agrees with a count.

    >>> f"{plural(1, 'pair')} {agree(1, 'shares', 'share')}", f"{plural(2, 'pair')} {agree(2, 'shares', 'share')}"
    ('1 pair shares', '2 pairs share')
    """
    return singular if n == 1 else plural_form


def join_words(items: Iterable[str], last: str = "and") -> str:
    """Items as an English list.

    >>> join_words(["a"]), join_words(["a", "b"]), join_words(["a", "b", "c"]), join_words([])
    ('a', 'a and b', 'a, b and c', '')
    """
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def by_status(counts: Mapping[str, int], notes: Mapping[str, str] | None = None) -> str:
    """Statuses by count, most first (ties by name), each in code marks, a note right after its own.

    A note belongs to one status: put after the whole list, "(their headlines are coded)" read as
    if it were said of the last status listed (the COVID paper: "263 headline-only, 5 empty
    (their headlines are coded)").

    >>> by_status({"empty": 5, "headline-only": 263}, {"headline-only": " (their headlines are coded)"})
    '263 `headline-only` (their headlines are coded), 5 `empty`'
    >>> by_status({"a<b": 1})
    '1 `a&lt;b`'
    """
    notes = notes or {}
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{n} `{html.escape(str(s))}`{notes.get(s, '')}" for s, n in ranked)


def grouped_sources(sources: Iterable[str]) -> str:
    """Validation sources named once per sample: "COVID-19 sample (ref1)", "… (ref3)" → one group.

    A summary file holds one source per coder ("<sample> (<coder>)"); listing each in full
    repeats the sample's name for every coder.

    >>> grouped_sources(["COVID (ref1)", "COVID (ref3)", "set A"])
    'COVID: ref1, ref3; set A'
    """
    groups: dict[str, list[str]] = {}
    for source in sources:
        m = re.fullmatch(r"(.+?) \((.+)\)", source)
        base, inner = (m.group(1), m.group(2)) if m else (source, "")
        groups.setdefault(base, []).extend([inner] if inner else [])
    return "; ".join(f"{base}: {', '.join(inner)}" if inner else base for base, inner in groups.items())


def figure_samples(corpus: str, kinds: Iterable[str], read: Iterable[str]) -> str:
    """The sentence under the reliability figure: what its rows are, and which of them are in-sample.

    The figure's rows are document groups, but a coder whose units were read while rules were
    tuned is in-sample in every group (`reliability_summary.summarise`): the COVID paper said
    "by document group (out-of-sample)" under a grid whose pairings with 24 such coders its own
    tables called in-sample. `read`: those coders among the figure's pairings.

    >>> figure_samples("`c`", ["out-of-sample"], [])
    'The figure shows `c` only, by document group (out-of-sample).'
    >>> figure_samples("`c`", ["out-of-sample"], ["r1", "r3"])
    "The figure shows `c` only, by document group (out-of-sample), but the coder's rows with r1 and r3 are in-sample: their units were read while rules were tuned, as in the tables above."
    """
    read = list(read)
    text = f"The figure shows {corpus} only, by document group ({join_words(sorted(set(kinds)))})"
    if not read:
        return text + "."
    return (
        f"{text}, but the coder's {agree(len(read), 'row', 'rows')} with {html.escape(join_words(read))} "
        f"{agree(len(read), 'is', 'are')} in-sample: their units were read while rules were tuned, as in the "
        "tables above."
    )


def headline_units(per_article: Iterable[int]) -> str:
    """Why an outlet's headline units are not its articles, from each coded article's count of them.

    A headline is cut into sentences as the body is, and an article may have none: the COVID
    paper's data table put 650 headline units beside 604 articles of one outlet without a word
    (and 389 beside 399 of another). "" when every article has exactly one.

    >>> print(headline_units([1, 2, 3, 1, 0]))
    Headline units are the headlines' sentences, as body units are the bodies': 2 of the 4 headlines have more than one (5 units), and 1 coded article has no headline unit, so an outlet's headline units need not equal its articles.
    >>> print(headline_units([1, 1]) or "-", headline_units([1, 0, 0]), sep=" | ")
    - | 2 coded articles have no headline unit, so an outlet's headline units need not equal its articles.
    """
    counts = [int(n) for n in per_article]
    headed = [n for n in counts if n > 0]
    several, none = [n for n in headed if n > 1], counts.count(0)
    if not several and not none:
        return ""
    parts = []
    if several:
        parts.append(
            f"{len(several)} of the {plural(len(headed), 'headline')} {agree(len(several), 'has', 'have')} "
            f"more than one ({plural(sum(several), 'unit')})"
        )
    if none:
        parts.append(f"{plural(none, 'coded article')} {agree(none, 'has', 'have')} no headline unit")
    lead = "Headline units are the headlines' sentences, as body units are the bodies': " if several else ""
    return f"{lead}{', and '.join(parts)}, so an outlet's headline units need not equal its articles."


def frames_named(shares: Iterable[tuple[str, str]], label: Callable[[str], str]) -> list[str]:
    """Frames with their shares as the prose names them: by the label the figure and the tables show.

    The frames paragraph named them by id: "the most frequent frame is india" read as a country,
    beside a figure whose row says "India angle".

    >>> frames_named([("india", "12%"), ("geopolitics", "4%")], {"india": "India angle", "geopolitics": "G & M"}.get)
    ['**India angle** (12% of body units)', '**G &amp; M** (4% of body units)']
    """
    return [f"**{html.escape(label(f))}** ({share} of body units)" for f, share in shares]


def date_span(dates: Iterable[str]) -> str:
    """The range of the known ISO dates: "on D", "from D1 to D2", or "" when none is known.

    >>> date_span(["2021-04-08", "", "2020-03-01"]), date_span(["2021-04-08"]), date_span(["", None])
    ('from 2020-03-01 to 2021-04-08', 'on 2021-04-08', '')
    """
    known = sorted(str(d) for d in dates if d)
    if not known:
        return ""
    return f"on {known[0]}" if known[0] == known[-1] else f"from {known[0]} to {known[-1]}"


def stance_spoken(targets: Mapping[str, tuple[int, int, int]], n_body: int) -> str:
    """What the stance table rests on: per target, the body units that speak of it and their stance.

    `targets`: label → (units speaking of it, favor, against). A corpus where no unit speaks of
    any target (a monsoon corpus coded with a codebook about Russia's ties) showed a table of
    zeros and an empty figure without a word; the paper now says why they are empty. A corpus on
    India–China talks whose 10 units on Russia–India ties take no stance read "(0 favor, 0 against,
    the rest none)" above the same empty figure: it now says so too.

    >>> stance_spoken({"A–B ties": (0, 0, 0), "A–C ties": (0, 0, 0)}, 61)
    'No body unit speaks of A–B ties or A–C ties (none names both parties of a pair or carries them over from its story), so no unit takes a stance toward them: the table and the figure below are empty by construction.'
    >>> stance_spoken({"A–B ties": (62, 38, 3), "A–C ties": (0, 0, 0)}, 80)
    'Of 80 body units, 62 speak of A–B ties (38 favor, 3 against, the rest none) and none speaks of A–C ties.'
    >>> stance_spoken({"A–B ties": (1, 1, 0)}, 9)
    'Of 9 body units, 1 speaks of A–B ties (1 favor, 0 against, the rest none).'
    >>> stance_spoken({"A–B ties": (0, 0, 0), "A–C ties": (10, 0, 0)}, 80)
    "Of 80 body units, none speaks of A–B ties and 10 speak of A–C ties (none with a stance): no unit takes a stance, so the table's balances and the figure below are empty."
    """
    if not any(about for about, _, _ in targets.values()):
        return (
            f"No body unit speaks of {join_words(targets, 'or')} (none names both parties of a pair or carries them "
            "over from its story), so no unit takes a stance toward them: the table and the figure below are "
            "empty by construction."
        )
    parts = [
        f"{about} {agree(about, 'speaks', 'speak')} of {label} "
        + (f"({favor} favor, {against} against, the rest none)" if favor or against else "(none with a stance)")
        if about
        else f"none speaks of {label}"
        for label, (about, favor, against) in targets.items()
    ]
    # spoken of, but never favorably or not: every balance is undefined and the figure has no dot
    empty = not any(favor or against for _, favor, against in targets.values())
    tail = ": no unit takes a stance, so the table's balances and the figure below are empty" if empty else ""
    return f"Of {plural(n_body, 'body unit')}, {join_words(parts)}{tail}."


def silent_targets(spoken: Mapping[str, bool]) -> str:
    """The note after the introduction's stance targets: which of them no unit of the corpus speaks of.

    `spoken`: label → whether any unit (headline or body) speaks of it. A corpus on India–China
    talks that never names Pakistan was told the paper describes "what stance they take toward
    Russia–Pakistan ties and Russia–India ties" as if both were there; only a corpus silent on
    every target had the note.

    >>> silent_targets({"A–B ties": False, "A–C ties": False}), silent_targets({"A–B ties": False})
    (' (no unit of this corpus speaks of them)', ' (no unit of this corpus speaks of it)')
    >>> silent_targets({"A–B ties": False, "A–C ties": True}), silent_targets({"A–C ties": True})
    (' (no unit of this corpus speaks of A–B ties)', '')
    """
    silent = [label for label, said in spoken.items() if not said]
    if not silent:
        return ""
    if len(silent) == len(spoken):
        return f" (no unit of this corpus speaks of {agree(len(silent), 'it', 'them')})"
    return f" (no unit of this corpus speaks of {html.escape(join_words(silent))})"


def spoken_gaps(measures: Iterable[str], silent_ids: Iterable[str]) -> list[bool]:
    """Which headline–body measures to print: none on the stance toward a target of `silent_ids`.

    `silent_ids`: the targets no unit takes a stance toward. Their row is "0.00 [0.00, 0.00]" by
    construction (headline and body both say "none"): the monsoon corpus's table gave each
    outlet two of them, "Headline stance differs from body: Russia–Pakistan ties", read as a finding.

    >>> spoken_gaps(["dominant_in_headline", "stance_gap_a_b", "stance_gap_a_c"], ["a_b"])
    [True, False, True]
    """
    silent = {f"stance_gap_{t}" for t in silent_ids}
    return [m not in silent for m in measures]


def limit_of_tests(per_outlet: Mapping[str, int], min_articles: int) -> str:
    """The limitation on tests when they were run: smaller outlets are described only, if there are any.

    "Smaller outlets are described, not tested" was said of a corpus of four outlets with six
    articles or more each, where no outlet was smaller.

    >>> limit_of_tests({"a": 6, "b": 7}, 5)
    'Tests compare outlets with at least 5 articles; every outlet here has that many.'
    >>> limit_of_tests({"a": 6, "b": 2}, 5)
    'Tests compare only outlets with at least 5 articles; smaller outlets are described, not tested.'
    """
    if all(n >= min_articles for n in per_outlet.values()):
        return (
            f"Tests compare outlets with at least {plural(min_articles, 'article')}; every outlet here has that many."
        )
    return (
        f"Tests compare only outlets with at least {plural(min_articles, 'article')}; smaller outlets are "
        "described, not tested."
    )


def reuse_scopes(within: int, cross: int, unknown: int) -> str:
    """How the article pairs that share text divide, as the reuse matrix below can show them.

    The matrix has a cell only for pairs of two known outlets; a pair with an article of unknown
    outlet is in the count but in no cell. The seed paper said "1 article pair shares at least one
    passage (0 across outlets)" above a matrix captioned "0 in all" twice, and never said where
    the pair was.

    >>> reuse_scopes(3, 2, 0), reuse_scopes(0, 0, 1), reuse_scopes(4, 1, 2)
    ('2 across outlets', '0 across outlets or within one; 1 with an article of unknown outlet, which the matrix leaves out', '1 across outlets; 2 with articles of unknown outlet, which the matrix leaves out')
    """
    if not unknown:
        return f"{cross} across outlets"
    head = f"{cross} across outlets" + ("" if within or cross else " or within one")
    return (
        f"{head}; {unknown} with {agree(unknown, 'an article', 'articles')} of unknown outlet, which the matrix "
        "leaves out"
    )


def codebook_fit(no_frame: int, n_body: int, spoken: int, codebook: str) -> str:
    """A limitation when most body units carry no frame of the codebook and almost none speaks of its targets.

    A codebook is one study's design; run on a corpus about something else, its frame shares
    and stance balances are near zero by construction, and the paper should say so rather
    than let them read as findings about the outlets. Empty when the codebook fits. `spoken`:
    the units (headlines too) that speak of a target; up to one per hundred body units is
    "almost none" (the COVID paper, 81% of 26490 body units without a frame and a dozen units
    on Russia–India ties, had no word of the codebook being another study's).

    >>> codebook_fit(55, 61, 0, "rp")[:70]
    '- **The codebook and this corpus.** 55 of 61 body units (90%) carry no'
    >>> codebook_fit(21423, 26490, 12, "rp").split("and only")[1][:50]
    ' 12 units speak of its stance targets: it was writ'
    >>> codebook_fit(10, 61, 0, "rp"), codebook_fit(55, 61, 3, "rp")
    ('', '')
    """
    if not n_body or no_frame * 2 <= n_body or spoken * 100 > n_body:
        return ""
    targets = (
        f"only {plural(spoken, 'unit')} {agree(spoken, 'speaks', 'speak')} of its stance targets"
        if spoken
        else "no unit speaks of its stance targets"
    )
    return (
        f"- **The codebook and this corpus.** {no_frame} of {plural(n_body, 'body unit')} "
        f"({100 * no_frame / n_body:.0f}%) carry none of the frames of the codebook `{html.escape(codebook)}` and "
        f"{targets}: it was written for another topic, so the frame shares and stance "
        "balances above describe how little of it this corpus touches, not how the outlets cover their own "
        "topic. A codebook of this study's own (schema: `analysis/schemas/codebook.schema.json`, named by "
        "`codebook:` in the config) would."
    )


# How much of a shared passage the paper prints: its opening words; the reuse CSV keeps every passage whole.
EXCERPT_WORDS = 30


def excerpt(text: str, words: int = EXCERPT_WORDS) -> str:
    """The opening `words` words of a text on one line, with "…" where it was cut.

    A shared passage can run to a whole article (the same story printed twice): printed whole,
    twenty of them filled half the paper, and the line breaks inside showed as "\\n".

    >>> excerpt("one two\\n\\nthree four", 3), excerpt("  a   b ", 3)
    ('one two three …', 'a b')
    """
    tokens = str(text).split()
    return " ".join(tokens[:words]) + (" …" if len(tokens) > words else "")


def parse_prose(text: str, source: str = "study prose") -> dict[str, str]:
    """Split Markdown into sections at `<!-- section: NAME -->` lines; text before the first is ignored.

    >>> parse_prose("intro\\n<!-- section: title -->\\nA study\\n<!-- section: data -->\\nNotes.\\n")
    {'title': 'A study', 'data': 'Notes.'}
    """
    parts = _SECTION.split(text)
    sections = {}
    for name, body in zip(parts[1::2], parts[2::2]):
        if name not in PROSE_SECTIONS:
            raise UserError(f"{source}: unknown section {name!r}; the paper has places for {', '.join(PROSE_SECTIONS)}")
        if name in sections:
            raise UserError(f"{source}: section {name!r} appears twice")
        sections[name] = body.strip()
    return sections


def read_prose(path: str | Path | None) -> dict[str, str]:
    """The study's prose sections from the file `paper.study_prose` names; none when it names none."""
    if not path:
        return {}
    path = Path(path)
    if not path.is_file():
        raise UserError(f"paper.study_prose: {path} does not exist")
    return parse_prose(path.read_text(encoding="utf-8"), str(path))
