"""How a message shows a caller's value: quoted, and cut short so it never carries a long text."""

from __future__ import annotations

from typing import Final

__all__ = ["escape_controls", "shown"]

_SHOWN: Final = 60  # at most this many characters of a caller's value appear in a message


def shown(value: object, *, limit: int = _SHOWN) -> str:
    """
    Quote *value* for a message, cut short so that a message never carries a long text.

    Args:
        value: A string, shown as it is, or another value, shown as its ``repr``.
        limit: The most characters shown inside the quotes.

    Returns:
        The quoted value, at most *limit* (60) characters inside the quotes (``...`` marks a
        cut).
    """
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return repr(text)


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


# C0 and C1 controls but tab and newline, DEL, and the bidirectional overrides and isolates
# that can make a terminal show text other than what is there.
_CONTROLS: Final = {
    c: _escape(chr(c))
    for c in [*range(9), *range(11, 32), *range(127, 160), *range(8234, 8239), *range(8294, 8298)]
}
_CONTROLS_AND_NEWLINES: Final = {**_CONTROLS, 0x09: "\\t", 0x0A: "\\n"}


def escape_controls(text: str, *, newlines: bool = False) -> str:
    r"""
    Escape control characters from the input before they reach a terminal.

    Args:
        text: Text to print (a message, a file name, a story id).
        newlines: Escape tabs and newlines too, for one-line output.

    Returns:
        *text* with each control character written as ``\xNN`` or ``\uNNNN``.
    """
    return text.translate(_CONTROLS_AND_NEWLINES if newlines else _CONTROLS)
