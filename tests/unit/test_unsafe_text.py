"""Characters XML cannot hold: refused where text comes in (typed answers, imported analyses,
scenario files), cleaned where it goes out (YAML and JSON exports), so an attempt stored before
the rule still exports and its export imports again."""

from __future__ import annotations

import json

import pytest

from secondstory import exchange, loading, workflow
from secondstory.models import TraineeAppraisal, TraineeFinding
from secondstory.textsafe import unsafe_character, xml_safe
from tests.unit.factories import make_scenario

VT = "\x0b"


@pytest.fixture(scope="module")
def scenario():
    return make_scenario(entries=6, episodes=2)


@pytest.fixture
def analysis(scenario):
    analysis, _ = workflow.add_episode(workflow.new_analysis(scenario), "Visit", ["e01"])
    return analysis


def test_unsafe_character_names_the_character_and_where_it_is():
    message = unsafe_character(f"The health visitor{VT}saw the baby")
    assert message is not None
    assert "vertical tab (U+000B)" in message and "after “The health visitor”" in message
    assert unsafe_character("Tabs\tand\nline breaks\r\nare fine 🙂") is None


def test_xml_safe_replaces_only_what_xml_cannot_hold():
    assert xml_safe(f"a{VT}b\x0cc\x00d\ud83de\tf\ng 🙂") == "a b c d e\tf\ng 🙂"


def test_typed_answers_with_a_control_character_are_refused(analysis):
    episode_id = analysis.episodes[0].id
    attempts = [
        lambda: workflow.add_episode(analysis, f"Bad{VT}title", ["e02"]),
        lambda: workflow.update_episode(analysis, episode_id, why_key=f"why{VT}"),
        lambda: workflow.update_episode(analysis, episode_id, local_rationality=f"lr{VT}"),
        lambda: workflow.set_appraisal(analysis, episode_id, "in_line", f"seen{VT}then"),
        lambda: workflow.add_factor(analysis, episode_id, "human_tool", None, f"x{VT}y", []),
        lambda: workflow.add_finding(analysis, TraineeFinding(statement=f"f{VT}")),
        lambda: workflow.add_finding(analysis, TraineeFinding(statement="ok", questions=[VT])),
    ]
    for attempt in attempts:
        with pytest.raises(ValueError, match="vertical tab"):
            attempt()


def test_an_edit_is_not_refused_for_old_characters_elsewhere(analysis):
    """Text stored before the rule must not lock the trainee out of editing the rest."""
    episode_id = analysis.episodes[0].id
    old = analysis.model_copy(
        update={"findings": [TraineeFinding(statement=f"old{VT}text", case_evidence="")]}
    )
    old = old.model_copy(
        update={
            "episodes": [
                old.episodes[0].model_copy(
                    update={"appraisal": TraineeAppraisal(reasoning=f"old{VT}")}
                )
            ]
        }
    )
    updated = workflow.update_episode(old, episode_id, why_key="new and fine")
    assert updated.episodes[0].why_key == "new and fine"
    finding = old.findings[0].model_copy(update={"case_evidence": "new evidence"})
    assert workflow.replace_finding(old, 0, finding).findings[0].case_evidence == "new evidence"
    with pytest.raises(ValueError, match="vertical tab"):
        workflow.replace_finding(old, 0, finding.model_copy(update={"not_one_off": VT}))


def test_an_imported_analysis_with_a_control_character_is_refused_with_its_line(scenario):
    text = json.dumps(
        {"format": "secondstory-analysis", "episodes": [{"title": "ok", "why_key": f"a{VT}b"}]},
        indent=2,
    )
    with pytest.raises(loading.ContentError) as raised:
        exchange.import_analysis(text.encode(), scenario, "mine.json")
    [problem] = raised.value.problems
    line = next(n for n, t in enumerate(text.splitlines(), 1) if '"why_key"' in t)
    assert str(problem).startswith(f"mine.json:{line}: episodes[0].why_key: ")
    assert "vertical tab (U+000B)" in problem.message


def test_a_raw_control_character_in_a_file_is_refused_with_its_line(scenario):
    text = (
        "format: secondstory-analysis\nepisodes:\n"
        "  - title: Café visit, née Müller 🙂\n    why_key: a" + VT + "b\n"
    )
    with pytest.raises(loading.ContentError) as raised:
        exchange.import_analysis(text.encode(), scenario)
    [problem] = raised.value.problems
    assert problem.line == 4 and "U+000B" in problem.message


def test_exports_of_a_stored_attempt_with_control_characters_import_again(scenario, analysis):
    episode = analysis.episodes[0].model_copy(update={"why_key": f"why{VT}key"})
    stored = analysis.model_copy(update={"episodes": [episode]})
    for text in (exchange.to_yaml(stored), exchange.to_json(stored)):
        assert VT not in text and "\\v" not in text and "\\u000b" not in text
        again = exchange.import_analysis(text.encode(), scenario)
        assert again.episodes[0].why_key == "why key"
