"""Reddit data into stories: listings, threads, dumps (plain and .zst), data-request CSVs."""

from __future__ import annotations

import io
import json
import os
import pickle
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import zstandard
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.exceptions import ExtraRequiredError, InputError
from rewardkit.io import ImportReport, RedditOptions, Skipped, iter_reddit, reddit_story

DATA = Path(__file__).parent / "data" / "reddit"
LISTING = DATA / "listing.json"
THREAD = DATA / "thread.json"
POSTS = DATA / "RS_2024-03"
COMMENTS = DATA / "RC_2024-03"
GDPR_POSTS = DATA / "gdpr" / "posts.csv"
GDPR_COMMENTS = DATA / "gdpr" / "comments.csv"
ALL = [LISTING, THREAD, POSTS, COMMENTS, GDPR_POSTS, GDPR_COMMENTS]
NOW = datetime(2024, 4, 1, 9, 0, tzinfo=UTC)

# Everything in the fixtures that names or points at a person: author names and ids, flair,
# IP addresses. None of it may reach the output.
PERSONAL = [
    "author",
    "fullname",
    "flair",
    '"ip"',
    "quiet_owl_55",
    "t2_8f7e6d5c",
    "LCSW",
    "harbour_light_21",
    "moss_and_tea",
    "night_shift_nurse",
    "t2_1a2b3c",
    "ward_b_regular",
    "RN, BSN",
    "calm_harbor",
    "fern_counsel",
    "t2_5e6f7a",
    "maple_grove_lmft",
    "birch_path",
    "t2_99aa",
    "Psychologist",
    "192.0.2.44",
    "198.51.100.7",
    "203.0.113.9",
    "/user/",
    "u_quiet",
]


def stories_of(paths, **options):
    report = ImportReport()
    opts = RedditOptions(retrieved_at=NOW, **options)
    return {s.id: s for s in iter_reddit(paths, options=opts, report=report)}, report


def test_listing_fields_follow_the_mapping():
    stories, report = stories_of([LISTING])
    assert list(stories) == ["reddit:t3_1b2c3d", "reddit:t3_1b2c3f", "reddit:t3_1b2c3h"]
    story = stories["reddit:t3_1b2c3d"]
    assert (
        story.text
        == 'Small win & a big smile\n\nAfter six silent sessions he looked up & said "thank you" <3'
    )
    assert story.title is None  # the title is part of the text, which redaction covers
    assert story.source == rk.Source(
        platform="reddit",
        community="r/therapists",
        url="https://www.reddit.com/r/therapists/comments/1b2c3d/",  # no slug: it repeats the title
        posted_at=datetime(2024, 3, 14, 18, 22, tzinfo=UTC),
        retrieved_at=NOW,
        text_form=rk.TextForm.VERBATIM,
    )
    assert story.deidentification == rk.Deidentification(status=rk.DeidStatus.RAW)
    assert stories["reddit:t3_1b2c3f"].source.posted_at == datetime(
        2024, 3, 15, 18, 23, 20, tzinfo=UTC
    )  # created_utc given as a string
    assert report.skipped == {"deleted": 1, "removed": 1}
    assert report.stories == 3
    assert report.files == 1


def test_a_post_on_a_profile_keeps_neither_community_nor_url():
    stories, _ = stories_of([LISTING])
    source = stories["reddit:t3_1b2c3h"].source
    assert source.community is None
    assert source.url is None


def test_nothing_that_names_a_person_reaches_the_output(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["import", "reddit", *map(str, ALL), "-o", str(out)]) == 1  # malformed lines
    text = out.read_text(encoding="utf-8")
    assert text.count("\n") == 16
    for needle in PERSONAL:
        assert needle not in text, needle


def test_thread_comments_become_stories_and_replies_are_walked():
    stories, report = stories_of([THREAD])
    assert list(stories) == [
        "reddit:t3_1c0ffe",
        "reddit:t1_kq1a01",
        "reddit:t1_kq1a02",
        "reddit:t1_kq1a06",
    ]
    assert stories["reddit:t1_kq1a02"].text == "Same. I cried a little in the med room >_<"
    assert stories["reddit:t1_kq1a01"].source.url == (
        "https://www.reddit.com/r/psychiatricnursing/comments/1c0ffe/_/kq1a01/"
    )
    assert report.skipped == {"removed": 1, "more": 1}


