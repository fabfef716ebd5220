"""
Organisations: named clinics, hospitals, schools and employers.

Detector: ``organization``. A run of capitalised words with a facility noun and a word that
makes it a particular one ("Riverside Community Hospital"), a saint's name ("St. Mary's"), or
a capitalised run or acronym after "at", "works for", "admitted to" and similar.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from rewardkit.story import PhiCategory

from ._language import is_english_tag, text_reads_as_english
from ._lexicon import (
    ABBREVIATED_ORG_WORDS,
    AT_CUES,
    COMMON,
    DAY_GROUP_WORDS,
    DETERMINERS,
    ENGLISH,
    ENGLISH_STOP,
    EPONYM_NOUNS,
    FACILITY_ADJECTIVES,
    FACILITY_HEADS,
    FACILITY_KINDS,
    FACILITY_NOUNS,
    FACILITY_WORDS_BEFORE,
    FAMILY,
    FESTIVALS,
    FOREIGN,
    FUNCTION_WORDS,
    GENERIC,
    GENERIC_FACILITY,
    GENERIC_ORGANIZATIONS,
    GIVEN,
    KINSHIP_WORDS,
    LANGUAGES_AND_PEOPLES,
    LISTED,
    NAME_CONNECTORS,
    NON_ORG_ACRONYMS,
    NOT_PLACES,
    OTHER_STOP,
    PRONOUNS,
    REGION,
    SAINT_WORDS,
    SCHOOL_ENDINGS,
    SOFT_STOP,
    STOP,
    TITLE,
    TREATMENT_WORDS,
    WEAK_FACILITY_NOUNS,
    WEEKDAYS,
    WORD,
    lexicon,
    word_flags,
    word_set,
)
from ._model import Detection, trusted_detection
from ._prepared import prepared
from ._words import (
    CLAUSE_STOPS,
    PATRON_AFTER,
    PICTURED,
    PRAYED_TO,
    SAINTS_THINGS,
    Word,
    event_follows,
    generic_firsts,
    generic_runs,
    is_space_gap,
    performed,
    run_is_region,
    words,
    writes_lowercase,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["OrganizationDetector", "detectors"]

_AT_CUES_SPACE = tuple(c + " " for c in AT_CUES) + tuple(c + " the " for c in AT_CUES)


#: A particle joined to a capitalised word, inside a name: "Masjid Nur al-Huda".
_JOINED_PARTICLE = re.compile(r"(?:al|el|ad|ud|an|ar|as|at|ash|bin|ibn|abu|d')[-'\u2019][A-Z]")
#: A group, a club or a business and the name it is called by: "a dawn swimming group called
#: Dawn Dippers Freo", "a bakery called Crumbs & Co". The cue is found first, then the noun
#: before it and the name after it.
_CALLED = re.compile(r"\b(?:called|named)[ \t]+")
#: A group naming itself: "they've named themselves the Aire Valley Sisters", "calls itself".
_NAMED_THEMSELVES = re.compile(
    r"\b(?:named|name|call|calls|called)[ \t]+(?:themselves|ourselves|itself)[ \t]+(?:the[ \t]+)?"
)
_GROUP_BEFORE = re.compile(
    r"\b(?:group|club|team|charity|choir|band|crew|collective|programme|program|business|shop"
    r"|company|cafe|caf\u00e9|bakery|nonprofit|non-profit|ministry|network|society|league"
    r"|house|shelter|centre|center|clinic|service|project|practice|agency|drop-in|hub)"
    # "Our house is called The Lantern House"
    r"(?:[ \t]+(?:is|was))?[ \t]+$"
)
#: A business opened or started before "named it" or "called it": "She opened her own
#: salon. She named it Lotus Bloom Nails".
_FOUNDED_BEFORE = re.compile(
    r"\b(?:opened|opens|started|starts|launched|founded|set up|sets up|runs|owns)\b[^.!?\n]{0,40}?"
    r"\b(?:salon|shop|business|bakery|cafe|caf\u00e9|restaurant|store|food truck|company"
    r"|studio|gym|nonprofit|non-profit|charity|daycare|barbershop|boutique|diner)\b"
    r"[^\n]{0,60}$"
)
_GROUP_NAME = re.compile(
    r"[\"\u201c]?(?P<id>[A-Z][\w'\u2019&-]*"
    r"(?:[ \t]+(?:(?:of|the|and|&|for|de)[ \t]+)?[A-Z][\w'\u2019&-]*){0,5})"
)


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
    #: The text's language (a BCP 47 tag) when known: the English rules run only on
    #: English text (and text whose language is unknown but reads as English).
    language: str | None = attrs.field(default=None, kw_only=True)

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find organisations in *text*.

        Args:
            text: The text to scan.

        Yields:
            One detection per organisation.
        """
        ws = words(text)
        # The capitals of another language say nothing here.
        if is_english_tag(self.language) and text_reads_as_english(text):
            nicknamed = _nicknamed_groups(text)
            for d in self._detect(text, ws):
                value = text[d.start : d.end]
                if (nicknamed and value.casefold() in nicknamed) or _day_and_a_group(
                    value, named=False
                ):
                    # "We call it the Fan Club": the writer's name for a group; "the
                    # Wednesday Tea Club": a weekday's group, its own name
                    continue
                article = _article_before(text, d)
                if article:
                    d = attrs.evolve(d, start=d.start - article)  # noqa: PLW2901
                # the legal form ("Ltd") or the number ("No. 3", "nr 412") after the name
                form = _LEGAL_FORM.match(text, d.end) or _NUMBER_AFTER.match(text, d.end)
                if (
                    form is None
                    and text.startswith(".", d.end)
                    and text.endswith(_ABBREVIATED_FORMS, 0, d.end)
                ):
                    # "Potomac Drywall Inc." with its full stop, also where a sentence ends
                    yield attrs.evolve(d, end=d.end + 1)
                    continue
                yield d if form is None else attrs.evolve(d, end=form.end())
            if "called " in text or "named " in text:
                yield from self._groups_called(text)
            if "selves " in text or "itself " in text:
                for cue in _NAMED_THEMSELVES.finditer(text):
                    m = _GROUP_NAME.match(text, cue.end())
                    if (
                        m is not None
                        and m.group("id").lower() not in KINSHIP_WORDS
                        # "we call ourselves the Tuesday crew", "the Tuesday Crew": a day, no
                        # body's name (not "the Sunday Sisters")
                        and not _day_and_a_group(m.group("id"))
                    ):
                        yield self._hit(
                            m.start("id"), m.end("id"), 0.75, "a group that names itself"
                        )
            yield from self._caps_units(text)
            yield from self._named_endings(text)
            yield from self._small_bodies(ws)
            present = prepared(text).words
            if (
                not _FORM_OR_KIND_WORDS.isdisjoint(present)
                and _FORM_OR_KIND_AFTER.search(text) is not None
            ):
                yield from self._named_with_form(text)
            if not _SMALL_SAINT_HEADS.isdisjoint(present):
                for m in _SMALL_SAINT.finditer(text):
                    yield self._hit(m.start(), m.end(), 0.7, "saint's name of a facility, small")

    def _named_endings(self, text: str) -> Iterator[Detection]:
        """
        Find a body named a Space, a Support, Rooms, a Mob, a Forum, Circles, a Desk or a Bothy.

        "Drumcree Trauma Support", "Yuendumu Wellbeing Mob", "Imvelo Mental Wellness Forum":
        two words or more before it, one of them in no dictionary (a place's, say) and none a
        person's name, a region's or an acronym; not "Safe Space", "Technical Support", "Help
        Desk", "CAMHS Support", "Healing Circles".
        """
        present = prepared(text).words
        if _NAMED_ENDINGS.isdisjoint(present):
            return
        for m in _NAMED_ENDING_RUN.finditer(text):
            spans = [(w.start(), w.group()) for w in _NON_SPACE.finditer(m.group("id"))]
            k = 0
            while k < len(spans) - 1 and word_flags(spans[k][1]) & (STOP | OTHER_STOP):
                k += 1  # "The", "At": no part of the name
            parts = [word for _, word in spans[k:-1]]
            # two words at least before the ending, none a person's name, with its possessive
            # or not (the name rules keep "Neha Desk", "Thandeka's Support Space")
            if len(parts) < 2 or any(_not_in_a_body_name(p) for p in parts):
                continue
            if not any(_no_dictionary_word(p) for p in parts):
                continue
            reason = "a body named a Space, a Support or the like"
            yield self._hit(m.start("id") + spans[k][0], m.end("id"), 0.75, reason)

    def _small_bodies(self, ws: tuple[Word, ...]) -> Iterator[Detection]:
        """
        Find a body's name written small by a writer who writes small.

        "shout out to everybody at kentucky river peer link", "he volunteers at the linthouse
        community pantry", "with southside peer collective": after "at", "with" and the like,
        up to four words written small before a facility's word, one of them in no dictionary
        (a place's, a person's) or a region's, and after "the" a word of the body's kind too;
        not "at the community pantry", "at our clinic", "at the red door clinic", "at the
        footy club".
        """
        small_writer: bool | None = None  # asked only where a name written small stands
        for j, head in enumerate(ws):
            if head.low not in _SMALL_BODY_HEADS or not head.text.islower() or j == 0:
                continue
            i = j
            while i > 0 and j - i < 4 and is_space_gap(ws[i].gap) and _inside_small_body(ws[i - 1]):
                i -= 1
            while i < j and ws[i].low in NAME_CONNECTORS:
                i += 1  # "del", "of": inside a name, not its start
            if i in {0, j}:
                continue
            before = ws[i - 1]
            run = ws[i:j]
            if before.low == "the" and i >= 2 and is_space_gap(ws[i].gap):
                # after "the", a name and a word of the body's kind: "the linthouse community
                # pantry" (not "the footy club", "the kapa haka group": what it is)
                if not any(w.low in GENERIC_FACILITY for w in run):
                    continue
                before = ws[i - 2]
            if before.low not in _SMALL_BODY_CUES or not is_space_gap(ws[i].gap):
                continue
            if not any(_small_name_word(w) for w in run):
                continue
            if head.low in _WEAK_SMALL_HEADS and not any(
                (w.low in GENERIC_FACILITY and w.low not in NAME_CONNECTORS) or w.flags & REGION
                for w in run
            ):
                continue  # "to kapa haka group", "montessori school": what it is, no name
            if small_writer is None:
                small_writer = writes_lowercase(ws)
            if not small_writer:
                return  # a writer who capitalises names capitalises bodies' too
            yield self._hit(ws[i].start, head.end, 0.65, "a body's name written small")

    def _caps_units(self, text: str) -> Iterator[Detection]:
        """Find a Brazilian CAPS with its kind and its own name: "CAPS III Vila Aurora"."""
        if "CAPS " not in text:
            return
        for m in _CAPS_UNIT.finditer(text):
            if text.endswith(("ALL ", "all ", "All "), 0, m.start()):
                continue  # "texted in ALL CAPS Mariana style": capitals
            # no English or function word: not '"O CAPS Que Me Deu a Mão"', a title
            if not any(
                word_flags(part) & (STOP | OTHER_STOP | WORD | COMMON)
                for part in m.group("name").split()
                if part not in _CAPS_NAME_PARTICLES
            ):
                yield self._hit(m.start(), m.end(), 0.8, "a CAPS and its own name")

    def _named_with_form(self, text: str) -> Iterator[Detection]:
        """
        Find a body by its legal form or its kind in another language after its name.

        "Lichtblick Online e.V.", "Sateenkaari ry", "Ravneberg fengsel", "Lövbackens
        gymnasium": the capitalised words before the form or the kind, but a sentence's
        opening word of English ("Yesterday Sonnenschein gGmbH").
        """
        for m in _NAMED_WITH_FORM.finditer(text):
            head = list(_WORD_RUN.finditer(text, m.start("head"), m.end("head")))
            while len(head) > 1 and _opening_word(text, head[0]):
                head.pop(0)
            first = word_flags(head[0].group())
            if (
                _opening_word(text, head[0])
                or first & GENERIC
                or (len(head) == 1 and first & REGION)
            ):
                # "The gymnasium", "Microsoft Ltd", "Bavaria GmbH": no name, or a known one (not
                # "Karoo Wol Koöperasie", a region's name before others)
                continue
            if any(word_flags(h.group()) & SOFT_STOP for h in head):
                continue  # "Our Friday Pilates gymnasium": a day, no body's name
            kind = text[m.end("head") : m.end("id")].strip(" \t,").lower() in _KINDS_AFTER
            if kind and word_flags(head[-1].group()) & WORD:
                continue  # "the Recovery College gymnasium": an English gymnasium
            yield self._hit(
                head[0].start(), m.end("id"), 0.75, "a name before a legal form or a kind"
            )

    def _groups_called(self, text: str) -> Iterator[Detection]:
        """Find a group or a business called by its name: "a group called Dawn Dippers"."""
        for cue in _CALLED.finditer(text):
            after = cue.end()
            group = _GROUP_BEFORE.search(text, max(0, cue.start() - 20), cue.start())
            if (
                group is None
                and text.startswith("it ", after)
                # the founder names it: "She named it", "started a bakery and called it" (not
                # "his manager called it Hell Week")
                and (text.startswith("named", cue.start()) or text.endswith("and ", 0, cue.start()))
            ):
                # "She opened her own salon. She named it Lotus Bloom Nails": the business
                group = _FOUNDED_BEFORE.search(text, max(0, cue.start() - 110), cue.start())
                after += 3
            m = _GROUP_NAME.match(text, after) if group is not None else None
            # "everyone at the house called Mum": a call, not a name; "a group called
            # Tuesday Crew": a weekday's group, its own nickname
            if (
                m is not None
                and m.group("id").lower() not in KINSHIP_WORDS
                and not _day_and_a_group(m.group("id"))
            ):
                yield trusted_detection(
                    m.start("id"),
                    m.end("id"),
                    PhiCategory.ORGANIZATION,
                    0.75,
                    self.name,
                    "a group or a business called by its name",
                )

    def _detect(self, text: str, ws: tuple[Word, ...]) -> Iterator[Detection]:  # noqa: PLR0912, PLR0915 - one rule per branch
        n = len(ws)
        done = 0  # the words before this index are taken
        generic, generic_last = generic_runs(text)  # "Frida Kahlo" ... "at Kahlo's"
        for i in [k for k, x in enumerate(ws) if x.cap or x.upper]:
            if i < done or i in generic or ws[i].key in generic_last or ws[i].low in FESTIVALS:
                continue  # "at the Matariki celebration"
            if performed(ws, i):  # 'Johnny Cash sang "Folsom Prison Blues"': a work
                done = _cap_run_end(ws, i) + 1
                continue
            w = ws[i]
            # The capitalised run, allowing "of", "for", "and", "&", "the" inside.
            j = i
            k = i
            while k + 1 < n and (
                not ws[k].possessive or ws[k + 1].low in FACILITY_HEADS or _business_after(ws, k)
            ):
                nxt = ws[k + 1]
                gap_ok = (
                    is_space_gap(nxt.gap)
                    or nxt.gap == " & "
                    or (nxt.gap in {"-", ". "} and ws[k].low in ABBREVIATED_ORG_WORDS)
                    # a middle initial after a given name: "Roy T. Sinclair Secondary" (not "Plan
                    # B. After that")
                    or (
                        nxt.gap == ". "
                        and len(ws[k].text) == 1
                        and ws[k].text.isupper()
                        and k > i
                        and bool(ws[k - 1].flags & GIVEN)
                    )
                )
                if not gap_ok or (
                    nxt.text in _NUMBER_WORDS and _NUMBER_AFTER.match(text, ws[k].end) is not None
                ):
                    break  # "Vake Clinical Hospital No. 3": the number ends the name
                if nxt.cap or nxt.upper or _JOINED_PARTICLE.match(nxt.text) is not None:
                    k += 1
                    j = k
                    continue
                if (
                    nxt.low in NAME_CONNECTORS
                    and ws[k].text != "I"
                    # Swahili's particles after a word of no English: "Sauti ya Faraja" (not
                    # "Told ya Oakwood")
                    and not (nxt.low in _SWAHILI_PARTICLES and ws[k].flags & ENGLISH)
                    and (
                        k + 2 < n
                        and (ws[k + 2].cap or ws[k + 2].upper)
                        and is_space_gap(ws[k + 2].gap)
                        # "at Plains Counselling and I do both", "Health Day and I've been":
                        # the writer, not a name's word
                        and ws[k + 2].text != "I"
                        and ws[k + 2].low not in _WRITER
                    )
                ):
                    k += 1
                    continue
                if (
                    nxt.text in {"na", "an"}
                    and k + 2 < n
                    and is_space_gap(ws[k + 2].gap)
                    and _GAELIC_AFTER_ARTICLE.match(ws[k + 2].text) is not None
                ):
                    k += 1  # Irish: "Cuan na Mara", "Coláiste an Chnoic"
                    continue
                if (
                    k + 3 < n
                    and (nxt.text, ws[k + 2].text) in _TWO_PARTICLES
                    and is_space_gap(ws[k + 2].gap)
                    and ws[k + 3].cap
                    and (ws[k + 3].gap == " " or ws[k + 2].text == "l")
                    and ws[k].cap
                ):
                    k += 2  # "Église Évangélique de la Restauration", "Ekalesia Tasi o le Alofa"
                    continue
                if nxt.low == "of" and _two_connectors(ws, k):
                    k += 2  # "Our Lady of the Bayou Chapel"
                    continue
                break
            i = _from_head(ws, i, j)  # noqa: PLW2901 - the run starts at its head word
            w = ws[i]
            run = ws[i : j + 1]
            lows = [x.low for x in run]
            start = w.start
            if lows and (
                (lows[0] in DETERMINERS and (w.initial or not w.cap or len(run) == 1))
                # "When Riverside Clinic called": a word that opens the sentence
                or (_opens(ws, i, j, verbs=False) and len(run) > 1)
            ):
                start = run[1].start if len(run) > 1 else w.end
                if len(run) > 2 and _opens(ws, i, j, verbs=False) and lows[1] in DETERMINERS:
                    start = run[2].start  # "After the Smith Foundation closed"
            if (
                _generic_span(text, ws, i, j)
                # "an Indian Health Service-funded clinic": a body made an adjective
                or ("-" in ws[j].low and ws[j].low.rpartition("-")[2] in _ADJECTIVE_TAILS)
                or (len(run) > 1 and ws[j].low in EPONYM_NOUNS)
                or _shouted(run)
                # "they got into nursing school. NURSING SCHOOL.": words the text writes small
                # (after "The": "the feed store. The FEED STORE.")
                or (run[-1].upper and " ".join(lows[1:] if lows[0] == "the" else lows) in text)
                or event_follows(ws, j)  # "St David's Day", "Mandela Day"
                # 'I brought in "Folsom Prison Blues."': a title in quotes, whole
                or (
                    run[0].gap[-1:] in _OPEN_QUOTES
                    and _CLOSE_QUOTE_AFTER.match(text, ws[j].end) is not None
                    and lows[-1] not in FACILITY_NOUNS
                )
            ):
                done = j + 1  # "Dungeons & Dragons", "a Mental Health Treatment Plan"
                continue
            if (
                len(run) > 1
                and _facility(run)
                and lows[-1] not in _ROLES
                # "after Knee Surgery", "in Cardiac Surgery": an operation or a department; a
                # GP's surgery has its street's name ("Hawthorn Lane Surgery")
                and not (
                    lows[-1] == "surgery"
                    and (
                        lows[-2] in _OPERATED
                        # "after her Hernia Surgery": English words, no place's among them
                        or all(x.flags & WORD and x.text not in lexicon().places for x in run[:-1])
                    )
                )
                and not (lows[-1] in _WEAK_TAILS and all(x.flags & WORD for x in run))
                and not _faith_described(text, run)
                # "Hospital MRN (for the transfer packet)": a facility's record, not its name;
                # "TELL THE CLINIC": a facility's noun alone after its article
                and not all(
                    x.low in FACILITY_NOUNS or x.text in NON_ORG_ACRONYMS
                    for x in run
                    if x.start >= start and x.low not in DETERMINERS
                )
            ):
                yield self._hit(
                    start,
                    ws[j].end + (2 if ws[j].possessive else 0),
                    0.85,
                    "capitalised name with a facility noun",
                )
                done = j + 1
                continue
            if _named_facility(text, ws, i, j) and not (j == i and w.flags & GIVEN):
                yield self._hit(start, ws[j].end, 0.6, "a facility named beside what it is")
                done = j + 1
                continue
            if (
                w.low in SAINT_WORDS
                and j > i
                # "St Patrick's weekend", "the St Brigid's Day parade": a feast, no facility
                and _FEAST_AFTER.match(text, _end_with_possessive(text, ws[j])) is None
                # "say a prayer to St Anthony", "to St. Jude, patron of lost causes": the saint
                # (not "candles for St Anne's", the care home)
                and (
                    ws[j].possessive
                    or PRAYED_TO.search(text, max(0, w.start - 32), w.start) is None
                )
                and PATRON_AFTER.match(text, ws[j].end) is None
                # "an icon of Saint Mark": the saint pictured (not "pictures of St Brigid's")
                and (
                    ws[j].possessive or PICTURED.search(text, max(0, w.start - 16), w.start) is None
                )
            ):
                yield self._hit(
                    start, _end_with_possessive(text, ws[j]), 0.8, "saint's name of a facility"
                )
                done = j + 1
                continue
            found = _after_at(text, ws, i, j, start)
            if found is not None:
                yield self._hit(found[0], found[1], 0.6, found[2])
                done = j + 1
                continue
            done = j + 1

    def _hit(self, start: int, end: int, score: float, reason: str) -> Detection:
        return trusted_detection(
            start,
            end,
            PhiCategory.ORGANIZATION,
            score,
            self.name,
            reason,
        )


