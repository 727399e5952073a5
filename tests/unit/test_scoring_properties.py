"""Properties of the marking that must hold for any analysis (hypothesis).

On the starter scenario and on a generated one: the reference scores 1 at every stage and an
empty analysis 0; scores stay in 0..1; the order of episodes and findings changes no score;
adding a correct item (an expert episode, an expert factor in the episode paired with it, a
reference finding) never lowers a stage score. Also: the pairing is a true optimum.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondstory import loading
from secondstory.cli import TEMPLATE
from secondstory.crosschecks import evidence_ids
from secondstory.marking import score
from secondstory.matching import best_assignment
from secondstory.models import (
    Analysis,
    Scenario,
    TraineeAppraisal,
    TraineeEpisode,
    TraineeFactor,
    TraineeFinding,
)
from secondstory.reference import expert_episode_as_trainee, reference_analysis
from secondstory.vocabulary import CATEGORIES, RATINGS
from tests.unit.factories import make_scenario

STAGE_KEYS = ("episodes", "appraisal", "factors", "findings")
EPS = 1e-9


def _starter() -> Scenario:
    text = TEMPLATE.read_text(encoding="utf-8").replace("__ID__", "demo")
    result = loading.load_scenario_text(text)
    assert result.ok, result.problems
    return result.scenario


SCENARIOS = {"starter": _starter(), "generated": make_scenario(entries=16, episodes=4, findings=4)}

PHRASES = [
    "",
    "A heavy caseload left little time.",
    "The mother's warmth reassured the team.",
    "Workers should have known; it was obvious with hindsight.",
    "More training and a new checklist are needed.",
    "Ava's social worker failed to visit.",
    "Too many cases and no supervision.",
    "Given the injury, this was poor.",
    "e02 e13 kpe1",
    "Ünïcode — text, with punctuation!?",
]
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def appraisals():
    return st.none() | st.builds(
        TraineeAppraisal, rating=st.sampled_from(list(RATINGS)), reasoning=st.sampled_from(PHRASES)
    )


@st.composite
def analyses(draw, scenario: Scenario) -> Analysis:
    entry_ids = [e.id for e in scenario.chronology] + ["e99"]
    evidence = sorted(evidence_ids(scenario)) + ["c-hv", "nope"]
    expert_ids = [e.id for e in scenario.expert.episodes]
    factors = st.builds(
        TraineeFactor,
        category=st.sampled_from(list(CATEGORIES)),
        statement=st.sampled_from(PHRASES),
        evidence=st.lists(st.sampled_from(evidence), max_size=4),
    )
    episodes = st.builds(
        TraineeEpisode,
        title=st.sampled_from(PHRASES),
        entries=st.lists(st.sampled_from(entry_ids), max_size=8),
        appraisal=appraisals(),
        appraisal_after_reveal=appraisals(),
        factors=st.lists(factors, max_size=4),
        from_reference=st.none() | st.sampled_from(expert_ids),
    )
    findings = st.builds(
        TraineeFinding,
        statement=st.sampled_from(PHRASES),
        category=st.none() | st.sampled_from(list(CATEGORIES)),
        case_evidence=st.sampled_from(PHRASES),
        not_one_off=st.sampled_from(PHRASES),
        why_it_matters=st.sampled_from(PHRASES),
        questions=st.lists(st.sampled_from(PHRASES), max_size=2),
    )
    return Analysis(
        episodes=draw(st.lists(episodes, max_size=6)),
        findings=draw(st.lists(findings, max_size=4)),
    )


def stage_scores(scenario: Scenario, analysis: Analysis) -> dict[str, float]:
    return {key: stage.score for key, stage in score(scenario, analysis).stages.items()}


def assert_not_lower(after: dict[str, float], before: dict[str, float]) -> None:
    for key in STAGE_KEYS:
        assert after[key] >= before[key] - EPS, (key, before[key], after[key])


@pytest.fixture(params=sorted(SCENARIOS))
def scenario(request) -> Scenario:
    return SCENARIOS[request.param]


def test_reference_is_one_and_empty_is_zero(scenario):
    assert stage_scores(scenario, reference_analysis(scenario)) == dict.fromkeys(STAGE_KEYS, 1.0)
    assert stage_scores(scenario, Analysis()) == dict.fromkeys(STAGE_KEYS, 0.0)


@SETTINGS
@given(data=st.data())
def test_scores_stay_between_zero_and_one(scenario, data):
    feedback = score(scenario, data.draw(analyses(scenario)))
    for stage in feedback.stages.values():
        assert 0.0 <= stage.score <= 1.0
    assert 0.0 <= feedback.overall <= 1.0


@SETTINGS
@given(data=st.data())
def test_order_of_episodes_and_findings_changes_no_score(scenario, data):
    analysis = data.draw(analyses(scenario))
    episodes = data.draw(st.permutations(analysis.episodes))
    findings = data.draw(st.permutations(analysis.findings))
    shuffled = analysis.model_copy(update={"episodes": episodes, "findings": findings})
    assert stage_scores(scenario, shuffled) == stage_scores(scenario, analysis)


@SETTINGS
@given(data=st.data())
def test_adding_an_expert_episode_never_lowers_a_score(scenario, data):
    analysis = data.draw(analyses(scenario))
    expert = data.draw(st.sampled_from(scenario.expert.episodes))
    full = data.draw(st.booleans())
    added = analysis.model_copy(
        update={"episodes": [*analysis.episodes, expert_episode_as_trainee(expert, full=full)]}
    )
    assert_not_lower(stage_scores(scenario, added), stage_scores(scenario, analysis))


@SETTINGS
@given(data=st.data())
def test_adding_a_correct_factor_never_lowers_a_score(scenario, data):
    analysis = data.draw(analyses(scenario))
    feedback = score(scenario, analysis)
    paired = [item for item in feedback.factors.items if item.trainee is not None]
    if not paired:
        return
    item = data.draw(st.sampled_from(paired))
    expert = next(e for e in scenario.expert.episodes if e.id == item.expert_id)
    factor = data.draw(st.sampled_from(expert.factors))
    correct = TraineeFactor(
        category=factor.category,
        prompt_area=factor.prompt_area,
        statement=factor.statement,
        evidence=list(factor.evidence),
    )
    episodes = list(analysis.episodes)
    target = episodes[item.trainee.index]
    episodes[item.trainee.index] = target.model_copy(update={"factors": [*target.factors, correct]})
    before = {key: stage.score for key, stage in feedback.stages.items()}
    after = stage_scores(scenario, analysis.model_copy(update={"episodes": episodes}))
    assert_not_lower(after, before)


@SETTINGS
@given(data=st.data())
def test_adding_a_reference_finding_never_lowers_a_score(scenario, data):
    analysis = data.draw(analyses(scenario))
    reference = reference_analysis(scenario)
    finding = data.draw(st.sampled_from(reference.findings))
    added = analysis.model_copy(update={"findings": [*analysis.findings, finding]})
    assert_not_lower(stage_scores(scenario, added), stage_scores(scenario, analysis))


def _brute_force(weights: list[list[int]]) -> int:
    rows, columns = len(weights), len(weights[0])
    best = 0
    for choice in itertools.product([None, *range(columns)], repeat=rows):
        used = [c for c in choice if c is not None]
        if len(used) == len(set(used)):
            best = max(best, sum(weights[r][c] for r, c in enumerate(choice) if c is not None))
    return best


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda rows: st.integers(1, 5).flatmap(
            lambda columns: st.lists(
                st.lists(st.integers(0, 9), min_size=columns, max_size=columns),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_pairing_is_a_true_optimum(weights):
    pairs = best_assignment(weights)
    assert len(set(pairs.values())) == len(pairs)
    assert all(weights[r][c] > 0 for r, c in pairs.items())
    assert sum(weights[r][c] for r, c in pairs.items()) == _brute_force(weights)
