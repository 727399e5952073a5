"""The language coach measured on labelled sentences written without sight of its rules, by
writers other than the coach's author: two sets the rules were developed against, and a set kept
aside until the end (coach_heldout_sentences.py) that the rules were never tuned on."""

from __future__ import annotations

import importlib

import pytest

from secondstory.coach import KINDS
from secondstory.coach_measure import measure

SETS = ["coach_dev_sentences", "coach_dev2_sentences", "coach_heldout_sentences"]


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


@pytest.mark.parametrize("name", SETS)
def test_precision_and_recall_are_at_least_ninety_percent(name):
    found = measure(_load(name))
    assert found.precision >= 0.9, found
    assert found.recall >= 0.9, found
    assert found.kind_agreement >= 0.9, found
