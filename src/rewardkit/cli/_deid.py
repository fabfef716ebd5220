"""The ``rewardkit deid`` command: ``scan`` shows identifiers, ``redact`` removes them."""

from __future__ import annotations

import functools
import importlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._jobs import add_jobs_argument, jobs_of

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator

    from rewardkit.deid import Detection, Detector
    from rewardkit.story import Collection, Story

_EXIT_OK = 0
_EXIT_FOUND = 1
_EXIT_USAGE = 2
_OPERATORS = ("replace", "mask", "remove", "pseudonym", "generalize")


class _UsageError(Exception):
    """A problem to report on stderr with exit code 2."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """
    Add the ``scan`` and ``redact`` subcommands.

    Args:
        parser: The ``deid`` parser.
    """
    sub = parser.add_subparsers(dest="deid_command", metavar="ACTION", parser_class=type(parser))
    scan = sub.add_parser(
        "scan",
        help="List the identifiers found in each file (values masked).",
        description="List the identifiers found in each file, with their values masked. "
        "For story files, identifiers inside recorded redactions are not listed. "
        "Exit 0 when none is found, 1 when any is, 2 on a usage error.",
    )
    scan.add_argument(
        "files", nargs="+", metavar="FILE", help="a story file (.json, .jsonl) or a plain text file"
    )
    scan.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    _common(scan)
    redact = sub.add_parser(
        "redact",
        help="Write a redacted copy of a story, collection or text file.",
        description="Write a redacted copy of a story, collection or text file. "
        "The input is never overwritten unless --in-place is given.",
    )
    redact.add_argument("file", metavar="FILE", help="a story file (.json, .jsonl) or text")
    redact.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default="-",
        help="where to write (default: standard output)",
    )
    redact.add_argument(
        "--operator",
        choices=_OPERATORS,
        default="replace",
        help="what to do with each identifier (default: replace)",
    )
    redact.add_argument("--in-place", action="store_true", help="allow OUT to be the input file")
    redact.add_argument("--force", action="store_true", help="overwrite OUT when it exists")
    _common(redact)


def _common(parser: argparse.ArgumentParser) -> None:
    add_jobs_argument(parser)
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="DETECTOR",
        help="switch off a detector by name (repeatable, comma-separated)",
    )
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="TERM",
        help="a term never to flag (repeatable)",
    )
    parser.add_argument(
        "--min-score",
        type=float,
        default=0.0,
        metavar="SCORE",
        help="ignore detections scored below SCORE (0 to 1)",
    )


# The one place that reads and writes story files; swap for rewardkit.serialization here.
def _load(path: Path) -> Story | Collection | str:
    from rewardkit.check import SUFFIXES  # noqa: PLC0415 - imported when the command runs

    if path.suffix.lower() not in SUFFIXES:
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            msg = f"{path}: cannot read: {e.__class__.__name__}"
            raise _UsageError(msg) from e
    serialization = _serialization(path)
    from rewardkit.exceptions import LoadError  # noqa: PLC0415 - imported when the command runs

    try:
        loaded: Story | Collection = serialization.load(path)
    except LoadError as e:
        msg = f"{path}: cannot load: {len(e.findings)} problem(s); run 'rewardkit validate'"
        raise _UsageError(msg) from e
    except OSError as e:
        msg = f"{path}: cannot read: {e.__class__.__name__}"
        raise _UsageError(msg) from e
    return loaded


def _serialization(path: Path) -> Any:
    try:
        return importlib.import_module("rewardkit.serialization")
    except ImportError as e:  # pragma: no cover - serialization ships with the package
        msg = f"{path}: reading story files needs rewardkit.serialization"
        raise _UsageError(msg) from e


def _dump(obj: Story | Collection | str, out: Path | None, suffix: str) -> None:
    if isinstance(obj, str):
        text = obj
    else:
        serialization = _serialization(out or Path("-"))
        if out is not None:
            serialization.dump(obj, out)
            return
        if suffix == ".jsonl":
            text = "".join(serialization.dumps(s).strip() + "\n" for s in obj)  # type: ignore[union-attr]
        else:
            text = serialization.dumps(obj)
    if out is None:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    else:
        from rewardkit._files import atomic_write  # noqa: PLC0415 - imported when the command runs

        atomic_write(out, text)


def _disabled(args: argparse.Namespace) -> tuple[str, ...]:
    return tuple(n.strip() for item in args.disable for n in item.split(",") if n.strip())


@functools.cache
def _detectors(disabled: tuple[str, ...]) -> list[Detector]:
    """The detectors switched on, less *disabled*: in each worker process, made once."""
    from rewardkit.deid import registry  # noqa: PLC0415 - imported when the command runs

    return [d for d in registry.detectors() if d.name not in disabled]


def _registry(args: argparse.Namespace) -> list[Detector]:
    from rewardkit.deid import DetectorError, registry  # noqa: PLC0415 - imported when the command runs

    names = _disabled(args)
    known = set(registry.names())
    unknown = [n for n in names if n not in known]
    if unknown:
        msg = f"unknown detector {unknown[0]!r}; known: {', '.join(sorted(known))}"
        raise _UsageError(msg)
    if not 0.0 <= args.min_score <= 1.0:
        msg = "--min-score must be between 0 and 1"
        raise _UsageError(msg)
    try:
        return _detectors(names)
    except DetectorError as e:  # pragma: no cover - a broken plugin
        raise _UsageError(str(e)) from e


def _stream(name: str) -> Iterator[tuple[str | None, Story | str]]:
    """The stories of a file, one by one: a JSON Lines file is never held whole."""
    path = Path(name)
    if path.suffix.lower() != ".jsonl":
        yield from _units(_load(path))
        return
    from rewardkit.serialization import iter_jsonl  # noqa: PLC0415 - imported when the command runs

    try:
        lines = iter_jsonl(path)
        for line in lines:
            if line.error is not None:
                # As for a whole file: every problem of the file is counted.
                problems = len(line.error.findings) + sum(
                    len(rest.error.findings) for rest in lines if rest.error is not None
                )
                msg = f"{path}: cannot load: {problems} problem(s); run 'rewardkit validate'"
                raise _UsageError(msg)
            assert line.story is not None  # noqa: S101 - a line without error has a story
            yield line.story.id, line.story
    except OSError as e:
        msg = f"{path}: cannot read: {e.__class__.__name__}"
        raise _UsageError(msg) from e


def _units(obj: Story | Collection | str) -> list[tuple[str | None, Story | str]]:
    from rewardkit.story import Story  # noqa: PLC0415 - imported when the command runs

    if isinstance(obj, str):
        return [(None, obj)]
    if isinstance(obj, Story):
        return [(obj.id, obj)]
    return [(s.id, s) for s in obj]


def _scan_rows(
    disabled: tuple[str, ...],
    allow: tuple[str, ...],
    min_score: float,
    item: tuple[str, str | None, Story | str],
) -> list[dict[str, object]]:
    """Scan one story or text (in a worker process); return its rows, values masked."""
    from rewardkit.deid import mask_identifier, residual_detections, scan  # noqa: PLC0415 - imported when the command runs
    from rewardkit.story import Story  # noqa: PLC0415 - imported when the command runs

    name, story_id, unit = item
    detectors = _detectors(disabled)
    text = unit.text if isinstance(unit, Story) else unit
    found: list[Detection] = (
        residual_detections(unit, detectors=detectors, allow=allow, min_score=min_score)
        if isinstance(unit, Story)
        else scan(unit, detectors=detectors, allow=allow, min_score=min_score)
    )
    return [
        {
            "file": name,
            "story": story_id,
            "start": d.start,
            "end": d.end,
            "category": d.category.value,
            "score": round(d.score, 2),
            "detector": d.detector,
            "reason": d.reason,
            "value": mask_identifier(text[d.start : d.end]),
        }
        for d in found
    ]


def _run_scan(args: argparse.Namespace) -> int:
    from rewardkit.check import parallel_map  # noqa: PLC0415 - imported when the command runs

    _registry(args)  # unknown detectors and a bad --min-score are usage errors
    scan_one = functools.partial(_scan_rows, _disabled(args), tuple(args.allow), args.min_score)
    units = ((name, story_id, unit) for name in args.files for story_id, unit in _stream(name))
    rows = [
        row for found in parallel_map(scan_one, units, jobs=jobs_of(args), chunk=8) for row in found
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        _table(rows)
    return _EXIT_FOUND if rows else _EXIT_OK


def _table(rows: list[dict[str, object]]) -> None:
    if not rows:
        sys.stdout.write("no identifiers found\n")
        return
    header = ("WHERE", "SPAN", "CATEGORY", "SCORE", "DETECTOR", "VALUE")
    lines = [header]
    for r in rows:
        where = str(r["file"]) + (f" {r['story']}" if r["story"] is not None else "")
        lines.append(
            (
                where,
                f"{r['start']}-{r['end']}",
                str(r["category"]),
                f"{r['score']:.2f}",
                str(r["detector"]),
                str(r["value"]),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    for line in lines:
        cells = [c.ljust(w) for c, w in zip(line[:-1], widths, strict=True)]
        sys.stdout.write("  ".join([*cells, line[-1]]).rstrip() + "\n")
    sys.stdout.write(f"{len(rows)} identifier{'s' if len(rows) != 1 else ''} found\n")


def _run_redact(args: argparse.Namespace) -> int:
    from rewardkit.deid import redact  # noqa: PLC0415 - imported when the command runs
    from rewardkit.story import Collection, Story  # noqa: PLC0415 - imported when the command runs

    detectors = _registry(args)
    path = Path(args.file)
    out = None if args.output == "-" else Path(args.output)
    if out is not None:
        same = out.exists() and path.exists() and out.resolve() == path.resolve()
        if same and not args.in_place:
            msg = f"{out}: is the input file; pass --in-place to overwrite it"
            raise _UsageError(msg)
        if out.exists() and not same and not args.force:
            msg = f"{out}: exists; pass --force to overwrite it"
            raise _UsageError(msg)
    obj = _load(path)
    op, allow, min_score = args.operator, args.allow, args.min_score
    result: Story | Collection | str
    if isinstance(obj, str):
        result = redact(obj, operator=op, detectors=detectors, allow=allow, min_score=min_score)[0]
    elif isinstance(obj, Story):
        result = redact(obj, operator=op, detectors=detectors, allow=allow, min_score=min_score)
    else:
        from rewardkit.check import parallel_map  # noqa: PLC0415 - imported when the command runs

        redact_one = functools.partial(_redact_story, op, _disabled(args), tuple(allow), min_score)
        result = Collection(
            stories=list(parallel_map(redact_one, obj, jobs=jobs_of(args), chunk=8)),
            schema_version=obj.schema_version,
        )
    try:
        _dump(result, out, path.suffix.lower())
    except OSError as e:
        msg = f"{args.output}: cannot write: {e.__class__.__name__}"
        raise _UsageError(msg) from e
    return _EXIT_OK


def _redact_story(
    operator: str, disabled: tuple[str, ...], allow: tuple[str, ...], min_score: float, story: Story
) -> Story:
    """Redact one story of a collection (in a worker process)."""
    from rewardkit.deid import redact  # noqa: PLC0415 - imported when the command runs

    return redact(
        story, operator=operator, detectors=_detectors(disabled), allow=allow, min_score=min_score
    )


def run(args: argparse.Namespace) -> int:
    """
    Run ``rewardkit deid``.

    Args:
        args: The parsed arguments.

    Returns:
        0 on success (``scan``: nothing found), 1 when ``scan`` found identifiers, 2 on a
        usage error.
    """
    command = getattr(args, "deid_command", None)
    try:
        if command == "scan":
            return _run_scan(args)
        if command == "redact":
            return _run_redact(args)
    except _UsageError as e:
        sys.stderr.write(f"rewardkit deid: error: {e}\n")
        return _EXIT_USAGE
    sys.stderr.write("rewardkit deid: error: choose an action: scan or redact\n")
    return _EXIT_USAGE
