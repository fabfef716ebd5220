"""
``rewardkit import reddit|csv|qdpx``: stories from Reddit data, survey exports and projects.

Exit codes: 0 when every record was imported or skipped for a counted reason; 1 when some
records were malformed (each is listed with its file and line; the rest are written); 2 when
the command cannot run as asked (a bad flag, a missing file or column, a file of the wrong
kind, a missing extra, an output that would be overwritten).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

from rewardkit.exceptions import UsageError as _UsageError

from ._exit import ExitCode
from ._jobs import add_jobs_argument, jobs_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from rewardkit.io import ImportReport

#: The input formats of ``import reddit`` (as ``rewardkit.io`` names them; not imported here).
REDDIT_FORMATS = ("auto", "json", "ndjson", "csv")

PROG = "rewardkit import"

T = TypeVar("T")


# ---------------------------------------------------------------------------------------------
# Arguments


def _instant(text: str, *, end: bool) -> Any:
    """A date (``2024-03-31``) or an RFC 3339 timestamp; a date as an end means its next day."""
    from datetime import UTC, date, datetime, time, timedelta  # noqa: PLC0415

    try:
        day = date.fromisoformat(text)
    except ValueError:
        pass
    else:
        start = datetime.combine(day, time(), tzinfo=UTC)
        return start + timedelta(days=1) if end else start
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected a date (2024-03-31) or a timestamp with a zone (2024-03-31T12:00:00Z)"
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("the timestamp needs a zone (Z or +01:00)")
    return value


def _since(text: str) -> Any:
    return _instant(text, end=False)


def _until(text: str) -> Any:
    return _instant(text, end=True)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _mapping(text: str) -> tuple[str, str]:
    field, sep, column = text.partition("=")
    if not sep or not field.strip() or not column:
        raise argparse.ArgumentTypeError("expected FIELD=COLUMN, e.g. narrator.role=Q3")
    return field.strip(), column


def _output(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help=what)
    parser.add_argument("--force", action="store_true", help="overwrite OUT when it exists")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """
    Add the ``reddit``, ``csv`` and ``qdpx`` subcommands.

    Args:
        parser: The ``import`` parser.
    """
    sub = parser.add_subparsers(dest="import_format", metavar="FORMAT", parser_class=type(parser))
    reddit = sub.add_parser(
        "reddit",
        help="Reddit API JSON, monthly dumps (RS_/RC_, plain or .zst), data-request CSVs.",
        description="Turn Reddit posts and comments into stories (verbatim, status raw). "
        "Deleted and removed posts, duplicates, crossposts of a post already read and empty "
        "texts are skipped and counted; nothing that names a person is kept.",
    )
    reddit.add_argument("paths", nargs="+", metavar="PATH", help="a .json, .csv, dump or .zst")
    _output(reddit, "the JSON Lines file to write")
    add_jobs_argument(reddit)
    reddit.add_argument(
        "--comments",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="make stories of comments too (default: yes)",
    )
    reddit.add_argument(
        "--subreddit",
        action="append",
        default=[],
        metavar="NAME",
        help="keep only this subreddit (repeatable; with or without r/)",
    )
    reddit.add_argument(
        "--since", type=_since, metavar="WHEN", help="keep what was posted at or after WHEN"
    )
    reddit.add_argument(
        "--until",
        type=_until,
        metavar="WHEN",
        help="keep what was posted before WHEN (a date: up to the end of that day)",
    )
    reddit.add_argument(
        "--min-chars",
        type=_count,
        default=0,
        metavar="N",
        help="keep texts of N characters or more",
    )
    reddit.add_argument(
        "--format",
        choices=REDDIT_FORMATS,
        default="auto",
        help="auto (by the file name: .json, .csv, anything else NDJSON), json, ndjson, csv",
    )
    survey = sub.add_parser(
        "csv",
        help="A survey export (Qualtrics, REDCap, Google Forms, Excel): one row, one story.",
        description="Turn the rows of a survey export into stories (platform survey, verbatim, "
        "status raw). The encoding (UTF-8, UTF-8 with BOM, UTF-16) and the delimiter are "
        "found from the file.",
    )
    survey.add_argument("file", metavar="FILE", help="the CSV file")
    _output(survey, "the JSON Lines file to write")
    add_jobs_argument(survey)
    survey.add_argument("--text", required=True, metavar="COLUMN", help="the column of the story")
    survey.add_argument("--id", metavar="COLUMN", help="the column of a respondent or record id")
    survey.add_argument(
        "--map",
        type=_mapping,
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="fill a story field from a column (repeatable): title, language, source.community, "
        "source.url, source.posted_at, source.retrieved_at, narrator.role, narrator.setting",
    )
    survey.add_argument(
        "--id-prefix", default="survey:", metavar="PREFIX", help="put before each id"
    )
    survey.add_argument(
        "--encoding", help="the file's encoding (default: from its byte-order mark)"
    )
    survey.add_argument("--delimiter", help="the delimiter (default: from the header line)")
    survey.add_argument(
        "--timezone", metavar="ZONE", help="the zone of timestamps without one (Europe/Berlin)"
    )
    project = sub.add_parser(
        "qdpx",
        help="A REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA or QualCoder.",
        description="Read a project's text sources and codings as stories. Codes that are "
        "not in the taxonomy become themes of a namespace, written as a taxonomy file.",
    )
    project.add_argument("file", metavar="PROJECT", help="the .qdpx file")
    _output(project, "the JSON Lines file to write")
    add_jobs_argument(
        project,
        help="accepted as by the other commands; a project is read in this process only",
    )
    project.add_argument(
        "--taxonomy",
        action="append",
        default=[],
        metavar="FILE",
        help="a taxonomy file whose codes are known (repeatable)",
    )
    project.add_argument(
        "--namespace",
        default="qdpx",
        metavar="NS",
        help="the namespace of codes that are not in the taxonomy (default: qdpx)",
    )
    project.add_argument(
        "--taxonomy-out",
        metavar="FILE",
        help="where to write those codes as a taxonomy file (default: OUT.taxonomy.json)",
    )
    project.add_argument(
        "--line-endings",
        choices=("lf", "crlf"),
        help="crlf: the sources use CR LF but positions count each line break once",
    )


# ---------------------------------------------------------------------------------------------
# Progress


class _Progress:
    """A one-line progress report on stderr, on a terminal only and for runs over half a second."""

    DELAY = 0.5
    INTERVAL = 0.2

    def __init__(self, total: int, stream: IO[str] | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty())
        self.total = total
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def wrap(self, stories: Iterable[T], report: ImportReport) -> Iterator[T]:
        """Pass *stories* through, showing how far the run has got."""
        for n, story in enumerate(stories):
            if self.enabled and n & 0x3FF == 0:
                self.show(report)
            yield story
        self.done()

    def show(self, report: ImportReport) -> None:
        now = time.monotonic()
        if now - self.start < self.DELAY or now - self.last < self.INTERVAL:
            return
        self.last = now
        self.shown = True
        share = f"{min(report.bytes_read / self.total, 1.0):4.0%} " if self.total else ""
        skipped = sum(report.skipped.values())
        self.stream.write(f"\r{PROG}: {share}{report.stories:,} stories, {skipped:,} skipped")
        self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


# ---------------------------------------------------------------------------------------------
# Running


def _check_output(out: str, inputs: list[str], *, force: bool) -> None:
    from rewardkit._files import check_output  # noqa: PLC0415

    check_output(out, inputs)
    if Path(out).exists() and not force:
        raise _UsageError(f"{out}: exists; pass --force to overwrite it")


def _report(report: ImportReport, out: str, fmt: str) -> int:
    for problem in report.problems:
        sys.stderr.write(f"{PROG}: {_printable(problem)}\n")
    hidden = report.problem_count - len(report.problems)
    if hidden > 0:
        sys.stderr.write(f"{PROG}: ... and {hidden:,} more malformed records\n")
    for note in report.notes:
        sys.stderr.write(f"{PROG}: {note}\n")
    sys.stderr.write(f"{PROG} {fmt}: wrote {report.summary(out)}\n")
    return ExitCode.FINDINGS if report.problem_count else ExitCode.OK


def _printable(text: str) -> str:
    """Escape control characters echoed from the input."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _run_reddit(args: argparse.Namespace) -> int:
    from rewardkit.io import ImportReport, RedditOptions  # noqa: PLC0415
    from rewardkit.io._jobs import dumps_lines, write_imported  # noqa: PLC0415
    from rewardkit.io._reddit import stream_reddit, total_size  # noqa: PLC0415

    for p in args.paths:
        if not Path(p).is_file():
            raise _UsageError(f"{p}: no such file")
    _check_output(args.output, args.paths, force=args.force)
    options = RedditOptions(
        comments=args.comments,
        subreddits=args.subreddit,
        since=args.since,
        until=args.until,
        min_chars=args.min_chars,
    )
    report = ImportReport()
    progress = _Progress(total_size(args.paths))
    stories = stream_reddit(
        args.paths,
        options=options,
        report=report,
        fmt=args.format,
        dump=dumps_lines(args.output),
        jobs=jobs_of(args),
    )
    write_imported(progress.wrap(stories, report), args.output, inputs=args.paths)
    return _report(report, args.output, "reddit")


