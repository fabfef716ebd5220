"""
The reward-theme taxonomy: themes, the core codebook, extension, and interchange formats.

A taxonomy is an immutable forest of :class:`Theme` objects. :func:`core_taxonomy` returns the
core codebook (``rewardkit.core``) shipped in the package. Downstream projects add namespaced
themes (``acme:night-shift-win``) with :meth:`Taxonomy.extend`, taxonomy files
(:func:`load_taxonomy_file`) or plugins in the ``rewardkit.taxonomies`` entry-point group;
:func:`build_taxonomy` puts the three together. Taxonomies export to JSON, Markdown, SKOS
(JSON-LD and Turtle) and REFI-QDA codebooks, and import from JSON and REFI-QDA.

Nothing here is imported by ``import rewardkit``; the data file and plugins are read on first
use.
"""

from __future__ import annotations

from ._files import load_taxonomy_file
from ._formats import (
    DEFAULT_BASE_IRI,
    QDC_NAMESPACE,
    from_json,
    from_qdc,
    qdc_guid,
    to_json,
    to_markdown,
    to_qdc,
    to_skos_jsonld,
    to_skos_turtle,
)
from ._model import (
    CORE_NAME,
    PluginError,
    Taxonomy,
    TaxonomyError,
    TaxonomyExtension,
    Theme,
    UnknownThemeError,
)
from ._plugins import (
    DISABLE_PLUGINS_ENV,
    PLUGIN_GROUP,
    available_plugins,
    build_taxonomy,
    clear_plugin_cache,
    core_taxonomy,
    disabled_plugins,
    load_plugin,
)

__all__ = [
    "CORE_NAME",
    "DEFAULT_BASE_IRI",
    "DISABLE_PLUGINS_ENV",
    "PLUGIN_GROUP",
    "QDC_NAMESPACE",
    "PluginError",
    "Taxonomy",
    "TaxonomyError",
    "TaxonomyExtension",
    "Theme",
    "UnknownThemeError",
    "available_plugins",
    "build_taxonomy",
    "clear_plugin_cache",
    "core_taxonomy",
    "disabled_plugins",
    "from_json",
    "from_qdc",
    "load_plugin",
    "load_taxonomy_file",
    "qdc_guid",
    "to_json",
    "to_markdown",
    "to_qdc",
    "to_skos_jsonld",
    "to_skos_turtle",
]

# Document the re-exported names as members of this module.
for _name in __all__:
    _obj = globals()[_name]
    if getattr(_obj, "__module__", "").startswith(f"{__name__}._"):
        _obj.__module__ = __name__
del _name, _obj
