"""
The word lists the detectors use: each stated once, here or in ``data/``.

Two kinds of list live here:

- the shipped data files in ``data/``, read on first use and cached: given names, surnames
  and regions are plain text, one entry a line, and load with one split each; the two large
  lists looked up only for some capitalised words (places, English words) are kept as sorted
  32-bit CRCs and load as one array each; ``states.tsv`` is the table of states and provinces
  that addresses name;
- the small hand-written vocabularies of the rules (titles, cue words, facility nouns, month
  names, street words, ...), as Python constants. A rule that needs one as a regular
  expression builds it with :func:`alternation`, so that the words are never written twice.

Nothing here reads a file at import time.
"""

from __future__ import annotations

import array
import bisect
import functools
import re
import sys
import zlib
from importlib import resources
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Container, Iterable
    from importlib.resources.abc import Traversable

__all__ = [
    "HashedWords",
    "Lexicon",
    "States",
    "alternation",
    "english_words",
    "is_english",
    "lexicon",
    "states",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of *text*."""
    return frozenset(text.split())


def alternation(words: Iterable[str]) -> str:
    """Return a regular-expression alternation of *words*, each matched literally, in order."""
    return "|".join(re.escape(w) for w in words)


# --------------------------------------------------------------------------- calendar

#: Month names, in calendar order.
MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Abbreviated month names ("sept" before "sep": a pattern tries the longer first).
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
)
MONTHS = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS)
#: Month names that are also everyday words ("in March we start", "may I"): a date needs more.
MONTHS_THAT_ARE_WORDS = word_set("may march")
#: Weekday names and their abbreviations, each longer form before its shorter ones.
WEEKDAY_NAMES = (
    "monday",
    "mon",
    "tuesday",
    "tues",
    "tue",
    "wednesday",
    "wed",
    "thursday",
    "thurs",
    "thur",
    "thu",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
)
WEEKDAYS = frozenset(WEEKDAY_NAMES)
#: Holidays with a fixed date, each longer form before its shorter ones: with a year, a date.
DATED_HOLIDAYS = (
    "Christmas Eve",
    "Christmas Day",
    "Christmas",
    "New Year's Eve",
    "New Year's Day",
    "New Year's",
    "Thanksgiving Day",
    "Thanksgiving",
    "Halloween",
    "Easter Sunday",
    "Easter",
    "Valentine's Day",
    "Independence Day",
    "the Fourth of July",
    "Fourth of July",
    "Mother's Day",
    "Father's Day",
    "Memorial Day",
    "Labor Day",
)
HOLIDAY_WORDS = word_set(
    "christmas easter thanksgiving halloween hanukkah ramadan diwali eid passover kwanzaa"
)

# --------------------------------------------------------------------------- every detector

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
    god jesus christ lord allah bible mom dad mum mommy daddy grandma grandpa nana papa
    """
    )
    | HOLIDAY_WORDS
    | MONTHS
    | WEEKDAYS
)
# Everyday words the 1934 dictionary behind the English list lacks.
MODERN_WORDS = word_set(
    """
    email emails emailed online website websites app apps internet podcast podcasts blog
    blogs blogger vlog covid telehealth telemedicine zoom voicemail voicemails smartphone
    laptop ok okay selfie selfies hashtag emoji emojis meme memes texting texted googled
    livestream screenshot screenshots wifi inbox username password login logout
    """
)

# --------------------------------------------------------------------------- contact data

#: Public hotlines, digits only: they are nobody's identifier.
HOTLINES = word_set(
    """
    988 18002738255 8002738255 741741 18006624357 8006624357 18007997233 8007997233
    18664887386 8664887386 18009506264 8009506264 18006564673 8006564673 18009855990
    8009855990 911 999 112 116123 18884043600 8884043600
    """
)
#: Words just before a number that make it a hotline's.
HOTLINE_WORDS = ("hotline", "lifeline", "helpline", "crisis line", "warmline")
#: Words that announce a phone number, in the order a pattern tries them.
PHONE_WORDS = ("phone", "cell", "mobile", "tel", "telephone", "fax", "number", "call", "text")
#: Words that name a user or a handle, in the order a pattern tries them.
USERNAME_WORDS = (
    "username",
    "user name",
    "handle",
    "screen name",
    "screenname",
    "gamertag",
    "instagram",
    "insta",
    "ig",
    "snapchat",
    "snap",
    "discord",
    "tiktok",
    "twitter",
    "account name",
)
#: Words between a username word and "is": "handle on the forum is".
USERNAME_FILLERS = (
    "on",
    "in",
    "for",
    "at",
    "the",
    "her",
    "his",
    "their",
    "my",
    "this",
    "that",
    "recovery",
    "support",
    "forum",
    "group",
    "app",
    "site",
    "server",
    "reddit",
    "old",
    "new",
    "main",
)
#: Words that are never a username, even after "username is".
NOT_USERNAMES = word_set("private deleted the her his their my anonymous")
#: Words for a place where a person has a handle: "her old blog, paper-moon-diaries,".
HANDLE_PLACES = (
    "blog",
    "tumblr",
    "channel",
    "account",
    "profile",
    "handle",
    "username",
    "page",
    "insta",
    "tiktok",
    "twitter",
    "youtube",
    "substack",
)

