"""The rule registry: what a rule is, where rules come from, and which of them run."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Final

import attrs

from rewardkit._entry_points import distribution_name, entry_points, switched_on
from rewardkit.exceptions import RewardkitError
from rewardkit.findings import Finding, Severity
from rewardkit.typing import RuleCheck, TaxonomyLike

if TYPE_CHECKING:
    from rewardkit.story import Story

__all__ = [
    "PROFILES",
    "Problem",
    "Rule",
    "RuleConfigError",
    "RuleContext",
    "RuleError",
    "RuleRegistry",
    "RuleSettings",
    "ValidationError",
    "default_registry",
    "register_rule",
    "rule",
]

#: The entry-point group through which installed packages add rules.
ENTRY_POINT_GROUP: Final = "rewardkit.rules"
#: The profiles every run knows; a rule may name more in its ``profiles``.
PROFILES: Final = ("default", "publish")

_KEBAB = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
#: A rule name: kebab-case, optionally behind a downstream namespace (``acme:no-urls``).
RULE_NAME_RE: Final = re.compile(rf"(?:{_KEBAB}:)?{_KEBAB}")

# The modules that hold the built-in rules, each with a ``RULES`` tuple, in reporting order.
_BUILTIN_MODULES: Final = ("_story", "_phi")


class RuleConfigError(RewardkitError, ValueError):
    """
    A rule selection or setting is wrong: an unknown rule or profile, or a required rule.

    .. versionadded:: 0.1.0
    """


class RuleError(RewardkitError, RuntimeError):
    """
    A rule could not be loaded, or failed while checking a story.

    The message names the rule, or the package it comes from.

    .. versionadded:: 0.1.0
    """


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
        errors = [f for f in self.findings if f.severity is Severity.ERROR]
        n = len(errors)
        head = f"{n} error{'s' if n != 1 else ''} in the document"
        shown = "".join(f"\n  {f}" for f in errors[:20])
        more = f"\n  ... and {n - 20} more" if n > 20 else ""
        super().__init__(head + (":" if n else "") + shown + more)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Finding, ...]]]:
        return (type(self), (self.findings,))


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


def _check_name(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or RULE_NAME_RE.fullmatch(value) is None:
        msg = f"a rule name must be kebab-case, optionally behind 'namespace:', not {value!r}"
        raise RuleConfigError(msg)


def _check_nothing(_story: Story, _context: RuleContext) -> Iterator[Problem]:
    """Report nothing: the loading rules report while a document is read, not afterwards."""
    return iter(())


@attrs.frozen(kw_only=True)
class Rule:
    """
    A validation rule: a stable name, a default severity and a check.

    Args:
        name: Stable kebab-case name (``theme-unknown``); a downstream package puts its own
            rules behind its namespace (``acme:no-urls``).
        severity: The severity of its findings under the ``default`` profile.
        summary: One line saying what the rule checks.
        check: Called once per story; yields a :class:`~rewardkit.Problem` for each thing wrong.
        profiles: Severity under other profiles (``{"publish": Severity.ERROR}``).
        required: A required rule can be neither switched off nor re-graded.

    .. versionadded:: 0.1.0
    """

    name: str = attrs.field(validator=_check_name)
    severity: Severity = attrs.field(validator=attrs.validators.instance_of(Severity))
    summary: str
    check: RuleCheck = attrs.field(default=_check_nothing, repr=False)
    profiles: Mapping[str, Severity] = attrs.field(factory=dict)
    required: bool = False

    def severity_for(self, profile: str) -> Severity:
        """
        Return the rule's severity under *profile*, before any configuration re-grades it.

        Args:
            profile: A profile name.

        Returns:
            The severity.
        """
        return self.profiles.get(profile, self.severity)


def rule(
    name: str,
    *,
    severity: Severity,
    summary: str,
    profiles: Mapping[str, Severity] | None = None,
) -> Callable[[RuleCheck], Rule]:
    """
    Make a :class:`~rewardkit.Rule` from a check function; use it as a decorator.

    The decorated name becomes the :class:`~rewardkit.Rule`; register it with
    :func:`~rewardkit.register_rule`, or list it in the ``rewardkit.rules`` entry-point group.

    Args:
        name: The rule's stable name.
        severity: Its default severity.
        summary: One line saying what it checks.
        profiles: Severity under other profiles.

    Returns:
        A decorator taking the check function.

    .. versionadded:: 0.1.0
    """

    def decorate(check: RuleCheck) -> Rule:
        return Rule(
            name=name, severity=severity, summary=summary, check=check, profiles=profiles or {}
        )

    return decorate


#: The rules that loading reports: they are always on and always errors.
JSON_INVALID = Rule(
    name="json-invalid",
    severity=Severity.ERROR,
    summary="The input cannot be read as JSON under the wire format's rules.",
    required=True,
)
SCHEMA = Rule(
    name="schema",
    severity=Severity.ERROR,
    summary="A field breaks a rule of the story document.",
    required=True,
)


class RuleRegistry:
    """
    Hold the rules known to a process.

    These are the built-in ones, those of installed packages and those registered in code.
    Built-in rules and the ``rewardkit.rules`` entry-point group are loaded on first use, not
    at import. An entry point's object is a :class:`~rewardkit.Rule`, an iterable of rules, or
    a callable that returns either. ``REWARDKIT_DISABLE_PLUGINS`` switches plugins off, as it
    does for taxonomies: ``1`` (or ``true``, ``all``) every one, or a comma-separated list of
    entry-point names.

    .. versionadded:: 0.1.0
    """

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}
        self._origin: dict[str, str] = {}
        self._loaded = False
        self._broken: RuleError | None = None

    def register(self, rule: Rule, *, replace: bool = False, origin: str = "code") -> None:
        """
        Add *rule*.

        Args:
            rule: The rule.
            replace: Replace a registered rule of the same name (never a required one).
            origin: Who registers it, for error messages.

        Raises:
            RuleConfigError: A rule of that name is registered and *replace* is false, or
                the rule to replace is required.
        """
        if not isinstance(rule, Rule):  # for untyped callers
            msg = f"expected a rewardkit Rule, got {type(rule).__name__}"  # type: ignore[unreachable]
            raise RuleConfigError(msg)
        self._ensure_loaded()
        old = self._rules.get(rule.name)
        if old is not None and (old.required or not replace):
            msg = (
                f"the rule {rule.name!r} from {origin} is already registered"
                f" by {self._origin[rule.name]}"
            )
            raise RuleConfigError(msg)
        self._add(rule, origin)

    def unregister(self, name: str) -> None:
        """
        Remove the rule *name*; the rules of :mod:`rewardkit` itself cannot be removed.

        Args:
            name: The rule's name.

        Raises:
            RuleConfigError: There is no such rule, or it is built in.
        """
        self._ensure_loaded()
        if self._origin.get(name) == "rewardkit":
            raise RuleConfigError(f"the built-in rule {name!r} cannot be removed; ignore it")
        if self._rules.pop(name, None) is None:
            raise RuleConfigError(f"no rule named {name!r} is registered")
        del self._origin[name]

    def get(self, name: str) -> Rule:
        """
        Return the rule *name*.

        Raises:
            RuleConfigError: No rule has that name.
        """
        self._ensure_loaded()
        try:
            return self._rules[name]
        except KeyError:
            raise RuleConfigError(f"unknown rule {name!r}") from None

    def __contains__(self, name: object) -> bool:
        self._ensure_loaded()
        return name in self._rules

    def __iter__(self) -> Iterator[Rule]:
        self._ensure_loaded()
        return iter(list(self._rules.values()))

    def __len__(self) -> int:
        self._ensure_loaded()
        return len(self._rules)

    def _add(self, rule: Rule, origin: str) -> None:
        self._rules[rule.name] = rule
        self._origin[rule.name] = origin

    def _ensure_loaded(self) -> None:
        if self._loaded:
            if self._broken is not None:  # every use names the broken plugin, not only the first
                raise RuleError(str(self._broken))
            return
        self._loaded = True
        self._add(JSON_INVALID, "rewardkit")
        self._add(SCHEMA, "rewardkit")
        for module in _BUILTIN_MODULES:
            for r in importlib.import_module(f"{__package__}.{module}").RULES:
                self._add(r, "rewardkit")
        try:
            self._load_entry_points()
        except RuleError as e:
            self._broken = e
            raise

    def _load_entry_points(self) -> None:
        for ep in switched_on(lambda: entry_points(ENTRY_POINT_GROUP), name=attrgetter("name")):
            origin = f"the package {distribution_name(ep)!r} (entry point {ep.name!r})"
            try:
                obj = ep.load()
                if callable(obj) and not isinstance(obj, Rule):
                    obj = obj()
                rules = [obj] if isinstance(obj, Rule) else list(obj)
            except Exception as e:
                msg = f"could not load the rules of {origin}: {type(e).__name__}: {e}"
                raise RuleError(msg) from e
            for r in rules:
                if not isinstance(r, Rule):
                    msg = f"{origin} gave a {type(r).__name__}, not a rewardkit Rule"
                    raise RuleError(msg)
                if r.name in self._rules:
                    msg = (
                        f"{origin} registers the rule {r.name!r},"
                        f" already registered by {self._origin[r.name]}"
                    )
                    raise RuleError(msg)
                self._add(r, origin)


_DEFAULT_REGISTRY = RuleRegistry()


def default_registry() -> RuleRegistry:
    """
    Return the process-wide registry that :func:`~rewardkit.validate` uses.

    .. versionadded:: 0.1.0
    """
    return _DEFAULT_REGISTRY


def register_rule(rule: Rule, *, replace: bool = False) -> Rule:
    """
    Register *rule* with the process-wide registry, so that every later run uses it.

    Args:
        rule: The rule.
        replace: Replace a registered rule of the same name (never a required one).

    Returns:
        *rule*, so that ``register_rule`` can stack on :func:`~rewardkit.rules.rule` as a decorator.

    Raises:
        RuleConfigError: A rule of that name is already registered.

    .. versionadded:: 0.1.0
    """
    _DEFAULT_REGISTRY.register(rule, replace=replace)
    return rule


def _names(value: str | Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else value
    return frozenset(n.strip() for n in items if n.strip())


def _name_set(value: str | Iterable[str] | None) -> frozenset[str]:
    return _names(value) or frozenset()


def _severity(value: Severity | str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        allowed = ", ".join(repr(s.value) for s in Severity)
        raise RuleConfigError(f"unknown severity {value!r}; use one of {allowed}") from None


def _severities(value: Mapping[str, Severity | str]) -> dict[str, Severity]:
    return {k: _severity(v) for k, v in value.items()}


@attrs.frozen(kw_only=True)
class RuleSettings:
    """
    Which rules run, and how severe their findings are.

    Args:
        profile: ``default`` or ``publish`` (or a profile a registered rule names).
        select: Run only these rules; ``None`` runs every registered rule. ``json-invalid``
            and ``schema`` always run.
        ignore: Switch these rules off.
        severity: Re-grade rules: ``{"theme-deprecated": Severity.ERROR}``.

    .. versionadded:: 0.1.0
    """

    profile: str = "default"
    select: frozenset[str] | None = attrs.field(default=None, converter=_names)
    ignore: frozenset[str] = attrs.field(factory=frozenset, converter=_name_set)
    severity: Mapping[str, Severity] = attrs.field(factory=dict, converter=_severities)

    def resolve(self, registry: RuleRegistry) -> tuple[tuple[Rule, Severity], ...]:
        """
        Check the settings against *registry* and list the rules to run.

        Args:
            registry: Where rule names are looked up.

        Returns:
            Each rule to run, with the severity its findings get.

        Raises:
            RuleConfigError: An unknown rule or profile, or a required rule switched off or
                re-graded.
        """
        known_profiles = {*PROFILES, *(p for r in registry for p in r.profiles)}
        if self.profile not in known_profiles:
            allowed = ", ".join(sorted(known_profiles))
            raise RuleConfigError(f"unknown profile {self.profile!r}; use one of {allowed}")
        for what, names in (
            ("select", self.select or ()),
            ("ignore", self.ignore),
            ("severity", self.severity),
        ):
            for name in sorted(names):
                if name not in registry:
                    raise RuleConfigError(f"unknown rule {name!r} in {what}")
                if what != "select" and registry.get(name).required:
                    verb = "switched off" if what == "ignore" else "re-graded"
                    raise RuleConfigError(f"the rule {name!r} cannot be {verb}")
        return tuple(
            (r, self.severity.get(r.name, r.severity_for(self.profile)))
            for r in registry
            if r.required
            or ((self.select is None or r.name in self.select) and r.name not in self.ignore)
        )


def _default_taxonomy() -> TaxonomyLike:
    """Build the core taxonomy with the installed extensions, on first need only."""
    module = importlib.import_module("rewardkit.taxonomy")
    taxonomy: TaxonomyLike = module.build_taxonomy()
    return taxonomy


@attrs.define
class _Lazy:
    """Holds the taxonomy of a run, loading the default one when first asked."""

    value: TaxonomyLike | None = None

    def get(self) -> TaxonomyLike:
        if self.value is None:
            self.value = _default_taxonomy()
        return self.value


def _lazy(value: TaxonomyLike | _Lazy | None) -> _Lazy:
    return value if isinstance(value, _Lazy) else _Lazy(value)


@attrs.frozen(kw_only=True)
class RuleContext:
    """
    What a rule's check may know besides the story, for one run of validation.

    Attributes:
        profile: The profile in use.
        now: The validating machine's clock, as an aware datetime, fixed for the run.
        location: How to name the current story in a message about another story
            (``stories.jsonl:3``, ``a.json /stories/2``).
        state: A dict shared by every story of the run, for rules that compare stories;
            keep your rule's data under its name.
        taxonomy: The taxonomy in use; the core one (with installed extensions) unless given.

    .. versionadded:: 0.1.0
    """

    profile: str
    now: datetime
    location: str = ""
    state: dict[str, Any] = attrs.field(factory=dict, repr=False)
    _taxonomy: _Lazy = attrs.field(
        default=None, converter=_lazy, repr=False, alias="taxonomy", eq=False
    )

    @property
    def taxonomy(self) -> TaxonomyLike:
        """The taxonomy in use; the core one (with installed extensions) unless given."""
        return self._taxonomy.get()