#: The words that end a body's name written small: "linthouse community pantry",
#: "kentucky river peer link", "casa del sol recovery".
_SMALL_BODY_HEADS = FACILITY_NOUNS | frozenset({"link", "recovery", "wellness"})
#: The words before a body's name written small (a "the" may stand between).
_SMALL_BODY_CUES = frozenset({"at", "with", "to", "from", "for", "joined", "through", "into"})
#: Heads that name what a body is more often than which: "a kapa haka group", "montessori
#: school", "calendly link"; a name written small before them needs a word of the body's
#: kind or a region's too ("kentucky river peer link").
_WEAK_SMALL_HEADS = frozenset(
    {"group", "link", "club", "gym", "school", "service", "services", "unit", "surgery"}
    | {"program", "programme", "team", "class", "shop", "store", "studio", "hub"}
)


def _inside_small_body(w: Word) -> bool:
    """Tell whether *w* may stand inside a body's name written small: no cue, no article."""
    return (
        w.text.islower()
        and w.low not in _SMALL_BODY_CUES
        and w.low not in DETERMINERS
        and (w.low in NAME_CONNECTORS or not w.flags & (STOP | OTHER_STOP))
    )


def _small_name_word(w: Word) -> bool:
    """Tell whether *w*, written small, is a word of a name: in no dictionary, or a region's."""
    if w.low in GENERIC_FACILITY or w.low in NAME_CONNECTORS:
        return False
    f = w.flags
    if f & REGION:
        return True
    # no acronym written small ("camhs", "ndis", "lds", "fb"): four letters at least
    return (
        len(w.low) >= 4
        and w.low not in _SMALL_ACRONYMS
        and not f & (WORD | STOP | OTHER_STOP | GENERIC | SOFT_STOP | FOREIGN)
    )


