"""The one document reader: files, directories, stdin, streams and bytes, story by story."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.check import Checker, read_file
from rewardkit.cli import main
from rewardkit.serialization import _records, iter_document

REVIEWED = {
    "status": "reviewed",
    "reviewed_by": "reviewer-1",
    "reviewed_at": "2024-06-01T00:00:00Z",
}


def story(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema_version": "1.0",
        "id": "st-1",
        "text": "He got out of bed and came to group.",
        "source": {"platform": "forum"},
        "deidentification": REVIEWED,
    }
    doc.update(changes)
    return doc


def collection(*stories: dict[str, Any]) -> dict[str, Any]:
    return {"schema_version": "1.0", "stories": list(stories)}


# A collection whose second story breaks a field rule, and whose third has an unknown theme.
BAD_MIDDLE = collection(
    story(id="st-1"),
    story(id="st-2", source={"platform": "forum", "urll": "x"}),
    story(id="st-3", themes=[{"theme": "gratitude.thank"}]),
)


def write(path: Path, obj: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2), encoding="utf-8")
    return path


class TestSources:
    def test_a_story_file(self, tmp_path):
        path = write(tmp_path / "a.json", story())
        [record] = rk.read(path)
        assert record.ok
        assert record.story is not None
        assert record.story.id == "st-1"
        assert (record.file, record.line, record.pointer, record.findings) == (
            str(path),
            None,
            "",
            (),
        )

    def test_bytes_and_streams(self, tmp_path):
        data = json.dumps(collection(story(id="a"), story(id="b"))).encode()
        from_bytes = [r.story.id for r in rk.read(data) if r.story]
        from_stream = [r.story.id for r in rk.read(io.BytesIO(data)) if r.story]
        assert from_bytes == from_stream == ["a", "b"]
        assert [r.pointer for r in rk.read(data)] == ["/stories/0", "/stories/1"]

    def test_json_lines_by_suffix_or_format(self, tmp_path):
        lines = "\n".join(json.dumps(story(id=f"s{i}")) for i in range(3)) + "\n"
        path = tmp_path / "a.JSONL"
        path.write_text(lines, encoding="utf-8")
        assert [r.line for r in rk.read(path)] == [1, 2, 3]
        as_bytes = list(rk.read(lines.encode(), format="jsonl"))
        assert [r.story.id for r in as_bytes if r.story] == ["s0", "s1", "s2"]
        other = tmp_path / "a.txt"
        other.write_text(lines, encoding="utf-8")
        assert len(list(read_file(other, format="jsonl"))) == 3

    def test_a_directory_in_sorted_path_order(self, tmp_path):
        write(tmp_path / "b" / "x.json", story(id="bx"))
        write(tmp_path / "a.json", story(id="a"))
        (tmp_path / "notes.txt").write_text("not a story")
        assert [r.story.id for r in rk.read(tmp_path) if r.story] == ["a", "bx"]

    def test_stdin(self, monkeypatch):
        data = json.dumps(story(id="from-stdin")).encode()
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
        [record] = rk.read("-")
        assert record.story is not None
        assert record.story.id == "from-stdin"
        assert record.file == "<stdin>"

    def test_a_missing_path_raises(self, tmp_path):
        with pytest.raises(FileNotFoundError):
            list(rk.read(tmp_path / "missing.json"))

    def test_an_unreadable_file_raises_and_is_never_skipped(self, tmp_path, monkeypatch):
        path = write(tmp_path / "a.json", story())

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise PermissionError(13, "Permission denied", str(path))

        monkeypatch.setattr(Path, "open", refuse)
        with pytest.raises(PermissionError):
            list(rk.read(path))


class TestLimits:
    def test_a_document_over_the_limit_is_a_finding_and_never_read_whole(self, tmp_path):
        path = write(tmp_path / "a.json", story(text="x" * 1000))
        [record] = rk.read(path, limits=rk.Limits(max_bytes=100))
        assert not record.ok
        [finding] = record.findings
        assert finding.rule == "json-invalid"
        assert "limit of 100 bytes" in finding.message

    def test_a_stream_is_read_only_up_to_the_limit(self):
        class Counting(io.BytesIO):
            asked: ClassVar[list[int]] = []

            def read(self, size: int | None = -1) -> bytes:
                self.asked.append(-1 if size is None else size)
                return super().read(size)

        stream = Counting(b"{" + b" " * 10_000 + b"}")
        [record] = rk.read(stream, limits=rk.Limits(max_bytes=50))
        assert stream.asked == [51]
        assert not record.ok

    def test_a_json_lines_line_over_the_limit(self, tmp_path):
        path = tmp_path / "a.jsonl"
        path.write_text(
            json.dumps(story(text="y" * 500)) + "\n" + json.dumps(story(id="ok")) + "\n"
        )
        records = list(rk.read(path, limits=rk.Limits(max_bytes=400)))
        assert [r.ok for r in records] == [False, True]
        assert records[0].findings[0].line == 1

    def test_limits_are_checked(self):
        with pytest.raises(ValueError, match="max_bytes"):
            rk.Limits(max_bytes=0)


class TestPerStoryIndependence:
    """One story that fails its field rules never hides the findings of the others."""

    def test_the_reader_loads_every_other_story_of_a_collection(self):
        records = list(iter_document(json.dumps(BAD_MIDDLE, indent=2), file="c.json"))
        assert [(r.pointer, r.ok) for r in records] == [
            ("/stories/0", True),
            ("/stories/1", False),
            ("/stories/2", True),
        ]
        [finding] = records[1].findings
        assert (finding.rule, finding.path, finding.file) == (
            "schema",
            "/stories/1/source/urll",
            "c.json",
        )
        assert finding.line is not None  # placed in the document's text

    def test_validate_reports_the_other_stories_findings(self):
        findings = rk.validate(json.dumps(BAD_MIDDLE))
        assert [(f.rule, f.path) for f in findings] == [
            ("schema", "/stories/1/source/urll"),
            ("theme-unknown", "/stories/2/themes/0/theme"),
        ]

    def test_a_problem_of_the_collection_itself_does_not_hide_its_stories(self):
        doc = {**collection(story(themes=[{"theme": "nope"}])), "extra": 1}
        findings = rk.validate(json.dumps(doc))
        assert [(f.rule, f.path) for f in findings] == [
            ("schema", "/extra"),
            ("theme-unknown", "/stories/0/themes/0/theme"),
        ]

    def test_a_story_that_is_not_an_object(self):
        findings = rk.validate(json.dumps(collection(story(), 42)))
        assert [(f.rule, f.path) for f in findings] == [("schema", "/stories/1")]
        assert "got a number" in findings[0].message or "got an integer" in findings[0].message

    def test_the_command_line_reports_every_story(self, tmp_path, capsys, monkeypatch):
        monkeypatch.chdir(tmp_path)
        path = write(tmp_path / "c.json", BAD_MIDDLE)
        code = main(["validate", "--format", "json", str(path)])
        records = json.loads(capsys.readouterr().out)
        assert code == 1
        assert [(r["rule"], r["path"]) for r in records] == [
            ("schema", "/stories/1/source/urll"),
            ("theme-unknown", "/stories/2/themes/0/theme"),
        ]
        assert all(isinstance(r["line"], int) for r in records)

    def test_the_checker_counts_and_places_each_story(self, tmp_path):
        path = write(tmp_path / "c.json", BAD_MIDDLE)
        result = Checker(rk.Validator()).run([str(path)])
        assert (result.files, result.stories, result.flagged) == (1, 3, 2)
        lines = [f.line for f in result.findings]
        assert lines == sorted(lines)


class TestPhysicalLines:
    """A buffered file is split in chunks; the lines are those a ``readline`` per line gives."""

    @staticmethod
    def by_readline(data: bytes, max_bytes: int) -> list[bytes | None]:
        return list(_records._readlines(io.BytesIO(data), max_bytes))

    @staticmethod
    def in_chunks(data: bytes, max_bytes: int, chunk: int) -> list[bytes | None]:
        stream = io.BufferedReader(io.BytesIO(data), buffer_size=8)
        with pytest.MonkeyPatch.context() as m:
            m.setattr(_records, "_CHUNK", chunk)
            return list(_records.physical_lines(stream, max_bytes))

    @given(
        data=st.binary(max_size=80).map(lambda b: b.replace(b"\x00", b"\n")),
        max_bytes=st.integers(1, 20),
        chunk=st.integers(1, 24),
    )
    def test_the_same_lines_as_readline(self, data, max_bytes, chunk):
        assert self.in_chunks(data, max_bytes, chunk) == self.by_readline(data, max_bytes)

    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            (b"", []),
            (b"abc", [b"abc"]),
            (b"abcd", [None]),
            (b"abc\nabcd\n\nx", [b"abc\n", None, b"\n", b"x"]),
            (b"abcdefghij\nab\n", [None, b"ab\n"]),
            (b"\n\n", [b"\n", b"\n"]),
        ],
    )
    @pytest.mark.parametrize("chunk", [1, 2, 5, 1 << 18])
    def test_lines_over_the_limit(self, data, expected, chunk):
        assert self.in_chunks(data, 3, chunk) == expected == self.by_readline(data, 3)

    def test_a_file_is_read_in_chunks(self, tmp_path):
        path = tmp_path / "a.jsonl"
        path.write_text("".join(json.dumps(story(id=f"s-{i}")) + "\n" for i in range(50)))
        records = list(rk.read(path))
        assert [r.story.id for r in records if r.story is not None] == [f"s-{i}" for i in range(50)]
        assert [r.line for r in records] == list(range(1, 51))
