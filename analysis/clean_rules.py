"""Cleaning rules: which lines of a saved news page are not the article, and why.

Two kinds of rule, each with the reason class it writes to the cleaning log:

* *Line rules* (`LineRule`, in `LINE_RULES`) look at one line alone: a pattern searched
  in the line's matching form (`analysis.normalize.norm`, so spelling variants such as
  पढ़ें/पढें meet) plus a word limit, so that a real paragraph that happens to contain
  the words is never removed.
* *Page rules* (the functions below `LINE_RULES`) look at a line's neighbours and at what
  earlier rules found: teasers after a "more stories" heading, an author's name above a
  role line, a caption repeated as alt text, page chrome above the headline, repeated
  paragraphs, an author bio after the closing byline.

A page rule takes the page's lines (`texts`) and the lines already removed (`Marks`, line
index → `Mark`) and returns only the lines it removes, so each rule can be tried alone;
`analysis.clean.clean_article` applies them in order. The selectors at the end
(`headline_index`, `standfirst_index`, `paragraph_roles`) remove nothing: they say what
the kept lines are. Every rule is general (a pattern, a position, a shape), never a line
number or one page's exact string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from analysis.normalize import norm_seen
from analysis.vocab import WORD_CLASS

# The reason classes of the cleaning log (results/corpus/cleaning_log.csv, column `reason`).
REASONS = (
    "navigation/breadcrumb",
    "caption/image credit",
    "byline",
    "date line",
    "related-link promo",
    "other-story teaser",
    "logo/copyright footer",
    "comment form",
    "widget",
    "author bio",
    "duplicate",
)
# Lines that sit between a headline or standfirst and the body: they mark where the body starts.
META_REASONS = ("caption/image credit", "byline", "date line")
SENTENCE_END = "।॥.?!"
CLOSERS = "”’\"'»)]"


@dataclass(frozen=True)
class Mark:
    """Why a line was removed: its reason class and the rule that removed it.

    Later steps read `rule` as well as `reason`: a `by_line` mark carries the author's
    name and a `published_line` mark the publication date.
    """

    reason: str
    rule: str


Marks = dict[int, Mark]


def _rule_of(marks: Marks, i: int) -> str:
    mark = marks.get(i)
    return mark.rule if mark else ""


def _reason_of(marks: Marks, i: int) -> str:
    mark = marks.get(i)
    return mark.reason if mark else ""


# --------------------------------------------------------------------------- shapes
def word_count(line: str, limit: int) -> int:
    """`len(line.split())` when it is at most `limit`, else `limit + 1`.

    The shape rules ask whether a line has a dozen words or so; a body paragraph has
    hundreds. Splitting stops after `limit` splits: what is left holds another word
    exactly when the line has more than `limit` (`str.split` drops trailing white space).

    >>> word_count("एक दो तीन", 5), word_count("एक दो तीन चार", 2), word_count("  ", 3)
    (3, 3, 0)
    """
    return len(line.split(maxsplit=limit))


def is_headline_shaped(line: str) -> bool:
    """A headline: at most 30 words, and not ending with a danda or full stop."""
    s = line.rstrip(CLOSERS + " ")
    return 0 < word_count(line, 30) <= 30 and not (s and s[-1] in "।॥.")


def is_subhead_shaped(line: str) -> bool:
    """A sub-heading: a short line (≤ 12 words) with no final punctuation."""
    s = line.rstrip(CLOSERS + " ")
    return 0 < word_count(line, 12) <= 12 and not (s and s[-1] in SENTENCE_END + ",;")


# (character, replacement) pairs: no replacement is itself replaced, so the order does not matter
_DUP_FOLD = (("\u093c", ""), ("\u0901", "\u0902"), ("“", '"'), ("”", '"'), ("‘", '"'), ("’", '"'), ("'", '"'))


def dup_key(line: str) -> str:
    """Key for spotting a repeated paragraph: nukta, chandrabindu, quote style and Latin
    case ignored. A cheap cousin of `norm` (which is per character in Python), enough
    for exact repeats; used on every paragraph of the corpus.
    """
    for char, repl in _DUP_FOLD:  # a C scan each: `str.translate` looks up every character in a dict
        if char in line:
            line = line.replace(char, repl)
    return line.casefold()


# --------------------------------------------------------------------------- line rules
@dataclass(frozen=True)
class LineRule:
    """A boilerplate rule: a pattern on the line's matching form plus a shape limit.

    `pattern` is searched in `norm(line)` (lowercase Latin, no nukta, anusvara for
    nasal clusters). `max_words` keeps a rule from eating a real paragraph that happens
    to contain its words. `example` is a line the rule removes (tested); `doc` says what
    the rule removes and why.
    """

    name: str
    reason: str
    pattern: str
    example: str
    max_words: int = 12
    doc: str = ""
    # a line this says is text is kept although the pattern matches (e.g. a live blog's timestamped update)
    unless: object = None
    # the pattern compiled once: `re.search` looks it up in the module's cache on every call, and
    # a corpus asks ~15 rules per line
    search: object = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "search", re.compile(self.pattern).search)

    def matches(self, normed: str, n_words: int) -> bool:
        if n_words > self.max_words or self.search(normed) is None:
            return False
        return self.unless is None or not self.unless(normed)


_W = rf"(?!{WORD_CLASS})"  # end of a word, Devanagari-aware
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_HI_MONTHS = "जनवरी|फरवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|अक्तूबर|नवंबर|दिसंबर"
# Words that may follow the last number of a date line: clock and zone words, weekdays, months,
# and a byline's "by" (in `norm` form: lowercase Latin, no nukta, anusvara).
_AFTER_DATE = re.compile(
    rf"^(?:{_MONTHS}|{_HI_MONTHS}|am|pm|a\.m\.|p\.m\.|ist|gmt|utc|hrs|by|on|at|बजे|को|आईएसटी|द्वारा|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार)$"
)
_TOKEN_EDGES = " \t,;:|()[]{}'\"“”‘’—–-।.?!"


def words_after_last_number(normed: str) -> int:
    """Words after a line's last number that are not clock, zone, weekday or month words.

    A publication line ends in its date or time ("Updated: Apr 8, 2021, 4:28 AM IST"); a live
    blog's update starts with one and goes on in words ("अपडेट 09:15 — प्रतिनिधिमंडल पहुँचा।").
    The second is news and must not be removed as a date line.

    >>> words_after_last_number("updated: apr 8, 2021, 4:28 am ist")
    0
    >>> words_after_last_number("अपडेट 09:15 — प्रतिनिधिमंडल हवाई अड्डे पर पहुंचा।")
    5
    """
    last = max((m.end() for m in re.finditer(r"\d", normed)), default=0)
    words = (w.strip(_TOKEN_EDGES) for w in normed[last:].split())
    return sum(1 for w in words if w and not _AFTER_DATE.match(w))


def reads_as_text(normed: str) -> bool:
    """Three or more words after the last number: a sentence with a timestamp, not a date line."""
    return words_after_last_number(normed) >= 3


MORE_STORIES = "more_stories_heading"

LINE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "breadcrumb_trail",
        "navigation/breadcrumb",
        r"^[^।.?!]{1,40}\s(?:/|>|»|›|\|)\s[^।.?!]{1,40}$",
        "ETV Bharat / international",
        max_words=6,
        doc="A short line of section names joined by / > » | is a breadcrumb trail.",
    ),
    LineRule(
        "breadcrumb_lead",
        "navigation/breadcrumb",
        r"^(?:hindi news|home|होम|मुख्य पृष्ठ)" + _W,
        "Hindi News विदेश एशिया क्या चीन-रूस मिलकर कोई सैन्य समझौता कर रहे हैं?",
        max_words=40,
        doc="A line that starts with a site-root crumb (Hindi News, Home, होम) is a breadcrumb,"
        " even when the page title follows the crumbs.",
    ),
    LineRule(
        "image_credit",
        "caption/image credit",
        r"image source|photo\s*(?:credit|:)|image credit|pic credit|file photo|^(?:author )?(?:img|image|photo)$"
        r"|फोटो\s*(?:साभार|:|-|क्रेडिट)|फाइल फोटो|सांकेतिक (?:तस्वीर|फोटो)|तस्वीर\s*(?:साभार|:)",
        "क्या चीन-रूस … जवाब- India TV Hindi Image Source : ANI क्या चीन-रूस … जवाब",
        max_words=60,
        doc="Image credits and alt texts ('Image Source :', 'फोटो साभार', 'author img').",
    ),
    LineRule(
        "by_line",
        "byline",
        r"^(?:by|written by|edited by|posted by|लेखक|द्वारा)(?:\s*[:-]?\s+\S.*)?$",
        "By आदित्य सिंह",
        max_words=6,
        doc="'By' with up to five words of names is a byline; the name becomes `byline`.",
    ),
    LineRule(
        "reporter_role",
        "byline",
        r"^(?:reporter|correspondent|senior correspondent|sub editor|editor|contributor|"
        r"रिपोर्टर|संवाददाता|वरिष्ठ संवाददाता|ब्यूरो)" + _W,
        "Reporter The Printlines (Part of Bharat Express News Network)",
        max_words=14,
        doc="A role line (Reporter …, संवाददाता …) under the author's name.",
    ),
    LineRule(
        "published_line",
        "date line",
        r"^(?:published|updated|last updated|posted|first published|प्रकाशित|अपडेट(?:ेड)?|पब्लिश्ड)"
        r"\s*(?:on|at|date|तिथि)?\s*[:：-]?\s*.*\d",
        "Published : Apr 8, 2021, 4:28 AM IST",
        max_words=14,
        doc="'Published/Updated/प्रकाशित …' with a date: the publication date line (not a live blog's"
        " timestamped update, which goes on in words after its time: `reads_as_text`).",
        unless=reads_as_text,
    ),
    LineRule(
        "page_date",
        "date line",
        r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
        + _MONTHS
        + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}$"
        r"|^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
        + _MONTHS
        + r",?\s+(?:19|20)\d{2}$"
        r"|^\d{1,2}\s+(?:" + _HI_MONTHS + r")\s*,?\s+(?:19|20)\d{2}$",
        "Mon. Dec 23rd, 2024",
        max_words=6,
        doc="A line that is only a date (often the day the page was viewed): removed, and never used as `published`.",
    ),
    LineRule(
        "read_also",
        "related-link promo",
        r"^(?:यह|ये|इसे|इन्हें|इसको)\s+भी\s+(?:पढें|पढिए|पढे|देखें|देखिए|जानें|सुनें)"
        r"|^(?:यहां|यहाँ)\s+(?:पढें|देखें|पढिए)|^(?:और|अन्य)\s+(?:पढें|खबरें)\s*[:-]"
        r"|^(?:also read|read also|read more|must read|also see)" + _W,
        "यह भी पढ़ें- नए एजेंडे पर अमेरिका, भारत भी अहम सहयोगी",
        max_words=40,
        doc="'यह भी पढ़ें', 'इसे भी देखें', 'Also read' lines promote another story.",
    ),
    LineRule(
        MORE_STORIES,
        "related-link promo",
        r"^(?:latest(?: world| india)? news|more (?:articles|stories|news)(?: like this)?|"
        r"related (?:news|articles|posts|stories)|trending(?: news| now)?|top stories|you may (?:also )?like|"
        r"recommended(?: for you)?|संबंधित (?:खबरें|खबर|समाचार|लेख)|ताजा खबरें|लेटेस्ट (?:न्यूज|खबरें)|"
        r"ये भी पढें|यह भी पढें)\s*:?$",
        "Latest News",
        max_words=5,
        doc="A heading over a list of other stories; everything after it is teasers (see `teasers_after_heading`).",
    ),
    LineRule(
        "copyright",
        "logo/copyright footer",
        r"copyright|©|all rights reserved|सर्वाधिकार सुरक्षित|\slogo$|^logo$",
        "Copyright © 2024 Ushodaya Enterprises Pvt. Ltd., All Rights Reserved.",
        max_words=20,
        doc="Copyright notices and site logos.",
    ),
    LineRule(
        "comment_form",
        "comment form",
        r"^(?:leave a (?:reply|comment)|your email address will not be published|required fields are marked|"
        r"post comment|add comment|comments?\s*\*?|name\s*\*|email\s*\*|website|save my name|"
        r"cancel reply|टिप्पणी (?:करें|लिखें)|अपनी राय (?:दें|लिखें)|कमेंट (?:करें|लिखें))" + _W,
        "Your email address will not be published. Required fields are marked *",
        max_words=16,
        doc="Comment-form labels under an article.",
    ),
    LineRule(
        "widget",
        "widget",
        r"^(?:exit mobile version|share(?: this| on)?|follow us(?: on)?|advertisement|ads?|विज्ञापन|"
        r"whatsapp|facebook|twitter|telegram|google news|subscribe(?: now)?|print|listen|"
        r"font size|a\s*[+-]?(?:\s+a\s*[+-]?)*|[a-z])\s*:?$",
        "Exit mobile version",
        max_words=6,
        doc="Page controls: share buttons, font-size letters ('A'), 'Exit mobile version'.",
    ),
)

_MAX_RULE_WORDS = max(r.max_words for r in LINE_RULES)


def match_rule(line: str) -> LineRule | None:
    """The first line rule that removes `line`, or None.

    Lines longer than every rule's word limit are skipped before the (costly)
    matching form is computed: body paragraphs are never boilerplate by these rules.
    """
    n_words = word_count(line, _MAX_RULE_WORDS)
    if n_words > _MAX_RULE_WORDS:
        return None
    normed = norm_seen(line)
    for rule in LINE_RULES:
        if rule.matches(normed, n_words):
            return rule
    return None


def boilerplate_lines(texts: tuple[str, ...]) -> Marks:
    """Every line that a line rule removes, marked with that rule's reason and name."""
    marks: Marks = {}
    for i, text in enumerate(texts):
        rule = match_rule(text)
        if rule:
            marks[i] = Mark(rule.reason, rule.name)
    return marks


