"""Writing files safely: temp file, fsync, rename; refusing outputs that would lose data."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

import pytest

from rewardkit._files import atomic_write, atomic_writer, check_output, same_file
from rewardkit.exceptions import OutputError, RewardkitError


def test_atomic_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    target.chmod(0o640)
    atomic_write(target, "new\n")
    assert target.read_text() == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_atomic_write_bytes(tmp_path):
    target = tmp_path / "out.bin"
    atomic_write(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"


def test_an_error_in_the_block_keeps_the_old_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")

    def interrupted() -> None:
        with atomic_writer(target) as f:
            f.write("half of the new")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_text_is_written_with_lf(tmp_path):
    target = tmp_path / "out.txt"
    atomic_write(target, "a\nb\n")
    assert target.read_bytes() == b"a\nb\n"


def test_a_symlink_to_a_file_is_written_through(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"


def test_a_dangling_symlink_is_refused(tmp_path):
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "nowhere.json")
    with pytest.raises(OutputError, match="dangling"):
        atomic_write(link, "new")
    with pytest.raises(OutputError, match="dangling"):
        check_output(link, [])
    assert not (tmp_path / "nowhere.json").exists()


def test_output_error_is_a_rewardkit_error_and_an_os_error():
    assert issubclass(OutputError, RewardkitError)
    assert issubclass(OutputError, OSError)


def test_same_file_through_links(tmp_path):
    a = tmp_path / "a.json"
    a.write_text("{}")
    hard = tmp_path / "hard.json"
    os.link(a, hard)
    soft = tmp_path / "soft.json"
    soft.symlink_to(a)
    assert same_file(a, hard)
    assert same_file(a, soft)
    assert not same_file(a, tmp_path / "missing.json")


def test_check_output_refuses_the_input_unless_in_place(tmp_path):
    a = tmp_path / "a.json"
    a.write_text("{}")
    hard = tmp_path / "hard.json"
    os.link(a, hard)
    with pytest.raises(OutputError, match="--in-place"):
        check_output(hard, [a])
    check_output(hard, [a], in_place=True)
    check_output(tmp_path / "new.json", [a])
    with pytest.raises(OutputError, match="directory"):
        check_output(tmp_path, [a])


def test_a_killed_writer_leaves_the_old_or_the_new_file(tmp_path):
    """Kill a process in the middle of a large atomic write: the target is never truncated."""
    target = tmp_path / "stories.jsonl"
    old = "old line\n" * 1000
    target.write_text(old)
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from rewardkit._files import atomic_writer
        with atomic_writer({str(target)!r}) as f:
            for i in range(100000):
                f.write("new line %d\\n" % i)
                if i == 50000:
                    f.flush()
                    os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], check=False)
    assert proc.returncode == -9
    assert target.read_text() == old
