"""
Taxonomy plugins: the ``rewardkit.taxonomies`` entry-point group.

An entry point's *name* is the namespace it provides; its *value* is either

- an object reference (``acme_rewards:taxonomy``) to a callable that returns the extension
  (a :class:`~rewardkit.TaxonomyExtension`, a mapping shaped like a taxonomy file,
  or the path of a TOML/JSON taxonomy file), or to such a value itself; or
- a data file inside a package (``acme_rewards:acme.taxonomy.toml``): when the part after
  the colon ends in ``.toml`` or ``.json`` it names a file in that package's directory, and
  the file is read without importing the package (a data-only plugin runs no code).

Discovery happens on first use, never at ``import rewardkit``; what was found and loaded is
cached for the life of the process (:func:`clear_plugin_cache` forgets it). Plugins are only
read when a taxonomy is built with them.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Final

from rewardkit._messages import shown
from rewardkit._plugins import DISABLE_PLUGINS_ENV, PluginGroup, disabled_plugins
from rewardkit.exceptions import PluginError, TaxonomyError

from ._files import (
    extension_from_mapping,
    load_core,
    load_taxonomy_file,
    read_document,
)
from ._model import NAMESPACE_RE, Taxonomy, TaxonomyExtension

if TYPE_CHECKING:
    from importlib import metadata
    from importlib.resources.abc import Traversable

__all__ = [
    "DISABLE_PLUGINS_ENV",
    "PLUGIN_GROUP",
    "available_plugins",
    "build_taxonomy",
    "clear_plugin_cache",
    "core_taxonomy",
    "disabled_plugins",
    "load_plugin",
]

#: The entry-point group that downstream distributions register their taxonomies in.
PLUGIN_GROUP: Final = "rewardkit.taxonomies"
_DATA_SUFFIXES: Final = (".toml", ".json")


@functools.cache
def core_taxonomy() -> Taxonomy:
    """
    Return the core taxonomy, ``rewardkit.core``: five themes and their sub-themes.

    It is read from the data file shipped in the package on the first call and cached.

    Returns:
        The core taxonomy, without any plugin.

    .. versionadded:: 0.1.0
    """
    return load_core()


def clear_plugin_cache() -> None:
    """
    Forget the plugins found and loaded, so that the next use discovers them again.

    .. versionadded:: 0.1.0
    """
    _GROUP.clear()


def available_plugins() -> tuple[str, ...]:
    """
    Return the namespaces that installed distributions register, sorted, without loading them.

    Returns:
        The entry-point names of the ``rewardkit.taxonomies`` group.

    .. versionadded:: 0.1.0
    """
    return _GROUP.names()


def load_plugin(namespace: str) -> TaxonomyExtension:
    """
    Load the extension that the plugin for *namespace* provides (cached).

    Args:
        namespace: The plugin's entry-point name.

    Returns:
        The plugin's extension.

    Raises:
        PluginError: No distribution provides *namespace*, two distributions claim it, or
            the plugin is broken (it fails to import or run, returns something unusable, or
            its extension is invalid or in another namespace). The message names the
            distribution.

    .. versionadded:: 0.1.0
    """
    return _GROUP.load(namespace)


def _load(ep: metadata.EntryPoint) -> TaxonomyExtension:
    extension = _extension_of(ep)
    if extension.namespace != ep.name:
        msg = (
            f"it provides namespace {extension.namespace!r}; the entry-point name and the"
            " namespace must agree"
        )
        raise TaxonomyError(msg)
    return extension


def _extension_of(ep: metadata.EntryPoint) -> TaxonomyExtension:
    module, _, attr = (part.strip() for part in ep.value.partition(":"))
    source = f"entry point {ep.name} = {ep.value}"
    if attr.endswith(_DATA_SUFFIXES):
        return _data_only(module, attr, source)
    obj = ep.load()
    if callable(obj) and not isinstance(obj, (TaxonomyExtension, Mapping)):
        obj = obj()
    if isinstance(obj, TaxonomyExtension):
        return obj
    if isinstance(obj, Mapping):
        return extension_from_mapping(obj, source=source)
    if isinstance(obj, (str, os.PathLike)):
        return load_taxonomy_file(obj)
    if hasattr(obj, "read_bytes") and hasattr(obj, "name"):
        return _from_traversable(obj)
    msg = (
        f"expected a TaxonomyExtension, a mapping or the path of a taxonomy file, got"
        f" {type(obj).__name__}"
    )
    raise TypeError(msg)


def _from_traversable(resource: Traversable) -> TaxonomyExtension:
    """Read a packaged data file given as an :mod:`importlib.resources` traversable."""
    if isinstance(resource, Path):
        return load_taxonomy_file(resource)
    import tempfile  # noqa: PLC0415 - only for resources inside zip files

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / resource.name
        path.write_bytes(resource.read_bytes())
        return extension_from_mapping(read_document(path, resource.name), source=resource.name)


def _data_only(module: str, filename: str, source: str) -> TaxonomyExtension:
    """Read ``filename`` from the directory of package ``module`` without importing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        msg = f"{source}: {module!r} is not an importable package"
        raise TaxonomyError(msg)
    for location in spec.submodule_search_locations:
        path = Path(location) / filename
        if path.is_file():
            return extension_from_mapping(read_document(path, str(path)), source=str(path))
    msg = f"{source}: package {module!r} has no file {filename!r}"
    raise TaxonomyError(msg)


