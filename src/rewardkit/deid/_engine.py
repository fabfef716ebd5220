"""
The engine: pattern rules and their pre-filters, :func:`scan`, and merging detections.

A *pattern detector* is a list of :class:`Rule` objects; a rule is a regular expression, the
category it finds, a score, a short reason and an optional check that can veto a match (a
checksum, a range, the words around it). Most rules never run on a given text: a rule runs
only when its cheap pre-filter (``words`` of which one must occur in the text, ``keywords``
that must occur in the lowercased text, a ``trigger`` pattern that must occur somewhere)
passes, and an ``anchored`` rule tries its pattern only just before each hit of a cheap
anchor.

What the rules look at is worked out once per text and shared by every rule of every pattern
detector (:func:`prepared`): the lowercased text, the set of its words, and its *shape*, one
byte per character that keeps only the character's class (``0`` for every digit ``0``-``9``,
``a`` and ``A`` for lower- and upper-case letters, a space for every space, other
punctuation as it is). A trigger or an anchor written for the shape (a ``bytes`` pattern)
that starts with a literal (``rb"000-0000"``, ``rb"@"``) is found by a fast search for that
literal, not by trying a character class at every position: a text with no digits costs a
digit rule almost nothing. Triggers and anchors found once are shared by the rules that use
them.

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
import functools
import gc
import itertools
import re
from typing import TYPE_CHECKING, cast

import attrs

from rewardkit.story import PhiCategory

from ._model import Detection, Detector
from ._prepared import _WORD_TABLE, Prepared, prepared, shape
from ._propagate import every_occurrence, join_name_parts
from ._registry import DetectorError, registry
from ._run import Anchor, Check, PickCategory, Step, around, hits, passes, run

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = [
    "LazyPattern",
    "PatternDetector",
    "Prepared",
    "Rule",
    "Spans",
    "after",
    "before",
    "digits",
    "initials",
    "lazy",
    "merge_detections",
    "prepared",
    "scan",
    "shape",
    "triggered",
    "word_anchor",
]


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


def _score(value: float) -> float:
    """
    Take a rule's score as a float from 0 to 1, as :class:`Detection` holds it.

    An ``int`` (``1``) becomes the same float (``1.0``): the detections a rule makes are
    built without the checks of :class:`Detection`, so a score of another type would reach
    them unchecked.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        msg = f"a rule's score is a number from 0 to 1, not {value!r}"
        raise TypeError(msg)
    score = float(value)
    if not 0.0 <= score <= 1.0:
        msg = f"a rule's score is a number from 0 to 1, not {value!r}"
        raise ValueError(msg)
    return score


def _char_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _keywords(value: Iterable[str]) -> tuple[str, ...]:
    """Keep the keywords that hold no other (a text holding one holds the other too)."""
    words = tuple(dict.fromkeys(value))
    return tuple(w for w in words if not any(k != w and k in w for k in words))


def _words(value: Iterable[str]) -> frozenset[bytes]:
    """Encode whole words, lowercase letters and digits, as :attr:`Prepared.words` holds them."""
    out = set()
    for word in value:
        encoded = word.encode("latin-1")
        if encoded != encoded.translate(_WORD_TABLE) or not encoded:
            msg = f"not one lowercase word of letters and digits: {word!r}"
            raise ValueError(msg)
        out.add(encoded)
    return frozenset(out)


def word_anchor(*words: str) -> Callable[[Prepared], list[int]]:
    """
    Return an anchor at every occurrence of *words* as whole words, in any case.

    Args:
        words: Lowercase words of Latin-1 letters and digits.

    Returns:
        A function that lists where the words start in a prepared text, for
        :attr:`Rule.anchor`: it looks for the words only when the text's set of words holds
        them.
    """
    wanted = _words(words)
    table = _WORD_TABLE

    def hits(text: Prepared) -> list[int]:
        present = wanted & text.words
        if not present:
            return []
        lowb = text.lowb
        n = len(lowb)
        out: list[int] = []
        for word in present:
            size = len(word)
            i = lowb.find(word)
            while i >= 0:
                j = i + size
                if (i == 0 or table[lowb[i - 1]] == 32) and (j == n or table[lowb[j]] == 32):
                    out.append(i)
                i = lowb.find(word, j)
        out.sort()
        return out

    return hits


