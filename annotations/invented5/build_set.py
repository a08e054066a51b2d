"""Build blind test set E (issue #12): article files and the hand reference from one coded source.

Why this exists: the articles of set E were written sentence by sentence, each sentence with
its hand codes beside it (``coded_*.txt``: ``sentence ## frames pk in voice [speaker side] [!]``,
frames as letters m t e d r i g in codebook order or ``-``, stance ``+``/``-``/``0``, voice
``O``/``Q``/``R``, ``!`` marks a stance carried implicitly). This script writes the
one-article-per-file corpus (``articles/<outlet>/<date>_<slug>.txt``: headline, blank line,
paragraphs), runs ONLY the project's corpus stage on it (the splitter; never the coder) and
writes ``annotations/reference_invented5.csv`` with each unit's text exactly as the splitter cut
it, and ``implicit_units.csv`` (the stance-bearing units whose stance is carried implicitly). A unit the splitter cut differently from the written sentences stops the script.

Run from the worktree root: PYTHONPATH=. .venv/bin/python annotations/invented5/build_set.py
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from analysis.corpus import CorpusSpec, build_shard, merge_shards, plan_entries  # noqa: E402

FRAME_LETTERS = {
    "m": "military",
    "t": "terrorism",
    "e": "economy",
    "d": "diplomacy",
    "r": "regional",
    "i": "india",
    "g": "geopolitics",
}
STANCE = {"+": "favor", "-": "against", "0": "none"}
VOICE = {"O": "outlet", "Q": "quoted", "R": "reported"}
SIDES = {"russia", "pakistan", "india", "china", "media", "other"}
CODER = "ref12"
COLUMNS = [
    "doc_id",
    "unit_id",
    "text",
    "coder",
    "frames",
    "stance_ru_pk",
    "stance_ru_in",
    "voice",
    "speaker",
    "speaker_side",
]


@dataclass
class Sentence:
    """One written sentence and its hand codes."""

    text: str
    frames: str
    ru_pk: str
    ru_in: str
    voice: str
    speaker: str
    side: str
    implicit: bool


def parse_codes(line: str, where: str) -> Sentence:
    """Read ``text ## codes`` into a Sentence, refusing any value outside the codebook's sets."""
    text, _, codes = line.partition(" ## ")
    parts = codes.split()
    implicit = parts[-1] == "!"
    parts = parts[:-1] if implicit else parts
    fr, pk, ind, voice, *spk = parts
    frames = "" if fr == "-" else "|".join(FRAME_LETTERS[c] for c in "mtedrig" if c in fr)
    if fr != "-" and (set(fr) - set(FRAME_LETTERS) or len(set(fr)) != len(fr)):
        raise SystemExit(f"{where}: bad frame letters {fr!r}")
    speaker, side = (spk + ["", ""])[:2]
    if (VOICE[voice] == "outlet") != (speaker == "") or (speaker and side not in SIDES):
        raise SystemExit(f"{where}: voice {voice} with speaker {speaker!r} side {side!r}")
    return Sentence(text.strip(), frames, STANCE[pk], STANCE[ind], VOICE[voice], speaker, side, implicit)


def read_source(paths: list[Path]) -> dict[str, list[list[Sentence]]]:
    """Articles by ``outlet/file`` stem: a list of paragraphs (the first is the headline)."""
    articles: dict[str, list[list[Sentence]]] = {}
    current: list[list[Sentence]] = []
    for path in paths:
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if line.startswith("=== "):
                current = [[]]
                articles[line[4:].strip()] = current
            elif not line:
                if current and current[-1]:
                    current.append([])
            else:
                current[-1].append(parse_codes(line, f"{path.name}:{n}"))
    return {k: [p for p in v if p] for k, v in articles.items()}


