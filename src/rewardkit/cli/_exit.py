"""The exit status of the ``rewardkit`` command."""

from __future__ import annotations

import enum

__all__ = ["ExitCode"]


class ExitCode(enum.IntEnum):
    """
    What the ``rewardkit`` command's exit status means.

    .. versionadded:: 0.2.0
    """

    OK = 0
    """Done; no finding is an error."""
    FINDINGS = 1
    """Done, and some finding is an error (or ``deid scan`` found identifiers)."""
    USAGE = 2
    """A usage or configuration error: a bad flag, a missing or unreadable path."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C; nothing was left half-written."""
