"""
Telling English text from text in another language, cheaply.

The name rules are English: their cue words, the English word list that tells a name from a
word, the capitals that mark a name (German writes every noun with one). A text in another
language is therefore not searched for names with them; :func:`text_reads_as_english` tells
which texts those are by the share of frequent English function words among its words,
against the share of those of German, French, Spanish, Portuguese, Italian, Dutch, Polish,
Scottish Gaelic, Irish, Welsh, Māori, Tagalog, Malay, Vietnamese and Swahili;
a long text with almost no English function words is in another language whatever it is.
It reads each word once, and it is sure only of clear cases: a short text, or an English post
that quotes a sentence in Spanish, reads as English.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._words import Word

__all__ = [
    "ENGLISH_TAGS",
    "is_english_tag",
    "other_language",
    "text_reads_as_english",
    "unsupported_language",
]

#: Fewer words than this: too short to tell, taken as English.
MIN_WORDS = 12
#: Fewer words than this: too short to say that a text is in a language not listed.
UNKNOWN_MIN_WORDS = 30
#: The BCP 47 tag of a text in a language that is not English and not listed.
UNDETERMINED = "und"
#: Language tags whose texts the name rules are made for.
ENGLISH_TAGS = frozenset({"en"})


def is_english_tag(tag: str | None) -> bool:
    """Tell whether a BCP 47 language tag (``en``, ``en-GB``) is English; ``None`` is unknown."""
    return tag is None or tag.split("-", 1)[0].casefold() in ENGLISH_TAGS


def other_language(ws: tuple[Word, ...]) -> str | None:
    """
    Return the language a text reads as, when it clearly reads as another than English.

    Args:
        ws: The text's words.

    Returns:
        A language code (``de``, ``fr``, ``es``, ``pt``, ``it``, ``nl``, ``pl``, ``gd``,
        ``ga``, ``cy``, ``mi``, ``tl``, ``ms``, ``vi``, ``sw``, ``jam`` for Jamaican
        Creole), ``und``
        (undetermined) for a text in another language than these, or ``None`` when the text
        reads as English or is too short to tell.
    """
    return _other_language(ws)


def _other_language(ws: tuple[Word, ...]) -> str | None:
    from ._lexicon import CREOLE_WORDS, ENGLISH_STOP, LANGUAGE_STOPWORDS  # noqa: PLC0415

    total = len(ws)
    if total < MIN_WORDS:
        return None
    # Jamaican Creole shares many function words with English ("a", "an", "she", "but"), so
    # that it would count as English below: its own words tell it first, where English
    # function words are fewer than English prose holds (an English post quoting a line of it,
    # or written in slang, has more than 28 in a hundred; one in Creole, fewer).
    if (
        total >= UNKNOWN_MIN_WORDS
        and sum(1 for w in ws if w.low in CREOLE_WORDS and w.text.islower()) * 6 >= total
        and sum(1 for w in ws if w.flags & ENGLISH_STOP) * 100 < total * 28
    ):
        return "jam"
    # English prose is about a third function words: stop counting at a fifth.
    enough = total // 5 + (total % 5 > 0)
    english = 0
    for w in ws:
        if w.flags & ENGLISH_STOP:
            english += 1
            if english >= enough:
                return None
    counts = {
        code: sum(1 for w in ws if w.low in stops) for code, stops in LANGUAGE_STOPWORDS.items()
    }
    code, best = max(counts.items(), key=lambda kv: kv[1])
    # A text in another language has few English function words and many of its own (those
    # the two share, as Gaelic's "a", "an" and "is", count for it only).
    stops = LANGUAGE_STOPWORDS[code]
    own = sum(1 for w in ws if w.flags & ENGLISH_STOP and w.low not in stops)
    if best * 5 >= total and best >= 2 * own:
        return code
    # A text long enough to tell in which fewer than one word in six is an English function
    # word (English prose has one in three) is in a language the lists do not know (Swedish,
    # Czech, Indonesian...).
    # Only words of letters count: a list of codes or numbers is in no language.
    letters = sum(1 for w in ws if w.low.isalpha())
    if letters >= UNKNOWN_MIN_WORDS and english * 6 < letters:
        return UNDETERMINED
    return None


@functools.lru_cache(maxsize=8)
def _text_language(text: str) -> str | None:
    """Return :func:`other_language` of *text*; worked out once per text."""
    from ._words import words  # noqa: PLC0415 - the word layer loads on first use

    return _other_language(words(text))


def text_reads_as_creole(text: str) -> bool:
    """Tell whether *text* reads as Jamaican Creole; cached per text."""
    return _text_language(text) == "jam"


def text_reads_as_english(text: str) -> bool:
    """Tell whether *text* reads as English (or is too short to tell); cached per text."""
    # Jamaican Creole is written with English words and English capitals: the English rules
    # read its names, places and bodies (its own small words are no names, see _names)
    return _text_language(text) in (None, "jam")


def unsupported_language(text: str, language: str | None = None) -> str | None:
    """
    Tell whether the name rules can vouch for a text, by its language.

    The rules that find names, places and organisations are English (their cue words, the
    English word list, capitals as marks of names). A text whose *language* is another (a
    BCP 47 tag), or whose language is not given and that clearly reads as another language,
    is searched for them only after titles ("Dr. Müller"); numbers, dates and contact data
    are found as in any text. The ``phi-unchecked`` rule reports such stories.

    >>> from rewardkit.deid import unsupported_language
    >>> unsupported_language("My client Sarah called.") is None
    True
    >>> unsupported_language("Hola", language="es-MX")
    'es-MX'

    Args:
        text: The text.
        language: Its language tag, if known.

    Returns:
        The language (the tag given, or the code of the language the text reads as) when
        it is not English; ``None`` when the rules can read the text.

    .. versionadded:: 0.2.0
    """
    if language is not None:
        return None if is_english_tag(language) else language
    from ._words import words  # noqa: PLC0415 - the word layer loads on first use

    return other_language(words(text))
