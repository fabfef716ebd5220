"""
Survey exports (Qualtrics, REDCap, Google Forms, Excel) into stories (SPEC section 10).

One row is one story: the answer in the ``--text`` column becomes the text (verbatim, status
``raw``, platform ``survey``), other columns fill the fields they are mapped to. The encoding
is found from the byte-order mark (UTF-8, UTF-8 with BOM, UTF-16 as Excel writes it), the
delimiter from the header line (comma, semicolon or tab). Rows stream; :func:`csv_story` turns
one row into a story and is a pure function of its arguments.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import functools
import io
import itertools
import os
import re
from collections.abc import Iterator, Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from typing import IO, Any, Final

import attrs

from rewardkit.exceptions import FieldError, InputError
from rewardkit.story import (
    Deidentification,
    DeidStatus,
    Narrator,
    NarratorRole,
    Setting,
    Source,
    Story,
    TextForm,
)

from ._jobs import Imported, imported, in_order
from ._reddit import EMPTY, MALFORMED, ImportReport, Skipped

__all__ = ["CSV_FIELDS", "CsvOptions", "csv_story", "detect_encoding", "iter_csv"]

#: The story fields a column can be mapped to with ``--map FIELD=COLUMN``.
CSV_FIELDS: Final = (
    "title",
    "language",
    "source.community",
    "source.url",
    "source.posted_at",
    "source.retrieved_at",
    "narrator.role",
    "narrator.setting",
)
NO_ID: Final = "no id"

_DELIMITERS: Final = (",", ";", "\t", "|")
_SLUG: Final = re.compile(r"[\s-]+")
_ROLE_ALIASES: Final = {"counsellor": "counselor", "peer_support": "peer_support_worker"}


@attrs.frozen(kw_only=True)
class CsvOptions:
    """
    How the columns of a survey export become stories.

    Attributes:
        text: The column holding the story.
        id: The column holding a respondent or record id; ``None`` uses the row number as a
            spreadsheet shows it (``row-2`` for the first answer).
        mapping: Story fields (see :data:`CSV_FIELDS`) to the columns that fill them.
        id_prefix: Put before each id (``survey:R_1AbC`` or ``survey:row-12``).
        platform: ``source.platform``.
        encoding: The encoding; ``None`` finds it from the byte-order mark.
        delimiter: The delimiter; ``None`` finds it from the header line.
        timezone: Where timestamps without a zone were recorded (an IANA name such as
            ``Europe/Berlin``); without it such a timestamp is an error.

    .. versionadded:: 0.2.0
    """

    text: str
    id: str | None = None
    mapping: Mapping[str, str] = attrs.field(factory=dict)
    id_prefix: str = "survey:"
    platform: str = "survey"
    encoding: str | None = None
    delimiter: str | None = None
    timezone: str | None = None

    def __attrs_post_init__(self) -> None:
        unknown = [f for f in self.mapping if f not in CSV_FIELDS]
        if unknown:
            close = difflib.get_close_matches(unknown[0], CSV_FIELDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValueError(
                f"cannot map a column to {unknown[0]!r}{hint}; fields: {', '.join(CSV_FIELDS)}"
            )


def detect_encoding(head: bytes) -> str:
    """
    Find a CSV file's encoding from its first bytes (a byte-order mark), without guessing.

    Args:
        head: The first bytes of the file (four are enough).

    Returns:
        ``utf-8-sig`` for UTF-8 with a BOM, ``utf-16`` for UTF-16 with a BOM (Excel's
        "Unicode text"), ``utf-32`` likewise, and ``utf-8`` otherwise.

    .. versionadded:: 0.2.0
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8"


def _delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _missing(column: str, header: list[str], option: str, file: str) -> InputError:
    close = difflib.get_close_matches(column, header, n=1, cutoff=0.6)
    folded = [h for h in header if h.casefold() == column.casefold()]
    hint = folded or close
    shown = ", ".join(repr(h) for h in header[:20]) + (", ..." if len(header) > 20 else "")
    return InputError(
        f"no column {column!r} ({option})"
        + (f"; did you mean {hint[0]!r}?" if hint else ".")
        + f" The columns are: {shown}",
        file=file,
        line=1,
    )


def _zone(name: str | None) -> tzinfo | None:
    if name is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # noqa: PLC0415 - only with --timezone

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {name!r} (use an IANA name such as 'Europe/Berlin')"
        ) from None


