"""
A learned second look at capitalised words: a linear model of word shapes and contexts.

Detector: ``learned``. The rules of :mod:`._names`, :mod:`._places` and
:mod:`._organizations` find a name by a cue, a list or a shape they know; a name of no list in
a plain position ("we drove out past Kettlewick") escapes them all. This detector scores each
capitalised word of English text that they left with a multinomial logistic regression over
the word's shape, its endings, what the word lists say of it, the words around it and how the
same word is written elsewhere in the text, and flags it as a name, a place or an
organisation when the model gives it a probability of at least :data:`THRESHOLD`.

The weights (``data/learned_words.bin``) are fitted by ``scripts/train_word_model.py`` on the
labelled evaluation sets that the docs report as read, never on those kept unread, so that
the unread sets still measure text the engine has not met. The model learns what holds for
people, places and bodies it has never seen: the names in its training text are invented.
"""

from __future__ import annotations

import array
import functools
import math
import sys
from typing import TYPE_CHECKING, ClassVar

import attrs

from rewardkit.story import PhiCategory

from ._language import is_english_tag, text_reads_as_english
from ._lexicon import STOP, _data
from ._model import Detection, trusted_detection
from ._words import Word, generic_runs, words

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = [
    "CATEGORIES",
    "THRESHOLD",
    "WEIGHTS_FILE",
    "WEIGHTS_HEADER",
    "LearnedDetector",
    "candidate",
    "detectors",
    "document",
    "features",
    "looked_at",
    "scored",
]

#: The categories the model tells apart from "no identifier", in the weights' column order.
CATEGORIES = (PhiCategory.NAME, PhiCategory.LOCATION, PhiCategory.ORGANIZATION)
#: The probability that a word is part of an identifier from which it is flagged.
THRESHOLD = 0.9
#: The weights' file in the package's data folder.
WEIGHTS_FILE = "learned_words.bin"
#: The first bytes of the weights file.
WEIGHTS_HEADER = b"rewardkit learned words 1"

_SHAPES: dict[str, str] = {}
_SHAPES_LIMIT = 100_000


def _shape(text: str) -> str:
    """Return a word's shape: capitals ``X``, small letters ``x``, runs cut at two."""
    shape = _SHAPES.get(text)
    if shape is None:
        out: list[str] = []
        for ch in text:
            c = ("X" if ch.isupper() else "x") if ch.isalpha() else "d" if ch.isdigit() else ch
            if len(out) < 2 or not (out[-1] == c and out[-2] == c):
                out.append(c)
        shape = "".join(out)
        if len(_SHAPES) >= _SHAPES_LIMIT:
            _SHAPES.clear()
        _SHAPES[text] = shape
    return shape


def _marks(gap: str) -> str:
    """Return the marks of a gap between words, without its spaces and line breaks."""
    return "".join(gap.split()) if gap != " " else ""


def _gap_features(gap: str) -> tuple[str, str]:
    """Return the features a gap gives the word after it and the word before it."""
    marks = _marks(gap)
    return "gap=" + marks[-2:], "ngap=" + marks[:2]


def _pair_features(low: str, case: str) -> tuple[str, str]:
    """Return the features a word gives a word of *case* just after it and just before it."""
    return f"p1|sh={low}|{case}", f"n1|sh={low}|{case}"


def _case(w: Word) -> str:
    return "C" if w.cap else "U" if w.upper else "l"


def candidate(w: Word) -> bool:
    """Tell whether the model is fitted on a word: capitalised or all capitals, no stop word."""
    return (w.cap or w.upper) and not w.flags & STOP


def looked_at(w: Word) -> bool:
    """
    Tell whether the detector scores a word: a candidate, capitalised, of two letters or more.

    Words in capitals are left to the rules: a shout (``HOPE IS REAL``) reads as names to the
    model, and the rules know the names written in capitals (after a cue, before a surname).
    """
    return w.cap and not w.flags & STOP and len(w.text) > 1


