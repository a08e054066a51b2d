"""Draw the out-of-sample validation units from the Hindi COVID-19 corpus.

Why this exists: the coder's cues were written while reading all five seed articles,
so agreement on the seeds is in-sample fit. The COVID corpus (5 newspapers,
Mar-May 2020) was never read by the cue writer; a seeded random sample of its body
units, hand-coded against the codebook, is an honest held-out check.

The selection looks only at the corpus stage's units (analysis.corpus) and at the
codebook's place/actor names; it never imports or reads the automated coder or its
output. Rule (documented in annotations/README.md, "Out-of-sample reference"):

* body units only (headlines/standfirsts/subheads are a different role and rare
  in this corpus's daily files);
* stratum `ru_pk`: the unit names Russia or Pakistan (or Putin / Imran Khan / their
  capitals) -- rare in this corpus, so it is oversampled;
* stratum `great_power`: otherwise names China, the US, the UN or the WHO (or Wuhan,
  Xi, Trump, Washington/Beijing);
* stratum `other`: every other body unit (negatives; India alone does not make a unit
  relevant, because it occurs in most units of an Indian corpus);
* per outlet: 4 + 8 + 4 units from the three strata (80 in all), drawn with
  numpy.random.default_rng(SEED) in a fixed order;
* added on top, not sampled: every body unit that names Russia together with India or
  Pakistan (`ru_pair`, a census: 4 units in the corpus), the only units in which a
  codebook stance target can be spoken of. They keep their stratum for the draw
  (so adding them does not change the random draw) and are added if not drawn.

Run: .venv/bin/python annotations/sample_covid.py [--root /work/main] [--csv out.csv]
It prints doc_id, unit_id, stratum and text for the human coder. The text is the
publishers' and must not be committed; only the hash goes into reference_covid.csv.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import CorpusSpec, build_shard, merge_shards, plan_entries  # noqa: E402
from analysis.normalize import norm  # noqa: E402
from analysis.reference import text_sha1  # noqa: E402  (the alignment's own hash; not the coder)

SEED = 20210407
PER_OUTLET = {"ru_pk": 4, "great_power": 8, "other": 4}
CENSUS = "ru_pair"
STRATA = tuple(PER_OUTLET)
_B = r"(?<![\w\u0900-\u0963\u0966-\u097F])"  # Devanagari-aware word start
_E = r"(?![\w\u0900-\u0963\u0966-\u097F])"  # Devanagari-aware word end

# Names from the codebook's gazetteer (places/demonyms -> countries), plus heads of
# state/government and international bodies; written in plain spelling and passed
# through norm() so that nukta/candra/nasal variants match.
RUSSIA_NAMES = ["रूस", "रूसी", "मॉस्को", "मास्को", "पुतिन", "russia", "russian", "putin"]
PAKISTAN_NAMES = ["पाकिस्तान", "पाकिस्तानी", "इस्लामाबाद", "रावलपिंडी", "कराची", "इमरान", "pakistan"]
INDIA_NAMES = ["भारत", "भारतीय", "नई दिल्ली", "नयी दिल्ली", "india", "indian"]
RU_PK_NAMES = RUSSIA_NAMES + PAKISTAN_NAMES
GREAT_POWER_NAMES = [
    "चीन",
    "चीनी",
    "बीजिंग",
    "वुहान",
    "जिनपिंग",
    "china",
    "chinese",
    "wuhan",
    "अमेरिका",
    "अमेरिकी",
    "अमरीका",
    "अमरीकी",
    "यूएस",
    "यूएसए",
    "वॉशिंगटन",
    "वाशिंगटन",
    "ट्रंप",
    "ट्रम्प",
    "america",
    "usa",
    "trump",
    "संयुक्त राष्ट्र",
    "यूएन",
    "विश्व स्वास्थ्य संगठन",
    "डब्ल्यूएचओ",
    "डब्लूएचओ",
    "डब्ल्यू एच ओ",
]
# Latin acronyms only in capitals in the original text (lower-case "who"/"us" are English words)
LATIN_CAPS = re.compile(r"(?<![A-Za-z])(?:WHO|UN|US|USA)(?![A-Za-z])")


def _pattern(names: list[str]) -> re.Pattern[str]:
    alts = sorted({re.escape(norm(n)) for n in names}, key=len, reverse=True)
    return re.compile(_B + "(?:" + "|".join(alts) + ")" + _E)


RUSSIA = _pattern(RUSSIA_NAMES)
PARTNER = _pattern(PAKISTAN_NAMES + INDIA_NAMES)
RU_PK = _pattern(RU_PK_NAMES)
GREAT_POWER = _pattern(GREAT_POWER_NAMES)


def stratum(text: str, normed: str) -> str:
    """Which sampling stratum a unit falls in (first match wins: ru_pk, great_power, other)."""
    if RU_PK.search(normed):
        return "ru_pk"
    if GREAT_POWER.search(normed) or LATIN_CAPS.search(text):
        return "great_power"
    return "other"


def names_russia_pair(normed: str) -> bool:
    """Whether a unit names Russia together with India or Pakistan (the census units)."""
    return bool(RUSSIA.search(normed) and PARTNER.search(normed))


def corpus_units(root: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Run the project's corpus stage on the COVID corpus (config/corpora/covid5.yaml), copies kept.

    The rounds (this file's and sample_covid2.py's 2-20) were drawn from the units as the corpus
    stage gave them before a copy of a text its outlet has was set aside (`analysis.copies`,
    2026-12-01; COVID has no two files of one outlet with the same bytes, so before then no
    document was set aside). The rounds are frozen records: the pools keep the 57 copies' units
    (`merge_shards(set_aside_copies=False)`) so that every round draws again byte for byte. A
    unit drawn on a copy is paired in validation with the kept copy's unit of the same text.
    Round 21 on set the copies aside from these same units (sample_covid2.py, `Round.copies_set_aside`).
    """
    cfg = yaml.safe_load((root / "config" / "corpora" / "covid5.yaml").read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], root)
    tables = merge_shards([build_shard(spec, plan_entries(spec))], set_aside_copies=False)
    return tables.articles, tables.units


