"""Redaction: merge detections, apply an operator, and record where the replacements stand."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, overload

import attrs

from rewardkit.exceptions import RedactionError
from rewardkit.story import (
    Collection,
    Deidentification,
    DeidStatus,
    PhiCategory,
    Redaction,
    RedactionOperator,
    Span,
    Story,
    ThemeAssignment,
)

from ._engine import Spans, _allowed_spans, merge_detections, scan
from ._language import is_english_tag
from ._propagate import Seeds
from ._registry import registry

if TYPE_CHECKING:
    from ._model import Detection, Detector

#: What ``propagate=`` accepts: find an identifier again within each story, or in every story
#: of a collection.
Propagation = Literal["story", "collection"]

__all__ = [
    "Operators",
    "Propagation",
    "Pseudonymizer",
    "RedactionError",
    "redact",
    "redact_collection",
    "redact_story",
    "residual_detections",
]

#: An operator for every category, or a mapping from category to operator (missing
#: categories are replaced).
Operators = RedactionOperator | str | Mapping[PhiCategory | str, RedactionOperator | str]

# Restricted three-digit ZIP prefixes (HHS guidance, 2000 Census): generalised to 000.
RESTRICTED_ZIP3 = frozenset(
    [
        "036",
        "059",
        "063",
        "102",
        "203",
        "556",
        "692",
        "790",
        "821",
        "823",
        "830",
        "831",
        "878",
        "879",
        "884",
        "890",
        "893",
    ]
)
# The words of a name, for the pseudonym that follows the person.
_NAME_WORDS = re.compile(r"[^\W\d_][\w'\u2019.-]*")
_PSEUDONYM_LABELS = {
    PhiCategory.NAME: "PERSON",
    PhiCategory.LOCATION: "PLACE",
    PhiCategory.ORGANIZATION: "ORG",
    PhiCategory.USERNAME: "USER",
}


class Pseudonymizer:
    """
    Hand out stable pseudonyms such as ``[PERSON_1]``.

    The same identifier (ignoring case, spacing and accents) gets the same pseudonym every
    time. Pseudonyms of names follow the person, not the string: a name whose words are all
    words of a name seen before, or that holds all the words of one, is the same person
    ("Sarah Okonkwo", then "Sarah", "OKONKWO" and "Sarah Okonkwo-Reyes" are ``[PERSON_1]``);
    where two people share the word ("Sarah Okonkwo" and "Sarah Mensah", then "Sarah"), the
    one named last is taken.

    Args:
        start_after: The last number already used for each label, so that pseudonyms added
            to a text that has some continue the count.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Names follow the person across their variants.
    """

    def __init__(self, start_after: Mapping[str, int] | None = None) -> None:
        self._seen: dict[tuple[PhiCategory, str], str] = {}
        self._count: dict[str, int] = dict(start_after or {})
        # The people named so far: their pseudonym and the words of all their names, and
        # for each word the people whose names hold it (the last named last).
        self._people: list[tuple[str, set[str]]] = []
        self._by_word: dict[str, list[int]] = {}

    def __call__(self, category: PhiCategory, value: str) -> str:
        """Return the pseudonym of *value*."""
        if category is PhiCategory.NAME:
            return self._person(value)
        key = (category, " ".join(value.casefold().split()))
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self._new(category)
        return found

    def _new(self, category: PhiCategory) -> str:
        label = _PSEUDONYM_LABELS.get(category, category.value)
        self._count[label] = self._count.get(label, 0) + 1
        return f"[{label}_{self._count[label]}]"

    def _person(self, value: str) -> str:
        from ._normalize import fold  # noqa: PLC0415 - loads with the word layer

        words = [k for k in (fold(w) for w in _NAME_WORDS.findall(value)) if k]
        key = (PhiCategory.NAME, " ".join(words))
        found = self._seen.get(key)
        if found is not None:
            return found
        mine = set(words)
        person = None
        for index in sorted({p for w in mine for p in self._by_word.get(w, ())}, reverse=True):
            theirs = self._people[index][1]
            if mine <= theirs or theirs <= mine:
                person = index
                break
        if person is None:
            person = len(self._people)
            self._people.append((self._new(PhiCategory.NAME), set()))
        pseudonym, known = self._people[person]
        for w in mine - known:
            self._by_word.setdefault(w, []).append(person)
        known |= mine
        self._seen[key] = pseudonym
        return pseudonym

    @classmethod
    def continuing(cls, *texts: str) -> Pseudonymizer:
        """
        Make a pseudonymizer whose numbers continue after those already in *texts*.

        Args:
            texts: Texts that may hold pseudonyms.

        Returns:
            A new pseudonymizer.
        """
        counts: dict[str, int] = {}
        for text in texts:
            for m in re.finditer(r"\[([A-Z][A-Z0-9_]*?)_(\d+)\]", text):
                counts[m.group(1)] = max(counts.get(m.group(1), 0), int(m.group(2)))
        return cls(counts)


def _operator_for(operator: Operators, category: PhiCategory) -> RedactionOperator:
    if isinstance(operator, Mapping):
        chosen = operator.get(category, operator.get(category.value, RedactionOperator.REPLACE))
        return RedactionOperator(chosen)
    return RedactionOperator(operator)


def _generalize(category: PhiCategory, value: str) -> str:
    if category is PhiCategory.DATE:
        m = re.search(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)", value)
        return m.group(1) if m else "[DATE]"
    if category is PhiCategory.AGE_OVER_89:
        return "90 or older"
    if category is PhiCategory.ZIP:
        m = re.match(r"\d{3}", value)
        if m:
            return ("000" if m.group() in RESTRICTED_ZIP3 else m.group()) + "xx"
    return f"[{category.value}]"


def _replacement(
    op: RedactionOperator,
    category: PhiCategory,
    value: str,
    mask_char: str,
    pseudonym: Pseudonymizer,
) -> str:
    if op is RedactionOperator.REPLACE:
        return f"[{category.value}]"
    if op is RedactionOperator.MASK:
        return mask_char * len(value)
    if op is RedactionOperator.REMOVE:
        return ""
    if op is RedactionOperator.PSEUDONYM:
        return pseudonym(category, value)
    return _generalize(category, value)


@attrs.frozen
class _Edit:
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def _apply(
    text: str,
    spans: Sequence[Detection],
    operator: Operators,
    mask_char: str,
    pseudonym: Pseudonymizer,
) -> tuple[str, list[Redaction], list[_Edit]]:
    out: list[str] = []
    pos = 0
    length = 0
    redactions: list[Redaction] = []
    edits: list[_Edit] = []
    for d in spans:
        out.append(text[pos : d.start])
        length += d.start - pos
        op = _operator_for(operator, d.category)
        replacement = _replacement(op, d.category, text[d.start : d.end], mask_char, pseudonym)
        out.append(replacement)
        redactions.append(
            Redaction(
                start=length,
                end=length + len(replacement),
                category=d.category,
                operator=op,
                replacement=replacement,
            )
        )
        edits.append(_Edit(d.start, d.end, length, length + len(replacement)))
        length += len(replacement)
        pos = d.end
    out.append(text[pos:])
    return "".join(out), redactions, edits


# Replacing an identifier can change what the text around it looks like (a word boundary
# appears where a name touched a number): redaction scans its own output again until the
# detectors find nothing new. Each pass redacts at least one character that no redaction
# covered before, so this ends; the bound is only a guard.
def _passes(text: str) -> range:
    return range(len(text) + 1)


def _redact_pass(  # noqa: PLR0913, PLR0917 - private; two callers
    text: str,
    old: Sequence[Redaction],
    found: Sequence[Detection],
    operator: Operators,
    mask_char: str,
    pseudonymizer: Pseudonymizer,
) -> tuple[str, list[Redaction], list[_Edit]]:
    """Redact *found* in *text*, keeping (and moving) the *old* redactions."""
    spans = merge_detections(found)
    # A new span that overlaps a recorded redaction swallows it. (The merged spans are
    # sorted and disjoint, so those that overlap one redaction are a slice of them.)
    starts = [d.start for d in spans]
    ends = [d.end for d in spans]
    kept: list[Redaction] = []
    removals: list[Redaction] = []
    grown: list[Detection] = []
    for r in old:
        if r.start == r.end:
            removals.append(r)
            continue
        hit = spans[bisect.bisect_right(ends, r.start) : bisect.bisect_left(starts, r.end)]
        if hit:
            grown.extend(
                attrs.evolve(d, start=min(d.start, r.start), end=max(d.end, r.end)) for d in hit
            )
        else:
            kept.append(r)
    if grown:
        spans = merge_detections([*spans, *grown])
        starts = [d.start for d in spans]
    # A recorded removal (a zero-width redaction) is swallowed by a new span around it, and by
    # a new span that touches it and is removed too: two removals never stand at one point.
    for r in removals:
        i = bisect.bisect_right(starts, r.start) - 1
        d = spans[i] if i >= 0 else None
        if d is None or r.start > d.end:
            kept.append(r)
        elif d.start < r.start < d.end:
            continue
        elif _operator_for(operator, d.category) is not RedactionOperator.REMOVE:
            kept.append(r)
    new_text, added, edits = _apply(text, spans, operator, mask_char, pseudonymizer)
    move = _Moves(edits)
    moved = [
        attrs.evolve(r, start=move(r.start, is_end=False), end=move(r.end, is_end=True))
        for r in kept
    ]
    return new_text, sorted([*moved, *added], key=lambda r: (r.start, r.end)), edits


class _Scanner:
    """How one redaction scans: the detectors, the allow-list, the threshold, the seeds."""

    __slots__ = ("allow", "detectors", "min_score", "seeds")

    def __init__(
        self,
        detectors: tuple[Detector, ...],
        allow: tuple[str, ...],
        min_score: float,
        seeds: Seeds | None = None,
    ) -> None:
        self.detectors = detectors
        self.allow = allow
        self.min_score = min_score
        self.seeds = seeds

    @classmethod
    def make(
        cls,
        detectors: Sequence[Detector] | None,
        allow: Iterable[str],
        min_score: float,
        *,
        language: str | None = None,
        seeds: Seeds | None = None,
    ) -> _Scanner:
        """Resolve the registry's detectors and allow-list, and fit them to *language*."""
        terms = tuple(allow)
        if detectors is None:
            active = registry.detectors()
            terms = (*registry.allowed, *terms)
        else:
            active = list(detectors)
        if not is_english_tag(language):
            active = [_for_language(d, language) for d in active]
        return cls(tuple(active), terms, min_score, seeds)

    def __call__(self, text: str) -> list[Detection]:
        found = scan(text, detectors=self.detectors, allow=self.allow, min_score=self.min_score)
        if self.seeds:
            added = self.seeds.find(
                text, [(d.start, d.end) for d in found], "an identifier found in another story"
            )
            allowed = _allowed_spans(text, self.allow)
            found.extend(d for d in added if not allowed.contain(d.start, d.end))
        return found


