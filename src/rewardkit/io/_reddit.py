"""
Reddit posts and comments into stories (SPEC section 10).

Four inputs: the API's JSON (a listing, a thing, a thread ``[post, comments]``, or a list of
these), the monthly NDJSON dumps (``RS_YYYY-MM`` posts, ``RC_YYYY-MM`` comments, plain or
``.zst``), and the CSV files of a user's data-request export (``posts.csv``,
``comments.csv``). Everything streams: a dump is read a line at a time.

:func:`reddit_story` turns one record into a story or a reason to skip it, and is a pure
function of its arguments, so that records can be converted in worker processes. The stream
(:func:`iter_reddit`) adds what needs memory of the run: duplicates and crossposts of a post
already read.

Only these fields of a record are read: ``id``/``name``, ``title``, ``selftext``, ``body``,
``subreddit``, ``permalink``, ``link_id``, ``created_utc``, ``retrieved_on``/
``retrieved_utc``, ``removed_by_category``, ``crosspost_parent``. Nothing that names a person
(author names and ids, flair, IP addresses) is ever read, so it cannot reach the output.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import html
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

import attrs

from rewardkit.exceptions import ExtraRequiredError, InputError, RewardkitError
from rewardkit.story import Deidentification, DeidStatus, Source, Story, TextForm

from ._jobs import Imported, imported, in_order

if TYPE_CHECKING:
    import os

__all__ = [
    "ImportReport",
    "RedditOptions",
    "Skipped",
    "iter_reddit",
    "reddit_story",
]

#: The largest line (NDJSON) or document (JSON) read, as for story files (SPEC section 4a).
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024
#: zstd frames of the monthly dumps declare a 2 GiB window.
ZSTD_MAX_WINDOW: Final = 2**31

# Why a record is skipped; the summary counts each.
DELETED: Final = "deleted"
REMOVED: Final = "removed"
CROSSPOST: Final = "crosspost"
DUPLICATE: Final = "duplicate"
EMPTY: Final = "empty"
COMMENT: Final = "comment"
SUBREDDIT: Final = "subreddit"
DATE: Final = "date"
SHORT: Final = "short"
MORE: Final = "more"
OTHER_KIND: Final = "not a post or comment"
MALFORMED: Final = "malformed"

_REDDIT: Final = "https://www.reddit.com"
_GONE: Final = frozenset({"[deleted]", "[removed]", "[deleted by user]"})
_BASE36: Final = re.compile(r"[0-9a-z]{1,16}")
_PROFILE_PATH: Final = re.compile(r"/(?:u|user)/", re.IGNORECASE)
#: A permalink: the host, the subreddit, the post, the slug made from the title, a comment,
#: perhaps a query.
_PERMALINK: Final = re.compile(
    r"(?P<host>https?://[^/]+)/r/(?P<sub>[^/]+)/comments/(?P<post>[0-9a-z]+)"
    r"(?:/[^/?#]*(?:/(?P<comment>[0-9a-z]+))?)?/?(?:[?#].*)?"
)


def _subreddit_keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(_subreddit_key(n) for n in names)


def _subreddit_key(name: str) -> str:
    name = name.strip()
    if name[:2].lower() == "r/":
        name = name[2:]
    elif name[:3].lower() == "/r/":
        name = name[3:]
    return name.strip("/").lower()


@attrs.frozen(kw_only=True)
class RedditOptions:
    """
    What to import from Reddit data, and when it was retrieved.

    Attributes:
        comments: Whether comments become stories too (threads, ``RC_`` dumps, comment CSVs).
        subreddits: Keep only these subreddits (names without ``r/``, any case); all when
            empty.
        since: Keep only what was posted at or after this instant.
        until: Keep only what was posted before this instant.
        min_chars: Keep only stories whose text has at least this many characters.
        retrieved_at: ``source.retrieved_at`` of records that do not say when they were
            retrieved (dumps do, in ``retrieved_on``); usually the time of the run.

    .. versionadded:: 0.2.0
    """

    comments: bool = True
    subreddits: frozenset[str] = attrs.field(default=frozenset(), converter=_subreddit_keys)
    since: datetime | None = None
    until: datetime | None = None
    min_chars: int = 0
    retrieved_at: datetime | None = None


@attrs.frozen
class Skipped:
    """
    Why a record did not become a story.

    Attributes:
        reason: One of the reasons counted in the summary (``deleted``, ``removed``,
            ``crosspost``, ``duplicate``, ``empty``, ``comment``, ``subreddit``, ``date``,
            ``short``, ``more``, ``not a post or comment``, ``malformed``).
        detail: For ``malformed``, what is wrong (never the record's text).

    .. versionadded:: 0.2.0
    """

    reason: str
    detail: str | None = None


class ImportReport:
    """
    What an import run did: stories written, records skipped by reason, problems found.

    The importers fill it in as they stream; the command line prints :meth:`summary`.

    Attributes:
        stories: Stories produced.
        skipped: Records skipped, by reason.
        problems: Malformed records, each as ``file:line: what is wrong`` (the first
            ``MAX_PROBLEMS``; :attr:`skipped` counts them all).
        files: Files read so far.
        bytes_read: How far into the files the run has got (compressed bytes for ``.zst``).
        notes: Other things the user should know (a header row skipped, ...).

    .. versionadded:: 0.2.0
    """

    MAX_PROBLEMS: Final = 1000

    def __init__(self) -> None:
        self.stories = 0
        self.skipped: Counter[str] = Counter()
        self.problems: list[str] = []
        self.files = 0
        self.bytes_read = 0
        self.notes: list[str] = []

    @property
    def problem_count(self) -> int:
        """How many records were malformed."""
        return self.skipped[MALFORMED]

    def skip(self, skipped: Skipped, file: str | None = None, line: int | None = None) -> None:
        """
        Count a skipped record; a malformed one is also listed as a problem.

        Args:
            skipped: Why it was skipped.
            file: The file it came from.
            line: Its line in the file.
        """
        self.skipped[skipped.reason] += 1
        if skipped.reason == MALFORMED and len(self.problems) < self.MAX_PROBLEMS:
            self.problems.append(
                str(InputError(skipped.detail or "malformed", file=file, line=line))
            )

    def summary(self, target: str | None = None) -> str:
        """
        Say in one line what was read and skipped.

        Args:
            target: Where the stories were written, to name in the line.

        Returns:
            For example ``1,204 stories from 3 files to out.jsonl; skipped 57: 30 deleted,
            27 removed``.
        """
        n = self.stories
        head = f"{n:,} stor{'y' if n == 1 else 'ies'} from {self.files:,} file{_s(self.files)}"
        if target is not None:
            head += f" to {target}"
        total = sum(self.skipped.values())
        if not total:
            return head + "; nothing skipped"
        parts = ", ".join(f"{count:,} {reason}" for reason, count in self.skipped.most_common())
        return f"{head}; skipped {total:,}: {parts}"


def _s(n: int) -> str:
    return "" if n == 1 else "s"


# ---------------------------------------------------------------------------------------------
# One record


def _timestamp(value: object, field: str) -> datetime | None:
    """Read ``created_utc`` and the like: seconds since the epoch as int, float or string."""
    if value is None or value == "":
        return None
    problem = f"{field!r} is not a number of seconds since 1970"
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(problem)  # noqa: TRY004 - a value of the record, reported as malformed
    try:
        return datetime.fromtimestamp(float(value), UTC)
    except (ValueError, OverflowError, OSError):
        raise ValueError(problem) from None


def _text(value: object, field: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{field!r} is not a string")  # noqa: TRY004 - reported as malformed
    return value


def _unwrap(record: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
    """Return the kind (``t1``, ``t3``, ``more``, ...) and the data of an API thing or a record."""
    kind = record.get("kind")
    data = record.get("data")
    if isinstance(kind, str) and isinstance(data, Mapping):
        return kind, data
    name = record.get("name")
    if isinstance(name, str) and name[:3] in {"t1_", "t3_"}:
        return name[:2], record
    if "title" in record:
        return "t3", record
    if "body" in record:
        return "t1", record
    return None, record


def _base_id(kind: str, data: Mapping[str, Any]) -> str:
    raw = data.get("id")
    if not isinstance(raw, str) or not raw:
        name = data.get("name")
        raw = name[3:] if isinstance(name, str) and name.startswith(f"{kind}_") else None
    if not isinstance(raw, str):
        raise ValueError("has no 'id'")  # noqa: TRY004 - reported as malformed
    raw = raw.removeprefix(f"{kind}_")
    if not _BASE36.fullmatch(raw):
        raise ValueError("'id' is not a Reddit id (base 36)")
    return raw


def _url(kind: str, data: Mapping[str, Any], base: str, subreddit: str | None) -> str | None:
    permalink = data.get("permalink")
    url: str | None = None
    if isinstance(permalink, str) and permalink:
        if permalink.startswith("/"):
            url = _REDDIT + permalink
        elif permalink.startswith(("https://", "http://")):
            url = permalink
    elif kind == "t1" and subreddit:
        link = data.get("link_id")
        if isinstance(link, str) and _BASE36.fullmatch(link.removeprefix("t3_")):
            url = f"{_REDDIT}/r/{subreddit}/comments/{link.removeprefix('t3_')}/_/{base}/"
    if url is not None and _PROFILE_PATH.search(url):
        return None  # a link into a user's profile names the user
    m = _PERMALINK.fullmatch(url) if url is not None else None
    if m is not None:
        # The slug repeats the title, which is in the text, where redaction reaches it; the
        # link works without it.
        comment = f"_/{m['comment']}/" if m["comment"] else ""
        url = f"{m['host']}/r/{m['sub']}/comments/{m['post']}/{comment}"
    return url


def _removed(kind: str, data: Mapping[str, Any], title: str, body: str) -> str | None:
    if body.strip() in _GONE or (kind == "t3" and title.strip() in _GONE):
        return DELETED if "deleted" in (body.strip() or title.strip()) else REMOVED
    by = data.get("removed_by_category")
    if isinstance(by, str) and by:
        return DELETED if by in {"deleted", "author"} else REMOVED
    return None


def reddit_story(
    record: Mapping[str, Any], *, options: RedditOptions, retrieved_at: datetime
) -> Story | Skipped:
    """
    Turn one Reddit post or comment into a story, or say why not.

    A pure function of its arguments (no memory of other records), as SPEC section 10 maps
    the fields: id ``reddit:t3_<id>`` or ``reddit:t1_<id>``, platform ``reddit``, community
    ``r/<subreddit>`` (none for a user's profile), the permalink as ``url``, ``created_utc``
    as ``posted_at``, the record's ``retrieved_on`` or *retrieved_at*, the title and body
    (HTML entities unescaped) as ``text``, ``text_form`` ``verbatim`` and status ``raw``.

    Args:
        record: An API thing (``{"kind": "t3", "data": {...}}``) or a bare record (a dump
            line).
        options: The filters.
        retrieved_at: When the data was retrieved, for records that do not say.

    Returns:
        The story, or :class:`Skipped` with the reason.

    .. versionadded:: 0.2.0
    """
    kind, data = _unwrap(record)
    if kind == "more":
        return Skipped(MORE)
    if kind not in {"t1", "t3"}:
        return Skipped(OTHER_KIND) if kind is not None else Skipped(MALFORMED, _NOT_A_THING)
    try:
        return _story(kind, data, options, retrieved_at)
    except ValueError as e:  # includes the models' FieldError
        return Skipped(MALFORMED, f"{'post' if kind == 't3' else 'comment'} {e}")


_NOT_A_THING: Final = "neither a post nor a comment (no 'kind', 'title' or 'body')"


def _story(  # noqa: PLR0911 - one return per reason to skip
    kind: str, data: Mapping[str, Any], options: RedditOptions, retrieved_at: datetime
) -> Story | Skipped:
    if kind == "t1" and not options.comments:
        return Skipped(COMMENT)
    base = _base_id(kind, data)
    raw_sub = data.get("subreddit")
    subreddit = raw_sub.strip() if isinstance(raw_sub, str) and raw_sub.strip() else None
    if options.subreddits and (subreddit is None or subreddit.lower() not in options.subreddits):
        return Skipped(SUBREDDIT)
    posted_at = _timestamp(data.get("created_utc"), "created_utc")
    if (options.since is not None or options.until is not None) and (
        posted_at is None
        or (options.since is not None and posted_at < options.since)
        or (options.until is not None and posted_at >= options.until)
    ):
        return Skipped(DATE)
    title = html.unescape(_text(data.get("title"), "title")) if kind == "t3" else ""
    body = html.unescape(_text(data.get("selftext" if kind == "t3" else "body"), "body"))
    gone = _removed(kind, data, title, body)
    if gone is not None:
        return Skipped(gone)
    text = "\n\n".join(part for part in (title.strip(), body.strip()) if part)
    if not text:
        return Skipped(EMPTY)
    if len(text) < options.min_chars:
        return Skipped(SHORT)
    profile = subreddit is not None and subreddit.lower().startswith("u_")
    field = "retrieved_on" if "retrieved_on" in data else "retrieved_utc"
    retrieved = _timestamp(data.get(field), field)
    source = Source(
        platform="reddit",
        community=f"r/{subreddit}" if subreddit is not None and not profile else None,
        url=None if profile else _url(kind, data, base, subreddit),
        posted_at=posted_at,
        retrieved_at=retrieved or retrieved_at,
        text_form=TextForm.VERBATIM,
    )
    return Story(
        id=f"reddit:{kind}_{base}",
        text=text,
        source=source,
        deidentification=Deidentification(status=DeidStatus.RAW),
    )


# ---------------------------------------------------------------------------------------------
# Files


def _json_decoder() -> Callable[[bytes], Any]:
    try:
        import msgspec  # noqa: PLC0415 - optional, faster

        decode = msgspec.json.decode
    except ImportError:  # pragma: no cover - the tests install msgspec
        return json.loads

    def decoder(raw: bytes) -> Any:
        try:
            return decode(raw)
        except msgspec.DecodeError:
            return json.loads(raw)  # the standard library's error, or what msgspec refuses

    return decoder


def _open_zstd(f: IO[bytes]) -> IO[bytes]:
    try:
        import zstandard  # noqa: PLC0415 - only for .zst dumps
    except ImportError:
        raise ExtraRequiredError(
            "reading .zst dumps needs zstandard: pip install 'rewardkit[reddit]'"
        ) from None
    reader = zstandard.ZstdDecompressor(max_window_size=ZSTD_MAX_WINDOW).stream_reader(
        f, read_across_frames=True
    )
    return io.BufferedReader(reader, buffer_size=1024 * 1024)


#: A record as read: decoded, skipped already, or (a line of NDJSON) still to be decoded.
Raw = Mapping[str, Any] | Skipped | bytes
Record = tuple[int, Raw]


def _ndjson(f: IO[bytes], raw: IO[bytes], report: ImportReport, max_bytes: int) -> Iterator[Record]:
    """Split NDJSON into lines; decoding them is part of converting (:func:`_decoded`)."""
    number = 0
    start = report.bytes_read
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if number & 0xFF == 0:
            report.bytes_read = start + raw.tell()
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(io.DEFAULT_BUFFER_SIZE)
            yield number, Skipped(MALFORMED, f"the line is longer than {max_bytes:,} bytes")
            continue
        if not line.strip():
            continue
        yield number, line


_DECODE: list[Callable[[bytes], Any]] = []


def _decoded(line: bytes) -> Mapping[str, Any] | Skipped:
    """Decode one line of NDJSON: the record, or why it is malformed."""
    if not _DECODE:
        _DECODE.append(_json_decoder())
    try:
        value = _DECODE[0](line)
    except ValueError as e:
        return Skipped(MALFORMED, f"not JSON ({_json_reason(e)})")
    if not isinstance(value, dict):
        return Skipped(MALFORMED, "not a JSON object")
    return value


def _json_reason(e: ValueError) -> str:
    if isinstance(e, UnicodeDecodeError):
        return "not UTF-8"
    if isinstance(e, json.JSONDecodeError):
        return f"{e.msg.removesuffix(' at')} at column {e.colno}"
    return str(e).split("\n")[0]


def _things(value: Any) -> Iterator[Mapping[str, Any] | Skipped]:
    """Walk a JSON document of the API: listings, things, threads, comment trees, lists."""
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
            continue
        if not isinstance(item, Mapping):
            yield Skipped(MALFORMED, "not a JSON object")
            continue
        data = item.get("data")
        if item.get("kind") == "Listing" and isinstance(data, Mapping):
            children = data.get("children", [])
            stack.extend(reversed(children) if isinstance(children, list) else [children])
            continue
        yield item
        replies = data.get("replies") if isinstance(data, Mapping) else None
        if isinstance(replies, Mapping):
            stack.append(replies)


def _json_document(f: IO[bytes], max_bytes: int) -> Iterator[Record]:
    raw = f.read(max_bytes + 1)
    if len(raw) > max_bytes:
        yield 1, Skipped(MALFORMED, f"the document is larger than {max_bytes:,} bytes")
        return
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError) as e:
        line = e.lineno if isinstance(e, json.JSONDecodeError) else 1
        reason = _json_reason(e) if isinstance(e, ValueError) else "nested too deeply"
        yield line, Skipped(MALFORMED, f"not JSON ({reason})")
        return
    for thing in _things(value):
        yield 1, thing


_GDPR_DATE: Final = re.compile(r"(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d(?:\.\d+)?)(?: ?UTC|Z)?")


def _gdpr_seconds(value: str) -> float | None:
    m = _GDPR_DATE.fullmatch(value.strip())
    if m is None:
        return None
    return datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}+00:00").timestamp()


def _gdpr_record(row: Mapping[str, str], *, comments: bool) -> Mapping[str, Any] | Skipped:
    """A row of a data-request ``posts.csv``/``comments.csv`` as a record (``ip`` not read)."""
    date = row.get("date") or ""
    seconds = _gdpr_seconds(date) if date else None
    if date and seconds is None:
        return Skipped(MALFORMED, "'date' is not a date such as 2024-03-14 18:22:00 UTC")
    record: dict[str, Any] = {
        "id": (row.get("id") or "").strip(),
        "permalink": (row.get("permalink") or "").strip(),
        "subreddit": row.get("subreddit") or None,
        "created_utc": seconds,
    }
    if comments:
        record["body"] = row.get("body") or ""
        return {"kind": "t1", "data": record}
    record["title"] = row.get("title") or ""
    record["selftext"] = row.get("body") or ""
    return {"kind": "t3", "data": record}


def _gdpr_csv(f: IO[bytes], name: str) -> Iterator[Record]:
    # Bytes that are not UTF-8 become lone surrogates, which make only their record malformed.
    with io.TextIOWrapper(f, encoding="utf-8-sig", errors="surrogateescape", newline="") as text:
        reader = csv.DictReader(text)
        try:
            header = reader.fieldnames or []
            if "id" not in header or "body" not in header:
                raise InputError(
                    "not a Reddit data-request CSV (posts.csv or comments.csv):"
                    " no 'id' and 'body' columns",
                    file=name,
                    line=1,
                )
            comments = "title" not in header
            for row in reader:
                yield reader.line_num, _gdpr_record(row, comments=comments)
        except csv.Error as e:
            yield reader.line_num, Skipped(MALFORMED, f"not CSV ({e}); the rest is skipped")


#: Input formats, by name; ``auto`` chooses by the file name.
FORMATS: Final = ("auto", "json", "ndjson", "csv")


def _format_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".zst":
        suffixes.pop()
    last = suffixes[-1] if suffixes else ""
    if last == ".json":
        return "json"
    if last == ".csv":
        return "csv"
    return "ndjson"


def _records(path: Path, fmt: str, report: ImportReport, max_bytes: int) -> Iterator[Record]:
    name = str(path)
    with path.open("rb") as raw, contextlib.ExitStack() as stack:
        f = stack.enter_context(_open_zstd(raw)) if path.suffix.lower() == ".zst" else raw
        kind = _format_of(path) if fmt == "auto" else fmt
        try:
            if kind == "json":
                yield from _json_document(f, max_bytes)
            elif kind == "csv":
                yield from _gdpr_csv(f, name)
            else:
                yield from _ndjson(f, raw, report, max_bytes)
        except RewardkitError:
            raise
        except Exception as e:  # zstandard.ZstdError: the compressed data is damaged
            if type(e).__module__.partition(".")[0] != "zstandard":
                raise
            yield (
                -1,
                Skipped(MALFORMED, f"damaged zstd data; the rest of the file is skipped ({e})"),
            )


def _key(story_id: str) -> int | str:
    """A compact key for a story id already read: one integer per Reddit id."""
    kind, _, base = story_id.removeprefix("reddit:").partition("_")
    try:
        return int(base, 36) * 2 + (kind == "t1")
    except ValueError:  # pragma: no cover - ids are checked to be base 36
        return story_id


def iter_reddit(
    paths: Sequence[str | os.PathLike[str]],
    *,
    options: RedditOptions | None = None,
    report: ImportReport | None = None,
    fmt: str = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Story]:
    """
    Stream the stories of Reddit files, in file order.

    The format comes from the file name: ``.json`` is the API's JSON (a listing, a thing, a
    thread ``[post, comments]``, or a list of these; replies are walked), ``.csv`` a
    data-request export, anything else NDJSON (a monthly dump, one record a line); a
    further ``.zst`` is decompressed as it is read (needs the ``reddit`` extra). A story
    already read (the same post in two files) is skipped as a ``duplicate``, and a crosspost
    of a post already read as a ``crosspost``. A malformed record is counted, listed in
    *report* with its file and line, and skipped; the records after it are still read.

    Memory stays flat in the size of the input, but for one small integer per story, kept
    to recognise duplicates and crossposts.

    Args:
        paths: The files.
        options: What to keep; everything by default.
        report: Filled in with counts and problems as the stream goes.
        fmt: ``auto`` (by file name), ``json``, ``ndjson`` or ``csv``.
        max_bytes: The longest NDJSON line and the largest JSON document read.

    Yields:
        The stories.

    Raises:
        ExtraRequiredError: A ``.zst`` file and no zstandard installed.
        InputError: A ``.csv`` file is not a data-request export.
        OSError: A file cannot be read.

    .. versionadded:: 0.2.0
    """
    for item in stream_reddit(
        paths, options=options, report=report, fmt=fmt, max_bytes=max_bytes, dump=False, jobs=1
    ):
        if item.story is not None:  # always: dump=False keeps the story
            yield item.story


#: A converted record: the story (as the writer needs it) or why it was skipped, and the id
#: of the post it crossposts.
Converted = tuple[Imported | Skipped, str | None]


def convert_record(
    record: Raw, *, options: RedditOptions, retrieved_at: datetime, dump: bool
) -> Converted:
    """
    Convert one record as read, in a worker or in this process: decode it, make the story.

    Args:
        record: A record, a line of NDJSON still to decode, or the reason it was skipped.
        options: The filters.
        retrieved_at: When the data was retrieved, for records that do not say.
        dump: Return the story as a JSON line (for JSON Lines output) rather than itself.

    Returns:
        The story or why it was skipped, and the ``crosspost_parent`` of the record.
    """
    if isinstance(record, bytes):
        record = _decoded(record)
    if isinstance(record, Skipped):
        return record, None
    result = reddit_story(record, options=options, retrieved_at=retrieved_at)
    if isinstance(result, Skipped):
        return result, None
    parent = _unwrap(record)[1].get("crosspost_parent")
    return imported(result, dump=dump), parent if isinstance(parent, str) else None


def _now() -> datetime:
    """Return the time of retrieval stamped on records that do not say it: now, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def _convert_item(
    item: tuple[int, int, Raw | None], *, options: RedditOptions, retrieved_at: datetime, dump: bool
) -> tuple[int, int, Converted | None]:
    """Convert one item of :func:`_read`: ``(file, line, record)``; a file's end passes."""
    index, line, record = item
    if record is None:
        return index, line, None
    return (
        index,
        line,
        convert_record(record, options=options, retrieved_at=retrieved_at, dump=dump),
    )


def _read(
    paths: Sequence[Path], fmt: str, report: ImportReport, max_bytes: int
) -> Iterator[tuple[int, int, Raw | None]]:
    """Read the records of every file, in order: ``(file, line, record)``; ``None`` ends a file."""
    done = 0
    for index, path in enumerate(paths):
        report.bytes_read = done
        for line, record in _records(path, fmt, report, max_bytes):
            yield index, line, record
        yield index, 0, None
        done += path.stat().st_size


def stream_reddit(  # noqa: PLR0913 - keyword-only options
    paths: Sequence[str | os.PathLike[str]],
    *,
    options: RedditOptions | None,
    report: ImportReport | None,
    fmt: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    dump: bool,
    jobs: int,
) -> Iterator[Imported]:
    """
    Stream the stories of Reddit files as :func:`iter_reddit`, converted in *jobs* processes.

    This process reads the files and keeps what needs memory of the run (duplicates,
    crossposts, the counts); the workers decode and convert the records and, with *dump*,
    make each story's JSON line. Results are merged in file order, so the stories, counts and
    problems are those of ``jobs=1``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    options = options or RedditOptions()
    report = report if report is not None else ImportReport()
    retrieved_at = options.retrieved_at or _now()
    files = [Path(p) for p in paths]
    convert = functools.partial(
        _convert_item, options=options, retrieved_at=retrieved_at, dump=dump
    )
    seen: set[int | str] = set()
    done = 0
    for index, line, converted in in_order(
        convert, _read(files, fmt, report, max_bytes), jobs=jobs
    ):
        name = str(files[index])
        if converted is None:  # the end of a file
            report.files += 1
            done += files[index].stat().st_size
            report.bytes_read = done
            continue
        where = line if line > 0 else None
        result, parent = converted
        if isinstance(result, Skipped):
            report.skip(result, name, where)
            continue
        key = _key(result.id)
        if key in seen:
            report.skip(Skipped(DUPLICATE), name, where)
            continue
        if parent is not None and _key(f"reddit:{parent}") in seen:
            report.skip(Skipped(CROSSPOST), name, where)
            continue
        seen.add(key)
        report.stories += 1
        yield result


def total_size(paths: Iterable[str | os.PathLike[str]]) -> int:
    """Return the total size in bytes of *paths* (for a progress bar)."""
    total = 0
    for p in paths:
        try:
            total += Path(p).stat().st_size
        except OSError:
            continue
    return total