@attrs.frozen(kw_only=True)
class Rule:
    """
    One pattern of a :class:`PatternDetector`.

    Attributes:
        category: The category of what the pattern finds.
        pattern: The compiled pattern; the span is that of group ``id`` when the pattern has
            one, else of the whole match.
        score: The score of a match, from 0 to 1 (an ``int`` is taken as the same ``float``).
        reason: Why a match is an identifier (shown to reviewers).
        check: An optional veto: a match is kept only when ``check(match, text)`` is true.
        category_of: An optional function that picks the category from the match.
        trigger: An optional cheap pattern that must occur in the text for the rule to run; a
            ``bytes`` pattern is searched in the text's :func:`shape`.
        trigger_lower: Search for a ``str`` *trigger* in the lowercased text.
        keywords: Words of which at least one must occur in the lowercased text for the rule
            to run (checked before *trigger*).
        words: Whole words (lowercase letters and digits) of which at least one must occur in
            the text for the rule to run (checked first).
        anchor: An optional cheap pattern that every match contains: the rule then tries
            *pattern* only just before each hit of *anchor* instead of across the text. A
            ``bytes`` anchor is searched in the text's :func:`shape`; a function (such as a
            :func:`word_anchor`) lists the hits of a :class:`Prepared` text.
        back: The characters a match may hold before the hit of *anchor* it contains.

    .. versionadded:: 0.1.0
    """

    category: PhiCategory
    pattern: LazyPattern | re.Pattern[str]
    score: float = attrs.field(converter=_score)
    reason: str
    check: Check | None = None
    category_of: PickCategory | None = None
    trigger: re.Pattern[str] | re.Pattern[bytes] | None = None
    trigger_lower: bool = False
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_keywords)
    words: frozenset[bytes] = attrs.field(default=frozenset(), converter=_words)
    anchor: Anchor | None = None
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
        if self.anchor is None:
            return self.compiled.finditer(text)
        step = _step(self)
        return iter(around(step, text, hits(step, prepared(text))))


@functools.cache
def _needs_digit(pattern: bytes) -> bool:
    r"""
    Tell whether every match of a shape pattern holds a digit.

    It does when the pattern has a ``0`` of its own (outside brackets and groups, and not
    made optional) and no ``|`` outside its groups: ``0AA``, ``-0000``, ``\+0``.
    """
    source = pattern.decode("latin-1")
    if _top_level_alternation(source):
        return False
    for k, ch in _top_level(source):
        if ch == "0":
            after = source[k + 1 : k + 3]
            if after[:1] not in {"?", "*"} and not after.startswith("{0"):
                return True
    return False


def _top_level(source: str) -> Iterator[tuple[int, str]]:
    """Yield the characters of a pattern's source outside its groups, brackets and counts."""
    depth = 0
    escaped = in_class = in_count = False
    for k, ch in enumerate(source):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif in_count:
            in_count = ch != "}"
        elif ch == "[":
            in_class = True
        elif ch == "{":
            in_count = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            yield k, ch


_DIGIT_FIRST = re.compile(r"(?:\\d|\[0-9\])(?![?*]|\{0)")


def _top_level_alternation(source: str) -> bool:
    """Tell whether a pattern's source has a ``|`` outside its groups and brackets."""
    return any(ch == "|" for _, ch in _top_level(source))


@functools.cache
def _starts_with_digit(pattern: re.Pattern[str]) -> bool:
    """Tell whether every match of *pattern* starts with a digit ``0``-``9``."""
    source = pattern.pattern
    return _DIGIT_FIRST.match(source) is not None and not _top_level_alternation(source)


def _needs_digits(rule: Rule) -> bool:
    """Tell whether *rule* finds nothing in a text without digits, by its pre-filters."""
    anchor, trigger = rule.anchor, rule.trigger
    if isinstance(anchor, re.Pattern) and isinstance(anchor.pattern, bytes):
        if _needs_digit(anchor.pattern):
            return True
    elif isinstance(anchor, re.Pattern):
        if _starts_with_digit(cast("re.Pattern[str]", anchor)):
            return True
    elif anchor is None and _starts_with_digit(rule.compiled):
        return True
    return (
        trigger is not None and isinstance(trigger.pattern, bytes) and _needs_digit(trigger.pattern)
    )


