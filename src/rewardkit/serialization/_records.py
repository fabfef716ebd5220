"""
Reading a document story by story: each story, or its load problems, as a value.

:func:`iter_document` reads one JSON document (a story or a collection) and
:func:`iter_json_lines` a JSON Lines stream; both yield one :class:`StoryRecord` per story.
A story of a collection that breaks a field rule gives a record with its ``schema`` findings,
and every other story of the collection is still loaded: one bad story never hides the rest
(SPEC section 5). Problems of the document as a whole (it is not JSON, an unknown top-level
key) give a record without a story.
"""

from __future__ import annotations

import io
from typing import IO, TYPE_CHECKING, Any, TypeVar

import attrs

from rewardkit.exceptions import LoadError
from rewardkit.findings import JSON_INVALID, Finding, Severity, format_pointer
from rewardkit.story import Collection, Story

from . import _decode, _fastload
from ._converter import structure_document, structure_model

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

__all__ = [
    "Limits",
    "Locator",
    "StoryRecord",
    "iter_document",
    "iter_json_lines",
    "lines",
    "loads_detailed",
]

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class Limits:
    """
    The limits of SPEC section 4a on what a reader accepts.

    Attributes:
        max_bytes: The largest document, or JSON Lines line, in bytes (64 MiB).
        max_depth: The deepest nesting of a document (200 levels).

    .. versionadded:: 0.2.0
    """

    max_bytes: int = attrs.field(
        default=_decode.DEFAULT_MAX_BYTES, validator=attrs.validators.ge(1)
    )
    max_depth: int = attrs.field(
        default=_decode.DEFAULT_MAX_DEPTH, validator=attrs.validators.ge(1)
    )


class Locator:
    """
    Finds the line of a JSON Pointer in one document's text, scanning only when asked.

    Every story of a ``.json`` document shares its document's locator, so that the lines of
    all findings of a document can be found in one scan.

    Args:
        data: The document's text or bytes.
    """

    __slots__ = ("_data", "_lines")

    def __init__(self, data: str | bytes) -> None:
        self._data = data
        self._lines: dict[str, int | None] = {}

    def lines(self, pointers: Sequence[str | None]) -> list[int | None]:
        """Return the 1-based line of each pointer (``None`` where it cannot be placed)."""
        missing = [p for p in dict.fromkeys(pointers) if p is not None and p not in self._lines]
        if missing:
            from ._locate import locate_lines  # noqa: PLC0415 - only when findings need lines

            found = locate_lines(self._data, list[str | None](missing))
            self._lines.update(zip(missing, found, strict=True))
        return [None if p is None else self._lines[p] for p in pointers]

    def locate(self, findings: list[Finding]) -> list[Finding]:
        """Return *findings* with the line of each path filled in where it was unknown."""
        wanted = [f.path for f in findings if f.line is None and f.path is not None]
        if not wanted:
            return findings
        placed = dict(zip(wanted, self.lines(wanted), strict=True))
        return [
            f if f.line is not None or f.path is None else attrs.evolve(f, line=placed[f.path])
            for f in findings
        ]


@attrs.frozen(kw_only=True)
class StoryRecord:
    """
    One story as read from a document: the story, or why it could not be loaded.

    Exactly one of :attr:`story` and :attr:`findings` is set, except for the problems of a
    document as a whole, which come without a story.

    Attributes:
        story: The story, when it loaded.
        findings: Why it did not load (``json-invalid`` and ``schema`` findings), each naming
            the file, the line where known, and a JSON Pointer from the document's root.
        file: The file the document came from, if any.
        line: The story's line: the physical line of a JSON Lines file; ``None`` for a story
            of a ``.json`` document (its findings are placed by :attr:`locator`).
        path: Where the story sits in its document: ``()`` for a document that is one story,
            ``("stories", 3)`` for the fourth story of a collection.
        locator: Finds lines in the story's ``.json`` document; ``None`` in JSON Lines.

    .. versionadded:: 0.2.0
    """

    story: Story | None
    findings: tuple[Finding, ...] = ()
    file: str | None = None
    line: int | None = None
    path: tuple[str | int, ...] = ()
    locator: Locator | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def ok(self) -> bool:
        """Whether the story loaded."""
        return self.story is not None

    @property
    def pointer(self) -> str:
        """:attr:`path` as a JSON Pointer (``""`` or ``/stories/3``)."""
        return format_pointer(self.path)


