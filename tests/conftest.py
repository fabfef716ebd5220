"""Shared test configuration: hypothesis profiles chosen by the environment, shared fixtures."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("fast", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def pools(monkeypatch):
    """Count the worker pools that ``parallel_map`` starts (one entry each)."""
    from rewardkit.check import _parallel  # only the tests of workers need it

    started: list[int] = []
    real = _parallel._pooled

    def counting(*args, **kwargs):
        started.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(_parallel, "_pooled", counting)
    return started


@pytest.fixture
def rules_only():
    """
    Switch the learned detector off in the default registry for a test of the rules.

    The rules' tests say what each rule finds and leaves alone; the learned detector, which
    takes a second look after them, has its own tests (``test_deid_learned.py``), and the
    evaluation sets measure both together.
    """
    from rewardkit.deid import registry

    registry.disable("learned")
    try:
        yield
    finally:
        registry.enable("learned")