def _timestamp(value: str, column: str, zone: tzinfo | None) -> datetime:
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"column {column!r}: not a timestamp such as 2024-03-14 18:22:00"
        ) from None
    if parsed.tzinfo is None:
        if zone is None:
            raise ValueError(f"column {column!r}: the timestamp has no time zone; pass --timezone")
        parsed = parsed.replace(tzinfo=zone)
    return parsed


def _member(value: str, kind: type[NarratorRole | Setting], column: str) -> Any:
    key = _SLUG.sub("_", value.strip().lower())
    key = _ROLE_ALIASES.get(key, key)
    try:
        return kind(key)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise ValueError(f"column {column!r}: not one of {allowed}") from None


def csv_story(
    row: Mapping[str, str],
    *,
    number: int,
    options: CsvOptions,
    zone: tzinfo | None = None,
) -> Story | Skipped:
    """
    Turn one survey row into a story, or say why not.

    Args:
        row: The row, column name to value.
        number: The row's number as a spreadsheet shows it (the header is row 1), for ids
            made from it.
        options: The column mapping.
        zone: The time zone of timestamps that have none (from ``options.timezone``).

    Returns:
        The story, or :class:`Skipped` (``empty``, ``no id``, or ``malformed`` with what is
        wrong, never the answer itself).

    .. versionadded:: 0.2.0
    """
    text = row.get(options.text) or ""
    if not text.strip():
        return Skipped(EMPTY)
    if options.id is not None:
        raw_id = (row.get(options.id) or "").strip()
        if not raw_id:
            return Skipped(NO_ID)
        story_id = options.id_prefix + raw_id
    else:
        story_id = f"{options.id_prefix}row-{number}"
    values = {f: (row.get(c) or "").strip() for f, c in options.mapping.items()}
    try:
        return _build(story_id, text, values, options, zone)
    except ValueError as e:  # includes the models' FieldError
        return Skipped(MALFORMED, str(e))


def _build(
    story_id: str,
    text: str,
    values: Mapping[str, str],
    options: CsvOptions,
    zone: tzinfo | None,
) -> Story:
    def get(field: str) -> str | None:
        return values.get(field) or None

    def when(field: str) -> datetime | None:
        value = get(field)
        return _timestamp(value, options.mapping[field], zone) if value else None

    role, setting = get("narrator.role"), get("narrator.setting")
    narrator = None
    if role is not None:
        narrator = Narrator(
            role=_member(role, NarratorRole, options.mapping["narrator.role"]),
            setting=_member(setting, Setting, options.mapping["narrator.setting"])
            if setting
            else None,
        )
    elif setting is not None:
        raise ValueError(
            f"column {options.mapping['narrator.setting']!r} has a setting but"
            " the narrator's role is empty"
        )
    try:
        return Story(
            id=story_id,
            title=get("title"),
            text=text,
            language=get("language"),
            source=Source(
                platform=options.platform,
                community=get("source.community"),
                url=get("source.url"),
                posted_at=when("source.posted_at"),
                retrieved_at=when("source.retrieved_at"),
                text_form=TextForm.VERBATIM,
            ),
            narrator=narrator,
            deidentification=Deidentification(status=DeidStatus.RAW),
        )
    except FieldError as e:
        if e.field == "id":
            raise ValueError(
                "the id is not a story id (1-128 characters of A-Z a-z 0-9 . _ : -)"
            ) from None
        raise


def _open_text(f: io.BufferedReader, options: CsvOptions, name: str) -> IO[str]:
    encoding = options.encoding or detect_encoding(f.peek(4)[:4])
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", file=name) from None
    return io.TextIOWrapper(f, encoding=encoding, newline="")


def _header(text: IO[str], options: CsvOptions, name: str) -> tuple[Any, list[str]]:
    first = text.readline()
    delimiter = options.delimiter or _delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter), [])
    header = [h.strip() for h in header]
    if not header or header == [""]:
        raise InputError("the file is empty (no header row)", file=name, line=1)
    reader = csv.reader(text, delimiter=delimiter)
    return reader, header


