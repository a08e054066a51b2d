"""Cleaning: from a saved news page to title, standfirst, byline, date and body.

Pages saved from news sites carry navigation, captions, bylines, date lines, promos for
other stories, footers and comment forms around the article, and sometimes the whole
body twice. Every rule here is general: a pattern (matched on the matching form from
`analysis.normalize`, so spelling variants such as पढ़ें/पढें meet) and/or a position
and shape condition. Rules never refer to line numbers or to one page's exact strings.
Every removed line is logged with its line number and a reason class, so a researcher
can audit what was dropped.

Datelines such as "इस्लामाबाद :" / "नई दिल्ली:" at the start of the first body paragraph
stay in the body: they are part of the first sentence as printed.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from analysis.normalize import norm

REASONS = (
    "navigation/breadcrumb", "caption/image credit", "byline", "date line",
    "related-link promo", "other-story teaser", "logo/copyright footer", "comment form",
    "widget", "author bio", "duplicate",
)
META_REASONS = ("caption/image credit", "byline", "date line")
SENTENCE_END = "।॥.?!"
CLOSERS = "”’\"'»)]"

# --------------------------------------------------------------------------- unicode
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SPACE_BEFORE_DANDA = re.compile(r"[ ]+(?=[।॥])")


def normalize_unicode(text: str) -> str:
    """NFC, no BOM/zero-width marks, one kind of line break and of space.

    Also drops the space typed before a danda ("है  ।" → "है।"): it is a typing habit
    of some compilers, not part of the sentence, and it would leave a stray unit.

    >>> normalize_unicode("\\ufeffहै\\u00a0 ।\\r\\n")
    'है।\\n'
    """
    text = unicodedata.normalize("NFC", text.translate(_ZERO_WIDTH))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    lines = [_SPACE_BEFORE_DANDA.sub("", _SPACES.sub(" ", line)).strip() for line in text.split("\n")]
    return "\n".join(lines)


_DUP_TABLE = str.maketrans({"\u093c": None, "\u0901": "\u0902", "“": '"', "”": '"', "‘": '"', "’": '"', "'": '"'})


def dup_key(line: str) -> str:
    """Key for spotting a repeated paragraph: nukta, chandrabindu, quote style and Latin
    case ignored. A cheap cousin of `norm` (which is per character in Python), enough
    for exact repeats; used on every paragraph of the corpus.
    """
    return line.translate(_DUP_TABLE).casefold()


# --------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class CleaningRule:
    """A boilerplate rule: a pattern on the line's matching form plus a shape limit.

    `pattern` is searched in `norm(line)` (lowercase Latin, no nukta, anusvara for
    nasal clusters). `max_words` keeps a rule from eating a real paragraph that happens
    to contain its words. `example` is a line the rule removes (tested).
    """

    name: str
    reason: str
    pattern: str
    example: str
    max_words: int = 12
    doc: str = ""

    def matches(self, normed: str, n_words: int) -> bool:
        return n_words <= self.max_words and re.search(self.pattern, normed) is not None


_W = r"(?![\w\u0900-\u0963\u0966-\u097f])"  # end of a word, Devanagari-aware
_MONTHS = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_HI_MONTHS = "जनवरी|फरवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|अक्तूबर|नवंबर|दिसंबर"

RULES: tuple[CleaningRule, ...] = (
    CleaningRule(
        "breadcrumb_trail", "navigation/breadcrumb",
        r"^[^।.?!]{1,40}\s(?:/|>|»|›|\|)\s[^।.?!]{1,40}$",
        "ETV Bharat / international", max_words=6,
        doc="A short line of section names joined by / > » | is a breadcrumb trail.",
    ),
    CleaningRule(
        "breadcrumb_lead", "navigation/breadcrumb", r"^(?:hindi news|home|होम|मुख्य पृष्ठ)" + _W,
        "Hindi News विदेश एशिया क्या चीन-रूस मिलकर कोई सैन्य समझौता कर रहे हैं?", max_words=40,
        doc="A line that starts with a site-root crumb (Hindi News, Home, होम) is a breadcrumb,"
        " even when the page title follows the crumbs.",
    ),
    CleaningRule(
        "image_credit", "caption/image credit",
        r"image source|photo\s*(?:credit|:)|image credit|pic credit|file photo|^(?:author )?(?:img|image|photo)$"
        r"|फोटो\s*(?:साभार|:|-|क्रेडिट)|फाइल फोटो|सांकेतिक (?:तस्वीर|फोटो)|तस्वीर\s*(?:साभार|:)",
        "क्या चीन-रूस … जवाब- India TV Hindi Image Source : ANI क्या चीन-रूस … जवाब", max_words=60,
        doc="Image credits and alt texts ('Image Source :', 'फोटो साभार', 'author img').",
    ),
    CleaningRule(
        "by_line", "byline", r"^(?:by|written by|edited by|posted by|लेखक|द्वारा)(?:\s*[:-]?\s+\S.*)?$",
        "By आदित्य सिंह", max_words=6,
        doc="'By' with up to five words of names is a byline; the name becomes `byline`.",
    ),
    CleaningRule(
        "reporter_role", "byline",
        r"^(?:reporter|correspondent|senior correspondent|sub editor|editor|contributor|"
        r"रिपोर्टर|संवाददाता|वरिष्ठ संवाददाता|ब्यूरो)" + _W,
        "Reporter The Printlines (Part of Bharat Express News Network)", max_words=14,
        doc="A role line (Reporter …, संवाददाता …) under the author's name.",
    ),
    CleaningRule(
        "published_line", "date line",
        r"^(?:published|updated|last updated|posted|first published|प्रकाशित|अपडेट(?:ेड)?|पब्लिश्ड)"
        r"\s*(?:on|at|date|तिथि)?\s*[:：-]?\s*.*\d",
        "Published : Apr 8, 2021, 4:28 AM IST", max_words=14,
        doc="'Published/Updated/प्रकाशित …' with a date: the publication date line.",
    ),
    CleaningRule(
        "page_date", "date line",
        r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?" + _MONTHS
        + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}$"
        r"|^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTHS + r",?\s+(?:19|20)\d{2}$"
        r"|^\d{1,2}\s+(?:" + _HI_MONTHS + r")\s*,?\s+(?:19|20)\d{2}$",
        "Mon. Dec 23rd, 2024", max_words=6,
        doc="A line that is only a date (often the day the page was viewed): removed, and"
        " never used as `published`.",
    ),
    CleaningRule(
        "read_also", "related-link promo",
        r"^(?:यह|ये|इसे|इन्हें|इसको)\s+भी\s+(?:पढें|पढिए|पढे|देखें|देखिए|जानें|सुनें)"
        r"|^(?:यहां|यहाँ)\s+(?:पढें|देखें|पढिए)|^(?:और|अन्य)\s+(?:पढें|खबरें)\s*[:-]"
        r"|^(?:also read|read also|read more|must read|also see)" + _W,
        "यह भी पढ़ें- नए एजेंडे पर अमेरिका, भारत भी अहम सहयोगी", max_words=40,
        doc="'यह भी पढ़ें', 'इसे भी देखें', 'Also read' lines promote another story.",
    ),
    CleaningRule(
        "more_stories_heading", "related-link promo",
        r"^(?:latest(?: world| india)? news|more (?:articles|stories|news)(?: like this)?|"
        r"related (?:news|articles|posts|stories)|trending(?: news| now)?|top stories|you may (?:also )?like|"
        r"recommended(?: for you)?|संबंधित (?:खबरें|खबर|समाचार|लेख)|ताजा खबरें|लेटेस्ट (?:न्यूज|खबरें)|"
        r"ये भी पढें|यह भी पढें)\s*:?$",
        "Latest News", max_words=5,
        doc="A heading over a list of other stories; everything after it is teasers.",
    ),
    CleaningRule(
        "copyright", "logo/copyright footer",
        r"copyright|©|all rights reserved|सर्वाधिकार सुरक्षित|\slogo$|^logo$",
        "Copyright © 2024 Ushodaya Enterprises Pvt. Ltd., All Rights Reserved.", max_words=20,
        doc="Copyright notices and site logos.",
    ),
    CleaningRule(
        "comment_form", "comment form",
        r"^(?:leave a (?:reply|comment)|your email address will not be published|required fields are marked|"
        r"post comment|add comment|comments?\s*\*?|name\s*\*|email\s*\*|website|save my name|"
        r"cancel reply|टिप्पणी (?:करें|लिखें)|अपनी राय (?:दें|लिखें)|कमेंट (?:करें|लिखें))" + _W,
        "Your email address will not be published. Required fields are marked *", max_words=16,
        doc="Comment-form labels under an article.",
    ),
    CleaningRule(
        "widget", "widget",
        r"^(?:exit mobile version|share(?: this| on)?|follow us(?: on)?|advertisement|ads?|विज्ञापन|"
        r"whatsapp|facebook|twitter|telegram|google news|subscribe(?: now)?|print|listen|"
        r"font size|a\s*[+-]?(?:\s+a\s*[+-]?)*|[a-z])\s*:?$",
        "Exit mobile version", max_words=6,
        doc="Page controls: share buttons, font-size letters ('A'), 'Exit mobile version'.",
    ),
)


_MAX_RULE_WORDS = max(r.max_words for r in RULES)


def match_rule(line: str) -> CleaningRule | None:
    """The first boilerplate rule that removes `line`, or None.

    Lines longer than every rule's word limit are skipped before the (costly)
    matching form is computed: body paragraphs are never boilerplate by these rules.
    """
    n_words = len(line.split())
    if n_words > _MAX_RULE_WORDS:
        return None
    normed = norm(line)
    for rule in RULES:
        if rule.matches(normed, n_words):
            return rule
    return None


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


_MONTH_NUM = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_HI_MONTH_NUM = {
    "जनवरी": 1, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "दिसंबर": 12,
}


def parse_date(text: str) -> str:
    """ISO date from 'Apr 8, 2021', '8 April 2021', '2021-04-08', '08 अप्रैल 2021'; else ""."""
    t = norm(text)
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return f"{m[1]}-{m[2]}-{m[3]}"
    m = re.search(r"([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", t)
    if m and m[1] in _MONTH_NUM:
        return f"{m[3]}-{_MONTH_NUM[m[1]]:02d}-{int(m[2]):02d}"
    m = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})", t)
    if m and m[2] in _MONTH_NUM:
        return f"{m[3]}-{_MONTH_NUM[m[2]]:02d}-{int(m[1]):02d}"
    m = re.search(r"(\d{1,2})\s+(" + "|".join(norm(k) for k in _HI_MONTH_NUM) + r")\s*,?\s+(\d{4})", t)
    if m:
        month = {norm(k): v for k, v in _HI_MONTH_NUM.items()}[m[2]]
        return f"{m[3]}-{month:02d}-{int(m[1]):02d}"
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
    if m and outlet_from_text([m[1]]) and len(m[1].split()) <= 4:
        return title[: m.start()].strip()
    return title


_SECTION_PREFIX = re.compile(r"^([^\s/।.?!:]+(?: [^\s/।.?!:]+)?) / (?=\S)")


def strip_section_prefix(title: str) -> tuple[str, str]:
    """Split a section label glued to a headline ("बिजनेस / …") → (prefix, headline)."""
    m = _SECTION_PREFIX.match(title)
    if m:
        return m.group(0).strip(), title[m.end():]
    return "", title


def byline_name(line: str, reason_rule: str) -> str:
    """The author's name in a byline line ("By आदित्य सिंह" → "आदित्य सिंह")."""
    m = re.match(r"^(?:by|written by|edited by|posted by|लेखक|द्वारा)\s*[:-]?\s*(.*)$", line, re.I)
    if reason_rule == "by_line" and m:
        return m[1].strip()
    return ""


