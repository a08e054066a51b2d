# 1-2. Corpus and coding, one job per shard of a few MB (ingest → clean → segment → code);
#      then one job joins the shards into the corpus and coded tables (a corpus of one shard:
#      both in one job)


if len(SHARDS) != 1:

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
        # before the small jobs that are ready at the start (the config, the sheets): with one shard
        # per core, a shard that waits for one of them would end that much after the other
        priority: 1
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

else:
    # A corpus of one shard (a few MB): the two jobs in one process, one start-up instead of two
    # at the head of the chain (`python -m analysis corpus`); the shard's files are still written.
    ONE_SHARD = next(iter(SHARDS))

    rule corpus_tables:
        input:
            entries=expand(SHARD_ENTRIES, shard=ONE_SHARD),
            digests=expand(SHARD_DIGESTS, shard=ONE_SHARD),
            manifest=CORPUS_MANIFEST,
            codebook=CODEBOOK,
        output:
            shard_articles=one_shard("shard_articles"),
            shard_units=one_shard("shard_units"),
            shard_cleaning_log=one_shard("shard_cleaning_log"),
            shard_intake=one_shard("shard_intake"),
            shard_coded=one_shard("shard_coded_units"),
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
            mem_mb=max(mem_mb("shard", INPUT_MB), mem_mb("merge", INPUT_MB)),
        params:
            corpus=encode(CORPUS),
            ids=encode(dict(SHARDS[ONE_SHARD].ids)),
            strict="--strict" if CORPUS.get("strict") else "",
        shell:
            cli(
                "corpus --corpus {params.corpus:q} --codebook {input.codebook} --ids {params.ids:q} {params.strict} "
                "--shard-articles {output.shard_articles} --shard-units {output.shard_units} "
                "--shard-log-table {output.shard_cleaning_log} --shard-intake {output.shard_intake} "
                "--shard-coded {output.shard_coded} "
                "--articles {output.articles} --units {output.units} --log-table {output.cleaning_log} "
                "--intake {output.intake} --coded-units {output.coded_units} --coded-articles {output.coded_articles} "
                "--entries - < {input.entries}"
            )
