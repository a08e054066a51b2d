"""The output catalogue: every output's name, path, title and caption, in one place.

The Snakefile (which files exist, where, built by which rule), the table and figure code
(LaTeX and figure captions), the paper notebook and the command line all read this module,
so renaming a table, moving a file or rewording a caption is one edit here.

Paths are relative to a root: data and tables to the results root (`paths.results` in the
config), figures to the figure root (`paths.figures`, by default the `figures` folder under the
results root; the seed study keeps its figures in the project's `figures/`). The executed paper
is `paper/paper.{ipynb,html}` under the results root, so two corpora never share a file. Captions are templates: the numbers
they state (article counts, thresholds, the n-gram size) are passed in by the code that
knows them, so a caption can never disagree with the analysis that produced its figure.

This module imports only the standard library: the Snakefile reads it while parsing, and
parsing must stay fast (no pandas, no matplotlib).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from string import Formatter

# Same inputs, same bytes: no clock, locale or hash seed may leak into an output. The
# workflow sets these for every rule and for the Snakemake process of a reproducibility
# check; the notebook kernel gets them too (with its own matplotlib backend).
DETERMINISTIC_ENV: Mapping[str, str] = {
    "SOURCE_DATE_EPOCH": "0",
    "PYTHONHASHSEED": "0",
    "TZ": "UTC",
    "LC_ALL": "C.UTF-8",
}
# The rules draw figures without a display.
RULE_ENV: Mapping[str, str] = {**DETERMINISTIC_ENV, "MPLBACKEND": "Agg"}

CONFIG_FILE = "config/config.yaml"  # the seed study's configuration, relative to the repo root
FIGURE_FORMATS = ("pdf", "png", "svg")
CAPTION_SUFFIX = "caption.txt"
# a figure as LaTeX: a `figure` environment with the PDF and its caption, escaped and labelled (`analysis.latex`)
SNIPPET_SUFFIX = "tex"


@dataclass(frozen=True)
class Output:
    """One output of the workflow.

    `kind` is "data" (any file or directory the stages write), "table" (an outlet comparison
    table, written as .csv and .tex) or "figure" (a stem exported in FIGURE_FORMATS plus a
    caption file, once per width). `relpath` is relative to the results root (data, tables)
    or the figure root (figures); `{shard}` in it is the shard wildcard. `caption` is a
    `str.format` template (see `render`); `family` names the rule that builds a table,
    `reads` the outputs a figure draws, `widths` a figure's widths (the first is the paper's);
    `rows` what one row of a table is when it grows with the corpus ("article": one per document),
    so that its LaTeX version holds an excerpt (`analysis.latex.excerpt`) while the CSV keeps every row.
    """

    name: str
    kind: str
    relpath: str
    title: str
    caption: str = ""
    family: str = ""
    reads: tuple[str, ...] = ()
    widths: tuple[str, ...] = ()
    rows: str = ""

    def render(self, **numbers: object) -> str:
        """The caption with its numbers filled in; a missing number raises KeyError."""
        return self.caption.format(**numbers)


def _data(name: str, relpath: str, title: str) -> Output:
    return Output(name, "data", relpath, title)


def _table(name: str, family: str, title: str, caption: str, rows: str = "") -> Output:
    return Output(name, "table", f"tables/{name}.csv", title, caption, family=family, rows=rows)


def _figure(name: str, reads: tuple[str, ...], widths: tuple[str, ...], title: str, caption: str) -> Output:
    return Output(name, "figure", name, title, caption, reads=reads, widths=widths)


DATA = (
    _data("shard_articles", "corpus/shards/{shard}.articles.parquet", "Articles of one corpus shard"),
    _data("shard_units", "corpus/shards/{shard}.units.parquet", "Units of one corpus shard"),
    _data("shard_cleaning_log", "corpus/shards/{shard}.cleaning_log.csv", "Cleaning log of one corpus shard"),
    _data("shard_intake", "corpus/shards/{shard}.intake.csv", "Intake rows of one corpus shard"),
    _data("articles", "corpus/articles.parquet", "One row per input document, with its status"),
    _data("units", "corpus/units.parquet", "One row per sentence (unit), with role and offsets"),
    _data("cleaning_log", "corpus/cleaning_log.csv", "Every removed line with its reason class"),
    _data("intake", "corpus/intake.csv", "Every file found and every record read, with its status and reason"),
    _data("shard_coded_units", "coding/shards/{shard}.units.parquet", "Coded units of one shard"),
    _data("coded_units", "coding/units.parquet", "Frames, stance, voice, speaker and cues per unit"),
    _data("coded_articles", "coding/articles.parquet", "Article measures from the coded units"),
    _data("reliability", "validation/reliability.csv", "Agreement of the coder with the reference"),
    _data("disagreements", "validation/disagreements.csv", "Units where coder and reference differ"),
    _data("alignment", "validation/alignment.csv", "Reference units aligned with coded units"),
    _data("confusion", "validation/confusion", "Confusion tables per variable"),
    _data("coding_sheet", "validation/coding_sheet.csv", "A sample of units to code by hand (blank sheet)"),
    _data("coding_sheet_xlsx", "validation/coding_sheet.xlsx", "The coding sheet as a workbook with drop-downs"),
    _data(
        "sheet_reference",
        "validation/reference_from_sheets.csv",
        "The reference files and filled coding sheets as one reference",
    ),
    _data("coding_guide", "validation/coding_guide.md", "The coders' guide, generated from the codebook"),
    _data("reuse_pairs", "reuse/pairs.csv", "Article pairs that share text"),
    _data("reuse_passages", "reuse/passages.csv", "Shared passages, with spans in both articles"),
    _data("reuse_matrix", "tables/reuse_matrix.csv", "Outlet × outlet count of article pairs sharing text"),
    _data("tables_preamble", "tables/preamble.tex", "LaTeX preamble of the .tex tables: packages, width macros, font"),
    _data("tables_demo", "tables/all_tables.tex", "A LaTeX document that inputs every table (compile with XeLaTeX)"),
    _data("tables_fonts", "tables/fonts", "Noto Sans Devanagari and its licence, found by the preamble"),
    _data("config", "config.json", "The configuration this build ran with, every default filled in"),
    _data("figures", "figures", "Figure exports (default figure root; the seed study keeps its own)"),
    _data("paper_ipynb", "paper/paper.ipynb", "The executed paper notebook"),
    _data("paper_html", "paper/paper.html", "The executed paper as an offline HTML page"),
    _data("paper_pdf", "paper/paper.pdf", "The executed paper typeset with XeLaTeX (config paper.pdf; needs xelatex)"),
    _data("manifest", "MANIFEST.sha256", "Checksum of every output"),
    _data("report_captions", "report/captions", "Table and figure captions as RST, for `snakemake --report`"),
    _data("report", "report/report.html", "The Snakemake report: every table and figure with its caption"),
    _data("logs", "logs", "One log per job"),
    _data("benchmarks", "benchmarks", "Run time and memory per job"),
)

TABLES = (
    _table("sample", "sample", "Sample", "Articles and coded units per outlet."),
    _table(
        "frame_profile",
        "frames",
        "Frame profile",
        "Share of body units carrying each frame, by outlet (95% bootstrap CI, articles resampled within outlet).",
    ),
    _table(
        "dominant_frame", "frames", "Dominant frame", "Share of articles in which each frame is dominant, by outlet."
    ),
    _table(
        "stance_balance",
        "stance",
        "Stance balance",
        "Stance balance per target by outlet: (favor − against) / units taking a stance.",
    ),
    _table(
        "voice_mix",
        "sources",
        "Voice mix",
        "Voice of body units by outlet (outlet narration, quoted, reported speech).",
    ),
    _table("source_mix", "sources", "Source mix", "Speaker side of attributed body units by outlet."),
    _table(
        "headline_body_gap",
        "headline_body",
        "Headline versus body, per article",
        "Headline versus body, per article: frames and stance.",
        rows="article",
    ),
    _table(
        "headline_body_by_outlet",
        "headline_body",
        "Headline versus body, by outlet",
        "Headline versus body gap, by outlet.",
    ),
    _table("by_event", "events", "By event", "Frame shares and stance balance by event (or publication month)."),
    _table(
        "tests",
        "tests",
        "Tests of outlet differences",
        "Tests of outlet differences (chi-square, Fisher or article-level permutation) with Cramér's V.",
    ),
)

FIGURES = (
    _figure(
        "frame_profile",
        ("frame_profile",),
        ("two", "one"),
        "Frame profile by outlet",
        "Frame profile by outlet: share of body units carrying each frame (units may carry several "
        "frames). n per outlet: {n_per_outlet}.{intervals}",
    ),
    _figure(
        "stance_balance",
        ("stance_balance",),
        ("one", "two"),
        "Stance balance by outlet and target",
        "Stance balance by outlet and target: (favor − against) / (favor + against) over body units; "
        "no dot where no unit takes a stance. Counts: {counts}.{intervals}",
    ),
    _figure(
        "source_mix",
        ("voice_mix", "source_mix"),
        ("two", "one"),
        "Source mix by outlet",
        "Source mix by outlet. Left/top: voice of body units (outlet narration, direct quotation, "
        "reported speech); n: {n_voice}. Right/bottom: speaker side of units with an "
        "identified speaker; n: {n_side}.{intervals}",
    ),
    _figure(
        "headline_body",
        ("headline_body_by_outlet",),
        ("two", "one"),
        "Headline versus body",
        "Headline versus body: share of articles whose headline carries the body's dominant frame, "
        "names a frame the body lacks, differs from the body in stance per target, or uses a "
        "sensational cue. n per outlet: {n_per_outlet} (headline units).{intervals}",
    ),
    _figure(
        "reuse_matrix",
        ("reuse_matrix",),
        ("one",),
        "Text reuse between outlets",
        "Text reuse between outlets: number of article pairs that share a passage ({ngram}-word shingles on "
        "the matching form), {n_outlets}. Diagonal: pairs within one outlet ({within} in all); "
        "off-diagonal: pairs across outlets ({cross} in all).",
    ),
    _figure(
        "reliability",
        ("reliability",),
        ("one", "two"),
        "Inter-coder reliability",
        "Inter-coder reliability: Krippendorff's alpha per coded variable with 95% bootstrap intervals, "
        "one marker per set of documents (and pairing of coders, where several coded it){samples}; dotted lines at "
        "{tentative:g} and {reliable:g} (tentative and reliable conclusions). Units: {units}.",
    ),
)

# Pieces the figure captions are assembled from: one per outlet, target or sample, joined by "; ".
CAPTION_PARTS: Mapping[str, str] = {
    "n_outlet": "{outlet}: {articles}, {units}",
    "stance_counts": "{outlet} / {target}: {favor} favor, {against} against of {body_units}",
    "sample_n": "{group}: n = {n}",
    # a table with a row per article, in LaTeX: its first rows of each outlet, and where the rest are
    "excerpt": " Shown: the first {first} of each outlet ({shown} of {total}); all {total} are in {csv}.",
    # the reliability figure's rows are sets of documents and pairings of coders; each of the coder's is labelled
    # as the paper's tables label it (`reliability_summary.pairing_sample`): said once, where the figure labels them
    "sample_tags": "; the coder's agreement labelled in-sample where its units were read while the rules were"
    " tuned, out-of-sample where not",
    # the `intervals` sentence: small groups are shown descriptively, else the CIs are explained
    "descriptive": " Groups with fewer than {min_articles} articles are shown descriptively (open markers,"
    " no interval, no test).",
    "whiskers": " Whiskers: 95% bootstrap intervals, articles resampled within outlet.",
    # the same sentence for a figure of stacked bars, which draws no markers and no intervals
    "bars": " Bars draw shares only; their 95% bootstrap intervals (articles resampled within outlet) are in the"
    " tables voice_mix and source_mix.",
    "bars_descriptive": " Bars draw shares only; outlets with fewer than {min_articles} articles carry their n"
    " by their name and are shown descriptively (no interval, no test).",
    # the reliability figure's caption when it is drawn as a grid (many pairings of coders)
    "reliability_grid": "Inter-coder reliability: Krippendorff's alpha per pairing of coders (rows, "
    "{pairings} in all) and coded variable (columns){samples}; cells shaded by band: below {tentative:g} grey, "
    "{tentative:g} to {reliable:g} orange (tentative conclusions), from {reliable:g} blue (reliable); "
    "'–' where alpha is undefined. The 95% bootstrap intervals are in the validation table. Units: {units}.",
    # ...and when its pairings are too many for a grid's rows on a page: one dot per pairing on a variable's row
    "reliability_strips": "Inter-coder reliability: Krippendorff's alpha per coded variable (rows) for {pairings}"
    " pairings of coders, one dot per pairing (none where alpha is undefined), grouped by what is compared, with"
    " each group's count of pairings in the key{samples}; a bar marks each group's median; dotted lines at"
    " {tentative:g} and {reliable:g} (tentative and reliable conclusions). Each pairing's alpha and its 95%"
    " bootstrap interval are in the validation table. Units: {units}.",
}


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the right number, for every caption that states one.

    >>> counted(1, "article"), counted(3, "article"), counted(1, "body unit"), counted(0, "analysis", "analyses")
    ('1 article', '3 articles', '1 body unit', '0 analyses')
    """
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"


