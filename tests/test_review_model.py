"""rewardkit.review without a browser: a story under review, and the queue with its output file."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.review import (
    AUDIT_NAMESPACE,
    ItemKind,
    ReviewError,
    ReviewQueue,
    StoryReview,
    read_stories,
)
from rewardkit.testing import stories

ROOT = Path(__file__).parent.parent
AT = datetime(2025, 7, 1, 12, 0, 0, tzinfo=UTC)
RETRIEVED = datetime(2025, 6, 2, 10, 0, 0, tzinfo=UTC)

# Invented. The detectors find "Faith" (a word here: a false alarm), "Tomasz" and the phone
# number; they miss "sunny" (a name that is also a word, written small).
TEXT = (
    "After eight months, [NAME] came to group on her own and asked for Faith, the name of "
    "her old workbook. Her brother Tomasz drove her, and she rang me on 555-0142 afterwards. "
    "Later she said that sunny had come along too."
)


THEMES = (
    rk.ThemeAssignment(
        theme="small-victory.social", coder="coder-a", evidence=(rk.Span(start=27, end=51),)
    ),
    rk.ThemeAssignment(
        theme="gratitude.thanks", coder="coder-a", evidence=(rk.Span(start=173, end=183),)
    ),
)


def make_story(sid: str = "rv-0001", text: str = TEXT, **kwargs) -> rk.Story:
    redactions = kwargs.pop(
        "redactions",
        (
            rk.Redaction(
                start=20,
                end=26,
                category=rk.PhiCategory.NAME,
                operator=rk.RedactionOperator.REPLACE,
                replacement="[NAME]",
            ),
        ),
    )
    return rk.Story(
        id=sid,
        title=kwargs.pop("title", "She came to group"),
        text=text,
        language="en",
        source=rk.Source(platform="forum", retrieved_at=RETRIEVED, text_form=rk.TextForm.SYNTHETIC),
        narrator=rk.Narrator(role=rk.NarratorRole.COUNSELOR),
        themes=kwargs.pop("themes", THEMES if text == TEXT else ()),
        deidentification=rk.Deidentification(
            status=kwargs.pop("status", rk.DeidStatus.REDACTED), redactions=redactions
        ),
        **kwargs,
    )


def by_text(review: StoryReview, words: str):
    (found,) = [i for i in review.items() if review.story.text[i.start : i.end] == words]
    return found


def errors(story: rk.Story) -> list[rk.Finding]:
    return [f for f in rk.validate(story, profile="publish", now=AT) if f.severity == "error"]


# -- a story under review -----------------------------------------------------------------


def test_begin_lists_redactions_and_detections_in_text_order():
    review = StoryReview.begin(make_story())
    items = review.items()
    assert [(i.kind, TEXT[i.start : i.end]) for i in items] == [
        (ItemKind.REDACTION, "[NAME]"),
        (ItemKind.DETECTION, "Faith"),
        (ItemKind.DETECTION, "Tomasz"),
        (ItemKind.DETECTION, "555-0142"),
    ]
    assert [i.id for i in items] == ["r0", "d0", "d1", "d2"]
    assert all(i.accepted for i in items)
    assert by_text(review, "Tomasz").detector == "name"
    assert review.categories() == [rk.PhiCategory.NAME, rk.PhiCategory.PHONE]


def test_confirm_with_every_detection_accepted_passes_publish():
    review = StoryReview.begin(make_story()).mark_phrase("sunny", "NAME")
    story = review.confirm(reviewer="reviewer-1", at=AT, version="9.9")
    assert story.text == (
        "After eight months, [NAME] came to group on her own and asked for [NAME], the name of "
        "her old workbook. Her brother [NAME] drove her, and she rang me on [PHONE] afterwards. "
        "Later she said that [NAME] had come along too."
    )
    deid = story.deidentification
    assert deid.status is rk.DeidStatus.REVIEWED
    assert (deid.reviewed_by, deid.reviewed_at) == ("reviewer-1", AT)
    assert all(story.text[r.start : r.end] == r.replacement for r in deid.redactions)
    assert errors(story) == []
    assert rk.loads(rk.dumps(story)) == story


def test_theme_evidence_moves_with_the_text():
    story = StoryReview.begin(make_story()).confirm(reviewer="r", at=AT, version="0")
    original = make_story()
    for before, after in zip(original.themes, story.themes, strict=True):
        (b,) = before.evidence
        (a,) = after.evidence
        assert story.text[a.start : a.end] == original.text[b.start : b.end]


def test_reject_leaves_the_text_and_phi_residual_says_so():
    review = StoryReview.begin(make_story())
    review = review.decide(by_text(review, "Faith").id, accept=False)
    assert not review.item("d0").accepted
    check = review.check(reviewer="r", at=AT)
    assert "Faith" in check.story.text
    assert [check.story.text[d.start : d.end] for d in check.residual] == ["Faith"]
    assert not check.passes
    (finding,) = [f for f in check.findings if f.severity == "error"]
    assert finding.rule == "phi-residual"
    assert "Faith" not in finding.message
    # And accepting it again redacts it.
    assert review.decide("d0", accept=True).check(reviewer="r", at=AT).passes


def test_audit_record_counts_decisions_and_never_holds_identifier_text():
    review = StoryReview.begin(make_story())
    review = review.decide("d0", accept=False).mark_phrase("sunny", "NAME")
    review = review.with_operator("PHONE", "mask")
    story = review.confirm(reviewer="r", at=AT, version="1.2.3")
    audit = story.extensions[AUDIT_NAMESPACE]["review"]
    assert audit == {
        "rewardkit_version": "1.2.3",
        "detected": 3,
        "accepted": 2,
        "rejected": 1,
        "marked": 1,
        "redactions_before": 1,
        "redactions_after": 4,
        "categories": {
            "NAME": {
                "detected": 2,
                "accepted": 1,
                "rejected": 1,
                "marked": 1,
                "operator": "replace",
            },
            "PHONE": {
                "detected": 1,
                "accepted": 1,
                "rejected": 0,
                "marked": 0,
                "operator": "mask",
            },
        },
        "left": [{"start": 66, "end": 71, "category": "NAME"}],
    }
    assert "********" in story.text
    written = json.dumps(story.extensions)
    for identifier in ("Faith", "Tomasz", "sunny", "555-0142"):
        assert identifier not in written
    assert rk.validate(story, select="schema") == []


def test_audit_record_keeps_other_keys_of_its_namespace():
    story = make_story(extensions={"rewardkit": {"consent": "recorded"}, "acme": [1]})
    done = StoryReview.begin(story).confirm(reviewer="r", at=AT, version="0")
    assert done.extensions["rewardkit"]["consent"] == "recorded"
    assert done.extensions["acme"] == [1]
    assert "review" in done.extensions["rewardkit"]


def test_audit_namespace_that_is_not_an_object_blocks_confirming():
    review = StoryReview.begin(make_story(extensions={"rewardkit": "v1"}))
    with pytest.raises(ReviewError, match=r"extensions\['rewardkit'\] is not an object"):
        review.confirm(reviewer="r", at=AT, version="0")
    check = review.check(reviewer="r", at=AT)
    assert check.error is not None
    assert not check.passes
    assert check.story is review.story


def test_reviewing_a_reviewed_story_again_remembers_what_was_left():
    first = StoryReview.begin(make_story()).decide("d0", accept=False)
    story = first.confirm(reviewer="r", at=AT, version="0")
    again = StoryReview.begin(story)
    (faith,) = again.detections
    assert story.text[faith.start : faith.end] == "Faith"
    assert not faith.accepted
    assert again.confirm(reviewer="r", at=AT, version="0").text == story.text


def test_a_malformed_audit_record_is_ignored_when_starting_again():
    story = StoryReview.begin(make_story()).decide("d0", accept=False)
    story = story.confirm(reviewer="r", at=AT, version="0")
    broken = attrs.evolve(
        story, extensions={"rewardkit": {"review": {"left": [{"start": "x"}, 3]}}}
    )
    assert all(d.accepted for d in StoryReview.begin(broken).detections)


def test_mark_widens_to_whole_words_trims_space_and_finds_every_occurrence():
    text = "The group met. Later yusra's sister came, and then YUSRA smiled. Yusraville is a town."
    review = StoryReview.begin(make_story(text=text, redactions=(), themes=()))
    start = text.index(" yus")
    review = review.mark(start, start + 4, "NAME")  # " yus" -> "yusra"
    assert [text[m.start : m.end] for m in review.marks] == ["yusra", "YUSRA"]
    assert [m.id for m in review.marks] == ["m0", "m1"]
    # Marking an occurrence already marked adds nothing.
    assert review.mark(start + 1, start + 3, "DATE").marks == review.marks
    with pytest.raises(ReviewError, match="do not occur in the text outside"):
        review.mark_phrase("sunny", "NAME")


def test_marks_skip_recorded_redactions():
    text = "Dr. [NAME] said Ray and ray came."
    story = make_story(
        text=text,
        redactions=(
            rk.Redaction(
                start=4,
                end=10,
                category=rk.PhiCategory.NAME,
                operator=rk.RedactionOperator.REPLACE,
                replacement="[NAME]",
            ),
        ),
    )
    with pytest.raises(ReviewError, match="outside its redactions"):
        StoryReview.begin(story).mark_phrase("NAME", "NAME")  # only in the placeholder
    review = StoryReview.begin(story).mark_phrase("ray", "NAME")
    assert len(review.marks) == 2


def test_removing_a_mark_and_accepting_one_is_a_no_op():
    review = StoryReview.begin(make_story()).mark_phrase("sunny", "NAME")
    assert review.decide("m0", accept=True) is review
    assert review.decide("m0", accept=False).marks == ()


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (-1, 3, "not inside the text"),
        (5, 5, "not inside the text"),
        (0, 10_000, "not inside the text"),
        (5, 6, "only white space"),
    ],
)
def test_bad_marks(start, end, message):
    review = StoryReview.begin(make_story())
    with pytest.raises(ReviewError, match=message):
        review.mark(start, end, "NAME")


def test_bad_phrases_categories_operators_and_items():
    review = StoryReview.begin(make_story())
    with pytest.raises(ReviewError, match="type the words"):
        review.mark_phrase("  ", "NAME")
    with pytest.raises(ReviewError, match="do not occur"):
        review.mark_phrase("Zebedee", "NAME")
    with pytest.raises(ReviewError, match="unknown category 'PERSON'"):
        review.mark_phrase("Yusra", "PERSON")
    with pytest.raises(ReviewError, match="unknown operator 'hide'"):
        review.with_operator("NAME", "hide")
    with pytest.raises(ReviewError, match="no item 'd9'"):
        review.decide("d9", accept=False)
    with pytest.raises(ReviewError, match="'r0' is a recorded redaction"):
        review.decide("r0", accept=False)


def test_operator_defaults_to_what_the_story_uses():
    story = make_story(
        text="[PERSON_1] met Tomasz today.",
        redactions=(
            rk.Redaction(
                start=0,
                end=10,
                category=rk.PhiCategory.NAME,
                operator=rk.RedactionOperator.PSEUDONYM,
                replacement="[PERSON_1]",
            ),
        ),
        themes=(),
    )
    review = StoryReview.begin(story)
    assert review.operator(rk.PhiCategory.NAME) is rk.RedactionOperator.PSEUDONYM
    assert review.operator(rk.PhiCategory.PHONE) is rk.RedactionOperator.REPLACE
    done = review.confirm(reviewer="r", at=AT, version="0")
    assert done.text == "[PERSON_1] met [PERSON_2] today."


def test_remove_that_would_empty_the_text_is_refused():
    story = make_story(text="Tomasz", redactions=(), themes=())
    review = StoryReview.begin(story).with_operator("NAME", "remove")
    with pytest.raises(ReviewError, match="empty"):
        review.confirm(reviewer="r", at=AT, version="0")


def test_two_removals_at_one_point_become_one():
    removed = rk.Redaction(
        start=0,
        end=0,
        category=rk.PhiCategory.LOCATION,
        operator=rk.RedactionOperator.REMOVE,
        replacement="",
    )
    story = make_story(text="Oakvale: we met.", redactions=(removed,))
    review = StoryReview.begin(story).mark_phrase("Oakvale", "LOCATION")
    assert review.operator(rk.PhiCategory.LOCATION) is rk.RedactionOperator.REMOVE
    applied = review.apply()
    assert applied.text == ": we met."
    assert [(r.start, r.end) for r in applied.deidentification.redactions] == [(0, 0)]
    done = review.with_operator("LOCATION", "replace").confirm(reviewer="r", at=AT, version="0")
    assert done.text == "[LOCATION]: we met."
    assert errors(done) == []


def test_a_removal_point_inside_a_marked_span_is_swallowed():
    removed = rk.Redaction(
        start=2,
        end=2,
        category=rk.PhiCategory.NAME,
        operator=rk.RedactionOperator.REMOVE,
        replacement="",
    )
    story = make_story(text="Yonder is where we met.", redactions=(removed,))
    done = StoryReview.begin(story).mark(0, 3, "LOCATION").confirm(reviewer="r", at=AT, version="0")
    assert done.text == "[LOCATION] is where we met."
    assert [(r.start, r.end, r.category) for r in done.deidentification.redactions] == [
        (0, 10, rk.PhiCategory.LOCATION)
    ]
    assert errors(done) == []


def test_a_raw_story_with_nothing_found_becomes_reviewed():
    story = make_story(
        text="She smiled at 3pm.", redactions=(), themes=(), status=rk.DeidStatus.RAW
    )
    done = StoryReview.begin(story).confirm(reviewer="r", at=AT, version="0")
    assert done.text == story.text
    assert done.deidentification.status is rk.DeidStatus.REVIEWED
    assert errors(done) == []


@given(stories(), st.data())
def test_confirming_any_story_keeps_offsets_right(story, data):
    review = StoryReview.begin(story)
    for d in review.detections:
        if data.draw(st.booleans(), label=f"reject {d.id}"):
            review = review.decide(d.id, accept=False)
    text = story.text
    if text.strip():
        start = data.draw(st.integers(0, len(text) - 1), label="start")
        end = data.draw(st.integers(start + 1, len(text)), label="end")
        if text[start:end].strip():
            review = review.mark(start, end, data.draw(st.sampled_from(rk.PhiCategory)))
    try:
        done = review.confirm(reviewer="reviewer", at=AT, version="0")
    except ReviewError as e:
        refused = str(e)
    else:
        refused = ""
    if refused:  # every character removed, or two removals at one point
        assert "empty" in refused or "two removals" in refused
        return
    assert done.deidentification.status is rk.DeidStatus.REVIEWED
    bad = {"span-bounds", "redaction-mismatch", "redaction-overlap", "schema"}
    assert [f for f in rk.validate(done, now=AT) if f.rule in bad] == []
    assert rk.loads(rk.dumps(done)) == done


# -- the queue and its output --------------------------------------------------------------


def queue_of(tmp_path, items, out="out.jsonl", **kwargs) -> ReviewQueue:
    return ReviewQueue(
        items, out=tmp_path / out, reviewer="me", clock=lambda: AT, version="0", **kwargs
    )


def test_read_stories_from_files_and_directories(tmp_path):
    found, files = read_stories([ROOT / "examples" / "stories"])
    assert len(found) == 7
    assert [f.name for f in files] == [f"ex-000{i}.json" for i in range(1, 7)] + ["policy.jsonl"]
    with pytest.raises(ReviewError, match="no such file"):
        read_stories([tmp_path / "nope"])
    with pytest.raises(ReviewError, match=r"no \.json or \.jsonl files"):
        read_stories([tmp_path])


def test_confirm_writes_the_output_in_input_order(tmp_path):
    q = queue_of(tmp_path, [make_story("a"), make_story("b"), make_story("c")])
    assert (len(q), q.done, q.next_pending()) == (3, 0, 0)
    q.confirm(2)
    q.confirm(0)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "c"]
    assert (q.done, q.confirmed) == (2, 2)
    assert q.is_done(0)
    assert not q.is_done(1)
    assert q.next_pending(0) == 1
    assert q.status_counts() == {"redacted": 1, "reviewed": 2}
    q.confirm(1)
    assert q.next_pending() is None


def test_a_json_output_is_a_collection(tmp_path):
    q = queue_of(tmp_path, [make_story("a")], out="out.json")
    q.confirm(0)
    collection = rk.load(tmp_path / "out.json")
    assert isinstance(collection, rk.Collection)
    assert [s.id for s in collection] == ["a"]


def test_resume_counts_reviewed_stories_as_done(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(rk.dumps(make_story(i)) + "\n" for i in "abc"))
    out = tmp_path / "out.jsonl"
    first = ReviewQueue.open([inputs], out, reviewer="me", clock=lambda: AT)
    first.confirm(0)
    again = ReviewQueue.open([inputs], out, reviewer="me", clock=lambda: AT)
    assert again.done == 1
    assert again.next_pending() == 1
    assert again.story(0).deidentification.status is rk.DeidStatus.REVIEWED
    again.confirm(1)
    assert [s.id for s in rk.load(out)] == ["a", "b"]
    assert rk.load(inputs) == rk.Collection(stories=[make_story(i) for i in "abc"])


def test_the_output_keeps_what_it_held(tmp_path):
    extra = make_story("zzz")
    pending = make_story("b")  # in the output, not reviewed: kept until reviewed
    q = queue_of(tmp_path, [make_story("a"), make_story("b")], reviewed=[extra, pending])
    q.confirm(0)
    assert [s.id for s in rk.load(tmp_path / "out.jsonl")] == ["a", "b", "zzz"]
    q.confirm(1)
    written = list(rk.load(tmp_path / "out.jsonl"))
    assert [s.id for s in written] == ["a", "b", "zzz"]
    assert written[1].deidentification.status is rk.DeidStatus.REVIEWED


def test_a_failed_write_leaves_the_output_and_the_queue_as_they_were(tmp_path, monkeypatch):
    q = queue_of(tmp_path, [make_story("a"), make_story("b")])
    q.confirm(0)
    before = (tmp_path / "out.jsonl").read_bytes()

    def broken(obj, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("rewardkit.serialization.dumps", broken)
    with pytest.raises(OSError, match="No space left"):
        q.confirm(1)
    assert (tmp_path / "out.jsonl").read_bytes() == before
    assert not q.is_done(1)
    assert q.done == 1
    assert list(tmp_path.iterdir()) == [tmp_path / "out.jsonl"]  # no temporary file left


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"out": "out.txt"}, "must be a .jsonl or .json file"),
        ({"reviewer": " "}, "printable and not blank"),
        ({"reviewer": "a\nb"}, "printable and not blank"),
    ],
)
def test_queue_settings_are_checked(tmp_path, kwargs, message):
    settings = {"out": "out.jsonl", "reviewer": "me", **kwargs}
    with pytest.raises(ReviewError, match=message):
        ReviewQueue([make_story()], out=tmp_path / settings["out"], reviewer=settings["reviewer"])


def test_duplicate_ids_are_refused(tmp_path):
    with pytest.raises(ReviewError, match="two stories have the id 'a'"):
        queue_of(tmp_path, [make_story("a"), make_story("a")])
    with pytest.raises(ReviewError, match="share an id"):
        queue_of(tmp_path, [make_story("a")], reviewed=[make_story("b"), make_story("b")])


def test_the_output_must_not_be_an_input(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(rk.dumps(make_story()) + "\n")
    with pytest.raises(rk.exceptions.OutputError, match="is the input file"):
        ReviewQueue.open([inputs], inputs, reviewer="me")


def test_positions_outside_the_queue(tmp_path):
    q = queue_of(tmp_path, [make_story()])
    with pytest.raises(ReviewError, match="no story 2; the queue has 1"):
        q.story(1)
    with pytest.raises(ReviewError, match="no story 0"):
        q.is_done(-1)


def test_detection_counts(tmp_path):
    q = queue_of(
        tmp_path,
        [make_story("a"), make_story("b", text="Nothing here at all.", redactions=(), themes=())],
    )
    assert q.detection_counts(0) == {rk.PhiCategory.NAME: 2, rk.PhiCategory.PHONE: 1}
    assert q.detection_counts(1) == {}
    assert q.total_detection_counts() == {rk.PhiCategory.NAME: 2, rk.PhiCategory.PHONE: 1}
    q.confirm(0)
    assert q.total_detection_counts() == {}


def test_update_keeps_the_review_when_a_change_fails(tmp_path):
    q = queue_of(tmp_path, [make_story()])
    before = q.review(0)
    with pytest.raises(ReviewError):
        q.update(0, lambda r: r.decide("d9", accept=True))
    assert q.review(0) is before
    after = q.update(0, lambda r: r.decide("d0", accept=False))
    assert q.review(0) is after
    assert q.check(0).residual


def test_version_defaults_to_the_installed_one(tmp_path):
    from importlib.metadata import version

    q = ReviewQueue([make_story()], out=tmp_path / "o.jsonl", reviewer="me")
    assert q.version == version("rewardkit")
    assert q.out == tmp_path / "o.jsonl"
