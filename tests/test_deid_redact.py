"""Redaction: operators, merging, offsets, stories, and the properties that must always hold."""

from __future__ import annotations

from datetime import UTC, datetime

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rewardkit import (
    Deidentification,
    DeidStatus,
    PhiCategory,
    Redaction,
    RedactionOperator,
    Source,
    Span,
    Story,
    ThemeAssignment,
)
from rewardkit.deid import (
    Detection,
    Pseudonymizer,
    RedactionError,
    merge_detections,
    redact,
    redact_story,
    residual_detections,
    scan,
)

C = PhiCategory
OPERATORS = [op.value for op in RedactionOperator]


def check_offsets(new_text: str, deid: Deidentification) -> None:
    previous_end = 0
    for r in deid.redactions:
        assert new_text[r.start : r.end] == r.replacement
        assert r.start >= previous_end
        if r.operator is RedactionOperator.REMOVE:
            assert r.start == r.end
        previous_end = r.end


TEXT = (
    "My client Sarah Jones (MRN 00482913) called from 555-201-3344 on March 14, 2023. "
    "Sarah is 93 years old and lives in Zanesville, OH 43701."
)


def test_replace_puts_category_labels():
    new, deid = redact(TEXT)
    assert new == (
        "My client [NAME] (MRN [MRN]) called from [PHONE] on [DATE]. "
        "[NAME] is [AGE_OVER_89] and lives in [LOCATION], OH [ZIP]."
    )
    assert deid.status is DeidStatus.REDACTED
    assert [r.category for r in deid.redactions] == [
        C.NAME,
        C.MRN,
        C.PHONE,
        C.DATE,
        C.NAME,
        C.AGE_OVER_89,
        C.LOCATION,
        C.ZIP,
    ]
    check_offsets(new, deid)


def test_pseudonym_is_stable_within_a_text():
    new, deid = redact(TEXT, operator="pseudonym")
    assert new.startswith("My client [PERSON_1] (MRN [MRN_1])")
    # The pseudonym follows the person: "Sarah Jones" and a later "Sarah" are one person;
    # the same string in another case is the same one too.
    assert "[PERSON_1] is [AGE_OVER_89_1]" in new
    again, _ = redact("Sarah met Tomás. Later Sarah and tomás laughed.", operator="pseudonym")
    assert again == "[PERSON_1] met [PERSON_2]. Later [PERSON_1] and [PERSON_2] laughed."
    check_offsets(new, deid)


def test_pseudonyms_continue_the_numbers_already_in_the_text():
    new, _ = redact("[PERSON_1] and [PERSON_2] met Dolores.", operator="pseudonym")
    assert new == "[PERSON_1] and [PERSON_2] met [PERSON_3]."


def test_pseudonymizer_can_be_shared():
    p = Pseudonymizer()
    assert p(C.NAME, "Sarah") == "[PERSON_1]"
    assert p(C.NAME, " sarah ") == "[PERSON_1]"
    assert p(C.LOCATION, "Sarah") == "[PLACE_1]"
    assert p(C.DATE, "March 3") == "[DATE_1]"


def test_mask_keeps_length():
    new, deid = redact("Call 555-201-3344 now.", operator="mask", mask_char="#")
    assert new == "Call ############ now."
    check_offsets(new, deid)


def test_remove_leaves_zero_width_redactions():
    new, deid = redact("Call 555-201-3344 now.", operator="remove")
    assert new == "Call  now."
    [r] = deid.redactions
    assert (r.start, r.end, r.replacement) == (5, 5, "")


def test_generalize_keeps_what_safe_harbor_allows():
    new, _ = redact(
        "Discharged March 14, 2023, born 4/5/1931, she is 93 years old, zip code 94110, "
        "ZIP 03601, seen June 3rd by Dr. Patel.",
        operator="generalize",
    )
    assert new == (
        "Discharged 2023, born 1931, she is 90 or older, zip code 941xx, "
        "ZIP 000xx, seen [DATE] by Dr. [NAME]."
    )


