"""``rewardkit review`` on the command line, and where the review and stats packages sit."""

from __future__ import annotations

import ast
import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import ClassVar

import pytest

import rewardkit as rk
from rewardkit.cli import main
from test_review_model import make_story

ROOT = Path(__file__).parent.parent
SRC = ROOT / "src" / "rewardkit"
EXAMPLES = str(ROOT / "examples" / "stories")


def review(tmp_path, *extra: str) -> int:
    return main(["review", EXAMPLES, "-o", str(tmp_path / "out.jsonl"), "--reviewer", "me", *extra])


class FakeServer:
    """Stands in for the HTTP server: says it is ready and returns at once."""

    made: ClassVar[list[FakeServer]] = []

    def __init__(self, app, *, host, port):
        self.app, self.host, self.port = app, host, port
        self.base_url = f"http://{host}:{port}"
        FakeServer.made.append(self)

    def run(self, on_ready=None):
        if on_ready:
            on_ready()


@pytest.fixture
def fake_server(monkeypatch):
    import rewardkit.review

    FakeServer.made.clear()
    monkeypatch.setattr(rewardkit.review, "ReviewServer", FakeServer)
    return FakeServer.made


def test_serves_on_loopback_and_prints_the_address_with_a_token(tmp_path, fake_server, capsys):
    assert review(tmp_path) == 0
    (server,) = fake_server
    assert server.host == "127.0.0.1"
    assert server.port == 0
    err = capsys.readouterr().err
    assert "rewardkit review: 7 stories, 0 reviewed already in" in err
    token = re.search(r"    http://127\.0\.0\.1:0/\?token=([\w-]+)\n", err)[1]
    assert len(token) >= 40
    assert err.endswith(
        f"0 stories confirmed in this session; 0 of 7 reviewed in {tmp_path / 'out.jsonl'}\n"
    )


def test_each_run_has_a_new_token(tmp_path, fake_server, capsys):
    review(tmp_path)
    review(tmp_path)
    tokens = re.findall(r"token=([\w-]+)", capsys.readouterr().err)
    assert len(set(tokens)) == 2


@pytest.mark.parametrize("host", ["192.0.2.10", "0.0.0.0", "example.com", "::"])  # noqa: S104 - refused
def test_a_host_other_than_loopback_is_refused(tmp_path, fake_server, capsys, host):
    assert review(tmp_path, "--host", host) == 2
    err = capsys.readouterr().err
    assert f"refusing to serve on {host}" in err
    assert "--allow-remote" in err
    assert fake_server == []


@pytest.mark.parametrize("host", ["localhost", "127.0.0.2", "::1"])
def test_every_loopback_address_is_fine(tmp_path, fake_server, host):
    assert review(tmp_path, "--host", host) == 0


def test_allow_remote_warns(tmp_path, fake_server, capsys):
    assert review(tmp_path, "--host", "192.0.2.10", "--allow-remote") == 0
    err = capsys.readouterr().err
    assert "warning: serving on 192.0.2.10, reachable from other machines" in err
    (server,) = fake_server
    assert server.host == "192.0.2.10"


def test_reviewer_and_output_are_required(tmp_path, capsys):
    assert main(["review", EXAMPLES, "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "--reviewer" in capsys.readouterr().err
    assert main(["review", EXAMPLES, "--reviewer", "me"]) == 2
    assert "-o/--output" in capsys.readouterr().err


@pytest.mark.parametrize("port", ["x", "-1", "70000"])
def test_bad_port(tmp_path, capsys, port):
    assert review(tmp_path, "--port", port) == 2
    assert "--port" in capsys.readouterr().err


def test_the_output_must_not_be_an_input(tmp_path, fake_server, capsys):
    stories = tmp_path / "s.jsonl"
    stories.write_text(rk.dumps(make_story()) + "\n")
    before = stories.read_bytes()
    assert main(["review", str(stories), "-o", str(stories), "--reviewer", "me"]) == 2
    assert "is the input file" in capsys.readouterr().err
    assert stories.read_bytes() == before


def test_an_input_that_does_not_load(tmp_path, fake_server, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["review", str(bad), "-o", str(tmp_path / "o.jsonl"), "--reviewer", "me"]) == 2
    assert "a file does not load (1 problem: " in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing"], "missing: no such file or directory"),
        ([EXAMPLES, "-o", "out.txt"], "must be a .jsonl or .json file"),
        ([EXAMPLES, "--reviewer", " "], "printable and not blank"),
    ],
)
def test_usage_errors(tmp_path, fake_server, capsys, monkeypatch, args, message):  # noqa: PLR0917
    monkeypatch.chdir(tmp_path)
    full = [*args]
    if "-o" not in full:
        full += ["-o", "out.jsonl"]
    if "--reviewer" not in full:
        full += ["--reviewer", "me"]
    assert main(["review", *full]) == 2
    assert message in capsys.readouterr().err


