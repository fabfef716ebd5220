"""Tests for the validation rules, their registry and validate()."""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit
from _helpers import FakeTaxonomy, FakeTheme
from rewardkit import Finding, PluginError, Severity, loads
from rewardkit import rules as rules_module
from rewardkit.rules import (
    Problem,
    Rule,
    RuleConfigError,
    RuleContext,
    RuleError,
    RuleRegistry,
    RuleSettings,
    ValidationError,
    Validator,
    _story,
    _validate,
    default_registry,
    register_rule,
    rule,
    validate,
    validate_or_raise,
)
from rewardkit.typing import TaxonomyLike, ThemeLike

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
DOCS = HERE.parent / "docs"
NOW = datetime(2025, 1, 1, tzinfo=UTC)
EXPECTED: dict[str, str | None] = json.loads((CORPUS / "expected.json").read_text())


TAXONOMY = FakeTaxonomy()


def check(document: Any, **kwargs: Any) -> list[Finding]:
    kwargs.setdefault("taxonomy", TAXONOMY)
    kwargs.setdefault("now", NOW)
    return validate(document, **kwargs)


#: A person reviewed the story, so that only the rule under test speaks.
REVIEWED = {
    "status": "reviewed",
    "reviewed_by": "reviewer-1",
    "reviewed_at": "2024-06-01T00:00:00Z",
}


def story(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema_version": "1.0",
        "id": "st-1",
        "text": "She came back to say thank you, a year later.",
        "source": {"platform": "forum"},
        "deidentification": REVIEWED,
    }
    doc.update(changes)
    return doc


def redaction(start: int, end: int, replacement: str, operator: str = "replace") -> dict[str, Any]:
    return {
        "start": start,
        "end": end,
        "category": "NAME",
        "operator": operator,
        "replacement": replacement,
    }


