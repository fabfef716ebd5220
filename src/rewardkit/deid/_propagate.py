"""
Every occurrence: once an identifier is found, it is found wherever else it stands.

A detector finds "Sarah Okonkwo" beside "my client"; the same text says "Sarah" three
paragraphs later, "SARAH" in a shout and "Sarah's" before "mom", with no cue at all.
:func:`every_occurrence` runs after the detectors: it takes what they found as *seeds* and
walks the text's words once, looking each word's folded key up in a table of the seeds' first
words, so its time is linear in the text's length however many seeds there are. A name's
parts are seeds of their own ("Sarah", "Okonkwo"); a part that is also an English word
("Grace", "Will", "June") is taken only where it is capitalised, never as the lowercase word
("grace", "will"), and a month name not before a day. Places and organisations are seeds as
a whole. Other identifiers (numbers, handles, addresses) are found again as the same string,
standing alone.

:class:`Seeds` gathered from several texts make a name found in one story be looked for in
all the stories of a collection (``redact(collection, propagate="collection")``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import TYPE_CHECKING

from rewardkit.story import PhiCategory

from ._model import trusted_detection

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from types import ModuleType

    from ._model import Detection
    from ._words import Word

__all__ = ["Seeds", "every_occurrence", "join_name_parts"]

#: Categories whose identifiers are words, found again word by word.
WORD_CATEGORIES = frozenset({PhiCategory.NAME, PhiCategory.LOCATION, PhiCategory.ORGANIZATION})
#: The longest phrase (in words) looked for again.
MAX_WORDS = 8
#: How many phrases may start with one word (the longest are kept).
MAX_PHRASES_PER_WORD = 16
#: How many distinct other identifiers are looked for again in one text (each is one pass).
MAX_STRINGS = 32
#: The shortest other identifier looked for again.
MIN_STRING = 4
#: The shortest short form of a name ("Tobi"), and the shortest name part that has them.
SHORT_MIN = 4
SHORT_FROM = 6


@functools.cache
def _lexicon() -> ModuleType:
    """Return the word lists' module, imported on first use (so that importing stays cheap)."""
    from . import _lexicon as module  # noqa: PLC0415 - imported on first use

    return module


@functools.cache
def _word_layer() -> ModuleType:
    """Return the word layer's module, imported on first use."""
    from . import _words as module  # noqa: PLC0415 - imported on first use

    return module


class _Phrase:
    __slots__ = ("capital", "category", "detector", "keys", "score")

    def __init__(
        self,
        keys: tuple[str, ...],
        category: PhiCategory,
        score: float,
        detector: str,
        *,
        capital: bool,
    ) -> None:
        self.keys = keys
        self.category = category
        self.score = score
        self.detector = detector
        #: Found again only where capitalised (a name that is also a word).
        self.capital = capital


