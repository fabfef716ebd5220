"""
Swap the names of labelled posts for invented ones that no list holds.

A detector that learned its names from lists scores well on posts whose names the lists
hold; the names of the posts it will meet are other ones. This module rewrites each labelled
name (a run of letters, apostrophes, hyphens and spaces) word by word with an invented word of
the same case (lower, capitals or capitalised), the same word for the same word within a post,
and drops any invented word that a list of the detectors knows, so that every swapped name is
one they have never met. The spans are moved with the text. Run
``python tests/deid_eval/swap_names.py FILE [SEED]`` to print the figures of a set so swapped.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from rewardkit.deid import _lexicon
from rewardkit.deid.evaluate import LabelledPost, LabelledSpan, evaluate, load_labelled

_ONSETS = [
    "b",
    "d",
    "k",
    "m",
    "n",
    "r",
    "s",
    "t",
    "v",
    "z",
    "l",
    "ch",
    "th",
    "dr",
    "br",
    "kr",
    "ny",
    "mb",
    "nd",
    "j",
    "y",
    "w",
    "h",
    "f",
    "g",
    "p",
    "zh",
    "ts",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "io", "ae", "oa"]
_CODAS = ["", "", "n", "r", "l", "s", "k", "th", "m", "x", "nd"]
_KNOWN = _lexicon.LISTED | _lexicon.ENGLISH | _lexicon.REGION | _lexicon.STOP | _lexicon.TITLE


def invent(rng: random.Random) -> str:
    """Return an invented word of one to three syllables that no list holds."""
    while True:
        syllables = rng.choice((1, 2, 2, 3))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables))
        word += rng.choice(_CODAS)
        word = word.capitalize()
        lex = _lexicon.lexicon()
        if (
            len(word) >= 3
            and not _lexicon.word_flags(word) & _KNOWN
            and word not in lex.places
            and not word.lower().endswith(_lexicon.PEOPLE_ENDINGS)
        ):
            return word


def _shaped(like: str, word: str) -> str:
    if like.islower():
        return word.lower()
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word


def _swappable(value: str) -> bool:
    return all(part.isalpha() for part in value.replace("-", " ").replace("'", " ").split())


def swap(post: LabelledPost, rng: random.Random) -> LabelledPost:
    """Return *post* with each labelled name swapped for invented words."""
    text = post.text
    table: dict[str, str] = {}
    out: list[str] = []
    spans: list[LabelledSpan] = []
    pos = length = 0
    for span in sorted(post.spans, key=lambda s: s.start):
        value = text[span.start : span.end]
        if span.category.value == "NAME" and _swappable(value):
            parts = []
            for word in value.split(" "):
                key = word.casefold()
                if key not in table:
                    table[key] = invent(rng)
                parts.append(_shaped(word, table[key]))
            value = " ".join(parts)
        gap = text[pos : span.start]
        out.extend((gap, value))
        start = length + len(gap)
        spans.append(LabelledSpan(start=start, end=start + len(value), category=span.category))
        length = start + len(value)
        pos = span.end
    out.append(text[pos:])
    return LabelledPost(id=post.id, text="".join(out), spans=spans)


def swapped(path: str | Path, seed: int) -> list[LabelledPost]:
    """Return the labelled posts of *path* with their names swapped (the same for a seed)."""
    rng = random.Random(seed)  # noqa: S311 - invented names, no secret
    return [swap(post, rng) for post in load_labelled(path)]


#: The categories of numbers whose digits :func:`swap_numbers` swaps.
NUMBER_CATEGORIES = frozenset(
    {"ZIP", "PHONE", "FAX", "SSN", "MRN", "ACCOUNT_NUMBER", "HEALTH_PLAN_ID"}
    | {"LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "OTHER_ID"}
)


def swap_numbers(post: LabelledPost, rng: random.Random) -> LabelledPost:
    """
    Return *post* with the digits of each labelled number swapped, its shape kept.

    The first digit stays (the first three after a leading "0", "+" or "1-": a trunk prefix
    or a country's code and what follows), so that the number keeps its country's form; the
    same number is swapped the same way within a post. Letters, separators and lengths stay,
    so the spans do not move.
    """
    text = list(post.text)
    table: dict[str, str] = {}
    for span in post.spans:
        if span.category.value not in NUMBER_CATEGORIES:
            continue
        value = post.text[span.start : span.end]
        if value not in table:
            kept = 3 if value.startswith(("0", "+", "1-", "1 ")) else 1
            seen = 0
            out = []
            for c in value:
                if c.isdigit():
                    seen += 1
                    out.append(c if seen <= kept else str(rng.randrange(10)))
                else:
                    out.append(c)
            table[value] = "".join(out)
        text[span.start : span.end] = table[value]
    return LabelledPost(id=post.id, text="".join(text), spans=post.spans)


def swapped_numbers(path: str | Path, seed: int) -> list[LabelledPost]:
    """Return the labelled posts of *path* with their numbers' digits swapped."""
    rng = random.Random(seed)  # noqa: S311 - invented digits, no secret
    return [swap_numbers(post, rng) for post in load_labelled(path)]


if __name__ == "__main__":
    posts = swapped(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    sys.stdout.write(evaluate(posts).summary() + "\n")
