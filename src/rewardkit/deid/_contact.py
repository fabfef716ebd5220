"""
Contact data: e-mail addresses, web addresses, IP addresses, phone and fax numbers, usernames.

Detectors: ``email``, ``url``, ``ip-address``, ``phone`` (``PHONE`` and ``FAX``) and
``username``.
"""

from __future__ import annotations

import re

from rewardkit.story import PhiCategory

from ._engine import PatternDetector, Rule, after, before, digits, initials, lazy
from ._lexicon import (
    ENGLISH_STOP,
    HANDLE_PLACES,
    HOTLINES,
    NOT_USERNAMES,
    PHONE_WORDS,
    PRODUCTS_RUN_TOGETHER,
    USERNAME_FILLERS,
    USERNAME_WORDS,
    WORD,
    alternation,
    hotline_before,
    word_flags,
    word_set,
)

__all__ = ["detectors"]

_I = re.IGNORECASE


# --------------------------------------------------------------------------- e-mail

_EMAIL = Rule(
    category=PhiCategory.EMAIL,
    pattern=lazy(
        r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
    ),
    score=0.95,
    reason="shape of an email address",
    trigger=re.compile("@"),
)
_EMAIL_SPELLED = Rule(
    category=PhiCategory.EMAIL,
    # The address starts at the first word boundary of a run of address characters: the run
    # is matched from its start (so that no other start inside it is tried) and the leading
    # dots, pluses and hyphens are left out of the span.
    pattern=lazy(
        r"(?<![\w.+-])[.+-]*\b(?P<id>[\w.+-]+\s*[\[(]\s*at\s*[\])]\s*[\w-]+"
        r"(?:(?:\s*[\[(]\s*dot\s*[\])]\s*|\.)[A-Za-z0-9-]+)+)",
        _I,
    ),
    score=0.85,
    reason="email address written with (at) and (dot)",
    trigger=re.compile(rb"[(\[] *[aA][aA] *[)\]]"),
)
_MAIL_TLDS = "com|org|net|edu|gov|io|co|us|uk|ca|au|nz|ie|me|info|example"
_EMAIL_WORDS = Rule(
    category=PhiCategory.EMAIL,
    # "jane.doe at example dot com": a top-level domain ends it, so that prose does not.
    pattern=lazy(
        r"(?<![\w.+-])[.+-]*\b(?P<id>[\w.+-]+[ \t]+at[ \t]+[\w-]+(?:[ \t]+dot[ \t]+[\w-]+)*?"
        rf"[ \t]+dot[ \t]+(?:{_MAIL_TLDS}))\b",
        _I,
    ),
    score=0.8,
    reason="email address written with 'at' and 'dot'",
    words=("dot",),
    trigger=re.compile(rf"dot[ \t]+(?:{_MAIL_TLDS})\b"),
    trigger_lower=True,
)

# --------------------------------------------------------------------------- web addresses

_TLDS = (
    "com|org|net|edu|gov|mil|io|co|us|uk|ca|au|nz|ie|de|fr|es|it|nl|se|no|dk|fi|in|me|info"
    "|biz|ly|gg|tv|app|dev|health|link|site|online|page|blog|xyz|ai|social|care|clinic|to|be"
    "|example|test"  # reserved for documentation (RFC 2606)
    "|[a-z]{2}"  # any country code
)
_URL_TAIL = r"[^\s<>\"'\]\[{}|\\^`]*[^\s<>\"'\]\[{}|\\^`.,;:!?)]"


def _url_check(m: re.Match[str], text: str) -> bool:
    # A bare domain must not be the domain part of an email address.
    return not (m.start() > 0 and text[m.start() - 1] == "@")


_URL = Rule(
    category=PhiCategory.URL,
    pattern=lazy(rf"\b(?:https?://|www\.){_URL_TAIL}", _I),
    score=0.95,
    reason="web address with a scheme or www",
    keywords=("http", "www."),
)
_URL_BARE = Rule(
    category=PhiCategory.URL,
    pattern=lazy(
        rf"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})/{_URL_TAIL}", _I
    ),
    score=0.85,
    reason="domain with a path",
    check=_url_check,
    keywords=("/",),
    trigger=re.compile(rb"\.[aA][aA]*/"),
)
_SHORTENERS = ("redd.it", "bit.ly", "t.co", "tinyurl.com", "goo.gl")
# Sites too large to identify anyone by their name alone.
_PUBLIC_SITES = word_set(
    """
    google.com youtube.com facebook.com reddit.com twitter.com x.com instagram.com
    tiktok.com amazon.com wikipedia.org linkedin.com netflix.com apple.com microsoft.com
    gmail.com yahoo.com outlook.com zoom.us psychologytoday.com nami.org samhsa.gov
    988lifeline.org crisistextline.org nimh.nih.gov cdc.gov who.int nhs.uk
    """
)
_DOMAIN_TLDS = (
    "com|org|net|edu|gov|io|co|me|info|biz|app|dev|ly|us|uk|ca|au|nz|ie|de|fr|blog|site"
    "|online|health|care|clinic|example"
)


_SPELLED_AT = re.compile(r"[\[(]\s*at\s*[\])]\s*$", _I)


def _domain_ok(m: re.Match[str], text: str) -> bool:
    """A domain that is not the end of an e-mail address, nor a site too large to tell."""
    bare = m.group().casefold().removeprefix("www.")
    if bare in _PUBLIC_SITES or not _url_check(m, text):
        return False
    return _SPELLED_AT.search(text, max(0, m.start() - 8), m.start()) is None


_URL_DOMAIN = Rule(
    category=PhiCategory.URL,
    pattern=lazy(
        rf"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_DOMAIN_TLDS})"
        r"(?![\w@-]|\.[a-z0-9]|/)",  # not the local part of an e-mail address
        _I,
    ),
    score=0.7,
    reason="domain name",
    check=_domain_ok,
    trigger=re.compile(rb"\.[aA][aA]"),
)
_URL_SHORT = Rule(
    category=PhiCategory.URL,
    pattern=lazy(rf"(?<![\w@./-])(?:{alternation(_SHORTENERS)})\b", _I),
    score=0.8,
    reason="link shortener",
    trigger=re.compile(rb"\.[aA][aA]"),
)

