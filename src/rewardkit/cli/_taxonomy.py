"""``rewardkit taxonomy``: print the taxonomy in use in an interchange format."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

FORMATS = ("json", "markdown", "skos", "turtle", "qdc")


EPILOG = (
    "exit status: 0 when the taxonomy is written; 2 for a usage error, a bad taxonomy file or"
    " plugin, or an output that cannot be written"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``taxonomy`` command's arguments to *parser*."""
    parser.epilog = EPILOG
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="json",
        help="json (default), markdown (a readable codebook), skos (SKOS as JSON-LD),"
        " turtle (SKOS as Turtle) or qdc (a REFI-QDA codebook)",
    )
    parser.add_argument(
        "--taxonomy",
        action="append",
        default=[],
        metavar="FILE",
        help="a taxonomy file (TOML or JSON) extending the core; may repeat",
    )
    plugins = parser.add_mutually_exclusive_group()
    plugins.add_argument(
        "--plugin",
        action="append",
        default=None,
        metavar="NAME",
        help="use only these installed plugins (namespaces); may repeat",
    )
    plugins.add_argument(
        "--no-plugins",
        action="store_true",
        help="use no installed plugin (as REWARDKIT_DISABLE_PLUGINS=1 does)",
    )
    parser.add_argument(
        "--base-iri",
        default=None,
        metavar="IRI",
        help="base IRI of SKOS concepts and schemes (default https://w3id.org/rewardkit/)",
    )
    parser.add_argument(
        "-o", "--output", default=None, metavar="FILE", help="write to FILE instead of stdout"
    )


def run(args: argparse.Namespace) -> int:
    """Build the taxonomy and print it; 0 on success, 2 for a bad taxonomy file or plugin."""
    from rewardkit import taxonomy as tx  # noqa: PLC0415 - only when the command runs

    plugins: list[str] | None = [] if args.no_plugins else args.plugin
    try:
        taxonomy = tx.build_taxonomy(files=args.taxonomy, plugins=plugins)
    except (tx.TaxonomyError, tx.PluginError) as e:
        sys.stderr.write(f"rewardkit taxonomy: error: {e}\n")
        return 2
    base_iri = args.base_iri or tx.DEFAULT_BASE_IRI
    try:
        if args.format == "json":
            text = tx.to_json(taxonomy)
        elif args.format == "markdown":
            text = tx.to_markdown(taxonomy)
        elif args.format == "skos":
            text = tx.to_skos_jsonld(taxonomy, base_iri=base_iri)
        elif args.format == "turtle":
            text = tx.to_skos_turtle(taxonomy, base_iri=base_iri)
        else:
            text = tx.to_qdc(taxonomy)
    except ValueError as e:
        sys.stderr.write(f"rewardkit taxonomy: error: {e}\n")
        return 2
    from ._output import counted, say  # noqa: PLC0415

    themes = counted(len(taxonomy), "theme")
    if args.output is None:
        sys.stdout.write(text)
        say(args, f"printed {themes} as {args.format}")
        return 0
    from rewardkit._files import atomic_write, check_output  # noqa: PLC0415
    from rewardkit.exceptions import OutputError, UsageError  # noqa: PLC0415

    check_output(args.output, args.taxonomy)
    try:
        atomic_write(args.output, text)
    except OutputError:
        raise
    except OSError as e:
        raise UsageError(f"cannot write {args.output}: {e.strerror or e}") from None
    say(args, f"wrote {themes} as {args.format} to {args.output}")
    return 0
