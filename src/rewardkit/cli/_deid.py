"""
``rewardkit deid``: ``scan`` shows the identifiers in stories, ``redact`` writes redacted copies.

Both take paths as ``rewardkit validate`` does: story files (``.json``, ``.jsonl``),
directories searched for them, ``-`` for stdin, and plain text files named explicitly. Each
run reads, processes one story at a time, and writes: every output file through
:func:`rewardkit._files.atomic_writer`, so a kill leaves the old file or the complete new one.
Nothing the detectors find is printed in full: ``scan`` shows a few words of context around
each identifier, with every identifier in that context masked.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections import Counter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, NamedTuple

from ._exit import ExitCode
from ._output import add_quiet

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from rewardkit.deid import Detection, Detector
    from rewardkit.serialization import Limits
    from rewardkit.story import Story

_OPERATORS = ("replace", "mask", "remove", "pseudonym", "generalize")
_STDIN = "-"
#: At most this many characters of context are shown on each side of an identifier.
_CONTEXT_CHARS = 40

SCAN_EPILOG = (
    "exit status: 0 when no identifier is found; 1 when any is; 2 for a usage error, a path"
    " that cannot be read, a story that does not load, or a detector that fails"
)
REDACT_EPILOG = (
    "exit status: 0 when every input is redacted and written; 2 for a usage error, a path that"
    " cannot be read, a story that does not load, a redaction that cannot be made, or an output"
    " that cannot be written safely (that input's output is then not written at all)"
)


class _Problem(Exception):  # noqa: N818 - a message for the user, not an error of the code
    """A problem with one input: reported on stderr; the run goes on and exits 2."""


# ---------------------------------------------------------------------------------------------
# Arguments


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _words(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    if not 0 <= value <= 20:
        raise argparse.ArgumentTypeError("must be between 0 and 20")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """
    Add the ``scan`` and ``redact`` actions.

    Args:
        parser: The ``deid`` parser.
    """
    parser.epilog = "exit status: see each action's --help"
    sub = parser.add_subparsers(dest="deid_command", metavar="ACTION", parser_class=type(parser))
    scan = sub.add_parser(
        "scan",
        help="Show the identifiers found in each story, with a few words of masked context.",
        description="Show the identifiers found in each story or text, each with a few words "
        "of context and every identifier masked. In a story, identifiers inside its recorded "
        "redactions are not shown. A summary (stories, identifiers per category) goes to stderr.",
        epilog=SCAN_EPILOG,
    )
    _inputs(scan)
    scan.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text lines (the default) or a JSON list",
    )
    scan.add_argument(
        "--context",
        type=_words,
        default=4,
        metavar="WORDS",
        help="words of context on each side of an identifier, 0 to 20 (default: 4)",
    )
    _detection(scan)
    add_quiet(scan, nested=True)
    redact = sub.add_parser(
        "redact",
        help="Write redacted copies of stories or texts.",
        description="Write redacted copies of stories or texts. One input goes to standard "
        "output, or to -o FILE; several inputs, or a directory, go to -o DIR, whose tree "
        "mirrors the inputs; --in-place replaces each input. An input is never overwritten "
        "unless --in-place is given, and every file is replaced atomically. A summary "
        "(stories, identifiers per category) goes to stderr.",
        epilog=REDACT_EPILOG,
    )
    _inputs(redact)
    redact.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        default=None,
        help="a file for one input, or a directory for several inputs or a directory"
        " (default: standard output, for one input)",
    )
    redact.add_argument(
        "--in-place",
        action="store_true",
        help="replace each input with its redacted copy (or, with -o, allow OUT to be the input)",
    )
    redact.add_argument(
        "--force", action="store_true", help="overwrite output files that exist already"
    )
    redact.add_argument(
        "--operator",
        choices=_OPERATORS,
        default="replace",
        help="what to do with each identifier (default: replace, as in [NAME])",
    )
    redact.add_argument(
        "--propagate",
        choices=("story", "collection"),
        default="story",
        help="find an identifier again in its own story only (the default), or in every story"
        " of the same input file, with pseudonyms shared across the file",
    )
    _detection(redact)
    add_quiet(redact, nested=True)


def _inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a story file (.json, .jsonl), a directory (searched for them), a text file,"
        " or - for stdin",
    )
    parser.add_argument(
        "--stdin-format",
        choices=("json", "jsonl", "text"),
        default="json",
        help="what - holds: one JSON document (the default), JSON Lines, or plain text",
    )


def _detection(parser: argparse.ArgumentParser) -> None:
    from ._jobs import add_jobs_argument  # noqa: PLC0415

    add_jobs_argument(parser)
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="DETECTOR",
        help="switch off a detector by name (comma-separated; may repeat)",
    )
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="TERM",
        help="a term never to flag, such as a clinic's public name (may repeat)",
    )
    parser.add_argument(
        "--min-score",
        type=_score,
        default=0.0,
        metavar="SCORE",
        help="ignore detections scored below SCORE, 0 to 1 (default: 0)",
    )


# ---------------------------------------------------------------------------------------------
# Inputs


Kind = Literal["json", "jsonl", "text"]


class _Input(NamedTuple):
    """One file to read (or stdin), and the directory argument it was found under."""

    name: str
    kind: Kind
    base: Path | None = None


class _Unit(NamedTuple):
    """One story or text to process, and where it is."""

    file: str
    line: int | None = None
    story: Story | None = None
    text: str | None = None
    path: tuple[str | int, ...] = ()

    @property
    def where(self) -> str:
        """``file:line``, or the file alone."""
        return self.file + (f":{self.line}" if self.line is not None else "")


def _kind(name: str, stdin_format: Kind) -> Kind:
    if name == _STDIN:
        return stdin_format
    suffix = Path(name).suffix.lower()
    return "jsonl" if suffix == ".jsonl" else "json" if suffix == ".json" else "text"


def _expand(paths: Sequence[str], stdin_format: Kind) -> list[_Input]:
    """Every file that *paths* name, in order; a missing or unreadable path is a usage error."""
    from rewardkit.check import story_files  # noqa: PLC0415
    from rewardkit.exceptions import UsageError  # noqa: PLC0415

    inputs: dict[str, _Input] = {}
    for p in paths:
        try:
            found = story_files([p], stdin=True)
        except FileNotFoundError:
            raise UsageError(f"{p}: no such file or directory") from None
        except OSError as e:
            raise UsageError(f"{e.filename or p}: cannot be read: {e.strerror or e}") from None
        base = Path(p) if p != _STDIN and Path(p).is_dir() else None
        if base is not None and not found:
            raise UsageError(f"{p}: no story files (*.json, *.jsonl) in this directory")
        for name in found:
            inputs.setdefault(name, _Input(name, _kind(name, stdin_format), base))
    return list(inputs.values())


def _display(name: str) -> str:
    from rewardkit.check import STDIN_NAME  # noqa: PLC0415

    return STDIN_NAME if name == _STDIN else name


def _read_text(item: _Input, limits: Limits) -> str:
    """Read a plain text file (or stdin) whole, within the size limit."""
    try:
        if item.name == _STDIN:
            data = sys.stdin.buffer.read(limits.max_bytes + 1)
        else:
            with Path(item.name).open("rb") as f:
                data = f.read(limits.max_bytes + 1)
    except OSError as e:
        msg = f"{_display(item.name)}: cannot be read: {e.strerror or e}"
        raise _Problem(msg) from None
    if len(data) > limits.max_bytes:
        msg = f"{_display(item.name)}: over the size limit of {limits.max_bytes:,} bytes"
        raise _Problem(msg)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        msg = f"{_display(item.name)}: is not valid UTF-8 text (byte {e.start + 1})"
        raise _Problem(msg) from None


def _units(item: _Input, limits: Limits) -> Iterator[_Unit]:
    """Read one input story by story; a story that does not load is a :class:`_Problem`."""
    from rewardkit.check import read  # noqa: PLC0415

    file = _display(item.name)
    if item.kind == "text":
        yield _Unit(file=file, text=_read_text(item, limits))
        return
    try:
        for record in read(item.name, limits=limits, format=item.kind):
            line = record.line
            if line is None and record.locator is not None:
                [line] = record.locator.lines([record.pointer])
            unit = _Unit(file=file, line=line, story=record.story, path=record.path)
            if record.story is None:
                raise _Problem(_not_loaded(unit.where, record.findings, item))
            yield unit
    except OSError as e:
        msg = f"{_display(item.name)}: cannot be read: {e.strerror or e}"
        raise _Problem(msg) from None


def _not_loaded(where: str, findings: Sequence[Any], item: _Input) -> str:
    n = len(findings)
    first = f"; {findings[0].message}" if findings else ""
    hint = (
        " (for plain text on stdin, pass --stdin-format text)"
        if item.name == _STDIN and item.kind == "json"
        else ""
    )
    return (
        f"{where}: the story does not load ({n} problem{'s' if n != 1 else ''}{first}){hint};"
        " 'rewardkit validate' lists them"
    )


# ---------------------------------------------------------------------------------------------
# Detection


class _Options(NamedTuple):
    """What every story is processed with."""

    detectors: tuple[Detector, ...]
    allow: tuple[str, ...]
    min_score: float


class _Spec(NamedTuple):
    """What a worker process needs to rebuild the options: detector names, not objects."""

    disabled: tuple[str, ...]
    allow: tuple[str, ...]
    min_score: float


#: The options of the work in progress, set in each process that does it (:func:`_begin`).
_CURRENT: list[_Options] = []


def _begin(spec: _Spec) -> None:
    """Make the options of *spec* from this process's registry, once per run and process."""
    from rewardkit.deid import registry  # noqa: PLC0415

    active = tuple(d for d in registry.detectors() if d.name not in spec.disabled)
    _CURRENT[:] = [_Options(detectors=active, allow=spec.allow, min_score=spec.min_score)]