def rules_of(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


INVALID = sorted((CORPUS / "invalid").glob("*/*.json"))


def corpus(paths: list[Path]) -> list[Any]:
    return list(paths)


def corpus_settings(rule: str) -> dict[str, Any]:
    """
    How a folder of the corpus is checked.

    Most documents of the corpus are machine-redacted stories, which ``review-required``
    notes (as info) everywhere but in its own folder; ``verbatim-publish`` speaks only under
    the publish profile.
    """
    if rule == "verbatim-publish":
        return {"profile": "publish"}
    return {} if rule == "review-required" else {"ignore": ["review-required"]}


class TestCorpus:
    @pytest.mark.parametrize("path", corpus(INVALID), ids=lambda p: f"{p.parent.name}/{p.name}")
    def test_invalid_document_gives_exactly_its_finding(self, path):
        findings = check(path.read_bytes(), **corpus_settings(path.parent.name))

        assert [(f.rule, f.path) for f in findings] == [
            (path.parent.name, EXPECTED[f"{path.parent.name}/{path.name}"])
        ]

    @pytest.mark.parametrize("path", INVALID, ids=lambda p: f"{p.parent.name}/{p.name}")
    def test_fixed_twin_gives_nothing(self, path):
        twin = CORPUS / "fixed" / path.parent.name / path.name

        assert check(twin.read_bytes(), **corpus_settings(path.parent.name)) == []

    @pytest.mark.parametrize(
        "path", sorted((CORPUS / "valid").glob("*.json")), ids=lambda p: p.name
    )
    def test_valid_document_gives_nothing(self, path):
        assert check(path.read_bytes(), profile="publish") == []

    def test_every_rule_has_a_folder_and_every_folder_a_rule(self):
        folders = {p.name for p in (CORPUS / "invalid").iterdir()}

        assert folders == {r.name for r in default_registry()}
        assert set(EXPECTED) == {f"{p.parent.name}/{p.name}" for p in INVALID}

    @pytest.mark.parametrize("path", INVALID, ids=lambda p: f"{p.parent.name}/{p.name}")
    def test_messages_never_quote_the_text(self, path):
        raw = json.loads(path.read_text()) if path.parent.name != "json-invalid" else {}
        stories = raw.get("stories", [raw]) if isinstance(raw, dict) else []
        texts = [s["text"] for s in stories if "text" in s]
        for f in check(path.read_bytes()):
            for text in texts:
                pieces = {text[i : i + 12] for i in range(max(len(text) - 11, 1))}
                assert not any(p in f.message for p in pieces), f.message


class TestDocs:
    def test_every_rule_has_an_anchor_on_the_rules_page(self):
        page = (DOCS / "rules.md").read_text()
        anchors = set(re.findall(r"^\(rule-([a-z0-9:-]+)\)=$", page, re.MULTILINE))

        assert {r.name for r in default_registry()} | {"phi-residual"} <= anchors


class TestThemes:
    def test_two_coders_and_one_uncoded_assignment_are_fine(self):
        themes = [
            {"theme": "gratitude.thanks", "coder": "a"},
            {"theme": "gratitude.thanks", "coder": "b"},
            {"theme": "gratitude.thanks"},
        ]

        assert check(story(themes=themes)) == []

    def test_every_repeat_is_reported_at_its_own_place(self):
        themes = [{"theme": "gratitude.thanks", "coder": "a"}] * 3

        findings = check(story(themes=themes))

        assert [(f.rule, f.path) for f in findings] == [
            ("theme-duplicate", "/themes/1/theme"),
            ("theme-duplicate", "/themes/2/theme"),
        ]
        assert "/themes/0" in findings[0].message

    def test_deprecated_names_the_replacement(self):
        [finding] = check(story(themes=[{"theme": "gratitude.card"}]))

        assert finding.severity is Severity.WARNING
        assert "'gratitude.letter'" in finding.message

    def test_long_unknown_theme_ids_are_cut_short(self):
        theme = "acme:" + "x" * 120

        [finding] = check(story(themes=[{"theme": theme}]))

        assert finding.rule == "theme-unknown"
        assert theme not in finding.message
        assert "..." in finding.message

    def test_a_story_without_themes_never_loads_the_default_taxonomy(self, monkeypatch):
        def boom() -> TaxonomyLike:
            raise AssertionError

        monkeypatch.setattr(_validate, "_default_taxonomy", boom)

        assert validate(story(), now=NOW) == []

    def test_the_default_taxonomy_is_loaded_once_for_a_run(self, monkeypatch):
        calls: list[int] = []

        def load() -> TaxonomyLike:
            calls.append(1)
            return TAXONOMY

        monkeypatch.setattr(_validate, "_default_taxonomy", load)
        validator = Validator(now=NOW)
        validator.check(story(themes=[{"theme": "nope"}]))
        validator.check(story(id="st-2", themes=[{"theme": "gratitude.card"}]))

        assert calls == [1]

    def test_the_fake_taxonomy_meets_the_protocol(self):
        assert isinstance(TAXONOMY, TaxonomyLike)
        assert isinstance(FakeTheme(), ThemeLike)


class TestSpans:
    TEXT = "She came back to say thank you, a year later."

    @pytest.mark.parametrize(
        ("start", "end", "path"),
        [
            (3, 2, "/themes/0/evidence/0"),
            (5, 5, "/themes/0/evidence/0"),
            (40, 46, "/themes/0/evidence/0/end"),
            (50, 60, "/themes/0/evidence/0/end"),
        ],
    )
    def test_bad_evidence(self, start, end, path):
        themes = [{"theme": "gratitude.thanks", "evidence": [{"start": start, "end": end}]}]

        assert [(f.rule, f.path) for f in check(story(themes=themes))] == [("span-bounds", path)]

    def test_evidence_up_to_the_end_of_the_text_is_fine(self):
        themes = [{"theme": "gratitude.thanks", "evidence": [{"start": 0, "end": len(self.TEXT)}]}]

        assert check(story(themes=themes)) == []

    def test_offsets_count_code_points_not_bytes_or_utf16_units(self):
        text = "Ein Lächeln 😊 von [NAME]."
        start = text.index("[NAME]")
        deid = {**REVIEWED, "redactions": [redaction(start, start + 6, "[NAME]")]}

        assert check(story(text=text, deidentification=deid)) == []

    def test_messages_give_offsets_not_text(self):
        themes = [{"theme": "gratitude.thanks", "evidence": [{"start": 40, "end": 99}]}]

        [finding] = check(story(themes=themes))

        assert "99" in finding.message
        assert str(len(self.TEXT)) in finding.message


class TestRedactions:
    TEXT = "Then [NAME] and [NAME] came in."

    def deid(self, *redactions: dict[str, Any]) -> dict[str, Any]:
        return {**REVIEWED, "redactions": list(redactions)}

    @pytest.mark.parametrize(
        ("a", "b", "overlap"),
        [
            ((5, 11), (16, 22), False),
            ((5, 11), (11, 11), False),  # zero-width at the end
            ((5, 11), (5, 5), False),  # zero-width at the start
            ((5, 11), (8, 8), True),  # zero-width strictly inside
            ((5, 5), (5, 5), True),  # the same zero-width redaction twice
            ((5, 11), (5, 11), True),  # listed twice
            ((16, 22), (5, 11), False),  # any order
        ],
    )
    def test_overlap(self, a, b, overlap):
        def r(span: tuple[int, int]) -> dict[str, Any]:
            s, e = span
            return redaction(s, e, self.TEXT[s:e], "replace" if s != e else "remove")

        findings = check(story(text=self.TEXT, deidentification=self.deid(r(a), r(b))))

        expected = [("redaction-overlap", "/deidentification/redactions/1")] if overlap else []
        assert [(f.rule, f.path) for f in findings] == expected

    def test_each_overlapping_pair_is_reported_once_at_the_later_redaction(self):
        rs = [redaction(5, 11, "[NAME]"), redaction(5, 11, "[NAME]"), redaction(5, 11, "[NAME]")]

        findings = check(story(text=self.TEXT, deidentification=self.deid(*rs)))

        assert [f.path for f in findings] == [
            "/deidentification/redactions/1",
            "/deidentification/redactions/2",
            "/deidentification/redactions/2",
        ]

    def test_a_zero_width_remove_with_text_is_a_mismatch(self):
        bad = redaction(5, 5, "x", "remove")

        findings = check(story(text=self.TEXT, deidentification=self.deid(bad)))

        assert [(f.rule, f.path) for f in findings] == [
            ("redaction-mismatch", "/deidentification/redactions/0/replacement")
        ]

    def test_mismatch_never_quotes_the_text_or_the_replacement(self):
        bad = redaction(5, 11, "Sarah!")

        [finding] = check(story(text=self.TEXT, deidentification=self.deid(bad)))

        assert "[NAME]" not in finding.message
        assert "Sarah" not in finding.message

    def test_a_redaction_outside_the_text_is_only_a_bounds_finding(self):
        bad = redaction(28, 40, "whatever")

        assert rules_of(check(story(text=self.TEXT, deidentification=self.deid(bad)))) == [
            "span-bounds"
        ]


class TestTimeOrder:
    def source(self, **stamps: str) -> dict[str, Any]:
        return {"platform": "forum", **stamps}

    def test_a_day_ahead_is_fine_and_a_second_more_is_not(self):
        ahead = (NOW + timedelta(days=1)).isoformat()
        later = (NOW + timedelta(days=1, seconds=1)).isoformat()

        assert check(story(source=self.source(posted_at=ahead))) == []
        [finding] = check(story(source=self.source(posted_at=later)))
        assert (finding.rule, finding.path) == ("time-order", "/source/posted_at")

    def test_the_clock_is_the_machines_by_default(self):
        soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        later = (datetime.now(UTC) + timedelta(days=3)).isoformat()

        assert validate(story(source=self.source(posted_at=soon))) == []
        assert rules_of(validate(story(source=self.source(posted_at=later)))) == ["time-order"]

    def test_messages_do_not_show_the_timestamps(self):
        src = self.source(posted_at="2024-05-02T10:00:00Z", retrieved_at="2024-05-01T10:00:00Z")

        [finding] = check(story(source=src))

        assert "2024" not in finding.message

    def test_reviewed_at_equal_to_retrieved_at_is_fine(self):
        deid = {
            "status": "reviewed",
            "reviewed_by": "r",
            "reviewed_at": "2024-05-01T12:00:00+02:00",
        }
        src = self.source(retrieved_at="2024-05-01T10:00:00Z")

        assert check(story(source=src, deidentification=deid)) == []


class TestIdDuplicate:
    def test_every_later_occurrence_is_reported(self):
        doc = {"schema_version": "1.0", "stories": [story(), story(), story(id="st-2"), story()]}

        findings = check(doc)

        assert [(f.rule, f.path) for f in findings] == [
            ("id-duplicate", "/stories/1/id"),
            ("id-duplicate", "/stories/3/id"),
        ]
        assert "/stories/0" in findings[0].message

    def test_a_validator_sees_the_stories_of_every_document(self):
        validator = Validator(taxonomy=TAXONOMY, now=NOW)

        assert validator.check(story(), file="a.json") == []
        [finding] = validator.check(story(), file="b.json")
        assert (finding.file, finding.path) == ("b.json", "/id")
        assert "a.json" in finding.message

    def test_separate_calls_are_separate_runs(self):
        assert check(story()) == []
        assert check(story()) == []


class TestDeidRequired:
    def test_raw_is_a_warning_by_default_and_an_error_under_publish(self):
        raw = story(deidentification={"status": "raw"})

        [default] = check(raw)
        [publish] = check(raw, profile="publish")

        assert default.severity is Severity.WARNING
        assert publish.severity is Severity.ERROR


# Pieces of text near and at the mentions the content-warning patterns look for.
MENTION_PARTS = [
    " ",
    ".",
    "-",
    "\u2014",
    "\u00e9",
    "a",
    "s",
    "\u017f",
    "\u0131",
    "\u0130",
    "\u212a",
    "suicid",
    "SUICIDE",
    "Suicidal",
    "kill",
    "KILLS",
    " myself",
    " themselves",
    "sel",
    "f",
    "ves",
    "take",
    "ended",
    " her",
    " my",
    " own",
    " life",
    "Life",
    "self",
    "Self-",
    "self ",
    "harm",
    "injur",
    "cut",
    "cutting",
    "burn",
    "BURNED",
    "abus",
    "ABUSE",
    "e",
    "ive",
    "substance ",
    "drug ",
    "alcohol ",
    "substance-",
    "word",
]


def _reference_mentions(text: str, warnings: Iterable[str]) -> list[str]:
    """The messages of ``content-warning``, from its patterns alone (no word test)."""
    have = set(warnings)
    messages = []
    for name, covering, pattern, _words in _story._MENTIONS:
        if have & {w.value for w in covering}:
            continue
        m = pattern.search(text)
        if m is not None:
            messages.append(
                f"the text mentions {name} (at {m.start()}-{m.end()})"
                f" but the content warnings lack {name!r}"
            )
    return messages


class TestContentWarning:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("She had been suicidal for years.", ["suicide"]),
            ("He thought about ending his own life.", ["suicide"]),
            ("She used to cut herself.", ["self-harm"]),
            ("No more self injury since spring.", ["self-harm"]),
            ("She survived an abusive marriage.", ["abuse"]),
            ("His substance abuse group met on Fridays.", []),
            ("She left the drug abuse programme clean.", []),
            ("He overcame alcohol abuse.", []),
            ("Nothing hard in this one.", []),
        ],
    )
    def test_mentions(self, text, expected):
        findings = check(story(text=text))

        assert [f.message.split()[3] for f in findings] == expected
        assert all(f.severity is Severity.WARNING for f in findings)

    def test_sexual_violence_covers_abuse(self):
        doc = story(
            text="She was sexually abused as a child.", content_warnings=["sexual-violence"]
        )

        assert check(doc) == []

    def test_a_warning_with_no_mention_is_fine(self):
        assert check(story(content_warnings=["suicide", "death"])) == []

    @pytest.mark.parametrize(
        "text",
        [
            "The \u017fuicide note.",  # long s
            "She was SU\u0130CIDAL.",  # dotted capital I
            "su\u0131cidal thoughts",  # dotless i
            "He wanted to \u212aILL HIMSELF.",  # Kelvin sign
            "AbUsE, and \u201cself\u2014harm\u201d",
        ],
    )
    def test_letters_that_match_ascii_letters_when_case_is_ignored(self, text):
        assert [f.message for f in check(story(text=text))] == _reference_mentions(text, ())

    def test_every_letter_that_matches_an_ascii_letter_is_known(self):
        # The word test looks for ASCII words in the lowercased text: a text holding a
        # character that the patterns match to an ASCII letter is searched by them alone.
        others = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
        folding = {
            m.group()
            for c in "abcdefghijklmnopqrstuvwxyz"
            for m in re.finditer(c, others, re.IGNORECASE)
        }

        assert folding == set(_story._FOLD_TO_ASCII)

    @given(
        st.lists(st.sampled_from(MENTION_PARTS), min_size=1, max_size=12).map("".join),
        st.sets(st.sampled_from(["suicide", "self-harm", "abuse", "sexual-violence"])),
    )
    def test_same_findings_as_the_patterns_alone(self, text, warnings):
        doc = story(text="x " + text, content_warnings=sorted(warnings))

        found = [f.message for f in check(doc) if f.rule == "content-warning"]

        assert found == _reference_mentions("x " + text, warnings)