def build_taxonomy(
    files: Iterable[str | os.PathLike[str] | TaxonomyExtension] = (),
    plugins: Iterable[str] | None = None,
) -> Taxonomy:
    """
    Build the taxonomy in use: the core, then plugins, then taxonomy files.

    Extensions are applied in an order that puts each after what it ``extends`` (plugins by
    name first, then files in the order given), so a file may extend a plugin.

    Args:
        files: Taxonomy files (TOML or JSON), or extensions already loaded.
        plugins: The plugin namespaces to use. ``None`` uses every installed plugin that
            ``REWARDKIT_DISABLE_PLUGINS`` does not switch off; naming plugins here uses
            exactly those, whatever the variable says; ``()`` uses none.

    Returns:
        The taxonomy.

    Raises:
        PluginError: A selected plugin is missing, broken, or claimed twice.
        TaxonomyError: A file is invalid, two sources provide one namespace, an extension
            extends something not loaded, or an extension breaks a rule.

    .. versionadded:: 0.1.0
    """
    names = list(_GROUP.enabled()) if plugins is None else list(dict.fromkeys(plugins))
    sources: list[tuple[str, TaxonomyExtension]] = []
    for name in names:
        if not NAMESPACE_RE.fullmatch(name):
            msg = f"{shown(name)} is not a plugin namespace"
            raise PluginError(msg, name=name, group=PLUGIN_GROUP)
        sources.append((f"plugin {name!r}", load_plugin(name)))
    for item in files:
        if isinstance(item, TaxonomyExtension):
            sources.append((f"extension {item.namespace!r}", item))
        else:
            sources.append((str(item), load_taxonomy_file(item)))
    seen: dict[str, str] = {}
    for label, ext in sources:
        if ext.namespace in seen:
            msg = (
                f"namespace {ext.namespace!r} is provided by both {seen[ext.namespace]} and {label}"
            )
            raise TaxonomyError(msg)
        seen[ext.namespace] = label
    taxonomy = core_taxonomy()
    pending = list(sources)
    while pending:
        present = {taxonomy.name, *taxonomy.namespaces}
        ready = next((i for i, (_, ext) in enumerate(pending) if set(ext.extends) <= present), 0)
        label, ext = pending.pop(ready)
        try:
            taxonomy = taxonomy.extend(ext)
        except TaxonomyError as e:
            raise TaxonomyError(e.problems, source=label) from None
    return taxonomy


_GROUP: PluginGroup[TaxonomyExtension] = PluginGroup(
    PLUGIN_GROUP, kind="taxonomy plugin", noun="namespace", load=_load
)
