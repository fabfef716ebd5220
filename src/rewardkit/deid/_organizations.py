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

from ._language import reads_as_english
from ._lexicon import (
    ABBREVIATED_ORG_WORDS,
    AT_CUES,
    DETERMINERS,
    FACILITY_HEADS,
    FACILITY_NOUNS,
    FUNCTION_WORDS,
    GENERIC_FACILITY,
    GIVEN,
    NAME_CONNECTORS,
    NON_ORG_ACRONYMS,
    NOT_PLACES,
    SAINT_WORDS,
    SCHOOL_ENDINGS,
    TREATMENT_WORDS,
    WEAK_FACILITY_NOUNS,
    lexicon,
)
from ._model import Detection, trusted_detection
from ._words import Word, is_space_gap, run_is_region, words

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["OrganizationDetector", "detectors"]

_AT_CUES_SPACE = tuple(c + " " for c in AT_CUES) + tuple(c + " the " for c in AT_CUES)


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
        if reads_as_english(ws):  # capitals of another language say nothing here
            yield from self._detect(text, ws)

    def _detect(self, text: str, ws: tuple[Word, ...]) -> Iterator[Detection]:
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
                k + 1 < n and ws[k + 1].low in FACILITY_HEADS
            ):
                nxt = ws[k + 1]
                gap_ok = (
                    is_space_gap(nxt.gap)
                    or nxt.gap == " & "
                    or (nxt.gap in {"-", ". "} and ws[k].low in ABBREVIATED_ORG_WORDS)
                )
                if not gap_ok:
                    break
                if nxt.cap or nxt.upper:
                    k += 1
                    j = k
                    continue
                if nxt.low in NAME_CONNECTORS and (
                    k + 2 < n and (ws[k + 2].cap or ws[k + 2].upper) and is_space_gap(ws[k + 2].gap)
                ):
                    k += 1
                    continue
                break
            run = ws[i : j + 1]
            lows = [x.low for x in run]
            start = w.start
            if lows and lows[0] in DETERMINERS:
                start = run[1].start if len(run) > 1 else w.end
            facility = (
                any(x in FACILITY_NOUNS for x in lows)
                or (
                    lows[-1] in WEAK_FACILITY_NOUNS and any(x in TREATMENT_WORDS for x in lows[:-1])
                )
                or lows[-1] in SCHOOL_ENDINGS
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
            if w.low in SAINT_WORDS and j > i:
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
                    and not run_is_region(text, ws, i, j, lexicon())
                    and not w.flags & GIVEN
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
        return trusted_detection(
            start,
            end,
            PhiCategory.ORGANIZATION,
            score,
            self.name,
            reason,
        )


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
