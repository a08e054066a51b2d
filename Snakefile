# Hindi news coverage of Russia–Pakistan ties: from raw articles to a paper.
#
# Methods, step by step (one rule each; all logic lives in the `analysis` package):
#   1. corpus      ingest, clean and segment the documents, shard by shard
#   2. coding      code every unit for frames, stance, voice and speaker from the codebook
#   3. validation  compare the coder with the hand-coded reference sample
#   4. comparison  outlet tables, cross-outlet text reuse
#   5. figures     one rule per figure, PDF + PNG + SVG with a caption
#   6. paper       execute the paper notebook; checksum every output
import os
import sys
from pathlib import Path

from snakemake.utils import min_version, validate

min_version("9.0")

sys.path.insert(0, workflow.basedir)
from analysis.figures import FIGURES as FIGURE_SPECS
from analysis.workflow import encode, plan_shards


configfile: "config/config.yaml"


validate(config, "config/schemas/config.schema.json")

# Same inputs, same bytes: no clock, locale or hash seed may leak into an output.
os.environ.update(
    SOURCE_DATE_EPOCH="0", PYTHONHASHSEED="0", TZ="UTC", LC_ALL="C.UTF-8", MPLBACKEND="Agg"
)

PY = sys.executable
ENV = "config/envs/analysis.yaml"  # one environment for every rule (mirrors requirements.lock)
RES = config["paths"]["results"]
FIG = config["paths"]["figures"]
LOGS = f"{RES}/logs"
BENCH = f"{RES}/benchmarks"
CORPUS = config["corpus"]
SHARDS = {s.name: s for s in plan_shards(CORPUS, Path(workflow.basedir), config["shard_size"])}
MANIFEST = [CORPUS["manifest"]] if CORPUS.get("manifest") else []
VALIDATION = config.get("validation") or {}


def cli(step, module="analysis"):
    """A step of the `analysis` command line; its log is shown when it fails."""
    return f"{PY} -m {module} {step} > {{log}} 2>&1 || {{{{ tail -n 20 {{log}} >&2; exit 1; }}}}"


def shard_outputs(pattern):
    return expand(pattern, shard=sorted(SHARDS))


def final_outputs(with_manifest=True):
    out = [f"{RES}/corpus/articles.parquet", f"{RES}/coding/articles.parquet"]
    if VALIDATION:
        out.append(f"{RES}/validation/reliability.csv")
    out += [TABLES[t] for t in COMPARISON_TABLES]
    out += [f"{RES}/reuse/pairs.csv", *(f for files in FIGURE_FILES.values() for f in files)]
    if NOTEBOOK:
        out += [rules.paper.output.ipynb, rules.paper.output.html]
    if with_manifest:
        out.append(f"{RES}/MANIFEST.sha256")
    return out


rule all:
    input:
        lambda wc: final_outputs(),


# 1. Corpus: ingest → clean → segment, N documents per job
rule corpus_shard:
    input:
        documents=lambda wc: SHARDS[wc.shard].files,
        manifest=MANIFEST,
    output:
        articles=f"{RES}/corpus/shards/{{shard}}.articles.parquet",
        units=f"{RES}/corpus/shards/{{shard}}.units.parquet",
        cleaning_log=f"{RES}/corpus/shards/{{shard}}.cleaning_log.csv",
    params:
        corpus=encode(CORPUS),
        entries=lambda wc: encode(list(SHARDS[wc.shard].entries)),
    conda:
        ENV
    log:
        f"{LOGS}/corpus_shard/{{shard}}.log",
    benchmark:
        f"{BENCH}/corpus_shard/{{shard}}.tsv"
    shell:
        cli(
            "corpus-shard --corpus {params.corpus:q} --entries {params.entries:q} "
            "--articles {output.articles} --units {output.units} --log-table {output.cleaning_log}"
        )


rule corpus_tables:
    input:
        articles=shard_outputs(f"{RES}/corpus/shards/{{shard}}.articles.parquet"),
        units=shard_outputs(f"{RES}/corpus/shards/{{shard}}.units.parquet"),
        cleaning_logs=shard_outputs(f"{RES}/corpus/shards/{{shard}}.cleaning_log.csv"),
    output:
        articles=f"{RES}/corpus/articles.parquet",
        units=f"{RES}/corpus/units.parquet",
        cleaning_log=f"{RES}/corpus/cleaning_log.csv",
    params:
        strict="--strict" if CORPUS.get("strict") else "",
    conda:
        ENV
    log:
        f"{LOGS}/corpus_tables.log",
    benchmark:
        f"{BENCH}/corpus_tables.tsv"
    shell:
        cli(
            "corpus-merge --articles-in {input.articles} --units-in {input.units} "
            "--logs-in {input.cleaning_logs} --articles {output.articles} --units {output.units} "
            "--log-table {output.cleaning_log} {params.strict}"
        )


