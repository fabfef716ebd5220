"""REFI-QDA projects: valid against the published schema, deterministic, and read back as written."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest
import xmlschema
from hypothesis import given
from hypothesis import strategies as st

import rewardkit as rk
from rewardkit.cli import main
from rewardkit.exceptions import InputError
from rewardkit.io import (
    PROJECT_NAMESPACE,
    extension_document,
    iter_stories,
    project_entries,
    read_qdpx,
    write_qdpx,
)
from rewardkit.taxonomy import build_taxonomy, load_taxonomy_file, qdc_guid
from rewardkit.testing import collections as collection_strategy

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "qdpx"
SCHEMA = xmlschema.XMLSchema(DATA / "Project.xsd")
CODED = ROOT / "examples" / "agreement" / "coded-stories.json"
ACME = ROOT / "examples" / "acme-rewards" / "acme.taxonomy.toml"


def coded() -> list[rk.Story]:
    return list(iter_stories(CODED))


def project(tmp_path: Path, stories, **options) -> Path:
    path = tmp_path / "project.qdpx"
    write_qdpx(stories, path, **options)
    return path


def qde(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read("project.qde").decode("utf-8")


def foreign(tmp_path: Path) -> Path:
    """Zip the hand-written project of another tool."""
    path = tmp_path / "foreign.qdpx"
    with zipfile.ZipFile(path, "w") as zf:
        for f in sorted((DATA / "foreign").rglob("*")):
            if f.is_file():
                zf.write(f, f.relative_to(DATA / "foreign").as_posix())
    return path


def test_the_shipped_schema_is_the_published_one():
    import hashlib

    digest = hashlib.sha256((DATA / "Project.xsd").read_bytes()).hexdigest()
    assert digest == "7841112e27897debf996f76209b9c5a5d074d66c1297a2f19f5ef250d29303bd"
    assert SCHEMA.target_namespace == PROJECT_NAMESPACE
    assert "MIT" in (DATA / "LICENSE").read_text(encoding="utf-8")


def test_export_is_valid_against_the_project_schema(tmp_path):
    path = project(tmp_path, coded())
    SCHEMA.validate(qde(path))
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
    assert names[0] == "project.qde"
    assert names == sorted(names)
    assert all(n.startswith("sources/") and n.endswith(".txt") for n in names[1:])
    assert len(names) == 13


def test_the_hand_written_foreign_project_is_valid_too():
    SCHEMA.validate(str(DATA / "foreign" / "project.qde"))


def test_two_exports_are_byte_identical(tmp_path):
    first = project(tmp_path, coded())
    again = tmp_path / "again.qdpx"
    write_qdpx(reversed(list(reversed(coded()))), again)
    assert first.read_bytes() == again.read_bytes()
    with zipfile.ZipFile(first) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_structure_of_the_project(tmp_path):
    stories = coded()
    xml = qde(project(tmp_path, stories))
    root = SCHEMA.to_dict(xml)
    users = [u["@name"] for u in root["Users"]["User"]]
    assert users == ["coder-a", "coder-b", "coder-c"]
    variables = [v["@name"] for v in root["Variables"]["Variable"]]
    assert variables == [
        "platform",
        "community",
        "text_form",
        "language",
        "narrator_role",
        "narrator_setting",
        "deid_status",
    ]
    sources = root["Sources"]["TextSource"]
    assert [s["@name"] for s in sources] == [s.id for s in stories]
    first = sources[0]
    assert first["@plainTextPath"] == f"internal://{first['@guid']}.txt"
    selections = first["PlainTextSelection"]
    spans = [(a, e) for a in stories[0].themes for e in a.evidence]
    assert [(s["@startPosition"], s["@endPosition"]) for s in selections] == [
        (e.start, e.end) for _, e in spans
    ]
    code = selections[0]["Coding"][0]["CodeRef"]["@targetGUID"]
    assert code == qdc_guid(spans[0][0].theme)
    # The codebook is the taxonomy's: one code per theme, nested.
    codes = root["CodeBook"]["Codes"]["Code"]
    assert [c["@name"] for c in codes] == [t.label for t in rk.core_taxonomy().roots]


def test_positions_count_code_points(tmp_path):
    text = "😊 Ünïcode first, then she said thank you."
    start = text.index("she said")
    story = rk.Story(
        id="cp",
        text=text,
        source=rk.Source(platform="survey"),
        deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
        themes=(
            rk.ThemeAssignment(
                theme="gratitude.thanks",
                coder="c",
                evidence=(rk.Span(start=start, end=len(text) - 1),),
            ),
        ),
    )
    path = project(tmp_path, [story])
    assert f'startPosition="{start}" endPosition="{len(text) - 1}"' in qde(path)
    assert len(text[:start].encode("utf-16-le")) // 2 == start + 1  # UTF-16 counts the emoji twice
    assert read_qdpx(path).stories == (story,)


def test_crlf_sources_and_lf_positions(tmp_path):
    text = "First line.\nSecond line, a thank you.\r\nThird."
    story = rk.Story(
        id="nl",
        text=text,
        source=rk.Source(platform="survey"),
        deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
        themes=(
            rk.ThemeAssignment(theme="gratitude.thanks", evidence=(rk.Span(start=26, end=35),)),
        ),
    )
    path = project(tmp_path, [story], line_endings="crlf")
    with zipfile.ZipFile(path) as zf:
        source = zf.read(next(n for n in zf.namelist() if n.startswith("sources/")))
    assert source == b"First line.\r\nSecond line, a thank you.\r\r\nThird."
    assert 'startPosition="26" endPosition="35"' in qde(path)
    assert read_qdpx(path).stories == (story,)
    with pytest.raises(ValueError, match="line_endings"):
        project_entries([story], line_endings="cr")


@given(collection_strategy(max_size=3), st.sampled_from(["lf", "crlf"]))
def test_export_then_import_is_the_identity(collection, line_endings):
    entries = project_entries(collection.stories, line_endings=line_endings)
    buffer = io.BytesIO()
    from rewardkit.io._qdpx import write_zip

    write_zip(buffer, entries)
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "p.qdpx"
        path.write_bytes(buffer.getvalue())
        back = read_qdpx(path)
    assert back.stories == collection.stories
    assert back.extension is None
    assert back.problems == ()


def test_coder_names_xml_cannot_hold_come_back_exactly(tmp_path):
    story = rk.Story(
        id="odd",
        text="A thank-you card.",
        source=rk.Source(platform="survey", community="ward\x01b"),
        deidentification=rk.Deidentification(status=rk.DeidStatus.RAW),
        coded_by=("coder\x02one", "two\nlines"),
        themes=(rk.ThemeAssignment(theme="gratitude.letter", coder="coder\x02one"),),
    )
    path = project(tmp_path, [story])
    SCHEMA.validate(qde(path))
    assert read_qdpx(path).stories == (story,)


def test_unknown_themes_and_duplicate_ids_stop_the_export(tmp_path):
    story = coded()[0]
    odd = attrs.evolve(story, themes=(rk.ThemeAssignment(theme="acme-ward:handover"),))
    with pytest.raises(InputError, match=r"themes not in the taxonomy: 'acme-ward:handover'"):
        project(tmp_path, [odd])
    with pytest.raises(InputError, match="story 'st-0101' appears twice; merge"):
        project(tmp_path, [story, story])
    taxonomy = build_taxonomy(files=(ACME,))
    path = project(tmp_path, [odd], taxonomy=taxonomy)
    SCHEMA.validate(qde(path))  # with a Set for the extension's namespace
    assert "<MemberCode targetGUID=" in qde(path)
    assert read_qdpx(path, taxonomy=taxonomy).stories == (odd,)
    # Read without the extension, its codes become themes of the import namespace.
    back = read_qdpx(path)
    assert back.extension is not None
    assert [a.theme for a in back.stories[0].themes] == ["qdpx:handover"]


def test_a_project_from_another_tool(tmp_path):
    result = read_qdpx(foreign(tmp_path))
    assert [s.id for s in result.stories] == [
        "qdpx:Interview-3-clinic",
        "qdpx:Fieldnote-card",
        "qdpx:Survey-answer-12",
    ]
    interview, card, survey = result.stories
    assert [
        (a.theme, a.coder, [(e.start, e.end) for e in a.evidence]) for a in interview.themes
    ] == [
        ("qdpx:hope", "Amara", [(54, 84)]),
        ("qdpx:hope", "Ben", [(54, 84)]),
        ("qdpx:hope.plans-again", "Ben", [(86, 105)]),  # the selection's user
        ("gratitude.thanks", "Amara", []),  # a core code, its GUID renewed; a whole-source coding
    ]
    assert interview.text[54:84] == "the first place she felt heard"
    assert interview.coded_by == ("Amara", "Ben")
    assert interview.narrator == rk.Narrator(role=rk.NarratorRole.SOCIAL_WORKER)
    assert interview.source == rk.Source(platform="qdpx")
    assert interview.deidentification.status is rk.DeidStatus.RAW
    assert card.text.startswith("Fieldnote: the thank-you card")  # the byte-order mark is dropped
    assert card.text[15:29] == "thank-you card"
    assert survey.source.platform == "survey"
    assert [a.theme for a in survey.themes] == ["qdpx:night-shift-win"]
    assert result.skipped == {"selection without a coding": 1, "picture source": 1}
    assert result.problems == (
        f"{tmp_path / 'foreign.qdpx'}: source 'Fieldnote: card': a coding refers to code"
        " DEAD0000-0000-4000-8000-000000000000, not in the codebook",
        f"{tmp_path / 'foreign.qdpx'}: source 'Outside the project': its text is outside the"
        " project (only internal:// sources are read)",
    )


def test_foreign_codes_make_a_namespaced_extension(tmp_path):
    result = read_qdpx(foreign(tmp_path), namespace="pilot")
    extension = result.extension
    assert extension is not None
    assert extension.namespace == "pilot"
    assert [(t.id, t.label, t.parent) for t in extension.themes] == [
        ("pilot:hope", "Hope", None),
        ("pilot:hope.plans-again", "Plans again", "pilot:hope"),
        ("pilot:thank-you-card", "Thank-you card!", None),
        ("pilot:night-shift-win", "Night shift win", "small-victory"),
        ("pilot:other", "Other", "small-victory"),
        ("pilot:other-2", "Other", "gratitude.thanks"),
    ]
    hope = extension.themes[0]
    assert hope.definition == "The client talks about a future."
    assert hope.when_to_use == "Plans, next year, looking forward."
    assert hope.examples == ("She talked about next summer.",)
    file = tmp_path / "pilot.taxonomy.json"
    file.write_text(extension_document(extension), encoding="utf-8")
    assert load_taxonomy_file(file) == extension
    taxonomy = build_taxonomy(files=(file,))
    findings = rk.validate(rk.Collection(stories=result.stories), taxonomy=taxonomy)
    assert {f.rule for f in findings} == {"deid-required"}


def test_crlf_positions_in_a_foreign_project(tmp_path):
    path = tmp_path / "crlf.qdpx"
    text = "One.\r\nTwo, thanks.\r\n"
    guid = "11111111-2222-4333-8444-555555555555"
    xml = f"""<?xml version="1.0"?>
