"""The benchmark script runs end to end on a tiny corpus (not timed), so that it can't rot."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"

pytest.importorskip("pydantic")
pytest.importorskip("msgspec")


def test_generator_writes_valid_consistent_stories(tmp_path):
    sys.path.insert(0, str(BENCH))
    try:
        import generate
    finally:
        sys.path.remove(str(BENCH))
    from rewardkit import iter_jsonl

    path = tmp_path / "c.jsonl"
    generate.write_corpus(path, 40, seed=3, plant=0.5)
    again = tmp_path / "d.jsonl"
    generate.write_corpus(again, 40, seed=3, plant=0.5)
    assert path.read_bytes() == again.read_bytes()
    lines = list(iter_jsonl(path))
    assert len(lines) == 40
    assert all(line.ok for line in lines)
    for raw in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(raw)
        text = doc["text"]
        assert 1000 <= len(text.encode("utf-8")) <= 4000
        for r in doc["deidentification"]["redactions"]:
            assert text[r["start"] : r["end"]] == r["replacement"]
        for t in doc["themes"]:
            assert all(0 <= e["start"] < e["end"] <= len(text) for e in t["evidence"])


def run_script(tmp_path: Path, *args: str) -> str:
    """Run benchmarks/run.py with *args*; return the Markdown it wrote."""
    out = tmp_path / "bench.md"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}
    proc = subprocess.run(
        [sys.executable, str(BENCH / "run.py"), *args, "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return out.read_text(encoding="utf-8")


SMALL = ("--size", "12", "--rounds", "1", "--slow-size", "4", "--sample", "6", "--dump-size", "6")


def test_run_script_writes_the_whole_page(tmp_path):
    text = run_script(tmp_path, *SMALL, "--startup-runs", "1")

    assert text.startswith("# Benchmarks\n")
    assert "- Command: `python benchmarks/run.py --size 12 --rounds 1" in text
    for heading in (
        "## Summary",
        "### Structure only",
        "### Equal work: load, and check theme ids, spans and replacements",
        "## (b) Full validation, every default rule",
        "## (c) De-identification scan of posts of about 750 characters",
        "## (d) Every core: `rewardkit validate --jobs N` on 6 stories",
        "## (e) Peak memory (resident set, MiB)",
        "## (f) Start-up (median of 1 runs)",
        "## (g) Dump",
    ):
        assert heading in text
    for row in (
        "| pydantic v2 (model_validate_json) |",
        "| rewardkit (rk.read) |",
        "| msgspec Struct |",
        "| pydantic v2 + model validator |",
        "| msgspec Struct + __post_init__ |",
        "| jsonschema (json.loads + is_valid) |",
        "| phi-residual |",
        "| rewardkit.deid.scan |",
        "| `rewardkit validate --jobs 1` |",
        "| `rewardkit deid scan --jobs 1` |",
        "| `rewardkit --version` |",
        "| 4 |",
    ):
        assert row in text
    assert "- Load with the equal work of three rules: rewardkit " in text
    assert "minutes per million stories on this machine" in text
    assert "Machine:" in text
    assert "Versions: rewardkit " in text


def _import_run():
    sys.path.insert(0, str(BENCH))
    try:
        import run
    finally:
        sys.path.remove(str(BENCH))
    return run


class _FakeModule:
    def __init__(self, **attributes):
        self.__dict__.update(attributes)


def test_presidio_runs_on_the_largest_installed_spacy_model(monkeypatch):
    run = _import_run()
    made = []

    class Provider:
        def __init__(self, nlp_configuration):
            self.config = nlp_configuration

        def create_engine(self):
            return self.config["models"][0]["model_name"]

    class Analyzer:
        def __init__(self, nlp_engine, supported_languages):
            made.append((nlp_engine, supported_languages))

        def analyze(self, text, language):
            return []

    installed = {"en_core_web_sm", "en_core_web_md"}
    spacy_util = _FakeModule(is_package=installed.__contains__)
    monkeypatch.setitem(sys.modules, "spacy", _FakeModule(util=spacy_util))
    monkeypatch.setitem(sys.modules, "spacy.util", spacy_util)
    monkeypatch.setitem(sys.modules, "presidio_analyzer", _FakeModule(AnalyzerEngine=Analyzer))
    monkeypatch.setitem(
        sys.modules, "presidio_analyzer.nlp_engine", _FakeModule(NlpEngineProvider=Provider)
    )
    monkeypatch.setattr(run, "presidio_version", lambda: "9.9")

    engine, model = run.presidio_engine(None)
    assert model == "en_core_web_md"
    assert made == [("en_core_web_md", ["en"])]
    assert run.presidio_engine("my_pipeline")[1] == "my_pipeline"

    tasks = run.scan_tasks(["Sam rang on 555-0100."] * 40, None)
    name = "Presidio 9.9 AnalyzerEngine (spaCy `en_core_web_md`)"
    task, size = tasks[name]
    assert task() == 2  # a twentieth of the texts
    assert size == 2 * len(b"Sam rang on 555-0100.")
    assert tasks["rewardkit.deid.scan"][1] == 40 * len(b"Sam rang on 555-0100.")

    installed.clear()
    assert run.presidio_engine(None) is None


@pytest.mark.skipif(
    importlib.util.find_spec("presidio_analyzer") is not None, reason="Presidio is installed"
)
def test_without_presidio_the_report_says_why(tmp_path):
    args = (*SMALL, "--startup-runs", "1", "--no-memory", "--no-jobs")
    text = run_script(tmp_path, *args)
    assert "| rewardkit.deid.scan |" in text
    assert "Presidio: not measured" in text


def test_the_spacy_pipeline_is_named_with_its_package():
    run = _import_run()
    assert (
        run.spacy_provenance("no_such_pipeline") == "Presidio's spaCy pipeline: `no_such_pipeline`."
    )
    line = run.spacy_provenance("pytest")  # any installed module shows the form
    assert line.startswith("Presidio's spaCy pipeline: `pytest` ")
    assert "from the package `pytest`" in line
