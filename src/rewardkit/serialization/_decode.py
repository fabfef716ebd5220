"""
Strict JSON decoding under the wire format's rules (SPEC section 4a).

The decoder accepts a UTF-8 BOM and rejects, with a path or a line and column: invalid UTF-8,
syntax errors (comments, trailing commas, ...), duplicate keys, ``NaN`` and ``Infinity`` (also
numbers too large to be finite), lone surrogates in strings and keys, nesting deeper than the
limit and documents larger than the limit.

The common case pays for none of the detailed checks: they run only when a cheap test of the
raw text (or a flag set while decoding) says a problem may be there.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import attrs

from rewardkit._validators import has_lone_surrogate
from rewardkit.exceptions import LoadError
from rewardkit.findings import JSON_INVALID, Finding, Severity, format_pointer

DEFAULT_MAX_DEPTH = 200
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_BOM = "\ufeff"
# A \uD800-\uDFFF escape: the only way a lone surrogate gets into a decoded string.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


@attrs.frozen
class DecodeProblem:
    """One reason a document is not acceptable JSON."""

    message: str
    path: tuple[str | int, ...] | None = None
    line: int | None = None
    column: int | None = None


def json_invalid(problem: DecodeProblem) -> Finding:
    """The ``json-invalid`` finding for one decoding problem."""
    path = None if problem.path is None else format_pointer(problem.path)
    return Finding(
        rule=JSON_INVALID,
        severity=Severity.ERROR,
        path=path,
        message=f"the document {problem.message}",
        line=problem.line,
        column=problem.column,
    )


def undecodable(problems: list[DecodeProblem]) -> LoadError:
    """The error for a document that is not acceptable JSON, with every problem found."""
    return LoadError([json_invalid(p) for p in problems])


class _NonFinite:
    """Stands where the input had NaN, Infinity or an overflowing number."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class _DuplicateKeys(dict[str, Any]):
    """An object that had duplicate keys; remembers which."""

    __slots__ = ("duplicates",)
    duplicates: list[str]


@attrs.define
class _Flags:
    nonfinite: bool = False
    duplicates: bool = False


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def decode_bytes(
    data: bytes, *, max_depth: int = DEFAULT_MAX_DEPTH, max_bytes: int = DEFAULT_MAX_BYTES
) -> Any:
    """Decode UTF-8 *data* (a BOM allowed) as one JSON document."""
    if len(data) > max_bytes:
        raise undecodable([_too_large(len(data), max_bytes)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        before = data[: e.start].decode("utf-8", errors="replace")
        line, col = _line_col(before, len(before))
        msg = f"is not valid UTF-8 (byte {e.start + 1}, line {line}, column {col})"
        raise undecodable([DecodeProblem(msg, None, line, col)]) from None
    return _decode(text, max_depth=max_depth)


def decode_str(
    text: str, *, max_depth: int = DEFAULT_MAX_DEPTH, max_bytes: int = DEFAULT_MAX_BYTES
) -> Any:
    """Decode *text* as one JSON document."""
    if len(text) * 4 > max_bytes:
        try:
            size = len(text.encode("utf-8", errors="surrogatepass"))
        except UnicodeEncodeError:  # pragma: no cover - surrogatepass encodes every str
            size = len(text) * 4
        if size > max_bytes:
            raise undecodable([_too_large(size, max_bytes)])
    return _decode(text, max_depth=max_depth)


def _too_large(size: int, limit: int) -> DecodeProblem:
    return DecodeProblem(f"is {size} bytes, over the limit of {limit} bytes")


def _decode(text: str, *, max_depth: int) -> Any:
    if text.startswith(_BOM):
        text = text[1:]
    flags = _Flags()

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        flags.duplicates = True
        dup = _DuplicateKeys(obj)
        seen: set[str] = set()
        dup.duplicates = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
        return dup

    def constant(name: str) -> _NonFinite:
        flags.nonfinite = True
        return _NonFinite(name)

    def parse_float(s: str) -> float | _NonFinite:
        f = float(s)
        if math.isfinite(f):
            return f
        flags.nonfinite = True
        return _NonFinite(s)

    try:
        value = json.loads(
            text, object_pairs_hook=pairs_hook, parse_constant=constant, parse_float=parse_float
        )
    except json.JSONDecodeError as e:
        from rewardkit._messages import explain_json_error  # noqa: PLC0415 - on errors only

        # An error past the last character (a missing value at the end) is placed right after
        # it, not on a line of trailing whitespace.
        content = len(text.rstrip())
        pos = min(e.pos, content)
        line, col = _line_col(text, pos)
        where = f"line {line}, column {col}" if "\n" in text[:content] else f"column {col}"
        msg = f"is not valid JSON: {explain_json_error(text, e.msg, e.pos)} ({where})"
        raise undecodable([DecodeProblem(msg, None, line, col)]) from None
    except RecursionError:
        msg = f"nests deeper than the limit of {max_depth} levels"
        raise undecodable([DecodeProblem(msg, ())]) from None
    except ValueError as e:  # e.g. an integer with more digits than Python converts
        raise undecodable([DecodeProblem(f"is not valid JSON: {e}")]) from None
    deep = (text.count("[") + text.count("{")) > max_depth
    surrogates = _SURROGATE_ESCAPE.search(text) is not None
    if deep or surrogates or flags.duplicates or flags.nonfinite:
        problems = _inspect(value, max_depth=max_depth)
        if problems:
            raise undecodable(problems)
    return value


def _inspect(value: Any, *, max_depth: int) -> list[DecodeProblem]:
    """Walk the decoded tree for the problems the fast checks flagged, with their paths."""
    problems: list[DecodeProblem] = []
    too_deep_reported = False
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict | list) and len(path) >= max_depth and not too_deep_reported:
            too_deep_reported = True
            problems.append(
                DecodeProblem(f"nests deeper than the limit of {max_depth} levels", path)
            )
            continue
        if isinstance(item, dict):
            if isinstance(item, _DuplicateKeys):
                problems.extend(
                    DecodeProblem(f"has the key {k!r} more than once", (*path, k))
                    for k in dict.fromkeys(item.duplicates)
                )
            children: list[tuple[Any, tuple[str | int, ...]]] = []
            for k, v in item.items():
                if has_lone_surrogate(k):
                    problems.append(
                        DecodeProblem("has a key with a lone surrogate (not valid Unicode)", path)
                    )
                children.append((v, (*path, k)))
            stack.extend(reversed(children))
        elif isinstance(item, list):
            stack.extend(reversed([(v, (*path, i)) for i, v in enumerate(item)]))
        elif isinstance(item, _NonFinite):
            problems.append(
                DecodeProblem(
                    f"is {item.text}, which JSON does not allow (numbers must be finite)", path
                )
            )
        elif isinstance(item, str) and has_lone_surrogate(item):
            problems.append(DecodeProblem("has a lone surrogate, which is not valid Unicode", path))
    return problems
