"""Cleaning: from a saved news page to title, standfirst, byline, date and body.

Pages saved from news sites carry navigation, captions, bylines, date lines, promos for
other stories, footers and comment forms around the article, and sometimes the whole
body twice. The rules that find those lines live in `analysis.clean_rules`, each with
its reason class and the reason it exists; this module normalises the text, applies the
rules in order (`clean_article`), reads the metadata the removed lines carry (outlet,
byline, date) and cuts daily files into stories. Every removed line is logged with its
line number and a reason class, so a researcher can audit what was dropped.

Datelines such as "इस्लामाबाद :" / "नई दिल्ली:" at the start of the first body paragraph
stay in the body: they are part of the first sentence as printed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from analysis.clean_rules import (
    Marks,
    above_headline,
    author_bio,
    boilerplate_lines,
    caption_pairs,
    duplicates,
    headline_index,
    is_headline_shaped,
    name_above_role,
    paragraph_roles,
    standfirst_index,
    teasers_after_heading,
    word_count,
)
from analysis.dates import parse_date  # noqa: F401 (re-exported: the cleaner reads date lines)
from analysis.normalize import norm

# --------------------------------------------------------------------------- unicode
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]")
# a run of spaces that is not already one plain space (replacing " " by " " is most matches, for nothing)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# what `_SPACES` can match holds two plain spaces or one of these: a text with neither (most cleaned
# or exported text) is not scanned by it, and this class skips the plain spaces between words in C
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


def normalize_unicode(text: str) -> str:
    """NFC, no BOM/zero-width marks, one kind of line break and of space.

    Also drops the space typed before a danda ("है  ।" → "है।"): it is a typing habit
    of some compilers, not part of the sentence, and it would leave a stray unit.

    >>> normalize_unicode("\\ufeffहै\\u00a0 ।\\r\\n")
    'है।\\n'
    """
    # whole-text passes in C (no pattern matches "\n", so none spans a line), then one strip per line
    if _ZERO_WIDTH.search(text):
        text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    if "  " in text or _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    # runs of spaces are single spaces now, so one space at most stands before a danda
    text = text.replace(" ।", "।").replace(" ॥", "॥")
    return "\n".join([line.strip() for line in text.split("\n")])


# --------------------------------------------------------------------------- metadata
@dataclass(frozen=True)
class Brand:
    """An outlet name and the strings that identify it in page chrome."""

    outlet: str
    pattern: str


# Data, not logic: extend it for new outlets. Matched only in removed boilerplate lines
# (breadcrumbs, captions, bylines, footers), where a brand names the page's own outlet;
# a brand named in the body is usually a source being cited.
BRANDS: tuple[Brand, ...] = (
    Brand("ETV Bharat", r"etv\s*bharat"),
    Brand("India TV", r"india\s*tv"),
    Brand("The Printlines", r"the\s*printlines"),
    Brand("Bharat Express", r"bharat\s*express"),
    Brand("NDTV", r"ndtv"),
    Brand("Aaj Tak", r"aaj\s*tak|aajtak"),
    Brand("ABP News", r"abp\s*(?:news|live)"),
    Brand("Zee News", r"zee\s*news"),
    Brand("News18", r"news\s*18"),
    Brand("BBC Hindi", r"bbc"),
    Brand("Dainik Bhaskar", r"dainik\s*bhaskar|दैनिक भास्कर"),
    Brand("Dainik Jagran", r"dainik\s*jagran|jagran|दैनिक जागरण"),
    Brand("Amar Ujala", r"amar\s*ujala|अमर उजाला"),
    Brand("Navbharat Times", r"navbharat\s*times|नवभारत टाइम्स"),
    Brand("Prabhat Khabar", r"prabhat\s*khabar|प्रभात खबर"),
    Brand("Hindustan", r"live\s*hindustan"),
    Brand("Jansatta", r"jansatta|जनसत्ता"),
)


def outlet_from_text(lines: list[str]) -> str:
    """First brand found in the given (boilerplate) lines, or ""."""
    for line in lines:
        normed = norm(line)
        for brand in BRANDS:
            if re.search(brand.pattern, normed):
                return brand.outlet
    return ""


_SEO_TAIL = re.compile(r"\s+[-|–—:]\s+[a-z0-9][a-z0-9 ,'&-]*$")


def strip_title_tail(title: str) -> str:
    """Drop an SEO slug or brand tail from a title.

    >>> strip_title_tail("रूस : लावरोव - russia pakistan relations")
    'रूस : लावरोव'
    """
    cut = _SEO_TAIL.sub("", title)
    if cut != title and cut.strip():
        return cut.strip()
    m = re.search(r"\s+[-|–—]\s+([^-|–—]+)$", title)
    if m and outlet_from_text([m[1]]) and word_count(m[1], 4) <= 4:
        return title[: m.start()].strip()
    return title


_SECTION_PREFIX = re.compile(r"^([^\s/।.?!:]+(?: [^\s/।.?!:]+)?) / (?=\S)")


def strip_section_prefix(title: str) -> tuple[str, str]:
    """Split a section label glued to a headline ("बिजनेस / …") → (prefix, headline)."""
    m = _SECTION_PREFIX.match(title)
    if m:
        return m.group(0).strip(), title[m.end() :]
    return "", title


def byline_name(line: str, reason_rule: str) -> str:
    """The author's name in a byline line ("By आदित्य सिंह" → "आदित्य सिंह")."""
    m = re.match(r"^(?:by|written by|edited by|posted by|लेखक|द्वारा)\s*[:-]?\s*(.*)$", line, re.I)
    if reason_rule == "by_line" and m:
        return m[1].strip()
    return ""


