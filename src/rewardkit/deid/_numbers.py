"""
Numbers: social security, record, plan, account, licence, device and vehicle numbers.

Also other ids, postal codes and ages over 89.

Detectors: ``ssn``, ``id-number`` and ``age-over-89``; the postal-code rules
(:data:`POSTAL_CODE_RULES`) belong to the ``address`` detector of :mod:`._places`.

Most rules here start from the runs of digits of a text, found once in its shape (a text
without digits costs them almost nothing), and read the words just before a number to tell
what it is: ``member ID (TX88...)`` is a health-plan number, ``chart still says 0073...`` a
medical record number, ``the last four of her SSN 4821`` part of a social security number.
The cue words and their categories are listed once, in :data:`ID_CUES`.
"""

from __future__ import annotations

import functools
import re
import string

import attrs

from rewardkit.story import PhiCategory

from ._engine import PatternDetector, Rule, digits, lazy, prepared, word_anchor
from ._lexicon import (
    FUNCTION_WORDS,
    GIVEN,
    HOTLINES,
    KINSHIP_WORDS,
    LANGUAGES_AND_PEOPLES,
    MONTHS,
    PERSON_NOUNS,
    POSTAL_CODE_INITIALS,
    PRODUCTS_RUN_TOGETHER,
    REGION,
    SPELLED_TEENS,
    SPELLED_UNITS,
    STOP,
    TITLE,
    WEEKDAYS,
    WORD,
    ZIP_WORDS,
    alternation,
    hotline_before,
    lexicon,
    states,
    word_flags,
    word_set,
)
from ._normalize import nfc

__all__ = ["ID_CUES", "POSTAL_CODE_RULES", "detectors"]

_I = re.IGNORECASE
C = PhiCategory

# Every run of digits, in the shape (one hit per run).
_DIGITS = re.compile(rb"00*")
_TOKEN_CHARS = frozenset(string.ascii_letters + string.digits + "-/")


def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# --------------------------------------------------------------------------- cue words

#: The words before a number that tell what it is, by category (lowercase; a phrase is
#: several words, as the text is cut into words: letters and digits joined by hyphens,
#: slashes and apostrophes make one word, ``#`` is a word of its own).
ID_CUES: dict[PhiCategory, str] = {
    C.SSN: """
        ssn | ss # | ss no | ss number | ssn # | social | social security | social sec
        | social security number | social security no | social security # | soc sec
        | social insurance number | sin number | national insurance number | ni number | nino
        | pps number | ppsn | itin | tax file number | tfn
    """,
    C.MRN: """
        mrn | mrn # | mr # | mr no | m.r.n | medical record | medical record number
        | medical records number | medical record no | medical record # | med rec | med record
        | medical rec | chart | chart number | chart no | chart # | patient id | patient number
        | patient # | patient no | pt id | pt # | pt number | hospital number | hospital no
        | hospital id | record number | record no | record # | wristband | wristband number
        | wristband id | armband | arm band | id band | hospital band | emr | emr number | ehr
        | health record number | unit number | encounter number | csn | mpi | patient
        | pt | patient label | hospital bracelet | record | nhi | nhi number | uhid | uhid no
        | uhid number | opd no | opd number | op no | op number | ficha | ficha clínica
        | historia clínica | prontuário | prontuario
    """,
    C.HEALTH_PLAN_ID: """
        member id | member number | member no | member # | member | subscriber
        | subscriber id | subscriber number | subscriber no | policy | policy number
        | policy no | policy # | insurance id | insurance number | insurance # | insurance card
        | insurance | medicaid | medicaid id | medicaid number | medicaid # | medicaid card
        | medicare | medicare id | medicare number | medicare # | medicare card | medi-cal
        | medi-cal id | bic | cin | mbi | beneficiary | beneficiary id | beneficiary number
        | plan id | plan number | health plan id | health plan number | group number | group #
        | nhs number | nhs no | chi number | health card | health card number | ohip
        | ohip number | tricare id | benefits card | medical card | gms | affiliation
        | affiliation number
    """,
    C.ACCOUNT_NUMBER: """
        account | account number | account no | account # | acct | acct # | acct no | a/c
        | bank account | checking account | savings account | checking | savings | commissary
        | commissary account | billing account | pharmacy account | card | card number
        | card no | card # | credit card | debit card | ebt | ebt card | routing
        | routing number | iban | sort code | loan number | customer number | customer id
        | customer # | library card
    """,
    C.LICENSE_NUMBER: """
        license | licence | license number | license # | license no | licence number
        | licence no | driver's license | drivers license | driver license | driver's licence
        | drivers licence | driving licence | dl | dl # | dl number | lic | lic # | lic no
        | npi | npi number | dea | dea number | dea # | cdl | certificate number | certification
        | certification number | cert | cert # | permit | permit number | registration
        | registration number
        | rn | lpn | lvn | np | aprn | lcsw | licsw | lmsw | lsw | lisw | lpc | lpcc | lpc-s
        | lmhc | lmft | lcpc | lcmhc | lcadc | cadc | ladc | casac | psy | bcba
        | cpsp | cédula profesional | nº colegiado | coren | cress
    """,
    C.VEHICLE_ID: """
        plate | plates | license plate | licence plate | plate number | plate # | plate no
        | tag number | tags | vin | vin # | vin number | vehicle id | vehicle identification
        number | reg | reg number | registration plate | number plate | car registration
        | vehicle registration | vanity plate | kenteken | kennzeichen | matrícula | matricula
        | targa | placa | immatriculation | plaque
    """,
    C.DEVICE_ID: """
        serial | serials | serial number | serial no | serial # | s/n | sn | imei
        | imei number | meid | iccid | device id | device number | asset tag | asset number
        | asset # | asset id | pump id | pump serial | implant id | mac address | udi | sim card
    """,
    C.OTHER_ID: """
        case | case number | case # | case no | case id | case file | cause number | docket
        | docket number | docket no | docket # | claim | claim number | claim # | claim no
        | file | file number | file # | file no | reference | reference number | ref | ref #
        | ref no | booking | booking number | booking # | inmate | inmate number | inmate #
        | inmate id | doc | doc number | doc # | doc id | cdcr | cdcr # | offender id
        | offender number | prisoner number | student id | student number | student #
        | employee id | employee number | employee # | badge | badge number | badge #
        | a-number | a # | alien number | alien registration number | uscis number
        | receipt number | passport | passport number | visa number | confirmation number
        | confirmation # | ticket number | order number | order # | tracking number
        | referral number | identification number | state id | id card | green card
        | voter id | military id | dod id | tax id | register number | sevis id | ticket
        | confirmation | tracking | sid | fbi number | jail id | student | employee | locker
        | locker number | key card | keycard | az | aktenzeichen | geschäftszeichen | dossier
        | dossiernummer | expediente | processo
    """,
}
# Words that name a number without saying which: the category comes from a cue before them,
# or is OTHER_ID.
_GENERIC_CUES = frozenset({"number", "no", "num", "nbr", "#", "id", "id #", "id number", "id no"})
# Cues that are also everyday words: a bare number after them needs five digits or a "#",
# "number" or "ending" between.
_WEAK_CUES = word_set("""
    chart member subscriber policy insurance account checking savings card license licence
    certification permit plate plates reg case claim file reference booking inmate doc badge
    passport patient pt social serial serials dl rn np sn cert ref ticket confirmation
    tracking sid record student employee locker registration ficha prontuário prontuario
    """)
# Weak cues after which four digits are enough ("badge 7731", "locker 2204").
_FOUR_DIGIT_CUES = word_set("badge locker registration license licence")
# Cues after which only a number of nine digits (or the last four) is an SSN.
_SSN_SHORT = frozenset({"social", "sin number", "itin", "tfn", "nino"})


# Words after a cue that still name the same number: "patient id #", "claim id", "cause no".
_CUE_ENDINGS = ("#", "no", "number", "num", "id")


def _phrases() -> dict[str, PhiCategory | None]:
    table: dict[str, PhiCategory | None] = {}
    for category, listed in ID_CUES.items():
        for raw in listed.split("|"):
            phrase = " ".join(raw.split())
            for ending in ("", *_CUE_ENDINGS):
                table.setdefault(f"{phrase} {ending}".strip(), category)
                table.setdefault(f"{phrase} {ending} #".strip(), category)
    table.update(dict.fromkeys(_GENERIC_CUES))
    return table


_PHRASES = _phrases()


def _ending_in() -> dict[str, int]:
    """Return the longest cue phrase (in words) that ends in each word."""
    table: dict[str, int] = {}
    for phrase in _PHRASES:
        last = phrase.rsplit(" ", 1)[-1]
        table[last] = max(table.get(last, 0), phrase.count(" ") + 1)
    return table


# No word but these ends a cue phrase.
_ENDING_IN = _ending_in()
_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019/.-][a-z0-9]+)*|[#:(),.;!?=\n/)]")
#: Cue words written with accents, read as the cue lists write them: "código postal".
_ACCENTED_CUES = (("código", "codigo"), ("matrícula", "matricula"), ("número", "numero"))
# Words between a cue and its number that change nothing.
_FILLERS = word_set("""
    : ( , = is was are were reads read says said shows showed of on in the her his their my
    your our its a an new old current ending ends end last four 4 digits digit with at as be
    to for just still also
    """)
# Words that say the number is the last digits of a longer one.
_LAST_DIGITS = frozenset({"ending", "ends", "end", "last"})
# Abbreviations that a full stop ends without ending the sentence.
_ABBREVIATED = frozenset(
    {"no", "num", "nbr", "ref", "lic", "acct", "reg", "pt", "med", "rec", "dr", "st", "ins"}
    | {c.lower().rstrip(".") for c in POSTAL_CODE_INITIALS}
)
_SENTENCE_ENDS = frozenset(".;!?\n)")
# Words that join the numbers of a list ("serials HA22-7194L / HA22-7195R").
_LIST_WORDS = word_set("/ , and & or")
# How many ordinary words may stand between a cue and a number that looks like an id.
_LOOSE_WORDS = 5


@attrs.frozen
class _Cue:
    """What the words before a number say about it."""

    category: PhiCategory | None  # None: only a generic cue ("number", "#")
    phrase: str
    strict: bool  # nothing but filler words between the cue and the number
    last_digits: bool  # "ending in", "last four": the number is the end of a longer one


def _tokens_before(text: str, start: int, width: int = 72) -> list[str]:
    """Return the words and signs in the *width* characters before *start*, lowercased."""
    begin = max(0, start - width)
    window = text[begin:start].lower().replace("\u2019", "'")
    for accented, plain in _ACCENTED_CUES:
        if accented in window:
            window = window.replace(accented, plain)
    found = _TOKEN.findall(window)
    if begin and found and text[begin - 1].isalnum():
        del found[0]  # a word cut by the window
    # The full stop of an abbreviation is no word: "Pt. ID", "Acct. no. 7720".
    return [t for i, t in enumerate(found) if not (t == "." and i and found[i - 1] in _ABBREVIATED)]


def _phrase_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """Return the longest cue phrase that ends at ``tokens[i]``, and its length in words."""
    longest = _ENDING_IN.get(tokens[i])
    if longest is None:
        return None  # the usual case
    for n in range(min(longest, i + 1), 0, -1):
        phrase = " ".join(tokens[i - n + 1 : i + 1])
        if phrase in _PHRASES:
            return phrase, n
    return None


#: Cues written short with a full stop before their number.
_DOTTED_CUES = frozenset({"az", "ref", "no", "nr", "lic", "acct", "reg"})


class _Walk:
    """The walk back from a number over the words before it, to its cue."""

    __slots__ = ("crossed", "generic", "last_digits", "skipped")

    def __init__(self) -> None:
        self.skipped = 0  # ordinary words passed over
        self.crossed = False  # a sentence end passed over (after a generic cue only)
        self.generic: str | None = None  # a generic cue passed over ("number", "#")
        self.last_digits = False  # "ending", "last": the number ends a longer one

    def passes(self, words: list[str], i: int) -> bool:
        """Tell whether the walk goes on past ``words[i]``, which is no cue."""
        word = words[i]
        if word in _FILLERS or word in _LIST_WORDS:
            self.last_digits = self.last_digits or word in _LAST_DIGITS
            return True
        if word == "." and i and words[i - 1] in _DOTTED_CUES:
            return True  # "Az. 31-1187/22", "ref. 4471": the dot of an abbreviation
        if word in _SENTENCE_ENDS:
            # "his driver's license. Number P412-...": one full stop after a generic cue.
            go_on = self.generic is not None and not self.crossed and word != ")"
            self.crossed = True
            return go_on
        if len(word) >= 3 and _count_digits(word) >= 3:
            return self.skipped == 0  # a number before it in a list, or another's cue
        self.skipped += 1
        return self.skipped <= _LOOSE_WORDS

    def cue(self, category: PhiCategory | None, phrase: str) -> _Cue:
        return _Cue(category, phrase, self.skipped == 0 and not self.crossed, self.last_digits)


def _find_cue(words: list[str]) -> _Cue | None:
    """Walk back from the end of *words* to the nearest cue that names a category."""
    walk = _Walk()
    i = len(words) - 1
    while i >= 0:
        found = _phrase_at(words, i)
        if found is None:
            if not walk.passes(words, i):
                break
            i -= 1
            continue
        phrase, n = found
        category = _PHRASES[phrase]
        if category is not None:
            before = words[max(0, i - n - 4) : i - n + 1]
            if "last" in before and ("four" in before or "4" in before):
                walk.last_digits = True
            return walk.cue(category, phrase)
        walk.generic = walk.generic or phrase
        i -= n
    return None if walk.generic is None else walk.cue(None, walk.generic)


def _cue(text: str, start: int) -> _Cue | None:
    """Return the cue before the number at *start* (worked out once per number and text)."""
    found = prepared(text).found
    key = ("cue", start)
    if key not in found:
        found[key] = _find_cue(_tokens_before(text, start))
    return found[key]  # type: ignore[return-value]


# --------------------------------------------------------------------------- what a number is


def _count_digits(value: str) -> int:
    return sum(map(str.isdigit, value))


# Tokens that are never ids: a year, an ordinal, a dose or a measure.
_NOT_ID = re.compile(
    r"(?:19|20)\d\d|\d+(?:st|nd|rd|th)"
    # (a measure has few digits: "00719283X" is a member's id, "3x" a count)
    r"|\d{1,5}(?:mg|mcg|ml|g|kg|lbs?|am|pm|k|x|s|min|mins|hrs?|yo|yr|yrs|m|km|mi|ft|cm)",
    _I,
)
# Dates and ratios: "3/14/2024", "12-31-24", "2024-03-15", "24/7" (the date detector's).
_DATE_SHAPE = re.compile(
    r"(?P<a>\d{1,2})[/-](?P<b>\d{1,2})(?:[/-]\d{2,4})?|\d{4}-(?P<c>\d{1,2})-(?P<d>\d{1,2})"
)


def _date_like(value: str) -> bool:
    m = _DATE_SHAPE.fullmatch(value)
    if m is None:
        return False
    if m.group("a") is None:
        return 1 <= int(m.group("c")) <= 12 and 1 <= int(m.group("d")) <= 31
    a, b = int(m.group("a")), int(m.group("b"))
    if "/" in value and "-" not in value:
        return True  # a date or a ratio ("24/7")
    return 1 <= min(a, b) <= 12 and 1 <= max(a, b) <= 31


_PHONE_SHAPE = re.compile(r"(?:1-)?(?:\d{3}-)?\d{3}-\d{4}")
_MONEY_BEFORE = frozenset("$\u20ac\u00a3\u00a5")
_UNIT_AFTER = re.compile(
    r"\s*(?:%|(?:percent|dollars|bucks|usd|euros|pounds|people|steps|words|calories|times"
    r"|miles|km|feet|views|followers|members|hours|minutes|days|weeks|months|years)\b)",
    _I,
)


def _plain(value: str, text: str, start: int, end: int, *, year: bool = False) -> bool:
    """Tell whether *value* may be an id: no amount, measure, date or (unless *year*) year."""
    if (_NOT_ID.fullmatch(value) and not (year and value.isdigit())) or _date_like(value):
        return False
    if start and text[start - 1] in _MONEY_BEFORE:
        return False
    return _UNIT_AFTER.match(text, end) is None


def _strong_id(value: str) -> bool:
    """Tell whether *value* looks like an id even with words between it and its cue."""
    n = _count_digits(value)
    if any(c.isalpha() for c in value):
        return n >= 4
    return n >= 6 or (n >= 5 and ("-" in value or "/" in value))


def _hash_between(text: str, start: int) -> bool:
    """Tell whether ``#``, ``no.`` or ``number`` stands just before the number at *start*."""
    before = text[max(0, start - 12) : start].lower().rstrip(" (:")
    return before.endswith(("#", "no.", "no", "number", "num", "nbr"))


#: Capitals just before a number, the letters of its issuer: "licence RCC 14072", "licence
#: CPsP 31874" (two capitals at least).
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,4}) #?$")


