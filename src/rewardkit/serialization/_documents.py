"""
Reading and writing story documents: the JSON wire format of SPEC sections 4, 4a and 7.

:func:`loads` and :func:`load` read a story or a collection, :func:`iter_jsonl` streams a JSON
Lines file, :func:`dumps` and :func:`dump` write. Loading is strict and reports *every* problem
of a document at once, as a :class:`~rewardkit.LoadError` whose findings carry JSON Pointer
paths. A plainly valid document takes the fast path (:mod:`._fastload`); anything else is
decided and explained by the detailed path (:mod:`._decode` and :mod:`._converter`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, overload

import attrs

from rewardkit._files import atomic_writer
from rewardkit.exceptions import LoadError
from rewardkit.story import Collection, Story

from . import _decode, _fastload
from ._converter import document_converter
from ._records import Limits, lines, loads_detailed

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rewardkit.findings import Finding

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "JsonlLine",
    "dump",
    "dumps",
    "iter_jsonl",
    "load",
    "loads",
]

#: Documents nested deeper than this are rejected (``max_depth`` changes it).
DEFAULT_MAX_DEPTH = _decode.DEFAULT_MAX_DEPTH
#: Documents (and JSON Lines lines) larger than this many bytes are rejected.
DEFAULT_MAX_BYTES = _decode.DEFAULT_MAX_BYTES


@overload
def loads(
    data: str | bytes, *, into: None = ..., max_depth: int = ..., max_bytes: int = ...
) -> Story | Collection: ...
@overload
def loads(
    data: str | bytes, *, into: type[Story], max_depth: int = ..., max_bytes: int = ...
) -> Story: ...
@overload
def loads(
    data: str | bytes, *, into: type[Collection], max_depth: int = ..., max_bytes: int = ...
) -> Collection: ...


def loads(
    data: str | bytes,
    *,
    into: type[Story | Collection] | None = None,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Story | Collection:
    """
    Load a story or a collection from JSON text or UTF-8 bytes.

    Args:
        data: One JSON document: a story, or ``{"schema_version": ..., "stories": [...]}``.
        into: :class:`~rewardkit.Story` or :class:`~rewardkit.Collection` to require that
            kind of document; ``None`` accepts either.
        max_depth: The deepest nesting accepted.
        max_bytes: The largest document accepted, in bytes.

    Returns:
        The story or collection.

    Raises:
        LoadError: with every problem in the document (rules ``json-invalid`` and
            ``schema``), each with a JSON Pointer path.

    .. versionadded:: 0.1.0
    """
    # A plainly valid document takes the fast path; anything else (and any error) is
    # decided and explained by the detailed path below.
    fast = _fastload.try_loads(data, into, max_depth, max_bytes)
    if fast is not None:
        return fast
    return loads_detailed(data, into, max_depth, max_bytes)


def _unstructure(obj: Story | Collection) -> dict[str, Any]:
    if not isinstance(obj, Story | Collection):  # for untyped callers
        msg = f"expected a Story or a Collection, got {type(obj).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    result: dict[str, Any] = document_converter().unstructure(obj)
    return result


def dumps(obj: Story | Collection, *, indent: int | None = None) -> str:
    """
    Write a story or a collection as JSON text.

    The output is deterministic: keys in the order of SPEC section 4, fields holding their
    default left out (``schema_version`` and ``deidentification.method`` are always written),
    non-ASCII characters as they are, ``extensions`` verbatim.

    Args:
        obj: What to write.
        indent: Indent nested levels by this many spaces; ``None`` writes one compact line.

    Returns:
        The JSON text.

    .. versionadded:: 0.1.0
    """
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        _unstructure(obj), ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )


def _name_of(file: IO[Any]) -> str | None:
    name = getattr(file, "name", None)
    return name if isinstance(name, str) else None


def _located(e: LoadError, file: str | None) -> LoadError:
    return LoadError([f.located(file=file) for f in e.findings])


def load(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Story | Collection:
    """
    Load a story or a collection from a file.

    A ``.jsonl`` file is read as JSON Lines into a :class:`~rewardkit.Collection`; any other
    file holds one JSON document.

    Args:
        source: A path, or a binary file opened for reading (read as one JSON document).
        max_depth: The deepest nesting accepted.
        max_bytes: The largest document (or line) accepted, in bytes.

    Returns:
        The story or collection.

    Raises:
        LoadError: with every problem found, each naming the file (and the line for JSON
            Lines and for syntax errors).
        OSError: the file cannot be read.

    .. versionadded:: 0.1.0
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.suffix.lower() == ".jsonl":
            return _load_jsonl(path, max_depth=max_depth, max_bytes=max_bytes)
        name: str | None = str(path)
        with path.open("rb") as f:  # stop reading at the limit
            data = f.read(max_bytes + 1)
    else:
        name = _name_of(source)
        data = source.read(max_bytes + 1)
    try:
        return loads(data, max_depth=max_depth, max_bytes=max_bytes)
    except LoadError as e:
        raise _located(e, name) from None


