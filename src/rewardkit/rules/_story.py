"""The built-in rules that look at one story (and, for ``id-duplicate``, at the run so far)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from rewardkit._messages import shown
from rewardkit.findings import (
    CONTENT_WARNING,
    DEID_REQUIRED,
    ID_DUPLICATE,
    REDACTION_MISMATCH,
    REDACTION_OVERLAP,
    SPAN_BOUNDS,
    THEME_DEPRECATED,
    THEME_DUPLICATE,
    THEME_UNKNOWN,
    TIME_ORDER,
    Problem,
    Severity,
)
from rewardkit.story import ContentWarning, DeidStatus, RedactionOperator

from ._model import rule

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from rewardkit.story import Redaction, Story
    from rewardkit.typing import RuleContext, TaxonomyLike


# ---------------------------------------------------------------------------------------------
# Themes


@rule(
    THEME_UNKNOWN,
    severity=Severity.ERROR,
    summary="A theme assignment names a theme that the taxonomy in use does not have.",
)
def theme_unknown(story: Story, context: RuleContext) -> Iterable[Problem]:
    """Report each assigned theme id that the taxonomy lacks."""
    themes = story.themes
    if not themes:
        return ()
    # The ids found in the taxonomy so far this run: most stories name only those.
    state = context.state
    known: set[str] | None = state.get(THEME_UNKNOWN)
    if known is None:
        known = state[THEME_UNKNOWN] = set()
    for assignment in themes:
        if assignment.theme not in known:
            break
    else:
        return ()
    taxonomy = context.taxonomy
    problems = []
    suggest = getattr(taxonomy, "suggest", None)  # optional in TaxonomyLike
    for i, assignment in enumerate(themes):
        if assignment.theme in known:
            continue
        if assignment.theme in taxonomy:
            known.add(assignment.theme)
            continue
        close = suggest(assignment.theme, limit=1) if callable(suggest) else ()
        hint = f"; did you mean {shown(close[0])}?" if close else ""
        problems.append(
            Problem(
                path=("themes", i, "theme"),
                message=f"the theme {shown(assignment.theme)} is not in the taxonomy in use" + hint,
            )
        )
    return problems


@rule(
    THEME_DEPRECATED,
    severity=Severity.WARNING,
    summary="A theme assignment names a deprecated theme; the message names its replacement.",
)
def theme_deprecated(story: Story, context: RuleContext) -> Iterable[Problem]:
    """Report each assigned theme that is deprecated, naming the one to use instead."""
    themes = story.themes
    if not themes:
        return ()
    # The ids looked up so far this run, with the message each deserves (None: current).
    seen: dict[str, str | None] = context.state.setdefault(THEME_DEPRECATED, {})
    problems = []
    for i, assignment in enumerate(themes):
        theme_id = assignment.theme
        try:
            message = seen[theme_id]
        except KeyError:
            message = _deprecation(theme_id, context.taxonomy)
            if theme_id in context.taxonomy:  # only the taxonomy's ids: the cache stays small
                seen[theme_id] = message
        if message is not None:
            problems.append(Problem(path=("themes", i, "theme"), message=message))
    return problems


def _deprecation(theme_id: str, taxonomy: TaxonomyLike) -> str | None:
    """Say that *theme_id* is deprecated and what replaces it; ``None`` if it is not."""
    theme = taxonomy.get(theme_id)
    if theme is None or not theme.deprecated:
        return None
    instead = f"; use {shown(theme.replaced_by)} instead" if theme.replaced_by is not None else ""
    return f"the theme {shown(theme_id)} is deprecated{instead}"


@rule(
    THEME_DUPLICATE,
    severity=Severity.ERROR,
    summary="The same theme is assigned twice by one coder, or twice with no coder.",
)
def theme_duplicate(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report every assignment that repeats an earlier (theme, coder) pair."""
    themes = story.themes
    if len(themes) < 2:
        return ()
    if len({(a.theme, a.coder) for a in themes}) == len(themes):
        return ()
    problems = []
    first: dict[tuple[str, str | None], int] = {}
    for i, assignment in enumerate(themes):
        key = (assignment.theme, assignment.coder)
        j = first.setdefault(key, i)
        if j != i:
            by = "by the same coder" if assignment.coder is not None else "with no coder"
            problems.append(
                Problem(
                    path=("themes", i, "theme"),
                    message=f"the theme {shown(assignment.theme)} is already assigned {by}"
                    f" at /themes/{j}",
                )
            )
    return problems