def _after_acronym(text: str, start: int) -> int:
    """Return where the cue of the number at *start* is looked for: before its issuer's capitals."""
    m = _ACRONYM_BEFORE.search(text, max(0, start - 8), start)
    if m is None or sum(c.isupper() for c in m.group(1)) < 2 or m.group(1).lower() in _ENDING_IN:
        return start  # no capitals, or capitals that are a cue: "MRN 4002"
    return m.start()


#: Single digits joined by hyphens: a countdown ("the 5-4-3-2-1 exercise"), no id.
_COUNTDOWN = re.compile(r"[0-9](?:-[0-9])+")


def _id_category(m: re.Match[str], text: str) -> PhiCategory | None:
    """The category of a number after a cue word (``None``: not an id, or an SSN)."""
    start, end = m.span("id")
    return _id_category_at(m.group("id"), start, end, text, _after_acronym(text, start))


#: A span of years: "2024-2025", "2023-24", "2019/20".
_YEAR_SPAN = re.compile(r"(?:19|20)[0-9]{2}[-/\u2013](?:(?:19|20)[0-9]{2}|[0-9]{2})")


def _id_category_at(value: str, start: int, end: int, text: str, cue_at: int) -> PhiCategory | None:
    """The category of the number *value* at *start*, its cue looked for before *cue_at*."""
    n = _count_digits(value)
    if n < 3 or not _plain(value, text, start, end, year=True) or _COUNTDOWN.fullmatch(value):
        return None  # too short, an amount or a year; "the 5-4-3-2-1 exercise"
    cue = _cue(text, cue_at)
    if cue is None or cue.category is C.SSN:
        return None  # no cue; or an SSN, the ssn detector's
    if (cue.category is None or cue.phrase in _WEAK_CUES) and _YEAR_SPAN.fullmatch(value):
        return None  # "la ficha de inscripción 2024-2025", "case 2023-24": a span of years
    if cue.strict:
        need = 3
        if value.isdigit() and (cue.category is None or cue.phrase in _WEAK_CUES):
            # An everyday word, then a short number: "case 412", "chart 2".
            short = cue.last_digits or cue.phrase in _FOUR_DIGIT_CUES
            need = 4 if short or _hash_between(text, start) else 5
        fits = n >= need
    else:
        # "her account, the one ending in 6630": the last digits, said to be so
        fits = _strong_id(value) or (cue.last_digits and value.isdigit() and n >= 4)
    if (
        not fits
        or (not cue.last_digits and not _plain(value, text, start, end))
        or ((cue.category is None or not cue.strict) and _PHONE_SHAPE.fullmatch(value))
    ):
        return None  # too short; a year; a phone number after "number" or near a cue
    return cue.category or C.OTHER_ID


def _bare_id(m: re.Match[str], text: str) -> PhiCategory | None:
    """An id by its shape alone: seven digits or more, or capitals and five digits or more."""
    start, end = m.span("id")
    return _bare_id_at(m.group("id"), start, end, text)


def _bare_id_at(value: str, start: int, end: int, text: str) -> PhiCategory | None:
    """The category of *value* at ``[start, end)`` as an id by its shape alone."""
    n = _count_digits(value)
    if value.isdigit():
        shaped = n >= 7 and not value.endswith("00000") and value not in HOTLINES
    elif any(c.isupper() for c in value):
        shaped = n >= 5
    else:
        # digits in groups joined by hyphens: "0617-44823", "02-051234567-8" (not a phone
        # number, a date or a span of years)
        shaped = n >= 8 and _joined_digits(value)
    if not shaped or not _plain(value, text, start, end) or _cue(text, start) is not None:
        return None  # not an id; or the cue rule's
    if (
        value.startswith(_FREE_PREFIXES_JOINED) or text[max(0, start - 5) : start] in _FREE_PREFIXES
    ) and hotline_before(text, start):
        return None  # "gratis 0800-0113", "kostenlos: 0800 1110111": a free line, everyone's
    return C.OTHER_ID


def _bare_issuer_category(m: re.Match[str], text: str) -> PhiCategory | None:
    """
    An id by its shape alone with its issuer's capitals before it: "PN 6641207".

    Not capitals that are a cue, a word, a state ("MRN 4002", "ON 4417002", "NY 10001") or
    an abbreviation with a dot.
    """
    pre = m.group("pre")
    letters = pre.rstrip(" #")
    if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
        return None
    if (
        letters in _NOT_ISSUERS
        or letters in _KINDS_OF_NUMBER
        or letters.lower() in _ENDING_IN
        or word_flags(letters) & WORD
        or letters in states().abbreviations
        or _cue(text, m.start("id")) is not None
    ):
        return None
    start, end = m.span("tok")
    return _bare_id_at(m.group("tok"), start, end, text)


def _joined_digits(value: str) -> bool:
    """Tell whether *value* is digits in groups joined by hyphens that no phone number has."""
    groups = value.split("-")
    if not all(g.isdigit() for g in groups) or len(groups) < 2:
        return False
    sizes = [len(g) for g in groups]
    if sizes in ([3, 3, 4], [3, 4], [1, 3, 3, 4], [3, 2, 4]):
        return False  # a phone number's or an SSN's (their own rules')
    # "1998-2004", "2019-20": years
    return not (len(groups) == 2 and all(_YEAR.fullmatch(g) for g in groups))


_YEAR = re.compile(r"(?:19|20)[0-9]{2}|[0-9]{2}")


_ID_TOKEN = lazy(
    r"(?<![\w/-])(?<![0-9][.,])(?=(?:[A-Z/-]*[0-9]){3})(?P<id>[A-Z0-9](?:[A-Z0-9/-]*[A-Z0-9])?)"
    r"(?![\w-]|[.,][0-9])",
    _I,
)

# Words near a code that make it a device's: "always on CL-LT-0447 (the same laptop)".
_DEVICE_WORDS = word_set("""
    laptop laptops tablet tablets device devices computer computers pc desktop chromebook ipad
    phone monitor pump machine workstation terminal scanner printer router serial asset
    """)


def _coded_id(m: re.Match[str], text: str) -> PhiCategory | None:
    """
    A code of capitals in two or more groups and three or more digits: "CL-LT-0447".

    Clinical codes have one hyphen ("PHQ-9", "COVID-19") or end in letters ("ICD-10-CM",
    "DSM-5-TR"), so they never take this shape.
    """
    start, end = m.span("id")
    if _cue(text, start) is not None:
        return None  # the cue rule's
    near = _TOKEN.findall(text[max(0, start - 48) : end + 64].lower())
    return C.DEVICE_ID if _DEVICE_WORDS.intersection(near) else C.OTHER_ID


_ID_CODED = Rule(
    category=C.OTHER_ID,
    pattern=lazy(r"(?<![\w-])(?P<id>[A-Z]{1,5}(?:-[A-Z]{1,5})+-[0-9]{3,8})(?![\w-]|[.,][0-9])"),
    score=0.7,
    reason="code of capitals in groups and three or more digits",
    category_of=_coded_id,
    anchor=_DIGITS,
    back=string.ascii_uppercase + "-",
)

#: Capitals before three digits that are a body's, a currency's or a scale's, no area's.
_NOT_PLATE_AREAS = frozenset(
    {"NHS", "BBC", "CBT", "DBT", "USD", "GBP", "EUR", "NGN", "KES", "ZAR", "GHS", "ICD", "DSM"}
    | {"PHQ", "GAD", "MRN", "SSN", "DOB", "PIN", "VIN", "REF", "FAX", "TEL", "MOB", "APT"}
    # a course's: "PSY 101", "ENG 101"
    | {"PSY", "BIO", "ENG", "SOC", "ICU", "MAT", "CHE", "PHY", "HIS", "ECO", "NUR", "CSC"}
)
#: Capitals after the digits that are a country's, a time's or an answer's.
_NOT_PLATE_SERIES = frozenset({"UK", "US", "TV", "OK", "AM", "PM", "EU", "UN", "ID", "NO"}) | {
    # a course's or a ward's role after its number: "PSY 101 TA", "ICU 101 RN"
    *("TA", "IN", "RN", "MD", "OT", "PT", "HR", "IT", "ON", "AT", "OR", "TO", "OF", "IS"),
    *("BA", "BS", "MA", "MS", "GP", "ED", "ER", "QA"),
}
#: Words for things numbered by a number written close after them: "room101", "covid19".
_NUMBERED_CLOSE = word_set(
    "covid sars windows win iphone ipad galaxy pixel xbox playstation vitamin omega office python"
    " ios android gen room rm ward bed bay level year grade phase stage tier flight route gate unit"
    " block floor flat apt suite locker box lot zone area platform terminal pod bus line channel"
    " exit highway series season episode version model step week day page chapter section part"
    " vol track row seat round game team group top type class form"
)


def _letters_and_digits(m: re.Match[str], text: str) -> PhiCategory | None:
    """
    A word of letters and digits run together, as a handle, a plate or a code is written.

    "quietfox77", "k9lover2a", "GR8FUL1"; not a thing or a product and its number
    ("covid19", "room101", "GoPro7"), nor words numbered in turn ("item10, item11"). Written
    small, a handle; in capitals with a digit written for a letter, an id.
    """
    value = m.group("id")
    head = _LEADING_LETTERS.match(value)
    if head is not None and (
        head.group().lower() in _NUMBERED_CLOSE or head.group() in PRODUCTS_RUN_TOGETHER
    ):
        return None  # "covid19", "Ward7B", "Windows10", "GoPro7"
    if head is not None and _numbered_in_turn(text, head.group(), m.start("id")):
        return None  # "word10 word11 word12": things numbered in turn
    if _cue(text, m.start("id")) is not None:
        return None  # "his NHI, ZJK4417": the cue rule's
    if any(c.islower() for c in value):
        return C.USERNAME
    # in capitals, only digits written for letters ("GR8FUL1"); the id rules read codes of
    # capitals and digits ("ZJK4417", "AB12CDE") with what stands around them
    return C.OTHER_ID if _DIGITS_FOR_LETTERS.search(value) else None


def _numbered_in_turn(text: str, head: str, start: int) -> bool:
    """Tell whether *head* stands near *start* before another number: "item1 ... item2"."""
    begin = max(0, start - 200)
    for other in re.finditer(rf"\b{re.escape(head)}[0-9]", text[begin : start + 200]):
        if begin + other.start() != start:
            return True
    return False


