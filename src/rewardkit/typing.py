"""
Types for those who extend rewardkit: what a validation rule and a taxonomy look like to it.

Everything here is a :class:`~typing.Protocol` or an alias, so that a downstream package can
type its own rules and taxonomies without importing rewardkit's implementation.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .rules import Problem, RuleContext
    from .story import Story

__all__ = ["RuleCheck", "TaxonomyLike", "ThemeLike"]


@runtime_checkable
class ThemeLike(Protocol):
    """
    What the theme rules read from a theme: whether it is deprecated, and its replacement.

    :class:`rewardkit.Theme` is one.

    .. versionadded:: 0.1.0
    """

    @property
    def deprecated(self) -> bool:
        """Whether the theme should no longer be assigned."""

    @property
    def replaced_by(self) -> str | None:
        """The theme to assign instead of a deprecated one."""


@runtime_checkable
class TaxonomyLike(Protocol):
    """
    What the theme rules need from a taxonomy: membership and lookup by id.

    :class:`rewardkit.Taxonomy` is one; so is any object with these two methods, which is
    handy in tests.

    .. versionadded:: 0.1.0
    """

    def __contains__(self, theme_id: object, /) -> bool:
        """Tell whether *theme_id* names a theme of the taxonomy."""

    def get(self, theme_id: str, /) -> ThemeLike | None:
        """Return the theme *theme_id*, or ``None`` if there is none."""


#: The signature of a rule's check. It is called once per story with the run's context and
#: yields a :class:`~rewardkit.Problem` for each thing wrong, with a path relative to the
#: story. It must not raise for any story that loaded.
RuleCheck = Callable[["Story", "RuleContext"], Iterable["Problem"]]