# --------------------------------------------------------------------------- page rules
def teasers_after_heading(texts: tuple[str, ...], marks: Marks) -> Marks:
    """Reason "other-story teaser": every line after the first more-stories heading.

    Under "Latest News" / "संबंधित खबरें" a page lists other stories, which look like
    headlines and paragraphs. A line there keeps its own reason if a line rule found one
    (a footer is still a footer), except read-also promos, which are teasers too. The
    lines lose their rule names: a byline or date down there belongs to another story.
    """
    start = next((i for i in sorted(marks) if marks[i].rule == MORE_STORIES), None)
    if start is None:
        return {}
    found: Marks = {}
    for i in range(start + 1, len(texts)):
        own = marks.get(i)
        keep_own = own and (own.reason != "related-link promo" or own.rule == MORE_STORIES)
        found[i] = Mark(own.reason if keep_own else "other-story teaser", "after_more_stories")
    return found


_NAME_LINE = re.compile(r"^(?:[A-Z][a-z]+\.?)(?: [A-Z][a-z]+\.?){1,3}$")


def name_above_role(texts: tuple[str, ...], marks: Marks) -> Marks:
    """Reason "byline": a capitalised Latin name directly above a reporter-role line.

    Sites print the author as a bare name with their role on the next line ("Aarti
    Kushwaha" / "Reporter …"); the name alone matches no pattern, its neighbour does.
    The name becomes the article's `byline`.
    """
    return {
        i: Mark("byline", "name_line")
        for i in range(len(texts) - 1)
        if i not in marks and _rule_of(marks, i + 1) == "reporter_role" and _NAME_LINE.match(texts[i])
    }


