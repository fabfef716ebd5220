"""
Dates: a day or a month with a year, in any common form.

Detector: ``date``. A year alone, a month alone, a weekday and relative times ("last
Tuesday") are not identifiers and are left alone; a weekday, "the" and "on" before a date
stay outside its span ("Friday, [August 2nd]", "on the [9th of March]").

The rules start from a month's name (found as a whole word, only in texts that hold one) or
from digits with a date's separators in the text's shape, never from a pattern tried across
the whole text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

import attrs

from rewardkit.story import PhiCategory

from ._engine import PatternDetector, Rule, after, lazy, word_anchor
from ._lexicon import (
    DATED_HOLIDAYS,
    ENGLISH,
    MONTH_ABBREVIATIONS,
    MONTH_CONTEXT_WORDS,
    MONTH_NAMES,
    MONTHS,
    MONTHS_THAT_ARE_WORDS,
    WEEKDAY_NAMES,
    alternation,
    word_flags,
    word_set,
)
from ._model import trusted_detection

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._model import Detection

__all__ = ["DateDetector", "detectors"]

_I = re.IGNORECASE
# Month names that are also words unless a day has an ordinal or a year follows.
_AMBIGUOUS_MONTHS = MONTHS_THAT_ARE_WORDS | {"sept", "jan"}

_MONTH = f"(?:{alternation(w.capitalize() for w in MONTH_NAMES + MONTH_ABBREVIATIONS)})"
_YEAR = r"(?:1[89][0-9][0-9]|20[0-9][0-9]|'[0-9][0-9]|\u2019[0-9][0-9])"
# A day of the month: its digits end there ("14:30" is a time), an ordinal may follow.
_DAY = r"(?P<day>(?:[12][0-9]|3[01]|0?[1-9])(?![0-9:])(?P<ordinal>st|nd|rd|th)?)(?![\w])"
# What after a month and a number makes the number a count, not a day.
_NOT_A_DAY = (
    # "came in February, 3.8 kg": a decimal, no day
    r"(?![.,][0-9])"
    r"(?!\s*(?:%|am\b|pm\b|a\.m\.|p\.m\.|mg\b|people|times|years?|hours?|minutes?|days?"
    r"|weeks?|months?|sessions?|kids|clients|patients|students"
    r"|of\s+(?:them|us|my|our|the|those|these|his|her|their)\b))"
)
_ORDINAL_WORDS = tuple(
    word_set(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
        " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
        " twentieth thirtieth"
    )
)
_ORDINAL = (
    r"(?P<day>(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    rf"|ninth)|{alternation(sorted(_ORDINAL_WORDS, key=len, reverse=True))})"
)

# The full stop of an abbreviated month ("3 Feb. 2024"), not the end of a sentence.
_ABBREVIATION_DOT = r"(?:(?<=\b[A-Za-z]{3})\.|(?<=\b[A-Za-z]{4})\.)?"
_MONTH_ANCHOR = word_anchor(*MONTHS)
_A_DIGIT = re.compile(rb"0")
_SPACE = "[ \t\n\u00a0]"
# Digits, an ordinal, "of" and spaces: what stands before a month in "12th of March".
_DAY_BACK = "0123456789 \t\n\u00a0stndrhofSTNDRHOF."


def _month_case_ok(m: re.Match[str], _text: str) -> bool:
    """Accept a lowercase month name only when the match cannot be a verb or a noun."""
    month = m.group("month")
    if month[0].isupper():
        return True
    if month.casefold() in _AMBIGUOUS_MONTHS:
        return bool(m.group("ordinal") or m.group("year"))
    return True


# Words before a lowercase "march" or "may" and a day that make them a date ("since may 3",
# "on march 14"), where the month could otherwise be a verb ("you may 5 times").
_LOWER_MONTH_CUES = MONTH_CONTEXT_WORDS | {"on"}
_WORD_END = re.compile(r"([a-z]+)\s+$", _I)
# What after "march 2000" makes the number a count ("they march 2000 people").
_COUNTED = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:people|persons|men|women|kids|times|steps|miles|km|feet|hours"
    r"|minutes|days|weeks|years|of)\b",
    _I,
)


def _lower_month_cue(m: re.Match[str], text: str) -> bool:
    """Tell whether a word for a time stands before the month of *m*."""
    word = _WORD_END.search(text, max(0, m.start() - 12), m.start())
    return word is not None and word.group(1).casefold() in _LOWER_MONTH_CUES


#: "on " ending what stands before a month: "discharged on Tir 15".
_ON_BEFORE = re.compile(r"(?:^|\s)[Oo]n\s$")
#: What ends a clause after a date: "discharged on Tir 15 — I write it".
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:.!?)\u2013\u2014-]|$)")
#: "in " ending what stands before a month: "than in July. 5. People".
_IN_BEFORE = re.compile(r"(?:^|\s)[Ii]n\s$")


#: A day the world or a nation keeps, just before a date that gives its day: "World Mental
#: Health Day (10 October", "For World Mental Health Day on 10 October" (not "Her Wedding Day,
#: 12 June" nor "born on Mother's Day, 12 May": a person's own dates).
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:World|International|National|Global|Universal)(?: [A-Z][\w'\u2019-]*)* Day"
    r"(?:[ \t]*[(,\u2013\u2014-]|[ \t]+on)?[ \t]*$"
)
#: Words before a named day that make the date after it another: "The day after World Mental
#: Health Day, 11 October".
_RELATIVE_BEFORE = re.compile(r"\b(?:after|before|following|since|until|till|prior to)\W*$", _I)


def _of_a_named_day(m: re.Match[str], text: str) -> bool:
    """Tell whether a day and month without a year are a named day's: no one's date."""
    if m.group("year"):
        return False
    day = _NAMED_DAY_BEFORE.search(text, max(0, m.start() - 48), m.start())
    return (
        day is not None
        and _RELATIVE_BEFORE.search(text, max(0, day.start() - 24), day.start()) is None
    )


def _month_day_ok(m: re.Match[str], text: str) -> bool:
    """A month and a day: a lowercase "may 3" needs a word for a time before it."""
    if _of_a_named_day(m, text):
        return False
    month = m.group("month")
    if (
        text.startswith(".", m.end("month"))
        and month.casefold() in MONTH_NAMES
        and _IN_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
    ):
        return False  # "than in July. 5. People will": a full name ends its sentence
    if month[0].isupper() or month.casefold() not in _AMBIGUOUS_MONTHS:
        return True
    return bool(m.group("ordinal") or m.group("year")) or _lower_month_cue(m, text)


def _month_year_ok(m: re.Match[str], text: str) -> bool:
    """A month and a year: a lowercase "march 2019" needs four digits that count nothing."""
    month = m.group("month")
    if month[0].isupper() or month.casefold() not in MONTHS_THAT_ARE_WORDS:
        return True
    return m.group("year")[0].isdigit() and _COUNTED.match(text, m.end()) is None


#: What stands before a day written with its full stop: "on 24. April", "since 3. May".
_DOTTED_DAY_CUE = re.compile(
    r"\b(?:on|since|from|until|till|by|before|after|der|den|dem|vom|zum|seit|bis)[ \t]+$",
    re.IGNORECASE,
)
#: What after a day written with its full stop and a month ends the date, not a sentence:
#: "Her birthday is 12. April, and" (not "He is 12. March was hard").
_DOTTED_DATE_END = re.compile(r"[ \t]*(?:[,;:)]|[.!?](?:\s|$)|$)")


def _day_month_ok(m: re.Match[str], text: str) -> bool:
    """A day before a month: a capital, an ordinal, a year or "the" says it is a date."""
    if not _month_case_ok(m, text) or _of_a_named_day(m, text):
        return False
    if (
        text.startswith(".", m.end("day"))
        and _DOTTED_DAY_CUE.search(text, max(0, m.start() - 8), m.start()) is None
        and not (
            m.group("year")
            or (
                _DOTTED_DATE_END.match(text, m.end()) is not None
                # "2. March, then speeches" opening a line: a list's item, where the month is
                # a word too (not "12. April: first day")
                and not (
                    m.group("month").casefold() in MONTHS_THAT_ARE_WORDS
                    and text[max(0, m.start() - 8) : m.start()].rstrip(" \t")[-1:] in {"", "\n"}
                )
            )
        )
    ):
        return False  # "We had 12. March was hard.": a sentence's end, not a day
    return (
        m.group("month")[0].isupper()
        or bool(m.group("ordinal") or m.group("year"))
        or text[max(0, m.start() - 4) : m.start()].casefold().endswith("the ")
    )


_DATE_MDY = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        rf"\b(?P<month>{_MONTH}){_ABBREVIATION_DOT},?\s+(?:the\s+)?{_DAY}{_NOT_A_DAY}"
        rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?(?![0-9])",
        _I,
    ),
    score=0.9,
    reason="month and day",
    trigger=_A_DIGIT,
    check=_month_day_ok,
    anchor=_MONTH_ANCHOR,
)
_DATE_DMY = Rule(
    category=PhiCategory.DATE,
    # "24. April" (the day's full stop of German and the Nordic languages) too
    pattern=lazy(
        rf"(?<![\w/.-]){_DAY}\.?{_SPACE}+(?:of{_SPACE}+)?(?P<month>{_MONTH})\b{_ABBREVIATION_DOT}"
        rf"(?:,?\s+(?P<year>{_YEAR}))?(?![0-9])",
        _I,
    ),
    score=0.9,
    reason="day and month",
    trigger=_A_DIGIT,
    check=_day_month_ok,
    anchor=_MONTH_ANCHOR,
    back=_DAY_BACK,
)
_DATE_MY = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(rf"\b(?P<month>{_MONTH})\.?(?:\s+of|,)?\s+(?P<year>{_YEAR})(?![0-9])", _I),
    score=0.85,
    reason="month and year",
    trigger=_A_DIGIT,
    check=_month_year_ok,
    anchor=_MONTH_ANCHOR,
)
_DATE_MONTH_ORDINAL = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(rf"\b(?P<month>{_MONTH})\.?\s+(?:the\s+)?{_ORDINAL}(?![\w-])", _I),
    score=0.8,
    reason="month and a day in words",
    check=lambda m, t: (
        (m.group("month")[0].isupper() or m.group("month").casefold() not in _AMBIGUOUS_MONTHS)
        # "in January. The first thing": a full stop after a month's whole name ends a sentence
        and not (t.startswith(".", m.end("month")) and m.group("month").casefold() in MONTH_NAMES)
    ),
    anchor=_MONTH_ANCHOR,
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
#: A year in words: "nineteen fifty-two", "twenty twenty-three", "nineteen oh five".
_YEAR_IN_WORDS = (
    rf"(?:nineteen|twenty)[ -](?:(?:{_TENS})(?:[ -](?:{_UNITS}))?|ten|eleven|twelve|thirteen"
    rf"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[ -](?:{_UNITS}))"
)
_DATE_ORDINAL_MONTH = Rule(
    category=PhiCategory.DATE,
    # "the twelfth of April" whole, as "the 12th of April"
    pattern=lazy(
        rf"\b(?:the\s+)?{_ORDINAL}\s+of\s+(?P<month>{_MONTH})\b"
        # and its year, in words too: ", nineteen fifty-two"
        rf"(?:,?\s+(?:{_YEAR}|{_YEAR_IN_WORDS})(?![\w-]))?",
        _I,
    ),
    score=0.8,
    reason="a day in words and a month",
    words=MONTHS,
    check=lambda m, t: (
        (m.group("month")[0].isupper() or m.group("month").casefold() not in _AMBIGUOUS_MONTHS)
        and _not_a_holiday(m, t)
    ),
    anchor=word_anchor(*_ORDINAL_WORDS, "twenty", "thirty"),
    back="theTHE \t\n",
)


def _not_a_holiday(m: re.Match[str], text: str) -> bool:
    """Tell whether a date in words is no holiday's name ("the Fourth of July" is a feast)."""
    if " ".join(m.group().casefold().split()).removeprefix("the ") not in _HOLIDAY_DATES:
        return True
    return _YEAR_AFTER.match(text, m.end()) is not None  # "the Fourth of July, 2023" is one


