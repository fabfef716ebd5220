"""
``rewardkit review``: check redacted stories in a browser, one at a time, before publication.

Exit codes: 0 when the server stops (Ctrl-C); 2 for a usage error (a bad flag, a missing or
unreadable path, a file that does not load, an output that is an input, a host that is not
this machine without ``--allow-remote``, an address that cannot be bound, the ``review``
extra not installed).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ._exit import ExitCode

if TYPE_CHECKING:
    import argparse

PROG = "rewardkit review"
EPILOG = """\
The page is served on 127.0.0.1 with a random token in its address; open the address printed.
The output is rewritten after every confirmed story; run the same command again to resume.
"""


def _port(text: str) -> int:
    import argparse  # noqa: PLC0415 - only while parsing

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be from 0 to 65535")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``review`` command's arguments to *parser*."""
    import argparse  # noqa: PLC0415 - only while building the parser

    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .json or .jsonl file, or a directory searched for them",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="where the reviewed stories go (.jsonl or .json); an existing one is resumed",
    )
    parser.add_argument(
        "--reviewer",
        required=True,
        metavar="NAME",
        help="who reviews: written as reviewed_by",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=0, help="the port to listen on (default: a free one)"
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other than this machine (anyone who can reach it and has the "
        "token can read the stories)",
    )


def _stories(n: int) -> str:
    return f"{n:,} {'story' if n == 1 else 'stories'}"


def _error(message: str) -> int:
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return ExitCode.USAGE


def _load_error(e: Exception) -> str:
    findings = getattr(e, "findings", ())
    n = len(findings)
    first = f": {findings[0]}" if findings else ""
    return (
        f"a file does not load ({n} problem{'s' if n != 1 else ''}{first}); "
        "'rewardkit validate' lists them"
    )


def run(args: argparse.Namespace) -> int:
    """Serve the review app until interrupted; return the exit code."""
    import secrets  # noqa: PLC0415 - lazy, for start-up

    from rewardkit.exceptions import LoadError, RewardkitError  # noqa: PLC0415

    try:
        from rewardkit import review  # noqa: PLC0415 - needs the review extra
    except ImportError as e:
        missing = (e.name or "a package it needs").split(".")[0]
        return _error(
            f"the review app needs the 'review' extra ({missing} is not installed): "
            "pip install 'rewardkit[review]'"
        )
    if not review.is_loopback(args.host) and not args.allow_remote:
        return _error(
            f"refusing to serve on {args.host}: it is not this machine's loopback address, "
            "and anyone who reaches it could try the token; pass --allow-remote to do it anyway"
        )
    try:
        queue = review.ReviewQueue.open(args.paths, args.output, reviewer=args.reviewer)
    except LoadError as e:
        return _error(_load_error(e))
    except (RewardkitError, OSError) as e:
        return _error(str(e))
    token = secrets.token_urlsafe(32)
    hosts = None if args.allow_remote else review.LOOPBACK_NAMES | {args.host.strip("[]")}
    app = review.create_app(queue, token=token, allowed_hosts=hosts)
    try:
        server = review.ReviewServer(app, host=args.host, port=args.port)
    except OSError as e:
        return _error(f"cannot listen on {args.host} port {args.port}: {e.strerror or e}")
    if args.allow_remote and not review.is_loopback(args.host):
        sys.stderr.write(
            f"{PROG}: warning: serving on {args.host}, reachable from other machines; the "
            "stories are readable by anyone who has the address below\n"
        )

    def ready() -> None:
        sys.stderr.write(
            f"{PROG}: {_stories(len(queue))}, {queue.done:,} reviewed already in "
            f"{queue.out}. Open this address in your browser (Ctrl-C stops):\n"
            f"    {server.base_url}/?token={token}\n"
        )
        sys.stderr.flush()

    server.run(on_ready=ready)
    sys.stderr.write(
        f"{PROG}: {_stories(queue.confirmed)} confirmed in this session; {queue.done:,} of "
        f"{len(queue):,} reviewed in {queue.out}\n"
    )
    return ExitCode.OK
