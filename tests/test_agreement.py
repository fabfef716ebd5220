"""Tests for rewardkit.agreement: published worked examples, reference implementations, conventions."""

from __future__ import annotations

import itertools
import json
import math
from fractions import Fraction
from pathlib import Path
from typing import ClassVar

import attrs
import krippendorff
import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from nltk.metrics.agreement import AnnotationTask
from nltk.metrics.distance import masi_distance as nltk_masi_distance
from sklearn.metrics import cohen_kappa_score

from rewardkit.agreement import (
    NO_DEFINED_PAIR,
    NO_SHARED_UNITS,
    NO_UNITS,
    NO_VARIATION,
    ONE_CATEGORY,
    AgreementError,
    Figure,
    Level,
    codings,
    cohen_kappa,
    krippendorff_alpha,
    masi_distance,
    measure,
    percent_agreement,
)
from rewardkit.cli import _agreement
from rewardkit.cli._agreement import render_json
from rewardkit.cli._main import main
from rewardkit.exceptions import RewardkitError
from rewardkit.story import (
    Collection,
    Deidentification,
    DeidStatus,
    Source,
    Story,
    ThemeAssignment,
)

EXAMPLE = Path(__file__).parent.parent / "examples" / "agreement" / "coded-stories.json"


def make_story(story_id, coded_by, assignments=()):
    return Story(
        id=story_id,
        text="An invented story about a good day at work.",
        source=Source(platform="forum"),
        deidentification=Deidentification(status=DeidStatus.REDACTED),
        coded_by=coded_by,
        themes=[ThemeAssignment(theme=t, coder=c) for t, c in assignments],
    )


def stories_from_table(table: dict[str, list[str | None]]) -> list[Story]:
    """One story per column; each coder's cell is a theme id, "" for no theme, None for not coded."""
    n = len(next(iter(table.values())))
    out = []
    for i in range(n):
        coded_by = [c for c, row in table.items() if row[i] is not None]
        assignments = [(row[i], c) for c, row in table.items() if row[i]]
        out.append(make_story(f"st-{i:03}", coded_by, assignments))
    return out


# --- published worked examples --------------------------------------------------------------

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
# twelve units, nominal values with gaps. Published alpha (nominal) = 0.743.
K4 = {
    "A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
}
# Krippendorff (2011), section A: two observers, ten units, binary. Published alpha = 0.095.
K2 = {"A": [0, 1, 0, 0, 0, 0, 0, 0, 1, 0], "B": [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]}


def as_units(table: dict[str, list[int | None]]) -> list[dict[str, int]]:
    n = len(next(iter(table.values())))
    return [{c: row[i] for c, row in table.items() if row[i] is not None} for i in range(n)]


def as_matrix(table: dict[str, list[int | None]]) -> np.ndarray:
    return np.array([[np.nan if v is None else v for v in row] for row in table.values()])


def test_krippendorff_four_coders_twelve_units():
    alpha = krippendorff_alpha(as_units(K4))
    assert alpha.value == pytest.approx(0.743, abs=5e-4)
    # From the coincidence matrix: n = 40 pairable values, marginals 9, 13, 10, 5, 3 and 8
    # off-diagonal coincidences: 1 - (n - 1) * 8 / (n**2 - sum(n_c**2)) = 1 - 39/152.
    assert alpha.value == pytest.approx(113 / 152, rel=1e-12)
    assert alpha.units == 11  # the last unit has one value and drops out
    assert alpha.coders == 4
    expected = krippendorff.alpha(reliability_data=as_matrix(K4), level_of_measurement="nominal")
    assert alpha.value == pytest.approx(expected, rel=1e-12)


def test_krippendorff_four_coders_interval_with_a_distance_function():
    # The same paper's interval alpha for these data is 0.849.
    alpha = krippendorff_alpha(as_units(K4), distance=lambda a, b: (a - b) ** 2)
    assert alpha.value == pytest.approx(0.849, abs=5e-4)
    expected = krippendorff.alpha(reliability_data=as_matrix(K4), level_of_measurement="interval")
    assert alpha.value == pytest.approx(expected, rel=1e-12)


def test_krippendorff_four_coders_through_stories():
    themes = {1: "breakthrough", 2: "connection", 3: "advocacy", 4: "small-victory", 5: "gratitude"}
    table = {c: [None if v is None else themes[v] for v in row] for c, row in K4.items()}
    report = measure(stories_from_table(table))
    # Each coder gave each story one theme, so the theme sets are the nominal categories.
    assert report.overall.alpha.value == pytest.approx(0.743, abs=5e-4)
    assert report.units == 11
    assert report.dropped == 1
    assert report.coders == ("A", "B", "C", "D")


