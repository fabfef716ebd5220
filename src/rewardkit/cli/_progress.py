"""A one-line progress report on stderr, for long runs on a terminal only."""

from __future__ import annotations

import sys
import time
from typing import IO

__all__ = ["Progress"]


class Progress:
    """
    A one-line progress report on stderr, for long runs on a terminal only.

    It stays silent when stderr is not a terminal, and for runs that end within half a
    second, so that short runs and pipes never see it.
    """

    DELAY = 0.5
    INTERVAL = 0.1

    def __init__(self, total: int, stream: IO[str] | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        isatty = getattr(self._stream, "isatty", None)
        self.enabled = bool(isatty and isatty())
        self._total = total
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def update(self, files: int, stories: int) -> None:
        """Show how far the run has got, if it is long enough to need it."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start < self.DELAY or now - self._last < self.INTERVAL:
            return
        self._last = now
        self._shown = True
        self._stream.write(f"\rrewardkit: {files}/{self._total} files, {stories} stories")
        self._stream.flush()

    def clear(self) -> None:
        """Clear the progress line, if shown, so that output can go where it was."""
        if self._shown:
            self._shown = False
            self._stream.write("\r\x1b[K")
            self._stream.flush()

    def close(self) -> None:
        """Clear the progress line."""
        self.clear()
