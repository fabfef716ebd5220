"""The checker: reads every file of a run, hands its stories to the rules, and collects."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING

import attrs

from rewardkit.exceptions import RewardkitError

from ._paths import STDIN, PathNotFoundError, story_files
from ._result import CheckResult

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rewardkit.rules import Validator

#: How findings name stdin (``-`` on the command line).
STDIN_NAME = "<stdin>"


class UsageError(Exception):
    """A path given on the command line cannot be used."""


def expand(paths: Iterable[str]) -> list[str]:
    """
    Turn the command line's paths into the files to read, in order.

    A directory gives its ``*.json`` and ``*.jsonl`` files, searched recursively, in sorted
    path order; a file is read whatever its name; ``-`` is stdin. A file named twice is read
    once.

    Raises:
        UsageError: A path does not exist, or nothing is left to read.
    """
    try:
        files = story_files(paths, stdin=True)
    except PathNotFoundError as e:
        raise UsageError(f"{e.path}: no such file or directory") from None
    if not files:
        raise UsageError("no story files found (looked for *.json and *.jsonl)")
    return files


class Progress:
    """
    A one-line progress report on stderr, for long runs on a terminal only.

    It stays silent when stderr is not a terminal, and for runs that end within half a
    second, so that short runs and pipes never see it.
    """

    DELAY = 0.5
    INTERVAL = 0.1

    def __init__(self, total: int, stream: IO[str] | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        isatty = getattr(self._stream, "isatty", None)
        self.enabled = bool(isatty and isatty())
        self._total = total
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def update(self, files: int, stories: int) -> None:
        """Show how far the run has got, if it is long enough to need it."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start < self.DELAY or now - self._last < self.INTERVAL:
            return
        self._last = now
        self._shown = True
        self._stream.write(f"\rrewardkit: {files}/{self._total} files, {stories} stories")
        self._stream.flush()

    def close(self) -> None:
        """Clear the progress line."""
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()


class Checker:
    """
    Check the files of one run with one validator, so that ``id-duplicate`` spans them all.

    Args:
        validator: The rules and their settings.
        stdin_format: ``json`` or ``jsonl``, for ``-``.
        progress: Where to show progress; none by default.
    """

    def __init__(
        self, validator: Validator, *, stdin_format: str = "json", progress: Progress | None = None
    ) -> None:
        self._validator = validator
        self._stdin_format = stdin_format
        self._progress = progress

    def run(self, files: list[str]) -> CheckResult:
        """Check every file, in order; a bad file never stops the others."""
        result = CheckResult()
        try:
            for name in files:
                try:
                    self._check_file(name, result)
                except RewardkitError:  # a broken rule or taxonomy stops the run
                    raise
                except OSError as e:
                    result.problems.append(f"{name}: cannot be read: {e.strerror or e}")
                except Exception as e:  # noqa: BLE001 - a bug must not hide other files' findings
                    result.problems.append(
                        f"{name}: internal error ({type(e).__name__}: {e}); please report it"
                    )
                result.files += 1
                self._show(result)
        finally:
            if self._progress is not None:
                self._progress.close()
        return result

    def _show(self, result: CheckResult) -> None:
        if self._progress is not None:
            self._progress.update(result.files, result.stories)

    def _check_file(self, name: str, result: CheckResult) -> None:
        if name == STDIN:
            stream = sys.stdin.buffer
            if self._stdin_format == "jsonl":
                self._check_jsonl(stream, STDIN_NAME, result)
            else:
                self._check_json(stream.read(), STDIN_NAME, result)
        elif name.lower().endswith(".jsonl"):
            with Path(name).open("rb") as f:
                self._check_jsonl(f, name, result)
        else:
            from rewardkit.serialization import DEFAULT_MAX_BYTES  # noqa: PLC0415 - lazy

            with Path(name).open("rb") as f:
                data = f.read(DEFAULT_MAX_BYTES + 1)
            self._check_json(data, name, result)

    def _check_json(self, data: bytes, name: str, result: CheckResult) -> None:
        from rewardkit.exceptions import LoadError  # noqa: PLC0415 - lazy
        from rewardkit.rules._validate import to_document  # noqa: PLC0415 - lazy
        from rewardkit.story import Story  # noqa: PLC0415 - lazy

        try:
            doc = to_document(data)
        except LoadError as e:  # the loader has placed its findings on their lines already
            result.findings.extend(f.located(file=name) for f in e.findings)
            return
        result.stories += 1 if isinstance(doc, Story) else len(doc.stories)
        findings = self._validator.check(doc, file=name)
        if findings:
            from rewardkit._locate import locate_lines  # noqa: PLC0415 - only for findings

            lines = locate_lines(data, [f.path for f in findings])
            findings = [f.located(line=line) for f, line in zip(findings, lines, strict=True)]
        result.findings.extend(findings)

    def _check_jsonl(self, stream: IO[bytes], name: str, result: CheckResult) -> None:
        from rewardkit.serialization import iter_jsonl  # noqa: PLC0415 - lazy

        for item in iter_jsonl(stream):
            if item.error is not None:  # each finding is on the line's physical line
                result.findings.extend(
                    attrs.evolve(f, file=name, line=item.line) for f in item.error.findings
                )
            elif item.story is not None:
                result.stories += 1
                result.findings.extend(
                    self._validator.check_story(item.story, file=name, line=item.line)
                )
            self._show(result)
