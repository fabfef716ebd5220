"""
Places: street addresses and post office boxes, towns, cities, counties and neighbourhoods.

Detectors: ``address`` (postal codes, from :mod:`._numbers`, and streets, by their shape) and
``place`` (places smaller than a state, from context and the shipped place list). States,
countries and larger regions identify nobody and are left alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

import attrs

from rewardkit.story import PhiCategory

from ._engine import PatternDetector, Rule, lazy, prepared
from ._language import is_english_tag, text_reads_as_english
from ._lexicon import (
    ABBREVIATED_PLACE_WORDS,
    ADMINISTRATIVE_SUFFIXES,
    COMMON,
    ENGLISH,
    EPONYM_NOUNS,
    FACILITY_NOUNS,
    FAMILY,
    FESTIVALS,
    FOREIGN,
    GENERIC,
    GENERIC_ORGANIZATIONS,
    GERMAN_DETERMINERS,
    GIVEN,
    GREETING_WORDS,
    KINSHIP_WORDS,
    LANGUAGES_AND_PEOPLES,
    LISTED,
    MEASURE_WORDS,
    MONTHS,
    MOVE_VERBS,
    NEIGHBOURHOOD_WORDS,
    NON_ORG_ACRONYMS,
    NOT_PLACE_WORDS,
    NOT_PLACES,
    NUMBERED_STREET_TYPES,
    OTHER_STOP,
    PLACE_PREPS,
    PLACE_SUFFIXES,
    PLACE_TAIL,
    QUANTITY_WORDS,
    REGION,
    SLANG_WORDS,
    SOFT_STOP,
    STOP,
    STREET_ENDINGS,
    STREET_PARTICLES,
    STREET_TYPES,
    STREET_WORDS,
    TITLE,
    TREATMENT_WORDS,
    WARD_ORDINALS,
    WEEKDAYS,
    WORD,
    WORKER_ROLES,
    Lexicon,
    alternation,
    is_dictionary_word,
    lexicon,
    states,
    word_flags,
    word_set,
)
from ._model import Detection, trusted_detection
from ._normalize import nfc
from ._numbers import POSTAL_CODE_RULES
from ._words import (
    COMPASS_WORDS,
    HEAD_OF_STATE_AFTER,
    HEAD_OF_STATE_STARTS,
    PEOPLE_AFTER,
    ROMANCE_PARTICLES,
    SENTENCE_STOPS,
    TEAM_NEXT_WORDS,
    TEAM_VERB_LINKS,
    Word,
    beside_a_figure,
    eponym_pair_follows,
    event_follows,
    facility_follows,
    generic_run,
    generic_runs,
    in_quoted_title,
    is_space_gap,
    language_said,
    life_written,
    names_a_people,
    performed,
    region_end,
    saints_thing,
    spoken_in,
    state_in_brackets,
    team_named,
    team_run,
    two_words,
    words,
    work_follows,
    writes_lowercase,
)

if TYPE_CHECKING:
    from collections.abc import Generator, Iterator

__all__ = ["PlaceDetector", "detectors"]

_I = re.IGNORECASE

# --------------------------------------------------------------------------- streets

_QUANTITY = re.compile(
    rf"\d+\s+(?:{alternation(sorted(QUANTITY_WORDS, key=len, reverse=True))})\b", re.IGNORECASE
)

_STREET_TYPES = alternation(STREET_TYPES)
#: The full stop of a street type's abbreviation ("Main St."), not a sentence's after a word
#: ("off Grand Concourse."): each abbreviation looked back at on its own.
_STREET_ABBREVIATIONS: tuple[str, ...] = (
    "St",
    "Ave",
    "Rd",
    "Blvd",
    "Ln",
    "Dr",
    "Ct",
    "Pl",
    "Ter",
    "Cir",
    "Hwy",
)
_STREET_ABBREVIATIONS += ("Pkwy", "Trl", "Sq", "Rte", "Cv", "Crk", "Xing", "Expy", "Fwy", "Gdns")
_STREET_ABBREVIATIONS += ("Grv", "Hts", "Holw", "Lndg", "Mnr", "Plz", "Rdg", "Tpke", "Vly")
_ABBREVIATION_DOT = "(?:(?:" + "|".join(f"(?<=\\b{t})" for t in _STREET_ABBREVIATIONS) + ")\\.)?"
_STREET_TYPES_LOWER = alternation(t.lower() for t in STREET_TYPES)
# The unit, flat, suite or floor after a street: ", Unit 14", " Apt. 3B", " #12", ", 2nd floor".
# A lowercase unit word needs a number after it ("unit 4", not "unit of").
_UNIT = (
    r"(?:,?[ \t](?:(?:Apt|Apartment|Unit|Suite|Ste|Flat|Floor|Fl|Rm|Room|Bldg|Building|Lot)\.?"
    r"[ \t]?#?[ \t]?[0-9A-Z][0-9A-Za-z-]{0,5}\b"
    r"|(?:apt|apartment|unit|suite|ste|flat|floor|fl|rm|room|lot)\.?[ \t]?#?[ \t]?"
    r"[0-9][0-9A-Za-z-]{0,5}\b"
    r"|#[ \t]?[0-9][0-9A-Za-z-]{0,5}\b"
    r"|[0-9]{1,3}(?:st|nd|rd|th)[ \t](?:[Ff]loor|[Ff]l\b\.?)))"
)
# A street's first word may start inside a word, after a hyphen or an apostrophe ("ab-Cd
# Street"); the other words start words. Trying every such start would go over a long
# hyphenated word once per hyphen, so the pattern starts at the beginning of a run of word
# characters, hyphens and apostrophes and jumps (without coming back) to a start inside it:
# to the first capital or digit; failing that, to the first capital (every capital start
# in the run has the same end, so only the first is worth trying); failing that, to the house
# number that ends the run. That is the start a scan from left to right would find. A run of
# word characters alone (most words) needs none of that: it starts with a capital or a digit
# or not at all, and one possessive pass over its first part tells whether it holds a joiner.
_WORDISH = r"[\w'\u2019-]"
_JOINER = r"[-'\u2019]"
# Courts of law, which "Court" as a street type must not take: "in Family Court".
_COURT_OF_LAW = re.compile(
    r"^(?:[A-Z][\w'-]*\s+)*(?:Family|Drug|Juvenile|Supreme|District|Superior|Circuit|Municipal"
    r"|Housing|Traffic|Probate|Federal|Claims|Appeals|Crown|Magistrates|Civil|Criminal"
    r"|Bankruptcy|Tax|Divorce|Youth|Veterans|Treatment|Health|County|City|High)\s+Court$"
)


# The town after a street address, before a comma, a state or a postcode: "27 Wattlebird
# Crescent, Midland, ..." (not a day or a month: "on Main Street, Tuesday, ...").
_TOWN_AFTER_STREET = (
    r"(?:,[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December|And|But|Then|So)\b)"
    r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?:[ \t][A-Z][a-z]+)?"
    r"(?=,|\.(?:\s|$)|[ \t]+[A-Z]{2,3}\b|[ \t]+[0-9]{4,5}\b))"
)
_STREET = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        rf"(?<!{_WORDISH})(?:(?=[A-Z\d])|(?=\w*+{_JOINER})"
        rf"(?:(?>(?:{_WORDISH}*?{_JOINER})??(?=[A-Z\d]))"
        rf"|(?>(?:{_WORDISH}*?{_JOINER})??(?=[A-Z]))"
        rf"|(?>(?:{_WORDISH}*{_JOINER})?(?=\d{{1,6}}[A-Za-z]?\s))))"
        # a flat's number, also of a Scottish tenement's floor and door ("Flat 2/1")
        rf"(?P<id>(?:(?:(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t]+"
        rf"[0-9][0-9A-Za-z/]{{0,4}},?[ \t]+)?"
        rf"(?:(?:No|Nr|N[º°o])\.?[ \t]+)?"  # "No. 23 Alhaji Musa Dankoli Street"
        rf"(?:(?:Blk|Block)\.?[ \t]+)?"  # Singapore's "Blk 214 Jurong East Street 21"
        rf"\b(?<![./])(?:\d{{1,5}}/)?\d{{1,6}}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?)?"
        # the street's words, an ordinal among them: "2914 Brighton 6th Street"
        # (an ordinal first after a compass point and its dot: "612 W. 11th Street")
        rf"\b(?:[A-Z]{_WORDISH}*|(?<=[NSEW]\.[ \t])\d{{1,3}}(?:st|nd|rd|th))\s+"
        rf"(?:(?:[A-Z]{_WORDISH}*|\d{{1,3}}(?:st|nd|rd|th))\s+){{0,2}}"
        # a street's number after its type: Singapore's "Jurong East Street 21"
        rf"(?:{_STREET_TYPES})\b{_ABBREVIATION_DOT}(?:[ \t]\d{{1,3}}(?=[.,;)]|$))?"
        # a quarter of the town after the street: "1187 Sixth Avenue South"
        r"(?:[ \t](?:North|South|East|West|NE|NW|SE|SW)\b(?![ \t][A-Z]))?"
        rf"{_UNIT}?{_TOWN_AFTER_STREET}?)"
    ),
    score=0.85,
    reason="street name",
    check=lambda m, t: (
        not re.match(
            r"(?:The|A|An|My|Our|On|In|At|From|To|By|Near|So|And|But|Then|When|If|As|Now"
            r"|Yes|Oh|Also|Or|Ask|Tell|Call|Thanks)\s+(?:St|Dr|Ct|Pl)\b",
            m.group("id"),
        )
        and not re.match(r"(?:Saint|St\.?|Dr\.?)\s", m.group("id"))
        # "singing "My Way"": no street starts with a possessive
        and not re.match(r"(?:My|Your|His|Her|Our|Their)\s", m.group("id"))
        # "like every Main Street in the country": any street of the name, not one
        and not re.search(r"\b(?:every|any|each)\s+$", t[max(0, m.start("id") - 8) : m.start("id")])
        and not _title_before_name(m, t)
        and not _COURT_OF_LAW.search(m.group("id"))
        # "a tin of Quality Street": a brand that is a street's name
        and " ".join(m.group("id").lower().rstrip(".").split()) not in GENERIC_ORGANIZATIONS
        # '"The Road to Gundagai"': a title in quotes
        and not in_quoted_title(t, m.start("id"), m.end("id"))
    ),
    # The last capital of the last word that starts a word or follows a hyphen or apostrophe,
    # the rest of that word, and a street type: each start reads on only up to the next one.
    trigger=re.compile(
        rf"(?:[A-Z](?<!\w[A-Z])(?:\w|{_JOINER}(?![A-Z]))*+|\d(?:st|nd|rd|th))\s+(?:{_STREET_TYPES})\b"
    ),
    # The street type is a word of its own: most texts hold none, and skip the trigger.
    words=(t.lower() for t in STREET_TYPES),
)


#: The ending of a role's word: "Psychologist", "Counselor", "Therapist", "Physician".
_ROLE_ENDING = re.compile(
    r"(?:ist|ian|nurse|worker|counsel+or|officer|manager|director|coordinator|supervisor"
    r"|practitioner|consultant|clinician)$"
)


#: The words before "of" in a title of Mary: "the Virgin of Guadalupe", "Our Lady of Lourdes".
_MARY = frozenset({"Virgin", "Virgen", "Virgem", "Lady", "Señora", "Senhora", "Madonna"})
#: Words before a title of Mary that make it a hospital's or a parish's short name: "admitted
#: to Our Lady of Lourdes", "at Our Lady of Fatima".
_TO_A_BODY = frozenset({"to", "at", "from", "in"})


def _title_of_mary(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* ends a title of Mary: "the Virgin of Guadalupe" (capitalised)."""
    if not (i > 1 and ws[i - 1].low in {"of", "de", "do"} and ws[i - 2].text in _MARY):
        return False
    k = i - 3
    # "admitted to Our Lady of Lourdes": a hospital's short name (not "prays to the Virgin of")
    return not (k >= 1 and ws[k].low in {"our", "nuestra", "nossa"} and ws[k - 1].low in _TO_A_BODY)


def _title_before_name(m: re.Match[str], text: str) -> bool:
    """
    Tell whether a street match without a house number ends in "Dr." or "St." before a name.

    "Why I Don't Need Dr. Sharif": the title of a person, not a street type.
    """
    found = m.group("id")
    if found[:1].isdigit() or not re.search(r"\b(?:Dr|St)\.?$", found):
        return False
    return re.match(r"\.?\s+[A-Z]", text[m.end("id") : m.end("id") + 4]) is not None


# Words just before a lowercase address that say it is one: "lives at 12 oak street".
_ADDRESS_CUE = re.compile(
    r"(?:\baddress|\baddr|\blive[sd]?|\bliving|\bmoved|\bmoving|\bstay(?:s|ing|ed)?"
    r"|\blocated|\bat)\b[ \t]*:?[ \t]*$",
    _I,
)


def _numbered_street_ok(m: re.Match[str], text: str) -> bool:
    """
    A lowercase street after a house number: after a word that says it is an address.

    "2 way street", "3 in a row" and "Z60.2 comes close" are no addresses.
    """
    if _QUANTITY.match(m.group()):
        return False  # "90 minutes each way", "3 blocks down the road"
    return _ADDRESS_CUE.search(text, max(0, m.start() - 16), m.start()) is not None


_STREET_NUMBERED = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        rf"\d(?<![\w.]\d)\d{{0,5}}\s+(?:[NSEW]\.?\s+)?(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z][\w'-]*"
        rf"(?:\s+[a-z][\w'-]*)?)\s+(?:{_STREET_TYPES_LOWER})\b\.?{_UNIT}?",
    ),
    score=0.8,
    reason="numbered street address",
    check=_numbered_street_ok,
)
# Words before a number that make it no house number: "Chapter 4 Hollow Point".
_NOT_HOUSE_NUMBER = re.compile(
    r"\b(?:chapter|season|episode|level|step|stage|phase|grade|tier|class|room|ward|bed|unit"
    r"|page|section|form|week|day|year|top|part|book|volume|vol|no|number|ages?|exit|route"
    r"|highway|interstate|bus|flight|gate|lot|mile|floor)\.?[ \t]*$",
    _I,
)


def _suffixed_street_ok(m: re.Match[str], text: str) -> bool:
    if _QUANTITY.match(m.group()):
        return False
    return _NOT_HOUSE_NUMBER.search(text, max(0, m.start() - 16), m.start()) is None


_STREET_SUFFIXED = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        rf"\d(?<![\w.]\d)\d{{0,5}}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?"
        rf"(?:[A-Z][\w'\u2019-]*[ \t]+){{1,3}}(?:{alternation(NUMBERED_STREET_TYPES)})\b"
        rf"{_ABBREVIATION_DOT}"
        rf"{_UNIT}?"
    ),
    score=0.8,
    reason="house number, street name and a street suffix",
    check=_suffixed_street_ok,
    words=(t.lower() for t in NUMBERED_STREET_TYPES),
    anchor=re.compile(rb"00*"),  # every run of digits, as the id rules'
)
# A street address that ends just before a number: "412 Sargeant St, 2nd floor, ".
_ADDRESS = (
    rf"(?<![\w.])\d{{1,6}}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Za-z][\w'\u2019-]*[ \t]+){{1,3}}"
    rf"(?:{_STREET_TYPES}|{alternation(NUMBERED_STREET_TYPES)}|{_STREET_TYPES_LOWER})\b\.?"
    rf"{_UNIT}?,[ \t]*"
)
_ADDRESS_BEFORE = lazy(rf"{_ADDRESS}$")
# The same address with its town after it: "22 Wattlebird Lane, Footscray ".
_ADDRESS_TOWN_BEFORE = lazy(rf"{_ADDRESS}(?:[A-Z][\w'\u2019-]*[ \t]+){{1,3}}$")
# What may follow such a ZIP code: the end of a clause or of the address.
_ZIP_END = re.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:[A-Z]|(?:please|thanks|now|today|and|but|where|which)\b)"
)


