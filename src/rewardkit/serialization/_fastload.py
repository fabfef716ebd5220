"""
The fast loading path: decode straight into typed mirrors, then build the models.

:func:`try_loads` decodes a document into ``msgspec.Struct`` mirrors of the attrs models,
generated once from the models' own validator objects (so the two cannot drift), with
``forbid_unknown_fields`` and the length, range and enum rules as ``msgspec.Meta``
constraints. Generated code then builds the attrs
objects without running their validators again, checking on the way the rules left to it:
patterns (``fullmatch`` costs less than msgspec's anchored search), timestamps, text not
blank, items listed once, the review fields and ``extensions``.

Building is where the time goes, so it avoids the frozen classes' ``__setattr__``: each
object starts as a plain *twin* with the same slots, its fields are set with plain
attribute stores, and then its ``__class__`` becomes the model (CPython allows that between
classes of identical layout, which is why the models have no ``__weakref__`` slot). The
small models whose fields are all required plain values (``Span``, ``Redaction``) are
built by msgspec itself, as slotted attrs twins without validators, that then change class.
Pattern fields remember the values that matched (languages, platforms), and
the two commonest timestamp shapes go straight to ``fromisoformat``.

It never reports an error. Whenever a document is not plainly valid (msgspec rejects it, a
rule fails, or a cheap test of the raw bytes says it might hold something msgspec does not
catch, such as a duplicate key) it returns ``None`` and the caller takes the detailed path,
which decides and explains. The two paths therefore accept the same documents, build equal
objects, and the errors always come from the detailed path.

Duplicate keys are what msgspec does not see (the last value wins), and for the twins it
builds itself, unknown keys too. Outside ``extensions`` every key is a field name, so the
fast path counts the keys it was given and compares the count of keys plus the colons
inside the decoded strings with the number of colons in the raw bytes. Every raw colon is
either a key's separator or a character of a string, so the two counts agree exactly when
every key was consumed once; a duplicate or unknown key makes the raw count larger. A colon
written as a Unicode escape would hide from the raw count, so such documents go the
detailed way. ``extensions`` is taken raw, decoded by msgspec (as strict as the detailed
decoder about numbers and Unicode) and counted the same way.
"""

from __future__ import annotations

import enum
import linecache
import re
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal

import attrs

from rewardkit import _validators as v
from rewardkit._rfc3339 import TIMESTAMP_PATTERN, parse_timestamp
from rewardkit.story import (
    MODEL_CLASSES,
    Collection,
    Story,
)

if TYPE_CHECKING:
    from collections.abc import Callable

import msgspec

_json_decode = msgspec.json.decode
_UNSET = msgspec.UNSET

__all__ = ["AVAILABLE", "loader", "try_loads"]

# The deepest a story document gets outside ``extensions`` (collection, stories, story,
# themes, assignment, evidence, span): below this limit the detailed path decides.
_MIN_DEPTH = 10
# ``extensions`` sits at most this many levels below the document root.
_EXTENSIONS_LEVEL = 3
_BOM = b"\xef\xbb\xbf"


class _Fallback(Exception):  # noqa: N818 - a signal, not an error
    """The fast path cannot vouch for this document."""


# The commonest timestamp shapes are recognised by their separators; the digits and their
# ranges (month, day, leap year, hour...) are ``fromisoformat``'s to check, and it reads them
# exactly as ``parse_timestamp`` does. The full RFC 3339 pattern is a costly expression, so it
# only runs on the other shapes.
_RFC3339 = re.compile(TIMESTAMP_PATTERN).fullmatch
# A colon written as a Unicode escape (it hides from the count of raw colons).
_ESCAPED_COLON = re.compile(rb"\\u003[aA]").search
# How many matching values of each pattern field are remembered.
_MEMO = 1024


def _timestamp(value: str) -> datetime:
    """Convert a timestamp that is not in the commonest shape, or fall back."""
    if _RFC3339(value) is None:
        raise _Fallback
    # ``fromisoformat`` reads a numeric offset exactly as ``parse_timestamp`` does.
    if len(value) == 25 and value[10] == "T" and value[19] in "+-":
        return datetime.fromisoformat(value)
    return parse_timestamp(value)