def test_operator_per_category():
    new, deid = redact(
        "Dr. Patel saw her on March 14, 2023.",
        operator={C.DATE: "generalize", "NAME": RedactionOperator.PSEUDONYM},
    )
    assert new == "Dr. [PERSON_1] saw her on 2023."
    assert [r.operator for r in deid.redactions] == [
        RedactionOperator.PSEUDONYM,
        RedactionOperator.GENERALIZE,
    ]
    new, _ = redact("Call 555-201-3344.", operator={C.DATE: "generalize"})
    assert new == "Call [PHONE]."


def test_unknown_operator_is_a_value_error():
    with pytest.raises(ValueError, match="shred"):
        redact("Call 555-201-3344.", operator="shred")


def d(start, end, category=C.NAME, score=0.5, detector="x"):
    return Detection(start=start, end=end, category=category, score=score, detector=detector)


def test_merge_unions_overlapping_and_touching_detections():
    merged = merge_detections(
        [
            d(0, 5),
            d(3, 9, C.LOCATION, 0.9, "y"),
            d(9, 12),
            d(14, 16),
            d(20, 22),
            d(21, 21),
        ]
    )
    assert [(m.start, m.end) for m in merged] == [(0, 12), (14, 16), (20, 22)]
    assert merged[0].category is C.LOCATION
    assert merged[0].score == 0.9
    assert merged[0].detector == "x+y"


def test_merge_prefers_the_longer_detection_on_a_tie():
    [m] = merge_detections([d(0, 3, C.NAME), d(0, 8, C.ORGANIZATION)])
    assert m.category is C.ORGANIZATION


def test_redact_never_half_redacts_overlaps():
    text = "I work at Jackson Memorial Hospital in Miami."
    new, _ = redact(text)
    assert "Jackson" not in new
    assert "Hospital" not in new


def test_redact_uses_given_detectors_and_allow_list():
    new, deid = redact("Dr. Patel called 555-201-3344.", detectors=[], allow=())
    assert (new, deid.redactions) == ("Dr. Patel called 555-201-3344.", ())
    new, _ = redact("Dr. Patel called 555-201-3344.", allow=["Patel"])
    assert new == "Dr. Patel called [PHONE]."


def story(text, *, status=DeidStatus.RAW, redactions=(), themes=(), title=None, **deid):
    return Story(
        id="st-1",
        text=text,
        title=title,
        source=Source(platform="reddit"),
        themes=themes,
        deidentification=Deidentification(status=status, redactions=redactions, **deid),
    )


def test_redact_story_returns_a_redacted_story_and_moves_evidence():
    text = "My client Rosalind finally said thank you to me."
    themes = (
        ThemeAssignment(theme="gratitude.thanks", evidence=(Span(start=27, end=47),)),
        ThemeAssignment(theme="trust", evidence=(Span(start=10, end=18), Span(start=0, end=9))),
    )
    s = story(text, themes=themes, title="Rosalind said thanks")
    r = redact(s, operator="pseudonym")
    assert isinstance(r, Story)
    assert r.text == "My client [PERSON_1] finally said thank you to me."
    assert r.title == "[PERSON_1] said thanks"
    assert r.deidentification.status is DeidStatus.REDACTED
    ev = r.themes[0].evidence[0]
    assert r.text[ev.start : ev.end] == "said thank you to me"
    assert [r.text[e.start : e.end] for e in r.themes[1].evidence] == ["[PERSON_1]", "My client"]
    check_offsets(r.text, r.deidentification)


def test_redact_story_drops_evidence_that_is_removed_entirely():
    s = story(
        "Call 555-201-3344 now.",
        themes=(ThemeAssignment(theme="t", evidence=(Span(start=5, end=17),)),),
    )
    r = redact_story(s, operator="remove")
    assert r.text == "Call  now."
    assert r.themes[0].evidence == ()


