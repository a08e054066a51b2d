# 3. Validation: the coder against the hand-coded reference sample


rule reliability:
    input:
        coded=res("coded_units"),
        reference=VALIDATION.get("reference", []),
        codebook=CODEBOOK,
    output:
        reliability=res("reliability"),
        disagreements=res("disagreements"),
        alignment=res("alignment"),
        confusion=directory(res("confusion")),
    params:
        groups=encode(
            {
                "development": VALIDATION.get("development_docs", []),
                "held-out": VALIDATION.get("heldout_docs", []),
            }
        ),
        seed=STATS["seed"],
        n_boot=STATS.get("bootstrap", 2000),
        out_dir=lambda wc, output: os.path.dirname(output.reliability),
    conda:
        ENV
    log:
        f"{LOGS}/reliability.log",
    benchmark:
        f"{BENCH}/reliability.tsv"
    shell:
        cli(
            "validate --codebook {input.codebook} --coded {input.coded} --reference {input.reference} "
            "--groups {params.groups:q} --seed {params.seed} --n-boot {params.n_boot} "
            "--out-dir {params.out_dir}"
        )
