"""Survey exports into stories: column mapping, encodings, delimiters, clear errors."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.exceptions import InputError
from rewardkit.io import CsvOptions, ImportReport, Skipped, csv_story, detect_encoding, iter_csv

DATA = Path(__file__).parent / "data" / "csv"
QUALTRICS = DATA / "qualtrics.csv"
REDCAP = DATA / "redcap.csv"
QUALTRICS_OPTIONS = CsvOptions(
    text="Q3_story",
    id="ResponseId",
    mapping={
        "narrator.role": "Q1_role",
        "narrator.setting": "Q2_setting",
        "language": "Q4_lang",
        "source.posted_at": "EndDate",
    },
    timezone="America/Denver",
)


def read(path, options):
    report = ImportReport()
    return list(iter_csv(path, options=options, report=report)), report


def test_qualtrics_export():
    stories, report = read(QUALTRICS, QUALTRICS_OPTIONS)
    assert [s.id for s in stories] == [
        "survey:R_1aBcDeFgHiJkLmN",
        "survey:R_2bCdEfGhIjKlMnO",
        "survey:R_5eFgHiJkLmNoPqR",
    ]
    first = stories[0]
    assert first.text.startswith("A client I had seen for a year")
    assert first.source == rk.Source(
        platform="survey",
        posted_at=datetime(2024, 3, 14, 18, 30, tzinfo=ZoneInfo("America/Denver")),
        text_form=rk.TextForm.VERBATIM,
    )
    assert first.narrator == rk.Narrator(
        role=rk.NarratorRole.SOCIAL_WORKER, setting=rk.Setting.COMMUNITY
    )
    assert first.language == "en"
    assert first.deidentification.status is rk.DeidStatus.RAW
    second = stories[1]
    assert second.text == (
        "He laughed in session for the first time.\n"
        "Then he apologised for laughing, and we both laughed again."
    )
    assert second.narrator == rk.Narrator(
        role=rk.NarratorRole.COUNSELOR, setting=rk.Setting.PRIVATE_PRACTICE
    )
    assert stories[2].narrator == rk.Narrator(
        role=rk.NarratorRole.PEER_SUPPORT_WORKER, setting=rk.Setting.COMMUNITY
    )
    assert stories[2].language is None  # an empty cell is an absent field
    assert report.notes == ["skipped the two extra header rows of a Qualtrics export"]
    assert report.skipped == {"empty": 1, "malformed": 2}
    assert report.problems == [
        f"{QUALTRICS}:8: column 'Q1_role': not one of therapist, counselor, psychologist,"
        " psychiatrist, psychiatric_nurse, social_worker, peer_support_worker, case_manager,"
        " trainee, other",
        f"{QUALTRICS}:9: a second row with the same id",
    ]
    assert report.files == 1


def test_rows_are_numbered_as_a_spreadsheet_shows_them():
    stories, _ = read(REDCAP, CsvOptions(text="story", id_prefix="pilot:", timezone="UTC"))
    assert [s.id for s in stories] == ["pilot:row-2", "pilot:row-3"]


def test_semicolons_and_zones():
    options = CsvOptions(
        text="story",
        id="record_id",
        mapping={"narrator.role": "role", "source.posted_at": "submitted"},
        timezone="Europe/Berlin",
    )
    stories, report = read(REDCAP, options)
    assert report.problems == []
    assert [s.id for s in stories] == ["survey:101", "survey:102"]
    assert stories[0].source.posted_at == datetime(
        2024, 4, 2, 10, 15, tzinfo=timezone(timedelta(hours=2))
    )
    assert stories[1].source.posted_at == datetime(
        2024, 4, 3, 16, 45, tzinfo=ZoneInfo("Europe/Berlin")
    )
    assert rk.dumps(stories[1]).count('"posted_at":"2024-04-03T16:45:00+02:00"') == 1


def test_a_timestamp_without_a_zone_needs_one():
    options = CsvOptions(text="story", mapping={"source.posted_at": "submitted"})
    stories, report = read(REDCAP, options)
    assert len(stories) == 1
    assert report.problems == [
        f"{REDCAP}:3: column 'submitted': the timestamp has no time zone; pass --timezone"
    ]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("utf-16-be", "\t"), ("utf-32", ",")],
)
def test_encodings_from_the_byte_order_mark(tmp_path, encoding, delimiter):
    text = delimiter.join(["id", "Antwort", "Rolle"]) + "\r\n"
    text += delimiter.join(["7", '"Sie sagte: ""Danke"", und lächelte 😊"', "therapist"]) + "\r\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / "export.csv"
    path.write_bytes(data)
    options = CsvOptions(text="Antwort", id="id", mapping={"narrator.role": "Rolle"})
    stories, report = read(path, options)
    assert report.problems == []
    assert [(s.id, s.text) for s in stories] == [
        ("survey:7", 'Sie sagte: "Danke", und lächelte 😊')
    ]


def test_detect_encoding():
    assert detect_encoding(b"\xef\xbb\xbfid") == "utf-8-sig"
    assert detect_encoding(b"\xff\xfei\x00") == "utf-16"
    assert detect_encoding(b"\xfe\xff\x00i") == "utf-16"
    assert detect_encoding(b"\xff\xfe\x00\x00") == "utf-32"
    assert detect_encoding(b"id,t") == "utf-8"
    assert detect_encoding(b"") == "utf-8"


def test_not_utf8_says_what_to_do(tmp_path):
    path = tmp_path / "old-excel.csv"
    path.write_bytes("id,story\n1,Caf\u00e9 talk with a client\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"not UTF-8 text; pass --encoding \(cp1252") as e:
        read(path, CsvOptions(text="story"))
    assert e.value.file == str(path)
    stories, _ = read(path, CsvOptions(text="story", encoding="cp1252"))
    assert stories[0].text == "Café talk with a client"
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read(path, CsvOptions(text="story", encoding="klingon"))


def test_a_missing_column_suggests_the_closest(tmp_path):
    with pytest.raises(InputError) as e:
        read(QUALTRICS, CsvOptions(text="Q3_Story"))
    message = str(e.value)
    assert message.startswith(
        f"{QUALTRICS}:1: no column 'Q3_Story' (--text); did you mean 'Q3_story'?"
    )
    assert "The columns are: 'StartDate', 'EndDate'" in message
    with pytest.raises(
        InputError, match=r"no column 'role' \(--map narrator.role\); did you mean 'Q1_role'"
    ):
        read(QUALTRICS, CsvOptions(text="Q3_story", mapping={"narrator.role": "role"}))
    with pytest.raises(InputError, match=r"no column 'xyz' \(--id\)\. The columns"):
        read(QUALTRICS, CsvOptions(text="Q3_story", id="xyz"))


def test_header_problems(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="the file is empty"):
        read(empty, CsvOptions(text="story"))
    twice = tmp_path / "twice.csv"
    twice.write_text("story,story\na,b\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"column 'story' \(--text\) appears twice"):
        read(twice, CsvOptions(text="story"))


def test_unknown_field_and_zone():
    with pytest.raises(
        ValueError,
        match=r"cannot map a column to 'narator.role' \(did you mean 'narrator.role'\?\)",
    ):
        CsvOptions(text="t", mapping={"narator.role": "x"})
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        read(REDCAP, CsvOptions(text="story", timezone="Mars/Olympus"))


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"t": "x", "id": ""}, "column 'id' (--id) is empty"),
        ({"t": "x", "id": "has space"}, "the id is not a story id"),
        ({"t": "x", "id": "1", "url": "not a url"}, "url"),
        ({"t": "x", "id": "1", "when": "14/03/2024"}, "column 'when': not a timestamp"),
        (
            {"t": "x", "id": "1", "setting": "school"},
            "has a setting but the narrator's role is empty",
        ),
        ({"t": "x", "id": "1", "lang": "english language"}, "language"),
    ],
)
def test_row_problems_name_the_line(tmp_path, row, problem):
    header = ["t", "id", "url", "when", "setting", "lang"]
    path = tmp_path / "rows.csv"
    path.write_text(
        ",".join(header) + "\n" + ",".join(row.get(h, "") for h in header) + "\n", encoding="utf-8"
    )
    options = CsvOptions(
        text="t",
        id="id",
        mapping={
            "source.url": "url",
            "source.posted_at": "when",
            "narrator.setting": "setting",
            "language": "lang",
        },
        timezone="UTC",
    )
    stories, report = read(path, options)
    assert stories == []
    assert len(report.problems) == 1
    assert report.problems[0].startswith(f"{path}:2: ")
    assert problem in report.problems[0]


def test_rfc3339_z_and_delimiter_option(tmp_path):
    path = tmp_path / "pipes.csv"
    path.write_text("a|b\nA warm handover.|2024-03-14T18:22:00Z\n", encoding="utf-8")
    options = CsvOptions(text="a", delimiter="|", mapping={"source.retrieved_at": "b"})
    stories, _ = read(path, options)
    assert stories[0].source.retrieved_at == datetime(2024, 3, 14, 18, 22, tzinfo=UTC)


@given(text=st.text(min_size=1, max_size=80), number=st.integers(2, 10**6))
def test_any_answer_is_kept_verbatim_or_skipped(text, number):
    result = csv_story({"a": text}, number=number, options=CsvOptions(text="a"))
    if not text.strip():
        assert result == Skipped("empty")
    elif isinstance(result, Skipped):
        assert result.reason == "malformed"  # a lone surrogate cannot be a story's text
    else:
        assert result.text == text
        assert result.id == f"survey:row-{number}"
        assert rk.loads(rk.dumps(result)) == result


def test_cli_import_csv(tmp_path, capsys):
    out = tmp_path / "stories.jsonl"
    args = [
        "import", "csv", str(QUALTRICS), "-o", str(out),
        "--text", "Q3_story", "--id", "ResponseId",
        "--map", "narrator.role=Q1_role", "--map", "narrator.setting=Q2_setting",
        "--map", "source.posted_at=EndDate", "--timezone", "America/Denver",
    ]  # fmt: skip
    assert main(args) == 1  # two rows did not fit
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (
        f"rewardkit import csv: wrote 3 stories from 1 file to {out};"
        " skipped 3: 2 malformed, 1 empty"
    )
    assert "skipped the two extra header rows of a Qualtrics export" in err[-2]
    assert len(rk.load(out)) == 3
    assert main(args) == 2  # the output exists
    assert "exists; pass --force" in capsys.readouterr().err
    assert main([*args, "--force"]) == 1


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--map", "narrator.role"], "expected FIELD=COLUMN"),
        (["--map", "title=a", "--map", "title=b"], "--map names a field twice"),
        (["--map", "role=x"], "cannot map a column to 'role'"),
        (["--delimiter", "ab"], "--delimiter must be one character"),
        (["--text", "nope"], "no column 'nope' (--text)"),
    ],
)
def test_cli_csv_usage_errors(tmp_path, capsys, extra, message):
    out = tmp_path / "stories.jsonl"
    assert main(["import", "csv", str(REDCAP), "-o", str(out), "--text", "story", *extra]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_cli_csv_tab_delimiter_and_missing_file(tmp_path, capsys):
    path = tmp_path / "tabs.csv"
    path.write_text("a\tb\nhello there\tx\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert (
        main(["import", "csv", str(path), "-o", str(out), "--text", "a", "--delimiter", "\\t"]) == 0
    )
    assert rk.load(out).stories[0].text == "hello there"
    assert main(["import", "csv", str(tmp_path / "none.csv"), "-o", str(out), "--text", "a"]) == 2
    assert "none.csv: no such file" in capsys.readouterr().err


def test_a_field_too_large_for_csv(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text('story\nfine\n"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(InputError, match="not CSV: field larger than field limit"):
        read(path, CsvOptions(text="story"))