class TestSettings:
    RAW_AND_UNKNOWN = story(
        deidentification={"status": "raw"}, themes=[{"theme": "nope"}], text="an abuse story"
    )

    def test_ignore_switches_rules_off(self):
        findings = check(self.RAW_AND_UNKNOWN, ignore=["deid-required", "content-warning"])

        assert rules_of(findings) == ["theme-unknown"]

    def test_select_replaces_the_default_set(self):
        assert rules_of(check(self.RAW_AND_UNKNOWN, select="deid-required")) == ["deid-required"]

    def test_a_comma_separated_string_works_too(self):
        findings = check(self.RAW_AND_UNKNOWN, select="deid-required, theme-unknown")

        assert rules_of(findings) == ["theme-unknown", "deid-required"]

    def test_select_never_hides_loading_findings(self):
        assert rules_of(check(b"[]", select=["deid-required"])) == ["schema"]

    def test_severity_regrades(self):
        findings = check(self.RAW_AND_UNKNOWN, severity={"theme-unknown": "info"})

        assert {f.rule: f.severity for f in findings}["theme-unknown"] is Severity.INFO

    def test_configured_severity_beats_the_profile(self):
        findings = check(
            self.RAW_AND_UNKNOWN, profile="publish", severity={"deid-required": "warning"}
        )

        assert {f.rule: f.severity for f in findings}["deid-required"] is Severity.WARNING

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"select": ["no-such-rule"]}, "unknown rule 'no-such-rule' in select"),
            ({"ignore": ["no-such-rule"]}, "unknown rule 'no-such-rule' in ignore"),
            ({"ignore": ["schema"]}, "'schema' cannot be switched off"),
            ({"ignore": "json-invalid"}, "'json-invalid' cannot be switched off"),
            ({"severity": {"schema": "warning"}}, "'schema' cannot be re-graded"),
            ({"severity": {"theme-unknown": "fatal"}}, "unknown severity 'fatal'"),
            ({"profile": "strict"}, "unknown profile 'strict'"),
        ],
    )
    def test_bad_settings_raise(self, kwargs, message):
        with pytest.raises(RuleConfigError, match=re.escape(message)) as info:
            check(story(), **kwargs)

        assert isinstance(info.value, ValueError)

    def test_settings_resolve_to_rules_with_severities(self):
        settings = RuleSettings(profile="publish")
        resolved = {r.name: s for r, s in settings.resolve(default_registry())}

        assert resolved["deid-required"] is Severity.ERROR
        assert resolved["schema"] is Severity.ERROR