def test_redact_story_keeps_and_moves_recorded_redactions():
    text = "[PERSON_1] called 555-201-3344 and [PERSON_1] smiled."
    old = (
        Redaction(
            start=0,
            end=10,
            category=C.NAME,
            operator=RedactionOperator.PSEUDONYM,
            replacement="[PERSON_1]",
        ),
        Redaction(
            start=35,
            end=45,
            category=C.NAME,
            operator=RedactionOperator.PSEUDONYM,
            replacement="[PERSON_1]",
        ),
    )
    s = story(text, status=DeidStatus.REDACTED, redactions=old)
    r = redact_story(s)
    assert r.text == "[PERSON_1] called [PHONE] and [PERSON_1] smiled."
    assert [(x.start, x.end) for x in r.deidentification.redactions] == [
        (0, 10),
        (18, 25),
        (30, 40),
    ]
    check_offsets(r.text, r.deidentification)


def test_detections_inside_a_recorded_redaction_are_left_alone():
    text = "Her name, Marisol Vega, was kept as a pseudonym."
    rec = Redaction(
        start=10,
        end=22,
        category=C.NAME,
        operator=RedactionOperator.PSEUDONYM,
        replacement="Marisol Vega",
    )
    s = story(text, status=DeidStatus.REDACTED, redactions=(rec,))
    assert residual_detections(s) == []
    assert redact_story(s) is s


def test_a_detection_overlapping_a_recorded_redaction_swallows_it():
    text = "Dr. Xavier Kowalczyk-Brandt called."
    rec = Redaction(
        start=4, end=10, category=C.NAME, operator=RedactionOperator.REPLACE, replacement="Xavier"
    )
    s = story(text, status=DeidStatus.REDACTED, redactions=(rec,))
    r = redact_story(s)
    assert r.text == "Dr. [NAME] called."
    assert len(r.deidentification.redactions) == 1
    check_offsets(r.text, r.deidentification)


def test_removing_everything_from_a_story_is_refused():
    with pytest.raises(RedactionError, match="empty"):
        redact_story(story("Sarah"), operator="remove")


def test_redaction_rescans_its_own_output():
    # The phone number only becomes visible once the name touching it is replaced.
    new, deid = redact("555-201-3344jayden")
    assert new == "[PHONE][NAME]"
    check_offsets(new, deid)


def test_raw_story_without_identifiers_becomes_redacted():
    s = story("She smiled today.")
    r = redact_story(s)
    assert r.text == s.text
    assert r.deidentification.status is DeidStatus.REDACTED
    assert redact_story(r) is r


def test_reviewed_story_with_new_redactions_needs_review_again():
    s = story(
        "Dr. Patel said thanks.",
        status=DeidStatus.REVIEWED,
        reviewed_by="coder-a",
        reviewed_at=datetime(2024, 5, 1, tzinfo=UTC),
    )
    r = redact_story(s)
    assert r.deidentification.status is DeidStatus.REDACTED
    assert r.deidentification.reviewed_by is None
    clean = story(
        "She said thanks.",
        status=DeidStatus.REVIEWED,
        reviewed_by="coder-a",
        reviewed_at=datetime(2024, 5, 1, tzinfo=UTC),
    )
    assert redact_story(clean) is clean
    titled = attrs.evolve(clean, title="Dr. Patel's letter")
    r = redact_story(titled)
    assert r.title == "Dr. [NAME]'s letter"
    assert r.deidentification.status is DeidStatus.REDACTED


def test_a_story_s_title_and_text_are_scanned_as_one():
    # A name with a cue in the text is found again in the title, where it has none.
    s = story("My client Quorin called me today.", title="Quorin again")
    [in_title] = residual_detections(s, field="title")
    assert (in_title.start, in_title.end) == (0, 6)
    [in_text] = residual_detections(s)
    assert s.text[in_text.start : in_text.end] == "Quorin"
    # Asked again for the same story, the same lists (one scan).
    assert residual_detections(s) == [in_text]
    assert residual_detections(s, field="title") == [in_title]
    # Another story is scanned afresh.
    other = story("Nothing here at all.", title="Quorin again")
    assert residual_detections(other) == []