def _step(rule: Rule) -> Step:
    """Return *rule* as the inner loop runs it (:class:`._run.Step`)."""
    anchor, trigger = rule.anchor, rule.trigger
    return Step(
        rule,
        anchor_digit=isinstance(anchor, re.Pattern)
        and isinstance(anchor.pattern, bytes)
        and _needs_digit(anchor.pattern),
        trigger_digit=trigger is not None
        and isinstance(trigger.pattern, bytes)
        and _needs_digit(trigger.pattern),
    )


def triggered(rule: Rule, text: str) -> bool:
    """Tell whether *rule*'s pre-filters let it run on *text*."""
    if rule.trigger is None and not rule.keywords and not rule.words:
        return True
    return passes(_step(rule), prepared(text))


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
    # The rules as steps of the inner loop, for texts with digits and for texts without (the
    # rules that can match there only), worked out on first need.
    _plans: list[tuple[Step, ...]] = attrs.field(factory=list, init=False, repr=False, eq=False)

    def _plan(self, *, digits: bool) -> tuple[Step, ...]:
        """Return the steps of the rules that may match a text with or without digits."""
        if not self._plans:
            every = tuple(_step(r) for r in self.rules)
            self._plans.extend([every, tuple(p for p in every if not _needs_digits(p.rule))])
        return self._plans[0 if digits else 1]

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find every match of every rule in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per match that passes its rule's check.
        """
        state = prepared(text)
        yield from run(self._plan(digits=state.digits), state, self.name)


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

    A detector whose ``second_look`` attribute is true (the built-in ``learned``) runs after
    the others and is given the spans they found, sorted: ``detect_beside(text, spans)``.

    A text of 65,536 code points or more is scanned with Python's cyclic garbage collector
    paused (``gc.disable()``), and the collector started again after the scan, also when
    a detector fails; a collector the caller paused stays paused.

    .. versionadded:: 0.1.0
    """
    if detectors is None:
        active = registry.detectors()
        allow = [*registry.allowed, *allow]
    else:
        active = list(detectors)
    # A long text is cut into hundreds of thousands of words and detections, none of them in
    # a reference cycle: the cyclic collector, run again and again as they are made, would
    # only walk them (about a tenth of the time on a text of a megabyte). It is paused for
    # the scan and started again after it (reference counting frees all the same).
    pause = len(text) >= _PAUSE_COLLECTOR_FROM and gc.isenabled()
    if pause:
        gc.disable()
    try:
        return _scan(text, active, allow, min_score)
    finally:
        if pause:
            gc.enable()


#: The length of text (in code points) from which a scan pauses the cyclic garbage collector.
_PAUSE_COLLECTOR_FROM = 1 << 16


def _scan(
    text: str, active: Sequence[Detector], allow: Iterable[str], min_score: float
) -> list[Detection]:
    found: dict[tuple[int, int, PhiCategory], Detection] = {}
    # Every span found, also those scored under min_score: what a second look leaves alone.
    spans: set[tuple[int, int]] = set()
    length = len(text)
    # A detector that takes a second look (the learned one) runs after the others, on what
    # they left: it is given the spans they found (the sort is stable: the order stays).
    for detector in sorted(active, key=lambda d: bool(getattr(d, "second_look", False))):
        problem: str | None = None
        try:
            returned: Iterable[object]  # checked one by one
            if getattr(detector, "second_look", False):
                returned = detector.detect_beside(text, sorted(spans))  # type: ignore[attr-defined]
            else:
                returned = detector.detect(text)
            for d in returned:
                if not isinstance(d, Detection) or not 0 <= d.start <= d.end <= length:
                    problem = _refusal(detector, d, length)
                    break
                if d.end == d.start:
                    continue
                spans.add((d.start, d.end))
                if d.score < min_score:
                    continue
                key = (d.start, d.end, d.category)
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
    result = join_name_parts(text, every_occurrence(text, result, allowed=allowed))
    result.sort(key=lambda d: (d.start, -d.end, -d.score, d.category._value_, d.detector))
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