def _for_language(detector: Detector, language: str | None) -> Detector:
    """Return the built-in word detectors told the text's language; others as they are."""
    from ._learned import LearnedDetector  # noqa: PLC0415 - the families load on first use
    from ._names import NameDetector  # noqa: PLC0415
    from ._organizations import OrganizationDetector  # noqa: PLC0415
    from ._places import PlaceDetector  # noqa: PLC0415

    if isinstance(detector, (NameDetector, PlaceDetector, OrganizationDetector, LearnedDetector)):
        return attrs.evolve(detector, language=language)
    return detector


@overload
def redact(
    text: str,
    *,
    operator: Operators = ...,
    detectors: Sequence[Detector] | None = ...,
    allow: Iterable[str] = ...,
    min_score: float = ...,
    mask_char: str = ...,
    pseudonymizer: Pseudonymizer | None = ...,
) -> tuple[str, Deidentification]: ...


@overload
def redact(
    text: Story,
    *,
    operator: Operators = ...,
    detectors: Sequence[Detector] | None = ...,
    allow: Iterable[str] = ...,
    min_score: float = ...,
    mask_char: str = ...,
    pseudonymizer: Pseudonymizer | None = ...,
    propagate: Propagation = ...,
) -> Story: ...


@overload
def redact(
    text: Collection,
    *,
    operator: Operators = ...,
    detectors: Sequence[Detector] | None = ...,
    allow: Iterable[str] = ...,
    min_score: float = ...,
    mask_char: str = ...,
    pseudonymizer: Pseudonymizer | None = ...,
    propagate: Propagation = ...,
) -> Collection: ...