# 2. Coding: frames, stance, voice and speaker per unit, from the codebook file
rule code_shard:
    input:
        units=f"{RES}/corpus/shards/{{shard}}.units.parquet",
        codebook=config["codebook"],
    output:
        f"{RES}/coding/shards/{{shard}}.units.parquet",
    conda:
        ENV
    log:
        f"{LOGS}/code_shard/{{shard}}.log",
    benchmark:
        f"{BENCH}/code_shard/{{shard}}.tsv"
    shell:
        cli("code-shard --codebook {input.codebook} --units-in {input.units} --out {output}")


rule coding_tables:
    input:
        units=shard_outputs(f"{RES}/coding/shards/{{shard}}.units.parquet"),
        articles=f"{RES}/corpus/articles.parquet",
        codebook=config["codebook"],
    output:
        units=f"{RES}/coding/units.parquet",
        articles=f"{RES}/coding/articles.parquet",
    conda:
        ENV
    log:
        f"{LOGS}/coding_tables.log",
    benchmark:
        f"{BENCH}/coding_tables.tsv"
    shell:
        cli(
            "code-merge --codebook {input.codebook} --units-in {input.units} "
            "--articles-in {input.articles} --units {output.units} --articles {output.articles}"
        )


# 3. Validation: the coder against the hand-coded reference sample
rule reliability:
    input:
        coded=f"{RES}/coding/units.parquet",
        reference=VALIDATION.get("reference", []),
        codebook=config["codebook"],
    output:
        reliability=f"{RES}/validation/reliability.csv",
        disagreements=f"{RES}/validation/disagreements.csv",
        alignment=f"{RES}/validation/alignment.csv",
        confusion=directory(f"{RES}/validation/confusion"),
    params:
        groups=encode(
            {
                "development": VALIDATION.get("development_docs", []),
                "held-out": VALIDATION.get("heldout_docs", []),
            }
        ),
        seed=config["statistics"]["seed"],
        n_boot=config["statistics"].get("bootstrap", 2000),
        out_dir=lambda wc, output: os.path.dirname(output.reliability),
    conda:
        ENV
    log:
        f"{LOGS}/reliability.log",
    benchmark:
        f"{BENCH}/reliability.tsv"
    shell:
        cli(
            "validate --codebook {input.codebook} --coded {input.coded} --reference {input.reference} "
            "--groups {params.groups:q} --seed {params.seed} --n-boot {params.n_boot} "
            "--out-dir {params.out_dir}"
        )


# 4. Comparison: outlet tables, one rule per table family
TABLE_FAMILIES = {
    "sample": ["sample"],
    "frames": ["frame_profile", "dominant_frame"],
    "stance": ["stance_balance"],
    "sources": ["voice_mix", "source_mix"],
    "headline_body": ["headline_body_gap", "headline_body_by_outlet"],
    "events": ["by_event"],
    "tests": ["tests"],
}
COMPARISON_TABLES = [t for names in TABLE_FAMILIES.values() for t in names]
TABLES = {t: f"{RES}/tables/{t}.csv" for t in COMPARISON_TABLES}
TABLES["reuse_matrix"] = f"{RES}/tables/reuse_matrix.csv"
TABLES["reliability"] = f"{RES}/validation/reliability.csv"

for family, names in TABLE_FAMILIES.items():

    rule:
        name:
            f"tables_{family}"
        input:
            coded_units=f"{RES}/coding/units.parquet",
            coded_articles=f"{RES}/coding/articles.parquet",
            articles=f"{RES}/corpus/articles.parquet",
            codebook=config["codebook"],
        output:
            csv=[f"{RES}/tables/{t}.csv" for t in names],
            tex=[f"{RES}/tables/{t}.tex" for t in names],
        params:
            tables=" ".join(names),
            seed=config["statistics"]["seed"],
            n_boot=config["statistics"].get("bootstrap", 2000),
            out_dir=lambda wc, output: os.path.dirname(output.csv[0]),
        conda:
            ENV
        log:
            f"{LOGS}/tables_{family}.log",
        benchmark:
            f"{BENCH}/tables_{family}.tsv"
        shell:
            cli(
                "compare --codebook {input.codebook} --coded-units {input.coded_units} "
                "--coded-articles {input.coded_articles} --articles {input.articles} "
                "--tables {params.tables} --seed {params.seed} --n-boot {params.n_boot} "
                "--out-dir {params.out_dir}"
            )


