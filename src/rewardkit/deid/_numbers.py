"""
Numbers: social security, record, plan, account, licence, device and vehicle numbers.

Also other ids, postal codes and ages over 89.

Detectors: ``ssn``, ``id-number`` and ``age-over-89``; the postal-code rules
(:data:`POSTAL_CODE_RULES`) belong to the ``address`` detector of :mod:`._places`.
"""

from __future__ import annotations

import functools
import re

from rewardkit.story import PhiCategory

from ._engine import PatternDetector, Rule, digits, lazy
from ._lexicon import ZIP_WORDS, alternation, states

__all__ = ["POSTAL_CODE_RULES", "detectors"]

_I = re.IGNORECASE
_T_SSN = re.compile(r"\d\d\d[- ]?\d\d[- ]?\d\d\d\d")
_T_DIGITS_3_CODE = re.compile(r"\d[A-Za-z/-]*\d[A-Za-z/-]*\d")
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-")


def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


# --------------------------------------------------------------------------- SSN


def _ssn_ok(m: re.Match[str], _text: str) -> bool:
    d = digits(m.group("id") if "id" in m.re.groupindex else m.group())
    return (
        len(d) == 9
        and d[:3] not in {"000", "666"}
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


_SSN = Rule(
    category=PhiCategory.SSN,
    pattern=lazy(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])"),
    score=0.9,
    reason="shape of a social security number",
    check=_ssn_ok,
    trigger=_T_SSN,
)
_SSN_CUE = Rule(
    category=PhiCategory.SSN,
    pattern=lazy(
        r"(?=[sS])"
        r"\b(?:ssn|ss#|social security(?:\s+(?:number|no\.?|#))?|social)\s*(?:is|was|:|#)?\s*"
        r"(?P<id>\d{3}[- ]?\d{2}[- ]?\d{4})(?!\d)",
        _I,
    ),
    score=0.95,
    reason="number after 'SSN' or 'social security'",
    check=_ssn_ok,
    trigger=_T_SSN,
)

# Cue words for record numbers, in the order they are tried (longest first).
_ID_CUES: tuple[tuple[PhiCategory, str], ...] = (
    (
        PhiCategory.MRN,
        (
            r"mrn|medical record(?:\s+number)?|med(?:ical)? rec(?:ord)?|chart"
            r"(?:\s+number)?|patient id|pt id|hospital number|record number"
        ),
    ),
    (
        PhiCategory.HEALTH_PLAN_ID,
        (
            r"member id|member number|member|subscriber id|subscriber"
            r"|policy(?:\s+number)?|insurance id|insurance(?:\s+number)?"
            r"|medicaid(?:\s+id)?|medicare(?:\s+id)?|plan id|group number"
            r"|beneficiary(?:\s+id)?|health plan id|mbi"
        ),
    ),
    (
        PhiCategory.ACCOUNT_NUMBER,
        (
            r"account(?:\s+number)?|acct|routing(?:\s+number)?|iban"
            r"|card(?:\s+number)?|credit card|debit card|bank account"
        ),
    ),
    (
        PhiCategory.VEHICLE_ID,
        (
            r"license plate|licence plate|plate(?:\s+number)?|tag number|vin"
            r"|vehicle id"
        ),
    ),
    (
        PhiCategory.LICENSE_NUMBER,
        (
            r"driver'?s licen[cs]e|licen[cs]e(?:\s+number)?|lic\.?|npi"
            r"|dea(?:\s+number)?|certificate(?:\s+number)?|cert"
            r"|registration(?:\s+number)?|permit(?:\s+number)?"
        ),
    ),
    (
        PhiCategory.DEVICE_ID,
        (
            r"serial(?:\s+number)?|s/n|imei|device id|pump id|implant id"
            r"|hearing aid id|mac address"
        ),
    ),
    (
        PhiCategory.OTHER_ID,
        (
            r"case(?:\s+number)?|booking(?:\s+number)?|inmate(?:\s+number)?"
            r"|docket(?:\s+number)?|claim(?:\s+number)?|ticket(?:\s+number)?"
            r"|reference(?:\s+number)?|ref|confirmation(?:\s+number)?|order"
            r"(?:\s+number)?|passport(?:\s+number)?|student id|student number"
            r"|employee id|employee number|badge(?:\s+number)?|id number|id"
            r"|file number|referral(?:\s+number)?|visa(?:\s+number)?"
            r"|prisoner(?:\s+number)?|doc(?:\s+number)?|cdcr|offender id"
            r"|room(?:\s+number)?|bed(?:\s+number)?"
        ),
    ),
)
_CUE_GROUPS = {f"c{i}": cat for i, (cat, _) in enumerate(_ID_CUES)}
_CUE_ALT = "|".join(f"(?P<c{i}>{alt})" for i, (_, alt) in enumerate(_ID_CUES))
_FILLER = r"(?:\s*(?:number|num|no\.?|#|is|was|of|reads|read|ending in|ends in|ending|:|=|-|,))*"


