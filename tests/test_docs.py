"""The documentation's generated files are current, and the example scripts run."""

from __future__ import annotations

import json
import re
import runpy
import sys
from pathlib import Path

import pytest

import rewardkit as rk

ROOT = Path(__file__).parent.parent
SCHEMA_FILE = ROOT / "docs" / "_generated" / "story.schema.json"
CLI_REFERENCE = ROOT / "docs" / "_generated" / "cli-reference.md"
RULES_TABLE = ROOT / "docs" / "_generated" / "rules.md"
REGENERATE = "regenerate it with `PYTHONPATH=src python tests/test_docs.py`"
EXAMPLE_SCRIPTS = sorted(
    {*ROOT.glob("examples/*.py"), *ROOT.glob("examples/**/*.py")}, key=lambda p: p.as_posix()
)


def render_schema() -> str:
    """Return the committed schema file's expected contents."""
    return json.dumps(rk.json_schema(), indent=2) + "\n"


def test_committed_schema_is_current():
    expected = render_schema()
    actual = SCHEMA_FILE.read_text(encoding="utf-8")
    assert actual == expected, f"{SCHEMA_FILE.relative_to(ROOT)} is stale; {REGENERATE}"


def test_committed_schema_is_the_document_schema():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$id"] == f"urn:rewardkit:story-document:{rk.SCHEMA_VERSION}"
    assert set(schema["$defs"]) >= {"Story", "Collection", "Deidentification", "Redaction"}


def documented_names() -> set[str]:
    """Return the names that docs/api.md documents with an autodoc or data directive."""
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\.\. (?:auto\w+|data):: ([\w.]+)", text, flags=re.MULTILINE))


def test_api_reference_documents_every_public_name():
    missing = sorted(set(rk.__all__) - documented_names())
    assert not missing, f"docs/api.md does not document: {', '.join(missing)}"


def test_api_reference_documents_every_strategy():
    import rewardkit.testing

    expected = {f"rewardkit.testing.{name}" for name in rewardkit.testing.__all__}
    assert expected <= documented_names()


def render_cli_reference() -> str:
    from rewardkit.cli._reference import render

    return render()


def render_rules_table() -> str:
    """What `rewardkit rules --format markdown --no-plugins` prints."""
    import contextlib
    import io

    from rewardkit.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["rules", "--format", "markdown", "--no-plugins", "--quiet"]) == 0
    return out.getvalue()


def test_cli_reference_is_current():
    assert CLI_REFERENCE.read_text(encoding="utf-8") == render_cli_reference(), (
        f"{CLI_REFERENCE.relative_to(ROOT)} is stale; {REGENERATE}"
    )


def test_rules_table_is_current():
    assert RULES_TABLE.read_text(encoding="utf-8") == render_rules_table(), (
        f"{RULES_TABLE.relative_to(ROOT)} is stale; {REGENERATE}"
    )


def test_the_docs_include_the_generated_pages():
    assert "```{include} _generated/cli-reference.md\n```" in (ROOT / "docs/cli.md").read_text()
    assert "```{include} _generated/rules.md\n```" in (ROOT / "docs/rules.md").read_text()


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from rewardkit.cli import main

    assert main([*argv, "--help"]) == 0
    return " ".join(capsys.readouterr().out.split())


def test_cli_reference_agrees_with_help(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "2000")  # no wrapping, which may split a hyphenated word
    import argparse

    from rewardkit.cli._main import COMMANDS
    from rewardkit.cli._reference import commands

    reference = CLI_REFERENCE.read_text(encoding="utf-8")
    seen = []
    for name, parser in commands():
        seen.append(name)
        assert f"### `rewardkit {name}`" in reference
        help_text = _help(name.split(), capsys)
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            for flag in action.option_strings:
                assert flag in help_text, (name, flag)
                assert f"`{flag}" in reference or f", {flag}" in reference, (name, flag)
            for choice in action.choices or ():
                assert str(choice) in help_text, (name, choice)
            if action.help:
                assert " ".join(action.help.split()) in help_text, (name, action.dest)
        if parser.epilog:
            epilog = " ".join(parser.epilog.split())
            assert epilog in help_text
            assert epilog.removeprefix("exit status: ") in " ".join(reference.split())
    assert {n.split()[0] for n in seen} == set(COMMANDS)


def test_cli_reference_lists_a_new_command_without_more_work(monkeypatch):
    import argparse
    import types

    from rewardkit.cli import _main

    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.epilog = "exit status: 0 always"
        parser.add_argument("--colour", choices=("red", "blue"), default="red", help="a colour")

    module = types.SimpleNamespace(add_arguments=add_arguments, run=lambda args: 0)
    monkeypatch.setitem(_main.COMMANDS, "paint", ("Paint the stories.", lambda: module))

    reference = render_cli_reference()

    assert "### `rewardkit paint`\n\nPaint the stories." in reference
    assert "| `--colour red\\|blue` | `red` | a colour |" in reference
    assert "**Exit status:** 0 always." in reference


def test_quick_start_shows_the_summary_line(monkeypatch, capsys):
    from rewardkit.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    [command] = re.findall(r"\.venv/bin/rewardkit (validate .*)", quick_start)
    [shown] = re.findall(r"```text\n(.*)\n```", quick_start)
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")

    assert main(command.split()) == 0
    assert capsys.readouterr().err == shown + "\n"
    cli = (ROOT / "docs/cli.md").read_text(encoding="utf-8")
    assert f"$ rewardkit {command}\n{shown}\n" in cli


@pytest.mark.parametrize("script", EXAMPLE_SCRIPTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_example_script_runs(script: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    # Scripts run from the repository root, as the README tells readers to run them, with a
    # clean argv so that they don't see pytest's arguments.
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sys, "argv", [str(script)])
    monkeypatch.syspath_prepend(str(script.parent))
    code: object = 0
    try:
        runpy.run_path(str(script), run_name="__main__")
    except SystemExit as e:
        code = e.code
    assert code in (None, 0), f"{script.name} exited with {code!r}"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(render_schema(), encoding="utf-8")
    CLI_REFERENCE.write_text(render_cli_reference(), encoding="utf-8")
    RULES_TABLE.write_text(render_rules_table(), encoding="utf-8")
