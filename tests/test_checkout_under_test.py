"""The suite tests the checkout it lives in, even when the venv's editable install points at another.

A second checkout (a git worktree, a clone to try a change) shares the venv; without pytest's
``pythonpath = ["."]`` the ``pytest`` script imported the first checkout's ``analysis`` and a
change could pass tests it never ran.
"""

from __future__ import annotations

from pathlib import Path

import analysis


def test_the_package_under_test_is_this_checkouts():
    assert Path(analysis.__file__).resolve().parents[1] == Path(__file__).resolve().parents[1]