# --------------------------------------------------------------------------- IP addresses

_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = Rule(
    category=PhiCategory.IP_ADDRESS,
    pattern=lazy(rf"(?<![0-9.])(?:{_OCTET}\.){{3}}{_OCTET}(?![0-9]|\.[0-9])"),
    score=0.85,
    reason="dotted IPv4 address",
    anchor=re.compile(rb"00?0?\.00?0?\.00?0?\.0"),
)
_H = r"[0-9A-Fa-f]{1,4}"
_IPV6 = Rule(
    category=PhiCategory.IP_ADDRESS,
    pattern=lazy(
        rf"(?<![\w:])(?:(?:{_H}:){{7}}{_H}|(?:{_H}:){{1,6}}:(?:{_H}(?::{_H}){{0,5}})?"
        rf"|::(?:{_H}:){{0,6}}{_H})(?![\w:])"
    ),
    score=0.85,
    reason="IPv6 address",
    check=lambda m, _t: any(c.isalpha() for c in m.group()) or m.group().count(":") >= 3,
    anchor=re.compile(rb":[0aA]{0,4}:"),
    back="0123456789abcdefABCDEF",
)

# --------------------------------------------------------------------------- phones

_UNITS = (
    r"(?:%|(?:mg|mcg|ml|g|kg|lbs?|pounds|percent|calories|words|minutes|mins?|hours|hrs?|k"
    # money and counts: "her ring was 2 450 000 won", "1 234 567 times worse"
    r"|won|rupiah|dong|rupees?|naira|yen|yuan|pesos?|dollars?|euros?|shillings?|cedis?|rand"
    r"|kwacha|baht|ringgit|times|people)\b)"
)
_UNIT_AFTER = re.compile(rf"\s*{_UNITS}", _I)


_TOLL_FREE = re.compile(r"1?8(?:00|33|44|55|66|77|88)|0800|0808|1300|1800|13\d{4}$|116")


def _toll_free(number: str) -> bool:
    """Tell whether *number* is short or free to call: a service's for everyone."""
    return len(number) <= 6 or _TOLL_FREE.match(number) is not None


def _phone_check(m: re.Match[str], text: str) -> bool:
    number = digits(m.group("id") if "id" in m.re.groupindex else m.group())
    if number in HOTLINES or number.lstrip("1") in HOTLINES:
        return False
    # a line's number that is short or free to call is everyone's ("the crisis line,
    # 0800 ..."); a local one is a service's own, and tells where it is ("call the warmline at
    # (414) 555-...")
    if _toll_free(number) and hotline_before(text, m.start()):
        return False
    return _UNIT_AFTER.match(after(text, m)) is None


_PHONE_OR_FAX = re.compile(
    r"\b(?:(?P<fax>fax(?:ed|ing|es)?)|phone|cell|mobile|tel|telephone|call(?:ed|ing)?|text(?:ed)?"
    r"|ring|dial(?:ed|led)?)\b"
)
_FAX_AFTER = re.compile(r"\s*\(?\s*(?:\(fax\)|fax\b)", _I)


def _phone_category(m: re.Match[str], text: str) -> PhiCategory:
    """FAX when the nearest word for a line before the number (or one just after) is "fax"."""
    if _FAX_AFTER.match(text, m.end()) is not None:
        return PhiCategory.FAX
    nearest = None
    for nearest in _PHONE_OR_FAX.finditer(before(text, m, 64)):  # noqa: B007 - the last one
        pass
    return PhiCategory.FAX if nearest is not None and nearest.group("fax") else PhiCategory.PHONE


_SEP = r"[-.\s\u00a0]"
_N = "[0-9]"
_PHONE_CUES = (*PHONE_WORDS, "#", "reach")


def _na_separated_or_cued(m: re.Match[str], text: str) -> bool:
    """Accept ten digits in a row only after a phone cue word."""
    if not m.group().isdigit():
        return True
    return any(w in before(text, m) for w in _PHONE_CUES)


