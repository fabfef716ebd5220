"""
Argument parsing, dispatch and exit codes for the ``rewardkit`` command.

Each command lives in its own module with ``add_arguments(parser)`` and ``run(args)``; the
module is imported only when its command runs, so that ``rewardkit --version`` and a one-file
``rewardkit validate`` start fast enough for a pre-commit hook.
"""

from __future__ import annotations

import argparse
import io
import sys
from typing import TYPE_CHECKING, NoReturn, Protocol

from ._exit import ExitCode

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["COMMANDS", "EPILOG", "Command", "ExitCode", "build_parser", "main"]

PROG = "rewardkit"


class Command(Protocol):
    """What a command module provides."""

    def add_arguments(self, parser: argparse.ArgumentParser, /) -> None:
        """Add the command's arguments to *parser*."""

    def run(self, args: argparse.Namespace, /) -> int:
        """Run the command; return its exit status."""


def _validate() -> Command:
    from . import _validate as command  # noqa: PLC0415 - each command is imported when it runs

    return command


def _schema() -> Command:
    from . import _schema as command  # noqa: PLC0415

    return command


def _taxonomy() -> Command:
    from . import _taxonomy as command  # noqa: PLC0415

    return command


def _deid() -> Command:
    from . import _deid as command  # noqa: PLC0415

    return command


def _agreement() -> Command:
    from . import _agreement as command  # noqa: PLC0415

    return command


def _import() -> Command:
    from . import _import as command  # noqa: PLC0415

    return command


def _rules() -> Command:
    from . import _rules as command  # noqa: PLC0415

    return command


def _export() -> Command:
    from . import _export as command  # noqa: PLC0415

    return command


def _merge() -> Command:
    from . import _merge as command  # noqa: PLC0415

    return command


def _demo() -> Command:
    from . import _demo as command  # noqa: PLC0415

    return command


def _review() -> Command:
    from . import _review as command  # noqa: PLC0415

    return command


def _stats() -> Command:
    from . import _stats as command  # noqa: PLC0415

    return command


#: Each command: its one-line help, and how to import its module.
COMMANDS: dict[str, tuple[str, Callable[[], Command]]] = {
    "validate": (
        "Check story files (.json, .jsonl) against the story format and the validation rules.",
        _validate,
    ),
    "schema": ("Print the JSON Schema (draft 2020-12) of the story document.", _schema),
    "taxonomy": (
        "Print the theme taxonomy in use as JSON, Markdown, SKOS (JSON-LD or Turtle) or .qdc.",
        _taxonomy,
    ),
    "deid": (
        "Find identifiers in story or text files (scan) or write redacted copies (redact).",
        _deid,
    ),
    "agreement": (
        "Measure how far coders agree: percent agreement, Cohen's kappa, Krippendorff's alpha.",
        _agreement,
    ),
    "import": (
        "Import stories from Reddit data, survey exports (CSV) or REFI-QDA projects.",
        _import,
    ),
    "export": (
        "Export stories as a REFI-QDA project (.qdpx) or as tidy tables (CSV, Parquet).",
        _export,
    ),
    "merge": (
        "Merge the files of several coders: join stories by id, combine their theme codings.",
        _merge,
    ),
    "rules": (
        "List the validation rules: name, default severity, profile behaviour, what each checks.",
        _rules,
    ),
    "review": (
        "Review redacted stories in a local web page and write them out as reviewed.",
        _review,
    ),
    "stats": (
        "Count a corpus: sources, narrators, statuses, themes, themes together, agreement.",
        _stats,
    ),
    "demo": (
        "Write a synthetic corpus of invented, realistic stories for trying the tools.",
        _demo,
    ),
}


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
        sys.stdout.write(f"{PROG} {_version()}\n")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """
    An argument parser whose usage errors exit 2 with the message on stderr.

    A value that is not among an argument's choices gets the list and, for a near miss, a
    suggestion ("did you mean 'json'?"), for commands too.
    """

    def error(self, message: str) -> NoReturn:
        from rewardkit._messages import escape_controls  # noqa: PLC0415 - on errors only

        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {escape_controls(message, newlines=True)}\n")
        raise SystemExit(ExitCode.USAGE)

    def _check_value(self, action: argparse.Action, value: object) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        import difflib  # noqa: PLC0415 - only for a mistake

        names = [str(c) for c in choices]
        close = difflib.get_close_matches(str(value), names, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        listed = ", ".join(repr(n) for n in names)
        msg = f"invalid choice: {str(value)!r} (choose from {listed}){hint}"
        raise argparse.ArgumentError(action, msg)


def _selected(argv: Sequence[str]) -> str | None:
    """The command that *argv* names: its first argument that is not an option."""
    return next((a for a in argv if not a.startswith("-")), None)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """
    Build the argument parser.

    Args:
        command: Add the arguments of this command only (the others are listed, not
            imported); ``None`` adds every command's arguments, for the docs and tests.

    Returns:
        The parser.
    """
    parser = _Parser(
        prog=PROG,
        description="Validate, de-identify and study stories of rewarding mental-health work.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (help_text, module) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if command is None or command == name:
            from ._output import add_quiet  # noqa: PLC0415 - only for the command that runs

            cmd = module()
            cmd.add_arguments(p)
            add_quiet(p)
            p.set_defaults(run=cmd.run)
    return parser


#: The exit status of every command, for ``--help`` and the docs.
EPILOG = (
    "exit status: 0 done (no error finding); 1 done, with error findings (or what the"
    " command says); 2 a usage or configuration error; 130 interrupted"
)


def _robust(stream: object) -> None:
    """Never fail on a character the terminal cannot encode."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``rewardkit`` command line.

    Args:
        argv: The arguments, without the program name; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status (:class:`ExitCode`): 0 when no finding is an error, 1 when any is,
        2 for a usage or configuration error.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    _robust(sys.stdout)
    _robust(sys.stderr)
    command = _selected(argv)
    parser = build_parser(command if command in COMMANDS else "")
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return ExitCode.USAGE
    return _run(run, args, f"{PROG} {args.command}")


def _run(run: Callable[[argparse.Namespace], int], args: argparse.Namespace, prog: str) -> int:
    """Run a command, turning every failure into a message and an exit status."""
    from rewardkit.exceptions import RewardkitError  # noqa: PLC0415 - small, and needed now

    try:
        return int(run(args))
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{prog}: interrupted\n")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return ExitCode.OK
    except (RewardkitError, OSError) as e:
        sys.stderr.write(f"{prog}: error: {_message(e)}\n")
        return ExitCode.USAGE


def _message(e: BaseException) -> str:
    """A one-line account of *e*, with control characters escaped."""
    from rewardkit._messages import escape_controls  # noqa: PLC0415 - on the error path only

    if isinstance(e, OSError) and e.strerror and not str(e).startswith(e.strerror):
        where = f"{e.filename}: " if e.filename is not None else ""
        return escape_controls(f"{where}{e.strerror}")
    return escape_controls(str(e))


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at nothing so that the exit does not complain."""
    import os  # noqa: PLC0415 - only after a closed pipe

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a descriptor
        pass
