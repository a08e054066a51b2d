"""Write the invented16 article files from the annotated source lines (src/part*.txt)."""

import sys
from pathlib import Path

HERE = Path(__file__).parent


def parse():
    arts = []
    for part in sorted((HERE / "src").glob("part*.txt")):
        for line in part.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            if line.startswith("@ "):
                arts.append((line[2:].strip(), []))
                continue
            text, code = line.split(" ## ")
            arts[-1][1].append((text.strip(), code.strip()))
    return arts


def write(out: Path):
    for rel, sents in parse():
        head, body = sents[0][0], [s for s, _ in sents[1:]]
        paras, cur = [], []
        for s in body:
            cur.append(s)
            openq = sum(c in '"“”' for c in " ".join(cur)) % 2
            if len(cur) >= 3 and not openq and len(paras) < 2:
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(head + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "articles")