_PHONE_NA = Rule(
    category=PhiCategory.PHONE,
    pattern=lazy(
        rf"(?<![\w+])(?:\+?1{_SEP}?)?(?:\({_N}{{3}}\){_SEP}?|{_N}{{3}}{_SEP}){_N}{{3}}{_SEP}{_N}{{4}}"
        rf"(?![\w-])|(?<![\w+])(?:\+?1{_SEP}?)?{_N}{{3}}{_SEP}?{_N}{{3}}{_SEP}?{_N}{{4}}(?!\w)"
    ),
    score=0.85,
    reason="North American phone number",
    check=lambda m, t: _phone_check(m, t) and _na_separated_or_cued(m, t),
    category_of=_phone_category,
    # The start of a run of three digits or more that three more digits follow.
    anchor=re.compile(rb"0000*(?=[^0]{0,2}000)"),
    back="+1(-. \t\n\r\f\v\u00a0\x1c\x1d\x1e\x1f\x85",
)
_PHONE_INTL = Rule(
    category=PhiCategory.PHONE,
    # Groups of one to five digits, two to five of them: each group takes all the digits it
    # can (so a long run of digits is not split every possible way before it is refused),
    # and one run of two to five digits counts as two groups.
    pattern=lazy(
        rf"(?<![\w+])\+{_N}{{1,3}}(?:{_SEP}?\({_N}{{1,4}}\))?"
        rf"(?:(?:{_SEP}?{_N}{{1,5}}+){{2,5}}|{_SEP}?{_N}{{2,5}})(?![\w-])"
    ),
    score=0.85,
    reason="international phone number",
    check=lambda m, t: 8 <= len(digits(m.group())) <= 15 and _phone_check(m, t),
    category_of=_phone_category,
    anchor=re.compile(rb"\+0"),
)
_PHONE_TRUNK = Rule(
    category=PhiCategory.PHONE,
    pattern=lazy(
        # a number in brackets too: "her fax number at the top (01632 960417)"
        r"(?<![\w+.-])(?<!\(\+)(?:(?:\(0[0-9]{1,4}\) ?|0[0-9]{1,4}[\s-]?)[0-9]{3,4}[\s-]?[0-9]{3,4}"
        r"|0[0-9](?:[ .][0-9]{2}){4})"
        r"(?![\w-])"
    ),
    score=0.7,
    reason="national phone number with a trunk prefix",
    check=lambda m, t: 10 <= len(digits(m.group())) <= 11 and _phone_check(m, t),
    category_of=_phone_category,
    anchor=re.compile(r"0[0-9]+"),
    back="(",  # "(02) 9000 0481": the area code in brackets
)
# A word for a line within a few words before a number ("the reception phone of our service
# is (11) 5555-0119"): an area code in brackets alone might be a count ("(10) 2020-2021").
_LINE_WORD = re.compile(
    rf"{_PHONE_OR_FAX.pattern}"
    r"|\b(?:number|whatsapp|line|helpline|contact|reach|ligue|telefone|tel[eé]fono|celular"
    r"|llam[ae]|llamar|marca|m[oó]vil|cel|zap|cl[ií]nica|clinic|office)\b"
)
#: Two years in a row after a count in brackets: "(14) 2018-2019".
_YEARS_IN_A_ROW = re.compile(r"\) ?((?:19|20)[0-9]{2})[\s-]((?:19|20)[0-9]{2})$")


def _not_years(m: re.Match[str]) -> bool:
    """Tell whether a number after an area code is no pair of years ("(12) 2019 2020")."""
    years = _YEARS_IN_A_ROW.search(m.group())
    return years is None or int(years.group(2)) - int(years.group(1)) not in {0, 1}


_PHONE_AREA = Rule(
    category=PhiCategory.PHONE,
    # "(11) 5555-0172", "(55) 5555 0123": an area code in brackets with no trunk prefix
    # (Brazil, Argentina, Mexico), then four or five digits and four
    pattern=lazy(r"(?<![\w+.-])\([1-9][0-9]{1,2}\) ?[0-9]{4,5}[\s-]?[0-9]{4}(?![\w-])"),
    score=0.7,
    reason="national phone number with its area code in brackets",
    check=lambda m, t: (
        10 <= len(digits(m.group())) <= 11
        and _LINE_WORD.search(before(t, m, 64)) is not None
        and _not_years(m)
        and _phone_check(m, t)
    ),
    category_of=_phone_category,
    anchor=re.compile(rb"\(000?\) ?0"),
)
_PHONE_SHORT = Rule(
    category=PhiCategory.PHONE,
    pattern=lazy(r"(?<![\w.,/$-])[0-9]{3}([-.])[0-9]{4}(?![\w-]|[.,/][0-9])"),
    score=0.6,
    reason="seven-digit phone number",
    check=lambda m, t: _phone_check(m, t) and (m.group(1) == "-" or _phone_cue_before(m, t)),
    category_of=_phone_category,
    anchor=re.compile(rb"000[-.]0000"),
)


def _four_four_ok(m: re.Match[str], text: str) -> bool:
    """
    Eight digits in two fours: a line's number, not years, hours or a free line's.

    Not two years ("1998 2004"), two times of day ("0900 1730"), a number free to call
    ("0800 1111": a service's for everyone), nor a hotline's.
    """
    first, second = m.group(1), m.group(2)
    if first[:2] in {"19", "20"} and second[:2] in {"19", "20"}:
        return False
    if all(int(x[:2]) < 24 and int(x[2:]) < 60 for x in (first, second)):
        return False
    return not _toll_free(first + second) and _phone_check(m, text)


_PHONE_FOUR_FOUR = Rule(
    category=PhiCategory.PHONE,
    # "I rang the office, 6225 1144, and waited": eight digits in two groups of four, alone,
    # a line's number in much of the world (Singapore, Hong Kong, Denmark, Norway)
    pattern=lazy(
        r"(?<![\w.,/+#$\u00a3\u20ac-])(?<![0-9] )([0-9]{4}) ([0-9]{4})"
        r"(?![\w/-]| [0-9]|[.,][0-9]| [A-Z]{1,3}\b)"
    ),
    score=0.6,
    reason="eight digits in two groups of four, as a line's number is written",
    check=_four_four_ok,
    category_of=_phone_category,
    anchor=re.compile(rb"0000 0000"),
)
# Words before "number" that make it a phone number ("her number", not "case number").
_NUMBER_OWNERS = word_set(
    "my her his their your our the a new old home work office mobile cell contact callback"
    " emergency fax phone direct personal private landline"
)
#: Words for a phone or for calling one: "phone", "WhatsApp me at", "reach her on", "HP"
#: (a handphone, in Singapore and Malaysia).
_PHONE_CUE_WORDS = frozenset(PHONE_WORDS) | word_set(
    "whatsapp sms ring rang reach handphone hp landline called calling texted texting"
)
#: Words between a cue and the number: "call her at", "text me on", "phone no. is".
_OBJECT_PRONOUNS = word_set("me her him us them")
_PHONE_FILLERS = word_set("number no no. # is was : at on") | _OBJECT_PRONOUNS
#: A round count in thousands, no phone number: "reach them on 3 000 000 screens".
_ROUND_COUNT = re.compile(r"[0-9]{1,3}(?:[ .]000)+")
_WORD = re.compile(r"[\w.]+|[#:]")


