# 6. Paper: the notebook, executed; then a checksum of every output

if NOTEBOOK:

    rule paper:
        input:
            source=NOTEBOOK["source"],
            tables=list(TABLES.values()),
            figures=[f for files in FIGURE_FILES.values() for f in files],
            corpus=[res("articles"), res("cleaning_log")],
            coding=[res("coded_units"), res("coded_articles")],
            reuse=[res("reuse_pairs"), res("reuse_passages")],
            config=catalog.CONFIG_FILE,
            codebook=CODEBOOK,
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
                "paper {input.source} {output.ipynb} {output.html} --cwd . --timeout {params.timeout}"
            )


rule checksums:
    input:
        lambda wc: manifest_inputs(),
    output:
        res("manifest"),
    conda:
        ENV
    log:
        f"{LOGS}/checksums.log",
    benchmark:
        f"{BENCH}/checksums.tsv"
    shell:
        cli("manifest --root . --out {output} {input}")
