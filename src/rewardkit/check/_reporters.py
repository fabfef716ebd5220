"""Reporters: how findings are written, chosen by ``--format``."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Protocol

from rewardkit.findings import Severity

if TYPE_CHECKING:
    from typing import TextIO

    from ._result import CheckResult

__all__ = ["REPORTERS", "GithubReporter", "JsonReporter", "Reporter", "TextReporter", "summary"]


class Reporter(Protocol):
    """Writes a run's findings to a stream."""

    def report(self, result: CheckResult, out: TextIO) -> None:
        """Write *result*'s findings to *out*."""


class TextReporter:
    """One line per finding: ``file:line: path: rule: message``."""

    def report(self, result: CheckResult, out: TextIO) -> None:
        """Write one line per finding."""
        out.writelines(f"{f}\n" for f in result.findings)


class JsonReporter:
    """A JSON list of ``{file, line, path, rule, severity, message}``."""

    def report(self, result: CheckResult, out: TextIO) -> None:
        """Write the findings as one JSON array."""
        records = [
            {
                "file": f.file,
                "line": f.line,
                "path": f.path,
                "rule": f.rule,
                "severity": f.severity.value,
                "message": f.message,
            }
            for f in result.findings
        ]
        json.dump(records, out, indent=2, ensure_ascii=False)
        out.write("\n")


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    """GitHub Actions workflow commands, which show as annotations on a pull request."""

    def report(self, result: CheckResult, out: TextIO) -> None:
        """Write one ``::error file=...,line=...::message`` command per finding."""
        for f in result.findings:
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
    """Say in one line what a run found, for stderr."""

    def n(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"

    found = ", ".join(
        n(result.count(s), s.value, f"{s.value}s")
        for s in Severity
        if result.count(s) or s is Severity.ERROR
    )
    files = n(result.files, "file", "files")
    return f"{found} in {files} ({n(result.stories, 'story', 'stories')} checked)"
