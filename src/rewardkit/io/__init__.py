"""
Getting stories in and out: Reddit and survey imports, merging coders, REFI-QDA, tables.

- :func:`iter_reddit` streams stories from the Reddit API's JSON, the monthly NDJSON dumps
  (plain or ``.zst``, with the ``reddit`` extra) and data-request CSV exports;
  :func:`reddit_story` converts one record.
- :func:`iter_csv` streams stories from survey exports (Qualtrics, REDCap, Google Forms,
  Excel); :func:`csv_story` converts one row.
- :func:`merge` joins the files of several coders by story id; :func:`disagreements` lists
  who assigned which theme and who did not.
- :func:`write_qdpx` and :func:`read_qdpx` write and read REFI-QDA projects for NVivo,
  ATLAS.ti, MAXQDA and QualCoder.
- :func:`write_tables` writes the tidy tables (stories, assignments, evidence, redactions)
  as CSV or Parquet (the ``parquet`` extra).
- :func:`write_stories` writes stories as JSON Lines, atomically.

Imported stories are ``verbatim`` and ``raw``: de-identify and review them before they are
published (``rewardkit deid redact``, then ``rewardkit validate --profile publish``).

Nothing here is imported by ``import rewardkit``; zstandard and pyarrow are imported only
when a ``.zst`` file is read or Parquet is written.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from rewardkit.exceptions import ExtraRequiredError, InputError, MergeConflictError, OutputError

from ._csv import CSV_FIELDS, CsvOptions, csv_story, detect_encoding, iter_csv
from ._merge import (
    Disagreement,
    MergeResult,
    disagreements,
    merge,
    render_disagreements,
    write_disagreements,
)
from ._qdpx import (
    PROJECT_NAMESPACE,
    QdpxProject,
    extension_document,
    project_entries,
    read_qdpx,
    write_qdpx,
)
from ._reddit import ImportReport, RedditOptions, Skipped, iter_reddit, reddit_story
from ._stories import iter_stories, write_stories
from ._tables import TABLES, story_rows, write_tables

__all__ = [
    "CSV_FIELDS",
    "PROJECT_NAMESPACE",
    "TABLES",
    "CsvOptions",
    "Disagreement",
    "ExtraRequiredError",
    "ImportReport",
    "InputError",
    "MergeConflictError",
    "MergeResult",
    "OutputError",
    "QdpxProject",
    "RedditOptions",
    "Skipped",
    "csv_story",
    "detect_encoding",
    "disagreements",
    "extension_document",
    "iter_csv",
    "iter_reddit",
    "iter_stories",
    "merge",
    "project_entries",
    "read_qdpx",
    "reddit_story",
    "render_disagreements",
    "story_rows",
    "write_disagreements",
    "write_qdpx",
    "write_stories",
    "write_tables",
]

# Document the re-exported names as members of this module.
for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith("rewardkit.io._"):
        _obj.__module__ = __name__
del _name, _obj