def redact(  # noqa: PLR0913 - keyword-only options
    text: str | Story | Collection,
    *,
    operator: Operators = RedactionOperator.REPLACE,
    detectors: Sequence[Detector] | None = None,
    allow: Iterable[str] = (),
    min_score: float = 0.0,
    mask_char: str = "*",
    pseudonymizer: Pseudonymizer | None = None,
    propagate: Propagation = "story",
) -> tuple[str, Deidentification] | Story | Collection:
    """
    Redact the identifiers that the detectors find in a text, a story or a collection.

    Given a :class:`~rewardkit.Story`, this is :func:`redact_story` and returns the new story;
    given a :class:`~rewardkit.Collection`, :func:`redact_collection`.

    Every occurrence of an identifier found once in a text is redacted, also where no cue
    stands beside it, with its parts and variants ("Sarah Okonkwo" found: "Sarah", "SARAH",
    "Sarah's" too). With ``propagate="collection"`` an identifier found in one story of a
    collection is looked for in all of them.

    Overlapping and touching detections are merged first, so an identifier is never half
    redacted. The offsets of the returned redactions refer to the new text:
    ``new_text[r.start:r.end] == r.replacement``.

    >>> from rewardkit.deid import redact
    >>> new, deid = redact("My client Sarah called from 555-201-3344.", operator="pseudonym")
    >>> new
    'My client [PERSON_1] called from [PHONE_1].'
    >>> [(r.category.value, r.start, r.end) for r in deid.redactions]
    [('NAME', 10, 20), ('PHONE', 33, 42)]

    Args:
        text: The text, or a story.
        operator: What to do with each identifier: ``replace`` (``[NAME]``), ``mask``
            (``*****``), ``remove``, ``pseudonym`` (``[PERSON_1]``, the same for the same
            identifier) or ``generalize`` (a date to its year, an age over 89 to "90 or
            older", a ZIP code to its first three digits; other categories are replaced);
            or a mapping from category to operator.
        detectors: The detectors to run; the registry's when ``None``.
        allow: Terms never to flag.
        min_score: Ignore detections scored lower than this.
        mask_char: The character ``mask`` uses.
        pseudonymizer: Share pseudonyms across calls (the title and text of one story);
            ignored for a story or a collection.
        propagate: ``"story"`` (the default): find identifiers again within each text;
            ``"collection"``: also in every other story of a collection (and share
            pseudonyms across it).

    Returns:
        The new text and a :class:`~rewardkit.Deidentification` with status ``redacted``;
        for a story, the new story; for a collection, the new collection.

    Raises:
        ValueError: *operator* names no operator.
        RedactionError: Given a story, redaction would leave its text empty (``remove`` on a
            text that is all identifiers).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Collections, and ``propagate``.
    """
    if isinstance(text, Collection):
        return redact_collection(
            text,
            operator=operator,
            detectors=detectors,
            allow=allow,
            min_score=min_score,
            mask_char=mask_char,
            propagate=propagate,
        )
    if isinstance(text, Story):
        return redact_story(
            text,
            operator=operator,
            detectors=detectors,
            allow=allow,
            min_score=min_score,
            mask_char=mask_char,
        )
    scanner = _Scanner.make(detectors, allow, min_score)
    return _redact_text(text, scanner, operator, mask_char, pseudonymizer)