<Project xmlns="urn:QDA-XML:project:1:0" name="x">
  <CodeBook><Codes><Code guid="{qdc_guid("gratitude.thanks")}" name="Spoken thanks" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="{guid}" name="n" plainTextPath="internal://{guid}.txt">
      <PlainTextSelection guid="{guid}" startPosition="10" endPosition="16">
        <Coding guid="{guid}"><CodeRef targetGUID="{{{qdc_guid("gratitude.thanks").lower()}}}"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
</Project>"""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Other name.qde", xml)
        zf.writestr(f"sources/{guid}.txt", text)
    story = read_qdpx(path, line_endings="crlf").stories[0]
    assert story.text == "One.\nTwo, thanks.\n"
    assert story.text[10:16] == "thanks"
    assert story.themes[0].coder is None
    kept = read_qdpx(path).stories[0]
    assert kept.text == text


def test_codings_added_in_a_tool_are_read(tmp_path):
    story = coded()[1]
    path = project(tmp_path, [story])
    xml = qde(path)
    user = "ABCDEF00-0000-4000-8000-000000000001"
    xml = xml.replace(
        "  </Users>", f'    <User guid="{user}" name="coder-z"/>\n  </Users>'
    ).replace(
        "      <VariableValue>",
        f'      <Coding guid="{user}" creatingUser="{user}"><CodeRef targetGUID="{qdc_guid("advocacy")}"/></Coding>\n      <VariableValue>',
        1,
    )
    SCHEMA.validate(xml)
    edited = tmp_path / "edited.qdpx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(edited, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, xml if name == "project.qde" else src.read(name))
    back = read_qdpx(edited).stories[0]
    assert back.themes[:-1] == story.themes
    assert back.themes[-1] == rk.ThemeAssignment(theme="advocacy", coder="coder-z")
    assert back.coded_by == (*story.coded_by, "coder-z")


def _zip(tmp_path, entries, name="bad.qdpx"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        for entry, data in entries.items():
            zf.writestr(entry, data)
    return path


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"readme.txt": "x"}, "the zip holds no .qde project file"),
        ({"project.qde": "<Project"}, "not well-formed XML"),
        ({"project.qde": '<!DOCTYPE x [<!ENTITY a "b">]><Project name="x"/>'}, "with a DTD"),
        ({"project.qde": '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'}, "not a REFI-QDA project"),
        ({"project.qde": '<Project xmlns="urn:other" name="x"/>'}, "not a REFI-QDA project"),
    ],
)
def test_files_that_are_not_projects(tmp_path, entries, message):
    with pytest.raises(InputError, match=message):
        read_qdpx(_zip(tmp_path, entries))


def test_not_a_zip_and_limits(tmp_path):
    path = tmp_path / "x.qdpx"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match=r"not a zip file"):
        read_qdpx(path)
    big = project(tmp_path, coded())
    with pytest.raises(InputError, match=r"project\.qde is larger than 1,000 bytes"):
        read_qdpx(big, max_bytes=1000)
    with pytest.raises(rk.TaxonomyError):
        read_qdpx(big, namespace="Not A Namespace")


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ('<TextSource guid="{g}" name="s"/>', "it has no text"),
        (
            '<TextSource guid="{g}" name="s" plainTextPath="internal://missing.txt"/>',
            "the project has no sources/missing.txt",
        ),
        (
            '<TextSource guid="{g}" name="s" plainTextPath="internal://latin.txt"/>',
            "sources/latin.txt is not UTF-8",
        ),
        (
            '<TextSource guid="{g}" name="s" plainTextPath="internal://big.txt"/>',
            "sources/big.txt is larger than",
        ),
        (
            '<TextSource guid="{g}"><PlainTextContent>   </PlainTextContent></TextSource>',
            "does not make a valid story",
        ),
        (
            '<TextSource guid="{g}" name="s"><PlainTextContent>Hello</PlainTextContent>'
            '<PlainTextSelection guid="{g}" startPosition="a" endPosition="2"><Coding guid="{g}"><CodeRef targetGUID="{g}"/></Coding></PlainTextSelection></TextSource>',
            "a selection's positions are not offsets",
        ),
    ],
)
def test_sources_that_cannot_be_read_are_reported(tmp_path, source, problem):
    g = "11111111-2222-4333-8444-555555555555"
    xml = f'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>{source.format(g=g)}</Sources></Project>'
    path = _zip(
        tmp_path,
        {
            "project.qde": xml,
            "sources/latin.txt": "caf\xe9".encode("latin-1"),
            "sources/big.txt": "x" * 5000,
        },
    )
    result = read_qdpx(path, max_bytes=4000)
    assert len(result.stories) == (1 if "positions" in problem else 0)
    assert len(result.problems) == 1
    assert problem in result.problems[0]


def test_a_bad_metadata_line_reads_as_a_foreign_source(tmp_path):
    g = "11111111-2222-4333-8444-555555555555"
    xml = (
        f'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="{g}" name="A b">'
        "<Description>rewardkit-story: {not json</Description>"
        "<PlainTextContent>Hello there.</PlainTextContent></TextSource></Sources></Project>"
    )
    story = read_qdpx(_zip(tmp_path, {"project.qde": xml})).stories[0]
    assert story.id == "qdpx:A-b"
    assert story.text == "Hello there."


@pytest.mark.parametrize(
    ("codes", "message"),
    [
        (
            '<Code guid="{g}1" name="Bad" isCodable="true"><Description>&#128;</Description></Code>',
            "code 'Bad': ",
        ),
        (
            '<Code guid="{g}1" name="{long}" isCodable="true">'
            '<Code guid="{g}2" name="{long}" isCodable="true"/></Code>',
            "code 'xxxxxxxxxx",
        ),
    ],
)
def test_codes_that_cannot_be_themes(tmp_path, codes, message):
    g = "11111111-2222-4333-8444-55555555555"
    xml = (
        '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>'
        + codes.format(g=g, long="x" * 70)
        + "</Codes></CodeBook></Project>"
    )
    with pytest.raises(InputError, match=message):
        read_qdpx(_zip(tmp_path, {"project.qde": xml}))


def test_odd_sources_of_other_tools(tmp_path):
    g = "11111111-2222-4333-8444-5555555555"
    xml = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="x">
  <CodeBook><Codes><Code guid="{g}01" name="A" isCodable="true"/></Codes></CodeBook>
  <Variables>
    <Variable guid="{g}11" name="narrator_role" typeOfVariable="Text"/>
    <Variable guid="{g}12" name="narrator_setting" typeOfVariable="Text"/>
    <Variable guid="{g}13" name="platform" typeOfVariable="Text"/>
  </Variables>
  <Sources>
    <TextSource guid="{g}21" name="Same name">
      <Description>rewardkit-story: []</Description>
      <PlainTextContent>One.</PlainTextContent>
      <Coding guid="{g}31"><CodeRef targetGUID="{g}99"/></Coding>
      <VariableValue><VariableRef targetGUID="{g}11"/><TextValue>psychologist</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{g}12"/><TextValue>telehealth</TextValue></VariableValue>
      <VariableValue><VariableRef targetGUID="{g}13"/><TextValue> </TextValue></VariableValue>
    </TextSource>
    <TextSource guid="{g}22" name="Same name"><PlainTextContent>Two.</PlainTextContent></TextSource>
  </Sources>
</Project>"""
    result = read_qdpx(_zip(tmp_path, {"project.qde": xml}))
    one, two = result.stories
    assert (one.id, two.id) == ("qdpx:Same-name", "qdpx:Same-name-2")
    assert one.narrator == rk.Narrator(
        role=rk.NarratorRole.PSYCHOLOGIST, setting=rk.Setting.TELEHEALTH
    )
    assert one.source.platform == "qdpx"  # an empty value is no value
    assert one.themes == ()
    assert len(result.problems) == 1
    assert "a coding refers to code 11111111-2222-4333-8444-555555555599" in result.problems[0]


