"""
Measure how many posts per second ``rewardkit.deid.scan`` handles on one core.

Scans the labelled evaluation posts (``tests/deid_eval/posts.jsonl``) repeatedly, after one
warm-up pass that loads the name lists, and prints posts per second and characters per
second. Run from the repository root::

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in POSTS.read_text(encoding="utf-8").splitlines()]
    t0 = time.perf_counter()
    for text in texts:
        scan(text)
    print(f"first pass (loads the lists): {time.perf_counter() - t0:.2f} s")
    for name, fn in (("scan", scan), ("redact", redact)):
        n = chars = 0
        start = time.perf_counter()
        while time.perf_counter() - start < args.seconds:
            for text in texts:
                # A fresh string each time, so that no per-text cache helps.
                fn(text + " ")
                n += 1
                chars += len(text)
        elapsed = time.perf_counter() - start
        print(
            f"{name}: {n / elapsed:,.0f} posts/s, {chars / elapsed / 1e6:.2f} M chars/s "
            f"(mean post {chars // n} chars)"
        )


if __name__ == "__main__":
    main()