def _extensions(raw: Any, max_depth: int, key_ok: Callable[[str], Any]) -> tuple[Any, int]:
    """
    Decode a raw ``extensions`` value; return it and the count of its keys and colons.

    msgspec is as strict as the detailed decoder (it rejects non-finite numbers, lone
    surrogates and invalid UTF-8); what it does not see, a duplicate key, shows in the count.
    """
    data = bytes(raw)
    if data in (b"{}", b"null"):
        return {}, 1
    value = _json_decode(data)
    if type(value) is not dict:
        raise _Fallback
    for key in value:
        if key_ok(key) is None:
            raise _Fallback
    return value, 1 + _json_count(value, 0, max_depth - _EXTENSIONS_LEVEL)


def _json_count(value: Any, level: int, limit: int) -> int:
    """Count the keys below *value* and the colons in its strings; fall back when too deep."""
    kind = type(value)
    if kind is str:
        return value.count(":")  # type: ignore[no-any-return]
    if kind is dict:
        if level >= limit:
            raise _Fallback
        n = len(value)
        for key, item in value.items():
            n += key.count(":") + _json_count(item, level + 1, limit)
        return n
    if kind is list:
        if level >= limit:
            raise _Fallback
        return sum(_json_count(item, level + 1, limit) for item in value)
    return 0


def _colon_free(pattern: str | None) -> bool:
    """Tell whether no string matching *pattern* can hold a colon (a conservative test)."""
    if pattern is None or any(c in pattern for c in ":^\\"):
        return False
    return "." not in re.sub(r"\[[^\]]*\]", "", pattern)


