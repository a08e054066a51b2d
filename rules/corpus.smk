# 1. Corpus: ingest → clean → segment, N documents per job


rule corpus_shard:
    input:
        documents=lambda wc: tracked_files(SHARDS[wc.shard]),
        manifest=CORPUS_MANIFEST,
    output:
        articles=res("shard_articles"),
        units=res("shard_units"),
        cleaning_log=res("shard_cleaning_log"),
        intake=res("shard_intake"),
    log:
        f"{LOGS}/corpus_shard/{{shard}}.log",
    benchmark:
        f"{BENCH}/corpus_shard/{{shard}}.tsv"
    conda:
        ENV
    params:
        corpus=encode(CORPUS),
        entries=lambda wc: encode(list(SHARDS[wc.shard].entries)),
        ids=lambda wc: encode(dict(SHARDS[wc.shard].ids)),
        untracked=lambda wc: untracked_signature(SHARDS[wc.shard], Path(workflow.basedir)),
    shell:
        cli(
            "corpus-shard --corpus {params.corpus:q} --entries {params.entries:q} --ids {params.ids:q} "
            "--articles {output.articles} --units {output.units} --log-table {output.cleaning_log} "
            "--intake {output.intake}"
        )


rule corpus_tables:
    input:
        articles=shard_outputs("shard_articles"),
        units=shard_outputs("shard_units"),
        cleaning_logs=shard_outputs("shard_cleaning_log"),
        intakes=shard_outputs("shard_intake"),
        manifest=CORPUS_MANIFEST,
    output:
        articles=res("articles"),
        units=res("units"),
        cleaning_log=res("cleaning_log"),
        intake=res("intake"),
    log:
        f"{LOGS}/corpus_tables.log",
    benchmark:
        f"{BENCH}/corpus_tables.tsv"
    conda:
        ENV
    params:
        corpus=encode(CORPUS),
        strict="--strict" if CORPUS.get("strict") else "",
    shell:
        cli(
            "corpus-merge --articles-in {input.articles} --units-in {input.units} "
            "--logs-in {input.cleaning_logs} --articles {output.articles} --units {output.units} "
            "--log-table {output.cleaning_log} {params.strict} "
            "--corpus {params.corpus:q} --intake-in {input.intakes} --intake {output.intake}"
        )
