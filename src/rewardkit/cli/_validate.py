"""``rewardkit validate``: check story files against the wire format and the rules."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rewardkit._messages import escape_controls

from ._exit import ExitCode
from ._jobs import add_jobs_argument, jobs_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from rewardkit.check import Config
    from rewardkit.typing import TaxonomyLike

    from ._progress import Progress

T = TypeVar("T")

EPILOG = """\
exit status: 0 when no finding is an error, 1 when any is, 2 for a usage or configuration
error (a bad flag, a missing or unreadable path, no story files, a bad taxonomy or
configuration file). Settings not given as flags come from [tool.rewardkit] in the nearest
pyproject.toml.
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
        "--profile",
        help="default, or publish (under which deid-required and review-required are errors);"
        " default: from [tool.rewardkit], else default",
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


def _taxonomy(files: list[Path], where: str) -> TaxonomyLike | Callable[[], TaxonomyLike]:
    """
    The taxonomy in use: the core, the installed extensions and *files*.

    Taxonomy files are read now, so that a bad one is reported even when no story has
    themes; without them, the validator builds the taxonomy when a story first has themes.
    """
    from rewardkit.exceptions import UsageError  # noqa: PLC0415
    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415 - lazy, for start-up

    for f in files:
        if not f.is_file():
            raise UsageError(f"{where}{f}: no such file")
    return build_taxonomy(files=tuple(files)) if files else build_taxonomy


def _check_config(config: Config, args: argparse.Namespace) -> None:
    """Check the settings that come from ``[tool.rewardkit]``, so an error names the file."""
    from rewardkit.exceptions import ConfigError, RuleConfigError  # noqa: PLC0415
    from rewardkit.rules import RuleSettings, default_registry  # noqa: PLC0415

    if config.source is None:
        return
    try:
        RuleSettings(
            profile=config.profile if args.profile is None and config.profile else "default",
            select=config.select if args.select is None else None,
            ignore=config.ignore if args.ignore is None and config.ignore else (),
            severity=config.severity,
        ).resolve(default_registry())
    except RuleConfigError as e:
        raise ConfigError(f"{config.source}: [tool.rewardkit]: {e}") from None


def _under(progress: Progress, findings: Iterator[T]) -> Iterator[T]:
    """Clear the progress line before each finding is written to the same terminal."""
    for finding in findings:
        progress.clear()
        yield finding


def run(args: argparse.Namespace) -> int:
    """Run the validate command; return the exit status."""
    from rewardkit.check import (  # noqa: PLC0415
        REPORTERS,
        Checker,
        CheckResult,
        load_config,
        story_files,
        summary,
    )
    from rewardkit.exceptions import UsageError  # noqa: PLC0415
    from rewardkit.rules import Validator  # noqa: PLC0415

    from ._output import say  # noqa: PLC0415
    from ._progress import Progress  # noqa: PLC0415

    config = load_config()
    _check_config(config, args)
    if args.taxonomy:
        taxonomy = _taxonomy([Path(f) for f in args.taxonomy], "")
    else:
        taxonomy = _taxonomy(list(config.taxonomy), f"{config.source}: [tool.rewardkit] taxonomy: ")
    select, ignore = _split(args.select), _split(args.ignore)
    validator = Validator(
        taxonomy=taxonomy,
        profile=args.profile or config.profile or "default",
        select=select if select is not None else config.select,
        ignore=ignore if ignore is not None else (config.ignore or ()),
        severity=config.severity,
    )
    try:
        files = story_files(args.paths, stdin=True)
    except FileNotFoundError as e:
        raise UsageError(f"{e.filename}: no such file or directory") from None
    except OSError as e:
        raise UsageError(f"{e.filename}: cannot be read: {e.strerror or e}") from None
    if not files:
        raise UsageError("no story files found (looked for *.json and *.jsonl)")
    progress = Progress(len(files))
    checker = Checker(
        validator, stdin_format=args.stdin_format, on_progress=progress.update, jobs=jobs_of(args)
    )
    # The report is written as the findings come, so that memory stays flat.
    result = CheckResult()
    out = sys.stdout
    findings = checker.stream(files, result)
    if progress.enabled and out.isatty():
        findings = _under(progress, findings)
    reporter = REPORTERS[args.format]()
    try:
        reporter.start(out)
        reporter.write(findings, out)
    finally:
        progress.close()
    reporter.finish(result, out)
    out.flush()
    for problem in result.problems:
        sys.stderr.write(f"rewardkit validate: error: {escape_controls(problem)}\n")
    say(args, summary(result))
    if result.problems:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if result.errors else ExitCode.OK
