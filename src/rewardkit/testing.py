"""
Hypothesis strategies for rewardkit's models, for your own property tests.

Every strategy makes valid, internally consistent objects: evidence spans and redactions lie
inside the text, each redaction's replacement equals the text it covers, redactions do not
overlap, theme ids come from the taxonomy, no theme is assigned twice by one coder, story ids
are unique within a collection, and timestamps carry a zone and come in order (posted, then
retrieved, then reviewed), in the past.

:func:`stories` and its parts explore the edges (any Unicode, any offsets), for code that must
never break; :func:`realistic_stories` makes stories that look like data (sentences of real
words, evidence over whole phrases, plausible redactions with placeholders), for code whose
results a person reads, and it is fast. :func:`demo_corpus` makes a corpus of such stories
without Hypothesis, the same for the same seed.

This module needs the ``hypothesis`` extra: ``pip install rewardkit[hypothesis]``. It is never
imported by ``import rewardkit``.

Example::

    from hypothesis import given
    from rewardkit import dumps, loads
    from rewardkit.testing import stories

    @given(stories())
    def test_round_trip(story):
        assert loads(dumps(story)) == story

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

try:
    from hypothesis import strategies as st
except ImportError as _error:
    _msg = (
        "rewardkit.testing needs Hypothesis, which is not installed; "
        "install it with: pip install 'rewardkit[hypothesis]'"
    )
    raise ImportError(_msg, name=_error.name) from _error

from ._demo import Composer, demo_corpus
from .story import (
    Collection,
    ContentWarning,
    Deidentification,
    DeidMethod,
    DeidStatus,
    Narrator,
    NarratorRole,
    PhiCategory,
    Redaction,
    RedactionOperator,
    Setting,
    Source,
    Span,
    Story,
    TextForm,
    ThemeAssignment,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "collections",
    "deidentifications",
    "demo_corpus",
    "narrators",
    "realistic_collections",
    "realistic_stories",
    "realistic_texts",
    "register_type_strategies",
    "sources",
    "spans",
    "stories",
    "texts",
    "theme_assignments",
    "timestamps",
]

_ZONES = (
    UTC,
    timezone(timedelta(hours=1)),
    timezone(timedelta(hours=5, minutes=30)),
    timezone(-timedelta(hours=8)),
    timezone(-timedelta(hours=3, minutes=30)),
)
_EARLIEST = datetime(2005, 1, 1)  # noqa: DTZ001 - hypothesis wants naive bounds
_LATEST = datetime(2025, 12, 31)  # noqa: DTZ001 - hypothesis wants naive bounds
_LANGUAGES = ("en", "en-GB", "en-US", "pt-BR", "de", "fr-CA", "es-419", "zh-Hant-TW", "sgn-BE-FR")

# Valid Unicode without surrogates, with emoji and combining marks among the letters.
_CHARS = st.characters(codec="utf-8", exclude_categories=["Cs"])
_WORDISH = st.characters(codec="utf-8", categories=["L", "N", "M", "P", "So", "Zs"])


def texts(*, min_size: int = 1, max_size: int = 200) -> st.SearchStrategy[str]:
    """
    Make story texts: valid Unicode, not blank, with emoji and combining marks.

    Args:
        min_size: The fewest code points.
        max_size: The most code points.

    .. versionadded:: 0.1.0
    """
    return st.text(_WORDISH | _CHARS, min_size=min_size, max_size=max_size).filter(str.strip)


def timestamps(
    *, min_value: datetime = _EARLIEST, max_value: datetime = _LATEST
) -> st.SearchStrategy[datetime]:
    """
    Make zone-aware datetimes, in a handful of zones, between two naive bounds.

    .. versionadded:: 0.1.0
    """
    return st.datetimes(min_value=min_value, max_value=max_value, timezones=st.sampled_from(_ZONES))


def spans(text: str, *, min_width: int = 1) -> st.SearchStrategy[Span]:
    """
    Make spans inside *text* that are at least *min_width* code points wide.

    .. versionadded:: 0.1.0
    """
    n = len(text)
    if n < min_width:
        return st.nothing()
    return st.integers(0, n - min_width).flatmap(
        lambda start: st.integers(start + min_width, n).map(lambda end: Span(start=start, end=end))
    )


def _names() -> st.SearchStrategy[str]:
    return st.text(_WORDISH, min_size=1, max_size=12).filter(str.strip)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """
    Make sources; ``posted_at`` comes before ``retrieved_at`` when both are set.

    .. versionadded:: 0.1.0
    """
    posted = draw(st.none() | timestamps())
    retrieved = draw(st.none() | timestamps())
    if posted is not None and retrieved is not None and posted > retrieved:
        posted, retrieved = retrieved, posted
    host = draw(st.from_regex(r"[a-z][a-z0-9-]{0,10}\.(org|com|net)", fullmatch=True))
    path = draw(st.from_regex(r"(/[a-z0-9_]{1,8}){0,3}/?", fullmatch=True))
    return Source(
        platform=draw(st.from_regex(r"[a-z0-9][a-z0-9._-]{0,11}", fullmatch=True)),
        community=draw(st.none() | _names()),
        url=draw(st.none() | st.just(f"https://{host}{path}")),
        posted_at=posted,
        retrieved_at=retrieved,
        text_form=draw(st.none() | st.sampled_from(TextForm)),
    )


def narrators() -> st.SearchStrategy[Narrator]:
    """
    Make narrators.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Narrator, role=st.sampled_from(NarratorRole), setting=st.none() | st.sampled_from(Setting)
    )