def _run_csv(args: argparse.Namespace) -> int:
    from rewardkit.io import CsvOptions, ImportReport  # noqa: PLC0415
    from rewardkit.io._csv import stream_csv  # noqa: PLC0415
    from rewardkit.io._jobs import dumps_lines, write_imported  # noqa: PLC0415

    if not Path(args.file).is_file():
        raise _UsageError(f"{args.file}: no such file")
    _check_output(args.output, [args.file], force=args.force)
    mapping = dict(args.map)
    if len(mapping) != len(args.map):
        raise _UsageError("--map names a field twice")
    try:
        options = CsvOptions(
            text=args.text,
            id=args.id,
            mapping=mapping,
            id_prefix=args.id_prefix,
            encoding=args.encoding,
            delimiter=_delimiter(args.delimiter),
            timezone=args.timezone,
        )
    except ValueError as e:
        raise _UsageError(str(e)) from None
    report = ImportReport()
    progress = _Progress(0)
    stories = stream_csv(
        args.file,
        options=options,
        report=report,
        dump=dumps_lines(args.output),
        jobs=jobs_of(args),
    )
    write_imported(progress.wrap(stories, report), args.output, inputs=[args.file])
    return _report(report, args.output, "csv")


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    value = {"\\t": "\t", "tab": "\t"}.get(text, text)
    if len(value) != 1:
        raise _UsageError("--delimiter must be one character (or \\t for a tab)")
    return value


