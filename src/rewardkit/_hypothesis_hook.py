"""
The hypothesis entry point: register strategies for rewardkit's models.

Hypothesis runs its entry points while it is itself being imported, which may happen from
inside ``import rewardkit.testing``. So the hook imports no strategies: it registers deferred
ones, which import :mod:`rewardkit.testing` the first time they are drawn from.
"""

from __future__ import annotations

import importlib
from typing import Any


def _deferred(name: str) -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - hypothesis is importing us

    return st.deferred(lambda: getattr(importlib.import_module("rewardkit.testing"), name)())  # noqa: PLW0108 - the lambda is what defers the import


def setup() -> None:
    """Let ``st.from_type`` build rewardkit's models."""
    from hypothesis import strategies as st  # noqa: PLC0415 - hypothesis is importing us

    from .story import Collection, Narrator, Source, Story  # noqa: PLC0415

    for cls, name in (
        (Story, "stories"),
        (Collection, "collections"),
        (Narrator, "narrators"),
        (Source, "sources"),
    ):
        st.register_type_strategy(cls, _deferred(name))
