# ruff: noqa: INP001, T201 - a maintainer's script, not part of the package
"""
Fit the learned detector's model (``rewardkit.deid._learned``) and write its weights.

The model is a multinomial logistic regression (scikit-learn, L2, ``C`` below) over the
features :func:`rewardkit.deid._learned.features` gives each candidate word: four classes,
no identifier, a name, a place, an organisation. It is fitted on the English posts of the
labelled evaluation sets in ``tests/deid_eval/`` that the docs report as read; the sets in
:data:`UNREAD` are never read by anyone working on the rules, and never fed to the model, so
that they still measure text the engine has not met. The labels are the sets' own spans:
a word inside a NAME, LOCATION or ORGANIZATION span is of that class, a word inside a span
of another category is left out, every other candidate word is "no identifier".

Run from the repository root, with the test extras installed (scikit-learn)::

    python scripts/train_word_model.py

It writes ``src/rewardkit/deid/data/learned_words.bin`` (or ``--out FILE``): a header line,
the features' names one a line (the first, empty, for the intercepts), a NUL byte, then each
feature's three weights (name, place, organisation: log-odds against no identifier, rounded
to four places) as little-endian 32-bit floats. Features whose weights are all smaller than
``--prune`` are left out.
"""

from __future__ import annotations

import argparse
import array
import sys
from pathlib import Path

from rewardkit.deid._language import text_reads_as_english
from rewardkit.deid._learned import (
    CATEGORIES,
    WEIGHTS_FILE,
    WEIGHTS_HEADER,
    candidate,
    document,
    features,
)
from rewardkit.deid._words import words
from rewardkit.deid.evaluate import load_labelled

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "deid_eval"
#: The evaluation sets nobody has read (``docs/deidentification.md`` lists them): never
#: trained on.
UNREAD = frozenset(
    (
        *(69, 70, 75, 76, 79, 80, 83, 84, 87, 90, 91, 92, 94, 95, 97, 98, 99, 100, 102, 103),
        *(106, 108, 110, 111, 113, 116, 117, 119, 122, 126, 128, 130, 133, 135, 136, 138),
        *(140, 142, 144, 146, 148, 150, 152, 154, 156, 158, 160, 162, 164, 166, 168, 170),
        *(172, 174, 176, 178, 179, 180, 181, 182, 184, 186, 188, 190, 192),
    )
)
#: The inverse of the regularisation's strength.
C = 3.0


def training_files() -> list[Path]:
    """Return the labelled sets the model is fitted on: every set but the unread ones."""
    out = []
    for path in sorted(SETS.glob("posts*.jsonl")):
        number = path.stem.removeprefix("posts_fresh")
        if number.isdigit() and int(number) in UNREAD:
            continue
        out.append(path)
    return out


def examples(paths: list[Path]) -> tuple[list[list[str]], list[int]]:
    """Return the candidate words' features and classes (0: none, 1 + index of CATEGORIES)."""
    xs: list[list[str]] = []
    ys: list[int] = []
    for path in paths:
        for post in load_labelled(path):
            if not text_reads_as_english(post.text):
                continue
            ws = words(post.text)
            doc = document(ws)
            for i, w in enumerate(ws):
                if not candidate(w):
                    continue
                label = 0
                for span in post.spans:
                    if span.start < w.end and w.start < span.end:
                        category = span.category
                        label = 1 + CATEGORIES.index(category) if category in CATEGORIES else -1
                        break
                if label >= 0:
                    xs.append(features(ws, i, doc))
                    ys.append(label)
    return xs, ys


def main() -> int:
    """Fit the model and write its weights."""
    import numpy as np  # noqa: PLC0415 - the test extras' libraries, for this script only
    from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=ROOT / "src" / "rewardkit" / "deid" / "data" / WEIGHTS_FILE
    )
    parser.add_argument("--prune", type=float, default=0.2)
    args = parser.parse_args()
    paths = training_files()
    xs, ys = examples(paths)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(dict.fromkeys(x, 1) for x in xs)
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(matrix, np.array(ys))
    # Log-odds of each category against "no identifier" (class 0).
    coef = model.coef_[1:] - model.coef_[0]
    bias = model.intercept_[1:] - model.intercept_[0]
    names = [""]
    values = [float(b) for b in bias]
    for j, name in enumerate(vectorizer.get_feature_names_out()):
        weights = coef[:, j]
        if np.abs(weights).max() < args.prune or "\n" in name or "\0" in name:
            continue
        names.append(name)
        values.extend(float(v) for v in weights)
    packed = array.array("f", (round(v, 4) for v in values))
    if sys.byteorder != "little":
        packed.byteswap()
    header = WEIGHTS_HEADER + f": {len(paths)} sets, {len(ys)} words, C={C}".encode()
    args.out.write_bytes(
        header + b"\n" + "\n".join(names).encode("utf-8") + b"\0" + packed.tobytes()
    )
    kept = len(names) - 1
    print(f"{len(paths)} sets, {len(ys)} words, {kept} of {coef.shape[1]} features kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
