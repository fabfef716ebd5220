"""
The JSON Schema (draft 2020-12) of the story document.

The schema is generated from the attrs models: every field's type and rule comes from the
same validator object that checks it when a model is built, so the schema and the loader
cannot drift apart. Tests check, on generated documents and on single mutations of them,
that a schema validator and :func:`rewardkit.loads` accept and reject the same documents.

Two things the loader checks cannot be said in JSON Schema: that strings are valid Unicode
(no lone surrogates) and the wire format's limits on size and nesting.
"""

from __future__ import annotations

import copy
import functools
from typing import Any, Literal

import attrs

from ._validators import JsonSchema, check_of
from .story import (
    SCHEMA_VERSION,
    Collection,
    Deidentification,
    Narrator,
    Redaction,
    Source,
    Span,
    Story,
    ThemeAssignment,
)

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_DEFS: tuple[type, ...] = (
    Story,
    Source,
    Narrator,
    ThemeAssignment,
    Span,
    Deidentification,
    Redaction,
    Collection,
)
_DESCRIPTIONS = {cls: (cls.__doc__ or "").strip().splitlines()[0] for cls in _DEFS}


def _ref(cls: type) -> str:
    return f"#/$defs/{cls.__name__}"


def _object_schema(cls: type) -> JsonSchema:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for a in attrs.fields(cls):
        schema = check_of(a).schema(_ref)
        if a.default is attrs.NOTHING:
            required.append(a.name)
        elif "anyOf" not in schema:  # null stands for "absent" in every optional field
            schema = {"anyOf": [schema, {"type": "null"}]}
        properties[a.name] = schema
    out: JsonSchema = {
        "type": "object",
        "description": _DESCRIPTIONS[cls],
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        out["required"] = required
    return out


@functools.cache
def _build() -> JsonSchema:
    defs = {cls.__name__: _object_schema(cls) for cls in _DEFS}
    # The one rule across fields: reviewed_by and reviewed_at go with status "reviewed".
    review = ["reviewed_by", "reviewed_at"]
    defs["Deidentification"]["if"] = {"properties": {"status": {"const": "reviewed"}}}
    defs["Deidentification"]["then"] = {
        "required": review,
        "properties": {name: {"not": {"type": "null"}} for name in review},
    }
    defs["Deidentification"]["else"] = {"properties": {name: {"type": "null"} for name in review}}
    # A document's own schema_version is required (not null); a story in a collection may
    # omit it. A collection is only ever a document.
    defs["Collection"]["required"] = ["schema_version", "stories"]
    defs["Collection"]["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    defs["StoryDocument"] = {
        "allOf": [{"$ref": _ref(Story)}],
        "required": ["schema_version"],
        "properties": {"schema_version": {"const": SCHEMA_VERSION}},
    }
    return {
        "$schema": _DIALECT,
        "$id": f"urn:rewardkit:story-document:{SCHEMA_VERSION}",
        "title": f"rewardkit story document {SCHEMA_VERSION}",
        "description": "One story, or a collection of stories (rewardkit wire format).",
        "oneOf": [{"$ref": "#/$defs/StoryDocument"}, {"$ref": _ref(Collection)}],
        "$defs": defs,
    }


def json_schema(root: Literal["document", "story", "collection"] = "document") -> JsonSchema:
    """
    Return the JSON Schema (draft 2020-12) of the story document.

    Args:
        root: ``"document"`` for what a ``.json`` file may hold (a story or a collection),
            ``"story"`` for one story (a ``.jsonl`` line), ``"collection"`` for a collection.

    Returns:
        A new dict each call, safe to modify.

    .. versionadded:: 0.1.0
    """
    schema = _build()
    if root == "document":
        return copy.deepcopy(schema)
    if root not in ("story", "collection"):
        msg = f"root must be 'document', 'story' or 'collection', not {root!r}"
        raise ValueError(msg)
    target = "#/$defs/StoryDocument" if root == "story" else _ref(Collection)
    out = {k: v for k, v in schema.items() if k != "oneOf"}
    out["$id"] = f"urn:rewardkit:{root}:{SCHEMA_VERSION}"
    out["$ref"] = target
    return copy.deepcopy(out)
