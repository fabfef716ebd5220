"""
The ``rewardkit`` command line.

A thin shell: it parses arguments and hands the work to the library. Each subcommand imports
only what it needs, so that ``rewardkit --version`` and a one-file ``rewardkit validate`` start
fast enough for a pre-commit hook.
"""

from __future__ import annotations

from ._main import main

__all__ = ["main"]
