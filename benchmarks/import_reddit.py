"""
Measure ``rewardkit import reddit`` on a generated monthly dump: posts per second, peak memory.

The dump is written to a temporary directory: NDJSON submissions shaped like those of the
monthly ``RS_YYYY-MM`` files (about fifty fields each, most of them metadata that the
importer does not read, and an invented post of 300 to 1,500 characters), with the share of
deleted and removed posts, crossposts and other subreddits that real dumps have. Each size
is imported twice by the installed command, each run in its own process: everything, and
one subreddit (``--subreddit therapists``, the usual research case). With ``--zst`` the dump
is also compressed as the published dumps are (one frame, a 2 GiB window) and imported from
the ``.zst``. Peak memory is the child process's maximum resident set
(``resource.getrusage(RUSAGE_CHILDREN)``). Run from the repository root::

    python benchmarks/import_reddit.py --size 1G [--size 100M] [--zst] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

WORDS = (  # noqa: SIM905 - a word list reads better as prose
    "client session group week months first time finally trust asked smiled laughed said "
    "thank you card letter family job school home hope small step progress therapy nurse "
    "worker shift ward clinic today after before never always again still back again came "
    "talked listened quiet room door office years call email plan future better worse "
    "breakthrough moment proud reminder why this work matters reward hard long day night"
).split()
SUBREDDITS = (
    ("therapists", 30),
    ("socialwork", 15),
    ("psychiatricnursing", 10),
    ("counseling", 10),
    ("CasualConversation", 20),
    ("AskReddit", 15),
)
BASE = 1_709_251_200  # 2024-03-01T00:00:00Z


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(6, 18))
    return " ".join(words).capitalize() + rng.choice((".", ".", ".", "!", "?"))


def _post(rng: random.Random, n: int) -> dict[str, object]:
    """One submission record with the fields of a monthly dump (invented values)."""
    sub = rng.choices([s for s, _ in SUBREDDITS], weights=[w for _, w in SUBREDDITS])[0]
    post_id = f"{1_000_000_000 + n:x}"[-7:]
    body = " ".join(_sentence(rng) for _ in range(rng.randint(3, 14)))
    roll = rng.random()
    record: dict[str, object] = {
        "all_awardings": [],
        "allow_live_comments": False,
        "archived": False,
        "author": f"user_{rng.randint(1, 10**6)}",
        "author_created_utc": BASE - rng.randint(10**6, 10**8),
        "author_flair_background_color": None,
        "author_flair_css_class": None,
        "author_flair_text": rng.choice([None, "LCSW", "RN", "Student"]),
        "author_fullname": f"t2_{rng.randint(10**6, 10**8):x}",
        "author_patreon_flair": False,
        "can_gild": True,
        "category": None,
        "contest_mode": False,
        "created_utc": BASE + n * 3 + rng.randint(0, 2),
        "discussion_type": None,
        "distinguished": None,
        "domain": f"self.{sub}",
        "edited": False,
        "gilded": 0,
        "gildings": {},
        "hidden": False,
        "id": post_id,
        "is_created_from_ads_ui": False,
        "is_crosspostable": True,
        "is_meta": False,
        "is_original_content": False,
        "is_reddit_media_domain": False,
        "is_self": True,
        "is_video": False,
        "link_flair_text": rng.choice([None, "Wins", "Discussion"]),
        "locked": False,
        "media": None,
        "media_only": False,
        "name": f"t3_{post_id}",
        "no_follow": True,
        "num_comments": rng.randint(0, 300),
        "num_crossposts": 0,
        "over_18": False,
        "permalink": f"/r/{sub}/comments/{post_id}/post_{n}/",
        "pinned": False,
        "retrieved_on": BASE + 40 * 86400,
        "score": rng.randint(0, 5000),
        "selftext": body,
        "send_replies": True,
        "spoiler": False,
        "stickied": False,
        "subreddit": sub,
        "subreddit_id": "t5_2qh1i",
        "subreddit_subscribers": 123456,
        "subreddit_type": "public",
        "thumbnail": "self",
        "title": _sentence(rng),
        "total_awards_received": 0,
        "upvote_ratio": round(rng.random(), 2),
        "url": f"https://www.reddit.com/r/{sub}/comments/{post_id}/post_{n}/",
    }
    if roll < 0.08:
        record["selftext"], record["author"] = "[deleted]", "[deleted]"
    elif roll < 0.15:
        record["selftext"], record["removed_by_category"] = "[removed]", "moderator"
    elif roll < 0.17 and n > 10:
        record["crosspost_parent"] = f"t3_{f'{1_000_000_000 + n - 5:x}'[-7:]}"
    return record


def write_dump(path: Path, size: int, seed: int) -> int:
    """Write about *size* bytes of submissions to *path*; return how many."""
    rng = random.Random(seed)
    written = n = 0
    with path.open("w", encoding="utf-8") as f:
        while written < size:
            line = json.dumps(_post(rng, n), separators=(",", ":")) + "\n"
            f.write(line)
            written += len(line)
            n += 1
    return n


def compress(path: Path, target: Path) -> None:
    import zstandard  # noqa: PLC0415 - only with --zst

    params = zstandard.ZstdCompressionParameters(
        window_log=31, compression_level=3, write_content_size=False
    )
    with path.open("rb") as src, target.open("wb") as dst:
        zstandard.ZstdCompressor(compression_params=params).copy_stream(src, dst)


def run_import(dump: Path, out: Path, *extra: str) -> tuple[float, float, str]:
    """Import *dump* in a child process; return seconds, peak MiB and the summary line."""
    command = shutil.which("rewardkit") or "rewardkit"
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: run the command alone so that its peak memory is its own
        stderr = os.open(out.with_suffix(".err"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(stderr, 2)
        args = [command, "import", "reddit", str(dump), "-o", str(out), "--force", *extra]
        os.execvp(args[0], args)  # noqa: S606 - the installed command
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    summary = out.with_suffix(".err").read_text(encoding="utf-8").strip().splitlines()[-1]
    if os.waitstatus_to_exitcode(status) not in {0, 1}:
        raise SystemExit(f"import failed: {summary}")
    return seconds, usage.ru_maxrss / 1024, summary


def _size(text: str) -> int:
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    return (
        int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].upper() in units else int(text)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--size", action="append", type=_size, help="dump size, e.g. 1G (repeatable)"
    )
    parser.add_argument(
        "--zst", action="store_true", help="also import the dump compressed with zstd"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    sizes = args.size or [_size("1G")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="rewardkit-bench-") as tmp:
        directory = Path(tmp)
        for size in sizes:
            dump = directory / "RS_2024-03"
            posts = write_dump(dump, size, args.seed)
            real = dump.stat().st_size
            inputs = [("plain", dump)]
            if args.zst:
                packed = directory / "RS_2024-03.zst"
                compress(dump, packed)
                inputs.append((f"zst ({packed.stat().st_size / 2**20:,.0f} MiB)", packed))
            for kind, path in inputs:
                for label, extra in (("all", ()), ("r/therapists", ("--subreddit", "therapists"))):
                    seconds, peak, summary = run_import(path, directory / "out.jsonl", *extra)
                    rows.append((real, posts, kind, label, seconds, peak, summary))
                    print(f"{real / 2**20:,.0f} MiB {kind} {label}: {summary}", file=sys.stderr)
            for f in directory.iterdir():
                f.unlink()
    print(f"- Python: {platform.python_implementation()} {platform.python_version()}")
    print(
        f"- Machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}"
    )
    print()
    print("| dump | posts | input | kept | seconds | posts/s | MB/s | peak memory (MiB) |")
    print("|---:|---:|---|---|---:|---:|---:|---:|")
    for real, posts, kind, label, seconds, peak, _ in rows:
        print(
            f"| {real / 2**20:,.0f} MiB | {posts:,} | {kind} | {label} | {seconds:,.1f}"
            f" | {posts / seconds:,.0f} | {real / 2**20 / seconds:,.1f} | {peak:,.0f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