def _zip_after_address(m: re.Match[str], text: str) -> bool:
    """A number of five digits after a street address and a comma: its ZIP code."""
    if m.group()[2:5] == "000" or _ZIP_END.match(text, m.end()) is None:
        return False  # a round count ("12000 steps"), or a number that goes on
    start = m.start()
    return _ADDRESS_BEFORE.compiled.search(text, max(0, start - 96), start) is not None


def _postcode_after_town(m: re.Match[str], text: str) -> bool:
    """Four or five digits after a street address and its town, or the address alone."""
    value = m.group()
    if value[-3:] == "000" or (len(value) == 4 and value[:2] in {"19", "20"}):
        return False  # a round count, or a year
    if _ZIP_END.match(text, m.end()) is None:
        return False
    start = m.start()
    return (
        _ADDRESS_TOWN_BEFORE.compiled.search(text, max(0, start - 128), start) is not None
        # "14 Wattle Crescent, 4350.": the town left out
        or _ADDRESS_BEFORE.compiled.search(text, max(0, start - 96), start) is not None
    )


# A street address of another language that ends before a number: "Rua do Heroísmo 214, ".
_FOREIGN_ADDRESS_BEFORE = lazy(
    rf"\b(?:{alternation(STREET_WORDS)})\s[^,\n]{{1,40}}?\d{{1,5}}[A-Za-z]?,[ \t]*$"
)


#: "postcode, 2700-615": a word for a postcode just before it.
_POSTCODE_CUE_BEFORE = re.compile(
    r"\b(?:postcode|postal code|c[oó]digo postal|cp)[\s:,]*$", re.IGNORECASE
)


def _postcode_pt(m: re.Match[str], text: str) -> bool:
    """A Portuguese postcode after a street address, or before its town."""
    start = m.start()
    window = max(0, start - 96)
    return (
        _ADDRESS_BEFORE.compiled.search(text, window, start) is not None
        or _FOREIGN_ADDRESS_BEFORE.compiled.search(text, window, start) is not None
        or _TOWN_AFTER.match(text, m.end()) is not None
        or _POSTCODE_CUE_BEFORE.search(text, max(0, start - 16), start) is not None
    )


_POSTCODE_PT = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(r"(?<![\w.,$/-])[0-9]{4}-[0-9]{3}(?![\w-]|[.,/][0-9])"),
    score=0.8,
    reason="Portuguese postcode by an address or a town",
    check=_postcode_pt,
    anchor=re.compile(rb"0000-000"),
)
_POSTCODE_AFTER_TOWN = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(r"(?<![\w.,$/-])[0-9]{4,5}(?![\w%-]|[.,/][0-9])"),
    score=0.8,
    reason="postcode after a street address and its town",
    check=_postcode_after_town,
    anchor=re.compile(rb"00000?"),
    # the address before it has a street type: most texts hold none
    words=(t.lower().rstrip(".") for t in (*STREET_TYPES, *NUMBERED_STREET_TYPES)),
)
_ZIP_ADDRESS = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(r"(?<![\w.,$/-])[0-9]{5}(?:-[0-9]{4})?(?![\w%-]|[.,/][0-9])"),
    score=0.8,
    reason="number of five digits after a street address",
    check=_zip_after_address,
    anchor=re.compile(rb"000000*"),  # the runs of five digits or more, as the ZIP rules'
)
_STREET_FOREIGN = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        rf"(?:(?:\bBlk\.?\s+)?\b\d{{1,5}},?\s+)?\b(?:{alternation(STREET_WORDS)})\s+"
        # a lane's number before its name: Singapore's "Lorong 4 Toa Payoh"
        r"(?:\d{1,2}\s+(?=[A-Z]))?"
        rf"(?:(?:{alternation(STREET_PARTICLES)})\s+)?"
        r"[A-ZÀ-Þ][\w'\u2019-]*(?:\s+[A-ZÀ-Þ][\w'\u2019-]*)?(?:,?\s+\d{1,5}\b)?"
        rf"{_TOWN_AFTER_STREET}?"
    ),
    score=0.85,
    reason="street name",
    trigger=re.compile(rf"(?:{alternation(STREET_WORDS)})\s"),
    words=(w.lower().rstrip(".") for w in STREET_WORDS),
)
#: Words for a street in French, Spanish, Catalan, Portuguese and Italian, written small as
#: those languages write them inside an address.
_STREET_WORDS_SMALL = (
    *("rue", "chemin", "boulevard", "avenue", "allée", "impasse", "quai"),
    *("calle", "carrer", "avenida", "rua", "travessa", "praça", "viale", "piazza"),
)
#: The particle after such a word, with the space after it if one is written: "des ", "l'".
_STREET_PARTICLE_SMALL = (
    r"(?:(?:de[ \t]+la|del|des|du|de|la|le|les|los|las|da|do|dos|das|di|della|delle|dei)[ \t]+"
    r"|(?:de[ \t]+)?l['\u2019]|d['\u2019])"
)
# A street whose word is written small, after a house number or before a particle:
# "14 chemin des Arbousiers", "227 boulevard Saint-Pierre Ouest", "on rue des Goélands"
# (not "an impasse", "the boulevard was", nor a word "via" or "place" that English uses).
_STREET_FOREIGN_SMALL = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        rf"(?:(?<![\w.,/-])\d{{1,5}}[a-z]?(?:[ \t]+bis)?,?[ \t]+"
        rf"(?:{alternation(_STREET_WORDS_SMALL)})[ \t]+{_STREET_PARTICLE_SMALL}?"
        rf"|\b(?:{alternation(_STREET_WORDS_SMALL)})[ \t]+{_STREET_PARTICLE_SMALL})"
        r"[A-ZÀ-Þ][\w'\u2019-]*(?:[ \t]+[A-ZÀ-Þ][\w'\u2019-]*){0,2}"
    ),
    score=0.8,
    reason="street name with its word written small in another language",
    words=_STREET_WORDS_SMALL,
)
# A street of the Baltic countries, its word after the name and the number after it:
# "Antakalnio g. 17", "Gedimino pr. 9", "Brīvības iela 32", "Narva mnt 5".
#: The particle before a neighbourhood's name, and the name: "do Curuzu", "da Rocinha".
_NEIGHBOURHOOD_PARTICLE = r"(?:(?:do|da|de|del|dos|das|du)[ \t]+(?:la[ \t]+)?)?"
_NEIGHBOURHOOD_NAME = (
    r"[A-Z\u00c0-\u00de][\w'\u2019-]+(?:[ \t][A-Z\u00c0-\u00de][\w'\u2019-]+){0,2}"
)
_NEIGHBOURHOOD_WORDS = ("bairro", "barrio", "colonia", "vila", "favela", "comuna", "quartier")
# A neighbourhood named with its word in Spanish, Portuguese or French: "Colonia Roma",
# "Vila Madalena", "Barrio Logan" (the word is part of the name).
_NEIGHBOURHOOD_NAMED = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        rf"\b(?:Bairro|Barrio|Colonia|Vila|Favela|Comuna)[ \t]+"
        rf"{_NEIGHBOURHOOD_PARTICLE}{_NEIGHBOURHOOD_NAME}"
    ),
    score=0.75,
    reason="a neighbourhood named with its word in Spanish, Portuguese or French",
    words=_NEIGHBOURHOOD_WORDS,
)
# A neighbourhood after its word written small: "no bairro do Curuzu", "en el barrio San Blas".
_NEIGHBOURHOOD_AFTER_WORD = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        rf"\b(?:bairro|barrio|colonia|favela|comuna|quartier)[ \t]+{_NEIGHBOURHOOD_PARTICLE}"
        rf"(?P<id>{_NEIGHBOURHOOD_NAME})"
    ),
    score=0.75,
    reason="a neighbourhood after its word in Spanish, Portuguese or French",
    words=_NEIGHBOURHOOD_WORDS,
)
_STREET_BALTIC = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        r"\b[A-ZÀ-ÞĀ-Ž][\w'\u2019-]{2,}[ \t]+"
        r"(?:g\.|gatv[ėe]|pr\.|prospektas|al\.|iela|mnt\.?|maantee|tn\.?|t[äa]nav|pst\.?)"
        r"[ \t]+\d{1,4}[A-Za-z]?(?![\w-])"
    ),
    score=0.8,
    reason="street name",
    words=("g", "gatve", "pr", "prospektas", "al", "iela", "mnt", "maantee", "tn", "tanav", "pst"),
)
#: A German determiner, capitalised, opening a sentence just before: "Der Mittlere Weg".
_GERMAN_DETERMINER_BEFORE = re.compile(
    rf"(?:^|(?<=[.!?:\n\"\u201e\u201c] ))"
    rf"(?:{'|'.join(sorted(w.capitalize() for w in GERMAN_DETERMINERS))}) $"
)


def _german_street(m: re.Match[str], text: str) -> bool:
    """Not a noun after its article: "Der Weg" (a song), "Der Mittlere Weg hat geholfen"."""
    value = m.group("id")
    if value.split(" ", 1)[0].lower() in GERMAN_DETERMINERS:
        return False
    first = value.split(" ", 1)[0]
    if first.casefold().endswith(_ENDINGS) and word_flags(first) & WORD:
        return False  # "served in the Brigade", "Renegade 7": an English word with the ending
    # after a capitalised article opening a sentence, a street only with its number
    return (
        any(c.isdigit() for c in value)
        or _GERMAN_DETERMINER_BEFORE.search(text, max(0, m.start("id") - 10), m.start("id")) is None
    )


_STREET_GERMANIC = Rule(
    category=PhiCategory.LOCATION,
    # As for _STREET: from the start of a hyphenated word, on to its first capital.
    pattern=lazy(
        r"(?<![\w-])(?>(?:[\w-]*?-)??(?=[A-ZÀ-Þ]))"
        rf"(?P<id>[A-ZÀ-Þ][\w-]*(?:{alternation(STREET_ENDINGS)}|[ ](?:Straße|Strasse|Weg|Platz"
        rf"|Allee|Gasse))(?:\s+\d{{1,5}}[a-z]?)?(?!\w))"
    ),
    score=0.8,
    reason="street name",
    keywords=STREET_ENDINGS,
    check=_german_street,
)
#: Endings of a street's name in Dutch, German and the Nordic languages that name a street
#: only with a house number after them: "Reigerbekhof 23", "Tranehaven 9", "Am Kupfergraben 6".
_NUMBERED_ENDINGS = (
    "hof",
    "haven",
    "damm",
    "ufer",
    "markt",
    "singel",
    "torv",
    "torg",
    "vænget",
    "bakken",
    "kamp",
    "graben",
)
#: A German street named with its preposition: "Am Lindenbühl 14", "An der Aue 3".
_GERMAN_PREPOSITION_STREET = (
    r"(?:Am|Im|Zum|Zur|An[ \t]der|Auf[ \t]der)[ \t]+"
    r"[A-ZÀ-Þ][\w-]{2,}[ \t]+\d{1,3}[a-z]?"
)
#: A street of either kind with its house number.
_ENDING_STREET = (
    rf"(?<![\w-])[A-ZÀ-Þ][\w-]*(?:{alternation(_NUMBERED_ENDINGS)})[ \t]+\d{{1,3}}[a-z]?"
    r"(?![\w-]|[.,/]\d)"
)
_PREPOSITION_STREET = rf"(?<![\w-]){_GERMAN_PREPOSITION_STREET}(?![\w-]|[.,/]\d)"
_NUMBERED_GERMANIC = rf"(?:{_ENDING_STREET}|{_PREPOSITION_STREET})"


def _german_street_name(m: re.Match[str], _text: str) -> bool:
    """
    Tell whether the name after "Am" or "Im" is no English word.

    "Am Lindenbühl 14"; not "Im Band 6 now", "Am Day 3" or "I Am Number 4".
    """
    name = m.group("id").split()[-2]
    return (
        not word_flags(name) & (WORD | STOP)
        and not (m.start() and m.string[m.start() - 1] == "I")
        # "Am Zoloft 50 mg now": a dose after a medicine, no house number
        and _DOSE_AFTER.match(m.string, m.end()) is None
    )


_DOSE_AFTER = re.compile(r"[ \t]*(?:mg|mcg|ml|g)\b", re.IGNORECASE)


_STREET_NUMBERED_GERMANIC = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(rf"(?P<id>{_ENDING_STREET})"),
    score=0.75,
    reason="street name with its house number",
    # the ending and a space before the number: most texts hold none
    keywords=tuple(f"{e} " for e in _NUMBERED_ENDINGS),
    trigger=re.compile(rf"(?:{alternation(_NUMBERED_ENDINGS)})[ \t]+\d"),
)
_STREET_GERMAN_PREPOSITION = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(rf"(?P<id>{_PREPOSITION_STREET})"),
    score=0.75,
    reason="street name with its German preposition and house number",
    check=_german_street_name,
    words=("am", "im", "zum", "zur", "der"),
    trigger=re.compile(r"\b(?:Am|Im|Zum|Zur|der)[ \t][A-ZÀ-Þ]"),
)
# The postcode after such a street, or after any street of Germanic ending, and a comma:
# "Tranehaven 9, 4000,", "Lindenstraße 5, 79189." (a round number too: it is a postcode).
_POSTCODE_AFTER_GERMANIC_STREET = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(
        rf"(?:{_NUMBERED_GERMANIC}|(?<![\w-])[A-ZÀ-Þ][\w-]*(?:{alternation(STREET_ENDINGS)})"
        r"[ \t]+\d{1,4}[a-z]?),[ \t]+(?P<id>\d{4,5})(?![\w%-]|[.,/]\d)"
    ),
    score=0.75,
    reason="postcode after a street name and its house number",
    trigger=re.compile(rb"0a?, +0000"),
)
_APOSTROPHE_OR_SPACE = re.compile(r"['\u2019\s]")
#: Brands, events and bodies known by a French name with its article: "l'Occitane", "le Tour".
_FRENCH_NAMES_OF_THINGS = frozenset(
    {"occitane", "oréal", "oreal", "tour", "arche", "monde", "louvre", "mans", "scala"}
)
# A neighbourhood with its French article after an English preposition: "through la
# Goutte-d'Or", "up in l'Estaque", "in le Marais".
_ARTICLE_PLACE = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        r"\b(?:[Ii]n|[Tt]hrough|[Ff]rom|[Aa]t|[Tt]o|[Nn]ear|[Aa]round|[Ii]nto|[Aa]cross)"
        r"[ \t]+(?P<id>(?:la|le|les)[ \t]+[A-ZÀ-Þ][\w'\u2019-]+|l['\u2019][A-ZÀ-Þ][\w'\u2019-]+)"
    ),
    score=0.7,
    reason="a place with its French article after a preposition",
    # the name's last word: "Occitane" of "l'Occitane", "Or" of "la Goutte-d'Or"
    check=lambda m, _t: (
        _APOSTROPHE_OR_SPACE.split(m.group("id"))[-1].lower() not in _FRENCH_NAMES_OF_THINGS
    ),
    trigger=re.compile(r"\b(?:la|le|les)[ \t][A-ZÀ-Þ]|\bl['\u2019][A-ZÀ-Þ]"),
    words=("la", "le", "les", "l"),
)
#: Streets everyone names that are sayings: "down Memory lane", "on Easy street".
_SAYING_STREETS = frozenset({"memory", "easy", "sesame", "wall", "lovers", "penny", "abbey"})


def _street_written_small(m: re.Match[str], _text: str) -> bool:
    """
    Tell whether a street's name before its type written small is no everyday word.

    "near Ontario street"; not "on Recovery road", "on Saturday road", "down Memory lane" or
    "Coronation street".
    """
    for name in m.group("name").split():
        flags = word_flags(name)
        if name.lower() in _SAYING_STREETS or flags & (STOP | SOFT_STOP | COMMON):
            return False
        if flags & WORD and not flags & LISTED:
            return False
    return True