def _spec(args: argparse.Namespace) -> _Spec:
    disabled = tuple(n.strip() for item in args.disable for n in item.split(",") if n.strip())
    return _Spec(disabled=disabled, allow=tuple(args.allow), min_score=args.min_score)


def _scan_job(context: int, unit: _Unit) -> tuple[list[dict[str, Any]], str | None]:
    """Scan one story in a worker: its rows, or the problem that stopped it."""
    try:
        return _scan_unit(unit, _CURRENT[0], context), None
    except _Problem as e:
        return [], str(e)


def _redact_job(operator: str, unit: _Unit) -> _Redacted | str:
    """Redact one story in a worker: the result, or the problem that stopped it."""
    try:
        return _redact_unit(unit, _CURRENT[0], operator)
    except _Problem as e:
        return str(e)


def _options(args: argparse.Namespace) -> _Options:
    from rewardkit.deid import DetectorError, registry  # noqa: PLC0415
    from rewardkit.exceptions import UsageError  # noqa: PLC0415

    names = [n.strip() for item in args.disable for n in item.split(",") if n.strip()]
    try:
        known = registry.names()
        active = registry.detectors()
    except DetectorError as e:
        raise UsageError(str(e)) from None
    for name in names:
        if name not in known:
            import difflib  # noqa: PLC0415 - only for a mistake

            close = difflib.get_close_matches(name, known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(known)}"
            raise UsageError(f"unknown detector {name!r}; {hint}")
    return _Options(
        detectors=tuple(d for d in active if d.name not in names),
        allow=tuple(args.allow),
        min_score=args.min_score,
    )


