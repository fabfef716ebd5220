"""
Taxonomy files and mappings: the shape shared by taxonomy files, the core data file and JSON.

Everything here turns data into :mod:`rewardkit.taxonomy` model objects or back; nothing here
discovers plugins, and nothing here writes an interchange format (see ``_formats``).
"""

from __future__ import annotations

import difflib
import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from rewardkit import _toml
from rewardkit._messages import shown

from ._model import (
    CORE_NAME,
    Taxonomy,
    TaxonomyError,
    TaxonomyExtension,
    Theme,
)

if TYPE_CHECKING:
    import os

__all__ = [
    "extension_from_mapping",
    "load_core",
    "load_taxonomy_file",
    "parse_json",
    "read_document",
    "taxonomy_from_mapping",
    "theme_to_mapping",
]

_THEME_KEYS: Final = (
    "id",
    "label",
    "definition",
    "when_to_use",
    "when_not_to_use",
    "examples",
    "keywords",
    "parent",
    "deprecated",
    "replaced_by",
)
_REQUIRED_THEME_KEYS: Final = ("id", "label", "definition")
_EXTENSION_KEYS: Final = ("namespace", "version", "extends", "remove")
_TAXONOMY_KEYS: Final = ("name", "version", "namespaces")


# ---------------------------------------------------------------------------------------------
# Mappings (the shape shared by taxonomy files, the core data file and JSON export)


