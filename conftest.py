"""
Run the Python code blocks of the documentation and the README as tests.

Every ``python`` code block in ``docs/*.md`` and ``README.md`` runs under pytest, in order,
each file in a namespace of its own and with the repository root as the working directory, so
that relative paths such as ``examples/stories/ex-0001.json`` work. Blocks in other languages
(``console``, ``text``, ``json``) are not run; ``% skip: next`` skips one Python block.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).parent


def _enter_root(namespace: dict[str, Any]) -> None:
    namespace["__previous_cwd__"] = Path.cwd()
    os.chdir(ROOT)


def _leave_root(namespace: dict[str, Any]) -> None:
    os.chdir(namespace["__previous_cwd__"])


pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(), SkipParser()],
    patterns=["docs/*.md", "README.md"],
    setup=_enter_root,
    teardown=_leave_root,
).pytest()
