"""Draw the second to twenty-eighth out-of-sample validation samples from the COVID corpus.

Rounds (`--round`, default 2): round 2 (coder `ref3`, reference_covid2.csv), round 3
(coder `ref30`, reference_covid3.csv), round 4 (coder `ref50`, reference_covid4.csv),
round 5 (coder `ref52`, reference_covid5.csv), round 6 (coder `ref58`, reference_covid6.csv),
round 7 (coder `ref68`, reference_covid7.csv), round 8 (coder `ref74`,
reference_covid8.csv), round 9 (coder `ref84`, reference_covid9.csv), round 10
(coder `ref90`, reference_covid10.csv), round 11 (coder `ref100`, reference_covid11.csv),
round 12 (coder `ref106`, reference_covid12.csv), round 13 (coder `ref108`,
reference_covid13.csv), round 14 (coder `ref112`, reference_covid14.csv), round 15 (coder
`ref116`, reference_covid15.csv), round 16 (coder `ref122`, reference_covid16.csv),
round 17 (coder `ref124`, reference_covid17.csv), round 18 (coder `ref130`,
reference_covid18.csv), round 19 (coder `ref134`, reference_covid19.csv), round 20 (coder
`ref138`, reference_covid20.csv), round 21 (coder `ref144`, reference_covid21.csv), round 22
(coder `ref156`, reference_covid22.csv), round 23 (coder `ref162`, reference_covid23.csv), round 24
(coder `ref164`, reference_covid24.csv), round 25 (coder `ref172`, reference_covid25.csv), round 26
(coder `ref178`, reference_covid26.csv), round 27 (coder `ref184`, reference_covid27.csv) and round 28
(coder `ref190`, reference_covid28.csv) use the same strata, per-outlet numbers and Russia
census; they differ only in their seed, in the earlier rounds they are disjoint from, in the
segmentation they draw on and in whether copies are set aside (see `Round`). Each round leaves out
every earlier round's units (reference_covid.csv up to its predecessor's file; the second
coders' `_refNN.csv` files hold the same units, so they are not read). Earlier draws are
unchanged by later rounds: `--round N --check annotations/reference_covidN.csv` shows that
the units drawn are the reference's, and tests/test_sample_covid_rounds.py pins each round.

Why this exists: the first COVID sample (reference_covid.csv, 84 units) was thin where
the coder's harder decisions lie: attributed speech (voice, speaker), foreign actors
(geopolitics, india) and the neighbourhood (regional). This sample is drawn from the
same corpus stage with a different seed, disjoint from the first sample, and
stratified on those three things by plain Hindi/English word lists written from the
language (speech verbs, country and body names), never from the automated coder.

Strata (first that applies), body units:

* `region`: names a neighbour or the region's flash points (Pakistan, China, Nepal,
  Afghanistan, Bangladesh, Sri Lanka, Bhutan, Myanmar, Maldives, Kashmir/PoK, LAC/LoC,
  SAARC);
* `foreign`: otherwise names another foreign country, a world region or an
  international body (US, Italy, Iran, Europe, WHO, UN, World Bank, ...);
* `speech`: otherwise carries an attribution or speech word (कहा, बताया, के अनुसार,
  के मुताबिक, जानकारी दी, दावा, ...);
* `other`: every other body unit (negatives).

Census, added on top of the draw (the draw is unchanged by it): `russia`, every eligible
body unit or headline naming Russia (रूस/रूसी/मॉस्को/पुतिन, Latin forms), because the
drawn units never name Russia and a stance target can only be spoken of where it does.

A pool shorter than its per-outlet number gives all its units (`min(k, len(pool))`, drawing
nothing from it leaves the generator's state as it was): Dainik Hindustan's named headlines are
used up after round 17, so rounds 18 and 19 draw 132 units, not 135; its region pool had 8 units
left for round 19, enough for its 6, and 2 for round 20, which draws both of them (rounds 21,
22, 23, 24, 25, 26, 27 and 28 find both pools empty). Round 27 also finds Prabhat Khabar's region pool
with 4 units and Dainik Jagran's named headlines with 1, and draws 122; round 28 finds both of those
pools empty as well, and draws 117.

Copies: from round 21 on (rounds 21 to 28), a document the corpus stage sets aside as a copy of
another document of its outlet (`analysis.copies`) is not in the pools (its units are not coded or counted, so a
unit drawn there would be validated through the kept copy's unit), and a kept document's unit
whose text an earlier round drew on one of its copies counts as taken. Rounds 2-20 were drawn
with the copies in their pools and keep them, so that they draw again byte for byte.

Headlines: `headline_named` (a headline in any of the three named strata) and
`headline_other`. Units that are only a dateline, units right after a dateline-only
unit (their text changes if datelines are later joined to the sentence they open),
units shorter than 4 words, units repeated within their document, and units of the
first sample (same doc_id and text hash) are left out of every pool.

Run: .venv/bin/python annotations/sample_covid2.py [--round 28] --context > /tmp/x.txt
It prints doc_id, unit_id, stratum and text for the human coder (keep it outside the
repository: the text is the publishers'); only hashes go into the reference files.
`--coder-inputs DIR` also writes a second coder's inputs there (units.tsv and context.txt,
without the stratum), again outside the repository.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "annotations"))

from sample_covid import _B, RUSSIA, _pattern, corpus_units  # noqa: E402

from analysis.copies import kept_copies, set_aside  # noqa: E402
from analysis.normalize import norm  # noqa: E402
from analysis.reference import text_sha1  # noqa: E402  (the alignment's own hash; not the coder)
from analysis.segment import join_dateline, sentence_spans  # noqa: E402

SEED = 20261129
PER_OUTLET = {"region": 6, "foreign": 6, "speech": 7, "other": 4, "headline_named": 3, "headline_other": 1}
CENSUS = "russia"  # every eligible body unit or headline naming Russia, added on top of the draw
FIRST_SAMPLE = ROOT / "annotations" / "reference_covid.csv"
SECOND_SAMPLE = ROOT / "annotations" / "reference_covid2.csv"
THIRD_SAMPLE = ROOT / "annotations" / "reference_covid3.csv"
FOURTH_SAMPLE = ROOT / "annotations" / "reference_covid4.csv"
FIFTH_SAMPLE = ROOT / "annotations" / "reference_covid5.csv"
SIXTH_SAMPLE = ROOT / "annotations" / "reference_covid6.csv"
SEVENTH_SAMPLE = ROOT / "annotations" / "reference_covid7.csv"
EIGHTH_SAMPLE = ROOT / "annotations" / "reference_covid8.csv"
NINTH_SAMPLE = ROOT / "annotations" / "reference_covid9.csv"
TENTH_SAMPLE = ROOT / "annotations" / "reference_covid10.csv"
ELEVENTH_SAMPLE = ROOT / "annotations" / "reference_covid11.csv"
TWELFTH_SAMPLE = ROOT / "annotations" / "reference_covid12.csv"
THIRTEENTH_SAMPLE = ROOT / "annotations" / "reference_covid13.csv"
FOURTEENTH_SAMPLE = ROOT / "annotations" / "reference_covid14.csv"
FIFTEENTH_SAMPLE = ROOT / "annotations" / "reference_covid15.csv"
SIXTEENTH_SAMPLE = ROOT / "annotations" / "reference_covid16.csv"
SEVENTEENTH_SAMPLE = ROOT / "annotations" / "reference_covid17.csv"
EIGHTEENTH_SAMPLE = ROOT / "annotations" / "reference_covid18.csv"
NINETEENTH_SAMPLE = ROOT / "annotations" / "reference_covid19.csv"
TWENTIETH_SAMPLE = ROOT / "annotations" / "reference_covid20.csv"
TWENTY_FIRST_SAMPLE = ROOT / "annotations" / "reference_covid21.csv"
TWENTY_SECOND_SAMPLE = ROOT / "annotations" / "reference_covid22.csv"
TWENTY_THIRD_SAMPLE = ROOT / "annotations" / "reference_covid23.csv"
TWENTY_FOURTH_SAMPLE = ROOT / "annotations" / "reference_covid24.csv"
TWENTY_FIFTH_SAMPLE = ROOT / "annotations" / "reference_covid25.csv"
TWENTY_SIXTH_SAMPLE = ROOT / "annotations" / "reference_covid26.csv"
TWENTY_SEVENTH_SAMPLE = ROOT / "annotations" / "reference_covid27.csv"


@dataclass(frozen=True)
class Round:
    """What makes one round's draw its own: seed, earlier rounds, segmentation.

    `datelines_apart`: draw on the units as the splitter made them before datelines joined
    the sentence they open (issue #12), which is what round 2 was drawn on; its pools, and
    so its draw, would change otherwise. The drawn units are then given the current units'
    numbers. Later rounds draw on the current units, whose hashes the coder aligns to.

    `copies_set_aside`: leave out of the pools the documents the corpus stage sets aside as
    copies of another document of their outlet (`analysis.copies`), and count as taken a kept
    document's unit whose text an earlier round drew on one of its copies (rounds 21 to 28). Rounds
    2-20 were drawn before copies were set aside and keep them, so that they draw again the same.
    """

    seed: int
    earlier: tuple[Path, ...]
    datelines_apart: bool = False
    copies_set_aside: bool = False


# Every round's first coder's file, in drawing order: a round excludes all the rounds before it.
SAMPLES = (
    FIRST_SAMPLE,
    SECOND_SAMPLE,
    THIRD_SAMPLE,
    FOURTH_SAMPLE,
    FIFTH_SAMPLE,
    SIXTH_SAMPLE,
    SEVENTH_SAMPLE,
    EIGHTH_SAMPLE,
    NINTH_SAMPLE,
    TENTH_SAMPLE,
    ELEVENTH_SAMPLE,
    TWELFTH_SAMPLE,
    THIRTEENTH_SAMPLE,
    FOURTEENTH_SAMPLE,
    FIFTEENTH_SAMPLE,
    SIXTEENTH_SAMPLE,
    SEVENTEENTH_SAMPLE,
    EIGHTEENTH_SAMPLE,
    NINETEENTH_SAMPLE,
    TWENTIETH_SAMPLE,
    TWENTY_FIRST_SAMPLE,
    TWENTY_SECOND_SAMPLE,
    TWENTY_THIRD_SAMPLE,
    TWENTY_FOURTH_SAMPLE,
    TWENTY_FIFTH_SAMPLE,
    TWENTY_SIXTH_SAMPLE,
    TWENTY_SEVENTH_SAMPLE,
)
ROUNDS = {
    2: Round(SEED, SAMPLES[:1], datelines_apart=True),
    **{
        n: Round(seed, SAMPLES[: n - 1])  # round n excludes rounds 1 to n - 1
        for n, seed in (
            (3, 20261130),
            (4, 20261201),
            (5, 20261202),
            (6, 20261203),
            (7, 20261204),
            (8, 20261205),
            (9, 20261206),
            (10, 20261207),
            (11, 20261208),
            (12, 20261209),
            (13, 20261210),
            (14, 20261211),
            (15, 20261212),
            (16, 20261213),
            (17, 20261214),
            (18, 20261215),
            (19, 20261216),
            (20, 20261217),
        )
    },
    21: Round(20261218, SAMPLES[:20], copies_set_aside=True),
    22: Round(20261219, SAMPLES[:21], copies_set_aside=True),
    23: Round(20261220, SAMPLES[:22], copies_set_aside=True),
    24: Round(20261221, SAMPLES[:23], copies_set_aside=True),
    25: Round(20261222, SAMPLES[:24], copies_set_aside=True),
    26: Round(20261223, SAMPLES[:25], copies_set_aside=True),
    27: Round(20261224, SAMPLES[:26], copies_set_aside=True),
    28: Round(20261225, SAMPLES[:27], copies_set_aside=True),
}

REGION_NAMES = (
    "पाकिस्तान|पाकिस्तानी|पाक|इस्लामाबाद|कराची|लाहौर|इमरान|pakistan|चीन|चीनी|बीजिंग|वुहान|"
    "जिनपिंग|china|chinese|wuhan|नेपाल|नेपाली|काठमांडू|अफगानिस्तान|अफगान|काबुल|बांग्लादेश|"
    "बांग्लादेशी|ढाका|श्रीलंका|भूटान|म्यांमार|मालदीव|कश्मीर|पीओके|गुलाम कश्मीर|एलओसी|एलएसी|"
    "नियंत्रण रेखा|सार्क|दक्षिण एशिया|saarc|kashmir|nepal"
).split("|")
FOREIGN_NAMES = (
    "अमेरिका|अमेरिकी|अमरीका|अमरीकी|ट्रंप|ट्रम्प|वाशिंगटन|वॉशिंगटन|न्यूयॉर्क|रूस|रूसी|मॉस्को|"
    "पुतिन|इटली|स्पेन|ब्रिटेन|ब्रिटिश|लंदन|फ्रांस|जर्मनी|ईरान|इराक|सऊदी|दुबई|यूएई|कुवैत|कतर|"
    "ओमान|इजरायल|इस्राइल|जापान|कोरिया|सिंगापुर|मलेशिया|इंडोनेशिया|थाईलैंड|ऑस्ट्रेलिया|कनाडा|"
    "ब्राजील|अफ्रीका|यूरोप|यूरोपीय|विदेश|विदेशी|विदेशों|संयुक्त राष्ट्र|यूएन|यूनिसेफ|"
    "विश्व स्वास्थ्य संगठन|डब्ल्यूएचओ|डब्लूएचओ|विश्व बैंक|आईएमएफ|जी-20|जी20|america|usa|trump|"
    "italy|iran|europe|unicef"
).split("|")
SPEECH_WORDS = (
    "कहा|कहना|कहते|कहती|बताया|बताते|बताती|बताना|के अनुसार|के मुताबिक|जानकारी दी|दावा|बयान|"
    "घोषणा|ऐलान|अपील|चेतावनी|आग्रह|ट्वीट|लिखा|पुष्टि|आरोप|सूचना दी|स्पष्ट किया|साफ किया|"
    "भरोसा दिलाया|आश्वासन|धन्यवाद|जताई|जताया|मानना|अनुरोध|निर्देश दिए|आदेश दिए|"
    "प्रेस कॉन्फ्रेंस|संवाददाताओं"
).split("|")
LATIN_CAPS = re.compile(r"(?<![A-Za-z])(?:WHO|UN|US|USA|UK|LAC|LoC|LOC)(?![A-Za-z])")
REGION, FOREIGN = _pattern(REGION_NAMES), _pattern(FOREIGN_NAMES)
# speech words match as word starts (no end boundary): stems take endings (कहा/कहां is rare)
SPEECH = re.compile(_B + "(?:" + "|".join(sorted({re.escape(norm(w)) for w in SPEECH_WORDS}, key=len)[::-1]) + ")")
DATELINE = re.compile(r"^[\w\u0900-\u097F .,/()-]{1,40}[।:|-]?\s*$")


def named_stratum(text: str, normed: str) -> str:
    """The first named stratum a text falls in ("" when none): region, foreign, speech."""
    if REGION.search(normed) or re.search(r"(?<![A-Za-z])(?:LAC|LoC|LOC)(?![A-Za-z])", text):
        return "region"
    if FOREIGN.search(normed) or LATIN_CAPS.search(text):
        return "foreign"
    if SPEECH.search(normed):
        return "speech"
    return ""


def taken_units(paths: tuple[Path, ...], copy_of: dict[str, str] | None = None) -> set[tuple[str, str]]:
    """(doc_id, text_sha1) of every unit of the earlier rounds' references (no other column is read).

    With `copy_of` (a copy's doc_id -> the kept document's), a unit drawn on a copy also takes
    the kept document's unit of the same text hash.
    """
    taken: set[tuple[str, str]] = set()
    for path in paths:
        ref = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=["doc_id", "text_sha1"])
        taken |= set(zip(ref["doc_id"], ref["text_sha1"]))
    if copy_of:
        taken |= {(copy_of[d], h) for d, h in taken if d in copy_of}
    return taken


def copies_kept(articles: pd.DataFrame) -> dict[str, str]:
    """doc_id of each copy the corpus stage sets aside -> doc_id of the copy kept (`analysis.copies`).

    Read from a `copy_of` column where the articles have one (the cache's, "" when kept), else
    worked out from the corpus stage's article rows as `merge_shards` would mark them.
    """
    if "copy_of" in articles.columns:
        return {d: k for d, k in zip(articles["doc_id"], articles["copy_of"]) if k}
    return kept_copies(set_aside(articles))


def datelines_apart(units: pd.DataFrame) -> pd.DataFrame:
    """The units with every joined dateline split off again, numbered as the splitter did before.

    A joined unit is the first body unit of paragraph 1 whose first two sentences
    `join_dateline` joins (the splitter's own rule); it becomes the dateline and its
    sentence again, and the document's later units move up by one.
    """
    units = units.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True)
    body = units[units["role"] == "body"]
    firsts = body.groupby("doc_id").head(1)
    firsts = set(firsts[firsts["para"] == 1].index)
    rows, shift = [], {}
    for i, r in enumerate(units.to_dict("records")):
        r["unit_id"] += shift.get(r["doc_id"], 0)
        spans = sentence_spans(r["text"]) if i in firsts else []
        if len(spans) == 2 and join_dateline(r["text"], spans) != spans:
            for k, (a, b) in enumerate(spans):
                piece = r["text"][a:b]
                rows.append(dict(r, unit_id=r["unit_id"] + k, text=piece, norm=norm(piece)))
            shift[r["doc_id"]] = 1
        else:
            rows.append(r)
    return pd.DataFrame(rows, columns=units.columns)


def eligible(
    units: pd.DataFrame, earlier: tuple[Path, ...] = (FIRST_SAMPLE,), copy_of: dict[str, str] | None = None
) -> pd.DataFrame:
    """Units that can be sampled: not a dateline, not after one, 4+ words, unique in their document,
    not in an earlier round (same doc_id and text hash; with `copy_of`, not on a copy the corpus
    stage sets aside, nor a kept unit whose text an earlier round drew on its copy)."""
    units = units.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True)
    words = units["text"].str.split().str.len()
    is_dateline = (words <= 3) & units["text"].str.fullmatch(DATELINE)
    after_dateline = is_dateline.shift(1, fill_value=False) & (units["doc_id"] == units["doc_id"].shift(1))
    units = units.assign(text_sha1=[text_sha1(t) for t in units["text"]])
    keep = (words >= 4) & ~is_dateline & ~after_dateline
    keep &= ~units.duplicated(["doc_id", "text_sha1"], keep=False)
    taken = taken_units(earlier, copy_of)
    keep &= np.array([(d, h) not in taken for d, h in zip(units["doc_id"], units["text_sha1"])])
    if copy_of:
        keep &= ~units["doc_id"].isin(set(copy_of)).to_numpy()
    return units[keep]


def stratum(role: str, text: str, normed: str) -> str:
    """The sampling stratum of one unit ("" for roles that are not sampled)."""
    named = named_stratum(text, normed)
    if role == "headline":
        return "headline_named" if named else "headline_other"
    if role == "body":
        return named or "other"
    return ""


def draw_sample(
    articles: pd.DataFrame,
    units: pd.DataFrame,
    seed: int = SEED,
    earlier: tuple[Path, ...] = (FIRST_SAMPLE,),
    copy_of: dict[str, str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Seeded stratified sample and its pools: per outlet (sorted) and stratum (fixed order), no replacement.

    `copy_of` (a copy's doc_id -> the kept document's) sets the copies aside (`eligible`)."""
    pool = eligible(units, earlier, copy_of).merge(articles[["doc_id", "outlet"]], on="doc_id")
    pool = pool.assign(stratum=[stratum(r, t, n) for r, t, n in zip(pool["role"], pool["text"], pool["norm"])])
    pool = pool[pool["stratum"] != ""].sort_values(["outlet", "doc_id", "unit_id"], kind="mergesort")
    rng = np.random.default_rng(seed)
    picks = []
    for outlet in sorted(pool["outlet"].unique()):
        for s, k in PER_OUTLET.items():
            p = pool[(pool["outlet"] == outlet) & (pool["stratum"] == s)]
            k = min(k, len(p))
            picks.append(p.iloc[np.sort(rng.choice(len(p), size=k, replace=False))] if k else p.iloc[:0])
    drawn = pd.concat(picks, ignore_index=True)
    census = pool[[bool(RUSSIA.search(n)) for n in pool["norm"]]].assign(stratum=CENSUS)
    census = census[~census.set_index(["doc_id", "unit_id"]).index.isin(drawn.set_index(["doc_id", "unit_id"]).index)]
    sample = pd.concat([drawn, census], ignore_index=True)
    return sample.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True), pool


def draw_round(articles: pd.DataFrame, units: pd.DataFrame, rnd: Round) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One round's sample (numbered as the current units are) and its pools."""
    if not rnd.datelines_apart:
        copy_of = copies_kept(articles) if rnd.copies_set_aside else None
        return draw_sample(articles, units, rnd.seed, rnd.earlier, copy_of)
    sample, pool = draw_sample(articles, datelines_apart(units), rnd.seed, rnd.earlier)
    current = units.assign(text_sha1=[text_sha1(t) for t in units["text"]])[["doc_id", "text_sha1", "unit_id"]]
    moved = sample.drop(columns="unit_id").merge(current, on=["doc_id", "text_sha1"], how="left")
    if moved["unit_id"].isna().any():
        lost = moved.loc[moved["unit_id"].isna(), "doc_id"].tolist()
        raise SystemExit(f"drawn units no longer in the corpus stage (a dateline joined them): {lost}")
    moved = moved.astype({"unit_id": int})[sample.columns]
    return moved.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True), pool


def check_against(sample: pd.DataFrame, reference: Path) -> str:
    """Whether the drawn units are exactly a reference file's units (doc_id + text_sha1, and unit_id)."""
    ref = pd.read_csv(reference, dtype=str, keep_default_na=False, usecols=["doc_id", "unit_id", "text_sha1"])
    want = set(zip(ref["doc_id"], ref["unit_id"].astype(int), ref["text_sha1"]))
    got = set(zip(sample["doc_id"], sample["unit_id"].astype(int), sample["text_sha1"]))
    verdict = "same units" if want == got else "DIFFERENT units"
    return f"# check {reference.name}: {verdict} ({len(got & want)} shared, {len(got - want)} drawn only, {len(want - got)} reference only)"


def context_lines(
    sample: pd.DataFrame, units: pd.DataFrame, before: int | None, after: int = 2, stratum: bool = False
) -> list[str]:
    """Each drawn unit's row followed by its article's neighbours, numbered [unit_id] (none if `before` is None).

    `stratum=False` leaves the stratum out, so that a second coder is not told why a unit was drawn.
    """
    by_doc = {d: g.set_index("unit_id") for d, g in units.groupby("doc_id")} if before is not None else {}
    lines = []
    for r in sample.itertuples(index=False):
        fields = (r.doc_id, r.unit_id) + ((r.stratum,) if stratum else ()) + (r.role, r.text_sha1, r.text)
        lines.append("\t".join(map(str, fields)))
        if before is None:
            continue
        g = by_doc[r.doc_id]
        near = range(max(1, r.unit_id - before), r.unit_id + after + 1)
        lines += [f"    [{u}] {g.at[u, 'text']}" for u in near if u in g.index and u != r.unit_id]
    return lines


def write_coder_inputs(sample: pd.DataFrame, units: pd.DataFrame, out: Path, before: int) -> None:
    """A second coder's inputs: units.tsv (doc_id, unit_id, role, text_sha1, text) and context.txt."""
    out.mkdir(parents=True, exist_ok=True)
    cols = ["doc_id", "unit_id", "role", "text_sha1", "text"]
    rows = ["\t".join(cols)] + ["\t".join(str(v) for v in r) for r in sample[cols].itertuples(index=False)]
    (out / "units.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (out / "context.txt").write_text("\n".join(context_lines(sample, units, before)) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--round", type=int, choices=sorted(ROUNDS), default=2, help="which round to draw")
    ap.add_argument("--context", action="store_true", help="print each unit's neighbours for coding")
    ap.add_argument("--before", type=int, default=4, help="units of context before each unit (with --context)")
    ap.add_argument("--cache", type=Path, help="keep the corpus stage's units here between runs (outside the repo)")
    ap.add_argument("--check", type=Path, help="say whether the drawn units are this reference file's units")
    ap.add_argument("--coder-inputs", type=Path, help="write units.tsv and context.txt here (outside the repo)")
    args = ap.parse_args()
    cached = args.cache and args.cache.with_suffix(".units.parquet").exists()
    if cached:
        articles = pd.read_parquet(args.cache.with_suffix(".articles.parquet"))
        cached = "copy_of" in articles.columns  # a cache from before copies were read is built again
    if cached:
        units = pd.read_parquet(args.cache.with_suffix(".units.parquet"))
    else:
        articles, units = corpus_units(args.root)
        if args.cache:
            copy_of = copies_kept(articles)
            kept = articles[["doc_id", "outlet"]].assign(copy_of=[copy_of.get(d, "") for d in articles["doc_id"]])
            kept.to_parquet(args.cache.with_suffix(".articles.parquet"))
            units.to_parquet(args.cache.with_suffix(".units.parquet"))
    sample, pool = draw_round(articles, units, ROUNDS[args.round])
    if args.check:
        print(check_against(sample, args.check), file=sys.stderr)
    print(f"# pools: {pool.groupby(['outlet', 'stratum']).size().unstack().to_dict('index')}", file=sys.stderr)
    print(f"# sample: {len(sample)}; {sample.groupby(['outlet', 'stratum']).size().to_dict()}", file=sys.stderr)
    if args.coder_inputs:
        write_coder_inputs(sample, units, args.coder_inputs, args.before)
    for line in context_lines(sample, units, args.before if args.context else None, stratum=True):
        print(line)


if __name__ == "__main__":
    main()