#: Services' and churches' initials written small: "the camhs crisis service".
_SMALL_ACRONYMS = frozenset(
    {"camhs", "cmht", "ndis", "iapt", "mhsop", "picu", "nicu", "crht", "amhp", "cpns"}
)


#: A Brazilian psychosocial care centre with its kind and its own name: "CAPS III Jardim das
#: Flores", "CAPS AD Vila Aurora" (not "a CAPS in the east zone").
_CAPS_UNIT = re.compile(
    r"\bCAPS(?:[ \t](?:AD|IJ|III|II|I|i|ij|Adulto|Infantil|Infantojuvenil))*[ \t]"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t](?:(?:de|da|do|das|dos)[ \t])?[A-Z][\w'\u2019-]+){0,4})"
)
_CAPS_NAME_PARTICLES = frozenset({"de", "da", "do", "das", "dos"})
#: Words that end a body's name only after a word of no dictionary: "Drumcree Trauma
#: Support" (not "Technical Support"); written once, for the gate on the text's words (as
#: bytes) and for the pattern.
_NAMED_ENDING_WORDS = ("Space", "Support", "Rooms", "Mob", "Forum", "Circles", "Desk", "Bothy")
_NAMED_ENDINGS = frozenset(w.lower().encode() for w in _NAMED_ENDING_WORDS)
_NON_SPACE = re.compile(r"\S+")


