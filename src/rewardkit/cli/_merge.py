"""
``rewardkit merge``: join the files of several coders into one set of stories.

Exit codes: 0 when the merged stories are written (disagreements between coders are normal
and go to the report); 1 when the files conflict (a story's text or source differs, one coder
assigned a theme differently in two files) or a story does not load; 2 for a usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rewardkit.exceptions import UsageError as _UsageError

from ._exit import ExitCode

if TYPE_CHECKING:
    import argparse

PROG = "rewardkit merge"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """
    Add the ``merge`` command's arguments.

    Args:
        parser: The ``merge`` parser.
    """
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="a .json or .jsonl story file, one per coder"
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="the merged stories (.jsonl for JSON Lines, .json for a collection)",
    )
    parser.add_argument(
        "--disagreements",
        metavar="FILE",
        help="write, per story and theme, who assigned it and who did not (.csv or .json)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite existing outputs")


def _run(args: argparse.Namespace) -> int:
    from rewardkit._files import check_output  # noqa: PLC0415 - only when the command runs
    from rewardkit.io import iter_stories, merge, write_disagreements, write_stories  # noqa: PLC0415

    for f in args.files:
        if not Path(f).is_file():
            raise _UsageError(f"{f}: no such file")
    if args.disagreements is not None and not args.disagreements.lower().endswith(
        (".csv", ".json")
    ):
        raise _UsageError("--disagreements FILE must end in .csv or .json")
    outputs = [args.output] + ([args.disagreements] if args.disagreements else [])
    for out in outputs:
        check_output(out, args.files)
        if Path(out).exists() and not args.force:
            raise _UsageError(f"{out}: exists; pass --force to overwrite it")
    result = merge((f, iter_stories(f)) for f in args.files)
    write_stories(result.stories, args.output, inputs=args.files)
    if args.disagreements is not None:
        write_disagreements(result.disagreements, args.disagreements, inputs=args.files)
    n = len(result.stories)
    shared = sum(1 for count in result.files.values() if count > 1)
    d = len(result.disagreements)
    where = f", written to {args.disagreements}" if args.disagreements else ""
    sys.stderr.write(
        f"{PROG}: {n:,} stor{'y' if n == 1 else 'ies'} from {len(args.files)} files"
        f" ({shared:,} in more than one) to {args.output};"
        f" {d:,} disagreement{'s' if d != 1 else ''}{where}\n"
    )
    return ExitCode.OK


def run(args: argparse.Namespace) -> int:
    """
    Run ``rewardkit merge``.

    Args:
        args: The parsed arguments.

    Returns:
        0 when merged, 1 when the files conflict or a story does not load, 2 on a usage error.
    """
    from rewardkit.exceptions import InputError, RewardkitError  # noqa: PLC0415 - lazy

    try:
        return _run(args)
    except InputError as e:
        sys.stderr.write(f"{PROG}: error: {e}\n")
        return ExitCode.FINDINGS
    except (_UsageError, RewardkitError, OSError) as e:
        sys.stderr.write(f"{PROG}: error: {e}\n")
        return ExitCode.USAGE
