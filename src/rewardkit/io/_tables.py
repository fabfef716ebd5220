"""
Tidy tables for R and pandas (SPEC section 10): stories, assignments, evidence, redactions.

One row per story, per theme assignment, per evidence span and per redaction, joined by
``story_id``. The tables are written as CSV (standard library) or Parquet (the ``parquet``
extra, pyarrow), streaming: rows go out in batches as the stories come in.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from rewardkit._files import atomic_writer, check_output
from rewardkit.exceptions import ExtraRequiredError
from rewardkit.story import Story  # noqa: TC001 - the documentation resolves the annotations

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Mapping

__all__ = ["TABLES", "story_rows", "write_tables"]

#: Every table and its columns, in order. ``docs/tables.md`` documents each column.
TABLES: Final[Mapping[str, tuple[str, ...]]] = {
    "stories": (
        "story_id",
        "title",
        "language",
        "platform",
        "community",
        "url",
        "posted_at",
        "retrieved_at",
        "text_form",
        "narrator_role",
        "narrator_setting",
        "coded_by",
        "content_warnings",
        "deid_status",
        "deid_method",
        "reviewed_by",
        "reviewed_at",
        "extensions",
        "text",
    ),
    "assignments": ("story_id", "assignment", "theme", "coder", "confidence", "evidence_count"),
    "evidence": ("story_id", "assignment", "theme", "coder", "start", "end", "quote"),
    "redactions": ("story_id", "start", "end", "category", "operator", "replacement"),
}
#: List columns: a Parquet list of strings; in CSV the items joined by this separator.
LIST_SEPARATOR: Final = ";"
_LISTS: Final = frozenset({"coded_by", "content_warnings"})
_TIMES: Final = frozenset({"posted_at", "retrieved_at", "reviewed_at"})
_FLOATS: Final = frozenset({"confidence"})
_INTS: Final = frozenset({"assignment", "evidence_count", "start", "end"})
_BATCH: Final = 10_000

Row = tuple[Any, ...]


def _value(x: object) -> Any:
    return x.value if hasattr(x, "value") else x


def story_rows(story: Story) -> dict[str, list[tuple[Any, ...]]]:
    """
    Return the rows a story contributes to each table, in the columns of :data:`TABLES`.

    Values are Python values: ``None`` where a field is absent, timestamps as
    :class:`~datetime.datetime`, ``coded_by`` and ``content_warnings`` as tuples,
    ``extensions`` as JSON text (``None`` when empty). ``assignment`` numbers a story's
    assignments from 0, so that evidence rows point at theirs.

    Args:
        story: The story.

    Returns:
        Table name to rows.

    .. versionadded:: 0.2.0
    """
    s_id, src, n, d = story.id, story.source, story.narrator, story.deidentification
    stories = [
        (
            s_id,
            story.title,
            story.language,
            src.platform,
            src.community,
            src.url,
            src.posted_at,
            src.retrieved_at,
            _value(src.text_form),
            _value(n.role) if n is not None else None,
            _value(n.setting) if n is not None and n.setting is not None else None,
            story.coded_by,
            tuple(w.value for w in story.content_warnings),
            d.status.value,
            d.method.value,
            d.reviewed_by,
            d.reviewed_at,
            json.dumps(dict(story.extensions), ensure_ascii=False, sort_keys=True)
            if story.extensions
            else None,
            story.text,
        )
    ]
    assignments: list[Row] = []
    evidence: list[Row] = []
    for i, a in enumerate(story.themes):
        assignments.append((s_id, i, a.theme, a.coder, a.confidence, len(a.evidence)))
        evidence.extend(
            (s_id, i, a.theme, a.coder, e.start, e.end, story.text[e.start : e.end])
            for e in a.evidence
        )
    redactions = [
        (s_id, r.start, r.end, r.category.value, r.operator.value, r.replacement)
        for r in d.redactions
    ]
    return {
        "stories": stories,
        "assignments": assignments,
        "evidence": evidence,
        "redactions": redactions,
    }


#: A story's rows for each table: a list of rows (Parquet), or how many and their CSV text.
StoryTables = dict[str, list[Row]] | dict[str, tuple[int, str]]


def rows_of(fmt: str) -> Callable[[Story], StoryTables]:
    """Return what makes a story's rows for the tables in *fmt*: :func:`csv_text` for CSV."""
    return csv_text if fmt == "csv" else story_rows