def _detector_failure(unit: _Unit, options: _Options, error: Exception) -> _Problem:
    """Name the detector that failed, never its message, which may quote the story."""
    from rewardkit.deid import DetectorError, scan  # noqa: PLC0415

    text = unit.story.text if unit.story is not None else unit.text or ""
    culprit, kind = "a detector", type(error).__name__
    for d in options.detectors:
        try:
            scan(text, detectors=[d])
        except DetectorError as e:  # the engine names the detector and the exception's type
            culprit = f"the detector {d.name!r}"
            kind = _raised(str(e)) or kind
            break
        except Exception:  # noqa: BLE001 - looking for the one that fails
            culprit = f"the detector {d.name!r}"
            break
    story = f" [{unit.story.id}]" if unit.story is not None else ""
    return _Problem(
        f"{unit.where}:{story} {culprit} failed ({kind}); its message is not"
        " shown, as it may quote the story"
    )


def _raised(message: str) -> str | None:
    """The exception type in the engine's message "... failed: it raised TypeName"."""
    match = re.search(r"it raised (\w+)", message)
    return match.group(1) if match else None


def _detect(unit: _Unit, options: _Options) -> list[Detection]:
    from rewardkit.deid import residual_detections, scan  # noqa: PLC0415

    kwargs: dict[str, Any] = {
        "detectors": list(options.detectors),
        "allow": options.allow,
        "min_score": options.min_score,
    }
    try:
        if unit.story is not None:
            return residual_detections(unit.story, **kwargs)
        return scan(unit.text or "", **kwargs)
    except Exception as e:  # noqa: BLE001 - a plugin may raise anything; name it, not its text
        raise _detector_failure(unit, options, e) from None


