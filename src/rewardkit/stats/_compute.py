"""Count what a corpus holds: sources, narrators, statuses, themes, pairs of themes."""

from __future__ import annotations

import itertools
from collections import Counter
from typing import TYPE_CHECKING, Any, Protocol

from rewardkit.exceptions import StatsError

from ._model import CoOccurrence, CorpusStats, RoleThemes, ThemeFrequency

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping, Sequence

    from rewardkit.agreement import PerTheme, ThemeAgreement, Unit
    from rewardkit.story import Collection, Story

__all__ = ["NONE", "StatsError", "corpus_stats", "read_stories"]

#: What a count calls a story that lacks the field.
NONE = "(none)"


class _Theme(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def label(self) -> str: ...


class TaxonomyLike(Protocol):
    """What the statistics need of a taxonomy: a theme's label and its top-level theme."""

    def get(self, theme_id: str, /) -> _Theme | None:
        """Return the theme with this id, or ``None``."""
        ...

    def top_level(self, theme_id: str, /) -> _Theme:
        """Return the top-level theme of a known theme."""
        ...


def read_stories(paths: Iterable[str | os.PathLike[str]]) -> list[Story]:
    """
    Read every story in *paths*, in order.

    A directory gives its ``*.json`` and ``*.jsonl`` files, searched recursively, in sorted
    path order.

    Args:
        paths: Story files and directories.

    Returns:
        The stories.

    Raises:
        StatsError: A path does not exist, or a directory holds no story file.
        LoadError: A file does not load (the error lists every problem).
        OSError: A file cannot be read.

    .. versionadded:: 0.2.0
    """
    from rewardkit.check._paths import named_story_files  # noqa: PLC0415
    from rewardkit.serialization import load  # noqa: PLC0415 - the one place stories are read
    from rewardkit.story import Story  # noqa: PLC0415

    stories: list[Story] = []
    for file in named_story_files(paths, error=StatsError):
        document = load(file)
        stories.extend([document] if isinstance(document, Story) else document.stories)
    return stories


def _ranked(counter: Mapping[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0] == NONE, kv[0])))


def _value(value: object) -> str:
    return NONE if value is None else str(value)


class _Themes:
    """Look up a theme's top-level theme and label, remembering the answers."""

    def __init__(self, taxonomy: TaxonomyLike | None) -> None:
        self._taxonomy = taxonomy
        self._top: dict[str, str] = {}
        self._label: dict[str, str | None] = {}

    def top(self, theme_id: str) -> str:
        found = self._top.get(theme_id)
        if found is None:
            found = theme_id.split(".", 1)[0]
            if self._taxonomy is not None and self._taxonomy.get(theme_id) is not None:
                found = self._taxonomy.top_level(theme_id).id
            self._top[theme_id] = found
        return found

    def label(self, theme_id: str) -> str | None:
        if theme_id not in self._label:
            theme = self._taxonomy.get(theme_id) if self._taxonomy is not None else None
            self._label[theme_id] = theme.label if theme is not None else None
        return self._label[theme_id]


def _pairs(sets: Sequence[frozenset[str]], counts: Counter[str]) -> tuple[CoOccurrence, ...]:
    together: Counter[tuple[str, str]] = Counter()
    for themes in sets:
        together.update(itertools.combinations(sorted(themes), 2))
    n = sum(1 for s in sets if s)
    pairs = [
        CoOccurrence(first=a, second=b, stories=k, lift=k * n / (counts[a] * counts[b]))
        for (a, b), k in together.items()
    ]
    return tuple(sorted(pairs, key=lambda p: (-p.stories, -p.lift, p.first, p.second)))


def _frequencies(  # noqa: PLR0913 - the tallies of one level
    stories: Counter[str],
    assignments: Counter[str],
    evidence: Counter[str],
    coded: int,
    themes: _Themes,
    *,
    top: bool,
) -> tuple[ThemeFrequency, ...]:
    return tuple(
        ThemeFrequency(
            theme=theme,
            label=themes.label(theme),
            top_level=theme if top else themes.top(theme),
            stories=n,
            share=n / coded,
            assignments=assignments[theme],
            with_evidence=evidence[theme],
        )
        for theme, n in _ranked(stories)
    )


#: Below this much work (coded stories times themes), the figures of the themes are computed
#: in this process: starting workers would cost more than it saves.
PARALLEL_MIN_WORK = 50_000

_AGREEMENT: list[Any] = []


def _begin_themes(units: Sequence[Unit], coders: Sequence[str]) -> None:
    _AGREEMENT[:] = [units, coders]


def _theme_job(theme: str) -> ThemeAgreement:
    """Compute one theme's agreement figures, in a worker."""
    from rewardkit.agreement import _theme_agreement  # noqa: PLC0415

    units, coders = _AGREEMENT
    return _theme_agreement(theme, units, coders)


