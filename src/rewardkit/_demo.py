"""
Invented, realistic stories: the content of ``rewardkit demo`` and of the realistic strategies.

Every story here is made up: sentences of the kind mental-health workers write about the
rewarding moments of their work, with theme evidence over whole phrases, and identifiers that
are either left in clear (in ``raw`` stories, invented names and 555-01xx numbers) or replaced
by placeholders whose redactions are recorded exactly. The same choices always give the same
story, so :func:`demo_corpus` is deterministic, and the strategies of
:mod:`rewardkit.testing` make their choices through Hypothesis (which shrinks them).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Final, Protocol, TypeVar

from .story import (
    Collection,
    ContentWarning,
    Deidentification,
    DeidStatus,
    Narrator,
    NarratorRole,
    PhiCategory,
    Redaction,
    RedactionOperator,
    Setting,
    Source,
    Span,
    Story,
    TextForm,
    ThemeAssignment,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Chooser", "Composer", "demo_corpus"]

_T = TypeVar("_T")


class Chooser(Protocol):
    """Where the choices come from: :class:`random.Random`, or Hypothesis draws."""

    def randint(self, a: int, b: int, /) -> int:
        """Return an integer from *a* to *b*, both included."""


# Sentences per theme. «» marks the evidence: the phrase that shows the theme. {who} is the
# client: a name, a placeholder or a description, chosen per story. The first sentence of
# each theme is the simplest (Hypothesis shrinks towards it).
THEME_SENTENCES: Final[dict[str, tuple[str, ...]]] = {
    "breakthrough.insight": (
        "Halfway through the session {who} «realised the fear had never been about the job».",
        "It clicked for {who} that «the panic started every time someone raised their voice».",
    ),
    "breakthrough.hope": (
        "For the first time in months {who} «talked about next year as if there would be one».",
        "At the end of the hour {who} «asked whether the evening course still had places».",
    ),
    "breakthrough.transformation": (
        "Two years after we started, {who} «told me they finally feel like themselves again».",
        "Looking back, {who} «has rebuilt a life they thought was gone for good».",
    ),
    "breakthrough.milestone": (
        "Last week {who} «got the warehouse job» after going to the interview alone.",
        "This spring {who} «moved into a flat of their own» and invited me to see the keys.",
    ),
    "connection.alliance": (
        "After a rocky start {who} «said our sessions are the one place they feel heard».",
        "We finally found a rhythm, and {who} «started to trust the work we do together».",
    ),
    "connection.opening-up": (
        "After six weeks of one-word answers {who} «read out three pages they had written».",
        "Out of nowhere {who} «talked about the night everything fell apart» for the first time.",
    ),
    "connection.trust-after-trauma": (
        "After everything that happened, {who} «let themselves trust someone again».",
        "Years after the abuse, {who} «asked to keep the same appointment slot every week».",
    ),
    "connection.self-trust": (
        "When the old doubts came back, {who} «said they trust their own judgement now».",
        "Faced with a hard choice, {who} «made the decision without asking anyone first».",
    ),
    "advocacy.public-education": (
        "At the open evening {who} «spoke to a full room about living with bipolar disorder».",
        "The local paper ran the piece in which {who} «explained what recovery looks like».",
    ),
    "advocacy.help-seeking": (
        "After the talk at the school «three students asked the counsellor for an appointment».",
        "The next morning {who} «brought a friend to the clinic to ask for help».",
    ),
    "advocacy.policy": (
        "After two years of meetings «the funding panel agreed to keep the drop-in open».",
        "Our team spoke to the employers' group and «two firms changed their sick-leave policy».",
    ),
    "advocacy.outreach": (
        "Since the summer {who} «has run a peer group at the community centre».",
        "The workshop went so well that «the youth club asked us back every term».",
    ),
    "small-victory.social": (
        "In group today {who} «spoke up for the first time», only two sentences.",
        "During the whole check-in {who} «made eye contact and even laughed at my joke».",
    ),
    "small-victory.daily-living": (
        "This week {who} «walked to the corner shop alone», the first time out in a month.",
        "On Tuesday {who} «got out of bed and came to the session on time».",
    ),
    "small-victory.symptom-relief": (
        "At the check-in {who} «reported a whole week without a panic attack».",
        "For the first time since the winter {who} «slept through the night».",
    ),
    "gratitude.thanks": (
        "On the way out {who} «stopped in the corridor to say thank you».",
        "At our last session {who} «thanked me for not giving up on them».",
    ),
    "gratitude.letter": (
        "A week after we finished, {who} «sent a card with a drawing of a lighthouse».",
        "When I came in this morning «a letter was waiting at the front desk» from {who}.",
    ),
    "gratitude.success-update": (
        "Years later {who} «wrote to say they had finished their degree».",
        "Out of the blue {who} «sent a photo from their first day at the new job».",
    ),
    "gratitude.ripple-effect": (
        "These days {who} «volunteers on the same helpline that once took their call».",
        "Now {who} «runs a peer group and sends people our way when they are ready».",
    ),
}
#: For a theme the bank does not know (a downstream theme).
GENERIC_SENTENCES: Final = (
    "By the end of the session {who} «did something I had not seen them do before».",
    "That afternoon {who} «showed me how far they have come».",
)
#: Sentences that mention a subject a content warning covers, and the warning.
WARNED: Final = {"abuse": ContentWarning.ABUSE}

FILLER: Final = (
    "I am writing this down because I want to remember it on the bad days.",
    "There was nothing dramatic about it, which is probably why it mattered so much.",
    "Some weeks this work feels like pushing water uphill.",
    "After nine years in this role I still get nervous before a first session.",
    "The caseload has doubled since the spring and supervision keeps getting cancelled.",
    "None of this shows up in the outcome measures we send upstairs.",
    "My colleagues on the team were just as surprised as I was when I told them.",
    "Honestly, I nearly left the profession last year; moments like this are why I stayed.",
    "The waiting list is eleven months long, so every session feels borrowed.",
    "It reminded me why I trained in the first place.",
)
TITLES: Final = (
    "Why I stay",
    "The card on my desk",
    "A small thing that wasn't small",
    "Eye contact",
    "Eleven months on the waiting list",
)

#: Descriptions of the client that identify no one.
DESCRIPTIONS: Final = (
    "my client",
    "a young man I work with",
    "one of the residents",
    "a mother I have seen since the spring",
    "the quietest member of the group",
)
#: Invented first names, for raw stories (what a de-identification scan should find).
NAMES: Final = ("Maria", "Sam", "Jordan", "Kwame", "Aoife", "Linh", "Tomasz", "Priya")
#: Placeholders for the client in redacted stories: text, category, operator.
PLACEHOLDERS: Final = (
    ("[NAME]", PhiCategory.NAME, RedactionOperator.REPLACE),
    ("[PERSON_1]", PhiCategory.NAME, RedactionOperator.PSEUDONYM),
    ("*****", PhiCategory.NAME, RedactionOperator.MASK),
)
#: Sentences with one more identifier: the template, the raw value, and its redacted form.
EXTRAS: Final = (
    ("Their mother rang the office on {x} to say thank you.", "555-0134", "[PHONE]",
     PhiCategory.PHONE, RedactionOperator.REPLACE),
    ("It was {x} when they walked in for the first time.", "14 March 2023", "2023",
     PhiCategory.DATE, RedactionOperator.GENERALIZE),
    ("They wrote to me from {x} a year later.", "sam.example@example.org", "[EMAIL]",
     PhiCategory.EMAIL, RedactionOperator.REPLACE),
)  # fmt: skip

_PLATFORMS: Final = (
    ("survey", None, None),
    ("interview", None, None),
    ("forum", "peer-workers", "https://forum.example.org/t/"),
    ("reddit", "r/therapists", None),
)
_ROLES: Final = tuple(NarratorRole)
_SETTINGS: Final = tuple(s for s in Setting if s is not Setting.OTHER)
_START: Final = datetime(2023, 1, 2, 9, 0, tzinfo=UTC)
_CORE_THEMES: Final = tuple(THEME_SENTENCES)


def _pick(c: Chooser, items: Sequence[_T]) -> _T:
    return items[c.randint(0, len(items) - 1)]


class _Text:
    """A text built piece by piece, remembering where the pieces are."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    def space(self) -> None:
        if self.parts:
            self.add(" ")

    def text(self) -> str:
        return "".join(self.parts)


