"""The one plugin registry that taxonomy, rule and detector plugins share."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from rewardkit import _plugins
from rewardkit._plugins import (
    PluginGroup,
    distribution_label,
    distribution_name,
    entry_points,
)
from rewardkit.exceptions import PluginError, RewardkitError


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


@attrs.frozen
class LoadableEntryPoint:
    name: str
    dist: FakeDist | None
    value: object

    def load(self) -> object:
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


def group(monkeypatch: pytest.MonkeyPatch, *eps: LoadableEntryPoint) -> PluginGroup[int]:
    def fake(group: str) -> tuple[LoadableEntryPoint, ...]:
        assert group == "rewardkit.example"
        return eps

    monkeypatch.setattr("importlib.metadata.entry_points", fake)
    calls: list[str] = []

    def load(ep: Any) -> int:
        calls.append(ep.name)
        value = ep.load()
        if not isinstance(value, int):
            msg = f"expected an int, got {type(value).__name__}"
            raise TypeError(msg)
        return value

    g = PluginGroup("rewardkit.example", kind="example plugin", load=load)
    g.calls = calls  # type: ignore[attr-defined]
    return g


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ("acme", "beta")),
        ("0", ("acme", "beta")),
        ("beta", ("acme",)),
        (" beta , acme ", ()),
        ("1", ()),
        ("ALL", ()),
        ("*", ()),
    ],
)
def test_enabled_leaves_out_the_plugins_named(monkeypatch, value, expected):
    g = group(
        monkeypatch,
        LoadableEntryPoint("beta", FakeDist("b"), 2),
        LoadableEntryPoint("acme", FakeDist("a"), 1),
    )
    monkeypatch.setenv(_plugins.DISABLE_PLUGINS_ENV, value)

    assert g.names() == ("acme", "beta")
    assert g.enabled() == expected
    assert [name for name, _ in g.load_enabled()] == list(expected)


def test_a_plugin_is_loaded_once_and_cached(monkeypatch):
    g = group(monkeypatch, LoadableEntryPoint("acme", FakeDist("a"), 1))

    assert g.load("acme") == 1
    assert g.load("acme") == 1
    assert g.calls == ["acme"]  # type: ignore[attr-defined]
    g.clear()
    assert g.load("acme") == 1
    assert g.calls == ["acme", "acme"]  # type: ignore[attr-defined]


def test_a_missing_plugin_lists_the_installed_ones(monkeypatch):
    g = group(monkeypatch, LoadableEntryPoint("acme", FakeDist("a"), 1))

    with pytest.raises(
        PluginError, match=r"no example plugin provides example plugin 'nope' \(installed: acme\)"
    ) as info:
        g.load("nope")
    assert info.value.name == "nope"
    assert info.value.group == "rewardkit.example"


def test_two_distributions_claiming_one_name_are_both_named(monkeypatch):
    g = group(
        monkeypatch,
        LoadableEntryPoint("acme", FakeDist("acme-one", "1.0"), 1),
        LoadableEntryPoint("acme", FakeDist("acme-two", "2.0"), 2),
    )

    with pytest.raises(PluginError, match="claimed by more than one distribution") as info:
        g.load("acme")
    assert info.value.distributions == ("acme-one 1.0", "acme-two 2.0")
    assert g.distribution("acme") == "acme-one 1.0 and acme-two 2.0"


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        (ImportError("no module named acme_x"), "ImportError: no module named acme_x"),
        ("not an int", "TypeError: expected an int, got str"),
        (PluginError("inner", name="x"), "inner"),
    ],
)
def test_a_broken_plugin_names_its_distribution(monkeypatch, value, detail):
    g = group(monkeypatch, LoadableEntryPoint("acme", FakeDist("acme-x", "0.3"), value))

    with pytest.raises(PluginError) as info:
        g.load("acme")
    assert detail in str(info.value)
    if not isinstance(value, PluginError):
        assert str(info.value).startswith("example plugin 'acme' from distribution acme-x 0.3")
        assert info.value.distributions == ("acme-x 0.3",)
    assert isinstance(info.value, RewardkitError)
    assert isinstance(info.value, RuntimeError)


def test_plugin_error_round_trips_through_pickle():
    import pickle

    e = PluginError("broken", name="acme", group="rewardkit.rules", distributions=["acme 1"])
    copy = pickle.loads(pickle.dumps(e))  # noqa: S301 - our own object
    assert (str(copy), copy.name, copy.namespace, copy.group, copy.distributions) == (
        "broken",
        "acme",
        "acme",
        "rewardkit.rules",
        ("acme 1",),
    )
