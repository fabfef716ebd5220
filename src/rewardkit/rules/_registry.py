"""The rule registry: the built-in rules, installed rule plugins and rules registered in code."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from rewardkit._plugins import PluginGroup
from rewardkit.exceptions import PluginError, RuleConfigError

from ._builtin import builtin_rules
from ._model import JSON_INVALID_RULE, SCHEMA_RULE, Rule

if TYPE_CHECKING:
    from collections.abc import Iterator
    from importlib import metadata

__all__ = ["ENTRY_POINT_GROUP", "RuleRegistry", "default_registry", "register_rule"]

#: The entry-point group through which installed packages add rules.
ENTRY_POINT_GROUP: Final = "rewardkit.rules"


class RuleRegistry:
    """
    Hold the rules known to a process.

    These are the built-in ones, those of installed packages and those registered in code.
    Built-in rules and the ``rewardkit.rules`` entry-point group are loaded on first use, not
    at import; each registry reads the group once. An entry point's object is a
    :class:`~rewardkit.Rule`, an iterable of rules, or a callable that returns either.
    ``REWARDKIT_DISABLE_PLUGINS`` switches plugins off, as it does for taxonomies: ``1`` (or
    ``true``, ``all``) every one, or a comma-separated list of entry-point names. A broken
    plugin, or one whose rule has the name of a registered rule, is a
    :class:`~rewardkit.PluginError`.

    Args:
        plugins: Read the ``rewardkit.rules`` entry-point group.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *, plugins: bool = True) -> None:
        self._rules: dict[str, Rule] = {}
        self._origin: dict[str, str] = {}
        self._loaded = False
        self._plugins: PluginGroup[tuple[Rule, ...]] | None = (
            PluginGroup(ENTRY_POINT_GROUP, kind="rule plugin", load=_rules_of) if plugins else None
        )

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

    def _add_plugin(self, name: str, rules: tuple[Rule, ...]) -> None:
        assert self._plugins is not None  # noqa: S101 - called only when plugins are read
        origin = f"the rule plugin {name!r} from {self._plugins.distribution(name)}"
        for r in rules:
            if r.name in self._rules:
                msg = (
                    f"{origin} registers the rule {r.name!r},"
                    f" already registered by {self._origin[r.name]}"
                )
                raise PluginError(msg, name=name, group=ENTRY_POINT_GROUP)
            self._add(r, origin)

    def _ensure_loaded(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self._add(JSON_INVALID_RULE, "rewardkit")
        self._add(SCHEMA_RULE, "rewardkit")
        for r in builtin_rules():
            self._add(r, "rewardkit")
        if self._plugins is None:
            return
        try:
            for name, rules in self._plugins.load_enabled():
                self._add_plugin(name, rules)
        except PluginError:
            self._loaded = False  # every use names the broken plugin, not only the first
            self._rules.clear()
            self._origin.clear()
            raise


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


def _rules_of(ep: metadata.EntryPoint) -> tuple[Rule, ...]:
    """Turn a ``rewardkit.rules`` entry point into its rules."""
    obj = ep.load()
    if callable(obj) and not isinstance(obj, Rule):
        obj = obj()
    if isinstance(obj, Rule):
        return (obj,)
    try:
        rules = tuple(obj)
    except TypeError:
        msg = f"it gave a value of type {type(obj).__name__}, not a rewardkit Rule or rules"
        raise RuleConfigError(msg) from None
    for r in rules:
        if not isinstance(r, Rule):
            msg = f"it gave a {type(r).__name__}, not a rewardkit Rule"
            raise RuleConfigError(msg)
    return rules


_DEFAULT_REGISTRY = RuleRegistry()
