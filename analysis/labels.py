"""Human words for the ids the tables carry: one mapping for figure labels and table headers.

The tables store ids (`ru_pk`, `reported`, `n_articles`) because ids are stable and easy
to join on; a reader should never see them. Frame and target names come from the codebook
(`label: {en: …, hi: …}`), the closed value sets (voice, stance, speaker side, sample) and
the interface words are here, in English and Hindi. An id with no label anywhere is
shown humanised ("speaker_side" → "Speaker side"), never raw.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from analysis.errors import UserError

LANGS = ("en", "hi")

# Interface words of the figures (axis labels, titles, legend notes).
WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "share_units": "Share of body units",
        "share_articles": "Share of articles",
        "share": "Share",
        "balance": "Stance balance: (favor − against) / units taking a stance",
        "voice_title": "Voice of body units",
        "side_title": "Speaker side of attributed units",
        "pairs": "Article pairs sharing text",
        "alpha": "Krippendorff's α",
        "small_n": "open marker: n < {min_articles} articles, no interval",
        "no_ci": "open marker: too few units for an interval",
        "stance_gap": "Headline stance differs from body",
        "stance": "Stance",
        "frame": "Frame",
    },
    "hi": {
        "share_units": "मुख्य भाग की इकाइयों का अनुपात",
        "share_articles": "लेखों का अनुपात",
        "share": "अनुपात",
        "balance": "रुख संतुलन: (पक्ष − विपक्ष) / रुख वाली इकाइयां",
        "voice_title": "मुख्य भाग की इकाइयों का स्वर",
        "side_title": "उद्धृत इकाइयों का वक्ता पक्ष",
        "pairs": "साझा पाठ वाले लेख-युग्म",
        "alpha": "क्रिपेनडॉर्फ α",
        "small_n": "खुला चिह्न: n < {min_articles} लेख, कोई अंतराल नहीं",
        "no_ci": "खुला चिह्न: अंतराल के लिए बहुत कम इकाइयां",
        "stance_gap": "शीर्षक का रुख मुख्य भाग से अलग",
        "stance": "रुख",
        "frame": "फ्रेम",
    },
}

# Labels of the closed value sets, by kind (the kinds a figure or table column names).
VALUES: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "en": {
        "voice": {"outlet": "Outlet narration", "quoted": "Direct quotation", "reported": "Reported speech"},
        "stance": {"favor": "Favor", "against": "Against", "none": "None"},
        "side": {
            "russia": "Russia",
            "pakistan": "Pakistan",
            "india": "India",
            "china": "China",
            "media": "Media",
            "other": "Other",
        },
        "group": {"development": "Development sample", "held-out": "Held-out sample", "all": "All units"},
        "measure": {
            "dominant_in_headline": "Headline carries body's dominant frame",
            "headline_frame_not_in_body": "Headline frame absent from body",
            "sensational_headline": "Sensational cue in headline",
        },
        "variable": {"voice": "Voice", "speaker": "Speaker", "frames": "Frames (all)"},
    },
    "hi": {
        "voice": {"outlet": "माध्यम का कथन", "quoted": "प्रत्यक्ष उद्धरण", "reported": "परोक्ष कथन"},
        "stance": {"favor": "पक्ष", "against": "विपक्ष", "none": "कोई नहीं"},
        "side": {
            "russia": "रूस",
            "pakistan": "पाकिस्तान",
            "india": "भारत",
            "china": "चीन",
            "media": "मीडिया",
            "other": "अन्य",
        },
        "group": {"development": "विकास नमूना", "held-out": "अलग रखा नमूना", "all": "सभी इकाइयां"},
        "measure": {
            "dominant_in_headline": "शीर्षक में मुख्य भाग का प्रमुख फ्रेम",
            "headline_frame_not_in_body": "शीर्षक का फ्रेम मुख्य भाग में नहीं",
            "sensational_headline": "शीर्षक में सनसनीखेज़ संकेत",
        },
        "variable": {"voice": "स्वर", "speaker": "वक्ता", "frames": "फ्रेम (सभी)"},
    },
}

# Table column headers (the LaTeX tables are English, like the captions).
HEADERS: Mapping[str, str] = {
    "outlet": "Outlet",
    "frame": "Frame",
    "target": "Target",
    "voice": "Voice",
    "speaker_side": "Speaker side",
    "measure": "Measure",
    "grouping": "Grouping",
    "group": "Group",
    "category": "Category",
    "variable": "Variable",
    "level": "Level",
    "outlets": "Outlets",
    "test": "Test",
    "note": "Note",
    "doc_id": "Article",
    "n_articles": "Articles",
    "n_units": "Units",
    "n_articles_total": "Articles",
    "n_articles_ok": "Articles read",
    "n_articles_coded": "Articles coded",
    "n_body_units": "Body units",
    "n_headline_units": "Headline units",
    "units_with_frame": "Units with frame",
    "n_dominant": "Dominant in",
    "share": "Share [95% CI]",
    "value": "Value [95% CI]",
    "balance": "Balance [95% CI]",
    "count": "Count",
    "favor": "Favor",
    "against": "Against",
    "none": "None",
    "n_stance": "Stance units",
    "n_outlets": "Outlets",
    "statistic": "Statistic",
    "df": "df",
    "p_value": "p",
    "cramers_v": "Cramér's V",
    "headline_frames": "Headline frames",
    "body_frames": "Body frames",
    "body_dominant_frame": "Body's dominant frame",
    "headline_frames_not_in_body": "Headline frames not in body",
    "dominant_in_headline": "Dominant frame in headline",
    "sensational_cues": "Sensational cues",
    "n": "n",
    "band": "Band",
    "comparison": "Comparison",
}


def humanize(key: str) -> str:
    """The fallback label of an id: underscores to spaces, first letter capitalised.

    >>> humanize("speaker_side"), humanize("ru_pk")
    ('Speaker side', 'Ru pk')
    """
    text = str(key).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def header(column: str) -> str:
    """Human header of a table column (per-target stance columns included).

    >>> header("n_articles"), header("stance_gap_ru_pk")
    ('Articles', 'Stance gap: ru pk')
    """
    if column in HEADERS:
        return HEADERS[column]
    for prefix, word in (
        ("headline_stance_", "Headline stance"),
        ("body_stance_", "Body stance"),
        ("stance_gap_", "Stance gap"),
    ):
        if column.startswith(prefix):
            return f"{word}: {column[len(prefix) :].replace('_', ' ')}"
    return humanize(column)


@dataclass(frozen=True)
class Labels:
    """Display names in one language: codebook labels ("frame:<id>", "target:<id>", or bare ids)
    first, then the closed value sets, then the humanised id. Outlet names are shown as written."""

    lang: str = "en"
    codebook: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise UserError(f"figures: language {self.lang!r} is not supported; use one of {sorted(LANGS)}")

    def word(self, key: str) -> str:
        return WORDS[self.lang][key]

    def of(self, kind: str, key: str) -> str:
        key = str(key)
        given = self.codebook.get(f"{kind}:{key}", self.codebook.get(key))
        if given is not None:
            return str(given)
        if kind == "outlet":
            return key
        return VALUES[self.lang].get(kind, {}).get(key, humanize(key))

    def measure(self, key: str) -> str:
        """A headline–body measure; `stance_gap_<target>` names its target."""
        if key.startswith("stance_gap_"):
            return f"{self.word('stance_gap')}: {self.of('target', key[len('stance_gap_') :])}"
        return self.of("measure", key)

    def variable(self, key: str) -> str:
        """A reliability variable: `frame_<id>`, `stance_<target>`, or a plain one (voice, speaker)."""
        for prefix, kind in (("frame_", "frame"), ("stance_", "target")):
            if key.startswith(prefix):
                return f"{self.word(kind if kind == 'frame' else 'stance')}: {self.of(kind, key[len(prefix) :])}"
        return self.of("variable", key)


def codebook_labels(codebook: object, lang: str) -> dict[str, str]:
    """Namespaced labels ("frame:<id>", "target:<id>") from a codebook whose frames and
    targets carry a {lang: label} mapping; ids without a label in `lang` are left out."""
    out: dict[str, str] = {}
    for kind, items in (("frame", getattr(codebook, "frames", ())), ("target", getattr(codebook, "targets", ()))):
        for item in items:
            label = getattr(item, "label", None)
            if isinstance(label, dict) and lang in label:
                out[f"{kind}:{item.id}"] = str(label[lang])
    return out
