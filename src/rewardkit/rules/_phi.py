"""
The de-identification rules that read a story's text.

``phi-residual``: a story marked de-identified whose text still has identifiers.
``phi-unchecked``: a story whose language the name rules are not made for, so that
``phi-residual`` finding nothing says little.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from rewardkit._messages import shown
from rewardkit.findings import (
    PHI_RESIDUAL,
    PHI_UNCHECKED,
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
    " detectors find, in its title or outside the recorded redactions of its text.",
)
def phi_residual(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report each identifier the detectors still find in a de-identified story."""
    if story.deidentification.status is DeidStatus.RAW:
        return ()
    from rewardkit.deid import residual_detections  # noqa: PLC0415 - the engine loads lazily

    # The category and the span, never the identifier itself.
    fields: tuple[Literal["text", "title"], ...] = ("title", "text") if story.title else ("text",)
    return [
        Problem(
            path=(field,),
            message=f"a {d.category.value} identifier is left at {d.start}-{d.end} "
            f"(detector {d.detector}: {d.reason})",
        )
        for field in fields
        for d in residual_detections(story, field=field)
    ]


@rule(
    PHI_UNCHECKED,
    severity=Severity.INFO,
    summary="The detectors cannot vouch for the text: its language is not English, so names,"
    " places and organisations were looked for only after titles.",
)
def phi_unchecked(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Say so when the story's language (given, or read from its text) is not English."""
    from rewardkit.deid import unsupported_language  # noqa: PLC0415 - the engine loads lazily

    language = unsupported_language(story.text, story.language)
    if language is None:
        return ()
    said = (
        f"the story's language is {shown(language)}"
        if story.language is not None
        else "the text reads as another language than English"
        + ("" if language == "und" else f" ({language})")
    )
    return (
        Problem(
            path=("language",) if story.language is not None else ("text",),
            message=f"{said}: the name rules are English, so names, places and organisations"
            " were looked for only after titles; a person must check the text for them",
        ),
    )


RULES = (phi_residual, phi_unchecked)
