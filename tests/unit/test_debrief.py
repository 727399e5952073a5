"""The facilitator's debrief: progress, episodes found, ratings, category confusion, coach flags,
anonymised examples, and the rows of the cohort CSV."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from secondstory import debrief as db
from secondstory.marking import score
from secondstory.models import Analysis, TraineeAppraisal, TraineeEpisode, TraineeFactor
from secondstory.reference import reference_analysis
from secondstory.storage.records import Attempt, Trainee
from tests.unit.factories import make_scenario

T0 = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def scenario():
    return make_scenario(entries=12, episodes=3)


def person(n: int) -> Trainee:
    return Trainee(id=f"t{n}", display_name=f"Name{n}", created_at=T0)


def attempt(n: int, analysis: Analysis, *, submitted=True, scenario_id="generated", minute=0):
    return Attempt(
        id=f"a{n}-{minute}",
        trainee_id=f"t{n}",
        scenario_id=scenario_id,
        scenario_version="1",
        mode="guided",
        cohort_id="c1",
        analysis=analysis,
        stage="submitted" if submitted else "episodes",
        created_at=T0 + dt.timedelta(minutes=minute),
        updated_at=T0 + dt.timedelta(minutes=minute),
        submitted_at=T0 + dt.timedelta(minutes=minute + 1) if submitted else None,
        revision=1,
    )


def only_first_episode(scenario) -> Analysis:
    ref = reference_analysis(scenario)
    first = ref.episodes[0]
    changed = first.model_copy(
        update={
            "appraisal": TraineeAppraisal(
                rating="below_expectations", reasoning="The worker should have known better."
            ),
            "factors": [
                TraineeFactor(
                    category="human_tool",
                    statement=scenario.expert.episodes[0].factors[0].statement,
                    evidence=list(first.factors[0].evidence),
                )
            ],
        }
    )
    extra = TraineeEpisode(title="My own pick", entries=["e05"])
    return ref.model_copy(update={"episodes": [changed, extra], "findings": ref.findings[:1]})


@pytest.fixture(scope="module")
def cohort(scenario):
    ref = reference_analysis(scenario)
    partial = only_first_episode(scenario)
    return [
        (person(1), attempt(1, ref)),
        (person(2), attempt(2, partial)),
        (person(3), attempt(3, Analysis(scenario=scenario.id), submitted=False)),
        (person(4), attempt(4, ref, scenario_id="other-case")),
    ]


def test_progress_lists_every_trainee_on_the_case(scenario, cohort):
    result = db.debrief(scenario, cohort, named=True)
    assert [p.label for p in result.progress] == ["Name1", "Name2", "Name3"]
    assert [p.submitted for p in result.progress] == [True, True, False]
    assert result.progress[2].overall is None and result.progress[0].overall == 1.0
    assert result.trainees == 3 and result.counted == 2


def test_episodes_found_and_extra_choices(scenario, cohort):
    result = db.debrief(scenario, cohort)
    found = {f.expert_id: f.found for f in result.found}
    first, *others = [e.id for e in scenario.expert.episodes]
    assert found[first] == 2
    assert all(found[e] == 1 for e in others)
    assert all(f.of == 2 for f in result.found)
    assert [(x.entries, x.count) for x in result.extras] == [(("e05",), 1)]
    assert sum(1 for _, _, hit in result.found_by if hit) == 2 + len(others)


def test_ratings_are_counted_against_the_experts(scenario, cohort):
    result = db.debrief(scenario, cohort)
    first = scenario.expert.episodes[0]
    mine = {r.rating: r.count for r in result.ratings if r.expert_id == first.id}
    assert mine[first.appraisal.rating] == 1
    assert mine["below_expectations"] == 1 + (first.appraisal.rating == "below_expectations")
    assert all(
        r.expert_rating == first.appraisal.rating for r in result.ratings if r.expert_id == first.id
    )


def test_category_confusion_pairs_trainee_and_expert_categories(scenario, cohort):
    result = db.debrief(scenario, cohort)
    cells = {(c.trainee_category, c.expert_category): c.count for c in result.confusion}
    expert_category = scenario.expert.episodes[0].factors[0].category
    assert cells[("human_tool", expert_category)] >= 1
    diagonal = sum(n for (t, e), n in cells.items() if t == e)
    assert diagonal >= sum(len(e.factors) for e in scenario.expert.episodes)


def test_coach_flags_are_counted(scenario, cohort):
    result = db.debrief(scenario, cohort)
    kinds = dict(result.flag_kinds)
    assert sum(kinds.values()) >= 1
    assert kinds.get("hindsight", 0) >= 1
    assert any("should have known" in p.phrase for p in result.flag_phrases)


def test_examples_are_anonymised_and_stable(scenario, cohort):
    result = db.debrief(scenario, cohort)
    first = scenario.expert.episodes[0].id
    examples = result.examples[first]
    # Every trainee on the case has a label, those not yet submitted too (Name3, in progress).
    labels = {e.label for e in examples}
    assert len(labels) == 2 and labels < {"Trainee 1", "Trainee 2", "Trainee 3"}
    assert {p.label for p in result.progress} == {"Trainee 1", "Trainee 2", "Trainee 3"}
    text = repr(result)
    assert "Name1" not in text and "Name2" not in text and "Name3" not in text
    again = db.debrief(scenario, list(reversed(cohort)))
    assert [(e.label, e.title) for e in again.examples[first]] == [
        (e.label, e.title) for e in examples
    ]


def test_unsubmitted_work_counts_when_asked(scenario, cohort):
    result = db.debrief(scenario, cohort, submitted_only=False)
    assert result.counted == 3
    assert all(f.of == 3 for f in result.found)


def test_latest_submitted_attempt_counts(scenario):
    ref = reference_analysis(scenario)
    pairs = [
        (person(1), attempt(1, ref, minute=0)),
        (person(1), attempt(1, Analysis(), submitted=False, minute=5)),
    ]
    [(_, chosen, count)] = db.latest_per_trainee(scenario.id, pairs)
    assert chosen.submitted and count == 2


def test_each_attempt_is_scored_once(scenario, cohort, monkeypatch):
    calls = []
    real = db.score
    monkeypatch.setattr(db, "score", lambda s, a: calls.append(1) or real(s, a))
    fresh = [(p, a.__class__(**{**a.__dict__, "revision": 99})) for p, a in cohort]
    db.debrief(scenario, fresh)
    db.debrief(scenario, fresh)
    db.cohort_rows(scenario, fresh)
    assert len(calls) == 2


def test_cohort_rows(scenario, cohort):
    rows = db.cohort_rows(scenario, cohort)
    assert [r["trainee"] for r in rows] == ["Name1", "Name2", "Name3"]
    assert rows[0]["overall"] == 1.0 and rows[2]["overall"] == ""
    assert set(rows[0]) >= {"episodes", "appraisal", "factors", "findings", "submitted"}


# --- the digest stored at submission ---


def with_stored(found: Attempt, stored: str | None) -> Attempt:
    return dataclasses.replace(found, feedback_json=stored)


def test_the_digest_survives_json_and_keeps_what_the_debrief_counts(scenario):
    analysis = only_first_episode(scenario)
    feedback = score(scenario, analysis)
    stored = db.digest_json(scenario, analysis)
    found = db.Digest.model_validate_json(stored)
    assert found == db.digest(feedback)
    assert found.overall == feedback.overall
    assert found.stage_scores == {k: v.score for k, v in feedback.stages.items()}
    assert [e for e, _ in found.matched] == [p.expert_id for p in feedback.episodes.matched]
    assert [x.entries for x in found.extras] == [("e05",)]
    assert len(stored) < len(feedback.model_dump_json()) / 5


def test_a_debrief_from_stored_digests_scores_nothing_and_matches(scenario, cohort, monkeypatch):
    stored = [
        (p, with_stored(a, db.digest_json(scenario, a.analysis) if a.submitted else None))
        for p, a in cohort
        if a.scenario_id == scenario.id
    ]
    expected = db.debrief(scenario, cohort)
    expected_rows = db.cohort_rows(scenario, cohort)

    def no_scoring(*_args):
        raise AssertionError("a stored digest should have been used")

    monkeypatch.setattr(db, "score", no_scoring)
    fresh = [(p, dataclasses.replace(a, revision=77)) for p, a in stored]
    assert db.debrief(scenario, fresh) == expected
    assert db.cohort_rows(scenario, fresh) == expected_rows


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        '{"format": 2}',
        "STALE_VERSION",
    ],
)
def test_an_unusable_stored_digest_is_scored_afresh(scenario, stored):
    analysis = reference_analysis(scenario)
    if stored == "STALE_VERSION":
        stale = db.digest(score(scenario, analysis)).model_copy(update={"scenario_version": "0"})
        stored = stale.model_dump_json()
    found = with_stored(attempt(9, analysis), stored)
    assert db.stored_digest(scenario, found) is None
    assert db.digest_for(scenario, found).overall == 1.0


def test_the_progress_table_lists_trainees_in_label_order(scenario):
    ref = reference_analysis(scenario)
    pairs = [(person(n), attempt(n, ref)) for n in range(12)]
    labels = [p.label for p in db.debrief(scenario, pairs).progress]
    assert labels == [f"Trainee {n}" for n in range(1, 13)]
    named = [p.label for p in db.debrief(scenario, pairs, named=True).progress]
    assert named == sorted(named, key=lambda label: int(label.removeprefix("Name")))
