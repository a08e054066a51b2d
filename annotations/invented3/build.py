"""Write the set-C articles and the hand coding from the spec files (issue #12, blind set C).

Each spec line is ``frames|pk|in|voice|speaker|side|sentence`` (frames as one-letter codes, stance as
+/-/0, voice o/q/r); a ``# outlet date slug`` line starts an article whose first sentence is the headline.
The coding was written by hand with the sentence, from the design codebook only.
"""

from __future__ import annotations

import glob
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRAMES = {
    "m": "military",
    "t": "terrorism",
    "e": "economy",
    "d": "diplomacy",
    "r": "regional",
    "i": "india",
    "g": "geopolitics",
}
ORDER = list(FRAMES)
STANCE = {"+": "favor", "-": "against", "0": "none"}
VOICE = {"o": "outlet", "q": "quoted", "r": "reported"}


def parse() -> list[dict]:
    """Read every spec file into article records with coded sentences."""
    arts: list[dict] = []
    for f in sorted(glob.glob(str(HERE / "spec_*.txt"))):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                outlet, date, slug = line[2:].split()
                arts.append({"outlet": outlet, "date": date, "slug": slug, "sents": []})
            elif line.strip():
                fr, pk, inn, vo, sp, side, text = line.split("|", 6)
                codes = [c for c in fr.split(",") if c]
                frames = "|".join(FRAMES[c] for c in ORDER if c in codes)
                voice = VOICE[vo]
                arts[-1]["sents"].append(
                    {
                        "text": text.strip(),
                        "frames": frames,
                        "pk": STANCE[pk],
                        "in": STANCE[inn],
                        "voice": voice,
                        "speaker": "" if voice == "outlet" else sp,
                        "side": "" if voice == "outlet" else side,
                    }
                )
    return arts


def write_articles(arts: list[dict]) -> None:
    """One text file per article: headline, blank line, body in paragraphs of up to three sentences."""
    for a in arts:
        d = HERE / "articles" / a["outlet"]
        d.mkdir(parents=True, exist_ok=True)
        body = [s["text"] for s in a["sents"][1:]]
        paras = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
        text = a["sents"][0]["text"] + "\n\n" + "\n\n".join(paras) + "\n"
        (d / f"{a['date']}_{a['slug']}.txt").write_text(text, encoding="utf-8")


# Units where the splitter cut a headline at "!" or "?": coded as cut (see INVENTED3.md, decisions 1-2).
CUT = {
    "भारत को बड़ा झटका!": ("i", "0", "0"),
    "उरी हमले के बाद भी पाकिस्तान के साथ युद्धाभ्यास करेगा रूस": ("m,t,i", "+", "-"),
    "S-400 डील पक्की!": ("m", "0", "0"),
    "पुतिन-मोदी मुलाकात में भारत-रूस के बीच हुआ बड़ा समझौता": ("d,i", "0", "+"),
    "जिस दिन रूस ने यूक्रेन पर हमला किया, उसी दिन मॉस्को में थे इमरान खान!": ("d,g", "0", "0"),
    "जानिए पूरा मामला": ("", "0", "0"),
    "पाकिस्तान को बड़ा झटका!": ("", "0", "0"),
    "सस्ते रूसी तेल का सपना अधूरा": ("e", "0", "0"),
    "क्या बन रहा है रूस-चीन-पाकिस्तान गठजोड़?": ("g,d", "+", "0"),
    "भारत के लिए क्या है खतरा": ("i", "0", "0"),
}
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


