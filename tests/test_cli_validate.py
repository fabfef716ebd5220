"""Tests for `rewardkit validate` and `rewardkit schema`."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from _helpers import FakeTaxonomy
from rewardkit import json_schema
from rewardkit.check import load_config
from rewardkit.cli import main
from rewardkit.cli._main import _robust
from rewardkit.cli._progress import Progress
from rewardkit.serialization._locate import locate_lines

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"
ROOT = HERE.parent
HAS_TAXONOMY = importlib.util.find_spec("rewardkit.taxonomy") is not None
needs_taxonomy = pytest.mark.skipif(
    not HAS_TAXONOMY, reason="needs the real taxonomy (rewardkit.taxonomy)"
)


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    """Run in an empty directory, with the fake taxonomy as the default one."""
    monkeypatch.setattr(
        "rewardkit.taxonomy.build_taxonomy", lambda files=(), plugins=None: FakeTaxonomy()
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")


@attrs.frozen
class Run:
    code: int
    out: str
    err: str

    @property
    def records(self) -> list[dict[str, Any]]:
        return json.loads(self.out)


@pytest.fixture
def run(capsys):
    def run(*argv: str | Path) -> Run:
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Run(code, out, err)

    return run


def story(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema_version": "1.0",
        "id": "st-1",
        "text": "He got out of bed and came to group.",
        "source": {"platform": "forum"},
        "deidentification": {
            "status": "reviewed",
            "reviewed_by": "reviewer-1",
            "reviewed_at": "2024-06-01T00:00:00Z",
        },
    }
    doc.update(changes)
    return doc


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


class TestExitCodes:
    def test_0_for_valid_files(self, run):
        result = run("validate", CORPUS / "valid")

        assert (result.code, result.out, result.err) == (0, "", "")

    def test_0_when_there_are_only_warnings(self, run, tmp_path):
        raw = write(tmp_path / "raw.json", story(deidentification={"status": "raw"}))

        result = run("validate", raw)

        assert result.code == 0
        assert "deid-required" in result.out
        assert "0 errors, 1 warning in 1 file (1 story checked)" in result.err

    def test_1_for_an_error_finding(self, run):
        result = run("validate", CORPUS / "invalid/theme-unknown/typo.json")

        assert result.code == 1

    def test_1_for_input_that_cannot_be_parsed(self, run):
        result = run("validate", CORPUS / "invalid/json-invalid/trailing-comma.json")

        assert result.code == 1
        assert ": json-invalid: the document is not valid JSON" in result.out

    def test_1_under_publish_for_a_raw_story(self, run, tmp_path):
        raw = write(tmp_path / "raw.json", story(deidentification={"status": "raw"}))

        assert run("validate", "--profile", "publish", raw).code == 1

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["missing.json"], "missing.json: no such file or directory"),
            (["--select", "no-such-rule", "."], "unknown rule 'no-such-rule' in select"),
            (["--ignore", "schema", "."], "the rule 'schema' cannot be switched off"),
            (["--ignore", "json-invalid", "."], "'json-invalid' cannot be switched off"),
            (["--profile", "strict", "."], "unknown profile 'strict'"),
            (["--format", "xml", "."], "invalid choice: 'xml'"),
            (["--bogus", "."], "unrecognized arguments: --bogus"),
            (["--taxonomy", "nope.toml", "."], "nope.toml: no such file"),
            (["empty"], "no story files found"),
            ([], "the following arguments are required: PATH"),
        ],
    )
    def test_2_for_usage_errors(self, run, tmp_path, argv, message):
        (tmp_path / "empty").mkdir()
        write(tmp_path / "ok.json", story())

        result = run("validate", *argv) if argv != [] else run("validate")

        assert result.code == 2
        assert result.out == ""
        assert message in result.err

    def test_2_without_a_command(self, run):
        result = run()

        assert result.code == 2
        assert "validate" in result.err

    def test_2_for_an_unreadable_file_after_checking_the_others(self, run, tmp_path, monkeypatch):
        bad = write(tmp_path / "a.json", story())
        write(tmp_path / "b.json", story(themes=[{"theme": "nope"}]))
        real_open = Path.open

        def fake_open(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self.name == bad.name:
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", fake_open)

        result = run("validate", ".")

        assert result.code == 2
        assert "a.json: cannot be read: Permission denied" in result.err
        assert "theme-unknown" in result.out

    def test_2_for_an_internal_error_after_checking_the_others(self, run, tmp_path, monkeypatch):
        write(tmp_path / "a.json", story(themes=[{"theme": "nope"}]))
        write(tmp_path / "b.jsonl", story(id="st-2"))

        def broken(*args: Any, **kwargs: Any) -> Any:
            raise ZeroDivisionError

        monkeypatch.setattr("rewardkit.check._reader.iter_json_lines", broken)

        result = run("validate", ".")

        assert result.code == 2
        assert "b.jsonl: internal error (ZeroDivisionError); please report it" in result.err
        assert "theme-unknown" in result.out

    def test_2_beats_1(self, run):
        result = run("validate", CORPUS / "invalid/theme-unknown", "missing.json")

        assert result.code == 2


class TestOutput:
    def test_text_lines(self, run):
        result = run("validate", CORPUS / "invalid/redaction-overlap/zero-width-inside.json")

        name = CORPUS / "invalid/redaction-overlap/zero-width-inside.json"
        assert result.out == (
            f"{name}:54: /deidentification/redactions/1: redaction-overlap: overlaps the"
            " redaction at /deidentification/redactions/0 (26-32)\n"
        )

    def test_json_records(self, run, tmp_path):
        path = write_jsonl(
            tmp_path / "s.jsonl",
            story(),
            "",
            "   ",
            story(id="st-2", deidentification={"status": "raw"}),
            "{not json",
        )

        result = run("validate", "--format", "json", path)

        assert result.records == [
            {
                "file": str(path),
                "line": 4,
                "path": "/deidentification/status",
                "rule": "deid-required",
                "severity": "warning",
                "message": "the story has not been de-identified (status 'raw')",
            },
            {
                "file": str(path),
                "line": 5,
                "path": None,
                "rule": "json-invalid",
                "severity": "error",
                "message": result.records[1]["message"],
            },
        ]
        assert result.code == 1
        assert result.err == ""

    def test_json_output_with_no_findings_is_an_empty_list(self, run):
        assert run("validate", "--format", "json", CORPUS / "valid").records == []

    def test_github_annotations(self, run, tmp_path):
        path = write(tmp_path / "a,b.json", story(themes=[{"theme": "nope"}]))
        write(tmp_path / "c.json", story(id="st-3", deidentification={"status": "raw"}))

        result = run("validate", "--format", "github", path, tmp_path / "c.json")

        assert result.out.splitlines() == [
            (
                f"::error file={str(path).replace(',', '%2C')},line=15,title=rewardkit theme-unknown"
                "::/themes/0/theme: theme-unknown: the theme 'nope' is not in the taxonomy in use"
            ),
            (
                f"::warning file={tmp_path / 'c.json'},line=9,title=rewardkit deid-required"
                "::/deidentification/status: deid-required: the story has not been de-identified"
                " (status 'raw')"
            ),
        ]

    def test_schema_findings_in_json_files_get_lines(self, run):
        result = run(
            "validate", "--format", "json", CORPUS / "invalid/schema/missing-platform.json"
        )

        [record] = result.records
        assert (record["rule"], record["path"], record["line"]) == ("schema", "/source/platform", 5)

    def test_unencodable_characters_are_escaped(self, tmp_path):
        raw = io.BytesIO()
        stream = io.TextIOWrapper(raw, encoding="ascii")
        _robust(stream)
        stream.write("caf\u00e9.json: x\n")
        stream.flush()

        assert raw.getvalue() == b"caf\\xe9.json: x\n"

    def test_never_prints_the_text(self, run):
        result = run("validate", CORPUS / "invalid")

        for path in (CORPUS / "invalid").glob("*/*.json"):
            if path.parent.name in ("json-invalid", "schema"):
                continue
            doc = json.loads(path.read_text())
            for s in doc.get("stories", [doc]):
                words = re.findall(r"[A-Za-z]{4,}(?: [A-Za-z]{2,}){3}", s["text"])
                assert not any(w in result.out for w in words)


class TestFiles:
    def test_directories_are_read_in_sorted_path_order(self, run, tmp_path):
        write(tmp_path / "d/b.json", story())
        write(tmp_path / "d/a/z.json", story())
        write_jsonl(tmp_path / "d/c.jsonl", story(id="st-2"), story())
        (tmp_path / "d/notes.txt").write_text("not a story")

        result = run("validate", "--format", "json", tmp_path / "d")

        assert [(r["file"], r["line"], r["path"]) for r in result.records] == [
            (str(tmp_path / "d/b.json"), 3, "/id"),
            (str(tmp_path / "d/c.jsonl"), 2, "/id"),
        ]
        assert f"({tmp_path / 'd/a/z.json'})" in result.records[0]["message"]

    def test_files_are_read_in_the_order_given(self, run, tmp_path):
        a = write(tmp_path / "a.json", story())
        b = write(tmp_path / "b.json", story())

        result = run("validate", "--format", "json", b, a)

        assert [r["file"] for r in result.records] == [str(a)]

    def test_a_file_named_twice_is_read_once(self, run, tmp_path):
        a = write(tmp_path / "a.json", story())

        assert run("validate", a, a, tmp_path).code == 0

    def test_collections_in_json_files(self, run, tmp_path):
        path = write(tmp_path / "c.json", {"schema_version": "1.0", "stories": [story(), story()]})

        result = run("validate", "--format", "json", path)

        assert [(r["path"], r["line"]) for r in result.records] == [("/stories/1/id", 19)]

    def test_stdin_json(self, run, monkeypatch):
        stdin(monkeypatch, json.dumps(story(themes=[{"theme": "nope"}])).encode())

        result = run("validate", "-")

        assert result.code == 1
        assert result.out.startswith("<stdin>:1: /themes/0/theme: theme-unknown: ")

    def test_stdin_jsonl(self, run, monkeypatch):
        lines = [json.dumps(story()), "", json.dumps(story())]
        stdin(monkeypatch, "\n".join(lines).encode())

        result = run("validate", "--stdin-format", "jsonl", "--format", "json", "-")

        assert [(r["file"], r["line"], r["path"]) for r in result.records] == [
            ("<stdin>", 3, "/id")
        ]

    def test_an_empty_jsonl_file_is_valid(self, run, tmp_path):
        (tmp_path / "e.jsonl").write_text("")

        assert run("validate", tmp_path / "e.jsonl").code == 0


BAD_INPUTS: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b"  \n\t ",
    "invalid-utf8": b'{"id": "\xff"}',
    "utf16": json.dumps(story()).encode("utf-16"),
    "nan": b'{"schema_version": "1.0", "id": "a", "text": NaN}',
    "infinity": b'{"confidence": Infinity}',
    "overflow": b"[1e999]",
    "huge-int": b"[" + b"9" * 5000 + b"]",
    "duplicate-key": b'{"id": "a", "id": "b"}',
    "lone-surrogate": b'{"id": "a", "text": "\\ud800"}',
    "surrogate-key": b'{"\\udc00": 1}',
    "deep": b"[" * 5000 + b"]" * 5000,
    "very-deep": b"[" * 200_000,
    "comment": b'// hi\n{"id": "a"}',
    "trailing-comma": b'{"id": "a",}',
    "single-quotes": b"{'id': 'a'}",
    "null": b"null",
    "array": b"[]",
    "string": b'"a story"',
    "number": b"42",
    "two-documents": b"{} {}",
    "nul": b"\x00",
    "bom-only": b"\xef\xbb\xbf",
    "wrong-types": json.dumps(
        story(id=5, text=["x"], source="reddit", themes={"theme": "a"})
    ).encode(),
    "booleans-as-offsets": json.dumps(
        story(themes=[{"theme": "gratitude", "evidence": [{"start": True, "end": False}]}])
    ).encode(),
    "nulls": json.dumps(story(id=None, text=None, source=None, deidentification=None)).encode(),
    "bad-timestamps": json.dumps(
        story(source={"platform": "forum", "posted_at": "2024-03-14 18:22:00Z"})
    ).encode(),
    "leap-second": json.dumps(
        story(source={"platform": "forum", "posted_at": "2016-12-31T23:59:60Z"})
    ).encode(),
    "reviewed-without-reviewer": json.dumps(
        story(deidentification={"status": "reviewed"})
    ).encode(),
    "collection-version-mismatch": json.dumps(
        {"schema_version": "1.0", "stories": [story(schema_version="2.0")]}
    ).encode(),
    "collection-without-version": json.dumps({"stories": []}).encode(),
    "stories-not-a-list": json.dumps({"schema_version": "1.0", "stories": {}}).encode(),
    "huge-offsets": json.dumps(
        story(
            deidentification={
                "status": "reviewed",
                "reviewed_by": "reviewer-1",
                "reviewed_at": "2024-06-01T00:00:00Z",
                "redactions": [
                    {
                        "start": 10**30,
                        "end": 10**31,
                        "category": "NAME",
                        "operator": "remove",
                        "replacement": "",
                    }
                ],
            }
        )
    ).encode(),
    "negative-offsets": json.dumps(
        story(themes=[{"theme": "gratitude", "evidence": [{"start": -1, "end": 3}]}])
    ).encode(),
}


class TestNeverATraceback:
    @pytest.mark.parametrize("name", list(BAD_INPUTS))
    @pytest.mark.parametrize("suffix", [".json", ".jsonl"])
    def test_bad_input_is_a_finding(self, run, tmp_path, name, suffix):
        path = tmp_path / f"{name}{suffix}"
        path.write_bytes(BAD_INPUTS[name])

        result = run("validate", "--format", "json", path)

        assert result.code in (0, 1)
        if result.code == 1:
            assert {r["rule"] for r in result.records} <= {
                "json-invalid",
                "schema",
                "span-bounds",
            }

    @pytest.mark.parametrize("name", list(BAD_INPUTS))
    def test_bad_input_on_stdin(self, run, monkeypatch, name):
        stdin(monkeypatch, BAD_INPUTS[name])

        result = run("validate", "-")

        assert result.code in (0, 1)

    def test_every_bad_input_in_one_run(self, run, tmp_path):
        for name, data in BAD_INPUTS.items():
            (tmp_path / f"{name}.json").write_bytes(data)
            (tmp_path / f"{name}.jsonl").write_bytes(data)

        result = run("validate", tmp_path)

        assert result.code == 1
        assert f"in {2 * len(BAD_INPUTS)} files" in result.err


class TestConfiguration:
    def pyproject(self, directory: Path, table: str) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "pyproject.toml").write_text(f"[project]\nname = 'x'\n\n{table}\n")

    RAW_UNKNOWN = story(
        deidentification={"status": "raw"},
        themes=[{"theme": "gratitude.card"}],
        text="It was abuse.",
    )

    def rules(self, result: Run) -> list[str]:
        return [r["rule"] for r in result.records]

    def test_a_deeply_nested_pyproject_is_a_configuration_error(self, run, tmp_path):
        (tmp_path / "pyproject.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
        write(tmp_path / "s.json", story())

        result = run("validate", "s.json")

        assert result.code == 2
        assert (
            "pyproject.toml: cannot be read: it nests deeper than the limit of 200 levels"
            in result.err
        )

    def test_the_nearest_pyproject_with_the_table_is_used(self, run, tmp_path, monkeypatch):
        self.pyproject(tmp_path, '[tool.rewardkit]\nignore = ["content-warning"]')
        self.pyproject(tmp_path / "sub", "[tool.other]\nx = 1")
        (tmp_path / "sub/deeper").mkdir()
        write(tmp_path / "sub/deeper/s.json", self.RAW_UNKNOWN)
        monkeypatch.chdir(tmp_path / "sub/deeper")

        result = run("validate", "--format", "json", "s.json")

        assert self.rules(result) == ["deid-required", "theme-deprecated"]

    def test_profile_select_and_severity(self, run, tmp_path):
        self.pyproject(
            tmp_path,
            '[tool.rewardkit]\nprofile = "publish"\nselect = "deid-required,theme-deprecated"\n'
            '[tool.rewardkit.severity]\ntheme-deprecated = "error"',
        )
        write(tmp_path / "s.json", self.RAW_UNKNOWN)

        result = run("validate", "--format", "json", "s.json")

        assert [(r["rule"], r["severity"]) for r in result.records] == [
            ("deid-required", "error"),
            ("theme-deprecated", "error"),
        ]

    def test_flags_override_the_file(self, run, tmp_path):
        self.pyproject(
            tmp_path, '[tool.rewardkit]\nprofile = "publish"\nignore = ["deid-required"]'
        )
        write(tmp_path / "s.json", self.RAW_UNKNOWN)

        result = run(
            "validate",
            "--format",
            "json",
            "--profile",
            "default",
            "--ignore",
            "content-warning",
            "--ignore",
            "theme-deprecated",
            "s.json",
        )

        assert [(r["rule"], r["severity"]) for r in result.records] == [
            ("deid-required", "warning")
        ]

    @pytest.mark.parametrize(
        ("table", "message"),
        [
            ("[tool.rewardkit]\nignor = []", "unknown key 'ignor' in [tool.rewardkit]"),
            ("[tool.rewardkit]\nselect = 3", "select must be a list of rule names"),
            ('[tool.rewardkit]\nignore = ["schema"]', "'schema' cannot be switched off"),
            ("[tool.rewardkit]\nprofile = 1", "profile must be a string"),
            ("[tool.rewardkit]\ntaxonomy = 1", "taxonomy must be a list of file names"),
            ('[tool.rewardkit]\nseverity = "x"', "severity must be a table"),
            ("[tool.rewardkit.severity]\ncontent-warning = 'loud'", "unknown severity 'loud'"),
            ("[tool.rewardkit\n", "cannot be read"),
            ('[tool.rewardkit]\ntaxonomy = ["missing.toml"]', "missing.toml: no such file"),
        ],
    )
    def test_a_bad_file_is_a_configuration_error(self, run, tmp_path, table, message):
        self.pyproject(tmp_path, table)
        write(tmp_path / "s.json", story())

        result = run("validate", "s.json")

        assert result.code == 2
        assert message in result.err

    def test_taxonomy_paths_are_relative_to_the_pyproject(self, tmp_path, monkeypatch):
        self.pyproject(tmp_path, '[tool.rewardkit]\ntaxonomy = ["tax/acme.toml"]')
        (tmp_path / "sub").mkdir()
        monkeypatch.chdir(tmp_path / "sub")

        config = load_config()

        assert config.taxonomy == (tmp_path.resolve() / "tax/acme.toml",)
        assert config.source == tmp_path.resolve() / "pyproject.toml"

    def test_no_file_means_no_settings(self, tmp_path):
        assert load_config(tmp_path).source is None


ACME_TAXONOMY = """\
[taxonomy]
namespace = "acme"
version = "1.0.0"
extends = ["rewardkit.core"]

