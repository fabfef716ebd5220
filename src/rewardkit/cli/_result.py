"""The outcome of one ``rewardkit validate`` run: findings per file, and problems of the run."""

from __future__ import annotations

import attrs

from rewardkit.findings import Finding, Severity

from ._main import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE


@attrs.define
class CheckResult:
    """
    What a run found.

    Attributes:
        findings: Every finding, in the order the files and their documents were read.
        files: How many files (or stdin documents) were read.
        stories: How many stories loaded, and so were checked by the rules.
        problems: Problems of the run itself (an unreadable file), for stderr; any of them
            makes the exit code 2.
    """

    findings: list[Finding] = attrs.Factory(list)
    files: int = 0
    stories: int = 0
    problems: list[str] = attrs.Factory(list)

    def count(self, severity: Severity) -> int:
        """Return how many findings have *severity*."""
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def exit_code(self) -> int:
        """2 for a problem of the run, else 1 for any error finding, else 0."""
        if self.problems:
            return EXIT_USAGE
        return EXIT_FINDINGS if self.count(Severity.ERROR) else EXIT_OK