def _not_in_a_body_name(word: str) -> bool:
    """Tell whether *word* is a region's, a generic body's, a foreign word or a person's name."""
    flags = word_flags(word.removesuffix("'s").removesuffix("\u2019s"))  # "Thandeka's"
    return bool(
        flags & (REGION | GENERIC | FOREIGN)
        or (flags & (GIVEN | FAMILY) and not flags & WORD)  # "Neha", not "Hope"
    )


def _no_dictionary_word(word: str) -> bool:
    """Tell whether *word* is in no dictionary and names no people: "Drumcree", "Imvelo"."""
    return (
        not word.isupper()  # "CAMHS", "NDIS": an acronym
        and not word_flags(word) & (ENGLISH | WORD | COMMON | STOP)
        and word.casefold() not in LANGUAGES_AND_PEOPLES
    )


_NAMED_ENDING_RUN = re.compile(
    r"(?<![\w'\u2019-])(?P<id>(?:[A-Z][\w'\u2019-]*[ \t]){1,4}"
    rf"(?:{'|'.join(_NAMED_ENDING_WORDS)}))(?![\w'\u2019-])"
)
#: Swahili's particles inside a body's name: "Sauti ya Faraja", "Chama cha Wauguzi".
_SWAHILI_PARTICLES = frozenset({"ya", "wa", "cha"})
#: Two particles inside a body's name: French "de la", Samoan "o le".
_TWO_PARTICLES = frozenset(
    {("de", "la"), ("de", "l"), ("du", "la"), ("du", "l"), ("o", "le")}
    # "Fundación Tonalli para la Salud Mental", "Associação Viva para o Bem-Estar"
    | {("para", "la"), ("para", "el"), ("para", "los"), ("para", "las"), ("para", "o")}
    | {("para", "a"), ("para", "os"), ("para", "as")}
)


def _two_connectors(ws: tuple[Word, ...], k: int) -> bool:
    """
    Tell whether "of the" and a facility's capitalised name follow word *k*.

    "Our Lady of the Bayou Chapel" is one name; "Holy Ghost Brotherhood of the Flint" is a
    name and a place.
    """
    n = len(ws)
    if not (
        k + 3 < n
        and ws[k + 1].low == "of"
        and ws[k + 2].text == "the"
        and is_space_gap(ws[k + 2].gap)
        and (ws[k + 3].cap or ws[k + 3].upper)
        and is_space_gap(ws[k + 3].gap)
    ):
        return False
    last = k + 3
    while last + 1 < n and ws[last + 1].cap and is_space_gap(ws[last + 1].gap):
        last += 1
    return ws[last].low in FACILITY_NOUNS or (
        # "Lake of the Woods Healing Path": a programme's name
        last > k + 3 and ws[last].low in _PROGRAMME_ENDS and ws[last - 1].low in _PROGRAMME_OF
    )


