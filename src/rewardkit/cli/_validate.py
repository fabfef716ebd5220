"""``rewardkit validate``: check story files against the wire format and the rules."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ._jobs import add_jobs_argument, jobs_of
from ._main import ExitCode

if TYPE_CHECKING:
    from rewardkit.typing import TaxonomyLike

EPILOG = """\
exit status: 0 when no finding is an error, 1 when any is, 2 for a usage or configuration
error. Settings not given as flags come from [tool.rewardkit] in the nearest pyproject.toml.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the validate command's arguments."""
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .json or .jsonl file, a directory (searched for both), or - for stdin",
    )
    parser.add_argument(
        "--taxonomy",
        action="append",
        default=None,
        metavar="FILE",
        help="a taxonomy file (TOML or JSON) extending the core taxonomy; may repeat",
    )
    parser.add_argument(
        "--profile", help="default, or publish (under which deid-required is an error)"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default="text",
        help="text lines (the default), a JSON list, or GitHub Actions annotations",
    )
    parser.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="run only these rules (comma-separated; may repeat)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        metavar="RULES",
        help="switch these rules off (comma-separated; may repeat)",
    )
    parser.add_argument(
        "--stdin-format",
        choices=("json", "jsonl"),
        default="json",
        help="what - holds: one JSON document (the default) or JSON Lines",
    )
    add_jobs_argument(parser)


def _split(values: list[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(n.strip() for v in values for n in v.split(",") if n.strip())


def _taxonomy(files: list[Path]) -> TaxonomyLike | None:
    """Build the taxonomy from the core, the installed extensions and *files*."""
    if not files:
        return None  # the validator builds the default one if a story has themes
    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415 - only with taxonomy files

    for f in files:
        if not f.is_file():
            raise FileNotFoundError(2, "no such file", str(f))
    return build_taxonomy(files=tuple(files))


def run(args: argparse.Namespace) -> int:
    """Run the validate command; return the exit status."""
    from rewardkit.check import REPORTERS, Checker, load_config, story_files, summary  # noqa: PLC0415
    from rewardkit.exceptions import UsageError  # noqa: PLC0415
    from rewardkit.rules import Validator  # noqa: PLC0415

    from ._progress import Progress  # noqa: PLC0415

    config = load_config()
    try:
        files = story_files(args.paths, stdin=True)
    except FileNotFoundError as e:
        raise UsageError(f"{e.filename}: no such file or directory") from None
    if not files:
        raise UsageError("no story files found (looked for *.json and *.jsonl)")
    taxonomy_files = [Path(f) for f in args.taxonomy] if args.taxonomy else list(config.taxonomy)
    select, ignore = _split(args.select), _split(args.ignore)
    validator = Validator(
        taxonomy=_taxonomy(taxonomy_files),
        profile=args.profile or config.profile or "default",
        select=select if select is not None else config.select,
        ignore=ignore if ignore is not None else (config.ignore or ()),
        severity=config.severity,
    )
    progress = Progress(len(files))
    checker = Checker(
        validator, stdin_format=args.stdin_format, on_progress=progress.update, jobs=jobs_of(args)
    )
    try:
        result = checker.run(files)
    finally:
        progress.close()
    REPORTERS[args.format]().report(result, sys.stdout)
    sys.stdout.flush()
    for problem in result.problems:
        sys.stderr.write(f"rewardkit validate: error: {problem}\n")
    if args.format == "text" and result.findings:
        sys.stderr.write(summary(result) + "\n")
    if result.problems:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if result.errors else ExitCode.OK
