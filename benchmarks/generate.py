"""
Generate a seeded corpus of realistic, valid story documents as JSON Lines.

Every story is invented. Texts run to 1-3 KB of prose about rewarding moments of
mental-health work; identifiers in them are redacted (``[NAME]``, ``[PERSON_1]``, a
generalised date, ...) with redaction records that match the text exactly, and theme
evidence spans point at the sentences that support each theme. With ``--plant`` a share of
the stories keep some identifiers in clear (a name, a phone number, an email, a date), which
is what a de-identification scan should find.

The same seed and size always give the same bytes.

Usage::

    python benchmarks/generate.py --size 20000 --seed 7 --out corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

THEMES = {
    "breakthrough": ["insight", "hope", "transformation", "milestone"],
    "connection": ["alliance", "opening-up", "trust-after-trauma", "self-trust"],
    "advocacy": ["public-education", "help-seeking", "policy", "outreach"],
    "small-victory": ["social", "daily-living", "symptom-relief"],
    "gratitude": ["thanks", "letter", "success-update", "ripple-effect"],
}
ROLES = [
    "therapist",
    "counselor",
    "psychologist",
    "psychiatrist",
    "psychiatric_nurse",
    "social_worker",
    "peer_support_worker",
    "case_manager",
    "trainee",
    "other",
]
SETTINGS = [
    "inpatient",
    "outpatient",
    "community",
    "school",
    "private_practice",
    "crisis",
    "residential",
    "telehealth",
]
PLATFORMS = [
    ("reddit", "r/therapists"),
    ("reddit", "r/socialwork"),
    ("reddit", "r/psychotherapy"),
    ("forum", "peer-workers"),
    ("survey", None),
    ("interview", None),
]
WARNINGS = ["suicide", "self-harm", "abuse", "substance-use", "death"]

# Sentences per theme: what a narrator writes when that theme is present. "{who}" becomes a
# redacted or a generic reference to the client.
THEME_SENTENCES = {
    "breakthrough": [
        (
            "Halfway through the session {who} stopped, looked at the floor and said that the fear "
            "had never been about the job at all, it was about being seen failing by their father."
        ),
        (
            "For the first time in months {who} talked about next year as if there would be one, "
            "and asked me whether the evening course still had places."
        ),
        (
            "{who} told me they had applied for the warehouse job, gone to the interview on their "
            "own and been offered the position on the spot."
        ),
        (
            "It clicked for {who} that the panic started every time someone raised their voice, "
            "and that the pattern went back to the house they grew up in."
        ),
    ],
    "connection": [
        (
            "After six weeks of one-word answers {who} brought a notebook and read out three pages "
            "they had written about the night everything fell apart."
        ),
        (
            "{who} said it was the first time a professional had not rushed them out of the room, "
            "and that they would come back next week because of that."
        ),
        (
            "We finally found a rhythm: {who} would check in about the week, I would listen, and "
            "the silences stopped feeling like a test."
        ),
        (
            "{who} admitted they had not trusted anyone since the assault, and then asked whether "
            "they could keep the same appointment slot every week."
        ),
    ],
    "advocacy": [
        (
            "The parents' evening at the school ended with a queue of people asking where to find "
            "support, which had never happened when we only handed out leaflets."
        ),
        (
            "Our team spoke to the local employers' group and two firms changed their sick-leave "
            "policy so that mental-health days count the same as any other."
        ),
        (
            "A teacher emailed the next morning to say three students had asked the counsellor for "
            "an appointment after the talk about anxiety."
        ),
        (
            "The funding panel finally agreed to keep the drop-in open on Saturdays after we brought "
            "the numbers and two service users told their own stories."
        ),
    ],
    "small-victory": [
        (
            "{who} made eye contact during the whole check-in and even laughed at my terrible joke "
            "about the coffee machine."
        ),
        (
            "{who} walked to the corner shop on their own, the first time out of the flat in a month, "
            "and came back with a pint of milk and a grin."
        ),
        (
            "In group today {who} spoke up for the first time, only two sentences, but the room went "
            "quiet to listen."
        ),
        (
            "{who} reported a whole week without a panic attack and wanted to know what to do with "
            "all the spare energy."
        ),
    ],
    "gratitude": [
        (
            "A card arrived at the office from {who}: a drawing of a lighthouse and the words "
            "'you kept the light on when I couldn't'."
        ),
        (
            "{who} stopped me in the corridor to say thank you, quietly, and then went back to the "
            "ward before I could answer."
        ),
        (
            "Years later {who} wrote to say they had finished their degree and now volunteer on the "
            "same helpline that once took their call."
        ),
        (
            "{who} now runs a peer group of their own and sends people our way when they are ready "
            "for more than a chat."
        ),
    ],
}
FILLER = [
    (
        "Some weeks this work feels like pushing water uphill, and the notes pile up faster than "
        "anyone can read them."
    ),
    (
        "I have been in this role for almost nine years and I still get nervous before a first "
        "session."
    ),
    "The caseload has doubled since the spring and supervision keeps getting cancelled.",
    "I am writing this down because I want to remember it on the bad days.",
    "None of this shows up in the outcome measures we send to the commissioners.",
    "My colleagues on the team were just as surprised as I was when I told them.",
    "We had spent most of the winter on safety planning and very little else.",
    "There was nothing dramatic about it, which is probably why it mattered so much.",
    "Honestly, I nearly left the profession last year; moments like this are why I didn't.",
    "The waiting list is eleven months long, so every session feels borrowed.",
    (
        "It reminded me why I trained in the first place, back when the job was an idea rather "
        "than a rota."
    ),
    "I'm sharing it here because this community has kept me going more than once — thank you.",
]
# Redacted references to the client, with the category and operator that produced them.
REFERENCES = [
    ("[NAME]", "NAME", "replace"),
    ("[PERSON_1]", "NAME", "pseudonym"),
    ("****", "NAME", "mask"),
    ("[ORGANIZATION]", "ORGANIZATION", "replace"),
]
EXTRA_REDACTIONS = [
    ("[DATE]", "DATE", "replace", "It was {x}, a grey afternoon, when it happened."),
    ("2019", "DATE", "generalize", "We first met in {x}, in the old building."),
    ("[LOCATION]", "LOCATION", "replace", "The clinic is on the edge of {x}, past the bus depot."),
    ("[PHONE]", "PHONE", "replace", "They had left the crisis number {x} on the fridge."),
    ("", "USERNAME", "remove", "Someone in the thread{x} asked me to write this up."),
]
# Identifiers left in clear in "planted" stories: what a scanner should catch.
PLANTED = [
    "I still have the card signed by Maria Delgado on my desk.",
    "Her mother rang the office on (415) 555-0134 to say thank you.",
    "He wrote from jonah.whitfield@example.org a year later.",
    "It was 14 March 2023 when she walked in for the first time.",
    "Dr. Okafor, our consultant, could not believe it either.",
    "Her record number, MRN 4471902, was still on the referral letter.",
    "We met at St. Brigid's Hospital on the north side.",
    "He posted about it as u/quiet_lighthouse_88 the same evening.",
]


class _Text:
    """A text built sentence by sentence, remembering where each sentence starts."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, sentence: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append(" ")
            self.length += 1
        start = self.length
        self.parts.append(sentence)
        self.length += len(sentence)
        return start, self.length

    def text(self) -> str:
        return "".join(self.parts)