def _redact_text(
    text: str,
    scanner: _Scanner,
    operator: Operators,
    mask_char: str,
    pseudonymizer: Pseudonymizer | None,
) -> tuple[str, Deidentification]:
    pseudonymizer = pseudonymizer or Pseudonymizer.continuing(text)
    redactions: list[Redaction] = []
    for _ in _passes(text):
        found = _outside(scanner(text), redactions)
        if not found:
            break
        text, redactions, _ = _redact_pass(
            text, redactions, found, operator, mask_char, pseudonymizer
        )
    return text, Deidentification(status=DeidStatus.REDACTED, redactions=redactions)


def _outside(found: list[Detection], redactions: Sequence[Redaction]) -> list[Detection]:
    """Keep the detections that no (non-empty) redaction contains."""
    spans = Spans((r.start, r.end) for r in redactions if r.start < r.end)
    if not spans:
        return found
    return [d for d in found if not spans.contain(d.start, d.end)]


def residual_detections(
    story: Story,
    *,
    detectors: Sequence[Detector] | None = None,
    allow: Iterable[str] = (),
    min_score: float = 0.0,
    field: Literal["text", "title"] = "text",
) -> list[Detection]:
    """
    Find identifiers left in a story's text outside its recorded redactions.

    A detection that lies wholly inside a recorded redaction (a pseudonym, say) is exempt.
    The story's status is not looked at: the ``phi-residual`` rule applies this to
    ``redacted`` and ``reviewed`` stories. A story whose ``language`` is not English is
    scanned for names, places and organisations only after titles (the name rules are
    English): :func:`unsupported_language` says so.

    A story's title and text are scanned as one document, the title first: an identifier
    found in one is looked for in the other too.

    Args:
        story: The story.
        detectors: The detectors to run; the registry's when ``None``.
        allow: Terms never to flag.
        min_score: Ignore detections scored lower than this.
        field: ``"title"`` for what is left in the story's title instead (no redaction is
            recorded for a title, so nothing in it is exempt; offsets are the title's).

    Returns:
        The detections, sorted by start.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       The *field* argument; the title and the text are scanned together.
    """
    key = (story, tuple(detectors) if detectors is not None else None, tuple(allow), min_score)
    last = _LAST_RESIDUAL[0] if _LAST_RESIDUAL else None
    if last is not None and last[0][0] is story and last[0][1:] == key[1:]:
        title, text = last[1]
    else:
        title, text = _residual_both(story, key[1], key[2], min_score)
        _LAST_RESIDUAL[:] = [(key, (title, text))]
    return list(title if field == "title" else text)


