"""
rewardkit: the typed vocabulary for stories of what makes mental-health work rewarding.

The public names (listed once, in ``rewardkit._api``) are imported on first use, so that
``import rewardkit`` and the command line start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import cattrs

    from ._api import *  # noqa: F403 - the public names, for type checkers
    from ._api import __all__ as __all__

    #: Deprecated: a shared, mutable converter; call :func:`make_converter` instead.
    converter: cattrs.Converter
else:

    def __getattr__(name: str) -> object:
        if name.startswith("_") and name not in {"__all__", "__version__"}:
            msg = f"module 'rewardkit' has no attribute {name!r}"
            raise AttributeError(msg)
        if name == "__version__":
            return importlib.import_module("importlib.metadata").version("rewardkit")
        api = importlib.import_module("rewardkit._api")
        if name in api.DEPRECATED:
            return getattr(importlib.import_module("rewardkit.serialization"), name)  # warns
        if name != "__all__" and name not in api.__all__:
            msg = f"module 'rewardkit' has no attribute {name!r}"
            raise AttributeError(msg)
        value = getattr(api, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted([*importlib.import_module("rewardkit._api").__all__, "__version__"])