def test_no_comments_keeps_the_posts_only():
    stories, report = stories_of([THREAD, COMMENTS], comments=False)
    assert list(stories) == ["reddit:t3_1c0ffe"]
    assert report.skipped["comment"] == 7  # four in the thread (replies are walked), three in RC


def test_monthly_dump_skips_and_reports_by_reason():
    stories, report = stories_of([POSTS])
    assert list(stories) == [
        "reddit:t3_1d0a01",
        "reddit:t3_1d0a02",
        "reddit:t3_1d0a05",
        "reddit:t3_1d0a06",
    ]
    assert report.skipped == {
        "removed": 1,  # removed_by_category
        "crosspost": 1,  # of 1d0a02, already read
        "duplicate": 1,  # 1d0a01 a second time
        "empty": 1,
        "malformed": 3,
    }
    assert report.problems == [
        f"{POSTS}:4: not JSON (Invalid control character at column 35)",
        f"{POSTS}:10: not a JSON object",
        f"{POSTS}:11: post 'created_utc' is not a number of seconds since 1970",
    ]
    card = stories["reddit:t3_1d0a02"]
    assert card.source.community == "r/Therapists"
    assert card.source.posted_at == datetime(2024, 3, 1, 16, 20, 0, 500000, tzinfo=UTC)
    # A dump says when it was retrieved.
    assert card.source.retrieved_at == datetime(2024, 3, 2, 17, 20, tzinfo=UTC)


def test_comments_of_a_dump_get_a_permalink_from_their_post():
    stories, report = stories_of([COMMENTS])
    assert stories["reddit:t1_ka0001"].source.url == (
        "https://www.reddit.com/r/therapists/comments/1d0a01/_/ka0001/"
    )
    assert stories["reddit:t1_ka0003"].text == "Congratulations to her & to you!"
    assert report.skipped == {"deleted": 1}


def test_filters_subreddit_dates_and_length():
    stories, report = stories_of(
        [POSTS, LISTING],
        subreddits=["r/Therapists", "SOCIALWORK"],
        since=datetime(2024, 3, 1, tzinfo=UTC),
        until=datetime(2024, 3, 15, tzinfo=UTC),
        min_chars=10,
    )
    assert list(stories) == ["reddit:t3_1d0a01", "reddit:t3_1d0a02", "reddit:t3_1b2c3d"]
    assert report.skipped["subreddit"] == 2  # CasualConversation, the profile post
    assert report.skipped["short"] == 1  # "Ok"
    assert report.skipped["date"] == 2  # 1b2c3f and 1b2c3g, after --until


def test_a_crosspost_of_a_post_not_read_is_kept():
    lines = [
        {
            "id": "2a0001",
            "subreddit": "therapists",
            "title": "Crosspost",
            "crosspost_parent": "t3_2a0002",
            "created_utc": 1,
        },
        {"id": "2a0002", "subreddit": "therapists", "title": "Original", "created_utc": 1},
    ]
    report = ImportReport()
    path = _ndjson_file(lines)
    try:
        ids = [s.id for s in iter_reddit([path], report=report)]
    finally:
        path.unlink()
    assert ids == ["reddit:t3_2a0001", "reddit:t3_2a0002"]


def _ndjson_file(records) -> Path:
    import tempfile

    fd, name = tempfile.mkstemp(suffix=".ndjson")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    return Path(name)


def _zst(data: bytes, path: Path) -> None:
    """Compress as the monthly dumps are: one frame declaring a 2 GiB window, no content size."""
    params = zstandard.ZstdCompressionParameters(
        window_log=31, compression_level=3, write_content_size=False
    )
    with (
        path.open("wb") as f,
        zstandard.ZstdCompressor(compression_params=params).stream_writer(f) as w,
    ):
        w.write(data)


