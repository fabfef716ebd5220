"""The package's public face: names, typing marker, version, entry points."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import rewardkit


class TestPublicNames:
    def test_all_is_sorted(self):
        # isort style, as ruff keeps it: CONSTANTS, then Classes, then functions.
        def key(name: str) -> tuple[int, str]:
            return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

        assert rewardkit.__all__ == sorted(rewardkit.__all__, key=key)
        assert len(set(rewardkit.__all__)) == len(rewardkit.__all__)

    @pytest.mark.parametrize("name", rewardkit.__all__)
    def test_every_public_name_imports_and_is_documented(self, name):
        obj = getattr(rewardkit, name)
        assert obj is not None
        if callable(obj):
            assert (obj.__doc__ or "").strip(), f"{name} has no docstring"

    def test_unknown_attribute(self):
        with pytest.raises(AttributeError, match="no attribute 'nope'"):
            _ = rewardkit.nope  # type: ignore[attr-defined]

    def test_dir_lists_the_public_names(self):
        assert set(rewardkit.__all__) <= set(dir(rewardkit))

    def test_version_comes_from_metadata(self):
        assert rewardkit.__version__ == metadata.version("rewardkit")

    def test_import_is_lazy(self):
        code = (
            "import sys, rewardkit; "
            "print(sorted(m for m in sys.modules if m.startswith(('cattrs', 'rewardkit.'))))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert out.strip() == "[]"

    def test_testing_imports_in_a_fresh_interpreter(self):
        # hypothesis runs rewardkit's entry point while it is imported by rewardkit.testing
        code = "import rewardkit.testing as t; print(t.stories.__name__)"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert out.strip() == "stories"

    def test_from_type_builds_models(self):
        from hypothesis import given, settings
        from hypothesis import strategies as st

        seen: list[object] = []

        @settings(max_examples=5)
        @given(st.from_type(rewardkit.Narrator))
        def check(narrator: object) -> None:
            seen.append(narrator)

        check()
        assert seen
        assert all(isinstance(n, rewardkit.Narrator) for n in seen)

    def test_py_typed_is_shipped(self):
        assert (Path(rewardkit.__file__).parent / "py.typed").is_file()


class TestCommandLine:
    def test_version(self, capsys):
        from rewardkit.cli import main

        assert main(["--version"]) == 0
        assert capsys.readouterr().out.strip() == f"rewardkit {rewardkit.__version__}"

    def test_python_dash_m(self):
        out = subprocess.run(
            [sys.executable, "-m", "rewardkit", "--version"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert out.strip() == f"rewardkit {rewardkit.__version__}"

    def test_console_script_is_declared(self):
        (ep,) = [e for e in metadata.entry_points(group="console_scripts") if e.name == "rewardkit"]
        assert ep.value == "rewardkit.cli:main"
        assert importlib.import_module("rewardkit.cli").main is ep.load()

    def test_no_command_is_a_usage_error(self, capsys):
        from rewardkit.cli import main

        assert main([]) == 2
        assert "usage: rewardkit" in capsys.readouterr().err

    def test_bad_flag_is_a_usage_error(self, capsys):
        from rewardkit.cli import main

        assert main(["--nope"]) == 2
        assert "unrecognized arguments: --nope" in capsys.readouterr().err


ROOT = Path(__file__).parent.parent


class TestRunningTheTests:
    """The tests run as people run them: one file at a time, or the whole suite as CI does."""

    def test_one_test_file_passes_without_the_coverage_threshold(self):
        # A run of one file measures no coverage, so it cannot fail on the threshold.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE", "COVERAGE"))}
        env["HYPOTHESIS_PROFILE"] = "fast"
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_files.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stdout[-2000:]
        assert "Required test coverage" not in result.stdout

    def test_ci_runs_the_readmes_test_command_with_the_threshold(self):
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        blocks = re.findall(r"```console\n(.*?)```", readme, flags=re.DOTALL)
        [command] = [m for b in blocks for m in re.findall(r"\.venv/bin/(python -m pytest.*)", b)]
        assert "--cov-fail-under=95" in command
        assert "--cov-branch" in command
        ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
        assert f"\n{command}\n" in ci

    def test_testing_without_hypothesis_names_the_extra(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "hypothesis", None)
        monkeypatch.delitem(sys.modules, "rewardkit.testing", raising=False)
        with pytest.raises(ImportError, match=r"pip install 'rewardkit\[hypothesis\]'"):
            importlib.import_module("rewardkit.testing")
