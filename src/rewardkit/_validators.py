"""
Field validators shared by the models and the loader.

Each validator is a small frozen callable with the attrs validator signature
``(instance, attribute, value)``. Its errors are :class:`FieldProblem`, whose messages name
what is wrong without quoting the value, so that they are safe to print.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from ._rfc3339 import TIMESTAMP_PATTERN
from .exceptions import FieldError, FieldTypeError

JsonSchema = dict[str, Any]


def anchored(pattern: str) -> str:
    """
    Anchor a pattern body for JSON Schema so that ECMA-262 and Python read it alike.

    ``$`` alone would let Python's ``re.search`` match before a trailing newline; the
    lookahead closes that gap and is a no-op in ECMA-262.
    """
    return f"^(?:{pattern})$(?!\\n)"


JSON_TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "an array",
    tuple: "an array",
    dict: "an object",
    type(None): "null",
}


def describe(value: object) -> str:
    """Name the JSON type of *value* for a message ("an object", "null", ...)."""
    return JSON_TYPE_NAMES.get(type(value), f"a {type(value).__name__}")


FieldProblem = FieldError
FieldTypeProblem = FieldTypeError


def has_lone_surrogate(text: str) -> bool:
    """Tell whether *text* has a lone surrogate, which UTF-8 cannot encode."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


#: Where a model field keeps its wire rule, and its validators across fields, in attrs metadata.
CHECK_KEY = "rewardkit.check"
ALSO_KEY = "rewardkit.also"


def rule(check: Check, *, also: tuple[Any, ...] = ()) -> dict[str, Any]:
    """
    Make the arguments of :func:`attrs.field` for a model field whose wire rule is *check*.

    Use it as ``attrs.field(default=None, **rule(check))``. The rule validates the field, and
    is kept in the field's metadata, so that the loader, the JSON Schema and the fast path
    read the same rule. *also* are further attrs validators that look across fields
    (``reviewed_by`` needs ``status``).
    """
    return {
        "validator": [check, *also] if also else check,
        "metadata": {CHECK_KEY: check, ALSO_KEY: also},
    }


def check_of(a: attrs.Attribute[Any]) -> Check:
    """Return the wire rule of model field *a*."""
    check: Check = a.metadata[CHECK_KEY]
    return check


def also_of(a: attrs.Attribute[Any]) -> tuple[Any, ...]:
    """Return the validators across fields of model field *a*."""
    also: tuple[Any, ...] = a.metadata.get(ALSO_KEY, ())
    return also


@attrs.frozen
class RequiredWhen:
    """
    A validator across fields: the field is required when *field* is *value*, else not allowed.

    ``reviewed_by`` and ``reviewed_at`` go with status ``reviewed``. Stated as data, so that
    the fast path checks the same thing inline instead of calling it.
    """

    field: str
    value: enum.Enum

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        required = getattr(inst, self.field) is self.value
        if required == (value is None):
            when = f"when {self.field} is {self.value.value!r}"
            e = FieldProblem(f"is required {when}" if required else f"is only allowed {when}")
            e.field = attr.name
            raise e


class Check:
    """Base of the validators: ``check(value)`` raises, ``__call__`` names the field."""

    __slots__ = ()

    def check(self, value: object) -> None:
        """Raise :class:`FieldProblem` if *value* breaks the rule."""
        raise NotImplementedError

    def schema(self, ref: Any) -> JsonSchema:
        """Return the JSON Schema of what the rule allows; *ref* names model classes."""
        raise NotImplementedError

    def __call__(self, inst: object, attr: attrs.Attribute[Any] | None, value: object) -> None:
        try:
            self.check(value)
        except FieldProblem as e:
            if attr is not None:
                e.field = attr.name
            raise


@attrs.frozen
class InstanceOf(Check):
    """Check that a value is an instance of a model class."""

    cls: type

    def schema(self, ref: Any) -> JsonSchema:
        return {"$ref": ref(self.cls)}

    def check(self, value: object) -> None:
        if not isinstance(value, self.cls):
            raise FieldTypeProblem(f"expected {self.cls.__name__}, got {describe(value)}")


