"""
The text cut into words, for the detectors of names, places and organisations.

The text is cut once (cached for the last few texts) into :class:`Word` objects that know
their case, their possessive ending, the gap before them, whether they start a sentence and
what the word lists say of them (:func:`~._lexicon.word_flags`); the detectors then walk the
words and look at their neighbours. Every helper here looks at a bounded number of words, so
a walk over the words stays linear in the text's length.

Offsets are those of the text as given; a word written with combining marks ("Zoe\u0308")
is NFC-normalised for every look-up (its ``text``), and its span covers the marks.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

from ._lexicon import (
    ENGLISH,
    EPONYM_NOUNS,
    FACILITY_NOUNS,
    FAMILY,
    GENERIC_ORGANIZATIONS,
    GIVEN,
    LANGUAGES_AND_PEOPLES,
    MONTH_CONTEXT_WORDS,
    PEOPLES_THAT_ARE_NAMES,
    PERSON_VERBS,
    PUBLIC_FIGURES,
    REGION,
    STATES_SHORT,
    STOP,
    STREET_TYPES,
    TITLE,
    TITLE_ABBREVIATIONS,
    VERB_FORMS,
    WELL_KNOWN_WORKS,
    WORD,
    WORK_CHARACTERS,
    Lexicon,
    is_dictionary_word,
    lexicon,
    word_flags,
    word_set,
)
from ._normalize import fold, nfc
from ._prepared import prepared

__all__ = [
    "CLAUSE_STOPS",
    "COMPASS_WORDS",
    "PEOPLE_AFTER",
    "PEOPLE_WORDS_BEFORE",
    "REGION_PARTICLES",
    "ROMANCE_PARTICLES",
    "SELVES",
    "SENTENCE_STOPS",
    "Word",
    "eponym_pair_follows",
    "event_follows",
    "facility_follows",
    "generic_firsts",
    "generic_run",
    "generic_run_end",
    "generic_runs",
    "generic_spans",
    "in_quoted_title",
    "is_space_gap",
    "month_context",
    "names_a_people",
    "performed",
    "quoted_titles",
    "reads_as_noun",
    "run_is_region",
    "spoken_in",
    "state_in_brackets",
    "team_run",
    "two_words",
    "words",
    "work_follows",
    "writes_lowercase",
]

# A word: letters, then letters, digits, combining marks, apostrophes and hyphens inside.
_WORD_SOURCE = r"[^\W\d_][\w\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff'\u2019-]*"
# A run of characters that cannot start a word and the word after it; or, at the end of the
# text, the run alone (matched once: a gap that reaches the end is never tried again from each
# of its characters, so that a long tail without letters costs its length, not its square).
_GAP_AND_WORD = re.compile(rf"([\W\d_]*+)({_WORD_SOURCE})|[\W\d_]++\Z")


class Word:
    """A word of the text, with its possessive ending cut off."""

    __slots__ = (
        "cap",
        "end",
        "flags",
        "gap",
        "initial",
        "key",
        "low",
        "possessive",
        "start",
        "text",
        "upper",
    )

    start: int
    end: int
    #: Followed by a possessive ending ("'s", or "'" after an "s").
    possessive: bool
    #: Capitalised and at the start of a sentence.
    initial: bool
    #: The text between the word before and this one.
    gap: str
    #: The word (NFC).
    text: str
    #: The word casefolded.
    low: str
    #: The word's folded key (:func:`~._normalize.fold`).
    key: str
    #: Capitalised (and not all capitals).
    cap: bool
    #: All capitals (an acronym).
    upper: bool
    #: What the word lists say of it (:func:`~._lexicon.word_flags`).
    flags: int

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end})"


# What a word as written (with its possessive ending) gives: its length without the ending,
# whether it has one, whether it starts with a capital, and its features.
_Token = tuple[int, bool, bool, tuple[str, str, str, bool, bool, int]]
_TOKENS: dict[str, _Token] = {}
# What a run of apostrophes and hyphens gives: no word.
_NO_WORD: _Token = (0, False, False, ("", "", "", False, False, 0))
_TOKENS_LIMIT = 200_000
_APOSTROPHES = "'\u2019"
_TRAILING = "-'\u2019"


def _token(raw: str) -> _Token:
    token = raw
    possessive = False
    if raw[-1] in _TRAILING:
        token = raw.rstrip(_TRAILING)
    if not token:
        result = _NO_WORD
    else:
        if token[-1] in "sS" and len(token) > 2 and token[-2] in _APOSTROPHES:
            possessive = True
            token = token[:-2]
        elif len(raw) > len(token) and raw[len(token)] in _APOSTROPHES and token[-1] in "sSzZ":
            possessive = True  # "James'" — plural possessive; not "Believin'"
        features = _features(token)
        result = (len(token), possessive, features[3] or features[4], features)
    if len(_TOKENS) >= _TOKENS_LIMIT:
        _TOKENS.clear()
    _TOKENS[raw] = result
    return result


#: Letters written before a word that leave its capital where it is: the okina (U+02BB) of
#: Hawaiian and Tongan names, and the apostrophe-like glottal stop (U+02BC).
_GLOTTAL = "\u02bb\u02bc"


def _features(token: str) -> tuple[str, str, str, bool, bool, int]:
    text = nfc(token)
    # A name after an okina is capitalised, and found again without it: its case, key and
    # lists are those of the word after the okina (the span keeps it).
    bare = text[1:] if len(text) > 1 and text[0] in _GLOTTAL else text
    first_upper = bare[0].isupper()
    all_upper = first_upper and len(bare) > 1 and bare.isupper()
    return (
        text,
        text.casefold(),
        fold(bare),
        first_upper and not all_upper,
        all_upper,
        word_flags(bare),
    )


#: Characters of a gap that end a sentence (a line break too).
SENTENCE_STOPS = frozenset(".!?\n")
#: Characters of a gap that end a clause.
CLAUSE_STOPS = frozenset(".!?\n;:")
_SENTENCE_END = frozenset(".!?…:;\n•")
_SKIPPED = frozenset("\"'“”\u2018\u2019([{*-\u2013—_>#")
_SKIPPED_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf", "Me"})


_OPENING_QUOTES = frozenset('"\u201c\u201e')
#: A quote closed right after a word: the word stands alone in quotes ('"Bo,"', '"Woody"').
_CLOSING_AFTER = re.compile('[,.!?]?["\u201d]')


#: Small words written small inside a title: "Don't Look Back in Anger".
_TITLE_CONNECTORS = frozenset(
    {"of", "the", "a", "an", "in", "on", "and", "to", "for", "at", "by", "with", "from"}
)


def _titled_quote(quoted: tuple[Word, ...]) -> bool:
    """
    Tell whether quoted words are a title by their case alone, whatever stands before them.

    Three words or more, capitalised but for a small word inside that is written small, as
    titles are and names and shouted messages are not: "Don't Look Back in Anger". Only
    English words that are no given name, title or street's type, and no message's opening:
    "Thank You to Amaka", "Proud of Summer and Autumn", "On My Way to Dundee", "The Castle on
    Mill Lane" name people and places.
    """
    return (
        len(quoted) >= 3
        and all(x.cap or (x.low in _TITLE_CONNECTORS and x.text.islower()) for x in quoted)
        and any(x.low in _TITLE_CONNECTORS and x.text.islower() for x in quoted[1:])
        and all(x.flags & ENGLISH and not (x.cap and x.flags & (TITLE | GIVEN)) for x in quoted)
        and quoted[0].low not in _MESSAGE_OPENINGS
        and not any(x.text in _STREET_TYPE_WORDS for x in quoted)
    )


_STREET_TYPE_WORDS = frozenset(STREET_TYPES)


#: First words of a message, a dedication or a banner in quotes, no title's.
_MESSAGE_OPENINGS = frozenset(
    {"happy", "sorry", "thanks", "thank", "welcome", "congratulations", "congrats", "dear"}
    | {"love", "in", "from", "for", "to", "rip", "justice", "help", "walk", "run", "get"}
    | {"missing", "remembering", "celebrating", "goodbye", "farewell", "hi", "hello", "hey"}
    | {"team", "support", "prayers"}
)


@functools.lru_cache(maxsize=8)
def quoted_titles(text: str) -> tuple[tuple[int, int], ...]:
    """
    Return the spans of the titles in quotes in *text* (:func:`_titled_quote`).

    A quotation opens after a space, a bracket or the start of the text and closes right
    after its last word (or a stop after it), twelve words at most.
    """
    if '"' not in text and "\u201c" not in text:
        return ()
    ws = words(text)
    n = len(ws)
    out: list[tuple[int, int]] = []
    for i, w in enumerate(ws):
        gap = w.gap
        if gap[-1:] not in _OPENING_QUOTES:
            continue
        if (gap[-2] not in " (\n\t") if len(gap) >= 2 else i > 0:
            continue  # 'she said"': a quote glued to the word before closes
        for j in range(i, min(n, i + 12)):
            if j > i and not _INSIDE_TITLE_BREAKS.isdisjoint(ws[j].gap):
                break  # a stop, a bracket, a figure: "The Occupier of 12 Hawthorn Road"
            if _CLOSING_AFTER.match(text, ws[j].end) is not None:
                if _titled_quote(ws[i : j + 1]):
                    out.append((w.start, ws[j].end))
                break
    return tuple(out)


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Tell whether *start* to *end* of *text* lies inside a title in quotes."""
    titles = quoted_titles(text)
    if not titles:
        return False
    k = bisect.bisect_right(titles, (start, len(text) + 1)) - 1
    return k >= 0 and titles[k][0] <= start and end <= titles[k][1]


