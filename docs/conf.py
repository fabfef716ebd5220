"""Sphinx configuration for rewardkit's documentation."""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

# Document the checkout's own source, also when another copy of rewardkit is installed.
sys.path.insert(0, str(Path(__file__).parent.parent / "src"))

# -- Project -----------------------------------------------------------------------------------

project = "rewardkit"
author = "rewardkit developers"
copyright = "2025, rewardkit developers"
release = _version("rewardkit")
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_generated/*.md"]  # included by the pages that show them
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

nitpicky = True
# Names from the standard library, cattrs and hypothesis. The build runs offline, so there is no
# intersphinx inventory to resolve them against; they are listed here instead of left as broken
# links.
nitpick_ignore = [
    ("py:class", "cattrs.Converter"),
    ("py:class", "cattrs.converters.Converter"),
    ("py:class", "collections.abc.Iterator"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "datetime"),
    ("py:class", "datetime.datetime"),
    ("py:class", "datetime.tzinfo"),
    ("py:class", "enum.StrEnum"),
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:class", "os.PathLike"),
    ("py:class", "pathlib.Path"),
    ("py:class", "Path"),
    ("py:class", "collections.abc.Callable"),
    ("py:class", "collections.abc.Iterable"),
    # The private holder that makes a rule context's taxonomy lazy; callers pass a taxonomy.
    ("py:class", "_Lazy"),
    # rewardkit.rules' alias for what validate() accepts, spelled out in its docstring.
    ("py:class", "Input"),
    # rewardkit.check's alias for json | jsonl, spelled out in read()'s docstring.
    ("py:class", "Format"),
    # rewardkit.review and rewardkit.stats: Starlette's types, and the agreement report that
    # the agreement page describes without an API reference.
    ("py:class", "Starlette"),
    ("py:class", "ASGIApp"),
    ("py:class", "rewardkit.agreement.AgreementReport"),
]

# -- autodoc and napoleon ----------------------------------------------------------------------

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- HTML --------------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"rewardkit {release}"
html_static_path: list[str] = []

# rewardkit.check.parallel_map's type variables, and Dask's types in rewardkit.dask.
nitpick_ignore += [
    ("py:class", "T"),
    ("py:class", "R"),
    ("py:class", "dask.bag.Bag"),
    ("py:class", "dd.DataFrame"),
]
