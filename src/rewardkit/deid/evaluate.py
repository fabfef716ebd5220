"""
Measure detectors against labelled text.

A labelled post is a text and the spans of the identifiers in it. :func:`evaluate` runs the
detectors, merges what they find the way :func:`~rewardkit.deid.redact` does, and counts:

- **span recall**: the share of labelled identifiers that some detection overlaps;
- **full-cover recall**: the share wholly covered by detections (what redaction removes
  entirely; a partly covered name still leaks);
- **precision**: the share of (merged) detections that overlap a labelled identifier;
- **leaking documents**: posts with a labelled identifier that is not wholly covered.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from rewardkit.exceptions import InputError
from rewardkit.story import PhiCategory

from ._engine import merge_detections, scan

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from ._model import Detector

__all__ = ["LabelledPost", "LabelledSpan", "Scores", "evaluate", "load_labelled", "main"]


@attrs.frozen(kw_only=True)
class LabelledSpan:
    """
    An identifier marked by hand.

    .. versionadded:: 0.1.0
    """

    start: int
    end: int
    category: PhiCategory = attrs.field(converter=PhiCategory)


def _spans(value: Iterable[LabelledSpan]) -> tuple[LabelledSpan, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class LabelledPost:
    """
    A text and the identifiers in it.

    .. versionadded:: 0.1.0
    """

    id: str
    text: str = attrs.field(repr=False)
    spans: tuple[LabelledSpan, ...] = attrs.field(converter=_spans, default=())


@attrs.frozen(kw_only=True)
class Scores:
    """
    What :func:`evaluate` counted.

    Attributes:
        documents: Posts scored.
        labelled: Labelled identifiers.
        found: Labelled identifiers that a detection overlaps.
        covered: Labelled identifiers wholly covered by detections.
        detections: Merged detections.
        true_detections: Merged detections that overlap a labelled identifier.
        leaking_documents: Ids of posts with an identifier not wholly covered.
        false_documents: Ids of posts with a detection that overlaps no identifier.
        missed: ``(post id, category)`` of each identifier no detection overlaps.
        recall_by_category: Span recall per category.

    .. versionadded:: 0.1.0
    """

    documents: int
    labelled: int
    found: int
    covered: int
    detections: int
    true_detections: int
    leaking_documents: tuple[str, ...]
    false_documents: tuple[str, ...]
    missed: tuple[tuple[str, PhiCategory], ...]
    recall_by_category: dict[PhiCategory, float] = attrs.field(hash=False)

    @property
    def span_recall(self) -> float:
        """Return the share of identifiers that a detection overlaps."""
        return self.found / self.labelled if self.labelled else 1.0

    @property
    def full_cover_recall(self) -> float:
        """Return the share of identifiers wholly covered by detections."""
        return self.covered / self.labelled if self.labelled else 1.0

    @property
    def precision(self) -> float:
        """Return the share of detections that overlap an identifier."""
        return self.true_detections / self.detections if self.detections else 1.0

    def summary(self) -> str:
        """
        Describe the figures in a few lines.

        Returns:
            The summary.
        """
        return (
            f"posts: {self.documents}, identifiers: {self.labelled}, "
            f"detections: {self.detections}\n"
            f"span recall: {self.span_recall:.1%}\n"
            f"full-cover recall: {self.full_cover_recall:.1%}\n"
            f"precision: {self.precision:.1%}\n"
            f"posts that still leak: {len(self.leaking_documents)}\n"
            f"posts with a false detection: {len(self.false_documents)}"
        )


def load_labelled(path: str | Path) -> list[LabelledPost]:
    """
    Read labelled posts from a JSON Lines file.

    Each line is ``{"id": ..., "text": ..., "spans": [{"start", "end", "category"}]}``;
    blank lines are skipped. A line that is not such a record is refused, never skipped or
    mended: the error names the file, the line and the JSON Pointer of what is wrong, and
    never quotes the text.

    Args:
        path: The file.

    Returns:
        The posts, in file order.

    Raises:
        InputError: A line that is not a labelled post, or a file that is not UTF-8.
        OSError: The file cannot be read.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Malformed lines raise :class:`~rewardkit.exceptions.InputError`.
    """
    name = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 (byte {error.start})", file=name) from None
    posts = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            posts.append(_labelled_post(line, name, number))
    return posts


_RECORD_KEYS = frozenset({"id", "text", "spans"})
_SPAN_KEYS = frozenset({"start", "end", "category"})


def _labelled_post(line: str, file: str, number: int) -> LabelledPost:
    def fail(pointer: str, message: str) -> InputError:
        return InputError(f"{pointer or '/'}: {message}", file=file, line=number)

    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not JSON (column {error.colno}: {error.msg})", file=file, line=number
        ) from None
    except RecursionError:
        raise InputError("JSON nested too deeply", file=file, line=number) from None
    if not isinstance(record, dict):
        raise fail("", "must be an object with id, text and spans")
    unknown = sorted(set(record) - _RECORD_KEYS)
    if unknown:
        raise fail(f"/{_escape(unknown[0])}", "unknown field (a post has id, text and spans)")
    for key in ("id", "text"):
        if not isinstance(record.get(key), str):
            raise fail(f"/{key}", "missing" if key not in record else "must be a string")
    text: str = record["text"]
    raw = record.get("spans", [])
    if not isinstance(raw, list):
        raise fail("/spans", "must be an array")
    spans = [_labelled_span(item, f"/spans/{i}", len(text), fail) for i, item in enumerate(raw)]
    return LabelledPost(id=record["id"], text=text, spans=spans)


def _labelled_span(
    item: object, at: str, length: int, fail: Callable[[str, str], InputError]
) -> LabelledSpan:
    if not isinstance(item, dict):
        raise fail(at, "must be an object with start, end and category")
    unknown = sorted(set(item) - _SPAN_KEYS)
    if unknown:
        raise fail(f"{at}/{_escape(unknown[0])}", "unknown field (a span has start, end, category)")
    for key in ("start", "end"):
        if type(item.get(key)) is not int:
            raise fail(f"{at}/{key}", "missing" if key not in item else "must be an integer")
    start, end, category = item["start"], item["end"], item.get("category")
    if not 0 <= start < end <= length:
        raise fail(at, f"start {start}, end {end}: not a span of the text's {length} characters")
    if not isinstance(category, str) or category not in _CATEGORIES:
        raise fail(f"{at}/category", "missing" if category is None else "not a PHI category")
    return LabelledSpan(start=start, end=end, category=PhiCategory(category))


_CATEGORIES = frozenset(c.value for c in PhiCategory)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _covered(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    pos = start
    for s, e in spans:
        if s <= pos < e:
            pos = e
        if pos >= end:
            return True
    return pos >= end


def evaluate(
    posts: Iterable[LabelledPost],
    *,
    detectors: Sequence[Detector] | None = None,
    allow: Iterable[str] = (),
) -> Scores:
    """
    Score detectors on labelled posts.

    Args:
        posts: The posts.
        detectors: The detectors; the registry's when ``None``.
        allow: Terms never to flag.

    Returns:
        The counts and figures.

    .. versionadded:: 0.1.0
    """
    allow = tuple(allow)
    documents = labelled = found = covered = n_det = true_det = 0
    leaking: list[str] = []
    false_docs: list[str] = []
    missed: list[tuple[str, PhiCategory]] = []
    per_cat: dict[PhiCategory, list[int]] = {}
    for post in posts:
        documents += 1
        merged = merge_detections(scan(post.text, detectors=detectors, allow=allow))
        spans = sorted((d.start, d.end) for d in merged)
        leaks = False
        for gold in post.spans:
            labelled += 1
            counts = per_cat.setdefault(gold.category, [0, 0])
            counts[1] += 1
            if any(s < gold.end and gold.start < e for s, e in spans):
                found += 1
                counts[0] += 1
            else:
                missed.append((post.id, gold.category))
            if _covered(gold.start, gold.end, spans):
                covered += 1
            else:
                leaks = True
        if leaks:
            leaking.append(post.id)
        n_det += len(spans)
        true_here = sum(1 for s, e in spans if any(g.start < e and s < g.end for g in post.spans))
        true_det += true_here
        if true_here < len(spans):
            false_docs.append(post.id)
    return Scores(
        documents=documents,
        labelled=labelled,
        found=found,
        covered=covered,
        detections=n_det,
        true_detections=true_det,
        leaking_documents=tuple(leaking),
        false_documents=tuple(false_docs),
        missed=tuple(missed),
        recall_by_category={c: f / t for c, (f, t) in sorted(per_cat.items())},
    )


def main(argv: Sequence[str] | None = None) -> int:
    """
    Score the built-in detectors on labelled JSON Lines files and print the figures.

    Run as ``python -m rewardkit.deid.evaluate FILE...``.

    Args:
        argv: The file names; ``sys.argv[1:]`` when ``None``.

    Returns:
        0; 2 when a file cannot be read or holds a line that is not a labelled post (the
        message names the file, the line and the JSON Pointer, on standard error).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``--help``; a clear message and exit code 2 for bad input, never a traceback.
    """
    import argparse  # noqa: PLC0415 - only when run as a script
    import sys  # noqa: PLC0415

    from rewardkit._messages import escape_controls  # noqa: PLC0415

    from ._registry import builtin_detectors  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="python -m rewardkit.deid.evaluate",
        description="Score the built-in detectors on labelled JSON Lines files.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="labelled posts, one per line")
    args = parser.parse_args(argv)
    for name in args.files:
        try:
            posts = load_labelled(name)
        except InputError as error:
            problem = str(error)
        except OSError as error:
            problem = f"{name}: {error.strerror or 'cannot be read'}"
        else:
            scores = evaluate(posts, detectors=builtin_detectors())
            sys.stdout.write(f"{name}\n{scores.summary()}\n")
            missed = ", ".join(f"{post} {cat.value}" for post, cat in scores.missed)
            sys.stdout.write(f"missed: {missed or 'none'}\n\n")
            continue
        sys.stderr.write(f"{parser.prog}: error: {escape_controls(problem, newlines=True)}\n")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