#: What a title in quotes holds no more of between its words: quotes, stops, brackets, figures.
_INSIDE_TITLE_BREAKS = frozenset('"\u201c\u201d.!?()\n0123456789')


def _sentence_initial(text: str, start: int, stop: int, end: int) -> bool:
    """
    Tell whether a word at *start* begins a sentence, looking back no further than *stop*.

    *stop* is the end of the word before (0 for the first word): what lies between is the
    gap, so each character of the text is looked at once over all the words. *end* is the
    word's end.
    """
    i = start - 1
    # An opening quote right before the word, and more words after it: what is said starts a
    # sentence ('He said, "Tell her', 'said "Tell her'); a word alone in quotes does not
    # ('introduced himself as "Bo,"'). Looked at only when the gap ends in such a quote.
    quoted = False
    while i >= stop:
        ch = text[i]
        if ch in _SENTENCE_END:
            return True
        if ch.isalnum() or ch == ",":
            return quoted
        if i == start - 1 and ch in _OPENING_QUOTES:
            quoted = _CLOSING_AFTER.match(text, end) is None
        if ch.isspace() or ch in _SKIPPED or unicodedata.category(ch) in _SKIPPED_CATEGORIES:
            i -= 1
            continue
        return quoted
    # The gap holds only skipped characters: what decides is the end of the word before
    # (a letter or digit there: not initial), the start of the text, or an opening quote.
    return stop == 0 or quoted


@functools.lru_cache(maxsize=8)
def words(text: str) -> tuple[Word, ...]:
    """Cut *text* into words."""
    out: list[Word] = []
    append = out.append
    prev_end = 0
    tokens = _TOKENS
    pos = 0
    # Each match is the gap before a word and the word: no match object to ask for offsets.
    for gap, raw in _GAP_AND_WORD.findall(text):
        if not raw:
            break  # the tail of the text
        start = pos + len(gap)
        pos = start + len(raw)
        info = tokens.get(raw)
        if info is None:
            info = _token(raw)
        length, possessive, first_upper, features = info
        if not length:
            continue
        w = Word()
        w.start = start
        w.end = start + length
        w.possessive = possessive
        between = text[prev_end:start]
        w.gap = between
        if not first_upper:
            w.initial = False
        elif between == " ":  # the usual gap: a sentence starts only at the start of the text
            w.initial = not prev_end
        else:
            w.initial = _sentence_initial(text, start, prev_end, start + length)
        w.text, w.low, w.key, w.cap, w.upper, w.flags = features
        append(w)
        prev_end = pos
    return tuple(out)


@functools.cache
def generic_firsts() -> frozenset[str]:
    """Return the first words of the generic bodies' names, as the text is cut into words."""
    return frozenset(ws[0].low for ws in map(words.__wrapped__, GENERIC_ORGANIZATIONS) if ws)


def generic_run_end(ws: tuple[Word, ...], i: int) -> int | None:
    """Return the last word of the generic body's name of two or more words at word *i*."""
    if ws[i].low not in generic_firsts():
        return None  # the usual case
    name = _with_possessive(ws[i])  # "grey's anatomy"
    end = None
    for k in range(i + 1, min(i + 6, len(ws))):
        w = ws[k]
        # small words inside a title ("Of Mice and Men", "Toots and the Maytals") and the
        # dot of a title ("Dr. Phil")
        if not (
            is_space_gap(w.gap)
            or (w.gap == ". " and ws[k - 1].low in TITLE_ABBREVIATIONS)
            or (w.gap in {".", ". "} and len(ws[k - 1].text) == 1)  # "C.S. Lewis"
            or w.gap == " & "  # "Ben & Jerry's"
        ) or not (w.cap or w.upper or w.low in _TITLE_SMALL):
            break
        plain = f"{name}{' & ' if w.gap == ' & ' else ' '}{w.low}"
        if w.possessive:
            if plain in GENERIC_ORGANIZATIONS:
                end = k  # "glenn miller" of "Glenn Miller's"
            name = plain + "'s"
        else:
            name = plain
        if name in GENERIC_ORGANIZATIONS:
            end = k  # the longest: "Frida Kahlo", "Vincent van Gogh"
    return end


def _with_possessive(w: Word) -> str:
    """Return the folded word *w* as the phrase lists write it: "grey's" of "Grey's Anatomy"."""
    return w.low + "'s" if w.possessive else w.low


#: Small words inside the title of a work or a band's name.
_TITLE_SMALL = frozenset(
    {"of", "and", "the", "a", "in", "on", "to", "for", "with", "van", "de", "los", "las", "la"}
    | {"del"}
)


