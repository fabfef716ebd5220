"""
The word lists the detectors use, read from the package data on first use and cached.

Lists the detectors look up for every word (given names, surnames, regions) are plain text,
one entry a line, and load with one split each; the two large lists looked up only for some
capitalised words (places, English words) are kept as sorted 32-bit CRCs and load as one
array each.
"""

from __future__ import annotations

import array
import bisect
import functools
import sys
import zlib
from importlib import resources
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Container
    from importlib.resources.abc import Traversable

__all__ = ["HashedWords", "Lexicon", "english_words", "is_english", "lexicon", "word_set"]


def word_set(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of *text*."""
    return frozenset(text.split())


MONTHS = word_set(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
WEEKDAYS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs"
    " fri sat sun"
)
# Words that never start a name: function words, pronouns, and capitalised words that are
# not names (holidays, religions, the first-person pronoun).
FUNCTION_WORDS = (
    word_set(
        """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each even ever
    every few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves im i'm ive i've id i'd ill i'll dont don't didnt didn't
    cant can't wont won't isnt isn't its it's thats that's shes she's hes he's theyre they're
    youre you're were we're lets let's one two three four five six seven eight nine ten ok
    okay yes yeah yep nope hi hey hello thanks thank please sorry oh wow lol omg tbh imo idk
    anyway anyways honestly today tomorrow yesterday tonight week weekend month year
    christmas easter thanksgiving halloween hanukkah ramadan diwali eid passover kwanzaa
    god jesus christ lord allah bible mom dad mum mommy daddy grandma grandpa nana papa
    """
    )
    | MONTHS
    | WEEKDAYS
)


class HashedWords:
    """
    A large word list kept as the sorted 32-bit CRCs of its words, for fast loading.

    Membership is exact for the words of the list; a word not in it is taken for one with a
    probability of about one in 20,000 per look-up (two words sharing a CRC).
    """

    __slots__ = ("_hashes",)

    def __init__(self, data: bytes) -> None:
        hashes = array.array("I")
        if hashes.itemsize != 4:  # pragma: no cover - every supported platform has 4
            hashes = array.array("L")
        hashes.frombytes(data)
        if sys.byteorder != "little":  # pragma: no cover - the files are little-endian
            hashes.byteswap()
        self._hashes = hashes

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        h = zlib.crc32(word.encode("utf-8", "surrogatepass"))
        hashes = self._hashes
        i = bisect.bisect_left(hashes, h)
        return i < len(hashes) and hashes[i] == h

    def __len__(self) -> int:
        return len(self._hashes)


# Everyday words the 1934 dictionary behind the English list lacks.
MODERN_WORDS = word_set(
    """
    email emails emailed online website websites app apps internet podcast podcasts blog
    blogs blogger vlog covid telehealth telemedicine zoom voicemail voicemails smartphone
    laptop ok okay selfie selfies hashtag emoji emojis meme memes texting texted googled
    livestream screenshot screenshots wifi inbox username password login logout
    """
)


@attrs.frozen
class Lexicon:
    """The shipped lists, as sets for fast look-up."""

    first_names: frozenset[str]
    first_names_lower: frozenset[str]
    last_names: frozenset[str]
    last_names_lower: frozenset[str]
    places: HashedWords
    name_words: frozenset[str]
    common_words: frozenset[str]
    regions: frozenset[str]
    regions_lower: frozenset[str]


def _data() -> Traversable:
    return resources.files("rewardkit.deid").joinpath("data")


def _text(name: str) -> str:
    return _data().joinpath(name).read_text(encoding="utf-8")


def _lines(text: str) -> frozenset[str]:
    """Return the lines of a list file (one entry a line, no blank or comment lines)."""
    return frozenset(text.split("\n")) - {""}


def _read(name: str) -> frozenset[str]:
    return _lines(_text(name))


def _hashed(name: str) -> HashedWords:
    return HashedWords(_data().joinpath(name).read_bytes())


class _English:
    """The English word list and the words every detector knows."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        return word in FUNCTION_WORDS or word in MODERN_WORDS or word in _english_hashes()


@functools.cache
def _english_hashes() -> HashedWords:
    return _hashed("english_words.crc32")


def english_words() -> Container[str]:
    """Return the English word list (lowercase words), loaded on first use."""
    return _English()


_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
    ("'s", ""),
    ("\u2019s", ""),
)


@functools.lru_cache(maxsize=16384)
def is_english(word: str) -> bool:
    """Tell whether *word* (any case) is an English word or a regular inflection of one."""
    low = word.casefold()
    words = english_words()
    if low in words:
        return True
    for suffix, repl in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 2:
            stem = low[: -len(suffix)]
            if stem + repl in words:
                return True
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words:
                return True
    return False


@functools.cache
def lexicon() -> Lexicon:
    """Load the shipped lists once."""
    first = _text("first_names.txt")
    last = _text("last_names.txt")
    regions = _text("regions.txt")
    return Lexicon(
        first_names=_lines(first),
        first_names_lower=_lines(first.casefold()),
        last_names=_lines(last),
        last_names_lower=_lines(last.casefold()),
        places=_hashed("places.crc32"),
        name_words=_read("name_words.txt") | FUNCTION_WORDS,
        common_words=_read("common_words.txt") | FUNCTION_WORDS,
        regions=_lines(regions),
        regions_lower=_lines(regions.casefold()),
    )