def test_krippendorff_two_coders_binary():
    alpha = krippendorff_alpha(as_units(K2))
    assert alpha.value == pytest.approx(0.095, abs=5e-4)
    # 1 - (n - 1) * o_01 / (n_0 * n_1) with n = 20, o_01 = 4, n_0 = 14, n_1 = 6.
    assert alpha.value == pytest.approx(1 - 19 * 4 / (14 * 6), rel=1e-12)
    assert (alpha.units, alpha.coders) == (10, 2)


def test_krippendorff_two_coders_binary_as_a_theme():
    table = {c: ["gratitude.thanks" if v else "" for v in row] for c, row in K2.items()}
    report = measure(stories_from_table(table))
    (theme,) = report.themes
    assert theme.theme == "gratitude.thanks"
    assert theme.alpha.value == pytest.approx(0.095, abs=5e-4)
    assert theme.percent_agreement.value == pytest.approx(0.6)
    # p_o = 0.6, p_e = 0.2 * 0.4 + 0.8 * 0.6 = 0.56, kappa = 0.04 / 0.44 = 1/11.
    assert theme.kappa[0].kappa.value == pytest.approx(1 / 11, rel=1e-12)
    assert theme.assigned == 6
    assert theme.stories == 5


def test_cohen_kappa_textbook_example():
    # 50 units: both yes 20, A yes and B no 5, A no and B yes 10, both no 15.
    # p_o = 0.7, p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5, kappa = 0.4.
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    kappa = cohen_kappa([{"A": a, "B": b} for a, b in pairs], "A", "B")
    assert kappa.value == pytest.approx(0.4, rel=1e-12)
    assert (kappa.units, kappa.coders) == (50, 2)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ({"x", "y"}, {"x", "y"}, 0),  # equal: M = 1, J = 1
        ({"x", "y"}, {"x", "y", "z"}, 1 - Fraction(2, 3) * Fraction(2, 3)),  # subset: M = 2/3
        ({"x", "y"}, {"y", "z"}, 1 - Fraction(1, 3) * Fraction(1, 3)),  # overlap: M = 1/3
        ({"x"}, {"y"}, 1),  # disjoint: M = 0
        (set(), set(), 0),  # two empty sets
        (set(), {"x"}, 1),  # coded, no theme against a theme
    ],
)
def test_masi_distance_passonneau(a, b, expected):
    assert masi_distance(a, b) == pytest.approx(float(expected), rel=1e-15)
    assert masi_distance(b, a) == masi_distance(a, b)


# --- reference implementations on generated data --------------------------------------------

CODERS = ["a", "b", "c", "d"]


@st.composite
def reliability_data(draw, values=None):
    """Units x coders, each cell a value or missing."""
    n_coders = draw(st.integers(2, 4))
    n_units = draw(st.integers(1, 15))
    cell = st.none() | (st.integers(0, 3) if values is None else values)
    return [
        {c: v for c in CODERS[:n_coders] if (v := draw(cell)) is not None} for _ in range(n_units)
    ]


def degenerate(units) -> bool:
    pairable = [u for u in units if len(u) >= 2]
    return not pairable or len({v for u in pairable for v in u.values()}) == 1


@given(reliability_data())
def test_alpha_matches_krippendorff_package(units):
    mine = krippendorff_alpha(units)
    if degenerate(units):
        assert mine.value is None
        assert mine.reason in {NO_UNITS, NO_VARIATION}
        return
    coders = sorted({c for u in units for c in u})
    matrix = np.array([[u.get(c, np.nan) for u in units] for c in coders], dtype=float)
    expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    assert mine.value == pytest.approx(expected, rel=1e-9, abs=1e-12)
    assert mine.units == sum(1 for u in units if len(u) >= 2)


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=30))
def test_kappa_matches_scikit_learn(pairs):
    mine = cohen_kappa([{"a": x, "b": y} for x, y in pairs], "a", "b")
    assert mine.units == len(pairs)
    if len({v for p in pairs for v in p}) == 1:
        assert mine.value is None
        assert mine.reason == ONE_CATEGORY
        return
    expected = cohen_kappa_score([x for x, _ in pairs], [y for _, y in pairs])
    assert mine.value == pytest.approx(expected, rel=1e-9, abs=1e-12)


