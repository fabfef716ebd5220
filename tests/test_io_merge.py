"""Merging the files of several coders, the disagreements report, and agreement over files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.exceptions import InputError, MergeConflictError
from rewardkit.io import Disagreement, disagreements, iter_stories, merge, render_disagreements
from rewardkit.testing import stories as story_strategy

DATA = Path(__file__).parent / "data" / "merge"
A = DATA / "coder-a.jsonl"
B = DATA / "coder-b.jsonl"


def documents(*paths):
    return [(str(p), list(iter_stories(p))) for p in paths]


def test_two_coders_files_are_joined_by_id():
    result = merge(documents(A, B))
    assert [s.id for s in result.stories] == ["st-0201", "st-0202", "st-0203"]
    first, second, third = result.stories
    assert [(a.theme, a.coder) for a in first.themes] == [
        ("gratitude.thanks", "coder-a"),
        ("small-victory.social", "coder-a"),
        ("gratitude.thanks", "coder-b"),
    ]
    assert first.coded_by == ("coder-a", "coder-b")
    assert [(a.theme, a.coder) for a in second.themes] == [("connection.opening-up", "coder-b")]
    assert second.coded_by == ("coder-a", "coder-b")
    assert third.coded_by == ("coder-a",)
    assert result.files == {"st-0201": 2, "st-0202": 2, "st-0203": 1}
    # Everything else is as in the files.
    original = next(iter_stories(A))
    assert attrs.evolve(first, themes=original.themes, coded_by=original.coded_by) == original
    assert rk.validate(rk.Collection(stories=result.stories)) == []


def test_disagreements_list_who_assigned_and_who_did_not():
    result = merge(documents(A, B))
    assert result.disagreements == (
        Disagreement(
            story="st-0201",
            theme="small-victory.social",
            assigned_by=("coder-a",),
            not_assigned_by=("coder-b",),
        ),
        # coder-a coded st-0202 and found no theme: listed in coded_by, no assignment.
        Disagreement(
            story="st-0202",
            theme="connection.opening-up",
            assigned_by=("coder-b",),
            not_assigned_by=("coder-a",),
        ),
    )


def test_disagreements_report_as_csv_and_json():
    items = merge(documents(A, B)).disagreements
    text = render_disagreements(items, fmt="csv")
    assert text == (
        "story,theme,assigned_by,not_assigned_by\n"
        "st-0201,small-victory.social,coder-a,coder-b\n"
        "st-0202,connection.opening-up,coder-b,coder-a\n"
    )
    data = json.loads(render_disagreements(items, fmt="json"))
    assert data[0] == {
        "story": "st-0201",
        "theme": "small-victory.social",
        "assigned_by": ["coder-a"],
        "not_assigned_by": ["coder-b"],
    }
    with pytest.raises(ValueError, match="unknown report format"):
        render_disagreements(items, fmt="xlsx")


def test_several_coders_in_a_csv_cell():
    story = rk.Story(
        id="s",
        text="A warm handover.",
        source=rk.Source(platform="survey"),
        deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
        coded_by=("x", "y", "z"),
        themes=(
            rk.ThemeAssignment(theme="gratitude", coder="x"),
            rk.ThemeAssignment(theme="gratitude", coder="z"),
            rk.ThemeAssignment(theme="gratitude", coder=None),  # not attributed: left out
            rk.ThemeAssignment(theme="connection", coder="w"),  # not a listed coder
        ),
    )
    rows = list(csv.reader(io.StringIO(render_disagreements(disagreements([story]), fmt="csv"))))
    assert rows[1] == ["s", "gratitude", "x; z", "y"]
    assert len(rows) == 2


def test_coders_from_the_assignments_when_coded_by_is_missing():
    story = rk.Story(
        id="s",
        text="A warm handover.",
        source=rk.Source(platform="survey"),
        deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
        themes=(
            rk.ThemeAssignment(theme="gratitude", coder="x"),
            rk.ThemeAssignment(theme="connection", coder="y"),
            rk.ThemeAssignment(theme="connection", coder="x"),
        ),
    )
    assert disagreements([story]) == (
        Disagreement(story="s", theme="gratitude", assigned_by=("x",), not_assigned_by=("y",)),
    )
    one = attrs.evolve(story, themes=story.themes[:1])
    assert disagreements([one]) == ()


def _pair(**changes):
    first = next(iter_stories(A))
    return [("a.jsonl", [first]), ("b.jsonl", [attrs.evolve(first, **changes)])]


def test_different_texts_are_an_error_naming_both_files():
    with pytest.raises(MergeConflictError) as e:
        merge(_pair(text="A different text."))
    assert str(e.value) == "story 'st-0201': the text differs between a.jsonl and b.jsonl"
    assert isinstance(e.value, InputError)


def test_different_sources_are_an_error():
    first = next(iter_stories(A))
    source = attrs.evolve(first.source, community="elsewhere")
    with pytest.raises(
        MergeConflictError, match=r"the field 'source' differs between a.jsonl and b.jsonl"
    ):
        merge(_pair(source=source))


def test_extensions_are_united_by_namespace():
    first = next(iter_stories(A))
    docs = [
        ("a", [attrs.evolve(first, extensions={"acme": {"batch": 1}})]),
        ("b", [attrs.evolve(first, extensions={"acme": {"batch": 1}, "lab": [2]})]),
    ]
    assert merge(docs).stories[0].extensions == {"acme": {"batch": 1}, "lab": [2]}
    docs[1] = ("b", [attrs.evolve(first, extensions={"acme": {"batch": 2}})])
    with pytest.raises(MergeConflictError, match=r"extensions\['acme'\] differs between a and b"):
        merge(docs)


def test_the_same_assignment_twice_is_kept_once_and_a_changed_one_is_an_error():
    first = next(iter_stories(A))
    assert merge([("a", [first]), ("b", [first])]).stories == (first,)
    changed = attrs.evolve(
        first.themes[1], confidence=0.2
    )  # coder-a's small-victory.social, another confidence
    with pytest.raises(
        MergeConflictError,
        match=r"coder 'coder-a' assigned theme 'small-victory.social' in both a and b",
    ):
        merge([("a", [first]), ("b", [attrs.evolve(first, themes=(changed,))])])
    unnamed = rk.ThemeAssignment(theme="gratitude")
    with pytest.raises(MergeConflictError, match="an unnamed coder assigned theme 'gratitude'"):
        merge(
            [
                ("a", [attrs.evolve(first, themes=(unnamed,))]),
                ("b", [attrs.evolve(first, themes=(attrs.evolve(unnamed, confidence=1.0),))]),
            ]
        )


def test_an_id_twice_in_one_file():
    first = next(iter_stories(A))
    with pytest.raises(MergeConflictError, match="story 'st-0201' appears twice"):
        merge([("a", [first, first])])


@given(story_strategy())
def test_merging_a_file_with_itself_changes_nothing(story):
    assert merge([("a", [story])]).stories == (story,)
    assert merge([("a", [story]), ("b", [story])]).stories == (story,)


@given(story_strategy())
def test_splitting_by_coder_and_merging_keeps_every_coding(story):
    coders = list(story.coded_by or ()) or sorted({a.coder for a in story.themes if a.coder})
    if not coders:
        return
    docs = []
    for i, coder in enumerate(coders):
        mine = tuple(
            a for a in story.themes if a.coder == coder or (i == 0 and a.coder not in coders)
        )
        docs.append((f"{coder}.jsonl", [attrs.evolve(story, themes=mine, coded_by=(coder,))]))
    merged = merge(docs).stories[0]
    assert sorted(map(repr, merged.themes)) == sorted(map(repr, story.themes))
    assert merged.coded_by == tuple(coders)
    assert attrs.evolve(merged, themes=story.themes, coded_by=story.coded_by) == story


def test_cli_merge(tmp_path, capsys):
    out = tmp_path / "merged.jsonl"
    report = tmp_path / "disagreements.csv"
    args = ["merge", str(A), str(B), "-o", str(out), "--disagreements", str(report)]
    assert main(args) == 0
    assert capsys.readouterr().err == (
        f"rewardkit merge: 3 stories from 2 files (2 in more than one) to {out};"
        f" 2 disagreements, written to {report}\n"
    )
    assert [s.id for s in rk.load(out)] == ["st-0201", "st-0202", "st-0203"]
    assert (
        report.read_text(encoding="utf-8").splitlines()[0]
        == "story,theme,assigned_by,not_assigned_by"
    )
    assert main(["validate", str(out)]) == 0
    assert main(args) == 2  # the outputs exist
    assert "exists; pass --force" in capsys.readouterr().err
    as_json = tmp_path / "merged.json"
    report_json = tmp_path / "d.json"
    assert (
        main(["merge", str(A), str(B), "-o", str(as_json), "--disagreements", str(report_json)])
        == 0
    )
    assert isinstance(rk.load(as_json), rk.Collection)
    assert len(json.loads(report_json.read_text(encoding="utf-8"))) == 2


def test_cli_merge_conflict_and_usage(tmp_path, capsys):
    first = json.loads(A.read_text(encoding="utf-8").splitlines()[0])
    first["text"] = "Something else entirely."
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps(first) + "\n", encoding="utf-8")
    out = tmp_path / "merged.jsonl"
    assert main(["merge", str(A), str(other), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"rewardkit merge: error: story 'st-0201': the text differs between {A} and {other}\n"
    )
    assert not out.exists()
    assert main(["merge", str(A), str(B), "-o", str(out), "--disagreements", "d.xlsx"]) == 2
    assert "--disagreements FILE must end in .csv or .json" in capsys.readouterr().err
    assert main(["merge", str(A), str(tmp_path / "none.jsonl"), "-o", str(out)]) == 2
    assert "none.jsonl: no such file" in capsys.readouterr().err
    assert main(["merge", str(A), "-o", str(A)]) == 2
    assert "is the input file" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    assert main(["merge", str(A), str(bad), "-o", str(out)]) == 1
    assert f"{bad}:1: does not load (" in capsys.readouterr().err


def test_agreement_merges_the_files_of_several_coders(capsys):
    assert main(["agreement", str(A), str(B), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["units"] == 2  # st-0201 and st-0202 have two coders each
    assert report["coders"] == ["coder-a", "coder-b"]


def test_agreement_reports_files_that_do_not_merge(tmp_path, capsys):
    first = json.loads(A.read_text(encoding="utf-8").splitlines()[0])
    first["text"] = "Something else entirely."
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps(first) + "\n", encoding="utf-8")
    assert main(["agreement", str(A), str(other)]) == 2
    assert "the files do not merge: story 'st-0201': the text differs" in capsys.readouterr().err


def test_cli_merge_without_a_report(tmp_path, capsys):
    out = tmp_path / "merged.jsonl"
    assert main(["merge", str(A), str(B), "-o", str(out)]) == 0
    assert capsys.readouterr().err == (
        f"rewardkit merge: 3 stories from 2 files (2 in more than one) to {out}; 2 disagreements\n"
    )


def test_write_disagreements_by_suffix(tmp_path):
    from rewardkit.io import write_disagreements

    items = merge(documents(A, B)).disagreements
    write_disagreements(items, tmp_path / "d.json")
    assert len(json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))) == 2
    with pytest.raises(ValueError, match=r"a \.csv or a \.json file"):
        write_disagreements(items, tmp_path / "d.txt")
