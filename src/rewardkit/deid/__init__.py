"""
The de-identification engine: find identifiers, redact them, check that none is left.

Detectors are rule-based, deterministic and need no third-party package: patterns for
contact data, numbers and dates, and word rules with shipped name and place lists for people,
places and organisations. :func:`scan` runs them; :func:`redact` merges what they find and
replaces it; :func:`residual_detections` finds what a redacted story still leaks.

Nothing here is imported by ``import rewardkit``; the name lists load on the first scan.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from ._engine import merge_detections, scan
from ._language import unsupported_language
from ._model import Detection, Detector, mask_identifier
from ._ner import SpacyDetector, spacy_detector
from ._redact import (
    Operators,
    Propagation,
    Pseudonymizer,
    RedactionError,
    redact,
    redact_collection,
    redact_story,
    residual_detections,
)
from ._registry import (
    ENTRY_POINT_GROUP,
    DetectorError,
    DetectorRegistry,
    builtin_detectors,
    registry,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "Detection",
    "Detector",
    "DetectorError",
    "DetectorRegistry",
    "Operators",
    "Propagation",
    "Pseudonymizer",
    "RedactionError",
    "SpacyDetector",
    "builtin_detectors",
    "mask_identifier",
    "merge_detections",
    "redact",
    "redact_collection",
    "redact_story",
    "registry",
    "residual_detections",
    "scan",
    "spacy_detector",
    "unsupported_language",
]