def _timestamp(rng: random.Random, year: int) -> str:
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    zone = rng.choice(["Z", "Z", "Z", "+01:00", "-05:00"])
    return f"{year:04d}-{month:02d}-{day:02d}T{h:02d}:{m:02d}:{s:02d}{zone}"


def make_story(rng: random.Random, index: int, *, planted: bool = False) -> dict[str, Any]:  # noqa: PLR0912, PLR0915 - one story reads best as one recipe
    """Make one valid story document as a JSON-ready dict."""
    n_themes = rng.choice([1, 2, 2, 3, 3, 4])
    chosen = rng.sample(sorted(THEMES), n_themes)
    reference, ref_category, ref_operator = rng.choice(REFERENCES)
    body = _Text()
    redactions: list[dict[str, Any]] = []
    evidence: dict[str, list[dict[str, int]]] = {}

    def add_with_reference(template: str) -> tuple[int, int]:
        if "{who}" not in template:
            return body.add(template)
        head, _, tail = template.partition("{who}")
        start, end = body.add(head + reference + tail)
        r_start = start + len(head)
        redactions.append(
            {
                "start": r_start,
                "end": r_start + len(reference),
                "category": ref_category,
                "operator": ref_operator,
                "replacement": reference,
            }
        )
        return start, end

    for _ in range(rng.randint(1, 3)):
        body.add(rng.choice(FILLER))
    for top in chosen:
        for _ in range(rng.randint(1, 2)):
            start, end = add_with_reference(rng.choice(THEME_SENTENCES[top]))
            evidence.setdefault(top, []).append({"start": start, "end": end})
        for _ in range(rng.randint(0, 2)):
            body.add(rng.choice(FILLER))
    for _ in range(rng.randint(0, 2)):
        replacement, category, operator, template = rng.choice(EXTRA_REDACTIONS)
        head, _, tail = template.partition("{x}")
        start, _ = body.add(head + replacement + tail)
        r_start = start + len(head)
        redactions.append(
            {
                "start": r_start,
                "end": r_start + len(replacement),
                "category": category,
                "operator": operator,
                "replacement": replacement,
            }
        )
    if planted:
        for sentence in rng.sample(PLANTED, rng.randint(1, 3)):
            body.add(sentence)
    while body.length < 1000:
        body.add(rng.choice(FILLER))
    text = body.text()

    platform, community = rng.choice(PLATFORMS)
    year = rng.randint(2016, 2024)
    source: dict[str, Any] = {"platform": platform}
    if community is not None:
        source["community"] = community
    if platform == "reddit":
        slug = f"{rng.getrandbits(40):010x}"
        source["url"] = f"https://www.reddit.com/{community}/comments/{slug}/"
    source["posted_at"] = _timestamp(rng, year)
    source["retrieved_at"] = _timestamp(rng, year + 1)
    source["text_form"] = rng.choice(["verbatim", "paraphrased", "paraphrased", "synthetic"])

    coders = ["coder-a", "coder-b"] if rng.random() < 0.5 else ["coder-a"]
    themes: list[dict[str, Any]] = []
    for top in chosen:
        sub = rng.choice([top, f"{top}.{rng.choice(THEMES[top])}"])
        for coder in coders:
            assignment: dict[str, Any] = {"theme": sub, "coder": coder, "evidence": evidence[top]}
            if rng.random() < 0.4:
                assignment["confidence"] = round(rng.uniform(0.5, 1.0), 2)
            themes.append(assignment)

    status = rng.choice(["redacted", "redacted", "reviewed"])
    deid: dict[str, Any] = {"status": status, "method": "safe_harbor", "redactions": redactions}
    if status == "reviewed":
        deid["reviewed_by"] = rng.choice(["reviewer-1", "reviewer-2"])
        deid["reviewed_at"] = _timestamp(rng, year + 2)

    story: dict[str, Any] = {
        "schema_version": "1.0",
        "id": f"st-{index:07d}",
        "title": rng.choice(
            [
                "The card on my desk",
                "She looked me in the eye",
                "Why I stay",
                "A small thing that wasn't small",
                "Eleven months on the waiting list",
            ]
        ),
        "text": text,
        "language": rng.choice(["en", "en", "en-GB", "en-US"]),
        "source": source,
        "narrator": {"role": rng.choice(ROLES), "setting": rng.choice(SETTINGS)},
        "themes": themes,
        "coded_by": coders,
        "content_warnings": sorted(rng.sample(WARNINGS, rng.choice([0, 0, 0, 1, 2]))),
        "deidentification": deid,
        "extensions": {},
    }
    if rng.random() < 0.2:
        story["extensions"] = {"acme": {"batch": rng.randint(1, 40), "reviewed": True}}
    return story


def iter_stories(size: int, seed: int, *, plant: float = 0.0) -> Iterator[dict[str, Any]]:
    """Yield *size* stories; a share *plant* of them keeps identifiers in clear."""
    rng = random.Random(seed)
    for i in range(size):
        yield make_story(rng, i + 1, planted=rng.random() < plant)


def dumps_line(story: dict[str, Any]) -> str:
    """Write one story as a compact JSON line (no trailing newline)."""
    return json.dumps(story, ensure_ascii=False, separators=(",", ":"))


def write_corpus(path: Path, size: int, seed: int, *, plant: float = 0.0) -> int:
    """Write a JSON Lines corpus and return its size in bytes."""
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for story in iter_stories(size, seed, plant=plant):
            f.write(dumps_line(story))
            f.write("\n")
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="number of stories")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--plant", type=float, default=0.0, help="share of stories with identifiers in clear"
    )
    parser.add_argument("--out", type=Path, required=True, help="the .jsonl file to write")
    args = parser.parse_args(argv)
    n_bytes = write_corpus(args.out, args.size, args.seed, plant=args.plant)
    print(f"wrote {args.size} stories, {n_bytes / 1e6:.1f} MB, to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