def document(ws: tuple[Word, ...]) -> tuple[frozenset[str], dict[str, int]]:
    """
    Return what the model asks of the whole text.

    Returns:
        The words written small somewhere in the text, and how many times each word is
        capitalised in mid-sentence.
    """
    small = frozenset(w.low for w in ws if not (w.cap or w.upper))
    capitalised: dict[str, int] = {}
    for w in ws:
        if (w.cap or w.upper) and not w.initial:
            capitalised[w.low] = capitalised.get(w.low, 0) + 1
    return small, capitalised


def _own(w: Word) -> list[str]:
    """Return the features of a word as written: shape, endings, lists, case, place."""
    low = w.low
    f = [
        "b",
        "sh=" + _shape(w.text),
        "w=" + low,
        "s3=" + low[-3:],
        "s2=" + low[-2:],
        "pre=" + low[:3],
        _case(w),
        "len=" + str(min(len(w.text), 12)),
        f"init|fl={int(w.initial)}{w.flags & 15}",
    ]
    flags = w.flags
    bit = 0
    while flags >> bit:
        if flags >> bit & 1:
            f.append(f"fl{bit}")
        bit += 1
    if w.initial:
        f.append("init")
    if w.possessive:
        f.append("poss")
    return f


# The neighbours a word's features look at: offset, name, whether the neighbour's case counts
# and whether a missing neighbour (the text's start or end) is a feature.
_NEIGHBOURS = ((-1, "p1", True), (-2, "p2", True), (1, "n1", True), (2, "n2", True))
_FAR_NEIGHBOURS = ((-3, "p3"), (3, "n3"))


def _as_neighbour(name: str, w: Word, *, with_case: bool) -> list[str]:
    """Return the features a word gives the word it stands *name* of (``p1``: just before)."""
    f = [f"{name}={w.low}"]
    if with_case:
        f.append(f"{name}c={_case(w)}")
    return f


def features(ws: tuple[Word, ...], i: int, doc: tuple[frozenset[str], dict[str, int]]) -> list[str]:
    """
    Return the features of the *i*-th word: its shape and endings, its lists, its neighbours.

    Args:
        ws: The text's words.
        i: The word's index.
        doc: What :func:`document` returned for the text.
    """
    w = ws[i]
    case = _case(w)
    f = _own(w)
    f.append(_gap_features(w.gap)[0])
    n = len(ws)
    for k, name, with_case in _NEIGHBOURS:
        j = i + k
        f.extend(_as_neighbour(name, ws[j], with_case=with_case) if 0 <= j < n else [f"{name}=<>"])
    for k, name in _FAR_NEIGHBOURS:
        j = i + k
        if 0 <= j < n:
            f.extend(_as_neighbour(name, ws[j], with_case=False))
    if i:
        f.append(_pair_features(ws[i - 1].low, case)[0])
    if i + 1 < n:
        f.append(_gap_features(ws[i + 1].gap)[1])
        f.append(_pair_features(ws[i + 1].low, case)[1])
    f.extend(_in_document(w, doc))
    return f


def _in_document(w: Word, doc: tuple[frozenset[str], dict[str, int]]) -> list[str]:
    """Return what the rest of the text says of the word: written small, capitalised."""
    small, capitalised = doc
    f = []
    if w.low in small:
        f.append("lowelse")
    if capitalised.get(w.low, 0) > (0 if w.initial else 1):
        f.append("capelse|init" if w.initial else "capelse")
    return f


_Vector = tuple[float, float, float]
_ZERO: _Vector = (0.0, 0.0, 0.0)


@functools.cache
def _weights() -> tuple[_Vector, dict[str, _Vector]]:
    """
    Read the model: the intercepts, and each feature's weights, one per category.

    The file is a header line, the features' names one a line (the first, empty, stands for
    the intercepts), a NUL byte, then three little-endian 32-bit floats a feature, in the
    order of :data:`CATEGORIES`: read in a few milliseconds.
    """
    raw = _data().joinpath(WEIGHTS_FILE).read_bytes()
    header, _, rest = raw.partition(b"\n")
    if not header.startswith(WEIGHTS_HEADER):
        msg = f"{WEIGHTS_FILE} is no weights file of this version"
        raise ValueError(msg)
    names, _, packed = rest.partition(b"\0")
    values = array.array("f")
    values.frombytes(packed)
    if sys.byteorder != "little":
        values.byteswap()
    it = iter(values)
    table: dict[str, _Vector] = dict(
        zip(names.decode("utf-8").split("\n"), zip(it, it, it, strict=True), strict=True)
    )
    bias = table.pop("")
    return bias, table


