"""The context of one validation run, as every rule's check receives it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rewardkit.findings import format_pointer

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from rewardkit.typing import TaxonomyLike

__all__ = ["RunContext", "StoryContext", "lazy_taxonomy", "where"]


class _Lazy:
    """Holds the taxonomy of a run, made by *load* when first asked for."""

    __slots__ = ("load", "value")

    def __init__(self, value: TaxonomyLike | None, load: Callable[[], TaxonomyLike]) -> None:
        self.value = value
        self.load = load

    def get(self) -> TaxonomyLike:
        if self.value is None:
            self.value = self.load()
        return self.value


def where(file: str | None, line: int | None, path: tuple[str | int, ...]) -> str:
    """Name a story by its file, line and place in its document (``a.jsonl:3``)."""
    place = file or ""
    if line is not None:
        place += f":{line}"
    if path:
        place = f"{place} {format_pointer(path)}".strip()
    return place


class RunContext:
    """
    What one run shares between its stories: the profile, the clock, state and taxonomy.

    Attributes:
        profile: The profile in use.
        now: The validating machine's clock, as an aware datetime, fixed for the run.
        state: A dict shared by every story of the run, for rules that compare stories.
    """

    __slots__ = ("lazy_taxonomy", "now", "profile", "state")

    def __init__(self, *, profile: str, now: datetime, lazy_taxonomy: _Lazy) -> None:
        self.profile = profile
        self.now = now
        self.state: dict[str, Any] = {}
        self.lazy_taxonomy = lazy_taxonomy

    @property
    def taxonomy(self) -> TaxonomyLike:
        """The taxonomy in use, loaded on first use when none was given."""
        return self.lazy_taxonomy.get()

    @property
    def location(self) -> str:
        """No story: the run as a whole."""
        return ""

    def at(
        self, file: str | None = None, line: int | None = None, path: tuple[str | int, ...] = ()
    ) -> StoryContext:
        """Return the context for the story at *file*, *line* and *path*."""
        return StoryContext(self, file, line, path)


class StoryContext:
    """
    The :class:`~rewardkit.RuleContext` of one story: the run's, plus where the story is.

    A run points one context at each story in turn (:meth:`place`), and works out its
    :attr:`location` only when a rule asks for it.
    """

    __slots__ = ("_file", "_line", "_path", "_run", "now", "profile", "state")

    def __init__(
        self, run: RunContext, file: str | None, line: int | None, path: tuple[str | int, ...]
    ) -> None:
        self._run = run
        self.profile = run.profile
        self.now = run.now
        self.state = run.state
        self._file = file
        self._line = line
        self._path = path

    def place(self, file: str | None, line: int | None, path: tuple[str | int, ...]) -> None:
        """Point the context at the story at *file*, *line* and *path*."""
        self._file = file
        self._line = line
        self._path = path

    @property
    def taxonomy(self) -> TaxonomyLike:
        """The taxonomy in use."""
        return self._run.lazy_taxonomy.get()

    @property
    def location(self) -> str:
        """How to name this story in a message about another (``stories.jsonl:3``)."""
        return where(self._file, self._line, self._path)


def lazy_taxonomy(taxonomy: TaxonomyLike | None, load: Callable[[], TaxonomyLike]) -> _Lazy:
    """Hold *taxonomy*, or call *load* for one when it is first needed."""
    return _Lazy(taxonomy, load)
