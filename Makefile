# Two commands on a fresh machine: `make` (set-up + full rebuild) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CORES  ?= all
# The whole run's memory cap in MB (heavy jobs declare theirs, analysis/workflow.py: mem_mb): 80 % of
# the memory available now, 4000 where /proc/meminfo is missing. `make MEM_MB=6000` sets it.
MEM_MB ?= $(shell { awk '/^MemAvailable:/ {print int($$2 / 1024 * 0.8)}' /proc/meminfo 2>/dev/null | grep . ; } || echo 4000)
# Another corpus: make rebuild CONFIG=config/corpora/NAME.yaml (or make report CONFIG=…)
CONFIG ?=
REPORT ?= $(shell $(BIN)/python -m analysis path report $(if $(CONFIG),--config $(CONFIG)))
SNAKEMAKE := $(BIN)/snakemake $(if $(CONFIG),--configfile $(CONFIG))

.PHONY: all setup rebuild report test check-repro lint lock clean

all: rebuild

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

setup: $(STAMP)

# `make CONFIG=config/corpora/mine.yaml` builds another corpus. A build killed at any point
# (or stopped by a full disk) resumes when the same command is run again: profiles/default
# reruns unfinished jobs, and the workflow's own lock dies with the run (analysis/runlock.py).
# The config and its codebook are checked first: a broken one is named with its file and line.
rebuild: setup
	$(BIN)/python -m analysis check-config $(CONFIG)
	$(SNAKEMAKE) --cores $(CORES) --resources mem_mb=$(MEM_MB)

# Every table and figure with the caption the paper prints, in one HTML page.
report: rebuild
	$(SNAKEMAKE) --report $(REPORT)

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

check-repro: setup
	$(BIN)/python -m analysis check-repro

lint: setup
	$(BIN)/snakemake --lint
	$(BIN)/snakefmt --check Snakefile $(wildcard rules/*.smk)

lock: setup
	$(BIN)/python -m pip freeze --all --exclude-editable | grep -v '^pip==' > requirements.lock.tmp
	{ head -2 requirements.lock; cat requirements.lock.tmp; } > requirements.lock.new && rm requirements.lock.tmp && mv requirements.lock.new requirements.lock

clean:
	rm -rf results .snakemake figures/*.pdf figures/*.png figures/*.svg figures/*.caption.txt figures/.corpus