def _total(names: list[str], table: dict[str, _Vector]) -> _Vector:
    """Return the sum of the features' weights."""
    a = b = c = 0.0
    for name in names:
        v = table.get(name)
        if v is not None:
            a += v[0]
            b += v[1]
            c += v[2]
    return (a, b, c)


class _Scorer:
    """
    Sum a word's weights from parts cached across texts.

    The parts are the word as written, each neighbour at each place and each gap: the same
    sums as over :func:`features`, with no string built for a part met before.
    """

    __slots__ = ("bias", "gaps", "neighbours", "own", "pairs", "table")

    _LIMIT = 100_000

    def __init__(self) -> None:
        self.bias, self.table = _weights()
        self.own: dict[tuple[str, int, bool, bool], _Vector] = {}
        # A word as a neighbour: its sums at p1, p2, n1, n2, p3, n3.
        self.neighbours: dict[tuple[str, str], tuple[_Vector, ...]] = {}
        # A word just before and just after a candidate of each case.
        self.pairs: dict[tuple[str, str], tuple[_Vector, _Vector]] = {}
        self.gaps: dict[str, tuple[_Vector, _Vector]] = {}

    def _cached_own(self, w: Word) -> _Vector:
        key = (w.text, w.flags, w.initial, w.possessive)
        v = self.own.get(key)
        if v is None:
            if len(self.own) >= self._LIMIT:
                self.own.clear()
            v = self.own[key] = _total(_own(w), self.table)
        return v

    def _cached_neighbour(self, w: Word) -> tuple[_Vector, ...]:
        key = (w.low, _case(w))
        v = self.neighbours.get(key)
        if v is None:
            if len(self.neighbours) >= self._LIMIT:
                self.neighbours.clear()
            t = self.table
            v = self.neighbours[key] = tuple(
                _total(_as_neighbour(name, w, with_case=with_case), t)
                for _, name, with_case in _NEIGHBOURS
            ) + tuple(
                _total(_as_neighbour(name, w, with_case=False), t) for _, name in _FAR_NEIGHBOURS
            )
        return v

    def _cached_pair(self, low: str, case: str) -> tuple[_Vector, _Vector]:
        key = (low, case)
        v = self.pairs.get(key)
        if v is None:
            if len(self.pairs) >= self._LIMIT:
                self.pairs.clear()
            t = self.table
            before, after = _pair_features(low, case)
            v = self.pairs[key] = (_total([before], t), _total([after], t))
        return v

    def _cached_gap(self, gap: str) -> tuple[_Vector, _Vector]:
        v = self.gaps.get(gap)
        if v is None:
            if len(self.gaps) >= self._LIMIT:
                self.gaps.clear()
            t = self.table
            here, after = _gap_features(gap)
            v = self.gaps[gap] = (_total([here], t), _total([after], t))
        return v

    def __call__(
        self, ws: tuple[Word, ...], i: int, doc: tuple[frozenset[str], dict[str, int]]
    ) -> _Vector:
        """Return the *i*-th word's log-odds of each category against no identifier."""
        w = ws[i]
        case = _case(w)
        parts = [self.bias, self._cached_own(w), self._cached_gap(w.gap)[0]]
        n = len(ws)
        for slot, (k, name, _) in enumerate(_NEIGHBOURS):
            j = i + k
            if 0 <= j < n:
                parts.append(self._cached_neighbour(ws[j])[slot])
            else:
                parts.append(_total([f"{name}=<>"], self.table))
        for slot, (k, _) in enumerate(_FAR_NEIGHBOURS, len(_NEIGHBOURS)):
            j = i + k
            if 0 <= j < n:
                parts.append(self._cached_neighbour(ws[j])[slot])
        if i:
            parts.append(self._cached_pair(ws[i - 1].low, case)[0])
        if i + 1 < n:
            parts.append(self._cached_gap(ws[i + 1].gap)[1])
            parts.append(self._cached_pair(ws[i + 1].low, case)[1])
        parts.append(_total(_in_document(w, doc), self.table))
        return (
            sum(v[0] for v in parts),
            sum(v[1] for v in parts),
            sum(v[2] for v in parts),
        )