def test_zst_dump_with_a_2_gib_window(tmp_path):
    path = tmp_path / "RS_2024-03.zst"
    _zst(POSTS.read_bytes(), path)
    assert zstandard.get_frame_parameters(path.read_bytes()).window_size == 2**31
    with pytest.raises(zstandard.ZstdError):  # a default reader refuses the window
        zstandard.ZstdDecompressor().stream_reader(io.BytesIO(path.read_bytes())).read(10)
    plain, plain_report = stories_of([POSTS])
    packed, packed_report = stories_of([path])
    assert packed == plain
    assert packed_report.skipped == plain_report.skipped
    assert [p.split(":", 1)[1] for p in packed_report.problems] == [
        p.split(":", 1)[1] for p in plain_report.problems
    ]


def test_damaged_zst_is_reported_and_the_other_files_are_read(tmp_path):
    path = tmp_path / "RC_2024-03.zst"
    _zst(COMMENTS.read_bytes() * 50, path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + bytes(64) + data[len(data) // 2 :])
    stories, report = stories_of([path, LISTING])
    assert "reddit:t3_1b2c3d" in stories
    assert any("damaged zstd data" in p for p in report.problems)


def test_zst_needs_the_reddit_extra(tmp_path, monkeypatch):
    path = tmp_path / "RS_2024-03.zst"
    _zst(POSTS.read_bytes(), path)
    monkeypatch.setitem(sys.modules, "zstandard", None)
    with pytest.raises(ExtraRequiredError, match=r"rewardkit\[reddit\]"):
        list(iter_reddit([path]))
    out = tmp_path / "out.jsonl"
    assert main(["import", "reddit", str(path), "-o", str(out)]) == 2
    assert not out.exists()


def test_data_request_csv_exports():
    stories, report = stories_of([GDPR_POSTS, GDPR_COMMENTS])
    assert list(stories) == ["reddit:t3_1e5f6a", "reddit:t3_1e5f6b", "reddit:t1_kb7c01"]
    post = stories["reddit:t3_1e5f6a"]
    assert post.text == (
        "A year of groups\n\nOne year of running the Tuesday group.\n"
        "Last night a newcomer stayed for coffee afterwards."
    )
    assert post.source.url == "https://www.reddit.com/r/peersupport/comments/1e5f6a/"
    assert post.source.posted_at == datetime(2024, 2, 11, 19, 4, 55, tzinfo=UTC)
    assert stories["reddit:t1_kb7c01"].text == "Thank you all for showing up every week <3"
    assert report.skipped == {"deleted": 1, "malformed": 1}
    assert report.problems == [
        f"{GDPR_POSTS}:5: 'date' is not a date such as 2024-03-14 18:22:00 UTC"
    ]


def test_a_csv_that_is_not_a_data_request_export(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("name,score\nx,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a Reddit data-request CSV") as e:
        list(iter_reddit([path]))
    assert e.value.file == str(path)
    assert e.value.line == 1


def test_long_lines_and_blank_lines(tmp_path):
    path = tmp_path / "dump"
    good = json.dumps(
        {"id": "3b0001", "subreddit": "therapists", "title": "Kept", "created_utc": 1}
    )
    path.write_text(
        "\n   \n" + json.dumps({"title": "x" * 500}) + "\n" + good + "\n", encoding="utf-8"
    )
    report = ImportReport()
    ids = [s.id for s in iter_reddit([path], report=report, max_bytes=200)]
    assert ids == ["reddit:t3_3b0001"]
    assert report.problems == [f"{path}:3: the line is longer than 200 bytes"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "not JSON (Expecting property name enclosed in double quotes"),
        (b"[" * 100_000, "not JSON (nested too deeply)"),
        (b'{"kind": "Listing", "data": {"children": [42]}}', "not a JSON object"),
        (b'{"x": 1}', "neither a post nor a comment"),
        (b'{"a": "\x80"}', "not JSON (not UTF-8)"),
    ],
)
def test_malformed_json_documents(tmp_path, content, message):
    path = tmp_path / "listing.json"
    path.write_bytes(content)
    report = ImportReport()
    assert list(iter_reddit([path], report=report)) == []
    assert report.problem_count == 1
    assert message in report.problems[0]


def test_a_json_document_over_the_limit(tmp_path):
    path = tmp_path / "listing.json"
    path.write_bytes(LISTING.read_bytes())
    report = ImportReport()
    assert list(iter_reddit([path], report=report, max_bytes=100)) == []
    assert report.problems == [f"{path}:1: the document is larger than 100 bytes"]


def test_other_kinds_of_things_are_counted():
    record = {"kind": "t5", "data": {"display_name": "therapists"}}
    assert reddit_story(record, options=RedditOptions(), retrieved_at=NOW) == Skipped(
        "not a post or comment"
    )


def test_format_can_be_forced(tmp_path):
    path = tmp_path / "listing.txt"
    path.write_bytes(LISTING.read_bytes())
    ids = [s.id for s in iter_reddit([path], fmt="json")]
    assert ids[0] == "reddit:t3_1b2c3d"
    with pytest.raises(ValueError, match="unknown format"):
        list(iter_reddit([path], fmt="xml"))


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"title": "t", "created_utc": True}, "'created_utc' is not a number"),
        ({"title": "t", "created_utc": 1e300}, "'created_utc' is not a number"),
        ({"title": 5}, "'title' is not a string"),
        ({"title": "t", "id": "NOT-BASE-36"}, "'id' is not a Reddit id"),
        ({"title": "t", "id": None}, "has no 'id'"),
        ({"title": "t", "permalink": "https://bad host/x"}, "url"),
        ({"title": "\ud800"}, "text"),
    ],
)
def test_malformed_records(data, problem):
    record = {"kind": "t3", "data": {"id": "4c0001", **data}}
    result = reddit_story(record, options=RedditOptions(), retrieved_at=NOW)
    assert isinstance(result, Skipped)
    assert result.reason == "malformed"
    assert problem in str(result.detail)


