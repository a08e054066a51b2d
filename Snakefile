# Hindi news coverage of Russia–Pakistan ties: from raw articles to a paper.
#
# Methods, step by step (one rule each; all logic lives in the `analysis` package, every rule
# runs one `python -m analysis <command>`; every output's path comes from analysis/catalog.py):
#   1. corpus      ingest, clean and segment the documents, shard by shard    rules/corpus.smk
#   2. coding      code every unit for frames, stance, voice and speaker      rules/coding.smk
#   3. validation  compare the coder with the hand-coded reference sample     rules/validation.smk
#   4. comparison  outlet tables, cross-outlet text reuse                     rules/comparison.smk
#   5. figures     one rule per figure, PDF + PNG + SVG with a caption        rules/figures.smk
#   6. paper       execute the paper notebook; checksum every output          rules/paper.smk
import os
import sys

from snakemake.utils import min_version, validate

min_version("9.0")

sys.path.insert(0, workflow.basedir)
from analysis import catalog  # standard library only: parsing stays fast


configfile: "config/config.yaml"


validate(config, catalog.schema_path("config"))
os.environ.update(catalog.RULE_ENV)


include: "rules/common.smk"


rule all:
    input:
        lambda wc: final_outputs(),


include: "rules/corpus.smk"
include: "rules/coding.smk"
include: "rules/validation.smk"
include: "rules/comparison.smk"
include: "rules/figures.smk"
include: "rules/paper.smk"
