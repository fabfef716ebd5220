"""Tidy tables (stories, assignments, evidence, redactions) as CSV and Parquet."""

from __future__ import annotations

import csv
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.exceptions import ExtraRequiredError
from rewardkit.io import TABLES, iter_stories, story_rows, write_tables
from rewardkit.testing import stories as story_strategy

ROOT = Path(__file__).parent.parent
CODED = ROOT / "examples" / "agreement" / "coded-stories.json"
EXAMPLES = ROOT / "examples" / "stories"


def coded() -> list[rk.Story]:
    return list(iter_stories(CODED))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_tables(tmp_path):
    stories = coded()
    counts = write_tables(stories, tmp_path / "tables")
    assert counts == {
        "stories": 12,
        "assignments": sum(len(s.themes) for s in stories),
        "evidence": sum(len(a.evidence) for s in stories for a in s.themes),
        "redactions": sum(len(s.deidentification.redactions) for s in stories),
    }
    for name, columns in TABLES.items():
        path = tmp_path / "tables" / f"{name}.csv"
        with path.open(encoding="utf-8", newline="") as f:
            assert next(csv.reader(f)) == list(columns)
        assert len(read_csv(path)) == counts[name]
    rows = read_csv(tmp_path / "tables" / "stories.csv")
    first = rows[0]
    assert first["story_id"] == stories[0].id
    assert first["coded_by"] == "coder-a;coder-b;coder-c"
    assert first["retrieved_at"] == "2024-04-01T09:00:00Z"
    assert first["posted_at"] == ""  # absent
    assert first["deid_status"] == "reviewed"
    assert first["text"] == stories[0].text
    by_id = {s.id: s for s in stories}
    for row in read_csv(tmp_path / "tables" / "evidence.csv"):
        story = by_id[row["story_id"]]
        assert row["quote"] == story.text[int(row["start"]) : int(row["end"])]
        assert story.themes[int(row["assignment"])].theme == row["theme"]
    for row in read_csv(tmp_path / "tables" / "redactions.csv"):
        story = by_id[row["story_id"]]
        assert story.text[int(row["start"]) : int(row["end"])] == row["replacement"]


def test_parquet_tables(tmp_path):
    stories = coded() + [s for p in sorted(EXAMPLES.glob("*.json*")) for s in iter_stories(p)]
    counts = write_tables(stories, tmp_path, fmt="parquet")
    for name, columns in TABLES.items():
        table = pq.read_table(tmp_path / f"{name}.parquet")
        assert table.column_names == list(columns)
        assert table.num_rows == counts[name]
    table = pq.read_table(tmp_path / "stories.parquet")
    assert table.schema.field("posted_at").type == pa.timestamp("us", tz="UTC")
    assert table.schema.field("coded_by").type == pa.list_(pa.string())
    assert table.column("coded_by").to_pylist()[0] == ["coder-a", "coder-b", "coder-c"]
    assert table.column("retrieved_at").to_pylist()[0] == datetime(2024, 4, 1, 9, tzinfo=UTC)
    evidence = pq.read_table(tmp_path / "evidence.parquet").to_pylist()
    by_id = {s.id: s for s in stories}
    for row in evidence:
        assert row["quote"] == by_id[row["story_id"]].text[row["start"] : row["end"]]
    assert (
        pq.read_table(tmp_path / "assignments.parquet").schema.field("confidence").type
        == pa.float64()
    )


def test_large_parquet_tables_are_written_in_batches(tmp_path, monkeypatch):
    import rewardkit.io._tables as tables

    monkeypatch.setattr(tables, "_BATCH", 5)
    stories = coded()
    write_tables(stories, tmp_path, fmt="parquet")
    meta = pq.ParquetFile(tmp_path / "stories.parquet").metadata
    assert meta.num_rows == 12
    assert meta.num_row_groups == 3


def test_empty_tables(tmp_path):
    assert write_tables([], tmp_path, fmt="parquet") == dict.fromkeys(TABLES, 0)
    assert pq.read_table(tmp_path / "evidence.parquet").num_rows == 0
    write_tables([], tmp_path)
    assert (tmp_path / "redactions.csv").read_text(encoding="utf-8") == (
        "story_id,start,end,category,operator,replacement\n"
    )


def test_parquet_needs_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(ExtraRequiredError, match=r"rewardkit\[parquet\]"):
        write_tables(coded(), tmp_path / "t", fmt="parquet")
    assert not (tmp_path / "t").exists()
    with pytest.raises(ValueError, match="unknown table format"):
        write_tables(coded(), tmp_path, fmt="xlsx")


@given(story_strategy())
def test_rows_of_a_story(story):
    rows = story_rows(story)
    assert {name: len(r[0]) for name, r in rows.items() if r} == {
        name: len(TABLES[name]) for name, r in rows.items() if r
    }
    assert len(rows["stories"]) == 1
    assert len(rows["assignments"]) == len(story.themes)
    assert len(rows["redactions"]) == len(story.deidentification.redactions)
    assert len(rows["evidence"]) == sum(len(a.evidence) for a in story.themes)
    for row in rows["evidence"]:
        _, i, theme, coder, start, end, quote = row
        assert story.themes[i].theme == theme
        assert story.themes[i].coder == coder
        assert quote == story.text[start:end]


@given(story_strategy())
def test_csv_timestamps_are_rfc3339(story):
    from rewardkit.io._tables import _csv_cell

    when = story.source.retrieved_at or story.source.posted_at
    if when is None:
        return
    cell = _csv_cell("retrieved_at", when)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", cell)
    assert datetime.fromisoformat(cell) == when


def test_cli_export_tables(tmp_path, capsys):
    out = tmp_path / "tables"
    assert main(["export", "csv", str(CODED), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("rewardkit export csv: wrote 12 stories, ")
    assert err.endswith(f" to {out}\n")
    assert main(["export", "csv", str(CODED), "-o", str(out)]) == 2
    assert "stories.csv: exists; pass --force" in capsys.readouterr().err
    assert main(["export", "csv", str(CODED), "-o", str(out), "--force"]) == 0
    assert main(["export", "parquet", str(CODED), "-o", str(out)]) == 0
    assert pq.read_table(out / "stories.parquet").num_rows == 12
    capsys.readouterr()
    assert main(["export", "csv", str(CODED), "-o", str(CODED)]) == 2
    assert "is not a directory" in capsys.readouterr().err


def test_cli_export_of_stories_that_do_not_load(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0", "id": "x"}', encoding="utf-8")
    assert main(["export", "csv", str(bad), "-o", str(tmp_path / "t")]) == 1
    assert f"{bad}:1: does not load (3 problems: schema:" in capsys.readouterr().err
    assert list((tmp_path / "t").iterdir()) == []  # no table half written


def test_the_data_dictionary_documents_every_column():
    text = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    documented = {}
    for name, body in re.findall(
        r"^### `(\w+)`[^\n]*\n(.*?)(?=^#|\Z)", text, flags=re.MULTILINE | re.DOTALL
    ):
        documented[name] = tuple(re.findall(r"^\| `(\w+)` \|", body, flags=re.MULTILINE))
    assert documented == dict(TABLES)