_LEADING_LETTERS = re.compile(r"[A-Za-z]+(?=[0-9])")
#: A digit between capitals, one of three or more, as a vanity plate writes "GR8FUL".
_DIGITS_FOR_LETTERS = re.compile(r"[A-Z]{2}[0-9][A-Z]{2}")
_LETTERS_AND_DIGITS = Rule(
    category=C.OTHER_ID,
    pattern=lazy(
        r"(?<![\w@./#:&+=%$-])(?P<id>(?=[A-Za-z0-9_]*[A-Za-z]{3})(?=[A-Za-z0-9_]*[0-9])"
        r"[A-Za-z][A-Za-z0-9_]{4,}[A-Za-z0-9])(?![\w@/&=%-]|\.[A-Za-z0-9])"
    ),
    score=0.6,
    reason="letters and digits run together, as a handle or a code",
    category_of=_letters_and_digits,
    anchor=_DIGITS,
    back=string.ascii_letters + string.digits + "_",
)
_ENDING_IN_DIGITS = Rule(
    category=C.OTHER_ID,
    # "it says here... ending in 6280...": the last four digits of a longer number, said to be
    # so, with no cue before them (with a cue, the cue's rule tells what number it ends)
    pattern=lazy(
        r"\b(?:ending|ends)[ \t]+(?:in|with)[ \t]+(?:\.{3}|\u2026)?[ \t]*"
        r"(?P<id>[0-9]{4})(?![\w/-]|[.,][0-9])"
    ),
    score=0.6,
    reason="four digits said to end a longer number",
    check=lambda m, _t: m.group("id")[:2] not in {"19", "20"},  # "a decade ending in 1999"
    words=("ending", "ends"),
)
_CASE_OF_YEAR = Rule(
    category=C.OTHER_ID,
    # "Criminal Case No. 212 of 2021", "Suit No. 45 of 2019": a court's number and its year
    pattern=lazy(
        r"\b(?:case|suit|petition|appeal|application|complaint|cause|matter|FIR)[ \t]+"
        r"(?:No\.?|Nr\.?|Number|#)[ \t]*(?P<id>[0-9]{1,6}[ \t]+of[ \t]+(?:19|20)[0-9]{2})\b",
        _I,
    ),
    score=0.9,
    reason="a court's case number and its year",
    # a number, "of" and a year: most texts hold none
    trigger=re.compile(rb"0[ \t]+aa[ \t]+0000"),
    words=("of",),
    keywords=(
        *("case", "suit", "petition", "appeal", "application", "complaint", "cause", "matter"),
        "fir",
    ),
)
_ID_CUE = Rule(
    category=C.OTHER_ID,
    pattern=_ID_TOKEN,
    score=0.9,
    reason="number after a record-number cue word",
    category_of=_id_category,
    anchor=_DIGITS,
    back=_TOKEN_CHARS,
)
#: The issuer's letters before a number after a cue: "licence no. ET 418827", "(PrDP
#: 60417723)", "reference OB 117/06/2022", "the file (#2022-SC-04417)".
_ISSUER_ID_TOKEN = lazy(
    r"(?<![\w/-])(?P<id>(?P<pre>#|[A-Z][A-Za-z0-9]{0,4}(?: #?|\.))"
    r"(?P<tok>(?=(?:[A-Z/-]*[0-9]){3})[0-9][A-Z0-9/-]*[A-Z0-9]))(?![\w-]|[.,][0-9])"
)
#: Capitals before a number that are a cue or a word, not its issuer's: "MRN 4002".
_NOT_ISSUERS = frozenset(
    {"ID", "NO", "NR", "MRN", "SSN", "DOB", "PIN", "VIN", "REF", "NHS", "NI", "MR", "I"}
    | {"IS", "IT", "IN", "ON", "AT", "OF", "TO", "OR", "AN", "AM", "PM", "BY", "MY", "AS"}
)
#: Police and court registers that number their entries by the year: a First Information
#: Report, a Non-Cognizable Report, a Community Service Register, a General Diary, an
#: Occurrence Book, a criminal case.
_REGISTERS = frozenset({"FIR", "NCR", "CSR", "GD", "OB", "CRL", "DD", "CR"})
#: A file's cue a few words before its number: "a missing person report, CSR 412/2023".
_REGISTER_CUE_BEFORE = re.compile(
    r"\b(?:report|case|complaint|file|reference|register|entry|diary|petition|docket)\b"
    r"[^.;:!?\n]{0,12}$",
    re.IGNORECASE,
)


#: Capitals before a number and a year that are a cue's, a scale's or a body's: "PHQ 9/2021".
_NOT_REGISTERS = _NOT_ISSUERS | _NOT_PLATE_AREAS


def _register_number_ok(m: re.Match[str], text: str) -> bool:
    """A register's number and year: known letters, or a file's cue before; not a year range."""
    letters, number = m.group("id").split()
    if _YEAR.fullmatch(number.split("/")[0]) or letters in _NOT_REGISTERS:
        return False  # "FY 2022/2023", "AY 2021/2022"; "PHQ 9/2021"
    return (
        letters in _REGISTERS
        or _REGISTER_CUE_BEFORE.search(text, max(0, m.start() - 32), m.start()) is not None
    )


_REPORT_OF_YEAR = Rule(
    category=C.OTHER_ID,
    # "a missing person report, CSR 412/2023", "FIR 212/2021 was filed": a register's
    # capitals, its number and the year, as police stations and courts number their files
    pattern=lazy(r"(?<![\w/-])(?P<id>[A-Z]{2,5} [0-9]{1,6}/(?:19|20)[0-9]{2})(?![\w/-]|[.,][0-9])"),
    score=0.8,
    reason="a register's letters, a number and its year",
    check=_register_number_ok,
    anchor=re.compile(rb"A{2,5} 0{1,6}/0000"),
)
#: Capitals that say what kind of number follows, without a cue word before them: "(UR
#: 4471902)", "CEP 01325-000"; the number alone is the id.
_KINDS_OF_NUMBER = frozenset(
    {"UR", "URN", "CEP", "NHI", "CHI", "PPS", "PPSN", "SIN", "TFN", "IRD", "NPI", "EIN"}
    # a line's ("PH 0412345678", "SMS", "TLF"), a book's, an order's, a tax number's
    | {"PH", "TEL", "TLF", "SMS", "CEL", "MOB", "FAX", "WA", "ISBN", "ISSN", "PO", "DOI"}
    | {"ABN", "ACN", "GST", "VAT"}
    # the codes of money, before an amount
    | {"USD", "NZD", "AUD", "CAD", "EUR", "GBP", "ZAR", "INR", "JPY", "CHF", "SGD", "HKD"}
    | {"NGN", "KES", "PHP", "MXN", "BRL", "PKR", "BDT", "LKR", "GHS", "UGX", "TZS", "SEK"}
    | {"NOK", "DKK", "PLN", "RON", "TRY", "AED", "SAR", "ILS", "CNY", "KRW", "MYR", "THB"}
)


def _issuer_id_category(m: re.Match[str], text: str) -> PhiCategory | None:
    """The category of a number after a cue with its issuer's letters before it."""
    pre = m.group("pre").strip(" #.")
    if pre.upper() in _NOT_ISSUERS or (pre and pre.islower()):
        return None
    if pre == "A" and text[: m.start()].rstrip()[-1:] in {"", ".", "!", "?"}:
        return None  # "A 5-day course": the article starting a sentence; not "it, A 208-555-914"
    if pre and not pre.isupper() and sum(c.isupper() for c in pre) < 2:
        return None  # a word ("Room 4412"), not capitals ("PrDP")
    start, end = m.span("tok")
    # capitals that are a cue themselves ("RN 2187734") are looked at as the cue
    dotted = m.group("pre").endswith(".")  # "license RN.512884": the issuer's, not a cue
    cue_at = m.start("id") if dotted or _after_acronym(text, start) < start else start
    return _id_category_at(m.group("tok"), start, end, text, cue_at)


_ID_ISSUER = Rule(
    category=C.OTHER_ID,
    pattern=_ISSUER_ID_TOKEN,
    score=0.9,
    reason="number after a record-number cue word",
    category_of=_issuer_id_category,
    # the pattern's own look-behind says where a word starts; a literal first is faster. The
    # capitals are looked ahead for, so that a hit on them hides no "#" after them ("MRNcase
    # #002024": the letters are no issuer, the "#" and the number are a match of their own)
    anchor=re.compile(rb"(?=A[Aa0]{0,4}(?: #?|\.)0)|#0"),
)
# An id written in groups with spaces: "XQW 771 046 520", "4127 55019 3", "C-28 441 907".
# Capitals before the digits are the id's own, unless they are a cue ("ID 4127 5501").
_ID_SPACED_TOKEN = lazy(
    r"(?<![\w/-])(?P<id>(?:(?!(?:ID|NO|NR|MRN|SSN|DOB|PIN|VIN|REF|NHS|NI|MR)\b)[A-Z]{1,4}[ -]?)?"
    r"[0-9]+(?: [0-9]+[A-Z]{0,4}){1,5}"
    r"(?: (?!(?:IS|WAS|ARE|AND|OR|THE|TO|OF|IN|ON|AT|IT|IF|AM|PM|OK|ID|NO|SO|BUT|I|A)\b)"
    r"[A-Z]{1,3}(?![\w-]))?"
    # "LPC-TN 4418": a licence's letters, a hyphen and a state, then its number
    r"|(?!(?:ID|NO|NR|MRN|SSN|DOB|PIN|VIN|REF)\b)[A-Z]{2,5}-[A-Z]{2,4} [0-9]{4,})"
    r"(?![\w-]|[.,][0-9])"
)
# The cues of a number in groups: never a phone's, a fax's or an SSN's (their own rules').
_NOT_SPACED = frozenset({C.PHONE, C.FAX, C.SSN})


def _spaced_id_category(m: re.Match[str], text: str) -> PhiCategory | None:
    """The category of an id in groups with spaces after a cue that names its kind."""
    value = m.group("id")
    start, end = m.span("id")
    groups = value.split()
    letters = value[0].isalpha()
    if _count_digits(value) < (4 if letters else 6) or all(_NOT_ID.fullmatch(g) for g in groups):
        return None  # too short; years and measures ("2019 2020")
    if _UNIT_AFTER.match(text, end) is not None or (start and text[start - 1] in _MONEY_BEFORE):
        return None  # "... 30 minutes", "$1 200 000"
    cue = _cue(text, start)
    if cue is None or not cue.strict or cue.category is None or cue.category in _NOT_SPACED:
        return None
    return cue.category


def _spaced_bare_category(m: re.Match[str], text: str) -> PhiCategory | None:
    """
    An id in three groups or more by its length alone: "2953 81604 1", "MCD 0073 1184 29".

    Nine digits or more (seven after letters: "RX4 118 206"), where no cue makes it another
    rule's: not round thousands ("100 000 000"), an amount or a measure.
    """
    value = m.group("id")
    start, end = m.span("id")
    groups = value.split()
    n = _count_digits(value)
    if len(groups) < 3 or n < (7 if value[0].isalpha() else 9):
        return None
    if all(not g.strip("0") for g in groups[1:]) or all(_NOT_ID.fullmatch(g) for g in groups):
        return None
    if (
        _UNIT_AFTER.match(text, end) is not None
        or (start and text[start - 1] in _MONEY_BEFORE)
        or (start and text[start - 1] == "+")  # "+44 7700 900123": a phone number's
        # "the crisis line on 0800 543 354": a line free to call, everyone's
        or (value.startswith(_FREE_PREFIXES) and hotline_before(text, start))
    ):
        return None
    cue = _cue(text, start)
    if cue is not None and cue.category is not None and (cue.strict or cue.category in _NOT_SPACED):
        return None  # the cue rule's, or a phone number's
    return C.OTHER_ID


#: The prefixes of numbers free to call or shared by a national service at a local rate (New
#: Zealand, the UK, Ireland, Australia, the Netherlands).
_FREE_PREFIXES = ("0800 ", "0508 ", "0808 ", "1800 ", "1300 ")
_FREE_PREFIXES_JOINED = tuple(p.replace(" ", "-") for p in _FREE_PREFIXES)


_ID_SPACED = Rule(
    category=C.OTHER_ID,
    pattern=_ID_SPACED_TOKEN,
    score=0.85,
    reason="number in groups after a record-number cue word",
    category_of=_spaced_id_category,
    # Digits, a space and digits; or a licence's "LPC-TN 4418".
    trigger=re.compile(rb"0 0|A-AA+ 0"),
    anchor=_DIGITS,
    back=string.ascii_uppercase + "- ",
)
_ID_SPACED_BARE = Rule(
    category=C.OTHER_ID,
    pattern=_ID_SPACED_TOKEN,
    score=0.5,
    reason="long number in three groups or more",
    category_of=_spaced_bare_category,
    trigger=_ID_SPACED.trigger,
    anchor=_DIGITS,
    back=string.ascii_uppercase + "- ",
)


def _dotted_id(m: re.Match[str], _text: str) -> bool:
    """Fourteen digits or more in groups: a case number, never an address, a date or a version."""
    return _count_digits(m.group("id")) >= 14


# Digits in four groups or more joined by dots and hyphens: the unified case number of
# Brazil's courts ("0804417-22.2023.8.05.0001") and numbers written like it.
_ID_DOTTED = Rule(
    category=C.OTHER_ID,
    pattern=lazy(r"(?<![\w.-])(?P<id>[0-9]+(?:[.-][0-9]+){3,})(?![\w-]|[.,][0-9])"),
    score=0.6,
    reason="long number in dotted groups",
    check=_dotted_id,
    anchor=re.compile(rb"0[.-]0+[.-]0+[.-]0"),
    back="0123456789.-",
)
_ID_BARE_ISSUER = Rule(
    category=C.OTHER_ID,
    pattern=_ISSUER_ID_TOKEN,
    score=0.55,
    reason="long number with its issuer's capitals before it",
    category_of=_bare_issuer_category,
    anchor=_ID_ISSUER.anchor,
)
_NHI_WORD = re.compile(r"\bNHI\b")
# New Zealand's National Health Index number, three letters (never I or O) and four digits or
# the newer three letters, two digits and two letters: a record number wherever the text
# speaks of NHI numbers ("an NHI number ... this koroua's was ZJK4417").
_NHI = Rule(
    category=C.MRN,
    # not a year after the letters: "HRC2023", "ACC2024"
    pattern=lazy(
        r"(?<![\w-])[A-HJ-NP-Z]{3}(?:(?!19[0-9]{2}|20[0-9]{2})[0-9]{4}|[0-9]{2}[A-HJ-NP-Z]{2})"
        r"(?![\w-])"
    ),
    score=0.75,
    reason="a National Health Index number where the text speaks of them",
    # "NHI" in capitals: "Nhi" is a given name, and Vietnamese for children's medicine
    check=lambda _m, text: _NHI_WORD.search(text) is not None,
    words=("nhi",),
)
_ID_BARE = Rule(
    category=C.OTHER_ID,
    pattern=_ID_TOKEN,
    score=0.55,
    reason="long number or code of letters and five or more digits",
    category_of=_bare_id,
    anchor=_DIGITS,
    back=_TOKEN_CHARS,
)

# --------------------------------------------------------------------------- SSN


