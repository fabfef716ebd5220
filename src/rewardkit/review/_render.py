"""A story's text as HTML, with every item highlighted by category, colour and a text label."""

from __future__ import annotations

import html
import unicodedata
from typing import TYPE_CHECKING

from rewardkit.story import PhiCategory

from ._model import ItemKind

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ._model import ReviewItem

__all__ = ["category_group", "item_word", "text_html"]

# Categories share a colour by family; the label always names the category itself.
_GROUPS: dict[PhiCategory, str] = {
    PhiCategory.NAME: "person",
    PhiCategory.USERNAME: "person",
    PhiCategory.LOCATION: "place",
    PhiCategory.ZIP: "place",
    PhiCategory.DATE: "date",
    PhiCategory.AGE_OVER_89: "date",
    PhiCategory.PHONE: "contact",
    PhiCategory.FAX: "contact",
    PhiCategory.EMAIL: "contact",
    PhiCategory.URL: "contact",
    PhiCategory.IP_ADDRESS: "contact",
    PhiCategory.ORGANIZATION: "org",
}
_RANK = {ItemKind.MARK: 0, ItemKind.DETECTION: 1, ItemKind.REDACTION: 2}
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def category_group(category: PhiCategory) -> str:
    """Return the colour family of a category (``person``, ``place``, ``date``, ...)."""
    return _GROUPS.get(category, "number")


def item_word(item: ReviewItem) -> str:
    """Say in one word what an item is: redacted, found, rejected or marked."""
    if item.kind is ItemKind.REDACTION:
        return "redacted"
    if item.kind is ItemKind.MARK:
        return "marked"
    return "found" if item.accepted else "rejected"


def _is_control(c: str) -> bool:
    return c in _BIDI or (c not in "\n\t" and unicodedata.category(c) in {"Cc", "Zl", "Zp"})


def escape_control(c: str) -> str:
    r"""Write a control character as ``\xNN`` or ``\uNNNN``."""
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def _piece(text: str, start: int) -> str:
    """A run of text with its code-point offset; a control character shown escaped."""
    if len(text) == 1 and _is_control(text):
        return (
            f'<span class="cc" data-s="{start}" data-cc="1" '
            f'title="control character U+{ord(text):04X}">{escape_control(text)}</span>'
        )
    return f'<span data-s="{start}">{html.escape(text, quote=False)}</span>'


def _open(item: ReviewItem) -> str:
    state = "" if item.accepted else " off"
    return (
        f'<mark class="hl k-{item.kind.value} c-{category_group(item.category)}{state}" '
        f'data-item="{item.id}">'
    )


def _tag(item: ReviewItem, word: str) -> str:
    return (
        f'<span class="tag" data-for="{item.id}">{item.category.value}'
        f'<span class="kind"> {html.escape(word)}</span></span>'
    )


def text_html(
    text: str, items: Sequence[ReviewItem], *, word: Callable[[ReviewItem], str] = item_word
) -> str:
    r"""
    Render *text* as HTML with *items* highlighted.

    Each stretch of text is a ``span`` whose ``data-s`` is its code-point offset, so that a
    selection can be mapped back to offsets. Each item is a ``mark`` (class ``k-<kind>``,
    ``c-<family>``, ``off`` when rejected) whose first stretch carries a text label with
    the category and *word*. Control and bidirectional-formatting characters are shown
    escaped (``\x07``); line breaks and tabs stay as they are.

    Args:
        text: The text.
        items: The items, in any order; they may overlap (a mark wins over a detection,
            which wins over a redaction).
        word: What to call an item in its label.

    Returns:
        HTML, safe to embed: all text is escaped.
    """
    points = {0, len(text)}
    for item in items:
        points.update((item.start, item.end))
    for i, c in enumerate(text):
        if _is_control(c):
            points.update((i, i + 1))
    ordered = sorted(p for p in points if 0 <= p <= len(text))
    empty = [i for i in items if i.start == i.end]
    wide = [i for i in items if i.start < i.end]
    out: list[str] = []
    for a, b in zip(ordered, [*ordered[1:], None], strict=True):
        out.extend(f"{_open(i)}{_tag(i, word(i))}</mark>" for i in empty if i.start == a)
        if b is None:
            break
        piece = _piece(text[a:b], a)
        cover = [i for i in wide if i.start <= a and b <= i.end]
        if not cover:
            out.append(piece)
            continue
        primary = min(cover, key=lambda i: (_RANK[i.kind], i.start, i.id))
        tags = "".join(_tag(i, word(i)) for i in cover if i.start == a)
        out.append(f"{_open(primary)}{tags}{piece}</mark>")
    return "".join(out)
