"""Errors meant for the user, not the developer.

A `UserError` carries a message that names the file or key and the problem; the command
line prints it on one line and exits non-zero without a traceback.
"""

import errno

DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})  # no space left; disk quota exceeded


class UserError(Exception):
    """A problem with the user's input or configuration, explained in its message."""


def report_user_errors(step) -> int:
    """Run a command-line step; print a UserError as one line and return 1, else the
    step's own exit code (a step that returns nothing succeeded: 0)."""
    import sys

    try:
        code = step()
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader stopped early (`… explain "…" | head -1`): not a fault of ours or the user's;
        # point stdout at /dev/null so the interpreter's final flush has nowhere to fail
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as err:
        if err.errno not in DISK_FULL:
            raise
        print(f"error: {disk_full_message(err)}", file=sys.stderr)
        return 1
    return int(code or 0)


def disk_full_message(err: OSError) -> str:
    """What to do when a write fails for lack of space: the step failed, nothing is lost.

    Snakemake deletes the outputs of a failed job, so running the same command again
    after freeing space redoes exactly the unfinished steps.

    >>> import errno
    >>> disk_full_message(OSError(errno.ENOSPC, "No space left on device", "results/x.csv"))[:48]
    'the disk is full (writing results/x.csv): free s'
    """
    where = f" (writing {err.filename})" if err.filename else ""
    return (
        f"the disk is full{where}: free some space, then run the same command again; "
        "it redoes only the unfinished steps"
    )
