"""How a message shows a caller's value: quoted, and cut short so it never carries a long text."""

from __future__ import annotations

from typing import Final

__all__ = ["shown"]

_SHOWN: Final = 60  # at most this many characters of a caller's value appear in a message


def shown(value: object) -> str:
    """
    Quote *value* for a message, cut short so that a message never carries a long text.

    Args:
        value: A string, shown as it is, or another value, shown as its ``repr``.

    Returns:
        The quoted value, at most 60 characters inside the quotes (``...`` marks a cut).
    """
    text = value if isinstance(value, str) else repr(value)
    if len(text) > _SHOWN:
        text = text[: _SHOWN - 3] + "..."
    return repr(text)