def _phone_cue_before(m: re.Match[str], text: str) -> bool:
    """Tell whether a word for a phone stands before the number (only fillers between)."""
    words = [w.casefold() for w in _WORD.findall(text, max(0, m.start() - 40), m.start())]
    addressed = False  # "reach her on": a person reached, not "lists reach 4 000 000"
    while words and words[-1] in _PHONE_FILLERS and words[-1] != "number":
        addressed = addressed or words[-1] in _OBJECT_PRONOUNS
        words.pop()
    if words and words[-1] in {"number", "no", "no.", "#"}:
        # "her number", "phone no.", not "case number" or "student number"
        owners = _NUMBER_OWNERS | _PHONE_CUE_WORDS if words[-1] == "number" else _PHONE_CUE_WORDS
        return len(words) >= 2 and words[-2] in owners
    return bool(words) and words[-1] in _PHONE_CUE_WORDS and (words[-1] != "reach" or addressed)


# What a number after a phone cue may hold besides digits.
_RUN = " \t\n\r\f\v.\u00a0-"
_PHONE_CUE = Rule(
    category=PhiCategory.PHONE,
    # From the start of a run of digits, spaces, dots and hyphens (so that no start inside
    # the run is tried again), over its leading spaces to its first digit.
    pattern=lazy(
        rf"(?<![0-9+{_RUN}])[{_RUN}]*(?<![\w+])(?P<id>[0-9][0-9{_RUN}]{{5,}}[0-9])(?![\w-])"
    ),
    score=0.7,
    reason="number after a phone cue word",
    check=lambda m, t: (
        7 <= len(digits(m.group())) <= 15
        and _ROUND_COUNT.fullmatch(m.group("id")) is None
        and _phone_check(m, t)
        and _phone_cue_before(m, t)
    ),
    category_of=_phone_category,
    words=_PHONE_CUE_WORDS,
    anchor=re.compile(rb"00*"),
    back="0123456789 \t\n\r\f\v.-\u00a0",
)

# --------------------------------------------------------------------------- usernames

_USER_REDDIT = Rule(
    category=PhiCategory.USERNAME,
    pattern=lazy(r"(?<![\w/])/?u/[\w-]{3,38}(?![\w-])"),
    score=0.95,
    reason="Reddit username",
    trigger=re.compile("u/"),
)
_USER_AT = Rule(
    category=PhiCategory.USERNAME,
    # hyphens inside, as a payment app's are: "@Tasha-Lee-12"
    pattern=lazy(
        r"(?<![\w@.+*\]-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
        r"(?:-[A-Za-z0-9_]+)*(?!\w|@)"
    ),
    score=0.85,
    reason="@handle",
    check=lambda m, _t: not re.fullmatch(r"@\d{1,2}(?:am|pm)?", m.group(), _I),
    trigger=re.compile("@"),
)
#: Platforms whose name and a colon stand before an account's name: "on FB: ...".
_PLATFORMS = ("FB", "Facebook", "Insta", "Instagram", "IG", "TikTok", "Twitter", "Snapchat")
_USER_PLATFORM = Rule(
    category=PhiCategory.USERNAME,
    pattern=lazy(
        rf"\b(?:{alternation(_PLATFORMS)})[ \t]*:[ \t]*@?"
        r"(?P<id>[A-Za-z0-9_][A-Za-z0-9_.]{2,28}[A-Za-z0-9_])(?![\w@]|\.\w)"
    ),
    score=0.75,
    reason="name after a platform and a colon",
    # not an English word: "Instagram: yes"
    check=lambda m, _t: not word_flags(m.group("id")) & WORD,
    words=(p.lower() for p in _PLATFORMS),
)
#: A time or a number, no handle: "2am", "10pm", "2024".
_TIME_OR_NUMBER = re.compile(r"[0-9]{1,2}(?:[ap]m|h)?|[0-9][0-9.,]*[km]?", re.IGNORECASE)
#: A platform's name opening a cue (not "username", "handle"): "TikTok is ...".
_PLATFORM_FIRST = re.compile(
    r"(?i:instagram|insta|ig|snapchat|snap|discord|tiktok|twitter|twitch|tumblr|venmo"
    r"|cash ?app|reddit user|redditor)\b"
)
#: Words run together with a capital each: a handle's shape ("CalumNaMara").
_CAMEL_CASE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]*){2,}")


#: Cues that name nothing but a handle ("handle" is a door's too, "instagram" an app).
_STRICT_USER_CUE = re.compile(r"\b(?:user ?name|gamer ?tag|screen ?name)\b", re.IGNORECASE)
#: Words after a cue that say when or where, no name: "forgot his username again".
_ADVERBS_AFTER_A_CUE = frozenset(
    {"again", "too", "here", "there", "now", "today", "yesterday", "anymore", "online", "back"}
    | {"first", "ok", "okay", "wrong", "right", "though", "either", "somewhere", "once", "twice"}
    | {"already", "later", "before", "since", "yet", "instead", "anyway", "tonight", "lol"}
)
#: What may stand between a strict cue and the word after it: a space, a comma or a colon.
_CUE_TO_WORD = re.compile(r"[ \t]*[,:]?[ \t]*")
#: What ends a handle's clause: a sign, or "and", "on", "in".
_HANDLE_CLAUSE_END = re.compile(r"[ \t]*[.,;:!?)]|[ \t]+(?:and|on|in)\b|[ \t]*$")


def _word_after_a_strict_cue(m: re.Match[str], text: str) -> bool:
    """
    Tell whether a word of letters after "username", "gamertag" or "screen name" is a handle.

    "he used the username sparrow and", "his gamertag, bluejay, and his mates": a word
    ending a clause (not "username and password": a function word; not after "handle").
    """
    value = m.group("id")
    cue = _STRICT_USER_CUE.search(text, m.start(), m.start("id"))
    return (
        cue is not None
        # right after the cue or its comma (not "subtle username my guy,": a filler between)
        and _CUE_TO_WORD.fullmatch(text, cue.end(), m.start("id")) is not None
        and value.isalpha()
        # "forgot his username again.", "changed her username recently": no name
        and value.casefold() not in _ADVERBS_AFTER_A_CUE
        and not value.casefold().endswith("ly")
        and _HANDLE_CLAUSE_END.match(text, m.end()) is not None
        # after a comma, set off by a comma after it too: "his gamertag, bluejay, and" (not
        # "my username, kept": a verb going on)
        and ("," not in text[cue.end() : m.start("id")] or text.startswith(",", m.end()))
    )