# Caption numbers that come from the config rather than from the tables: field -> config keys.
CONFIG_NUMBERS: Mapping[str, tuple[str, ...]] = {"ngram": ("reuse", "ngram")}

# Two namespaces, because a figure is often named for the table it draws (reuse_matrix).
RESULTS: Mapping[str, Output] = {o.name: o for o in (*DATA, *TABLES)}
FIGURES_BY_NAME: Mapping[str, Output] = {f.name: f for f in FIGURES}
TABLE_CAPTIONS: Mapping[str, str] = {t.name: t.caption for t in TABLES}


def _lookup(records: Mapping[str, Output], name: str, what: str) -> Output:
    try:
        return records[name]
    except KeyError:
        raise KeyError(f"no {what} named {name!r}; known: {sorted(records)}") from None


def result(name: str) -> Output:
    """The record of a data output or table; an unknown name is a KeyError listing the known ones."""
    return _lookup(RESULTS, name, "result")


def figure(name: str) -> Output:
    """The record of a figure; an unknown name is a KeyError listing the known ones."""
    return _lookup(FIGURES_BY_NAME, name, "figure")


def result_path(results: str, name: str) -> str:
    """Path of a data output or table (its CSV) under the results root.

    >>> result_path("results", "coded_units")
    'results/coding/units.parquet'
    """
    return f"{results}/{result(name).relpath}"


