r"""
Folding words to the keys the name lists are stored under, and Unicode normalisation.

A name is looked up by a *folded key*: casefolded, accents stripped (also from letters that
Unicode does not decompose: ł, ø, đ, ð, þ, æ, œ, the dotless i), apostrophes, hyphens, dots
and spaces dropped. "O'Shaughnessy", "OSHAUGHNESSY" and "oshaughnessy" share one key, and so do
"Nguyễn" and "NGUYEN", "Castañeda" and "Castaneda", "Wójcik" and "Wojcik". The build script
of the lists (``scripts/build_name_lists.py``) folds every entry with this same function.

Words are cut from the text as written, so their offsets are those of the original text; a
word whose letters are decomposed (``"Zoe\u0308"``) is NFC-normalised for every look-up
(:func:`nfc`), and its span still covers the combining mark.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["fold", "nfc"]

# Letters that NFKD leaves alone, written as their closest Latin letters.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "\u0131": "i",  # dotless i
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ŀ": "l",
        "ħ": "h",
        "ŧ": "t",
        "ɨ": "i",
        "ƚ": "l",
        "ŋ": "n",
        "ĸ": "k",
    }
)
# Marks dropped from a key: apostrophes, hyphens, dots and spaces.
_DROPPED = "'\u2019\u2018\u02bc`\u00b4-\u2010\u2011\u2012\u2013. \u00a0"
_DROP = str.maketrans(dict.fromkeys(_DROPPED))
_ASCII_DROP = str.maketrans(dict.fromkeys("'-. "))


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """
    Return the folded key of *word*.

    >>> fold("O'Shaughnessy"), fold("Nguyễn"), fold("WÓJCIK"), fold("Jean-Baptiste")
    ('oshaughnessy', 'nguyen', 'wojcik', 'jeanbaptiste')
    """
    if word.isascii():
        return word.lower().translate(_ASCII_DROP)
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_SPECIAL))
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return letters.translate(_SPECIAL).translate(_DROP)


def nfc(word: str) -> str:
    """Return *word* NFC-normalised (as it is, when it already is)."""
    if word.isascii() or unicodedata.is_normalized("NFC", word):
        return word
    return unicodedata.normalize("NFC", word)