# --------------------------------------------------------------------------- places

#: Street types of English-speaking countries, in the order a pattern tries them.
STREET_TYPES = (
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Dr",
    "Court",
    "Ct",
    "Way",
    "Place",
    "Pl",
    "Terrace",
    "Ter",
    "Circle",
    "Cir",
    "Highway",
    "Hwy",
    "Parkway",
    "Pkwy",
    "Trail",
    "Trl",
    "Crescent",
    "Close",
    "Square",
    "Sq",
    "Alley",
    "Row",
    "Pike",
    "Route",
    "Rte",
)
#: Words that start a street name in Romance and Slavic languages: "Calle de Alcalá".
STREET_WORDS = (
    "Calle",
    "Carrer",
    "Rue",
    "Rua",
    "Via",
    "Viale",
    "Avenida",
    "Avinguda",
    "Camino",
    "Paseo",
    "Plaza",
    "Piazza",
    "Praça",
    "Travessa",
    "Boulevard",
    "Chemin",
    "Allée",
    "Ulica",
    "ul.",
)
#: Particles between such a word and the name: "de la", "do", "della".
STREET_PARTICLES = (
    "de",
    "del",
    "de la",
    "des",
    "du",
    "de l'",
    "la",
    "le",
    "les",
    "los",
    "las",
    "da",
    "do",
    "dos",
    "das",
    "di",
    "della",
    "delle",
    "dei",
)
#: Endings of a street name in Germanic languages: "Lindenstraße", "Keizersgracht".
STREET_ENDINGS = (
    "straße",
    "strasse",
    "str.",
    "gasse",
    "weg",
    "platz",
    "allee",
    "laan",
    "straat",
    "gracht",
    "vej",
    "gatan",
    "gata",
    "veien",
)
#: Words after a postal code ("the 97214 zip code") or before one.
ZIP_WORDS = ("zip", "zip code", "zipcode", "postal code", "postcode")
#: Words that end a place's name: "Harmon County".
ADMINISTRATIVE_SUFFIXES = word_set("county township parish borough")
#: Words after a capitalised run that make it a place: "Harmon Township", "Ellis Village".
PLACE_SUFFIXES = ("County", "Township", "Parish", "Borough", "Village", "Town", "City")
#: Prepositions before a place.
PLACE_PREPS = word_set("in near outside around from to towards toward")
#: Verbs of going, before "to" and a place.
MOVE_VERBS = word_set(
    "moved move moving drove drive driving flew fly flying relocated went going go back trip"
    " headed heading visit visiting visited"
)
#: Abbreviations inside a place's name: "Sault Ste. Marie", "Mt. Vernon".
ABBREVIATED_PLACE_WORDS = word_set("st ste mt ft pt")

# --------------------------------------------------------------------------- people