def table_path(results: str, name: str, ext: str = "csv") -> str:
    """Path of a table under the results root, as `.csv` or `.tex`.

    >>> table_path("results", "stance_balance", "tex")
    'results/tables/stance_balance.tex'
    """
    return result_path(results, name).removesuffix(".csv") + f".{ext}"


def top_level_dirs() -> set[str]:
    """The first path component of every output under a results root (where a nested root may not go).

    >>> sorted(top_level_dirs())[:3]
    ['MANIFEST.sha256', 'benchmarks', 'coding']
    """
    return {o.relpath.split("/")[0] for o in RESULTS.values()}


def table_families() -> dict[str, list[str]]:
    """Comparison tables grouped by the rule that builds them, in catalogue order."""
    families: dict[str, list[str]] = {}
    for t in TABLES:
        families.setdefault(t.family, []).append(t.name)
    return families


def figure_stems(name: str) -> list[tuple[str, str]]:
    """(width, file stem) per width of a figure: `<name>` for the first, `<name>_<width>col` after.

    >>> figure_stems("reliability")
    [('one', 'reliability'), ('two', 'reliability_twocol')]
    """
    fig = figure(name)
    return [(w, fig.relpath if i == 0 else f"{fig.relpath}_{w}col") for i, w in enumerate(fig.widths)]