# A street whose type is written small after a preposition: "near Ontario street", "on
# Maple street".
_STREET_TYPE_SMALL = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        r"\b(?:on|near|off|along|down|up|at|of|from|to|onto|into|past|in|round|by)[ \t]+"
        r"(?P<id>(?:[0-9]{1,5}[a-z]?[ \t]+)?(?P<name>(?:[A-ZÀ-Þ][\w'\u2019-]+[ \t]+){1,3})"
        r"(?:street|road|avenue|boulevard|lane|crescent|terrace))\b"
    ),
    score=0.7,
    reason="street name with its type written small",
    check=_street_written_small,
    words=("street", "road", "avenue", "boulevard", "lane", "crescent", "terrace"),
)
#: Towns by the short names everyone knows them by, as written: "in NYC", "Joburg".
_SHORT_TOWN_NAMES = (
    "NYC",
    "NOLA",
    "Nawlins",
    "Joburg",
    "Jozi",
    "Philly",
    "Brissie",
    "Brisvegas",
    "Vegas",
    "Frisco",
    "Chi-town",
    "Chi-Town",
    "Melbs",
)


#: Towns by their initials, after a preposition of place: "reentry counselor in LA".
def _little_country_ok(m: re.Match[str], _text: str) -> bool:
    """A neighbourhood named after a country, a people or a city: "Little Haiti"."""
    low = m.group("of").casefold()
    return (
        bool(word_flags(m.group("of")) & REGION)
        or low in LANGUAGES_AND_PEOPLES
        or (m.group("of") in lexicon().places and not word_flags(m.group("of")) & WORD)
    )


_LITTLE_COUNTRY = Rule(
    category=PhiCategory.LOCATION,
    # "Little Haiti", "Little Senegal", "Little Saigon": a neighbourhood of a city
    pattern=lazy(r"\bLittle[ \t]+(?P<of>[A-Z][a-z\u00e0-\u00ff]+)\b"),
    score=0.75,
    reason="a neighbourhood named after a country or a people",
    check=_little_country_ok,
    words=("little",),
)


def _ward_name_ok(m: re.Match[str], _text: str) -> bool:
    """A ward's own name: no English word of no list, no generic body, no region."""
    parts = m.group("id").split()
    for part in parts[1:] if parts[0] == "Ward" else parts[:-1]:
        flags = word_flags(part)
        if flags & (STOP | GENERIC | REGION) or (flags & WORD and not flags & LISTED):
            return False
        if part.lower() in _WARD_POSITIONS:
            return False  # "the East Wing", "the Old Ward": where it is, no name
    return True


#: Words that say where a ward is, not its name.
_WARD_POSITIONS = frozenset(
    {"north", "south", "east", "west", "upper", "lower", "main", "old", "new", "top", "ground"}
)


_PLACE_BASED = Rule(
    category=PhiCategory.LOCATION,
    # "Dublin-based", "Lagos-born": a listed town made an adjective
    pattern=lazy(
        r"(?<![\w-])(?P<id>[A-Z][a-z\u00e0-\u00ff]+(?:[ -][A-Z][a-z\u00e0-\u00ff]+)?)"
        r"-(?:based|born|raised|bred|ish)\b"
    ),
    score=0.7,
    reason="a town made an adjective",
    check=lambda m, _t: m.group("id") in lexicon().places and not word_flags(m.group("id")) & WORD,
    words=("based", "born", "raised", "bred", "ish"),
)
_WARD = Rule(
    category=PhiCategory.LOCATION,
    # "on the Glendalough ward", "to the Rowan unit", "came onto Rangitoto ward": a ward
    # named after a place, a tree, a person, with its noun
    pattern=lazy(
        # or a record's field: "Ward: Bredon Ward"
        r"\b(?:the|on|to|onto|into|off|from|Ward:)[ \t]+(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+"
        # the noun written small or capitalised: "the Merbein Ward (our little unit"
        r"(?:[ \t][A-Z][a-z\u00e0-\u00ff'\u2019-]+)?[ \t]+(?:[Ww]ard|[Uu]nit|[Ww]ing)"
        # "admitted to Ward Tegid": the noun first
        r"|Ward[ \t]+(?!Sister|Round|Manager|Clerk|Staff|Nurse)"
        r"[A-Z][a-z\u00e0-\u00ff'\u2019-]{2,})\b"
    ),
    score=0.7,
    reason="a ward's name",
    check=_ward_name_ok,
    words=("ward", "unit", "wing"),
)
_WARD_CAPS = Rule(
    category=PhiCategory.LOCATION,
    # "TO ALL THE NURSES ON GLENDALOUGH WARD": the same in capitals
    pattern=lazy(
        r"\b(?:THE|ON|TO|ONTO|INTO|OFF|FROM)[ \t]+(?P<id>[A-Z]{3,}(?:[ \t][A-Z]{3,})?"
        r"[ \t]+(?:WARD|UNIT))\b"
    ),
    score=0.7,
    reason="a ward's name",
    check=lambda m, _t: _ward_field_name_ok(m.group("id").rsplit(maxsplit=1)[0]),
    words=("ward", "unit"),
)
_WARD_FIELD = Rule(
    category=PhiCategory.LOCATION,
    # "Ward: Glencoe", "**Ward:** Glencoe": a ward's name in a record's field
    pattern=lazy(
        r"\bWard[ \t]*:(?:\*\*|__)?[ \t]*(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]{2,}"
        r"(?:[ \t][A-Z][a-z\u00e0-\u00ff'\u2019-]{2,})?)\b"
    ),
    score=0.7,
    reason="a ward's name in a record's field",
    check=lambda m, _t: _ward_field_name_ok(m.group("id")),
    words=("ward",),
)


def _ward_field_name_ok(value: str) -> bool:
    """
    Tell whether a ward's name in a field or in capitals is its own: "Glencoe", "GLENDALOUGH".

    Each word of four letters or more, a listed place, a name or a word of no dictionary,
    and no specialty or its short form ("Paeds", "Gynae", "HDU").
    """
    places = lexicon().places
    for part in value.split():
        flags = word_flags(part)
        if (
            len(part) < 4
            or flags & (STOP | GENERIC | REGION)
            or part.lower() in _SPECIALTIES
            or not (
                part.title() in places
                or flags & (GIVEN | FAMILY)
                or (len(part) >= 5 and not flags & (WORD | ENGLISH))
            )
        ):
            return False
    return True


#: Specialties and their short forms, as wards are called after them.
_SPECIALTIES = frozenset(
    {"paeds", "peds", "gynae", "gyn", "obs", "ortho", "orthopaedic", "resus", "neuro", "rehab"}
    | {"stroke", "perinatal", "gastro", "onc", "oncology", "cardio", "cardiac", "renal", "acute"}
    | {"medical", "surgical", "maternity", "geriatric", "elderly", "forensic", "psych", "detox"}
    | {"endocrinology", "rheumatology", "haematology", "neurology", "respiratory", "unknown"}
)


_WARD_BED = Rule(
    category=PhiCategory.LOCATION,
    # '"Trentham Ward, bed 12.': a ward's name before a bed or a bay in it
    pattern=lazy(
        r"(?<![\w'\u2019-])(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+"
        r"(?:[ \t][A-Z][a-z\u00e0-\u00ff'\u2019-]+)?[ \t]+(?:Ward|Unit|ward|unit))"
        r"(?=,?[ \t]+(?:[Bb]ed|[Bb]ay|[Rr]oom|[Ss]ide[ \t]?[Rr]oom)\b)"
    ),
    score=0.7,
    reason="a ward's name before a bed",
    check=_ward_name_ok,
    words=("bed", "bay", "room"),
)


def _quarter_ok(m: re.Match[str], text: str) -> bool:
    """
    A quarter's own name: no function word, region or people.

    An English word is one only in mid-sentence ("in the Hilltop neighborhood"), not where a
    sentence's capital makes it look like one ("Good neighborhood, this").
    """
    before = text[max(0, m.start() - 2) : m.start()]
    mid_sentence = m.start() > 0 and not before.rstrip(" \t").endswith((".", "!", "?", "\n"))
    for part in m.group("id").split():
        flags = word_flags(part)
        if (
            flags & (STOP | REGION | GENERIC)
            or part.casefold() in LANGUAGES_AND_PEOPLES
            or (flags & WORD and not mid_sentence and part not in lexicon().places)
        ):
            return False
    return True


_QUARTER = Rule(
    category=PhiCategory.LOCATION,
    # "Peer support specialist, Hilltop neighborhood, Tacoma": a quarter's name before the
    # word for one
    pattern=lazy(
        r"(?<![\w'\u2019-])(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+"
        r"(?:[ \t][A-Z][a-z\u00e0-\u00ff'\u2019-]+)?)"
        r"(?=[ \t]+(?:neighbou?rhood|suburb|housing estate)\b)"
    ),
    score=0.65,
    reason="a quarter's name before the word for one",
    check=_quarter_ok,
    words=("neighborhood", "neighbourhood", "suburb", "estate"),
)


#: A preposition of place before a quarter's name, and a capitalised word of one.
_PLACE_PREPOSITION = r"\b(?:in|at|from|near|to|around|outside|of)[ \t]"
_CAPITALISED = r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+"


def _peoples_quarter_ok(m: re.Match[str], _text: str) -> bool:
    """A people's name before "Town" or "Colony", after a place's own name at most."""
    *before, people, _ = m.group("id").split()
    return people.casefold() in LANGUAGES_AND_PEOPLES and not any(
        word_flags(part) & (STOP | REGION | GENERIC | ENGLISH) for part in before
    )


#: Names joined by a Persian or Arabic link that are public, no one's own: parties, titles.
_PUBLIC_LINKED_NAMES = frozenset(
    {"jamaat-e-islami", "tehreek-e-insaf", "tehrik-e-insaf", "tehrik-i-taliban"}
    | {"lashkar-e-taiba", "jaish-e-mohammed", "hizb-ut-tahrir", "quaid-e-azam"}
    | {"nishan-e-haider", "sitara-e-imtiaz", "tamgha-e-imtiaz", "hilal-e-imtiaz"}
)
#: The first words of the titles of books and of the names of sects joined so: "Diwan-e-Ghalib",
#: "Bang-e-Dra", "Ahl-e-Hadith".
_HEADS_OF_TITLES = frozenset(
    {"ahl", "diwan", "kulliyat", "bang", "bal", "zarb", "payam", "nuskha", "sahib", "shikwa"}
    | {"jawab", "armaghan", "masnavi", "tafsir", "tafseer", "sharh", "ilm", "fiqh"}
)
#: A preposition of place or a comma just before a name: the name is a place's.
_PLACE_BEFORE_LINKED = re.compile(r"(?:\b(?:in|at|from|near|to|of)[ \t]|,[ \t])$")


def _linked_name_category(m: re.Match[str], text: str) -> PhiCategory | None:
    """A place's name after a preposition of place or a comma, else a person's."""
    first, _, last = m.group().split("-")
    if (
        m.group().casefold() in _PUBLIC_LINKED_NAMES
        or first.casefold() in _HEADS_OF_TITLES
        or word_flags(first) & word_flags(last) & WORD
    ):
        return None  # a party's, a book's, a sect's; "Mid-e-Mode": words of English
    place = _PLACE_BEFORE_LINKED.search(text, max(0, m.start() - 6), m.start()) is not None
    return PhiCategory.LOCATION if place else PhiCategory.NAME


_LINKED_NAME = Rule(
    category=PhiCategory.LOCATION,
    # "private practice, Gulshan-e-Iqbal", "Noor-ul-Ain came": two capitalised names joined
    # by the Persian or Arabic link (izafat "-e-", "-i-"; "-ul-", "-ud-", "-un-", "-ut-"), a
    # quarter's or a person's name, not a word of English
    pattern=lazy(r"(?<![\w-])[A-Z][a-z]+-(?:e|i|ul|ud|un|ut)-[A-Z][a-z]+(?![\w-])"),
    score=0.7,
    reason="two names joined by a Persian or Arabic link",
    category_of=_linked_name_category,
    keywords=("-e-", "-i-", "-ul-", "-ud-", "-un-", "-ut-"),
)


_PEOPLES_QUARTER = Rule(
    category=PhiCategory.LOCATION,
    # "the bazaar in Hazara Town", "a flat in Dadar Parsi Colony", "we met in Thai Town": a
    # quarter named after a people, where a preposition of place puts it (not "Greek town
    # life", not "a Parsi colony of the 1800s")
    pattern=lazy(
        rf"{_PLACE_PREPOSITION}(?P<id>(?:{_CAPITALISED}[ \t])?{_CAPITALISED}[ \t](?:Town|Colony))"
        r"(?![\w'\u2019-])"
    ),
    score=0.7,
    reason="a quarter named after a people",
    check=_peoples_quarter_ok,
    words=("town", "colony"),
)


def _market_quarter_ok(m: re.Match[str], _text: str) -> bool:
    """
    A quarter's own words before "Bazaar" or "Chowk": no function word, region or people.

    Not a market held for a feast, a season or a cause: "the Christmas Bazaar", "Eid Bazaar",
    "Charity Bazaar".
    """
    *before, _ = m.group("id").split()
    return not any(
        word_flags(part) & (STOP | REGION | GENERIC)
        or part.endswith(("'s", "\u2019s"))  # "Harper's Bazaar": a magazine, a shop
        or part.casefold() in LANGUAGES_AND_PEOPLES
        or part.casefold() in FESTIVALS
        or part.casefold() in _BAZAAR_OCCASIONS
        for part in before
    )


#: What a bazaar is held for, not where: "Christmas Bazaar", "Winter Bazaar".
_BAZAAR_OCCASIONS = word_set(
    "christmas xmas easter winter summer spring autumn fall holiday charity craft church school"
    " night book flea jumble bake fundraising fundraiser sunday saturday friday weekend"
)


_MARKET_QUARTER = Rule(
    category=PhiCategory.LOCATION,
    # "a room above a pharmacy in Board Bazaar", "near Karwan Bazar": a quarter of a South
    # Asian town named for its market or its square, where a preposition of place puts it,
    # not a market after "the"
    pattern=lazy(
        rf"{_PLACE_PREPOSITION}(?P<id>(?:{_CAPITALISED}[ \t]){{1,2}}"
        r"(?:Bazaar|Bazar|Chowk|Mohalla|Ganj))(?![\w'\u2019-])"
    ),
    score=0.7,
    reason="a quarter named for its market or its square",
    check=_market_quarter_ok,
    words=("bazaar", "bazar", "chowk", "mohalla", "ganj"),
)


def _feature_of_place_ok(name: str) -> bool:
    """
    A listed town, or an isle of a listed town's name: "Isle of Skye" ("Skye" listed).

    Not an isle of an English word: "the Isle of Man" (a country of its own; "Man" a town).
    """
    places = lexicon().places
    if name in places:
        return True
    last = name.rsplit(None, 1)[-1]
    return name.startswith("Isle") and last in places and not word_flags(last) & ENGLISH


