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

import json
import subprocess
import sys
from pathlib import Path

import pytest

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
