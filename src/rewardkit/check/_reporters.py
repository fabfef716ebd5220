"""Reporters: how findings are written, chosen by ``--format``."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Final, Protocol

from rewardkit._messages import counted as count
from rewardkit._messages import escape_controls
from rewardkit.findings import JSON_INVALID, Finding, Severity

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any, TextIO

    from ._result import CheckResult

__all__ = [
    "REPORTERS",
    "GithubReporter",
    "JsonReporter",
    "Reporter",
    "StreamingReporter",
    "TextReporter",
    "summary",
]


class Reporter(Protocol):
    """Writes a run's findings to a stream."""

    def report(self, result: CheckResult, out: TextIO) -> None:
        """Write *result*'s findings to *out*."""


class StreamingReporter(Reporter, Protocol):
    """
    A reporter that writes findings as a run finds them, so that none need be held.

    :meth:`start`, then :meth:`write` as often as there are findings (each call's after the
    last call's), then :meth:`finish` write what ``report(result, out)`` writes for the same
    findings, byte for byte. ``rewardkit validate`` writes its report this way, from
    :meth:`Checker.stream`. The text, JSON and GitHub reporters are streaming reporters.

    .. versionadded:: 0.2.0
    """

    def start(self, out: TextIO) -> None:
        """Begin a report on *out*."""

    def write(self, findings: Iterable[Finding], out: TextIO) -> None:
        """Write *findings*, which follow those written before, as they come."""

    def finish(self, result: CheckResult, out: TextIO) -> None:
        """End the report; *result* is the run's, its counts complete."""


def colour_wanted(stream: object) -> bool:
    """
    Tell whether to colour output to *stream*: only on a terminal, and never with ``NO_COLOR``.

    Args:
        stream: Where the output goes.

    Returns:
        ``True`` when *stream* is a terminal and the ``NO_COLOR`` environment variable is
        unset or empty.

    .. versionadded:: 0.2.0
    """
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


_COLOURS: Final = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[33m",
    Severity.INFO: "\x1b[36m",
}
_RESET: Final = "\x1b[0m"
# At most this many characters of the input are shown on each side of a syntax error.
_CONTEXT: Final = 20


class TextReporter:
    """
    One line per finding, for a person: ``file:line: [story] path: severity rule: message``.

    The line, the story id and the path are left out where they are not known. Control
    characters from the input are escaped. A ``json-invalid`` finding with a column gets two
    more lines showing at most 40 characters of the file around the place, with a caret under
    it (never for stdin, which cannot be read again). The severity is coloured on a terminal
    unless ``NO_COLOR`` is set.

    Args:
        colour: Colour the severity; ``None`` decides by the output stream.

    .. versionchanged:: 0.2.0
       The severity and the story id in each line; colour; the place of a syntax error.
    """

    def __init__(self, *, colour: bool | None = None) -> None:
        self._colour = colour
        self._coloured: bool | None = None

    def report(self, result: CheckResult, out: TextIO) -> None:
        """Write one line per finding, in the result's order (file, then line, then path)."""
        self.start(out)
        self.write(result.findings, out)
        self.finish(result, out)

    def start(self, out: TextIO) -> None:
        """Decide whether to colour the report on *out*; nothing is written yet."""
        self._coloured = colour_wanted(out) if self._colour is None else self._colour

    def write(self, findings: Iterable[Finding], out: TextIO) -> None:
        """Write one line per finding, as they come."""
        if self._coloured is None:
            self.start(out)
        colour = bool(self._coloured)
        for f in findings:
            out.write(self.line(f, colour=colour) + "\n")
            if f.rule == JSON_INVALID and f.column is not None:
                out.writelines(f"{x}\n" for x in _context(f))

    def finish(self, result: CheckResult, out: TextIO) -> None:
        """End the report: a text report has no end to write."""

    @staticmethod
    def line(finding: Finding, *, colour: bool = False) -> str:
        """
        Format one finding as one line.

        Args:
            finding: The finding.
            colour: Colour its severity.

        Returns:
            The line, without a newline, control characters escaped.
        """
        where = finding.file or "<input>"
        if finding.line is not None:
            where += f":{finding.line}"
        about = []
        if finding.story is not None:
            about.append(f"[{finding.story}]")
        if finding.path is not None:
            about.append(finding.path or "(document)")
        head = f"{where}: {' '.join(about)}:" if about else f"{where}:"
        severity = finding.severity.value
        if colour:
            severity = f"{_COLOURS[finding.severity]}{severity}{_RESET}"
        rest = escape_controls(f"{finding.rule}: {finding.message}", newlines=True)
        return f"{escape_controls(head, newlines=True)} {severity} {rest}"


def _context(finding: Finding) -> list[str]:
    """Show where a syntax error is: a short excerpt of its line, and a caret under the place."""
    if finding.file is None or finding.line is None or finding.column is None:
        return []
    text = _read_line(finding.file, finding.line, finding.column + _CONTEXT + 1)
    if text is None:
        return []
    at = finding.column - 1
    start = max(0, at - _CONTEXT)
    window = text[start : at + _CONTEXT]
    before = ("..." if start > 0 else "") + escape_controls(window[: at - start], newlines=True)
    after = escape_controls(window[at - start :], newlines=True)
    if len(text) > at + _CONTEXT:
        after += "..."
    number = str(finding.line)
    return [
        f"  {number} | {before}{after}".rstrip(),
        f"  {' ' * len(number)} | {' ' * len(before)}^",
    ]


