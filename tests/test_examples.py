"""The shipped example stories load, are consistent, and cover every top-level theme."""

from __future__ import annotations

from pathlib import Path

import pytest

import rewardkit as rk

EXAMPLES = Path(__file__).parent.parent / "examples" / "stories"
FILES = sorted(EXAMPLES.glob("*.json*"))


def all_stories() -> list[rk.Story]:
    out: list[rk.Story] = []
    for path in FILES:
        doc = rk.load(path)
        out.extend(doc if isinstance(doc, rk.Collection) else [doc])
    return out


def test_there_are_at_least_six_stories():
    assert len(all_stories()) >= 6


def test_every_top_level_theme_is_covered():
    tops = {a.theme.split(".")[0] for s in all_stories() for a in s.themes}
    assert tops >= {"breakthrough", "connection", "advocacy", "small-victory", "gratitude"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_examples_are_redacted_and_consistent(path: Path):
    doc = rk.load(path)
    for story in doc if isinstance(doc, rk.Collection) else [doc]:
        assert story.deidentification.status is not rk.DeidStatus.RAW
        for r in story.deidentification.redactions:
            assert story.text[r.start : r.end] == r.replacement
        for a in story.themes:
            for span in a.evidence:
                assert 0 <= span.start < span.end <= len(story.text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_examples_are_written_as_dump_writes_them(path: Path):
    doc = rk.load(path)
    if path.suffix == ".jsonl":
        assert isinstance(doc, rk.Collection)
        expected = "".join(rk.dumps(s) + "\n" for s in doc)
    else:
        expected = rk.dumps(doc, indent=2) + "\n"
    assert path.read_text(encoding="utf-8") == expected