def iter_csv(
    path: str | os.PathLike[str],
    *,
    options: CsvOptions,
    report: ImportReport | None = None,
) -> Iterator[Story]:
    """
    Stream the stories of a survey export, one row at a time.

    The first row names the columns. A Qualtrics export's two extra header rows (the
    question texts and the ``{"ImportId": ...}`` row) are recognised and skipped. Rows with
    an empty answer are skipped as ``empty``; a row whose values do not fit (an unknown
    role, a timestamp without a zone, a second row with the same id) is counted, listed in
    *report* with its line, and skipped.

    Args:
        path: The CSV file.
        options: The column mapping.
        report: Filled in with counts and problems.

    Yields:
        The stories.

    Raises:
        InputError: The file has no header, a named column is missing (the message suggests
            the closest one), the encoding is unknown, or the file is not in its encoding.
        ValueError: ``options.timezone`` is not a known zone.
        OSError: The file cannot be read.

    .. versionadded:: 0.2.0
    """
    for item in stream_csv(path, options=options, report=report, dump=False, jobs=1):
        if item.story is not None:  # always: dump=False keeps the story
            yield item.story


def stream_csv(
    path: str | os.PathLike[str],
    *,
    options: CsvOptions,
    report: ImportReport | None,
    dump: bool,
    jobs: int,
) -> Iterator[Imported]:
    """
    Stream the stories of a survey export as :func:`iter_csv`, converted in *jobs* processes.

    This process reads the rows and keeps what needs memory of the run (the ids seen, the
    counts); the workers turn rows into stories and, with *dump*, into JSON lines. Results
    are merged in row order, so the stories, counts and problems are those of ``jobs=1``.
    """
    report = report if report is not None else ImportReport()
    zone = _zone(options.timezone)
    name = os.fspath(path)
    convert = functools.partial(_convert_row, options=options, zone=zone, dump=dump)
    with Path(path).open("rb") as raw, _open_text(raw, options, name) as text:
        seen: set[str] = set()
        for line, result in in_order(convert, _decoded(text, options, report, name), jobs=jobs):
            if isinstance(result, Skipped):
                no_id = Skipped(MALFORMED, f"column {options.id!r} (--id) is empty")
                report.skip(no_id if result.reason == NO_ID else result, name, line)
                continue
            if result.id in seen:
                report.skip(Skipped(MALFORMED, "a second row with the same id"), name, line)
                continue
            seen.add(result.id)
            report.stories += 1
            yield result
    report.files += 1


#: A row as read: its line in the file, its number as a spreadsheet shows it, its values.
Row = tuple[int, int, dict[str, str]]


def _convert_row(
    row: Row, *, options: CsvOptions, zone: tzinfo | None, dump: bool
) -> tuple[int, Imported | Skipped]:
    """Turn one row into a story, in a worker or in this process: ``(line, result)``."""
    line, number, values = row
    result = csv_story(values, number=number, options=options, zone=zone)
    return line, result if isinstance(result, Skipped) else imported(result, dump=dump)


def _decoded(text: IO[str], options: CsvOptions, report: ImportReport, name: str) -> Iterator[Row]:
    try:
        yield from _rows(text, options, report, name)
    except UnicodeDecodeError as e:
        raise InputError(
            f"not {e.encoding.upper()} text; pass --encoding (cp1252 for older Excel files)"
            " or save the file as 'CSV UTF-8'",
            file=name,
        ) from None
    except csv.Error as e:
        raise InputError(f"not CSV: {e}", file=name) from None


def _rows(text: IO[str], options: CsvOptions, report: ImportReport, name: str) -> Iterator[Row]:
    reader, header = _header(text, options, name)
    columns = [("--text", options.text)]
    columns += [("--id", options.id)] if options.id is not None else []
    columns += [(f"--map {f}", c) for f, c in options.mapping.items()]
    for option, column in columns:
        if column not in header:
            raise _missing(column, header, option, name)
        if header.count(column) > 1:
            raise InputError(f"column {column!r} ({option}) appears twice", file=name, line=1)
    # Each record with its line (the header was read before the reader) and its row number
    # as a spreadsheet shows it (the header is row 1).
    records = ((reader.line_num + 1, row, cells) for row, cells in enumerate(reader, start=2))
    first = list(itertools.islice(records, 2))
    if len(first) == 2 and any(c.startswith('{"ImportId"') for c in first[1][2]):
        report.notes.append("skipped the two extra header rows of a Qualtrics export")
        first = []
    for line, row, cells in itertools.chain(first, records):
        if not any(c.strip() for c in cells):
            continue  # a blank line
        yield line, row, dict(zip(header, cells, strict=False))