_FEATURE_OF_PLACE = Rule(
    category=PhiCategory.LOCATION,
    # "a team in Port of Spain", "she lives on the Isle of Wight": a listed town whose name
    # is a feature of the land "of" a name that is a country's or a region's
    pattern=lazy(
        r"\b(?P<id>(?:Port|Isle|Cape|Mount|Fort|Bay)[ \t]of[ \t](?:the[ \t])?"
        r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+)(?![\w'\u2019-])"
    ),
    score=0.8,
    reason="a listed town of a feature 'of' a name",
    check=lambda m, _t: _feature_of_place_ok(m.group("id")),
    words=("port", "isle", "cape", "mount", "fort", "bay"),
)


#: A place's name after Spanish "en", Portuguese "em" or "num", before a clause's end or a
#: closing quote: "en Godoy Cruz, Mendoza", "em Madureira, zona norte", "en Santurce. A
#: short post".
_PLACE_AFTER_EN = re.compile(
    r"(?<![\w'\u2019-])(?:en|em|num)[ \t]"
    r"(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]+"
    r"(?:[ \t](?:(?:de|del|do|da)[ \t])?[A-Z][a-z\u00e0-\u00ff'\u2019-]+)?)"
    r"(?=[,.;:!?)\"\u201d]|[ \t]*\n|[ \t]*\Z|[ \t]+(?:y|e|con|com|al|del|do|da)[ \t])"
)
#: Spanish and Portuguese words after "en" that are no place: months, days, God, a mass,
#: home, languages, bodies everyone knows.
_NO_PLACES_AFTER_EN = word_set(
    """
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
    lunes martes miércoles jueves viernes sábado domingo segunda terça quarta quinta sexta
    dios deus jesús jesus cristo maría misa missa casa sitio sítio cuarentena quarentena
    teletrabajo inglés español portugués português semana navidad natal pascua cruz
    cáritas caritas unimed recursos alcohólicos narcóticos consulta urgencias emergencias
    terapia guardia pausa vacaciones espera línea linea camino proceso curso
    """
)
#: The two words before "en" or "em".
_WORD_BEFORE_EN = re.compile(r"(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)[ \t]+$")
#: Words before "en" that a field of study or a state follows, no place: "Licenciada en
#: Derecho", "especialista en Adicciones", "Estoy en Paz"; Afrikaans kin words before "en",
#: there "and": "Ouma en Oupa".
_STUDIES_BEFORE_EN = word_set(
    """
    licenciada licenciado licenciatura especialista especialidad especialização doctorado
    doctora doctor maestría maestria máster master posgrado diplomado diplomada formación
    formado formada graduado graduada magíster mestrado mestre doutorado doutora estoy estou
    está esta estaba estava ouma oupa tannie oom ma pa boet sussie
    """
)
#: Endings of Spanish and Portuguese nouns that name no place: "Pediatría", "Urgencias",
#: "Atenção".
_NOUN_ENDINGS_ES = (
    *("ía", "ia", "cias", "ción", "sión", "ção", "ções", "dad", "dade", "miento", "mento"),
    *("ismo", "ajo", "ências", "gem", "ones", "sis"),
)
#: Countries and regions by their Spanish and Portuguese names: no places to remove.
_REGIONS_IN_SPANISH = frozenset(
    {
        "españa",
        "brasil",
        "perú",
        "panamá",
        "méxico",
        "estados",
        "unidos",
        "estados unidos",
        "canarias",
        "cataluña",
        "catalunya",
        "euskadi",
        "andalucía",
        "galicia",
        "nordeste",
        "amazonia",
        "amazônia",
        "bahia",
        "haití",
        "alemania",
        "alemanha",
        "inglaterra",
        "francia",
        "frança",
        "italia",
        "itália",
        "europa",
        "áfrica",
        "américa",
    }
)


_ZONE = Rule(
    category=PhiCategory.LOCATION,
    # "the office in zona 18", "a boy from Zona 1": a numbered zone of a Latin American city
    # (Guatemala City's), a colonia or a sector of a planned city ("Sector 17, Chandigarh")
    pattern=lazy(r"(?<![\w-])(?:[Zz]ona|Colonia|Sector)[ \t][0-9]{1,2}(?![0-9\w%]|[.,][0-9])"),
    score=0.7,
    reason="a city's numbered zone",
    words=("zona", "colonia", "sector"),
)


def _patch_ok(m: re.Match[str], text: str) -> bool:
    """
    A patch's own name: a listed place, a place's tail, or words of no list.

    Words of no list only before "and surrounds" or "area" ("covering Achill and the
    surrounding area"; not "covering Paeds for a bit", "covers Winnicott, Bowlby"), and never
    a word in capitals ("covering CAMHS", "covering HDU").
    """
    name = m.group("id")
    parts = name.split()
    lows = [p.casefold() for p in parts]
    if any(p.isupper() and len(p) > 1 for p in parts):
        return False
    if any(word_flags(p) & (STOP | REGION | GENERIC | TITLE) for p in parts) or any(
        low in LANGUAGES_AND_PEOPLES
        or low in FESTIVALS
        or low.removesuffix("s") in WEEKDAYS  # "covering Mondays"
        or low in MONTHS
        for low in lows
    ):
        return False
    return (
        nfc(name) in lexicon().places
        or (len(parts) > 1 and lows[-1] in PLACE_TAIL)
        or (
            not any(word_flags(p) & (WORD | LISTED) for p in parts)
            and _SURROUNDS.match(text, m.end()) is not None
        )
    )


#: What follows a patch of no list: "and surrounds", "and the surrounding area", "area".
_SURROUNDS = re.compile(r"[ \t]+(?:and[ \t]+(?:the[ \t]+)?surround|area\b)")
_PATCH = Rule(
    category=PhiCategory.LOCATION,
    # "a CMHT covering Moss Side and surrounds", "covering Achill and the surrounding area": the
    # patch a worker covers
    pattern=lazy(
        r"\b[Cc]over(?:ing|s|ed)?[ \t]+(?P<id>[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2})"
        r"(?=[ \t]+and[ \t]+(?:the[ \t]+)?surround|[ \t]+area\b|[ \t]*[,.;:]|[ \t]+for\b"
        r"|[ \t]+as[ \t]+well[ \t]+as\b)"
    ),
    score=0.6,
    reason="the patch a worker covers",
    check=_patch_ok,
    words=("cover", "covering", "covers", "covered"),
)
_TOWN_INITIALS = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(
        r"\b(?i:in|from|near|to|around|outside)[ \t]+(?P<id>LA|SF|KL)\b"
        r"(?![ \t]*\d{5}|[.,]?[ \t]*(?i:county|times|lakers|dodgers|galaxy|rams|chargers)\b)"
    ),
    score=0.7,
    reason="a town's initials after a preposition",
    words=("la", "sf", "kl"),
)
_SHORT_TOWN = Rule(
    category=PhiCategory.LOCATION,
    pattern=lazy(rf"(?<![\w-])(?:{'|'.join(_SHORT_TOWN_NAMES)})(?![\w-])"),
    score=0.75,
    reason="a town's short name",
    words=tuple({n.lower().split("-")[0].split()[0] for n in _SHORT_TOWN_NAMES}),
)


def _side_ok(m: re.Match[str], _text: str) -> bool:
    """A town's side of a river: no people, region or English word of no list of places."""
    place = m.group("id")
    if place.casefold() in LANGUAGES_AND_PEOPLES:
        return False  # "the Irish side of the family"
    flags = word_flags(place)
    return not flags & (STOP | REGION | GENERIC) and (not flags & WORD or place in lexicon().places)


_SIDE_OF = Rule(
    category=PhiCategory.LOCATION,
    # "a family on the Govan side of the river": a town's or a quarter's side of a river, a
    # bridge or a town
    pattern=lazy(
        r"\bthe[ \t]+(?P<id>[A-Z][a-z\u00e0-\u00ff'\u2019-]{2,})[ \t]+side[ \t]+of[ \t]+the[ \t]+"
        r"(?:river|bridge|water|town|city|valley|harbour|harbor|bay|estate|park|border)\b"
    ),
    score=0.65,
    reason="a town's side of a river or a town",
    check=_side_ok,
    words=("side",),
)
#: What a record's address field holds that is no address: "Address: NFA", "unknown".
_NO_ADDRESS = frozenset(
    {
        "nfa",
        "n/a",
        "na",
        "none",
        "unknown",
        "homeless",
        "withheld",
        "redacted",
        "tbc",
        "tba",
        "no fixed abode",
        "no fixed address",
        "same",
        "as above",
        "see above",
        "not given",
    }
)
_ADDRESS_FIELD = Rule(
    category=PhiCategory.LOCATION,
    # a record's field at a line's start: "> **Address:** Ngongotahā", "Address on discharge:
    # 22 Carlyle Rd"
    pattern=lazy(
        r"(?m:^)[ \t>*_-]*(?:(?:Home|Current|Last known|Postal)[ \t]+)?"
        r"(?:[Aa]ddress|ADDRESS|Addr\.?)"
        r"(?:[ \t]+(?:on|at)[ \t]+(?:discharge|admission|file))?"
        r"(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*"
        r"(?P<id>[A-Z0-9\u00c0-\u00de][^\n|>*]{1,78}?)[ \t.]*(?=\n|\Z|\||>|\*\*)"
    ),
    score=0.75,
    reason="a record's address field",
    check=lambda m, _t: (
        m.group("id").strip().casefold() not in _NO_ADDRESS
        # nor its first part: "Address: Unknown, moved around a lot"
        and m.group("id").split(",")[0].strip().casefold() not in _NO_ADDRESS
    ),
    words=("address", "addr"),
)


def _fort_or_cape_ok(m: re.Match[str], _text: str) -> bool:
    """A fort's or a cape's town, not a country or a region ("Cape Verde"), nor a people."""
    second = m.group().split()[-1].casefold()
    return (
        " ".join(m.group().split()).casefold() not in lexicon().regions_lower
        # "Cape Verdean", "Cape Malay": a people
        and not second.endswith(("ian", "ean", "ese", "ish"))
        and second not in {"malay", "coloured", "dutch"}
    )


_FORT = Rule(
    category=PhiCategory.LOCATION,
    # "went home to Fort Chipewyan", "Addictions counsellor, Cape Breton": a fort's or a
    # cape's town, named for the fort or the cape
    pattern=lazy(
        r"(?<![\w-])(?:Fort|Ft\.|Cape)[ \t]+[A-Z][a-z\u00e0-\u00ff'\u2019-]{2,}(?![\w'-])"
    ),
    score=0.7,
    reason="a fort's or a cape's town",
    check=_fort_or_cape_ok,
    words=("fort", "ft", "cape"),
)
_PO_BOX = Rule(
    category=PhiCategory.LOCATION,
    # "P.O. Box 2214-80100": a Kenyan box number and its postal code
    pattern=lazy(r"\bP\.?\s?O\.?\s+Box\s+\d+(?:-\d{4,6})?\b", _I),
    score=0.9,
    reason="post office box",
    keywords=("box",),
)


# --------------------------------------------------------------------------- places

_SUFFIX_AFTER = re.compile(rf" (?:{alternation(PLACE_SUFFIXES)})\b")


@functools.cache
def _state_after() -> re.Pattern[str]:
    """Return the pattern of a state or province (name or abbreviation) after a town."""
    table = states()
    return re.compile(
        rf",? (?:{alternation(table.names)}|(?P<abbr>{alternation(table.abbreviations)}))\b"
    )


# What may follow a state abbreviation written without a comma: a ZIP code or the end of a
# sentence or clause.
_STATE_ABBR_END = re.compile(r"\s*(?:\d{5}\b|[.!?;,)]|$)")


#: Words that a place list holds but that before a number are a book of scripture or a part of
#: a ward or a building: "Romans 12", "Bay 6", "Gate 3".
_NUMBERED_NOT_PLACES = word_set(
    """
    romans corinthians genesis exodus numbers psalm psalms proverbs isaiah hebrews
    revelation bay bed pod gate platform terminal level ward
    """
)
#: Of those, the parts of a ward or a building: never a place before a number, even after
#: "in" ("I was in Bay 6"); a book of scripture is a town after one ("moved from Romans 2
#: years ago").
_NUMBERED_PARTS = word_set("bay bed pod gate platform terminal level ward")
#: Drinks that place lists hold as towns: a town only after a preposition of place.
_DRINKS = frozenset({"milo"})
_NUMBER_GAP = re.compile(r" [0-9]{1,3}(?::[0-9]{1,3})?(?![0-9])")


def _numbered_part(text: str, w: Word, *, prep: bool) -> bool:
    """Tell whether *w*, before a number, is a chapter or a ward's part: "Romans 12", "Bay 6"."""
    return (
        w.low in _NUMBERED_NOT_PLACES
        and (not prep or w.low in _NUMBERED_PARTS)  # "She moved from Romans 2 years ago"
        and _NUMBER_GAP.match(text, w.end) is not None
    )


#: Departments of a workplace and a hospital, and subjects of a school: what someone is "in"
#: that is no place ("whoever in Finance read it", "asleep in Chemistry", "a nurse in Oncology").
_DEPARTMENTS = word_set(
    """
    finance accounts payroll admissions reception pharmacy radiology outpatients inpatients
    maths math mathematics physics chemistry biology science history geography economics
    sociology philosophy music art nursing engineering marketing sales legal
    housekeeping catering maintenance estates safeguarding triage resus physio physiotherapy
    audiology neurology cardiology oncology paediatrics pediatrics geriatrics maternity
    obstetrics orthopaedics orthopedics dermatology urology procurement compliance
    """
)


def _listed_or_after_preposition(  # noqa: PLR0913 - the state of one step
    ws: tuple[Word, ...], i: int, end_j: int, hit: int | None, lex: Lexicon, *, prep: bool
) -> tuple[int, float, str] | None:
    """
    Return the last word, score and reason of a place in the list or after a preposition.

    *end_j* ends the capitalised run from word *i*, *hit* the longest part of it in the
    place list (if any); *prep* says whether a preposition of place stands before it.
    """
    w = ws[i]
    prev = ws[i - 1] if i else None
    after_first_name = (
        prev is not None
        and prev.cap
        and is_space_gap(w.gap)
        and bool(prev.flags & GIVEN)
        and not prep
    )
    if i > 1 and prev is not None and prev.low == "of" and ws[i - 2].low in MEASURE_WORDS:
        return None  # "a cup of Milo": a thing measured out, no place
    if (w.low in _DRINKS and not prep) or _title_of_mary(ws, i):
        # "asked for a Milo", "Hot Milo" (not "lives in Milo, Maine"); "the Virgin of
        # Guadalupe", "Nossa Senhora de Fátima": a title of Mary
        return None
    if hit is not None and not after_first_name:
        ambiguous = bool(w.flags & WORD) and hit == i
        # A place that is also a given name ("Dolores", "Austin") is scored below a name,
        # so that the name wins where both are found.
        score = 0.7 if ambiguous or (hit == i and w.flags & GIVEN and not prep) else 0.8
        if (not ambiguous or prep) and (not w.initial or prep or hit > i):
            # after a preposition, words of no list after the listed part belong to it:
            # "in McLeod Ganj"
            if (
                prep
                and hit < end_j
                and all(
                    not x.flags & (ENGLISH | LISTED)
                    or (x.text in lex.places and not x.flags & STOP)
                    for x in ws[hit + 1 : end_j + 1]
                )
            ):
                hit = end_j  # "in Cerro Alegre": two listed words, one place
            elif hit < end_j and ws[hit + 1].low in PLACE_TAIL:
                hit += 1  # "Orlando West", "Ellis Island"
            if _roman_follows(ws, hit):
                hit += 1  # "Luník IX": a part of a town numbered
            tail = _particle_tail(ws, hit)  # "Oaxaca de Juárez", "San Juan de Lurigancho"
            run = ws[i].text + "".join(x.gap + x.text for x in ws[i + 1 : tail + 1])
            if tail > hit and nfc(run).casefold() in lex.regions_lower:
                return None  # "Rio Grande do Sul": a state, whose first words are a town's
            return tail, score, "in the place list"
    if (
        prep
        and not w.flags & STOP  # "in DMs", "in Spanish"
        # "whoever in Finance", "asleep in Chemistry" (not "lives in ...": a town)
        and not (
            end_j == i
            and w.low in _DEPARTMENTS
            and prev is not None
            and prev.low == "in"
            and not (i >= 2 and _lived_in(ws, i - 2))
        )
        and not facility_follows(ws, i)
        and (
            w.low not in lex.common_words
            or (end_j > i and not ws[end_j].flags & WORD)  # "in Little Haiti"
            or _compass_and_word(ws, i, end_j)  # "in East Ham"
        )
        and (not w.flags & GIVEN or (prev is not None and prev.low != "from"))
    ):
        end = end_j + 1 if _roman_follows(ws, end_j) else end_j
        return end, 0.6, "capitalised after a preposition"
    return None


