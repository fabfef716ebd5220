"""Reading story files and writing JSON Lines, the one place the importers and exporters do it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from rewardkit._files import atomic_writer, check_output
from rewardkit.exceptions import InputError, LoadError
from rewardkit.serialization import dumps, iter_jsonl, load
from rewardkit.story import Collection, Story

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


def iter_stories(path: str | os.PathLike[str]) -> Iterator[Story]:
    """
    Yield the stories of one story file (``.jsonl`` streamed, any other file as one document).

    Args:
        path: The file.

    Yields:
        Its stories, in file order.

    Raises:
        InputError: A story or line does not load; the message names the file and line.
        OSError: The file cannot be read.
    """
    name = os.fspath(path)
    if Path(path).suffix.lower() == ".jsonl":
        for line in iter_jsonl(path):
            if line.story is None:
                raise not_loaded(name, line.error or LoadError([]), line.line)
            yield line.story
        return
    try:
        document = load(path)
    except LoadError as e:
        raise not_loaded(name, e, None) from None
    yield from [document] if isinstance(document, Story) else document.stories


def not_loaded(name: str, error: LoadError, line: int | None) -> InputError:
    """The error that stops a run at a story that does not load, naming the file and line."""
    n = len(error.findings)
    first = error.findings[0] if error.findings else None
    detail = f": {first.rule}: {first.message}" if first is not None else ""
    return InputError(
        f"does not load ({n} problem{'s' if n != 1 else ''}{detail}); "
        "'rewardkit validate' lists them",
        file=name,
        line=line if line is not None else (first.line if first is not None else None),
    )


def write_stories(
    stories: Iterable[Story],
    target: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> int:
    """
    Write stories atomically (SPEC section 6b): as JSON Lines, or as a collection for ``.json``.

    Args:
        stories: The stories; for JSON Lines consumed one at a time, so a generator keeps
            memory flat.
        target: The file to write: a ``.json`` file gets one collection document, any
            other JSON Lines.
        inputs: The files being read, which *target* must not be.

    Returns:
        How many stories were written.

    Raises:
        OutputError: *target* is an input, a directory or a dangling link.

    .. versionadded:: 0.2.0
    """
    check_output(target, inputs)
    if Path(target).suffix.lower() == ".json":
        collection = Collection(stories=tuple(stories))
        with atomic_writer(target) as f:
            f.write(dumps(collection, indent=2) + "\n")
        return len(collection)
    n = 0
    with atomic_writer(target) as f:
        for story in stories:
            f.write(dumps(story))
            f.write("\n")
            n += 1
    return n
