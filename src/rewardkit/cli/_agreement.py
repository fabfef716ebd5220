"""
``rewardkit agreement``: how far the coders of a collection agree, theme by theme.

Several files (one per coder) are merged by story id first, as ``rewardkit merge`` does.

Exit codes: 0 when the report is written; 1 with ``--fail-under`` when any theme's alpha is
below the threshold; 2 for a usage error (a bad flag, a missing or unreadable file, a file
that does not load, files that do not merge, no story files, or no story with two or more
coders).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rewardkit.exceptions import UsageError as _InputError  # a path that cannot be read

from ._exit import ExitCode

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from rewardkit.agreement import AgreementReport, Figure
    from rewardkit.story import Story

DEFAULT_THRESHOLD = 0.667


def _threshold(text: str) -> float:
    import argparse  # noqa: PLC0415 - only while parsing

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a number") from None
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(
            f"must be between 0 and 1 (alpha is at most 1), not {text[:20]}"
        )
    return value


EPILOG = (
    "exit status: 0 when the report is written; 1 with --fail-under when any theme's alpha is"
    " below the threshold; 2 for a usage error (a bad flag, a missing or unreadable file, a file"
    " that does not load, no story files, or no story with two or more coders)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``agreement`` command's arguments to *parser*."""
    parser.epilog = EPILOG
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .json or .jsonl file, or a directory searched for them; the files of several"
        " coders are merged by story id",
    )
    parser.add_argument(
        "--level",
        choices=("theme", "top"),
        default="theme",
        help="theme (default): each theme id on its own; top: rolled up to top-level themes",
    )
    parser.add_argument(
        "--taxonomy",
        action="append",
        default=[],
        metavar="FILE",
        help="a taxonomy file (TOML or JSON) whose themes roll up with --level top; may repeat",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json"
    )
    parser.add_argument(
        "--threshold",
        type=_threshold,
        default=DEFAULT_THRESHOLD,
        metavar="ALPHA",
        help=f"flag themes whose alpha is below ALPHA (default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--fail-under",
        action="store_true",
        help="exit 1 when any theme's alpha is below the threshold",
    )


def _files(paths: Sequence[str]) -> list[Path]:
    """Find the story files of each path in turn; a directory without any is an error."""
    files: list[Path] = []
    for name in paths:
        from rewardkit.check import story_files  # noqa: PLC0415 - only when the command runs

        try:
            found = story_files([name])
        except FileNotFoundError:
            raise _InputError(f"no such file or directory: {name}") from None
        if not found:
            raise _InputError(f"no .json or .jsonl files in {name}")
        files.extend(Path(f) for f in found)
    return files


def _read_stories(paths: Sequence[str]) -> list[Story]:
    """
    Read every story in *paths*, merging the files of several coders by story id.

    Raises:
        _InputError: A file does not load or cannot be read, or the files conflict.
    """
    from rewardkit.exceptions import LoadError, MergeConflictError  # noqa: PLC0415 - lazy
    from rewardkit.io import merge  # noqa: PLC0415
    from rewardkit.serialization import load  # noqa: PLC0415
    from rewardkit.story import Story  # noqa: PLC0415

    files = _files(paths)
    documents: list[tuple[str, list[Story]]] = []
    for file in files:
        try:
            document = load(file)
        except LoadError as e:
            n = len(e.findings)
            first = f": {e.findings[0]}" if e.findings else ""
            raise _InputError(
                f"{file} does not load ({n} problem{'s' if n != 1 else ''}{first}); "
                "'rewardkit validate' lists them"
            ) from None
        except OSError as e:
            raise _InputError(f"cannot read {file}: {e.strerror}") from None
        documents.append(
            (str(file), [document] if isinstance(document, Story) else list(document.stories))
        )
    try:
        return list(merge(documents).stories)
    except MergeConflictError as e:
        raise _InputError(f"the files do not merge: {e}") from None


def _number(figure: Figure) -> str:
    return "n/a" if figure.value is None else f"{figure.value:.3f}"


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


