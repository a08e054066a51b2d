"""Human words for the ids the tables carry: one mapping for figure labels and table headers.

The tables store ids (`ru_pk`, `reported`, `n_articles`) because ids are stable and easy
to join on; a reader should never see them. Frame and target names come from the codebook
(`label: {en: …, hi: …}`), the closed value sets (voice, stance, speaker side, sample) and
the interface words are here, in English and Hindi. An id with no label anywhere is
shown humanised ("speaker_side" → "Speaker side"), never raw.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.errors import UserError

LANGS = ("en", "hi")

# Interface words of the figures (axis labels, titles, legend notes).
WORDS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "share_units": "Share of body units",
        "share_articles": "Share of articles",
        "share": "Share",
        "balance": "Stance balance: (favor − against) / units taking a stance",
        "no_stance": "No body unit takes a stance",
        "voice_title": "Voice of body units",
        "side_title": "Speaker side of attributed units",
        "pairs": "Article pairs sharing text",
        "alpha": "Krippendorff's α",
        # the reliability strips' groups of pairings (many coders) and their median's key
        "pairs_coder": "coder vs reference",
        "pairs_coder_sample": "coder vs {sample} reference",
        "pairs_people": "people with each other",
        "pairs_n": "{label} ({n})",
        "median": "median of a group",
        "small_n": "open marker: n < {min_articles} articles, no interval",
        "n_framed": "{n} with a dominant frame",
        "no_ci": "open marker: too few units for an interval",
        "stance_gap": "Headline stance differs from body",
        "stance": "Stance",
        "frame": "Frame",
        "yes": "yes",
        "no": "no",
    },
    "hi": {
        "share_units": "मुख्य भाग की इकाइयों का अनुपात",
        "share_articles": "लेखों का अनुपात",
        "share": "अनुपात",
        "balance": "रुख संतुलन: (पक्ष − विपक्ष) / रुख वाली इकाइयां",
        "no_stance": "मुख्य भाग की किसी इकाई में रुख नहीं",
        "voice_title": "मुख्य भाग की इकाइयों का स्वर",
        "side_title": "उद्धृत इकाइयों का वक्ता पक्ष",
        "pairs": "साझा पाठ वाले लेख-युग्म",
        "alpha": "क्रिपेनडॉर्फ α",
        "pairs_coder": "कोडर बनाम संदर्भ",
        "pairs_coder_sample": "कोडर बनाम {sample} संदर्भ",
        "pairs_people": "लोग आपस में",
        "pairs_n": "{label} ({n})",
        "median": "समूह की माध्यिका",
        "small_n": "खुला चिह्न: n < {min_articles} लेख, कोई अंतराल नहीं",
        "n_framed": "{n} में प्रमुख फ्रेम",
        "no_ci": "खुला चिह्न: अंतराल के लिए बहुत कम इकाइयां",
        "stance_gap": "शीर्षक का रुख मुख्य भाग से अलग",
        "stance": "रुख",
        "frame": "फ्रेम",
        "yes": "हां",
        "no": "नहीं",
    },
}

# Labels of the closed value sets, by kind (the kinds a figure or table column names).
VALUES: Mapping[str, Mapping[str, Mapping[str, str]]] = {
    "en": {
        "voice": {"outlet": "Outlet narration", "quoted": "Direct quotation", "reported": "Reported speech"},
        "stance": {"favor": "Favor", "against": "Against", "none": "None"},
        "frame": {"none": "No frame"},  # an article without a dominant frame
        "side": {
            "russia": "Russia",
            "pakistan": "Pakistan",
            "india": "India",
            "china": "China",
            "media": "Media",
            "other": "Other",
            "unknown": "Unknown",  # attributed, no speaker resolved: a side of every codebook
        },
        # document groups of the reliability table: which documents, not whether they are in-sample
        "group": {"development": "Development documents", "held-out": "Held-out documents", "all": "All units"},
        "sample": {
            "in-sample": "in-sample",
            "out-of-sample": "out-of-sample",
            "in- and out-of-sample": "in- and out-of-sample",
        },
        "measure": {
            "dominant_in_headline": "Headline carries body's dominant frame",
            "headline_frame_not_in_body": "Headline frame absent from body",
            "sensational_headline": "Sensational cue in headline",
            "frame_share": "Frame share",
            "stance_balance": "Stance balance",
        },
        "variable": {
            "voice": "Voice",
            "speaker": "Speaker",
            "speaker_side": "Speaker side",
            "frames": "Frames (all)",
            "dominant_frame": "Dominant frame",
        },
        "grouping": {"event": "Event", "period": "Month"},
        "level": {"article": "Article", "unit": "Unit"},
    },
    "hi": {
        "voice": {"outlet": "माध्यम का कथन", "quoted": "प्रत्यक्ष उद्धरण", "reported": "परोक्ष कथन"},
        "stance": {"favor": "पक्ष", "against": "विपक्ष", "none": "कोई नहीं"},
        "frame": {"none": "कोई फ्रेम नहीं"},
        "side": {
            "russia": "रूस",
            "pakistan": "पाकिस्तान",
            "india": "भारत",
            "china": "चीन",
            "media": "मीडिया",
            "other": "अन्य",
            "unknown": "अज्ञात",
        },
        "group": {"development": "विकास के दस्तावेज़", "held-out": "अलग रखे दस्तावेज़", "all": "सभी इकाइयां"},
        "sample": {
            "in-sample": "इन-सैंपल",
            "out-of-sample": "आउट-ऑफ़-सैंपल",
            "in- and out-of-sample": "इन- और आउट-ऑफ़-सैंपल",
        },
        "measure": {
            "dominant_in_headline": "शीर्षक में मुख्य भाग का प्रमुख फ्रेम",
            "headline_frame_not_in_body": "शीर्षक का फ्रेम मुख्य भाग में नहीं",
            "sensational_headline": "शीर्षक में सनसनीखेज़ संकेत",
            "frame_share": "फ्रेम का अनुपात",
            "stance_balance": "रुख संतुलन",
        },
        "variable": {
            "voice": "स्वर",
            "speaker": "वक्ता",
            "speaker_side": "वक्ता पक्ष",
            "frames": "फ्रेम (सभी)",
            "dominant_frame": "प्रमुख फ्रेम",
        },
        "grouping": {"event": "घटना", "period": "माह"},
        "level": {"article": "लेख", "unit": "इकाई"},
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
    "outlets": "Outlets compared",  # beside n_outlets ("Outlets"): two columns of one name
    "test": "Test",
    "note": "Note",
    "doc_id": "Article",
    "n_articles": "Articles",
    "n_units": "Units",
    "n_articles_total": "Documents",  # every document read, as the paper counts them (any status)
    "n_articles_ok": "Articles ok",  # status ok: "Articles read" (666) beside "3147 documents were read"
    "n_articles_coded": "Articles coded",
    "n_body_units": "Body units",
    "n_headline_units": "Headline units",
    "units_with_frame": "Units with frame",
    "n_dominant": "Articles where dominant",
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


def codebook_outline(codebook: str | Path) -> object:
    """The codebook's `name`, `version`, `frames` and `targets` (each an `id` and its `label`,
    {lang: label}), as `load_codebook` gives them, without checking or compiling the codebook.

    Why: a figure job's labels and the paper's names, counts and labels of frames and targets
    are all they take from the codebook, and `load_codebook` also checks the schema and compiles
    every cue pattern: with its imports ~0.3 s CPU of each figure job and of the paper's kernel
    (issue #15), for a file the run checked before any job started (the Snakefile's `onstart`).
    A codebook without those keys is loaded in full, so its error names the file and key as
    everywhere else.
    """
    from types import SimpleNamespace

    from analysis.settings import read_yaml

    data = read_yaml(Path(codebook), "codebook")
    try:
        return SimpleNamespace(
            name=data["name"],
            version=str(data["version"]),
            frames=tuple(SimpleNamespace(id=f["id"], label=dict(f["label"])) for f in data["frames"]),
            targets=tuple(SimpleNamespace(id=t["id"], label=dict(t["label"])) for t in data["stance"]["targets"]),
        )
    except (KeyError, TypeError, ValueError):
        from analysis.codebook import load_codebook

        return load_codebook(codebook)  # raises the codebook's own UserError


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


# Table columns whose cells are ids of one kind ("a|b" lists are labelled item by item).
CELL_KINDS: Mapping[str, str] = {
    "frame": "frame",
    "body_dominant_frame": "frame",
    "headline_frames": "frame",
    "body_frames": "frame",
    "headline_frames_not_in_body": "frame",
    "target": "target",
    "voice": "voice",
    "speaker_side": "side",
    "grouping": "grouping",
    "level": "level",
}
# by_event: what a row's `category` names depends on its `measure`.
CATEGORY_KINDS: Mapping[str, str] = {"frame_share": "frame", "stance_balance": "target"}


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value) in ("", "<NA>")


def _cell(value: object, name: Callable[[str], str]) -> object:
    """A cell through `name`: each item of an "a|b" list, blanks left blank."""
    if _is_blank(value) or isinstance(value, bool):
        return value
    return "|".join(name(item) for item in str(value).split("|"))


def label_table(df: pd.DataFrame, labels: Labels) -> pd.DataFrame:
    """The table a reader sees: ids in the cells replaced by their labels (the CSV keeps the ids).

    Frames and targets take the codebook's label, closed value sets (voice, speaker side,
    stance, measures, tested variables) theirs from `VALUES`, yes/no answers the language's
    word; "a|b" lists stay lists. Numbers, outlets, notes and article ids are left as they are.

    >>> L = Labels("en", {"frame:military": "Military & defence", "target:ru_pk": "Russia–Pakistan ties"})
    >>> t = label_table(pd.DataFrame({"frame": ["military"], "target": ["ru_pk"], "voice": ["reported"],
    ...                               "body_frames": ["military|trade"], "dominant_in_headline": [True]}), L)
    >>> t.iloc[0].tolist()
    ['Military & defence', 'Russia–Pakistan ties', 'Reported speech', 'Military & defence|Trade', 'yes']
    """
    out = df.copy()
    for col in out.columns:
        if not isinstance(col, str):  # a two-level header (e.g. the reliability summary) is already for people
            continue
        values = out[col].tolist()
        if col in CELL_KINDS:
            kind = CELL_KINDS[col]
            out[col] = [_cell(v, lambda k, kind=kind: labels.of(kind, k)) for v in values]
        elif col == "measure":
            out[col] = [_cell(v, labels.measure) for v in values]
        elif col == "variable":
            out[col] = [_cell(v, labels.variable) for v in values]
        elif col == "category" and "measure" in df:
            kinds = [CATEGORY_KINDS.get(str(m), "category") for m in df["measure"]]
            out[col] = [_cell(v, lambda k, kind=kind: labels.of(kind, k)) for v, kind in zip(values, kinds)]
        elif col == "group" and df.get("grouping", pd.Series(dtype=str)).eq("event").any():
            out[col] = [_cell(v, humanize) for v in values]
        elif col.startswith(("headline_stance_", "body_stance_")):
            out[col] = [_cell(v, lambda k: labels.of("stance", k)) for v in values]
        if any(isinstance(v, (bool, np.bool_)) for v in out[col]):
            out[col] = [labels.word("yes" if v else "no") if isinstance(v, (bool, np.bool_)) else v for v in out[col]]
    return out
