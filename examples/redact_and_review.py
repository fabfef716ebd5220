"""
Redact a raw story, show a reviewer what changed, and record the review.

Run: ``python examples/redact_and_review.py``. The story is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

import attrs

import rewardkit as rk
from rewardkit.deid import mask_identifier, redact, scan

RAW = rk.Story(
    id="st-0100",
    text=(
        "Dr. Patel asked me to share this: on 12 March 2024 our client Tomasz, 91, walked "
        "to the garden at St. Anne's without his frame. Call me at 555-201-3344 if you want "
        "the details."
    ),
    source=rk.Source(platform="forum", retrieved_at=datetime(2024, 4, 1, 9, 0, tzinfo=UTC)),
    narrator=rk.Narrator(role=rk.NarratorRole.PSYCHIATRIC_NURSE),
    deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
)


def main() -> None:
    # 1. What the detectors find, shown masked, as a reviewer's checklist.
    for d in scan(RAW.text):
        shown = mask_identifier(RAW.text[d.start : d.end])
        print(f"{d.category.value:<14} {d.start:>4}-{d.end:<4} {shown:<16} {d.reason}")

    # 2. Redact: dates become their year, the age "90 or older", the rest placeholders.
    operators = {"DATE": "generalize", "AGE_OVER_89": "generalize"}
    redacted = redact(RAW, operator=operators)
    print(redacted.text)
    # Machine-redacted is not publishable yet: detectors miss things, so a person must look.
    assert [f.rule for f in rk.validate(redacted, profile="publish")] == ["review-required"]

    # 3. A person reads the redacted text, then records the review.
    reviewed = attrs.evolve(
        redacted,
        deidentification=attrs.evolve(
            redacted.deidentification,
            status=rk.DeidStatus.REVIEWED,
            reviewed_by="reviewer-1",
            reviewed_at=datetime(2024, 4, 2, 10, 0, tzinfo=UTC),
        ),
    )
    assert rk.validate(reviewed, profile="publish") == []
    print(rk.dumps(reviewed, indent=2))


if __name__ == "__main__":
    main()