#: Dates in words that name a holiday.
_HOLIDAY_DATES = frozenset({"fourth of july", "4th of july", "fifth of november"})
_YEAR_AFTER = re.compile(r",?\s+(?:19|20)\d\d\b")


def _numeric_date_ok(m: re.Match[str], text: str) -> bool:
    if m.group("a2") is not None:
        return 1 <= int(m.group("a2")) <= 31 and 1 <= int(m.group("b2")) <= 31
    if m.group("a") is None:
        # "It's 14.07.08": the pattern takes only a day and a month; not "version 10.11.12"
        return _NUMBERED_BEFORE.search(text, max(0, m.start() - 16), m.start()) is None
    a, b = int(m.group("a")), int(m.group("b"))
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


#: Words before a number in parts that is no date: "version 10.11.12", "section 12.03.01".
_NUMBERED_BEFORE = re.compile(
    r"\b(?:version|ver|v|build|release|update|firmware|section|chapter|clause|rule|para"
    r"|paragraph|step|figure|fig|table|item|no|number)[.:]?[ \t]*$",
    re.IGNORECASE,
)


_DATE_NUMERIC = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<![\w/.-])(?P<a>[0-9]{1,2})(?P<s>[/-])(?P<b>[0-9]{1,2})(?P=s)(?:[0-9]{4}|[0-9]{2})"
        r"(?![\w/-]|\.[0-9])"
        r"|(?<![\w/.-])(?P<a2>[0-9]{1,2})\.(?P<b2>[0-9]{1,2})\.[0-9]{4}(?![\w/-]|\.[0-9])"
        # a day, a month and a year of two digits each with full stops: "It's 14.07.08."
        r"|(?<![\w/.-])(?:0[1-9]|[12][0-9]|3[01])\.(?:0[1-9]|1[0-2])\.[0-9]{2}"
        r"(?![\w/-]|\.[0-9])"
    ),
    score=0.9,
    reason="numeric date",
    check=_numeric_date_ok,
    anchor=re.compile(rb"0[/.-]00?[/.-]00"),
    back="0123456789",
)
_DATE_ISO = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<![\w/.-])(?:1[89]|20)[0-9][0-9]([-/.])(?:0?[1-9]|1[0-2])\1(?:[12][0-9]|3[01]|0?[1-9])"
        r"(?:[T ][0-9][0-9]:[0-9][0-9](?::[0-9][0-9](?:\.[0-9]+)?)?"
        r"(?:Z|[+-][0-9][0-9]:?[0-9][0-9])?)?"
        r"(?![\w/-]|\.[0-9])"
    ),
    score=0.95,
    reason="ISO date",
    anchor=re.compile(rb"0000[-/.]0"),
)
_DATE_DASHED_MONTH = Rule(
    category=PhiCategory.DATE,
    # a record's "07-Sep-2023", "3-MAR-98": a day, a month's name and a year, joined by dashes
    pattern=lazy(
        rf"(?<![\w/.-])(?:[12][0-9]|3[01]|0?[1-9])-(?P<month>{_MONTH})-(?:[0-9]{{4}}|[0-9]{{2}})"
        r"(?![\w/-]|\.[0-9])",
        _I,
    ),
    score=0.9,
    reason="day, month and year joined by dashes",
    anchor=re.compile(rb"0-[Aa][Aa]{2,8}-00"),
    back="0123456789",
)
_DATE_LATVIAN = Rule(
    category=PhiCategory.DATE,
    # Latvian writes the year first, then "gada", the day and the month: "1968. gada 3. martā"
    pattern=lazy(
        r"(?<![\w.])(?:1[89]|20)[0-9]{2}\.?[ \t]+gada[ \t]+(?:[12][0-9]|3[01]|0?[1-9])\."
        r"[ \t]+[^\W\d_]{3,12}(?!\w)"
    ),
    score=0.85,
    reason="year, day and month in Latvian",
    anchor=word_anchor("gada"),
    back="0123456789. \t",
)
_DATE_VIETNAMESE = Rule(
    category=PhiCategory.DATE,
    # "mùng 5 tháng 4 âm lịch", "ngày 12 tháng 3 năm 1950": a Vietnamese date, of the lunar
    # calendar too
    pattern=lazy(
        r"(?<!\w)(?:(?:ngày|mùng|mồng)[ \t]+)?(?:[12][0-9]|3[01]|0?[1-9])[ \t]+tháng[ \t]+"
        r"(?:1[0-2]|0?[1-9]|giêng|chạp)(?!\w)"
        r"(?:[ \t]+năm[ \t]+(?:19|20)[0-9]{2}|[ \t]*[,/][ \t]*(?:19|20)[0-9]{2})?"
        r"(?:[ \t]+âm[ \t]+lịch)?",
        _I,
    ),
    score=0.85,
    reason="a Vietnamese date",
    words=("tháng",),
)
_DATE_MONTH_YEAR_NUMERIC = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(r"(?<![\w/.-])(?:0?[1-9]|1[0-2])/(?:19|20)[0-9][0-9](?![\w/-])"),
    score=0.8,
    reason="numeric month and year",
    anchor=re.compile(rb"0/0000"),
    back="0123456789",
)

