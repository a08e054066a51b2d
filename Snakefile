# Hindi news coverage of Russia–Pakistan ties: from raw articles to a paper.
#
# Methods, step by step (all logic lives in the `analysis` package, every rule runs one
# `python -m analysis <command>`; every output's path comes from analysis/catalog.py). A job
# costs seconds of interpreter start-up, so the job count stays small whatever the corpus size:
#   1-2. corpus+coding  ingest, clean, segment and code the documents, one job per shard of a
#                       few MB; one job joins the shards (one shard: one job)       rules/corpus.smk
#   3. validation  compare the coder with the hand-coded reference sample     rules/validation.smk
#   4. comparison  every outlet table in one job; cross-outlet text reuse     rules/comparison.smk
#   5. figures     a few figures per job, PDF + PNG + SVG with a caption      rules/figures.smk
#   6. paper       execute the paper notebook; checksum every output          rules/paper.smk
# `make report` (snakemake --report) shows every table and figure with the paper's caption.
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
from analysis.codebook import CHECKED_ENV as CODEBOOK_CHECKED_ENV, checked_token, load_codebook
from analysis.workflow import cancel_pending_timers, compile_package, intake_note

if not workflow.overwrite_configfiles:

    configfile: catalog.CONFIG_FILE


CONFIG_SOURCE = settings.describe_source(workflow.overwrite_configfiles, workflow.config_settings.config)
with settings.exit_on_user_error("config error"):
    RESOLVED = settings.resolve(config, CONFIG_SOURCE)
    settings.check_roots(RESOLVED, Path("."))
    settings.check_named_inputs(RESOLVED, Path("."), CONFIG_SOURCE)
config.clear()
config.update(RESOLVED)
os.environ.update(catalog.RULE_ENV)


# One run per results folder (analysis/runlock.py): a second run is refused here, before any
# job; the lock dies with the run, so a killed run is resumed by running the same command.
RUN_LOCK = []


onstart:
    with settings.exit_on_user_error("codebook error"):  # before any job, not when coding starts
        # parsed once for the run: this check and every job read the data kept here
        # (analysis/settings.py: keep_parsed), not the YAML
        os.environ[settings.PARSED_ENV] = str(settings.keep_parsed(config["codebook"]))
        load_codebook(config["codebook"])
    # the jobs skip the schema check of the same bytes (analysis/codebook.py: checked_token)
    os.environ[CODEBOOK_CHECKED_ENV] = checked_token(config["codebook"])
    with settings.exit_on_user_error("refused"):
        RUN_LOCK.extend(runlock.hold(settings.output_roots(config), Path(".")))
    settings.claim_roots(config, Path("."))
    compile_package()  # the jobs' bytecode, once (analysis/workflow.py), where PYTHONDONTWRITEBYTECODE is set


# Without this, Snakemake's rate-limit timer holds the finished run for up to a second
# (analysis/workflow.py: cancel_pending_timers). A run that left inputs not `ok` says so here,
# not only in the corpus job's log (analysis/workflow.py: intake_note).
onsuccess:
    cancel_pending_timers()
    if note := intake_note(catalog.result_path(config["paths"]["results"], "intake")):
        print(note, file=sys.stderr)


include: "rules/common.smk"


rule all:
    input:
        lambda wc: final_outputs(),


include: "rules/corpus.smk"
include: "rules/validation.smk"
include: "rules/comparison.smk"
include: "rules/figures.smk"
include: "rules/paper.smk"
