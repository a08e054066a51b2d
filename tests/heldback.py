"""What the held-back scripts share: count how many of a rule writer's own sentences the coder gets right.

The `heldback_*.py` scripts keep sentences written before a round's rules (not collected by pytest: they
record what the rules got right before and after, not behaviour to hold). Run one from the repository
root: `python -m tests.heldback_stance54 [-v]`.
"""

from pathlib import Path

from analysis.codebook import Codebook, load_codebook

CODEBOOK = Path(__file__).resolve().parents[1] / "config" / "codebook.yaml"


def codebook() -> Codebook:
    return load_codebook(CODEBOOK)


def stance_right(cases, cb: Codebook, verbose: bool = False) -> int:
    """Cases of (story units, unit, target, expected stance): the unit coded after its story."""
    from tests.stance_units import code_article

    right = 0
    for story, unit, target, expected in cases:
        got = code_article([*story, unit], cb)[-1].stance[target]
        right += got == expected
        if verbose and got != expected:
            print(f"  {target} {expected:8s} got {got:8s} {unit}")
    return right


def speakers_right(cases, one_paragraph, cb: Codebook, verbose: bool = False) -> int:
    """Cases of (article units, (voice, side) of the last): each article's units coded as a corpus;
    the articles whose index is in `one_paragraph` are a headline and one paragraph."""
    import pandas as pd

    from analysis.coding import code_units
    from analysis.normalize import norm

    right = 0
    for k, (texts, want) in enumerate(cases):
        n, one = len(texts), k in one_paragraph
        units = pd.DataFrame(
            {
                "doc_id": ["t"] * n,
                "unit_id": list(range(1, n + 1)),
                "role": ["headline" if one and i == 0 else "body" for i in range(n)],
                "para": [0 if i == 0 else 1 if one else i for i in range(n)],
                "text": list(texts),
                "norm": [norm(t) for t in texts],
                "start": [0] * n,
                "end": [len(t) for t in texts],
            }
        )
        r = code_units(units, cb).iloc[-1]
        got = (r["voice"], r["speaker_side"])
        right += got == want
        if verbose and got != want:
            print(f"MISS {k}: want {want} got {got} ({r['speaker']}: {r['speaker_rule'][:120]})\n   {texts[-1]}")
    return right
