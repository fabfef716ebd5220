"""
Protocols and aliases for what extenders of rewardkit implement.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .deid import Detection

__all__ = ["Detector"]


@runtime_checkable
class Detector(Protocol):
    """
    Find identifiers in a text.

    A detector has a unique ``name`` (lowercase, kebab-case by convention) and a ``detect``
    method that returns a :class:`~rewardkit.deid.Detection` for each identifier it finds. It
    must be deterministic, must not keep the text, and must put only a description of *why*
    in ``reason``, never the matched text.

    .. versionadded:: 0.1.0
    """

    @property
    def name(self) -> str:
        """Return the detector's unique name."""
        ...

    def detect(self, text: str) -> Iterable[Detection]:
        """
        Find identifiers in *text*.

        Args:
            text: The text to scan.

        Returns:
            The detections, in any order; spans are code-point offsets into *text*.
        """
        ...