def _core_theme_ids() -> tuple[str, ...]:
    from .taxonomy import core_taxonomy  # noqa: PLC0415 - loaded only when strategies run

    return tuple(t.id for t in core_taxonomy() if not t.deprecated)


@st.composite
def theme_assignments(
    draw: st.DrawFn,
    text: str,
    *,
    theme_ids: Sequence[str] | None = None,
    coders: Sequence[str] = (),
    max_size: int = 4,
) -> tuple[ThemeAssignment, ...]:
    """
    Make the theme assignments of one story: evidence inside *text*, no duplicates.

    Args:
        text: The story text the evidence points into.
        theme_ids: Themes to choose from; the core taxonomy's current themes by default.
        coders: Coder names to choose from; assignments have no coder when empty.
        max_size: The most assignments.

    .. versionadded:: 0.1.0
    """
    ids = tuple(theme_ids) if theme_ids is not None else _core_theme_ids()
    coder = st.sampled_from(coders) if coders else st.none()
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), coder), max_size=max_size, unique=True))
    return tuple(
        ThemeAssignment(
            theme=theme,
            coder=who,
            evidence=tuple(draw(st.lists(spans(text), max_size=2))),
            confidence=draw(st.none() | st.floats(0.0, 1.0)),
        )
        for theme, who in pairs
    )


_REPLACEABLE = tuple(o for o in RedactionOperator if o is not RedactionOperator.REMOVE)


@st.composite
def deidentifications(
    draw: st.DrawFn,
    text: str,
    *,
    status: DeidStatus | None = None,
    after: datetime | None = None,
) -> Deidentification:
    """
    Make a de-identification record consistent with *text*.

    Each redaction covers text whose slice equals its replacement (a ``remove`` is
    zero-width, with an empty replacement), and no two redactions overlap.

    Args:
        text: The story text (already redacted).
        status: The status to use; any when ``None``. ``raw`` records have no redactions.
        after: For ``reviewed``, the earliest review time.

    .. versionadded:: 0.1.0
    """
    status = draw(st.sampled_from(DeidStatus)) if status is None else status
    redactions: list[Redaction] = []
    if status is not DeidStatus.RAW and text:
        cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6))))
        pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
        for start, end in pairs:
            width = draw(st.integers(0, end - start))
            # The intervals are disjoint, so a zero-width ``remove`` overlaps nothing.
            op = RedactionOperator.REMOVE if width == 0 else draw(st.sampled_from(_REPLACEABLE))
            redactions.append(
                Redaction(
                    start=start,
                    end=start + width,
                    category=draw(st.sampled_from(PhiCategory)),
                    operator=op,
                    replacement=text[start : start + width],
                )
            )
        redactions = draw(st.permutations(redactions))
    reviewed = status is DeidStatus.REVIEWED
    earliest = after.astimezone(UTC).replace(tzinfo=None) if after else _EARLIEST
    return Deidentification(
        status=status,
        method=draw(st.sampled_from(DeidMethod)),
        redactions=tuple(redactions),
        reviewed_by=draw(_names()) if reviewed else None,
        reviewed_at=draw(timestamps(min_value=min(earliest + timedelta(days=1), _LATEST)))
        if reviewed
        else None,
    )


def _json_values() -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(-(2**53), 2**53)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(_CHARS, max_size=10)
    )
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(_CHARS, max_size=6), children, max_size=3)
        ),
        max_leaves=6,
    )


@st.composite
def stories(
    draw: st.DrawFn,
    *,
    status: DeidStatus | None = None,
    theme_ids: Sequence[str] | None = None,
    story_id: str | None = None,
) -> Story:
    """
    Make valid, internally consistent stories.

    Args:
        status: Fix the de-identification status; any when ``None``.
        theme_ids: Themes to choose from; the core taxonomy's current themes by default.
        story_id: Fix the story's id.

    .. versionadded:: 0.1.0
    """
    text = draw(texts())
    source = draw(sources())
    coders = draw(st.lists(_names(), max_size=3, unique=True))
    coded_by = draw(st.none() | st.just(tuple(coders))) if coders else None
    return Story(
        id=story_id or draw(st.from_regex(r"[A-Za-z0-9._:-]{1,24}", fullmatch=True)),
        title=draw(st.none() | texts(max_size=40)),
        text=text,
        language=draw(st.none() | st.sampled_from(_LANGUAGES)),
        source=source,
        narrator=draw(st.none() | narrators()),
        themes=draw(theme_assignments(text, theme_ids=theme_ids, coders=coders)),
        coded_by=coded_by,
        content_warnings=tuple(draw(st.lists(st.sampled_from(ContentWarning), unique=True))),
        deidentification=draw(deidentifications(text, status=status, after=source.retrieved_at)),
        extensions=draw(
            st.dictionaries(
                st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True), _json_values(), max_size=2
            )
        ),
    )


