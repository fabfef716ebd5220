"""The built-in rules answer "nothing to say" at once only when their full check finds nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.findings import Problem
from rewardkit.rules import Validator, _publication, _story
from rewardkit.rules._context import RunContext, StoryContext, lazy_taxonomy
from rewardkit.taxonomy import build_taxonomy

TAXONOMY = build_taxonomy()
NOW = datetime(2026, 1, 1, tzinfo=UTC)
THEMES = [*[t.id for t in TAXONOMY][:4], "no-such-theme", "gratitude.thanks"]

offsets = st.integers(0, 40)
stamps = st.one_of(
    st.none(), st.integers(-3, 3).map(lambda d: NOW + timedelta(days=d, hours=d * 7))
)


@st.composite
def stories(draw) -> rk.Story:
    text = draw(st.text("ab [NAME]", min_size=1, max_size=30).filter(str.strip))
    redactions = [
        rk.Redaction(
            start=draw(offsets),
            end=draw(offsets),
            category=rk.PhiCategory.NAME,
            operator=draw(st.sampled_from(list(rk.RedactionOperator))),
            replacement=draw(st.sampled_from(["", "[NAME]", "a", text[:3]])),
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    if draw(st.booleans()):  # redactions that match the text, in order
        redactions = []
        at = 0
        while at < len(text) and len(redactions) < 4:
            end = min(len(text), at + draw(st.integers(0, 3)))
            redactions.append(
                rk.Redaction(
                    start=at,
                    end=end,
                    category=rk.PhiCategory.NAME,
                    operator=rk.RedactionOperator.REPLACE,
                    replacement=text[at:end],
                )
            )
            at = end + draw(st.integers(0, 2))
    themes = [
        rk.ThemeAssignment(
            theme=draw(st.sampled_from(THEMES)),
            coder=draw(st.sampled_from([None, "a", "b"])),
            evidence=[rk.Span(start=draw(offsets), end=draw(offsets)) for _ in range(2)],
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    reviewed = draw(stamps)
    return rk.Story(
        id="st-1",
        text=text,
        source=rk.Source(
            platform=draw(st.sampled_from(["reddit", "survey"])),
            posted_at=draw(stamps),
            retrieved_at=draw(stamps),
            text_form=draw(st.sampled_from([None, *rk.TextForm])),
        ),
        themes=themes,
        deidentification=rk.Deidentification(
            status=rk.DeidStatus.REVIEWED if reviewed else rk.DeidStatus.REDACTED,
            redactions=redactions,
            reviewed_by="r" if reviewed else None,
            reviewed_at=reviewed,
        ),
    )


def context(profile: str = "default") -> StoryContext:
    run = RunContext(
        profile=profile, now=NOW, lazy_taxonomy=lazy_taxonomy(TAXONOMY, build_taxonomy)
    )
    return StoryContext(run, "f", 1, ())


def full(check, story, ctx) -> list[Problem]:
    return list(check(story, ctx))


@given(stories())
def test_span_bounds_and_redactions_agree_with_the_full_checks(story):
    ctx = context()
    assert full(_story.span_bounds.check, story, ctx) == list(
        _story._span_problems(story, len(story.text))
    )
    assert full(_story.redaction_mismatch.check, story, ctx) == list(_story._mismatches(story))
    assert full(_story.redaction_overlap.check, story, ctx) == list(
        _story._overlaps(story.deidentification.redactions)
    )
    assert full(_story.time_order.check, story, ctx) == list(
        _story._time_problems(story, NOW + timedelta(days=1))
    )


@given(stories())
def test_theme_rules_agree_with_a_plain_loop(story):
    ctx = context()
    unknown = [
        ("themes", i, "theme") for i, a in enumerate(story.themes) if a.theme not in TAXONOMY
    ]
    assert [p.path for p in full(_story.theme_unknown.check, story, ctx)] == unknown
    seen: dict[tuple[str, str | None], int] = {}
    duplicates = []
    for i, a in enumerate(story.themes):
        if seen.setdefault((a.theme, a.coder), i) != i:
            duplicates.append(("themes", i, "theme"))
    assert [p.path for p in full(_story.theme_duplicate.check, story, ctx)] == duplicates


@given(st.lists(stories(), min_size=2, max_size=6))
def test_what_a_run_remembers_never_changes_a_finding(batch):
    shared = Validator(taxonomy=TAXONOMY, now=NOW, ignore=["phi-residual", "id-duplicate"])
    for story in batch:
        fresh = Validator(taxonomy=TAXONOMY, now=NOW, ignore=["phi-residual", "id-duplicate"])
        assert shared.check_story(story) == fresh.check_story(story)


@given(stories(), st.sampled_from(["default", "publish"]))
def test_publication_rules(story, profile):
    ctx = context(profile)
    review = full(_publication.review_required.check, story, ctx)
    assert bool(review) == (story.deidentification.status is rk.DeidStatus.REDACTED)
    verbatim = full(_publication.verbatim_publish.check, story, ctx)
    public = story.source.url is not None or story.source.platform in {"reddit", "forum"}
    expected = profile == "publish" and story.source.text_form is rk.TextForm.VERBATIM and public
    assert bool(verbatim) == expected


def test_the_context_names_the_story_only_when_asked():
    ctx = context()
    assert ctx.location == "f:1"
    ctx.place("g.json", None, ("stories", 2))
    assert ctx.location == "g.json /stories/2"
    assert ctx.taxonomy is TAXONOMY
    assert (
        RunContext(
            profile="default", now=NOW, lazy_taxonomy=lazy_taxonomy(None, build_taxonomy)
        ).location
        == ""
    )