# Words just before a month and a day in figures ("on 3/14", "Tues 9/17") that make them a
# date.
_DATE_CUES = word_set(
    """
    on since by until till til from born dob d.o.b birthday due discharged admitted died passed
    before after dated date starting effective through thru hearing court appointment appt
    deadline expires exp sober clean adm disch signed released arrived returned moved referred
    """
) | frozenset(WEEKDAY_NAMES)
# Cues that need the date to end its clause ("Hearing was 4/22.", "on his last day, 12/19,").
_WEAK_DATE_CUES = word_set("was is be day")
_DATE_END = re.compile(r"\s*(?:[.,;:!?)]|$|\n)|\s+(?:at|and|when)\b", _I)
_NOT_A_DATE_AFTER = re.compile(
    r"\s*(?:scale|rating|score|pain|stars?|nights?|days|times|of|the|on\s+the)\b", _I
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?,?:?\s+$")


_DATED_BEFORE = re.compile(
    r"\b(?:admitted|discharged|born|birthday|died|passed|dob|seen|appointment|date[ds]?)\b",
    _I,
)


#: A birthday beside a day and month that would else be a rating out of ten.
_BIRTHDAY_NEAR = re.compile(r"\b(?:birthday|bday|b-day|born)\b", _I)


def _cue_md_ok(m: re.Match[str], text: str) -> bool:
    a, b = int(m.group("a")), int(m.group("b"))
    day_first = 13 <= a <= 31 and 1 <= b <= 12  # "21/05": only a day and a month
    if (
        not (day_first or (1 <= a <= 12 and 1 <= b <= 31))
        # a rating out of ten, unless a birthday or the like stands beside it: "on 12/10,
        # her 27th birthday"
        or (
            b in {10, 100}
            and _BIRTHDAY_NEAR.search(text, max(0, m.start() - 32), m.end() + 32) is None
        )
        or (a, b) == (9, 11)
        # "staff on 24/7": all day, every day (unless a word of a date stands just before:
        # "admitted on 24/7", "her birthday is 24/7")
        or (
            m.group() == "24/7"
            and _DATED_BEFORE.search(text, max(0, m.start() - 32), m.start()) is None
        )
    ):
        return False  # a date, a rating out of ten, the name of an event
    if _NOT_A_DATE_AFTER.match(after(text, m)) is not None:
        return False
    word = _WORD_BEFORE.search(text, max(0, m.start() - 16), m.start())
    if word is None:
        return False
    cue = word.group(1).casefold().rstrip(".")
    if cue == "of":
        before = text[max(0, word.start() - 3) : word.start()].casefold()
        return before.endswith("as ")  # "as of 3/14"
    if cue in _DATE_CUES:
        return True
    return cue in _WEAK_DATE_CUES and b != 5 and _DATE_END.match(text, m.end()) is not None


_DATE_CUE_MD = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(r"(?<![\w/.-])(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})(?![\w/]|\.[0-9])"),
    score=0.7,
    reason="month and day after a date cue word",
    check=_cue_md_ok,
    anchor=re.compile(rb"0/0"),
    back="0123456789",
)