# ---------------------------------------------------------------------------------------------
# scan

_SPACES = re.compile(r"\s+")


_ONLY_SPACE = re.compile(r"\s*\Z")


def _more_before(text: str, start: int) -> bool:
    """Tell whether anything but whitespace comes before *start*."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0


@functools.cache
def _words_before(n: int) -> re.Pattern[str]:
    return re.compile(rf"(?:\S+\s+){{0,{n}}}\S*\Z")


@functools.cache
def _words_after(n: int) -> re.Pattern[str]:
    return re.compile(rf"\A\S*(?:\s+\S+){{0,{n}}}")


def context(text: str, found: Sequence[Detection], d: Detection, words: int) -> str:
    """
    Show *d* with a few words on each side, every identifier in view masked.

    Args:
        text: The scanned text.
        found: Every detection in *text* (those in view are masked too).
        d: The detection to show.
        words: How many words on each side.

    Returns:
        One line: the context, with ``...`` where text is left out, whitespace runs as one
        space, and control characters escaped.
    """
    from rewardkit._messages import escape_controls  # noqa: PLC0415
    from rewardkit.deid import mask_identifier  # noqa: PLC0415

    reach = _CONTEXT_CHARS * 3
    left = text[max(0, d.start - reach) : d.start]
    right = text[d.end : d.end + reach]
    before = _words_before(words).search(left) if words else None
    after = _words_after(words).match(right) if words else None
    start = d.start - (len(before.group()) if before else 0)
    end = d.end + (len(after.group()) if after else 0)
    # Widen the view to whole identifiers, so that none is cut and shown in part.
    for other in found:
        if other.start < end and start < other.end:
            start, end = min(start, other.start), max(end, other.end)
    pieces: list[str] = []
    at = start
    for other in sorted(found, key=lambda x: (x.start, -x.end)):
        if other.end <= at or other.start >= end:
            continue
        s = max(other.start, at)
        pieces.append(text[at:s])
        pieces.append(mask_identifier(text[other.start : other.end])[s - other.start :])
        at = other.end
    pieces.append(text[at:end])
    shown = "".join(pieces)
    head = _SPACES.sub(" ", shown[: d.start - start]).lstrip()
    tail = _SPACES.sub(" ", shown[d.start - start :]).rstrip()
    # Keep at most _CONTEXT_CHARS characters on each side of the identifier itself.
    ident = d.end - d.start
    if len(head) > _CONTEXT_CHARS:
        head = "..." + head[-_CONTEXT_CHARS:]
    elif _more_before(text, start):
        head = "..." + head
    if len(tail) - ident > _CONTEXT_CHARS:
        tail = tail[: ident + _CONTEXT_CHARS] + "..."
    elif _ONLY_SPACE.match(text, end) is None:
        tail += "..."
    return escape_controls(head + tail, newlines=True)


def _scan_unit(unit: _Unit, options: _Options, words: int) -> list[dict[str, Any]]:
    """Process one story: its detections as report rows, values masked."""
    from rewardkit.deid import mask_identifier  # noqa: PLC0415

    text = unit.story.text if unit.story is not None else unit.text or ""
    found = _detect(unit, options)
    return [
        {
            "file": unit.file,
            "line": unit.line,
            "story": unit.story.id if unit.story is not None else None,
            "start": d.start,
            "end": d.end,
            "category": d.category.value,
            "score": round(d.score, 2),
            "detector": d.detector,
            "reason": d.reason,
            "value": mask_identifier(text[d.start : d.end]),
            "context": context(text, found, d, words),
        }
        for d in found
    ]


def _row_line(row: dict[str, Any]) -> str:
    from rewardkit._messages import escape_controls  # noqa: PLC0415

    where = str(row["file"]) + (f":{row['line']}" if row["line"] is not None else "")
    story = f" [{row['story']}]" if row["story"] is not None else ""
    head = escape_controls(f"{where}:{story}", newlines=True)
    detector = escape_controls(str(row["detector"]), newlines=True)
    return (
        f"{head} {row['category']} {row['start']}-{row['end']} ({detector}, {row['score']:.2f}):"
        f" {row['context']}"
    )


def _categories(counts: Counter[str]) -> str:
    return ", ".join(f"{c} {n:,}" for c, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))


def _run_scan(args: argparse.Namespace) -> int:
    from rewardkit.check import parallel_map  # noqa: PLC0415
    from rewardkit.check._reporters import JsonArrayWriter  # noqa: PLC0415
    from rewardkit.serialization import Limits  # noqa: PLC0415

    from ._jobs import jobs_of  # noqa: PLC0415
    from ._output import counted, say  # noqa: PLC0415

    inputs = _expand(args.paths, args.stdin_format)
    _options(args)  # check the detector names before any work
    job = functools.partial(_scan_job, args.context)
    spec = _spec(args)
    limits = Limits()
    problems: list[str] = []
    # Rows are written as each story's come back, so that memory stays flat.
    array = JsonArrayWriter(sys.stdout) if args.format == "json" else None
    stories = flagged = 0
    counts: Counter[str] = Counter()
    for item in inputs:
        try:
            units = _units(item, limits)  # read
            mapped = parallel_map(
                job, units, jobs=jobs_of(args), initializer=_begin, initargs=(spec,)
            )
            for found, problem in mapped:  # process
                stories += 1
                if problem is not None:
                    problems.append(problem)
                    continue
                flagged += bool(found)
                counts.update(r["category"] for r in found)
                if array is not None:  # write
                    for row in found:
                        array.add(row)
                else:
                    sys.stdout.writelines(_row_line(r) + "\n" for r in found)
        except _Problem as e:
            problems.append(str(e))
    if array is not None:
        array.close()
    sys.stdout.flush()
    _report(problems)
    total = sum(counts.values())
    where = f"{counted(stories, 'story', 'stories')} in {counted(len(inputs), 'file')}"
    if total:
        found_line = (
            f"{counted(total, 'identifier')} in {flagged:,} of {where} ({_categories(counts)})"
        )
    else:
        found_line = f"no identifiers in {where}"
    say(args, f"scanned: {found_line}")
    if problems:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if total else ExitCode.OK


def _report(problems: list[str]) -> None:
    from rewardkit._messages import escape_controls  # noqa: PLC0415

    for p in problems:
        sys.stderr.write(f"rewardkit deid: error: {escape_controls(p, newlines=True)}\n")


# ---------------------------------------------------------------------------------------------
# redact


def _targets(inputs: list[_Input], args: argparse.Namespace) -> Sequence[Path | None]:
    """Where each input's redacted copy goes (``None``: stdout); refuse what would lose data."""
    from rewardkit._files import check_output, same_file  # noqa: PLC0415
    from rewardkit.exceptions import UsageError  # noqa: PLC0415

    stdin = any(i.name == _STDIN for i in inputs)
    many = len(inputs) > 1 or any(i.base is not None for i in inputs)
    if args.output is None:
        if args.in_place:
            if stdin:
                raise UsageError("--in-place cannot replace stdin; pass -o FILE")
            return [Path(i.name) for i in inputs]
        if many:
            raise UsageError("several inputs: pass -o DIR (the tree is mirrored) or --in-place")
        return [None]
    out = Path(args.output)
    many = many or (out.is_dir() and not stdin)
    if many and stdin:
        raise UsageError("- (stdin) can only be redacted on its own, to standard output or -o FILE")
    targets = [(out / _relative(i)) if many else out for i in inputs]
    if many and out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is not a directory (several inputs need -o DIR)")
    seen: dict[Path, str] = {}
    names = [i.name for i in inputs if i.name != _STDIN]
    for item, target in zip(inputs, targets, strict=True):
        if target in seen:
            raise UsageError(f"{seen[target]} and {item.name} would both be written to {target}")
        seen[target] = item.name
        check_output(target, names, in_place=args.in_place)
        own = item.name != _STDIN and same_file(target, item.name)
        if target.exists() and not own and not args.force:
            raise UsageError(f"{target}: exists; pass --force to overwrite it")
    return targets