#: Roles a capitalised run may end in: "I am a Registered Mental Health Nurse" names a job.
_ROLES = word_set(
    """
    nurse nurses worker workers therapist therapists counsellor counselor psychologist
    psychiatrist officer manager coordinator specialist practitioner consultant advocate
    navigator chaplain assistant aide technician supervisor director
    """
)
#: What makes a saint's name a feast's: "St Patrick's weekend", "St Brigid's Day".
_FEAST_AFTER = re.compile(
    rf" (?i:day|eve|weekend|feast|parade|night|festival|celebrations?|{SAINTS_THINGS})\b"
)
#: A saint's facility written small: "at st aldhelm's general", "st mary's hospital".
_SMALL_SAINT = re.compile(
    r"(?<![\w.])(?:st\.?|saint) [a-z][a-z-]+(?:['\u2019]s|s['\u2019])? (?:general|hospital"
    r"|infirmary|hospice|school|college|church|academy|clinic|ward|unit)\b"
)


#: The words that end a saint's facility written small (one must be in the text).
_SMALL_SAINT_HEADS = frozenset(
    w.encode()
    for w in [
        "general",
        "hospital",
        "infirmary",
        "hospice",
        "school",
        "college",
        "church",
        "academy",
        "clinic",
        "ward",
        "unit",
    ]
)


#: Quotes that open a title, and what closes it: a quote, or a stop and a quote.
_OPEN_QUOTES = frozenset('"\u201c')
_CLOSE_QUOTE_AFTER = re.compile(r"[.,!?]?[\"\u201d]")
#: What after a hyphen makes a body's name an adjective: "Service-funded", "NHS-run".
_ADJECTIVE_TAILS = frozenset(
    {"funded", "run", "based", "led", "owned", "affiliated", "certified", "approved", "style"}
)


def _cap_run_end(ws: tuple[Word, ...], i: int) -> int:
    """Return the last word of the run of capitalised words from word *i*."""
    j = i
    while j + 1 < len(ws) and ws[j + 1].cap and is_space_gap(ws[j + 1].gap):
        j += 1
    return j


def _after_at(
    text: str, ws: tuple[Word, ...], i: int, j: int, start: int
) -> tuple[int, int, str] | None:
    """Return the span and reason of an organisation after "at" or "works for", if any."""
    w = ws[i]
    if w.initial or not _after_cue(text[max(0, w.start - 24) : w.start].casefold()):
        return None
    if (
        w.upper
        and w.text not in NON_ORG_ACRONYMS
        and not w.flags & WORD  # "at EXACTLY the same time"
        and len(w.text) >= 3
        and j == i
        and not w.flags & GENERIC
        and not re.match(r"[\s-]*\d", text[w.end : w.end + 3])
    ):
        return w.start, w.end, "acronym after 'at' or 'works for'"
    if w.upper and j > i + 1 and ws[i + 1].low in NAME_CONNECTORS and ws[j].cap:
        # "at CMP de Kerfeunteun", "at CAPS of Recife": a kind of service and its place
        return start, ws[j].end, "acronym and a name after 'at' or 'works for'"
    if (
        w.cap
        and w.low not in NOT_PLACES
        and not (j == i and w.low in KINSHIP_WORDS)  # "at Auntie's place"
        # "at Juniper Path Family Therapy": a given name first, in three words or more that
        # end in no name
        and not (w.flags & GIVEN and (j - i < 2 or ws[j].flags & (GIVEN | FAMILY)))
        and not w.flags & (GENERIC | STOP | TITLE)  # "at the Suboxone clinic": a drug's
        # "at Flat 2", "at Room 4": a word before its number is a part of a building
        and not (
            j == i
            and w.low in _BUILDING_PARTS
            and _NUMBER_AFTER_WORD.match(text, w.end) is not None
        )
        and not _generic_name(ws, i, j)
        and not run_is_region(text, ws, i, j, lexicon())
    ):
        end = _end_with_possessive(text, ws[j])
        if ws[j].low in _NUMBERED_BODIES and (m := _BODY_NUMBER.match(text, end)) is not None:
            end = m.end()  # "Ironworkers Local 864", "VFW Post 1127": the body's number
        return start, end, "capitalised after 'at' or 'works for'"
    return None


#: Treatment words that a line's name shares with every line: "a Talk Line".
_LINE_WORDS = frozenset({"talk", "listening"})
#: Words that end a body's name before its number: a union's local, a veterans' post, a lodge.
_NUMBERED_BODIES = frozenset({"local", "post", "lodge"})
_BODY_NUMBER = re.compile(r" (?:No\.? |#)?\d{1,5}\b")


#: A number after a word: "Flat 2", "Room 4B".
_NUMBER_AFTER_WORD = re.compile(r"[ \t]+\d")
#: Parts of a building, numbered: "at Flat 2", "at Room 4" (not "at Pathways 2 Recovery").
_BUILDING_PARTS = frozenset(
    {"flat", "room", "level", "floor", "unit", "suite", "apartment", "apt", "gate", "platform"}
    | {"bed", "bay", "block", "building", "wing", "pod", "cell", "booth", "desk", "office"}
    | {"door", "stall", "lot", "pier", "dock", "terminal", "hall", "lounge", "cubicle"}
)


def _after_cue(before: str) -> bool:
    """Tell whether *before* ends with a whole cue word ("at ", not the "at " of "that ")."""
    for cue in _AT_CUES_SPACE:
        if before.endswith(cue):
            k = len(before) - len(cue)
            if k and before[k - 1].isalnum():
                return False
            if cue.startswith(("work for", "working for")):
                # a person working for a body: "I work for", "my sister and her husband work
                # for", "currently working for" (not "skills that work for Panic", "the work
                # for Step Four")
                return _WORKER_BEFORE.search(before, 0, k) is not None or k == 0
            return True
    return False


#: Who works for a body, just before "work for": a person, or a word of time or of being.
_WORKER_BEFORE = re.compile(
    r"(?:^|\b(?:i|we|they|he|she|you|who|currently|still|now|also|both|husband|wife|partner"
    r"|sister|brother|mum|mom|dad|son|daughter|been|am|was|were|started|start|began|to|and"
    r"|i'm|i\u2019m|we're|we\u2019re))\s+$"
)


def _generic_name(ws: tuple[Word, ...], i: int, j: int) -> bool:
    """Tell whether words *i* to *j* (or their first few) name a generic body ("Job Corps")."""
    return any(
        " ".join(x.low for x in ws[i : k + 1]) in GENERIC_ORGANIZATIONS for k in range(i, j + 1)
    )


def _shouted(run: Sequence[Word]) -> bool:
    """Tell whether a run in capitals is a shouted sentence ("GOT ACCEPTED TO A UNIVERSITY")."""
    if len(run) < 4 or not all(x.upper or len(x.text) == 1 for x in run):
        return False
    return sum(1 for x in run if x.flags & WORD) * 2 > len(run)


def _from_head(ws: tuple[Word, ...], i: int, j: int) -> int:
    """Return where the run from *i* to *j* starts: at a head word ("Enter Iglesia ...")."""
    for k in range(i + 1, j):
        if ws[k].low in FACILITY_WORDS_BEFORE and ws[k].cap:
            return k
    return i


#: Nouns of a gathering that end an organisation's name only after words that make it one.
_GATHERING_NOUNS = frozenset({"group", "assembly", "corporation", "team", "choir"})