def test_residual_offsets_are_each_field_s_own():
    s = story("Call 555-201-3344 now.", title="A title with no number")
    assert residual_detections(s, field="title") == []
    [phone] = residual_detections(s)
    assert s.text[phone.start : phone.end] == "555-201-3344"


def test_residual_detections_find_what_is_left():
    text = "[NAME] called from 555-201-3344."
    rec = Redaction(
        start=0, end=6, category=C.NAME, operator=RedactionOperator.REPLACE, replacement="[NAME]"
    )
    s = story(text, status=DeidStatus.REDACTED, redactions=(rec,))
    [left] = residual_detections(s)
    assert (left.category, left.start, left.end) == (C.PHONE, 19, 31)
    assert residual_detections(redact_story(s)) == []


def test_zero_width_redaction_exempts_nothing():
    text = "Dr. Patel called."
    rec = Redaction(
        start=4, end=4, category=C.NAME, operator=RedactionOperator.REMOVE, replacement=""
    )
    s = story(text, status=DeidStatus.REDACTED, redactions=(rec,))
    assert [x.category for x in residual_detections(s)] == [C.NAME]


# --------------------------------------------------------------------------- properties

FRAGMENTS = [
    "My client Sarah",
    "Dr. Okonkwo",
    "Mrs. O'Brien",
    "jayden",
    "Siobhán",
    "Zoe\u0308",
    "Jean-Baptiste",
    "Nguyễn Văn An",
    "555-201-3344",
    "+44 7700 900123",
    "MRN 00482913",
    "k.delacroix@example.org",
    "https://example.org/x",
    "u/quiet_harbor",
    "@moth.lamp",
    "March 14, 2023",
    "4/17/2024",
    "2024-01-15",
    "93 years old",
    "aged 95",
    "in Zanesville",
    "at Riverside Community Hospital",
    "St. Mary's",
    "OH 43701",
    "1420 Maple Avenue",
    "192.168.1.20",
    "SSN 987-65-4320",
    "VIN 1HGCM82633A004352",
    "she said thanks",
    "in 2019",
    "50mg",
    "3pm",
    "F41.1",
    "10/10",
    "last Tuesday",
    "988",
    "Texas",
    "a 45-year-old",
    "the clinical director",
    "90 or older",
    "[NAME]",
    "[PERSON_1]",
    "🥹",
    "👍🏽",
    "🇺🇸",
    "e\u0301",
    "\u200d",
    "…",
    "—",
    "\n",
    ", ",
    ". ",
    " ",
    " and ",
    "'s mom",
]
texts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map("".join) | st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(text=texts, operator=st.sampled_from(OPERATORS))
def test_offsets_of_redactions_are_correct_in_the_new_text(text, operator):
    new, deid = redact(text, operator=operator)
    check_offsets(new, deid)


@PROPERTY
@given(text=texts, operator=st.sampled_from(["replace", "pseudonym", "mask", "generalize"]))
def test_redaction_is_idempotent_and_leaves_nothing(text, operator):
    new, _ = redact(text, operator=operator)
    assert redact(new, operator=operator)[0] == new
    assert scan(new) == []


@PROPERTY
@given(text=texts)
def test_remove_leaves_no_detection_where_something_was_removed(text):
    new, deid = redact(text, operator="remove")
    points = {r.start for r in deid.redactions}
    assert not [x for x in scan(new) if any(x.start < p < x.end for p in points)]


@PROPERTY
@given(text=texts.filter(lambda t: t.strip()), operator=st.sampled_from(OPERATORS))
def test_redacting_a_story_twice_changes_nothing(text, operator):
    try:
        once = redact_story(story(text), operator=operator)
    except RedactionError:
        assert operator == "remove"
        return
    check_offsets(once.text, once.deidentification)
    assert residual_detections(once) == []
    assert redact_story(once, operator=operator) == once


