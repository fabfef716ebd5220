"""
Word detectors: names of people, places and organisations, found from context and from lists.

The text is cut into words once (cached for the last few texts); each detector walks the
words and looks at their neighbours: a title before ("Dr."), a cue ("my client", "named"), a
possessive family word after ("'s mom"), a preposition before a place ("in", "near"), a
facility noun in a capitalised run ("... Hospital").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

import attrs

from rewardkit.story import PhiCategory

from ._lexicon import FUNCTION_WORDS, Lexicon, is_english, lexicon, word_set
from ._model import Detection

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["NameDetector", "OrganizationDetector", "PlaceDetector", "Word", "words"]

# A word: letters, then letters, digits, combining marks, apostrophes and hyphens inside.
_WORD = re.compile(r"[^\W\d_][\w\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff'\u2019-]*")


class Word:
    """A word of the text, with its possessive ending cut off."""

    __slots__ = ("cap", "end", "gap", "initial", "low", "possessive", "start", "text", "upper")

    def __init__(  # noqa: PLR0913, PLR0917 - one field each, built in one hot loop
        self,
        start: int,
        end: int,
        text: str,
        possessive: bool,  # noqa: FBT001 - positional: built in one hot loop
        initial: bool,  # noqa: FBT001 - as above
        gap: str,
    ) -> None:
        first_upper = text[0].isupper()
        all_upper = first_upper and len(text) > 1 and text.isupper()
        self.start = start
        self.end = end
        self.text = text
        self.possessive = possessive
        #: Capitalised and at the start of a sentence.
        self.initial = initial
        self.gap = gap
        #: The casefolded word.
        self.low = text.casefold()
        #: Capitalised (and not all capitals).
        self.cap = first_upper and not all_upper
        #: All capitals (an acronym).
        self.upper = all_upper

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end})"


_SENTENCE_END = frozenset(".!?…:;\n•")
_SKIPPED = frozenset("\"'“”\u2018\u2019([{*-\u2013—_>#")
_SKIPPED_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf", "Me"})


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0:
        ch = text[i]
        if ch in _SENTENCE_END:
            return True
        if ch.isalnum() or ch == ",":
            return False
        if ch.isspace() or ch in _SKIPPED or unicodedata.category(ch) in _SKIPPED_CATEGORIES:
            i -= 1
            continue
        return False
    return True


_APOSTROPHES = "'\u2019"
_TRAILING = "-'\u2019"


@functools.lru_cache(maxsize=8)
def words(text: str) -> tuple[Word, ...]:
    """Cut *text* into words."""
    out: list[Word] = []
    append = out.append
    prev_end = 0
    for m in _WORD.finditer(text):
        raw = m.group()
        start, end = m.span()
        token = raw
        possessive = False
        if raw[-1] in _TRAILING:
            token = raw.rstrip(_TRAILING)
            if not token:
                continue
        if token[-1] == "s" and len(token) > 2 and token[-2] in _APOSTROPHES:
            possessive = True
            token = token[:-2]
        elif len(raw) > len(token) and raw[len(token)] in _APOSTROPHES:
            possessive = True  # "James'" — plural possessive
        initial = token[0].isupper() and _sentence_initial(text, start)
        append(Word(start, start + len(token), token, possessive, initial, text[prev_end:start]))
        prev_end = end
    return tuple(out)


def _is_space_gap(gap: str) -> bool:
    return gap in {" ", "\u00a0"}


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
_CONTRACTION = re.compile(r"['\u2019](?:d|ve|ll|re|m|t)$")
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
LOWERCASE_PARTICLES: frozenset[str] = frozenset(
    [
        "von",
        "van",
        "der",
        "den",
        "des",
        "de",
        "del",
        "della",
        "dei",
        "di",
        "da",
        "das",
        "dos",
        "du",
        "le",
        "la",
        "les",
        "los",
        "las",
        "el",
        "al",
        "und",
        "mit",
        "zu",
        "zum",
        "zur",
        "ter",
        "ten",
        "het",
    ]
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
NAMING_LAST_WORDS = frozenset(c.rsplit(" ", 1)[-1].rstrip(".") for c in NAMING_CUES) | {
    "name",
    "a.k.a",
}
_NAMING_CUE = re.compile(
    "(?:" + "|".join(re.escape(c) for c in NAMING_CUES) + r")\s*$", re.IGNORECASE
)
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
_AT_CUES_SPACE = tuple(c + " " for c in AT_CUES) + tuple(c + " the " for c in AT_CUES)
PLACE_SUFFIXES = frozenset({"county", "township", "parish", "borough"})
PLACE_PREPS = frozenset({"in", "near", "outside", "around", "from", "to", "towards", "toward"})
MOVE_VERBS = word_set(
    "moved move moving drove drive driving flew fly flying relocated went going go back trip"
    " headed heading visit visiting visited"
)
NON_ORG_ACRONYMS = word_set(
    """
    ICU ER ED IOP PHP CBT DBT EMDR ACT VA NAMI AA NA DMV OT PT UK US USA EU CPS DCFS DSS
    CPR HR IT NICU PICU OR CCU BHU ASL TV PM AM LGBTQ LGBT LGBTQIA ADHD PTSD OCD BPD ASD
    SUDS PHQ GAD PCL GAF BDI BAI MMSE MOCA CIWA COWS AUDIT ASAP ATM CEO LOL OMG TBH IMO
    IDK FYI ETA RN LPN NP MD PA LCSW LMFT LPC MSW PHD PSYD
    """
)


_CUES_BEFORE = NAMING_LAST_WORDS | TITLES | RELATION_CUES


def _word_in(word: Word, names: frozenset[str]) -> bool:
    text = word.text
    return text in names or text[:1] + text[1:].lower() in names


@attrs.frozen
class NameDetector:
    """
    Find names of people.

    Rules, strongest first: a title before the name ("Dr. Patel"); a relation cue ("my client
    Sarah", "her son jake") or a naming cue ("named Will"); a possessive before a family word
    ("Maria's mom"); a capitalised word in the shipped first-name list (unless it is also a
    common English word at the start of a sentence); a lowercase word in the list that is not
    an English word. A name is extended over a following surname or initial.

    .. versionadded:: 0.1.0
    """

    name: str = "name"

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find names in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per name.
        """
        lex = lexicon()
        ws = words(text)
        n = len(ws)
        first_lower = lex.first_names_lower
        i = 0
        while i < n:
            w = ws[i]
            # Only a capitalised word, a possessive, a word after a cue or a word in the
            # given-name list can start a name; the rules below need one of these.
            if not (
                w.cap
                or w.possessive
                or w.low in first_lower
                or (i and ws[i - 1].low in _CUES_BEFORE)
            ):
                i += 1
                continue
            found = self._start(text, ws, i, lex)
            if found is None:
                i += 1
                continue
            score, reason = found
            j = i
            while j + 1 < n and j - i < 3 and _is_space_gap(ws[j + 1].gap) and not ws[j].possessive:
                nxt = ws[j + 1]
                listed = _in_list(nxt, lex.last_names) or _in_list(nxt, lex.first_names)
                if (
                    nxt.cap
                    and nxt.low not in EXTENSION_STOP
                    and nxt.low not in NOT_NAME_WORDS
                    and (listed or nxt.low not in lex.common_words)
                    and (listed or nxt.low not in lex.regions_lower)
                    and not _facility_follows(ws, j + 1)
                ):
                    j += 1
                    continue
                # Lowercase particles inside a name: "Van der Berg", "Maria de la Cruz".
                k = j + 1
                while k < n and k - j <= 2 and ws[k].text in LOWERCASE_PARTICLES:
                    k += 1
                if (
                    k > j + 1
                    and k < n
                    and _is_space_gap(ws[k].gap)
                    and ws[k].cap
                    and ws[k].low not in EXTENSION_STOP
                    and all(_is_space_gap(ws[x].gap) for x in range(j + 1, k))
                ):
                    j = k
                    continue
                break
            end = ws[j].end
            # An initial: "Sarah K." or "Sarah K"
            m = re.match(r" ([A-Z])\.?(?![\w'\u2019])", text[end : end + 4])
            if m is not None and not ws[j].possessive:
                end += 2
            yield Detection(
                start=w.start,
                end=end,
                category=PhiCategory.NAME,
                score=score,
                detector=self.name,
                reason=reason,
            )
            i = j + 1

    @staticmethod
    def _start(text: str, ws: tuple[Word, ...], i: int, lex: Lexicon) -> tuple[float, str] | None:  # noqa: PLR0911, PLR0912 - one rule per branch
        w = ws[i]
        low = w.low
        if (
            w.upper
            or (len(w.text) < 2 and not w.cap)
            or low in NOT_NAME_WORDS
            or _CONTRACTION.search(w.text) is not None
            or (not w.text[1:].islower() and w.text.upper() in NON_ORG_ACRONYMS)  # "PhD"
        ):
            return None
        prev = ws[i - 1] if i else None
        # 1. A naming cue: "named Will", "goes by jo"
        if (
            prev is not None
            and prev.low in NAMING_LAST_WORDS
            and _is_space_gap(w.gap[-1:])
            and (_NAMING_CUE.search(text, max(0, w.start - 14), w.start) is not None)
        ) and (
            (w.cap and low not in PRONOUNS)
            or (low in lex.first_names_lower and low not in FUNCTION_WORDS)
        ):
            return 0.9, "after 'named' or 'called'"
        if low in NOT_NAMES:
            return None
        in_first = _in_list(w, lex.first_names)
        # 2. A title: "Dr. Patel", "Mrs Okafor", "Coach Taylor"
        if (
            prev is not None
            and not prev.possessive
            and (
                (prev.low in TITLE_ABBREVIATIONS and w.gap in {". ", " ", ".\u00a0"})
                or (prev.low in TITLES and w.gap == " ")
            )
        ):
            if w.cap and low not in lex.regions_lower:
                return 0.9, "after a title"
            if (
                prev.low in TITLE_ABBREVIATIONS
                and (low in lex.first_names_lower or low in lex.last_names_lower)
                and low not in lex.name_words
            ):
                return 0.75, "after a title"
        # 3. A relation cue: "my client Sarah", "her son jake"
        if (
            prev is not None
            and prev.low in RELATION_CUES
            and prev.text.islower()
            and (_is_space_gap(w.gap) or w.gap in {", ", " ("})
        ):
            if (
                w.cap
                and low not in lex.regions_lower
                and low not in TITLES
                and not _facility_follows(ws, i)
            ):
                return 0.85, "after a word for a person"
            if (
                w.text.islower()
                and low in lex.first_names_lower
                and low not in lex.common_words
                and low not in VERB_FORMS
                and not low.endswith(("ed", "ing"))
                and (prev.low in STRONG_RELATION_CUES or not is_english(low))
            ):
                return 0.8, "after a word for a person"
        # 4. A possessive before a family word: "Maria's mom"
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if w.possessive and nxt is not None and nxt.low in FAMILY_AFTER:
            if w.cap and low not in lex.regions_lower and (in_first or not w.initial):
                return 0.8, "possessive before a family word"
            if low in lex.first_names_lower and low not in lex.name_words:
                return 0.75, "possessive before a family word"
        # 5. The name lists.
        if w.cap and in_first and low not in lex.regions_lower:
            if _facility_follows(ws, i) or _place_word(w, lex) or _in_title(ws, i, lex):
                return None
            if w.initial:
                if low not in lex.common_words:
                    return 0.7, "in the first-name list"
                return None
            return 0.75, "capitalised and in the first-name list"
        if (
            w.text.islower()
            and len(low) >= 3
            and low in lex.first_names_lower
            and low not in lex.name_words
            and low not in LOWERCASE_PARTICLES
        ):
            return 0.55, "lowercase word in the first-name list"
        unknown = (
            w.cap
            and not is_english(w.text)
            and w.text not in lex.places
            and (low not in lex.regions_lower)
        )
        if (
            w.cap
            and (not w.initial or not is_english(w.text))
            and _in_list(w, lex.last_names)
            and low not in lex.name_words
            and low not in lex.regions_lower
            and not _facility_follows(ws, i)
            and not _place_word(w, lex)
        ):
            return 0.5, "capitalised and in the surname list"
        # 6. A capitalised word that is no English word, acting as a person.
        if unknown and not _facility_follows(ws, i):
            if w.possessive and not w.initial:
                return 0.6, "unknown capitalised word with a possessive"
            if (
                nxt is not None
                and _is_space_gap(nxt.gap)
                and (
                    nxt.low in PERSON_VERBS
                    or (
                        nxt.low == "and"
                        and i + 2 < len(ws)
                        and ws[i + 2].low in {"her", "his", "their"}
                    )
                )
            ):
                return 0.55, "unknown capitalised word before a verb said of people"
        # 7. A word set off by commas after a word for a person: "the dad, Sunil, cried".
        if (
            w.gap == ", "
            and text[w.end : w.end + 1] == ","
            and not w.possessive
            and _person_before(ws, i)
            and not is_english(w.text)
            and low not in lex.common_words
        ):
            if unknown:
                return 0.65, "set off by commas after a word for a person"
            if w.text.islower() and len(low) >= 3:
                return 0.55, "set off by commas after a word for a person"
        # 8. A listed surname in the plural: "the Okafors", "the Joneses".
        if (
            unknown
            and prev is not None
            and prev.low == "the"
            and low.endswith("s")
            and len(low) > 4
            and not w.possessive
            and low not in NOT_PLACES
            and (
                w.text[:-1] in lex.last_names
                or (low.endswith("es") and w.text[:-2] in lex.last_names)
            )
            and not (nxt is not None and (nxt.cap or nxt.upper) and _is_space_gap(nxt.gap))
        ):
            return 0.55, "a surname in the plural"
        return None


def _in_title(ws: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """Tell whether a name that is also a word follows a capitalised non-name ("Text Line")."""
    w = ws[i]
    if not i or w.low not in lex.name_words or not _is_space_gap(w.gap):
        return False
    prev = ws[i - 1]
    return (
        prev.cap
        and not prev.possessive
        and prev.low not in TITLES
        and not _in_list(prev, lex.first_names)
        and not _in_list(prev, lex.last_names)
    )


def _person_before(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a word for a person comes in the few words before word *i*."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if ws[k].low in PERSON_NOUNS:
            return True
        if any(c in ws[k + 1].gap for c in ".!?;:\n"):
            return False
    return False


def _in_list(w: Word, names: frozenset[str]) -> bool:
    if _word_in(w, names):
        return True
    parts = re.split(r"[-\u2010]", w.text)
    return len(parts) > 1 and all(
        p and (p in names or p[:1] + p[1:].lower() in names) for p in parts
    )


def _place_word(w: Word, lex: Lexicon) -> bool:
    return w.text in lex.places and w.low in lex.name_words


def _facility_follows(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether the capitalised run from word *i* ends in a facility noun."""
    for k in range(i + 1, min(i + 5, len(ws))):
        if not _is_space_gap(ws[k].gap) or not (ws[k].cap or ws[k].upper):
            return False
        if ws[k].low in FACILITY_NOUNS:
            return True
    return False


_ABBREVIATED_PLACE_WORDS = word_set("st ste mt ft pt")


def _cap_run(ws: tuple[Word, ...], i: int, limit: int = 4) -> int:
    """Return the index of the last word of the capitalised run that starts at *i*."""
    j = i
    while j + 1 < len(ws) and j - i + 1 < limit and not ws[j].possessive:
        nxt = ws[j + 1]
        if (
            (_is_space_gap(nxt.gap) and nxt.cap and nxt.low not in NOT_PLACES)
            or (nxt.gap == "-" and nxt.cap)
            or (nxt.gap == ". " and nxt.cap and ws[j].low in _ABBREVIATED_PLACE_WORDS)
        ):
            j += 1
            continue
        break
    return j


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

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find places in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per place.
        """
        lex = lexicon()
        ws = words(text)
        n = len(ws)
        i = 0
        while i < n:
            w = ws[i]
            if not w.cap or w.low in NOT_PLACES:
                i += 1
                continue
            prev = ws[i - 1] if i else None
            prep = (
                prev is not None
                and _is_space_gap(w.gap)
                and prev.text.islower()
                and prev.low in PLACE_PREPS
                and (prev.low != "to" or (i >= 2 and ws[i - 2].low in MOVE_VERBS))
            )
            end_j = _cap_run(ws, i)
            # The longest run from i that is a known place.
            hit = None
            for j in range(end_j, i - 1, -1):
                if text[w.start : ws[j].end] in lex.places:
                    hit = j
                    break
            if end_j > i and ws[end_j].low in PLACE_SUFFIXES:
                yield self._hit(w.start, ws[end_j].end, 0.9, "name with 'County' or the like")
                i = end_j + 1
                continue
            after = text[ws[end_j].end : ws[end_j].end + 12]
            suffix = re.match(r" (County|Township|Parish|Borough|Village|Town|City)\b", after)
            state = _STATE_AFTER.match(text, ws[end_j].end, ws[end_j].end + 20)
            if (
                state is not None
                and state.group("abbr") is not None
                and not state.group().startswith(",")
                and hit is None
                and _STATE_ABBR_END.match(text, state.end()) is None
            ):
                state = None  # "Medicaid ID ...": an abbreviation without a comma
            if _run_is_region(text, ws, i, end_j, lex) and suffix is None:
                i = end_j + 1
                continue
            if suffix is not None:
                yield self._hit(
                    w.start, ws[end_j].end + suffix.end(), 0.9, "before 'County' or the like"
                )
                i = end_j + 1
                continue
            if (
                state is not None
                and not _facility_follows(ws, i)
                and not (w.initial and hit is None)
            ):
                yield self._hit(w.start, ws[end_j].end, 0.85, "before a state")
                i = end_j + 1
                continue
            after_first_name = (
                prev is not None
                and prev.cap
                and _is_space_gap(w.gap)
                and _word_in(prev, lex.first_names)
                and not prep
            )
            if hit is not None and not after_first_name:
                ambiguous = (w.low in lex.name_words or w.low in lex.first_names_lower) and (
                    hit == i
                )
                if (not ambiguous or prep) and (not w.initial or prep or hit > i):
                    yield self._hit(
                        w.start, ws[hit].end, 0.8 if not ambiguous else 0.7, "in the place list"
                    )
                    i = hit + 1
                    continue
            if (
                prep
                and not _facility_follows(ws, i)
                and w.low not in lex.common_words
                and (not _word_in(w, lex.first_names) or (prev is not None and prev.low != "from"))
            ):
                yield self._hit(w.start, ws[end_j].end, 0.6, "capitalised after a preposition")
                i = end_j + 1
                continue
            i += 1

    def _hit(self, start: int, end: int, score: float, reason: str) -> Detection:
        return Detection(
            start=start,
            end=end,
            category=PhiCategory.LOCATION,
            score=score,
            detector=self.name,
            reason=reason,
        )


_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta"
    "|British Columbia|Manitoba|Nova Scotia|Queensland|Victoria|Tasmania"
)
_STATE_ABBR = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH"
    "|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|BC|QC|NSW|QLD|VIC"
)


_STATE_AFTER = re.compile(rf",? (?:{_STATES}|(?P<abbr>{_STATE_ABBR}))\b")
# What may follow a state abbreviation written without a comma: a ZIP code or the end of a
# sentence or clause.
_STATE_ABBR_END = re.compile(r"\s*(?:\d{5}\b|[.!?;,)]|$)")


def _run_is_region(text: str, ws: tuple[Word, ...], i: int, j: int, lex: Lexicon) -> bool:
    for k in range(j, i - 1, -1):
        if text[ws[i].start : ws[k].end].casefold() in lex.regions_lower:
            return True
    return False


@attrs.frozen
class OrganizationDetector:
    """
    Find named clinics, hospitals, schools and employers.

    Rules: a run of capitalised words with a facility noun ("Riverside Community Hospital",
    "University of Vermont") and at least one word that makes it a particular one; "St." or
    "Saint" and a name ("St. Mary's"); a capitalised run or an acronym after "at", "works
    for", "admitted to" and similar.

    .. versionadded:: 0.1.0
    """

    name: str = "organization"

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find organisations in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per organisation.
        """
        ws = words(text)
        n = len(ws)
        i = 0
        while i < n:
            w = ws[i]
            if not (w.cap or w.upper):
                i += 1
                continue
            # The capitalised run, allowing "of", "for", "and", "&", "the" inside.
            j = i
            k = i
            while (k + 1 < n and not ws[k].possessive) or (
                k + 1 < n and ws[k + 1].low in {"hospital", "clinic", "center", "centre", "school"}
            ):
                nxt = ws[k + 1]
                gap_ok = (
                    _is_space_gap(nxt.gap)
                    or nxt.gap == " & "
                    or (nxt.gap in {"-", ". "} and ws[k].low in {"st", "mt", "ft"})
                )
                if not gap_ok:
                    break
                if nxt.cap or nxt.upper:
                    k += 1
                    j = k
                    continue
                if nxt.low in {"of", "for", "and", "the", "de", "la"} and (
                    k + 2 < n
                    and (ws[k + 2].cap or ws[k + 2].upper)
                    and _is_space_gap(ws[k + 2].gap)
                ):
                    k += 1
                    continue
                break
            run = ws[i : j + 1]
            lows = [x.low for x in run]
            start = w.start
            if lows and lows[0] in {"the", "a", "an", "our", "my"}:
                start = run[1].start if len(run) > 1 else w.end
            facility = (
                any(x in FACILITY_NOUNS for x in lows)
                or (
                    lows[-1] in WEAK_FACILITY_NOUNS and any(x in TREATMENT_WORDS for x in lows[:-1])
                )
                or lows[-1] in {"middle", "high", "prep"}
                or any(x.gap == " & " for x in run[1:])
            )
            distinctive = [
                x for x in run if x.low not in GENERIC_FACILITY and x.low not in FUNCTION_WORDS
            ]
            if facility and distinctive and len(run) > 1:
                yield self._hit(
                    start,
                    ws[j].end + (2 if ws[j].possessive else 0),
                    0.85,
                    "capitalised name with a facility noun",
                )
                i = j + 1
                continue
            if w.low in {"st", "saint", "mt", "mount"} and j > i:
                yield self._hit(
                    start, _end_with_possessive(text, ws[j]), 0.8, "saint's name of a facility"
                )
                i = j + 1
                continue
            if not w.initial and text[max(0, w.start - 24) : w.start].casefold().endswith(
                _AT_CUES_SPACE
            ):
                if (
                    w.upper
                    and w.text not in NON_ORG_ACRONYMS
                    and len(w.text) >= 3
                    and j == i
                    and not re.match(r"[\s-]*\d", text[w.end : w.end + 3])
                ):
                    yield self._hit(w.start, w.end, 0.6, "acronym after 'at' or 'works for'")
                    i = j + 1
                    continue
                if (
                    w.cap
                    and w.low not in NOT_PLACES
                    and not _run_is_region(text, ws, i, j, lexicon())
                    and not _word_in(w, lexicon().first_names)
                ):
                    yield self._hit(
                        start,
                        _end_with_possessive(text, ws[j]),
                        0.6,
                        "capitalised after 'at' or 'works for'",
                    )
                    i = j + 1
                    continue
            i = j + 1 if j > i else i + 1

    def _hit(self, start: int, end: int, score: float, reason: str) -> Detection:
        return Detection(
            start=start,
            end=end,
            category=PhiCategory.ORGANIZATION,
            score=score,
            detector=self.name,
            reason=reason,
        )


def _end_with_possessive(text: str, w: Word) -> int:
    if w.possessive and text[w.end : w.end + 2] in {"'s", "\u2019s"}:
        return w.end + 2
    return w.end
