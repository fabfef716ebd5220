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
EXAMPLE_SCRIPTS = sorted(
    {*ROOT.glob("examples/*.py"), *ROOT.glob("examples/**/*.py")}, key=lambda p: p.as_posix()
)


def render_schema() -> str:
    """Return the committed schema file's expected contents."""
    return json.dumps(rk.json_schema(), indent=2) + "\n"


def test_committed_schema_is_current():
    expected = render_schema()
    actual = SCHEMA_FILE.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{SCHEMA_FILE.relative_to(ROOT)} is stale; regenerate it with "
        "`PYTHONPATH=src python tests/test_docs.py`"
    )


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
