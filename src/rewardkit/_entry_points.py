"""
What the plugin loaders share: finding a group's entry points and switching plugins off.

The taxonomy plugins (:mod:`rewardkit._plugins`) and the rule plugins
(:mod:`rewardkit.rules._registry`) are found here, and ``REWARDKIT_DISABLE_PLUGINS`` switches
both off. Nothing is discovered at import; :mod:`importlib.metadata` is imported on first use.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Final, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from importlib import metadata

__all__ = [
    "DISABLE_PLUGINS_ENV",
    "UNKNOWN_DISTRIBUTION",
    "disabled_plugins",
    "distribution_label",
    "distribution_name",
    "entry_points",
    "switched_on",
]

#: ``1``/``true``/``yes``/``all`` switch off every plugin; a comma-separated list of
#: namespaces switches off those.
DISABLE_PLUGINS_ENV: Final = "REWARDKIT_DISABLE_PLUGINS"
#: How a message names the distribution of an entry point that has none.
UNKNOWN_DISTRIBUTION: Final = "an unknown distribution"
_ALL: Final = frozenset({"1", "true", "yes", "on", "all", "*"})
_NONE: Final = frozenset({"", "0", "false", "no", "off"})

_T = TypeVar("_T")


def disabled_plugins() -> frozenset[str] | None:
    """
    Read ``REWARDKIT_DISABLE_PLUGINS``.

    Returns:
        ``None`` when every plugin is switched off, otherwise the namespaces switched off
        (empty when the variable is unset, empty, ``0`` or ``false``).

    .. versionadded:: 0.1.0
    """
    value = os.environ.get(DISABLE_PLUGINS_ENV, "").strip()
    if value.lower() in _ALL:
        return None
    if value.lower() in _NONE:
        return frozenset()
    return frozenset(part.strip() for part in value.split(",") if part.strip())


def switched_on(discover: Callable[[], Iterable[_T]], *, name: Callable[[_T], str]) -> list[_T]:
    """
    Return what *discover* finds, less the plugins ``REWARDKIT_DISABLE_PLUGINS`` switches off.

    *discover* is not called when the variable switches every plugin off.

    Args:
        discover: Finds the plugins (entry points, or their names).
        name: The name of a plugin, as the variable lists it.

    Returns:
        The plugins switched on, in the order found.
    """
    off = disabled_plugins()
    if off is None:
        return []
    return [item for item in discover() if name(item) not in off]


def entry_points(group: str) -> list[metadata.EntryPoint]:
    """
    Return the entry points of *group*, in the order found, without loading any.

    A distribution found twice on ``sys.path`` gives its entry points once; two distributions
    may give entry points of the same name.

    Args:
        group: The entry-point group.

    Returns:
        The entry points.
    """
    from importlib import metadata  # noqa: PLC0415 - only when plugins are wanted

    seen: set[tuple[str, str]] = set()
    found: list[metadata.EntryPoint] = []
    for ep in metadata.entry_points(group=group):
        key = (ep.name, _distribution_key(ep))
        if key not in seen:
            seen.add(key)
            found.append(ep)
    return found


def _distribution_key(ep: metadata.EntryPoint) -> str:
    """Normalise the distribution's name as packaging does, so spellings of one name agree."""
    dist = ep.dist
    name = dist.name if dist is not None else ""
    return (name or "").lower().replace("_", "-").replace(".", "-")


def distribution_name(ep: metadata.EntryPoint) -> str:
    """
    Name the distribution that provides *ep*, for a message.

    Args:
        ep: The entry point.

    Returns:
        The distribution's name, or ``an unknown distribution``.
    """
    return ep.dist.name if ep.dist is not None else UNKNOWN_DISTRIBUTION


def distribution_label(ep: metadata.EntryPoint) -> str:
    """
    Name the distribution that provides *ep*, with its version, for a message.

    Args:
        ep: The entry point.

    Returns:
        ``name version``, or ``an unknown distribution``.
    """
    dist = ep.dist
    if dist is None:
        return UNKNOWN_DISTRIBUTION
    return f"{dist.name} {dist.version}"