@functools.lru_cache(maxsize=8)
def generic_runs(text: str) -> tuple[frozenset[int], frozenset[str]]:
    """
    Return the words of the generic bodies' names of two or more words, and their last words.

    A public figure named in full ("Frida Kahlo") is named again by the surname alone
    ("Kahlo's still lifes"): the last word of a public figure's name (only: not of "Sant
    Jordi" or "Hey Jude") is generic wherever it stands in the text. The words are given by
    their index among the words of *text*, the last words by their folded keys.
    """
    ws = words(text)
    firsts = generic_firsts()
    taken: set[int] = set()
    lasts: set[str] = set()
    for i in [k for k, x in enumerate(ws) if x.low in firsts]:
        w = ws[i]
        if not (w.cap or w.upper):
            # a public figure written small: "bob marley, cricket"
            small = (
                _small_figure(ws, i)
                if w.flags & GIVEN and not w.flags & STOP and i + 1 < len(ws)
                else 0
            )
            if small:
                taken.update(range(i, small + 1))
            continue
        end = generic_run_end(ws, i)
        if end is not None:
            taken.update(range(i, end + 1))
            last = ws[end]
            # not a surname that is a given name too: "Bob Marley" ... "her name is Marley"
            if (
                " ".join(x.low for x in ws[i : end + 1]) in PUBLIC_FIGURES
                and not last.flags & GIVEN
            ):
                lasts.add(last.key)
            elif w.possessive and " ".join(map(_with_possessive, ws[i : end + 1])) in (
                WELL_KNOWN_WORKS
            ):
                lasts.add(w.key)  # "Grey's Anatomy" ... "we talked about Grey's"
    lasts.update(glossed(text))
    low = text.lower()
    for work, characters in WORK_CHARACTERS.items():
        # a title of words ends at a word's end: "Mr Mensah" names no Mr Men ("psalm" and
        # "loter" start "psalms", "lotería")
        edge = r"\b" if " " in work else ""
        if work in low and re.search(rf"\b{re.escape(work)}{edge}", low) is not None:
            lasts.update(characters)  # "Inside Out" ... "she drew Joy"
    return frozenset(taken), frozenset(lasts)


_WORD = r"[A-Z][^\W\d_]*(?:['\u2019-][^\W\d_]*)*"
#: What stands before an event's noun that glosses a capitalised run: "Sabantuy, our summer ",
#: "Jāņi (our ", "Yennayer, the Amazigh " (searched at the end of a short window); with no
#: comma, bracket or dash, the rest of a name and one word more: "Sabantuy summer ", "Coming
#: of the Light " (not "Mrs. Eze is cooking a ").
_EVENT_GLOSS_BEFORE = re.compile(
    rf"(?P<w>{_WORD}(?: {_WORD}){{0,2}})(?:(?:, \(?| \(| \u2014 )(?:(?:the|our|a|an|their) )?"
    # (not a person's possessive: "Priya's engagement celebration")
    rf"(?:[\w-]+ ){{0,3}}?|(?<!['\u2019]s) (?:(?:of|the|de|del|du|la|and|&) |{_WORD} ){{0,3}}"
    r"(?:[\w-]+ )?)$"
)
#: Nouns of events, in lowercase bytes: the glosses are looked for only where they stand.
_EVENT_NOUNS = (
    b"festival",
    b"new year",
    b"holiday",
    b"feast",
    b"celebration",
    b"festa",
    b"midsummer",
)
#: What after an event's noun makes it a person's role: "the festival organiser".
_EVENT_ROLE_AFTER = re.compile(
    r"[\w-]| (?:organi[sz]ers?|directors?|committee|staff|volunteers?|team|coordinators?"
    r"|managers?|workers?)\b"
)
#: A capitalised run that a time phrase makes an event: "During Pchum Ben,", "At Alasitas
#: this year", "the day before Kurban Bayrami," (not "the day before Maria left").
_DURING = re.compile(rf"(?P<w>{_WORD}(?: {_WORD})?)(?=[,.;:]| when\b| the\b| we\b| I\b)")
_THIS_YEAR = re.compile(rf"(?P<w>{_WORD}(?: {_WORD})?) (?:this|last|next|every) year\b")
_EVENT_AFTER_TIME = re.compile(rf"(?P<w>{_WORD}(?: {_WORD})?)(?=[,.;:])")


def _times_of_events(text: str, lowb: bytes, present: frozenset[bytes]) -> list[str]:
    """Return the runs that a time phrase makes events, each looked for where its cue stands."""
    found = []
    if b"during" in present:
        found += _after_cue(text, lowb, b"during ", _DURING)
    if b"year" in present:
        found += _after_cue(text, lowb, b"at ", _THIS_YEAR) + _after_cue(
            text, lowb, b"over ", _THIS_YEAR
        )
    for gate, cue in _TIME_CUES:
        if gate in present:
            found += [
                run
                for run, at in _after_cue_at(text, lowb, cue, _EVENT_AFTER_TIME)
                if _TIME_DETERMINER.search(text, max(0, at - 6), at) is not None
            ]
    return found


def _after_cue(text: str, lowb: bytes, cue: bytes, pattern: re.Pattern[str]) -> list[str]:
    """Return group ``w`` of *pattern* matched right after each whole-word *cue*."""
    return [run for run, _ in _after_cue_at(text, lowb, cue, pattern)]


def _after_cue_at(
    text: str, lowb: bytes, cue: bytes, pattern: re.Pattern[str]
) -> list[tuple[str, int]]:
    """Return group ``w`` of *pattern* after each whole-word *cue*, with where the cue starts."""
    out = []
    hit = lowb.find(cue)
    while hit >= 0:
        if hit == 0 or not lowb[hit - 1 : hit].isalpha():
            m = pattern.match(text, hit + len(cue))
            if m is not None:
                out.append((m.group("w"), hit))
        hit = lowb.find(cue, hit + 1)
    return out


#: The time phrases before an event: "the day before ...", "the eve of ...".
_TIME_CUES = tuple(
    (cue.split(b" ", 1)[0], cue)
    for cue in (
        b"day before ",
        b"days before ",
        b"day after ",
        b"days after ",
        b"night before ",
        b"night after ",
        b"week before ",
        b"week after ",
        b"weeks after ",
        b"eve of ",
        b"day of ",
        b"morning of ",
        b"evening of ",
    )
)
#: What stands before a time phrase: "the day before", "a few days after".
_TIME_DETERMINER = re.compile(r"\b(?:the|few|two|three) $", re.IGNORECASE)


_WORD_AFTER = re.compile(rf"(?P<w>{_WORD})")
_WORD_BEFORE = re.compile(rf"(?P<w>{_WORD})$")
#: Cues before a language ("speak Kurmanji", "said in Kriolu") and after a people ("... on
#: my mother's side"), in lowercase bytes.
_LANGUAGE_CUES = tuple(
    c.encode()
    for c in (
        "speak ",
        "speaks ",
        "spoke ",
        "speaking ",
        "fluent in ",
        "hello in ",
        "thank you in ",
        "thanks in ",
        "goodbye in ",
        "welcome in ",
        *(
            f"{verb} in "
            for verb in [
                "said",
                "says",
                "talked",
                "talks",
                "sang",
                "sings",
                "prayed",
                "prays",
                "wrote",
                "writes",
                "therapy",
                "counselling",
                "counseling",
            ]
        ),
    )
)
#: Each cue with the word that must be in the text for it to be looked for.
_EVENT_GATES = tuple((noun.rsplit(b" ", 1)[-1], noun) for noun in _EVENT_NOUNS)
_LANGUAGE_GATES = tuple((cue.split(b" ", 1)[0], cue) for cue in _LANGUAGE_CUES)
_SIDE_CUE = re.compile(rb" on my (?:mother|father|mum|mom|dad|maternal|paternal)")
#: "I'm Roma myself", "I am Aymara too".
_PEOPLE_AFTER_WORDS = frozenset(b"myself too well birth".split())
_PEOPLE_AFTER_I_AM = re.compile(rf"(?P<w>{_WORD}) (?:myself|too|as well|by birth)\b")


