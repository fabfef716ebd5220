"""The outcome of one run of the checker: findings, counts, and problems of the run itself."""

from __future__ import annotations

from collections import Counter

import attrs

from rewardkit.findings import Finding, Severity

__all__ = ["CheckResult", "order"]


@attrs.define
class CheckResult:
    """
    What a run found.

    Attributes:
        findings: Every finding, file by file in the order read, each file's sorted by line.
            Empty after :meth:`Checker.stream`, which passes the findings on instead.
        files: How many files (or stdin documents) were read.
        stories: How many stories were read (a story that does not load counts too; so
            does a document that cannot be read as JSON at all).
        flagged: How many of those stories have any finding.
        problems: Problems of the run itself (a file that cannot be read), one message each.
        streamed: How many findings of each severity :meth:`Checker.stream` passed on
            without keeping them in :attr:`findings`.

    .. versionadded:: 0.2.0

    .. versionchanged:: 0.2.0
       :attr:`streamed`, for runs that stream their findings.
    """

    findings: list[Finding] = attrs.Factory(list)
    files: int = 0
    stories: int = 0
    flagged: int = 0
    problems: list[str] = attrs.Factory(list)
    streamed: Counter[Severity] = attrs.Factory(Counter)

    def count(self, severity: Severity) -> int:
        """
        Return how many findings have *severity*, kept or streamed.

        Args:
            severity: The severity to count.

        Returns:
            The number of findings.
        """
        kept = sum(1 for f in self.findings if f.severity is severity)
        return kept + self.streamed[severity]

    @property
    def total(self) -> int:
        """How many findings the run found, kept or streamed."""
        return len(self.findings) + sum(self.streamed.values())

    @property
    def errors(self) -> int:
        """How many findings are errors."""
        return self.count(Severity.ERROR)


def order(findings: list[Finding]) -> list[Finding]:
    """Sort one file's findings by line, then path (findings without either come first)."""
    return sorted(findings, key=lambda f: (f.line or 0, f.path or ""))