class Seeds:
    """
    The identifiers found in one or more texts, ready to be found again in any text.

    .. versionadded:: 0.2.0
    """

    __slots__ = ("_phrases", "_short", "_strings")

    def __init__(self) -> None:
        self._phrases: dict[str, list[_Phrase]] = {}
        self._strings: dict[str, tuple[PhiCategory, float, str]] = {}
        #: Short forms: the name parts (by folded key) under each of their four-letter runs.
        self._short: dict[str, list[tuple[str, _Phrase]]] = {}

    def __bool__(self) -> bool:
        return bool(self._phrases or self._strings)

    def __len__(self) -> int:
        return sum(len(v) for v in self._phrases.values()) + len(self._strings)

    def add(
        self,
        text: str,
        detections: Iterable[Detection],
        *,
        strings: bool = True,
        short: bool = False,
        capital: bool = False,
    ) -> Seeds:
        """
        Add what *detections* found in *text*.

        Args:
            text: The text the detections were found in.
            detections: The detections.
            strings: Add identifiers that are no words (numbers, handles) too, to be found
                again as the same string (up to :data:`MAX_STRINGS` of them).
            short: Look for short forms of names too: a capitalised word that is no English
                word, of four letters or more, that a name's part holds ("Tobi" of
                "Oluwatobiloba") or that starts as it does ("Vojta" of "Vojtěch").
            capital: Look for the words of names, places and organisations only where they
                are capitalised (and for no short forms).

        Returns:
            These seeds, for chaining.
        """
        ws = _word_layer().words(text)
        starts: list[int] | None = None  # the words' starts, to search without a key
        seen: set[tuple[str, PhiCategory, int]] = set()  # the same words add nothing new
        for d in detections:
            if d.category in WORD_CATEGORIES:
                if starts is None:
                    starts = [w.start for w in ws]
                lo = bisect.bisect_left(starts, d.start)
                hi = bisect.bisect_left(starts, d.end, lo)
                inside = [w for w in ws[lo:hi] if w.end <= d.end]
                key = (text[d.start : d.end], d.category, len(inside))
                if key in seen:
                    continue
                seen.add(key)
                if inside:
                    self._add_words(inside, d, capital=capital)
                    if short and not capital and d.category is PhiCategory.NAME:
                        self._add_short(inside, d)
            elif strings and d.end - d.start >= MIN_STRING and len(self._strings) < MAX_STRINGS:
                value = text[d.start : d.end]
                # a decade of ages ("nineties") is an age only where a rule reads it as one: "in
                # their eighties and nineties" says it of many (an age, "ninety", is looked for
                # again: "His wife, also ninety,")
                if value.strip() == value and not (
                    d.category is PhiCategory.AGE_OVER_89
                    and value.lower() in {"nineties", "hundreds", "90s", "90's"}
                ):
                    self._strings.setdefault(value, (d.category, d.score, d.detector))
        return self

    def _add_words(self, inside: list[Word], d: Detection, *, capital: bool = False) -> None:
        keys = tuple(w.key for w in inside)
        if len(keys) > MAX_WORDS or not all(keys):
            return
        single = len(inside) == 1
        self._add(
            _Phrase(
                keys,
                d.category,
                d.score,
                d.detector,
                capital=capital or (single and _needs_capital(inside[0])),
            )
        )
        if d.category is not PhiCategory.NAME or single:
            return
        # "Pa Nhia" of "Pa Nhia Vang", "Trần Văn" of "Trần Văn Bảo".
        for size in range(2, len(keys)):
            self._add(_Phrase(keys[:size], d.category, d.score, d.detector, capital=capital))
        lex = _lexicon()
        for k, w in enumerate(inside):
            particle = w.low in lex.NAME_PARTICLES or w.low in lex.LOWERCASE_PARTICLES
            if (
                len(w.key) >= 2
                and not w.flags & (lex.STOP | lex.TITLE)
                # "Gogo" of "Gogo Tendai Moyo": a word for a grandmother before her name
                and not (k == 0 and w.low in lex.KINSHIP_WORDS)
                # not a particle, unless a given name written with its capital ("Della"), and
                # then found again only with it
                and (not particle or (w.cap and w.flags & lex.GIVEN))
                and w.key.isalpha()
            ):
                self._add(
                    _Phrase(
                        (w.key,),
                        d.category,
                        d.score,
                        d.detector,
                        capital=capital or particle or _needs_capital(w),
                    )
                )

    def _add_short(self, inside: list[Word], d: Detection) -> None:
        lex = _lexicon()
        for w in inside:
            key = w.key
            if len(key) < SHORT_FROM or not key.isalpha() or w.flags & (lex.ENGLISH | lex.STOP):
                continue
            phrase = _Phrase((key,), d.category, d.score, d.detector, capital=True)
            for k in range(len(key) - SHORT_MIN + 1):
                bucket = self._short.setdefault(key[k : k + SHORT_MIN], [])
                if len(bucket) < MAX_PHRASES_PER_WORD and all(o != key for o, _ in bucket):
                    bucket.append((key, phrase))

    def _short_form(self, w: Word) -> _Phrase | None:
        """Return the name part that word *w* is a short form of, if any."""
        key = w.key
        if len(key) < SHORT_MIN or not (w.cap or w.upper) or not key.isalpha():
            return None
        lex = _lexicon()
        if w.flags & _not_short() or w.text in lex.lexicon().places:
            return None
        for full, phrase in self._short.get(key[:SHORT_MIN], ()):
            if len(key) < len(full) and (key in full or full.startswith(key[:SHORT_MIN])):
                return phrase
        return None

    def _add(self, phrase: _Phrase) -> None:
        bucket = self._phrases.setdefault(phrase.keys[0], [])
        for old in bucket:
            if old.keys == phrase.keys:
                if old.capital and not phrase.capital:
                    old.capital = False
                return
        bucket.append(phrase)
        bucket.sort(key=lambda p: -len(p.keys))
        del bucket[MAX_PHRASES_PER_WORD:]

    def find(self, text: str, taken: Sequence[tuple[int, int]], reason: str) -> list[Detection]:
        """
        Find the seeds in *text*, outside the spans *taken*.

        Args:
            text: The text.
            taken: Spans already found (sorted by start), where nothing new is added.
            reason: The reason given to what is found.

        Returns:
            The new detections, in no particular order.
        """
        if not self:
            return []
        found: list[Detection] = []
        blocked = _Blocked(taken)
        if self._phrases or self._short:
            self._find_words(text, blocked, reason, found)
        for value, (category, score, detector) in self._strings.items():
            start = text.find(value)
            while start >= 0:
                end = start + len(value)
                if (
                    not (start and text[start - 1].isalnum())
                    and not (end < len(text) and text[end].isalnum())
                    and not blocked.overlaps(start, end)
                ):
                    found.append(trusted_detection(start, end, category, score, detector, reason))
                start = text.find(value, end)
        return found

    def _find_words(
        self, text: str, blocked: _Blocked, reason: str, found: list[Detection]
    ) -> None:
        ws = _word_layer().words(text)
        phrases = self._phrases
        n = len(ws)
        done = 0
        short = self._short
        if short:
            # A short form is capitalised (see _short_form): most words are not.
            hits = [
                k
                for k, w in enumerate(ws)
                if w.key in phrases or ((w.cap or w.upper) and w.key[:SHORT_MIN] in short)
            ]
        else:
            hits = [k for k, w in enumerate(ws) if w.key in phrases]
        for i in hits:
            if i < done:
                continue
            hit = None
            second = ws[i + 1].key if i + 1 < n else None
            for p in phrases.get(ws[i].key, ()):
                keys = p.keys
                # The second word first: most phrases that start alike part there.
                if (
                    (len(keys) == 1 or keys[1] == second)
                    and i + len(keys) <= n
                    and _matches(text, ws, i, p)
                ):
                    hit = p
                    break
            if hit is None and short:
                hit = self._short_form(ws[i])
                if hit is not None:
                    hit = _Phrase((ws[i].key,), hit.category, hit.score, hit.detector, capital=True)
            if hit is None:
                continue
            last = i + len(hit.keys) - 1
            start, end = ws[i].start, ws[last].end
            if not blocked.overlaps(start, end):
                found.append(
                    trusted_detection(start, end, hit.category, hit.score, hit.detector, reason)
                )
            done = last + 1