class _Builder:
    """Generates the mirror Structs and the functions that turn them into models."""

    def __init__(self) -> None:
        self.structs: dict[type, Any] = {}
        self.builders: dict[type, Callable[..., Any]] = {}
        self.namespace: dict[str, Any] = {
            "_UNSET": msgspec.UNSET,
            "_Fallback": _Fallback,
            "_timestamp": _timestamp,
            "_fromiso": datetime.fromisoformat,
            "_MEMO": _MEMO,
            "_OFFSET_SHAPES": ("--T::+:", "--T::-:"),
            "_extensions": _extensions,
            "_EMPTY_OBJECT": msgspec.Raw(b"{}"),
            "_builders": self.builders,
        }
        for cls in MODEL_CLASSES:
            attrs.resolve_types(cls)
        for cls in MODEL_CLASSES:
            self.struct(cls)
        self.sources: dict[type, str] = {}
        for cls in (Story, Collection):
            self.builder(cls)

    def direct(self, cls: type) -> bool:
        """
        Tell whether msgspec can build *cls* itself, as a twin whose class is then swapped.

        That suits the small models whose fields are all required plain values (``Span``,
        ``Redaction``): nothing is left to convert. A model with optional fields is cheaper
        as a mirror: msgspec looks for every field of an attrs class once decoded, and each
        absent one costs it an exception.
        """
        if cls in (Story, Collection):
            return False
        for a in attrs.fields(cls):
            check = self.check_of(a)
            if self.others_of(a) or a.default is not attrs.NOTHING:
                return False
            if not isinstance(check, v.Integer | v.Number | v.Member | v.Const | v.String):
                return False
            if isinstance(check, v.String) and check.non_blank:
                return False
        return True

    def struct(self, cls: type) -> Any:
        if cls in self.structs:
            return self.structs[cls]
        if self.direct(cls):
            # A slotted attrs class without validators, laid out as *cls*.
            annotations = {a.name: self.type_of(self.check_of(a)) for a in attrs.fields(cls)}
            body: dict[str, Any] = {"__annotations__": annotations, "__module__": __name__}
            twin = attrs.define(
                type(f"_Direct{cls.__name__}", (), body),
                slots=True,
                weakref_slot=False,
                kw_only=True,
            )
            self.structs[cls] = twin
            return twin
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        for a in attrs.fields(cls):
            check = self.check_of(a)
            t = self.type_of(check)
            if isinstance(check, v.Extensions):
                # Raw can't be in a union: absent is an empty Raw, null is b"null".
                fields.append((a.name, t, msgspec.Raw()))
            elif a.default is attrs.NOTHING:
                fields.append((a.name, t))
            else:
                fields.append((a.name, t | None | msgspec.UnsetType, msgspec.UNSET))
        struct = msgspec.defstruct(
            f"_{cls.__name__}Mirror",
            fields,
            kw_only=True,
            forbid_unknown_fields=True,
            gc=False,
        )
        self.structs[cls] = struct
        return struct

    @staticmethod
    def check_of(a: attrs.Attribute[Any]) -> v.Check:
        return v.check_of(a)

    @staticmethod
    def others_of(a: attrs.Attribute[Any]) -> tuple[Any, ...]:
        return v.also_of(a)

    def type_of(self, check: v.Check) -> Any:  # noqa: PLR0911, PLR0912 - a case per kind of rule
        if isinstance(check, v.Optional):
            return self.type_of(check.inner) | None
        if isinstance(check, v.String):
            # The pattern is checked while building: ``fullmatch`` is cheaper than the
            # anchored search msgspec runs.
            meta: dict[str, Any] = {}
            if check.min_length:
                meta["min_length"] = check.min_length
            if check.max_length is not None:
                meta["max_length"] = check.max_length
            return Annotated[str, msgspec.Meta(**meta)] if meta else str
        if isinstance(check, v.Integer):
            return Annotated[int, msgspec.Meta(ge=check.minimum)]
        if isinstance(check, v.Number):
            return Annotated[float, msgspec.Meta(ge=check.minimum, le=check.maximum)]
        if isinstance(check, v.Member):
            return check.enum_type
        if isinstance(check, v.Const):
            return Literal[check.value]
        if isinstance(check, v.Timestamp):
            return str  # checked while building, see ``_timestamp``
        if isinstance(check, v.InstanceOf):
            return self.struct(check.cls)
        if isinstance(check, v.TupleOf):
            item = check.item_type
            if check.item_validator is not None:
                item_t = self.type_of(check.item_validator)
            elif isinstance(item, type) and issubclass(item, enum.Enum):
                item_t = item
            elif isinstance(item, type) and item in MODEL_CLASSES:
                item_t = self.struct(item)
            else:  # pragma: no cover - the models use no other kind of tuple
                raise TypeError(item)
            return tuple[item_t, ...]  # type: ignore[valid-type]
        if isinstance(check, v.Extensions):
            return msgspec.Raw
        raise TypeError(check)  # pragma: no cover - every rule of the models is above

    def value_code(  # noqa: PLR0912 - a case per kind of rule
        self, check: v.Check, x: str, out: list[str], indent: str, level: int
    ) -> None:
        """Emit code that turns the mirror value in variable *x* into the model value."""
        if isinstance(check, v.Optional):
            inner: list[str] = []
            self.value_code(check.inner, x, inner, indent + "    ", level)
            if inner:
                out.append(f"{indent}if {x} is not None:")
                out.extend(inner)
            return
        if isinstance(check, v.String):
            if check.pattern is not None:
                # Values that matched are remembered (up to a bound): languages, platforms and
                # the like repeat from story to story, and a set lookup is cheaper than a match.
                name = f"_match_{len(self.namespace)}"
                self.namespace[name] = re.compile(check.pattern).fullmatch
                self.namespace[f"{name}_ok"] = set()
                out.append(f"{indent}if {x} not in {name}_ok:")
                out.append(f"{indent}    if {name}({x}) is None: raise _Fallback")
                out.append(f"{indent}    if len({name}_ok) < _MEMO: {name}_ok.add({x})")
            if not _colon_free(check.pattern):
                # ``in`` scans with memchr; ``count`` is a slower loop, and most strings
                # hold no colon.
                out.append(f'{indent}if ":" in {x}: n += {x}.count(":")')
            if check.non_blank:
                out.append(f"{indent}if not {x} or {x}.isspace(): raise _Fallback")
        elif isinstance(check, v.Timestamp):
            # The commonest shapes, ``2024-05-01T12:00:00Z`` and ``...00+05:30``, have their
            # separators in fixed places (every third character from the fifth); the digits
            # and their ranges are ``fromisoformat``'s to check, but for the offset's minutes
            # (it would take ``+05:60`` as six hours). Their colons are those separators.
            out.append(f'{indent}if len({x}) == 20 and {x}[4::3] == "--T::Z":')
            out.append(f"{indent}    {x} = _fromiso({x})")
            out.append(f"{indent}    n += 2")
            out.append(
                f'{indent}elif len({x}) == 25 and {x}[4::3] in _OFFSET_SHAPES and {x}[23] < "6":'
            )
            out.append(f"{indent}    {x} = _fromiso({x})")
            out.append(f"{indent}    n += 3")
            out.append(f"{indent}else:")
            out.append(f'{indent}    n += {x}.count(":")')
            out.append(f"{indent}    {x} = _timestamp({x})")
        elif isinstance(check, v.Member):
            if any(":" in str(m.value) for m in check.enum_type):  # pragma: no cover
                raise TypeError(check)
        elif isinstance(check, v.Const):
            if ":" in check.value:  # pragma: no cover
                raise TypeError(check)
        elif isinstance(check, v.InstanceOf):
            self.object_code(check.cls, x, x, out, indent, level + 1)
        elif isinstance(check, v.TupleOf):
            self.tuple_code(check, x, out, indent, level)
        elif isinstance(check, v.Extensions):
            name = f"_key_ok_{id(check)}"
            self.namespace[name] = re.compile(check.key_pattern).fullmatch
            # Absent (an empty Raw) and ``{}`` inline; anything else through ``_extensions``.
            out.append(f"{indent}if {x} == _EMPTY_OBJECT:")
            out.append(f"{indent}    {x} = {{}}")
            out.append(f"{indent}    n += 1")
            out.append(f"{indent}elif {x}:")
            out.append(f"{indent}    {x}, k = _extensions({x}, max_depth, {name})")
            out.append(f"{indent}    n += k")
            out.append(f"{indent}else:")
            out.append(f"{indent}    {x} = {{}}")

    def tuple_code(self, check: v.TupleOf, x: str, out: list[str], indent: str, level: int) -> None:
        """Emit code that turns the mirror tuple in variable *x* into the model value."""
        item = check.item_type
        if isinstance(item, type) and item in MODEL_CLASSES and self.direct(item):
            # msgspec built the twins: count their keys and colons, swap their class.
            y = f"y{level}"
            self.namespace[item.__name__] = item
            fields = attrs.fields(item)
            out.append(f"{indent}n += {len(fields)} * len({x})")
            out.append(f"{indent}for {y} in {x}:")
            for a in fields:
                self.value_code(self.check_of(a), f"{y}.{a.name}", out, indent + "    ", level + 1)
            out.append(f"{indent}    {y}.__class__ = {item.__name__}")
        elif isinstance(item, type) and item in MODEL_CLASSES:
            y, items = f"y{level}", f"items{level}"
            out.append(f"{indent}{items} = []")
            out.append(f"{indent}for {y} in {x}:")
            self.object_code(item, y, y, out, indent + "    ", level + 1)
            out.append(f"{indent}    {items}.append({y})")
            out.append(f"{indent}{x} = tuple({items})")
        elif item is str:
            inner: list[str] = []
            self.value_code(check.item_validator or v.String(), "y", inner, indent + "    ", level)
            if inner:
                out.append(f"{indent}for y in {x}:")
                out.extend(inner)
        if check.unique:
            # Most such lists are short: compare two items directly, build a set for more.
            out.append(
                f"{indent}if len({x}) > 1 and (({x}[0] == {x}[1]) if len({x}) == 2 "
                f"else len(set({x})) != len({x})): raise _Fallback"
            )

    def object_code(  # noqa: PLR0913, PLR0917 - the emitter's context, spelled out
        self, cls: type, src: str, dst: str, out: list[str], indent: str, level: int
    ) -> None:
        """Emit code that builds a *cls* from the mirror in *src* into variable *dst*."""
        fields = attrs.fields(cls)
        name = cls.__name__
        self.namespace[name] = cls
        s, o, x = f"s{level}", f"o{level}", f"x{level}"
        twin = self.twin(cls)
        out.append(f"{indent}{s} = {src}")
        # Calling the twin (it has no ``__init__``) costs less than ``object.__new__(twin)``.
        out.append(f"{indent}{o} = {twin}()")
        out.append(f"{indent}n += {sum(1 for a in fields if a.default is attrs.NOTHING)}")
        post: list[str] = []
        for a in fields:
            check = self.check_of(a)
            out.append(f"{indent}{x} = {s}.{a.name}")
            convert: list[str] = []
            if a.default is attrs.NOTHING or isinstance(check, v.Extensions):
                self.value_code(check, x, out, indent, level)
            else:
                default = self.default_code(cls, a)
                out.append(f"{indent}if {x} is _UNSET:")
                out.append(f"{indent}    {x} = {default}")
                out.append(f"{indent}else:")
                out.append(f"{indent}    n += 1")
                out.append(f"{indent}    if {x} is None:")
                out.append(f"{indent}        {x} = {default}")
                # ``None`` is handled above: convert what is left.
                inner = check.inner if isinstance(check, v.Optional) else check
                self.value_code(inner, x, convert, indent + "        ", level)
                if convert:
                    out.append(f"{indent}    else:")
                    out.extend(convert)
            out.append(f"{indent}{o}.{a.name} = {x}")
            for i, other in enumerate(self.others_of(a)):
                rule, attr = f"_rule_{name}_{a.name}_{i}", f"_attr_{name}_{a.name}"
                if isinstance(other, v.RequiredWhen):  # checked inline: a call costs more
                    when = f"_when_{name}_{a.name}_{i}"
                    self.namespace[when] = other.value
                    post.append(
                        f"{indent}if ({o}.{other.field} is {when}) == ({o}.{a.name} is None):"
                        " raise _Fallback"
                    )
                    continue
                self.namespace[rule] = other
                self.namespace[attr] = a
                post.append(f"{indent}{rule}({o}, {attr}, {o}.{a.name})")
        out.append(f"{indent}{o}.__class__ = {name}")
        out.extend(post)
        out.append(f"{indent}{dst} = {o}")

    def default_code(self, cls: type, a: attrs.Attribute[Any]) -> str:
        """Return an expression for the default of field *a* of *cls*."""
        default_name = f"_default_{cls.__name__}_{a.name}"
        default: Any = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            self.namespace[default_name] = default.factory
            return f"{default_name}()"
        self.namespace[default_name] = default
        return default_name

    def twin(self, cls: type) -> str:
        """
        Name a plain class with the same slots as *cls*, made on first use.

        Setting a slot of a plain object is a single fast instruction, where the frozen
        model's slots can only be set through a call; once its fields are set, the object's
        class becomes the model (``__class__`` assignment, which needs the same layout: a
        model with a different one makes this raise, and the fast path stays off).
        """
        name = f"_Twin{cls.__name__}"
        if name not in self.namespace:
            twin = type(name, (), {"__slots__": cls.__slots__})  # type: ignore[attr-defined]
            probe: Any = object.__new__(twin)
            probe.__class__ = cls  # TypeError if the layouts differ
            self.namespace[name] = twin
        return name

    def builder(self, cls: type) -> None:
        lines = [f"def build_{cls.__name__}(s, max_depth):", "    n = 0"]
        self.object_code(cls, "s", "result", lines, "    ", 0)
        lines.append("    return result, n")
        source = "\n".join(lines) + "\n"
        filename = f"<rewardkit fast path: build_{cls.__name__}>"
        # Register the source so that a traceback through generated code shows its lines.
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        exec(compile(source, filename, "exec"), self.namespace)  # noqa: S102 - generated from the models
        self.builders[cls] = self.namespace[f"build_{cls.__name__}"]
        self.sources[cls] = "\n".join(lines)