def _day_and_a_group(name: str, *, named: bool = True) -> bool:
    """
    Tell whether *name* is a weekday alone or before a word for a group: "Tuesday Crew".

    Also before its people in the plural ("Saturday Didis", "Friday Lads"): a group's own
    nickname, no body's name. Where the text says the group was named so (*named*), also
    before what the group does and the word ("they named it the Wednesday Tea Club"); where
    it does not, only before an informal word ("the Tuesday Crew"; not "the Saturday Boxing
    Club on Mill Lane", "the Sunday Club").
    """
    words = name.lower().split()
    if words[0].removesuffix("s") not in WEEKDAYS:
        return False
    last = words[-1]
    # its people: "the Saturday Girls", "the Saturday Didis", "the Sunday Aunties"
    people = len(words) == 2 and (
        last in _DAY_GROUP_PEOPLE or (last.endswith("s") and last[:-1] in KINSHIP_WORDS)
    )
    if not named:
        return people or (len(words) == 2 and last in _INFORMAL_GROUP_WORDS)
    return people or len(words) == 1 or (len(words) <= 3 and last in DAY_GROUP_WORDS)


#: Informal words for a group after a weekday: "the Tuesday Crew", "the Friday Gang" (not
#: "the Sunday Club", "the Monday Group").
_INFORMAL_GROUP_WORDS = DAY_GROUP_WORDS - {"club", "group"}


#: People in the plural that a weekday's group calls itself: "the Saturday Girls".
_DAY_GROUP_PEOPLE = frozenset(
    {"girls", "boys", "ladies", "lads", "lasses", "gents", "regulars", "mums", "moms", "dads"}
    | {"aunties", "didis", "grannies", "nanas", "mamas", "papas"}
)


#: The words a group's nickname ends in: "the Fan Club", "the Tuesday Crew".
_NICKNAMED_GROUP_WORDS = ("Club", "Crew", "Gang", "Squad", "Brigade", "Posse", "Society")
#: The writer or the people of a place naming a group of their own: "We call it the Fan Club",
#: "which I call the Dads' Club", "what the staff jokingly called the Clozapine Club".
_NICKNAMED_GROUP = re.compile(
    # what is called: the group named before ("call it", "call ourselves"), or a clause on it
    # ("which I call"); not a call made to a body ("I called the Harbour Rowing Club")
    r"(?:\b(?:which|what) )?"
    r"\b(?P<who>we|i|they|the staff|staff|everyone|everybody|the nurses|the kids|the residents)"
    r"(?: [a-z]+ly)? (?:call|calls|called|nicknamed|dubbed|named|renamed)"
    r"(?P<object> (?:it|this|them|ourselves|themselves))? the "
    rf"(?P<id>(?:[A-Z][\w'\u2019-]* ){{1,3}}(?:{'|'.join(_NICKNAMED_GROUP_WORDS)}))"
    # the name ends there: not "We called them the Riverside Boxing Club guys"
    r"(?=[.,;:!?)\"\u201d\u2014]|\s*$| because\b| \(| [\u2014\u2013-] )",
    re.IGNORECASE,
)


def _nicknamed_groups(text: str) -> frozenset[str]:
    """Return the names of groups that the text says its people call them by, folded."""
    if "call" not in text and "named" not in text and "dubbed" not in text:
        return frozenset()
    if not any(word in text for word in _NICKNAMED_GROUP_WORDS):
        return frozenset()  # no word for a group that the pattern ends in: most texts
    found = set()
    for m in _NICKNAMED_GROUP.finditer(text):
        name = m.group("id")
        relative = text[m.start() : m.start("who")].strip() != ""
        if name[0].isupper() and (m.group("object") or relative):
            found.add(name.casefold())  # "the Wednesday tea club" is the same
    return frozenset(found)


#: Māori articles that open a body's name before its facility word: "Te Whare Oranga".
_ARTICLES_OF_NAMES = ("Te ", "Ngā ", "Nga ")


def _article_before(text: str, d: Detection) -> int:
    """
    Return the length of a Māori article before a body found from its facility word, or 0.

    "Te Whare Oranga o Rotorua", "Te Kura Kaupapa Māori o Ngā Whetū": the article is part
    of the name.
    """
    first = text[d.start : d.end].split(" ", 1)[0].lower()
    if first not in FACILITY_WORDS_BEFORE:
        return 0
    for article in _ARTICLES_OF_NAMES:
        if text.endswith(article, 0, d.start) and (
            d.start == len(article) or not text[d.start - len(article) - 1].isalnum()
        ):
            return len(article)
    return 0


#: Legal forms written short, whose full stop belongs to the name: "Potomac Drywall Inc.".
_ABBREVIATED_FORMS = (" Inc", " Ltd", " Corp", " Co", " Bros", " Pty")
#: The legal form after an organisation's name: "e.V.", "gGmbH", "Ltd", "Inc.".
_LEGAL_FORM = re.compile(
    r",? (?:e\. ?V\.|g?GmbH|Ltd\.?|Inc\.?|LLC|PLC|S\.A\.|SARL|AG|Pty Ltd|CIC|NPO)(?![\w.])"
    r"|,? (?:e\. ?V|Inc|Ltd|S\.A)\.(?=\s|$)"
)


#: Legal forms of bodies in Europe, and kinds of facility written small after a name in
#: the Nordic languages and Finnish: "e.V.", "ry", "vzw", "fengsel", "gymnasium".
_FORMS = (
    r"e\.[ \t]?V\.|g?GmbH|gAG|eG|r\.[ \t]?y\.|ry|rf|Oyj|ApS|B\.V\.|N\.V\.|vzw|VZW|asbl|ASBL"
    r"|Srl|Lda|Ltda|Kft\.|Sp\.[ \t]z[ \t]o\.o\."
)
_KINDS_AFTER = word_set(
    """
    fengsel fengsle fängelse fængsel gymnasium gymnas gymnasiet skole skola skolen sjukhus
    sykehus sygehus sjukehus vårdcentral legesenter helsestasjon vuxenskola folkhögskola
    folkehøgskole højskole kyrka kirke kirkko seurakunta terveyskeskus sairaala koulu lukio
    yhdistys koöperasie kooperasie koperasi kooperativ kooperative cooperativa coopérative
    genossenschaft
    """
)
#: The kinds written small or capitalised: "Karoo Wol Koöperasie".
_FORMS_AND_KINDS = _FORMS + "|(?i:" + "|".join(sorted(_KINDS_AFTER)) + ")"
#: A word of each form (the one the text's words must hold), and the kinds: most texts hold
#: none of them and skip the patterns.
_FORM_OR_KIND_WORDS = frozenset(
    w.encode("latin-1")
    for w in _KINDS_AFTER
    | word_set("v gmbh ggmbh gag eg y ry rf oyj aps vzw asbl srl lda ltda kft sp")
)
#: A legal form or a kind after a word: the cheap test before the full pattern.
_FORM_OR_KIND_AFTER = re.compile(rf"\w[ \t]+(?:{_FORMS_AND_KINDS})(?![\w\u00c0-\u024f])")
#: Up to four capitalised words before the form or the kind (English ones too: "Lichtblick
#: Online e.V.").
_NAMED_WITH_FORM = re.compile(
    r"(?<![\w'\u2019-])(?P<id>(?P<head>(?:[A-Z\u00c0-\u00de][\w'\u2019&-]*[ \t]+){0,3}"
    r"[A-Z\u00c0-\u00de][\w'\u2019&-]*),?[ \t]+"
    rf"(?:{_FORMS_AND_KINDS}))(?![\w\u00c0-\u024f])"
)
_WORD_RUN = re.compile(r"\S+")


