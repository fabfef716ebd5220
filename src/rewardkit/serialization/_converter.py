"""
The cattrs converter for the wire format, and how its errors become findings.

:func:`make_converter` builds a converter configured by :func:`configure_converter`; the
document functions use a private one of their own (:data:`CONVERTER`), so that nothing a
caller registers on a converter of theirs changes how rewardkit reads files.
"""

from __future__ import annotations

import difflib
import enum
import functools
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from rewardkit._rfc3339 import format_timestamp, parse_timestamp
from rewardkit._validators import CHECK_KEY, Check, check_of, describe, has_lone_surrogate
from rewardkit.exceptions import FieldError, FieldTypeError, LoadError
from rewardkit.findings import JSON_INVALID, SCHEMA, Finding, Severity, format_pointer
from rewardkit.story import MODEL_CLASSES, Collection, Deidentification, Story

if TYPE_CHECKING:
    from . import _decode

__all__ = [
    "configure_converter",
    "document_converter",
    "json_invalid",
    "make_converter",
    "schema_finding",
    "structure_document",
    "structure_model",
]

# Fields written even when they hold their default value.
_ALWAYS_WRITTEN = {
    (Story, "schema_version"),
    (Collection, "schema_version"),
    (Deidentification, "method"),
}

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
    from rewardkit._validators import allowed  # noqa: PLC0415 - tiny helper, kept beside the validators

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
        checks = [check_of(a)] if CHECK_KEY in a.metadata else []
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


@functools.cache
def document_converter() -> cattrs.Converter:
    """Return the private converter that the document functions use, built on first use."""
    return make_converter()


# ---------------------------------------------------------------------------------------------
# Errors to findings


def schema_finding(path: tuple[str | int, ...], message: str) -> Finding:
    return Finding(rule=SCHEMA, severity=Severity.ERROR, path=format_pointer(path), message=message)


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
            yield schema_finding(
                (*prefix, key), f"unknown key {key!r} in {_wire_name(exc.cl)}{hint}"
            )
    elif isinstance(exc, KeyError):
        name = prefix[-1] if prefix else "?"
        yield schema_finding(prefix, f"the required field {name!r} is missing")
    elif isinstance(exc, FieldError):
        field = (exc.field,) if exc.field is not None else ()
        yield schema_finding((*prefix, *field, *exc.path), exc.message)
    else:  # pragma: no cover - the hooks above raise only the errors handled here
        yield schema_finding(prefix, f"could not be read ({type(exc).__name__})")


def json_invalid(problem: _decode.DecodeProblem) -> Finding:
    path = None if problem.path is None else format_pointer(problem.path)
    return Finding(
        rule=JSON_INVALID,
        severity=Severity.ERROR,
        path=path,
        message=f"the document {problem.message}",
        line=problem.line,
        column=problem.column,
    )


def structure_model(raw: object, cls: type[Story | Collection]) -> Story | Collection:
    """Structure *raw* as *cls*, raising one LoadError with every problem."""
    try:
        return document_converter().structure(raw, cls)
    except (ClassValidationError, FieldError) as e:
        raise LoadError(list(_findings(e, ()))) from None


def structure_document(raw: object, into: type[Story | Collection] | None) -> Story | Collection:
    """Structure a decoded document, raising one LoadError with every problem."""
    if type(raw) is not dict:
        raise LoadError(
            [schema_finding((), f"the document must be an object, not {describe(raw)}")]
        )
    cls: type[Story | Collection] = Collection if "stories" in raw else Story
    findings: list[Finding] = []
    if into is not None and cls is not into:
        raise LoadError(
            [schema_finding((), f"expected {_wire_name(into)}, found {_wire_name(cls)}")]
        )
    if raw.get("schema_version") is None:
        findings.append(
            schema_finding(
                ("schema_version",),
                "the required field 'schema_version' is missing"
                if "schema_version" not in raw
                else "must not be null",
            )
        )
    try:
        doc = structure_model(raw, cls)
    except LoadError as e:
        findings.extend(e.findings)
        raise LoadError(findings) from None
    if findings:
        raise LoadError(findings)
    return doc
