"""The ``phi-residual`` rule: a story marked de-identified whose text still has identifiers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rewardkit.findings import (
    PHI_RESIDUAL,
    Problem,
    Severity,
)
from rewardkit.story import DeidStatus

from ._model import rule

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rewardkit.story import Story
    from rewardkit.typing import RuleContext


@rule(
    PHI_RESIDUAL,
    severity=Severity.ERROR,
    summary="A story marked 'redacted' or 'reviewed' still has identifiers that the"
    " detectors find, outside its recorded redactions.",
)
def phi_residual(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report each identifier the detectors still find in a de-identified story's text."""
    if story.deidentification.status is DeidStatus.RAW:
        return ()
    from rewardkit.deid import residual_detections  # noqa: PLC0415 - the engine loads lazily

    # The category and the span, never the identifier itself.
    return [
        Problem(
            path=("text",),
            message=f"a {d.category.value} identifier is left at {d.start}-{d.end} "
            f"(detector {d.detector}: {d.reason})",
        )
        for d in residual_detections(story)
    ]


RULES = (phi_residual,)
