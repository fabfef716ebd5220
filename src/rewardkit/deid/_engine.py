"""
The engine: pattern rules and their pre-filters, :func:`scan`, and merging detections.

A *pattern detector* is a list of :class:`Rule` objects; a rule is a regular expression, the
category it finds, a score, a short reason and an optional check that can veto a match (a
checksum, a range, the words around it). Most rules never run on a given text: a rule runs
only when its cheap pre-filter (``keywords`` that must occur in the lowercased text, a
``trigger`` pattern that must occur somewhere) passes, and an ``anchored`` rule tries its
pattern only just before each hit of a cheap anchor. Pre-filters are shared between the
rules of every pattern detector, so a trigger used by several rules is searched once per
text.

Every pattern must run in time linear in the text's length. Python's regular expressions
backtrack, so a pattern is written so that each start position does a bounded amount of work
(its repetitions are bounded) or so that it can start only at the beginning of a run of the
characters it repeats (a look-behind excludes starts inside the run) and then does no more
than a bounded amount of work per character of the run. ``tests/test_deid_linear.py`` holds
every detector to that on adversarial inputs.

The families of detectors are modules of this package (``_contact``, ``_numbers``,
``_dates``, ``_places``, ``_names``, ``_organizations``); :mod:`._registry` loads them.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from rewardkit.story import PhiCategory

from ._model import Detection, Detector, trusted_detection
from ._propagate import every_occurrence
from ._registry import DetectorError, registry

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "LazyPattern",
    "PatternDetector",
    "Rule",
    "Spans",
    "after",
    "before",
    "digits",
    "initials",
    "lazy",
    "merge_detections",
    "scan",
    "triggered",
]

Check = Callable[[re.Match[str], str], bool]


class LazyPattern:
    """
    A regular expression compiled on first use.

    Most rules run only when their trigger is found, so most of their patterns are never
    compiled in a short run (one ``rewardkit validate`` of one file). The source may be a
    function that builds it (from a word list that is itself read on first use).
    """

    __slots__ = ("_compiled", "_source", "flags")

    def __init__(self, source: str | Callable[[], str], flags: int = 0) -> None:
        self._source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def source(self) -> str:
        """Return the pattern's source."""
        source = self._source
        return source if isinstance(source, str) else source()

    @property
    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled


def lazy(source: str | Callable[[], str], flags: int = 0) -> LazyPattern:
    """Return a :class:`LazyPattern` of *source*."""
    return LazyPattern(source, flags)


def _char_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _keywords(value: Iterable[str]) -> tuple[str, ...]:
    """Keep the keywords that hold no other (a text holding one holds the other too)."""
    words = tuple(dict.fromkeys(value))
    return tuple(w for w in words if not any(k != w and k in w for k in words))


