"""
``rewardkit stats``: the corpus at a glance, as text, JSON or one self-contained web page.

Exit codes: 0 when the figures are written; 2 for a usage error (a bad flag, a missing or
unreadable path, a file that does not load, a bad taxonomy file, an output that would
overwrite an input).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ._exit import ExitCode
from ._jobs import add_jobs_argument, jobs_of

if TYPE_CHECKING:
    import argparse

PROG = "rewardkit stats"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``stats`` command's arguments to *parser*."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .json or .jsonl file, or a directory searched for them",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default=None,
        help="print the figures as text (the default without --html) or JSON",
    )
    parser.add_argument(
        "--html",
        metavar="FILE",
        help="write one self-contained HTML page with charts to FILE",
    )
    parser.add_argument(
        "--taxonomy",
        action="append",
        default=[],
        metavar="FILE",
        help="a taxonomy file (TOML or JSON) whose themes roll up and are labelled; may repeat",
    )
    add_jobs_argument(parser)


def _error(message: str) -> int:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return ExitCode.USAGE


def _load_error(e: Exception) -> str:
    findings = getattr(e, "findings", ())
    n = len(findings)
    first = f": {findings[0]}" if findings else ""
    return (
        f"a file does not load ({n} problem{'s' if n != 1 else ''}{first}); "
        "'rewardkit validate' lists them"
    )


def run(args: argparse.Namespace) -> int:
    """Count the stories in ``args.paths`` and write the figures."""
    from rewardkit._files import atomic_write, check_output  # noqa: PLC0415 - lazy
    from rewardkit.exceptions import LoadError, RewardkitError  # noqa: PLC0415
    from rewardkit.stats import (  # noqa: PLC0415
        corpus_stats,
        read_stories,
        render_html,
        render_json,
        render_text,
    )
    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415

    try:
        stories = read_stories(args.paths)
    except LoadError as e:
        return _error(_load_error(e))
    except OSError as e:
        return _error(f"cannot read {e.filename}: {e.strerror}")
    except RewardkitError as e:
        return _error(str(e))
    try:
        taxonomy = build_taxonomy(files=tuple(args.taxonomy))
    except (RewardkitError, OSError) as e:
        return _error(str(e))
    stats = corpus_stats(stories, taxonomy=taxonomy, jobs=jobs_of(args))
    if args.html is not None:
        try:
            check_output(args.html, args.paths)
            atomic_write(args.html, render_html(stats, sources=args.paths))
        except (RewardkitError, OSError) as e:
            return _error(str(e))
    fmt = args.format or ("text" if args.html is None else None)
    if fmt is not None:
        sys.stdout.write(render_json(stats) if fmt == "json" else render_text(stats))
    if args.html is not None:
        sys.stderr.write(f"{PROG}: wrote {args.html} ({stats.stories:,} stories)\n")
    return ExitCode.OK
