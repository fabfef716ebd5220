"""``rewardkit schema``: print the JSON Schema of the story document."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the schema command's arguments."""
    parser.add_argument(
        "--root",
        choices=("document", "story", "collection"),
        default="document",
        help="what the schema describes: a .json file's document (a story or a collection,"
        " the default), one story (a .jsonl line), or a collection",
    )


def run(args: argparse.Namespace) -> int:
    """Print the schema to stdout."""
    from rewardkit.schema import json_schema  # noqa: PLC0415 - only for this command

    sys.stdout.write(json.dumps(json_schema(args.root), indent=2, ensure_ascii=False) + "\n")
    return 0
