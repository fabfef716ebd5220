"""The detector registry: the built-in detector families and the entry-point plugins."""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from rewardkit._plugins import PluginGroup
from rewardkit.exceptions import DetectorError

from ._model import Detector

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = [
    "ENTRY_POINT_GROUP",
    "DetectorError",
    "DetectorRegistry",
    "builtin_detectors",
    "registry",
]

#: The entry-point group that plugins use to add detectors.
ENTRY_POINT_GROUP = "rewardkit.detectors"


# The built-in detectors, in the order they run, and the family module that makes each one.
# A family is imported when the registry first needs its detectors.
_BUILTINS = (
    ("email", "_contact"),
    ("url", "_contact"),
    ("ip-address", "_contact"),
    ("phone", "_contact"),
    ("ssn", "_numbers"),
    ("id-number", "_numbers"),
    ("address", "_places"),
    ("date", "_dates"),
    ("age-over-89", "_numbers"),
    ("username", "_contact"),
    ("name", "_names"),
    ("place", "_places"),
    ("postal-address", "_places"),
    ("organization", "_organizations"),
    ("learned", "_learned"),
)


def builtin_detectors() -> list[Detector]:
    """
    Build the built-in detectors, in the order they run.

    Returns:
        A new list of the built-in detectors.

    .. versionadded:: 0.1.0
    """
    made: dict[str, Detector] = {}
    for module in dict.fromkeys(module for _, module in _BUILTINS):
        family = importlib.import_module(f"{__package__}.{module}")
        made.update((d.name, d) for d in family.detectors())
    return [made[name] for name, _ in _BUILTINS]


def _is_detector(obj: object) -> bool:
    return isinstance(obj, Detector)


def _load_plugin(entry_point: EntryPoint) -> Detector:
    """Turn a ``rewardkit.detectors`` entry point into its detector."""
    obj = entry_point.load()
    detector = obj() if isinstance(obj, type) or not isinstance(obj, Detector) else obj
    if not _is_detector(detector):
        msg = "it is not a Detector: it needs a 'name' and a 'detect(text)' method"
        raise DetectorError(msg)
    return detector


class DetectorRegistry:
    """
    The detectors :func:`scan` uses when it is given none.

    It starts with the built-in detectors and, on first use, adds those that installed
    packages declare in the ``rewardkit.detectors`` entry-point group (an entry point names
    a detector object, or a class or function that returns one). Detectors can be added,
    removed, switched off and on by name; terms on its allow-list are never flagged. A
    plugin that is broken, or claimed by two distributions, is a :class:`~rewardkit.PluginError`
    naming it and its distribution, raised by whatever first needs the detectors.

    Args:
        builtins: Start with the built-in detectors.
        plugins: Load detectors from the entry-point group on first use.

    .. versionadded:: 0.1.0
    """

    def __init__(self, *, builtins: bool = True, plugins: bool = True) -> None:
        self._lock = threading.RLock()
        self._detectors: dict[str, Detector] | None = None
        self._builtins = builtins
        self._plugins: PluginGroup[Detector] | None = (
            PluginGroup(ENTRY_POINT_GROUP, kind="detector plugin", load=_load_plugin)
            if plugins
            else None
        )
        self._disabled: set[str] = set()
        self._allow: list[str] = []

    def _loaded(self) -> dict[str, Detector]:
        with self._lock:
            if self._detectors is None:
                found: dict[str, Detector] = {}
                if self._builtins:
                    found.update((d.name, d) for d in builtin_detectors())
                if self._plugins is not None:
                    for _name, detector in self._plugins.load_enabled():
                        found.setdefault(detector.name, detector)
                self._detectors = found
            return self._detectors

    def register(self, detector: Detector, *, replace: bool = False) -> None:
        """
        Add a detector.

        Args:
            detector: The detector; its ``name`` must be new unless *replace* is true.
            replace: Replace a detector of the same name.

        Raises:
            DetectorError: *detector* is not a detector, or its name is taken.

        .. versionadded:: 0.1.0
        """
        if not _is_detector(detector):
            msg = "not a Detector: it needs a 'name' and a 'detect(text)' method"
            raise DetectorError(msg)
        with self._lock:
            loaded = self._loaded()
            if detector.name in loaded and not replace:
                msg = f"a detector named {detector.name!r} is already registered"
                raise DetectorError(msg)
            loaded[detector.name] = detector

    def unregister(self, name: str) -> None:
        """
        Remove a detector.

        Args:
            name: Its name.

        Raises:
            DetectorError: No detector has that name.

        .. versionadded:: 0.1.0
        """
        with self._lock:
            self._check(name)
            del self._loaded()[name]

    def disable(self, *names: str) -> None:
        """
        Switch detectors off (they stay registered).

        Args:
            names: Their names.

        Raises:
            DetectorError: No detector has one of the names.

        .. versionadded:: 0.1.0
        """
        with self._lock:
            for name in names:
                self._check(name)
            self._disabled.update(names)

    def enable(self, *names: str) -> None:
        """
        Switch detectors back on.

        Args:
            names: Their names.

        Raises:
            DetectorError: No detector has one of the names.

        .. versionadded:: 0.1.0
        """
        with self._lock:
            for name in names:
                self._check(name)
            self._disabled.difference_update(names)

    def allow(self, *terms: str) -> None:
        """
        Add terms that are never flagged (a clinic's public name, a hotline).

        Args:
            terms: The terms, matched without regard to case, as whole words.

        .. versionadded:: 0.1.0
        """
        with self._lock:
            self._allow.extend(t for t in terms if t.strip())

    @property
    def allowed(self) -> tuple[str, ...]:
        """Return the allow-list."""
        return tuple(self._allow)

    def names(self) -> list[str]:
        """
        List the names of every registered detector, switched on or off.

        Returns:
            The names, in the order the detectors run.

        .. versionadded:: 0.1.0
        """
        return list(self._loaded())

    def detectors(self) -> list[Detector]:
        """
        List the detectors that are switched on.

        Returns:
            The detectors, in the order they run.

        .. versionadded:: 0.1.0
        """
        with self._lock:
            return [d for n, d in self._loaded().items() if n not in self._disabled]

    def _check(self, name: str) -> None:
        if name not in self._loaded():
            known = ", ".join(sorted(self._loaded()))
            msg = f"no detector named {name!r}; known: {known}"
            raise DetectorError(msg)


#: The process-wide registry that :func:`scan` and :func:`redact` use by default.
registry = DetectorRegistry()