def _ssn_ok(m: re.Match[str], _text: str, *, cued: bool = False) -> bool:
    value = m.group("id") if "id" in m.re.groupindex else m.group()
    d = digits(value)
    return (
        len(d) == 9
        and d[:3] not in {"000", "666"}
        # 9xx is no social security number but a taxpayer number (ITIN): with hyphens, the
        # same shape, and as identifying; after its cue, in any shape ("his SSN is 987 65
        # 4321")
        and (d[0] != "9" or "-" in value or cued)
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


_SSN = Rule(
    category=C.SSN,
    pattern=lazy(r"(?<![\w-])[0-9]{3}([- ])[0-9]{2}\1[0-9]{4}(?![\w-])"),
    score=0.9,
    reason="shape of a social security number",
    check=_ssn_ok,
    anchor=re.compile(rb"000[- ]00[- ]0000"),
)
_SSN_MASKED = Rule(
    category=C.SSN,
    pattern=lazy(r"(?<![\w*-])(?:[xX*]{3}|[0-9]{3})-[xX*]{2}-[0-9]{4}(?![\w-])"),
    score=0.85,
    reason="social security number with all but the last four digits masked",
    trigger=re.compile(rb"-0000"),
)

# A Brazilian CPF: "318.427.906-15".
_CPF = Rule(
    category=C.SSN,
    pattern=lazy(r"(?<![\w.-])[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}(?![\w-]|\.[0-9])"),
    score=0.85,
    reason="shape of a Brazilian CPF",
    anchor=re.compile(rb"000\.000\.000-00"),
)
# A national identity number of Spain or Latin America in groups of three digits with full
# stops, after its cue: "DNI 94.118.302", "his RUT (9.441.206-K)", "cédula 1.020.334.556".
_DOTTED_NATIONAL_ID = Rule(
    category=C.OTHER_ID,
    pattern=lazy(
        r"\b(?:DNI|NIE|RUT|RUN|CUIT|CUIL|RG|CI|[Cc]\u00e9dula|[Cc]edula)[ \t]*"
        # "DNI 94.118.302", "her DNI, 94.118.302,", "cédula nº 1.020.334.556", "DNI was ..."
        r"(?:n[\u00ba\u00b0o]\.?[ \t]*)?(?:(?:is|was|es|era)[ \t]+)?[:(,]?[ \t]*"
        r"(?P<id>[0-9]{1,3}(?:\.[0-9]{3}){1,3}(?:-[0-9Kk])?)(?![\w-]|\.[0-9])"
    ),
    score=0.85,
    reason="national identity number in groups with full stops after its cue",
    anchor=re.compile(rb"0\.000\.000"),
    back="0123456789.:(, \tDNIERUTCLGe\u00e9dulaCcn\u00ba\u00b0owsir",
)
_PAID_BEFORE = re.compile(r"\b(?:por|via|vía|pagu[eé]|mand[eé])[ \t]+$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"[ \t]*(?:pesos?|d[o\u00f3]lares|dollars|euros?|mil)\b", re.IGNORECASE)
# An Argentine professional's registration, national or provincial, its number in groups of
# three digits with full stops: "matrícula MN 48.217", "licence number MN 118.402".
_PROFESSIONAL_REGISTRATION = Rule(
    category=C.LICENSE_NUMBER,
    pattern=lazy(r"(?<![\w.])(?:M\.?[NP]\.?)[ \t]*[0-9]{1,3}(?:\.[0-9]{3}){1,2}(?![\w-]|\.[0-9])"),
    score=0.8,
    reason="a professional's registration, national or provincial",
    # not money: "MN 2.500 pesos" (the national currency), "por MP 15.000" (a payment app)
    check=lambda m, t: (
        not m.group().endswith(".000")  # "MN 12.000", "MP 6.000": round sums of money
        and _MONEY_AFTER.match(t, m.end()) is None
        and _PAID_BEFORE.search(t, max(0, m.start() - 12), m.start()) is None
    ),
    anchor=re.compile(rb"0\.000"),
    back="0123456789. \tMNP",
)
# A Brazilian psychologist's registration with the regional council: "CRP 04/51873", "CRP
# 06/123456" (not a blood test, "CRP 56/112", "CRP 45 mg/L").
_CRP_REGISTRATION = Rule(
    category=C.LICENSE_NUMBER,
    pattern=lazy(r"\bCRP[ \t]*[-:]?[ \t]*(?P<id>[0-9]{2}/[0-9]{4,6})(?![\w/-])"),
    score=0.8,
    reason="a psychologist's registration with a regional council",
    anchor=re.compile(rb"00/0000"),
    back="0123456789/ \t-:CRP",
)
# A UK National Insurance number: two letters, three pairs of digits, a letter A to D.
_NINO = Rule(
    category=C.SSN,
    pattern=lazy(r"(?<![\w-])[A-Z]{2}( ?)[0-9]{2}\1[0-9]{2}\1[0-9]{2}\1[A-D](?![\w-])"),
    score=0.85,
    reason="shape of a National Insurance number",
    anchor=re.compile(rb"AA ?00 ?00 ?00 ?A"),
)


def _ssn_cue(m: re.Match[str], text: str) -> PhiCategory | None:
    value = m.group("id")
    cue = _cue(text, m.start("id"))
    if cue is None or cue.category is not C.SSN:
        return None
    n = _count_digits(value)
    if n == 9:
        return C.SSN if _ssn_ok(m, text, cued=True) else None
    # The last four digits: just after "SSN", or after "ending" or "the last four".
    if cue.last_digits or (cue.strict and cue.phrase not in _SSN_SHORT):
        return C.SSN
    return None


# The first words of the cues of social security numbers.
_SSN_WORDS = frozenset(p.split()[0] for p, c in _PHRASES.items() if c is C.SSN)
_SSN_CUE = Rule(
    category=C.SSN,
    # also an Irish PPS number after its cue: "PPS number, 7654321WA"
    pattern=lazy(
        r"(?<![\w-])(?P<id>[0-9]{3}[- ]?[0-9]{2}[- ]?[0-9]{4}|[0-9]{4}|[0-9]{7}[A-W][A-IW]?)"
        r"(?![\w-])"
    ),
    score=0.95,
    reason="number after 'SSN' or 'social security'",
    check=lambda m, t: _ssn_cue(m, t) is not None,
    words=_SSN_WORDS,
    anchor=_DIGITS,
)

# "I know his last four, 2208": with no word of a card, an account or a phone before it, the
# last four digits people quote are their social security number's.
# (a call is no phone's number: "on the phone while he read out the last four, 6281")
_NOT_SSN_NEAR = re.compile(
    r"card|account|acct|(?<!on the )(?<!over the )phone|cell|mobile|landline|whatsapp|visa"
    r"|debit|credit|bank|routing|(?:his|her|their|my|your) (?:new |old )?number",
    _I,
)


def _last_four_ok(m: re.Match[str], text: str) -> bool:
    return _NOT_SSN_NEAR.search(text, max(0, m.start() - 60), m.start("id")) is None


_SSN_LAST_FOUR = Rule(
    category=C.SSN,
    pattern=lazy(
        r"\blast[ \t]+(?:four|4)(?:[ \t]+digits)?"
        r"(?:[ \t]+of[ \t]+(?:his|her|their|my|your|the)[ \t]+(?:ssn|social(?:[ \t]+security)?"
        r"(?:[ \t]+number)?))?"
        # "the last four by heart now, 6612", "a different last four. His is 7194"
        r"(?:(?:[ \t]+[a-z]+){1,8}[ \t]*,|\.[ \t]+(?:his|hers|her|mine|theirs)[ \t]+(?:is|was))?"
        r"[ \t]*[,:]?[ \t]*(?:(?:is|are|was|were)[ \t]+)?"
        r"(?P<id>[0-9]{4})(?![\w-])",
        _I,
    ),
    score=0.7,
    reason="four digits after 'last four'",
    check=_last_four_ok,
    anchor=word_anchor("last"),
)

# --------------------------------------------------------------------------- shapes

_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}


def _vin_check_digit(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True)) % 11
    return "X" if total == 10 else str(total)


def _vin_ok(m: re.Match[str], text: str) -> bool:
    """A check digit that fits, or a cue, or a mix that no word or plain number has."""
    vin = m.group()
    if vin[8] == _vin_check_digit(vin):
        return True
    cue = _cue(text, m.start())
    if cue is not None and cue.category is C.VEHICLE_ID:
        return True
    return _count_digits(vin) >= 5 and sum(c.isalpha() for c in vin) >= 3


_VIN = Rule(
    category=C.VEHICLE_ID,
    pattern=lazy(
        r"\b(?=[A-HJ-NPR-Z0-9]*[0-9])(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"
    ),
    score=0.85,
    reason="shape of a vehicle identification number",
    check=_vin_ok,
    anchor=_DIGITS,
    back=string.ascii_uppercase + string.digits,
)
_IMEI = Rule(
    category=C.DEVICE_ID,
    pattern=lazy(r"(?<![\w-])[0-9]{2}([ -]?)[0-9]{6}\1[0-9]{6}\1[0-9](?![\w-])"),
    score=0.85,
    reason="IMEI with a valid check digit",
    check=lambda m, _t: _luhn(digits(m.group())),
    trigger=re.compile(rb"00[ -]?000000[ -]?000000[ -]?0"),
)
_MBI_L = "[AC-HJKMNP-RT-Y]"
_MBI = Rule(
    category=C.HEALTH_PLAN_ID,
    pattern=lazy(
        rf"\b[1-9]{_MBI_L}[0-9{_MBI_L[1:-1]}][0-9]-?{_MBI_L}[0-9{_MBI_L[1:-1]}][0-9]-?{_MBI_L}{{2}}"
        r"[0-9]{2}\b"
    ),
    score=0.8,
    reason="shape of a Medicare beneficiary identifier",
    trigger=re.compile(rb"0A[0A]0-?A[0A]0-?AA00"),
)
_MAC = Rule(
    category=C.DEVICE_ID,
    pattern=lazy(r"(?<![\w:-])[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5}(?![\w:-])"),
    score=0.85,
    reason="shape of a MAC address",
    trigger=re.compile(rb":[0aA][0aA]:[0aA][0aA]:"),
)
_MAC_HYPHENS = Rule(
    category=C.DEVICE_ID,
    pattern=lazy(r"(?<![\w:-])[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}(?![\w:-])"),
    score=0.85,
    reason="shape of a MAC address",
    trigger=re.compile(rb"-[0aA][0aA]-[0aA][0aA]-"),
)
_CARD = Rule(
    category=C.ACCOUNT_NUMBER,
    pattern=lazy(r"(?<![\w-])[0-9]{4}(?:[ -]?[0-9]{4}){2}[ -]?[0-9]{1,7}(?![\w-])"),
    score=0.85,
    reason="card number with a valid check digit",
    check=lambda m, _t: 13 <= len(digits(m.group())) <= 19 and _luhn(digits(m.group())),
    trigger=re.compile(rb"0000[ -]?0000[ -]?0000"),
)


#: The countries whose accounts have an IBAN (ISO 3166 codes).
_IBAN_COUNTRIES = word_set(
    """
    AD AE AL AT AZ BA BE BG BH BR BY CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL GR GT HR
    HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MR MT MU NL NO PK PL PS PT QA RO
    RS SA SC SE SI SK SM ST SV TL TN TR UA VA VG XK
    """
)


def _iban_ok(m: re.Match[str], _text: str) -> bool:
    """An IBAN with a valid check, or one of an IBAN country's shape with a mistyped check."""
    s = m.group().replace(" ", "")
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    if int("".join(str(int(c, 36)) for c in moved)) % 97 == 1:
        return True
    # "NL42 INGB 0006 3917 45": written in an IBAN's groups, a slip in a digit leaks all the same
    return s[:2] in _IBAN_COUNTRIES and " " in m.group() and _count_digits(s) >= 10


