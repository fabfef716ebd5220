"""
Types for those who extend rewardkit: what a rule, a detector and a taxonomy look like to it.

Everything here is a :class:`~typing.Protocol` or an alias, so that a downstream package can
type its own rules, detectors and taxonomies without importing rewardkit's implementation.
The module is a leaf of the package: at run time it imports nothing from rewardkit, and for
type checking only the models (``rewardkit.story``) and the findings (``rewardkit.findings``),
which import nothing above them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from datetime import datetime

    from .findings import Problem
    from .story import Detection, Story

__all__ = [
    "Detector",
    "RuleCheck",
    "RuleContext",
    "TaxonomyLike",
    "ThemeLike",
]


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


class RuleContext(Protocol):
    """
    What a rule's check may know besides the story, for one run of validation.

    rewardkit passes an object with these attributes to every check; a rule only reads them
    (and keeps its own data in :attr:`state`).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       A :class:`~typing.Protocol`: rules receive the context, they never build one.
    """

    @property
    def profile(self) -> str:
        """The profile in use (``default``, ``publish``)."""

    @property
    def now(self) -> datetime:
        """The validating machine's clock, as an aware datetime, fixed for the run."""

    @property
    def location(self) -> str:
        """How to name the current story in a message about another (``stories.jsonl:3``)."""

    @property
    def state(self) -> dict[str, Any]:
        """A dict shared by every story of the run; keep your rule's data under its name."""

    @property
    def taxonomy(self) -> TaxonomyLike:
        """The taxonomy in use; the core one (with installed extensions) unless given."""


#: The signature of a rule's check. It is called once per story with the run's context and
#: yields a :class:`~rewardkit.Problem` for each thing wrong, with a path relative to the
#: story. It must not raise for any story that loaded.
RuleCheck = Callable[["Story", RuleContext], Iterable["Problem"]]


@runtime_checkable
class Detector(Protocol):
    """
    What a detector is: a unique ``name`` and a ``detect`` method.

    ``detect`` returns a :class:`~rewardkit.deid.Detection` for each identifier it finds. A
    detector must be deterministic, must not keep the text, must run in time linear in the
    text's length, and must put only a description of *why* in ``reason``, never the matched
    text. Register one with :meth:`rewardkit.deid.DetectorRegistry.register` or through the
    ``rewardkit.detectors`` entry-point group.

    .. versionadded:: 0.1.0
    """

    @property
    def name(self) -> str:
        """The detector's unique name (lowercase, kebab-case by convention)."""
        ...

    def detect(self, text: str, /) -> Iterable[Detection]:
        """
        Find identifiers in *text*.

        Args:
            text: The text to scan.

        Returns:
            The detections, in any order; spans are code-point offsets into *text*.
        """
        ...
