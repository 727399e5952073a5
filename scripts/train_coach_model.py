"""Train the language coach's sentence model from the labelled sentences and write it to
secondstory/data/coach_model.npz. Deterministic: the same sentences always give the same model.

The model backs up the coach's rules: a logistic regression per kind on word stems, pairs of
stems and the mean word vector of the sentence. It is trained on the coach's own test corpus,
the development sets (tests/unit/coach_dev*_sentences.py) and plain sentences from the shipped
cases (`clean_prose`), never on the held-out set (tests/unit/coach_heldout2_sentences.py), which
measures it. Retrain after adding labelled sentences or cases.

Run: .venv/bin/python scripts/train_coach_model.py
"""

from __future__ import annotations

import re
import runpy
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secondstory.coach_model import (  # noqa: E402
    DIMENSIONS,
    KINDS,
    MIN_WORDS,
    MODEL_PATH,
    features,
    tokens,
)

# Between sentences, and between a finding's parts (joined by line breaks).
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")

DEV_SETS = sorted((ROOT / "tests" / "unit").glob("coach_dev*_sentences.py"))
MIN_COUNT = 2
STEPS, RATE, DECAY = 4000, 1.0, 1e-4


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
    return rows + [(text, set()) for text in clean_prose()]


def clean_prose() -> list[str]:
    """Plain sentences from the shipped cases: every sentence of the expert references, and
    those of the strong, paraphrase and partial samples that no rule of the coach flags. The
    labelled sets hold few plain statements about a practitioner, an agency or a document, so
    the model read many such sentences ("The practice nurse followed the Was Not Brought policy
    well.") as blame."""
    from secondstory.coach import coach
    from secondstory.loading import load_library
    from secondstory.marking.findings import coach_texts
    from secondstory.reference import reference_analysis

    def texts(analysis):
        for episode in analysis.episodes:
            yield episode.why_key
            yield episode.local_rationality
            for appraisal in (episode.appraisal, episode.appraisal_after_reveal):
                if appraisal is not None:
                    yield appraisal.reasoning
            yield from (factor.statement for factor in episode.factors)
        for finding in analysis.findings:
            yield from (text for text, _names in coach_texts(finding, []))

    found: dict[str, None] = {}
    for scenario in load_library(ROOT / "scenarios", warnings=False).scenarios.values():
        samples = [
            sample.analysis
            for sample in scenario.samples
            if any(word in sample.id for word in ("strong", "paraphrase", "partial"))
        ]
        # The expert's sentences are plain by definition (the rules' few flags on them are
        # their mistakes: "would have meant days' delay" is the practitioner's view); a
        # trainee's sentence counts only where no rule flags it.
        for analysis, checked in [
            (reference_analysis(scenario), False),
            *((a, True) for a in samples),
        ]:
            for text in texts(analysis):
                for sentence in SENTENCE_END.split(text.strip()):
                    if len(sentence.split()) >= MIN_WORDS and not (checked and coach(sentence)):
                        found[sentence] = None
    return sorted(found)


def design(rows: list[tuple[str, set[str]]], index: dict[str, int]):
    """The features of every sentence: (sentence, token) pairs of the tokens it holds, and the
    mean word vectors as a dense block (the same features as `features`, kept sparse so that
    training takes seconds)."""
    at_row, at_token = [], []
    dense = np.zeros((len(rows), DIMENSIONS))
    for i, (text, _) in enumerate(rows):
        held = sorted({index[t] for t in tokens(text) if t in index})
        at_row += [i] * len(held)
        at_token += held
        dense[i] = features(text, {})
    return np.array(at_row), np.array(at_token), dense


def train(rows, index, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression for every column of y at once, by full-batch gradient descent with
    weight decay: (weights, one row per column of y; biases)."""
    at_row, at_token, dense = design(rows, index)
    n, k = y.shape
    w_tokens = np.zeros((len(index), k))
    w_dense = np.zeros((DIMENSIONS, k))
    b = np.zeros(k)
    vocabulary = len(index)
    for _ in range(STEPS):
        z = dense @ w_dense + b
        for j in range(k):
            z[:, j] += np.bincount(at_row, weights=w_tokens[at_token, j], minlength=n)
        r = (1 / (1 + np.exp(-z)) - y) / n
        g_tokens = np.stack(
            [np.bincount(at_token, weights=r[at_row, j], minlength=vocabulary) for j in range(k)],
            axis=1,
        )
        w_tokens -= RATE * (g_tokens + DECAY * w_tokens)
        w_dense -= RATE * (dense.T @ r + DECAY * w_dense)
        b -= RATE * r.sum(axis=0)
    return np.hstack([w_tokens.T, w_dense.T]), b


def main() -> None:
    rows = labelled()
    counts: dict[str, int] = {}
    for text, _ in rows:
        for token in set(tokens(text)):
            counts[token] = counts.get(token, 0) + 1
    vocabulary = sorted(t for t, n in counts.items() if n >= MIN_COUNT)
    index = {t: i for i, t in enumerate(vocabulary)}
    y = np.array(
        [[bool(k) for k in (kinds, *({kind} & kinds for kind in KINDS))] for _, kinds in rows],
        dtype=np.float64,
    )
    weights, biases = train(rows, index, y)
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