_CUE_BEFORE = re.compile(rf"\b(?:{_CUE_ALT})\b{_FILLER}\s*$", _I)


def _id_category(m: re.Match[str], text: str) -> PhiCategory | None:
    """Find the cue word just before a candidate number, and the category it names."""
    cue = _CUE_BEFORE.search(text, max(0, m.start() - 48), m.start())
    if cue is None:
        return None
    for group, cat in _CUE_GROUPS.items():
        if cue.group(group) is not None:
            return cat
    return None  # pragma: no cover - one alternative always matched


def _id_check(m: re.Match[str], _text: str) -> bool:
    value = m.group("id")
    return sum(c.isdigit() for c in value) >= 3 and not re.fullmatch(
        r"(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th)?|\d+(?:mg|mcg|ml|g|kg|lbs?|am|pm|k|x|s|min)",
        value,
        _I,
    )


_ID_CUE = Rule(
    category=PhiCategory.OTHER_ID,
    pattern=lazy(
        r"(?<![\w/-])(?=(?:[A-Z/-]*\d){3})(?P<id>[A-Z0-9](?:[A-Z0-9/-]*[A-Z0-9])?)(?![\w-])", _I
    ),
    score=0.9,
    reason="number after a record-number cue word",
    check=_id_check,
    category_of=_id_category,
    anchor=_T_DIGITS_3_CODE,
    back=_CODE_CHARS,
)
_HASH_ID = Rule(
    category=PhiCategory.OTHER_ID,
    # Four digits in a row somewhere in the first run of letters and digits (looked for
    # lazily), then the whole run, taken at once, and what hyphens join to it.
    pattern=lazy(r"(?<![\w&])#\s?(?P<id>(?=[A-Z0-9]*?\d{4})[A-Z0-9]++[A-Z0-9-]*)\b", _I),
    score=0.6,
    reason="number written after '#'",
    trigger=re.compile("#"),
)
_VIN = Rule(
    category=PhiCategory.VEHICLE_ID,
    pattern=lazy(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"),
    score=0.85,
    reason="shape of a vehicle identification number",
    trigger=re.compile(r"[A-HJ-NPR-Z0-9]{17}"),
)
_MBI_L = "[AC-HJKMNP-RT-Y]"
_MBI = Rule(
    category=PhiCategory.HEALTH_PLAN_ID,
    pattern=lazy(
        rf"\b[1-9]{_MBI_L}[0-9{_MBI_L[1:-1]}]\d-?{_MBI_L}[0-9{_MBI_L[1:-1]}]\d-?{_MBI_L}{{2}}\d\d\b"
    ),
    score=0.8,
    reason="shape of a Medicare beneficiary identifier",
    trigger=re.compile(r"[1-9][A-Z][0-9A-Z]\d-?[A-Z]"),
)
_MAC = Rule(
    category=PhiCategory.DEVICE_ID,
    pattern=lazy(
        r"(?<![\w:-])(?:[0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
        r"(?![\w:-])"
    ),
    score=0.85,
    reason="shape of a MAC address",
    trigger=re.compile(r"[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]"),
)
_CARD = Rule(
    category=PhiCategory.ACCOUNT_NUMBER,
    pattern=lazy(r"(?<![\w-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\w-])"),
    score=0.85,
    reason="card number with a valid check digit",
    check=lambda m, _t: 13 <= len(digits(m.group())) <= 19 and _luhn(digits(m.group())),
    trigger=re.compile(r"\d\d\d\d[ -]?\d\d\d\d[ -]?\d\d\d\d"),
)


def _iban_ok(m: re.Match[str], _text: str) -> bool:
    s = m.group().replace(" ", "")
    moved = s[4:] + s[:4]
    return 15 <= len(s) <= 34 and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


_IBAN = Rule(
    category=PhiCategory.ACCOUNT_NUMBER,
    pattern=lazy(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"),
    score=0.9,
    reason="IBAN with a valid check",
    check=_iban_ok,
    trigger=re.compile(r"[A-Z][A-Z]\d\d ?[A-Z0-9]{4}"),
)
_FULLNAME = Rule(
    category=PhiCategory.OTHER_ID,
    pattern=lazy(r"\bt[1-6]_[a-z0-9]{4,12}\b"),
    score=0.85,
    reason="Reddit thing id",
    trigger=re.compile(r"t[1-6]_"),
)
_LONG_NUMBER = Rule(
    category=PhiCategory.OTHER_ID,
    pattern=lazy(r"(?<![\w.,$€£/-])\d{8,}(?![\w%]|[.,]\d)"),
    score=0.5,
    reason="long run of digits",
    trigger=re.compile(r"\d{8}"),
)
_MIXED_ID = Rule(
    category=PhiCategory.OTHER_ID,
    pattern=lazy(
        r"(?<![\w/-])(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){5})[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])"
        r"(?![\w/-])"
    ),
    score=0.55,
    reason="code of letters and five or more digits",
    trigger=re.compile(r"\d(?:[A-Z-]*\d){4}"),
)


# --------------------------------------------------------------------------- postal codes


@functools.cache
def _state_before() -> re.Pattern[str]:
    """Return the pattern of a US state (name or abbreviation) that ends a text."""
    us = states()
    return re.compile(rf"\b(?:{alternation(us.us_abbreviations)}|{alternation(us.us_names)}),?\s+$")


def _after_state(m: re.Match[str], text: str) -> bool:
    return _state_before().search(text, max(0, m.start() - 24), m.start()) is not None


_ZIP_STATE = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(r"\d(?<!\w\d)\d{4}(?:-\d{4})?\b"),
    check=_after_state,
    score=0.9,
    reason="ZIP code after a state",
    trigger=re.compile(r"\d\d\d\d\d"),
)
_ZIP_CUE = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(
        r"(?=[zpZP])"
        r"(?=[A-Z])"
        rf"\b(?:{alternation(ZIP_WORDS)})\s*(?:is|was|:|#)?\s*"
        r"(?P<id>\d{5}(?:-\d{4})?|\d{3})\b",
        _I,
    ),
    score=0.95,
    reason="number after 'zip' or 'postal code'",
    keywords=ZIP_WORDS,
)
_ZIP_BEFORE_CUE = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(
        rf"\d(?<![\w-]\d)\d{{4}}(?:-\d{{4}})?(?=\s+(?:{alternation(ZIP_WORDS)})\b)",
        _I,
    ),
    score=0.9,
    reason="number before 'zip code'",
    keywords=ZIP_WORDS,
)
_ZIP4 = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(r"(?<![\w-])\d{5}-\d{4}(?![\w-])"),
    score=0.8,
    reason="ZIP+4 code",
    trigger=re.compile(r"\d\d\d\d\d-\d"),
)
_POSTCODE_UK = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b"),
    score=0.8,
    reason="UK postcode",
    trigger=re.compile(r"\d[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]"),
)
_POSTCODE_CA = Rule(
    category=PhiCategory.ZIP,
    pattern=lazy(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b"),
    score=0.8,
    reason="Canadian postal code",
    trigger=re.compile(r"\d[A-Z] ?\d[A-Z]\d"),
)

#: The rules of postal codes, for the ``address`` detector.
POSTAL_CODE_RULES = (_ZIP_STATE, _ZIP_CUE, _ZIP_BEFORE_CUE, _ZIP4, _POSTCODE_UK, _POSTCODE_CA)

# --------------------------------------------------------------------------- ages over 89

_SPELLED_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SPELLED_AGE = (
    rf"(?:ninety(?:[- ]{_SPELLED_UNIT})?|(?:a|one)?\s?hundred(?:\s(?:and\s)?(?:{_SPELLED_UNIT}"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen))?)"
)
_NUM_AGE = r"(?:9\d|1[0-2]\d)"
_AGE_TRIGGER = re.compile(r"9\d(?<!\d9\d)(?!\d)|1[0-2]\d(?<!\d1[0-2]\d)(?!\d)|ninet|hundred")
_AGE_NOT_AFTER = r"(?!\s*(?:or\s+older|\+|%|percent|minutes|mins?|mg|pounds|lbs?|kg|degrees))"
_AGE_UNIT = Rule(
    category=PhiCategory.AGE_OVER_89,
    pattern=lazy(
        rf"(?<![\w.,$])(?P<id>(?:{_NUM_AGE}|{_SPELLED_AGE})(?:[- ]?(?:years?|yrs?)[- ]?old|[- ]"
        rf"(?:year|yr)[- ]old|\s?(?:yo|y/o|y\.o\.?)(?!\w)|(?:yo)?[MF](?=\b)|[- ]?years? of age))",
        _I,
    ),
    score=0.95,
    reason="age over 89 with 'years old'",
    trigger=_AGE_TRIGGER,
    trigger_lower=True,
)
_AGE_CUE = Rule(
    category=PhiCategory.AGE_OVER_89,
    pattern=lazy(
        r"(?=[atrlmATRLM])"
        rf"\b(?:aged?|turned|turning|turns|age of|reached|lived to|made it to)\s+(?:be\s+)?"
        rf"(?P<id>{_NUM_AGE}|{_SPELLED_AGE})\b{_AGE_NOT_AFTER}(?!\s*(?:years?|yrs?)\s+(?:ago|in))",
        _I,
    ),
    score=0.85,
    reason="age over 89 after 'aged' or 'turned'",
    trigger=_AGE_TRIGGER,
    trigger_lower=True,
)
_AGE_BIRTHDAY = Rule(
    category=PhiCategory.AGE_OVER_89,
    pattern=lazy(
        rf"\b(?P<id>{_NUM_AGE}(?:st|nd|rd|th)|ninetieth|ninety-?\w+th|hundredth)\s+birthday\b",
        _I,
    ),
    score=0.9,
    reason="birthday over 89",
    trigger=re.compile("birthday"),
    trigger_lower=True,
)
_AGE_DECADE = Rule(
    category=PhiCategory.AGE_OVER_89,
    pattern=lazy(
        r"\b(?:in\s+(?:his|her|their|my)\s+(?:(?:early|mid|late)[- ])?)(?P<id>90s|90's|nineties"
        r"|hundreds)\b",
        _I,
    ),
    score=0.85,
    reason="age in the nineties",
    trigger=re.compile("90|nineties|hundreds"),
    trigger_lower=True,
)
_AGE_AT = Rule(
    category=PhiCategory.AGE_OVER_89,
    pattern=lazy(
        rf"\b(?:at|at age|at the age of)\s+(?P<id>{_NUM_AGE}|{_SPELLED_AGE})(?=,?\s+(?:still|she"
        rf"|he|they|is|was|and|years|yrs)\b|,\s)",
        _I,
    ),
    score=0.7,
    reason="'at' and a number over 89 said of a person",
    trigger=_AGE_TRIGGER,
    trigger_lower=True,
)
_AGE_IS = Rule(
    category=PhiCategory.AGE_OVER_89,
    pattern=lazy(
        r"(?=[iwhsticIWHSTC])"
        rf"\b(?:is|was|he's|she's|they're|who's|who is|who was|i'm|im|am)\s+(?:now\s+)?"
        rf"(?P<id>{_NUM_AGE}|{_SPELLED_AGE})(?=\s*(?:[.,;!?)]|and\b|now\b|$|\s+(?:and|but|so)"
        rf"\b))",
        _I,
    ),
    score=0.6,
    reason="number over 89 said of a person",
    trigger=_AGE_TRIGGER,
    trigger_lower=True,
)

