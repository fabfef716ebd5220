"""The ``rewardkit deid`` command."""

from __future__ import annotations

import json

import pytest

from rewardkit.cli import main

TEXT = "My client Rosalind called from 555-201-3344 on March 14, 2023.\n"


@pytest.fixture
def notes(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_scan_lists_detections_with_masked_values(notes, capsys):
    assert main(["deid", "scan", str(notes)]) == 1
    out = capsys.readouterr().out
    assert "Rosalind" not in out
    assert "555-201-3344" not in out
    assert "R*******" in out
    assert "NAME" in out
    assert "PHONE" in out
    assert "10-18" in out
    assert out.rstrip().endswith("3 identifiers found")


def test_scan_clean_file_exits_0(tmp_path, capsys):
    path = tmp_path / "clean.txt"
    path.write_text("She smiled at 3pm, for the first time in 2024.", encoding="utf-8")
    assert main(["deid", "scan", str(path)]) == 0
    assert capsys.readouterr().out == "no identifiers found\n"


def test_scan_json_output(notes, capsys):
    assert main(["deid", "scan", "--format", "json", str(notes)]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert [r["category"] for r in rows] == ["NAME", "PHONE", "DATE"]
    assert rows[0] == {
        "file": str(notes),
        "story": None,
        "start": 10,
        "end": 18,
        "category": "NAME",
        "score": rows[0]["score"],
        "detector": "name",
        "reason": rows[0]["reason"],
        "value": "R*******",
    }


def test_scan_can_switch_detectors_off_and_allow_terms(notes, capsys):
    assert (
        main(
            [
                "deid",
                "scan",
                "--format",
                "json",
                "--disable",
                "phone,date",
                "--allow",
                "Rosalind",
                str(notes),
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out) == []


def test_scan_min_score(notes, capsys):
    assert main(["deid", "scan", "--format", "json", "--min-score", "0.95", str(notes)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["deid", "scan", "--disable", "nope", "{notes}"], "unknown detector 'nope'"),
        (["deid", "scan", "{missing}"], "cannot read"),
        (["deid", "scan", "--min-score", "2", "{notes}"], "between 0 and 1"),
        (["deid"], "choose an action"),
    ],
)
def test_usage_errors_exit_2_without_traceback(argv, message, notes, tmp_path, capsys):
    argv = [a.format(notes=notes, missing=tmp_path / "missing.txt") for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_bad_flag_is_a_usage_error(capsys):
    assert main(["deid", "scan"]) == 2
    assert "error" in capsys.readouterr().err


def test_redact_text_to_stdout(notes, capsys):
    assert main(["deid", "redact", str(notes)]) == 0
    assert capsys.readouterr().out == "My client [NAME] called from [PHONE] on [DATE].\n"


def test_redact_text_to_a_file_with_an_operator(notes, tmp_path):
    out = tmp_path / "out.txt"
    assert main(["deid", "redact", str(notes), "-o", str(out), "--operator", "generalize"]) == 0
    assert out.read_text(encoding="utf-8") == "My client [NAME] called from [PHONE] on 2023.\n"


def test_redact_never_overwrites_without_being_asked(notes, tmp_path, capsys):
    assert main(["deid", "redact", str(notes), "-o", str(notes)]) == 2
    assert "--in-place" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == TEXT
    other = tmp_path / "other.txt"
    other.write_text("keep me", encoding="utf-8")
    assert main(["deid", "redact", str(notes), "-o", str(other)]) == 2
    assert "--force" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "keep me"
    assert main(["deid", "redact", str(notes), "-o", str(other), "--force"]) == 0
    assert main(["deid", "redact", str(notes), "-o", str(notes), "--in-place"]) == 0
    assert "Rosalind" not in notes.read_text(encoding="utf-8")


STORY = {
    "schema_version": "1.0",
    "id": "st-1",
    "text": "[NAME] said thanks; her number is 555-201-3344.",
    "source": {"platform": "reddit"},
    "deidentification": {
        "status": "redacted",
        "redactions": [
            {
                "start": 0,
                "end": 6,
                "category": "NAME",
                "operator": "replace",
                "replacement": "[NAME]",
            },
        ],
    },
}


@pytest.fixture
def serialization():
    return pytest.importorskip("rewardkit.serialization")


def test_scan_story_reports_only_what_redactions_left(serialization, tmp_path, capsys):
    path = tmp_path / "story.json"
    path.write_text(json.dumps(STORY), encoding="utf-8")
    assert main(["deid", "scan", "--format", "json", str(path)]) == 1
    [row] = json.loads(capsys.readouterr().out)
    assert (row["story"], row["category"], row["start"]) == ("st-1", "PHONE", 34)


def test_redact_story_and_collection_files(serialization, tmp_path):
    path = tmp_path / "stories.jsonl"
    second = dict(STORY, id="st-2", text="Dr. Patel called.", deidentification={"status": "raw"})
    path.write_text(json.dumps(STORY) + "\n" + json.dumps(second) + "\n", encoding="utf-8")
    out = tmp_path / "redacted.jsonl"
    assert main(["deid", "redact", str(path), "-o", str(out), "--operator", "pseudonym"]) == 0
    stories = list(serialization.load(out))
    assert [s.text for s in stories] == [
        "[NAME] said thanks; her number is [PHONE_1].",
        "Dr. [PERSON_1] called.",
    ]
    assert all(s.deidentification.status.value == "redacted" for s in stories)
    assert main(["deid", "scan", str(out)]) == 0


def test_redact_story_to_stdout(serialization, tmp_path, capsys):
    path = tmp_path / "story.json"
    path.write_text(json.dumps(STORY), encoding="utf-8")
    assert main(["deid", "redact", str(path)]) == 0
    story = serialization.loads(capsys.readouterr().out)
    assert story.text == "[NAME] said thanks; her number is [PHONE]."


def test_unloadable_story_file_is_a_usage_error(serialization, tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    assert main(["deid", "scan", str(path)]) == 2
    assert "cannot load" in capsys.readouterr().err