def _relative(item: _Input) -> Path:
    """Where an input sits below the output directory: its place below its directory argument."""
    path = Path(item.name)
    return path.relative_to(item.base) if item.base is not None else Path(path.name)


class _Redacted(NamedTuple):
    """One processed story: the redacted story or text, and what was redacted."""

    unit: _Unit
    story: Story | None
    text: str | None
    counts: Counter[str]


def _redact_unit(unit: _Unit, options: _Options, operator: str) -> _Redacted:
    """Process one story: redact it, and count what was redacted by category."""
    from rewardkit.deid import RedactionError, redact  # noqa: PLC0415

    kwargs: dict[str, Any] = {
        "operator": operator,
        "detectors": list(options.detectors),
        "allow": options.allow,
        "min_score": options.min_score,
    }
    try:
        if unit.story is not None:
            new = redact(unit.story, **kwargs)
            before = Counter(r.category.value for r in unit.story.deidentification.redactions)
            after = Counter(r.category.value for r in new.deidentification.redactions)
            return _Redacted(unit, new, None, after - before)
        text, deid = redact(unit.text or "", **kwargs)
        return _Redacted(unit, None, text, Counter(r.category.value for r in deid.redactions))
    except RedactionError as e:
        story = f" [{unit.story.id}]" if unit.story is not None else ""
        raise _Problem(f"{unit.where}:{story} cannot be redacted: {e}") from None
    except Exception as e:  # noqa: BLE001 - a plugin may raise anything; name it, not its text
        raise _detector_failure(unit, options, e) from None


