"""
Reading and writing story documents: the JSON wire format of SPEC sections 4, 4a and 7.

:func:`loads` and :func:`load` read a story or a collection, :func:`iter_jsonl` streams a JSON
Lines file, :func:`dumps` and :func:`dump` write. Loading is strict and reports *every* problem
of a document at once, as a :class:`~rewardkit.LoadError` whose findings carry JSON Pointer
paths. How documents are decoded is an implementation detail behind these functions.

The cattrs converter behind them is built by :func:`make_converter`; the module-level
:data:`converter` is one such converter for your own use (the load and dump functions use
a private one, so changing it cannot change how rewardkit reads files).
"""

from __future__ import annotations

import difflib
import enum
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import IO, Any, TypeVar, overload

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from . import _decode, _fastload
from ._rfc3339 import format_timestamp, parse_timestamp
from ._validators import Check, describe, has_lone_surrogate
from .exceptions import FieldError, FieldTypeError, LoadError
from .findings import Finding, Severity, format_pointer
from .story import (
    MODEL_CLASSES,
    Collection,
    Deidentification,
    Story,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "JsonlLine",
    "configure_converter",
    "converter",
    "dump",
    "dumps",
    "iter_jsonl",
    "load",
    "loads",
    "make_converter",
]

#: Documents nested deeper than this are rejected (``max_depth`` changes it).
DEFAULT_MAX_DEPTH = _decode.DEFAULT_MAX_DEPTH
#: Documents (and JSON Lines lines) larger than this many bytes are rejected.
DEFAULT_MAX_BYTES = _decode.DEFAULT_MAX_BYTES

# Fields written even when they hold their default value.
_ALWAYS_WRITTEN = {
    (Story, "schema_version"),
    (Collection, "schema_version"),
    (Deidentification, "method"),
}

T = TypeVar("T")
Document = Story | Collection

# ---------------------------------------------------------------------------------------------
# The converter


def _null_or_type(value: object, expected: str) -> FieldTypeError:
    if value is None:
        return FieldTypeError(f"must not be null (expected {expected})")
    return FieldTypeError(f"expected {expected}, got {describe(value)}")


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _null_or_type(value, "a string")
    if has_lone_surrogate(value):
        raise FieldError("contains a lone surrogate, which is not valid Unicode")
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise _null_or_type(value, "an integer")


def _structure_float(value: object, _: type) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise _null_or_type(value, "a number")


def _structure_datetime(value: object, _: type) -> datetime:
    if type(value) is not str:
        raise _null_or_type(value, "an RFC 3339 timestamp string")
    try:
        return parse_timestamp(value)
    except ValueError as e:
        raise FieldError(str(e)) from None


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    from ._validators import allowed  # noqa: PLC0415 - tiny helper, kept beside the validators

    if type(value) is not str:
        raise _null_or_type(value, f"one of {allowed(cls)}")
    try:
        return cls(value)
    except ValueError:
        raise FieldError(f"must be one of {allowed(cls)}") from None


def _is_homogeneous_tuple(t: Any) -> bool:
    args = getattr(t, "__args__", None)
    return (
        getattr(t, "__origin__", None) is tuple
        and args is not None
        and len(args) == 2
        and (args[1] is Ellipsis)
    )


def _make_tuple_hook(
    c: cattrs.Converter,
) -> Callable[[Any], Callable[[object, type], tuple[Any, ...]]]:
    def factory(t: Any) -> Callable[[object, type], tuple[Any, ...]]:
        item_type = t.__args__[0]
        item_hook = c.get_structure_hook(item_type)

        def hook(value: object, _: type) -> tuple[Any, ...]:
            if type(value) is not list and type(value) is not tuple:
                raise _null_or_type(value, "an array")
            out: list[Any] = []
            errors: list[Exception] = []
            for i, item in enumerate(value):
                try:
                    out.append(item_hook(item, item_type))
                except Exception as e:  # noqa: BLE001 - collected and reported with a path
                    e.__notes__ = [
                        *getattr(e, "__notes__", []),
                        IterableValidationNote(f"Structuring item {i}", i, item_type),
                    ]
                    errors.append(e)
            if errors:
                raise IterableValidationError("array items are invalid", errors, t)
            return tuple(out)

        return hook

    return factory