# --------------------------------------------------------------------------- shapes
def ends_sentence(line: str) -> bool:
    """Whether a line ends with sentence punctuation (closing quotes allowed after it)."""
    s = line.rstrip(CLOSERS + " ")
    return bool(s) and s[-1] in SENTENCE_END


def is_headline_shaped(line: str) -> bool:
    """A headline: at most 30 words, and not ending with a danda or full stop."""
    s = line.rstrip(CLOSERS + " ")
    return 0 < len(line.split()) <= 30 and not (s and s[-1] in "।॥.")


def is_subhead_shaped(line: str) -> bool:
    """A sub-heading: a short line (≤ 12 words) with no final punctuation."""
    s = line.rstrip(CLOSERS + " ")
    return 0 < len(line.split()) <= 12 and not (s and s[-1] in SENTENCE_END + ",;")


_NAME_LINE = re.compile(r"^(?:[A-Z][a-z]+\.?)(?: [A-Z][a-z]+\.?){1,3}$")


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
    """Clean one article's lines (see the module docstring for the rules).

    Steps: (1) boilerplate rules per line, with a tail rule: after a more-stories
    heading every line is another story's teaser; (2) two identical short lines in a
    row just before a caption/byline/date line are an image caption and its alt text;
    (3) the headline is the first remaining headline-shaped line, unless a nearby line
    is its tail (then the longer line is a breadcrumb that repeats the title); (4) a
    paragraph between the headline and a caption/byline/date block is the standfirst;
    (5) later copies of the title and repeated paragraphs are duplicates; (6) the short
    paragraph after a byline that follows the body is an author bio; (7) short lines
    without final punctuation between paragraphs are sub-headings.
    """
    out = CleanedArticle()
    keys: dict[int, str] = {}

    def key(i: int) -> str:  # matching form of line i, computed once
        if i not in keys:
            keys[i] = norm(lines[i].text)
        return keys[i]

    reason: dict[int, str] = {}
    rule_name: dict[int, str] = {}
    tail = False
    for i, ln in enumerate(lines):
        rule = match_rule(ln.text)
        if tail:
            keep_own = rule and (rule.reason != "related-link promo" or rule.name == "more_stories_heading")
            reason[i] = rule.reason if keep_own else "other-story teaser"
            continue
        if rule:
            reason[i], rule_name[i] = rule.reason, rule.name
            if rule.name == "more_stories_heading":
                tail = True
    # a capitalised Latin name directly above a reporter-role line is the author
    for i, ln in enumerate(lines[:-1]):
        if i not in reason and rule_name.get(i + 1) == "reporter_role" and _NAME_LINE.match(ln.text):
            reason[i], rule_name[i] = "byline", "name_line"
    # caption + alt text: identical short lines just before a meta line
    for i in range(len(lines) - 1):
        if i in reason or (i + 1) in reason:
            continue
        a, b = lines[i].text, lines[i + 1].text
        nxt = [reason.get(j) for j in range(i + 2, min(i + 4, len(lines)))]
        if a == b and is_subhead_shaped(a) and any(r in META_REASONS for r in nxt):
            reason[i] = reason[i + 1] = "caption/image credit"

    kept = [i for i in range(len(lines)) if i not in reason]
    # headline
    title_idx = None
    if title_hint:
        out.title = title_hint
    elif kept and is_headline_shaped(lines[kept[0]].text):
        title_idx = kept[0]
        cand = lines[title_idx].text
        for j in kept[1:4]:
            other = lines[j].text
            if other != cand and len(other) >= 0.3 * len(cand) and key(title_idx).endswith(key(j)):
                reason[title_idx] = "navigation/breadcrumb"
                title_idx = j
                break
        prefix, headline = strip_section_prefix(lines[title_idx].text)
        if prefix:
            out.removed.append((lines[title_idx].no, prefix, "navigation/breadcrumb"))
        out.title = strip_title_tail(headline)
        if out.title != headline:
            out.notes.append(f"title tail dropped: {headline[len(out.title):].strip()!r}")
    elif kept:
        out.notes.append("no headline-shaped first line: title left empty")
    kept = [i for i in range(len(lines)) if i not in reason and i != title_idx]
    if title_idx is not None:
        kept = [i for i in kept if i > title_idx or reason.get(i)]
        for i in range(title_idx):  # text above the headline is page chrome
            if i not in reason:
                reason[i] = "navigation/breadcrumb"
        kept = [i for i in kept if i not in reason]
    # standfirst: paragraph between the headline and a caption/byline/date block
    if (title_idx is not None or title_hint) and len(kept) >= 2:
        s, nxt = kept[0], kept[1]
        if any(reason.get(j) in META_REASONS for j in range(s + 1, nxt)):
            out.standfirst = lines[s].text
            kept = kept[1:]
    # duplicates of the title, repeated paragraphs
    seen: set[str] = set()
    tkeys = {dup_key(out.title)} | ({dup_key(lines[title_idx].text)} if title_idx is not None else set())
    body: list[int] = []
    for i in kept:
        k = dup_key(lines[i].text)
        if k in seen or k in tkeys:
            reason[i] = "duplicate"
        else:
            seen.add(k)
            body.append(i)
    # author bio: short paragraph right after a byline that follows body text
    for i in range(len(lines)):
        if reason.get(i) == "byline" and any(b < i for b in body):
            nxt = next((j for j in range(i + 1, len(lines)) if j not in reason or j in body), None)
            if nxt is not None and nxt in body and len(lines[nxt].text.split()) <= 40:
                reason[nxt] = "author bio"
                body.remove(nxt)
    # metadata from removed lines
    for i in sorted(reason):
        r, name, text = reason[i], rule_name.get(i, ""), lines[i].text
        if r == "byline" and not out.byline:
            out.byline = byline_name(text, name) if name == "by_line" else (text if name == "name_line" else "")
        if name == "published_line" and not out.published:
            out.published = parse_date(text)
    out.outlet = outlet_from_text([lines[i].text for i in sorted(reason)])
    # roles
    for k, i in enumerate(body):
        text = lines[i].text
        inner = 0 < k < len(body) - 1
        role = "subhead" if inner and is_subhead_shaped(text) else "body"
        out.paragraphs.append((role, text))
    out.removed.extend((lines[i].no, lines[i].text, r) for i, r in reason.items())
    out.removed.sort()
    return out


# --------------------------------------------------------------------------- daily files
def is_story_headline(lines: list[str], i: int) -> bool:
    """Whether line i of a daily file opens a new story.

    A story headline is headline-shaped (≤ 30 words, no final danda/full stop), has at
    least 4 words (shorter lines are sub-headings), does not end with ':' (a label),
    does not start with a list bullet, and starts the file or follows a blank line.
    """
    line = lines[i]
    if not line or not is_headline_shaped(line) or len(line.split()) < 4 or line.endswith(":"):
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
