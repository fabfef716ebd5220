"""`rewardkit.testing`: realistic strategies, the demo corpus and `rewardkit demo`."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from hypothesis import find, given, settings

import rewardkit as rk
from _helpers import ROOT, load_script
from rewardkit import _demo
from rewardkit.cli import main
from rewardkit.deid import residual_detections, scan
from rewardkit.testing import (
    demo_corpus,
    realistic_collections,
    realistic_stories,
    realistic_texts,
)

CORE = rk.core_taxonomy()


def vocabulary() -> set[str]:
    """Every word the realistic content may use."""
    texts = [
        *(s for ss in _demo.THEME_SENTENCES.values() for s in ss),
        *_demo.GENERIC_SENTENCES,
        *_demo.FILLER,
        *_demo.DESCRIPTIONS,
        *_demo.NAMES,
        *(e[0] for e in _demo.EXTRAS),
        *(e[1] for e in _demo.EXTRAS),
    ]
    return {w.lower() for t in texts for w in re.findall(r"[A-Za-z]+", t)}


WORDS = vocabulary()


def words(text: str) -> set[str]:
    """The words of *text*, placeholders such as [PERSON_1] left out."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"\[[A-Z_0-9]+\]", " ", text))}


def check_story(story: rk.Story) -> None:
    """What every realistic story promises."""
    assert rk.loads(rk.dumps(story)) == story
    errors = [f for f in rk.validate(story, taxonomy=CORE) if f.severity is rk.Severity.ERROR]
    assert errors == []
    text = story.text
    assert words(text) <= WORDS
    for assignment in story.themes:
        for span in assignment.evidence:
            quote = text[span.start : span.end]
            assert quote[0].isalnum()
            assert quote[-1].isalnum()
            assert span.start == 0 or not text[span.start - 1].isalnum()
            assert span.end == len(text) or not text[span.end].isalnum()
    redactions = story.deidentification.redactions
    if story.deidentification.status is rk.DeidStatus.RAW:
        assert redactions == ()
    else:
        for r in redactions:
            assert text[r.start : r.end] == r.replacement
            assert re.fullmatch(r"\[[A-Z_]+(_\d+)?\]|\*+|\d{4}", r.replacement)
        assert residual_detections(story) == []
    coders = {a.coder for a in story.themes}
    assert coders <= set(story.coded_by or ())


class TestRealisticStories:
    @given(realistic_stories())
    def test_valid_consistent_and_made_of_real_words(self, story):
        check_story(story)

    @given(realistic_stories(status=rk.DeidStatus.RAW))
    def test_raw_stories_keep_invented_identifiers(self, story):
        assert story.deidentification.status is rk.DeidStatus.RAW
        for d in scan(story.text):
            value = story.text[d.start : d.end]
            assert (
                value in _demo.NAMES
                or "555-01" in value
                or "example.org" in value
                or ("2023" in value)
            )

    @pytest.mark.parametrize("status", [rk.DeidStatus.REDACTED, rk.DeidStatus.REVIEWED])
    def test_a_fixed_status(self, status):
        @settings(max_examples=20)
        @given(realistic_stories(status=status))
        def check(story: rk.Story) -> None:
            assert story.deidentification.status is status
            assert (story.deidentification.reviewed_by is not None) == (
                status is rk.DeidStatus.REVIEWED
            )

        check()

    @given(realistic_stories(theme_ids=["small-victory", "gratitude"]))
    def test_top_level_themes_use_their_sub_themes_sentences(self, story):
        for a in story.themes:
            quote = story.text[a.evidence[0].start : a.evidence[0].end]
            sentences = _demo.THEME_SENTENCES
            assert any(
                f"«{quote}»" in s
                for t, ss in sentences.items()
                if t.startswith(a.theme)
                for s in ss
            )

    def test_a_failing_story_shrinks_to_one_theme(self):
        story = find(realistic_stories(), lambda s: len(s.themes) > 0)

        assert len({a.theme for a in story.themes}) == 1
        assert len(story.text) < 200

    @given(realistic_collections(max_size=4))
    def test_collections_have_unique_ids(self, collection):
        ids = [s.id for s in collection]
        assert len(ids) == len(set(ids))
        for story in collection:
            check_story(story)

    @given(realistic_texts())
    def test_texts(self, text):
        assert text.strip()
        assert words(text) <= WORDS

    @given(realistic_texts(status=rk.DeidStatus.REDACTED, theme_ids=["connection.alliance"]))
    def test_redacted_texts_have_nothing_to_find(self, text):
        assert scan(text) == []


