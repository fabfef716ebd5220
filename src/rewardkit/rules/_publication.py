"""The rules of publication: a person reviews a story, and public posts are not quoted verbatim."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rewardkit.findings import REVIEW_REQUIRED, VERBATIM_PUBLISH, Problem, Severity
from rewardkit.story import DeidStatus, TextForm

from ._model import rule

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rewardkit.story import Story
    from rewardkit.typing import RuleContext

#: Platforms whose posts are public: a verbatim quote of one is found again by searching.
PUBLIC_PLATFORMS = frozenset({"reddit", "forum"})


@rule(
    REVIEW_REQUIRED,
    severity=Severity.INFO,
    profiles={"publish": Severity.ERROR},
    summary="A machine redacted the story (status 'redacted') and no person has reviewed it;"
    " an error under the 'publish' profile.",
)
def review_required(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report a story that a machine redacted and no person has reviewed yet."""
    if story.deidentification.status is not DeidStatus.REDACTED:
        return ()
    return _UNREVIEWED


_UNREVIEWED = (
    Problem(
        path=("deidentification", "status"),
        message="the story was redacted but no person has reviewed it (status 'redacted');"
        " detectors miss identifiers, so review it and set status 'reviewed' with"
        " reviewed_by and reviewed_at",
    ),
)


@rule(
    VERBATIM_PUBLISH,
    severity=Severity.WARNING,
    summary="Under the 'publish' profile only: the verbatim text of a public post, which a"
    " search for the quote finds again.",
)
def verbatim_publish(story: Story, context: RuleContext) -> Iterable[Problem]:
    """Report, under ``publish``, a verbatim quote of a public post."""
    source = story.source
    if source.text_form is not TextForm.VERBATIM or context.profile != "publish":
        return ()
    if source.url is None and source.platform not in PUBLIC_PLATFORMS:
        return ()
    return (
        Problem(
            path=("source", "text_form"),
            message="the text is a verbatim quote of a public post, which a search engine finds"
            " again; paraphrase it (text_form 'paraphrased') or record the author's consent in"
            " extensions",
        ),
    )


#: The rules of this module, in reporting order.
RULES = (review_required, verbatim_publish)