def _events(text: str, lowb: bytes, present: frozenset[bytes]) -> list[str]:
    """Return the runs glossed as events: "Sabantuy, our summer festival"."""
    found = []
    for gate, noun in _EVENT_GATES:
        if gate not in present:
            continue  # the usual case
        hit = lowb.find(noun)
        while hit >= 0:
            after = hit + len(noun)
            if _EVENT_ROLE_AFTER.match(text, after) is None:
                m = _EVENT_GLOSS_BEFORE.search(text, max(0, hit - 60), hit)
                if m is not None:
                    found.append(m.group("w"))
            hit = lowb.find(noun, after)
    return found


def _language_list(run: str) -> list[str]:
    """
    Return the languages of a list after a language cue.

    Its first item, and the others that end in a listed language or people ("Northern Sámi,
    Inari Sámi or Finnish").
    """
    items = _LIST_SEPARATOR.split(run)
    places = lexicon().places
    return items[:1] + [
        # not a town's name before the people's: "Inari Sámi" (and "in Inari")
        " ".join(w for w in x.split() if w not in places)
        for x in items[1:]
        if x.rsplit(" ", 1)[-1].lower() in LANGUAGES_AND_PEOPLES
    ]


def _may_be_language(item: str) -> bool:
    """Tell whether *item*, after "said in" or "therapy in", may name a language, not a place."""
    parts = item.split()
    if parts[-1].lower() in LANGUAGES_AND_PEOPLES:
        return True
    return len(parts) == 1 and item not in lexicon().places


def _languages(text: str, lowb: bytes, present: frozenset[bytes]) -> list[str]:
    """Return the languages after "speak", "said in", "interpreter, ... and Spanish"."""
    found = []
    for gate, cue in _LANGUAGE_GATES:
        if gate in present:
            for run in _after_cue(text, lowb, cue, _LANGUAGE_RUN):
                items = _language_list(run)
                if cue.endswith(b" in ") and items and not _may_be_language(items[0]):
                    items = items[1:]  # "counseling in Borough Park": a place
                found += items
    if b"than" in present:
        # "more comfortable in Euskara than Spanish": a language beside a listed one
        hit = lowb.find(b" than ")
        while hit >= 0:
            before = _WORD_BEFORE.search(text, max(0, hit - 30), hit)
            after = _WORD_AFTER.match(text, hit + 6)
            if (
                before is not None
                and after is not None
                and after.group("w").lower() in LANGUAGES_AND_PEOPLES
                and text[max(0, before.start() - 3) : before.start()] == "in "
            ):
                found.append(before.group("w"))
            hit = lowb.find(b" than ", hit + 1)
    hit = lowb.find(b"interpreter") if b"interpreter" in present else -1
    while hit >= 0:
        start = hit + len("interpreter")
        start += 2 if text.startswith(", ", start) else 1
        m = _INTERPRETER_OF.match(text, start)
        if m is not None and m.group("other").lower() in LANGUAGES_AND_PEOPLES:
            found.append(m.group("w"))
        hit = lowb.find(b"interpreter", hit + 1)
    return found


def _people_before(text: str, lowb: bytes, noun: bytes) -> list[str]:
    """Return the peoples before *noun* whose last word is a listed people's: "Pascua Yaqui"."""
    found = []
    hit = lowb.find(b" " + noun)
    while hit >= 0:
        # "Pascua Yaqui elders", not "Lewisham Windrush Elders Club": a body's name
        m = _PEOPLE_BEFORE.search(text, max(0, hit - 40), hit + 1)
        if (
            m is not None
            and not text[hit + 1 : hit + 2].isupper()
            and m.group("w").rsplit(" ", 1)[-1].lower() in LANGUAGES_AND_PEOPLES
        ):
            found.append(m.group("w"))
        hit = lowb.find(b" " + noun, hit + 1)
    return found


def _i_am_people(text: str, lowb: bytes) -> list[str]:
    """Return the peoples in "I'm Roma myself", "I am Aymara too"."""
    return [
        run
        for cue in (b"i'm ", b"i am ", b"i\x01m ")
        for run in _after_cue(text, lowb, cue, _PEOPLE_AFTER_I_AM)
    ]


#: A language's name after a cue, and the list it may start: "Northern Sámi, Inari Sámi or".
_LANGUAGE_RUN = re.compile(
    rf"(?P<w>{_WORD}(?: {_WORD})?(?:(?:, | or | and |, or |, and ){_WORD}(?: {_WORD})?)*)"
)
_LIST_SEPARATOR = re.compile(r", or |, and |, | or | and ")
#: Nouns after a people's name: "the Pascua Yaqui communities", "Plains Cree elders".
_PEOPLE_NOUNS = (b"communities", b"tribe", b"tribes", b"nation", b"peoples", b"elders")
_PEOPLE_BEFORE = re.compile(rf"(?P<w>{_WORD}(?: {_WORD})?) $")
#: A costume's name: "dressing up as Frida for", "dressed as Wonder Woman".
_COSTUME = re.compile(rf"(?P<w>{_WORD}(?: {_WORD})?)")
#: "interpreter, K'iche' and Spanish": a language beside a listed one.
_INTERPRETER_OF = re.compile(rf"(?P<w>{_WORD}) (?:and|or|/) (?P<other>{_WORD})")


def glossed(text: str) -> set[str]:
    """
    Return the keys of the words that *text* says name an event, a people or a language.

    Such a word is no one's name wherever it stands in the text: "At Sabantuy, our summer
    festival, ... after Sabantuy", "I speak Kurmanji with them". Each gloss is looked for
    only where its cue stands.
    """
    state = prepared(text)
    present = state.words
    lowb = state.lowb
    found = _events(text, lowb, present) + _languages(text, lowb, present)
    # only words that are no given name: "the day before Maria," is a person's
    found += [
        run
        for run in _times_of_events(text, lowb, present)
        if not any(word_flags(part) & GIVEN for part in run.split())
    ]
    if b" on my " in lowb:
        for side in _SIDE_CUE.finditer(lowb):
            people = _WORD_BEFORE.search(text, max(0, side.start() - 30), side.start())
            if people is not None:
                found.append(people.group("w"))
    if not _PEOPLE_AFTER_WORDS.isdisjoint(present):
        found += _i_am_people(text, lowb)
    if b"feast" in present:
        found += _after_cue(text, lowb, b"feast of ", _COSTUME)  # "the feast of San Girgor"
    if b"as" in present:
        # a costume: "dressing up as Frida", "went as Wonder Woman"
        for cue in (b"dressing up as ", b"dressed up as ", b"dress up as ", b"dressed as "):
            found += _after_cue(text, lowb, cue, _COSTUME)
    for noun in _PEOPLE_NOUNS:
        if noun in present:
            # "Karen families" names the people there only: "Karen" is a woman elsewhere
            found += [
                run
                for run in _people_before(text, lowb, noun)
                if run.lower() not in PEOPLES_THAT_ARE_NAMES
            ]
    if not found:
        return set()  # the usual case
    return {w.key for run in found for w in words.__wrapped__(run) if not w.flags & STOP}


