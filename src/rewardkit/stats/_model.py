"""The figures of a corpus, as plain frozen records."""

from __future__ import annotations

from typing import Any

import attrs

from rewardkit.agreement import AgreementReport

__all__ = ["CoOccurrence", "CorpusStats", "RoleThemes", "ThemeFrequency"]


@attrs.frozen(kw_only=True)
class ThemeFrequency:
    """
    How often one theme occurs in a corpus.

    The unit is the story: a theme that two coders assigned to one story counts once in
    ``stories`` and twice in ``assignments``.

    Attributes:
        theme: The theme id (a top-level id in :attr:`CorpusStats.top_themes`).
        label: The theme's label in the taxonomy in use, or ``None`` when it does not know
            the theme.
        top_level: The top-level theme it rolls up to (itself for a top-level theme).
        stories: In how many stories it occurs.
        share: ``stories`` as a share (0..1) of the stories that have any theme.
        assignments: How many assignments name it (rolled up for a top-level theme).
        with_evidence: How many of those assignments have at least one evidence span.

    .. versionadded:: 0.2.0
    """

    theme: str
    label: str | None
    top_level: str
    stories: int
    share: float
    assignments: int
    with_evidence: int

    @property
    def evidence_coverage(self) -> float | None:
        """The share of this theme's assignments that have evidence; ``None`` when none."""
        return self.with_evidence / self.assignments if self.assignments else None


@attrs.frozen(kw_only=True)
class RoleThemes:
    """
    The themes in the stories of one narrator role.

    Attributes:
        role: The narrator role (``"(none)"`` for stories without a narrator).
        stories: How many stories this role told.
        top_themes: For each top-level theme, in how many of these stories it occurs; most
            frequent first, only themes that occur.
        themes: The same per theme id as assigned.

    .. versionadded:: 0.2.0
    """

    role: str
    stories: int
    top_themes: tuple[tuple[str, int], ...]
    themes: tuple[tuple[str, int], ...]

    def count(self, theme: str) -> int:
        """
        Return in how many of this role's stories a top-level theme occurs.

        Args:
            theme: A top-level theme id.

        Returns:
            The count; 0 when it does not occur.
        """
        return dict(self.top_themes).get(theme, 0)


@attrs.frozen(kw_only=True)
class CoOccurrence:
    """
    Two themes that occur in the same stories.

    ``lift`` compares how often the pair occurs with how often it would if the two themes
    were independent: ``stories * N / (stories_first * stories_second)``, where ``N`` is
    the number of stories with any theme. Above 1 the two go together more than chance.

    Attributes:
        first: One theme id (the smaller of the two).
        second: The other theme id.
        stories: In how many stories both occur.
        lift: The lift, as above.

    .. versionadded:: 0.2.0
    """

    first: str
    second: str
    stories: int
    lift: float


@attrs.frozen(kw_only=True)
class CorpusStats:
    """
    A corpus at a glance: who told the stories, where, which themes, how well coders agree.

    Every count tuple is ``(value, count)`` pairs, most frequent first (ties by value, with
    ``"(none)"`` last); stories without the field count under ``"(none)"``.

    Attributes:
        stories: How many stories.
        coded_stories: How many have at least one theme.
        by_platform: Stories per ``source.platform``.
        by_community: Stories per ``source.community``.
        by_role: Stories per ``narrator.role``.
        by_setting: Stories per ``narrator.setting``.
        by_status: Stories per ``deidentification.status``.
        by_text_form: Stories per ``source.text_form``.
        top_themes: Top-level themes (assignments rolled up), most frequent first.
        themes: Themes as assigned (sub-themes, and top-level ids assigned directly).
        roles: The themes per narrator role, in the order of ``by_role``.
        cooccurrence: Pairs of top-level themes that share a story, most frequent first.
        theme_cooccurrence: The same for themes as assigned.
        assignments: How many theme assignments in all.
        with_evidence: How many of them have at least one evidence span.
        agreement: Agreement between coders per theme (``rewardkit.agreement.measure()``),
            or ``None`` when no story has two or more coders in ``coded_by``.

    .. versionadded:: 0.2.0
    """

    stories: int
    coded_stories: int
    by_platform: tuple[tuple[str, int], ...]
    by_community: tuple[tuple[str, int], ...]
    by_role: tuple[tuple[str, int], ...]
    by_setting: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    by_text_form: tuple[tuple[str, int], ...]
    top_themes: tuple[ThemeFrequency, ...]
    themes: tuple[ThemeFrequency, ...]
    roles: tuple[RoleThemes, ...]
    cooccurrence: tuple[CoOccurrence, ...]
    theme_cooccurrence: tuple[CoOccurrence, ...]
    assignments: int
    with_evidence: int
    agreement: AgreementReport | None

    @property
    def evidence_coverage(self) -> float | None:
        """The share of all assignments that have evidence; ``None`` without assignments."""
        return self.with_evidence / self.assignments if self.assignments else None

    def to_dict(self) -> dict[str, Any]:
        """
        Return the figures as JSON-ready data.

        Count tuples become objects (``{"reddit": 5}``), in the same order.

        Returns:
            A dictionary of plain JSON values.
        """
        data = attrs.asdict(self, recurse=True)
        for name in (
            "by_platform",
            "by_community",
            "by_role",
            "by_setting",
            "by_status",
            "by_text_form",
        ):
            data[name] = dict(getattr(self, name))
        data["roles"] = [
            {
                "role": r.role,
                "stories": r.stories,
                "top_themes": dict(r.top_themes),
                "themes": dict(r.themes),
            }
            for r in self.roles
        ]
        for key, items in (("top_themes", self.top_themes), ("themes", self.themes)):
            for row, item in zip(data[key], items, strict=True):
                row["evidence_coverage"] = item.evidence_coverage
        data["evidence_coverage"] = self.evidence_coverage
        return data