def _structure_mapping(value: object, _: type) -> dict[str, Any]:
    if type(value) is not dict:
        raise _null_or_type(value, "an object")
    return value


def _field_checks(a: attrs.Attribute[Any]) -> list[Check]:
    validator = a.validator
    inner = getattr(validator, "_validators", None)
    validators = list(inner) if inner is not None else [validator]
    return [x for x in validators if isinstance(x, Check)]


def _checked(base: Callable[[Any, Any], Any], checks: list[Check]) -> Callable[[Any, Any], Any]:
    def hook(value: Any, t: Any) -> Any:
        result = base(value, t)
        for check in checks:
            check.check(result)
        return result

    return hook


def _make_class_hook(c: cattrs.Converter, cls: type[Any]) -> Callable[[object, type], Any]:
    overrides: dict[str, Any] = {}
    for a in attrs.fields(cls):
        checks = _field_checks(a)
        if checks and a.type is not None:
            overrides[a.name] = override(struct_hook=_checked(c.get_structure_hook(a.type), checks))
    base = make_dict_structure_fn(
        cls, c, _cattrs_forbid_extra_keys=True, _cattrs_detailed_validation=True, **overrides
    )
    fields = attrs.fields(cls)
    optional = frozenset(a.name for a in fields if a.default is not attrs.NOTHING)

    def hook(value: object, _: type) -> Any:
        if type(value) is not dict:
            raise _null_or_type(value, "an object")
        if None in value.values():  # null stands for "absent" in an optional field
            value = {k: x for k, x in value.items() if x is not None or k not in optional}
        try:
            return base(value, cls)
        except ClassValidationError as e:
            only = e.exceptions[0]
            if (
                len(e.exceptions) == 1
                and isinstance(only, FieldError)
                and not hasattr(only, "__notes__")
            ):
                # Every field is fine on its own, but a rule across fields failed in
                # ``__init__``. Collect all of them, not only the first one raised.
                raise _cross_field_errors(c, cls, fields, value) from None
            raise

    return hook


def _cross_field_errors(
    c: cattrs.Converter, cls: type, fields: Any, value: dict[str, Any]
) -> ClassValidationError:
    inst: Any = object.__new__(cls)
    for a in fields:
        if a.name in value and value[a.name] is not None:
            field_value = c.structure(value[a.name], a.type)
        else:
            default = a.default
            if default is attrs.NOTHING:
                field_value = None
            elif hasattr(default, "factory"):
                field_value = default.factory()
            else:
                field_value = default
        object.__setattr__(inst, a.name, field_value)
    errors: list[Exception] = []
    for a in fields:
        if a.validator is None:
            continue
        try:
            a.validator(inst, a, getattr(inst, a.name))
        except FieldError as e:
            e.field = a.name
            errors.append(e)
    return ClassValidationError(f"While structuring {cls.__name__}", errors, cls)


def _make_unstructure_hook(c: cattrs.Converter, cls: type) -> Callable[[Any], dict[str, Any]]:
    overrides: dict[str, Any] = {
        a.name: override(omit_if_default=False)
        for a in attrs.fields(cls)
        if (cls, a.name) in _ALWAYS_WRITTEN
    }
    fn: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
        cls, c, _cattrs_omit_if_default=True, **overrides
    )
    order = [a.name for a in attrs.fields(cls)]
    if cls is not Collection:

        def ordered(value: Any) -> dict[str, Any]:
            d = fn(value)
            return {k: d[k] for k in order if k in d}

        return ordered
    story_hook = c.get_unstructure_hook(Story)

    def collection(value: Collection) -> dict[str, Any]:
        stories = []
        for story in value.stories:
            d = story_hook(story)
            del d["schema_version"]  # the collection's own version stands for its stories
            stories.append(d)
        return {"schema_version": value.schema_version, "stories": stories}

    return collection