# --------------------------------------------------------------------------- removals


def findings(s: Story, *rules: str) -> list[str]:
    import rewardkit as rk

    return [f.rule for f in rk.validate(s) if f.rule in rules]


LAYOUT_RULES = ("redaction-overlap", "span-bounds", "redaction-mismatch")


def test_two_removals_at_one_point_become_one():
    # "Sarah" is removed first; the phone number it hid then touches the same point.
    text = "My client Sarah+44 7700 900123"
    new, deid = redact(text, operator="remove")
    assert new == "My client "
    assert [(r.start, r.end, r.category) for r in deid.redactions] == [(10, 10, C.PHONE)]
    once = redact_story(story(text), operator="remove")
    assert once.text == "My client "
    assert findings(once, *LAYOUT_RULES) == []


class Marks:
    """
    Flag runs of 'x' (a name) and each 'ab' (a phone): removing an 'x' joins its neighbours.

    Also flag the given (start, length) spans, cut to the text, as phones.
    """

    name = "marks"

    def __init__(self, spans=()):
        self.spans = spans

    def detect(self, text):
        import re

        for m in re.finditer(r"(x+)|ab", text):
            category = C.NAME if m.group(1) else C.PHONE
            yield Detection(
                start=m.start(), end=m.end(), category=category, score=0.9, detector="m"
            )
        n = len(text)
        for start, length in self.spans:
            if start < n:
                end = min(n, start + length)
                yield Detection(start=start, end=end, category=C.PHONE, score=0.8, detector="m")


def test_a_recorded_removal_inside_a_new_redaction_is_swallowed():
    # Removing the name "x" joins "a" and "b" into the phone "ab", around the removal's point.
    removed = redact_story(story("zaxbz"), operator="remove", detectors=[Marks()])
    assert removed.text == "zz"
    assert [(r.start, r.category) for r in removed.deidentification.redactions] == [(1, C.PHONE)]
    replaced = redact_story(story("zaxbz"), operator={"NAME": "remove"}, detectors=[Marks()])
    assert replaced.text == "z[PHONE]z"
    assert [(r.start, r.end) for r in replaced.deidentification.redactions] == [(1, 8)]
    for s in (removed, replaced):
        assert findings(s, *LAYOUT_RULES) == []


def test_a_removal_beside_a_replacement_is_kept():
    # Removing "Sarah" brings the phone number next to the point; it is replaced, and both
    # redactions are recorded.
    s = redact_story(story("My client Sarah+44 7700 900123"), operator={"NAME": "remove"})
    assert s.text == "My client [PHONE]"
    assert [(r.start, r.end, r.category) for r in s.deidentification.redactions] == [
        (10, 10, C.NAME),
        (10, 17, C.PHONE),
    ]
    assert findings(s, *LAYOUT_RULES) == []


REMOVAL_TEXTS = st.lists(
    st.sampled_from([*FRAGMENTS, "x", "a", "b", "ab", "xx ", "+44 7700 900123", "555", "-0134"]),
    min_size=1,
    max_size=10,
).map("".join) | st.text(alphabet="xab .-5+", max_size=30)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=REMOVAL_TEXTS.filter(str.strip),
    spans=st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=4),
    operator=st.sampled_from(
        ["remove", {"NAME": "remove"}, {"PHONE": "remove"}, {"NAME": "remove", "PHONE": "remove"}]
    ),
    builtins=st.booleans(),
)
def test_removing_never_leaves_redactions_that_fail_validation(text, spans, operator, builtins):
    from rewardkit.deid import builtin_detectors

    detectors = [Marks(spans), *(builtin_detectors() if builtins else [])]
    try:
        once = redact_story(story(text), operator=operator, detectors=detectors)
    except RedactionError:
        return  # nothing but identifiers: refused, not broken
    assert findings(once, *LAYOUT_RULES) == []
    check_offsets(once.text, once.deidentification)
