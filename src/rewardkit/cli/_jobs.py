"""The ``--jobs`` option, shared by the commands that work story by story."""

from __future__ import annotations

import argparse

__all__ = ["add_jobs_argument", "jobs_of"]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


#: What ``--jobs`` says in a command's help, unless the command says otherwise.
JOBS_HELP = (
    "worker processes (default: one per core; 1 works in this process only); "
    "the output is the same for any N"
)


def add_jobs_argument(parser: argparse.ArgumentParser, *, help: str = JOBS_HELP) -> None:  # noqa: A002 - argparse's word
    """Add ``--jobs N`` (``-j``) to a command's parser, with *help* as its help."""
    parser.add_argument("-j", "--jobs", type=_positive, default=None, metavar="N", help=help)


def jobs_of(args: argparse.Namespace) -> int:
    """Return the number of worker processes the command was given, or the default."""
    if args.jobs is not None:
        return int(args.jobs)
    from rewardkit.check import default_jobs  # noqa: PLC0415 - when the command runs

    return default_jobs()
