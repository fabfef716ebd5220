"""
One story under review: what the detectors found, what the reviewer decided, what results.

Everything here is plain frozen data and pure functions, with no web framework: a
:class:`StoryReview` is changed by making a new one, and :meth:`StoryReview.confirm` gives
the reviewed story.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Final

import attrs

from rewardkit.deid import Detection
from rewardkit.exceptions import ReviewError
from rewardkit.findings import Finding
from rewardkit.story import DeidStatus, PhiCategory, RedactionOperator, Story

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from datetime import datetime

__all__ = [
    "AUDIT_NAMESPACE",
    "ItemKind",
    "ReviewCheck",
    "ReviewError",
    "ReviewItem",
    "StoryReview",
]

#: The ``extensions`` namespace that holds the audit record, under the key ``"review"``.
AUDIT_NAMESPACE: Final = "rewardkit"
#: What a detection made for a reviewer's choice is called (it is never written out).
_DETECTOR: Final = "review"
_WORD = re.compile(r"\w", re.UNICODE)


class ItemKind(enum.StrEnum):
    """
    What a highlighted item in a story under review is.

    .. versionadded:: 0.2.0
    """

    REDACTION = "redaction"
    """A replacement already in the text (recorded in ``deidentification.redactions``)."""
    DETECTION = "detection"
    """An identifier the detectors find in the text, outside the recorded redactions."""
    MARK = "mark"
    """An identifier the reviewer marked that the detectors missed."""


@attrs.frozen(kw_only=True)
class ReviewItem:
    """
    One highlighted span of a story under review.

    Attributes:
        id: Stable within the review: ``r0`` for the first recorded redaction, ``d0`` for
            the first detection, ``m0`` for the first mark.
        kind: What it is.
        start: Start (a code-point offset into the story's text).
        end: End (half-open).
        category: The kind of identifier.
        accepted: Whether it is to be redacted (a recorded redaction always is).
        detector: The detector that found it, for a detection.
        reason: Why the detector flagged it (never the text itself), for a detection.

    .. versionadded:: 0.2.0
    """

    id: str
    kind: ItemKind
    start: int
    end: int
    category: PhiCategory
    accepted: bool = True
    detector: str | None = None
    reason: str | None = None


@attrs.frozen(kw_only=True)
class ReviewCheck:
    """
    What the rules say about the story the reviewer is about to confirm.

    Attributes:
        story: The story as it would be written on confirming.
        residual: What ``phi-residual`` finds in it: identifiers the detectors still find
            outside its redactions (merged, in text order).
        findings: Every finding of ``rewardkit.validate(story, profile="publish")``.
        error: Why the story cannot be confirmed as it stands (then ``story`` is the story
            under review, unchanged), or ``None``.

    .. versionadded:: 0.2.0
    """

    story: Story
    residual: tuple[Detection, ...]
    findings: tuple[Finding, ...]
    error: str | None = None

    @property
    def passes(self) -> bool:
        """Whether the story can be confirmed and then passes ``validate --profile publish``."""
        return self.error is None and not any(f.severity == "error" for f in self.findings)


class _Chosen:
    """A detector that reports exactly the spans a reviewer chose, in one text only."""

    name = _DETECTOR

    def __init__(self, text: str, chosen: Sequence[Detection]) -> None:
        self._text = text
        self._chosen = tuple(chosen)

    def detect(self, text: str, /) -> Sequence[Detection]:
        # Redaction scans its own output again; the new text gets nothing.
        return self._chosen if text == self._text else ()


def _spans(story: Story) -> list[tuple[int, int, PhiCategory]]:
    """The spans that the audit record of a reviewed story says the reviewer left."""
    record = story.extensions.get(AUDIT_NAMESPACE)
    review = record.get("review") if isinstance(record, dict) else None
    left = review.get("left") if isinstance(review, dict) else None
    spans = []
    for entry in left if isinstance(left, list) else ():
        try:
            spans.append((int(entry["start"]), int(entry["end"]), PhiCategory(entry["category"])))
        except (KeyError, TypeError, ValueError):
            continue
    return spans


def _default_operators(story: Story) -> dict[PhiCategory, RedactionOperator]:
    """For each category, the operator the story's recorded redactions use most."""
    counts: dict[PhiCategory, Counter[RedactionOperator]] = {}
    for r in story.deidentification.redactions:
        counts.setdefault(r.category, Counter())[r.operator] += 1
    return {c: n.most_common(1)[0][0] for c, n in counts.items()}


@attrs.frozen(kw_only=True)
class StoryReview:
    """
    One story under review, and the reviewer's decisions so far.

    Start one with :meth:`begin`; each decision returns a new review.

    Attributes:
        story: The story as read (its text is not changed until :meth:`confirm`).
        detections: What the detectors find in the text outside the recorded redactions
            (overlapping detections merged), each accepted unless rejected.
        marks: Identifiers the reviewer marked.
        operators: The operator chosen for each category, where the reviewer chose one.

    .. versionadded:: 0.2.0
    """

    story: Story
    detections: tuple[ReviewItem, ...]
    marks: tuple[ReviewItem, ...] = ()
    operators: tuple[tuple[PhiCategory, RedactionOperator], ...] = ()
    next_mark: int = 0

    @classmethod
    def begin(cls, story: Story) -> StoryReview:
        """
        Start reviewing *story*: run the detectors on its text.

        A detection the story's own audit record says a reviewer left (a story reviewed
        before) starts rejected; every other detection starts accepted.

        Args:
            story: The story.

        Returns:
            The review, with no decision yet.
        """
        from rewardkit.deid import merge_detections, residual_detections  # noqa: PLC0415

        left = set(_spans(story)) if story.deidentification.status is DeidStatus.REVIEWED else set()
        found = merge_detections(residual_detections(story))
        return cls(
            story=story,
            detections=tuple(
                ReviewItem(
                    id=f"d{i}",
                    kind=ItemKind.DETECTION,
                    start=d.start,
                    end=d.end,
                    category=d.category,
                    accepted=(d.start, d.end, d.category) not in left,
                    detector=d.detector,
                    reason=d.reason,
                )
                for i, d in enumerate(found)
            ),
        )

    @property
    def redactions(self) -> tuple[ReviewItem, ...]:
        """The story's recorded redactions, as items."""
        return tuple(
            ReviewItem(
                id=f"r{i}", kind=ItemKind.REDACTION, start=r.start, end=r.end, category=r.category
            )
            for i, r in enumerate(self.story.deidentification.redactions)
        )

    def items(self) -> list[ReviewItem]:
        """Return every item (redactions, detections, marks) in text order."""
        order = {ItemKind.REDACTION: 0, ItemKind.DETECTION: 1, ItemKind.MARK: 2}
        return sorted(
            [*self.redactions, *self.detections, *self.marks],
            key=lambda i: (i.start, i.end, order[i.kind], int(i.id[1:])),
        )

    def item(self, item_id: str) -> ReviewItem:
        """
        Return the item with this id.

        Args:
            item_id: An item id (``d0``, ``m1``, ``r2``).

        Returns:
            The item.

        Raises:
            ReviewError: No item has this id.
        """
        for item in self.items():
            if item.id == item_id:
                return item
        raise ReviewError(f"no item {item_id!r} in this story")

    def decide(self, item_id: str, *, accept: bool) -> StoryReview:
        """
        Accept or reject a detection; rejecting a mark removes it.

        Args:
            item_id: The detection's or mark's id.
            accept: Redact it (``True``) or leave the text as it is (``False``).

        Returns:
            The new review.

        Raises:
            ReviewError: No detection or mark has this id (a recorded redaction cannot be
                undone here: its original text is gone).
        """
        item = self.item(item_id)
        if item.kind is ItemKind.REDACTION:
            raise ReviewError(f"{item_id!r} is a recorded redaction; it stays")
        if item.kind is ItemKind.MARK:
            if accept:
                return self
            return attrs.evolve(self, marks=tuple(m for m in self.marks if m.id != item_id))
        return attrs.evolve(
            self,
            detections=tuple(
                attrs.evolve(d, accepted=accept) if d.id == item_id else d for d in self.detections
            ),
        )

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        """Trim white space off a selection and widen it to whole words."""
        text = self.story.text
        if not 0 <= start < end <= len(text):
            raise ReviewError(f"the span {start}-{end} is not inside the text (0-{len(text)})")
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            raise ReviewError("the selection holds only white space")
        while start > 0 and _WORD.match(text[start - 1]) and _WORD.match(text[start]):
            start -= 1
        while end < len(text) and _WORD.match(text[end]) and _WORD.match(text[end - 1]):
            end += 1
        return start, end

    def mark(self, start: int, end: int, category: PhiCategory | str) -> StoryReview:
        """
        Mark a missed identifier, and every other occurrence of it in the text.

        The span is trimmed of white space and widened to whole words. Other occurrences
        are found ignoring case, as whole words, outside recorded redactions and existing
        marks (SPEC 6a: once an identifier is found, every occurrence is redacted).

        Args:
            start: Start of the selection (code points).
            end: End of the selection.
            category: What kind of identifier it is.

        Returns:
            The new review.

        Raises:
            ReviewError: The span is outside the text or holds only white space, or the
                category is unknown.
        """
        category = _category(category)
        start, end = self._bounds(start, end)
        phrase = self.story.text[start:end]
        spans = [(start, end), *self._occurrences(phrase)]
        return self._add_marks(spans, category)

    def mark_phrase(self, phrase: str, category: PhiCategory | str) -> StoryReview:
        """
        Mark every whole-word occurrence of *phrase* (ignoring case) as a missed identifier.

        Args:
            phrase: The words, as they stand in the text.
            category: What kind of identifier it is.

        Returns:
            The new review.

        Raises:
            ReviewError: The phrase is blank or does not occur in the text, or the category
                is unknown.
        """
        category = _category(category)
        phrase = phrase.strip()
        if not phrase:
            raise ReviewError("type the words to mark")
        spans = self._occurrences(phrase)
        if not spans:
            raise ReviewError("those words do not occur in the text outside its redactions")
        return self._add_marks(spans, category)

    def _occurrences(self, phrase: str) -> list[tuple[int, int]]:
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
        covered = [(r.start, r.end) for r in self.redactions if r.start < r.end]
        covered += [(m.start, m.end) for m in self.marks]
        return [
            (m.start(), m.end())
            for m in pattern.finditer(self.story.text)
            if not any(s <= m.start() and m.end() <= e for s, e in covered)
        ]

    def _add_marks(self, spans: Iterable[tuple[int, int]], category: PhiCategory) -> StoryReview:
        marks = list(self.marks)
        n = self.next_mark
        seen = {(m.start, m.end) for m in marks}
        for start, end in spans:
            if (start, end) in seen:
                continue
            seen.add((start, end))
            marks.append(
                ReviewItem(id=f"m{n}", kind=ItemKind.MARK, start=start, end=end, category=category)
            )
            n += 1
        return attrs.evolve(self, marks=tuple(marks), next_mark=n)

    def operator(self, category: PhiCategory) -> RedactionOperator:
        """
        Return the operator that redacts identifiers of *category* in this story.

        The reviewer's choice, else the one the story's recorded redactions of that category
        use most, else ``replace``.

        Args:
            category: A category.

        Returns:
            The operator.
        """
        chosen = dict(self.operators)
        if category in chosen:
            return chosen[category]
        return _default_operators(self.story).get(category, RedactionOperator.REPLACE)

    def with_operator(
        self, category: PhiCategory | str, operator: RedactionOperator | str
    ) -> StoryReview:
        """
        Choose the operator for one category of identifier in this story.

        Args:
            category: The category.
            operator: The operator (``replace``, ``mask``, ``remove``, ``pseudonym``,
                ``generalize``).

        Returns:
            The new review.

        Raises:
            ReviewError: The category or the operator is unknown.
        """
        category = _category(category)
        try:
            op = RedactionOperator(operator)
        except ValueError:
            raise ReviewError(f"unknown operator {operator!r}") from None
        chosen = dict(self.operators)
        chosen[category] = op
        return attrs.evolve(self, operators=tuple(sorted(chosen.items())))

    def categories(self) -> list[PhiCategory]:
        """Return the categories of the detections and marks, in category order."""
        found = {i.category for i in (*self.detections, *self.marks)}
        return [c for c in PhiCategory if c in found]

    def chosen(self) -> list[ReviewItem]:
        """Return the detections and marks to redact on confirming, in text order."""
        return sorted(
            (i for i in (*self.detections, *self.marks) if i.accepted),
            key=lambda i: (i.start, i.end),
        )

    def apply(self) -> Story:
        """
        Redact what the reviewer chose, with the operators chosen.

        The redaction machinery of :mod:`rewardkit.deid` does the work, so that recorded
        redactions and theme evidence move to their place in the new text (SPEC 4).

        Returns:
            The story with the chosen identifiers redacted (status ``redacted``; the same
            story when nothing is chosen).

        Raises:
            ReviewError: Redacting would leave the text empty, or would record two removals
                (``remove``) at one point.
        """
        from rewardkit.deid import RedactionError, redact_story  # noqa: PLC0415

        chosen = [
            Detection(start=i.start, end=i.end, category=i.category, score=1.0, detector=_DETECTOR)
            for i in self.chosen()
        ]
        if not chosen:
            return self.story
        operators: dict[PhiCategory | str, RedactionOperator | str] = {
            c: self.operator(c) for c in {d.category for d in chosen}
        }
        # A removal point strictly inside a span being redacted is swallowed by it, as a
        # recorded redaction that the span overlaps is (SPEC 4a: a zero-width redaction at p
        # overlaps [s, e) when s < p < e).
        deid = self.story.deidentification
        kept = tuple(
            r
            for r in deid.redactions
            if r.start < r.end or not any(d.start < r.start < d.end for d in chosen)
        )
        source = self.story
        if len(kept) != len(deid.redactions):
            source = attrs.evolve(source, deidentification=attrs.evolve(deid, redactions=kept))
        try:
            story = redact_story(
                source, operator=operators, detectors=[_Chosen(self.story.text, chosen)]
            )
        except RedactionError as e:
            raise ReviewError(str(e)) from None
        return story

    def confirm(self, *, reviewer: str, at: datetime, version: str) -> Story:
        """
        Return the reviewed story: the choices applied, status ``reviewed``, an audit record.

        The audit record goes to ``extensions["rewardkit"]["review"]`` (other keys under
        ``"rewardkit"`` are kept): counts of detections, of accepted, rejected and marked
        identifiers, each per category with the operator used, the redactions before and
        after, the spans (offsets and category, never the text) that the detectors still
        find and the reviewer left, and the rewardkit version. It never holds identifier
        text.

        Args:
            reviewer: Who reviewed it (``reviewed_by``).
            at: When (``reviewed_at``), with a time zone.
            version: The rewardkit version to record.

        Returns:
            The reviewed story.

        Raises:
            ReviewError: Redacting would leave the text empty, or the story's
                ``extensions["rewardkit"]`` is not an object.
        """
        from rewardkit.deid import merge_detections, residual_detections  # noqa: PLC0415

        existing = self.story.extensions.get(AUDIT_NAMESPACE, {})
        if not isinstance(existing, dict):
            raise ReviewError(
                f"extensions[{AUDIT_NAMESPACE!r}] is not an object; the audit record needs it"
            )
        applied = self.apply()
        deid = attrs.evolve(
            applied.deidentification,
            status=DeidStatus.REVIEWED,
            reviewed_by=reviewer,
            reviewed_at=at,
        )
        reviewed = attrs.evolve(applied, deidentification=deid)
        left = merge_detections(residual_detections(reviewed))
        audit = self._audit(version, len(deid.redactions), left)
        extensions = {**reviewed.extensions, AUDIT_NAMESPACE: {**existing, "review": audit}}
        return attrs.evolve(reviewed, extensions=extensions)

    def _audit(self, version: str, after: int, left: Sequence[Detection]) -> dict[str, Any]:
        per: dict[str, dict[str, Any]] = {}
        for c in self.categories():
            dets = [d for d in self.detections if d.category is c]
            per[c.value] = {
                "detected": len(dets),
                "accepted": sum(d.accepted for d in dets),
                "rejected": sum(not d.accepted for d in dets),
                "marked": sum(m.category is c for m in self.marks),
                "operator": self.operator(c).value,
            }
        return {
            "rewardkit_version": version,
            "detected": len(self.detections),
            "accepted": sum(d.accepted for d in self.detections),
            "rejected": sum(not d.accepted for d in self.detections),
            "marked": len(self.marks),
            "redactions_before": len(self.story.deidentification.redactions),
            "redactions_after": after,
            "categories": per,
            "left": [{"start": d.start, "end": d.end, "category": d.category.value} for d in left],
        }

    def check(self, *, reviewer: str, at: datetime, version: str = "0") -> ReviewCheck:
        """
        Run ``phi-residual`` and the ``publish`` profile on what confirming would write.

        Args:
            reviewer: Who reviews it.
            at: When.
            version: The rewardkit version to record.

        Returns:
            The check, with the story it is about.
        """
        from rewardkit.deid import merge_detections, residual_detections  # noqa: PLC0415
        from rewardkit.rules import validate  # noqa: PLC0415

        try:
            story = self.confirm(reviewer=reviewer, at=at, version=version)
        except ReviewError as e:
            return ReviewCheck(story=self.story, residual=(), findings=(), error=str(e))
        return ReviewCheck(
            story=story,
            residual=tuple(merge_detections(residual_detections(story))),
            findings=tuple(validate(story, profile="publish", now=at)),
        )


def _category(value: PhiCategory | str) -> PhiCategory:
    try:
        return PhiCategory(value)
    except ValueError:
        raise ReviewError(f"unknown category {value!r}") from None


def counts_by_category(items: Iterable[ReviewItem]) -> Mapping[PhiCategory, int]:
    """Count items per category, in category order."""
    counts = Counter(i.category for i in items)
    return {c: counts[c] for c in PhiCategory if counts[c]}
