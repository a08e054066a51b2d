"""Errors meant for the user, not the developer.

A `UserError` carries a message that names the file or key and the problem; the command
line prints it on one line and exits non-zero without a traceback.
"""


class UserError(Exception):
    """A problem with the user's input or configuration, explained in its message."""
