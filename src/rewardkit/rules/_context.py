"""The context of one validation run, as every rule's check receives it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import attrs

from rewardkit.typing import TaxonomyLike

__all__ = ["RunContext"]


@attrs.define
class _Lazy:
    """Holds the taxonomy of a run, made by *load* when first asked for."""

    value: TaxonomyLike | None
    load: Callable[[], TaxonomyLike]

    def get(self) -> TaxonomyLike:
        if self.value is None:
            self.value = self.load()
        return self.value


@attrs.frozen(kw_only=True)
class RunContext:
    """
    The :class:`~rewardkit.RuleContext` of one run (one per story, sharing state and taxonomy).

    Attributes:
        profile: The profile in use.
        now: The validating machine's clock, as an aware datetime, fixed for the run.
        location: How to name the current story in a message about another story
            (``stories.jsonl:3``, ``a.json /stories/2``).
        state: A dict shared by every story of the run, for rules that compare stories.
    """

    profile: str
    now: datetime
    location: str = ""
    state: dict[str, Any] = attrs.field(factory=dict, repr=False)
    lazy_taxonomy: _Lazy = attrs.field(repr=False, eq=False)

    @property
    def taxonomy(self) -> TaxonomyLike:
        """The taxonomy in use, loaded on first use when none was given."""
        return self.lazy_taxonomy.get()

    def at(self, location: str) -> RunContext:
        """Return the context for the story at *location*, sharing state and taxonomy."""
        return attrs.evolve(self, location=location)


def lazy_taxonomy(taxonomy: TaxonomyLike | None, load: Callable[[], TaxonomyLike]) -> _Lazy:
    """Hold *taxonomy*, or call *load* for one when it is first needed."""
    return _Lazy(taxonomy, load)
