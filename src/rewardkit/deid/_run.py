"""
The pattern engine's inner loop: a rule's pre-filters, its anchor's hits and its matches.

:class:`~rewardkit.deid._engine.PatternDetector` turns each of its rules into a
:class:`Step` once, holding what the loop reads of the rule in plain fields (the kind of its
anchor and trigger, whether they need a digit, the key under which a text remembers them),
and :func:`run` runs the steps on a :class:`~rewardkit.deid._prepared.Prepared` text. The
module holds no rule of its own; the release wheels compile it with the detectors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from re import Match, Pattern
from typing import Any

from rewardkit.story import PhiCategory

from ._model import Detection, trusted_detection
from ._prepared import Prepared  # noqa: TC001 - the compiled build checks it at run time

__all__ = ["Anchor", "Check", "PickCategory", "Step", "around", "hits", "passes", "run"]

# A function anchor may return any iterable of positions (the loop makes it a list).
Anchor = Pattern[str] | Pattern[bytes] | Callable[["Prepared"], Iterable[int]]
Check = Callable[[Match[str], str], bool]
PickCategory = Callable[[Match[str], str], PhiCategory | None]


class Step:
    """
    One rule, as the loop reads it.

    Args:
        rule: The rule (a :class:`~rewardkit.deid._engine.Rule`; its pattern is compiled on
            the step's first match).
        anchor_digit: The rule's anchor, a shape pattern, finds nothing without a digit.
        trigger_digit: The rule's trigger, a shape pattern, finds nothing without a digit.
    """

    def __init__(self, rule: Any, *, anchor_digit: bool, trigger_digit: bool) -> None:
        anchor: Anchor | None = rule.anchor
        trigger: Pattern[str] | Pattern[bytes] | None = rule.trigger
        self.rule = rule
        # The anchor: its key in the text's memory, and the one field of the three it sets.
        self.anchor_key = id(anchor) if anchor is not None else 0
        self.anchor_shape: Pattern[bytes] | None = None
        self.anchor_text: Pattern[str] | None = None
        self.anchor_function: Callable[[Prepared], Iterable[int]] | None = None
        if isinstance(anchor, Pattern):
            if isinstance(anchor.pattern, bytes):
                self.anchor_shape = anchor
            else:
                self.anchor_text = anchor
        else:
            self.anchor_function = anchor
        self.anchor_digit = anchor_digit
        # Keyed by identity: hashing a compiled pattern hashes all of its code, every time.
        self.trigger_key = (id(trigger), rule.trigger_lower)
        self.trigger_shape: Pattern[bytes] | None = None
        self.trigger_text: Pattern[str] | None = None
        self.trigger_lower: bool = rule.trigger_lower
        if trigger is not None:
            if isinstance(trigger.pattern, bytes):
                self.trigger_shape = trigger
            else:
                self.trigger_text = trigger
        self.trigger_digit = trigger_digit
        self.words: frozenset[bytes] = rule.words
        self.keywords: tuple[str, ...] = rule.keywords
        self.back: frozenset[str] = rule.back
        self.gated = bool(self.words or self.keywords or trigger is not None)
        self.check: Check | None = rule.check
        self.category: PhiCategory = rule.category
        self.category_of: PickCategory | None = rule.category_of
        self.score: float = rule.score
        self.reason: str = rule.reason
        self._pattern: Pattern[str] | None = None
        self.has_id = False

    @property
    def anchored(self) -> bool:
        """Tell whether the rule has an anchor."""
        return self.anchor_key != 0

    @property
    def pattern(self) -> Pattern[str]:
        """Return the rule's compiled pattern."""
        pattern = self._pattern
        if pattern is None:
            pattern = self._pattern = self.rule.compiled
            self.has_id = "id" in pattern.groupindex
        return pattern


def hits(step: Step, state: Prepared) -> list[int]:
    """Return where the step's anchor's hits start in the text (found once per text)."""
    found = state.found
    known = found.get(step.anchor_key)
    if known is not None:
        return known  # type: ignore[return-value]
    out: list[int] = []
    if step.anchor_function is not None:
        out = list(step.anchor_function(state))
    elif step.anchor_shape is not None:
        if state.digits or not step.anchor_digit:
            out = [m.start() for m in step.anchor_shape.finditer(state.shape)]
    elif step.anchor_text is not None:
        out = [m.start() for m in step.anchor_text.finditer(state.text)]
    found[step.anchor_key] = out
    return out


def _triggered(step: Step, state: Prepared) -> bool:
    """Tell whether the step's trigger occurs in the text (searched once per text)."""
    found = state.found
    known = found.get(step.trigger_key)
    if known is not None:
        return bool(known)
    hit = True
    if step.trigger_shape is not None:
        hit = (state.digits or not step.trigger_digit) and step.trigger_shape.search(
            state.shape
        ) is not None
    elif step.trigger_text is not None:
        where = state.low if step.trigger_lower else state.text
        hit = step.trigger_text.search(where) is not None
    found[step.trigger_key] = hit
    return hit


def passes(step: Step, state: Prepared) -> bool:
    """
    Tell whether the step's pre-filters let it run on the prepared text.

    The cheapest goes first: a trigger in the shape (a fast search for a literal), then the
    set of words, the keywords, and last a trigger in the text.
    """
    if step.trigger_shape is not None and not _triggered(step, state):
        return False
    words = step.words
    if words and words.isdisjoint(state.words):
        return False
    keywords = step.keywords
    if keywords:
        low = state.low
        for k in keywords:
            if k in low:
                break
        else:
            return False
    return step.trigger_text is None or _triggered(step, state)


def around(step: Step, text: str, anchored: list[int]) -> list[Match[str]]:
    """Find the matches that contain the anchor's hits, as a full scan would."""
    back = step.back
    match = step.pattern.match
    out: list[Match[str]] = []
    done = 0  # matches must not overlap, and each start is tried once
    for q in anchored:
        if q < done:
            continue
        p = q
        while p > done and text[p - 1] in back:
            p -= 1
        while p <= q:
            m = match(text, p)
            if m is None:
                p += 1
                continue
            out.append(m)
            end = m.end()
            p = end if end > p else p + 1
        done = p
    return out


def _emit(step: Step, m: Match[str], text: str, name: str, out: list[Detection]) -> None:
    check = step.check
    if check is not None and not check(m, text):
        return
    start, end = m.span("id") if step.has_id else m.span()
    if start < 0 or start == end:
        return
    category = step.category
    pick = step.category_of
    if pick is not None:
        picked = pick(m, text)
        if picked is None:
            return
        category = picked
    out.append(trusted_detection(start, end, category, step.score, name, step.reason))


def run(steps: tuple[Step, ...], state: Prepared, name: str) -> list[Detection]:
    """
    Run *steps* on the prepared text.

    Args:
        steps: The steps, in the order of their rules.
        state: The prepared text.
        name: The detector's name, for the detections.

    Returns:
        One detection per match that passes its rule's check, rule by rule, left to right.
    """
    text = state.text
    found = state.found
    digits = state.digits
    out: list[Detection] = []
    for step in steps:
        anchored: list[int] | None = None
        if step.anchored:
            # The anchor first when a digit-free text rules it out at no cost.
            anchored = found.get(step.anchor_key)  # type: ignore[assignment]
            if anchored is None and not digits and step.anchor_function is None:
                anchored = hits(step, state)
            if anchored is not None and not anchored:
                continue
        if step.gated and not passes(step, state):
            continue
        if not step.anchored:
            for m in step.pattern.finditer(text):
                _emit(step, m, text, name, out)
            continue
        if anchored is None:
            anchored = hits(step, state)
            if not anchored:
                continue  # the usual case: the anchor is not in the text
        for m in around(step, text, anchored):
            _emit(step, m, text, name, out)
    return out