@attrs.frozen
class String(Check):
    """Check a string: type, valid Unicode, length, pattern, not blank."""

    pattern: str | None = None
    min_length: int = 0
    max_length: int | None = None
    non_blank: bool = False
    pattern_hint: str = ""
    _compiled: re.Pattern[str] | None = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        compiled = re.compile(self.pattern) if self.pattern is not None else None
        object.__setattr__(self, "_compiled", compiled)

    def schema(self, ref: Any) -> JsonSchema:
        out: JsonSchema = {"type": "string"}
        if self.min_length:
            out["minLength"] = self.min_length
        if self.max_length is not None:
            out["maxLength"] = self.max_length
        if self.pattern is not None:
            out["pattern"] = anchored(self.pattern)
        elif self.non_blank:
            out["pattern"] = "\\S"
        return out

    def check(self, value: object) -> None:
        if not isinstance(value, str):
            raise FieldTypeProblem(f"expected a string, got {describe(value)}")
        if has_lone_surrogate(value):
            raise FieldProblem("contains a lone surrogate, which is not valid Unicode")
        if len(value) < self.min_length:
            raise FieldProblem(
                "must not be empty"
                if self.min_length == 1
                else f"must be at least {self.min_length} characters long"
            )
        if self.max_length is not None and len(value) > self.max_length:
            raise FieldProblem(f"must be at most {self.max_length} characters long")
        if self.non_blank and not value.strip():
            raise FieldProblem("must not be empty or only whitespace")
        if self._compiled is not None and self._compiled.fullmatch(value) is None:
            raise FieldProblem(f"must be {self.pattern_hint}")


@attrs.frozen
class Integer(Check):
    """Check a non-negative integer (``bool`` is not an integer here)."""

    minimum: int = 0

    def schema(self, ref: Any) -> JsonSchema:
        return {"type": "integer", "minimum": self.minimum}

    def check(self, value: object) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            raise FieldTypeProblem(f"expected an integer, got {describe(value)}")
        if value < self.minimum:
            raise FieldProblem(f"must be {self.minimum} or more")


@attrs.frozen
class Number(Check):
    """Check a finite number in a closed range (``bool`` is not a number here)."""

    minimum: float
    maximum: float

    def schema(self, ref: Any) -> JsonSchema:
        return {"type": "number", "minimum": self.minimum, "maximum": self.maximum}

    def check(self, value: object) -> None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise FieldTypeProblem(f"expected a number, got {describe(value)}")
        if not math.isfinite(value) or not self.minimum <= value <= self.maximum:
            raise FieldProblem(f"must be between {self.minimum:g} and {self.maximum:g}")


@attrs.frozen
class Member(Check):
    """Check a member of an enum, listing the allowed values."""

    enum_type: type[enum.Enum]

    def schema(self, ref: Any) -> JsonSchema:
        return {"enum": [m.value for m in self.enum_type]}

    def check(self, value: object) -> None:
        if not isinstance(value, self.enum_type):
            raise FieldProblem(f"must be one of {allowed(self.enum_type)}")


def allowed(enum_type: type[enum.Enum]) -> str:
    """List an enum's values for a message: ``'a', 'b' or 'c'``."""
    values = [repr(m.value) for m in enum_type]
    return ", ".join(values[:-1]) + f" or {values[-1]}" if len(values) > 1 else values[0]


@attrs.frozen
class Const(Check):
    """Check that a value is exactly one string."""

    value: str

    def schema(self, ref: Any) -> JsonSchema:
        return {"const": self.value}

    def check(self, value: object) -> None:
        if not isinstance(value, str):
            raise FieldTypeProblem(f"expected a string, got {describe(value)}")
        if value != self.value:
            raise FieldProblem(f"must be {self.value!r}")


