"""
Measure how many posts per second ``rewardkit.deid`` scans and redacts on one core.

Uses the labelled evaluation posts (``tests/deid_eval/posts.jsonl``, short posts of about 100
characters) and, to show the cost on longer text, the same posts joined eight at a time (about
800 characters, a typical Reddit post). One warm-up pass loads the word lists first. Run from
the repository root::

    python benchmarks/deid_throughput.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rewardkit.deid import redact, scan

HERE = Path(__file__).resolve().parent
POSTS = HERE.parent / "tests" / "deid_eval" / "posts.jsonl"


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    short = [json.loads(line)["text"] for line in POSTS.read_text(encoding="utf-8").splitlines()]
    long = [" ".join(short[i : i + 8]) for i in range(0, len(short), 8)]
    t0 = time.perf_counter()
    scan(short[0])
    print(f"loading the word lists: {time.perf_counter() - t0:.2f} s")
    for label, texts in (("evaluation posts", short), ("joined eight at a time", long)):
        print(label)
        measure("scan", scan, texts, args.seconds)
        measure("redact", redact, texts, args.seconds)


if __name__ == "__main__":
    main()
