# 3. Validation: the coder against the hand-coded reference sample; without one, a sample
#    of units for people to code by hand (a filled-in sheet is a reference file)

if SHEETS or len(REFERENCES) > 1:

    rule reference_from_sheets:
        input:
            sheets=SHEETS,
            reference=REFERENCES,
            codebook=CODEBOOK,
        output:
            res("sheet_reference"),
        log:
            f"{LOGS}/reference_from_sheets.log",
        benchmark:
            f"{BENCH}/reference_from_sheets.tsv"
        conda:
            ENV
        shell:
            cli(
                "sheets-to-reference --codebook {input.codebook} --sheets {input.sheets:q} "
                "--reference {input.reference:q} --out {output}"
            )


if REFERENCE:

    rule reliability:
        input:
            coded=res("coded_units"),
            articles=res("articles"),
            reference=REFERENCE,
            codebook=CODEBOOK,
        output:
            reliability=res("reliability"),
            disagreements=res("disagreements"),
            alignment=res("alignment"),
            confusion=directory(res("confusion")),
        log:
            f"{LOGS}/reliability.log",
        benchmark:
            f"{BENCH}/reliability.tsv"
        conda:
            ENV
        resources:
            mem_mb=mem_mb("reliability", INPUT_MB),
        params:
            groups=encode(
                {
                    "development": VALIDATION["development_docs"],
                    "held-out": VALIDATION["heldout_docs"],
                }
            ),
            seed=STATS["seed"],
            n_boot=STATS["bootstrap"],
            out_dir=lambda wc, output: os.path.dirname(output.reliability),
        shell:
            cli(
                "validate --codebook {input.codebook} --coded {input.coded} --articles {input.articles} "
                "--reference {input.reference} "
                "--groups {params.groups:q} --seed {params.seed} --n-boot {params.n_boot} "
                "--out-dir {params.out_dir}"
            )

else:

    rule coding_sheet:
        input:
            units=res("units"),
            articles=res("articles"),
            coded_units=res("coded_units"),
            codebook=CODEBOOK,
        output:
            csv=res("coding_sheet"),
            xlsx=res("coding_sheet_xlsx"),
            guide=res("coding_guide"),
        log:
            f"{LOGS}/coding_sheet.log",
        benchmark:
            f"{BENCH}/coding_sheet.tsv"
        conda:
            ENV
        params:
            per_stratum=config["coding_sheet"]["per_stratum"],
            seed=STATS["seed"],
            lang=config["figures"]["lang"],
        shell:
            cli(
                "coding-sheet --units {input.units} --articles {input.articles} --coded-units {input.coded_units} "
                "--codebook {input.codebook} "
                "--per-stratum {params.per_stratum} --seed {params.seed} --lang {params.lang} "
                "--csv {output.csv} --xlsx {output.xlsx} --guide {output.guide}"
            )
