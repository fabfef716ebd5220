"""
``rewardkit export qdpx|csv|parquet``: stories to a REFI-QDA project or to tidy tables.

Exit codes: 0 when the output is written; 1 when the stories have problems that stop the
export (a story that does not load, a theme the taxonomy does not know, an id twice); 2 for a
usage error (a bad flag, a missing path, a missing extra, an output that would be
overwritten).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rewardkit.exceptions import UsageError as _UsageError

from ._exit import ExitCode
from ._jobs import add_jobs_argument, jobs_of

if TYPE_CHECKING:
    import argparse

PROG = "rewardkit export"


def _inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .json or .jsonl file, or a directory of them"
    )
    add_jobs_argument(parser)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """
    Add the ``qdpx``, ``csv`` and ``parquet`` subcommands.

    Args:
        parser: The ``export`` parser.
    """
    sub = parser.add_subparsers(dest="export_format", metavar="FORMAT", parser_class=type(parser))
    qdpx = sub.add_parser(
        "qdpx",
        help="A REFI-QDA project for NVivo, ATLAS.ti, MAXQDA and QualCoder.",
        description="Write the stories as a REFI-QDA project: one text source per story, "
        "the codebook from the taxonomy, one coding per evidence span, the coders as users. "
        "Exporting the same stories twice gives the same file.",
    )
    _inputs(qdpx)
    qdpx.add_argument("-o", "--output", required=True, metavar="PROJECT", help="the .qdpx file")
    qdpx.add_argument(
        "--taxonomy",
        action="append",
        default=[],
        metavar="FILE",
        help="a taxonomy file extending the codebook (repeatable)",
    )
    qdpx.add_argument(
        "--line-endings",
        choices=("lf", "crlf"),
        default="lf",
        help="line breaks of the sources (default: lf; crlf for tools that expect it)",
    )
    qdpx.add_argument("--name", default="rewardkit", help="the project's name")
    qdpx.add_argument("--force", action="store_true", help="overwrite PROJECT when it exists")
    for fmt, what in (("csv", "CSV files"), ("parquet", "Parquet files (the parquet extra)")):
        tables = sub.add_parser(
            fmt,
            help=f"Tidy tables as {what}: stories, assignments, evidence, redactions.",
            description=f"Write the four tidy tables as {what} into a directory.",
        )
        _inputs(tables)
        tables.add_argument("-o", "--output", required=True, metavar="DIR", help="the directory")
        tables.add_argument("--force", action="store_true", help="overwrite existing tables")


def _files(paths: list[str]) -> list[Path]:
    from rewardkit.check import story_files  # noqa: PLC0415 - only when the command runs

    try:
        files = story_files(paths)
    except FileNotFoundError as e:
        raise _UsageError(f"{e.filename}: no such file or directory") from None
    if not files:
        raise _UsageError("no story files found (looked for *.json and *.jsonl)")
    return [Path(f) for f in files]


def _run_qdpx(args: argparse.Namespace) -> int:
    import functools  # noqa: PLC0415

    from rewardkit._files import check_output  # noqa: PLC0415
    from rewardkit.io._jobs import map_stories  # noqa: PLC0415
    from rewardkit.io._qdpx import entries_of_parts, source_part, write_entries  # noqa: PLC0415
    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415

    files = _files(args.paths)
    for f in args.taxonomy:
        if not Path(f).is_file():
            raise _UsageError(f"taxonomy file {f}: no such file")
    check_output(args.output, files)
    if Path(args.output).exists() and not args.force:
        raise _UsageError(f"{args.output}: exists; pass --force to overwrite it")
    taxonomy = build_taxonomy(files=tuple(args.taxonomy))
    # Each story's source is made in the workers; the project's header needs every story.
    part = functools.partial(source_part, line_endings=args.line_endings)
    parts = map_stories(part, files, jobs=jobs_of(args))
    entries = entries_of_parts(parts, taxonomy=taxonomy, name=args.name)
    n = write_entries(entries, args.output, inputs=files)
    sys.stderr.write(
        f"{PROG} qdpx: wrote {n:,} stor{'y' if n == 1 else 'ies'} from {len(files):,}"
        f" file{'s' if len(files) != 1 else ''} to {args.output}\n"
    )
    return ExitCode.OK


def _run_tables(args: argparse.Namespace) -> int:
    from rewardkit.io import TABLES  # noqa: PLC0415
    from rewardkit.io._jobs import map_stories  # noqa: PLC0415
    from rewardkit.io._tables import rows_of, write_rows  # noqa: PLC0415

    files = _files(args.paths)
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        raise _UsageError(f"{out}: is not a directory")
    existing = [n for n in TABLES if (out / f"{n}.{args.export_format}").exists()]
    if existing and not args.force:
        raise _UsageError(
            f"{out / (existing[0] + '.' + args.export_format)}: exists; pass --force to overwrite"
        )
    tables = map_stories(rows_of(args.export_format), files, jobs=jobs_of(args))
    counts = write_rows(tables, out, fmt=args.export_format, inputs=files)
    rows = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    sys.stderr.write(f"{PROG} {args.export_format}: wrote {rows} to {out}\n")
    return ExitCode.OK


def run(args: argparse.Namespace) -> int:
    """
    Run ``rewardkit export``.

    Args:
        args: The parsed arguments.

    Returns:
        0 when written, 1 when the stories have problems that stop the export, 2 on a usage
        error.
    """
    from rewardkit.exceptions import InputError, RewardkitError  # noqa: PLC0415 - lazy

    fmt = getattr(args, "export_format", None)
    if fmt is None:
        sys.stderr.write(f"{PROG}: error: choose a format: qdpx, csv or parquet\n")
        return ExitCode.USAGE
    try:
        return _run_qdpx(args) if fmt == "qdpx" else _run_tables(args)
    except InputError as e:
        sys.stderr.write(f"{PROG}: error: {e}\n")
        return ExitCode.FINDINGS
    except (_UsageError, RewardkitError, OSError) as e:
        sys.stderr.write(f"{PROG}: error: {e}\n")
        return ExitCode.USAGE