def _starts_a_note_line(m: re.Match[str], text: str) -> bool:
    """
    A day and a month that start a line of notes (after a quote's ">"), before a dash.

    Not a score out of ten ("8/10 - Really helpful"); the line's start is looked for a few
    characters back only, so that a long line costs no more per match.
    """
    if m.group().endswith("/10") and _RATING_AFTER.match(text, m.end()) is not None:
        return False
    start = m.start()
    window = text[max(0, start - 16) : start]
    before = window[window.rfind("\n") + 1 :] if "\n" in window else window
    return before.strip(" \t>") == "" and ("\n" in window or start <= 16)


#: What a score out of ten is followed by: "8/10 - Really helpful", "6/10 - too long".
_RATING_AFTER = re.compile(
    r"[ \t]*[-\u2013\u2014:][ \t]+(?:[a-z]|(?:Really|Very|So|Too|Great|Good|Bad|Better|Worse|Ok"
    r"|Okay|Not|Pretty|Quite|Amazing|Awful|Loved|Liked|Meh)\b)"
)


_DATE_NOTE_LINE = Rule(
    category=PhiCategory.DATE,
    # "> 14/6 - Home visit. Client ...": the day of an entry in a progress note
    pattern=lazy(
        r"(?<![\w/.-])(?:[12][0-9]|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![\w/.-])"
        r"(?=[ \t]*[-\u2013\u2014:][ \t]+\w)"
    ),
    score=0.7,
    reason="a day and a month that start a line of notes",
    check=_starts_a_note_line,
    anchor=re.compile(rb"0/0"),
    back="0123456789",
)
_HOLIDAY_WORDS = word_set(
    "christmas new thanksgiving halloween easter valentine independence fourth mother father"
    " memorial labor patrick paddy boxing good anzac canada australia waitangi remembrance"
    " bonfire hogmanay patricks paddys valentines mothers fathers years"
)
#: The holidays, each with a straight or a curly apostrophe, or none: "Valentine\u2019s Day",
#: "St Patricks Day".
_DATED_HOLIDAYS = alternation(DATED_HOLIDAYS).replace("'", "['\u2019]?")
_DATE_HOLIDAY = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        rf"\b(?:{_DATED_HOLIDAYS})\s*,?\s+(?:of\s+)?{_YEAR}(?![0-9])",
        _I,
    ),
    score=0.8,
    reason="holiday of a given year",
    trigger=re.compile(rb"00"),
    anchor=word_anchor(*_HOLIDAY_WORDS),
    back=" theTHESaint.",  # "the Fourth of July", "St. Patrick's Day"
)


#: "the" before a digit, in the lowercased text: where a day alone may stand ("the 22nd").
_THE_DIGIT = re.compile(rb"the[ \t]+[0-9]")
# A day of the month alone after "on the", "by the" and the like, where the clause goes on
# with its subject or ends: "On the 22nd he drove two hours", "by the 3rd." (never "on the 3rd
# floor", "by the 10th session").
_DATE_THE_DAY = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"\b(?:on|by|since|until|till|from|before|after|monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday)[ \t]+the[ \t]+"
        r"(?P<id>(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th))\b"
        r"(?=[ \t]*(?:[.,;:!?)]|$|\n)|[ \t]+(?:i|he|she|they|we|you|it|my|his|her|their|our"
        r"|at|and|when|was|is|we'd|she'd|he'd|i'd|i'll|with|for|in|after|before|because)\b)",
        _I,
    ),
    score=0.7,
    reason="a day of the month after 'on the'",
    anchor=lambda text: [m.start() for m in _THE_DIGIT.finditer(text.lowb)],
    back="onbysicetlfrmadwhuONBYSICETLFRMADWHU \t",  # the cue before "the", walked back over
)
#: Month names of Spanish, Catalan, French, Italian, Portuguese, German, Dutch, the Nordic
#: languages, Finnish, Polish, Turkish, Indonesian, Tagalog and Welsh (mutated after "o" too),
#: and of the Islamic, the Nepali, the Ethiopian, the Hebrew and the Persian calendars, that
#: are no English month's (Latin-1 only: they are looked for as words).
_FOREIGN_MONTHS = tuple(
    sorted(
        word_set(
            """
            enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
            noviembre diciembre gener febrer març maig juny juliol agost setembre desembre
            janvier février fevrier mars avril mai juin juillet août aout octobre décembre
            decembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
            janeiro fevereiro março marco maio junho julho setembro outubro dezembro januar
            jänner februar märz maerz juni juli oktober dezember januari februari maart mei
            augustus desember mai maj marts januari februari augusti janúar febrúar apríl maí
            júní júlí ágúst október nóvember tammikuuta helmikuuta maaliskuuta huhtikuuta
            toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta
            joulukuuta stycznia lutego marca kwietnia maja czerwca lipca sierpnia listopada
            grudnia ocak mart nisan haziran temmuz eylül ekim muharram safar rajab shaban
            ramadan ramadhan ramazan shawwal baisakh jestha asar asadh shrawan saun bhadra asoj
            kartik mangsir poush magh falgun chaitra meskerem tikimt tikemt hidar tahsas
            yekatit megabit miyazya ginbot sene hamle nehase pagume tishrei tishri cheshvan
            heshvan marcheshvan kislev tevet teves shevat shvat adar iyar iyyar sivan tammuz
            tamuz elul septembre novembre maret agustus pebrero marso hunyo hulyo setyembre
            oktubre nobyembre disyembre farvardin ordibehesht khordad tir mordad shahrivar mehr
            aban dey
            azar bahman esfand jannar frar marzu mejju lulju awwissu settembru ottubru
            novembru ianuarie februarie martie aprilie iunie iulie septembrie octombrie
            noiembrie decembrie ionawr chwefror mawrth ebrill mehefin gorffennaf awst hydref
            tachwedd rhagfyr medi fawrth fai fehefin orffennaf fedi dachwedd ragfyr
            janairu fabrairu afrilu mayu yuni yuli agusta satumba oktoba
            nuwamba disamba maris faoilleach gearran màrt giblean cèitean ògmhios iuchar lùnastal
            sultain dàmhair dùbhlachd eanáir feabhra márta aibreán bealtaine meitheamh iúil
            lúnasa januarie junie julie hamal sawr jawza saratan sunbula sonbola mizan aqrab
            qaws jadi dalw januari februari mac julai ogos disember
            """
        ),
        key=len,
        reverse=True,
    )
)
#: Those that are also words or names in English texts ("2 mayo packets"): a date needs a
#: connector ("3 de mayo", "2. Mai") or a year after them.
_FOREIGN_AMBIGUOUS = word_set(
    "mars mayo mai mei marco abril julio mayo juni maj maja marca mart ekim nisan safar rajab"
    " kartik chaitra bhadra magh asar saun sene hamle adar sivan tammuz tamuz hidar azar"
    " bahman aban mayu yuni yuli iuchar sultain awst mawrth maris junie julie hamal sawr marts"
    " saratan mizan qaws jadi dalw mac medi fedi fai"
    " tir mehr dey"
)
#: Months that are a fast too, in a list after a number and a full stop: "3. Ramadan".
_MONTHS_THAT_ARE_FEASTS = word_set("ramadan ramadhan ramazan")


