"""Every abbreviation a case uses is in the glossary or explained in the case (a `validate`
warning otherwise), with the exclusions a reader would expect: names, initials, ordinary words in
capitals."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from secondstory import crosschecks, loading
from secondstory.learn import (
    ABBREVIATIONS,
    abbreviations_in,
    glossary_abbreviations,
    spelled_out,
    unexplained_abbreviations,
)
from tests.unit.factories import make_scenario

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))


def _with_text(text: str, **more):
    scenario = make_scenario()
    entry = scenario.chronology[0].model_copy(update={"what_happened": text})
    return scenario.model_copy(update={"chronology": [entry, *scenario.chronology[1:]], **more})


def _unexplained(text: str, **more) -> list[str]:
    return [found for _, found in unexplained_abbreviations(_with_text(text, **more))]


def test_abbreviations_are_capitals_joined_by_ampersands_or_hyphens():
    text = "Seen in A&E; CP-IS flag; GCP2 done; HV-led visit; I went; Maisie; the DSL's note."
    assert abbreviations_in(text) == ["A&E", "CP-IS", "GCP2", "HV", "DSL"]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_abbreviation_in_a_shipped_case_is_explained(path):
    result = loading.load_scenario_file(path)
    assert result.ok
    assert unexplained_abbreviations(result.scenario) == []


def test_a_new_abbreviation_is_reported_where_it_is_first_used():
    scenario = _with_text("Discussed at the QZX panel. The QZX agreed a plan.")
    assert unexplained_abbreviations(scenario) == [(("chronology", 0, "what_happened"), "QZX")]
    [(path, message)] = [w for w in crosschecks.warnings(scenario) if "QZX" in w[1]]
    assert path == ("chronology", 0, "what_happened")
    assert message.startswith("'QZX' looks like an abbreviation")


def test_glossary_abbreviations_pass_and_include_those_in_glossary_terms():
    assert "KPE" in glossary_abbreviations()
    assert _unexplained("Referred to the MASH; IDVA and the DSL told; KPE noted.") == []


def test_an_abbreviation_spelled_out_anywhere_in_the_case_is_explained():
    assert spelled_out("BBR", "the Building Better Relationships (BBR) programme")
    assert spelled_out("PHQ", "a mood questionnaire (PHQ-9, the Patient Health Questionnaire)")
    assert not spelled_out("BBR", "the BBR programme started")
    assert _unexplained("Referred to the Quarry Zone Exchange (QZE). The QZE met.") == []


def test_a_case_can_list_its_own_abbreviations():
    assert _unexplained("The QZX met.", abbreviations={"QZX": "A made-up panel"}) == []


def test_names_initials_agencies_and_ordinary_words_in_capitals_are_left_aside():
    scenario = make_scenario()
    person = scenario.people.practitioners[0].name
    initials = "".join(w[0] for w in person.split())
    surname = person.split()[-1].upper()
    agency = scenario.agencies[0].name
    texts = [
        f"Seen by {surname}. Signed {initials}.",
        "Risk: HIGH. The risk was high. Mum said she was OK.",
    ]
    if len(agency.split()) >= 2:
        texts.append("Passed to " + "".join(w[0] for w in agency.split()).upper() + ".")
    assert len(initials) >= 2
    assert _unexplained(" ".join(texts)) == []


def test_every_glossary_abbreviation_is_spelled_out_in_full():
    for abbreviation, meaning in ABBREVIATIONS.items():
        assert meaning.strip() and meaning[0].isupper(), abbreviation


def test_validate_on_the_shipped_library_is_valid_with_no_warnings():
    run = subprocess.run(
        [sys.executable, "-m", "secondstory", "validate", "scenarios/"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0
    assert run.stdout == ""
    assert run.stderr == f"{len(SHIPPED)} scenario file(s) valid\n"
