"""
Pattern detectors: identifiers recognised by their shape and by cue words.

Each detector is a list of rules; a rule is a compiled pattern, the category it finds, a
score, a short reason and an optional check that can veto a match (a checksum, a range, the
words around it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import attrs

from rewardkit.story import PhiCategory

from ._model import Detection

__all__ = ["LazyPattern", "PatternDetector", "Rule", "pattern_detectors"]

Check = Callable[[re.Match[str], str], bool]


class LazyPattern:
    """
    A regular expression compiled on first use.

    Most rules run only when their trigger is found, so most of their patterns are never
    compiled in a short run (one ``rewardkit validate`` of one file).
    """

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled


def _lazy(source: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(source, flags)


def _char_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@attrs.frozen(kw_only=True)
class Rule:
    """
    One pattern of a :class:`PatternDetector`.

    Attributes:
        category: The category of what the pattern finds.
        pattern: The compiled pattern; the span is that of group ``id`` when the pattern has
            one, else of the whole match.
        score: The score of a match.
        reason: Why a match is an identifier (shown to reviewers).
        check: An optional veto: a match is kept only when ``check(match, text)`` is true.
        category_of: An optional function that picks the category from the match.
        trigger: An optional cheap pattern that must occur in the text for the rule to run.
        trigger_lower: Search for *trigger* in the lowercased text.
        keywords: Words of which at least one must occur in the lowercased text for the rule
            to run (checked before *trigger*).
        anchor: An optional cheap pattern that every match contains: the rule then tries
            *pattern* only just before each hit of *anchor* instead of across the text.
        back: The characters a match may hold before the hit of *anchor* it contains.

    .. versionadded:: 0.1.0
    """

    category: PhiCategory
    pattern: LazyPattern | re.Pattern[str]
    score: float
    reason: str
    check: Check | None = None
    category_of: Callable[[re.Match[str], str], PhiCategory | None] | None = None
    trigger: re.Pattern[str] | None = None
    trigger_lower: bool = False
    keywords: tuple[str, ...] = ()
    anchor: re.Pattern[str] | None = None
    back: frozenset[str] = attrs.field(default=frozenset(), converter=_char_set)

    @property
    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern."""
        pattern = self.pattern
        return pattern.compiled if isinstance(pattern, LazyPattern) else pattern

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """
        Find the matches of the pattern in *text*, as ``pattern.finditer`` would.

        Args:
            text: The text.

        Yields:
            The matches, left to right, not overlapping.
        """
        pattern = self.compiled
        if self.anchor is None:
            yield from pattern.finditer(text)
            return
        back = self.back
        match = pattern.match
        done = 0  # matches must not overlap, and each start is tried once
        for hit in self.anchor.finditer(text):
            q = hit.start()
            p = q
            while p > done and text[p - 1] in back:
                p -= 1
            p = max(p, done)
            while p <= q:
                m = match(text, p)
                if m is None:
                    p += 1
                    continue
                yield m
                p = m.end() if m.end() > p else p + 1
            done = max(done, p)


# The last text scanned, its lowercased form and the triggers already searched in it: the
# pattern detectors share them, so a trigger used by several rules is searched once per text.
_last: list[tuple[str, str, dict[tuple[re.Pattern[str], bool], bool]]] = []