_AGE_APPOSITIVE = Rule(
    category=PhiCategory.AGE_OVER_89,
    pattern=lazy(rf"(?<=[^\W\d_])(?:,\s|\s\()(?P<id>{_NUM_AGE})(?:,\s(?=[a-z])|\))"),
    score=0.7,
    reason="number over 89 set off after a word for a person",
    trigger=re.compile(r"9\d(?<!\d9\d)(?!\d)|1[0-2]\d(?<!\d1[0-2]\d)(?!\d)"),
)


def detectors() -> list[PatternDetector]:
    """
    Build the detectors of numbers.

    Returns:
        The ``ssn``, ``id-number`` and ``age-over-89`` detectors.
    """
    return [
        PatternDetector(name="ssn", rules=[_SSN, _SSN_CUE]),
        PatternDetector(
            name="id-number",
            rules=[
                _ID_CUE,
                _HASH_ID,
                _VIN,
                _MBI,
                _MAC,
                _CARD,
                _IBAN,
                _FULLNAME,
                _LONG_NUMBER,
                _MIXED_ID,
            ],
        ),
        PatternDetector(
            name="age-over-89",
            rules=[
                _AGE_UNIT,
                _AGE_CUE,
                _AGE_BIRTHDAY,
                _AGE_DECADE,
                _AGE_IS,
                _AGE_APPOSITIVE,
                _AGE_AT,
            ],
        ),
    ]