class _Loader:
    """The generated decoders and builders, made on first use."""

    def __init__(self) -> None:
        b = _Builder()
        self.kinds: dict[type, tuple[Any, Callable[..., Any]]] = {
            cls: (msgspec.json.Decoder(b.structs[cls]).decode, b.builders[cls])
            for cls in (Story, Collection)
        }


_LOADER: _Loader | None = None

#: Whether the fast path can run: always, now that msgspec is a required dependency.
AVAILABLE = True


def _get_loader() -> _Loader:
    global _LOADER  # noqa: PLW0603 - built once, on first use
    if _LOADER is None:
        _LOADER = _Loader()
    return _LOADER


def _none(_raw: bytes) -> None:
    """The loader when the depth limit is below what the fast path vouches for."""


_LOADERS: dict[tuple[type, int, int], Callable[[bytes], Story | Collection | None]] = {}


def loader(
    into: type[Story | Collection], max_depth: int, max_bytes: int
) -> Callable[[bytes], Story | Collection | None]:
    """
    Return the fast path for one kind of document and limits: bytes in, the model or ``None``.

    A reader of many documents under the same limits (the lines of a JSON Lines file) asks
    once, and then pays for nothing but the load of each. :func:`try_loads` says what it does.
    """
    key = (into, max_depth, max_bytes)
    found = _LOADERS.get(key)
    if found is None:
        if len(_LOADERS) >= _MEMO:  # a bound, for callers that vary their limits
            _LOADERS.clear()
        found = _LOADERS[key] = _make_loader(into, max_depth, max_bytes)
    return found


