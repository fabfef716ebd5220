"""The fast loading path accepts exactly what the detailed path accepts, and builds equal objects."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rewardkit import serialization
from rewardkit.exceptions import LoadError
from rewardkit.serialization import _fastload, _records
from rewardkit.story import (
    Collection,
    ContentWarning,
    DeidMethod,
    DeidStatus,
    NarratorRole,
    PhiCategory,
    RedactionOperator,
    Setting,
    Story,
    TextForm,
)

pytestmark = pytest.mark.skipif(not _fastload.AVAILABLE, reason="msgspec is not installed")

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MAX = serialization.DEFAULT_MAX_BYTES


class Pairs(list[tuple[str, Any]]):
    """A JSON object written key by key, so that a key may appear twice."""


def emit(value: Any, *, indent: bool = False, space: bool = False, ascii_: bool = False) -> str:
    """Write JSON, with the layout variations a file may have."""
    colon = " : " if space else ":"
    sep = ",\n " if indent else ","

    def go(x: Any) -> str:
        if isinstance(x, Pairs | dict):
            items = x if isinstance(x, Pairs) else list(x.items())
            inner = sep.join(json.dumps(k, ensure_ascii=ascii_) + colon + go(v) for k, v in items)
            return "{" + inner + "}"
        if isinstance(x, list | tuple):
            return "[" + sep.join(go(v) for v in x) + "]"
        if isinstance(x, RawJson):
            return x.text
        return json.dumps(x, ensure_ascii=ascii_)

    return go(value)


class RawJson:
    """Text placed verbatim in the output (NaN, a lone surrogate escape, ...)."""

    def __init__(self, text: str) -> None:
        self.text = text


# -- valid documents ---------------------------------------------------------------------------

text_chars = st.characters(codec="utf-8", exclude_categories=("Cs",))
free_text = st.text(text_chars, max_size=30)
colon_text = st.one_of(free_text, st.sampled_from([":", '":', 'a":b', "\\:", "\u003a:x", ' " : ']))
non_empty = st.one_of(colon_text, st.just("x")).filter(bool)
ids = st.from_regex(r"\A[A-Za-z0-9._:-]{1,20}\Z")
timestamps = st.sampled_from(
    [
        "2024-03-14T18:22:00Z",
        "2024-03-14t18:22:00z",
        "2024-02-29T23:59:59.123456789+05:30",
        "2023-12-31T00:00:00-00:00",
        "0001-01-01T00:00:00.5Z",
        "2024-03-14T18:22:00+00:00",
        "2024-03-14T18:22:00.1-11:59",
    ]
)
offsets = st.integers(0, 10_000)
json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    colon_text,
)
json_values = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(colon_text, inner, max_size=3)
    ),
    max_leaves=8,
)


def optional(d: dict[str, Any], key: str, value: Any, draw: Any) -> None:
    choice = draw(st.sampled_from(["absent", "null", "value", "value"]))
    if choice == "null":
        d[key] = None
    elif choice == "value":
        d[key] = value


@st.composite
def spans(draw: Any) -> dict[str, Any]:
    return {"start": draw(offsets), "end": draw(offsets)}


@st.composite
def story_dicts(draw: Any, *, top: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if top or draw(st.booleans()):
        d["schema_version"] = "1.0"
    d["id"] = draw(ids)
    optional(d, "title", draw(colon_text), draw)
    d["text"] = draw(st.one_of(colon_text, st.just("x")).filter(lambda t: t.strip()))
    optional(d, "language", draw(st.sampled_from(["en", "en-GB", "pt-BR", "x-private"])), draw)
    source: dict[str, Any] = {"platform": draw(st.from_regex(r"\A[a-z0-9][a-z0-9._-]{0,8}\Z"))}
    optional(source, "community", draw(non_empty), draw)
    optional(source, "url", draw(st.sampled_from(["https://a.example/x:1", "http://h"])), draw)
    optional(source, "posted_at", draw(timestamps), draw)
    optional(source, "retrieved_at", draw(timestamps), draw)
    optional(source, "text_form", draw(st.sampled_from([m.value for m in TextForm])), draw)
    d["source"] = source
    narrator: dict[str, Any] = {"role": draw(st.sampled_from([m.value for m in NarratorRole]))}
    optional(narrator, "setting", draw(st.sampled_from([m.value for m in Setting])), draw)
    optional(d, "narrator", narrator, draw)
    themes = []
    for _ in range(draw(st.integers(0, 3))):
        t: dict[str, Any] = {"theme": draw(non_empty)}
        optional(t, "coder", draw(non_empty), draw)
        optional(t, "evidence", draw(st.lists(spans(), max_size=3)), draw)
        optional(t, "confidence", draw(st.one_of(st.floats(0, 1), st.integers(0, 1))), draw)
        themes.append(t)
    optional(d, "themes", themes, draw)
    optional(d, "coded_by", draw(st.lists(non_empty, max_size=3, unique=True)), draw)
    warnings = draw(st.lists(st.sampled_from([m.value for m in ContentWarning]), unique=True))
    optional(d, "content_warnings", warnings, draw)
    status = draw(st.sampled_from([m.value for m in DeidStatus]))
    deid: dict[str, Any] = {"status": status}
    optional(deid, "method", draw(st.sampled_from([m.value for m in DeidMethod])), draw)
    redactions = [
        {
            "start": draw(offsets),
            "end": draw(offsets),
            "category": draw(st.sampled_from([m.value for m in PhiCategory])),
            "operator": draw(st.sampled_from([m.value for m in RedactionOperator])),
            "replacement": draw(colon_text),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    optional(deid, "redactions", redactions, draw)
    if status == "reviewed":
        deid["reviewed_by"] = draw(non_empty)
        deid["reviewed_at"] = draw(timestamps)
    d["deidentification"] = deid
    ext = draw(st.dictionaries(st.from_regex(r"\A[a-z][a-z0-9-]{0,5}\Z"), json_values, max_size=2))
    optional(d, "extensions", ext, draw)
    return d


@st.composite
def documents(draw: Any) -> Any:
    if draw(st.integers(0, 4)) == 0:
        stories = draw(st.lists(story_dicts(top=False), max_size=3))
        return {"schema_version": "1.0", "stories": stories}
    return draw(story_dicts())


# -- mutations ---------------------------------------------------------------------------------

BAD_STRINGS = [
    "",
    " ",
    "bad id!",
    "UPPER",
    "en_GB",
    "ftp://x",
    "https://",
    "2024-03-14 18:22:00Z",
    "2024-03-14T18:22Z",
    "2024-03-14T18:22:00",
    "2024-02-30T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "2024-03-14T18:22:60Z",
    "2024-03-14T24:00:00Z",
    "0000-01-01T00:00:00Z",
    "2024-03-14T18:22:00+24:00",
    "not-a-member",
    "1.1",
    "x" * 129,
]
BAD_VALUES: list[Any] = [
    True,
    False,
    -1,
    0,
    3,
    5.0,
    1.5,
    -0.5,
    2**64,
    "x",
    [],
    {},
    None,
    [1],
    {"a": 1},
    RawJson("NaN"),
    RawJson("-Infinity"),
    RawJson("1e999"),
    RawJson('"\\ud800"'),
    RawJson('"a\\udc00"'),
    RawJson('"\\u003a"'),
]


# Optional keys and their defaults; a document may spell them out.
DEFAULTS: dict[str, Any] = {
    "schema_version": "1.0",
    "title": None,
    "language": None,
    "narrator": None,
    "themes": [],
    "coded_by": None,
    "content_warnings": [],
    "extensions": {},
    "community": None,
    "url": None,
    "posted_at": None,
    "retrieved_at": None,
    "text_form": None,
    "setting": None,
    "coder": None,
    "evidence": [],
    "confidence": None,
    "method": "safe_harbor",
    "redactions": [],
    "reviewed_by": None,
    "reviewed_at": None,
}
DEFAULT_VALUES: list[Any] = [None, [], {}, "1.0", "safe_harbor"]


def objects(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    out: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    if isinstance(value, dict):
        out.append((path, value))
        for k, x in value.items():
            out.extend(objects(x, (*path, k)))
    elif isinstance(value, list):
        for i, x in enumerate(value):
            out.extend(objects(x, (*path, i)))
    return out


@st.composite
def mutated(draw: Any) -> Any:
    doc = draw(documents())
    for _ in range(draw(st.integers(1, 2))):
        targets = objects(doc)
        _, obj = draw(st.sampled_from(targets))
        keys = list(obj)
        kind = draw(
            st.sampled_from(["unknown", "delete", "null", "value", "string", "dup", "default"])
        )
        if kind == "unknown":
            name = draw(st.sampled_from(["urll", "Extra", "stories", "a:b", "x", "coder", "end"]))
            obj[name] = draw(st.one_of(json_leaf, st.sampled_from(DEFAULT_VALUES)))
        elif kind == "default":
            # A known key written out with its default value (or null).
            name = draw(st.sampled_from(sorted(DEFAULTS)))
            obj[name] = draw(st.sampled_from([DEFAULTS[name], None]))
        elif not keys:
            continue
        else:
            key = draw(st.sampled_from(keys))
            if kind == "delete":
                del obj[key]
            elif kind == "null":
                obj[key] = None
            elif kind == "value":
                obj[key] = draw(st.sampled_from(BAD_VALUES))
            elif kind == "string":
                obj[key] = draw(st.sampled_from(BAD_STRINGS))
            else:
                pairs = Pairs(obj.items())
                pairs.insert(draw(st.integers(0, len(pairs))), (key, draw(json_leaf)))
                # Replace the object in its parent by the version with a duplicate key.
                replace(doc, obj, pairs)
    return doc


def replace(root: Any, old: Any, new: Any) -> None:
    stack = [root]
    while stack:
        x = stack.pop()
        items = list(x.items()) if isinstance(x, dict) else list(enumerate(x))
        for k, v in items:
            if v is old:
                x[k] = new
                return
            if isinstance(v, dict | list):
                stack.append(v)


# -- the property ------------------------------------------------------------------------------


def detailed(data: str | bytes, into: type[Story | Collection] | None) -> Any:
    """Load on the detailed path only."""
    return _records.loads_detailed(data, into)


def same(a: Any, b: Any) -> bool:
    return a == b and serialization.dumps(a) == serialization.dumps(b)


def check_agreement(doc: Any, layout: dict[str, bool], as_bytes: bool, into: Any) -> Any:
    text = emit(doc, **layout)
    data: str | bytes = text.encode("utf-8", errors="surrogatepass") if as_bytes else text
    fast = _fastload.try_loads(data, into, 200, MAX)
    try:
        expected = detailed(data, into)
    except Exception as e:  # noqa: BLE001 - whatever the detailed path does, loads does
        assert fast is None, f"the fast path accepted what the detailed path rejects: {e}"  # noqa: PT017 - compared, not expected
        with pytest.raises(type(e)) as info:
            serialization.loads(data, into=into)
        assert str(info.value) == str(e)  # noqa: PT017 - compared, not expected
        if isinstance(e, LoadError):
            assert info.value.findings == e.findings  # noqa: PT017 - compared, not expected
        return None
    if fast is not None:
        assert same(fast, expected)
    assert same(serialization.loads(data, into=into), expected)
    return fast


layouts = st.fixed_dictionaries(
    {"indent": st.booleans(), "space": st.booleans(), "ascii_": st.booleans()}
)
intos = st.sampled_from([None, None, Story, Collection])


@SETTINGS
@given(documents(), layouts, st.booleans(), intos)
def test_fast_path_agrees_on_valid_documents(doc, layout, as_bytes, into):
    check_agreement(doc, layout, as_bytes, into)


@SETTINGS
@given(mutated(), layouts, st.booleans(), intos)
def test_fast_path_agrees_on_mutated_documents(doc, layout, as_bytes, into):
    check_agreement(doc, layout, as_bytes, into)


@SETTINGS
@given(documents())
def test_fast_path_takes_plain_valid_documents(doc):
    text = emit(doc)
    result = _fastload.try_loads(text, None, 200, MAX)
    if "\\u003a" in text:  # an escaped colon is sent the detailed way on purpose
        return
    assert result is not None
    assert same(result, detailed(text, None))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda t: t.replace('"id":', '"id":"dup","id":', 1),
        lambda t: t.replace('"platform":', '"platform":"x","platform":', 1),
        lambda t: t.replace('"extensions":{}', '"extensions":{"a":1,"a":2}', 1),
        lambda t: t.replace('"start":', '"start":1,"start":', 1),
        lambda t: "\ufeff" + t,
        lambda t: t.replace('"status":', '"status" :', 1),
    ],
)
def test_rare_byte_level_cases_agree(mutate):
    doc = {
        "schema_version": "1.0",
        "id": "st-1",
        "text": 'She said: "thank you".',
        "source": {"platform": "reddit"},
        "themes": [{"theme": "gratitude", "evidence": [{"start": 0, "end": 3}]}],
        "deidentification": {"status": "raw"},
        "extensions": {},
    }
    text = mutate(json.dumps(doc, separators=(",", ":")))
    fast = _fastload.try_loads(text, None, 200, MAX)
    try:
        expected = detailed(text, None)
    except Exception:  # noqa: BLE001 - any rejection
        assert fast is None
    else:
        assert fast is None or same(fast, expected)


def test_small_depth_limits_take_the_detailed_path():
    text = '{"schema_version":"1.0","id":"a","text":"t","source":{"platform":"p"},"deidentification":{"status":"raw"}}'
    assert _fastload.try_loads(text, None, 3, MAX) is None
    assert _fastload.try_loads(text, None, 200, 10) is None
    assert _fastload.try_loads(text, None, 200, MAX) is not None


def test_non_finite_numbers_never_pass():
    assert not math.isfinite(float("inf"))
    text = '{"schema_version":"1.0","id":"a","text":"t","source":{"platform":"p"},"deidentification":{"status":"raw"},"extensions":{"a":1e999}}'
    assert _fastload.try_loads(text, None, 200, MAX) is None
    with pytest.raises(LoadError):
        serialization.loads(text)


SMALL = {
    "schema_version": "1.0",
    "id": "st-1",
    "text": "They said thank you.",
    "source": {"platform": "forum", "posted_at": "2024-03-14T18:22:00Z"},
    "themes": [{"theme": "gratitude", "evidence": [{"start": 0, "end": 4}]}],
    "deidentification": {
        "status": "redacted",
        "redactions": [
            {"start": 0, "end": 4, "category": "NAME", "operator": "replace", "replacement": "They"}
        ],
    },
}


@pytest.mark.parametrize(
    "mutate",
    [
        # msgspec builds spans and redactions itself and ignores keys it does not know; the
        # key count must still see them.
        lambda t: t.replace('{"start":0,"end":4}', '{"start":0,"end":4,"note":"x"}'),
        lambda t: t.replace('{"start":0,"end":4}', '{"start":0,"end":4,"end":4}'),
        lambda t: t.replace('{"start":0,"end":4}', '{"start":0,"end":4,"a:b":1}'),
        lambda t: t.replace('"operator":', '"extra":null,"operator":'),
        lambda t: t.replace('"operator":', '"category":"DATE","operator":'),
        # Theme assignments are mirrors, which msgspec checks for unknown keys itself.
        lambda t: t.replace('"theme":"gratitude"', '"theme":"gratitude","note":1'),
        lambda t: t.replace('"theme":"gratitude"', '"theme":"x","theme":"gratitude"'),
        lambda t: t.replace(
            '"theme":"gratitude"', '"theme":"gratitude","confidence":null,"confidence":1'
        ),
        # The review fields go with status "reviewed" (checked inline).
        lambda t: t.replace('"status":"redacted"', '"status":"reviewed"'),
        lambda t: t.replace('"status":"redacted"', '"status":"redacted","reviewed_by":"a"'),
    ],
)
def test_unknown_and_duplicate_keys_in_small_objects_never_pass(mutate):
    text = mutate(json.dumps(SMALL, separators=(",", ":")))
    assert text != json.dumps(SMALL, separators=(",", ":"))
    assert _fastload.try_loads(text, None, 200, MAX) is None
    with pytest.raises(LoadError):
        serialization.loads(text)


@pytest.mark.parametrize(
    "stamp",
    [
        "2024-02-30T00:00:00Z",  # no such day
        "2023-02-29T00:00:00Z",  # not a leap year
        "2024-13-01T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "2024-01-01T24:00:00Z",
        "2024-01-01T00:60:00Z",
        "2024-01-01T00:00:61Z",
        "\uff12\uff10\uff12\uff14-01-01T00:00:00Z",  # full-width digits
        "2024-01-01 00:00:00Z",
        "20240101T000000Z",
        "2024-01-01T00:00:00",
        "2024-01-01T00:00:00+0530",
        "2024-01-01T00:00:00.Z",
        "2024-01-01T00:00:00Z ",
    ],
)
def test_timestamps_that_look_plain_agree(stamp):
    doc = json.loads(json.dumps(SMALL))
    doc["source"]["posted_at"] = stamp
    text = json.dumps(doc, separators=(",", ":"))
    fast = _fastload.try_loads(text, None, 200, MAX)
    try:
        expected = detailed(text, None)
    except LoadError:
        assert fast is None
    else:
        assert fast is not None
        assert same(fast, expected)


# Any characters where the digits go, in the two shapes that skip the RFC 3339 expression.
stamp_chars = st.sampled_from("0123456789+-:TZtz .\uff10\u0663a")


@given(
    st.lists(stamp_chars, min_size=14, max_size=14),
    st.sampled_from(["Z", "+", "-"]),
    st.lists(st.sampled_from("0123456789:"), min_size=4, max_size=4),
    st.sampled_from(["", "2024", "1999"]),
)
@SETTINGS
def test_timestamps_of_the_quick_shapes_agree(digits, zone, offset, year):
    chars = iter([*year, *digits])
    shape = "dddd-dd-ddTdd:dd:dd"
    stamp = "".join(next(chars, "0") if c == "d" else c for c in shape)
    stamp += "Z" if zone == "Z" else zone + "".join(offset[:2]) + ":" + "".join(offset[2:])
    test_timestamps_that_look_plain_agree(stamp)


@pytest.mark.parametrize(
    "stamp",
    [
        "2024-01-01T00:00:00+05:30",
        "2024-01-01T00:00:00-00:00",
        "2024-01-01T00:00:00+23:59",
        "2024-01-01T00:00:00+24:00",
        "2024-01-01T00:00:00+05:60",
        "2024-01-01T00:00:00+05:99",
        "2024-02-29T12:00:00-11:00",
        "2023-02-29T12:00:00-11:00",
        "0000-01-01T00:00:00+01:00",
    ],
)
def test_timestamps_with_an_offset_agree(stamp):
    test_timestamps_that_look_plain_agree(stamp)


def test_matched_values_are_remembered_up_to_a_bound():
    loader = _fastload._get_loader()
    build = loader.kinds[Story][1]
    memo = [v for k, v in build.__globals__.items() if k.endswith("_ok")]
    assert memo
    text = json.dumps(SMALL, separators=(",", ":"))
    assert _fastload.try_loads(text, None, 200, MAX) is not None
    assert any(SMALL["id"] in m for m in memo)
    assert all(len(m) <= _fastload._MEMO for m in memo)


def test_the_small_document_takes_the_fast_path():
    text = json.dumps(SMALL, separators=(",", ":"))
    fast = _fastload.try_loads(text, None, 200, MAX)
    assert fast is not None
    assert same(fast, detailed(text, None))
    redaction = fast.deidentification.redactions[0]
    assert type(fast.themes[0].evidence[0]).__name__ == "Span"
    assert type(redaction).__name__ == "Redaction"
    with pytest.raises(AttributeError):
        redaction.start = 1  # type: ignore[misc]


def test_every_model_has_a_twin():
    # The builder sets the slots of a plain twin and then assigns the model's class, which
    # needs identical layouts (a __weakref__ slot would break that on CPython 3.11).
    builder = _fastload._Builder()
    for cls in (Story, Collection, *_fastload.MODEL_CLASSES):
        twin = builder.namespace[builder.twin(cls)]  # raises if the layouts differ
        assert twin.__slots__ == cls.__slots__


def test_generated_code_shows_its_source_in_tracebacks():
    import linecache

    loader = _fastload._get_loader()
    _decoder, build = loader.kinds[Story]
    filename = build.__code__.co_filename
    assert filename.startswith("<rewardkit fast path: build_Story>")
    assert linecache.getline(filename, 1).startswith("def build_Story(s, max_depth):")
