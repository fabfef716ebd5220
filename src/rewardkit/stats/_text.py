"""The figures as text for an 80-column terminal, and as JSON for programs."""

from __future__ import annotations

import json
import textwrap
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rewardkit.agreement import Figure

    from ._model import CoOccurrence, CorpusStats, ThemeFrequency

__all__ = ["columns", "printable", "render_json", "render_text"]

#: The most pairs of themes the text lists (JSON lists them all).
MAX_PAIRS = 12
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(value: str) -> str:
    r"""
    Escape the control and bidirectional-formatting characters of a value from the input.

    Args:
        value: A string from a story (a community name, a theme id).

    Returns:
        The string with each such character written as ``\xNN`` or ``\uNNNN``.

    .. versionadded:: 0.2.0
    """
    if value.isprintable():
        return value
    out = []
    for c in value:
        if c in _BIDI or unicodedata.category(c) in {"Cc", "Zl", "Zp"}:
            out.append(f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "".join(out)


def columns(value: str) -> int:
    """
    Count the terminal columns *value* takes.

    Wide East Asian characters take two, combining marks and invisible format characters
    none, every other character one.

    Args:
        value: Printable text.

    Returns:
        The number of columns.

    .. versionadded:: 0.2.0
    """
    if value.isascii():
        return len(value)
    n = 0
    for c in value:
        if unicodedata.combining(c) or unicodedata.category(c) in {"Mn", "Me", "Cf"}:
            continue
        n += 2 if unicodedata.east_asian_width(c) in {"W", "F"} else 1
    return n


def _cut(value: str, width: int) -> str:
    """Escape *value* and cut it to at most *width* columns (``...`` marks a cut)."""
    value = printable(value)
    if columns(value) <= width:
        return value
    kept, used = [], 0
    for c in value:
        w = columns(c)
        if used + w > width - 3:
            break
        kept.append(c)
        used += w
    return "".join(kept) + "..."[: max(width, 0)]


def _pad(value: str, width: int) -> str:
    return value + " " * (width - columns(value))


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "n/a"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _flow(head: str, words: Sequence[str], width: int, indent: int) -> list[str]:
    """
    Lay out *words* after *head*, comma-separated, wrapping at *width* with *indent*.

    A word is never split; every word must fit in ``width - indent`` columns.
    """
    lines: list[str] = []
    line = _pad(head, indent) if columns(head) < indent else head + " "
    used = columns(line)
    started = False
    for i, bare in enumerate(words):
        word = bare + ("," if i < len(words) - 1 else "")
        w = columns(word)
        if used + started + w > width and (started or line.strip()):
            lines.append(line)
            line, used, started = " " * indent, indent, False
        if started:
            line, used = line + " ", used + 1
        line, used, started = line + word, used + w, True
    lines.append(line)
    return [line.rstrip() for line in lines]


def _wrapped(head: str, items: Sequence[tuple[str, int]], width: int, indent: int) -> list[str]:
    """List ``value count`` items after *head*, never splitting one item across lines."""
    room = width - indent
    words = [f"{_cut(v, min(40, room - len(f' {n:,},')))} {n:,}" for v, n in items]
    return _flow(head, words or ["none"], width, indent)


def _table(
    header: Sequence[str], rows: Sequence[Sequence[str]], width: int, *, indent: int = 2
) -> list[str]:
    """Right-align every column but the first, whose width is what the others leave."""
    numbers = [max(len(r[i]) for r in (header, *rows)) for i in range(1, len(header))]
    first = width - indent - sum(w + 2 for w in numbers)
    lines = []
    for row in (header, *rows):
        cells = [_pad(_cut(row[0], first), first)]
        cells += [c.rjust(w) for c, w in zip(row[1:], numbers, strict=True)]
        lines.append((" " * indent + "  ".join(cells)).rstrip())
    return lines


def _theme_rows(stats: CorpusStats) -> list[tuple[str, str, str, str, str]]:
    def row(t: ThemeFrequency, name: str) -> tuple[str, str, str, str, str]:
        return (
            name,
            f"{t.stories:,}",
            _percent(t.stories, stats.coded_stories),
            f"{t.assignments:,}",
            _percent(t.with_evidence, t.assignments),
        )

    rows = []
    for top in stats.top_themes:
        rows.append(row(top, top.theme))
        for t in stats.themes:
            if t.top_level == top.theme:
                name = f"{t.theme} (itself)" if t.theme == top.theme else t.theme
                rows.append(row(t, "  " + name))
    return rows


def _pair_rows(pairs: Sequence[CoOccurrence]) -> list[tuple[str, str, str]]:
    return [(f"{p.first} + {p.second}", f"{p.stories:,}", f"{p.lift:.2f}") for p in pairs]


def _figure(figure: Figure) -> str:
    return "n/a" if figure.value is None else f"{figure.value:.3f}"


def _agreement(stats: CorpusStats, width: int) -> list[str]:
    report = stats.agreement
    if report is None:
        return ["Agreement: no story has two or more coders in coded_by."]
    lines = textwrap.wrap(
        f"Agreement per theme: {_plural(report.units, 'story', 'stories')} coded by "
        f"{_plural(len(report.coders), 'coder')}:",
        width=width,
    )
    lines += _flow("", [_cut(c, width - 4) for c in report.coders], width, 2)
    rows = [
        (
            t.theme,
            f"{t.alpha.units:,}",
            _figure(t.percent_agreement),
            _figure(t.mean_kappa),
            _figure(t.alpha),
        )
        for t in report.themes
    ]
    lines += _table(("theme", "stories", "agreement", "kappa", "alpha"), rows, width)
    lines += textwrap.wrap(
        "kappa: mean Cohen's kappa over pairs of coders; alpha: Krippendorff's alpha "
        "(nominal); n/a where undefined ('rewardkit agreement' says why).",
        width=width,
    )
    return lines


def render_text(stats: CorpusStats, *, width: int = 80) -> str:
    """
    Render the figures as text that fits a terminal *width* columns wide.

    Values from the stories are cut short where they would not fit, and their control
    characters are escaped.

    Args:
        stats: The figures.
        width: The widest line; at least 60.

    Returns:
        The text, ending with a newline.

    .. versionadded:: 0.2.0
    """
    width = max(width, 60)
    n = stats.stories
    lines = textwrap.wrap(
        f"{_plural(n, 'story', 'stories')}, {stats.coded_stories:,} with themes; "
        f"{_plural(stats.assignments, 'theme assignment')}, "
        f"{_percent(stats.with_evidence, stats.assignments)} of them with evidence.",
        width=width,
    )
    lines += ["", "Stories by"]
    for head, items in (
        ("platform", stats.by_platform),
        ("community", stats.by_community),
        ("role", stats.by_role),
        ("setting", stats.by_setting),
        ("status", stats.by_status),
        ("text form", stats.by_text_form),
    ):
        lines += _wrapped(f"  {head}", items, width, 14)
    lines.append("")
    if stats.top_themes:
        lines += _table(
            ("Themes", "stories", "share", "assigned", "evidence"),
            _theme_rows(stats),
            width,
            indent=0,
        )
        lines += textwrap.wrap(
            "share: of the stories with themes; evidence: share of assignments with "
            "evidence spans.",
            width=width,
        )
        lines += ["", "Top-level themes by narrator role (stories with the theme)"]
        for role in stats.roles:
            lines += _wrapped(
                f"  {_cut(role.role, 30)} ({_plural(role.stories, 'story', 'stories')}):",
                role.top_themes,
                width,
                4,
            )
        lines.append("")
        pairs = stats.cooccurrence
        if pairs:
            lines += _table(
                ("Top-level themes together", "stories", "lift"),
                _pair_rows(pairs[:MAX_PAIRS]),
                width,
                indent=0,
            )
            if len(pairs) > MAX_PAIRS:
                lines.append(f"  ... and {len(pairs) - MAX_PAIRS:,} more (--format json lists all)")
            lines += textwrap.wrap(
                "lift: how much more often the two share a story than if they were "
                "independent (1 = as often).",
                width=width,
            )
        else:
            lines += textwrap.wrap(
                "Top-level themes together: no story has two top-level themes.", width=width
            )
        lines.append("")
    else:
        lines += ["Themes: no story has a theme.", ""]
    lines += _agreement(stats, width)
    return "\n".join(lines) + "\n"


def render_json(stats: CorpusStats) -> str:
    """
    Render the figures as JSON (see :meth:`CorpusStats.to_dict`).

    Args:
        stats: The figures.

    Returns:
        Indented JSON, ending with a newline.

    .. versionadded:: 0.2.0
    """
    return json.dumps(stats.to_dict(), indent=2, ensure_ascii=False) + "\n"
