"""`rewardkit rules`, the summary line of `schema` and `taxonomy`, and `taxonomy -o`."""

from __future__ import annotations

import json
import os

import pytest

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.findings import BUILTIN_RULE_NAMES, DEID_REQUIRED, REVIEW_REQUIRED, SCHEMA
from rewardkit.rules import Rule, RuleRegistry


@pytest.fixture(autouse=True)
def isolated(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REWARDKIT_DISABLE_PLUGINS", "1")


def own_rules() -> list[Rule]:
    return list(RuleRegistry(plugins=False))


class TestRules:
    def test_text_lists_every_rule_with_severities_and_summary(self, capsys):
        assert main(["rules"]) == 0
        out, err = capsys.readouterr()

        lines = out.splitlines()
        assert lines[0].split() == ["RULE", "DEFAULT", "PUBLISH", "WHAT", "IT", "CHECKS"]
        names = [line.split()[0] for line in lines[1:]]
        assert names == [r.name for r in rk.rules.default_registry()]
        assert set(names) >= set(BUILTIN_RULE_NAMES) - {"phi-unchecked"}
        deid = next(line for line in lines if line.startswith(DEID_REQUIRED + " "))
        assert deid.split()[1:3] == ["warning", "error"]
        review = next(line for line in lines if line.startswith(REVIEW_REQUIRED + " "))
        assert review.split()[1:3] == ["info", "error"]
        schema = next(line for line in lines if line.startswith(SCHEMA + " "))
        assert schema.endswith("(always on)")
        assert err == f"listed {len(names)} rules\n"

    def test_json(self, capsys):
        assert main(["rules", "--format", "json", "--quiet"]) == 0
        out, err = capsys.readouterr()

        records = json.loads(out)
        assert err == ""
        assert [r["name"] for r in records] == [r.name for r in own_rules()]
        deid = next(r for r in records if r["name"] == DEID_REQUIRED)
        assert deid == {
            "name": DEID_REQUIRED,
            "severity": "warning",
            "profiles": {"default": "warning", "publish": "error"},
            "required": False,
            "summary": rk.rules.default_registry().get(DEID_REQUIRED).summary,
        }
        assert next(r for r in records if r["name"] == SCHEMA)["required"] is True

    def test_markdown(self, capsys):
        assert main(["rules", "--format", "markdown", "-q"]) == 0
        lines = capsys.readouterr().out.splitlines()

        assert lines[:2] == [
            "| rule | `default` | `publish` | what it checks |",
            "|---|---|---|---|",
        ]
        assert len(lines) == 2 + len(own_rules())
        assert lines[2].startswith("| `json-invalid` | error | error | ")
        assert lines[2].endswith(" Always on. |")

    def test_rules_of_plugins_and_their_profiles(self, capsys, monkeypatch):
        extra = Rule(
            name="acme:no-pipes",
            severity=rk.Severity.INFO,
            summary="Summaries | with pipes\x1b[31m are escaped.",
            profiles={"strict": rk.Severity.ERROR},
        )
        registry = RuleRegistry(plugins=False)
        registry.register(extra)
        monkeypatch.setattr("rewardkit.rules.default_registry", lambda: registry)

        assert main(["rules"]) == 0
        text = capsys.readouterr().out
        assert text.splitlines()[0].split()[:4] == ["RULE", "DEFAULT", "PUBLISH", "STRICT"]
        last = text.splitlines()[-1]
        assert last.split()[:4] == ["acme:no-pipes", "info", "info", "error"]
        assert "\x1b" not in text
        assert main(["rules", "--format", "markdown"]) == 0
        markdown = capsys.readouterr().out
        assert "Summaries \\| with pipes" in markdown
        assert main(["rules", "--no-plugins", "--format", "json"]) == 0
        assert "acme:no-pipes" not in capsys.readouterr().out


class TestSummaryLines:
    def test_schema(self, capsys):
        assert main(["schema", "--root", "story"]) == 0
        out, err = capsys.readouterr()
        assert json.loads(out) == rk.json_schema("story")
        assert err == "printed the JSON Schema (draft 2020-12) of one story\n"
        assert main(["schema", "-q"]) == 0
        assert capsys.readouterr().err == ""

    def test_taxonomy(self, capsys):
        assert main(["taxonomy", "--no-plugins"]) == 0
        n = len(rk.core_taxonomy())
        assert capsys.readouterr().err == f"printed {n} themes as json\n"

    def test_taxonomy_to_a_file_is_written_atomically(self, capsys, tmp_path, monkeypatch):
        out = tmp_path / "t.json"
        out.write_text("old")
        out.chmod(0o640)
        replaced: list[str] = []
        real = os.replace

        def spy(src, dst, *args, **kwargs):
            replaced.append(os.fspath(dst))
            return real(src, dst, *args, **kwargs)

        monkeypatch.setattr(os, "replace", spy)

        assert main(["taxonomy", "--no-plugins", "-o", str(out)]) == 0
        assert json.loads(out.read_text())["taxonomy"]["name"] == "rewardkit.core"
        assert replaced == [str(out)]
        assert out.stat().st_mode & 0o777 == 0o640
        assert capsys.readouterr().err.startswith(f"wrote {len(rk.core_taxonomy())} themes as json")

    def test_taxonomy_never_writes_through_a_dangling_link(self, capsys, tmp_path):
        link = tmp_path / "t.json"
        link.symlink_to(tmp_path / "nowhere" / "t.json")

        assert main(["taxonomy", "--no-plugins", "-o", str(link)]) == 2
        assert "dangling symbolic link" in capsys.readouterr().err
