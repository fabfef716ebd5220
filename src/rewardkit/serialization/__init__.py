"""
Reading and writing story documents: the JSON wire format of SPEC sections 4, 4a and 7.

:func:`loads` and :func:`load` read a story or a collection, :func:`iter_jsonl` streams a JSON
Lines file, :func:`dumps` and :func:`dump` write. :func:`make_converter` builds a cattrs
converter configured for the wire format, for your own ``structure``/``unstructure`` calls.

The package holds the converter (``_converter``), the strict JSON decoder (``_decode``), the
line locator for findings (``_locate``) and the fast path for valid documents
(``_fastload``); only the names below are public.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from ._converter import configure_converter, make_converter
from ._documents import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    JsonlLine,
    dump,
    dumps,
    iter_jsonl,
    load,
    loads,
)
from ._records import Limits, Locator, StoryRecord, iter_document, iter_json_lines

if TYPE_CHECKING:
    import cattrs

    #: Deprecated: a shared, mutable converter. Call :func:`make_converter` instead.
    converter: cattrs.Converter

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "JsonlLine",
    "Limits",
    "Locator",
    "StoryRecord",
    "configure_converter",
    "dump",
    "dumps",
    "iter_document",
    "iter_json_lines",
    "iter_jsonl",
    "load",
    "loads",
    "make_converter",
]

# Document the public classes where users import them from.
StoryRecord.__module__ = Limits.__module__ = "rewardkit"
Locator.__module__ = __name__

_deprecated_converter: list[cattrs.Converter] = []


def __getattr__(name: str) -> Any:
    if name == "converter":
        warnings.warn(
            "rewardkit.converter is deprecated and will be removed in the next release; "
            "call rewardkit.make_converter() for a converter of your own",
            DeprecationWarning,
            stacklevel=2,
        )
        if not _deprecated_converter:
            _deprecated_converter.append(make_converter())
        return _deprecated_converter[0]
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