def _triggered(rule: Rule, text: str) -> bool:
    trigger = rule.trigger
    if trigger is None and not rule.keywords:
        return True
    state = _last[0] if _last else None
    if state is None or state[0] is not text:
        state = (text, text.lower(), {})
        _last[:] = [state]
    if rule.keywords and not any(k in state[1] for k in rule.keywords):
        return False
    if trigger is None:
        return True
    key = (trigger, rule.trigger_lower)
    hit = state[2].get(key)
    if hit is None:
        hit = state[2][key] = trigger.search(state[1] if rule.trigger_lower else text) is not None
    return hit


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class PatternDetector:
    """
    A detector made of regular-expression rules.

    Args:
        name: The detector's unique name.
        rules: Its rules.

    .. versionadded:: 0.1.0
    """

    name: str
    rules: tuple[Rule, ...] = attrs.field(converter=_rules)

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find every match of every rule in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per match that passes its rule's check.
        """
        for rule in self.rules:
            if not _triggered(rule, text):
                continue
            has_id = "id" in rule.compiled.groupindex
            for m in rule.matches(text):
                if rule.check is not None and not rule.check(m, text):
                    continue
                start, end = m.span("id") if has_id else m.span()
                if start < 0 or start == end:
                    continue
                category = rule.category
                if rule.category_of is not None:
                    picked = rule.category_of(m, text)
                    if picked is None:
                        continue
                    category = picked
                yield Detection(
                    start=start,
                    end=end,
                    category=category,
                    score=rule.score,
                    detector=self.name,
                    reason=rule.reason,
                )


# --------------------------------------------------------------------------- helpers


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _luhn(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _before(text: str, m: re.Match[str], width: int = 30) -> str:
    return text[max(0, m.start() - width) : m.start()].casefold()


def _after(text: str, m: re.Match[str], width: int = 20) -> str:
    return text[m.end() : m.end() + width].casefold()


_I = re.IGNORECASE
_DIGIT = re.compile(r"\d")
_DIGITS3 = re.compile(r"\d\D{0,3}\d\D{0,3}\d")
# Triggers: cheap patterns, each a necessary condition of its rules, written to start with a
# character class (no leading \b or look-behind, no IGNORECASE on the first character) so that
# the regular-expression engine skips ahead quickly.
_MONTH_PREFIX = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# Searched in the lowercased text.
_T_MONTH_THEN_NUMBER = re.compile(_MONTH_PREFIX + r"[a-z]*\.?,?\s+(?:of\s+)?['\u2019]?\d")
_T_DAY_MONTH = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_PREFIX)
_T_YEAR = re.compile(r"[12'\u2019](?:[89]\d\d|0\d\d|\d\d)")
_T_DIGITS_3_CODE = re.compile(r"\d[A-Za-z/-]*\d[A-Za-z/-]*\d")
_T_SSN = re.compile(r"\d\d\d[- ]?\d\d[- ]?\d\d\d\d")
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-")
_T_NA_PHONE = re.compile(r"\d\d\d\D{0,2}\d\d\d")

# --------------------------------------------------------------------------- contact


_EMAIL = Rule(
    category=PhiCategory.EMAIL,
    pattern=_lazy(
        r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
    ),
    score=0.95,
    reason="shape of an email address",
    trigger=re.compile("@"),
)
_EMAIL_SPELLED = Rule(
    category=PhiCategory.EMAIL,
    pattern=_lazy(
        r"\b[\w.+-]+\s*[\[(]\s*at\s*[\])]\s*[\w-]+(?:\s*[\[(]\s*dot\s*[\])]\s*[A-Za-z0-9-]+)+",
        _I,
    ),
    score=0.85,
    reason="email address written with (at) and (dot)",
    trigger=re.compile(r"[\[(]\s*[Aa][Tt]\s*[\])]"),
)

_TLDS = (
    "com|org|net|edu|gov|mil|io|co|us|uk|ca|au|nz|ie|de|fr|es|it|nl|se|no|dk|fi|in|me|info"
    "|biz|ly|gg|tv|app|dev|health|link|site|online|page|blog|xyz|ai|social|care|clinic|to|be"
    "|[a-z]{2}"  # any country code
)
_URL_TAIL = r"[^\s<>\"'\]\[{}|\\^`]*[^\s<>\"'\]\[{}|\\^`.,;:!?)]"


def _url_check(m: re.Match[str], text: str) -> bool:
    # A bare domain must not be the domain part of an email address.
    return not (m.start() > 0 and text[m.start() - 1] == "@")


_URL = Rule(
    category=PhiCategory.URL,
    pattern=_lazy(rf"\b(?:https?://|www\.){_URL_TAIL}", _I),
    score=0.95,
    reason="web address with a scheme or www",
    keywords=("http", "www."),
)
_URL_BARE = Rule(
    category=PhiCategory.URL,
    pattern=_lazy(
        rf"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})/{_URL_TAIL}", _I
    ),
    score=0.85,
    reason="domain with a path",
    check=_url_check,
    trigger=re.compile(rf"\.(?i:{_TLDS})/"),
)
_URL_SHORT = Rule(
    category=PhiCategory.URL,
    pattern=_lazy(r"(?<![\w@./-])(?:redd\.it|bit\.ly|t\.co|tinyurl\.com|goo\.gl)\b", _I),
    score=0.8,
    reason="link shortener",
    trigger=re.compile(r"\.(?:it|ly|co|com|gl)\b", _I),
)

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = Rule(
    category=PhiCategory.IP_ADDRESS,
    pattern=_lazy(rf"(?<![\d.])(?:{_OCTET}\.){{3}}{_OCTET}(?![\d.]|\.\d)"),
    score=0.85,
    reason="dotted IPv4 address",
    trigger=re.compile(r"\d\.\d{1,3}\.\d"),
)
_H = r"[0-9A-Fa-f]{1,4}"
_IPV6 = Rule(
    category=PhiCategory.IP_ADDRESS,
    pattern=_lazy(
        rf"(?<![\w:])(?:(?:{_H}:){{7}}{_H}|(?:{_H}:){{1,6}}:(?:{_H}(?::{_H}){{0,5}})?"
        rf"|::(?:{_H}:){{0,6}}{_H})(?![\w:])"
    ),
    score=0.85,
    reason="IPv6 address",
    check=lambda m, _t: any(c.isalpha() for c in m.group()) or m.group().count(":") >= 3,
    trigger=re.compile(":[0-9A-Fa-f]{0,4}:"),
)

# --------------------------------------------------------------------------- phones

# Public hotlines are not anyone's identifier.
HOTLINES = frozenset(
    {
        "988",
        "18002738255",
        "8002738255",
        "741741",
        "18006624357",
        "8006624357",
        "18007997233",
        "8007997233",
        "18664887386",
        "8664887386",
        "18009506264",
        "8009506264",
        "18006564673",
        "8006564673",
        "18009855990",
        "8009855990",
        "911",
        "999",
        "112",
        "116123",
        "18884043600",
        "8884043600",
    }
)
_UNITS = r"(?:mg|mcg|ml|g|kg|lbs?|pounds|%|percent|calories|words|minutes|mins?|hours|hrs?|k)\b"


def _phone_check(m: re.Match[str], text: str) -> bool:
    digits = _digits(m.group("id") if "id" in m.re.groupindex else m.group())
    if digits in HOTLINES or digits.lstrip("1") in HOTLINES:
        return False
    before = _before(text, m, 40)
    if any(w in before for w in ("hotline", "lifeline", "helpline", "crisis line", "warmline")):
        return False
    return re.match(rf"\s*{_UNITS}", _after(text, m), _I) is None


def _phone_category(m: re.Match[str], text: str) -> PhiCategory:
    return PhiCategory.FAX if "fax" in _before(text, m, 25) else PhiCategory.PHONE


_SEP = r"[-.\s\u00a0]"
_PHONE_CUES = ("call", "text", "phone", "cell", "number", "tel", "fax", "mobile", "#", "reach")


def _na_separated_or_cued(m: re.Match[str], text: str) -> bool:
    """Accept ten digits in a row only after a phone cue word."""
    if not m.group().isdigit():
        return True
    return any(w in _before(text, m) for w in _PHONE_CUES)


_PHONE_NA = Rule(
    category=PhiCategory.PHONE,
    pattern=_lazy(
        rf"(?<![\w+])(?:\+?1{_SEP}?)?(?:\(\d{{3}}\){_SEP}?|\d{{3}}{_SEP})\d{{3}}{_SEP}\d{{4}}"
        rf"(?![\w-])|(?<![\w+])(?:\+?1{_SEP}?)?\d{{3}}{_SEP}?\d{{3}}{_SEP}?\d{{4}}(?!\w)"
    ),
    score=0.85,
    reason="North American phone number",
    check=lambda m, t: _phone_check(m, t) and _na_separated_or_cued(m, t),
    category_of=_phone_category,
    anchor=re.compile(r"\d(?<!\d\d)(?=\d\d\D{0,2}\d\d\d)"),
    back="+1(-. \t\n\r\f\v\u00a0",
)
_PHONE_INTL = Rule(
    category=PhiCategory.PHONE,
    pattern=_lazy(
        rf"(?<![\w+])\+\d{{1,3}}(?:{_SEP}?\(\d{{1,4}}\))?(?:{_SEP}?\d{{1,5}}){{2,5}}(?![\w-])"
    ),
    score=0.85,
    reason="international phone number",
    check=lambda m, t: 8 <= len(_digits(m.group())) <= 15 and _phone_check(m, t),
    category_of=_phone_category,
    trigger=re.compile(r"\+\d"),
)
_PHONE_TRUNK = Rule(
    category=PhiCategory.PHONE,
    pattern=_lazy(
        r"(?<![\w+.-])(?:0\d{1,4}[\s-]?\d{3,4}[\s-]?\d{3,4}|0\d(?:[ .]\d{2}){4})(?![\w-])"
    ),
    score=0.7,
    reason="national phone number with a trunk prefix",
    check=lambda m, t: 10 <= len(_digits(m.group())) <= 11 and _phone_check(m, t),
    category_of=_phone_category,
    trigger=re.compile(r"0\d{1,4}[\s.-]?\d\d"),
)
_PHONE_SHORT = Rule(
    category=PhiCategory.PHONE,
    pattern=_lazy(r"(?<![\w.,/-])\d{3}-\d{4}(?![\w-]|[.,/]\d)"),
    score=0.6,
    reason="seven-digit phone number",
    check=_phone_check,
    category_of=_phone_category,
    trigger=re.compile(r"\d\d\d-\d\d\d\d"),
)
_PHONE_CUE = Rule(
    category=PhiCategory.PHONE,
    pattern=_lazy(
        r"(?=[pcmtfnPCMTFN])"
        r"\b(?:phone|cell|mobile|tel|telephone|fax|number|call|text)(?:\s+(?:number|no\.?|#))?"
        r"\s*(?:is|was|:|at|#)?\s*(?P<id>\d[\d\s.-]{5,}\d)(?![\w-])",
        _I,
    ),
    score=0.7,
    reason="number after a phone cue word",
    check=lambda m, t: 7 <= len(_digits(m.group("id"))) <= 15 and _phone_check(m, t),
    category_of=_phone_category,
    trigger=re.compile(r"\d[\d\s.-]{5,}\d"),
)

# --------------------------------------------------------------------------- numbers


def _ssn_ok(m: re.Match[str], _text: str) -> bool:
    d = _digits(m.group("id") if "id" in m.re.groupindex else m.group())
    return (
        len(d) == 9
        and d[:3] not in {"000", "666"}
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


_SSN = Rule(
    category=PhiCategory.SSN,
    pattern=_lazy(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])"),
    score=0.9,
    reason="shape of a social security number",
    check=_ssn_ok,
    trigger=_T_SSN,
)
_SSN_CUE = Rule(
    category=PhiCategory.SSN,
    pattern=_lazy(
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
    pattern=_lazy(
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
    pattern=_lazy(r"(?<![\w&])#\s?(?P<id>[A-Z0-9]*\d{4,}[A-Z0-9-]*)\b", _I),
    score=0.6,
    reason="number written after '#'",
    trigger=re.compile("#"),
)
_VIN = Rule(
    category=PhiCategory.VEHICLE_ID,
    pattern=_lazy(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"),
    score=0.85,
    reason="shape of a vehicle identification number",
    trigger=re.compile(r"[A-HJ-NPR-Z0-9]{17}"),
)
_MBI_L = "[AC-HJKMNP-RT-Y]"
_MBI = Rule(
    category=PhiCategory.HEALTH_PLAN_ID,
    pattern=_lazy(
        rf"\b[1-9]{_MBI_L}[0-9{_MBI_L[1:-1]}]\d-?{_MBI_L}[0-9{_MBI_L[1:-1]}]\d-?{_MBI_L}{{2}}\d\d\b"
    ),
    score=0.8,
    reason="shape of a Medicare beneficiary identifier",
    trigger=re.compile(r"[1-9][A-Z][0-9A-Z]\d-?[A-Z]"),
)
_MAC = Rule(
    category=PhiCategory.DEVICE_ID,
    pattern=_lazy(
        r"(?<![\w:-])(?:[0-9A-Fa-f]{2}([:-]))(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}"
        r"(?![\w:-])"
    ),
    score=0.85,
    reason="shape of a MAC address",
    trigger=re.compile(r"[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]"),
)
_CARD = Rule(
    category=PhiCategory.ACCOUNT_NUMBER,
    pattern=_lazy(r"(?<![\w-])\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}(?![\w-])"),
    score=0.85,
    reason="card number with a valid check digit",
    check=lambda m, _t: 13 <= len(_digits(m.group())) <= 19 and _luhn(_digits(m.group())),
    trigger=re.compile(r"\d\d\d\d[ -]?\d\d\d\d[ -]?\d\d\d\d"),
)


def _iban_ok(m: re.Match[str], _text: str) -> bool:
    s = m.group().replace(" ", "")
    moved = s[4:] + s[:4]
    return 15 <= len(s) <= 34 and int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


_IBAN = Rule(
    category=PhiCategory.ACCOUNT_NUMBER,
    pattern=_lazy(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"),
    score=0.9,
    reason="IBAN with a valid check",
    check=_iban_ok,
    trigger=re.compile(r"[A-Z][A-Z]\d\d ?[A-Z0-9]{4}"),
)
_FULLNAME = Rule(
    category=PhiCategory.OTHER_ID,
    pattern=_lazy(r"\bt[1-6]_[a-z0-9]{4,12}\b"),
    score=0.85,
    reason="Reddit thing id",
    trigger=re.compile(r"t[1-6]_"),
)
_LONG_NUMBER = Rule(
    category=PhiCategory.OTHER_ID,
    pattern=_lazy(r"(?<![\w.,$€£/-])\d{8,}(?![\w%]|[.,]\d)"),
    score=0.5,
    reason="long run of digits",
    trigger=re.compile(r"\d{8}"),
)
_MIXED_ID = Rule(
    category=PhiCategory.OTHER_ID,
    pattern=_lazy(
        r"(?<![\w/-])(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){5})[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])"
        r"(?![\w/-])"
    ),
    score=0.55,
    reason="code of letters and five or more digits",
    trigger=re.compile(r"\d(?:[A-Z-]*\d){4}"),
)

# --------------------------------------------------------------------------- places by shape

_STATE_ABBR = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH"
    "|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
_STATE_BEFORE = re.compile(rf"\b(?:{_STATE_ABBR}|{STATE_NAMES}),?\s+$")
_ZIP_STATE = Rule(
    category=PhiCategory.ZIP,
    pattern=_lazy(r"\d(?<!\w\d)\d{4}(?:-\d{4})?\b"),
    check=lambda m, t: _STATE_BEFORE.search(t, max(0, m.start() - 24), m.start()) is not None,
    score=0.9,
    reason="ZIP code after a state",
    trigger=re.compile(r"\d\d\d\d\d"),
)
_ZIP_CUE = Rule(
    category=PhiCategory.ZIP,
    pattern=_lazy(
        r"(?=[zpZP])"
        r"(?=[A-Z])"
        r"\b(?:zip|zip code|zipcode|postal code|postcode)\s*(?:is|was|:|#)?\s*"
        r"(?P<id>\d{5}(?:-\d{4})?|\d{3})\b",
        _I,
    ),
    score=0.95,
    reason="number after 'zip' or 'postal code'",
    keywords=("zip", "post"),
)
_ZIP_BEFORE_CUE = Rule(
    category=PhiCategory.ZIP,
    pattern=_lazy(
        r"\d(?<![\w-]\d)\d{4}(?:-\d{4})?(?=\s+(?:zip|zip code|zipcode|postal code|postcode)\b)",
        _I,
    ),
    score=0.9,
    reason="number before 'zip code'",
    keywords=("zip", "post"),
)
_ZIP4 = Rule(
    category=PhiCategory.ZIP,
    pattern=_lazy(r"(?<![\w-])\d{5}-\d{4}(?![\w-])"),
    score=0.8,
    reason="ZIP+4 code",
    trigger=re.compile(r"\d\d\d\d\d-\d"),
)
_POSTCODE_UK = Rule(
    category=PhiCategory.ZIP,
    pattern=_lazy(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b"),
    score=0.8,
    reason="UK postcode",
    trigger=re.compile(r"\d[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]"),
)
_POSTCODE_CA = Rule(
    category=PhiCategory.ZIP,
    pattern=_lazy(r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b"),
    score=0.8,
    reason="Canadian postal code",
    trigger=re.compile(r"\d[A-Z] ?\d[A-Z]\d"),
)
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl"
    r"|Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Crescent|Close|Square|Sq"
    r"|Alley|Row|Pike|Route|Rte"
)
_STREET = Rule(
    category=PhiCategory.LOCATION,
    pattern=_lazy(
        rf"(?:\b\d{{1,6}}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?)?"
        rf"\b(?:[A-Z][\w'\u2019-]*\s+){{1,3}}(?:{_STREET_TYPES})\b\.?"
        rf"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*#?\s*\w+)?"
    ),
    score=0.85,
    reason="street name",
    check=lambda m, _t: (
        not re.match(r"(?:The|A|An|My|Our|On|In|At|From|To|By|Near)\s+(?:St|Dr|Ct|Pl)\b", m.group())
        and not re.match(r"(?:Saint|St\.?|Dr\.?)\s", m.group())
    ),
    trigger=re.compile(rf"[A-Z][\w'\u2019-]*\s+(?:{_STREET_TYPES})\b"),
)
_STREET_NUMBERED = Rule(
    category=PhiCategory.LOCATION,
    pattern=_lazy(
        rf"\d(?<!\w\d)\d{{0,5}}\s+(?:[NSEW]\.?\s+)?(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z][\w'-]*(?:\s+"
        rf"[a-z][\w'-]*)?)\s+(?:{_STREET_TYPES.lower()})\b\.?",
    ),
    score=0.8,
    reason="numbered street address",
)
_STREET_FOREIGN = Rule(
    category=PhiCategory.LOCATION,
    pattern=_lazy(
        r"(?:\b\d{1,5},?\s+)?\b(?:Calle|Carrer|Rue|Rua|Via|Viale|Avenida|Avinguda|Camino|Paseo"
        r"|Plaza|Piazza|Praça|Travessa|Boulevard|Chemin|Allée|Ulica|ul\.)\s+(?:(?:de|del|de la"
        r"|des|du|de l'|la|le|les|los|las|da|do|dos|das|di|della|delle|dei)\s+)?"
        r"[A-ZÀ-Þ][\w'\u2019-]*(?:\s+[A-ZÀ-Þ][\w'\u2019-]*)?(?:,?\s+\d{1,5}\b)?"
    ),
    score=0.85,
    reason="street name",
    trigger=re.compile(
        r"[CRVAPTBUu](?:alle|arrer|u[ae]|ia|iale|ven|amino|aseo|la[cçz]|iazza|raça|ravessa"
        r"|oulevard|hemin|llée|lica|l\.)\s"
    ),
    keywords=(
        "calle",
        "carrer",
        "rue",
        "rua",
        "via",
        "aven",
        "camino",
        "paseo",
        "pla",
        "piazza",
        "praça",
        "travessa",
        "boulevard",
        "chemin",
        "allée",
        "ulica",
        "ul.",
    ),
)
_STREET_GERMANIC = Rule(
    category=PhiCategory.LOCATION,
    pattern=_lazy(
        r"\b[A-ZÀ-Þ][\w-]*(?:straße|strasse|str\.|gasse|weg|platz|allee|laan|straat|gracht"
        r"|vej|gatan|gata|veien)(?:\s+\d{1,5}[a-z]?)?(?!\w)"
    ),
    score=0.8,
    reason="street name",
    keywords=(
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
        "gata",
        "veien",
    ),
)
_PO_BOX = Rule(
    category=PhiCategory.LOCATION,
    pattern=_lazy(r"\bP\.?\s?O\.?\s+Box\s+\d+\b", _I),
    score=0.9,
    reason="post office box",
    keywords=("box",),
)

# --------------------------------------------------------------------------- dates

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_ORD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d|\u2019\d\d)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"


def _month_case_ok(m: re.Match[str], _text: str) -> bool:
    """Accept a lowercase month name only when the match cannot be a verb or a noun."""
    month = m.group("month")
    if month[0].isupper():
        return True
    if month.casefold() in {"may", "march", "sept", "jan"}:
        return bool(m.group("ordinal") or m.group("year"))
    return True


_DATE_MDY = Rule(
    category=PhiCategory.DATE,
    pattern=_lazy(
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
    pattern=_lazy(
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
    pattern=_lazy(
        r"(?=[JFMASONDjfmasond])"
        rf"\b(?P<month>{_MONTH})\.?(?:\s+of|,)?\s+(?P<year>{_YEAR})(?!\d)",
        _I,
    ),
    score=0.85,
    reason="month and year",
    check=lambda m, _t: (
        m.group("month")[0].isupper() or m.group("month").casefold() not in {"may", "march"}
    ),
    trigger=_T_MONTH_THEN_NUMBER,
    trigger_lower=True,
)


def _numeric_date_ok(m: re.Match[str], _text: str) -> bool:
    a, b = int(m.group("a")), int(m.group("b"))
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


_DATE_NUMERIC = Rule(
    category=PhiCategory.DATE,
    pattern=_lazy(
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
    pattern=_lazy(
        r"(?<![\w/.-])(?:1[89]|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:[12]\d|3[01]|0?[1-9])"
        r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/-]|\.\d)"
    ),
    score=0.95,
    reason="ISO date",
    trigger=re.compile(r"\d\d\d\d[-/.]\d"),
)
_DATE_MONTH_YEAR_NUMERIC = Rule(
    category=PhiCategory.DATE,
    pattern=_lazy(r"(?<![\w/.-])(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\w/-])"),
    score=0.8,
    reason="numeric month and year",
    trigger=re.compile(r"\d/[12][09]\d\d"),
)
_DATE_CUE_MD = Rule(
    category=PhiCategory.DATE,
    pattern=_lazy(
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
        and not re.match(r"\s*(?:scale|rating|score|pain)", _after(_t, m), _I)
    ),
    trigger=re.compile(r"\d/\d"),
)

_DATE_HOLIDAY = Rule(
    category=PhiCategory.DATE,
    pattern=_lazy(
        r"(?=[CNTHEVIFMLcnthevifml])"
        rf"\b(?:Christmas(?: Eve| Day)?|New Year's(?: Eve| Day)?|Thanksgiving(?: Day)?"
        rf"|Halloween|Easter(?: Sunday)?|Valentine's Day|Independence Day|(?:the )?Fourth of July"
        rf"|Mother's Day|Father's Day|Memorial Day|Labor Day)\s*,?\s+(?:of\s+)?{_YEAR}(?!\d)",
        _I,
    ),
    score=0.8,
    reason="holiday of a given year",
    trigger=_T_YEAR,
    keywords=(
        "christmas",
        "new year",
        "thanksgiving",
        "halloween",
        "easter",
        "valentine",
        "independence day",
        "fourth of july",
        "mother's day",
        "father's day",
        "memorial day",
        "labor day",
    ),
)

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
    pattern=_lazy(
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
    pattern=_lazy(
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
    pattern=_lazy(
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
    pattern=_lazy(
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
    pattern=_lazy(
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
    pattern=_lazy(
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
    pattern=_lazy(rf"(?<=[^\W\d_])(?:,\s|\s\()(?P<id>{_NUM_AGE})(?:,\s(?=[a-z])|\))"),
    score=0.7,
    reason="number over 89 set off after a word for a person",
    trigger=re.compile(r"9\d(?<!\d9\d)(?!\d)|1[0-2]\d(?<!\d1[0-2]\d)(?!\d)"),
)

# --------------------------------------------------------------------------- usernames

_USER_REDDIT = Rule(
    category=PhiCategory.USERNAME,
    pattern=_lazy(r"(?<![\w/])/?u/[\w-]{3,20}(?![\w-])"),
    score=0.95,
    reason="Reddit username",
    trigger=re.compile("u/"),
)
_USER_AT = Rule(
    category=PhiCategory.USERNAME,
    pattern=_lazy(r"(?<![\w@.+*\]-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?!\w|@)"),
    score=0.85,
    reason="@handle",
    check=lambda m, _t: not re.fullmatch(r"@\d{1,2}(?:am|pm)?", m.group(), _I),
    trigger=re.compile("@"),
)
_USER_CUE = Rule(
    category=PhiCategory.USERNAME,
    pattern=_lazy(
        r"(?=[uhsgidtaUHSGIDTA])"
        r"\b(?:username|user name|handle|screen ?name|gamertag|insta(?:gram)?|ig|snap(?:chat)?"
        r"|discord|tiktok|twitter|account name)(?:\s+(?:on|in|for|at|the|her|his|their|my"
        r"|this|that|recovery|support|forum|group|app|site|server|reddit|old|new|main))*"
        r"\s*(?:is|was|:)\s*@?"
        r"(?P<id>[A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?![\w@])",
        _I,
    ),
    score=0.8,
    reason="name after 'username' or 'handle'",
    check=lambda m, _t: (
        m.group("id").casefold()
        not in {"private", "deleted", "the", "her", "his", "their", "my", "anonymous"}
    ),
    trigger=re.compile(
        r"(?:name|handle|gamertag|insta(?:gram)?|ig|snap(?:chat)?|discord|tiktok|twitter)"
        r"(?:\s+[a-z]+)*\s*(?:is|was|:)"
    ),
    trigger_lower=True,
    keywords=("name", "handle", "gamertag", "insta", "ig", "snap", "discord", "tiktok", "twitter"),
)


_HANDLE_CUES = (
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


def _handle_like(m: re.Match[str], _text: str) -> bool:
    """Accept a token that does not read as a word: a digit, an underscore, two joiners."""
    value = m.group("id")
    return any(c.isdigit() or c == "_" for c in value) or sum(value.count(c) for c in ".-") >= 2


_USER_APPOSITIVE = Rule(
    category=PhiCategory.USERNAME,
    pattern=_lazy(
        rf"\b(?:{'|'.join(_HANDLE_CUES)}|instagram)\s*(?:,|:|is|was|called|named)\s+@?"
        r"(?P<id>[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9_])(?![\w@-])",
        _I,
    ),
    score=0.7,
    reason="handle-like name after 'blog', 'account' or the like",
    check=_handle_like,
    trigger=re.compile(
        rf"(?:{'|'.join(_HANDLE_CUES)})\s*(?:,|:|is|was|called|named)\s+@?[a-z0-9_.-]*[\d_.-]"
    ),
    trigger_lower=True,
    keywords=_HANDLE_CUES,
)


def pattern_detectors() -> list[PatternDetector]:
    """
    Build the built-in pattern detectors.

    Returns:
        The detectors, one per family of identifiers.
    """
    return [
        PatternDetector(name="email", rules=[_EMAIL, _EMAIL_SPELLED]),
        PatternDetector(name="url", rules=[_URL, _URL_BARE, _URL_SHORT]),
        PatternDetector(name="ip-address", rules=[_IPV4, _IPV6]),
        PatternDetector(
            name="phone", rules=[_PHONE_NA, _PHONE_INTL, _PHONE_TRUNK, _PHONE_SHORT, _PHONE_CUE]
        ),
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
            name="address",
            rules=[
                _ZIP_STATE,
                _ZIP_CUE,
                _ZIP_BEFORE_CUE,
                _ZIP4,
                _POSTCODE_UK,
                _POSTCODE_CA,
                _STREET,
                _STREET_NUMBERED,
                _STREET_FOREIGN,
                _STREET_GERMANIC,
                _PO_BOX,
            ],
        ),
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
        PatternDetector(
            name="username", rules=[_USER_REDDIT, _USER_AT, _USER_CUE, _USER_APPOSITIVE]
        ),
    ]
