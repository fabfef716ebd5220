"""The JSON Schema and the loader agree: on generated documents and single mutations of them."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.testing import collections, stories

THEMES = ("breakthrough.insight", "connection", "gratitude.letter", "advocacy.policy")
VALIDATOR = jsonschema.Draft202012Validator(rk.json_schema())


def loader_accepts(doc: Any) -> bool:
    try:
        rk.loads(json.dumps(doc, ensure_ascii=False))
    except rk.LoadError:
        return False
    return True


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(_paths(v, (*path, k)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(_paths(v, (*path, i)))
    return out


_REPLACEMENTS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from([0.5, 2.0, -1.5, 1e20]),
    st.sampled_from(
        [
            "",
            " ",
            "x",
            "raw",
            "reviewed",
            "NAME",
            "replace",
            "remove",
            "therapist",
            "en-GB",
            "english!",
            "reddit",
            "Reddit",
            "https://example.org/a",
            "2024-01-01T00:00:00Z",
            "2024-01-01T00:00:00",
            "st 1",
            "suicide",
            "gratitude",
            "1.0",
            "2.0",
        ]
    ),
    st.just([]),
    st.just({}),
    st.just([{"start": 0, "end": 1}]),
    st.just({"platform": "x"}),
)


@st.composite
def mutated(draw: st.DrawFn, doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    path = draw(st.sampled_from(_paths(doc)))
    kind = draw(st.sampled_from(["replace", "delete", "add-key", "duplicate-item"]))
    if not path:
        if kind == "add-key":
            doc[draw(st.sampled_from(["zzz", "stories", "themes", "urll"]))] = 1
        return doc
    *parent_path, last = path
    parent: Any = doc
    for token in parent_path:
        parent = parent[token]
    target = parent[last]
    if kind == "delete" and isinstance(parent, dict):
        del parent[last]
    elif kind == "add-key" and isinstance(target, dict):
        target[draw(st.sampled_from(["zzz", "urll", "start", "theme", "status"]))] = 1
    elif kind == "duplicate-item" and isinstance(target, list) and target:
        target.append(copy.deepcopy(target[0]))
    else:
        parent[last] = draw(_REPLACEMENTS)
    return doc


def unstructured(obj: rk.Story | rk.Collection) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(rk.dumps(obj))
    return result


class TestSchemaAgreesWithLoader:
    def test_schema_is_valid_draft_2020_12(self):
        jsonschema.Draft202012Validator.check_schema(rk.json_schema())
        for root in ("story", "collection"):
            jsonschema.Draft202012Validator.check_schema(rk.json_schema(root))

    def test_unknown_root_is_refused(self):
        with pytest.raises(ValueError, match="root must be"):
            rk.json_schema("theme")  # type: ignore[arg-type]

    def test_each_call_returns_a_fresh_copy(self):
        schema = rk.json_schema()
        schema["$defs"].clear()
        assert rk.json_schema()["$defs"]

    @given(stories(theme_ids=THEMES))
    def test_generated_stories_are_valid(self, story):
        doc = unstructured(story)
        assert VALIDATOR.is_valid(doc)
        story_validator = jsonschema.Draft202012Validator(rk.json_schema("story"))
        assert story_validator.is_valid(doc)

    @given(collections(theme_ids=THEMES, max_size=3))
    def test_generated_collections_are_valid(self, collection):
        assert VALIDATOR.is_valid(unstructured(collection))

    @given(st.data(), stories(theme_ids=THEMES))
    def test_schema_and_loader_agree_on_mutated_stories(self, data, story):
        doc = data.draw(mutated(unstructured(story)))
        assert VALIDATOR.is_valid(doc) == loader_accepts(doc), json.dumps(doc)[:2000]

    @given(st.data(), collections(theme_ids=THEMES, max_size=2))
    def test_schema_and_loader_agree_on_mutated_collections(self, data, collection):
        doc = data.draw(mutated(unstructured(collection)))
        assert VALIDATOR.is_valid(doc) == loader_accepts(doc), json.dumps(doc)[:2000]

    @pytest.mark.parametrize(
        "stamp",
        [
            "2024-02-29T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2100-02-29T00:00:00Z",
            "2000-02-29T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2024-12-31T23:59:60Z",
            "2024-01-01T00:00:00.123456789+05:45",
            "2024-01-01T00:00:00-00:00",
            "2024-01-01 00:00:00Z",
            "2024-01-01T00:00:00\nZ",
            "2024-01-01T00:00:00Z\n",
        ],
    )
    def test_timestamp_edge_cases_agree(self, stamp):
        doc = {
            "schema_version": "1.0",
            "id": "a",
            "text": "x",
            "source": {"platform": "p", "posted_at": stamp},
            "deidentification": {"status": "raw"},
        }
        assert VALIDATOR.is_valid(doc) == loader_accepts(doc)

    @pytest.mark.parametrize("value", ["st-1\n", "st-1", "a" * 128, "a" * 129, "a\nb"])
    def test_trailing_newline_does_not_slip_through_patterns(self, value):
        doc = {
            "schema_version": "1.0",
            "id": value,
            "text": "x",
            "source": {"platform": "p"},
            "deidentification": {"status": "raw"},
        }
        assert VALIDATOR.is_valid(doc) == loader_accepts(doc)
