"""
The peers: the same story model written for the libraries a user would pick instead.

Each enforces the rules that rewardkit's loader enforces, as far as the library can say
them: unknown keys are errors, strict types (no coercion, ``true`` is not a number),
patterns for ids, platforms, languages, URLs, timestamps and ``extensions`` keys, ranges,
enums, ``null`` as "absent" for optional fields, unique ``coded_by`` and
``content_warnings``, and the review fields going with status ``reviewed``.
"""

from datetime import datetime
from typing import Annotated, Any, Literal

from rewardkit import story as rk
from rewardkit._rfc3339 import TIMESTAMP_PATTERN

# Anchored for Python's re (msgspec) and for Rust's regex (pydantic), where ``$`` is the end.
ID = rf"^(?:{rk.ID_PATTERN})$"
PLATFORM = rf"^(?:{rk.PLATFORM_PATTERN})$"
URL = rf"^(?:{rk.URL_PATTERN})$"
LANGUAGE = rf"^(?:{rk.LANGUAGE_PATTERN})$"
NAMESPACE = rf"^(?:{rk.NAMESPACE_PATTERN})$"
_PY = {p: p[:-1] + r"\Z" for p in (ID, PLATFORM, URL, LANGUAGE, NAMESPACE)}
TIMESTAMP = rf"^(?:{TIMESTAMP_PATTERN})\Z"


def theme_ids() -> frozenset[str]:
    """The theme ids of the taxonomy a default rewardkit run checks against."""
    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415

    return frozenset(t.id for t in build_taxonomy())


def check_story(text: str, themes: Any, redactions: Any, ids: frozenset[str]) -> None:
    """
    The equal work, as a user of another library would add it to the model.

    What rewardkit's ``theme-unknown``, ``span-bounds`` and ``redaction-mismatch`` rules
    check: theme ids in the taxonomy, evidence spans inside the text and non-empty,
    redactions inside the text, a replacement equal to the text it stands in for, and
    ``remove`` redactions zero-width.
    """
    length = len(text)
    for t in themes:
        if t.theme not in ids:
            msg = "unknown theme"
            raise ValueError(msg)
        for e in t.evidence:
            if not 0 <= e.start < e.end <= length:
                msg = "evidence outside the text"
                raise ValueError(msg)
    for r in redactions:
        if not 0 <= r.start <= r.end <= length:
            msg = "redaction outside the text"
            raise ValueError(msg)
        if r.operator is rk.RedactionOperator.REMOVE and r.start != r.end:
            msg = "remove is zero-width"
            raise ValueError(msg)
        if text[r.start : r.end] != r.replacement:
            msg = "replacement differs from the text"
            raise ValueError(msg)


def pydantic_models(*, equal_work: bool = False) -> Any:
    """
    Build the pydantic v2 models (strict, ``extra="forbid"``); return the Story model.

    With *equal_work*, the story model also checks in a model validator what rewardkit's
    ``theme-unknown``, ``span-bounds`` and ``redaction-mismatch`` rules check.
    """
    import pydantic  # noqa: PLC0415
    from pydantic import BaseModel, ConfigDict, Field, StringConstraints  # noqa: PLC0415

    config = ConfigDict(extra="forbid", strict=True, frozen=True)
    Str1 = Annotated[str, StringConstraints(min_length=1)]  # noqa: N806 - a type alias
    Offset = Annotated[int, Field(ge=0)]  # noqa: N806 - a type alias
    # Rust's regex has no look-ahead for the strict RFC 3339 pattern: pydantic's own
    # zone-aware datetime parser stands in (it is a little more lenient).
    Timestamp = pydantic.AwareDatetime  # noqa: N806 - a type alias

    class Span(BaseModel):
        model_config = config
        start: Offset
        end: Offset

    class Source(BaseModel):
        model_config = config
        platform: Annotated[str, StringConstraints(pattern=PLATFORM)]
        community: Str1 | None = None
        url: Annotated[str, StringConstraints(pattern=URL)] | None = None
        posted_at: Timestamp | None = None
        retrieved_at: Timestamp | None = None
        text_form: rk.TextForm | None = None

    class Narrator(BaseModel):
        model_config = config
        role: rk.NarratorRole
        setting: rk.Setting | None = None

    class ThemeAssignment(BaseModel):
        model_config = config
        theme: Str1
        coder: Str1 | None = None
        evidence: tuple[Span, ...] = ()
        confidence: Annotated[float, Field(ge=0.0, le=1.0)] | None = None

    class Redaction(BaseModel):
        model_config = config
        start: Offset
        end: Offset
        category: rk.PhiCategory
        operator: rk.RedactionOperator
        replacement: str

    class Deidentification(BaseModel):
        model_config = config
        status: rk.DeidStatus
        method: rk.DeidMethod = rk.DeidMethod.SAFE_HARBOR
        redactions: tuple[Redaction, ...] = ()
        reviewed_by: Str1 | None = None
        reviewed_at: Timestamp | None = None

        @pydantic.model_validator(mode="after")
        def _review(self) -> "Deidentification":
            reviewed = self.status is rk.DeidStatus.REVIEWED
            if reviewed != (self.reviewed_by is not None) or reviewed != (
                self.reviewed_at is not None
            ):
                msg = "reviewed_by and reviewed_at go with status 'reviewed'"
                raise ValueError(msg)
            return self

    class Story(BaseModel):
        model_config = config
        schema_version: Literal["1.0"]
        id: Annotated[str, StringConstraints(pattern=ID)]
        title: str | None = None
        text: Annotated[str, StringConstraints(pattern=r"\S")]
        language: Annotated[str, StringConstraints(pattern=LANGUAGE)] | None = None
        source: Source
        narrator: Narrator | None = None
        themes: tuple[ThemeAssignment, ...] = ()
        coded_by: tuple[Str1, ...] | None = None
        content_warnings: tuple[rk.ContentWarning, ...] = ()
        deidentification: Deidentification
        extensions: dict[Annotated[str, StringConstraints(pattern=NAMESPACE)], Any] = Field(
            default_factory=dict
        )

        @pydantic.field_validator("coded_by", "content_warnings")
        @classmethod
        def _unique(cls, value: tuple[Any, ...] | None) -> Any:
            if value is not None and len(set(value)) != len(value):
                msg = "lists an item more than once"
                raise ValueError(msg)
            return value

    if not equal_work:
        return Story
    ids = theme_ids()

    class CheckedStory(Story):
        @pydantic.model_validator(mode="after")
        def _spans_and_themes(self) -> "CheckedStory":
            check_story(self.text, self.themes, self.deidentification.redactions, ids)
            return self

    return CheckedStory


