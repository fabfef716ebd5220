"""``rewardkit rules``: list every validation rule, its severities and what it checks."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

    from rewardkit.rules import Rule

EPILOG = "exit status: 0 when the list is written; 2 for a usage error or a broken rule plugin"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``rules`` command's arguments to *parser*."""
    parser.epilog = EPILOG
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text (a table, the default), json, or markdown (the table in the docs)",
    )
    parser.add_argument(
        "--no-plugins",
        action="store_true",
        help="list rewardkit's own rules only, not those of installed plugins",
    )


def profiles(rules: list[Rule]) -> list[str]:
    """Every profile the rules know: ``default``, ``publish``, then those rules name."""
    from rewardkit.rules import PROFILES  # noqa: PLC0415

    named = sorted({p for r in rules for p in r.profiles} - set(PROFILES))
    return [*PROFILES, *named]


def records(rules: list[Rule]) -> list[dict[str, Any]]:
    """Describe each rule as plain data, in registry order."""
    known = profiles(rules)
    return [
        {
            "name": r.name,
            "severity": r.severity.value,
            "profiles": {p: r.severity_for(p).value for p in known},
            "required": r.required,
            "summary": r.summary,
        }
        for r in rules
    ]


def render_text(rules: list[Rule]) -> str:
    """A table: rule, severity under each profile, and the summary."""
    from rewardkit._messages import escape_controls  # noqa: PLC0415

    known = profiles(rules)
    rows = [("RULE", *(p.upper() for p in known), "WHAT IT CHECKS")]
    for r in rules:
        note = " (always on)" if r.required else ""
        rows.append((r.name, *(r.severity_for(p).value for p in known), r.summary + note))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row[:-1], widths, strict=True)]
        lines.append(escape_controls("  ".join([*cells, row[-1]]), newlines=True))
    return "\n".join(lines) + "\n"


def render_markdown(rules: list[Rule]) -> str:
    """A Markdown table, as the docs show it."""
    known = profiles(rules)

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    head = ["rule", *(f"`{p}`" for p in known), "what it checks"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rules:
        note = " Always on." if r.required else ""
        severities = [r.severity_for(p).value for p in known]
        lines.append("| " + " | ".join([f"`{r.name}`", *severities, cell(r.summary + note)]) + " |")
    return "\n".join(lines) + "\n"


def render_json(rules: list[Rule]) -> str:
    """A JSON list of ``{name, severity, profiles, required, summary}``."""
    import json  # noqa: PLC0415

    return json.dumps(records(rules), indent=2, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    """List the rules of the registry that ``rewardkit validate`` uses."""
    from rewardkit.rules import RuleRegistry, default_registry  # noqa: PLC0415

    from ._output import counted, say  # noqa: PLC0415

    registry = RuleRegistry(plugins=False) if args.no_plugins else default_registry()
    rules = list(registry)
    render = {"json": render_json, "markdown": render_markdown}.get(args.format, render_text)
    sys.stdout.write(render(rules))
    say(args, f"listed {counted(len(rules), 'rule')}")
    return 0
