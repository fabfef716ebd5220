"""``--jobs N`` on import, export and stats: the output of one process, byte for byte, in order."""

from __future__ import annotations

import io
import json
import multiprocessing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from rewardkit.check import _parallel
from rewardkit.cli import main
from rewardkit.cli._import import _Progress
from rewardkit.io import _jobs, _reddit
from rewardkit.stats import _compute

HERE = Path(__file__).parent
REDDIT = HERE / "data" / "reddit"


@pytest.fixture
def workers(monkeypatch, pools):
    """Send every run to the workers in small tasks (fork, so patches reach them); count pools."""
    monkeypatch.setattr(_jobs, "CHUNK", 3)
    monkeypatch.setattr(_compute, "PARALLEL_MIN_WORK", 0)
    monkeypatch.setattr(_parallel, "_start_method", lambda: multiprocessing.get_context("fork"))
    return pools


pytestmark = pytest.mark.filterwarnings(
    "ignore:This process .* is multi-threaded:DeprecationWarning"
)


def cli(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def both(capsys, tmp_path: Path, *argv: object, output: str) -> tuple[tuple, tuple]:
    """Run a command with --jobs 1 and --jobs 2, each to its own output; the runs and outputs."""
    runs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"jobs{jobs}" / output
        target.parent.mkdir(exist_ok=True)
        code, out, err = cli(capsys, *argv, "-o", target, "--jobs", jobs)
        written = _contents(target)
        runs.append((code, out, err.replace(str(target), "OUT"), written))
    return runs[0], runs[1]


def _contents(target: Path) -> object:
    if target.is_dir():
        return {p.name: p.read_bytes() for p in sorted(target.iterdir())}
    return target.read_bytes() if target.exists() else None


# ---------------------------------------------------------------------------------------------
# import


def _post(n: int) -> dict[str, object]:
    """An invented submission; every seventh removed, every fifth a crosspost of the one before."""
    record: dict[str, object] = {
        "id": f"{0x1E0000 + n:x}",
        "subreddit": "therapists" if n % 3 else "socialwork",
        "title": f"A small win, week {n}",
        "selftext": f"My client came back after {n} weeks and said the group had helped.",
        "permalink": f"/r/therapists/comments/{0x1E0000 + n:x}/a_small_win/",
        "created_utc": 1_709_300_000 + n,
        "retrieved_on": 1_709_400_000,
    }
    if n % 7 == 0:
        record["removed_by_category"] = "moderator"
    if n % 5 == 0:
        record["crosspost_parent"] = f"t3_{0x1E0000 + n - 1:x}"
    return record


@pytest.fixture
def dump(tmp_path) -> Path:
    """NDJSON posts over many tasks, with malformed lines, duplicates and crossposts among them."""
    lines = [json.dumps(_post(n)) for n in range(60)]
    lines[11] = '{"id": "cut off'
    lines[23] = "[1, 2]"
    lines[31] = json.dumps({**_post(31), "created_utc": "yesterday"})
    lines[40] = json.dumps(_post(2))  # the same post again
    lines.insert(45, "")
    path = tmp_path / "RS_2024-03"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class TestImport:
    @pytest.fixture(autouse=True)
    def _same_second(self, monkeypatch):
        """Both runs stamp one time of retrieval (a second may pass between them)."""
        fixed = datetime(2026, 12, 6, 3, 47, 31, tzinfo=UTC)
        monkeypatch.setattr(_reddit, "_now", lambda: fixed)

    @pytest.mark.parametrize("output", ["stories.jsonl", "stories.json"])
    def test_reddit_jobs_2_writes_what_jobs_1_writes(self, capsys, tmp_path, workers, dump, output):
        inputs = [dump, REDDIT / "thread.json", REDDIT / "gdpr" / "comments.csv"]
        one, two = both(capsys, tmp_path, "import", "reddit", *inputs, output=output)

        assert two == one
        code, _, err, written = one
        assert code == 1
        assert f"{dump}:12: not JSON" in err
        assert f"{dump}:24: not a JSON object" in err
        assert f"{dump}:32: post 'created_utc'" in err
        assert "duplicate" in err
        assert "crosspost" in err
        assert written
        assert workers

    def test_a_file_that_stops_the_import_stops_it_in_its_place(
        self, capsys, tmp_path, workers, dump
    ):
        wrong = tmp_path / "posts.csv"
        wrong.write_text("title,when\nHello,2024-03-01\n", encoding="utf-8")

        one, two = both(capsys, tmp_path, "import", "reddit", dump, wrong, output="o.jsonl")

        assert two == one
        code, _, err, written = one
        assert code == 2
        assert "not a Reddit data-request CSV" in err
        assert written is None  # nothing half-written

    def test_csv_jobs_2_writes_what_jobs_1_writes(self, capsys, tmp_path, workers):
        rows = ["ResponseId,Answer,Role"]
        for n in range(40):
            role = "nurse" if n % 9 == 4 else "therapist"  # not a role: malformed
            answer = "" if n % 8 == 3 else f"A client I saw {n} times wrote to thank me."
            rows.append(f"R_{n % 37},{answer},{role}")  # ids 0-2 come twice
        survey = tmp_path / "survey.csv"
        survey.write_text("\n".join(rows) + "\n", encoding="utf-8")

        one, two = both(
            capsys,
            tmp_path,
            "import",
            "csv",
            survey,
            "--text",
            "Answer",
            "--id",
            "ResponseId",
            "--map",
            "narrator.role=Role",
            output="stories.jsonl",
        )

        assert two == one
        code, _, err, written = one
        assert code == 1
        assert "a second row with the same id" in err
        assert "column 'Role': not one of" in err
        assert written
        assert workers

    def test_csv_that_stops_being_utf8_stops_the_import_in_its_place(
        self, capsys, tmp_path, workers
    ):
        rows = [b"Answer"] + [f"Answer number {n}".encode() for n in range(30)] + [b"caf\xe9"]
        survey = tmp_path / "survey.csv"
        survey.write_bytes(b"\n".join(rows) + b"\n")

        one, two = both(
            capsys, tmp_path, "import", "csv", survey, "--text", "Answer", output="o.jsonl"
        )

        assert two == one
        assert one[0] == 2
        assert "not UTF-8 text" in one[2]
        assert one[3] is None

    def test_qdpx_takes_jobs_and_writes_the_same(self, capsys, tmp_path, stories):
        project = tmp_path / "project.qdpx"
        assert cli(capsys, "export", "qdpx", stories, "-o", project)[0] == 0
        one, two = both(capsys, tmp_path, "import", "qdpx", project, output="stories.jsonl")

        assert two == one
        assert one[3]

    def test_progress_counts_stories(self, monkeypatch, tmp_path, workers):
        monkeypatch.setattr(_Progress, "DELAY", 0.0)
        monkeypatch.setattr(_Progress, "INTERVAL", 0.0)
        dump = tmp_path / "RS_big"
        dump.write_text("".join(json.dumps(_post(n)) + "\n" for n in range(1, 2000)), "utf-8")
        shown = {}
        for jobs in ("1", "2"):
            terminal = _Terminal()
            monkeypatch.setattr("sys.stderr", terminal)
            out = tmp_path / f"o{jobs}.jsonl"
            assert main(["import", "reddit", str(dump), "-o", str(out), "-j", jobs]) == 0
            lines = terminal.getvalue().split("\r")
            # How far into the file differs (reading runs ahead of the workers); the counts not.
            shown[jobs] = [p.split("% ")[1] for p in lines if " stories, " in p]
        assert shown["2"] == shown["1"]
        # Shown before the first story and the 1,025th, with the stories counted so far.
        assert shown["1"] == ["1 stories, 0 skipped", "1,025 stories, 409 skipped"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


# ---------------------------------------------------------------------------------------------
# export and stats


def _story(n: int) -> dict[str, object]:
    text = f"After {n} sessions my client laughed for the first time. I still think of it."
    coders = ["ana", "ben"]
    themes = [
        {"theme": "breakthrough", "coder": "ana", "evidence": [{"start": 0, "end": 20}]},
        {"theme": "breakthrough" if n % 3 else "connection", "coder": "ben"},
    ]
    if n % 4 == 0:
        themes.append({"theme": "gratitude", "coder": "ana", "confidence": 0.5 + n / 1000})
    return {
        "schema_version": "1.0",
        "id": f"st-{n:03d}",
        "text": text,
        "source": {"platform": "survey", "community": f"ward-{n % 3}"},
        "narrator": {"role": "psychiatric_nurse" if n % 2 else "therapist"},
        "deidentification": {"status": "redacted"},
        "coded_by": coders,
        "themes": themes,
    }


@pytest.fixture
def stories(tmp_path) -> Path:
    """Stories in JSON Lines over many tasks, and a collection document after them."""
    root = tmp_path / "stories"
    root.mkdir()
    lines = [json.dumps(_story(n)) for n in range(40)]
    lines.insert(20, "   ")
    (root / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    collection = {"schema_version": "1.0", "stories": [_story(n) for n in range(40, 45)]}
    (root / "b.json").write_text(json.dumps(collection), encoding="utf-8")
    return root


class TestExport:
    @pytest.mark.parametrize("fmt", ["csv", "parquet"])
    def test_tables_jobs_2_write_what_jobs_1_writes(self, capsys, tmp_path, workers, stories, fmt):
        one, two = both(capsys, tmp_path, "export", fmt, stories, output="tables")

        assert two == one
        assert one[0] == 0
        assert "45 stories" in one[2]
        assert set(one[3]) == {
            f"{n}.{fmt}" for n in ("stories", "assignments", "evidence", "redactions")
        }
        assert workers

    def test_qdpx_jobs_2_writes_what_jobs_1_writes(self, capsys, tmp_path, workers, stories):
        one, two = both(capsys, tmp_path, "export", "qdpx", stories, output="p.qdpx")

        assert two == one
        assert one[0] == 0
        assert one[3]
        assert workers

    @pytest.mark.parametrize("fmt", ["csv", "qdpx"])
    def test_a_story_that_does_not_load_stops_the_export_in_its_place(
        self, capsys, tmp_path, workers, stories, fmt
    ):
        path = stories / "a.jsonl"
        lines = path.read_text(encoding="utf-8").splitlines()
        lines[30] = lines[30].replace('"survey"', "7")
        lines[35] = "not json"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

        one, two = both(capsys, tmp_path, "export", fmt, stories, output="out")

        assert two == one
        assert one[0] == 1
        assert f"{path}:31: does not load" in one[2]
        assert one[3] in (None, {})  # nothing half-written


class TestStats:
    @pytest.mark.parametrize("fmt", ["text", "json"])
    def test_jobs_2_prints_what_jobs_1_prints(self, capsys, workers, stories, fmt):
        one = cli(capsys, "stats", stories, "--format", fmt, "-j", "1")
        two = cli(capsys, "stats", stories, "--format", fmt, "-j", "2")

        assert two == one
        assert one[0] == 0
        assert workers
        if fmt == "json":
            figures = json.loads(one[1])
            assert figures["agreement"]["themes"]

    def test_the_page_is_the_same(self, capsys, tmp_path, workers, stories):
        pages = []
        for jobs in ("1", "2"):
            page = tmp_path / f"stats{jobs}.html"
            assert cli(capsys, "stats", stories, "--html", page, "-j", jobs)[0] == 0
            pages.append(page.read_bytes())
        assert pages[1] == pages[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["import", "reddit", "x.json", "-o", "o.jsonl"],
        ["import", "csv", "x.csv", "--text", "t", "-o", "o.jsonl"],
        ["import", "qdpx", "x.qdpx", "-o", "o.jsonl"],
        ["export", "csv", "x.jsonl", "-o", "out"],
        ["export", "parquet", "x.jsonl", "-o", "out"],
        ["export", "qdpx", "x.jsonl", "-o", "p.qdpx"],
        ["stats", "x.jsonl"],
    ],
)
def test_jobs_must_be_a_positive_number(capsys, argv):
    for bad in ("0", "-1", "many"):
        code, _, err = cli(capsys, *argv, "--jobs", bad)
        assert code == 2
        assert "--jobs" in err
