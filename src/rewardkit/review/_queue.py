"""The stories to review, where the reviewer is, and the output file written after each one."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rewardkit.story import DeidStatus

from ._model import ReviewError, StoryReview, counts_by_category

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from rewardkit.story import PhiCategory, Story

    from ._model import ReviewCheck

__all__ = ["OUTPUT_SUFFIXES", "ReviewQueue", "read_stories"]

#: What the output file may be: JSON Lines (one story a line) or one JSON collection.
OUTPUT_SUFFIXES = (".jsonl", ".json")


def read_stories(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Story], list[Path]]:
    """
    Read every story in *paths*, in order, with the files they came from.

    A directory gives its ``*.json`` and ``*.jsonl`` files, searched recursively, in sorted
    path order.

    Args:
        paths: Story files and directories.

    Returns:
        The stories, and the files read.

    Raises:
        ReviewError: A path does not exist, or a directory holds no story file.
        LoadError: A file does not load (the error lists every problem).
        OSError: A file cannot be read.

    .. versionadded:: 0.2.0
    """
    from rewardkit.check._paths import named_story_files  # noqa: PLC0415
    from rewardkit.serialization import load  # noqa: PLC0415 - the one place stories are read
    from rewardkit.story import Story  # noqa: PLC0415

    files = named_story_files(paths, error=ReviewError)
    stories: list[Story] = []
    for file in files:
        document = load(file)
        stories.extend([document] if isinstance(document, Story) else document.stories)
    return stories, files


def _write(out: Path, stories: Sequence[Story]) -> None:
    """Write *stories* to *out* atomically: JSON Lines, or a collection for ``.json``."""
    from rewardkit._files import atomic_writer  # noqa: PLC0415
    from rewardkit.serialization import dumps  # noqa: PLC0415 - the one place stories are written
    from rewardkit.story import Collection  # noqa: PLC0415

    with atomic_writer(out) as f:
        if out.suffix.lower() == ".jsonl":
            for story in stories:
                f.write(dumps(story) + "\n")
        else:
            f.write(dumps(Collection(stories=tuple(stories)), indent=2) + "\n")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _version() -> str:
    from importlib.metadata import version  # noqa: PLC0415

    return version("rewardkit")


class ReviewQueue:
    """
    The stories to review, the reviewer's work on them, and the output file.

    The output holds the reviewed stories, in input order (then any story it held that is
    not in the input, kept as it was). It is rewritten atomically after every confirmed
    story, so a crash loses at most the story on screen; opening a queue on an output that
    exists resumes: its reviewed stories count as done. The inputs are never written.

    A queue may be used from several threads.

    Args:
        stories: The stories to review, in order; ids must be unique.
        out: The output file (``.jsonl`` or ``.json``).
        reviewer: Who reviews (``reviewed_by``).
        reviewed: Stories already in the output (a resumed review).
        clock: What gives ``reviewed_at``; the current time, to the second, by default.
        version: The rewardkit version for the audit record; the installed one by default.

    Raises:
        ReviewError: Two stories share an id, the reviewer is blank, or the output's suffix
            is neither ``.jsonl`` nor ``.json``.

    .. versionadded:: 0.2.0
    """

    def __init__(  # noqa: PLR0913 - keyword-only settings
        self,
        stories: Sequence[Story],
        *,
        out: str | os.PathLike[str],
        reviewer: str,
        reviewed: Sequence[Story] = (),
        clock: Callable[[], datetime] = _now,
        version: str | None = None,
    ) -> None:
        self._out = Path(out)
        if self._out.suffix.lower() not in OUTPUT_SUFFIXES:
            raise ReviewError(f"{self._out}: the output must be a .jsonl or .json file")
        if not reviewer.strip() or not reviewer.isprintable():
            raise ReviewError("the reviewer's name must be printable and not blank")
        self._stories = tuple(stories)
        self._position: dict[str, int] = {}
        for i, s in enumerate(self._stories):
            if s.id in self._position:
                raise ReviewError(f"two stories have the id {s.id!r}; ids must be unique")
            self._position[s.id] = i
        ids = [s.id for s in reviewed]
        if len(set(ids)) != len(ids):
            raise ReviewError(f"{self._out}: two stories share an id; ids must be unique")
        self._done: dict[str, Story] = {
            s.id: s
            for s in reviewed
            if s.id in self._position and s.deidentification.status is DeidStatus.REVIEWED
        }
        # What the output holds that is not (yet) reviewed here: written back as it was.
        self._held = {s.id: s for s in reviewed if s.id not in self._done}
        self.reviewer = reviewer
        self._clock = clock
        self._version = version
        self._reviews: dict[int, StoryReview] = {}
        self._lock = threading.RLock()
        self.confirmed = 0

    @classmethod
    def open(
        cls,
        paths: Iterable[str | os.PathLike[str]],
        out: str | os.PathLike[str],
        *,
        reviewer: str,
        clock: Callable[[], datetime] = _now,
    ) -> ReviewQueue:
        """
        Read the stories in *paths* and resume from *out* if it exists.

        Args:
            paths: Story files and directories.
            out: The output file (``.jsonl`` or ``.json``); never one of the inputs.
            reviewer: Who reviews.
            clock: What gives ``reviewed_at``.

        Returns:
            The queue.

        Raises:
            ReviewError: As for :func:`read_stories` and the constructor.
            LoadError: An input or the output does not load.
            OSError: A file cannot be read; or *out* is one of the inputs, a directory, or a
                dangling link (an ``OutputError``, which is an ``OSError``).
        """
        from rewardkit._files import check_output  # noqa: PLC0415

        stories, files = read_stories(paths)
        check_output(out, files)
        reviewed = read_stories([out])[0] if Path(out).exists() else []
        return cls(stories, out=out, reviewer=reviewer, reviewed=reviewed, clock=clock)

    @property
    def out(self) -> Path:
        """The output file."""
        return self._out

    @property
    def version(self) -> str:
        """The rewardkit version the audit record names."""
        if self._version is None:
            self._version = _version()
        return self._version

    def __len__(self) -> int:
        return len(self._stories)

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self._stories):
            raise ReviewError(f"no story {index + 1}; the queue has {len(self._stories)}")

    def is_done(self, index: int) -> bool:
        """Tell whether the story at *index* (0-based) is reviewed in the output."""
        self._check(index)
        return self._stories[index].id in self._done

    @property
    def done(self) -> int:
        """How many stories of the queue are reviewed."""
        return len(self._done)

    def story(self, index: int) -> Story:
        """Return the story at *index*: its reviewed version when there is one."""
        self._check(index)
        original = self._stories[index]
        return self._done.get(original.id, original)

    def review(self, index: int) -> StoryReview:
        """Return the review of the story at *index*, starting it if need be."""
        with self._lock:
            found = self._reviews.get(index)
            if found is None:
                found = StoryReview.begin(self.story(index))
                self._reviews[index] = found
            return found

    def update(self, index: int, change: Callable[[StoryReview], StoryReview]) -> StoryReview:
        """
        Change the review of the story at *index*.

        Args:
            index: The story's position (0-based).
            change: What makes the new review from the current one; a
                :class:`ReviewError` it raises leaves the review as it was.

        Returns:
            The new review.
        """
        with self._lock:
            new = change(self.review(index))
            self._reviews[index] = new
            return new

    def check(self, index: int) -> ReviewCheck:
        """Check what confirming the story at *index* now would write (see ``StoryReview``)."""
        return self.review(index).check(
            reviewer=self.reviewer, at=self._clock(), version=self.version
        )

    def confirm(self, index: int) -> Story:
        """
        Confirm the story at *index*: write it, reviewed, to the output.

        Args:
            index: The story's position (0-based).

        Returns:
            The reviewed story as written.

        Raises:
            ReviewError: The story cannot be confirmed (see ``StoryReview.confirm``).
            OSError: The output cannot be written; it is left as it was.
        """
        with self._lock:
            story = self.review(index).confirm(
                reviewer=self.reviewer, at=self._clock(), version=self.version
            )
            done = dict(self._done)
            done[story.id] = story
            _write(self._out, self._ordered(done))
            self._done = done
            self._reviews.pop(index, None)
            self.confirmed += 1
            return story

    def _ordered(self, done: Mapping[str, Story]) -> list[Story]:
        ordered = [done.get(s.id) or self._held.get(s.id) for s in self._stories]
        extra = [s for i, s in self._held.items() if i not in self._position]
        return [s for s in ordered if s is not None] + extra

    def next_pending(self, after: int = -1) -> int | None:
        """
        Return the first story after *after* that is not reviewed, wrapping round.

        Args:
            after: A position (0-based); ``-1`` to start at the beginning.

        Returns:
            Its position, or ``None`` when every story is reviewed.
        """
        n = len(self._stories)
        for step in range(1, n + 1):
            i = (after + step) % n
            if self._stories[i].id not in self._done:
                return i
        return None

    def status_counts(self) -> Mapping[str, int]:
        """Count the stories by status (the reviewed version where there is one)."""
        counts = Counter(str(self.story(i).deidentification.status) for i in range(len(self)))
        return {s.value: counts[s.value] for s in DeidStatus if counts[s.value]}

    def detection_counts(self, index: int) -> Mapping[PhiCategory, int]:
        """Count what the detectors find in the story at *index*, per category."""
        return counts_by_category(self.review(index).detections)

    def total_detection_counts(self) -> Mapping[PhiCategory, int]:
        """Count what the detectors find in the stories not yet reviewed, per category."""
        items = [
            d for i in range(len(self)) if not self.is_done(i) for d in self.review(i).detections
        ]
        return counts_by_category(items)
