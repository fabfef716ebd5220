"""
The ``rewardkit`` command line.

A thin shell: it parses arguments, builds the library's objects (a taxonomy, a validator, a
checker) and maps what they return to an exit status (:class:`ExitCode`). Each command is
imported only when it runs, so that ``rewardkit --version`` and a one-file ``rewardkit
validate`` start fast enough for a pre-commit hook.
"""

from __future__ import annotations

from ._exit import ExitCode
from ._main import main

__all__ = ["ExitCode", "main"]