def _stamped(findings: list[Finding], file: str | None, locator: Locator) -> tuple[Finding, ...]:
    return tuple(f.located(file=file) for f in locator.locate(findings))


def iter_document(
    data: str | bytes, *, file: str | None = None, limits: Limits | None = None
) -> Iterator[StoryRecord]:
    """
    Read one JSON document, a story or a collection, story by story.

    Args:
        data: The document, as JSON text or UTF-8 bytes (a BOM is dropped).
        file: The file it came from, recorded in every record and finding.
        limits: Size and depth limits; the defaults of SPEC section 4a.

    Yields:
        One :class:`StoryRecord` per story, in document order; first, a record without a
        story for problems of the document as a whole.

    .. versionadded:: 0.2.0
    """
    limits = limits or Limits()
    locator = Locator(data)
    fast = _fastload.try_loads(data, None, limits.max_depth, limits.max_bytes)
    if isinstance(fast, Story):
        yield StoryRecord(story=fast, file=file, locator=locator)
        return
    if isinstance(fast, Collection):
        for i, story in enumerate(fast.stories):
            yield StoryRecord(story=story, file=file, path=("stories", i), locator=locator)
        return
    yield from _detailed(data, file, limits, locator)


def _detailed(
    data: str | bytes, file: str | None, limits: Limits, locator: Locator
) -> Iterator[StoryRecord]:
    try:
        if isinstance(data, str):
            raw = _decode.decode_str(data, max_depth=limits.max_depth, max_bytes=limits.max_bytes)
        else:
            raw = _decode.decode_bytes(data, max_depth=limits.max_depth, max_bytes=limits.max_bytes)
    except LoadError as e:
        found = list(e.findings)
        yield StoryRecord(story=None, findings=_stamped(found, file, locator), file=file)
        return
    if type(raw) is not dict or "stories" not in raw:
        try:
            story = structure_model_document(raw)
        except LoadError as e:
            found = list(e.findings)
            yield StoryRecord(story=None, findings=_stamped(found, file, locator), file=file)
        else:
            yield StoryRecord(story=story, file=file, locator=locator)
        return
    yield from _collection(raw, file, locator)


def structure_model_document(raw: object) -> Story:
    """Structure a decoded document that is not a collection as a story."""
    story = structure_document(raw, Story)
    assert isinstance(story, Story)  # noqa: S101 - a document without "stories" is a story
    return story


def _collection(raw: dict[str, Any], file: str | None, locator: Locator) -> Iterator[StoryRecord]:
    items = raw["stories"]
    shell = {**raw, "stories": []} if type(items) is list else raw
    results: list[tuple[tuple[str | int, ...], Story | None, list[Finding]]] = []
    try:
        structure_document(shell, Collection)
    except LoadError as e:
        results.append(((), None, list(e.findings)))
    if type(items) is list:
        for i, item in enumerate(items):
            path: tuple[str | int, ...] = ("stories", i)
            try:
                story = structure_model(item, Story) if type(item) is dict else None
                assert story is None or isinstance(story, Story)  # noqa: S101 - structured as Story
            except LoadError as e:
                prefix = format_pointer(path)
                results.append(
                    (
                        path,
                        None,
                        [attrs.evolve(f, path=prefix + (f.path or "")) for f in e.findings],
                    )
                )
                continue
            if story is None:
                results.append((path, None, [_not_an_object(path, item)]))
            else:
                results.append((path, story, []))
    # Place every finding of the document in one scan of its text.
    everything = locator.locate([f for _, _, found in results for f in found])
    placed = iter(everything)
    for path, story, found in results:
        findings = tuple(next(placed).located(file=file) for _ in found)
        yield StoryRecord(story=story, findings=findings, file=file, path=path, locator=locator)


def _not_an_object(path: tuple[str | int, ...], item: object) -> Finding:
    from rewardkit._validators import describe  # noqa: PLC0415 - on the error path only

    return Finding(
        rule="schema",
        severity=Severity.ERROR,
        path=format_pointer(path),
        message=f"expected a story (an object), got {describe(item)}",
    )


