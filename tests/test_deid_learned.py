"""The learned detector: its model file, its features, what it finds and where it stays quiet."""

from __future__ import annotations

import array
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _helpers import load_script
from rewardkit.deid import Detection, DetectorRegistry, scan
from rewardkit.deid import _learned as learned
from rewardkit.deid._registry import builtin_detectors
from rewardkit.deid._words import words
from rewardkit.story import PhiCategory

ROOT = Path(__file__).resolve().parent.parent


def _script():
    return load_script(ROOT / "scripts" / "train_word_model.py", "train_word_model", register=True)


def _rules():
    return [d for d in builtin_detectors() if d.name != "learned"]


def _found(text, detectors=None):
    return sorted(
        (d.category.value, text[d.start : d.end]) for d in scan(text, detectors=detectors)
    )


# --------------------------------------------------------------------------- the model file


def test_the_weights_file_is_a_header_the_feature_names_and_their_weights():
    path = ROOT / "src" / "rewardkit" / "deid" / "data" / learned.WEIGHTS_FILE
    raw = path.read_bytes()
    header, _, rest = raw.partition(b"\n")
    assert header.startswith(learned.WEIGHTS_HEADER + b": 133 sets, ")
    names_blob, _, packed = rest.partition(b"\0")
    names = names_blob.decode("utf-8").split("\n")
    assert names[0] == ""  # the intercepts
    assert len(names) == len(set(names))
    assert not any(ch.isspace() for name in names for ch in name)
    assert len(packed) == 4 * len(learned.CATEGORIES) * len(names)
    values = array.array("f", packed)
    assert all(abs(v) < 100 for v in values)
    bias, table = learned._weights()
    assert len(table) == len(names) - 1
    assert bias == tuple(values[:3])
    assert table[names[-1]] == tuple(values[-3:])
    assert path.stat().st_size < 1_500_000


def test_a_weights_file_of_another_kind_is_refused(monkeypatch, tmp_path):
    (tmp_path / learned.WEIGHTS_FILE).write_bytes(b"something else\n\0")
    monkeypatch.setattr(learned, "_data", lambda: tmp_path)
    learned._weights.cache_clear()
    try:
        with pytest.raises(ValueError, match="no weights file"):
            learned._weights()
    finally:
        learned._weights.cache_clear()


# --------------------------------------------------------------------------- features and scores

TEXTS = [
    "Last week Oyelaran finally asked to see the garden.\n\nEdit: thank you all.",
    'He said, "Tell Bo I said hi." Then we drove past Kettlewick and MRN 5521 on the form.',
    "",
    "ALL CAPS HEADING\nO'Brien's sister, Zoë, and the Fairview Clinic team.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_cached_sums_equal_the_sums_over_the_features(text):
    ws = words(text)
    doc = learned.document(ws)
    bias, table = learned._weights()
    for i, w in enumerate(ws):
        if not learned.candidate(w):
            continue
        slow = learned._total(learned.features(ws, i, doc), table)
        fast = learned._scorer()(ws, i, doc)
        assert fast == pytest.approx(tuple(a + b for a, b in zip(slow, bias, strict=True)))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Ada", "ada", "ADA", "the", "The", "Kettlewick", "past", ".", ",", "\n", '"', "'s"]
        ),
        max_size=30,
    ).map(" ".join)
)
def test_cached_sums_equal_the_sums_over_the_features_on_any_text(text):
    ws = words(text)
    doc = learned.document(ws)
    bias, table = learned._weights()
    for i, w in enumerate(ws):
        if learned.candidate(w):
            slow = learned._total(learned.features(ws, i, doc), table)
            p, category = learned.scored(ws, i, doc)
            fast = learned._scorer()(ws, i, doc)
            assert fast == pytest.approx(tuple(a + b for a, b in zip(slow, bias, strict=True)))
            assert 0.0 < p < 1.0
            assert category in learned.CATEGORIES


def test_features_name_the_word_its_neighbours_and_the_rest_of_the_text():
    text = "We drove past Kettlewick today. We love Kettlewick, and kettlewick is small."
    ws = words(text)
    i = next(k for k, w in enumerate(ws) if w.text == "Kettlewick")
    f = learned.features(ws, i, learned.document(ws))
    assert {"w=kettlewick", "sh=Xxx", "p1=past", "p1c=l", "n1=today", "p3=we"} <= set(f)
    assert {"lowelse", "capelse"} <= set(f)
    assert "init" not in f
    assert not any(ch.isspace() for name in f for ch in name)


def test_only_capitalised_words_that_are_no_stop_words_are_candidates():
    ws = {w.text: w for w in words("The kettle and Kettlewick and NHS")}
    assert learned.candidate(ws["Kettlewick"])
    assert learned.candidate(ws["NHS"])
    assert not learned.candidate(ws["kettle"])
    assert not learned.candidate(ws["The"])


# --------------------------------------------------------------------------- what it finds


def test_it_finds_a_place_of_no_list_that_no_rule_finds():
    text = "We drove out past Kettlewick and stopped at the bakery on the corner."
    assert ("LOCATION", "Kettlewick") not in _found(text, _rules())
    assert ("LOCATION", "Kettlewick") in _found(text)
    (hit,) = learned.LearnedDetector().detect(text)
    assert (hit.start, hit.end) == (text.index("Kettlewick"), text.index(" and"))
    assert hit.category is PhiCategory.LOCATION
    assert hit.detector == "learned"
    assert learned.THRESHOLD <= hit.score <= 1.0


