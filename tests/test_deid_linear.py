"""
Every detector runs in time linear in the text's length, on texts made to defeat it.

Each adversarial text of ``benchmarks/deid_throughput.py`` (1 MB: one huge word, base64,
runs of capitalised words and syllables, repeated cue words, a million spaces, deep
punctuation, long numbers, e-mail-like and URL-like runs) is scanned in a fresh interpreter
(so that coverage tracing does not slow it), and so is a story made of it validated (the
content-warning patterns), each timed in processor seconds (which a busy machine inflates
less than wall-clock time). A linear engine takes two or three seconds on the slowest of
them on a slow machine; the bound leaves a wide margin, and a pattern or loop that is
quadratic in any of these runs takes hours on 1 MB, not seconds.
"""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
SIZE = 1_000_000
BOUND = 20.0  # seconds for 1 MB

sys.path.insert(0, str(BENCH))
try:
    from deid_throughput import adversarial_texts
finally:
    sys.path.remove(str(BENCH))

NAMES = list(adversarial_texts(100))

CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from deid_throughput import adversarial_texts
import rewardkit as rk
from rewardkit.deid import scan

text = adversarial_texts(int(sys.argv[2]))[sys.argv[3]]
scan("Dr. Patel called 555-201-3344 on March 14, 2023 from Zanesville, OH 43701.")
start = time.process_time()
found = scan(text)
scanned = time.process_time() - start
story = rk.Story(
    id="adversarial",
    text=text if text.strip() else text + "x",
    source=rk.Source(platform="forum"),
    deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
)
start = time.process_time()
rk.validate(story)
validated = time.process_time() - start
print(json.dumps({"scan": scanned, "validate": validated, "found": len(found)}))
"""


def test_the_texts_are_as_long_as_asked():
    texts = adversarial_texts(SIZE)
    assert {len(t) for t in texts.values()} == {SIZE}
    assert adversarial_texts(SIZE) == texts  # seeded: the same texts every run


@pytest.mark.parametrize("name", NAMES)
def test_scanning_an_adversarial_megabyte_takes_seconds(name):
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(BENCH), str(SIZE), name],
        capture_output=True,
        text=True,
        check=True,
        timeout=3 * BOUND + 30,
    )
    times = json.loads(out.stdout)
    assert times["scan"] < BOUND, (name, times)
    assert times["validate"] < BOUND, (name, times)


# The word rules of names, places and organisations (cues, quotes, greetings, commas, ages,
# particles, decomposed accents) and the pass that finds every occurrence again: 1 MB texts
# made of each, with names that are all different (so that the seeds of the every-occurrence
# pass grow with the text) or all the same (so that one seed matches everywhere).


def name_texts(size: int) -> dict[str, str]:
    """Return adversarial texts of *size* characters for the word rules, seeded."""
    rng = random.Random(14)  # noqa: S311 - test data, not secrets
    names = [
        rng.choice("BCDFGHJKLMNPRSTVWZ")
        + rng.choice("aeiou")
        + rng.choice("bcdfgklmnprstvz")
        + rng.choice("aeiou")
        + rng.choice(["", "n", "sh", "th"])
        for _ in range(size // 4)
    ]

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    def fill_from(parts: Iterator[str]) -> str:
        out: list[str] = []
        n = 0
        for part in parts:
            out.append(part)
            n += len(part)
            if n >= size:
                break
        return fill("".join(out))

    triples = zip(names, names[1:], names[2:], strict=False)
    return {
        "said-distinct-names": fill_from(f"said {n}. " for n in names),
        "nicknames-in-quotes": fill_from(f'{a} "{b}" {c} ' for a, b, c in triples),
        "greetings-and-sign-offs": fill_from(
            f"Hi {a},\n\u2014 {b}\nThanks, {c}\n"
            for a, b, c in zip(names, names[1:], names[2:], strict=False)
        ),
        "decomposed-accents": fill("Zoe\u0308 "),
        "one-long-combining-run": "e" + "\u0308" * (size - 1),
        "one-name-everywhere": fill("My client Sarah Okonkwo. Sarah, SARAH and Okonkwo's. "),
        "one-given-name-many-surnames": fill_from(f"my client Sarah {n}, " for n in names),
        "particles-and-kunyas": fill("Umm Ó Ní bin al de la "),
        "appositions-and-ages": fill_from(
            f"my client, {a}, 15, my niece, {b} (9), " for a, b in itertools.pairwise(names)
        ),
        "capitalised-and-lowercase-pairs": fill_from(f"{a} {a.lower()} " for a in names),
    }


NAME_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from test_deid_linear import name_texts
from rewardkit.deid import scan

text = name_texts(int(sys.argv[2]))[sys.argv[3]]
scan("My client Sarah Okonkwo called.")
start = time.process_time()
found = scan(text)
print(json.dumps({"scan": time.process_time() - start, "found": len(found)}))
"""


def test_the_name_texts_are_as_long_as_asked():
    texts = name_texts(SIZE)
    assert {len(t) for t in texts.values()} == {SIZE}
    assert name_texts(SIZE) == texts


@pytest.mark.parametrize("name", list(name_texts(100)))
def test_scanning_a_megabyte_of_names_takes_seconds(name):
    out = subprocess.run(
        [sys.executable, "-c", NAME_CHILD, str(Path(__file__).parent), str(SIZE), name],
        capture_output=True,
        text=True,
        check=True,
        timeout=3 * BOUND + 30,
    )
    times = json.loads(out.stdout)
    assert times["scan"] < BOUND, (name, times)