theme_sets = st.frozensets(st.sampled_from("pqrst"), max_size=4)


@given(theme_sets, theme_sets)
def test_masi_matches_nltk(a, b):
    assume(a or b)  # NLTK divides by zero on two empty sets
    assert masi_distance(a, b) == pytest.approx(nltk_masi_distance(set(a), set(b)), abs=1e-12)
    assert 0 <= masi_distance(a, b) <= 1


@given(reliability_data(values=theme_sets))
def test_masi_alpha_matches_nltk_annotation_task(units):
    mine = krippendorff_alpha(units, distance=masi_distance)
    if degenerate(units):
        assert mine.value is None
        return
    # NLTK's alpha ignores units with one value, as Krippendorff's does.
    task = AnnotationTask(
        data=[(c, str(i), v) for i, u in enumerate(units) for c, v in u.items()],
        distance=masi_distance,
    )
    assert mine.value == pytest.approx(task.alpha(), rel=1e-9, abs=1e-12)


@given(reliability_data(values=theme_sets))
def test_masi_alpha_by_sizes_equals_masi_alpha_pair_by_pair(units):
    fast = krippendorff_alpha(units, distance=masi_distance)
    slow = krippendorff_alpha(units, distance=lambda a, b: masi_distance(a, b))  # noqa: PLW0108 - a different function object takes the general path
    assert fast.reason == slow.reason
    if fast.value is not None:
        assert fast.value == pytest.approx(slow.value, rel=1e-9, abs=1e-12)


@given(reliability_data())
def test_percent_agreement_is_a_proportion(units):
    mine = percent_agreement(units)
    pairable = [u for u in units if len(u) >= 2]
    if not pairable:
        assert mine == Figure(value=None, units=0, coders=0, reason=NO_UNITS)
        return
    agreed = sum(1 for u in pairable if len(set(u.values())) == 1)
    assert mine.value == agreed / len(pairable)
    assert 0 <= mine.value <= 1


# --- stories: the conventions of SPEC section 5a --------------------------------------------

THEMES = [
    "breakthrough",
    "breakthrough.hope",
    "breakthrough.insight",
    "connection.alliance",
    "gratitude.letter",
    "acme:rota",
    "acme:rota.swap",
]


@st.composite
def coded_stories(draw):
    stories = []
    for i in range(draw(st.integers(0, 10))):
        listed = draw(st.lists(st.sampled_from(CODERS), unique=True, max_size=4))
        coded_by = listed or draw(st.sampled_from([None, listed]))
        assignments = draw(
            st.lists(
                st.tuples(st.sampled_from(THEMES), st.sampled_from([*CODERS, None])), max_size=8
            )
        )
        stories.append(make_story(f"st-{i}", coded_by, assignments))
    return stories


def presence(stories, theme, roll=lambda t: t):
    """Independently of the module: per story with 2+ coders, coder -> present (0/1)."""
    units = []
    for s in stories:
        listed = s.coded_by or ()
        if len(listed) < 2:
            continue
        units.append(
            {c: int(any(a.coder == c and roll(a.theme) == theme for a in s.themes)) for c in listed}
        )
    return units


def top(theme_id: str) -> str:
    return theme_id.split(".", maxsplit=1)[0]


@settings(max_examples=60)
@given(coded_stories(), st.sampled_from([Level.THEME, Level.TOP]))
def test_story_figures_match_reference_implementations(stories, level):
    report = measure(stories, level=level)
    roll = top if level is Level.TOP else (lambda t: t)
    expected_themes = sorted(
        {
            roll(a.theme)
            for s in stories
            if len(s.coded_by or ()) >= 2
            for a in s.themes
            if a.coder in (s.coded_by or ())
        }
    )
    assert [t.theme for t in report.themes] == expected_themes
    assert report.units == sum(1 for s in stories if len(s.coded_by or ()) >= 2)
    assert report.units + report.dropped == len(stories)
    for theme in report.themes:
        units = presence(stories, theme.theme, roll)
        coders = sorted({c for u in units for c in u})
        assert theme.assigned == sum(sum(u.values()) for u in units)
        agreed = sum(1 for u in units if len(set(u.values())) == 1)
        assert theme.percent_agreement.value == pytest.approx(agreed / len(units))
        assert (theme.alpha.units, theme.alpha.coders) == (len(units), len(coders))
        if degenerate(units):
            assert theme.alpha.value is None
        else:
            matrix = np.array([[u.get(c, np.nan) for u in units] for c in coders], dtype=float)
            expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
            assert theme.alpha.value == pytest.approx(expected, rel=1e-9, abs=1e-12)
        assert [(p.first, p.second) for p in theme.kappa] == list(itertools.combinations(coders, 2))
        for pair in theme.kappa:
            shared = [u for u in units if pair.first in u and pair.second in u]
            y1 = [u[pair.first] for u in shared]
            y2 = [u[pair.second] for u in shared]
            assert pair.kappa.units == len(shared)
            if not shared or len(set(y1) | set(y2)) == 1:
                assert pair.kappa.value is None
            else:
                expected = cohen_kappa_score(y1, y2)
                assert pair.kappa.value == pytest.approx(expected, rel=1e-9, abs=1e-12)
        defined = [p.kappa.value for p in theme.kappa if p.kappa.value is not None]
        if defined:
            assert theme.mean_kappa.value == pytest.approx(sum(defined) / len(defined))
        else:
            assert theme.mean_kappa.reason == NO_DEFINED_PAIR


