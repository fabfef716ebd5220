"""
How long a downstream property test of 100 examples takes with rewardkit's strategies.

Each run is a Hypothesis test of 100 examples whose body is a round trip through JSON (what a
downstream test of a store or an exporter does); the figure is the wall time of the whole test,
Hypothesis included, the median of several runs. ``realistic_stories()`` should take well under a
second; ``stories()`` explores every Unicode edge and costs more.

Usage::

    python benchmarks/strategies.py [--runs 5] [--examples 100]
"""

from __future__ import annotations

import argparse
import statistics
import time

from hypothesis import given, settings

import rewardkit as rk
from rewardkit.testing import realistic_stories, stories


def measure(strategy: object, examples: int, runs: int) -> list[float]:
    """Return the wall time of *runs* property tests of *examples* examples each."""
    times = []
    for _ in range(runs):

        @settings(max_examples=examples, deadline=None, database=None)
        @given(strategy)
        def round_trip(story: rk.Story) -> None:
            if rk.loads(rk.dumps(story)) != story:
                msg = f"{story.id} does not round-trip"
                raise AssertionError(msg)

        start = time.perf_counter()
        round_trip()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--examples", type=int, default=100)
    args = parser.parse_args(argv)
    for name, strategy in (("realistic_stories()", realistic_stories()), ("stories()", stories())):
        times = measure(strategy, args.examples, args.runs)
        print(
            f"{name:22} {args.examples} examples: median {statistics.median(times):.3f} s"
            f" (min {min(times):.3f}, max {max(times):.3f}, {args.runs} runs)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
