# 4. Comparison: every outlet table in one job (one start-up, the shared work done once); text reuse


# The tables come first when both cores are busy: two figure jobs and the paper wait on them
# (the longest chain after the corpus), while reuse and validation have slack.
rule tables:
    input:
        coded_units=res("coded_units"),
        coded_articles=res("coded_articles"),
        articles=res("articles"),
        codebook=CODEBOOK,
    output:
        csv=[table_output(t) for t in COMPARISON_TABLES],
        tex=[catalog.table_path(RES, t, "tex") for t in COMPARISON_TABLES],
        latex=[res("tables_preamble"), res("tables_demo")],
        fonts=directory(res("tables_fonts")),
        captions=[caption_file("tables", t) for t in COMPARISON_TABLES],
    log:
        f"{LOGS}/tables.log",
    benchmark:
        f"{BENCH}/tables.tsv"
    priority: 10
    conda:
        ENV
    resources:
        mem_mb=mem_mb("tables", INPUT_MB),
    params:
        tables=" ".join(COMPARISON_TABLES),
        seed=STATS["seed"],
        n_boot=STATS["bootstrap"],
        out_dir=lambda wc, output: os.path.dirname(output.csv[0]),
        captions_dir=lambda wc, output: os.path.dirname(output.captions[0]),
        lang=config["figures"]["lang"],
    shell:
        cli(
            "compare --codebook {input.codebook} --coded-units {input.coded_units} "
            "--coded-articles {input.coded_articles} --articles {input.articles} "
            "--tables {params.tables} --seed {params.seed} --n-boot {params.n_boot} "
            "--out-dir {params.out_dir} --captions-dir {params.captions_dir} --lang {params.lang}"
        )


# Reuse reads only the articles' ids, outlets, texts and statuses: from the shards' files, so
# it runs beside the merge job (one core idle otherwise) and the longest job of a large corpus
# starts earlier; it joins them in the merged table's order (analysis/merge.py: read_sorted_columns).
rule reuse:
    input:
        articles=shard_outputs("shard_articles"),
    output:
        pairs=res("reuse_pairs"),
        passages=res("reuse_passages"),
        matrix=res("reuse_matrix"),
    log:
        f"{LOGS}/reuse.log",
    benchmark:
        f"{BENCH}/reuse.tsv"
    conda:
        ENV
    resources:
        mem_mb=mem_mb("reuse", INPUT_MB),
    params:
        reuse=encode(config["reuse"]),
        seed=STATS["seed"],
    shell:
        cli(
            "reuse --articles {input.articles} --params {params.reuse:q} --seed {params.seed} "
            "--pairs {output.pairs} --passages {output.passages} --matrix {output.matrix}"
        )