def _list_item_of_a_fast(m: re.Match[str], text: str) -> bool:
    """
    Tell whether a day and a month are a list's number and a fast: "2. Notice. 3. Ramadan".

    It opens a sentence or a line after the list's number before it, which is on a thing that
    is no month: not "She married on 14. Ramadan", "am 27. Ramadan", a diary's "2. Ramadan:
    headaches. 3. Ramadan: admitted", nor a list's first, "1. Ramadan".
    """
    if not (
        m.group("dot") == "."
        and not m.group("of")
        and not m.group("year")
        and m.group("article") is None
        and m.group("month").casefold() in _MONTHS_THAT_ARE_FEASTS
    ):
        return False
    start = m.start("day")
    day = int(m.group("day"))
    opens = start == 0 or text[start - 1] == "\n" or text[max(0, start - 2) : start] in _ITEM_GAPS
    if day == 1 or not opens:
        return False  # "on 3. Ramadan she was admitted", "1. Ramadan: first fast"
    # the list's number before it, on a thing that is no month (not a diary's "2. Ramadan:
    # headaches", "2. März: admitted")
    before = text[max(0, start - 3000) : start]
    item = re.compile(rf"(?:\A|\n|[.!?:][ \t]){day - 1}\.[ \t]+[\"\u201c'\u2018]?([^\W\d_]+)")
    return any(w.group(1).casefold() not in _ALL_MONTHS for w in item.finditer(before))


_ITEM_GAPS = frozenset({". ", "! ", "? ", ": "})
_ALL_MONTHS = frozenset(_FOREIGN_MONTHS) | MONTHS


#: Irish months of two words: September and October ("15 Meán Fómhair").
_TWO_WORD_MONTHS = ("meán fómhair", "mean fomhair", "deireadh fómhair", "deireadh fomhair")
_FOREIGN_MONTH = alternation((*_TWO_WORD_MONTHS, *_FOREIGN_MONTHS))
#: Those that are given names too: a date only with its year ("12 Junie 1950", "17hb Mac").
_MONTHS_THAT_ARE_NAMES = word_set("julie junie mac")
#: A year, or one of the Islamic calendar ("14 Ramadan 1444") or the Hebrew ("14 Nisan 5692").
_FOREIGN_YEAR = rf"{_YEAR}|1[34][0-9]{{2}}|5[67][0-9]{{2}}"
#: One anchor for the rules of those months: their places are found once per text.
_FOREIGN_MONTH_ANCHOR = word_anchor(*_FOREIGN_MONTHS, "meán", "mean", "deireadh")
_DATE_TAGALOG = Rule(
    category=PhiCategory.DATE,
    # "admitted nung ika-3 ng Marso": a Tagalog date, the day's ordinal and the month
    pattern=lazy(
        rf"(?<![\w-])ika-?(?:[12][0-9]|3[01]|0?[1-9])[ \t]+ng[ \t]+(?:{_FOREIGN_MONTH}|{_MONTH})\b"
        rf"(?:,?[ \t]+(?:{_YEAR}))?",
        _I,
    ),
    score=0.85,
    reason="a Tagalog date",
    words=("ika",),
)
#: Polish months as they follow a day (the genitive).
_POLISH_MONTHS = (
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "wrze\u015bnia",
    "pa\u017adziernika",
    "listopada",
    "grudnia",
)
_DATE_POLISH_ORDINAL = Rule(
    category=PhiCategory.DATE,
    # "urodziłem się piątego maja 1941", "dwudziestego trzeciego marca 1950 roku": the day an
    # ordinal in words (its genitive ends in "-ego"), the month and the year
    pattern=lazy(
        r"(?<![\w-])(?:(?:dwudziestego|trzydziestego)[ \t]+)?[a-z\u0105\u0107\u0119\u0142"
        r"\u0144\u00f3\u015b\u017a\u017c]{3,16}ego[ \t]+" + rf"(?:{'|'.join(_POLISH_MONTHS)})"
        r"[ \t]+(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])(?:[ \t]+r(?:oku|\.))?",
        _I,
    ),
    score=0.8,
    reason="a Polish date, its day in words",
    keywords=_POLISH_MONTHS,
)
#: French numbers of a day, in words.
_FRENCH_DAYS = (
    r"premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:[- ]et[- ]un|-deux|-trois|-quatre"
    r"|-cinq|-six|-sept|-huit|-neuf)?|trente(?:[- ]et[- ]un)?"
)
_FRENCH_MONTHS = (
    "janvier",
    "f\u00e9vrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "ao\u00fbt",
    "septembre",
    "octobre",
    "novembre",
    "d\u00e9cembre",
)
_DATE_FRENCH_WORDS = Rule(
    category=PhiCategory.DATE,
    # "le douze mars mil neuf cent trente et un": a date wholly in words, the year too
    pattern=lazy(
        rf"(?<![\w-])(?:le[ \t]+)?(?:{_FRENCH_DAYS}|1er|[12][0-9]|3[01]|[1-9])[ \t]+"
        rf"(?:{'|'.join(_FRENCH_MONTHS)})[ \t]+"
        # the year in words: "mil neuf cent trente et un", "dix-neuf cent trente", "deux mille"
        r"(?:mil|mille|deux[ \t-]mille|dix[ \t-]neuf[ \t-]cents?)"
        r"(?:[ \t-](?:et|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
        r"|quatorze|quinze|seize|vingt|vingts|trente|quarante|cinquante|soixante|cent|cents"
        r"|quatre-vingts?)){0,6}"
        r"(?![\w-])",
        _I,
    ),
    score=0.8,
    reason="a French date in words",
    # every match holds one of the year's words whole ("mil", "deux-mille", "dix-neuf-cents"),
    # far rarer than the months' letters inside English words ("email", "marsh")
    words=("mil", "mille", "cent", "cents"),
    keywords=_FRENCH_MONTHS,
)
#: The Māori months, with or without their macrons: "2 Hereturikōkā", "14 Hōngongoi 2023".
_MAORI_MONTH = (
    r"(?:Kohit[aā]tea|Hui-tanguru|Pout[uū]-te-rangi|Paenga-wh[aā]wh[aā]|Haratua|Pipiri"
    r"|H[oō]ngongoi|Hereturik[oō]k[aā]|Mahuru|Whiringa-[aā]-nuku|Whiringa-[aā]-rangi|Hakihea)"
)
_DATE_MAORI = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        rf"(?<![\w.])(?:[12][0-9]|3[01]|0?[1-9])[ \t]+{_MAORI_MONTH}(?![\w-])"
        rf"(?:,?[ \t]+(?:{_YEAR})(?![0-9]))?",
        _I,
    ),
    score=0.8,
    reason="a date with a Māori month",
    # the months' words of Latin-1 letters (a letter with a macron splits one: "kohit" of
    # "Kohitātea", "ngongoi" of "Hōngongoi"), and their spellings without macrons
    anchor=word_anchor(
        *("kohit", "kohitatea", "hui", "pout", "poutu", "paenga", "haratua", "pipiri"),
        *("hongongoi", "ngongoi", "hereturik", "hereturikoka", "mahuru", "whiringa", "hakihea"),
    ),
    back="0123456789 \tHh\u014d\u014c",
)
#: A birthday or a birth just before a date: "her birthday, ", "born on ", "DOB: ".
_BIRTHDAY_BEFORE = re.compile(
    r"\b(?:birthday|born|DOB)[ \t]*(?:(?:is|was|on|falls on)[ \t]+|[:,][ \t]*)$", _I
)


