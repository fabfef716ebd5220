"""The shape of the package: imports flow one way, no circles, and the public face is typed."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src"
PACKAGE = SRC / "rewardkit"

# Each module or package of rewardkit, by layer: a module may import only from its own
# package or from a lower layer. The bottom layer holds the models, findings, errors,
# protocols and the one plugin registry; the command line sits on top.
LAYERS: list[set[str]] = [
    {"_rfc3339", "_messages", "_toml"},
    {"findings"},
    {"exceptions"},
    {"_quotes"},
    {"_validators", "_files"},
    {"story", "_plugins"},
    {"typing"},
    {"serialization", "taxonomy", "schema", "_hypothesis_hook", "_demo"},
    {"deid", "agreement"},
    {"rules"},
    {"check"},
    {"io", "stats", "testing", "dask"},
    {"review"},
    {"_api", "cli"},
    {"__main__"},
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """Every rewardkit module *name* imports, at run time or for type checking."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("rewardkit"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            if not target.startswith("rewardkit"):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in known else target)
    found.discard(name)
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {name: imports_of(name, path, known) & known for name, path in mods.items()}


def top(name: str) -> str:
    """The package or module of rewardkit that *name* belongs to (``rules`` for rules._story)."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_module_has_a_layer():
    unplaced = sorted({top(m) for m in modules()} - set(RANK) - {""})
    assert unplaced == [], f"give these a layer in LAYERS: {unplaced}"


def test_there_is_no_import_circle():
    g = graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(g[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(g):
        if start not in state:
            visit(start, [start])
    assert cycles == []


def test_imports_flow_down_the_layers():
    wrong = []
    for name, targets in graph().items():
        if name == "rewardkit":  # the package itself shows _api to type checkers only
            assert targets <= {"rewardkit._api"}
            continue
        for target in targets:
            a, b = top(name), top(target)
            if a != b and RANK[b] >= RANK[a]:
                wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_the_typing_module_is_a_leaf():
    assert graph()["rewardkit.typing"] <= {"rewardkit.story", "rewardkit.findings"}
    tree = ast.parse((PACKAGE / "typing.py").read_text(encoding="utf-8"))
    runtime = [
        node
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.level or "rewardkit" in (node.module or ""))
    ]
    assert runtime == []  # rewardkit modules only under TYPE_CHECKING


def test_every_exception_class_lives_in_exceptions():
    """A private signal inside one module (``_Fallback``) is the only exception allowed."""
    elsewhere = [
        f"{name}.{node.name}"
        for name, path in modules().items()
        if name != "rewardkit.exceptions"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
        and not node.name.startswith("_")
        and any(
            isinstance(b, ast.Name | ast.Attribute)
            and ast.unparse(b).endswith(("Error", "Exception"))
            for b in node.bases
        )
    ]
    assert elsewhere == []


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_import_rewardkit_imports_nothing_else():
    out = run_python(
        """
        import sys, rewardkit
        print(sorted(m for m in sys.modules if m.startswith(("rewardkit", "attr", "cattrs"))))
        """
    )
    assert out.strip() == "['rewardkit']"


def test_version_imports_only_the_command_line_shell():
    out = run_python(
        """
        import contextlib, io, sys
        from rewardkit.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            main(["--version"])
        print(sorted(m for m in sys.modules if m.startswith(("rewardkit", "attr", "cattrs"))))
        """
    )
    assert (
        out.strip()
        == "['rewardkit', 'rewardkit.cli', 'rewardkit.cli._exit', 'rewardkit.cli._main']"
    )


def test_a_command_imports_only_its_own_module():
    out = run_python(
        """
        import contextlib, io, sys
        from rewardkit.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            main(["schema"])
        print(sorted(m for m in sys.modules if m.startswith("rewardkit.cli.")))
        """
    )
    assert out.strip() == (
        "['rewardkit.cli._exit', 'rewardkit.cli._main', 'rewardkit.cli._output',"
        " 'rewardkit.cli._schema']"
    )


@pytest.fixture(scope="module")
def mypy_api():
    return pytest.importorskip("mypy.api")


def test_a_misspelt_public_name_is_a_type_error(mypy_api, tmp_path):
    snippet = tmp_path / "user_code.py"
    snippet.write_text(
        "import rewardkit\n\n"
        "ok: type[rewardkit.Story] = rewardkit.Story\n"
        "wrong = rewardkit.Storyy\n",
        encoding="utf-8",
    )
    out, _err, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(snippet)]
    )
    assert status == 1
    assert 'Module has no attribute "Storyy"' in out
    assert "user_code.py:3" not in out  # the real name is fine


DIAGRAM_START = "<!-- import graph: generated by tests/test_architecture.py -->"
DIAGRAM_END = "<!-- end of import graph -->"


def diagram() -> str:
    """The package diagram of docs/architecture.md: one line per package, arrows to what it uses."""
    uses: dict[str, set[str]] = {}
    for name, targets in graph().items():
        a = top(name)
        if not a:
            continue
        uses.setdefault(a, set()).update(top(t) for t in targets if top(t) != a)
    order = sorted(uses, key=lambda n: (-RANK[n], n))
    width = max(len(n) for n in order)
    lines = [
        f"{n:<{width}}  -> {', '.join(sorted(uses[n], key=lambda m: (-RANK[m], m))) or '(nothing)'}"
        for n in order
    ]
    return "\n".join(["```text", *lines, "```"])


def test_the_architecture_page_shows_the_real_import_graph():
    page = (SRC.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    start = page.index(DIAGRAM_START) + len(DIAGRAM_START)
    end = page.index(DIAGRAM_END)
    assert page[start:end].strip() == diagram(), (
        "docs/architecture.md is stale; paste tests/test_architecture.py's diagram() output"
    )