# The last story's residual detections (title, text): the ``phi-residual`` rule asks for the
# title's and the text's of one story in turn, and one scan finds both.
_LAST_RESIDUAL: list[
    tuple[
        tuple[Story, tuple[Detector, ...] | None, tuple[str, ...], float],
        tuple[list[Detection], list[Detection]],
    ]
] = []
#: What stands between a title and its text when they are scanned as one.
_TITLE_GAP = "\n\n"


def _residual_both(
    story: Story,
    detectors: Sequence[Detector] | None,
    allow: Iterable[str],
    min_score: float,
) -> tuple[list[Detection], list[Detection]]:
    """Return the detections left in a story's title and in its text, from one scan."""
    scanner = _Scanner.make(detectors, allow, min_score, language=story.language)
    if not story.title:
        return [], _outside(scanner(story.text), story.deidentification.redactions)
    size = len(story.title)
    offset = size + len(_TITLE_GAP)
    title: list[Detection] = []
    text: list[Detection] = []
    for d in scanner(story.title + _TITLE_GAP + story.text):
        # A detection that runs from the title into the text counts in both, cut at each end.
        if d.start < size:
            title.append(d if d.end <= size else attrs.evolve(d, end=size))
        if d.end > offset:
            text.append(attrs.evolve(d, start=max(0, d.start - offset), end=d.end - offset))
    return title, _outside(text, story.deidentification.redactions)


