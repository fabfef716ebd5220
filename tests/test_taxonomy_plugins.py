"""Taxonomy plugins (the ``rewardkit.taxonomies`` entry points), build_taxonomy and the CLI."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.taxonomy import (
    PluginError,
    TaxonomyError,
    available_plugins,
    build_taxonomy,
    clear_plugin_cache,
    core_taxonomy,
    disabled_plugins,
    from_json,
    load_plugin,
    to_markdown,
)

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "acme-rewards"

ACME_TOML = """
[taxonomy]
namespace = "{ns}"
version = "{version}"

[[themes]]
id = "{ns}:night-shift-win"
parent = "small-victory"
label = "Night-shift win"
definition = "A moment on a night shift that made the work feel worth it."
"""


class Site:
    """A directory on ``sys.path`` laid out as installed distributions are."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.modules: list[str] = []

    def install(
        self,
        dist: str,
        entry_points: dict[str, str],
        files: dict[str, str] | None = None,
        version: str = "1.0.0",
    ) -> None:
        info = self.path / f"{dist.replace('-', '_')}-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", encoding="utf-8"
        )
        lines = "".join(f"{name} = {value}\n" for name, value in entry_points.items())
        (info / "entry_points.txt").write_text(f"[rewardkit.taxonomies]\n{lines}", encoding="utf-8")
        for rel, text in (files or {}).items():
            target = self.path / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(textwrap.dedent(text), encoding="utf-8")
            self.modules.append(rel.split("/")[0].removesuffix(".py"))
        importlib.invalidate_caches()
        clear_plugin_cache()


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.delenv("REWARDKIT_DISABLE_PLUGINS", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    (tmp_path / "site").mkdir()
    clear_plugin_cache()
    s = Site(tmp_path / "site")
    yield s
    for name in s.modules:
        sys.modules.pop(name, None)
    clear_plugin_cache()


def data_plugin(site: Site, dist: str = "acme-data", ns: str = "acme", version: str = "1.0.0"):
    package = dist.replace("-", "_")
    site.install(
        dist,
        {ns: f"{package}:taxonomy.toml"},
        {
            f"{package}/__init__.py": "raise RuntimeError('a data-only plugin is never imported')",
            f"{package}/taxonomy.toml": ACME_TOML.format(ns=ns, version=version),
        },
        version=version,
    )


# ---------------------------------------------------------------------------------------------
# Discovery and the forms of a plugin


class TestForms:
    def test_data_only_plugin_runs_no_code(self, site):
        data_plugin(site)
        assert available_plugins() == ("acme",)
        t = build_taxonomy()
        assert t.is_a("acme:night-shift-win", "small-victory")
        assert dict(t.namespaces) == {"acme": "1.0.0"}
        assert "acme_data" not in sys.modules

    @pytest.mark.parametrize(
        ("value", "body"),
        [
            (
                "acme_fn:extension",
                """
                from rewardkit.taxonomy import TaxonomyExtension, Theme
                def extension():
                    return TaxonomyExtension(namespace="acme", version="2.0.0", themes=(
                        Theme(id="acme:x", label="X", definition="X.", parent="gratitude"),))
                """,
            ),
            (
                "acme_fn:extension",
                """
                def extension():
                    return {"taxonomy": {"namespace": "acme", "version": "2.0.0"},
                            "themes": [{"id": "acme:x", "label": "X", "definition": "X.",
                                        "parent": "gratitude"}]}
                """,
            ),
            (
                "acme_fn:DATA",
                """
                DATA = {"taxonomy": {"namespace": "acme", "version": "2.0.0"},
                        "themes": [{"id": "acme:x", "label": "X", "definition": "X.",
                                    "parent": "gratitude"}]}
                """,
            ),
            (
                "acme_fn:path",
                """
                from pathlib import Path
                def path():
                    p = Path(__file__).with_name("acme.json")
                    p.write_text('{"taxonomy": {"namespace": "acme", "version": "2.0.0"},'
                        ' "themes": [{"id": "acme:x", "label": "X", "definition": "X.",'
                        ' "parent": "gratitude"}]}')
                    return str(p)
                """,
            ),
            (
                "acme_fn:resource",
                """
                from importlib.resources import files
                from pathlib import Path
                def resource():
                    p = Path(__file__).with_name("acme.toml")
                    p.write_text('[taxonomy]\\nnamespace = "acme"\\nversion = "2.0.0"\\n'
                        '[[themes]]\\nid = "acme:x"\\nlabel = "X"\\ndefinition = "X."\\n'
                        'parent = "gratitude"\\n')
                    return files("acme_fn").joinpath("acme.toml")
                """,
            ),
        ],
        ids=["extension", "mapping", "plain-data", "path", "resource"],
    )
    def test_callable_and_object_forms(self, site, value, body):
        site.install("acme-fn", {"acme": value}, {"acme_fn/__init__.py": body})
        t = build_taxonomy()
        assert t.parent("acme:x") == t["gratitude"]
        assert t.namespaces["acme"] == "2.0.0"

    def test_loaded_once_per_process(self, site):
        site.install(
            "acme-count",
            {"acme": "acme_count:ext"},
            {
                "acme_count/__init__.py": """
                CALLS = []
                def ext():
                    CALLS.append(1)
                    return {"taxonomy": {"namespace": "acme"}, "themes": []}
                """
            },
        )
        build_taxonomy()
        build_taxonomy()
        load_plugin("acme")
        assert sys.modules["acme_count"].CALLS == [1]
        clear_plugin_cache()
        build_taxonomy()
        assert sys.modules["acme_count"].CALLS == [1, 1]

    def test_discovery_is_lazy(self):
        code = (
            "import rewardkit.taxonomy as t, rewardkit.taxonomy._plugins as p;"
            "t.core_taxonomy(); t.Taxonomy; t.to_qdc;"
            "assert p._GROUP._found is None, 'discovered too early';"
            "t.build_taxonomy();"
            "assert p._GROUP._found is not None"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        subprocess.run([sys.executable, "-c", code], check=True, env=env)


# ---------------------------------------------------------------------------------------------
# Selection, switching off, clashes, broken plugins


class TestSelection:
    def test_by_name(self, site):
        data_plugin(site, "acme-data", "acme")
        data_plugin(site, "beta-data", "beta")
        assert available_plugins() == ("acme", "beta")
        assert set(build_taxonomy().namespaces) == {"acme", "beta"}
        assert set(build_taxonomy(plugins=["beta"]).namespaces) == {"beta"}
        assert build_taxonomy(plugins=()) == core_taxonomy()

    def test_unknown_name(self, site):
        data_plugin(site)
        with pytest.raises(
            PluginError, match=r"no taxonomy plugin provides namespace 'nope' \(installed: acme\)"
        ):
            build_taxonomy(plugins=["nope"])
        with pytest.raises(PluginError, match="'Not Valid' is not a plugin namespace"):
            build_taxonomy(plugins=["Not Valid"])

    @pytest.mark.parametrize("value", ["1", "true", "TRUE", "yes", "all"])
    def test_switched_off_entirely(self, site, monkeypatch, value):
        data_plugin(site)
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", value)
        assert disabled_plugins() is None
        assert build_taxonomy() == core_taxonomy()
        # Naming a plugin still uses it.
        assert "acme:night-shift-win" in build_taxonomy(plugins=["acme"])

    def test_switched_off_by_namespace(self, site, monkeypatch):
        data_plugin(site, "acme-data", "acme")
        data_plugin(site, "beta-data", "beta")
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", " acme , gamma")
        assert disabled_plugins() == {"acme", "gamma"}
        assert set(build_taxonomy().namespaces) == {"beta"}

    @pytest.mark.parametrize("value", ["", "0", "false"])
    def test_not_switched_off(self, site, monkeypatch, value):
        data_plugin(site)
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", value)
        assert disabled_plugins() == frozenset()
        assert "acme" in build_taxonomy().namespaces

    def test_two_distributions_claiming_one_namespace(self, site):
        data_plugin(site, "acme-one", "acme", "1.0.0")
        data_plugin(site, "acme-two", "acme", "2.0.0")
        with pytest.raises(PluginError) as info:
            build_taxonomy()
        message = str(info.value)
        assert "namespace 'acme' is claimed by more than one distribution" in message
        assert "acme-one 1.0.0" in message
        assert "acme-two 2.0.0" in message
        assert set(info.value.distributions) == {"acme-one 1.0.0", "acme-two 2.0.0"}
        assert isinstance(info.value, RuntimeError)
        assert isinstance(info.value, rk.RewardkitError)

    def test_a_clash_is_harmless_when_that_namespace_is_off(self, site, monkeypatch):
        data_plugin(site, "acme-one", "acme", "1.0.0")
        data_plugin(site, "acme-two", "acme", "2.0.0")
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "acme")
        assert build_taxonomy() == core_taxonomy()

    @pytest.mark.parametrize(
        ("value", "files", "message"),
        [
            ("acme_missing:ext", {}, "ModuleNotFoundError: No module named 'acme_missing'"),
            (
                "acme_b:ext",
                {"acme_b/__init__.py": "def ext():\n    raise OSError('disk on fire')\n"},
                "OSError: disk on fire",
            ),
            (
                "acme_b:ext",
                {"acme_b/__init__.py": "def ext():\n    return 42\n"},
                (
                    "TypeError: expected a TaxonomyExtension, a mapping or the path of a"
                    " taxonomy file, got int"
                ),
            ),
            (
                "acme_b:ext",
                {
                    "acme_b/__init__.py": (
                        "def ext():\n"
                        "    return {'taxonomy': {'namespace': 'acme'},"
                        " 'themes': [{'id': 'acme:x'}]}\n"
                    )
                },
                "themes[0] ('acme:x'): missing 'label'",
            ),
            (
                "acme_b:ext",
                {
                    "acme_b/__init__.py": (
                        "def ext():\n    return {'taxonomy': {'namespace': 'other'}}\n"
                    )
                },
                "provides namespace 'other'; the entry-point name and the namespace must agree",
            ),
            ("acme_b:missing.toml", {"acme_b/__init__.py": ""}, "has no file 'missing.toml'"),
            ("nowhere:data.toml", {}, "'nowhere' is not an importable package"),
        ],
        ids=["import", "raises", "wrong-type", "invalid", "namespace", "no-file", "no-package"],
    )
    def test_a_broken_plugin_names_its_distribution(self, site, value, files, message):
        site.install("acme-broken", {"acme": value}, files, version="0.3.0")
        with pytest.raises(PluginError) as info:
            build_taxonomy()
        assert str(info.value).startswith(
            "taxonomy plugin 'acme' from distribution acme-broken 0.3.0"
        )
        assert message in str(info.value)
        assert info.value.distributions == ("acme-broken 0.3.0",)

    def test_an_invalid_extension_names_the_plugin(self, site):
        site.install(
            "acme-bad",
            {"acme": "acme_bad:ext"},
            {
                "acme_bad/__init__.py": (
                    "def ext():\n    return {'taxonomy': {'namespace': 'acme'}, 'themes': ["
                    "{'id': 'acme:x', 'label': 'X', 'definition': 'X.', 'parent': 'nope'}]}\n"
                )
            },
        )
        with pytest.raises(
            TaxonomyError, match=r"plugin 'acme': theme 'acme:x': parent 'nope' is missing"
        ):
            build_taxonomy()


class TestBuildTaxonomy:
    def test_a_file_may_extend_a_plugin(self, site, tmp_path):
        data_plugin(site)
        path = tmp_path / "ward.toml"
        path.write_text(
            '[taxonomy]\nnamespace = "ward"\nextends = ["rewardkit.core", "acme"]\n'
            '[[themes]]\nid = "ward:x"\nparent = "acme:night-shift-win"\nlabel = "X"\n'
            'definition = "X."\n',
            encoding="utf-8",
        )
        t = build_taxonomy(files=[path])
        assert [a.id for a in t.ancestors("ward:x")] == ["acme:night-shift-win", "small-victory"]
        with pytest.raises(TaxonomyError, match="extends 'acme', which is not loaded"):
            build_taxonomy(files=[path], plugins=())

    def test_one_namespace_from_two_sources(self, site, tmp_path):
        data_plugin(site)
        path = tmp_path / "acme.toml"
        path.write_text(ACME_TOML.format(ns="acme", version="9.0.0"), encoding="utf-8")
        with pytest.raises(
            TaxonomyError,
            match=f"namespace 'acme' is provided by both plugin 'acme' and {path}",
        ):
            build_taxonomy(files=[path])

    def test_files_in_any_order(self, tmp_path, monkeypatch):
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")
        base = tmp_path / "a.toml"
        base.write_text(ACME_TOML.format(ns="acme", version="1.0.0"), encoding="utf-8")
        more = tmp_path / "b.toml"
        more.write_text(
            '[taxonomy]\nnamespace = "more"\nextends = ["acme"]\n'
            '[[themes]]\nid = "more:y"\nparent = "acme:night-shift-win"\nlabel = "Y"\n'
            'definition = "Y."\n',
            encoding="utf-8",
        )
        assert build_taxonomy(files=[more, base]) == build_taxonomy(files=[base, more])


# ---------------------------------------------------------------------------------------------
# The example package


def install_example(site: Site) -> None:
    """Put examples/acme-rewards on the path as pip would install it."""
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    site.install(
        project["name"], project["entry-points"]["rewardkit.taxonomies"], version=project["version"]
    )
    shutil.copytree(EXAMPLE / "src" / "acme_rewards", site.path / "acme_rewards")
    site.modules.append("acme_rewards")
    importlib.invalidate_caches()


class TestExamplePackage:
    def test_its_themes_are_discovered_and_usable(self, site):
        install_example(site)
        assert "acme" in available_plugins()
        t = build_taxonomy()
        assert t.namespaces["acme"] == "1.0.0"
        assert t.is_a("acme:night-shift-win", "small-victory")
        assert t.top_level("acme:team.debrief").id == "acme:team"
        assert "acme_rewards" not in sys.modules, "a data-only plugin runs no code"
        story_theme = rk.ThemeAssignment(theme="acme:night-shift-win")
        assert story_theme.theme in t
        assert "## `acme:team`: Team support" in to_markdown(t)

    def test_with_the_taxonomy_file_beside_it(self, site):
        install_example(site)
        t = build_taxonomy(files=[EXAMPLE / "acme.taxonomy.toml"])
        assert set(t.namespaces) == {"acme", "acme-ward"}
        assert t.resolve("acme-ward:discharge-day").id == "acme-ward:handover"

    def test_its_helper_points_at_the_data_file(self, site):
        install_example(site)
        import acme_rewards

        assert acme_rewards.taxonomy_file().read_text(encoding="utf-8").startswith("# Acme")

    @pytest.mark.skipif(
        importlib.util.find_spec("hatchling") is None,
        reason="a real install builds the example with hatchling",
    )
    def test_a_real_install(self, tmp_path):
        target = tmp_path / "target"
        subprocess.run(
            [
                sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                "--no-build-isolation", "--no-index", "--target", str(target), str(EXAMPLE),
            ],
            check=True,
        )  # fmt: skip
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(target), str(ROOT / "src")]),
        }
        env.pop("REWARDKIT_DISABLE_PLUGINS", None)
        out = subprocess.run(
            [sys.executable, "-m", "rewardkit", "taxonomy", "--format", "json"],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        t = from_json(out)
        assert t.is_a("acme:team.debrief", "acme:team")


# ---------------------------------------------------------------------------------------------
# The command line


class TestCommand:
    @pytest.fixture(autouse=True)
    def _no_plugins(self, monkeypatch):
        monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")

    def test_json_by_default(self, capsys):
        assert main(["taxonomy"]) == 0
        assert from_json(capsys.readouterr().out) == core_taxonomy()

    @pytest.mark.parametrize(
        ("fmt", "start"),
        [
            ("markdown", "# Codebook: rewardkit.core 1.0.0"),
            ("skos", '{\n  "@context"'),
            ("turtle", "@prefix skos:"),
            ("qdc", '<?xml version="1.0" encoding="utf-8"?>'),
        ],
    )
    def test_formats(self, capsys, fmt, start):
        assert main(["taxonomy", "--format", fmt]) == 0
        assert capsys.readouterr().out.startswith(start)

    def test_taxonomy_files_and_output(self, tmp_path, capsys):
        out = tmp_path / "codebook.json"
        code = main(["taxonomy", "--taxonomy", str(EXAMPLE / "acme.taxonomy.toml"), "-o", str(out)])
        assert code == 0
        assert capsys.readouterr().out == ""
        assert "acme-ward:handover" in from_json(out.read_text(encoding="utf-8"))

    def test_base_iri(self, capsys):
        assert main(["taxonomy", "--format", "turtle", "--base-iri", "urn:x:"]) == 0
        assert "<urn:x:theme/gratitude>" in capsys.readouterr().out
        assert main(["taxonomy", "--format", "turtle", "--base-iri", "bad iri"]) == 2
        assert "is not an absolute IRI" in capsys.readouterr().err

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["--taxonomy", "missing.toml"], "missing.toml: cannot read the file"),
            (["--plugin", "nope"], "no taxonomy plugin provides namespace 'nope'"),
        ],
    )
    def test_errors_exit_2_without_a_traceback(self, capsys, args, message):
        assert main(["taxonomy", *args]) == 2
        err = capsys.readouterr().err
        assert err.startswith("rewardkit taxonomy: error: ")
        assert message in err
        assert "Traceback" not in err

    def test_a_bad_taxonomy_file(self, tmp_path, capsys):
        path = tmp_path / "bad.toml"
        path.write_text('[taxonomy]\nnamespace = "acme"\n[[themes]]\nid = "acme:x"\n')
        assert main(["taxonomy", "--taxonomy", str(path)]) == 2
        err = capsys.readouterr().err
        assert "themes[0] ('acme:x'): missing 'label'" in err

    def test_unwritable_output(self, tmp_path, capsys):
        assert main(["taxonomy", "-o", str(tmp_path / "no" / "such" / "dir.json")]) == 2
        assert "cannot write" in capsys.readouterr().err

    def test_no_plugins_and_plugin_exclude_each_other(self, capsys):
        assert main(["taxonomy", "--no-plugins", "--plugin", "acme"]) == 2
        assert "not allowed with" in capsys.readouterr().err

    def test_no_plugins_flag(self, site, monkeypatch, capsys):
        monkeypatch.delenv("REWARDKIT_DISABLE_PLUGINS", raising=False)
        data_plugin(site)
        assert main(["taxonomy", "--no-plugins"]) == 0
        assert from_json(capsys.readouterr().out) == core_taxonomy()
        assert main(["taxonomy"]) == 0
        assert "acme:night-shift-win" in from_json(capsys.readouterr().out)
        assert main(["taxonomy", "--plugin", "acme"]) == 0
        assert "acme:night-shift-win" in from_json(capsys.readouterr().out)

    def test_the_command_module_imports_nothing_heavy(self):
        code = (
            "import sys; import rewardkit.cli._taxonomy;"
            "assert 'rewardkit.taxonomy' not in sys.modules;"
            "assert 'tomllib' not in sys.modules"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
