"""Command line: `python -m analysis <command> …`, the one entry point of the package.

The Snakefile calls one command per rule, so each rule stays a one-line shell command and
each step can also be run by hand; `make check-repro` and the paper notebook go through it
too. A `UserError` (bad input, bad config) is printed as one line naming the file and the
problem, with no traceback, and exits 1.

The commands import what they need when they run, so `python -m analysis manifest` does
not pay for pandas, and a command's arguments are declared as data in `COMMANDS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.errors import UserError, report_user_errors


def cmd_shard(a: argparse.Namespace) -> None:
    """Ingest, clean, segment and code one shard in one process (one interpreter start-up).

    The units are coded from the table just built, not read back from the file just written.
    """
    from analysis.attribution import article_homes
    from analysis.codebook import load_codebook
    from analysis.coding import code_units
    from analysis.corpus import CorpusSpec, build_shard
    from analysis.merge import UNIT_TEXT
    from analysis.tables import write_csv, write_parquet
    from analysis.vocab import STATUS_OK

    entries = a.entries if a.entries != "-" else sys.stdin.read()
    spec = CorpusSpec.from_config(json.loads(a.corpus), Path(a.root))
    tables = build_shard(spec, json.loads(entries), json.loads(a.ids) if a.ids else None)
    write_parquet(tables.articles, a.articles)
    write_parquet(tables.units, a.units)
    write_csv(tables.cleaning_log, a.log_table, for_people=False)  # read back by merge
    write_csv(tables.intake, a.intake, for_people=False)
    ok = int((tables.articles["status"] == STATUS_OK).sum())
    print(f"{len(tables.articles)} documents ({ok} ok), {len(tables.units)} units")
    codebook = load_codebook(a.codebook)
    outlets = dict(zip(tables.articles["doc_id"], tables.articles["outlet"]))
    homes = article_homes(outlets, json.loads(a.corpus).get("outlet_home") or {})  # corpus.outlet_home
    coded = code_units(tables.units, codebook, homes=homes)
    write_parquet(coded.drop(columns=list(UNIT_TEXT)), a.coded)  # the merge joins them from the units
    print(f"{len(coded)} units coded with codebook {codebook.version}")


def cmd_merge(a: argparse.Namespace) -> None:
    """Join the shards: the corpus tables, then the coded units and the article measures.

    One table at a time (`analysis.merge`), so the job holds one table's text, not all of them.
    """
    from analysis.codebook import load_codebook
    from analysis.coding import article_measures
    from analysis.corpus import CorpusSpec, raise_not_ok, set_aside_ids, set_aside_intake, shard_intake
    from analysis.intake import intake_summary, require_usable
    from analysis.merge import merge_articles, merge_coded, merge_log, merge_units, read_intakes, write_table
    from analysis.tables import write_csv, write_parquet

    spec = CorpusSpec.from_config(json.loads(a.corpus), Path(a.root))
    articles = merge_articles(a.articles_in, a.articles)
    aside = set_aside_ids(articles)  # a copy of a text its outlet has: its units are not counted again
    units = merge_units(a.units_in, a.units, aside)
    log = merge_log(a.logs_in)
    write_csv(log[~log["doc_id"].isin(aside)] if aside else log, a.log_table)
    intake = set_aside_intake(shard_intake(spec, read_intakes(a.intake_in)), articles)
    write_csv(intake, a.intake)
    print(intake_summary(intake))
    require_usable(intake, a.intake)
    if a.strict:
        raise_not_ok(articles)
    coded = merge_coded(a.coded_in, units, aside)
    del units
    write_table(coded, a.coded_units)
    coded = coded.to_pandas()
    write_parquet(article_measures(coded, articles, load_codebook(a.codebook)), a.coded_articles)


def cmd_corpus(a: argparse.Namespace) -> None:
    """A corpus of one shard: the shard job's and the merge job's work in one process.

    Issue #15: each job costs an interpreter and its imports (~0.7 s), and for a small corpus
    these two run one after the other at the head of the chain. The shard's files are written
    and read back exactly as the two jobs would, so every output is the same, byte for byte.
    """
    shard_files = {"articles": a.shard_articles, "units": a.shard_units, "log_table": a.shard_log_table}
    shard_files |= {"intake": a.shard_intake, "coded": a.shard_coded}
    cmd_shard(argparse.Namespace(**{**vars(a), **shard_files}))
    inputs = {"articles_in": [a.shard_articles], "units_in": [a.shard_units], "logs_in": [a.shard_log_table]}
    inputs |= {"intake_in": [a.shard_intake], "coded_in": [a.shard_coded]}
    cmd_merge(argparse.Namespace(**{**vars(a), **inputs}))


def expand_groups(groups: dict[str, list[str]], reference: str) -> dict[str, list[str]]:
    """Resolve a group given as ["*"] to every reference document in no other group.

    A large hand-coded sample spans many documents; listing them all in the config would
    only invite the lists and the reference file to drift apart. Empty groups are dropped.
    """
    import pandas as pd

    docs = sorted(set(pd.read_csv(reference, dtype=str, usecols=["doc_id"])["doc_id"]))
    named = {d for ds in groups.values() if ds != ["*"] for d in ds}
    out = {}
    for name, ds in groups.items():
        ds = [d for d in docs if d not in named] if ds == ["*"] else ds
        if ds:
            out[name] = ds
    return out


def cmd_validate(a: argparse.Namespace) -> None:
    import pandas as pd

    from analysis.codebook import load_codebook
    from analysis.reliability import write_validation

    codebook = load_codebook(a.codebook)
    groups = expand_groups(json.loads(a.groups), a.reference)
    # only the hand-coded documents' units are compared: reading the rest would cost memory, not information
    docs = sorted(set(pd.read_csv(a.reference, dtype=str, usecols=["doc_id"], keep_default_na=False)["doc_id"]))
    copies = referenced_copies(a.articles, docs)  # a hand-coded document set aside as a copy: its kept copy's units
    wanted = sorted(set(docs) | set(copies.values()))
    coded = pd.read_parquet(a.coded, filters=[("doc_id", "in", wanted)]) if docs else pd.read_parquet(a.coded)
    if docs and coded.empty:  # a sheet of another corpus: every figure would be over 0 units, without a word
        shown = ", ".join(docs[:3]) + (", …" if len(docs) > 3 else "")
        raise UserError(
            f"{a.reference}: none of its {len(docs)} hand-coded documents ({shown}) is in this corpus; "
            "are the config's validation.sheets or validation.reference those of another corpus?"
        )
    paths = write_validation(
        a.reference,
        coded,
        a.out_dir,
        codebook.frame_ids,
        codebook.target_ids,
        groups,
        a.seed,
        a.n_boot,
        sides={actor.id: actor.side for actor in codebook.actors.values()},
        copies=copies,
    )
    print("wrote " + ", ".join(sorted(str(p) for p in paths.values())))


def referenced_copies(articles: str | None, docs: list[str]) -> dict[str, str]:
    """Of the hand-coded documents, those set aside as copies -> the copy kept ({} without an articles table)."""
    if not articles:
        return {}
    import pandas as pd

    from analysis.copies import kept_copies

    columns = ["doc_id", "status", "source_path", "sha256", "text_sha256", "outlet", "published"]
    wanted = set(docs)
    return {d: k for d, k in kept_copies(pd.read_parquet(articles, columns=columns)).items() if d in wanted}


def cmd_sheets_to_reference(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.coding_sheet import sheets_to_reference
    from analysis.reference import natural_key
    from analysis.tables import write_csv

    ref = sheets_to_reference(a.sheets, load_codebook(a.codebook), a.reference)
    write_csv(ref, a.out, for_people=False)  # its text is matched against the units
    print(
        f"{len(ref)} coded rows from {len(a.reference)} reference(s) and {len(a.sheets)} sheet(s) "
        f"by coders {sorted(set(ref['coder']), key=natural_key)}"
    )


def cmd_tables_tex(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.labels import Labels, codebook_labels
    from analysis.latex import write_from_csv

    labels = Labels(a.lang, codebook_labels(load_codebook(a.codebook), a.lang))
    print("wrote " + ", ".join(str(p) for p in write_from_csv(a.tables_dir, a.out_dir, labels)))


def cmd_tables_support(a: argparse.Namespace) -> None:
    from analysis.latex import write_support

    print("wrote " + ", ".join(str(p) for p in write_support(a.out_dir)))


def cmd_readme(a: argparse.Namespace) -> None:
    from analysis.readme import update_readme

    update_readme(Path(a.root))
    print(f"updated {Path(a.root) / 'README.md'} from the reliability tables of the builds found")


def cmd_validation_summary(a: argparse.Namespace) -> None:
    import pandas as pd

    from analysis.reliability_summary import group_samples, summarise, write_summary

    table = pd.read_csv(a.reliability, keep_default_na=False, na_values=[""])
    samples = group_samples(list(dict.fromkeys(table["group"])), development=True, heldout_sample=a.sample)
    out = write_summary(summarise(table, a.source, samples, a.development_coder), a.out)
    read = "".join(f"; coder-vs-{c}: in-sample" for c in a.development_coder)
    print(f"wrote {out}: {a.source}, {', '.join(f'{g} ({s})' for g, s in samples.items())}{read}, from {a.reliability}")


def cmd_compare(a: argparse.Namespace) -> None:

    from analysis.codebook import load_codebook
    from analysis.compare import comparison_tables, input_columns, write_tables
    from analysis.labels import Labels, codebook_labels
    from analysis.tables import read_parquet_columns

    codebook = load_codebook(a.codebook)
    columns = input_columns(codebook.target_ids)  # not the texts: they are most of the bytes
    tables = comparison_tables(
        read_parquet_columns(a.coded_units, columns["coded_units"]),
        read_parquet_columns(a.coded_articles, columns["coded_articles"]),
        read_parquet_columns(a.articles, columns["articles"]),
        codebook.frame_ids,
        codebook.target_ids,
        list(codebook.sides),
        a.seed,
        a.n_boot,
        only=a.tables,
        on_tie=codebook.stance.on_tie,
    )
    labels = Labels(a.lang, codebook_labels(codebook, a.lang))
    print("wrote " + ", ".join(write_tables(tables, a.out_dir, labels)))
    if a.captions_dir:
        from analysis.catalog import TABLE_CAPTIONS
        from analysis.report import write_captions

        write_captions({t: TABLE_CAPTIONS[t] for t in a.tables}, a.captions_dir)


def cmd_reuse(a: argparse.Namespace) -> None:

    from analysis.compare import outlet_labels
    from analysis.copies import set_aside
    from analysis.merge import read_sorted_columns
    from analysis.reuse import iter_reuse_columns, reuse_matrix, write_reuse
    from analysis.tables import write_csv

    # the shards' article files (or the merged one): the job need not wait for the merge job
    articles = read_sorted_columns(
        a.articles,
        ["doc_id", "outlet", "text", "status", "source_path", "sha256", "text_sha256", "published"],
        ["doc_id"],
    )
    articles = set_aside(articles)  # a copy of a text its outlet has is not a pair of articles sharing text
    articles = articles[articles["status"] == "ok"].assign(outlet=outlet_labels)
    outlets = sorted(articles["outlet"].unique())
    p = json.loads(a.params)
    blocks = iter_reuse_columns(
        articles[["doc_id", "outlet", "text"]],
        n=p["ngram"],
        min_containment=p["min_containment"],
        lsh_threshold=p["lsh_threshold"],
        num_perm=p["num_perm"],
        lsh_min_docs=p["lsh_min_docs"],
        seed=a.seed,
    )
    del articles  # the documents keep the texts: the table's copy goes once they are built
    pairs, n_passages = write_reuse(blocks, a.pairs, a.passages)  # passages written as they are found
    write_csv(reuse_matrix(pairs, outlets).reset_index(), a.matrix)
    print(f"{len(pairs)} article pairs share text; {n_passages} passages")


def cmd_figure(a: argparse.Namespace) -> None:
    from analysis.artist_docs import skip_property_docs

    skip_property_docs()  # first: before the figure modules import matplotlib's artists
    from analysis.figures import figure_labels, read_tables, write_figure
    from analysis.font_lookups import reused_font_lookups, reused_text_metrics
    from analysis.font_subsets import reused_font_subsets

    tables = read_tables(a.tables)
    labels = figure_labels(a.codebook, a.lang)  # the labels only: the run's start checked the codebook
    paths = []
    # a figure's two widths embed the same font subsets: cut once; a text's font: found once; its
    # extent: measured once per renderer kind and dpi, not once per file saved
    with reused_font_subsets(), reused_font_lookups(), reused_text_metrics():
        for name in a.name:
            paths += write_figure(
                name,
                tables,
                a.out_dir,
                lang=a.lang,
                labels=labels,
                numbers=json.loads(a.numbers),
                validation=json.loads(a.validation),
            )
    print("wrote " + ", ".join(str(p) for p in paths))
    if a.captions_dir:
        from analysis.catalog import CAPTION_SUFFIX
        from analysis.report import write_captions

        stems = {p.name.removesuffix(f".{CAPTION_SUFFIX}"): p for p in paths if p.name.endswith(CAPTION_SUFFIX)}
        write_captions({stem: p.read_text(encoding="utf-8") for stem, p in stems.items()}, a.captions_dir)


def cmd_explain(a: argparse.Namespace) -> None:
    from analysis.codebook import load_codebook
    from analysis.coding import explain

    print(explain(a.sentence, load_codebook(a.codebook or _study_codebook()), a.before))


def _study_codebook() -> str:
    """The codebook the study's config names (`codebook:` in config/config.yaml)."""
    import yaml

    from analysis.catalog import CONFIG_FILE

    with open(CONFIG_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)["codebook"]


