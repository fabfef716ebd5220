"""What every command prints besides its output: one summary line on stderr."""

from __future__ import annotations

import argparse
import sys

from rewardkit._messages import counted, escape_controls

__all__ = ["add_quiet", "counted", "say"]


def say(args: argparse.Namespace, line: str) -> None:
    """
    Print a command's one-line summary on stderr, unless ``--quiet`` was given.

    Args:
        args: The parsed arguments.
        line: What the command did ("checked 12 stories in 3 files: no problems").
    """
    if not getattr(args, "quiet", False):
        sys.stderr.write(escape_controls(line, newlines=True) + "\n")


def add_quiet(parser: argparse.ArgumentParser, *, nested: bool = False) -> None:
    """
    Add ``-q``/``--quiet``, which silences the summary line on stderr.

    Args:
        parser: A command's parser, or (with *nested*) the parser of one of its actions, where
            the flag may be given too (``rewardkit deid scan -q``).
        nested: Leave the flag unset unless given, so that the command's value stands.
    """
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS if nested else False,
        help="print no summary line on stderr",
    )
