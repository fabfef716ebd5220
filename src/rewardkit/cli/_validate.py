"""``rewardkit validate``: check story files against the wire format and the rules."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._main import EXIT_USAGE

if TYPE_CHECKING:
    from ._config import Config

HELP = "Check story files (.json, .jsonl) against the story format and the validation rules."
EPILOG = """\
exit status: 0 when no finding is an error, 1 when any is, 2 for a usage or configuration
error. Settings not given as flags come from [tool.rewardkit] in the nearest pyproject.toml.
"""
PROG = "rewardkit validate"


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


def _split(values: list[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(n.strip() for v in values for n in v.split(",") if n.strip())


def _error(message: str) -> int:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return EXIT_USAGE


def _taxonomy(files: list[Path]) -> Any:
    """Build the taxonomy from the core, the installed extensions and *files*."""
    import importlib  # noqa: PLC0415 - only with taxonomy files

    for f in files:
        if not f.is_file():
            raise FileNotFoundError(f"taxonomy file {f}: no such file")
    return importlib.import_module("rewardkit.taxonomy").build_taxonomy(files=tuple(files))


def _robust(stream: Any) -> None:
    """Never fail on a character the terminal cannot encode."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")


def run(args: argparse.Namespace) -> int:
    """Run the validate command; return the exit code."""
    from rewardkit.exceptions import RewardkitError  # noqa: PLC0415 - lazy, for start-up

    _robust(sys.stdout)
    _robust(sys.stderr)
    try:
        return _run(args)
    except (RewardkitError, OSError) as e:
        return _error(str(e))


def _settings(args: argparse.Namespace, config: Config) -> dict[str, Any]:
    select = _split(args.select)
    ignore = _split(args.ignore)
    return {
        "profile": args.profile or config.profile or "default",
        "select": select if select is not None else config.select,
        "ignore": ignore if ignore is not None else (config.ignore or ()),
        "severity": config.severity,
    }


def _run(args: argparse.Namespace) -> int:
    from rewardkit.rules import Validator  # noqa: PLC0415 - lazy, for start-up

    from ._checker import Checker, Progress, UsageError, expand  # noqa: PLC0415
    from ._config import load_config  # noqa: PLC0415
    from ._reporter import REPORTERS, summary  # noqa: PLC0415

    config = load_config()
    try:
        files = expand(args.paths)
    except UsageError as e:
        return _error(str(e))
    taxonomy_files = [Path(f) for f in args.taxonomy] if args.taxonomy else list(config.taxonomy)
    taxonomy = _taxonomy(taxonomy_files) if taxonomy_files else None
    validator = Validator(taxonomy=taxonomy, **_settings(args, config))
    checker = Checker(validator, stdin_format=args.stdin_format, progress=Progress(len(files)))
    result = checker.run(files)
    REPORTERS[args.format]().report(result, sys.stdout)
    sys.stdout.flush()
    for problem in result.problems:
        sys.stderr.write(f"{PROG}: error: {problem}\n")
    if args.format == "text" and result.findings:
        sys.stderr.write(summary(result) + "\n")
    return result.exit_code
