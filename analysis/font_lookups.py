"""A text's font files, its font's height tables and its extent looked up once per figure job, not once per text.

Why: matplotlib lays out a text (`Text._get_layout`) on every measurement and every draw, and
each time it asks the font manager for the font files of the text's properties (one `findfont`
per family of the font list) and reads two tables of the first font (`OS/2`, `head`) for the
line height: about 40 µs a layout, and a figure job lays out texts some 10,000 times, for a
handful of font properties (issue #15). Within `reused_font_lookups()`, the files found for
the same properties under the same font settings, and a font file's tables, are reused: the
same values matplotlib would find again, so every figure is byte for byte what it was.

It hooks the font manager's `_find_fonts_by_props` (a private method) and the `get_font` that
`matplotlib.text` reads the tables through, for the duration of the block only; where either is
missing (another matplotlib), the block runs without the reuse. `reused_text_metrics()` does the
same for a text's measured extent (`matplotlib.text._get_text_metrics_with_cache`), which
matplotlib keeps per renderer object only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

# The settings matplotlib's `findfont` keys its own cache on: a change to any gives another font.
_FONT_RC = tuple(
    f"font.{key}"
    for key in ("family", "style", "variant", "weight", "stretch", "size")
    + ("serif", "sans-serif", "cursive", "fantasy", "monospace")
)


def _settings() -> tuple:
    """The font settings now in force, read as `findfont` reads them (without its validation per key)."""
    import matplotlib as mpl

    values = map(dict.__getitem__, [mpl.rcParams] * len(_FONT_RC), _FONT_RC)
    return tuple(tuple(v) if type(v) is list else v for v in values)


def _properties(prop) -> tuple:
    """What a `FontProperties` is, by value (the fields its own hash is made of)."""
    return (
        tuple(prop.get_family()),
        prop.get_style(),
        prop.get_variant(),
        prop.get_weight(),
        prop.get_stretch(),
        prop.get_size(),
        prop.get_file(),
        prop.get_math_fontfamily(),
    )


class _FontTables:
    """Stands in for a font where `Text._get_layout` reads its tables; anything else goes to the font."""

    def __init__(self, font) -> None:
        self._font = font
        self._tables: dict[str, object] = {}

    def get_sfnt_table(self, name: str):
        if name not in self._tables:
            self._tables[name] = self._font.get_sfnt_table(name)
        return self._tables[name]

    def __getattr__(self, name: str):
        return getattr(self._font, name)


@contextmanager
def reused_font_lookups() -> Iterator[dict]:
    """Within the block, font files and height tables already looked up are reused; yields the found files."""
    try:
        from matplotlib import font_manager, text

        manager, get_font = text.fontManager, text.get_font
        find = manager._find_fonts_by_props
    except (ImportError, AttributeError):
        yield {}
        return
    found: dict[tuple, list] = {}
    tables: dict[tuple, _FontTables] = {}

    def find_once(prop, fontext="ttf", directory=None, fallback_to_default=True, rebuild_if_missing=True):
        if not isinstance(prop, font_manager.FontProperties) or os.getenv("MPL_IGNORE_SYSTEM_FONTS"):
            return find(prop, fontext, directory, fallback_to_default, rebuild_if_missing)
        key = (_properties(prop), fontext, directory, fallback_to_default, rebuild_if_missing, _settings())
        if key not in found:
            found[key] = find(prop, fontext, directory, fallback_to_default, rebuild_if_missing)
        return list(found[key])

    def font_tables(paths, *args, **kwargs):
        key = (tuple(paths), args, tuple(sorted(kwargs.items())))
        if key not in tables:
            tables[key] = _FontTables(get_font(paths, *args, **kwargs))
        return tables[key]

    own = vars(manager).get("_find_fonts_by_props")  # an outer block's hook, if any
    manager._find_fonts_by_props, text.get_font = find_once, font_tables
    try:
        yield found
    finally:
        if own is None:
            del manager._find_fonts_by_props  # the method of the class again
        else:
            manager._find_fonts_by_props = own
        text.get_font = get_font


# ------------------------------------------------------------------ text extents
# The renderers whose measurement of a plain text depends only on the renderer's kind, its dpi,
# the text, the font properties and the settings below (`_renderers`): Agg (PNG and every
# measurement before saving), PDF and SVG. Another renderer is asked every time, as before.
# (The two factors are deprecated in matplotlib 3.11: a version without them reads None.)
_METRIC_RC = (
    "text.hinting",
    "text.hinting_factor",
    "text.kerning_factor",
    "font.enable_last_resort",
    "pdf.use14corefonts",
)


def _renderers() -> tuple[tuple[type, ...], type]:
    """The renderer kinds whose measurements are kept, and the wrapper a PDF's or SVG's comes in."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.backends.backend_mixed import MixedModeRenderer
    from matplotlib.backends.backend_pdf import RendererPdf
    from matplotlib.backends.backend_svg import RendererSVG

    return (RendererAgg, RendererPdf, RendererSVG), MixedModeRenderer


@contextmanager
def reused_text_metrics() -> Iterator[dict]:
    """Within the block, a text's extent measured once by a renderer of a kind and dpi is reused by the next.

    Why: matplotlib keeps a text's width, height and descent for one renderer object only, and a
    figure job makes a new one for every file it saves (PDF, PNG, SVG), for every figure and
    every width, and for each new figure height while fitting: two of three measurements were
    the same text again (seed figure jobs: ~550 a job, each a FreeType layout of the string,
    issue #15). The measurement is a function of the renderer's kind and dpi, the text, the font
    properties and the font settings, all in the key, so the values are the ones matplotlib would
    compute again and every figure is byte for byte what it was. Mathtext and TeX go through as before.
    Yields the measurements kept.
    """
    try:
        from matplotlib import text

        measure, (kinds, mixed) = text._get_text_metrics_with_cache, _renderers()
    except (ImportError, AttributeError):
        yield {}
        return
    import matplotlib as mpl

    kept: dict[tuple, tuple] = {}

    def measure_once(renderer, s, fontprop, ismath, dpi):
        # a PDF or SVG is drawn through a wrapper that measures with the renderer it holds now
        inner = vars(renderer).get("_renderer") if type(renderer) is mixed else renderer
        if ismath is not False or type(inner) not in kinds:
            return measure(renderer, s, fontprop, ismath, dpi)
        rc = tuple(map(dict.get, [mpl.rcParams] * len(_METRIC_RC), _METRIC_RC))  # as `_settings` reads
        key = (type(inner), getattr(inner, "dpi", None), dpi, s, _properties(fontprop), rc, _settings())
        if key not in kept:
            kept[key] = measure(renderer, s, fontprop, ismath, dpi)
        return kept[key]

    text._get_text_metrics_with_cache = measure_once
    try:
        yield kept
    finally:
        text._get_text_metrics_with_cache = measure