def _themes_in(jobs: int) -> PerTheme:
    """Compute the figures of each theme in *jobs* processes, in theme order."""

    def per_theme(
        themes: Sequence[str], units: Sequence[Unit], coders: Sequence[str]
    ) -> list[ThemeAgreement]:
        if jobs == 1 or len(themes) * len(units) < PARALLEL_MIN_WORK:
            _begin_themes(units, coders)
            return [_theme_job(t) for t in themes]
        from rewardkit.check import parallel_map  # noqa: PLC0415 - only for long runs

        return list(
            parallel_map(
                _theme_job,
                themes,
                jobs=jobs,
                chunk=1,
                initializer=_begin_themes,
                initargs=(units, coders),
            )
        )

    return per_theme


def corpus_stats(
    stories: Iterable[Story] | Collection,
    *,
    taxonomy: TaxonomyLike | None = None,
    jobs: int = 1,
) -> CorpusStats:
    """
    Count what a corpus holds.

    Themes are counted per story (a theme two coders gave one story counts once) at two
    levels: as assigned, and rolled up to their top-level theme through *taxonomy* (an id it
    does not know rolls up to the part before its first dot). Agreement between coders comes
    from ``rewardkit.agreement.measure()``, at the level of themes as assigned.

    >>> import rewardkit as rk
    >>> from rewardkit.stats import corpus_stats
    >>> stats = corpus_stats(rk.load("examples/agreement/coded-stories.json"))
    >>> stats.stories, stats.top_themes[0].theme
    (6, 'breakthrough')

    Args:
        stories: A collection or any iterable of stories.
        taxonomy: What gives a theme its label and top-level theme; the syntax of the id
            alone when ``None``.
        jobs: Worker processes for the agreement of each theme, the costly part for a
            large coded corpus; the figures are the same for any number.

    Returns:
        The figures.

    .. versionadded:: 0.2.0
    """
    from rewardkit.agreement import Level, _measure  # noqa: PLC0415 - only when counting

    stories = list(stories)
    themes = _Themes(taxonomy)
    fields: dict[str, Counter[str]] = {
        k: Counter() for k in ("platform", "community", "role", "setting", "status", "text_form")
    }
    theme_stories: Counter[str] = Counter()
    theme_assignments: Counter[str] = Counter()
    theme_evidence: Counter[str] = Counter()
    top_stories: Counter[str] = Counter()
    top_assignments: Counter[str] = Counter()
    top_evidence: Counter[str] = Counter()
    role_top: dict[str, Counter[str]] = {}
    role_themes: dict[str, Counter[str]] = {}
    theme_sets: list[frozenset[str]] = []
    top_sets: list[frozenset[str]] = []
    for story in stories:
        narrator = story.narrator
        role = _value(narrator.role if narrator else None)
        fields["platform"][story.source.platform] += 1
        fields["community"][_value(story.source.community)] += 1
        fields["role"][role] += 1
        fields["setting"][_value(narrator.setting if narrator else None)] += 1
        fields["status"][str(story.deidentification.status)] += 1
        fields["text_form"][_value(story.source.text_form)] += 1
        ids = frozenset(a.theme for a in story.themes)
        tops = frozenset(themes.top(t) for t in ids)
        for a in story.themes:
            top = themes.top(a.theme)
            theme_assignments[a.theme] += 1
            top_assignments[top] += 1
            if a.evidence:
                theme_evidence[a.theme] += 1
                top_evidence[top] += 1
        theme_stories.update(ids)
        top_stories.update(tops)
        role_top.setdefault(role, Counter()).update(tops)
        role_themes.setdefault(role, Counter()).update(ids)
        theme_sets.append(ids)
        top_sets.append(tops)
    coded = sum(1 for s in theme_sets if s)
    by_role = _ranked(fields["role"])
    report = _measure(stories, level=Level.THEME, taxonomy=None, per_theme=_themes_in(jobs))
    return CorpusStats(
        stories=len(stories),
        coded_stories=coded,
        by_platform=_ranked(fields["platform"]),
        by_community=_ranked(fields["community"]),
        by_role=by_role,
        by_setting=_ranked(fields["setting"]),
        by_status=_ranked(fields["status"]),
        by_text_form=_ranked(fields["text_form"]),
        top_themes=_frequencies(
            top_stories, top_assignments, top_evidence, coded, themes, top=True
        ),
        themes=_frequencies(
            theme_stories, theme_assignments, theme_evidence, coded, themes, top=False
        ),
        roles=tuple(
            RoleThemes(
                role=role,
                stories=n,
                top_themes=_ranked(role_top[role]),
                themes=_ranked(role_themes[role]),
            )
            for role, n in by_role
        ),
        cooccurrence=_pairs(top_sets, top_stories),
        theme_cooccurrence=_pairs(theme_sets, theme_stories),
        assignments=sum(theme_assignments.values()),
        with_evidence=sum(theme_evidence.values()),
        agreement=report if report.units else None,
    )