@st.composite
def collections(
    draw: st.DrawFn, *, max_size: int = 5, theme_ids: Sequence[str] | None = None
) -> Collection:
    """
    Make collections of stories with unique ids.

    .. versionadded:: 0.1.0
    """
    n = draw(st.integers(0, max_size))
    return Collection(
        stories=tuple(draw(stories(story_id=f"st-{i:04d}", theme_ids=theme_ids)) for i in range(n))
    )


class _Draws:
    """Make a :class:`~rewardkit._demo.Composer`'s choices with Hypothesis, so that they shrink."""

    __slots__ = ("_draw",)

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def randint(self, a: int, b: int, /) -> int:
        return self._draw(st.integers(a, b))


# Posted between these, so that every later timestamp of a story is still in the past.
_REALISTIC_FROM = datetime(2015, 1, 1, tzinfo=UTC)
_REALISTIC_DAYS = 365 * 9


@st.composite
def realistic_texts(
    draw: st.DrawFn, *, theme_ids: Sequence[str] | None = None, status: DeidStatus | None = None
) -> str:
    """
    Make story texts that read like the real thing: a few sentences of ordinary English.

    Each has one sentence per theme (one to three themes); a ``raw`` text may name an
    invented client or carry an invented phone number, date or email address, the others
    have placeholders such as ``[NAME]`` instead.

    Args:
        theme_ids: Themes whose sentences to use; the core taxonomy's sub-themes by default.
        status: Write the text as for this status; any when ``None``.

    .. versionadded:: 0.2.0
    """
    composer = Composer(_Draws(draw), theme_ids)
    if status is None:
        status = draw(st.sampled_from((DeidStatus.REDACTED, DeidStatus.REVIEWED, DeidStatus.RAW)))
    n = draw(st.integers(1, min(3, len(composer.theme_ids))))
    return composer.text(status, composer.theme_ids[:n])[0]


@st.composite
def realistic_stories(
    draw: st.DrawFn,
    *,
    status: DeidStatus | None = None,
    theme_ids: Sequence[str] | None = None,
    story_id: str | None = None,
) -> Story:
    """
    Make valid stories that look like data, quickly.

    The text is a few sentences of ordinary English about a rewarding moment of the work.
    Each theme's evidence is the phrase that shows it; one or two coders assign the themes
    (the second now and then disagrees) and are listed in ``coded_by``. A ``raw`` story may
    name an invented client or carry an invented phone number (555-01xx), date or email
    address at ``example.org``; a ``redacted`` or ``reviewed`` one has placeholders
    (``[NAME]``, ``[PERSON_1]``, ``*****``, ``[PHONE]``, a date generalised to its year) whose
    redactions match the text exactly, and nothing that the detectors find. Timestamps come in
    order, in the past; ``text_form`` is ``synthetic``. Every story has no error finding
    under the default profile, given a taxonomy that knows its themes.

    Hypothesis shrinks a failing story towards fewer themes and the first sentence of each.

    Args:
        status: Fix the de-identification status; any when ``None``.
        theme_ids: Themes to choose from; the core taxonomy's sub-themes by default.
        story_id: Fix the story's id.

    .. versionadded:: 0.2.0
    """
    chooser = _Draws(draw)
    composer = Composer(chooser, theme_ids)
    when = _REALISTIC_FROM + timedelta(minutes=chooser.randint(0, _REALISTIC_DAYS * 24 * 60))
    sid = story_id or f"st-{chooser.randint(1, 99999):05d}"
    return composer.story(sid, status=status, when=when)


@st.composite
def realistic_collections(
    draw: st.DrawFn, *, max_size: int = 5, theme_ids: Sequence[str] | None = None
) -> Collection:
    """
    Make collections of realistic stories (see :func:`realistic_stories`) with unique ids.

    .. versionadded:: 0.2.0
    """
    n = draw(st.integers(0, max_size))
    return Collection(
        stories=tuple(
            draw(realistic_stories(story_id=f"st-{i:04d}", theme_ids=theme_ids)) for i in range(n)
        )
    )


def register_type_strategies() -> None:
    """
    Let ``st.from_type`` build rewardkit's models.

    Hypothesis calls this through its entry point when ``rewardkit[hypothesis]`` is installed.

    .. versionadded:: 0.1.0
    """
    st.register_type_strategy(Story, stories())
    st.register_type_strategy(Collection, collections())
    st.register_type_strategy(Narrator, narrators())
    st.register_type_strategy(Source, sources())