def render_text(report: AgreementReport, threshold: float) -> str:
    """Render *report* as a readable table, flagging themes with alpha below *threshold*."""
    level = "sub-theme level" if report.level == "theme" else "top-level themes (rolled up)"
    lines = [
        (
            f"Agreement at {level}: {_plural(report.units, 'story', 'stories')} coded by "
            f"{_plural(len(report.coders), 'coder')} ({', '.join(report.coders)})."
        ),
    ]
    notes = []
    if report.dropped:
        notes.append(
            f"{_plural(report.dropped, 'story', 'stories')} with fewer than two coders left out"
        )
    if report.ignored_assignments:
        notes.append(
            f"{_plural(report.ignored_assignments, 'assignment')} without a listed coder ignored"
        )
    if notes:
        text = "; ".join(notes)
        lines.append(text[0].upper() + text[1:] + ".")
    o = report.overall
    lines += [
        "",
        (
            f"All themes, as sets: agreement {_number(o.percent_agreement)}, mean kappa "
            f"{_number(o.mean_kappa)}, alpha {_number(o.alpha)}, MASI alpha "
            f"{_number(o.alpha_masi)}"
        ),
        "",
    ]
    header = ("theme", "stories", "coders", "assigned", "agreement", "kappa", "alpha", "")
    rows = [header]
    flagged = {t.theme for t in report.below(threshold)}
    undefined: list[str] = []
    for t in report.themes:
        flag = f"below {threshold:g}" if t.theme in flagged else ""
        rows.append(
            (
                t.theme,
                str(t.alpha.units),
                str(t.alpha.coders),
                str(t.assigned),
                _number(t.percent_agreement),
                _number(t.mean_kappa),
                _number(t.alpha),
                flag,
            )
        )
        for name, figure in (("kappa", t.mean_kappa), ("alpha", t.alpha)):
            if figure.reason is not None:
                undefined.append(f"  {t.theme}: {name}: {figure.reason}")
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for row in rows:
        cells = [
            cell.ljust(w) if i in {0, len(row) - 1} else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    lines.append(
        f"{len(flagged)} of {_plural(len(report.themes), 'theme')} with alpha below {threshold:g}."
    )
    lines.append("kappa is the mean of Cohen's kappa over pairs of coders; alpha is nominal.")
    if undefined:
        lines.append("Undefined (n/a):")
        lines.extend(undefined)
    return "\n".join(lines) + "\n"


def render_json(report: AgreementReport, threshold: float) -> str:
    """Render *report* as JSON, with the threshold and the themes below it."""
    import json  # noqa: PLC0415 - only for --format json

    import attrs  # noqa: PLC0415

    data = attrs.asdict(report)
    data["threshold"] = threshold
    data["below"] = [t.theme for t in report.below(threshold)]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    """Measure agreement over the stories in ``args.paths`` and print the report."""
    from rewardkit.agreement import measure  # noqa: PLC0415 - only when the command runs

    try:
        stories = _read_stories(args.paths)
    except _InputError as e:
        sys.stderr.write(f"rewardkit agreement: error: {e}\n")
        return ExitCode.USAGE
    taxonomy = None
    if args.level == "top":  # roll up through the taxonomy in use, extensions included
        from rewardkit.exceptions import RewardkitError  # noqa: PLC0415
        from rewardkit.taxonomy import build_taxonomy  # noqa: PLC0415

        try:
            taxonomy = build_taxonomy(files=tuple(args.taxonomy))
        except (RewardkitError, OSError) as e:
            sys.stderr.write(f"rewardkit agreement: error: {e}\n")
            return ExitCode.USAGE
    report = measure(stories, level=args.level, taxonomy=taxonomy)
    if report.units == 0:
        sys.stderr.write(
            "rewardkit agreement: error: no story has two or more coders in 'coded_by'; "
            "nothing to compare\n"
        )
        return ExitCode.USAGE
    render = render_json if args.format == "json" else render_text
    sys.stdout.write(render(report, args.threshold))
    from ._output import counted, say  # noqa: PLC0415

    below = report.below(args.threshold)
    say(
        args,
        f"compared {counted(len(report.coders), 'coder')} on"
        f" {counted(report.units, 'story', 'stories')}: {len(below):,} of"
        f" {counted(len(report.themes), 'theme')} with alpha below {args.threshold:g}",
    )
    if args.fail_under and below:
        return ExitCode.FINDINGS
    return ExitCode.OK
