"""Taxonomy files and interchange: JSON, Markdown, SKOS (JSON-LD, Turtle), REFI-QDA .qdc."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import rdflib
import xmlschema
from hypothesis import given, settings
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, SKOS

from rewardkit.taxonomy import (
    DEFAULT_BASE_IRI,
    QDC_NAMESPACE,
    Taxonomy,
    TaxonomyError,
    Theme,
    core_taxonomy,
    from_json,
    from_qdc,
    load_taxonomy_file,
    qdc_guid,
    to_json,
    to_markdown,
    to_qdc,
    to_skos_jsonld,
    to_skos_turtle,
)
from test_taxonomy import extended_taxonomies

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "qdc"
EXAMPLE_FILE = ROOT / "examples" / "acme-rewards" / "acme.taxonomy.toml"


@pytest.fixture(scope="module")
def extended() -> Taxonomy:
    """The core plus an extension with a new root, a dotted child and a deprecated theme."""
    return core_taxonomy().extend(load_taxonomy_file(EXAMPLE_FILE))


# ---------------------------------------------------------------------------------------------
# Taxonomy files


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


SPEC_EXAMPLE = """
[taxonomy]
namespace = "acme"            # every theme id below starts with "acme:"
version = "1.0.0"
extends = ["rewardkit.core"]

