"""
Time rewardkit against the libraries a user would pick instead, side by side in one run.

The report (``--out docs/benchmarks.md`` writes the whole page) has: (a) load of a JSON
Lines corpus, structure only and with the equal work of three rules, against pydantic v2 and
msgspec; (b) full ``validate`` with every default rule, and where its time goes, rule by
rule; (c) the de-identification scan against Presidio; (d) ``--jobs`` scaling and a Dask
cluster; (e) peak memory of ``validate`` and ``deid scan`` at two corpus sizes; (f) start-up
of the command; (g) dump. Each in-process measurement is repeated in interleaved rounds
(every contender once per round, in turn) and the median is reported.

Usage::

    python benchmarks/run.py --size 20000 --rounds 5 --out docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import peers  # noqa: E402

import rewardkit  # noqa: E402
from rewardkit.check import Checker  # noqa: E402
from rewardkit.rules import default_registry  # noqa: E402
from rewardkit.serialization import _documents  # noqa: E402
from rewardkit.taxonomy import build_taxonomy  # noqa: E402

Task = Callable[[], int]
EQUAL_RULES = ("span-bounds", "redaction-mismatch", "theme-unknown")
PYDANTIC = "pydantic v2 (model_validate_json)"
PYDANTIC_EQUAL = "pydantic v2 + model validator"


def _no_fast_path(*args: Any) -> None:
    """Stand in for the fast path (a plain function: a mock would keep every call)."""


def _no_loader(*_: Any) -> Callable[..., None]:
    """Stand in for the fast path of JSON Lines: a loader that never loads."""
    return _no_fast_path


class detailed_only:  # noqa: N801 - used as a context manager
    """Switch the fast path off, to time the detailed path (what invalid documents take)."""

    def __enter__(self) -> None:
        fastload = _documents._fastload  # noqa: SLF001
        self.saved = fastload.try_loads, fastload.loader
        _documents._fastload.try_loads = _no_fast_path  # type: ignore[assignment]  # noqa: SLF001
        _documents._fastload.loader = _no_loader  # type: ignore[assignment]  # noqa: SLF001

    def __exit__(self, *exc: object) -> None:
        _documents._fastload.try_loads, _documents._fastload.loader = self.saved  # noqa: SLF001


# -- (a) load ------------------------------------------------------------------------------------


def lines_of(path: Path, fn: Callable[[bytes], Any]) -> Task:
    def task() -> int:
        n = 0
        with path.open("rb") as f:
            for line in f:
                if line.strip():
                    fn(line)
                    n += 1
        return n

    return task


def load_tasks(path: Path, slow_path: Path) -> dict[str, tuple[Task, Path]]:
    """Structure only: each library reads the file and builds its objects."""

    def rk_load() -> int:
        n = 0
        for record in rewardkit.read(path):
            if record.story is None:
                raise rewardkit.LoadError(list(record.findings))
            n += 1
        return n

    def rk_detailed() -> int:
        with detailed_only():
            return rk_load()

    tasks: dict[str, tuple[Task, Path]] = {
        "rewardkit (rk.read)": (rk_load, path),
        "rewardkit detailed path (what invalid input takes)": (rk_detailed, slow_path),
    }
    with contextlib.suppress(ImportError):
        tasks[PYDANTIC] = (lines_of(path, peers.pydantic_models().model_validate_json), path)
    import msgspec  # noqa: PLC0415 - a dependency of rewardkit

    decoder = msgspec.json.Decoder(peers.msgspec_models())
    tasks["msgspec Struct"] = (lines_of(path, decoder.decode), path)
    schema = rewardkit.json_schema("story")
    try:
        import fastjsonschema  # noqa: PLC0415

        draft7 = json.loads(json.dumps(schema).replace("$defs", "definitions"))
        draft7["$schema"] = "http://json-schema.org/draft-07/schema#"
        check = fastjsonschema.compile(draft7)
        tasks["fastjsonschema (json.loads + validate)"] = (
            lines_of(slow_path, lambda b: check(json.loads(b))),
            slow_path,
        )
    except ImportError:
        pass
    try:
        import jsonschema  # noqa: PLC0415

        validator = jsonschema.Draft202012Validator(schema)

        def js(b: bytes) -> None:
            if not validator.is_valid(json.loads(b)):
                raise ValueError("invalid")

        tasks["jsonschema (json.loads + is_valid)"] = (lines_of(slow_path, js), slow_path)
    except ImportError:
        pass
    return tasks


def equal_work_tasks(path: Path) -> dict[str, Task]:
    """Load, and check theme ids, spans and replacements: the same work in every library."""
    # Built once, as the other libraries' theme ids are.
    validator = rewardkit.Validator(select=EQUAL_RULES, taxonomy=build_taxonomy())

    def rk_equal() -> int:
        n = 0
        for record in rewardkit.read(path):
            if validator.check_record(record):
                raise ValueError("a finding in a valid corpus")
            n += 1
        return n

    tasks = {f"rewardkit (rk.read + Validator(select={list(EQUAL_RULES)}))": rk_equal}
    with contextlib.suppress(ImportError):
        tasks[PYDANTIC_EQUAL] = lines_of(
            path, peers.pydantic_models(equal_work=True).model_validate_json
        )
    import msgspec  # noqa: PLC0415

    decoder = msgspec.json.Decoder(peers.msgspec_models(equal_work=True))
    tasks["msgspec Struct + __post_init__"] = lines_of(path, decoder.decode)
    return tasks


# -- (b) full validation ---------------------------------------------------------------------


def validate_tasks(path: Path) -> dict[str, Task]:
    taxonomy = build_taxonomy()

    def task() -> int:
        checker = Checker(rewardkit.Validator(taxonomy=taxonomy))
        return checker.run([str(path)]).stories

    return {"rk.check.Checker(Validator()).run (all default rules)": task}


def per_rule(stories: list[Any], rounds: int) -> list[tuple[str, float]]:
    """Time each rule alone over the stories: microseconds per story."""
    out = []
    taxonomy = build_taxonomy()
    for rule in default_registry():
        if rule.required:
            continue
        validator = rewardkit.Validator(select=[rule.name], taxonomy=taxonomy)
        times = []
        for _ in range(rounds):
            start = time.process_time()
            for story in stories:
                validator.check_story(story)
            times.append(time.process_time() - start)
        out.append((rule.name, statistics.median(times) / len(stories) * 1e6))
    return out


# -- (c) scan ----------------------------------------------------------------------------------

SPACY_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm")


def presidio_engine(model: str | None) -> tuple[Any, str] | None:
    """Presidio's analyzer on the given spaCy model (or the largest installed), if any."""
    try:
        import spacy.util  # noqa: PLC0415
        from presidio_analyzer import AnalyzerEngine  # noqa: PLC0415
        from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: PLC0415
    except ImportError:
        return None
    names = [model] if model else [m for m in SPACY_MODELS if spacy.util.is_package(m)]
    if not names:
        return None
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": names[0]}],
    }
    nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"]), names[0]