@settings(max_examples=60)
@given(coded_stories())
def test_no_figure_is_nan(stories):
    report = measure(stories, level="top")

    def figures(obj):
        if isinstance(obj, Figure):
            yield obj
        elif attrs.has(type(obj)):
            for f in attrs.fields(type(obj)):
                yield from figures(getattr(obj, f.name))
        elif isinstance(obj, tuple):
            for item in obj:
                yield from figures(item)

    for figure in figures(report):
        assert (figure.value is None) != (figure.reason is None)
        assert figure.value is None or math.isfinite(figure.value)
        assert figure.value is None or -1 - 1e-9 <= figure.value <= 1 + 1e-9


def test_coded_no_theme_is_data_and_not_coded_is_missing():
    stories = [
        # b coded both stories and found no theme in the first: that is agreement on absence
        # for every theme a gave elsewhere, and disagreement on "gratitude.thanks".
        make_story("s1", ["a", "b"], [("gratitude.thanks", "a")]),
        make_story("s2", ["a", "b"], [("gratitude.thanks", "a"), ("gratitude.thanks", "b")]),
        # c assigned a theme here but is not listed: not coded, so ignored.
        make_story("s3", ["a", "b"], [("gratitude.thanks", "c")]),
    ]
    (unit1, _, unit3) = codings(stories).units
    assert unit1.values == {"a": frozenset({"gratitude.thanks"}), "b": frozenset()}
    assert unit3.values == {"a": frozenset(), "b": frozenset()}
    report = measure(stories)
    assert report.coders == ("a", "b")
    assert report.ignored_assignments == 1
    (theme,) = report.themes
    assert theme.percent_agreement.value == pytest.approx(2 / 3)
    assert report.overall.percent_agreement.value == pytest.approx(2 / 3)
    # Values (1, 0), (1, 1), (0, 0): n = 6, n_0 = n_1 = 3, coincidence o_10 = 1.
    # alpha = 1 - (n - 1) * o_10 / (n_0 * n_1) = 4/9.
    assert theme.alpha.value == pytest.approx(4 / 9, rel=1e-12)


def test_stories_with_fewer_than_two_coders_drop_out():
    stories = [
        make_story("s1", None, [("breakthrough", "a"), ("breakthrough", "b")]),
        make_story("s2", ["a"], [("breakthrough", "a")]),
        make_story("s3", [], []),
    ]
    report = measure(Collection(stories=stories))
    assert (report.units, report.dropped) == (0, 3)
    assert report.ignored_assignments == 2  # s1's: no coder is listed
    assert report.themes == ()
    assert report.coders == ()
    overall = report.overall
    for figure in (overall.percent_agreement, overall.alpha, overall.alpha_masi):
        assert figure == Figure(value=None, units=0, coders=0, reason=NO_UNITS)
    assert overall.kappa == ()
    assert overall.mean_kappa.reason == NO_DEFINED_PAIR


def test_assignments_without_a_coder_are_ignored():
    stories = [make_story("s1", ["a", "b"], [("breakthrough", None), ("breakthrough", "a")])]
    report = measure(stories)
    assert report.ignored_assignments == 1
    assert report.themes[0].assigned == 1