_USER_CUE = Rule(
    category=PhiCategory.USERNAME,
    pattern=lazy(
        initials(USERNAME_WORDS) + rf"\b(?:{alternation(USERNAME_WORDS)})"
        rf"(?:\s+(?:{alternation(USERNAME_FILLERS)}))*"
        r"(?:\s*(?P<is>is|was|:|,)\s*[@$]?|[ \t]+[@$]?)"
        # letters of any script: "tati.recomeço"; not a cue word of its own ("tumblr username
        # is ...": the cue is the second word's)
        rf"(?!(?:{alternation(USERNAME_WORDS)})\b)(?P<id>\w[\w.]{{2,29}}(?<!\.))(?![\w@])",
        _I,
    ),
    score=0.8,
    reason="name after 'username' or 'handle'",
    # without "is" or a colon, only a handle of its own shape: "username kaylee.rc.2005",
    # "his handle, CalumNaMara"
    check=lambda m, t: (
        m.group("id").casefold() not in NOT_USERNAMES
        # "my username is not important": a function word says what the name is not
        and not word_flags(m.group("id")) & ENGLISH_STOP
        and _TIME_OR_NUMBER.fullmatch(m.group("id")) is None  # "on discord at 2am"
        and (
            # a payment app's tag: "Cash App $keishamoney"
            t[m.start("id") - 1] == "$"
            # after a platform, "is" says what the platform is: "TikTok is responsible"
            or (m.group("is") not in {None, ","} and not _PLATFORM_FIRST.match(m.group()))
            or any(c in "._0123456789" for c in m.group("id"))
            or _CAMEL_CASE.fullmatch(m.group("id")) is not None
            # a handle run together after "username" (not "SNAP recertification")
            or (_run_together(m.group("id")) and not _PLATFORM_FIRST.match(m.group()))
            # "the username sparrow and", "his gamertag, bluejay,": any word after
            # "username", "gamertag" or "screen name", ending a clause
            or _word_after_a_strict_cue(m, t)
        )
    ),
    # The cue, its filler words and "is", or a handle's shape (the pattern's head).
    trigger=re.compile(
        rf"(?:{alternation(USERNAME_WORDS)})(?:\s+(?:{alternation(USERNAME_FILLERS)}))*"
        r"(?:\s*(?:is|was|:|,)|[ \t]+[@$]?[a-z0-9_.]*[0-9_.]|[ \t]+[@$]?[a-z]{10}|[ \t]+\$"
        r"|[ \t]+[^\W\d_]{3,}(?:[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|on|in)\b))"
    ),
    trigger_lower=True,
    words=(w.split()[0] for w in USERNAME_WORDS),
)


