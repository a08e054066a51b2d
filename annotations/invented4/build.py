"""Build the invented set D articles and reference CSV from the coded sources (source*.txt).

Each source line: frames-letters|ru_pk|ru_in|voice|speaker|side| sentence ; '@ outlet date slug' starts an
article (first sentence = headline). Codes were written by the blind coder (ref10) with the text.
"""

import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent
FR = {
    "m": "military",
    "t": "terrorism",
    "e": "economy",
    "d": "diplomacy",
    "r": "regional",
    "i": "india",
    "g": "geopolitics",
}
ORDER = list(FR.values())
ST = {"+": "favor", "-": "against", "0": "none"}
VO = {"o": "outlet", "q": "quoted", "r": "reported"}


def parse():
    arts = []
    for src in sorted(HERE.glob("source*.txt")):
        for line in src.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            if line.startswith("@"):
                _, outlet, date, slug = line.split()
                arts.append({"outlet": outlet, "date": date, "slug": slug, "units": []})
                continue
            cont = line.startswith("&")  # the splitter cuts this headline here: same line in the file
            f, pk, inn, v, spk, side, text = line.lstrip("&").split("|", 6)
            frames = "|".join(x for x in ORDER if any(FR[c] == x for c in f))
            arts[-1]["units"].append(
                dict(
                    frames=frames,
                    pk=ST[pk],
                    inn=ST[inn],
                    voice=VO[v],
                    speaker=spk,
                    side=side,
                    text=text.strip(),
                    cont=cont,
                )
            )
    return arts


def write_articles(arts):
    for a in arts:
        d = HERE / "articles" / a["outlet"]
        d.mkdir(parents=True, exist_ok=True)
        head = [u["text"] for u in a["units"] if u is a["units"][0] or u["cont"]]
        body = [u["text"] for u in a["units"][len(head) :]]
        paras = [" ".join(body[i : i + 3]) for i in range(0, len(body), 3)]
        (d / f"{a['date']}_{a['slug']}.txt").write_text(
            " ".join(head) + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    arts = parse()
    write_articles(arts)
    print(len(arts), "articles", sum(len(a["units"]) for a in arts), "coded sentences", file=sys.stderr)


def splitter_units(root):
    """The splitter's units (doc_id, unit_id, role, text), via the corpus-stage-only helper script."""
    import subprocess

    out = subprocess.run(
        [
            sys.executable,
            "annotations/invented/units.py",
            "--root",
            str(root),
            "--config",
            "config/corpora/invented4.yaml",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.split("\t", 3) for line in out.stdout.splitlines() if line.count("\t") >= 3]


def write_csv(arts, root):
    coded = {}
    for a in arts:
        doc = f"{a['outlet']}_{a['date']}_{a['slug']}"
        coded[doc] = a["units"]
    rows, problems = [], []
    for doc, uid, _role, text in splitter_units(root):
        units = coded.get(doc, [])
        hit = [u for u in units if u["text"] == text]
        if len(hit) != 1:
            problems.append((doc, uid, text))
            continue
        u = hit[0]
        rows.append([doc, uid, text, "ref10", u["frames"], u["pk"], u["inn"], u["voice"], u["speaker"], u["side"]])
    n_coded = sum(len(v) for v in coded.values())
    if problems or len(rows) != n_coded:
        for p in problems:
            print("UNMATCHED", *p, file=sys.stderr)
        sys.exit(f"{len(rows)} matched of {n_coded} coded sentences")
    out = root / "annotations" / "reference_invented4.csv"
    with out.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            [
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
        )
        w.writerows(rows)
    print("wrote", out, len(rows), "rows", file=sys.stderr)


if __name__ == "__main__" and "--csv" in sys.argv:
    write_csv(parse(), HERE.parent.parent)


SIDES = {"russia", "pakistan", "india", "china", "media", "other"}


def check(root):
    """Validate reference_invented4.csv against the splitter and the codebook's value sets; print counts."""
    import collections

    path = root / "annotations" / "reference_invented4.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    units = {(d, u): t for d, u, _, t in splitter_units(root)}
    bad = []
    for r in rows:
        key = (r["doc_id"], r["unit_id"])
        frames = r["frames"].split("|") if r["frames"] else []
        ok = (
            units.get(key) == r["text"]
            and frames == [f for f in ORDER if f in frames]
            and r["stance_ru_pk"] in ST.values()
            and r["stance_ru_in"] in ST.values()
            and r["voice"] in VO.values()
            and r["coder"] == "ref10"
            and (r["voice"] == "outlet") == (r["speaker"] == "") == (r["speaker_side"] == "")
            and (r["speaker_side"] == "" or r["speaker_side"] in SIDES)
        )
        if not ok:
            bad.append(key)
    missing = set(units) - {(r["doc_id"], r["unit_id"]) for r in rows}
    print(f"{len(rows)} rows, {len(units)} splitter units, {len(bad)} bad rows, {len(missing)} units uncoded")
    print(
        "frames",
        collections.Counter(f for r in rows for f in r["frames"].split("|") if f),
        "no frame:",
        sum(not r["frames"] for r in rows),
    )
    for col in ["stance_ru_pk", "stance_ru_in", "voice", "speaker_side"]:
        print(col, dict(collections.Counter(r[col] or "(outlet)" for r in rows)))
    roles = collections.Counter(r for _, _, r, _ in splitter_units(root))
    print("roles", dict(roles))
    return not bad and not missing


if __name__ == "__main__" and "--check" in sys.argv:
    sys.exit(0 if check(HERE.parent.parent) else 1)
