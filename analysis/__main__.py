"""Command line: `python -m analysis <step> …`.

The Snakefile calls one subcommand per rule, so each rule stays a one-line shell command
and each step can also be run by hand. A `UserError` (bad input, bad config) is printed
as one line naming the file and the problem, with no traceback, and exits 1.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from analysis.errors import report_user_errors


def _read_units(paths: list[str]) -> pd.DataFrame:
    frames = [pd.read_parquet(p) for p in paths]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def cmd_corpus_shard(a: argparse.Namespace) -> None:
    from analysis.corpus import CorpusSpec, build_shard
    from analysis.tables import write_csv, write_parquet

    spec = CorpusSpec.from_config(json.loads(a.corpus), Path(a.root))
    tables = build_shard(spec, json.loads(a.entries))
    write_parquet(tables.articles, a.articles)
    write_parquet(tables.units, a.units)
    write_csv(tables.cleaning_log, a.log_table)
    ok = int((tables.articles["status"] == "ok").sum())
    print(f"{len(tables.articles)} documents ({ok} ok), {len(tables.units)} units")


def cmd_corpus_merge(a: argparse.Namespace) -> None:
    from analysis.corpus import CorpusTables, check_strict, merge_shards
    from analysis.tables import write_csv, write_parquet

    parts = [
        CorpusTables(pd.read_parquet(art), pd.read_parquet(unit), pd.read_csv(log, dtype=str, keep_default_na=False))
        for art, unit, log in zip(a.articles_in, a.units_in, a.logs_in, strict=True)
    ]
    merged = merge_shards(parts)
    write_parquet(merged.articles, a.articles)
    write_parquet(merged.units, a.units)
    write_csv(merged.cleaning_log, a.log_table)
    counts = merged.articles["status"].value_counts().sort_index()
    print("documents by status: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    if a.strict:
        check_strict(merged.articles)


def cmd_code_shard(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.coding import code_units
    from analysis.tables import write_parquet

    codebook = load_codebook(a.codebook)
    coded = code_units(pd.read_parquet(a.units_in), codebook)
    write_parquet(coded, a.out)
    print(f"{len(coded)} units coded with codebook {codebook.version}")


def cmd_code_merge(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.coding import article_measures
    from analysis.tables import write_parquet

    codebook = load_codebook(a.codebook)
    coded = _read_units(a.units_in).sort_values(["doc_id", "unit_id"], kind="stable")
    articles = pd.read_parquet(a.articles_in)
    write_parquet(coded.reset_index(drop=True), a.units)
    write_parquet(article_measures(coded, articles, codebook), a.articles)


def expand_groups(groups: dict[str, list[str]], reference: str) -> dict[str, list[str]]:
    """Resolve a group given as ["*"] to every reference document in no other group.

    A large hand-coded sample spans many documents; listing them all in the config would
    only invite the lists and the reference file to drift apart. Empty groups are dropped.
    """
    docs = sorted(set(pd.read_csv(reference, dtype=str, usecols=["doc_id"])["doc_id"]))
    named = {d for ds in groups.values() if ds != ["*"] for d in ds}
    out = {}
    for name, ds in groups.items():
        ds = [d for d in docs if d not in named] if ds == ["*"] else ds
        if ds:
            out[name] = ds
    return out


def cmd_validate(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.reliability import write_validation

    codebook = load_codebook(a.codebook)
    groups = expand_groups(json.loads(a.groups), a.reference)
    paths = write_validation(
        a.reference, pd.read_parquet(a.coded), a.out_dir, codebook.frame_ids,
        codebook.target_ids, groups, a.seed, a.n_boot,
    )
    print("wrote " + ", ".join(sorted(str(p) for p in paths.values())))


def cmd_compare(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.compare import comparison_tables, write_tables

    codebook = load_codebook(a.codebook)
    tables = comparison_tables(
        pd.read_parquet(a.coded_units), pd.read_parquet(a.coded_articles),
        pd.read_parquet(a.articles), codebook.frame_ids, codebook.target_ids,
        list(codebook.sides), a.seed, a.n_boot, only=a.tables, on_tie=codebook.stance.on_tie,
    )
    print("wrote " + ", ".join(write_tables(tables, a.out_dir)))


def cmd_reuse(a: argparse.Namespace) -> None:
    from analysis.compare import outlet_labels
    from analysis.reuse import find_reuse, reuse_matrix
    from analysis.tables import write_csv

    articles = pd.read_parquet(a.articles)
    articles = articles[articles["status"] == "ok"].assign(outlet=outlet_labels)
    p = json.loads(a.params)
    pairs, passages = find_reuse(
        articles[["doc_id", "outlet", "text"]], n=p["ngram"], min_containment=p["min_containment"],
        lsh_threshold=p["lsh_threshold"], num_perm=p["num_perm"], lsh_min_docs=p["lsh_min_docs"],
        seed=a.seed,
    )
    write_csv(pairs, a.pairs)
    write_csv(passages, a.passages)
    write_csv(reuse_matrix(pairs, sorted(articles["outlet"].unique())).reset_index(), a.matrix)
    print(f"{len(pairs)} article pairs share text; {len(passages)} passages")


def cmd_figure(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.figures import FIGURES, codebook_labels, render_figure, save_figure

    tables = {Path(t).stem: pd.read_csv(t, keep_default_na=False, na_values=[""]) for t in a.tables}
    if "reuse_matrix" in tables:  # an outlet × outlet matrix: its first column is the index
        tables["reuse_matrix"] = tables["reuse_matrix"].set_index("outlet")
    labels = codebook_labels(load_codebook(a.codebook), a.lang)
    for i, width in enumerate(FIGURES[a.name].widths):
        fig, caption = render_figure(a.name, tables, lang=a.lang, width=width, labels=labels)
        stem = Path(a.out_dir) / (a.name if i == 0 else f"{a.name}_{width}col")
        print("wrote " + ", ".join(str(p) for p in save_figure(fig, stem, caption)))


def cmd_explain(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.coding import explain

    print(explain(a.sentence, load_codebook(a.codebook)))


COMMANDS = {
    "corpus-shard": cmd_corpus_shard,
    "corpus-merge": cmd_corpus_merge,
    "code-shard": cmd_code_shard,
    "code-merge": cmd_code_merge,
    "validate": cmd_validate,
    "compare": cmd_compare,
    "reuse": cmd_reuse,
    "figure": cmd_figure,
    "explain": cmd_explain,
}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("corpus-shard", help="ingest, clean and segment one shard of documents")
    s.add_argument("--root", default=".")
    s.add_argument("--corpus", required=True, help="the config's corpus section, as JSON")
    s.add_argument("--entries", required=True, help="the shard's entries, as a JSON list")
    s.add_argument("--articles", required=True)
    s.add_argument("--units", required=True)
    s.add_argument("--log-table", required=True)

    s = sub.add_parser("corpus-merge", help="join the corpus shards into the corpus tables")
    s.add_argument("--articles-in", nargs="*", default=[])
    s.add_argument("--units-in", nargs="*", default=[])
    s.add_argument("--logs-in", nargs="*", default=[])
    s.add_argument("--articles", required=True)
    s.add_argument("--units", required=True)
    s.add_argument("--log-table", required=True)
    s.add_argument("--strict", action="store_true")

    s = sub.add_parser("code-shard", help="code the units of one shard")
    s.add_argument("--codebook", required=True)
    s.add_argument("--units-in", required=True)
    s.add_argument("--out", required=True)

    s = sub.add_parser("code-merge", help="join coded shards and compute article measures")
    s.add_argument("--codebook", required=True)
    s.add_argument("--units-in", nargs="*", default=[])
    s.add_argument("--articles-in", required=True)
    s.add_argument("--units", required=True)
    s.add_argument("--articles", required=True)

    s = sub.add_parser("validate", help="agreement of the coder with the hand-coded reference")
    s.add_argument("--codebook", required=True)
    s.add_argument("--coded", required=True)
    s.add_argument("--reference", required=True)
    s.add_argument("--groups", required=True, help='JSON: {"development": [doc_id…], "held-out": […]}')
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n-boot", type=int, default=2000)
    s.add_argument("--out-dir", required=True)

    s = sub.add_parser("compare", help="outlet comparison tables (CSV + LaTeX)")
    s.add_argument("--codebook", required=True)
    s.add_argument("--coded-units", required=True)
    s.add_argument("--coded-articles", required=True)
    s.add_argument("--articles", required=True)
    s.add_argument("--tables", nargs="+", required=True, help="names of the tables to build")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n-boot", type=int, default=2000)
    s.add_argument("--out-dir", required=True)

    s = sub.add_parser("reuse", help="text shared between articles, within and across outlets")
    s.add_argument("--articles", required=True)
    s.add_argument("--params", required=True, help="the config's reuse section, as JSON")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--pairs", required=True)
    s.add_argument("--passages", required=True)
    s.add_argument("--matrix", required=True)

    s = sub.add_parser("figure", help="draw one figure as PDF, PNG and SVG with its caption")
    s.add_argument("name")
    s.add_argument("--tables", nargs="+", required=True)
    s.add_argument("--codebook", required=True)
    s.add_argument("--lang", default="en")
    s.add_argument("--out-dir", required=True)

    s = sub.add_parser("explain", help="show how one sentence is coded, cue by cue")
    s.add_argument("sentence")
    s.add_argument("--codebook", default="config/codebook.yaml")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return report_user_errors(lambda: COMMANDS[args.command](args))


if __name__ == "__main__":
    sys.exit(main())