def _opening_word(text: str, m: re.Match[str]) -> bool:
    """
    Tell whether the word *m* stands before a name and is no part of it.

    A function word ("The", "At"), or a word that opens a sentence and never a name
    ("Yesterday Sonnenschein gGmbH called"; not "at Second Chances Mentoring CIC").
    """
    word = m.group()
    flags = word_flags(word)
    if flags & ENGLISH_STOP:
        return True
    before = text[: m.start()].rstrip()
    return (not before or before[-1] in '.!?:"\u201c') and (
        bool(flags & STOP) or word.lower() in _OPENING_WORDS
    )


#: The number after a facility's name: "Vake Clinical Hospital No. 3", "Szkoła Podstawowa
#: nr 412".
_NUMBER_AFTER = re.compile(r" (?:No\.?|no\.|Nr\.?|nr\.?|N[º°]|#) ?[0-9]{1,4}\b(?![.,][0-9])")
#: The words of such a number's cue: "No.", "nr".
_NUMBER_WORDS = frozenset({"No", "no", "Nr", "nr", "N"})
#: Words that open a sentence before a name they are no part of: "Like Temple Grandin said".
_OPENING_WORDS = frozenset(
    {"like", "unlike", "as", "per", "thanks", "via", "when", "after", "before", "since", "until"}
    | {"through"}
    | {"if", "because", "once", "while", "over", "during"}
)
#: Verbs that open a sentence asking the reader to reach a body: "Call Two Rivers Clinic
#: today", "Give Two Rivers Drop-In a ring".
_REACH_VERBS = frozenset(
    {"call", "ring", "phone", "text", "email", "contact", "ask", "try", "visit", "tell"}
    | {"give", "message", "ping", "thank", "google"}
)


#: The writer, after "and": "I'm", "I've", "I'd", "I'll".
_WRITER = frozenset(
    {"i'm", "i've", "i'd", "i'll", "i\u2019m", "i\u2019ve", "i\u2019d", "i\u2019ll"}
)
#: Pronouns whose "'s" is "is": "It's", "That's", "Here's".
_PRONOUNS_BEFORE_IS = frozenset({"it", "that", "there", "here", "what", "he", "she", "who"})


def _opens(ws: tuple[Word, ...], i: int, j: int, *, verbs: bool = True) -> bool:
    """
    Tell whether word *i*, before a run that ends at *j*, opens its sentence and no name.

    A word that opens sentences ("When Riverside Clinic called"), "I'm" ("I'm Uniting
    Church"), a verb asking the reader to reach the body ("Call Two Rivers Clinic"), and with
    *verbs* an English word before "the" ("Join the Canadian Mental Health
    Association"; not a given name: "Grace the"): that only to tell a national body, as
    "Open the Door Trust" is a name whole.
    """
    w = ws[i]
    if w.low in {"i'm", "i\u2019m", "im"} and w.text[:1] == "I":
        return True  # "I'm Uniting Church, but in here I'm chaplain to everyone"
    if w.possessive and w.low in _PRONOUNS_BEFORE_IS:
        return True  # "It's Saltley Brothers in Recovery": "it is", no body's word
    return (
        w.initial
        and (
            w.low in _OPENING_WORDS
            # a verb asking the reader to reach the body after it, of two words or more
            or (w.low in _REACH_VERBS and i + 1 < j and w.text[:1] == w.text[:1].upper())
            or (
                verbs
                and i < j
                and ws[i + 1].low == "the"
                and bool(w.flags & WORD)
                and not w.flags & GIVEN
            )
        )
    )


def _generic_span(text: str, ws: tuple[Word, ...], i: int, j: int) -> bool:
    """Tell whether words *i* to *j* as written ("Dungeons & Dragons") name a generic body."""
    if i < j and _opens(ws, i, j):
        i += 1  # "Like Temple Grandin said", "When the Royal Flying Doctor Service came"
    if i < j and ws[i].low == "the":
        i += 1  # "The Crisis Text Line"
    if ws[i].low in generic_firsts() and (
        " ".join(text[ws[i].start : ws[j].end].lower().split()) in GENERIC_ORGANIZATIONS
    ):
        return True
    # "ASIST and Mental Health First Aid courses": generic bodies or courses joined by "and"
    joins = [k for k in range(i + 1, j) if ws[k].low == "and"]
    if not joins:
        return False
    parts = zip((i, *(k + 1 for k in joins)), (*(k - 1 for k in joins), j), strict=True)
    return all(
        (a == b and ws[a].text in NON_ORG_ACRONYMS)
        or " ".join(text[ws[a].start : ws[b].end].lower().split()) in GENERIC_ORGANIZATIONS
        for a, b in parts
    )


#: A word after the Irish article ("na", "an") in a name: capitalised, its first consonant
#: often softened ("Chnoic") or a "t-" before it ("an tSolais", "an t-Oileáin").
_GAELIC_AFTER_ARTICLE = re.compile(r"[A-ZÁÉÍÓÚ][\wáéíóú'\u2019]+|[th]-?[A-ZÁÉÍÓÚ]\w+")


#: The ends of a programme's name, after the people it serves: "Danforth Youth Link".
_PROGRAMME_ENDS = frozenset({"link", "links", "pathways", "pathway", "path"})
_PROGRAMME_OF = frozenset({"youth", "family", "families", "community", "carers", "women's"})
_PROGRAMME_OF |= {"men's", "women\u2019s", "men\u2019s", "peer", "recovery", "wellbeing", "healing"}


#: Words before "Surgery" that make it an operation or a department: "Open Heart Surgery".
_OPERATED = frozenset(
    {"heart", "knee", "hip", "brain", "back", "spine", "spinal", "eye", "cardiac", "plastic"}
    | {"general", "day", "oral", "dental", "bypass", "bariatric", "gastric", "shoulder", "hand"}
    | {"foot", "ankle", "neck", "cosmetic", "elective", "emergency", "vascular", "orthopaedic"}
    | {"orthopedic", "weight", "loss", "cataract", "cancer", "breast", "lung", "colorectal"}
    | {"top", "bottom", "affirming", "gender", "mouth", "tooth", "wisdom", "jaw", "laser"}
)
#: Tails of a body's name that are everyday words too ("Debt Advice", "Online Talking
#: Therapies"): a name only with a word that is no English word ("Kirklees Money Advice").
_WEAK_TAILS = frozenset({"advice", "therapies"})
#: Churches' denominations, facility nouns when they end a name ("First Baptist").
_DENOMINATIONS = frozenset({"baptist", "methodist", "pentecostal", "lutheran", "presbyterian"})


