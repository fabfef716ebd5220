"""
The exceptions rewardkit raises.

Every exception derives from :class:`RewardkitError`, and each also derives from the built-in
exception a caller would expect (:class:`ValueError`, :class:`KeyError`, ...), so ``except
ValueError`` keeps working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .findings import Finding

__all__ = [
    "ExtraRequiredError",
    "FieldError",
    "FieldTypeError",
    "InputError",
    "LoadError",
    "MergeConflictError",
    "OutputError",
    "RewardkitError",
]


class RewardkitError(Exception):
    """
    The base of every exception that rewardkit raises on purpose.

    .. versionadded:: 0.1.0
    """


class FieldError(RewardkitError, ValueError):
    """
    A value breaks a field rule while a model is being built.

    The message names what is wrong without quoting the value, so it is safe to log.

    Args:
        message: What is wrong.
        path: Reference tokens below the field, when the problem lies deeper inside it
            (an item of a list, a key of ``extensions``).

    Attributes:
        field: The name of the field, once known.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.field: str | None = None

    def __str__(self) -> str:
        where = (self.field or "") + "".join(f"/{p}" for p in self.path)
        return f"{where}: {self.message}" if where else self.message


class FieldTypeError(FieldError, TypeError):
    """
    A value has the wrong type for its field.

    .. versionadded:: 0.1.0
    """


class LoadError(RewardkitError, ValueError):
    """
    A document could not be loaded.

    It carries *every* problem found in the document, not only the first, each as a
    :class:`~rewardkit.Finding` with rule ``json-invalid`` (the bytes are not JSON under the
    wire format's rules) or ``schema`` (the JSON breaks a field rule), a JSON Pointer path, and
    the file and line where known.

    Args:
        findings: The problems, in document order.

    .. versionadded:: 0.1.0
    """

    findings: tuple[Finding, ...]

    def __init__(self, findings: tuple[Finding, ...] | list[Finding]) -> None:
        self.findings = tuple(findings)
        super().__init__(self._summary())

    def _summary(self) -> str:
        n = len(self.findings)
        head = f"{n} problem{'s' if n != 1 else ''} loading the document"
        shown = "\n".join(f"  {f}" for f in self.findings[:20])
        more = f"\n  ... and {n - 20} more" if n > 20 else ""
        return f"{head}:\n{shown}{more}" if n else head

    def __reduce__(self) -> tuple[type[LoadError], tuple[tuple[Finding, ...]]]:
        return (type(self), (self.findings,))


class OutputError(RewardkitError, OSError):
    """
    An output file cannot be written safely: it is an input, a directory or a dangling link.

    .. versionadded:: 0.2.0
    """


class InputError(RewardkitError, ValueError):
    """
    Input that cannot be imported, merged or exported.

    A malformed record, a missing column, a project that is not REFI-QDA, stories that do not
    load. The message names the file and, where known, the line; it never quotes a story's text.

    Args:
        message: What is wrong.
        file: The file, when known.
        line: The 1-based line, when known.

    .. versionadded:: 0.2.0
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = self.file or ""
        if self.file is not None and self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_input_error, (type(self), self.message, self.file, self.line))


def _rebuild_input_error(
    cls: type[InputError], message: str, file: str | None, line: int | None
) -> InputError:
    return cls(message, file=file, line=line)


class MergeConflictError(InputError):
    """
    Files being merged disagree on something that is not a coding: a story's text or source.

    .. versionadded:: 0.2.0
    """


class ExtraRequiredError(RewardkitError, ImportError):
    """
    An optional dependency is needed and not installed; the message names the extra.

    .. versionadded:: 0.2.0
    """