def configure_converter(c: cattrs.Converter) -> None:
    """
    Configure *c* for rewardkit's JSON wire format.

    The choices, each of which the wire format needs:

    - strict scalars: a string is only a ``str``, an integer an ``int`` (or an integral
      float), a number an ``int`` or ``float``; ``bool`` is never a number and nothing is
      coerced (cattrs would turn ``5`` into ``"5"``);
    - arrays must be arrays (cattrs would split a string into letters) and become tuples;
    - objects must be objects, with no unknown keys, every problem collected with its path;
    - timestamps are RFC 3339 strings with a zone, written back with ``Z`` for UTC;
    - enums by value;
    - on output, fields that hold their default are left out, except ``schema_version`` and
      ``deidentification.method``; key order follows the models (SPEC section 4);
    - ``extensions`` is kept as it is.

    Args:
        c: A converter made with ``detailed_validation=True`` (the default).

    .. versionadded:: 0.1.0
    """
    c.register_structure_hook(str, _structure_str)
    c.register_structure_hook(int, _structure_int)
    c.register_structure_hook(float, _structure_float)
    c.register_structure_hook(datetime, _structure_datetime)
    # StrEnum subclasses str: register it by name so that the strict str hook doesn't win.
    c.register_structure_hook(enum.Enum, _structure_enum)
    c.register_structure_hook(enum.StrEnum, _structure_enum)
    c.register_structure_hook_factory(_is_homogeneous_tuple, _make_tuple_hook(c))
    c.register_structure_hook_func(lambda t: t == Mapping[str, Any], _structure_mapping)
    c.register_unstructure_hook(datetime, format_timestamp)
    c.register_unstructure_hook_func(lambda t: t == Mapping[str, Any], dict)
    for cls in MODEL_CLASSES:
        attrs.resolve_types(cls)
    for cls in MODEL_CLASSES:
        c.register_structure_hook(cls, _make_class_hook(c, cls))
        c.register_unstructure_hook(cls, _make_unstructure_hook(c, cls))


def make_converter() -> cattrs.Converter:
    """
    Make a new cattrs converter configured for the wire format.

    Returns:
        A converter that you may customise without affecting anybody else.

    .. versionadded:: 0.1.0
    """
    c = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
    configure_converter(c)
    return c


#: A converter configured for the wire format, for your own ``structure``/``unstructure``
#: calls. rewardkit's load and dump functions do not use it.
converter = make_converter()
_CONVERTER = make_converter()

# ---------------------------------------------------------------------------------------------
# Errors to findings


def _schema(path: tuple[str | int, ...], message: str) -> Finding:
    return Finding(
        rule="schema", severity=Severity.ERROR, path=format_pointer(path), message=message
    )


def _wire_name(cls: type) -> str:
    return {Story: "a story", Collection: "a collection"}.get(cls, f"'{cls.__name__.lower()}'")


def _findings(exc: BaseException, prefix: tuple[str | int, ...]) -> Iterator[Finding]:
    if isinstance(exc, ClassValidationError):
        with_notes, others = exc.group_exceptions()
        for sub, note in with_notes:
            yield from _findings(sub, (*prefix, note.name))
        for sub in others:
            yield from _findings(sub, prefix)
    elif isinstance(exc, IterableValidationError):
        with_index, others = exc.group_exceptions()
        for sub, inote in with_index:
            yield from _findings(sub, (*prefix, inote.index))
        for sub in others:  # pragma: no cover - every item error carries its index
            yield from _findings(sub, prefix)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = [a.name for a in attrs.fields(exc.cl)]
        for key in sorted(exc.extra_fields):
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; allowed: {', '.join(known)}"
            yield _schema((*prefix, key), f"unknown key {key!r} in {_wire_name(exc.cl)}{hint}")
    elif isinstance(exc, KeyError):
        name = prefix[-1] if prefix else "?"
        yield _schema(prefix, f"the required field {name!r} is missing")
    elif isinstance(exc, FieldError):
        field = (exc.field,) if exc.field is not None else ()
        yield _schema((*prefix, *field, *exc.path), exc.message)
    else:  # pragma: no cover - the hooks above raise only the errors handled here
        yield _schema(prefix, f"could not be read ({type(exc).__name__})")