def draw_sample(
    articles: pd.DataFrame, units: pd.DataFrame, seed: int = SEED, per_outlet: dict[str, int] = PER_OUTLET
) -> pd.DataFrame:
    """Seeded stratified sample of body units: per outlet and stratum, without replacement.

    Units whose matching key occurs more than once in the same document are left out,
    because a repeated paragraph could not be told apart by its hash. Outlets and strata
    are visited in sorted/fixed order and each stratum's pool is sorted by
    (doc_id, unit_id), so the same corpus and seed give the same sample.
    """
    body = units[units["role"] == "body"].merge(articles[["doc_id", "outlet"]], on="doc_id")
    body = body.assign(text_sha1=[text_sha1(t) for t in body["text"]])
    body = body[~body.duplicated(["doc_id", "text_sha1"], keep=False)]
    body = body.assign(stratum=[stratum(t, n) for t, n in zip(body["text"], body["norm"])])
    body = body.sort_values(["outlet", "doc_id", "unit_id"], kind="mergesort").reset_index(drop=True)
    rng = np.random.default_rng(seed)
    picks = []
    for outlet in sorted(body["outlet"].unique()):
        for s in STRATA:
            pool = body[(body["outlet"] == outlet) & (body["stratum"] == s)]
            k = min(per_outlet[s], len(pool))
            idx = np.sort(rng.choice(len(pool), size=k, replace=False)) if k else np.array([], int)
            picks.append(pool.iloc[idx])
    drawn = pd.concat(picks, ignore_index=True)
    census = body[[names_russia_pair(n) for n in body["norm"]]].assign(stratum=CENSUS)
    census = census[~census.set_index(["doc_id", "unit_id"]).index.isin(drawn.set_index(["doc_id", "unit_id"]).index)]
    sample = pd.concat([drawn, census], ignore_index=True)
    return sample.sort_values(["doc_id", "unit_id"], kind="mergesort").reset_index(drop=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--csv", type=Path, help="also write the sample (with text) here; keep it outside the repo")
    ap.add_argument("--context", action="store_true", help="print each unit's neighbours for coding")
    args = ap.parse_args()
    articles, units = corpus_units(args.root)
    sample = draw_sample(articles, units, args.seed)
    body = units[units["role"] == "body"].merge(articles[["doc_id", "outlet"]], on="doc_id")
    pools = body.assign(stratum=[stratum(t, n) for t, n in zip(body["text"], body["norm"])])
    print(
        f"# body units: {len(body)}; per stratum: {pools['stratum'].value_counts().sort_index().to_dict()}",
        file=sys.stderr,
    )
    print(
        f"# sample: {len(sample)}; per outlet: {sample['outlet'].value_counts().sort_index().to_dict()}",
        file=sys.stderr,
    )
    by_doc = {d: g.set_index("unit_id") for d, g in units.groupby("doc_id")} if args.context else {}
    for r in sample.itertuples(index=False):
        print(f"{r.doc_id}\t{r.unit_id}\t{r.stratum}\t{r.text}")
        if args.context:
            g = by_doc[r.doc_id]
            for u in range(max(1, r.unit_id - 3), r.unit_id):
                if u in g.index:
                    print(f"    [{u}] {g.at[u, 'text']}")
    if args.csv:
        cols = ["doc_id", "unit_id", "outlet", "stratum", "text_sha1", "text"]
        with args.csv.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            w.writerows(sample[cols].itertuples(index=False))


if __name__ == "__main__":
    main()