class Composer:
    """
    Compose invented stories from a :class:`Chooser`'s choices.

    Args:
        chooser: Where the choices come from.
        theme_ids: The themes to choose from; the core taxonomy's sub-themes by default.
    """

    def __init__(self, chooser: Chooser, theme_ids: Sequence[str] | None = None) -> None:
        self.c = chooser
        self.theme_ids = tuple(theme_ids) if theme_ids is not None else _CORE_THEMES

    def _sentences(self, theme: str) -> tuple[str, ...]:
        if theme in THEME_SENTENCES:
            return THEME_SENTENCES[theme]
        prefix = theme + "."
        subs = tuple(s for t, ss in THEME_SENTENCES.items() if t.startswith(prefix) for s in ss)
        return subs or GENERIC_SENTENCES

    def text(
        self, status: DeidStatus, themes: Sequence[str]
    ) -> tuple[str, dict[str, Span], list[Redaction], set[ContentWarning]]:
        """
        Compose a text with one sentence per theme.

        Returns:
            The text, the evidence span of each theme, the redactions (for a status other
            than ``raw``) and the content warnings its sentences need.
        """
        c = self.c
        body = _Text()
        evidence: dict[str, Span] = {}
        redactions: list[Redaction] = []
        warnings: set[ContentWarning] = set()
        raw = status is DeidStatus.RAW
        # How this story refers to the client: 0 a description, else a name or a placeholder.
        named = c.randint(0, 2) > 0
        name = _pick(c, NAMES)
        placeholder = _pick(c, PLACEHOLDERS)

        def who(*, capital: bool) -> None:
            if not named:
                d = _pick(c, DESCRIPTIONS)
                body.add(d[0].upper() + d[1:] if capital else d)
            elif raw:
                body.add(name)
            else:
                start, end = body.add(placeholder[0])
                redactions.append(
                    Redaction(
                        start=start,
                        end=end,
                        category=placeholder[1],
                        operator=placeholder[2],
                        replacement=placeholder[0],
                    )
                )

        if c.randint(0, 1):
            body.add(_pick(c, FILLER))
        for theme in themes:
            sentence = _pick(c, self._sentences(theme))
            body.space()
            for word, warning in WARNED.items():
                if word in sentence:
                    warnings.add(warning)
            head, _, rest = sentence.partition("«")
            quote, _, tail = rest.partition("»")
            pieces = head.split("{who}")
            for i, piece in enumerate(pieces):
                if i:
                    who(capital=i == 1 and not pieces[0])
                body.add(piece)
            start, end = body.add(quote)
            evidence[theme] = Span(start=start, end=end)
            for i, piece in enumerate(tail.split("{who}")):
                if i:
                    who(capital=False)
                body.add(piece)
        if c.randint(0, 2) == 0:
            template, value, redacted, category, operator = _pick(c, EXTRAS)
            before, _, after = template.partition("{x}")
            body.space()
            body.add(before)
            replacement = value if raw else redacted
            start, end = body.add(replacement)
            if not raw:
                redactions.append(
                    Redaction(
                        start=start,
                        end=end,
                        category=category,
                        operator=operator,
                        replacement=replacement,
                    )
                )
            body.add(after)
        if c.randint(0, 1):
            body.space()
            body.add(_pick(c, FILLER))
        return body.text(), evidence, redactions, warnings

    def story(
        self,
        story_id: str,
        *,
        status: DeidStatus | None = None,
        when: datetime = _START,
        min_themes: int = 1,
        max_themes: int = 3,
    ) -> Story:
        """
        Compose one valid story.

        Args:
            story_id: Its id.
            status: Its de-identification status; chosen when ``None``.
            when: About when it was posted (the timestamps follow within days).
            min_themes: The fewest themes.
            max_themes: The most themes (no more than the themes to choose from).

        Returns:
            The story.
        """
        c = self.c
        if status is None:
            status = _pick(c, (DeidStatus.REDACTED, DeidStatus.REVIEWED, DeidStatus.RAW))
        pool = list(self.theme_ids)
        n = c.randint(min(min_themes, len(pool)), min(max_themes, len(pool)))
        themes = [pool.pop(c.randint(0, len(pool) - 1)) for _ in range(n)]
        text, evidence, redactions, warnings = self.text(status, themes)
        platform, community, url = _pick(c, _PLATFORMS)
        posted = when + timedelta(minutes=c.randint(0, 60 * 24 * 3))
        retrieved = posted + timedelta(days=c.randint(1, 30))
        coders = ("coder-a", "coder-b")[: c.randint(1, 2)]
        assignments: list[ThemeAssignment] = []
        for coder in coders:
            for theme in themes:
                if coder == "coder-b" and c.randint(0, 4) == 0:
                    continue  # the second coder now and then disagrees
                assignments.append(
                    ThemeAssignment(
                        theme=theme,
                        coder=coder,
                        evidence=(evidence[theme],),
                        confidence=c.randint(5, 10) / 10 if c.randint(0, 1) else None,
                    )
                )
        reviewed = status is DeidStatus.REVIEWED
        return Story(
            id=story_id,
            title=_pick(c, TITLES) if c.randint(0, 1) else None,
            text=text,
            language="en",
            source=Source(
                platform=platform,
                community=community,
                url=f"{url}{c.randint(1000, 99999)}" if url else None,
                posted_at=posted,
                retrieved_at=retrieved,
                text_form=TextForm.SYNTHETIC,
            ),
            narrator=Narrator(role=_pick(c, _ROLES), setting=_pick(c, (None, *_SETTINGS))),
            themes=tuple(assignments),
            coded_by=coders,
            content_warnings=tuple(sorted(warnings)),
            deidentification=Deidentification(
                status=status,
                redactions=tuple(redactions),
                reviewed_by=_pick(c, ("reviewer-1", "reviewer-2")) if reviewed else None,
                reviewed_at=retrieved + timedelta(days=c.randint(1, 20)) if reviewed else None,
            ),
        )


