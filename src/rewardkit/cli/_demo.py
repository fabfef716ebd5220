"""``rewardkit demo``: write a synthetic corpus of invented, realistic stories."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import IO

    from rewardkit.story import Collection

EPILOG = (
    "exit status: 0 when the corpus is written; 2 for a usage error or an output that exists"
    " (without --force) or cannot be written"
)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if not 0 <= value <= 10_000_000:
        raise argparse.ArgumentTypeError("must be between 0 and 10,000,000")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``demo`` command's arguments to *parser*."""
    parser.epilog = EPILOG
    parser.add_argument(
        "-n",
        "--stories",
        type=_count,
        default=100,
        metavar="N",
        help="how many stories (default: 100)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="the same seed gives the same corpus (default: 0)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help="write to FILE: one story per line for .jsonl, one collection for .json"
        " (default: JSON Lines on standard output)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def _write(corpus: Collection, out: IO[str], *, lines: bool) -> None:
    from rewardkit.serialization import dumps  # noqa: PLC0415

    if lines:
        out.writelines(dumps(story) + "\n" for story in corpus)
    else:
        out.write(dumps(corpus, indent=2) + "\n")


def run(args: argparse.Namespace) -> int:
    """Write the corpus."""
    from pathlib import Path  # noqa: PLC0415

    from rewardkit._demo import demo_corpus  # noqa: PLC0415
    from rewardkit._files import atomic_writer, check_output  # noqa: PLC0415
    from rewardkit.exceptions import UsageError  # noqa: PLC0415

    from ._output import counted, say  # noqa: PLC0415

    corpus = demo_corpus(args.stories, args.seed)
    what = f"{counted(len(corpus), 'invented story', 'invented stories')} (seed {args.seed})"
    if args.output is None:
        _write(corpus, sys.stdout, lines=True)
        say(args, f"wrote {what} to standard output")
        return 0
    target = Path(args.output)
    check_output(target, ())
    if target.exists() and not args.force:
        raise UsageError(f"{target}: exists; pass --force to overwrite it")
    with atomic_writer(target) as out:
        _write(corpus, out, lines=target.suffix.lower() != ".json")
    say(args, f"wrote {what} to {target}")
    return 0