def msgspec_models(*, equal_work: bool = False) -> Any:
    """
    Build the msgspec Structs (``forbid_unknown_fields``); return the Story Struct.

    With *equal_work*, the story also checks in ``__post_init__`` what rewardkit's
    ``theme-unknown``, ``span-bounds`` and ``redaction-mismatch`` rules check.
    """
    ids = theme_ids() if equal_work else frozenset()
    import msgspec  # noqa: PLC0415
    from msgspec import Meta, Struct  # noqa: PLC0415

    opts: dict[str, Any] = {"forbid_unknown_fields": True, "frozen": True, "kw_only": True}
    Str1 = Annotated[str, Meta(min_length=1)]  # noqa: N806 - a type alias
    Offset = Annotated[int, Meta(ge=0)]  # noqa: N806 - a type alias
    Timestamp = Annotated[datetime, Meta(tz=True)]  # noqa: N806 - a type alias

    class Span(Struct, **opts):
        start: Offset
        end: Offset

    class Source(Struct, **opts):
        platform: Annotated[str, Meta(pattern=_PY[PLATFORM])]
        community: Str1 | None = None
        url: Annotated[str, Meta(pattern=_PY[URL])] | None = None
        posted_at: Timestamp | None = None
        retrieved_at: Timestamp | None = None
        text_form: rk.TextForm | None = None

    class Narrator(Struct, **opts):
        role: rk.NarratorRole
        setting: rk.Setting | None = None

    class ThemeAssignment(Struct, **opts):
        theme: Str1
        coder: Str1 | None = None
        evidence: tuple[Span, ...] = ()
        confidence: Annotated[float, Meta(ge=0.0, le=1.0)] | None = None

    class Redaction(Struct, **opts):
        start: Offset
        end: Offset
        category: rk.PhiCategory
        operator: rk.RedactionOperator
        replacement: str

    class Deidentification(Struct, **opts):
        status: rk.DeidStatus
        method: rk.DeidMethod = rk.DeidMethod.SAFE_HARBOR
        redactions: tuple[Redaction, ...] = ()
        reviewed_by: Str1 | None = None
        reviewed_at: Timestamp | None = None

        def __post_init__(self) -> None:
            reviewed = self.status is rk.DeidStatus.REVIEWED
            if reviewed != (self.reviewed_by is not None) or reviewed != (
                self.reviewed_at is not None
            ):
                msg = "reviewed_by and reviewed_at go with status 'reviewed'"
                raise ValueError(msg)

    class Story(Struct, **opts):
        schema_version: Literal["1.0"]
        id: Annotated[str, Meta(pattern=_PY[ID])]
        text: Annotated[str, Meta(pattern=r"\S")]
        source: Source
        deidentification: Deidentification
        title: str | None = None
        language: Annotated[str, Meta(pattern=_PY[LANGUAGE])] | None = None
        narrator: Narrator | None = None
        themes: tuple[ThemeAssignment, ...] = ()
        coded_by: tuple[Str1, ...] | None = None
        content_warnings: tuple[rk.ContentWarning, ...] = ()
        extensions: dict[Annotated[str, Meta(pattern=_PY[NAMESPACE])], Any] = {}

        def __post_init__(self) -> None:
            for value in (self.coded_by, self.content_warnings):
                if value is not None and len(set(value)) != len(value):
                    msg = "lists an item more than once"
                    raise ValueError(msg)
            if equal_work:
                check_story(self.text, self.themes, self.deidentification.redactions, ids)

    _ = msgspec
    return Story