def _raising(results: Iterator[_Redacted | str]) -> Iterator[_Redacted]:
    """Pass the results on; a problem stops the input's output, as it does in one process."""
    for r in results:
        if isinstance(r, str):
            raise _Problem(r)
        yield r


def _redact_together(units: list[_Unit], options: _Options, operator: str) -> Iterator[_Redacted]:
    """Redact the stories of one input as one collection (``--propagate collection``)."""
    from rewardkit.deid import RedactionError, redact_collection  # noqa: PLC0415
    from rewardkit.story import Collection  # noqa: PLC0415

    stories = [u.story for u in units if u.story is not None]
    try:
        redacted = redact_collection(
            Collection(stories=stories),
            operator=operator,
            detectors=list(options.detectors),
            allow=options.allow,
            min_score=options.min_score,
        )
    except RedactionError as e:
        where = units[0].where if units else "the input"
        raise _Problem(f"{where}: cannot be redacted: {e}") from None
    except Exception as e:  # noqa: BLE001 - a plugin may raise anything; name it, not its text
        raise _detector_failure(units[0], options, e) from None
    for unit, new in zip(units, redacted.stories, strict=True):
        assert unit.story is not None  # noqa: S101 - story files hold stories
        before = Counter(r.category.value for r in unit.story.deidentification.redactions)
        after = Counter(r.category.value for r in new.deidentification.redactions)
        yield _Redacted(unit, new, None, after - before)


