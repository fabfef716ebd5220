"""Reading TOML safely: a nesting limit checked before the parser, which recurses, runs."""

from __future__ import annotations

import tomllib
from typing import Any, Final

__all__ = ["MAX_DEPTH", "loads"]

#: Arrays and inline tables nested deeper than this are refused, as in story documents.
MAX_DEPTH: Final = 200


def _depth(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` outside strings and comments, in one pass."""
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            i = text.find("\n", i)
            if i < 0:
                break
        elif c in "\"'":
            quote = text[i : i + 3] if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                i += 2 if (c == '"' and text[i] == "\\") else 1
            i += len(quote) - 1
        elif c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth -= 1
        i += 1
    return deepest


def loads(text: str, *, max_depth: int = MAX_DEPTH) -> dict[str, Any]:
    """
    Parse TOML text, refusing nesting deeper than *max_depth* before parsing.

    Args:
        text: The TOML document.
        max_depth: The deepest nesting of arrays and inline tables accepted.

    Returns:
        The parsed document.

    Raises:
        ValueError: The document nests too deeply (a plain :class:`ValueError`), or it is
            not valid TOML (:class:`tomllib.TOMLDecodeError`, a subclass).
    """
    if _depth(text) > max_depth:
        msg = f"it nests deeper than the limit of {max_depth} levels"
        raise ValueError(msg)
    return tomllib.loads(text)