#: Nouns after a point of the compass that make a part of a land, no town: "East Coast".
_COMPASS_NOUNS = frozenset(
    {"coast", "side", "end", "wing", "bank", "shore", "coastline", "country", "pole", "gate"}
    | {"wind", "winds", "facing", "point", "star", "stars", "block", "tower", "campus"}
    | {"building", "face", "wales"}
)


def _compass_and_word(ws: tuple[Word, ...], i: int, end_j: int) -> bool:
    """
    Tell whether words *i* to *end_j* are a point of the compass and one more word.

    "in East Ham", "from North Shields": a town's or a district's name, though its second
    word is an English one; not "East Coast", "West Wing", nor a region or a people.
    """
    if end_j != i + 1 or ws[i].low not in _COMPASS_POINTS:
        return False
    x = ws[end_j]
    return (
        x.cap
        and len(x.low) >= 3
        and not x.possessive
        and not x.flags & (REGION | GENERIC | TITLE | STOP)
        and x.low not in LANGUAGES_AND_PEOPLES
        and x.low not in _COMPASS_NOUNS
    )


_COMPASS_POINTS = frozenset({"north", "south", "east", "west"})


#: What follows a place that starts a sentence after a preposition: a comma or a subject.
_SUBJECT_AFTER = re.compile(r",|[ \t]+(?:I|we|he|she|they|my|our|his|her|their|everyone)\b")


#: A Roman numeral of two letters or more: "Luník IX", "Praha XII" (not the pronoun "I").
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _roman_follows(ws: tuple[Word, ...], j: int) -> bool:
    """Tell whether a Roman numeral of two letters or more follows word *j*: "Luník IX"."""
    return (
        j + 1 < len(ws)
        and ws[j + 1].gap == " "
        and len(ws[j + 1].text) >= 2
        and _ROMAN.fullmatch(ws[j + 1].text) is not None
    )


#: A word for a region written small after a name: "Osaka prefecture", "the Cusco region".
_REGION_NOUN_AFTER = re.compile(
    r" (?:prefecture|region|province|state|oblast|governorate|canton|department|territory)\b",
    re.IGNORECASE,  # "Volta Region"
)
#: The words for a region that end its name: "Osaka Prefecture", "Ashanti Region".
_REGION_NOUNS = frozenset({"prefecture", "province", "region", "oblast", "governorate"})
#: The end of the clause after a region: "in El Alto, Bolivia." or "..., Bolivia, and".
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$)")


_PLACE_ARTICLES = frozenset({"la", "las", "los"})


def _particle_tail(ws: tuple[Word, ...], hit: int) -> int:
    """
    Return the last word of a listed place and the particle and name that follow it.

    "Oaxaca de Juárez", "San Juan de Lurigancho", "Santa Cruz de la Sierra": a particle
    written small and capitalised words after it (not a country: "Santiago de Chile" keeps
    it, as a country of no other town).
    """
    n = len(ws)
    k = hit + 1
    if k >= n or ws[k].low not in ROMANCE_PARTICLES or not ws[k].text.islower():
        return hit
    if ws[k].gap != " ":
        return hit
    k += 1
    if k < n and ws[k].low in _PLACE_ARTICLES and ws[k].text.islower() and ws[k].gap == " ":
        k += 1
    if k >= n or not ws[k].cap or ws[k].gap != " " or ws[k].flags & (STOP | REGION):
        return hit
    return _cap_run(ws, k)


def _longest_listed(
    text: str, ws: tuple[Word, ...], i: int, end_j: int, lex: Lexicon
) -> int | None:
    """Return the last word of the longest run from word *i* that is a listed place, if any."""
    for j in range(end_j, i - 1, -1):
        if nfc(text[ws[i].start : ws[j].end]) in lex.places:
            return j
    return None


_BOROUGH_REASON = "a listed place after a place and a comma"
#: What closes a place named after another: "Forest Hills, Queens, and", "Astoria, Queens."
_CLAUSE_AFTER_PLACE = re.compile(r"[,.;:!?)]|\s*\n|\s*\Z| and\b| where\b")


def _place_after_place(text: str, ws: tuple[Word, ...], last: int, lex: Lexicon) -> int | None:
    """
    Return the last word of a listed place set off by a comma after the place ending at *last*.

    "Forest Hills, Queens": a borough, though "Queens" is an English word too; not a region
    ("Astoria, Oregon" names a state), not a given name ("in Astoria, Grace said").
    """
    k = last + 1
    if k >= len(ws) or ws[k].gap != ", " or not ws[k].cap or ws[k].flags & (GIVEN | REGION):
        return None
    end_j = _cap_run(ws, k)
    hit = _longest_listed(text, ws, k, end_j, lex)
    if (
        hit is None
        or region_end(text, ws, k, hit, lex) is not None
        or _CLAUSE_AFTER_PLACE.match(text, ws[hit].end) is None
    ):
        return None
    return hit