def scan_tasks(texts: list[str], spacy_model: str | None) -> dict[str, tuple[Task, int]]:
    """The scans to time, each with the bytes of text it reads per run."""
    tasks: dict[str, tuple[Task, int]] = {}
    try:
        deid = importlib.import_module("rewardkit.deid")
        scan = deid.scan
    except (ImportError, AttributeError):
        scan = None
    if scan is not None:

        def task() -> int:
            for t in texts:
                scan(t)
            return len(texts)

        tasks["rewardkit.deid.scan"] = (task, sum(len(t.encode()) for t in texts))
    found = presidio_engine(spacy_model)
    if found is not None:
        engine, model = found
        # Presidio runs spaCy's full pipeline on every text: a twentieth of the texts keeps
        # the run short, and the rate per post is what is compared.
        sample = texts[: max(1, len(texts) // 20)]

        def presidio() -> int:
            for t in sample:
                engine.analyze(text=t, language="en")
            return len(sample)

        SPACY_MODELS_USED.append(model)
        tasks[f"Presidio {presidio_version()} AnalyzerEngine (spaCy `{model}`)"] = (
            presidio,
            sum(len(t.encode()) for t in sample),
        )
    return tasks


SPACY_MODELS_USED: list[str] = []


def spacy_provenance(model: str) -> str:
    """Say which package the spaCy pipeline came from, and its version."""
    dists = importlib.metadata.packages_distributions().get(model, [])
    if not dists:
        return f"Presidio's spaCy pipeline: `{model}`."
    dist = dists[0]
    version = importlib.metadata.version(dist)
    return f"Presidio's spaCy pipeline: `{model}` {version}, from the package `{dist}`."


def presidio_version() -> str:
    return importlib.metadata.version("presidio-analyzer")


def posts_of(stories: list[Any], count: int) -> list[str]:
    """Posts of about 750 characters: story texts cut at the first sentence end after 700."""
    posts = []
    for story in stories[:count]:
        cut = story.text.find(". ", 700)
        posts.append(story.text if cut < 0 else story.text[: cut + 1])
    return posts


# -- (d) --jobs and Dask -----------------------------------------------------------------------


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "rewardkit", *args]


def child_env() -> dict[str, str]:
    """The environment of the commands: bytecode cached, as an installed package has it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": os.pathsep.join(sys.path)}


def wall(argv: list[str]) -> float:
    return timed(argv)[0]


def timed(argv: list[str]) -> tuple[float, float]:
    """Run *argv*; return its wall-clock seconds and the CPU seconds of it and its workers."""
    import resource  # noqa: PLC0415

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    quiet = subprocess.DEVNULL
    subprocess.run(argv, stdout=quiet, stderr=quiet, check=False, env=child_env())  # noqa: S603
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return seconds, cpu


def _burn(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i
    return time.perf_counter() - start


def ceiling(workers: int) -> float:
    """How many times the work of one process *workers* processes get done in the same time."""
    import multiprocessing  # noqa: PLC0415

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.map(_burn, range(workers))  # started and warm
        start = time.perf_counter()
        one = sum(pool.map(_burn, range(1)))
        middle = time.perf_counter()
        pool.map(_burn, range(workers))
        end = time.perf_counter()
    return workers * (middle - start) / (end - middle) if one else 1.0


def jobs_rows(path: Path, stories: int, rounds: int, jobs: tuple[int, ...]) -> list[str]:
    times: dict[int, list[tuple[float, float]]] = {j: [] for j in jobs}
    for _ in range(rounds):
        for j in jobs:
            times[j].append(
                timed(command("validate", "--format", "json", "--jobs", str(j), str(path)))
            )
    base = statistics.median(t for t, _ in times[jobs[0]])
    out = [
        "| workers | seconds | stories/s | speed-up | CPU seconds |",
        "|---:|---:|---:|---:|---:|",
    ]
    for j in jobs:
        t = statistics.median(t for t, _ in times[j])
        cpu = statistics.median(c for _, c in times[j])
        out.append(f"| {j} | {t:.1f} | {stories / t:,.0f} | {base / t:.2f}x | {cpu:.1f} |")
    return out


def dask_rate(path: Path, workers: int) -> tuple[float, float] | None:
    """validate_bag on a local cluster: seconds for the file (cluster started), stories/s."""
    try:
        import distributed  # noqa: PLC0415

        import rewardkit.dask as rkd  # noqa: PLC0415
    except ImportError:
        return None
    with (
        distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        rkd.validate_bag(rkd.read_jsonl(str(path))).count().compute()  # warm the workers
        start = time.perf_counter()
        n = len(rkd.validate_bag(rkd.read_jsonl(str(path))).compute())
        seconds = time.perf_counter() - start
    return seconds, n


# -- (e) memory and (f) start-up ------------------------------------------------------------------


def rss_child(argv: list[str]) -> None:
    """Run *argv*, then print the peak resident set of that child, in KiB."""
    import resource  # noqa: PLC0415

    subprocess.run(argv, stdout=subprocess.DEVNULL, check=False)  # noqa: S603 - our own command
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def peak_kib(argv: list[str]) -> int | None:
    """The peak RSS of *argv*, run in a fresh process of its own."""
    proc = subprocess.run(  # noqa: S603 - this script, with our own arguments
        [sys.executable, __file__, "--rss-child", json.dumps(argv)],
        capture_output=True,
        text=True,
        check=False,
        env=child_env(),
    )
    if proc.returncode != 0:
        return None
    return int(proc.stdout.strip().splitlines()[-1])


def startup(argv: list[str], runs: int) -> float:
    wall(argv)  # the first run writes the bytecode caches
    return statistics.median(wall(argv) for _ in range(runs))


# -- (g) dump ----------------------------------------------------------------------------------


def dump_tasks(stories: list[Any], lines: list[bytes]) -> dict[str, Task]:
    tasks: dict[str, Task] = {}

    def rk() -> int:
        for s in stories:
            rewardkit.dumps(s)
        return len(stories)

    tasks["rewardkit.dumps"] = rk
    try:
        model = peers.pydantic_models()
        objs = [model.model_validate_json(b) for b in lines]

        def pyd() -> int:
            for o in objs:
                o.model_dump_json(exclude_defaults=True)
            return len(objs)

        tasks["pydantic v2 (model_dump_json)"] = pyd
    except ImportError:
        pass
    import msgspec  # noqa: PLC0415

    decoder = msgspec.json.Decoder(peers.msgspec_models())
    structs = [decoder.decode(b) for b in lines]
    encode = msgspec.json.encode

    def ms() -> int:
        for o in structs:
            encode(o)
        return len(structs)

    tasks["msgspec Struct"] = ms
    dicts = [json.loads(b) for b in lines]

    def stdlib() -> int:
        for d in dicts:
            json.dumps(d, ensure_ascii=False, separators=(",", ":"))
        return len(dicts)

    tasks["json.dumps (plain dicts, no model)"] = stdlib
    return tasks


# -- timing and tables -------------------------------------------------------------------------


def interleaved(tasks: dict[str, Task], rounds: int) -> dict[str, tuple[float, int]]:
    """Run every task once per round, in turn; return the median seconds and the count."""
    # What the harness holds (corpora, models, the sample stories) is frozen out of the
    # garbage collector's view, so that no contender pays for traversing it.
    gc.collect()
    gc.freeze()
    times: dict[str, list[float]] = {name: [] for name in tasks}
    counts: dict[str, int] = {}
    names = list(tasks)
    for task in tasks.values():  # a round not timed: caches, memos and the allocator warm
        task()
    for r in range(rounds):
        # Each round starts with another task, so that no contender always follows the same
        # one (whose garbage the allocator is still dealing with).
        for name in names[r % len(names) :] + names[: r % len(names)]:
            task = tasks[name]
            start = time.process_time()
            counts[name] = task()
            times[name].append(time.process_time() - start)
    return {name: (statistics.median(ts), counts[name]) for name, ts in times.items()}


def table(
    results: dict[str, tuple[float, int]],
    sizes: dict[str, int],
    reference: str | None,
    unit: str = "stories/s",
    versus: str = "vs pydantic",
) -> list[str]:
    ref = None
    if reference is not None and reference in results:
        seconds, n = results[reference]
        ref = n / seconds
    out = [f"| library | {unit} | MB/s | {versus} |", "|---|---:|---:|---:|"]
    for name, (seconds, n) in sorted(results.items(), key=lambda kv: -kv[1][1] / kv[1][0]):
        rate = n / seconds
        mb = (
            f"{sizes[name] / seconds / 1e6:.{1 if sizes[name] >= seconds * 1e6 else 3}f}"
            if name in sizes
            else "-"
        )
        ratio = f"{rate / ref:.2f}x" if ref else "-"
        out.append(f"| {name} | {rate:,.0f} | {mb} | {ratio} |")
    return out


def ratio(results: dict[str, tuple[float, int]], name: str, reference: str) -> float | None:
    if name not in results or reference not in results:
        return None
    (a, n), (b, m) = results[name], results[reference]
    return (n / a) / (m / b)


# -- report ------------------------------------------------------------------------------------


NOTES = [
    "## Notes",
    "",
    "- Every contender enforces the same rules as far as its library can say them (see",
    "  `benchmarks/peers.py`): unknown keys are errors, strict types, the id, platform,",
    "  language, URL and `extensions` key patterns, ranges, enums, `null` as absent, unique",
    "  `coded_by` and `content_warnings`, and the review fields with status `reviewed`.",
    "  pydantic checks timestamps with its own zone-aware parser (its regular expressions",
    "  cannot express the strict RFC 3339 pattern); msgspec with its own RFC 3339 parser.",
    "  Neither rejects duplicate keys; rewardkit does.",
    "- *Equal work*: a user of pydantic or msgspec who wants what rewardkit's",
    "  `theme-unknown`, `span-bounds` and `redaction-mismatch` rules give adds it to the",
    "  model (a model validator, `__post_init__`: `peers.check_story`); rewardkit runs the",
    "  three rules. The theme ids are those of the taxonomy a default run uses.",
    "- rewardkit's fast path decodes with msgspec (a required dependency) into mirrors of the",
    "  models generated from their validators, then builds the frozen attrs objects without",
    "  running the validators again. It still rejects duplicate and unknown keys (by counting",
    "  them against the raw text). A document that is not plainly valid goes to the detailed",
    "  path, which gives the errors (its row above).",
    "- The scan rows compare rewardkit's rule- and list-based detectors with Presidio's",
    "  analyzer, which runs a spaCy pipeline (tokenizer, tagger, parser, named entities) on",
    "  every text. Presidio runs on a twentieth of the posts; the rates are per post.",
    "  Explosion publishes the official spaCy pipelines outside the Python Package Index; on",
    "  a machine that reaches only the index, the pipeline may be a third party's re-upload",
    "  (the line under the scan table names the package).",
    "- `--jobs` and start-up figures are wall-clock times of the installed command, run",
    "  as a user runs it (the `--jobs` table says how much of the second core was free);",
    "  the other figures are the CPU time of the benchmark's own process, which other work",
    "  on the machine disturbs less (it still shares caches); ratios within one table are",
    "  measured in the same interleaved rounds.",
    "- Peak memory is the peak resident set of the command (`--jobs 1`), read from",
    "  `getrusage(RUSAGE_CHILDREN)` in a fresh parent; the corpus ten times larger shows",
    "  whether memory grows with the corpus. The files are read story by story, and the",
    "  findings of `validate` (here a `review-required` note for each machine-redacted",
    "  story, and more) and the detections of `deid scan` are written as they are found, in",
    "  their final order, never all held; the `--select` row's three rules find nothing in",
    "  this corpus. What still grows with the corpus is what `id-duplicate` must remember:",
    "  the id of every story read so far.",
]


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for dist in (
        "rewardkit",
        "msgspec",
        "pydantic",
        "pydantic-core",
        "jsonschema",
        "fastjsonschema",
        "attrs",
        "cattrs",
        "dask",
        "distributed",
        "presidio-analyzer",
        "spacy",
    ):
        try:
            versions.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            if dist not in {"presidio-analyzer", "spacy"}:  # only there to compare with
                versions.append(f"{dist} (not installed)")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return [
        (
            f"- Machine: {cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()};"
            f" load average when the run started {load} (other work on a shared machine slows"
            " every figure, and `--jobs` most)"
        ),
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Versions: {', '.join(versions)}",
    ]


def command_line(args: argparse.Namespace) -> str:
    parts = [
        "python benchmarks/run.py",
        f"--size {args.size}",
        f"--rounds {args.rounds}",
        f"--seed {args.seed}",
        f"--plant {args.plant}",
        f"--sample {args.sample}",
    ]
    if args.spacy_model:
        parts.append(f"--spacy-model {args.spacy_model}")
    if args.no_memory:
        parts.append("--no-memory")
    if args.no_jobs:
        parts.append("--no-jobs")
    parts.append("--out docs/benchmarks.md")
    return " ".join(parts)


def run(args: argparse.Namespace) -> str:  # noqa: PLR0912, PLR0915 - one report, in order
    work = Path(args.workdir or tempfile.mkdtemp(prefix="rewardkit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    slow = work / "corpus-slow.jsonl"
    sample = work / "corpus-sample.jsonl"
    size_bytes = generate.write_corpus(corpus, args.size, args.seed, plant=args.plant)
    slow_n = min(args.size, args.slow_size)
    slow_bytes = generate.write_corpus(slow, slow_n, args.seed, plant=args.plant)
    sample_n = min(args.size, args.sample)
    generate.write_corpus(sample, sample_n, args.seed, plant=args.plant)
    lines = corpus.read_bytes().splitlines()
    stories = [rewardkit.loads(b, into=rewardkit.Story) for b in islice(lines, sample_n)]
    corpus_mb = size_bytes / 1e6
    summary: list[str] = []

    report = [
        "# Benchmarks",
        "",
        "Generated by `benchmarks/run.py` (never edited by hand); the corpus comes from",
        "`benchmarks/generate.py` (invented stories of 1-3 KB, redactions and theme evidence",
        "consistent with the text). In-process figures are the median of interleaved rounds, in",
        "CPU time of the process: on a shared machine, time the process waits for a core is",
        "not counted.",
        "",
        f"- Command: `{command_line(args)}`",
        (
            f"- Corpus: {args.size:,} stories, {corpus_mb:.1f} MB of JSON Lines; full validation,"
            f" the scan, the rules and `--jobs` ran on the first {sample_n:,}, the schema"
            f" validators on the first {slow_n:,}."
        ),
        *machine(),
        "",
        "SUMMARY",
        "",
        "## (a) Load of a JSON Lines file",
        "",
        "### Structure only",
        "",
    ]
    load = load_tasks(corpus, slow)
    sizes = {name: (slow_bytes if p == slow else size_bytes) for name, (_, p) in load.items()}
    equal = equal_work_tasks(corpus)
    # One set of interleaved rounds for both tables: side by side in one run.
    both = interleaved({**{k: t for k, (t, _) in load.items()}, **equal}, args.rounds)
    structure = {k: both[k] for k in load}
    equal_results = {k: both[k] for k in equal}
    report += table(structure, sizes, PYDANTIC)
    rk_equal = next(iter(equal))
    r1 = ratio(structure, "rewardkit (rk.read)", PYDANTIC)
    r2 = ratio(equal_results, rk_equal, PYDANTIC_EQUAL)
    report += [
        "",
        "Each contender reads the file line by line and builds its own objects: rewardkit",
        "frozen attrs models, pydantic models, msgspec Structs; the schema validators only",
        "check the decoded dicts.",
        "",
        "### Equal work: load, and check theme ids, spans and replacements",
        "",
    ]
    report += table(equal_results, dict.fromkeys(equal, size_bytes), PYDANTIC_EQUAL)
    if r1 is not None:
        summary.append(f"- Load, structure only: rewardkit {r1:.2f}x pydantic v2.")
    if r2 is not None:
        summary.append(
            f"- Load with the equal work of three rules: rewardkit {r2:.2f}x pydantic v2."
        )

    report += ["", "## (b) Full validation, every default rule", ""]
    full = interleaved(validate_tasks(sample), args.rounds)
    report += table(full, {}, None, versus="-")
    ((seconds, n),) = full.values()
    summary.append(
        f"- Full `validate`, every default rule: {n / seconds:,.0f} stories/s on one core."
    )
    rules = per_rule(stories, max(1, args.rounds // 2))
    total = sum(us for _, us in rules)
    report += [
        "",
        "Where the time goes: each rule alone over the same stories (microseconds per story,",
        "and the stories per second that rule alone allows).",
        "",
        "| rule | µs/story | share | stories/s alone |",
        "|---|---:|---:|---:|",
    ]
    for name, us in sorted(rules, key=lambda r: -r[1]):
        report.append(f"| {name} | {us:,.1f} | {us / total:.1%} | {1e6 / us:,.0f} |")
    without = sum(us for name, us in rules if name not in {"phi-residual", "content-warning"})
    report += [
        "",
        (
            f"Every rule but `phi-residual` and `content-warning` together: {without:.1f} µs per"
            f" story ({1e6 / without:,.0f} stories/s). `phi-residual` is the de-identification"
            " engine's scan of the text; `content-warning` runs its patterns over the text."
        ),
    ]

    report += ["", "## (c) De-identification scan of posts of about 750 characters", ""]
    posts = posts_of(stories, sample_n)
    s = scan_tasks(posts, args.spacy_model)
    if s:
        res = interleaved({name: task for name, (task, _) in s.items()}, args.rounds)
        report += table(
            res, {name: n for name, (_, n) in s.items()}, None, unit="posts/s", versus="-"
        )
        if "rewardkit.deid.scan" in res:
            seconds, n = res["rewardkit.deid.scan"]
            mean = sum(len(p) for p in posts) // len(posts)
            summary.append(f"- `deid.scan`: {n / seconds:,.0f} posts/s (mean {mean} characters).")
    else:
        report.append("rewardkit: not available (`rewardkit.deid.scan` is not in this build)")
    if SPACY_MODELS_USED:
        report += ["", spacy_provenance(SPACY_MODELS_USED[-1])]
    if not any(name.startswith("Presidio") for name in s):
        report.append("")
        report.append(
            "Presidio: not measured. `presidio-analyzer` needs a spaCy model, and none is "
            "installed (the official `en_core_web_*` packages are not on the Python Package "
            "Index; pass `--spacy-model` to name another installed pipeline)."
        )

    if not args.no_jobs:
        report += [
            "",
            f"## (d) Every core: `rewardkit validate --jobs N` on {sample_n:,} stories",
            "",
        ]
        free = statistics.median(ceiling(2) for _ in range(5))
        report += jobs_rows(sample, sample_n, max(1, args.rounds // 2), (1, 2, 4))
        report += [
            "",
            f"This machine has {os.cpu_count()} cores: four workers share two. Wall-clock time of",
            "the command, start-up included; CPU seconds of the command and its workers (what",
            "the work costs, however it is spread). The output is the same for every N.",
            (
                f"The ceiling when this ran: two processes of pure Python arithmetic did {free:.2f}"
                " times the work of one in the same time (2.00 on an idle two-core machine)."
            ),
        ]
        found = dask_rate(sample, 2)
        if found is not None:
            seconds, _ = found
            rate = sample_n / seconds
            report += [
                "",
                "`rewardkit.dask.validate_bag` on a `distributed.LocalCluster` of 2 worker",
                (
                    f"processes (cluster started): {rate:,.0f} stories/s, {1e6 / rate / 60:,.0f}"
                    " minutes per million stories on this machine."
                ),
            ]

    if not args.no_memory:
        big = work / "corpus-10x.jsonl"
        generate.write_corpus(big, args.size * 10, args.seed + 1, plant=args.plant)
        big_mb = big.stat().st_size / 1e6
        report += [
            "",
            "## (e) Peak memory (resident set, MiB)",
            "",
            (
                f"| command | {args.size:,} stories ({corpus_mb:.0f} MB) "
                f"| {args.size * 10:,} stories ({big_mb:.0f} MB) |"
            ),
            "|---|---:|---:|",
        ]
        quiet = ",".join(EQUAL_RULES)
        for label, argv in (
            ("rewardkit validate --jobs 1", ["validate", "--jobs", "1", "--format", "json"]),
            (
                f"rewardkit validate --jobs 1 --select {quiet}",
                ["validate", "--jobs", "1", "--format", "json", "--select", quiet],
            ),
            ("rewardkit deid scan --jobs 1", ["deid", "scan", "--jobs", "1", "--format", "json"]),
        ):
            small_kib = peak_kib(command(*argv, str(corpus)))
            big_kib = peak_kib(command(*argv, str(big)))
            if small_kib is None or big_kib is None:
                continue
            report.append(f"| `{label}` | {small_kib / 1024:.0f} | {big_kib / 1024:.0f} |")
        big.unlink()

    report += ["", f"## (f) Start-up (median of {args.startup_runs} runs)", ""]
    one = work / "one.json"
    one.write_bytes(lines[0])
    version_s = startup(command("--version"), args.startup_runs)
    validate_s = startup(command("validate", str(one)), args.startup_runs)
    script = shutil.which("rewardkit")
    report += [
        "| command | milliseconds |",
        "|---|---:|",
        f"| `rewardkit --version` | {version_s * 1000:.0f} |",
        f"| `rewardkit validate one.json` (one story, every default rule) | {validate_s * 1000:.0f} |",
        "",
        "Run as `python -m rewardkit` (what the `rewardkit` script runs"
        + (")" if script else "; the script is not on PATH here)")
        + ", with bytecode cached as an installed package has it; the first run after an"
        " install compiles it. A one-file `validate` loads the de-identification engine for"
        " `phi-residual`.",
    ]
    summary.append(
        f"- Start-up: `rewardkit --version` {version_s * 1000:.0f} ms, one-file `validate`"
        f" {validate_s * 1000:.0f} ms."
    )

    report += ["", "## (g) Dump", ""]
    all_stories = [rewardkit.loads(b, into=rewardkit.Story) for b in lines[: args.dump_size]]
    d = dump_tasks(all_stories, lines[: args.dump_size])
    dumped = interleaved(d, args.rounds)
    dump_bytes = sum(len(b) for b in lines[: args.dump_size])
    report += table(dumped, dict.fromkeys(d, dump_bytes), "pydantic v2 (model_dump_json)")
    report += ["", *NOTES]
    at = report.index("SUMMARY")
    report[at : at + 1] = ["## Summary", "", *summary]
    if args.workdir is None:
        shutil.rmtree(work)
    return "\n".join(report) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="stories in the corpus")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plant", type=float, default=0.1, help="share with identifiers")
    parser.add_argument(
        "--sample", type=int, default=2_000, help="stories for validate, the rules, scan, --jobs"
    )
    parser.add_argument(
        "--slow-size", type=int, default=1_000, help="stories for the schema validators"
    )
    parser.add_argument("--dump-size", type=int, default=5_000, help="stories for dump")
    parser.add_argument("--startup-runs", type=int, default=11, help="runs per start-up figure")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory section")
    parser.add_argument("--no-jobs", action="store_true", help="skip --jobs and Dask")
    parser.add_argument(
        "--spacy-model",
        default=None,
        help="the spaCy pipeline Presidio uses (default: the largest en_core_web_* installed)",
    )
    parser.add_argument("--workdir", type=Path, default=None, help="keep the corpora here")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown page here")
    parser.add_argument("--rss-child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.rss_child:
        rss_child(json.loads(args.rss_child))
        return 0
    text = run(args)
    if args.out is not None:
        from rewardkit._files import atomic_write  # noqa: PLC0415

        atomic_write(args.out, text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