def test_a_port_in_use(tmp_path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert review(tmp_path, "--port", str(port)) == 2
    assert f"cannot listen on 127.0.0.1 port {port}" in capsys.readouterr().err


def test_without_the_review_extra(tmp_path, capsys, monkeypatch):
    for name in [
        m for m in sys.modules if m == "rewardkit.review" or m.startswith("rewardkit.review.")
    ]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.delattr(rk, "review", raising=False)
    for name in [m for m in sys.modules if m == "starlette" or m.startswith("starlette.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "starlette", None)
    assert review(tmp_path) == 2
    err = capsys.readouterr().err
    assert "needs the 'review' extra (starlette is not installed)" in err
    assert "pip install 'rewardkit[review]'" in err


# -- the real thing, in a process of its own -------------------------------------------------


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )


def test_a_real_server_reviews_a_story_and_stops_on_ctrl_c(tmp_path):
    out = tmp_path / "reviewed.jsonl"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "rewardkit", "review", EXAMPLES, "-o", str(out), "--reviewer", "me"],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stderr is not None
        url = None
        deadline = time.monotonic() + 30
        while url is None and time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            match = re.match(r"^    (http://127\.0\.0\.1:\d+/\?token=[\w-]+)$", line.rstrip("\n"))
            url = match[1] if match else None
        assert url is not None, "the server did not print its address"
        base = url.split("/?")[0]
        opener = _opener()
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base + "/story/1", timeout=10)  # noqa: S310 - a local test server
        assert refused.value.code == 403
        refused.value.close()
        with opener.open(url, timeout=10) as response:
            assert response.status == 200
            assert "Stories to review" in response.read().decode()
        with opener.open(base + "/story/1", timeout=10) as response:
            page = response.read().decode()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)[1]
        data = urllib.parse.urlencode({"csrf": csrf}).encode()
        request = urllib.request.Request(base + "/story/1/confirm", data=data, method="POST")  # noqa: S310
        with opener.open(request, timeout=10) as response:
            assert response.status == 200
            assert "Saved ex-0001 as reviewed." in response.read().decode()
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "Traceback" not in err
    assert err.endswith(f"1 story confirmed in this session; 1 of 7 reviewed in {out}\n")
    (story,) = rk.load(out)
    assert story.id == "ex-0001"
    assert story.deidentification.status is rk.DeidStatus.REVIEWED
    assert story.deidentification.reviewed_by == "me"
    check = subprocess.run(
        [sys.executable, "-m", "rewardkit", "validate", "--profile", "publish", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr


# -- where the packages sit -------------------------------------------------------------------


def test_version_imports_neither_review_nor_stats():
    code = (
        "import sys\n"
        "from rewardkit.cli import main\n"
        "main(['--version'])\n"
        "heavy = ('rewardkit.review', 'rewardkit.stats', 'starlette', 'uvicorn', 'jinja2')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "[]"


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the package
                package = path.relative_to(SRC.parent).with_suffix("").parts[: -node.level]
                base = ".".join(package)
                names.add(f"{base}.{node.module}" if node.module else base)
                names.update(f"{base}.{a.name}" for a in node.names if not node.module)
            else:
                names.add(node.module or "")
                names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


HEAVY = ("rewardkit.review", "rewardkit.stats", "starlette", "uvicorn", "jinja2", "markupsafe")


def test_nothing_below_review_stats_and_cli_imports_them():
    for path in SRC.rglob("*.py"):
        part = path.relative_to(SRC).parts[0]
        if part in {"review", "stats", "cli"}:
            continue
        bad = sorted(n for n in _imports(path) if n.startswith(HEAVY))
        assert bad == [], f"{path.relative_to(ROOT)} imports {bad}"


def test_review_and_stats_do_not_import_each_other_or_the_cli():
    for package, other in (("review", "stats"), ("stats", "review")):
        for path in (SRC / package).rglob("*.py"):
            bad = sorted(
                n for n in _imports(path) if n.startswith((f"rewardkit.{other}", "rewardkit.cli"))
            )
            assert bad == [], f"{path.relative_to(ROOT)} imports {bad}"


def test_the_command_modules_import_the_packages_only_when_they_run():
    for name in ("_review.py", "_stats.py"):
        top = _imports(SRC / "cli" / name, top_level_only=True)
        assert not [n for n in top if n.startswith(HEAVY)], name
