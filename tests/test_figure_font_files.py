"""Figures embed the shipped font files, whatever matplotlib's per-user font cache says.

The cache (``fontlist-*.json`` under ``MPLCONFIGDIR``) maps family names to files. A cache that
points "DejaVu Sans" at another file (a system copy of another version, or a cache written
without matplotlib's own fonts) once changed every PDF and SVG the workflow wrote.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import matplotlib

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = Path(matplotlib.get_data_path(), "fonts", "ttf", "DejaVuSans.ttf")

WRITE_DECOY_CACHE = """
import dataclasses, sys
from pathlib import Path
import matplotlib
from matplotlib import font_manager as fm
manager = fm.fontManager
face = next(f for f in manager.ttflist if f.name == "DejaVu Sans" and f.weight == 400 and f.style == "normal")
manager.ttflist.insert(0, dataclasses.replace(face, fname=sys.argv[1]))
fm.json_dump(manager, Path(matplotlib.get_cachedir(), f"fontlist-v{fm.FontManager.__version__}.json"))
"""

FIND = "from matplotlib import font_manager as fm; print(fm.findfont(fm.FontProperties(family='DejaVu Sans')))"


def _run(code: str, config: Path, *args: str) -> str:
    env = {"MPLCONFIGDIR": str(config), "PATH": "/usr/bin:/bin", "HOME": str(config)}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_a_cache_pointing_dejavu_elsewhere_does_not_reach_the_figures(tmp_path):
    decoy = tmp_path / "fonts" / "DejaVuSans-decoy.ttf"
    decoy.parent.mkdir()
    shutil.copyfile(SHIPPED, decoy)
    config = tmp_path / "mplconfig"
    config.mkdir()
    _run(WRITE_DECOY_CACHE, config, str(decoy))
    # the decoy cache is honoured by matplotlib on its own: the check below could fail
    assert _run(FIND, config) == str(decoy)
    assert _run("import analysis.figstyle; " + FIND, config) == str(SHIPPED)