@functools.cache
def _scorer() -> _Scorer:
    return _Scorer()


def scored(
    ws: tuple[Word, ...], i: int, doc: tuple[frozenset[str], dict[str, int]]
) -> tuple[float, PhiCategory]:
    """
    Score the *i*-th word.

    Returns:
        The probability that the word is part of a name, place or organisation, and the most
        likely of the three.
    """
    z = _scorer()(ws, i, doc)
    # The scores are log-odds against "no identifier"; capped, so that exp never overflows.
    odds = [math.exp(min(v, 50.0)) for v in z]
    total = sum(odds)
    best = max(range(len(CATEGORIES)), key=odds.__getitem__)
    return total / (1.0 + total), CATEGORIES[best]


@attrs.frozen
class LearnedDetector:
    """
    Find names, places and organisations that no rule knows, by a learned model of words.

    Each capitalised word of English text that the other detectors left (of two letters or
    more, no stop word, not written in capitals) is scored by a multinomial logistic
    regression over its shape, endings, lists and neighbours; a word scored at least
    :data:`THRESHOLD` is flagged as the most likely of :data:`CATEGORIES`. Text in another
    language is left alone, as by the name rules.

    .. versionadded:: 0.2.0
    """

    name: str = "learned"
    #: The text's language (a BCP 47 tag) when known: the model runs only on English text
    #: (and text whose language is unknown but reads as English).
    language: str | None = attrs.field(default=None, kw_only=True)

    #: Run after the other detectors, on the words they left (:func:`~rewardkit.deid.scan`
    #: calls :meth:`detect_beside` with the spans they found).
    second_look: ClassVar[bool] = True

    def detect(self, text: str) -> Iterator[Detection]:
        """
        Find the words of *text* that the model takes for identifiers.

        Args:
            text: The text to scan.

        Yields:
            One detection per word.
        """
        return self.detect_beside(text, ())

    def detect_beside(self, text: str, taken: Sequence[tuple[int, int]]) -> Iterator[Detection]:
        """
        Find the words of *text* outside the *taken* spans that the model takes for identifiers.

        Args:
            text: The text to scan.
            taken: Spans other detectors found, sorted by start: a word that overlaps one is
                not looked at.

        Yields:
            One detection per word.
        """
        if not (is_english_tag(self.language) and text_reads_as_english(text)):
            return
        ws = words(text)
        doc: tuple[frozenset[str], dict[str, int]] | None = None
        # Public figures and bodies everyone knows, named in full ("Frida Kahlo") and by the
        # surname again, are the rules' to judge: a client who shares the name is found by
        # them.
        generic, generic_last = generic_runs(text)
        k = 0  # the first taken span that may overlap the word
        n_taken = len(taken)
        for i, w in enumerate(ws):
            while k < n_taken and taken[k][1] <= w.start:
                k += 1
            if k < n_taken and taken[k][0] < w.end:
                continue
            if not looked_at(w) or i in generic or w.key in generic_last:
                continue
            if doc is None:
                doc = document(ws)
            p, category = scored(ws, i, doc)
            if p >= THRESHOLD:
                yield trusted_detection(
                    w.start, w.end, category, round(p, 3), self.name, "a learned model of words"
                )


def detectors() -> list[LearnedDetector]:
    """
    Build the learned detector.

    Returns:
        The ``learned`` detector.
    """
    return [LearnedDetector()]
