"""
Checking stories: the reader, the checker, the result of a run and its reporters.

:func:`read` turns a file, a directory, stdin, a stream or bytes into one
:class:`~rewardkit.StoryRecord` per story; a :class:`Checker` runs the rules over them and
collects a :class:`CheckResult`, or streams the findings as it finds them; a reporter writes
them as text, JSON or GitHub annotations.
``rewardkit validate`` is this package behind a command line, so the review app, the importers
and a notebook user run exactly what the command line runs.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from ._checker import Checker
from ._config import Config, load_config
from ._parallel import default_jobs, parallel_map
from ._paths import STDIN, SUFFIXES, story_files
from ._reader import STDIN_NAME, Format, Source, read, read_file
from ._reporters import (
    REPORTERS,
    GithubReporter,
    JsonReporter,
    Reporter,
    StreamingReporter,
    TextReporter,
    summary,
)
from ._result import CheckResult, order

# Document the classes as members of this package.
for _cls in (Checker, CheckResult, Config):
    _cls.__module__ = __name__
del _cls

__all__ = [
    "REPORTERS",
    "STDIN",
    "STDIN_NAME",
    "SUFFIXES",
    "CheckResult",
    "Checker",
    "Config",
    "Format",
    "GithubReporter",
    "JsonReporter",
    "Reporter",
    "Source",
    "StreamingReporter",
    "TextReporter",
    "default_jobs",
    "load_config",
    "order",
    "parallel_map",
    "read",
    "read_file",
    "story_files",
    "summary",
]