def demo_corpus(n: int, seed: int = 0) -> Collection:
    """
    Make a corpus of *n* invented, realistic stories, the same for the same *seed*.

    For trying the tools (``rewardkit validate``, ``deid``, ``agreement``) on data that looks
    like the real thing. Every story is made up: a few sentences about a rewarding moment
    of mental-health work, theme evidence over whole phrases, one or two coders per story
    (who now and then disagree), and a mix of statuses: ``raw`` stories keep invented names
    and 555-01xx numbers in clear (what ``rewardkit deid scan`` finds), ``redacted`` and
    ``reviewed`` ones have placeholders with their redactions recorded. Every story loads and
    has no error finding under the default profile.

    >>> from rewardkit.testing import demo_corpus
    >>> corpus = demo_corpus(3, seed=1)
    >>> [s.id for s in corpus]
    ['demo-0001', 'demo-0002', 'demo-0003']
    >>> demo_corpus(3, seed=1) == corpus
    True

    Args:
        n: How many stories.
        seed: The seed; the same seed gives the same corpus.

    Returns:
        A collection of *n* stories with ids ``demo-0001``, ``demo-0002``, ...

    Raises:
        ValueError: *n* is negative.

    .. versionadded:: 0.2.0
    """
    if n < 0:
        msg = f"n must be 0 or more, not {n}"
        raise ValueError(msg)
    composer = Composer(random.Random(seed))  # noqa: S311 - invented data, not secrets
    width = max(4, len(str(n)))
    return Collection(
        stories=tuple(
            composer.story(
                f"demo-{i + 1:0{width}d}", when=_START + timedelta(hours=(6 * i) % (24 * 360))
            )
            for i in range(n)
        )
    )