class TestInputs:
    def test_models_strings_bytes_and_dicts_are_all_accepted(self):
        text = json.dumps(story(deidentification={"status": "raw"}))
        model = loads(text)

        for document in (model, text, text.encode(), bytearray(text.encode()), json.loads(text)):
            assert rules_of(check(document)) == ["deid-required"]

    def test_a_collection_model(self):
        collection = loads(json.dumps({"schema_version": "1.0", "stories": [story(), story()]}))

        assert [f.path for f in check(collection)] == ["/stories/1/id"]

    @pytest.mark.parametrize(
        ("document", "rule", "path"),
        [
            ({"x": {1, 2}}, "schema", ""),
            ({"text": float("nan")}, "json-invalid", "/text"),
            (None, "schema", ""),
            ("\ud800", "json-invalid", None),
        ],
    )
    def test_data_that_is_not_a_document(self, document, rule, path):
        findings = check(document)

        assert (findings[0].rule, findings[0].path) == (rule, path)

    def test_deeply_nested_data(self):
        deep: Any = []
        for _ in range(100_000):
            deep = [deep]

        assert rules_of(check({"extensions": deep})) == ["json-invalid"]

    @given(st.binary(max_size=200))
    def test_never_raises_for_bytes(self, data):
        assert all(isinstance(f, Finding) for f in check(data))

    @given(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(
                    st.sampled_from(["id", "text", "source", "themes", "stories", "x"]),
                    inner,
                    max_size=5,
                )
            ),
            max_leaves=20,
        )
    )
    def test_never_raises_for_json_values(self, value):
        assert all(isinstance(f, Finding) for f in check(value))

    @given(
        start=st.integers(0, 60),
        length=st.integers(-5, 60),
        operator=st.sampled_from(["replace", "remove", "mask"]),
        extra=st.integers(0, 60),
    )
    def test_never_raises_for_odd_offsets(self, start, length, operator, extra):
        end = max(start + length, 0)
        deid = {
            "status": "redacted",
            "redactions": [redaction(start, end, "x", operator), redaction(extra, extra, "")],
        }
        themes = [{"theme": "gratitude.thanks", "evidence": [{"start": start, "end": end}]}]

        findings = check(story(deidentification=deid, themes=themes))

        assert all(f.rule != "schema" for f in findings)