_BLANK = b" \t\r\n"
_BLANK_BYTES = frozenset(_BLANK)


def iter_json_lines(
    stream: IO[bytes], *, file: str | None = None, limits: Limits | None = None
) -> Iterator[StoryRecord]:
    """
    Read a JSON Lines stream story by story, in constant memory.

    Blank lines (empty, or only spaces and tabs) are skipped. Each other line is decoded and
    checked on its own: a bad line yields a record with its findings and never stops the lines
    after it. A line longer than the limit is skipped without being held in memory, and
    reported.

    Args:
        stream: A binary stream.
        file: The file it came from, recorded in every record and finding.
        limits: Size and depth limits for each line.

    Yields:
        One :class:`StoryRecord` per non-blank line, with its physical line number.

    .. versionadded:: 0.2.0
    """
    return lines(stream, file, limits or Limits(), _valid_record, _invalid_record)


def lines(
    stream: IO[bytes],
    file: str | None,
    limits: Limits,
    valid: Callable[[Story, str | None, int], T],
    invalid: Callable[[tuple[Finding, ...], str | None, int], T],
) -> Iterator[T]:
    """Read JSON Lines, making each line's result with *valid* or *invalid*."""
    max_bytes, max_depth = limits.max_bytes, limits.max_depth
    # The fast path for this file's limits, looked up once: each line pays only for its load.
    fast, blank = _fastload.loader(Story, max_depth, max_bytes), _BLANK_BYTES
    number = 0
    for line in physical_lines(stream, max_bytes):
        number += 1
        if line is None:
            yield invalid((_too_long(file, number, max_bytes),), file, number)
            continue
        raw = line[3:] if number == 1 and line.startswith(b"\xef\xbb\xbf") else line
        if (not raw or raw[0] in blank) and not raw.strip(_BLANK):
            continue
        story = fast(raw)
        if story is None:
            try:
                story = loads_detailed(raw, Story, max_depth, max_bytes)
            except LoadError as e:
                # The physical line replaces any line within the line's own document.
                yield invalid(
                    tuple(attrs.evolve(f, file=file, line=number) for f in e.findings),
                    file,
                    number,
                )
                continue
        yield valid(story, file, number)  # type: ignore[arg-type]


# How much of a buffered file is read at a time, when its lines are split in bulk.
_CHUNK = 1 << 18


def physical_lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:  # noqa: PLR0912 - each way a line can end
    """
    Split *stream* into lines, each with its newline; ``None`` for a line over *max_bytes*.

    A line over the limit (not counting its newline) is skipped without being held in memory.
    A buffered file or stdin is read in chunks as they come (``read1``: the lines of a pipe
    are given as soon as they arrive) and split with ``find``, which costs less than a
    ``readline`` per line; any other stream is read a line at a time.
    """
    if type(stream) is not io.BufferedReader:
        yield from _readlines(stream, max_bytes)
        return
    size, read1 = max_bytes + 1, stream.read1
    pending: bytearray | None = None  # the start of a line that runs past the last chunk
    skipping = False  # in the rest of a line over the limit
    while True:
        chunk = read1(_CHUNK)
        if not chunk:
            if pending:
                yield bytes(pending)
            return
        find, start = chunk.find, 0
        end = find(b"\n") + 1
        if pending is not None or skipping:
            if not end:  # the line goes on past this chunk too
                if pending is not None and len(pending) + len(chunk) > max_bytes:
                    pending, skipping = None, True
                    yield None
                elif pending is not None:
                    pending += chunk
                continue
            if pending is None:
                skipping = False
            elif len(pending) + end > size:
                yield None
            else:
                pending += chunk[:end]
                yield bytes(pending)
            pending, start = None, end
            end = find(b"\n", start) + 1
        while end:
            yield None if end - start > size else chunk[start:end]
            start = end
            end = find(b"\n", start) + 1
        if start < len(chunk):
            if len(chunk) - start > max_bytes:
                skipping = True
                yield None
            else:
                pending = bytearray(chunk[start:] if start else chunk)


