"""
The corpus at a glance: who told the stories, where, which themes, and how well coders agree.

:func:`corpus_stats` counts a corpus into a :class:`CorpusStats`; :func:`render_text`,
:func:`render_json` and :func:`render_html` show it on a terminal, to a program, and as one
self-contained web page with three charts. ``rewardkit stats`` is the command line over them.

Nothing here is imported by ``import rewardkit``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from ._compute import NONE, StatsError, corpus_stats, read_stories
from ._html import cooccurrence_matrix, render_html, role_theme_heatmap, theme_bar_chart
from ._model import CoOccurrence, CorpusStats, RoleThemes, ThemeFrequency
from ._text import render_json, render_text

__all__ = [
    "NONE",
    "CoOccurrence",
    "CorpusStats",
    "RoleThemes",
    "StatsError",
    "ThemeFrequency",
    "cooccurrence_matrix",
    "corpus_stats",
    "read_stories",
    "render_html",
    "render_json",
    "render_text",
    "role_theme_heatmap",
    "theme_bar_chart",
]
