"""
Interchange formats: JSON, Markdown, SKOS (JSON-LD and Turtle) and REFI-QDA codebooks.

Heavy or rarely used modules (``xml``) are imported where they are needed.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import TYPE_CHECKING, Any, Final

from rewardkit._messages import shown

from ._files import parse_json, taxonomy_from_mapping, theme_to_mapping
from ._model import (
    SEMVER_RE,
    TAXONOMY_NAME_RE,
    Taxonomy,
    TaxonomyError,
    Theme,
    check_theme_id,
    namespace_of,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from xml.etree.ElementTree import Element

__all__ = [
    "DEFAULT_BASE_IRI",
    "QDC_NAMESPACE",
    "from_json",
    "from_qdc",
    "qdc_guid",
    "to_json",
    "to_markdown",
    "to_qdc",
    "to_skos_jsonld",
    "to_skos_turtle",
]

# ---------------------------------------------------------------------------------------------
# JSON


def to_json(taxonomy: Taxonomy, *, indent: int | None = 2) -> str:
    """
    Write a taxonomy as JSON; :func:`from_json` reads it back to an equal taxonomy.

    Args:
        taxonomy: The taxonomy.
        indent: Indentation, or ``None`` for one line.

    Returns:
        The JSON text, ending in a newline.

    .. versionadded:: 0.1.0
    """
    header: dict[str, Any] = {"name": taxonomy.name, "version": taxonomy.version}
    if taxonomy.namespaces:
        header["namespaces"] = dict(taxonomy.namespaces)
    doc = {"taxonomy": header, "themes": [theme_to_mapping(t) for t in taxonomy]}
    return json.dumps(doc, indent=indent, ensure_ascii=False) + "\n"


def from_json(text: str | bytes) -> Taxonomy:
    """
    Read a taxonomy written by :func:`to_json`.

    Args:
        text: The JSON document.

    Returns:
        The taxonomy.

    Raises:
        TaxonomyError: The text is not JSON (duplicate keys and ``NaN`` included) or not a
            valid taxonomy.

    .. versionadded:: 0.1.0
    """
    return taxonomy_from_mapping(parse_json(text, "JSON"), source="JSON")


# ---------------------------------------------------------------------------------------------
# Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(taxonomy: Taxonomy) -> str:
    """
    Write a taxonomy as a readable Markdown codebook.

    One section per theme, nested as the themes are, each with its definition, when to use
    it, when not to, examples and keywords, after a table of contents.

    Args:
        taxonomy: The taxonomy.

    Returns:
        The Markdown text (CommonMark, also valid MyST), ending in a newline.

    .. versionadded:: 0.1.0
    """
    lines = [f"# Codebook: {taxonomy.name} {taxonomy.version}", ""]
    lines.append(
        "Generated from the taxonomy's data by `rewardkit taxonomy --format markdown`;"
        " edit the data, not this page."
    )
    if taxonomy.namespaces:
        listed = ", ".join(f"`{ns}` {v}" for ns, v in taxonomy.namespaces.items())
        lines += ["", f"Extended by: {listed}."]
    lines += ["", "| Theme | Label |", "| --- | --- |"]
    for theme in taxonomy:
        note = " (deprecated)" if theme.deprecated else ""
        lines.append(f"| `{theme.id}` | {_md(theme.label)}{note} |")
    for theme in taxonomy:
        level = min(2 + len(taxonomy.ancestors(theme.id)), 6)
        lines += ["", f"{'#' * level} `{theme.id}`: {_md(theme.label)}", ""]
        if theme.deprecated:
            lines += [f"**Deprecated:** use `{theme.replaced_by}` instead.", ""]
        lines.append(f"**Definition:** {_md(theme.definition)}")
        if theme.when_to_use:
            lines += ["", f"**Use when:** {_md(theme.when_to_use)}"]
        if theme.when_not_to_use:
            lines += ["", f"**Do not use when:** {_md(theme.when_not_to_use)}"]
        if theme.examples:
            lines += ["", "**Examples:**", ""]
            lines += [f"- {_md(example)}" for example in theme.examples]
        if theme.keywords:
            lines += ["", "**Keywords:** " + ", ".join(_md(k) for k in theme.keywords)]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# SKOS

#: The default base IRI of exported concepts and schemes; pass ``base_iri=`` to change it.
DEFAULT_BASE_IRI: Final = "https://w3id.org/rewardkit/"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_OWL = "http://www.w3.org/2002/07/owl#"
_DCT = "http://purl.org/dc/terms/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_IRI_FORBIDDEN = re.compile(r"[\x00-\x20<>\"{}|^`\\]")


def _check_base_iri(base_iri: str) -> None:
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", base_iri) or _IRI_FORBIDDEN.search(base_iri):
        msg = f"base_iri {shown(base_iri)} is not an absolute IRI"
        raise ValueError(msg)


def _scheme_of(theme: Theme, taxonomy: Taxonomy) -> str:
    return theme.namespace or taxonomy.name


def _skos_nodes(taxonomy: Taxonomy, base_iri: str) -> Iterator[dict[str, Any]]:
    """Yield one plain dict per scheme and concept: the data both SKOS writers share."""
    _check_base_iri(base_iri)

    def concept(theme_id: str) -> str:
        return f"{base_iri}theme/{theme_id}"

    def scheme(name: str) -> str:
        return f"{base_iri}scheme/{name}"

    schemes = {taxonomy.name: taxonomy.version, **taxonomy.namespaces}
    tops: dict[str, list[str]] = {name: [] for name in schemes}
    for theme in taxonomy:
        parent = taxonomy.parent(theme.id)
        if parent is None or parent.namespace != theme.namespace:
            tops[_scheme_of(theme, taxonomy)].append(concept(theme.id))
    for name, version in schemes.items():
        yield {
            "@id": scheme(name),
            "@type": "ConceptScheme",
            "title": name,
            "versionInfo": version,
            "hasTopConcept": tops[name],
        }
    for theme in taxonomy:
        is_top = concept(theme.id) in tops[_scheme_of(theme, taxonomy)]
        own = scheme(_scheme_of(theme, taxonomy))
        yield _concept_node(taxonomy, theme, concept, own, is_top=is_top)


def _concept_node(
    taxonomy: Taxonomy, theme: Theme, concept: Callable[[str], str], own: str, *, is_top: bool
) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": concept(theme.id),
        "@type": "Concept",
        "inScheme": own,
        "notation": theme.id,
        "prefLabel": theme.label,
        "definition": theme.definition,
    }
    if is_top:
        node["topConceptOf"] = own
    notes = []
    if theme.when_to_use:
        notes.append(f"Use when: {theme.when_to_use}")
    if theme.when_not_to_use:
        notes.append(f"Do not use when: {theme.when_not_to_use}")
    if notes:
        node["scopeNote"] = notes
    if theme.examples:
        node["example"] = list(theme.examples)
    if theme.keywords:
        node["hiddenLabel"] = list(theme.keywords)
    if theme.parent is not None:
        node["broader"] = concept(theme.parent)
    children = taxonomy.children(theme.id)
    if children:
        node["narrower"] = [concept(c.id) for c in children]
    if theme.deprecated:
        node["deprecated"] = True
        node["isReplacedBy"] = concept(str(theme.replaced_by))
    return node


_JSONLD_CONTEXT: Final[dict[str, Any]] = {
    "skos": _SKOS,
    "owl": _OWL,
    "dct": _DCT,
    "xsd": _XSD,
    "@language": "en",
    "ConceptScheme": "skos:ConceptScheme",
    "Concept": "skos:Concept",
    "title": {"@id": "dct:title", "@language": None},
    "versionInfo": {"@id": "owl:versionInfo", "@language": None},
    "notation": {"@id": "skos:notation", "@language": None},
    "prefLabel": "skos:prefLabel",
    "definition": "skos:definition",
    "scopeNote": "skos:scopeNote",
    "example": "skos:example",
    "hiddenLabel": "skos:hiddenLabel",
    "deprecated": "owl:deprecated",
    "inScheme": {"@id": "skos:inScheme", "@type": "@id"},
    "topConceptOf": {"@id": "skos:topConceptOf", "@type": "@id"},
    "hasTopConcept": {"@id": "skos:hasTopConcept", "@type": "@id"},
    "broader": {"@id": "skos:broader", "@type": "@id"},
    "narrower": {"@id": "skos:narrower", "@type": "@id"},
    "isReplacedBy": {"@id": "dct:isReplacedBy", "@type": "@id"},
}


def to_skos_jsonld(taxonomy: Taxonomy, *, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """
    Write a taxonomy as SKOS in JSON-LD, with its context inline (nothing is fetched).

    One ``skos:ConceptScheme`` per namespace (the core taxonomy is one), with
    ``owl:versionInfo``; one ``skos:Concept`` per theme with ``skos:notation`` (the id),
    ``prefLabel``, ``definition``, ``scopeNote`` ("Use when: ...", "Do not use when: ..."),
    ``example``, ``hiddenLabel`` (the keywords), ``broader``/``narrower``, and for a
    deprecated theme ``owl:deprecated true`` and ``dct:isReplacedBy``. Text is tagged ``en``.

    Args:
        taxonomy: The taxonomy.
        base_iri: Prepended to ``theme/<id>`` and ``scheme/<name>`` to make IRIs.

    Returns:
        The JSON-LD document, ending in a newline.

    Raises:
        ValueError: *base_iri* is not an absolute IRI.

    .. versionadded:: 0.1.0
    """
    doc = {"@context": _JSONLD_CONTEXT, "@graph": list(_skos_nodes(taxonomy, base_iri))}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _ttl_string(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


_TTL_TERMS: Final = {
    "title": ("dct:title", "plain"),
    "versionInfo": ("owl:versionInfo", "plain"),
    "hasTopConcept": ("skos:hasTopConcept", "iri"),
    "inScheme": ("skos:inScheme", "iri"),
    "topConceptOf": ("skos:topConceptOf", "iri"),
    "notation": ("skos:notation", "plain"),
    "prefLabel": ("skos:prefLabel", "en"),
    "definition": ("skos:definition", "en"),
    "scopeNote": ("skos:scopeNote", "en"),
    "example": ("skos:example", "en"),
    "hiddenLabel": ("skos:hiddenLabel", "en"),
    "broader": ("skos:broader", "iri"),
    "narrower": ("skos:narrower", "iri"),
    "deprecated": ("owl:deprecated", "bool"),
    "isReplacedBy": ("dct:isReplacedBy", "iri"),
}


def to_skos_turtle(taxonomy: Taxonomy, *, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """
    Write a taxonomy as SKOS in Turtle: the same triples as :func:`to_skos_jsonld`.

    Args:
        taxonomy: The taxonomy.
        base_iri: Prepended to ``theme/<id>`` and ``scheme/<name>`` to make IRIs.

    Returns:
        The Turtle document, ending in a newline.

    Raises:
        ValueError: *base_iri* is not an absolute IRI.

    .. versionadded:: 0.1.0
    """
    out = [
        f"@prefix skos: <{_SKOS}> .",
        f"@prefix owl: <{_OWL}> .",
        f"@prefix dct: <{_DCT}> .",
        f"@prefix xsd: <{_XSD}> .",
    ]
    for node in _skos_nodes(taxonomy, base_iri):
        kind = "skos:ConceptScheme" if node["@type"] == "ConceptScheme" else "skos:Concept"
        statements = [f"a {kind}"]
        for key, value in node.items():
            if key.startswith("@"):
                continue
            term, how = _TTL_TERMS[key]
            values = value if isinstance(value, list) else [value]
            if not values:
                continue
            if how == "iri":
                objects = [f"<{v}>" for v in values]
            elif how == "bool":
                objects = ["true" if v else "false" for v in values]
            elif how == "en":
                objects = [_ttl_string(v) + "@en" for v in values]
            else:
                objects = [_ttl_string(v) for v in values]
            statements.append(f"{term} " + ", ".join(objects))
        out += ["", f"<{node['@id']}> " + " ;\n    ".join(statements) + " ."]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# REFI-QDA codebook (.qdc)

#: The namespace rewardkit writes; reading also accepts ``...:1:0``, ``...:0:4`` and none.
QDC_NAMESPACE: Final = "urn:QDA-XML:codebook:1.0"
#: GUIDs are version-5 UUIDs of the theme id in this namespace, so they never change.
_GUID_NAMESPACE: Final = uuid.uuid5(uuid.NAMESPACE_URL, "https://w3id.org/rewardkit/theme/")
_PALETTE: Final = ("#2E86AB", "#3BA55C", "#E07A1F", "#8E5CC2", "#D64561", "#5A6B7B")
_ORIGIN_RE: Final = re.compile(r"rewardkit \((\S+) (\S+)\)")
_ID_LINE: Final = "rewardkit-id: "
_LINE_BREAKS: Final = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_NS_LINE: Final = "rewardkit-namespace: "
_FIELD_LINES: Final = (
    ("Definition: ", "definition"),
    ("Use when: ", "when_to_use"),
    ("Do not use when: ", "when_not_to_use"),
    ("Example: ", "examples"),
    ("Keywords: ", "keywords"),
    ("Deprecated, replaced by: ", "replaced_by"),
    (_ID_LINE, "id"),
)


def qdc_guid(name: str) -> str:
    """
    Return the stable REFI-QDA GUID of a theme id (or of ``set:<namespace>``).

    Args:
        name: A theme id.

    Returns:
        An upper-case 8-4-4-4-12 GUID, the same on every run and machine.

    .. versionadded:: 0.1.0
    """
    return str(uuid.uuid5(_GUID_NAMESPACE, name)).upper()


def _description(theme: Theme) -> str:
    lines = [f"Definition: {theme.definition}"]
    if theme.when_to_use:
        lines.append(f"Use when: {theme.when_to_use}")
    if theme.when_not_to_use:
        lines.append(f"Do not use when: {theme.when_not_to_use}")
    lines += [f"Example: {e}" for e in theme.examples]
    if theme.keywords:
        lines.append("Keywords: " + ", ".join(theme.keywords))
    if theme.deprecated:
        lines.append(f"Deprecated, replaced by: {theme.replaced_by}")
    lines.append(f"{_ID_LINE}{theme.id}")
    return "\n".join(lines)


def to_qdc(taxonomy: Taxonomy) -> str:
    """
    Write a taxonomy as a REFI-QDA codebook (``.qdc``) for NVivo, ATLAS.ti, MAXQDA, QualCoder.

    One nested ``Code`` per theme: ``name`` is the label, ``guid`` derives from the id (see
    :func:`qdc_guid`), the colour comes from the top-level theme, and ``Description`` carries
    the codebook fields one per line, ending with ``rewardkit-id: <id>``. Deprecated themes
    are kept with ``isCodable="false"``. Each extension namespace becomes a ``Set``.

    Args:
        taxonomy: The taxonomy.

    Returns:
        The XML document (namespace ``urn:QDA-XML:codebook:1.0``), ending in a newline; the
        same bytes on every run.

    .. versionadded:: 0.1.0
    """
    from xml.sax.saxutils import escape, quoteattr  # noqa: PLC0415 - only for .qdc

    origin = f"rewardkit ({taxonomy.name} {taxonomy.version})"
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f"<CodeBook xmlns={quoteattr(QDC_NAMESPACE)} origin={quoteattr(origin)}>",
        "  <Codes>",
    ]
    colours = {root.id: _PALETTE[i % len(_PALETTE)] for i, root in enumerate(taxonomy.roots)}

    def write(theme: Theme, depth: int) -> None:
        pad = "  " * depth
        colour = colours[taxonomy.top_level(theme.id).id]
        codable = "false" if theme.deprecated else "true"
        out.append(
            f'{pad}<Code guid="{qdc_guid(theme.id)}" name={quoteattr(theme.label)}'
            f' isCodable="{codable}" color="{colour}">'
        )
        out.append(f"{pad}  <Description>{escape(_description(theme))}</Description>")
        for child in taxonomy.children(theme.id):
            write(child, depth + 1)
        out.append(f"{pad}</Code>")

    for root in taxonomy.roots:
        write(root, 2)
    out.append("  </Codes>")
    if taxonomy.namespaces:
        out.append("  <Sets>")
        for ns, version in taxonomy.namespaces.items():
            out.append(f'    <Set guid="{qdc_guid("set:" + ns)}" name={quoteattr(ns)}>')
            out.append(f"      <Description>{escape(f'{_NS_LINE}{ns} {version}')}</Description>")
            out.extend(
                f'      <MemberCode guid="{qdc_guid(t.id)}"/>'
                for t in taxonomy
                if t.namespace == ns
            )
            out.append("    </Set>")
        out.append("  </Sets>")
    out.append("</CodeBook>")
    return "\n".join(out) + "\n"


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        slug = "code-" + slug if slug else "code"
    return slug


def _parse_description(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"examples": [], "keywords": []}
    other: list[str] = []
    for line in (raw.strip() for raw in _LINE_BREAKS.split(text)):
        if not line:
            continue
        for prefix, key in _FIELD_LINES:
            if line.startswith(prefix):
                value = line[len(prefix) :].strip()
                if key == "examples":
                    fields["examples"].append(value)
                elif key == "keywords":
                    fields["keywords"] = [k.strip() for k in value.split(",") if k.strip()]
                else:
                    fields[key] = value
                break
        else:
            other.append(line)
    if other:
        fields["definition"] = " ".join([fields.get("definition", ""), *other]).strip()
    return fields


def from_qdc(text: str | bytes, *, name: str | None = None, version: str | None = None) -> Taxonomy:
    """
    Read a REFI-QDA codebook (``.qdc``) into a taxonomy.

    A codebook that :func:`to_qdc` wrote comes back equal. Codebooks from other tools are
    read leniently: the ``urn:QDA-XML:codebook:1.0``, ``1:0`` and ``0:4`` namespaces and none
    are accepted, a ``Code`` without a ``rewardkit-id`` line gets an id made from its name
    (below its parent's id), and its ``Description`` becomes the definition (the name, when
    there is none).

    Args:
        text: The XML document.
        name: The taxonomy's name, when the codebook does not say (default ``qdc-import``).
        version: Its version, when the codebook does not say (default ``0.0.0``).

    Returns:
        The taxonomy.

    Raises:
        TaxonomyError: The document is not well-formed XML, has a DTD, is not a codebook, or
            its codes do not make a valid taxonomy.

    .. versionadded:: 0.1.0
    """
    root = _qdc_root(text)
    origin = _ORIGIN_RE.fullmatch(root.get("origin", ""))
    tax_name = name or (origin.group(1) if origin else "qdc-import")
    tax_version = version or (origin.group(2) if origin else "0.0.0")
    if not TAXONOMY_NAME_RE.fullmatch(tax_name) or not SEMVER_RE.fullmatch(tax_version):
        tax_name, tax_version = name or "qdc-import", version or "0.0.0"
    reader = _QdcReader()
    top_taken: set[str] = set()
    for codes in _children(root, "Codes"):
        for code in _children(codes, "Code"):
            reader.read(code, None, top_taken)
    namespaces: dict[str, str] = {}
    for sets in _children(root, "Sets"):
        for set_ in _children(sets, "Set"):
            descriptions = _children(set_, "Description")
            line = (descriptions[0].text or "").strip() if descriptions else ""
            if line.startswith(_NS_LINE):
                ns, _, ns_version = line[len(_NS_LINE) :].partition(" ")
                namespaces[ns] = ns_version
    for theme in reader.themes:
        used = namespace_of(theme.id)
        if used is not None:
            namespaces.setdefault(used, "0.0.0")
    if reader.problems:
        raise TaxonomyError(reader.problems, source=".qdc")
    try:
        return Taxonomy(reader.themes, name=tax_name, version=tax_version, namespaces=namespaces)
    except TaxonomyError as e:
        raise TaxonomyError(e.problems, source=".qdc") from None


def _children(element: Element, local: str) -> list[Element]:
    return [c for c in element if _local(c.tag) == local]


def _qdc_root(text: str | bytes) -> Element:
    """Parse a codebook and return its ``CodeBook`` element, whatever the namespace."""
    from xml.etree import ElementTree as ET  # noqa: PLC0415 - only for .qdc

    head = text[:4096] if isinstance(text, str) else text[:4096].decode("utf-8", "replace")
    if "<!DOCTYPE" in head or "<!ENTITY" in head:
        raise TaxonomyError("a codebook with a DTD is not accepted", source=".qdc")
    try:
        root = ET.fromstring(text)  # noqa: S314 - no DTD (checked above), so no entities
    except ET.ParseError as e:
        raise TaxonomyError(f"not well-formed XML: {e}", source=".qdc") from None
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    if namespace and not namespace.startswith("urn:QDA-XML:"):
        raise TaxonomyError("not a REFI-QDA document (unexpected namespace)", source=".qdc")
    if _local(root.tag) == "Project":
        found = _children(root, "CodeBook")
        if not found:
            raise TaxonomyError("the project has no CodeBook", source=".qdc")
        root = found[0]
    if _local(root.tag) != "CodeBook":
        raise TaxonomyError("not a REFI-QDA codebook (no CodeBook element)", source=".qdc")
    return root


class _QdcReader:
    """Turn nested ``Code`` elements into themes, collecting problems."""

    def __init__(self) -> None:
        self.themes: list[Theme] = []
        self.problems: list[str] = []

    def read(self, code: Element, parent: str | None, taken: set[str]) -> None:
        label = (code.get("name") or "").strip()
        if _LINE_BREAKS.search(label):
            label = " ".join(label.split())
        label = label or "Unnamed code"
        descriptions = _children(code, "Description")
        fields = _parse_description((descriptions[0].text or "") if descriptions else "")
        theme_id = fields.pop("id", None)
        if theme_id is None or check_theme_id(theme_id) is not None:
            base = _slug(label) if parent is None else f"{parent}.{_slug(label)}"
            theme_id, n = base, 2
            while theme_id in taken:
                theme_id, n = f"{base}-{n}", n + 1
        taken.add(theme_id)
        fields.setdefault("definition", label)
        replaced_by = fields.pop("replaced_by", None)
        try:
            theme = Theme(
                id=theme_id,
                label=label,
                parent=parent,
                deprecated=replaced_by is not None,
                replaced_by=replaced_by,
                **fields,
            )
        except TaxonomyError as e:
            self.problems.extend(f"code {shown(label)}: {p}" for p in e.problems)
            return
        self.themes.append(theme)
        child_taken: set[str] = set()
        for child in _children(code, "Code"):
            self.read(child, theme.id, child_taken)
