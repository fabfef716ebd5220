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
    import rewardkit.taxonomy

    real = rewardkit.taxonomy.build_taxonomy

    def build(files: Any = (), plugins: Any = None) -> Any:
        return real(files=files, plugins=plugins) if files else FakeTaxonomy()

    monkeypatch.setattr("rewardkit.taxonomy.build_taxonomy", build)
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
        files = sorted(p for p in (CORPUS / "valid").rglob("*") if p.suffix in (".json", ".jsonl"))

        assert (result.code, result.out) == (0, "")
        assert result.err.startswith("checked ")
        assert result.err.endswith(f" stories in {len(files)} files: no problems\n")

    def test_0_when_there_are_only_warnings(self, run, tmp_path):
        raw = write(tmp_path / "raw.json", story(deidentification={"status": "raw"}))

        result = run("validate", raw)

        assert result.code == 0
        assert "deid-required" in result.out
        assert result.err == "1 warning in 1 of 1 story in 1 file\n"

    def test_1_for_an_error_finding(self, run):
        result = run("validate", CORPUS / "invalid/theme-unknown/typo.json")

        assert result.code == 1

    def test_1_for_input_that_cannot_be_parsed(self, run):
        result = run("validate", CORPUS / "invalid/json-invalid/trailing-comma.json")

        assert result.code == 1
        assert ": error json-invalid: the document is not valid JSON" in result.out

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
        story_id = json.loads(name.read_text())["id"]
        assert result.out == (
            f"{name}:54: [{story_id}] /deidentification/redactions/1: error redaction-overlap:"
            " overlaps the redaction at /deidentification/redactions/0 (26-32)\n"
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
        assert result.err == "1 error, 1 warning in 2 of 3 stories in 1 file\n"

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


class TestSummary:
    def test_no_problems(self, run, tmp_path):
        write(tmp_path / "a.json", story())
        write_jsonl(tmp_path / "b.jsonl", story(id="st-2"), story(id="st-3"))

        result = run("validate", tmp_path)

        assert (result.code, result.out) == (0, "")
        assert result.err == "checked 3 stories in 2 files: no problems\n"

    def test_counts_findings_by_severity_and_flagged_stories(self, run, tmp_path):
        write_jsonl(
            tmp_path / "s.jsonl",
            story(),
            story(id="st-2", themes=[{"theme": "nope"}, {"theme": "nada"}], text="It was abuse."),
            story(id="st-3"),
        )

        result = run("validate", tmp_path / "s.jsonl")

        assert result.code == 1
        assert result.err == "2 errors, 1 warning in 1 of 3 stories in 1 file\n"

    def test_singular_and_thousands(self, run, tmp_path):
        write_jsonl(tmp_path / "s.jsonl", *(story(id=f"st-{i}") for i in range(1204)))

        assert run("validate", tmp_path / "s.jsonl").err == (
            "checked 1,204 stories in 1 file: no problems\n"
        )

    def test_infos_are_counted(self, run, tmp_path):
        path = write(tmp_path / "s.json", story(deidentification={"status": "redacted"}))

        assert run("validate", path).err == "1 info in 1 of 1 story in 1 file\n"

    @pytest.mark.parametrize("fmt", ["text", "json", "github"])
    def test_every_format(self, run, tmp_path, fmt):
        path = write(tmp_path / "s.json", story())

        assert run("validate", "--format", fmt, path).err == (
            "checked 1 story in 1 file: no problems\n"
        )

    @pytest.mark.parametrize("flag", ["-q", "--quiet"])
    def test_quiet_silences_it(self, run, tmp_path, flag):
        path = write(tmp_path / "s.json", story(themes=[{"theme": "nope"}]))

        result = run("validate", flag, path)

        assert (result.code, result.err) == (1, "")
        assert "theme-unknown" in result.out

    def test_unreadable_files_are_counted(self, run, tmp_path, monkeypatch):
        bad = write(tmp_path / "a.json", story())
        write(tmp_path / "b.json", story(id="st-2"))
        real_open = Path.open

        def fake_open(self: Path, *args: Any, **kwargs: Any) -> Any:
            if self.name == bad.name:
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", fake_open)

        result = run("validate", tmp_path)

        assert result.code == 2
        assert result.err.splitlines() == [
            f"rewardkit validate: error: {bad}: cannot be read: Permission denied",
            "checked 1 story in 2 files: no problems; 1 file could not be read",
        ]


class TestTextOutput:
    def test_ordered_by_file_then_line_then_path(self, run, tmp_path):
        b = write_jsonl(
            tmp_path / "b.jsonl",
            story(id="st-2", deidentification={"status": "raw"}),
            story(id="st-3", themes=[{"theme": "zz"}, {"theme": "aa"}], text="abuse"),
        )
        a = write(
            tmp_path / "a.json",
            {
                "schema_version": "1.0",
                "stories": [story(id="st-4", themes=[{"theme": "x"}]), story(id="st-3")],
            },
        )

        result = run("validate", b, a)

        places = []
        for line in result.out.splitlines():
            where, about = line.split(": ")[0:2]
            file, number = where.rsplit(":", 1)
            places.append((file, int(number), about))
        assert [p[0] for p in places] == [str(b)] * 4 + [str(a)] * 2
        assert places[:4] == [
            (str(b), 1, "[st-2] /deidentification/status"),
            (str(b), 2, "[st-3] /content_warnings"),
            (str(b), 2, "[st-3] /themes/0/theme"),
            (str(b), 2, "[st-3] /themes/1/theme"),
        ]
        assert [p[2] for p in places[4:]] == [
            "[st-4] /stories/0/themes/0/theme",
            "[st-3] /stories/1/id",
        ]
        assert places[4][1] < places[5][1]

    def test_severity_and_story_in_each_line(self, run, tmp_path):
        path = write_jsonl(tmp_path / "s.jsonl", story(deidentification={"status": "raw"}))

        assert run("validate", path).out == (
            f"{path}:1: [st-1] /deidentification/status: warning deid-required: the story has"
            " not been de-identified (status 'raw')\n"
        )

    def test_no_story_for_a_story_that_does_not_load(self, run, tmp_path):
        path = write_jsonl(tmp_path / "s.jsonl", story(id="bad id"))

        assert run("validate", path).out == (
            f"{path}:1: /id: error schema: must be 1-128 characters of A-Z a-z 0-9 . _ : -\n"
        )

    def test_json_output_keeps_its_keys(self, run, tmp_path):
        path = write_jsonl(
            tmp_path / "s.jsonl", story(id="story-zq9", deidentification={"status": "raw"}), "{"
        )

        records = run("validate", "--format", "json", path).records

        assert [list(r) for r in records] == [
            ["file", "line", "path", "rule", "severity", "message"]
        ] * 2
        assert "story-zq9" not in json.dumps(records)

    def test_control_characters_from_the_input_are_escaped(self, run, tmp_path):
        path = write(tmp_path / "s\x1b[31m.json", story(source={"platform": "forum", "\x07x": 1}))

        result = run("validate", path)

        assert "\x1b" not in result.out
        assert "\x07" not in result.out
        assert "s\\x1b[31m.json:" in result.out
        assert "/source/\\x07x: error schema: unknown key" in result.out

    def test_colour_only_on_a_terminal(self, monkeypatch):
        from rewardkit.check import CheckResult, TextReporter
        from rewardkit.findings import Finding, Severity

        result = CheckResult(
            findings=[
                Finding(rule=r, severity=s, path="/x", message="m", file="f", line=1)
                for r, s in (("a", Severity.ERROR), ("b", Severity.WARNING), ("c", Severity.INFO))
            ]
        )

        class Tty(io.StringIO):
            def isatty(self) -> bool:
                return True

        monkeypatch.delenv("NO_COLOR", raising=False)
        tty, plain = Tty(), io.StringIO()
        TextReporter().report(result, tty)
        TextReporter().report(result, plain)
        assert tty.getvalue().splitlines() == [
            "f:1: /x: \x1b[1;31merror\x1b[0m a: m",
            "f:1: /x: \x1b[33mwarning\x1b[0m b: m",
            "f:1: /x: \x1b[36minfo\x1b[0m c: m",
        ]
        assert "\x1b" not in plain.getvalue()
        monkeypatch.setenv("NO_COLOR", "1")
        no_colour = Tty()
        TextReporter().report(result, no_colour)
        assert no_colour.getvalue() == plain.getvalue()


class TestSyntaxErrorContext:
    """The excerpt under a syntax error, when the file can (or cannot) be read again."""

    def finding(self, **changes: Any) -> Any:
        from rewardkit.findings import Finding, Severity

        fields: dict[str, Any] = {
            "rule": "json-invalid",
            "severity": Severity.ERROR,
            "path": None,
            "message": "m",
            "file": None,
            "line": 2,
            "column": 3,
        }
        fields.update(changes)
        return Finding(**fields)

    def report(self, *findings: Any) -> list[str]:
        from rewardkit.check import CheckResult, TextReporter

        out = io.StringIO()
        TextReporter(colour=False).report(CheckResult(findings=list(findings)), out)
        return out.getvalue().splitlines()

    def test_without_a_file_or_past_its_end_or_unreadable(self, tmp_path):
        short = tmp_path / "short.json"
        short.write_text("{}\n")

        assert self.report(self.finding()) == ["<input>:2: error json-invalid: m"]
        assert len(self.report(self.finding(file=str(short), line=5))) == 1
        assert len(self.report(self.finding(file=str(tmp_path / "gone.json")))) == 1

    def test_a_bom_and_long_lines_before(self, tmp_path):
        path = tmp_path / "s.json"
        path.write_bytes(b"\xef\xbb\xbf" + b"x" * 100_000 + b"\n" + b'{"a" 1}\n')

        lines = self.report(self.finding(file=str(path), line=2, column=6))
        assert lines[1] == '  2 | {"a" 1}'
        lines = self.report(self.finding(file=str(path), line=1, column=1))
        assert lines[1] == "  1 | " + "x" * 20 + "..."

    def test_a_closed_stream_is_not_a_terminal(self):
        from rewardkit.check._reporters import colour_wanted

        stream = io.StringIO()
        stream.close()
        assert colour_wanted(stream) is False


class TestSyntaxErrors:
    def test_a_caret_under_the_place(self, run, tmp_path):
        path = tmp_path / "s.json"
        path.write_text('{\n  "id": "st-1",\n  "text": "He came to group" "title": "x"\n}\n')

        result = run("validate", path)

        first, excerpt, caret = result.out.splitlines()
        assert first == (
            f"{path}:3: error json-invalid: the document is not valid JSON: expected ',' or '}}'"
            " after a value in an object, found '\"' (line 3, column 30)"
        )
        assert excerpt == '  3 | ... "He came to group" "title": "x"'
        assert caret.rstrip("^").strip() == "|"
        assert excerpt[caret.index("^") :] == '"title": "x"'

    def test_at_most_forty_characters_of_the_line(self, run, tmp_path):
        line = json.dumps(story(text="a" * 30 + " secret-words " + "b" * 30))
        bad = line.replace('"source"', '"source" 1', 1)
        path = write_jsonl(tmp_path / "s.jsonl", story(), bad)

        result = run("validate", path)

        first, excerpt, caret = result.out.splitlines()
        assert first.startswith(f"{path}:2: error json-invalid:")
        shown = excerpt.split(" | ", 1)[1]
        assert len(shown.strip(".")) <= 40
        assert shown.startswith("...")
        assert shown.endswith("...")
        assert excerpt[caret.index("^")] == "1"
        assert "secret-words" not in result.out

    def test_not_in_json_output(self, run, tmp_path):
        path = tmp_path / "s.json"
        path.write_text('{"id": "st-1", "text": "He came to group" "title": 1}')

        [record] = run("validate", "--format", "json", path).records

        assert "He came" not in record["message"]
        assert record["message"].endswith("(column 43)")

    def test_controls_in_the_excerpt_are_escaped_and_the_caret_follows(self, run, tmp_path):
        path = tmp_path / "s.json"
        path.write_bytes(b'{"a": "x",\t\t"b" 1}')

        _, excerpt, caret = run("validate", path).out.splitlines()

        assert excerpt == '  1 | {"a": "x",\\t\\t"b" 1}'
        assert excerpt[caret.index("^")] == "1"

    def test_a_raw_tab_in_a_string_is_shown_escaped(self, run, tmp_path):
        path = tmp_path / "s.json"
        path.write_bytes(b'{"a": "x\ty"}')

        first, excerpt, caret = run("validate", path).out.splitlines()

        assert "a control character" in first
        assert excerpt == '  1 | {"a": "x\\ty"}'
        assert excerpt[caret.index("^") :].startswith("\\t")

    def test_none_for_stdin(self, run, monkeypatch):
        stdin(monkeypatch, b'{"id": "st-1" "text": "He came"}')

        result = run("validate", "-")

        assert result.out.count("\n") == 1
        assert "He came" not in result.out


class TestDidYouMean:
    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (["validate", "--format", "jsn", "x"], "did you mean 'json'?"),
            (["validate", "--stdin-format", "jsonlines", "-"], "did you mean 'jsonl'?"),
            (["valdate", "x"], "invalid choice: 'valdate' (choose from 'validate', "),
            (["valdate", "x"], "did you mean 'validate'?"),
            (["validate", "--select", "theme-unknow", "x"], "did you mean 'theme-unknown'?"),
        ],
    )
    def test_choices_and_commands(self, run, argv, message):
        result = run(*argv)

        assert result.code == 2
        assert message in result.err

    def test_a_config_key(self, run, tmp_path):
        (tmp_path / "pyproject.toml").write_text('[tool.rewardkit]\nprofle = "publish"\n')
        write(tmp_path / "s.json", story())

        result = run("validate", "s.json")

        assert result.code == 2
        assert result.err == (
            f"rewardkit validate: error: {tmp_path.resolve() / 'pyproject.toml'}: unknown key"
            " 'profle' in [tool.rewardkit]; did you mean 'profile'?\n"
        )

    @pytest.mark.parametrize(
        ("table", "message"),
        [
            ('select = ["theme-unknwn"]', "unknown rule 'theme-unknwn' in select; did you mean"),
            ('ignore = ["schema"]', "the rule 'schema' cannot be switched off"),
            ('profile = "publsh"', "unknown profile 'publsh'"),
            ("severity = {content-warning = 'loud'}", "unknown severity 'loud'"),
        ],
    )
    def test_a_rule_setting_names_the_file(self, run, tmp_path, table, message):
        (tmp_path / "pyproject.toml").write_text(f"[tool.rewardkit]\n{table}\n")
        write(tmp_path / "s.json", story())

        result = run("validate", "s.json")

        assert result.code == 2
        where = f"{tmp_path.resolve() / 'pyproject.toml'}: [tool.rewardkit]: "
        assert result.err.startswith(f"rewardkit validate: error: {where}")
        assert message in result.err

    def test_a_flag_overrides_a_bad_setting(self, run, tmp_path):
        (tmp_path / "pyproject.toml").write_text('[tool.rewardkit]\nselect = ["nope"]\n')
        write(tmp_path / "s.json", story())

        assert run("validate", "--select", "deid-required", "s.json").code == 0

    def test_a_taxonomy_parent(self, run, tmp_path):
        (tmp_path / "acme.toml").write_text(
            ACME_TAXONOMY.replace('"small-victory"', '"small-victroy"')
        )
        write(tmp_path / "s.json", story())

        result = run("validate", "--taxonomy", "acme.toml", "s.json")

        assert result.code == 2
        assert result.err == (
            "rewardkit validate: error: acme.toml: theme 'acme:night-shift-win': parent"
            " 'small-victroy' is missing; did you mean 'small-victory'?\n"
        )

    def test_a_taxonomy_file_that_is_not_json(self, run, tmp_path):
        (tmp_path / "acme.json").write_text('{"taxonomy": {"namespace": "acme",}}')
        write(tmp_path / "s.json", story())

        result = run("validate", "--taxonomy", "acme.json", "s.json")

        assert result.code == 2
        assert result.err == (
            "rewardkit validate: error: acme.json: not valid JSON: expected a key after ',',"
            " found '}': a trailing comma is not allowed (line 1, column 35)\n"
        )

    def test_a_missing_taxonomy_file_from_the_config(self, run, tmp_path):
        (tmp_path / "pyproject.toml").write_text('[tool.rewardkit]\ntaxonomy = ["t.toml"]\n')
        write(tmp_path / "s.json", story())

        result = run("validate", "s.json")

        assert result.code == 2
        assert "[tool.rewardkit] taxonomy: " in result.err
        assert "t.toml: no such file" in result.err


