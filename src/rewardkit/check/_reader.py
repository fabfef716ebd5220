"""
The one document reader: :func:`read` turns files, directories, streams and bytes into records.

Every command, the review app and the importers read stories through it, so that a notebook
user gets exactly what ``rewardkit validate`` sees: one :class:`~rewardkit.StoryRecord` per
story, either the story or its load problems, stamped with file, line and JSON Pointer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from rewardkit.serialization import Limits, iter_document, iter_json_lines

from ._paths import STDIN, story_files

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rewardkit.serialization import StoryRecord

__all__ = ["STDIN_NAME", "Format", "Source", "read", "read_file"]

#: What :func:`read` reads: a path (a file, a directory, or ``-`` for stdin), an open
#: binary stream, or the bytes of one document.
Source = str | os.PathLike[str] | IO[bytes] | bytes
#: How a stream or bytes are read: one JSON document, or JSON Lines.
Format = Literal["json", "jsonl"]
#: How records and findings name stdin.
STDIN_NAME = "<stdin>"


def read(
    source: Source,
    *,
    limits: Limits | None = None,
    format: Format | None = None,  # noqa: A002 - the word users know
) -> Iterator[StoryRecord]:
    """
    Read stories from *source*, one record per story, never raising for bad data.

    A ``.jsonl`` file (any case) is read as JSON Lines, line by line in constant memory; any
    other file holds one JSON document, a story or a collection. A directory gives its
    ``*.json`` and ``*.jsonl`` files, searched recursively, in sorted path order. ``"-"``
    reads stdin. A story that breaks a field rule gives a record with its findings, and the
    other stories of its collection or file are still read. Nothing is read beyond the size
    limits (SPEC section 4a).

    Args:
        source: A path, a directory, ``"-"``, an open binary stream, or bytes.
        limits: Size and depth limits; the defaults of SPEC section 4a.
        format: ``"json"`` or ``"jsonl"`` for a stream, bytes or stdin (``"json"`` by
            default), or to override a file's suffix.

    Yields:
        :class:`~rewardkit.StoryRecord` objects, in the order of the input.

    Raises:
        FileNotFoundError: A path does not exist.
        OSError: A file or directory cannot be read (never skipped silently).

    .. versionadded:: 0.2.0
    """
    limits = limits or Limits()
    if isinstance(source, bytes):
        yield from _read_bytes(source, None, format or "json", limits)
    elif isinstance(source, str | os.PathLike):
        if os.fspath(source) == STDIN:
            yield from read_stream(sys.stdin.buffer, STDIN_NAME, format or "json", limits)
            return
        path = Path(source)
        if path.is_dir():
            for file in story_files([str(path)]):
                yield from read_file(file, limits=limits, format=format)
        else:
            yield from read_file(path, limits=limits, format=format)
    else:
        name = getattr(source, "name", None)
        yield from read_stream(
            source, name if isinstance(name, str) else None, format or "json", limits
        )


def read_file(
    path: str | os.PathLike[str],
    *,
    limits: Limits | None = None,
    format: Format | None = None,  # noqa: A002 - the word users know
) -> Iterator[StoryRecord]:
    """
    Read one story file (see :func:`read`); the format follows the suffix unless given.

    Args:
        path: The file.
        limits: Size and depth limits.
        format: Override the suffix: ``"json"`` or ``"jsonl"``.

    Yields:
        One record per story.

    Raises:
        OSError: The file cannot be opened or read.

    .. versionadded:: 0.2.0
    """
    limits = limits or Limits()
    path = Path(path)
    kind = format or ("jsonl" if path.suffix.lower() == ".jsonl" else "json")
    with path.open("rb") as f:
        yield from read_stream(f, str(path), kind, limits)


def read_stream(
    stream: IO[bytes], name: str | None, kind: Format, limits: Limits
) -> Iterator[StoryRecord]:
    """Read an open binary stream as one JSON document or as JSON Lines."""
    # The readers' own iterators, not a generator around them: one level less for every
    # record to pass through (the stream is read when the records are first asked for).
    if kind == "jsonl":
        return iter_json_lines(stream, file=name, limits=limits)
    return _document(stream, name, limits)


def _document(stream: IO[bytes], name: str | None, limits: Limits) -> Iterator[StoryRecord]:
    yield from iter_document(stream.read(limits.max_bytes + 1), file=name, limits=limits)


def _read_bytes(
    data: bytes, name: str | None, kind: Format, limits: Limits
) -> Iterator[StoryRecord]:
    if kind == "jsonl":
        import io  # noqa: PLC0415 - only for JSON Lines given as bytes

        yield from iter_json_lines(io.BytesIO(data), file=name, limits=limits)
    else:
        yield from iter_document(data, file=name, limits=limits)