def _load_jsonl(path: Path, *, max_depth: int, max_bytes: int) -> Collection:
    stories: list[Story] = []
    findings: list[Finding] = []
    for line in iter_jsonl(path, max_depth=max_depth, max_bytes=max_bytes):
        if line.error is not None:
            findings.extend(line.error.findings)
        elif line.story is not None:
            stories.append(line.story)
    if findings:
        raise LoadError(findings)
    return Collection(stories=tuple(stories))


def dump(
    obj: Story | Collection, target: str | os.PathLike[str] | IO[bytes], *, indent: int | None = 2
) -> None:
    """
    Write a story or a collection to a file as UTF-8 JSON.

    A path ending in ``.jsonl`` gets a collection as JSON Lines, one story per line. A path
    is written atomically (SPEC section 6b): a temporary file in the same directory is
    flushed, ``fsync``-ed and renamed over the target, so that a crash leaves the old file
    or the new one, never a truncated one.

    Args:
        obj: What to write.
        target: A path, or a binary file opened for writing.
        indent: Indent for ``.json`` output; ``None`` for one compact line.

    Raises:
        OutputError: *target* is a dangling symbolic link.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Paths are written atomically.
    """
    if isinstance(target, str | os.PathLike):
        with atomic_writer(target) as f:
            if Path(target).suffix.lower() == ".jsonl":
                stories = obj.stories if isinstance(obj, Collection) else (obj,)
                for story in stories:
                    f.write(dumps(story))
                    f.write("\n")
            else:
                f.write(dumps(obj, indent=indent) + "\n")
        return
    target.write((dumps(obj, indent=indent) + "\n").encode("utf-8"))


@attrs.frozen(kw_only=True)
class JsonlLine:
    """
    One non-blank line of a JSON Lines file, as :func:`iter_jsonl` yields it.

    Exactly one of :attr:`story` and :attr:`error` is set.

    Attributes:
        line: The 1-based physical line number.
        story: The story the line holds, when it is valid.
        error: Why the line could not be loaded, when it is not; its findings name the file
            and line.

    .. versionadded:: 0.1.0
    """

    line: int
    story: Story | None = None
    error: LoadError | None = None

    @property
    def ok(self) -> bool:
        """Whether the line held a valid story."""
        return self.error is None


def iter_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[JsonlLine]:
    """
    Stream the stories of a JSON Lines file, one line at a time, in constant memory.

    Blank lines (empty, or only spaces and tabs) are skipped. Each other line is decoded and
    checked on its own: a bad line yields a :class:`JsonlLine` with an ``error`` and never
    stops the lines after it. A line longer than *max_bytes* is skipped without being held in
    memory, and reported.

    Args:
        source: A path, or a binary file opened for reading.
        max_depth: The deepest nesting accepted in a line.
        max_bytes: The longest line accepted, in bytes.

    Yields:
        One :class:`JsonlLine` per non-blank line, in file order.

    .. versionadded:: 0.1.0
    """
    limits = Limits(max_bytes=max_bytes, max_depth=max_depth)
    if isinstance(source, str | os.PathLike):
        with Path(source).open("rb") as f:
            yield from lines(f, str(source), limits, _valid_line, _invalid_line)
    else:
        yield from lines(source, _name_of(source), limits, _valid_line, _invalid_line)


def _invalid_line(findings: tuple[Finding, ...], _file: str | None, number: int) -> JsonlLine:
    return JsonlLine(line=number, error=LoadError(findings))


_new = object.__new__
_set_line, _set_story, _set_error = (
    vars(JsonlLine)[name].__set__ for name in ("line", "story", "error")
)


def _valid_line(story: Story, _file: str | None, number: int) -> JsonlLine:
    """``JsonlLine(line=number, story=story)``, built without the frozen class's checks."""
    result = _new(JsonlLine)
    _set_line(result, number)
    _set_story(result, story)
    _set_error(result, None)
    return result
