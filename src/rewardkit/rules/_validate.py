"""Running the rules: :class:`Validator`, :func:`validate` and :func:`validate_or_raise`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from rewardkit.exceptions import (
    LoadError,
    RewardkitError,
    RuleConfigError,
    RuleError,
    ValidationError,
)
from rewardkit.findings import JSON_INVALID, SCHEMA, Finding, Severity, format_pointer
from rewardkit.story import Collection, Story
from rewardkit.typing import TaxonomyLike

from ._context import RunContext, StoryContext, lazy_taxonomy
from ._registry import RuleRegistry, default_registry
from ._settings import RuleSettings

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rewardkit.serialization import StoryRecord

    from ._model import Rule

__all__ = ["Validator", "validate", "validate_or_raise"]

#: What :func:`validate` accepts: a model, JSON text or bytes, or decoded JSON.
Input = Story | Collection | str | bytes | bytearray | Mapping[str, Any]


def _as_json(obj: object) -> str:
    """Write decoded JSON back as text, or raise LoadError for what JSON cannot hold."""
    try:
        return json.dumps(obj, ensure_ascii=True)
    except (TypeError, ValueError) as e:
        finding = Finding(
            rule=SCHEMA,
            severity=Severity.ERROR,
            path="",
            message=f"the document is not JSON data: {e}",
        )
        raise LoadError([finding]) from None
    except RecursionError:
        finding = Finding(
            rule=JSON_INVALID,
            severity=Severity.ERROR,
            path="",
            message="the document nests too deeply to be read",
        )
        raise LoadError([finding]) from None


def records(document: Input, *, file: str | None = None) -> Iterator[StoryRecord]:
    """
    Read *document* story by story (see :func:`rewardkit.serialization.iter_document`).

    A model given directly gives one record per story; JSON text, bytes or decoded JSON is
    read so that a story that breaks a field rule never hides the other stories.
    """
    from rewardkit.serialization import StoryRecord, iter_document  # noqa: PLC0415 - lazy

    if isinstance(document, Story):
        yield StoryRecord(story=document, file=file)
        return
    if isinstance(document, Collection):
        for i, story in enumerate(document.stories):
            yield StoryRecord(story=story, file=file, path=("stories", i))
        return
    if isinstance(document, bytearray):
        document = bytes(document)
    if not isinstance(document, str | bytes):
        try:
            document = _as_json(document)
        except LoadError as e:
            yield StoryRecord(
                story=None, findings=tuple(f.located(file=file) for f in e.findings), file=file
            )
            return
    yield from iter_document(document, file=file)


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
    return loads(_as_json(obj))


def _default_taxonomy() -> TaxonomyLike:
    """Build the core taxonomy with the installed extensions, on first need only."""
    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415 - only when a story has themes

    return build_taxonomy()


class Validator:
    """
    Validate several documents as one run.

    The settings are checked once, the clock is read once, and ``id-duplicate`` sees every
    story of the run, in the order the documents are checked.

    Args:
        taxonomy: The taxonomy that theme ids are checked against, or a function that builds
            it when a story first has themes; by default the core taxonomy with the installed
            extensions, built then.
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
        taxonomy: TaxonomyLike | Callable[[], TaxonomyLike] | None = None,
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
        # What each story runs through, looked up once: the check, the name, the severity.
        self._plan = tuple((r.check, r.name, s) for r, s in self._rules)
        self._context = RunContext(
            profile=profile,
            now=now if now is not None else datetime.now(UTC),
            lazy_taxonomy=(
                lazy_taxonomy(None, taxonomy)
                if callable(taxonomy) and not isinstance(taxonomy, TaxonomyLike)
                else lazy_taxonomy(taxonomy, _default_taxonomy)
            ),
        )
        self._story_context = StoryContext(self._context, None, None, ())
        self._taxonomy = taxonomy
        self._custom_registry = registry is not None

    @property
    def rules(self) -> tuple[str, ...]:
        """
        The names of the rules that run on each story, in order (not the loading rules).

        .. versionadded:: 0.2.0
        """
        return tuple(r.name for r, _ in self._rules)

    def only(self, keep: Callable[[Rule], bool]) -> Validator:
        """
        Return a validator with the same settings that runs only the rules *keep* accepts.

        Its run is its own (shared state, such as the ids ``id-duplicate`` has seen, starts
        empty); the clock and the taxonomy are this validator's. Parallel runs use it to
        check stories in worker processes and keep the rules that compare stories here.

        Args:
            keep: Tells, for each rule of this validator, whether to keep it.

        Returns:
            The new validator.

        .. versionadded:: 0.2.0
        """
        other = object.__new__(Validator)
        other._rules = tuple((r, s) for r, s in self._rules if keep(r))
        other._plan = tuple((r.check, r.name, s) for r, s in other._rules)
        other._context = RunContext(
            profile=self._context.profile,
            now=self._context.now,
            lazy_taxonomy=self._context.lazy_taxonomy,
        )
        other._story_context = StoryContext(other._context, None, None, ())
        other._taxonomy = self._taxonomy
        other._custom_registry = self._custom_registry
        return other

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as settings and rule names, rebuilt from the registry of the process."""
        if self._custom_registry:
            msg = "a Validator built on its own registry cannot be sent to another process"
            raise TypeError(msg)
        rules = tuple((r.name, s.value) for r, s in self._rules)
        context = self._context
        return (_rebuild, (self._taxonomy, context.profile, context.now, rules))

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
            that cannot be read as JSON gives its ``json-invalid`` findings only; a story of a
            collection that breaks a field rule gives its ``schema`` findings, and the other
            stories are still checked by every rule.

        Raises:
            RuleError: A rule failed (a bug in the rule, never a problem of the document).
        """
        findings: list[Finding] = []
        for record in records(document, file=file):
            findings.extend(self.check_record(record))
        return findings

    def check_record(self, record: StoryRecord) -> list[Finding]:
        """
        Validate one story as a reader gives it, or return why it could not be loaded.

        Args:
            record: A story, or its load problems, from :func:`rewardkit.read`.

        Returns:
            The load findings of a story that did not load; otherwise the rules' findings,
            with the file, line and path of the story (lines of findings inside a ``.json``
            document are left for :meth:`rewardkit.serialization.Locator.locate`).

        Raises:
            RuleError: A rule failed (a bug in the rule, never a problem of the story).
        """
        story = record.story
        if story is None:
            return list(record.findings)
        return self._check(story, record.file, record.line, record.path)

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
        return self._check(story, file, line, path)

    def _check(
        self, story: Story, file: str | None, line: int | None, path: tuple[str | int, ...]
    ) -> list[Finding]:
        # One context per run, pointed at each story in turn: rules read it during the call.
        context = self._story_context
        context.place(file, line, path)
        findings: list[Finding] = []
        for check, name, severity in self._plan:
            try:
                problems = check(story, context)
                if not problems:
                    continue  # most checks return an empty tuple: nothing to build
                found = [
                    Finding(
                        rule=name,
                        severity=severity,
                        path=_pointer(path, p.path),
                        message=p.message,
                        file=file,
                        line=line,
                        story=story.id,
                    )
                    for p in problems
                ]
            except RewardkitError:
                raise
            except Exception as e:
                # The exception's text may quote the story: name its type only.
                msg = f"the rule {name!r} failed on a story: {type(e).__name__}"
                raise RuleError(msg) from e
            findings.extend(found)
        return findings


# The pointers of findings in stories that stand alone (JSON Lines, one-story documents)
# repeat from story to story: they are made once, up to a bound.
_POINTERS: dict[tuple[str | int, ...], str] = {}


def _pointer(base: tuple[str | int, ...], path: tuple[str | int, ...]) -> str:
    if base:
        return format_pointer((*base, *path))
    pointer = _POINTERS.get(path)
    if pointer is None:
        pointer = format_pointer(path)
        if len(_POINTERS) < 4096:
            _POINTERS[path] = pointer
    return pointer


def _rebuild(
    taxonomy: TaxonomyLike | None,
    profile: str,
    now: datetime,
    rules: tuple[tuple[str, str], ...],
) -> Validator:
    """Rebuild a pickled :class:`Validator` from its settings and rule names."""
    names = [name for name, _ in rules]
    validator = Validator(
        taxonomy=taxonomy, profile=profile, select=names, severity=dict(rules), now=now
    )
    if validator.rules != tuple(names):
        missing = sorted(set(names) - set(validator.rules))
        msg = f"the rules {missing} are not registered in this process"
        raise RuleConfigError(msg)
    return validator


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
