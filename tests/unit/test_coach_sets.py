"""The language coach measured on labelled sentences written without sight of its rules, by
writers other than the coach's author: the sets the rules and the sentence model were developed
against (several were first held out, measured once, then used for development: dev5, dev6,
dev7, dev8 and dev9, the first held-out set), and a set kept aside until the end
(coach_heldout2_sentences.py) that neither the rules nor the model were ever tuned on."""

from __future__ import annotations

import importlib

import pytest

from secondstory.coach import KINDS
from secondstory.coach_measure import measure

SETS = [
    "coach_dev_sentences",
    "coach_dev2_sentences",
    "coach_dev3_sentences",
    "coach_dev4_sentences",
    "coach_dev5_sentences",
    "coach_dev6_sentences",
    "coach_dev7_sentences",
    "coach_dev8_sentences",
    "coach_dev9_sentences",
    "coach_heldout2_sentences",
]
# Written to stress unusual wordings, measured unseen (rules and model: precision 0.912 and
# 0.934, recall 0.738 and 0.738), then added to the model's training sentences only.
HARD_SETS = ["coach_dev5_sentences", "coach_dev6_sentences"]


def _load(name: str) -> list[dict]:
    return importlib.import_module(f"tests.unit.{name}").SENTENCES


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_well_formed(name):
    sentences = _load(name)
    assert len(sentences) >= 250
    clean = sum(1 for s in sentences if not s["kinds"])
    assert clean / len(sentences) >= 0.4
    assert all(set(s["kinds"]) <= set(KINDS) for s in sentences)
    assert all(s["field"] in ("analysis", "finding") for s in sentences)


@pytest.mark.parametrize("name", [s for s in SETS[:-1] if s not in HARD_SETS])
def test_precision_and_recall_on_the_development_sets_are_at_least_ninety_percent(name):
    found = measure(_load(name))
    assert found.precision >= 0.9, found
    assert found.recall >= 0.9, found
    assert found.kind_agreement >= 0.9, found


@pytest.mark.parametrize("name", HARD_SETS)
def test_on_the_sets_of_unusual_wordings_precision_holds_and_recall_does_not_fall_back(name):
    found = measure(_load(name))
    assert found.precision >= 0.9, found
    assert found.recall >= 0.8, found


def test_on_the_held_out_set_precision_and_recall_are_at_least_ninety_percent():
    # Measured once, at the end of the third session (2026-12-03), after the rules and the
    # model were final: precision 0.995, recall 0.960, kinds 0.927 (the coach as it stood
    # before that session: precision 1.0, recall 0.874). With the model also trained on plain
    # expert sentences (2026-12-04, docs/marking.md): precision 1.0, recall 0.950.
    found = measure(_load("coach_heldout2_sentences"))
    assert found.precision >= 0.9, found
    assert found.recall >= 0.9, found
    assert found.kind_agreement >= 0.9, found


def test_the_sentence_model_is_trained_without_the_held_out_set():
    import runpy
    from pathlib import Path

    script = runpy.run_path(
        str(Path(__file__).resolve().parents[2] / "scripts/train_coach_model.py")
    )
    names = [p.name for p in script["DEV_SETS"]]
    assert names and all("heldout" not in n for n in names)


def test_the_sentence_model_reads_the_same_sentence_the_same_way():
    from secondstory.coach_model import read

    sentence = "Any half-decent practitioner would have spotted the pattern straight away."
    assert read(sentence) == read(sentence)
    assert read(sentence).probability >= 0.8
