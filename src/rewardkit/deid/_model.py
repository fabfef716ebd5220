"""The detection record and the helpers that show identifiers without leaking them."""

from __future__ import annotations

from rewardkit.story import Detection, PhiCategory
from rewardkit.typing import Detector

__all__ = ["Detection", "Detector", "mask_identifier", "trusted_detection"]


_new = object.__new__
_set = object.__setattr__


def trusted_detection(  # noqa: PLR0913, PLR0917 - one argument per field
    start: int,
    end: int,
    category: PhiCategory,
    score: float,
    detector: str,
    reason: str,
) -> Detection:
    """
    Build a detection without checking its fields, for the built-in detectors.

    They make detections from spans they know to lie in the text and from constant scores,
    categories and names, often many per text; checking each field again costs more than
    finding the identifier. Everything else builds a :class:`Detection`, which checks.
    """
    d = _new(Detection)
    _set(d, "start", start)
    _set(d, "end", end)
    _set(d, "category", category)
    _set(d, "score", score)
    _set(d, "detector", detector)
    _set(d, "reason", reason)
    return d


def mask_identifier(value: str, *, keep: int = 1, mask: str = "*") -> str:
    """
    Show an identifier with all but its first character masked, for display in a report.

    Values of three characters or fewer are masked entirely, so that a short identifier (an
    initial, a two-digit day) is never shown.

    >>> mask_identifier("Sarah")
    'S****'
    >>> mask_identifier("Al")
    '**'

    Args:
        value: The identifier.
        keep: How many leading characters to show (at most).
        mask: The mask character.

    Returns:
        A string of the same length as *value*.

    .. versionadded:: 0.1.0
    """
    if len(value) <= 3:
        return mask * len(value)
    keep = max(0, min(keep, len(value) // 4))
    return value[:keep] + mask * (len(value) - keep)