class _Moves:
    """The edits of one pass, ready to move offsets of the old text into the new one."""

    __slots__ = ("edits", "old_starts")

    def __init__(self, edits: Sequence[_Edit]) -> None:
        self.edits = edits
        self.old_starts = [e.old_start for e in edits]

    def __call__(self, p: int, *, is_end: bool) -> int:
        """Move offset *p*; an offset inside an edit goes to its start or end."""
        # The last edit that starts before p (or at p, for a start): those before it end at
        # or before p and only shift it.
        k = (bisect.bisect_left if is_end else bisect.bisect_right)(self.old_starts, p) - 1
        if k < 0:
            return p
        e = self.edits[k]
        if p < e.old_end:
            return e.new_end if is_end else e.new_start
        return p + e.new_end - e.old_end


def redact_story(  # noqa: PLR0913 - keyword-only options
    story: Story,
    *,
    operator: Operators = RedactionOperator.REPLACE,
    detectors: Sequence[Detector] | None = None,
    allow: Iterable[str] = (),
    min_score: float = 0.0,
    mask_char: str = "*",
) -> Story:
    """
    Redact a story: its text (recording each redaction) and its title.

    Identifiers wholly inside a recorded redaction are left alone; a detection that
    overlaps one is merged with it. Recorded redactions and theme evidence are moved to
    their place in the new text (evidence that is redacted away entirely is dropped).
    Pseudonyms are shared between title and text and continue the numbers already in them.
    The new story has status ``redacted``; a story that needs no change keeps its status
    (a ``raw`` one becomes ``redacted``), so redacting twice changes nothing.

    Args:
        story: The story.
        operator: As for :func:`redact`.
        detectors: The detectors to run; the registry's when ``None``.
        allow: Terms never to flag.
        min_score: Ignore detections scored lower than this.
        mask_char: The character ``mask`` uses.

    Returns:
        A new story.

    .. versionadded:: 0.1.0
    """
    scanner = _Scanner.make(detectors, allow, min_score, language=story.language)
    pseudonymizer = Pseudonymizer.continuing(story.text, story.title or "")
    return _redact_story(story, scanner, operator, mask_char, pseudonymizer)


def _redact_story(
    story: Story,
    scanner: _Scanner,
    operator: Operators,
    mask_char: str,
    pseudonymizer: Pseudonymizer,
) -> Story:
    title = story.title
    if title:
        title, _ = _redact_text(title, scanner, operator, mask_char, pseudonymizer)
    text = story.text
    redactions: Sequence[Redaction] = story.deidentification.redactions
    themes = story.themes
    changed = False
    for _ in _passes(text):
        found = _outside(scanner(text), redactions)
        if not found:
            break
        text, redactions, edits = _redact_pass(
            text, redactions, found, operator, mask_char, pseudonymizer
        )
        move = _Moves(edits)
        themes = tuple(_move_theme(t, move) for t in themes)
        changed = True
    if not text.strip():
        msg = "redacting would leave the story's text empty; use another operator"
        raise RedactionError(msg)
    deid = story.deidentification
    if changed:
        deid = Deidentification(
            status=DeidStatus.REDACTED, method=deid.method, redactions=tuple(redactions)
        )
    elif deid.status is DeidStatus.RAW or (
        deid.status is DeidStatus.REVIEWED and title != story.title
    ):
        deid = attrs.evolve(deid, status=DeidStatus.REDACTED, reviewed_by=None, reviewed_at=None)
    if not changed and deid is story.deidentification and title == story.title:
        return story
    return attrs.evolve(story, text=text, title=title, themes=themes, deidentification=deid)


