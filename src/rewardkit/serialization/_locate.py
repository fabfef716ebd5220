"""Find the line of a JSON Pointer in a document's text, for findings in ``.json`` files."""

from __future__ import annotations

import json
from json.decoder import scanstring  # type: ignore[attr-defined]

from rewardkit.findings import escape_pointer_token

_WS = " \t\r\n"
_DECODER = json.JSONDecoder()


class _Scanner:
    """Walks a valid JSON text, noting where each wanted value (or its key) starts."""

    def __init__(self, text: str, wanted: set[str]) -> None:
        self.text = text
        self.prefixes = {
            p[:i] for p in wanted for i in range(len(p) + 1) if i == len(p) or p[i] == "/"
        }
        self.found: dict[str, int] = {}

    def skip_ws(self, pos: int) -> int:
        text = self.text
        while pos < len(text) and text[pos] in _WS:
            pos += 1
        return pos

    def value(self, pos: int, pointer: str) -> int:
        """Scan the value at *pos*; return the position after it."""
        if pointer not in self.prefixes:
            return _DECODER.raw_decode(self.text, pos)[1]
        self.found.setdefault(pointer, pos)
        char = self.text[pos]
        if char == "{":
            return self.object(pos + 1, pointer)
        if char == "[":
            return self.array(pos + 1, pointer)
        return _DECODER.raw_decode(self.text, pos)[1]

    def object(self, pos: int, pointer: str) -> int:
        pos = self.skip_ws(pos)
        if self.text[pos] == "}":
            return pos + 1
        while True:
            key_start = pos
            key, pos = scanstring(self.text, pos + 1)
            child = f"{pointer}/{escape_pointer_token(key)}"
            if child in self.prefixes:
                self.found.setdefault(child, key_start)
            pos = self.skip_ws(self.skip_ws(pos) + 1)  # past the colon
            pos = self.skip_ws(self.value(pos, child))
            if self.text[pos] == "}":
                return pos + 1
            pos = self.skip_ws(pos + 1)  # past the comma

    def array(self, pos: int, pointer: str) -> int:
        pos = self.skip_ws(pos)
        if self.text[pos] == "]":
            return pos + 1
        index = 0
        while True:
            pos = self.skip_ws(self.value(pos, f"{pointer}/{index}"))
            if self.text[pos] == "]":
                return pos + 1
            pos = self.skip_ws(pos + 1)
            index += 1


def locate_lines(data: str | bytes, pointers: list[str | None]) -> list[int | None]:
    """
    Return the 1-based line of each JSON Pointer in the JSON document *data*.

    A pointer to something absent (a missing field) gets the line of its nearest ancestor
    that is there. ``None`` where the document cannot be scanned or the pointer is ``None``.
    """
    wanted = {p for p in pointers if p is not None}
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.removeprefix("\ufeff")
        scanner = _Scanner(text, wanted)
        scanner.value(scanner.skip_ws(0), "")
    except (ValueError, IndexError, RecursionError):
        return [None] * len(pointers)
    lines: list[int | None] = []
    for pointer in pointers:
        if pointer is None:
            lines.append(None)
            continue
        p = pointer
        while p not in scanner.found and p:
            p = p.rsplit("/", 1)[0]
        pos = scanner.found.get(p)
        lines.append(None if pos is None else text.count("\n", 0, pos) + 1)
    return lines
