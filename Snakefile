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
#
# One config is one corpus, complete by itself: `--configfile config/corpora/NAME.yaml` replaces
# the seed study's config/config.yaml (it is not merged on top of it), the schema's defaults fill
# in what a config leaves out (analysis/settings.py), and every output, the paper included, goes
# under that corpus's own `paths.results`.
import os
import sys
from pathlib import Path

from snakemake.utils import min_version

min_version("9.0")

sys.path.insert(0, workflow.basedir)
from analysis import catalog, runlock, settings  # no pandas, no matplotlib: parsing stays fast
from analysis.codebook import load_codebook

if not workflow.overwrite_configfiles:

    configfile: catalog.CONFIG_FILE


CONFIG_SOURCE = settings.describe_source(workflow.overwrite_configfiles, workflow.config_settings.config)
with settings.exit_on_user_error("config error"):
    RESOLVED = settings.resolve(config, CONFIG_SOURCE)
    settings.check_roots(RESOLVED, Path("."))
config.clear()
config.update(RESOLVED)
os.environ.update(catalog.RULE_ENV)


# One run per results folder (analysis/runlock.py): a second run is refused here, before any
# job; the lock dies with the run, so a killed run is resumed by running the same command.
RUN_LOCK = []


onstart:
    with settings.exit_on_user_error("codebook error"):  # before any job, not when coding starts
        load_codebook(config["codebook"])
    with settings.exit_on_user_error("refused"):
        RUN_LOCK.extend(runlock.hold(settings.output_roots(config), Path(".")))
    settings.claim_roots(config, Path("."))


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