def caption_pairs(texts: tuple[str, ...], marks: Marks) -> Marks:
    """Reason "caption/image credit": two identical short lines just before a meta line.

    A saved page prints an image's caption and then its alt text, the same words twice,
    right above the byline, date or image credit; a body paragraph is never doubled in
    a row at that spot.
    """
    found: Marks = {}
    for i in range(len(texts) - 1):
        if i in marks or i in found or (i + 1) in marks:
            continue
        after = range(i + 2, min(i + 4, len(texts)))
        if (
            texts[i] == texts[i + 1]
            and is_subhead_shaped(texts[i])
            and any(_reason_of(marks, j) in META_REASONS for j in after)
        ):
            found[i] = found[i + 1] = Mark("caption/image credit", "caption_pair")
    return found


def above_headline(texts: tuple[str, ...], marks: Marks, title_idx: int | None) -> Marks:
    """Reason "navigation/breadcrumb": every line above the headline.

    Text above the headline is page chrome: section names, or a breadcrumb trail that
    ends with the title itself (see `headline_index`).
    """
    if title_idx is None:
        return {}
    return {i: Mark("navigation/breadcrumb", "above_headline") for i in range(title_idx) if i not in marks}


def duplicates(texts: tuple[str, ...], kept: list[int], titles: tuple[str, ...]) -> Marks:
    """Reason "duplicate": later copies of the title and of a kept paragraph.

    Saved pages often hold the body twice (an AMP copy, a print view) or repeat the
    headline inside the body. Copies are compared by `dup_key`, so a copy that differs
    only in nukta, chandrabindu or quote style still counts; the first copy stays.
    """
    seen = {dup_key(t) for t in titles}
    found: Marks = {}
    for i in kept:
        k = dup_key(texts[i])
        if k in seen:
            found[i] = Mark("duplicate", "repeat")
        else:
            seen.add(k)
    return found