def _csv_cell(column: str, value: Any) -> Any:
    if value is None:
        return ""
    if column in _LISTS:
        return LIST_SEPARATOR.join(value)
    if isinstance(value, datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    return value


def csv_text(story: Story) -> dict[str, tuple[int, str]]:
    """
    Return a story's rows as the CSV tables write them: per table, how many and their text.

    Text is what a worker sends back fastest; the rows of a CSV file do not depend on each
    other, so the tables are these texts one after another.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    texts: dict[str, tuple[int, str]] = {}
    for name, rows in story_rows(story).items():
        columns = TABLES[name]
        writer.writerows(
            [_csv_cell(c, v) for c, v in zip(columns, row, strict=True)] for row in rows
        )
        texts[name] = (len(rows), out.getvalue())
        out.seek(0)
        out.truncate()
    return texts


class _CsvSink:
    def __init__(self, stack: contextlib.ExitStack, path: Path, columns: tuple[str, ...]) -> None:
        self.columns = columns
        self.file = stack.enter_context(atomic_writer(path))
        csv.writer(self.file, lineterminator="\n").writerow(columns)

    def write(self, rows: tuple[int, str]) -> None:
        self.file.write(rows[1])

    def close(self) -> None:
        pass


class _ParquetSink:
    def __init__(self, stack: contextlib.ExitStack, path: Path, columns: tuple[str, ...]) -> None:
        import pyarrow as pa  # type: ignore[import-untyped]  # noqa: PLC0415 - only for Parquet
        import pyarrow.parquet as pq  # type: ignore[import-untyped]  # noqa: PLC0415

        self.pa = pa
        self.columns = columns
        self.schema = pa.schema([(c, _arrow_type(pa, c)) for c in columns])
        f = stack.enter_context(atomic_writer(path, binary=True))
        self.writer = pq.ParquetWriter(f, self.schema)
        stack.callback(self.writer.close)
        self.pending: list[Row] = []

    def write(self, rows: list[Row]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        columns = (
            list(zip(*self.pending, strict=True)) if self.pending else [()] * len(self.columns)
        )
        arrays = [
            self.pa.array(list(values), type=field.type)
            for values, field in zip(columns, self.schema, strict=True)
        ]
        self.writer.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema))
        self.pending.clear()

    def close(self) -> None:
        if self.pending:
            self.flush()


def _arrow_type(pa: Any, column: str) -> Any:
    if column in _LISTS:
        return pa.list_(pa.string())
    if column in _TIMES:
        return pa.timestamp("us", tz="UTC")
    if column in _FLOATS:
        return pa.float64()
    if column in _INTS:
        return pa.int64()
    return pa.string()


#: The formats :func:`write_tables` writes.
TABLE_FORMATS: Final = ("csv", "parquet")


def write_tables(
    stories: Iterable[Story],
    directory: str | os.PathLike[str],
    *,
    fmt: str = "csv",
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> dict[str, int]:
    """
    Write the four tidy tables of *stories* into *directory*.

    The files are ``stories``, ``assignments``, ``evidence`` and ``redactions`` with the
    suffix ``.csv`` or ``.parquet``, each written atomically; *directory* is made if needed.
    CSV is UTF-8 without a byte-order mark, empty cells for absent values, timestamps in RFC
    3339, list columns joined by ``;``. Parquet has typed columns: timestamps in UTC, lists
    as lists of strings, offsets as 64-bit integers.

    Args:
        stories: The stories; consumed one at a time.
        directory: Where the tables go.
        fmt: ``csv`` or ``parquet`` (needs the ``parquet`` extra).
        inputs: The files being read, which no table may overwrite.

    Returns:
        Table name to the number of rows written.

    Raises:
        ExtraRequiredError: Parquet was asked for and pyarrow is not installed.
        OutputError: A table's path is an input, a directory or a dangling link.

    .. versionadded:: 0.2.0
    """
    rows = rows_of(fmt) if fmt in TABLE_FORMATS else story_rows
    return write_rows((rows(story) for story in stories), directory, fmt=fmt, inputs=inputs)


def write_rows(
    stories: Iterable[StoryTables],
    directory: str | os.PathLike[str],
    *,
    fmt: str = "csv",
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> dict[str, int]:
    """Write the tables as :func:`write_tables`, from each story's rows made by :func:`rows_of`."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r}; choose csv or parquet")
    if fmt == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401, PLC0415 - checked before anything is written
        except ImportError:
            raise ExtraRequiredError(
                "writing Parquet needs pyarrow: pip install 'rewardkit[parquet]'"
            ) from None
    out = Path(directory)
    paths = {name: out / f"{name}.{fmt}" for name in TABLES}
    inputs = list(inputs)
    for path in paths.values():
        check_output(path, inputs)
    out.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(TABLES, 0)
    sink: Callable[[contextlib.ExitStack, Path, tuple[str, ...]], _CsvSink | _ParquetSink]
    sink = _CsvSink if fmt == "csv" else _ParquetSink
    with contextlib.ExitStack() as stack:
        sinks = {name: sink(stack, paths[name], columns) for name, columns in TABLES.items()}
        for tables in stories:
            for name, rows in tables.items():
                sinks[name].write(rows)  # type: ignore[arg-type]  # the rows of its format
                counts[name] += rows[0] if isinstance(rows, tuple) else len(rows)
        for s in sinks.values():
            s.close()
    return counts
