"""
A text prepared for the pattern rules: its shape, its lowercased form and its set of words.

What the rules look at is worked out once per text and shared by every rule of every pattern
detector (:func:`prepared`). Kept apart from the engine so that the word tools of the name
rules can share it without importing the engine.
"""

from __future__ import annotations

import codecs

__all__ = ["Prepared", "prepared", "shape"]

# --------------------------------------------------------------------------- the text, prepared

# Characters outside Latin-1 become this byte in the shape and in the words (one byte for
# each, so that offsets stay those of the text).
_OTHER = "\x01"


def _other_characters(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):  # pragma: no cover - encoding only
        raise error
    return _OTHER * (error.end - error.start), error.end


_ERRORS = "rewardkit.deid.other"
codecs.register_error(_ERRORS, _other_characters)


def _shape_byte(code: int) -> int:
    ch = chr(code)
    if "0" <= ch <= "9":
        return ord("0")
    if ch.isspace():
        return ord(" ")
    if ch.isalpha():
        return ord("A") if ch.isupper() else ord("a")
    if code < 32 or 127 <= code < 160:
        return ord(_OTHER)
    return code


def _word_byte(code: int) -> int:
    ch = chr(code)
    if ch.isdigit() or (ch.isalpha() and ch == ch.lower()):
        return code
    return ord(" ")


def _lower_byte(code: int) -> int:
    lowered = chr(code).lower()
    return ord(lowered) if len(lowered) == 1 and ord(lowered) < 256 else code


_SHAPE_TABLE = bytes(_shape_byte(i) for i in range(256))
_WORD_TABLE = bytes(_word_byte(i) for i in range(256))
_LOWER_TABLE = bytes(_lower_byte(i) for i in range(256))


def shape(text: str) -> bytes:
    r"""
    Return the shape of *text*: one byte per character, for its class.

    ``0`` stands for a digit ``0``-``9``, ``a`` for a lower-case and ``A`` for an upper-case
    letter of Latin-1, a space for any space; other Latin-1 punctuation stays as it is, and
    every other character (a letter of another script, an emoji, a control character)
    becomes ``\x01``.

    >>> shape("Call 555-0134, Zoë!")
    b'Aaaa 000-0000, Aaa!'
    """
    return text.encode("latin-1", _ERRORS).translate(_SHAPE_TABLE)


class Prepared:
    """
    What the pattern rules look at in one text, each worked out on first need.

    Attributes:
        text: The text.
        found: What rules have searched for in it already (triggers, anchors, words), so
            that rules sharing a pre-filter search once.
    """

    __slots__ = ("_digits", "_low", "_lowb", "_shape", "_words", "found", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._low: str | None = None
        self._lowb: bytes | None = None
        self._shape: bytes | None = None
        self._words: frozenset[bytes] | None = None
        self._digits: bool | None = None
        self.found: dict[object, object] = {}

    @property
    def low(self) -> str:
        """Return the text, lowercased."""
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    @property
    def shape(self) -> bytes:
        """Return the text's :func:`shape`."""
        if self._shape is None:
            self._shape = shape(self.text)
        return self._shape

    @property
    def digits(self) -> bool:
        """Tell whether the text holds a digit ``0``-``9``."""
        if self._digits is None:
            self._digits = b"0" in self.shape
        return self._digits

    @property
    def lowb(self) -> bytes:
        r"""
        Return the text lowercased, one byte per character (as Latin-1; ``\x01`` else).

        Unlike :attr:`low`, its offsets are always those of the text.
        """
        if self._lowb is None:
            self._lowb = self.text.encode("latin-1", _ERRORS).translate(_LOWER_TABLE)
        return self._lowb

    @property
    def words(self) -> frozenset[bytes]:
        """Return the set of the text's lowercased words (runs of Latin-1 letters and digits)."""
        if self._words is None:
            self._words = frozenset(self.lowb.translate(_WORD_TABLE).split())
        return self._words


# The last text prepared: the pattern detectors of one scan share it.
_last: list[Prepared] = []


def prepared(text: str) -> Prepared:
    """Return the :class:`Prepared` form of *text* (the same object while *text* is the last)."""
    last = _last[0] if _last else None
    if last is None or last.text is not text:
        last = Prepared(text)
        _last[:] = [last]
    return last