# --------------------------------------------------------------------------- articles
@dataclass(frozen=True)
class Line:
    """A non-blank line of the normalised text with its 1-based line number in the file."""

    no: int
    text: str


@dataclass
class CleanedArticle:
    """What cleaning keeps, what it removed and what it learned about the article."""

    title: str = ""
    standfirst: str = ""
    byline: str = ""
    published: str = ""
    outlet: str = ""
    published_line: str = ""  # the first date line as written, for the intake report when unreadable
    paragraphs: list[tuple[str, str]] = field(default_factory=list)  # (role, text)
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line_no, line, reason)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The cleaned body: paragraphs separated by a blank line."""
        return "\n\n".join(p for _, p in self.paragraphs)


def to_lines(text: str, first_line_no: int = 1) -> list[Line]:
    """Non-blank lines of already-normalised text, numbered from `first_line_no`."""
    return [Line(i, t) for i, t in enumerate(text.split("\n"), first_line_no) if t]


def clean_article(lines: list[Line], title_hint: str = "") -> CleanedArticle:
    """Clean one article's lines by applying the rules of `analysis.clean_rules` in order.

    (1) line rules, then the tail rule (after a more-stories heading every line is a
    teaser), an author's name above a role line, and a caption repeated as alt text;
    (2) the headline, unless `title_hint` gives the title (structured sources), and the
    page chrome above it; (3) the standfirst; (4) repeated paragraphs and copies of the
    title; (5) an author bio after a closing byline; (6) sub-headings. Each step sees the
    lines removed by the steps before it, so the order is part of the rules.
    """
    texts = tuple(ln.text for ln in lines)
    marks = boilerplate_lines(texts)
    marks |= teasers_after_heading(texts, marks)
    marks |= name_above_role(texts, marks)
    marks |= caption_pairs(texts, marks)
    out = CleanedArticle()
    title_idx = None if title_hint else headline_index(texts, marks)
    marks |= above_headline(texts, marks, title_idx)
    kept = [i for i in range(len(texts)) if i not in marks and i != title_idx]
    if title_hint:
        out.title = title_hint
    elif title_idx is not None:
        _set_title(out, lines[title_idx])
    elif kept:
        out.notes.append("no headline-shaped first line: title left empty")
    standfirst = standfirst_index(marks, kept) if (title_idx is not None or title_hint) else None
    if standfirst is not None:
        out.standfirst = texts[standfirst]
        kept = kept[1:]
    titles = (out.title,) + ((texts[title_idx],) if title_idx is not None else ())
    marks |= duplicates(texts, kept, titles)
    body = [i for i in kept if i not in marks]
    marks |= author_bio(texts, marks, body)
    body = [i for i in body if i not in marks]
    out.byline, out.published, out.outlet = _page_metadata(texts, marks)
    out.published_line = next((texts[i] for i in sorted(marks) if marks[i].rule == "published_line"), "")
    out.paragraphs = paragraph_roles(texts, body)
    out.removed.extend((lines[i].no, texts[i], mark.reason) for i, mark in marks.items())
    out.removed.sort()
    return out


def _set_title(out: CleanedArticle, line: Line) -> None:
    """The title from the headline line: a glued section label and an SEO/brand tail dropped."""
    prefix, headline = strip_section_prefix(line.text)
    if prefix:
        out.removed.append((line.no, prefix, "navigation/breadcrumb"))
    out.title = strip_title_tail(headline)
    if out.title != headline:
        out.notes.append(f"title tail dropped: {headline[len(out.title) :].strip()!r}")


def _page_metadata(texts: tuple[str, ...], marks: Marks) -> tuple[str, str, str]:
    """(byline, published, outlet) read from the removed lines, first one found wins."""
    byline = published = ""
    for i in sorted(marks):
        mark, text = marks[i], texts[i]
        if mark.reason == "byline" and not byline:
            byline = (
                byline_name(text, mark.rule) if mark.rule == "by_line" else (text if mark.rule == "name_line" else "")
            )
        if mark.rule == "published_line" and not published:
            published = parse_date(text)
    return byline, published, outlet_from_text([texts[i] for i in sorted(marks)])


# --------------------------------------------------------------------------- daily files
def is_story_headline(lines: list[str], i: int) -> bool:
    """Whether line i of a daily file opens a new story.

    A story headline is headline-shaped (≤ 30 words, no final danda/full stop), has at
    least 4 words (shorter lines are sub-headings), does not end with ':' (a label),
    does not start with a list bullet, and starts the file or follows a blank line.
    """
    line = lines[i]
    if not line or not is_headline_shaped(line) or word_count(line, 4) < 4 or line.endswith(":"):
        return False
    if line.startswith(("-", "•", "*")):
        return False
    return i == 0 or not lines[i - 1]


def split_stories(text: str) -> list[list[Line]]:
    """Cut a normalised daily file (many stories, no markers) into stories.

    Each story starts at a story headline (see `is_story_headline`); text before the
    first headline forms a story of its own. A headline with no paragraph before the
    next headline is kept as a (teaser) story of its own: the article table must not
    lose it.
    """
    raw = text.split("\n")
    starts = [i for i in range(len(raw)) if is_story_headline(raw, i)]
    if not starts or starts[0] != next((i for i, t in enumerate(raw) if t), 0):
        starts = [0] + starts
    stories = []
    for a, b in zip(starts, starts[1:] + [len(raw)]):
        story = [Line(i + 1, raw[i]) for i in range(a, b) if raw[i]]
        if story:
            stories.append(story)
    return stories