def author_bio(texts: tuple[str, ...], marks: Marks, body: list[int]) -> Marks:
    """Reason "author bio": a short paragraph (≤ 40 words) right after a closing byline.

    A byline that follows body text closes the article; the next paragraph is the
    author's self-description ("… का छात्र। … में रुचि।"), not part of the report.
    """
    found: Marks = {}
    body = list(body)
    for i in range(len(texts)):
        if _reason_of(marks, i) != "byline" or not any(b < i for b in body):
            continue
        nxt = next((j for j in range(i + 1, len(texts)) if (j not in marks and j not in found) or j in body), None)
        if nxt is not None and nxt in body and word_count(texts[nxt], 40) <= 40:
            found[nxt] = Mark("author bio", "after_byline")
            body.remove(nxt)
    return found


# --------------------------------------------------------------------------- what kept lines are
def headline_index(texts: tuple[str, ...], marks: Marks) -> int | None:
    """The headline: the first kept line if it is headline-shaped, else None.

    When one of the next three kept lines is the tail of that line (and not much
    shorter), the first line is a breadcrumb trail that repeats the title and the
    tail is the headline.
    """
    kept = [i for i in range(len(texts)) if i not in marks]
    if not kept or not is_headline_shaped(texts[kept[0]]):
        return None
    first = texts[kept[0]]
    for j in kept[1:4]:
        other = texts[j]
        if other != first and len(other) >= 0.3 * len(first) and norm_seen(first).endswith(norm_seen(other)):
            return j
    return kept[0]


def standfirst_index(marks: Marks, kept: list[int]) -> int | None:
    """The standfirst: the first kept paragraph if a caption/byline/date block follows it.

    Pages print headline, standfirst, then the image and byline block, then the body;
    a paragraph straight after the headline with no such block is the body's first.
    """
    if len(kept) < 2:
        return None
    first, nxt = kept[0], kept[1]
    return first if any(_reason_of(marks, j) in META_REASONS for j in range(first + 1, nxt)) else None


def paragraph_roles(texts: tuple[str, ...], body: list[int]) -> list[tuple[str, str]]:
    """(role, text) of the body's lines: short lines without final punctuation between
    paragraphs are sub-headings; the first and last lines are always body."""
    last = len(body) - 1
    return [
        ("subhead" if 0 < k < last and is_subhead_shaped(texts[i]) else "body", texts[i]) for k, i in enumerate(body)
    ]