def test_name_stands_in_for_a_missing_id():
    record = {"name": "t1_4c0002", "body": "Thanks", "subreddit": "therapists"}
    story = reddit_story(record, options=RedditOptions(), retrieved_at=NOW)
    assert isinstance(story, rk.Story)
    assert story.id == "reddit:t1_4c0002"
    assert story.source.url is None  # no permalink and no post to build one from


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
_FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.from_regex(r"[0-9a-z]{1,8}", fullmatch=True), _JSON),
        "name": _JSON,
        "title": st.one_of(st.text(max_size=40), _JSON),
        "selftext": st.one_of(st.text(max_size=80), _JSON),
        "body": st.one_of(st.text(max_size=80), _JSON),
        "subreddit": st.one_of(st.text(max_size=12), _JSON),
        "permalink": st.one_of(st.text(max_size=30), _JSON),
        "link_id": _JSON,
        "created_utc": st.one_of(
            st.integers(0, 2**33), st.floats(0, 2e9), st.text(max_size=12), _JSON
        ),
        "retrieved_on": _JSON,
        "removed_by_category": _JSON,
    },
)


@given(
    record=st.one_of(
        _FIELDS,
        st.builds(
            lambda kind, data: {"kind": kind, "data": data},
            st.sampled_from(["t1", "t3", "more", "t2"]),
            _FIELDS,
        ),
        st.dictionaries(st.text(max_size=8), _JSON, max_size=4),
    )
)
def test_any_record_gives_a_valid_story_or_a_reason(record):
    result = reddit_story(record, options=RedditOptions(), retrieved_at=NOW)
    if isinstance(result, Skipped):
        assert result.reason
        return
    assert rk.loads(rk.dumps(result)) == result
    assert result.id.startswith(("reddit:t1_", "reddit:t3_"))
    assert result.source.text_form is rk.TextForm.VERBATIM
    assert result.deidentification.status is rk.DeidStatus.RAW
    assert result.text.strip()


@given(
    title=st.text(max_size=30),
    body=st.text(max_size=60),
)
def test_text_is_title_and_body_unescaped(title, body):
    import html

    record = {
        "kind": "t3",
        "data": {"id": "5d0001", "title": html.escape(title), "selftext": html.escape(body)},
    }
    result = reddit_story(record, options=RedditOptions(), retrieved_at=NOW)
    if isinstance(result, Skipped):
        return
    parts = [p for p in (title.strip(), body.strip()) if p]
    assert result.text == "\n\n".join(parts)