def cmd_paper(a: argparse.Namespace) -> None:
    from analysis.notebook import CONFIG_ENV, execute_notebook

    env = {CONFIG_ENV: str(a.config)} if a.config else {}
    cfg = json.loads(a.config.read_text(encoding="utf-8")) if a.config else {}
    show_code = bool((cfg.get("paper") or {}).get("show_code"))  # config `paper.show_code`: the HTML shows code
    if not a.pdf:
        execute_notebook(a.source, a.out_ipynb, a.out_html, a.cwd, a.timeout, a.kernel, env=env, show_code=show_code)
        return
    from analysis.paper_pdf import PdfWorker  # the PDF beside the HTML, from the same .ipynb text

    worker = PdfWorker.start(a.pdf, a.config)
    try:
        execute_notebook(
            a.source, a.out_ipynb, a.out_html, a.cwd, a.timeout, a.kernel, env, show_code, on_executed=worker.send
        )
    except BaseException:
        worker.cancel()
        raise
    worker.finish()


def cmd_paper_pdf(a: argparse.Namespace) -> None:
    from analysis.paper_pdf import write_pdf

    cfg = json.loads(a.config.read_text(encoding="utf-8")) if a.config else {}
    write_pdf(a.ipynb, a.out_pdf, show_code=bool((cfg.get("paper") or {}).get("show_code")))