# Cue words that come before a person's name.
TITLE_ABBREVIATIONS = word_set("dr mr mrs ms mx prof rev sr sgt capt det fr")
TITLES = TITLE_ABBREVIATIONS | word_set(
    "doctor miss professor nurse pastor father reverend officer judge coach aunt auntie uncle"
    " grandma grandpa nana sister brother sir madam lady lord captain sergeant detective"
    " deputy rabbi imam"
)
RELATION_CUES = word_set(
    """
    client clients patient patients pt kiddo kid child boy girl teen teenager resident
    member consumer student guy man woman lady gentleman mom dad mother father son daughter
    brother sister wife husband partner boyfriend girlfriend fiance fiancee friend bestie
    coworker co-worker colleague supervisor boss supervisee intern therapist counselor
    counsellor psychiatrist grandson granddaughter nephew niece cousin neighbor neighbour
    roommate baby toddler infant sibling stepdad stepmom stepson stepdaughter grandmother
    grandfather caseworker caregiver veteran vet youth participant mentee peer
    """
)
# Words for a person before a name set off by commas ("the bride, Priyanka, ...").
PERSON_NOUNS = RELATION_CUES | word_set(
    """
    bride groom elder elders dad mum kiddos kids guys men women residents teens parent
    parents grandparent veterans officer nurse doctor landlord neighbor neighbour pastor
    priest teacher coach mentor sponsor
    """
)
# Cues after which even a lowercase English word in the name lists is taken as a name.
STRONG_RELATION_CUES = word_set(
    """
    client patient pt kiddo son daughter mom dad mother father brother sister wife husband
    boyfriend girlfriend fiance fiancee grandson granddaughter nephew niece cousin
    """
)
NAMING_CUES = (
    "named",
    "called",
    "nicknamed",
    "name is",
    "name was",
    "name's",
    "goes by",
    "went by",
    "aka",
    "a.k.a.",
)
NAMING_LAST_WORDS = frozenset(c.rsplit(" ", 1)[-1].rstrip(".") for c in NAMING_CUES) | {
    "name",
    "a.k.a",
}
FAMILY_AFTER = word_set(
    """
    mom dad mother father mum parents parent sister brother wife husband son daughter
    grandma grandmother grandpa grandfather aunt uncle boyfriend girlfriend partner kids
    children baby family caseworker therapist teacher foster stepmom stepdad cousin fiance
    fiancee friend friends house room dog cat funeral birthday
    """
)
PRONOUNS = word_set(
    "i me you he him she her it we us they them my your his its our their this that the a an"
    " who whom what which someone somebody anyone nobody everyone"
)
# Words that do not continue a name ("Sarah And ..." is a heading, not a surname).
EXTENSION_STOP = word_set("i the a and or but so if in on at to of for my we he she they it is was")
# Verbs that follow a person as subject.
PERSON_VERBS = word_set(
    """
    said says told tells asked asks came comes brought brings called calls texted texts sent
    sends wrote writes gave gives smiled laughed cried finished graduated walked showed
    hugged started stopped decided admitted agreed refused thanked whispered shouted
    saying telling asking coming bringing calling texting sending writing giving smiling
    laughing crying thanking hugging showing walking
    """
)
# Lowercase function words of other languages (name particles, articles, prepositions) that
# the first-name lists also hold: "Ein Lächeln von [NAME]" names nobody.
LOWERCASE_PARTICLES = word_set(
    "von van der den des de del della dei di da das dos du le la les los las el al und mit zu"
    " zum zur ter ten het"
)
VERB_FORMS = word_set(
    """
    made went said told came gave took got felt left kept brought thought found saw knew
    wrote ran sat stood began became held heard met paid put read sent spent taught won
    bought caught fought lost meant slept swam drove rode spoke broke chose woke wore
    grew drew threw flew forgot hid let set shut cut hit hurt quit does did has had was
    were are is will would can could may might must shall should
    """
)
LANGUAGES_AND_PEOPLES = word_set(
    """
    english spanish french german italian portuguese russian chinese mandarin cantonese
    japanese korean arabic hindi urdu tagalog vietnamese polish asl sign latin greek hebrew
    irish scottish welsh dutch swedish norwegian danish finnish turkish persian farsi
    american british canadian mexican african asian european indian latino latina latinx
    black white native indigenous catholic christian jewish muslim buddhist hindu
    """
)
# Words that are never a name, even after "named".
NOT_NAME_WORDS = LANGUAGES_AND_PEOPLES
# Capitalised words that are not names even after a cue.
NOT_NAMES = FUNCTION_WORDS | word_set(
    """
    who that which whose whom was is has had said says told asked went came kept got been
    did does finally just really still always never also actually literally basically
    mental health care services team unit ward group session sessions therapy program
    practitioner assistant director manager coordinator specialist supervisor worker
    intern
    """
)
# Capitalised words after "in"/"from" that are not places.
NOT_PLACES = (
    LANGUAGES_AND_PEOPLES
    | word_set(
        """
    reddit zoom teams discord facebook instagram tiktok youtube google twitter snapchat
    netflix spotify doordash uber lyft amazon walmart target costco starbucks mcdonalds
    group session therapy treatment recovery remission crisis person heaven hell general
    school college church court jail prison rehab detox residential inpatient outpatient
    covid vegas session psychology social work nursing medicine psychiatry counseling
    """
    )
    | FUNCTION_WORDS
)