[[themes]]
id = "acme:night-shift-win"
parent = "small-victory"      # a core theme, or one of this file's own
label = "Night-shift win"
definition = "A moment on a night shift that made the work feel worth it."
"""


class TestTaxonomyFiles:
    def test_the_spec_example_loads(self, tmp_path):
        ext = load_taxonomy_file(write(tmp_path, "acme.toml", SPEC_EXAMPLE))
        assert ext.namespace == "acme"
        assert ext.version == "1.0.0"
        t = core_taxonomy().extend(ext)
        assert t.is_a("acme:night-shift-win", "small-victory")

    def test_json_has_the_same_shape(self, tmp_path):
        doc = tomllib.loads(SPEC_EXAMPLE)
        ext = load_taxonomy_file(write(tmp_path, "acme.json", json.dumps(doc)))
        assert ext == load_taxonomy_file(write(tmp_path, "acme.toml", SPEC_EXAMPLE))

    def test_the_example_file(self, extended):
        assert extended.resolve("acme-ward:discharge-day").id == "acme-ward:handover"
        assert extended.parent("acme-ward:handover.family").id == "acme-ward:handover"
        assert extended.namespaces["acme-ward"] == "0.2.0"

    @pytest.mark.parametrize(
        ("body", "message"),
        [
            ('label = "x"\ndefinition = "y."', "themes[0]: missing 'id'"),
            ('id = "acme:x"\ndefinition = "y."', "themes[0] ('acme:x'): missing 'label'"),
            ('id = "acme:x"\nlabel = "x"', "themes[0] ('acme:x'): missing 'definition'"),
            (
                'id = "acme:x"\nlabel = "x"\ndefinition = "y."\nlable = "z"',
                "themes[0] ('acme:x'): unknown key 'lable' (did you mean 'label'?)",
            ),
            (
                'id = "other:x"\nlabel = "x"\ndefinition = "y."',
                "theme 'other:x': id must start with 'acme:'",
            ),
            (
                'id = "small-victory"\nlabel = "x"\ndefinition = "y."',
                "(an extension cannot redefine a theme that is not its own)",
            ),
            (
                'id = "acme:x"\nlabel = "x"\ndefinition = "y."\ndeprecated = "yes"',
                "themes[0] ('acme:x'): field 'deprecated': expected a boolean, got str",
            ),
            (
                'id = "acme:x"\nlabel = "x"\ndefinition = "y."\ndeprecated = true',
                "is deprecated but has no 'replaced_by'",
            ),
            (
                'id = "acme:BAD"\nlabel = "x"\ndefinition = "y."',
                "field 'id': 'acme:BAD' is not a theme id",
            ),
            (
                'id = "acme:rota.swap"\nlabel = "x"\ndefinition = "y."\nparent = "gratitude"',
                "a dotted id has its prefix 'acme:rota' as its parent",
            ),
        ],
    )
    def test_theme_rules_in_files(self, tmp_path, body, message):
        text = f'[taxonomy]\nnamespace = "acme"\n\n[[themes]]\n{body}\n'
        path = write(tmp_path, "acme.toml", text)
        with pytest.raises(TaxonomyError) as info:
            load_taxonomy_file(path)
        assert message in str(info.value)
        assert str(info.value).startswith(str(path))

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('[taxonomy]\nversion = "1.0.0"\n', "taxonomy: missing 'namespace'"),
            ('[taxonomy]\nnamespace = "acme"\nversoin = "1"\n', "unknown key 'versoin'"),
            ('[taxonomy]\nnamespace = "acme"\nversion = "1"\n', "'1' is not a semantic version"),
            ('[taxonomy]\nnamespace = "rk"\n', "namespace 'rk' is reserved"),
            ('namespace = "acme"\n', "missing the [taxonomy] table"),
            ('[taxonomy]\nnamespace = "acme"\nthemes = 3\n', "unknown key 'themes'"),
            ('[taxonomy]\nnamespace = "acme"\n[[themes]]\nid = [\n', "not valid TOML"),
            ('[taxonomy]\nname = "x"\nversion = "1.0.0"\n', "this is a whole taxonomy"),
        ],
    )
    def test_file_rules(self, tmp_path, text, message):
        with pytest.raises(TaxonomyError, match=re.escape(message)):
            load_taxonomy_file(write(tmp_path, "acme.toml", text))

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('{"taxonomy": {"namespace": "acme"}, "taxonomy": {}}', "duplicate key 'taxonomy'"),
            ('{"taxonomy": {"namespace": "acme", "version": NaN}}', "NaN is not allowed"),
            ("[1, 2", "not valid JSON"),
            ("[1, 2]", "expected a table/object at the top, got list"),
        ],
    )
    def test_json_file_rules(self, tmp_path, text, message):
        with pytest.raises(TaxonomyError, match=re.escape(message)):
            load_taxonomy_file(write(tmp_path, "acme.json", text))

    def test_unreadable_and_unknown_suffix(self, tmp_path):
        with pytest.raises(TaxonomyError, match="cannot read the file"):
            load_taxonomy_file(tmp_path / "missing.toml")
        with pytest.raises(TaxonomyError, match=re.escape("expected a .toml or .json file")):
            load_taxonomy_file(write(tmp_path, "acme.yaml", "x: 1"))
        path = tmp_path / "bad.toml"
        path.write_bytes(b"\xff\xfe")
        with pytest.raises(TaxonomyError, match="not valid UTF-8"):
            load_taxonomy_file(path)

    def test_bom_is_accepted(self, tmp_path):
        path = tmp_path / "acme.toml"
        path.write_bytes(b"\xef\xbb\xbf" + SPEC_EXAMPLE.encode())
        assert load_taxonomy_file(path).namespace == "acme"

    def test_every_problem_in_a_file_is_listed(self, tmp_path):
        text = (
            '[taxonomy]\nnamespace = "acme"\n\n[[themes]]\nid = "acme:a"\n\n'
            '[[themes]]\nid = "acme:b"\nlabel = "b"\n'
        )
        with pytest.raises(TaxonomyError) as info:
            load_taxonomy_file(write(tmp_path, "acme.toml", text))
        assert info.value.problems == (
            "themes[0] ('acme:a'): missing 'label'",
            "themes[0] ('acme:a'): missing 'definition'",
            "themes[1] ('acme:b'): missing 'definition'",
        )


# ---------------------------------------------------------------------------------------------
# JSON


class TestJson:
    def test_round_trip_core(self):
        text = to_json(core_taxonomy())
        assert from_json(text) == core_taxonomy()
        assert to_json(from_json(text)) == text

    def test_round_trip_extended(self, extended):
        text = to_json(extended)
        again = from_json(text)
        assert again == extended
        assert again.ids == extended.ids
        assert to_json(again) == text

    @settings(max_examples=40, deadline=None)
    @given(extended_taxonomies())
    def test_round_trip_property(self, t):
        assert from_json(to_json(t)) == t
        assert from_json(to_json(t, indent=None).encode()) == t

    def test_shape(self, extended):
        doc = json.loads(to_json(extended))
        assert doc["taxonomy"] == {
            "name": "rewardkit.core",
            "version": "1.0.0",
            "namespaces": {"acme-ward": "0.2.0"},
        }
        first = doc["themes"][0]
        assert list(first) == [
            "id",
            "label",
            "definition",
            "when_to_use",
            "when_not_to_use",
            "examples",
            "keywords",
            "parent",
        ]
        old = next(t for t in doc["themes"] if t["id"] == "acme-ward:discharge-day")
        assert old["deprecated"] is True
        assert old["replaced_by"] == "acme-ward:handover"

    def test_bad_json(self):
        with pytest.raises(TaxonomyError, match="JSON: taxonomy: missing 'name'"):
            from_json('{"taxonomy": {"version": "1.0.0"}, "themes": []}')
        with pytest.raises(TaxonomyError, match="parent 'nope' is missing"):
            from_json(
                '{"taxonomy": {"name": "x", "version": "1.0.0"},'
                ' "themes": [{"id": "nope.a", "label": "A", "definition": "A."}]}'
            )


# ---------------------------------------------------------------------------------------------
# Markdown


class TestMarkdown:
    def test_committed_codebook_is_current(self):
        committed = (ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
        assert committed == to_markdown(core_taxonomy()), (
            "docs/codebook.md is stale; regenerate it with\n"
            "  REWARDKIT_DISABLE_PLUGINS=1 python -m rewardkit taxonomy --format markdown"
            " -o docs/codebook.md"
        )

    def test_sections_nest_and_fields_appear(self, extended):
        text = to_markdown(extended)
        assert text.startswith("# Codebook: rewardkit.core 1.0.0\n")
        assert "\n## `breakthrough`: Witnessing a breakthrough\n" in text
        assert "\n### `breakthrough.insight`: Insight\n" in text
        assert "\n## `acme-ward:discharge-day`: Discharge day\n" in text
        assert "**Deprecated:** use `acme-ward:handover` instead." in text
        assert "| `acme-ward:discharge-day` | Discharge day (deprecated) |" in text
        assert "Extended by: `acme-ward` 0.2.0." in text
        for theme in core_taxonomy():
            assert theme.definition in text
            for example in theme.examples:
                assert f"- {example}\n" in text

    def test_markdown_special_characters_are_escaped(self):
        t = core_taxonomy().extend(
            [Theme(id="acme:x", label="A *bold* | pipe", definition="Use <b> and [x](y).")]
        )
        text = to_markdown(t)
        assert r"A \*bold\* \| pipe" in text
        assert r"Use \<b\> and \[x\](y)." in text


# ---------------------------------------------------------------------------------------------
# SKOS


def concept(theme_id: str) -> rdflib.URIRef:
    return rdflib.URIRef(f"{DEFAULT_BASE_IRI}theme/{theme_id}")


def themes_from_graph(graph: rdflib.Graph) -> dict[str, dict[str, object]]:
    """Read the codebook fields back out of a SKOS graph (examples and keywords as sets)."""
    found: dict[str, dict[str, object]] = {}
    for node in graph.subjects(rdflib.RDF.type, SKOS.Concept):
        notes = {str(n) for n in graph.objects(node, SKOS.scopeNote)}
        use = next((n for n in notes if n.startswith("Use when: ")), "")
        not_use = next((n for n in notes if n.startswith("Do not use when: ")), "")
        broader = graph.value(node, SKOS.broader)
        replaced = graph.value(node, DCTERMS.isReplacedBy)
        found[str(graph.value(node, SKOS.notation))] = {
            "label": str(graph.value(node, SKOS.prefLabel)),
            "definition": str(graph.value(node, SKOS.definition)),
            "when_to_use": use.removeprefix("Use when: "),
            "when_not_to_use": not_use.removeprefix("Do not use when: "),
            "examples": {str(e) for e in graph.objects(node, SKOS.example)},
            "keywords": {str(k) for k in graph.objects(node, SKOS.hiddenLabel)},
            "parent": None if broader is None else str(graph.value(broader, SKOS.notation)),
            "deprecated": bool(graph.value(node, OWL.deprecated)),
            "replaced_by": None if replaced is None else str(graph.value(replaced, SKOS.notation)),
        }
    return found


def expected_fields(t: Taxonomy) -> dict[str, dict[str, object]]:
    return {
        x.id: {
            "label": x.label,
            "definition": x.definition,
            "when_to_use": x.when_to_use,
            "when_not_to_use": x.when_not_to_use,
            "examples": set(x.examples),
            "keywords": set(x.keywords),
            "parent": x.parent,
            "deprecated": x.deprecated,
            "replaced_by": x.replaced_by,
        }
        for x in t
    }


# rdflib's own JSON-LD parser uses a class that rdflib itself deprecates.
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
class TestSkos:
    def test_turtle_and_jsonld_are_the_same_graph(self, extended):
        ttl = rdflib.Graph().parse(data=to_skos_turtle(extended), format="turtle")
        jsonld = rdflib.Graph().parse(data=to_skos_jsonld(extended), format="json-ld")
        assert len(ttl) > 200
        assert isomorphic(ttl, jsonld)

    def test_expected_triples(self, extended):
        g = rdflib.Graph().parse(data=to_skos_turtle(extended), format="turtle")
        insight, top = concept("breakthrough.insight"), concept("breakthrough")
        assert (insight, SKOS.broader, top) in g
        assert (top, SKOS.narrower, insight) in g
        assert (insight, SKOS.notation, rdflib.Literal("breakthrough.insight")) in g
        assert (insight, SKOS.prefLabel, rdflib.Literal("Insight", lang="en")) in g
        core_scheme = rdflib.URIRef(f"{DEFAULT_BASE_IRI}scheme/rewardkit.core")
        assert (core_scheme, rdflib.RDF.type, SKOS.ConceptScheme) in g
        assert (core_scheme, OWL.versionInfo, rdflib.Literal("1.0.0")) in g
        assert (core_scheme, SKOS.hasTopConcept, top) in g
        assert (top, SKOS.topConceptOf, core_scheme) in g
        assert (insight, SKOS.inScheme, core_scheme) in g
        old = concept("acme-ward:discharge-day")
        assert (old, OWL.deprecated, rdflib.Literal(True)) in g
        assert (old, DCTERMS.isReplacedBy, concept("acme-ward:handover")) in g
        ward = rdflib.URIRef(f"{DEFAULT_BASE_IRI}scheme/acme-ward")
        assert (ward, OWL.versionInfo, rdflib.Literal("0.2.0")) in g
        # A theme under a core parent is a top concept of its own scheme and broader to core.
        handover = concept("acme-ward:handover")
        assert (handover, SKOS.topConceptOf, ward) in g
        assert (handover, SKOS.broader, concept("connection")) in g
        assert (concept("acme-ward:handover.family"), SKOS.topConceptOf, ward) not in g

    @pytest.mark.parametrize("fmt", ["turtle", "json-ld"])
    def test_nothing_skos_holds_is_lost(self, extended, fmt):
        text = to_skos_turtle(extended) if fmt == "turtle" else to_skos_jsonld(extended)
        g = rdflib.Graph().parse(data=text, format=fmt)
        assert themes_from_graph(g) == expected_fields(extended)

    @settings(max_examples=15, deadline=None)
    @given(extended_taxonomies())
    def test_generated_taxonomies_round_trip_through_skos(self, t):
        ttl = rdflib.Graph().parse(data=to_skos_turtle(t), format="turtle")
        jsonld = rdflib.Graph().parse(data=to_skos_jsonld(t), format="json-ld")
        assert isomorphic(ttl, jsonld)
        assert themes_from_graph(ttl) == expected_fields(t)

    def test_jsonld_context_is_inline(self):
        doc = json.loads(to_skos_jsonld(core_taxonomy()))
        assert isinstance(doc["@context"], dict)
        assert doc["@context"]["skos"] == str(SKOS)

    def test_base_iri(self):
        text = to_skos_turtle(core_taxonomy(), base_iri="urn:example:")
        assert "<urn:example:theme/gratitude.letter>" in text
        with pytest.raises(ValueError, match="is not an absolute IRI"):
            to_skos_turtle(core_taxonomy(), base_iri="no scheme here")


# ---------------------------------------------------------------------------------------------
# REFI-QDA codebook


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(DATA / "Codebook.xsd")


class TestQdc:
    def test_valid_against_the_codebook_schema(self, schema, extended):
        schema.validate(to_qdc(core_taxonomy()))
        schema.validate(to_qdc(extended))

    def test_the_schema_catches_what_it_should(self, schema):
        bad = to_qdc(core_taxonomy()).replace('color="#2E86AB"', 'color="blue"', 1)
        assert not schema.is_valid(bad)

    def test_round_trip(self, extended):
        assert from_qdc(to_qdc(core_taxonomy())) == core_taxonomy()
        again = from_qdc(to_qdc(extended).encode("utf-8"))
        assert again == extended
        assert again.ids == extended.ids

    @settings(max_examples=30, deadline=None)
    @given(extended_taxonomies())
    def test_round_trip_property(self, t):
        assert from_qdc(to_qdc(t)) == t

    def test_guids_are_stable(self, extended):
        first = to_qdc(extended)
        code = (
            "from rewardkit.taxonomy import core_taxonomy, to_qdc;"
            "import sys; sys.stdout.write(to_qdc(core_taxonomy()))"
        )
        other_process = subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout
        assert other_process == to_qdc(core_taxonomy())
        assert first == to_qdc(extended)
        # Pinned: a GUID never changes once published.
        assert qdc_guid("breakthrough") == "BC6162BB-ADD1-5D1C-9C86-078EB21363C4"
        assert f'guid="{qdc_guid("gratitude.letter")}"' in first
        guids = re.findall(r'<Code guid="([^"]+)"', first)
        assert len(guids) == len(set(guids)) == len(extended)

    def test_structure(self, extended):
        text = to_qdc(extended)
        assert (
            f'<CodeBook xmlns="{QDC_NAMESPACE}" origin="rewardkit (rewardkit.core 1.0.0)">' in text
        )
        assert 'name="Discharge day" isCodable="false"' in text
        assert '<Set guid="' in text
        assert "rewardkit-namespace: acme-ward 0.2.0" in text

    def test_deprecated_theme_round_trips(self, extended):
        again = from_qdc(to_qdc(extended))
        assert again["acme-ward:discharge-day"].replaced_by == "acme-ward:handover"

    def test_atlas_0_4_namespace(self):
        t = from_qdc((DATA / "atlas-0-4.qdc").read_bytes())
        assert t.name == "qdc-import"
        assert t.version == "0.0.0"
        assert t.ids == ("hope", "hope.plans-again", "thank-you-card")
        assert t["hope"].definition == "The client talks about a future."
        assert t["hope.plans-again"].definition == "Plans again"
        assert t["thank-you-card"].label == "Thank-you card!"

    def test_nvivo_1_0_namespace(self):
        t = from_qdc((DATA / "nvivo-1-0.qdc").read_text(encoding="utf-8"), name="nvivo")
        assert t.name == "nvivo"
        assert t.ids == ("small-wins", "small-wins.eye-contact", "small-wins.eye-contact-2")
        assert t["small-wins.eye-contact"].definition == "First eye contact. Noticed by the worker."

    def test_current_namespace_and_none(self):
        for ns in (QDC_NAMESPACE, ""):
            xmlns = f' xmlns="{ns}"' if ns else ""
            text = (
                f'<CodeBook{xmlns}><Codes><Code guid="{qdc_guid("x")}" name="X"'
                ' isCodable="true"/></Codes></CodeBook>'
            )
            assert from_qdc(text, name="mine", version="2.0.0").ids == ("x",)

    def test_a_project_document_is_read_for_its_codebook(self):
        text = (
            '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>'
            '<Code guid="{5F6A7B8C-9D0E-4F1A-8B2C-3D4E5F6A7B8C}" name="Hope" isCodable="true"/>'
            "</Codes></CodeBook></Project>"
        )
        assert from_qdc(text).ids == ("hope",)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("<CodeBook><Codes>", "not well-formed XML"),
            ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><CodeBook/>', "DTD"),
            ('<CodeBook xmlns="urn:other"/>', "not a REFI-QDA document"),
            ('<Thing xmlns="urn:QDA-XML:codebook:1.0"/>', "not a REFI-QDA codebook"),
            ('<Project xmlns="urn:QDA-XML:project:1.0"/>', "the project has no CodeBook"),
        ],
    )
    def test_bad_codebooks(self, text, message):
        with pytest.raises(TaxonomyError, match=re.escape(message)):
            from_qdc(text)

    def test_a_bad_rewardkit_description_is_reported(self):
        text = (
            '<CodeBook><Codes><Code guid="{5F6A7B8C-9D0E-4F1A-8B2C-3D4E5F6A7B8C}" name="X"'
            ' isCodable="true"><Description>Deprecated, replaced by: nowhere\n'
            "rewardkit-id: x</Description></Code></Codes></CodeBook>"
        )
        with pytest.raises(TaxonomyError, match="replaced_by 'nowhere' is unknown"):
            from_qdc(text)


class TestFileLimits:
    def test_a_deeply_nested_toml_file_is_a_clear_error(self, tmp_path):
        path = tmp_path / "deep.toml"
        path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
        with pytest.raises(TaxonomyError, match="nests deeper than the limit of 200 levels"):
            load_taxonomy_file(path)

    def test_a_file_over_the_limit_is_refused_without_reading_it_whole(self, tmp_path):
        from rewardkit.taxonomy._files import read_document

        path = tmp_path / "big.json"
        path.write_text("{" + " " * 1000 + "}")
        with pytest.raises(TaxonomyError, match="larger than the limit of 100 bytes"):
            read_document(path, str(path), max_bytes=100)

    def test_a_thousand_deep_parent_chain_is_fine(self):
        from rewardkit import Taxonomy, Theme

        ids = [f"x:t{i}" for i in range(1000)]
        themes = [
            Theme(id=i, label="T", definition="A theme.", parent=ids[n - 1] if n else None)
            for n, i in enumerate(ids)
        ]
        taxonomy = Taxonomy(themes, name="deep", namespaces={"x": "1.0.0"})
        assert len(taxonomy.ancestors(ids[-1])) == 999
        assert taxonomy.top_level(ids[-1]).id == "x:t0"
        assert len(taxonomy.descendants("x:t0")) == 999


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("a = 1", 0),
        ("a = [1, [2, [3]]]", 3),
        ('a = "[[[[["', 0),
        ("a = '{{{{'", 0),
        ('a = """[\n[[\n"""', 0),
        ("a = '''[[['''", 0),
        ('a = "\\"[["', 0),
        ("# [[[[\na = [{}]", 2),
        ("[[t]]\nx = {y = [1]}", 2),
    ],
)
def test_toml_nesting_is_measured_outside_strings_and_comments(text, depth):
    from rewardkit import _toml

    assert _toml._depth(text) == depth
    tomllib.loads(text)  # each is valid TOML
