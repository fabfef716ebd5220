"""
The exceptions rewardkit raises, all in one place.

Every exception derives from :class:`RewardkitError`, and each also derives from the built-in
exception a caller would expect (:class:`ValueError`, :class:`KeyError`, ...), so ``except
ValueError`` keeps working. Messages name what is wrong and where, never the story's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._messages import shown

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .findings import Finding

__all__ = [
    "AgreementError",
    "ConfigError",
    "DetectorError",
    "ExtraRequiredError",
    "FieldError",
    "FieldTypeError",
    "InputError",
    "LoadError",
    "MergeConflictError",
    "OutputError",
    "ParallelError",
    "PluginError",
    "QuoteError",
    "RedactionError",
    "ReviewError",
    "RewardkitError",
    "RuleConfigError",
    "RuleError",
    "StatsError",
    "TaxonomyError",
    "UnknownThemeError",
    "UsageError",
    "ValidationError",
]


class RewardkitError(Exception):
    """
    The base of every exception that rewardkit raises on purpose.

    .. versionadded:: 0.1.0
    """


# ---------------------------------------------------------------------------------------------
# Models and documents


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


def _summary(head: str, findings: tuple[Finding, ...]) -> str:
    shown_ = "".join(f"\n  {f}" for f in findings[:20])
    more = f"\n  ... and {len(findings) - 20} more" if len(findings) > 20 else ""
    return head + (":" if findings else "") + shown_ + more


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

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings = tuple(findings)
        n = len(self.findings)
        super().__init__(
            _summary(f"{n} problem{'s' if n != 1 else ''} loading the document", self.findings)
        )

    def __reduce__(self) -> tuple[type[LoadError], tuple[tuple[Finding, ...]]]:
        return (type(self), (self.findings,))


class ValidationError(RewardkitError, ValueError):
    """
    A document has error findings; raised by :func:`~rewardkit.validate_or_raise`.

    Args:
        findings: Every finding, errors and others, in document order.

    .. versionadded:: 0.1.0
    """

    findings: tuple[Finding, ...]

    def __init__(self, findings: Iterable[Finding]) -> None:
        self.findings = tuple(findings)
        errors = tuple(f for f in self.findings if f.severity.value == "error")
        n = len(errors)
        super().__init__(_summary(f"{n} error{'s' if n != 1 else ''} in the document", errors))

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Finding, ...]]]:
        return (type(self), (self.findings,))


class QuoteError(RewardkitError, ValueError):
    """
    A quote cannot be placed in a story's text: it is not there, or it is there more than once.

    Raised by :func:`~rewardkit.evidence` and :meth:`ThemeAssignment.from_quotes
    <rewardkit.ThemeAssignment.from_quotes>`. The message says how to fix the quote and shows
    at most a short excerpt of it.

    Args:
        message: What is wrong.
        quote: The excerpt of the quote that the message shows.
        occurrences: Where the quote starts in the text, when it appears more than once.

    Attributes:
        quote: As given.
        occurrences: As given.

    .. versionadded:: 0.2.0
    """

    def __init__(
        self, message: str, *, quote: str | None = None, occurrences: Iterable[int] = ()
    ) -> None:
        super().__init__(message)
        self.quote = quote
        self.occurrences = tuple(occurrences)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_quote_error, (type(self), str(self), self.quote, self.occurrences))


def _rebuild_quote_error(
    cls: type[QuoteError], message: str, quote: str | None, occurrences: tuple[int, ...]
) -> QuoteError:
    return cls(message, quote=quote, occurrences=occurrences)


class OutputError(RewardkitError, OSError):
    """
    An output file cannot be written safely: it is an input, a directory or a dangling link.

    .. versionadded:: 0.2.0
    """


# ---------------------------------------------------------------------------------------------
# Taxonomy


class TaxonomyError(RewardkitError, ValueError):
    """
    A theme, taxonomy, extension or taxonomy file breaks a rule.

    It carries every problem found, not only the first.

    Args:
        problems: What is wrong, one message per problem.
        source: Where the taxonomy came from (a file name, ``plugin 'acme'``), when known.

    Attributes:
        problems: The messages, in the order found.
        source: As given.

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: str | Iterable[str], *, source: str | None = None) -> None:
        self.problems: tuple[str, ...] = (
            (problems,) if isinstance(problems, str) else tuple(problems)
        )
        self.source = source
        super().__init__(self._summary())

    def _summary(self) -> str:
        where = f"{self.source}: " if self.source else ""
        if len(self.problems) == 1:
            return where + self.problems[0]
        listed = "\n".join(f"  {p}" for p in self.problems)
        return f"{where}{len(self.problems)} problems:\n{listed}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_taxonomy_error, (type(self), self.problems, self.source))


