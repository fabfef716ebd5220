"""The checker: reads every file of a run, hands each story to the rules, and collects."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rewardkit.exceptions import RewardkitError
from rewardkit.serialization import Limits

from ._paths import STDIN, story_files
from ._reader import read
from ._result import CheckResult, order

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

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
        findings: list[Finding] = []
        pending: list[Finding] = []  # rule findings of the current .json document
        locator: Locator | None = None
        for record in records:
            if record.locator is not locator:
                findings.extend(_placed(locator, pending))
                pending, locator = [], record.locator
            found = self._validator.check_record(record)
            if result is not None:
                result.stories += 1
                result.flagged += bool(found)
                self._progress(result)
            if record.story is None or locator is None:
                findings.extend(found)
            else:
                pending.extend(found)
        findings.extend(_placed(locator, pending))
        return order(findings)

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
        """
        if self._jobs > 1 and _worth_workers(files):
            from ._parallel import run_parallel  # noqa: PLC0415 - only for parallel runs

            return run_parallel(
                self._validator,
                files,
                limits=self._limits or Limits(),
                stdin_format=self._stdin_format,
                jobs=self._jobs,
                progress=self._progress,
            )
        result = CheckResult()
        for name in files:
            fmt = self._stdin_format if name == STDIN else None
            try:
                result.findings.extend(
                    self.check(read(name, limits=self._limits, format=fmt), result)
                )
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
        return result

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
