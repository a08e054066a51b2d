"""Reproducible content analysis of Hindi news coverage.

Each stage is a plain function (DataFrame in, DataFrame out); the Snakefile only wires
them together. See README.md for the pipeline and the contracts between stages.
"""

__version__ = "0.1.0"
