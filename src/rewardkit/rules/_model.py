"""What a rule is: :class:`Rule`, the :func:`rule` decorator, and the two loading rules."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from rewardkit.exceptions import RuleConfigError
from rewardkit.findings import JSON_INVALID, SCHEMA, Problem, Severity
from rewardkit.typing import RuleCheck, RuleContext

if TYPE_CHECKING:
    from rewardkit.story import Story

__all__ = ["JSON_INVALID_RULE", "PROFILES", "RULE_NAME_RE", "SCHEMA_RULE", "Rule", "rule"]

#: The profiles every run knows; a rule may name more in its ``profiles``.
PROFILES: Final = ("default", "publish")

_KEBAB = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
#: A rule name: kebab-case, optionally behind a downstream namespace (``acme:no-urls``).
RULE_NAME_RE: Final = re.compile(rf"(?:{_KEBAB}:)?{_KEBAB}")


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
JSON_INVALID_RULE: Final = Rule(
    name=JSON_INVALID,
    severity=Severity.ERROR,
    summary="The input cannot be read as JSON under the wire format's rules.",
    required=True,
)
SCHEMA_RULE: Final = Rule(
    name=SCHEMA,
    severity=Severity.ERROR,
    summary="A field breaks a rule of the story document.",
    required=True,
)