[[themes]]
id = "acme:night-shift-win"
parent = "small-victory"
label = "Night-shift win"
definition = "A moment on a night shift that made the work feel worth it."
"""


@needs_taxonomy
class TestRealTaxonomy:
    """These need `rewardkit.taxonomy`, and run once it is there."""

    @pytest.fixture(autouse=True)
    def real_taxonomy(self, monkeypatch, tmp_path):
        monkeypatch.undo()
        monkeypatch.chdir(tmp_path)
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")

    def test_a_taxonomy_file_adds_themes(self, run, tmp_path):
        (tmp_path / "acme.toml").write_text(ACME_TAXONOMY)
        doc = write(tmp_path / "s.json", story(themes=[{"theme": "acme:night-shift-win"}]))

        assert run("validate", doc).code == 1
        assert run("validate", "--taxonomy", tmp_path / "acme.toml", doc).code == 0

    def test_a_bad_taxonomy_file_is_a_configuration_error(self, run, tmp_path):
        (tmp_path / "bad.toml").write_text("[taxonomy]\nnamespace = 'Bad Name'\n")

        result = run("validate", "--taxonomy", tmp_path / "bad.toml", CORPUS / "valid")

        assert result.code == 2
        assert "bad.toml" in result.err

    def test_the_valid_corpus_passes_with_the_core_taxonomy(self, run):
        assert run("validate", CORPUS / "valid").code == 0

    def test_the_shipped_examples_pass(self, run):
        assert run("validate", ROOT / "examples/stories").code == 0


class TestSchemaCommand:
    def test_prints_the_schema(self, run):
        result = run("schema")

        assert result.code == 0
        assert json.loads(result.out) == json_schema()

    def test_one_story(self, run):
        assert json.loads(run("schema", "--root", "story").out) == json_schema("story")


class TestProgress:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    def test_silent_when_not_a_terminal(self):
        stream = io.StringIO()
        progress = Progress(10, stream)
        progress.DELAY = progress.INTERVAL = 0

        progress.update(1, 5)
        progress.close()

        assert stream.getvalue() == ""

    def test_silent_for_short_runs(self):
        stream = self.Tty()
        progress = Progress(10, stream)

        progress.update(1, 5)
        progress.close()

        assert stream.getvalue() == ""

    def test_shown_and_cleared_for_long_runs(self):
        stream = self.Tty()
        progress = Progress(10, stream)
        progress.DELAY = progress.INTERVAL = 0

        progress.update(3, 40)
        progress.close()

        assert stream.getvalue() == "\rrewardkit: 3/10 files, 40 stories\r\x1b[K"


class TestLocate:
    DOC = b'\xef\xbb\xbf{\n  "a": [\n    1,\n    {"b~/c": 2}\n  ],\n  "d": {}\n}'

    def test_lines(self):
        assert locate_lines(self.DOC, ["", "/a", "/a/1/b~0~1c", "/d/missing", "/zz", None]) == [
            1,
            2,
            4,
            6,
            1,
            None,
        ]

    def test_text_that_is_not_json(self):
        assert locate_lines(b"{", ["/a"]) == [None]


class TestPreCommitHook:
    HOOKS = (ROOT / ".pre-commit-hooks.yaml").read_text()

    def files_pattern(self) -> re.Pattern[str]:
        [pattern] = re.findall(r"^\s+files: '(.*)'$", self.HOOKS, re.MULTILINE)
        return re.compile(pattern)

    @pytest.mark.parametrize(
        "path",
        [
            "examples/stories/ex-0001.json",
            "stories/a.jsonl",
            "data/stories/2024/batch.json",
            "corpus/ward-7.story.json",
            "night.stories.jsonl",
        ],
    )
    def test_matches_story_files(self, path):
        assert self.files_pattern().search(path)

    @pytest.mark.parametrize(
        "path",
        [
            "package.json",
            "tsconfig.json",
            "stories/readme.md",
            "history/a.json",
            "mystories/x.json",
        ],
    )
    def test_leaves_other_files_alone(self, path):
        assert not self.files_pattern().search(path)

    def test_runs_the_validate_command_in_one_process(self):
        assert "entry: rewardkit validate\n" in self.HOOKS
        assert "require_serial: true\n" in self.HOOKS

    def test_the_hook_validates_this_repositorys_examples(self, run):
        examples = ROOT / "examples/stories"
        if not examples.is_dir():
            pytest.skip("no examples in this checkout")
        pattern = self.files_pattern()
        stories = [p for p in examples.iterdir() if pattern.search(p.relative_to(ROOT).as_posix())]

        assert stories
        assert run("validate", *stories).code == 0
