# 4. Comparison: outlet tables, one rule per table family; text reuse

for family, names in TABLE_FAMILIES.items():

    rule:
        name:
            f"tables_{family}"
        input:
            coded_units=res("coded_units"),
            coded_articles=res("coded_articles"),
            articles=res("articles"),
            codebook=CODEBOOK,
        output:
            csv=[catalog.table_path(RES, t) for t in names],
            tex=[catalog.table_path(RES, t, "tex") for t in names],
        log:
            f"{LOGS}/tables_{family}.log",
        benchmark:
            f"{BENCH}/tables_{family}.tsv"
        conda:
            ENV
        params:
            tables=" ".join(names),
            seed=STATS["seed"],
            n_boot=STATS["bootstrap"],
            out_dir=lambda wc, output: os.path.dirname(output.csv[0]),
            lang=config["figures"]["lang"],
        shell:
            cli(
                "compare --codebook {input.codebook} --coded-units {input.coded_units} "
                "--coded-articles {input.coded_articles} --articles {input.articles} "
                "--tables {params.tables} --seed {params.seed} --n-boot {params.n_boot} "
                "--out-dir {params.out_dir} --lang {params.lang}"
            )


rule reuse:
    input:
        articles=res("articles"),
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
    params:
        reuse=encode(config["reuse"]),
        seed=STATS["seed"],
    shell:
        cli(
            "reuse --articles {input.articles} --params {params.reuse:q} --seed {params.seed} "
            "--pairs {output.pairs} --passages {output.passages} --matrix {output.matrix}"
        )