#: A British sort code and the account number after it: "40-11-62 31926604".
_SORT_CODE_ACCOUNT = Rule(
    category=C.ACCOUNT_NUMBER,
    pattern=lazy(r"(?<![\w-])[0-9]{2}-[0-9]{2}-[0-9]{2},?[ \t][0-9]{8}(?![\w-])"),
    score=0.85,
    reason="a sort code and an account number",
    anchor=re.compile(rb"00-00-00,? 00000000"),
)
_IBAN = Rule(
    category=C.ACCOUNT_NUMBER,
    pattern=lazy(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"),
    score=0.9,
    reason="IBAN",
    check=_iban_ok,
    trigger=re.compile(rb"AA00 ?[0A][0A][0A][0A]"),
)
_FULLNAME = Rule(
    category=C.OTHER_ID,
    pattern=lazy(r"\bt[1-6]_[a-z0-9]{4,12}\b"),
    score=0.85,
    reason="Reddit thing id",
    trigger=re.compile(rb"a0_"),
)

# --------------------------------------------------------------------------- vehicles

_NOT_PLATES = word_set("AND THE DMV VIN ID NUMBER PLATE OF FOR WAS IS SAYS READS TO ON MY A I OK")


_TIME_OF_DAY = re.compile(r"[0-9]{1,2}(?:[ :.]?[0-9]{2})? ?(?:AM|PM)")


def _plate_ok(m: re.Match[str], _text: str) -> bool:
    """A plate of four to ten characters, not a word after the cue."""
    value = m.group("id")
    size = len(value.replace(" ", "").replace("-", ""))
    if not 4 <= size <= 10 or value in _NOT_PLATES or (value.isdigit() and size < 5):
        return False
    if _TIME_OF_DAY.fullmatch(value) is not None:
        return False  # "The reg from liaison psych, 10 PM on a Friday": a registrar, a time
    if m.group("far") is not None:  # words between: letters and digits only
        return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
    # Digits, or a vanity plate of letters only.
    return any(c.isdigit() for c in value) or value.isalpha()


_PLATE = Rule(
    category=C.VEHICLE_ID,
    # A plate cue, what may stand between, then capitals and digits in up to three groups
    # (joined groups hold a digit: "KX7 2JP", "3-41877B"; a vanity plate may be letters).
    pattern=lazy(
        r"\b(?i:plates?|tags|reg|rego|registration|kenteken|kennzeichen|matr[ií]cula|targa|placa"
        r"|immatriculation|plaque)\b"
        r"(?:\s*(?i:number|no\.?|#|:|is|was|says|said|reads|read|of|on|that|which|,|\(|=))*"
        # a few words after the cue and a comma: "his plate by heart now, JRK482", "his reg
        # from the CCTV request, MKZ 6183"
        r"(?P<far>(?:[ \t]+(?:[a-z]+|[A-Z]{2,5})){1,4}[ \t]*[,:(\u2013\u2014])?\s*"
        r"[\"'\u201c\u2018]?(?P<id>[A-Z]{2}[0-9]{2} [A-Z]{3}"  # a British plate: "HX19 KFW"
        # a Sri Lankan plate after its province's letters: "WP QA-4417", "CP CAB-2231"
        r"|(?:WP|CP|SP|NP|EP|NW|NC|UP|SG) [A-Z]{2,3}-[0-9]{4}"
        # a Korean plate, "12\uac00 3456"; a Thai plate, "1\u0e01\u0e02 2345"
        r"|[0-9]{2,3}[\uac00-\ud7a3] ?[0-9]{4}"
        r"|[0-9]?[\u0e01-\u0e2e]{1,2} ?[0-9]{1,4}"
        # a Vietnamese plate, "51F-123.45", "59-X1 234.56"
        r"|[0-9]{2}-?[A-Z][A-Z0-9]?[ -][0-9]{3}\.[0-9]{2}"
        # an Indian plate written close: "KA 05MN2231", "MH12AB3456"
        r"|[A-Z]{2} ?[0-9]{1,2}[A-Z]{1,3}[0-9]{4}"
        r"|[0-9]{1,3}[ -][A-Z]{1,3}[ -][0-9]{1,4}"  # Turkish, Brazilian, Dutch: "35 KGT 418"
        r"|[A-Z]{1,3}-[0-9]{1,3}-[A-Z]{1,3}"  # a Dutch plate: "GX-123-B"
        r"|[0-9]{2,4}[ -][A-Z\u0410-\u042f]{2,3}"  # digits, then letters: "417 BRX", "4417 УБА"
        r"|[A-Z]{2} [0-9]{1,2}[A-Z]? [A-Z]{1,3} [0-9]{4}"  # an Indian plate: "MH 12 AB 3456"
        # letters, digits, letters and a province's code: the South African "HZ 52 TN GP"
        r"|[A-Z]{2,3} [0-9]{2,3} [A-Z]{2,3}(?: [A-Z]{1,3})?"
        r"|[A-Z]{1,3} [0-9]{3,5} [A-Z]{1,2}(?![\w-])"  # letters, digits, letters: "T 23817 Q"
        r"|[A-Z]{1,3}-[A-Z]{1,2} [0-9]{1,4}"  # a German plate: "L-HW 2271"
        r"|(?=[A-Z]*[0-9])[A-Z0-9]{2,4}-[A-Z]{2,4}"  # digits, a hyphen, letters: "K31-HNW"
        r"|[A-Z0-9]{1,10}(?:[ -](?=[A-Z]*[0-9])[A-Z0-9]{1,5}){0,2})"
        r"(?![\w-])"
    ),
    score=0.85,
    reason="licence plate after 'plate'",
    check=_plate_ok,
    anchor=word_anchor(
        "plate",
        "plates",
        "tags",
        "reg",
        "rego",
        "registration",
        "kenteken",
        "kennzeichen",
        "matrícula",
        "matricula",
        "targa",
        "placa",
        "immatriculation",
        "plaque",
    ),
)

# A British plate by its shape alone: "(CX09 FNB, green, held together by baler twine)".
_PLATE_AFTER_VEHICLE = Rule(
    category=C.VEHICLE_ID,
    # "He parks his taxi, NDM 482-117, right outside", "his ute (MHT827)": letters and digits
    # set off after a vehicle
    pattern=lazy(
        r"\b(?i:taxi|cab|car|van|truck|ute|lorry|bakkie|motorbike|scooter|bus|pickup|jeep|skiff"
        r"|boat)\b"
        r"(?:,?[ \t]+|[ \t]+\()"
        # an Indian plate in three groups: "His truck, RJ19 GB 4417,"
        r"(?P<id>[A-Z]{1,4}[ -]?[0-9]{1,4}(?:[ -][0-9A-Z]{1,4}){0,2})(?![\w-])"
    ),
    check=lambda m, _t: (
        sum(c.isdigit() for c in m.group("id")) >= 3
        and len(m.group("id").replace(" ", "")) >= 5
        # a model or a year: "pickup, GMC 2500", "camper, VW 1600", "jeep (TJ 2004)"
        and re.fullmatch(r"[A-Z]{1,4}[ -]?(?:(?:19|20)[0-9]{2}|[0-9]{1,2}00)", m.group("id"))
        is None
    ),
    score=0.75,
    reason="licence plate after a vehicle",
    words=(
        "taxi",
        "cab",
        "car",
        "van",
        "truck",
        "ute",
        "lorry",
        "bakkie",
        "motorbike",
        "scooter",
        "bus",
        "pickup",
        "jeep",
        "skiff",
        "boat",
    ),
)
_PLATE_REGISTERED = Rule(
    category=C.VEHICLE_ID,
    # "his brother's old skiff, still registered AK 4471 AB": capitals and digits right after
    # the word, not a year or a nurse's letters ("registered RN 2019")
    pattern=lazy(
        r"\b(?i:registered)[ \t]+(?:as[ \t]+)?"
        r"(?P<id>[A-Z]{1,3}[ -]?[0-9]{2,5}(?:[ -][A-Z]{1,3})?)(?![\w-])"
    ),
    # three groups ("AK 4471 AB") or four digits at least: not a reading ("registered HR
    # 140", "BMI 17") nor a nurse's letters and years ("registered RN 2019", "RMN 25")
    check=lambda m, _t: (
        re.fullmatch(r"[A-Z]+[ -]?(?:19|20)[0-9]{2}", m.group("id")) is None
        and (
            re.fullmatch(r"[A-Z]+[ -]?[0-9]+[ -][A-Z]+", m.group("id")) is not None
            or sum(c.isdigit() for c in m.group("id")) >= 4
        )
    ),
    score=0.7,
    reason="licence plate after 'registered'",
    words=("registered",),
)
#: Vital signs' letters, before their readings: "HR 88 BP 120".
_VITAL_SIGNS = frozenset({"BP", "HR", "RR", "PR", "SP", "SPO", "GCS", "WT", "HT", "T", "P"})
#: Letters that are no Indian plate's series: a time's, a word's, a vital sign's.
_NOT_INDIAN_SERIES = _NOT_PLATE_SERIES | _VITAL_SIGNS
#: The states' letters that open an Indian plate.
_INDIAN_STATES = (
    "AP|AR|AS|BR|CG|GA|GJ|HR|HP|JH|KA|KL|MP|MH|MN|ML|MZ|NL|OD|OR|PB|RJ|SK|TN|TS|TR|UP|UK|WB"
    "|AN|CH|DN|DD|DL|JK|LA|LD|PY"
)
_PLATE_INDIA = Rule(
    category=C.VEHICLE_ID,
    # "MH12AB3456", "KA-05-MN-4471", "KA 04 AF 7731": a state, its district, a series and
    # four digits, run together or joined by hyphens; with spaces, a series of two letters
    # and four digits that are no year (not "UP 20 PM 2020", "GA 36 W 2900", "AS 12 TS 2021")
    pattern=lazy(
        rf"(?<![\w-])(?:{_INDIAN_STATES})(?:[0-9]{{1,2}}[A-Z]?[A-Z]{{1,3}}[0-9]{{4}}"
        r"|-[0-9]{1,2}[A-Z]?-[A-Z]{1,3}-[0-9]{4}"
        r"| [0-9]{2} (?P<series>[A-Z]{2}) (?!19|20)[0-9]{4})(?![\w-])"
    ),
    score=0.75,
    reason="shape of an Indian licence plate",
    # (nor vital signs: "HR 88 BP 1204")
    check=lambda m, _t: m.group("series") not in _NOT_INDIAN_SERIES,
    anchor=re.compile(rb"AA[ -]?0"),
    back=string.ascii_uppercase,
)
#: An Indian PAN: five letters (the fourth says what holds it), four digits and a letter.
_PAN = Rule(
    category=C.OTHER_ID,
    pattern=lazy(r"(?<![\w-])[A-Z]{3}[PCHFATBLJG][A-Z](?!19|20)[0-9]{4}[A-Z](?![\w-])"),
    score=0.75,
    reason="shape of an Indian PAN",
    anchor=re.compile(rb"AAAAA0000A"),
)
_PLATE_NIGERIA = Rule(
    category=C.VEHICLE_ID,
    # "AGU 517 KJ": three letters of the local government area, three digits, two letters
    pattern=lazy(r"(?<![\w-])[A-Z]{3}[ -][0-9]{3}[ -][A-Z]{2}(?![\w-])"),
    score=0.7,
    reason="shape of a Nigerian licence plate",
    # not a body's or a word's capitals, nor a country's or a time's after the number: "NHS
    # 111 TV", "TOP 100 UK"
    check=lambda m, _t: (
        not word_flags(m.group()[:3]) & WORD
        and m.group()[:3] not in _NOT_PLATE_AREAS
        and m.group()[-2:] not in _NOT_PLATE_SERIES
    ),
    anchor=re.compile(rb"AAA[ -]000[ -]AA"),
)
_PLATE_UK = Rule(
    category=C.VEHICLE_ID,
    pattern=lazy(r"(?<![\w-])[A-Z]{2}[0-9]{2} [A-Z]{3}(?![\w-])"),
    score=0.7,
    reason="shape of a British licence plate",
    anchor=re.compile(rb"AA00 AAA"),
)

# --------------------------------------------------------------------------- postal codes


@functools.cache
def _state_before() -> re.Pattern[str]:
    """Return the pattern of a US state (name or abbreviation) that ends a text."""
    us = states()
    return re.compile(rf"\b(?:{alternation(us.us_abbreviations)}|{alternation(us.us_names)}),?\s+$")


def _after_state(m: re.Match[str], text: str) -> bool:
    return _state_before().search(text, max(0, m.start() - 24), m.start()) is not None


_ZIP_NUMBER = lazy(r"(?<![\w.,$/-])[0-9]{5}(?:-[0-9]{4})?(?![\w%-]|[.,/][0-9])")
_FIVE_DIGITS = re.compile(rb"000000*")  # runs of five digits or more
_ZIP_PHRASES = frozenset(" ".join(w.split()) for w in ZIP_WORDS) | {
    "kod pocztowy",
    "post code",
    "zip+4",
    "zip codes",
    "zipcodes",
    "postcodes",
    # Mexico's and Brazil's: "C.P. 04000", "CEP 01310-100" (not "CP": cerebral palsy too)
    *(c.lower().rstrip(".") for c in POSTAL_CODE_INITIALS),
    "cep",
}
#: The words of which one must be in a text for a postcode after a cue to be found.
_ZIP_CUE_WORDS = (
    *("zip", "zipcode", "postal", "postcode", "post", "plz", "pin", "pincode"),
    *("p", "cep"),
)
_ZIP_FILLERS = word_set(
    ": ( # , = is was of in on it the her his their my new old which and hers theirs mine ours for"
    # how it was written: "made them write the postcode properly, 4092,"
    " properly correctly"
)


def _zip_cue_before(m: re.Match[str], text: str) -> bool:
    tokens = _tokens_before(text, m.start(), 40)
    joined = False  # "certain ZIP codes, and his, 96797, wasn't": a code joined to the cue
    while tokens and tokens[-1] in _ZIP_FILLERS:
        # "a ZIP code for her, 30314,", "the postcode properly, 4092," (not "properly, 2019
        # was", "correctly, 1200 words": a year, a count)
        joined = joined or tokens[-1] in {"and", "for", "properly", "correctly"}
        tokens.pop()
    if joined and (
        _round(m)
        or _ZIP_FOLLOWERS.match(text, m.end()) is None
        or _YEAR.fullmatch(m.group()) is not None
    ):
        return False  # "three zip codes and 40000 residents"
    if any(" ".join(tokens[-n:]) in _ZIP_PHRASES for n in (1, 2) if len(tokens) >= n):
        return True
    return _zip_cue_near(m, text)


#: Words that end a sentence or stand for a number between a postcode's cue and a number.
_NOT_BETWEEN_CUE_AND_CODE = frozenset({".", "!", "?", ";", ":"})


def _zip_cue_near(m: re.Match[str], text: str) -> bool:
    """
    A number set off by commas a few words after a postcode's cue in the same sentence.

    "She wrote the postcode on the form, 2170, and smiled"; "the 2770 postcode": before the
    cue. Not a year, a round number or a count.
    """
    if _YEAR.fullmatch(m.group()) is not None or _round(m):
        return False
    if _POSTCODE_WORD_AFTER.match(text, m.end()) is not None:
        return True  # "from the 2770 postcode,"
    if not text.endswith(", ", 0, m.start()) or _ZIP_FOLLOWERS.match(text, m.end()) is None:
        return False
    tokens = _tokens_before(text, m.start(), 48)[:-1]  # the comma before the number
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 8), -1):
        token = tokens[k]
        if token in _NOT_BETWEEN_CUE_AND_CODE or token[0].isdigit():
            return False
        if token in _ZIP_PHRASES or (k and f"{tokens[k - 1]} {token}" in _ZIP_PHRASES):
            return True
    return False


#: A word for a postcode right after a number: "from the 2770 postcode".
_POSTCODE_WORD_AFTER = re.compile(r"[ \t]+(?:post ?codes?|postal codes?|zip ?codes?)\b", _I)


_ZIP_AFTER = re.compile(
    r"\s+(?:zip(?:\s?code)?s?|postal code|post ?code|area|neighbou?rhood)\b", _I
)
# Words after which a number of five digits is a place: "born and raised in 48205".
_ZIP_PREPOSITIONS = word_set("in from near around outside")
# What may follow such a ZIP code: the end of a clause, or a word that starts a new one.
_ZIP_FOLLOWERS = re.compile(
    r"""\s*(?:[.,;:!?)"'\u201d\u2019]|$|\n)|[ \t]+\((?=[A-Z])
    |\s+(?:is|was|and|but|so|where|which|who|since|now|anymore|with|because|are|were|has
    |had|then|until|or|when|today|tonight|though|although|while|again|too|lol|haha|for)\b""",
    re.VERBOSE,
)
#: A verb in the past after a place's number after "in" or "from": "seniors in 11230 agreed
#: to" (not "Around 12500 came out": a count).
_ZIP_VERB_AFTER = re.compile(
    r"\s+(?:agreed|asked|offered|helped|raised|started|opened|closed|came|got|went|voted)\b"
)


def _round(m: re.Match[str]) -> bool:
    """Tell whether a number of five digits is a round amount (``10000``, ``45000``)."""
    return m.group()[:5].endswith("000")


#: Words before "to" that make the number after it a place: "she moved to 94110".
_MOVED = word_set("moved move moves moving relocated relocating")
#: When, after a move to a place's number: "moved to 94110 last year".
_TIME_AFTER_A_MOVE = re.compile(r"\s+(?:last|this|next|in|at|after|before|once|years?)\b")


def _zip_after_preposition(m: re.Match[str], text: str) -> bool:
    tokens = _tokens_before(text, m.start(), 24)
    if len(tokens) >= 2 and tokens[-1] == "to" and tokens[-2] in _MOVED and not _round(m):
        # "she moved to 94110 last year" (not "rose to 12345": an amount)
        return (
            _ZIP_FOLLOWERS.match(text, m.end()) is not None
            or _TIME_AFTER_A_MOVE.match(text, m.end()) is not None
        )
    if tokens[-2:] == ["all", "of"]:
        tokens = [*tokens[:-1], "in"]  # "in all of 77072" (not "a total of 12345")
    if not tokens or tokens[-1] not in _ZIP_PREPOSITIONS or _round(m):
        return False
    if len(tokens) >= 2 and tokens[-2] in {"1", "one"}:
        return False  # "1 in 10000"
    if _ZIP_FOLLOWERS.match(text, m.end()) is not None:
        return True
    return tokens[-1] == "in" and _ZIP_VERB_AFTER.match(text, m.end()) is not None


