"""Running the rules: :class:`Validator`, :func:`validate` and :func:`validate_or_raise`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from rewardkit.exceptions import LoadError, RewardkitError
from rewardkit.findings import Finding, Severity, format_pointer
from rewardkit.story import Collection, Story

from ._registry import (
    RuleContext,
    RuleError,
    RuleRegistry,
    RuleSettings,
    ValidationError,
    default_registry,
)

if TYPE_CHECKING:
    from rewardkit.typing import TaxonomyLike

__all__ = ["Validator", "validate", "validate_or_raise"]

#: What :func:`validate` accepts: a model, JSON text or bytes, or decoded JSON.
Input = Story | Collection | str | bytes | Mapping[str, Any]


def _schema_finding(message: str) -> Finding:
    return Finding(rule="schema", severity=Severity.ERROR, path="", message=message)


def to_document(obj: object) -> Story | Collection:
    """
    Turn *obj* into a story or a collection.

    Raises:
        LoadError: *obj* is not a valid document; every problem is among the findings.
    """
    from rewardkit.serialization import loads  # noqa: PLC0415 - models given directly need no loader

    if isinstance(obj, Story | Collection):
        return obj
    if isinstance(obj, str | bytes | bytearray):
        return loads(bytes(obj) if isinstance(obj, bytearray) else obj)
    try:
        text = json.dumps(obj, ensure_ascii=True)
    except (TypeError, ValueError) as e:
        raise LoadError([_schema_finding(f"the document is not JSON data: {e}")]) from None
    except RecursionError:
        raise LoadError(
            [
                Finding(
                    rule="json-invalid",
                    severity=Severity.ERROR,
                    path="",
                    message="the document nests too deeply to be read",
                )
            ]
        ) from None
    return loads(text)


def _where(file: str | None, line: int | None, path: tuple[str | int, ...]) -> str:
    place = file or ""
    if line is not None:
        place += f":{line}"
    if path:
        place = f"{place} {format_pointer(path)}".strip()
    return place


class Validator:
    """
    Validate several documents as one run.

    The settings are checked once, the clock is read once, and ``id-duplicate`` sees every
    story of the run, in the order the documents are checked.

    Args:
        taxonomy: The taxonomy that theme ids are checked against; by default the core
            taxonomy with the installed extensions, loaded when a story first has themes.
        profile: ``"default"``, or ``"publish"`` (under which ``deid-required`` is an error).
        select: Run only these rules (a list, or a comma-separated string); the loading
            rules ``json-invalid`` and ``schema`` always run.
        ignore: Switch these rules off.
        severity: Re-grade rules, such as ``{"theme-deprecated": "error"}``.
        now: The time to check timestamps against; the machine's clock by default.
        registry: Where the rules come from; the process-wide registry by default.

    Raises:
        RuleConfigError: An unknown rule or profile, or a required rule switched off or
            re-graded.
        RuleError: An installed package's rules could not be loaded.

    .. versionadded:: 0.1.0
    """

    def __init__(  # noqa: PLR0913 - keyword-only settings, as on the command line
        self,
        *,
        taxonomy: TaxonomyLike | None = None,
        profile: str = "default",
        select: str | Iterable[str] | None = None,
        ignore: str | Iterable[str] | None = None,
        severity: Mapping[str, Severity | str] | None = None,
        now: datetime | None = None,
        registry: RuleRegistry | None = None,
    ) -> None:
        settings = RuleSettings(
            profile=profile, select=select, ignore=ignore, severity=severity or {}
        )
        self._rules = tuple(
            (r, s) for r, s in settings.resolve(registry or default_registry()) if not r.required
        )
        self._context = RuleContext(
            profile=profile,
            now=now if now is not None else datetime.now(UTC),
            taxonomy=taxonomy,
        )

    def check(self, document: Input, *, file: str | None = None) -> list[Finding]:
        """
        Validate one document.

        The document is a story or a collection, as a model, JSON text or bytes, or decoded
        JSON (a dict).

        Args:
            document: The document.
            file: The file it came from, recorded in the findings.

        Returns:
            Every finding, in document order; empty when the document is valid. A document
            that cannot be loaded gives its ``json-invalid`` and ``schema`` findings only.

        Raises:
            RuleError: A rule failed (a bug in the rule, never a problem of the document).
        """
        try:
            doc = to_document(document)
        except LoadError as e:
            return [f.located(file=file) for f in e.findings]
        if isinstance(doc, Story):
            return self.check_story(doc, file=file)
        findings: list[Finding] = []
        for i, story in enumerate(doc.stories):
            findings.extend(self.check_story(story, file=file, path=("stories", i)))
        return findings

    def check_story(
        self,
        story: Story,
        *,
        file: str | None = None,
        line: int | None = None,
        path: tuple[str | int, ...] = (),
    ) -> list[Finding]:
        """
        Validate one story that has been loaded.

        Args:
            story: The story.
            file: The file it came from.
            line: Its line, for a JSON Lines file.
            path: Where the story sits in its document (``("stories", 3)``).

        Returns:
            The findings, with paths from the document's root.

        Raises:
            RuleError: A rule failed (a bug in the rule, never a problem of the story).
        """
        context = RuleContext(
            profile=self._context.profile,
            now=self._context.now,
            location=_where(file, line, path),
            state=self._context.state,
            taxonomy=self._context._taxonomy,  # noqa: SLF001 - one taxonomy for the run
        )
        findings: list[Finding] = []
        for rule, severity in self._rules:
            try:
                problems = list(rule.check(story, context))
            except RewardkitError:
                raise
            except Exception as e:
                msg = f"the rule {rule.name!r} failed on a story: {type(e).__name__}: {e}"
                raise RuleError(msg) from e
            findings.extend(
                Finding(
                    rule=rule.name,
                    severity=severity,
                    path=format_pointer((*path, *p.path)),
                    message=p.message,
                    file=file,
                    line=line,
                )
                for p in problems
            )
        return findings


def validate(  # noqa: PLR0913 - keyword-only settings, as on the command line
    document: Input,
    *,
    taxonomy: TaxonomyLike | None = None,
    profile: str = "default",
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    severity: Mapping[str, Severity | str] | None = None,
    now: datetime | None = None,
) -> list[Finding]:
    """
    Validate a story or a collection and return what is wrong with it.

    It never raises for invalid data: a document that cannot be loaded (as JSON text, bytes
    or a dict) gives ``json-invalid`` and ``schema`` findings.

    Args:
        document: A :class:`~rewardkit.Story` or :class:`~rewardkit.Collection`, JSON text or
            UTF-8 bytes, or decoded JSON (a dict).
        taxonomy: The taxonomy that theme ids are checked against; by default the core
            taxonomy with the installed extensions.
        profile: ``"default"``, or ``"publish"`` (under which ``deid-required`` is an error).
        select: Run only these rules (a list, or a comma-separated string).
        ignore: Switch these rules off.
        severity: Re-grade rules, such as ``{"theme-deprecated": "error"}``.
        now: The time to check timestamps against; the machine's clock by default.

    Returns:
        The findings, in document order; empty when the document is valid.

    Raises:
        RuleConfigError: An unknown rule or profile, or a required rule switched off or
            re-graded (a mistake in the call, not in the document).

    .. versionadded:: 0.1.0
    """
    validator = Validator(
        taxonomy=taxonomy,
        profile=profile,
        select=select,
        ignore=ignore,
        severity=severity,
        now=now,
    )
    return validator.check(document)


def validate_or_raise(  # noqa: PLR0913 - keyword-only settings, as on the command line
    document: Input,
    *,
    taxonomy: TaxonomyLike | None = None,
    profile: str = "default",
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    severity: Mapping[str, Severity | str] | None = None,
    now: datetime | None = None,
) -> Story | Collection:
    """
    Validate a document and return it as a model, or raise if it has any error finding.

    Takes the same arguments as :func:`validate`.

    Returns:
        The story or collection (loaded, when JSON was given).

    Raises:
        ValidationError: with every finding, when any of them is an error.
        RuleConfigError: An unknown rule or profile, or a required rule switched off.

    .. versionadded:: 0.1.0
    """
    validator = Validator(
        taxonomy=taxonomy,
        profile=profile,
        select=select,
        ignore=ignore,
        severity=severity,
        now=now,
    )
    try:
        doc = to_document(document)
    except LoadError as e:
        raise ValidationError(e.findings) from None
    findings = validator.check(doc)
    if any(f.severity is Severity.ERROR for f in findings):
        raise ValidationError(findings)
    return doc