class TestDemoCorpus:
    def test_the_same_seed_gives_the_same_corpus(self):
        assert demo_corpus(50, seed=3) == demo_corpus(50, seed=3)
        assert demo_corpus(50, seed=3) != demo_corpus(50, seed=4)
        assert demo_corpus(3).stories == demo_corpus(5).stories[:3]

    def test_ids_and_size(self):
        corpus = demo_corpus(12_000, seed=1)
        assert len(corpus) == 12_000
        assert corpus.stories[0].id == "demo-00001"
        assert len({s.id for s in corpus}) == 12_000
        assert len(demo_corpus(0)) == 0
        with pytest.raises(ValueError, match="n must be 0 or more"):
            demo_corpus(-1)

    def test_every_story_is_valid_and_the_mix_is_realistic(self):
        corpus = demo_corpus(400, seed=7)
        validator = rk.Validator(taxonomy=CORE)
        findings = Counter(f.rule for s in corpus for f in validator.check(s))
        assert set(findings) <= {"deid-required", "review-required"}
        statuses = Counter(s.deidentification.status for s in corpus)
        assert all(statuses[s] > 50 for s in rk.DeidStatus)
        raw = [s for s in corpus if s.deidentification.status is rk.DeidStatus.RAW]
        assert sum(bool(scan(s.text)) for s in raw) > len(raw) / 2
        assert all(s.source.text_form is rk.TextForm.SYNTHETIC for s in corpus)
        for story in corpus.stories[:100]:
            check_story(story)

    def test_coders_mostly_agree(self):
        from rewardkit.agreement import measure

        report = measure(demo_corpus(300, seed=2).stories)
        assert report.units > 100
        assert 0.3 < report.overall.alpha.value < 1.0


class TestDemoCommand:
    def test_writes_json_lines(self, tmp_path, capsys):
        out = tmp_path / "demo.jsonl"

        assert main(["demo", "-n", "25", "--seed", "4", "-o", str(out)]) == 0

        lines = out.read_text().splitlines()
        assert lines == [rk.dumps(s) for s in demo_corpus(25, seed=4)]
        assert capsys.readouterr().err == f"wrote 25 invented stories (seed 4) to {out}\n"
        assert main(["validate", "-q", str(out)]) == 0

    def test_a_json_file_holds_a_collection(self, tmp_path):
        out = tmp_path / "demo.json"

        assert main(["demo", "-n", "3", "-o", str(out), "-q"]) == 0
        assert rk.load(out) == demo_corpus(3)

    def test_standard_output(self, capsys):
        assert main(["demo", "--stories", "2"]) == 0
        out, err = capsys.readouterr()
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["demo-0001", "demo-0002"]
        assert err == "wrote 2 invented stories (seed 0) to standard output\n"

    def test_an_existing_file_needs_force(self, tmp_path, capsys):
        out = tmp_path / "demo.jsonl"
        out.write_text("mine")

        assert main(["demo", "-n", "1", "-o", str(out)]) == 2
        assert "exists; pass --force" in capsys.readouterr().err
        assert out.read_text() == "mine"
        assert main(["demo", "-n", "1", "-o", str(out), "--force"]) == 0
        assert out.read_text().startswith('{"schema_version"')

    @pytest.mark.parametrize(("n", "message"), [("-1", "between 0 and"), ("many", "whole number")])
    def test_a_bad_count(self, capsys, n, message):
        assert main(["demo", "-n", n]) == 2
        assert message in capsys.readouterr().err


def test_the_strategies_benchmark_runs(capsys):
    module = load_script(ROOT / "benchmarks" / "strategies.py", "strategies_benchmark")

    assert module.main(["--runs", "1", "--examples", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["realistic_stories()", "stories()"]
