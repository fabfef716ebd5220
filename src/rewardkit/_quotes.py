"""
Evidence by quote: find the span of a quote in a story's text.

Coders think in quotes, not offsets. :func:`quote_bounds` finds where a quote stands, for
:func:`rewardkit.evidence` and :meth:`rewardkit.ThemeAssignment.from_quotes`, and refuses a
quote that is not in the text or that appears more than once (unless told which occurrence is
meant), with a message that says how to fix the quote and shows no more of it than a short
excerpt.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from ._messages import shown
from .exceptions import QuoteError

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["quote_bounds", "quotes_bounds"]

#: At most this many characters of a quote appear in an error message.
_EXCERPT: Final = 40
#: At most this many offsets are listed for an ambiguous quote.
_LISTED: Final = 5

# Typographic quotation marks and apostrophes, and their plain forms.
_MARKS: Final = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACE: Final = re.compile(r"\s+")


def _starts(text: str, quote: str) -> list[int]:
    """Every offset where *quote* starts in *text*, overlapping occurrences included."""
    starts: list[int] = []
    i = text.find(quote)
    while i != -1:
        starts.append(i)
        i = text.find(quote, i + 1)
    return starts


def _near_miss(text: str, quote: str) -> str:
    """Say how *quote* differs from the text when it is there but for case, spacing or marks."""
    checks = (
        ("quotation marks or apostrophes", lambda s: s.translate(_MARKS)),
        ("spacing", lambda s: _SPACE.sub(" ", s)),
        ("letter case", str.casefold),
    )
    for what, fold in checks:
        if fold(quote) in fold(text):
            return f"; it is there with different {what}: copy the quote from the text exactly"
    combined = _SPACE.sub(" ", text.translate(_MARKS)).casefold()
    if _SPACE.sub(" ", quote.translate(_MARKS)).casefold() in combined:
        return (
            "; it is there with different letter case, spacing or quotation marks: copy the"
            " quote from the text exactly"
        )
    return ""


def _listed(starts: list[int]) -> str:
    shown_ = [str(s) for s in starts[:_LISTED]]
    if len(starts) > _LISTED:
        return ", ".join(shown_) + ", ..."
    return ", ".join(shown_[:-1]) + " and " + shown_[-1]


def quote_bounds(text: str, quote: str, *, occurrence: int | None = None) -> tuple[int, int]:
    """Return where *quote* stands in *text*, as :func:`rewardkit.evidence` describes."""
    excerpt = shown(quote, limit=_EXCERPT)
    if not quote.strip():
        msg = "the quote is empty; quote the words that support the theme"
        raise QuoteError(msg)
    if occurrence is not None and (isinstance(occurrence, bool) or occurrence < 1):
        msg = f"occurrence counts from 1 (the first), not {occurrence!r}"
        raise QuoteError(msg, quote=excerpt)
    starts = _starts(text, quote)
    if not starts:
        msg = f"the quote {excerpt} is not in the text{_near_miss(text, quote)}"
        raise QuoteError(msg, quote=excerpt)
    if occurrence is None and len(starts) > 1:
        msg = (
            f"the quote {excerpt} appears {len(starts)} times in the text (at offsets"
            f" {_listed(starts)}); quote more words to make it unique, or pass"
            f" occurrence=N (1 to {len(starts)}) to choose one"
        )
        raise QuoteError(msg, quote=excerpt, occurrences=starts)
    index = (occurrence or 1) - 1
    if index >= len(starts):
        times = "once" if len(starts) == 1 else f"{len(starts)} times"
        msg = f"the quote {excerpt} appears {times}; there is no occurrence {occurrence}"
        raise QuoteError(msg, quote=excerpt, occurrences=starts)
    start = starts[index]
    return start, start + len(quote)


def quotes_bounds(
    text: str, quotes: Iterable[str | tuple[str, int]]
) -> tuple[tuple[int, int], ...]:
    """
    Return where each quote stands (see :func:`rewardkit.evidence`), in the order given.

    Args:
        text: The story's text.
        quotes: Quotes, or ``(quote, occurrence)`` pairs for quotes that appear more than once.

    Returns:
        ``(start, end)`` of each quote.

    Raises:
        QuoteError: A quote cannot be placed; the message says which one (counting from 0).
    """
    if isinstance(quotes, str):
        msg = "quotes must be a list of quotes, not one string"
        raise QuoteError(msg)
    spans: list[tuple[int, int]] = []
    for i, item in enumerate(quotes):
        quote, occurrence = item if isinstance(item, tuple) else (item, None)
        try:
            spans.append(quote_bounds(text, quote, occurrence=occurrence))
        except QuoteError as e:
            msg = f"quotes[{i}]: {e}"
            raise QuoteError(msg, quote=e.quote, occurrences=e.occurrences) from None
    return tuple(spans)