@attrs.frozen
class Timestamp(Check):
    """Check an aware datetime."""

    def schema(self, ref: Any) -> JsonSchema:
        return {"type": "string", "format": "date-time", "pattern": anchored(TIMESTAMP_PATTERN)}

    def check(self, value: object) -> None:
        if not isinstance(value, datetime):
            raise FieldTypeProblem(f"expected a timestamp, got {describe(value)}")
        if value.utcoffset() is None:
            raise FieldProblem("must carry a zone (Z or +hh:mm)")


@attrs.frozen
class Optional(Check):
    """Allow ``None`` or what *inner* allows."""

    inner: Check

    def schema(self, ref: Any) -> JsonSchema:
        return {"anyOf": [self.inner.schema(ref), {"type": "null"}]}

    def check(self, value: object) -> None:
        if value is not None:
            self.inner.check(value)


@attrs.frozen
class TupleOf(Check):
    """Check a tuple whose items are all of *item_type*, optionally each at most once."""

    item_type: type | tuple[type, ...]
    unique: bool = False
    item_validator: Check | None = None

    def schema(self, ref: Any) -> JsonSchema:
        if self.item_validator is not None:
            items = self.item_validator.schema(ref)
        elif isinstance(self.item_type, type) and issubclass(self.item_type, enum.Enum):
            items = Member(self.item_type).schema(ref)
        else:
            items = InstanceOf(self.item_type).schema(ref)  # type: ignore[arg-type]
        out: JsonSchema = {"type": "array", "items": items}
        if self.unique:
            out["uniqueItems"] = True
        return out

    def check(self, value: object) -> None:
        if not isinstance(value, tuple):
            raise FieldTypeProblem(f"expected a tuple, got {describe(value)}")
        seen: set[object] = set()
        for i, item in enumerate(value):
            if not isinstance(item, self.item_type):
                raise FieldTypeProblem(f"has an item of the wrong type ({describe(item)})", (i,))
            if self.item_validator is not None:
                try:
                    self.item_validator.check(item)
                except FieldProblem as e:
                    raise type(e)(e.message, (i, *e.path)) from None
            if self.unique:
                if item in seen:
                    raise FieldProblem("lists an item more than once", (i,))
                seen.add(item)


_JSON_SCALARS = (str, int, float, bool, type(None))


def check_json_value(value: object, path: tuple[str | int, ...] = ()) -> None:
    """
    Check that *value* is plain JSON: finite numbers, valid Unicode, string keys.

    Raises:
        FieldProblem: naming where below *value* the problem is.
    """
    stack: list[tuple[object, tuple[str | int, ...]]] = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if has_lone_surrogate(item):
                raise FieldProblem("contains a lone surrogate, which is not valid Unicode", where)
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise FieldProblem("is not a finite number", where)
        elif isinstance(item, Mapping):
            for k, v in item.items():
                if not isinstance(k, str) or has_lone_surrogate(k):
                    raise FieldProblem("has a key that is not a valid string", where)
                stack.append((v, (*where, k)))
        elif isinstance(item, list | tuple):
            stack.extend((v, (*where, i)) for i, v in enumerate(item))
        elif not isinstance(item, _JSON_SCALARS):
            raise FieldTypeProblem(f"is not JSON ({describe(item)})", where)


@attrs.frozen
class Extensions(Check):
    """Check an ``extensions`` object: namespace keys, JSON values."""

    key_pattern: str

    def schema(self, ref: Any) -> JsonSchema:
        return {"type": "object", "propertyNames": {"pattern": anchored(self.key_pattern)}}

    def check(self, value: object) -> None:
        if not isinstance(value, Mapping):
            raise FieldTypeProblem(f"expected an object, got {describe(value)}")
        key_re = re.compile(self.key_pattern)
        for key, item in value.items():
            if not isinstance(key, str) or key_re.fullmatch(key) is None:
                where: tuple[str | int, ...] = (key,) if isinstance(key, str) else ()
                raise FieldProblem(
                    "keys must be namespaces: a lowercase letter, then letters, digits or '-'",
                    where,
                )
            check_json_value(item, (key,))
