"""The checker: reads every file of a run, hands each story to the rules, and passes findings on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rewardkit.exceptions import RewardkitError
from rewardkit.serialization import Limits

from ._paths import STDIN, story_files
from ._reader import read
from ._result import CheckResult, order

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from rewardkit.findings import Finding
    from rewardkit.rules import Validator
    from rewardkit.serialization import Locator, StoryRecord

    from ._reader import Format

__all__ = ["Checker"]


class Checker:
    """
    Check the stories of one run with one validator, so that ``id-duplicate`` spans them all.

    The command line, the review app and notebook users run the same checker.

    Args:
        validator: The rules and their settings.
        limits: Size and depth limits for every file read.
        stdin_format: ``"json"`` or ``"jsonl"``, for ``-``.
        on_progress: Called after each story and each file with the files and stories done.
        jobs: How many processes check the stories of :meth:`run` (1: this process only).
            The result is the same for any number (see :func:`parallel_map`).

    .. versionadded:: 0.2.0
    """

    def __init__(
        self,
        validator: Validator,
        *,
        limits: Limits | None = None,
        stdin_format: Format = "json",
        on_progress: Callable[[int, int], None] | None = None,
        jobs: int = 1,
    ) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self._validator = validator
        self._limits = limits
        self._stdin_format = stdin_format
        self._on_progress = on_progress
        self._jobs = jobs

    def check(
        self, records: Iterable[StoryRecord], result: CheckResult | None = None
    ) -> list[Finding]:
        """
        Check the records of one file (or one document); return its findings, in order.

        Args:
            records: What :func:`~rewardkit.read` gives for one file.
            result: A run's result, whose story count is kept up to date.

        Returns:
            The findings, each with the file, the line (placed in the document's text for a
            ``.json`` document) and a JSON Pointer, sorted by line and path.

        Raises:
            RuleError: A rule failed (a bug in the rule, never a problem of the story).
        """
        return order(list(self._findings(records, result)))

    def _findings(
        self, records: Iterable[StoryRecord], result: CheckResult | None
    ) -> Iterator[Finding]:
        """
        Check the records of one file, yielding its findings in the order of :func:`order`.

        A line of JSON Lines is on a later line than every line before it, so its findings
        go as soon as it is checked; a ``.json`` document's wait for the end of the document,
        whose text places them.
        """
        pending: list[Finding] = []
        document: list[Finding] = []  # rule findings of the current .json document
        locator: Locator | None = None
        for record in records:
            if record.locator is not locator:
                pending.extend(_placed(locator, document))
                document, locator = [], record.locator
            found = self._validator.check_record(record)
            if result is not None:
                result.stories += 1
                result.flagged += bool(found)
                self._progress(result)
            if record.story is None or locator is None:
                pending.extend(found)
            else:
                document.extend(found)
            if record.line is not None and locator is None and pending:
                # JSON Lines: every finding still to come is on a later line.
                yield from order(pending)
                pending = []
        pending.extend(_placed(locator, document))
        yield from order(pending)

    def run(self, files: Sequence[str]) -> CheckResult:
        """
        Check every file, in order; a file that cannot be read never stops the others.

        Args:
            files: Story files, or ``-`` for stdin (expand directories with
                :func:`~rewardkit.check.story_files` first).

        Returns:
            What the run found. A file that cannot be read is among the result's
            :attr:`~CheckResult.problems`.

        Raises:
            RuleError: A rule failed; PluginError: a rule plugin is broken.
            ParallelError: A worker process stopped unexpectedly.

        .. versionchanged:: 0.2.0
           A file that fails part of the way keeps the findings of the stories read before.
        """
        result = CheckResult()
        result.findings = list(self._stream(files, result))
        return result

    def stream(self, files: Sequence[str], result: CheckResult) -> Iterator[Finding]:
        """
        Check every file, in order, yielding each finding as soon as its place is known.

        The findings come in the order of :meth:`run`'s :attr:`~CheckResult.findings`, but
        are never all held: memory stays flat however many stories the files hold. Those of
        a line of JSON Lines come when the line is checked; those of a ``.json`` document
        when the document is. *result* is kept up to date as the run goes; once the
        iterator is exhausted it holds the run's counts (in :attr:`~CheckResult.streamed`,
        with :attr:`~CheckResult.findings` left empty) and its problems.

        Args:
            files: Story files, or ``-`` for stdin, as for :meth:`run`.
            result: Where the counts and problems go; a new :class:`CheckResult`.

        Yields:
            Every finding, file by file, each file's by line and path.

        Raises:
            RuleError: A rule failed; PluginError: a rule plugin is broken.
            ParallelError: A worker process stopped unexpectedly.

        .. versionadded:: 0.2.0
        """
        counts = result.streamed
        for finding in self._stream(files, result):
            counts[finding.severity] += 1
            yield finding

    def _stream(self, files: Sequence[str], result: CheckResult) -> Iterator[Finding]:
        """Check every file; count files, stories and problems in *result*; yield findings."""
        if self._jobs > 1 and _worth_workers(files):
            from ._parallel import run_parallel  # noqa: PLC0415 - only for parallel runs

            yield from run_parallel(
                self._validator,
                files,
                result,
                limits=self._limits or Limits(),
                stdin_format=self._stdin_format,
                jobs=self._jobs,
                progress=self._progress,
            )
            return
        for name in files:
            fmt = self._stdin_format if name == STDIN else None
            try:
                yield from self._findings(read(name, limits=self._limits, format=fmt), result)
            except RewardkitError:  # a broken rule or plugin stops the run
                raise
            except OSError as e:
                result.problems.append(f"{name}: cannot be read: {e.strerror or e}")
            except Exception as e:  # noqa: BLE001 - a bug must not hide other files' findings
                # Name the exception's type only: its text may quote a story.
                result.problems.append(
                    f"{name}: internal error ({type(e).__name__}); please report it"
                )
            result.files += 1
            self._progress(result)

    def _progress(self, result: CheckResult) -> None:
        if self._on_progress is not None:
            self._on_progress(result.files, result.stories)


#: Below this many bytes of files, a run stays in one process: starting workers costs more.
PARALLEL_MIN_BYTES = 1 << 20


def _worth_workers(files: Sequence[str]) -> bool:
    """Tell whether a run is long enough for worker processes (stdin always may be)."""
    total = 0
    for name in files:
        if name == STDIN:
            return True
        try:
            paths = story_files([name]) if Path(name).is_dir() else [name]
            total += sum(Path(f).stat().st_size for f in paths)
        except OSError:
            continue  # the run reports it
        if total >= PARALLEL_MIN_BYTES:
            return True
    return False


def _placed(locator: Locator | None, findings: list[Finding]) -> list[Finding]:
    if locator is None or not findings:
        return findings
    return locator.locate(findings)
