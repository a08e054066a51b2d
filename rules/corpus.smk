# 1-2. Corpus and coding, one job per shard of a few MB (ingest → clean → segment → code);
#      then one job joins the shards into the corpus and coded tables


rule shard:
    input:
        entries=SHARD_ENTRIES,
        digests=SHARD_DIGESTS,  # rewritten only when one of its files or manifest rows changes
        codebook=CODEBOOK,
    output:
        articles=res("shard_articles"),
        units=res("shard_units"),
        cleaning_log=res("shard_cleaning_log"),
        intake=res("shard_intake"),
        coded=res("shard_coded_units"),
    log:
        f"{LOGS}/shard/{{shard}}.log",
    benchmark:
        f"{BENCH}/shard/{{shard}}.tsv"
    conda:
        ENV
    resources:
        mem_mb=lambda wc: mem_mb("shard", corpus_mb([SHARDS[wc.shard]])),
    params:
        corpus=encode(CORPUS),
        ids=lambda wc: encode(dict(SHARDS[wc.shard].ids)),
    shell:
        cli(
            "shard --corpus {params.corpus:q} --codebook {input.codebook} --ids {params.ids:q} "
            "--articles {output.articles} --units {output.units} --log-table {output.cleaning_log} "
            "--intake {output.intake} --coded {output.coded} --entries - < {input.entries}"
        )


rule corpus_tables:
    input:
        articles=shard_outputs("shard_articles"),
        units=shard_outputs("shard_units"),
        cleaning_logs=shard_outputs("shard_cleaning_log"),
        intakes=shard_outputs("shard_intake"),
        coded=shard_outputs("shard_coded_units"),
        manifest=CORPUS_MANIFEST,
        codebook=CODEBOOK,
    output:
        articles=res("articles"),
        units=res("units"),
        cleaning_log=res("cleaning_log"),
        intake=res("intake"),
        coded_units=res("coded_units"),
        coded_articles=res("coded_articles"),
    log:
        f"{LOGS}/corpus_tables.log",
    benchmark:
        f"{BENCH}/corpus_tables.tsv"
    conda:
        ENV
    resources:
        mem_mb=mem_mb("merge", INPUT_MB),
    params:
        corpus=encode(CORPUS),
        strict="--strict" if CORPUS.get("strict") else "",
    shell:
        cli(
            "merge --codebook {input.codebook} --corpus {params.corpus:q} {params.strict} "
            "--articles-in {input.articles} --units-in {input.units} --logs-in {input.cleaning_logs} "
            "--intake-in {input.intakes} --coded-in {input.coded} "
            "--articles {output.articles} --units {output.units} --log-table {output.cleaning_log} "
            "--intake {output.intake} --coded-units {output.coded_units} --coded-articles {output.coded_articles}"
        )