def _dated_after_on_or_birthday(m: re.Match[str], text: str) -> bool:
    """
    A month that is also a word or a name, capitalised after "on" or a birthday, ending a clause.

    "on Tir 15 \u2014", "her birthday, 12 Junie, he said"; not "3 Mars bars".
    """
    start = m.start()
    return (
        m.group("month")[0].isupper()
        and (
            _ON_BEFORE.search(text, max(0, start - 4), start) is not None
            or _BIRTHDAY_BEFORE.search(text, max(0, start - 16), start) is not None
        )
        and _CLAUSE_END.match(text, m.end()) is not None
    )


_DATE_FOREIGN = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        # the article before the day belongs to the date: "el 3 de marzo", "le 12 janvier"
        r"(?<![\w.])(?:(?P<article>el|le|il|lo|o|am|den)[ \t]+(?=[0-9]))?"
        # Welsh ordinals too: "18fed Mawrth", "1af Ionawr", "2il", "3ydd", "11eg", "21ain"
        r"(?P<day>[12][0-9]|3[01]|0?[1-9])"
        r"(?P<dot>\.|º|er|st|nd|rd|th|ú|hb|fed|ed|af|il|ydd|eg|ain)?"
        r"[ \t\u00a0]+"
        # Maltese "ta'", Hausa "ga", Scottish Gaelic "an", Welsh "o" (the month mutated after
        # it: "12fed o Fehefin")
        r"(?P<of>de[ \t]+|d['\u2019]|di[ \t]+|of[ \t]+|ta['\u2019][ \t]+|ga[ \t]+|an[ \t]+"
        r"|o[ \t]+)?"
        rf"(?P<month>{_FOREIGN_MONTH})\b"
        rf"(?:,?[ \t]+(?:de[ \t]+)?(?P<year>{_FOREIGN_YEAR}))?(?![0-9])",
        _I,
    ),
    score=0.85,
    reason="day and month of another language",
    check=lambda m, t: (
        not _list_item_of_a_fast(m, t)
        and (
            m.group("month").casefold() not in _FOREIGN_AMBIGUOUS
            or bool(m.group("year"))
            # "Le 3 mai, she moved": the article before the day makes it a date
            or (
                m.group("article") is not None
                and m.group("month").casefold() not in _MONTHS_THAT_ARE_NAMES
            )
            # "3 de mayo", "2. Mai"; a name needs its year or "hb": not "1. Julie came in"
            or (
                bool(m.group("dot") or m.group("of"))
                and (
                    m.group("month").casefold() not in _MONTHS_THAT_ARE_NAMES
                    or m.group("dot") == "hb"
                )
            )
            # "her birthday, 12 Junie, he said", "on 7 Ekim, she came"
            or _dated_after_on_or_birthday(m, t)
        )
    ),
    anchor=_FOREIGN_MONTH_ANCHOR,
    back="0123456789 \t\u00a0.ºúerdDiIbB'\u2019stndrhofaglmSTNDRHOFAGLMEyY",
)
# The month first: "Baisakh 3, 2080", "Meskerem 12", the year before it in Nepal ("2079
# Shrawan 12"); an ambiguous month only with its year, or capitalised after "on" ("on Tir 15").
_DATE_FOREIGN_MD = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        # (a year of the Nepali calendar: "In 2019 Julie 14 was" is no date)
        r"(?:(?<![\w.])(?P<year_first>20[5-9][0-9])[ \t]+)?"
        rf"\b(?P<month>{_FOREIGN_MONTH})[ \t\u00a0]+"
        r"(?P<day>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?:,?[ \t]+(?P<year>{_FOREIGN_YEAR}))?(?![0-9]|[.,][0-9])",
        _I,
    ),
    score=0.75,
    reason="month of another language and day",
    check=lambda m, t: (
        m.group("month").casefold() not in _FOREIGN_AMBIGUOUS
        or m.group("year") is not None
        or (
            m.group("year_first") is not None
            and m.group("month").casefold() not in _MONTHS_THAT_ARE_NAMES
        )
        # "on Tir 15 —", "her birthday, Tir 23,": a birthday's date
        or _dated_after_on_or_birthday(m, t)
    ),
    anchor=_FOREIGN_MONTH_ANCHOR,
    back="0123456789 \t",
)
# A German or Dutch day and month in figures with their full stops: "On 14.03. we had".
_DATE_DOTTED = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(r"(?<![\w.])(?:[12][0-9]|3[01]|0[1-9])\.(?:1[0-2]|0[1-9])\.(?![\w.])"),
    score=0.75,
    reason="day and month in figures with full stops",
    anchor=re.compile(rb"00\.00\."),
    back="0123456789",
)