def write_articles(articles: dict[str, list[list[Sentence]]], out: Path) -> None:
    """One .txt per article: headline, blank line, paragraphs separated by blank lines."""
    for stem, paras in articles.items():
        path = out / f"{stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        blocks = [" ".join(s.text for s in p) for p in paras]
        path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def splitter_units(config: Path) -> tuple[dict[str, str], list[tuple[str, int, str]]]:
    """The corpus stage's units (doc_id, unit_id, text) and doc_id -> source file stem."""
    cfg = yaml.safe_load(config.read_text(encoding="utf-8"))
    spec = CorpusSpec.from_config(cfg["corpus"], ROOT)
    tables = merge_shards([build_shard(spec, plan_entries(spec))])
    arts = tables.articles
    bad = arts[arts["status"] != "ok"]
    if len(bad):
        raise SystemExit(f"documents not ok: {bad[['doc_id', 'status']].to_dict('records')}")
    stems = {d: str(p).rsplit(".", 1)[0] for d, p in zip(arts["doc_id"], arts["source_path"])}
    units = tables.units.sort_values(["doc_id", "unit_id"])
    return stems, list(zip(units["doc_id"], units["unit_id"].astype(int), units["text"]))


def align(articles: dict[str, list[list[Sentence]]], stems: dict[str, str], units: list) -> list[tuple]:
    """Pair every splitter unit with its written sentence, in order; stop on any mismatch."""
    by_doc: dict[str, list] = {}
    for doc_id, unit_id, text in units:
        by_doc.setdefault(doc_id, []).append((unit_id, text))
    rows, errors = [], []
    for doc_id, doc_units in sorted(by_doc.items()):
        stem = next(k for k in articles if stems[doc_id].endswith(k))
        sents = [s for p in articles[stem] for s in p]
        if [t for _, t in doc_units] != [s.text for s in sents]:
            bad = next(((u, t, s.text) for (u, t), s in zip(doc_units, sents) if t != s.text), None)
            errors.append(f"{doc_id}: {len(doc_units)} units, {len(sents)} sentences; first difference {bad}")
            continue
        for (uid, text), s in zip(doc_units, sents):
            rows.append((_row(doc_id, uid, text, s), s))
    if errors:
        raise SystemExit("cut differently from the written sentences:\n" + "\n".join(errors))
    return rows


def _row(doc_id: str, unit_id: int, text: str, s: Sentence) -> dict:
    return {
        "doc_id": doc_id,
        "unit_id": unit_id,
        "text": text,
        "coder": CODER,
        "frames": s.frames,
        "stance_ru_pk": s.ru_pk,
        "stance_ru_in": s.ru_in,
        "voice": s.voice,
        "speaker": s.speaker,
        "speaker_side": s.side,
    }


def _has_stance(row: dict) -> bool:
    return row["stance_ru_pk"] != "none" or row["stance_ru_in"] != "none"


def report(pairs: list[tuple[dict, Sentence]]) -> None:
    """Print the counts per value the brief asks for."""
    rows = [r for r, _ in pairs]
    print(f"units: {len(rows)}  articles: {len({r['doc_id'] for r in rows})}")
    for col in ("stance_ru_pk", "stance_ru_in", "voice", "speaker_side"):
        print(col, dict(sorted(Counter(r[col] for r in rows).items())))
    frames = Counter(f for r in rows for f in r["frames"].split("|") if f)
    print("frames", dict(frames), "no frame:", sum(1 for r in rows if not r["frames"]))
    stance = [r for r in rows if _has_stance(r)]
    implicit = sum(1 for r, s in pairs if s.implicit and _has_stance(r))
    print(f"stance-bearing units: {len(stance)}, carried implicitly: {implicit}")
    print("attributed:", sum(1 for r in rows if r["voice"] != "outlet"))


def main() -> None:
    articles = read_source(sorted(HERE.glob("coded_*.txt")))
    if "--write" in sys.argv:
        write_articles(articles, HERE / "articles")
        return
    stems, units = splitter_units(ROOT / "config" / "corpora" / "invented5.yaml")
    pairs = align(articles, stems, units)
    with (ROOT / "annotations" / "reference_invented5.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(r for r, _ in pairs)
    with (HERE / "implicit_units.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("doc_id,unit_id\n")
        fh.writelines(f"{r['doc_id']},{r['unit_id']}\n" for r, s in pairs if s.implicit and _has_stance(r))
    report(pairs)


if __name__ == "__main__":
    main()