def _unknown_key(key: object, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown key {shown(key)}{hint}"


def _theme_from_mapping(data: object, where: str, problems: list[str]) -> Theme | None:
    if not isinstance(data, Mapping):
        problems.append(f"{where}: expected a table/object, got {type(data).__name__}")
        return None
    label = where + (f" ({shown(data['id'])})" if isinstance(data.get("id"), str) else "")
    bad = [_unknown_key(k, _THEME_KEYS) for k in data if k not in _THEME_KEYS]
    bad += [f"missing {k!r}" for k in _REQUIRED_THEME_KEYS if data.get(k) is None]
    if bad:
        problems.extend(f"{label}: {p}" for p in bad)
        return None
    try:
        return Theme(**{k: v for k, v in data.items() if v is not None})
    except TaxonomyError as e:
        problems.extend(f"{label}: {p}" for p in e.problems)
    return None


def theme_to_mapping(theme: Theme) -> dict[str, Any]:
    """Return a theme as a JSON-ready dict, fields in codebook order."""
    data: dict[str, Any] = {
        "id": theme.id,
        "label": theme.label,
        "definition": theme.definition,
        "when_to_use": theme.when_to_use,
        "when_not_to_use": theme.when_not_to_use,
        "examples": list(theme.examples),
        "keywords": list(theme.keywords),
        "parent": theme.parent,
    }
    if theme.deprecated:
        data["deprecated"] = True
        data["replaced_by"] = theme.replaced_by
    return data


def _split_document(
    doc: object, known: tuple[str, ...], problems: list[str]
) -> tuple[Mapping[str, Any], list[Theme]]:
    if not isinstance(doc, Mapping):
        problems.append(f"expected a table/object at the top, got {type(doc).__name__}")
        return {}, []
    problems.extend(
        _unknown_key(k, ("taxonomy", "themes")) for k in doc if k not in {"taxonomy", "themes"}
    )
    header = doc.get("taxonomy")
    if not isinstance(header, Mapping):
        problems.append("missing the [taxonomy] table ('taxonomy' object)")
        header = {}
    problems.extend(f"taxonomy: {_unknown_key(k, known)}" for k in header if k not in known)
    raw = doc.get("themes", [])
    if not isinstance(raw, list):
        problems.append(f"themes: expected a list, got {type(raw).__name__}")
        raw = []
    themes: list[Theme] = []
    for i, item in enumerate(raw):
        theme = _theme_from_mapping(item, f"themes[{i}]", problems)
        if theme is not None:
            themes.append(theme)
    return header, themes


def extension_from_mapping(doc: object, *, source: str | None = None) -> TaxonomyExtension:
    """
    Build an extension from a parsed taxonomy file (``[taxonomy]`` with a ``namespace``).

    Raises:
        TaxonomyError: Every problem found, each with its place in the document.
    """
    problems: list[str] = []
    header, themes = _split_document(doc, _EXTENSION_KEYS, problems)
    if "name" in header and "namespace" not in header:
        problems.append(
            "this is a whole taxonomy ('name' in [taxonomy]); an extension file names its"
            " 'namespace' instead"
        )
    namespace = header.get("namespace")
    if namespace is None:
        problems.append("taxonomy: missing 'namespace'")
    elif isinstance(namespace, str):
        problems.extend(
            f"theme {shown(theme.id)}: id must start with {namespace + ':'!r} (an"
            " extension cannot redefine a theme that is not its own)"
            for theme in themes
            if theme.namespace != namespace
        )
    fields = {k: header[k] for k in _EXTENSION_KEYS if k in header}
    if problems:
        raise TaxonomyError(problems, source=source)
    try:
        return TaxonomyExtension(**fields, themes=tuple(themes))
    except TaxonomyError as e:
        raise TaxonomyError([f"taxonomy: {p}" for p in e.problems], source=source) from None


def taxonomy_from_mapping(doc: object, *, source: str | None = None) -> Taxonomy:
    """
    Build a whole taxonomy from a parsed document (``[taxonomy]`` with a ``name``).

    Raises:
        TaxonomyError: Every problem found.
    """
    problems: list[str] = []
    header, themes = _split_document(doc, _TAXONOMY_KEYS, problems)
    problems.extend(f"taxonomy: missing {k!r}" for k in ("name", "version") if k not in header)
    namespaces = header.get("namespaces", {})
    if not isinstance(namespaces, Mapping):
        problems.append("taxonomy: 'namespaces' must map namespaces to versions")
        namespaces = {}
    if problems:
        raise TaxonomyError(problems, source=source)
    try:
        return Taxonomy(
            themes, name=header["name"], version=header["version"], namespaces=namespaces
        )
    except TaxonomyError as e:
        raise TaxonomyError(e.problems, source=source) from None


def _reject_constant(name: str) -> Any:
    msg = f"{name} is not allowed"
    raise ValueError(msg)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            msg = f"duplicate key {shown(key)}"
            raise ValueError(msg)
        result[key] = value
    return result


def parse_json(text: str | bytes, source: str | None) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        from rewardkit._messages import explain_json_error  # noqa: PLC0415 - on errors only

        where = f"line {e.lineno}, column {e.colno}"
        msg = f"not valid JSON: {explain_json_error(e.doc, e.msg, e.pos)} ({where})"
        raise TaxonomyError(msg, source=source) from None
    except (ValueError, RecursionError) as e:
        raise TaxonomyError(f"not valid JSON: {e}", source=source) from None


#: Taxonomy files larger than this are refused, as story documents are (SPEC section 6b).
MAX_FILE_BYTES: Final = 64 * 1024 * 1024


def read_document(path: Path, source: str, *, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Read a TOML or JSON taxonomy document, refusing one over *max_bytes* or nested too deep."""
    try:
        with path.open("rb") as f:
            raw = f.read(max_bytes + 1)
    except OSError as e:
        raise TaxonomyError(f"cannot read the file: {e.strerror or e}", source=source) from None
    if len(raw) > max_bytes:
        raise TaxonomyError(
            f"the file is larger than the limit of {max_bytes} bytes", source=source
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    suffix = path.suffix.lower()
    if suffix == ".json":
        return parse_json(raw, source)
    if suffix != ".toml":
        raise TaxonomyError("expected a .toml or .json file", source=source)
    try:
        return _toml.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise TaxonomyError("not valid UTF-8", source=source) from None
    except tomllib.TOMLDecodeError as e:
        raise TaxonomyError(f"not valid TOML: {e}", source=source) from None
    except ValueError as e:
        raise TaxonomyError(f"not readable: {e}", source=source) from None


def load_taxonomy_file(path: str | os.PathLike[str]) -> TaxonomyExtension:
    """
    Read a taxonomy file (TOML or JSON, by its suffix) into an extension.

    The file has a ``[taxonomy]`` table with ``namespace``, optional ``version``,
    ``extends`` (default ``["rewardkit.core"]``) and ``remove``, and ``[[themes]]`` entries
    with at least ``id``, ``label`` and ``definition``.

    Args:
        path: The file.

    Returns:
        The extension, ready for :meth:`~rewardkit.Taxonomy.extend` or
        :func:`~rewardkit.build_taxonomy`.

    Raises:
        TaxonomyError: The file cannot be read or parsed, or breaks a rule; the message names
            the file and lists every problem.

    .. versionadded:: 0.1.0
    """
    path = Path(path)
    doc = read_document(path, str(path))
    return extension_from_mapping(doc, source=str(path))


def _core_document() -> Any:
    from importlib.resources import files  # noqa: PLC0415 - only when the core is loaded

    raw = files("rewardkit.taxonomy").joinpath("data", "core-taxonomy.toml").read_text("utf-8")
    return tomllib.loads(raw)


def load_core() -> Taxonomy:
    """Load the core taxonomy from the package data (uncached; see ``core_taxonomy``)."""
    taxonomy = taxonomy_from_mapping(_core_document(), source=CORE_NAME)
    if taxonomy.name != CORE_NAME:  # pragma: no cover - guards the shipped file
        msg = "the packaged core taxonomy has the wrong name"
        raise TaxonomyError(msg)
    return taxonomy