# A day and a month in figures with full stops set off by commas: "On his birthday, 3.8., he
# came", "on Independence Day, 6.12., which".
_DATE_DOTTED_COMMAS = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(r", (?P<id>(?:[12][0-9]|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?=,)"),
    score=0.7,
    reason="day and month in figures with full stops, set off by commas",
    anchor=re.compile(rb", 00?\.00?\.,"),
)
# A day and a month in figures with a full stop between, set off by commas after a birthday
# or the like: "on her birthday, 21.03, the kids".
_DATE_DOTTED_DATED = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(r", (?P<id>(?:[12][0-9]|3[01]|0?[1-9])\.(?:1[0-2]|0[1-9]))(?=,)"),
    score=0.7,
    reason="day and month in figures with a full stop, set off by commas after a date's word",
    check=lambda m, t: _DATED_BEFORE.search(t, max(0, m.start() - 24), m.start()) is not None,
    anchor=re.compile(rb", 00?\.00,"),
)
# A day and a month in figures after "on", before a comma or a subject: "on 25.03, he came".
_DATE_DOTTED_ON = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<=\bon )(?:[12][0-9]|3[01]|0?[1-9])\.(?:(?:1[0-2]|0[1-9])|[ ](?:1[0-2]|[1-9])\.)"
        r"(?=[,;]| (?:he|she|they|we|I|it|my|our|her|his|and)\b)",
        re.IGNORECASE,
    ),
    score=0.7,
    reason="day and month in figures after 'on'",
    anchor=re.compile(rb"0\. ?0"),
    back="0123456789",
)
#: A date's cue just before its figures: "on", "admission date was", "a discharge date,",
#: "DOB:", "dated", a record's "Admitted:" and "Discharged:".
_DATE_WAS = re.compile(
    r"(?:\bon|\bdate(?: was| is|,|:)?|\bdated|\b(?:admitted|discharged):?"
    r"|\b(?:admission|discharge):|\bDOB:?|\bborn) $",
    re.IGNORECASE,
)
# A day, a month and a two-digit year with full stops after "on" or a date's cue: "discharged
# on 5.6.24", "her admission date was 9.2.24".
_DATE_DOTTED_SHORT = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        # the sentence's full stop may follow: "born on 17.08.23."
        r"(?<![\w.])(?:[12][0-9]|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.[0-9]{2}(?![\w-]|\.[\w.])"
    ),
    score=0.7,
    reason="day, month and year in figures after 'on' or a date's cue",
    check=lambda m, t: _DATE_WAS.search(t, max(0, m.start() - 16), m.start()) is not None,
    anchor=re.compile(rb"0\.0+\.00(?!0|\.[0aA.])"),
    back="0123456789.",
)
# A day, a month and a year with full stops and spaces: "on 3. 4. 2023" (Czech, Slovak).
_DATE_DOTTED_SPACED = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<![\w.])(?:[12][0-9]|3[01]|0?[1-9])\. (?:1[0-2]|0?[1-9])\. (?:19|20)[0-9]{2}"
        r"(?![\w]|\.[0-9])"
    ),
    score=0.85,
    reason="numeric date with full stops and spaces",
    anchor=re.compile(rb"0\. 00?\. 0000"),  # from the day's last digit: a literal start
    back="0123456789",
)


# A date written in Chinese, Japanese or Korean: "2023年4月8日", "4월 8일".
_DATE_CJK = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        # a year of the Gregorian calendar or of a Japanese era: "大正15年3月2日"
        r"(?<![0-9])(?:(?:(?:19|20)[0-9]{2}|(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元))"
        r" ?[年년] ?)?"
        r"(?:1[0-2]|0?[1-9]) ?[月월] ?(?:[12][0-9]|3[01]|0?[1-9]) ?[日일]"
    ),
    score=0.85,
    reason="date written in Chinese, Japanese or Korean",
    keywords=("月", "월"),
    anchor=re.compile("[月월]"),
    back="0123456789 年년明治大正昭和平成令和元",
)
#: The months of Ukrainian and Russian, as a date writes them: "2 лютого", "15 марта".
_CYRILLIC_MONTHS = (
    "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
# A day and a month in Ukrainian or Russian, and the year: "On 2 лютого", "3 мая 1941" (and
# the short word for a year after it, written in Cyrillic).
_DATE_CYRILLIC = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        rf"(?<![\w.])(?:[12][0-9]|3[01]|0?[1-9])\s+(?:{_CYRILLIC_MONTHS})"
        r"(?:\s+(?:19|20)[0-9]{2}(?:\s*(?:\u0440|\u0433)\.)?)?(?!\w)",
        re.IGNORECASE,
    ),
    score=0.85,
    reason="day and month in Ukrainian or Russian",
    # a digit, a space and a letter of no Latin-1 (its shape's byte)
    trigger=re.compile(rb"0 +\x01"),
)


#: Hungarian month names: "1931. március 15.".
_HUNGARIAN_MONTHS = (
    "(?i:január|február|március|április|május|június|július|augusztus|szeptember|október"
    "|november|december)|jan|febr|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec"
)
# A Hungarian date: the year, a full stop, the month and the day ("1931. március 15.").
_DATE_HUNGARIAN = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        rf"(?<![\w.])(?:1[89][0-9]{{2}}|20[0-9]{{2}})\.\s?(?:{_HUNGARIAN_MONTHS})\.?\s?"
        r"(?:[12][0-9]|3[01]|0?[1-9])\.?(?![\w])"
    ),
    score=0.85,
    reason="year, month and day in Hungarian",
    # a year and a full stop before a letter
    trigger=re.compile(rb"0000\. ?[a-zA-Z\x01-\xff]"),
)


# A year, a month and a day in digits, each with its full stop and a space, as Korea writes
# them ("2023. 10. 5."), and a date of a Japanese era ("Showa 11.2.18", "Heisei 3.4.12").
_DATE_KOREAN_OR_ERA = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<![\w.])(?:(?:19|20)[0-9]{2}\.[ ](?:1[0-2]|0?[1-9])\.[ ](?:[12][0-9]|3[01]|0?[1-9])\."
        r"|(?:Meiji|Taish[oō]|Sh[oō]wa|Heisei|Reiwa)[ ]?[0-9]{1,2}[./-](?:1[0-2]|0?[1-9])"
        r"[./-](?:[12][0-9]|3[01]|0?[1-9]))(?![\w])"
    ),
    score=0.85,
    reason="year, month and day in Korean digits, or of a Japanese era",
    trigger=re.compile(rb"0\. 0|0[./-]0+[./-]0"),
)