# Capitalised words before a number that name no town ("Room 10234", "Form 10234").
_NOT_TOWNS = word_set("""
    room suite unit apt box route highway interstate flight bus station level form section
    chapter page step building bldg ward bed floor gate lot exit mile zone class grade
    """) | frozenset(w.lower() for w in MONTHS | WEEKDAYS)
_TOWN_BEFORE = re.compile(r"(?:^|[,\n]\s*|[a-z]\s)([A-Z][a-z]+(?:\s[A-Z][a-z]+)?),?\s$")


def _zip_after_town(m: re.Match[str], text: str) -> bool:
    town = _TOWN_BEFORE.search(text, max(0, m.start() - 32), m.start())
    if town is None:
        return False
    words = town.group(1).lower().split()
    if any(w in _NOT_TOWNS for w in words) or _round(m) or _cue(text, m.start()) is not None:
        return False
    return re.match(r"\s*(?:[.,;!?)]|$|\n)", text[m.end() :]) is not None


# A ZIP code that starts a sentence as what it says something of: "55130 has a lot of families".
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|\n[ \t]*)$")
_ZIP_SUBJECT_AFTER = re.compile(
    r" (?:(?:has|had) (?:a|lots|so|many|some|always|never|been|changed|become)"
    r"|(?:is|was) (?:full|home|always|never|so|where))\b"
)


def _zip_subject(m: re.Match[str], text: str) -> bool:
    if _round(m) or _ZIP_SUBJECT_AFTER.match(text, m.end()) is None:
        return False
    return _SENTENCE_START_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None


# The outward half of a UK postcode, of an area of two letters, after a preposition of place:
# "She'd never left LS9", "grew up in NW10".
_UK_AREAS = word_set("""
    AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY
    EC EH EN EX FK FY GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY LA LD LE LL LN LS LU
    ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN SO SP SR
    SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE
    """)
_UK_OUTWARD_BEFORE = word_set("in from left near around round outside to of leave")


def _uk_outward(m: re.Match[str], text: str) -> bool:
    if m.group("area") not in _UK_AREAS:
        return False
    tokens = _tokens_before(text, m.start(), 16)
    return bool(tokens) and tokens[-1] in _UK_OUTWARD_BEFORE


_POSTCODE_UK_OUTWARD = Rule(
    category=C.ZIP,
    pattern=lazy(r"(?<![\w-])(?P<area>[A-Z]{2})[0-9]{1,2}[A-Z]?(?![\w-])"),
    check=_uk_outward,
    score=0.7,
    reason="outward half of a UK postcode after 'in' or 'from'",
    anchor=re.compile(rb"AA0"),
)
# A Dutch postcode set off by a comma: "his little rented house, 9203 KL, with".
_NOT_DUTCH_LETTERS = word_set("""
    AD BC CE AM PM UK US EU GB KB MB TB HP IU CC ML KM MG KG LB NT OK ID PS RN MD DO NP CV QC
    TV PC SA SD SS
    """)


def _dutch_postcode(m: re.Match[str], text: str) -> bool:
    number = int(m.group(1))
    return (
        m.group(2) not in _NOT_DUTCH_LETTERS
        and not 1900 <= number < 2100  # "2019 EM": a year
        and text[max(0, m.start() - 2) : m.start()] == ", "
    )


_POSTCODE_NL = Rule(
    category=C.ZIP,
    pattern=lazy(r"(?<![\w-])([1-9][0-9]{3}) ?([A-Z]{2})(?![\w-])"),
    check=_dutch_postcode,
    score=0.7,
    reason="Dutch postcode set off by a comma",
    anchor=re.compile(rb"0000 ?AA"),
)
# A postcode with its country's letters before it, then a town or set off by a comma:
# "FO-700 Klaksvík", "D-10115 Berlin", ", LT-44291,".
_COUNTRY_POSTCODE_AFTER = re.compile(r" [A-Z\u00c0-\u00de][a-z\u00df-\u024f]|,")


def _country_postcode(m: re.Match[str], text: str) -> bool:
    if _COUNTRY_POSTCODE_AFTER.match(text, m.end()) is None or _cue(text, m.start()) is not None:
        return False  # not "badge number, E-30418,": an id after its cue
    return text.startswith(" ", m.end()) or text[max(0, m.start() - 2) : m.start()] == ", "


_POSTCODE_COUNTRY = Rule(
    category=C.ZIP,
    pattern=lazy(r"(?<![\w-])[A-Z]{1,2}-[0-9]{3,5}(?![\w-])"),
    check=_country_postcode,
    score=0.75,
    reason="postcode with its country's letters",
    anchor=re.compile(rb"A-000"),
    back=string.ascii_uppercase,
)


def _town_after_number(m: re.Match[str], text: str) -> bool:
    """
    Three to five digits before a listed town after "in" or "at": "at 600 Akureyri".

    Five, not a round number, starting a line of an address: "75011 Paris".
    """
    value = m.group("id")
    if len(value) == 4 and value[:2] in {"19", "20"}:
        return False  # "in 2019 Berlin was"
    town = m.group("town")
    if not _listed_town(town):
        return False
    if len(value) == 5 and not value.endswith("000") and _starts_a_line(text, m.start()):
        return True  # a line of an address: "75011 Paris"
    before = _tokens_before(text, m.start(), 12)
    return bool(before) and before[-1] in {"in", "at", "to", "from"}


def _listed_town(town: str) -> bool:
    """Tell whether *town* is in the place list and is no English word nor a stop word."""
    return nfc(town) in lexicon().places and not word_flags(town) & (WORD | STOP)


def _starts_a_line(text: str, start: int) -> bool:
    """Tell whether only spaces and tabs stand between a line's start and *start*."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t")


_POSTCODE_BEFORE_TOWN = Rule(
    category=C.ZIP,
    pattern=lazy(
        r"(?<![\w.,$/-])(?P<id>[0-9]{3,5}) (?P<town>[A-Z][^\W\d_]+)(?=[.,;!?)\n]|\s*$| if\b)"
    ),
    check=_town_after_number,
    score=0.7,
    reason="postcode before a town after 'in' or 'at'",
    anchor=re.compile(rb"000 A"),
    back="0123456789",
)
_ZIP_STATE = Rule(
    category=C.ZIP,
    pattern=_ZIP_NUMBER,
    check=_after_state,
    score=0.9,
    reason="ZIP code after a state",
    anchor=_FIVE_DIGITS,
)
_ZIP_CUE = Rule(
    category=C.ZIP,
    # five digits (and four, or three: a Brazilian CEP), or an Indian PIN of six
    pattern=lazy(
        r"(?<![\w.,$/-])(?:[0-9]{5}(?:-[0-9]{4}|-[0-9]{3})?|[1-9][0-9]{5})(?![\w%-]|[.,/][0-9])"
    ),
    check=_zip_cue_before,
    score=0.95,
    reason="number after 'zip' or 'postal code'",
    words=_ZIP_CUE_WORDS,
    anchor=_FIVE_DIGITS,
)
#: What a ZIP code is written on, after it: "92683 on the envelope", "94589 on the lease".
_ZIP_ON_PAPER = re.compile(
    r"[ \t]+on[ \t]+(?:the|her|his|their|my|our|a)[ \t]+(?:envelope|label"
    r"|package|parcel|postmark|return address)\b"
)
#: "postmark 92844": a postmark before a number.
_POSTMARK_BEFORE = re.compile(r"\bpostmark(?:ed)?[ \t]*:?[ \t]*$", _I)
_ZIP_ON_MAIL = Rule(
    category=C.ZIP,
    pattern=_ZIP_NUMBER,
    check=lambda m, t: (
        not _round(m)
        and (
            _ZIP_ON_PAPER.match(t, m.end()) is not None
            or _POSTMARK_BEFORE.search(t, max(0, m.start() - 16), m.start()) is not None
        )
    ),
    score=0.75,
    reason="ZIP code on an envelope, a lease or a postmark",
    keywords=("postmark", "envelope", "label", "package", "parcel", "return address"),
    anchor=_FIVE_DIGITS,
)
#: "the whole address, even the ": the word "address" a few words before a number, in its
#: sentence.
_ADDRESS_BEFORE_ZIP = re.compile(r"\baddress\b[^.!?\n0-9]{0,32}$", _I)
#: What follows a ZIP code in a sentence: its end, a comma or a bracket (not "12750 people").
_ZIP_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$|(?:part|bit|and|zip)\b)")
#: Words before a number that make it another's: "for client 48213", "about 15340".
_NOT_A_ZIP_BEFORE = re.compile(
    r"\b(?:client|patient|about|around|over|some|nearly|id)[ \t#:]*$", _I
)
#: A capitalised word after a number: a house number before its street ("12345 Main").
_STREET_AFTER_NUMBER = re.compile(r"[ \t]+[A-Z]")
_ZIP_IN_ADDRESS = Rule(
    category=C.ZIP,
    pattern=lazy(r"(?<![\w.,$/-])[0-9]{5}(?:-[0-9]{4})?(?![\w%-]|[.,/][0-9])"),
    check=lambda m, t: (
        _ADDRESS_BEFORE_ZIP.search(t, max(0, m.start() - 48), m.start()) is not None
        and _STREET_AFTER_NUMBER.match(t, m.end()) is None
        and _ZIP_CLAUSE_END.match(t, m.end()) is not None
        and _NOT_A_ZIP_BEFORE.search(t, max(0, m.start() - 12), m.start()) is None
        and not _round(m)
    ),
    score=0.75,
    reason="number of five digits after 'address'",
    words=("address",),
    anchor=_FIVE_DIGITS,
)
_ZIP_SHORT_CUE = Rule(
    category=C.ZIP,
    pattern=lazy(r"(?<![\w.,$/-])[0-9]{3}(?![\w%-]|[.,/][0-9])"),
    # a ZIP code's cue only: not "the postcode, 546 35" (a postcode in two groups)
    check=lambda m, t: (
        "zip" in t[max(0, m.start() - 40) : m.start()].lower() and _zip_cue_before(m, t)
    ),
    score=0.8,
    reason="first three digits after 'zip'",
    words=("zip", "zipcode"),
    anchor=re.compile(rb"0000*"),
)
_ZIP_BEFORE_CUE = Rule(
    category=C.ZIP,
    pattern=_ZIP_NUMBER,
    check=lambda m, t: _ZIP_AFTER.match(t, m.end()) is not None and not _round(m),
    score=0.9,
    reason="number before 'zip code' or 'area'",
    anchor=_FIVE_DIGITS,
)
_ZIP4 = Rule(
    category=C.ZIP,
    pattern=lazy(r"(?<![\w-])[0-9]{5}-[0-9]{4}(?![\w-])"),
    score=0.8,
    reason="ZIP+4 code",
    anchor=re.compile(rb"00000-0000"),
)
_ZIP_PLACE = Rule(
    category=C.ZIP,
    pattern=_ZIP_NUMBER,
    check=_zip_after_preposition,
    score=0.75,
    reason="number of five digits after 'in', 'from' or a move",
    anchor=_FIVE_DIGITS,
)
_ZIP_SUBJECT = Rule(
    category=C.ZIP,
    pattern=_ZIP_NUMBER,
    check=_zip_subject,
    score=0.6,
    reason="number of five digits starting a sentence about a place",
    anchor=_FIVE_DIGITS,
)
_ZIP_TOWN = Rule(
    category=C.ZIP,
    pattern=_ZIP_NUMBER,
    check=_zip_after_town,
    score=0.65,
    reason="number of five digits after a town's name",
    anchor=_FIVE_DIGITS,
)
_POSTCODE_FOUR = Rule(
    category=C.ZIP,
    # "Postal code on it is 7784": a postcode of four digits (Australia, South Africa, ...),
    # and the letters of a Dutch one ("postcode 3531 EK")
    pattern=lazy(r"(?<![\w.,$/-])[0-9]{4}(?: ?[A-Z]{2}(?![A-Za-z]))?(?![\w%-]|[.,/][0-9])"),
    check=_zip_cue_before,
    score=0.85,
    reason="number of four digits after 'postal code'",
    words=_ZIP_CUE_WORDS,
    anchor=re.compile(rb"0000"),
)


def _four_after_listed_town(m: re.Match[str], text: str) -> bool:
    """Four digits after a town and a comma, ending a sentence: no year, no round sum."""
    value = m.group("id")
    if value.endswith(("00", "50")) or value[:2] in {"19", "20"}:
        return False  # "in Durban, 2019.", "Soweto, 1000.", "a room in Sandton, 8500."
    town = m.group("town")
    if word_flags(town) & (WORD | STOP | REGION):
        return False
    # a listed town, or a word of no list after a preposition of place ("lives in Sandton")
    return (
        nfc(town) in lexicon().places
        or _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
    )


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|near|to)[ \t]$")
_POSTCODE_FOUR_AFTER_TOWN = Rule(
    category=C.ZIP,
    # "she lives in Sandton, 2196.": South Africa's, Australia's postcode of four digits after
    # a town (listed, or after "in", "near", "to") and a comma, where the sentence ends
    pattern=lazy(r"\b(?P<town>[A-Z][^\W\d_]+),[ \t](?P<id>[0-9]{4})(?=[.;!?)]|[ \t]*\n|[ \t]*\Z)"),
    check=_four_after_listed_town,
    score=0.7,
    reason="four digits after a town and a comma",
    anchor=re.compile(rb"a, 0000"),
    back=string.ascii_letters,
)


def _polish_postcode_ok(m: re.Match[str], text: str) -> bool:
    """A Polish postcode before a listed Polish town, or after a postcode's cue."""
    town = m.group("town")
    if town is not None:
        # a Polish town: its letters or its endings ("Warszawa", "Kraków", "Gdańsk"), not
        # "21-105 Leeds", a score
        return _POLISH_TOWN.search(town) is not None and _listed_town(town)
    return _zip_cue_before(m, text)


_POLISH_TOWN = re.compile(r"[ąćęłńóśźżŁŚŻŹĆ]|(?:awa|ów|owo|ice|yce|sk|no|in|ica|aw|ec|ek)$")