def _json_invalid(problem: _decode.DecodeProblem) -> Finding:
    path = None if problem.path is None else format_pointer(problem.path)
    return Finding(
        rule="json-invalid",
        severity=Severity.ERROR,
        path=path,
        message=f"the document {problem.message}",
        line=problem.line,
    )


def _structure(raw: object, cls: type[Story | Collection]) -> Story | Collection:
    try:
        return _CONVERTER.structure(raw, cls)
    except (ClassValidationError, FieldError) as e:
        raise LoadError(list(_findings(e, ()))) from None


def _structure_document(raw: object, into: type[Story | Collection] | None) -> Document:
    """Structure a decoded document, raising one LoadError with every problem."""
    if type(raw) is not dict:
        raise LoadError([_schema((), f"the document must be an object, not {describe(raw)}")])
    cls: type[Story | Collection] = Collection if "stories" in raw else Story
    findings: list[Finding] = []
    if into is not None and cls is not into:
        raise LoadError([_schema((), f"expected {_wire_name(into)}, found {_wire_name(cls)}")])
    if raw.get("schema_version") is None:
        findings.append(
            _schema(
                ("schema_version",),
                "the required field 'schema_version' is missing"
                if "schema_version" not in raw
                else "must not be null",
            )
        )
    try:
        doc = _structure(raw, cls)
    except LoadError as e:
        findings.extend(e.findings)
        raise LoadError(findings) from None
    if findings:
        raise LoadError(findings)
    return doc


# ---------------------------------------------------------------------------------------------
# Public functions


@overload
def loads(
    data: str | bytes, *, into: None = ..., max_depth: int = ..., max_bytes: int = ...
) -> Story | Collection: ...
@overload
def loads(
    data: str | bytes, *, into: type[Story], max_depth: int = ..., max_bytes: int = ...
) -> Story: ...
@overload
def loads(
    data: str | bytes, *, into: type[Collection], max_depth: int = ..., max_bytes: int = ...
) -> Collection: ...


