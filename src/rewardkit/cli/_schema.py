"""``rewardkit schema``: print the JSON Schema of the story document."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


EPILOG = "exit status: 0 when the schema is written; 2 for a usage error"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the schema command's arguments."""
    parser.epilog = EPILOG
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

    from ._output import say  # noqa: PLC0415

    sys.stdout.write(json.dumps(json_schema(args.root), indent=2, ensure_ascii=False) + "\n")
    what = {"document": "a story document", "story": "one story", "collection": "a collection"}
    say(args, f"printed the JSON Schema (draft 2020-12) of {what[args.root]}")
    return 0
