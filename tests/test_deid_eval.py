"""The labelled evaluation set and the figures the engine must keep reaching on it."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from _helpers import load_script
from rewardkit import PhiCategory
from rewardkit.deid import _lexicon, builtin_detectors, scan
from rewardkit.deid.evaluate import (
    LabelledPost,
    LabelledSpan,
    _covered,
    evaluate,
    load_labelled,
)
from rewardkit.exceptions import InputError

HERE = Path(__file__).parent / "deid_eval"


def _build_module():
    return load_script(HERE / "build.py", "deid_eval_build")


def _swap_module():
    return load_script(HERE / "swap_names.py", "deid_eval_swap")


SETS = [
    "posts.jsonl",
    "posts_heldout.jsonl",
    "posts_heldout2.jsonl",
    "posts_long.jsonl",
    "posts_numbers.jsonl",
    "posts_fresh.jsonl",
    "posts_fresh2.jsonl",
    "posts_fresh3.jsonl",
    "posts_fresh4.jsonl",
    "posts_fresh5.jsonl",
    "posts_fresh6.jsonl",
    "posts_fresh7.jsonl",
    "posts_fresh8.jsonl",
    "posts_fresh9.jsonl",
    "posts_fresh10.jsonl",
    "posts_fresh11.jsonl",
    "posts_fresh12.jsonl",
    "posts_fresh13.jsonl",
    "posts_fresh14.jsonl",
    "posts_fresh15.jsonl",
    "posts_fresh16.jsonl",
    "posts_fresh17.jsonl",
    "posts_fresh18.jsonl",
    "posts_fresh19.jsonl",
    "posts_fresh20.jsonl",
    "posts_fresh21.jsonl",
    "posts_fresh22.jsonl",
    "posts_fresh23.jsonl",
    "posts_fresh24.jsonl",
    "posts_fresh25.jsonl",
    "posts_fresh26.jsonl",
    "posts_fresh27.jsonl",
    "posts_fresh28.jsonl",
    "posts_fresh29.jsonl",
    "posts_fresh30.jsonl",
    "posts_fresh31.jsonl",
    "posts_fresh32.jsonl",
    "posts_fresh33.jsonl",
    "posts_fresh34.jsonl",
    "posts_fresh35.jsonl",
    "posts_fresh36.jsonl",
    "posts_fresh37.jsonl",
    "posts_fresh38.jsonl",
    "posts_fresh39.jsonl",
    "posts_fresh40.jsonl",
    "posts_fresh41.jsonl",
    "posts_fresh42.jsonl",
    "posts_fresh43.jsonl",
    "posts_fresh44.jsonl",
    "posts_fresh45.jsonl",
    "posts_fresh46.jsonl",
    "posts_fresh47.jsonl",
    "posts_fresh48.jsonl",
    "posts_fresh49.jsonl",
    "posts_fresh50.jsonl",
    "posts_fresh51.jsonl",
    "posts_fresh52.jsonl",
    "posts_fresh53.jsonl",
    "posts_fresh54.jsonl",
    "posts_fresh55.jsonl",
    "posts_fresh56.jsonl",
    "posts_fresh57.jsonl",
    "posts_fresh58.jsonl",
    "posts_fresh59.jsonl",
    "posts_fresh60.jsonl",
    "posts_fresh61.jsonl",
    "posts_fresh62.jsonl",
    "posts_fresh63.jsonl",
    "posts_fresh64.jsonl",
    "posts_fresh65.jsonl",
    "posts_fresh66.jsonl",
    "posts_fresh67.jsonl",
    "posts_fresh68.jsonl",
    "posts_fresh69.jsonl",
    "posts_fresh70.jsonl",
    "posts_fresh71.jsonl",
    "posts_fresh72.jsonl",
    "posts_fresh73.jsonl",
    "posts_fresh74.jsonl",
    "posts_fresh75.jsonl",
    "posts_fresh76.jsonl",
    "posts_fresh77.jsonl",
    "posts_fresh78.jsonl",
    "posts_fresh79.jsonl",
    "posts_fresh80.jsonl",
    "posts_fresh81.jsonl",
    "posts_fresh82.jsonl",
    "posts_fresh83.jsonl",
    "posts_fresh84.jsonl",
    "posts_fresh85.jsonl",
    "posts_fresh86.jsonl",
    "posts_fresh87.jsonl",
    "posts_fresh88.jsonl",
    "posts_fresh89.jsonl",
    "posts_fresh90.jsonl",
    "posts_fresh91.jsonl",
    "posts_fresh92.jsonl",
    "posts_fresh93.jsonl",
    "posts_fresh94.jsonl",
    "posts_fresh95.jsonl",
    "posts_fresh96.jsonl",
    "posts_fresh97.jsonl",
    "posts_fresh98.jsonl",
    "posts_fresh99.jsonl",
    "posts_fresh100.jsonl",
    "posts_fresh101.jsonl",
    "posts_fresh102.jsonl",
    "posts_fresh103.jsonl",
    "posts_fresh104.jsonl",
    "posts_fresh105.jsonl",
    "posts_fresh106.jsonl",
    "posts_fresh107.jsonl",
    "posts_fresh108.jsonl",
    "posts_fresh109.jsonl",
    "posts_fresh110.jsonl",
    "posts_fresh111.jsonl",
    "posts_fresh112.jsonl",
    "posts_fresh113.jsonl",
    "posts_fresh114.jsonl",
    "posts_fresh115.jsonl",
    "posts_fresh116.jsonl",
    "posts_fresh117.jsonl",
    "posts_fresh118.jsonl",
    "posts_fresh119.jsonl",
    "posts_fresh120.jsonl",
    "posts_fresh121.jsonl",
    "posts_fresh122.jsonl",
    "posts_fresh123.jsonl",
    "posts_fresh124.jsonl",
    "posts_fresh125.jsonl",
    "posts_fresh126.jsonl",
    "posts_fresh127.jsonl",
    "posts_fresh128.jsonl",
    "posts_fresh129.jsonl",
    "posts_fresh130.jsonl",
    "posts_fresh131.jsonl",
    "posts_fresh132.jsonl",
    "posts_fresh133.jsonl",
    "posts_fresh134.jsonl",
    "posts_fresh135.jsonl",
    "posts_fresh136.jsonl",
    "posts_fresh137.jsonl",
    "posts_fresh138.jsonl",
    "posts_fresh139.jsonl",
    "posts_fresh140.jsonl",
    "posts_fresh141.jsonl",
    "posts_fresh142.jsonl",
    "posts_fresh143.jsonl",
    "posts_fresh144.jsonl",
    "posts_fresh145.jsonl",
    "posts_fresh146.jsonl",
    "posts_fresh147.jsonl",
    "posts_fresh148.jsonl",
    "posts_fresh149.jsonl",
    "posts_fresh150.jsonl",
    "posts_fresh151.jsonl",
    "posts_fresh152.jsonl",
    "posts_fresh153.jsonl",
    "posts_fresh154.jsonl",
    "posts_fresh155.jsonl",
    "posts_fresh156.jsonl",
    "posts_fresh157.jsonl",
    "posts_fresh158.jsonl",
    "posts_fresh159.jsonl",
    "posts_fresh160.jsonl",
    "posts_fresh161.jsonl",
    "posts_fresh162.jsonl",
    "posts_fresh163.jsonl",
    "posts_fresh164.jsonl",
    "posts_fresh165.jsonl",
    "posts_fresh166.jsonl",
    "posts_fresh167.jsonl",
    "posts_fresh168.jsonl",
    "posts_fresh169.jsonl",
    "posts_fresh170.jsonl",
    "posts_fresh171.jsonl",
    "posts_fresh172.jsonl",
    "posts_fresh173.jsonl",
    "posts_fresh174.jsonl",
    "posts_fresh175.jsonl",
    "posts_fresh176.jsonl",
    "posts_fresh177.jsonl",
    "posts_fresh178.jsonl",
    "posts_fresh179.jsonl",
    "posts_fresh180.jsonl",
    "posts_fresh181.jsonl",
    "posts_fresh182.jsonl",
    "posts_fresh183.jsonl",
    "posts_fresh184.jsonl",
    "posts_fresh185.jsonl",
    "posts_fresh186.jsonl",
    "posts_fresh187.jsonl",
    "posts_fresh188.jsonl",
    "posts_fresh189.jsonl",
    "posts_fresh190.jsonl",
    "posts_fresh191.jsonl",
    "posts_fresh192.jsonl",
    "posts_fresh193.jsonl",
]


@pytest.mark.parametrize("target", SETS)
def test_jsonl_is_built_from_the_marked_up_posts(target):
    assert (HERE / target).read_text(encoding="utf-8") == _build_module().build(target), (
        "run: python tests/deid_eval/build.py"
    )


def test_labels_point_at_text_and_do_not_overlap():
    for post in [p for name in SETS for p in load_labelled(HERE / name)]:
        spans = sorted(post.spans, key=lambda s: s.start)
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start, post.id
        for s in spans:
            value = post.text[s.start : s.end]
            assert value.strip() == value, post.id
            assert value, post.id


def test_the_second_held_out_set_is_as_large_and_varied_as_promised():
    posts = load_labelled(HERE / "posts_heldout2.jsonl")
    clean = [p for p in posts if not p.spans]
    assert len(posts) - len(clean) >= 60
    assert len(clean) >= 20
    categories = {s.category for p in posts for s in p.spans}
    assert categories == set(PhiCategory) - {PhiCategory.BIOMETRIC_ID, PhiCategory.PHOTO}


def test_the_set_is_as_large_and_varied_as_promised():
    posts = load_labelled(HERE / "posts.jsonl")
    clean = [p for p in posts if not p.spans]
    assert len(posts) >= 150
    assert len(clean) >= 40
    assert len(posts) - len(clean) > len(posts) / 2
    categories = Counter(s.category for p in posts for s in p.spans)
    text_categories = set(PhiCategory) - {PhiCategory.BIOMETRIC_ID, PhiCategory.PHOTO}
    assert set(categories) == text_categories


# The figures reached when this test was last changed; raise them when the engine improves.
# posts_heldout2.jsonl scored 89.4% span recall, 87.1% full-cover recall and 96.2% precision
# (10 posts leaking) before any rule was changed after it was written.
BARS = {
    "posts.jsonl": {
        "span_recall": 0.994,
        "full_cover_recall": 0.994,
        "precision": 1.0,
        "leaking": 1,
    },
    "posts_heldout.jsonl": {
        "span_recall": 1.0,
        "full_cover_recall": 1.0,
        "precision": 1.0,
        "leaking": 0,
    },
    "posts_heldout2.jsonl": {
        "span_recall": 0.988,
        "full_cover_recall": 0.988,
        "precision": 1.0,
        "leaking": 1,
    },
    # posts_long.jsonl scored 71.4% span recall, 69.2% full-cover recall and 80.5% precision
    # (27 of 37 posts leaking, 8 of 11 clean posts with a false detection) before the rules
    # were changed; some of its misses then led to general rules, so these are no longer
    # figures for unseen text.
    "posts_long.jsonl": {
        "span_recall": 0.994,
        "full_cover_recall": 0.994,
        "precision": 1.0,
        "leaking": 1,
    },
    # Numbers, dates and contact data in formats the rules were not written from: 79.7% span
    # recall, 78.1% full-cover recall, 96.2% precision (14 posts leaking) when first scored.
    # Its misses then led to general rules, so its figures now are no longer unseen figures.
    "posts_numbers.jsonl": {
        "span_recall": 0.953,
        "full_cover_recall": 0.937,
        "precision": 1.0,
        "leaking": 4,
    },
}


@pytest.mark.parametrize("target", sorted(BARS))
def test_figures_stay_at_or_above_the_bars(target):
    scores = evaluate(load_labelled(HERE / target), detectors=builtin_detectors())
    bars = BARS[target]
    assert scores.span_recall >= bars["span_recall"], scores.summary()
    assert scores.full_cover_recall >= bars["full_cover_recall"], scores.summary()
    assert scores.precision >= bars["precision"], scores.summary()
    assert len(scores.leaking_documents) <= bars["leaking"], scores.summary()


def test_the_long_posts_are_long_and_varied():
    posts = load_labelled(HERE / "posts_long.jsonl")
    clean = [p for p in posts if not p.spans]
    assert len(posts) >= 45
    assert len(clean) >= 10
    assert all(60 <= len(p.text.split()) <= 175 for p in posts)
    names = [p.text[s.start : s.end] for p in posts for s in p.spans if s.category == "NAME"]
    assert len(names) >= 150
    assert any(not n.isascii() for n in names)  # diacritics
    assert any(n.islower() for n in names)  # lowercase
    assert any(n.isupper() for n in names)  # capitals


# posts_fresh.jsonl is an estimate of the engine on unseen text: it carries no bar, so that
# nobody tunes the engine against it. Its tests check only that it builds, parses and is labelled
# completely.
def test_the_fresh_set_is_long_varied_and_unscored():
    posts = load_labelled(HERE / "posts_fresh.jsonl")
    clean = [p for p in posts if not p.spans]
    assert len(posts) >= 75
    assert len(posts) - len(clean) >= 55
    assert len(clean) >= 18
    assert all(80 <= len(p.text.split()) <= 170 for p in posts)
    categories = {s.category for p in posts for s in p.spans}
    assert categories == set(PhiCategory) - {PhiCategory.BIOMETRIC_ID, PhiCategory.PHOTO}
    assert "posts_fresh.jsonl" not in BARS


# posts_fresh2.jsonl to posts_fresh6.jsonl are more unseen sets, written
# the same way with longer posts; they carry no bar either. Per set: posts, with identifiers,
# clean, words per post, names at least.
MORE_FRESH_SETS = {
    "posts_fresh2.jsonl": (75, 55, 18, (150, 600), 0),
    "posts_fresh3.jsonl": (60, 45, 15, (150, 450), 150),
    "posts_fresh4.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh5.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh6.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh7.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh8.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh9.jsonl": (85, 60, 20, (70, 200), 80),
    "posts_fresh10.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh11.jsonl": (85, 60, 20, (70, 200), 80),
    "posts_fresh12.jsonl": (85, 60, 20, (150, 400), 200),
    "posts_fresh13.jsonl": (85, 60, 20, (150, 400), 120),
    "posts_fresh14.jsonl": (85, 60, 20, (150, 400), 120),
    "posts_fresh15.jsonl": (85, 60, 20, (150, 400), 120),
    "posts_fresh16.jsonl": (85, 60, 20, (150, 400), 120),
    "posts_fresh17.jsonl": (85, 60, 20, (150, 400), 120),
    "posts_fresh18.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh19.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh20.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh21.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh22.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh23.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh24.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh25.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh26.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh27.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh28.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh29.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh30.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh31.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh32.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh33.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh34.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh35.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh36.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh37.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh38.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh39.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh40.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh41.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh42.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh43.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh44.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh45.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh46.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh47.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh48.jsonl": (85, 60, 20, (150, 400), 100),
    # one clean post in Japanese, written without spaces between words (581 characters)
    "posts_fresh49.jsonl": (85, 60, 20, (5, 400), 100),
    "posts_fresh50.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh51.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh52.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh53.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh54.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh55.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh56.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh57.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh58.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh59.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh60.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh61.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh62.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh63.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh64.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh65.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh66.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh67.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh68.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh69.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh70.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh71.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh72.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh73.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh74.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh75.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh76.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh77.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh78.jsonl": (85, 60, 20, (150, 400), 120),
    "posts_fresh79.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh80.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh81.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh82.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh83.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh84.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh85.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh86.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh87.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh88.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh89.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh90.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh91.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh92.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh93.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh94.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh95.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh96.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh97.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh98.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh99.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh100.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh101.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh102.jsonl": (85, 60, 20, (150, 400), 75),
    "posts_fresh103.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh104.jsonl": (85, 60, 20, (150, 400), 75),
    "posts_fresh105.jsonl": (85, 60, 20, (150, 400), 75),
    "posts_fresh106.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh107.jsonl": (85, 60, 20, (150, 400), 105),
    "posts_fresh108.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh109.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh110.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh111.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh112.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh113.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh114.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh115.jsonl": (85, 60, 20, (150, 400), 70),
    "posts_fresh116.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh117.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh118.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh119.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh120.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh121.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh122.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh123.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh124.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh125.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh126.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh127.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh128.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh129.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh130.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh131.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh132.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh133.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh134.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh135.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh136.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh137.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh138.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh139.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh140.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh141.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh142.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh143.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh144.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh145.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh146.jsonl": (85, 60, 20, (150, 400), 70),
    "posts_fresh147.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh148.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh149.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh150.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh151.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh152.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh153.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh154.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh155.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh156.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh157.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh158.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh159.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh160.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh161.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh162.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh163.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh164.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh165.jsonl": (85, 60, 20, (150, 400), 105),
    "posts_fresh166.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh167.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh168.jsonl": (85, 60, 20, (150, 400), 105),
    "posts_fresh169.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh170.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh171.jsonl": (85, 60, 20, (150, 400), 85),
    "posts_fresh172.jsonl": (85, 60, 20, (150, 400), 105),
    "posts_fresh173.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh174.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh175.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh176.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh177.jsonl": (85, 60, 20, (150, 400), 105),
    "posts_fresh178.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh179.jsonl": (85, 60, 20, (150, 400), 90),
    "posts_fresh180.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh181.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh182.jsonl": (85, 60, 20, (150, 400), 80),
    "posts_fresh183.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh184.jsonl": (85, 60, 20, (150, 400), 105),
    "posts_fresh185.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh186.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh187.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh188.jsonl": (85, 60, 20, (150, 400), 100),
    "posts_fresh189.jsonl": (85, 60, 20, (150, 400), 95),
    "posts_fresh190.jsonl": (85, 60, 20, (150, 400), 115),
    "posts_fresh191.jsonl": (85, 60, 20, (150, 400), 105),
    "posts_fresh192.jsonl": (85, 60, 20, (150, 400), 110),
    "posts_fresh193.jsonl": (85, 60, 20, (150, 400), 125),
}


@pytest.mark.parametrize("name", sorted(MORE_FRESH_SETS))
def test_the_other_fresh_sets_are_long_varied_and_unscored(name):
    size, with_ids, clean_posts, (shortest, longest), n_names = MORE_FRESH_SETS[name]
    posts = load_labelled(HERE / name)
    clean = [p for p in posts if not p.spans]
    assert len(posts) >= size
    assert len(posts) - len(clean) >= with_ids
    assert len(clean) >= clean_posts
    assert all(shortest <= len(p.text.split()) <= longest for p in posts)
    categories = {s.category for p in posts for s in p.spans}
    assert categories == set(PhiCategory) - {PhiCategory.BIOMETRIC_ID, PhiCategory.PHOTO}
    names = [p.text[s.start : s.end] for p in posts for s in p.spans if s.category == "NAME"]
    assert len(names) >= n_names
    assert any(not n.isascii() for n in names)  # diacritics
    assert any(n != unicodedata.normalize("NFC", n) for n in names)  # decomposed accents
    if name not in _WITHOUT_CASES:
        assert any(n.islower() for n in names)  # lowercase
        assert any(n.isupper() for n in names)  # capitals
    assert name not in BARS


#: Sets whose writers wrote no name wholly in lowercase or in capitals.
_WITHOUT_CASES = frozenset(
    {
        "posts_fresh38.jsonl",
        "posts_fresh51.jsonl",
        "posts_fresh53.jsonl",
        "posts_fresh58.jsonl",
        "posts_fresh64.jsonl",
        "posts_fresh166.jsonl",
        "posts_fresh168.jsonl",
        "posts_fresh172.jsonl",
        "posts_fresh184.jsonl",
    }
)


def _lookalikes(block):
    """Return the offsets of the ``[[~|text]]`` look-alikes in one marked-up post."""
    block = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), block)
    found, pos, length = [], 0, 0
    for m in re.finditer(r"\[\[([A-Z_~]+)\|(.+?)\]\]", block):
        length += m.start() - pos
        if m.group(1) == "~":
            found.append((length, length + len(m.group(2))))
        length += len(m.group(2))
        pos = m.end()
    return found


def _pronoun_opening_a_sentence(text, m):
    """Tell whether the match is an English function word opening a sentence ("Her mum")."""
    before = text[: m.start()].rstrip(" \t")
    return (
        (not before or before[-1] in '.!?"\u201c\n')
        and m.group(0)[:1].isupper()
        and bool(_lexicon.word_flags(m.group(0)) & _lexicon.ENGLISH_STOP)
    )


#: Forms of address inside a labelled name ("Mrs Okafor"): no name of their own elsewhere.
_FORMS_OF_ADDRESS = frozenset({"mrs", "miss", "sir", "madam", "auntie", "aunty", "uncle"})


@pytest.mark.parametrize(
    ("source_name", "prefix"),
    [
        ("posts_fresh.txt", "fresh"),
        ("posts_fresh2.txt", "fresh2"),
        ("posts_fresh3.txt", "fresh3"),
        ("posts_fresh4.txt", "fresh4"),
        ("posts_fresh5.txt", "fresh5"),
        ("posts_fresh6.txt", "fresh6"),
        ("posts_fresh7.txt", "fresh7"),
        ("posts_fresh8.txt", "fresh8"),
        ("posts_fresh9.txt", "fresh9"),
        ("posts_fresh10.txt", "fresh10"),
        ("posts_fresh11.txt", "fresh11"),
        ("posts_fresh12.txt", "fresh12"),
        ("posts_fresh13.txt", "fresh13"),
        ("posts_fresh14.txt", "fresh14"),
        ("posts_fresh15.txt", "fresh15"),
        ("posts_fresh16.txt", "fresh16"),
        ("posts_fresh17.txt", "fresh17"),
        ("posts_fresh18.txt", "fresh18"),
        ("posts_fresh19.txt", "fresh19"),
        ("posts_fresh20.txt", "fresh20"),
        ("posts_fresh21.txt", "fresh21"),
        ("posts_fresh22.txt", "fresh22"),
        ("posts_fresh23.txt", "fresh23"),
        ("posts_fresh24.txt", "fresh24"),
        ("posts_fresh25.txt", "fresh25"),
        ("posts_fresh26.txt", "fresh26"),
        ("posts_fresh27.txt", "fresh27"),
        ("posts_fresh28.txt", "fresh28"),
        ("posts_fresh29.txt", "fresh29"),
        ("posts_fresh30.txt", "fresh30"),
        ("posts_fresh31.txt", "fresh31"),
        ("posts_fresh32.txt", "fresh32"),
        ("posts_fresh33.txt", "fresh33"),
        ("posts_fresh34.txt", "fresh34"),
        ("posts_fresh35.txt", "fresh35"),
        ("posts_fresh36.txt", "fresh36"),
        ("posts_fresh37.txt", "fresh37"),
        ("posts_fresh38.txt", "fresh38"),
        ("posts_fresh39.txt", "fresh39"),
        ("posts_fresh40.txt", "fresh40"),
        ("posts_fresh41.txt", "fresh41"),
        ("posts_fresh42.txt", "fresh42"),
        ("posts_fresh43.txt", "fresh43"),
        ("posts_fresh44.txt", "fresh44"),
        ("posts_fresh45.txt", "fresh45"),
        ("posts_fresh46.txt", "fresh46"),
        ("posts_fresh47.txt", "fresh47"),
        ("posts_fresh48.txt", "fresh48"),
        ("posts_fresh49.txt", "fresh49"),
        ("posts_fresh50.txt", "fresh50"),
        ("posts_fresh51.txt", "fresh51"),
        ("posts_fresh52.txt", "fresh52"),
        ("posts_fresh53.txt", "fresh53"),
        ("posts_fresh54.txt", "fresh54"),
        ("posts_fresh55.txt", "fresh55"),
        ("posts_fresh56.txt", "fresh56"),
        ("posts_fresh57.txt", "fresh57"),
        ("posts_fresh58.txt", "fresh58"),
        ("posts_fresh59.txt", "fresh59"),
        ("posts_fresh60.txt", "fresh60"),
        ("posts_fresh61.txt", "fresh61"),
        ("posts_fresh62.txt", "fresh62"),
        ("posts_fresh63.txt", "fresh63"),
        ("posts_fresh64.txt", "fresh64"),
        ("posts_fresh65.txt", "fresh65"),
        ("posts_fresh66.txt", "fresh66"),
        ("posts_fresh67.txt", "fresh67"),
        ("posts_fresh68.txt", "fresh68"),
        ("posts_fresh69.txt", "fresh69"),
        ("posts_fresh70.txt", "fresh70"),
        ("posts_fresh71.txt", "fresh71"),
        ("posts_fresh72.txt", "fresh72"),
        ("posts_fresh73.txt", "fresh73"),
        ("posts_fresh74.txt", "fresh74"),
        ("posts_fresh75.txt", "fresh75"),
        ("posts_fresh76.txt", "fresh76"),
        ("posts_fresh77.txt", "fresh77"),
        ("posts_fresh78.txt", "fresh78"),
        ("posts_fresh79.txt", "fresh79"),
        ("posts_fresh80.txt", "fresh80"),
        ("posts_fresh81.txt", "fresh81"),
        ("posts_fresh82.txt", "fresh82"),
        ("posts_fresh83.txt", "fresh83"),
        ("posts_fresh84.txt", "fresh84"),
        ("posts_fresh85.txt", "fresh85"),
        ("posts_fresh86.txt", "fresh86"),
        ("posts_fresh87.txt", "fresh87"),
        ("posts_fresh88.txt", "fresh88"),
        ("posts_fresh89.txt", "fresh89"),
        ("posts_fresh90.txt", "fresh90"),
        ("posts_fresh91.txt", "fresh91"),
        ("posts_fresh92.txt", "fresh92"),
        ("posts_fresh93.txt", "fresh93"),
        ("posts_fresh94.txt", "fresh94"),
        ("posts_fresh95.txt", "fresh95"),
        ("posts_fresh96.txt", "fresh96"),
        ("posts_fresh97.txt", "fresh97"),
        ("posts_fresh98.txt", "fresh98"),
        ("posts_fresh99.txt", "fresh99"),
        ("posts_fresh100.txt", "fresh100"),
        ("posts_fresh101.txt", "fresh101"),
        ("posts_fresh102.txt", "fresh102"),
        ("posts_fresh103.txt", "fresh103"),
        ("posts_fresh104.txt", "fresh104"),
        ("posts_fresh105.txt", "fresh105"),
        ("posts_fresh106.txt", "fresh106"),
        ("posts_fresh107.txt", "fresh107"),
        ("posts_fresh108.txt", "fresh108"),
        ("posts_fresh109.txt", "fresh109"),
        ("posts_fresh110.txt", "fresh110"),
        ("posts_fresh111.txt", "fresh111"),
        ("posts_fresh112.txt", "fresh112"),
        ("posts_fresh113.txt", "fresh113"),
        ("posts_fresh114.txt", "fresh114"),
        ("posts_fresh115.txt", "fresh115"),
        ("posts_fresh116.txt", "fresh116"),
        ("posts_fresh117.txt", "fresh117"),
        ("posts_fresh118.txt", "fresh118"),
        ("posts_fresh119.txt", "fresh119"),
        ("posts_fresh120.txt", "fresh120"),
        ("posts_fresh121.txt", "fresh121"),
        ("posts_fresh122.txt", "fresh122"),
        ("posts_fresh123.txt", "fresh123"),
        ("posts_fresh124.txt", "fresh124"),
        ("posts_fresh125.txt", "fresh125"),
        ("posts_fresh126.txt", "fresh126"),
        ("posts_fresh127.txt", "fresh127"),
        ("posts_fresh128.txt", "fresh128"),
        ("posts_fresh129.txt", "fresh129"),
        ("posts_fresh130.txt", "fresh130"),
        ("posts_fresh131.txt", "fresh131"),
        ("posts_fresh132.txt", "fresh132"),
        ("posts_fresh133.txt", "fresh133"),
        ("posts_fresh134.txt", "fresh134"),
        ("posts_fresh135.txt", "fresh135"),
        ("posts_fresh136.txt", "fresh136"),
        ("posts_fresh137.txt", "fresh137"),
        ("posts_fresh138.txt", "fresh138"),
        ("posts_fresh139.txt", "fresh139"),
        ("posts_fresh140.txt", "fresh140"),
        ("posts_fresh141.txt", "fresh141"),
        ("posts_fresh142.txt", "fresh142"),
        ("posts_fresh143.txt", "fresh143"),
        ("posts_fresh144.txt", "fresh144"),
        ("posts_fresh145.txt", "fresh145"),
        ("posts_fresh146.txt", "fresh146"),
        ("posts_fresh147.txt", "fresh147"),
        ("posts_fresh148.txt", "fresh148"),
        ("posts_fresh149.txt", "fresh149"),
        ("posts_fresh150.txt", "fresh150"),
        ("posts_fresh151.txt", "fresh151"),
        ("posts_fresh152.txt", "fresh152"),
        ("posts_fresh153.txt", "fresh153"),
        ("posts_fresh154.txt", "fresh154"),
        ("posts_fresh155.txt", "fresh155"),
        ("posts_fresh156.txt", "fresh156"),
        ("posts_fresh157.txt", "fresh157"),
        ("posts_fresh158.txt", "fresh158"),
        ("posts_fresh159.txt", "fresh159"),
        ("posts_fresh160.txt", "fresh160"),
        ("posts_fresh161.txt", "fresh161"),
        ("posts_fresh162.txt", "fresh162"),
        ("posts_fresh163.txt", "fresh163"),
        ("posts_fresh164.txt", "fresh164"),
        ("posts_fresh165.txt", "fresh165"),
        ("posts_fresh166.txt", "fresh166"),
        ("posts_fresh167.txt", "fresh167"),
        ("posts_fresh168.txt", "fresh168"),
        ("posts_fresh169.txt", "fresh169"),
        ("posts_fresh170.txt", "fresh170"),
        ("posts_fresh171.txt", "fresh171"),
        ("posts_fresh172.txt", "fresh172"),
        ("posts_fresh173.txt", "fresh173"),
        ("posts_fresh174.txt", "fresh174"),
        ("posts_fresh175.txt", "fresh175"),
        ("posts_fresh176.txt", "fresh176"),
        ("posts_fresh177.txt", "fresh177"),
        ("posts_fresh178.txt", "fresh178"),
        ("posts_fresh179.txt", "fresh179"),
        ("posts_fresh180.txt", "fresh180"),
        ("posts_fresh181.txt", "fresh181"),
        ("posts_fresh182.txt", "fresh182"),
        ("posts_fresh183.txt", "fresh183"),
        ("posts_fresh184.txt", "fresh184"),
        ("posts_fresh185.txt", "fresh185"),
        ("posts_fresh186.txt", "fresh186"),
        ("posts_fresh187.txt", "fresh187"),
        ("posts_fresh188.txt", "fresh188"),
        ("posts_fresh189.txt", "fresh189"),
        ("posts_fresh190.txt", "fresh190"),
        ("posts_fresh191.txt", "fresh191"),
        ("posts_fresh192.txt", "fresh192"),
        ("posts_fresh193.txt", "fresh193"),
    ],
)
def test_every_occurrence_in_the_fresh_set_is_labelled(source_name, prefix):
    # A labelled string (or a part of a labelled name) that appears again in the same post
    # without a label must be a marked look-alike, or an all-lowercase ordinary word beside a
    # capitalised name. Matching ignores case and composed/decomposed accents.
    build = _build_module()
    source = (HERE / source_name).read_text(encoding="utf-8")
    unlabelled = []
    for n, block in enumerate(build._blocks(source), 1):
        text, spans = build.parse(block)
        covered = [(s["start"], s["end"]) for s in spans] + _lookalikes(block)
        terms = {}
        for s in spans:
            value = text[s["start"] : s["end"]]
            terms[value.lower()] = value
            if s["category"] == "NAME":
                for part in re.split(r"[\s\"]+", value):
                    # a word written small inside a capitalised name is no name of its own
                    # ("the" of "Dai the Van")
                    if (
                        len(part) >= 3
                        and not (part.islower() and value != value.lower())
                        and part.lower().rstrip(".") not in _FORMS_OF_ADDRESS
                    ):
                        terms.setdefault(part.lower(), part)
        for term, form in terms.items():
            for variant in {unicodedata.normalize(f, term) for f in ("NFC", "NFD")}:
                pattern = r"(?<!\w)" + re.escape(variant) + r"(?!\w)"
                for m in re.finditer(pattern, text, re.IGNORECASE):
                    if any(a <= m.start() and m.end() <= b for a, b in covered):
                        continue
                    if m.group(0).islower() and not form.islower():
                        continue
                    if _pronoun_opening_a_sentence(text, m):
                        continue  # "Her" opening a sentence, where "Her" is a surname too
                    unlabelled.append((f"{prefix}-{n:03d}", m.group(0)))
    assert unlabelled == []


def test_scorer_counts_overlap_cover_and_precision():
    text = "Sarah Jones met Bob at noon near Elm."
    post = LabelledPost(
        id="p",
        text=text,
        spans=[
            LabelledSpan(start=0, end=11, category="NAME"),  # covered in two touching parts
            LabelledSpan(start=16, end=19, category="NAME"),  # not found
            LabelledSpan(start=33, end=36, category="LOCATION"),  # only partly found
        ],
    )

    class Fixed:
        name = "fixed"

        def detect(self, _text):
            from rewardkit.deid import Detection

            for start, end in [(0, 5), (5, 11), (24, 28), (33, 35)]:
                yield Detection(
                    start=start, end=end, category=PhiCategory.NAME, score=1.0, detector="fixed"
                )

    scores = evaluate([post], detectors=[Fixed()])
    assert (scores.labelled, scores.found, scores.covered) == (3, 2, 1)
    assert (scores.detections, scores.true_detections) == (3, 2)
    assert scores.leaking_documents == ("p",)
    assert scores.false_documents == ("p",)
    assert scores.missed == (("p", PhiCategory.NAME),)
    assert scores.recall_by_category == {PhiCategory.NAME: 0.5, PhiCategory.LOCATION: 1.0}
    assert "span recall: 66.7%" in scores.summary()


def test_scorer_on_nothing():
    scores = evaluate([])
    assert (scores.span_recall, scores.full_cover_recall, scores.precision) == (1.0, 1.0, 1.0)


def test_evaluate_command_prints_the_figures(tmp_path, capsys):
    path = tmp_path / "set.jsonl"
    path.write_text(
        '{"id": "a", "text": "My client Rosalind smiled.", "spans": [{"start": 10, "end": 18, '
        '"category": "NAME"}]}\n\n{"id": "b", "text": "She smiled at 3pm."}\n',
        encoding="utf-8",
    )
    from rewardkit.deid.evaluate import main

    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "posts: 2, identifiers: 1, detections: 1" in out
    assert "span recall: 100.0%" in out
    assert "missed: none" in out


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("not json", "not JSON (column 1"),
        ("[1, 2]", "/: must be an object"),
        ('{"id": "a", "text": "hi", "spans": [], "note": 1}', "/note: unknown field"),
        ('{"id": "a", "text": "hi", "spans": [], "a/b~": 1}', "/a~1b~0: unknown field"),
        ('{"text": "hi"}', "/id: missing"),
        ('{"id": 7, "text": "hi"}', "/id: must be a string"),
        ('{"id": "a", "text": "hi", "spans": {}}', "/spans: must be an array"),
        ('{"id": "a", "text": "hi", "spans": [3]}', "/spans/0: must be an object"),
        (
            '{"id": "a", "text": "hi", "spans": [{"start": 0, "end": 1, "category": "NAME", '
            '"kind": 1}]}',
            "/spans/0/kind: unknown field",
        ),
        ('{"id": "a", "text": "hi", "spans": [{"end": 1, "category": "NAME"}]}', "/start: missing"),
        (
            '{"id": "a", "text": "hi", "spans": [{"start": 0, "end": 1.0, "category": "NAME"}]}',
            "/spans/0/end: must be an integer",
        ),
        (
            '{"id": "a", "text": "hi", "spans": [{"start": 0, "end": true, "category": "NAME"}]}',
            "/spans/0/end: must be an integer",
        ),
        (
            '{"id": "a", "text": "hi", "spans": [{"start": 1, "end": 9, "category": "NAME"}]}',
            "/spans/0: start 1, end 9: not a span of the text's 2 characters",
        ),
        (
            '{"id": "a", "text": "hi", "spans": [{"start": 1, "end": 1, "category": "NAME"}]}',
            "/spans/0: start 1, end 1",
        ),
        ('{"id": "a", "text": "hi", "spans": [{"start": 0, "end": 1}]}', "/category: missing"),
        (
            '{"id": "a", "text": "hi", "spans": [{"start": 0, "end": 1, "category": ["NAME"]}]}',
            "/spans/0/category: not a PHI category",
        ),
        ("[" * 100_000, "JSON nested too deeply"),
    ],
)
def test_a_line_that_is_no_labelled_post_is_refused_with_file_line_and_pointer(
    tmp_path, line, where
):
    path = tmp_path / "set.jsonl"
    good = '{"id": "a", "text": "Rosalind", "spans": [{"start": 0, "end": 8, "category": "NAME"}]}'
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_labelled(path)
    assert (caught.value.file, caught.value.line) == (str(path), 3)
    assert where in str(caught.value)
    assert "Rosalind" not in str(caught.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b'{"id": "a", "text": "hi", "spans": [{"start": 0, "end": 5}]}\n',
            ":1: /spans/0: start 0, end 5: not a span of the text's 2 characters",
        ),
        (b'{"id": "a", "text": "caf\xe9"}\n', ": not UTF-8 (byte 24)"),
        (None, ": No such file or directory"),
    ],
)
def test_evaluate_command_refuses_bad_input_without_a_traceback(tmp_path, content, expected):
    path = tmp_path / "set.jsonl"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "rewardkit.deid.evaluate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"python -m rewardkit.deid.evaluate: error: {path}{expected}\n"


def test_evaluate_command_has_help(capsys):
    from rewardkit.deid.evaluate import main

    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    assert (
        "usage: python -m rewardkit.deid.evaluate [-h] FILE [FILE ...]" in capsys.readouterr().out
    )


# The long sets with every name swapped for invented words that no list holds (seed 1): what
# the engine finds of names it has never met. Before the rules for capitalised words of no
# list (and commas after a role), span recall on these was 78-88%.
SWAPPED_BARS = {
    "posts_long.jsonl": (0.963, 0.963, 7),
    "posts_fresh.jsonl": (0.964, 0.948, 10),
    "posts_fresh2.jsonl": (0.975, 0.931, 13),
    "posts_fresh3.jsonl": (0.973, 0.961, 10),
    "posts_fresh4.jsonl": (0.986, 0.977, 5),
    "posts_fresh5.jsonl": (0.954, 0.936, 9),
    "posts_fresh6.jsonl": (0.975, 0.966, 7),
    "posts_fresh7.jsonl": (0.981, 0.954, 9),
    "posts_fresh8.jsonl": (0.985, 0.96, 7),
    "posts_fresh9.jsonl": (0.979, 0.974, 5),
    "posts_fresh10.jsonl": (0.981, 0.966, 7),
    "posts_fresh11.jsonl": (0.963, 0.953, 8),
    "posts_fresh12.jsonl": (0.967, 0.949, 21),
    "posts_fresh13.jsonl": (0.968, 0.956, 11),
    "posts_fresh14.jsonl": (0.967, 0.958, 11),
    "posts_fresh15.jsonl": (0.98, 0.927, 18),
    "posts_fresh16.jsonl": (0.987, 0.976, 6),
    "posts_fresh17.jsonl": (0.975, 0.951, 12),
    "posts_fresh18.jsonl": (0.98, 0.972, 5),
    "posts_fresh19.jsonl": (0.995, 0.975, 6),
    "posts_fresh20.jsonl": (0.969, 0.95, 11),
    "posts_fresh21.jsonl": (0.957, 0.941, 11),
    "posts_fresh22.jsonl": (0.98, 0.972, 7),
    "posts_fresh23.jsonl": (0.984, 0.953, 10),
    "posts_fresh24.jsonl": (0.972, 0.953, 10),
    "posts_fresh25.jsonl": (0.979, 0.971, 7),
    "posts_fresh26.jsonl": (0.975, 0.965, 7),
    "posts_fresh27.jsonl": (0.965, 0.93, 14),
    "posts_fresh28.jsonl": (0.955, 0.94, 11),
    "posts_fresh29.jsonl": (0.98, 0.95, 12),
    "posts_fresh30.jsonl": (0.965, 0.95, 9),
    "posts_fresh31.jsonl": (0.955, 0.94, 13),
    "posts_fresh32.jsonl": (0.94, 0.935, 14),
    "posts_fresh33.jsonl": (0.96, 0.95, 9),
    "posts_fresh34.jsonl": (0.95, 0.94, 11),
    "posts_fresh35.jsonl": (0.94, 0.91, 19),
    "posts_fresh36.jsonl": (0.955, 0.95, 8),
    "posts_fresh37.jsonl": (0.97, 0.955, 10),
    "posts_fresh38.jsonl": (0.985, 0.98, 5),
    "posts_fresh39.jsonl": (0.945, 0.915, 14),
    "posts_fresh40.jsonl": (0.99, 0.985, 4),
    "posts_fresh41.jsonl": (0.99, 0.98, 4),
    "posts_fresh42.jsonl": (0.98, 0.975, 6),
    "posts_fresh43.jsonl": (0.99, 0.975, 6),
    "posts_fresh44.jsonl": (0.98, 0.97, 7),
    "posts_fresh45.jsonl": (0.99, 0.98, 5),
    "posts_fresh46.jsonl": (0.975, 0.955, 9),
    "posts_fresh47.jsonl": (0.98, 0.965, 8),
    "posts_fresh48.jsonl": (0.965, 0.95, 10),
    "posts_fresh49.jsonl": (0.95, 0.95, 8),
    "posts_fresh50.jsonl": (0.975, 0.965, 8),
    "posts_fresh51.jsonl": (0.965, 0.955, 9),
    "posts_fresh52.jsonl": (0.955, 0.915, 18),
    "posts_fresh53.jsonl": (0.97, 0.945, 10),
    "posts_fresh54.jsonl": (0.98, 0.97, 7),
    "posts_fresh55.jsonl": (0.95, 0.94, 10),
    "posts_fresh56.jsonl": (0.97, 0.955, 8),
    "posts_fresh57.jsonl": (0.965, 0.955, 9),
    "posts_fresh58.jsonl": (0.975, 0.965, 7),
    "posts_fresh59.jsonl": (0.975, 0.965, 6),
    "posts_fresh60.jsonl": (0.945, 0.93, 10),
    "posts_fresh61.jsonl": (0.975, 0.96, 9),
    "posts_fresh62.jsonl": (0.925, 0.9, 19),
    "posts_fresh63.jsonl": (0.94, 0.925, 14),
    "posts_fresh64.jsonl": (0.98, 0.955, 8),
    "posts_fresh65.jsonl": (0.925, 0.915, 15),
    "posts_fresh66.jsonl": (0.93, 0.925, 14),
    "posts_fresh67.jsonl": (0.96, 0.94, 11),
    "posts_fresh68.jsonl": (0.985, 0.98, 3),
    "posts_fresh69.jsonl": (0.94, 0.93, 11),
    "posts_fresh70.jsonl": (0.94, 0.915, 16),
    "posts_fresh71.jsonl": (0.95, 0.94, 9),
    "posts_fresh72.jsonl": (0.96, 0.94, 10),
    "posts_fresh73.jsonl": (0.955, 0.92, 12),
    "posts_fresh74.jsonl": (0.96, 0.95, 10),
    "posts_fresh75.jsonl": (0.94, 0.915, 13),
    "posts_fresh76.jsonl": (0.945, 0.925, 15),
    "posts_fresh77.jsonl": (0.99, 0.985, 3),
    "posts_fresh78.jsonl": (0.975, 0.95, 7),
    "posts_fresh79.jsonl": (0.97, 0.965, 6),
    "posts_fresh80.jsonl": (0.94, 0.925, 14),
    "posts_fresh81.jsonl": (0.985, 0.98, 3),
    "posts_fresh82.jsonl": (0.985, 0.98, 4),
    "posts_fresh83.jsonl": (0.955, 0.94, 11),
    "posts_fresh84.jsonl": (0.96, 0.935, 12),
    "posts_fresh85.jsonl": (0.975, 0.97, 5),
    "posts_fresh86.jsonl": (0.96, 0.96, 8),
    "posts_fresh87.jsonl": (0.955, 0.945, 11),
    "posts_fresh88.jsonl": (0.97, 0.955, 8),
    "posts_fresh89.jsonl": (0.965, 0.95, 8),
    "posts_fresh90.jsonl": (0.935, 0.92, 14),
    "posts_fresh91.jsonl": (0.95, 0.94, 9),
    "posts_fresh92.jsonl": (0.95, 0.94, 10),
    "posts_fresh93.jsonl": (0.98, 0.97, 5),
    "posts_fresh94.jsonl": (0.98, 0.96, 8),
    "posts_fresh95.jsonl": (0.94, 0.91, 16),
    "posts_fresh96.jsonl": (0.955, 0.93, 13),
    "posts_fresh97.jsonl": (0.975, 0.96, 8),
    "posts_fresh98.jsonl": (0.955, 0.925, 14),
    "posts_fresh99.jsonl": (0.97, 0.96, 8),
    "posts_fresh100.jsonl": (0.975, 0.955, 9),
    "posts_fresh101.jsonl": (0.96, 0.945, 11),
    "posts_fresh102.jsonl": (0.955, 0.945, 12),
    "posts_fresh103.jsonl": (0.965, 0.955, 9),
    "posts_fresh104.jsonl": (0.92, 0.9, 17),
    "posts_fresh105.jsonl": (0.965, 0.96, 8),
    "posts_fresh106.jsonl": (0.97, 0.96, 7),
    "posts_fresh107.jsonl": (0.98, 0.965, 8),
    "posts_fresh108.jsonl": (0.975, 0.96, 9),
    "posts_fresh109.jsonl": (0.975, 0.965, 7),
    "posts_fresh110.jsonl": (0.95, 0.925, 13),
    "posts_fresh111.jsonl": (0.945, 0.915, 15),
    "posts_fresh112.jsonl": (0.945, 0.94, 11),
    "posts_fresh113.jsonl": (0.97, 0.945, 11),
    "posts_fresh114.jsonl": (0.975, 0.97, 6),
    "posts_fresh115.jsonl": (0.985, 0.975, 5),
    "posts_fresh116.jsonl": (0.94, 0.925, 15),
    "posts_fresh117.jsonl": (0.95, 0.94, 13),
    "posts_fresh118.jsonl": (0.96, 0.95, 8),
    "posts_fresh119.jsonl": (0.97, 0.955, 9),
    "posts_fresh120.jsonl": (0.97, 0.95, 11),
    "posts_fresh121.jsonl": (0.95, 0.94, 11),
    "posts_fresh122.jsonl": (0.95, 0.93, 14),
    "posts_fresh123.jsonl": (0.94, 0.91, 16),
    "posts_fresh124.jsonl": (0.95, 0.935, 14),
    "posts_fresh125.jsonl": (0.975, 0.94, 10),
    "posts_fresh126.jsonl": (0.96, 0.955, 10),
    "posts_fresh127.jsonl": (0.96, 0.93, 11),
    "posts_fresh128.jsonl": (0.95, 0.945, 12),
    "posts_fresh129.jsonl": (0.99, 0.975, 6),
    "posts_fresh130.jsonl": (0.94, 0.935, 13),
    "posts_fresh131.jsonl": (0.97, 0.965, 6),
    "posts_fresh132.jsonl": (0.975, 0.97, 7),
    "posts_fresh133.jsonl": (0.985, 0.9, 22),
    "posts_fresh134.jsonl": (0.955, 0.925, 16),
    "posts_fresh135.jsonl": (0.96, 0.94, 13),
    "posts_fresh136.jsonl": (0.96, 0.955, 10),
    "posts_fresh137.jsonl": (0.96, 0.935, 13),
    "posts_fresh138.jsonl": (0.975, 0.955, 10),
    "posts_fresh139.jsonl": (0.95, 0.915, 13),
    "posts_fresh140.jsonl": (0.95, 0.945, 9),
    "posts_fresh141.jsonl": (0.945, 0.92, 12),
    "posts_fresh142.jsonl": (0.96, 0.945, 10),
    "posts_fresh143.jsonl": (0.95, 0.89, 19),
    "posts_fresh144.jsonl": (0.95, 0.93, 11),
    "posts_fresh145.jsonl": (0.96, 0.945, 11),
    "posts_fresh146.jsonl": (0.93, 0.915, 18),
    "posts_fresh147.jsonl": (0.975, 0.955, 8),
    "posts_fresh148.jsonl": (0.955, 0.955, 9),
    "posts_fresh149.jsonl": (0.955, 0.925, 15),
    "posts_fresh150.jsonl": (0.97, 0.945, 10),
    "posts_fresh151.jsonl": (0.94, 0.925, 15),
    "posts_fresh152.jsonl": (0.975, 0.97, 6),
    "posts_fresh153.jsonl": (0.97, 0.965, 7),
    "posts_fresh154.jsonl": (0.95, 0.945, 10),
    "posts_fresh155.jsonl": (0.965, 0.95, 8),
    "posts_fresh156.jsonl": (0.96, 0.955, 8),
    "posts_fresh157.jsonl": (0.975, 0.97, 5),
    "posts_fresh158.jsonl": (0.955, 0.945, 12),
    "posts_fresh159.jsonl": (0.975, 0.95, 10),
    "posts_fresh160.jsonl": (0.965, 0.955, 7),
    "posts_fresh161.jsonl": (0.945, 0.94, 11),
    "posts_fresh162.jsonl": (0.97, 0.965, 8),
    "posts_fresh163.jsonl": (0.975, 0.97, 6),
    "posts_fresh164.jsonl": (0.965, 0.945, 11),
    "posts_fresh165.jsonl": (0.99, 0.99, 2),
    "posts_fresh166.jsonl": (0.955, 0.935, 14),
    "posts_fresh167.jsonl": (0.985, 0.985, 2),
    "posts_fresh168.jsonl": (0.97, 0.965, 7),
    "posts_fresh169.jsonl": (0.96, 0.955, 8),
    "posts_fresh170.jsonl": (0.955, 0.95, 9),
    "posts_fresh171.jsonl": (0.985, 0.97, 6),
    "posts_fresh172.jsonl": (0.98, 0.975, 5),
    "posts_fresh173.jsonl": (0.985, 0.97, 6),
    "posts_fresh174.jsonl": (0.955, 0.945, 10),
    "posts_fresh175.jsonl": (0.985, 0.975, 5),
    "posts_fresh176.jsonl": (0.955, 0.95, 8),
    "posts_fresh177.jsonl": (0.96, 0.96, 6),
    "posts_fresh178.jsonl": (0.98, 0.965, 7),
    "posts_fresh179.jsonl": (0.965, 0.955, 8),
    "posts_fresh180.jsonl": (0.965, 0.965, 5),
    "posts_fresh181.jsonl": (0.96, 0.945, 8),
    "posts_fresh182.jsonl": (0.97, 0.945, 11),
    "posts_fresh183.jsonl": (0.985, 0.955, 10),
    "posts_fresh184.jsonl": (0.965, 0.965, 6),
    "posts_fresh185.jsonl": (0.96, 0.95, 8),
    "posts_fresh186.jsonl": (0.965, 0.965, 7),
    "posts_fresh187.jsonl": (0.98, 0.975, 5),
    "posts_fresh188.jsonl": (0.985, 0.985, 3),
    "posts_fresh189.jsonl": (0.96, 0.95, 6),
    "posts_fresh190.jsonl": (0.96, 0.93, 13),
    "posts_fresh191.jsonl": (0.965, 0.94, 10),
    "posts_fresh192.jsonl": (0.96, 0.945, 11),
    "posts_fresh193.jsonl": (0.955, 0.94, 11),
}


@pytest.mark.parametrize("target", sorted(SWAPPED_BARS))
def test_names_never_met_are_found_about_as_well_as_listed_ones(target):
    posts = _swap_module().swapped(HERE / target, 1)
    scores = evaluate(posts, detectors=builtin_detectors())
    span, cover, leaking = SWAPPED_BARS[target]
    assert scores.span_recall >= span, scores.summary()
    assert scores.full_cover_recall >= cover, scores.summary()
    assert len(scores.leaking_documents) <= leaking, scores.summary()


#: Sets whose numbers are swapped for numbers nobody has met (read sets, and the numbers').
_NUMBER_SWAP_SETS = (
    "posts_numbers.jsonl",
    "posts_fresh.jsonl",
    "posts_fresh101.jsonl",
    "posts_fresh121.jsonl",
    "posts_fresh141.jsonl",
    "posts_fresh161.jsonl",
    "posts_fresh171.jsonl",
    "posts_fresh183.jsonl",
)


def _wholly_found(posts: list[LabelledPost], categories: frozenset[str]) -> list[bool]:
    detectors = builtin_detectors()
    found = []
    for post in posts:
        spans = sorted((d.start, d.end) for d in scan(post.text, detectors=detectors))
        found.extend(
            _covered(s.start, s.end, spans) for s in post.spans if s.category.value in categories
        )
    return found


@pytest.mark.parametrize("target", _NUMBER_SWAP_SETS)
def test_numbers_nobody_has_met_are_found_as_the_written_ones_are(target):
    swap = _swap_module()
    categories = swap.NUMBER_CATEGORIES
    written = _wholly_found(load_labelled(HERE / target), categories)
    swapped = _wholly_found(swap.swapped_numbers(HERE / target, 1), categories)
    lost = sum(a and not b for a, b in zip(written, swapped, strict=True))
    assert sum(written) >= 20
    assert lost <= max(1, sum(written) // 100), f"{lost} of {sum(written)} lost once swapped"


def test_swapped_numbers_keep_their_shape_and_their_spans():
    swap = _swap_module()
    original = load_labelled(HERE / "posts_numbers.jsonl")
    others = swap.swapped_numbers(HERE / "posts_numbers.jsonl", 1)
    changed = 0
    for post, other in zip(original, others, strict=True):
        assert other.spans == post.spans
        for s in post.spans:
            a, b = post.text[s.start : s.end], other.text[s.start : s.end]
            assert [c.isdigit() for c in a] == [c.isdigit() for c in b]
            assert [c for c in a if not c.isdigit()] == [c for c in b if not c.isdigit()]
            changed += a != b
            if s.category.value not in swap.NUMBER_CATEGORIES:
                assert a == b
    assert changed >= 20


def test_swapped_names_are_unlisted_and_the_other_spans_keep_their_text():
    swap = _swap_module()
    original = load_labelled(HERE / "posts_fresh6.jsonl")
    posts = swap.swapped(HERE / "posts_fresh6.jsonl", 1)
    swapped_names = 0
    for before, after in zip(original, posts, strict=True):
        assert len(before.spans) == len(after.spans)
        for a, b in zip(before.spans, after.spans, strict=True):
            old, new = before.text[a.start : a.end], after.text[b.start : b.end]
            if a.category is PhiCategory.NAME and old != new:
                swapped_names += 1
                for word in new.split():
                    assert not _lexicon.word_flags(word.capitalize()) & _lexicon.LISTED, word
            else:
                assert old == new
    assert swapped_names > 100
