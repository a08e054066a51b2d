# 6. Paper: the notebook, executed with this corpus's resolved config (HTML; PDF where XeLaTeX is);
#    then a checksum of every output
import shutil


rule resolved_config:
    output:
        res("config"),
    log:
        f"{LOGS}/resolved_config.log",
    conda:
        ENV
    params:
        config=encode(config),
    shell:
        cli("write-config --config {params.config:q} --out {output}")


# The PDF (config paper.pdf) needs XeLaTeX: where `xelatex` is missing it is left out with a
# message instead of failing the build. It is not in the MANIFEST, so a MANIFEST built without
# TeX still compares byte for byte with one built with it. The paper job typesets it in a
# second process, from the executed notebook, while it exports the HTML (analysis/paper_pdf.py:
# PdfWorker): the job then keeps both cores busy, so it asks for two threads.
PAPER_PDF = [res("paper_pdf")] if PAPER.get("pdf") and shutil.which("xelatex") else []
if PAPER.get("pdf") and not PAPER_PDF:
    print(
        "paper.pdf: no xelatex on this machine, so no PDF (install TeX Live's XeLaTeX, or set paper.pdf: false)",
        file=sys.stderr,
    )

if PAPER:

    rule paper:
        input:
            source=PAPER["source"],
            prose=PROSE,
            config=res("config"),
            tables=list(TABLES.values()),
            figures=[f for files in FIGURE_FILES.values() for f in files],
            corpus=[res("articles"), res("cleaning_log"), res("intake")],
            coding=[res("coded_units"), res("coded_articles")],
            reuse=[res("reuse_pairs"), res("reuse_passages")],
            sheet=CODING_SHEET[:1],
            codebook=CODEBOOK,
            external=VALIDATION.get("external") or [],  # other samples' validation summaries
        output:
            ipynb=res("paper_ipynb"),
            html=res("paper_html"),
            pdf=PAPER_PDF,
        log:
            f"{LOGS}/paper.log",
        benchmark:
            f"{BENCH}/paper.tsv"
        conda:
            ENV
        threads: 2 if PAPER_PDF else 1
        resources:
            mem_mb=mem_mb("paper", INPUT_MB),
        params:
            timeout=PAPER["timeout"],
            pdf=lambda wc, output: f"--pdf {output.pdf}" if PAPER_PDF else "",
        shell:
            cli(
                "paper {input.source} {output.ipynb} {output.html} --config {input.config} "
                "--cwd . --timeout {params.timeout} {params.pdf}"
            )


rule checksums:
    input:
        lambda wc: manifest_inputs(),
    output:
        res("manifest"),
    log:
        f"{LOGS}/checksums.log",
    benchmark:
        f"{BENCH}/checksums.tsv"
    conda:
        ENV
    shell:
        cli("manifest --root . --out {output} {input}")