_POSTCODE_PL = Rule(
    category=C.ZIP,
    # "00-950 Warszawa", "kod pocztowy 31-042": two digits, a hyphen and three (Poland)
    pattern=lazy(
        r"(?<![\w.,$/-])(?P<id>[0-9]{2}-[0-9]{3})(?![\w-]|[.,/][0-9])"
        r"(?:[ \t](?P<town>[A-Z\u00c0-\u017b][^\W\d_]+))?"
    ),
    check=_polish_postcode_ok,
    score=0.75,
    reason="Polish postcode before a town or after its cue",
    anchor=re.compile(rb"00-000"),
)
_POSTCODE_SG = Rule(
    category=C.ZIP,
    # "Singapore 600318": a postcode of six digits after the city-state's name
    pattern=lazy(r"\bSingapore,?[ \t](?P<id>[0-9]{6})(?![\w-]|[.,][0-9])"),
    score=0.9,
    reason="postcode after 'Singapore'",
    words=("singapore",),
)
_POSTCODE_SPLIT = Rule(
    category=C.ZIP,
    # "the postcode, 546 35, Thessaloniki": three digits and two (Greece, Sweden, Czechia,
    # Slovakia) after a cue
    pattern=lazy(r"(?<![\w.,$/-])[0-9]{3} [0-9]{2}(?![\w%-]|[.,/][0-9])"),
    check=_zip_cue_before,
    score=0.85,
    reason="postcode in two groups after 'postal code'",
    words=_ZIP_CUE_WORDS,
    anchor=re.compile(rb"000 00"),
)
_POSTCODE_IE = Rule(
    category=C.ZIP,
    # An Eircode: a routing key and a unique identifier ("H53 W2K8", "D02 X285")
    pattern=lazy(r"\b(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}\b"),
    check=lambda m, _t: (
        any(c.isalpha() for c in m.group()[3:]) and any(c.isdigit() for c in m.group()[3:])
    ),
    score=0.8,
    reason="Irish Eircode",
    trigger=re.compile(rb"A00 ?[A0]{4}"),
)
_POSTCODE_UK = Rule(
    category=C.ZIP,
    pattern=lazy(r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}\b"),
    score=0.8,
    reason="UK postcode",
    trigger=re.compile(rb"0AA"),
)
_POSTCODE_CA = Rule(
    category=C.ZIP,
    pattern=lazy(r"\b[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9]\b"),
    score=0.8,
    reason="Canadian postal code",
    trigger=re.compile(rb"0A ?0A0"),
)

#: The rules of postal codes, for the ``address`` detector.
POSTAL_CODE_RULES = (
    _ZIP_STATE,
    _ZIP_CUE,
    _ZIP_ON_MAIL,
    _ZIP_SHORT_CUE,
    _ZIP_IN_ADDRESS,
    _ZIP_BEFORE_CUE,
    _ZIP4,
    _ZIP_PLACE,
    _ZIP_TOWN,
    _ZIP_SUBJECT,
    _POSTCODE_UK_OUTWARD,
    _POSTCODE_NL,
    _POSTCODE_COUNTRY,
    _POSTCODE_BEFORE_TOWN,
    _POSTCODE_UK,
    _POSTCODE_CA,
    _POSTCODE_FOUR,
    _POSTCODE_SPLIT,
    _POSTCODE_SG,
    _POSTCODE_IE,
    _POSTCODE_FOUR_AFTER_TOWN,
    _POSTCODE_PL,
)

# --------------------------------------------------------------------------- ages over 89

_UNITS = rf"(?:{SPELLED_UNITS})"
_SPELLED_AGE = (
    rf"(?:ninety(?:[- ]{_UNITS})?|(?:(?:a|one)[ -])?hundred(?:[ -](?:and[ -])?(?:{_UNITS}"
    rf"|{SPELLED_TEENS}|twenty(?:[- ]{_UNITS})?))?)"
)
_YEARS_OLD = (
    r"(?:[- ]?(?:years?|yrs?)[- ]?(?:old|young)|[- ](?:year|yr)[- ]old|\s?(?:yo|y/o|y\.o\.?)(?!\w)"
    r"|(?:yo)?(?-i:[MF])(?=\b)|[- ]?years? of age)"
)
# The same after a number in words, which a space or a hyphen ends.
_YEARS_OLD_SPELLED = (
    r"(?:[- ](?:years?|yrs?)[- ]?(?:old|young)|[- ](?:year|yr)[- ]old|[- ](?:yo|y/o|y\.o\.?)(?!\w)"
    r"|[- ]years? of age)"
)
_AGE_NUMBER = lazy(r"(?<![\w.,$/-])(?P<id>9[0-9]|1[0-2][0-9])(?![0-9]|[.,][0-9])")
_AGE_DIGITS = re.compile(rb"000*")  # runs of two digits or more

# Words just before an age that say it is one ("aged 93", "turned 101").
_AGE_CUES = word_set("aged age turned turning turns turn reached reaching celebrated")
# Words that say so only of a person and before the end of a clause ("she is 94.", "Mr.
# Ruiz was 96 and", "will be 91 in June", "At 93!").
_AGE_WEAK_CUES = word_set("is was be been he's she's they're who's i'm im am at")
_AGE_SKIPPED = word_set("now almost nearly just barely only over about like a whole full") | {":"}
_PERSON_WORDS = (
    word_set("""
    he she they who i you we him her them mom dad mother father grandma grandpa grandmother
    grandfather nana papa client patient resident man woman lady gentleman guy oldest
    youngest eldest wife husband aunt uncle neighbor neighbour veteran vet friend sister
    brother son daughter one mum gran granny patients clients residents folks regulars nan
    nanna grandad granddad nonna nonno abuela abuelo oma opa bubbe lola lolo
    elders ladies men women she'll he'll they'll someone somebody person mr mrs ms dr miss
    """)
    | PERSON_NOUNS
    | (KINSHIP_WORDS - word_set("ate pop pops da ma pa nan beta tata maw paw"))
)
# Words before "at" that make the number a measure, not an age ("pulse at 95.").
_MEASURES = word_set("""
    pulse heart rate bp pressure sats o2 oxygen temp temperature score weight speed price
    sugar glucose level levels count rank number page exit mile room it
    """)
# Nouns before "is" that make the number a bound or an amount ("our county limit is 90").
_LIMITS = word_set("""
    limit limits cap max maximum minimum min total threshold cutoff cut-off deadline average
    mean median quota budget goal target amount fee cost rent bill balance length size
    capacity""")
# What may follow an age said with "is" or "at": the end of a clause, or a word that
# continues one.
_AGE_FOLLOWERS = re.compile(
    r"\s*(?:[.,;:!?()\u2014\u2013-](?![0-9])|$|\n)|\s+(?:and|but|so|now|today|tomorrow|this"
    r"|next|last|in|on|with|still|yet|years?|yrs?|when|herself|himself|themselves|yesterday"
    r"|recently|tonight|come|at\s+the\s+time|he|she|they|by|after)\b",
    _I,
)
# What must not follow an age: a unit or a count of things.
_NOT_AGE_AFTER = re.compile(
    r"\s*(?:or\s+older|[+%]|(?:percent|minutes|mins?|hours?|hrs?|days?|weeks?|months?|mg|mcg"
    r"|ml|pounds|lbs?|kg|degrees|people|times|miles|mph|points|dollars|bucks|cents|percentile"
    r"|seconds|secs?|beds?|patients|clients|kids|students|steps|words|pages|calls|visits"
    r"|sessions|years?\s+(?:ago|in|of|later|before|after|since|clean|sober))\b)",
    _I,
)


def _person_before(tokens: list[str], text: str, start: int) -> bool:
    """Tell whether the clause before *start* is about a person (a pronoun, a name)."""
    if len(tokens) >= 2 and (tokens[-2] == "," or tokens[-2] in _MEASURES | _LIMITS):
        # "Agnes, is 97": a name set off before the verb; "the limit is 90": a measure.
        return tokens[-2] == ","
    if any(t in _PERSON_WORDS for t in tokens[-5:-1]):
        return True
    words = [w.strip(",.()") for w in text[max(0, start - 48) : start].split()[-4:-1]]
    return any(_name_like(w) and w.lower() not in FUNCTION_WORDS for w in words)


def _name_like(word: str) -> bool:
    """Tell whether *word* is capitalised, in any script: "Agnes", "Guðný", a decomposed "Zoë"."""
    return (
        len(word) >= 2
        and word[0].isupper()
        and word[-1].isalpha()
        and word[-1].islower()
        and all(c.isalpha() or c in "'\u2019-" or "\u0300" <= c <= "\u036f" for c in word)
    )


# What a word just before a number says about it being an age, where the word alone tells.
_AGE_SAID_BY = {
    **dict.fromkeys(_AGE_CUES, True),
    **dict.fromkeys(("he's", "she's", "they're", "who's", "i'm", "im", "am", "shes"), True),
}


_STATISTICS = word_set("average mean median retirement minimum maximum cut-off cutoff")
#: A person "of" an age: "a widow of ninety-three", "a man of 94".
_PERSON_OF_AN_AGE = word_set("widow widower man woman lady gentleman fellow")
#: What one is for one's age: "not bad for 91.", "sharp for 93".
_FOR_AN_AGE = word_set("bad good great sharp well spry fit young amazing impressive strong")
_DIGITS_AT = re.compile(r"[0-9]+|[\w-]+")


def _number_end(text: str, start: int) -> int:
    """Return where the number (in figures or words) at *start* ends."""
    m = _DIGITS_AT.match(text, start)
    return m.end() if m is not None else start


def _age_cue_before(text: str, start: int) -> bool:
    """Tell whether the words before the age at *start* say that it is someone's age."""
    tokens = _tokens_before(text, start, 48)
    while tokens and tokens[-1] in _AGE_SKIPPED:
        tokens.pop()
    last = tokens[-1] if tokens else ""
    before = tokens[-2] if len(tokens) >= 2 else ""
    if last in {"to", "of"}:
        # "lived to 101", "made it to 95", "at the age of 97"; not "the average age of 92".
        if last == "of":
            last, before = before, tokens[-3] if len(tokens) >= 3 else ""
            if last != "age":
                return last in _PERSON_OF_AN_AGE  # "a widow of ninety-three"
        else:
            return before in {"lived", "live", "living", "it"}
    if last in _AGE_SAID_BY:
        return not (last == "age" and before in _STATISTICS)
    if last == "for" and before in _FOR_AN_AGE:
        return _AGE_FOLLOWERS.match(text, _number_end(text, start)) is not None  # "sharp for 93."
    if last == "at":
        return not _MEASURES.intersection(tokens[-4:-1])
    if last in {"her", "him"} and before in {"makes", "made"}:
        # "That makes her ninety-five.": read as "her is", a person and the verb of an age
        tokens = [*tokens[:-2], last, "is"]
        last = "is"
    return last in _AGE_WEAK_CUES and (
        _person_before(tokens, text, start)
        # "— was 101 when I met her": the age someone was when the writer met them
        or (
            last == "was"
            and not (len(tokens) >= 2 and tokens[-2] in _MEASURES | _LIMITS)
            and _WHEN_MET.match(text, _number_end(text, start)) is not None
        )
    )


#: After an age: when the writer met the person ("was 94 when I first met her").
_WHEN_MET = re.compile(
    r" when (?:i|we) (?:first |finally )?(?:met|meet|saw|admitted|started seeing)"
    r" (?:her|him|them)\b",
    _I,
)


# Cues after which the age must end its clause ("turned 93 this week", not "reached 100
# members").
_AGE_CLAUSE_CUES = _AGE_WEAK_CUES | word_set(
    "turned turning turns turn reached reaching celebrated to"
)


#: Verbs before "at" and a number that is a speed: "going at ninety down the motorway".
_AT_A_SPEED = word_set("going driving doing travelling traveling running riding speeding clocked")
# The writer's own future: "when I'm 90", "until I am 95", "by the time I'm 100".
_HYPOTHETICAL_AGE = re.compile(
    r"\b(?:when|until|till|til|by the time|if)\s+(?:i|we|you)(?:['\u2019]m|['\u2019]re|\s+am"
    r"|\s+are|\s+get|\s+turn|\s+reach)\s*$"
    # a wish: "she wants to live to a hundred" (not "lived to 101", "managed to live to 103",
    # "hoping to make it to 100 next month")
    r"|\b(?:wants?|wanted|hopes?|hoping|hoped|wish(?:es|ed)?|plans?|planning|would like"
    r"|['\u2019]d like)\s+to\s+live\s+(?:to|till|until)(?:\s+be)?\s*$",
    _I,
)


def _age_after_cue(m: re.Match[str], text: str) -> bool:
    start = m.start("id")
    if _NOT_AGE_AFTER.match(text, m.end()) is not None or not _age_cue_before(text, start):
        return False
    if _HYPOTHETICAL_AGE.search(text, max(0, start - 24), start) is not None:
        return False
    tokens = [t for t in _tokens_before(text, start, 24) if t not in _AGE_SKIPPED]
    in_clause = bool(tokens) and tokens[-1] in _AGE_CLAUSE_CUES
    if (
        in_clause
        and tokens[-1] == "at"
        and not text[start].isdigit()
        and _person_before(tokens, text, start)
        and not (len(tokens) >= 2 and tokens[-2] in _AT_A_SPEED)  # "we were going at ninety"
    ):
        return True  # "watching someone at ninety-one decide": a great age in words
    if (
        in_clause
        and tokens[-1] == "at"
        and len(tokens) >= 2
        and tokens[-2] in _PERSON_WORDS
        and tokens[-2] not in _PRONOUNS_BEFORE_AT
        and not tokens[-2].endswith("s")  # "patients at 95 a week"
        and _NOT_AN_AGE_AT.match(text, m.end()) is None
    ):
        return True  # "his grandmother at 91 is roasting him": a person at an age
    return not in_clause or _AGE_FOLLOWERS.match(text, m.end()) is not None


#: Words for people before "at" that are rather the object of a verb: "saw him at 95".
_PRONOUNS_BEFORE_AT = word_set("him her them me us you it one someone somebody")
#: What after "at" and a number says it is a house's, a rate or a measure: "at 91 Elm
#: Street", "at 92, Rue ...", "at 90 per worker", "at 90/60", "at 95 a week", "at 110 bpm".
_NOT_AN_AGE_AT = re.compile(
    r"(?-i:,?[ \t]+[A-Z0-9])|[a-z/]|[ \t]+(?:per|a|an|each|bpm|beats|systolic|diastolic|sats"
    r"|mmhg|km|kph|mph)\b",
    _I,
)


