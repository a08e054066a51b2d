"""One font subset per glyph set in a figure job, not one per PDF written.

Why: matplotlib embeds each font of a PDF as a subset that fontTools cuts from the whole font
file on every `savefig` (it parses the font's tables again each time): about half of a figure
PDF's export time (issue #15). A figure job writes each figure at two widths whose texts, so
glyph sets, are mostly the same (in the seed build 15 subsets, 7 of them different). Within
`reused_font_subsets()`, a subset already cut in this process is reused: the bytes embedded are
those fontTools wrote the first time, so every PDF is byte for byte what it was.

It hooks `matplotlib.backends._backend_pdf_ps.get_glyphs_subset`, a private function, for the
duration of the block only; where it is missing or has another shape (another matplotlib), the
block simply runs without the reuse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class _SavedFont:
    """Stands in for a subset `TTFont`: matplotlib only saves it (`font_as_file`), so it writes the saved bytes."""

    data: bytes

    def save(self, file, reorderTables: bool = False) -> None:  # noqa: N803 (fontTools' keyword)
        file.write(self.data)


@contextmanager
def reused_font_subsets() -> Iterator[dict]:
    """Within the block, a PDF's font subset for a glyph set already embedded is reused; yields the cache."""
    try:
        from matplotlib.backends import _backend_pdf_ps as pdf_ps

        cut, results, as_file = pdf_ps.get_glyphs_subset, pdf_ps.SubsetResults, pdf_ps.font_as_file
    except (ImportError, AttributeError):
        yield {}
        return
    cache: dict[tuple, tuple[bytes, dict]] = {}

    @contextmanager
    def subset(fontfile, glyphs: Iterable):
        glyphs = frozenset(glyphs)
        key = (str(fontfile), getattr(fontfile, "face_index", 0), glyphs)
        if key not in cache:
            with cut(fontfile, set(glyphs)) as fresh:
                cache[key] = (as_file(fresh.font).getvalue(), dict(fresh.glyph_index_map))
        data, index_map = cache[key]
        yield results(_SavedFont(data), dict(index_map))

    pdf_ps.get_glyphs_subset = subset
    try:
        yield cache
    finally:
        pdf_ps.get_glyphs_subset = cut
