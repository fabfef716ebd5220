"""
Beyond one machine: validate and redact Dask bags of JSON Lines (``pip install rewardkit[dask]``).

A bag's partitions are checked where they lie, on a laptop's cores or a cluster's workers,
by the same loader and rules as ``rewardkit validate``. The rules that look at one story run
in the partitions; ``id-duplicate``, which compares every story with the ones before it, is
worked out over the whole bag afterwards (stories are ordered by partition, then by line).

    >>> import rewardkit.dask as rkd                                   # doctest: +SKIP
    >>> bag = rkd.read_jsonl("s3://bucket/stories/*.jsonl")             # doctest: +SKIP
    >>> findings = rkd.validate_bag(bag, profile="publish").compute()   # doctest: +SKIP

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING, Any, cast

import dask.bag
import dask.dataframe as dd
from dask.delayed import delayed

from rewardkit.exceptions import LoadError
from rewardkit.findings import ID_DUPLICATE, Severity
from rewardkit.rules import Validator
from rewardkit.serialization import Limits, dumps
from rewardkit.serialization._records import line_record

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from rewardkit.story import Story
    from rewardkit.typing import TaxonomyLike

__all__ = ["COLUMNS", "read_jsonl", "redact_bag", "validate_bag"]

# pandas comes with dask's dataframes; it is used here without its type stubs.
pd: Any = importlib.import_module("pandas")

#: The columns of the findings dataframe, which are the keys of the JSON report.
COLUMNS = ("file", "line", "path", "rule", "severity", "message")
_ID_COLUMNS = ("id", "order", "file", "line")
# A partition's stories are numbered below this, so that (partition, line) is one integer.
_PER_PARTITION = 1 << 40


def read_jsonl(urlpath: str | Sequence[str], **storage_options: Any) -> dask.bag.Bag:
    """
    Read JSON Lines files into a bag, one partition per file, each line with its file.

    Args:
        urlpath: A path, a glob (``stories/*.jsonl``) or a list of them; any fsspec URL
            (``s3://``, ``gs://``, ``https://``...) with its filesystem installed.
        storage_options: Passed to the filesystem (credentials, endpoints).

    Returns:
        A bag of ``(line, path)`` pairs; a line keeps its newline. Bytes that are not UTF-8
        are kept (as surrogate escapes), so that the loader reports them.

    .. versionadded:: 0.2.0
    """
    bag = dask.bag.read_text(  # type: ignore[no-untyped-call]
        urlpath,
        blocksize=None,
        include_path=True,
        errors="surrogateescape",
        storage_options=storage_options or None,
    )
    return cast("dask.bag.Bag", bag)


def _element(item: Any) -> tuple[str | None, str]:
    """Split a bag element into its file (if the bag has paths) and its line."""
    if isinstance(item, tuple):
        line, path = item
        return str(path), line
    return None, item


_BOM = b"\xef\xbb\xbf"


def _raw(line: str, position: int, limits: Limits) -> tuple[bool, bytes | None]:
    """
    Return whether a line is blank, and its bytes as a file's reader sees them.

    The bytes are ``None`` for a line over the limit; a BOM is dropped from a partition's
    first line.
    """
    raw = line.encode("utf-8", "surrogateescape")
    if len(raw) - raw.endswith(b"\n") > limits.max_bytes:
        return False, None
    if position == 1 and raw.startswith(_BOM):
        raw = raw[3:]
    return not raw.strip(b" \t\r\n"), raw


@functools.cache
def _validator(spec: tuple[Any, ...]) -> Validator:
    """The validator of *spec*, made once per worker process."""
    taxonomy, profile, select, ignore, severity, now = spec
    return Validator(
        taxonomy=taxonomy,
        profile=profile,
        select=select,
        ignore=ignore,
        severity=dict(severity),
        now=now,
    )


def _frame(rows: list[tuple[Any, ...]], columns: Sequence[str]) -> Any:
    frame = pd.DataFrame(rows, columns=list(columns), dtype=object)
    if "line" in columns:
        frame["line"] = frame["line"].astype("Int64")
    if "order" in columns:
        frame["order"] = frame["order"].astype("int64")
    return frame


def _check_partition(
    lines: Iterable[Any], number: int, spec: tuple[Any, ...], limits: Limits
) -> tuple[Any, Any]:
    """Check one partition: its findings, and (id, order, file, line) of each story."""
    validator = _validator(spec)
    here = validator.only(lambda r: r.name != ID_DUPLICATE)
    rows: list[tuple[Any, ...]] = []
    ids: list[tuple[Any, ...]] = []
    for position, item in enumerate(lines, start=1):
        file, line = _element(item)
        blank, raw = _raw(line, position, limits)
        if blank:
            continue
        record = line_record(raw, position, file, limits)
        rows.extend(
            (f.file, f.line, f.path, f.rule, f.severity.value, f.message)
            for f in here.check_record(record)
        )
        if record.story is not None:
            ids.append((record.story.id, number * _PER_PARTITION + position, file, position))
    return _frame(rows, COLUMNS), _frame(ids, _ID_COLUMNS)


def _duplicates(pairs: Any, severity: str) -> Any:
    """Turn (story, first story) pairs of one id into ``id-duplicate`` findings."""
    from rewardkit.rules._context import where  # noqa: PLC0415

    def value(x: Any) -> Any:
        return None if x is None or x is pd.NA or x != x else x  # noqa: PLR0124 - NaN

    rows = [
        (
            value(file),
            line,
            "/id",
            ID_DUPLICATE,
            severity,
            (
                "the id is already used by an earlier story"
                f" ({where(value(first_file), int(first_line), ())})"
            ),
        )
        for file, line, first_file, first_line in zip(
            pairs["file"], pairs["line"], pairs["first_file"], pairs["first_line"], strict=True
        )
    ]
    return _frame(rows, COLUMNS)


def validate_bag(  # noqa: PLR0913 - keyword-only settings, as on the command line
    bag: dask.bag.Bag,
    *,
    taxonomy: TaxonomyLike | None = None,
    profile: str = "default",
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    severity: Mapping[str, Severity | str] | None = None,
    limits: Limits | None = None,
) -> dd.DataFrame:
    """
    Validate every story of a bag of JSON Lines, where the bag's partitions lie.

    Each element is one line: a string, or a ``(line, path)`` pair as :func:`read_jsonl`
    and ``dask.bag.read_text(..., include_path=True)`` give. A finding's ``line`` is the
    line's position in its partition, which is its line in the file when each partition is
    one whole file (as :func:`read_jsonl` makes them); ``file`` is the path, when given.

    Args:
        bag: The lines.
        taxonomy: The taxonomy that theme ids are checked against (sent to every worker).
        profile: ``"default"`` or ``"publish"``.
        select: Run only these rules.
        ignore: Switch these rules off.
        severity: Re-grade rules.
        limits: Size and depth limits for each line.

    Returns:
        A lazy dataframe with the columns :data:`COLUMNS` (the keys of the JSON reporter),
        one row per finding, in no particular order: sort it by ``file`` and ``line`` after
        computing, or count it (``df.groupby("rule").size()``) without bringing it home.

    Raises:
        RuleConfigError: An unknown rule or profile (checked before anything is computed).

    .. versionadded:: 0.2.0
    """
    validator = Validator(
        taxonomy=taxonomy, profile=profile, select=select, ignore=ignore, severity=severity
    )
    settings = {r.name: s for r, s in validator._rules}  # noqa: SLF001 - the same package
    spec = (
        taxonomy,
        profile,
        tuple(settings),
        (),
        tuple((name, s.value) for name, s in settings.items()),
        validator._context.now,  # noqa: SLF001 - the same package
    )
    limits = limits or Limits()
    parts = bag.to_delayed()  # type: ignore[no-untyped-call]
    checked = [
        delayed(_check_partition, pure=True)(part, i, spec, limits) for i, part in enumerate(parts)
    ]
    meta = _frame([], COLUMNS)
    findings = dd.from_delayed([c[0] for c in checked], meta=meta, verify_meta=False)
    if ID_DUPLICATE not in settings:
        return cast("dd.DataFrame", findings)
    ids = dd.from_delayed([c[1] for c in checked], meta=_frame([], _ID_COLUMNS), verify_meta=False)
    first = ids.groupby("id")["order"].min().reset_index()
    named = ids.rename(columns={"order": "first", "file": "first_file", "line": "first_line"})
    firsts = first.rename(columns={"order": "first"}).merge(named, on=["id", "first"])
    pairs = ids.merge(firsts, on="id")
    pairs = pairs[pairs["order"] > pairs["first"]]
    duplicates = pairs.map_partitions(
        _duplicates, settings[ID_DUPLICATE].value, meta=meta, align_dataframes=False
    )
    return cast("dd.DataFrame", dd.concat([findings, duplicates]))  # type: ignore[no-untyped-call]


@functools.cache
def _detectors(disabled: tuple[str, ...]) -> list[Any]:
    from rewardkit.deid import registry  # noqa: PLC0415 - the engine loads lazily

    return [d for d in registry.detectors() if d.name not in disabled]


def _redact_partition(  # noqa: PLR0913, PLR0917 - the options of redact_bag, positional for dask
    lines: Iterable[Any],
    operator: str,
    disabled: tuple[str, ...],
    allow: tuple[str, ...],
    min_score: float,
    limits: Limits,
) -> list[str]:
    """Redact the stories of one partition; a line that does not load is an error."""
    from rewardkit.deid import redact  # noqa: PLC0415 - the engine loads lazily

    out: list[str] = []
    detectors = _detectors(disabled)
    for position, item in enumerate(lines, start=1):
        file, line = _element(item)
        blank, raw = _raw(line, position, limits)
        if blank:
            continue
        record = line_record(raw, position, file, limits)
        if record.story is None:
            raise LoadError(list(record.findings))
        story: Story = redact(
            record.story, operator=operator, detectors=detectors, allow=allow, min_score=min_score
        )
        out.append(dumps(story))
    return out


def redact_bag(  # noqa: PLR0913 - keyword-only options, as on the command line
    bag: dask.bag.Bag,
    *,
    operator: str = "replace",
    disable: Iterable[str] = (),
    allow: Iterable[str] = (),
    min_score: float = 0.0,
    limits: Limits | None = None,
) -> dask.bag.Bag:
    """
    Redact every story of a bag of JSON Lines, as ``rewardkit deid redact`` does.

    Args:
        bag: The lines, as for :func:`validate_bag`; blank lines are left out.
        operator: ``replace``, ``mask``, ``remove``, ``pseudonym`` or ``generalize``.
        disable: Detectors to switch off, by name.
        allow: Terms never to flag.
        min_score: Ignore detections scored below this.
        limits: Size and depth limits for each line.

    Returns:
        A lazy bag of redacted stories, one compact JSON line each (without the newline),
        partition for partition: ``.to_textfiles("out/*.jsonl")`` writes them.
        Computing it raises :class:`~rewardkit.LoadError` for a line that is not a valid
        story (its findings name the file and line): run :func:`validate_bag` first.

    .. versionadded:: 0.2.0
    """
    return cast(
        "dask.bag.Bag",
        bag.map_partitions(  # type: ignore[no-untyped-call]
            _redact_partition,
            operator,
            tuple(disable),
            tuple(allow),
            min_score,
            limits or Limits(),
        ),
    )
