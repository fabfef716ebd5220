"""``rewardkit import reddit`` on the command line, the progress line, and what imports what."""

from __future__ import annotations

import ast
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.cli._import import REDDIT_FORMATS, _Progress
from rewardkit.io import ImportReport

ROOT = Path(__file__).parent.parent
SRC = ROOT / "src" / "rewardkit"
DATA = Path(__file__).parent / "data" / "reddit"
LISTING = DATA / "listing.json"
THREAD = DATA / "thread.json"
POSTS = DATA / "RS_2024-03"


def test_import_reddit_writes_stories_that_validate(tmp_path, capsys):
    out = tmp_path / "stories.jsonl"
    assert main(["import", "reddit", str(LISTING), str(THREAD), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err == (
        f"rewardkit import reddit: wrote 7 stories from 2 files to {out};"
        " skipped 4: 2 removed, 1 deleted, 1 more\n"
    )
    assert len(rk.load(out)) == 7
    assert main(["validate", str(out)]) == 0  # raw stories are a warning by default
    capsys.readouterr()
    assert main(["validate", "--profile", "publish", str(out)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 14  # each story: raw, and the verbatim text of a public post
    assert sum("deid-required" in line for line in lines) == 7
    assert sum("verbatim-publish" in line for line in lines) == 7


def test_malformed_records_are_listed_and_exit_1(tmp_path, capsys):
    out = tmp_path / "stories.jsonl"
    assert main(["import", "reddit", str(POSTS), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:3] == [
        f"rewardkit import: {POSTS}:4: not JSON (Invalid control character at column 35)",
        f"rewardkit import: {POSTS}:10: not a JSON object",
        f"rewardkit import: {POSTS}:11: post 'created_utc' is not a number of seconds since 1970",
    ]
    assert err[3].startswith("rewardkit import reddit: wrote 4 stories from 1 file to ")
    assert len(rk.load(out)) == 4


def test_many_malformed_records_are_cut_short(tmp_path, capsys):
    dump = tmp_path / "RS_bad"
    dump.write_text("not json\n" * (ImportReport.MAX_PROBLEMS + 3), encoding="utf-8")
    assert main(["import", "reddit", str(dump), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-2] == "rewardkit import: ... and 3 more malformed records"


def test_filters_on_the_command_line(tmp_path, capsys):
    out = tmp_path / "stories.jsonl"
    base = ["import", "reddit", str(POSTS), str(LISTING), str(THREAD), "-o", str(out)]
    base += ["--subreddit", "r/therapists", "--until", "2024-03-14", "--min-chars", "10"]
    assert main([*base, "--since", "2024-03-01", "--no-comments"]) == 1
    assert [s.id for s in rk.load(out)] == [
        "reddit:t3_1d0a01",
        "reddit:t3_1d0a02",
        "reddit:t3_1b2c3d",
    ]  # --until a date keeps that whole day
    capsys.readouterr()
    assert main([*base, "--since", "2024-03-14T18:23:00Z", "--force"]) == 1
    assert [s.id for s in rk.load(out)] == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--since", "last week"], "expected a date (2024-03-31) or a timestamp"),
        (["--until", "2024-03-14T10:00:00"], "the timestamp needs a zone"),
        (["--min-chars", "-1"], "must not be negative"),
        (["--min-chars", "ten"], "must be a whole number"),
        (["--format", "xml"], "invalid choice"),
    ],
)
def test_bad_options_are_usage_errors(tmp_path, capsys, extra, message):
    out = tmp_path / "o.jsonl"
    assert main(["import", "reddit", str(LISTING), "-o", str(out), *extra]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_outputs_that_would_lose_data(tmp_path, capsys):
    copy = tmp_path / "listing.json"
    copy.write_bytes(LISTING.read_bytes())
    assert main(["import", "reddit", str(copy), "-o", str(copy), "--force"]) == 2
    assert "is the input file" in capsys.readouterr().err
    assert copy.read_bytes() == LISTING.read_bytes()
    assert main(["import", "reddit", str(tmp_path / "none.json"), "-o", "x.jsonl"]) == 2
    assert "none.json: no such file" in capsys.readouterr().err
    bad = tmp_path / "other.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["import", "reddit", str(bad), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "not a Reddit data-request CSV" in capsys.readouterr().err


def test_control_characters_from_the_input_are_escaped(tmp_path, capsys):
    dump = tmp_path / "RS_\x1b[31m"
    dump.write_text("nope\n", encoding="utf-8")
    assert main(["import", "reddit", str(dump), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err.splitlines()[0]
    assert "\\x1b[31m" in err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_only(monkeypatch):
    monkeypatch.setattr(_Progress, "DELAY", 0.0)
    monkeypatch.setattr(_Progress, "INTERVAL", 0.0)
    report = ImportReport()
    report.bytes_read, report.stories = 50, 1
    report.skipped["deleted"] = 2
    terminal = _Terminal()
    progress = _Progress(200, stream=terminal)
    assert list(progress.wrap(iter(["a", "b"]), report)) == ["a", "b"]
    assert terminal.getvalue() == "\rrewardkit import:  25% 1 stories, 2 skipped\r\x1b[K"
    pipe = io.StringIO()
    quiet = _Progress(200, stream=pipe)
    assert list(quiet.wrap(iter(["a"]), report)) == ["a"]
    assert pipe.getvalue() == ""
    unknown = _Terminal()
    _Progress(0, stream=unknown).show(report)
    assert unknown.getvalue() == "\rrewardkit import: 1 stories, 2 skipped"


def test_help_for_each_format(capsys):
    for fmt in ("reddit", "csv", "qdpx"):
        assert main(["import", fmt, "--help"]) == 0
        assert "--output" in capsys.readouterr().out


def test_the_formats_match_the_library():
    from rewardkit.io._reddit import FORMATS

    assert REDDIT_FORMATS == FORMATS


def _fresh(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout


def test_version_does_not_import_the_io_package():
    loaded = _fresh(
        "import sys\n"
        "from rewardkit.cli import main\n"
        "main(['--version'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('rewardkit.io', 'zstandard', 'pyarrow'))))"
    )
    assert loaded.splitlines()[-1] == "[]"


def test_the_io_package_imports_no_extra():
    loaded = _fresh(
        "import sys, rewardkit.io\n"
        "print(sorted(m for m in sys.modules if m.startswith(('zstandard', 'pyarrow', 'rewardkit.cli'))))"
    )
    assert loaded.strip() == "[]"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
            names.update(f"{base}.{a.name}" for a in node.names)
    return names


def test_nothing_below_io_and_cli_imports_io():
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] not in {"io", "cli"}
        and any(n == "rewardkit.io" or n.startswith("rewardkit.io.") for n in _imports(path))
    ]
    assert offenders == []
    # ...and the check sees an import where there is one.
    assert "rewardkit.io.merge" in _imports(SRC / "cli" / "_agreement.py")


def test_import_qdpx_writes_the_taxonomy_where_asked(tmp_path):
    import zipfile

    foreign = Path(__file__).parent / "data" / "qdpx" / "foreign"
    path = tmp_path / "f.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        for f in sorted(foreign.rglob("*")):
            if f.is_file():
                zf.write(f, f.relative_to(foreign).as_posix())
    out = tmp_path / "f.jsonl"
    assert (
        main(
            [
                "import",
                "qdpx",
                str(path),
                "-o",
                str(out),
                "--taxonomy-out",
                str(tmp_path / "t.json"),
            ]
        )
        == 1
    )
    doc = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert doc["taxonomy"] == {
        "namespace": "qdpx",
        "version": "0.0.0",
        "extends": ["rewardkit.core"],
    }


def test_no_progress_for_short_runs():
    report = ImportReport()
    terminal = _Terminal()
    progress = _Progress(100, stream=terminal)
    progress.show(report)  # within the first half second
    progress.done()
    assert terminal.getvalue() == ""


def test_import_qdpx_with_a_taxonomy_file(tmp_path, capsys):
    acme = ROOT / "examples" / "acme-rewards" / "acme.taxonomy.toml"
    coded = ROOT / "examples" / "agreement" / "coded-stories.json"
    project = tmp_path / "p.qdpx"
    assert main(["export", "qdpx", str(coded), "-o", str(project), "--taxonomy", str(acme)]) == 0
    out = tmp_path / "o.jsonl"
    assert main(["import", "qdpx", str(project), "-o", str(out), "--taxonomy", str(acme)]) == 0
    assert len(rk.load(out)) == 12
