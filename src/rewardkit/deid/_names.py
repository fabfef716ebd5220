"""
Names of people, found from context and from the shipped name lists.

Detector: ``name``. A name is a capitalised word (or, after a strong cue, a lowercase one)
after a title ("Dr. Patel"), a word for a person ("my client Sarah") or a naming cue ("named
Will"), before a family word ("Maria's mom"), set off by commas after a word for a person,
or in the given-name list; it is extended over a following surname, particles and an initial.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from rewardkit.story import PhiCategory

from ._lexicon import (
    EXTENSION_STOP,
    FAMILY_AFTER,
    FUNCTION_WORDS,
    LOWERCASE_PARTICLES,
    NAMING_CUES,
    NAMING_LAST_WORDS,
    NON_ORG_ACRONYMS,
    NOT_NAME_WORDS,
    NOT_NAMES,
    NOT_PLACES,
    PERSON_NOUNS,
    PERSON_VERBS,
    PRONOUNS,
    RELATION_CUES,
    STRONG_RELATION_CUES,
    TITLE_ABBREVIATIONS,
    TITLES,
    VERB_FORMS,
    Lexicon,
    is_english,
    lexicon,
)
from ._model import Detection, trusted_detection
from ._words import Word, facility_follows, in_list, is_space_gap, words

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["NameDetector", "detectors"]

# An initial after a name: "Sarah K." or "Sarah K".
_INITIAL = re.compile(r" ([A-Z])\.?(?![\w'\u2019])")
_CONTRACTION = re.compile(r"['\u2019](?:d|ve|ll|re|m|t)$")
_NAMING_CUE = re.compile(
    "(?:" + "|".join(re.escape(c) for c in NAMING_CUES) + r")\s*$", re.IGNORECASE
)
_CUES_BEFORE = NAMING_LAST_WORDS | TITLES | RELATION_CUES


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
            while j + 1 < n and j - i < 3 and is_space_gap(ws[j + 1].gap) and not ws[j].possessive:
                nxt = ws[j + 1]
                listed = in_list(nxt, lex.last_names) or in_list(nxt, lex.first_names)
                if (
                    nxt.cap
                    and nxt.low not in EXTENSION_STOP
                    and nxt.low not in NOT_NAME_WORDS
                    and (listed or nxt.low not in lex.common_words)
                    and (listed or nxt.low not in lex.regions_lower)
                    and not facility_follows(ws, j + 1)
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
                    and is_space_gap(ws[k].gap)
                    and ws[k].cap
                    and ws[k].low not in EXTENSION_STOP
                    and all(is_space_gap(ws[x].gap) for x in range(j + 1, k))
                ):
                    j = k
                    continue
                break
            end = ws[j].end
            # An initial: "Sarah K." or "Sarah K"
            m = _INITIAL.match(text, end, end + 4)
            if m is not None and not ws[j].possessive:
                end += 2
            yield trusted_detection(
                w.start,
                end,
                PhiCategory.NAME,
                score,
                self.name,
                reason,
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
            and is_space_gap(w.gap[-1:])
            and (_NAMING_CUE.search(text, max(0, w.start - 14), w.start) is not None)
        ) and (
            (w.cap and low not in PRONOUNS)
            or (low in lex.first_names_lower and low not in FUNCTION_WORDS)
        ):
            return 0.9, "after 'named' or 'called'"
        if low in NOT_NAMES:
            return None
        in_first = in_list(w, lex.first_names)
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
            and (is_space_gap(w.gap) or w.gap in {", ", " ("})
        ):
            if (
                w.cap
                and low not in lex.regions_lower
                and low not in TITLES
                and not facility_follows(ws, i)
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
            if facility_follows(ws, i) or _place_word(w, lex) or _in_title(ws, i, lex):
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
            and in_list(w, lex.last_names)
            and low not in lex.name_words
            and low not in lex.regions_lower
            and not facility_follows(ws, i)
            and not _place_word(w, lex)
        ):
            return 0.5, "capitalised and in the surname list"
        # 6. A capitalised word that is no English word, acting as a person.
        if unknown and not facility_follows(ws, i):
            if w.possessive and not w.initial:
                return 0.6, "unknown capitalised word with a possessive"
            if (
                nxt is not None
                and is_space_gap(nxt.gap)
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
            and not (nxt is not None and (nxt.cap or nxt.upper) and is_space_gap(nxt.gap))
        ):
            return 0.55, "a surname in the plural"
        return None


def _in_title(ws: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """Tell whether a name that is also a word follows a capitalised non-name ("Text Line")."""
    w = ws[i]
    if not i or w.low not in lex.name_words or not is_space_gap(w.gap):
        return False
    prev = ws[i - 1]
    return (
        prev.cap
        and not prev.possessive
        and prev.low not in TITLES
        and not in_list(prev, lex.first_names)
        and not in_list(prev, lex.last_names)
    )


def _person_before(ws: tuple[Word, ...], i: int) -> bool:
    """Tell whether a word for a person comes in the few words before word *i*."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if ws[k].low in PERSON_NOUNS:
            return True
        if any(c in ws[k + 1].gap for c in ".!?;:\n"):
            return False
    return False


def _place_word(w: Word, lex: Lexicon) -> bool:
    return w.text in lex.places and w.low in lex.name_words


def detectors() -> list[NameDetector]:
    """
    Build the detector of names.

    Returns:
        The ``name`` detector.
    """
    return [NameDetector()]
