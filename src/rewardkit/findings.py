"""
Findings: what validation and loading report about a document.

A :class:`Finding` is plain data (a rule name, a severity, a JSON Pointer path and a message),
so that programs can read it and reporters can print it. A finding never carries the story's
text or an identifier in full.
"""

from __future__ import annotations

import enum
from typing import Final

import attrs

__all__ = [
    "BUILTIN_RULE_NAMES",
    "CONTENT_WARNING",
    "DEID_REQUIRED",
    "ID_DUPLICATE",
    "JSON_INVALID",
    "PHI_RESIDUAL",
    "PHI_UNCHECKED",
    "REDACTION_MISMATCH",
    "REDACTION_OVERLAP",
    "REVIEW_REQUIRED",
    "SCHEMA",
    "SPAN_BOUNDS",
    "THEME_DEPRECATED",
    "THEME_DUPLICATE",
    "THEME_UNKNOWN",
    "TIME_ORDER",
    "VERBATIM_PUBLISH",
    "Finding",
    "Problem",
    "Severity",
    "escape_pointer_token",
    "format_pointer",
]

# The names of rewardkit's own rules (SPEC section 5), stated once. Loading reports the first
# two; the rest are registered by :mod:`rewardkit.rules`.
JSON_INVALID: Final = "json-invalid"
SCHEMA: Final = "schema"
THEME_UNKNOWN: Final = "theme-unknown"
THEME_DEPRECATED: Final = "theme-deprecated"
THEME_DUPLICATE: Final = "theme-duplicate"
SPAN_BOUNDS: Final = "span-bounds"
REDACTION_MISMATCH: Final = "redaction-mismatch"
REDACTION_OVERLAP: Final = "redaction-overlap"
TIME_ORDER: Final = "time-order"
ID_DUPLICATE: Final = "id-duplicate"
DEID_REQUIRED: Final = "deid-required"
REVIEW_REQUIRED: Final = "review-required"
VERBATIM_PUBLISH: Final = "verbatim-publish"
PHI_RESIDUAL: Final = "phi-residual"
PHI_UNCHECKED: Final = "phi-unchecked"
CONTENT_WARNING: Final = "content-warning"
#: Every built-in rule name, in reporting order.
BUILTIN_RULE_NAMES: Final = (
    JSON_INVALID,
    SCHEMA,
    THEME_UNKNOWN,
    THEME_DEPRECATED,
    THEME_DUPLICATE,
    SPAN_BOUNDS,
    REDACTION_MISMATCH,
    REDACTION_OVERLAP,
    TIME_ORDER,
    ID_DUPLICATE,
    DEID_REQUIRED,
    REVIEW_REQUIRED,
    VERBATIM_PUBLISH,
    PHI_RESIDUAL,
    PHI_UNCHECKED,
    CONTENT_WARNING,
)


class Severity(enum.StrEnum):
    """
    How serious a finding is.

    .. versionadded:: 0.1.0
    """

    ERROR = "error"
    """The document breaks the contract; ``rewardkit validate`` exits 1."""
    WARNING = "warning"
    """Worth a look; does not fail a run."""
    INFO = "info"
    """For information only."""


def escape_pointer_token(token: str | int) -> str:
    """
    Escape one reference token of a JSON Pointer (RFC 6901).

    Args:
        token: An object key or an array index.

    Returns:
        The token with ``~`` written as ``~0`` and ``/`` as ``~1``.

    .. versionadded:: 0.1.0
    """
    return str(token).replace("~", "~0").replace("/", "~1")


def format_pointer(tokens: tuple[str | int, ...] | list[str | int]) -> str:
    """
    Join reference tokens into a JSON Pointer.

    Args:
        tokens: Keys and indices from the document root downwards.

    Returns:
        ``""`` for the whole document, else ``/a/0/b`` with each token escaped.

    .. versionadded:: 0.1.0
    """
    return "".join("/" + escape_pointer_token(t) for t in tokens)


@attrs.frozen(kw_only=True)
class Finding:
    """
    One problem (or observation) about a document.

    Args:
        rule: The stable kebab-case name of the rule that made it (``theme-unknown``).
        severity: How serious it is.
        path: A JSON Pointer (RFC 6901) into the document, ``""`` for the whole document,
            or ``None`` where no place in the document applies (for instance a file that is
            not valid UTF-8).
        message: A sentence for a person. It never quotes the story's text.
        file: The file the document came from, if any.
        line: The 1-based line in *file*, where known.
        story: The id of the story it is about, where known (a story that did not load has
            none).
        column: The 1-based column in *line*, where known (for input that is not JSON).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       *story* and *column*.
    """

    rule: str
    severity: Severity
    path: str | None
    message: str
    file: str | None = None
    line: int | None = None
    story: str | None = None
    column: int | None = None

    def located(self, *, file: str | None = None, line: int | None = None) -> Finding:
        """
        Return a copy that names *file* and *line*, keeping any already set.

        Args:
            file: The file name to record when none is set.
            line: The line to record when none is set.

        Returns:
            A new finding.
        """
        return attrs.evolve(
            self,
            file=self.file if self.file is not None else file,
            line=self.line if self.line is not None else line,
        )

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        path = "" if self.path is None else f" {self.path or '(document)'}:"
        return f"{where}:{path} {self.rule}: {self.message}"


@attrs.frozen(kw_only=True)
class Problem:
    """
    What a rule's check yields: where in the story, and what is wrong.

    Args:
        path: Reference tokens from the story down to the offending value
            (``("themes", 0, "theme")``); ``()`` for the whole story.
        message: A sentence for a person. Never quote the story's text, and show no more of
            an identifier than a reader needs to find it.

    .. versionadded:: 0.1.0
    """

    path: tuple[str | int, ...]
    message: str