def cmd_write_config(a: argparse.Namespace) -> None:
    from analysis.settings import resolve

    cfg = resolve(json.loads(a.config), "--config")
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(cfg, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def cmd_coding_sheet(a: argparse.Namespace) -> None:
    import pandas as pd

    from analysis.codebook import load_codebook
    from analysis.coding_sheet import blank_sheet, coder_guide, sample_units, write_xlsx
    from analysis.compare import outlet_labels
    from analysis.tables import write_csv

    codebook = load_codebook(a.codebook)
    articles = pd.read_parquet(a.articles)
    articles = articles[articles["status"] == "ok"]
    units = pd.read_parquet(a.units)
    units = units[units["doc_id"].isin(articles["doc_id"])]
    outlets = pd.Series(outlet_labels(articles).to_numpy(), index=articles["doc_id"])
    sheet = blank_sheet(sample_units(units, outlets, a.per_stratum, a.seed), codebook)
    write_csv(sheet, a.csv)
    write_xlsx(sheet, a.xlsx, codebook)
    speakers = pd.read_parquet(a.coded_units, columns=["speaker"])["speaker"]
    Path(a.guide).write_text(coder_guide(codebook, a.lang, speakers), encoding="utf-8")
    print(f"{len(sheet)} units to code by hand: {a.csv}, {a.xlsx}; guide {a.guide}")


def cmd_init(a: argparse.Namespace) -> None:
    from analysis.starter import report, write_starter

    name = a.name or _corpus_name(Path(a.folder))
    inv, starter = write_starter(a.folder, name, a.root, force=a.force)
    print(report(inv, starter, Path(a.root)))


def _corpus_name(folder: Path) -> str:
    """A corpus name from a folder name: letters, digits, '-' and '_' only.

    >>> _corpus_name(Path("/data/Hindi news 2021"))
    'Hindi_news_2021'
    """
    import re

    return re.sub(r"[^A-Za-z0-9_-]+", "_", folder.resolve().name).strip("_") or "corpus"


def cmd_path(a: argparse.Namespace) -> None:
    """Print where a catalogued output of a corpus lies (for the Makefile: `make report CONFIG=…`)."""
    import yaml

    from analysis.catalog import result_path
    from analysis.errors import UserError
    from analysis.settings import resolve

    if not Path(a.config).is_file():
        raise UserError(f"{a.config}: no such config file")
    with open(a.config, encoding="utf-8") as handle:
        cfg = resolve(yaml.safe_load(handle), a.config)
    try:
        print(result_path(cfg["paths"]["results"], a.name))
    except KeyError as exc:
        raise UserError(exc.args[0]) from None


def cmd_check_config(a: argparse.Namespace) -> None:
    """Validate a config and the codebook it names before any work (what `make` runs first).

    Snakemake reads a `--configfile` itself, and its message for broken YAML names neither
    the file nor the line; this check does, and it reads the codebook too, whose problems
    would otherwise surface only when the coding jobs start.
    """
    from analysis.catalog import CONFIG_FILE
    from analysis.codebook import load_codebook
    from analysis.plan import CorpusSpec
    from analysis.settings import check_named_inputs, check_roots, load_config

    path = a.config or CONFIG_FILE
    cfg = load_config(path)
    codebook = load_codebook(cfg["codebook"])
    # what the workflow refuses before any job is refused here too: "valid" was printed for a
    # config whose corpus.input folder did not exist or whose manifest could not be read
    check_roots(cfg, Path("."))
    check_named_inputs(cfg, Path("."), str(path))
    CorpusSpec.from_config(cfg["corpus"], Path("."))
    print(f"{path}: corpus {cfg['corpus']['name']!r}, codebook {cfg['codebook']} v{codebook.version}: valid")


def cmd_manifest(a: argparse.Namespace) -> None:
    from analysis.repro import MANIFEST, write_manifest

    write_manifest(a.paths, a.root, a.out or MANIFEST)


def cmd_compare_manifests(a: argparse.Namespace) -> int:
    from analysis.repro import compare_manifests

    differences = compare_manifests(a.a, a.b)
    for line in differences:
        print(line)
    return 1 if differences else 0


def cmd_check_repro(a: argparse.Namespace) -> int:
    from analysis.repro import check_repro

    return check_repro(a.repo, cores=a.cores, keep=a.keep)


@dataclass(frozen=True)
class Command:
    """One subcommand: what it runs, its one-line help, and its arguments (flags, options)."""

    run: Callable[[argparse.Namespace], int | None]
    help: str
    args: tuple[tuple[tuple[str, ...], dict[str, Any]], ...]


def arg(*flags: str, **options: Any) -> tuple[tuple[str, ...], dict[str, Any]]:
    """An argument as `argparse.add_argument` takes it, kept as data."""
    return flags, options


CODEBOOK = arg("--codebook", required=True)
SEED = arg("--seed", type=int, required=True)
N_BOOT = arg("--n-boot", type=int, default=2000)
OUT_DIR = arg("--out-dir", required=True)
CAPTIONS_DIR = arg("--captions-dir", default=None, help="also write each caption as RST for `snakemake --report`")

# What a job coding one shard reads: the `shard` and the one-shard `corpus` command share them.
SHARD_INPUTS = (
    arg("--root", default="."),
    arg("--corpus", required=True, help="the config's corpus section, as JSON"),
    arg("--entries", required=True, help="the shard's entries, as a JSON list ('-': read it from stdin)"),
    arg("--ids", default=None, help="doc_id of entries whose stems collide, as JSON (default: listed)"),
    CODEBOOK,
)
# What the corpus stage leaves for the rest of the workflow: `merge` and `corpus` both write it.
CORPUS_OUTPUTS = tuple(
    arg(f"--{name}", required=True)
    for name in ("articles", "units", "log-table", "intake", "coded-units", "coded-articles")
)

COMMANDS: dict[str, Command] = {
    "shard": Command(
        cmd_shard,
        "ingest, clean, segment and code one shard of documents (corpus-shard + code-shard)",
        (
            *SHARD_INPUTS,
            arg("--articles", required=True),
            arg("--units", required=True),
            arg("--log-table", required=True),
            arg("--intake", required=True),
            arg("--coded", required=True, help="the shard's coded units"),
        ),
    ),
    "merge": Command(
        cmd_merge,
        "join the shards into the corpus and coded tables (corpus-merge + code-merge)",
        (
            CODEBOOK,
            arg("--corpus", required=True, help="the config's corpus section, as JSON"),
            arg("--root", default="."),
            arg("--strict", action="store_true"),
            arg("--articles-in", nargs="*", default=[]),
            arg("--units-in", nargs="*", default=[]),
            arg("--logs-in", nargs="*", default=[]),
            arg("--intake-in", nargs="*", default=[]),
            arg("--coded-in", nargs="*", default=[]),
            *CORPUS_OUTPUTS,
        ),
    ),
    "corpus": Command(
        cmd_corpus,
        "a corpus of one shard: shard + merge in one process (the shard's files as the shard job writes them)",
        (
            *SHARD_INPUTS,
            arg("--strict", action="store_true"),
            *(arg(f"--shard-{name}", required=True) for name in ("articles", "units", "log-table", "intake", "coded")),
            *CORPUS_OUTPUTS,
        ),
    ),
    "validate": Command(
        cmd_validate,
        "agreement of the coder with the hand-coded reference",
        (
            CODEBOOK,
            arg("--coded", required=True),
            arg("--reference", required=True),
            arg("--articles", help="the corpus's articles table: a hand-coded row on a set-aside copy follows it"),
            arg("--groups", required=True, help='JSON: {"development": [doc_id…], "held-out": […]}'),
            SEED,
            N_BOOT,
            OUT_DIR,
        ),
    ),
    "sheets-to-reference": Command(
        cmd_sheets_to_reference,
        "reference files and filled coding sheets as one reference file",
        (
            CODEBOOK,
            arg("--sheets", nargs="*", default=[]),
            arg("--reference", nargs="*", default=[]),
            arg("--out", required=True),
        ),
    ),
    "readme": Command(
        cmd_readme, "regenerate the README's validation table from finished builds", (arg("--root", default="."),)
    ),
    "tables-tex": Command(
        cmd_tables_tex,
        "write the LaTeX tables (with preamble, demo and font) again from a build's CSVs, e.g. in Hindi",
        (
            arg("--tables-dir", required=True, help="folder of the table CSVs (results/tables)"),
            CODEBOOK,
            arg("--lang", default="en", help="language of the labels in the cells (en or hi)"),
            OUT_DIR,
        ),
    ),
    "tables-support": Command(
        cmd_tables_support,
        "write the LaTeX tables' preamble.tex, all_tables.tex and fonts/ (what every .tex table needs)",
        (OUT_DIR,),
    ),
    "validation-summary": Command(
        cmd_validation_summary,
        "a build's validation as a small summary CSV (numbers only) another study's paper can cite",
        (
            arg("--reliability", required=True, help="a build's validation/reliability.csv"),
            arg("--source", required=True, help='how the paper names this sample, e.g. "COVID-19 sample"'),
            arg("--sample", choices=("in-sample", "out-of-sample"), required=True, help="label of its held-out units"),
            arg(
                "--development-coder",
                action="append",
                default=[],
                help="a human coder whose units were read while the cues were written: in-sample (repeatable)",
            ),
            arg("--out", required=True),
        ),
    ),
    "compare": Command(
        cmd_compare,
        "outlet comparison tables (CSV + LaTeX)",
        (
            CODEBOOK,
            arg("--coded-units", required=True),
            arg("--coded-articles", required=True),
            arg("--articles", required=True),
            arg("--tables", nargs="+", required=True, help="names of the tables to build"),
            SEED,
            N_BOOT,
            OUT_DIR,
            CAPTIONS_DIR,
            arg("--lang", default="en", help="language of the labels in the LaTeX tables (figures.lang)"),
        ),
    ),
    "reuse": Command(
        cmd_reuse,
        "text shared between articles, within and across outlets",
        (
            arg("--articles", nargs="+", required=True, help="the article table, or the shards' (joined by doc id)"),
            arg("--params", required=True, help="the config's reuse section, as JSON"),
            SEED,
            arg("--pairs", required=True),
            arg("--passages", required=True),
            arg("--matrix", required=True),
        ),
    ),
    "figure": Command(
        cmd_figure,
        "draw figures as PDF, PNG and SVG with their captions (one process for many)",
        (
            arg("name", nargs="+"),
            arg("--tables", nargs="+", required=True),
            CODEBOOK,
            arg("--lang", default="en"),
            arg("--numbers", default="{}", help='caption numbers from the config, as JSON (e.g. {"ngram": 5})'),
            arg(
                "--validation",
                default="null",
                help="the config's validation section, as JSON: what labels agreement in-sample or out-of-sample",
            ),
            OUT_DIR,
            CAPTIONS_DIR,
        ),
    ),
    "explain": Command(
        cmd_explain,
        "show how one sentence is coded, cue by cue",
        (
            arg("sentence"),
            arg("--codebook", default=None, help="default: the codebook named in config/config.yaml"),
            arg(
                "--before",
                action="append",
                default=[],
                help="an earlier unit of the sentence's article, in order (the first is its headline); repeat",
            ),
        ),
    ),
    "paper": Command(
        cmd_paper,
        "execute a jupytext percent notebook into stable .ipynb and offline .html",
        (
            arg("source", type=Path, help="percent-format .py notebook"),
            arg("out_ipynb", type=Path),
            arg("out_html", type=Path),
            arg("--cwd", type=Path, default=Path("."), help="kernel working directory"),
            arg("--timeout", type=int, default=600, help="seconds allowed per cell"),
            arg("--kernel", default="python3", help="Jupyter kernel name"),
            arg("--config", type=Path, default=None, help="the resolved config (JSON) the paper reports on"),
            arg("--pdf", type=Path, default=None, help="also typeset this PDF (XeLaTeX), beside the HTML export"),
        ),
    ),
    "paper-pdf": Command(
        cmd_paper_pdf,
        "typeset the executed paper notebook as a PDF with XeLaTeX",
        (
            arg("ipynb", type=Path, help="the executed notebook (the paper rule's .ipynb); - reads standard input"),
            arg("out_pdf", type=Path),
            arg("--config", type=Path, default=None, help="the resolved config (JSON): paper.show_code"),
        ),
    ),
    "write-config": Command(
        cmd_write_config,
        "write the resolved config (defaults filled) as JSON",
        (
            arg("--config", required=True, help="the config, as JSON"),
            arg("--out", required=True),
        ),
    ),
    "coding-sheet": Command(
        cmd_coding_sheet,
        "draw a sample of units to code by hand (CSV, XLSX, guide)",
        (
            arg("--units", required=True),
            arg("--articles", required=True),
            arg("--coded-units", required=True, help="the coded units: the guide lists the speakers found"),
            CODEBOOK,
            arg("--per-stratum", type=int, required=True, help="units per (outlet, role)"),
            SEED,
            arg("--lang", default="en"),
            arg("--csv", required=True),
            arg("--xlsx", required=True),
            arg("--guide", required=True),
        ),
    ),
    "init": Command(
        cmd_init,
        "write config/corpora/NAME.yaml and a manifest for a folder of articles",
        (
            arg("folder", help="the folder that holds your articles"),
            arg("--name", default=None, help="the corpus name (default: the folder's name)"),
            arg("--root", default=".", help="the project folder (where config/ lives)"),
            arg("--force", action="store_true", help="overwrite an existing config and manifest"),
        ),
    ),
    "path": Command(
        cmd_path,
        "print where a catalogued output of a corpus lies (e.g. `path report`)",
        (
            arg("name", help="an output of analysis/catalog.py, e.g. report"),
            arg("--config", default="config/config.yaml", help="the corpus's config"),
        ),
    ),
    "check-config": Command(
        cmd_check_config,
        "check a config file and its codebook (file, line and key of the first problem)",
        (arg("config", nargs="?", default=None, help="default: the seed study's config/config.yaml"),),
    ),
    "manifest": Command(
        cmd_manifest,
        "write a sha256 manifest of outputs (directories are walked)",
        (
            arg("--root", type=Path, default=Path(".")),
            arg("--out", type=Path, default=None, help="default: results/MANIFEST.sha256"),
            arg("paths", type=Path, nargs="+"),
        ),
    ),
    "compare-manifests": Command(
        cmd_compare_manifests,
        "print how two manifests differ; exit 1 if they do",
        (
            arg("a", type=Path),
            arg("b", type=Path),
        ),
    ),
    "check-repro": Command(
        cmd_check_repro,
        "build HEAD twice in fresh clones and compare every output",
        (
            arg("--repo", type=Path, default=Path(".")),
            arg("--cores", type=int, default=2),
            arg("--keep", action="store_true", help="keep the temporary clones"),
        ),
    ),
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one subparser per entry of `COMMANDS`."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, command in COMMANDS.items():
        sub_parser = sub.add_parser(name, help=command.help)
        for flags, options in command.args:
            sub_parser.add_argument(*flags, **options)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return report_user_errors(lambda: COMMANDS[args.command].run(args))


if __name__ == "__main__":
    sys.exit(main())
