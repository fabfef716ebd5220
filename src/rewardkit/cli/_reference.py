"""
The command-line reference of the docs, generated from the argument parser.

Every command of :data:`~rewardkit.cli._main.COMMANDS` (and every action of a command that
has actions, such as ``deid scan``) gets a section: what it does, a synopsis, a table of its
arguments with their defaults, and its exit status. A command added to the table appears here
without further work. ``docs/_generated/cli-reference.md`` holds the output; a test fails when
it is stale.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ._main import EPILOG, PROG, build_parser

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["commands", "render"]

_EXIT_PREFIX = "exit status: "


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its actions there
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return dict(action.choices)
    return {}


def commands(
    parser: argparse.ArgumentParser | None = None,
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """
    Yield every command and action with its parser: ``("validate", ...)``, ``("deid scan", ...)``.

    Args:
        parser: The top-level parser; every command's arguments by default.
    """
    parser = parser or build_parser()
    for name, sub in _subcommands(parser).items():
        yield name, sub
        for action, nested in _subcommands(sub).items():
            yield f"{name} {action}", nested


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [
        a
        for a in parser._actions  # noqa: SLF001
        if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)  # noqa: SLF001
    ]


def _metavar(action: argparse.Action) -> str:
    if action.choices is not None:
        return "|".join(str(c) for c in action.choices)
    if action.metavar is not None:
        return str(action.metavar)
    return action.dest.upper()


def _usage(action: argparse.Action) -> str:
    """One argument as the synopsis shows it: ``[--format text|json]``, ``PATH...``."""
    if not action.option_strings:
        name = _metavar(action)
        return f"{name}..." if action.nargs in ("+", "*") else name
    flag = max(action.option_strings, key=len)
    text = flag if action.nargs == 0 else f"{flag} {_metavar(action)}"
    repeat = "..." if isinstance(action, argparse._AppendAction) else ""  # noqa: SLF001
    return text if action.required else f"[{text}]{repeat}"


def _default(action: argparse.Action) -> str:
    default = action.default
    if action.nargs == 0 or default in (None, [], argparse.SUPPRESS) or not action.option_strings:
        return ""
    return f"`{default}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _section(title: str, parser: argparse.ArgumentParser) -> list[str]:
    actions = _arguments(parser)
    nested = _subcommands(parser)
    synopsis = " ".join(
        [f"{PROG} {title}", *(_usage(a) for a in actions if a.option_strings)]
        + (["ACTION ..."] if nested else [])
        + [_usage(a) for a in actions if not a.option_strings]
    )
    lines = [f"### `{PROG} {title}`", ""]
    if parser.description:
        lines += [parser.description, ""]
    lines += ["```text", synopsis, "```", ""]
    if nested:
        lines += [
            "Actions: " + ", ".join(f"`{title} {name}`" for name in nested) + ".",
            "",
        ]
    if actions:
        lines += ["| argument | default | what it does |", "|---|---|---|"]
        for a in actions:
            flags = ", ".join(a.option_strings) or _metavar(a)
            shown = (
                f"`{flags}`" if not a.option_strings or a.nargs == 0 else f"`{flags} {_metavar(a)}`"
            )
            lines.append(f"| {_cell(shown)} | {_cell(_default(a))} | {_cell(a.help or '')} |")
        lines.append("")
    if parser.epilog:
        epilog = " ".join(parser.epilog.split())
        if epilog.startswith(_EXIT_PREFIX):
            epilog = "**Exit status:** " + epilog[len(_EXIT_PREFIX) :]
        lines += [epilog if epilog.endswith(".") else epilog + ".", ""]
    return lines


def render() -> str:
    """
    Render the reference of every command as Markdown.

    Returns:
        The reference, generated from :func:`~rewardkit.cli._main.build_parser`.
    """
    parser = build_parser()
    names = [name for name, _ in commands(parser)]
    lines = [
        "<!-- Generated from the argument parser by tests/test_docs.py; do not edit. -->",
        "",
        "```text",
        f"{PROG} [--version] COMMAND [ARGS...]",
        "```",
        "",
        "Commands: " + ", ".join(f"[`{n}`](#{PROG}-{n.replace(' ', '-')})" for n in names) + ".",
        (
            "Every command takes `-h`/`--help`, and `-q`/`--quiet`, which silences the one-line"
            " summary it prints on stderr."
        ),
        "",
        "**Exit status:** " + EPILOG[len(_EXIT_PREFIX) :] + ".",
        "",
    ]
    for name, sub in commands(parser):
        lines += _section(name, sub)
    return "\n".join(lines).rstrip() + "\n"