def test_undefined_figures_carry_their_reason():
    # Both coders always agree that "connection.alliance" is present: no variation.
    stories = [
        make_story(
            f"s{i}", ["a", "b"], [("connection.alliance", "a"), ("connection.alliance", "b")]
        )
        for i in range(3)
    ]
    report = measure(stories)
    (theme,) = report.themes
    assert theme.percent_agreement.value == 1
    assert theme.alpha == Figure(value=None, units=3, coders=2, reason=NO_VARIATION)
    assert theme.kappa[0].kappa == Figure(value=None, units=3, coders=2, reason=ONE_CATEGORY)
    assert theme.mean_kappa.value is None
    assert report.overall.alpha_masi.reason == NO_VARIATION
    assert report.below(0.8) == ()  # undefined is not below


def test_kappa_for_coders_who_share_no_story():
    units = [{"a": 1, "b": 0}, {"c": 1, "b": 1}]
    assert cohen_kappa(units, "a", "c") == Figure(
        value=None, units=0, coders=2, reason=NO_SHARED_UNITS
    )


def test_sub_theme_level_and_roll_up():
    stories = [
        make_story("s1", ["a", "b"], [("breakthrough", "a"), ("breakthrough.hope", "b")]),
        make_story("s2", ["a", "b"], [("breakthrough.insight", "a"), ("breakthrough.hope", "b")]),
        make_story("s3", ["a", "b"], [("acme:rota.swap", "a"), ("acme:rota", "b")]),
        make_story("s4", ["a", "b"], []),
    ]
    sub = measure(stories, level="theme")
    assert [t.theme for t in sub.themes] == [
        "acme:rota",
        "acme:rota.swap",
        "breakthrough",
        "breakthrough.hope",
        "breakthrough.insight",
    ]
    assert sub.level is Level.THEME
    assert all(t.percent_agreement.value == pytest.approx(3 / 4) for t in sub.themes[:3])
    rolled = measure(stories, level=Level.TOP)
    assert [t.theme for t in rolled.themes] == ["acme:rota", "breakthrough"]
    assert all(t.percent_agreement.value == 1 for t in rolled.themes)
    assert rolled.overall.percent_agreement.value == 1
    assert sub.overall.percent_agreement.value == pytest.approx(1 / 4)


@attrs.frozen
class _Theme:
    id: str


class _Taxonomy:
    """A stand-in with the taxonomy's top_level contract."""

    parents: ClassVar[dict[str, str]] = {
        "acme:night-shift-win": "small-victory",
        "small-victory.social": "small-victory",
    }

    def top_level(self, theme_id: str) -> _Theme:
        if theme_id not in self.parents and theme_id != "small-victory":
            raise KeyError(theme_id)
        return _Theme(self.parents.get(theme_id, theme_id))


def test_roll_up_through_a_taxonomy():
    stories = [
        make_story(
            "s1", ["a", "b"], [("acme:night-shift-win", "a"), ("small-victory.social", "b")]
        ),
        make_story("s2", ["a", "b"], [("gratitude.letter", "a")]),  # unknown: rolled up by syntax
    ]
    report = measure(stories, level="top", taxonomy=_Taxonomy())
    assert [t.theme for t in report.themes] == ["gratitude", "small-victory"]
    assert report.themes[1].percent_agreement.value == 1
    without = measure(stories, level="top")
    assert [t.theme for t in without.themes] == [
        "acme:night-shift-win",
        "gratitude",
        "small-victory",
    ]


def test_taxonomy_is_not_used_at_sub_theme_level():
    report = measure([make_story("s1", ["a", "b"], [("acme:x", "a")])], taxonomy=_Taxonomy())
    assert [t.theme for t in report.themes] == ["acme:x"]


def test_unknown_level():
    with pytest.raises(AgreementError, match="level must be 'theme' or 'top'") as e:
        measure([], level="sub")
    assert isinstance(e.value, ValueError)
    assert isinstance(e.value, RewardkitError)


def test_figure_rejects_nan_and_value_with_reason():
    with pytest.raises(ValueError, match="finite"):
        Figure(value=math.nan, units=1, coders=2)
    with pytest.raises(ValueError, match="either"):
        Figure(value=0.5, units=1, coders=2, reason="why")
    with pytest.raises(ValueError, match="either"):
        Figure(value=None, units=1, coders=2)
    assert Figure(value=0.5, units=1, coders=2).defined
    assert not Figure(value=None, units=0, coders=0, reason=NO_UNITS).defined


