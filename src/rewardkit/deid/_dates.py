"""
Dates: a day or a month with a year, in any common form.

Detector: ``date``. A year alone, a month alone, a weekday and relative times ("last
Tuesday") are not identifiers and are left alone.
"""

from __future__ import annotations

import re

from rewardkit.story import PhiCategory

from ._engine import PatternDetector, Rule, after, initials, lazy
from ._lexicon import (
    DATED_HOLIDAYS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS_THAT_ARE_WORDS,
    WEEKDAY_NAMES,
    alternation,
)

__all__ = ["detectors"]

_I = re.IGNORECASE
# Triggers: cheap patterns, each a necessary condition of its rules, written to start with a
# character class (no leading \b or look-behind, no IGNORECASE on the first character) so that
# the regular-expression engine skips ahead quickly. Searched in the lowercased text.
_MONTH_PREFIX = f"(?:{alternation(m[:3] for m in MONTH_NAMES)})"
# (No month name has more than six letters after its first three.)
_T_MONTH_THEN_NUMBER = re.compile(_MONTH_PREFIX + r"[a-z]{0,6}\.?,?\s+(?:of\s+)?['\u2019]?\d")
_T_DAY_MONTH = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_PREFIX)
_T_YEAR = re.compile(r"[12'\u2019](?:[89]\d\d|0\d\d|\d\d)")
# Month names that are also words unless a day has an ordinal or a year follows.
_AMBIGUOUS_MONTHS = MONTHS_THAT_ARE_WORDS | {"sept", "jan"}

_MONTH = f"(?:{alternation(w.capitalize() for w in MONTH_NAMES + MONTH_ABBREVIATIONS)})"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d|\u2019\d\d)"
_WEEKDAY = rf"(?:(?:{alternation(w.capitalize() for w in WEEKDAY_NAMES)})\.?,?\s+)?"


def _month_case_ok(m: re.Match[str], _text: str) -> bool:
    """Accept a lowercase month name only when the match cannot be a verb or a noun."""
    month = m.group("month")
    if month[0].isupper():
        return True
    if month.casefold() in _AMBIGUOUS_MONTHS:
        return bool(m.group("ordinal") or m.group("year"))
    return True


_DATE_MDY = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?=[JFMASONDTWjfmasondtw])"
        rf"\b{_WEEKDAY}(?P<month>{_MONTH})\.?\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])"
        rf"(?P<ordinal>st|nd|rd|th)?)(?![\d:]|\s*(?:%|am\b|pm\b|mg\b|people|times|years?|"
        rf"hours?|minutes?|days?|weeks?|months?|sessions?))(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?"
        r"(?!\d)",
        _I,
    ),
    score=0.9,
    reason="month and day",
    check=_month_case_ok,
    trigger=_T_MONTH_THEN_NUMBER,
    trigger_lower=True,
)
_DATE_DMY = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?=[0-9tT])"
        rf"\b(?:the\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?P<ordinal>st|nd|rd|th)?)\s+(?:of\s+)?"
        rf"(?P<month>{_MONTH})\b\.?(?:,?\s+(?P<year>{_YEAR}))?(?!\d)",
        _I,
    ),
    score=0.9,
    reason="day and month",
    check=lambda m, t: (
        _month_case_ok(m, t)
        and (
            m.group("month")[0].isupper()
            or bool(m.group("ordinal") or m.group("year"))
            or m.group().casefold().startswith("the")
        )
    ),
    trigger=_T_DAY_MONTH,
    trigger_lower=True,
)
_DATE_MY = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?=[JFMASONDjfmasond])"
        rf"\b(?P<month>{_MONTH})\.?(?:\s+of|,)?\s+(?P<year>{_YEAR})(?!\d)",
        _I,
    ),
    score=0.85,
    reason="month and year",
    check=lambda m, _t: (
        m.group("month")[0].isupper() or m.group("month").casefold() not in MONTHS_THAT_ARE_WORDS
    ),
    trigger=_T_MONTH_THEN_NUMBER,
    trigger_lower=True,
)


def _numeric_date_ok(m: re.Match[str], _text: str) -> bool:
    a, b = int(m.group("a")), int(m.group("b"))
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


_DATE_NUMERIC = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<![\w/.-])(?P<a>\d{1,2})(?P<s>[/-])(?P<b>\d{1,2})(?P=s)(?:\d{4}|\d{2})(?![\w/-]|\.\d)"
        r"|(?<![\w/.-])(?P<a2>\d{1,2})\.(?P<b2>\d{1,2})\.\d{4}(?![\w/-]|\.\d)"
    ),
    score=0.9,
    reason="numeric date",
    check=lambda m, _t: (
        _numeric_date_ok(m, _t)
        if m.group("a")
        else (1 <= int(m.group("a2")) <= 31 and 1 <= int(m.group("b2")) <= 31)
    ),
    trigger=re.compile(r"\d[/.-]\d{1,2}[/.-]\d\d"),
)
_DATE_ISO = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<![\w/.-])(?:1[89]|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:[12]\d|3[01]|0?[1-9])"
        r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/-]|\.\d)"
    ),
    score=0.95,
    reason="ISO date",
    trigger=re.compile(r"\d\d\d\d[-/.]\d"),
)
_DATE_MONTH_YEAR_NUMERIC = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(r"(?<![\w/.-])(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\w/-])"),
    score=0.8,
    reason="numeric month and year",
    trigger=re.compile(r"\d/[12][09]\d\d"),
)
_DATE_CUE_MD = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?=[osbutfdapOSBUTFDAP])"
        r"\b(?:on|since|by|until|till|from|born|dob|d\.o\.b\.?|birthday|due|discharged|admitted"
        r"|died|passed|before|after)\s*:?\s+(?P<id>(?P<a>\d{1,2})/(?P<b>\d{1,2}))(?![\w/]|\.\d)",
        _I,
    ),
    score=0.7,
    reason="month and day after a date cue word",
    check=lambda m, _t: (
        1 <= int(m.group("a")) <= 12
        and 1 <= int(m.group("b")) <= 31
        and m.group("b") not in {"10", "100"}
        and not re.match(r"\s*(?:scale|rating|score|pain)", after(_t, m), _I)
    ),
    trigger=re.compile(r"\d/\d"),
)

_DATE_HOLIDAY = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        initials(DATED_HOLIDAYS)
        + rf"\b(?:{alternation(DATED_HOLIDAYS)})\s*,?\s+(?:of\s+)?{_YEAR}(?!\d)",
        _I,
    ),
    score=0.8,
    reason="holiday of a given year",
    trigger=_T_YEAR,
    keywords=(h.lower() for h in DATED_HOLIDAYS),
)


def detectors() -> list[PatternDetector]:
    """
    Build the detector of dates.

    Returns:
        The ``date`` detector.
    """
    return [
        PatternDetector(
            name="date",
            rules=[
                _DATE_MDY,
                _DATE_DMY,
                _DATE_MY,
                _DATE_NUMERIC,
                _DATE_ISO,
                _DATE_MONTH_YEAR_NUMERIC,
                _DATE_CUE_MD,
                _DATE_HOLIDAY,
            ],
        ),
    ]