def _make_loader(
    into: type[Story | Collection], max_depth: int, max_bytes: int
) -> Callable[[bytes], Story | Collection | None]:
    if max_depth < _MIN_DEPTH:
        return _none
    decode, build = _get_loader().kinds[into]

    def load(raw: bytes) -> Story | Collection | None:
        try:
            if len(raw) > max_bytes:
                return None
            if raw.startswith(_BOM):
                raw = raw[3:]
            # ``in`` with one byte is a memchr; most documents hold no backslash at all, and a
            # search for the whole escape costs as much as decoding a fifth of the document.
            if b"\\" in raw and _ESCAPED_COLON(raw) is not None:
                return None  # an escaped colon would hide from the count below
            mirror = decode(raw)
            version = mirror.schema_version
            if version is None or version is _UNSET:
                return None  # a document's own schema_version is required
            result, keys = build(mirror, max_depth)
            if keys != raw.count(b":"):
                return None  # a duplicate key: msgspec kept the last value
        except Exception:  # noqa: BLE001 - any doubt sends the document the detailed way
            return None
        return result  # type: ignore[no-any-return]

    return load


def try_loads(
    data: str | bytes, into: type[Story | Collection] | None, max_depth: int, max_bytes: int
) -> Story | Collection | None:
    """
    Load a document that is plainly valid; return ``None`` for anything else.

    Args:
        data: The document, as :func:`rewardkit.loads` takes it.
        into: The kind of document required, or ``None`` for either.
        max_depth: The deepest nesting accepted.
        max_bytes: The largest document accepted, in bytes.

    Returns:
        The story or collection, equal to what the detailed path builds, or ``None`` when
        the detailed path must decide.
    """
    try:
        raw = data if type(data) is bytes else _as_bytes(data)
    except Exception:  # noqa: BLE001 - text that cannot be UTF-8 goes the detailed way
        return None
    if into is not None:
        return loader(into, max_depth, max_bytes)(raw)
    # Most documents are stories; a collection is not a story (it has "stories", no "id").
    story = loader(Story, max_depth, max_bytes)(raw)
    return story if story is not None else loader(Collection, max_depth, max_bytes)(raw)


def _as_bytes(data: str | bytes) -> bytes:
    return data.encode() if isinstance(data, str) else bytes(data)