def _run_qdpx(args: argparse.Namespace) -> int:
    from rewardkit._files import atomic_write  # noqa: PLC0415
    from rewardkit.io import extension_document, read_qdpx, write_stories  # noqa: PLC0415
    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415

    if not Path(args.file).is_file():
        raise _UsageError(f"{args.file}: no such file")
    for f in args.taxonomy:
        if not Path(f).is_file():
            raise _UsageError(f"taxonomy file {f}: no such file")
    inputs = [args.file, *args.taxonomy]
    _check_output(args.output, inputs, force=args.force)
    taxonomy_out = args.taxonomy_out or str(Path(args.output).with_suffix(".taxonomy.json"))
    taxonomy = build_taxonomy(files=tuple(args.taxonomy))
    project = read_qdpx(
        args.file, taxonomy=taxonomy, namespace=args.namespace, line_endings=args.line_endings
    )
    if project.extension is not None:
        _check_output(taxonomy_out, inputs, force=args.force)
    write_stories(project.stories, args.output, inputs=inputs)
    for problem in project.problems:
        sys.stderr.write(f"{PROG}: {_printable(problem)}\n")
    if project.extension is not None:
        atomic_write(taxonomy_out, extension_document(project.extension))
        n = len(project.extension.themes)
        sys.stderr.write(
            f"{PROG}: {n} code{'s' if n != 1 else ''} not in the taxonomy became themes of"
            f" namespace {args.namespace!r}, written to {taxonomy_out};"
            f" validate with --taxonomy {taxonomy_out}\n"
        )
    n = len(project.stories)
    skipped = ", ".join(f"{count:,} {what}" for what, count in project.skipped.items())
    sys.stderr.write(
        f"{PROG} qdpx: wrote {n:,} stor{'y' if n == 1 else 'ies'} to {args.output}"
        f"{'; skipped ' + skipped if skipped else ''}\n"
    )
    return ExitCode.FINDINGS if project.problems else ExitCode.OK


def run(args: argparse.Namespace) -> int:
    """
    Run ``rewardkit import``.

    Args:
        args: The parsed arguments.

    Returns:
        0 when everything was imported or skipped for a counted reason, 1 when records were
        malformed, 2 on a usage error.
    """
    from rewardkit.exceptions import RewardkitError  # noqa: PLC0415 - lazy, for start-up

    commands = {"reddit": _run_reddit, "csv": _run_csv, "qdpx": _run_qdpx}
    command = commands.get(getattr(args, "import_format", None) or "")
    if command is None:
        sys.stderr.write(f"{PROG}: error: choose what to import: reddit, csv or qdpx\n")
        return ExitCode.USAGE
    try:
        return command(args)
    except (_UsageError, RewardkitError, OSError, ValueError) as e:
        sys.stderr.write(f"{PROG}: error: {_printable(str(e))}\n")
        return ExitCode.USAGE
