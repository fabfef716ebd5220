"""Which rules run in a validation, and how severe their findings are."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from rewardkit.exceptions import RuleConfigError
from rewardkit.findings import Severity

from ._model import PROFILES

if TYPE_CHECKING:
    from ._model import Rule
    from ._registry import RuleRegistry

__all__ = ["RuleSettings"]


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


def _hint(name: str, registry: RuleRegistry) -> str:
    import difflib  # noqa: PLC0415 - only for a mistake

    close = difflib.get_close_matches(name, [r.name for r in registry], n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


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
            msg = f"unknown profile {self.profile!r}; use one of {allowed}"
            raise RuleConfigError(msg)
        for what, names in (
            ("select", self.select or ()),
            ("ignore", self.ignore),
            ("severity", self.severity),
        ):
            for name in sorted(names):
                if name not in registry:
                    raise RuleConfigError(f"unknown rule {name!r} in {what}{_hint(name, registry)}")
                if what != "select" and registry.get(name).required:
                    verb = "switched off" if what == "ignore" else "re-graded"
                    raise RuleConfigError(f"the rule {name!r} cannot be {verb}")
        return tuple(
            (r, self.severity.get(r.name, r.severity_for(self.profile)))
            for r in registry
            if r.required
            or ((self.select is None or r.name in self.select) and r.name not in self.ignore)
        )