#: Articles before a word written small that make it a noun, no name found again.
_ARTICLES = frozenset({"a", "an"})
#: Quotes before a word: '"Tucker school lady"' starts what is written, not a sentence.
_QUOTES = frozenset("\"\u201c\u2018'")
_PRONOUNS_AFTER = frozenset({"i", "you", "we", "they", "he", "she", "it", "me", "us", "them"})


@functools.cache
def _not_short() -> int:
    """Return the bits of a word that is never a short form of a name."""
    lex = _lexicon()
    return int(
        lex.ENGLISH | lex.STOP | lex.SOFT_STOP | lex.TITLE | lex.REGION | lex.GENERIC | lex.WORD
    )


def _needs_capital(w: Word) -> bool:
    """
    Tell whether a name's word is also an English word (or a month): capitals only.

    So is a word whose folded key is one: "Moré" is looked for by the key "more".
    """
    lex = _lexicon()
    bits = lex.WORD | lex.SOFT_STOP
    return bool(w.flags & bits) or (w.key != w.low and bool(lex.word_flags(w.key) & bits))


def _noun_after(w: Word) -> bool:
    """Tell whether *w*, after a name that is a word, reads as a noun it qualifies."""
    # not a verb in "-s" either: "Grace laughs"
    return w.gap == " " and not w.low.endswith("s") and _word_layer().reads_as_noun(w)