def test_it_looks_only_at_the_words_the_other_detectors_left():
    text = (
        "Last week Oyelaran finally asked to see the garden. "
        "We drove out past Kettlewick and stopped at the bakery on the corner."
    )
    start = text.index("Oyelaran")
    alone = learned.LearnedDetector()
    assert [text[d.start : d.end] for d in alone.detect(text)] == ["Oyelaran", "Kettlewick"]
    # A span another detector found, even in part, keeps the model off the word.
    beside = alone.detect_beside(text, [(0, 4), (start + 2, start + 3)])
    assert [text[d.start : d.end] for d in beside] == ["Kettlewick"]
    # In a scan the name rule finds "Oyelaran" first, and the model adds nothing over it.
    assert [(text[d.start : d.end], d.detector) for d in scan(text)] == [
        ("Oyelaran", "name"),
        ("Kettlewick", "learned"),
    ]


def test_a_word_another_detector_scored_low_is_not_looked_at_again():
    text = "We drove out past Kettlewick and stopped at the bakery on the corner."
    start = text.index("Kettlewick")

    class Unsure:
        name = "unsure"

        def detect(self, text):
            yield Detection(
                start=start,
                end=start + 10,
                category=PhiCategory.LOCATION,
                score=0.2,
                detector="unsure",
            )

    both = [Unsure(), learned.LearnedDetector()]
    # The rule's low score keeps its guess out, and the model does not put it back.
    assert scan(text, detectors=both, min_score=0.5) == []
    assert [d.detector for d in scan(text, detectors=both)] == ["unsure"]
    assert [d.detector for d in scan(text, detectors=both[1:], min_score=0.5)] == ["learned"]


def test_what_it_finds_is_found_again_at_every_occurrence():
    text = "We drove out past Kettlewick and stopped. Years later KETTLEWICK was on a sign."
    # The model scores only the first (words in capitals are left to the rules) ...
    assert [text[d.start : d.end] for d in learned.LearnedDetector().detect(text)] == ["Kettlewick"]
    # ... and the pass that finds every occurrence finds the other.
    assert [t for _, t in _found(text)] == ["KETTLEWICK", "Kettlewick"]


@pytest.mark.parametrize(
    "text",
    [
        "Monday was hard. Thanks to everyone who wrote back. Edit: typos. I still believe in this.",
        "I work nights on the ward. Christmas on the unit is strange, but the NHS staff make it.",
        "We used CBT and DBT skills, and by June she was sleeping again. Honestly, that was it.",
    ],
)
def test_it_leaves_ordinary_capitalised_words_alone(text):
    assert list(learned.LearnedDetector().detect(text)) == []


def test_text_in_another_language_is_left_alone():
    german = (
        "Wir sind lange an Kettlewick vorbei gefahren, und am Ende hat sie gelächelt. "
        "Das war für mich der schönste Moment der Woche, wirklich, und ich bin dankbar."
    )
    assert list(learned.LearnedDetector().detect(german)) == []
    english = "We drove out past Kettlewick and stopped at the bakery on the corner."
    assert list(learned.LearnedDetector(language="es").detect(english)) == []
    assert list(learned.LearnedDetector(language="en-GB").detect(english)) != []


def test_a_public_figure_is_the_rules_to_judge():
    text = "She hums Kishore Kumar songs in the waiting room, and Kumar is all she talks about."
    assert list(learned.LearnedDetector().detect(text)) == []


def test_it_can_be_switched_off_by_name():
    reg = DetectorRegistry(plugins=False)
    assert "learned" in reg.names()
    reg.disable("learned")
    text = "We drove out past Kettlewick and stopped at the bakery on the corner."
    assert ("LOCATION", "Kettlewick") not in _found(text, reg.detectors())


# --------------------------------------------------------------------------- the training script


def test_the_model_is_never_fitted_on_the_sets_nobody_read():
    script = _script()
    docs = (ROOT / "docs" / "deidentification.md").read_text(encoding="utf-8")
    # The docs' command that scores the sets never read names each of them.
    command = next(
        line
        for line in docs.splitlines()
        if "posts_fresh69.jsonl tests/deid_eval/posts_fresh70" in line
    )
    unread = {int(n) for n in re.findall(r"posts_fresh(\d+)\.jsonl", command)}
    assert unread == script.UNREAD
    assert len(unread) == 65
    trained = {p.name for p in script.training_files()}
    assert not {f"posts_fresh{n}.jsonl" for n in unread} & trained
    assert "posts_fresh191.jsonl" in trained
    assert "posts.jsonl" in trained


def test_the_training_examples_are_the_candidates_with_their_classes(tmp_path):
    script = _script()
    text = (
        "Last week Oyelaran and I walked past Kettlewick to the Brannoch Trust on March 3. "
        "It was the first time she had been outside since the winter, and she laughed."
    )

    def span(word, category):
        start = text.index(word)
        return {"start": start, "end": start + len(word), "category": category}

    post = {
        "id": "p1",
        "text": text,
        "spans": [
            span("Oyelaran", "NAME"),
            span("Kettlewick", "LOCATION"),
            span("Brannoch Trust", "ORGANIZATION"),
            span("March 3", "DATE"),
        ],
    }
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(post) + "\n", encoding="utf-8")
    xs, ys = script.examples([path])
    got = {x[2].removeprefix("w="): y for x, y in zip(xs, ys, strict=True)}
    # "Last", "I" and "It" are stop words, no candidates; "March" is a date's, left out.
    assert got == {"oyelaran": 1, "kettlewick": 2, "brannoch": 3, "trust": 3}
