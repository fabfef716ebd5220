"""The models: field rules at construction, safe reprs, hashing."""

from __future__ import annotations

from datetime import UTC, datetime

import attrs
import pytest
from hypothesis import given

import rewardkit as rk
from rewardkit.testing import stories

THEMES = ("gratitude.thanks", "connection")


def story(**overrides: object) -> rk.Story:
    fields: dict[str, object] = {
        "id": "st-1",
        "text": "My client Sam finally laughed.",
        "title": "Laughter, at last",
        "source": rk.Source(platform="reddit"),
        "deidentification": rk.Deidentification(status=rk.DeidStatus.RAW),
    }
    fields.update(overrides)
    return rk.Story(**fields)  # type: ignore[arg-type]


class TestConstruction:
    def test_valid_story(self):
        s = story(themes=[rk.ThemeAssignment(theme="gratitude")])
        assert s.schema_version == "1.0"
        assert s.themes == (rk.ThemeAssignment(theme="gratitude"),)

    @pytest.mark.parametrize(
        ("overrides", "error", "message"),
        [
            (
                {"id": "bad id"},
                rk.FieldError,
                "id: must be 1-128 characters of A-Z a-z 0-9 . _ : -",
            ),
            ({"id": 5}, rk.FieldTypeError, "id: expected a string, got an integer"),
            ({"text": "   "}, rk.FieldError, "text: must not be empty or only whitespace"),
            (
                {"language": "en_GB"},
                rk.FieldError,
                "language: must be a BCP 47 language tag (en, en-GB, pt-BR)",
            ),
            ({"schema_version": "2.0"}, rk.FieldError, "schema_version: must be '1.0'"),
            ({"coded_by": ("a", "a")}, rk.FieldError, "coded_by/1: lists an item more than once"),
            (
                {"extensions": {"Acme": 1}},
                rk.FieldError,
                "extensions/Acme: keys must be namespaces: a lowercase letter, then letters, "
                "digits or '-'",
            ),
            (
                {"extensions": {"acme": float("nan")}},
                rk.FieldError,
                "extensions/acme: is not a finite number",
            ),
            (
                {"extensions": {"acme": {1: 2}}},
                rk.FieldError,
                "extensions/acme: has a key that is not a valid string",
            ),
            (
                {"extensions": {"acme": object()}},
                rk.FieldTypeError,
                "extensions/acme: is not JSON (a object)",
            ),
            ({"source": "reddit"}, rk.FieldTypeError, "source: expected Source, got a string"),
        ],
    )
    def test_invalid_fields_cannot_exist(self, overrides, error, message):
        with pytest.raises(error) as info:
            story(**overrides)
        assert str(info.value) == message

    def test_errors_are_also_builtin_errors(self):
        with pytest.raises(ValueError):
            story(id="")
        with pytest.raises(TypeError):
            rk.Span(start=True, end=2)

    def test_timestamps_need_a_zone(self):
        with pytest.raises(rk.FieldError, match="posted_at: must carry a zone"):
            rk.Source(platform="x", posted_at=datetime(2024, 1, 1))  # noqa: DTZ001
        assert rk.Source(platform="x", posted_at=datetime(2024, 1, 1, tzinfo=UTC))

    def test_enums_are_required_not_strings(self):
        with pytest.raises(rk.FieldError, match="role: must be one of 'therapist'"):
            rk.Narrator(role="therapist")  # type: ignore[arg-type]

    def test_confidence_and_offsets(self):
        with pytest.raises(rk.FieldError, match="confidence: must be between 0 and 1"):
            rk.ThemeAssignment(theme="x", confidence=1.01)
        with pytest.raises(rk.FieldError, match="start: must be 0 or more"):
            rk.Span(start=-1, end=0)

    def test_review_fields_go_with_status_reviewed(self):
        with pytest.raises(rk.FieldError, match="reviewed_by: is required when status"):
            rk.Deidentification(status=rk.DeidStatus.REVIEWED)
        with pytest.raises(rk.FieldError, match="reviewed_by: is only allowed when status"):
            rk.Deidentification(status=rk.DeidStatus.REDACTED, reviewed_by="coder-a")
        ok = rk.Deidentification(
            status=rk.DeidStatus.REVIEWED,
            reviewed_by="coder-a",
            reviewed_at=datetime(2024, 1, 1, tzinfo=UTC),
        )
        assert ok.method is rk.DeidMethod.SAFE_HARBOR

    def test_models_are_frozen_and_keyword_only(self):
        s = story()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            s.id = "other"  # type: ignore[misc]
        with pytest.raises(TypeError):
            rk.Span(0, 1)  # type: ignore[misc]

    def test_lists_become_tuples(self):
        s = story(content_warnings=[rk.ContentWarning.SUICIDE], coded_by=["a"])
        assert s.content_warnings == (rk.ContentWarning.SUICIDE,)
        assert s.coded_by == ("a",)


class TestPrivacy:
    @given(stories(theme_ids=THEMES))
    def test_repr_never_shows_text_or_title(self, s):
        marked = attrs.evolve(s, text="Qx7-NARRATIVE " + s.text, title="Qx7-TITLE")
        text = repr(marked)
        assert "Qx7" not in text
        assert "text=" not in text
        assert "title=" not in text

    def test_error_messages_do_not_quote_values(self):
        with pytest.raises(rk.FieldError) as info:
            story(language="Sam Example from Springfield")
        assert "Sam" not in str(info.value)


class TestEquality:
    def test_stories_hash_and_compare(self):
        assert story() == story()
        assert hash(story()) == hash(story())
        assert story(id="st-2") != story()

    def test_collection_iterates_its_stories(self):
        c = rk.Collection(stories=[story(), story(id="st-2")])
        assert [s.id for s in c] == ["st-1", "st-2"]
        assert len(c) == 2


def test_models_have_no_weakref_slot():
    # docs/api.md says so: the fast loader swaps the class of plain twins into the models,
    # which CPython only allows between identical layouts.
    import weakref

    from rewardkit.story import MODEL_CLASSES, Span

    assert all("__weakref__" not in cls.__slots__ for cls in MODEL_CLASSES)
    with pytest.raises(TypeError):
        weakref.ref(Span(start=0, end=1))
