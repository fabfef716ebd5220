"""
Property-test a function of your own with the strategies in ``rewardkit.testing``.

The function below counts the words a story's coders marked as evidence. Its properties hold
for every story that rewardkit can load, and hypothesis checks them on generated ones. Run it
with ``python examples/property_test.py``, or put the test in your own pytest suite.
"""

from __future__ import annotations

from hypothesis import given, settings

import rewardkit as rk
from rewardkit.testing import stories


def evidence_words(story: rk.Story) -> int:
    """Count the words inside evidence spans, each character counted once."""
    covered = [False] * len(story.text)
    for assignment in story.themes:
        for span in assignment.evidence:
            covered[span.start : span.end] = [True] * (span.end - span.start)
    marked = "".join(c if on else " " for c, on in zip(story.text, covered, strict=True))
    return len(marked.split())


@settings(max_examples=50, deadline=None)
@given(stories())
def test_evidence_words(story: rk.Story) -> None:
    # A span edge can split a word in two, so each span adds at most two words to the text's.
    spans = sum(len(a.evidence) for a in story.themes)
    assert 0 <= evidence_words(story) <= len(story.text.split()) + 2 * spans
    if not any(a.evidence for a in story.themes):
        assert evidence_words(story) == 0
    # Only the spans matter: a round trip through JSON changes nothing.
    assert evidence_words(rk.loads(rk.dumps(story))) == evidence_words(story)


if __name__ == "__main__":
    test_evidence_words()
    print("evidence_words holds its properties")
