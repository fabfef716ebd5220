"""
The story document: attrs models for SPEC section 4.

Every model is frozen, slotted and keyword-only, and checks its fields when it is built, so an
invalid object cannot exist. Rules that relate one part of a story to another (spans inside the
text, redactions matching it, known themes) are validation rules, reported as findings by
:func:`rewardkit.validate`, not construction errors, so that a story can be loaded and then
told everything that is wrong with it.

Fields that hold an enum also take its wire string: ``Narrator(role="therapist")`` is
``Narrator(role=NarratorRole.THERAPIST)``, and a string that names no member is a
:class:`~rewardkit.FieldError` listing the allowed values. The attribute always holds the enum.

Story text and titles never appear in a ``repr``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar

import attrs

from . import _validators as v
from ._quotes import quote_bounds, quotes_bounds
from .exceptions import FieldError

__all__ = [
    "SCHEMA_VERSION",
    "Collection",
    "ContentWarning",
    "DeidMethod",
    "DeidStatus",
    "Deidentification",
    "Narrator",
    "NarratorRole",
    "PhiCategory",
    "Redaction",
    "RedactionOperator",
    "Setting",
    "Source",
    "Span",
    "Story",
    "TextForm",
    "ThemeAssignment",
]

#: The wire-format version this release reads and writes.
SCHEMA_VERSION = "1.0"

# Patterns as regular-expression bodies: matched with ``fullmatch`` in Python, anchored for
# the JSON Schema by :mod:`rewardkit.schema`.
ID_PATTERN = r"[A-Za-z0-9._:-]{1,128}"
PLATFORM_PATTERN = r"[a-z0-9][a-z0-9._-]*"
URL_PATTERN = r"https?://[^\x00-\x20\x7f/?#]+(?:[/?#][^\x00-\x20\x7f]*)?"
NAMESPACE_PATTERN = r"[a-z][a-z0-9-]*"
# BCP 47 (RFC 5646) well-formed language tags: langtag, private use, grandfathered.
_ALNUM = "[A-Za-z0-9]"
_LANGTAG = (
    r"(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})"  # language
    r"(?:-[A-Za-z]{4})?"  # script
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"  # region
    rf"(?:-(?:{_ALNUM}{{5,8}}|[0-9]{_ALNUM}{{3}}))*"  # variants
    rf"(?:-[0-9A-WY-Za-wy-z](?:-{_ALNUM}{{2,8}})+)*"  # extensions
    rf"(?:-[Xx](?:-{_ALNUM}{{1,8}})+)?"  # private use
)
_GRANDFATHERED = (
    "en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn"
    "|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE|art-lojban|cel-gaulish|no-bok|no-nyn"
    "|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang"
)
LANGUAGE_PATTERN = rf"(?:{_LANGTAG}|[Xx](?:-{_ALNUM}{{1,8}})+|{_GRANDFATHERED})"


class NarratorRole(enum.StrEnum):
    """
    The narrator's profession. The narrator is described, never identified.

    .. versionadded:: 0.1.0
    """

    THERAPIST = "therapist"
    COUNSELOR = "counselor"
    PSYCHOLOGIST = "psychologist"
    PSYCHIATRIST = "psychiatrist"
    PSYCHIATRIC_NURSE = "psychiatric_nurse"
    SOCIAL_WORKER = "social_worker"
    PEER_SUPPORT_WORKER = "peer_support_worker"
    CASE_MANAGER = "case_manager"
    TRAINEE = "trainee"
    OTHER = "other"


class Setting(enum.StrEnum):
    """
    Where the narrator works.

    .. versionadded:: 0.1.0
    """

    INPATIENT = "inpatient"
    OUTPATIENT = "outpatient"
    COMMUNITY = "community"
    SCHOOL = "school"
    PRIVATE_PRACTICE = "private_practice"
    CRISIS = "crisis"
    RESIDENTIAL = "residential"
    TELEHEALTH = "telehealth"
    OTHER = "other"


class TextForm(enum.StrEnum):
    """
    How ``text`` relates to what the narrator wrote.

    .. versionadded:: 0.1.0
    """

    VERBATIM = "verbatim"
    PARAPHRASED = "paraphrased"
    SYNTHETIC = "synthetic"


class DeidStatus(enum.StrEnum):
    """
    How far de-identification has gone.

    .. versionadded:: 0.1.0
    """

    RAW = "raw"
    """Not yet processed."""
    REDACTED = "redacted"
    """Identifiers replaced."""
    REVIEWED = "reviewed"
    """A person checked the redacted text."""


class DeidMethod(enum.StrEnum):
    """
    The HIPAA de-identification method followed.

    .. versionadded:: 0.1.0
    """

    SAFE_HARBOR = "safe_harbor"
    EXPERT_DETERMINATION = "expert_determination"


class RedactionOperator(enum.StrEnum):
    """
    What was done to an identifier.

    .. versionadded:: 0.1.0
    """

    REPLACE = "replace"
    """Replaced by a category label such as ``[NAME]``."""
    MASK = "mask"
    """Each character replaced by a mask character."""
    REMOVE = "remove"
    """Deleted; the redaction is zero-width."""
    PSEUDONYM = "pseudonym"
    """Replaced by a stable pseudonym such as ``[PERSON_1]``."""
    GENERALIZE = "generalize"
    """Replaced by a coarser value (a date by its year, an age over 89 by "90 or older")."""


class PhiCategory(enum.StrEnum):
    """
    The kinds of identifier: the HIPAA Safe Harbor list plus usernames and organisations.

    .. versionadded:: 0.1.0
    """

    NAME = "NAME"
    LOCATION = "LOCATION"
    ZIP = "ZIP"
    DATE = "DATE"
    AGE_OVER_89 = "AGE_OVER_89"
    PHONE = "PHONE"
    FAX = "FAX"
    EMAIL = "EMAIL"
    SSN = "SSN"
    MRN = "MRN"
    HEALTH_PLAN_ID = "HEALTH_PLAN_ID"
    ACCOUNT_NUMBER = "ACCOUNT_NUMBER"
    LICENSE_NUMBER = "LICENSE_NUMBER"
    VEHICLE_ID = "VEHICLE_ID"
    DEVICE_ID = "DEVICE_ID"
    URL = "URL"
    IP_ADDRESS = "IP_ADDRESS"
    BIOMETRIC_ID = "BIOMETRIC_ID"
    PHOTO = "PHOTO"
    OTHER_ID = "OTHER_ID"
    USERNAME = "USERNAME"
    ORGANIZATION = "ORGANIZATION"


class ContentWarning(enum.StrEnum):
    """
    Content warnings a story can carry.

    .. versionadded:: 0.1.0
    """

    SUICIDE = "suicide"
    SELF_HARM = "self-harm"
    ABUSE = "abuse"
    SEXUAL_VIOLENCE = "sexual-violence"
    VIOLENCE = "violence"
    SUBSTANCE_USE = "substance-use"
    EATING_DISORDER = "eating-disorder"
    DEATH = "death"


def _to_tuple(value: Any) -> Any:
    """Accept a list where a tuple is stored, so Python callers may pass either."""
    return tuple(value) if isinstance(value, list) else value


_E = TypeVar("_E", bound=enum.Enum)


def _member(enum_type: type[_E], value: object, field: str) -> _E:
    """
    Convert a wire string to its enum member; leave anything else for the field's validator.

    Raises:
        FieldError: *value* is a string that names no member; the message lists the allowed
            values and, for a near miss, suggests one (never quoting *value* itself).
    """
    if isinstance(value, enum_type) or not isinstance(value, str):
        return value  # type: ignore[return-value] # a wrong type is the validator's to report
    try:
        return enum_type(value)
    except ValueError:
        pass
    import difflib  # noqa: PLC0415 - only for a mistake

    values = [str(m.value) for m in enum_type]
    folded = {x.casefold(): x for x in values}
    close = difflib.get_close_matches(value.casefold(), list(folded), n=1)
    hint = f"; did you mean {folded[close[0]]!r}?" if close else ""
    error = FieldError(f"must be one of {v.allowed(enum_type)}{hint}")
    error.field = field
    raise error


def _role(value: NarratorRole | str) -> NarratorRole:
    return _member(NarratorRole, value, "role")


def _setting(value: Setting | str | None) -> Setting | None:
    return None if value is None else _member(Setting, value, "setting")


def _text_form(value: TextForm | str | None) -> TextForm | None:
    return None if value is None else _member(TextForm, value, "text_form")


def _status(value: DeidStatus | str) -> DeidStatus:
    return _member(DeidStatus, value, "status")


def _method(value: DeidMethod | str) -> DeidMethod:
    return _member(DeidMethod, value, "method")


def _category(value: PhiCategory | str) -> PhiCategory:
    return _member(PhiCategory, value, "category")


def _operator(value: RedactionOperator | str) -> RedactionOperator:
    return _member(RedactionOperator, value, "operator")


def _content_warnings(
    value: list[ContentWarning | str] | tuple[ContentWarning | str, ...],
) -> tuple[ContentWarning, ...]:
    items: object = value
    if not isinstance(items, list | tuple):
        return items  # type: ignore[return-value] # a wrong type is the validator's to report
    out: list[ContentWarning] = []
    for i, item in enumerate(items):
        try:
            out.append(_member(ContentWarning, item, "content_warnings"))
        except FieldError as e:
            e.path = (i,)
            raise
    return tuple(out)


_OFFSET = v.Integer(minimum=0)
_NON_EMPTY = v.String(min_length=1)
_TIMESTAMP = v.Optional(v.Timestamp())


@attrs.frozen(kw_only=True, weakref_slot=False)
class Span:
    """
    A half-open range ``[start, end)`` of code points in a story's ``text``.

    Whether it lies inside the text (and is non-empty) is the ``span-bounds`` rule's business.

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(**v.rule(_OFFSET))
    end: int = attrs.field(**v.rule(_OFFSET))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Source:
    """
    Where a story comes from.

    Attributes:
        platform: Lowercase platform name (``reddit``, ``forum``, ``survey``, ...).
        community: The community within the platform (``r/therapists``).
        url: An http(s) permalink.
        posted_at: When it was posted, zone-aware.
        retrieved_at: When it was collected, zone-aware.
        text_form: Whether ``text`` is verbatim, paraphrased or synthetic.

    .. versionadded:: 0.1.0
    """

    platform: str = attrs.field(
        **v.rule(
            v.String(
                PLATFORM_PATTERN,
                pattern_hint="lowercase: a letter or digit, then letters, digits, '.', '_' or '-'",
            )
        )
    )
    community: str | None = attrs.field(default=None, **v.rule(v.Optional(_NON_EMPTY)))
    url: str | None = attrs.field(
        default=None,
        **v.rule(v.Optional(v.String(URL_PATTERN, pattern_hint="an http(s) URL with a host"))),
    )
    posted_at: datetime | None = attrs.field(default=None, **v.rule(_TIMESTAMP))
    retrieved_at: datetime | None = attrs.field(default=None, **v.rule(_TIMESTAMP))
    text_form: TextForm | None = attrs.field(
        default=None, converter=_text_form, **v.rule(v.Optional(v.Member(TextForm)))
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Narrator:
    """
    Who tells the story, described by role and setting, never by name.

    .. versionadded:: 0.1.0
    """

    role: NarratorRole = attrs.field(converter=_role, **v.rule(v.Member(NarratorRole)))
    setting: Setting | None = attrs.field(
        default=None, converter=_setting, **v.rule(v.Optional(v.Member(Setting)))
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class ThemeAssignment:
    """
    One theme assigned to a story.

    Attributes:
        theme: A theme id of the taxonomy in use (``small-victory.social``).
        coder: Who assigned it; ``None`` when not recorded.
        evidence: Spans of ``text`` that support it.
        confidence: How sure the coder (or classifier) was, 0 to 1.

    .. versionadded:: 0.1.0
    """

    theme: str = attrs.field(**v.rule(_NON_EMPTY))
    coder: str | None = attrs.field(default=None, **v.rule(v.Optional(_NON_EMPTY)))
    evidence: tuple[Span, ...] = attrs.field(
        default=(), converter=_to_tuple, **v.rule(v.TupleOf(Span))
    )
    confidence: float | None = attrs.field(
        default=None, **v.rule(v.Optional(v.Number(minimum=0.0, maximum=1.0)))
    )

    @classmethod
    def from_quotes(
        cls,
        text: str,
        theme: str,
        quotes: Iterable[str | tuple[str, int]],
        *,
        coder: str | None = None,
        confidence: float | None = None,
    ) -> ThemeAssignment:
        """
        Assign *theme* with the quotes of *text* that support it as evidence.

        Each quote is found in the text with :func:`rewardkit.evidence`; a quote that appears
        more than once is given as ``(quote, occurrence)``, counting from 1.

        Args:
            text: The story's text.
            theme: A theme id.
            quotes: The supporting quotes, exactly as they appear in *text*.
            coder: Who assigned the theme.
            confidence: How sure the coder was, 0 to 1.

        Returns:
            The assignment, with one evidence span per quote, in the order given.

        Raises:
            QuoteError: A quote is not in the text, or is ambiguous; the message names it by
                its place in *quotes*.
            FieldError: *theme*, *coder* or *confidence* breaks its field rule.

        .. versionadded:: 0.2.0
        """
        spans = tuple(Span(start=s, end=e) for s, e in quotes_bounds(text, quotes))
        return cls(theme=theme, coder=coder, evidence=spans, confidence=confidence)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Redaction:
    """
    Where an identifier was replaced: the replacement now stands at ``text[start:end]``.

    Attributes:
        start: Start of the replacement in the (redacted) text.
        end: End of the replacement; equal to *start* for ``remove``.
        category: What kind of identifier was there.
        operator: What was done to it.
        replacement: The text that now stands there; must equal ``text[start:end]``.

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(**v.rule(_OFFSET))
    end: int = attrs.field(**v.rule(_OFFSET))
    category: PhiCategory = attrs.field(converter=_category, **v.rule(v.Member(PhiCategory)))
    operator: RedactionOperator = attrs.field(
        converter=_operator, **v.rule(v.Member(RedactionOperator))
    )
    replacement: str = attrs.field(**v.rule(v.String()))


# ``reviewed_by`` and ``reviewed_at`` are required with status ``reviewed``, and not allowed
# with any other.
_REVIEW = v.RequiredWhen("status", DeidStatus.REVIEWED)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Deidentification:
    """
    The de-identification state of a story.

    ``reviewed_by`` and ``reviewed_at`` are required when ``status`` is ``reviewed`` and not
    allowed otherwise.

    .. versionadded:: 0.1.0
    """

    status: DeidStatus = attrs.field(converter=_status, **v.rule(v.Member(DeidStatus)))
    method: DeidMethod = attrs.field(
        default=DeidMethod.SAFE_HARBOR, converter=_method, **v.rule(v.Member(DeidMethod))
    )
    redactions: tuple[Redaction, ...] = attrs.field(
        default=(), converter=_to_tuple, **v.rule(v.TupleOf(Redaction))
    )
    reviewed_by: str | None = attrs.field(
        default=None, **v.rule(v.Optional(_NON_EMPTY), also=(_REVIEW,))
    )
    reviewed_at: datetime | None = attrs.field(default=None, **v.rule(_TIMESTAMP, also=(_REVIEW,)))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Story:
    """
    One story: what a mental-health worker told, with its source, themes and de-identification.

    ``text`` and ``title`` are left out of the ``repr``, so that a traceback or a log line never
    prints a narrative.

    .. versionadded:: 0.1.0
    """

    schema_version: str = attrs.field(default=SCHEMA_VERSION, **v.rule(v.Const(SCHEMA_VERSION)))
    id: str = attrs.field(
        **v.rule(v.String(ID_PATTERN, pattern_hint="1-128 characters of A-Z a-z 0-9 . _ : -"))
    )
    title: str | None = attrs.field(default=None, repr=False, **v.rule(v.Optional(v.String())))
    text: str = attrs.field(repr=False, **v.rule(v.String(non_blank=True)))
    language: str | None = attrs.field(
        default=None,
        **v.rule(
            v.Optional(
                v.String(LANGUAGE_PATTERN, pattern_hint="a BCP 47 language tag (en, en-GB, pt-BR)")
            )
        ),
    )
    source: Source = attrs.field(**v.rule(v.InstanceOf(Source)))
    narrator: Narrator | None = attrs.field(
        default=None, **v.rule(v.Optional(v.InstanceOf(Narrator)))
    )
    themes: tuple[ThemeAssignment, ...] = attrs.field(
        default=(), converter=_to_tuple, **v.rule(v.TupleOf(ThemeAssignment))
    )
    coded_by: tuple[str, ...] | None = attrs.field(
        default=None,
        converter=_to_tuple,
        **v.rule(v.Optional(v.TupleOf(str, unique=True, item_validator=_NON_EMPTY))),
    )
    content_warnings: tuple[ContentWarning, ...] = attrs.field(
        default=(), converter=_content_warnings, **v.rule(v.TupleOf(ContentWarning, unique=True))
    )
    deidentification: Deidentification = attrs.field(**v.rule(v.InstanceOf(Deidentification)))
    extensions: Mapping[str, Any] = attrs.field(
        factory=dict, hash=False, **v.rule(v.Extensions(NAMESPACE_PATTERN))
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Collection:
    """
    A set of stories, as held by a ``.json`` collection document or a ``.jsonl`` file.

    Iterating over a collection yields its stories.

    .. versionadded:: 0.1.0
    """

    schema_version: str = attrs.field(default=SCHEMA_VERSION, **v.rule(v.Const(SCHEMA_VERSION)))
    stories: tuple[Story, ...] = attrs.field(converter=_to_tuple, **v.rule(v.TupleOf(Story)))

    def __iter__(self) -> Iterator[Story]:
        return iter(self.stories)

    def __len__(self) -> int:
        return len(self.stories)


# ---------------------------------------------------------------------------------------------
# What a de-identification detector finds


def _check_span(inst: Detection, attr: attrs.Attribute[int], value: int) -> None:
    if value < inst.start:
        msg = f"{attr.name} must not be smaller than start"
        raise ValueError(msg)


@attrs.frozen(kw_only=True, order=False)
class Detection:
    """
    One identifier found in a text.

    A detection holds where the identifier is, never the identifier itself, so its ``repr``
    is safe to log.

    Attributes:
        start: Start of the identifier, a code-point offset into the scanned text.
        end: End of the identifier (half-open).
        category: What kind of identifier it is.
        score: How sure the detector is, from 0 to 1.
        detector: The name of the detector that found it.
        reason: Why it was flagged (a pattern name, a cue word), never the matched text.

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_span])
    category: PhiCategory = attrs.field(validator=attrs.validators.instance_of(PhiCategory))
    score: float = attrs.field(
        validator=[
            attrs.validators.instance_of(float),
            attrs.validators.ge(0.0),
            attrs.validators.le(1.0),
        ]
    )
    detector: str = attrs.field(validator=attrs.validators.instance_of(str))
    reason: str = attrs.field(default="", validator=attrs.validators.instance_of(str))

    def overlaps(self, start: int, end: int) -> bool:
        """
        Tell whether this detection shares a code point with ``[start, end)``.

        Args:
            start: Start of the other span.
            end: End of the other span.

        Returns:
            ``True`` when the two spans overlap.

        .. versionadded:: 0.1.0
        """
        return self.start < end and start < self.end


