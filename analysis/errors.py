"""Errors meant for the user, not the developer.

A `UserError` carries a message that names the file or key and the problem; the command
line prints it on one line and exits non-zero without a traceback.
"""


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
    return int(code or 0)
