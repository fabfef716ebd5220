"""
The public names of rewardkit, stated once.

``rewardkit/__init__.py`` serves these names lazily (the first one asked for imports this
module) and shows them to type checkers, so that a misspelt name (``rewardkit.Storyy``) is an
error for mypy as it is at run time.
"""

from __future__ import annotations

from .check import read
from .exceptions import (
    ConfigError,
    FieldError,
    FieldTypeError,
    LoadError,
    OutputError,
    PluginError,
    QuoteError,
    RewardkitError,
    RuleConfigError,
    RuleError,
    TaxonomyError,
    UnknownThemeError,
    UsageError,
    ValidationError,
)
from .findings import Finding, Problem, Severity
from .rules import Rule, RuleContext, Validator, register_rule, validate, validate_or_raise
from .schema import json_schema
from .serialization import (
    JsonlLine,
    Limits,
    StoryRecord,
    configure_converter,
    dump,
    dumps,
    iter_jsonl,
    load,
    loads,
    make_converter,
)
from .story import (
    SCHEMA_VERSION,
    Collection,
    ContentWarning,
    Deidentification,
    DeidMethod,
    DeidStatus,
    Narrator,
    NarratorRole,
    PhiCategory,
    Redaction,
    RedactionOperator,
    Setting,
    Source,
    Span,
    Story,
    TextForm,
    ThemeAssignment,
    evidence,
)
from .taxonomy import (
    Taxonomy,
    TaxonomyExtension,
    Theme,
    build_taxonomy,
    core_taxonomy,
    load_taxonomy_file,
)

__all__ = [
    "SCHEMA_VERSION",
    "Collection",
    "ConfigError",
    "ContentWarning",
    "DeidMethod",
    "DeidStatus",
    "Deidentification",
    "FieldError",
    "FieldTypeError",
    "Finding",
    "JsonlLine",
    "Limits",
    "LoadError",
    "Narrator",
    "NarratorRole",
    "OutputError",
    "PhiCategory",
    "PluginError",
    "Problem",
    "QuoteError",
    "Redaction",
    "RedactionOperator",
    "RewardkitError",
    "Rule",
    "RuleConfigError",
    "RuleContext",
    "RuleError",
    "Setting",
    "Severity",
    "Source",
    "Span",
    "Story",
    "StoryRecord",
    "Taxonomy",
    "TaxonomyError",
    "TaxonomyExtension",
    "TextForm",
    "Theme",
    "ThemeAssignment",
    "UnknownThemeError",
    "UsageError",
    "ValidationError",
    "Validator",
    "build_taxonomy",
    "configure_converter",
    "core_taxonomy",
    "dump",
    "dumps",
    "evidence",
    "iter_jsonl",
    "json_schema",
    "load",
    "load_taxonomy_file",
    "loads",
    "make_converter",
    "read",
    "register_rule",
    "validate",
    "validate_or_raise",
]

#: Names that still work, with a :class:`DeprecationWarning`, and what replaces them.
DEPRECATED: dict[str, str] = {"converter": "rewardkit.make_converter()"}
