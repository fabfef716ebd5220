"""
rewardkit: the typed vocabulary for stories of what makes mental-health work rewarding.

The public names below are imported lazily, on first use, so that ``import rewardkit`` and the
command line start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .exceptions import FieldError, FieldTypeError, LoadError, RewardkitError
    from .findings import Finding, Severity
    from .rules import (
        Problem,
        Rule,
        RuleConfigError,
        RuleContext,
        RuleError,
        ValidationError,
        Validator,
        register_rule,
        validate,
        validate_or_raise,
    )
    from .schema import json_schema
    from .serialization import (
        JsonlLine,
        configure_converter,
        converter,
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
    )
    from .taxonomy import (
        PluginError,
        Taxonomy,
        TaxonomyError,
        TaxonomyExtension,
        Theme,
        UnknownThemeError,
        build_taxonomy,
        core_taxonomy,
        load_taxonomy_file,
    )

__all__ = [
    "SCHEMA_VERSION",
    "Collection",
    "ContentWarning",
    "DeidMethod",
    "DeidStatus",
    "Deidentification",
    "FieldError",
    "FieldTypeError",
    "Finding",
    "JsonlLine",
    "LoadError",
    "Narrator",
    "NarratorRole",
    "PhiCategory",
    "PluginError",
    "Problem",
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
    "Taxonomy",
    "TaxonomyError",
    "TaxonomyExtension",
    "TextForm",
    "Theme",
    "ThemeAssignment",
    "UnknownThemeError",
    "ValidationError",
    "Validator",
    "build_taxonomy",
    "configure_converter",
    "converter",
    "core_taxonomy",
    "dump",
    "dumps",
    "iter_jsonl",
    "json_schema",
    "load",
    "load_taxonomy_file",
    "loads",
    "make_converter",
    "register_rule",
    "validate",
    "validate_or_raise",
]

# Where each public name lives; a name is imported from its module on first access.
_LOCATIONS: dict[str, str] = {
    "FieldError": "exceptions",
    "FieldTypeError": "exceptions",
    "LoadError": "exceptions",
    "RewardkitError": "exceptions",
    "Finding": "findings",
    "Severity": "findings",
    **dict.fromkeys(
        [
            "Problem",
            "Rule",
            "RuleConfigError",
            "RuleContext",
            "RuleError",
            "ValidationError",
            "Validator",
            "register_rule",
            "validate",
            "validate_or_raise",
        ],
        "rules",
    ),
    "json_schema": "schema",
    "JsonlLine": "serialization",
    "configure_converter": "serialization",
    "converter": "serialization",
    "dump": "serialization",
    "dumps": "serialization",
    "iter_jsonl": "serialization",
    "load": "serialization",
    "loads": "serialization",
    "make_converter": "serialization",
    **dict.fromkeys(
        [
            "SCHEMA_VERSION",
            "Collection",
            "ContentWarning",
            "DeidMethod",
            "DeidStatus",
            "Deidentification",
            "Narrator",
            "NarratorRole",
            "PhiCategory",
            "Redaction",
            "RedactionOperator",
            "Setting",
            "Source",
            "Span",
            "Story",
            "TextForm",
            "ThemeAssignment",
        ],
        "story",
    ),
    **dict.fromkeys(
        [
            "PluginError",
            "Taxonomy",
            "TaxonomyError",
            "TaxonomyExtension",
            "Theme",
            "UnknownThemeError",
            "build_taxonomy",
            "core_taxonomy",
            "load_taxonomy_file",
        ],
        "taxonomy",
    ),
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked for

        return version("rewardkit")
    try:
        module = _LOCATIONS[name]
    except KeyError:
        msg = f"module 'rewardkit' has no attribute {name!r}"
        raise AttributeError(msg) from None
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