def _write(item: _Input, results: Iterator[_Redacted], out: IO[str]) -> None:
    """Write the redacted stories of one input in its own format, as they come."""
    from rewardkit.serialization import dumps  # noqa: PLC0415
    from rewardkit.story import Collection  # noqa: PLC0415

    if item.kind == "text":
        for r in results:
            out.write(r.text or "")
        return
    if item.kind == "jsonl":
        for r in results:
            assert r.story is not None  # noqa: S101 - story files hold stories
            out.write(dumps(r.story) + "\n")
        return
    stories: list[Story] = []
    single: Story | None = None
    for r in results:
        assert r.story is not None  # noqa: S101 - story files hold stories
        if r.unit.path == ():
            single = r.story
        else:
            stories.append(r.story)
    document = single if single is not None else Collection(stories=stories)
    out.write(dumps(document, indent=2) + "\n")


def _run_redact(args: argparse.Namespace) -> int:
    from rewardkit._files import atomic_writer  # noqa: PLC0415
    from rewardkit.check import parallel_map  # noqa: PLC0415
    from rewardkit.serialization import Limits  # noqa: PLC0415

    from ._jobs import jobs_of  # noqa: PLC0415
    from ._output import counted, say  # noqa: PLC0415

    inputs = _expand(args.paths, args.stdin_format)
    targets = _targets(inputs, args)
    options = _options(args)
    job = functools.partial(_redact_job, args.operator)
    spec = _spec(args)
    limits = Limits()
    problems: list[str] = []
    stories = flagged = written = 0
    counts: Counter[str] = Counter()

    def processed(item: _Input) -> Iterator[_Redacted]:
        nonlocal stories, flagged
        units = _units(item, limits)  # read
        if args.propagate == "collection" and item.kind != "text":
            results: Iterator[_Redacted] = _redact_together(list(units), options, args.operator)
        else:
            results = _raising(  # process
                parallel_map(job, units, jobs=jobs_of(args), initializer=_begin, initargs=(spec,))
            )
        for result in results:
            stories += 1
            flagged += bool(result.counts)
            counts.update(result.counts)
            yield result

    for item, target in zip(inputs, targets, strict=True):
        try:
            if target is None:
                _write(item, processed(item), sys.stdout)  # write
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with atomic_writer(target) as out:
                _write(item, processed(item), out)  # write, replacing the file only when done
            written += 1
        except _Problem as e:
            problems.append(f"{e}; {'nothing written for' if target else 'stopped'} {item.name}")
        except OSError as e:
            problems.append(f"{target}: cannot be written: {e.strerror or e}")
    sys.stdout.flush()
    _report(problems)
    total = sum(counts.values())
    what = f"{counted(total, 'identifier')}" + (f" ({_categories(counts)})" if total else "")
    if args.output is None and args.in_place:
        dest = f"; replaced {counted(written, 'file')} in place"
    elif args.output is None:
        dest = "; wrote standard output"
    else:
        dest = f"; wrote {counted(written, 'file')} to {args.output}"
    say(
        args,
        f"redacted {what} in {flagged:,} of {counted(stories, 'story', 'stories')} in"
        f" {counted(len(inputs), 'file')}{dest}",
    )
    return ExitCode.USAGE if problems else ExitCode.OK


def run(args: argparse.Namespace) -> int:
    """
    Run ``rewardkit deid``.

    Args:
        args: The parsed arguments.

    Returns:
        0 on success (``scan``: nothing found), 1 when ``scan`` found identifiers, 2 on a
        usage error or a problem with an input.
    """
    command = getattr(args, "deid_command", None)
    if command == "scan":
        return _run_scan(args)
    if command == "redact":
        return _run_redact(args)
    from rewardkit.exceptions import UsageError  # noqa: PLC0415

    raise UsageError("choose an action: scan or redact")