# --------------------------------------------------------------------------- organisations

FACILITY_NOUNS = word_set(
    """
    hospital hospitals clinic clinics center centre medical health healthcare school schools
    academy elementary university college institute church shelter hospice pharmacy prison
    jail penitentiary asylum infirmary sanitarium sanatorium foundation associates practice
    services ministries mission ymca ywca library charter seminary inc llc ltd corp
    company sons brothers partners bakery cafe diner restaurant salon garage farms motors
    construction plumbing electric landscaping bank
    """
)
# Facility nouns that end a name even after a possessive ("St. Mary's Hospital").
FACILITY_HEADS = word_set("hospital clinic center centre school")
# The last word of a school's short name ("Lincoln Middle", "Jefferson High").
SCHOOL_ENDINGS = word_set("middle high prep")
# Words inside an organisation's name between capitalised words ("University of Vermont").
NAME_CONNECTORS = word_set("of for and the de la")
# Words before a name that are not part of it ("the Riverside Clinic").
DETERMINERS = word_set("the a an our my")
# Words that start a saint's name of a facility ("St. Brigid's", "Mount Sinai").
SAINT_WORDS = word_set("st saint mt mount")
# Abbreviations followed by a full stop or hyphen inside an organisation's name.
ABBREVIATED_ORG_WORDS = word_set("st mt ft")
# Words that, in a run before a facility noun, do not make it a particular facility.
GENERIC_FACILITY = FACILITY_NOUNS | word_set(
    """
    the a an of for and community mental behavioral behavioural psychiatric crisis
    counseling counselling recovery treatment family youth children's childrens child
    state county city regional general public private high middle primary secondary
    memorial rehabilitation rehab addiction substance wellness care day night urgent
    emergency our my this that local new old big small veterans va department dept
    women's womens men's mens united national catholic christian baptist methodist
    residential outpatient inpatient senior juvenile detention correctional federal
    trauma cancer eating disorder disorders adolescent adult pediatric psychology
    """
)
# Nouns that make a facility only with a word of treatment before them ("Recovery House").
WEAK_FACILITY_NOUNS = word_set("house home lodge manor place residence")
TREATMENT_WORDS = word_set(
    """
    recovery sober halfway group treatment wellness healing hope transitional respite
    rehab rehabilitation crisis care nursing
    """
)
AT_CUES = (
    "at",
    "works at",
    "worked at",
    "work at",
    "employed by",
    "works for",
    "worked for",
    "attends",
    "attended",
    "transferred to",
    "admitted to",
    "discharged from",
)
NON_ORG_ACRONYMS = word_set(
    """
    ICU ER ED IOP PHP CBT DBT EMDR ACT VA NAMI AA NA DMV OT PT UK US USA EU CPS DCFS DSS
    CPR HR IT NICU PICU OR CCU BHU ASL TV PM AM LGBTQ LGBT LGBTQIA ADHD PTSD OCD BPD ASD
    SUDS PHQ GAD PCL GAF BDI BAI MMSE MOCA CIWA COWS AUDIT ASAP ATM CEO LOL OMG TBH IMO
    IDK FYI ETA RN LPN NP MD PA LCSW LMFT LPC MSW PHD PSYD
    """
)

# --------------------------------------------------------------------------- shipped data


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


@attrs.frozen
class States:
    """
    The states and provinces of ``data/states.tsv``, in file order.

    Attributes:
        names: Every name.
        abbreviations: Every postal abbreviation.
        us_names: The names of the United States' states, district and territories.
        us_abbreviations: Their postal abbreviations.
    """

    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    us_names: tuple[str, ...]
    us_abbreviations: tuple[str, ...]


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


@functools.cache
def states() -> States:
    """Load the table of states and provinces once."""
    rows = [
        line.split("\t")
        for line in _text("states.tsv").splitlines()
        if line and not line.startswith("#")
    ]
    return States(
        names=tuple(r[0] for r in rows),
        abbreviations=tuple(r[1] for r in rows),
        us_names=tuple(r[0] for r in rows if r[2] == "US"),
        us_abbreviations=tuple(r[1] for r in rows if r[2] == "US"),
    )
