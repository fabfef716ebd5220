"""
Find the line of a JSON Pointer in a JSON text, for findings about ``.json`` files.

It runs only when a document has findings, so it favours simplicity over speed: a small
recursive-descent scanner over text that has already been decoded once.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable

from .findings import format_pointer

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"[^\s,\]}]+")
_SPACE = re.compile(r"[ \t\r\n]*")


def pointer_lines(text: str, pointers: Iterable[str]) -> dict[str, int]:
    """
    Map each JSON Pointer to the 1-based line where its key (or array item) is written.

    A pointer to something absent (a missing field) maps to the line of its nearest ancestor
    that is present. A duplicated key maps to its last occurrence.
    """
    wanted = set(pointers)
    if not wanted:
        return {}
    scanner = _Scanner(text)
    try:
        scanner.value([])
    except (ValueError, IndexError, RecursionError):  # pragma: no cover - decodable input
        return {}
    out: dict[str, int] = {}
    for pointer in wanted:
        p = pointer
        while p not in scanner.found and p:
            p = p.rsplit("/", 1)[0]
        out[pointer] = scanner.found.get(p, 1)
    return out


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 1 if text.startswith("\ufeff") else 0
        self.line = 1
        self.found: dict[str, int] = {}
        self.limit = sys.getrecursionlimit() // 4

    def skip_space(self) -> None:
        m = _SPACE.match(self.text, self.pos)
        if m is not None:
            self.line += m.group().count("\n")
            self.pos = m.end()

    def string(self) -> str:
        m = _STRING.match(self.text, self.pos)
        if m is None:
            raise ValueError(self.pos)
        self.pos = m.end()
        self.line += m.group().count("\n")
        value: str = json.loads(m.group())
        return value

    def value(self, path: list[str | int]) -> None:
        self.skip_space()
        if not path:
            self.found[""] = self.line
        if len(path) > self.limit:
            raise ValueError(self.pos)
        ch = self.text[self.pos]
        if ch == "{":
            self.members(path)
        elif ch == "[":
            self.items(path)
        elif ch == '"':
            self.string()
        else:
            m = _SCALAR.match(self.text, self.pos)
            if m is None:
                raise ValueError(self.pos)
            self.pos = m.end()

    def members(self, path: list[str | int]) -> None:
        self.pos += 1
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return
        while True:
            self.skip_space()
            line = self.line
            key = self.string()
            self.found[format_pointer([*path, key])] = line
            self.skip_space()
            self.pos += 1  # the colon
            self.value([*path, key])
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return

    def items(self, path: list[str | int]) -> None:
        self.pos += 1
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return
        index = 0
        while True:
            self.skip_space()
            self.found[format_pointer([*path, index])] = self.line
            self.value([*path, index])
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return
            index += 1