# A day, its month in Roman numerals and a year, as Italy and central Europe write them:
# "23.XI.2022", "4. IX. 1950".
_DATE_ROMAN_MONTH = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<![\w.])(?:(?:[12][0-9]|3[01]|0?[1-9])"
        r"(?:\.[ ]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.[ ]?"
        r"(?:1[89][0-9]{2}|20[0-9]{2}|[0-9]{2})"
        # written small, and with spaces, only with the year's four digits ("23.xi.1941", not
        # "Figure 2.iv.12"; "23 XI 1941", not "3 I 2020")
        r"|\.(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\.(?:1[89][0-9]{2}|20[0-9]{2})"
        r"|[ ](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II)[ ](?:1[89][0-9]{2}|20[0-9]{2}))"
        # the Hungarian order: "1956. X. 23."
        r"|(?:1[89][0-9]{2}|20[0-9]{2})\.[ ]?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.[ ]?"
        r"(?:[12][0-9]|3[01]|0?[1-9])\.?)(?![\w])"
    ),
    score=0.85,
    reason="day, month in Roman numerals and year",
    trigger=re.compile(rb"0\. ?[Aa]+\. ?0|0 A+ 0000"),
)


def _unlisted_month(m: re.Match[str], _text: str) -> bool:
    """A month's name of a language no list holds: no English word and no other number."""
    month = m.group("month")
    return not word_flags(month) & ENGLISH and month.casefold() not in MONTHS


# A day, a word of no English and a year: a month in a language no list holds ("on 14.
# rujna 2022", "On 12 Martsa 2024").
_DATE_UNLISTED_MONTH = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"(?<![\w.])(?:[12][0-9]|3[01]|0?[1-9])\.? (?P<month>[^\W\d_]{3,12}) (?:19|20)[0-9]{2}"
        r"(?![\w]|[.,][0-9])"
    ),
    score=0.7,
    reason="day, month of another language and year",
    check=_unlisted_month,
    anchor=re.compile(rb"0\.? [Aa\x01][a\x01]{2,11} 0000(?![0-9])"),
    back="0123456789",
)


def _born_over_89(m: re.Match[str], _text: str) -> bool:
    """A year of birth that makes its bearer older than 89 (Safe Harbor's bound)."""
    return dt.date.today().year - int(m.group("id")) > 89  # noqa: DTZ011 - a year


# The year of birth of someone over 89: "born in 1928" (Safe Harbor keeps years, except those
# that tell such an age).
_DATE_BORN_IN = Rule(
    category=PhiCategory.DATE,
    pattern=lazy(
        r"\b(?i:born)(?:[ \t]+(?:in|back[ \t]+in))?[ \t]+(?P<id>1[89][0-9]{2})(?![\w.,][0-9])"
    ),
    score=0.75,
    reason="a year of birth of someone over 89",
    check=_born_over_89,
    anchor=word_anchor("born"),
)


#: What may stand before a date and belongs to it: a weekday ("Tuesday 11 March", "Mon 6
#: Nov"), "the" before a day ("the 2nd of March").
_DATE_BEFORE = re.compile(
    rf"(?:(?:{alternation(w for w in WEEKDAY_NAMES if w.endswith('day'))}"
    # a weekday's short form, capitalised: "admitted on Mon 6 Nov", "Tues. 14 March"
    r"|(?-i:Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun)\.?"
    # a Welsh weekday: "dydd Llun, 18fed Mawrth"
    r"|dydd[ \t]+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)"
    # an Indonesian or Malay weekday: "Kamis, 9 Mei 2019"
    r"|(?-i:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)),?[ \t]+)?"
    r"(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)


#: The era after a year of another calendar: the Ethiopian "E.C.", the Nepali "B.S.", the
#: Islamic "A.H.", the Buddhist "B.E." (the dots kept, as the era is written).
_ERA_AFTER = re.compile(r" (?:E\.C\.|B\.S\.|A\.H\.|B\.E\.|(?:EC|BS|AH)(?![\w.]))")


@attrs.frozen(kw_only=True)
class DateDetector(PatternDetector):
    """
    The date rules, and a date takes the weekday or the "the" before it.

    "Tuesday 11 March", "the 2nd of March"; "the" only before a day.

    .. versionadded:: 0.2.0
    """

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find the dates in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per date.
        """
        for d in super().detect(text):
            era = _ERA_AFTER.match(text, d.end) if text[d.end - 1 : d.end].isdigit() else None
            if era is not None:
                # "14 Tir 2015 E.C.", "Baisakh 12, 2007 B.S.": the calendar's era after the year
                d = trusted_detection(d.start, era.end(), d.category, d.score, d.detector, d.reason)  # noqa: PLW2901
            m = _DATE_BEFORE.search(text, max(0, d.start - 16), d.start)
            if (
                m is None
                or m.start() == d.start
                or (m.start() and text[m.start() - 1].isalnum())
                # "the" only before a day: "the 2nd of March", not "the March 3 hearing"
                or (
                    not m.group().strip(" ,\t\n").casefold().endswith("day")
                    and not text[d.start].isdigit()
                )
            ):
                yield d
            else:
                yield trusted_detection(m.start(), d.end, d.category, d.score, d.detector, d.reason)


def detectors() -> list[PatternDetector]:
    """
    Build the detector of dates.

    Returns:
        The ``date`` detector.
    """
    return [
        DateDetector(
            name="date",
            rules=[
                _DATE_MDY,
                _DATE_DMY,
                _DATE_MY,
                _DATE_MONTH_ORDINAL,
                _DATE_ORDINAL_MONTH,
                _DATE_NUMERIC,
                _DATE_ISO,
                _DATE_MONTH_YEAR_NUMERIC,
                _DATE_DASHED_MONTH,
                _DATE_LATVIAN,
                _DATE_VIETNAMESE,
                _DATE_TAGALOG,
                _DATE_MAORI,
                _DATE_POLISH_ORDINAL,
                _DATE_FRENCH_WORDS,
                _DATE_NOTE_LINE,
                _DATE_CUE_MD,
                _DATE_HOLIDAY,
                _DATE_THE_DAY,
                _DATE_FOREIGN,
                _DATE_FOREIGN_MD,
                _DATE_DOTTED,
                _DATE_DOTTED_SPACED,
                _DATE_DOTTED_ON,
                _DATE_DOTTED_COMMAS,
                _DATE_DOTTED_DATED,
                _DATE_DOTTED_SHORT,
                _DATE_UNLISTED_MONTH,
                _DATE_CJK,
                _DATE_CYRILLIC,
                _DATE_HUNGARIAN,
                _DATE_KOREAN_OR_ERA,
                _DATE_ROMAN_MONTH,
                _DATE_BORN_IN,
            ],
        ),
    ]
