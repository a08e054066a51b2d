"""Text reuse on one cluster of k near-identical documents: pairs and seconds for each k.

    nice python benchmarks/bench_reuse_clusters.py 250 500 1000 2000 [--lsh-min-docs 20000]

Each document is one invented ~60-word Hindi paragraph (not news text) followed by a token
of its own, outlet unknown, as in issue #14's measurement. Wall time on a shared machine:
read it beside the pair count, which is exact.
"""

from __future__ import annotations

import argparse
import time

import pandas as pd

from analysis.reuse import find_reuse

PARAGRAPH = (
    "पहाड़ी गाँव के पुराने पुस्तकालय में हर शनिवार को बच्चे कहानियाँ पढ़ने आते हैं और "
    "बुज़ुर्ग लाइब्रेरियन उन्हें नदी, जंगल और तारों के बारे में लंबी कथाएँ सुनाते हैं. "
    "पिछले महीने स्वयंसेवकों ने नई अलमारियाँ बनाईं, दीवारों पर रंगीन चित्र बनाए और "
    "बरामदे में बैठने के लिए लकड़ी की बेंचें रखीं ताकि बारिश के दिनों में भी पढ़ाई चलती रहे. "
    "अब आसपास के तीन गाँवों से भी परिवार आते हैं और शाम तक चहल-पहल बनी रहती है."
)


def cluster(k: int) -> pd.DataFrame:
    """k copies of the paragraph, each ending in its own invented token."""
    return pd.DataFrame(
        {"doc_id": [f"c{i:05d}" for i in range(k)], "outlet": "", "text": [f"{PARAGRAPH} चिह्न{i}" for i in range(k)]}
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="+", type=int)
    ap.add_argument("--lsh-min-docs", type=int, default=20000, help="the COVID config's value by default")
    a = ap.parse_args()
    print("| k | pairs | passages | method | seconds |\n|---|---|---|---|---|")
    for k in a.sizes:
        frame = cluster(k)
        t = time.perf_counter()
        pairs, passages = find_reuse(frame, lsh_min_docs=a.lsh_min_docs)
        took = time.perf_counter() - t
        method = ",".join(sorted(set(pairs["method"]))) if len(pairs) else "-"
        print(f"| {k:,} | {len(pairs):,} | {len(passages):,} | {method} | {took:.2f} |")


if __name__ == "__main__":
    main()
