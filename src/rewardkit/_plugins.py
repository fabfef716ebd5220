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

from ._entry_points import (
    DISABLE_PLUGINS_ENV,
    disabled_plugins,
    distribution_label,
    entry_points,
    switched_on,
)
from ._messages import shown
from ._taxonomy_io import (
    _read_document,
    extension_from_mapping,
    load_core,
    load_taxonomy_file,
)
from ._taxonomy_model import (
    NAMESPACE_RE,
    PluginError,
    Taxonomy,
    TaxonomyError,
    TaxonomyExtension,
)

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

_loaded: dict[str, TaxonomyExtension] = {}


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


@functools.cache
def _discover() -> dict[str, tuple[metadata.EntryPoint, ...]]:
    """Find the group's entry points once, by name, without loading any."""
    found: dict[str, list[metadata.EntryPoint]] = {}
    for ep in entry_points(PLUGIN_GROUP):
        found.setdefault(ep.name, []).append(ep)
    return {name: tuple(eps) for name, eps in sorted(found.items())}


def clear_plugin_cache() -> None:
    """
    Forget the plugins found and loaded, so that the next use discovers them again.

    .. versionadded:: 0.1.0
    """
    _discover.cache_clear()
    _loaded.clear()


def available_plugins() -> tuple[str, ...]:
    """
    Return the namespaces that installed distributions register, sorted, without loading them.

    Returns:
        The entry-point names of the ``rewardkit.taxonomies`` group.

    .. versionadded:: 0.1.0
    """
    return tuple(_discover())


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
    if namespace in _loaded:
        return _loaded[namespace]
    eps = _discover().get(namespace, ())
    if not eps:
        installed = ", ".join(available_plugins()) or "none"
        msg = f"no taxonomy plugin provides namespace {shown(namespace)} (installed: {installed})"
        raise PluginError(msg, namespace=namespace)
    if len(eps) > 1:
        dists = [distribution_label(ep) for ep in eps]
        msg = (
            f"namespace {namespace!r} is claimed by more than one distribution: "
            + " and ".join(dists)
            + "; uninstall one, or switch one off with "
            + f"{DISABLE_PLUGINS_ENV}={namespace}"
        )
        raise PluginError(msg, namespace=namespace, distributions=dists)
    (ep,) = eps
    dist = distribution_label(ep)
    try:
        extension = _extension_of(ep)
    except Exception as e:
        msg = f"taxonomy plugin {namespace!r} from distribution {dist} is broken: "
        if isinstance(e, TaxonomyError):
            msg += str(e)
        else:
            msg += f"{type(e).__name__}: {e}"
        raise PluginError(msg, namespace=namespace, distributions=[dist]) from e
    if extension.namespace != namespace:
        msg = (
            f"taxonomy plugin {namespace!r} from distribution {dist} provides namespace"
            f" {extension.namespace!r}; the entry-point name and the namespace must agree"
        )
        raise PluginError(msg, namespace=namespace, distributions=[dist])
    _loaded[namespace] = extension
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
        return extension_from_mapping(_read_document(path, resource.name), source=resource.name)


def _data_only(module: str, filename: str, source: str) -> TaxonomyExtension:
    """Read ``filename`` from the directory of package ``module`` without importing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        msg = f"{source}: {module!r} is not an importable package"
        raise TaxonomyError(msg)
    for location in spec.submodule_search_locations:
        path = Path(location) / filename
        if path.is_file():
            return extension_from_mapping(_read_document(path, str(path)), source=str(path))
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
    if plugins is None:
        names = switched_on(available_plugins, name=str)
    else:
        names = list(dict.fromkeys(plugins))
    sources: list[tuple[str, TaxonomyExtension]] = []
    for name in names:
        if not NAMESPACE_RE.fullmatch(name):
            msg = f"{shown(name)} is not a plugin namespace"
            raise PluginError(msg, namespace=name)
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