def _small_figure(ws: tuple[Word, ...], i: int) -> int:
    """Return the last word of a public figure's name written small at word *i* (0: none)."""
    if f"{ws[i].low} {ws[i + 1].low}" not in _SMALL_FIGURE_PAIRS or not ws[i].text.islower():
        return 0
    for end in (i + 2, i + 1):
        if end < len(ws) and " ".join(x.low for x in ws[i : end + 1]) in PUBLIC_FIGURES:
            return end
    return 0


#: The public figures known by one word: "Messi", "Beyoncé", "Lorca".
ONE_WORD_FIGURES = frozenset(p for p in PUBLIC_FIGURES if " " not in p)


def beside_a_figure(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* is listed after a public figure known by one word ("Lorca, X")."""
    return i > 0 and ws[i].gap == ", " and ws[i - 1].cap and ws[i - 1].low in ONE_WORD_FIGURES


#: The first two words of the public figures' names.
_SMALL_FIGURE_PAIRS = frozenset(" ".join(n.split()[:2]) for n in PUBLIC_FIGURES if " " in n)


def generic_run(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the capitalised run from word *i* starts with a generic body's name.

    Two to four capitalised words apart by single spaces ("Social Security", "Comic Sans");
    a single word is the lexicon's ``GENERIC`` flag.
    """
    if ws[i].low not in generic_firsts():
        return False  # the usual case
    w = ws[i]
    name = w.low + "'s" if w.possessive else w.low
    for k in range(i + 1, min(i + 5, len(ws))):
        w = ws[k]
        # capitalised words, and small words inside a title ("Día de los Muertos")
        if not is_space_gap(w.gap) or not (w.cap or w.low in _TITLE_SMALL):
            break
        if w.possessive:
            if f"{name} {w.low}" in GENERIC_ORGANIZATIONS:
                return True  # "glenn miller" of "Glenn Miller's"
            name = f"{name} {w.low}'s"
        else:
            name = f"{name} {w.low}"
        if name in GENERIC_ORGANIZATIONS:
            return True
    return False


#: Words after a team's name: "a Dallas Cowboys fanatic", "Chiefs fans".
_FAN_WORDS = frozenset(
    {"fan", "fans", "fanatic", "fanatics", "jersey", "jerseys", "game", "games", "match", "matches"}
    | {"shirt", "shirts", "scarf", "scarves", "kit"}
)
#: Gear after a team's name that ends in an English plural: "a Kansas City Chiefs hoodie", "a
#: Chiefs cap" (not "I gave Marcus tickets").
_TEAM_GEAR = frozenset(
    {"hoodie", "hoodies", "sweatshirt", "beanie", "cap", "caps", "tickets", "merch", "flag"}
)


#: Books of a life after a possessive: "Mandela's autobiography".
_LIVES_WRITTEN = frozenset(
    {"autobiography", "autobiographies", "memoir", "memoirs", "biography", "biographies"}
)
#: What a language is said in: "in Shona we say", "in Twi, we call it".
_WE_SAY = re.compile(r",? (?:we|they|you|people) (?:say|call|said)\b")


def life_written(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* owns a written life: "Mandela's autobiography" (a public figure)."""
    return ws[i].possessive and i + 1 < len(ws) and ws[i + 1].low in _LIVES_WRITTEN


def language_said(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* is a language something is said in: "in Shona we say"."""
    return i > 0 and ws[i - 1].low == "in" and _WE_SAY.match(text, ws[i].end) is not None


#: What after a saint's name makes it a prayer or a thing: "the St. Francis prayer",
#: "St. John's wort".
SAINTS_THINGS = r"prayers?|cards?|medals?|novena|wort|statue"
_SAINTS_THING = re.compile(rf" (?i:{SAINTS_THINGS})\b")


def saints_thing(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i*, a saint's name or the "St" before it, names a prayer or a thing.

    "the St. Francis prayer", "St. John's wort", or the saint prayed to: "a prayer to St
    Anthony".
    """
    if ws[i].low in {"st", "saint"} and ws[i].cap and i + 1 < len(ws):
        i += 1
    elif not (i and ws[i - 1].low in {"st", "saint"} and ws[i - 1].cap):
        return False
    saint = ws[i - 1].start
    return (
        _SAINTS_THING.match(text, ws[i].end + (2 if ws[i].possessive else 0)) is not None
        or PATRON_AFTER.match(text, ws[i].end) is not None
        or PRAYED_TO.search(text, max(0, saint - 32), saint) is not None
        or PICTURED.search(text, max(0, saint - 16), saint) is not None
    )


#: What :data:`HEAD_OF_STATE_AFTER` starts with (a cheap test first).
HEAD_OF_STATE_STARTS = (" was ", " is ", " became ", " were ", " administration", " presidency")
#: What after a name makes it a head of state's or a church's: " was president".
HEAD_OF_STATE_AFTER = re.compile(
    r" (?:was|is|became|were) (?:the )?(?:president|prime minister|premier|pope|chancellor)\b"
    # not an office in a club, a union or a university: "Farida was president of the union"
    r"(?![ \t]+(?:of|at|for|in)\b)"
    # "since the Clinton administration": a leader's time in office
    r"| (?:administration|presidency)\b(?![ \t]+of\b)"
)
#: What is said before a saint prayed to: "a prayer to ", "pray to ", "a shrine to ".
PRAYED_TO = re.compile(
    r"\b(?:prayers?|pray|prays|prayed|praying|novena|candle|shrine)"
    r"(?: with (?:her|him|them|me|us),)?"
    r" to $",
    re.IGNORECASE,
)
#: What after a saint's name says it is the saint: ", patron of lost causes".
PATRON_AFTER = re.compile(r",? (?:the )?patron(?:ess)? (?:saint )?of\b")
#: What is said before a saint pictured: "a little painted icon of " (but "pictures of St
#: Brigid's" may show the hospice of the name).
PICTURED = re.compile(
    r"\b(?:icons?|statues?|pictures?|images?|paintings?|medals?|medallions?|figurines?|portraits?"
    r"|prints?|cards?|relics?) of $",
    re.IGNORECASE,
)


#: Verbs before "for" or "by" and a team: "play for Liverpool", "signed by Flamengo".
_TEAM_VERBS = frozenset(
    {"play", "plays", "played", "playing", "signed", "sign", "signs", "scouted", "drafted"}
)
#: A team's description after its name: "Liverpool, the football team".
_TEAM_APPOSITION = re.compile(
    r",? \(?the (?:football|soccer|footy|rugby|hockey|basketball|baseball|cricket"
    r"|netball|AFL|NRL) (?:team|club|side)\b",
    re.IGNORECASE,
)


def team_named(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* names a team: "play for Liverpool", "Liverpool, the football team"."""
    if i > 1 and ws[i - 1].low in _FOR_BY and ws[i - 2].low in _TEAM_VERBS:
        return True
    if i + 1 < len(ws) and ws[i + 1].text in _CLUB_SUFFIXES and is_space_gap(ws[i + 1].gap):
        return True  # "she loved Liverpool FC"
    return (
        i + 1 < len(ws)
        and ws[i + 1].low == "the"
        and text.startswith(_TEAM_APPOSITION_STARTS, ws[i].end)
        and _TEAM_APPOSITION.match(text, ws[i].end) is not None
    )


#: What follows a football club's name: "Liverpool FC", "Celtic F.C.".
_CLUB_SUFFIXES = frozenset({"FC", "AFC", "CF", "SC"})
TEAM_NEXT_WORDS = _CLUB_SUFFIXES | {"the"}


_FOR_BY = frozenset({"for", "by"})
_TEAM_APPOSITION_STARTS = (", the ", " the ", " (the ")
#: The words beside a team's name that :func:`team_named` looks at (a cheap test first).
TEAM_VERB_LINKS = _FOR_BY


#: Words after a single team's name: "a Liverpool match", "Chelsea fan".
_MATCH_OR_FAN = frozenset({"match", "matches", "fan", "fans", "shirt", "scarf", "kit"})


def team_run(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the capitalised run from word *i* names a team or a band.

    After a small "the", two to four capitalised words that end in an English plural: "the
    Dallas Cowboys", "the Rolling Stones", "the Boston Red Sox".
    """
    j = i
    while j + 1 < len(ws) and j - i < 3 and ws[j + 1].cap and is_space_gap(ws[j + 1].gap):
        j += 1
    if j + 1 < len(ws) and ws[j + 1].low in _FAN_WORDS and is_space_gap(ws[j + 1].gap):
        # "a Dallas Cowboys fanatic", "the Lakers game", "Timberwolves jerseys", "a
        # Liverpool match"
        return ws[j].low.endswith("s") or j > i or ws[j + 1].low in _MATCH_OR_FAN
    if j + 1 < len(ws) and ws[j + 1].low in _TEAM_GEAR and is_space_gap(ws[j + 1].gap):
        last = ws[j]
        return (
            last.low.endswith("s") and bool(last.flags & WORD) and not last.flags & GIVEN
        ) or last.low == "sox"
    if not i or ws[i - 1].text != "the":
        return False
    last = ws[j]
    return (
        j > i
        and not last.possessive
        and last.low not in _PLACE_PLURALS
        and (last.low == "sox" or (last.low.endswith("s") and bool(last.flags & WORD)))
    )


#: Plurals that end the names of places, not of teams: "the Half Moon Gardens estate".
_PLACE_PLURALS = frozenset(
    {
        "gardens",
        "heights",
        "hills",
        "springs",
        "woods",
        "meadows",
        "towers",
        "flats",
        "apartments",
        "terraces",
        "courts",
        "fields",
        "acres",
        "commons",
        "estates",
        "homes",
        "villas",
        "lakes",
        "pines",
        "oaks",
        "falls",
        "rapids",
        "cities",
        "islands",
        "keys",
        "sands",
        "downs",
        "mews",
        "grounds",
        "plains",
        "ridges",
        "glades",
        "crossings",
        "palms",
        "shores",
        "bluffs",
        "knolls",
        "brooks",
        "creeks",
        "forks",
        "highlands",
        "lowlands",
        "moors",
        "dales",
        "vales",
        "glens",
        "wells",
        "baths",
    }
)


def state_in_brackets(text: str, w: Word) -> bool:
    """Tell whether *w* is a state's short name in brackets after a town: "Coburg (Vic)"."""
    return w.low in STATES_SHORT and w.gap.endswith("(") and text.startswith((")", ".)"), w.end)


def two_words(low: str) -> bool:
    """Tell whether *low* is two English words run together ("handover", "seahawk")."""
    return any(
        is_dictionary_word(low[:k]) and is_dictionary_word(low[k:]) for k in range(3, len(low) - 2)
    )


def is_space_gap(gap: str) -> bool:
    """Tell whether *gap* is one space (or one no-break space)."""
    return gap in {" ", "\u00a0"}


def month_context(text: str, ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether the month name at word *i* is used as a month ("June 3rd", "in June")."""
    w = ws[i]
    after = text[w.end : w.end + 3].lstrip()
    if after[:1].isdigit():
        return True
    return bool(i) and ws[i - 1].low in MONTH_CONTEXT_WORDS


def facility_follows(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether the capitalised run from word *i* ends in a facility noun."""
    for k in range(i + 1, min(i + 5, len(ws))):
        if not is_space_gap(ws[k].gap) or not (ws[k].cap or ws[k].upper):
            return False
        if ws[k].low in FACILITY_NOUNS:
            return True
    return False


def run_is_region(text: str, ws: tuple[Word, ...], i: int, j: int, lex: Lexicon) -> bool:
    """Tell whether words *i* to *j* (or their first few) name a state, country or region."""
    return region_end(text, ws, i, j, lex) is not None


def region_end(text: str, ws: tuple[Word, ...], i: int, j: int, lex: Lexicon) -> int | None:
    """Return the last word of the longest region that words *i* to *j* start with, if any."""
    if i < j and is_space_gap(ws[i + 1].gap):
        if ws[i + 1].text == "State" and ws[i].cap:
            return i + 1  # "Enugu State", "Lagos State"
        if ws[i].low in COMPASS_WORDS:
            end = region_end(text, ws, i + 1, j, lex)
            if end is not None:
                return end  # "South Texas", "Northern California"
    firsts, longest = _region_heads(lex.regions_lower)
    if ws[i].low not in firsts:
        return None  # the usual case: no region starts with this word
    if j + 2 < len(ws) and ws[j + 1].low in REGION_PARTICLES and ws[j + 2].cap:
        j = len(ws) - 1  # a run of capitals cut by a particle: "Rio Grande do Sul"
    for k in range(min(j, i + longest - 1), i - 1, -1):
        if nfc(text[ws[i].start : ws[k].end]).casefold() in lex.regions_lower:
            return k
    return None


#: Particles written small inside names of Spanish and Portuguese: "Maria do Socorro",
#: "Oaxaca de Juárez", "Rio Grande do Sul".
ROMANCE_PARTICLES = frozenset({"do", "da", "de", "del", "dos", "das"})
#: Small words inside a region's name: "Rio Grande do Sul", "Bay of Plenty".
REGION_PARTICLES = ROMANCE_PARTICLES | {"of"}
#: Words before a region that name a part of it: "South Texas", "Upstate New York".
COMPASS_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upstate",
        "downstate",
        "coastal",
        "rural",
        "inland",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    }
)


@functools.lru_cache(maxsize=2)
def _region_heads(regions: frozenset[str]) -> tuple[frozenset[str], int]:
    """Return the first words of the regions' names and the most words a name has."""
    split = [r.split() for r in regions]
    firsts: set[str] = set()
    for p in split:
        if p:  # "st." of "St. Lucia" is the word "st"; "guinea-bissau" may be cut at "-"
            head = p[0]
            firsts.update({head, head.rstrip(".,"), re.split(r"[-'\u2019.]", head)[0]})
    return frozenset(firsts), max((len(p) for p in split), default=1) + 2


# The last text's words and whether its writer writes in lowercase (worked out once).
_LOWERCASE_WRITER: list[tuple[tuple[Word, ...], bool]] = []


def writes_lowercase(ws: tuple[Word, ...]) -> bool:
    """
    Tell whether the writer of a text writes in lowercase: "i" and sentences that start small.

    In a text that capitalises its sentences and "I", a lowercase word is a word ("eat bún
    bò", "in te reo"), not a name: only a writer who writes names small too writes that way.
    """
    if _LOWERCASE_WRITER and _LOWERCASE_WRITER[0][0] is ws:
        return _LOWERCASE_WRITER[0][1]
    small = capital = 0
    for k, w in enumerate(ws):
        if w.low == "i" and len(w.text) == 1:
            if w.text == "i":
                small += 1
            else:
                capital += 1
        elif k == 0 or not SENTENCE_STOPS.isdisjoint(w.gap):
            if w.text[0].islower():
                small += 1
            elif w.cap:
                capital += 1
    result = small > capital
    _LOWERCASE_WRITER[:] = [(ws, result)]
    return result


#: Verbs whose object is a song or a piece: "he hummed a bit of Jolie Blonde".
_PERFORM_VERBS = word_set(
    """
    sang sing sings singing hum hums hummed humming whistled whistling play played playing plays
    blasted blasting listened listening requested danced dancing
    """
)
#: Verbs of reading before an author's full name: "been reading Sally Rooney".
_READ_VERBS = word_set("read reads reading reread rereading")
_BY_OF = frozenset({"by", "of"})
#: Works in the plural before "of" and their maker: "the songs of Pedro Infante".
_WORKS_OF = frozenset(
    {"songs", "music", "poems", "poetry", "novels", "films", "movies", "albums", "records"}
    # parts of a work: "whole scenes of Casablanca", "an episode of Bluey"
    | {"scene", "scenes", "episode", "episodes", "verses", "soundtrack", "reruns", "cast"}
)
#: Amounts before "of" and a singer or a composer: "a lot of Queen", "loads of Adele".
_MUCH = frozenset({"lot", "lots", "loads", "deal", "plenty", "tons"})


def much_of(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether word *i* follows an amount and "of": "a lot of Queen" (music, no one).

    Or "some" before a name that ends its sentence: "Maybe some Dolly." (a singer's songs).
    """
    if i > 0 and ws[i - 1].low == "some" and is_space_gap(ws[i].gap) and ws[i].cap:
        return i + 1 == len(ws) or ws[i + 1].gap[:1] in {".", "!", "?"}
    return i > 1 and ws[i - 1].low == "of" and ws[i - 2].low in _MUCH and is_space_gap(ws[i].gap)


#: Words between such a verb and the piece: "a bit of", "the whole of", "along to".
_PERFORM_FILLERS = word_set("a bit of the whole some little to me us him her them along again")


def _author_of(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the name at word *i* is an author's, after a work or a verb of reading.

    "every poem by Machado", "something by Adele", '"Both Sides Now" by Joni Mitchell', "the
    songs of Pedro Infante", "He's been reading Sally Rooney".
    """
    if i > 1 and ws[i - 1].low in _BY_OF:
        before = ws[i - 2].low
        if ws[i - 1].low == "by":
            return (
                before in _WORK_NOUNS
                or before == "something"
                # a capitalised title's author: "Both Sides Now" by Joni Mitchell, not
                # "urgent" by Maria Lopez
                or (ws[i - 2].cap and any(q in ws[i - 1].gap for q in _CLOSING_QUOTES))
                or _title_before(ws, i - 2)
            )
        return before in _WORKS_OF
    if i > 0 and ws[i - 1].low == "the" and not ws[i - 1].cap and _one_after(ws, i):
        return True  # "Neria, the Oliver Mtukudzi one": the singer of a song
    return i > 0 and ws[i - 1].low in _READ_VERBS and _author_read(ws, i)


def _title_before(ws: tuple[Word, ...], k: int) -> bool:
    """Tell whether word *k* ends a work's title that opens with "The": "The Happiness Trap"."""
    if not ws[k].cap:
        return False
    j = k
    while j > 0 and ws[j - 1].cap and k - j < 6 and is_space_gap(ws[j].gap):
        j -= 1
    return j < k and ws[j].low in {"the", "a", "an"} and not ws[j].initial


def _one_after(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a capitalised run from word *i* is followed by "one" ("the Lucky Dube one")."""
    j = i
    while j + 1 < len(ws) and j - i < 3 and ws[j + 1].cap and is_space_gap(ws[j + 1].gap):
        j += 1
    return j + 1 < len(ws) and ws[j + 1].text == "one" and is_space_gap(ws[j + 1].gap)


def _author_read(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a full name follows a verb of reading: not "reading Maria Lopez's file"."""
    n = len(ws)
    if not is_space_gap(ws[i].gap) or ws[i].possessive:
        return False
    if not (i + 1 < n and ws[i + 1].cap and is_space_gap(ws[i + 1].gap)):
        # one word: a surname of no given name at the clause's end ("read Chekhov.")
        return not ws[i].flags & GIVEN and (
            i + 1 >= n or not is_space_gap(ws[i + 1].gap) or ws[i + 1].low in _AFTER_AUTHOR
        )
    j = i + 1
    while j + 1 < n and j - i < 3 and ws[j + 1].cap and is_space_gap(ws[j + 1].gap):
        j += 1
    if ws[j].possessive:
        return j + 1 < n and ws[j + 1].low in _WORK_NOUNS  # "Matthew Walker's book"
    # the author at the clause's end or before a work: not "reading Maria Lopez the form"
    return j + 1 >= n or not is_space_gap(ws[j + 1].gap) or ws[j + 1].low in _AFTER_AUTHOR


def performed(ws: tuple[Word, ...], i: int) -> bool:
    """
    Tell whether the capitalised words from word *i* are a piece sung or played.

    Or the name of its author after a work: "every poem by Machado".
    """
    prev = ws[i - 1].low if i else ""
    if (prev in _BY_OF or prev in _READ_VERBS or prev == "the") and _author_of(ws, i):
        return True
    k = i - 1
    while k >= 0 and i - k <= 4 and ws[k].low in _PERFORM_FILLERS:
        if not is_space_gap(ws[k + 1].gap):
            return False
        k -= 1
    gap = ws[k + 1].gap if k >= 0 else ""
    if k >= 1 and ws[k].low == "on" and ws[k - 1].low in {"put", "puts", "putting"}:
        return is_space_gap(gap)  # "I put on some Fairuz"
    # 'sang "Folsom Prison Blues"': the title may open with a quote; "requested: Adele"
    return (
        k >= 0
        and ws[k].low in _PERFORM_VERBS
        and (is_space_gap(gap) or gap in _QUOTE_GAPS or gap == ": ")
    )


_QUOTE_GAPS = frozenset({' "', " \u201c", " '", " \u2018"})
_CLOSING_QUOTES = ('"', "\u201d")


#: Nouns after a name that make it the name of a work: "the Percy Jackson books".
_WORK_NOUNS = word_set(
    """
    book books series novel novels movie movies film films song songs album albums game games
    show shows soundtrack musical trilogy saga franchise episode episodes poem poems poetry
    painting paintings lyrics
    """
)
#: Words after an author's name read: "reading Sally Rooney and ...", "Louis L'Amour
#: paperbacks".
_AFTER_AUTHOR = _WORK_NOUNS | frozenset({"and", "again", "now", "paperbacks", "novels"})


def work_follows(ws: tuple[Word, ...], j: int) -> bool:
    """Tell whether a noun for a work follows word *j*: "the Percy Jackson books"."""
    return (
        j + 1 < len(ws)
        and is_space_gap(ws[j + 1].gap)
        and not ws[j].possessive
        and ws[j + 1].low in _WORK_NOUNS
    )


def eponym_pair_follows(ws: tuple[Word, ...], j: int) -> bool:
    """Tell whether a second name and a method's noun follow word *j*: "Clark and Wells model"."""
    n = len(ws)
    if j + 2 < n and ws[j + 1].gap == " & ":  # "Clark & Wells model": the "&" is a gap
        return ws[j + 1].cap and ws[j + 2].low in EPONYM_NOUNS and is_space_gap(ws[j + 2].gap)
    return (
        j + 3 < n
        and ws[j + 1].low == "and"
        and ws[j + 2].cap
        and ws[j + 3].low in EPONYM_NOUNS
        and all(is_space_gap(ws[k].gap) for k in range(j + 1, j + 4))
    )


#: Verbs of speaking, writing and singing before "in" and a language: "explained in Sesotho".
_SPEAKING = word_set(
    """
    said says say saying spoke speak speaks speaking explained explains explaining greeted
    greet greets wrote write writes writing sang sing sings singing prayed pray prays praying
    told tell tells talk talks talked talking replied answered asked asks whispered shouted
    counted swore thanked joked translated interpreted solo solos hymn hymns
    word words phrase phrases sentence prayer prayers poem saying verse song songs speech
    """
)
#: Languages that are given names too: a language only after a verb of speech ("talk in
#: Shona"), a name elsewhere.
_LANGUAGES_THAT_ARE_NAMES = word_set("shona")
#: Words that may stand between such a verb and "in": "said to me in", "speak to anybody
#: except in".
_SPOKEN_FILLERS = word_set(
    "to me him her them us you back only just mostly always except anybody anyone everyone"
    " nobody all it everything something softly quietly slowly fluently first a bit little some"
)


def spoken_in(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i* names a language spoken: "she said to me in Acholi"."""
    w = ws[i]
    if i < 2 or ws[i - 1].low != "in" or not is_space_gap(w.gap) or w.possessive:
        return False
    named_language = w.low in _LANGUAGES_THAT_ARE_NAMES and not (
        # "in Shona Mhlanga's absence": a name and its surname
        i + 1 < len(ws) and ws[i + 1].cap and is_space_gap(ws[i + 1].gap)
    )
    if (
        w.low not in LANGUAGES_AND_PEOPLES
        and not named_language
        and (w.flags & (GIVEN | FAMILY) or w.text in lexicon().places)
    ):
        return False  # a listed name or place: "I explained in Zorelle's session"
    for k in range(i - 2, max(-1, i - 7), -1):
        if not CLAUSE_STOPS.isdisjoint(ws[k + 1].gap):
            return False
        if ws[k].low in _SPEAKING:
            return True
        if ws[k].low not in _SPOKEN_FILLERS:
            return False
    return False


#: Words before and after a people's name: "a proud Birri Gubba woman", "Mi'kmaw myself".
PEOPLE_WORDS_BEFORE = frozenset(
    {"proud", "a", "an", "fellow", "strong", "old", "young", "elderly", "older", "younger"}
)
SELVES = frozenset({"myself", "herself", "himself", "themselves"})
_MEMBER_NOUNS = frozenset(
    {"woman", "women", "man", "men", "person", "people", "mob", "nation", "elder", "elders"}
)
#: The words after a people's name that :func:`names_a_people` looks for (a cheap test first).
PEOPLE_AFTER = SELVES | _MEMBER_NOUNS


def names_a_people(ws: tuple[Word, ...], i: int, j: int) -> bool:
    """Tell whether words *i* to *j* name a people: "Proud Birri Gubba woman", "a Wiradjuri man"."""
    n = len(ws)
    if j + 1 >= n or not is_space_gap(ws[j + 1].gap):
        return False
    after = ws[j + 1].low
    before = ws[i - 1].low if i > 0 else ""
    if after in SELVES:
        # not a place one comes from: "I'm from Dhaka myself"
        cued = before not in {"from", "in", "of", "at", "to", "near", "outside"}
    else:
        cued = before in PEOPLE_WORDS_BEFORE and after in _MEMBER_NOUNS and not ws[j + 1].cap
    if not cued:
        return False
    # a people's name: listed as one, or no listed name nor place ("Maria Lopez herself", "a
    # Dublin woman" are a person and a place); after "proud", any ("Proud Birri Gubba woman")
    return (
        before == "proud"
        or any(ws[k].low in LANGUAGES_AND_PEOPLES for k in range(i, j + 1))
        or not any(
            ws[k].flags & (GIVEN | FAMILY | REGION) or ws[k].text in lexicon().places
            for k in range(i, j + 1)
        )
        # "a Dene man", "an old Karen woman": a given name no one is before a member's noun
        or (
            j == i
            and after not in SELVES  # "Maria herself": a person
            and bool(ws[i].flags & GIVEN)
            and not ws[i].flags & REGION
            and ws[i].text not in lexicon().places
        )
    )


#: Words that end the name of a holiday or an event: "Mandela Day", "St David's Day".
_EVENT_ENDS = frozenset({"day", "eve", "week", "month", "night"})


def event_follows(ws: tuple[Word, ...], j: int) -> bool:
    """Tell whether the capitalised run ending at word *j* names a day: "Waitangi Day"."""
    if j > 0 and ws[j].low in _EVENT_ENDS and ws[j].cap and is_space_gap(ws[j].gap):
        return True
    return (
        j + 1 < len(ws)
        # "Pride month": a month of events ("Burns Night" with its capital only: "night shift")
        and (ws[j + 1].cap or ws[j + 1].low == "month")
        and ws[j + 1].low in _EVENT_ENDS
        and is_space_gap(ws[j + 1].gap)
    )


def generic_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the generic bodies' names of two or more words in *text*."""
    taken, _ = generic_runs(text)
    if not taken:
        return []
    ws = words(text)
    spans: list[tuple[int, int]] = []
    for k in sorted(taken):
        if spans and k - 1 in taken:
            spans[-1] = (spans[-1][0], ws[k].end)
        else:
            spans.append((ws[k].start, ws[k].end))
    return spans


def reads_as_noun(w: Word) -> bool:
    """
    Tell whether *w*, written small, reads as a noun rather than a verb.

    An English word that is no function word, no verb form of the lists and does not end in
    "-ed": "bath" of "his wife's bisibele bath", "break" of "Summer break".
    """
    return (
        w.text.islower()
        and bool(w.flags & WORD)
        and not w.flags & STOP
        and w.low not in VERB_FORMS
        and w.low not in PERSON_VERBS
        and not w.low.endswith("ed")
    )