def evidence(text: str, quote: str, *, occurrence: int | None = None) -> Span:
    """
    Return the span of *quote* in *text*, as evidence for a theme.

    The quote must appear in the text exactly (letter case, spacing and quotation marks as
    they are in the text). When it appears more than once, *occurrence* says which one is
    meant; without it, an ambiguous quote is an error, so that evidence never points at the
    wrong place by accident.

    >>> import rewardkit as rk
    >>> text = "After months of sessions, she looked me in the eye and said thank you."
    >>> span = rk.evidence(text, "looked me in the eye")
    >>> (span.start, span.end)
    (30, 50)
    >>> text[span.start : span.end]
    'looked me in the eye'

    Args:
        text: The story's text.
        quote: The words to find, as they appear in *text*.
        occurrence: Which occurrence is meant, counting from 1, when the quote appears
            more than once.

    Returns:
        The half-open span of code points that the quote covers.

    Raises:
        QuoteError: The quote is empty, is not in the text, or appears more than once and
            *occurrence* does not say which one is meant (or names one that does not exist).
            The message shows at most a short excerpt of the quote.

    .. versionadded:: 0.2.0
    """
    start, end = quote_bounds(text, quote, occurrence=occurrence)
    return Span(start=start, end=end)


#: Every model class, each after the classes it holds (the order hooks are built in).
MODEL_CLASSES: tuple[type, ...] = (
    Span,
    Source,
    Narrator,
    ThemeAssignment,
    Redaction,
    Deidentification,
    Story,
    Collection,
)
