"""
REFI-QDA projects (``.qdpx``), the exchange format of NVivo, ATLAS.ti, MAXQDA and QualCoder.

A project is a zip holding ``project.qde`` (XML, namespace ``urn:QDA-XML:project:1.0``) and
the sources under ``sources/``. rewardkit writes one plain-text ``TextSource`` per story, the
codebook from the taxonomy (the same codes, GUIDs and descriptions as
:func:`rewardkit.taxonomy.to_qdc`), one ``PlainTextSelection`` with a ``Coding`` per evidence
span, a source-level ``Coding`` for a theme assigned without evidence, the coders as
``User`` elements, and the platform, narrator and other facts as ``Variable`` elements.
Positions count code points of the story's text. Every GUID is a version-5 UUID of what it
names, and the zip has fixed timestamps and sorted entries, so exporting the same stories
twice gives the same bytes.

Each source's ``Description`` carries a line ``rewardkit-story: {...}`` with the story's
other fields as JSON (ASCII, so any tool keeps it intact), so that reading the project back
gives the same stories. Projects from other tools have no such line: their sources become
stories with status ``raw``, and codes that are not in the taxonomy become themes of a
namespaced extension.
"""

from __future__ import annotations

import functools
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Final, NamedTuple
from xml.sax.saxutils import escape, quoteattr

import attrs

from rewardkit._files import atomic_writer, check_output
from rewardkit.exceptions import FieldError, InputError, LoadError, TaxonomyError
from rewardkit.serialization import dumps, loads
from rewardkit.story import NarratorRole, Setting, Span, Story
from rewardkit.taxonomy import Taxonomy, TaxonomyExtension, Theme

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "PROJECT_NAMESPACE",
    "QdpxProject",
    "extension_document",
    "project_entries",
    "read_qdpx",
    "write_qdpx",
]

#: The namespace of ``project.qde``.
PROJECT_NAMESPACE: Final = "urn:QDA-XML:project:1.0"
#: How the project file is named in the zip.
PROJECT_ENTRY: Final = "project.qde"
#: The namespace of codes that are not in the taxonomy, unless another is asked for.
DEFAULT_NAMESPACE: Final = "qdpx"
#: The largest entry read from a project.
DEFAULT_MAX_BYTES: Final = 64 * 1024 * 1024

_META: Final = "rewardkit-story: "
_ID_LINE: Final = "rewardkit-id: "
#: Lines of a code's description that a code outside the taxonomy does not carry over.
_NOT_READ: Final = (_ID_LINE, "Deprecated, replaced by: ")
_ZIP_TIME: Final = (1980, 1, 1, 0, 0, 0)
_XML_BAD: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SEGMENT: Final = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_ID_BAD: Final = re.compile(r"[^A-Za-z0-9._-]+")
_FILE_SUFFIX: Final = re.compile(r"\.(?:txt|docx?|rtf|odt|pdf)$", re.IGNORECASE)
#: Variables written for every story that has a value: name, type, description.
_VARIABLES: Final = (
    ("platform", "Text", "Where the story was posted or collected (source.platform)."),
    ("community", "Text", "The community within the platform (source.community)."),
    ("posted_at", "DateTime", "When the story was posted (source.posted_at)."),
    ("text_form", "Text", "verbatim, paraphrased or synthetic (source.text_form)."),
    ("language", "Text", "The story's language (BCP 47)."),
    ("narrator_role", "Text", "The narrator's profession (narrator.role)."),
    ("narrator_setting", "Text", "Where the narrator works (narrator.setting)."),
    ("deid_status", "Text", "raw, redacted or reviewed (deidentification.status)."),
)


def _guid(*parts: str) -> str:
    """A GUID for a part of the project, derived from what it names (never random)."""
    from rewardkit.taxonomy import qdc_guid  # noqa: PLC0415 - taxonomy loads on first use

    # Theme ids never hold a '/', so these names cannot meet a theme's GUID.
    return qdc_guid("qdpx/" + "/".join(parts))


def _norm(guid: str | None) -> str:
    return (guid or "").strip().strip("{}").upper()


def _xml_text(value: str) -> str:
    """Escape text for XML 1.0; characters XML cannot hold at all become U+FFFD."""
    return escape(_XML_BAD.sub("\ufffd", value), {"\r": "&#13;"})


