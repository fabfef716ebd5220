"""
An optional detector that runs a spaCy pipeline's named-entity recogniser.

It is never on by default and nothing else needs it: ``pip install 'rewardkit[ner]'``
installs spaCy, an English pipeline is installed apart (spaCy's own models are not on the
package index), and :func:`spacy_detector` makes a detector to register::

    from rewardkit.deid import registry, spacy_detector

    registry.register(spacy_detector("en_core_web_sm"))

The entities it maps are people (``PERSON`` to ``NAME``), places (``GPE``, ``LOC`` and
``FAC`` to ``LOCATION``), organisations (``ORG`` to ``ORGANIZATION``) and dates (``DATE``).
What the rules of SPEC 6 say is no identifier stays out: a date without a day or without a
month and a year ("2019", "last Tuesday"), a state, a country or a larger region, a national
body or clinical acronym used generically ("NAMI", "CBT").
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
from typing import TYPE_CHECKING, Any

from rewardkit.exceptions import DetectorError
from rewardkit.story import PhiCategory

from ._model import Detection, trusted_detection

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping, Sequence

__all__ = ["ENTITY_CATEGORIES", "NOT_NEEDED", "SpacyDetector", "spacy_detector"]

#: The components of spaCy's English pipelines that the entity recogniser does not need.
NOT_NEEDED = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

#: The spaCy entity labels the detector reports, and the category of each.
ENTITY_CATEGORIES: Mapping[str, PhiCategory] = {
    "PERSON": PhiCategory.NAME,
    "GPE": PhiCategory.LOCATION,
    "LOC": PhiCategory.LOCATION,
    "FAC": PhiCategory.LOCATION,
    "ORG": PhiCategory.ORGANIZATION,
    "DATE": PhiCategory.DATE,
}

_NUMERIC_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b")
_DIGIT = re.compile(r"\d")
_EDGES = " \t\n'\"\u2018\u2019\u201c\u201d.,;:!?()[]"
_ARTICLES = ("the ", "The ")


@functools.cache
def _month_word() -> re.Pattern[str]:
    from ._lexicon import MONTHS  # noqa: PLC0415 - the lists load with the first text

    return re.compile(rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE)


def _names_a_day(value: str) -> bool:
    """Tell whether a DATE entity names a day or a month of a year (SPEC 4a)."""
    if _NUMERIC_DATE.search(value):
        return True
    return _month_word().search(value) is not None and _DIGIT.search(value) is not None


@functools.cache
def _not_identifying() -> tuple[frozenset[str], frozenset[str]]:
    """Return the regions (states, countries, larger) and the acronyms used generically."""
    from ._lexicon import NON_ORG_ACRONYMS, lexicon, states  # noqa: PLC0415 - as above

    table = states()
    regions = frozenset(w.casefold() for w in (*table.names, *table.abbreviations))
    return regions | lexicon().regions_lower, NON_ORG_ACRONYMS


def _keep(label: str, value: str) -> bool:
    """Tell whether an entity is an identifier, by the rules the built-in detectors follow."""
    regions, acronyms = _not_identifying()
    if label == "DATE":
        return _names_a_day(value)
    if label in {"GPE", "LOC"}:
        return value.casefold() not in regions
    if label == "ORG":
        return value.upper() not in acronyms and value.casefold() not in regions
    return any(c.isalpha() for c in value)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave spaces, quotes, punctuation and a leading "the" outside the span."""
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    if text.startswith(_ARTICLES, start) and end - start > 4:
        start += 4
    if text.endswith(("'s", "\u2019s"), start, end) and end - start > 2:
        end -= 2
    return start, end


class SpacyDetector:
    """
    A detector that reports the entities a spaCy pipeline finds.

    The pipeline loads on the first text, once per detector (safe across threads). Only the
    entity recogniser's results are read; the pipeline's other parts run as its package
    sets them up.

    Args:
        model: The name of an installed pipeline package (or a path to one).
        name: The detector's name in a :class:`~rewardkit.deid.DetectorRegistry`.
        score: The score of each detection.
        categories: Which entity labels to report, and as what.
        exclude: The pipeline's components not to load (the recogniser needs none of them;
            fewer components, faster scans).
        load: The function that loads a pipeline from its name (``spacy.load`` with
            *exclude* when ``None``).

    .. versionadded:: 0.2.0
    """

    def __init__(  # noqa: PLR0913 - one option each, keywords only
        self,
        model: str = "en_core_web_sm",
        *,
        name: str = "spacy",
        score: float = 0.6,
        categories: Mapping[str, PhiCategory] = ENTITY_CATEGORIES,
        exclude: Sequence[str] = NOT_NEEDED,
        load: Callable[[str], Any] | None = None,
    ) -> None:
        self.model = model
        self.name = name
        self.score = score
        self.categories = dict(categories)
        self.exclude = tuple(exclude)
        self._load = load
        self._nlp: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SpacyDetector(model={self.model!r}, name={self.name!r})"

    def _pipeline(self) -> Any:
        with self._lock:
            if self._nlp is None:
                load = self._load
                if load is None:
                    spacy_load = _spacy_load()
                    exclude = list(self.exclude)

                    def load(model: str) -> Any:
                        return spacy_load(model, exclude=exclude)

                try:
                    self._nlp = load(self.model)
                except OSError:
                    msg = (
                        f"detector {self.name!r}: the spaCy pipeline {self.model!r} is not"
                        " installed (install a pipeline package, then pass its name)"
                    )
                    raise DetectorError(msg) from None
            return self._nlp

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find the entities of *text* that name a person, a place, an organisation or a date.

        Args:
            text: The text to scan.

        Yields:
            One detection per entity kept.

        Raises:
            DetectorError: spaCy or the pipeline is not installed.
        """
        doc = self._pipeline()(text)
        for ent in doc.ents:
            category = self.categories.get(ent.label_)
            if category is None:
                continue
            start, end = _trim(text, ent.start_char, ent.end_char)
            if start >= end or not _keep(ent.label_, text[start:end]):
                continue
            yield trusted_detection(
                start, end, category, self.score, self.name, f"spaCy entity {ent.label_}"
            )


def _spacy_load() -> Callable[..., Any]:
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        msg = "the spaCy detector needs spaCy: pip install 'rewardkit[ner]'"
        raise DetectorError(msg) from None
    load: Callable[..., Any] = spacy.load
    return load


def spacy_detector(model: str = "en_core_web_sm", **options: Any) -> SpacyDetector:
    """
    Make a detector that runs the spaCy pipeline *model* (see :class:`SpacyDetector`).

    Register it to use it in every scan (``registry.register(spacy_detector())``), pass it
    in ``detectors=``, or name this function in your own package's ``rewardkit.detectors``
    entry-point group. spaCy itself is imported when the first text is scanned.

    Args:
        model: The name of an installed spaCy pipeline package.
        options: The keyword arguments of :class:`SpacyDetector`.

    Returns:
        The detector.

    .. versionadded:: 0.2.0
    """
    return SpacyDetector(model, **options)
