"""Where we diverged, the findings beside the reference's, the hindsight guard across the cohort,
and the debrief's labels (anonymised or named)."""

from __future__ import annotations

import pytest

from secondstory import debrief as db
from secondstory.divergence import Example, diverged
from secondstory.models import TraineeAppraisal
from secondstory.reference import reference_analysis
from secondstory.vocabulary import CATEGORY_SHORT
from tests.unit.factories import make_scenario
from tests.unit.test_debrief import attempt, only_first_episode, person


@pytest.fixture(scope="module")
def scenario():
    return make_scenario(entries=12, episodes=3)


@pytest.fixture(scope="module")
def pair(scenario):
    """Trainee 1 wrote the reference's analysis; trainee 2 found only the first episode, rated it
    below expectations with hindsight wording, put a factor in the wrong category and wrote only
    the first finding."""
    return [
        (person(1), attempt(1, reference_analysis(scenario))),
        (person(2), attempt(2, only_first_episode(scenario))),
    ]


@pytest.fixture(scope="module")
def result(scenario, pair):
    return db.debrief(scenario, pair, named=True)


def points_of(scenario, result, kind):
    return {p.title: p for p in diverged(scenario, result) if p.kind == kind}


def test_points_come_most_disagreement_first(scenario, result):
    points = diverged(scenario, result)
    shares = [p.disagreement for p in points]
    assert shares == sorted(shares, reverse=True)
    assert all(0 <= s <= 1 for s in shares)
    assert {p.kind for p in points} == {
        "episode",
        "rating",
        "category",
        "hindsight",
        "finding_category",
    }


def test_episodes_missed_by_half_the_group_come_before_one_everyone_found(scenario, result):
    first, *others = scenario.expert.episodes
    points = points_of(scenario, result, "episode")
    assert points[first.title].disagreement == 0
    assert points[first.title].detail == "found by 2 of 2"
    for other in others:
        assert points[other.title].disagreement == 0.5
        assert [e.label for e in points[other.title].examples] == ["Name1"]


def test_a_rating_two_steps_from_the_experts_is_the_furthest(scenario, result):
    first = scenario.expert.episodes[0]
    assert first.appraisal.rating == "good_practice"
    point = points_of(scenario, result, "rating")[first.title]
    # One rating agrees, one is two steps away: a mean of one step of the two possible.
    assert point.disagreement == 0.5
    assert point.examples == (
        Example("Name2", "Below expectations: The worker should have known better."),
    )


def test_a_factor_in_another_category_is_a_confusion_with_its_statement(scenario, result):
    expert_factor = scenario.expert.episodes[0].factors[0]
    assert expert_factor.category == "incidents_and_crises"
    [point] = points_of(scenario, result, "category").values()
    assert point.title == "Human-tool where the expert saw Incidents and crises"
    assert point.disagreement == 0.5
    assert point.examples == (Example("Name2", expert_factor.statement),)


def test_hindsight_wording_is_a_point_with_the_flagged_phrase(scenario, result):
    point = points_of(scenario, result, "hindsight")["Hindsight wording"]
    assert point.disagreement == 0.5
    assert [e.label for e in point.examples] == ["Name2"]
    assert "should have known" in point.examples[0].text.lower()


def test_findings_categories_the_group_left_out(scenario, result):
    first, *others = scenario.expert.findings
    points = points_of(scenario, result, "finding_category")
    assert points["Incidents and crises"].disagreement == 0
    missed = {p.title for p in points.values() if p.disagreement == 0.5}
    assert missed == {CATEGORY_SHORT[f.category] for f in others} - {"Incidents and crises"}


def test_at_most_three_examples_one_per_trainee(scenario):
    ref = reference_analysis(scenario)
    pairs = [(person(n), attempt(n, ref)) for n in range(1, 6)]
    for point in diverged(scenario, db.debrief(scenario, pairs)):
        labels = [e.label for e in point.examples]
        assert len(labels) <= 3 and len(set(labels)) == len(labels)
    episode = points_of(scenario, db.debrief(scenario, pairs), "episode")
    assert all(len(p.examples) == 3 for p in episode.values())


def test_anonymised_points_name_no_one(scenario, pair):
    points = diverged(scenario, db.debrief(scenario, pair))
    assert "Name1" not in repr(points) and "Name2" not in repr(points)
    assert any(e.label.startswith("Trainee ") for p in points for e in p.examples)


def test_no_counted_work_no_points(scenario):
    assert diverged(scenario, db.debrief(scenario, [])) == []


# --- findings beside the reference's ---


def test_findings_are_set_beside_the_reference_finding_they_mean(scenario, result):
    first, *others = result.reference_findings
    assert first.finding_id == scenario.expert.findings[0].id
    assert sorted(a.label for a in first.matched) == ["Name1", "Name2"]
    assert all([a.label for a in row.matched] == ["Name1"] for row in others)
    assert first.matched[0].finding.statement == scenario.expert.findings[0].statement
    assert result.unmatched_findings == []
    by_category = {row.category: row for row in result.finding_categories}
    incidents = by_category["incidents_and_crises"]
    assert (incidents.trainees, incidents.of) == (2, 2)
    assert incidents.reference == sum(
        f.category == "incidents_and_crises" for f in scenario.expert.findings
    )


# --- the hindsight guard across the cohort ---


def revealed(scenario, before, after):
    """The reference analysis with the outcome revealed and the first episode re-rated."""
    ref = reference_analysis(scenario)
    first = ref.episodes[0].model_copy(
        update={
            "appraisal": TraineeAppraisal(rating=before, reasoning="Judged at the time."),
            "appraisal_after_reveal": TraineeAppraisal(rating=after, reasoning="Now I know."),
        }
    )
    return ref.model_copy(update={"episodes": [first, *ref.episodes[1:]], "outcome_revealed": True})


def test_ratings_that_moved_after_the_outcome_are_counted_by_direction(scenario):
    # Attempt ids of their own (the minute): the debrief caches marking by attempt and revision.
    moves = [
        ("in_line", "below_expectations"),
        ("good_practice", "below_expectations"),
        ("in_line", "in_line"),
        ("below_expectations", "in_line"),
    ]
    pairs = [
        (person(n), attempt(n, revealed(scenario, *move), minute=500))
        for n, move in enumerate(moves, start=1)
    ]
    pairs.append((person(5), attempt(5, reference_analysis(scenario), minute=500)))
    first, *others = db.debrief(scenario, pairs).hindsight
    assert first.expert_id == scenario.expert.episodes[0].id
    assert (first.revised, first.harsher, first.same, first.kinder, first.other) == (4, 2, 1, 1, 0)
    assert all(row.revised == 0 for row in others)


# --- labels ---


def test_named_labels_tell_two_trainees_of_the_same_name_apart(scenario):
    ref = reference_analysis(scenario)
    twins = [
        (db.Trainee(id="t1", display_name="Sam", created_at=person(1).created_at), attempt(1, ref)),
        (db.Trainee(id="t2", display_name="Sam", created_at=person(2).created_at), attempt(2, ref)),
    ]
    result = db.debrief(scenario, twins, named=True)
    assert [p.label for p in result.progress] == ["Sam", "Sam (2)"]
    assert {w.label for w in result.work} == {"Sam", "Sam (2)"}
