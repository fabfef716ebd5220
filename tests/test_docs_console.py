"""
The console sessions of the guides run as shown.

Each ``console`` block is a shell session: a line starting with ``$`` is a command, the lines
after it are what it prints (stdout and stderr together). Commands run in order in one
temporary directory holding the guide's fixtures, with this environment's ``rewardkit``
first on the ``PATH``. Shown output must match, ``...`` standing for anything (also several
lines); a command shown without output may print anything. A command that fails must be
followed by ``echo $?`` showing its exit status. Commands that need a person are listed in
``MANUAL`` and replaced by a stand-in, and the test checks that each is still in the guide.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest

import rewardkit as rk

ROOT = Path(__file__).parent.parent
GUIDES = {
    "reddit-to-publication.md": [ROOT / "examples" / "reddit" / "therapists.json"],
}


def _stand_in_reviewer(directory: Path) -> None:
    """Do what the reviewer does in the browser: confirm each redacted story."""
    stories = rk.load(directory / "redacted.jsonl")
    reviewed = [
        attrs.evolve(
            s,
            deidentification=attrs.evolve(
                s.deidentification,
                status=rk.DeidStatus.REVIEWED,
                reviewed_by="documentation test",
                reviewed_at=datetime.now(UTC).replace(microsecond=0),
            ),
        )
        for s in stories
    ]
    (directory / "reviewed.jsonl").write_text(
        "".join(rk.dumps(s) + "\n" for s in reviewed), encoding="utf-8"
    )


#: Commands that need a person, and what stands in for them.
MANUAL = {"rewardkit review redacted.jsonl -o reviewed.jsonl": _stand_in_reviewer}


def sessions(text: str) -> list[list[tuple[str, list[str]]]]:
    """Return each console block as (command, expected output lines) pairs."""
    blocks = re.findall(r"^```console\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    out = []
    for block in blocks:
        commands: list[tuple[str, list[str]]] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                commands.append((line[2:], []))
            else:
                commands[-1][1].append(line)
        out.append(commands)
    return out


def matches(expected: list[str], actual: str) -> bool:
    """Compare output with the lines shown; ``...`` stands for any text, a line of it for any lines."""
    parts: list[str] = []
    for line in expected:
        if line == "...":
            parts.append(r"(?:\n.*?)?" if parts else r"(?:.*?\n)?")
        else:
            head = r"\n" if parts and parts[-1] != r"(?:.*?\n)?" else ""
            parts.append(head + re.escape(line).replace(re.escape("..."), ".*?"))
    return re.fullmatch("".join(parts), actual.rstrip("\n"), flags=re.DOTALL) is not None


def test_matching_rules():
    assert matches(["a", "..."], "a\nb\nc\n")
    assert matches(["a ... c"], "a b c")
    assert not matches(["a"], "a\nb")
    assert matches(["a", "..."], "a")
    assert matches(["a", "...", "b"], "a\nb")
    assert matches(["a", "...", "b"], "a\nx\ny\nb")
    assert matches(["...", "b"], "x\nb")
    assert not matches(["a", "...", "b"], "a\nx")
    assert sessions("```console\n$ x\nout\n$ y\n```\n") == [[("x", ["out"]), ("y", [])]]


@pytest.mark.parametrize("guide", sorted(GUIDES))
def test_console_sessions_run_as_shown(guide, tmp_path):
    text = (ROOT / "docs" / guide).read_text(encoding="utf-8")
    commands = [c for block in sessions(text) for c in block]
    assert commands, f"{guide} has no console session"
    for manual in MANUAL:
        assert any(c == manual for c, _ in commands), f"{manual!r} is no longer in {guide}"
    for fixture in GUIDES[guide]:
        shutil.copy(fixture, tmp_path / fixture.name)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("COLUMNS", None)
    status = 0
    for i, (command, expected) in enumerate(commands):
        if command == "echo $?":
            assert expected == [str(status)], f"{commands[i - 1][0]!r} exited {status}"
            status = 0
            continue
        assert status == 0, f"{commands[i - 1][0]!r} exited {status}; show it with echo $?"
        if command in MANUAL:
            MANUAL[command](tmp_path)
            continue
        result = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        output = result.stdout + result.stderr
        assert "Traceback" not in output, output
        if expected:
            assert matches(expected, output), f"{command!r} printed:\n{output}"
        status = result.returncode
    assert status == 0, f"{commands[-1][0]!r} exited {status}"