def _out_of(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether "out of" stands before word *i*."""
    return i >= 2 and ws[i - 1].low == "of" and ws[i - 2].low == "out" and is_space_gap(ws[i].gap)


def _administrative(ws: tuple[Word, ...], i: int, end_j: int) -> bool:
    """Tell whether the run from *i* to *end_j* ends in "County", "Reservation" or the like."""
    return end_j > i and (
        ws[end_j].low in ADMINISTRATIVE_SUFFIXES
        # "Fort William First Nation", "Pine Ridge Reservation"
        or ws[end_j].low == "reservation"
        or (end_j > i + 1 and ws[end_j].low == "nation" and ws[end_j - 1].low == "first")
    )


def _state_of(text: str, end: int, hit: int | None) -> re.Match[str] | None:
    """Return the state after a run that ends at *end* (not an abbreviation with no comma)."""
    state = _state_after().match(text, end, end + 20)
    if (
        state is not None
        and state.group("abbr") is not None
        and not state.group().startswith(",")
        and hit is None
        and _STATE_ABBR_END.match(text, state.end()) is None
    ):
        return None  # "Medicaid ID ...": an abbreviation without a comma
    return state


def _town_of_a_people(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i*, a people's name, names a town named for the people.

    Before a comma and its state ("in Cherokee, North Carolina", "postmarked Seminole, FL"),
    or after a building's or a town's noun and "in" at a clause's end ("the clinic in Zuni,
    two days a week"; not "in Zuni and English", nor "a radio programme in Quechua", a
    language).
    """
    if not i or ws[i - 1].low not in _TOWN_PREPOSITIONS:
        return False
    if _comma_and_state(text, ws[i].end) is not None:
        return True
    if ws[i].low.endswith(_LANGUAGE_ENDINGS):
        return False  # "the clinic in Spanish every Tuesday": a language
    return (
        i > 1
        and ws[i - 1].low in _IN_A_TOWN
        and ws[i - 2].low in _BUILDINGS_IN_A_TOWN
        and is_space_gap(ws[i - 1].gap)
        and is_space_gap(ws[i].gap)
        and _CLAUSE_AFTER_A_TOWN.match(text, ws[i].end) is not None
        # not "in Zuni and English": a language
        and not (
            i + 2 < len(ws) and ws[i + 1].low == "and" and ws[i + 2].low in LANGUAGES_AND_PEOPLES
        )
    )


#: The endings of the names of most languages: "Spanish", "Chinese", "Korean", "Arabic".
_LANGUAGE_ENDINGS = ("ish", "ese", "an", "ic", "ch")
#: The buildings and places that a town holds: "the clinic in Zuni".
_BUILDINGS_IN_A_TOWN = word_set(
    "clinic school center centre hospital office lodge shelter plant base church town village"
    " reservation community"
)
#: The words between such a noun and the town: "the clinic in Zuni", "the school outside Zuni".
_IN_A_TOWN = frozenset({"in", "at", "of", "outside", "near"})
#: What may follow a town at a clause's end.
_CLAUSE_AFTER_A_TOWN = re.compile(
    r"[ \t]*[.,;:)]|[ \t]+(?:and|for|two|three|every|on|since|where|with)\b"
)
#: Prepositions before a place rather than a person: "in Yaba", "from Kisumu".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "outside", "around", "of"})
#: Words before a town: those, and "to", "into", "postmarked".
_TOWN_PREPOSITIONS = _PLACE_PREPOSITIONS | {"to", "into", "postmarked"}
#: And before a town named for a country: "a small town, Peru, Indiana".
_BEFORE_A_TOWN = _TOWN_PREPOSITIONS | {"town"}


def _town_named_for_a_region(text: str, ws: tuple[Word, ...], i: int, region: int) -> bool:
    """
    Tell whether the region of words *i* to *region* names a town before its state.

    "in Lebanon, Pennsylvania", "a small town, Peru, Indiana"; not a state before another
    ("in Texas, New Mexico") nor a list ("from Mexico, Texas and Arizona").
    """
    if not i or ws[i - 1].low not in _BEFORE_A_TOWN:
        return False
    end = ws[region].end
    state = _comma_and_state(text, end)
    return (
        state is not None
        and text[ws[i].start : end] not in states().names
        and _LIST_GOES_ON.match(text, state.end()) is None
        # "from Guatemala, NC mountains": a state's letters before a noun qualify it
        and (state.group("abbr") is None or _STATE_ABBR_END.match(text, state.end()) is not None)
    )


#: A list that goes on after a place: ", and", " or".
_LIST_GOES_ON = re.compile(r",?[ \t]+(?:and|or|&)\b|,[ \t]+[A-Z][\w'-]*(?:[ \t]+(?:and|or)\b|,)")


def _comma_and_state(text: str, end: int) -> re.Match[str] | None:
    """Return the comma and the state that follow *end*, if they do: ", North Carolina"."""
    state = _state_after().match(text, end, end + 20)
    return state if state is not None and state.group().startswith(",") else None


#: A musical key: "in E-flat", "in C-sharp".
_MUSICAL_KEY = re.compile(r"[A-G]-(?:flat|sharp)")
_DIGIT_NEXT = re.compile(r"[ \t]*[0-9]")


def _no_place_starts(text: str, ws: tuple[Word, ...], i: int) -> bool:  # noqa: PLR0911 - one rule per return
    """Tell whether the capitalised word *i* starts no place: a weekday, a title, a team..."""
    w = ws[i]
    if w.low in LANGUAGES_AND_PEOPLES and _town_of_a_people(text, ws, i):
        return False  # "the clinic in Zuni, two days a week"
    if (
        (w.low in NOT_PLACES and not _tail_follows(ws, i))  # "on Thursday Island"
        or w.low.endswith("-speaking")  # "in Quechua-speaking communities"
        # "Chopin's Nocturne in E-flat" (not a flat's number: "E-flat 4, Block C")
        or (_MUSICAL_KEY.fullmatch(w.text) is not None and _DIGIT_NEXT.match(text, w.end) is None)
        # "In Mongolian we say"; not "Spanish Town"
        or (w.low in LANGUAGES_AND_PEOPLES and not _tail_follows(ws, i))
        or w.flags & TITLE  # "from Sr. João"
        # "moved to Wednesdays"
        or (w.low.removesuffix("s") in WEEKDAYS and not _tail_follows(ws, i))
        or team_run(ws, i)  # "the Dallas Cowboys"
        or (w.flags & GENERIC and not _city_follows(ws, i))  # not "in Dodge City"
        or w.low == "mass"  # "going to Mass"; "in Mass." is a state
        # "Coburg (Vic)": a state's short name after a town
        or state_in_brackets(text, w)
        or w.low in FESTIVALS  # "right around Matariki"
        # "from GPs, A&E", "live in RVs": an initialism in the plural
        or (
            w.text.endswith("s") and (w.text[:-1] in NON_ORG_ACRONYMS or _plural_initialism(w.text))
        )
        # "about Aama Dolma", "in Aama's lap": a word for a mother (not "a shop in Yaba")
        or (
            w.low in KINSHIP_WORDS
            and (w.possessive or (i > 0 and ws[i - 1].low not in _PLACE_PREPOSITIONS))
        )
        or generic_run(ws, i)
        or performed(ws, i)  # "I sang Ave Maria", "listening to Fleetwood Mac"
        # "since Reagan was president"
        or (
            text.startswith(HEAD_OF_STATE_STARTS, w.end)
            and HEAD_OF_STATE_AFTER.match(text, w.end) is not None
        )
    ):
        return True
    prev_low = ws[i - 1].low if i else ""
    if w.possessive and (
        w.low in NOT_PLACE_WORDS  # "Parkinson's"
        # "the Johnson's shampoo", "some Whittaker's": a maker's name
        or prev_low in {"the", "some"}
        # "the St Patrick's weekend": a saint's name, no place of its own
        or (prev_low in _SAINT_WORDS and ws[i - 1].cap)
        or life_written(ws, i)  # "Mandela's autobiography"
    ):
        return True
    if prev_low in _PREV_CUES or w.low in _SAINT_WORDS:
        if prev_low in TEAM_VERB_LINKS and team_named(text, ws, i):
            return True  # "play for Liverpool"
        # "the St. Francis prayer", "a prayer to St Anthony"
        if (w.low in _SAINT_WORDS or prev_low in _SAINT_WORDS) and saints_thing(text, ws, i):
            return True
        if prev_low == "in" and language_said(text, ws, i):
            return True  # "in Shona we say"
        # "the Duke of Edinburgh award", "the Prince of Wales": a title, no one's place
        if prev_low == "of" and i > 1 and ws[i - 2].low in _NOBILITY and ws[i - 2].cap:
            return True
    if i + 1 < len(ws) and ws[i + 1].text in TEAM_NEXT_WORDS and team_named(text, ws, i):
        return True  # "Liverpool, the football team", "Liverpool FC"
    return w.gap == ", " and beside_a_figure(ws, i)  # "She chose Lorca, Machado, ..."


#: The words that start a saint's name: "St. Francis".
_SAINT_WORDS = frozenset({"st", "saint"})
#: The words before a capitalised word that some rule of :func:`_no_place_starts` looks at.
_PREV_CUES = _SAINT_WORDS | {"for", "by", "in", "of"}
#: Titles of nobility and of the church before "of" and a place.
_NOBILITY = frozenset(
    {
        "duke",
        "duchess",
        "earl",
        "countess",
        "prince",
        "princess",
        "marquess",
        "marquis",
        "baron",
        "baroness",
        "viscount",
        "archbishop",
        "bishop",
    }
)


#: Words before "round" that make it a noun: "the ward round", "the first round".
_ROUNDS_OF = frozenset({"ward", "first", "second", "third", "final", "next", "last", "this"})
_ROUNDS_OF |= {"that", "the", "a", "one", "another", "drug", "medication", "meds", "night"}


def _after_preposition(text: str, ws: tuple[Word, ...], i: int, end_j: int) -> bool:
    """Tell whether a preposition of place stands before the run from word *i* to *end_j*."""
    w = ws[i]
    prev = ws[i - 1] if i else None
    if (
        prev is not None
        and prev.text == "of"
        and i >= 2
        and (
            ws[i - 2].low in _PARTS_OF_A_TOWN
            # "on the south side of Cork", with a compass point; not "the other side"
            or (ws[i - 2].low == "side" and i >= 3 and ws[i - 3].low in _COMPASS_POINTS)
        )
        and ws[i - 2].text.islower()
        # a listed place or a word of no dictionary: not "the edge of Burnout"
        and (w.text in lexicon().places or not w.flags & ENGLISH)
        and not w.flags & (GENERIC | REGION)
        # "the south of France", "the south of Peninsular Malaysia": a part of a land
        and not (ws[i - 2].low in COMPASS_WORDS and i >= 3 and ws[i - 3].low == "the")
        and is_space_gap(w.gap)
        and is_space_gap(prev.gap)
    ):
        return True  # "on the edge of Savannah", "the outskirts of Tamworth", "north of Taupō"
    if (
        prev is not None
        and prev.text == "the"
        and i >= 3
        and ws[i - 2].text in {"in", "from"}
        and _lived_in(ws, i - 3)
        # a word of no dictionary: not "lives in the Village People's song"
        and not w.flags & (ENGLISH | GENERIC | REGION)
        and f"the {w.low}" not in lexicon().regions_lower  # "has lived in the Netherlands"
        and w.low not in _DECADE_WORDS  # "grew up in the Noughties"
        # "grew up in the Bahá'í faith": a faith's or a time's word after it
        and not (
            end_j + 1 < len(ws)
            and ws[end_j + 1].low in _NOT_PLACE_AFTER
            and is_space_gap(ws[end_j + 1].gap)
        )
        and is_space_gap(w.gap)
        and is_space_gap(prev.gap)
    ):
        return True  # "grew up in the Creggan", "she lives in the Danforth"
    return (
        prev is not None
        and is_space_gap(w.gap)
        and prev.low in PLACE_PREPS
        # "on the ward round Jenny asked": a round of a ward, no preposition
        and not (prev.low == "round" and i >= 2 and ws[i - 2].low in _ROUNDS_OF)
        and (
            (prev.text.islower() and (prev.low != "to" or _moved_to(ws, i - 1)))
            # "In Cluj I was a nurse", "From Ibadan, we moved": a sentence's start
            or (
                prev.initial
                and prev.low != "to"
                and not w.flags & WORD
                and _SUBJECT_AFTER.match(text, ws[end_j].end) is not None
            )
        )
    )


#: Verbs of living somewhere, before "in the" and a neighbourhood: "lives in the".
_LIVING_VERBS = frozenset({"lives", "lived", "living", "live", "raised", "born", "settled"})
#: The verbs before "up" that make it growing up: "grew up in the".
_GROWING_VERBS = frozenset({"grew", "grow", "growing", "grown", "brought", "raised"})


#: Decades by name, which one grows up in: "in the Noughties".
_DECADE_WORDS = frozenset(
    {"noughties", "twenties", "thirties", "forties", "fifties", "sixties", "seventies"}
    | {"eighties", "nineties", "sixties'", "seventies'"}
)
#: Words after a capitalised word that make it a faith's, a time's or a people's: "grew up in
#: the Bahá'í faith", "the Victorian era".
_NOT_PLACE_AFTER = frozenset(
    {"faith", "religion", "church", "tradition", "traditions", "culture", "way", "era"}
    | {"system", "movement", "world", "community", "lifestyle", "years", "days", "age"}
)


def _lived_in(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether word *k* ends a verb of living somewhere: "lives", "grew up"."""
    if ws[k].low in _LIVING_VERBS:
        return True
    return ws[k].low == "up" and k >= 1 and ws[k - 1].low in _GROWING_VERBS


#: Words for a part of a town or a side of it before "of" and the town: "the edge of".
_PARTS_OF_A_TOWN = frozenset(
    {"edge", "outskirts", "suburbs", "north", "south", "east", "west", "northeast"}
    | {"northwest", "southeast", "southwest", "town", "city", "village", "township", "suburb"}
)


#: The particles between a verb of motion and "to": "drove out to", "went down to", "went
#: home to" (not "went over to", "went up to": people are gone over and up to too).
_MOTION_PARTICLES = frozenset({"out", "down", "across", "home"})


def _moved_to(ws: tuple[Word, ...], k: int) -> bool:
    """
    Tell whether the "to" at word *k* follows a verb of motion: "moved to", "drove out to".

    After a particle, only before a word no dictionary holds or a listed place: not "walked
    down to Reception".
    """
    if k >= 1 and ws[k - 1].low in MOVE_VERBS:
        return True
    nxt = ws[k + 1] if k + 1 < len(ws) else None
    return (
        k >= 2
        and ws[k - 1].low in _MOTION_PARTICLES
        and ws[k - 2].low in MOVE_VERBS
        and nxt is not None
        and (not nxt.flags & WORD or nxt.text in lexicon().places)
    )


_OPENING_REASON = "a place in a post's opening line after a role"
#: Greetings of other languages that open a post: "Kia ora team,", "Namaste.".
_GREETINGS_OF_OTHER_LANGUAGES = frozenset(
    {"kia", "namaste", "salaam", "salam", "shalom", "hola", "bonjour", "ciao", "talofa", "malo"}
    | {"bula", "aloha", "habari", "jambo", "sawubona", "molweni", "howzit", "dia", "sláinte"}
)


#: The lists that make a word written small after "<role> in" no place of no list.
_NOT_SMALL_OPENING_PLACE = (
    ENGLISH | WORD | GIVEN | FOREIGN | OTHER_STOP | GENERIC | SOFT_STOP | STOP | REGION
)


def _ends_before(gap: str) -> bool:
    """Tell whether a word's *gap* ends a sentence or a line before it."""
    return not SENTENCE_STOPS.isdisjoint(gap)


def _plural_initialism(text: str) -> bool:
    """Tell whether *text* is an initialism in capitals and a small "s": "RVs", "ATMs"."""
    return 3 <= len(text) <= 6 and text[:-1].isupper() and text[:-1].isalpha()


def _city_follows(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether "City" or "Town" follows word *i*: "Dodge City", "Cambodia Town"."""
    return i + 1 < len(ws) and ws[i + 1].text in {"City", "Town"} and is_space_gap(ws[i + 1].gap)


def _tail_follows(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a capitalised word that ends a place's name follows word *i*: "Island"."""
    return (
        i + 1 < len(ws)
        and ws[i + 1].cap
        and is_space_gap(ws[i + 1].gap)
        and ws[i + 1].low in PLACE_TAIL
    )


def _before_region(text: str, ws: tuple[Word, ...], i: int, end_j: int, lex: Lexicon) -> bool:
    """
    Tell whether words *i* to *end_j* name a place before a comma and a country or a region.

    "in El Alto, Bolivia.": a run after a preposition, of no given name and no English word
    alone, before a region that ends its clause.
    """
    k = end_j + 1
    if k >= len(ws) or ws[k].gap != ", " or not ws[k].cap or not ws[k].flags & REGION:
        return False
    last = region_end(text, ws, k, _cap_run(ws, k), lex)
    if last is None or _CLAUSE_END_AFTER.match(text, ws[last].end) is None:
        return False
    run = ws[i : end_j + 1]
    return (
        i > 0
        and ws[i - 1].low in _PLACE_PREPS_ANY
        and is_space_gap(ws[i].gap)
        and not any(x.flags & (REGION | STOP) for x in run)
        and not (len(run) == 1 and run[0].flags & (GIVEN | ENGLISH))
        and not facility_follows(ws, i)
    )


#: Prepositions of place, in English, the Romance languages and others: "in", "en", "em",
#: "a", the Tagalog "sa", the German "im".
_PLACE_PREPS_ANY = PLACE_PREPS | frozenset(
    {"at", "en", "em", "à", "a", "de", "da", "do", "dans", "nel", "sa", "im", "bei", "desde"}
)


def _cap_run(ws: tuple[Word, ...], i: int, limit: int = 4) -> int:
    """Return the index of the last word of the capitalised run that starts at *i*."""
    j = i
    while j + 1 < len(ws) and j - i + 1 < limit and not ws[j].possessive:
        nxt = ws[j + 1]
        if (
            (
                is_space_gap(nxt.gap)
                and nxt.cap
                and nxt.low not in NOT_PLACES
                and nxt.low not in NOT_PLACE_WORDS
            )
            or (nxt.gap == "-" and nxt.cap)
            or (nxt.gap == ". " and nxt.cap and ws[j].low in ABBREVIATED_PLACE_WORDS)
        ):
            j += 1
            continue
        break
    return j


# Words in a capitalised run that make it a facility or a treatment, not a neighbourhood.
_NOT_NEIGHBOURHOOD = FACILITY_NOUNS | TREATMENT_WORDS | NOT_PLACE_WORDS


def _locative_before(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether "in", "at", "on", "from", "near" (and "the") or "moved to" stand before *i*."""
    k = i - 1
    if k >= 0 and ws[k].low == "the" and ws[k].text.islower() and is_space_gap(ws[i].gap):
        i, k = k, k - 1
    if k < 0 or not is_space_gap(ws[i].gap) or not ws[k].text.islower():
        return False
    prep = ws[k].low
    if prep == "to":
        return k >= 1 and ws[k - 1].low in MOVE_VERBS
    return prep in PLACE_PREPS or prep in {"at", "on"}


def _neighbourhood_end(ws: tuple[Word, ...], i: int, end_j: int) -> int | None:
    """
    Return the last word of a neighbourhood's name in the run from *i* to *end_j*.

    The name ends in a word such as "Ward", "Village" or "Apartments" after another
    capitalised word ("over in Little Village", "lease at Wren Hollow Apartments"); "Ward"
    needs an ordinal before it ("the Seventh Ward", not "the Psych Ward").
    """
    for k in range(end_j, i, -1):
        if ws[k].low not in NEIGHBOURHOOD_WORDS or ws[k].possessive:
            continue
        if ws[k].low == "ward" and ws[k - 1].low not in WARD_ORDINALS:
            return None
        if any(x.low in _NOT_NEIGHBOURHOOD or x.flags & GENERIC for x in ws[i:k]):
            return None
        return k
    return None


@attrs.frozen
class PlaceDetector:
    """
    Find places smaller than a state: towns, cities, counties, neighbourhoods.

    Rules: a run of capitalised words that is in the shipped place list (a place that is also
    an English word needs a preposition before it); a capitalised run after "in", "near",
    "outside", "from" or a verb of moving + "to"; a run before "County", "Township" and the
    like; a run before ", <State>". States, countries and larger regions are not flagged.

    .. versionadded:: 0.1.0
    """

    name: str = "place"
    #: The text's language (a BCP 47 tag) when known: the English rules run only on
    #: English text (and text whose language is unknown but reads as English).
    language: str | None = attrs.field(default=None, kw_only=True)

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find places in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per place.
        """
        ws = words(text)
        # The capitals of another language say nothing here.
        if is_english_tag(self.language) and text_reads_as_english(text):
            for d in itertools.chain(self._detect(text, ws), self._lowercase(text, ws)):
                # '"Don't Look Back in Anger"': a title
                if not in_quoted_title(text, d.start, d.end):
                    yield _with_compass(text, d)
            if "'s " in text or "\u2019s " in text:
                yield from self._possessive_places(text, ws)
            if " en " in text or " em " in text or " num " in text:
                yield from self._place_after_spanish_preposition(text)
            yield from self._opening_line_place(text, ws)
            yield from self._opening_line_small(text, ws)

    def _opening_line_place(self, text: str, ws: tuple[Word, ...]) -> Iterator[Detection]:
        """
        Find a place that a post's opening line gives after the writer's role.

        "Psych nurse, geriatric inpatient, Flushing.", "dual diagnosis nurse, broken hill.",
        "Cairns. Inpatient psych nurse, ...": after a first phrase of a few words with a role
        ("nurse", "worker", "team"), a part set off by a comma (or a first sentence alone
        before the role's) that the place list holds in any case, or capitalised words that
        are no English words.
        """
        end = next((k for k in range(1, min(len(ws), 40)) if _ends_before(ws[k].gap)), None)
        if end is None:
            return
        parts = [k for k in range(1, end) if ws[k].gap == ", "]
        lex = lexicon()
        if not parts:
            # "Cairns. Inpatient psych nurse, ...": the place alone, the role after it
            role_after = any(x.low in WORKER_ROLES for x in ws[end : end + 6])
            if (
                end <= 3
                and role_after
                and ws[end].gap.startswith(".")  # not a greeting: "Molweni!", "Hola!"
                and nfc(text[ws[0].start : ws[end - 1].end]) in lex.places
                # "Progress. As a nurse", "Hope. That is": a word that is no name either
                and (not ws[0].flags & WORD or (ws[0].flags & LISTED and not ws[0].flags & COMMON))
                and self._opening_place(text, ws, 0, end - 1, lex)
            ):
                yield self._hit(ws[0].start, ws[end - 1].end, 0.7, _OPENING_REASON)
            return
        if (
            parts[0] > 6
            or not any(x.low in WORKER_ROLES for x in ws[: parts[0]])
            or ws[0].low in GREETING_WORDS  # "Hi team, Namaste.": a greeting, no role
            or ws[0].low in _GREETINGS_OF_OTHER_LANGUAGES
        ):
            return
        for a, b in zip(parts, [*parts[1:], end], strict=True):
            if (b - a <= 4 and self._opening_place(text, ws, a, b - 1, lex)) or (
                # "youth worker, east leeds.": a side of a listed town, written small
                2 <= b - a <= 3
                and ws[a].low in COMPASS_WORDS
                and all(x.text.islower() for x in ws[a:b])
                and self._opening_place(text, ws, a + 1, b - 1, lex)
            ):
                yield self._hit(ws[a].start, ws[b - 1].end, 0.7, _OPENING_REASON)

    def _opening_line_small(self, text: str, ws: tuple[Word, ...]) -> Iterator[Detection]:
        """
        Find a place written small right after the writer's role in a post's opening line.

        "cpn in manningham, 11 yrs in", "case manager in the bronx, 13 years", "peer support
        specialist out of hazard, been in recovery", "remote area nurse out of tennant creek,":
        only by a writer who writes small, and only a listed place (of one word even if an
        English word, as right after "<role> in"), a word of no list, or a word of no list
        before a place's last word ("creek", "point").
        """
        limit = min(len(ws), 40)
        end = next((k for k in range(1, limit) if _ends_before(ws[k].gap)), limit)
        if not writes_lowercase(ws):
            return
        role = next((k for k in range(min(end, 8)) if ws[k].low in WORKER_ROLES), None)
        if role is None or role + 2 >= end or ws[role + 1].low not in {"in", "from"}:
            if role is None or not (
                role + 3 < end and ws[role + 1].low == "out" and ws[role + 2].low == "of"
            ):
                return
            i = role + 3
        else:
            i = role + 2
        if ws[i].low == "the" and i + 1 < end:
            i += 1
        if ws[i].low in COMPASS_WORDS and i + 1 < end:
            i += 1
        w = ws[i]
        if (
            not w.text.islower()
            or not w.text.isalpha()
            or not is_space_gap(w.gap)
            or w.flags & (STOP | REGION)
            or w.low in _SPECIALTIES
        ):
            return
        lex = lexicon()
        nxt = ws[i + 1] if i + 1 < end and is_space_gap(ws[i + 1].gap) else None
        if nxt is not None and _SMALL_PLACE_END.match(text, nxt.end) is not None:
            name = nfc(text[w.start : nxt.end])
            if (name.title() in lex.places and not nxt.flags & (STOP | REGION)) or (
                nxt.low in PLACE_TAIL and len(w.text) >= 3 and not w.flags & (WORD | ENGLISH)
            ):
                yield self._hit(w.start, nxt.end, 0.6, _OPENING_REASON)
                return
        if _SMALL_PLACE_END.match(text, w.end) is None:
            return
        name = nfc(w.text)
        if name in lex.regions_lower:
            return  # "in the netherlands"
        if name.title() in lex.places or (
            len(name) >= 4 and not w.flags & _NOT_SMALL_OPENING_PLACE and not _misspelt(w.low)
        ):
            yield self._hit(w.start, w.end, 0.6, _OPENING_REASON)

    @staticmethod
    def _opening_place(text: str, ws: tuple[Word, ...], a: int, b: int, lex: Lexicon) -> bool:
        """Tell whether words *a* to *b* of a post's opening line name a place."""
        run = ws[a : b + 1]
        if (
            any(not x.text.isalpha() or x.flags & (REGION | GENERIC | TITLE) for x in run)
            # "School psychologist, K-6.": a letter alone, here school grades, is no place
            or (len(run) == 1 and len(run[0].text) == 1)
            # "hospice in Dieppe, New Brunswick.": a province
            or region_end(text, ws, a, b, lex) is not None
        ):
            return False
        if any(
            x.low in LANGUAGES_AND_PEOPLES
            or x.low in WORKER_ROLES
            or x.low in FESTIVALS
            or x.low in _GREETINGS_OF_OTHER_LANGUAGES
            for x in run
        ):
            return False
        if (
            len(run) == 3
            and run[1].low == "and"
            and run[0].cap
            and run[2].cap
            and not (run[0].flags & WORD and run[2].flags & WORD)
            and run[0].low not in KINSHIP_WORDS
            and run[2].low not in KINSHIP_WORDS
        ):
            return True  # "Settlement worker, Jane and Finch.": a corner of two streets
        name = nfc(text[run[0].start : run[-1].end])
        if name in lex.places:
            return run[0].cap
        if name.islower() and name.title() in lex.places:
            # "broken hill", not "downtown" nor "west end": a word or a side of any town
            return (len(run) > 1 or not run[0].flags & WORD) and run[0].low not in COMPASS_WORDS
        return all(x.cap and not x.flags & (ENGLISH | LISTED) for x in run)

    def _place_after_spanish_preposition(self, text: str) -> Iterator[Detection]:
        """
        Find a place after "en", "em" or "num" in a Spanish or Portuguese phrase of an English text.

        "Trabajo en un centro de salud en Chillogallo, al sur de Quito. I'm not...", "Psicóloga
        num CAPS em Madureira, zona norte": capitalised words that are no English words, no
        region ("en España", "en Canarias"), not all English words, ending a clause.
        """
        places = lexicon().places
        for m in _PLACE_AFTER_EN.finditer(text):
            before = _WORD_BEFORE_EN.search(text, max(0, m.start() - 40), m.start())
            if before is not None and (
                # the words before it English (not an acronym: "num CAPS em Madureira"; not
                # "Trabajadora social en")
                all(
                    word_flags(w) & ENGLISH and not w.isupper()
                    for w in before.groups()
                    if w is not None
                )
                or before.group(2).casefold() in _STUDIES_BEFORE_EN
            ):
                # "feed em Weetbix", "I was en Garde": English; "Ouma en Oupa": Afrikaans
                # "and"; "Licenciada en Derecho": a field of study
                continue
            parts = m.group("id").split()
            if (
                any(
                    word_flags(part) & (STOP | REGION | GENERIC)
                    or part.casefold() in _REGIONS_IN_SPANISH
                    or part.casefold() in _NO_PLACES_AFTER_EN
                    # a noun's ending, unless a place is so named: "en Urgencias", "en
                    # Pediatría", "en Tratamiento" (not "en Valencia")
                    or (part.casefold().endswith(_NOUN_ENDINGS_ES) and part not in places)
                    for part in parts
                )
                or all(word_flags(part) & ENGLISH for part in parts)
                or " ".join(parts).casefold() in _REGIONS_IN_SPANISH
            ):
                continue
            yield self._hit(m.start("id"), m.end("id"), 0.65, "a place after 'en' or 'em'")

    def _possessive_places(self, text: str, ws: tuple[Word, ...]) -> Iterator[Detection]:
        """Find a listed place whose name holds a possessive: "King's Lynn"."""
        places = lexicon().places
        for k in range(len(ws) - 1):
            w, nxt = ws[k], ws[k + 1]
            if (
                w.possessive
                and w.cap
                and nxt.cap
                and nxt.gap == " "
                and nfc(text[w.start : nxt.end]).replace("\u2019", "'") in places
            ):
                yield self._hit(w.start, nxt.end, 0.75, "in the place list")

    def _lowercase(self, text: str, ws: tuple[Word, ...]) -> Iterator[Detection]:
        """
        Find a listed place written small after "in", "from", "near" ("therapist in muncie").

        Only in the text of a writer who writes in lowercase, and only a place of one or two
        words that are no English words ("in cape town" is found as "Cape Town" is listed).
        """
        lex = lexicon()
        # "in Alief (houston)": a listed place written small in brackets after a capitalised
        # word, by any writer
        if " (" in text:
            yield from self._small_in_brackets(text, lex)
        if " county" in text:
            yield from self._small_county(ws)
        preps = _SMALL_PLACE_PREPS
        after_preps = [
            k + 1
            for k, x in enumerate(ws[:-1])
            # "a crisis line out of el paso", "the road to yirrkala"
            if x.low in preps
            or (x.low == "of" and k > 0 and ws[k - 1].low == "out")
            or (x.low == "to" and k > 0 and ws[k - 1].low in _SMALL_PLACE_MOVES)
        ]
        for i in after_preps:
            if ws[i].low in _COMPASS_SMALL and i + 1 < len(ws):
                i += 1  # noqa: PLW2901 - "in south auckland": the place after the compass word
            w = ws[i]
            if w.flags & (STOP | REGION) or not w.text.islower() or not is_space_gap(w.gap):
                continue
            for j in (i + 1, i):
                if j >= len(ws) or (j > i and not is_space_gap(ws[j].gap)):
                    continue
                name = nfc(text[w.start : ws[j].end])
                if name.title() not in lex.places:
                    continue
                if j == i and w.flags & WORD:
                    continue  # "in time", "in bed": a word, however listed
                if not writes_lowercase(ws):
                    return  # a writer who capitalises writes places with capitals
                yield self._hit(w.start, ws[j].end, 0.6, "a place written small after 'in'")
                break
            else:
                yield from self._small_unlisted(text, ws, i, lex)

    def _small_county(self, ws: tuple[Word, ...]) -> Iterator[Detection]:
        """Find a county written small by a writer who writes small: "mcdowell county"."""
        for k in range(1, len(ws)):
            w, prev = ws[k], ws[k - 1]
            if (
                w.text == "county"
                and w.gap == " "
                and prev.text.islower()
                and prev.text.isalpha()
                and len(prev.text) >= 3
                and not prev.flags & (WORD | STOP | REGION)
                and prev.low not in SLANG_WORDS  # "fav county", "smol county"
                # "the neighbring county"; not "polk county", a listed place
                and (prev.low.title() in lexicon().places or not _misspelt(prev.low))
                and writes_lowercase(ws)
            ):
                yield self._hit(prev.start, w.end, 0.6, "a county written small")

    def _small_unlisted(
        self, text: str, ws: tuple[Word, ...], i: int, lex: Lexicon
    ) -> Iterator[Detection]:
        """Find a place of no list written small after "in", alone or before a listed town."""
        w = ws[i]
        # "in govanhill, glasgow": a word of no list before a listed town, both small
        town = ws[i + 1] if i + 1 < len(ws) else None
        if (
            town is not None
            and town.gap == ", "
            and town.text.islower()
            and not town.flags & (WORD | STOP | REGION)
            and not w.flags & (ENGLISH | LISTED)
            and nfc(town.text).title() in lex.places
        ):
            if writes_lowercase(ws):
                yield self._hit(w.start, w.end, 0.55, "a place written small before a town")
                yield self._hit(town.start, town.end, 0.6, "a place written small after 'in'")
        elif _unlisted_small_place(text, ws, i):
            # "peer support worker in govan, three years in": a word of no list
            yield self._hit(
                w.start, w.end, 0.5, "a word of no list written small after 'in', 'out of' or 'to'"
            )

    def _small_in_brackets(self, text: str, lex: Lexicon) -> Iterator[Detection]:
        """Find a listed place written small in brackets after a capitalised word."""
        pos = text.find(" (")
        while pos >= 0:
            m = _SMALL_IN_BRACKETS.match(text, pos + 2)
            if m is not None and _CAPITALISED_BEFORE.search(text, max(0, pos - 30), pos):
                name = m.group()
                flags = word_flags(m.group(1))
                one_word = name == m.group(1)
                if (
                    not flags & (STOP | REGION)
                    and not (one_word and flags & WORD)  # "(dad)", "(home)"
                    and nfc(name).title() in lex.places
                ):
                    yield self._hit(m.start(), m.end(), 0.6, "a place written small in brackets")
            pos = text.find(" (", pos + 2)

    def _detect(self, text: str, ws: tuple[Word, ...]) -> Iterator[Detection]:
        lex = lexicon()
        done = 0  # the words before this index are taken
        generic, generic_last = generic_runs(text)  # "Frida Kahlo", "Fleetwood Mac"
        for i in [k for k, x in enumerate(ws) if x.cap]:
            if i < done or i in generic or ws[i].key in generic_last:
                continue
            w = ws[i]
            if _no_place_starts(text, ws, i):
                continue
            end_j = _cap_run(ws, i)
            prep = _after_preposition(text, ws, i, end_j)
            hit = _longest_listed(text, ws, i, end_j, lex)
            if hit is not None and not prep and _out_of(ws, i):
                prep = True  # "telehealth out of Anchorage": a listed place only
            region = region_end(text, ws, i, end_j, lex)
            if region == end_j and end_j > i:
                done = end_j + 1  # "the Faroe Islands": a region of two words or more
                continue
            taken = self._neighbourhood_or_treatment(text, ws, i, end_j, hit)
            if taken is not None:
                done, neighbourhood = taken
                yield from neighbourhood
                continue
            if _administrative(ws, i, end_j):
                yield self._hit(w.start, ws[end_j].end, 0.9, "name with 'County' or the like")
                done = end_j + 1
                continue
            after = text[ws[end_j].end : ws[end_j].end + 12]
            suffix = _SUFFIX_AFTER.match(after)
            state = _state_of(text, ws[end_j].end, hit)
            if (
                # a region, unless a longer listed place starts with it ("Jersey City") or a
                # city bears its name ("Okinawa City")
                (
                    region is not None
                    and (hit is None or hit <= region)
                    and suffix is None
                    and not (end_j == region + 1 and _city_follows(ws, region))
                    and not _town_named_for_a_region(text, ws, i, region)
                )
                or (
                    end_j + 1 < len(ws)
                    and ws[end_j + 1].low in EPONYM_NOUNS  # "Columbia protocol"
                    and is_space_gap(ws[end_j + 1].gap)  # not "in Lowell. ACT is the team"
                )
                or (end_j > i and ws[end_j].low in EPONYM_NOUNS)  # "Glasgow Coma Scale"
                or _people_or_eponym_after(ws, i, end_j)
                or (hit is None and i > 0 and ws[i - 1].low == "in" and spoken_in(ws, i))
                or work_follows(ws, end_j)  # "the Abbey Road album"
                or event_follows(ws, end_j)  # "Canada Day", "Waitangi Day"
            ):
                done = end_j + 1
                continue
            if suffix is not None:
                yield self._hit(
                    w.start, ws[end_j].end + suffix.end(), 0.9, "before 'County' or the like"
                )
                done = end_j + 1
                continue
            if (
                state is not None
                and not facility_follows(ws, i)
                and not (w.initial and hit is None)
                # "PsyD Licensed Psychologist, MN License": a role and its state, no town
                and not (hit is None and _ROLE_ENDING.search(ws[end_j].low) is not None)
            ):
                yield self._hit(w.start, ws[end_j].end, 0.85, "before a state")
                done = end_j + 1
                continue
            if _REGION_NOUN_AFTER.match(text, ws[end_j].end) is None and (
                hit is None and _before_region(text, ws, i, end_j, lex)
            ):
                yield self._hit(w.start, ws[end_j].end, 0.7, "before a country or a region")
                done = end_j + 1
                continue
            found = (
                _listed_or_after_preposition(ws, i, end_j, hit, lex, prep=prep)
                # not "in Osaka prefecture", "the Cusco region", "Osaka Prefecture": a region
                if _REGION_NOUN_AFTER.match(text, ws[end_j].end) is None
                and not (end_j > i and ws[end_j].low in _REGION_NOUNS)
                and not (hit == i and _numbered_part(text, w, prep=prep))
                else None
            )
            if found is not None:
                done = yield from self._found(text, ws, i, found, lex)

    def _found(
        self, text: str, ws: tuple[Word, ...], i: int, found: tuple[int, float, str], lex: Lexicon
    ) -> Generator[Detection, None, int]:
        """Yield the place found from word *i*, and a place after it; return the next free word."""
        last, score, reason = found
        yield self._hit(ws[i].start, ws[last].end, score, reason)
        borough = _place_after_place(text, ws, last, lex)
        if borough is None:
            return last + 1
        yield self._hit(ws[last + 1].start, ws[borough].end, 0.7, _BOROUGH_REASON)
        return borough + 1

    def _neighbourhood_or_treatment(
        self, text: str, ws: tuple[Word, ...], i: int, end_j: int, hit: int | None
    ) -> tuple[int, list[Detection]] | None:
        """
        Take the run from word *i* to *end_j* as a neighbourhood, or pass it over as a treatment.

        A town named for a people is taken as well ("the clinic in Zuni, two days a week").

        Returns the index of the first word not taken and what was found, or ``None`` when
        the run is neither.
        """
        if ws[i].low in LANGUAGES_AND_PEOPLES and _town_of_a_people(text, ws, i):
            return i + 1, [self._hit(ws[i].start, ws[i].end, 0.75, "a town named for a people")]
        nxt = ws[end_j + 1] if end_j + 1 < len(ws) else None
        if nxt is not None and nxt.cap and is_space_gap(nxt.gap) and nxt.low in NOT_PLACE_WORDS:
            return end_j + 2, []  # "in Partial Hospitalization": a treatment
        if end_j == i or not _locative_before(ws, i) or facility_follows(ws, i):
            return None
        last = _neighbourhood_end(ws, i, end_j)
        if last is None or (hit is not None and hit >= last):
            return None
        reason = "neighbourhood after 'in' or 'at'"
        return last + 1, [self._hit(ws[i].start, ws[last].end, 0.7, reason)]

    def _hit(self, start: int, end: int, score: float, reason: str) -> Detection:
        return trusted_detection(
            start,
            end,
            PhiCategory.LOCATION,
            score,
            self.name,
            reason,
        )


# --------------------------------------------------------------------------- postal addresses

#: A postal code of many countries: a UK, Canadian or Dutch shape, or four to six digits (a
#: ZIP code, an Australian, German, French or Indian postcode).
_POSTAL_ANCHOR = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]"
    r"|[1-9][0-9]{3} ?[A-Z]{2}(?![A-Za-z])"  # a Dutch postcode: "3525 CK"
    r"|(?P<digits>[0-9]{4,6})(?:-[0-9]{4})?)(?![\w-]|[.,][0-9])"
)
#: Prepositions before a place written small: "in muncie", "from brisbane".
_SMALL_PLACE_PREPS = frozenset({"in", "from", "near", "outside", "across", "around"})


def _people_or_eponym_after(ws: tuple[Word, ...], i: int, j: int) -> bool:
    """A people's name ("a proud Yorta Yorta woman") or a method's ("the Clark and Wells model")."""
    if j + 1 >= len(ws):
        return False
    after = ws[j + 1]
    if after.low == "and" or after.gap == " & ":
        return eponym_pair_follows(ws, j)
    return after.low in PEOPLE_AFTER and names_a_people(ws, i, j)


def _unlisted_small_place(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i*, after "in" or "from", is a place of no list written small."""
    w = ws[i]
    prev = ws[i - 1].low
    return (
        (
            prev in {"in", "from", "around", "near", "outside"}
            # "based out of nhulunbuy", "the road to yirrkala", "drove to shepp"
            or (
                i >= 3
                and prev == "of"
                and ws[i - 2].low == "out"
                and ws[i - 3].low in _SMALL_PLACE_OUT_OF
            )
            or (i >= 2 and prev == "to" and ws[i - 2].low in _SMALL_PLACE_MOVES)
        )
        and not w.flags & (ENGLISH | WORD | GIVEN | FOREIGN | OTHER_STOP | GENERIC | SOFT_STOP)
        and len(w.low) >= 4
        and w.low.isalpha()
        and w.low not in FESTIVALS  # "around iftar and suhoor"
        and w.low not in SLANG_WORDS  # "drove to maccas"
        and w.low not in _SPECIALTIES  # "she was in resus at 3am"
        # "handover", "lockdown"; not "harehills", "govanhill": a place's ending
        and not (two_words(w.low) and not w.low.endswith(_COMPOUND_PLACE_ENDINGS))
        and not _misspelt(w.low)  # "in hopsital,", "in therpy."
        and _SMALL_PLACE_END.match(text, w.end) is not None
        and writes_lowercase(ws)
    )


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _misspelt(low: str) -> bool:
    """Tell whether *low* is one slip from an English word ("hopsital", "therpy")."""
    n = len(low)
    # swapped, lost or added; not changed ("byker" is a place, not "biker")
    variants = (
        [low[:k] + low[k + 1] + low[k] + low[k + 2 :] for k in range(n - 1)]
        + [low[:k] + low[k + 1 :] for k in range(n)]
        + [low[:k] + c + low[k:] for k in range(n + 1) for c in _LETTERS]
    )
    return any(len(v) >= 4 and is_dictionary_word(v) for v in variants)


#: Words before "to" and a place written small: "the road to yirrkala", "drove to" (not
#: "went to maccas", "go to tafe", "moved to fluvoxamine": a shop, a college, a medicine).
_SMALL_PLACE_MOVES = frozenset(
    {"road", "way", "flight", "flights", "bus", "train", "drive", "drove", "driving", "flew"}
    | {"fly", "flying", "relocated", "trip"}
)
#: Verbs before "out of" and a place written small: "based out of nhulunbuy" (not "dropped
#: out of polytech").
_SMALL_PLACE_OUT_OF = frozenset(
    {"based", "working", "work", "works", "operate", "operates", "operating", "run", "runs"}
)


#: The ends of the names of towns and their parts run together from words: "harehills".
_COMPOUND_PLACE_ENDINGS = ("hill", "hills", "field", "fields", "ford", "bridge", "burn", "brook")


#: What follows a place written small at the end of its phrase: "in govan, three years".
_SMALL_PLACE_END = re.compile(
    r"[,.;!?)]| and\b| but\b| here\b| now\b"
    # where and with whom: "up in townhill at 3am", "lives in moyross with her three kids"
    r"| at (?:[0-9]|night\b|the\b|home\b)| with (?:her|his|their|my|a|an|the)\b"
    # how long or how much: "in merthyr the whole time", "around harehills for six years"
    r"| for (?:\w+ )?(?:years?|months?|weeks?|ages|decades?)\b| the whole\b| since\b| these days\b"
)
#: A run of digits in a text's shape.
_DIGIT_RUN = re.compile(rb"0+")


def _postal_codes(text: str) -> Iterator[re.Match[str]]:
    """
    Find the matches of :data:`_POSTAL_ANCHOR` in *text*, as its ``finditer`` would.

    Every match has its first digit within two characters of its start, and that digit
    starts a run of digits: the pattern is tried only there, not at every character.
    """
    state = prepared(text)
    if not state.digits:
        return
    match = _POSTAL_ANCHOR.match
    tried = 0  # every start before this was tried, or lies inside a match
    for run in _DIGIT_RUN.finditer(state.shape):
        first = run.start()
        for p in range(max(tried, first - 2), first + 1):
            m = match(text, p)
            if m is not None:
                yield m
                tried = m.end()
                break
        else:
            tried = first + 1


#: A state's or province's abbreviation right before a postal code ("WA 6167", "ON K7L 3X9").
_REGION_BEFORE = re.compile(r"(?:,\s*)?\b[A-Z]{2,3}\s*$")
#: Words of a unit ("Flat 9", "Apt B", "Unit 407") and lowercase words inside an address of
#: another country ("12 bis rue des Tanneurs", "2. OG links", "2e étage", "Heol y Felin").
_UNIT_WORDS = frozenset(
    [
        "flat",
        "apt",
        "apt.",
        "apartment",
        "unit",
        "suite",
        "ste",
        "ste.",
        "floor",
        "fl",
        "fl.",
        "#",
    ]
)
_ADDRESS_PARTICLES = frozenset(
    [
        "bis",
        "ter",
        "rue",
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "y",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "van",
        "der",
        "den",
        "am",
        "an",
        "im",
        "links",
        "rechts",
        "og",
        "etage",
        "étage",
        "e",
        "floor",
        "via",
        "calle",
        "avenida",
        "rua",
        "strasse",
        "straße",
        # a floor and a door in Spain and Latin America: "3º izquierda", "piso 2"
        "izquierda",
        "izq",
        "izda",
        "derecha",
        "dcha",
        "piso",
        "planta",
        "puerta",
        "bajo",
        "esquerra",
        "dreta",
        "andar",
        "interno",
        "int",
        "scala",
        "of",
        "the",
        "and",
    ]
)
_HOUSE_NUMBER = re.compile(
    r"#?[0-9]+[A-Za-z]?(?:[/.-][0-9A-Za-z]+)?\.?|[0-9]+(?:st|nd|rd|th|e|º|ª|°)"
)
#: How far back from a postal code an address is looked for (characters).
_ADDRESS_REACH = 160


def _address_token(token: str) -> str | None:
    """Say what a token of an address is: "number", "word" (capitalised), "unit" or "other"."""
    if _HOUSE_NUMBER.fullmatch(token):
        return "number"
    low = token.casefold().rstrip(",")
    if low in _UNIT_WORDS:
        return "unit"
    if low in _ADDRESS_PARTICLES:
        return "other"
    if token[:1].isupper():
        return "word"
    return None


_ENDINGS = tuple(e for e in STREET_ENDINGS if not e.endswith("."))
#: Words that start a street's name in other languages: "Via", "Calle", "Rua".
_STREET_LEADS = frozenset(w.casefold() for w in STREET_WORDS)


def _address_before(text: str, end: int) -> int | None:
    """
    Return where an address ends at *end* begins, if the words before it make one.

    The comma-separated parts before *end* on its line are taken back while each is a few
    capitalised words, numbers, unit words and particles ("Flat 9, Harbourside Court, 41
    Gullimot Lane, Pellbrook-on-Sea"); a part with other words before ("moved in at Flat 9")
    gives its tail. The parts must hold a house number and a capitalised word.
    """
    line = text.rfind("\n", max(0, end - _ADDRESS_REACH), end) + 1
    window = text[max(line, end - _ADDRESS_REACH) : end]
    offset = end - len(window)
    parts = window.split(",")
    start: int | None = None
    street = False  # a house number beside a word: "27 Bottlebrush", "Flat 9", "Wiesengrund 12"
    pos = len(window)
    for parts_taken, part in enumerate(reversed(parts)):
        pos -= len(part)
        tokens = part.split()
        taken = 0
        kinds: list[str] = []
        for token in reversed(tokens):
            kind = _address_token(token)
            if kind is None or taken >= 6:
                break
            if kind == "number" and _YEAR_LIKE.fullmatch(token):
                kind = "other"  # "In 2019": a year, no house number
            kinds.append(kind)
            taken += 1
        if taken == 0:
            break
        # *kinds* runs backwards: ("word", "number") is "27 Bottlebrush", ("other", "number")
        # "12 bis rue", ("number", "unit") "Flat 9"; ("number", "word") "Wiesengrund 12" only
        # with another part of the address beside it.
        pairs = set(itertools.pairwise(kinds))
        street = (
            street
            or bool(pairs & {("word", "number"), ("other", "number"), ("number", "unit")})
            or (
                ("number", "word") in pairs
                # "Wrangelstraße 62": a street's own word needs no other part beside it
                and (
                    parts_taken >= 1
                    or any(t.casefold().endswith(_ENDINGS) for t in tokens)
                    or any(t.casefold() in _STREET_LEADS for t in tokens)  # "Via Lodi 27/B"
                )
            )
        )
        first = tokens[len(tokens) - taken]
        start = offset + pos + part.index(first) if taken == len(tokens) else None
        if taken < len(tokens):
            # the tail of a part after words of the sentence ("... housing at Flat 9")
            k = part.rfind(first)
            start = offset + pos + k
            break
        pos -= 1  # the comma
    if start is None or not street:
        return None
    return start


_YEAR_LIKE = re.compile(r"(?:19|20)[0-9]{2}")
#: A count after a number ("4000 people"): no postal code.
_COUNTED_AFTER = re.compile(r"\s+[a-z]")
#: Small words after a postal code that count nothing: "Footscray 3011 and it has".
_AND_AFTER = re.compile(r" (?:and|or|but|is|was|where|which|now|with)\b")
#: Up to three capitalised words right before a number, then a comma or not, or a dash between
#: spaces ("Chennai - 600004").
_CAPITALISED_RUN_BEFORE = re.compile(
    r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019-]* ){0,2}[A-Z][\w'\u2019-]*)(?:,? | [-\u2013] )$"
)
_TOWN_REASON = "postal code after a town"
#: One or two words written small after "in", "from" or "to", right before a number.
_SMALL_TOWN_BEFORE = re.compile(
    r"\b(?:in|from|to|at|near)[ \t]((?:[a-z][a-z'\u2019-]+ )?[a-z][a-z'\u2019-]+),? $"
)


def _town_before(text: str, start: int, digits: str) -> bool:
    """Tell whether a listed place's name ends right before the number *digits* at *start*."""
    if digits.endswith("000"):
        return False  # "Spokane 10000.": a round number is a count
    places = lexicon().places
    m = _CAPITALISED_RUN_BEFORE.search(text, max(0, start - 48), start)
    if m is None:
        # "in blacktown 2148": a listed town written small, no English word, after "in"
        small = _SMALL_TOWN_BEFORE.search(text, max(0, start - 48), start)
        return (
            small is not None
            and any(
                not word_flags(part) & (WORD | STOP | REGION) for part in small.group(1).split(" ")
            )
            and small.group(1).title() in places
        )
    words = m.group(1).split(" ")
    # the longest tail of the run that the place list holds: "Forest Hills", "Cabramatta"
    return any(" ".join(words[k:]) in places for k in range(len(words)))


@attrs.frozen
class PostalAddressDetector:
    """
    Find a postal address by its postal code, in the formats of many countries.

    From a postal code (UK, Canadian, or four to six digits after a place's name or a state's
    abbreviation), the comma-separated parts before it that read as an address ("Unit 4, 27
    Bottlebrush Parade, Quokka Heights WA 6167"), and the town after it ("34621
    Hohenwaldau"), are one place; the code is a postal code.

    .. versionadded:: 0.2.0
    """

    name: str = "postal-address"

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find postal addresses in *text*.

        Args:
            text: The text to scan.

        Yields:
            The address before a postal code, the code, and a town after it.
        """
        for m in _postal_codes(text):
            digits = m.group("digits")
            if digits is not None and _YEAR_LIKE.fullmatch(digits) is not None:
                continue
            if digits is not None and _COUNTED_AFTER.match(text, m.end()) is not None:
                # "Cabramatta 2166 and ...": a town's postcode before a small word; "Sydney
                # 4000 people": a count
                if _AND_AFTER.match(text, m.end()) is not None and _town_before(
                    text, m.start(), digits
                ):
                    yield trusted_detection(
                        m.start(), m.end(), PhiCategory.ZIP, 0.7, self.name, _TOWN_REASON
                    )
                continue
            before = text[max(0, m.start() - 8) : m.start()]
            region = _REGION_BEFORE.search(before)
            end = m.start() - (len(region.group()) if region is not None else 0)
            end = len(text[:end].rstrip(", \t"))
            start = _address_before(text, end)
            if start is None or start >= end:
                # "Nhulunbuy NT 0880": an Australian postcode after its state, no address
                if (
                    region is not None
                    and region.group().strip(", \t") in _AU_STATES
                    and (len(m.group()) == 4 and m.group().isdigit())
                ):
                    yield trusted_detection(
                        m.start(), m.end(), PhiCategory.ZIP, 0.75, self.name, _AU_REASON
                    )
                elif (
                    region is None and digits is not None and _town_before(text, m.start(), digits)
                ):
                    # "in Cabramatta 2166,": a postcode after a listed town
                    yield trusted_detection(
                        m.start(), m.end(), PhiCategory.ZIP, 0.7, self.name, _TOWN_REASON
                    )
                continue
            yield trusted_detection(start, end, PhiCategory.LOCATION, 0.8, self.name, _REASON)
            yield trusted_detection(
                m.start(), m.end(), PhiCategory.ZIP, 0.75, self.name, "postal code after an address"
            )
            town = _TOWN_AFTER.match(text, m.end())
            if town is not None:
                yield trusted_detection(
                    town.start(1),
                    town.end(1),
                    PhiCategory.LOCATION,
                    0.75,
                    self.name,
                    "town after a postal code",
                )


#: Words written small before a place that are part of what it names: "south London".
_COMPASS_SMALL = COMPASS_WORDS | {"inner", "outer", "greater", "downtown"}
_COMPASS_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(sorted(_COMPASS_SMALL)) + r") $", re.IGNORECASE
)


def _with_compass(text: str, d: Detection) -> Detection:
    """Return *d* with a compass word written small before it: "south London"."""
    m = _COMPASS_BEFORE.search(text, max(0, d.start - 10), d.start)
    if m is None or not text[m.start()].islower():
        return d
    return trusted_detection(m.start(), d.end, d.category, d.score, d.detector, d.reason)


#: One or two words written small alone in brackets: "(houston)", "(san antonio)".
_SMALL_IN_BRACKETS = re.compile(r"([a-z][a-z'\u2019-]+)(?: [a-z][a-z'\u2019-]+)?(?=\))")
#: A capitalised word right before a bracket: "Alief (houston)".
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*$")
_REASON = "address before a postal code"
_AU_REASON = "postcode after an Australian state"
#: The abbreviations of Australia's states and territories.
_AU_STATES = frozenset({"NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT", "ACT", "Vic", "Qld", "Tas"})
#: A town after a postal code ("34621 Hohenwaldau", "69007 Saint-Aubin-des-Prés"), up to the
#: end of the clause.
_TOWN_AFTER = re.compile(
    r" ((?:[A-Z][\w'-]*)(?: (?:(?:de|del|de la|do|da|di|sur|en|am|an|upon|on) )?[A-Z][\w'-]*){0,3})"
    r"(?=[.,;:!?)]|\s*$|\n)"
)


def detectors() -> list[PatternDetector | PlaceDetector | PostalAddressDetector]:
    """
    Build the detectors of places.

    Returns:
        The ``address`` and ``place`` detectors.
    """
    return [
        PatternDetector(
            name="address",
            rules=[
                *POSTAL_CODE_RULES,
                _ZIP_ADDRESS,
                _POSTCODE_AFTER_TOWN,
                _POSTCODE_PT,
                _STREET,
                _STREET_NUMBERED,
                _STREET_SUFFIXED,
                _STREET_FOREIGN,
                _STREET_FOREIGN_SMALL,
                _STREET_BALTIC,
                _NEIGHBOURHOOD_NAMED,
                _NEIGHBOURHOOD_AFTER_WORD,
                _STREET_GERMANIC,
                _STREET_NUMBERED_GERMANIC,
                _STREET_GERMAN_PREPOSITION,
                _POSTCODE_AFTER_GERMANIC_STREET,
                _ARTICLE_PLACE,
                _STREET_TYPE_SMALL,
                _SHORT_TOWN,
                _TOWN_INITIALS,
                _LITTLE_COUNTRY,
                _WARD,
                _WARD_CAPS,
                _WARD_FIELD,
                _WARD_BED,
                _QUARTER,
                _PEOPLES_QUARTER,
                _MARKET_QUARTER,
                _LINKED_NAME,
                _FEATURE_OF_PLACE,
                _ZONE,
                _PATCH,
                _PLACE_BASED,
                _ADDRESS_FIELD,
                _SIDE_OF,
                _FORT,
                _PO_BOX,
            ],
        ),
        PlaceDetector(),
        PostalAddressDetector(),
    ]
