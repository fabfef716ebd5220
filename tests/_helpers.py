"""Test doubles and loaders that several test modules share."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import attrs

CORPUS = Path(__file__).parent / "corpus"
ROOT = Path(__file__).resolve().parent.parent


def load_script(path: Path, name: str, *, register: bool = False) -> ModuleType:
    """
    Import a script that is no module of the package (a benchmark, a maintainer's script).

    *register* puts the module in ``sys.modules`` under *name* before running it: a script
    whose functions are pickled to worker processes, or whose classes attrs resolves by
    module, needs it.
    """
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@attrs.frozen
class FakeTheme:
    deprecated: bool = False
    replaced_by: str | None = None


class FakeTaxonomy:
    """The core theme ids of SPEC section 3, plus one deprecated theme."""

    def __init__(self) -> None:
        data = json.loads((CORPUS / "taxonomy.json").read_text())
        self.themes = {t: FakeTheme() for t in data["themes"]}
        self.themes.update({t: FakeTheme(True, r) for t, r in data["deprecated"].items()})

    def __contains__(self, theme_id: object) -> bool:
        return theme_id in self.themes

    def get(self, theme_id: str) -> FakeTheme | None:
        return self.themes.get(theme_id)
