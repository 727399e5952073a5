"""The language coach measured on labelled sentences written without sight of its rules, by
writers other than the coach's author: four sets the rules were developed against (the third
and fourth were first held out, measured once, then used for development), and a set kept aside
until the end (coach_heldout_sentences.py) that the rules were never tuned on."""

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
    "coach_heldout_sentences",
]


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


@pytest.mark.parametrize("name", SETS[:-1])
def test_precision_and_recall_on_the_development_sets_are_at_least_ninety_percent(name):
    found = measure(_load(name))
    assert found.precision >= 0.9, found
    assert found.recall >= 0.9, found
    assert found.kind_agreement >= 0.9, found


def test_on_the_held_out_set_precision_holds_and_recall_does_not_fall_back():
    # Measured at the end, on 2026-12-03: precision 0.923, recall 0.894; then, after the model
    # was made to agree on the kind too (it flagged plain finding statements such as "Staff
    # across teams say it is usual." or "Children's needs can go unseen for months."), precision
    # 0.928, recall 0.876, kinds 0.972. The target is 0.90 for both; these floors catch a change
    # that loses ground.
    found = measure(_load("coach_heldout_sentences"))
    assert found.precision >= 0.9, found
    assert found.recall >= 0.87, found
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
