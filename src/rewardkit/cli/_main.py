"""Argument parsing and dispatch for the ``rewardkit`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

# Exit codes, as documented in the CLI docs.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

#: Each subcommand: (help, function that adds its arguments, function that runs it).
Command = tuple[str, Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def _version() -> str:
    from importlib.metadata import version  # noqa: PLC0415 - only for --version

    return version("rewardkit")


class _VersionAction(argparse.Action):
    """Print the version and exit; the version is looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(f"rewardkit {_version()}\n")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit 2 with the message on stderr."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _commands() -> dict[str, Command]:
    from . import _agreement, _deid, _review, _schema, _stats, _taxonomy, _validate  # noqa: PLC0415 - each is lazy  # noqa: PLC0415 - each is lazy

    return {
        "validate": (_validate.HELP, _validate.add_arguments, _validate.run),
        "schema": (_schema.HELP, _schema.add_arguments, _schema.run),
        "taxonomy": (_taxonomy.HELP, _taxonomy.add_arguments, _taxonomy.run),
        "deid": (_deid.HELP, _deid.add_arguments, _deid.run),
        "agreement": (_agreement.HELP, _agreement.add_arguments, _agreement.run),
        "review": (_review.HELP, _review.add_arguments, _review.run),
        "stats": (_stats.HELP, _stats.add_arguments, _stats.run),
    }


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser for every subcommand."""
    parser = _Parser(
        prog="rewardkit",
        description="Validate, de-identify and study stories of rewarding mental-health work.",
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (help_text, add_arguments, run) in _commands().items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        add_arguments(p)
        p.set_defaults(run=run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``rewardkit`` command line.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit code: 0 when no error finding, 1 when any error finding, 2 for a usage or
        configuration error.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    result: int = run(args)
    return result
