"""The models: field rules at construction, safe reprs, hashing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
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

    def test_enum_fields_take_wire_strings(self):
        narrator = rk.Narrator(role="therapist", setting="private_practice")
        assert narrator == rk.Narrator(
            role=rk.NarratorRole.THERAPIST, setting=rk.Setting.PRIVATE_PRACTICE
        )
        assert narrator.role is rk.NarratorRole.THERAPIST
        deid = rk.Deidentification(status="redacted", method="expert_determination")
        assert (deid.status, deid.method) == (
            rk.DeidStatus.REDACTED,
            rk.DeidMethod.EXPERT_DETERMINATION,
        )
        redaction = rk.Redaction(
            start=0, end=6, category="NAME", operator="replace", replacement="[NAME]"
        )
        assert redaction.category is rk.PhiCategory.NAME
        assert redaction.operator is rk.RedactionOperator.REPLACE
        assert rk.Source(platform="x", text_form="paraphrased").text_form is rk.TextForm.PARAPHRASED
        s = story(content_warnings=["abuse", rk.ContentWarning.DEATH])
        assert s.content_warnings == (rk.ContentWarning.ABUSE, rk.ContentWarning.DEATH)
        assert attrs.evolve(s, content_warnings=("suicide",)).content_warnings == (
            rk.ContentWarning.SUICIDE,
        )

    @pytest.mark.parametrize(
        ("build", "message"),
        [
            (
                lambda: rk.Narrator(role="Therapist"),
                "role: must be one of 'therapist', 'counselor', 'psychologist', 'psychiatrist', "
                "'psychiatric_nurse', 'social_worker', 'peer_support_worker', 'case_manager', "
                "'trainee' or 'other'; did you mean 'therapist'?",
            ),
            (lambda: rk.Narrator(role="therapist", setting="zzz"), "setting: must be one of"),
            (lambda: rk.Source(platform="x", text_form="verbatm"), "did you mean 'verbatim'?"),
            (lambda: rk.Deidentification(status="redact"), "did you mean 'redacted'?"),
            (
                lambda: rk.Deidentification(status="raw", method="safeharbor"),
                "method: must be one of 'safe_harbor' or 'expert_determination'; did you mean",
            ),
            (
                lambda: rk.Redaction(
                    start=0, end=1, category="name", operator="replace", replacement="x"
                ),
                "category: must be one of 'NAME', 'LOCATION',",
            ),
            (
                lambda: rk.Redaction(
                    start=0, end=1, category="NAME", operator="pseudonymise", replacement="x"
                ),
                "did you mean 'pseudonym'?",
            ),
            (
                lambda: story(content_warnings=["abuse", "selfharm"]),
                "content_warnings/1: must be one of 'suicide', 'self-harm', 'abuse',",
            ),
        ],
    )
    def test_an_unknown_wire_string_lists_the_allowed_values(self, build, message):
        with pytest.raises(rk.FieldError) as info:
            build()
        assert message in str(info.value)

    def test_a_near_miss_is_suggested_in_the_wire_spelling(self):
        with pytest.raises(rk.FieldError, match="did you mean 'NAME'"):
            rk.Redaction(start=0, end=1, category="name", operator="mask", replacement="x")

    def test_an_unknown_wire_string_is_not_quoted(self):
        with pytest.raises(rk.FieldError) as info:
            rk.Narrator(role="Sam Example")
        assert "Sam" not in str(info.value)

    def test_other_types_are_still_rejected_by_the_field_rule(self):
        with pytest.raises(rk.FieldError, match="role: must be one of 'therapist'"):
            rk.Narrator(role=3)  # type: ignore[arg-type]
        with pytest.raises(rk.FieldTypeError, match="content_warnings: expected a tuple"):
            story(content_warnings="abuse")
        with pytest.raises(rk.FieldTypeError, match="content_warnings/0: has an item of the wrong"):
            story(content_warnings=[1])

    def test_mypy_sees_strings_in_the_constructor_and_enums_on_the_attributes(self, tmp_path):
        snippet = tmp_path / "snippet.py"
        snippet.write_text(
            textwrap.dedent(
                """\
                from typing import assert_type

                import rewardkit as rk

                n = rk.Narrator(role="therapist", setting="school")
                assert_type(n.role, rk.NarratorRole)
                assert_type(n.setting, rk.Setting | None)
                d = rk.Deidentification(status="raw", method=rk.DeidMethod.SAFE_HARBOR)
                assert_type(d.status, rk.DeidStatus)
                assert_type(d.method, rk.DeidMethod)
                r = rk.Redaction(start=0, end=1, category="NAME", operator="mask", replacement="*")
                assert_type(r.category, rk.PhiCategory)
                assert_type(r.operator, rk.RedactionOperator)
                s = rk.Source(platform="x", text_form="verbatim")
                assert_type(s.text_form, rk.TextForm | None)
                st = rk.Story(
                    id="a", text="t", source=s, deidentification=d, content_warnings=["abuse"]
                )
                assert_type(st.content_warnings, tuple[rk.ContentWarning, ...])
                rk.Narrator(role=3)
                """
            )
        )
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypy",
                "--strict",
                "--no-error-summary",
                "--cache-dir",
                str(tmp_path / "cache"),
                str(snippet),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.stdout.splitlines() == [
            f'{snippet}:20: error: Argument "role" to "Narrator" has incompatible type "int";'
            ' expected "NarratorRole | str"  [arg-type]'
        ]

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
