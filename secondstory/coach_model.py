"""The language coach's sentence model: it reads a whole sentence for the kinds of wording the
coach's rules look for, to catch the many ways of saying them that no rule names.

A logistic regression per kind (and one for "any") over word stems, pairs of stems and the
sentence's mean word vector (`embedding`), trained by scripts/train_coach_model.py on labelled
sentences and shipped as secondstory/data/coach_model.npz. It is loaded once per process and
gives the same answer for the same sentence every time. The coach uses it only for sentences its
rules left alone, and only when it is confident (THRESHOLD).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from secondstory.embedding import word_vector
from secondstory.matching import stem, words

MODEL_PATH = Path(__file__).resolve().parent / "data" / "coach_model.npz"
KINDS = ("counterfactual", "blame", "hindsight", "reflexive_fix", "case_specific")
# How sure the model must be that a sentence needs another look before the coach flags it, and
# how sure of the kind: both must agree, or a plain sentence about staff or agencies is flagged.
# Chosen with each of the three newest labelled sets left out of training in turn: on the one
# the rules were not written against (dev9, the first held-out set), 0.6 and 0.3 with the model
# trained as scripts/train_coach_model.py does gave precision 0.933 and recall 0.950 (0.8 and
# 0.45: 0.930 and 0.907), and flagged none of the coach's own plain sentences.
THRESHOLD = 0.6
KIND_THRESHOLD = 0.3
DIMENSIONS = 256
# Shorter sentences give the model too little to go on: plain statements such as "Staff across
# teams say it is usual." read to it like verdicts. (With dev9 left out of training, 8 rather
# than 4 lost nothing there: precision 0.933, recall 0.950 both ways.)
MIN_WORDS = 8


def tokens(text: str) -> list[str]:
    """Word stems and pairs of neighbouring stems."""
    stems = [stem(w) for w in words(text)]
    return stems + [f"{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]


def features(text: str, index: dict[str, int]) -> np.ndarray:
    x = np.zeros(len(index) + DIMENSIONS, dtype=np.float32)
    for token in set(tokens(text)):
        at = index.get(token)
        if at is not None:
            x[at] = 1.0
    long_words = [w for w in words(text) if len(w) > 2]
    if long_words:
        x[len(index) :] = np.mean([word_vector(w) for w in long_words], axis=0)
    return x


@dataclass(frozen=True)
class _Model:
    index: dict[str, int]
    weights: np.ndarray  # one row for "any", then one per kind
    biases: np.ndarray


_lock = threading.Lock()
_model: _Model | None = None


def _load() -> _Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                with np.load(MODEL_PATH, allow_pickle=False) as data:
                    vocabulary = [str(t) for t in data["vocabulary"]]
                    _model = _Model(
                        {t: i for i, t in enumerate(vocabulary)}, data["weights"], data["biases"]
                    )
    return _model


@dataclass(frozen=True)
class Reading:
    probability: float  # that the sentence needs another look
    kind: str  # the most likely kind
    kind_probability: float

    @property
    def flagged(self) -> bool:
        return self.probability >= THRESHOLD and self.kind_probability >= KIND_THRESHOLD


def read(sentence: str) -> Reading:
    model = _load()
    scores = model.weights @ features(sentence, model.index) + model.biases
    probabilities = 1 / (1 + np.exp(-scores.astype(np.float64)))
    best = int(np.argmax(probabilities[1:]))
    return Reading(float(probabilities[0]), KINDS[best], float(probabilities[1 + best]))
