"""The word lists the detectors use, read from the package data on first use and cached."""

from __future__ import annotations

import functools
import gzip
from importlib import resources

import attrs

__all__ = ["Lexicon", "english_words", "is_english", "lexicon", "word_set"]


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


@attrs.frozen
class Lexicon:
    """The shipped lists, as sets for fast look-up."""

    first_names: frozenset[str]
    first_names_lower: frozenset[str]
    last_names: frozenset[str]
    last_names_lower: frozenset[str]
    places: frozenset[str]
    name_words: frozenset[str]
    common_words: frozenset[str]
    regions: frozenset[str]
    regions_lower: frozenset[str]


def _read(name: str) -> frozenset[str]:
    data = resources.files("rewardkit.deid").joinpath("data")
    if data.joinpath(name).is_file():
        text = data.joinpath(name).read_text(encoding="utf-8")
    else:
        text = gzip.decompress(data.joinpath(name + ".gz").read_bytes()).decode("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@functools.cache
def english_words() -> frozenset[str]:
    """Load the English word list once."""
    return _read("english_words.txt") | FUNCTION_WORDS


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
    first = _read("first_names.txt")
    last = _read("last_names.txt")
    regions = _read("regions.txt")
    return Lexicon(
        first_names=first,
        first_names_lower=frozenset(n.casefold() for n in first),
        last_names=last,
        last_names_lower=frozenset(n.casefold() for n in last),
        places=_read("places.txt"),
        name_words=_read("name_words.txt") | FUNCTION_WORDS,
        common_words=_read("common_words.txt") | FUNCTION_WORDS,
        regions=regions,
        regions_lower=frozenset(r.casefold() for r in regions),
    )