def _attr(value: str) -> str:
    return quoteattr(_XML_BAD.sub("\ufffd", value))


# ---------------------------------------------------------------------------------------------
# Export


def _variable_values(story: Story) -> dict[str, str]:
    s, n = story.source, story.narrator
    values = {
        "platform": s.platform,
        "community": s.community,
        "posted_at": _rfc3339(s.posted_at) if s.posted_at is not None else None,
        "text_form": s.text_form.value if s.text_form is not None else None,
        "language": story.language,
        "narrator_role": n.role.value if n is not None else None,
        "narrator_setting": n.setting.value if n is not None and n.setting is not None else None,
        "deid_status": story.deidentification.status.value,
    }
    return {k: v for k, v in values.items() if v is not None}


def _rfc3339(value: Any) -> str:
    text: str = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _codes(taxonomy: Taxonomy) -> tuple[list[str], list[str]]:
    """The codebook's ``Code`` elements and the project's sets, from the .qdc export."""
    from xml.etree import ElementTree as ET  # noqa: PLC0415 - only for projects

    from rewardkit.taxonomy import to_qdc  # noqa: PLC0415

    root = ET.fromstring(to_qdc(taxonomy))  # noqa: S314 - our own output, no DTD
    codes: list[str] = []

    # to_qdc writes every code with a Description before its children, and each set with a
    # Description before its members; the project schema wants the same order.
    def write(code: Element, depth: int) -> None:
        pad = "  " * depth
        names = ("guid", "name", "isCodable", "color")
        attributes = "".join(f" {k}={_attr(code.get(k) or '')}" for k in names)
        codes.append(f"{pad}<Code{attributes}>")
        for child in code:
            if _local(child.tag) == "Code":
                write(child, depth + 1)
            else:
                codes.append(f"{pad}  <Description>{_xml_text(child.text or '')}</Description>")
        codes.append(f"{pad}</Code>")

    sets: list[str] = []
    parts = {_local(part.tag): part for part in root}
    for code in parts["Codes"]:
        write(code, 3)
    for set_ in parts.get("Sets", ()):
        sets.append(f'    <Set guid="{set_.get("guid")}" name={_attr(set_.get("name", ""))}>')
        for child in set_:
            if _local(child.tag) == "MemberCode":
                sets.append(f'      <MemberCode targetGUID="{child.get("guid")}"/>')
            else:
                sets.append(f"      <Description>{_xml_text(child.text or '')}</Description>")
        sets.append("    </Set>")
    return codes, sets


def _metadata(story: Story, line_endings: str) -> str:
    doc = json.loads(dumps(story))
    doc.pop("text")
    doc.pop("themes", None)
    wrapper: dict[str, Any] = {
        "story": doc,
        "themes": [[a.theme, a.coder, a.confidence] for a in story.themes],
    }
    if line_endings == "crlf":
        wrapper["line_endings"] = "crlf"
    return _META + json.dumps(wrapper, ensure_ascii=True, separators=(",", ":"))


def _coding(theme_guid: str, coder: str | None, guid: str, pad: str) -> list[str]:
    user = f' creatingUser="{_guid("user", coder)}"' if coder is not None else ""
    return [
        f'{pad}<Coding guid="{guid}"{user}>',
        f'{pad}  <CodeRef targetGUID="{theme_guid}"/>',
        f"{pad}</Coding>",
    ]


def _source(
    story: Story, variables: Mapping[str, str], line_endings: str
) -> tuple[list[str], str, bytes]:
    from rewardkit.taxonomy import qdc_guid  # noqa: PLC0415

    guid = _guid("source", story.id)
    entry = f"sources/{guid}.txt"
    out = [
        f'    <TextSource guid="{guid}" name={_attr(story.id)} plainTextPath="internal://{guid}.txt">',
        f"      <Description>{_xml_text(_metadata(story, line_endings))}</Description>",
    ]
    whole: list[str] = []
    for i, a in enumerate(story.themes):
        code = qdc_guid(a.theme)
        user = f' creatingUser="{_guid("user", a.coder)}"' if a.coder is not None else ""
        for j, span in enumerate(a.evidence):
            sel = _guid("selection", story.id, str(i), str(j))
            out.append(
                f'      <PlainTextSelection guid="{sel}" name=""'
                f' startPosition="{span.start}" endPosition="{span.end}"{user}>'
            )
            out += _coding(code, a.coder, _guid("coding", story.id, str(i), str(j)), "        ")
            out.append("      </PlainTextSelection>")
        if not a.evidence:
            whole += _coding(code, a.coder, _guid("coding", story.id, str(i)), "      ")
    out += whole
    for name, value in _variable_values(story).items():
        kind = "DateTimeValue" if name == "posted_at" else "TextValue"
        out += [
            "      <VariableValue>",
            f'        <VariableRef targetGUID="{variables[name]}"/>',
            f"        <{kind}>{_xml_text(value)}</{kind}>",
            "      </VariableValue>",
        ]
    out.append("    </TextSource>")
    text = story.text.replace("\n", "\r\n") if line_endings == "crlf" else story.text
    return out, entry, text.encode("utf-8")


