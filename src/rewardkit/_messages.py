"""How a message shows a caller's value (quoted, cut short, controls escaped) and a JSON error."""

from __future__ import annotations

from typing import Final

__all__ = ["counted", "escape_controls", "explain_json_error", "shown"]

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


def _found(doc: str, pos: int) -> str:
    """Name what stands at *pos*: one character, quoted and escaped, or the end."""
    if pos >= len(doc):
        return "the end of the document"
    char = doc[pos]
    if char in "\r\n":
        return "the end of the line"
    if char == "'":
        return '"\'"'
    return f"'{escape_controls(char, newlines=True)}'"


def _before(doc: str, pos: int) -> str:
    """The last character before *pos* that is not whitespace, or ``""``."""
    return doc[:pos].rstrip()[-1:]


def _container(doc: str, pos: int) -> str | None:
    """Tell whether *pos* lies in an object (``"{"``) or an array (``"["``), if either."""
    stack: list[str] = []
    in_string = escaped = False
    for char in doc[:pos]:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            stack.append(char)
        elif char in "}]" and stack:
            stack.pop()
    return stack[-1] if stack else None


def explain_json_error(doc: str, msg: str, pos: int) -> str:  # noqa: PLR0911, PLR0912 - a case per error
    """
    Say in plain words what a JSON syntax error is: what was expected, and what was found.

    At most one character of the document is quoted, so the message is safe to print.

    Args:
        doc: The document.
        msg: The message of the :class:`json.JSONDecodeError` (``"Expecting value"``).
        pos: Where the error is, as an index into *doc*.

    Returns:
        The explanation, without the line and column.
    """
    found = _found(doc, pos)
    before = _before(doc, pos)
    here = doc[pos : pos + 2]
    if here in ("//", "/*") and (msg.startswith("Expecting") or msg == "Extra data"):
        return "comments are not allowed in JSON"
    if msg == "Expecting value":
        if not doc.strip():
            return "expected a JSON value, found nothing (the document is empty)"
        if before == "," and here[:1] in ("]", "}"):
            return f"expected a value after ',', found {found}: a trailing comma is not allowed"
        if here[:1] == "'":
            return 'expected a value, found "\'": strings need double quotes, not single quotes'
        return (
            "expected a value (a string, number, object, array, true, false or null),"
            f" found {found}"
        )
    if msg == "Expecting property name enclosed in double quotes":
        if before == "," and here[:1] == "}":
            return "expected a key after ',', found '}': a trailing comma is not allowed"
        if here[:1] == "'":
            return 'expected a key in double quotes, found "\'": keys need double quotes'
        return f"expected a key in double quotes, found {found}"
    if msg == "Expecting ':' delimiter":
        return f"expected ':' after the key, found {found}"
    if msg == "Expecting ',' delimiter":
        if _container(doc, pos) == "{":
            return f"expected ',' or '}}' after a value in an object, found {found}"
        return f"expected ',' or ']' after a value in an array, found {found}"
    if msg == "Extra data":
        return (
            f"expected the end of the document after its JSON value, found {found}"
            " (one story per line belongs in a .jsonl file)"
        )
    if msg.startswith("Unterminated string"):
        return "a string starts here and is never closed with '\"'"
    if msg.startswith("Invalid control character"):
        return (
            "a control character (a line break or a tab) inside a string must be written as"
            " an escape such as \\n or \\t"
        )
    if msg.startswith("Invalid \\u"):
        return "an invalid \\u escape in a string: it needs four hexadecimal digits"
    if msg.startswith("Invalid \\escape"):
        return "an invalid escape in a string: a backslash is written \\\\"
    return msg[:1].lower() + msg[1:]


def counted(n: int, one: str, many: str | None = None) -> str:
    """
    Say how many: ``1 story``, ``1,204 stories``.

    Args:
        n: The number.
        one: The word for one.
        many: The word for more (or none); *one* with an ``s`` by default.

    Returns:
        The number, with thousands separated by commas, and the word.
    """
    return f"{n:,} {one if n == 1 else many or one + 's'}"
