"""
Review redacted stories in a browser before they are published.

A :class:`ReviewQueue` holds the stories and the reviewer's work and writes the output file
after every confirmed story; :func:`create_app` makes the web app over it (Starlette,
server-rendered pages, plain forms, no JavaScript framework) and :class:`ReviewServer`
serves it on this machine. ``rewardkit review`` is the command line over them.

This package needs the ``review`` extra: ``pip install 'rewardkit[review]'``. Nothing here
is imported by ``import rewardkit``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from ._app import LOOPBACK_NAMES, SHORTCUTS, create_app
from ._model import AUDIT_NAMESPACE, ItemKind, ReviewCheck, ReviewError, ReviewItem, StoryReview
from ._queue import OUTPUT_SUFFIXES, ReviewQueue, read_stories
from ._server import ReviewServer, is_loopback

__all__ = [
    "AUDIT_NAMESPACE",
    "LOOPBACK_NAMES",
    "OUTPUT_SUFFIXES",
    "SHORTCUTS",
    "ItemKind",
    "ReviewCheck",
    "ReviewError",
    "ReviewItem",
    "ReviewQueue",
    "ReviewServer",
    "StoryReview",
    "create_app",
    "is_loopback",
    "read_stories",
]
