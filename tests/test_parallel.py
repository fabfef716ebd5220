"""``--jobs N``: worker processes give the output of one process, byte for byte, in order."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import pickle
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from rewardkit import exceptions, read
from rewardkit.check import (
    REPORTERS,
    Checker,
    CheckResult,
    _checker,
    _parallel,
    default_jobs,
    order,
    parallel_map,
    story_files,
    summary,
)
from rewardkit.check._reporters import JsonArrayWriter
from rewardkit.cli import main
from rewardkit.rules import Validator

HERE = Path(__file__).parent
INVALID = HERE / "corpus" / "invalid"
# The core taxonomy deprecates nothing; this one does (acme-ward:discharge-day).
ACME = HERE.parent / "examples" / "acme-rewards" / "acme.taxonomy.toml"


@pytest.fixture
def workers(monkeypatch, pools):
    """Send every run to the workers, in small tasks, and count the pools started."""
    monkeypatch.setattr(_checker, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(_parallel, "UNIT_STORIES", 5)
    return pools


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The invalid corpus (a finding of every rule), and JSON Lines made of its stories."""
    root = tmp_path / "corpus"
    shutil.copytree(INVALID, root / "invalid")
    lines: list[str] = []
    for path in sorted(INVALID.glob("*/*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            lines.append(path.read_text(encoding="utf-8").replace("\n", " "))
            continue
        stories = doc.get("stories", [doc]) if isinstance(doc, dict) else [doc]
        for s in stories:
            if path.parent.name == "theme-deprecated":
                s["themes"][1]["theme"] = "acme-ward:discharge-day"
            lines.append(json.dumps(s))
    lines += ["", "   ", '{"schema_version": "1.0", "id": 3,}', "not json"]
    # Every story again and again: id-duplicate across lines, tasks and files.
    (root / "lines.jsonl").write_text("\n".join(lines * 7) + "\n", encoding="utf-8")
    (root / "more.jsonl").write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    return root


@pytest.fixture
def forked(monkeypatch):
    """
    Fork the workers even when other tests left threads running, so that what a test
    patches in this process is what the workers run.
    """
    monkeypatch.setattr(_parallel, "_start_method", lambda: multiprocessing.get_context("fork"))


FORK_WARNING = "ignore:This process .* is multi-threaded:DeprecationWarning"


def cli(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


class TestValidate:
    @pytest.mark.parametrize("fmt", ["text", "json", "github"])
    @pytest.mark.parametrize("profile", ["default", "publish"])
    def test_jobs_2_writes_what_jobs_1_writes(self, capsys, corpus, workers, fmt, profile):
        args = ("validate", corpus, "--taxonomy", ACME, "--format", fmt, "--profile", profile)

        one = cli(capsys, *args, "--jobs", "1")
        two = cli(capsys, *args, "--jobs", "2")

        assert two == one
        assert workers == [1]
        assert one[0] == 1
        if fmt == "json":
            rules = {f["rule"] for f in json.loads(one[1])}
            folders = {p.name for p in INVALID.iterdir()}
            assert folders - rules <= {"verbatim-publish"}  # a finding of every rule

    def test_every_rule_reports_in_parallel(self, capsys, corpus, workers):
        args = ("validate", corpus, "--taxonomy", ACME, "--format", "json", "--profile", "publish")
        code, out, _ = cli(capsys, *args, "-j", "2")

        rules = {f["rule"] for f in json.loads(out)}
        assert rules == {p.name for p in INVALID.iterdir()}
        assert workers == [1]

    def test_three_workers_and_the_summary(self, capsys, corpus, workers):
        one = cli(capsys, "validate", corpus, "-j", "1")
        three = cli(capsys, "validate", corpus, "-j", "3")

        assert three == one
        assert f"stories in {len(story_files([str(corpus)]))} files" in one[2]

    def test_stdin_json_lines(self, capsys, corpus, workers, monkeypatch):
        data = (corpus / "lines.jsonl").read_bytes()

        def from_stdin(jobs: str) -> tuple[int, str, str]:
            import io
            import sys

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
            return cli(capsys, "validate", "-", "--stdin-format", "jsonl", "-j", jobs)

        assert from_stdin("2") == from_stdin("1")
        assert workers == [1]

    def test_unreadable_and_missing_files_are_reported_in_order(
        self, capsys, corpus, workers, tmp_path
    ):
        bad = corpus / "unreadable.json"
        bad.write_text("{}", encoding="utf-8")
        bad.chmod(0)
        if os.access(bad, os.R_OK):
            bad.chmod(0o644)
            bad.unlink()
            (corpus / "unreadable.json").mkdir()  # a "file" that cannot be read as one
        args = (
            "validate",
            corpus / "lines.jsonl",
            corpus / "unreadable.json",
            corpus / "more.jsonl",
        )

        assert cli(capsys, *args, "-j", "2") == cli(capsys, *args, "-j", "1")

    @pytest.mark.filterwarnings(FORK_WARNING)
    def test_a_rule_that_fails_stops_the_run_as_in_one_process(
        self, capsys, corpus, workers, monkeypatch, forked
    ):
        from rewardkit.rules import _story

        def broken(*args):
            raise ZeroDivisionError

        monkeypatch.setattr(_story, "_span_problems", broken)

        one = cli(capsys, "validate", corpus, "-j", "1")
        two = cli(capsys, "validate", corpus, "-j", "2")

        assert two == one
        assert one[0] == 2
        assert "the rule 'span-bounds' failed on a story: ZeroDivisionError" in one[2]

    @pytest.mark.filterwarnings(FORK_WARNING)
    def test_an_internal_error_stops_that_file_only(
        self, capsys, corpus, workers, monkeypatch, forked
    ):
        from rewardkit.serialization import _records

        real = _records.line_record

        def broken(raw, number, file, limits):
            if file.endswith("more.jsonl") and number == 9:
                raise ZeroDivisionError
            return real(raw, number, file, limits)

        monkeypatch.setattr(_records, "line_record", broken)

        code, out, err = cli(capsys, "validate", corpus, "-j", "2")

        assert code == 2
        assert "more.jsonl: internal error (ZeroDivisionError); please report it" in err
        # The findings of the lines before were written as they came; none after.
        lines = {int(x.split(":")[1]) for x in out.splitlines() if "more.jsonl:" in x}
        assert lines
        assert max(lines) < 9
        assert "lines.jsonl" in out

    def test_small_runs_stay_in_one_process(self, capsys, corpus, monkeypatch):
        started: list[int] = []
        monkeypatch.setattr(_parallel, "run_parallel", lambda *a, **k: started.append(1))

        code, _, _ = cli(capsys, "validate", INVALID / "span-bounds", "-j", "2")

        assert code == 1
        assert started == []

    def test_jobs_must_be_a_positive_number(self, capsys):
        for bad in ("0", "-1", "two"):
            code, _, err = cli(capsys, "validate", INVALID, "--jobs", bad)
            assert code == 2
            assert "--jobs" in err


class TestChecker:
    def test_same_result_and_progress_counts_stories(self, corpus, workers):
        files = [str(corpus / "lines.jsonl"), str(corpus / "invalid"), str(corpus / "more.jsonl")]
        seen: dict[int, list[tuple[int, int]]] = {1: [], 2: []}
        results = {
            jobs: Checker(
                Validator(profile="publish"),
                jobs=jobs,
                on_progress=lambda f, s, jobs=jobs: seen[jobs].append((f, s)),
            ).run(files)
            for jobs in (1, 2)
        }

        assert results[2] == results[1]
        assert results[1].stories > 100
        assert seen[2][-1] == seen[1][-1] == (3, results[1].stories)
        assert [s for _, s in seen[2]] == sorted(s for _, s in seen[2])

    def test_a_missing_file_is_a_problem_of_the_run(self, corpus, workers):
        files = [
            str(corpus / "lines.jsonl"),
            str(corpus / "gone.jsonl"),
            str(corpus / "more.jsonl"),
        ]

        one = Checker(Validator(), jobs=1).run(files)
        two = Checker(Validator(), jobs=2).run(files)

        assert two == one
        assert one.problems == [
            f"{corpus / 'gone.jsonl'}: cannot be read: No such file or directory"
        ]

    def test_a_reader_that_fails_is_an_internal_error_of_that_file(
        self, corpus, workers, monkeypatch
    ):
        from rewardkit.serialization import _records

        def broken(*args):
            raise ZeroDivisionError

        monkeypatch.setattr(_records, "raw_lines", broken)
        files = [str(corpus / "lines.jsonl"), str(corpus / "invalid" / "schema")]

        result = Checker(Validator(), jobs=2).run(files)

        assert result.problems == [
            f"{corpus / 'lines.jsonl'}: internal error (ZeroDivisionError); please report it"
        ]
        assert result.files == 2
        assert {f.rule for f in result.findings} == {"schema"}

    def test_stdin_json_document(self, corpus, workers, monkeypatch):
        import io
        import sys

        data = (INVALID / "id-duplicate" / "collection.json").read_bytes()

        def run(jobs: int):
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
            return Checker(Validator(), jobs=jobs).run(["-"])

        assert run(2) == run(1)
        assert "id-duplicate" in {f.rule for f in run(2).findings}

    def test_jobs_must_be_positive(self):
        with pytest.raises(ValueError, match="at least 1"):
            Checker(Validator(), jobs=0)

    def test_workers_started_afresh_get_the_validator_pickled(self, corpus, workers, monkeypatch):
        monkeypatch.setattr(
            _parallel, "_start_method", lambda: multiprocessing.get_context("spawn")
        )
        files = [str(corpus / "lines.jsonl")]
        validator = Validator(select=["span-bounds", "id-duplicate", "theme-unknown"])

        assert Checker(validator, jobs=2).run(files) == Checker(validator, jobs=1).run(files)


class TestValidatorPickle:
    def test_round_trip_keeps_rules_and_settings(self):
        validator = Validator(
            profile="publish", ignore=["phi-residual"], severity={"theme-deprecated": "error"}
        )

        again = pickle.loads(pickle.dumps(validator))  # noqa: S301 - our own bytes

        assert again.rules == validator.rules
        assert again._rules == validator._rules
        assert again._context.now == validator._context.now

    def test_only_keeps_the_rules_asked_for(self):
        validator = Validator()

        only = validator.only(lambda r: r.name.startswith("theme-"))

        assert only.rules == ("theme-unknown", "theme-deprecated", "theme-duplicate")
        assert pickle.loads(pickle.dumps(only)).rules == only.rules  # noqa: S301

    def test_a_validator_with_its_own_registry_is_not_sent(self):
        from rewardkit.rules import RuleRegistry

        with pytest.raises(TypeError, match="own registry"):
            pickle.dumps(Validator(registry=RuleRegistry(plugins=False)))

    def test_rules_unknown_to_the_other_process_are_an_error(self):
        from rewardkit.rules._validate import _rebuild

        with pytest.raises(exceptions.RuleConfigError):
            _rebuild(None, "default", Validator()._context.now, (("no-such-rule", "error"),))


def square(x: int) -> int:
    return x * x


def die(x: int) -> int:
    if x == 40:
        os._exit(3)
    return x


def inverse(x: int) -> int:
    return 1 // x


def pid(_x: int) -> int:
    return os.getpid()


STATE: list[int] = []


def remember(value: int) -> None:
    STATE[:] = [value]


def add_state(x: int) -> int:
    return x + STATE[0]


def _running(pid: int) -> bool:
    """Tell whether process *pid* still runs (a zombie, dead but not reaped, does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.split(") ", 1)[1][:1] != "Z"


def _children_stop(before: set[object], within: float = 5.0) -> bool:
    """Tell whether the child processes not in *before* are gone within a few seconds."""
    deadline = time.monotonic() + within
    while set(multiprocessing.active_children()) - before:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


class TestParallelMap:
    def test_results_come_in_input_order(self):
        assert list(parallel_map(square, range(1000), jobs=2, chunk=7)) == [
            x * x for x in range(1000)
        ]

    def test_work_is_spread_over_workers(self):
        pids = set(parallel_map(pid, range(400), jobs=2, chunk=5))

        assert os.getpid() not in pids

    def test_one_job_or_one_chunk_stays_here(self):
        assert set(parallel_map(pid, range(50), jobs=1, chunk=5)) == {os.getpid()}
        assert set(parallel_map(pid, range(5), jobs=2, chunk=5)) == {os.getpid()}

    def test_the_initializer_runs_in_each_worker_and_here(self):
        assert list(
            parallel_map(
                add_state, range(100), jobs=2, chunk=3, initializer=remember, initargs=(1000,)
            )
        ) == [x + 1000 for x in range(100)]
        STATE.clear()
        assert list(
            parallel_map(add_state, range(3), jobs=2, chunk=3, initializer=remember, initargs=(5,))
        ) == [5, 6, 7]

    def test_bad_arguments(self):
        with pytest.raises(ValueError, match="at least 1"):
            list(parallel_map(square, [1], jobs=0))
        with pytest.raises(ValueError, match="at least 1"):
            list(parallel_map(square, [1], chunk=0))

    def test_a_worker_that_dies_is_a_clear_error(self):
        with pytest.raises(exceptions.ParallelError, match="jobs 1"):
            list(parallel_map(die, range(200), jobs=2, chunk=4))

    def test_an_exception_reaches_the_caller_and_stops_the_workers(self):
        before = set(multiprocessing.active_children())
        with pytest.raises(ZeroDivisionError):
            list(parallel_map(inverse, [1] * 50 + [0] + [2] * 50, jobs=2, chunk=4))
        assert _children_stop(before)

    def test_stopping_early_stops_the_workers(self):
        before = set(multiprocessing.active_children())
        results = parallel_map(square, range(10_000), jobs=2, chunk=10)

        assert [next(results) for _ in range(3)] == [0, 1, 4]
        results.close()
        assert _children_stop(before)

    def test_workers_exit_when_their_parent_is_killed(self, tmp_path):
        script = tmp_path / "run.py"
        script.write_text(
            "import multiprocessing, sys, time\n"
            "from rewardkit.check import parallel_map\n"
            "def slow(x):\n"
            "    time.sleep(0.05)\n"
            "    return x\n"
            "if __name__ == '__main__':\n"
            "    results = parallel_map(slow, range(10_000), jobs=2, chunk=4)\n"
            "    next(results)\n"
            "    print(*[p.pid for p in multiprocessing.active_children()], flush=True)\n"
            "    time.sleep(60)\n",
            encoding="utf-8",
        )
        with subprocess.Popen(
            [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=tmp_path
        ) as proc:
            try:
                workers = [int(p) for p in proc.stdout.readline().split()]
            finally:
                proc.kill()
        assert workers
        deadline = time.monotonic() + 10
        alive = workers
        while alive and time.monotonic() < deadline:
            time.sleep(0.1)
            alive = [p for p in workers if _running(p)]
        assert alive == []

    def test_default_jobs_is_the_usable_cores(self):
        assert default_jobs() == len(os.sched_getaffinity(0))

    def test_forks_only_without_threads(self, monkeypatch):
        monkeypatch.setattr(threading, "active_count", lambda: 1)
        assert _parallel._start_method().get_start_method() == "fork"
        monkeypatch.undo()
        stop = threading.Event()
        thread = threading.Thread(target=stop.wait)
        thread.start()
        try:
            assert _parallel._start_method().get_start_method() in {"forkserver", "spawn"}
        finally:
            stop.set()
            thread.join()


class TestDeid:
    @pytest.fixture
    def stories(self, tmp_path) -> Path:
        texts = [
            "My client Rosalind called from 555-201-3344 on March 14, 2023.",
            "Dr. Patel at St. Mary's wrote to me at someone@example.com last week.",
            "Nothing here names anyone: a quiet week on the ward.",
        ]
        docs = [
            {
                "schema_version": "1.0",
                "id": f"st-{i}",
                "text": texts[i % 3] + f" Story {i}.",
                "source": {"platform": "survey"},
                "deidentification": {"status": "redacted"},
            }
            for i in range(30)
        ]
        path = tmp_path / "posts.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        (tmp_path / "note.txt").write_text(texts[0], encoding="utf-8")
        return path

    def test_scan_jobs_2_lists_what_jobs_1_lists(self, capsys, stories):
        note = stories.parent / "note.txt"
        for fmt in ("text", "json"):
            one = cli(capsys, "deid", "scan", stories, note, "--format", fmt, "-j", "1")
            two = cli(capsys, "deid", "scan", stories, note, "--format", fmt, "-j", "2")
            assert two == one
            assert one[0] == 1

    def test_redact_jobs_2_writes_what_jobs_1_writes(self, capsys, stories, tmp_path):
        one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"

        assert cli(capsys, "deid", "redact", stories, "-o", one, "-j", "1")[0] == 0
        assert cli(capsys, "deid", "redact", stories, "-o", two, "-j", "2")[0] == 0

        assert two.read_bytes() == one.read_bytes()
        assert b"Rosalind" not in one.read_bytes()

    def test_a_redacted_text_file_is_written_whole(self, capsys, stories, tmp_path):
        out = tmp_path / "note.redacted.txt"

        assert cli(capsys, "deid", "redact", stories.parent / "note.txt", "-o", out)[0] == 0

        assert "Rosalind" not in out.read_text(encoding="utf-8")
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


class _CountedLines(io.BytesIO):
    """Stdin that counts the lines read from it."""

    read_lines = 0

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        if line.endswith(b"\n"):
            self.read_lines += 1
        return line


class _Stdout(io.StringIO):
    """Stdout that notes how many lines of stdin had been read at each write."""

    def __init__(self, stdin: _CountedLines) -> None:
        super().__init__()
        self.stdin = stdin
        self.seen: list[int] = []

    def write(self, text: str) -> int:
        if text:
            self.seen.append(self.stdin.read_lines)
        return super().write(text)


def _stdin_lines(monkeypatch, data: bytes) -> tuple[_CountedLines, _Stdout]:
    import sys

    stdin = _CountedLines(data)
    stdout = _Stdout(stdin)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stdin))
    monkeypatch.setattr(sys, "stdout", stdout)
    return stdin, stdout


class TestStreaming:
    """Findings are written as they are found, and the output is the whole run's report."""

    @pytest.mark.parametrize("fmt", ["text", "json", "github"])
    @pytest.mark.parametrize("jobs", [1, 2])
    def test_a_streamed_report_is_the_report_of_the_whole_run(self, corpus, workers, fmt, jobs):
        files = [str(corpus / "lines.jsonl"), str(corpus / "invalid"), str(corpus / "more.jsonl")]
        files[1:2] = story_files([files[1]])
        files.insert(2, str(corpus / "gone.jsonl"))

        def checker() -> Checker:  # id-duplicate remembers the ids of its validator's runs
            return Checker(Validator(profile="publish"), jobs=jobs)

        whole = checker().run(files)
        expected = io.StringIO()
        REPORTERS[fmt]().report(whole, expected)
        streamed = CheckResult()
        out = io.StringIO()
        reporter = REPORTERS[fmt]()
        reporter.start(out)
        reporter.write(checker().stream(files, streamed), out)
        reporter.finish(streamed, out)

        assert out.getvalue() == expected.getvalue()
        assert whole.total > 300
        assert streamed.findings == []
        assert streamed.total == whole.total
        assert summary(streamed) == summary(whole)
        assert streamed.errors == whole.errors
        assert (streamed.files, streamed.stories, streamed.flagged, streamed.problems) == (
            whole.files,
            whole.stories,
            whole.flagged,
            whole.problems,
        )

    def test_stream_gives_the_order_of_sorting_each_file(self, corpus, workers):
        for file in [
            corpus / "lines.jsonl",
            corpus / "more.jsonl",
            *sorted(corpus.rglob("*.json")),
        ]:
            found = list(Checker(Validator()).stream([str(file)], CheckResult()))
            assert found == order(found)
            assert found == Checker(Validator()).check(read(file))

    @pytest.mark.parametrize("fmt", ["text", "json", "github"])
    def test_the_command_writes_the_report_of_the_whole_run(
        self, capsys, corpus, workers, fmt, monkeypatch
    ):
        monkeypatch.chdir(corpus)  # no [tool.rewardkit] settings
        whole = Checker(Validator()).run(story_files([str(corpus)]))
        expected = io.StringIO()
        REPORTERS[fmt]().report(whole, expected)

        for jobs in ("1", "2"):
            code, out, err = cli(capsys, "validate", corpus, "--format", fmt, "-j", jobs)
            assert (code, out) == (1, expected.getvalue())
            assert summary(whole) in err

    @pytest.mark.parametrize("items", [[], [{"a": 1}], [{"a": 'x\ny \u2028 é "q"', "b": None}] * 3])
    def test_the_json_array_is_what_json_dump_writes(self, items):
        out = io.StringIO()
        array = JsonArrayWriter(out)
        for item in items:
            array.add(item)
        array.close()

        expected = io.StringIO()
        json.dump(items, expected, indent=2, ensure_ascii=False)
        assert out.getvalue() == expected.getvalue() + "\n"

    def test_no_findings_is_an_empty_json_array(self, capsys, monkeypatch):
        monkeypatch.chdir(HERE.parent)
        code, out, _ = cli(
            capsys, "validate", HERE.parent / "examples" / "stories", "--format", "json"
        )

        assert (code, out) == (0, "[]\n")

    @pytest.mark.parametrize("fmt", ["text", "json", "github"])
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_findings_are_written_before_the_input_ends(
        self, corpus, workers, monkeypatch, fmt, jobs
    ):
        data = (corpus / "lines.jsonl").read_bytes() * 4
        stdin, stdout = _stdin_lines(monkeypatch, data)

        code = main(["validate", "-", "--stdin-format", "jsonl", "--format", fmt, "-j", jobs])

        total = data.count(b"\n")
        assert code == 1
        assert stdin.read_lines == total
        assert stdout.seen
        assert stdout.seen[0] < total // 4  # the report began with the first quarter read

    @pytest.mark.parametrize("fmt", ["text", "json"])
    def test_deid_scan_writes_rows_before_the_input_ends(self, monkeypatch, fmt):
        post = {
            "schema_version": "1.0",
            "text": "My client Rosalind called from 555-201-3344 on March 14, 2023.",
            "source": {"platform": "survey"},
            "deidentification": {"status": "redacted"},
        }
        data = b"".join(json.dumps({**post, "id": f"st-{i}"}).encode() + b"\n" for i in range(200))
        stdin, stdout = _stdin_lines(monkeypatch, data)

        code = main(["deid", "scan", "-", "--stdin-format", "jsonl", "--format", fmt, "-j", "1"])

        assert code == 1
        assert stdin.read_lines == 200
        assert stdout.seen[0] < 100  # after the first chunk of stories, not the last
        if fmt == "json":
            rows = json.loads(stdout.getvalue())
            assert len({r["story"] for r in rows}) == 200
            assert stdout.getvalue() == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
