"""
The one plugin registry: entry-point groups, found on first use, loaded by name, cached.

Taxonomy plugins (``rewardkit.taxonomies``), rule plugins (``rewardkit.rules``) and detector
plugins (``rewardkit.detectors``) are all read through a :class:`PluginGroup`. Nothing is
discovered at import; :mod:`importlib.metadata` is imported on first use.
``REWARDKIT_DISABLE_PLUGINS`` switches plugins off in every group: ``1`` (or ``true``, ``yes``,
``all``) every one, or a comma-separated list of entry-point names. A plugin that two
distributions claim, or one that fails to load, is a :class:`~rewardkit.PluginError` naming
the distribution(s).
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Final, Generic, TypeVar

from .exceptions import PluginError, RewardkitError

if TYPE_CHECKING:
    from collections.abc import Callable
    from importlib import metadata

__all__ = [
    "DISABLE_PLUGINS_ENV",
    "UNKNOWN_DISTRIBUTION",
    "PluginGroup",
    "disabled_plugins",
    "distribution_label",
    "distribution_name",
    "entry_points",
]

#: ``1``/``true``/``yes``/``all`` switch off every plugin; a comma-separated list of
#: entry-point names switches off those.
DISABLE_PLUGINS_ENV: Final = "REWARDKIT_DISABLE_PLUGINS"
#: How a message names the distribution of an entry point that has none.
UNKNOWN_DISTRIBUTION: Final = "an unknown distribution"
_ALL: Final = frozenset({"1", "true", "yes", "on", "all", "*"})
_NONE: Final = frozenset({"", "0", "false", "no", "off"})

T = TypeVar("T")


def disabled_plugins() -> frozenset[str] | None:
    """
    Read ``REWARDKIT_DISABLE_PLUGINS``.

    Returns:
        ``None`` when every plugin is switched off, otherwise the names switched off (empty
        when the variable is unset, empty, ``0`` or ``false``).

    .. versionadded:: 0.1.0
    """
    value = os.environ.get(DISABLE_PLUGINS_ENV, "").strip()
    if value.lower() in _ALL:
        return None
    if value.lower() in _NONE:
        return frozenset()
    return frozenset(part.strip() for part in value.split(",") if part.strip())


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


class PluginGroup(Generic[T]):
    """
    One entry-point group: discovered on first use, each plugin loaded once and cached.

    Args:
        group: The entry-point group (``rewardkit.rules``).
        kind: How messages name one plugin of the group (``rule plugin``).
        noun: How messages name a plugin's entry-point name (``namespace``); *kind* by
            default.
        load: Turns a loaded entry point into the plugin's value; it may raise. A
            :class:`~rewardkit.RewardkitError` it raises is quoted in the
            :class:`~rewardkit.PluginError`; any other exception is named by its type and
            message.
    """

    def __init__(
        self,
        group: str,
        *,
        kind: str,
        load: Callable[[metadata.EntryPoint], T],
        noun: str | None = None,
    ) -> None:
        self.group = group
        self.kind = kind
        self.noun = noun or kind
        self._load = load
        self._lock = threading.RLock()
        self._found: dict[str, tuple[metadata.EntryPoint, ...]] | None = None
        self._loaded: dict[str, T] = {}

    def _discover(self) -> dict[str, tuple[metadata.EntryPoint, ...]]:
        with self._lock:
            if self._found is None:
                found: dict[str, list[metadata.EntryPoint]] = {}
                for ep in entry_points(self.group):
                    found.setdefault(ep.name, []).append(ep)
                self._found = {name: tuple(eps) for name, eps in sorted(found.items())}
            return self._found

    def names(self) -> tuple[str, ...]:
        """Return the names of every plugin installed in the group, sorted, loading none."""
        return tuple(self._discover())

    def enabled(self) -> tuple[str, ...]:
        """Return the names that ``REWARDKIT_DISABLE_PLUGINS`` leaves switched on, sorted."""
        off = disabled_plugins()
        if off is None:
            return ()
        return tuple(name for name in self.names() if name not in off)

    def load(self, name: str) -> T:
        """
        Load the plugin *name* (once; later calls return the cached value).

        Args:
            name: The entry-point name.

        Returns:
            What the group's *load* function made of it.

        Raises:
            PluginError: No distribution provides *name*, two claim it, or it is broken.
        """
        with self._lock:
            if name in self._loaded:
                return self._loaded[name]
            eps = self._discover().get(name, ())
            if not eps:
                installed = ", ".join(self.names()) or "none"
                msg = f"no {self.kind} provides {self.noun} {name!r} (installed: {installed})"
                raise PluginError(msg, name=name, group=self.group)
            if len(eps) > 1:
                dists = [distribution_label(ep) for ep in eps]
                msg = (
                    f"{self.noun} {name!r} is claimed by more than one distribution: "
                    + " and ".join(dists)
                    + f"; uninstall one, or switch one off with {DISABLE_PLUGINS_ENV}={name}"
                )
                raise PluginError(msg, name=name, group=self.group, distributions=dists)
            (ep,) = eps
            dist = distribution_label(ep)
            try:
                value = self._load(ep)
            except PluginError:
                raise
            except Exception as e:
                detail = str(e) if isinstance(e, RewardkitError) else f"{type(e).__name__}: {e}"
                msg = f"{self.kind} {name!r} from distribution {dist} is broken: {detail}"
                raise PluginError(msg, name=name, group=self.group, distributions=[dist]) from e
            self._loaded[name] = value
            return value

    def load_enabled(self) -> list[tuple[str, T]]:
        """
        Load every plugin that is switched on, sorted by name.

        Returns:
            ``(name, value)`` pairs.

        Raises:
            PluginError: A plugin is claimed twice or broken.
        """
        return [(name, self.load(name)) for name in self.enabled()]

    def distribution(self, name: str) -> str:
        """
        Return the distributions that provide the plugin *name*, for a message.

        Args:
            name: The entry-point name.

        Returns:
            ``name version`` of each distribution, joined by ``and``.
        """
        eps = self._discover().get(name, ())
        return " and ".join(distribution_label(ep) for ep in eps) or UNKNOWN_DISTRIBUTION

    def clear(self) -> None:
        """Forget what was found and loaded, so that the next use discovers again."""
        with self._lock:
            self._found = None
            self._loaded.clear()