def _facility(run: Sequence[Word]) -> bool:
    """Tell whether a capitalised run names a facility ("Riverside Community Hospital")."""
    lows = [x.low for x in run]
    distinctive = [x for x in run if x.low not in GENERIC_FACILITY and x.low not in FUNCTION_WORDS]
    if not distinctive:
        return False
    if lows[-1] in _GATHERING_NOUNS and not any(x in FACILITY_NOUNS for x in lows[:-1]):
        # "Macquarie River Ranger Group", "Abundant Grace Assembly"; not "a Facebook Group",
        # "Morning Assembly": two words before it, or one that no English has
        return len(distinctive) >= 2 or any(not x.flags & ENGLISH for x in distinctive)
    return (
        # a church's denomination, not before a people: "Grace Presbyterian", "Presbyterian
        # Support Otago" (not "a Presbyterian Pākehā bloke")
        any(
            x in FACILITY_NOUNS
            and not (
                x in _DENOMINATIONS and k + 1 < len(lows) and lows[k + 1] in LANGUAGES_AND_PEOPLES
            )
            for k, x in enumerate(lows)
        )
        # "Hope House", "Qaujimajavut Talk Line"; not "the Talk Line" alone
        or (
            lows[-1] in WEAK_FACILITY_NOUNS
            and any(x in TREATMENT_WORDS for x in lows[:-1])
            and any(
                x not in _LINE_WORDS and x not in FUNCTION_WORDS and x not in _REACH_VERBS
                for x in lows[:-1]
            )
        )
        # "Hollybrook House": a word of no list before "House", "Lodge" or "Manor"
        or (
            lows[-1] in WEAK_FACILITY_NOUNS
            and len(run) == 2
            and run[0].cap
            and not run[0].flags & (LISTED | ENGLISH)
        )
        or lows[-1] in SCHOOL_ENDINGS
        or lows[-2:] == ["credit", "union"]  # "Thistlewood Community Credit Union"
        # a programme's name: "Danforth Youth Link", "Gadigal Youth Pathways"; no link to click
        or (len(lows) >= 3 and lows[-1] in _PROGRAMME_ENDS and lows[-2] in _PROGRAMME_OF)
        or any(x.gap == " & " for x in run[1:])
        or lows[0] in FACILITY_WORDS_BEFORE
        # "Ridgeview Adolescent Behavioral": no facility noun, but a word only a name has.
        or (lows[-1] in FACILITY_ADJECTIVES and any(not x.flags & WORD for x in distinctive))
    )


#: What before a people and a denomination says they describe someone: "She's Norwegian
#: Lutheran", "a Nigerian Pentecostal church".
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?:a|an|is|was|are|were|am|be|up|raised|very|born|devout|proud|lifelong)"
    r"|['\u2019]s|['\u2019]re|,)\s+$"
)


def _faith_described(text: str, run: Sequence[Word]) -> bool:
    """
    Tell whether a people and a denomination describe someone's faith, and name no church.

    "She's 92, Norwegian Lutheran to her bones", "a Nigerian Pentecostal church"; not "She goes
    to Korean Presbyterian on Elm Street".
    """
    k = 0
    while k < len(run) - 1 and run[k].low in PRONOUNS:
        k += 1  # "She's Norwegian Lutheran": the run read from the sentence's start
    lows = [x.low for x in run[k:]]
    if lows[-1] not in _DENOMINATIONS or not all(y in LANGUAGES_AND_PEOPLES for y in lows[:-1]):
        return False
    start = run[k].start
    before = text[max(0, start - 12) : start]
    # after a comma that follows an age or a description: "She's 92, Norwegian Lutheran"
    return _DESCRIBED_BEFORE.search(before) is not None or before.rstrip().endswith(
        tuple(f"{d}," for d in "0123456789")
    )


def _business_after(ws: tuple[Word, ...], k: int) -> bool:
    """
    Tell whether a business's name goes on after the possessive at word *k*.

    "Sunny's Auto & Tire": capitalised words after it, with an ampersand or a facility noun.
    """
    for x in range(k + 1, min(k + 4, len(ws))):
        nxt = ws[x]
        if not (nxt.cap and (is_space_gap(nxt.gap) or nxt.gap == " & ")):
            return False
        if nxt.gap == " & " or nxt.low in FACILITY_NOUNS:
            return True
    return False


_APPOSITION_DETERMINERS = frozenset({"our", "my", "the", "a", "an", "their", "his", "her"})
_KIND_BEFORE = frozenset({"a", "an", "our", "the"})
_STOPS_KIND = frozenset({"of", "at", "in", "for", "from", "with", "to", "who", "that"})


def _named_facility(text: str, ws: tuple[Word, ...], i: int, j: int) -> bool:  # noqa: PLR0911 - one test per return
    """
    Tell whether words *i* to *j* name a facility that the words beside them say is one.

    "our shelter, Marigold House, ..." (the kind before, the name in commas) and "The
    Landing, a youth drop-in" (the kind after a comma and "a").
    """
    w = ws[i]
    if not w.cap or w.low.removesuffix("s") in WEEKDAYS:  # "her church on Sundays, a ..."
        return False
    if " ".join(x.low for x in ws[i : j + 1]) in lexicon().regions_lower:
        return False  # "at a senior center, New Mexico.": a state, no facility's name
    after = text[ws[j].end : ws[j].end + 2]
    closed = after[:1] in {",", ".", ")"} or after == " ("
    if (
        w.gap == ", "
        and closed
        and i >= 2
        and ws[i - 1].low in FACILITY_KINDS
        and not (ws[i - 1].low == "home" and ws[i - 2].low in {"back", "at", "from"})
        # "Our charity, Second Kettle,": a name of common words, in commas after its kind
        and not (w.flags & (GENERIC | TITLE | REGION) or (j == i and w.flags & STOP))
        # "our shelter,", "a supported employment mob,"
        and any(ws[k].low in _APPOSITION_DETERMINERS for k in range(max(0, i - 4), i - 1))
        and not _all_generic(ws, i, j)
    ):
        return True
    if (
        (w.flags & (STOP | GENERIC | TITLE | REGION) and w.low != "the")
        # "Look, a bank card", "Medication, a men's group, ...": a sentence's first English
        # word, a thing of a list
        or (w.initial and j == i and w.flags & (COMMON | WORD))
    ):
        return False
    if after[:1] != "," or j + 2 >= len(ws) or ws[j + 1].low not in _KIND_BEFORE:
        return False
    for x in range(j + 2, min(j + 5, len(ws))):
        if not CLAUSE_STOPS.isdisjoint(ws[x].gap) or ws[x].low in _STOPS_KIND:
            return False
        if ws[x].low in FACILITY_KINDS:
            return not _all_generic(ws, i, j)  # "the Crisis Line, the ...": no name of its own
    return False


def _all_generic(ws: tuple[Word, ...], i: int, j: int) -> bool:
    """Tell whether every word from *i* to *j* is a generic facility's ("Crisis Line")."""
    return all(x.low in GENERIC_FACILITY for x in ws[i : j + 1])


def _end_with_possessive(text: str, w: Word) -> int:
    if w.possessive and text[w.end : w.end + 2] in {"'s", "\u2019s"}:
        return w.end + 2
    return w.end


def detectors() -> list[OrganizationDetector]:
    """
    Build the detector of organisations.

    Returns:
        The ``organization`` detector.
    """
    return [OrganizationDetector()]
