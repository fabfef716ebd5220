"""
Importers and exporters in worker processes: what ``--jobs`` sends them and gets back.

The command's process reads, in order; the workers convert stories (an importer's records to
stories and their JSON lines, an exporter's lines to stories and their rows); the command's
process merges what comes back, in input order, and writes. What needs memory of the whole
run (duplicate ids, a project's header) stays in the command's process.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar

from rewardkit._files import atomic_writer, check_output
from rewardkit.exceptions import InputError
from rewardkit.serialization import dumps

from ._stories import write_stories

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from rewardkit.story import Story

__all__ = [
    "CHUNK",
    "Imported",
    "dumps_lines",
    "imported",
    "in_order",
    "load_piece",
    "map_stories",
    "pieces",
    "write_imported",
]

T = TypeVar("T")
R = TypeVar("R")

#: Stories per task sent to a worker: enough to outweigh the cost of sending them.
CHUNK: Final = 128


class Imported(NamedTuple):
    """
    A story an importer made, as the writer needs it.

    Attributes:
        id: The story's id (duplicates are found by it).
        story: The story, when it is written as part of a collection (``.json``).
        line: The story as a line of JSON Lines (without the line break), otherwise; made
            in the worker, so that the story itself need not come back.
    """

    id: str
    story: Story | None
    line: str | None


def imported(story: Story, *, dump: bool) -> Imported:
    """Return what the writer needs of *story*: its JSON line when *dump*, else the story."""
    if dump:
        return Imported(story.id, None, dumps(story))
    return Imported(story.id, story, None)


def dumps_lines(target: str | os.PathLike[str]) -> bool:
    """Whether stories written to *target* are JSON Lines (anything but ``.json``)."""
    return Path(target).suffix.lower() != ".json"


def write_imported(
    items: Iterable[Imported],
    target: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> int:
    """
    Write imported stories as :func:`~rewardkit.io.write_stories` writes them, atomically.

    Args:
        items: The stories, made with ``dump=dumps_lines(target)``.
        target: The file to write.
        inputs: The files being read, which *target* must not be.

    Returns:
        How many stories were written.
    """
    if not dumps_lines(target):
        return write_stories((i.story for i in items if i.story is not None), target, inputs=inputs)
    check_output(target, inputs)
    n = 0
    with atomic_writer(target) as f:
        for item in items:
            f.write(item.line if item.line is not None else dumps(item.story))  # type: ignore[arg-type]
            f.write("\n")
            n += 1
    return n


def in_order(  # noqa: PLR0913 - keyword-only options, as parallel_map's
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    chunk: int | None = None,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """
    :func:`~rewardkit.check.parallel_map`, with reading errors where a run in one process has them.

    Reading runs ahead of the workers. An error raised while reading *items* (a file that
    cannot be decoded, a missing column) reaches the caller only after the results of every
    item read before it, so that what the caller did with those (counted, listed) is what a
    run with ``jobs=1`` did. With ``jobs=1`` everything happens in this process.
    """
    from rewardkit.check import parallel_map  # noqa: PLC0415 - only when the command runs

    if jobs == 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(fn, items)
        return
    failed: list[Exception] = []

    def read() -> Iterator[T]:
        try:
            yield from items
        except Exception as e:  # noqa: BLE001 - raised again below, in its place
            failed.append(e)

    yield from parallel_map(
        fn, read(), jobs=jobs, chunk=chunk or CHUNK, initializer=initializer, initargs=initargs
    )
    if failed:
        raise failed[0]


#: One piece of the story files: ``(file, line, raw)`` for a line of JSON Lines (``raw``
#: ``None`` when it is over the size limit), ``(file, None, None)`` for a whole document.
Piece = tuple[str, int | None, bytes | None]


def pieces(files: Iterable[Path]) -> Iterator[Piece]:
    """Read story files as :func:`~rewardkit.io.iter_stories` does: lines, and documents."""
    from rewardkit.serialization import Limits  # noqa: PLC0415
    from rewardkit.serialization._records import raw_lines  # noqa: PLC0415

    limits = Limits()
    for f in files:
        name = os.fspath(f)
        if Path(f).suffix.lower() != ".jsonl":
            yield name, None, None
            continue
        with Path(f).open("rb") as stream:
            for number, raw in raw_lines(stream, limits):
                yield name, number, raw


def load_piece(fn: Callable[[Story], R], piece: Piece) -> tuple[list[R], Exception | None]:
    """
    Load the stories of one piece and apply *fn* to each, in a worker or in this process.

    Returns:
        The results, and the error that stops the run where a story does not load (or a
        document cannot be read), as :func:`~rewardkit.io.iter_stories` raises it.
    """
    from rewardkit.exceptions import LoadError  # noqa: PLC0415
    from rewardkit.serialization import Limits  # noqa: PLC0415
    from rewardkit.serialization._records import line_record  # noqa: PLC0415

    from ._stories import iter_stories, not_loaded  # noqa: PLC0415

    name, number, raw = piece
    if number is None:
        results: list[R] = []
        try:
            results.extend(fn(story) for story in iter_stories(name))
        except (InputError, OSError) as e:
            return results, e
        return results, None
    record = line_record(raw, number, name, Limits())
    if record.story is None:
        return [], not_loaded(name, LoadError(record.findings), number)
    return [fn(record.story)], None


def map_stories(fn: Callable[[Story], R], files: Iterable[Path], *, jobs: int) -> Iterator[R]:
    """
    Yield *fn* of every story in *files*, in order, with the loading and *fn* in *jobs* processes.

    Raises:
        InputError: A story does not load; nothing after it is yielded.
        OSError: A file cannot be read.
    """
    for results, error in in_order(functools.partial(load_piece, fn), pieces(files), jobs=jobs):
        yield from results
        if error is not None:
            raise error
