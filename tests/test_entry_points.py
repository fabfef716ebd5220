"""The discovery that the taxonomy and rule plugin loaders share."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from rewardkit import _entry_points
from rewardkit._entry_points import (
    distribution_label,
    distribution_name,
    entry_points,
    switched_on,
)


@attrs.frozen
class FakeDist:
    name: str
    version: str = "1.0.0"


@attrs.frozen
class FakeEntryPoint:
    name: str
    dist: FakeDist | None


def discovering(monkeypatch: pytest.MonkeyPatch, *eps: FakeEntryPoint) -> None:
    def fake(group: str) -> tuple[FakeEntryPoint, ...]:
        assert group == "rewardkit.example"
        return eps

    monkeypatch.setattr("importlib.metadata.entry_points", fake)


def test_a_distribution_found_twice_counts_once_under_any_spelling(monkeypatch):
    first = FakeEntryPoint("acme", FakeDist("Acme_Rewards"))
    again = FakeEntryPoint("acme", FakeDist("acme-rewards"))
    discovering(monkeypatch, first, again)

    assert entry_points("rewardkit.example") == [first]


def test_two_distributions_may_give_one_name_and_one_distribution_two(monkeypatch):
    eps = (
        FakeEntryPoint("acme", FakeDist("acme-rewards")),
        FakeEntryPoint("acme", FakeDist("other-rewards")),
        FakeEntryPoint("beta", FakeDist("acme-rewards")),
        FakeEntryPoint("gamma", None),
        FakeEntryPoint("gamma", None),
    )
    discovering(monkeypatch, *eps)

    assert entry_points("rewardkit.example") == list(eps[:4])


@pytest.mark.parametrize(
    ("dist", "name", "label"),
    [
        (FakeDist("acme-rewards", "2.1"), "acme-rewards", "acme-rewards 2.1"),
        (None, "an unknown distribution", "an unknown distribution"),
    ],
)
def test_the_distribution_is_named(dist, name, label):
    ep: Any = FakeEntryPoint("acme", dist)

    assert distribution_name(ep) == name
    assert distribution_label(ep) == label


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ["acme", "beta"]),
        ("0", ["acme", "beta"]),
        ("beta", ["acme"]),
        (" beta , acme ", []),
    ],
)
def test_switched_on_leaves_out_the_plugins_named(monkeypatch, value, expected):
    monkeypatch.setenv(_entry_points.DISABLE_PLUGINS_ENV, value)

    assert switched_on(lambda: ["acme", "beta"], name=str) == expected


@pytest.mark.parametrize("value", ["1", "true", "ALL", "*"])
def test_switched_on_discovers_nothing_when_every_plugin_is_off(monkeypatch, value):
    monkeypatch.setenv(_entry_points.DISABLE_PLUGINS_ENV, value)

    def discover() -> list[str]:
        pytest.fail("discovered although every plugin is switched off")

    assert switched_on(discover, name=str) == []
