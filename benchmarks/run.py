"""
Time rewardkit against the libraries a user would pick instead, side by side in one run.

Sections: (a) load and structural validation of a JSON Lines corpus, (b) full ``validate``,
(c) the de-identification scan alone, (d) dump, and peak memory when streaming a corpus and
one ten times larger. Each measurement is repeated in interleaved rounds (every contender
once per round, in turn) and the median is reported, with the ratio to pydantic v2.

Usage::

    python benchmarks/run.py --size 20000 --rounds 5 --out docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import peers  # noqa: E402

import rewardkit  # noqa: E402
from rewardkit.serialization import _documents, _fastload  # noqa: E402

Task = Callable[[], int]


def _no_fast_path(*args: Any) -> None:
    """Stand in for the fast path (a plain function: a mock would keep every call)."""


def detailed_only() -> Any:
    """Switch the fast path off, to time the detailed (standard-library) path."""
    return mock.patch.object(_documents._fastload, "try_loads", new=_no_fast_path)  # noqa: SLF001 - switching the fast path off is the point


# -- (a) load ------------------------------------------------------------------------------------


def load_tasks(path: Path, slow_path: Path) -> dict[str, tuple[Task, Path]]:
    tasks: dict[str, tuple[Task, Path]] = {}

    def rk_fast() -> int:
        n = 0
        for line in rewardkit.iter_jsonl(path):
            if line.error is not None:
                raise line.error
            n += 1
        return n

    def rk_detailed() -> int:
        with detailed_only():
            return rk_fast()

    if _fastload.AVAILABLE:
        tasks["rewardkit (fast path, msgspec)"] = (rk_fast, path)
        tasks["rewardkit (standard library only)"] = (rk_detailed, path)
    else:
        tasks["rewardkit (standard library only)"] = (rk_fast, path)

    def lines_of(p: Path, fn: Callable[[bytes], Any]) -> Task:
        def task() -> int:
            n = 0
            with p.open("rb") as f:
                for line in f:
                    if line.strip():
                        fn(line)
                        n += 1
            return n

        return task

    try:
        story = peers.pydantic_models()
        tasks["pydantic v2 (model_validate_json)"] = (
            lines_of(path, story.model_validate_json),
            path,
        )
    except ImportError:
        pass
    try:
        import msgspec  # noqa: PLC0415

        decoder = msgspec.json.Decoder(peers.msgspec_models())
        tasks["msgspec Struct"] = (lines_of(path, decoder.decode), path)
    except ImportError:
        pass
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


# -- (b), (c), (d) -----------------------------------------------------------------------------


def validate_tasks(stories: list[Any]) -> dict[str, Task]:
    try:
        validate = rewardkit.validate  # type: ignore[attr-defined]
    except (AttributeError, ImportError):
        return {}

    def task() -> int:
        for s in stories:
            validate(s)
        return len(stories)

    return {"rewardkit.validate (all rules)": task}


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
        # the run short, and the rate per story is what is compared.
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
    try:
        import msgspec  # noqa: PLC0415

        decoder = msgspec.json.Decoder(peers.msgspec_models())
        structs = [decoder.decode(b) for b in lines]
        encode = msgspec.json.encode

        def ms() -> int:
            for o in structs:
                encode(o)
            return len(structs)

        tasks["msgspec Struct"] = ms
    except ImportError:
        pass
    dicts = [json.loads(b) for b in lines]

    def stdlib() -> int:
        for d in dicts:
            json.dumps(d, ensure_ascii=False, separators=(",", ":"))
        return len(dicts)

    tasks["json.dumps (plain dicts, no model)"] = stdlib
    return tasks


# -- timing ------------------------------------------------------------------------------------


def interleaved(tasks: dict[str, Task], rounds: int) -> dict[str, tuple[float, int]]:
    """Run every task once per round, in turn; return the median seconds and the count."""
    times: dict[str, list[float]] = {name: [] for name in tasks}
    counts: dict[str, int] = {}
    for _ in range(rounds):
        for name, task in tasks.items():
            start = time.perf_counter()
            counts[name] = task()
            times[name].append(time.perf_counter() - start)
    return {name: (statistics.median(ts), counts[name]) for name, ts in times.items()}


def table(
    results: dict[str, tuple[float, int]], sizes: dict[str, int], reference: str | None
) -> list[str]:
    ref = None
    if reference is not None and reference in results:
        seconds, n = results[reference]
        ref = n / seconds
    out = ["| library | stories/s | MB/s | vs pydantic |", "|---|---:|---:|---:|"]
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


# -- memory ------------------------------------------------------------------------------------

MEMORY_PEERS = ("rewardkit", "rewardkit-stdlib", "pydantic", "msgspec")


def memory_child(peer: str, path: Path) -> None:
    import resource  # noqa: PLC0415

    if peer.startswith("rewardkit"):
        ctx = detailed_only() if peer == "rewardkit-stdlib" else contextlib.nullcontext()
        with ctx:
            for line in rewardkit.iter_jsonl(path):
                if line.error is not None:
                    raise line.error
    else:
        if peer == "pydantic":
            fn = peers.pydantic_models().model_validate_json
        else:
            import msgspec  # noqa: PLC0415

            fn = msgspec.json.Decoder(peers.msgspec_models()).decode
        with path.open("rb") as f:
            for line in f:
                fn(line)
    # ru_maxrss survives exec on Linux (it would show the parent's peak): prefer VmHWM.
    try:
        status = Path("/proc/self/status").read_text()
        hwm = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
        print(int(hwm.split()[1]))
    except (OSError, StopIteration):
        print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def peak_kib(peer: str, path: Path) -> int | None:
    proc = subprocess.run(  # noqa: S603 - this script, with our own arguments
        [sys.executable, __file__, "--memory-child", peer, str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    if proc.returncode != 0:
        return None
    return int(proc.stdout.strip().splitlines()[-1])


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
    "- rewardkit's fast path (installed with `rewardkit[fast]`) decodes with msgspec into",
    "  mirrors of the models generated from their validators, then builds the frozen attrs",
    "  objects with generated code, without running the validators again. It still rejects",
    "  duplicate and unknown keys (by counting them against the raw text). A document that",
    "  is not plainly valid goes to the detailed path, which gives the errors; without",
    "  msgspec, every document takes the detailed path (the standard-library row).",
    "- The scan rows compare rewardkit's rule- and list-based detectors with Presidio's",
    "  analyzer, which runs a spaCy pipeline (tokenizer, tagger, parser, named entities) on",
    "  every text. Presidio ran on a twentieth of the texts; the rates are per story.",
    "  Explosion publishes the official spaCy pipelines outside the Python Package Index; on",
    "  a machine that reaches only the index, the pipeline may be a third party's re-upload",
    "  (the line under the scan table names the package).",
    "- Peak memory is the resident set of a fresh process that streams the file and drops",
    "  each object; the same figure for a ten times larger corpus means memory stays flat.",
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
        "presidio-analyzer",
        "spacy",
    ):
        try:
            versions.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            if dist not in {"presidio-analyzer", "spacy"}:  # only there to compare with
                versions.append(f"{dist} (not installed)")
    return [
        f"- Machine: {cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Versions: {', '.join(versions)}",
    ]


def run(args: argparse.Namespace) -> str:  # noqa: PLR0915 - one report, in order
    work = Path(args.workdir or tempfile.mkdtemp(prefix="rewardkit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    slow = work / "corpus-slow.jsonl"
    size_bytes = generate.write_corpus(corpus, args.size, args.seed, plant=args.plant)
    slow_n = min(args.size, args.slow_size)
    slow_bytes = generate.write_corpus(slow, slow_n, args.seed, plant=args.plant)
    lines = corpus.read_bytes().splitlines()
    stories = [rewardkit.loads(b, into=rewardkit.Story) for b in lines]
    texts = [s.text for s in stories]
    corpus_mb = size_bytes / 1e6
    pydantic_name = "pydantic v2 (model_validate_json)"

    report = [
        "# Benchmarks",
        "",
        "Generated by `benchmarks/run.py`; the corpus comes from `benchmarks/generate.py`",
        "(invented stories of 1-3 KB, redactions and theme evidence consistent with the text).",
        "Every figure is the median of interleaved rounds; ratios are to pydantic v2 in the",
        "same run.",
        "",
        (
            f"- Command: `python benchmarks/run.py --size {args.size} --rounds {args.rounds} "
            f"--seed {args.seed} --plant {args.plant}"
            + (f" --spacy-model {args.spacy_model}" if args.spacy_model else "")
            + "`"
        ),
        (
            f"- Corpus: {args.size:,} stories, {corpus_mb:.1f} MB of JSON Lines; the schema "
            f"validators (`jsonschema`, `fastjsonschema`) ran on the first {slow_n:,}."
        ),
        *machine(),
        "",
        "## (a) Load and structural validation of a JSON Lines file",
        "",
    ]
    load = load_tasks(corpus, slow)
    sizes = {name: (slow_bytes if p == slow else size_bytes) for name, (_, p) in load.items()}
    results = interleaved({k: t for k, (t, _) in load.items()}, args.rounds)
    report += table(results, sizes, pydantic_name)
    report += [
        "",
        "Each contender reads the file line by line and builds its own objects: rewardkit",
        "frozen attrs models, pydantic models, msgspec Structs; the schema validators only",
        "check the decoded dicts.",
        "",
        "## (b) Full validation (`rewardkit.validate`, all rules)",
        "",
    ]
    v = validate_tasks(stories)
    if v:
        report += table(interleaved(v, args.rounds), {}, None)
    else:
        report.append("not available (`rewardkit.validate` is not in this build)")
    report += ["", "## (c) De-identification scan of the texts", ""]
    s = scan_tasks(texts, args.spacy_model)
    if s:
        res = interleaved({name: task for name, (task, _) in s.items()}, args.rounds)
        report += table(res, {name: n for name, (_, n) in s.items()}, None)
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
    report += ["", "## (d) Dump", ""]
    d = dump_tasks(stories, lines)
    dumped = interleaved(d, args.rounds)
    report += table(dumped, dict.fromkeys(d, size_bytes), "pydantic v2 (model_dump_json)")
    if not args.no_memory:
        big = work / "corpus-10x.jsonl"
        generate.write_corpus(big, args.size * 10, args.seed + 1, plant=args.plant)
        big_mb = big.stat().st_size / 1e6
        report += [
            "",
            "## Peak memory while streaming (resident set, MiB)",
            "",
            (
                f"| library | {args.size:,} stories ({corpus_mb:.0f} MB) "
                f"| {args.size * 10:,} stories ({big_mb:.0f} MB) |"
            ),
            "|---|---:|---:|",
        ]
        for peer in MEMORY_PEERS:
            small_kib, big_kib = peak_kib(peer, corpus), peak_kib(peer, big)
            if small_kib is None or big_kib is None:
                continue
            report.append(f"| {peer} | {small_kib / 1024:.0f} | {big_kib / 1024:.0f} |")
        big.unlink()
    report += ["", *NOTES]
    if args.workdir is None:
        for p in (corpus, slow):
            p.unlink()
        work.rmdir()
    return "\n".join(report) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="stories in the corpus")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plant", type=float, default=0.1, help="share with identifiers")
    parser.add_argument(
        "--slow-size", type=int, default=1_000, help="stories for the schema validators"
    )
    parser.add_argument("--no-memory", action="store_true", help="skip the memory section")
    parser.add_argument(
        "--spacy-model",
        default=None,
        help="the spaCy pipeline Presidio uses (default: the largest en_core_web_* installed)",
    )
    parser.add_argument("--workdir", type=Path, default=None, help="keep the corpora here")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown here")
    parser.add_argument("--memory-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child[0], Path(args.memory_child[1]))
        return 0
    text = run(args)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