class TestValidateOrRaise:
    def test_returns_the_model_when_there_is_no_error(self):
        doc = validate_or_raise(
            story(deidentification={"status": "raw"}), taxonomy=TAXONOMY, now=NOW
        )

        assert isinstance(doc, rewardkit.Story)

    def test_raises_with_every_finding(self):
        with pytest.raises(ValidationError) as info:
            validate_or_raise(
                story(themes=[{"theme": "nope"}], deidentification={"status": "raw"}),
                taxonomy=TAXONOMY,
                now=NOW,
            )

        assert rules_of(list(info.value.findings)) == ["theme-unknown", "deid-required"]
        assert str(info.value).startswith("1 error in the document:")
        assert isinstance(info.value, ValueError)
        copy = pickle.loads(pickle.dumps(info.value))  # noqa: S301 - our own object
        assert copy.findings == info.value.findings

    def test_raises_for_a_document_that_cannot_be_loaded(self):
        with pytest.raises(ValidationError, match="json-invalid"):
            validate_or_raise(b"{", taxonomy=TAXONOMY)


def no_named_coder(story: rewardkit.Story, context: RuleContext) -> list[Problem]:
    return [
        Problem(path=("themes", i, "coder"), message="the coder is a person's name")
        for i, t in enumerate(story.themes)
        if t.coder is not None and t.coder[:1].isupper()
    ]