@attrs.frozen(kw_only=True)
class Rule:
    """
    One pattern of a :class:`PatternDetector`.

    Attributes:
        category: The category of what the pattern finds.
        pattern: The compiled pattern; the span is that of group ``id`` when the pattern has
            one, else of the whole match.
        score: The score of a match.
        reason: Why a match is an identifier (shown to reviewers).
        check: An optional veto: a match is kept only when ``check(match, text)`` is true.
        category_of: An optional function that picks the category from the match.
        trigger: An optional cheap pattern that must occur in the text for the rule to run.
        trigger_lower: Search for *trigger* in the lowercased text.
        keywords: Words of which at least one must occur in the lowercased text for the rule
            to run (checked before *trigger*).
        anchor: An optional cheap pattern that every match contains: the rule then tries
            *pattern* only just before each hit of *anchor* instead of across the text.
        back: The characters a match may hold before the hit of *anchor* it contains.

    .. versionadded:: 0.1.0
    """

    category: PhiCategory
    pattern: LazyPattern | re.Pattern[str]
    score: float
    reason: str
    check: Check | None = None
    category_of: Callable[[re.Match[str], str], PhiCategory | None] | None = None
    trigger: re.Pattern[str] | None = None
    trigger_lower: bool = False
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_keywords)
    anchor: re.Pattern[str] | None = None
    back: frozenset[str] = attrs.field(default=frozenset(), converter=_char_set)

    @property
    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern."""
        pattern = self.pattern
        return pattern.compiled if isinstance(pattern, LazyPattern) else pattern

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """
        Find the matches of the pattern in *text*, as ``pattern.finditer`` would.

        Args:
            text: The text.

        Yields:
            The matches, left to right, not overlapping.
        """
        pattern = self.compiled
        if self.anchor is None:
            yield from pattern.finditer(text)
            return
        back = self.back
        match = pattern.match
        done = 0  # matches must not overlap, and each start is tried once
        for hit in self.anchor.finditer(text):
            q = hit.start()
            p = q
            while p > done and text[p - 1] in back:
                p -= 1
            p = max(p, done)
            while p <= q:
                m = match(text, p)
                if m is None:
                    p += 1
                    continue
                yield m
                p = m.end() if m.end() > p else p + 1
            done = max(done, p)


# The last text scanned, its lowercased form and the triggers already searched in it: the
# pattern detectors share them, so a trigger used by several rules is searched once per text.
_last: list[tuple[str, str, dict[tuple[re.Pattern[str], bool], bool]]] = []


def triggered(rule: Rule, text: str) -> bool:
    """Tell whether *rule*'s pre-filters let it run on *text*."""
    trigger = rule.trigger
    if trigger is None and not rule.keywords:
        return True
    state = _last[0] if _last else None
    if state is None or state[0] is not text:
        state = (text, text.lower(), {})
        _last[:] = [state]
    if rule.keywords and not any(k in state[1] for k in rule.keywords):
        return False
    if trigger is None:
        return True
    key = (trigger, rule.trigger_lower)
    hit = state[2].get(key)
    if hit is None:
        hit = state[2][key] = trigger.search(state[1] if rule.trigger_lower else text) is not None
    return hit


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class PatternDetector:
    """
    A detector made of regular-expression rules.

    Args:
        name: The detector's unique name.
        rules: Its rules.

    .. versionadded:: 0.1.0
    """

    name: str
    rules: tuple[Rule, ...] = attrs.field(converter=_rules)

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find every match of every rule in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per match that passes its rule's check.
        """
        for rule in self.rules:
            if not triggered(rule, text):
                continue
            has_id = "id" in rule.compiled.groupindex
            for m in rule.matches(text):
                if rule.check is not None and not rule.check(m, text):
                    continue
                start, end = m.span("id") if has_id else m.span()
                if start < 0 or start == end:
                    continue
                category = rule.category
                if rule.category_of is not None:
                    picked = rule.category_of(m, text)
                    if picked is None:
                        continue
                    category = picked
                yield trusted_detection(
                    start,
                    end,
                    category,
                    rule.score,
                    self.name,
                    rule.reason,
                )


# --------------------------------------------------------------------------- helpers of rules


def digits(s: str) -> str:
    """Return the digits of *s*."""
    return "".join(ch for ch in s if ch.isdigit())


def initials(words: Iterable[str]) -> str:
    """Return a look-ahead for the first letters of *words*, in either case."""
    firsts = {w[0] for w in words}
    letters = sorted({c.lower() for c in firsts} | {c.upper() for c in firsts})
    return f"(?=[{''.join(letters)}])"


def before(text: str, m: re.Match[str], width: int = 30) -> str:
    """Return up to *width* characters before *m*, casefolded."""
    return text[max(0, m.start() - width) : m.start()].casefold()


def after(text: str, m: re.Match[str], width: int = 20) -> str:
    """Return up to *width* characters after *m*, casefolded."""
    return text[m.end() : m.end() + width].casefold()


# --------------------------------------------------------------------------- scan


class Spans:
    """Spans, ready to tell in logarithmic time whether one of them contains a given span."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        # The furthest end of the spans that start at or before each start.
        self.ends = list(itertools.accumulate((e for _, e in ordered), max))

    def __bool__(self) -> bool:
        return bool(self.starts)

    def contain(self, start: int, end: int) -> bool:
        """Tell whether a span contains ``[start, end)``."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.ends[i] >= end


def _allowed_spans(text: str, allow: Iterable[str]) -> Spans:
    spans: list[tuple[int, int]] = []
    for raw in allow:
        term = raw.strip()
        if not term:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
        spans.extend(m.span() for m in pattern.finditer(text))
    return Spans(spans)


def _name_of(detector: Detector) -> str:
    try:
        name = detector.name
    except Exception:  # noqa: BLE001 - a broken plugin is named by its type instead
        name = None
    return name if isinstance(name, str) else type(detector).__name__


def _refusal(detector: Detector, d: object, length: int) -> str:
    """Say why a detection that *detector* returned is refused (without the text)."""
    if not isinstance(d, Detection):
        return f"detector {_name_of(detector)!r} returned a {type(d).__name__}, not a Detection"
    return (
        f"detector {_name_of(detector)!r} returned a span outside the text"
        f" ({d.start}-{d.end}; the text has {length} code points)"
    )


def scan(
    text: str,
    *,
    detectors: Sequence[Detector] | None = None,
    allow: Iterable[str] = (),
    min_score: float = 0.0,
) -> list[Detection]:
    """
    Find identifiers in *text*.

    >>> from rewardkit.deid import scan
    >>> [(d.category.value, d.start, d.end) for d in scan("Call me at 555-201-3344.")]
    [('PHONE', 11, 23)]

    Args:
        text: The text.
        detectors: The detectors to run; the switched-on detectors of :data:`registry` when
            ``None``.
        allow: Terms never to flag (whole words, any case), added to the registry's
            allow-list.
        min_score: Drop detections scored lower than this.

    Returns:
        The detections, sorted by start, longest first; detections of different detectors
        may overlap. A span and category found twice is reported once, with the higher
        score.

    Raises:
        DetectorError: A detector failed (raised an exception, or returned something that
            is not a detection or a span outside the text). The message names the detector
            and the kind of exception, never the text or the exception's message, which
            may quote it.

    .. versionadded:: 0.1.0
    """
    if detectors is None:
        active = registry.detectors()
        allow = [*registry.allowed, *allow]
    else:
        active = list(detectors)
    found: dict[tuple[int, int, str], Detection] = {}
    length = len(text)
    for detector in active:
        problem: str | None = None
        try:
            returned: Iterable[object] = detector.detect(text)  # checked one by one
            for d in returned:
                if not isinstance(d, Detection) or not 0 <= d.start <= d.end <= length:
                    problem = _refusal(detector, d, length)
                    break
                if d.score < min_score or d.end == d.start:
                    continue
                key = (d.start, d.end, d.category.value)
                old = found.get(key)
                if old is None or d.score > old.score:
                    found[key] = d
        except Exception as e:  # noqa: BLE001 - any failure of a detector is reported by name
            problem = f"detector {_name_of(detector)!r} failed: it raised {type(e).__name__}"
        if problem is not None:
            # Raised here, not in the handler, so that the detector's exception (whose
            # message may quote the text) is not chained to it.
            raise DetectorError(problem)
    result = list(found.values())
    allowed = _allowed_spans(text, allow)
    if allowed:
        result = [d for d in result if not allowed.contain(d.start, d.end)]
    result = every_occurrence(text, result, allowed=allowed)
    result.sort(key=lambda d: (d.start, -d.end, -d.score, d.category.value, d.detector))
    return result


# --------------------------------------------------------------------------- merging

# Which category wins when merged detections disagree (earlier wins on a tie of score).
_PRIORITY = {c: i for i, c in enumerate(PhiCategory)}


def merge_detections(detections: Iterable[Detection]) -> list[Detection]:
    """
    Merge overlapping and touching detections, so that nothing is half-redacted.

    The merged detection spans the union; its category is that of the longest part (the
    higher-scored one on a tie), its score the highest, its detector the names of all parts.

    Args:
        detections: Detections in one text, in any order.

    Returns:
        Disjoint, non-touching detections sorted by start.

    .. versionadded:: 0.1.0
    """
    ordered = sorted(detections, key=lambda d: (d.start, -d.end))
    groups: list[list[Detection]] = []
    end = -1
    for d in ordered:
        if groups and d.start <= end:
            groups[-1].append(d)
            end = max(end, d.end)
        else:
            groups.append([d])
            end = d.end
    merged: list[Detection] = []
    for group in groups:
        if len(group) == 1:
            merged.append(group[0])
            continue
        best = max(group, key=lambda d: (d.end - d.start, d.score, -_PRIORITY[d.category]))
        names = sorted({d.detector for d in group})
        merged.append(
            attrs.evolve(
                best,
                start=min(d.start for d in group),
                end=max(d.end for d in group),
                detector="+".join(names),
                reason=f"merged {len(group)} overlapping detections; {best.reason}",
            )
        )
    return merged