def test_cli_export_and_import(tmp_path, capsys):
    out = tmp_path / "coded.qdpx"
    assert main(["export", "qdpx", str(CODED), "-o", str(out)]) == 0
    assert (
        capsys.readouterr().err == f"rewardkit export qdpx: wrote 12 stories from 1 file to {out}\n"
    )
    again = tmp_path / "again.qdpx"
    assert main(["export", "qdpx", str(CODED.parent), "-o", str(again)]) == 0
    assert out.read_bytes() == again.read_bytes()
    back = tmp_path / "back.jsonl"
    assert main(["import", "qdpx", str(out), "-o", str(back)]) == 0
    assert capsys.readouterr().err.endswith(f"rewardkit import qdpx: wrote 12 stories to {back}\n")
    assert list(iter_stories(back)) == coded()
    assert not (tmp_path / "back.taxonomy.json").exists()
    assert main(["export", "qdpx", str(CODED), "-o", str(out)]) == 2
    assert "exists; pass --force" in capsys.readouterr().err
    crlf = tmp_path / "crlf.qdpx"
    assert main(["export", "qdpx", str(CODED), "-o", str(crlf), "--line-endings", "crlf"]) == 0
    assert crlf.read_bytes() != out.read_bytes()


def test_cli_import_foreign_writes_the_extension(tmp_path, capsys):
    out = tmp_path / "pilot.jsonl"
    assert main(["import", "qdpx", str(foreign(tmp_path)), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    taxonomy = tmp_path / "pilot.taxonomy.json"
    assert (
        f"rewardkit import: 6 codes not in the taxonomy became themes of namespace 'qdpx',"
        f" written to {taxonomy}; validate with --taxonomy {taxonomy}"
    ) in err
    assert err.endswith(
        f"rewardkit import qdpx: wrote 3 stories to {out}; skipped 1 selection without a coding,"
        " 1 picture source\n"
    )
    assert main(["validate", "--taxonomy", str(taxonomy), str(out)]) == 0
    capsys.readouterr()
    assert main(["validate", str(out)]) == 1  # without it, the themes are unknown
    named = tmp_path / "named.json"
    assert (
        main(
            [
                "import",
                "qdpx",
                str(foreign(tmp_path)),
                "-o",
                str(out),
                "--force",
                "--namespace",
                "pilot",
                "--taxonomy-out",
                str(named),
            ]
        )
        == 1
    )
    assert json.loads(named.read_text(encoding="utf-8"))["taxonomy"]["namespace"] == "pilot"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "qdpx", "missing.qdpx", "-o", "o.jsonl"], "missing.qdpx: no such file"),
        (
            ["import", "qdpx", "{coded}", "-o", "o.jsonl", "--taxonomy", "nope.toml"],
            "taxonomy file nope.toml: no such file",
        ),
        (["import", "qdpx", "{coded}", "-o", "o.jsonl"], "not a zip file"),
        (["export", "qdpx", "missing", "-o", "o.qdpx"], "missing: no such file or directory"),
        (["export", "qdpx", "{empty}", "-o", "o.qdpx"], "no story files found"),
        (
            ["export", "qdpx", "{coded}", "-o", "o.qdpx", "--taxonomy", "nope.toml"],
            "taxonomy file nope.toml: no such file",
        ),
        (["export", "qdpx", "{coded}", "-o", "{coded}"], "is the input file"),
        (["export"], "choose a format"),
        (["import"], "choose what to import"),
    ],
)
def test_cli_usage_errors(tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    args = [a.format(coded=CODED, empty=tmp_path / "empty") for a in args]
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_cli_export_stops_on_unknown_themes(tmp_path, capsys):
    story = attrs.evolve(coded()[0], themes=(rk.ThemeAssignment(theme="acme-ward:handover"),))
    path = tmp_path / "s.jsonl"
    path.write_text(rk.dumps(story) + "\n", encoding="utf-8")
    assert main(["export", "qdpx", str(path), "-o", str(tmp_path / "o.qdpx")]) == 1
    assert "themes not in the taxonomy: 'acme-ward:handover'" in capsys.readouterr().err
    assert (
        main(["export", "qdpx", str(path), "-o", str(tmp_path / "o.qdpx"), "--taxonomy", str(ACME)])
        == 0
    )


def test_posted_at_is_a_datetime_variable(tmp_path):
    story = attrs.evolve(
        coded()[0],
        source=rk.Source(platform="reddit", posted_at=datetime(2024, 3, 14, 18, 22, tzinfo=UTC)),
    )
    xml = qde(project(tmp_path, [story]))
    SCHEMA.validate(xml)
    assert "<DateTimeValue>2024-03-14T18:22:00Z</DateTimeValue>" in xml


def test_a_new_code_below_another_extension(tmp_path):
    taxonomy = build_taxonomy(files=(ACME,))
    g = "11111111-2222-4333-8444-5555555555"
    xml = (
        '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes>'
        f'<Code guid="{qdc_guid("acme-ward:handover")}" name="A warm handover" isCodable="true">'
        f'<Code guid="{g}01" name="Night handover" isCodable="true"/></Code>'
        "</Codes></CodeBook></Project>"
    )
    result = read_qdpx(_zip(tmp_path, {"project.qde": xml}), taxonomy=taxonomy)
    assert result.extension is not None
    assert result.extension.extends == ("acme-ward", "rewardkit.core")
    assert [(t.id, t.parent) for t in result.extension.themes] == [
        ("qdpx:night-handover", "acme-ward:handover")
    ]
    taxonomy.extend(result.extension)
