"""One run at a time per results folder, with a lock the operating system releases.

Snakemake's own lock is a file it deletes when it exits normally; a run killed with
SIGKILL (or a closed laptop, an out-of-memory killer, a cluster's wall-time limit)
leaves it behind, and the next run is told to `--unlock`, which is also what a
second run is told while the first is still alive: wrong advice that, followed, lets two
runs write the same files. So the workflow runs with Snakemake's lock off
(`profiles/default/config.yaml`: `nolock`, `rerun-incomplete`) and takes this lock
instead, in its `onstart` hook: an exclusive `flock` on `<folder>/.lock` for each output
folder of the corpus. The kernel drops a flock when the process holding it dies, however
it dies, so a killed run never leaves a stale lock, and a run started while another is
alive stops before any job with one message saying so.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from analysis.errors import UserError

LOCK_NAME = ".lock"


def hold(folders: Iterable[str], root: Path) -> list[IO[bytes]]:
    """Lock every output folder for this process, or refuse if another run holds one.

    Returns the open lock files: the caller keeps them referenced for as long as the run
    lasts (closing one, or the process ending, releases its lock). The files stay empty,
    so no run-specific byte (a pid, a time) is left in a results folder.
    """
    held: list[IO[bytes]] = []
    for rel in folders:
        folder = root / rel
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / LOCK_NAME, "ab")  # noqa: SIM115 - held open for the whole run
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            for h in held:
                h.close()
            raise UserError(
                f"{rel}/: another run holds this folder (it is building this corpus now). Wait for it to "
                "finish, then run the same command again; nothing was changed. (Do not use --unlock: "
                "this lock is released by the system when that run ends, even if it is killed.)"
            ) from None
        held.append(handle)
    return held
