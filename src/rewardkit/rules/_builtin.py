"""The built-in rules, in reporting order (the two loading rules come first, from the registry)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._model import Rule

__all__ = ["builtin_rules"]


def builtin_rules() -> tuple[Rule, ...]:
    """Return rewardkit's own rules (all but ``json-invalid`` and ``schema``), in order."""
    from . import _phi, _publication, _story  # noqa: PLC0415 - rule modules load on first use

    return (*_story.RULES, *_publication.RULES, *_phi.RULES)