def test_options_and_skips_pickle_for_worker_processes():
    options = RedditOptions(subreddits=["r/Therapists"], min_chars=3)
    assert options.subreddits == frozenset({"therapists"})
    assert pickle.loads(pickle.dumps(options)) == options  # noqa: S301 - own data
    assert pickle.loads(pickle.dumps(Skipped("malformed", "x"))) == Skipped("malformed", "x")  # noqa: S301 - own data
    error = InputError("bad", file="f", line=3)
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - own data
    assert (str(again), again.file, again.line) == ("f:3: bad", "f", 3)


def test_report_summary_and_problem_cap():
    report = ImportReport()
    assert report.summary() == "0 stories from 0 files; nothing skipped"
    for i in range(ImportReport.MAX_PROBLEMS + 5):
        report.skip(Skipped("malformed", "broken"), "f", i)
    report.stories, report.files = 1, 1
    assert len(report.problems) == ImportReport.MAX_PROBLEMS
    assert report.problem_count == ImportReport.MAX_PROBLEMS + 5
    assert (
        report.summary("out.jsonl")
        == "1 story from 1 file to out.jsonl; skipped 1,005: 1,005 malformed"
    )


def test_permalinks_of_every_shape():
    options = RedditOptions(subreddits=["/r/therapists/"])
    assert options.subreddits == frozenset({"therapists"})

    def url(permalink):
        record = {
            "kind": "t3",
            "data": {
                "id": "6e0001",
                "title": "t",
                "subreddit": "therapists",
                "permalink": permalink,
            },
        }
        story = reddit_story(record, options=options, retrieved_at=NOW)
        assert isinstance(story, rk.Story)
        return story.source.url

    assert url("/r/therapists/comments/6e0001/my_client_maria/") == (
        "https://www.reddit.com/r/therapists/comments/6e0001/"
    )  # the slug, made from the title, could carry a name past redaction
    assert url("/r/therapists/comments/6e0001/my_client_maria/kz0001/?context=3") == (
        "https://www.reddit.com/r/therapists/comments/6e0001/_/kz0001/"
    )
    assert url("/r/therapists/wiki/index") == "https://www.reddit.com/r/therapists/wiki/index"
    assert url("https://www.reddit.com/r/therapists/comments/6e0001") == (
        "https://www.reddit.com/r/therapists/comments/6e0001/"
    )
    assert (
        url("http://old.reddit.com/r/therapists/comments/6e0001/")
        == "http://old.reddit.com/r/therapists/comments/6e0001/"
    )
    assert url("comments/6e0001") is None  # neither a path nor a URL
    assert url("https://www.reddit.com/u/someone/comments/6e0001/") is None  # names a user


def test_json_reasons():
    from rewardkit.io._reddit import _json_reason

    assert _json_reason(ValueError("first line\nsecond")) == "first line"


def test_gdpr_csv_that_breaks_midway(tmp_path):
    path = tmp_path / "posts.csv"
    head = GDPR_POSTS.read_bytes().split(b"\n")[0] + b"\n"
    row = b"1f0001,,2024-02-11 19:04:55 UTC,,peersupport,0,Kept,,Body\n"
    path.write_bytes(head + row + b"1f0002,,,,peersupport,0,Bad,,caf\xe9\n")
    stories, report = stories_of([path])
    assert list(stories) == ["reddit:t3_1f0001"]
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"{path}:3: post text")
    path.write_bytes(head + row + b'1f0003,,,,peersupport,0,Big,,"' + b"x" * 200_000 + b'"\n')
    stories, report = stories_of([path])
    assert list(stories) == ["reddit:t3_1f0001"]
    assert "not CSV (field larger than field limit" in report.problems[0]


def test_other_errors_while_reading_are_not_hidden(monkeypatch):
    import rewardkit.io._reddit as reddit

    def broken(*args):
        raise RuntimeError("disk on fire")
        yield  # pragma: no cover

    monkeypatch.setattr(reddit, "_ndjson", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        list(iter_reddit([POSTS]))


def test_total_size_skips_what_cannot_be_read(tmp_path):
    from rewardkit.io._reddit import total_size

    assert total_size([POSTS, tmp_path / "missing"]) == POSTS.stat().st_size
