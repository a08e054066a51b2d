# 5. Figures: one rule per figure, each exported as PDF, PNG and SVG with a caption

for fig in FIGURES:

    rule:
        name:
            f"figure_{fig.name}"
        input:
            tables=[TABLES[t] for t in fig.reads],
            codebook=CODEBOOK,
        output:
            figure_outputs(fig),
        log:
            f"{LOGS}/figure_{fig.name}.log",
        benchmark:
            f"{BENCH}/figure_{fig.name}.tsv"
        conda:
            ENV
        params:
            name=fig.name,
            lang=config["figures"]["lang"],
            numbers=encode(catalog.config_numbers(fig, config)),
            out_dir=lambda wc, output: os.path.dirname(output[0]),
        shell:
            cli(
                "figure {params.name} --tables {input.tables} --codebook {input.codebook} "
                "--lang {params.lang} --numbers {params.numbers:q} --out-dir {params.out_dir}"
            )
