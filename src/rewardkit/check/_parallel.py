"""
Every core: :func:`parallel_map` runs a function over items in worker processes, in order.

The command line's ``--jobs N`` is this helper: ``validate`` sends chunks of raw JSON Lines
and documents to the workers, which load and check them; ``deid scan`` and ``deid redact``
send stories; ``import reddit`` and ``import csv`` send records, which the workers turn into
stories and JSON lines; ``export`` sends lines of story files, which the workers load and
turn into table rows or a project's sources; ``stats`` sends themes, whose agreement figures
the workers compute. Each is a module-level function, an iterable of picklable items, and
results that come back in input order, so that the output does not depend on the number of
workers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections import deque
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from rewardkit.exceptions import ParallelError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.context import BaseContext

    from rewardkit.findings import Finding
    from rewardkit.rules import Validator
    from rewardkit.serialization import Limits

    from ._reader import Format
    from ._result import CheckResult

__all__ = ["default_jobs", "parallel_map"]

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """
    Return how many worker processes ``--jobs`` uses by default: the cores this process may use.

    .. versionadded:: 0.2.0
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - platforms without CPU affinity
        return max(1, os.cpu_count() or 1)


def _start_method() -> BaseContext:
    """
    Fork where that is safe (Linux, one thread): workers inherit what is loaded, at once.

    Elsewhere, or when the process runs threads (forking those can deadlock), the workers are
    started afresh and the initializer's arguments are pickled.
    """
    import multiprocessing  # noqa: PLC0415 - only when workers start
    import threading  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _worker_start(initializer: Callable[..., object] | None, initargs: tuple[Any, ...]) -> None:
    """
    Start a worker: Ctrl-C is for the main process, which stops the workers itself.

    A worker whose parent dies (killed, so that it cannot stop them) exits by itself within
    a second, rather than wait for work forever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _exit_with_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


#: How often a worker checks that the process that started it is still alive.
PARENT_CHECK_SECONDS = 0.5


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def parallel_map(  # noqa: PLR0913 - keyword-only options
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int | None = None,
    chunk: int = 64,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """
    Apply *fn* to every item in worker processes; yield the results in the order of *items*.

    Items are sent to the workers in chunks of *chunk*, and at most two chunks per worker are
    in flight, so that memory stays flat however long *items* is (it is read lazily). With
    ``jobs=1``, or when *items* fit in one chunk, everything runs in this process and no
    worker is started: a short run costs nothing extra. Ctrl-C (``KeyboardInterrupt``) stops
    the workers at once and reaches the caller; the workers themselves ignore it.

    Args:
        fn: What to apply: a module-level function (or a ``functools.partial`` of one),
            so that it can be sent to a worker.
        items: The items; each is pickled to reach a worker.
        jobs: How many worker processes; the number of usable cores by default.
        chunk: How many items each task carries.
        initializer: Called once in each worker (and in this process, when the work stays
            here) with *initargs*, to set up state that *fn* reads.
        initargs: Its arguments. Where processes are forked (Linux) they are inherited as
            they are; elsewhere they are pickled.

    Yields:
        ``fn(item)`` for each item, in order.

    Raises:
        ValueError: *jobs* or *chunk* is less than 1.
        ParallelError: A worker process died (killed, or out of memory).

    .. versionadded:: 0.2.0
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 1 or chunk < 1:
        raise ValueError("jobs and chunk must be at least 1")
    iterator = iter(items)
    first = list(islice(iterator, chunk))
    second = list(islice(iterator, chunk)) if jobs > 1 and len(first) == chunk else []
    if not second:  # one chunk at most: not worth a worker
        if initializer is not None:
            initializer(*initargs)
        yield from map(fn, first)
        yield from map(fn, iterator)
        return
    yield from _pooled(fn, iterator, [first, second], jobs, chunk, initializer, initargs)


def _pooled(  # noqa: PLR0913, PLR0917 - the pieces of parallel_map, passed on
    fn: Callable[[T], R],
    iterator: Iterator[T],
    head: list[list[T]],
    jobs: int,
    chunk: int,
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
) -> Iterator[R]:
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415 - only when workers start
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_start_method(),
        initializer=_worker_start,
        initargs=(initializer, initargs),
    )
    pending: deque[Future[list[R]]] = deque()
    chunks = iter(head)
    done = False
    try:
        while True:
            while not done and len(pending) < 2 * jobs:
                batch = next(chunks, None)
                if batch is None:
                    batch = list(islice(iterator, chunk))
                if not batch:
                    done = True
                    break
                pending.append(executor.submit(_run_chunk, fn, batch))
            if not pending:
                break
            yield from pending.popleft().result()
    except BrokenProcessPool as e:
        msg = "a worker process stopped unexpectedly (killed, or out of memory); try --jobs 1"
        raise ParallelError(msg) from e
    finally:
        _stop(executor, pending)


