"""The outcome of one run of the checker: findings, counts, and problems of the run itself."""

from __future__ import annotations

import attrs

from rewardkit.findings import Finding, Severity

__all__ = ["CheckResult", "order"]


@attrs.define
class CheckResult:
    """
    What a run found.

    Attributes:
        findings: Every finding, file by file in the order read, each file's sorted by line.
        files: How many files (or stdin documents) were read.
        stories: How many stories were read (a story that does not load counts too; so
            does a document that cannot be read as JSON at all).
        flagged: How many of those stories have any finding.
        problems: Problems of the run itself (a file that cannot be read), one message each.

    .. versionadded:: 0.2.0
    """

    findings: list[Finding] = attrs.Factory(list)
    files: int = 0
    stories: int = 0
    flagged: int = 0
    problems: list[str] = attrs.Factory(list)

    def count(self, severity: Severity) -> int:
        """
        Return how many findings have *severity*.

        Args:
            severity: The severity to count.

        Returns:
            The number of findings.
        """
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return self.count(Severity.ERROR)


def order(findings: list[Finding]) -> list[Finding]:
    """Sort one file's findings by line, then path (findings without either come first)."""
    return sorted(findings, key=lambda f: (f.line or 0, f.path or ""))