class TestLimits:
    def test_stdin_stops_at_the_size_limit(self, run, monkeypatch):
        from rewardkit.check import _reader
        from rewardkit.serialization import Limits

        class Endless(io.RawIOBase):
            read_bytes = 0

            def readable(self) -> bool:
                return True

            def readinto(self, buffer: Any) -> int:
                n = len(buffer)
                buffer[:n] = b" " * n
                type(self).read_bytes += n
                return n

        endless = Endless()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
        monkeypatch.setattr(_reader, "Limits", lambda: Limits(max_bytes=100_000))
        monkeypatch.setattr("rewardkit.check._checker.Limits", lambda: Limits(max_bytes=100_000))

        result = run("validate", "--format", "json", "-")

        assert result.code == 1
        [record] = result.records
        assert record["rule"] == "json-invalid"
        assert "over the limit of 100000 bytes" in record["message"]
        assert Endless.read_bytes < 200_000

    def test_an_unreadable_directory_is_a_usage_error(self, run, tmp_path, monkeypatch):
        write(tmp_path / "d/sub/s.json", story())

        def walk(top: Any, onerror: Any = None, **kwargs: Any) -> Any:
            onerror(PermissionError(13, "Permission denied", str(tmp_path / "d/sub")))
            yield from ()

        monkeypatch.setattr("rewardkit.check._paths.os.walk", walk)

        result = run("validate", tmp_path / "d")

        assert result.code == 2
        assert result.err == (
            f"rewardkit validate: error: {tmp_path / 'd/sub'}: cannot be read: Permission denied\n"
        )


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
        assert result.out.startswith("<stdin>:1: [st-1] /themes/0/theme: error theme-unknown: ")

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

    def test_cleared_before_findings_go_to_the_same_terminal(self):
        from rewardkit.cli import _validate

        stream = self.Tty()
        progress = Progress(10, stream)
        progress.DELAY = progress.INTERVAL = 0

        def findings():
            for n in (1, 2):
                progress.update(1, n)
                yield n

        # What the terminal's last line holds when each finding is written.
        seen = [
            stream.getvalue().rsplit("\r", 1)[-1] for _ in _validate._under(progress, findings())
        ]
        progress.close()

        assert seen == ["\x1b[K", "\x1b[K"]  # the line is gone when a finding is written
        assert stream.getvalue().count("rewardkit: 1/10 files") == 2


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
