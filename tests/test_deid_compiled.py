"""
The compiled build finds exactly what the pure-Python source finds.

The released wheels compile the name, place and organisation rules, the word layer and the
learned detector with mypyc (``[tool.hatch.build.targets.wheel.hooks.mypyc]`` in ``pyproject.toml``). Compiled code
checks its annotations at run time and may not do all that Python does (``object.__new__`` of
a compiled class fails), so the compiled engine is held to the source's detections, one by
one, on every labelled set and on the adversarial texts of the benchmark. These tests run
where the compiled build is installed (CI installs it apart; so does the wheel build's test
command); the pure-Python install skips them.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from _helpers import load_script
from rewardkit.deid import scan
from rewardkit.deid.evaluate import load_labelled

ROOT = Path(__file__).parents[1]
COMPILED = (
    "_learned",
    "_names",
    "_organizations",
    "_places",
    "_prepared",
    "_propagate",
    "_run",
    "_words",
)


def _is_compiled(name: str) -> bool:
    module = importlib.import_module(f"rewardkit.deid.{name}")
    return Path(module.__file__ or "").suffix in {".so", ".pyd"}


needs_compiled = pytest.mark.skipif(
    not _is_compiled("_names"),
    reason="needs the compiled build (a wheel built with HATCH_BUILD_HOOKS_ENABLE=1)",
)


def test_the_build_hook_compiles_these_modules():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    assert hook["enable-by-default"] is False  # an install from source stays pure Python
    assert sorted(hook["include"]) == [f"src/rewardkit/deid/{name}.py" for name in COMPILED]


@needs_compiled
def test_every_module_named_is_compiled():
    assert [name for name in COMPILED if not _is_compiled(name)] == []


def _benchmark():
    return load_script(ROOT / "benchmarks" / "deid_throughput.py", "deid_throughput")


def test_the_benchmark_says_which_build_it_measures():
    said = _benchmark().engine_build()
    assert said.startswith("compiled" if _is_compiled("_names") else "pure Python")


def _texts() -> list[str]:
    texts = [
        post.text
        for path in sorted((ROOT / "tests" / "deid_eval").glob("posts*.jsonl"))
        for post in load_labelled(path)
    ]
    return texts + list(_benchmark().adversarial_texts(20_000).values())


_DUMP = """
import json, sys
from rewardkit.deid import _names, scan
assert _names.__file__.endswith(".py"), _names.__file__
texts = json.load(sys.stdin)
json.dump([[[d.start, d.end, d.category.value, d.score, d.detector, d.reason] for d in scan(t)]
           for t in texts], sys.stdout)
"""


def _found(texts: list[str]) -> list[list[list[object]]]:
    return [
        [[d.start, d.end, d.category.value, d.score, d.detector, d.reason] for d in scan(t)]
        for t in texts
    ]


@needs_compiled
def test_the_compiled_build_finds_what_the_source_finds(tmp_path):
    # The source alone: a build leaves its compiled modules beside the sources.
    shutil.copytree(
        ROOT / "src" / "rewardkit",
        tmp_path / "rewardkit",
        ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"),
    )
    texts = _texts()
    pure = subprocess.run(
        [sys.executable, "-c", _DUMP],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    expected = json.loads(pure.stdout)
    found = json.loads(json.dumps(_found(texts)))
    assert len(found) == len(expected) == len(texts)
    differ = [k for k, (a, b) in enumerate(zip(found, expected, strict=True)) if a != b]
    assert differ == [], f"{len(differ)} texts differ, the first at index {differ[:1]}"
