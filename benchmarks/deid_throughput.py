"""
Measure how many posts per second ``rewardkit.deid`` scans and redacts on one core.

Three kinds of text:

- the labelled evaluation posts (``tests/deid_eval/posts.jsonl``, about 100 characters each,
  nearly every one with an identifier or a number);
- the same posts joined eight at a time (about 800 characters, but as dense with identifiers
  as the short ones, far denser than real posts);
- stories made by ``benchmarks/generate.py`` (seed 7, a third of them with identifiers left
  in clear), cut at the first sentence end after 700 characters: posts of realistic length
  and density (about 750 characters).

Each figure is the best of several rounds, the kinds and operations taking turns in each
round, in processor time (which other work on a shared machine inflates less) and in
wall-clock time.

It also measures, each in a fresh interpreter, how long the word lists take to load (once
their module is imported) and how long the first scan takes after that (loading the
detectors and compiling the patterns it needs).

It scores the development set ``../shared/phi-dev/`` (``--phi-dev``; skipped when absent):
span recall, full-cover recall and precision (detections merged as redaction merges them)
and posts per second, for the rule engine alone and, with ``--spacy-model NAME`` (an
installed spaCy pipeline; ``rewardkit[ner]``), for the rule engine with the spaCy detector
and for the spaCy detector alone.

Last, it scans adversarial texts of 1 MB each (:func:`adversarial_texts`: one huge word,
base64, runs of capitalised words and syllables, repeated cue words, a million spaces, deep
punctuation, long numbers, e-mail-like and URL-like runs) and reports the slowest in seconds
per MB of processor time: every detector runs in time linear in the text's length, and this
is the constant.
``tests/test_deid_linear.py`` holds each of these texts to a generous bound. Run from the
repository root::

    python benchmarks/deid_throughput.py [--rounds 5] [--adversarial-size 1000000]
        [--adversarial-rounds 2]
        [--phi-dev ../shared/phi-dev] [--spacy-model en_core_web_sm]
"""

from __future__ import annotations

import argparse
import base64
import importlib.metadata
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from rewardkit.deid import builtin_detectors, redact, scan
from rewardkit.deid.evaluate import LabelledPost, LabelledSpan, evaluate

HERE = Path(__file__).resolve().parent
POSTS = HERE.parent / "tests" / "deid_eval" / "posts.jsonl"
PHI_DEV = HERE.parent.parent / "shared" / "phi-dev"
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


def measure(jobs, rounds):
    """
    Run each job of *jobs* (name: (function, texts)) once per round, taking turns.

    Return, per name, the best rates in posts per second: (processor time, wall clock).
    """
    best = {name: (float("inf"), float("inf")) for name in jobs}
    for _ in range(rounds):
        for name, (fn, texts) in jobs.items():
            # Fresh strings each round, so that no per-text cache helps.
            fresh = [text + " " for text in texts]
            cpu, wall = time.process_time(), time.perf_counter()
            for text in fresh:
                fn(text)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            best[name] = (min(best[name][0], cpu), min(best[name][1], wall))
    return {name: (len(jobs[name][1]) / c, len(jobs[name][1]) / w) for name, (c, w) in best.items()}