def project_entries(
    stories: Iterable[Story],
    *,
    taxonomy: Taxonomy | None = None,
    line_endings: str = "lf",
    name: str = "rewardkit",
) -> dict[str, bytes]:
    """
    Build the files of a REFI-QDA project: ``project.qde`` and one source per story.

    Args:
        stories: The stories, each id once.
        taxonomy: The codebook; the core taxonomy with the installed extensions by default.
        line_endings: ``lf``, or ``crlf`` to write the sources with CR LF line breaks (for
            tools that expect them). Positions still count a line break once, as in the
            story's text.
        name: The project's name.

    Returns:
        Zip entry name to content: ``project.qde``, then the sources by name.

    Raises:
        InputError: A story id appears twice, or a story has a theme the taxonomy does not
            know (the message lists them).

    .. versionadded:: 0.2.0
    """
    if line_endings not in {"lf", "crlf"}:
        raise ValueError(f"line_endings must be 'lf' or 'crlf', not {line_endings!r}")
    parts = (source_part(story, line_endings=line_endings) for story in stories)
    return entries_of_parts(parts, taxonomy=taxonomy, name=name)


class SourcePart(NamedTuple):
    """
    What one story gives a project, made on its own (in a worker, with ``--jobs``).

    Attributes:
        id: The story's id.
        themes: Each assignment's theme and coder, in order.
        variables: The names of the variables the story has a value for.
        lines: The story's ``<TextSource>`` element, its lines joined (one string is
            quicker to send back from a worker than many).
        entry: The name of the source's text file in the zip.
        data: The text file's content.
    """

    id: str
    themes: tuple[tuple[str, str | None], ...]
    variables: tuple[str, ...]
    lines: str
    entry: str
    data: bytes


@functools.cache
def _variable_guids() -> dict[str, str]:
    """Every variable's GUID; a source refers only to those of the values it has."""
    return {n: _guid("variable", n) for n, _, _ in _VARIABLES}


def source_part(story: Story, *, line_endings: str) -> SourcePart:
    """Make what *story* gives a project: its source element and its text file."""
    lines, entry, data = _source(story, _variable_guids(), line_endings)
    return SourcePart(
        id=story.id,
        themes=tuple((a.theme, a.coder) for a in story.themes),
        variables=tuple(_variable_values(story)),
        lines="\n".join(lines),
        entry=entry,
        data=data,
    )


def entries_of_parts(
    parts: Iterable[SourcePart], *, taxonomy: Taxonomy | None, name: str
) -> dict[str, bytes]:
    """Build the files of a project from its stories' parts, as :func:`project_entries`."""
    from importlib.metadata import version  # noqa: PLC0415

    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415

    taxonomy = taxonomy if taxonomy is not None else build_taxonomy()
    sources = list(parts)
    _check(sources, taxonomy)
    coders = list(dict.fromkeys(c for s in sources for _, c in s.themes if c is not None))
    used = {k for s in sources for k in s.variables}
    variables = {n: guid for n, guid in _variable_guids().items() if n in used}
    codes, sets = _codes(taxonomy)
    xml = [
        '<?xml version="1.0" encoding="utf-8"?>',
        (
            f"<Project xmlns={quoteattr(PROJECT_NAMESPACE)} name={_attr(name)}"
            f" origin={quoteattr('rewardkit ' + version('rewardkit'))}>"
        ),
    ]
    if coders:
        xml.append("  <Users>")
        xml += [f'    <User guid="{_guid("user", c)}" name={_attr(c)}/>' for c in coders]
        xml.append("  </Users>")
    xml += ["  <CodeBook>", "    <Codes>", *codes, "    </Codes>", "  </CodeBook>"]
    if variables:
        xml.append("  <Variables>")
        for n, kind, description in _VARIABLES:
            if n in variables:
                xml += [
                    f'    <Variable guid="{variables[n]}" name="{n}" typeOfVariable="{kind}">',
                    f"      <Description>{_xml_text(description)}</Description>",
                    "    </Variable>",
                ]
        xml.append("  </Variables>")
    files: dict[str, bytes] = {}
    if sources:
        xml.append("  <Sources>")
        for source in sources:
            xml.append(source.lines)
            files[source.entry] = source.data
        xml.append("  </Sources>")
    if sets:
        xml += ["  <Sets>", *sets, "  </Sets>"]
    xml.append("</Project>")
    entries = {PROJECT_ENTRY: ("\n".join(xml) + "\n").encode("utf-8")}
    entries.update(sorted(files.items()))
    return entries