def coded_rows(arts: list[dict], units: list[list[str]]) -> list[dict]:
    """Attach the hand coding to each splitter unit (doc_id, unit_id, role, text) by its exact text."""
    by_doc = {f"{a['outlet']}_{a['date']}_{a['slug']}": a["sents"] for a in arts}
    rows = []
    for doc, uid, _role, text in units:
        match = [s for s in by_doc[doc] if s["text"] == text]
        if match:
            s = match[0]
        else:
            fr, pk, inn = CUT[text]
            codes = fr.split(",")
            s = {
                "frames": "|".join(FRAMES[c] for c in ORDER if c in codes),
                "pk": STANCE[pk],
                "in": STANCE[inn],
                "voice": "outlet",
                "speaker": "",
                "side": "",
            }
        rows.append(
            {
                "doc_id": doc,
                "unit_id": uid,
                "text": text,
                "coder": "ref8",
                "frames": s["frames"],
                "stance_ru_pk": s["pk"],
                "stance_ru_in": s["in"],
                "voice": s["voice"],
                "speaker": s["speaker"],
                "speaker_side": s["side"],
            }
        )
    return rows


def write_reference(units_tsv: Path, out: Path) -> None:
    """Write annotations/reference_invented3.csv from the splitter's units (units.py output)."""
    import csv

    units = [ln.rstrip("\n").split("\t") for ln in units_tsv.read_text(encoding="utf-8").splitlines() if ln]
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS)
        w.writeheader()
        w.writerows(coded_rows(parse(), units))


SIDES = {"russia", "pakistan", "india", "china", "media", "other"}


def validate(units_tsv: Path, ref: Path) -> list[str]:
    """Check the reference against the splitter's units and the codebook's value sets; return problems."""
    import csv
    import re

    units = {
        (d, u): t for d, u, _r, t in (ln.split("\t") for ln in units_tsv.read_text(encoding="utf-8").splitlines() if ln)
    }
    rows = list(csv.DictReader(ref.open(encoding="utf-8")))
    bad = [
        f"{r['doc_id']} {r['unit_id']}: text differs"
        for r in rows
        if units.get((r["doc_id"], r["unit_id"])) != r["text"]
    ]
    bad += [f"{len(units) - len(rows)} units not coded"] if len(units) != len(rows) else []
    for r in rows:
        fr = [f for f in r["frames"].split("|") if f]
        if fr != [f for f in FRAMES.values() if f in fr] or len(set(fr)) != len(fr):
            bad.append(f"{r['unit_id']}: frames {r['frames']!r}")
        if not {r["stance_ru_pk"], r["stance_ru_in"]} <= set(STANCE.values()) or r["voice"] not in VOICE.values():
            bad.append(f"{r['doc_id']} {r['unit_id']}: stance/voice value")
        outlet = r["voice"] == "outlet"
        if outlet != (r["speaker"] == "") or outlet != (r["speaker_side"] == ""):
            bad.append(f"{r['doc_id']} {r['unit_id']}: speaker must be empty exactly when voice is outlet")
        if not outlet and (r["speaker_side"] not in SIDES or not re.fullmatch(r"[a-z][a-z0-9_]*", r["speaker"])):
            bad.append(f"{r['doc_id']} {r['unit_id']}: speaker {r['speaker']!r}/{r['speaker_side']!r}")
    return bad


def counts(ref: Path) -> None:
    """Print the counts per value of every coded variable."""
    import csv
    from collections import Counter

    rows = list(csv.DictReader(ref.open(encoding="utf-8")))
    print("units", len(rows), "documents", len({r["doc_id"] for r in rows}))
    print(
        "frames",
        dict(Counter(f for r in rows for f in r["frames"].split("|") if f)),
        "no frame",
        sum(not r["frames"] for r in rows),
    )
    for col in ("stance_ru_pk", "stance_ru_in", "voice", "speaker_side"):
        print(col, dict(Counter(r[col] or "(outlet)" for r in rows)))
    print("speakers", dict(Counter(r["speaker"] for r in rows if r["speaker"]).most_common()))


if __name__ == "__main__":
    import sys

    write_articles(parse())
    if len(sys.argv) == 2:  # units.py output (doc_id, unit_id, role, text; tab-separated)
        tsv, out = Path(sys.argv[1]), HERE.parent / "reference_invented3.csv"
        write_reference(tsv, out)
        print("\n".join(validate(tsv, out)) or "valid: every row matches a splitter unit; values in the sets")
        counts(out)
