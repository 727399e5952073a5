"""The expert reference written out as an analysis, in the format the app exports and `score` reads."""

from __future__ import annotations

from secondstory.models import (
    Analysis,
    ExpertEpisode,
    Scenario,
    TraineeAppraisal,
    TraineeEpisode,
    TraineeFactor,
    TraineeFinding,
)


def expert_episode_as_trainee(episode: ExpertEpisode, full: bool = True) -> TraineeEpisode:
    """An expert episode in the trainee's format; `full=False` carries only title and entries
    (what a trainee may take forward after stage 1 without seeing the expert's analysis)."""
    base = TraineeEpisode(
        id=episode.id,
        title=episode.title,
        entries=list(episode.entries),
        why_key=episode.why_key,
        from_reference=episode.id,
    )
    if not full:
        return base
    return base.model_copy(
        update={
            "from_reference": None,
            "appraisal": TraineeAppraisal(
                rating=episode.appraisal.rating, reasoning=episode.appraisal.reasoning
            ),
            "local_rationality": episode.local_rationality,
            "factors": [
                TraineeFactor(
                    category=factor.category,
                    prompt_area=factor.prompt_area,
                    statement=factor.statement,
                    evidence=list(factor.evidence),
                )
                for factor in episode.factors
            ],
        }
    )


def reference_analysis(scenario: Scenario) -> Analysis:
    expert = scenario.expert
    findings = [
        TraineeFinding(
            statement=finding.statement,
            category=finding.category,
            case_evidence=finding.case_evidence,
            not_one_off=finding.not_one_off,
            why_it_matters=finding.why_it_matters,
            questions=list(finding.questions),
            episodes=list(finding.episodes),
        )
        for finding in expert.findings
    ]
    return Analysis(
        scenario=scenario.id,
        scenario_version=scenario.version,
        episodes=[expert_episode_as_trainee(e) for e in expert.episodes],
        findings=findings,
    )