ACME_RULE = Rule(
    name="acme:coder-pseudonym",
    severity=Severity.WARNING,
    summary="Coders are pseudonyms.",
    check=no_named_coder,
)


class TestRegistry:
    @pytest.fixture
    def registered(self):
        register_rule(ACME_RULE)
        yield ACME_RULE
        default_registry().unregister(ACME_RULE.name)

    def test_a_registered_rule_runs(self, registered):
        doc = story(themes=[{"theme": "gratitude.thanks", "coder": "Maria"}])

        [finding] = check(doc)

        assert (finding.rule, finding.path) == ("acme:coder-pseudonym", "/themes/0/coder")
        assert check(doc, ignore=["acme:coder-pseudonym"]) == []

    def test_a_name_cannot_be_registered_twice(self, registered):
        with pytest.raises(RuleConfigError, match="already registered by code"):
            register_rule(ACME_RULE)

    def test_replace_swaps_a_rule(self, registered):
        quiet = attrs.evolve(ACME_RULE, severity=Severity.INFO)

        register_rule(quiet, replace=True)

        assert default_registry().get("acme:coder-pseudonym") is quiet

    def test_built_in_rules_cannot_be_replaced_or_removed(self):
        with pytest.raises(RuleConfigError, match="already registered"):
            register_rule(Rule(name="schema", severity=Severity.INFO, summary="x"), replace=True)
        with pytest.raises(RuleConfigError, match="cannot be removed"):
            default_registry().unregister("theme-unknown")
        with pytest.raises(RuleConfigError, match="no rule named"):
            default_registry().unregister("nothing-here")
        with pytest.raises(RuleConfigError, match="unknown rule"):
            default_registry().get("nothing-here")

    def test_register_rejects_what_is_not_a_rule(self):
        with pytest.raises(RuleConfigError, match="expected a rewardkit Rule"):
            register_rule(no_named_coder)  # type: ignore[arg-type]

    @pytest.mark.parametrize("name", ["Theme-Unknown", "theme_unknown", "-x", "a:b:c", ""])
    def test_names_are_kebab_case(self, name):
        with pytest.raises(RuleConfigError, match="kebab-case"):
            Rule(name=name, severity=Severity.ERROR, summary="x")

    def test_the_decorator_makes_a_rule(self):
        @rule("acme:always", severity=Severity.INFO, summary="Always.")
        def always(story: rewardkit.Story, context: RuleContext) -> list[Problem]:
            return [Problem(path=(), message="hello")]

        registry = RuleRegistry()
        registry.register(always)
        validator = Validator(taxonomy=TAXONOMY, now=NOW, registry=registry, select=["acme:always"])

        assert [(f.rule, f.path, f.severity) for f in validator.check(story())] == [
            ("acme:always", "", Severity.INFO)
        ]

    def test_a_failing_rule_is_named(self):
        def broken(story: rewardkit.Story, context: RuleContext) -> list[Problem]:
            return [Problem(path=(), message=str(1 // 0))]

        registry = RuleRegistry()
        registry.register(
            Rule(name="acme:broken", severity=Severity.ERROR, summary="", check=broken)
        )

        with pytest.raises(RuleError, match="'acme:broken' failed on a story: ZeroDivisionError"):
            Validator(now=NOW, registry=registry, taxonomy=TAXONOMY).check(story())


@attrs.frozen
class FakeDist:
    name: str
    version: str = "1.0.0"


@attrs.frozen
class FakeEntryPoint:
    name: str
    value: Any
    dist: FakeDist | None = FakeDist("acme-rewardkit")

    def load(self) -> Any:
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


class TestEntryPoints:
    def registry_with(self, monkeypatch, *eps: FakeEntryPoint) -> RuleRegistry:
        def entry_points(group: str) -> tuple[FakeEntryPoint, ...]:
            assert group == "rewardkit.rules"
            return eps

        monkeypatch.setattr("importlib.metadata.entry_points", entry_points)
        return RuleRegistry()

    @pytest.mark.parametrize(
        "value", [ACME_RULE, [ACME_RULE], lambda: ACME_RULE, lambda: (ACME_RULE,)]
    )
    def test_a_rule_a_list_or_a_callable(self, monkeypatch, value):
        registry = self.registry_with(monkeypatch, FakeEntryPoint("acme", value))

        assert registry.get("acme:coder-pseudonym") is ACME_RULE

    def test_loaded_once_and_only_when_used(self, monkeypatch):
        calls: list[int] = []

        def value() -> Rule:
            calls.append(1)
            return ACME_RULE

        registry = self.registry_with(monkeypatch, FakeEntryPoint("acme", value))
        assert calls == []
        list(registry)
        list(registry)
        assert calls == [1]

    def test_the_same_distribution_found_twice_counts_once(self, monkeypatch):
        ep = FakeEntryPoint("acme", ACME_RULE)

        assert "acme:coder-pseudonym" in self.registry_with(monkeypatch, ep, ep)

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            (
                ImportError("no module named acme_rules"),
                "rule plugin 'acme' from distribution acme-rewardkit",
            ),
            (
                42,
                "rule plugin 'acme' from distribution acme-rewardkit 1.0.0 is broken: it gave a value of type int",
            ),
            ([ACME_RULE, "x"], "gave a str, not a rewardkit Rule"),
            (
                attrs.evolve(ACME_RULE, name="schema"),
                "registers the rule 'schema', already registered by rewardkit",
            ),
        ],
    )
    def test_a_broken_plugin_is_named(self, monkeypatch, value, message):
        registry = self.registry_with(monkeypatch, FakeEntryPoint("acme", value))

        with pytest.raises(PluginError, match=re.escape(message)) as info:
            list(registry)
        with pytest.raises(PluginError, match=re.escape(message)):
            Validator(registry=registry)

        assert "acme-rewardkit" in str(info.value)

    def test_autoload_can_be_switched_off(self, monkeypatch):
        registry = self.registry_with(monkeypatch, FakeEntryPoint("acme", ImportError("x")))
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")

        assert "acme:coder-pseudonym" not in registry
        assert "schema" in registry

    def test_one_plugin_can_be_switched_off_by_name(self, monkeypatch):
        registry = self.registry_with(monkeypatch, FakeEntryPoint("acme", ImportError("x")))
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "other, acme")

        assert "acme:coder-pseudonym" not in registry
        assert "schema" in registry


class TestPublicNames:
    @pytest.mark.parametrize(
        "name",
        [
            "Problem",
            "Rule",
            "RuleConfigError",
            "RuleContext",
            "RuleError",
            "ValidationError",
            "Validator",
            "register_rule",
            "validate",
            "validate_or_raise",
        ],
    )
    def test_exported_from_the_package(self, name):
        assert getattr(rewardkit, name) is getattr(rules_module, name)
        assert name in rewardkit.__all__
