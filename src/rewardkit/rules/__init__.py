"""
Validation: the rules, their registry, and :func:`validate`.

A rule has a stable kebab-case name, a default severity and a check that looks at one story.
The built-in rules are listed in the docs (one section per rule); downstream packages add
their own with :func:`~rewardkit.register_rule` or through the ``rewardkit.rules``
entry-point group.
Every rule but ``json-invalid`` and ``schema`` can be switched off or re-graded.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from rewardkit.exceptions import RuleConfigError, RuleError, ValidationError
from rewardkit.findings import Problem
from rewardkit.typing import RuleContext

from ._model import PROFILES, Rule, rule
from ._registry import ENTRY_POINT_GROUP, RuleRegistry, default_registry, register_rule
from ._settings import RuleSettings
from ._validate import Validator, validate, validate_or_raise

__all__ = [
    "ENTRY_POINT_GROUP",
    "PROFILES",
    "Problem",
    "Rule",
    "RuleConfigError",
    "RuleContext",
    "RuleError",
    "RuleRegistry",
    "RuleSettings",
    "ValidationError",
    "Validator",
    "default_registry",
    "register_rule",
    "rule",
    "validate",
    "validate_or_raise",
]
