"""The detection record and the helpers that show identifiers without leaking them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from rewardkit.story import PhiCategory

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Detection", "Detector", "mask_identifier", "trusted_detection"]


def _check_span(inst: Detection, attr: attrs.Attribute[int], value: int) -> None:
    if value < inst.start:
        msg = f"{attr.name} must not be smaller than start"
        raise ValueError(msg)


@attrs.frozen(kw_only=True, order=False)
class Detection:
    """
    One identifier found in a text.

    A detection holds where the identifier is, never the identifier itself, so its ``repr``
    is safe to log.

    Attributes:
        start: Start of the identifier, a code-point offset into the scanned text.
        end: End of the identifier (half-open).
        category: What kind of identifier it is.
        score: How sure the detector is, from 0 to 1.
        detector: The name of the detector that found it.
        reason: Why it was flagged (a pattern name, a cue word), never the matched text.

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_span])
    category: PhiCategory = attrs.field(validator=attrs.validators.instance_of(PhiCategory))
    score: float = attrs.field(
        validator=[
            attrs.validators.instance_of(float),
            attrs.validators.ge(0.0),
            attrs.validators.le(1.0),
        ]
    )
    detector: str = attrs.field(validator=attrs.validators.instance_of(str))
    reason: str = attrs.field(default="", validator=attrs.validators.instance_of(str))

    def overlaps(self, start: int, end: int) -> bool:
        """
        Tell whether this detection shares a code point with ``[start, end)``.

        Args:
            start: Start of the other span.
            end: End of the other span.

        Returns:
            ``True`` when the two spans overlap.

        .. versionadded:: 0.1.0
        """
        return self.start < end and start < self.end


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


@runtime_checkable
class Detector(Protocol):
    """
    What a detector is: a unique ``name`` and a ``detect`` method.

    ``detect`` returns a :class:`Detection` for each identifier it finds. A detector must be
    deterministic, must not keep the text, and must put only a description of *why* in
    ``reason``, never the matched text. Register one with
    :meth:`DetectorRegistry.register <rewardkit.deid.DetectorRegistry.register>` or through
    the ``rewardkit.detectors`` entry-point group.

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