_AGE_UNIT = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(rf"(?<![\w.,$/-])(?P<id>(?:9[0-9]|1[0-2][0-9]){_YEARS_OLD})", _I),
    score=0.95,
    reason="age over 89 with 'years old'",
    anchor=_AGE_DIGITS,
)
#: The words for years in Spanish, Portuguese, Italian and French.
_ROMANCE_YEAR_WORDS = r"a\u00f1os|anos|anni|ans"
#: "Years" or "aged" after an age in the languages of Europe: "95 años", "91 J.", "93-årig".
_FOREIGN_YEARS_OLD = (
    rf"(?:[ \u00a0](?:{_ROMANCE_YEAR_WORDS}|anys|Jahre(?:[ \u00a0]alt)?|Jahren|J\.(?![ \t]*[A-Z])"
    r"|jaar(?:[ \u00a0]oud)?|\u00e5r(?:[ \u00a0](?:gammel|gammal))?|\u00e9ves|vuotias|vuotta"
    r"|ya\u015f\u0131nda|godina|godine|\u043b\u0435\u0442|\u0433\u043e\u0434\u0430)"
    r"|-(?:j\u00e4hrig(?:e[nrms]?)?|\u00e5rig[ea]?|\u00e5ring(?:en)?|jarige?|letni[aey]?"
    r"|vuotias|\u00e9ves))"
)
#: Words before a number of years that make it a time ago: "hace 95 años", "il y a 95 ans".
_YEARS_AGO_BEFORE = re.compile(
    r"\b(?:hace|il y a|h\u00e1|fa|vor|sedan|siden|geleden|for|f\u00f6r|desde|depuis|seit"
    r"|fyrir|til)\s+$",
    _I,
)
#: And after it: "95 anni fa", "95 år sedan", "95 jaar geleden", "95 anos atrás".
_YEARS_AGO_AFTER = re.compile(
    r"\s+(?:fa|sedan|siden|geleden|atr\u00e1s|zuvor|ago|her|tidligere|sitten"
    r"|\u043d\u0430\u0437\u0430\u0434)\b",
    _I,
)
_AGE_UNIT_FOREIGN = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(rf"(?<![\w.,$/-])(?P<id>(?:9[0-9]|1[0-2][0-9]){_FOREIGN_YEARS_OLD})(?!\w)"),
    score=0.9,
    reason="age over 89 with 'years' in another language",
    check=lambda m, t: (
        _YEARS_AGO_BEFORE.search(t, max(0, m.start() - 12), m.start()) is None
        and _YEARS_AGO_AFTER.match(t, m.end()) is None
    ),
    anchor=_AGE_DIGITS,
)
_AGE_CUE = Rule(
    category=C.AGE_OVER_89,
    pattern=_AGE_NUMBER,
    check=_age_after_cue,
    score=0.85,
    reason="age over 89 after 'aged', 'turned' or 'she is'",
    anchor=_AGE_DIGITS,
)


def _origin_after(m: re.Match[str], text: str) -> bool:
    """
    A capital after the age is where the person is from: "in Kirkcaldy, 97, English-born".

    Not a count in a list ("Pākehā, 95, Pasifika, 40", "Maths, 91, English, 88").
    """
    after = text[m.end() : m.end() + 1]
    if not after.isupper():
        return True
    word = _WORD_AT.match(text, m.end())
    return (
        word is not None
        and (word.group().lower() in LANGUAGES_AND_PEOPLES or word.group().endswith("-born"))
        and _COUNT_AFTER.match(text, word.end()) is None
    )


_WORD_AT = re.compile(r"[^\W\d_]+(?:-born)?")
#: The word before ", now 98,": a person's (a given name, or a word for kin or a person).
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[,(\s]*$")


def _now_after_a_person(m: re.Match[str], text: str) -> bool:
    """
    Tell whether a number after "now", or before "and", follows a person, as an age does.

    "Her dad, now 98,"; not "The waitlist, now 95,", a count.
    """
    stop = m.group("stop") is not None  # "Mrs Kamado, 97. She lives alone."
    if m.group("now") is None and not stop and not text.startswith(" and ", m.end("id")):
        return True
    start = m.start()
    word = _WORD_BEFORE.search(text, max(0, start - 24), start + 1)
    if word is None:
        return False
    w = word.group(1)
    low = w.lower()
    plural = low.endswith("s") and not word_flags(w) & GIVEN  # not "Agnes, 93 and"
    if m.group("now") is None and (plural or low in _ADDRESSED):
        return False  # "the teens, 90 and a few more", "mate, 90 and the rest": counts
    if stop and w[0].isupper() and _titled(text, word.start(1)):
        return True  # "Mrs Kamado, 97.": a surname after a title
    # a word for kin or a person, or a given name ("Mr Obi, now 94,"; not "at Northfield")
    return low in KINSHIP_WORDS or low in PERSON_NOUNS or bool(word_flags(w) & GIVEN)


def _titled(text: str, start: int) -> bool:
    """Tell whether a capitalised title or word for kin stands right before *start* ("Mrs ")."""
    m = _TITLE_BEFORE.search(text, max(0, start - 16), start)
    if m is None or not m.group(1)[0].isupper():
        return False
    return bool(word_flags(m.group(1)) & TITLE) or m.group(1).lower() in KINSHIP_WORDS


#: The word before a surname, a full stop after it or not: "Mrs Kamado", "Dr. Obi".
_TITLE_BEFORE = re.compile(r"(?<![\w'\u2019-])([^\W\d_]+)\.?[ \t]+\Z")


#: Words of address before a count: "Thanks mate, 90 and the rest I'll send tomorrow".
_ADDRESSED = frozenset({"mate", "bro", "pal", "buddy", "love", "hun", "dude", "man"})


_COUNT_AFTER = re.compile(r",?[ \t]*[0-9]")
_AGE_APPOSITIVE = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(
        # "Her dad, now 98, still drives."
        r"(?<=[^\W\d_])(?:,[ \t\n]|[ \t\n]\()(?P<now>now[ \t])?(?P<id>9[0-9]|1[0-2][0-9])"
        # then a word written small, or the people the person comes from ("97, English-born")
        r"(?:,\s(?=[a-z]|[^\W\d_a-z][^\W\d_]+[-,\s])|\)"
        # "retired fisherman, 91 this winter,"
        r"|[ ](?=this[ ](?:winter|summer|spring|autumn|fall|birthday|year)\b)"
        # "Mrs Kamado, 97. She lives alone." (after a given name, a word for a person or kin,
        # or a title and a name)
        r"|(?P<stop>\.)(?=[ \t\n]+[A-Z])"
        # "her own mother-in-law, 93 and apparently still the boss" (after a person's word)
        r"|[ ](?=and[ ](?!the[ ](?:rest|others?|week|month|new)\b|a[ ](?:few|couple)\b)"
        r"(?:still|apparently|sharp|going|very|as|never|now|a|the|she|he)\b))"
    ),
    score=0.7,
    reason="number over 89 set off after a word for a person",
    check=lambda m, t: _origin_after(m, t) and _now_after_a_person(m, t),
    anchor=_AGE_DIGITS,
    back=", (\t\nnow",
)
_SPELLED_ANCHOR = word_anchor("ninety", "hundred")
_SPELLED_BACK = " -aoneAONE"
_AGE_SPELLED_UNIT = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(rf"\b(?P<id>{_SPELLED_AGE}{_YEARS_OLD_SPELLED})", _I),
    score=0.95,
    reason="age over 89 in words with 'years old'",
    anchor=_SPELLED_ANCHOR,
    back=_SPELLED_BACK,
)
_AGE_SPELLED_CUE = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(rf"\b(?P<id>{_SPELLED_AGE})\b(?![- ](?:year|yr))", _I),
    check=_age_after_cue,
    score=0.85,
    reason="age over 89 in words after 'turned' or 'she is'",
    anchor=_SPELLED_ANCHOR,
    back=_SPELLED_BACK,
)


def _spelled_alone(m: re.Match[str], text: str) -> bool:
    """A number over 89 in words that stands on its own ("The youngest? Ninety-one.")."""
    if _NOT_AGE_AFTER.match(text, m.end()) is not None:
        return False
    if _HYPOTHETICAL_AGE.search(text, max(0, m.start() - 24), m.start()) is not None:
        return False  # "when I am ninety": the writer's own future
    if not re.match(
        r"\s*(?:[.!?;,)]|$|\n|\s+and\s+(?:still|she|he|they|sharp|going|finally)"
        r"|\s+this\s+(?:year|winter|summer|spring|autumn|fall|birthday)\b)",
        text[m.end() :],
    ):
        return False
    tokens = _tokens_before(text, m.start(), 16)
    return (
        not tokens
        or tokens[-1] in {".", "?", "!", "\n", ",", ":", "(", "\u2014"}
        or (tokens[-1] in _AGE_SKIPPED | _AGE_CUES | _AGE_WEAK_CUES)
    )


_AGE_SPELLED_ALONE = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(rf"\b(?P<id>{_SPELLED_AGE})\b(?![- ](?:year|yr))", _I),
    check=_spelled_alone,
    score=0.6,
    reason="number over 89 in words standing alone",
    anchor=_SPELLED_ANCHOR,
    back=_SPELLED_BACK,
)

#: Ninety to ninety-nine in words in Spanish, Portuguese, Italian and French: "noventa y
#: dos", "noventa e dois", "novantotto", "quatre-vingt-douze".
_ROMANCE_NINETIES = (
    r"(?:noventa(?:[ -](?:y|e)[ -](?:uno|una|um|uma|dos|duas|dois|tres|tr\u00eas|cuatro|quatro"
    r"|cinco|seis|siete|sete|ocho|oito|nueve|nove))?"
    r"|novant(?:a|uno|adue|atr\u00e9|atre|aquattro|acinque|asei|asette|otto|anove)"
    r"|quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf))"
)
_ROMANCE_NINETIES_WORDS = (
    "noventa",
    "novanta",
    "novantuno",
    "novantadue",
    "novantatre",
    "novantatr\u00e9",
    "novantaquattro",
    "novantacinque",
    "novantasei",
    "novantasette",
    "novantotto",
    "novantanove",
    "quatre",
)
# "tiene noventa y dos años", "noventa e dois anos", "a quatre-vingt-douze ans"; and standing
# alone at a quotation's or a sentence's start: '"noventa e dois, menina, e ainda cá estou."'
_ROMANCE_YEARS = re.compile(rf"[ \u00a0](?:{_ROMANCE_YEAR_WORDS})\b", re.IGNORECASE)
_ROMANCE_ALONE_BEFORE = re.compile(r"(?:[\"\u201c\u201e(]|[.!?\n\u2014:] |^)$")


def _romance_age(m: re.Match[str], text: str) -> bool:
    """
    Tell whether a number over 89 in Romance words is an age.

    Before a word for years, alone at a quotation's or a sentence's start, or after an
    English cue of an age at a clause's end ('"Mija, I'm noventa y siete, I don't ..."');
    not a time ago ("hace noventa años").
    """
    start = m.start()
    if _ROMANCE_YEARS.match(text, m.end()) is not None:
        # "hace noventa años", "il y a quatre-vingt-dix ans": a time ago, no age (but "fa
        # novantadue anni" is Italian for turning ninety-two)
        return _ROMANCE_AGO_BEFORE.search(text, max(0, start - 12), start) is None
    if (
        _AGE_FOLLOWERS.match(text, m.end()) is not None
        and _age_cue_before(text, start)
        and not text.endswith("at ", 0, start)  # "met him at noventa, the bar"
    ):
        return True
    return (
        text.startswith((",", ".", "!", "?"), m.end())
        and _ROMANCE_ALONE_BEFORE.search(text[max(0, start - 2) : start]) is not None
    )


#: Words before a number of years in a Romance language that make it a time ago.
_ROMANCE_AGO_BEFORE = re.compile(
    r"\b(?:hace|il y a|h\u00e1|desde|depuis|for|durante|por|pendant)\s+$", _I
)
_AGE_SPELLED_ROMANCE = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(rf"\b(?P<id>{_ROMANCE_NINETIES})(?![\w-])", _I),
    check=_romance_age,
    score=0.8,
    reason="age over 89 in words in Spanish, Portuguese, Italian or French",
    words=_ROMANCE_NINETIES_WORDS,
)
_AGE_BIRTHDAY = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(
        r"\b(?P<id>(?:9[0-9]|1[0-2][0-9])(?:st|nd|rd|th)|ninetieth|ninety-?\w+th"
        r"|(?:one[ -])?hundredth)"
        r"\s+birthday\b",
        _I,
    ),
    score=0.9,
    reason="birthday over 89",
    words=("birthday", "birthdays"),
)
#: Anyone at all, before "in their nineties": "people assume that a person in their nineties".
_ANYONE_BEFORE = re.compile(
    r"\b(?:a person|people|someone|somebody|anyone|anybody|everyone|those|folks|patients"
    r"|clients|adults)\s+(?:who\s+(?:is|are)\s+|(?:[a-z]+\s+){1,3})?$",
    _I,
)
_AGE_DECADE = Rule(
    category=C.AGE_OVER_89,
    pattern=lazy(
        r"\b(?:in\s+(?:his|her|their|my)\s+(?:(?:early|mid|late)[- ])?)(?P<id>90s|90's|nineties"
        r"|hundreds)\b",
        _I,
    ),
    score=0.85,
    reason="age in the nineties",
    check=lambda m, text: _ANYONE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None,
    words=("90s", "90", "nineties", "hundreds"),
)


def detectors() -> list[PatternDetector]:
    """
    Build the detectors of numbers.

    Returns:
        The ``ssn``, ``id-number`` and ``age-over-89`` detectors.
    """
    return [
        PatternDetector(
            name="ssn", rules=[_SSN, _SSN_MASKED, _SSN_CUE, _SSN_LAST_FOUR, _NINO, _CPF]
        ),
        PatternDetector(
            name="id-number",
            rules=[
                _ID_CUE,
                _ENDING_IN_DIGITS,
                _LETTERS_AND_DIGITS,
                _CASE_OF_YEAR,
                _REPORT_OF_YEAR,
                _ID_ISSUER,
                _ID_SPACED,
                _DOTTED_NATIONAL_ID,
                _PROFESSIONAL_REGISTRATION,
                _CRP_REGISTRATION,
                _PLATE,
                _PLATE_AFTER_VEHICLE,
                _PLATE_REGISTERED,
                _PLATE_UK,
                _PLATE_NIGERIA,
                _PLATE_INDIA,
                _PAN,
                _VIN,
                _MBI,
                _MAC,
                _MAC_HYPHENS,
                _IMEI,
                _CARD,
                _SORT_CODE_ACCOUNT,
                _IBAN,
                _FULLNAME,
                _ID_CODED,
                _ID_SPACED_BARE,
                _ID_BARE,
                _ID_BARE_ISSUER,
                _NHI,
                _ID_DOTTED,
            ],
        ),
        PatternDetector(
            name="age-over-89",
            rules=[
                _AGE_UNIT,
                _AGE_UNIT_FOREIGN,
                _AGE_CUE,
                _AGE_APPOSITIVE,
                _AGE_SPELLED_UNIT,
                _AGE_SPELLED_CUE,
                _AGE_SPELLED_ALONE,
                _AGE_SPELLED_ROMANCE,
                _AGE_BIRTHDAY,
                _AGE_DECADE,
            ],
        ),
    ]