def _read_line(file: str, line: int, chars: int) -> str | None:
    """Read the first *chars* characters of line *line* of *file*; ``None`` if unreadable."""
    from ._reader import STDIN_NAME  # noqa: PLC0415 - only for syntax errors

    if file == STDIN_NAME:
        return None
    try:
        with open(file, "rb") as f:  # noqa: PTH123 - a plain path from a finding
            for _ in range(line - 1):
                while True:  # skip a line without holding it in memory
                    chunk = f.readline(1 << 16)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                if not chunk:
                    return None
            raw = f.readline(chars * 4)
    except OSError:
        return None
    if line == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8", errors="replace").rstrip("\r\n")[:chars]


class JsonArrayWriter:
    """
    Write a JSON array item by item: the bytes of ``json.dump(items, out, indent=2)``.

    Nothing is held but whether an item has been written; :meth:`close` ends the array
    (``[]`` when it is empty) and the line.
    """

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._empty = True

    def add(self, item: Mapping[str, Any]) -> None:
        """Write one item, indented as ``json.dump(..., indent=2)`` indents it."""
        # A JSON string never holds a raw newline: every newline here is the layout's.
        text = json.dumps(item, indent=2, ensure_ascii=False).replace("\n", "\n  ")
        self._out.write(("[\n  " if self._empty else ",\n  ") + text)
        self._empty = False

    def close(self) -> None:
        """End the array and the line."""
        self._out.write("[]\n" if self._empty else "\n]\n")


class JsonReporter:
    """A JSON list of ``{file, line, path, rule, severity, message}``."""

    def __init__(self) -> None:
        self._array: JsonArrayWriter | None = None

    def report(self, result: CheckResult, out: TextIO) -> None:
        """Write the findings as one JSON array."""
        self.start(out)
        self.write(result.findings, out)
        self.finish(result, out)

    def start(self, out: TextIO) -> None:
        """Begin the array (its first bracket is written with the first finding)."""
        self._array = JsonArrayWriter(out)

    def write(self, findings: Iterable[Finding], out: TextIO) -> None:
        """Write each finding as an item of the array, as they come."""
        add = self._started(out).add
        for f in findings:
            add(
                {
                    "file": f.file,
                    "line": f.line,
                    "path": f.path,
                    "rule": f.rule,
                    "severity": f.severity.value,
                    "message": f.message,
                }
            )

    def finish(self, result: CheckResult, out: TextIO) -> None:
        """End the array."""
        self._started(out).close()
        self._array = None

    def _started(self, out: TextIO) -> JsonArrayWriter:
        if self._array is None:
            self._array = JsonArrayWriter(out)
        return self._array


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    """GitHub Actions workflow commands, which show as annotations on a pull request."""

    def report(self, result: CheckResult, out: TextIO) -> None:
        """Write one ``::error file=...,line=...::message`` command per finding."""
        self.start(out)
        self.write(result.findings, out)
        self.finish(result, out)

    def start(self, out: TextIO) -> None:
        """Begin the report: nothing to write."""

    def finish(self, result: CheckResult, out: TextIO) -> None:
        """End the report: nothing to write."""

    def write(self, findings: Iterable[Finding], out: TextIO) -> None:
        """Write one command per finding, as they come."""
        for f in findings:
            props = []
            if f.file is not None:
                props.append(f"file={_escape_property(f.file)}")
            if f.line is not None:
                props.append(f"line={f.line}")
            props.append(f"title={_escape_property(f'rewardkit {f.rule}')}")
            where = "" if f.path is None else f"{f.path or '(document)'}: "
            message = _escape_data(f"{where}{f.rule}: {f.message}")
            out.write(f"::{_GITHUB_LEVEL[f.severity]} {','.join(props)}::{message}\n")


REPORTERS: dict[str, type[TextReporter | JsonReporter | GithubReporter]] = {
    "text": TextReporter,
    "json": JsonReporter,
    "github": GithubReporter,
}


def summary(result: CheckResult) -> str:
    """
    Say in one line what a run found, for stderr.

    ``checked 12 stories in 3 files: no problems``, or ``2 errors, 1 warning in 1 of 12
    stories in 3 files``; files that could not be read are counted at the end.

    Args:
        result: The run's result.

    Returns:
        The line, without a newline.

    .. versionchanged:: 0.2.0
       The wording, which counts the stories with findings.
    """
    files = count(result.files, "file")
    if result.total:
        found = ", ".join(
            count(result.count(s), s.value, "info" if s is Severity.INFO else None)
            for s in Severity
            if result.count(s)
        )
        stories = f"{result.flagged:,} of {count(result.stories, 'story', 'stories')}"
        line = f"{found} in {stories} in {files}"
    else:
        line = f"checked {count(result.stories, 'story', 'stories')} in {files}: no problems"
    if result.problems:
        line += f"; {count(len(result.problems), 'file')} could not be read"
    return line