def loads(
    data: str | bytes,
    *,
    into: type[Story | Collection] | None = None,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Story | Collection:
    """
    Load a story or a collection from JSON text or UTF-8 bytes.

    Args:
        data: One JSON document: a story, or ``{"schema_version": ..., "stories": [...]}``.
        into: :class:`~rewardkit.Story` or :class:`~rewardkit.Collection` to require that
            kind of document; ``None`` accepts either.
        max_depth: The deepest nesting accepted.
        max_bytes: The largest document accepted, in bytes.

    Returns:
        The story or collection.

    Raises:
        LoadError: with every problem in the document (rules ``json-invalid`` and
            ``schema``), each with a JSON Pointer path.

    .. versionadded:: 0.1.0
    """
    # A plainly valid document takes the fast path; anything else (and any error) is
    # decided and explained by the detailed path below.
    fast = _fastload.try_loads(data, into, max_depth, max_bytes)
    if fast is not None:
        return fast
    return _loads_detailed(data, into, max_depth, max_bytes)


def _loads_detailed(
    data: str | bytes,
    into: type[Story | Collection] | None,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Story | Collection:
    """Load with every check in pure Python, collecting every problem; what ``loads`` trusts."""
    try:
        if isinstance(data, str):
            raw = _decode.decode_str(data, max_depth=max_depth, max_bytes=max_bytes)
        else:
            raw = _decode.decode_bytes(bytes(data), max_depth=max_depth, max_bytes=max_bytes)
    except _decode.DecodeError as e:
        raise _with_lines(LoadError([_json_invalid(p) for p in e.problems]), data) from None
    try:
        return _structure_document(raw, into)
    except LoadError as e:
        raise _with_lines(e, data) from None


def _with_lines(error: LoadError, data: str | bytes) -> LoadError:
    """Add the line of each finding's path, where the text shows it."""
    pointers: list[str | None] = [
        f.path for f in error.findings if f.path is not None and f.line is None
    ]
    if not pointers:
        return error
    from ._locate import locate_lines  # noqa: PLC0415 - only on the error path

    placed = dict(zip(pointers, locate_lines(data, list(pointers)), strict=True))
    return LoadError(
        [
            f if f.path is None or f.line is not None else attrs.evolve(f, line=placed[f.path])
            for f in error.findings
        ]
    )


def _unstructure(obj: Story | Collection) -> dict[str, Any]:
    if not isinstance(obj, Story | Collection):  # for untyped callers
        msg = f"expected a Story or a Collection, got {type(obj).__name__}"  # type: ignore[unreachable]
        raise TypeError(msg)
    result: dict[str, Any] = _CONVERTER.unstructure(obj)
    return result


def dumps(obj: Story | Collection, *, indent: int | None = None) -> str:
    """
    Write a story or a collection as JSON text.

    The output is deterministic: keys in the order of SPEC section 4, fields holding their
    default left out (``schema_version`` and ``deidentification.method`` are always written),
    non-ASCII characters as they are, ``extensions`` verbatim.

    Args:
        obj: What to write.
        indent: Indent nested levels by this many spaces; ``None`` writes one compact line.

    Returns:
        The JSON text.

    .. versionadded:: 0.1.0
    """
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(
        _unstructure(obj), ensure_ascii=False, indent=indent, separators=separators, allow_nan=False
    )


def _name_of(file: IO[Any]) -> str | None:
    name = getattr(file, "name", None)
    return name if isinstance(name, str) else None


def _located(e: LoadError, file: str | None) -> LoadError:
    return LoadError([f.located(file=file) for f in e.findings])


def load(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Story | Collection:
    """
    Load a story or a collection from a file.

    A ``.jsonl`` file is read as JSON Lines into a :class:`~rewardkit.Collection`; any other
    file holds one JSON document.

    Args:
        source: A path, or a binary file opened for reading (read as one JSON document).
        max_depth: The deepest nesting accepted.
        max_bytes: The largest document (or line) accepted, in bytes.

    Returns:
        The story or collection.

    Raises:
        LoadError: with every problem found, each naming the file (and the line for JSON
            Lines and for syntax errors).
        OSError: the file cannot be read.

    .. versionadded:: 0.1.0
    """
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if path.suffix.lower() == ".jsonl":
            return _load_jsonl(path, max_depth=max_depth, max_bytes=max_bytes)
        name: str | None = str(path)
        data = path.read_bytes()
    else:
        name = _name_of(source)
        data = source.read(max_bytes + 1)
    try:
        return loads(data, max_depth=max_depth, max_bytes=max_bytes)
    except LoadError as e:
        raise _located(e, name) from None


def _load_jsonl(path: Path, *, max_depth: int, max_bytes: int) -> Collection:
    stories: list[Story] = []
    findings: list[Finding] = []
    for line in iter_jsonl(path, max_depth=max_depth, max_bytes=max_bytes):
        if line.error is not None:
            findings.extend(line.error.findings)
        elif line.story is not None:
            stories.append(line.story)
    if findings:
        raise LoadError(findings)
    return Collection(stories=tuple(stories))


def dump(
    obj: Story | Collection, target: str | os.PathLike[str] | IO[bytes], *, indent: int | None = 2
) -> None:
    """
    Write a story or a collection to a file as UTF-8 JSON.

    A path ending in ``.jsonl`` gets a collection as JSON Lines, one story per line.

    Args:
        obj: What to write.
        target: A path, or a binary file opened for writing.
        indent: Indent for ``.json`` output; ``None`` for one compact line.

    .. versionadded:: 0.1.0
    """
    if isinstance(target, str | os.PathLike) and Path(target).suffix.lower() == ".jsonl":
        stories = obj.stories if isinstance(obj, Collection) else (obj,)
        with Path(target).open("w", encoding="utf-8", newline="\n") as f:
            for story in stories:
                f.write(dumps(story))
                f.write("\n")
        return
    text = dumps(obj, indent=indent) + "\n"
    if isinstance(target, str | os.PathLike):
        Path(target).write_text(text, encoding="utf-8", newline="\n")
    else:
        target.write(text.encode("utf-8"))


@attrs.frozen(kw_only=True)
class JsonlLine:
    """
    One non-blank line of a JSON Lines file, as :func:`iter_jsonl` yields it.

    Exactly one of :attr:`story` and :attr:`error` is set.

    Attributes:
        line: The 1-based physical line number.
        story: The story the line holds, when it is valid.
        error: Why the line could not be loaded, when it is not; its findings name the file
            and line.

    .. versionadded:: 0.1.0
    """

    line: int
    story: Story | None = None
    error: LoadError | None = None

    @property
    def ok(self) -> bool:
        """Whether the line held a valid story."""
        return self.error is None


_BLANK = b" \t\r\n"
_BLANK_BYTES = frozenset(_BLANK)


def iter_jsonl(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[JsonlLine]:
    """
    Stream the stories of a JSON Lines file, one line at a time, in constant memory.

    Blank lines (empty, or only spaces and tabs) are skipped. Each other line is decoded and
    checked on its own: a bad line yields a :class:`JsonlLine` with an ``error`` and never
    stops the lines after it. A line longer than *max_bytes* is skipped without being held in
    memory, and reported.

    Args:
        source: A path, or a binary file opened for reading.
        max_depth: The deepest nesting accepted in a line.
        max_bytes: The longest line accepted, in bytes.

    Yields:
        One :class:`JsonlLine` per non-blank line, in file order.

    .. versionadded:: 0.1.0
    """
    if isinstance(source, str | os.PathLike):
        with Path(source).open("rb") as f:
            yield from _iter_lines(f, str(source), max_depth=max_depth, max_bytes=max_bytes)
    else:
        yield from _iter_lines(source, _name_of(source), max_depth=max_depth, max_bytes=max_bytes)


def _iter_lines(
    f: IO[bytes], name: str | None, *, max_depth: int, max_bytes: int
) -> Iterator[JsonlLine]:
    number = 0
    while True:
        raw = f.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                raw = f.readline(io.DEFAULT_BUFFER_SIZE)
            error = LoadError(
                [
                    Finding(
                        rule="json-invalid",
                        severity=Severity.ERROR,
                        path=None,
                        file=name,
                        line=number,
                        message=f"the line is longer than the limit of {max_bytes} bytes",
                    )
                ]
            )
            yield JsonlLine(line=number, error=error)
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if (not raw or raw[0] in _BLANK_BYTES) and not raw.strip(_BLANK):
            continue
        story = _fastload.try_loads(raw, Story, max_depth, max_bytes)
        if story is not None:
            yield _valid_line(number, story)
            continue
        try:
            story = _loads_detailed(raw, Story, max_depth, max_bytes)
        except LoadError as e:
            # The physical line replaces any line within the line's own document.
            findings = [attrs.evolve(f, file=name, line=number) for f in e.findings]
            yield JsonlLine(line=number, error=LoadError(findings))
        else:
            yield _valid_line(number, story)


_new = object.__new__
_set_line, _set_story, _set_error = (
    vars(JsonlLine)[name].__set__ for name in ("line", "story", "error")
)


def _valid_line(number: int, story: Story | Collection) -> JsonlLine:
    """``JsonlLine(line=number, story=story)``, built without the frozen class's checks."""
    result = _new(JsonlLine)
    _set_line(result, number)
    _set_story(result, story)
    _set_error(result, None)
    return result