rule reuse:
    input:
        articles=f"{RES}/corpus/articles.parquet",
    output:
        pairs=f"{RES}/reuse/pairs.csv",
        passages=f"{RES}/reuse/passages.csv",
        matrix=TABLES["reuse_matrix"],
    params:
        reuse=encode(config["reuse"]),
        seed=config["statistics"]["seed"],
    conda:
        ENV
    log:
        f"{LOGS}/reuse.log",
    benchmark:
        f"{BENCH}/reuse.tsv"
    shell:
        cli(
            "reuse --articles {input.articles} --params {params.reuse:q} --seed {params.seed} "
            "--pairs {output.pairs} --passages {output.passages} --matrix {output.matrix}"
        )


# 5. Figures: one rule per figure, each exported as PDF, PNG and SVG with a caption
FIGURE_FILES = {}
for fig_name, spec in FIGURE_SPECS.items():
    if fig_name == "reliability" and not VALIDATION:
        continue
    stems = [fig_name if i == 0 else f"{fig_name}_{w}col" for i, w in enumerate(spec.widths)]
    FIGURE_FILES[fig_name] = [
        f"{FIG}/{stem}.{ext}" for stem in stems for ext in ("pdf", "png", "svg", "caption.txt")
    ]

    rule:
        name:
            f"figure_{fig_name}"
        input:
            tables=[TABLES[t] for t in spec.tables],
            codebook=config["codebook"],
        output:
            FIGURE_FILES[fig_name],
        params:
            name=fig_name,
            lang=config["figures"].get("lang", "en"),
            out_dir=lambda wc, output: os.path.dirname(output[0]),
        conda:
            ENV
        log:
            f"{LOGS}/figure_{fig_name}.log",
        benchmark:
            f"{BENCH}/figure_{fig_name}.tsv"
        shell:
            cli(
                "figure {params.name} --tables {input.tables} --codebook {input.codebook} "
                "--lang {params.lang} --out-dir {params.out_dir}"
            )


# 6. Paper: the notebook, executed; then a checksum of every output
NOTEBOOK = config.get("notebook") or {}

if NOTEBOOK:

    rule paper:
        input:
            source=NOTEBOOK["source"],
            tables=list(TABLES.values()),
            figures=[f for files in FIGURE_FILES.values() for f in files],
            corpus=[f"{RES}/corpus/articles.parquet", f"{RES}/corpus/cleaning_log.csv"],
            coding=[f"{RES}/coding/units.parquet", f"{RES}/coding/articles.parquet"],
            reuse=[f"{RES}/reuse/pairs.csv", f"{RES}/reuse/passages.csv"],
            config="config/config.yaml",
            codebook=config["codebook"],
        output:
            ipynb=str(Path(NOTEBOOK["source"]).with_suffix(".ipynb")),
            html=str(Path(NOTEBOOK["source"]).with_suffix(".html")),
        params:
            timeout=NOTEBOOK.get("timeout", 900),
        conda:
            ENV
        log:
            f"{LOGS}/paper.log",
        benchmark:
            f"{BENCH}/paper.tsv"
        shell:
            cli(
                "{input.source} {output.ipynb} {output.html} --cwd . --timeout {params.timeout}",
                module="analysis.notebook",
            )


def manifest_inputs():
    out = final_outputs(with_manifest=False)
    out += [
        f"{RES}/corpus/units.parquet", f"{RES}/corpus/cleaning_log.csv",
        f"{RES}/coding/units.parquet", f"{RES}/reuse/passages.csv", TABLES["reuse_matrix"],
        *(f"{RES}/tables/{t}.tex" for t in COMPARISON_TABLES),
    ]
    return sorted(set(out))


rule checksums:
    input:
        lambda wc: manifest_inputs(),
    output:
        f"{RES}/MANIFEST.sha256",
    conda:
        ENV
    log:
        f"{LOGS}/checksums.log",
    benchmark:
        f"{BENCH}/checksums.tsv"
    shell:
        cli("manifest --root . --out {output} {input}", module="analysis.repro")