_USER_CAMEL_DIGITS = Rule(
    category=PhiCategory.USERNAME,
    # "QuietRiver77": words run together, each with its capital, and digits: a handle's shape
    pattern=lazy(r"(?<![\w@/.#:-])[A-Z][a-z]+(?:[A-Z][a-z]+)+[0-9]{1,4}(?![\w@-])"),
    check=lambda m, _t: not m.group().startswith(PRODUCTS_RUN_TOGETHER),
    score=0.7,
    reason="words run together with capitals and digits, as a handle is",
    # From each lowercase letter before a digit, back over the letters of the handle.
    anchor=re.compile(rb"a0"),
    back="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)


def _dotted_handle_ok(m: re.Match[str], _text: str) -> bool:
    """
    Words joined by dots, no web address: "anahit.knits.lace", "birdie.sings".

    Two words joined by one dot are not two sentences run together ("it was fine.then").
    """
    parts = m.group().split(".")
    if len(parts) == 2 and any(word_flags(p) & ENGLISH_STOP for p in parts):
        return False
    return _handle_parts_ok(parts)


def _handle_parts_ok(parts: list[str]) -> bool:
    """Tell whether the parts of a handle joined by dots are no web address nor file name."""
    return (
        parts[-1] not in _WEB_ENDINGS
        and parts[-1] not in _COUNTRY_DOMAINS  # "health.gov.za"
        and parts[-2] not in _WEB_ENDINGS  # "lifeline.org.nz"
        and "www" not in parts
        and len(parts[0]) >= 3
        and all(len(p) >= 2 for p in parts)
    )


#: The last parts of web addresses and of file names, which no handle ends with.
_WEB_ENDINGS = word_set(
    "com org net edu gov io co uk au nz ca ie us info biz me app html htm php pdf doc docx txt"
    " jpg png gif example test local yaml yml json xml csv bak log zip tar gz py js md exe"
)
#: Countries' web domains, which end web addresses: "health.gov.za", "lifeline.org.nz".
_COUNTRY_DOMAINS = word_set(
    "za uk au nz ca ie in ng ke gh ug tz zw sg my ph pk bd lk np us de fr es it nl be ch at pt"
    " br mx ar cl co jp cn hk tw kr se no dk fi pl ro gr tr il ae sa eg ma"
)
_USER_DOTTED = Rule(
    category=PhiCategory.USERNAME,
    # "an account for her work, anahit.knits.lace,", "under birdie.sings": words joined by
    # dots, as a handle is
    pattern=lazy(r"(?<![\w@/.:-])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+(?![\w@/-]|\.\w)"),
    score=0.6,
    reason="words joined by dots, as a handle is",
    check=_dotted_handle_ok,
    anchor=re.compile(rb"\.[a0_]"),
    back="abcdefghijklmnopqrstuvwxyz0123456789_",
)
_USER_DOTTED_NAMED = Rule(
    category=PhiCategory.USERNAME,
    # "she went by moth.queen everywhere online", "called myself radhamani.teacher", "He logs
    # on as migizi.runs"
    pattern=lazy(
        r"\b(?i:goes by|went by|known as|call(?:ed|s)? (?:my|her|him|them)sel(?:f|ves)"
        r"|(?:logs?|logged|signs?|signed) (?:on|in) as)\s+"
        r"(?P<id>[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)(?![\w@/-]|\.\w)"
    ),
    score=0.7,
    reason="words joined by dots after a naming cue, as a handle is",
    check=lambda m, _t: m.group("id").rsplit(".", 1)[-1] not in _WEB_ENDINGS,
    # a dot between two characters of a handle, found fast in the shape: most texts hold none
    trigger=re.compile(rb"\.[a0_]"),
    words=("by", "as", "myself", "herself", "himself", "themselves"),
)
_USER_FOUND_AS = Rule(
    category=PhiCategory.USERNAME,
    # "you can find him as kingdemz if you look", "find me under birdie.sings": a handle after
    # "find ... as" or "under", written small, that is no word
    pattern=lazy(
        r"\b(?i:find|look)\s+(?i:him|her|me|them|us)(?:\s+up)?\s+(?i:as|under)\s+"
        r"(?P<id>[a-z][a-z0-9_.]{2,29}[a-z0-9_])(?![\w@/-]|\.\w)"
    ),
    score=0.65,
    reason="a handle after 'find ... as'",
    check=lambda m, _t: not word_flags(m.group("id")) and m.group("id") not in _WEB_ENDINGS,
    words=("as", "under"),
    keywords=("find ", "look "),
)
#: The forums and apps a handle is used on: "on the old forum", "on insta".
_FORUMS = (
    *("forum", "server", "discord", "reddit", "subreddit", "twitch", "tiktok", "insta"),
    *("instagram", "twitter", "snapchat", "snap", "tumblr", "youtube", "xbox", "psn", "steam"),
    *("boards", "board", "message board"),
)
#: "on", a determiner and an adjective before a forum's name: "on the old ".
_ON_A_FORUM = (
    r"on[ \t]+(?:(?:the|her|his|their|my|our|that)[ \t]+)?"
    r"(?:(?:old|new|support|recovery|main)[ \t]+)?"
)
#: A handle's shape before the place it is used: "she was BluebirdSings on the old forum".
_USER_ON_PLATFORM = Rule(
    category=PhiCategory.USERNAME,
    pattern=lazy(
        # words run together, each with its capital (not a name's "MacLeod"), or letters with
        # digits, underscores or dots
        r"(?<![\w@/.#:-])(?P<id>(?!Mac)[A-Z][a-z]{2,}(?:[A-Z][a-z0-9]+)+"
        r"|(?!covid)[a-z]{3,}(?:[0-9_.]+[a-z]*)+(?<!\.))"
        rf"[ \t]+{_ON_A_FORUM}(?i:{alternation(_FORUMS)})\b"
    ),
    score=0.65,
    reason="a handle's shape before the forum or the app it is used on",
    # " on" and the place after it, in the lowercased text: most texts hold none
    trigger=re.compile(rf"[ \t]{_ON_A_FORUM}(?:{alternation(_FORUMS)})"),
    trigger_lower=True,
    check=lambda m, _t: not m.group("id").startswith(PRODUCTS_RUN_TOGETHER),
    keywords=_FORUMS,
)


_USER_GOES_BY = Rule(
    category=PhiCategory.USERNAME,
    # "online she goes by nightowl on the forum": any word after "goes by" before the forum
    # or the app it is used on
    pattern=lazy(
        r"\b(?i:goes|went|go|going)[ \t]+(?i:by)[ \t]+(?P<id>[A-Za-z0-9_][A-Za-z0-9_.]{1,28}"
        rf"[A-Za-z0-9_])[ \t]+{_ON_A_FORUM}(?i:{alternation(_FORUMS)})\b"
    ),
    score=0.7,
    reason="a name someone goes by on a forum or an app",
    check=lambda m, _t: not word_flags(m.group("id")) & ENGLISH_STOP,
    words=("by",),
    keywords=_FORUMS,
)


def _handle_everywhere_ok(m: re.Match[str], _text: str) -> bool:
    """Words joined by a dot or an underscore, no web address or file: "birdie.sings"."""
    parts = re.split(r"[._]", m.group("id"))
    # not two sentences run together: "it was fine.then online"
    return not any(word_flags(p) & ENGLISH_STOP for p in (parts[0], parts[-1])) and (
        _handle_parts_ok(parts)
    )


_USER_EVERYWHERE = Rule(
    category=PhiCategory.USERNAME,
    # "she's birdie.sings everywhere now", "he's frost_byte online": words written small and
    # joined by a dot or an underscore, before where a handle is used
    pattern=lazy(
        r"(?<![\w@/.#:-])(?P<id>[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)[ \t]+(?:everywhere|online)\b"
    ),
    score=0.65,
    reason="words joined by a dot or an underscore before 'everywhere' or 'online'",
    check=_handle_everywhere_ok,
    words=("everywhere", "online"),
)
#: Things with a number written after "#": "Room#4821", "issue#4821", "Order#1234".
_NUMBERED_THINGS = word_set(
    "room rm ward bed unit apt suite ticket issue case order item invoice ref no nr num number"
    " id page line lot box bus route flight seat gate table bay store job claim file"
    " track year week day flat locker pin step level round game episode chapter part vol"
)
_USER_TAG = Rule(
    category=PhiCategory.USERNAME,
    # "Discord: moonbeam#4821": a name and its four-digit discriminator, as a gamer's tag is
    pattern=lazy(r"(?<![\w@#/.-])[A-Za-z][A-Za-z0-9_.]{1,31}#[0-9]{4}(?![\w#])"),
    score=0.75,
    reason="a name and four digits after '#', as a gamer's tag is",
    # not a thing's number written close: "Room#4821", "issue#4821"
    check=lambda m, _t: m.group().split("#", 1)[0].lower() not in _NUMBERED_THINGS,
    # From the character before each "#", back over the letters, digits, dots and underscores.
    anchor=re.compile(rb"[Aa0_.]#0000"),
    back="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.",
)
_USER_UNDERSCORE = Rule(
    category=PhiCategory.USERNAME,
    pattern=lazy(r"(?<![\w@/.#:-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@]|\.\w)"),
    score=0.6,
    reason="words joined by underscores, as a handle is",
    check=lambda m, _t: len(m.group()) >= 6 and not m.group().isupper(),
    # From each underscore, back over the letters and digits of the handle's first word.
    anchor=re.compile(rb"_"),
    back="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
)


def _handle_like(m: re.Match[str], _text: str) -> bool:
    """Accept a token that does not read as a word: a digit, an underscore, two joiners."""
    value = m.group("id")
    if "bare" in m.re.groupindex and m.group("bare") is not None:
        # right after the word, with no "is": letters joined by dots or underscores
        # ("her account sarita.g.pgh"), not "account 4410" (a number, the id rules')
        return value[0].isalpha() and any(c in "._" for c in value)
    return (
        any(c.isdigit() or c == "_" for c in value)
        or sum(value.count(c) for c in ".-") >= 2
        or "." in value.strip(".")  # "tiktok under tati.recomeço"
        or _run_together(value)  # "a channel, gentlegardenerjay,"
    )


def _run_together(value: str) -> bool:
    """Tell whether *value* is words written small and run together, as a handle is."""
    # English letters only: a word of another language is no handle ("überwältigend")
    return (
        len(value) >= 10
        and value.isascii()
        and value.isalpha()
        and value.islower()
        and not word_flags(value)
    )


_USER_APPOSITIVE = Rule(
    category=PhiCategory.USERNAME,
    pattern=lazy(
        # "an art account online, kenz.draws,": the place, and "online" after it
        rf"\b(?:{alternation(HANDLE_PLACES)}|instagram)(?:[ \t]+online)?"
        r"(?:\s*(?:,|:|is|was|called|named|under)\s+@?|(?P<bare>[ \t]+))"
        # letters of any script: "tati.recomeço"
        r"(?P<id>[^\W_][\w.-]*\w)(?![\w@-])",
        _I,
    ),
    score=0.7,
    reason="handle-like name after 'blog', 'account' or the like",
    check=_handle_like,
    trigger=re.compile(
        rf"(?:{alternation(HANDLE_PLACES)}|instagram)(?:[ \t]+online)?"
        # letters of any script, as the pattern's: "@bjørnar_og_kari"
        r"(?:\s*(?:,|:|is|was|called|named|under)\s+@?(?:[\w.-]*[\d_.-]|[^\W\d_]{10})"
        r"|[ \t]+[^\W\d_][\w.-]*[._])"
    ),
    trigger_lower=True,
    words=(*HANDLE_PLACES, "instagram"),
)


#: Words run together, each with its capital: "KofiCommentates", "xXshadowfoxXx".
_CAMEL_HANDLE = r"(?P<id>(?=[A-Za-z0-9]*[a-z][A-Z])[A-Za-z][A-Za-z0-9]{3,29})(?![\w@-])"


#: A small letter before a capital, which every such handle holds, found fast in the shape.
_CAMEL_SHAPE = re.compile(rb"aA")


def _camel_handle_ok(m: re.Match[str], _text: str) -> bool:
    """Not a surname with an inner capital: "her page is MacDonald's"."""
    return not m.group("id").startswith(("Mac", "Mc", "Van", "Von", "De", "La", "Le"))


_USER_CAMEL = Rule(
    category=PhiCategory.USERNAME,
    # "his channel is KofiCommentates"
    pattern=lazy(
        rf"\b(?i:{alternation(HANDLE_PLACES)}|instagram)(?:\s*(?:,|:|is|was|called|named)\s+@?)"
        + _CAMEL_HANDLE
    ),
    score=0.7,
    reason="handle-like name after 'blog', 'account' or the like",
    check=_camel_handle_ok,
    trigger=_CAMEL_SHAPE,
    words=(*HANDLE_PLACES, "instagram"),
)
_USER_CALLED = Rule(
    category=PhiCategory.USERNAME,
    # "a chat came in from a user called grannyknits44": a handle with digits or "_" after a
    # user named
    pattern=lazy(
        r"\b(?i:user|member|texter|chatter|account|poster)(?:name)?[ \t]+(?i:called|named)[ \t]+"
        r"(?P<id>(?=[A-Za-z0-9_.]*[0-9_])[A-Za-z][A-Za-z0-9_.]{2,28}[A-Za-z0-9_])(?![\w@-])"
    ),
    score=0.75,
    reason="handle after 'a user called'",
    words=("user", "username", "member", "texter", "chatter", "account", "poster"),
)
_USER_CAMEL_NAMED = Rule(
    category=PhiCategory.USERNAME,
    # "moderating it under the name HarjeetSpeaks", "posts as QuietRiver", "know me on here as
    # HighlandHCA"
    pattern=lazy(r"\b(?i:under the name|post(?:s|ed|ing)? as|on here as)\s+" + _CAMEL_HANDLE),
    score=0.7,
    reason="handle-like name after 'under the name' or 'posts as'",
    check=_camel_handle_ok,
    trigger=_CAMEL_SHAPE,
    words=("name", "post", "posts", "posted", "posting", "here"),
)


#: What follows a handle after "posting as": a clause's end or what the member did.
_HANDLE_ENDS = re.compile(
    r"[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:wrote|posted|said|asked|shared|replied|sent|put|came"
    r"|was|is|had|has|who|and)\b"
)
_USER_POSTING_AS = Rule(
    category=PhiCategory.USERNAME,
    # "a member posting as quietfox77 wrote", "I used to be nattuggla on your chat": a handle
    # written small after "posting as", or between "used to be" and "on" a forum or a chat
    pattern=lazy(
        r"\b(?:(?i:post(?:s|ed|ing)?)(?:[ \t]+(?i:on[ \t]+)?here)?[ \t]+(?i:as)"
        r"|(?i:used to be))[ \t]+"
        r"(?P<id>[a-z][a-z0-9_]{3,29})(?![\w@-])"
        r"(?P<on>[ \t]+(?i:on|in)[ \t]+(?:(?i:here)|(?i:your|the|this|our)[ \t]+"
        r"(?i:chat|forum|server|line|app|site|board|discord|group|channel)s?)\b)?"
    ),
    score=0.65,
    reason="a handle after 'posting as' or between 'used to be' and 'on your chat'",
    check=lambda m, _t: (
        m.group("id") not in NOT_USERNAMES
        and (
            any(c.isdigit() or c == "_" for c in m.group("id"))
            # a word of no list, long: not "lowkey", "oomf"
            or (not word_flags(m.group("id")) and len(m.group("id")) >= 7)
        )
        # after "used to be", only before "on your chat"; after "posting as", at a clause's
        # end or before what the member did ("posting as quietfox77 wrote", not "posting as
        # neurodivergent staff")
        and (
            m.group("on") is not None
            or (
                m.group().lower().startswith("post")
                and _HANDLE_ENDS.match(_t, m.end("id")) is not None
            )
        )
    ),
    words=("as", "be"),
    keywords=("post", "used to be"),
)


_USER_UNDER = Rule(
    category=PhiCategory.USERNAME,
    # "his stuff's going up online under tyreseproduces": words written small and run
    # together, or letters and digits, under which someone's work goes online
    pattern=lazy(
        r"\b(?i:online|up|out|music|stuff|tracks?|videos?|songs?|beats|art|work|everything)"
        r"[ \t]+under[ \t]+(?P<id>[a-z][a-z0-9]{5,29})(?![\w@-])"
    ),
    score=0.65,
    reason="words run together under which work goes online",
    check=lambda m, _t: _run_together(m.group("id")) or any(c.isdigit() for c in m.group("id")),
    words=("under",),
)


#: Verbs of what a member does on a forum or a chat: "mothlight posted in #wins".
_POSTING_VERBS = (
    "posted",
    "joined",
    "replied",
    "commented",
    "wrote",
    "messaged",
    "logged",
    "typed",
    "reacted",
    "streamed",
    "pinged",
)
#: Words that say a text is about a forum, a chat or a server.
_ONLINE_PLACE = re.compile(
    r"\b(?:server|discord|online|forum|chat|username|handle|reddit|subreddit|instagram|insta"
    r"|tiktok|twitch|gaming|channel|dms?)\b",
    re.IGNORECASE,
)


def _member_posting_ok(m: re.Match[str], text: str) -> bool:
    """
    A member's handle before what they did on a forum: no word, in a text about one.

    Letters and digits or an underscore, or a word of no list or dictionary of five letters
    or more ("mothlight", "quietcardinal"); not a given name written small ("jamie posted": the
    name rules'), nor a word ("someone posted", "metadata showed").
    """
    value = m.group("id")
    if value in NOT_USERNAMES or value.endswith("."):
        return False
    handle_like = any(c.isdigit() or c == "_" for c in value) or (
        value.isalpha() and len(value) >= 5 and not word_flags(value)
    )
    return handle_like and _ONLINE_PLACE.search(text) is not None


_USER_POSTING = Rule(
    category=PhiCategory.USERNAME,
    # "Last week mothlight posted in #wins", "One of them, mothlight, joined": a handle written
    # small before what a member did, in a text about a forum, a chat or a server
    pattern=lazy(
        r"(?<![\w@#/.'\u2019-])(?P<id>[a-z][a-z0-9_.]{3,28}[a-z0-9_])(?:,)?[ \t]+"
        r"(?:(?:just|finally|also|then|first|has|had|have|once)[ \t]+)?"
        rf"(?:{'|'.join(_POSTING_VERBS)})\b"
    ),
    score=0.6,
    reason="a handle written small before what a member did on a forum or a chat",
    check=_member_posting_ok,
    words=_POSTING_VERBS,
)


def detectors() -> list[PatternDetector]:
    """
    Build the detectors of contact data.

    Returns:
        The ``email``, ``url``, ``ip-address``, ``phone`` and ``username`` detectors.
    """
    return [
        PatternDetector(name="email", rules=[_EMAIL, _EMAIL_SPELLED, _EMAIL_WORDS]),
        PatternDetector(name="url", rules=[_URL, _URL_BARE, _URL_SHORT, _URL_DOMAIN]),
        PatternDetector(name="ip-address", rules=[_IPV4, _IPV6]),
        PatternDetector(
            name="phone",
            rules=[
                _PHONE_NA,
                _PHONE_INTL,
                _PHONE_TRUNK,
                _PHONE_AREA,
                _PHONE_SHORT,
                _PHONE_CUE,
                _PHONE_FOUR_FOUR,
            ],
        ),
        PatternDetector(
            name="username",
            rules=[
                _USER_REDDIT,
                _USER_AT,
                _USER_CUE,
                _USER_PLATFORM,
                _USER_APPOSITIVE,
                _USER_CAMEL,
                _USER_CAMEL_NAMED,
                _USER_POSTING_AS,
                _USER_CALLED,
                _USER_UNDER,
                _USER_CAMEL_DIGITS,
                _USER_DOTTED,
                _USER_DOTTED_NAMED,
                _USER_FOUND_AS,
                _USER_TAG,
                _USER_ON_PLATFORM,
                _USER_EVERYWHERE,
                _USER_UNDERSCORE,
                _USER_POSTING,
                _USER_GOES_BY,
            ],
        ),
    ]
