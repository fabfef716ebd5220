"""
Measure how many posts per second ``rewardkit.deid`` scans and redacts on one core.

Three kinds of text:

- the labelled evaluation posts (``tests/deid_eval/posts.jsonl``, about 100 characters each,
  nearly every one with an identifier or a number);
- the same posts joined eight at a time (about 800 characters, but as dense with identifiers
  as the short ones, far denser than real posts);
- stories made by ``benchmarks/generate.py`` (seed 7, a third of them with identifiers left
  in clear), cut at the first sentence end after 700 characters: posts of realistic length
  and density (about 800 characters).

It also measures, each in a fresh interpreter, how long the word lists take to load (once
their module is imported) and how long the first scan takes after that (loading the
detectors and compiling the patterns it needs).

Last, it scans adversarial texts of 1 MB each (:func:`adversarial_texts`: one huge word,
base64, runs of capitalised words and syllables, repeated cue words, a million spaces, deep
punctuation, long numbers, e-mail-like and URL-like runs) and reports the slowest in seconds
per MB of processor time: every detector runs in time linear in the text's length, and this
is the constant.
``tests/test_deid_linear.py`` holds each of these texts to a generous bound. Run from the
repository root::

    python benchmarks/deid_throughput.py [--seconds 5] [--adversarial-size 1000000]
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from rewardkit.deid import redact, scan

HERE = Path(__file__).resolve().parent
POSTS = HERE.parent / "tests" / "deid_eval" / "posts.jsonl"
sys.path.insert(0, str(HERE))

from generate import iter_stories  # noqa: E402 - the generator lives beside this script

COLD = """
import time
from rewardkit.deid._lexicon import is_english, lexicon
t0 = time.perf_counter()
lexicon(); is_english("word")
t1 = time.perf_counter()
from rewardkit.deid import scan
scan("My client Rosalind called from 555-201-3344 on March 14, 2023.")
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def measure(name, fn, texts, seconds):
    n = chars = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            # A fresh string each time, so that no per-text cache helps.
            fn(text + " ")
            n += 1
            chars += len(text)
    elapsed = time.perf_counter() - start
    print(
        f"  {name:7} {n / elapsed:8,.0f} posts/s  {chars / elapsed / 1e6:5.2f} M chars/s  "
        f"(mean post {chars // n} chars)"
    )


def realistic_posts(count=300):
    posts = []
    for story in iter_stories(count, 7, plant=0.3):
        text = story["text"]
        cut = text.find(". ", 700)
        posts.append(text if cut < 0 else text[: cut + 1])
    return posts


def cold_start(runs=5):
    """Return the fastest list load time and first-scan time of *runs* fresh interpreters."""
    best = (float("inf"), float("inf"))
    for _ in range(runs):
        out = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
            [sys.executable, "-c", COLD], capture_output=True, text=True, check=True
        ).stdout.split()
        best = min(best, (float(out[0]), float(out[1])))
    return best


def adversarial_texts(size=1_000_000):
    """
    Return texts of *size* characters that a backtracking pattern or a careless loop would
    take quadratic (or worse) time on, by name.

    Every text is built from a fixed seed, so the same size gives the same texts.
    """
    rng = random.Random(14)

    def fill(unit):
        return (unit * (size // len(unit) + 1))[:size]

    def words(choices):
        return fill(" ".join(rng.choice(choices) for _ in range(size // 4 // len(choices) + 1)))

    syllables = ["Ka", "Lo", "Mi", "Ne", "Ru", "Ta", "Vo", "Zi"]
    return {
        "one huge word": "a" * size,
        "one huge capitalised word": "A" + "b" * (size - 1),
        "capitals": "A" * size,
        "base64": base64.b64encode(rng.randbytes(size)).decode("ascii")[:size],
        "capitalised syllables": fill("".join(rng.choice(syllables) for _ in range(4096))),
        "capitalised words": fill("Maple "),
        "capitalised names, places and street words": words(
            ["Maple", "Street", "St", "Dr", "Hospital", "County", "Sarah", "Calle", "Lindenstraße"]
        ),
        "hyphenated capitals": fill("Ab-"),
        "'my client' repeated": fill("my client "),
        "'named' repeated": fill("named "),
        "'Dr.' repeated": fill("Dr. "),
        "'username on' repeated": fill("username on "),
        "a million spaces": " " * size,
        "newlines": "\n" * size,
        "deep parentheses": "(" * size,
        "dots": "." * size,
        "one long number": "1" * size,
        "digits with separators": fill("1-2-3-4-"),
        "'+' and long numbers": fill(" +" + "1" * 30),
        "'#' and one long number": ("#" + "1" * size)[: size - 1] + "_",
        "month-like word": fill("jan"),
        "e-mail-like": fill("a@"),
        "spelled e-mail-like": ("a(at)b" + fill("-1"))[:size],
        "URL-like": ("http://" + fill("a."))[:size],
        "content-warning-like words": fill("self-kills his own taking her own substance abuse "),
    }


def worst_case(size):
    """
    Scan every adversarial text once; print the time of each and return the slowest.

    The time is the processor time of this process, which other work on the machine does
    not inflate as it does the wall-clock time (on an idle machine they are the same).
    """
    worst_name, worst = "", 0.0
    for name, text in adversarial_texts(size).items():
        start = time.process_time()
        scan(text)
        elapsed = time.process_time() - start
        print(f"  {name:44} {elapsed / size * 1e6:6.2f} s/MB")
        if elapsed > worst:
            worst_name, worst = name, elapsed
    return worst_name, worst


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--adversarial-size", type=int, default=1_000_000)
    args = parser.parse_args()
    lists, first = cold_start()
    print(
        f"loading the word lists: {lists * 1000:.0f} ms; first scan after that: "
        f"{first * 1000:.0f} ms"
    )
    short = [json.loads(line)["text"] for line in POSTS.read_text(encoding="utf-8").splitlines()]
    joined = [" ".join(short[i : i + 8]) for i in range(0, len(short), 8)]
    scan(short[0])
    for label, texts in (
        ("evaluation posts", short),
        ("evaluation posts joined eight at a time", joined),
        ("generated posts of realistic length", realistic_posts()),
    ):
        print(label)
        measure("scan", scan, texts, args.seconds)
        measure("redact", redact, texts, args.seconds)
    size = args.adversarial_size
    print(f"adversarial texts of {size:,} characters (scan, processor time)")
    name, worst = worst_case(size)
    print(f"worst case: {worst / size * 1e6:.2f} s/MB ({name})")


if __name__ == "__main__":
    main()