def test_below_threshold():
    table = {
        "a": ["gratitude.thanks", "gratitude.thanks", "", "", "breakthrough", "breakthrough"],
        "b": ["gratitude.thanks", "gratitude.thanks", "", "", "", "breakthrough"],
        "c": ["gratitude.thanks", "", "gratitude.thanks", "", "breakthrough", ""],
    }
    report = measure(stories_from_table(table))
    alphas = {t.theme: t.alpha.value for t in report.themes}
    low = [t.theme for t in report.below(0.667)]
    assert low == sorted(t for t, a in alphas.items() if a is not None and a < 0.667)
    assert report.below(-1) == ()


def test_mean_kappa_counts():
    table = {
        "a": ["breakthrough", "", "breakthrough"],
        "b": ["breakthrough", "", ""],
        "c": ["", None, None],
    }
    report = measure(stories_from_table(table))
    (theme,) = report.themes
    kappas = {(p.first, p.second): p.kappa for p in theme.kappa}
    # a and b: pairs (1, 1), (0, 0), (1, 0); p_o = 2/3, p_e = 4/9, kappa = 2/5.
    assert kappas[("a", "b")].value == pytest.approx(0.4, rel=1e-12)
    assert (kappas[("a", "b")].units, kappas[("a", "b")].coders) == (3, 2)
    # a and c share one story and disagree: p_o = p_e = 0, kappa = 0.
    assert kappas[("a", "c")] == Figure(value=0.0, units=1, coders=2)
    assert kappas[("b", "c")] == Figure(value=0.0, units=1, coders=2)
    assert theme.mean_kappa.value == pytest.approx(0.4 / 3, rel=1e-12)
    assert (theme.mean_kappa.units, theme.mean_kappa.coders) == (3, 3)


# --- the example collection -----------------------------------------------------------------


def load_example() -> list[Story]:
    serialization = pytest.importorskip("rewardkit.serialization")
    collection = serialization.load(EXAMPLE)
    assert isinstance(collection, Collection)
    return list(collection)


def test_example_collection():
    stories = load_example()
    assert len({s.id for s in stories}) == len(stories)
    assert all(s.deidentification.status is not DeidStatus.RAW for s in stories)
    assert all(s.source.text_form is not None for s in stories)
    sub = measure(stories)
    rolled = measure(stories, level="top")
    assert sub.coders == ("coder-a", "coder-b", "coder-c")
    assert sub.dropped == 1  # one story was coded by one coder only
    assert sub.ignored_assignments == 1  # one assignment records no coder
    # Rolling up makes agreement easier, never harder, on whole sets.
    assert rolled.overall.percent_agreement.value >= sub.overall.percent_agreement.value
    assert {t.theme for t in rolled.themes} <= {
        "breakthrough",
        "connection",
        "advocacy",
        "small-victory",
        "gratitude",
    }
    assert sub.below(0.667)  # the example shows a theme that needs codebook work
    assert rolled.overall.alpha_masi.value is not None


def test_report_is_json_ready():
    table = {c: ["gratitude.thanks" if v else "" for v in row] for c, row in K2.items()}
    report = measure(stories_from_table(table))
    text = json.dumps(attrs.asdict(report))
    assert json.loads(text)["level"] == "theme"


# --- the command line -----------------------------------------------------------------------


THREE_CODERS = {
    "a": ["gratitude.thanks", "gratitude.thanks", "", "", "breakthrough.hope", "breakthrough.hope"],
    "b": ["gratitude.thanks", "gratitude.thanks", "", "", "", "breakthrough.hope"],
    "c": ["gratitude.thanks", "", "", "", "breakthrough.hope", None],
}


@pytest.fixture
def stories_in(monkeypatch):
    """Make the command read the given stories instead of files."""

    def use(stories):
        monkeypatch.setattr(_agreement, "_read_stories", lambda paths: list(stories))

    return use