def _rebuild_taxonomy_error(
    cls: type[TaxonomyError], problems: tuple[str, ...], source: str | None
) -> TaxonomyError:
    return cls(problems, source=source)


class UnknownThemeError(RewardkitError, KeyError):
    """
    A theme id is not in the taxonomy.

    Args:
        theme_id: The id asked for.
        suggestions: Known ids that look like it, best first.

    Attributes:
        theme_id: As given.
        suggestions: As given.

    .. versionadded:: 0.1.0
    """

    def __init__(self, theme_id: str, suggestions: Iterable[str] = ()) -> None:
        self.theme_id = theme_id
        self.suggestions = tuple(suggestions)
        message = f"unknown theme {shown(theme_id)}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.theme_id, self.suggestions))


# ---------------------------------------------------------------------------------------------
# Plugins and rules


class PluginError(RewardkitError, RuntimeError):
    """
    A plugin could not be used: it is missing or broken, or two distributions claim its name.

    One error for every entry-point group rewardkit reads: taxonomy plugins
    (``rewardkit.taxonomies``), rules (``rewardkit.rules``) and detectors
    (``rewardkit.detectors``). The message names the plugin and its distribution(s).

    Args:
        message: What went wrong.
        name: The plugin's entry-point name (for a taxonomy plugin, its namespace).
        group: The entry-point group.
        distributions: The distributions involved, ``name version``.

    Attributes:
        name: As given.
        group: As given.
        distributions: As given.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Raised for rule and detector plugins too; *namespace* became *name*, with
       :attr:`namespace` kept as an alias.
    """

    def __init__(
        self,
        message: str,
        *,
        name: str | None = None,
        group: str = "rewardkit.taxonomies",
        distributions: Iterable[str] = (),
        namespace: str | None = None,
    ) -> None:
        self.name = name if name is not None else (namespace or "")
        self.group = group
        self.distributions = tuple(distributions)
        super().__init__(message)

    @property
    def namespace(self) -> str:
        """The plugin's entry-point name (the namespace, for a taxonomy plugin)."""
        return self.name

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_plugin_error,
            (type(self), str(self), self.name, self.group, self.distributions),
        )


def _rebuild_plugin_error(
    cls: type[PluginError],
    message: str,
    name: str,
    group: str,
    distributions: tuple[str, ...],
) -> PluginError:
    return cls(message, name=name, group=group, distributions=distributions)


class RuleConfigError(RewardkitError, ValueError):
    """
    A rule selection or setting is wrong: an unknown rule or profile, or a required rule.

    .. versionadded:: 0.1.0
    """


class RuleError(RewardkitError, RuntimeError):
    """
    A rule failed while checking a story.

    The message names the rule and the type of the exception, not its text (which may quote
    the story).

    .. versionadded:: 0.1.0
    """


# ---------------------------------------------------------------------------------------------
# De-identification and agreement


class DetectorError(RewardkitError, ValueError):
    """
    A detector cannot be registered, found or loaded, or it misbehaved on a text.

    The message names the detector; it never quotes the text.

    .. versionadded:: 0.1.0
    """


class RedactionError(RewardkitError, ValueError):
    """
    A redaction cannot be carried out (it would leave a story's text empty).

    .. versionadded:: 0.1.0
    """


class AgreementError(RewardkitError, ValueError):
    """
    An argument to an agreement function is not one it accepts.

    .. versionadded:: 0.1.0
    """


# ---------------------------------------------------------------------------------------------
# Importing, merging and exporting


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


# ---------------------------------------------------------------------------------------------
# Review and statistics


class ReviewError(RewardkitError, ValueError):
    """
    A review action cannot be carried out.

    For instance: an unknown item, a span outside the text, a story that cannot be
    confirmed, stories that cannot be reviewed together.

    .. versionadded:: 0.2.0
    """


class StatsError(RewardkitError, ValueError):
    """
    The paths given to :func:`read_stories` hold no stories to count.

    .. versionadded:: 0.2.0
    """


# ---------------------------------------------------------------------------------------------
# Configuration and the command line


class ConfigError(RewardkitError, ValueError):
    """
    A configuration file (``[tool.rewardkit]`` in ``pyproject.toml``) cannot be used.

    The message names the file and the key.

    .. versionadded:: 0.2.0
    """


class UsageError(RewardkitError, ValueError):
    """
    A command was used wrongly: a bad flag or value, a missing or unreadable path.

    The command line reports it on stderr and exits with status 2.

    .. versionadded:: 0.2.0
    """


class ParallelError(RewardkitError, RuntimeError):
    """
    A worker process of a parallel run (``--jobs``) stopped unexpectedly.

    It was killed, or ran out of memory; the run stops, and ``--jobs 1`` runs it in one
    process.

    .. versionadded:: 0.2.0
    """