# ---------------------------------------------------------------------------------------------
# Spans and redactions


def _redaction_in_bounds(r: Redaction, length: int) -> bool:
    return r.start <= r.end <= length


@rule(
    SPAN_BOUNDS,
    severity=Severity.ERROR,
    summary="An evidence span or a redaction lies outside the text, or is reversed"
    " (evidence must also be non-empty).",
)
def span_bounds(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report evidence spans and redactions that do not fit the text."""
    length = len(story.text)
    for assignment in story.themes:
        for span in assignment.evidence:
            if not span.start < span.end <= length:
                return list(_span_problems(story, length))
    for r in story.deidentification.redactions:
        if not r.start <= r.end <= length:
            return list(_span_problems(story, length))
    return ()


def _span_problems(story: Story, length: int) -> Iterator[Problem]:
    spans: list[tuple[tuple[str | int, ...], int, int, bool]] = [
        (("themes", i, "evidence", k), span.start, span.end, True)
        for i, assignment in enumerate(story.themes)
        for k, span in enumerate(assignment.evidence)
    ]
    spans.extend(
        (("deidentification", "redactions", i), r.start, r.end, False)
        for i, r in enumerate(story.deidentification.redactions)
    )
    for path, start, end, evidence in spans:
        if start > end or (evidence and start == end):
            what = "empty" if start == end else "reversed"
            yield Problem(
                path=path,
                message=f"the span is {what} (start {start}, end {end});"
                + (
                    " evidence needs start < end" if evidence else " a redaction needs start <= end"
                ),
            )
        elif end > length:
            yield Problem(
                path=(*path, "end"),
                message=f"the end, {end}, is past the end of the text ({length} code points)",
            )


@rule(
    REDACTION_MISMATCH,
    severity=Severity.ERROR,
    summary="A redaction's replacement is not the text that stands at its span.",
)
def redaction_mismatch(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report redactions whose replacement differs from ``text[start:end]``."""
    redactions = story.deidentification.redactions
    if not redactions:
        return ()
    text = story.text
    for r in redactions:
        if text[r.start : r.end] != r.replacement or (r.operator is _REMOVE and r.start != r.end):
            return list(_mismatches(story))
    return ()


_REMOVE = RedactionOperator.REMOVE


def _mismatches(story: Story) -> Iterator[Problem]:
    text = story.text
    for i, r in enumerate(story.deidentification.redactions):
        if not _redaction_in_bounds(r, len(text)):
            continue  # span-bounds reports it
        if r.operator is RedactionOperator.REMOVE and r.start != r.end:
            yield Problem(
                path=("deidentification", "redactions", i),
                message=f"a 'remove' redaction must be zero-width, but spans {r.start}-{r.end}",
            )
        elif text[r.start : r.end] != r.replacement:
            yield Problem(
                path=("deidentification", "redactions", i, "replacement"),
                message=f"the replacement ({len(r.replacement)} code points) is not the text"
                f" at {r.start}-{r.end}",
            )


def _overlap(a: Redaction, b: Redaction) -> bool:
    """Tell whether two redactions overlap; *a* starts no later than *b*."""
    if (a.start, a.end) == (b.start, b.end):
        return True  # the same span listed twice
    if a.start == a.end:  # a zero-width redaction at p overlaps only [s, e) with s < p < e
        return False  # b starts at or after p, so p is not strictly inside b
    if b.start == b.end:
        return a.start < b.start < a.end
    return b.start < a.end


@rule(
    REDACTION_OVERLAP,
    severity=Severity.ERROR,
    summary="Two redactions overlap, or one redaction is listed twice.",
)
def redaction_overlap(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report the later of each pair of overlapping redactions."""
    redactions = story.deidentification.redactions
    if len(redactions) < 2:
        return ()
    # Listed in text order, each starting after the one before and not before its end: then
    # no two can overlap (the common case, which needs no sorting).
    last_start, last_end = -1, 0
    for r in redactions:
        if r.start <= last_start or r.start < last_end:
            return list(_overlaps(redactions))
        last_start, last_end = r.start, r.end
    return ()


def _overlaps(redactions: tuple[Redaction, ...]) -> Iterator[Problem]:
    order = sorted(range(len(redactions)), key=lambda i: (redactions[i].start, redactions[i].end))
    pairs: list[tuple[int, int]] = []
    for n, i in enumerate(order):
        a = redactions[i]
        for j in order[n + 1 :]:
            b = redactions[j]
            if b.start >= a.end and b.start != a.start:
                break  # sorted by start: no later redaction can overlap a
            if _overlap(a, b):
                pairs.append((min(i, j), max(i, j)))
    for first, later in sorted(pairs, key=lambda p: (p[1], p[0])):
        r = redactions[first]
        yield Problem(
            path=("deidentification", "redactions", later),
            message=f"overlaps the redaction at /deidentification/redactions/{first}"
            f" ({r.start}-{r.end})",
        )


# ---------------------------------------------------------------------------------------------
# Time, identity, de-identification, content


_FUTURE = timedelta(days=1)


@rule(
    TIME_ORDER,
    severity=Severity.ERROR,
    summary="Timestamps out of order (posted after retrieved, reviewed before retrieved),"
    " or more than a day ahead of the clock.",
)
def time_order(story: Story, context: RuleContext) -> Iterable[Problem]:
    """Report timestamps in an impossible order, or in the future."""
    source, deid = story.source, story.deidentification
    posted, retrieved, reviewed = source.posted_at, source.retrieved_at, deid.reviewed_at
    if posted is None and retrieved is None and reviewed is None:
        return ()
    limit = context.now + _FUTURE
    posted_ok = posted is None or (posted <= limit and (retrieved is None or posted <= retrieved))
    reviewed_ok = reviewed is None or (
        reviewed <= limit and (retrieved is None or reviewed >= retrieved)
    )
    if posted_ok and reviewed_ok and (retrieved is None or retrieved <= limit):
        return ()
    return list(_time_problems(story, limit))


def _time_problems(story: Story, limit: datetime) -> Iterator[Problem]:
    source, deid = story.source, story.deidentification
    stamps: list[tuple[tuple[str, str], datetime | None]] = [
        (("source", "posted_at"), source.posted_at),
        (("source", "retrieved_at"), source.retrieved_at),
        (("deidentification", "reviewed_at"), deid.reviewed_at),
    ]
    if source.posted_at and source.retrieved_at and source.posted_at > source.retrieved_at:
        yield Problem(path=("source", "posted_at"), message="is later than source.retrieved_at")
    if deid.reviewed_at and source.retrieved_at and deid.reviewed_at < source.retrieved_at:
        yield Problem(
            path=("deidentification", "reviewed_at"),
            message="is earlier than source.retrieved_at: a story is reviewed after it is"
            " retrieved",
        )
    for path, stamp in stamps:
        if stamp is not None and stamp > limit:
            yield Problem(path=path, message="is more than a day ahead of the current time")


@rule(
    ID_DUPLICATE,
    severity=Severity.ERROR,
    summary="A story id is used again, in one collection or across the files of one run.",
)
def id_duplicate(story: Story, context: RuleContext) -> Iterable[Problem]:
    """Report a story whose id an earlier story of the run already has."""
    seen: dict[str, str] = context.state.setdefault(ID_DUPLICATE, {})
    first = seen.get(story.id)
    if first is None:
        seen[story.id] = context.location
        return ()
    where = f" ({first})" if first else ""
    return (Problem(path=("id",), message=f"the id is already used by an earlier story{where}"),)


@rule(
    DEID_REQUIRED,
    severity=Severity.WARNING,
    profiles={"publish": Severity.ERROR},
    summary="The story has not been de-identified (status 'raw'); an error under the"
    " 'publish' profile.",
)
def deid_required(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report a story whose de-identification status is ``raw``."""
    if story.deidentification.status is not DeidStatus.RAW:
        return ()
    return _NOT_DEIDENTIFIED


_NOT_DEIDENTIFIED = (
    Problem(
        path=("deidentification", "status"),
        message="the story has not been de-identified (status 'raw')",
    ),
)


# Mentions that call for a content warning: the warning's name, the warnings that cover it,
# a pattern, and the words without which the pattern cannot match. "Substance abuse" is
# substance use, not abuse.
#
# The words are a cheap test first: a text that holds (case aside) none of the word sets
# cannot match the pattern, which is then not run. Each set lists ASCII words (in lowercase)
# that every match of one branch of the pattern contains, the rarest first.
_MENTIONS: tuple[
    tuple[str, frozenset[ContentWarning], re.Pattern[str], tuple[tuple[str, ...], ...]], ...
] = (
    (
        "suicide",
        frozenset({ContentWarning.SUICIDE}),
        re.compile(
            r"\bsuicid"
            r"|\bkill(?:s|ed|ing)? (?:him|her|them|my|your|our|one)sel(?:f|ves)\b"
            r"|\b(?:take|takes|took|taking|end|ends|ended|ending) (?:his|her|their|my|your)"
            r" (?:own )?life\b",
            re.IGNORECASE,
        ),
        (("suicid",), ("kill", "sel"), ("life",)),
    ),
    (
        "self-harm",
        frozenset({ContentWarning.SELF_HARM}),
        re.compile(
            r"\bself[- ]?(?:harm|injur)"
            r"|\b(?:cut|cuts|cutting|burn|burns|burned|burning)"
            r" (?:him|her|them|my|your)sel(?:f|ves)\b",
            re.IGNORECASE,
        ),
        (("sel", "harm"), ("sel", "injur"), ("sel", "cut"), ("sel", "burn")),
    ),
    (
        "abuse",
        frozenset({ContentWarning.ABUSE, ContentWarning.SEXUAL_VIOLENCE}),
        re.compile(
            r"(?<!substance )(?<!substance-)(?<!drug )(?<!alcohol )"
            r"\babus(?:e|es|ed|er|ers|ing|ive)\b",
            re.IGNORECASE,
        ),
        (("abus",),),
    ),
)

# The characters besides ASCII letters that a pattern's ASCII letters match when case is
# ignored (dotted and dotless i, long s, the Kelvin sign). A text that holds one is searched
# with the patterns alone: the word test, on the text lowercased, would not see them.
_FOLD_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_mention(text: str) -> Callable[[tuple[tuple[str, ...], ...]], bool]:
    """
    Return the word test for *text*: whether it holds (case aside) every word of one set.

    Each word is looked for once per text, however many sets name it.
    """
    if not text.isascii() and any(c in text for c in _FOLD_TO_ASCII):
        return _always
    lowered = text.lower()
    held: dict[str, bool] = {}

    def test(needed: tuple[tuple[str, ...], ...]) -> bool:
        for words in needed:
            for word in words:
                found = held.get(word)
                if found is None:
                    found = held[word] = word in lowered
                if not found:
                    break
            else:
                return True
        return False

    return test


def _always(_needed: tuple[tuple[str, ...], ...]) -> bool:
    return True


@rule(
    CONTENT_WARNING,
    severity=Severity.WARNING,
    summary="The text mentions suicide, self-harm or abuse without the matching content warning.",
)
def content_warning(story: Story, _context: RuleContext) -> Iterable[Problem]:
    """Report each sensitive subject the text mentions without its content warning."""
    have = story.content_warnings
    text = story.text
    may_mention: Callable[[tuple[tuple[str, ...], ...]], bool] | None = None
    problems: list[Problem] = []
    for name, covering, pattern, needed in _MENTIONS:
        if not covering.isdisjoint(have):
            continue
        if may_mention is None:
            may_mention = _may_mention(text)
        if not may_mention(needed):
            continue
        m = pattern.search(text)
        if m is not None:
            problems.append(
                Problem(
                    path=("content_warnings",),
                    message=f"the text mentions {name} (at {m.start()}-{m.end()})"
                    f" but the content warnings lack {name!r}",
                )
            )
    return problems


#: The rules of this module, in reporting order.
RULES = (
    theme_unknown,
    theme_deprecated,
    theme_duplicate,
    span_bounds,
    redaction_mismatch,
    redaction_overlap,
    time_order,
    id_duplicate,
    deid_required,
    content_warning,
)