def _check(sources: list[SourcePart], taxonomy: Taxonomy) -> None:
    seen: set[str] = set()
    for source in sources:
        if source.id in seen:
            raise InputError(
                f"story {source.id!r} appears twice; merge the coders' files first"
                " ('rewardkit merge')"
            )
        seen.add(source.id)
    unknown = sorted({t for s in sources for t, _ in s.themes if t not in taxonomy})
    if unknown:
        listed = ", ".join(repr(t) for t in unknown[:10]) + (", ..." if len(unknown) > 10 else "")
        raise InputError(
            f"themes not in the taxonomy: {listed}; pass the taxonomy files that define them"
            " (--taxonomy)"
        )


def write_zip(target: IO[bytes], entries: Mapping[str, bytes]) -> None:
    """Write *entries* as a zip with fixed timestamps and sorted names: the same bytes each time."""
    with zipfile.ZipFile(target, "w") as zf:
        for entry_name in sorted(entries):
            info = zipfile.ZipInfo(entry_name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, entries[entry_name], compresslevel=6)


def write_qdpx(  # noqa: PLR0913 - keyword-only options
    stories: Iterable[Story],
    target: str | os.PathLike[str],
    *,
    taxonomy: Taxonomy | None = None,
    line_endings: str = "lf",
    name: str = "rewardkit",
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> int:
    """
    Write stories as a REFI-QDA project (``.qdpx``), atomically.

    See :func:`project_entries` for what goes in. The zip's entries are sorted and carry
    fixed timestamps, so the same stories give the same file.

    Args:
        stories: The stories, each id once.
        target: The ``.qdpx`` file.
        taxonomy: The codebook; the core taxonomy with the installed extensions by default.
        line_endings: ``lf`` or ``crlf`` (the sources' line breaks).
        name: The project's name.
        inputs: The files being read, which *target* must not be.

    Returns:
        How many stories were written.

    Raises:
        InputError: See :func:`project_entries`.
        OutputError: *target* is an input, a directory or a dangling link.

    .. versionadded:: 0.2.0
    """
    entries = project_entries(stories, taxonomy=taxonomy, line_endings=line_endings, name=name)
    return write_entries(entries, target, inputs=inputs)


def write_entries(
    entries: Mapping[str, bytes],
    target: str | os.PathLike[str],
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> int:
    """Write a project's files as a ``.qdpx`` zip, atomically; return how many stories."""
    check_output(target, inputs)
    with atomic_writer(target, binary=True) as f:
        write_zip(f, entries)
    return len(entries) - 1


# ---------------------------------------------------------------------------------------------
# Import


@attrs.frozen(kw_only=True)
class QdpxProject:
    """
    What a REFI-QDA project holds, as stories.

    Attributes:
        stories: One story per text source, in the project's order.
        extension: Themes for the codes that are not in the taxonomy, in their own namespace
            (``None`` when every code is known). Save it with :func:`extension_document` and
            pass the file to ``--taxonomy`` when validating the stories.
        skipped: Sources and codings left out, by reason (``picture source``, ...).
        problems: What could not be read, each naming the source.

    .. versionadded:: 0.2.0
    """

    stories: tuple[Story, ...]
    extension: TaxonomyExtension | None = None
    skipped: Mapping[str, int] = attrs.field(factory=dict)
    problems: tuple[str, ...] = ()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _children(element: Element, name: str) -> list[Element]:
    return [c for c in element if _local(c.tag) == name]


def _first(element: Element, name: str) -> Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _code_elements(codes: Element) -> Iterator[tuple[Element, str | None]]:
    """Every ``Code`` in document order (depth first), with its parent's GUID."""
    stack: list[tuple[Element, str | None]] = [
        (c, None) for c in reversed(_children(codes, "Code"))
    ]
    while stack:
        code, parent = stack.pop()
        yield code, parent
        guid = _norm(code.get("guid"))
        stack.extend((c, guid) for c in reversed(_children(code, "Code")))


def _id_line(code: Element) -> str | None:
    """The theme id a code's description names (``rewardkit-id: ...``), if any."""
    description = _first(code, "Description")
    for line in (description.text or "").splitlines() if description is not None else []:
        if line.strip().startswith(_ID_LINE):
            return line.strip()[len(_ID_LINE) :].strip()
    return None


def _code_fields(code: Element) -> Theme:
    """
    Read one code's label and codebook fields as the .qdc import does.

    The code is read on its own (without its children, its place, a ``rewardkit-id`` line
    or a deprecation, whose replacement would not be known), so that a code moved in another
    tool cannot make the whole codebook unreadable.
    """
    from rewardkit.taxonomy import QDC_NAMESPACE, from_qdc  # noqa: PLC0415

    description = _first(code, "Description")
    lines = (description.text or "").splitlines() if description is not None else []
    text = "\n".join(line for line in lines if not line.strip().startswith(_NOT_READ))
    document = (
        f"<CodeBook xmlns={quoteattr(QDC_NAMESPACE)}><Codes>"
        f'<Code guid="{_norm(code.get("guid"))}" name={_attr(code.get("name") or "")}'
        f' isCodable="true"><Description>{_xml_text(text)}</Description></Code>'
        "</Codes></CodeBook>"
    )
    return next(iter(from_qdc(document)))


class _Codebook:
    """The project's codes mapped to theme ids: known themes, or new ones in a namespace."""

    def __init__(self, root: Element, taxonomy: Taxonomy, namespace: str, source: str) -> None:
        from rewardkit.taxonomy import qdc_guid  # noqa: PLC0415

        self.ids: dict[str, str] = {}
        self.extension: TaxonomyExtension | None = None
        book = _first(root, "CodeBook")
        codes = _first(book, "Codes") if book is not None else None
        if codes is None:
            return
        known = {qdc_guid(t.id): t.id for t in taxonomy}
        new: list[Theme] = []
        taken: set[str] = set()
        extends = {"rewardkit.core"}
        for code, parent in _code_elements(codes):
            guid = _norm(code.get("guid"))
            named = _id_line(code)
            if guid in known or (named is not None and named in taxonomy):
                self.ids[guid] = known.get(guid) or str(named)
                continue
            try:
                theme = _code_fields(code)
            except TaxonomyError as e:
                raise InputError(f"code {code.get('name')!r}: {e}", file=source) from None
            above = self.ids.get(parent) if parent is not None else None
            local = above is not None and above.startswith(namespace + ":")
            # A rewardkit id from a taxonomy not given keeps its last part: acme:rota.swap -> swap.
            last = (named or "").rpartition(":")[2].rpartition(".")[2]
            slug = last if _SEGMENT.fullmatch(last) else theme.id
            base = f"{above}.{slug}" if local else f"{namespace}:{slug}"
            theme_id, n = base, 2
            while theme_id in taken:
                theme_id, n = f"{base}-{n}", n + 1
            taken.add(theme_id)
            if above is not None and not local and ":" in above:
                extends.add(above.partition(":")[0])
            try:
                new.append(attrs.evolve(theme, id=theme_id, parent=above))
            except TaxonomyError as e:
                raise InputError(f"code {code.get('name')!r}: {e}", file=source) from None
            self.ids[guid] = theme_id
        if new:
            try:
                self.extension = TaxonomyExtension(
                    namespace=namespace, themes=tuple(new), extends=tuple(sorted(extends))
                )
                taxonomy.extend(self.extension)
            except TaxonomyError as e:  # pragma: no cover - each theme was made to fit
                raise InputError(
                    f"the codes that are not in the taxonomy do not make an extension: {e}",
                    file=source,
                ) from None


def extension_document(extension: TaxonomyExtension) -> str:
    """
    Write an extension as a taxonomy file (JSON).

    ``--taxonomy`` and :func:`~rewardkit.load_taxonomy_file` read it.

    Args:
        extension: The extension, e.g. :attr:`QdpxProject.extension`.

    Returns:
        The JSON text, ending in a newline.

    .. versionadded:: 0.2.0
    """
    themes = []
    for t in extension.themes:
        data: dict[str, Any] = {"id": t.id, "label": t.label, "definition": t.definition}
        if t.parent is not None:
            data["parent"] = t.parent
        for key in ("when_to_use", "when_not_to_use"):
            if getattr(t, key):
                data[key] = getattr(t, key)
        for key in ("examples", "keywords"):
            if getattr(t, key):
                data[key] = list(getattr(t, key))
        themes.append(data)
    header = {
        "namespace": extension.namespace,
        "version": extension.version,
        "extends": list(extension.extends),
    }
    return json.dumps({"taxonomy": header, "themes": themes}, indent=2, ensure_ascii=False) + "\n"


class _Reader:
    """Reads the sources of one project into stories."""

    def __init__(  # noqa: PLR0913 - the parts of one project
        self,
        *,
        zf: zipfile.ZipFile,
        root: Element,
        codebook: _Codebook,
        name: str,
        line_endings: str | None,
        max_bytes: int,
    ) -> None:
        self.zf = zf
        self.name = name
        self.codebook = codebook
        self.line_endings = line_endings
        self.max_bytes = max_bytes
        self.skipped: dict[str, int] = {}
        self.problems: list[str] = []
        self.ids: set[str] = set()
        users = _first(root, "Users")
        self.users = {
            _norm(u.get("guid")): u.get("name") or u.get("id") or _norm(u.get("guid"))
            for u in (_children(users, "User") if users is not None else [])
        }
        variables = _first(root, "Variables")
        self.variables = {
            _norm(v.get("guid")): v.get("name") or ""
            for v in (_children(variables, "Variable") if variables is not None else [])
        }

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def problem(self, source: str, message: str) -> None:
        self.problems.append(f"{self.name}: source {source!r}: {message}")

    def entry(self, path: str) -> bytes:
        info = self.zf.getinfo(path)
        if info.file_size > self.max_bytes:
            raise ValueError(f"{path} is larger than {self.max_bytes:,} bytes")
        with self.zf.open(info) as f:
            return f.read(self.max_bytes + 1)

    def text(self, source: Element) -> str:
        content = _first(source, "PlainTextContent")
        if content is not None:
            return content.text or ""
        path = source.get("plainTextPath") or ""
        if not path.startswith("internal://"):
            raise ValueError(
                "its text is outside the project (only internal:// sources are read)"
                if path
                else "it has no text (no PlainTextContent or plainTextPath)"
            )
        entry = "sources/" + path.removeprefix("internal://").lstrip("/")
        try:
            data = self.entry(entry)
        except KeyError:
            raise ValueError(f"the project has no {entry}") from None
        try:
            return data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            raise ValueError(f"{entry} is not UTF-8") from None

    @staticmethod
    def user(*elements: Element) -> str | None:
        """The GUID of the user who made a coding (the coding's, else its selection's)."""
        for e in elements:
            guid = e.get("creatingUser")
            if guid:
                return _norm(guid)
        return None

    def names(self, meta: Mapping[str, Any] | None) -> dict[str | None, str | None]:
        """User GUIDs to coder names: exact names from the story's record first."""
        names: dict[str | None, str | None] = {None: None}
        names.update(self.users)
        if meta is not None:
            coders = [c for _, c, _ in meta.get("themes", [])] + list(
                meta["story"].get("coded_by") or ()
            )
            names.update({_guid("user", c): c for c in coders if isinstance(c, str)})
        return names

    def story(self, source: Element, number: int) -> Story | None:
        label = source.get("name") or f"#{number}"
        meta = _read_meta(source)
        try:
            text = self.text(source)
        except ValueError as e:
            self.problem(label, str(e))
            return None
        if (meta or {}).get("line_endings") == "crlf" or self.line_endings == "crlf":
            text = text.replace("\r\n", "\n")
        names = self.names(meta)
        themes: dict[tuple[str, str | None], list[Span]] = {}
        for (theme, user), spans in self.codings(source, label).items():
            themes.setdefault((theme, names.get(user, user)), []).extend(spans)
        doc = self._document(source, label, meta, text, themes)
        try:
            story = loads(json.dumps(doc))
        except LoadError as e:
            first = e.findings[0] if e.findings else None
            self.problem(label, f"does not make a valid story ({first})")
            return None
        if not isinstance(story, Story):  # pragma: no cover - the document is a story
            raise TypeError(type(story))
        return story

    def codings(self, source: Element, label: str) -> dict[tuple[str, str | None], list[Span]]:
        themes: dict[tuple[str, str | None], list[Span]] = {}
        for selection in _children(source, "PlainTextSelection"):
            codings = _children(selection, "Coding")
            if not codings:
                self.skip("selection without a coding")
                continue
            try:
                start = int(selection.get("startPosition", ""))
                end = int(selection.get("endPosition", ""))
                span = Span(start=start, end=end)
            except (ValueError, FieldError):
                self.problem(label, "a selection's positions are not offsets")
                continue
            for coding in codings:
                theme = self.theme(coding, label)
                if theme is not None:
                    themes.setdefault((theme, self.user(coding, selection)), []).append(span)
        for coding in _children(source, "Coding"):
            theme = self.theme(coding, label)
            if theme is not None:
                themes.setdefault((theme, self.user(coding)), [])
        return themes

    def theme(self, coding: Element, label: str) -> str | None:
        ref = _first(coding, "CodeRef")
        guid = _norm(ref.get("targetGUID") if ref is not None else None)
        theme = self.codebook.ids.get(guid)
        if theme is None:
            self.problem(label, f"a coding refers to code {guid or '(none)'}, not in the codebook")
        return theme

    def _document(
        self,
        source: Element,
        label: str,
        meta: Mapping[str, Any] | None,
        text: str,
        themes: dict[tuple[str, str | None], list[Span]],
    ) -> dict[str, Any]:
        order: list[tuple[str, str | None]] = []
        confidence: dict[tuple[str, str | None], float | None] = {}
        if meta is not None:
            doc = dict(meta["story"])
            for theme, coder, value in meta.get("themes", []):
                order.append((theme, coder))
                confidence[theme, coder] = value
        else:
            doc = self._foreign(source, label)
        keys = [k for k in order if k in themes] + [k for k in themes if k not in order]
        doc["text"] = text
        doc["themes"] = [
            {
                "theme": theme,
                "coder": coder,
                "evidence": [{"start": s.start, "end": s.end} for s in themes[theme, coder]],
                "confidence": confidence.get((theme, coder)),
            }
            for theme, coder in keys
        ]
        known = set(doc.get("coded_by") or ()) | {c for _, c in order}
        new = list(dict.fromkeys(c for _, c in keys if c is not None and c not in known))
        if new:
            doc["coded_by"] = [*(doc.get("coded_by") or ()), *new]
        return doc

    def _foreign(self, source: Element, label: str) -> dict[str, Any]:
        values = {}
        for vv in _children(source, "VariableValue"):
            ref = _first(vv, "VariableRef")
            name = self.variables.get(_norm(ref.get("targetGUID") if ref is not None else None))
            value = next((c.text for c in vv if _local(c.tag) != "VariableRef"), None)
            if name and value and value.strip():
                values[name] = value.strip()
        base = _ID_BAD.sub("-", _FILE_SUFFIX.sub("", label)).strip("-.")[:100] or "source"
        story_id, n = f"qdpx:{base}", 2
        while story_id in self.ids:
            story_id, n = f"qdpx:{base}-{n}", n + 1
        self.ids.add(story_id)
        platform = values.get("platform", "")
        doc: dict[str, Any] = {
            "schema_version": "1.0",
            "id": story_id,
            "source": {
                "platform": platform
                if re.fullmatch(r"[a-z0-9][a-z0-9._-]*", platform)
                else DEFAULT_NAMESPACE
            },
            "deidentification": {"status": "raw"},
        }
        roles = {r.value for r in NarratorRole}
        settings = {s.value for s in Setting}
        if values.get("narrator_role") in roles:
            doc["narrator"] = {"role": values["narrator_role"]}
            if values.get("narrator_setting") in settings:
                doc["narrator"]["setting"] = values["narrator_setting"]
        return doc


def _read_meta(source: Element) -> dict[str, Any] | None:
    description = _first(source, "Description")
    for line in (description.text or "").splitlines() if description is not None else []:
        if line.startswith(_META):
            try:
                meta = json.loads(line[len(_META) :])
            except ValueError:
                return None
            if isinstance(meta, dict) and isinstance(meta.get("story"), dict):
                return meta
    return None


def _project_root(data: bytes, name: str) -> Element:
    from xml.etree import ElementTree as ET  # noqa: PLC0415 - only for projects

    head = data[:4096].decode("utf-8", "replace")
    if "<!DOCTYPE" in head or "<!ENTITY" in head:
        raise InputError("a project with a DTD is not read", file=name)
    try:
        root = ET.fromstring(data)  # noqa: S314 - no DTD (checked above), so no entities
    except ET.ParseError as e:
        raise InputError(f"the project file is not well-formed XML: {e}", file=name) from None
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    if (namespace and not namespace.startswith("urn:QDA-XML:project:")) or _local(
        root.tag
    ) != "Project":
        raise InputError("not a REFI-QDA project (no Project element)", file=name)
    return root


_NON_TEXT: Final = {
    "PictureSource": "picture source",
    "PDFSource": "PDF source",
    "AudioSource": "audio source",
    "VideoSource": "video source",
}


def read_qdpx(
    source: str | os.PathLike[str],
    *,
    taxonomy: Taxonomy | None = None,
    namespace: str = DEFAULT_NAMESPACE,
    line_endings: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> QdpxProject:
    """
    Read a REFI-QDA project's text sources and codings back as stories.

    A project that :func:`write_qdpx` wrote comes back with the same stories (themes,
    evidence, coders and every other field); codings added in a QDA tool are added to them.
    From other tools, each text source becomes a story (id ``qdpx:<source name>``, status
    ``raw``, platform and narrator from variables of those names), each coding a theme
    assignment with the selection as evidence and the coding's user as coder. Codes that
    are not in *taxonomy* (by GUID, or by a ``rewardkit-id:`` line in their description)
    become themes of the extension :attr:`QdpxProject.extension`, under *namespace*.
    Picture, PDF, audio and video sources are skipped and counted.

    Args:
        source: The ``.qdpx`` file.
        taxonomy: The taxonomy whose codes are known; the core taxonomy with the installed
            extensions by default.
        namespace: The namespace for codes that are not in *taxonomy*.
        line_endings: ``crlf`` when the sources use CR LF line breaks but the positions
            count each as one character; projects written by rewardkit say so themselves.
        max_bytes: The largest file read from the zip.

    Returns:
        The stories, the extension, and what was skipped or could not be read.

    Raises:
        InputError: The file is not a zip, has no ``.qde`` file, the ``.qde`` is not a
            REFI-QDA project or is too large, or its codebook is not usable.
        OSError: The file cannot be read.

    .. versionadded:: 0.2.0
    """
    from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415

    taxonomy = taxonomy if taxonomy is not None else build_taxonomy()
    TaxonomyExtension(namespace=namespace)  # a bad namespace fails before any work
    name = os.fspath(source)
    try:
        zf = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise InputError("not a zip file (a .qdpx project is a zip)", file=name) from None
    with zf:
        qde_names = sorted(n for n in zf.namelist() if n.lower().endswith(".qde"))
        if not qde_names:
            raise InputError("the zip holds no .qde project file", file=name)
        qde_name = PROJECT_ENTRY if PROJECT_ENTRY in qde_names else qde_names[0]
        info = zf.getinfo(qde_name)
        if info.file_size > max_bytes:
            raise InputError(f"{qde_name} is larger than {max_bytes:,} bytes", file=name)
        qde = zf.read(info)
        root = _project_root(qde, name)
        codebook = _Codebook(root, taxonomy, namespace, name)
        reader = _Reader(
            zf=zf,
            root=root,
            codebook=codebook,
            name=name,
            line_endings=line_endings,
            max_bytes=max_bytes,
        )
        stories: list[Story] = []
        sources = _first(root, "Sources")
        for number, element in enumerate(sources if sources is not None else [], start=1):
            kind = _local(element.tag)
            if kind != "TextSource":
                reader.skip(_NON_TEXT.get(kind, kind))
                continue
            story = reader.story(element, number)
            if story is not None:
                stories.append(story)
    return QdpxProject(
        stories=tuple(stories),
        extension=codebook.extension,
        skipped=dict(reader.skipped),
        problems=tuple(reader.problems),
    )
