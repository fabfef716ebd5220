"""The benchmark script runs end to end on a tiny corpus (not timed), so that it can't rot."""

from __future__ import annotations

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


def test_run_script_writes_the_table(tmp_path):
    out = tmp_path / "bench.md"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}
    proc = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--size",
            "12",
            "--rounds",
            "1",
            "--slow-size",
            "4",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "## (a) Load and structural validation" in text
    assert "| pydantic v2 (model_validate_json) |" in text
    assert "| rewardkit (fast path, msgspec) |" in text
    assert "| jsonschema (json.loads + is_valid) |" in text
    assert "## (d) Dump" in text
    assert "## Peak memory while streaming" in text
    assert "| rewardkit |" in text