def test_cli_text_table(stories_in, capsys):
    stories_in(stories_from_table(THREE_CODERS))
    assert main(["agreement", "stories.json"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Agreement at sub-theme level: 6 stories coded by 3 coders (a, b, c)."
    report = measure(stories_from_table(THREE_CODERS))
    header = next(i for i, line in enumerate(lines) if line.startswith("theme "))
    assert lines[header].split() == [
        "theme",
        "stories",
        "coders",
        "assigned",
        "agreement",
        "kappa",
        "alpha",
    ]
    for line, theme in zip(lines[header + 1 :], report.themes, strict=False):
        cells = line.split()
        assert cells[0] == theme.theme
        assert cells[1:4] == [str(theme.alpha.units), str(theme.alpha.coders), str(theme.assigned)]
        assert cells[4] == f"{theme.percent_agreement.value:.3f}"
        assert cells[6] == f"{theme.alpha.value:.3f}"
        assert (cells[7:] == ["below", "0.667"]) == (theme.alpha.value < 0.667)
    flagged = len(report.below(0.667))
    assert f"{flagged} of 2 themes with alpha below 0.667." in out


def test_cli_fail_under(stories_in, capsys):
    stories_in(stories_from_table(THREE_CODERS))
    report = measure(stories_from_table(THREE_CODERS))
    lowest = min(t.alpha.value for t in report.themes)
    highest = max(t.alpha.value for t in report.themes)
    assert main(["agreement", "x.json", "--fail-under", "--threshold", str(lowest)]) == 0
    assert main(["agreement", "x.json", "--fail-under", "--threshold", str(highest)]) == 1
    assert main(["agreement", "x.json", "--threshold", str(highest)]) == 0  # flags only
    assert "below" in capsys.readouterr().out


def test_cli_json(stories_in, capsys):
    stories = [
        *stories_from_table(THREE_CODERS),
        make_story("solo", ["a"], [("gratitude.thanks", "a")]),
        make_story("same", ["a", "b"], [("advocacy.policy", "a"), ("advocacy.policy", "b")]),
    ]
    stories_in(stories)
    assert main(["agreement", "x.json", "--format", "json", "--level", "top"]) == 0
    data = json.loads(capsys.readouterr().out)
    report = measure(stories, level="top")
    assert data["level"] == "top"
    assert data["coders"] == ["a", "b", "c"]
    assert (data["units"], data["dropped"]) == (7, 1)
    assert data["threshold"] == 0.667
    assert data["below"] == [t.theme for t in report.below(0.667)]
    themes = {t["theme"]: t for t in data["themes"]}
    assert set(themes) == {"advocacy", "breakthrough", "gratitude"}
    assert themes["gratitude"]["alpha"] == attrs.asdict(report.themes[2].alpha)
    assert set(themes["gratitude"]["kappa"][0]) == {"first", "second", "kappa"}
    assert set(data["overall"]) == {
        "percent_agreement",
        "kappa",
        "mean_kappa",
        "alpha",
        "alpha_masi",
    }
    # advocacy: only one story has it, and both coders agree; it is absent everywhere else.
    assert themes["advocacy"]["percent_agreement"]["value"] == 1
    assert "NaN" not in json.dumps(data)


def test_cli_lists_undefined_figures(stories_in, capsys):
    stories_in(
        [
            make_story(f"s{i}", ["a", "b"], [("gratitude.letter", "a"), ("gratitude.letter", "b")])
            for i in range(2)
        ]
    )
    assert main(["agreement", "x.json"]) == 0
    out = capsys.readouterr().out
    assert "gratitude.letter" in out
    assert "n/a" in out
    assert f"gratitude.letter: alpha: {NO_VARIATION}" in out
    assert f"gratitude.letter: kappa: {NO_DEFINED_PAIR}" in out


def test_cli_summary_line_on_stderr(stories_in, capsys):
    stories_in(stories_from_table(THREE_CODERS))
    report = measure(stories_from_table(THREE_CODERS))
    below = len(report.below(0.5))

    assert main(["agreement", "x.json", "--threshold", "0.5"]) == 0
    assert capsys.readouterr().err == (
        f"compared 3 coders on {report.units} stories: {below} of"
        f" {len(report.themes)} themes with alpha below 0.5\n"
    )
    assert main(["agreement", "x.json", "--quiet"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("threshold", ["0", "1", "0.667"])
def test_cli_thresholds_from_0_to_1(stories_in, capsys, threshold):
    stories_in(stories_from_table(THREE_CODERS))
    assert main(["agreement", "x.json", "--threshold", threshold]) == 0


def test_cli_no_story_with_two_coders(stories_in, capsys):
    stories_in([make_story("s1", ["a"], [("gratitude.letter", "a")])])
    assert main(["agreement", "x.json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no story has two or more coders" in captured.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["agreement"], "the following arguments are required: PATH"),
        (["agreement", "--threshold", "high", "x.json"], "must be a number"),
        (["agreement", "--threshold", "nan", "x.json"], "must be between 0 and 1"),
        (["agreement", "--threshold", "80", "x.json"], "must be between 0 and 1"),
        (["agreement", "--threshold", "-0.1", "x.json"], "must be between 0 and 1"),
        (["agreement", "--threshold", "1.5", "x.json"], "must be between 0 and 1"),
        (["agreement", "--level", "tops", "x.json"], "did you mean 'top'?"),
        (["agreement", "--level", "sub", "x.json"], "invalid choice"),
        (["agreement", "--format", "csv", "x.json"], "invalid choice"),
    ],
)
def test_cli_usage_errors(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_cli_missing_path(tmp_path, capsys):
    assert main(["agreement", str(tmp_path / "nothing.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rewardkit agreement: error: no such file or directory")
    assert "Traceback" not in err


def test_cli_directory_without_story_files(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("not a story", encoding="utf-8")
    assert main(["agreement", str(tmp_path)]) == 2
    assert "no .json or .jsonl files in" in capsys.readouterr().err


def test_cli_reads_the_example(capsys):
    assert main(["agreement", str(EXAMPLE), "--level", "top", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(render_json(measure(load_example(), level="top"), 0.667))


def test_cli_reads_directories_and_jsonl(tmp_path, capsys):
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    half = len(raw["stories"]) // 2
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "first.json").write_text(
        json.dumps({"schema_version": "1.0", "stories": raw["stories"][:half]}), encoding="utf-8"
    )
    (tmp_path / "second.jsonl").write_text(
        "".join(json.dumps({"schema_version": "1.0", **s}) + "\n" for s in raw["stories"][half:]),
        encoding="utf-8",
    )
    assert main(["agreement", str(tmp_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(render_json(measure(load_example()), 0.667))


@pytest.mark.parametrize(
    "content", [b"{not json", b'{"schema_version": "1.0", "stories": [{"id": "x"}]}']
)
def test_cli_file_that_does_not_load(tmp_path, capsys, content):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert main(["agreement", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.json does not load" in err
    assert "'rewardkit validate' lists them" in err
    assert "Traceback" not in err


def test_cli_text_on_the_example(capsys):
    assert main(["agreement", "--level", "top", str(EXAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "Agreement at top-level themes (rolled up): 11 stories coded by 3 coders"
        " (coder-a, coder-b, coder-c)."
    )
    assert lines[1] == (
        "1 story with fewer than two coders left out; 1 assignment without a listed coder ignored."
    )


def test_cli_reads_single_story_files(tmp_path, capsys):
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for story in raw["stories"][:3]:
        (tmp_path / f"{story['id']}.json").write_text(
            json.dumps({"schema_version": "1.0", **story}), encoding="utf-8"
        )
    assert main(["agreement", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["units"] == 3


def test_cli_unreadable_file(tmp_path, monkeypatch, capsys):
    def load(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("rewardkit.serialization.load", load)
    (tmp_path / "locked.json").write_text("{}", encoding="utf-8")
    assert main(["agreement", str(tmp_path / "locked.json")]) == 2
    assert capsys.readouterr().err.endswith("locked.json: Permission denied\n")


ACME_WARD = Path(__file__).parent.parent / "examples" / "acme-rewards" / "acme.taxonomy.toml"


def test_cli_rolls_namespaced_themes_up_through_taxonomy_files(tmp_path, capsys):
    coders = ("a", "b")
    stories = [
        {
            "schema_version": "1.0",
            "id": f"st-{i}",
            "text": "A warm handover.",
            "source": {"platform": "survey"},
            "coded_by": list(coders),
            "themes": [{"theme": theme, "coder": c} for c, theme in zip(coders, pair, strict=True)],
            "deidentification": {"status": "redacted"},
        }
        for i, pair in enumerate(
            [
                ("acme-ward:handover.family", "connection.alliance"),
                ("acme-ward:handover", "acme-ward:handover"),
            ]
        )
    ]
    path = tmp_path / "coded.json"
    path.write_text(json.dumps({"schema_version": "1.0", "stories": stories}), encoding="utf-8")
    args = ["agreement", str(path), "--level", "top", "--format", "json"]
    assert main([*args, "--taxonomy", str(ACME_WARD)]) == 0
    themes = {t["theme"] for t in json.loads(capsys.readouterr().out)["themes"]}
    # acme-ward:handover is a child of the core theme "connection", so all roll up there
    assert themes == {"connection"}


def test_cli_bad_taxonomy_file_is_a_usage_error(tmp_path, capsys):
    bad = tmp_path / "bad.taxonomy.toml"
    bad.write_text("[taxonomy]\nnamespace = 'Bad Name'\n", encoding="utf-8")
    assert main(["agreement", str(EXAMPLE), "--level", "top", "--taxonomy", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("rewardkit agreement: error: ")
