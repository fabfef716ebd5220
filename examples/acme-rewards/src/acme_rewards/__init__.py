"""Acme's reward themes for rewardkit, shipped as data (``taxonomy.toml``) in this package."""

from __future__ import annotations

from pathlib import Path

__all__ = ["taxonomy_file"]


def taxonomy_file() -> Path:
    """
    Return the path of the packaged taxonomy file.

    An entry point may name this function instead of the data file
    (``acme = "acme_rewards:taxonomy_file"``); rewardkit then calls it and reads the file.
    """
    return Path(__file__).with_name("taxonomy.toml")
