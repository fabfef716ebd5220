"""The import benchmark runs end to end on a small dump (not timed), so that it can't rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import rewardkit as rk

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "import_reddit.py"


def test_the_generated_dump_looks_like_a_monthly_dump(tmp_path):
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import import_reddit
    finally:
        sys.path.remove(str(SCRIPT.parent))
    from rewardkit.io import ImportReport, iter_reddit

    path = tmp_path / "RS_2024-03"
    n = import_reddit.write_dump(path, 300_000, seed=3)
    again = tmp_path / "again"
    import_reddit.write_dump(again, 300_000, seed=3)
    assert path.read_bytes() == again.read_bytes()
    report = ImportReport()
    stories = list(iter_reddit([path], report=report))
    assert report.stories + sum(report.skipped.values()) == n
    assert set(report.skipped) == {"deleted", "removed", "crosspost"}
    assert all(s.source.community for s in stories)
    assert "author" not in "".join(rk.dumps(s) for s in stories)


def test_the_script_runs(tmp_path):
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--size", "200K", "--zst"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| 0 MiB")]
    assert len(rows) == 4
    assert "rewardkit import reddit: wrote " in proc.stderr