def _move_theme(theme: ThemeAssignment, move: _Moves) -> ThemeAssignment:
    if not theme.evidence:
        return theme
    evidence = []
    for s in theme.evidence:
        start, end = move(s.start, is_end=False), move(s.end, is_end=True)
        if start < end or s.start == s.end:
            evidence.append(Span(start=start, end=end))
    return attrs.evolve(theme, evidence=tuple(evidence))


def redact_collection(  # noqa: PLR0913 - keyword-only options
    collection: Collection,
    *,
    operator: Operators = RedactionOperator.REPLACE,
    detectors: Sequence[Detector] | None = None,
    allow: Iterable[str] = (),
    min_score: float = 0.0,
    mask_char: str = "*",
    propagate: Propagation = "collection",
) -> Collection:
    """
    Redact every story of a collection; a name found in one story is redacted in all.

    With ``propagate="collection"`` (the default here) the stories are read twice: first every
    story is scanned and what is found (names, places, organisations, with the parts of
    names) is gathered; then each story is redacted, and those identifiers are redacted
    wherever they stand in it, also where nothing in that story would have flagged them.
    Pseudonyms are then shared across the collection: the person who is ``[PERSON_3]`` in
    one story is ``[PERSON_3]`` in every other. With ``propagate="story"`` each story is
    redacted on its own, as :func:`redact_story` does.

    >>> from rewardkit import Collection, Deidentification, DeidStatus, Source, Story
    >>> from rewardkit.deid import redact_collection
    >>> def story(id, text):
    ...     return Story(id=id, text=text, source=Source(platform="forum"),
    ...                  deidentification=Deidentification(status=DeidStatus.RAW))
    >>> stories = Collection(stories=[story("a", "My client Thandiwe Mokoena called."),
    ...                               story("b", "Thandiwe finally came back to group.")])
    >>> [s.text for s in redact_collection(stories, operator="pseudonym")]
    ['My client [PERSON_1] called.', '[PERSON_1] finally came back to group.']

    Args:
        collection: The stories.
        operator: As for :func:`redact`.
        detectors: The detectors to run; the registry's when ``None``.
        allow: Terms never to flag.
        min_score: Ignore detections scored lower than this.
        mask_char: The character ``mask`` uses.
        propagate: ``"collection"`` or ``"story"``.

    Returns:
        A new collection, the stories in the same order.

    Raises:
        ValueError: *operator* or *propagate* names no such thing.
        RedactionError: Redaction would leave a story's text empty.

    .. versionadded:: 0.2.0
    """
    if propagate not in {"story", "collection"}:
        msg = f"propagate must be 'story' or 'collection', not {propagate!r}"
        raise ValueError(msg)
    stories = collection.stories
    if propagate == "story":
        redacted = [
            redact_story(
                s,
                operator=operator,
                detectors=detectors,
                allow=allow,
                min_score=min_score,
                mask_char=mask_char,
            )
            for s in stories
        ]
        return attrs.evolve(collection, stories=redacted)
    allow = tuple(allow)
    seeds = Seeds()
    for s in stories:
        scanner = _Scanner.make(detectors, allow, min_score, language=s.language)
        for text in (s.text, s.title or ""):
            seeds.add(text, scanner(text), strings=False)
    pseudonymizer = Pseudonymizer.continuing(
        *(s.text for s in stories), *(s.title or "" for s in stories)
    )
    redacted = [
        _redact_story(
            s,
            _Scanner.make(detectors, allow, min_score, language=s.language, seeds=seeds),
            operator,
            mask_char,
            pseudonymizer,
        )
        for s in stories
    ]
    return attrs.evolve(collection, stories=redacted)