def _readlines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | None]:
    """:func:`physical_lines` for any stream: one ``readline`` per line."""
    readline, size = stream.readline, max_bytes + 1
    while True:
        raw = readline(size)
        if not raw:
            return
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                raw = readline(io.DEFAULT_BUFFER_SIZE)
            yield None
            continue
        yield raw


def loads_detailed(
    data: str | bytes,
    into: type[Story | Collection] | None,
    max_depth: int = _decode.DEFAULT_MAX_DEPTH,
    max_bytes: int = _decode.DEFAULT_MAX_BYTES,
) -> Story | Collection:
    """Load with every check in pure Python, collecting every problem; what ``loads`` trusts."""
    try:
        if isinstance(data, str):
            raw = _decode.decode_str(data, max_depth=max_depth, max_bytes=max_bytes)
        else:
            raw = _decode.decode_bytes(bytes(data), max_depth=max_depth, max_bytes=max_bytes)
    except LoadError as e:
        raise with_lines(e, data) from None
    try:
        return structure_document(raw, into)
    except LoadError as e:
        raise with_lines(e, data) from None


def with_lines(error: LoadError, data: str | bytes) -> LoadError:
    """Add the line of each finding's path, where the text shows it."""
    pointers: list[str | None] = [
        f.path for f in error.findings if f.path is not None and f.line is None
    ]
    if not pointers:
        return error
    from ._locate import locate_lines  # noqa: PLC0415 - only on the error path

    placed = dict(zip(pointers, locate_lines(data, list(pointers)), strict=True))
    return LoadError(
        [
            f if f.path is None or f.line is not None else attrs.evolve(f, line=placed[f.path])
            for f in error.findings
        ]
    )


def raw_lines(stream: IO[bytes], limits: Limits) -> Iterator[tuple[int, bytes | None]]:
    """
    Split JSON Lines as :func:`lines` does, without decoding: ``(number, raw)`` per line.

    Blank lines are skipped and a first line's BOM is dropped; a line over the limit gives
    ``(number, None)`` and is never held in memory. :func:`line_record` makes the record.
    """
    number = 0
    for line in physical_lines(stream, limits.max_bytes):
        number += 1
        if line is None:
            yield number, None
            continue
        raw = line[3:] if number == 1 and line.startswith(b"\xef\xbb\xbf") else line
        if (not raw or raw[0] in _BLANK_BYTES) and not raw.strip(_BLANK):
            continue
        yield number, raw


def _too_long(file: str | None, number: int, max_bytes: int) -> Finding:
    return Finding(
        rule=JSON_INVALID,
        severity=Severity.ERROR,
        path=None,
        file=file,
        line=number,
        message=f"the line is longer than the limit of {max_bytes} bytes",
    )


def line_record(raw: bytes | None, number: int, file: str | None, limits: Limits) -> StoryRecord:
    """Make the record of one line that :func:`raw_lines` gave, as :func:`iter_json_lines`."""
    if raw is None:
        return _invalid_record((_too_long(file, number, limits.max_bytes),), file, number)
    story = _fastload.try_loads(raw, Story, limits.max_depth, limits.max_bytes)
    if story is None:
        try:
            story = loads_detailed(raw, Story, limits.max_depth, limits.max_bytes)
        except LoadError as e:
            findings = tuple(attrs.evolve(f, file=file, line=number) for f in e.findings)
            return _invalid_record(findings, file, number)
    return _valid_record(story, file, number)  # type: ignore[arg-type]


def _invalid_record(findings: tuple[Finding, ...], file: str | None, number: int) -> StoryRecord:
    return StoryRecord(story=None, findings=findings, file=file, line=number)


_new = object.__new__
_set_story, _set_findings, _set_file, _set_line, _set_path, _set_locator = (
    vars(StoryRecord)[name].__set__
    for name in ("story", "findings", "file", "line", "path", "locator")
)


def _valid_record(story: Story, file: str | None, number: int) -> StoryRecord:
    """``StoryRecord(story=story, file=file, line=number)``, built without the frozen checks."""
    record = _new(StoryRecord)
    _set_story(record, story)
    _set_findings(record, ())
    _set_file(record, file)
    _set_line(record, number)
    _set_path(record, ())
    _set_locator(record, None)
    return record
