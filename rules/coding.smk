# 2. Coding: frames, stance, voice and speaker per unit, from the codebook file


rule code_shard:
    input:
        units=res("shard_units"),
        codebook=CODEBOOK,
    output:
        res("shard_coded_units"),
    log:
        f"{LOGS}/code_shard/{{shard}}.log",
    benchmark:
        f"{BENCH}/code_shard/{{shard}}.tsv"
    conda:
        ENV
    shell:
        cli("code-shard --codebook {input.codebook} --units-in {input.units} --out {output}")


rule coding_tables:
    input:
        units=shard_outputs("shard_coded_units"),
        articles=res("articles"),
        codebook=CODEBOOK,
    output:
        units=res("coded_units"),
        articles=res("coded_articles"),
    log:
        f"{LOGS}/coding_tables.log",
    benchmark:
        f"{BENCH}/coding_tables.tsv"
    conda:
        ENV
    shell:
        cli(
            "code-merge --codebook {input.codebook} --units-in {input.units} "
            "--articles-in {input.articles} --units {output.units} --articles {output.articles}"
        )
