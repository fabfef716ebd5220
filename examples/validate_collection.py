"""
Load every story file in a folder and validate them as one run.

Run from the repository root: ``python examples/validate_collection.py [FOLDER]``. It prints
each finding and exits 1 when any is an error, as ``rewardkit validate`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rewardkit as rk


def main(folder: Path) -> int:
    # One Validator for the whole run, so that a story id used twice across files is found.
    validator = rk.Validator(profile="publish")
    findings: list[rk.Finding] = []
    stories = 0
    for path in sorted(folder.glob("*.json*")):
        # Each story, or why it did not load: one bad story never hides the others.
        for record in rk.read(path):
            stories += 1
            findings.extend(validator.check_record(record))
    for finding in findings:
        print(finding)
    errors = [f for f in findings if f.severity is rk.Severity.ERROR]
    print(f"{stories} stories, {len(findings)} findings, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "examples/stories")))