def _a_people_here(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether word *i*, a people's name that is a given name, names the people here."""
    return (
        ws[i].low in _lexicon().PEOPLES_THAT_ARE_NAMES
        and i + 1 < len(ws)
        and (_noun_after(ws[i + 1]) or ws[i + 1].low in _lexicon().PEOPLE_PLURALS)
    )


def _matches(text: str, ws: tuple[Word, ...], i: int, p: _Phrase) -> bool:
    month_context = _word_layer().month_context

    keys = p.keys
    if len(keys) == 1 and (
        # "It's a tití and a pastor": a word written small after "a" is a noun
        (i and not (ws[i].cap or ws[i].upper) and ws[i - 1].low in _ARTICLES)
        # "Karen Smith ... the Karen families", "our Karen interpreter": the people
        or _a_people_here(ws, i)
        # "in Cherokee, NC ... she speaks Cherokee": a town named for a people, only as found
        or (p.category is PhiCategory.LOCATION and ws[i].low in _lexicon().LANGUAGES_AND_PEOPLES)
    ):
        return False
    for t in range(1, len(keys)):
        w = ws[i + t]
        if w.key != keys[t] or not w.gap.isspace() or ws[i + t - 1].possessive:
            return False
    if p.capital:
        w = ws[i]
        if not (w.cap or w.upper):
            return False
        # "Will you believe it": a sentence's first word before a pronoun is the word (not
        # before a comma: "Sunday, you were brilliant", "Grace, she is doing better");
        # "Comfort care at its finest", "Summer break can't come": before a noun too.
        if w.initial and i + 1 < len(ws):
            nxt = ws[i + 1]
            if (nxt.low in _PRONOUNS_AFTER and nxt.gap != ", ") or (
                # "Summer break" is a noun; "Will's wife" is his
                w.gap[-1:] not in _QUOTES and not w.possessive and _noun_after(nxt)
            ):
                return False
        if (w.low in _lexicon().MONTHS and month_context(text, ws, i)) or (
            w.low in _lexicon().WEEKDAY_WORDS and _weekday_context(ws, i)
        ):
            return False  # "in June", "a man named Sunday ... every Sunday morning": the day
    return True


#: Words before a weekday that make it the day: "every Sunday", "on a Sunday" (not "on",
#: "by": "everyone relies on Sunday", a person).
_BEFORE_A_DAY = frozenset({"every", "last", "next", "each", "a", "this"})
#: Ordinals before a weekday after "the": "the first Sunday of the month".
_ORDINALS_OF_A_DAY = frozenset({"first", "second", "third", "fourth", "last"})
#: Words after a weekday that make it the day: "Sunday morning", "Sunday service".
_AFTER_A_DAY = frozenset(
    {"morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights"}
    | {"lunch", "dinner", "service", "services", "mass", "school", "market", "roast", "best"}
    | {"shift", "shifts"}
)


def _weekday_context(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether weekday *i* is the day: after "every", "last"..., before "morning"..."""
    if i and ws[i - 1].low in _BEFORE_A_DAY and ws[i].gap == " ":
        return True
    if i >= 2 and ws[i - 1].low in _ORDINALS_OF_A_DAY and ws[i - 2].low == "the":
        return True
    return i + 1 < len(ws) and ws[i + 1].gap == " " and ws[i + 1].low in _AFTER_A_DAY


class _Blocked:
    """Sorted spans, ready to tell whether a new span would cut across one of them."""

    __slots__ = ("ends", "exact", "starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = list(itertools.accumulate((e for _, e in ordered), max))
        self.exact = set(ordered)

    def overlaps(self, start: int, end: int) -> bool:
        """
        Tell whether ``[start, end)`` is found already or cuts across a found span.

        A new span that holds a found one whole ("Pa Nhia" around "Nhia") is no conflict: it
        is merged with it.
        """
        if (start, end) in self.exact:
            return True
        before = bisect.bisect_left(self.starts, start) - 1
        if before >= 0 and self.ends[before] > start:
            return True  # a span from before runs into it (or holds it)
        last = bisect.bisect_left(self.starts, end) - 1
        return last >= 0 and self.ends[last] > end


def every_occurrence(
    text: str,
    detections: list[Detection],
    *,
    seeds: Seeds | None = None,
    allowed: object = None,
) -> list[Detection]:
    """
    Add every other occurrence of the identifiers that *detections* found in *text*.

    Args:
        text: The text.
        detections: What the detectors found in it.
        seeds: Identifiers found elsewhere (other stories of a collection), looked for too.
        allowed: Spans that are never flagged (an object with ``contain(start, end)``).

    Returns:
        *detections* and the new ones (the list itself when there are none).

    .. versionadded:: 0.2.0
    """
    kept, inner = _not_inside_bodies(detections)
    own = Seeds().add(text, kept, short=True)
    if inner:
        own.add(text, inner, capital=True)
    taken = [(d.start, d.end) for d in detections]
    # Nothing is found again inside a public figure's or a body's name: "a Percy Jackson book".
    taken.extend(_word_layer().generic_spans(text))
    added = own.find(text, taken, "another occurrence of an identifier found in the text")
    if seeds:
        taken.extend((d.start, d.end) for d in added)
        added.extend(seeds.find(text, taken, "an identifier found in another story"))
    if not added:
        return detections
    contain = getattr(allowed, "contain", None)
    if contain is not None and allowed:
        added = [d for d in added if not contain(d.start, d.end)]
    return [*detections, *added]


def _not_inside_bodies(
    detections: list[Detection],
) -> tuple[list[Detection], list[Detection]]:
    """
    Leave out the places found inside a longer organisation's name, as seeds.

    "Ora" of "Te Puna Ora Trust" is a listed place, and no place in "Kia ora"; a place that
    stands alone is found again by the place detector wherever it is capitalised. A name read
    over the very words of an organisation's name, and scored no higher, is left out too: the
    words of "Promotoras Unidas" are no person's, and "promotoras" elsewhere is no name.

    Returns:
        The seeds kept, and apart from them the names read over some words inside a longer
        organisation's name: looked for again only where capitalised ("Autumn" of "Autumn
        Reyes Counselling" is the therapist's; "Te Puna Ora" of "Te Puna Ora o Muriwhenua"
        makes no name of "ora" in "Kia ora").
    """
    # each body's span and its best score
    body_scores: dict[tuple[int, int], float] = {}
    for d in detections:
        if d.category is PhiCategory.ORGANIZATION:
            span = (d.start, d.end)
            body_scores[span] = max(d.score, body_scores.get(span, 0.0))
    if not body_scores:
        return detections, []
    bodies = sorted(body_scores)
    starts = [s for s, _ in bodies]
    ends = list(itertools.accumulate((e for _, e in bodies), max))

    def inside(d: Detection) -> bool:
        k = bisect.bisect_right(starts, d.start) - 1
        return k >= 0 and ends[k] >= d.end and (starts[k], ends[k]) != (d.start, d.end)

    def kept(d: Detection) -> bool:
        if d.category is PhiCategory.LOCATION:
            return not inside(d)
        if d.category is PhiCategory.NAME:
            return body_scores.get((d.start, d.end), -1.0) < d.score and not inside(d)
        return True

    inner = [d for d in detections if d.category is PhiCategory.NAME and inside(d)]
    return [d for d in detections if kept(d)], inner


#: The particles that may stand between two parts of one name, one or two of them: "d/o",
#: "ole", "wa" ("Wambui wa Kariuki"), "van der".
_PARTICLES_BETWEEN = (
    r"[dsw]/o|a/[lp]|ole|wa|bin|binti|binte|bint|bte|ibn|ben|bat|anak|ap|ab|al|el|de|del|della"
    r"|dela|da|das|di|do|dos|du|la|le|van|von|der|den|ter|ten|te|mac|mc|nic|n[ií]|[oó]|ua|u[ií]"
    r"|y|i"
)
#: What may stand between two parts of one name: a space, particles ("Rosa María de la
#: Cruz" found as "Rosa" and "María de la Cruz"; "Kamalam d/o Ramasamy", "Lemayian ole
#: Kisemei"), or the quotes around a nickname ('Emmanuel "Manno" Désir').
_BETWEEN_PARTS = re.compile(
    rf"(?: (?:(?:{_PARTICLES_BETWEEN}) ){{0,2}}"
    r"| [\"\u201c]|[\"\u201d] )\Z"
)


def join_name_parts(text: str, detections: list[Detection]) -> list[Detection]:
    """
    Join names found in pieces side by side into one name.

    Two names with only a space (or a particle) between them are one person's name written in
    full: a redaction of the two would keep the particle, and a pseudonym would give the
    person two names. Bodies and places found in pieces with one space between them are
    joined likewise ("St. Fiacre's" and "Nursing Home").

    Args:
        text: The text.
        detections: The detections, in any order.

    Returns:
        *detections*, with each run of such names, bodies or places replaced by one detection
        over the run (the list itself when there is none).

    .. versionadded:: 0.3.0
    """
    names = sorted(
        (d for d in detections if d.category is PhiCategory.NAME), key=lambda d: (d.start, -d.end)
    )
    runs: list[list[Detection]] = []
    for d in names:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.end < d.start <= last.end + 12
            and _BETWEEN_PARTS.match(text, last.end, d.start) is not None
        ):
            runs[-1].append(d)
        elif last is None or d.start >= last.end:
            runs.append([d])
    joined = [run for run in runs if len(run) > 1]
    if not joined:
        return _join_bodies_and_places(
            text, _capitalised_tails(text, _join_bodies_and_places(text, detections))
        )
    parts = {id(d) for run in joined for d in run}
    out = [d for d in detections if id(d) not in parts]
    for run in joined:
        first = run[0]
        out.append(
            trusted_detection(
                first.start,
                run[-1].end,
                PhiCategory.NAME,
                max(d.score for d in run),
                first.detector,
                "parts of one name side by side",
            )
        )
    return _join_bodies_and_places(
        text, _capitalised_tails(text, _join_bodies_and_places(text, out))
    )


_ENTITIES = frozenset({PhiCategory.NAME, PhiCategory.ORGANIZATION, PhiCategory.LOCATION})
#: A word after one space: the words that may go on a name, a body or a place.
_TAIL_WORD = re.compile(r" ([^\W\d_][\w'\u2019-]*)")


def _capitalised_tails(text: str, detections: list[Detection]) -> list[Detection]:
    """
    Carry a name, body or place over the capitalised words right after it.

    A capitalised word one space after a name, a body or a place goes on with it: the rules
    found "Burnett" of "Burnett Sweet Harvest", "Forest" of "Forest Gate", and the rest was
    left to read. Not a word that stops a name (a function word, a month or weekday, a
    language), a title ("Maria Teyze"), a verb or a role, nor a word in capitals; four words
    at most, and never into another detection.
    """
    entities = sorted(
        (k for k, d in enumerate(detections) if d.category in _ENTITIES),
        key=lambda k: (detections[k].start, -detections[k].end),
    )
    if not entities:
        return detections
    # every detection bounds a tail: "Chipo Moyo Boxing Day 2020" keeps its date
    by_start = sorted(detections, key=lambda e: e.start)
    starts = [e.start for e in by_start]
    # ends_before[i]: the furthest end of the first i detections by start
    ends_before = [-1, *itertools.accumulate((e.end for e in by_start), max)]
    out: list[Detection] | None = None
    reach = -1  # the furthest end of the detections before, in that order
    for k in entities:
        d = detections[k]
        inside = reach > d.end  # "Hawthorn Lane" in "Hawthorn Lane Surgery": found whole
        reach = max(reach, d.end)
        if inside:
            continue
        start, end = d.start, d.end
        for _ in range(4):
            m = _TAIL_WORD.match(text, end)
            if m is None or not (
                _goes_on(m.group(1), body=d.category is PhiCategory.ORGANIZATION)
                # "Claudine UWIMANA": a surname in capitals after the given name
                or (d.category is PhiCategory.NAME and _surname_in_capitals(m.group(1)))
            ):
                break
            nxt = bisect.bisect_left(starts, m.start(1))
            if nxt < len(starts) and starts[nxt] < m.end():
                break  # "Dr Ruiz de Castro Hospital del Mar": another body or place, a date
            end = m.end()
        if d.category is PhiCategory.NAME:
            head = _name_head(text, start, d.end)
            if head is not None:
                first = bisect.bisect_left(starts, head)
                # no detection starts in the head, nor reaches into it from before
                if first == bisect.bisect_left(starts, start) and ends_before[first] <= head:
                    start = head
        if end > d.end or start < d.start:
            if out is None:
                out = list(detections)
            out[k] = trusted_detection(
                start,
                end,
                d.category,
                d.score,
                d.detector,
                f"{d.reason}, and the capitalised words after it",
            )
    return detections if out is None else out


def _name_head(text: str, start: int, end: int) -> int | None:
    """
    Return the start of what goes on a name right before it at *start*, if anything does.

    A surname in capitals or initials: "UWIMANA Claudine", "J. Okafor", "A.K. Mensah" (not
    "plan B. Smith said", a thing's letter at a sentence's end); the apostrophe that starts a
    Tongan or Hawaiian name, written for its glottal stop ("'Ofa", "'Ana"; not a quote's
    opening mark, "'Mary'").
    """
    if (
        start
        and text[start - 1] in _APOSTROPHES
        and (start == 1 or not text[start - 2].isalnum())
        and text[start] in _VOWELS
        and _CLOSING_QUOTE.match(text, end - 1) is None
    ):
        return start - 1
    head = _HEAD_WORD.search(text, max(0, start - 40), start)
    if head is not None and _surname_in_capitals(head.group(1)):
        return head.start(1)
    head = _INITIALS_HEAD.search(text, max(0, start - 12), start)
    if head is None or _LETTERED_THING.search(text, max(0, head.start(1) - 12), head.start(1)):
        return None
    return head.start(1)


#: Apostrophes that may be written for the glottal stop that starts a name.
_APOSTROPHES = frozenset("'\u2018\u2019")
#: A quote's closing mark later in the sentence: "'Emma, stop' and she laughed".
_CLOSING_QUOTE = re.compile(r"[^.!?\n]{0,80}?[^\s'\u2018\u2019][\u2019'](?![\w'\u2019])")
#: The word before a name, one space before it.
_HEAD_WORD = re.compile(r"(?<![\w'\u2019-])([^\W\d_][\w'\u2019-]*) \Z")
#: Initials one space before a name: "J. ", "A.K. " (not after a word or a full stop).
_INITIALS_HEAD = re.compile(r"(?:^|(?<=[\s(\"'\u201c:,]))((?:[A-Z]\.){1,3}) \Z")
#: Things named by a letter, before one: "plan B", "Ward C", "type 2".
_LETTERED_THING = re.compile(
    r"\b(?:plan|option|type|vitamin|grade|group|class|part|section|block|wing|ward|room|bay"
    r"|bed|unit|level|stage|phase|schedule|category|team|exhibit|appendix|form|line|row|gate"
    r"|platform|terminal|hall|building|floor|court|pod|zone|area|tier|side|hep|hepatitis)[ \t]\Z",
    re.IGNORECASE,
)
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")


def _surname_in_capitals(word: str) -> bool:
    """
    Tell whether *word*, in capitals beside a name, is a surname written so ("UWIMANA").

    A listed given name or surname that is no English word, or a word of no list of four
    letters or more with vowels enough to be a name, not an acronym ("PTSD", "CBT").
    """
    if not word.isupper() or len(word) < 3 or not word.replace("-", "").replace("'", "").isalpha():
        return False
    lex = _lexicon()
    flags = lex.word_flags(word)
    if flags & (
        lex.ENGLISH | lex.WORD | lex.STOP | lex.SOFT_STOP | lex.TITLE | lex.REGION | lex.GENERIC
    ):
        return False
    if flags & (lex.GIVEN | lex.FAMILY):
        return True
    letters = [c for c in word if c.isalpha()]
    return (
        not flags
        and len(letters) >= 4
        and sum(c in _VOWELS for c in letters) * 10 > 3 * len(letters)
    )


def _goes_on(word: str, *, body: bool = False) -> bool:
    """
    Tell whether *word*, right after a name, a body or a place, is part of it.

    After a body, a facility's noun goes on with it even where it stops a name or is a verb
    ("Cedars Community Care", "Riverside Youth Services").
    """
    if not word[0].isupper() or word.isupper():
        return False
    lex = _lexicon()
    bare = word[:-2] if word.endswith(("'s", "\u2019s")) else word
    low = bare.casefold()
    if body and (low in lex.FACILITY_NOUNS or low == "care"):
        return True
    # nor a verb ("Siobhan Smiled" in a heading) or a role ("Dr Akosua Frimpong Consultant
    # Psychiatrist"): the sentence goes on, the name does not
    return not (
        lex.word_flags(bare) & (lex.STOP | lex.SOFT_STOP | lex.TITLE)
        or low in lex.PERSON_VERBS
        or low in lex.VERB_FORMS
        or low in lex.WORKER_ROLES
    )


#: What may stand between two parts of one body or place: a space, or a small word that joins
#: the parts of a name in another language ("Sauti ya Faraja Helpline", "Te Puna Ora o
#: Muriwhenua", "Asociación Nim Ja' para la Salud Comunitaria"). ("and" is not one: "Leeds
#: and Bradford" are two places.)
_BETWEEN_BODY_PARTS = re.compile(
    r"(?:(?P<possessive>['\u2019]s) | (?:(?P<word>ya|wa|za|la|na|de|del|da|do|dos|das|di|du|des"
    r"|para la|para el|of) )?)\Z"
)
#: A title right before a name: the name is a person's ("Dr Ruiz de Castro").
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.? \Z")
#: A street address, then a comma and the part of town: "14 Kofi Annan Lane, Osu".
_ADDRESS_THEN_PLACE = ", "
#: Words for a numbered part of a city, found as a place or a name before its number:
#: "Comuna 13", "Zona 18", "Quận 8".
_NUMBERED_DISTRICTS = frozenset(
    {"comuna", "zona", "quận", "quan", "phường", "distrito", "sector", "district"}
)
_DISTRICT_NUMBER = re.compile(
    r" [0-9]{1,3}(?![\w.,/:-][0-9])\b"
    # not an age, a count or a time: "Quan 16 years old", "Zona 45 minutes late"
    r"(?! (?:years?|yrs?|yo|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times|people)\b)"
)
#: A preposition of place right before a word: "from Zona 18", "in Quận 8".
_PLACE_BEFORE = re.compile(r"\b(?:in|from|at|near|of|to)[ \t]+\Z", re.IGNORECASE)


def _joined(text: str, last: Detection, d: Detection) -> bool:
    """Tell whether *d* continues the body or place that *last* ends."""
    if not last.end < d.start <= last.end + 16:
        return False
    between = _BETWEEN_BODY_PARTS.match(text, last.end, d.start)
    if between is not None:
        # a name joins a body only, as one word ("Sauti ya Faraja Helpline"), and never
        # across "of": "Mr Banda of Blantyre", "Dr Ruiz de Castro Hospital del Mar", "Mama
        # Amina wa Mombasa" are a person and a place
        names = [x for x in (last, d) if x.category is PhiCategory.NAME]
        if not names:
            return True
        body = PhiCategory.ORGANIZATION in {last.category, d.category}
        word = between.group("word")
        if word is None:
            # across a space or a possessive, a name joins a body, also a name of several
            # words ("Greenmist Tea" and "Estates", "Trent's" and "Tidy Yards"), unless a
            # title makes it a person's ("Dr Ruiz de Castro Hospital del Mar"); across a
            # space only, a name of one word joins a place too ("Casco Viejo")
            if body:
                return not any(_after_title(text, x) for x in names if " " in text[x.start : x.end])
            return between.group("possessive") is None and all(
                " " not in text[x.start : x.end] for x in names
            )
        # across a joining word, a name of one word joins a body only
        return body and word != "of" and all(" " not in text[x.start : x.end] for x in names)
    return (
        text[last.end : d.start] == _ADDRESS_THEN_PLACE
        and last.category is PhiCategory.LOCATION
        and d.category is PhiCategory.LOCATION
        and text[last.start].isdigit()
    )


def _after_title(text: str, d: Detection) -> bool:
    """Tell whether a title ("Dr", "Mrs.", "Auntie") stands right before *d*."""
    m = _TITLE_BEFORE.search(text, max(0, d.start - 16), d.start)
    return m is not None and bool(_lexicon().word_flags(m.group(1)) & _lexicon().TITLE)


def _covered_whole(run: list[Detection]) -> bool:
    """Tell whether one detection of *run* (which holds all that overlap it) covers it all."""
    start, end = run[0].start, max(d.end for d in run)
    return any(d.start <= start and end <= d.end for d in run)


def _join_bodies_and_places(text: str, detections: list[Detection]) -> list[Detection]:
    """
    Join a body or a place found in pieces into one detection.

    "St. Fiacre's" and "Nursing Home", "Casco" and "Viejo", "Sauti" and "Faraja Helpline"
    (with "ya" between): two names, places or bodies of which one at least is a place or a
    body, with a single space or a joining word between, are one name written in full (a
    redaction of the two would keep the space, and a reader would see two); so are a street
    address and the part of town after its comma ("14 Kofi Annan Lane, Osu"), and a word
    for a part of a city and its number ("Comuna 13"). The joined detection is a body's if a
    part is one, else a place's.
    """
    parts = sorted(
        (d for d in detections if d.category in _ENTITIES), key=lambda d: (d.start, -d.end)
    )
    runs: list[list[Detection]] = []
    linked: list[bool] = []  # whether a run joins parts across a gap (not only overlaps)
    end = -1
    last: Detection | None = None
    for d in parts:
        if runs and d.start < end:
            if d.end > end:  # overlapping the run and going on past it
                runs[-1].append(d)
                end, last = d.end, d
            continue
        if runs and last is not None and _joined(text, last, d):
            runs[-1].append(d)
            linked[-1] = True
        else:
            runs.append([d])
            linked.append(False)
        end, last = d.end, d
    # (a run that one detection covers already keeps that detection's category: "Masjid
    # Al-Tawba of Passaic County", a body found whole and in parts)
    joined = [
        run
        for run, link in zip(runs, linked, strict=True)
        if link and any(d.category is not PhiCategory.NAME for d in run) and not _covered_whole(run)
    ]
    numbered = [
        (d, m.end())
        for d in parts
        if text[d.start : d.end].casefold() in _NUMBERED_DISTRICTS
        and (m := _DISTRICT_NUMBER.match(text, d.end)) is not None
        and (
            d.category is PhiCategory.LOCATION
            or _PLACE_BEFORE.search(text, max(0, d.start - 8), d.start) is not None
        )
    ]
    if not joined and not numbered:
        return detections
    taken = {id(d) for run in joined for d in run} | {id(d) for d, _ in numbered}
    out = [d for d in detections if id(d) not in taken]
    for run in joined:
        cats = {d.category for d in run}
        category = (
            PhiCategory.ORGANIZATION if PhiCategory.ORGANIZATION in cats else PhiCategory.LOCATION
        )
        out.append(
            trusted_detection(
                run[0].start,
                max(d.end for d in run),
                category,
                max(d.score for d in run),
                run[0].detector,
                "parts of one body or place side by side",
            )
        )
    out.extend(
        trusted_detection(
            d.start,
            stop,
            PhiCategory.LOCATION,
            d.score,
            d.detector,
            "a part of a city and its number",
        )
        for d, stop in numbered
    )
    return out