def _stop(executor: ProcessPoolExecutor, pending: deque[Future[Any]]) -> None:
    """Shut the pool down; if work is still pending (an error, Ctrl-C), stop the workers now."""
    if pending:
        for future in pending:
            future.cancel()
        processes = list(getattr(executor, "_processes", {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
    executor.shutdown(wait=True)


# ---------------------------------------------------------------------------------------------
# The checker's parallel run: the main process reads, the workers load and check.


def _stateless_rules() -> frozenset[int]:
    """The built-in rules that look at one story only (every one but ``id-duplicate``)."""
    from rewardkit.findings import ID_DUPLICATE  # noqa: PLC0415 - only for parallel runs
    from rewardkit.rules._builtin import builtin_rules  # noqa: PLC0415

    return frozenset(id(r) for r in builtin_rules() if r.name != ID_DUPLICATE)


#: Stories (lines or documents) per task, and the bytes that close a task early.
UNIT_STORIES = 256
UNIT_BYTES = 4 << 20

# A piece of a task: ("doc", file, data), ("lines", file, [(line, raw), ...]),
# ("error", file, message), ("end", file).
Piece = tuple[Any, ...]
# What a worker returns per record: has it a story, its findings, what the main process's
# rules need of it (the id, or the story), its line and its path.
Outcome = tuple[bool, list["Finding"], Any, int | None, tuple[str | int, ...]]

_WORKER: list[Any] = []


def _init_checker(validator: Validator, limits: Limits, ids_only: bool, keep: bool) -> None:  # noqa: FBT001 - positional initargs
    _WORKER[:] = [validator, limits, ids_only, keep]


def _check_unit(unit: list[Piece]) -> list[Piece]:
    """Load and check the pieces of one task, in a worker."""
    from rewardkit.exceptions import RewardkitError  # noqa: PLC0415
    from rewardkit.serialization import iter_document  # noqa: PLC0415
    from rewardkit.serialization._records import line_record  # noqa: PLC0415

    validator, limits, ids_only, keep = _WORKER
    out: list[Piece] = []
    for piece in unit:
        kind, name = piece[0], piece[1]
        if kind not in {"doc", "lines"}:
            out.append(piece)
            continue
        records = (
            iter_document(piece[2], file=name, limits=limits)
            if kind == "doc"
            else (line_record(raw, n, name, limits) for n, raw in piece[2])
        )
        outcomes: list[Outcome] = []
        try:
            for record in records:
                found = validator.check_record(record)
                story = record.story
                if story is not None and record.locator is not None and found:
                    found = record.locator.locate(found)
                payload = None if story is None or not keep else story.id if ids_only else story
                outcomes.append((story is not None, found, payload, record.line, record.path))
        except RewardkitError as e:
            if outcomes:  # the findings of the stories before, as the serial run writes them
                out.append(("records", name, outcomes, kind))
            out.append(("raise", name, str(e)))
            return out
        except Exception as e:  # noqa: BLE001 - reported as the serial run reports it
            out.append(("internal", name, outcomes, type(e).__name__, kind))
            continue
        out.append(("records", name, outcomes, kind))
    return out


class _IdOnly:
    """A story as ``id-duplicate`` sees it in the main process: its id."""

    __slots__ = ("id",)

    def __init__(self, story_id: str) -> None:
        self.id = story_id


def _pieces(name: str, stdin_format: Format, limits: Limits) -> Iterator[Piece]:
    """Read one path of a run as the serial checker reads it: documents and lines."""
    from rewardkit.serialization._records import raw_lines  # noqa: PLC0415

    from ._paths import STDIN, story_files  # noqa: PLC0415
    from ._reader import STDIN_NAME  # noqa: PLC0415

    if name == STDIN:
        sources: list[tuple[str, Format, IO[bytes] | None]] = [
            (STDIN_NAME, stdin_format, sys.stdin.buffer)
        ]
    else:
        path = Path(name)
        files = story_files([name]) if path.is_dir() else [name]
        sources = [
            (str(Path(f)), "jsonl" if Path(f).suffix.lower() == ".jsonl" else "json", None)
            for f in files
        ]
    for label, kind, stream in sources:
        with contextlib.ExitStack() as stack:
            f = stream if stream is not None else stack.enter_context(Path(label).open("rb"))
            if kind == "json":
                yield ("doc", label, f.read(limits.max_bytes + 1))
                continue
            batch: list[tuple[int, bytes | None]] = []
            size = 0
            for number, raw in raw_lines(f, limits):
                batch.append((number, raw))
                size += len(raw or b"")
                if len(batch) >= UNIT_STORIES or size >= UNIT_BYTES:
                    yield ("lines", label, batch)
                    batch, size = [], 0
            if batch:
                yield ("lines", label, batch)


def _units(
    files: Sequence[str], stdin_format: Format, limits: Limits, documents: deque[bytes]
) -> Iterator[list[Piece]]:
    """Group the pieces of every file into tasks, with a marker where each file ends."""
    unit: list[Piece] = []
    size = 0
    for name in files:
        try:
            for piece in _pieces(name, stdin_format, limits):
                if piece[0] == "doc":
                    documents.append(piece[2])
                    size += 1 + len(piece[2]) // 4096
                else:
                    size += len(piece[2])
                unit.append(piece)
                if size >= UNIT_STORIES:
                    yield unit
                    unit, size = [], 0
        except OSError as e:
            unit.append(("error", name, f"{name}: cannot be read: {e.strerror or e}"))
        except Exception as e:  # noqa: BLE001 - as the serial run reports it
            unit.append(
                ("error", name, f"{name}: internal error ({type(e).__name__}); please report it")
            )
        unit.append(("end", name))
    if unit:
        yield unit


def run_parallel(  # noqa: PLR0912, PLR0913, PLR0915 - one merge, in order
    validator: Validator,
    files: Sequence[str],
    result: CheckResult,
    *,
    limits: Limits,
    stdin_format: Format,
    jobs: int,
    progress: Callable[[CheckResult], None],
) -> Iterator[Finding]:
    """
    Check *files* as :meth:`Checker.stream` does, with the loading and checking in workers.

    The main process reads the files, in order, and sends documents and batches of lines
    to the workers; the rules that compare stories (``id-duplicate``, and rules of other
    packages, which may) run here, in story order. Results are merged in input order, so
    the findings, and the counts and problems kept in *result*, are those of a run in one
    process; a line's findings are yielded as soon as its batch is back.
    """
    from rewardkit.exceptions import RuleError  # noqa: PLC0415
    from rewardkit.findings import ID_DUPLICATE  # noqa: PLC0415
    from rewardkit.serialization import Locator  # noqa: PLC0415

    from ._result import order  # noqa: PLC0415

    stateless = _stateless_rules()
    here = validator.only(lambda r: id(r) not in stateless)
    there = validator.only(lambda r: id(r) in stateless)
    rank = {name: i for i, name in enumerate(validator.rules)}
    ids_only = all(name == ID_DUPLICATE for name in here.rules)
    keep = bool(here.rules)
    documents: deque[bytes] = deque()
    pending: list[Finding] = []  # the findings of the current document
    failed: str | None = None
    units = _units(files, stdin_format, limits, documents)
    for done in parallel_map(
        _check_unit,
        units,
        jobs=jobs,
        chunk=1,
        initializer=_init_checker,
        initargs=(there, limits, ids_only, keep),
    ):
        for piece in done:
            kind, name = piece[0], piece[1]
            if kind == "raise":
                raise RuleError(piece[2])
            if kind == "end":
                if failed is None:
                    yield from order(pending)
                else:
                    result.problems.append(failed)
                pending, failed = [], None
                result.files += 1
                progress(result)
                continue
            if kind == "error":
                failed = piece[2]
                continue
            data = documents.popleft() if piece[-1] == "doc" else None
            if failed is not None:
                continue  # the serial run stopped reading this file
            locator = Locator(data) if data is not None else None
            for has_story, worker_found, payload, line, path in piece[2]:
                found = worker_found
                if has_story and keep:
                    story: Any = _IdOnly(payload) if ids_only else payload
                    extra = here.check_story(story, file=name, line=line, path=path)
                    if extra:
                        if locator is not None:
                            extra = locator.locate(extra)
                        found = sorted([*found, *extra], key=lambda f: rank.get(f.rule, -1))
                result.stories += 1
                result.flagged += bool(found)
                progress(result)
                if found and locator is None and line is not None:
                    # A line of JSON Lines: every finding still to come is on a later line.
                    yield from order([*pending, *found])
                    pending = []
                else:
                    pending.extend(found)
            if kind == "internal":
                failed = f"{name}: internal error ({piece[3]}); please report it"
