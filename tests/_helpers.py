"""Test doubles that several test modules share."""

from __future__ import annotations

import json
from pathlib import Path

import attrs

CORPUS = Path(__file__).parent / "corpus"


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
