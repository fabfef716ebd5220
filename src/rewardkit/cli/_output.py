"""What every command prints besides its output: one summary line on stderr."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from rewardkit._messages import counted, escape_controls

if TYPE_CHECKING:
    import argparse

__all__ = ["counted", "say"]


def say(args: argparse.Namespace, line: str) -> None:
    """
    Print a command's one-line summary on stderr, unless ``--quiet`` was given.

    Args:
        args: The parsed arguments.
        line: What the command did ("checked 12 stories in 3 files: no problems").
    """
    if not getattr(args, "quiet", False):
        sys.stderr.write(escape_controls(line, newlines=True) + "\n")
