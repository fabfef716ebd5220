"""
Agreement between coders: percent agreement, Cohen's kappa and Krippendorff's alpha.

Qualitative researchers code the same stories independently and report how far their coders
agree before they trust a theme. :func:`measure` computes, from the theme assignments of a
collection, at sub-theme level or rolled up to top-level themes:

- for each theme, coded as present or absent: percent agreement, Cohen's kappa for every pair
  of coders (and their mean), and Krippendorff's alpha (nominal);
- over the whole set of themes each coder gave a story: percent agreement (identical sets),
  Cohen's kappa and nominal alpha (each distinct set a category), and Krippendorff's alpha with
  the MASI distance, which gives partial credit to overlapping sets.

Conventions (SPEC section 5a):

- The unit is a story. A coder has a value for a story only when listed in
  :attr:`~rewardkit.Story.coded_by`; a listed coder who assigned nothing has the empty set
  ("coded, no theme"), which is data. A coder not listed has no value ("not coded"), which is
  missing. Stories with fewer than two listed coders drop out.
- An assignment whose ``coder`` is ``None`` or not listed in ``coded_by`` does not count; the
  report says how many were ignored.
- At sub-theme level a theme is present when the coder assigned exactly that id (a top-level id
  assigned directly is a theme of its own). Rolled up, a top-level theme is present when the
  coder assigned it or any theme below it.
- A figure that is undefined is ``None`` with the reason, never ``NaN``.

The functions :func:`percent_agreement`, :func:`cohen_kappa` and :func:`krippendorff_alpha`
work on plain reliability data too: one mapping per unit, from coder to value, a missing coder
being a missing value.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import itertools
import math
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

import attrs

from .exceptions import AgreementError

if TYPE_CHECKING:
    from .story import Collection, Story

__all__ = [
    "AgreementError",
    "AgreementReport",
    "Codings",
    "Figure",
    "Level",
    "PairKappa",
    "SetAgreement",
    "TaxonomyLike",
    "ThemeAgreement",
    "Unit",
    "codings",
    "cohen_kappa",
    "krippendorff_alpha",
    "masi_distance",
    "measure",
    "percent_agreement",
]

V = TypeVar("V", bound=Hashable)

#: Reliability data: one mapping per unit, from coder to the value that coder gave.
ReliabilityData = Iterable[Mapping[str, V]]

#: Reasons for an undefined figure, as they appear in reports.
NO_UNITS = "no unit has values from two or more coders"
NO_SHARED_UNITS = "the two coders have no unit in common"
NO_VARIATION = "every value is the same, so agreement beyond chance is undefined"
ONE_CATEGORY = (
    "both coders gave one and the same value throughout, so chance agreement is 1 and kappa "
    "is undefined"
)
NO_DEFINED_PAIR = "no pair of coders has a defined kappa"


class Level(enum.StrEnum):
    """
    The level at which themes are compared.

    .. versionadded:: 0.1.0
    """

    THEME = "theme"
    """Each theme id on its own: ``breakthrough.insight`` and ``breakthrough`` differ."""
    TOP = "top"
    """Rolled up to top-level themes: ``breakthrough.insight`` counts as ``breakthrough``."""


def _level(level: Level | str) -> Level:
    try:
        return Level(level)
    except ValueError:
        msg = "level must be 'theme' or 'top'"
        raise AgreementError(msg) from None


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


class TaxonomyLike(Protocol):
    """
    What :func:`measure` needs of a taxonomy to roll themes up: the top-level ancestor of an id.

    :class:`rewardkit.Taxonomy` is one.

    .. versionadded:: 0.1.0
    """

    def top_level(self, theme_id: str, /) -> _HasId:
        """Return the root ancestor of *theme_id* (itself when it has no parent)."""
        ...


def _check_figure(inst: Figure, _: attrs.Attribute[Any], reason: str | None) -> None:
    if (inst.value is None) == (reason is None):
        msg = "a figure has either a value or the reason it has none"
        raise ValueError(msg)
    if inst.value is not None and not math.isfinite(inst.value):
        msg = "a figure's value is a finite number"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Figure:
    """
    One agreement figure with the data behind it.

    Attributes:
        value: The figure, or ``None`` when it is undefined for this data.
        units: How many units (stories) it is computed over.
        coders: How many coders gave values to those units.
        reason: Why the figure is undefined; ``None`` when it has a value.

    .. versionadded:: 0.1.0
    """

    value: float | None
    units: int
    coders: int
    reason: str | None = attrs.field(default=None, validator=_check_figure)

    @property
    def defined(self) -> bool:
        """Whether the figure has a value."""
        return self.value is not None


@attrs.frozen(kw_only=True)
class PairKappa:
    """
    Cohen's kappa for one pair of coders.

    Attributes:
        first: One coder (the pair is in sorted order).
        second: The other coder.
        kappa: The figure, over the units both coded.

    .. versionadded:: 0.1.0
    """

    first: str
    second: str
    kappa: Figure


@attrs.frozen(kw_only=True)
class ThemeAgreement:
    """
    How far coders agree on one theme, coded as present or absent in each story.

    Attributes:
        theme: The theme id (a top-level id when rolled up).
        assigned: How many values (story and coder) have the theme present.
        stories: In how many stories at least one coder assigned it.
        percent_agreement: The share of stories on which every coder agrees.
        kappa: Cohen's kappa for every pair of coders.
        mean_kappa: The mean of the pairwise kappas that are defined (Light's kappa).
        alpha: Krippendorff's alpha, nominal, over present and absent.

    .. versionadded:: 0.1.0
    """

    theme: str
    assigned: int
    stories: int
    percent_agreement: Figure
    kappa: tuple[PairKappa, ...]
    mean_kappa: Figure
    alpha: Figure


@attrs.frozen(kw_only=True)
class SetAgreement:
    """
    How far coders agree on the whole set of themes each gave a story.

    Attributes:
        percent_agreement: The share of stories to which every coder gave the same set.
        kappa: Cohen's kappa for every pair of coders, each distinct set a category.
        mean_kappa: The mean of the pairwise kappas that are defined.
        alpha: Krippendorff's alpha, nominal, each distinct set a category.
        alpha_masi: Krippendorff's alpha with the MASI distance between sets
            (:func:`masi_distance`), which credits partial overlap.

    .. versionadded:: 0.1.0
    """

    percent_agreement: Figure
    kappa: tuple[PairKappa, ...]
    mean_kappa: Figure
    alpha: Figure
    alpha_masi: Figure


@attrs.frozen(kw_only=True)
class Unit:
    """
    One story as agreement sees it: the set of themes each listed coder gave it.

    Attributes:
        story: The story's id.
        values: For each coder listed in ``coded_by``, the themes that coder assigned at the
            level in use; an empty set means "coded, no theme".

    .. versionadded:: 0.1.0
    """

    story: str
    values: Mapping[str, frozenset[str]] = attrs.field(hash=False)


@attrs.frozen(kw_only=True)
class Codings:
    """
    The reliability data of a collection, as :func:`codings` extracts it.

    Attributes:
        level: The level of the theme ids in the values.
        units: The stories with two or more listed coders, in input order.
        dropped: How many stories had fewer than two coders and were left out.
        ignored_assignments: How many assignments did not count because their coder was
            ``None`` or not listed in the story's ``coded_by``.

    .. versionadded:: 0.1.0
    """

    level: Level
    units: tuple[Unit, ...]
    dropped: int
    ignored_assignments: int

    @property
    def coders(self) -> tuple[str, ...]:
        """Every coder with a value in some unit, sorted."""
        return tuple(sorted({c for u in self.units for c in u.values}))

    @property
    def themes(self) -> tuple[str, ...]:
        """Every theme some coder assigned in some unit, sorted."""
        return tuple(sorted({t for u in self.units for v in u.values.values() for t in v}))


@attrs.frozen(kw_only=True)
class AgreementReport:
    """
    Agreement between the coders of a collection, per theme and over theme sets.

    Attributes:
        level: Sub-theme level (:attr:`Level.THEME`) or rolled up (:attr:`Level.TOP`).
        coders: Every coder with a value in some story, sorted.
        units: How many stories had two or more coders.
        dropped: How many stories had fewer than two coders and were left out.
        ignored_assignments: How many assignments did not count because their coder was
            ``None`` or not listed in the story's ``coded_by``.
        overall: Agreement on the whole set of themes per story.
        themes: Agreement per theme, sorted by theme id; only themes that some coder assigned.

    .. versionadded:: 0.1.0
    """

    level: Level
    coders: tuple[str, ...]
    units: int
    dropped: int
    ignored_assignments: int
    overall: SetAgreement
    themes: tuple[ThemeAgreement, ...]

    def below(self, threshold: float) -> tuple[ThemeAgreement, ...]:
        """
        Return the themes whose alpha is defined and below *threshold*.

        Args:
            threshold: The lowest acceptable alpha (Krippendorff suggests 0.667 for tentative
                conclusions and 0.8 for firm ones).

        Returns:
            The themes, in report order.

        .. versionadded:: 0.1.0
        """
        return tuple(
            t for t in self.themes if t.alpha.value is not None and t.alpha.value < threshold
        )


# --- distances ------------------------------------------------------------------------------


def _masi_by_size(size_a: int, size_b: int, common: int) -> Fraction:
    """Return the MASI distance of two sets from their sizes and the size of their overlap."""
    if size_a == size_b == common:  # equal sets, empty ones included
        return Fraction(0)
    if common == 0:
        return Fraction(1)
    monotonicity = Fraction(2, 3) if common == min(size_a, size_b) else Fraction(1, 3)
    return 1 - Fraction(common, size_a + size_b - common) * monotonicity


def _masi(a: AbstractSet[Any], b: AbstractSet[Any]) -> Fraction:
    """Return the MASI distance as an exact fraction."""
    return _masi_by_size(len(a), len(b), len(a & b))


def masi_distance(a: AbstractSet[Any], b: AbstractSet[Any]) -> float:
    """
    Return the MASI distance between two sets (Passonneau 2006).

    MASI (Measuring Agreement on Set-valued Items) is ``1 - J * M``, where ``J`` is the Jaccard
    similarity ``|a & b| / |a | b|`` and ``M`` the monotonicity factor: 1 when the sets are
    equal, 2/3 when one is a subset of the other, 1/3 when they overlap otherwise, 0 when they
    are disjoint. Two empty sets are at distance 0; an empty and a non-empty set at distance 1.

    This is the definition NLTK's ``masi_distance`` implements, except that NLTK cannot take two
    empty sets (it divides by zero); here they are at distance 0.

    Args:
        a: One set.
        b: The other.

    Returns:
        The distance, from 0 (equal) to 1 (disjoint).

    .. versionadded:: 0.1.0
    """
    return float(_masi(a, b))


# --- the coefficients -----------------------------------------------------------------------


def _pairable(data: ReliabilityData[V]) -> list[Mapping[str, V]]:
    return [u for u in data if len(u) >= 2]


def _count_coders(units: Iterable[Mapping[str, Any]]) -> int:
    return len({c for u in units for c in u})


def percent_agreement(data: ReliabilityData[V]) -> Figure:
    """
    Return the share of units on which every coder gave the same value.

    Units with fewer than two values are left out.

    Args:
        data: One mapping per unit, from coder to value.

    Returns:
        A proportion from 0 to 1, or ``None`` when no unit has two values.

    .. versionadded:: 0.1.0
    """
    units = _pairable(data)
    coders = _count_coders(units)
    if not units:
        return Figure(value=None, units=0, coders=coders, reason=NO_UNITS)
    agreed = sum(1 for u in units if len(set(u.values())) == 1)
    return Figure(value=agreed / len(units), units=len(units), coders=coders)


def cohen_kappa(data: ReliabilityData[V], first: str, second: str) -> Figure:
    """
    Return Cohen's kappa between two coders, over the units both gave a value.

    ``kappa = (p_o - p_e) / (1 - p_e)``, with ``p_o`` the observed share of agreement and
    ``p_e`` the agreement expected from each coder's own distribution of values (Cohen 1960).
    It is undefined when both coders gave one and the same value throughout (``p_e = 1``), or
    when they share no unit.

    Args:
        data: One mapping per unit, from coder to value.
        first: One coder.
        second: The other.

    Returns:
        The figure, over the shared units, with 2 coders.

    .. versionadded:: 0.1.0
    """
    pairs = [(u[first], u[second]) for u in data if first in u and second in u]
    n = len(pairs)
    if n == 0:
        return Figure(value=None, units=0, coders=2, reason=NO_SHARED_UNITS)
    agreed = sum(1 for a, b in pairs if a == b)
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    chance = sum(count * right[value] for value, count in left.items())  # n**2 * p_e
    if chance == n * n:
        return Figure(value=None, units=n, coders=2, reason=ONE_CATEGORY)
    return Figure(value=(n * agreed - chance) / (n * n - chance), units=n, coders=2)


def _masi_pair_sum(counts: Counter[AbstractSet[Any]]) -> Fraction:
    """Sum the MASI distances, which depend only on sizes: weigh each size triple first."""
    weights: Counter[tuple[int, int, int]] = Counter()
    for (c, m), (d, k) in itertools.combinations(counts.items(), 2):
        weights[len(c), len(d), len(c & d)] += m * k
    return 2 * sum((w * _masi_by_size(*sizes) for sizes, w in weights.items()), start=Fraction(0))


def _pair_sum(counts: Counter[V], distance: Callable[[V, V], Fraction | float] | None) -> Any:
    """Return the sum over ordered pairs of values of ``n_c * n_k * distance(c, k)``."""
    if distance is None:  # nominal: 1 for every pair of different values, exact in integers
        total = sum(counts.values())
        return total * total - sum(m * m for m in counts.values())
    if distance is _masi:
        return _masi_pair_sum(cast("Counter[AbstractSet[Any]]", counts))
    items = list(counts.items())
    return 2 * sum(
        (m * k * distance(c, d) for (c, m), (d, k) in itertools.combinations(items, 2)),
        start=Fraction(0),
    )


def _alpha(data: ReliabilityData[V], distance: Callable[[Any, Any], Any] | None) -> Figure:
    units = _pairable(data)
    coders = _count_coders(units)
    if not units:
        return Figure(value=None, units=0, coders=coders, reason=NO_UNITS)
    n = 0
    observed: Any = Fraction(0)  # sum over units of the unit's pair sum / (m_u - 1)
    totals: Counter[V] = Counter()
    for unit in units:
        counts = Counter(unit.values())
        m = len(unit)
        n += m
        observed += Fraction(_pair_sum(counts, distance)) / (m - 1)
        totals.update(counts)
    expected = _pair_sum(totals, distance)
    if expected == 0:
        return Figure(value=None, units=len(units), coders=coders, reason=NO_VARIATION)
    value = 1 - (n - 1) * Fraction(observed) / Fraction(expected)
    return Figure(value=float(value), units=len(units), coders=coders)


def krippendorff_alpha(
    data: ReliabilityData[V], *, distance: Callable[[V, V], float] | None = None
) -> Figure:
    """
    Return Krippendorff's alpha for reliability data with any number of coders and gaps.

    ``alpha = 1 - D_o / D_e``: one minus the ratio of the disagreement observed within units to
    the disagreement expected by chance from all values pooled (Krippendorff 2011, "Computing
    Krippendorff's Alpha-Reliability"). Units with fewer than two values are left out. Alpha is
    undefined when no unit has two values or when every value is the same.

    Args:
        data: One mapping per unit, from coder to value.
        distance: The difference function ``delta(c, k)`` between two values (Krippendorff's
            squared difference), 0 for equal values; ``None`` for nominal data (1 for any two
            different values). Pass
            :func:`masi_distance` for sets of themes.

    Returns:
        The figure, over the units with two or more values.

    .. versionadded:: 0.1.0
    """
    if distance is masi_distance:  # exact arithmetic for the distance this module ships
        return _alpha(data, _masi)
    return _alpha(data, distance)


# --- from stories to reliability data -------------------------------------------------------


def _roll_up(taxonomy: TaxonomyLike | None) -> Callable[[str], str]:
    def by_syntax(theme_id: str) -> str:
        return theme_id.split(".", 1)[0]

    if taxonomy is None:
        return by_syntax

    def by_taxonomy(theme_id: str) -> str:
        try:
            return taxonomy.top_level(theme_id).id
        except LookupError:  # an unknown id: the theme-unknown rule reports it
            return by_syntax(theme_id)

    return by_taxonomy


def codings(
    stories: Iterable[Story] | Collection,
    *,
    level: Level | str = Level.THEME,
    taxonomy: TaxonomyLike | None = None,
) -> Codings:
    """
    Extract the reliability data of a collection: the themes each listed coder gave each story.

    Args:
        stories: A collection or any iterable of stories.
        level: ``"theme"`` to compare theme ids as assigned, ``"top"`` to roll them up to
            their top-level themes.
        taxonomy: What rolls a theme up to its top-level theme; when ``None``, the part of the
            id before the first dot (``acme:rota.swap`` rolls up to ``acme:rota``). An id the
            taxonomy does not know is rolled up by the same rule.

    Returns:
        The units, with how many stories dropped out and how many assignments were ignored.

    Raises:
        AgreementError: *level* is not a level (also a :class:`ValueError`).

    .. versionadded:: 0.1.0
    """
    level = _level(level)
    roll = _roll_up(taxonomy) if level is Level.TOP else None
    units: list[Unit] = []
    dropped = ignored = 0
    for story in stories:
        listed = story.coded_by or ()
        values: dict[str, set[str]] = {coder: set() for coder in listed}
        for assignment in story.themes:
            coder = assignment.coder
            if coder is None or coder not in values:
                ignored += 1
                continue
            values[coder].add(roll(assignment.theme) if roll else assignment.theme)
        if len(listed) < 2:
            dropped += 1
            continue
        frozen = {coder: frozenset(themes) for coder, themes in values.items()}
        units.append(Unit(story=story.id, values=frozen))
    return Codings(level=level, units=tuple(units), dropped=dropped, ignored_assignments=ignored)


def _kappas(
    data: Sequence[Mapping[str, V]], coders: Sequence[str]
) -> tuple[tuple[PairKappa, ...], Figure]:
    pairs = tuple(
        PairKappa(first=a, second=b, kappa=cohen_kappa(data, a, b))
        for a, b in itertools.combinations(coders, 2)
    )
    defined = [p for p in pairs if p.kappa.value is not None]
    covered = sum(1 for u in data if any(p.first in u and p.second in u for p in defined))
    in_pairs = len({c for p in defined for c in (p.first, p.second)})
    if not defined:
        mean = Figure(value=None, units=covered, coders=in_pairs, reason=NO_DEFINED_PAIR)
    else:
        total = math.fsum(p.kappa.value for p in defined if p.kappa.value is not None)
        mean = Figure(value=total / len(defined), units=covered, coders=in_pairs)
    return pairs, mean


def _theme_agreement(theme: str, units: Sequence[Unit], coders: Sequence[str]) -> ThemeAgreement:
    """Return the figures of one theme: whether each coder gave it to each unit."""
    data = [{c: theme in v for c, v in u.values.items()} for u in units]
    kappa, mean_kappa = _kappas(data, coders)
    return ThemeAgreement(
        theme=theme,
        assigned=sum(1 for u in data for present in u.values() if present),
        stories=sum(1 for u in data if any(u.values())),
        percent_agreement=percent_agreement(data),
        kappa=kappa,
        mean_kappa=mean_kappa,
        alpha=krippendorff_alpha(data),
    )


def measure(
    stories: Iterable[Story] | Collection,
    *,
    level: Level | str = Level.THEME,
    taxonomy: TaxonomyLike | None = None,
) -> AgreementReport:
    """
    Measure how far the coders of a collection agree, per theme and over theme sets.

    Args:
        stories: A collection or any iterable of stories; each story's ``coded_by`` names its
            coders.
        level: ``"theme"`` to compare theme ids as assigned, ``"top"`` to roll them up to
            their top-level themes.
        taxonomy: What rolls a theme up to its top-level theme (see :func:`codings`).

    Returns:
        The report. Its figures are ``None``, with the reason, where they are undefined (for
        instance when no story has two coders).

    Raises:
        AgreementError: *level* is not a level (also a :class:`ValueError`).

    .. versionadded:: 0.1.0
    """
    return _measure(stories, level=level, taxonomy=taxonomy, per_theme=_per_theme)


#: What computes the figures of every theme: ``(themes, units, coders)`` to one figure per
#: theme, in order. Each theme's figures depend on that theme alone, so they may be computed
#: anywhere (``rewardkit stats --jobs`` computes them in worker processes).
PerTheme = Callable[[Sequence[str], Sequence[Unit], Sequence[str]], Iterable["ThemeAgreement"]]


def _per_theme(
    themes: Sequence[str], units: Sequence[Unit], coders: Sequence[str]
) -> Iterable[ThemeAgreement]:
    return [_theme_agreement(t, units, coders) for t in themes]


def _measure(
    stories: Iterable[Story] | Collection,
    *,
    level: Level | str,
    taxonomy: TaxonomyLike | None,
    per_theme: PerTheme,
) -> AgreementReport:
    """:func:`measure`, with the figures of each theme computed by *per_theme*."""
    coded = codings(stories, level=level, taxonomy=taxonomy)
    units = coded.units
    coders = coded.coders
    sets = [dict(u.values) for u in units]
    kappa, mean_kappa = _kappas(sets, coders)
    overall = SetAgreement(
        percent_agreement=percent_agreement(sets),
        kappa=kappa,
        mean_kappa=mean_kappa,
        alpha=krippendorff_alpha(sets),
        alpha_masi=_alpha(sets, _masi),
    )
    return AgreementReport(
        level=coded.level,
        coders=coders,
        units=len(units),
        dropped=coded.dropped,
        ignored_assignments=coded.ignored_assignments,
        overall=overall,
        themes=tuple(per_theme(coded.themes, units, coders)),
    )