def figure_files(fig_dir: str, name: str) -> list[str]:
    """Every file a figure writes under `fig_dir`: each width in each format, plus its caption and its LaTeX."""
    suffixes = (*FIGURE_FORMATS, CAPTION_SUFFIX, SNIPPET_SUFFIX)
    return [f"{fig_dir}/{stem}.{ext}" for _, stem in figure_stems(name) for ext in suffixes]


def caption_fields(out: Output) -> set[str]:
    """The numbers an output's caption template asks for.

    >>> sorted(caption_fields(figure("reuse_matrix")))
    ['cross', 'n_outlets', 'ngram', 'within']
    """
    return {field for _, field, _, _ in Formatter().parse(out.caption) if field}


def config_numbers(out: Output, config: Mapping) -> dict[str, object]:
    """The caption numbers of `out` that the config supplies (e.g. the n-gram size).

    >>> config_numbers(figure("reuse_matrix"), {"reuse": {"ngram": 5}})
    {'ngram': 5}
    """
    numbers = {}
    for field in sorted(caption_fields(out) & CONFIG_NUMBERS.keys()):
        value: object = config
        for key in CONFIG_NUMBERS[field]:
            value = value[key]  # type: ignore[index]
        numbers[field] = value
    return numbers


def schema_resource(name: str) -> resources.abc.Traversable:
    """A JSON schema shipped inside the package (`analysis/schemas/<name>.schema.json`).

    Located through importlib.resources, so an installed package finds its schemas without
    reaching into a source checkout's `config/` directory; `.read_text()` reads it.
    """
    return resources.files("analysis") / "schemas" / f"{name}.schema.json"


def schema_path(name: str) -> str:
    """File path of a packaged schema, for tools that want a path (Snakemake's `validate`).

    The package is installed as plain files (setuptools, editable or not), so the resource
    is a file on disk.
    """
    return str(schema_resource(name))
