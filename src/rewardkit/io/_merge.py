"""
Merging the files of several coders into one set of stories (SPEC section 10).

The same stories, coded by different people in separate files, are joined by ``id``: theme
assignments and ``coded_by`` are combined, and everything else must agree. The disagreements
(per story and theme, who assigned it and who did not) are what a reconciliation meeting
works through.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from rewardkit._files import atomic_write, check_output
from rewardkit.exceptions import MergeConflictError
from rewardkit.story import Story, ThemeAssignment

if TYPE_CHECKING:
    import os

__all__ = [
    "Disagreement",
    "MergeResult",
    "disagreements",
    "merge",
    "render_disagreements",
    "write_disagreements",
]

#: The story fields that must be equal in every file, in the order they are compared.
_SAME: Final = (
    "schema_version",
    "text",
    "title",
    "language",
    "source",
    "narrator",
    "content_warnings",
    "deidentification",
)


@attrs.frozen(kw_only=True)
class Disagreement:
    """
    One theme of one story that some of its coders assigned and some did not.

    Attributes:
        story: The story's id.
        theme: The theme id, exactly as assigned (sub-themes are not rolled up).
        assigned_by: The coders who assigned it, in the order they are listed.
        not_assigned_by: The story's other coders.

    .. versionadded:: 0.2.0
    """

    story: str
    theme: str
    assigned_by: tuple[str, ...]
    not_assigned_by: tuple[str, ...]


@attrs.frozen(kw_only=True)
class MergeResult:
    """
    The merged stories and where their coders disagree.

    Attributes:
        stories: One story per id, in the order the ids first appear.
        disagreements: See :func:`disagreements`.
        files: How many files each story id was found in, by id.

    .. versionadded:: 0.2.0
    """

    stories: tuple[Story, ...]
    disagreements: tuple[Disagreement, ...]
    files: Mapping[str, int] = attrs.field(factory=dict)


class _Entry:
    """A story being merged: the merged story so far and the file each part came from."""

    __slots__ = ("assignments", "coded_by", "extensions", "files", "first", "story")

    def __init__(self, story: Story, file: str) -> None:
        self.story = story
        self.first = file
        self.files = [file]
        self.assignments: list[tuple[ThemeAssignment, str]] = [(a, file) for a in story.themes]
        self.coded_by: list[str] | None = (
            list(story.coded_by) if story.coded_by is not None else None
        )
        self.extensions: dict[str, tuple[Any, str]] = {
            k: (v, file) for k, v in story.extensions.items()
        }

    def add(self, story: Story, file: str) -> None:
        if file in self.files:
            raise MergeConflictError(f"story {story.id!r} appears twice", file=file)
        for field in _SAME:
            if getattr(story, field) != getattr(self.story, field):
                what = "text" if field == "text" else f"field {field!r}"
                raise MergeConflictError(
                    f"story {story.id!r}: the {what} differs between {self.first} and {file}"
                )
        for key, value in story.extensions.items():
            if key in self.extensions and self.extensions[key][0] != value:
                raise MergeConflictError(
                    f"story {story.id!r}: extensions[{key!r}] differs between "
                    f"{self.extensions[key][1]} and {file}"
                )
            self.extensions.setdefault(key, (value, file))
        for assignment in story.themes:
            self._assign(story.id, assignment, file)
        if story.coded_by is not None:
            known = self.coded_by if self.coded_by is not None else []
            known.extend(c for c in story.coded_by if c not in known)
            self.coded_by = known
        self.files.append(file)

    def _assign(self, story_id: str, new: ThemeAssignment, file: str) -> None:
        for old, where in self.assignments:
            if old == new and where != file:
                return  # the same assignment in two files: keep it once
            if (old.theme, old.coder) == (new.theme, new.coder) and where != file:
                who = f"coder {new.coder!r}" if new.coder is not None else "an unnamed coder"
                raise MergeConflictError(
                    f"story {story_id!r}: {who} assigned theme {new.theme!r} in both {where} "
                    f"and {file}, with different evidence or confidence"
                )
        self.assignments.append((new, file))

    def merged(self) -> Story:
        return attrs.evolve(
            self.story,
            themes=tuple(a for a, _ in self.assignments),
            coded_by=tuple(self.coded_by) if self.coded_by is not None else None,
            extensions={k: v for k, (v, _) in self.extensions.items()},
        )


def merge(documents: Iterable[tuple[str, Iterable[Story]]]) -> MergeResult:
    """
    Join the stories of several files by id, combining their codings.

    Theme assignments are concatenated in file order (an assignment found in two files
    identically is kept once), ``coded_by`` lists are united in order, ``extensions`` are
    united by namespace. Every other field must be equal in every file.

    Args:
        documents: ``(name, stories)`` per file, in the order the files are given; the name
            is used in error messages.

    Returns:
        The merged stories and their coders' disagreements.

    Raises:
        MergeConflictError: A story's text, source or another field differs between two
            files (the message names both), a namespace of ``extensions`` holds different
            values, one coder assigned the same theme differently in two files, or an id
            appears twice in one file.

    .. versionadded:: 0.2.0
    """
    entries: dict[str, _Entry] = {}
    for name, stories in documents:
        for story in stories:
            entry = entries.get(story.id)
            if entry is None:
                entries[story.id] = _Entry(story, name)
            else:
                entry.add(story, name)
    merged = tuple(e.merged() for e in entries.values())
    return MergeResult(
        stories=merged,
        disagreements=disagreements(merged),
        files={story_id: len(e.files) for story_id, e in entries.items()},
    )


def disagreements(stories: Iterable[Story]) -> tuple[Disagreement, ...]:
    """
    List, per story and theme, the coders who assigned it and those who did not.

    A story's coders are its ``coded_by`` list (a listed coder with no assignment coded it
    and found no theme); without one, the coders named in its assignments. Stories with
    fewer than two coders have no disagreements; assignments without a coder are left out.
    Only themes that some but not all of a story's coders assigned are listed.

    Args:
        stories: Merged stories.

    Returns:
        The disagreements, by story in the given order, themes in the order first assigned.

    .. versionadded:: 0.2.0
    """
    out: list[Disagreement] = []
    for story in stories:
        named = [a.coder for a in story.themes if a.coder is not None]
        coders = list(story.coded_by) if story.coded_by is not None else list(dict.fromkeys(named))
        if len(coders) < 2:
            continue
        by_theme: dict[str, set[str]] = {}
        for a in story.themes:
            if a.coder in coders:
                by_theme.setdefault(a.theme, set()).add(a.coder)
        for theme, who in by_theme.items():
            if len(who) < len(coders):
                out.append(
                    Disagreement(
                        story=story.id,
                        theme=theme,
                        assigned_by=tuple(c for c in coders if c in who),
                        not_assigned_by=tuple(c for c in coders if c not in who),
                    )
                )
    return tuple(out)


#: Separates coder names in a CSV cell of the disagreements report.
CODER_SEPARATOR: Final = "; "


def render_disagreements(items: Iterable[Disagreement], *, fmt: str) -> str:
    """
    Write a disagreements report as CSV or JSON.

    CSV has the columns ``story``, ``theme``, ``assigned_by`` and ``not_assigned_by``, coder
    names separated by ``"; "``; JSON is a list of objects with the same keys, the coders as
    lists.

    Args:
        items: The disagreements.
        fmt: ``csv`` or ``json``.

    Returns:
        The report's text.

    .. versionadded:: 0.2.0
    """
    rows = list(items)
    if fmt == "json":
        data = [
            attrs.asdict(
                d, value_serializer=lambda _i, _a, v: list(v) if isinstance(v, tuple) else v
            )
            for d in rows
        ]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt != "csv":
        raise ValueError(f"unknown report format {fmt!r}; choose csv or json")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(("story", "theme", "assigned_by", "not_assigned_by"))
    for d in rows:
        writer.writerow(
            (
                d.story,
                d.theme,
                CODER_SEPARATOR.join(d.assigned_by),
                CODER_SEPARATOR.join(d.not_assigned_by),
            )
        )
    return buffer.getvalue()


#: Report formats, by the suffix of the report's file name.
REPORT_FORMATS: Final = {".csv": "csv", ".json": "json"}


def write_disagreements(
    items: Iterable[Disagreement],
    target: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """
    Write a disagreements report atomically, as CSV or JSON by the file's suffix.

    Args:
        items: The disagreements.
        target: A ``.csv`` or ``.json`` file.
        inputs: The files being read, which *target* must not be.

    Raises:
        ValueError: *target* ends in neither ``.csv`` nor ``.json``.
        OutputError: *target* is an input, a directory or a dangling link.

    .. versionadded:: 0.2.0
    """
    fmt = REPORT_FORMATS.get(Path(target).suffix.lower())
    if fmt is None:
        raise ValueError("a disagreements report is a .csv or a .json file")
    check_output(target, inputs)
    atomic_write(target, render_disagreements(items, fmt=fmt))
