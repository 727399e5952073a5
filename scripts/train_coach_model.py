"""Train the language coach's sentence model from the labelled sentences and write it to
secondstory/data/coach_model.npz. Deterministic: the same sentences always give the same model.

The model backs up the coach's rules: a logistic regression per kind on word stems, pairs of
stems and the mean word vector of the sentence. It is trained on the coach's own test corpus and
the development sets (tests/unit/coach_dev*_sentences.py), never on the held-out set
(tests/unit/coach_heldout_sentences.py), which measures it.

Run: .venv/bin/python scripts/train_coach_model.py
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secondstory.coach_model import KINDS, MODEL_PATH, features, tokens  # noqa: E402

DEV_SETS = sorted((ROOT / "tests" / "unit").glob("coach_dev*_sentences.py"))
MIN_COUNT = 2
STEPS, RATE, DECAY = 800, 1.0, 1e-3


def labelled() -> list[tuple[str, set[str]]]:
    corpus = runpy.run_path(str(ROOT / "tests" / "unit" / "coach_sentences.py"))
    rows = [
        (text, {kind})
        for kind, name in (
            ("counterfactual", "COUNTERFACTUAL"),
            ("blame", "BLAME"),
            ("hindsight", "HINDSIGHT"),
            ("reflexive_fix", "REFLEXIVE_FIX"),
        )
        for text, _ in corpus[name]
    ]
    rows += [(text, set()) for text in corpus["NOT_FLAGGED"]]
    for path in DEV_SETS:
        rows += [(s["text"], set(s["kinds"])) for s in runpy.run_path(str(path))["SENTENCES"]]
    return rows


def train(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    w = np.zeros(x.shape[1], dtype=np.float64)
    b = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= RATE * (x.T @ (p - y) / len(y) + DECAY * w)
        b -= RATE * float((p - y).mean())
    return w, b


def main() -> None:
    rows = labelled()
    counts: dict[str, int] = {}
    for text, _ in rows:
        for token in set(tokens(text)):
            counts[token] = counts.get(token, 0) + 1
    vocabulary = sorted(t for t, n in counts.items() if n >= MIN_COUNT)
    index = {t: i for i, t in enumerate(vocabulary)}
    x = np.stack([features(text, index) for text, _ in rows]).astype(np.float64)
    weights, biases = [], []
    for kind in ("any", *KINDS):
        y = np.array([bool(k) if kind == "any" else kind in k for _, k in rows], dtype=np.float64)
        w, b = train(x, y)
        weights.append(w)
        biases.append(b)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        MODEL_PATH,
        vocabulary=np.array(vocabulary),
        weights=np.array(weights, dtype=np.float32),
        biases=np.array(biases, dtype=np.float32),
    )
    print(
        f"{len(rows)} sentences, {len(vocabulary)} features: wrote {MODEL_PATH.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
