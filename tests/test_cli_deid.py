"""The ``rewardkit deid`` command: paths like validate, masked context, safe writing."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.deid import Detection, registry

TEXT = "My client Rosalind called from 555-201-3344 on March 14, 2023.\n"


@attrs.frozen
class Run:
    code: int
    out: str
    err: str

    @property
    def rows(self) -> list[dict[str, Any]]:
        return json.loads(self.out)

    records = rows


@pytest.fixture
def run(capsys):
    def run(*argv: str | Path) -> Run:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Run(code, out, err)

    return run


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")


@pytest.fixture
def notes(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def story(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema_version": "1.0",
        "id": "st-1",
        "text": "[NAME] said thanks; her number is 555-201-3344.",
        "source": {"platform": "survey"},
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
    doc.update(changes)
    return doc


RAW = story(id="st-2", text="Dr. Patel called on Tuesday.", deidentification={"status": "raw"})


def write(path: Path, obj: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2), encoding="utf-8")
    return path


def write_jsonl(path: Path, *lines: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
        encoding="utf-8",
    )
    return path


def stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# ---------------------------------------------------------------------------------------------
# scan


class TestScan:
    def test_lists_each_identifier_with_masked_context(self, run, notes):
        result = run("deid", "scan", notes)

        assert result.code == 1
        assert result.out.splitlines() == [
            f"{notes}: NAME 10-18 (name, 0.85): My client R******* called from 5*********** on...",
            f"{notes}: PHONE 31-43 (phone, 0.85): ...client R******* called from 5***********"
            " on M*************.",
            f"{notes}: DATE 47-61 (date, 0.90): ...called from 5*********** on M*************.",
        ]
        for value in ("Rosalind", "555-201-3344", "March 14"):
            assert value not in result.out
            assert value not in result.err
        assert result.err == (
            "scanned: 3 identifiers in 1 of 1 story in 1 file (DATE 1, NAME 1, PHONE 1)\n"
        )

    def test_nothing_found(self, run, tmp_path):
        path = tmp_path / "clean.txt"
        path.write_text("She smiled at 3pm, for the first time in 2024.", encoding="utf-8")

        result = run("deid", "scan", path)

        assert (result.code, result.out) == (0, "")
        assert result.err == "scanned: no identifiers in 1 story in 1 file\n"

    def test_quiet(self, run, notes):
        assert run("deid", "scan", "--quiet", notes).err == ""
        assert run("deid", "-q", "scan", notes).err == ""

    def test_json_rows(self, run, notes):
        result = run("deid", "scan", "--format", "json", notes)

        assert result.code == 1
        assert [r["category"] for r in result.rows] == ["NAME", "PHONE", "DATE"]
        assert result.rows[0] == {
            "file": str(notes),
            "line": None,
            "story": None,
            "start": 10,
            "end": 18,
            "category": "NAME",
            "score": result.rows[0]["score"],
            "detector": "name",
            "reason": result.rows[0]["reason"],
            "value": "R*******",
            "context": "My client R******* called from 5*********** on...",
        }
        assert "Rosalind" not in result.out

    def test_stories_show_id_and_line_and_only_what_redactions_left(self, run, tmp_path):
        path = write_jsonl(tmp_path / "s.jsonl", story(), "", RAW)

        result = run("deid", "scan", path)

        assert result.code == 1
        assert result.out.splitlines() == [
            f"{path}:1: [st-1] PHONE 34-46 (phone, 0.85): ...thanks; her number is 5***********.",
            f"{path}:3: [st-2] NAME 4-9 (name, 0.90): Dr. P**** called on Tuesday.",
        ]

    def test_lines_of_a_collection(self, run, tmp_path):
        path = write(tmp_path / "c.json", {"schema_version": "1.0", "stories": [story(), RAW]})

        rows = run("deid", "scan", "--format", "json", path).rows

        assert [(r["story"], r["line"]) for r in rows] == [("st-1", 4), ("st-2", 24)]

    def test_several_paths_directories_and_stdin(self, run, tmp_path, notes, monkeypatch):
        write(tmp_path / "d/a.json", story())
        write_jsonl(tmp_path / "d/sub/b.jsonl", RAW)
        (tmp_path / "d/ignored.txt").write_text(TEXT)
        stdin(monkeypatch, json.dumps(RAW).encode())

        result = run("deid", "scan", "--format", "json", notes, tmp_path / "d", "-")

        assert [(r["file"], r["category"]) for r in result.rows] == [
            (str(notes), "NAME"),
            (str(notes), "PHONE"),
            (str(notes), "DATE"),
            (str(tmp_path / "d/a.json"), "PHONE"),
            (str(tmp_path / "d/sub/b.jsonl"), "NAME"),
            ("<stdin>", "NAME"),
        ]
        assert result.err.startswith("scanned: 6 identifiers in 4 of 4 stories in 4 files")

    @pytest.mark.parametrize(
        ("fmt", "data"),
        [
            ("text", TEXT.encode()),
            ("jsonl", (json.dumps(RAW) + "\n").encode()),
        ],
    )
    def test_stdin_formats(self, run, monkeypatch, fmt, data):
        stdin(monkeypatch, data)

        result = run("deid", "scan", "--stdin-format", fmt, "-")

        assert result.code == 1
        assert result.out.startswith("<stdin>")

    def test_plain_text_on_stdin_read_as_json_says_what_to_do(self, run, monkeypatch):
        stdin(monkeypatch, TEXT.encode())

        result = run("deid", "scan", "-")

        assert result.code == 2
        assert "pass --stdin-format text" in result.err
        assert "Rosalind" not in result.err

    def test_context_masks_every_identifier_in_view(self, run, tmp_path):
        path = tmp_path / "t.txt"
        path.write_text("Call Rosalind Quennell at 555-201-3344 or write to rq@example.com today.")

        result = run("deid", "scan", "--format", "json", path)

        for row in result.rows:
            for value in ("Rosalind", "Quennell", "201-3344", "rq@example.com"):
                assert value not in row["context"]

    def test_context_words_and_length(self, run, tmp_path):
        words = " ".join(f"word{i}" for i in range(40))
        path = tmp_path / "t.txt"
        path.write_text(f"{words} my client Rosalind said {words}")

        [row] = run("deid", "scan", "--format", "json", "--context", "2", path).rows
        assert row["context"] == "...my client R******* said word0..."
        [row] = run("deid", "scan", "--format", "json", "--context", "20", path).rows
        head, _, tail = row["context"].partition("R*******")
        assert len(head) <= 43
        assert len(tail) <= 43
        [row] = run("deid", "scan", "--format", "json", "--context", "0", path).rows
        assert row["context"] == "...R*******..."

    def test_control_characters_are_escaped(self, run, tmp_path):
        path = tmp_path / "t\x1b[2J.txt"
        path.write_text("My client Rosalind \x1b[31msaid\x07 hello.")

        result = run("deid", "scan", path)

        assert "\x1b" not in result.out
        assert "\x07" not in result.out
        assert "\\x1b[31msaid\\x07" in result.out

    def test_switch_detectors_off_and_allow_terms(self, run, notes):
        result = run(
            "deid",
            "scan",
            "--format",
            "json",
            "--disable",
            "phone,date",
            "--allow",
            "Rosalind",
            notes,
        )

        assert (result.code, result.rows) == (0, [])

    def test_min_score(self, run, notes):
        assert run("deid", "scan", "--min-score", "0.95", notes).code == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["deid", "scan", "--disable", "phon", "notes.txt"], "unknown detector 'phon'; did you"),
        (["deid", "scan", "missing.txt"], "missing.txt: no such file or directory"),
        (["deid", "scan", "--min-score", "2", "notes.txt"], "must be between 0 and 1"),
        (["deid", "scan", "--context", "99", "notes.txt"], "must be between 0 and 20"),
        (["deid", "scan", "--context", "few", "notes.txt"], "must be a whole number"),
        (["deid", "scan", "--min-score", "high", "notes.txt"], "must be a number between 0 and 1"),
        (["deid", "scan", "--format", "jsn", "notes.txt"], "did you mean 'json'?"),
        (["deid", "scan"], "the following arguments are required: PATH"),
        (["deid", "scna", "notes.txt"], "did you mean 'scan'?"),
        (["deid"], "choose an action: scan or redact"),
        (["deid", "scan", "empty"], "empty: no story files"),
        (["deid", "redact", "--operator", "pseudonymise", "notes.txt"], "did you mean"),
    ],
)
def test_usage_errors_exit_2(run, notes, tmp_path, argv, message):
    (tmp_path / "empty").mkdir()

    result = run(*argv)

    assert result.code == 2
    assert result.out == ""
    assert message in result.err


# ---------------------------------------------------------------------------------------------
# redact


class TestRedact:
    def test_one_text_to_stdout(self, run, notes):
        result = run("deid", "redact", notes)

        assert result.code == 0
        assert result.out == "My client [NAME] called from [PHONE] on [DATE].\n"
        assert result.err == (
            "redacted 3 identifiers (DATE 1, NAME 1, PHONE 1) in 1 of 1 story in 1 file;"
            " wrote standard output\n"
        )

    def test_one_text_to_a_file_with_an_operator(self, run, notes, tmp_path):
        out = tmp_path / "out.txt"

        result = run("deid", "redact", notes, "-o", out, "--operator", "generalize")

        assert (result.code, result.out) == (0, "")
        assert out.read_text() == "My client [NAME] called from [PHONE] on 2023.\n"
        assert result.err.endswith(f"; wrote 1 file to {out}\n")

    def test_story_files_keep_their_format(self, run, tmp_path):
        jsonl = write_jsonl(tmp_path / "s.jsonl", story(), RAW)
        doc = write(tmp_path / "c.json", {"schema_version": "1.0", "stories": [story(), RAW]})
        one = write(tmp_path / "one.json", RAW)

        for path in (jsonl, doc, one):
            out = tmp_path / "out" / path.name
            assert run("deid", "redact", "--operator", "pseudonym", path, "-o", out).code == 0
            loaded = rk.load(out)
            stories = [loaded] if isinstance(loaded, rk.Story) else list(loaded)
            assert stories[-1].text == "Dr. [PERSON_1] called on Tuesday."
            assert all(s.deidentification.status is rk.DeidStatus.REDACTED for s in stories)
            assert run("validate", out).code == 0
            assert run("deid", "scan", out).code == 0
        assert (tmp_path / "out/s.jsonl").read_text().count("\n") == 2

    def test_an_empty_collection_stays_one(self, run, tmp_path):
        path = write(tmp_path / "c.json", {"schema_version": "1.0", "stories": []})

        result = run("deid", "redact", path)

        assert json.loads(result.out) == {"schema_version": "1.0", "stories": []}

    @pytest.mark.parametrize("operator", ["replace", "mask", "remove", "pseudonym", "generalize"])
    def test_every_operator_gives_stories_that_validate(self, run, tmp_path, operator):
        text = (
            "My client Rosalind called from 555-201-3344 on March 14, 2023, and Rosalind said"
            " she would write to rq@example.com."
        )
        path = write_jsonl(
            tmp_path / "s.jsonl", story(text=text, deidentification={"status": "raw"})
        )
        out = tmp_path / f"{operator}.jsonl"

        assert run("deid", "redact", "--operator", operator, path, "-o", out).code == 0

        result = run("validate", "--format", "json", out)
        assert [r["rule"] for r in result.records if r["severity"] == "error"] == []

    def test_several_inputs_need_a_directory_or_in_place(self, run, notes, tmp_path):
        other = write_jsonl(tmp_path / "s.jsonl", RAW)

        result = run("deid", "redact", notes, other)

        assert result.code == 2
        assert "several inputs: pass -o DIR (the tree is mirrored) or --in-place" in result.err

    def test_a_directory_mirrors_its_tree(self, run, tmp_path):
        write(tmp_path / "in/a.json", RAW)
        write_jsonl(tmp_path / "in/sub/deeper/b.jsonl", {**RAW, "id": "st-3"}, story())
        (tmp_path / "in/notes.txt").write_text(TEXT)

        result = run("deid", "redact", tmp_path / "in", "-o", tmp_path / "out")

        assert result.code == 0
        assert sorted(
            p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json*")
        ) == [
            "a.json",
            "sub/deeper/b.jsonl",
        ]
        assert not (tmp_path / "out/notes.txt").exists()
        assert result.err.endswith(f"; wrote 2 files to {tmp_path / 'out'}\n")
        assert run("validate", tmp_path / "out").code == 0

    def test_several_files_to_a_directory(self, run, notes, tmp_path):
        other = write_jsonl(tmp_path / "x/s.jsonl", RAW)

        assert run("deid", "redact", notes, other, "-o", tmp_path / "out").code == 0
        assert (tmp_path / "out/notes.txt").read_text().startswith("My client [NAME]")
        assert (tmp_path / "out/s.jsonl").is_file()

    def test_two_inputs_for_one_output_are_refused(self, run, tmp_path):
        a = write_jsonl(tmp_path / "a/s.jsonl", RAW)
        b = write_jsonl(tmp_path / "b/s.jsonl", RAW)

        result = run("deid", "redact", a, b, "-o", tmp_path / "out")

        assert result.code == 2
        assert "would both be written to" in result.err
        assert not (tmp_path / "out").exists()

    def test_in_place_writes_nothing_to_stdout(self, run, notes, tmp_path):
        other = write_jsonl(tmp_path / "s.jsonl", RAW)

        result = run("deid", "redact", "--in-place", notes, other)

        assert (result.code, result.out) == (0, "")
        assert notes.read_text() == "My client [NAME] called from [PHONE] on [DATE].\n"
        assert rk.load(other).stories[0].text == "Dr. [NAME] called on Tuesday."
        assert result.err.endswith("; replaced 2 files in place\n")

    def test_in_place_keeps_the_permissions(self, run, notes):
        notes.chmod(0o640)

        assert run("deid", "redact", "--in-place", notes).code == 0
        assert notes.stat().st_mode & 0o777 == 0o640

    def test_in_place_cannot_replace_stdin(self, run, monkeypatch):
        stdin(monkeypatch, TEXT.encode())

        result = run("deid", "redact", "--in-place", "--stdin-format", "text", "-")

        assert result.code == 2
        assert "--in-place cannot replace stdin" in result.err

    def test_stdin_to_stdout(self, run, monkeypatch):
        stdin(monkeypatch, TEXT.encode())

        result = run("deid", "redact", "--stdin-format", "text", "-")

        assert result.out == "My client [NAME] called from [PHONE] on [DATE].\n"

    def test_the_input_is_never_the_output_without_in_place(self, run, notes, tmp_path):
        link = tmp_path / "link.txt"
        link.symlink_to(notes)
        hard = tmp_path / "hard.txt"
        os.link(notes, hard)

        for out in (notes, link, hard):
            result = run("deid", "redact", notes, "-o", out)
            assert result.code == 2
            assert "pass --in-place to overwrite it" in result.err
        assert notes.read_text() == TEXT
        assert run("deid", "redact", notes, "-o", link, "--in-place").code == 0
        assert link.is_symlink()
        assert notes.read_text().startswith("My client [NAME]")

    def test_an_existing_output_needs_force(self, run, notes, tmp_path):
        other = tmp_path / "other.txt"
        other.write_text("keep me")

        result = run("deid", "redact", notes, "-o", other)

        assert result.code == 2
        assert "exists; pass --force to overwrite it" in result.err
        assert other.read_text() == "keep me"
        assert run("deid", "redact", notes, "-o", other, "--force").code == 0
        assert other.read_text().startswith("My client [NAME]")

    def test_never_through_a_dangling_symlink(self, run, notes, tmp_path):
        dangling = tmp_path / "dangling.txt"
        dangling.symlink_to(tmp_path / "nowhere" / "file.txt")

        result = run("deid", "redact", notes, "-o", dangling, "--force")

        assert result.code == 2
        assert "dangling symbolic link" in result.err
        assert not (tmp_path / "nowhere").exists()

    def test_a_story_that_does_not_load_stops_only_its_file(self, run, tmp_path):
        good = write_jsonl(tmp_path / "in/a.jsonl", RAW)
        bad = write_jsonl(tmp_path / "in/b.jsonl", RAW, "{not json", story())

        result = run("deid", "redact", tmp_path / "in", "-o", tmp_path / "out")

        assert result.code == 2
        assert f"{bad}:2: the story does not load (1 problem;" in result.err
        assert "'rewardkit validate' lists them; nothing written for" in result.err
        assert (tmp_path / "out/a.jsonl").is_file()
        assert not (tmp_path / "out/b.jsonl").exists()
        assert rk.load(good).stories[0].text == RAW["text"]

    def test_in_place_leaves_a_file_that_does_not_load_untouched(self, run, tmp_path):
        bad = write_jsonl(tmp_path / "b.jsonl", RAW, "{not json")
        before = bad.read_bytes()

        assert run("deid", "redact", "--in-place", bad).code == 2
        assert bad.read_bytes() == before
        assert [p.name for p in tmp_path.iterdir()] == ["b.jsonl"]

    def test_stdin_goes_alone(self, run, notes, tmp_path, monkeypatch):
        stdin(monkeypatch, TEXT.encode())
        (tmp_path / "dir").mkdir()

        result = run("deid", "redact", "--stdin-format", "text", "-", notes, "-o", tmp_path / "o")
        assert result.code == 2
        assert "- (stdin) can only be redacted on its own" in result.err
        result = run("deid", "redact", "--stdin-format", "text", "-", "-o", tmp_path / "dir")
        assert result.code == 2
        assert f"{tmp_path / 'dir'}: is a directory" in result.err
        assert (
            run("deid", "redact", "--stdin-format", "text", "-", "-o", tmp_path / "f.txt").code == 0
        )
        assert (tmp_path / "f.txt").read_text().startswith("My client [NAME]")

    def test_several_inputs_need_a_directory_not_a_file(self, run, notes, tmp_path):
        other = write_jsonl(tmp_path / "s.jsonl", RAW)
        (tmp_path / "out.txt").write_text("a file")

        result = run("deid", "redact", notes, other, "-o", tmp_path / "out.txt")

        assert result.code == 2
        assert "out.txt: is not a directory (several inputs need -o DIR)" in result.err

    def test_an_output_that_cannot_be_written(self, run, notes, tmp_path):
        (tmp_path / "blocker").write_text("a file where a directory should be")

        result = run("deid", "redact", notes, "-o", tmp_path / "blocker" / "out.txt")

        assert result.code == 2
        assert f"{tmp_path / 'blocker' / 'out.txt'}: cannot be written:" in result.err

    def test_a_broken_detector_plugin_is_a_usage_error(self, run, notes, monkeypatch):
        from rewardkit.deid import DetectorError

        def broken() -> list[str]:
            msg = "detector plugin 'acme' failed to load"
            raise DetectorError(msg)

        monkeypatch.setattr(registry, "names", broken)

        result = run("deid", "scan", notes)

        assert result.code == 2
        assert "rewardkit deid: error: detector plugin 'acme' failed to load" in result.err

    def test_a_redaction_that_cannot_be_made(self, run, tmp_path):
        path = write_jsonl(
            tmp_path / "s.jsonl", story(text="555-201-3344", deidentification={"status": "raw"})
        )

        result = run("deid", "redact", "--operator", "remove", path, "-o", tmp_path / "out.jsonl")

        assert result.code == 2
        assert f"{path}:1: [st-1] cannot be redacted: redacting would leave" in result.err
        assert "555" not in result.err
        assert not (tmp_path / "out.jsonl").exists()


# ---------------------------------------------------------------------------------------------
# Reading: limits, unreadable paths


class TestReading:
    @pytest.fixture
    def small_limit(self, monkeypatch):
        from rewardkit.check import _reader
        from rewardkit.cli import _deid
        from rewardkit.serialization import Limits

        small = Limits(max_bytes=1000)
        monkeypatch.setattr(_reader, "Limits", lambda: small)
        monkeypatch.setattr("rewardkit.serialization.Limits", lambda: small)
        return _deid

    @pytest.mark.parametrize("fmt", ["text", "json"])
    def test_stdin_stops_at_the_size_limit(self, run, monkeypatch, small_limit, fmt):
        class Endless(io.RawIOBase):
            read_bytes = 0

            def readable(self) -> bool:
                return True

            def readinto(self, buffer: Any) -> int:
                n = len(buffer)
                buffer[:n] = b" " * n
                type(self).read_bytes += n
                return n

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))

        result = run("deid", "scan", "--stdin-format", fmt, "-")

        assert result.code == 2
        assert "over the" in result.err
        assert "limit of 1" in result.err
        assert Endless.read_bytes < 20_000

    def test_a_text_file_over_the_limit(self, run, tmp_path, small_limit):
        path = tmp_path / "big.txt"
        path.write_text("x" * 5000)

        result = run("deid", "scan", path)

        assert result.code == 2
        assert f"{path}: over the size limit of 1,000 bytes" in result.err

    def test_an_unreadable_file_is_exit_2_and_the_others_are_read(
        self, run, notes, tmp_path, monkeypatch
    ):
        bad = write_jsonl(tmp_path / "s.jsonl", RAW)
        real_open = Path.open

        def fake_open(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self.name in (bad.name, "secret.txt"):
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        (tmp_path / "secret.txt").write_text(TEXT)
        monkeypatch.setattr(Path, "open", fake_open)

        result = run("deid", "scan", bad, tmp_path / "secret.txt", notes)

        assert result.code == 2
        assert f"{bad}: cannot be read: Permission denied" in result.err
        assert "secret.txt: cannot be read: Permission denied" in result.err
        assert str(notes) in result.out

    def test_an_unreadable_directory_is_exit_2(self, run, tmp_path, monkeypatch):
        write(tmp_path / "d/sub/a.json", RAW)

        def walk(top: Any, onerror: Any = None, **kwargs: Any) -> Any:
            onerror(PermissionError(13, "Permission denied", str(tmp_path / "d/sub")))
            yield from ()

        monkeypatch.setattr("rewardkit.check._paths.os.walk", walk)

        for action in ("scan", "redact"):
            result = run("deid", action, tmp_path / "d")
            assert result.code == 2
            assert f"{tmp_path / 'd/sub'}: cannot be read: Permission denied" in result.err

    def test_text_that_is_not_utf8(self, run, tmp_path):
        path = tmp_path / "latin1.txt"
        path.write_bytes("Zoë said thanks".encode("latin-1"))

        result = run("deid", "scan", path)

        assert result.code == 2
        assert f"{path}: is not valid UTF-8 text (byte 3)" in result.err


# ---------------------------------------------------------------------------------------------
# No traceback: failing detectors, odd terminals, closed pipes


class Exploding:
    name = "exploding"

    def detect(self, text: str) -> list[Detection]:
        msg = f"cannot handle {text}"
        raise RuntimeError(msg)


@pytest.fixture
def exploding():
    registry.register(Exploding())
    try:
        yield
    finally:
        registry.unregister("exploding")


class TestFailures:
    def test_a_detector_that_raises_is_named_not_quoted(self, run, notes, exploding):
        for action in ("scan", "redact"):
            result = run("deid", action, notes)

            assert result.code == 2
            assert (
                f"{notes}: the detector 'exploding' failed (RuntimeError); its message is not"
                " shown, as it may quote the story"
            ) in result.err
            assert "Rosalind" not in result.err
            assert "cannot handle" not in result.err

    def test_a_detector_that_raises_leaves_in_place_files_alone(self, run, notes, exploding):
        assert run("deid", "redact", "--in-place", notes).code == 2
        assert notes.read_text() == TEXT

    def test_a_terminal_that_cannot_encode(self, tmp_path):
        path = tmp_path / "zoë.txt"
        path.write_text("My client Zoë called from the café at 555-201-3344.\n")
        env = {**os.environ, "PYTHONIOENCODING": "ascii", "REWARDKIT_DISABLE_PLUGINS": "1"}

        for action in ("scan", "redact"):
            result = subprocess.run(
                [sys.executable, "-m", "rewardkit", "deid", action, str(path)],
                capture_output=True,
                env=env,
                check=False,
            )
            assert result.returncode in (0, 1)
            assert b"Traceback" not in result.stderr
            assert b"caf\\xe9" in result.stdout
            assert b"Zo" not in result.stdout

    def test_a_closed_pipe(self, tmp_path):
        big = write_jsonl(tmp_path / "big.jsonl", *[story(id=f"st-{i}") for i in range(3000)])
        env = {**os.environ, "REWARDKIT_DISABLE_PLUGINS": "1"}
        command = f"{sys.executable} -m rewardkit deid scan {big} | head -1"

        result = subprocess.run(
            ["/bin/sh", "-c", f"{command}; echo status=$?"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

        first, status = result.stdout.splitlines()
        assert first.startswith(f"{big}:1: [st-0] PHONE")
        assert status == "status=0"
        assert result.stderr == ""


# ---------------------------------------------------------------------------------------------
# Files are never lost


def test_a_kill_during_in_place_leaves_the_old_or_the_new_file(tmp_path):
    stories = [
        story(id=f"st-{i}", text=f"My client Rosalind called from 555-201-{i % 10000:04d}.")
        for i in range(20_000)
    ]
    path = write_jsonl(tmp_path / "big.jsonl", *stories)
    original = path.read_bytes()
    env = {**os.environ, "REWARDKIT_DISABLE_PLUGINS": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "rewardkit", "deid", "redact", "--in-place", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    # Wait until the new file is being written, let it grow a little, then kill.
    while time.monotonic() < deadline and not list(tmp_path.glob(".big.jsonl.*.tmp")):
        time.sleep(0.01)
    temp = list(tmp_path.glob(".big.jsonl.*.tmp"))
    while (
        temp
        and time.monotonic() < deadline
        and temp[0].exists()
        and temp[0].stat().st_size < 100_000
    ):
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()

    assert temp, "the redacted copy was never being written"
    data = path.read_bytes()
    if data != original:  # the rename happened: the new file is complete
        redacted = list(rk.iter_jsonl(path))
        assert len(redacted) == len(stories)
        assert all(line.ok for line in redacted)
    assert process.returncode == -signal.SIGKILL
