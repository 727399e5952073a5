"""Marking a trainee's analysis against the scenario's expert reference, stage by stage.

`score(scenario, analysis)` returns a `Feedback` (see `models`): a score 0..1 for each of the
four stages with the items it is made of, a profile, a summary and next steps; `render_text`
is the plain-text report. One module per stage owns its numbers, credit and "how it was marked"
text (`episodes`, `appraisal`, `factors`, `findings`); `rules` holds what they share, `meaning`
and `stance` read what a text says (`secondstory.embedding` gives the word vectors). docs/marking.md
says what it does, in the same order. Every stored marking carries MARKING_VERSION.
"""

from __future__ import annotations

from secondstory.marking.appraisal import appraisal_stage, hindsight_changes
from secondstory.marking.episodes import episodes_stage
from secondstory.marking.factors import factors_stage
from secondstory.marking.findings import findings_stage
from secondstory.marking.models import Feedback, StageProfile
from secondstory.marking.next_steps import next_steps
from secondstory.marking.pairing import pair_up
from secondstory.marking.report import AGREEMENT_NOTE, render_text, summary_text
from secondstory.marking.rules import MARKING_VERSION, scenario_index
from secondstory.models import Analysis, Scenario
from secondstory.vocabulary import STAGES

__all__ = ["MARKING_VERSION", "Feedback", "render_text", "sample_scores", "score"]


def score(scenario: Scenario, analysis: Analysis) -> Feedback:
    """The whole comparison of an analysis with the scenario's expert reference."""
    index = scenario_index(scenario)
    work = pair_up(index, analysis)
    stages = {
        "episodes": episodes_stage(work),
        "appraisal": appraisal_stage(work),
        "factors": factors_stage(work),
        "findings": findings_stage(index, analysis),
    }
    profile = [
        StageProfile(stage=key, label=STAGES[key], score=stage.score, band=stage.band)
        for key, stage in stages.items()
    ]
    overall = round(sum(s.score for s in stages.values()) / len(stages), 4)
    notes = []
    if analysis.scenario and analysis.scenario != scenario.id:
        notes.append(
            f"This analysis was written for scenario '{analysis.scenario}', not "
            f"'{scenario.id}': the comparison is unlikely to mean much."
        )
    elif analysis.scenario_version and analysis.scenario_version != scenario.version:
        notes.append(
            f"This analysis was written for version {analysis.scenario_version} of the case; "
            f"the reference is now version {scenario.version}, so some items may have moved."
        )
    if analysis.revealed_expert_episodes:
        notes.append(
            "You revealed the expert's episodes during the exercise, so the episodes score "
            "reflects the reference as much as your own selection."
        )
    if analysis.hints_used:
        notes.append(f"You used {len(analysis.hints_used)} hint(s).")
    return Feedback(
        marking_version=MARKING_VERSION,
        scenario=scenario.id,
        scenario_version=scenario.version,
        stages=stages,
        overall=overall,
        profile=profile,
        summary=summary_text(stages, overall, len(index.episodes)),
        agreement_note=AGREEMENT_NOTE,
        notes=notes,
        next_steps=next_steps(stages, index.entry_order),
        revealed_expert_episodes=analysis.revealed_expert_episodes,
        hints_used=list(analysis.hints_used),
        hindsight_changes=hindsight_changes(work),
    )


def sample_scores(scenario: Scenario) -> list[tuple[str, float, bool]]:
    """Each sample analysis of the scenario: its id, overall score, and whether the overall and
    every stage named in `stage_bands` land in their bands."""
    out = []
    for sample in scenario.samples:
        feedback = score(scenario, sample.analysis)
        ok = sample.band.min <= feedback.overall <= sample.band.max
        for stage, stage_band in sample.stage_bands.items():
            ok = ok and stage_band.min <= feedback.stages[stage].score <= stage_band.max
        out.append((sample.id, feedback.overall, ok))
    return out
