"""Loading and dumping the wire format: round trips and every bad input of SPEC section 4a."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.serialization import iter_jsonl
from rewardkit.testing import collections, stories

THEMES = ("breakthrough.insight", "connection.alliance", "gratitude.thanks", "small-victory")


def minimal(**overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema_version": "1.0",
        "id": "st-0001",
        "text": "After months, [NAME] looked me in the eye.",
        "source": {"platform": "reddit"},
        "deidentification": {"status": "raw"},
    }
    doc.update(overrides)
    return doc


def problems(data: str | bytes) -> list[tuple[str, str | None, str]]:
    with pytest.raises(rk.LoadError) as info:
        rk.loads(data)
    return [(f.rule, f.path, f.message) for f in info.value.findings]


def one_problem(data: str | bytes) -> tuple[str, str | None, str]:
    found = problems(data)
    assert len(found) == 1, found
    return found[0]


class TestRoundTrip:
    @given(stories(theme_ids=THEMES))
    def test_story_round_trips(self, story):
        assert rk.loads(rk.dumps(story)) == story

    @given(stories(theme_ids=THEMES))
    def test_dumps_is_stable(self, story):
        text = rk.dumps(story)
        assert rk.dumps(rk.loads(text)) == text
        assert rk.dumps(story, indent=2) == json.dumps(
            json.loads(text), indent=2, ensure_ascii=False
        )

    @given(collections(theme_ids=THEMES))
    def test_collection_round_trips(self, collection):
        assert rk.loads(rk.dumps(collection)) == collection

    @given(st.lists(stories(theme_ids=THEMES), max_size=4))
    def test_jsonl_round_trips(self, items):
        data = b"".join(rk.dumps(s).encode() + b"\n" for s in items)
        lines = list(iter_jsonl(io.BytesIO(data)))
        assert [line.story for line in lines] == items
        assert [line.line for line in lines] == list(range(1, len(items) + 1))

    def test_spec_example_round_trips_and_keeps_key_order(self):
        example = minimal(
            title="T",
            language="en",
            narrator={"role": "therapist"},
            themes=[{"theme": "gratitude.thanks", "evidence": [{"start": 0, "end": 5}]}],
        )
        story = rk.loads(json.dumps(example))
        out = json.loads(rk.dumps(story))
        assert list(out) == [
            "schema_version",
            "id",
            "title",
            "text",
            "language",
            "source",
            "narrator",
            "themes",
            "deidentification",
        ]
        assert out["deidentification"] == {"status": "raw", "method": "safe_harbor"}

    def test_defaults_are_omitted_and_extensions_kept_verbatim(self):
        ext = {"acme": {"b": [1, 2.5, None, True], "a": "ü"}}
        story = rk.loads(json.dumps(minimal(themes=[], content_warnings=[], extensions=ext)))
        out = json.loads(rk.dumps(story))
        assert "themes" not in out
        assert "content_warnings" not in out
        assert out["extensions"] == ext
        assert list(out["extensions"]["acme"]) == ["b", "a"]

    def test_timestamps_are_written_in_rfc3339(self):
        src = {
            "platform": "reddit",
            "posted_at": "2024-03-14t18:22:00.5+05:30",
            "retrieved_at": "2024-04-01T09:00:00z",
        }
        story = rk.loads(json.dumps(minimal(source=src)))
        assert story.source.posted_at == datetime(2024, 3, 14, 12, 52, 0, 500000, tzinfo=UTC)
        out = json.loads(rk.dumps(story))["source"]
        assert out["posted_at"] == "2024-03-14T18:22:00.500000+05:30"
        assert out["retrieved_at"] == "2024-04-01T09:00:00Z"

    def test_dump_and_load_files(self, tmp_path: Path):
        story = rk.loads(json.dumps(minimal()))
        coll = rk.Collection(stories=(story, rk.loads(json.dumps(minimal(id="st-2")))))
        rk.dump(story, tmp_path / "a.json")
        rk.dump(coll, tmp_path / "b.json")
        rk.dump(coll, tmp_path / "c.jsonl")
        assert rk.load(tmp_path / "a.json") == story
        assert rk.load(tmp_path / "b.json") == coll
        assert rk.load(tmp_path / "c.jsonl") == coll
        assert (tmp_path / "c.jsonl").read_text().count("\n") == 2
        buf = io.BytesIO()
        rk.dump(story, buf)
        assert rk.load(io.BytesIO(buf.getvalue())) == story

    def test_loads_into_checks_the_kind(self):
        assert isinstance(rk.loads(json.dumps(minimal()), into=rk.Story), rk.Story)
        coll = json.dumps({"schema_version": "1.0", "stories": []})
        assert rk.loads(coll, into=rk.Collection) == rk.Collection(stories=())
        rule, path, message = one_problem_into(coll, rk.Story)
        assert (rule, path) == ("schema", "")
        assert message == "expected a story, found a collection"


def one_problem_into(data: str, into: type[rk.Story]) -> tuple[str, str | None, str]:
    with pytest.raises(rk.LoadError) as info:
        rk.loads(data, into=into)
    (f,) = info.value.findings
    return f.rule, f.path, f.message


class TestBadInput:
    def test_unknown_key_is_named_with_its_place(self):
        doc = minimal(source={"platform": "reddit", "urll": "https://example.org/x"})
        rule, path, message = one_problem(json.dumps(doc))
        assert (rule, path) == ("schema", "/source/urll")
        assert message == "unknown key 'urll' in 'source'; did you mean 'url'?"

    def test_unknown_top_level_key_lists_the_fields(self):
        rule, path, message = one_problem(json.dumps(minimal(zzz=1)))
        assert (rule, path) == ("schema", "/zzz")
        assert message.startswith("unknown key 'zzz' in a story; allowed: schema_version, id,")

    def test_duplicate_key(self):
        data = (
            '{"schema_version": "1.0", "id": "a", "id": "b", "text": "x", '
            '"source": {"platform": "reddit"}, "deidentification": {"status": "raw"}}'
        )
        assert one_problem(data) == (
            "json-invalid",
            "/id",
            "the document has the key 'id' more than once",
        )

    def test_nested_duplicate_key(self):
        data = json.dumps(minimal()).replace(
            '"platform": "reddit"', '"platform": "reddit", "platform": "x"'
        )
        assert one_problem(data)[:2] == ("json-invalid", "/source/platform")

    @pytest.mark.parametrize(
        ("field", "value", "message"),
        [
            ("id", 5, "expected a string, got an integer"),
            ("text", None, "must not be null (expected a string)"),
            ("themes", "abc", "expected an array, got a string"),
            ("source", [], "expected an object, got an array"),
            ("narrator", "therapist", "expected an object, got a string"),
        ],
    )
    def test_wrong_type(self, field, value, message):
        assert one_problem(json.dumps(minimal(**{field: value}))) == (
            "schema",
            f"/{field}",
            message,
        )

    @pytest.mark.parametrize("value", [True, "33", 33.5, -1, None])
    def test_offsets_are_non_negative_integers(self, value):
        doc = minimal(themes=[{"theme": "gratitude", "evidence": [{"start": 0, "end": value}]}])
        rule, path, _ = one_problem(json.dumps(doc))
        assert (rule, path) == ("schema", "/themes/0/evidence/0/end")

    def test_integral_float_offset_is_an_integer(self):
        doc = minimal(themes=[{"theme": "gratitude", "evidence": [{"start": 0, "end": 2.0}]}])
        story = rk.loads(json.dumps(doc))
        assert story.themes[0].evidence[0].end == 2
        assert type(story.themes[0].evidence[0].end) is int

    def test_missing_fields_point_where_they_belong(self):
        doc = minimal(source={"community": "r/therapists"})
        del doc["text"]
        found = problems(json.dumps(doc))
        assert ("schema", "/text", "the required field 'text' is missing") in found
        assert ("schema", "/source/platform", "the required field 'platform' is missing") in found
        assert len(found) == 2

    def test_bad_enum_value_lists_the_allowed_ones(self):
        rule, path, message = one_problem(json.dumps(minimal(narrator={"role": "doctor"})))
        assert (rule, path) == ("schema", "/narrator/role")
        assert message == (
            "must be one of 'therapist', 'counselor', 'psychologist', 'psychiatrist', "
            "'psychiatric_nurse', 'social_worker', 'peer_support_worker', 'case_manager', "
            "'trainee' or 'other'"
        )
        assert "doctor" not in message

    def test_malformed_json_has_line_and_column(self):
        with pytest.raises(rk.LoadError) as info:
            rk.loads('{\n  "id": "a",\n  "text": "x",\n}')
        (f,) = info.value.findings
        assert (f.rule, f.path, f.line) == ("json-invalid", None, 4)
        assert f.message == (
            "the document is not valid JSON: expected a key after ',', found '}': a trailing"
            " comma is not allowed (line 4, column 1)"
        )
        assert f.column == 1

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (
                '{"id": "a",\n "text": "x" "y": 1}',
                "expected ',' or '}' after a value in an object, found '\"' (line 2, column 14)",
            ),
            (
                '{"a": [1 2]}',
                "expected ',' or ']' after a value in an array, found '2' (column 10)",
            ),
            ('{"a": "[" 2}', "expected ',' or '}' after a value in an object, found '2'"),
            ('{"a": "\\"[" 2}', "expected ',' or '}' after a value in an object, found '2'"),
            ("[1, 2,]", "expected a value after ',', found ']': a trailing comma is not allowed"),
            ('{"a": 1,}', "expected a key after ',', found '}': a trailing comma is not allowed"),
            ("{'a': 1}", 'expected a key in double quotes, found "\'": keys need double quotes'),
            ("{a: 1}", "expected a key in double quotes, found 'a' (column 2)"),
            ("[\"a\", 'b']", "strings need double quotes, not single quotes"),
            ('{"a" 1}', "expected ':' after the key, found '1'"),
            ('{"a": 1} // c', "comments are not allowed in JSON"),
            (
                '{"a": tru}',
                "expected a value (a string, number, object, array, true, false or"
                " null), found 't'",
            ),
            (
                '{"a": ',
                "expected a value (a string, number, object, array, true, false or null),"
                " found the end of the document",
            ),
            ('{"a":\n', "found the end of the document (column 6)"),
            ('{"a":\n\n  [1,\n  2', "found the end of the document (line 4, column 4)"),
            (
                '{"a": 1,\n "b"\n}',
                "expected ':' after the key, found '}' (line 3, column 1)",
            ),
            ("", "expected a JSON value, found nothing (the document is empty)"),
            (
                '{"a": 1} {"b": 2}',
                "expected the end of the document after its JSON value, found"
                " '{' (one story per line belongs in a .jsonl file)",
            ),
            ('{"a": "x', "a string starts here and is never closed"),
            ('{"a": "b\tc"}', "a control character (a line break or a tab) inside a string"),
            ('{"a": "\\q"}', "an invalid escape in a string"),
            ('{"a": "\\u12"}', "an invalid \\u escape in a string"),
            ('{"a": [\u0007]}', "found '\\x07'"),
        ],
    )
    def test_syntax_errors_say_what_was_expected_and_found(self, text, message):
        rule, _, got = one_problem(text)
        assert rule == "json-invalid"
        assert got.startswith("the document is not valid JSON: ")
        assert message in got

    @pytest.mark.parametrize("text", ['{"a": 1} // c', '{"a": 1,}', "[1, 2,]", "{'a': 1}", ""])
    def test_comments_trailing_commas_and_junk_are_errors(self, text):
        assert one_problem(text)[0] == "json-invalid"

    def test_invalid_utf8(self):
        data = json.dumps(minimal()).encode().replace(b"After", b"Aft\xffer")
        with pytest.raises(rk.LoadError) as info:
            rk.loads(data)
        (f,) = info.value.findings
        assert (f.rule, f.path, f.line) == ("json-invalid", None, 1)
        assert f.message.startswith("the document is not valid UTF-8 (byte ")

    @pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e400"])
    def test_non_finite_numbers(self, token):
        doc = json.dumps(minimal(themes=[{"theme": "gratitude", "confidence": 0.5}]))
        rule, path, message = one_problem(doc.replace("0.5", token))
        assert (rule, path) == ("json-invalid", "/themes/0/confidence")
        assert message == (
            f"the document is {token}, which JSON does not allow (numbers must be finite)"
        )

    def test_lone_surrogate_in_a_string(self):
        data = json.dumps(minimal(title="ok")).replace('"ok"', '"o\\ud800k"')
        assert one_problem(data) == (
            "json-invalid",
            "/title",
            "the document has a lone surrogate, which is not valid Unicode",
        )

    def test_lone_surrogate_in_a_key(self):
        data = json.dumps(minimal(extensions={"acme": {"k": 1}})).replace('"k"', '"\\udc00"')
        assert one_problem(data)[:2] == ("json-invalid", "/extensions/acme")

    def test_surrogate_pair_is_fine(self):
        data = json.dumps(minimal(title="x")).replace('"x"', '"\\ud83d\\ude00"')
        assert rk.loads(data).title == "\U0001f600"

    def test_lone_surrogate_from_python_is_a_field_error(self):
        with pytest.raises(rk.FieldError, match="lone surrogate"):
            rk.Story(
                id="a",
                text="x\ud800",
                source=rk.Source(platform="reddit"),
                deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
            )

    def test_nesting_over_the_limit(self):
        deep = "[" * 300 + "]" * 300
        data = json.dumps(minimal(extensions={"acme": 0})).replace("0}", deep + "}")
        rule, path, message = one_problem(data)
        assert rule == "json-invalid"
        assert path is not None
        assert path.startswith("/extensions/acme/0/0")
        assert message == "the document nests deeper than the limit of 200 levels"

    def test_very_deep_nesting_does_not_crash(self):
        rule, _, message = one_problem("[" * 100_000 + "]" * 100_000)
        assert rule == "json-invalid"
        assert "nests deeper than the limit" in message

    def test_nesting_limit_is_configurable(self):
        data = json.dumps(minimal(extensions={"acme": [[[[1]]]]}))
        assert rk.loads(data, max_depth=10).extensions == {"acme": [[[[1]]]]}
        with pytest.raises(rk.LoadError, match="limit of 4 levels"):
            rk.loads(data, max_depth=4)

    def test_size_over_the_limit(self):
        data = json.dumps(minimal())
        with pytest.raises(rk.LoadError) as info:
            rk.loads(data.encode(), max_bytes=50)
        (f,) = info.value.findings
        assert f.rule == "json-invalid"
        assert f.message == f"the document is {len(data)} bytes, over the limit of 50 bytes"
        with pytest.raises(rk.LoadError, match="over the limit of 50 bytes"):
            rk.loads(data, max_bytes=50)

    @pytest.mark.parametrize(
        ("data", "kind"),
        [("[]", "an array"), ('"x"', "a string"), ("3", "an integer"), ("null", "null")],
    )
    def test_top_level_not_an_object(self, data, kind):
        assert one_problem(data) == ("schema", "", f"the document must be an object, not {kind}")

    @pytest.mark.parametrize("stamp", ["2024-03-14T18:22:00", "2024-03-14t18:22:00.123"])
    def test_zone_less_timestamp(self, stamp):
        doc = minimal(source={"platform": "reddit", "posted_at": stamp})
        assert one_problem(json.dumps(doc)) == (
            "schema",
            "/source/posted_at",
            "has no zone: add Z or an offset such as +01:00 (RFC 3339)",
        )

    @pytest.mark.parametrize(
        "stamp",
        [
            "2024-03-14 18:22:00Z",
            "2024-03-14T18:22Z",
            "20240314T182200Z",
            "2016-12-31T23:59:60Z",
            "2023-02-29T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-03-14T18:22:00+0100",
            "0000-01-01T00:00:00Z",
            "2024-03-14T18:22:00,5Z",
            "2024-03-14T18:22:00+24:00",
        ],
    )
    def test_non_rfc3339_timestamps(self, stamp):
        doc = minimal(source={"platform": "reddit", "retrieved_at": stamp})
        rule, path, message = one_problem(json.dumps(doc))
        assert (rule, path) == ("schema", "/source/retrieved_at")
        assert "RFC 3339" in message

    @pytest.mark.parametrize(
        "stamp",
        [
            "2024-02-29T23:59:59.123456789-00:00",
            "2000-02-29T00:00:00+14:00",
            "1999-12-31t23:59:59z",
        ],
    )
    def test_rfc3339_timestamps_accepted(self, stamp):
        doc = minimal(source={"platform": "reddit", "retrieved_at": stamp})
        assert rk.loads(json.dumps(doc)).source.retrieved_at is not None

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("id", "st-1\n"),
            ("id", "x" * 129),
            ("id", "st 1"),
            ("id", ""),
            ("text", " \n\t\u3000"),
            ("language", "e1"),
            ("language", "en_GB"),
        ],
    )
    def test_pattern_fields(self, field, value):
        rule, path, _ = one_problem(json.dumps(minimal(**{field: value})))
        assert (rule, path) == ("schema", f"/{field}")

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("platform", "Reddit"),
            ("platform", "-x"),
            ("url", "ftp://example.org/x"),
            ("url", "https://"),
            ("url", "https://exa mple.org"),
            ("text_form", "quoted"),
        ],
    )
    def test_source_fields(self, field, value):
        doc = minimal(source={"platform": "reddit", field: value})
        rule, path, _ = one_problem(json.dumps(doc))
        assert (rule, path) == ("schema", f"/source/{field}")

    def test_every_problem_is_reported_at_once(self):
        doc = minimal(
            id=3, narrator={"role": "x", "mood": 1}, themes=[{"theme": ""}, {"evidence": []}]
        )
        found = problems(json.dumps(doc))
        assert [p for _, p, _ in found] == [
            "/id",
            "/narrator/role",
            "/narrator/mood",
            "/themes/0/theme",
            "/themes/1/theme",
        ]

    def test_reviewed_needs_reviewer_and_time(self):
        doc = minimal(deidentification={"status": "reviewed"})
        assert [(p, m) for _, p, m in problems(json.dumps(doc))] == [
            ("/deidentification/reviewed_by", "is required when status is 'reviewed'"),
            ("/deidentification/reviewed_at", "is required when status is 'reviewed'"),
        ]
        doc = minimal(deidentification={"status": "redacted", "reviewed_by": "coder-a"})
        assert one_problem(json.dumps(doc)) == (
            "schema",
            "/deidentification/reviewed_by",
            "is only allowed when status is 'reviewed'",
        )

    def test_content_warnings_are_unique_and_known(self):
        doc = minimal(content_warnings=["suicide", "suicide"])
        assert one_problem(json.dumps(doc))[1] == "/content_warnings/1"
        doc = minimal(content_warnings=["grief"])
        assert one_problem(json.dumps(doc))[1] == "/content_warnings/0"

    def test_coded_by_is_unique(self):
        assert one_problem(json.dumps(minimal(coded_by=["a", "a"])))[1] == "/coded_by/1"

    @pytest.mark.parametrize("key", ["Acme", "1acme", "ac_me", ""])
    def test_extension_keys_are_namespaces(self, key):
        rule, path, _ = one_problem(json.dumps(minimal(extensions={key: 1})))
        assert (rule, path) == ("schema", f"/extensions/{key}")

    def test_confidence_range(self):
        doc = minimal(themes=[{"theme": "gratitude", "confidence": 1.5}])
        assert one_problem(json.dumps(doc)) == (
            "schema",
            "/themes/0/confidence",
            "must be between 0 and 1",
        )

    def test_schema_version(self):
        assert one_problem(json.dumps(minimal(schema_version="2.0"))) == (
            "schema",
            "/schema_version",
            "must be '1.0'",
        )
        doc = minimal()
        del doc["schema_version"]
        assert one_problem(json.dumps(doc)) == (
            "schema",
            "/schema_version",
            "the required field 'schema_version' is missing",
        )
        assert one_problem(json.dumps(minimal(schema_version=None))) == (
            "schema",
            "/schema_version",
            "must not be null",
        )

    def test_pointer_escapes_slash_and_tilde(self):
        rule, path, _ = one_problem(json.dumps(minimal(**{"a/b~c": 1})))
        assert path == "/a~1b~0c"


class TestAcceptedInput:
    def test_bom_is_accepted_and_dropped(self):
        data = json.dumps(minimal())
        assert rk.loads(b"\xef\xbb\xbf" + data.encode()).id == "st-0001"
        assert rk.loads("\ufeff" + data).id == "st-0001"

    def test_null_means_absent_for_optional_fields(self):
        doc = minimal(
            title=None,
            narrator=None,
            themes=None,
            coded_by=None,
            content_warnings=None,
            extensions=None,
            language=None,
            source={"platform": "reddit", "url": None},
            deidentification={"status": "raw", "method": None, "redactions": None},
        )
        assert rk.loads(json.dumps(doc)) == rk.loads(json.dumps(minimal()))

    def test_null_is_an_error_for_a_required_field(self):
        assert one_problem(json.dumps(minimal(source={"platform": None}))) == (
            "schema",
            "/source/platform",
            "must not be null (expected a string)",
        )

    def test_story_in_collection_may_omit_schema_version(self):
        story = minimal()
        del story["schema_version"]
        coll = rk.loads(json.dumps({"schema_version": "1.0", "stories": [story]}))
        assert isinstance(coll, rk.Collection)
        assert coll.stories[0].schema_version == "1.0"

    def test_collection_needs_its_own_schema_version(self):
        rule, path, _ = one_problem(json.dumps({"stories": []}))
        assert (rule, path) == ("schema", "/schema_version")

    def test_story_in_collection_with_other_version(self):
        doc = {"schema_version": "1.0", "stories": [minimal(schema_version="0.9")]}
        assert one_problem(json.dumps(doc))[:2] == ("schema", "/stories/0/schema_version")

    def test_empty_collection_and_empty_jsonl(self, tmp_path: Path):
        assert len(rk.loads('{"schema_version": "1.0", "stories": []}')) == 0
        (tmp_path / "e.jsonl").write_bytes(b"")
        assert rk.load(tmp_path / "e.jsonl") == rk.Collection(stories=())

    def test_timestamps_compare_as_instants(self):
        a = rk.loads(
            json.dumps(minimal(source={"platform": "x", "posted_at": "2024-01-01T10:00:00+02:00"}))
        )
        assert a.source.posted_at == datetime(2024, 1, 1, 8, tzinfo=UTC)
        assert a.source.posted_at == datetime(2024, 1, 1, 10, tzinfo=timezone(timedelta(hours=2)))


class TestJsonLines:
    def test_bad_lines_are_reported_and_good_ones_yielded(self, tmp_path: Path):
        good = json.dumps(minimal())
        path = tmp_path / "s.jsonl"
        path.write_bytes(
            "\n".join(
                [
                    good,
                    "",
                    " \t ",
                    '{"broken": ',
                    json.dumps(minimal(id="st-2", narrator={"role": "nurse"})),
                    json.dumps(minimal(id="st-3")),
                    "[1]",
                ]
            ).encode()
            + b"\r\n"
        )
        lines = list(iter_jsonl(path))
        assert [(x.line, x.ok) for x in lines] == [
            (1, True),
            (4, False),
            (5, False),
            (6, True),
            (7, False),
        ]
        bad = [f for x in lines if x.error for f in x.error.findings]
        assert [(f.file, f.line, f.rule, f.path) for f in bad] == [
            (str(path), 4, "json-invalid", None),
            (str(path), 5, "schema", "/narrator/role"),
            (str(path), 7, "schema", ""),
        ]
        assert lines[3].story is not None
        assert lines[3].story.id == "st-3"

    def test_load_of_jsonl_raises_with_every_bad_line(self, tmp_path: Path):
        path = tmp_path / "s.jsonl"
        path.write_text("{}\n" + json.dumps(minimal()) + "\nnope\n")
        with pytest.raises(rk.LoadError) as info:
            rk.load(path)
        assert sorted({f.line for f in info.value.findings}) == [1, 3]

    def test_over_long_line_is_skipped_in_constant_memory(self):
        big = json.dumps(minimal(text="x" * 5000))
        data = (big + "\n" + json.dumps(minimal(id="st-2")) + "\n").encode()
        lines = list(iter_jsonl(io.BytesIO(data), max_bytes=1000))
        assert lines[0].error is not None
        assert lines[0].error.findings[0].message == (
            "the line is longer than the limit of 1000 bytes"
        )
        assert lines[1].story is not None
        assert lines[1].line == 2

    def test_bom_on_the_first_line(self):
        data = b"\xef\xbb\xbf" + json.dumps(minimal()).encode() + b"\n"
        (line,) = iter_jsonl(io.BytesIO(data))
        assert line.ok

    def test_files_and_lines_are_named_in_load_errors(self, tmp_path: Path):
        path = tmp_path / "bad.json"
        path.write_text('{\n"id": 1,\n}')
        with pytest.raises(rk.LoadError) as info:
            rk.load(path)
        (f,) = info.value.findings
        assert (f.file, f.line) == (str(path), 3)
        assert str(f).startswith(f"{path}:3: ")


class TestLines:
    def test_findings_in_json_files_carry_the_line_of_their_path(self, tmp_path: Path):
        path = tmp_path / "s.json"
        path.write_text(
            '{\n  "schema_version": "1.0",\n  "id": "st 1",\n  "text": "x",\n'
            '  "source": {\n    "platform": "reddit",\n    "urll": "x"\n  },\n'
            '  "themes": [\n    {"theme": "a"},\n    {"theme": 5}\n  ],\n'
            '  "deidentification": {"status": "raw", "status": "redacted"}\n}\n'
        )
        with pytest.raises(rk.LoadError) as info:
            rk.load(path)
        assert [(f.path, f.line) for f in info.value.findings] == [("/deidentification/status", 13)]
        path.write_text(path.read_text().replace('"status": "raw", ', ""))
        with pytest.raises(rk.LoadError) as info:
            rk.load(path)
        assert [(f.path, f.line) for f in info.value.findings] == [
            ("/id", 3),
            ("/source/urll", 7),
            ("/themes/1/theme", 11),
        ]

    def test_missing_field_points_at_its_parent_line(self):
        with pytest.raises(rk.LoadError) as info:
            rk.loads(
                '{"schema_version": "1.0", "id": "a", "text": "x",\n'
                '"source": {\n"community": "c"}, "deidentification": {"status": "raw"}}'
            )
        (f,) = info.value.findings
        assert (f.path, f.line) == ("/source/platform", 2)

    @given(stories(theme_ids=THEMES))
    def test_every_path_of_a_pretty_document_is_placed(self, story):
        from rewardkit.serialization._locate import locate_lines

        text = rk.dumps(story, indent=2)
        lines = text.split("\n")
        keys = list(json.loads(text))
        placed = locate_lines(text, [f"/{k}" for k in keys])
        for key, line in zip(keys, placed, strict=True):
            assert line is not None
            assert f'"{key}"' in lines[line - 1]
