"""rewardkit.stats and ``rewardkit stats``: the figures, the text, the JSON, the page."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.stats import (
    NONE,
    CorpusStats,
    StatsError,
    cooccurrence_matrix,
    corpus_stats,
    read_stories,
    render_html,
    render_json,
    render_text,
    role_theme_heatmap,
    theme_bar_chart,
)
from rewardkit.stats._text import columns
from rewardkit.testing import stories

ROOT = Path(__file__).parent.parent
GENERATED = ROOT / "docs" / "_generated"
DOC_SOURCES = ("examples/stories", "examples/agreement")
RETRIEVED = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


def story(
    sid: str,
    themes: list[tuple[str, str | None, bool]] = (),
    *,
    role: str | None = "therapist",
    setting: str | None = None,
    platform: str = "reddit",
    community: str | None = None,
    coded_by: tuple[str, ...] | None = None,
    status: str = "redacted",
) -> rk.Story:
    text = "She looked me in the eye and said thank you."
    return rk.Story(
        id=sid,
        text=text,
        source=rk.Source(platform=platform, community=community, retrieved_at=RETRIEVED),
        narrator=rk.Narrator(
            role=rk.NarratorRole(role), setting=rk.Setting(setting) if setting else None
        )
        if role
        else None,
        themes=tuple(
            rk.ThemeAssignment(theme=t, coder=c, evidence=(rk.Span(start=0, end=3),) if ev else ())
            for t, c, ev in themes
        ),
        coded_by=coded_by,
        deidentification=rk.Deidentification(status=rk.DeidStatus(status)),
    )


@pytest.fixture
def corpus() -> list[rk.Story]:
    return [
        story(
            "a",
            [("breakthrough.insight", None, True), ("gratitude.thanks", None, False)],
            setting="outpatient",
            community="r/therapists",
        ),
        story(
            "b",
            [("breakthrough.hope", None, True), ("breakthrough.insight", None, True)],
            role="counselor",
            community="r/therapists",
        ),
        story("c", [("gratitude", None, False)], role=None, platform="forum"),
        story("d", [], status="raw"),
    ]


# -- the figures ---------------------------------------------------------------------------


def test_counts_by_field(corpus):
    stats = corpus_stats(corpus, taxonomy=rk.core_taxonomy())
    assert stats.stories == 4
    assert stats.coded_stories == 3
    assert stats.by_platform == (("reddit", 3), ("forum", 1))
    assert stats.by_community == (("r/therapists", 2), (NONE, 2))
    assert stats.by_role == (("therapist", 2), ("counselor", 1), (NONE, 1))
    assert stats.by_setting == ((NONE, 3), ("outpatient", 1))
    assert stats.by_status == (("redacted", 3), ("raw", 1))
    assert stats.by_text_form == ((NONE, 4),)


def test_theme_frequencies_count_stories_and_roll_up(corpus):
    stats = corpus_stats(corpus, taxonomy=rk.core_taxonomy())
    top = {t.theme: t for t in stats.top_themes}
    assert [t.theme for t in stats.top_themes] == ["breakthrough", "gratitude"]
    assert top["breakthrough"].stories == 2
    assert top["breakthrough"].assignments == 3  # one story has two breakthrough sub-themes
    assert top["breakthrough"].share == pytest.approx(2 / 3)
    assert top["breakthrough"].label == rk.core_taxonomy()["breakthrough"].label
    themes = {t.theme: t for t in stats.themes}
    assert themes["breakthrough.insight"].stories == 2
    assert themes["breakthrough.insight"].top_level == "breakthrough"
    assert themes["gratitude"].top_level == "gratitude"  # a top-level id assigned as such


def test_a_theme_two_coders_gave_one_story_counts_once():
    stats = corpus_stats(
        [story("a", [("gratitude.thanks", "x", False), ("gratitude.thanks", "y", True)])]
    )
    (t,) = stats.themes
    assert (t.stories, t.assignments, t.with_evidence) == (1, 2, 1)
    assert t.evidence_coverage == 0.5


def test_evidence_coverage(corpus):
    stats = corpus_stats(corpus)
    assert (stats.assignments, stats.with_evidence) == (5, 3)
    assert stats.evidence_coverage == pytest.approx(0.6)
    assert corpus_stats([]).evidence_coverage is None
    assert corpus_stats([]).top_themes == ()


def test_without_a_taxonomy_ids_roll_up_by_their_syntax():
    stats = corpus_stats([story("a", [("acme:rota.swap", None, False)])])
    assert [t.theme for t in stats.top_themes] == ["acme:rota"]
    assert stats.top_themes[0].label is None


def test_with_a_taxonomy_an_extension_rolls_up_to_its_core_parent():
    taxonomy = rk.core_taxonomy().extend(
        [
            rk.Theme(
                id="acme:night-win", label="Night win", definition="A win.", parent="small-victory"
            )
        ]
    )
    stats = corpus_stats([story("a", [("acme:night-win", None, False)])], taxonomy=taxonomy)
    assert [t.theme for t in stats.top_themes] == ["small-victory"]
    assert stats.themes[0].label == "Night win"


def test_themes_by_role(corpus):
    stats = corpus_stats(corpus)
    roles = {r.role: r for r in stats.roles}
    assert [r.role for r in stats.roles] == ["therapist", "counselor", NONE]
    assert roles["therapist"].stories == 2
    assert roles["therapist"].top_themes == (("breakthrough", 1), ("gratitude", 1))
    assert roles["therapist"].count("gratitude") == 1
    assert roles["therapist"].count("advocacy") == 0
    assert roles["counselor"].themes == (("breakthrough.hope", 1), ("breakthrough.insight", 1))


def test_cooccurrence_counts_and_lift(corpus):
    stats = corpus_stats(corpus)
    (pair,) = stats.cooccurrence
    assert (pair.first, pair.second, pair.stories) == ("breakthrough", "gratitude", 1)
    # 3 stories with themes; breakthrough in 2, gratitude in 2, both in 1: 1 * 3 / (2 * 2)
    assert pair.lift == pytest.approx(0.75)
    assert {(p.first, p.second) for p in stats.theme_cooccurrence} == {
        ("breakthrough.insight", "gratitude.thanks"),
        ("breakthrough.hope", "breakthrough.insight"),
    }


def test_lift_of_themes_that_always_go_together_is_above_one():
    stats = corpus_stats(
        [
            story("a", [("gratitude.thanks", None, False), ("connection.alliance", None, False)]),
            story("b", [("gratitude.thanks", None, False), ("connection.alliance", None, False)]),
            story("c", [("advocacy.policy", None, False)]),
        ]
    )
    (pair,) = stats.cooccurrence
    assert pair.lift == pytest.approx(1.5)


def test_agreement_when_stories_have_several_coders():
    coded = rk.load(ROOT / "examples" / "agreement" / "coded-stories.json")
    stats = corpus_stats(coded)
    assert stats.agreement is not None
    assert stats.agreement == rk_agreement_measure(coded)
    assert (
        corpus_stats([story("a", [("gratitude", "x", False)], coded_by=("x",))]).agreement is None
    )


def rk_agreement_measure(stories):
    from rewardkit.agreement import measure

    return measure(stories)


def test_read_stories_reads_files_and_directories(tmp_path):
    found = read_stories([ROOT / "examples" / "stories", ROOT / "examples" / "agreement"])
    assert len(found) == 7 + len(rk.load(ROOT / "examples/agreement/coded-stories.json"))
    with pytest.raises(StatsError, match="no such file"):
        read_stories([tmp_path / "missing"])
    with pytest.raises(StatsError, match=r"no \.json or \.jsonl files"):
        read_stories([tmp_path])
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(rk.LoadError):
        read_stories([bad])


@given(st.lists(stories(), max_size=6), st.integers(60, 120))
def test_figures_add_up_and_every_line_fits(items, width):
    stats = corpus_stats(items, taxonomy=rk.core_taxonomy())
    assert stats.stories == len(items)
    for tally in (stats.by_platform, stats.by_role, stats.by_status, stats.by_setting):
        assert sum(n for _, n in tally) == len(items)
    assert stats.assignments == sum(len(s.themes) for s in items)
    assert sum(r.stories for r in stats.roles) == len(items)
    for t in stats.top_themes:
        assert 0 < t.stories <= stats.coded_stories
    for p in stats.cooccurrence:
        assert p.first < p.second
        assert p.stories <= min(
            next(t.stories for t in stats.top_themes if t.theme == name)
            for name in (p.first, p.second)
        )
    json.loads(render_json(stats))
    text = render_text(stats, width=width)
    assert all(columns(line) <= width for line in text.splitlines())
    assert text.endswith("\n")


# -- text ----------------------------------------------------------------------------------


def test_text_report(corpus):
    text = render_text(corpus_stats(corpus, taxonomy=rk.core_taxonomy()))
    assert text.startswith("4 stories, 3 with themes; 5 theme assignments, 60% of them")
    assert "  platform    reddit 3, forum 1\n" in text
    assert re.search(r"^breakthrough +2 +67% +3 +100%$", text, re.MULTILINE)
    assert re.search(r"^  breakthrough\.insight +2 +67% +2 +100%$", text, re.MULTILINE)
    assert re.search(r"^  gratitude \(itself\) +1 +33% +1 +0%$", text, re.MULTILINE)
    assert "  therapist (2 stories): breakthrough 1, gratitude 1\n" in text
    assert re.search(r"^breakthrough \+ gratitude +1 +0\.75$", text, re.MULTILINE)
    assert "Agreement: no story has two or more coders in coded_by." in text


def test_text_report_without_themes_or_pairs():
    text = render_text(corpus_stats([story("a")]))
    assert "Themes: no story has a theme." in text
    text = render_text(corpus_stats([story("a", [("gratitude", None, False)])]))
    assert "no story has two top-level themes" in text


def test_text_lists_at_most_a_dozen_pairs():
    themes = [t.id for t in rk.core_taxonomy().roots]
    extra = [f"x{i}" for i in range(4)]
    everything = [(t, None, False) for t in [*themes, *extra]]
    text = render_text(corpus_stats([story("a", everything)]))
    assert "... and 24 more (--format json lists all)" in text


def test_text_with_agreement_names_the_coders():
    text = render_text(corpus_stats(rk.load(ROOT / "examples/agreement/coded-stories.json")))
    assert "coded by 3 coders:\n  coder-a, coder-b, coder-c\n" in text
    assert re.search(r"^  breakthrough\.insight +\d+ +1\.000 +1\.000 +1\.000$", text, re.MULTILINE)


LONG = "r/" + "averyveryverylongcommunityname" * 4


def test_text_fits_80_columns_with_long_values_and_escapes_control_characters():
    items = [
        story(
            f"s{i}",
            [(f"acme:{'x' * 60}.{i}", None, False), ("gratitude.thanks", None, False)],
            community=LONG if i % 2 else "r/\x1b[31mred\u202e",
            platform=f"platform-{i}",
        )
        for i in range(30)
    ]
    text = render_text(corpus_stats(items))
    assert all(columns(line) <= 80 for line in text.splitlines())
    assert "\x1b" not in text
    assert "\u202e" not in text
    assert "r/\\x1b[31mred\\u202e" in text
    assert "..." in text


def test_text_counts_wide_characters_as_two_columns():
    items = [story("a", [("gratitude", None, False)], community="社区" * 30)]
    text = render_text(corpus_stats(items))
    assert all(columns(line) <= 80 for line in text.splitlines())
    assert columns("社区") == 4
    assert columns("e\u0301") == 1


# -- JSON ----------------------------------------------------------------------------------


def test_json_report(corpus):
    data = json.loads(render_json(corpus_stats(corpus, taxonomy=rk.core_taxonomy())))
    assert data["stories"] == 4
    assert data["by_platform"] == {"reddit": 3, "forum": 1}
    assert list(data["by_role"]) == ["therapist", "counselor", NONE]
    assert data["top_themes"][0]["theme"] == "breakthrough"
    assert data["top_themes"][0]["evidence_coverage"] == 1.0
    assert data["roles"][0] == {
        "role": "therapist",
        "stories": 2,
        "top_themes": {"breakthrough": 1, "gratitude": 1},
        "themes": {"breakthrough.insight": 1, "gratitude.thanks": 1},
    }
    assert data["cooccurrence"] == [
        {"first": "breakthrough", "second": "gratitude", "stories": 1, "lift": 0.75}
    ]
    assert data["evidence_coverage"] == 0.6
    assert data["agreement"] is None


def test_json_report_with_agreement():
    data = json.loads(
        render_json(corpus_stats(rk.load(ROOT / "examples/agreement/coded-stories.json")))
    )
    assert data["agreement"]["coders"] == ["coder-a", "coder-b", "coder-c"]
    assert {"theme", "alpha", "kappa"} <= set(data["agreement"]["themes"][0])


# -- HTML ----------------------------------------------------------------------------------


def doc_stats() -> CorpusStats:
    return corpus_stats(read_stories([ROOT / p for p in DOC_SOURCES]), taxonomy=rk.core_taxonomy())


def test_page_is_self_contained(corpus):
    page = render_html(corpus_stats(corpus), sources=["a.jsonl"])
    assert page.startswith("<!DOCTYPE html>")
    assert page.count("<svg ") == 3
    assert "default-src 'none'" in page
    # Nothing to fetch: no script, no external link, no URL but the SVG namespace.
    assert "<script" not in page
    assert re.findall(r"https?://[^\"' ]+", page) == ["http://www.w3.org/2000/svg"] * 3
    assert 'src="' not in page
    assert "Counted from a.jsonl by rewardkit stats." in page


def test_page_escapes_values_from_stories():
    items = [story("a", [("gratitude", None, False)], community="<script>alert(1)</script>\x07")]
    page = render_html(corpus_stats(items), title="<b>Mine</b>")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;\\x07" in page
    assert "<title>&lt;b&gt;Mine&lt;/b&gt;</title>" in page


def test_page_without_themes_has_no_charts():
    page = render_html(corpus_stats([story("a")]))
    assert "<svg" not in page
    assert "No story has a theme" in page


def test_charts_show_their_numbers_as_text(corpus):
    stats = corpus_stats(corpus)
    bars = theme_bar_chart(stats)
    assert bars.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert ">breakthrough.insight</text>" in bars
    assert "breakthrough: 2 stories, 3 assignments" in bars
    heat = role_theme_heatmap(stats)
    assert "therapist, gratitude: 1 of 2 stories (50%)" in heat
    assert "counselor, gratitude: 0 of 1 stories (0%)" in heat
    matrix = cooccurrence_matrix(stats)
    assert "breakthrough + gratitude: 1 stories, lift 0.75" in matrix
    assert "gratitude: 2 stories" in matrix


def test_cell_text_contrasts_with_its_shade():
    from rewardkit.stats._html import _ink_on

    assert _ink_on("#ffffff") == "#1a1a1a"
    assert _ink_on("#08306b") == "#ffffff"
    assert _ink_on("#3f007d") == "#ffffff"


def render_docs_files() -> dict[Path, str]:
    """Return the generated files of docs/corpus-stats.md and their expected contents."""
    stats = doc_stats()
    return {
        GENERATED / "stats-themes.svg": theme_bar_chart(stats) + "\n",
        GENERATED / "stats-roles.svg": role_theme_heatmap(stats) + "\n",
        GENERATED / "stats-cooccurrence.svg": cooccurrence_matrix(stats) + "\n",
        GENERATED / "corpus-stats.html": render_html(
            stats, title="Corpus statistics: examples/", sources=DOC_SOURCES
        ),
        GENERATED / "corpus-stats.txt": render_text(stats),
    }


@pytest.mark.parametrize("path", sorted(render_docs_files()), ids=lambda p: p.name)
def test_committed_charts_are_current(path):
    expected = render_docs_files()[path]
    assert path.read_text(encoding="utf-8") == expected, (
        f"{path.relative_to(ROOT)} is stale; regenerate it with "
        "`PYTHONPATH=src python tests/test_stats.py`"
    )


# -- the command ---------------------------------------------------------------------------


def test_command_prints_text(capsys):
    assert main(["stats", str(ROOT / "examples" / "stories")]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("7 stories, 7 with themes;")
    assert err == ""


def test_command_prints_json(capsys):
    assert main(["stats", "--format", "json", str(ROOT / "examples" / "stories")]) == 0
    assert json.loads(capsys.readouterr().out)["stories"] == 7


def test_command_writes_the_page(tmp_path, capsys):
    page = tmp_path / "stats.html"
    assert main(["stats", str(ROOT / "examples" / "stories"), "--html", str(page)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"rewardkit stats: wrote {page} (7 stories)\n"
    assert page.read_text(encoding="utf-8").count("<svg ") == 3
    assert (
        main(["stats", str(ROOT / "examples/stories"), "--html", str(page), "--format", "text"])
        == 0
    )
    assert capsys.readouterr().out.startswith("7 stories")


def test_command_uses_taxonomy_files(tmp_path, capsys):
    taxonomy = tmp_path / "acme.toml"
    taxonomy.write_text(
        '[taxonomy]\nnamespace = "acme"\nversion = "1.0.0"\nextends = ["rewardkit.core"]\n\n'
        '[[themes]]\nid = "acme:night-win"\nparent = "small-victory"\nlabel = "Night win"\n'
        'definition = "A win on a night shift."\n',
        encoding="utf-8",
    )
    stories_file = tmp_path / "s.jsonl"
    stories_file.write_text(rk.dumps(story("a", [("acme:night-win", None, False)])) + "\n")
    assert main(["stats", "--format", "json", "--taxonomy", str(taxonomy), str(stories_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["top_themes"][0]["theme"] == "small-victory"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-dir"], "missing-dir: no such file or directory"),
        (["--taxonomy", "missing.toml", "examples/stories"], "missing.toml"),
    ],
)
def test_command_usage_errors(args, message, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["stats", *args]) == 2
    assert message in capsys.readouterr().err


def test_command_reports_a_file_that_does_not_load(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": 1}', encoding="utf-8")
    assert main(["stats", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rewardkit stats: error: a file does not load (")
    assert "'rewardkit validate' lists them" in err


def test_command_reports_an_unreadable_file(tmp_path, capsys, monkeypatch):
    def refuse(path, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("rewardkit.serialization.load", refuse)
    assert main(["stats", str(ROOT / "examples" / "stories" / "ex-0001.json")]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"rewardkit stats: error: cannot read {ROOT / 'examples/stories/ex-0001.json'}: "
        "Permission denied\n"
    )


def test_command_refuses_to_write_the_page_over_an_input(tmp_path, capsys):
    stories_file = tmp_path / "s.json"
    stories_file.write_text(rk.dumps(story("a")))
    assert main(["stats", str(stories_file), "--html", str(stories_file)]) == 2
    assert "is the input file" in capsys.readouterr().err
    assert rk.load(stories_file).id == "a"


if __name__ == "__main__":
    for file, content in render_docs_files().items():
        file.write_text(content, encoding="utf-8")
