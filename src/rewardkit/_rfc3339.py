"""Strict RFC 3339 timestamps: parse and format."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

# Years 0001-9999 (Python's range), real month lengths and leap days, no leap second,
# extended format only, `T`/`t` separator, any number of fractional digits, a zone.
_YEAR = r"(?!0000)[0-9]{4}"
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DATE = (
    rf"(?:{_YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    rf"|{_LEAP_YEAR}-02-29)"
)
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?"
_ZONE = r"(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"

#: The RFC 3339 ``date-time`` grammar as a regular expression body (no anchors), written so
#: that Python's ``re`` and ECMA-262 read it the same way.
TIMESTAMP_PATTERN = f"{_DATE}[Tt]{_TIME}{_ZONE}"
_TIMESTAMP_RE = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[Tt]"
    r"(?P<h>[0-9]{2}):(?P<m>[0-9]{2}):(?P<s>[0-9]{2})(?:\.(?P<frac>[0-9]+))?"
    r"(?P<zone>[Zz]|(?P<sign>[+-])(?P<zh>[0-9]{2}):(?P<zm>[0-9]{2}))"
)
_FULL_RE = re.compile(TIMESTAMP_PATTERN)
_NO_ZONE_RE = re.compile(f"{_DATE}[Tt ]{_TIME}")


def parse_timestamp(value: str) -> datetime:
    """
    Parse an RFC 3339 ``date-time`` into an aware :class:`~datetime.datetime`.

    Fractional seconds beyond microseconds are truncated (Python's resolution).

    Raises:
        ValueError: *value* is not an RFC 3339 timestamp with a zone.
    """
    if _FULL_RE.fullmatch(value) is None:
        if _NO_ZONE_RE.fullmatch(value) is not None:
            msg = "has no zone: add Z or an offset such as +01:00 (RFC 3339)"
        else:
            msg = "is not an RFC 3339 timestamp with seconds and a zone (2024-03-14T18:22:00Z)"
        raise ValueError(msg)
    m = _TIMESTAMP_RE.fullmatch(value)
    if m is None:  # pragma: no cover - the full pattern is stricter than this one
        raise AssertionError(value)
    y, mo, d = (int(p) for p in m["date"].split("-"))
    micro = int((m["frac"] or "0")[:6].ljust(6, "0"))
    if m["sign"] is None:
        tz: timezone = UTC
    else:
        offset = timedelta(hours=int(m["zh"]), minutes=int(m["zm"]))
        tz = timezone(-offset if m["sign"] == "-" else offset) if offset else UTC
    return datetime(y, mo, d, int(m["h"]), int(m["m"]), int(m["s"]), micro, tzinfo=tz)


def format_timestamp(value: datetime) -> str:
    """Format an aware datetime as RFC 3339, with ``Z`` for UTC."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("timestamps must carry a zone")
    text = value.replace(tzinfo=None).isoformat(timespec="auto")
    if offset == timedelta(0):
        return text + "Z"
    total = int(offset.total_seconds())
    sign = "-" if total < 0 else "+"
    hours, rest = divmod(abs(total), 3600)
    return f"{text}{sign}{hours:02d}:{rest // 60:02d}"
