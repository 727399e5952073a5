"""Guided mode's teaching text: what each stage asks, and a worked example drawn from the tutorial.

The text is the product's own wording of the method (see docs and the Method page). Worked
examples come from the tutorial scenario's expert reference, so they stay consistent with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from secondstory.models import Scenario
from secondstory.vocabulary import CATEGORIES, PROMPT_AREAS, RATINGS

TUTORIAL_ID = "tutorial-nursery-concerns"

STAGE_INTROS: dict[str, str] = {
    "episodes": (
        "A key practice episode is a point, or a short period, that mattered to how the case "
        "developed or was handled. Episodes are neutral: good practice is as much a key episode "
        "as practice that fell short. Choose a selection, not the whole history: a short case "
        "usually has four to eight. For each, say why it is key."
    ),
    "appraisal": (
        "Appraise practice in each episode against what could reasonably be expected, judged by "
        "what was known and the guidance in force at the time. Name good practice too. If you "
        "cannot judge yet, say so. Entries known only later stay hidden until every episode is "
        "appraised, to protect you from hindsight."
    ),
    "factors": (
        "Explain practice: what made it make sense at the time (the local rationality) and which "
        "contributory factors made good practice easier or harder. Look beyond the person nearest "
        "the event: the family, the worker's role and conditions, the team, the inter-agency "
        "network, management and culture, the wider context. Place each factor in one of the six "
        "categories of underlying patterns, and cite the evidence it rests on."
    ),
    "findings": (
        "Move from the case to the system. A finding names a pattern that will recur in other "
        "cases, not a verdict on a person. Give the finding statement, how it showed up in this "
        "case, how we know it is not a one-off, why it matters for children, and questions for "
        "the safeguarding partnership to consider rather than prescriptive recommendations."
    ),
}


@dataclass(frozen=True)
class WorkedExample:
    heading: str
    lines: tuple[tuple[str, str], ...]  # (label, text) pairs, shown literally


def worked_example(stage: str, tutorial: Scenario | None) -> WorkedExample | None:
    """A worked example for the stage from the tutorial's expert reference."""
    if tutorial is None or not tutorial.expert.episodes:
        return None
    episode = tutorial.expert.episodes[0]
    source = f"From the tutorial case '{tutorial.title}'"
    if stage == "episodes":
        return WorkedExample(
            source,
            (
                ("Episode", episode.title),
                ("Entries", ", ".join(episode.entries)),
                ("Why it is key", episode.why_key),
            ),
        )
    if stage == "appraisal":
        return WorkedExample(
            source,
            (
                ("Episode", episode.title),
                ("Appraisal", RATINGS[episode.appraisal.rating]),
                ("Reasoning at the time", episode.appraisal.reasoning),
            ),
        )
    if stage == "factors":
        factor = episode.factors[0]
        return WorkedExample(
            source,
            (
                ("Episode", episode.title),
                ("Local rationality", episode.local_rationality),
                ("Factor category", CATEGORIES[factor.category]),
                ("Prompt area", PROMPT_AREAS[factor.prompt_area]),
                ("Factor", factor.statement),
            ),
        )
    if stage == "findings" and tutorial.expert.findings:
        finding = tutorial.expert.findings[0]
        return WorkedExample(
            source,
            (
                ("Finding", finding.statement),
                ("Category", CATEGORIES[finding.category]),
                ("In this case", finding.case_evidence),
                ("Not a one-off", finding.not_one_off),
                ("Why it matters", finding.why_it_matters),
                ("Questions for the partnership", " / ".join(finding.questions)),
            ),
        )
    return None


def hint_keys(scenario: Scenario, stage: str) -> list[tuple[str, str]]:
    """The scenario's hints for a stage as (key recorded when used, text)."""
    return [
        (f"{stage}:{index}", hint.text)
        for index, hint in enumerate(h for h in scenario.expert.hints if h.stage == stage)
    ]
