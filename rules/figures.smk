# 5. Figures: a few to a process (see FIGURE_GROUPS), each exported as PDF, PNG and SVG with a caption

for group, figs in FIGURE_GROUPS.items():
    if not figs:
        continue

    rule:
        name:
            f"figures_{group}"
        input:
            tables=sorted({TABLES[t] for fig in figs for t in fig.reads}),
            codebook=CODEBOOK,
        output:
            [f for fig in figs for f in figure_outputs(fig)],
            captions=[caption_file("figures", stem) for fig in figs for _, stem in catalog.figure_stems(fig.name)],
        log:
            f"{LOGS}/figures_{group}.log",
        benchmark:
            f"{BENCH}/figures_{group}.tsv"
        priority: 10  # on the chain to the paper
        conda:
            ENV
        resources:
            mem_mb=mem_mb("figures", INPUT_MB),
        params:
            names=" ".join(fig.name for fig in figs),
            lang=config["figures"]["lang"],
            numbers=encode({k: v for fig in figs for k, v in catalog.config_numbers(fig, config).items()}),
            # what labels the reliability figure's rows in-sample or out-of-sample, as the tables
            validation=encode(config["validation"] if any("reliability" in f.reads for f in figs) else None),
            out_dir=lambda wc, output: os.path.dirname(output[0]),
            captions_dir=lambda wc, output: os.path.dirname(output.captions[0]),
        shell:
            cli(
                "figure {params.names} --tables {input.tables} --codebook {input.codebook} "
                "--lang {params.lang} --numbers {params.numbers:q} --validation {params.validation:q} "
                "--out-dir {params.out_dir} "
                "--captions-dir {params.captions_dir}"
            )