def report(label, rates, texts):
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"{label} (mean post {chars:,.0f} characters)")
    for op, (cpu, wall) in rates.items():
        print(
            f"  {op:7} {cpu:8,.0f} posts/s processor time  {wall:8,.0f} posts/s wall clock"
            f"  ({cpu * chars / 1e6:4.2f} M characters/s)"
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
        # The same among English function words, so that the text reads as English and the
        # name, place and organisation rules run on it.
        "names and places among English words": words(
            ["Maple", "Street", "and", "the", "Sarah", "in", "Dr", "of", "Hospital", "to", "is"]
        ),
        "words of no list among English words": words(
            ["Kraesuzioth", "and", "the", "Zhiok", "told", "Viowond", "is", "a", "(", "he", ")"]
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


def worst_case(size, rounds=2):
    """
    Scan every adversarial text *rounds* times; print the best time of each, return the slowest.

    The time is the processor time of this process, which other work on the machine inflates
    less than the wall-clock time (on an idle machine they are the same); the best of a few
    rounds inflates least.
    """
    worst_name, worst = "", 0.0
    for name, text in adversarial_texts(size).items():
        elapsed = float("inf")
        for _ in range(rounds):
            start = time.process_time()
            scan(text + " ")
            elapsed = min(elapsed, time.process_time() - start)
        print(f"  {name:44} {elapsed / size * 1e6:6.2f} s/MB")
        if elapsed > worst:
            worst_name, worst = name, elapsed
    return worst_name, worst


def phi_dev_posts(folder):
    """Read the development set (``corpus.jsonl`` and ``labels.jsonl``) as labelled posts."""
    texts = {}
    for line in (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    posts = []
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            spans = [
                LabelledSpan(start=s["start"], end=s["end"], category=s["category"])
                for s in row["spans"]
            ]
            posts.append(LabelledPost(id=row["id"], text=texts[row["id"]], spans=spans))
    return posts


def spacy_pipeline(model):
    """Name the spaCy pipeline with its package and version, or say why it cannot load."""
    from rewardkit.deid import spacy_detector  # noqa: PLC0415 - only with --spacy-model

    detector = spacy_detector(model)
    detector.detect("Warm-up text for Sam in Dayton on March 3, 2021.")
    try:
        version = importlib.metadata.version(model.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    return detector, f"spaCy {importlib.metadata.version('spacy')}, pipeline `{model}` {version}"


def phi_dev(folder, spacy_model, rounds):
    """Score and time the rule engine (and the spaCy detector) on the development set."""
    posts = phi_dev_posts(folder)
    rules = builtin_detectors()
    setups = {"rule engine": rules}
    if spacy_model:
        detector, described = spacy_pipeline(spacy_model)
        print(f"  spaCy detector: {described}")
        setups["rule engine + spaCy detector"] = [*rules, detector]
        setups["spaCy detector alone"] = [detector]
    texts = [p.text for p in posts]
    jobs = {
        name: (lambda text, ds=detectors: scan(text, detectors=ds), texts)
        for name, detectors in setups.items()
    }
    rates = measure(jobs, rounds)
    clean = {p.id for p in posts if not p.spans}
    print(f"  {len(posts)} posts, {len(posts) - len(clean)} with identifiers, {len(clean)} clean")
    for name, detectors in setups.items():
        scores = evaluate(posts, detectors=detectors)
        cpu, wall = rates[name]
        alarms = len(clean.intersection(scores.false_documents))
        print(
            f"  {name:30} span recall {scores.span_recall:6.1%}  full cover "
            f"{scores.full_cover_recall:6.1%}  precision {scores.precision:6.1%}  leaking "
            f"{len(scores.leaking_documents):3}  clean posts flagged {alarms:3}  "
            f"{cpu:7,.0f} posts/s processor time  {wall:7,.0f} wall clock"
        )


def engine_build():
    """
    Say which build of the rules is measured: compiled by mypyc or pure Python.

    The released wheels compile the name, place and organisation rules and the word layer
    (about twice as fast); an install from source and an editable install are pure Python.
    """
    from rewardkit.deid import _names  # noqa: PLC0415 - only to ask where it was loaded from

    if Path(_names.__file__).suffix in {".so", ".pyd"}:
        return "compiled with mypyc (as in the released wheels)"
    return "pure Python (an install from source; the released wheels are compiled)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--adversarial-size", type=int, default=1_000_000)
    parser.add_argument("--adversarial-rounds", type=int, default=2)
    parser.add_argument("--phi-dev", type=Path, default=PHI_DEV)
    parser.add_argument("--spacy-model", default=None)
    args = parser.parse_args()
    print(f"the rules: {engine_build()}")
    lists, first = cold_start()
    print(
        f"loading the word lists: {lists * 1000:.0f} ms; first scan after that: "
        f"{first * 1000:.0f} ms"
    )
    short = [json.loads(line)["text"] for line in POSTS.read_text(encoding="utf-8").splitlines()]
    joined = [" ".join(short[i : i + 8]) for i in range(0, len(short), 8)]
    scan(short[0])
    kinds = {
        "evaluation posts": short,
        "evaluation posts joined eight at a time": joined,
        "generated posts of realistic length": realistic_posts(),
    }
    jobs = {(k, op): (fn, texts) for k, texts in kinds.items() for op, fn in OPERATIONS.items()}
    rates = measure(jobs, args.rounds)
    for kind, texts in kinds.items():
        report(kind, {op: rates[kind, op] for op in OPERATIONS}, texts)
    if (args.phi_dev / "labels.jsonl").is_file():
        print(f"the development set {args.phi_dev} (figures as the evaluation scorer counts)")
        phi_dev(args.phi_dev, args.spacy_model, args.rounds)
    else:
        print(f"the development set: not found at {args.phi_dev}")
    size = args.adversarial_size
    print(f"adversarial texts of {size:,} characters (scan, processor time, best of rounds)")
    name, worst = worst_case(size, args.adversarial_rounds)
    print(f"worst case: {worst / size * 1e6:.2f} s/MB ({name})")


OPERATIONS = {"scan": scan, "redact": redact}


if __name__ == "__main__":
    main()
