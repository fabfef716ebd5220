"""rewardkit.dask: a bag of JSON Lines is checked on a cluster as ``rewardkit validate`` checks it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import rewardkit.dask as rkd  # noqa: E402 - after the skip
from rewardkit.check import REPORTERS, Checker  # noqa: E402
from rewardkit.exceptions import LoadError, RuleConfigError  # noqa: E402
from rewardkit.rules import Validator  # noqa: E402

HERE = Path(__file__).parent
INVALID = HERE / "corpus" / "invalid"


def corpus_lines() -> list[str]:
    """One line per story of the invalid corpus (a finding of most rules), and bad lines."""
    lines: list[str] = []
    for path in sorted(INVALID.glob("*/*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            lines.append(path.read_text(encoding="utf-8").replace("\n", " "))
            continue
        stories = doc.get("stories", [doc]) if isinstance(doc, dict) else [doc]
        lines.extend(json.dumps(s) for s in stories)
    return [*lines, "", "  ", '{"schema_version": "1.0",}', "[1, 2]"]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("bag")
    lines = corpus_lines()
    a, b = root / "a.jsonl", root / "b.jsonl"
    a.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    b.write_bytes(("\n".join(reversed(lines)) + "\n").encode() + b'{"id": "\xff"}\n')
    return [a, b]


@pytest.fixture(scope="module")
def client():
    """A local cluster of two worker processes, as a real cluster runs them."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def checked_here(files: list[Path], **settings) -> list[tuple]:
    result = Checker(Validator(**settings), jobs=1).run([str(f) for f in files])
    out = io.StringIO()
    REPORTERS["json"]().report(result, out)
    return sorted(
        (f["file"], f["line"], f["path"] or "", f["rule"], f["severity"], f["message"])
        for f in json.loads(out.getvalue())
    )


def rows(frame) -> list[tuple]:
    return sorted(
        (file, int(line), path if isinstance(path, str) else "", rule, severity, message)
        for file, line, path, rule, severity, message in frame[list(rkd.COLUMNS)].itertuples(
            index=False
        )
    )


class TestValidateBag:
    def test_a_cluster_finds_what_validate_finds(self, client, files):
        bag = rkd.read_jsonl([str(f) for f in files])

        frame = rkd.validate_bag(bag, profile="publish").compute()

        assert list(frame.columns) == list(rkd.COLUMNS)
        expected = checked_here(files, profile="publish")
        assert rows(frame) == expected
        assert {r[3] for r in expected} >= {"id-duplicate", "json-invalid", "schema", "span-bounds"}
        assert len(client.scheduler_info()["workers"]) == 2

    def test_any_fsspec_url(self, client, files):
        url = files[0].parent.as_uri() + "/*.jsonl"

        frame = rkd.validate_bag(rkd.read_jsonl(url), select=["id-duplicate", "span-bounds"])

        counts = frame.groupby("rule").size().compute()
        assert counts["id-duplicate"] == sum(
            1 for r in checked_here(files, select=["id-duplicate"]) if r[3] == "id-duplicate"
        )
        assert counts["span-bounds"] > 0

    def test_without_id_duplicate_no_second_pass(self, files):
        bag = rkd.read_jsonl([str(f) for f in files])

        frame = rkd.validate_bag(bag, ignore=["id-duplicate"]).compute(scheduler="synchronous")

        assert rows(frame) == checked_here(files, ignore=["id-duplicate"])
        assert "id-duplicate" not in set(frame["rule"])

    def test_a_bag_of_plain_lines_counts_lines_per_partition(self):
        lines = corpus_lines()
        bag = dask_bag.from_sequence(lines, npartitions=1)

        frame = rkd.validate_bag(bag).compute(scheduler="synchronous")

        assert frame["file"].isna().all()
        blank = lines.index("") + 1
        assert blank not in set(frame["line"])
        assert max(frame["line"]) == len(lines)

    def test_settings_are_checked_at_once(self):
        bag = dask_bag.from_sequence(["{}"])

        with pytest.raises(RuleConfigError, match="no-such-rule"):
            rkd.validate_bag(bag, select=["no-such-rule"])


class TestRedactBag:
    def test_a_cluster_redacts_as_deid_redact_does(self, client, tmp_path, capsys):
        from rewardkit.cli import main

        posts = tmp_path / "posts.jsonl"
        posts.write_text(
            "".join(
                json.dumps(
                    {
                        "schema_version": "1.0",
                        "id": f"st-{i}",
                        "text": f"My client Rosalind called from 555-201-3344 ({i}).",
                        "source": {"platform": "survey"},
                        "deidentification": {"status": "raw"},
                    }
                )
                + "\n"
                for i in range(6)
            )
            + "\n",
            encoding="utf-8",
        )
        out = tmp_path / "out.jsonl"
        assert main(["deid", "redact", str(posts), "-o", str(out), "-j", "1"]) == 0
        capsys.readouterr()

        redacted = rkd.redact_bag(rkd.read_jsonl(str(posts))).compute()

        assert [line + "\n" for line in redacted] == out.read_text(encoding="utf-8").splitlines(
            keepends=True
        )

    def test_a_line_that_does_not_load_is_an_error(self):
        bag = dask_bag.from_sequence(['{"schema_version": "1.0"}'])

        with pytest.raises(LoadError) as e:
            rkd.redact_bag(bag).compute(scheduler="synchronous")
        assert all(f.line == 1 for f in e.value.findings)

    def test_over_the_limit(self):
        from rewardkit.serialization import Limits

        bag = dask_bag.from_sequence(["x" * 50])

        frame = rkd.validate_bag(bag, limits=Limits(max_bytes=10)).compute(scheduler="synchronous")

        assert list(frame["message"]) == ["the line is longer than the limit of 10 bytes"]
