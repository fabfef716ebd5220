"""
The figures as one self-contained HTML page with three SVG charts.

The charts are SVG drawn here, inline in the page: no script, no font, no style sheet or
image is fetched, so the page opens with no network. Every chart says its numbers as text too
(in the cells, or in a table beside it), and colour is never the only cue.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from ._text import printable, render_text

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from ._model import CorpusStats, ThemeFrequency

__all__ = ["cooccurrence_matrix", "render_html", "role_theme_heatmap", "theme_bar_chart"]

# Okabe and Ito's palette, distinguishable with every common colour-vision deficiency.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#999999")
_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"
_INK = "#1a1a1a"


def _e(value: str) -> str:
    """Escape a value for SVG or HTML text and attributes, control characters included."""
    return html.escape(printable(value), quote=True)


def _fmt(x: float) -> str:
    """A coordinate, short and stable."""
    return f"{x:.1f}".removesuffix(".0")


def _mix(low: tuple[int, int, int], high: tuple[int, int, int], t: float) -> str:
    t = min(max(t, 0.0), 1.0)
    r, g, b = (round(a + (c - a) * t) for a, c in zip(low, high, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def _ink_on(colour: str) -> str:
    """Black or white text, whichever reads better on *colour* (WCAG relative luminance)."""

    def channel(hex2: str) -> float:
        c = int(hex2, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def luminance(colour: str) -> float:
        r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    bg = luminance(colour) + 0.05
    return "#ffffff" if 1.05 / bg > bg / (luminance(_INK) + 0.05) else _INK


def _svg(width: float, height: float, title: str, desc: str, body: Iterator[str]) -> str:
    ident = "".join(c if c.isalnum() else "-" for c in title.lower())
    return "\n".join(
        [
            (
                f'<svg xmlns="http://www.w3.org/2000/svg" width="{_fmt(width)}" '
                f'height="{_fmt(height)}" viewBox="0 0 {_fmt(width)} {_fmt(height)}" '
                f'role="img" aria-labelledby="{ident}-title {ident}-desc" style="{_FONT}">'
            ),
            f'<title id="{ident}-title">{_e(title)}</title>',
            f'<desc id="{ident}-desc">{_e(desc)}</desc>',
            f'<rect width="{_fmt(width)}" height="{_fmt(height)}" fill="#ffffff"/>',
            *body,
            "</svg>",
        ]
    )


def _text_width(value: str, size: float = 13) -> float:
    """A generous estimate of how wide a line of text is drawn."""
    return len(value) * size * 0.6


def _colours(stats: CorpusStats) -> dict[str, str]:
    return {t.theme: _PALETTE[i % len(_PALETTE)] for i, t in enumerate(stats.top_themes)}


def _bar_rows(stats: CorpusStats) -> list[tuple[ThemeFrequency, bool]]:
    rows: list[tuple[ThemeFrequency, bool]] = []
    for top in stats.top_themes:
        rows.append((top, True))
        rows.extend((t, False) for t in stats.themes if t.top_level == top.theme)
    return rows


def theme_bar_chart(stats: CorpusStats) -> str:
    """
    Draw how many stories have each theme: a bar per top-level theme, then its sub-themes.

    Args:
        stats: The figures.

    Returns:
        An SVG document.

    .. versionadded:: 0.2.0
    """
    rows = _bar_rows(stats)
    colours = _colours(stats)
    labels = [
        f"{t.theme} (itself)" if not top and t.theme == t.top_level else t.theme for t, top in rows
    ]
    label_w = max([_text_width(label) for label in labels] + [80]) + 16
    bar_w, row_h, top_pad = 360.0, 22.0, 34.0
    most = max([t.stories for t, _ in rows] + [1])
    width = label_w + bar_w + 70
    height = top_pad + row_h * len(rows) + 12

    def body() -> Iterator[str]:
        yield (
            f'<text x="{_fmt(label_w)}" y="20" font-size="12" fill="{_INK}">'
            f"stories with the theme (of {stats.coded_stories:,} with themes)</text>"
        )
        for i, ((t, top), label) in enumerate(zip(rows, labels, strict=True)):
            y = top_pad + i * row_h
            w = bar_w * t.stories / most
            weight = "600" if top else "400"
            name = f"{t.theme} ({t.label})" if t.label else t.theme
            yield (
                f"<g><title>{_e(name)}: {t.stories:,} stories, {t.assignments:,} "
                f"assignments</title>"
            )
            yield (
                f'<text x="{_fmt(label_w - 8)}" y="{_fmt(y + 15)}" text-anchor="end" '
                f'font-size="13" font-weight="{weight}" fill="{_INK}">'
                f"{_e(label)}</text>"
            )
            opacity = "1" if top else "0.55"
            yield (
                f'<rect x="{_fmt(label_w)}" y="{_fmt(y + 3)}" width="{_fmt(w)}" '
                f'height="{_fmt(row_h - 6)}" fill="{colours[t.top_level]}" '
                f'fill-opacity="{opacity}" stroke="{colours[t.top_level]}"/>'
            )
            yield (
                f'<text x="{_fmt(label_w + w + 6)}" y="{_fmt(y + 15)}" font-size="12" '
                f'fill="{_INK}">{t.stories:,}</text></g>'
            )

    return _svg(
        width,
        height,
        "Theme frequencies",
        "Stories per top-level theme, each followed by its sub-themes.",
        body(),
    )


_BLUES = ((239, 246, 255), (8, 48, 107))
_PURPLES = ((250, 245, 255), (63, 0, 125))


def _header_height(names: Sequence[str]) -> float:
    return max([_text_width(n, 12) * 0.7 for n in names] + [30]) + 18


def _column_labels(names: Sequence[str], x0: float, cell: float, y: float) -> Iterator[str]:
    for j, name in enumerate(names):
        x = x0 + j * cell + cell / 2
        yield (
            f'<text x="{_fmt(x)}" y="{_fmt(y)}" font-size="12" fill="{_INK}" '
            f'transform="rotate(-40 {_fmt(x)} {_fmt(y)})">{_e(name)}</text>'
        )


def role_theme_heatmap(stats: CorpusStats) -> str:
    """
    Draw, per narrator role, how many of its stories have each top-level theme.

    Each cell shows the count; its shade is the share of the role's stories.

    Args:
        stats: The figures.

    Returns:
        An SVG document.

    .. versionadded:: 0.2.0
    """
    themes = [t.theme for t in stats.top_themes]
    roles = stats.roles
    row_labels = [f"{r.role} ({r.stories:,})" for r in roles]
    label_w = max([_text_width(s) for s in row_labels] + [60]) + 16
    cell_w, cell_h = 64.0, 32.0
    head = _header_height(themes)
    width = label_w + cell_w * len(themes) + 40
    height = head + cell_h * len(roles) + 30

    def body() -> Iterator[str]:
        yield from _column_labels(themes, label_w, cell_w, head - 8)
        for i, (role, label) in enumerate(zip(roles, row_labels, strict=True)):
            y = head + i * cell_h
            yield (
                f'<text x="{_fmt(label_w - 8)}" y="{_fmt(y + cell_h / 2 + 4)}" '
                f'text-anchor="end" font-size="13" fill="{_INK}">{_e(label)}</text>'
            )
            for j, theme in enumerate(themes):
                n = role.count(theme)
                share = n / role.stories if role.stories else 0.0
                fill = _mix(*_BLUES, share)
                x = label_w + j * cell_w
                yield (
                    f"<g><title>{_e(role.role)}, {_e(theme)}: {n:,} of {role.stories:,} "
                    f"stories ({round(100 * share)}%)</title>"
                    f'<rect x="{_fmt(x)}" y="{_fmt(y)}" width="{_fmt(cell_w - 2)}" '
                    f'height="{_fmt(cell_h - 2)}" fill="{fill}"/>'
                    f'<text x="{_fmt(x + cell_w / 2 - 1)}" y="{_fmt(y + cell_h / 2 + 4)}" '
                    f'text-anchor="middle" font-size="13" fill="{_ink_on(fill)}">{n:,}</text>'
                    "</g>"
                )
        yield (
            f'<text x="{_fmt(label_w)}" y="{_fmt(height - 10)}" font-size="11" fill="{_INK}">'
            "number: stories with the theme; shade: share of the role's stories</text>"
        )

    return _svg(
        width,
        height,
        "Top-level themes by narrator role",
        "A heat map: one row per narrator role, one column per top-level theme; each cell "
        "counts the role's stories with the theme.",
        body(),
    )


def cooccurrence_matrix(stats: CorpusStats) -> str:
    """
    Draw how often two top-level themes share a story, with the lift of each pair.

    The diagonal holds each theme's own count (grey); elsewhere a cell shows the stories
    with both themes and the lift (:class:`CoOccurrence`); its shade is the count.

    Args:
        stats: The figures.

    Returns:
        An SVG document.

    .. versionadded:: 0.2.0
    """
    themes = [t.theme for t in stats.top_themes]
    own = {t.theme: t.stories for t in stats.top_themes}
    pairs = {(p.first, p.second): p for p in stats.cooccurrence}
    most = max([p.stories for p in stats.cooccurrence] + [1])
    label_w = max([_text_width(s) for s in themes] + [60]) + 16
    cell = 64.0
    head = _header_height(themes)
    width = label_w + cell * len(themes) + 40
    height = head + cell * len(themes) + 30

    def body() -> Iterator[str]:
        yield from _column_labels(themes, label_w, cell, head - 8)
        for i, a in enumerate(themes):
            y = head + i * cell
            yield (
                f'<text x="{_fmt(label_w - 8)}" y="{_fmt(y + cell / 2 + 4)}" text-anchor="end" '
                f'font-size="13" fill="{_INK}">{_e(a)}</text>'
            )
            for j, b in enumerate(themes):
                x = label_w + j * cell
                cx, cy = _fmt(x + cell / 2 - 1), y + cell / 2
                if a == b:
                    fill, lines = "#e6e6e6", [f"{own[a]:,}", "in all"]
                    tip = f"{a}: {own[a]:,} stories"
                else:
                    p = pairs.get((min(a, b), max(a, b)))
                    n = p.stories if p else 0
                    fill = _mix(*_PURPLES, n / most) if n else "#ffffff"
                    lines = [f"{n:,}", f"lift {p.lift:.2f}" if p else "-"]
                    lift = f", lift {p.lift:.2f}" if p else ""
                    tip = f"{a} + {b}: {n:,} stories{lift}"
                ink = _ink_on(fill)
                yield (
                    f"<g><title>{_e(tip)}</title>"
                    f'<rect x="{_fmt(x)}" y="{_fmt(y)}" width="{_fmt(cell - 2)}" '
                    f'height="{_fmt(cell - 2)}" fill="{fill}" stroke="#d0d0d0"/>'
                    f'<text x="{cx}" y="{_fmt(cy - 2)}" text-anchor="middle" font-size="14" '
                    f'font-weight="600" fill="{ink}">{lines[0]}</text>'
                    f'<text x="{cx}" y="{_fmt(cy + 14)}" text-anchor="middle" font-size="10" '
                    f'fill="{ink}">{lines[1]}</text></g>'
                )
        yield (
            f'<text x="{_fmt(label_w)}" y="{_fmt(height - 10)}" font-size="11" fill="{_INK}">'
            "number: stories with both themes; lift above 1: together more than by chance</text>"
        )

    return _svg(
        width,
        height,
        "Top-level themes together",
        "A co-occurrence matrix: each cell counts the stories that have both themes, with "
        "the lift of the pair; the diagonal counts each theme's own stories.",
        body(),
    )


_CSS = """
:root { color-scheme: light; }
body { margin: 0; background: #fafafa; color: #1a1a1a; %(font)s; line-height: 1.45; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 1px solid #ddd; }
section.counts { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 1rem 2rem; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { padding: .15rem .6rem; text-align: left; border-bottom: 1px solid #e4e4e4; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .2rem; }
.chart { overflow-x: auto; background: #fff; border: 1px solid #e4e4e4; padding: .5rem; }
details { margin-top: .5rem; }
pre { font-size: .8rem; background: #fff; border: 1px solid #e4e4e4; padding: .5rem;
      overflow-x: auto; }
footer { margin-top: 2rem; font-size: .85rem; color: #444; }
""" % {"font": _FONT}  # noqa: UP031 - braces of CSS


def _count_table(caption: str, items: Sequence[tuple[str, int]]) -> str:
    rows = "".join(f'<tr><td>{_e(v)}</td><td class="n">{n:,}</td></tr>' for v, n in items)
    return (
        f"<table><caption>{_e(caption)}</caption>"
        f'<tr><th scope="col">value</th><th scope="col">stories</th></tr>{rows}</table>'
    )


def _pair_table(stats: CorpusStats) -> str:
    rows = "".join(
        f'<tr><td>{_e(p.first)}</td><td>{_e(p.second)}</td><td class="n">{p.stories:,}</td>'
        f'<td class="n">{p.lift:.2f}</td></tr>'
        for p in stats.theme_cooccurrence
    )
    return (
        "<details><summary>Themes as assigned, in pairs</summary><table>"
        '<tr><th scope="col">theme</th><th scope="col">with</th><th scope="col">stories</th>'
        f'<th scope="col">lift</th></tr>{rows}</table></details>'
    )


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _agreement_table(stats: CorpusStats) -> str:
    report = stats.agreement
    if report is None:
        return "<p>No story has two or more coders in <code>coded_by</code>.</p>"
    rows = "".join(
        f'<tr><td>{_e(t.theme)}</td><td class="n">{t.alpha.units:,}</td>'
        f'<td class="n">{_figure(t.percent_agreement.value)}</td>'
        f'<td class="n">{_figure(t.mean_kappa.value)}</td>'
        f'<td class="n">{_figure(t.alpha.value)}</td></tr>'
        for t in report.themes
    )
    return (
        f"<p>{report.units:,} stories coded by {len(report.coders):,} coders "
        f"({_e(', '.join(report.coders))}). Kappa is the mean of Cohen's kappa over pairs of "
        "coders; alpha is Krippendorff's alpha (nominal); n/a where undefined.</p>"
        '<table><tr><th scope="col">theme</th><th scope="col">stories</th>'
        '<th scope="col">agreement</th><th scope="col">kappa</th><th scope="col">alpha</th>'
        f"</tr>{rows}</table>"
    )


def render_html(
    stats: CorpusStats, *, title: str = "Corpus statistics", sources: Sequence[str] = ()
) -> str:
    """
    Render the figures as one self-contained HTML page.

    The page holds the counts as tables, a bar chart of theme frequencies
    (:func:`theme_bar_chart`), a role-by-theme heat map (:func:`role_theme_heatmap`), a
    co-occurrence matrix (:func:`cooccurrence_matrix`) and the text report. It loads
    nothing: no script, font, style sheet or image (its content security policy forbids
    them), so it opens with no network.

    Args:
        stats: The figures.
        title: The page's title.
        sources: What the figures were counted from (paths), named at the foot of the page.

    Returns:
        The HTML document.

    .. versionadded:: 0.2.0
    """
    counts = "".join(
        _count_table(caption, items)
        for caption, items in (
            ("Platform", stats.by_platform),
            ("Community", stats.by_community),
            ("Narrator role", stats.by_role),
            ("Setting", stats.by_setting),
            ("Status", stats.by_status),
            ("Text form", stats.by_text_form),
        )
    )
    if stats.top_themes:
        charts = (
            "<h2>Theme frequencies</h2>"
            f'<div class="chart">{theme_bar_chart(stats)}</div>'
            "<h2>Themes by narrator role</h2>"
            f'<div class="chart">{role_theme_heatmap(stats)}</div>'
            "<h2>Themes together</h2>"
            f'<div class="chart">{cooccurrence_matrix(stats)}</div>{_pair_table(stats)}'
        )
    else:
        charts = "<h2>Themes</h2><p>No story has a theme, so there is nothing to chart.</p>"
    coverage = (
        f"{round(100 * stats.with_evidence / stats.assignments)}%" if stats.assignments else "n/a"
    )
    summary = (
        f"{stats.stories:,} stories, {stats.coded_stories:,} with themes; "
        f"{stats.assignments:,} theme assignments, {coverage} of them with evidence."
    )
    foot = f"Counted from {_e(', '.join(sources))} by rewardkit stats." if sources else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{_e(title)}</h1>\n<p>{_e(summary)}</p>\n"
        f'<h2>Stories by</h2>\n<section class="counts">{counts}</section>\n'
        f"{charts}\n"
        f"<h2>Agreement between coders</h2>\n{_agreement_table(stats)}\n"
        "<h2>The figures as text</h2>\n"
        f"<details open><summary>rewardkit stats</summary><pre>{_e_pre(render_text(stats))}"
        "</pre></details>\n"
        f"<footer>{foot}</footer>\n</main>\n</body>\n</html>\n"
    )


def _e_pre(text: str) -> str:
    """Escape preformatted text, keeping its line breaks (the rest is already printable)."""
    return html.escape(text, quote=False)
