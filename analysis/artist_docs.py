"""A figure job's matplotlib without the property lists of its artists' `set()` docstrings.

Why (issue #15): as each matplotlib module is imported, every Artist class it defines
(`Artist.__init_subclass__`) gets a `set()` whose docstring lists every property the class
has, each setter's own docstring read and parsed to say what it accepts (`artist.kwdoc`):
about 0.1-0.2 s CPU of each figure job's start, for help text a batch job never shows. Within
the figure command (`python -m analysis figure`) that list is left empty; the classes, their
setters and `set()` signatures are those of any matplotlib process, so every figure is byte
for byte what it was. Other callers (tests, notebooks, `import analysis.figures`) keep the docs.
"""

from __future__ import annotations


def _no_property_list(artist: object) -> str:
    """`matplotlib.artist.kwdoc`'s place in a figure job: no text, nothing inspected."""
    return ""


def skip_property_docs() -> None:
    """Make the artist classes matplotlib defines from now on skip their `set()` property list.

    Call it before the figure modules import matplotlib's artists (`matplotlib.figure`,
    `matplotlib.backend_bases`): classes made earlier keep theirs. Only the docstrings differ.
    """
    from matplotlib import artist

    artist.kwdoc = _no_property_list
